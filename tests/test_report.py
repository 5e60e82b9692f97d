"""The HTML report: built from a processed folder, self-contained, and rendered by a real
browser (headless Chromium) with every section, its links working and nothing fetched."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
# apt-get update + install of chromium and its libraries on a slow mirror; the dpkg lock may
# be held by another install for a while.
INSTALL_TIMEOUT = 1200
DPKG_LOCK_WAIT = 600
# One page load in headless Chromium, with generous room for a loaded machine.
BROWSER_TIMEOUT = 180
SECTIONS = ("summary", "entities", "quoted", "timeline", "events", "articles")


def _find_chromium() -> str | None:
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


@pytest.fixture(scope="session")
def chromium() -> str:
    """The Chromium binary, installed with apt-get (Debian's chromium) when missing and this
    is root on a Debian-like system; skips, saying why, when it cannot be installed."""
    if (found := _find_chromium()):
        return found
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("headless Chromium is not installed and cannot be installed here "
                    "(needs root and apt-get): install the chromium package to run this test")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    lock = f"DPkg::Lock::Timeout={DPKG_LOCK_WAIT}"
    try:
        for command in (["apt-get", "-o", lock, "update", "-qq"],
                        ["apt-get", "-o", lock, "install", "-y", "-q", "chromium"]):
            subprocess.run(command, check=True, timeout=INSTALL_TIMEOUT, env=env,
                           capture_output=True)
    except (subprocess.SubprocessError, OSError) as err:
        detail = getattr(err, "stderr", b"") or b""
        pytest.skip(f"Chromium could not be installed with apt-get: {err} "
                    f"{detail.decode(errors='replace')[-300:]}")
    if not (found := _find_chromium()):
        pytest.skip("apt-get installed chromium but no chromium binary is on PATH")
    return found


@pytest.fixture(scope="module")
def sample_report(nlp, tmp_path_factory) -> tuple[Path, Path]:
    """(processed folder, report.html) of the sample articles in data/raw."""
    import newsextract
    from newsextract.run import RunOptions, run

    work = tmp_path_factory.mktemp("report")
    raw = work / "raw"
    shutil.copytree(REPO / "data" / "raw", raw)
    processed = work / "processed"
    run([raw], RunOptions(output=processed), nlp=nlp)
    return processed, newsextract.report(processed, work / "report.html")


def _browse(chromium: str, page: Path, fragment: str, work: Path, *args: str) -> str:
    """The DOM after the page's scripts ran (or stdout of `args`' action), in a throwaway
    profile, with background networking off and every host name unresolvable."""
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               f"--user-data-dir={work / 'profile'}", "--disable-background-networking",
               "--disable-component-update", "--host-resolver-rules=MAP * ~NOTFOUND",
               *args, page.resolve().as_uri() + fragment]
    done = subprocess.run(command, capture_output=True, text=True, timeout=BROWSER_TIMEOUT)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _page_requests(net_log: Path) -> list[str]:
    """URLs the page itself asked for (not the browser's own update or account pings),
    from Chromium's network log."""
    log = json.loads(net_log.read_text(encoding="utf-8"))
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [event["params"]["url"] for event in log["events"]
            if event["type"] == start_job and "url" in event.get("params", {})
            and event["params"].get("initiator") != "not an origin"]


def test_the_report_renders_every_section_in_chromium(chromium, sample_report, tmp_path):
    import newsextract

    processed, report = sample_report
    tables = newsextract.read(processed)
    dom = _browse(chromium, report, "", tmp_path, "--dump-dom")
    for section in SECTIONS:
        assert f'<section id="{section}">' in dom
    person = tables.people.iloc[0]
    assert f"<td>{person.canonical}</td>" in dom
    merged_place = tables.events.dropna(subset=["place"]).iloc[0].place
    assert f"<td>{merged_place}</td>" in dom
    assert dom.count("<svg") >= 2  # the people chart and the timeline
    # the script rendered the article list and the first article with its spans
    assert dom.count('<tr data-index="') == len(tables.articles)
    first = tables.articles.doc_id.iloc[0]
    figure = tables.casualties[tables.casualties.doc_id == first].iloc[0]
    assert re.search(rf'<span class="[^"]*\bc\b[^"]*"[^>]*>{re.escape(figure.text)}</span>', dom)


def test_a_link_from_a_table_opens_the_article_at_its_span(chromium, sample_report, tmp_path):
    import newsextract

    processed, report = sample_report
    tables = newsextract.read(processed)
    figure = tables.casualties.iloc[-1]
    position = list(tables.articles.doc_id).index(figure.doc_id)
    html = report.read_text(encoding="utf-8")
    assert f'href="#a={position}:c{figure.casualty_id}"' in html  # linked from the events
    dom = _browse(chromium, report, f"#a={position}:c{figure.casualty_id}", tmp_path,
                  "--dump-dom")
    viewer = dom[dom.index('<article id="viewer">'):]
    assert f"{figure.doc_id} ·" in viewer
    target = re.search(r'<span class="[^"]*\btarget\b[^"]*"[^>]*>([^<]*)</span>', viewer)
    assert target and target.group(1) in figure.text


def test_the_report_loads_no_external_resource(chromium, sample_report, tmp_path):
    _, report = sample_report
    html = report.read_text(encoding="utf-8")
    assert 'http-equiv="Content-Security-Policy" content="default-src \'none\'' in html
    assert not re.search(r'\b(?:src|href)\s*=\s*["\']?(?:https?:|//)', html)
    net_log = tmp_path / "report-net.json"
    _browse(chromium, report, "", tmp_path, "--dump-dom", f"--log-net-log={net_log}")
    assert _page_requests(net_log) == []
    # the same check does see a page that fetches something (so it can fail)
    control = tmp_path / "control.html"
    control.write_text('<img src="http://example.invalid/logo.png">', encoding="utf-8")
    control_log = tmp_path / "control-net.json"
    _browse(chromium, control, "", tmp_path, "--dump-dom", f"--log-net-log={control_log}")
    assert _page_requests(control_log) == ["http://example.invalid/logo.png"]


def test_a_screenshot_of_the_report_is_saved(chromium, sample_report, tmp_path_factory):
    _, report = sample_report
    shot = tmp_path_factory.mktemp("artefacts") / "report.png"
    _browse(chromium, report, "", shot.parent, f"--screenshot={shot}",
            "--window-size=1280,6000", "--hide-scrollbars")
    assert shot.stat().st_size > 50_000  # a page of tables and figures, not a blank one
    print(f"\nreport screenshot: {shot}")


# -- without a browser ------------------------------------------------------------------------

def test_long_lists_are_capped_and_say_so(sample_report, tmp_path, monkeypatch):
    import newsextract
    from newsextract.nlp.entities.canonical import entity_key
    from newsextract.reporting import sections

    processed, _ = sample_report
    monkeypatch.setattr(sections, "TOP_SPEAKERS", 2)
    monkeypatch.setattr(sections, "EVENTS_SHOWN", 3)
    html = newsextract.report(processed, tmp_path / "capped.html").read_text(encoding="utf-8")
    tables = newsextract.read(processed)
    n_speakers = len({entity_key(s) for s in tables.quotes.speaker.dropna()})
    assert f"Showing the first 2 of {n_speakers} speakers" in html
    assert f"Showing the first 3 of {len(tables.events)} events" in html
    assert html.count('<details class="speaker"') == 2


def test_the_report_embeds_each_article_text_once_with_its_spans(sample_report):
    import newsextract

    processed, report = sample_report
    html = report.read_text(encoding="utf-8")
    payload = re.search(r'<script type="application/json" id="articles-data">(.*?)</script>',
                        html, re.S).group(1)
    data = json.loads(payload)
    articles = data["articles"]
    tables = newsextract.read(processed)
    assert [a[0] for a in articles] == list(tables.articles.doc_id)
    quote = tables.quotes.iloc[0]
    record = articles[list(tables.articles.doc_id).index(quote.doc_id)]
    start, end = int(quote.start_char), int(quote.end_char)
    assert record[6][start:end] == quote.text
    span = record[8][[s[4] for s in record[8]].index(f"q{quote.quote_id}")]
    assert span[:3] == [start, end, "q"]
    assert data["tips"][span[3]].startswith(f"quote ({quote.kind})")


def test_report_command_writes_the_page(sample_report, tmp_path):
    from typer.testing import CliRunner

    from newsextract.cli import app

    processed, _ = sample_report
    out = tmp_path / "cli.html"
    result = CliRunner().invoke(app, ["report", str(processed), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert '<section id="events">' in out.read_text(encoding="utf-8")


def test_article_texts_are_read_again_from_relative_inputs(tmp_path, monkeypatch):
    from newsextract.reporting.articles import read_texts

    (tmp_path / "wire").mkdir()
    record = {"id": "w1", "text": "Un orage a blessé quatre campeurs dimanche près de Gap."}
    (tmp_path / "wire" / "in.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    manifest = {"inputs": ["wire"], "options": {"output": "out/processed"}}
    monkeypatch.chdir(tmp_path.parent)  # the report is built from elsewhere
    # the run's working directory as the manifest says
    texts, note = read_texts({**manifest, "working_directory": str(tmp_path)})
    assert (texts, note) == ({"w1": record["text"]}, "")
    # an older manifest: the processed folder minus its relative output path
    texts, _ = read_texts(manifest, tmp_path / "out" / "processed")
    assert texts == {"w1": record["text"]}
    texts, note = read_texts(manifest, tmp_path / "elsewhere")
    assert texts == {} and "wire" in note
