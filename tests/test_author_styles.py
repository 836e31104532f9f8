"""Real author lists printed in many citation styles, read back by the CV text, markdown and
HTML readers (issues #16 item 1, #21): how many lists come out exactly, names in order.

The generator is :mod:`tests.author_styles` (lists from ``../shared/external``, read at test
time). Each style's references are one CV text document, one markdown page and one HTML page,
read with ``extract_document`` (the format detected, never forced); a list is exact when the
entry of its title is read and its names, given name first, are the printed ones in their
order (how the stops between initials are spaced, "A.B." or "A. B.", is no error).

The split was made before the first measurement: the styles sorted by the md5 of their names,
the first half tuned (acm, chicago, german_und, lncs, mla, vancouver), the second held out
(acs, ams, apa, harvard, ieee, nature). The held-out styles were not studied: only their
aggregate is printed.

First measurement, 2026-12-07, the readers unchanged (main f3bcfa7), PYTHONHASHSEED=0:
279 lists (193 DBLP-ACM, 40 arXiv, 31 BibTeX, 15 Cora), 12 styles, 3 readers; exact lists:
  tuned    cv_text 1572/1674 = 0.939, markdown 1613/1674 = 0.964, html 1608/1674 = 0.961; all 0.954
  held out cv_text 1556/1674 = 0.930, markdown 1538/1674 = 0.919, html 1527/1674 = 0.912; all 0.920
  (tuned per style, cv_text / markdown / html: acm 267 / 270 / 270, chicago 268 / 269 / 269,
  german_und 268 / 272 / 272, lncs 257 / 269 / 269, mla 275 / 275 / 275, vancouver 237 / 258 / 253)
Command: PYTHONHASHSEED=0 PYTHONPATH=$PWD python -m pytest -q tests/test_author_styles.py -s
The generator then printed two full stops after a list ending in an initial ("Spiro, Peter
M.. Title", every ACS list); fixed, and measured again with the readers still unchanged (the
frozen tree of f3bcfa7), before any change to them:
  tuned    cv_text 0.939, markdown 0.964, html 0.961; all 0.954 (per style as above)
  held out cv_text 1552/1674 = 0.927, markdown 1570/1674 = 0.938, html 1550/1674 = 0.926; all 0.930
"""

from __future__ import annotations

from collections import Counter

import pytest

from scholarlake.extraction import extract_document

from . import author_styles as gen
from .conftest import EXTERNAL, make_doc


def _lists() -> list[dict]:
    if not (EXTERNAL / "er_benchmarks").is_dir() or not (EXTERNAL / "arxiv" / "abs_files_arxiv_browse").is_dir():
        pytest.skip(f"real metadata not available under {EXTERNAL} (../shared/external)")
    lists = gen.sample(EXTERNAL)
    if len(lists) < 100:
        pytest.skip(f"too few usable author lists under {EXTERNAL}: {len(lists)}")
    return lists


def score(style: str, reader: str, lists: list[dict]) -> Counter:
    """Counter(lists, found, exact) of one style read by one reader."""
    render, name = gen.READERS[reader]
    printed = [gen.STYLES[style](e) for e in lists]
    _kind, records, _rejects = extract_document(make_doc(render([p[0] for p in printed]).encode("utf-8"), name))
    by_title: dict[str, list[list[str]]] = {}
    for r in records:
        by_title.setdefault(gen.title_key(r.get("title")), []).append(list(r.get("authors") or []))
    out = Counter(lists=len(lists))
    for e, (_ref, truth) in zip(lists, printed):
        got = by_title.get(gen.title_key(e["title"]))
        if got:
            out["found"] += 1
            if any([gen.key_name(n) for n in g] == [gen.key_name(n) for n in truth] for g in got):
                out["exact"] += 1
    return out


@pytest.fixture(scope="module")
def scores() -> dict[tuple[str, str], Counter]:
    lists = _lists()
    return {(style, reader): score(style, reader, lists) for style in gen.STYLES for reader in gen.READERS}


def _rate(scores, styles) -> float:
    got = sum((scores[k] for k in scores if k[0] in styles), Counter())
    return got["exact"] / got["lists"]


def test_author_styles_scored(scores):
    print()
    for style in sorted(gen.TUNED):  # the held-out styles: aggregates only
        print(f"{style:12} tuned    " + "  ".join(
            f"{reader} {scores[style, reader]['exact']}/{scores[style, reader]['lists']}"
            f" (found {scores[style, reader]['found']})" for reader in gen.READERS))
    for part, styles in (("tuned", gen.TUNED), ("held out", gen.HELD_OUT)):
        for reader in gen.READERS:
            got = sum((scores[s, reader] for s in styles), Counter())
            print(f"{part:8} {reader:9} exact {got['exact']}/{got['lists']} = {got['exact'] / got['lists']:.3f}, "
                  f"found {got['found']}")
        print(f"{part:8} all       exact {_rate(scores, styles):.3f}")
    assert _rate(scores, gen.TUNED) >= TUNED_FLOOR
    assert _rate(scores, gen.HELD_OUT) >= HELD_OUT_FLOOR


# the first measurement's rates: the readers must not fall below them
TUNED_FLOOR = 0.954
HELD_OUT_FLOOR = 0.930
