"""Plain-text CVs rendered from real metadata in layouts of our own (issues #16 item 3, #21):
the generated measurement of the plain-text CV readers (``extractors/cv_text.py``, and
``extractors/markdown_page.py``'s reading of plain lines, whichever the detection picks).

Plain text is what a data engineer gets from ``pdftotext``, from a CV pasted into an email,
from a ``.txt`` publication list or a ``README.txt``. The metadata is real and read at test
time from ``../shared/external`` (never copied into the repository):

- a researcher's own BibTeX entries (:func:`cv_layouts.bibtex_people`, the owner the name in
  most of a file's entries);
- the DBLP side of the DBLP-ACM benchmark (``er_benchmarks/nocode_er_bench/d4_dblp_acm/
  tableA.csv``: title, authors, venue, year), the owner one of its frequent authors, picked
  at random per document;
- arXiv ``.abs`` entries (:func:`cv_layouts.arxiv_entries`), the owner one of the sampled
  entries' real authors, picked at random and put into every author list; entries with no
  journal reference are preprints printed with their arXiv identifier.

Each layout prints one document from each source, with its own number of entries; some
entries are printed without a venue (the truth then names none). The layouts, each a style
people really use (the names are the style's; the truth is the names as printed, initials
read as "A. B. Lee"):

- ``pdftotext_layout_margin``: ``pdftotext -layout`` of a two-column CV: the year in a left
  margin column on an entry's first line only, the entry hard-wrapped in the right column
  with words hyphenated at line ends, page headers and "Page 2 of 4" footers with form
  feeds (a page break may fall inside an entry), CAPS section headings.
- ``pdftotext_raw_numbered``: ``pdftotext`` without ``-layout`` of a one-column CV: "12."
  numbering, lines broken flush at 66 columns with hyphenation, no blank lines between
  entries, a running header and a bare page number at each page break.
- ``ieee_bracket_caps``: "[12] A. B. Lee, C. Roe, and M. T. Holloway, "Title," in Venue,
  2021, pp. 1-9." under CAPS headings, entries apart by blank lines.
- ``apa_underlined``: APA 7, "Lee, A. B., Holloway, M. T., & Roe, C. (2021). Title. Venue,
  12(3), 1-9." with hanging indents, headings underlined with ``===`` and ``---``.
- ``vancouver_paren_etal``: "(3) Lee AB, Roe C, Holloway MT, et al. Title. Venue.
  2021;12(3):1-9." (more than six names cut to three and "et al.").
- ``chicago_author_date``: "Lee, Ann B., Cy Roe, and Maren T. Holloway. 2021. "Title."
  Venue 12 (3): 1-9." (the first author inverted, particles kept: "de Haro, Ann"), Title
  Case headings underlined with dashes, blank lines between entries.
- ``tab_year_columns``: a word processor's tab after the year: "2021<TAB>Ann Lee, Cy Roe and
  Maren T. Holloway. Title. Venue." (the year only in its column), no blank lines.
- ``econ_with_coauthors``: an economist's list with the owner implied: "Title (with Ann Lee
  and Cy Roe), Venue, 2021." or '"Title," with Ann Lee and Cy Roe, Venue, 2021.', single
  papers with no "with", working papers with an arXiv identifier.
- ``lncs_readme``: a README.txt: "Publications" over ``=====``, year headings over ``----``,
  "* Lee, A., Roe, C., Holloway, M.T.: Title. In: Venue, pp. 1-9 (2021)" (Springer LNCS).
- ``mla_numbered_etal``: "1. de Haro, Ann, et al. "Title." Venue, vol. 12, no. 3, 2021,
  pp. 1-9." (three or more authors as the first and "et al.").
- ``harvard_caps_owner``: "Lee, A.B., HOLLOWAY, M.T. and Roe, C. (2021) 'Title', Venue,
  12(3), pp. 1-9." (the owner in capitals), a dash before each entry.
- ``acm_email_wrapped``: an ACM reference list pasted into an e-mail: "- Ann Lee, Maren T.
  Holloway*, and Cy Roe. 2021. Title. In Venue. 1-9." hard-wrapped at 72 columns with no
  indentation, the owner marked with "*" (a legend line says so), blank lines between entries.

Round 2 (``ROUND2``, all held out), six more real styles: ``word_tab_years`` (a Word CV
saved as .txt, the year in a tab column only on the first entry of its year),
``faculty_activity_report`` (labelled lines, "Authors: Lee, Ann; Roe, Cy"),
``unicode_bullets_right_years`` ("•", "▪", "–" bullets, the year right-aligned with spaces),
``ams_physics_bold`` ("A. B. Lee and C. Roe, Title, Journal **12** (2003) 1–20"),
``section_labels_restart`` ("[J1]", "[C3]", numbering restarting per section, "Lee A.B."),
``pandoc_plain_latex`` (``pandoc -t plain`` of a LaTeX enumerate).

Round 3 (``ROUND3``, all held out, written before any reader ran on them):
``linkedin_profile_export`` (title alone on a line, "Publisher:", "Publication date: Mar 2021",
"Authors:" lines), ``dept_annual_report`` (APA entries grouped under two faculty members'
names), ``txt_star_underscore_owner`` ("* " bullets, the owner as "_A. B. Lee_", "(2021):"),
``bilingual_side_by_side`` (``pdftotext -layout`` of an English/German CV, headings in both
languages on one line), ``orcid_works_paste`` ("1) Title", venue line, "2021-03 |
journal-article", "Contributors: LEE Ann; ROE Cy"), ``hal_french_caps`` ("1) LEE Ann, ROE Cy
et HOLLOWAY Maren T. Title. Venue, 2021, 12 (3), pp.1-9.").

Round 4 (``ROUND4``, all held out, written before any reader ran on them):
``word_smart_quotes_nbsp`` (text copied out of Word: "1." and a tab, curly quotes, names tied
by non-breaking spaces), ``email_quoted_reply`` (the list quoted with "> " in an e-mail reply,
72 columns), ``ams_right_refnums`` (AMS "Lee, A. B., C. Roe, and M. T. Holloway, 2021:
Title." with the list's reference number "J12" in the right margin), ``latex_source`` (a CV's
.tex source: ``\\item``, ``\\textbf{owner}``, ``\\newblock``, ``\\emph{Title}``),
``rst_cv`` (reStructuredText: "#." items, ``**owner**``, ``*Title*``, arXiv links),
``psql_pipe_table`` (a table pasted from a database console, cells parted by " | ").

Round 5 (``ROUND5``, all held out, written before any reader ran on them):
``pdf_copy_ligatures`` (APA copied out of a PDF viewer: hard breaks at 76 columns, every line
flush left, hyphenation, "ﬁ"/"ﬂ" ligature characters, no blank lines, bare page numbers),
``org_mode_cv`` (Emacs org-mode: "#+TITLE:", "* "/"** " headings, "- " items, ``*owner*``,
``/Title/``, "--", org links), ``form_labels_de_es`` (a German or Spanish research-information
form: "Publikation 3 von 18", "Titel:", "Autor(inn)en: Lee, Ann; Roe, Cy", "Autores: Ann Lee y
Cy Roe", "keine Angabe"), ``nsf_biosketch_products`` (an NSF biosketch's "(c) Products": NLM
citations "Lee AB, Roe C. Title. Venue. 2021 Mar; 12(3):1-9."), ``tsv_spreadsheet_paste``
(spreadsheet cells pasted tab-separated: header row, "Lee A.B.; Roe C.", empty cells).

Round 6 (``ROUND6``, all held out, written before any reader ran on them):
``google_scholar_paste`` (a Scholar profile's table pasted: title, "AB Lee, C Roe, ..." and
"Venue 12 (3), 1-9, 2021" lines, cited-by and year after tabs), ``europass_cv_crlf`` (the classic
Europass template saved from Word as text: CRLF, a label column and a tab, '"Title" \u2013 A.B. Lee,
C. Roe \u2013 Venue \u2013 03/2021'), ``github_readme_badges`` (a GitHub profile README: badges,
years only in "<details><summary>", "- **Title**<br>" items), ``chicago_biblio_countdown``
(Chicago notes-bibliography, "Venue 12, no. 3 (2021): 1-9.", "[18]" counting down, hanging
indent at 80 columns), ``rendercv_yaml`` (RenderCV's YAML input: "- title:", "authors:" lists,
"date: 2021-03", "journal:").

Round 7 (``ROUND7``, all held out, written before any reader ran on them):
``pubmed_abstract_text`` (PubMed's "Abstract (text)" file: "1. Venue. 2021 Mar;12(3):1-9. doi:
...", the title, "Lee AB(1), Roe C(2).", "Author information:", "PMID:"), ``dblp_person_paste``
(a dblp person page pasted: year rows, "[j12]" keys alone, "Ann Lee 0002, Cy Roe:" over
"Title. Venue 12(3): 1-9 (2021)", "CoRR abs/ID"), ``asciidoc_cv`` ("= Name", ":email:", ". "
items, "*owner*", "_Title_" or '"`Title`"', " +" hard breaks), ``typst_cv`` (a Typst source:
"#import", "+ " items, "*owner*", "_Venue_", "--", "#link(...)[...]", escaped markup),
``acs_chem_semicolons`` (ACS: "Lee, A. B.; Roe, C.* Title. Venue 2021, 12 (3), 1-9.").

Round 8 (``ROUND8``, all held out, written before any reader ran on them):
``scopus_text_export`` (Scopus's plain-text export: "Lee A.B., Roe C.", the title, "(2021)
Venue, 12 (3), pp. 1-9. Cited 5 times.", "DOCUMENT TYPE:", "SOURCE: Scopus"),
``ieee_xplore_text_export`` (IEEE Xplore's plain-text citations: 'A. B. Lee and C. Roe, "Title,"
in Venue, vol. 12, no. 3, pp. 1-9, March 2021, doi: ...', "keywords: {...},", "URL:"),
``researchgate_paste`` (a ResearchGate research list pasted: "Article", the title, "Mar 2021 ·
Venue", "Ann Lee · Cy Roe · [...]", "Download"), ``pandoc_grid_table`` (``pandoc -t plain`` of
tables: "+---+" grid tables, each cell wrapped in its column).

Round 9 (``ROUND9``, all held out, written before any reader ran on them):
``lattes_abnt_pt`` (a Brazilian Lattes CV's text: Portuguese sections, "1." on its own line,
"LEE, A. B.; ROE, C. . Title. Venue, v. 12, p. 1-9, 2021.", "Citações:" lines),
``zotero_nature_copy`` (Zotero's "Copy Bibliography" in Nature style: "1.<tab>Lee, A. B., Roe,
C. & Holloway, M. T. Title. Venue 12, 1–9 (2021).", "et al." past five names, "Preprint at
https://..."), ``mathscinet_mr_list`` (a MathSciNet author list pasted: "MR4567890 Reviewed",
"Lee, Ann B.; Roe, Cy", the title, "Venue 12 (2021), no. 3, 1–9.", the buttons' words),
``word_txt_agps_hanging`` (a Word CV saved as .txt with line breaks: Harvard AGPS "Lee, AB,
Roe, C & Holloway, MT 2021, ‘Title’, Venue, vol. 12, no. 3, pp. 1–9.", continuation lines
opened by a tab, CRLF on some files).

Round 10 (``ROUND10``, all held out, written before any reader ran on them):
``nih_biosketch_contributions`` (an NIH biosketch pasted from Word: "A. Personal Statement" with
"1." citations, "C. Contributions to Science" as numbered prose paragraphs each followed by "a.",
"b." NLM citations "Lee AB, Roe C. Title. Venue. 2021 Mar;12(3):1-9. PMID: ..."),
``wos_plain_text_export`` (Web of Science's savedrecs.txt: "PT J", "AU Lee, AB" one name a line,
"AF", "TI", "SO" in capitals, "PY", "VL", "BP", "ER", "EF"), ``lynx_dump_homepage`` (a home page
dumped by ``lynx -dump``: "     * [12]Title." items, link numbers, three <br> lines or one wrapped
run, "References" at the end), ``pure_portal_paste`` (an Elsevier Pure portal's research output
pasted: the title alone, "Lee, A. B., Roe, C. & Holloway, M. T., 15 Mar 2021, In: Venue. 12, 3,
p. 1-9 9 p.", "Research output: Contribution to journal › Article › peer-review").

The split between tuned and held-out layouts is :func:`split` (the md5 of each name, the
lower half tuned), fixed before the readers were first run on any of them.
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
from pathlib import Path

from . import cv_layouts
from .cv_layouts import (
    SECTION_TITLES,
    apa_name,
    chicago_first,
    initials_first,
    made_up_numbers,
    split_name,
)

LAYOUTS = ("pdftotext_layout_margin", "pdftotext_raw_numbered", "ieee_bracket_caps", "apa_underlined",
           "vancouver_paren_etal", "chicago_author_date", "tab_year_columns", "econ_with_coauthors", "lncs_readme",
           "mla_numbered_etal", "harvard_caps_owner", "acm_email_wrapped")
SOURCES = ("bibtex", "dblp", "arxiv")
ENTRIES = (10, 22)  # entries per document, drawn at random in this range
NO_VENUE_SHARE = 0.08  # entries printed without a venue (a report, a thesis chapter, a talk paper)
DBLP_OWNER_PAPERS = 15  # a DBLP author with this many papers in the table at least may own a document


def split(layouts=LAYOUTS) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(tuned, held out): the layouts sorted by the hex md5 digest of their names, the lower
    half tuned. Decided before the readers were run on any layout."""
    ranked = sorted(layouts, key=lambda n: hashlib.md5(n.encode("utf-8")).hexdigest())
    half = len(ranked) // 2
    return tuple(sorted(ranked[:half])), tuple(sorted(ranked[half:]))


# --------------------------------------------------------------------------- metadata


def dblp_entries(external: Path) -> list[dict]:
    """The DBLP table of the DBLP-ACM benchmark as entries (no owner yet)."""
    path = external / "er_benchmarks" / "nocode_er_bench" / "d4_dblp_acm" / "tableA.csv"
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            authors = [a.strip() for a in row["authors"].split(",") if a.strip()]
            venue = row["venue"].strip()
            kind = "journal" if re.search(r"Record|J\.|Trans\.", venue) else "conference"
            year = int(row["year"]) if row["year"].strip().isdigit() else None
            if "?" in row["authors"] or "?" in row["title"].rstrip("?"):
                continue  # a character the table lost ("J?rg"): no name as printed
            e = cv_layouts._entry(row["title"], authors, year, venue, kind, "dblp")
            if e:
                out.append(e)
    return out


_SUFFIX = re.compile(r"\s(?:Jr\.?|Sr\.?|II|III|IV)$")


def _plain_names(e: dict) -> bool:
    """No name ending in a generational suffix ("Flanagan III"): the initials of the styles
    would take it for a surname ("E. E. F. III")."""
    return not any(_SUFFIX.search(a) for a in e["authors"])


def cases(external: Path) -> dict[str, list[tuple[str, str, list[dict]]]]:
    """{layout: [(source, owner, entries), ...]}, the same on every run; skips the test when
    ``external`` lacks the metadata."""
    import pytest

    if not (external / "arxiv" / "abs_files_arxiv_browse").is_dir() or not (external / "bibtex").is_dir():
        pytest.skip(f"real metadata not available under {external}")
    people = [(o, es) for o, es in cv_layouts.bibtex_people(external) if len(es) >= 10]
    arxiv = cv_layouts.arxiv_entries(external, limit=400)
    try:
        dblp = dblp_entries(external)
    except FileNotFoundError:
        dblp = []
    counts: dict[str, int] = {}
    for e in dblp:
        for a in e["authors"]:
            counts[a] = counts.get(a, 0) + 1
    dblp_owners = sorted(a for a, n in counts.items() if n >= DBLP_OWNER_PAPERS)
    bibtex_people = [(o, [e for e in es if _plain_names(e)]) for o, es in people]
    people = [(o, es) for o, es in bibtex_people if len(es) >= 10]
    arxiv = [e for e in arxiv if _plain_names(e)]
    dblp = [e for e in dblp if _plain_names(e)]
    out = {}
    for i, layout in enumerate(ALL_LAYOUTS):
        rng = random.Random(f"cv-text-layouts|{layout}")
        docs = []
        owner, mine = people[(i * 7 + 2) % len(people)]
        docs.append(("bibtex", owner, rng.sample(mine, min(len(mine), rng.randint(*ENTRIES)))))
        if dblp_owners:
            owner = rng.choice(dblp_owners)
            mine = [dict(e, owner=owner) for e in dblp if owner in e["authors"]]
            docs.append(("dblp", owner, rng.sample(mine, min(len(mine), rng.randint(*ENTRIES)))))
        sample = rng.sample(arxiv, rng.randint(*ENTRIES))
        owner = rng.choice(sorted({a for e in sample for a in e["authors"]}))
        docs.append(("arxiv", owner, [dict(e, owner=owner) if owner in e["authors"] else
                                      cv_layouts.with_owner([e], owner, rng)[0] for e in sample]))
        out[layout] = docs
    return out


# --------------------------------------------------------------------------- pieces


_join = cv_layouts._join  # "A, B, and C": the serial list the CV layouts print


def _vancouver(name: str) -> str:
    return cv_layouts.vancouver_name(name)


def _lncs(name: str) -> str:
    """"Ann B. Lee" -> "Lee, A.B." (LNCS: the initials run together)."""
    return cv_layouts.harvard_name(name)


def _mla_first(name: str) -> str:
    given, surname = split_name(name)
    return f"{surname}, {' '.join(given)}" if given else surname


_HYPHENABLE = re.compile(r"[a-z]{9,}")


def wrap(text: str, width: int, first: str = "", rest: str = "", rng: random.Random | None = None,
         hyphenate: float = 0.0) -> list[str]:
    """``text`` broken into lines of at most ``width`` characters, the first line opened by
    ``first`` and the others by ``rest``; a lower-case word of nine letters or more that does
    not fit is hyphenated at the line's end (with chance ``hyphenate``), as a typesetter does."""
    lines, row, empty = [], first, True
    for word in text.split():
        if empty or len(row) + 1 + len(word) <= width:
            row, empty = (f"{row}{word}" if empty else f"{row} {word}"), False
            continue
        core = word.strip(".,;:\"'()")
        if rng is not None and _HYPHENABLE.fullmatch(core) and rng.random() < hyphenate:
            room = width - len(row) - 2
            cut = min(room, len(core) - 3)
            if cut >= 3:
                head = word[: word.index(core) + cut]
                lines.append(f"{row} {head}-")
                row = rest + word[len(head):]
                continue
        lines.append(row)
        row = rest + word
    if not empty:
        lines.append(row)
    return lines


def paginate(lines: list[str], rng: random.Random, header: str, per_page: int, footer: str = "Page {k} of {n}",
             indent: int = 30) -> list[str]:
    """``lines`` cut into pages of about ``per_page`` lines as ``pdftotext`` prints them: each
    page after the first opens with a form feed and ``header``, each ends with its footer
    ("Page 2 of 4", or the bare page number), centred."""
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    out = []
    for k, page in enumerate(pages, start=1):
        if k > 1:
            out += [f"\f{header}", ""]
        out += page
        out += ["", " " * indent + footer.format(k=k, n=len(pages))]
    return out


def _venue_of(e: dict, rng: random.Random) -> str | None:
    """The venue printed for ``e`` (None: printed without one)."""
    if e["venue"] != "arXiv" and rng.random() < NO_VENUE_SHARE:
        return None
    return e["venue"]


def _end(text: str) -> str:
    """``text`` closed by a full stop, unless it ends with its own (an abbreviated venue, "VLDB
    J.", a question as a title)."""
    return text if text.endswith((".", "?", "!")) else f"{text}."


def _arxiv(e: dict) -> str:
    return f"arXiv:{e['arxiv_id']}" if e.get("arxiv_id") else "arXiv preprint"


def _head(owner: str, rng: random.Random, caps: bool = True) -> list[str]:
    name = owner.upper() if caps else owner
    email = re.sub(r"[^a-z]", "", split_name(owner)[1].lower()) or "cv"
    out = [name, "Curriculum Vitae" if rng.random() < 0.5 else "CURRICULUM VITAE",
           f"Department of Statistics, Northfield University   {email}@example.edu", ""]
    return out


def _education(caps: bool) -> list[str]:
    out = ["EDUCATION" if caps else "Education", ""]
    for years, what, extra in cv_layouts.EDUCATION:
        out.append(f"{years}   {what}")
        if extra:
            out.append(f"              {extra}")
    return out + [""]


def _talks(caps: bool) -> list[str]:
    out = ["INVITED TALKS" if caps else "Invited Talks", ""]
    out += [f"{year}   {what}" for year, what in cv_layouts.TALKS]
    return out + [""]


def _truth(e: dict, names: list[str], venue: str | None, year: int | None = None) -> dict:
    return {"title": e["title"], "authors": names, "year": year or e["year"],
            "venue": ("arXiv" if venue and venue.startswith("arXiv") else venue)}


def _sections(entries: list[dict]):
    return cv_layouts.sections(entries)


def _pages(e: dict) -> str:
    _, _, first, last = made_up_numbers(e)
    return f"{first}-{last}"


# --------------------------------------------------------------------------- layouts


def render_pdftotext_layout_margin(entries, owner, rng):
    body, truth = [], []
    width = 88
    for kind, mine in _sections(entries):
        body += [SECTION_TITLES[kind].upper(), ""]
        for e in mine:
            venue = _venue_of(e, rng)
            names = [initials_first(a) for a in e["authors"]]
            v = _arxiv(e) if venue == "arXiv" else venue
            text = f"{_join(names)}. {_end(e['title'])}" + (f" {_end(v)}" if v else "")
            lines = wrap(text, width, first=f"{e['year']}      ", rest=" " * 10, rng=rng, hyphenate=0.6)
            body += lines + [""]
            truth.append(_truth(e, names, venue))
    head = _head(owner, rng) + _education(True)
    text = paginate(head + body + _talks(True), rng, f"{owner}{' ' * 40}Curriculum Vitae", per_page=46)
    return "\n".join(text) + "\n", truth


def render_pdftotext_raw_numbered(entries, owner, rng):
    body, truth = [], []
    n = len(entries)
    for kind, mine in _sections(entries):
        body += [SECTION_TITLES[kind], ""] if rng.random() < 0.5 else [SECTION_TITLES[kind]]
        for e in mine:
            venue = _venue_of(e, rng)
            names = list(e["authors"])
            v = _arxiv(e) if venue == "arXiv" else venue
            text = f"{_join(names, ', and ')}. {_end(e['title'])} " + (f"{v}, {e['year']}." if v else f"{e['year']}.")
            body += wrap(text, 66, first=f"{n}. ", rest="", rng=rng, hyphenate=0.5)
            n -= 1
            truth.append(_truth(e, names, venue))
        body.append("")
    head = [owner, "Curriculum Vitae", ""] + _education(False)
    text = paginate(head + body + _talks(False), rng, f"{owner} - CV", per_page=52, footer="{k}", indent=33)
    return "\n".join(text) + "\n", truth


def render_ieee_bracket_caps(entries, owner, rng):
    lines, truth = _head(owner, rng) + ["PUBLICATIONS", ""], []
    n = len(entries)
    for kind, mine in _sections(entries):
        lines += [SECTION_TITLES[kind].upper(), ""]
        for e in mine:
            venue = _venue_of(e, rng)
            names = [initials_first(a) for a in e["authors"]]
            vol, issue, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f" {_arxiv(e)}, {e['year']}."
            elif venue is None:
                tail = f" {e['year']}."
            elif kind == "journal":
                tail = f" {venue}, vol. {vol}, no. {issue}, pp. {first}-{last}, {e['year']}."
            else:
                tail = f" in {venue}, {e['year']}, pp. {first}-{last}."
            lines += [f"[{n}] {_join(names)}, \"{e['title']},\"{tail}", ""]
            n -= 1
            truth.append(_truth(e, names, venue))
    return "\n".join(lines + _talks(True)) + "\n", truth


def _apa_reference(e, venue, kind, dash):
    """An APA 7 reference on one line: "Lee, A. B., Roe, C., & Holloway, M. T. (2021). Title.
    Venue, 12(3), 1-9." (a journal), "In Venue (pp. 1-9)." (anything else), the arXiv id for a
    preprint; page ranges joined by ``dash``."""
    shown = [apa_name(a) for a in e["authors"]]
    who = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + ", & " + shown[-1]
    vol, issue, first, last = made_up_numbers(e)
    if venue == "arXiv":
        tail = f" {_arxiv(e)}."
    elif venue is None:
        tail = ""
    elif kind == "journal":
        tail = f" {venue}, {vol}({issue}), {first}{dash}{last}."
    else:
        tail = f" In {venue} (pp. {first}{dash}{last})."
    return f"{who} ({e['year']}). {_end(e['title'])}{tail}"


def render_apa_underlined(entries, owner, rng):
    lines = [owner, "=" * len(owner), "", "Publications", "============", ""]
    truth = []
    for kind, mine in _sections(entries):
        lines += [SECTION_TITLES[kind], "-" * len(SECTION_TITLES[kind]), ""]
        for e in mine:
            venue = _venue_of(e, rng)
            lines += wrap(_apa_reference(e, venue, kind, "-"), 90, rest="    ") + [""]
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
    return "\n".join(lines) + "\n", truth


def render_vancouver_paren_etal(entries, owner, rng):
    lines, truth = _head(owner, rng, caps=False) + ["Publications", ""], []
    n = 1
    for kind, mine in _sections(entries):
        lines += [SECTION_TITLES[kind], ""]
        for e in mine:
            venue = _venue_of(e, rng)
            authors = e["authors"][:3] if len(e["authors"]) > 6 else e["authors"]
            who = ", ".join(_vancouver(a) for a in authors) + (", et al" if len(authors) < len(e["authors"]) else "")
            vol, issue, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f" {_arxiv(e)} [Preprint]. {e['year']}."
            elif venue is None:
                tail = f" {e['year']}."
            elif kind == "journal":
                tail = f" {_end(venue)} {e['year']};{vol}({issue}):{first}-{last}."
            else:
                tail = f" In: {venue}; {e['year']}. p. {first}-{last}."
            lines.append(f"({n}) {who}. {_end(e['title'])}{tail}")
            n += 1
            truth.append(_truth(e, [cv_layouts.vancouver_truth(a) for a in authors], venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


def render_chicago_author_date(entries, owner, rng):
    lines, truth = [owner, "", "Selected Publications", "---------------------", ""], []
    for kind, mine in _sections(entries):
        title = SECTION_TITLES[kind]
        lines += [title, "-" * len(title), ""]
        for e in mine:
            venue = _venue_of(e, rng)
            shown = [chicago_first(e["authors"][0])] + list(e["authors"][1:])
            vol, issue, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f" {_arxiv(e)}."
            elif venue is None:
                tail = ""
            elif kind == "journal":
                tail = f" {venue} {vol} ({issue}): {first}-{last}."
            else:
                tail = f" In {venue}, {first}-{last}."
            lines += [f"{_join(shown, ', and ', ', and ')}. {e['year']}. \u201c{_end(e['title'])}\u201d{tail}", ""]
            truth.append(_truth(e, list(e["authors"]), venue))
    return "\n".join(lines) + "\n", truth


def render_tab_year_columns(entries, owner, rng):
    lines, truth = _head(owner, rng) + _education(True) + ["PUBLICATIONS", ""], []
    for kind, mine in _sections(entries):
        lines += ["", SECTION_TITLES[kind]]
        for e in mine:
            venue = _venue_of(e, rng)
            v = _arxiv(e) if venue == "arXiv" else venue
            names = list(e["authors"])
            lines.append(f"{e['year']}\t{_join(names, ' and ')}. {_end(e['title'])}" + (f" {_end(v)}" if v else ""))
            truth.append(_truth(e, names, venue))
    return "\n".join(lines + [""] + _talks(True)) + "\n", truth


def render_econ_with_coauthors(entries, owner, rng):
    lines, truth = _head(owner, rng, caps=rng.random() < 0.5), []
    numbered = rng.random() < 0.5
    quoted = rng.random() < 0.5
    heads = {"journal": "PUBLISHED AND FORTHCOMING PAPERS", "conference": "CONFERENCE PROCEEDINGS",
             "preprint": "WORKING PAPERS", "other": "OTHER PUBLICATIONS"}
    for kind, mine in _sections(entries):
        lines += [heads[kind], ""]
        for k, e in enumerate(mine, start=1):
            venue = _venue_of(e, rng)
            v = _arxiv(e) if venue == "arXiv" else venue
            co = [a for a in e["authors"] if a != e["owner"]]
            where = f", {v}, {e['year']}." if v else f", {e['year']}."
            if quoted and co:
                line = f"\u201c{e['title']},\u201d with {_join(co, ', and ')}{where}"
            elif quoted:
                line = f"\u201c{e['title']},\u201d{where[1:]}"
            else:
                line = e["title"] + (f" (with {_join(co, ', and ')})" if co else "") + where
            lines += wrap(line, 100, first=f"{k}. " if numbered else "", rest="   " if numbered else "  ")
            truth.append(_truth(e, co, venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


def render_lncs_readme(entries, owner, rng):
    lines, truth = [f"{owner}: publications", "=" * (len(owner) + 14), ""], []
    for year in sorted({e["year"] for e in entries}, reverse=True):
        lines += [str(year), "----", ""]
        for e in [e for e in entries if e["year"] == year]:
            venue = _venue_of(e, rng)
            shown = ", ".join(_lncs(a) for a in e["authors"])
            if venue == "arXiv":
                tail = f" {_arxiv(e)} ({year})"
            elif venue is None:
                tail = f" ({year})"
            elif e["kind"] == "journal":
                vol, issue, first, last = made_up_numbers(e)
                tail = f" {venue} {vol}({issue}), {first}-{last} ({year})"
            else:
                tail = f" In: {venue}, pp. {_pages(e)} ({year})"
            lines += wrap(f"{shown}: {_end(e['title'])}{tail}", 79, first="* ", rest="  ")
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


def render_mla_numbered_etal(entries, owner, rng):
    lines, truth = [owner, "Curriculum Vitae", "", "Publications", ""], []
    n = 1
    for kind, mine in _sections(entries):
        lines += [SECTION_TITLES[kind], ""]
        for e in mine:
            venue = _venue_of(e, rng)
            authors, truncated = cv_layouts.et_al(list(e["authors"]))
            if truncated:
                who = f"{_mla_first(authors[0])}, et al."
            elif len(authors) == 2:
                who = f"{_mla_first(authors[0])}, and {authors[1]}."
            else:
                who = f"{_mla_first(authors[0])}."
            vol, issue, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f" {_arxiv(e)}, {e['year']}."
            elif venue is None:
                tail = f" {e['year']}."
            elif kind == "journal":
                tail = f" {venue}, vol. {vol}, no. {issue}, {e['year']}, pp. {first}-{last}."
            else:
                tail = f" {venue}, {e['year']}, pp. {first}-{last}."
            lines.append(f"{n}. {who} \u201c{_end(e['title'])}\u201d{tail}")
            n += 1
            truth.append(_truth(e, authors, venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


def render_harvard_caps_owner(entries, owner, rng):
    lines, truth = _head(owner, rng) + ["RESEARCH OUTPUTS", ""], []
    for kind, mine in _sections(entries):
        lines += [SECTION_TITLES[kind], ""]
        for e in mine:
            venue = _venue_of(e, rng)
            shown = [cv_layouts.harvard_name(a) for a in e["authors"]]
            shown = [s.upper() if a == e["owner"] else s for s, a in zip(shown, e["authors"])]
            who = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
            vol, issue, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f" {_arxiv(e)}."
            elif venue is None:
                tail = "."
            elif kind == "journal":
                tail = f", {venue}, {vol}({issue}), pp. {first}-{last}."
            else:
                tail = f", in {venue}, pp. {first}-{last}."
            lines.append(f"- {who} ({e['year']}) \u2018{e['title']}\u2019{tail}")
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


def render_acm_email_wrapped(entries, owner, rng):
    lines = ["Hi all,", "", "below is my current publication list, as requested.", "", "Best,",
             split_name(owner)[0][0] if split_name(owner)[0] else owner, "", "-- ", "", "PUBLICATIONS",
             "(* marks the author of this list)", ""]
    truth = []
    for kind, mine in _sections(entries):
        lines += [SECTION_TITLES[kind], ""]
        for e in mine:
            venue = _venue_of(e, rng)
            shown = [f"{a}*" if a == e["owner"] else a for a in e["authors"]]
            if venue == "arXiv":
                tail = f" {_arxiv(e)}."
            elif venue is None:
                tail = ""
            elif kind == "journal":
                vol, issue, first, last = made_up_numbers(e)
                tail = f" {venue} {vol}, {issue} ({e['year']}), {first}-{last}."
            else:
                tail = f" In {_end(venue)} {_pages(e)}."
            lines += wrap(f"- {_join(shown)}. {e['year']}. {_end(e['title'])}{tail}", 72) + [""]
            truth.append(_truth(e, list(e["authors"]), venue))
    return "\n".join(lines) + "\n", truth


# --------------------------------------------------------------------------- round 2 (held out)
# Written 2026-12-07 (wt-cvtext2) before any reader was run on them; all six are held out as
# ROUND2_HELD_OUT in tests/test_cv_text_layouts.py.


def render_word_tab_years(entries, owner, rng):
    """A Word CV saved as .txt: each paragraph one line, a tab, the year in its column only on
    the first entry of that year (the others open with two tabs), fields parted by commas."""
    lines, truth = [owner, "Curriculum Vitae", ""] + _education(False) + ["Publications", ""], []
    for kind, mine in _sections(entries):
        lines += [f"\t{SECTION_TITLES[kind]}", ""]
        last = None
        for e in mine:
            venue = _venue_of(e, rng)
            names = [initials_first(a) for a in e["authors"]]
            vol, issue, first, pages_last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f", {_arxiv(e)}."
            elif venue is None:
                tail = "."
            elif kind == "journal":
                tail = f", {venue}, {vol}({issue}), {first}\u2013{pages_last}."
            else:
                tail = f", {venue}, pp. {first}\u2013{pages_last}."
            col = str(e["year"]) if e["year"] != last else ""
            last = e["year"]
            lines.append(f"\t{col}\t{_join(names, ', ', ' and ')}, {e['title']}{tail}")
            truth.append(_truth(e, names, venue))
        lines.append("")
    return "\n".join(lines + _talks(False)) + "\n", truth


def render_faculty_activity_report(entries, owner, rng):
    """A university "Faculty Activity Report" export: one labelled line per field, records apart
    by blank lines, names "Surname, Given" parted by semicolons."""
    lines = ["FACULTY ACTIVITY REPORT", f"Faculty member: {owner}", "Unit: Department of Statistics",
             "Reporting period: all years", "", "SECTION 4. SCHOLARLY PUBLICATIONS", ""]
    truth = []
    types = {"journal": "Journal Article", "conference": "Conference Proceeding", "preprint": "Preprint",
             "other": "Other"}
    n = 1
    for kind, mine in _sections(entries):
        for e in mine:
            venue = _venue_of(e, rng)
            vol, issue, first, last = made_up_numbers(e)
            who = "; ".join(chicago_first(a) for a in e["authors"])
            lines += [f"Record {n}", f"Publication Type: {types[kind]}", f"Title: {e['title']}",
                      f"Authors: {who}"]
            if venue == "arXiv":
                lines.append(f"Journal/Proceedings: {_arxiv(e)}")
            elif venue is not None:
                lines.append(f"Journal/Proceedings: {venue}")
            lines.append(f"Year: {e['year']}")
            if venue not in (None, "arXiv"):
                lines.append(f"Volume: {vol}    Issue: {issue}    Pages: {first}-{last}")
            lines += [f"Status: {'Submitted' if venue == 'arXiv' else 'Published'}", ""]
            n += 1
            truth.append(_truth(e, list(e["authors"]), venue))
    return "\n".join(lines) + "\n", truth


def render_unicode_bullets_right_years(entries, owner, rng):
    """Unicode bullets (one per section: "•", "▪", "–") and the year right-aligned with spaces
    on an entry's first line; the entry wrapped at 78 columns under its text."""
    lines, truth = _head(owner, rng, caps=False) + ["Publications", ""], []
    bullets = ("\u2022", "\u25aa", "\u2013", "\u2022")
    for k, (kind, mine) in enumerate(_sections(entries)):
        lines += [SECTION_TITLES[kind], ""]
        mark = bullets[k % len(bullets)]
        for e in mine:
            venue = _venue_of(e, rng)
            names = list(e["authors"])
            v = _arxiv(e) if venue == "arXiv" else venue
            text = f"{_join(names, ', and ')}. {_end(e['title'])}" + (f" {_end(v)}" if v else "")
            rows = wrap(text, 78, first=f"{mark} ", rest="  ")
            rows[0] = rows[0].ljust(84) + str(e["year"])
            lines += rows
            truth.append(_truth(e, names, venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


def render_ams_physics_bold(entries, owner, rng):
    """AMS/physics: "A. B. Lee, C. Roe and M. T. Holloway, Title, Journal **12** (2003) 1–20."
    (the volume in Markdown's bold, as pasted from a rendered page), numbered."""
    lines, truth = [owner.upper(), "", "LIST OF PUBLICATIONS", ""], []
    n = 1
    for kind, mine in _sections(entries):
        for e in mine:
            venue = _venue_of(e, rng)
            names = [initials_first(a) for a in e["authors"]]
            vol, _, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f", {_arxiv(e)} ({e['year']})."
            elif venue is None:
                tail = f" ({e['year']})."
            else:
                tail = f", {venue} **{vol}** ({e['year']}) {first}\u2013{last}."
            lines.append(f"{n}. {_join(names, ' and ')}, {e['title']}{tail}")
            n += 1
            truth.append(_truth(e, names, venue))
    return "\n".join(lines + [""]) + "\n", truth


def render_section_labels_restart(entries, owner, rng):
    """Labels per section restarting at 1, "[J1]", "[C3]", "[P2]": "[J1] Lee A.B., Roe C.,
    Title, Venue, 12(3):1-9, 2021." (surname, then initials with stops)."""
    lines, truth = _head(owner, rng) + ["PUBLICATIONS", ""], []
    letters = cv_layouts.LABEL_LETTER
    for kind, mine in _sections(entries):
        lines += [f"{SECTION_TITLES[kind]} ({len(mine)})", ""]
        for k, e in enumerate(mine, start=1):
            venue = _venue_of(e, rng)
            shown = ", ".join(cv_layouts.surname_initials_dotted(a) for a in e["authors"])
            vol, issue, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f", {_arxiv(e)}, {e['year']}."
            elif venue is None:
                tail = f", {e['year']}."
            elif kind == "journal":
                tail = f", {venue}, {vol}({issue}):{first}-{last}, {e['year']}."
            else:
                tail = f", {venue}, pp. {first}-{last}, {e['year']}."
            lines += wrap(f"[{letters[kind]}{k}] {shown}, {e['title']}{tail}", 92, rest="     ")
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


def render_pandoc_plain_latex(entries, owner, rng):
    """A LaTeX CV printed by ``pandoc -t plain``: an enumerate as "1.  " with continuation lines
    indented four spaces, wrapped at 72 columns, the title in curly quotes (from ``` ``Title'' ```),
    emphasis dropped, page ranges with an en dash (from ``--``)."""
    lines, truth = [owner, "", "Curriculum Vitae", "", "Publications", "", ""], []
    for kind, mine in _sections(entries):
        lines += [SECTION_TITLES[kind], ""]
        for k, e in enumerate(mine, start=1):
            venue = _venue_of(e, rng)
            names = list(e["authors"])
            vol, issue, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f" {_arxiv(e)}, {e['year']}."
            elif venue is None:
                tail = f" {e['year']}."
            elif kind == "journal":
                tail = f" {venue}, {vol}({issue}):{first}\u2013{last}, {e['year']}."
            else:
                tail = f" In {venue}, pages {first}\u2013{last}, {e['year']}."
            label = f"{k}.".ljust(4)
            lines += wrap(f"{_join(names)}. \u201c{_end(e['title'])}\u201d{tail}", 72, first=label, rest="    ")
            lines.append("")
            truth.append(_truth(e, names, venue))
    return "\n".join(lines) + "\n", truth


ROUND2 = ("word_tab_years", "faculty_activity_report", "unicode_bullets_right_years", "ams_physics_bold",
          "section_labels_restart", "pandoc_plain_latex")
# --------------------------------------------------------------------------- round 3 (held out)
# Written 2026-12-07 (wt-cvtext3) before any reader was run on them; all six are held out as
# ROUND3_HELD_OUT in tests/test_cv_text_layouts.py.

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _caps_surname(name: str) -> str:
    """"Ann B. de Haro" -> "DE HARO Ann B." (French and ORCID-paste style: the surname in
    capitals first, the given names as written)."""
    given, surname = split_name(name)
    return " ".join([surname.upper()] + given)


def render_linkedin_profile_export(entries, owner, rng):
    """A LinkedIn profile saved as text (or a Europass CV exported to text): per publication the
    title alone on a line, then "Publisher" and "Publication date" lines ("Mar 2021"), the
    co-authors on an "Authors" line, records apart by blank lines; no numbering."""
    lines = [owner, "Research Statistician at Northfield University", "Northfield, Massachusetts",
             "", "Experience", "Northfield University", "2015 - Present", "", "Publications", ""]
    truth = []
    for e in entries:
        venue = _venue_of(e, rng)
        lines.append(e["title"])
        if venue == "arXiv":
            lines.append(f"Publisher: {_arxiv(e)}")
        elif venue is not None:
            lines.append(f"Publisher: {venue}")
        lines.append(f"Publication date: {rng.choice(_MONTHS)} {e['year']}")
        lines.append("Authors: " + ", ".join(e["authors"]))
        lines.append("")
        truth.append(_truth(e, list(e["authors"]), venue))
    lines += ["Skills", "Bayesian inference · Survey design · R", ""]
    return "\n".join(lines) + "\n", truth


def render_dept_annual_report(entries, owner, rng):
    """A department's annual report: publications grouped under each faculty member's name (the
    owner and one co-author who is faculty too), "Lee, A. B., Roe, C., & Holloway, M. T.
    (2021). Title. Venue, 12, 1-9." with no bullets, a blank line under each name."""
    co = sorted({a for e in entries for a in e["authors"] if a != e["owner"]})
    other = rng.choice(co) if co else None
    lines = ["DEPARTMENT OF STATISTICS", "Annual Report 2022-2023", "",
             "3. Research", "", "3.2 Faculty Publications", ""]
    truth = []
    groups = [(owner, [e for e in entries if other is None or other not in e["authors"]])]
    if other:
        groups.append((other, [e for e in entries if other in e["authors"]]))
    for who, mine in groups:
        if not mine:
            continue
        lines += [f"{who}, Professor" if who == owner else f"{who}, Associate Professor", ""]
        for e in mine:
            venue = _venue_of(e, rng)
            shown = [apa_name(a) for a in e["authors"]]
            names = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + ", & " + shown[-1]
            vol, _, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f" {_arxiv(e)}."
            elif venue is None:
                tail = ""
            else:
                tail = f" {venue}, {vol}, {first}-{last}."
            lines.append(f"{names} ({e['year']}). {_end(e['title'])}{tail}")
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


def render_txt_star_underscore_owner(entries, owner, rng):
    """A hand-kept publications.txt: "* " bullets, the owner's name between underscores
    ("_A. B. Lee_"), "A. B. Lee, C. Roe, M. T. Holloway (2021): Title. Venue 12:1-9.",
    continuation lines indented two spaces, wrapped at 80 columns, sections in Title Case
    followed by a colon."""
    lines, truth = [f"Publications of {owner}", f"(last updated {rng.choice(_MONTHS)} 2023)", ""], []
    for kind, mine in _sections(entries):
        lines += [f"{SECTION_TITLES[kind]}:", ""]
        for e in mine:
            venue = _venue_of(e, rng)
            names = [initials_first(a) for a in e["authors"]]
            shown = [f"_{n}_" if a == e["owner"] else n for n, a in zip(names, e["authors"])]
            vol, _, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f" {_arxiv(e)}."
            elif venue is None:
                tail = ""
            elif kind == "journal":
                tail = f" {venue} {vol}:{first}-{last}."
            else:
                tail = f" In: {venue}, {first}-{last}."
            lines += wrap(f"{', '.join(shown)} ({e['year']}): {_end(e['title'])}{tail}", 80, first="* ", rest="  ")
            truth.append(_truth(e, names, venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


_GERMAN_KIND = {"journal": "Zeitschriftenartikel", "conference": "Konferenzbeitr\u00e4ge", "preprint": "Preprints",
                "other": "Weitere"}


def render_bilingual_side_by_side(entries, owner, rng):
    """A bilingual CV (English left, German right) converted by ``pdftotext -layout``: each
    line holds the left column's line, spaces, then the right column's; the publication list
    is printed once, full width, under headings printed in both languages ("Journal Articles
    Zeitschriftenartikel"), "Lee, A. B., Roe, C. (2021): Title. Venue, 12, 1-9." with hanging
    continuation lines."""
    left = ["Education", "2008  PhD in Statistics, Northfield University", "2003  BSc in Mathematics"]
    right = ["Ausbildung", "2008  Promotion in Statistik, Northfield University",
             "2003  Bachelor in Mathematik"]
    lines = [owner.center(100).rstrip(), "Curriculum Vitae".ljust(52) + "Lebenslauf", ""]
    lines += [a.ljust(52) + b for a, b in zip(left, right)] + [""]
    lines += ["Publications".ljust(52) + "Publikationen", ""]
    truth = []
    for kind, mine in _sections(entries):
        lines += [SECTION_TITLES[kind].ljust(52) + _GERMAN_KIND[kind], ""]
        for e in mine:
            venue = _venue_of(e, rng)
            shown = ", ".join(cv_layouts.harvard_name(a) for a in e["authors"])
            vol, issue, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f" {_arxiv(e)}."
            elif venue is None:
                tail = ""
            elif kind == "journal":
                tail = f" {venue}, {vol}({issue}), {first}-{last}."
            else:
                tail = f" In: {venue}, S. {first}-{last}."
            lines += wrap(f"{shown} ({e['year']}): {_end(e['title'])}{tail}", 98, rest="      ")
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


def render_orcid_works_paste(entries, owner, rng):
    """An ORCID record's works list pasted as text: "1) Title" numbered with a parenthesis,
    the journal on the next line, "2021-03 | journal-article" (the date and the work type),
    "Contributors: LEE Ann; ROE Cy" (surnames in capitals first), "Source: ..." lines."""
    types = {"journal": "journal-article", "conference": "conference-paper", "preprint": "preprint",
             "other": "other"}
    lines = [f"ORCID iD  https://orcid.org/0000-0002-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
             owner, "", f"Works ({len(entries)})", ""]
    truth = []
    for k, (e, kind) in enumerate(((e, kind) for kind, mine in _sections(entries) for e in mine), start=1):
        venue = _venue_of(e, rng)
        lines.append(f"{k}) {e['title']}")
        if venue == "arXiv":
            lines.append(f"   {_arxiv(e)}")
        elif venue is not None:
            lines.append(f"   {venue}")
        lines.append(f"   {e['year']}-{rng.randint(1, 12):02d} | {types[kind]}")
        lines.append("   Contributors: " + "; ".join(_caps_surname(a) for a in e["authors"]))
        lines.append(f"   Source: {owner}")
        lines.append("")
        truth.append(_truth(e, list(e["authors"]), venue))
    return "\n".join(lines) + "\n", truth


def render_hal_french_caps(entries, owner, rng):
    """A French CV's list as HAL prints it: "1) LEE Ann, ROE Cy et HOLLOWAY Maren T. Title.
    Venue, 2021, 12 (3), pp.1-9." (surnames in capitals first, "et" before the last name),
    sections "Articles dans des revues" etc., numbering restarting per section."""
    heads = {"journal": "Articles dans des revues \u00e0 comit\u00e9 de lecture",
             "conference": "Communications dans des congr\u00e8s", "preprint": "Pr\u00e9publications",
             "other": "Autres publications"}
    lines, truth = [owner.upper(), "Ma\u00eetre de conf\u00e9rences", "", "PUBLICATIONS", ""], []
    for kind, mine in _sections(entries):
        lines += [heads[kind], ""]
        for k, e in enumerate(mine, start=1):
            venue = _venue_of(e, rng)
            shown = [_caps_surname(a) for a in e["authors"]]
            who = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " et " + shown[-1]
            vol, issue, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f" {_arxiv(e)}, {e['year']}."
            elif venue is None:
                tail = f" {e['year']}."
            elif kind == "journal":
                tail = f" {venue}, {e['year']}, {vol} ({issue}), pp.{first}-{last}."
            else:
                tail = f" {venue}, {e['year']}, pp.{first}-{last}."
            lines += wrap(f"{k}) {_end(who)} {_end(e['title'])}{tail}", 90, rest="   ")
            truth.append(_truth(e, list(e["authors"]), venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


ROUND3 = ("linkedin_profile_export", "dept_annual_report", "txt_star_underscore_owner",
          "bilingual_side_by_side", "orcid_works_paste", "hal_french_caps")


# --------------------------------------------------------------------------- round 4 (held out)
# Written 2026-12-07 (wt-cvtext4) before any reader was run on them; all six are held out as
# ROUND4_HELD_OUT in tests/test_cv_text_layouts.py.

_NBSP = "\u00a0"


def _nbsp_name(name: str) -> str:
    """"Ann B. Lee" -> "A.<NBSP>B.<NBSP>Lee": initials tied to the surname by non-breaking
    spaces, as careful Word users type them so that a line never ends after an initial."""
    return initials_first(name).replace(" ", _NBSP)


def _word_autocorrect(text: str) -> str:
    """Word's AutoFormat as you type: straight apostrophes turned curly."""
    return text.replace("'", "\u2019")


def render_word_smart_quotes_nbsp(entries, owner, rng):
    """Text copied out of a Word CV: one paragraph a line, Word's automatic numbering copied as
    "1." and a tab, names "A. B. Lee" with non-breaking spaces, the title between curly quotes
    with its comma inside, apostrophes curly, page ranges with an en dash, "vol." and "no."."""
    lines = [owner, "Curriculum Vitae", "", "Northfield University \u2013 Department of Statistics", "",
             "Publications", ""]
    truth = []
    for kind, mine in _sections(entries):
        lines += [SECTION_TITLES[kind], ""]
        for k, e in enumerate(mine, start=1):
            venue = _venue_of(e, rng)
            vol, issue, first, last = made_up_numbers(e)
            who = _join([_nbsp_name(a) for a in e["authors"]])
            title = _word_autocorrect(e["title"])
            if venue == "arXiv":
                tail = f" {_arxiv(e)}, {e['year']}."
            elif venue is None:
                tail = f" {e['year']}."
            elif kind == "journal":
                tail = f" {_word_autocorrect(venue)}, vol.{_NBSP}{vol}, no.{_NBSP}{issue}, pp.{_NBSP}{first}\u2013{last}, {e['year']}."
            else:
                tail = f" in {_word_autocorrect(venue)}, {e['year']}, pp.{_NBSP}{first}\u2013{last}."
            lines.append(f"{k}.\t{who}, \u201c{title},\u201d{tail}")
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


def render_email_quoted_reply(entries, owner, rng):
    """A publication list quoted in an e-mail reply: every line of it opened by "> ", the
    entries numbered, wrapped at 72 columns with the quoting, continuation lines indented; the
    reply's own lines above, the quoted message's greeting and signature around the list."""
    user = re.sub(r"[^a-z]", "", split_name(owner)[1].lower()) or "cv"
    lines = ["Thanks, this is exactly what the panel needs. I will forward it today.", "", "Best,", "Dana", "",
             f"On Tue, 14 Mar 2023 at 09:12, {owner} <{user}@example.edu> wrote:", "> Hi Dana,", ">",
             "> here is my publication list for the review, newest first in each part.", ">"]
    truth = []
    for kind, mine in _sections(entries):
        lines += [f"> {SECTION_TITLES[kind].upper()}", ">"]
        for k, e in enumerate(mine, start=1):
            venue = _venue_of(e, rng)
            names = list(e["authors"])
            vol, _, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f" {_arxiv(e)}, {e['year']}."
            elif venue is None:
                tail = f" {e['year']}."
            elif kind == "journal":
                tail = f" {venue}, {vol}:{first}-{last}, {e['year']}."
            else:
                tail = f" {venue}, pp. {first}-{last}, {e['year']}."
            rows = wrap(f"{k}. {_join(names)}. {_end(e['title'])}{tail}", 70, rest="   ")
            lines += [f"> {r}" for r in rows]
            truth.append(_truth(e, names, venue))
        lines.append(">")
    lines += ["> Let me know if you need the talks as well.", ">", f"> {split_name(owner)[0][0] if split_name(owner)[0] else owner}"]
    return "\n".join(lines) + "\n", truth


def render_ams_right_refnums(entries, owner, rng):
    """American Meteorological Society style, as an atmospheric scientist's list prints it:
    "Lee, A. B., C. Roe, and M. T. Holloway, 2021: Title. Venue, 12, 1-9." (the first author
    inverted), the list's own reference number ("J12", "C3") set right in the margin of an
    entry's first line, continuation lines indented four spaces, wrapped at 66 columns."""
    lines = _head(owner, rng) + ["REFEREED AND OTHER PUBLICATIONS", ""]
    truth = []
    letters = cv_layouts.LABEL_LETTER
    for kind, mine in _sections(entries):
        lines += [SECTION_TITLES[kind], ""]
        n = len(mine)  # numbered up from the oldest: the newest first carries the highest
        for k, e in enumerate(mine):
            venue = _venue_of(e, rng)
            printed = [apa_name(e["authors"][0])] + [initials_first(a) for a in e["authors"][1:]]
            who = _join(printed, two=", and ")  # AMS: ", and" after the inverted first, even for two
            vol, _, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f" {_arxiv(e)}."
            elif venue is None:
                tail = ""
            else:
                tail = f" {venue}, {vol}, {first}-{last}."
            rows = wrap(f"{who}, {e['year']}: {_end(e['title'])}{tail}", 66, rest="    ")
            rows[0] = rows[0].ljust(72) + f"{letters[kind]}{n - k}".rjust(6)
            lines += rows + [""]
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
    return "\n".join(lines + _talks(True)) + "\n", truth


_TEX_SPECIAL = str.maketrans({"&": "\\&", "%": "\\%", "#": "\\#"})


def _tex(text: str) -> str:
    return text.translate(_TEX_SPECIAL)


def render_latex_source(entries, owner, rng):
    """The LaTeX source of a CV (a .tex file sent as it is): ``\\section*{Publications}``,
    an ``enumerate`` per kind, "\\item \\textbf{A.~B. Lee}, C.~Roe, and M.~T. Holloway.
    \\newblock \\emph{Title}. \\newblock Venue, 12(3):1--9, 2021." (the owner in bold, ties
    between initials, ``--`` page ranges, ``\\&`` escaped), comments and the preamble kept."""
    user = re.sub(r"[^a-z]", "", split_name(owner)[1].lower()) or "cv"
    lines = ["% CV, last compiled for the tenure file", "\\documentclass[11pt]{article}",
             "\\usepackage[margin=2.2cm]{geometry}", "\\usepackage{enumitem}", "\\begin{document}", "",
             "\\begin{center}", f"  {{\\LARGE\\bfseries {owner}}}\\\\[4pt]",
             f"  Department of Statistics, Northfield University \\quad \\texttt{{{user}@example.edu}}",
             "\\end{center}", "", "\\section*{Publications}", ""]
    truth = []
    for kind, mine in _sections(entries):
        lines += [f"\\subsection*{{{SECTION_TITLES[kind]}}}", "\\begin{enumerate}[leftmargin=*]"]
        for e in mine:
            venue = _venue_of(e, rng)
            printed = [initials_first(a).replace(". ", ".~") for a in e["authors"]]
            printed = [f"\\textbf{{{p}}}" if a == e["owner"] else p for p, a in zip(printed, e["authors"])]
            vol, issue, first, last = made_up_numbers(e)
            if venue == "arXiv":
                tail = f"\\newblock Preprint, {_arxiv(e)}, {e['year']}."
            elif venue is None:
                tail = f"\\newblock {e['year']}."
            elif kind == "journal":
                tail = f"\\newblock {_tex(venue)}, {vol}({issue}):{first}--{last}, {e['year']}."
            else:
                tail = f"\\newblock In \\emph{{{_tex(venue)}}}, pages {first}--{last}, {e['year']}."
            lines += [f"  \\item {_join(printed)}.", f"  \\newblock \\emph{{{_tex(_end(e['title']))}}}", f"  {tail}"]
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
        lines += ["\\end{enumerate}", ""]
    lines += ["\\end{document}"]
    return "\n".join(lines) + "\n", truth


def render_rst_cv(entries, owner, rng):
    """A CV kept in reStructuredText (a Sphinx site or a README.rst): the name over and under
    ``=``, a field list, sections underlined with ``=`` and ``-``, "#." auto-numbered items,
    "Ann Lee, **Cy Roe**, and Maren T. Holloway. *Title*. Venue, 2021." (the owner in strong
    emphasis), arXiv identifiers as links, continuation lines indented three spaces, 79 columns."""
    user = re.sub(r"[^a-z]", "", split_name(owner)[1].lower()) or "cv"
    bar = "=" * (len(owner) + 2)
    lines = [bar, f" {owner}", bar, "", f":Email: {user}@example.edu", ":Affiliation: Northfield University", "",
             "Publications", "============", ""]
    truth = []
    for kind, mine in _sections(entries):
        lines += [SECTION_TITLES[kind], "-" * len(SECTION_TITLES[kind]), ""]
        for e in mine:
            venue = _venue_of(e, rng)
            names = list(e["authors"])
            printed = [f"**{a}**" if a == e["owner"] else a for a in names]
            if venue == "arXiv":
                ident = e.get("arxiv_id")
                tail = (f" `arXiv:{ident} <https://arxiv.org/abs/{ident}>`_, {e['year']}." if ident
                        else f" arXiv preprint, {e['year']}.")
            elif venue is None:
                tail = f" {e['year']}."
            else:
                tail = f" {venue}, {e['year']}."
            lines += wrap(f"{_join(printed)}. *{_end(e['title'])}*{tail}", 79, first="#. ", rest="   ")
            lines.append("")
            truth.append(_truth(e, names, venue))
    return "\n".join(lines) + "\n", truth


def render_psql_pipe_table(entries, owner, rng):
    """A publication list pasted from a database console (``psql``'s aligned output): a header
    row, a rule of dashes and "+", one row per paper, cells padded and parted by " | ", the
    authors "Ann Lee, Cy Roe" in one cell, an empty cell for no venue, "(18 rows)" below."""
    rows, truth = [], []
    for kind, mine in _sections(entries):
        for e in mine:
            venue = _venue_of(e, rng)
            v = _arxiv(e) if venue == "arXiv" else (venue or "")
            rows.append((str(e["year"]), e["title"], ", ".join(e["authors"]), v, kind))
            truth.append(_truth(e, list(e["authors"]), venue))
    head = ("year", "title", "authors", "venue", "kind")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    centred = [h.center(w) for h, w in zip(head, widths)]
    lines = [f"Publications of {owner} (export of the group's paper database)", "",
             f"papers=> SELECT year, title, authors, venue, kind FROM papers WHERE owner = '{owner}'",
             "papers->   ORDER BY kind, year DESC;",
             (" " + " | ".join(centred)).rstrip(), "-" + "-+-".join("-" * w for w in widths) + "-"]
    for r in rows:
        lines.append((" " + " | ".join(c.ljust(w) for c, w in zip(r, widths))).rstrip())
    lines += [f"({len(rows)} rows)", ""]
    return "\n".join(lines) + "\n", truth


ROUND4 = ("word_smart_quotes_nbsp", "email_quoted_reply", "ams_right_refnums", "latex_source", "rst_cv",
          "psql_pipe_table")


# --------------------------------------------------------------------------- round 5 (held out)
# Written 2026-12-07 (wt-cvtext5) before any reader was run on them; all five are held out as
# ROUND5_HELD_OUT in tests/test_cv_text_layouts.py.

# The typographic ligatures a PDF's fonts set and a viewer's copy keeps as characters
# (U+FB00-FB04): "ffi" before "ff" and "fi" so that the longest is set.
_LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))


def _ligatured(text: str) -> str:
    for plain, lig in _LIGATURES:
        text = text.replace(plain, lig)
    return text


def render_pdf_copy_ligatures(entries, owner, rng):
    """A list copied out of a PDF viewer (select all, paste into a .txt): the PDF's lines kept
    as hard line breaks at 76 columns, every line flush left (the hanging indent lost), words
    hyphenated at line ends, no blank line between entries, the fonts' ligatures ("ﬁ", "ﬂ",
    "ﬀ") kept as characters; APA 7 entries "Lee, A. B., Roe, C., & Holloway, M. T. (2021).
    Title. Venue, 12(3), 1–9." under Title Case headings, a bare page number between pages."""
    lines = [owner, "Curriculum Vitae", "", "Publications"]
    truth = []
    for kind, mine in _sections(entries):
        lines.append(SECTION_TITLES[kind])
        for e in mine:
            venue = _venue_of(e, rng)
            lines += wrap(_apa_reference(e, venue, kind, "\u2013"), 76, rng=rng, hyphenate=0.6)
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
    out, page = [], 2
    for k, line in enumerate(lines, start=1):
        out.append(_ligatured(line))
        if k % 46 == 0:  # the viewer's copy keeps the page number the page printed at its foot
            out.append(str(page))
            page += 1
    return "\n".join(out) + "\n", truth


def _org(text: str) -> str:
    """An org-mode markup character that would open emphasis is left as it is (org needs it
    at a word's edge to mean anything); "--" stands for the en dash as org exports it."""
    return text.replace("\u2013", "--")


def render_org_mode_cv(entries, owner, rng):
    """A CV kept in Emacs org-mode and sent as the .org file: "#+TITLE:" and "#+AUTHOR:" lines,
    "* Publications" and "** Journal Articles" headings (stars), entries as "- " list items
    wrapped at 80 columns under two spaces, "Ann Lee, *Cy Roe* and Maren T. Holloway (2021).
    /Title/. Venue 12(3):1--9." (the owner in org's bold, the title in its italics), arXiv
    identifiers as org links "[[https://arxiv.org/abs/ID][arXiv:ID]]", a ":PROPERTIES:" drawer
    under the top heading."""
    user = re.sub(r"[^a-z]", "", split_name(owner)[1].lower()) or "cv"
    lines = ["#+TITLE: Curriculum Vitae", f"#+AUTHOR: {owner}", f"#+EMAIL: {user}@example.edu",
             "#+OPTIONS: toc:nil num:nil", "", "* Publications", "  :PROPERTIES:",
             "  :EXPORT_FILE_NAME: publications", "  :END:", ""]
    truth = []
    for kind, mine in _sections(entries):
        lines += [f"** {SECTION_TITLES[kind]}", ""]
        for e in mine:
            venue = _venue_of(e, rng)
            names = list(e["authors"])
            printed = [f"*{a}*" if a == e["owner"] else a for a in names]
            vol, issue, first, last = made_up_numbers(e)
            if venue == "arXiv":
                ident = e.get("arxiv_id")
                tail = (f" [[https://arxiv.org/abs/{ident}][arXiv:{ident}]]." if ident else " arXiv preprint.")
            elif venue is None:
                tail = ""
            elif kind == "journal":
                tail = f" {_org(venue)} {vol}({issue}):{first}--{last}."
            else:
                tail = f" In {_org(venue)}, pp. {first}--{last}."
            text = f"{_join(printed, ', ')} ({e['year']}). /{_end(_org(e['title']))}/{tail}"
            lines += wrap(text, 80, first="- ", rest="  ")
            truth.append(_truth(e, names, venue))
        lines.append("")
    lines += ["* Teaching", "  - Statistical Inference (graduate), every autumn", ""]
    return "\n".join(lines) + "\n", truth


# Labels of a university's publication web form, as its "print" page pastes them; the
# language is the institution's (German and Spanish forms), the field names ours.
_FORM_LABELS = {
    "de": {"record": "Publikation {k} von {n}", "type": "Publikationstyp", "title": "Titel",
           "authors": "Autor(inn)en", "venue": "Zeitschrift / Tagungsband", "year": "Erscheinungsjahr",
           "volume": "Band", "pages": "Seiten", "none": "keine Angabe",
           "kinds": {"journal": "Zeitschriftenartikel", "conference": "Konferenzbeitrag", "preprint": "Preprint",
                     "other": "Sonstiges"}, "head": ("Forschungsinformationssystem", "Publikationsliste")},
    "es": {"record": "Publicaci\u00f3n {k} de {n}", "type": "Tipo de publicaci\u00f3n", "title": "T\u00edtulo",
           "authors": "Autores", "venue": "Revista / Congreso", "year": "A\u00f1o",
           "volume": "Volumen", "pages": "P\u00e1ginas", "none": "sin datos",
           "kinds": {"journal": "Art\u00edculo de revista", "conference": "Comunicaci\u00f3n en congreso",
                     "preprint": "Preprint", "other": "Otro"}, "head": ("Portal de investigaci\u00f3n",
                                                                       "Producci\u00f3n cient\u00edfica")},
}


def render_form_labels_de_es(entries, owner, rng):
    """A publication list pasted from a university's research-information web form in German
    or Spanish: a record counter line ("Publikation 3 von 18", "Publicación 3 de 18"), then one
    "Label: value" line per field in the form's order (type, title, authors "Lee, Ann; Roe, Cy"
    in German, "Ann Lee, Cy Roe y Maren T. Holloway" in Spanish, venue, year, volume, pages),
    an empty field printed with the form's "keine Angabe" / "sin datos", records apart by a
    blank line; the labels padded to one column with spaces on some forms."""
    lang = rng.choice(("de", "es"))
    lab = _FORM_LABELS[lang]
    pad = rng.random() < 0.5
    width = max(len(lab[f]) for f in ("type", "title", "authors", "venue", "year", "volume", "pages")) + 2
    head, listing = lab["head"]
    lines = [f"{head} \u2013 {listing}", owner, ""]
    truth = []
    flat = [(kind, e) for kind, mine in _sections(entries) for e in mine]
    for k, (kind, e) in enumerate(flat, start=1):
        venue = _venue_of(e, rng)
        vol, _, first, last = made_up_numbers(e)
        if lang == "de":
            who = "; ".join(chicago_first(a) for a in e["authors"])
        else:
            who = _join(list(e["authors"]), last=" y ", two=" y ")
        fields = [("type", lab["kinds"][kind]), ("title", e["title"]), ("authors", who),
                  ("venue", _arxiv(e) if venue == "arXiv" else venue or lab["none"]), ("year", str(e["year"]))]
        if venue not in (None, "arXiv"):
            fields += [("volume", str(vol)), ("pages", f"{first}-{last}")]
        lines.append(lab["record"].format(k=k, n=len(flat)))
        for f, value in fields:
            label = f"{lab[f]}:"
            lines.append(f"{label.ljust(width)}{value}" if pad else f"{label} {value}")
        lines.append("")
        truth.append(_truth(e, list(e["authors"]), venue))
    return "\n".join(lines) + "\n", truth


def render_nsf_biosketch_products(entries, owner, rng):
    """An NSF biographical sketch as SciENcv exports it to text: "(a) Professional Preparation",
    "(b) Appointments", then "(c) Products" with "Products Most Closely Related to the Proposed
    Project" (five) and "Other Significant Products, Whether or Not Related to the Proposed
    Project" (the rest), numbered "1.", NLM citations "Lee AB, Roe C, Holloway MT. Title.
    Venue. 2021 Mar; 12(3):1-9. Available from: https://arxiv.org/abs/ID", each one line, a
    blank line between; "(d) Synergistic Activities" after."""
    lines = ["BIOGRAPHICAL SKETCH", "", "NAME: " + chicago_first(owner), "POSITION TITLE & INSTITUTION: Professor, Northfield University",
             "", "(a) Professional Preparation", "",
             "Northfield University\tStatistics\tPhD\t2008", "Southbridge College\tMathematics\tBS\t2003", "",
             "(b) Appointments", "", "2015 - present\tProfessor, Northfield University", "", "(c) Products", ""]
    truth = []
    flat = [e for _, mine in _sections(entries) for e in mine]
    for part, chunk in (("Products Most Closely Related to the Proposed Project", flat[:5]),
                        ("Other Significant Products, Whether or Not Related to the Proposed Project", flat[5:])):
        if not chunk:
            continue
        lines += [part, ""]
        for k, e in enumerate(chunk, start=1):
            venue = _venue_of(e, rng)
            vol, issue, first, last = made_up_numbers(e)
            who = ", ".join(_vancouver(a) for a in e["authors"])
            when = f"{e['year']} {rng.choice(_MONTHS)}" if rng.random() < 0.7 else str(e["year"])
            if venue == "arXiv":
                ident = e.get("arxiv_id")
                tail = f" arXiv. {when}." + (f" Available from: https://arxiv.org/abs/{ident}" if ident else "")
            elif venue is None:
                tail = f" {when}."
            else:
                tail = f" {_end(venue)} {when}; {vol}({issue}):{first}-{last}."
            lines += [f"{k}. {who}. {_end(e['title'])}{tail}", ""]
            truth.append(_truth(e, [cv_layouts.vancouver_truth(a) for a in e["authors"]], venue))
    lines += ["(d) Synergistic Activities", "", "1. Associate editor of a statistics journal, 2018 - present.",
              "2. Organiser of a summer school on survey methods, 2019 and 2021.", ""]
    return "\n".join(lines) + "\n", truth


def _tsv_cell(text: str) -> str:
    """A cell as a spreadsheet copies it: in double quotes, its own quotes doubled, when it
    holds a quote, a tab or a line break."""
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in '"\t\n') else text


def render_tsv_spreadsheet_paste(entries, owner, rng):
    """A publication list kept in a spreadsheet and pasted as text (tab-separated, as Excel and
    LibreOffice copy cells): a title cell and an empty row above, a header row "Year / Authors /
    Title / Journal or conference / Vol. / Pages / Link", one row per paper, the authors
    "Lee A.B.; Roe C." in one cell, empty cells left empty (trailing tabs kept), a cell with a
    quote in it quoted."""
    truth, rows = [], []
    for kind, mine in _sections(entries):
        for e in mine:
            venue = _venue_of(e, rng)
            vol, _, first, last = made_up_numbers(e)
            who = "; ".join(cv_layouts.surname_initials_dotted(a) for a in e["authors"])
            ident = e.get("arxiv_id")
            if venue == "arXiv":
                cells = ("arXiv", "", "", f"https://arxiv.org/abs/{ident}" if ident else "")
            elif venue is None:
                cells = ("", "", "", "")
            else:
                cells = (venue, str(vol), f"{first}-{last}", "")
            rows.append("\t".join(_tsv_cell(c) for c in (str(e["year"]), who, e["title"]) + cells))
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
    head = "Year\tAuthors\tTitle\tJournal or conference\tVol.\tPages\tLink"
    lines = [f"Publications {owner}\t\t\t\t\t\t", "\t\t\t\t\t\t", head] + rows
    return "\n".join(lines) + "\n", truth


ROUND5 = ("pdf_copy_ligatures", "org_mode_cv", "form_labels_de_es", "nsf_biosketch_products",
          "tsv_spreadsheet_paste")


# --------------------------------------------------------------------------- round 6 (held out)
# Written 2026-12-07 (wt-cvtext6) before any reader was run on them; all five are held out as
# ROUND6_HELD_OUT in tests/test_cv_text_layouts.py.

SCHOLAR_SHOWN_AUTHORS = 6  # Google Scholar's profile table shows the first names of a long list, then "..."


def render_google_scholar_paste(entries, owner, rng):
    """A Google Scholar profile page selected and pasted as text: the profile's head (name,
    affiliation, "Verified email at ..."), the table header "TITLE / CITED BY / YEAR" (tabs),
    then three lines per paper, newest first with no sections: the title, the authors as
    Scholar prints them ("AB Lee, C Roe, MT Holloway", a long list cut to its first names and
    "..."), and the venue line "Venue 12 (3), 1-9, 2021" ("arXiv preprint arXiv:ID, 2021"; the
    bare year when Scholar knows no venue) with the cited-by count (empty when none, "*" for a
    merged record) and the year after tabs."""
    user = re.sub(r"[^a-z]", "", split_name(owner)[1].lower()) or "cv"
    lines = [owner, "Professor of Statistics, Northfield University",
             "Verified email at example.edu - Homepage", "Bayesian Statistics\tSurvey Methods\tCausal Inference",
             "", "Follow", "", "TITLE\tCITED BY\tYEAR"]
    truth = []
    flat = sorted((e for _, mine in _sections(entries) for e in mine), key=lambda e: -e["year"])
    for e in flat:
        venue = _venue_of(e, rng)
        vol, issue, first, last = made_up_numbers(e)
        shown = list(e["authors"][:SCHOLAR_SHOWN_AUTHORS])
        more = len(e["authors"]) > SCHOLAR_SHOWN_AUTHORS
        who = ", ".join(cv_layouts.scholar_name(a) for a in shown) + (", ..." if more else "")
        if venue == "arXiv":
            where = (f"arXiv preprint arXiv:{e['arxiv_id']}, {e['year']}" if e.get("arxiv_id")
                     else f"arXiv preprint, {e['year']}")
        elif venue is None:
            where = str(e["year"])
        elif rng.random() < 0.6:
            where = f"{venue} {vol} ({issue}), {first}-{last}, {e['year']}"
        else:
            where = f"{venue}, {first}-{last}, {e['year']}"
        cited = rng.choice(("", "", str(rng.randint(1, 40)), str(rng.randint(40, 900)), f"{rng.randint(1, 90)} *"))
        lines += [e["title"], who, f"{where}\t{cited}\t{e['year']}"]
        truth.append(_truth(e, [cv_layouts.vancouver_truth(a) for a in shown], venue))
    lines += ["", "Show more", f"Articles 1\u2013{len(flat)}", "", f"https://scholar.google.com/citations?user={user}"]
    return "\n".join(lines) + "\n", truth


def render_europass_cv_crlf(entries, owner, rng):
    """A Europass CV (the classic two-column template) saved from Word as plain text on Windows:
    CRLF line ends, the template's left column of labels ("Personal information", "Dates",
    "Occupation or position held") and its right column parted by a tab; under "Additional
    information" the label "Publications" on the first row only, then one paragraph a paper,
    each opened by a tab and "\u25aa " (the right column), title first in curly quotes, the
    fields parted by " \u2013 ": '"Title" \u2013 A.B. Lee, C. Roe, M.T. Holloway \u2013 Venue
    12(3): 1\u20139 \u2013 03/2021' (Europass's month/year dates)."""
    _, surname = split_name(owner)
    email = re.sub(r"[^a-z]", "", surname.lower()) or "cv"
    lines = ["Europass", "Curriculum Vitae", "", "Personal information",
             f"First name(s) / Surname(s)\t{owner}", "Address\tDepartment of Statistics, Northfield University",
             f"E-mail\t{email}@example.edu", "Nationality\tIrish", "", "Work experience",
             "Dates\t09/2015 \u2013 present", "Occupation or position held\tProfessor of Statistics",
             "Name and address of employer\tNorthfield University", "", "Education and training",
             "Dates\t09/2003 \u2013 05/2008", "Title of qualification awarded\tPhD in Statistics", "",
             "Additional information", ""]
    truth = []
    first_row = True
    for kind, mine in _sections(entries):
        lines.append(("Publications" if first_row else "") + f"\t{SECTION_TITLES[kind]}")
        first_row = False
        for e in mine:
            venue = _venue_of(e, rng)
            vol, issue, first, last = made_up_numbers(e)
            who = ", ".join(initials_first(a).replace(". ", ".", max(0, len(split_name(a)[0]) - 1))
                            for a in e["authors"])
            parts = [f"\u201c{e['title']}\u201d", who]
            if venue == "arXiv":
                parts.append(_arxiv(e))
            elif venue is not None:
                parts.append(f"{venue} {vol}({issue}): {first}\u2013{last}" if kind == "journal" else venue)
            parts.append(f"{rng.randint(1, 12):02d}/{e['year']}" if rng.random() < 0.8 else str(e["year"]))
            lines.append("\t\u25aa " + " \u2013 ".join(parts))
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
        lines.append("")
    lines += ["Languages", "Mother tongue(s)\tEnglish", "Other language(s)\tGerman (B2), French (A2)", ""]
    return "\r\n".join(lines) + "\r\n", truth


def render_github_readme_badges(entries, owner, rng):
    """A GitHub profile README (README.md) that doubles as a CV: shields.io badges, emoji in the
    headings, "## \U0001f4dd Publications", the papers grouped by year in HTML "<details>" blocks
    (the newest open) whose "<summary><b>2021</b></summary>" is the only place the year is
    printed; each paper a "- " item of three lines joined by "<br>": the title in bold (a link
    to arXiv when it has one), the authors with the owner in bold, the venue in italics with
    "[[PDF]]"/"[[Code]]" links after it."""
    user = re.sub(r"[^a-z]", "", owner.lower()) or "cv"
    lines = [f"# Hi, I'm {owner} \U0001f44b", "",
             f"[![Google Scholar](https://img.shields.io/badge/Google%20Scholar-Profile-4285F4?logo=googlescholar)]"
             f"(https://scholar.google.com/citations?user={user}) "
             f"[![ORCID](https://img.shields.io/badge/ORCID-0000--0002--1825--0097-A6CE39?logo=orcid)]"
             f"(https://orcid.org/0000-0002-1825-0097) "
             f"[![Twitter](https://img.shields.io/twitter/follow/{user}?style=social)](https://twitter.com/{user})",
             "", "I work on Bayesian methods for survey data at Northfield University.", "",
             "## \U0001f4dd Publications", ""]
    truth = []
    by_year: dict[int, list[dict]] = {}
    for _, mine in _sections(entries):
        for e in mine:
            by_year.setdefault(e["year"], []).append(e)
    for n, year in enumerate(sorted(by_year, reverse=True)):
        lines += ["<details open>" if n == 0 else "<details>", f"<summary><b>{year}</b></summary>", ""]
        for e in by_year[year]:
            venue = _venue_of(e, rng)
            ident = e.get("arxiv_id")
            title = f"**[{e['title']}](https://arxiv.org/abs/{ident})**" if ident else f"**{e['title']}**"
            who = ", ".join(f"**{a}**" if a == e["owner"] else a for a in e["authors"])
            links = " [[PDF](https://arxiv.org/pdf/" + ident + ")]" if ident else ""
            if rng.random() < 0.4:
                links += f" [[Code](https://github.com/{user}/{re.sub(r'[^a-z]', '', e['title'].lower())[:12]})]"
            where = f"*{_arxiv(e)}*" if venue == "arXiv" else f"*{venue}*" if venue else ""
            third = (where + links).strip()
            lines.append(f"- {title}<br>")
            lines.append(f"  {who}" + ("<br>" if third else ""))
            if third:
                lines.append(f"  {third}")
            lines.append("")
            truth.append(_truth(e, list(e["authors"]), venue))
        lines += ["</details>", ""]
    lines += ["## \U0001f4eb Contact", "", f"Reach me at {user}@example.edu.", ""]
    return "\n".join(lines) + "\n", truth


def render_chicago_biblio_countdown(entries, owner, rng):
    """Chicago's notes-and-bibliography style (not author-date): 'Lee, Ann B., Cy Roe, and Maren
    T. Holloway. "Title." Venue 12, no. 3 (2021): 1-9.' (the year in brackets after the issue;
    'In Venue, 1-9. 2021.' for a paper in proceedings), numbered in brackets counting down (the
    newest paper the highest number, as CVs number to show the count), the numbers right-aligned
    and the entries hard-wrapped at 80 columns under a hanging indent, headings in Title Case
    with no underline."""
    lines, truth = [owner, "Curriculum Vitae", "", "Publications", ""], []
    flat = [(kind, e) for kind, mine in _sections(entries) for e in mine]
    width = len(f"[{len(flat)}]")
    k = len(flat)
    current = None
    for kind, e in flat:
        if kind != current:
            lines += [SECTION_TITLES[kind], ""]
            current = kind
        venue = _venue_of(e, rng)
        vol, issue, first, last = made_up_numbers(e)
        shown = [chicago_first(e["authors"][0])] + list(e["authors"][1:])
        who = _join(shown, ", and ", ", and ") if len(shown) > 1 else shown[0]
        if venue == "arXiv":
            tail = f" Preprint, {_arxiv(e)}, {e['year']}."
        elif venue is None:
            tail = f" {e['year']}."
        elif kind == "journal":
            tail = f" {venue} {vol}, no. {issue} ({e['year']}): {first}\u2013{last}."
        else:
            tail = f" In {venue}, {first}\u2013{last}. {e['year']}."
        text = f'{_end(who)} "{_end(e["title"])}"{tail}'
        lines += wrap(text, 80, first=f"[{k}]".rjust(width) + " ", rest=" " * (width + 1))
        k -= 1
        truth.append(_truth(e, list(e["authors"]), venue))
        if rng.random() < 0.3:
            lines.append("")
    lines += ["", "Teaching", "", "Statistical Inference (graduate), every autumn", ""]
    return "\n".join(lines) + "\n", truth


_YAML_PLAIN = re.compile(r"[A-Za-z0-9(][^:#\"']*")


def _yaml_str(text: str) -> str:
    """A string as a person writes it in YAML: plain when it can be, in double quotes (its own
    quotes and backslashes escaped) when a colon, a hash or a quote would break it."""
    if _YAML_PLAIN.fullmatch(text) and not text.endswith(" "):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_rendercv_yaml(entries, owner, rng):
    """The YAML input of RenderCV (a CV-from-YAML tool): "cv:" with "name:", "email:",
    "sections:", an "education:" list, then one section a kind of paper
    ("journal_articles:", "conference_papers:", "preprints:", snake case as the tool wants),
    each paper a "- title:" mapping with "authors:" as a list (the owner in "***...***", the
    tool's bold italics), "date:" ("2021-03" or "2021"), "journal:" (the venue, also for a
    proceedings), "url:" to arXiv when there is an identifier; titles quoted only when YAML
    needs it."""
    _, surname = split_name(owner)
    email = re.sub(r"[^a-z]", "", surname.lower()) or "cv"
    lines = ["cv:", f"  name: {_yaml_str(owner)}", "  location: Northfield, MA", f"  email: {email}@example.edu",
             "  sections:", "    education:", "      - institution: Northfield University", "        area: Statistics",
             "        degree: PhD", "        start_date: 2003-09", "        end_date: 2008-05"]
    truth = []
    for kind, mine in _sections(entries):
        key = SECTION_TITLES[kind].lower().replace(" ", "_")
        lines.append(f"    {key}:")
        for e in mine:
            venue = _venue_of(e, rng)
            lines.append(f"      - title: {_yaml_str(e['title'])}")
            lines.append("        authors:")
            for a in e["authors"]:
                lines.append(f"          - '***{a}***'" if a == e["owner"] else f"          - {_yaml_str(a)}")
            date = f"{e['year']}-{rng.randint(1, 12):02d}" if rng.random() < 0.6 else str(e["year"])
            lines.append(f"        date: {date}")
            if venue == "arXiv":
                lines.append("        journal: arXiv")
            elif venue is not None:
                lines.append(f"        journal: {_yaml_str(venue)}")
            if e.get("arxiv_id"):
                lines.append(f"        url: https://arxiv.org/abs/{e['arxiv_id']}")
            truth.append(_truth(e, list(e["authors"]), venue))
    lines += ["design:", "  theme: classic", ""]
    return "\n".join(lines) + "\n", truth


ROUND6 = ("google_scholar_paste", "europass_cv_crlf", "github_readme_badges", "chicago_biblio_countdown",
          "rendercv_yaml")


# --------------------------------------------------------------------------- round 7 (held out)
# Written 2026-12-07 (wt-cvtext7) before any reader was run on them; all five are held out as
# ROUND7_HELD_OUT in tests/test_cv_text_layouts.py.


def render_pubmed_abstract_text(entries, owner, rng):
    """PubMed's "Save > Abstract (text)" file of the owner's papers (abstracts left out: a record
    with no abstract prints none): per record a citation line opened by the record's number,
    "1. Venue. 2021 Mar;12(3):1-9. doi: 10.../... Epub 2021 Feb 3." (an arXiv preprint PubMed
    holds as "ArXiv [Preprint]. 2021 Mar 3:arXiv:ID."), the title alone on its paragraph, the
    names in NLM's form with affiliation numbers ("Lee AB(1), Roe C(2)."), "Author information:"
    with the numbered affiliations, the DOI and "PMID: N" lines; records apart by two blank
    lines, no headings. Every PubMed record has a journal, so no entry goes without one."""
    lines, truth = [], []
    places = ("Department of Statistics, Northfield University, Northfield, MA, USA.",
              "School of Public Health, Lakeside College, Lakeside, OR, USA.",
              "Institute of Data Science, Eastbrook University, Eastbrook, UK.")
    flat = sorted((e for _, mine in _sections(entries) for e in mine), key=lambda e: -e["year"])
    for k, e in enumerate(flat, start=1):
        vol, issue, first, last = made_up_numbers(e)
        month = _MONTHS[rng.randrange(12)]
        doi = f"10.{1000 + vol * 37}/{re.sub(r'[^a-z]', '', e['title'].lower())[:10]}.{e['year']}.{first}"
        if e["venue"] == "arXiv":
            head = f"{k}. ArXiv [Preprint]. {e['year']} {month} {rng.randint(1, 28)}:" + (
                f"arXiv:{e['arxiv_id']}v{rng.randint(1, 3)}." if e.get("arxiv_id") else "arXiv.")
            venue = "ArXiv"
        else:
            head = f"{k}. {_end(e['venue'])} {e['year']} {month};{vol}({issue}):{first}-{last}. doi: {doi}."
            if rng.random() < 0.4:
                head += f" Epub {e['year']} {_MONTHS[rng.randrange(12)]} {rng.randint(1, 28)}."
            venue = e["venue"]
        marks = [1 + rng.randrange(len(places)) for _ in e["authors"]]
        who = ", ".join(f"{cv_layouts.vancouver_name(a)}({m})" for a, m in zip(e["authors"], marks))
        lines += wrap(head, 80) + [""] + wrap(_end(e["title"]), 80) + [""] + wrap(_end(who), 80) + [""]
        lines.append("Author information: ")
        lines += [f"({m}){places[m - 1]}" for m in sorted(set(marks))]
        lines += ["", f"DOI: {doi}", f"PMID: {30000000 + (first * 7919 + vol) % 9000000}"
                  + ("  [Indexed for MEDLINE]" if rng.random() < 0.5 else ""), "", ""]
        truth.append(_truth(e, [cv_layouts.vancouver_truth(a) for a in e["authors"]], venue))
    return "\n".join(lines) + "\n", truth


DBLP_HOMONYM = re.compile(r"^\d{4}$")  # dblp's number that parts two people of one name ("Ann Lee 0002")


def render_dblp_person_paste(entries, owner, rng):
    """A dblp person page selected in a browser and pasted as text: the owner's name (with dblp's
    homonym number, "Ann Lee 0002", on half the documents), "Refine list", "showing all N
    records", the year rows ("2021") alone on a line, then per paper the record's key ("[j12]",
    "[c7]", "[i3]" for an informal CoRR paper, counting down) on its own line (the page's icon
    column pastes as nothing) and dblp's citation: "Ann Lee, Cy Roe, Maren T. Holloway:" then
    the title and "Venue 12(3): 1-9 (2021)" / "Venue 2021: 1-9" / "CoRR abs/ID (2021)" on the
    next line. The owner's name in the lists carries the homonym number too (the truth is the
    name without it: the number is dblp's, no part of the name). dblp prints a venue for every
    record."""
    homonym = f" {rng.randint(1, 12):04d}" if rng.random() < 0.5 else ""
    flat = sorted((e for _, mine in _sections(entries) for e in mine), key=lambda e: -e["year"])
    lines = [f"{owner}{homonym}", "", "Northfield University, Department of Statistics, MA, USA", "",
             "Refine list", "", f"showing all {len(flat)} records", "", f"{flat[0]['year'] if flat else 2020} \u2013 today",
             "see FAQ", "What is the meaning of the colors in the publication lists?", ""]
    truth = []
    counts = {"j": 0, "c": 0, "i": 0}
    letter = {"journal": "j", "conference": "c", "preprint": "i", "other": "c"}
    keys = []
    for e in flat:
        key = "i" if e["venue"] == "arXiv" else letter[e["kind"]]
        counts[key] += 1
        keys.append(key)
    year = None
    for e, key in zip(flat, keys):
        if e["year"] != year:
            lines += [str(e["year"]), ""]
            year = e["year"]
        vol, issue, first, last = made_up_numbers(e)
        who = ", ".join(f"{a}{homonym}" if a == e["owner"] else a for a in e["authors"])
        if key == "i":
            where = f"CoRR abs/{e['arxiv_id']} ({e['year']})" if e.get("arxiv_id") else f"CoRR ({e['year']})"
            venue = "CoRR"
        elif key == "j":
            where = f"{e['venue']} {vol}({issue}): {first}-{last} ({e['year']})"
            venue = e["venue"]
        else:
            where = f"{e['venue']} {e['year']}: {first}-{last}"
            venue = e["venue"]
        lines += [f"[{key}{counts[key]}]", f"{who}:", f"{_end(e['title'])} {where}", ""]
        counts[key] -= 1
        truth.append(_truth(e, list(e["authors"]), venue))
    lines += ["manage site settings", "", "dblp computer science bibliography", ""]
    return "\n".join(lines) + "\n", truth


def render_asciidoc_cv(entries, owner, rng):
    """An AsciiDoc CV source (.adoc, for Asciidoctor): "= Name" as the document title, attribute
    lines (":email:", ":toc:"), "== Publications" and "=== Journal Articles" headings, "'''"
    breaks, a "NOTE:" paragraph, each paper an ordered item ". " (or "* " in one document), the
    owner in "*...*", the title in italics "_Title_" or in AsciiDoc's curved quotes
    ('"`Title`"'), the venue and year after, an arXiv link "https://arxiv.org/abs/ID[arXiv:ID]";
    in half the items the names, title and venue on their own lines joined by AsciiDoc's hard
    break " +"."""
    _, surname = split_name(owner)
    email = re.sub(r"[^a-z]", "", surname.lower()) or "cv"
    mark = ". " if rng.random() < 0.7 else "* "
    lines = [f"= {owner}", f":email: {email}@example.edu", ":toc: left", ":sectnums!:", "",
             "Professor of Statistics, Northfield University.", "", "== Education", "",
             "* PhD in Statistics, Northfield University, 2008", "", "'''", "", "== Publications", "",
             "NOTE: Students I supervised are underlined in the PDF version.", ""]
    truth = []
    for kind, mine in _sections(entries):
        lines += [f"=== {SECTION_TITLES[kind]}", ""]
        for e in mine:
            venue = _venue_of(e, rng)
            vol, issue, first, last = made_up_numbers(e)
            who = _join([f"*{a}*" if a == e["owner"] else a for a in e["authors"]], ", and ", " and ")
            title = f"_{e['title']}_" if rng.random() < 0.5 else f'"`{e["title"]}`"'
            if venue == "arXiv":
                where = (f"https://arxiv.org/abs/{e['arxiv_id']}[arXiv:{e['arxiv_id']}], {e['year']}."
                         if e.get("arxiv_id") else f"arXiv preprint, {e['year']}.")
            elif venue is None:
                where = f"{e['year']}."
            elif kind == "journal":
                where = f"{venue} {vol}({issue}):{first}\u2013{last}, {e['year']}."
            else:
                where = f"In {venue}, pages {first}\u2013{last}, {e['year']}."
            if rng.random() < 0.5:
                lines += [f"{mark}{who} +", f"{title} +", where]
            else:
                lines.append(f"{mark}{who}. {title}. {where}")
            truth.append(_truth(e, list(e["authors"]), venue))
        lines.append("")
    lines += ["== Teaching", "", "* Statistical Inference (graduate)", ""]
    return "\n".join(lines) + "\n", truth


_TYPST_SPECIAL = re.compile(r"([#$*_@<\\`])")


def _typst(text: str) -> str:
    """Text as Typst markup needs it: its markup characters escaped with a backslash."""
    return _TYPST_SPECIAL.sub(r"\\\1", text)


def render_typst_cv(entries, owner, rng):
    """A CV's Typst source (.typ): an "#import" of a template package and a "#show:" rule with
    the author's fields, "= Publications" and "== Journal Articles" headings, each paper a "+ "
    numbered item: the owner in "*...*" (Typst's strong), the title in straight quotes (Typst
    curls them), the venue in "_..._", "--" for a page range, "#link(...)[arXiv:ID]" for a
    preprint, markup characters in titles escaped ("\\#", "\\$"); long items continued on an
    indented line, as an editor's soft wrap at 100 columns leaves them."""
    given, surname = split_name(owner)
    email = re.sub(r"[^a-z]", "", surname.lower()) or "cv"
    lines = ['#import "@preview/modern-cv:0.7.0": *', "",
             f'#show: resume.with(author: (firstname: "{" ".join(given)}", lastname: "{surname}",',
             f'  email: "{email}@example.edu", positions: ("Professor of Statistics",)))', "",
             "= Education", "", "#resume-entry(title: \"Northfield University\", date: \"2003 - 2008\")", "",
             "= Publications", ""]
    truth = []
    for kind, mine in _sections(entries):
        lines += [f"== {SECTION_TITLES[kind]}", ""]
        for e in mine:
            venue = _venue_of(e, rng)
            vol, issue, first, last = made_up_numbers(e)
            who = _join([f"*{_typst(a)}*" if a == e["owner"] else _typst(a) for a in e["authors"]], ", and ", " and ")
            if venue == "arXiv":
                where = (f'#link("https://arxiv.org/abs/{e["arxiv_id"]}")[arXiv:{e["arxiv_id"]}] ({e["year"]}).'
                         if e.get("arxiv_id") else f"arXiv preprint ({e['year']}).")
            elif venue is None:
                where = f"({e['year']})."
            elif kind == "journal":
                where = f"_{_typst(venue)}_ {vol}({issue}), {first}--{last} ({e['year']})."
            else:
                where = f"In _{_typst(venue)}_, pp. {first}--{last} ({e['year']})."
            text = f'{_end(who)} "{_typst(_end(e["title"]))}" {where}'
            lines += wrap(text, 100, first="+ ", rest="  ")
            truth.append(_truth(e, list(e["authors"]), venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


def render_acs_chem_semicolons(entries, owner, rng):
    """An ACS-style (American Chemical Society) publication list in a chemist's CV saved as text:
    names "Lee, A. B.; Roe, C.; Holloway, M. T." parted by semicolons with no "and", the owner
    marked "*" as the corresponding author on some papers, "Title. Venue 2021, 12 (3), 1-9."
    (the year straight after the venue, no brackets), "In Venue; 2021; pp 1-9." for proceedings,
    "arXiv 2021, arXiv:ID." for a preprint; numbered "12." counting up, a tab after the number,
    a legend line for the mark, headings "Peer-Reviewed Publications"."""
    lines = [owner, "Curriculum Vitae", "", "Peer-Reviewed Publications", "(* corresponding author)", ""]
    truth = []
    k = 0
    for kind, mine in _sections(entries):
        lines += [SECTION_TITLES[kind], ""]
        for e in mine:
            k += 1
            venue = _venue_of(e, rng)
            vol, issue, first, last = made_up_numbers(e)
            star = rng.random() < 0.4
            who = "; ".join(apa_name(a) + ("*" if star and a == e["owner"] else "") for a in e["authors"])
            if venue == "arXiv":
                tail = f" arXiv {e['year']}, {_arxiv(e)}." if e.get("arxiv_id") else f" arXiv {e['year']}."
            elif venue is None:
                tail = f" {e['year']}."
            elif kind == "journal":
                tail = f" {venue} {e['year']}, {vol} ({issue}), {first}\u2013{last}."
            else:
                tail = f" In {venue}; {e['year']}; pp {first}\u2013{last}."
            lines.append(f"{k}.\t{who} {_end(e['title'])}{tail}")
            truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
        lines.append("")
    return "\n".join(lines) + "\n", truth


ROUND7 = ("pubmed_abstract_text", "dblp_person_paste", "asciidoc_cv", "typst_cv", "acs_chem_semicolons")


# --------------------------------------------------------------------------- round 8 (held out)
# Written 2026-12-07 (wt-cvtext8) before any reader was run on them; all four are held out as
# ROUND8_HELD_OUT in tests/test_cv_text_layouts.py.

_EXPORT_DATE = "07 December 2026"  # the day the exports below say they were made (a fixed date: no clock)


def _scopus_initials(name: str) -> str:
    """"Ann-Marie B. Lee" -> "A.-M.B." (Scopus runs the initials together, stops kept)."""
    return "".join(cv_layouts._initial(p) for p in split_name(name)[0])


def _digits(e: dict, salt: str, n: int) -> str:
    """``n`` digits drawn from the entry's title (the same in every run): made-up identifiers."""
    h = int(hashlib.md5(f"{salt}|{e['title']}".encode("utf-8")).hexdigest(), 16)
    return str(h % 10 ** n).zfill(n)


def render_scopus_text_export(entries, owner, rng):
    """Scopus's "Export > Plain text" file (.txt) of the owner's documents, as a researcher
    saves it for a CV: the head "Scopus" / "EXPORT DATE: 07 December 2026", then per document
    the names as Scopus abbreviates them ("Lee A.B., Roe C., Holloway M.T."; since Scopus's
    2020 export also "Lee, A.B., Roe, C., Holloway, M.T.", one or the other per file), on some
    files an "AUTHOR FULL NAMES: Lee, Ann B. (57200000000); ..." line, the title alone, the
    source line "(2021) Venue, 12 (3), pp. 1-9. Cited 5 times." ("art. no. 123" for an article
    number, no volume for a proceedings), a blank line, the record's scopus.com link and
    "DOI:", optionally "AFFILIATIONS:", then "DOCUMENT TYPE: Article", "PUBLICATION STAGE:
    Final", "SOURCE: Scopus"; records apart by a blank line. Every Scopus record has a source,
    so every entry prints a venue; a preprint is indexed with "arXiv" as its source and its
    identifier as the article number."""
    comma = rng.random() < 0.5
    full = rng.random() < 0.5
    affiliations = rng.random() < 0.5
    flat = sorted((e for _, mine in _sections(entries) for e in mine), key=lambda e: -e["year"])
    lines = ["Scopus", f"EXPORT DATE: {_EXPORT_DATE}", ""]
    truth = []
    doc_type = {"journal": "Article", "conference": "Conference Paper", "preprint": "Article", "other": "Book Chapter"}
    for e in flat:
        vol, issue, first, last = made_up_numbers(e)
        sep = ", " if comma else " "
        lines.append(", ".join(f"{split_name(a)[1]}{sep}{_scopus_initials(a)}".strip() for a in e["authors"]))
        if full:
            lines.append("AUTHOR FULL NAMES: " + "; ".join(
                f"{split_name(a)[1]}, {' '.join(split_name(a)[0])} (572{_digits({'title': a}, 'auid', 8)})"
                for a in e["authors"]))
        lines.append(e["title"])
        if e["venue"] == "arXiv":
            source = f"({e['year']}) arXiv" + (f", art. no. {e['arxiv_id']}." if e.get("arxiv_id") else ".")
        elif e["kind"] == "journal":
            pages = f"art. no. {first}{last}" if rng.random() < 0.2 else f"pp. {first}-{last}"
            source = f"({e['year']}) {e['venue']}, {vol} ({issue}), {pages}."
        else:
            source = f"({e['year']}) {e['venue']}, pp. {first}-{last}."
        cited = rng.choice((0, 0, 1, rng.randint(2, 40), rng.randint(40, 600)))
        if cited:
            source += f" Cited {cited} time{'s' if cited > 1 else ''}."
        lines += [source, ""]
        doi = f"10.{1000 + vol * 37}/{re.sub(r'[^a-z]', '', e['title'].lower())[:8]}.{e['year']}.{first}"
        eid = f"2-s2.0-85{_digits(e, 'eid', 9)}"
        lines.append(f"https://www.scopus.com/inward/record.uri?eid={eid}&doi={doi.replace('/', '%2f')}"
                     f"&partnerID=40&md5={hashlib.md5(eid.encode()).hexdigest()}")
        lines.append(f"DOI: {doi}")
        if affiliations:
            lines.append("AFFILIATIONS: Department of Statistics, Northfield University, Northfield, MA, United States")
        lines += ["", f"DOCUMENT TYPE: {doc_type[e['kind']]}", "PUBLICATION STAGE: Final", "SOURCE: Scopus", ""]
        truth.append(_truth(e, [f"{_scopus_initials(a)} {split_name(a)[1]}".strip() for a in e["authors"]],
                            e["venue"]))
    return "\n".join(lines) + "\n", truth


_IEEE_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_IEEE_TERMS = ("Bayes methods", "Data models", "Estimation", "Databases", "Query processing", "Optimization",
               "Computational modeling", "Training", "Uncertainty", "Indexes", "Measurement", "Task analysis")


def render_ieee_xplore_text_export(entries, owner, rng):
    """A CV's publication list gathered from IEEE Xplore's "Export > Citations > Plain Text"
    (Citation Only), one export per paper pasted one after another: 'A. B. Lee, C. Roe and
    M. T. Holloway, "Title," in Venue, vol. 12, no. 3, pp. 1-9, March 2021, doi: 10....' for a
    journal, '"Title," 2021 Venue, Northfield, MA, USA, 2021, pp. 1-9, doi: ...' for a
    conference (Xplore's proceedings titles open with the year on half of them: the truth is
    the venue as printed), then "keywords: {Term;Term}," and "URL: https://ieeexplore...
    arnumber=N&isnumber=M" lines; no serial comma before "and". Papers Xplore does not hold
    (preprints, those with no venue) typed by hand in the same style with no keywords or URL.
    The owner's name and "Publications" over "-----" above on half the files; papers apart by
    a blank line, newest first."""
    lines = ([owner, "", "Publications (exported from IEEE Xplore)", "-" * 40, ""] if rng.random() < 0.5
             else [f"{owner} - publications", ""])
    truth = []
    flat = sorted((e for _, mine in _sections(entries) for e in mine), key=lambda e: -e["year"])
    for e in flat:
        venue = _venue_of(e, rng)
        vol, issue, first, last = made_up_numbers(e)
        who = _join([initials_first(a) for a in e["authors"]], " and ", " and ")
        doi = f"10.1109/{re.sub(r'[^A-Z]', '', (venue or 'X').upper())[:6] or 'X'}.{e['year']}.{_digits(e, 'doi', 7)}"
        extra = True
        if venue == "arXiv":
            text = f'{who}, "{e["title"]}," ' + (f"arXiv preprint arXiv:{e['arxiv_id']}, {e['year']}."
                                                   if e.get("arxiv_id") else f"arXiv preprint, {e['year']}.")
            extra = False
        elif venue is None:
            text = f'{who}, "{e["title"]}," {e["year"]}.'
            extra = False
        elif e["kind"] == "journal":
            month = _IEEE_MONTHS[int(_digits(e, "month", 2)) % 12]
            day = f"{1 + int(_digits(e, 'day', 2)) % 28} " if rng.random() < 0.4 else ""
            text = (f'{who}, "{e["title"]}," in {venue}, vol. {vol}, no. {issue}, pp. {first}-{last}, '
                    f"{day}{month} {e['year']}, doi: {doi}.")
        else:
            if rng.random() < 0.5:
                venue = f"{e['year']} {venue}"
            text = f'{who}, "{e["title"]}," {venue}, Northfield, MA, USA, {e["year"]}, pp. {first}-{last}, doi: {doi}.'
        lines.append(text)
        if extra:
            k = int(_digits(e, "kw", 3))
            terms = [_IEEE_TERMS[(k + j * 5) % len(_IEEE_TERMS)] for j in range(2 + k % 3)]
            arnumber = 9000000 + int(_digits(e, "ar", 6))
            lines += ["keywords: {" + ";".join(dict.fromkeys(terms)) + "},",
                      f"URL: https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber={arnumber}"
                      f"&isnumber={arnumber - 1 - k % 90}"]
        lines.append("")
        truth.append(_truth(e, [initials_first(a) for a in e["authors"]], venue))
    return "\n".join(lines) + "\n", truth


RG_SHOWN = 6  # ResearchGate's research list: past this many names it shows the first three, "[...]", the last two
_RG_KIND = {"journal": "Article", "conference": "Conference Paper", "preprint": "Preprint", "other": "Chapter"}


def render_researchgate_paste(entries, owner, rng):
    """A ResearchGate profile's "Research" tab selected in a browser and pasted as text: the
    profile's head (name, institution and department parted by " · ", "Research items (N)"),
    then per item the kind ("Article", "Conference Paper", "Preprint"), "Full-text available"
    on some, the title alone, the date and source line "Mar 2021 · Venue" (the date alone when
    no source is known), the names parted by " · " (past six names the first three, "[...]",
    the last two: the truth is the names shown), and the buttons' words ("Download", "Cite",
    "Share" / "Request full-text") on their lines, some items with "12 Reads" / "3 Citations";
    items apart by a blank line on some files, run together on others."""
    blank = rng.random() < 0.5
    flat = sorted((e for _, mine in _sections(entries) for e in mine), key=lambda e: -e["year"])
    lines = [owner, "Northfield University \u00b7 Department of Statistics", "PhD", "",
             f"Research items ({len(flat)})", "", "Overview", "Research", "Experience", "Stats", ""]
    truth = []
    for e in flat:
        venue = _venue_of(e, rng)
        shown = e["authors"] if len(e["authors"]) <= RG_SHOWN else e["authors"][:3] + e["authors"][-2:]
        names = list(shown) if len(e["authors"]) <= RG_SHOWN else list(shown[:3]) + ["[...]"] + list(shown[3:])
        full_text = rng.random() < 0.4
        kind = "Preprint" if venue == "arXiv" else _RG_KIND[e["kind"]]
        lines += [kind] + (["Full-text available"] if full_text else []) + [e["title"]]
        date = f"{_MONTHS[int(_digits(e, 'month', 2)) % 12]} {e['year']}"
        lines.append(f"{date} \u00b7 {venue}" if venue else date)
        lines.append(" \u00b7 ".join(names))
        if rng.random() < 0.5:
            lines.append(f"{rng.randint(2, 400)} Reads")
        lines += (["Download", "Cite"] if full_text else ["Request full-text", "Cite"]) + ["Share"]
        if blank:
            lines.append("")
        truth.append(_truth(e, list(shown), venue))
    lines += ["", "Show more", ""]
    return "\n".join(lines) + "\n", truth


def _grid(rows: list[list[str]], widths: list[int], head: list[str] | None) -> list[str]:
    """A pandoc grid table: each cell wrapped within its column, rows parted by "+---+" rules,
    the header's rule of "="."""
    def rule(ch: str) -> str:
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    def row(cells: list[str]) -> list[str]:
        parts = [wrap(c, w) if c else [""] for c, w in zip(cells, widths)]
        height = max(len(p) for p in parts)
        return ["|" + "|".join(f" {(p[i] if i < len(p) else ''):{w}} " for p, w in zip(parts, widths)) + "|"
                for i in range(height)]

    out = [rule("-")]
    if head:
        out += row(head) + [rule("=")]
    for cells in rows:
        out += row(cells) + [rule("-")]
    return out


def render_pandoc_grid_table(entries, owner, rng):
    """``pandoc -t plain`` (pandoc 3) of a CV whose publications sit in tables (a Word or HTML CV
    converted to text): each section's heading underlined ("=====" / "-----", pandoc's plain
    headings) over a grid table, every cell wrapped within its column. Two sub-styles, one per
    file: two columns "Year" | "Publication" ('Ann Lee, Cy Roe and Maren T. Holloway. Title.
    Venue 12(3):1-9.', the year only in its column), or four columns "Year" | "Title" |
    "Authors" | "Venue" (an empty venue cell when none); the owner's name and the "Education"
    section above."""
    four = rng.random() < 0.5
    lines = [owner, "=" * len(owner), "", "Professor of Statistics, Northfield University", "",
             "Education", "---------", ""]
    lines += _grid([["2008", "PhD in Statistics, Northfield University"],
                    ["2003", "BSc in Mathematics, Lakeside College"]], [6, 50], None) + [""]
    lines += ["Publications", "============", ""]
    truth = []
    for kind, mine in _sections(entries):
        title = SECTION_TITLES[kind]
        lines += [title, "-" * len(title), ""]
        rows = []
        for e in mine:
            venue = _venue_of(e, rng)
            vol, issue, first, last = made_up_numbers(e)
            if venue == "arXiv":
                where = _arxiv(e)
            elif venue is None:
                where = ""
            elif kind == "journal":
                where = f"{venue} {vol}({issue}):{first}-{last}"
            else:
                where = f"{venue}, pp. {first}-{last}"
            if four:
                rows.append([str(e["year"]), e["title"], _join(list(e["authors"]), " and "), where])
            else:
                text = f"{_join(list(e['authors']), ' and ')}. {_end(e['title'])}" + (f" {_end(where)}" if where else "")
                rows.append([str(e["year"]), text])
            truth.append(_truth(e, list(e["authors"]), venue))
        if four:
            lines += _grid(rows, [6, 34, 26, 22], ["Year", "Title", "Authors", "Venue"])
        else:
            lines += _grid(rows, [6, 70], ["Year", "Publication"])
        lines.append("")
    return "\n".join(lines) + "\n", truth


ROUND8 = ("scopus_text_export", "ieee_xplore_text_export", "researchgate_paste", "pandoc_grid_table")


# --------------------------------------------------------------------------- round 9 (held out)
# Written 2026-12-08 (wt-cvtext9) before any reader was run on them; all four are held out as
# ROUND9_HELD_OUT in tests/test_cv_text_layouts.py.

_LATTES_HEADS = {"journal": "Artigos completos publicados em peri\u00f3dicos",
                 "conference": "Trabalhos completos publicados em anais de congressos",
                 "preprint": "Outras produ\u00e7\u00f5es bibliogr\u00e1ficas",
                 "other": "Cap\u00edtulos de livros publicados"}


def _abnt_name(name: str) -> str:
    """"Ann-Marie B. de Haro" -> "DE HARO, A. M. B." (ABNT as Lattes prints a citation name:
    the surname in capitals, then the initials with stops, hyphens dropped)."""
    given, surname = split_name(name)
    initials = " ".join(q[0] + "." for p in given for q in p.split("-") if q)
    return f"{surname.upper()}, {initials}" if initials else surname.upper()


def render_lattes_abnt_pt(entries, owner, rng):
    """A Brazilian Lattes CV (CNPq's "Currículo Lattes") selected in a browser and pasted as
    text: the head ("Endereço para acessar este CV: http://lattes.cnpq.br/...", "Última
    atualização do currículo em 07/12/2026"), a "Resumo" paragraph, then "Produções" /
    "Produção bibliográfica" and a Portuguese heading per kind ("Artigos completos publicados
    em periódicos", ...), "Ordenar por" / "Ordem Cronológica", each entry's number "1." on its
    own line on some files (before the entry on others), names in ABNT ("LEE, A. B.; ROE, C. ;
    HOLLOWAY, M. T. ." Lattes's spaced " ;" after a registered co-author and " ." after the
    last name), "Título. Venue, v. 12, n. 3, p. 1-9, 2021." for an article, "In: Venue, 2021,
    Northfield. p. 1-9." for a proceedings paper, "Citações:" lines under some articles. The
    truth names read the initials first ("A. B. Lee")."""
    own_line = rng.random() < 0.5
    ident = _digits({"title": owner}, "lattes", 16)
    lines = [owner, f"Endere\u00e7o para acessar este CV: http://lattes.cnpq.br/{ident}",
             f"ID Lattes: {ident}", "\u00daltima atualiza\u00e7\u00e3o do curr\u00edculo em 07/12/2026", "",
             "Resumo", "Possui gradua\u00e7\u00e3o em Matem\u00e1tica (2003) e doutorado em Estat\u00edstica (2008). "
             "Atualmente \u00e9 professor da Universidade de Northfield.", "",
             "Forma\u00e7\u00e3o acad\u00eamica/titula\u00e7\u00e3o", "2004 - 2008", "Doutorado em Estat\u00edstica.",
             "Universidade de Northfield.", "", "Produ\u00e7\u00f5es", "", "Produ\u00e7\u00e3o bibliogr\u00e1fica", ""]
    truth = []
    for kind, mine in _sections(entries):
        lines += [_LATTES_HEADS[kind], "", "Ordenar por", "", "Ordem Cronol\u00f3gica", ""]
        for k, e in enumerate(mine, start=1):
            venue = _venue_of(e, rng)
            vol, issue, first, last = made_up_numbers(e)
            names = [_abnt_name(a) for a in e["authors"]]
            who = "".join(n + ("" if i == len(names) - 1 else (" ; " if rng.random() < 0.3 else "; "))
                          for i, n in enumerate(names)) + " ."
            title = e["title"].rstrip(".")
            if venue == "arXiv":
                tail = f"{_arxiv(e)}, {e['year']}."
            elif venue is None:
                tail = f"{e['year']}."
            elif kind == "journal":
                tail = f"{venue}, v. {vol}, n. {issue}, p. {first}-{last}, {e['year']}."
            elif kind == "conference":
                tail = f"In: {venue}, {e['year']}, Northfield. p. {first}-{last}."
            else:
                tail = f"In: {venue}. 1ed. Northfield: Editora Universit\u00e1ria, {e['year']}, p. {first}-{last}."
            text = f"{who} {title}. {tail}"
            lines += [f"{k}.", text] if own_line else [f"{k}. {text}"]
            if kind == "journal" and venue and rng.random() < 0.3:
                lines.append(f"Cita\u00e7\u00f5es:WEB OF SCIENCE \u00ae  {rng.randint(1, 60)}")
            lines.append("")
            truth.append(_truth(e, [cv_layouts.vancouver_truth(a) for a in e["authors"]], venue))
    lines += ["Apresenta\u00e7\u00f5es de Trabalho", "", "1.", f"{_abnt_name(owner)} . Palestra convidada. 2019. "
              "(Apresenta\u00e7\u00e3o de Trabalho/Confer\u00eancia ou palestra).", ""]
    return "\n".join(lines) + "\n", truth


NATURE_SHOWN = 5  # Nature's style: past five names, the first and "et al."


def render_zotero_nature_copy(entries, owner, rng):
    """A CV's list made with Zotero's "Copy Bibliography" in the Nature style, pasted as plain
    text: "1.<tab>Lee, A. B., Roe, C. & Holloway, M. T. Title. Venue 12, 1–9 (2021)." (the
    volume's bold and the venue's italics lost), past five names only the first and "et al."
    (the truth: the names shown), "in Venue 1–9 (2021)." for a proceedings paper (Zotero's
    Nature style prints the lower-case "in"), "Preprint at https://doi.org/10.48550/arXiv.ID
    (2021)." for a preprint (the truth: venue arXiv), "Title. (2021)." with no venue. Under
    the owner's name and one heading per kind on some files, one list under "Publications"
    on others, the numbers running on."""
    per_kind = rng.random() < 0.5
    lines = [owner, "Department of Statistics, Northfield University", "", "Publications", ""]
    truth = []
    n = 1
    for kind, mine in _sections(entries):
        if per_kind:
            lines += [SECTION_TITLES[kind], ""]
        for e in mine:
            venue = _venue_of(e, rng)
            vol, issue, first, last = made_up_numbers(e)
            shown = list(e["authors"]) if len(e["authors"]) <= NATURE_SHOWN else list(e["authors"][:1])
            names = [apa_name(a) for a in shown]
            who = (names[0] + " et al." if len(e["authors"]) > NATURE_SHOWN
                   else _join(names, " & ", " & ") if len(names) < 3 else ", ".join(names[:-1]) + " & " + names[-1])
            title = _end(e["title"])
            if venue == "arXiv":
                where = (f" Preprint at https://doi.org/10.48550/arXiv.{e['arxiv_id']}" if e.get("arxiv_id")
                         else " Preprint at https://arxiv.org") + f" ({e['year']})."
            elif venue is None:
                where = f" ({e['year']})."
            elif kind == "journal":
                where = f" {venue} {vol}, {first}\u2013{last} ({e['year']})."
            else:
                where = f" in {venue} {first}\u2013{last} ({e['year']})."
            lines.append(f"{n}.\t{_end(who)} {title}{where}")
            truth.append(_truth(e, [initials_first(a) for a in shown], venue))
            n += 1
        lines.append("")
    return "\n".join(lines) + "\n", truth


def render_mathscinet_mr_list(entries, owner, rng):
    """A MathSciNet author profile's publication list selected and pasted as text, as a
    mathematician keeps it for a CV: the head ("MathSciNet", "Lee, Ann B.", "Earliest
    Indexed Publication: 2003", "Total Publications: 14"), then per item the "MR4567890" line
    with "Reviewed" / "Indexed" / "Pending", the names "Lee, Ann B.; Roe, Cy" (surname first,
    full given names, semicolons), the title with its stop, the source "Graph Lett. 12 (2021),
    no. 3, 1–9." (a proceedings paper "Venue, 1–9. Northfield Univ. Press, Northfield, MA,
    2021."), then the buttons' words ("Review PDF Clipboard Journal Article Make Link"),
    newest first. Preprints and items with no venue, which MathSciNet does not index, follow
    under "Preprints and other work" in the same form with no MR line ("arXiv:ID (2021)." or
    the year alone)."""
    surname_first = lambda a: (f"{split_name(a)[1]}, {' '.join(split_name(a)[0])}" if split_name(a)[0]
                               else split_name(a)[1])
    flat = sorted((e for _, mine in _sections(entries) for e in mine), key=lambda e: -e["year"])
    venues = {id(e): _venue_of(e, rng) for e in flat}
    indexed = [e for e in flat if venues[id(e)] not in (None, "arXiv")]
    rest = [e for e in flat if venues[id(e)] in (None, "arXiv")]
    lines = ["MathSciNet", "", surname_first(owner), "",
             f"Earliest Indexed Publication: {min((e['year'] for e in flat), default=2003)}",
             f"Total Publications: {len(indexed)}", f"Total Citations: {rng.randint(10, 400)}", "",
             "Publications", ""]
    truth = []
    kinds = {"journal": "Journal Article", "conference": "Proceedings Paper", "other": "Book Chapter",
             "preprint": "Journal Article"}
    for e in indexed:
        venue = venues[id(e)]
        vol, issue, first, last = made_up_numbers(e)
        status = rng.choice(("Reviewed", "Reviewed", "Indexed", "Pending"))
        lines.append(f"MR{4000000 + int(_digits(e, 'mr', 6))} {status}")
        lines.append("; ".join(surname_first(a) for a in e["authors"]))
        lines.append(_end(e["title"]))
        if e["kind"] == "journal":
            lines.append(f"{venue} {vol} ({e['year']}), no. {issue}, {first}\u2013{last}.")
        else:
            lines.append(f"{venue}, {first}\u2013{last}. Northfield Univ. Press, Northfield, MA, {e['year']}.")
        lines += [f"Review PDF Clipboard {kinds[e['kind']]} Make Link" if status == "Reviewed"
                  else f"PDF Clipboard {kinds[e['kind']]} Make Link", ""]
        truth.append(_truth(e, list(e["authors"]), venue))
    if rest:
        lines += ["Preprints and other work", ""]
        for e in rest:
            venue = venues[id(e)]
            where = f"{_arxiv(e)} ({e['year']})." if venue == "arXiv" else f"({e['year']})."
            lines += ["; ".join(surname_first(a) for a in e["authors"]), _end(e["title"]), where, ""]
            truth.append(_truth(e, list(e["authors"]), venue))
    return "\n".join(lines) + "\n", truth


def _agps_name(name: str) -> str:
    """"Ann-Marie B. Lee" -> "Lee, AMB" (Harvard AGPS, the Australian Government style: the
    initials run together, no stops)."""
    given, surname = split_name(name)
    initials = "".join(q[0] for p in given for q in p.split("-") if q)
    return f"{surname}, {initials}" if initials else surname


def render_word_txt_agps_hanging(entries, owner, rng):
    """A Word CV in Harvard AGPS style (Australian universities' reference style) saved as
    "Plain Text (.txt)" with "Insert line breaks" ticked: 'Lee, AB, Roe, C & Holloway, MT 2021,
    ‘Title’, Venue, vol. 12, no. 3, pp. 1–9.' (Word's smart quotes and en dashes), 'in Venue,
    Northfield, pp. 1–9.' for a proceedings paper, 'arXiv:ID.' for a preprint, each entry
    broken at about 80 columns with its hanging indent saved as a tab opening every continuation
    line; headings "Refereed journal articles" etc. numbered "2.1"; Windows line ends (CRLF) on
    some files (a coin per file). The truth names read the initials first ("A. B. Lee")."""
    heads = {"journal": "Refereed journal articles", "conference": "Refereed conference papers",
             "preprint": "Preprints and working papers", "other": "Book chapters and other outputs"}
    width = rng.choice((76, 80, 86))
    lines = [owner.upper(), "Curriculum Vitae", "", "1.\tEmployment", "",
             "2019\u2013present\tAssociate Professor, Northfield University", "", "2.\tPublications", ""]
    truth = []
    for s, (kind, mine) in enumerate(_sections(entries), start=1):
        lines += [f"2.{s}\t{heads[kind]}", ""]
        for e in mine:
            venue = _venue_of(e, rng)
            vol, issue, first, last = made_up_numbers(e)
            names = [_agps_name(a) for a in e["authors"]]
            who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " & " + names[-1]
            title = f"\u2018{e['title']}\u2019"
            if venue == "arXiv":
                tail = f", {_arxiv(e)}."
            elif venue is None:
                tail = "."
            elif kind == "journal":
                tail = f", {venue}, vol. {vol}, no. {issue}, pp. {first}\u2013{last}."
            else:
                tail = f", in {venue}, Northfield, pp. {first}\u2013{last}."
            lines += wrap(f"{who} {e['year']}, {title}{tail}", width, rest="\t")
            lines.append("")
            truth.append(_truth(e, [cv_layouts.vancouver_truth(a) for a in e["authors"]], venue))
    lines += ["3.\tGrants", "", "2020\tNorthfield Research Fund, $40,000", ""]
    eol = "\r\n" if rng.random() < 0.5 else "\n"
    return eol.join(lines) + eol, truth


ROUND9 = ("lattes_abnt_pt", "zotero_nature_copy", "mathscinet_mr_list", "word_txt_agps_hanging")


# --------------------------------------------------------------------------- round 10 (held out)
# Written 2026-12-08 (wt-cvtext10) before any reader was run on them; all four are held out as
# ROUND10_HELD_OUT in tests/test_cv_text_layouts.py.

_NIH_TOPICS = ("sparse estimation", "data integration", "query processing", "graph models", "inference at scale",
               "measurement error", "record linkage", "model selection")


def _nlm_source(e: dict, venue: str | None, rng: random.Random, month: bool) -> str:
    """The NLM source part after the title: "Venue. 2021 Mar;12(3):1-9." / "In: Venue; 2021.
    p. 1-9." / "arXiv [Preprint]. 2021. arXiv:ID." / "2021." (no venue)."""
    vol, issue, first, last = made_up_numbers(e)
    if venue == "arXiv":
        return f"arXiv [Preprint]. {e['year']}." + (f" arXiv:{e['arxiv_id']}." if e.get("arxiv_id") else "")
    if venue is None:
        return f"{e['year']}."
    if e["kind"] == "journal":
        when = f"{e['year']} {_MONTHS[int(_digits(e, 'month', 2)) % 12]}" if month else str(e["year"])
        return f"{_end(venue)} {when};{vol}({issue}):{first}-{last}."
    return f"In: {venue}; {e['year']}. p. {first}-{last}."


def render_nih_biosketch_contributions(entries, owner, rng):
    """An NIH biosketch (the 2021 format, OMB No. 0925-0001) written in Word and pasted as
    text: the form's head ("BIOGRAPHICAL SKETCH", "NAME: Lee, Ann B.", "eRA COMMONS USER NAME",
    "POSITION TITLE"), "A. Personal Statement" (a paragraph, then up to four citations "1.",
    "2." ...), "B. Positions, Scientific Appointments, and Honors" (year rows), "C. Contributions
    to Science": numbered paragraphs of prose about a line of work (some naming a year), each
    followed by its two to four citations lettered "a.", "b." (indented by a tab or spaces, a
    coin per file), NLM style "Lee AB, Roe C, Holloway MT. Title. Venue. 2021 Mar;12(3):1-9.
    PMID: 12345678; PMCID: PMC1234567." (PMID on some journal papers), "In: Venue; 2021. p.
    1-9." for a proceedings paper, "arXiv [Preprint]. 2021. arXiv:ID." for a preprint; then
    "Complete List of Published Work in My Bibliography:" and its link. The truth names read
    the initials first ("A. B. Lee")."""
    flat = sorted((e for _, mine in _sections(entries) for e in mine), key=lambda e: -e["year"])
    indent = "\t" if rng.random() < 0.5 else "    "
    month = rng.random() < 0.6
    given, surname = split_name(owner)
    login = (given[0][:1] + re.sub(r"[^A-Za-z]", "", surname)).upper() if given else surname.upper()
    lines = ["OMB No. 0925-0001 and 0925-0002 (Rev. 09/2021 Approved Through 01/31/2026)", "",
             "BIOGRAPHICAL SKETCH", "Provide the following information for the Senior/key personnel and other "
             "significant contributors.", "Follow this format for each person.  DO NOT EXCEED FIVE PAGES.", "",
             f"NAME: {surname}, {' '.join(given)}".rstrip(), f"eRA COMMONS USER NAME (credential, e.g., agency "
             f"login): {login}", "POSITION TITLE: Associate Professor of Statistics", "",
             "EDUCATION/TRAINING", "Northfield University\tPhD\t05/2008\tStatistics", "",
             "A. Personal Statement", ""]
    truth = []

    def cite(e):
        venue = _venue_of(e, rng)
        who = ", ".join(_vancouver(a) for a in e["authors"])
        text = f"{_end(who)} {_end(e['title'])} {_nlm_source(e, venue, rng, month)}"
        if venue not in (None, "arXiv") and e["kind"] == "journal" and rng.random() < 0.5:
            text += f" PMID: {3 + int(_digits(e, 'pmid', 7))}"
            text += f"; PMCID: PMC{int(_digits(e, 'pmc', 7))}." if rng.random() < 0.5 else "."
        truth.append(_truth(e, [cv_layouts.vancouver_truth(a) for a in e["authors"]], venue))
        return text

    personal = flat[:min(4, max(1, len(flat) // 5))]
    rest = flat[len(personal):]
    lines.append("I am a statistician whose work concerns the methods behind large scientific data sets. "
                 "My laboratory has developed and released open software used by several consortia, and I "
                 "have mentored eleven doctoral students. The publications below are most relevant to this "
                 "application.")
    lines.append("")
    lines += [f"{k}.{indent}{cite(e)}" for k, e in enumerate(personal, start=1)]
    lines += ["", "B. Positions, Scientific Appointments, and Honors", "", "Positions and Scientific Appointments",
              "2019 - present\tAssociate Professor, Department of Statistics, Northfield University",
              "2012 - 2019\tAssistant Professor, Department of Statistics, Northfield University", "",
              "Honors", "2017\tEarly Career Award, Northfield Statistical Society", "",
              "C. Contributions to Science", ""]
    k = 0
    while rest:
        n = min(len(rest), rng.randint(2, 4))
        group, rest = rest[:n], rest[n:]
        topic = _NIH_TOPICS[(k + len(owner)) % len(_NIH_TOPICS)]
        since = min(e["year"] for e in group)
        prose = (f"{k + 1}. Methods for {topic}. " + (f"Beginning in {since}, " if rng.random() < 0.5 else "Early on, ")
                 + f"my group asked how {topic} could be made reliable when the data are large and noisy. We "
                 "proposed estimators with guarantees, showed how they behave in practice, and released software "
                 "that others have adopted. I served as the primary investigator or co-investigator in all of "
                 "these studies.")
        lines += [prose, ""]
        lines += [f"{indent}{chr(ord('a') + j)}.{indent}{cite(e)}" for j, e in enumerate(group)]
        lines.append("")
        k += 1
    ident = re.sub(r"[^a-z]", "", owner.lower())[:10] or "author"
    lines += ["Complete List of Published Work in My Bibliography:",
              f"https://www.ncbi.nlm.nih.gov/myncbi/{ident}.1/bibliography/public/", ""]
    return "\n".join(lines) + "\n", truth


def _wos_initials(name: str) -> str:
    """"Ann-Marie B. de Haro" -> "de Haro, AMB" (Web of Science's AU: no stops, no hyphens)."""
    given, surname = split_name(name)
    initials = "".join(q[0] for p in given for q in p.split("-") if q)
    return f"{surname}, {initials}" if initials else surname


def _abbrev_caps(venue: str) -> str:
    """A made-up ISO-like abbreviation in capitals ("Journal of Graph Letters" -> "J GRAPH LETT"),
    Web of Science's J9 field."""
    words = [w for w in re.findall(r"[A-Za-z]+", venue) if w.lower() not in ("of", "the", "on", "and", "in", "for")]
    return " ".join(w[:4].upper() if len(w) > 5 else w.upper() for w in words[:5])


def render_wos_plain_text_export(entries, owner, rng):
    """Web of Science's "Export > Plain text file" (savedrecs.txt) of the owner's records, as a
    researcher keeps it for a CV: "FN Clarivate Analytics Web of Science" / "VR 1.0", then per
    record two-letter field tags at the line's start ("PT J", "AU Lee, AB" with one name a line,
    the next names indented by three spaces, "AF Lee, Ann B." likewise on "Full Record" files, a
    coin per file, "TI" the title (long titles wrapped with the three-space indent on some
    files), "SO" the source in capitals, "CT" the conference's name for a proceedings paper,
    "LA", "DT", "VL", "IS", "BP", "EP", "DI", "PD", "PY", "TC", "UT WOS:...", "ER"), records
    apart by a blank line, "EF" at the end. Every record has a source (a preprint's is
    "ARXIV", the Preprint Citation Index). The truth names are the AU names, initials first
    ("A. B. Lee")."""
    full = rng.random() < 0.5
    wrap_title = rng.random() < 0.5
    flat = sorted((e for _, mine in _sections(entries) for e in mine), key=lambda e: -e["year"])
    lines = ["FN Clarivate Analytics Web of Science", "VR 1.0"]
    truth = []

    def field(tag, values):
        out = [f"{tag} {values[0]}"] + [f"   {v}" for v in values[1:]]
        return out

    for e in flat:
        vol, issue, first, last = made_up_numbers(e)
        kind = "preprint" if e["venue"] == "arXiv" else e["kind"]
        lines.append("PT " + {"journal": "J", "conference": "C", "preprint": "J", "other": "B"}[kind])
        lines += field("AU", [_wos_initials(a) for a in e["authors"]])
        if full:
            lines += field("AF", [f"{split_name(a)[1]}, {' '.join(split_name(a)[0])}".rstrip(", ")
                                  for a in e["authors"]])
        title = wrap(e["title"], 70, rest="   ") if wrap_title else [e["title"]]
        lines.append("TI " + title[0])
        lines += title[1:]
        lines.append("SO " + e["venue"].upper())
        if kind == "conference":
            lines.append(f"CT {e['venue']}")
            lines.append(f"CY {_MONTHS[int(_digits(e, 'month', 2)) % 12].upper()} {1 + int(_digits(e, 'day', 2)) % 27}, {e['year']}")
            lines.append("CL Northfield, MA")
        lines.append("LA English")
        lines.append("DT " + {"journal": "Article", "conference": "Proceedings Paper", "preprint": "Preprint",
                              "other": "Book Chapter"}[kind])
        if full:
            og, osur = split_name(owner)
            lines.append(f"C1 [{osur}, {' '.join(og)}] Northfield Univ, Dept Stat, Northfield, MA 01234 USA.")
        lines.append(f"TC {rng.choice((0, 1, rng.randint(2, 90)))}")
        if kind != "preprint":
            lines.append(f"J9 {_abbrev_caps(e['venue'])}")
        lines.append(f"PD {_MONTHS[int(_digits(e, 'month', 2)) % 12].upper()}")
        lines.append(f"PY {e['year']}")
        if kind == "journal":
            lines += [f"VL {vol}", f"IS {issue}"]
        if kind != "preprint":
            lines += [f"BP {first}", f"EP {last}"]
        else:
            lines.append(f"AR {e.get('arxiv_id') or _digits(e, 'ar', 6)}")
        lines.append(f"DI 10.{1000 + vol * 37}/{re.sub(r'[^a-z]', '', e['title'].lower())[:8]}.{e['year']}.{first}")
        lines.append(f"UT {'PPRN' if kind == 'preprint' else 'WOS'}:{_digits(e, 'ut', 15)}")
        lines += ["ER", ""]
        truth.append(_truth(e, [cv_layouts.vancouver_truth(a) for a in e["authors"]], e["venue"]))
    lines.append("EF")
    return "\n".join(lines) + "\n", truth


def render_lynx_dump_homepage(entries, owner, rng):
    """A researcher's home page saved with ``lynx -dump`` (a text browser's dump, 80 columns):
    the name centred, the menu's links "[1]Home [2]Research [3]Publications", headings flush
    left, body text indented by three spaces, list items "     * " with continuation lines
    indented to the text, each link's text opened by its number in brackets ("[12]Title");
    on some files (a coin) each item is three lines broken by the page's <br> (the linked
    title, the names, "Venue, 2021." with "[13]PDF [14]arXiv" links), on others one run of
    text "A. B. Lee, C. Roe. [12]Title. Venue, 12(3):1-9, 2021." wrapped at 77 columns;
    ``-nonumbers`` files (a coin) print no link numbers; the dump ends with "References" and
    the numbered links. The truth names are as printed (full on three-line files, initials on
    the others)."""
    three = rng.random() < 0.5
    numbers = rng.random() < 0.7
    links: list[str] = []
    base = f"https://www.example.edu/~{re.sub(r'[^a-z]', '', split_name(owner)[1].lower()) or 'cv'}/"

    def link(text, url):
        links.append(url)
        return f"[{len(links)}]{text}" if numbers else text

    menu = " ".join(link(w, base + (w.lower() + ".html" if w != "Home" else ""))
                    for w in ("Home", "Research", "Publications", "Teaching", "CV"))
    lines = [" " * max(0, (80 - len(owner)) // 2) + owner, "", "   " + menu, "", "Publications", "",
             "   Names of group members are underlined; * marks equal contribution.", ""]
    truth = []
    for kind, mine in _sections(entries):
        lines += [f"  {SECTION_TITLES[kind]}", ""]
        for e in mine:
            venue = _venue_of(e, rng)
            vol, issue, first, last = made_up_numbers(e)
            slug = re.sub(r"[^a-z]", "", e["title"].lower())[:12]
            title = link(_end(e["title"]), f"{base}papers/{slug}.html")
            extra = [link("PDF", f"{base}papers/{slug}.pdf")]
            if e.get("arxiv_id"):
                extra.append(link("arXiv", f"https://arxiv.org/abs/{e['arxiv_id']}"))
            if venue == "arXiv":
                where = f"{_arxiv(e)}, {e['year']}."
            elif venue is None:
                where = f"{e['year']}."
            elif kind == "journal":
                where = f"{venue}, {vol}({issue}):{first}-{last}, {e['year']}."
            else:
                where = f"In {venue}, pages {first}-{last}, {e['year']}."
            if three:
                names = list(e["authors"])
                body = [title, _end(_join(names)), where + " " + " ".join(extra)]
                for j, part in enumerate(body):
                    lines += wrap(part, 77, first="     * " if j == 0 else "       ", rest="       ")
            else:
                names = [initials_first(a) for a in e["authors"]]
                lines += wrap(f"{_end(', '.join(names))} {title} {where} {' '.join(extra)}", 77,
                              first="     * ", rest="       ")
            truth.append(_truth(e, names, venue))
        lines.append("")
    lines += ["   Last modified: December 2026", ""]
    if numbers:
        lines += ["References", ""] + [f"{k:4d}. {u}" for k, u in enumerate(links, start=1)]
    return "\n".join(lines) + "\n", truth


PURE_SHOWN = 10  # Pure's portal: past this many names the first three and "& N others"


def render_pure_portal_paste(entries, owner, rng):
    """A university's Pure research portal (Elsevier Pure) "Research output" page of the owner
    selected in a browser and pasted as text: the head (name, "Research output per year", the
    counts, "Search results", "1 - 50 out of 63 results", "Sort by"), then per item the title
    alone, the citation line 'Lee, A. B., Roe, C. & Holloway, M. T., 15 Mar 2021, In: Venue.
    12, 3, p. 1-9 9 p.' (past ten names the first three and "& 8 others": the truth is the
    names shown; 'Lee, A. B. & Roe, C., 2021, Venue. Northfield University Press, p. 1-9 9 p.'
    for a proceedings paper, "2021, arXiv, 12 p." for a preprint, "2021, 12 p." with no venue),
    the type line "Research output: Contribution to journal › Article › peer-review", and on
    some items "Open Access", "File", "12 Citations (Scopus)"; items apart by a blank line,
    under year headings on some files (a coin)."""
    years = rng.random() < 0.5
    flat = sorted((e for _, mine in _sections(entries) for e in mine), key=lambda e: -e["year"])
    lines = [owner, "Associate Professor", "Department of Statistics", "", "Overview", "Fingerprint", "Network",
             "Research output (%d)" % len(flat), "Projects", "", "Research output per year", "",
             f"{min(e['year'] for e in flat)}", f"{max(e['year'] for e in flat)}", "",
             "Search results", f"1 - {len(flat)} out of {len(flat)} results", "Sort by: Publication Year",
             "Filter", ""]
    types = {"journal": "Contribution to journal \u203a Article \u203a peer-review",
             "conference": "Chapter in Book/Report/Conference proceeding \u203a Conference contribution",
             "preprint": "Working paper \u203a Preprint", "other": "Book/Report \u203a Report"}
    truth = []
    shown_year = None
    for e in flat:
        if years and e["year"] != shown_year:
            lines += [str(e["year"]), ""]
            shown_year = e["year"]
        venue = _venue_of(e, rng)
        vol, issue, first, last = made_up_numbers(e)
        shown = list(e["authors"]) if len(e["authors"]) <= PURE_SHOWN else list(e["authors"][:3])
        names = [apa_name(a) for a in shown]
        if len(e["authors"]) > PURE_SHOWN:
            who = ", ".join(names) + f" & {len(e['authors']) - 3} others"
        else:
            who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " & " + names[-1]
        day = rng.random()
        date = (f"{1 + int(_digits(e, 'day', 2)) % 28} {_MONTHS[int(_digits(e, 'month', 2)) % 12]} {e['year']}"
                if day < 0.4 else f"{_MONTHS[int(_digits(e, 'month', 2)) % 12]} {e['year']}" if day < 0.7
                else str(e["year"]))
        kind = "preprint" if venue == "arXiv" else e["kind"] if venue else "other"
        if venue == "arXiv":
            where = f"arXiv, {last - first + 1} p."
        elif venue is None:
            where = f"{last - first + 1} p."
        elif kind == "journal":
            where = f"In: {_end(venue)} {vol}, {issue}, p. {first}-{last} {last - first + 1} p."
        else:
            where = f"{_end(venue)} Northfield University Press, p. {first}-{last} {last - first + 1} p."
        lines += [e["title"], f"{who}, {date}, {where}", f"Research output: {types[kind]}"]
        if rng.random() < 0.4:
            lines += ["Open Access", "File"]
        cited = rng.choice((0, 0, rng.randint(1, 80)))
        if cited:
            lines.append(f"{cited} Citation{'s' if cited > 1 else ''} (Scopus)")
        lines.append("")
        truth.append(_truth(e, [initials_first(a) for a in shown], venue))
    return "\n".join(lines) + "\n", truth


ROUND10 = ("nih_biosketch_contributions", "wos_plain_text_export", "lynx_dump_homepage", "pure_portal_paste")
ALL_LAYOUTS = LAYOUTS + ROUND2 + ROUND3 + ROUND4 + ROUND5 + ROUND6 + ROUND7 + ROUND8 + ROUND9 + ROUND10


RENDERERS = {name: globals()[f"render_{name}"] for name in ALL_LAYOUTS}


def render(layout: str, source: str, owner: str, entries: list[dict]) -> tuple[str, list[dict]]:
    """(the document's text, its truth rows: title, authors as printed, year, venue or None)."""
    rng = random.Random(f"{layout}|{source}|render")
    return RENDERERS[layout](entries, owner, rng)
