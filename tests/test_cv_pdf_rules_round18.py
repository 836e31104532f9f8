"""The CV PDF reader's rules of the eighteenth round (#16 item 2, #21 item 3), found on round
17's former held-out layouts (studied since wt-cvpdf18), each on a small hand-made case: the
names national CV systems give the part holding the publications ("Producción científica")
are publication headings; the owner's place among the names ("(2/3)") is a note on them; an
identifier in angle brackets ("‹arXiv:...›") is read without them, and an archive's handle in
them ("‹hal-01234567›") is a note; a smaller line of a form's categories under a paper
("Tipo de producción: Artículo científico") is no field of it; "Names: Title, Venue, Vol. 3,
pp. 1–9 (2021)." is read by its commas; a lone "Song Y" is turned where the CV prints its lists
Vancouver's way. Names and titles here are made up."""

from __future__ import annotations

from extractors.base import Draft
from extractors.citations import comma_parted_entry, parse_names_colon
from extractors.cv_entries import vancouver_alone
from extractors.cv_pdf import _author_count, without_count_notes
from extractors.cv_pdf_fields import form_line, without_form_lines
from extractors.cv_pdf_layout import EntryLine, PdfEntry, classify_heading

from .test_cv_pdf_rules_round10 import _line, _words


def test_national_cv_systems_names_of_the_publication_part_are_publication_headings():
    assert classify_heading("Producción científica") == "pub"  # the Spanish CVN
    assert classify_heading("Produção bibliográfica") == "pub"  # Brazil's Lattes
    assert classify_heading("Produzione scientifica") == "pub"
    assert classify_heading("Production scientifique") == "pub"
    assert classify_heading("Actividades científicas y tecnológicas") is None  # names no list


def test_the_owners_place_among_the_names_is_a_note_on_them():
    text = "Ann Lee; Maren T. Holloway; Bo Chen. (2/3). 2021. A study of things. Journal of Things."
    assert without_count_notes(text) == "Ann Lee; Maren T. Holloway; Bo Chen. 2021. A study of things. Journal of Things."
    assert _author_count(text) == 3
    # a place beyond the count is no such note; nor a fraction inside a title
    assert "(4/3)" in without_count_notes("Ann Lee; Bo Chen. (4/3). 2021. Title.")
    assert "(1/2)" in without_count_notes("Ann Lee. 2021. Spin (1/2) chains in small rings. Journal.")
    assert _author_count("Ann Lee; Bo Chen. 2021. Spin (1/2) chains. Journal.") is None


def test_an_identifier_in_angle_brackets_is_read_without_them_and_an_archives_handle_is_a_note():
    assert (without_count_notes("Ann Lee, Bo Chen. A study of things. 2007. ‹arXiv:0704.0081›. ‹hal-04212048›")
            == "Ann Lee, Bo Chen. A study of things. 2007. arXiv:0704.0081")
    assert (without_count_notes("Ann Lee. Things. Journal, 2021, 3 (2), pp.1-9. ⟨10.1234/ab.2021.01234⟩. "
                                "⟨tel-01234567v2⟩")
            == "Ann Lee. Things. Journal, 2021, 3 (2), pp.1-9. 10.1234/ab.2021.01234")
    # words in such brackets are no identifier: printed as they are
    assert without_count_notes("Ann Lee. Things ‹in brackets›. Journal.") == "Ann Lee. Things ‹in brackets›. Journal."


def _two_cells(left: str, right: str, size: float, top: float = 74.0) -> EntryLine:
    words = _words(left, top, 80.0, size=size) + _words(right, top, 330.0, size=size)
    return EntryLine(_line(words), words)


def _citation(top: float = 60.0) -> EntryLine:
    words = _words("Ann Lee; Bo Chen. 2021. A study of things. Journal of Things. 3 - 2, pp. 1 - 9.", top, 80.0)
    return EntryLine(_line(words), words)


def test_a_smaller_line_of_a_forms_categories_is_no_field_of_the_paper():
    form = _two_cells("Tipo de producción: Artículo científico", "Tipo de soporte: Revista", 9.0)
    assert form_line(form, 10.0)
    assert not form_line(_two_cells("Tipo de producción: Artículo científico", "Tipo de soporte: Revista", 10.0),
                         10.0)  # in the text's own size: a line of the entry
    assert not form_line(_two_cells("Journal: Journal of Things", "Year: 2021", 9.0), 10.0)  # a citation's fields
    assert not form_line(_two_cells("IF: 4.210", "Citations: 15", 9.0), 10.0)  # numbers, not categories
    entry = PdfEntry(None, None, "journal", [_citation(), form])
    other = PdfEntry(None, None, "journal", [_citation(100.0)])
    kept = without_form_lines([entry, other])
    assert [len(e.lines) for e in kept] == [1, 1]
    alone = PdfEntry(None, None, "journal", [form])
    assert len(without_form_lines([alone, other])[0].lines) == 1  # an entry keeps one line at least


def test_names_colon_then_fields_parted_by_commas_alone():
    got = parse_names_colon("Lee, A. and Chen, B.: A study of things, with commas, Journal of Things, Vol. 3, No. 2, "
                            "pp. 1–9 (2021).")
    assert (got.title, got.venue, got.year) == ("A study of things, with commas", "Journal of Things", 2021)
    got = parse_names_colon("Lee, A. and Chen, B.: Small things, Phys. Rev. Lett., Vol. 3, pp. 1–9 (2021).")
    assert (got.title, got.venue) == ("Small things", "Phys. Rev. Lett")
    got = parse_names_colon("Lee, A. and Chen, B.: Do we need it? in-time things, ICML, pp. 1–9 (2021).")
    assert got.title == "Do we need it? in-time things" and got.venue == "ICML"
    got = parse_names_colon("Lee, A. and Chen, B.: Small things, big ones, arXiv:0704.0264 (2007).")
    assert (got.title, got.venue) == ("Small things, big ones", "arXiv:0704.0264")
    assert comma_parted_entry("Lee, A. and Chen, B.: Small things, ICML, pp. 1–9 (2021).")
    # a sentence's end in the title, or in what follows the last comma, keeps the stop's reading
    got = parse_names_colon("Lee, A. and Chen, B.: Snakes, lizards, and frogs in Myanmar. Herpetology 3(2): 1-9 (2021)")
    assert got.title == "Snakes, lizards, and frogs in Myanmar"
    got = parse_names_colon("Lee, A. and Chen, B.: Small things. Journal of Things, Vol. 3, pp. 1–9 (2021).")
    assert got.title == "Small things"
    assert not comma_parted_entry("Lee, A. and Chen, B.: Small things, big ones, Journal (2021).")
    # a CV printed so throughout reads an entry without numbered fields the same way
    got = parse_names_colon("Lee, A. and Chen, B.: Small things, big ones, Preprint (2025).", comma_parted=True)
    assert (got.title, got.venue) == ("Small things, big ones", "Preprint")


def _draft(authors: list[str], raw: str) -> Draft:
    return Draft(ordinal=1, title="A study of things", authors=authors, raw=raw)


def test_a_lone_vancouver_name_is_turned_where_the_cv_prints_its_lists_so():
    lists = [_draft(["A. B. Lee", "B. Chen"], "Lee AB, Chen B (2021). A study. JOURNAL"),
             _draft(["C. Roe", "A. B. Lee"], "Roe C, Lee AB (2020). Another. JOURNAL"),
             _draft(["D. Kim", "A. B. Lee", "E. Fox"], "Kim D, Lee AB, Fox E (2019). More. JOURNAL")]
    alone = _draft(["Lee AB"], "Lee AB (2018). Alone. In: Book.")
    alone.owner = "Lee AB"
    vancouver_alone([*lists, alone])
    assert alone.authors == ["A. B. Lee"] and alone.owner == "A. B. Lee"
    # too few lists printed so: the name stays as printed ("Wei LI" may be a given name first)
    alone = _draft(["Lee AB"], "Lee AB (2018). Alone. In: Book.")
    vancouver_alone([*lists[:2], alone])
    assert alone.authors == ["Lee AB"]
    plain = [_draft(["Ann Lee", "Bo Chen"], "Ann Lee, Bo Chen (2021). A study.") for _ in range(3)]
    alone = _draft(["Lee AB"], "Lee AB (2018). Alone.")
    vancouver_alone([*plain, alone])
    assert alone.authors == ["Lee AB"]
