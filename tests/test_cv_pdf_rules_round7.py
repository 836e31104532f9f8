"""The CV PDF reader's rules of the seventh round (#16 item 2, #21 item 3), each on a small
hand-made case: co-authors on a "with" line of their own, a year opening each entry, a
journal's name told by the volume after it, an entry with no names, a lower-case line that
goes on from the entry before, web addresses kept out of the fields, hyphens the document
prints, editors after a book's title, "&" between surnames, and the sub-sections of a
section that is not a publication list. Names and titles here are made up."""

from __future__ import annotations

from extractors.author_lists import split_author_list
from extractors.citations import venue_name
from extractors.cv_pdf import _leading_years, _lower_case_start, _without_urls
from extractors.cv_pdf_coauthors import read_title_venue, read_with_line, with_line, with_line_cv
from extractors.cv_pdf_layout import EntryLine, PdfEntry, SectionReader, classify_heading, hyphenated_words
from extractors.cv_pdf_render import _glue, _venue_run, tokens_of
from extractors.pdf_lines import Line, Word


def _words(text: str, top: float, x0: float = 56.0, size: float = 10.0, bold: bool = False,
           italic: bool = False) -> list[Word]:
    out, x = [], x0
    for t in text.split():
        out.append(Word(t, x, x + 0.5 * size * len(t), top, top + size, size, bold, italic, True))
        x += 0.5 * size * (len(t) + 1)
    return out


def _entry(*lines: list[Word], label: str | None = None) -> PdfEntry:
    return PdfEntry(None, label, "journal",
                    [EntryLine(Line(1, ws, 56.0, 556.0, 10.0), ws) for ws in lines])


def _typst(title: str, venue: str, coauthors: str | None, top: float = 100.0) -> PdfEntry:
    lines = [_words(title, top, bold=True), _words(venue, top + 13, italic=True)]
    if coauthors:
        lines.append(_words(coauthors, top + 26, size=9.0))
    return _entry(*lines, label="2021")


def test_a_with_line_gives_the_co_authors_and_the_owner_is_implied():
    e = _typst("Waves on a slow shore", "Journal of Coastal Things", "with Ann Lee and Bo Chen")
    assert with_line(e) == 2
    d = read_with_line(e, "bold", "Jo Owner")
    assert (d.title, d.authors, d.venue, d.year) == ("Waves on a slow shore", ["Ann Lee", "Bo Chen"],
                                                      "Journal of Coastal Things", 2021)
    alone = read_with_line(_typst("Tides we measured alone", "Coastal Letters", None), "bold", "Jo Owner")
    assert (alone.title, alone.authors, alone.venue) == ("Tides we measured alone", [], "Coastal Letters")


def test_a_with_line_must_hold_names_and_a_cv_needs_several():
    not_names = _typst("Waves on a slow shore", "Journal of Coastal Things", "with 12 figures and a table")
    assert with_line(not_names) is None
    one = [_typst("Waves on a slow shore", "Coastal Letters", "with Ann Lee")] + \
          [_typst(f"Tides number {k} here", "Coastal Letters", None) for k in range(5)]
    assert not with_line_cv(one)  # one entry of six: not the CV's way of printing co-authors
    assert with_line_cv(one[:1] + [_typst("Currents of the bay", "Coastal Letters", "with Bo Chen")] + one[1:3])


def test_a_year_opening_most_entries_is_their_label():
    entries = [_entry(_words(f"{2020 + k}: Activation of the shield number {k}, Nucl. Fusion 6{k} 1", 100 + 20 * k))
               for k in range(3)]
    out = _leading_years(entries)
    assert [e.label for e in out] == ["2020", "2021", "2022"]
    assert out[0].lines[0].words[0].text == "Activation"
    single = [entries[0], _entry(_words("Lee, A. Another title here. Venue, 2019.", 200))]
    single += [_entry(_words("Chen, B. A third title here. Venue, 2018.", 220))]
    assert [e.label for e in _leading_years(single)] == [None, None, None]  # one of three: a word of its text


def test_a_styled_run_before_a_volume_is_a_venue_and_a_nameless_entry_reads_as_title_and_venue():
    words = _words("Activation of tungsten boride shields,", 100) + _words("Nucl. Fusion", 100, 300, italic=True) \
        + _words("62 036009", 100, 380, bold=True)
    e = _entry(words, label="2022")
    tokens = tokens_of(e)
    assert _venue_run(tokens, 5, 7)
    d = read_title_venue(e, "italic", None)
    assert (d.title, d.authors, d.venue, d.year) == ("Activation of tungsten boride shields", [], "Nucl. Fusion",
                                                      2022)
    year_after = _entry(_words("A title that is long", 100) + _words("Set in italics", 100, 300, italic=True)
                        + _words("2021", 100, 400))
    assert not _venue_run(tokens_of(year_after), 5, 8)  # a year is no volume
    named = _entry(_words("Ann Lee and Bo Chen. Waves on a slow shore.", 100)
                   + _words("Coastal Letters", 100, 400, italic=True) + _words("3 1-9", 100, 480))
    assert read_title_venue(named, "italic", None) is None  # names open it: the other readings read it


def test_an_entry_opening_lower_case_goes_on_from_the_one_before():
    assert _lower_case_start(_entry(_words("superconducting core of a plant Nucl. Fusion 57", 100)))
    assert not _lower_case_start(_entry(_words("Superconducting cores. Nucl. Fusion 57", 100)))
    assert not _lower_case_start(PdfEntry("3", None, None, _entry(_words("van Dam, A. Title.", 100)).lines))


def test_web_addresses_and_dois_are_kept_out_of_the_fields():
    assert _without_urls("Title. *Venue*, 2021. https://doi.org/10.1051/0004- 6361/2025") == "Title. *Venue*, 2021."
    assert _without_urls("Title. Venue, 3(2), 2021. doi:10.1/abc  \nnext") == "Title. Venue, 3(2), 2021.  \nnext"


def test_a_line_end_hyphen_stays_where_the_document_prints_the_word_with_it():
    line = Line(1, _words("double center-embedding sentences", 100), 56.0, 556.0, 10.0)
    seen = frozenset(hyphenated_words(line))
    assert seen == {"center-embedding"}
    assert _glue("double center-", "embedding sentences", seen) == "double center-embedding sentences"
    assert _glue("the distri-", "bution of", seen) == "the distribution of"


def test_editors_after_a_books_title_are_not_its_name():
    assert venue_name("Proceedings of the 32nd Conference on Things, ed. Ann Lee, volume 2, 189-205") \
        == "Proceedings of the 32nd Conference on Things"
    assert venue_name("In Ann Lee and Bo Chen, eds., Handbook of Things, 1-20") == "Handbook of Things"


def test_surnames_joined_by_an_ampersand_are_two_people():
    assert split_author_list("Vuorre & Przybylski")[0] == ["Vuorre", "Przybylski"]
    assert split_author_list("Lee, A., & Chen, B.")[0] == ["A. Lee", "B. Chen"]
    assert split_author_list("Lee, Ann and Chen, Bo")[0] == ["Ann Lee", "Bo Chen"]


def test_posters_and_the_sub_sections_of_a_section_that_is_not_a_list_are_no_publications():
    assert classify_heading("Conference posters") == "skip"
    reader = SectionReader()
    reader._heading("Presentations", "major")
    reader._heading("Conference contributions", "minor")
    assert not reader.in_pubs
    reader._heading("Conference papers", "minor")
    assert not reader.in_pubs  # "Conference papers" under "Presentations": the talks' papers
    reader._heading("Publications", "major")
    reader._heading("Conference papers", "minor")
    assert reader.in_pubs


def test_a_reading_that_leaves_out_the_owners_printed_name_misread_the_names():
    from extractors.cv_pdf import misses_owner

    text = "Maren T. Holloway, Ann Lee: A title here. arXiv:0704.0018 (2007)"
    assert misses_owner(["T. Maren"], text, "Maren T. Holloway")
    assert not misses_owner(["Maren T. Holloway", "Ann Lee"], text, "Maren T. Holloway")
    assert not misses_owner(["Ann Lee"], "Ann Lee: A title here.", "Maren T. Holloway")  # not printed: implied


def test_a_cv_printed_names_colon_title_reads_every_entry_so():
    from extractors.cv_pdf import _names_colon_cv

    texts = ["Ann Lee, R Graham Reynolds: A first title on boas. Mitochondrial DNA Part B 29(12): 1-9 (2022)",
             "Bo Chen, Ann Lee: A second title on snakes. Herpetologica 3(2): 10-19 (2021)",
             "Cy Roe: A third title on lizards. arXiv:0704.0047 (2007)"]
    entries = [_entry(_words(t, 100 + 20 * k)) for k, t in enumerate(texts)]
    drafts = _names_colon_cv(entries, [(t, t) for t in texts], [None, None, None], "Ann Lee")
    assert [d.authors for d in drafts[:2]] == [["Ann Lee", "R Graham Reynolds"], ["Bo Chen", "Ann Lee"]]
    assert [d.title for d in drafts[:2]] == ["A first title on boas", "A second title on snakes"]
    assert drafts[2] is None  # one name alone, no initial, not the owner: the colon may be the title's own
    other = ["Ann Lee. A first title. Venue, 2021.", "Bo Chen. A second title. Venue, 2020.", texts[2]]
    assert _names_colon_cv(entries, [(t, t) for t in other], [1, 2, 3], "Ann Lee") == [1, 2, 3]  # one of three


def test_a_title_cut_inside_its_quotation_marks_is_cut_wrong():
    from extractors.cv_pdf import cut_inside_quotes

    text = "Lee, Ann. “Convergence of the dipole method. II. A technique.” J. Opt. A, vol. 3, 2007."
    assert cut_inside_quotes("Convergence of the dipole method", text)
    assert not cut_inside_quotes("Convergence of the dipole method. II. A technique", text)


def test_quotation_marks_and_stops_that_end_no_title():
    from extractors.citations import _title_and_tail

    assert _title_and_tail("‘A note on a footnote in Ruelle's book.’ arXiv:0704.0001")[0] \
        == "A note on a footnote in Ruelle's book"
    assert _title_and_tail("Locating sources: Part I. arXiv:0704.0047 (2007)") \
        == ("Locating sources: Part I", "arXiv:0704.0047 (2007)")
    assert _glue("pairs in e+e-", "annihilation") == "pairs in e+e-annihilation"  # a formula's sign
    assert _glue("(distri-", "bution)") == "(distribution)"


def test_the_owners_name_run_into_the_title_is_a_reject():
    from extractors import Draft, RecordError
    from extractors.cv_pdf import _names_in_title

    raw = "Maren T. Holloway, Kenji Hamaguchi, and the team. Diffuse emission from a nebula. arXiv:0704.0001"
    bad = Draft(ordinal=1, title="Holloway, Kenji Hamaguchi, and the team", authors=["T. Maren"], raw=raw)
    assert isinstance(_names_in_title(bad, "Maren T. Holloway"), RecordError)
    good = Draft(ordinal=1, title="Diffuse emission from a nebula", authors=["Maren T. Holloway", "Kenji Hamaguchi"],
                 raw=raw)
    assert _names_in_title(good, "Maren T. Holloway") is good
    about = Draft(ordinal=1, title="Holloway's theorem revisited", authors=["Ann Lee"],
                  raw="Ann Lee. Holloway's theorem")
    assert _names_in_title(about, "Maren T. Holloway") is about  # the owner not printed in full: no misreading


def test_a_line_breaks_a_field_by_the_room_it_leaves_before_the_edge_the_cvs_lines_wrap_at():
    from extractors.cv_pdf_render import _hard_break, wrap_gap

    # paragraphs wrapped at x=506 beside a tab column of dates (the column's edge is 556)
    def para(top: float) -> PdfEntry:
        return _entry([Word("Wrapped", 56, 506, top, top + 10, 10.0, False, False, True)],
                      [Word("Wrapped", 56, 500, top + 12, top + 22, 10.0, False, False, True)],
                      [Word("Last", 56, 200, top + 24, top + 34, 10.0, False, False, True)])
    entries = [para(100 + 40 * k) for k in range(8)]
    gap = wrap_gap(entries)
    assert 49 <= gap <= 56
    line = Line(1, [Word("Dynamics", 56, 496, 100, 110, 10.0, False, False, True)], 56.0, 556.0, 10.0)
    nxt = Word("Of", 56, 66, 112, 122, 10.0, False, False, True)
    assert _hard_break(line, "Dynamics", nxt, False)  # measured to the column's edge: 60 left blank
    assert not _hard_break(line, "Dynamics", nxt, False, "", gap)  # to where the CV's lines wrap
    short = Line(1, [Word("Title", 56, 300, 100, 110, 10.0, False, False, True)], 56.0, 556.0, 10.0)
    assert _hard_break(short, "Title", nxt, False, "", gap)  # a field that ends short still ends
    assert wrap_gap(entries[:2]) == 0.0  # too few wrapped lines to tell


def test_names_read_as_the_venue_and_the_venue_as_the_names_are_swapped_back():
    from extractors import Draft
    from extractors.cv_pdf import _names_in_title

    raw = "Reflective numerical semigroups Albanian J. Math Caleb M. Shor"
    swapped = Draft(ordinal=1, title="Reflective numerical semigroups", authors=["Albanian J. Math"],
                    venue="Caleb M. Shor", raw=raw)
    got = _names_in_title(swapped, "Caleb M. Shor")
    assert (got.authors, got.venue) == (["Caleb M. Shor"], "Albanian J. Math")
    right = Draft(ordinal=1, title="Reflective numerical semigroups", authors=["Caleb M. Shor"],
                  venue="Albanian J. Math", raw=raw)
    assert _names_in_title(right, "Caleb M. Shor") is right


def test_the_stop_before_a_titles_part_number_does_not_end_it():
    from extractors.cv_entries import sentence_break

    def first(t: str) -> str:
        return t[:sentence_break(t)]

    assert first("Cofibrations in Spaces. Part I. arXiv:0704.0001") == "Cofibrations in Spaces. Part I"
    assert first("Convergence of the method. II. A technique. J. Opt.") == "Convergence of the method. II. A technique"
    assert first("Ann Lee. Part of the story. Venue") == "Ann Lee"
    assert first("Lee, A. The title. Venue") == "Lee, A. The title"
