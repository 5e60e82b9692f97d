// The articles of the report: a paginated list and a viewer with the spans highlighted,
// rendered from the embedded JSON on demand (a page of thousands of articles stays light).
"use strict";
const DATA = JSON.parse(document.getElementById("articles-data").textContent);
const ARTICLES = DATA.articles;
const TIPS = DATA.tips; // a span holds the number of its tooltip
const PAGE_SIZE = 50; // rows of the article list shown at once
const FIELDS = { id: 0, title: 1, date: 2, outlet: 3, status: 4, counts: 5, text: 6, cut: 7, spans: 8 };
let shown = ARTICLES.map((_, i) => i);
let page = 0;

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text;
  row.appendChild(td);
  return td;
}

function renderList() {
  const body = document.querySelector("#article-list tbody");
  body.replaceChildren();
  const first = page * PAGE_SIZE;
  for (const index of shown.slice(first, first + PAGE_SIZE)) {
    const a = ARTICLES[index];
    const row = document.createElement("tr");
    row.dataset.index = index;
    const link = document.createElement("a");
    link.href = "#a=" + index;
    link.className = "doc";
    link.textContent = a[FIELDS.id];
    cell(row, "").appendChild(link);
    cell(row, a[FIELDS.title] || (a[FIELDS.status] !== "ok" ? "(" + a[FIELDS.status] + ")" : ""));
    cell(row, a[FIELDS.date]);
    cell(row, a[FIELDS.outlet]);
    for (const n of a[FIELDS.counts]) cell(row, n === null ? "" : n).className = "n";
    row.addEventListener("click", () => { location.hash = "a=" + index; });
    body.appendChild(row);
  }
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  document.getElementById("page-info").textContent =
    `${shown.length} article(s), page ${page + 1} of ${pages}, ${PAGE_SIZE} per page`;
  document.getElementById("prev").disabled = page === 0;
  document.getElementById("next").disabled = page >= pages - 1;
}

// Cut the text at every span boundary; each piece carries the classes of the spans over it.
function highlighted(text, spans, target) {
  const cuts = new Set([0, text.length]);
  for (const [s, e] of spans) { cuts.add(s); cuts.add(e); }
  const points = [...cuts].sort((x, y) => x - y);
  const out = document.createDocumentFragment();
  let targetNode = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const over = spans.filter(sp => sp[0] <= s && e <= sp[1]);
    if (!over.length) { out.appendChild(document.createTextNode(text.slice(s, e))); continue; }
    const piece = document.createElement("span");
    piece.className = over.map(sp => sp[2]).join(" ");
    piece.title = over.map(sp => TIPS[sp[3]]).join("\n");
    piece.textContent = text.slice(s, e);
    if (target && over.some(sp => sp[4] === target)) {
      piece.classList.add("target");
      targetNode = targetNode || piece;
    }
    out.appendChild(piece);
  }
  return [out, targetNode];
}

function showArticle(index, target) {
  const a = ARTICLES[index];
  const viewer = document.getElementById("viewer");
  viewer.replaceChildren();
  if (!a) return;
  const title = document.createElement("h3");
  title.textContent = a[FIELDS.title] || a[FIELDS.id];
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = [a[FIELDS.id], a[FIELDS.date], a[FIELDS.outlet], a[FIELDS.status]].filter(Boolean).join(" · ");
  viewer.append(title, meta);
  let targetNode = null;
  if (a[FIELDS.text] === null) {
    const none = document.createElement("p");
    none.className = "note";
    none.textContent = "Text not available (see the note above the list).";
    viewer.appendChild(none);
  } else {
    const body = document.createElement("div");
    body.className = "text";
    const [fragment, node] = highlighted(a[FIELDS.text], a[FIELDS.spans], target);
    body.appendChild(fragment);
    targetNode = node;
    viewer.appendChild(body);
    if (a[FIELDS.cut]) {
      const cut = document.createElement("p");
      cut.className = "note";
      cut.textContent = `… ${a[FIELDS.cut]} more characters not shown (see the input file).`;
      viewer.appendChild(cut);
    }
  }
  const position = shown.indexOf(index); // the list turns to the page of the article shown
  if (position >= 0 && Math.floor(position / PAGE_SIZE) !== page) {
    page = Math.floor(position / PAGE_SIZE);
    renderList();
  }
  document.querySelectorAll("#article-list tr.current").forEach(r => r.classList.remove("current"));
  const row = document.querySelector(`#article-list tr[data-index="${index}"]`);
  if (row) row.classList.add("current");
  (targetNode || viewer).scrollIntoView({ block: targetNode ? "center" : "start" });
}

function route() {
  const match = /^#a=(\d+)(?::(\w+))?$/.exec(location.hash);
  if (match) showArticle(Number(match[1]), match[2]);
}

document.getElementById("filter").addEventListener("input", event => {
  const needle = event.target.value.toLowerCase();
  shown = ARTICLES.map((_, i) => i).filter(i => [0, 1, 2, 3].some(
    f => String(ARTICLES[i][f]).toLowerCase().includes(needle)));
  page = 0;
  renderList();
});
document.getElementById("prev").addEventListener("click", () => { page--; renderList(); });
document.getElementById("next").addEventListener("click", () => { page++; renderList(); });
window.addEventListener("hashchange", route);
renderList();
if (location.hash.startsWith("#a=")) route();
else if (ARTICLES.length) showArticle(0, null), window.scrollTo(0, 0);
// How long the page took to be usable (from navigation start): shown in the console.
console.info(`newsextract report: ${ARTICLES.length} articles ready ${Math.round(performance.now())} ms after navigation start`);
