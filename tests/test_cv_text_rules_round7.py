"""Rules learnt from round 7 of the plain-text CV layouts (tests/cv_text_layouts.py ROUND7,
studied since wt-cvtext8), each with a hand-made document of our own (invented names, titles,
venues and identifiers) that fails without its rule: ``extractors/text_dialects.py`` (PubMed's
"Abstract (text)" records, AsciiDoc sources, Typst link calls), ``extractors/markdown_blocks.py``
(a dblp record key in lower case, alone on its line), ``extractors/name_marks.py`` (a homonym
number before a colon at a line's end), ``extractors/markdown_page.py`` (a line of names closed
by a colon is the names; a year alone under a hard break), ``extractors/citations.py`` (a
formula's capital and a quoted venue end a title).
"""

from __future__ import annotations

from extractors import citations, text_dialects
from scholarlake.extraction import extract_document

from .conftest import make_doc


def read(text: str, name: str):
    return extract_document(make_doc(text.encode("utf-8"), f"mem://{name}.txt"))


def fields(records):
    return [(r["title"], r["authors"], r["year"], r["venue"]) for r in records]


# --- PubMed's "Abstract (text)": source, title and names paragraphs make one record

PUBMED = """1. Journal of Pond Studies. 2019 Apr;7(2):33-41. doi: 10.5555/jps.2019.33. Epub
2019 Mar 2.

Counting newts by their spots in three cold ponds.

Harrow QT(1), Pellinen V(2).

Author information:
(1)Institute of Wet Things, Lakeside.
(2)Field Station North, Hilltop.

DOI: 10.5555/jps.2019.33
PMID: 11112222


2. Annals of Small Mammals. 2017 Nov;12(4):101-110. doi: 10.5555/asm.2017.101.

How far does a vole walk in winter?

Pellinen V(1), Harrow QT(1), Osei-Bonsu K(2).

Author information:
(1)Institute of Wet Things, Lakeside.
(2)Field Station North, Hilltop.

DOI: 10.5555/asm.2017.101
PMID: 11113333  [Indexed for MEDLINE]


3. ArXiv [Preprint]. 2016 Feb 9:arXiv:1602.00777v2.

A census of frogs from their songs.

Osei-Bonsu K(1), Harrow QT(1).

Author information:
(1)Institute of Wet Things, Lakeside.

PMID: 11114444
"""


def test_pubmed_records_are_written_as_their_vancouver_lines():
    got = text_dialects.pubmed_records(PUBMED)
    assert "1. Harrow QT, Pellinen V.  \nCounting newts by their spots in three cold ponds.  \n" \
           "Journal of Pond Studies. 2019 Apr;7(2):33-41." in got
    assert "Author information" not in got and "PMID" not in got
    # one record alone is a citation quoted somewhere: left as it is
    one = PUBMED.split("\n\n\n")[0] + "\n"
    assert text_dialects.pubmed_records(one) == one


def test_a_pubmed_abstract_text_file_is_read():
    kind, records, rejects = read(PUBMED, "pubmed")
    assert fields(records) == [
        ("Counting newts by their spots in three cold ponds", ["Q. T. Harrow", "V. Pellinen"], 2019,
         "Journal of Pond Studies"),
        ("How far does a vole walk in winter?", ["V. Pellinen", "Q. T. Harrow", "K. Osei-Bonsu"], 2017,
         "Annals of Small Mammals"),
        ("A census of frogs from their songs", ["K. Osei-Bonsu", "Q. T. Harrow"], 2016, "ArXiv [Preprint]"),
    ], (kind, fields(records), rejects)


# --- a dblp person page pasted as text

DBLP = """Maren Tolle 0004

showing all 5 records

2020

[j3]
Ilse van Dorn, Maren Tolle 0004:
Gravel in motion. Rock Comput. Surv. 11(1): 1-20 (2020)

[j2]
Cy Amberg, Maren Tolle 0004:
Sorting stones by weight: a survey. Rock Comput. Surv. 12(3): 45-67 (2020)

[c2]
Maren Tolle 0004, Ola Brink:
Pebbles on a beach at low tide. SPQR 2020: 20-29

[c1]
Maren Tolle 0004, B. K. Ostrava:
Faster ways to count pebbles. SPQR 2020: 10-19

2019

[i1]
Maren Tolle 0004, Cy Amberg, Ilse van Dorn:
Oxide layers on GaN. CoRR abs/1901.00123 (2019)
"""


def test_a_pasted_dblp_page_is_read_key_homonym_and_colon_line():
    kind, records, rejects = read(DBLP, "dblp")
    assert fields(records) == [
        ("Gravel in motion", ["Ilse van Dorn", "Maren Tolle"], 2020, "Rock Comput. Surv"),
        ("Sorting stones by weight: a survey", ["Cy Amberg", "Maren Tolle"], 2020, "Rock Comput. Surv"),
        ("Pebbles on a beach at low tide", ["Maren Tolle", "Ola Brink"], 2020, "SPQR"),
        ("Faster ways to count pebbles", ["Maren Tolle", "B. K. Ostrava"], 2020, "SPQR"),
        ("Oxide layers on GaN", ["Maren Tolle", "Cy Amberg", "Ilse van Dorn"], 2019, "CoRR abs/1901"),
    ], (kind, fields(records), rejects)


def test_a_line_of_names_closed_by_a_colon_is_the_names():
    # "Glaude, D. N." looks like a surname and initials; the colon at the line's end says where
    # the names end
    text = ("Publications\n\n[i1]\nPia-Lotte Wendt, D. N. Marrow:\nA long walk on a short pier. CoRR abs/0801.0999 (2008)\n"
            "\n[i2]\nOla Brink, Pia-Lotte Wendt:\nPiers and jetties. CoRR abs/0802.00111 (2008)\n")
    kind, records, _ = read(text, "colon")
    # (the venue read is "CoRR abs/0801", cut at the identifier's stop: left, see the log)
    assert fields(records)[0][:3] == ("A long walk on a short pier", ["Pia-Lotte Wendt", "D. N. Marrow"], 2008), \
        fields(records)


def test_a_formula_or_a_quoted_book_ends_the_title():
    assert citations._title_and_tail("Oxide layers on GaN. Surf. Lett. 3(1): 1-9 (2019)")[0] == "Oxide layers on GaN"
    assert citations._title_and_tail('Ponds. "The Big Book of Water" by Ann Editor 2021: 5-9')[0] == "Ponds"
    # a lone initial still ends nothing
    assert citations._title_and_tail("Work of J. Smith on ponds. Venue 3 (2019)")[0] == "Work of J. Smith on ponds"


# --- AsciiDoc and Typst sources

ADOC = """= Maren Tolle
:email: tolle@example.org
:toc: left

== Publications

'''

=== Journal Articles

. Cy Amberg and *Maren Tolle* +
"`Sorting stones by weight`" +
Rock Letters 12(3):45\u201367, 2020.
. *Maren Tolle* +
_Counting pebbles in the dark_ +
2019.
. *Maren Tolle* and Cy Amberg. _Weighing sand_. https://arxiv.org/abs/1901.00123[arXiv:1901.00123], 2019.
"""


def test_asciidoc_marks_are_written_as_markdown():
    got = text_dialects.asciidoc_markup(ADOC)
    assert "## Publications" in got and "### Journal Articles" in got and ":email:" not in got
    assert "1. Cy Amberg and **Maren Tolle**  \n\u201cSorting stones by weight\u201d  \n" in got
    assert "[arXiv:1901.00123](https://arxiv.org/abs/1901.00123)" in got
    # a Markdown page with one "= " line of prose is no AsciiDoc source
    prose = "Notes\n\n= is how a sum starts in this calculator.\n"
    assert text_dialects.asciidoc_markup(prose) == prose
    # MkDocs Material's content tabs ('=== "Label"') are no section titles
    tabs = '=== "Preprints"\n\n    - Ann Lee. Title.\n\n=== "Talks"\n\n    - A talk.\n'
    assert text_dialects.asciidoc_markup(tabs) == tabs


def test_an_asciidoc_cv_is_read_with_a_year_alone_under_a_hard_break():
    kind, records, rejects = read(ADOC, "adoc")
    assert fields(records) == [
        ("Sorting stones by weight", ["Cy Amberg", "Maren Tolle"], 2020, "Rock Letters"),
        ("Counting pebbles in the dark", ["Maren Tolle"], 2019, None),
        ("Weighing sand", ["Maren Tolle", "Cy Amberg"], 2019, "arXiv:1901.00123"),
    ], (kind, fields(records), rejects)


def test_typst_link_calls_are_markdown_links():
    text = 'Ann Lee. "Title." #link("https://arxiv.org/abs/1901.00123")[arXiv:1901.00123] (2019). #link("https://x.org")'
    assert text_dialects.typst_links(text) == ('Ann Lee. "Title." [arXiv:1901.00123](https://arxiv.org/abs/1901.00123)'
                                               ' (2019). <https://x.org>')


# --- the legend of the marks after names is no entry

ACS = """Maren Tolle
Curriculum Vitae

Peer-Reviewed Publications
(* corresponding author)

1.\tAmberg, C.; Tolle, M.* Sorting stones by weight. Rock Letters 2020, 12 (3), 45\u201367.
2.\tTolle, M.; Brink, O. Pebbles on a beach. Rock Letters 2019, 11 (1), 1\u20139.
3.\tOstrava, B. K.; Tolle, M.* Faster ways to count pebbles. In SPQR; 2018; pp 10\u201319.
"""


def test_the_legend_of_a_mark_after_names_is_no_reject():
    kind, records, rejects = read(ACS, "acs")
    assert [r["title"] for r in records] == ["Sorting stones by weight", "Pebbles on a beach",
                                             "Faster ways to count pebbles"], (kind, fields(records))
    assert not rejects, [x["excerpt"] for x in rejects]
