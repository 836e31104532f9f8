"""The CV PDF reader's rules of the sixteenth round (#16 item 2), found on round 15's former
held-out layouts, each on a small hand-made case: the owner's name found printed surname
first with initials ("Venturelli D.") is the same person as "D. Venturelli"; initials whose last stop went with a run's closing
punctuation ("Holloway M.T") are a name's; of several free bands across a page, the gutter is
one at whose end lines begin (a short second column's own text leaves a wider band free).
Names and titles here are made up."""

from __future__ import annotations

from extractors.base import Draft
from extractors.cv_pdf import CVPdfExtractor, misses_owner, owner_keys
from extractors.cv_pdf_render import _ends_on_name, decide_roles, name_like, render
from extractors.pdf_lines import _columns

from .test_cv_pdf_rules_round10 import _words
from .test_cv_pdf_rules_round15 import _entry


def _owner_entry(before: str, owner: str, after: str):
    return _entry([(before, 10.0, False, False), (owner, 10.0, True, False), (after, 10.0, False, False)])


def test_a_reading_with_the_bold_owner_surname_first_keeps_the_whole_name_list():
    # "Pruszczyk M.P., **Venturelli D.** & Gambassi A. (2025) Title": the reading cut at the bold
    # name ("& Gambassi A. (2025) Title" as the title) loses to the one whose names hold the owner
    entry = _owner_entry("Pruszczyk M.P.,", "Venturelli D.",
                         "& Gambassi A. (2025) Recoil of a small tracer in a quiet medium. J. Stat. Mech 2: 10–19.")
    roles = decide_roles([entry] * 4)
    md, plain = render(entry, roles)
    got = CVPdfExtractor._draft(0, entry, md, plain, "Venturelli D", roles.title_style)
    assert isinstance(got, Draft)
    assert got.title == "Recoil of a small tracer in a quiet medium"
    assert len(got.authors) == 3 and got.year == 2025


def test_the_owner_printed_surname_first_with_initials_is_the_same_person_given_first():
    text = "Venturelli D., Illien P. & Grabsch A. (2025) A study of d-dimensional things. Phys. Rev. Lett 42: 1–9."
    assert not misses_owner(["D. Venturelli", "P. Illien", "A. Grabsch"], text, "Venturelli D")
    assert misses_owner(["P. Illien", "A. Grabsch"], text, "Venturelli D")
    assert len(owner_keys("Holloway M.T")) == 2 and len(owner_keys("Maren T. Holloway")) == 1


def test_initials_whose_last_stop_was_stripped_are_a_names():
    assert name_like("Holloway M.T") and name_like("Lee A.B") and name_like("Lee A.-M")
    assert not name_like("A study of things")
    entries = [_owner_entry(f"Werner P{k}.,", "Holloway M.T.",
                            f"& Millis A.J. (2007) Spin and orbit transitions number {k} in Mott systems. Phys. Rev. 3: 1–9.")
               for k in "abcd"]
    roles = decide_roles(entries)
    assert roles.owner == "Holloway M.T"
    assert roles.title_style is None  # the owner's bold name is no title type


def test_the_gutter_is_the_band_at_whose_end_lines_begin():
    words = []
    for k in range(64):  # a long first column, from 40 to 300
        words += _words("words of a first column of text that run on to here", 60.0 + 10 * k, 40.0)
    right = (_words("sources and the rest of a title run over", 60.0, 330.0)
             + _words("arXiv:0704", 70.0, 330.0)
             + _words("Ann Lee and Bo Chen (1993). Another title here", 80.0, 318.0)
             + _words("invariants of small surfaces and more", 90.0, 330.0))
    groups = _columns(words + right, 612.0, [])
    ids = {id(w) for w in right}
    assert any({id(w) for w in g} == ids for g in groups), [len(g) for g in groups]


def test_a_line_of_names_then_a_title_is_no_author_line_before_a_venue_lead():
    # full lines (no room left at their ends), the title run on after the names and the year
    names = "Ann Lee, Bo Chen, Cy Dunn, Dee Roe and Ed M. Fox Jr"
    first = names + " (2007). Buckling of small bundles sets the"
    second = "wavelength of patterns formed by growing filaments of microtubules in cells with solutions"
    entry = _entry([(first, 10.0, False, False)], [(second, 10.0, False, False)],
                   [("in tubulin solutions.", 10.0, False, False), ("Phys. Rev. Lett", 10.0, False, True),
                    ("24(3), 62–86.", 10.0, False, False)])
    md, _ = render(entry, decide_roles([entry] * 3))
    assert "with solutions in tubulin solutions" in md, md
    assert _ends_on_name("Ann Lee, Bo Chen, and Ming-Hsuan Yang,")
    assert not _ends_on_name(first + " " + second)
