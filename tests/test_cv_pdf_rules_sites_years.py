"""The CV PDF reader's rules of the year-and-venue round on the real CVs (#21): how an
entry's year and venue are told from the title in the styles the tuned site CVs print, each
rule on a small hand-made case that fails without it. Names, titles and venues here are
made up."""

from __future__ import annotations

from extractors.base import Draft
from extractors.citations import (
    YEAR_IN_TEXT,
    parse_initials_list,
    parse_title_only,
    venue_name,
)
from extractors.cv_entries import parse_entry
from extractors.cv_pdf import CVPdfExtractor
from extractors.cv_pdf_layout import _Row, segment

from .conftest import make_doc
from .pdf_builder import hanging_indent_pdf
from .test_cv_pdf_rules_round10 import _line, _words


def test_two_names_joined_by_and_open_the_initials_style():
    got = parse_initials_list("A. Lee and B. Chen, On quiet modules, J. Small Alg. 512 (2019), no. 3, 101-130.")
    assert got is not None and got.authors == ["A. Lee", "B. Chen"]
    assert got.title == "On quiet modules" and got.venue == "J. Small Alg" and got.year == 2019
    got = parse_initials_list("A. Lee, B. Chen and M. Holloway, Slow walks, Ann. Quiet. 47 (2020), 1-40.")
    assert got is not None and got.authors == ["A. Lee", "B. Chen", "M. Holloway"]
    # a volume that looks like a year is no year when the year follows in brackets
    got = parse_initials_list("A. Lee and B. Chen, Soft bounds, Discrete Things 2012 (2021), 1-9.")
    assert got is not None and got.year == 2021 and got.venue == "Discrete Things"
    # "and" inside a title piece is no name list
    assert parse_initials_list("Rock and roll, Quiet Rev. 3 (2019), 1-9.") is None


def test_where_the_paper_stands_ends_the_title():
    got = parse_initials_list("A. Lee and M. Holloway, Sparse covers of quiet graphs, to appear in Quiet Graphs.")
    assert got is not None and got.title == "Sparse covers of quiet graphs"
    assert got.venue == "Quiet Graphs" and got.year is None
    got = parse_initials_list("A. Lee, Random tilings with soft edges, submitted, arXiv:2103.04567.")
    assert got is not None and got.title == "Random tilings with soft edges"
    assert got.venue == "arXiv:2103.04567" and got.year == 2021
    got = parse_initials_list("A. Lee, B. Chen, Models of quiet towns, forthcoming in Journal of Town Things.")
    assert got is not None and got.title == "Models of quiet towns" and got.venue == "Journal of Town Things"


def test_a_status_around_the_venue_is_no_part_of_it():
    assert venue_name("Ann. Quiet Probab. (in press)") == "Ann. Quiet Probab"
    assert venue_name("Quiet Letters, to appear") == "Quiet Letters"
    assert venue_name("submitted, arXiv:2103.04567") == "arXiv:2103.04567"
    assert venue_name("preprint (2022), arXiv:2201.01234") == "arXiv:2201.01234"
    assert venue_name("In press") is None  # "In" here is no lead before a venue's name
    assert venue_name("Proceedings of the 12th Meeting on Quiet Things, pages 12-20") == \
        "Proceedings of the 12th Meeting on Quiet Things"
    assert venue_name("Journal of Press Studies") == "Journal of Press Studies"


def test_a_day_and_month_before_the_year_date_the_entry():
    assert YEAR_IN_TEXT.findall("PhD thesis, Quiet University, 25.02.2019") == ["2019"]
    assert YEAR_IN_TEXT.findall("defended 3/11/2018") == ["2018"]
    assert YEAR_IN_TEXT.findall("Quiet Rev. 1.2019") == []  # a volume and number run on, no date
    got = parse_entry("Ann Lee. Moving halls and rooms. PhD thesis, Quiet University, Quiet Town, 25.02.2019.")
    assert got.year == 2019


def test_a_title_alone_ends_before_a_thesis_and_keeps_its_own_lists():
    got = parse_title_only("Managing a quiet lake: the case of Lake Small, Germany, PhD thesis, "
                           "Quiet University, Quiet Town, 2019")
    assert got is not None and got.title == "Managing a quiet lake: the case of Lake Small, Germany"
    assert got.venue.startswith("Quiet University") and got.year == 2019
    got = parse_title_only("Lessons from quiet workshops, summits, meetings, and small gatherings in a busy "
                           "year, Quiet Town Bulletin, 2021")
    assert got is not None
    assert got.title == "Lessons from quiet workshops, summits, meetings, and small gatherings in a busy year"
    assert got.venue == "Quiet Town Bulletin" and got.year == 2021


def test_a_question_ends_the_title_only_before_a_venues_look():
    got = parse_title_only("Can small things be made faster? Quiet Trans. A 2141")
    assert got is not None and got.title == "Can small things be made faster?" and got.venue == "Quiet Trans. A"
    # a subtitle after the question is the title's
    got = parse_title_only("Are small things real? A study of quiet rooms, Journal of Rooms, 2019")
    assert got is not None and got.title == "Are small things real? A study of quiet rooms"


def test_an_entry_that_prints_its_status_is_not_joined_to_the_next():
    # (entries of more than one line, so that the hanging indent tells them apart)
    pdf = hanging_indent_pdf("Publications", [
        "Quiet limits of slow walks (with B. Chen), Quiet Alg. J. 512 (2019), 101-130.",
        ("Harmonic shadows of nested lattices (joint with B. Chen and M. Holloway). Ann. Quiet. 47 (2019), "
         "no. 2, 1-40. arXiv:1702.01234"),
        "Tilings of odd shapes (with B. Chen), to appear in Adv. Quiet Math.",
        "Soft bounds for warm sets, Int. Math. Res. Not. 2020 (2020), no. 5, 1234-1260.",
        "Cold models of warm rooms (with B. Chen), submitted.",
        "Long rooms and short halls, Selecta Quiet Math. 25 (2019), Paper No. 12, 40 pp.",
        "Shadows on the wall (with A. Lee), Electron. J. Quiet. 23 (2018), no. 45, 1-30.",
        "Moving halls and rooms (with B. Chen), Proceedings of the 31st Meeting on Small Things (2019), 12-20.",
    ])
    drafts = [d for d in CVPdfExtractor().extract(make_doc(pdf, "status.pdf")) if isinstance(d, Draft)]
    by_title = {d.title: d for d in drafts}
    assert by_title["Tilings of odd shapes"].year is None
    assert by_title["Tilings of odd shapes"].venue == "Adv. Quiet Math"
    assert by_title["Soft bounds for warm sets"].year == 2020
    assert by_title["Cold models of warm rooms"].venue is None
    assert by_title["Long rooms and short halls"].year == 2019


def test_a_margin_year_opens_an_entry_where_no_gap_shows_one():
    rows = []
    texts = ["Lee A. and Chen B. A first title of things. Quiet Press.", "and more of its venue here.",
             "Lee A. and Holloway M. A second title of things. Quiet Notes.", "and the rest of it."]
    for k, text in enumerate(texts):
        top = 100.0 + 12 * k
        label = _words("2022", top, 20.0) if k == 2 else []
        content = _words(text, top, 56.0)
        rows.append(_Row(_line(label + content), label, content, all_words=label + content))
    entries = list(segment(rows, "journal", 12.0))
    assert len(entries) == 2 and entries[1].label == "2022"
    assert entries[0].label is None and len(entries[0].lines) == 2


def test_initials_alone_after_two_capitalised_words_make_one_surname_first_person():
    from extractors.author_lists import split_author_list

    names, _ = split_author_list("Lee, A. B., Holloway, M., Dam Roe, S., Chen, B. C.")
    assert names == ["A. B. Lee", "M. Holloway", "S. Dam Roe", "B. C. Chen"]
    # a list that prints no one surname first keeps its names as they are
    names, _ = split_author_list("Ann Lee, Bo Chen, C. D.")
    assert names == ["Ann Lee", "Bo Chen", "C. D."]


def test_a_preprint_word_before_the_arxiv_identifier_is_no_part_of_the_venue():
    got = parse_entry("A. Lee and B. Chen. Random quiet tilings. Preprint, arXiv:2105.01234, 2021.")
    assert got.venue is not None and got.venue.startswith("arXiv:2105.01234") and got.year == 2021


def test_the_year_closing_the_citations_line_beats_a_note_below_it():
    from extractors.cv_pdf import _year_before_note
    from extractors.cv_pdf_layout import EntryLine, PdfEntry

    def entry(*rows: str) -> PdfEntry:
        out = PdfEntry(None, None, "journal")
        for k, text in enumerate(rows):
            words = _words(text, 60.0 + 12 * k, 56.0)
            out.lines.append(EntryLine(_line(words), words))
        return out

    rows = ("Small things at scale (with Bo Chen), Review of Quiet", "Studies, 2021",
            "Cited in the Annual Report of the Quiet Council 2016")
    got = _year_before_note(entry(*rows), Draft(ordinal=1, title="Small things at scale", year=2016))
    assert got.year == 2021
    # a line that goes on with the citation ("Journal 5, 2019" then "pp. 1-9, 2020") is no note
    rows = ("Small things at scale, Quiet Journal 5, 2019,", "Extended version, Quiet Letters 2020")
    got = _year_before_note(entry(*rows), Draft(ordinal=1, title="Small things at scale", year=2020))
    assert got.year == 2020
