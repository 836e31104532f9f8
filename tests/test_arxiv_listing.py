"""arXiv's daily listings (the text behind /list/<archive>/new): detected without --kind, one
record per paper block, a block that contradicts itself rejected with its reason."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

import extractors
from extractors import Document, Draft, RecordError
from extractors.arxiv_listing import issue_year

from .conftest import EXTERNAL

LISTINGS = EXTERNAL / "arxiv" / "listings_arxiv_browse"

# My own listing: a new paper, a replacement (no version date), and a block whose closing
# link names another paper than its id line.
OWN = r"""Date: Tue, 3 Mar 26 00:30:00 GMT
Subject: cs daily 2 new + 1 replacement received
------------------------------------------------------------------------------
\\
arXiv:2603.01234
Date: Mon, 2 Mar 2026 17:01:02 GMT   (120kb)

Title: Sparse Training on Small Machines
Authors: Ana Lima, B. K. Osei and Chen Wei
Categories: cs.LG stat.ML
Comments: 9 pages
\\
  A short abstract written for this test.
\\ ( https://arxiv.org/abs/2603.01234 ,  120kb)
------------------------------------------------------------------------------
\\
arXiv:2104.00007
replaced with revised version Mon, 2 Mar 2026 09:00:00 GMT   (300kb)

Title: Pruning at Initialization, Revisited
Authors: D. Moreau, E. Nakamura
Categories: cs.LG
Journal-ref: Journal of Made-Up Results 4 (2022) 1-20
\\ ( https://arxiv.org/abs/2104.00007 ,  300kb)
------------------------------------------------------------------------------
\\
arXiv:2603.09999
Date: Mon, 2 Mar 2026 11:00:00 GMT   (10kb)

Title: A Block Whose Link Disagrees
Authors: F. Author
Categories: cs.LG
\\ ( https://arxiv.org/abs/2603.05555 ,  10kb)
"""


def _doc(data: bytes, uri: str = "mem://listing") -> Document:
    return Document("d" * 64, uri, data, datetime(2026, 3, 3, tzinfo=timezone.utc))


def test_own_listing_new_replacement_and_a_contradiction():
    doc = _doc(OWN.encode())
    assert extractors.detect(doc).name == "arxiv_listing"
    out = list(extractors.get("arxiv_listing").extract(doc))
    drafts = [d for d in out if isinstance(d, Draft)]
    rejects = [d for d in out if isinstance(d, RecordError)]
    assert [d.arxiv_id for d in drafts] == ["2603.01234", "2104.00007"]
    new, replaced = drafts
    assert new.title == "Sparse Training on Small Machines" and new.year == 2026
    assert new.authors == ["Ana Lima", "B. K. Osei", "Chen Wei"] and new.venue == "arXiv"
    assert new.abstract == "A short abstract written for this test."
    assert replaced.year == 2021  # no version date: the year its id was issued
    assert replaced.authors == ["D. Moreau", "E. Nakamura"] and replaced.venue.startswith("Journal of Made-Up")
    assert len(rejects) == 1 and rejects[0].ordinal == 3 and "2603.05555" in rejects[0].reason


def test_issue_year():
    assert issue_year("2104.03145") == 2021 and issue_year("0704.0001") == 2007
    assert issue_year("hep-th/9901001") == 1999 and issue_year("math/0211159") == 2002
    assert issue_year("2113.00001") is None  # month 13


@pytest.mark.skipif(not LISTINGS.exists(), reason="../shared/external/arxiv/listings_arxiv_browse is absent")
@pytest.mark.parametrize("name", ["q-fin__listings__new", "astro-ph__listings__new.CO"])
def test_real_listings_one_record_per_block(name):
    data = (LISTINGS / name).read_bytes()
    text = data.decode("utf-8")
    ids = re.findall(r"^arXiv:(\S+)", text, re.M)
    doc = _doc(data, str(LISTINGS / name))
    assert extractors.detect(doc).name == "arxiv_listing"
    out = list(extractors.get("arxiv_listing").extract(doc))
    drafts = [d for d in out if isinstance(d, Draft)]
    assert len(out) == len(ids)  # every block is a record or a reject: none lost
    assert [d.arxiv_id for d in drafts] == [i for i in ids if i in {d.arxiv_id for d in drafts}]
    flat = re.sub(r"\s+", " ", text)
    for d in drafts:
        assert d.title and d.authors and d.year
        assert d.title[:25] in flat, d.title  # the title as printed, its wrapped lines joined
