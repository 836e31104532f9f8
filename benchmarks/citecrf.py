"""Experiment: a token-level CRF against the readers' hand-written rules on citation styles
neither has seen (docs/log/2026-12-07-citecrf.md).

The corpus is ``tests/citation_corpus.py``: real records (``../shared/external``) printed in
38 citation styles: 19 TRAIN styles, 7 HELD_OUT styles (split by md5 before any run) and two
later held-out rounds of 6 (HELD_OUT2, HELD_OUT3); records split by title (train / test). Two parsers read the same strings:

- rules: the function the plain-text CV reader reads one entry with,
  ``extractors.cv_text._two_readings`` (the seed CV reading, then the citation styles of the
  markdown reader when the first looks wrong);
- crf: python-crfsuite trained on train records x TRAIN styles, token labels GIV SUR SEP
  TITLE VENUE YEAR O, features below (token shape, punctuation, capitals, position,
  a given/surname lexicon from the train records only, year-likeness, quote and bracket
  state); the labels are turned into fields by :func:`decode`.

Scored field-exact on test records: the title (casefolded, punctuation as spaces), the author
list (names in order, given names first, initials spaced, casefolded), the year, the venue
(casefolded, a leading "In:"/"in Proc." dropped, punctuation as spaces).

Run (own venv with python-crfsuite; PYTHONHASHSEED=0)::

    PYTHONHASHSEED=0 PYTHONPATH=$PWD /tmp/citecrf-venv/bin/python -m benchmarks.citecrf
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from tests import citation_corpus as C
from tests.author_styles import key_name, title_key

# --------------------------------------------------------------------------- features

_YEAR = re.compile(r"(?:19|20)\d\d")
_OPEN_Q, _CLOSE_Q = "“‘«", "”’»"


def _shape(tok: str) -> str:
    s = re.sub(r"[A-ZÀ-Þ]", "X", tok)
    s = re.sub(r"[a-zß-ÿ]", "x", s)
    s = re.sub(r"\d", "d", s)
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


_FUNCTION = frozenset(["a", "an", "the", "of", "for", "on", "in", "with", "to", "from", "by", "via", "using", "towards", "toward", "into", "over", "under", "is", "are", "and", "or", "its", "their", "our", "at", "as"])


def _segments(text: str, toks) -> list[int]:
    """The segment index of each token: a segment ends at a full stop followed by a space
    that closes no initial (the token before it longer than one letter), at a colon followed
    by a space, at a quotation mark, and at "//"."""
    seg, out = 0, []
    for i, (t, _a, b) in enumerate(toks):
        out.append(seg)
        spaced = b < len(text) and text[b].isspace()
        if (t == "." and spaced and i and len(toks[i - 1][0]) > 1) or (t == ":" and spaced) \
                or t in _OPEN_Q or t in _CLOSE_Q or t == '"' or (t == "/" and text[b:b + 1] == " "):
            seg += 1
    return out


def _bucket(x: float, edges: tuple) -> str:
    return str(sum(x >= e for e in edges))


# ``--closed-words``: the only words a model sees by identity (function words and the words
# citation styles print around fields); any other word is seen by its shape alone, so a model
# file holds no title or venue word of its training records.
CLOSED_WORDS = _FUNCTION | frozenset(["vol", "no", "pp", "p", "s", "in", "proc", "proceedings", "journal",
                                      "conference", "et", "al", "und", "y", "e", "trans", "ed", "eds", "edited",
                                      "press", "university", "arxiv", "preprint"])
CLOSED = {"on": False}


def token_features(text: str, toks: list[tuple[str, int, int]], given: frozenset, sur: frozenset) -> list[list[str]]:
    n = len(toks)
    segs = _segments(text, toks)
    seg_stats: dict[int, dict[str, str]] = {}
    for k in set(segs):
        words = [toks[i][0] for i in range(n) if segs[i] == k and toks[i][0].isalpha()]
        alpha = max(len(words), 1)
        commas = sum(1 for i in range(n) if segs[i] == k and toks[i][0] in ",;")
        lex = sum(1 for w in words if len(w) > 1 and (w.casefold() in given or w.casefold() in sur))
        inits = sum(1 for w in words if len(w) == 1 and w.isupper())
        seg_stats[k] = {"sg": str(min(k, 5)), "sglen": _bucket(len(words), (1, 4, 9)),
                        "sgcom": _bucket(commas / alpha, (0.01, 0.2, 0.5)),
                        "sglex": _bucket(lex / alpha, (0.01, 0.3, 0.7)), "sgini": str(min(inits, 2)),
                        "sgfun": str(any(w in _FUNCTION and w != "and" for w in words)),
                        "sgyear": str(any(segs[i] == k and _YEAR.fullmatch(toks[i][0]) for i in range(n)))}
    base = []
    quote = paren = stops = commas = 0
    for i, (t, a, b) in enumerate(toks):
        low = t.casefold()
        word = low if not CLOSED["on"] or low in CLOSED_WORDS or not t.isalnum() else "<" + _shape(t) + ">"
        f = {"w": word if not t.isdigit() else "<num>", "sh": _shape(t), "len": str(min(len(t), 8)),
             "sp_b": str(a > 0 and text[a - 1].isspace()), "sp_a": str(b < len(text) and text[b].isspace()),
             "pos": str(10 * i // max(n, 1)), "q": str(quote % 2), "par": str(min(paren, 2)),
             "stops": str(min(stops, 5)), "commas": str(min(commas, 6)), **seg_stats[segs[i]],
             "sgfirst": str(i == 0 or segs[i - 1] != segs[i])}
        if t.isalpha():
            f["cap"] = "T" if t[0].isupper() and t[1:].islower() else "U" if t.isupper() else "L" if t.islower() else "M"
            if len(t) == 1 and t.isupper():
                f["init"] = "1"
            if low in given:
                f["lexg"] = "1"
            if low in sur:
                f["lexs"] = "1"
        if t.isdigit():
            f["year"] = str(bool(_YEAR.fullmatch(t)))
            f["ndig"] = str(len(t))
        if not t.isalnum():
            f["p"] = t
        base.append(f)
        if t in _OPEN_Q or (t == '"' and quote % 2 == 0):
            quote += 1
        elif t in _CLOSE_Q or t == '"':
            quote += 1 if quote % 2 else 0
        if t in "([":
            paren += 1
        elif t in ")]":
            paren = max(0, paren - 1)
        if t == "." and b < len(text) and text[b].isspace() and not (i and len(toks[i - 1][0]) == 1):
            stops += 1
        if t == ",":
            commas += 1
    out = []
    for i, f in enumerate(base):
        feats = ["bias"] + [f"{k}={v}" for k, v in f.items()]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                g = base[j]
                feats += [f"{d}:w={g['w']}", f"{d}:sh={g['sh']}"]
                for k in ("p", "cap", "lexg", "lexs", "year", "init"):
                    if k in g:
                        feats.append(f"{d}:{k}={g[k]}")
            else:
                feats.append(f"{d}:edge")
        if i:
            feats.append(f"pp={base[i - 1].get('p', '_')}|{f['sh']}")
        out.append(feats)
    return out


def cross_lexicons(recs: list[dict]) -> dict[str, tuple[frozenset, frozenset]]:
    """For each train record's title, the lexicons of the other half of the train records:
    a lexicon built from the strings it labels would hold every training name, and the model
    would learn that a word not in it is never a name (the test names are half unseen)."""
    halves = (recs[0::2], recs[1::2])
    lex = (lexicons(halves[1]), lexicons(halves[0]))
    return {e["title"]: lex[k] for k in (0, 1) for e in halves[k]}


def lexicons(recs: list[dict]) -> tuple[frozenset, frozenset]:
    given, sur = set(), set()
    for e in recs:
        for p in e["people"]:
            given.update(w.casefold() for g in p.given for w in re.findall(r"\w+", g) if len(w) > 1)
            sur.update(w.casefold() for w in re.findall(r"\w+", p.surname) if len(w) > 1)
    return frozenset(given), frozenset(sur)


# --------------------------------------------------------------------------- decoding

def _slice(text: str, toks, idx: list[int]) -> str:
    return text[toks[idx[0]][1]:toks[idx[-1]][2]] if idx else ""


def _given(text: str) -> str:
    """Vancouver's "AB" -> "A. B."; an initial without its stop gets one."""
    out = []
    for w in text.split():
        if re.fullmatch(r"[A-ZÀ-Þ]{1,4}", w):
            out += [c + "." for c in w]
        else:
            out.append(w)
    return " ".join(out)


def _joined(text: str, toks, idx: list[int]) -> str:
    """The tokens ``idx`` as printed: a space where the text had one or a token was skipped."""
    out = ""
    for k, i in enumerate(idx):
        if k and (i != idx[k - 1] + 1 or toks[i][1] > toks[idx[k - 1]][2]):
            out += " "
        out += toks[i][0]
    return out


def word_labels(text: str, toks, labels: list[str]) -> list[str]:
    """One label for a word the tokenizer cut at a hyphen or an apostrophe with no space
    ("Lopes-Dias", "O'Neil"): the label of its first piece."""
    out = list(labels)
    for i in range(1, len(toks) - 1):
        t, a, _b = toks[i]
        if t in "-'’" and toks[i - 1][2] == a and toks[i + 1][1] == toks[i][2] \
                and toks[i - 1][0].isalnum() and toks[i + 1][0].isalnum():
            out[i] = out[i + 1] = out[i - 1]
    return out


def decode(text: str, toks, labels: list[str]) -> dict:
    """Fields from token labels: the title and the venue each the span from their first token
    to the last of their first run (a later run, when the first is short, is ignored); the
    year the first YEAR token; the people, runs of GIV/SUR tokens cut at SEP and at any field
    label, and where a person with a given name and a surname is followed by a token other
    than a full stop, each "given surname"."""
    labels = word_labels(text, toks, labels)
    def first_run(lab):
        idx = [i for i, x in enumerate(labels) if x == lab]
        if not idx:
            return []
        run = [idx[0]]
        for i in idx[1:]:
            if all(labels[k] in (lab, "O") for k in range(run[-1] + 1, i)) and i - run[-1] <= 3:
                run.append(i)
            else:
                break
        return run

    title = _slice(text, toks, first_run("TITLE")).strip(" .,;:“”\"‘’") or None
    venue = _slice(text, toks, first_run("VENUE")).strip(" .,;:") or None
    year = next((int(t) for (t, _a, _b), x in zip(toks, labels) if x == "YEAR" and t.isdigit()), None)
    people, cur = [], {"GIV": [], "SUR": []}

    def close():
        if cur["SUR"] or cur["GIV"]:
            g = _given(_joined(text, toks, cur["GIV"]))
            s = _joined(text, toks, cur["SUR"])
            people.append(" ".join(f"{g} {s}".split()))
        cur["GIV"], cur["SUR"] = [], []

    gap = False  # a token between two name tokens (a comma, "and")
    for i, x in enumerate(labels):
        if x in ("GIV", "SUR"):
            if gap and cur["GIV"] and cur["SUR"]:
                close()  # a whole person, then a joiner the labels missed: the next person
            cur[x].append(i)
            gap = False
        elif x != "O":
            close()
        else:
            gap = gap or bool(cur["GIV"] or cur["SUR"]) and toks[i][0] != "."
    close()
    return {"authors": people, "title": title, "venue": venue, "year": year}


# --------------------------------------------------------------------------- rules

def rules_parse(text: str) -> dict | None:
    from extractors.base import Draft
    from extractors.cv_text import _two_readings

    d = _two_readings(1, text, "1", None, None)
    if not isinstance(d, Draft):
        return None
    return {"authors": list(d.authors or []), "title": d.title, "venue": d.venue, "year": d.year}


def crf_parse(tagger, text: str, given: frozenset, sur: frozenset) -> dict:
    toks = C.tokens(text)
    return decode(text, toks, tagger.tag(token_features(text, toks, given, sur)))


def _agree(p: dict, q: dict) -> bool:
    return title_key(p["title"]) == title_key(q["title"]) and _names_key(p["authors"]) == _names_key(q["authors"])


def pick(p: dict | None, q: dict) -> dict:
    """A chooser with no threshold: the rules' reading (``p``) where it exists and agrees with
    the CRF's (``q``) on the title and the names; where they disagree, the one the project's
    own entry score (:func:`entry_quality.quality`, the score the readers choose between
    readings with) rates higher, the rules' on a tie; the CRF's where the rules reject or
    the score refuses the rules' reading and not the CRF's."""
    from extractors.entry_quality import quality

    if p is None:
        return q
    if _agree(p, q):
        return p
    qp = quality(p["authors"], p["title"], p["venue"], p["year"])
    qq = quality(q["authors"], q["title"], q["venue"], q["year"])
    if qq is not None and (qp is None or qq > qp):
        return q
    return p


# --------------------------------------------------------------------------- scoring

_VENUE_LEAD = re.compile(r"^(?:in\s*:?\s+)?(?:proc(?:eedings|\.)?\s+(?:of\s+)?)?(?:the\s+)?", re.IGNORECASE)


def _venue_key(v: str | None) -> str:
    return title_key(_VENUE_LEAD.sub("", (v or "").strip()))


def _names_key(names: list[str]) -> list[str]:
    return [key_name(n).casefold() for n in names]


def score(pred: dict | None, truth: dict) -> dict[str, bool]:
    if pred is None:
        return {"title": False, "authors": False, "year": False, "venue": False}
    return {"title": title_key(pred["title"]) == title_key(truth["title"]),
            "authors": _names_key(pred["authors"]) == _names_key(truth["authors"]),
            "year": pred["year"] == truth["year"],
            "venue": _venue_key(pred["venue"]) == _venue_key(truth["venue"])}


FIELDS = ("title", "authors", "year", "venue")


def table(rows: dict[str, list[dict]], styles) -> list[str]:
    """Per style and parser: share right of each field and of all four; then the median over styles."""
    out = []
    head = f"| style | parser | n | {' | '.join(FIELDS)} | all four | rejects |"
    out += [head, "|" + "---|" * (head.count("|") - 1)]
    per = defaultdict(list)
    for s in styles:
        for parser in [k for k in rows if k != "oracle"]:
            rs = [r for r in rows[parser] if r["style"] == s]
            if not rs:
                continue
            share = {f: sum(r[f] for r in rs) / len(rs) for f in FIELDS}
            share["all"] = sum(all(r[f] for f in FIELDS) for r in rs) / len(rs)
            rej = sum(r["reject"] for r in rs)
            per[parser].append(share)
            out.append(f"| {s} | {parser} | {len(rs)} | " + " | ".join(f"{share[f]:.3f}" for f in FIELDS)
                       + f" | {share['all']:.3f} | {rej} |")
    for parser in per:
        ms = per[parser]
        if ms:
            out.append(f"| **median of {len(ms)} styles** | {parser} | | "
                       + " | ".join(f"{statistics.median(m[f] for m in ms):.3f}" for f in FIELDS)
                       + f" | {statistics.median(m['all'] for m in ms):.3f} | |")
    return out


def main(argv=None) -> int:
    import pycrfsuite

    ap = argparse.ArgumentParser()
    ap.add_argument("--external", default="../shared/external")
    ap.add_argument("--iterations", type=int, default=100)
    ap.add_argument("--model", default="", help="a trained model to tag with (no training)")
    ap.add_argument("--sections", default="held_out,train", help="comma list of held_out3, held_out2, held_out, train")
    ap.add_argument("--closed-words", action="store_true", help="words by identity only from CLOSED_WORDS")
    ap.add_argument("--dev", action="store_true", help="TRAIN styles only (the held-out ones not read)")
    ap.add_argument("--train-styles", default="", help="comma list to train on (default: all TRAIN styles)")
    args = ap.parse_args(argv)
    CLOSED["on"] = args.closed_words
    train_recs, test_recs = C.records(Path(args.external))
    given, sur = lexicons(train_recs)
    cross = cross_lexicons(train_recs)
    train_styles = tuple(args.train_styles.split(",")) if args.train_styles else C.TRAIN
    train = C.corpus(train_recs, train_styles)
    if args.model:
        model = Path(args.model)
        print(f"model {model} ({model.stat().st_size / 1e6:.2f} MB), not trained again")
    else:
        t0 = time.perf_counter()
        trainer = pycrfsuite.Trainer(verbose=False)
        for x in train:
            trainer.append(token_features(x["text"], x["tokens"], *cross[x["truth"]["title"]]), x["labels"])
        trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": args.iterations,
                            "feature.possible_transitions": True})
        model = Path(tempfile.mkdtemp()) / "citecrf.crfsuite"
        trainer.train(str(model))
        train_s = time.perf_counter() - t0
        print(f"train records {len(train_recs)}, test records {len(test_recs)}; train strings {len(train)} "
              f"({len(train_styles)} styles); training {train_s:.1f} s ({args.iterations} L-BFGS iterations); "
              f"model {model} {model.stat().st_size / 1e6:.2f} MB")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    print(f"TRAIN styles: {', '.join(C.TRAIN)}")
    print(f"HELD_OUT styles: {', '.join(C.HELD_OUT)}")
    sections = {"held_out3": ("HELD OUT round 3 styles (test records)", C.HELD_OUT3),
                "held_out2": ("HELD OUT round 2 styles (test records)", C.HELD_OUT2),
                "held_out": ("HELD OUT styles (test records)", C.HELD_OUT),
                "train": ("TRAIN styles (test records)", C.TRAIN)}
    for key in args.sections.split(","):
        name, styles = sections[key]
        if args.dev and key != "train":
            continue
        test = C.corpus(test_recs, styles)
        rows = {"rules": [], "crf": [], "rules>crf": [], "pick": [], "either": [], "oracle": []}
        t_rules = t_crf = 0.0
        tok_ok = tok_n = 0
        for x in test:
            t = time.perf_counter()
            try:
                p = rules_parse(x["text"])
            except Exception:  # noqa: BLE001  (a crash counts as a reject)
                p = None
            t_rules += time.perf_counter() - t
            rows["rules"].append({"style": x["style"], "reject": p is None, **score(p, x["truth"])})
            t = time.perf_counter()
            labels = tagger.tag(token_features(x["text"], x["tokens"], given, sur))
            q = decode(x["text"], x["tokens"], labels)
            t_crf += time.perf_counter() - t
            tok_ok += sum(a == b for a, b in zip(labels, x["labels"]))
            tok_n += len(labels)
            rows["crf"].append({"style": x["style"], "reject": False, **score(q, x["truth"])})
            # the rules, the CRF's reading where the rules reject the string (no threshold to choose)
            rows["rules>crf"].append({"style": x["style"], "reject": False,
                                      **score(p if p is not None else q, x["truth"])})
            rows["pick"].append({"style": x["style"], "reject": False, **score(pick(p, q), x["truth"])})
            # the better of the two per string, by the truth: what no fallback can beat
            a, b = rows["rules"][-1], rows["crf"][-1]
            rows["either"].append({"style": x["style"], "reject": False,
                                   **(a if all(a[f] for f in FIELDS) else b)})
            rows["oracle"].append({"style": x["style"], "reject": False,
                                   **score(decode(x["text"], x["tokens"], x["labels"]), x["truth"])})
        print(f"\n## {name}: {len(test)} strings; rules {len(test) / t_rules:.0f} strings/s, "
              f"crf {len(test) / t_crf:.0f} strings/s (features + tagging + decoding); "
              f"crf token accuracy {tok_ok / tok_n:.3f}\n")
        print("\n".join(table(rows, styles)))
        oracle = rows["oracle"]
        print(f"\n(decoding the true labels: all four fields right in "
              f"{sum(all(r[f] for f in FIELDS) for r in oracle) / len(oracle):.3f} of the strings)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
