"""CV PDFs rendered from real publication metadata in several layouts (issue #16 item 3):
held-out sets for the CV PDF reader.

The metadata is real and read at test time from ``../shared/external``: the BibTeX of
researchers' sites and of ``bibtex/`` (the CV owner is the name that occurs in most of a
file's entries, and the CV holds that person's entries), and the arXiv ``.abs`` files (read
with the project's ``arxiv_abs`` extractor; a fixed, made-up owner, :data:`FAKE_OWNER`, is
put into each author list at a random position). The layouts are this module's own, each
modelled on a common CV convention:

- ``latex_article``: LaTeX article class, Times; ``[12]`` in the left margin, hanging indent,
  "A. Lee, B. Chen, and C. Roe. Title. *Venue*, 2021."
- ``moderncv``: the year in a left column; bold title, the author line with the owner in
  bold, the venue in italics; Helvetica, a rule beside each section heading.
- ``word_apa``: a word processor's bulleted list, Helvetica 11pt; APA references "Lee, A.,
  Chen, B., & Roe, C. (2021). Title. *Venue*." with the owner in bold.
- ``venue_first``: labels ``[J3]``/``[C7]``/``[P2]`` in a margin column, "Venue 2021" in bold,
  then "“Title,” with B. Chen and C. Roe" (the owner is implied).
- ``awesome_cv``: bold title at the left with the venue right-aligned on the same line, the
  authors below in a smaller font with the year right-aligned.
- ``two_column``: a two-column page, "Ann Lee, Bo Chen, and Cy Roe, “Title,” *Venue*, 2021."
  with hanging indents and no numbers.
- ``markdown``: a Markdown CV printed to PDF: year sub-headings, round bullets, "Authors.
  **Title.** *Venue*." (the year is only in the heading).
- ``typewriter``: a plain-text CV in Courier: right-aligned "12." numbers, "Ann Lee, Bo Chen,
  and Cy Roe (2021). Title. Venue."
- ``europass_table``: a Europass-like table: labels ("Journal article", the years of a degree)
  right-aligned in a wide left column, thin rules between the rows; Vancouver references "Lee
  AB, Chen B, Roe C. Title. Venue. 2021;3(2):1-9." (the truth names: "A. B. Lee").
- ``ieee_numbered``: an IEEE reference list: "[1]" inside the text column, hanging indent,
  "A. Lee, B. Chen, and C. Roe, “Title,” *Venue*, vol. 3, no. 2, pp. 1–9, 2021."
- ``chicago_hanging``: Chicago author-date with a hanging indent and no numbers: "Lee, Ann,
  Bo Chen, and Cy Roe. 2021. “Title.” *Venue* 3 (2): 1–9."
- ``res_cls``: LaTeX res.cls: sans serif, small-caps section names in a left column (long ones
  over two lines), DBLP-style entries "Ann Lee, Bo Chen, Cy Roe: Title. Venue 3(2): 1-9 (2021)"
  separated only by space, "[12]" counting down at the right margin.
- ``nature_numbered``: Nature's reference style, Times: "1." at the left margin, "Lee, A.,
  Chen, B. & Roe, C. Title. *Venue* **3**, 1–9 (2021)." (the volume in bold, the year last).
- ``acm_reference``: the ACM Reference Format, unnumbered: "Ann Lee, Bo Chen, and Cy Roe.
  2021. Title. In *Venue*. 1–9." (conference) or "... Title. *Venue* 3, 2 (2021), 1–9."
  (journal); headings in small capitals or bold.
- ``mla_hanging``: MLA 9, hanging indent: "Lee, Ann, et al. “Title.” *Venue*, vol. 3, no. 2,
  2021, pp. 1–9." (three or more authors: the first and "et al.", so the truth names only the
  first, with ``authors_truncated``; two: "Lee, Ann, and Bo Chen."), the owner bold where printed.
- ``harvard_year_column``: a word processor's two-column table: the year alone in a narrow
  left column, Harvard references "Lee, A., Chen, B. and Roe, C. (2021) ‘Title’, *Venue*,
  3(2), pp. 1–9." beside it (the truth names: "A. B. Lee"), a thin rule between sections.
- ``vancouver_year_margin``: a medical CV: the year of each entry in a narrow left margin,
  Vancouver references "Lee AB, Chen B, Roe C. Title. Venue. 2021;3:1-9." with the owner
  underlined (the truth names: "A. B. Lee"), Helvetica.
- ``lncs_numbered``: Springer LNCS (splncs04), "1." right-aligned in a label column, "Lee,
  A.B., Chen, B., Roe, C.: Title. In: Venue, pp. 1–9 (2021)" or "... Title. Venue 3(2), 1–9
  (2021)" (the truth names: "A. B. Lee"), Times.
- ``three_line_block``: each entry a block of three lines or more: the title in bold, the
  authors (owner underlined), "*Venue*, 2021" in italics; entries set apart by space only.
- ``title_first_labels``: a word processor's sans-serif CV with "[J3]" labels inline and a
  tab to a hanging indent: "[J3] Title. A. Lee, B. Chen and C. Roe. *Venue*, 2021." (the
  title first, the owner bold), "Page 2 of 3" footers.
- ``word_tab_dates``: a word processor's CV, each entry a paragraph with the year
  right-aligned at the right margin by a tab (and nowhere else), APA names without the year:
  "Lee, A., **Holloway, M. T.**, & Roe, C. Title. *Venue*, *3*(2), 1–9." (the truth names:
  "A. Lee").
- ``latex_reverse_doi``: a LaTeX CV numbered "[24]" down to "[1]" over the whole list,
  right-aligned in a label column, "A. Lee, M. T. Holloway, and C. Roe. Title. *Venue*,
  3(2):1–9, 2021." with the DOI on a line of its own in typewriter type.
- ``awesome_sidebar``: an awesome-cv / AltaCV variant: a sidebar of short lines (contact,
  skills, languages) beside the main column on the first page, small-capital headings, a
  bold title, then "Ann Lee, **Maren T. Holloway** and Bo Chen. *Venue*, 2021." smaller.
- ``typst_with_coauthors``: a Typst modern-cv: the bold title with the year right-aligned on
  its line, the venue in italics below, "with Ann Lee and Bo Chen" (the owner implied);
  education rows set the same way.
- ``ams_math``: a mathematician's CV in the AMS style, unnumbered with a hanging indent: "A. Lee
  and B. Chen, *Title*, Venue **3** (2021), no. 2, 1–9." (the title in italics, the venue in
  roman, the year in parentheses after the bold volume; the truth names: "A. Lee").
- ``cs_badges``: a computer scientist's CV: a grey teaser box beside each entry, the bold
  title, the authors with "*" equal-contribution marks (not part of the names), "*Venue*,
  2021 (Oral)", then a line of link labels "[PDF]  [Code]".
- ``table_venue_column``: a three-column table: the year, the title with the authors below
  it (smaller, the owner underlined or bold), and the venue wrapped in a right-hand column
  of its own, a header row and rules between the rows.
- ``din_semicolon``: DIN ISO 690, en-dash bullets, every name inverted and separated by
  semicolons: "Lee, Ann; Chen, Bo (2021): Title. In: *Venue* 3 (2), S. 1–9.", numbered
  section headings ("3.1 Journal Articles").
- ``alpha_labels``: BibTeX's ``alpha`` style: "[LCR21]" keys (surname initials and the year's
  last two digits; "[Lee21]" for one author, "[LCR+21]" for five or more) in a margin column,
  "Ann Lee, Bo Chen, and Cy Roe. Title. *Venue*, 3(2):1–9, 2021.".
- ``coauthors_parenthetical``: a mathematician's numbered list, the title first in italics:
  "3. *Title* (with Ann Lee and Bo Chen), Venue **3** (2021), 1–9." (the owner implied; an
  entry of the owner alone has no parenthesis).
- ``year_dash_inline``: a word processor's CV of flush-left paragraphs set apart by space,
  each opening with the bold year and a dash: "**2021** – Title. Ann Lee, Bo Chen & Cy Roe.
  *Venue*." (the owner bold or not).
- ``abnt_caps``: the Brazilian ABNT NBR 6023 style: surnames in capitals, names separated by
  semicolons: "LEE, Ann; CHEN, Bo; ROE, Cy. Title. **Venue**, v. 3, n. 2, p. 1-9, 2021."
  (the venue in bold), flush left, space between entries.
- ``biblatex_numeric``: biblatex's standard numeric style, "[12]" counting down in a margin
  column: "Ann Lee, **Maren T. Holloway**, and Bo Chen. “Title”. In: *Venue* 3.2 (2021), pp.
  1–9." (the full stop after the closing quote).
- ``year_column_grouped``: a date column holding each year once, beside the first entry of
  that year; "**Title.** Ann Lee, Bo Chen and Cy Roe. *Venue*." (the owner underlined or not).
- ``europass_labels``: Europass blocks: a small "2021" line, the title bold and larger,
  "Authors: Ann Lee, Bo Chen" and "Published in: *Venue*", rules between blocks.
- ``springer_two_column``: two small sans-serif columns, Springer's basic style numbered
  "12.": "Lee A, Holloway MT, Chen B (2021) Title. Venue 3(2):1–9" (the truth names: "A. Lee").
- ``apa_hanging_doi``: APA 7 as a word processor sets it, Times 12pt, wide line spacing, a
  hanging indent, the owner bold, a DOI link at the end (the truth names: "A. Lee").
- ``dot_separated_small``: "1." numbers, the title on its own lines in a larger regular font,
  then "A. Lee, **M. T. Holloway**, B. Chen · *Venue* · 2021" smaller.
- ``year_headings_numbered``: one list split by year headings, numbered "[12]" down,
  "[12] Ann Lee, Bo Chen, Cy Roe: Title. *Venue*." (the year only in its heading).
- ``moderncv_cventry``: moderncv's ``\\cventry`` for papers: "Mar 2021" right-aligned in a
  left date column, smaller and slanted, beside "**Title**, *Venue*, Ann Lee and Bo Chen.".
- ``awesome_dated_venue_line``: awesome-cv's ``\\cventry``: the bold title with "Mar. 2021"
  right-aligned on its line, the venue in italics on a line of its own, the authors below.
- ``word_number_year_tabs``: a word processor's list with two tab stops, "12." then the year
  then "Lee A.B., Holloway M.T., Chen B. Title. Venue 3(2):1–9." hanging at the second.
- ``latex_itemize_notes``: a plain LaTeX article, ``\\item`` bullets, the owner bold, nested
  en-dash items ("– Best Paper Award") under some entries that are not entries.
- ``small_sans_labels``: "J12" / "C3" labels in a smaller bold sans beside a serif body,
  "Ann Lee, Bo Chen (2021). “Title.” *Venue*, 3(2), 1–9." with a hanging indent.
- ``right_sidebar_pages``: a grey sidebar at the right of every page (links, skills,
  referees' names), Elsevier Harvard "Lee, A., Holloway, M.T., Chen, B., 2021. Title.
  *Venue* 3, 1–9." in the main column.
- ``scholar_profile``: a Google Scholar profile printed: the title, then "A Lee, MT Holloway"
  and "Venue 3 (2), 1-9" smaller, the citation count and the year in right-hand columns
  (the truth names as printed: initials stay as written).
- ``gbt7714_numbered``: GB/T 7714: "[3] Lee A B, Holloway M T*, Chen B. Title[J]. Venue,
  2021, 3(2): 1-9." (the work's type in brackets, "[C]//Venue." for a conference paper).
- ``jakes_resume``: "Jake's Resume": small-capital headings over a rule, "**Title** | *Venue*"
  with the year right-aligned, the authors on a bullet line below (a note bullet under some).
- ``gdocs_band``: a Google Docs template: white capitals on a coloured band for each heading,
  bulleted entries "Ann Lee, **Maren T. Holloway**, and Bo Chen, “Title,” *Venue*, 2021.".
- ``elsevier_iso4``: Elsevier's numbered style, "[12]", the owner underlined, the title in
  roman between commas, the venue abbreviated as ISO 4 does ("J. Appl. Phys. 3 (2021) 1–9";
  the truth venue is the abbreviation, the truth names "A. Lee").
- ``altacv_icons``: AltaCV: a right-hand column on the first page, accent-coloured titles,
  "<icon> 2021  <icon> Ann Lee, Bo Chen" lines whose icons are symbol-font glyphs.
- ``status_in_press``: "in press", "forthcoming", "to appear", "submitted" where some entries'
  year goes (their truth year is None).
- ``econ_justified``: Econometrica's style, justified (word by word, stretched spaces), hanging
  indent: "Lee, A., M. T. Holloway, and B. Chen (2021): “Title,” *Venue*, 3, 1–9.".
- ``orcid_works``: an ORCID record printed: one box per work, newest first, the bold title, the
  venue, "2021-03 | Journal article", a DOI for some, "CONTRIBUTORS: Ann Lee; Bo Chen".
- ``econ_working_papers``: an economist's CV: "“Title” (with Ann Lee and Bo Chen), *Venue*, 2021,
  3(2), 1–9." (the owner implied), and "Working Papers" with no venue and no year (their truth
  venue and year are None), some with "Submitted" or "Under review" in italics below.
- ``contrib_marks_superscript``: a legend "* equal contribution, † corresponding author", then
  "1. Ann Lee*, **Maren T. Holloway***†, Bo Chen. Title. *Venue*, 2021." with the marks as
  superscripts (the truth names carry none).
- ``metrics_annotated``: a CV for a national evaluation: a summary line (h-index, citations),
  "1) Lee, A., Holloway, M.T., Chen, B. (2021). Title. *Venue*, 3(2), 1–9." and a smaller line
  "IF (2021): 4.210 · Q1 · Citations (Scopus): 15 · Position: 2/3" under each paper.
- ``two_column_year_margin``: a two-column page, in each column the bold year in a narrow margin
  beside the first entry of its year only, "A. Lee, B. Chen, and C. Roe, “Title,” *Venue*.".
- ``table_role_column``: a table "Year | Title | Journal / Conference | Role" with no author
  names, only the owner's role ("First author", "Co-author"); the truth names none.
- ``labelled_fields_form``: an institutional form: papers numbered in a margin column, each a
  block of labelled lines ("Title:", "Authors:", "Journal:", "Year:", "Volume/Pages:", "DOI:"),
  the labels in a column of their own, the title or the authors first.
- ``doi_link_line``: unnumbered paragraphs "Ann Lee, **Maren T. Holloway**, and Bo Chen. Title.
  In *Venue*, 2021." with a smaller blue line of links below most ("DOI: 10.1234/... | PDF |
  Code").
- ``reverse_numbered_ampersand``: a word processor's list numbered "40." down to "1." over the
  whole CV, "Lee A.B., **Holloway M.T.** & Chen B. (2021) Title. *Venue* 3: 1–9." (the truth
  names: "A. B. Lee").
- ``author_year_two_column``: two columns, hanging indents, "Ann Lee, Maren T. Holloway and Bo
  Chen (2021). Title. *Venue* 3(2), 1–9."; more than six names printed as the first three and
  "et al." (the truth names the three, with ``authors_truncated``).
- ``refereed_status_groups``: groups by review status ("Under Review" first, "Refereed Journal
  Articles", "Refereed Conference Proceedings", "Non-Refereed Publications"), the AMS (meteorology)
  style "Lee, A., M. T. Holloway, and B. Chen, 2021: Title. *Venue*, 3, 1–9." and "...
  arXiv:2101.01234. *Under review.*" (the truth names: "A. Lee").
- ``gdocs_swiss_dates``: Google Docs' "Swiss" template: "**Title** — *Venue*", the date in small
  grey capitals below ("MARCH 2021"), then the authors with the owner bold.
- ``year_dash_smallcaps``, ``humanities_in_editor``, ``cited_count_right``, ``serif_9pt_two_lines``:
  round 16 (see their docstrings).
- ``cvn_fecyt``: the Spanish CVN (FECYT): one numbered list, "Ann Lee; Maren T. Holloway; Bo
  Chen. (2/3). 2021. Title. Venue. Elsevier. 3 - 2, pp. 1 - 9. ISSN 1234-5678" with smaller
  "Tipo de producción: ..." and "Tipo de soporte: ..." in two columns below each paper.
- ``hal_export``: a French list exported from HAL: the HAL types as headings, bullets, "Ann
  Lee, Maren T. Holloway, Bo Chen. Title. *Venue*, 2021, 3 (2), pp.1-9. ‹10.1234/...›.
  ‹hal-01234567›"; more than six names cut to three and "et al.".
- ``ipsj_colon``: the IPSJ / IEICE style of Japanese CVs: "[3] Lee, A., Holloway, M. T. and
  Chen, B.: Title, Venue, Vol. 3, No. 2, pp. 1–9 (2021)." with the owner underlined.
- ``iris_caps_venue``: an Italian IRIS export: "Lee AB, Holloway MT, Chen B (2021). Title.
  VENUE, vol. 3, p. 1-9, ISSN: 1234-5678, doi: 10.1234/..." (the journal in capitals).
- ``gost_double_slash``: a Russian list in GOST 7.1, justified with a first-line indent: "1. Lee,
  A. Title / A. Lee, M. T. Holloway, B. Chen // Venue. – 2021. – Vol. 3, No. 2. – P. 1–9."
- ``ccv_canadian``: the Canadian Common CV: "Lee, Ann, Holloway, Maren T., Chen, Bo. (2021).
  Title. Venue. 3(2): 1-9." (every name inverted) over the form's field lines in the same type.
- ``impact_factor_table``: a sidebar beside tables "No. | Publication | IF | Quartile".
- ``pages_tracked_hollow``: an Apple Pages export: tracked capitals, glyphs placed one by one,
  open-circle bullets, MHRA "Ann Lee and Bo Chen, ‘Title’, *Venue*, 3 (2021), 1–9".
- ``bluebook_law``: a law CV in the Bluebook's form: "Ann Lee, Maren T. Holloway & Bo Chen,
  *Title*, 3 VENUE 1 (2021)." (the journal in a word processor's small capitals).
- ``chicago_notes_hyphenated``: TeX, justified with automatic hyphenation ("compu-" / "tation"),
  Chicago's note form "Ann Lee and Bo Chen, “Title,” *Venue* 3, no. 2 (2021): 1–9.".
- ``pure_portal_harvard``: a Pure research portal printed from a browser: "Lee, A, Holloway, MT
  & Chen, B 2021, 'Title', *Venue*, vol. 3, no. 2, pp. 1-9." over a smaller grey "Research
  output: Contribution to journal › Article › peer-review" (the truth names: "A. Lee").
- ``dot_leader_dates``: a word processor's résumé: the bold title, a dot leader to "Mar 2021" at
  a right tab, the names, then "*Venue*, 3(2), 1–9" (the truth names: "A. Lee").
- ``cite_them_right``: "Cite Them Right" Harvard: "Lee, A., Holloway, M.T. and Chen, B. (2021)
  ‘Title’, *Venue*, 3(2), pp. 1–9. Available at: https://doi.org/... (Accessed: 14 March 2024)."
- ``mathscinet_mr``: a MathSciNet list printed from a browser: "MR4212345 Reviewed Lee, Ann;
  Chen, Bo *Title.* Venue 3 (2021), no. 2, 1–9. 05C15 (11B83)".
- ``inspire_hep``: an INSPIRE-HEP profile printed from a browser: the title with its date at the
  right, "Ann Lee (Northfield U.), Bo Chen (Westmoor U.)", "Published in: *Venue* 3 (2021) 2, 1-9".
- ``lattes_cv``: a Brazilian Lattes CV: Portuguese headings, "LEE, A.; CHEN, B.. Title. Venue, v.
  3, p. 1-9, 2021." numbered, "Citações: Web of Science 12 | SCOPUS 14" under some.
- ``linkedin_publications``: a LinkedIn profile printed from a browser: the bold title, "Venue · Mar
  3, 2021" in grey, "Other authors" over grey avatars (no name printed: the truth names none).
- ``ads_bibcode``: an astronomer's NASA ADS list in the AAS form: "Lee, A., Holloway, M. T., &
  Chen, B. 2021, “Title,” Venue, 3, 45" and "[2021V....3...45L]" in a smaller blue type.
- ``researchmap_badges``: a researchmap (Japan) list printed from a browser: the title in blue,
  the names, "Venue 3(2) 1-9 Mar 2021", outlined badges ("Refereed", "Lead author").
- ``sciencv_nsf``: an NSF biosketch from SciENcv: "(c) PRODUCTS" in two numbered groups, NLM's
  "Lee A, Chen B. Title. Venue. 2021 Mar 03; 3(2):1-9. Available from: https://doi.org/..."

The volumes, issues and pages some of these print are made up (the metadata has none): a
digest of the title, so they depend on the entry alone; the truth venue is the name only.

Each is ``render_<name>(entries, owner, rng) -> bytes``; :data:`LAYOUTS` maps names to
them, and :func:`expected` gives the truth rows a layout prints (title, authors as printed,
``authors_truncated``, ``owner_implied``, year, venue, section). ``rng`` varies only what the truth does not depend
on (margins, sizes, fonts of the headings, gaps), so the PDF is deterministic given a seed
and the truth is a function of the entries and the layout alone. Margins and sizes vary so
that titles wrap over one to three lines, and lines flow over columns and page breaks, so
some entries run on across a page.

Only text a standard-14 font prints readably goes into a PDF: entries whose title, venue or
names hold a character outside Windows-1252 (pdfium writes those as "ÿ"), TeX markup, or a
name that a citation style cannot print unambiguously (a comma, a single word) are left out.
"""

from __future__ import annotations

import ctypes
import hashlib
import random
import re
from collections import Counter
from pathlib import Path

import pypdfium2.raw as pdfium_c

from .pdf_builder import PdfWriter

FAKE_OWNER = "Maren T. Holloway"  # made up; put into arXiv author lists
MAX_AUTHORS = 8

SECTION_TITLES = {"journal": "Journal Articles", "conference": "Conference Papers", "preprint": "Preprints",
                  "other": "Other Publications"}
SECTION_ORDER = ("journal", "conference", "preprint", "other")
LABEL_LETTER = {"journal": "J", "conference": "C", "preprint": "P", "other": "O"}

EDUCATION = [
    ("2014 - 2019", "Ph.D., Department of Physics, University of Northfield", "Advisor: Prof. R. Alvarez"),
    ("2010 - 2014", "B.Sc. in Mathematics (with honours), Lakeside College", ""),
]
TALKS = [
    ("2024", "Invited seminar, Institute for Theoretical Studies, Zurich"),
    ("2023", "Contributed talk, Annual Meeting of the Society for Applied Statistics, Boston"),
    ("2022", "Department colloquium, University of Oslo"),
]

# --------------------------------------------------------------------------- metadata


def _printable(s: str) -> bool:
    if not s or "•" in s or not s.isprintable():
        return False
    try:
        s.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _plain_title(title: str) -> bool:
    return (_printable(title) and len(title.split()) >= 3 and len(title) <= 220
            and not re.search(r"[$\\{}\"*_\[\]<>^~]", title))


def _printable_name(name: str) -> bool:
    return (_printable(name) and "," not in name and len(name.split()) >= 2
            and all(p[:1].isalpha() for p in name.split()) and not re.search(r"[\\{}$]", name))


def _clean_venue(venue: str | None) -> str | None:
    if not venue:
        return None
    v = " ".join(venue.split())
    v = re.sub(r"[,\s]*\(?(?:19|20)\d\d\)?[.\s]*$", "", v)  # "..., 2025." at the end
    v = re.sub(r",\s*(?:19|20)\d\d\.\s.*$", "", v)  # "..., 2022. Abridged in ..."
    v = re.sub(r"^(?:in\s+)?the\s+", "", v, flags=re.I).strip(" .,;:")
    if v and v[0].islower():
        v = v[0].upper() + v[1:]
    return v if v and len(v) > 3 and _printable(v) and not re.search(r"[\\{}$\"*_\[\]<>]", v) else None


def _entry(title, authors, year, venue, kind, source) -> dict | None:
    from normalizers.names import clean_name

    title = " ".join((title or "").split()).rstrip(".")
    names = [clean_name(a) for a in authors or []]
    if not (_plain_title(title) and 1 <= len(names) <= MAX_AUTHORS and all(_printable_name(n) for n in names)
            and isinstance(year, int) and 1950 <= year <= 2100 and venue):
        return None
    if len({n.casefold() for n in names}) != len(names):
        return None
    if kind not in ("journal", "conference", "preprint"):
        kind = "other"
    return {"title": title, "authors": names, "year": year, "venue": venue, "kind": kind, "source": source}


def bibtex_people(external: Path, minimum: int = 10) -> list[tuple[str, list[dict]]]:
    """(owner, the owner's entries) for each BibTeX file in ``external`` whose most frequent
    author is in at least ``minimum`` usable entries."""
    import extractors

    from .conftest import make_doc

    files = sorted((external / "bibtex").glob("*.bib")) + sorted((external / "sites").glob("*/*.bib"))
    people = []
    for path in files:
        try:
            drafts = [d for d in extractors.get("bibtex").extract(make_doc(path.read_bytes(), str(path)))
                      if hasattr(d, "title")]
        except Exception:
            continue
        entries = []
        for d in drafts:
            venue = _clean_venue(getattr(d, "venue", None))
            kind = getattr(d, "record_type", None)
            if venue and venue.casefold().startswith("arxiv"):
                kind, venue = "preprint", "arXiv"
            e = _entry(d.title, d.authors, getattr(d, "year", None), venue, kind, path.name)
            if e:
                entries.append(e)
        counts = Counter(a for e in entries for a in e["authors"])
        if not counts:
            continue
        owner, n = counts.most_common(1)[0]
        if n >= minimum:
            mine = [dict(e, owner=owner) for e in entries if owner in e["authors"]]
            people.append((owner, mine))
    return people


def arxiv_entries(external: Path, limit: int = 400) -> list[dict]:
    """Usable arXiv ``.abs`` entries (no owner yet: see :func:`with_owner`). The venue is the
    journal of the journal reference, else "arXiv" (a preprint, printed as arXiv:<id>)."""
    import extractors

    from .conftest import make_doc

    out = []
    for path in sorted((external / "arxiv" / "abs_files_arxiv_browse").rglob("*.abs")):
        try:
            drafts = list(extractors.get("arxiv_abs").extract(make_doc(path.read_bytes(), str(path))))
        except Exception:
            continue
        for d in drafts:
            journal = re.split(r"[,(\d]", getattr(d, "journal_ref", None) or "", maxsplit=1)[0].strip(" .")
            dates = getattr(d, "version_dates", None) or []
            year = int(dates[0][:4]) if dates and dates[0][:4].isdigit() else getattr(d, "year", None)
            if journal and len(journal) > 3 and _printable(journal):
                e = _entry(d.title, d.authors, year, journal, "journal", "arxiv")
            else:
                e = _entry(d.title, d.authors, year, "arXiv", "preprint", "arxiv")
                if e:
                    e["arxiv_id"] = getattr(d, "arxiv_id", None)
            if e and len(e["authors"]) < MAX_AUTHORS and FAKE_OWNER not in e["authors"]:
                out.append(e)
        if len(out) >= limit:
            break
    return out


def page_cases(external: Path, layouts, tag: str, per_page: int, owner_of=lambda i, n: i % n) -> dict:
    """{layout: [(owner, entries), (FAKE_OWNER, entries)]} for the page layouts of the
    markdown and HTML generators: ``per_page`` of one BibTeX owner's own entries, and as many
    arXiv entries with the made-up owner put into their author lists; ``owner_of(i, n)`` picks
    the i-th layout's owner of n. The same on every run (seeded by ``tag`` and the layout);
    skips the test when ``external`` (../shared/external) lacks the metadata."""
    import pytest

    if not (external / "arxiv" / "abs_files_arxiv_browse").is_dir() or not (external / "bibtex").is_dir():
        pytest.skip(f"real metadata not available: {external} (../shared/external) has no arXiv .abs files or BibTeX")
    people = [(owner, entries) for owner, entries in bibtex_people(external) if len(entries) >= 10]
    arxiv = arxiv_entries(external, limit=400)
    if not people or len(arxiv) < per_page:
        pytest.skip(f"too little usable metadata under {external}: {len(people)} BibTeX owners, {len(arxiv)} arXiv entries")
    cases = {}
    for i, layout in enumerate(layouts):
        rng = random.Random(f"{tag}|{layout}")
        owner, mine = people[owner_of(i, len(people))]
        own = rng.sample(mine, min(per_page, len(mine)))
        injected = with_owner(rng.sample(arxiv, per_page), FAKE_OWNER, rng)
        cases[layout] = [(owner, own), (FAKE_OWNER, injected)]
    return cases


def with_owner(entries: list[dict], owner: str, rng: random.Random) -> list[dict]:
    """``entries`` with ``owner`` put into each author list at a random position."""
    out = []
    for e in entries:
        authors = list(e["authors"])
        authors.insert(rng.randrange(len(authors) + 1), owner)
        out.append(dict(e, authors=authors, owner=owner))
    return out


# --------------------------------------------------------------------------- names


def split_name(name: str) -> tuple[list[str], str]:
    """(given names, surname with its lower-case particles: "de Haro")."""
    parts = name.split()
    k = len(parts) - 1
    while k > 1 and parts[k - 1][:1].islower():
        k -= 1
    return parts[:k], " ".join(parts[k:])


def _initial(part: str) -> str:
    return "-".join(p[0] + "." for p in part.split("-") if p)


def initials_first(name: str) -> str:
    """"Ann B. Lee" -> "A. B. Lee"."""
    given, surname = split_name(name)
    return " ".join([_initial(p) for p in given] + [surname])


def apa_name(name: str) -> str:
    """"Ann B. Lee" -> "Lee, A. B."."""
    given, surname = split_name(name)
    return f"{surname}, " + " ".join(_initial(p) for p in given)


def _join(names: list[str], last: str = ", and ", two: str = " and ") -> str:
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 2:
        return names[0] + two + names[1]
    return ", ".join(names[:-1]) + last + names[-1]


def vancouver_name(name: str) -> str:
    """"Ann-Marie B. Lee" -> "Lee AMB" (Vancouver: surname, then the initials, no stops)."""
    given, surname = split_name(name)
    return surname + " " + "".join(q[0] for p in given for q in p.split("-") if q)


def vancouver_truth(name: str) -> str:
    """The name a Vancouver "Lee AMB" stands for: "A. M. B. Lee" (hyphens are not printed)."""
    given, surname = split_name(name)
    return " ".join([q[0] + "." for p in given for q in p.split("-") if q] + [surname])


def chicago_first(name: str) -> str:
    """"Ann B. de Haro" -> "de Haro, Ann B." (Chicago inverts only the first author)."""
    given, surname = split_name(name)
    return f"{surname}, " + " ".join(given)


def harvard_name(name: str) -> str:
    """"Ann B. Lee" -> "Lee, A.B." (Harvard: the initials run together)."""
    given, surname = split_name(name)
    return f"{surname}, " + "".join(_initial(p) for p in given)


def surname_initials_dotted(name: str) -> str:
    """"Ann-Marie B. Lee" -> "Lee A.-M.B." (surname first, the initials with stops and no
    comma between, as many European CVs print them)."""
    given, surname = split_name(name)
    return f"{surname} " + "".join(_initial(p) for p in given)


def gbt_name(name: str) -> str:
    """"Ann-Marie B. Lee" -> "Lee A M B" (GB/T 7714: the surname, then the initials parted by
    spaces, no stops; the truth names: "A. M. B. Lee")."""
    given, surname = split_name(name)
    return " ".join([surname] + [q[0] for p in given for q in p.split("-") if q])


def scholar_name(name: str) -> str:
    """"Ann-Marie B. Lee" -> "AMB Lee" (Google Scholar: the initials run together before the
    surname; the truth names are these, initials as written, as the project keeps them)."""
    given, surname = split_name(name)
    return "".join(q[0] for p in given for q in p.split("-") if q) + " " + surname


def et_al(authors: list[str]) -> tuple[list[str], bool]:
    """(the names MLA prints, truncated): one or two authors in full, three or more as the
    first and "et al."."""
    return (list(authors[:1]), True) if len(authors) >= 3 else (list(authors), False)


def made_up_numbers(e: dict) -> tuple[int, int, int, int]:
    """(volume, issue, first page, last page) for an entry whose metadata has none: a digest
    of its title, so the same entry gets the same numbers in every layout and run."""
    h = int(hashlib.md5(e["title"].encode("utf-8")).hexdigest(), 16)
    first = 1 + (h >> 20) % 900
    return 1 + h % 60, 1 + (h >> 8) % 12, first, first + 4 + (h >> 32) % 25


NAME_STYLE = {"latex_article": initials_first, "word_apa": initials_first, "ieee_numbered": initials_first,
              "europass_table": vancouver_truth, "nature_numbered": initials_first,
              "harvard_year_column": initials_first, "vancouver_year_margin": vancouver_truth,
              "lncs_numbered": initials_first, "title_first_labels": initials_first,
              "word_tab_dates": initials_first, "latex_reverse_doi": initials_first,
              "ams_math": initials_first, "springer_two_column": vancouver_truth,
              "apa_hanging_doi": initials_first, "dot_separated_small": initials_first,
              "word_number_year_tabs": initials_first, "right_sidebar_pages": initials_first,
              "scholar_profile": scholar_name, "gbt7714_numbered": vancouver_truth,
              "acs_semicolons": initials_first, "siam_caps": initials_first,
              "elsevier_iso4": initials_first, "econ_justified": initials_first,
              "french_academic": initials_first, "german_und": initials_first, "nih_biosketch": vancouver_truth,
              "metrics_annotated": initials_first, "two_column_year_margin": initials_first,
              "reverse_numbered_ampersand": initials_first, "refereed_status_groups": initials_first,
              "year_dash_smallcaps": initials_first, "cited_count_right": initials_first,
              "serif_9pt_two_lines": initials_first, "ipsj_colon": initials_first,
              "iris_caps_venue": vancouver_truth, "gost_double_slash": initials_first,
              "impact_factor_table": initials_first, "pure_portal_harvard": vancouver_truth,
              "dot_leader_dates": initials_first,
              # round 20
              "cite_them_right": initials_first, "lattes_cv": initials_first,
              # round 21
              "ads_bibcode": initials_first, "sciencv_nsf": vancouver_truth,
              # round 22
              "eisvogel_pandoc": initials_first, "deedy_resume": initials_first,
              "faculty180_vita": initials_first,
              # round 23
              "twentysecondcv": initials_first}
OWNER_IMPLIED = {"venue_first", "typst_with_coauthors", "coauthors_parenthetical", "econ_working_papers",
                 "table_role_column"}
NO_NAMES = {"table_role_column",  # no author printed at all (the owner's role only): the truth names none
            # round 21: LinkedIn prints "Other authors" over avatars, no name
            "linkedin_publications"}
ET_AL = {"mla_hanging"}  # three or more authors printed as the first and "et al." (see et_al)
# round 15: more than six authors printed as the first three and "et al." (see author_year_names)
ET_AL_AFTER_SIX = {"author_year_two_column",
                   # round 17: HAL's citation, more than six names cut to three and "et al."
                   "hal_export"}
# round 18: GOST 7.1, more than four names cut to three and "[et al.]" (see gost_names)
ET_AL_AFTER_FOUR = {"gost_double_slash"}


def printed_venue(e: dict) -> str:
    if e["venue"] == "arXiv" and e.get("arxiv_id"):
        return f"arXiv:{e['arxiv_id']}"
    return e["venue"]


def sections(entries: list[dict]) -> list[tuple[str, list[dict]]]:
    """(kind, entries newest first) in the order the CV prints them."""
    out = []
    for kind in SECTION_ORDER:
        mine = sorted((e for e in entries if e["kind"] == kind), key=lambda e: -e["year"])
        if mine:
            out.append((kind, mine))
    return out


def expected(entries: list[dict], layout: str) -> list[dict]:
    """The truth rows ``layout`` prints for ``entries``: authors as printed, in order (for a
    layout that leaves the owner out, the co-authors, with ``owner_implied``; for one that
    cuts a long list to "Lee, Ann, et al.", the first author, with ``authors_truncated``)."""
    style = NAME_STYLE.get(layout, lambda n: n)
    rows = []
    for kind, mine in sections(entries):
        for e in mine:
            implied = layout in OWNER_IMPLIED
            authors = [a for a in e["authors"] if not (implied and a == e["owner"])]
            if layout in NO_NAMES:
                authors = []
            truncated = False
            if layout in ET_AL:
                authors, truncated = et_al(authors)
            elif layout in ET_AL_AFTER_SIX:
                authors, truncated = author_year_names(authors)
            elif layout in ET_AL_AFTER_FOUR:
                authors, truncated = gost_names(authors)
            year = YEAR_PRINTED[layout](e) if layout in YEAR_PRINTED else e["year"]
            venue = VENUE_PRINTED[layout](e) if layout in VENUE_PRINTED else e["venue"]
            rows.append({"title": e["title"], "authors": [style(a) for a in authors], "authors_truncated": truncated,
                         "owner_implied": implied, "year": year, "venue": venue,
                         "section": SECTION_TITLES[kind]})
    return rows


# --------------------------------------------------------------------------- drawing

_FAMILIES = {
    "Times": (b"Times-Roman", b"Times-Bold", b"Times-Italic", b"Times-BoldItalic"),
    "Helvetica": (b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique", b"Helvetica-BoldOblique"),
    "Courier": (b"Courier", b"Courier-Bold", b"Courier-Oblique", b"Courier-BoldOblique"),
}


class Writer(PdfWriter):
    """:class:`PdfWriter` with the Helvetica and Courier families too (``family``), filled
    rules and round bullets."""

    def __init__(self, family: str = "Times", width: float = 612, height: float = 792):
        super().__init__(width, height)
        self.family = family

    def _font(self, bold: bool, italic: bool):
        key = (self.family, bold, italic)
        if key not in self._fonts:
            name = _FAMILIES[self.family][int(bold) + 2 * int(italic)]
            self._fonts[key] = pdfium_c.FPDFText_LoadStandardFont(self.doc.raw, name)
        return self._fonts[key]

    def centered(self, top: float, s: str, size: float, bold: bool = False) -> float:
        """Draw ``s`` centred across the page; returns its width."""
        return self.text((self.width - self.measure(s, size, bold)) / 2, top, s, size, bold=bold)

    def measure(self, s: str, size: float, bold: bool = False, italic: bool = False) -> float:
        """The advance width of ``s`` (the bounds of ``s + "l"`` less those of "l", so that an
        italic's overhang or a trailing space counts as the font does)."""
        key = (self.family, s, size, bold, italic)
        if key not in self._widths:
            self._widths[key] = self._right(s + "l", size, bold, italic) - self._right("l", size, bold, italic)
        return self._widths[key]

    def _right(self, s: str, size: float, bold: bool, italic: bool) -> float:
        obj = self._text_object(s, size, bold, italic)
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
        pdfium_c.FPDFPageObj_Destroy(obj)
        return right.value

    def to_bytes(self) -> bytes:
        """The PDF, with the random file /ID and the creation time pdfium writes replaced by a
        digest of the rest and a fixed date (the same length, so the cross-reference offsets
        stay right): the same input, the same bytes."""
        data = super().to_bytes()
        # the creation time pdfium stamps, to the second: a fixed one of the same length
        data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20000101000000", data)
        ids = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]{32})>\s*<([0-9A-Fa-f]{32})>")
        digest = hashlib.md5(ids.sub(b"/ID[]", data)).hexdigest().upper().encode()
        return ids.sub(lambda m: m.group(0).replace(m.group(1), digest).replace(m.group(2), digest), data)

    def rule(self, x0: float, top: float, x1: float, thickness: float = 0.6, grey: int = 0) -> None:
        obj = pdfium_c.FPDFPageObj_CreateNewRect(x0, self.height - top - thickness, x1 - x0, thickness)
        pdfium_c.FPDFPageObj_SetFillColor(obj, grey, grey, grey, 255)
        pdfium_c.FPDFPath_SetDrawMode(obj, pdfium_c.FPDF_FILLMODE_WINDING, 0)
        pdfium_c.FPDFPage_InsertObject(self.page.raw, obj)

    def dot(self, cx: float, cy_top: float, r: float) -> None:
        """A filled circle (a word processor's bullet; pdfium prints "•" unreadably)."""
        cy = self.height - cy_top
        k = 0.5523 * r
        obj = pdfium_c.FPDFPageObj_CreateNewPath(cx + r, cy)
        pdfium_c.FPDFPath_BezierTo(obj, cx + r, cy + k, cx + k, cy + r, cx, cy + r)
        pdfium_c.FPDFPath_BezierTo(obj, cx - k, cy + r, cx - r, cy + k, cx - r, cy)
        pdfium_c.FPDFPath_BezierTo(obj, cx - r, cy - k, cx - k, cy - r, cx, cy - r)
        pdfium_c.FPDFPath_BezierTo(obj, cx + k, cy - r, cx + r, cy - k, cx + r, cy)
        pdfium_c.FPDFPath_Close(obj)
        pdfium_c.FPDFPageObj_SetFillColor(obj, 0, 0, 0, 255)
        pdfium_c.FPDFPath_SetDrawMode(obj, pdfium_c.FPDF_FILLMODE_WINDING, 0)
        pdfium_c.FPDFPage_InsertObject(self.page.raw, obj)


R, B, I, BI = (False, False), (True, False), (False, True), (True, True)  # run styles


def runs_words(runs: list[tuple[str, tuple[bool, bool]]]) -> list[tuple[str, bool, bool, bool]]:
    """[(text, style)] -> [(word, bold, italic, space_before)]."""
    words, spaced = [], True
    for text, (bold, italic) in runs:
        for piece in re.split(r"(\s+)", text):
            if piece.isspace():
                spaced = True
            elif piece:
                words.append((piece, bold, italic, spaced))
                spaced = False
    return words


def wrap(pdf: Writer, runs, size: float, first_width: float, rest_width: float | None = None):
    """Lines of [(dx, word, bold, italic)] filling ``first_width`` then ``rest_width``; words
    with no space between them ("Venue" and ".") stay on one line."""
    rest_width = first_width if rest_width is None else rest_width
    space = pdf.measure(" ", size)
    groups: list[list[tuple[str, bool, bool]]] = []
    for word, bold, italic, spaced in runs_words(runs):
        if spaced or not groups:
            groups.append([])
        groups[-1].append((word, bold, italic))
    lines, line, x = [], [], 0.0
    for group in groups:
        widths = [pdf.measure(w, size, b, i) for w, b, i in group]
        lead = space if line else 0.0
        width = rest_width if lines else first_width
        if line and x + lead + sum(widths) > width:
            lines.append(line)
            line, x, lead = [], 0.0, 0.0
        x += lead
        for (word, bold, italic), w in zip(group, widths):
            line.append((x, word, bold, italic))
            x += w
    if line:
        lines.append(line)
    return lines


def line_width(pdf: Writer, line, size: float) -> float:
    if not line:
        return 0.0
    dx, word, bold, italic = line[-1]
    return dx + pdf.measure(word, size, bold, italic)


class Flow:
    """Lines down a column, over columns and pages, with a running header or footer."""

    def __init__(self, pdf: Writer, left: float, right: float, top: float, bottom: float, columns: int = 1,
                 gutter: float = 22, header: str | None = None, footer: str | None = None):
        self.pdf, self.left0, self.right0, self.top0, self.bottom = pdf, left, right, top, bottom
        self.columns, self.gutter, self.header, self.footer = columns, gutter, header, footer
        self.pages = 0
        self.col = 0
        self.y = self.col_top = top
        self.new_page()

    @property
    def col_width(self) -> float:
        return (self.right0 - self.left0 - (self.columns - 1) * self.gutter) / self.columns

    @property
    def x(self) -> float:
        return self.left0 + self.col * (self.col_width + self.gutter)

    def new_page(self) -> None:
        self.pdf.new_page()
        self.pages += 1
        self.col, self.y = 0, self.top0
        self.col_top = self.top0
        if self.header and self.pages > 1:
            self.pdf.text(self.left0, self.top0 - 26, self.header, 8.5, italic=True)
            self.pdf.text(self.right0 - self.pdf.measure(f"{self.pages}", 8.5), self.top0 - 26, f"{self.pages}", 8.5)
        if self.footer is not None:
            label = f"{self.footer} - page {self.pages}" if self.footer else f"{self.pages}"
            self.pdf.text((self.left0 + self.right0 - self.pdf.measure(label, 8)) / 2, self.pdf.height - 36, label, 8)

    def start_columns(self) -> None:
        self.col_top = self.y

    def need(self, height: float) -> bool:
        """Moves on to the next column or page when ``height`` does not fit; True if it did."""
        if self.y + height > self.pdf.height - self.bottom:
            if self.col + 1 < self.columns:
                self.col, self.y = self.col + 1, self.col_top
            else:
                self.new_page()
            return True
        return False

    def draw(self, x: float, line, size: float) -> None:
        """One text object per run of words in one style, spaces included (as TeX and word
        processors write them), so a reader sees the spaces as the font's."""
        run: list = []
        for item in line + [None]:
            if run and (item is None or item[2:] != run[0][2:]):
                text = " ".join(w for _, w, _, _ in run)
                end = run[-1][0] + self.pdf.measure(run[-1][1], size, *run[-1][2:])
                if item is not None and item[0] - end > 0.5:
                    text += " "  # the space between two runs belongs to the first
                self.pdf.text(x + run[0][0], self.y, text, size, *run[0][2:])
                run = []
            if item is not None:
                if run and item[0] - (run[-1][0] + self.pdf.measure(run[-1][1], size, *run[-1][2:])) < 0.5:
                    run[-1] = (run[-1][0], run[-1][1] + item[1], *run[-1][2:])  # no space before it
                else:
                    run.append(item)

    def block(self, lines, size: float, lead: float, indent: float = 0.0, first_indent: float | None = None,
              margin: tuple[str, float, tuple[bool, bool]] | None = None, right: list | None = None,
              right_size: float | None = None) -> None:
        """Draws ``lines`` at the column's left + ``indent`` (the first at ``first_indent``);
        ``margin``: (text, x offset, style) beside the first line; ``right``: lines
        right-aligned beside the first lines (a venue, a year)."""
        right = right or []
        right_size = right_size or size
        for i in range(max(len(lines), len(right))):
            self.need(lead)
            x0 = self.x
            if i == 0 and margin:
                text, dx, (bold, italic) = margin
                self.pdf.text(x0 + dx, self.y, text, size, bold, italic)
            if i < len(lines):
                self.draw(x0 + (first_indent if (i == 0 and first_indent is not None) else indent), lines[i], size)
            if i < len(right):
                w = line_width(self.pdf, right[i], right_size)
                self.draw(x0 + self.col_width - w, right[i], right_size)
            self.y += lead

    def gap(self, h: float) -> None:
        self.y += h


def _owner_runs(names: list[str], printed: list[str], owner: str, bold_owner: bool, style=R):
    """Author names as runs with the owner's in bold (``printed``: the names as printed)."""
    bold_style = (True, style[1])
    return [(p, bold_style if (bold_owner and n == owner) else style) for n, p in zip(names, printed)]


def _joined_runs(name_runs, last: str = ", and ", two: str = " and ", style=R):
    out = []
    n = len(name_runs)
    for i, run in enumerate(name_runs):
        if i:
            out.append((two if n == 2 else (last if i == n - 1 else ", "), style))
        out.append(run)
    return out


def _contact(owner: str) -> str:
    local = ".".join(re.sub(r"[^a-z]", "", p.lower()) for p in owner.split() if len(p) > 2) or "cv"
    return f"Department of Physics, University of Northfield  |  {local}@example.edu"


def _other_sections(flow: Flow, heading, size: float, lead: float, date_col: float, rng: random.Random,
                    talks: bool = True) -> None:
    """Education and (or) Talks: a date column and a line or two each."""
    heading("Education")
    for dates, what, note in EDUCATION:
        flow.block(wrap(flow.pdf, [(what, R)], size, flow.col_width - date_col), size, lead, indent=date_col,
                   margin=(dates, 0, R))
        if note:
            flow.block([[(0, note, False, True)]], size, lead, indent=date_col)
        flow.gap(lead * 0.3)
    if talks:
        heading("Selected Talks")
        for year, what in TALKS[: rng.choice((2, 3))]:
            flow.block(wrap(flow.pdf, [(what, R)], size, flow.col_width - date_col), size, lead, indent=date_col,
                       margin=(year, 0, R))


def _caps_width(pdf: Writer, text: str, big: float) -> float:
    """The width :func:`_small_caps` sets ``text`` in."""
    return sum(pdf.measure(w[0], big) + pdf.measure(w[1:].upper(), big * 0.8) for w in text.split()) \
        + pdf.measure(" ", big) * (len(text.split()) - 1)


def _small_caps(pdf: Writer, x: float, top: float, text: str, big: float) -> float:
    """Small capitals as TeX fakes them: each word's first letter at ``big``, the rest
    upper-case at 0.8 of it, set on the same baseline."""
    for word in text.split():
        x += pdf.text(x, top, word[0], big)
        if word[1:]:
            x += pdf.text(x, top + 0.2 * big * 0.8, word[1:].upper(), big * 0.8)
        x += pdf.measure(" ", big)
    return x


# --------------------------------------------------------------------------- layouts


def render_latex_article(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """LaTeX article class: centred name, small-caps-like headings, ``[n]`` in the margin,
    hanging indent, "A. Lee, B. Chen, and C. Roe. Title. *Venue*, 2021." (Times 10pt)."""
    pdf = Writer("Times")
    margin = rng.choice((72, 90, 108))
    size = rng.choice((10, 10.5, 11))
    lead = size * 1.22
    flow = Flow(pdf, margin, pdf.width - margin, 72, 72, footer=None)
    name_w = pdf.measure(owner, 17, True)
    pdf.text((pdf.width - name_w) / 2, flow.y, owner, 17, bold=True)
    flow.gap(24)
    contact = _contact(owner)
    pdf.centered(flow.y, contact, 9)
    flow.gap(26)
    bold_owner = rng.random() < 0.5

    def heading(text):
        flow.gap(8)
        flow.need(40)
        pdf.text(flow.x, flow.y, text, 12, bold=True)
        flow.gap(18)

    _other_sections(flow, heading, size, lead, 70, rng)
    n = len(entries)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [initials_first(a) for a in e["authors"]], owner, bold_owner)
            runs = _joined_runs(names) + [(". " + e["title"] + ". ", R), (printed_venue(e), I), (f", {e['year']}.", R)]
            indent = 26
            flow.block(wrap(pdf, runs, size, flow.col_width - indent), size, lead, indent=indent,
                       margin=(f"[{n}]", 0, R))
            flow.gap(3)
            n -= 1
    return pdf.to_bytes()


def render_moderncv(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """moderncv (classic): year in a left column, then the bold title, the author line (owner
    in bold) and the venue in italics; section headings with a rule in the date column."""
    pdf = Writer("Helvetica")
    margin = rng.choice((50, 60, 70))
    date_col = rng.choice((62, 74, 86))
    size = rng.choice((9.5, 10))
    lead = size * 1.3
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice((None, owner)))
    first, _, last = owner.rpartition(" ")
    w = pdf.text(margin, flow.y, first, 26)
    pdf.text(margin + w + 6, flow.y, last, 26, bold=True)
    flow.gap(36)
    pdf.text(margin, flow.y, _contact(owner), 9, italic=True)
    flow.gap(28)

    def heading(text):
        flow.gap(10)
        flow.need(44)
        pdf.rule(flow.x, flow.y + 4, flow.x + date_col - 8, 4, grey=120)
        pdf.text(flow.x + date_col, flow.y, text, 13)
        flow.gap(20)

    _other_sections(flow, heading, size, lead, date_col, rng)
    body = flow.col_width - date_col
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], e["authors"], owner, True)
            flow.block(wrap(pdf, [(e["title"], B)], size, body), size, lead, indent=date_col,
                       margin=(str(e["year"]), date_col - 8 - pdf.measure(str(e["year"]), size), R))
            flow.block(wrap(pdf, _joined_runs(names), size, body), size, lead, indent=date_col)
            flow.block(wrap(pdf, [(printed_venue(e), I)], size, body), size, lead, indent=date_col)
            flow.gap(6)
    return pdf.to_bytes()


def render_word_apa(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A word processor's CV: Arial-like Helvetica 11pt, underlined headings, round bullets,
    APA references "Lee, A., Chen, B., & Roe, C. (2021). Title. *Venue*." (owner bold)."""
    pdf = Writer("Helvetica")
    margin = rng.choice((54, 72))
    size = rng.choice((10.5, 11))
    lead = size * 1.25
    flow = Flow(pdf, margin, pdf.width - margin, 64, 64, footer=None, header=f"{owner} - Curriculum Vitae")
    pdf.text(margin, flow.y, owner.upper(), 20, bold=True)
    flow.gap(28)
    pdf.text(margin, flow.y, _contact(owner), 10)
    flow.gap(16)
    pdf.rule(margin, flow.y, pdf.width - margin, 1.2)
    flow.gap(16)

    def heading(text):
        flow.gap(8)
        flow.need(40)
        pdf.text(flow.x, flow.y, text.upper(), 12, bold=True)
        flow.gap(15)
        pdf.rule(flow.x, flow.y, flow.x + pdf.measure(text.upper(), 12, True), 0.7)
        flow.gap(7)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    indent = 18
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [apa_name(a) for a in e["authors"]], owner, True)
            runs = _joined_runs(names, last=", & ", two=", & ")
            runs += [(f" ({e['year']}). {e['title']}. ", R), (printed_venue(e), I), (".", R)]
            lines = wrap(pdf, runs, size, flow.col_width - indent)
            flow.need(lead)
            pdf.dot(flow.x + 6, flow.y + size * 0.42, size * 0.17)
            flow.block(lines, size, lead, indent=indent)
            flow.gap(4)
    return pdf.to_bytes()


def render_venue_first(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """Labels [J3]/[C7]/[P2] in a margin column, "Venue 2021" in bold, then "“Title,” with
    B. Chen and C. Roe": the owner is implied (Times)."""
    pdf = Writer("Times")
    margin = rng.choice((54, 66, 80))
    label_col = rng.choice((34, 40))
    size = rng.choice((10, 10.5))
    lead = size * 1.25
    flow = Flow(pdf, margin, pdf.width - margin, 60, 66, footer=owner)
    pdf.text(margin, flow.y, owner, 20, bold=True)
    pdf.text(pdf.width - margin - pdf.measure("Curriculum Vitae", 11, False, True), flow.y + 6,
             "Curriculum Vitae", 11, italic=True)
    flow.gap(30)
    pdf.rule(margin, flow.y, pdf.width - margin, 0.8)
    flow.gap(14)

    def heading(text):
        flow.gap(9)
        flow.need(40)
        pdf.text(flow.x, flow.y, text, 12.5, bold=True)
        flow.gap(17)

    _other_sections(flow, heading, size, lead, 70, rng)
    body = flow.col_width - label_col
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        n = len(mine)
        for e in mine:
            coauthors = [a for a in e["authors"] if a != owner]
            venue_line = wrap(pdf, [(f"{printed_venue(e)} {e['year']}", B)], size, body)
            flow.block(venue_line, size, lead, indent=label_col, margin=(f"[{LABEL_LETTER[kind]}{n}]", 0, R))
            runs = [(f"“{e['title']},”", R)]
            if coauthors:
                runs.append((" with " + _join(coauthors), R))
            flow.block(wrap(pdf, runs, size, body), size, lead, indent=label_col)
            flow.gap(5)
            n -= 1
    return pdf.to_bytes()


def render_awesome_cv(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """awesome-cv: bold title left, venue right-aligned on the same line (italic, smaller),
    the authors below in a smaller grey-less font with the year right-aligned."""
    pdf = Writer("Helvetica")
    margin = rng.choice((44, 54, 64))
    size = rng.choice((9.5, 10))
    small = size - 1.5
    lead = size * 1.3
    flow = Flow(pdf, margin, pdf.width - margin, 56, 60, footer=rng.choice((None, owner)))
    first, _, last = owner.rpartition(" ")
    w = pdf.text((pdf.width - pdf.measure(owner, 28)) / 2, flow.y, first, 28)
    pdf.text((pdf.width - pdf.measure(owner, 28)) / 2 + w + 7, flow.y, last, 28, bold=True)
    flow.gap(38)
    contact = _contact(owner)
    pdf.centered(flow.y, contact, 8.5)
    flow.gap(26)

    def heading(text):
        flow.gap(10)
        flow.need(44)
        w = pdf.text(flow.x, flow.y, text, 15, bold=True)
        pdf.rule(flow.x + w + 6, flow.y + 9, flow.x + flow.col_width, 0.8)
        flow.gap(22)

    _other_sections(flow, heading, size, lead, 80, rng)
    W = flow.col_width
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            venue = printed_venue(e)
            venue_lines = wrap(pdf, [(venue, I)], small, W * 0.38)
            venue_w = max(line_width(pdf, ln, small) for ln in venue_lines)
            title_lines = wrap(pdf, [(e["title"], B)], size, W - venue_w - 14)
            flow.block(title_lines, size, lead, right=venue_lines, right_size=small)
            names = _owner_runs(e["authors"], e["authors"], owner, True)
            year = [[(0, str(e["year"]), False, True)]]
            author_lines = wrap(pdf, _joined_runs(names), small, W - pdf.measure("0000", small) - 16)
            flow.block(author_lines, small, small * 1.3, right=year, right_size=small)
            flow.gap(6)
    return pdf.to_bytes()


def render_two_column(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A two-column page (Times 9pt): full-width name, then everything in two columns;
    "Ann Lee, Bo Chen, and Cy Roe, “Title,” *Venue*, 2021." with hanging indents."""
    pdf = Writer("Times")
    margin = rng.choice((40, 50, 60))
    size = rng.choice((9, 9.5))
    lead = size * 1.2
    flow = Flow(pdf, margin, pdf.width - margin, 54, 54, columns=2, gutter=rng.choice((18, 24)), footer=owner)
    pdf.text(margin, flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(14)
    pdf.rule(margin, flow.y, pdf.width - margin, 0.5)
    flow.gap(10)
    flow.start_columns()

    def heading(text):
        flow.gap(6)
        flow.need(36)
        pdf.text(flow.x, flow.y, text.upper(), 10, bold=True)
        flow.gap(14)

    _other_sections(flow, heading, size, lead, 52, rng, talks=False)
    bold_owner = rng.random() < 0.5
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], e["authors"], owner, bold_owner)
            runs = _joined_runs(names) + [(f", “{e['title']},” ", R), (printed_venue(e), I), (f", {e['year']}.", R)]
            flow.block(wrap(pdf, runs, size, flow.col_width, flow.col_width - 12), size, lead, indent=12,
                       first_indent=0)
            flow.gap(3)
    return pdf.to_bytes()


def render_markdown(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A Markdown CV printed to PDF (pandoc's default look): "# Name", "## Publications",
    "### Journal Articles", year sub-headings, round bullets, "Authors. **Title.** *Venue*."
    The year is printed only in the sub-heading."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((72, 96))
    size = rng.choice((10, 11, 12))
    lead = size * 1.3
    flow = Flow(pdf, margin, pdf.width - margin, 72, 72, footer="")
    pdf.text(margin, flow.y, owner, 24, bold=True)
    flow.gap(34)
    pdf.text(margin, flow.y, _contact(owner), size)
    flow.gap(lead + 8)

    def heading(text, big=16.0):
        flow.gap(8)
        flow.need(44)
        pdf.text(flow.x, flow.y, text, big, bold=True)
        flow.gap(big * 1.5)

    def h2(text):
        heading(text, 16)
        pdf.rule(flow.x, flow.y - 7, flow.x + flow.col_width, 0.4, grey=150)

    _other_sections(flow, h2, size, lead, 78, rng)
    h2("Publications")
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind], 13.5)
        year = None
        for e in mine:
            if e["year"] != year:
                year = e["year"]
                flow.gap(2)
                flow.need(3 * lead)
                pdf.text(flow.x, flow.y, str(year), size + 0.5, bold=True, italic=True)
                flow.gap(lead + 2)
            names = _owner_runs(e["authors"], e["authors"], owner, True)
            runs = _joined_runs(names, last=", and ") + [(". ", R), (e["title"] + ".", B), (" ", R),
                                                        (printed_venue(e), I), (".", R)]
            lines = wrap(pdf, runs, size, flow.col_width - 20)
            flow.need(lead)
            pdf.dot(flow.x + 8, flow.y + size * 0.42, size * 0.15)
            flow.block(lines, size, lead, indent=20)
            flow.gap(3)
    return pdf.to_bytes()


def render_typewriter(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A plain-text CV in Courier: right-aligned "12." numbers, "Ann Lee, Bo Chen, and Cy Roe
    (2021). Title. Venue." and dashed rules under the headings."""
    pdf = Writer("Courier")
    margin = rng.choice((54, 72))
    size = rng.choice((9, 9.5, 10))
    lead = size * 1.2
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, header=owner)
    pdf.text(margin, flow.y, owner.upper(), 14, bold=True)
    flow.gap(20)
    pdf.text(margin, flow.y, _contact(owner), size)
    flow.gap(lead * 2)
    char_w = pdf.measure("0", size)

    def heading(text):
        flow.gap(lead)
        flow.need(4 * lead)
        pdf.text(flow.x, flow.y, text.upper(), size, bold=True)
        flow.gap(lead)
        pdf.text(flow.x, flow.y, "-" * len(text), size)
        flow.gap(lead)

    _other_sections(flow, heading, size, lead, char_w * 14, rng)
    n = len(entries)
    indent = char_w * 5
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            runs = [(f"{_join(e['authors'])} ({e['year']}). {e['title']}. {printed_venue(e)}.", R)]
            label = f"{n}."
            flow.block(wrap(pdf, runs, size, flow.col_width - indent), size, lead, indent=indent,
                       margin=(label, indent - char_w - pdf.measure(label, size), R))
            flow.gap(lead * 0.5)
            n -= 1
    return pdf.to_bytes()


def _end_title(title: str, mark: str) -> str:
    """``title`` and ``mark`` (a full stop, a comma), unless the title ends in ? or !."""
    return title if title[-1:] in "?!" else title + mark


def render_europass_table(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """Europass-like table CV: right-aligned labels in a wide left column, thin rules between
    rows, Vancouver references "Lee AB, Chen B, Roe C. Title. Venue. 2021;3(2):1-9." (Arial)."""
    pdf = Writer("Helvetica")
    margin = rng.choice((42, 50, 58))
    label_w = rng.choice((118, 132, 146))
    gap = 14
    size = rng.choice((9, 9.5, 10))
    small = size - 1
    lead = size * 1.28
    rule_w = rng.choice((0.25, 0.4, 0.6))
    flow = Flow(pdf, margin, pdf.width - margin, 56, 58, footer=rng.choice((owner, "")))
    body = flow.col_width - label_w - gap
    x_body = label_w + gap

    def label(text: str, sz: float, bold: bool = False, italic: bool = False):
        return (text, label_w - pdf.measure(text, sz, bold, italic), (bold, italic))

    w = pdf.measure("Curriculum Vitae", 16, True)
    pdf.text(margin + label_w - w, flow.y, "Curriculum Vitae", 16, bold=True)
    pdf.text(margin + x_body, flow.y, owner, 16)
    flow.gap(30)

    def heading(text):
        flow.gap(10)
        flow.need(44)
        pdf.text(flow.x + label_w - pdf.measure(text, 11, True), flow.y, text, 11, bold=True)
        pdf.rule(flow.x + x_body, flow.y + 6, flow.x + flow.col_width, rule_w, grey=90)
        flow.gap(20)

    def row(text_lines, lab, sz=size, first_rule=False):
        flow.need(2 * lead)
        if not first_rule:
            pdf.rule(flow.x + x_body, flow.y - 4, flow.x + flow.col_width, rule_w * 0.6, grey=170)
        flow.block(text_lines, sz, lead, indent=x_body, margin=lab)
        flow.gap(5)

    heading("Personal information")
    for lab, text in zip(("Address", "E-mail"), _contact(owner).split("  |  ")):
        flow.block(wrap(pdf, [(text, R)], size, body), size, lead, indent=x_body, margin=label(lab, small))
    heading("Education and training")
    for i, (dates, what, note) in enumerate(EDUCATION):
        lines = wrap(pdf, [(what, B)], size, body) + (wrap(pdf, [(note, R)], size, body) if note else [])
        row(lines, label(dates, size), first_rule=i == 0)
    what = {"journal": "Journal article", "conference": "Conference paper", "preprint": "Preprint",
            "other": "Publication"}
    bold_owner = rng.random() < 0.5
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for i, e in enumerate(mine):
            names = _owner_runs(e["authors"], [vancouver_name(a) for a in e["authors"]], owner, bold_owner)
            runs = _joined_runs(names, last=", ", two=", ") + [(". " + _end_title(e["title"], ".") + " ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs.append((f"{e['venue']}. {e['year']};{vol}({no}):{p1}-{p2}.", R))
            elif kind == "conference":
                runs.append((f"In: {e['venue']}; {e['year']}. p. {p1}-{p2}.", R))
            elif kind == "preprint":
                runs.append((f"{printed_venue(e)} [Preprint]. {e['year']}.", R))
            else:
                runs.append((f"{e['venue']}. {e['year']}.", R))
            row(wrap(pdf, runs, size, body), label(what[kind], small, italic=True), first_rule=i == 0)
    return pdf.to_bytes()


def render_ieee_numbered(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """IEEE reference style: "[1]" inside the text column with a hanging indent, "A. Lee, B. Chen,
    and C. Roe, “Title,” *Venue*, vol. 3, no. 2, pp. 1–9, 2021." (Times, numbered upwards)."""
    pdf = Writer("Times")
    margin = rng.choice((60, 72, 84))
    size = rng.choice((9.5, 10, 11))
    lead = size * 1.18
    flow = Flow(pdf, margin, pdf.width - margin, 66, 66, footer="")
    pdf.text(margin, flow.y, owner, 18)
    flow.gap(24)
    pdf.text(margin, flow.y, _contact(owner), 9.5, italic=True)
    flow.gap(10)
    pdf.rule(margin, flow.y, pdf.width - margin, rng.choice((0.4, 0.8)))
    flow.gap(12)
    caps = rng.random() < 0.5

    def heading(text):
        flow.gap(8)
        flow.need(40)
        pdf.text(flow.x, flow.y, text.upper() if caps else text, 11 if caps else 12, bold=not caps)
        flow.gap(17)

    _other_sections(flow, heading, size, lead, 66, rng, talks=rng.random() < 0.5)
    label_w = pdf.measure(f"[{len(entries)}]", size) + 6
    bold_owner = rng.random() < 0.3
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [initials_first(a) for a in e["authors"]], owner, bold_owner)
            runs = _joined_runs(names, last=", and ") + [(", “" + _end_title(e["title"], ",") + "” ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f", vol. {vol}, no. {no}, pp. {p1}–{p2}, {e['year']}.", R)]
            elif kind == "conference":
                runs += [("in ", R), (e["venue"], I), (f", {e['year']}, pp. {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e), I), (f", {e['year']}.", R)]
            label = f"[{n}]"
            flow.block(wrap(pdf, runs, size, flow.col_width - label_w), size, lead, indent=label_w,
                       margin=(label, 0, R))
            flow.gap(rng.choice((1.5, 2.5)))
            n += 1
    return pdf.to_bytes()


def render_chicago_hanging(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """Chicago author-date with a hanging indent and no numbers: "Lee, Ann, Bo Chen, and Cy Roe.
    2021. “Title.” *Venue* 3 (2): 1–9." (humanities and social-science CVs)."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((66, 80, 94))
    size = rng.choice((10.5, 11, 12))
    lead = size * rng.choice((1.2, 1.35))
    hang = rng.choice((18, 24, 36))
    flow = Flow(pdf, margin, pdf.width - margin, 70, 70, header=owner)
    title = "CURRICULUM VITAE"
    pdf.centered(flow.y, title, 10)
    flow.gap(18)
    pdf.centered(flow.y, owner, 16, bold=True)
    flow.gap(24)
    contact = _contact(owner)
    pdf.centered(flow.y, contact, 9)
    flow.gap(26)
    italic_heads = rng.random() < 0.5

    def heading(text):
        flow.gap(lead * 0.6)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 1, bold=not italic_heads, italic=italic_heads)
        flow.gap(lead + 6)

    _other_sections(flow, heading, size, lead, 84, rng, talks=True)
    bold_owner = rng.random() < 0.5
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            printed = [chicago_first(a) if i == 0 else a for i, a in enumerate(e["authors"])]
            names = _owner_runs(e["authors"], printed, owner, bold_owner)
            runs = _joined_runs(names, last=", and ", two=", and ")  # "Lee, Ann, and Bo Chen"
            runs += [(f". {e['year']}. “" + _end_title(e["title"], ".") + "” ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f" {vol} ({no}): {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("In ", R), (e["venue"], I), (f", {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e), I), (".", R)]
            W = flow.col_width
            flow.block(wrap(pdf, runs, size, W, W - hang), size, lead, indent=hang, first_indent=0)
            flow.gap(lead * 0.45)
    return pdf.to_bytes()


def render_res_cls(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """LaTeX res.cls CV in a sans font: small-caps section names in a left column, DBLP-style
    entries "Ann Lee, Bo Chen, Cy Roe: Title. Venue 3(2): 1-9 (2021)" separated only by
    space, "[12]" counting down at the right margin."""
    pdf = Writer("Helvetica")
    margin = rng.choice((54, 64, 72))
    head_w = rng.choice((96, 104, 112))
    size = rng.choice((9, 9.5, 10))
    lead = size * 1.25
    cap = size + 1
    flow = Flow(pdf, margin, pdf.width - margin, 60, 62, footer=rng.choice((None, "")))
    body = flow.col_width - head_w

    def caps_width(text: str, big: float) -> float:
        return _caps_width(pdf, text, big)

    def small_caps(x: float, top: float, text: str, big: float) -> float:
        return _small_caps(pdf, x, top, text, big)

    small_caps((pdf.width - caps_width(owner, 18)) / 2, flow.y, owner, 18)
    flow.gap(26)
    contact = _contact(owner)
    pdf.centered(flow.y, contact, 9)
    flow.gap(14)
    pdf.rule(margin, flow.y, pdf.width - margin, rng.choice((0.4, 0.8)))
    flow.gap(16)

    def heading(text):
        """The section's name in the left column, over two lines when it is too wide."""
        flow.gap(lead)
        flow.need(3 * lead)
        words = text.split()
        if caps_width(text, cap) > head_w - 8 and len(words) > 1:
            parts = [" ".join(words[:-1]), words[-1]]
        else:
            parts = [text]
        for i, part in enumerate(parts):
            small_caps(flow.x, flow.y + i * lead, part, cap)

    heading("Education")
    for dates, what, note in EDUCATION:
        right = [[(0, dates, False, False)]]
        lines = wrap(pdf, [(what, R)], size, body - pdf.measure(dates, size) - 12)
        flow.block(lines, size, lead, indent=head_w, right=right)
        if note:
            flow.block([[(0, note, False, True)]], size, lead, indent=head_w)
        flow.gap(lead * 0.4)
    bold_owner = rng.random() < 0.5
    n = len(entries)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], e["authors"], owner, bold_owner)
            runs = _joined_runs(names, last=", ", two=", ") + [(": " + _end_title(e["title"], ".") + " ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs.append((f"{e['venue']} {vol}({no}): {p1}-{p2} ({e['year']})", R))
            elif kind == "conference":
                runs.append((f"{e['venue']} {e['year']}: {p1}-{p2}", R))
            else:
                runs.append((f"{printed_venue(e)} ({e['year']})", R))
            label = f"[{n}]"
            lines = wrap(pdf, runs, size, body - pdf.measure(f"[{len(entries)}]", size) - 10)
            flow.block(lines, size, lead, indent=head_w, right=[[(0, label, False, False)]])
            flow.gap(lead * 0.6)
            n -= 1
    return pdf.to_bytes()


def render_nature_numbered(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """Nature's reference style (Times): "1." at the left margin, "Lee, A., Chen, B. & Roe, C.
    Title. *Venue* **3**, 1–9 (2021)." (the volume in bold, the year in brackets at the end),
    "in *Venue* 1–9 (2021)." for a conference paper; numbered upwards."""
    pdf = Writer("Times")
    margin = rng.choice((54, 66, 78))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * rng.choice((1.18, 1.25))
    flow = Flow(pdf, margin, pdf.width - margin, 64, 64, footer=rng.choice(("", owner)))
    pdf.text(margin, flow.y, owner, 20, bold=True)
    flow.gap(27)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(12)
    pdf.rule(margin, flow.y, pdf.width - margin, rng.choice((0.4, 0.7)))
    flow.gap(12)
    head_size = rng.choice((11.5, 12))

    def heading(text):
        flow.gap(8)
        flow.need(40)
        pdf.text(flow.x, flow.y, text, head_size, bold=True)
        flow.gap(17)

    _other_sections(flow, heading, size, lead, 72, rng, talks=rng.random() < 0.5)
    label_w = pdf.measure(f"{len(entries)}.", size) + rng.choice((5, 8))
    bold_owner = rng.random() < 0.5
    space = rng.choice((1.5, 3))
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [apa_name(a) for a in e["authors"]], owner, bold_owner)
            runs = _joined_runs(names, last=" & ", two=" & ") + [(" " + _end_title(e["title"], ".") + " ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (" ", R), (str(vol), B), (f", {p1}–{p2} ({e['year']}).", R)]
            elif kind == "conference":
                runs += [("in ", R), (e["venue"], I), (f" {p1}–{p2} ({e['year']}).", R)]
            else:
                runs += [(printed_venue(e), I), (f" ({e['year']}).", R)]
            flow.block(wrap(pdf, runs, size, flow.col_width - label_w), size, lead, indent=label_w,
                       margin=(f"{n}.", 0, R))
            flow.gap(space)
            n += 1
    return pdf.to_bytes()


def render_acm_reference(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """The ACM Reference Format, unnumbered: "Ann Lee, Bo Chen, and Cy Roe. 2021. Title. In
    *Proceedings of the Venue*. 1–9." for a conference paper (the proceedings' name as the
    metadata gives it), "... Title. *Venue* 3, 2 (2021), 1–9." for a journal article; section
    headings in small capitals or bold, entries set apart by space (a hanging indent or none)."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((60, 72, 90))
    size = rng.choice((9, 9.5, 10))
    lead = size * rng.choice((1.2, 1.3))
    hang = rng.choice((0, 10, 14))
    flow = Flow(pdf, margin, pdf.width - margin, 66, 66, footer=rng.choice((None, "")), header=owner)
    caps = rng.random() < 0.5
    if caps:
        _small_caps(pdf, margin, flow.y, owner, 20)
    else:
        pdf.text(margin, flow.y, owner, 20, bold=True)
    flow.gap(28)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(24)

    def heading(text):
        flow.gap(lead)
        flow.need(3 * lead + 8)
        if caps:
            _small_caps(pdf, flow.x, flow.y, text, 12)
        else:
            pdf.text(flow.x, flow.y, text, 11.5, bold=True)
        flow.gap(lead + 6)

    _other_sections(flow, heading, size, lead, 76, rng, talks=rng.random() < 0.5)
    bold_owner = rng.random() < 0.4
    space = lead * rng.choice((0.35, 0.5))
    W = flow.col_width
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], e["authors"], owner, bold_owner)
            runs = _joined_runs(names, last=", and ", two=" and ")
            runs += [(f". {e['year']}. " + _end_title(e["title"], ".") + " ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f" {vol}, {no} ({e['year']}), {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("In ", R), (e["venue"], I), (f". {p1}–{p2}.", R)]
            elif kind == "preprint":
                runs += [(f"{printed_venue(e)}.", R)]
            else:
                runs += [(e["venue"], I), (f" ({e['year']}).", R)]
            flow.block(wrap(pdf, runs, size, W, W - hang), size, lead, indent=hang, first_indent=0)
            flow.gap(space)
    return pdf.to_bytes()


def render_mla_hanging(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """MLA 9 (Times), a hanging indent and no numbers: "Lee, Ann, et al. “Title.” *Venue*,
    vol. 3, no. 2, 2021, pp. 1–9." (three or more authors: the first, inverted, and "et al.";
    two: "Lee, Ann, and Bo Chen."), the owner in bold where printed."""
    pdf = Writer("Times")
    margin = rng.choice((72, 84, 96))
    size = rng.choice((11, 11.5, 12))
    lead = size * rng.choice((1.15, 1.3))
    hang = 36  # half an inch
    flow = Flow(pdf, margin, pdf.width - margin, 72, 72, header=rng.choice((owner, None)))
    pdf.centered(flow.y, owner, 18, bold=True)
    flow.gap(25)
    contact = _contact(owner)
    pdf.centered(flow.y, contact, 9.5)
    flow.gap(28)
    underline = rng.random() < 0.5

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(3 * lead + 10)
        w = pdf.text(flow.x, flow.y, text, size + 1, bold=not underline)
        if underline:
            pdf.rule(flow.x, flow.y + 0.8 * (size + 1) + 1.5, flow.x + w, 0.6)
        flow.gap(lead + 6)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    W = flow.col_width
    space = lead * rng.choice((0.2, 0.5))
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            shown, truncated = et_al(e["authors"])
            printed = [chicago_first(shown[0])] + shown[1:]
            names = _owner_runs(shown, printed, owner, True)
            if truncated:
                runs = names + [(", et al.", R)]
            elif len(names) == 2:
                runs = [names[0], (", and ", R), names[1]]
            else:
                runs = names
            if not (truncated or printed[-1].endswith(".")):  # "Lee, Ann B." takes no second stop
                runs = runs + [(".", R)]
            runs += [(" “" + _end_title(e["title"], ".") + "” ", R), (e["venue"], I)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs.append((f", vol. {vol}, no. {no}, {e['year']}, pp. {p1}–{p2}.", R))
            elif kind == "conference":
                runs.append((f", {e['year']}, pp. {p1}–{p2}.", R))
            elif e.get("arxiv_id"):
                runs.append((f", {e['year']}, arxiv.org/abs/{e['arxiv_id']}.", R))
            else:
                runs.append((f", {e['year']}.", R))
            flow.block(wrap(pdf, runs, size, W, W - hang), size, lead, indent=hang, first_indent=0)
            flow.gap(space)
    return pdf.to_bytes()


def render_harvard_year_column(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A word processor's two-column table: the year alone in a narrow left column, Harvard
    references beside it, "Lee, A., Chen, B. and Roe, C. (2021) ‘Title’, *Venue*, 3(2), pp.
    1–9.", a thin rule between sections."""
    pdf = Writer(rng.choice(("Helvetica", "Times")))
    margin = rng.choice((54, 64, 72))
    year_w = rng.choice((40, 46, 54))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * 1.25
    flow = Flow(pdf, margin, pdf.width - margin, 60, 62, footer=rng.choice((None, "", owner)))
    body = flow.col_width - year_w
    pdf.text(margin, flow.y, owner, 22, bold=True)
    flow.gap(30)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(18)
    heading_in_body = rng.random() < 0.5
    every_year = rng.random() < 0.5
    bold_year = rng.random() < 0.5
    grey = rng.choice((0, 110, 160))
    rule_w = rng.choice((0.3, 0.5))
    first = [True]

    def heading(text):
        flow.gap(6)
        flow.need(3 * lead + 14)
        if not first[0]:
            pdf.rule(flow.x, flow.y, flow.x + flow.col_width, rule_w, grey=grey)
            flow.gap(8)
        first[0] = False
        pdf.text(flow.x + (year_w if heading_in_body else 0), flow.y, text, size + 2, bold=True)
        flow.gap(lead + 6)

    def row(year: str | None, lines):
        margin_label = (year, 0, (bold_year, False)) if year else None
        flow.block(lines, size, lead, indent=year_w, margin=margin_label)
        flow.gap(lead * 0.4)

    heading("Education")
    for dates, what, note in EDUCATION:
        runs = [(what, R)] + ([(". " + note, R)] if note else [])
        row(dates[-4:], wrap(pdf, runs, size, body))
    bold_owner = rng.random() < 0.5
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        year = None
        for e in mine:
            names = _owner_runs(e["authors"], [harvard_name(a) for a in e["authors"]], owner, bold_owner)
            runs = _joined_runs(names, last=" and ", two=" and ") + [(f" ({e['year']}) ‘{e['title']}’, ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f", {vol}({no}), pp. {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("in ", R), (e["venue"], I), (f", pp. {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e), I), (".", R)]
            shown = str(e["year"]) if (every_year or e["year"] != year) else None
            year = e["year"]
            row(shown, wrap(pdf, runs, size, body))
    return pdf.to_bytes()


def _underlined_block(flow: Flow, lines, size: float, lead: float, marked: set[int], indent: float = 0.0,
                      first_indent: float | None = None, margin=None) -> None:
    """:meth:`Flow.block` with the words whose index (counted over all the lines, as
    :func:`runs_words` counts them) is in ``marked`` underlined by a thin drawn rule."""
    k = 0
    for i, line in enumerate(lines):
        flow.need(lead)
        x0 = flow.x + (first_indent if (i == 0 and first_indent is not None) else indent)
        if i == 0 and margin:
            text, dx, (bold, italic) = margin
            flow.pdf.text(flow.x + dx, flow.y, text, size, bold, italic)
        flow.draw(x0, line, size)
        spans: list[list[float]] = []  # one rule under each run of marked words, as a word processor draws it
        for dx, word, bold, italic in line:
            if k in marked:
                end = dx + flow.pdf.measure(word.rstrip(".,;:"), size, bold, italic)
                if spans and k - 1 in marked:
                    spans[-1][1] = end
                else:
                    spans.append([dx, end])
            k += 1
        for a, b in spans:
            flow.pdf.rule(x0 + a, flow.y + size * 0.95, x0 + b, max(0.4, size * 0.05))
        flow.y += lead


def _marked(runs, which) -> set[int]:
    """The word indices of :func:`runs_words` (as :func:`wrap` lays them out, one per word,
    punctuation glued on or not) that fall in the runs whose index is in ``which``."""
    out, k = set(), 0
    for i, run in enumerate(runs):
        n = len(runs_words([run]))
        if i in which:
            out.update(range(k, k + n))
        k += n
    return out


def render_vancouver_year_margin(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A medical CV (Helvetica): the year of each entry in a narrow left margin, Vancouver
    references "Lee AB, Chen B, Roe C. Title. Venue. 2021;3:1-9." with the owner underlined."""
    pdf = Writer("Helvetica")
    margin = rng.choice((50, 60, 72))
    year_w = rng.choice((38, 44, 52))
    size = rng.choice((9, 9.5, 10))
    lead = size * rng.choice((1.2, 1.3))
    flow = Flow(pdf, margin, pdf.width - margin, 62, 62, footer=rng.choice((owner, "")))
    pdf.text(margin, flow.y, owner + ", MD, PhD", 18, bold=True)
    flow.gap(26)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(22)
    upper = rng.random() < 0.5

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text.upper() if upper else text, size + 1.5, bold=True)
        flow.gap(lead + 4)

    _other_sections(flow, heading, size, lead, year_w + 12, rng, talks=rng.random() < 0.5)
    body = flow.col_width - year_w
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            runs = _joined_runs([(vancouver_name(a), R) for a in e["authors"]], last=", ", two=", ")
            owner_run = {2 * e["authors"].index(owner)}
            runs += [(". " + _end_title(e["title"], ".") + " ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs.append((f"{e['venue']}. {e['year']};{vol}:{p1}-{p2}.", R))
            elif kind == "conference":
                runs.append((f"In: {e['venue']}; {e['year']}. p. {p1}-{p2}.", R))
            else:
                runs.append((f"{printed_venue(e)}. {e['year']}.", R))
            _underlined_block(flow, wrap(pdf, runs, size, body), size, lead, _marked(runs, owner_run),
                              indent=year_w, margin=(str(e["year"]), 0, R))
            flow.gap(lead * 0.35)
    return pdf.to_bytes()


def render_lncs_numbered(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """Springer LNCS (splncs04, Times): "1." right-aligned in a label column, "Lee, A.B., Chen,
    B., Roe, C.: Title. In: Venue, pp. 1–9 (2021)" or "... Title. Venue 3(2), 1–9 (2021)"."""
    pdf = Writer("Times")
    margin = rng.choice((72, 90, 108))
    size = rng.choice((9, 9.5, 10))
    lead = size * 1.2
    flow = Flow(pdf, margin, pdf.width - margin, 72, 72, footer=rng.choice((None, "")))
    pdf.centered(flow.y, owner, 16, bold=True)
    flow.gap(22)
    pdf.centered(flow.y, _contact(owner), 9)
    flow.gap(26)

    def heading(text):
        flow.gap(lead)
        flow.need(3 * lead + 8)
        pdf.text(flow.x, flow.y, text, 12, bold=True)
        flow.gap(lead + 5)

    _other_sections(flow, heading, size, lead, 70, rng, talks=rng.random() < 0.5)
    label_w = pdf.measure(f"{len(entries)}.", size) + 5
    bold_owner = rng.random() < 0.5
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [harvard_name(a) for a in e["authors"]], owner, bold_owner)
            runs = _joined_runs(names, last=", ", two=", ") + [(": " + _end_title(e["title"], ".") + " ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs.append((f"{e['venue']} {vol}({no}), {p1}–{p2} ({e['year']})", R))
            elif kind == "conference":
                runs.append((f"In: {e['venue']}, pp. {p1}–{p2} ({e['year']})", R))
            else:
                runs.append((f"{printed_venue(e)} ({e['year']})", R))
            label = f"{n}."
            flow.block(wrap(pdf, runs, size, flow.col_width - label_w), size, lead, indent=label_w,
                       margin=(label, label_w - 4 - pdf.measure(label, size), R))
            flow.gap(rng.choice((1, 2.5)))
            n += 1
    return pdf.to_bytes()


def render_three_line_block(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """Each entry a block: the title in bold, the authors below (the owner underlined), then
    "*Venue*, 2021" in italics; entries set apart by space only (Helvetica or Times)."""
    pdf = Writer(rng.choice(("Helvetica", "Times")))
    margin = rng.choice((56, 68, 80))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * rng.choice((1.2, 1.3))
    indent = rng.choice((0, 12))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice((None, owner)))
    pdf.text(margin, flow.y, owner, 22)
    flow.gap(30)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(12)
    pdf.rule(margin, flow.y, pdf.width - margin, 0.5, grey=120)
    flow.gap(14)

    def heading(text):
        flow.gap(lead)
        flow.need(4 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 3, bold=True)
        flow.gap(lead + 6)

    _other_sections(flow, heading, size, lead, 80, rng, talks=rng.random() < 0.5)
    W = flow.col_width - indent
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            flow.need(3 * lead)
            flow.block(wrap(pdf, [(e["title"], B)], size, W), size, lead, indent=indent)
            runs = _joined_runs([(a, R) for a in e["authors"]], last=", and ", two=" and ")
            _underlined_block(flow, wrap(pdf, runs, size, W), size, lead,
                              _marked(runs, {2 * e["authors"].index(owner)}), indent=indent)
            flow.block(wrap(pdf, [(f"{printed_venue(e)}, {e['year']}", I)], size, W), size, lead, indent=indent)
            flow.gap(lead * rng.choice((0.6, 0.9)))
    return pdf.to_bytes()


def render_title_first_labels(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A word processor's sans-serif CV: "[J3]" labels inline, a tab to a hanging indent, the
    title first: "[J3] Title. A. Lee, B. Chen and C. Roe. *Venue*, 2021." (owner bold),
    numbered downwards within each section, "Page 2 of 3"-like footers."""
    pdf = Writer("Helvetica")
    margin = rng.choice((54, 64, 72))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * 1.25
    flow = Flow(pdf, margin, pdf.width - margin, 58, 62, footer=owner)
    pdf.text(margin, flow.y, owner, 20, bold=True)
    flow.gap(26)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(24)
    shade = rng.random() < 0.5

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 10)
        if shade:
            pdf.rule(flow.x, flow.y - 2, flow.x + flow.col_width, size + 6, grey=225)
        pdf.text(flow.x + 2, flow.y, text.upper(), size + 1, bold=True)
        flow.gap(lead + 6)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    tab = pdf.measure("[J00]", size) + rng.choice((6, 10))
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        n = len(mine)
        for e in mine:
            names = _owner_runs(e["authors"], [initials_first(a) for a in e["authors"]], owner, True)
            runs = [(_end_title(e["title"], ".") + " ", R)] + _joined_runs(names, last=" and ", two=" and ")
            runs += [(". ", R), (printed_venue(e), I), (f", {e['year']}.", R)]
            flow.block(wrap(pdf, runs, size, flow.col_width - tab), size, lead, indent=tab,
                       margin=(f"[{LABEL_LETTER[kind]}{n}]", 0, R))
            flow.gap(lead * 0.3)
            n -= 1
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round six


def made_up_doi(e: dict) -> str:
    """A DOI-shaped string for an entry whose metadata has none: a digest of its title."""
    h = int(hashlib.md5(("doi|" + e["title"]).encode("utf-8")).hexdigest(), 16)
    return f"10.{1000 + h % 9000}/{chr(97 + (h >> 16) % 26)}{chr(97 + (h >> 21) % 26)}.{e['year']}.{(h >> 28) % 100000:05d}"


def render_word_tab_dates(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A word processor's CV (Helvetica): each entry a paragraph with a hanging indent and its
    year right-aligned at the right margin by a tab on its first line (the year is printed
    nowhere else); APA names without the year, "Lee, A., **Holloway, M. T.**, & Roe, C.
    Title. *Venue*, *3*(2), 1–9." (owner bold, venue and volume italic)."""
    pdf = Writer("Helvetica")
    margin = rng.choice((54, 64, 72))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * rng.choice((1.2, 1.3))
    hang = rng.choice((0, 14, 21))
    tab_w = pdf.measure("0000", size) + rng.choice((18, 28))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 62, footer=rng.choice((None, "", owner)))
    pdf.text(margin, flow.y, owner, 20, bold=True)
    flow.gap(27)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(22)
    caps = rng.random() < 0.5

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 12)
        w = pdf.text(flow.x, flow.y, text.upper() if caps else text, size + 1.5, bold=True)
        pdf.rule(flow.x, flow.y + size + 4, flow.x + (flow.col_width if rng.random() < 0.7 else w), 0.5)
        flow.gap(lead + 8)

    heading("Education")
    for dates, what, note in EDUCATION:
        lines = wrap(pdf, [(what, R)] + ([(", " + note, R)] if note else []), size, flow.col_width - tab_w)
        flow.block(lines, size, lead, right=[[(0, dates, False, False)]])
        flow.gap(lead * 0.3)
    W = flow.col_width - tab_w
    space = lead * rng.choice((0.3, 0.6))
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [apa_name(a) for a in e["authors"]], owner, True)
            runs = _joined_runs(names, last=", & ", two=", & ") if len(names) > 1 else list(names)
            if not runs[-1][0].endswith("."):
                runs.append((".", R))
            runs.append((" " + _end_title(e["title"], ".") + " ", R))
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"] + ",", I), (" ", R), (str(vol), I), (f"({no}), {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("In ", R), (e["venue"], I), (f" (pp. {p1}–{p2}).", R)]
            else:
                runs += [(printed_venue(e), I), (".", R)]
            year = [[(0, str(e["year"]), False, False)]]
            flow.block(wrap(pdf, runs, size, W, W - hang), size, lead, indent=hang, first_indent=0, right=year)
            flow.gap(space)
    return pdf.to_bytes()


def render_latex_reverse_doi(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A LaTeX CV (Times) numbered in reverse over the whole list, "[24]" down to "[1]"
    right-aligned in a label column, "A. Lee, M. T. Holloway, and C. Roe. Title. *Venue*,
    3(2):1–9, 2021." and the DOI on a line of its own in typewriter type (preprints print
    their arXiv identifier as the venue and no DOI)."""
    pdf = Writer("Times")
    margin = rng.choice((72, 84, 96))
    size = rng.choice((10, 10.5, 11))
    lead = size * 1.2
    flow = Flow(pdf, margin, pdf.width - margin, 72, 72, footer=rng.choice(("", None)))
    pdf.centered(flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.centered(flow.y, _contact(owner), 9.5)
    flow.gap(28)
    italic_sub = rng.random() < 0.5

    def heading(text, big=12.5):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 12)
        pdf.text(flow.x, flow.y, text, big, bold=True)
        flow.gap(lead + 6)

    def subheading(text):
        flow.gap(lead * 0.3)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 0.5, bold=not italic_sub, italic=italic_sub)
        flow.gap(lead + 3)

    _other_sections(flow, heading, size, lead, 74, rng, talks=rng.random() < 0.5)
    heading("Publications")
    label_w = pdf.measure(f"[{len(entries)}]", size) + rng.choice((6, 9))
    W = flow.col_width - label_w
    bold_owner = rng.random() < 0.5
    url = rng.random() < 0.5
    n = len(entries)
    for kind, mine in sections(entries):
        subheading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [initials_first(a) for a in e["authors"]], owner, bold_owner)
            runs = _joined_runs(names) + [(". " + _end_title(e["title"], ".") + " ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f", {vol}({no}):{p1}–{p2}, {e['year']}.", R)]
            elif kind == "conference":
                runs += [("In ", R), (e["venue"], I), (f", pages {p1}–{p2}, {e['year']}.", R)]
            else:
                runs += [(printed_venue(e), I), (f", {e['year']}.", R)]
            label = f"[{n}]"
            lines = wrap(pdf, runs, size, W)
            flow.block(lines, size, lead, indent=label_w, margin=(label, label_w - 5 - pdf.measure(label, size), R))
            if kind != "preprint":
                doi = made_up_doi(e)
                pdf.family = "Courier"
                flow.block([[(0, f"https://doi.org/{doi}" if url else f"doi:{doi}", False, False)]],
                           size - 1, lead, indent=label_w)
                pdf.family = "Times"
            flow.gap(rng.choice((2, 4)))
            n -= 1
    return pdf.to_bytes()


def render_awesome_sidebar(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A two-column awesome-cv / AltaCV variant (Helvetica): a narrow sidebar on the first page
    (contact, interests, skills, languages) beside the main column; headings in small
    capitals with a rule below; each entry a bold title, then "Ann Lee, **Maren T.
    Holloway** and Bo Chen. *Venue*, 2021." in a smaller size."""
    pdf = Writer("Helvetica")
    margin = rng.choice((36, 44))
    side_w = rng.choice((140, 156, 172))
    gutter = rng.choice((18, 24))
    size = rng.choice((9, 9.5, 10))
    small = size - rng.choice((0.5, 1))
    lead = size * 1.25
    top = 56
    body_top = top + 56
    main_left = margin + side_w + gutter
    flow = Flow(pdf, main_left, pdf.width - margin, body_top, 56, footer=rng.choice((None, "")))
    first, _, last = owner.rpartition(" ")
    w = pdf.text(margin, top, first, 24)
    pdf.text(margin + w + 6, top, last, 24, bold=True)
    pdf.text(margin, top + 30, "Research Scientist", 11, italic=True)
    # the sidebar, on the first page only: short lines at the main column's heights
    y = body_top

    def side_heading(text):
        nonlocal y
        _small_caps(pdf, margin, y, text, 11)
        pdf.rule(margin, y + 13, margin + side_w, 0.5)
        y += 20

    def side_line(text, italic=False):
        nonlocal y
        for line in wrap(pdf, [(text, I if italic else R)], 8.5, side_w):
            flow.y = y
            flow.draw(margin, line, 8.5)
            y += 11
        y += 2

    flow_y = flow.y
    side_heading("Contact")
    for part in _contact(owner).split("  |  "):
        side_line(part)
    side_heading("Interests")
    for item in ("Statistical inference", "Scientific computing", "Open data"):
        side_line(item)
    side_heading("Skills")
    for item in ("Python, R, Julia", "LaTeX, Git", "High-performance computing"):
        side_line(item)
    side_heading("Languages")
    for item in ("English (native)", "German (fluent)"):
        side_line(item, italic=True)
    flow.y = flow_y

    def heading(text):
        flow.gap(lead * 0.6)
        flow.need(3 * lead + 14)
        _small_caps(pdf, flow.x, flow.y, text, 13)
        pdf.rule(flow.x, flow.y + 15, flow.x + flow.col_width, 0.7, grey=rng.choice((0, 90)))
        flow.gap(lead + 10)

    heading("Education")
    for dates, what, note in EDUCATION:
        flow.block(wrap(pdf, [(what, B)], size, flow.col_width), size, lead)
        flow.block(wrap(pdf, [(dates + (". " + note if note else ""), I)], small, flow.col_width), small, small * 1.25)
        flow.gap(lead * 0.4)
    W = flow.col_width
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            flow.need(2 * lead)
            flow.block(wrap(pdf, [(e["title"], B)], size, W), size, lead)
            names = _owner_runs(e["authors"], e["authors"], owner, True)
            runs = _joined_runs(names, last=" and ", two=" and ") + [(". ", R), (printed_venue(e), I),
                                                                     (f", {e['year']}.", R)]
            flow.block(wrap(pdf, runs, small, W), small, small * 1.25)
            flow.gap(lead * rng.choice((0.5, 0.8)))
    return pdf.to_bytes()


def render_typst_with_coauthors(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A Typst modern-cv (Helvetica): the bold title at the left with the year right-aligned on
    its line, the venue in italics below, then "with Ann Lee and Bo Chen" in a smaller size
    (the owner is implied; an entry of the owner alone has no such line). Education is set
    the same way, so its rows look like entries."""
    pdf = Writer("Helvetica")
    margin = rng.choice((48, 56, 64))
    size = rng.choice((9.5, 10, 10.5))
    small = size - 1
    lead = size * 1.3
    flow = Flow(pdf, margin, pdf.width - margin, 56, 60, footer=rng.choice((owner, "")))
    pdf.centered(flow.y, owner, 26, bold=True)
    flow.gap(34)
    pdf.centered(flow.y, _contact(owner), 9)
    flow.gap(28)
    word = rng.choice(("with", "With"))

    def heading(text):
        flow.gap(lead * 0.6)
        flow.need(4 * lead + 14)
        w = pdf.text(flow.x, flow.y, text, 14, bold=True)
        pdf.rule(flow.x + w + 8, flow.y + 8, flow.x + flow.col_width, 0.6)
        flow.gap(lead + 8)

    def item(title_runs, date: str, lines_below):
        date_w = pdf.measure(date, size)
        flow.need(2 * lead)
        flow.block(wrap(pdf, title_runs, size, flow.col_width - date_w - 16), size, lead,
                   right=[[(0, date, False, False)]])
        for runs, sz in lines_below:
            flow.block(wrap(pdf, runs, sz, flow.col_width), sz, sz * 1.3)
        flow.gap(lead * 0.5)

    heading("Education")
    for dates, what, note in EDUCATION:
        item([(what, B)], dates, [([(note, I)], size)] if note else [])
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            coauthors = [a for a in e["authors"] if a != owner]
            below = [([(printed_venue(e), I)], size)]
            if coauthors:
                below.append(([(f"{word} " + _join(coauthors), R)], small))
            item([(e["title"], B)], str(e["year"]), below)
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round seven


def render_ams_math(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A mathematician's CV in the AMS style (amsplain, Times), unnumbered, a hanging indent:
    "A. Lee, B. Chen, and C. Roe, *Title in italics*, Venue **3** (2021), no. 2, 1–9." (the
    volume in bold, the year in parentheses after it); a conference paper "..., *Title*,
    Venue (2021), pp. 1–9."; a preprint "..., *Title*, arXiv:2101.01234 (2021)."."""
    pdf = Writer("Times")
    margin = rng.choice((72, 84, 96))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.2, 1.25))
    hang = rng.choice((14, 18, 24))
    flow = Flow(pdf, margin, pdf.width - margin, 72, 72, footer=rng.choice(("", None)))
    pdf.centered(flow.y, owner.upper(), 14, bold=False)
    flow.gap(20)
    pdf.centered(flow.y, _contact(owner), 9.5)
    flow.gap(26)
    caps = rng.random() < 0.5

    def heading(text):
        flow.gap(lead * 0.9)
        flow.need(3 * lead + 12)
        if caps:
            _small_caps(pdf, flow.x, flow.y, text, 11.5)
        else:
            pdf.text(flow.x, flow.y, text, 11.5, bold=True)
        flow.gap(lead + 5)

    _other_sections(flow, heading, size, lead, 80, rng, talks=rng.random() < 0.5)
    W = flow.col_width
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = [(initials_first(a), R) for a in e["authors"]]
            runs = _joined_runs(names) + [(", ", R), (e["title"], I)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(f", {e['venue']} ", R), (str(vol), B), (f" ({e['year']}), no. {no}, {p1}–{p2}.", R)]
            elif kind == "preprint":
                runs += [(f", {printed_venue(e)} ({e['year']}).", R)]
            else:
                runs += [(f", {e['venue']} ({e['year']}), pp. {p1}–{p2}.", R)]
            flow.block(wrap(pdf, runs, size, W, W - hang), size, lead, indent=hang, first_indent=0)
            flow.gap(rng.choice((1, 3)))
    return pdf.to_bytes()


def render_cs_badges(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A computer scientist's CV (Helvetica): a grey teaser box at the left of each entry,
    beside it the bold title, the authors (owner bold, some names marked "*" for equal
    contribution), then "*Venue*, 2021" followed by link labels "[PDF] [Code] [arXiv]" in a
    smaller size and sometimes a note ("Oral", "Spotlight")."""
    pdf = Writer("Helvetica")
    margin = rng.choice((44, 54))
    size = rng.choice((9.5, 10))
    small = size - 1
    lead = size * 1.3
    box = rng.choice((64, 80, 96))
    flow = Flow(pdf, margin, pdf.width - margin, 56, 56, footer=rng.choice((None, owner)))
    pdf.text(margin, flow.y, owner, 22, bold=True)
    flow.gap(28)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(24)

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(5 * lead + 12)
        pdf.text(flow.x, flow.y, text, 13, bold=True)
        pdf.rule(flow.x, flow.y + 16, flow.x + flow.col_width, 0.8, grey=150)
        flow.gap(lead + 10)

    _other_sections(flow, heading, size, lead, 80, rng, talks=False)
    x_text = box + 12
    W = flow.col_width - x_text
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            title = wrap(pdf, [(e["title"], B)], size, W)
            names = []
            for a in e["authors"]:
                mark = "*" if (len(e["authors"]) > 2 and rng.random() < 0.25) else ""
                names.append((a + mark, B if a == owner else R))
            authors = wrap(pdf, _joined_runs(names, last=", and "), small, W)
            note = rng.choice(("", "", " (Oral)", " (Spotlight)"))
            venue = wrap(pdf, [(printed_venue(e), I), (f", {e['year']}{note}", R)], small, W)
            links = rng.sample(["[PDF]", "[Code]", "[arXiv]", "[Slides]", "[Project]"], rng.choice((1, 2, 3)))
            height = len(title) * lead + (len(authors) + len(venue) + 1) * small * 1.3
            flow.need(max(height, box * 0.62) + 4)
            top = flow.y
            pdf.rule(flow.x, top - size + 1, flow.x + box, box * 0.6, grey=rng.choice((200, 215, 230)))
            flow.block(title, size, lead, indent=x_text)
            flow.block(authors, small, small * 1.3, indent=x_text)
            flow.block(venue, small, small * 1.3, indent=x_text)
            flow.block([[(0, "  ".join(links), False, False)]], small - 0.5, small * 1.3, indent=x_text)
            flow.y = max(flow.y, top + box * 0.6) + lead * 0.6
    return pdf.to_bytes()


def render_table_venue_column(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A word processor's three-column table (Helvetica): the year in a narrow left column,
    the title with the authors below it (smaller, owner underlined or bold) in the middle,
    the venue in italics in a right-hand column of its own, wrapped there; a bold header row
    and thin rules between the rows."""
    pdf = Writer("Helvetica")
    margin = rng.choice((48, 56, 64))
    size = rng.choice((9, 9.5, 10))
    small = size - 0.5
    lead = size * 1.25
    year_w = pdf.measure("0000", size) + rng.choice((10, 16))
    venue_w = rng.choice((120, 140, 160))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice((None, "", owner)))
    pdf.text(margin, flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(22)
    mid_w = flow.col_width - year_w - venue_w - 12
    x_mid, x_venue = year_w, year_w + mid_w + 12
    underline = rng.random() < 0.5

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(5 * lead + 14)
        pdf.text(flow.x, flow.y, text.upper(), size + 2, bold=True)
        flow.gap(lead + 6)
        pdf.text(flow.x, flow.y, "Year", size, bold=True)
        pdf.text(flow.x + x_mid, flow.y, "Publication", size, bold=True)
        pdf.text(flow.x + x_venue, flow.y, "Published in", size, bold=True)
        pdf.rule(flow.x, flow.y + size + 2, flow.x + flow.col_width, 0.8)
        flow.gap(lead + 5)

    def plain_heading(text):
        flow.gap(lead * 0.8)
        flow.need(4 * lead)
        pdf.text(flow.x, flow.y, text.upper(), size + 2, bold=True)
        flow.gap(lead + 6)

    _other_sections(flow, plain_heading, size, lead, 84, rng, talks=False)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            middle = [(line, size) for line in wrap(pdf, [(e["title"], R)], size, mid_w)]
            names = [(a, B if (a == owner and not underline) else R) for a in e["authors"]]
            name_runs = _joined_runs(names, last=" and ", two=" and ")
            marked = _marked(name_runs, {2 * e["authors"].index(owner)}) if underline else set()
            author_lines = wrap(pdf, name_runs, small, mid_w)
            first_author_line = len(middle)
            middle += [(line, small) for line in author_lines]
            venue = wrap(pdf, [(printed_venue(e), I)], size, venue_w)
            rows = max(len(middle), len(venue))
            flow.need(rows * lead + 6)
            top = flow.y
            pdf.text(flow.x, top, str(e["year"]), size)
            k = 0
            for i in range(rows):
                flow.y = top + i * lead
                if i < len(middle):
                    line, sz = middle[i]
                    flow.draw(flow.x + x_mid, line, sz)
                    for dx, word, bold, italic in (line if i >= first_author_line else []):
                        if k in marked:
                            w = pdf.measure(word.rstrip(".,;:"), sz, bold, italic)
                            pdf.rule(flow.x + x_mid + dx, flow.y + sz * 0.95, flow.x + x_mid + dx + w, 0.45)
                        k += 1
                if i < len(venue):
                    flow.draw(flow.x + x_venue, venue[i], size)
            flow.y = top + rows * lead
            pdf.rule(flow.x, flow.y - lead + size + 3, flow.x + flow.col_width, 0.3, grey=160)
            flow.gap(5)
    return pdf.to_bytes()


def din_name(name: str) -> str:
    """"Ann B. de Haro" -> "de Haro, Ann B." (DIN ISO 690 inverts every author)."""
    return chicago_first(name)


def render_din_semicolon(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A European CV in the DIN ISO 690 style (Times or Helvetica): en-dash bullets, every
    name inverted and the names separated by semicolons, the year in parentheses and a
    colon: "Lee, Ann; Chen, Bo; Roe, Cy (2021): Title. In: *Venue* 3 (2), S. 1–9." (the
    owner bold or not); sections headed in bold with numbered headings ("3.1 Journal
    Articles")."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((60, 70, 80))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.2, 1.3))
    indent = rng.choice((12, 16))
    flow = Flow(pdf, margin, pdf.width - margin, 64, 64, footer=rng.choice(("", None)))
    pdf.text(margin, flow.y, "Curriculum Vitae", 16, bold=True)
    flow.gap(22)
    pdf.text(margin, flow.y, owner, 12)
    flow.gap(16)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(26)
    bold_owner = rng.random() < 0.5

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 12)
        pdf.text(flow.x, flow.y, text, size + 1.5, bold=True)
        flow.gap(lead + 4)

    _other_sections(flow, lambda t: heading(("1 " if t == "Education" else "2 ") + t), size, lead, 84, rng,
                    talks=rng.random() < 0.5)
    heading("3 Publications")
    W = flow.col_width - indent
    for i, (kind, mine) in enumerate(sections(entries), start=1):
        heading(f"3.{i} {SECTION_TITLES[kind]}")
        for e in mine:
            names = _owner_runs(e["authors"], [din_name(a) for a in e["authors"]], owner, bold_owner)
            runs = [run for i, name in enumerate(names) for run in ([("; ", R)] if i else []) + [name]]
            runs += [(f" ({e['year']}): " + _end_title(e["title"], ".") + " ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [("In: ", R), (e["venue"], I), (f" {vol} ({no}), S. {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("In: ", R), (e["venue"], I), (f", S. {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e), I), (".", R)]
            flow.need(lead)
            pdf.text(flow.x, flow.y, "–", size)
            flow.block(wrap(pdf, runs, size, W), size, lead, indent=indent)
            flow.gap(rng.choice((2, 4)))
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round eight


def alpha_key(e: dict) -> str:
    """BibTeX ``alpha``'s key: the first three letters of a sole author's surname, the first
    letter of each of two to four surnames, or of the first three and "+" for more; then the
    year's last two digits."""
    surnames = [re.sub(r"[^A-Za-z]", "", split_name(a)[1]) or "X" for a in e["authors"]]
    if len(surnames) == 1:
        stem = surnames[0][:3]
    elif len(surnames) <= 4:
        stem = "".join(s[0] for s in surnames)
    else:
        stem = "".join(s[0] for s in surnames[:3]) + "+"
    return stem + f"{e['year'] % 100:02d}"


def render_alpha_labels(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A LaTeX CV with BibTeX's ``alpha`` style (Times): "[LCR21]" keys in a margin column as
    wide as the widest key, "Ann Lee, Bo Chen, and Cy Roe. Title. *Venue*, 3(2):1–9, 2021."
    (full names; the owner bold or not); two entries of the same key get "a" and "b"."""
    pdf = Writer("Times")
    margin = rng.choice((72, 84, 96))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.2, 1.25))
    flow = Flow(pdf, margin, pdf.width - margin, 72, 72, footer=rng.choice((None, "")))
    pdf.centered(flow.y, owner, 17, bold=True)
    flow.gap(22)
    pdf.centered(flow.y, _contact(owner), 9.5)
    flow.gap(26)
    bold_owner = rng.random() < 0.5

    def heading(text):
        flow.gap(lead)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, 12.5, bold=True)
        flow.gap(lead + 5)

    _other_sections(flow, heading, size, lead, 80, rng, talks=rng.random() < 0.5)
    keys = {id(e): alpha_key(e) for _, mine in sections(entries) for e in mine}
    counts = Counter(keys.values())
    seen: Counter = Counter()
    for e in (e for _, mine in sections(entries) for e in mine):
        k = keys[id(e)]
        if counts[k] > 1:
            keys[id(e)] = k + "abcdefghijklmnopqrstuvwxyz"[seen[k]]
            seen[k] += 1
    label_w = max(pdf.measure(f"[{k}]", size) for k in keys.values()) + 8
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], e["authors"], owner, bold_owner)
            vol, no, p1, p2 = made_up_numbers(e)
            runs = _joined_runs(names) + [(". " + _end_title(e["title"], ".") + " ", R), (printed_venue(e), I)]
            runs.append((f", {vol}({no}):{p1}–{p2}, {e['year']}." if kind == "journal" else f", {e['year']}.", R))
            flow.block(wrap(pdf, runs, size, flow.col_width - label_w), size, lead, indent=label_w,
                       margin=(f"[{keys[id(e)]}]", 0, R))
            flow.gap(rng.choice((2, 4)))
    return pdf.to_bytes()


def render_coauthors_parenthetical(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A mathematician's CV (Times), numbered "3." at the left, the title first in italics
    and the co-authors after it in parentheses: "*Title* (with Ann Lee and Bo Chen), Venue
    **3** (2021), 1–9." (the owner implied; none for a paper of the owner alone); a preprint
    "*Title*, arXiv:2101.01234 (2021)."."""
    pdf = Writer("Times")
    margin = rng.choice((72, 90))
    size = rng.choice((10.5, 11, 12))
    lead = size * rng.choice((1.2, 1.3))
    flow = Flow(pdf, margin, pdf.width - margin, 72, 72, footer=rng.choice((None, "")))
    pdf.text(margin, flow.y, owner, 16, bold=True)
    flow.gap(20)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(26)
    word = rng.choice(("with", "joint with"))

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, 12, bold=True)
        flow.gap(lead + 4)

    _other_sections(flow, heading, size, lead, 80, rng, talks=rng.random() < 0.5)
    label_w = pdf.measure(f"{len(entries)}.", size) + 6
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            coauthors = [a for a in e["authors"] if a != owner]
            runs = [(e["title"], I)]
            if coauthors:
                runs.append((f" ({word} {_join(coauthors)})", R))
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(f", {e['venue']} ", R), (str(vol), B), (f" ({e['year']}), {p1}–{p2}.", R)]
            else:
                runs.append((f", {printed_venue(e)} ({e['year']}).", R))
            label = f"{n}."
            flow.block(wrap(pdf, runs, size, flow.col_width - label_w), size, lead, indent=label_w,
                       margin=(label, label_w - 5 - pdf.measure(label, size), R))
            flow.gap(rng.choice((2, 4)))
            n += 1
    return pdf.to_bytes()


def render_year_dash_inline(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A word processor's CV (Helvetica or Times): flush-left paragraphs set apart by space
    only, each opening with the year in bold and a dash: "**2021** – Title. Ann Lee, Bo Chen
    & Cy Roe. *Venue*." (the owner bold or not; the title first, the authors after it)."""
    pdf = Writer(rng.choice(("Helvetica", "Times")))
    margin = rng.choice((54, 64, 72))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.2, 1.3))
    flow = Flow(pdf, margin, pdf.width - margin, 64, 64, footer=rng.choice((None, owner)))
    pdf.text(margin, flow.y, owner, 20, bold=True)
    flow.gap(26)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(24)
    bold_owner = rng.random() < 0.5
    dash = rng.choice((" – ", " — ", " - "))

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 12)
        pdf.text(flow.x, flow.y, text.upper(), size + 1, bold=True)
        pdf.rule(flow.x, flow.y + size + 3, flow.x + flow.col_width, 0.5)
        flow.gap(lead + 8)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], e["authors"], owner, bold_owner)
            runs = [(str(e["year"]), B), (dash + _end_title(e["title"], ".") + " ", R)]
            runs += _joined_runs(names, last=" & ", two=" & ") + [(". ", R), (printed_venue(e), I), (".", R)]
            flow.block(wrap(pdf, runs, size, flow.col_width), size, lead)
            flow.gap(lead * rng.choice((0.5, 0.7)))
    return pdf.to_bytes()


def abnt_name(name: str) -> str:
    """"Ann B. de Haro" -> "DE HARO, Ann B." (ABNT NBR 6023: the surname in capitals)."""
    given, surname = split_name(name)
    return f"{surname.upper()}, " + " ".join(given)


def render_abnt_caps(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A Brazilian CV in the ABNT NBR 6023 style (Times or Helvetica), flush left with space
    between entries: "LEE, Ann; CHEN, Bo; ROE, Cy. Title. **Venue**, v. 3, n. 2, p. 1-9,
    2021." (surnames in capitals, names separated by semicolons, the venue in bold); a
    conference paper "... Title. In: **Venue**, 2021, p. 1-9."."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((60, 72, 85))
    size = rng.choice((10, 11, 12))
    lead = size * rng.choice((1.15, 1.3))
    flow = Flow(pdf, margin, pdf.width - margin, 70, 70, footer=rng.choice((None, "")))
    pdf.centered(flow.y, owner.upper(), 14, bold=True)
    flow.gap(20)
    pdf.centered(flow.y, _contact(owner), 9)
    flow.gap(26)

    def heading(text):
        flow.gap(lead)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 1, bold=True)
        flow.gap(lead + 6)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = [(abnt_name(a), R) for a in e["authors"]]
            runs = [run for i, name in enumerate(names) for run in ([("; ", R)] if i else []) + [name]]
            runs.append((". " + _end_title(e["title"], ".") + " ", R))
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], B), (f", v. {vol}, n. {no}, p. {p1}-{p2}, {e['year']}.", R)]
            elif kind == "conference":
                runs += [("In: ", R), (e["venue"], B), (f", {e['year']}, p. {p1}-{p2}.", R)]
            else:
                runs += [(printed_venue(e), B), (f", {e['year']}.", R)]
            flow.block(wrap(pdf, runs, size, flow.col_width), size, lead)
            flow.gap(lead * rng.choice((0.6, 0.9)))
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round 9


def render_biblatex_numeric(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A LaTeX CV with biblatex's standard numeric style (Times): "[12]" counting down over
    the whole list in a margin column, "Ann Lee, **Maren T. Holloway**, and Bo Chen. “Title”.
    In: *Venue* 3.2 (2021), pp. 1–9." (the full stop after the closing quote; the volume and
    issue as "3.2"; the owner bold); a conference paper "... “Title”. In: *Venue*. 2021,
    pp. 1–9.", a preprint "... “Title”. In: *arXiv:2101.01234* (2021)."."""
    pdf = Writer("Times")
    margin = rng.choice((66, 80, 94))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.2, 1.25))
    flow = Flow(pdf, margin, pdf.width - margin, 70, 70, footer=rng.choice((None, "")))
    pdf.text(margin, flow.y, owner, 20)
    flow.gap(24)
    pdf.text(margin, flow.y, _contact(owner), 9.5, italic=True)
    flow.gap(26)

    def heading(text):
        flow.gap(lead)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, 13, bold=True)
        pdf.rule(flow.x, flow.y + 16, flow.x + flow.col_width, 0.4)
        flow.gap(lead + 9)

    _other_sections(flow, heading, size, lead, 80, rng, talks=rng.random() < 0.5)
    n = len(entries)
    label_w = pdf.measure(f"[{n}]", size) + 8
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], e["authors"], owner, True)
            runs = _joined_runs(names) + [(f". “{e['title']}”. In: ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f" {vol}.{no} ({e['year']}), pp. {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [(e["venue"], I), (f". {e['year']}, pp. {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e), I), (f" ({e['year']}).", R)]
            label = f"[{n}]"
            flow.block(wrap(pdf, runs, size, flow.col_width - label_w), size, lead, indent=label_w,
                       margin=(label, label_w - 6 - pdf.measure(label, size), R))
            flow.gap(rng.choice((1.5, 3)))
            n -= 1
    return pdf.to_bytes()


def render_year_column_grouped(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A moderncv-like CV (Helvetica): the year in a left date column, printed only beside the
    first entry of each year (the entries below it belong to it), then "**Title.** Ann Lee,
    Bo Chen and Cy Roe. *Venue*." as one paragraph (the owner underlined or not)."""
    pdf = Writer("Helvetica")
    margin = rng.choice((50, 60, 72))
    date_col = rng.choice((48, 60, 72))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * rng.choice((1.25, 1.35))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice((None, owner)))
    pdf.text(margin, flow.y, owner, 24)
    flow.gap(32)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(26)
    underline = rng.random() < 0.5

    def heading(text):
        flow.gap(lead)
        flow.need(3 * lead + 12)
        pdf.text(flow.x + date_col, flow.y, text, 13, bold=rng.random() < 0.5)
        pdf.rule(flow.x, flow.y + 6, flow.x + date_col - 10, 3, grey=90)
        flow.gap(lead + 8)

    _other_sections(flow, heading, size, lead, date_col, rng)
    W = flow.col_width - date_col
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        year = None
        for e in mine:
            runs = [(_end_title(e["title"], "."), B), (" ", R)]
            k = len(runs)
            names = [(a, R) for a in e["authors"]]
            runs += _joined_runs(names, last=" and ") + [(". ", R), (printed_venue(e), I), (".", R)]
            owner_run = k + 2 * e["authors"].index(owner) if owner in e["authors"] else -1
            lines = wrap(pdf, runs, size, W)
            margin_text = None
            if e["year"] != year:
                year = e["year"]
                margin_text = (str(year), 0, R)
                flow.need(2 * lead)
            marked = _marked(runs, {owner_run}) if underline else set()
            _underlined_block(flow, lines, size, lead, marked, indent=date_col, margin=margin_text)
            flow.gap(lead * rng.choice((0.3, 0.5)))
    return pdf.to_bytes()


def render_europass_labels(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A Europass CV of the newer online editor (Helvetica): section names in capitals with a
    rule, each publication a block: a small date line "2021", the title in bold and a size
    larger, then labelled lines "Authors: Ann Lee, Maren T. Holloway, Bo Chen" and
    "Published in: *Venue*" (the labels printed as text), a thin rule between blocks."""
    pdf = Writer("Helvetica")
    margin = rng.choice((46, 56))
    size = rng.choice((9, 9.5, 10))
    big = size + rng.choice((1, 1.5))
    small = size - 1
    lead = size * 1.3
    flow = Flow(pdf, margin, pdf.width - margin, 56, 56, footer=rng.choice((None, owner)))
    pdf.text(margin, flow.y, owner, 22, bold=True)
    flow.gap(28)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(24)
    label_bold = rng.random() < 0.5

    def heading(text):
        flow.gap(lead)
        flow.need(6 * lead)
        pdf.text(flow.x, flow.y, text.upper(), 11, bold=True)
        pdf.rule(flow.x, flow.y + 14, flow.x + flow.col_width, 0.6)
        flow.gap(lead + 8)

    heading("Education and Training")
    for dates, what, note in EDUCATION:
        flow.block([[(0, dates, False, False)]], small, small * 1.3)
        flow.block(wrap(pdf, [(what, B)], size, flow.col_width), size, lead)
        if note:
            flow.block([[(0, note, False, False)]], size, lead)
        flow.gap(lead * 0.4)
    W = flow.col_width
    lab = (True, False) if label_bold else R
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for i, e in enumerate(mine):
            if i:
                flow.gap(2)
                pdf.rule(flow.x, flow.y - small, flow.x + W, 0.3, grey=170)
                flow.gap(4)
            flow.need(4 * lead)
            flow.block([[(0, str(e["year"]), False, False)]], small, small * 1.35)
            flow.block(wrap(pdf, [(e["title"], B)], big, W), big, big * 1.25)
            authors = [("Authors: ", lab)] + [(", ".join(e["authors"]), R)]
            flow.block(wrap(pdf, authors, size, W), size, lead)
            flow.block(wrap(pdf, [("Published in: ", lab), (printed_venue(e), I)], size, W), size, lead)
            flow.gap(lead * 0.3)
    return pdf.to_bytes()


def springer_name(name: str) -> str:
    """"Ann-Marie B. Lee" -> "Lee AMB" (Springer basic: the surname, then initials run together)."""
    return vancouver_name(name)


def render_springer_two_column(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A two-column CV in a small sans font (Helvetica 8.5pt), Springer's basic style numbered
    "12." at the left of each column with a hanging indent: "Lee A, Holloway MT, Chen B (2021)
    Title. Venue 3(2):1–9" (no full stop at the end; the truth names: "A. Lee"); a preprint
    "... Title. arXiv:2101.01234"; the owner bold or not."""
    pdf = Writer("Helvetica")
    margin = rng.choice((40, 48))
    size = rng.choice((8, 8.5, 9))
    lead = size * 1.22
    flow = Flow(pdf, margin, pdf.width - margin, 50, 50, columns=2, gutter=rng.choice((16, 22)),
                footer=rng.choice((None, "")))
    pdf.text(margin, flow.y, owner, 18, bold=True)
    flow.gap(22)
    pdf.text(margin, flow.y, _contact(owner), 8.5)
    flow.gap(14)
    pdf.rule(margin, flow.y, pdf.width - margin, 0.8)
    flow.gap(14)
    flow.start_columns()
    bold_owner = rng.random() < 0.5

    def heading(text):
        flow.gap(lead * 0.6)
        flow.need(4 * lead)
        pdf.text(flow.x, flow.y, text, 10, bold=True)
        flow.gap(lead + 4)

    _other_sections(flow, heading, size, lead, 50, rng, talks=False)
    label_w = pdf.measure(f"{len(entries)}.", size) + 5
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [springer_name(a) for a in e["authors"]], owner, bold_owner)
            runs = [run for i, nm in enumerate(names) for run in ([(", ", R)] if i else []) + [nm]]
            runs.append((f" ({e['year']}) {_end_title(e['title'], '.')} ", R))
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs.append((f"{e['venue']} {vol}({no}):{p1}–{p2}", R))
            elif kind == "conference":
                runs.append((f"In: {e['venue']}, pp {p1}–{p2}", R))
            else:
                runs.append((printed_venue(e), R))
            label = f"{n}."
            flow.block(wrap(pdf, runs, size, flow.col_width - label_w), size, lead, indent=label_w,
                       margin=(label, 0, R))
            flow.gap(rng.choice((1, 2)))
            n += 1
    return pdf.to_bytes()


def render_apa_hanging_doi(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """APA 7 as a word processor sets it (Times 12pt, lines 1.5 or 2 apart), a hanging indent,
    no numbers or bullets: "Lee, A., **Holloway, M. T.**, & Chen, B. (2021). Title. *Venue*,
    *3*(2), 1–9. https://doi.org/10.1234/ab.2021.01234" (the owner bold; the truth names:
    "A. Lee"); a conference paper "... Title. In *Venue* (pp. 1–9)."."""
    pdf = Writer("Times")
    margin = 72
    size = rng.choice((11, 12))
    lead = size * rng.choice((1.5, 2.0))
    hang = 36
    flow = Flow(pdf, margin, pdf.width - margin, 72, 72, header=None, footer=rng.choice((None, "")))
    pdf.centered(flow.y, owner, 16, bold=True)
    flow.gap(22)
    pdf.centered(flow.y, _contact(owner), 11)
    flow.gap(30)

    def heading(text):
        flow.gap(lead * 0.5)
        flow.need(3 * lead)
        pdf.centered(flow.y, text, size, bold=True)
        flow.gap(lead)

    _other_sections(flow, heading, size, lead, 90, rng, talks=False)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [apa_name(a) for a in e["authors"]], owner, True)
            runs = _joined_runs(names, last=", & ", two=", & ") if len(names) > 1 else list(names)
            runs.append((f" ({e['year']}). {_end_title(e['title'], '.')} ", R))
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"] + ",", I), (" ", R), (str(vol), I), (f"({no}), {p1}–{p2}. ", R)]
            elif kind == "conference":
                runs += [("In ", R), (e["venue"], I), (f" (pp. {p1}–{p2}). ", R)]
            else:
                runs += [(printed_venue(e), I), (". ", R)]
            runs.append((f"https://doi.org/{made_up_doi(e)}", R))
            W = flow.col_width
            flow.block(wrap(pdf, runs, size, W, W - hang), size, lead, indent=hang, first_indent=0)
    return pdf.to_bytes()


def render_dot_separated_small(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A designer's CV (Helvetica): "1." numbers counting up, the title in a larger regular
    font on its own lines, then one smaller line "A. Lee, **M. T. Holloway**, B. Chen · *Venue* ·
    2021" with middle dots between the parts (the truth names: "A. Lee")."""
    pdf = Writer("Helvetica")
    margin = rng.choice((54, 64))
    size = rng.choice((10.5, 11, 11.5))
    small = size - rng.choice((2, 2.5))
    lead = size * 1.25
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice((None, owner)))
    pdf.text(margin, flow.y, owner, 26)
    flow.gap(32)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(26)

    def heading(text):
        flow.gap(lead)
        flow.need(4 * lead)
        pdf.text(flow.x, flow.y, text.upper(), 9, bold=True)
        flow.gap(lead + 2)

    _other_sections(flow, heading, small + 1, lead, 70, rng, talks=rng.random() < 0.5)
    label_w = pdf.measure(f"{len(entries)}.", size) + 8
    W = flow.col_width - label_w
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [initials_first(a) for a in e["authors"]], owner, True)
            runs = [run for i, nm in enumerate(names) for run in ([(", ", R)] if i else []) + [nm]]
            runs += [(" · ", R), (printed_venue(e), I), (f" · {e['year']}", R)]
            title = wrap(pdf, [(e["title"], R)], size, W)
            flow.need(len(title) * lead + small * 1.4)
            flow.block(title, size, lead, indent=label_w, margin=(f"{n}.", 0, R))
            flow.block(wrap(pdf, runs, small, W), small, small * 1.35, indent=label_w)
            flow.gap(lead * 0.6)
            n += 1
    return pdf.to_bytes()


def render_year_headings_numbered(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """One "Publications" list split by year headings (the year alone on a line, bold and a
    size larger, flush left or centred), the entries numbered "[12]" down across the whole
    list inside the text column: "[12] Ann Lee, Bo Chen, Cy Roe: Title. *Venue*." (DBLP-like
    colon after the names; the year only in its heading; kinds mixed, newest first)."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((60, 72, 84))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.2, 1.3))
    flow = Flow(pdf, margin, pdf.width - margin, 66, 66, footer=rng.choice((None, "", owner)))
    pdf.centered(flow.y, owner, 18, bold=True)
    flow.gap(22)
    pdf.centered(flow.y, _contact(owner), 9)
    flow.gap(26)
    centred = rng.random() < 0.5

    def heading(text):
        flow.gap(lead)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, 13, bold=True)
        flow.gap(lead + 6)

    _other_sections(flow, heading, size, lead, 80, rng, talks=rng.random() < 0.5)
    heading("Publications")
    ordered = sorted(entries, key=lambda e: (-e["year"], SECTION_ORDER.index(e["kind"])))
    n = len(ordered)
    bold_owner = rng.random() < 0.5
    year = None
    for e in ordered:
        if e["year"] != year:
            year = e["year"]
            flow.gap(lead * 0.4)
            flow.need(3 * lead)
            if centred:
                pdf.centered(flow.y, str(year), size + 1, bold=True)
            else:
                pdf.text(flow.x, flow.y, str(year), size + 1, bold=True)
            flow.gap(lead + 2)
        names = _owner_runs(e["authors"], e["authors"], owner, bold_owner)
        runs = [(f"[{n}] ", R)]
        runs += [run for i, nm in enumerate(names) for run in ([(", ", R)] if i else []) + [nm]]
        runs += [(": " + _end_title(e["title"], ".") + " ", R), (printed_venue(e), I), (".", R)]
        flow.block(wrap(pdf, runs, size, flow.col_width, flow.col_width - 18), size, lead, indent=18,
                   first_indent=0)
        flow.gap(rng.choice((2, 3)))
        n -= 1
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round ten

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def made_up_month(e: dict) -> str:
    """A month for an entry whose metadata has none (a digest of its title, as
    :func:`made_up_numbers`): CVs that print "Mar 2021" beside an entry."""
    return MONTHS[int(hashlib.md5(("month|" + e["title"]).encode("utf-8")).hexdigest(), 16) % 12]


def _digest(e: dict, salt: str, n: int) -> int:
    return int(hashlib.md5(f"{salt}|{e['title']}".encode("utf-8")).hexdigest(), 16) % n


def render_moderncv_cventry(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """moderncv's ``\\cventry`` used for papers (Helvetica): the date "Mar 2021" right-aligned
    in a left date column, in a smaller slanted type, and beside it one paragraph
    "**Title**, *Venue*, Ann Lee, Maren T. Holloway and Bo Chen." (the title bold, the venue
    slanted, the authors after it; the owner bold or not)."""
    pdf = Writer("Helvetica")
    margin = rng.choice((48, 58, 68))
    date_col = rng.choice((70, 80, 92))
    size = rng.choice((9.5, 10, 10.5))
    date_size = size - rng.choice((0.5, 1))
    lead = size * rng.choice((1.25, 1.35))
    flow = Flow(pdf, margin, pdf.width - margin, 58, 60, footer=rng.choice((None, "", owner)))
    first, _, last = owner.rpartition(" ")
    w = pdf.text(margin + date_col, flow.y, first, 28)
    pdf.text(margin + date_col + w + 8, flow.y, last, 28, bold=True)
    flow.gap(38)
    pdf.text(margin + date_col, flow.y, _contact(owner), 9, italic=True)
    flow.gap(30)
    bold_owner = rng.random() < 0.5
    with_month = rng.random() < 0.7

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 14)
        pdf.rule(flow.x, flow.y + 5, flow.x + date_col - 10, 4.5, grey=140)
        pdf.text(flow.x + date_col, flow.y, text, 14)
        flow.gap(lead + 10)

    def dated(date: str, runs) -> None:
        w = pdf.measure(date, date_size, False, True)
        lines = wrap(pdf, runs, size, flow.col_width - date_col)
        flow.need(min(2, len(lines)) * lead)
        pdf.text(flow.x + date_col - 10 - w, flow.y + 0.8 * (size - date_size), date, date_size, italic=True)
        flow.block(lines, size, lead, indent=date_col)
        flow.gap(lead * rng.choice((0.4, 0.6)))

    heading("Education")
    for dates, what, note in EDUCATION:
        dated(dates.replace(" - ", "–"), [(what.split(",")[0], B), (", ", R), (what.split(",", 1)[1].strip(), I)]
              + ([(", " + note + ".", R)] if note else [(".", R)]))
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            date = f"{made_up_month(e)} {e['year']}" if with_month else str(e["year"])
            names = _owner_runs(e["authors"], e["authors"], owner, bold_owner)
            runs = [(e["title"], B), (", ", R), (printed_venue(e), I), (", ", R)]
            runs += _joined_runs(names, last=" and ") + [(".", R)]
            dated(date, runs)
    return pdf.to_bytes()


def render_awesome_dated_venue_line(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """awesome-cv's ``\\cventry`` as papers (Helvetica): the bold title at the left with the
    date "Mar. 2021" right-aligned on its line in a small italic, the venue in italics on a
    line of its own below, then the authors in a smaller size with the owner in bold."""
    pdf = Writer("Helvetica")
    margin = rng.choice((42, 50, 60))
    size = rng.choice((10, 10.5, 11))
    small = size - rng.choice((1, 1.5))
    lead = size * 1.28
    flow = Flow(pdf, margin, pdf.width - margin, 54, 58, footer=rng.choice((None, owner)))
    first, _, last = owner.rpartition(" ")
    x = (pdf.width - pdf.measure(owner, 30)) / 2
    w = pdf.text(x, flow.y, first, 30)
    pdf.text(x + w + 8, flow.y, last, 30, bold=True)
    flow.gap(40)
    pdf.centered(flow.y, "Postdoctoral Researcher", 10)
    flow.gap(16)
    pdf.centered(flow.y, _contact(owner), 8.5)
    flow.gap(26)
    dot = rng.random() < 0.5

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(4 * lead + 16)
        w = pdf.text(flow.x, flow.y, text, 16, bold=True)
        pdf.rule(flow.x + w + 8, flow.y + 10, flow.x + flow.col_width, 0.9, grey=110)
        flow.gap(lead + 12)

    def item(title: str, date: str, lines_below) -> None:
        date_w = pdf.measure(date, small, False, True)
        title_lines = wrap(pdf, [(title, B)], size, flow.col_width - date_w - 18)
        flow.need(len(title_lines) * lead + small * 1.3 * 2)
        flow.block(title_lines, size, lead, right=[[(0, date, False, True)]], right_size=small)
        for runs, sz in lines_below:
            flow.block(wrap(pdf, runs, sz, flow.col_width), sz, sz * 1.3)
        flow.gap(lead * rng.choice((0.5, 0.7)))

    heading("Education")
    for dates, what, note in EDUCATION:
        item(what.split(",")[0], dates, [([(what.split(",", 1)[1].strip(), I)], small)]
             + ([([(note, R)], small)] if note else []))
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            month = made_up_month(e)
            date = f"{month}{'.' if dot and month != 'May' else ''} {e['year']}"
            names = _owner_runs(e["authors"], e["authors"], owner, True)
            item(e["title"], date, [([(printed_venue(e), I)], size - 0.5), (_joined_runs(names), small)])
    return pdf.to_bytes()


def render_word_number_year_tabs(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A word processor's numbered list with two tab stops: "1." at the margin, the year at the
    first tab, the reference at the second, wrapped lines hanging at it: "12.  2021  Lee A.B.,
    Holloway M.T., Chen B. Title. Venue 3(2):1–9." (a conference paper "... Title. In: Venue,
    pp 1–9.", a preprint "... Title. arXiv:2101.01234."; the truth names: "A. B. Lee"); the
    numbers restart in each section or run on."""
    pdf = Writer(rng.choice(("Helvetica", "Times")))
    margin = rng.choice((56, 72))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.15, 1.3))
    num_tab = pdf.measure("00.", size) + rng.choice((8, 14))
    year_tab = num_tab + pdf.measure("0000", size) + rng.choice((10, 16))
    flow = Flow(pdf, margin, pdf.width - margin, 66, 66, footer=rng.choice((None, "")),
                header=rng.choice((None, f"{owner} – Curriculum Vitae")))
    pdf.text(margin, flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.text(margin, flow.y, _contact(owner), 10)
    flow.gap(28)
    restart = rng.random() < 0.5
    bold_owner = rng.random() < 0.5

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 8)
        pdf.text(flow.x, flow.y, text, size + 1, bold=True)
        flow.gap(lead + 6)

    _other_sections(flow, heading, size, lead, year_tab, rng, talks=rng.random() < 0.5)
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        if restart:
            n = 1
        for e in mine:
            names = _owner_runs(e["authors"], [surname_initials_dotted(a) for a in e["authors"]], owner, bold_owner)
            runs = [run for i, nm in enumerate(names) for run in ([(", ", R)] if i else []) + [nm]]
            runs.append((" " + _end_title(e["title"], ".") + " ", R))
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs.append((f"{e['venue']} {vol}({no}):{p1}–{p2}.", R))
            elif kind == "conference":
                runs.append((f"In: {e['venue']}, pp {p1}–{p2}.", R))
            else:
                runs.append((printed_venue(e) + ".", R))
            lines = wrap(pdf, runs, size, flow.col_width - year_tab)
            flow.need(lead)
            pdf.text(flow.x, flow.y, f"{n}.", size)
            pdf.text(flow.x + num_tab, flow.y, str(e["year"]), size)
            flow.block(lines, size, lead, indent=year_tab)
            flow.gap(lead * rng.choice((0.2, 0.5)))
            n += 1
    return pdf.to_bytes()


NOTES = ("Best Paper Award", "Oral presentation (top 5% of submissions)", "Spotlight talk",
         "Featured on the journal's cover", "Invited to the special issue of the conference")


def render_latex_itemize_notes(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A plain LaTeX article (Times 11pt): ``\\section*{Publications}`` and a subsection per
    kind, each entry an ``\\item`` with a round bullet: "Ann Lee, **Maren T. Holloway**, and Bo
    Chen. Title. *Venue*, 3(2):1–9, 2021." (a conference paper "... Title. In *Venue*, pages
    1–9, 2021."; the owner bold); under some entries a nested item with an en dash, "– Best
    Paper Award", which is not an entry."""
    pdf = Writer("Times")
    margin = rng.choice((72, 90, 100))
    size = rng.choice((10.5, 11, 12))
    lead = size * 1.2
    flow = Flow(pdf, margin, pdf.width - margin, 72, 72, footer=rng.choice(("", None)))
    pdf.centered(flow.y, owner, 17)
    flow.gap(22)
    pdf.centered(flow.y, _contact(owner), 10)
    flow.gap(30)
    item_indent = rng.choice((15, 18))
    sub_indent = item_indent + rng.choice((15, 18))
    note_italic = rng.random() < 0.5

    def section(text, big=14.4):
        flow.gap(lead)
        flow.need(3 * lead + 16)
        pdf.text(flow.x, flow.y, text, big, bold=True)
        flow.gap(big + 8)

    def subsection(text):
        section(text, 12)

    _other_sections(flow, section, size, lead, 80, rng, talks=rng.random() < 0.5)
    section("Publications")
    for kind, mine in sections(entries):
        subsection(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], e["authors"], owner, True)
            runs = _joined_runs(names) + [(". " + _end_title(e["title"], ".") + " ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f", {vol}({no}):{p1}–{p2}, {e['year']}.", R)]
            elif kind == "conference":
                runs += [("In ", R), (e["venue"], I), (f", pages {p1}–{p2}, {e['year']}.", R)]
            else:
                runs += [(printed_venue(e), I), (f", {e['year']}.", R)]
            lines = wrap(pdf, runs, size, flow.col_width - item_indent)
            flow.need(lead)
            pdf.dot(flow.x + item_indent / 2, flow.y + size * 0.45, size * 0.16)
            flow.block(lines, size, lead, indent=item_indent)
            if rng.random() < 0.25:
                note = rng.choice(NOTES)
                flow.need(lead)
                pdf.text(flow.x + item_indent + (sub_indent - item_indent) / 2 - pdf.measure("–", size) / 2,
                         flow.y, "–", size)
                flow.block(wrap(pdf, [(note, I if note_italic else R)], size, flow.col_width - sub_indent),
                           size, lead, indent=sub_indent)
            flow.gap(rng.choice((2, 3.5)))
    return pdf.to_bytes()


def render_small_sans_labels(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """Labels "J12" / "C3" in a margin column set in a smaller bold sans (Helvetica) beside a
    serif body (Times), counting down within each section, their baselines on the body's,
    and a hanging indent: "Ann Lee, **Maren T. Holloway**, and Bo Chen (2021). “Title.”
    *Venue*, 3(2), 1–9." (a conference paper "... “Title.” In *Venue* (pp. 1–9)."; the owner
    bold)."""
    pdf = Writer("Times")
    margin = rng.choice((60, 72, 84))
    size = rng.choice((10.5, 11, 11.5))
    label_size = size - rng.choice((2, 2.5, 3))
    lead = size * rng.choice((1.2, 1.3))
    stop = rng.choice(("", "."))
    flow = Flow(pdf, margin, pdf.width - margin, 70, 70, footer=rng.choice(("", owner)))
    pdf.text(margin, flow.y, owner, 22)
    flow.gap(28)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(18)
    pdf.rule(margin, flow.y, pdf.width - margin, 0.5)
    flow.gap(18)

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 12)
        pdf.family = "Helvetica"
        pdf.text(flow.x, flow.y, text.upper(), size - 1, bold=True)
        pdf.family = "Times"
        flow.gap(lead + 6)

    _other_sections(flow, heading, size, lead, 76, rng, talks=rng.random() < 0.5)
    pdf.family = "Helvetica"
    label_col = pdf.measure(f"C88{stop}", label_size, True) + rng.choice((8, 12))
    pdf.family = "Times"
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        n = len(mine)
        for e in mine:
            names = _owner_runs(e["authors"], e["authors"], owner, True)
            runs = _joined_runs(names) + [(f" ({e['year']}). “{_end_title(e['title'], '.')}” ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f", {vol}({no}), {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("In ", R), (e["venue"], I), (f" (pp. {p1}–{p2}).", R)]
            else:
                runs += [(printed_venue(e), I), (".", R)]
            lines = wrap(pdf, runs, size, flow.col_width - label_col)
            flow.need(lead)
            pdf.family = "Helvetica"
            pdf.text(flow.x, flow.y + 0.8 * (size - label_size), f"{LABEL_LETTER[kind]}{n}{stop}", label_size, bold=True)
            pdf.family = "Times"
            flow.block(lines, size, lead, indent=label_col)
            flow.gap(rng.choice((2, 4)))
            n -= 1
    return pdf.to_bytes()


class SidebarFlow(Flow):
    """:class:`Flow` whose every page carries a grey sidebar at the right (drawn by
    ``sidebar(page_number)``) beside the main column."""

    def __init__(self, *args, sidebar=None, **kwargs):
        self.sidebar = sidebar
        super().__init__(*args, **kwargs)

    def new_page(self) -> None:
        super().new_page()
        if self.sidebar:
            self.sidebar(self.pages)


SIDEBAR = {
    1: [("Contact", ["Department of Physics", "University of Northfield", "Northfield, NF 01234"]),
        ("Links", ["orcid.org/0000-0002-1825-0097", "scholar.google.com", "github.com/mholloway"]),
        ("Skills", ["Python, R, C++", "Bayesian modelling", "Scientific computing", "LaTeX, Git"])],
    2: [("Languages", ["English (native)", "French (fluent)", "Spanish (basic)"]),
        ("Referees", ["Prof. R. Alvarez", "University of Northfield", "Dr. K. Osei", "Lakeside College"])],
    3: [("Memberships", ["American Physical Society", "Royal Statistical Society"]),
        ("Service", ["Referee for 12 journals", "Programme committee, 2022–2024"])],
}


def render_right_sidebar_pages(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A two-column page design (Helvetica): a grey sidebar at the right on every page with
    short lines (contact, links, skills; referees' names on the second page), the main column
    at the left; Elsevier's Harvard style without numbers, entries set apart by space: "Lee,
    A., **Holloway, M.T.**, Chen, B., 2021. Title. *Venue* 3, 1–9." (a conference paper "...
    Title, in: *Venue*, pp. 1–9."; the truth names: "A. Lee")."""
    pdf = Writer("Helvetica")
    margin = rng.choice((40, 48))
    side_w = rng.choice((130, 150, 166))
    gutter = rng.choice((20, 26))
    size = rng.choice((9, 9.5, 10))
    side_size = size - 1
    lead = size * rng.choice((1.25, 1.35))
    side_x = pdf.width - margin - side_w

    def sidebar(page: int) -> None:
        pdf.rule(side_x - 10, 40, pdf.width - margin + 6, pdf.height - 80, grey=232)
        y = 60
        for head, lines in SIDEBAR.get(page, []):
            pdf.text(side_x, y, head.upper(), side_size + 0.5, bold=True)
            y += side_size * 1.9
            for line in lines:
                pdf.text(side_x, y, line, side_size)
                y += side_size * 1.35
            y += side_size

    flow = SidebarFlow(pdf, margin, side_x - gutter - 10, 60, 56, sidebar=sidebar, footer=rng.choice((None, "")))
    pdf.text(margin, flow.y, owner, 22, bold=True)
    flow.gap(28)
    pdf.text(margin, flow.y, "Research Fellow in Applied Physics", 11)
    flow.gap(28)

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(3 * lead + 12)
        pdf.text(flow.x, flow.y, text, 13, bold=True)
        pdf.rule(flow.x, flow.y + 16, flow.x + 36, 2)
        flow.gap(lead + 10)

    _other_sections(flow, heading, size, lead, 70, rng, talks=False)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [harvard_name(a) for a in e["authors"]], owner, True)
            runs = [run for i, nm in enumerate(names) for run in ([(", ", R)] if i else []) + [nm]]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "conference":
                runs += [(f", {e['year']}. {_end_title(e['title'], ',')} in: ", R), (e["venue"], I),
                         (f", pp. {p1}–{p2}.", R)]
            elif kind == "journal":
                runs += [(f", {e['year']}. {_end_title(e['title'], '.')} ", R), (e["venue"], I),
                         (f" {vol}, {p1}–{p2}.", R)]
            else:
                runs += [(f", {e['year']}. {_end_title(e['title'], '.')} ", R), (printed_venue(e), I), (".", R)]
            flow.block(wrap(pdf, runs, size, flow.col_width), size, lead)
            flow.gap(lead * rng.choice((0.5, 0.7)))
    return pdf.to_bytes()


def render_scholar_profile(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A Google Scholar profile printed to PDF (Helvetica): one list, newest first, under a
    header row "TITLE ... CITED BY  YEAR"; each row the title (a size larger), the authors
    "A Lee, MT Holloway, B Chen" and the venue "Venue 3 (2), 1-9" in smaller lines below, the
    citation count and the year in right-hand columns beside the title, thin rules between
    rows (the truth names as printed, initials as written: "A Lee", "MT Holloway")."""
    pdf = Writer("Helvetica")
    margin = rng.choice((36, 44, 54))
    size = rng.choice((10, 10.5, 11))
    small = size - rng.choice((1.5, 2))
    lead = size * 1.25
    flow = Flow(pdf, margin, pdf.width - margin, 48, 48, footer=rng.choice((None, "")))
    year_w = pdf.measure("YEAR", 8, True) + 6
    cited_w = pdf.measure("CITED BY", 8, True) + 10
    pdf.text(margin, flow.y, owner, 20)
    flow.gap(26)
    pdf.text(margin, flow.y, "University of Northfield", 10)
    flow.gap(14)
    pdf.text(margin, flow.y, "Verified email at example.edu - Homepage", 9)
    flow.gap(30)
    W = flow.col_width
    text_w = W - year_w - cited_w - 12

    def header():
        pdf.text(flow.x, flow.y, "TITLE", 8, bold=True)
        pdf.text(flow.x + W - year_w - cited_w + (cited_w - pdf.measure("CITED BY", 8, True)), flow.y,
                 "CITED BY", 8, bold=True)
        pdf.text(flow.x + W - pdf.measure("YEAR", 8, True), flow.y, "YEAR", 8, bold=True)
        pdf.rule(flow.x, flow.y + 12, flow.x + W, 0.5, grey=120)
        flow.gap(20)

    header()
    for e in sorted(entries, key=lambda e: -e["year"]):
        vol, no, p1, p2 = made_up_numbers(e)
        title = wrap(pdf, [(e["title"], R)], size, text_w)
        names = wrap(pdf, [(", ".join(scholar_name(a) for a in e["authors"]), R)], small, text_w)
        if e["kind"] == "journal":
            venue = f"{e['venue']} {vol} ({no}), {p1}-{p2}"
        elif e["kind"] == "conference":
            venue = f"{e['venue']}, {p1}-{p2}"
        else:
            venue = f"arXiv preprint {printed_venue(e)}"
        venue_lines = wrap(pdf, [(venue, R)], small, text_w)
        height = len(title) * lead + (len(names) + len(venue_lines)) * small * 1.3
        if flow.need(height + 8):
            header()
        cited = str(_digest(e, "cited", 300)) if _digest(e, "uncited", 5) else ""
        top = flow.y
        pdf.text(flow.x + W - year_w - pdf.measure(cited, size), top, cited, size)
        pdf.text(flow.x + W - pdf.measure(str(e["year"]), size), top, str(e["year"]), size)
        flow.block(title, size, lead)
        flow.block(names, small, small * 1.3)
        flow.block(venue_lines, small, small * 1.3)
        flow.gap(3)
        pdf.rule(flow.x, flow.y, flow.x + W, 0.3, grey=200)
        flow.gap(6)
    return pdf.to_bytes()


def render_gbt7714_numbered(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A CV in the Chinese national style GB/T 7714 (Times): "[12]" at the left of each entry,
    the wrapped lines back at the margin or hanging, the type of the work in brackets after the
    title: "[3] Lee A B, **Holloway M T***, Chen B. Title[J]. Venue, 2021, 3(2): 1-9." (the
    owner bold, sometimes with the corresponding author's "*"); a conference paper "...
    Title[C]//Venue. 2021: 1-9.", a preprint "... Title[EB/OL]. arXiv:2101.01234, 2021." (the
    truth names: "A. B. Lee"; "*" is not part of a name)."""
    pdf = Writer("Times")
    margin = rng.choice((64, 72, 90))
    size = rng.choice((10.5, 11, 12))
    lead = size * rng.choice((1.25, 1.4))
    hang = rng.random() < 0.5
    flow = Flow(pdf, margin, pdf.width - margin, 66, 66, footer=rng.choice(("", None)))
    pdf.centered(flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.centered(flow.y, _contact(owner), 10)
    flow.gap(30)

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 1.5, bold=True)
        pdf.rule(flow.x, flow.y + size + 6, flow.x + flow.col_width, 0.8)
        flow.gap(lead + 8)

    _other_sections(flow, heading, size, lead, 90, rng, talks=rng.random() < 0.5)
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            printed = [gbt_name(a) + ("*" if a == owner and _digest(e, "corresponding", 2) else "")
                       for a in e["authors"]]
            names = _owner_runs(e["authors"], printed, owner, True)
            label = f"[{n}] "
            runs = [(label, R)] + [run for i, nm in enumerate(names) for run in ([(", ", R)] if i else []) + [nm]]
            vol, no, p1, p2 = made_up_numbers(e)
            title = e["title"]
            if kind == "journal":
                runs.append((f". {title}[J]. {e['venue']}, {e['year']}, {vol}({no}): {p1}-{p2}.", R))
            elif kind == "conference":
                runs.append((f". {title}[C]//{e['venue']}. {e['year']}: {p1}-{p2}.", R))
            else:
                runs.append((f". {title}[EB/OL]. {printed_venue(e)}, {e['year']}.", R))
            indent = pdf.measure(label, size) if hang else 0.0
            flow.block(wrap(pdf, runs, size, flow.col_width, flow.col_width - indent), size, lead, indent=indent,
                       first_indent=0)
            flow.gap(rng.choice((1.5, 3)))
            n += 1
    return pdf.to_bytes()



# --------------------------------------------------------------------------- round 11


def render_acs_semicolons(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A chemist's CV in the ACS style (Times or Helvetica): "(12)" in a margin column,
    counting up, names inverted with initials and parted by semicolons, the year in bold
    after the italic venue: "Lee, A.; **Holloway, M. T.**; Chen, B. Title. *Venue* **2021**,
    *3* (2), 1–9." (a conference paper "... Title. In *Venue*; 2021; pp 1–9.", a preprint
    "... Title. *arXiv:2101.01234* **2021**."; the truth names: "A. Lee")."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((60, 72, 80))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.2, 1.35))
    flow = Flow(pdf, margin, pdf.width - margin, 64, 64, footer=rng.choice(("", None, owner)))
    pdf.text(margin, flow.y, owner, 20, bold=True)
    flow.gap(24)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(26)

    def heading(text):
        flow.gap(lead * 0.6)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 2, bold=True)
        flow.gap(lead + 5)

    _other_sections(flow, heading, size, lead, 80, rng, talks=rng.random() < 0.5)
    label_w = pdf.measure(f"({len(entries)})", size) + rng.choice((6, 10))
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [apa_name(a) for a in e["authors"]], owner, True)
            runs = [run for i, nm in enumerate(names) for run in ([("; ", R)] if i else []) + [nm]]
            runs.append((" " + _end_title(e["title"], ".") + " ", R))
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"] + " ", I), (str(e["year"]), B), (", ", R), (str(vol), I),
                         (f" ({no}), {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("In ", R), (e["venue"], I), (f"; {e['year']}; pp {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e) + " ", I), (str(e["year"]), B), (".", R)]
            flow.block(wrap(pdf, runs, size, flow.col_width - label_w), size, lead, indent=label_w,
                       margin=(f"({n})", 0, R))
            flow.gap(rng.choice((2, 4)))
            n += 1
    return pdf.to_bytes()


def render_multicol_sections(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A LaTeX CV with ``multicol`` inside each section (Times): the section heading across
    the page with a rule under it, then the section's entries in two balanced columns (the
    right column starts part-way through the list, at the top of the section), unnumbered
    with a hanging indent: "Ann Lee, **Maren T. Holloway**, and Bo Chen. Title. *Venue*,
    2021."."""
    pdf = Writer("Times")
    margin = rng.choice((54, 64, 72))
    size = rng.choice((9, 9.5, 10))
    lead = size * rng.choice((1.15, 1.25))
    gutter = rng.choice((16, 22))
    hang = rng.choice((8, 12))
    flow = Flow(pdf, margin, pdf.width - margin, 62, 62, footer=rng.choice(("", None)))
    pdf.centered(flow.y, owner, 20, bold=True)
    flow.gap(24)
    pdf.centered(flow.y, _contact(owner), 9.5)
    flow.gap(26)
    W = flow.col_width
    col_w = (W - gutter) / 2

    def heading(text):
        flow.gap(lead * 0.5)
        flow.need(4 * lead + 12)
        pdf.text(flow.x, flow.y, text.upper(), size + 2, bold=True)
        pdf.rule(flow.x, flow.y + size + 5, flow.x + W, 0.6)
        flow.gap(lead + 9)

    _other_sections(flow, heading, size, lead, 80, rng, talks=rng.random() < 0.5)
    sep = rng.choice((2.0, 3.5))
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        blocks = []
        for e in mine:
            names = _owner_runs(e["authors"], list(e["authors"]), owner, True)
            runs = _joined_runs(names, last=", and ") + [(". " + _end_title(e["title"], ".") + " ", R),
                                                         (printed_venue(e), I), (f", {e['year']}.", R)]
            blocks.append(wrap(pdf, runs, size, col_w, col_w - hang))
        heights = [len(b) * lead + sep for b in blocks]
        while blocks:
            room = pdf.height - flow.bottom - flow.y
            if heights[0] > room:
                flow.new_page()
                continue
            # multicol: when the rest fits in this page's two columns, balance them (the left
            # column ends at the entry boundary nearest half the height); else fill the left
            # column, then the right, and go on over the page
            fits = sum(heights) <= 2 * room and max(heights) <= room
            left, acc = 0, 0.0
            while left < len(blocks) and acc + heights[left] <= room and \
                    (not fits or abs(acc + heights[left] - sum(heights) / 2) <= abs(acc - sum(heights) / 2) or left == 0):
                acc += heights[left]
                left += 1
            right, acc2 = left, 0.0
            while right < len(blocks) and acc2 + heights[right] <= room:
                acc2 += heights[right]
                right += 1
            top = flow.y
            bottom = top
            for part, x in ((range(left), flow.x), (range(left, right), flow.x + col_w + gutter)):
                flow.y = top
                for i in part:
                    for j, line in enumerate(blocks[i]):
                        flow.draw(x + (hang if j else 0), line, size)
                        flow.y += lead
                    flow.y += sep
                bottom = max(bottom, flow.y)
            flow.y = bottom
            blocks, heights = blocks[right:], heights[right:]
            if blocks:
                flow.new_page()
    return pdf.to_bytes()


def render_word_grid_table(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A word processor's publication table with a full grid, as grant applications and
    many European and Chinese CVs print it (Helvetica or Times, 8.5-9.5 pt): columns "No.",
    "Authors", "Title", "Journal / Conference", "Year", each cell wrapped in its column, a
    bold header row repeated on each page, the owner's name bold in the author cell."""
    pdf = Writer(rng.choice(("Helvetica", "Times")))
    margin = rng.choice((40, 48, 56))
    size = rng.choice((8.5, 9, 9.5))
    lead = size * 1.22
    pad = 3.0
    flow = Flow(pdf, margin, pdf.width - margin, 56, 56, footer=rng.choice(("", None)))
    pdf.text(margin, flow.y, owner, 18, bold=True)
    flow.gap(22)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(24)
    W = flow.col_width
    no_w = pdf.measure("No.", size, True) + 2 * pad + 4
    year_w = pdf.measure("0000", size) + 2 * pad + 6
    rest = W - no_w - year_w
    au_w, ti_w = rest * rng.choice((0.28, 0.32)), rest * rng.choice((0.40, 0.44))
    ve_w = rest - au_w - ti_w
    xs = [0, no_w, no_w + au_w, no_w + au_w + ti_w, no_w + au_w + ti_w + ve_w, W]
    header = ["No.", "Authors", "Title", "Journal / Conference", "Year"]

    def grid_row(cells: list[list]) -> None:
        rows = max(len(c) for c in cells)
        height = rows * lead + 2 * pad
        top = flow.y
        for k, cell in enumerate(cells):
            flow.y = top + pad
            for line in cell:
                flow.draw(flow.x + xs[k] + pad, line, size)
                flow.y += lead
        flow.y = top
        # the grid: a rule above and below the row, one at each column edge
        pdf.rule(flow.x, top - size * 0.35, flow.x + W, 0.5)
        pdf.rule(flow.x, top - size * 0.35 + height, flow.x + W, 0.5)
        for x in xs:
            _vline(pdf, flow.x + x, top - size * 0.35, height)
        flow.y = top + height

    def head_row():
        grid_row([[[(0, h, True, False)]] for h in header])

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(5 * lead + 14)
        pdf.text(flow.x, flow.y, text, size + 3, bold=True)
        flow.gap(lead + 8)

    _other_sections(flow, heading, size, lead, 80, rng, talks=False)
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        head_row()
        for e in mine:
            names = _joined_runs(_owner_runs(e["authors"], list(e["authors"]), owner, True), last=", ", two=", ")
            cells = [[[(0, str(n), False, False)]],
                     wrap(pdf, names, size, au_w - 2 * pad),
                     wrap(pdf, [(e["title"], R)], size, ti_w - 2 * pad),
                     wrap(pdf, [(printed_venue(e), I)], size, ve_w - 2 * pad),
                     [[(0, str(e["year"]), False, False)]]]
            height = max(len(c) for c in cells) * lead + 2 * pad
            if flow.need(height + 2):
                head_row()
            grid_row(cells)
            n += 1
    return pdf.to_bytes()


def _vline(pdf: Writer, x: float, top: float, height: float, thickness: float = 0.5) -> None:
    """A vertical rule from ``top`` down ``height`` (a table's column edge)."""
    obj = pdfium_c.FPDFPageObj_CreateNewRect(x - thickness / 2, pdf.height - top - height, thickness, height)
    pdfium_c.FPDFPageObj_SetFillColor(obj, 0, 0, 0, 255)
    pdfium_c.FPDFPath_SetDrawMode(obj, pdfium_c.FPDF_FILLMODE_WINDING, 0)
    pdfium_c.FPDFPage_InsertObject(pdf.page.raw, obj)


def pinyin_name(name: str) -> str:
    """"Ann B. de Haro" -> "DE HARO Ann B." (the surname first in capitals, then the given
    names, no comma: the order Chinese, and many French and Italian, CVs print every name in,
    so that a reader knows which part is the surname)."""
    given, surname = split_name(name)
    return " ".join([surname.upper()] + given)


def render_pinyin_surname_caps(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """An English CV as many Chinese researchers write it (Times or Helvetica): "1." numbers
    at the margin, every name surname first in capitals ("ZHANG Wei, **HOLLOWAY Maren T.**#,
    LI Ming*"; "#" equal contribution and "*" corresponding author, not part of a name), the
    title, the venue in italics, then "2021, 3(2): 1-9." ; a conference paper "Title. In:
    *Venue*, 2021: 1-9."."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((60, 70, 80))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.25, 1.4))
    flow = Flow(pdf, margin, pdf.width - margin, 66, 66, footer=rng.choice(("", None)))
    pdf.centered(flow.y, owner, 18, bold=True)
    flow.gap(22)
    pdf.centered(flow.y, _contact(owner), 9.5)
    flow.gap(28)

    def heading(text):
        flow.gap(lead * 0.6)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 1.5, bold=True)
        pdf.rule(flow.x, flow.y + size + 5, flow.x + flow.col_width, 0.5)
        flow.gap(lead + 8)

    _other_sections(flow, heading, size, lead, 90, rng, talks=rng.random() < 0.5)
    label_w = pdf.measure(f"{len(entries)}.", size) + 6
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            printed = []
            for i, a in enumerate(e["authors"]):
                mark = "#" if (i < 2 and _digest(e, "equal", 3) == 0) else ""
                mark += "*" if (i == len(e["authors"]) - 1 and len(e["authors"]) > 1 and _digest(e, "corr", 2)) else ""
                printed.append(pinyin_name(a) + mark)
            names = _owner_runs(e["authors"], printed, owner, True)
            runs = [run for i, nm in enumerate(names) for run in ([(", ", R)] if i else []) + [nm]]
            vol, no, p1, p2 = made_up_numbers(e)
            runs.append((". " + _end_title(e["title"], ".") + " ", R))
            if kind == "journal":
                runs += [(e["venue"], I), (f", {e['year']}, {vol}({no}): {p1}-{p2}.", R)]
            elif kind == "conference":
                runs += [("In: ", R), (e["venue"], I), (f", {e['year']}: {p1}-{p2}.", R)]
            else:
                runs += [(printed_venue(e), I), (f", {e['year']}.", R)]
            flow.block(wrap(pdf, runs, size, flow.col_width - label_w), size, lead, indent=label_w,
                       margin=(f"{n}.", 0, R))
            flow.gap(rng.choice((2, 4)))
            n += 1
    return pdf.to_bytes()


def siam_name(name: str) -> str:
    """"Ann B. de Haro" -> "A. B. DE HARO" (SIAM sets the names in small capitals; printed
    here as capitals; the truth names: "A. B. de Haro", case aside)."""
    return initials_first(name).upper()


def render_siam_caps(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """An applied mathematician's CV in the SIAM style (Times): "[12]" right-aligned in a
    label column, the names in capitals (small capitals, as SIAM sets them), the title in
    italics, the venue in roman, the year in parentheses after the volume: "A. LEE, M. T.
    HOLLOWAY, AND B. CHEN, *Title*, Venue, 3 (2021), pp. 1–9." (a conference paper "...,
    *Title*, in Venue, 2021, pp. 1–9."; the truth names: "A. Lee")."""
    pdf = Writer("Times")
    margin = rng.choice((66, 72, 90))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.15, 1.25))
    flow = Flow(pdf, margin, pdf.width - margin, 66, 66, footer=rng.choice(("", None)))
    pdf.centered(flow.y, owner.upper(), 15, bold=True)
    flow.gap(22)
    pdf.centered(flow.y, _contact(owner), 9.5)
    flow.gap(26)

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(3 * lead + 10)
        _small_caps(pdf, flow.x, flow.y, text, size + 2)
        flow.gap(lead + 6)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    label_w = pdf.measure(f"[{len(entries)}]", size) + 6
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = [(siam_name(a), R) for a in e["authors"]]
            runs = _joined_runs(names, last=", AND ", two=" AND ") + [(", ", R), (_end_title(e["title"], ","), I)]
            vol, _no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs.append((f" {e['venue']}, {vol} ({e['year']}), pp. {p1}–{p2}.", R))
            elif kind == "conference":
                runs.append((f" in {e['venue']}, {e['year']}, pp. {p1}–{p2}.", R))
            else:
                runs.append((f" {printed_venue(e)}, ({e['year']}).", R))
            label = f"[{n}]"
            lines = wrap(pdf, runs, size, flow.col_width - label_w)
            flow.block(lines, size, lead, indent=label_w,
                       margin=(label, label_w - 6 - pdf.measure(label, size), R))
            flow.gap(rng.choice((1.5, 3)))
            n += 1
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round 12


def _text_rgb(pdf: Writer, x: float, top: float, s: str, size: float, style=R, rgb=(0, 0, 0)) -> float:
    """:meth:`Writer.text` in a colour (a heading's accent, white on a band)."""
    obj = pdf._text_object(s, size, *style)
    pdfium_c.FPDFPageObj_SetFillColor(obj, *rgb, 255)
    pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, pdf.height - top - 0.8 * size)
    pdfium_c.FPDFPage_InsertObject(pdf.page.raw, obj)
    return pdf.measure(s, size, *style)


def _band(pdf: Writer, x0: float, top: float, x1: float, height: float, rgb) -> None:
    """A filled rectangle in a colour (a heading's band)."""
    obj = pdfium_c.FPDFPageObj_CreateNewRect(x0, pdf.height - top - height, x1 - x0, height)
    pdfium_c.FPDFPageObj_SetFillColor(obj, *rgb, 255)
    pdfium_c.FPDFPath_SetDrawMode(obj, pdfium_c.FPDF_FILLMODE_WINDING, 0)
    pdfium_c.FPDFPage_InsertObject(pdf.page.raw, obj)


def _icon(pdf: Writer, x: float, top: float, glyph: str, size: float) -> float:
    """An icon as CV templates draw them (AltaCV's and awesome-cv's FontAwesome): one glyph of
    a symbol font, here ZapfDingbats, whose text is whatever character its code is ("✉"
    reads as ")"); returns its width."""
    font = pdfium_c.FPDFText_LoadStandardFont(pdf.doc.raw, b"ZapfDingbats")
    obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf.doc.raw, font, ctypes.c_float(size))
    encoded = (glyph + "\0").encode("utf-16-le")
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(ctypes.c_char_p(encoded), ctypes.POINTER(ctypes.c_ushort)))
    pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, pdf.height - top - 0.8 * size)
    pdfium_c.FPDFPage_InsertObject(pdf.page.raw, obj)
    return size * 0.85


def render_jakes_resume(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """"Jake's Resume" (a LaTeX template much used by students; Times for Computer Modern):
    the name centred in small capitals, section headings in small capitals over a rule across
    the page, each paper a ``\\resumeProjectHeading``: "**Title** | *Venue*" with the year
    right-aligned on its first line, then a bullet (a drawn dot) with the authors, the owner
    in bold, and for some papers a second bullet with a note that is not an entry."""
    pdf = Writer("Times")
    margin = rng.choice((36, 44, 54))
    size = rng.choice((10, 10.5, 11))
    small = size - rng.choice((0.5, 1))
    lead = size * 1.22
    flow = Flow(pdf, margin, pdf.width - margin, 48, 48, footer=rng.choice((None, "")))
    _small_caps(pdf, (pdf.width - _caps_width(pdf, owner, 22)) / 2, flow.y, owner, 22)
    flow.gap(30)
    pdf.centered(flow.y, _contact(owner), 9)
    flow.gap(22)
    W = flow.col_width

    def heading(text):
        flow.gap(lead * 0.5)
        flow.need(4 * lead + 12)
        _small_caps(pdf, flow.x, flow.y, text, size + 3)
        pdf.rule(flow.x, flow.y + size + 5, flow.x + W, 0.5)
        flow.gap(lead + 8)

    def bullet(runs, sz, style_lead):
        lines = wrap(pdf, runs, sz, W - 26)
        flow.need(style_lead)
        pdf.dot(flow.x + 16, flow.y + sz * 0.42, 1.5)
        flow.block(lines, sz, style_lead, indent=24)

    heading("Education")
    for dates, what, note in EDUCATION:
        school, _, degree = what.partition(", ")
        flow.block([[(0, degree or school, True, False)]], size, lead, right=[[(0, dates, False, False)]])
        flow.block([[(0, school, False, True)]], small, small * 1.25)
        flow.gap(lead * 0.3)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            year = str(e["year"])
            lines = wrap(pdf, [(e["title"], B), (" | ", R), (printed_venue(e), I)], size,
                         W - pdf.measure(year, size) - 18)
            flow.need(len(lines) * lead + small * 1.3)
            flow.block(lines, size, lead, right=[[(0, year, False, False)]])
            names = _joined_runs(_owner_runs(e["authors"], e["authors"], owner, True), last=", and ")
            bullet(names, small, small * 1.28)
            if _digest(e, "jake-note", 4) == 0:
                bullet([(NOTES[_digest(e, "jake-which", len(NOTES))], I)], small, small * 1.28)
            flow.gap(lead * rng.choice((0.35, 0.55)))
    return pdf.to_bytes()


def render_gdocs_band(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A Google Docs résumé template (Helvetica for Arial): the name large in an accent
    colour, each section heading in white capitals on a coloured band across the page, each
    paper a bulleted line (a drawn dot, the text hanging at the bullet's indent): "Ann Lee,
    **Maren T. Holloway**, and Bo Chen, “Title,” *Venue*, 2021."."""
    pdf = Writer("Helvetica")
    margin = rng.choice((54, 60, 72))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.3, 1.45))
    accent = rng.choice(((31, 78, 121), (0, 121, 107), (120, 40, 60)))
    flow = Flow(pdf, margin, pdf.width - margin, 56, 56, footer=rng.choice(("", None)))
    _text_rgb(pdf, margin, flow.y, owner, 26, B, accent)
    flow.gap(34)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(26)
    W = flow.col_width
    hang = rng.choice((14, 18))

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(4 * lead + 24)
        band = size + 10
        _band(pdf, flow.x, flow.y - 5, flow.x + W, band, accent)
        _text_rgb(pdf, flow.x + 8, flow.y, text.upper(), size + 1, B, (255, 255, 255))
        flow.gap(band + 6)

    _other_sections(flow, heading, size, lead, 86, rng, talks=rng.random() < 0.5)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _joined_runs(_owner_runs(e["authors"], e["authors"], owner, True), last=", and ")
            runs = names + [(", “" + e["title"] + ",” ", R), (printed_venue(e), I), (f", {e['year']}.", R)]
            lines = wrap(pdf, runs, size, W - hang)
            flow.need(lead)
            pdf.dot(flow.x + hang / 2 - 2, flow.y + size * 0.42, 1.8)
            flow.block(lines, size, lead, indent=hang)
            flow.gap(rng.choice((1, 3)))
    return pdf.to_bytes()


# ISO 4 word abbreviations (from the ISSN Centre's List of Title Word Abbreviations) for the
# words that are common in the metadata's venues; words not listed are printed in full, and
# articles, prepositions and conjunctions are left out, as ISO 4 does
ISO4 = {"journal": "J.", "international": "Int.", "physical": "Phys.", "physics": "Phys.", "review": "Rev.",
        "reviews": "Rev.", "letters": "Lett.", "proceedings": "Proc.", "conference": "Conf.",
        "transactions": "Trans.", "mathematics": "Math.", "mathematical": "Math.", "computer": "Comput.",
        "computational": "Comput.", "computing": "Comput.", "science": "Sci.", "sciences": "Sci.",
        "applied": "Appl.", "statistics": "Stat.", "statistical": "Stat.", "american": "Am.",
        "society": "Soc.", "annual": "Annu.", "research": "Res.", "systems": "Syst.", "information": "Inf.",
        "machine": "Mach.", "learning": "Learn.", "analysis": "Anal.", "communications": "Commun.",
        "astrophysical": "Astrophys.", "astronomy": "Astron.", "biology": "Biol.", "biological": "Biol.",
        "ecology": "Ecol.", "evolution": "Evol.", "linguistics": "Linguist.", "linguistic": "Linguist.",
        "language": "Lang.", "philosophical": "Philos.", "philosophy": "Philos.", "theoretical": "Theor.",
        "probability": "Probab.", "processing": "Process.", "artificial": "Artif.",
        "intelligence": "Intell.", "representations": "Represent.", "european": "Eur.",
        "molecular": "Mol.", "annals": "Ann.", "association": "Assoc.", "computation": "Comput.",
        "mechanics": "Mech.", "chemistry": "Chem.", "chemical": "Chem.", "engineering": "Eng.",
        "quarterly": "Q.", "advances": "Adv.", "advanced": "Adv.", "methods": "Methods",
        "education": "Educ.", "university": "Univ.", "national": "Natl.", "academy": "Acad.",
        "vision": "Vis.", "pattern": "Pattern", "recognition": "Recognit.", "semantics": "Semant.",
        "natural": "Nat.", "optics": "Opt.", "geometry": "Geom.", "discrete": "Discrete",
        "herpetology": "Herpetol.", "ichthyology": "Ichthyol.", "systematic": "Syst."}
_ISO4_DROPPED = {"of", "the", "on", "and", "in", "for", "&", "a", "an"}


def iso4(venue: str) -> str:
    """A venue as ISO 4 abbreviates it: "Journal of Physics and Chemistry of Solids" -> "J.
    Phys. Chem. Solids"; a one-word venue, or one already abbreviated (a full stop in it), as
    it is."""
    words = venue.split()
    if len(words) < 2 or "." in venue or venue.startswith("arXiv"):
        return venue
    out = [ISO4.get(w.casefold().strip(",:"), w.strip(",:")) for w in words if w.casefold() not in _ISO4_DROPPED]
    return " ".join(out) if out else venue


def elsevier_name(name: str) -> str:
    """"Ann-Marie B. Lee" -> "A.-M.B. Lee" (Elsevier: the initials run together before the
    surname; the truth names: "A. M. B. Lee", punctuation aside)."""
    given, surname = split_name(name)
    return "".join(_initial(p) for p in given) + " " + surname


def render_elsevier_iso4(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A physicist's or engineer's CV in Elsevier's numbered style (Times): "[12]" in a label
    column, the owner underlined, the title in roman between commas, the venue abbreviated
    as ISO 4 does, the year in parentheses after the volume: "A. Lee, M.T. Holloway, B.
    Chen, Title, J. Appl. Phys. 3 (2021) 1–9." (a conference paper "..., Title, in: Proc.
    Int. Conf. Mach. Learn., 2021, pp. 1–9.", a preprint "..., Title, arXiv:2101.01234
    (2021).")."""
    pdf = Writer("Times")
    margin = rng.choice((60, 72, 84))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * rng.choice((1.18, 1.3))
    flow = Flow(pdf, margin, pdf.width - margin, 64, 64, footer=rng.choice(("", None, owner)))
    pdf.text(margin, flow.y, owner, 19, bold=True)
    flow.gap(24)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(24)

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 2, bold=True, italic=rng.random() < 0.3)
        flow.gap(lead + 5)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    label_w = pdf.measure(f"[{len(entries)}]", size) + rng.choice((5, 8))
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            runs = _joined_runs([(elsevier_name(a), R) for a in e["authors"]], last=", ", two=", ")
            owner_run = {2 * e["authors"].index(owner)}
            runs.append((", " + e["title"] + ", ", R))
            vol, _no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs.append((f"{iso4(e['venue'])} {vol} ({e['year']}) {p1}–{p2}.", R))
            elif kind == "conference":
                runs.append((f"in: {iso4(e['venue'])}, {e['year']}, pp. {p1}–{p2}.", R))
            else:
                runs.append((f"{iso4(printed_venue(e))} ({e['year']}).", R))
            _underlined_block(flow, wrap(pdf, runs, size, flow.col_width - label_w), size, lead,
                              _marked(runs, owner_run), indent=label_w, margin=(f"[{n}]", 0, R))
            flow.gap(rng.choice((1.5, 3)))
            n += 1
    return pdf.to_bytes()


def render_altacv_icons(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """AltaCV (Helvetica): the main column at the left, a narrower one at the right on the
    first page (contact lines behind icons, skills, languages); section headings in
    capitals in an accent colour with a rule; each paper a ``\\cvevent``: the bold title in
    the accent colour, the venue below, then a small line "<icon> 2021  <icon> Ann Lee,
    **Maren T. Holloway**, Bo Chen" (the icons glyphs of a symbol font, which read as stray
    characters), a thin rule between papers."""
    pdf = Writer("Helvetica")
    margin = rng.choice((36, 42))
    side_w = rng.choice((150, 164))
    gutter = rng.choice((20, 26))
    size = rng.choice((9.5, 10, 10.5))
    small = size - rng.choice((1, 1.5))
    lead = size * 1.25
    accent = rng.choice(((140, 20, 40), (20, 80, 150)))
    top = 50
    body_top = top + 62
    flow = Flow(pdf, margin, pdf.width - margin - side_w - gutter, body_top, 56, footer=rng.choice((None, "")))
    _text_rgb(pdf, margin, top, owner.upper(), 22, B, (0, 0, 0))
    _text_rgb(pdf, margin, top + 28, "Research Scientist", 11, R, accent)
    # the right-hand column, on the first page only
    side_x = pdf.width - margin - side_w
    y = body_top

    def side_heading(text):
        nonlocal y
        _text_rgb(pdf, side_x, y, text.upper(), 11, B, accent)
        pdf.rule(side_x, y + 13, side_x + side_w, 0.8, grey=60)
        y += 20

    def side_line(text, glyph=None):
        nonlocal y
        x = side_x
        if glyph:
            x += _icon(pdf, side_x, y, glyph, 8.5) + 4
        for line in wrap(pdf, [(text, R)], 8.5, side_w - (x - side_x)):
            flow_y, flow.y = flow.y, y
            flow.draw(x, line, 8.5)
            flow.y = flow_y
            y += 11
        y += 3

    side_heading("Contact")
    dept, _, mail = _contact(owner).partition("  |  ")
    side_line(mail, "\u2709")
    side_line("+1 555 0142", "\u260e")
    side_line(dept, "\u2708")
    side_heading("Skills")
    for item in ("Bayesian statistics", "Python, R, C++", "Large-scale simulation"):
        side_line(item)
    side_heading("Languages")
    for item in ("English", "Spanish", "French (basic)"):
        side_line(item)
    W = flow.col_width

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(4 * lead + 14)
        _text_rgb(pdf, flow.x, flow.y, text.upper(), size + 4, B, accent)
        pdf.rule(flow.x, flow.y + size + 8, flow.x + W, 0.9, grey=60)
        flow.gap(lead + 12)

    heading("Education")
    for dates, what, note in EDUCATION:
        school, _, degree = what.partition(", ")
        flow.block(wrap(pdf, [(degree or school, B)], size + 0.5, W), size + 0.5, lead)
        flow.block(wrap(pdf, [(school + "  " + dates, R)], small, W), small, small * 1.3)
        flow.gap(lead * 0.4)
    date_glyph, people_glyph = "\u27a4", "\u270d"
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for i, e in enumerate(mine):
            if i:
                pdf.rule(flow.x, flow.y - lead * 0.25, flow.x + W, 0.4, grey=170)
                flow.gap(lead * 0.35)
            title = wrap(pdf, [(e["title"], B)], size + 0.5, W)
            flow.need(len(title) * lead + lead + small * 1.3)
            for line in title:  # in the accent colour, one line at a time
                flow.need(lead)
                _text_rgb(pdf, flow.x, flow.y, " ".join(w for _, w, _, _ in line), size + 0.5, B, accent)
                flow.gap(lead)
            flow.block(wrap(pdf, [(printed_venue(e), R)], size, W), size, lead)
            year = str(e["year"])
            flow.need(small * 1.3)
            x = flow.x + _icon(pdf, flow.x, flow.y, date_glyph, small) + 3
            x += pdf.text(x, flow.y, year, small) + 10
            x += _icon(pdf, x, flow.y, people_glyph, small) + 3
            names = _joined_runs(_owner_runs(e["authors"], e["authors"], owner, True), last=", ", two=", ")
            lines = wrap(pdf, names, small, W - (x - flow.x), W - (x - flow.x))
            flow.block(lines, small, small * 1.3, indent=x - flow.x)
            flow.gap(lead * 0.35)
    return pdf.to_bytes()


def printed_status(e: dict) -> str | None:
    """What ``status_in_press`` prints where the year goes: "in press", "forthcoming", "to
    appear" or "submitted" for some entries (a digest of the title: the same entry, the same
    status), else None (the year is printed)."""
    k = _digest(e, "status", 5)
    if e["kind"] == "journal":
        return {0: "in press", 1: "forthcoming"}.get(k)
    if e["kind"] == "conference":
        return {0: "to appear"}.get(k)
    return {0: "submitted", 1: "submitted"}.get(k)


def render_status_in_press(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A CV whose newest papers carry their status where the year goes (Times or Helvetica,
    hanging indent, space between entries): "Ann Lee, **Maren T. Holloway**, Bo Chen. Title.
    *Venue*, 2021." and "... *Venue*, in press." / "*Venue* (forthcoming)." / "*Venue*, to
    appear." / "*arXiv:2101.01234*, submitted." (those entries print no year, and their
    truth year is None)."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((56, 66, 76))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.2, 1.32))
    hang = rng.choice((14, 20))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None, owner)))
    pdf.centered(flow.y, owner, 20, bold=True)
    flow.gap(26)
    pdf.centered(flow.y, _contact(owner), 9.5)
    flow.gap(26)
    W = flow.col_width

    def heading(text):
        flow.gap(lead * 0.6)
        flow.need(3 * lead + 12)
        pdf.text(flow.x, flow.y, text, size + 2, bold=True)
        pdf.rule(flow.x, flow.y + size + 5, flow.x + W, 0.4, grey=120)
        flow.gap(lead + 8)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _joined_runs(_owner_runs(e["authors"], e["authors"], owner, True), last=", ", two=", ")
            runs = names + [(". " + _end_title(e["title"], ".") + " ", R), (printed_venue(e), I)]
            status = printed_status(e)
            if status == "forthcoming":
                runs.append((" (forthcoming).", R))
            elif status:
                runs.append((f", {status}.", R))
            else:
                runs.append((f", {e['year']}.", R))
            flow.block(wrap(pdf, runs, size, W, W - hang), size, lead, indent=hang, first_indent=0)
            flow.gap(rng.choice((3, 5)))
    return pdf.to_bytes()


def render_econ_justified(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """An economist's CV (Times, 11-12 pt) in Econometrica's reference style, justified as
    TeX sets a paragraph (each word placed on its own, the spaces stretched to fill the line,
    the last line ragged), with a hanging indent: "Lee, A., M. T. Holloway, and B. Chen
    (2021): “Title,” *Venue*, 3, 1–9." (the first author inverted; a conference paper
    "...: “Title,” in *Venue*, 1–9.", a preprint "...: “Title,” arXiv:2101.01234."; the truth
    names: "A. Lee")."""
    pdf = Writer("Times")
    margin = rng.choice((66, 72, 90))
    size = rng.choice((11, 11.5, 12))
    lead = size * rng.choice((1.2, 1.3))
    hang = rng.choice((18, 24))
    flow = Flow(pdf, margin, pdf.width - margin, 66, 66, footer=rng.choice(("", None)))
    pdf.centered(flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.centered(flow.y, _contact(owner), 9.5)
    flow.gap(28)
    W = flow.col_width

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 1, bold=True)
        flow.gap(lead + 4)

    def justified(lines) -> None:
        for i, line in enumerate(lines):
            flow.need(lead)
            x0 = flow.x + (hang if i else 0)
            width = W - (hang if i else 0)
            # the words of a line that follow a space; the last line is not stretched
            gaps = [j for j in range(1, len(line))
                    if line[j][0] - (line[j - 1][0] + pdf.measure(line[j - 1][1], size, *line[j - 1][2:])) > 0.5]
            extra = (width - line_width(pdf, line, size)) / len(gaps) if gaps and i < len(lines) - 1 else 0.0
            shift = 0.0
            for j, (dx, word, bold, italic) in enumerate(line):
                if j in gaps:
                    shift += extra
                pdf.text(x0 + dx + shift, flow.y, word, size, bold, italic)
            flow.y += lead

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = [apa_name(e["authors"][0])] + [initials_first(a) for a in e["authors"][1:]]
            runs = [(_join(names, last=", and ", two=", and " if len(names) == 2 else " and "), R),
                    (f" ({e['year']}): “" + _end_title(e["title"], ",") + "” ", R)]
            vol, _no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f", {vol}, {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("in ", R), (e["venue"], I), (f", {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e) + ".", R)]
            justified(wrap(pdf, runs, size, W, W - hang))
            flow.gap(rng.choice((2, 4)))
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round 13


def render_word_section_tables(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A CV exported from a word processor (or a profile site's "save as PDF") where each
    section is a table of its own (Helvetica for Calibri/Arial): a bold header row "Year |
    Publication" on a grey band, then a row per paper, the year in the narrow left cell and,
    in the right cell, the bold title, the authors (the owner bold or not) and the italic
    venue on lines of their own; the rows parted by thin rules across the table, with or
    without the column edge."""
    pdf = Writer("Helvetica")
    margin = rng.choice((48, 56, 64))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * rng.choice((1.2, 1.3))
    pad = rng.choice((3.0, 4.0))
    flow = Flow(pdf, margin, pdf.width - margin, 56, 56, footer=rng.choice(("", None, owner)))
    pdf.text(margin, flow.y, owner, 20, bold=True)
    flow.gap(26)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(24)
    W = flow.col_width
    year_w = pdf.measure("0000", size, True) + 2 * pad + rng.choice((10, 24))
    edges = rng.random() < 0.5
    bold_owner = rng.random() < 0.6

    def row(left, right_lines, header=False) -> None:
        height = len(right_lines) * lead + 2 * pad
        flow.need(height + 2)
        top = flow.y
        if header:
            _band(pdf, flow.x, top - size * 0.35, flow.x + W, height, (225, 225, 225))
        flow.y = top + pad
        flow.draw(flow.x + pad, [(0, left, header, False)], size)
        for line in right_lines:
            flow.draw(flow.x + year_w + pad, line, size)
            flow.y += lead
        pdf.rule(flow.x, top - size * 0.35, flow.x + W, 0.4, grey=90)
        pdf.rule(flow.x, top - size * 0.35 + height, flow.x + W, 0.4, grey=90)
        if edges:
            for x in (0, year_w, W):
                _vline(pdf, flow.x + x, top - size * 0.35, height, 0.4)
        flow.y = top + height

    def heading(text):
        flow.gap(lead * 0.9)
        flow.need(5 * lead + 16)
        pdf.text(flow.x, flow.y, text, size + 3, bold=True)
        flow.gap(lead + 8)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    cell = W - year_w - 2 * pad
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        row("Year", [[(0, "Publication", True, False)]], header=True)
        for e in mine:
            names = _joined_runs(_owner_runs(e["authors"], e["authors"], owner, bold_owner), last=", and ")
            lines = (wrap(pdf, [(e["title"], B)], size, cell) + wrap(pdf, names, size, cell)
                     + wrap(pdf, [(printed_venue(e), I)], size, cell))
            row(str(e["year"]), lines)
    return pdf.to_bytes()


FRENCH_SECTIONS = {"journal": "Articles dans des revues internationales à comité de lecture",
                   "conference": "Communications dans des congrès internationaux avec actes",
                   "preprint": "Prépublications", "other": "Autres publications"}


def render_french_academic(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A French academic CV (Times): "Curriculum vitæ" under the name, a bold heading
    "Publications" and the kinds as italic sub-headings in French ("Articles dans des revues
    internationales à comité de lecture", ...), the year of each paper in a left-hand column,
    and "A. Lee, B. Chen et M. T. Holloway, « Title », *Venue*, vol. 3, n° 2, p. 1–9." (a
    congress paper "..., « Title », dans *Venue*, p. 1–9.", a preprint "..., « Title »,
    arXiv:2101.01234."); the year is printed in the column only."""
    pdf = Writer("Times")
    margin = rng.choice((60, 70, 80))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.2, 1.3))
    year_w = pdf.measure("0000", size) + rng.choice((14, 22))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None)))
    pdf.centered(flow.y, owner, 20, bold=True)
    flow.gap(26)
    pdf.centered(flow.y, "Curriculum vitæ", 12)
    flow.gap(18)
    pdf.centered(flow.y, "Laboratoire de physique, Université de Northfield", 9.5)
    flow.gap(26)
    W = flow.col_width
    bold_year = rng.random() < 0.5

    def heading(text, sub=False):
        flow.gap(lead * (0.5 if sub else 0.9))
        flow.need(3 * lead + 10)
        if sub:
            pdf.text(flow.x, flow.y, text, size + 0.5, italic=True)
            flow.gap(lead + 3)
        else:
            pdf.text(flow.x, flow.y, text, size + 2.5, bold=True)
            pdf.rule(flow.x, flow.y + size + 6, flow.x + W, 0.5)
            flow.gap(lead + 10)

    heading("Formation")
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - 84), size, lead, indent=84, margin=(dates, 0, R))
        flow.gap(lead * 0.3)
    heading("Publications")
    for kind, mine in sections(entries):
        heading(FRENCH_SECTIONS[kind], sub=True)
        for e in mine:
            names = [initials_first(a) for a in e["authors"]]
            runs = [(_join(names, last=" et ", two=" et "), R), (", « " + e["title"] + " », ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f", vol. {vol}, n° {no}, p. {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("dans ", R), (e["venue"], I), (f", p. {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e) + ".", R)]
            flow.block(wrap(pdf, runs, size, W - year_w), size, lead, indent=year_w,
                       margin=(str(e["year"]), 0, B if bold_year else R))
            flow.gap(rng.choice((2, 4)))
    return pdf.to_bytes()


GERMAN_SECTIONS = {"journal": "Zeitschriftenartikel (mit Begutachtung)", "conference": "Konferenzbeiträge",
                   "preprint": "Preprints", "other": "Sonstige Veröffentlichungen"}


def render_german_und(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A German academic CV ("Lebenslauf", Helvetica or Times): a main heading
    "Publikationen" over German sub-headings ("Zeitschriftenartikel (mit Begutachtung)",
    "Konferenzbeiträge", ...), each paper numbered "1." down the whole list with a hanging
    indent, in the DGPs style of German psychology and social science CVs: "Lee, A., Chen,
    B. und Holloway, M. T. (2021). Title. *Venue*, *3*(2), S. 1–9." (a conference paper
    "... In *Venue* (S. 1–9).", a preprint "... arXiv:2101.01234."); the owner bold or
    underlined."""
    pdf = Writer(rng.choice(("Helvetica", "Times")))
    margin = rng.choice((56, 66, 76))
    size = rng.choice((10, 10.5))
    lead = size * rng.choice((1.22, 1.35))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None, owner)))
    pdf.text(margin, flow.y, "Lebenslauf", 11, italic=True)
    flow.gap(16)
    pdf.text(margin, flow.y, owner, 20, bold=True)
    flow.gap(26)
    pdf.text(margin, flow.y, "Institut für Physik, Universität Nordfeld", 9.5)
    flow.gap(24)
    W = flow.col_width
    label_w = pdf.measure(f"{len(entries)}.", size) + rng.choice((6, 10))
    underline = rng.random() < 0.5

    def heading(text, sub=False):
        flow.gap(lead * (0.5 if sub else 0.9))
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + (1 if sub else 3), bold=True)
        flow.gap(lead + (4 if sub else 8))

    heading("Ausbildung")
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - 84), size, lead, indent=84, margin=(dates, 0, R))
        flow.gap(lead * 0.3)
    heading("Publikationen")
    n = 1
    for kind, mine in sections(entries):
        heading(GERMAN_SECTIONS[kind], sub=True)
        for e in mine:
            names = [apa_name(a) for a in e["authors"]]
            runs = []
            for i, (a, printed) in enumerate(zip(e["authors"], names)):
                if i:
                    runs.append((" und " if i == len(names) - 1 else ", ", R))
                runs.append((printed, B if (a == owner and not underline) else R))
            owner_run = {2 * e["authors"].index(owner)}
            vol, no, p1, p2 = made_up_numbers(e)
            runs.append((f" ({e['year']}). " + _end_title(e["title"], ".") + " ", R))
            if kind == "journal":
                runs += [(e["venue"], I), (", ", R), (str(vol), I), (f"({no}), S. {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("In ", R), (e["venue"], I), (f" (S. {p1}–{p2}).", R)]
            else:
                runs += [(printed_venue(e) + ".", R)]
            lines = wrap(pdf, runs, size, W - label_w)
            label = (f"{n}.", 0, R)
            if underline:
                _underlined_block(flow, lines, size, lead, _marked(runs, owner_run), indent=label_w, margin=label)
            else:
                flow.block(lines, size, lead, indent=label_w, margin=label)
            flow.gap(rng.choice((2, 4)))
            n += 1
    return pdf.to_bytes()


NIH_CONTRIBUTIONS = (
    ("My early work asked how small changes in the set-up of an experiment propagate into the "
     "quantities that are finally reported. With colleagues I developed procedures to track these "
     "changes and showed where they matter most."),
    ("A second line of work built open tools that other groups now use to reproduce and extend "
     "such analyses. I led the design of the methods and the validation against earlier results."),
    ("More recently I have turned to questions that connect several fields, training students and "
     "postdoctoral fellows who now lead their own projects."),
)


def render_nih_biosketch(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """An NIH biographical sketch (Helvetica for Arial, 11 pt, half-inch margins): the form's
    header lines, "A. Personal Statement" (a paragraph, then up to four papers numbered
    "1." ...), "B. Positions, Scientific Appointments, and Honors", "C. Contributions to
    Science": numbered paragraphs of prose, each followed by its papers lettered "a." ...,
    in the NLM style: "Lee AB, Chen B, Holloway MT. Title. Venue. 2021 Mar;3(2):1-9. PMID:
    33412345; PMCID: PMC7812345." (a conference paper "... Title. In: Venue; 2021. p. 1-9.",
    a preprint "... Title. arXiv:2101.01234 [Preprint]. 2021."); the owner bold or not; a
    link to the complete list at the end. The papers are not grouped by kind."""
    pdf = Writer("Helvetica")
    margin = 36
    size = rng.choice((10.5, 11))
    lead = size * rng.choice((1.15, 1.25))
    flow = Flow(pdf, margin, pdf.width - margin, 40, 40, footer=rng.choice(("", None)))
    W = flow.col_width
    bold_owner = rng.random() < 0.5
    pdf.centered(flow.y, "BIOGRAPHICAL SKETCH", size + 1, bold=True)
    flow.gap(lead * 1.6)
    local = re.sub(r"[^A-Z]", "", owner.upper())[:8]
    for label, value in (("NAME:", owner), ("eRA COMMONS USER NAME:", local),
                         ("POSITION TITLE:", "Associate Professor of Physics")):
        w = pdf.text(flow.x, flow.y, label + " ", size, bold=True)
        pdf.text(flow.x + w, flow.y, value, size)
        flow.gap(lead)
    flow.gap(lead * 0.5)

    def heading(text):
        flow.gap(lead * 0.6)
        flow.need(3 * lead)
        pdf.text(flow.x, flow.y, text, size, bold=True)
        flow.gap(lead * 1.2)

    def paragraph(text, indent=0.0, first=None):
        flow.block(wrap(pdf, [(text, R)], size, W - indent), size, lead, indent=indent)
        flow.gap(lead * 0.4)

    def paper(e, label, indent):
        names = _joined_runs(_owner_runs(e["authors"], [vancouver_name(a) for a in e["authors"]], owner,
                                         bold_owner), last=", ", two=", ")
        vol, no, p1, p2 = made_up_numbers(e)
        runs = names + [(". " + _end_title(e["title"], ".") + " ", R)]
        if e["kind"] == "journal":
            runs.append((f"{e['venue']}. {e['year']} {made_up_month(e)};{vol}({no}):{p1}-{p2}.", R))
            h = _digest(e, "pmid", 10 ** 8)
            if h % 3:
                runs.append((f" PMID: {30000000 + h % 9000000}; PMCID: PMC{7000000 + h % 900000}.", R))
            else:
                runs.append((f" PMID: {30000000 + h % 9000000}.", R))
        elif e["kind"] == "conference":
            runs.append((f"In: {e['venue']}; {e['year']}. p. {p1}-{p2}.", R))
        else:
            runs.append((f"{printed_venue(e)} [Preprint]. {e['year']}.", R))
        label_w = 18
        flow.block(wrap(pdf, runs, size, W - indent - label_w), size, lead, indent=indent + label_w,
                   margin=(label, indent, R))
        flow.gap(lead * 0.25)

    order = [e for _kind, mine in sections(entries) for e in mine]
    statement, rest = order[:4], order[4:]
    heading("A. Personal Statement")
    paragraph("I am a physicist whose research combines careful measurement with the development of methods "
              "that others can use. The papers below show the work most relevant to this application.")
    for i, e in enumerate(statement):
        paper(e, f"{i + 1}.", 14)
    heading("B. Positions, Scientific Appointments, and Honors")
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - 90), size, lead, indent=90, margin=(dates, 0, R))
    heading("C. Contributions to Science")
    parts = len(NIH_CONTRIBUTIONS)
    per = -(-len(rest) // parts)
    for k in range(parts):
        mine = rest[k * per:(k + 1) * per]
        if not mine:
            break
        flow.block(wrap(pdf, [(NIH_CONTRIBUTIONS[k], R)], size, W - 14), size, lead, indent=14,
                   margin=(f"{k + 1}.", 0, R))
        flow.gap(lead * 0.4)
        for i, e in enumerate(mine):
            paper(e, f"{'abcdefghijklmnopqrstuvwxyz'[i]}.", 14)
        flow.gap(lead * 0.4)
    flow.gap(lead * 0.5)
    paragraph("Complete List of Published Work in MyBibliography: "
              f"https://www.ncbi.nlm.nih.gov/myncbi/{local.lower()}.1/bibliography/public/")
    return pdf.to_bytes()


class _ContinuedFlow(Flow):
    """A :class:`Flow` whose pages after the first open with a running header ("Name —
    Curriculum Vitae" at the left, "Page 2 of 5" at the right, a rule under it) and, when a
    section runs over the page, its heading again with "(continued)"."""

    def __init__(self, *args, owner: str, total: int, size: float, **kwargs):
        self.owner, self.total, self.size, self.section = owner, total, size, None
        super().__init__(*args, **kwargs)

    def new_page(self) -> None:
        super().new_page()
        if self.pages > 1:
            pdf = self.pdf
            pdf.text(self.left0, self.top0 - 30, f"{self.owner} — Curriculum Vitae", 9, italic=True)
            label = f"Page {self.pages} of {self.total}"
            pdf.text(self.right0 - pdf.measure(label, 9), self.top0 - 30, label, 9)
            pdf.rule(self.left0, self.top0 - 18, self.right0, 0.4, grey=120)
            if self.section:
                pdf.text(self.left0, self.y, f"{self.section} (continued)", self.size + 1, bold=True)
                self.y += self.size * 1.3 + 6


def render_page_headers_continued(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A long CV whose entries run over page breaks (Times, 11 pt, no space between lines of
    an entry and little between entries, so that breaks fall inside entries): each page after
    the first opens with "Name — Curriculum Vitae ... Page 2 of 5" over a rule and, inside a
    section, the section's heading again with "(continued)"; Chicago author-date references
    with a hanging indent: "Lee, Ann, Bo Chen, and Maren T. Holloway. 2021. “Title.”
    *Venue* 3 (2): 1–9." (the first name inverted; the truth names as the metadata has
    them)."""
    margin = rng.choice((64, 72))
    size = rng.choice((10.5, 11))
    lead = size * rng.choice((1.18, 1.25))
    hang = rng.choice((18, 24))
    gap = rng.choice((2, 3))
    talks = rng.random() < 0.5

    def once(total: int) -> tuple[bytes, int]:
        pdf = Writer("Times")
        flow = _ContinuedFlow(pdf, margin, pdf.width - margin, 72, 60, owner=owner, total=total, size=size)
        pdf.centered(flow.y, owner, 18, bold=True)
        flow.gap(24)
        pdf.centered(flow.y, _contact(owner), 9.5)
        flow.gap(26)
        W = flow.col_width

        def heading(text):
            flow.section = None
            flow.gap(lead * 0.7)
            flow.need(2 * lead + 10)
            pdf.text(flow.x, flow.y, text, size + 1, bold=True)
            flow.gap(lead + 6)
            flow.section = text

        _other_sections(flow, heading, size, lead, 84, random.Random(f"continued|{talks}"), talks=talks)
        for kind, mine in sections(entries):
            heading(SECTION_TITLES[kind])
            for e in mine:
                names = [chicago_first(e["authors"][0])] + e["authors"][1:]
                runs = [(_join(names, last=", and ", two=", and " if len(names) == 2 else " and "), R),
                        (f". {e['year']}. “" + _end_title(e["title"], ".") + "” ", R)]
                vol, no, p1, p2 = made_up_numbers(e)
                if kind == "journal":
                    runs += [(e["venue"], I), (f" {vol} ({no}): {p1}–{p2}.", R)]
                elif kind == "conference":
                    runs += [("In ", R), (e["venue"], I), (f", {p1}–{p2}.", R)]
                else:
                    runs += [(printed_venue(e) + ".", R)]
                flow.block(wrap(pdf, runs, size, W, W - hang), size, lead, indent=hang, first_indent=0)
                flow.gap(gap)
        return pdf.to_bytes(), flow.pages

    _, pages = once(0)
    return once(pages)[0]


# --------------------------------------------------------------------------- round 14


ORCID_TYPES = {"journal": "Journal article", "conference": "Conference paper", "preprint": "Preprint",
               "other": "Other"}


def render_orcid_works(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """An ORCID record printed from the browser (Helvetica): the name and the ORCID iD at the
    top, a bar "Works (40)" with "Sort" at its right, then one box per work, newest first and
    not grouped by kind: the title in bold, the venue on a line of its own, "2021-03 | Journal
    article" (or "2021 | Preprint"), some with "DOI: 10.1234/ab.2021.01234", then
    "CONTRIBUTORS: Ann Lee; Maren T. Holloway; Bo Chen" (the names as the source gave them,
    parted by semicolons) and "Source: Crossref" smaller; thin rules round each box."""
    pdf = Writer("Helvetica")
    margin = rng.choice((40, 50, 60))
    size = rng.choice((9.5, 10))
    small = size - rng.choice((1.0, 1.5))
    lead = size * rng.choice((1.3, 1.4))
    pad = rng.choice((6.0, 8.0))
    label = rng.choice(("CONTRIBUTORS: ", "Contributors: "))
    flow = Flow(pdf, margin, pdf.width - margin, 46, 46, footer=rng.choice(("", None)))
    W = flow.col_width
    pdf.text(margin, flow.y, owner, 18, bold=True)
    flow.gap(24)
    digits = f"{_digest({'title': owner}, 'orcid', 10 ** 12):012d}"
    pdf.text(margin, flow.y, f"https://orcid.org/0000-{digits[:4]}-{digits[4:8]}-{digits[8:12]}", 9)
    flow.gap(26)
    order = sorted(entries, key=lambda e: (-e["year"], e["title"]))
    pdf.rule(flow.x, flow.y - 4, flow.x + W, 0.6, grey=150)
    pdf.text(flow.x + pad, flow.y + 2, f"Works ({len(order)})", size + 3, bold=True)
    pdf.text(flow.x + W - pad - pdf.measure("Sort", size), flow.y + 4, "Sort", size)
    flow.gap(size + 16)
    inner = W - 2 * pad
    for e in order:
        lines = [(wrap(pdf, [(e["title"], B)], size + 0.5, inner), size + 0.5, lead * 1.05)]
        lines.append((wrap(pdf, [(printed_venue(e), R)], size, inner), size, lead))
        month = MONTHS.index(made_up_month(e)) + 1
        date = f"{e['year']}-{month:02d}" if _digest(e, "orcid-date", 2) else str(e["year"])
        lines.append(([[(0, f"{date} | {ORCID_TYPES[e['kind']]}", False, False)]], small, small * 1.35))
        if e["kind"] != "preprint" and _digest(e, "orcid-doi", 3):
            lines.append(([[(0, f"DOI: {made_up_doi(e)}", False, False)]], small, small * 1.35))
        lines.append((wrap(pdf, [(label + "; ".join(e["authors"]), R)], small, inner), small, small * 1.35))
        source = rng.choice(("Crossref", "DataCite", owner, "Europe PubMed Central"))
        lines.append(([[(0, f"Source: {source}", False, True)]], small, small * 1.35))
        height = sum(len(ls) * ld for ls, _, ld in lines) + 2 * pad
        if height < pdf.height - 92:
            flow.need(height + 6)
        top = flow.y
        flow.y += pad
        page = flow.pages
        for ls, sz, ld in lines:
            for line in ls:
                flow.need(ld)
                flow.draw(flow.x + pad, line, sz)
                flow.y += ld
        if flow.pages == page:
            pdf.rule(flow.x, top - size * 0.4, flow.x + W, 0.5, grey=170)
            pdf.rule(flow.x, flow.y + pad - size * 0.4, flow.x + W, 0.5, grey=170)
            _vline(pdf, flow.x, top - size * 0.4, flow.y + pad - top, 0.5)
            _vline(pdf, flow.x + W, top - size * 0.4, flow.y + pad - top, 0.5)
        flow.y += pad + rng.choice((6, 9))
    return pdf.to_bytes()


ECON_STATUS = ("Submitted", "Under review", "Revision requested", None, None)


def render_econ_working_papers(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """An economist's CV (Times, 11 pt): "Publications" with "“Title” (with Ann Lee and Bo
    Chen), *Venue*, 2021, 3(2), 1–9." (the owner implied, no parenthesis for a paper of the
    owner alone), then "Working Papers": the preprints as "“Title” (with Ann Lee)" with no
    venue and no year, some with a status ("Submitted", "Under review") on a line of their own
    in italics; hanging indents, space between entries."""
    pdf = Writer("Times")
    margin = rng.choice((64, 72, 80))
    size = rng.choice((10.5, 11))
    lead = size * rng.choice((1.2, 1.3))
    hang = rng.choice((14, 20))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    pdf.centered(flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.centered(flow.y, "Department of Economics, University of Northfield", 10)
    flow.gap(28)

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 10)
        _small_caps(pdf, flow.x, flow.y, text, size + 2)
        pdf.rule(flow.x, flow.y + size + 5, flow.x + W, 0.4)
        flow.gap(lead + 9)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    published = [e for kind, mine in sections(entries) if kind != "preprint" for e in mine]
    working = [e for kind, mine in sections(entries) if kind == "preprint" for e in mine]
    for name, group in (("Publications", published), ("Working Papers", working)):
        if not group:
            continue
        heading(name)
        for e in group:
            others = [a for a in e["authors"] if a != e["owner"]]
            runs = [("“" + e["title"] + "”", R)]
            if others:
                runs.append((" (with " + _join(others, last=", and ") + ")", R))
            if e in published:
                vol, no, p1, p2 = made_up_numbers(e)
                runs += [(", ", R), (printed_venue(e), I), (f", {e['year']}", R)]
                runs.append((f", {vol}({no}), {p1}–{p2}." if e["kind"] == "journal" else ".", R))
            lines = wrap(pdf, runs, size, W, W - hang)
            flow.need(min(len(lines), 3) * lead)
            flow.block(lines, size, lead, indent=hang, first_indent=0)
            status = ECON_STATUS[_digest(e, "econ-status", len(ECON_STATUS))] if e in working else None
            if status:
                flow.block([[(0, status, False, True)]], size, lead, indent=hang)
            flow.gap(lead * rng.choice((0.4, 0.6)))
    return pdf.to_bytes()


def _sup_wrap(pdf: Writer, items, size: float, width: float, rest: float, ratio: float = 0.62):
    """Lines of [(dx, text, bold, italic, sup)] from ``items`` [(text, style, sup)]: as
    :func:`wrap`, but a superscript mark is measured at ``ratio`` of ``size`` and never starts
    a line (it stays with the word it follows)."""
    words, spaced = [], True
    for text, (bold, italic), sup in items:
        for piece in re.split(r"(\s+)", text):
            if piece.isspace():
                spaced = True
            elif piece:
                words.append((piece, bold, italic, sup, spaced and not sup))
                spaced = False
    groups: list[list] = []
    for word, bold, italic, sup, sp in words:
        if sp or not groups:
            groups.append([])
        groups[-1].append((word, bold, italic, sup))
    space = pdf.measure(" ", size)
    lines, line, x = [], [], 0.0
    for group in groups:
        widths = [pdf.measure(w, size * ratio if s else size, b, i) for w, b, i, s in group]
        lead = space if line else 0.0
        if line and x + lead + sum(widths) > (rest if lines else width):
            lines.append(line)
            line, x, lead = [], 0.0, 0.0
        x += lead
        for (word, bold, italic, sup), w in zip(group, widths):
            line.append((x, word, bold, italic, sup))
            x += w
    if line:
        lines.append(line)
    return lines


def _draw_sup(flow: Flow, x: float, line, size: float, ratio: float = 0.62) -> None:
    """Draws a line of :func:`_sup_wrap`: the words through :meth:`Flow.draw`, the marks
    smaller and raised by a third of ``size`` (as a word processor sets a superscript)."""
    plain = [(dx, w, b, i) for dx, w, b, i, s in line if not s]
    flow.draw(x, plain, size)
    small = size * ratio
    for dx, w, b, i, s in line:
        if s:
            flow.pdf.text(x + dx, flow.y + 0.8 * size - 0.33 * size - 0.8 * small, w, small, b, i)


def render_contrib_marks_superscript(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A life scientist's CV (Helvetica or Times): under "Publications" a legend line "*
    equal contribution, † corresponding author", then per kind a numbered list "1." with a
    hanging indent, "Ann Lee*, **Maren T. Holloway***†, Bo Chen. Title. *Venue*, 2021." where
    the marks are superscripts after the names (the owner bold); the truth names carry no
    marks."""
    pdf = Writer(rng.choice(("Helvetica", "Times")))
    margin = rng.choice((54, 64, 72))
    size = rng.choice((10, 10.5))
    lead = size * rng.choice((1.25, 1.35))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None)))
    W = flow.col_width
    pdf.text(margin, flow.y, owner, 20, bold=True)
    flow.gap(26)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(24)

    def heading(text, sub=False):
        flow.gap(lead * (0.5 if sub else 0.9))
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + (1 if sub else 3), bold=True, italic=sub)
        flow.gap(lead + (4 if sub else 8))

    _other_sections(flow, heading, size, lead, 84, rng, talks=False)
    heading("Publications")
    flow.block(wrap(pdf, [("* equal contribution, † corresponding author", I)], size - 1, W), size - 1, lead)
    flow.gap(lead * 0.3)
    label_w = pdf.measure(f"{len(entries)}.", size) + rng.choice((6, 10))
    n = 1
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind], sub=True)
        for e in mine:
            k = _digest(e, "marks", 6)
            equal = set(e["authors"][:2]) if k in (0, 1) and len(e["authors"]) > 2 else set()
            corresponding = {e["authors"][-1] if k == 4 else e["owner"]} if k in (0, 2, 4) else set()
            items = []
            for i, a in enumerate(e["authors"]):
                if i:
                    items.append((", ", R, False))
                items.append((a, B if a == e["owner"] else R, False))
                marks = ("*" if a in equal else "") + ("†" if a in corresponding else "")
                if marks:
                    items.append((marks, B if a == e["owner"] else R, True))
            items += [(". " + _end_title(e["title"], ".") + " ", R, False), (printed_venue(e), I, False),
                      (f", {e['year']}.", R, False)]
            for i, line in enumerate(_sup_wrap(pdf, items, size, W - label_w, W - label_w)):
                flow.need(lead)
                if i == 0:
                    pdf.text(flow.x, flow.y, f"{n}.", size)
                _draw_sup(flow, flow.x + label_w, line, size)
                flow.y += lead
            flow.gap(rng.choice((2, 4)))
            n += 1
    return pdf.to_bytes()


METRICS_SECTIONS = {"journal": "Articles in international peer-reviewed journals (WoS/Scopus)",
                    "conference": "Papers in international conference proceedings",
                    "preprint": "Preprints and submitted manuscripts", "other": "Other publications"}


def render_metrics_annotated(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A CV for a national evaluation (the Italian ASN, a Spanish or Indian assessment; Times
    or Helvetica): a summary line of counts, an h-index and citations over the list, the kinds
    numbered "1)" down the whole list, "Lee, A., Holloway, M.T., Chen, B. (2021). Title.
    *Venue*, 3(2), 1–9." (the owner bold or not), and under each paper a smaller line of
    metrics: "IF (2021): 4.210 · Q1 · Citations (Scopus): 15 · Position: 2/3" (a conference
    paper "Scopus-indexed · Citations: 3 · Position: 2/5")."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((56, 66))
    size = rng.choice((10, 10.5))
    small = size - 1.5
    lead = size * rng.choice((1.22, 1.32))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    pdf.text(margin, flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(24)
    bold_owner = rng.random() < 0.6
    label_w = pdf.measure(f"{len(entries)})", size) + rng.choice((6, 9))

    def heading(text, sub=False):
        flow.gap(lead * (0.5 if sub else 0.9))
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text.upper() if not sub else text, size + (0.5 if sub else 2), bold=True)
        flow.gap(lead + (3 if sub else 7))

    heading("Education")
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - 84), size, lead, indent=84, margin=(dates, 0, R))
    heading("Publications")
    h = _digest({"title": owner}, "h-index", 30) + 5
    cites = sum(_digest(e, "cites", 80) for e in entries)
    summary = (f"Summary: {len(entries)} publications listed below; h-index {h} (Scopus); "
               f"{cites} citations in total (Scopus, November 2026).")
    flow.block(wrap(pdf, [(summary, I)], size, W), size, lead)
    n = 1
    for kind, mine in sections(entries):
        heading(METRICS_SECTIONS[kind], sub=True)
        for e in mine:
            names = _joined_runs(_owner_runs(e["authors"], [harvard_name(a) for a in e["authors"]], owner,
                                             bold_owner), last=", ", two=", ")
            vol, no, p1, p2 = made_up_numbers(e)
            runs = names + [(f" ({e['year']}). " + _end_title(e["title"], ".") + " ", R), (printed_venue(e), I)]
            runs.append((f", {vol}({no}), {p1}–{p2}." if kind == "journal" else ".", R))
            flow.need(2 * lead)
            flow.block(wrap(pdf, runs, size, W - label_w), size, lead, indent=label_w, margin=(f"{n})", 0, R))
            pos = f"Position: {e['authors'].index(e['owner']) + 1}/{len(e['authors'])}"
            c = _digest(e, "cites", 80)
            if kind == "journal":
                impact = 0.5 + _digest(e, "if", 9000) / 1000
                metrics = f"IF ({e['year']}): {impact:.3f} · Q{1 + _digest(e, 'q', 4)} · Citations (Scopus): {c} · {pos}"
            elif kind == "conference":
                metrics = f"Scopus-indexed · Citations: {c} · {pos}"
            else:
                metrics = f"Citations (Google Scholar): {c} · {pos}"
            flow.block(wrap(pdf, [(metrics, R)], small, W - label_w), small, small * 1.3, indent=label_w)
            flow.gap(rng.choice((3, 5)))
            n += 1
    return pdf.to_bytes()


def render_two_column_year_margin(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A two-column page (Times, 9 pt) under a full-width name: in each column the year in
    bold in a narrow margin of the column, printed beside the first entry of each year only
    (the entries under it belong to it, also across a column break), and "A. Lee, B. Chen, and
    C. Roe, “Title,” *Venue*." beside it with no year (the owner bold or not)."""
    pdf = Writer("Times")
    margin = rng.choice((40, 48, 56))
    size = rng.choice((8.5, 9))
    lead = size * rng.choice((1.18, 1.25))
    year_w = pdf.measure("0000", size, True) + rng.choice((5, 8))
    flow = Flow(pdf, margin, pdf.width - margin, 54, 54, columns=2, gutter=rng.choice((16, 22)),
                footer=rng.choice((owner, "")))
    pdf.text(margin, flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(14)
    pdf.rule(margin, flow.y, pdf.width - margin, 0.5)
    flow.gap(10)
    flow.start_columns()
    bold_owner = rng.random() < 0.5

    def heading(text):
        flow.gap(5)
        flow.need(34)
        pdf.text(flow.x, flow.y, text, 10, bold=True)
        pdf.rule(flow.x, flow.y + 12, flow.x + flow.col_width, 0.3)
        flow.gap(16)

    _other_sections(flow, heading, size, lead, 56, rng, talks=False)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        year = None
        for e in mine:
            names = _owner_runs(e["authors"], [initials_first(a) for a in e["authors"]], owner, bold_owner)
            runs = _joined_runs(names) + [(", “" + e["title"] + ",” ", R), (printed_venue(e), I), (".", R)]
            lines = wrap(pdf, runs, size, flow.col_width - year_w)
            label = None
            if e["year"] != year:
                year = e["year"]
                label = (str(year), 0, B)
                flow.need(2 * lead)
            flow.block(lines, size, lead, indent=year_w, margin=label)
            flow.gap(rng.choice((2, 3)))
    return pdf.to_bytes()


def owner_role(e: dict) -> str:
    """The owner's role ``table_role_column`` prints: "Sole author", "First author",
    "Corresponding author" (the last, or a digest's pick), else "Co-author"."""
    i, n = e["authors"].index(e["owner"]), len(e["authors"])
    if n == 1:
        return "Sole author"
    if i == 0:
        return "First author"
    if i == n - 1 or not _digest(e, "role", 4):
        return "Corresponding author"
    return "Co-author"


def render_table_role_column(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A table of papers as evaluation forms ask for it (Helvetica): per kind a bold heading,
    then a four-column table "Year | Title | Journal / Conference | Role" with a grey header
    row and rules between rows; no author names are printed, only the owner's role ("First
    author", "Co-author", "Corresponding author", "Sole author"); the title and the venue wrap
    in their cells."""
    pdf = Writer("Helvetica")
    margin = rng.choice((40, 50, 60))
    size = rng.choice((9, 9.5, 10))
    lead = size * rng.choice((1.2, 1.3))
    pad = rng.choice((3.0, 4.0))
    flow = Flow(pdf, margin, pdf.width - margin, 56, 56, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    pdf.text(margin, flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(24)
    year_w = pdf.measure("0000", size, True) + 2 * pad + 6
    role_w = pdf.measure("Corresponding", size) + 2 * pad + rng.choice((4, 12))
    venue_w = (W - year_w - role_w) * rng.choice((0.34, 0.4))
    title_w = W - year_w - role_w - venue_w
    xs = (0, year_w, year_w + title_w, year_w + title_w + venue_w, W)
    edges = rng.random() < 0.6

    def row(cells, header=False) -> None:
        height = max(len(c) for c in cells) * lead + 2 * pad
        flow.need(height + 2)
        top = flow.y
        if header:
            _band(pdf, flow.x, top - size * 0.35, flow.x + W, height, (220, 220, 220))
        for x, cell in zip(xs, cells):
            flow.y = top + pad
            for line in cell:
                flow.draw(flow.x + x + pad, line, size)
                flow.y += lead
        pdf.rule(flow.x, top - size * 0.35, flow.x + W, 0.4, grey=80)
        pdf.rule(flow.x, top - size * 0.35 + height, flow.x + W, 0.4, grey=80)
        if edges:
            for x in xs:
                _vline(pdf, flow.x + x, top - size * 0.35, height, 0.4)
        flow.y = top + height

    def heading(text):
        flow.gap(lead * 0.9)
        flow.need(5 * lead + 16)
        pdf.text(flow.x, flow.y, text, size + 3, bold=True)
        flow.gap(lead + 8)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    header = [wrap(pdf, [(t, B)], size, w - 2 * pad) for t, w in
              (("Year", year_w), ("Title", title_w), ("Journal / Conference", venue_w), ("Role", role_w))]
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        row(header, header=True)
        for e in mine:
            row([[[(0, str(e["year"]), False, False)]], wrap(pdf, [(e["title"], R)], size, title_w - 2 * pad),
                 wrap(pdf, [(printed_venue(e), I)], size, venue_w - 2 * pad),
                 wrap(pdf, [(owner_role(e), R)], size, role_w - 2 * pad)])
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round 15


FORM_VENUE_LABEL = {"journal": "Journal:", "conference": "Conference:", "preprint": "Repository:",
                    "other": "Published in:"}


def render_labelled_fields_form(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """An institutional CV form (a university's or a funder's template; Times or Helvetica):
    per kind a bold heading, the papers numbered "1." in a margin column, each a block of
    labelled lines, the label in bold (or not) in a column of its own and the value wrapping
    beside it: "Title:", "Authors:" (the names as the metadata has them, the owner bold or
    not), "Journal:" / "Conference:" / "Repository:", "Year:", "Volume/Pages:" for a journal
    article and "DOI:" for some; the order of the first two (title or authors first) is the
    document's, the same for every paper; space between blocks."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((54, 64, 72))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.18, 1.28))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    pdf.centered(flow.y, "CURRICULUM VITAE", size + 4, bold=True)
    flow.gap(24)
    for label, value in (("Name:", owner), ("Affiliation:", "Department of Physics, University of Northfield")):
        w = pdf.text(flow.x, flow.y, label + " ", size, bold=True)
        pdf.text(flow.x + w, flow.y, value, size)
        flow.gap(lead)
    flow.gap(lead)
    bold_label = rng.random() < 0.7
    bold_owner = rng.random() < 0.5
    title_first = rng.random() < 0.6
    num_w = pdf.measure("00.", size) + rng.choice((6, 10))
    label_w = max(pdf.measure(t, size, bold_label) for t in ("Volume/Pages:", "Conference:", "Repository:",
                                                              "Published in:")) + rng.choice((8, 14))

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(5 * lead + 12)
        pdf.text(flow.x, flow.y, text, size + 1.5, bold=True)
        pdf.rule(flow.x, flow.y + size + 4, flow.x + W, 0.4)
        flow.gap(lead + 8)

    def field(label: str, runs, number: str | None = None) -> None:
        lines = wrap(pdf, runs, size, W - num_w - label_w)
        flow.need(lead)
        if number:
            pdf.text(flow.x, flow.y, number, size)
        pdf.text(flow.x + num_w, flow.y, label, size, bold=bold_label)
        flow.block(lines, size, lead, indent=num_w + label_w)

    heading("Education")
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - 90), size, lead, indent=90, margin=(dates, 0, R))
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for n, e in enumerate(mine, 1):
            names = _joined_runs(_owner_runs(e["authors"], e["authors"], owner, bold_owner), last=", ", two=", ")
            fields = [("Title:", [(e["title"], R)]), ("Authors:", names)]
            if not title_first:
                fields.reverse()
            fields += [(FORM_VENUE_LABEL[kind], [(printed_venue(e), R)]), ("Year:", [(str(e["year"]), R)])]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                fields.append(("Volume/Pages:", [(f"{vol}({no}), {p1}–{p2}", R)]))
            if kind != "preprint" and _digest(e, "form-doi", 3):
                fields.append(("DOI:", [(made_up_doi(e), R)]))
            flow.need(min(len(fields), 4) * lead)
            for i, (label, runs) in enumerate(fields):
                field(label, runs, f"{n}." if i == 0 else None)
            flow.gap(lead * rng.choice((0.5, 0.8)))
    return pdf.to_bytes()


LINK_BLUE = (20, 70, 170)


def link_labels(e: dict) -> list[str]:
    """The link labels ``doi_link_line`` prints under an entry (a digest of its title: the same
    entry, the same links): "DOI: 10.1234/..." for most published papers, "arXiv" for a
    preprint, then some of "PDF", "Code", "Slides", "Video"; none for some entries."""
    k = _digest(e, "links", 7)
    if k == 0:
        return []
    out = []
    if e["kind"] == "preprint":
        out.append("arXiv")
    elif k % 3:
        out.append(f"DOI: {made_up_doi(e)}")
    out.append("PDF")
    if k in (2, 3, 5):
        out.append("Code")
    if k == 4:
        out.append("Slides")
    if k == 6:
        out += ["Video", "Code"]
    return out


def render_doi_link_line(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A CV made from a personal site's publication data (Helvetica or Times): unnumbered
    paragraphs set apart by space, "Ann Lee, **Maren T. Holloway**, and Bo Chen. Title. In
    *Venue*, 2021." (a journal article "*Venue*, 3(2):1–9, 2021."), then for most entries a
    smaller line of links in blue: "DOI: 10.1234/ab.2021.01234 | PDF | Code" (a preprint
    "arXiv | PDF"), at the paragraph's indent."""
    pdf = Writer(rng.choice(("Helvetica", "Times")))
    margin = rng.choice((54, 64, 72))
    size = rng.choice((10, 10.5))
    small = size - rng.choice((1.0, 1.5))
    lead = size * rng.choice((1.2, 1.3))
    hang = rng.choice((0, 12))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None)))
    W = flow.col_width
    pdf.text(margin, flow.y, owner, 22, bold=True)
    flow.gap(28)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(24)
    sep = rng.choice((" | ", "  |  ", " · "))

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(4 * lead + 12)
        pdf.text(flow.x, flow.y, text, size + 3, bold=True)
        flow.gap(lead + 6)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _joined_runs(_owner_runs(e["authors"], e["authors"], owner, True), last=", and ")
            runs = names + [(". " + _end_title(e["title"], ".") + " ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "conference":
                runs += [("In ", R), (e["venue"], I), (f", {e['year']}.", R)]
            elif kind == "journal":
                runs += [(e["venue"], I), (f", {vol}({no}):{p1}–{p2}, {e['year']}.", R)]
            else:
                runs += [(printed_venue(e), I), (f", {e['year']}.", R)]
            lines = wrap(pdf, runs, size, W, W - hang)
            links = link_labels(e)
            flow.need(min(len(lines), 2) * lead + (small * 1.4 if links else 0))
            flow.block(lines, size, lead, indent=hang, first_indent=0)
            if links:
                flow.need(small * 1.4)
                _text_rgb(pdf, flow.x + hang, flow.y + 1, sep.join(links), small, R, LINK_BLUE)
                flow.gap(small * 1.4)
            flow.gap(lead * rng.choice((0.5, 0.7)))
    return pdf.to_bytes()


def render_reverse_numbered_ampersand(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A word processor's numbered list counting down over the whole CV ("40." for the newest
    paper of the first section to "1."), the number at the left margin and the text at a tab
    (Helvetica for Arial or Calibri): "Lee A.B., **Holloway M.T.** & Chen B. (2021) Title.
    *Venue* 3: 1–9." (a conference paper "... Title. In: *Venue*, pp 1–9.", a preprint
    "... Title. *arXiv:2101.01234*."), the owner bold; the truth names: "A. B. Lee"."""
    pdf = Writer("Helvetica")
    margin = rng.choice((54, 62, 72))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * rng.choice((1.15, 1.25))
    tab = pdf.measure("00.", size) + rng.choice((8, 14))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    pdf.text(margin, flow.y, owner, 20, bold=True)
    flow.gap(26)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(24)

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(3 * lead + 12)
        pdf.text(flow.x, flow.y, text.upper(), size + 1, bold=True)
        flow.gap(lead + 5)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    n = len(entries)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _owner_runs(e["authors"], [surname_initials_dotted(a) for a in e["authors"]], owner, True)
            runs = _joined_runs(names, last=" & ", two=" & ")
            runs.append((f" ({e['year']}) " + _end_title(e["title"], ".") + " ", R))
            vol, _no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f" {vol}: {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("In: ", R), (e["venue"], I), (f", pp {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e), I), (".", R)]
            lines = wrap(pdf, runs, size, W - tab)
            flow.need(min(len(lines), 2) * lead)
            flow.block(lines, size, lead, indent=tab, margin=(f"{n}.", 0, R))
            flow.gap(rng.choice((2, 4)))
            n -= 1
    return pdf.to_bytes()


def render_author_year_two_column(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A two-column page (Times, 8.5 or 9 pt) under a full-width header: unnumbered entries
    with a hanging indent, "Ann Lee, Maren T. Holloway and Bo Chen (2021). Title. *Venue*
    3(2), 1–9." (the year in parentheses after the names; more than six names printed as the
    first three and "et al."), the owner bold or not; bold headings in capitals."""
    pdf = Writer("Times")
    margin = rng.choice((40, 48, 56))
    size = rng.choice((8.5, 9))
    lead = size * rng.choice((1.15, 1.22))
    hang = rng.choice((8, 12))
    flow = Flow(pdf, margin, pdf.width - margin, 54, 54, columns=2, gutter=rng.choice((16, 20, 24)),
                footer=rng.choice((owner, "", None)))
    pdf.text(margin, flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.text(margin, flow.y, _contact(owner), 9)
    flow.gap(14)
    pdf.rule(margin, flow.y, pdf.width - margin, 0.5)
    flow.gap(10)
    flow.start_columns()
    bold_owner = rng.random() < 0.5

    def heading(text):
        flow.gap(5)
        flow.need(4 * lead + 14)
        pdf.text(flow.x, flow.y, text.upper(), 9.5, bold=True)
        flow.gap(13)

    _other_sections(flow, heading, size, lead, 52, rng, talks=False)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            authors, cut = author_year_names(e["authors"])
            names = _joined_runs(_owner_runs(authors, authors, owner, bold_owner), last=" and ")
            if cut:
                names.append((" et al.", R))
            runs = names + [(f" ({e['year']}). " + _end_title(e["title"], ".") + " ", R)]
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f" {vol}({no}), {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("In ", R), (e["venue"], I), (f", pp. {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e), I), (".", R)]
            flow.block(wrap(pdf, runs, size, flow.col_width, flow.col_width - hang), size, lead, indent=hang,
                       first_indent=0)
            flow.gap(rng.choice((2, 3)))
    return pdf.to_bytes()


def author_year_names(authors: list[str]) -> tuple[list[str], bool]:
    """(the names ``author_year_two_column`` prints, truncated): all of up to six, else the
    first three (and "et al.")."""
    return (list(authors[:3]), True) if len(authors) > 6 else (list(authors), False)


REFEREED_SECTIONS = {"journal": "Refereed Journal Articles", "conference": "Refereed Conference Proceedings",
                     "preprint": "Under Review", "other": "Non-Refereed Publications"}
REVIEW_STATUS = ("Under review.", "Submitted.", "In revision.", "Revised and resubmitted.")


def render_refereed_status_groups(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A CV whose lists are grouped by review status (Times, 11 pt): "Refereed Journal
    Articles", "Refereed Conference Proceedings", "Non-Refereed Publications" and "Under
    Review" (the preprints, listed first, as many CVs do), numbered "1." within each group or
    bulleted; the names as the American Meteorological Society prints them, the year after
    them without parentheses: "Lee, A., M. T. Holloway, and B. Chen, 2021: Title. *Venue*,
    3, 1–9." and under review "... 2021: Title. arXiv:2101.01234. Under review." (a status
    word after the venue); the owner bold; the truth names "A. Lee"."""
    pdf = Writer("Times")
    margin = rng.choice((60, 72))
    size = rng.choice((10.5, 11))
    lead = size * rng.choice((1.18, 1.25))
    hang = rng.choice((16, 20))
    numbered = rng.random() < 0.5
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    pdf.centered(flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.centered(flow.y, _contact(owner), 9.5)
    flow.gap(28)

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 1, bold=True, italic=rng.random() < 0.3)
        flow.gap(lead + 5)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    flow.gap(lead * 0.4)
    flow.need(3 * lead + 20)
    pdf.text(flow.x, flow.y, "PUBLICATIONS", size + 2, bold=True)
    pdf.rule(flow.x, flow.y + size + 5, flow.x + W, 0.5)
    flow.gap(lead + 6)
    groups = sorted(sections(entries), key=lambda ks: ks[0] != "preprint")
    for kind, mine in groups:
        heading(REFEREED_SECTIONS[kind])
        for n, e in enumerate(mine, 1):
            printed = [apa_name(e["authors"][0])] + [initials_first(a) for a in e["authors"][1:]]
            names = _joined_runs(_owner_runs(e["authors"], printed, owner, True), last=", and ", two=", and ")
            runs = names + [(f", {e['year']}: " + _end_title(e["title"], ".") + " ", R)]
            vol, _no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f", {vol}, {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [(e["venue"], I), (f", {p1}–{p2}.", R)]
            elif kind == "preprint":
                runs += [(printed_venue(e) + ". ", R), (REVIEW_STATUS[_digest(e, "review", len(REVIEW_STATUS))], I)]
            else:
                runs += [(printed_venue(e), I), (".", R)]
            lines = wrap(pdf, runs, size, W - hang)
            flow.need(min(len(lines), 2) * lead)
            if numbered:
                flow.block(lines, size, lead, indent=hang, margin=(f"{n}.", 0, R))
            else:
                pdf.dot(flow.x + hang / 2 - 1, flow.y + size * 0.42, 1.6)
                flow.block(lines, size, lead, indent=hang)
            flow.gap(rng.choice((3, 5)))
    return pdf.to_bytes()


MONTH_NAMES = ("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
               "NOVEMBER", "DECEMBER")


def render_gdocs_swiss_dates(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """Google Docs' "Swiss" résumé template adapted for papers (Helvetica for Arial): the name
    large, section headings in bold accent-coloured capitals, each paper "**Title** — *Venue*"
    (wrapping), under it the date in small grey capitals ("MARCH 2021") on a line of its own,
    then the authors with the owner bold; space between papers."""
    pdf = Writer("Helvetica")
    margin = rng.choice((54, 64, 72))
    size = rng.choice((10, 10.5, 11))
    small = rng.choice((7.5, 8))
    lead = size * rng.choice((1.25, 1.35))
    accent = rng.choice(((255, 87, 34), (0, 150, 136), (63, 81, 181)))
    flow = Flow(pdf, margin, pdf.width - margin, 56, 56, footer=rng.choice(("", None)))
    W = flow.col_width
    pdf.text(margin, flow.y, owner, 26, bold=True)
    flow.gap(34)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(26)
    dash = rng.choice((" — ", " – "))

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(5 * lead + 16)
        _text_rgb(pdf, flow.x, flow.y, text.upper(), size - 0.5, B, accent)
        flow.gap(lead + 6)

    heading("Education")
    for dates, what, _note in EDUCATION:
        school, _, degree = what.partition(", ")
        flow.block(wrap(pdf, [(degree or school, B), (dash + school if degree else "", I)], size, W), size, lead)
        _text_rgb(pdf, flow.x, flow.y, dates.upper(), small, R, (110, 110, 110))
        flow.gap(small * 1.6 + lead * 0.4)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            lines = wrap(pdf, [(e["title"], B), (dash, R), (printed_venue(e), I)], size, W)
            names = wrap(pdf, _joined_runs(_owner_runs(e["authors"], e["authors"], owner, True), last=", and "),
                         size, W)
            flow.need(len(lines) * lead + small * 1.6 + lead)
            flow.block(lines, size, lead)
            month = MONTH_NAMES[MONTHS.index(made_up_month(e))]
            _text_rgb(pdf, flow.x, flow.y + 1, f"{month} {e['year']}", small, R, (110, 110, 110))
            flow.gap(small * 1.7)
            flow.block(names, size, lead)
            flow.gap(lead * rng.choice((0.5, 0.7)))
    return pdf.to_bytes()


def _bold_small_caps(pdf: Writer, x: float, top: float, text: str, big: float) -> float:
    """Bold small capitals (a section label as ``\\textsc{\\textbf{...}}`` prints it): each
    word's first letter at ``big``, the rest upper-case at 0.8 of it, on one baseline."""
    for word in text.split():
        x += pdf.text(x, top, word[0], big, bold=True)
        if word[1:]:
            x += pdf.text(x, top + 0.2 * big * 0.8, word[1:].upper(), big * 0.8, bold=True)
        x += pdf.measure(" ", big, True)
    return x


def render_year_dash_smallcaps(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A CV whose section labels are bold small capitals (Times or Helvetica) and whose
    entries are one dash-parted line each, wrapping under a hanging indent: "2021 — Title —
    *Venue* — A. Lee, **M. T. Holloway**, B. Chen" (the year first, the names last, no stop
    at the end); the year bold or not, the owner bold or not."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((56, 66, 72))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.18, 1.26))
    hang = rng.choice((14, 18, 24))
    dash = rng.choice((" — ", " – "))
    bold_year = rng.random() < 0.5
    bold_owner = rng.random() < 0.6
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    _bold_small_caps(pdf, margin, flow.y, owner, 20)
    flow.gap(28)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(22)

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(4 * lead + 12)
        _bold_small_caps(pdf, flow.x, flow.y, text, size + 2)
        if rng.random() < 0.5:
            pdf.rule(flow.x, flow.y + size + 5, flow.x + W, 0.4)
        flow.gap(lead + 7)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _joined_runs(_owner_runs(e["authors"], [initials_first(a) for a in e["authors"]], owner,
                                             bold_owner), last=", ", two=", ")
            runs = [(str(e["year"]), B if bold_year else R), (dash + e["title"] + dash, R),
                    (printed_venue(e), I), (dash, R)] + names
            lines = wrap(pdf, runs, size, W, W - hang)
            flow.need(min(len(lines), 2) * lead)
            flow.block(lines, size, lead, indent=hang, first_indent=0)
            flow.gap(rng.choice((2, 4, 6)))
    return pdf.to_bytes()


HUMANITIES_SECTIONS = {"journal": "Articles in Journals", "conference": "Contributions to Edited Volumes",
                       "preprint": "Working Papers", "other": "Other Publications"}
# made-up editors and publishers for the chapters of ``humanities_in_editor`` (the book is the
# entry's real venue)
EDITORS = ("Weber, K. (ed.)", "Moreau, C. and Rossi, L. (eds.)", "Hartmann, S. (ed.)", "Novak, P. / Lindqvist, E. (eds.)",
           "Okafor, N. (ed.)")
PUBLISHERS = ("Berlin: De Gruyter", "Oxford: Oxford University Press", "Cham: Springer", "London: Routledge",
              "Leiden: Brill")


def render_humanities_in_editor(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A humanities CV (Times, 11 pt; German- or Scandinavian-style citations): a hanging
    indent, "Holloway, Maren T. and Ann Lee (2021): Title. In: Weber, K. (ed.): *Book*. Berlin:
    De Gruyter, pp. 1–9." for a chapter (the conference papers, the editor and publisher made
    up, the book the real venue), "... (2021): Title. In: *Journal* 3, pp. 1–9." for an
    article, "... (2021): Title. *arXiv:2101.01234*." for a working paper; the names either
    the first inverted and "and" ("Lee, Ann, Bo Chen and ...") or all inverted and parted by
    slashes ("Lee, Ann / Chen, Bo"), the owner's never bold; the truth names as in the
    metadata."""
    pdf = Writer("Times")
    margin = rng.choice((62, 72))
    size = rng.choice((10.5, 11))
    lead = size * rng.choice((1.2, 1.3))
    hang = rng.choice((18, 24))
    slashes = rng.random() < 0.4
    colon = rng.choice((": ", ". "))
    flow = Flow(pdf, margin, pdf.width - margin, 62, 62, footer=rng.choice(("", None)))
    W = flow.col_width
    pdf.centered(flow.y, owner, 17, bold=True)
    flow.gap(22)
    pdf.centered(flow.y, _contact(owner), 9.5)
    flow.gap(26)

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 12)
        pdf.text(flow.x, flow.y, text, size + 0.5, bold=True, italic=rng.random() < 0.5)
        flow.gap(lead + 4)

    def inverted(name: str) -> str:
        given, surname = split_name(name)
        return f"{surname}, " + " ".join(given) if given else surname

    _other_sections(flow, heading, size, lead, 84, rng, talks=False)
    for kind, mine in sections(entries):
        heading(HUMANITIES_SECTIONS[kind])
        for e in mine:
            a = e["authors"]
            if slashes:
                names = " / ".join(inverted(n) for n in a)
            else:
                names = _join([inverted(a[0])] + list(a[1:]), last=" and ", two=" and ")
            runs = [(names + f" ({e['year']}){colon}" + _end_title(e["title"], ".") + " ", R)]
            vol, _no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [("In: ", R), (e["venue"], I), (f" {vol}, pp. {p1}–{p2}.", R)]
            elif kind in ("conference", "other"):
                editor = EDITORS[_digest(e, "editor", len(EDITORS))]
                where = PUBLISHERS[_digest(e, "publisher", len(PUBLISHERS))]
                runs += [(f"In: {editor}: ", R), (printed_venue(e), I), (f". {where}, pp. {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e), I), (".", R)]
            lines = wrap(pdf, runs, size, W, W - hang)
            flow.need(min(len(lines), 2) * lead)
            flow.block(lines, size, lead, indent=hang, first_indent=0)
            flow.gap(rng.choice((3, 5)))
    return pdf.to_bytes()


def citation_count(e: dict) -> int | None:
    """A made-up citation count (a digest of the title; none for about one entry in six)."""
    k = _digest(e, "cited", 600)
    return None if k % 6 == 0 else (k * 7) % 431


def render_cited_count_right(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A numbered list (Helvetica or Times) with each paper's citation count in a right-hand
    column of its own, small and grey, level with the entry's first line: "[cited 120]" (or
    "Cited by 120", "120 citations"; none for an uncited paper); APA names "Lee, A.,
    **Holloway, M. T.**, & Chen, B. (2021). Title. *Venue*, 3(2), 1–9."; the truth names "A.
    Lee"."""
    pdf = Writer(rng.choice(("Helvetica", "Times")))
    margin = rng.choice((50, 60, 70))
    size = rng.choice((9.5, 10, 10.5))
    small = size - rng.choice((1.0, 1.5))
    lead = size * rng.choice((1.2, 1.3))
    form = rng.choice(("[cited {}]", "Cited by {}", "{} citations"))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    num_w = pdf.measure("00.", size) + rng.choice((6, 10))
    col_w = pdf.measure(form.format(888), small) + rng.choice((14, 22))
    pdf.text(margin, flow.y, owner, 21, bold=True)
    flow.gap(28)
    pdf.text(margin, flow.y, _contact(owner), 9.5)
    flow.gap(24)

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(3 * lead + 12)
        pdf.text(flow.x, flow.y, text, size + 2, bold=True)
        pdf.rule(flow.x, flow.y + size + 4, flow.x + W, 0.5)
        flow.gap(lead + 7)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    n = 0
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            n += 1
            printed = [apa_name(a) for a in e["authors"]]
            runs = _joined_runs(_owner_runs(e["authors"], printed, owner, True), last=", & ", two=", & ")
            runs.append((f" ({e['year']}). " + _end_title(e["title"], ".") + " ", R))
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f", {vol}({no}), {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [("In ", R), (e["venue"], I), (f" (pp. {p1}–{p2}).", R)]
            else:
                runs += [(printed_venue(e), I), (".", R)]
            lines = wrap(pdf, runs, size, W - num_w - col_w)
            flow.need(min(len(lines), 2) * lead)
            count = citation_count(e)
            if count is not None:
                label = form.format(count)
                _text_rgb(pdf, flow.x + W - pdf.measure(label, small), flow.y + (size - small) * 0.8, label, small, R,
                          (100, 100, 100))
            flow.block(lines, size, lead, indent=num_w, margin=(f"{n}.", 0, R))
            flow.gap(rng.choice((3, 5)))
    return pdf.to_bytes()


def render_serif_9pt_two_lines(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A dense CV set in a serif at 9 pt (Times), each paper two lines (more if long): the
    names and the year, "Lee, A.B., **Holloway, M.T.** and Chen, B. (2021)", then, indented
    a little, "Title. *Venue* 3, 1–9." (a preprint "Title. *arXiv:2101.01234*"); small space
    between papers, headings in bold at 10 pt; the truth names "A. B. Lee"."""
    pdf = Writer("Times")
    margin = rng.choice((44, 52, 60))
    size = 9
    lead = size * rng.choice((1.12, 1.2))
    indent = rng.choice((10, 14))
    flow = Flow(pdf, margin, pdf.width - margin, 50, 50, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    pdf.text(margin, flow.y, owner, 16, bold=True)
    flow.gap(20)
    pdf.text(margin, flow.y, _contact(owner), 8.5)
    flow.gap(18)

    def heading(text):
        flow.gap(lead * 0.6)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, 10, bold=True)
        flow.gap(lead + 3)

    _other_sections(flow, heading, size, lead, 64, rng, talks=rng.random() < 0.5)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _joined_runs(_owner_runs(e["authors"], [harvard_name(a) for a in e["authors"]], owner, True),
                                 last=" and ", two=" and ")
            first = wrap(pdf, names + [(f" ({e['year']})", R)], size, W)
            vol, _no, p1, p2 = made_up_numbers(e)
            runs = [(_end_title(e["title"], ".") + " ", R), (printed_venue(e), I)]
            if kind == "journal":
                runs.append((f" {vol}, {p1}–{p2}.", R))
            elif kind == "conference":
                runs.append((f", {p1}–{p2}.", R))
            second = wrap(pdf, runs, size, W - indent)
            flow.need((len(first) + min(len(second), 1)) * lead)
            flow.block(first, size, lead)
            flow.block(second, size, lead, indent=indent)
            flow.gap(rng.choice((1.5, 2.5)))
    return pdf.to_bytes()


CVN_KIND = {"journal": ("Artículo científico", "Revista"), "conference": ("Comunicación en congreso", "Actas"),
            "preprint": ("Documento de trabajo", "Repositorio"), "other": ("Capítulo de libro", "Libro")}
# made-up publishers printed after a journal's name by the CVN layout (the truth venue is the
# journal's name alone)
CVN_PUBLISHERS = ("Elsevier", "Springer", "Wiley", "IOP Publishing", "American Physical Society", "Taylor & Francis")


def made_up_issn(e: dict) -> str:
    d = _digest(e, "issn", 10 ** 8)
    return f"{d // 10000:04d}-{d % 10000:04d}"


def render_cvn_fecyt(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """The Spanish CVN (Curriculum Vitae Normalizado, FECYT) as its editor prints it (Helvetica
    for Arial): every paper under one heading "Publicaciones, documentos científicos y
    técnicos", numbered in a left column, "Ann Lee; Maren T. Holloway; Bo Chen. (2/3). 2021.
    Title. Venue. Elsevier. 3 - 2, pp. 1 - 9. ISSN 1234-5678" (the owner's place of the
    number of names, a made-up publisher after a journal), then, smaller, "Tipo de
    producción: Artículo científico" and "Tipo de soporte: Revista" in two columns below; the
    names as in the metadata, the owner never marked."""
    pdf = Writer("Helvetica")
    margin = rng.choice((50, 57, 64))
    size = rng.choice((9, 9.5, 10))
    small = size - 1
    lead = size * rng.choice((1.2, 1.3))
    num_w = pdf.measure("00", size) + rng.choice((10, 16))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None)))
    W = flow.col_width
    pdf.text(margin, flow.y, "CURRÍCULUM VÍTAE NORMALIZADO", 8, bold=True)
    flow.gap(20)
    pdf.text(margin, flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.text(margin, flow.y, "Universidad de Northfield, Departamento de Física", 9)
    flow.gap(24)
    grey = rng.choice(((60, 60, 60), (0, 0, 0)))

    def heading(text, sub=False):
        flow.gap(lead * 0.8)
        flow.need(4 * lead + 12)
        if sub:
            pdf.text(flow.x, flow.y, text, size + 0.5, bold=True)
            flow.gap(lead + 4)
        else:
            _text_rgb(pdf, flow.x, flow.y, text, size + 3, B, (30, 80, 120))
            pdf.rule(flow.x, flow.y + size + 6, flow.x + W, 0.6)
            flow.gap(lead + 12)

    heading("Formación académica recibida")
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - 84), size, lead, indent=84, margin=(dates, 0, R))
        flow.gap(lead * 0.3)
    heading("Actividades científicas y tecnológicas")
    heading("Producción científica", sub=True)
    pdf.text(flow.x, flow.y, "Publicaciones, documentos científicos y técnicos", size, italic=True)
    flow.gap(lead + 6)
    n = 0
    for kind, mine in sections(entries):
        for e in mine:
            n += 1
            a = e["authors"]
            vol, no, p1, p2 = made_up_numbers(e)
            text = "; ".join(a) + f". ({a.index(owner) + 1}/{len(a)}). {e['year']}. " + _end_title(e["title"], ".")
            if kind == "journal":
                pub = CVN_PUBLISHERS[_digest(e, "publisher", len(CVN_PUBLISHERS))]
                text += f" {e['venue']}. {pub}. {vol} - {no}, pp. {p1} - {p2}. ISSN {made_up_issn(e)}"
            elif kind == "preprint":
                text += f" {printed_venue(e)}."
            else:
                text += f" {e['venue']}. pp. {p1} - {p2}."
            lines = wrap(pdf, [(text, R)], size, W - num_w)
            what, support = CVN_KIND[kind]
            flow.need(min(len(lines), 2) * lead)
            flow.block(lines, size, lead, indent=num_w, margin=(str(n), 0, R))
            flow.need(small * 1.3)
            _text_rgb(pdf, flow.x + num_w, flow.y + 1, f"Tipo de producción: {what}", small, R, grey)
            _text_rgb(pdf, flow.x + num_w + (W - num_w) / 2, flow.y + 1, f"Tipo de soporte: {support}", small, R,
                      grey)
            flow.gap(small * 1.3 + rng.choice((4, 6, 8)))
    return pdf.to_bytes()


HAL_SECTIONS = {"journal": "Articles dans une revue", "conference": "Communications dans un congrès",
                "preprint": "Pré-publications, documents de travail", "other": "Autres publications"}
# made-up places and months of the congresses of ``hal_export`` (the venue is the real one)
HAL_PLACES = ("Lyon, France", "Boston, United States", "Kyoto, Japan", "Barcelona, Spain", "Online, France",
              "Vienna, Austria")


def hal_id(e: dict) -> str:
    return f"hal-0{_digest(e, 'hal', 10 ** 7):07d}"


def render_hal_export(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A French researcher's list exported from HAL and pasted into a CV (Times or Helvetica):
    the HAL document types as headings ("Articles dans une revue", "Communications dans un
    congrès", ...), a bullet per paper, HAL's citation "Ann Lee, Maren T. Holloway, Bo Chen.
    Title. *Venue*, 2021, 3 (2), pp.1-9. ‹10.1234/ab.2021.01234›. ‹hal-01234567›" (a congress
    "... Title. *Venue*, Mar 2021, Lyon, France. pp.1-9. ‹hal-...›", a preprint "... Title.
    2021. ‹arXiv:2101.01234›. ‹hal-...›"), more than six names cut to the first three and
    "et al." (the truth names the three, with ``authors_truncated``), the owner bold or not."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((56, 64, 72))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.2, 1.3))
    hang = rng.choice((12, 16))
    bold_owner = rng.random() < 0.5
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    pdf.centered(flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.centered(flow.y, "Maître de conférences, Université de Northfield", 10)
    flow.gap(28)

    def heading(text, top=False):
        flow.gap(lead * (1.0 if top else 0.6))
        flow.need(4 * lead + 12)
        if top:
            pdf.text(flow.x, flow.y, text.upper(), size + 2, bold=True)
            pdf.rule(flow.x, flow.y + size + 5, flow.x + W, 0.5)
            flow.gap(lead + 10)
        else:
            pdf.text(flow.x, flow.y, text, size + 0.5, bold=True, italic=True)
            flow.gap(lead + 4)

    heading("Parcours", top=True)
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - 84), size, lead, indent=84, margin=(dates, 0, R))
        flow.gap(lead * 0.3)
    heading("Publications", top=True)
    for kind, mine in sections(entries):
        heading(HAL_SECTIONS[kind])
        for e in mine:
            shown, truncated = author_year_names(e["authors"])
            runs = _joined_runs(_owner_runs(shown, shown, owner, bold_owner), last=", ", two=", ")
            runs.append((", et al. " if truncated else ". ", R))
            runs.append((_end_title(e["title"], ".") + " ", R))
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f", {e['year']}, {vol} ({no}), pp.{p1}-{p2}. ‹{made_up_doi(e)}›. ", R)]
            elif kind == "preprint" and e.get("arxiv_id"):
                runs.append((f"{e['year']}. ‹{printed_venue(e)}›. ", R))
            elif kind == "preprint":
                runs += [(e["venue"], I), (f", {e['year']}. ", R)]
            else:
                place = HAL_PLACES[_digest(e, "place", len(HAL_PLACES))]
                runs += [(e["venue"], I), (f", {made_up_month(e)} {e['year']}, {place}. pp.{p1}-{p2}. ", R)]
            runs.append((f"‹{hal_id(e)}›", R))
            lines = wrap(pdf, runs, size, W - hang)
            flow.need(min(len(lines), 2) * lead)
            pdf.dot(flow.x + hang / 2 - 2, flow.y + size * 0.42, 1.6)
            flow.block(lines, size, lead, indent=hang)
            flow.gap(rng.choice((2, 4, 5)))
    return pdf.to_bytes()


IPSJ_SECTIONS = {"journal": "Refereed Journal Papers", "conference": "International Conference Papers (Refereed)",
                 "preprint": "Technical Reports and Preprints", "other": "Other Publications"}


def render_ipsj_colon(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A Japanese researcher's English publication list in the IPSJ / IEICE style (Times or
    Helvetica): "[3]" in a label column, numbering afresh in each section, the names inverted
    with initials and the owner underlined, a colon before the title, the venue in roman and
    the year last in parentheses: "Lee, A., Holloway, M. T. and Chen, B.: Title, Venue, Vol. 3,
    No. 2, pp. 1–9 (2021)." (a conference paper "...: Title, Venue, pp. 1–9 (2021).", a
    preprint "...: Title, arXiv:2101.01234 (2021)."); the truth names "A. Lee"."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    margin = rng.choice((60, 68, 76))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * rng.choice((1.2, 1.32))
    flow = Flow(pdf, margin, pdf.width - margin, 62, 62, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    pdf.text(margin, flow.y, owner, 18, bold=True)
    flow.gap(24)
    pdf.text(margin, flow.y, "Graduate School of Informatics, Northfield University", 9.5)
    flow.gap(24)
    label_w = pdf.measure("[00]", size) + rng.choice((6, 10))

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 1.5, bold=True)
        flow.gap(lead + 5)

    _other_sections(flow, heading, size, lead, 84, rng, talks=rng.random() < 0.5)
    for kind, mine in sections(entries):
        heading(IPSJ_SECTIONS[kind])
        for n, e in enumerate(mine, 1):
            runs = _joined_runs([(apa_name(a), R) for a in e["authors"]], last=" and ", two=" and ")
            owner_run = {2 * e["authors"].index(owner)}
            runs.append((": " + e["title"] + ", ", R))
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs.append((f"{e['venue']}, Vol. {vol}, No. {no}, pp. {p1}–{p2} ({e['year']}).", R))
            elif kind == "conference":
                runs.append((f"{e['venue']}, pp. {p1}–{p2} ({e['year']}).", R))
            else:
                runs.append((f"{printed_venue(e)} ({e['year']}).", R))
            lines = wrap(pdf, runs, size, W - label_w)
            flow.need(min(len(lines), 2) * lead)
            _underlined_block(flow, lines, size, lead, _marked(runs, owner_run), indent=label_w,
                              margin=(f"[{n}]", 0, R))
            flow.gap(rng.choice((2, 3.5)))
    return pdf.to_bytes()


IRIS_SECTIONS = {"journal": "1.1 Articolo in rivista", "conference": "4.1 Contributo in Atti di convegno",
                 "preprint": "8.1 Preprint", "other": "7.1 Altro"}


def render_iris_caps_venue(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """An Italian CV's publication list exported from an IRIS institutional repository (Times):
    the repository's types as headings ("1.1 Articolo in rivista", "4.1 Contributo in Atti di
    convegno", ...), a number at the left margin, "Lee AB, Holloway MT, Chen B (2021). Title.
    VENUE, vol. 3, p. 1-9, ISSN: 1234-5678, doi: 10.1234/ab.2021.01234" with the journal in
    capitals (a congress paper "... Title. In: Venue. p. 1-9, Lyon, France, 2021", a preprint
    "... Title. ARXIV:2101.01234"), names Vancouver-style, the owner never marked; the truth
    names "A. B. Lee", the truth venue the name (compared without case)."""
    pdf = Writer("Times")
    margin = rng.choice((56, 64, 72))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.18, 1.28))
    tab = pdf.measure("00.", size) + rng.choice((6, 12))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    pdf.centered(flow.y, owner, 17, bold=True)
    flow.gap(22)
    pdf.centered(flow.y, "Dipartimento di Fisica, Università di Northfield", 10)
    flow.gap(26)

    def heading(text, top=False):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 12)
        if top:
            pdf.centered(flow.y, text.upper(), size + 2, bold=True)
            flow.gap(lead + 8)
        else:
            pdf.text(flow.x, flow.y, text, size + 0.5, bold=True)
            flow.gap(lead + 4)

    heading("Formazione", top=True)
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - 84), size, lead, indent=84, margin=(dates, 0, R))
        flow.gap(lead * 0.3)
    heading("Elenco delle pubblicazioni", top=True)
    n = 0
    for kind, mine in sections(entries):
        heading(IRIS_SECTIONS[kind])
        for e in mine:
            n += 1
            vol, _no, p1, p2 = made_up_numbers(e)
            text = ", ".join(vancouver_name(a) for a in e["authors"]) + f" ({e['year']}). " + _end_title(e["title"], ".")
            if kind == "journal":
                text += f" {e['venue'].upper()}, vol. {vol}, p. {p1}-{p2}, ISSN: {made_up_issn(e)}, doi: {made_up_doi(e)}"
            elif kind == "preprint":
                text += f" {printed_venue(e).upper()}"
            else:
                place = HAL_PLACES[_digest(e, "place", len(HAL_PLACES))]
                text += f" In: {e['venue']}. p. {p1}-{p2}, {place}, {e['year']}"
            lines = wrap(pdf, [(text, R)], size, W - tab)
            flow.need(min(len(lines), 2) * lead)
            flow.block(lines, size, lead, indent=tab, margin=(f"{n}.", 0, R))
            flow.gap(rng.choice((3, 5)))
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round 18


def gost_names(authors: list[str]) -> tuple[list[str], bool]:
    """(the names GOST 7.1 prints after the slash, truncated): all of up to four, else the
    first three (and "[et al.]")."""
    return (list(authors[:3]), True) if len(authors) > 4 else (list(authors), False)


GOST_SECTIONS = {"journal": "Articles in peer-reviewed journals", "conference": "Papers in conference proceedings",
                 "preprint": "Preprints", "other": "Other publications"}
# made-up cities of the proceedings ``gost_double_slash`` prints (the venue is the real one)
GOST_CITIES = ("Moscow", "Novosibirsk", "St. Petersburg", "Kazan", "Berlin", "Lyon")


def render_gost_double_slash(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A Russian (Ukrainian, Kazakh, Belarusian) researcher's English list in the GOST 7.1
    style, as a word processor sets it (Times 12-14 pt, justified, a first-line indent with the
    number there and the lines after it back at the margin): up to three authors, the first
    one's name as the heading, then "Title / A. Lee, M. T. Holloway, B. Chen // Venue. – 2021.
    – Vol. 3, No. 2. – P. 1–9." (four: no heading, the four after the slash; five or more:
    the first three and "[et al.]", the truth naming the three, with ``authors_truncated``);
    a paper in proceedings "... // Venue. – Kazan, 2021. – P. 1–9.", a preprint "... //
    arXiv:2101.01234. – 2021. – 15 p."; the truth names: "A. Lee"."""
    pdf = Writer("Times")
    margin = rng.choice((60, 70, 85))
    size = rng.choice((12, 13, 14))
    lead = size * rng.choice((1.0, 1.15, 1.5))
    indent = rng.choice((35.4, 36, 28))
    flow = Flow(pdf, margin, pdf.width - margin, 56, 56, footer=rng.choice(("", None)))
    W = flow.col_width
    pdf.centered(flow.y, "LIST OF SCIENTIFIC PUBLICATIONS", size, bold=True)
    flow.gap(lead + 4)
    pdf.centered(flow.y, f"of {owner}, Candidate of Sciences (Physics and Mathematics)", size)
    flow.gap(lead * 2)

    def heading(text):
        flow.gap(lead * 0.5)
        flow.need(3 * lead + 6)
        pdf.centered(flow.y, text, size, bold=True)
        flow.gap(lead + 2)

    def justified(lines) -> None:
        for i, line in enumerate(lines):
            flow.need(lead)
            x0 = flow.x + (indent if i == 0 else 0)
            width = W - (indent if i == 0 else 0)
            gaps = [j for j in range(1, len(line))
                    if line[j][0] - (line[j - 1][0] + pdf.measure(line[j - 1][1], size, *line[j - 1][2:])) > 0.5]
            extra = (width - line_width(pdf, line, size)) / len(gaps) if gaps and i < len(lines) - 1 else 0.0
            shift = 0.0
            for j, (dx, word, bold, italic) in enumerate(line):
                if j in gaps:
                    shift += extra
                pdf.text(x0 + dx + shift, flow.y, word, size, bold, italic)
            flow.y += lead

    n = 0
    for kind, mine in sections(entries):
        heading(GOST_SECTIONS[kind])
        for e in mine:
            n += 1
            shown, truncated = gost_names(e["authors"])
            head = apa_name(e["authors"][0]) + " " if len(e["authors"]) <= 3 else ""
            text = f"{n}. {head}" + e["title"] + " / " + ", ".join(initials_first(a) for a in shown)
            text += " [et al.]" if truncated else ""
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                text += f" // {e['venue']}. – {e['year']}. – Vol. {vol}, No. {no}. – P. {p1}–{p2}."
            elif kind == "preprint":
                text += f" // {printed_venue(e)}. – {e['year']}. – {p2 - p1 + 6} p."
            else:
                city = GOST_CITIES[_digest(e, "city", len(GOST_CITIES))]
                text += f" // {e['venue']}. – {city}, {e['year']}. – P. {p1}–{p2}."
            justified(wrap(pdf, [(text, R)], size, W - indent, W))
    return pdf.to_bytes()


def ccv_name(name: str) -> str:
    """"Ann B. de Haro" -> "de Haro, Ann B." (every name inverted, the given names in full)."""
    given, surname = split_name(name)
    return f"{surname}, " + " ".join(given)


CCV_SECTIONS = {"journal": "Journal Articles", "conference": "Conference Publications",
                "preprint": "Other Publications", "other": "Book Chapters"}


def render_ccv_canadian(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """The Canadian Common CV (CCV) as its funders' templates print it (Helvetica, one size):
    the owner's name at the top of every page over a rule, "Contributions" > "Publications"
    > "Journal Articles" headings, a number at the left margin, "Lee, Ann, Holloway, Maren
    T., Chen, Bo. (2021). Title. Venue. 3(2): 1-9." (every name inverted with its given names
    in full, parted by the same commas), then lines of the form's fields in the same type:
    "Published, Refereed?: Yes, Open Access?: No", "Number of Contributors: 3" for some; a
    conference paper "... Title. Venue, Kazan, Russia." with "Conference Date: 2021/3" and
    "Paper, Published, Refereed?: Yes, Invited?: No", a preprint "... Title. arXiv:2101.01234."
    with "Submitted". The owner never marked; the truth names in full."""
    pdf = Writer("Helvetica")
    margin = rng.choice((44, 54, 64))
    size = rng.choice((9, 9.5, 10))
    lead = size * rng.choice((1.2, 1.35))
    num_w = pdf.measure("00.", size) + rng.choice((6, 10))

    class PageFlow(Flow):
        def new_page(self) -> None:
            super().new_page()
            self.pdf.text(self.left0, 30, owner, 8, bold=True)
            self.pdf.text(self.right0 - self.pdf.measure("Canadian Common CV", 8), 30, "Canadian Common CV", 8)
            self.pdf.rule(self.left0, 41, self.right0, 0.5)

    flow = PageFlow(pdf, margin, pdf.width - margin, 60, 56, footer=rng.choice(("", None)))
    W = flow.col_width

    def heading(text, level):
        flow.gap(lead * (1.2 if level == 0 else 0.6))
        flow.need(4 * lead + 10)
        big = size + (4 if level == 0 else 2 if level == 1 else 0.5)
        pdf.text(flow.x, flow.y, text, big, bold=True)
        if level == 0:
            pdf.rule(flow.x, flow.y + big + 3, flow.x + W, 0.8)
        flow.gap(big * 1.2 + (6 if level == 0 else 3))

    heading("Personal Information", 0)
    for label, value in (("Country of Citizenship", "Canada"), ("Language Skills", "English, French")):
        flow.block([[(0, f"{label}: {value}", False, False)]], size, lead)
    heading("Education", 0)
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(f"{dates}  {what}", R)], size, W), size, lead)
    heading("Contributions", 0)
    heading("Publications", 1)
    for kind, mine in sections(entries):
        heading(CCV_SECTIONS[kind], 2)
        for n, e in enumerate(mine, 1):
            vol, no, p1, p2 = made_up_numbers(e)
            text = ", ".join(ccv_name(a) for a in e["authors"]) + f". ({e['year']}). " + _end_title(e["title"], ".")
            fields = []
            if kind == "journal":
                text += f" {e['venue']}. {vol}({no}): {p1}-{p2}."
                fields.append(f"Published, Refereed?: Yes, Open Access?: {('Yes', 'No')[_digest(e, 'oa', 2)]}")
            elif kind == "preprint":
                text += f" {printed_venue(e)}."
                fields.append("Submitted, Refereed?: No")
            else:
                place = HAL_PLACES[_digest(e, "place", len(HAL_PLACES))]
                text += f" {e['venue']}, {place}."
                fields.append(f"Conference Date: {e['year']}/{1 + _digest(e, 'month', 12)}")
                fields.append("Paper, Published, Refereed?: Yes, Invited?: No")
            if _digest(e, "contributors", 3) == 0:
                fields.append(f"Number of Contributors: {len(e['authors'])}")
            lines = wrap(pdf, [(text, R)], size, W - num_w)
            flow.need(min(len(lines), 2) * lead)
            flow.block(lines, size, lead, indent=num_w, margin=(f"{n}.", 0, R))
            for f in fields:
                flow.block(wrap(pdf, [(f, R)], size, W - num_w - 12), size, lead, indent=num_w + 12)
            flow.gap(rng.choice((3, 5, 7)))
    return pdf.to_bytes()


def made_up_impact(e: dict) -> tuple[str, str]:
    """(impact factor, quartile) for a journal paper, as a made-up digest of its title."""
    d = _digest(e, "impact", 12000)
    return f"{0.4 + d / 1000:.3f}", f"Q{1 + _digest(e, 'quartile', 4)}"


def render_impact_factor_table(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A two-column CV (Helvetica) as many CVs for posts in South and West Asia, Turkey and
    Eastern Europe print it: a grey sidebar on the first page (contact, skills, languages)
    beside the main column, "Total impact factor: 45.210" over each list, and each list a
    table "No. | Publication | IF | Quartile" with a rule under the header and between the
    rows, "Lee A., Holloway M.T., Chen B. Title. *Venue*. 2021; 3(2): 1–9." wrapped in its
    cell (the owner bold), the journal's impact factor and quartile in narrow right-hand
    columns beside the row's first line ("–" for a paper in proceedings or a preprint); the
    truth names: "A. Lee"."""
    pdf = Writer("Helvetica")
    margin = rng.choice((34, 40))
    side_w = rng.choice((130, 146))
    gutter = rng.choice((16, 20))
    size = rng.choice((8.5, 9, 9.5))
    lead = size * rng.choice((1.2, 1.3))
    pad = 3.0
    main_left = margin + side_w + gutter
    flow = Flow(pdf, main_left, pdf.width - margin, 110, 54, footer=rng.choice(("", None)))
    _band(pdf, 0, 0, margin + side_w + gutter / 2, pdf.height, (232, 236, 242))
    pdf.text(margin, 50, owner, 20, bold=True)
    pdf.text(margin, 76, "Associate Professor of Chemical Engineering", 10, italic=True)
    y = 110
    for title, lines in (("Contact", _contact(owner).split("  |  ")),
                         ("Skills", ["DFT, molecular dynamics", "Python, MATLAB", "Electron microscopy"]),
                         ("Languages", ["English (fluent)", "Turkish (native)"])):
        pdf.text(margin, y, title.upper(), 9, bold=True)
        y += 14
        for item in lines:
            for line in wrap(pdf, [(item, R)], 8, side_w):
                flow_y, flow.y = flow.y, y
                flow.draw(margin, line, 8)
                flow.y = flow_y
                y += 10
        y += 10
    W = flow.col_width
    no_w = pdf.measure("No.", size, True) + 2 * pad + 4
    if_w = pdf.measure("00.000", size) + 2 * pad + 2
    q_w = pdf.measure("Quartile", size, True) + 2 * pad
    pub_w = W - no_w - if_w - q_w
    xs = [0, no_w, no_w + pub_w, no_w + pub_w + if_w]

    def row(cells, bold=False, rule=True):
        height = max(len(c) for c in cells) * lead + 2 * pad
        flow.need(height + 2)
        top = flow.y
        for k, cell in enumerate(cells):
            flow.y = top + pad
            for line in cell:
                x = flow.x + xs[k] + pad
                if k >= 2:  # the numbers right-aligned in their columns
                    x = flow.x + (xs[k + 1] if k + 1 < len(xs) else W) - pad - line_width(pdf, line, size)
                flow.draw(x, line, size)
                flow.y += lead
        flow.y = top + height
        if rule:
            pdf.rule(flow.x, flow.y - size * 0.35, flow.x + W, 0.8 if bold else 0.4, grey=0 if bold else 120)

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(5 * lead + 14)
        _text_rgb(pdf, flow.x, flow.y, text.upper(), size + 2.5, B, (20, 60, 110))
        flow.gap(lead + 8)

    heading("Education")
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - 70), size, lead, indent=70, margin=(dates, 0, R))
        flow.gap(lead * 0.3)
    n = 0
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        total = sum(float(made_up_impact(e)[0]) for e in mine if e["kind"] == "journal")
        if total:
            flow.block([[(0, f"Total impact factor: {total:.3f}", False, True)]], size, lead)
            flow.gap(3)
        row([[[(0, h, True, False)]] for h in ("No.", "Publication", "IF", "Quartile")], bold=True)
        for e in mine:
            n += 1
            runs = _joined_runs(_owner_runs(e["authors"], [surname_initials_dotted(a) for a in e["authors"]],
                                            owner, True), last=", ", two=", ")
            vol, no, p1, p2 = made_up_numbers(e)
            runs.append((". " + _end_title(e["title"], ".") + " ", R))
            if kind == "preprint":
                runs.append((f"{printed_venue(e)}, {e['year']}.", R))
            else:
                runs += [(e["venue"], I), (f". {e['year']}; {vol}({no}): {p1}–{p2}.", R)]
            impact, quartile = made_up_impact(e) if kind == "journal" else ("–", "–")
            row([[[(0, str(n), False, False)]], wrap(pdf, runs, size, pub_w - 2 * pad),
                 [[(0, impact, False, False)]], [[(0, quartile, False, False)]]])
    return pdf.to_bytes()


def _hollow_bullet(pdf: Writer, cx: float, cy_top: float, r: float, width: float = 0.6) -> None:
    """An open circle, stroked (a word processor's second-level bullet "◦" drawn as a shape)."""
    cy = pdf.height - cy_top
    k = 0.5523 * r
    obj = pdfium_c.FPDFPageObj_CreateNewPath(cx + r, cy)
    pdfium_c.FPDFPath_BezierTo(obj, cx + r, cy + k, cx + k, cy + r, cx, cy + r)
    pdfium_c.FPDFPath_BezierTo(obj, cx - k, cy + r, cx - r, cy + k, cx - r, cy)
    pdfium_c.FPDFPath_BezierTo(obj, cx - r, cy - k, cx - k, cy - r, cx, cy - r)
    pdfium_c.FPDFPath_BezierTo(obj, cx + k, cy - r, cx + r, cy - k, cx + r, cy)
    pdfium_c.FPDFPath_Close(obj)
    pdfium_c.FPDFPageObj_SetStrokeColor(obj, 0, 0, 0, 255)
    pdfium_c.FPDFPageObj_SetStrokeWidth(obj, ctypes.c_float(width))
    pdfium_c.FPDFPath_SetDrawMode(obj, 0, 1)
    pdfium_c.FPDFPage_InsertObject(pdf.page.raw, obj)


def _tracked(pdf: Writer, x: float, top: float, s: str, size: float, style=R, track: float = 0.0,
             rgb=(0, 0, 0)) -> float:
    """``s`` set letter by letter with ``track`` points added after each (an Apple Pages or
    Keynote export with "Character Spacing" raised: each glyph placed on its own); returns
    the width."""
    x0 = x
    for ch in s:
        if not ch.isspace():
            _text_rgb(pdf, x, top, ch, size, style, rgb)
        x += pdf.measure(ch, size, *style) + track
    return x - x0


def render_pages_tracked_hollow(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """An Apple Pages CV exported to PDF (Helvetica): the name in letter-spaced capitals at the
    top, every heading in widely tracked capitals ("J O U R N A L  A R T I C L E S" as the
    glyphs stand), the body with a little tracking (each glyph placed on its own), open-circle
    bullets drawn as shapes, the owner's name at the head of every later page and "Maren T.
    Holloway — Curriculum Vitae — 2" at every foot; MHRA references "Ann Lee, Maren T.
    Holloway and Bo Chen, ‘Title’, *Venue*, 3 (2021), 1–9" (a conference paper "..., ‘Title’,
    in *Venue* (Lyon, France, 2021), pp. 1–9", a preprint "..., ‘Title’, arXiv:2101.01234
    (2021)"), the owner bold or not."""
    pdf = Writer("Helvetica")
    margin = rng.choice((54, 62, 72))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * rng.choice((1.3, 1.45))
    track = size * rng.choice((0.02, 0.035, 0.05))
    head_track = rng.choice((0.2, 0.3)) * (size + 1)
    hang = rng.choice((14, 18))
    bold_owner = rng.random() < 0.5
    grey = (90, 90, 90)

    class PagesFlow(Flow):
        def new_page(self) -> None:
            super().new_page()
            if self.pages > 1:
                _tracked(self.pdf, self.left0, 32, owner.upper(), 8, R, 1.6, grey)
            label = f"{owner} — Curriculum Vitae — {self.pages}"
            _text_rgb(self.pdf, self.right0 - self.pdf.measure(label, 8), self.pdf.height - 34, label, 8, R, grey)

    flow = PagesFlow(pdf, margin, pdf.width - margin, 64, 60)
    W = flow.col_width
    _tracked(pdf, margin, flow.y, owner.upper(), 20, R, 4.0)
    flow.gap(30)
    _tracked(pdf, margin, flow.y, _contact(owner), 8.5, R, 0.4, grey)
    flow.gap(30)

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 14)
        _tracked(pdf, flow.x, flow.y, text.upper(), size + 1, B, head_track)
        flow.gap(lead + 8)

    def tracked_lines(lines, x0, first_x=None):
        for i, line in enumerate(lines):
            flow.need(lead)
            x, end = (first_x if i == 0 and first_x is not None else x0), None
            for dx, word, bold, italic in line:
                if end is not None and dx - end > 0.5:
                    x += pdf.measure(" ", size) + track
                x += _tracked(pdf, x, flow.y, word, size, (bold, italic), track)
                end = dx + pdf.measure(word, size, bold, italic)
            flow.y += lead

    heading("Education")
    for dates, what, _note in EDUCATION:
        flow.need(lead)
        _tracked(pdf, flow.x, flow.y, dates, size, B, track)
        tracked_lines(wrap(pdf, [(what, R)], size, (W - 90) * 0.9), flow.x + 90)
        flow.gap(lead * 0.3)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            runs = _joined_runs(_owner_runs(e["authors"], e["authors"], owner, bold_owner), last=" and ",
                                two=" and ")
            runs.append((", ‘" + e["title"] + "’, ", R))
            vol, _no, p1, p2 = made_up_numbers(e)
            if kind == "journal":
                runs += [(e["venue"], I), (f", {vol} ({e['year']}), {p1}–{p2}", R)]
            elif kind == "preprint":
                runs.append((f"{printed_venue(e)} ({e['year']})", R))
            else:
                place = HAL_PLACES[_digest(e, "place", len(HAL_PLACES))]
                runs += [("in ", R), (e["venue"], I), (f" ({place}, {e['year']}), pp. {p1}–{p2}", R)]
            lines = wrap(pdf, runs, size, (W - hang) * 0.9)
            flow.need(min(len(lines), 2) * lead)
            _hollow_bullet(pdf, flow.x + hang / 2 - 1, flow.y + size * 0.4, size * 0.2)
            tracked_lines(lines, flow.x + hang)
            flow.gap(rng.choice((3, 5, 6)))
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round 19


def _sc_pieces(text: str, size: float, ratio: float = 0.78):
    """Word's small capitals (a font without them: lower-case letters set as capitals in a
    smaller size): [(piece, size)] of ``text``."""
    return [(p.upper(), size * ratio) if p.islower() else (p, size) for p in re.findall(r"[a-z]+|[^a-z]+", text)]


def _styled_width(pdf: Writer, word: str, size: float, style: str) -> float:
    if style == "sc":
        return sum(pdf.measure(p, s) for p, s in _sc_pieces(word, size))
    return pdf.measure(word, size, style == "b", style == "i")


def _styled_lines(pdf: Writer, runs, size: float, first_width: float, rest_width: float,
                  hyphenate: set[str] = frozenset()) -> list[list[tuple[float, str, str]]]:
    """Lines of [(dx, word, style)] ("r", "i", "b", "sc") from [(text, style)]; words with no
    space between them stay together, and a word of a run whose style is in ``hyphenate``
    that does not fit is broken after a vowel before a consonant, with a hyphen (as TeX and
    word processors' automatic hyphenation break a justified line: before a consonant that
    comes before a vowel, "ameri-can", "drif-ting"), when a part of three letters at least
    fits."""
    space = pdf.measure(" ", size)
    groups: list[list[tuple[str, str]]] = []
    spaced = True
    for text, style in runs:
        for piece in re.split(r"(\s+)", text):
            if piece.isspace():
                spaced = True
            elif piece:
                if spaced or not groups:
                    groups.append([])
                groups[-1].append((piece, style))
                spaced = False
    lines, line, x = [], [], 0.0
    queue = list(groups)
    while queue:
        group = queue.pop(0)
        widths = [_styled_width(pdf, w, size, s) for w, s in group]
        lead = space if line else 0.0
        width = rest_width if lines else first_width
        if line and x + lead + sum(widths) > width:
            word, style = group[0]
            cut = None
            if len(group) == 1 and style in hyphenate and word.isalpha() and len(word) >= 7:
                room = width - x - lead - pdf.measure("-", size, style == "b", style == "i")
                low = word.lower()

                def vowel(j: int) -> bool:
                    return low[j] in "aeiouy"

                for k in range(len(word) - 3, 2, -1):
                    # "drif-ting" (between two consonants), "ameri-can" (before a lone consonant)
                    if (vowel(k + 1) and not vowel(k) and (vowel(k - 1) or vowel(k - 2) and not vowel(k - 1))
                            and _styled_width(pdf, word[:k], size, style) <= room):
                        cut = k
                        break
            if cut:
                line.append((x + lead, word[:cut] + "-", style))
                queue.insert(0, [(word[cut:], style)])
            lines.append(line)
            line, x = [], 0.0
            if cut:
                continue
            lead = 0.0
        x += lead
        for (word, style), w in zip(group, widths):
            line.append((x, word, style))
            x += w
    if line:
        lines.append(line)
    return lines


def _draw_styled(pdf: Writer, x: float, top: float, line, size: float, extra: float = 0.0) -> None:
    """One line of :func:`_styled_lines` at ``x``, each word placed on its own, ``extra`` points
    added at each space (a justified line)."""
    shift, end = 0.0, None
    for dx, word, style in line:
        if end is not None and dx - end > 0.5:
            shift += extra
        if style == "sc":
            px = x + dx + shift
            for piece, s in _sc_pieces(word, size):
                px += pdf.text(px, top + 0.8 * (size - s), piece, s)
        else:
            pdf.text(x + dx + shift, top, word, size, style == "b", style == "i")
        end = dx + _styled_width(pdf, word, size, style)


def _justified_block(flow: Flow, lines, size: float, lead: float, indent: float = 0.0, first_indent: float = 0.0,
                     justify: bool = True) -> None:
    """Lines set flush left and right (the last one flush left), over columns and pages."""
    pdf = flow.pdf
    for i, line in enumerate(lines):
        flow.need(lead)
        x0 = flow.x + (first_indent if i == 0 else indent)
        width = flow.col_width - (first_indent if i == 0 else indent)
        spaces = sum(1 for j in range(1, len(line))
                     if line[j][0] - (line[j - 1][0] + _styled_width(pdf, line[j - 1][1], size, line[j - 1][2])) > 0.5)
        used = line[-1][0] + _styled_width(pdf, line[-1][1], size, line[-1][2]) if line else 0.0
        extra = (width - used) / spaces if justify and spaces and i < len(lines) - 1 else 0.0
        _draw_styled(pdf, x0, flow.y, line, size, extra)
        flow.y += lead


LAW_SECTIONS = {"journal": "Articles", "conference": "Essays and Symposium Contributions",
                "preprint": "Works in Progress", "other": "Book Chapters"}


def render_bluebook_law(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A law professor's CV (Times, as a word processor sets it): "PUBLICATIONS" in small
    capitals, sub-headings by kind ("Articles", "Works in Progress"), each entry a paragraph
    with a hanging indent in the Bluebook's form: "Ann Lee, Maren T. Holloway & Bo Chen,
    *Title*, 3 VENUE 1 (2021)." (given names first, "&" before the last, the title in
    italics, the volume, the journal in the word processor's small capitals (lower-case
    letters as smaller capitals), the first page, the year in brackets); a paper in
    proceedings "..., *Title*, in VENUE 1 (2021).", a preprint "..., *Title* (Working Paper,
    2021), arXiv:2101.01234."; the owner in bold or not."""
    pdf = Writer("Times")
    margin = rng.choice((72, 78, 90))
    size = rng.choice((11, 11.5, 12))
    lead = size * rng.choice((1.15, 1.3))
    hang = rng.choice((18, 24, 36))
    bold_owner = rng.random() < 0.5
    flow = Flow(pdf, margin, pdf.width - margin, 72, 64, footer=rng.choice(("", None)))
    W = flow.col_width
    pdf.centered(flow.y, owner.upper(), 14, bold=True)
    flow.gap(20)
    pdf.centered(flow.y, "Professor of Law, Northfield University School of Law", size)
    flow.gap(lead)
    pdf.centered(flow.y, _contact(owner).split("  |  ")[1], size)
    flow.gap(lead * 2)

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(3 * lead + 10)
        w = sum(pdf.measure(p, s) for p, s in _sc_pieces(text, size + 1))
        _draw_styled(pdf, (pdf.width - w) / 2, flow.y, [(0, text, "sc")], size + 1)
        flow.gap(lead + 6)

    def subheading(text):
        flow.gap(lead * 0.4)
        flow.need(2 * lead + 6)
        pdf.text(flow.x, flow.y, text, size, bold=False, italic=True)
        flow.gap(lead + 2)

    heading("Academic Appointments")
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - 84), size, lead, indent=84, margin=(dates, 0, R))
    heading("Publications")
    for kind, mine in sections(entries):
        subheading(LAW_SECTIONS[kind])
        for e in mine:
            names = [(a, "b" if bold_owner and a == owner else "r") for a in e["authors"]]
            runs = []
            for i, (name, style) in enumerate(names):
                if i:
                    runs.append((" & " if i == len(names) - 1 else ", ", "r"))
                runs.append((name, style))
            vol, _no, p1, _p2 = made_up_numbers(e)
            runs += [(", ", "r"), (e["title"], "i")]
            if kind == "journal":
                runs += [(f", {vol} ", "r"), (e["venue"], "sc"), (f" {p1} ({e['year']}).", "r")]
            elif kind == "preprint":
                runs += [(f" (Working Paper, {e['year']}), {printed_venue(e)}.", "r")]
            else:
                runs += [(", in ", "r"), (e["venue"], "sc"), (f" {p1} ({e['year']}).", "r")]
            lines = _styled_lines(pdf, runs, size, W, W - hang)
            flow.need(min(len(lines), 2) * lead)
            _justified_block(flow, lines, size, lead, indent=hang, justify=False)
            flow.gap(lead * rng.choice((0.4, 0.6)))
    return pdf.to_bytes()


def render_chicago_notes_hyphenated(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A humanities CV typeset by TeX (Times, justified, automatic hyphenation: "compu-" at a
    line's end, "tation" on the next), Chicago's note form: "Ann Lee, Maren T. Holloway, and
    Bo Chen, “Title,” *Venue* 3, no. 2 (2021): 1–9." (given names first, the comma inside the
    closing quote), a paper in proceedings "..., “Title,” in *Venue* (2021), 1–9.", a
    preprint "..., “Title,” arXiv:2101.01234 (2021)."; numbered "1." in the margin or not;
    every later page headed "Ann Lee, Curriculum Vitae" with its number at the right, or a
    number alone at the foot."""
    pdf = Writer("Times")
    margin = rng.choice((72, 84, 100))
    size = rng.choice((10, 10.95, 12))
    lead = size * rng.choice((1.2, 1.25))
    numbered = rng.random() < 0.5
    num_w = pdf.measure("00.", size) + 5 if numbered else 0.0
    hang = num_w or rng.choice((18, 24))
    header = rng.choice((f"{owner}, Curriculum Vitae", None))
    flow = Flow(pdf, margin, pdf.width - margin, 80, 70, header=header, footer=None if header else "")
    W = flow.col_width
    pdf.centered(flow.y, owner, 17)
    flow.gap(24)
    pdf.centered(flow.y, "Department of History, University of Northfield", size)
    flow.gap(lead * 2)

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 1.5, bold=True)
        flow.gap(lead + 5)

    _other_sections(flow, heading, size, lead, 80, rng, talks=False)
    n = 0
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            n += 1
            runs = []
            for i, name in enumerate(e["authors"]):
                if i:
                    k = len(e["authors"])
                    runs.append((", and " if i == k - 1 and k > 2 else " and " if i == k - 1 else ", ", "r"))
                runs.append((name, "r"))
            vol, no, p1, p2 = made_up_numbers(e)
            runs.append((", “" + _end_title(e["title"], ",") + "” ", "t"))
            if kind == "journal":
                runs += [(e["venue"], "i"), (f" {vol}, no. {no} ({e['year']}): {p1}–{p2}.", "r")]
            elif kind == "preprint":
                runs += [(f"{printed_venue(e)} ({e['year']}).", "r")]
            else:
                runs += [("in ", "r"), (e["venue"], "i"), (f" ({e['year']}), {p1}–{p2}.", "r")]
            lines = _styled_lines(pdf, runs, size, W - num_w, W - hang, hyphenate={"t", "i"})
            lines = [[(dx, w, "r" if s == "t" else s) for dx, w, s in line] for line in lines]
            flow.need(min(len(lines), 2) * lead)
            if numbered:
                pdf.text(flow.x, flow.y, f"{n}.", size)
            _justified_block(flow, lines, size, lead, indent=hang, first_indent=num_w)
            flow.gap(lead * 0.4)
    return pdf.to_bytes()


PURE_OUTPUT = {"journal": "Research output: Contribution to journal › Article › peer-review",
               "conference": "Research output: Chapter in Book/Report/Conference proceeding › Conference contribution "
                             "› peer-review",
               "preprint": "Research output: Working paper › Preprint",
               "other": "Research output: Chapter in Book/Report/Conference proceeding › Chapter"}
PURE_SECTIONS = {"journal": "Article", "conference": "Conference contribution", "preprint": "Preprint",
                 "other": "Chapter"}


def pure_name(name: str) -> str:
    """"Ann-Marie B. Lee" -> "Lee, AMB" (the Pure portals' Harvard: the initials run together,
    no stops; the truth names: "A. M. B. Lee")."""
    given, surname = split_name(name)
    return f"{surname}, " + "".join(q[0] for p in given for q in p.split("-") if q)


def render_pure_portal_harvard(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A university research portal's (Elsevier Pure) list printed to PDF from the browser
    (Helvetica): the type as a heading ("Article", "Conference contribution"), each output in
    Pure's Harvard "Lee, A, Holloway, MT & Chen, B 2021, 'Title', *Venue*, vol. 3, no. 2, pp.
    1-9. https://doi.org/10.1234/..." (people and their initials parted by the same commas, the
    year bare after the names), a paper in proceedings "..., Title. in *Venue*. pp. 1-9.", a
    preprint "..., 'Title', arXiv:2101.01234."; under each a smaller grey line of the portal's
    classification "Research output: Contribution to journal › Article › peer-review"; the
    browser's head (date, page title) and foot (address, "2/5") on every page."""
    pdf = Writer("Helvetica")
    margin = rng.choice((36, 42, 50))
    size = rng.choice((9.5, 10, 10.5))
    small = size - rng.choice((1.5, 2))
    lead = size * rng.choice((1.3, 1.45))
    grey = (110, 110, 110)
    total = 1 + len(entries) // rng.choice((7, 9))  # the page count the browser prints ("2/4")

    class BrowserFlow(Flow):
        def new_page(self) -> None:
            super().new_page()
            _text_rgb(self.pdf, 24, 14, "07/12/2026, 10:14", 7, R, (0, 0, 0))
            _text_rgb(self.pdf, 260, 14, f"{owner} — Research Portal", 7, R, (0, 0, 0))
            _text_rgb(self.pdf, 24, self.pdf.height - 20, "https://research.example.edu/en/persons/"
                      + re.sub(r"[^a-z]+", "-", owner.lower()).strip("-") + "/publications/", 7, R, (0, 0, 0))
            label = f"{self.pages}/{max(total, self.pages)}"
            _text_rgb(self.pdf, self.pdf.width - 24 - self.pdf.measure(label, 7), self.pdf.height - 20, label, 7, R,
                      (0, 0, 0))

    flow = BrowserFlow(pdf, margin, pdf.width - margin, 56, 48)
    W = flow.col_width
    _text_rgb(pdf, flow.x, flow.y, owner, 18, B, (20, 40, 90))
    flow.gap(26)
    _text_rgb(pdf, flow.x, flow.y, "Research output per year", size, R, grey)
    flow.gap(lead * 2)
    doi_share = rng.choice((0.5, 0.8))

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(4 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 3, bold=True)
        flow.gap(lead + 8)

    for kind, mine in sections(entries):
        heading(PURE_SECTIONS[kind])
        for e in mine:
            names = [pure_name(a) for a in e["authors"]]
            text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " & " + names[-1]
            vol, no, p1, p2 = made_up_numbers(e)
            runs = [(text + f" {e['year']}, ", R)]
            if kind == "journal":
                runs += [(f"'{e['title']}', ", R), (e["venue"], I), (f", vol. {vol}, no. {no}, pp. {p1}-{p2}.", R)]
            elif kind == "preprint":
                runs += [(f"'{e['title']}', {printed_venue(e)}.", R)]
            else:
                runs += [(_end_title(e["title"], ".") + " in ", R), (e["venue"], I), (f". pp. {p1}-{p2}.", R)]
            if kind != "preprint" and _digest(e, "pure-doi", 10) < 10 * doi_share:
                runs.append((f" https://doi.org/{made_up_doi(e)}", R))
            lines = wrap(pdf, runs, size, W)
            flow.need(min(len(lines), 2) * lead + small * 1.4)
            flow.block(lines, size, lead)
            flow.gap(2)
            for line in wrap(pdf, [(PURE_OUTPUT[kind], R)], small, W):
                flow.need(small * 1.4)
                _text_rgb(pdf, flow.x, flow.y, " ".join(w for _, w, _, _ in line), small, R, grey)
                flow.y += small * 1.4
            flow.gap(lead * rng.choice((0.7, 1.0)))
    return pdf.to_bytes()


DOT_LEADER = "."


def render_dot_leader_dates(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A word processor's résumé (Helvetica) whose dates stand at a right tab with a dot leader:
    the title in bold, its last line filled with dots up to "Mar 2021" at the right margin
    (the leader a run of full stops, as word processors print a tab's leader), the names on
    the next line (the owner bold or underlined: plain here), then the venue in italics with
    its volume, issue and pages ("*Venue*, 3(2), 1–9"; a preprint its arXiv identifier); a
    heading with a rule under it for each kind."""
    pdf = Writer("Helvetica")
    margin = rng.choice((48, 56, 64))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * rng.choice((1.25, 1.4))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 56, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    date_w = pdf.measure("Sept 0000", size) + rng.choice((10, 18))
    months = ("Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
    bold_owner = rng.random() < 0.5
    dot = pdf.measure(DOT_LEADER, size)
    pdf.text(flow.x, flow.y, owner, 22, bold=True)
    flow.gap(30)
    pdf.text(flow.x, flow.y, _contact(owner), size - 1)
    flow.gap(lead * 2)

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(4 * lead + 12)
        pdf.text(flow.x, flow.y, text.upper(), size + 1, bold=True)
        pdf.rule(flow.x, flow.y + size + 4, flow.x + W, 0.6)
        flow.gap(lead + 8)

    heading("Education")
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - date_w), size, lead, right=[[(0, dates, False, False)]])
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            date = f"{months[_digest(e, 'month', 12)]} {e['year']}"
            title = wrap(pdf, [(e["title"], B)], size, W - date_w - 3 * dot)
            names = wrap(pdf, _joined_runs(_owner_runs(e["authors"], [initials_first(a) for a in e["authors"]],
                                                        owner, bold_owner), last=", and ", two=" and "), size, W)
            vol, no, p1, p2 = made_up_numbers(e)
            if kind == "preprint":
                venue = [(printed_venue(e), I)]
            elif kind == "journal":
                venue = [(e["venue"], I), (f", {vol}({no}), {p1}–{p2}", R)]
            else:
                venue = [("In ", R), (e["venue"], I), (f", pp. {p1}–{p2}", R)]
            venue_lines = wrap(pdf, venue, size, W - date_w)
            flow.need(min(len(title) + len(names) + len(venue_lines), 3) * lead)
            for i, line in enumerate(title):
                flow.need(lead)
                flow.draw(flow.x, line, size)
                if i == len(title) - 1:
                    start = flow.x + line_width(pdf, line, size) + pdf.measure(" ", size)
                    end = flow.x + W - pdf.measure(date, size) - pdf.measure(" ", size)
                    count = int((end - start) / dot)
                    if count > 0:
                        pdf.text(end - count * dot, flow.y, DOT_LEADER * count, size)
                    pdf.text(flow.x + W - pdf.measure(date, size), flow.y, date, size)
                flow.y += lead
            flow.block(names, size, lead)
            flow.block(venue_lines, size, lead)
            flow.gap(lead * rng.choice((0.5, 0.8)))
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round 20

ACCESSED_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")


def render_cite_them_right(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A British student's or early-career CV from a word processor (Helvetica, Calibri's
    stand-in) in "Cite Them Right" Harvard, the form UK universities teach: "Lee, A.,
    Holloway, M.T. and Chen, B. (2021) ‘Title’, *Venue*, 3(2), pp. 1–9. Available at:
    https://doi.org/10.1234/... (Accessed: 14 March 2024)." (the access date a later year than
    the work's), a paper in proceedings "... (2021) ‘Title’, in *Venue*, pp. 1–9.", a
    preprint "... (2021) ‘Title’. arXiv. Available at: https://arxiv.org/abs/2101.01234
    (Accessed: ...)."; a hanging indent, the owner bold or not, headings bold with a rule
    under them."""
    pdf = Writer("Helvetica")
    margin = rng.choice((54, 60, 72))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.15, 1.3))
    hang = rng.choice((0, 18, 28))
    bold_owner = rng.random() < 0.5
    url_share = rng.choice((0.4, 0.7, 1.0))
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None)))
    W = flow.col_width
    pdf.text(flow.x, flow.y, owner, 20, bold=True)
    flow.gap(28)
    pdf.text(flow.x, flow.y, _contact(owner), size - 1)
    flow.gap(lead * 2)

    def heading(text):
        flow.gap(lead * 0.6)
        flow.need(3 * lead + 12)
        pdf.text(flow.x, flow.y, text, size + 2, bold=True)
        pdf.rule(flow.x, flow.y + size + 5, flow.x + W, 0.8, grey=90)
        flow.gap(lead + 9)

    _other_sections(flow, heading, size, lead, 80, rng, talks=False)
    for kind, mine in sections(entries):
        heading(SECTION_TITLES[kind])
        for e in mine:
            names = _joined_runs(_owner_runs(e["authors"], [harvard_name(a) for a in e["authors"]], owner,
                                             bold_owner), last=" and ", two=" and ")
            vol, no, p1, p2 = made_up_numbers(e)
            runs = names + [(f" ({e['year']}) ‘{e['title']}’", R)]
            if kind == "journal":
                runs += [(", ", R), (e["venue"], I), (f", {vol}({no}), pp. {p1}–{p2}.", R)]
                url = f"https://doi.org/{made_up_doi(e)}"
            elif kind == "preprint" and e.get("arxiv_id"):
                runs += [(f". {e['venue']}.", R)]
                url = f"https://arxiv.org/abs/{e['arxiv_id']}"
            elif kind == "preprint":
                runs += [(". ", R), (e["venue"], I), (".", R)]
                url = None
            else:
                runs += [(", in ", R), (e["venue"], I), (f", pp. {p1}–{p2}.", R)]
                url = f"https://doi.org/{made_up_doi(e)}"
            if url and _digest(e, "ctr-url", 10) < 10 * url_share:
                day = 1 + _digest(e, "ctr-day", 28)
                month = ACCESSED_MONTHS[_digest(e, "ctr-month", 12)]
                runs.append((f" Available at: {url} (Accessed: {day} {month} {2023 + _digest(e, 'ctr-y', 3)}).", R))
            lines = wrap(pdf, runs, size, W, W - hang)
            flow.need(min(len(lines), 2) * lead)
            flow.block(lines, size, lead, indent=hang, first_indent=0)
            flow.gap(lead * rng.choice((0.5, 0.8)))
    return pdf.to_bytes()


MSC_CODES = ("05C15", "11B83", "35Q55", "60J10", "68Q25", "81T13", "83C57", "94A15", "62F15", "46L05")


def mathscinet_name(name: str) -> str:
    """"Ann B. de Haro" -> "de Haro, Ann B." (MathSciNet inverts every author, given names as
    the paper printed them)."""
    given, surname = split_name(name)
    return f"{surname}, " + " ".join(given) if given else surname


def render_mathscinet_mr(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A mathematician's list printed from MathSciNet (Mathematical Reviews) in the browser and
    sent as the CV's publications (Helvetica, small): every entry opens with its MR number in
    bold ("MR4212345"), sometimes its status ("Reviewed", "Indexed") after it, then "Lee, Ann;
    Holloway, Maren T.; Chen, Bo" (every name inverted, people parted by semicolons), the title
    in italics ending with a stop, the source "Venue 3 (2021), no. 2, 1–9." and the subject
    codes "05C15 (11B83)"; a preprint "arXiv:2101.01234 (2021)."; a short rule between
    entries; the database's banner at the top of the first page, the browser's head and foot
    on every page."""
    pdf = Writer("Helvetica")
    margin = rng.choice((30, 36, 44))
    size = rng.choice((8.5, 9, 9.5))
    lead = size * rng.choice((1.3, 1.45))
    hang = rng.choice((0, 14))
    status = rng.random() < 0.6
    blue = (20, 60, 140)

    class BrowserFlow(Flow):
        def new_page(self) -> None:
            super().new_page()
            _text_rgb(self.pdf, 22, 14, "12/7/26, 9:41 AM", 7, R)
            _text_rgb(self.pdf, 250, 14, "MathSciNet", 7, R)
            _text_rgb(self.pdf, 22, self.pdf.height - 20, "https://mathscinet.example.org/mathscinet/publications-search"
                      "?query=" + owner.split()[-1].lower(), 7, R)
            label = f"{self.pages}/{self.pages + 1}"
            _text_rgb(self.pdf, self.pdf.width - 22 - self.pdf.measure(label, 7), self.pdf.height - 20, label, 7, R)

    flow = BrowserFlow(pdf, margin, pdf.width - margin, 44, 40)
    W = flow.col_width
    _text_rgb(pdf, flow.x, flow.y, "MathSciNet", 16, B, blue)
    _text_rgb(pdf, flow.x + 100, flow.y + 5, "Mathematical Reviews", 9, I, (90, 90, 90))
    flow.gap(24)
    pdf.text(flow.x, flow.y, f"Publications of {owner}", size + 3, bold=True)
    flow.gap(lead * 1.6)
    for kind, mine in sections(entries):
        flow.gap(lead * 0.5)
        flow.need(4 * lead)
        pdf.text(flow.x, flow.y, SECTION_TITLES[kind], size + 1.5, bold=True)
        flow.gap(lead + 4)
        for e in mine:
            mr = f"MR{4000000 + _digest(e, 'mr', 999999):07d}"
            head = [(mr, B)]
            if status:
                head.append((" Indexed" if kind == "preprint" else " Reviewed", I))
            names = "; ".join(mathscinet_name(a) for a in e["authors"])
            vol, no, p1, p2 = made_up_numbers(e)
            runs = head + [(" " + names + " ", R), (_end_title(e["title"], "."), I)]
            if kind == "preprint":
                runs.append((f" {printed_venue(e)} ({e['year']}).", R))
            elif kind == "journal":
                runs.append((f" {e['venue']} {vol} ({e['year']}), no. {no}, {p1}–{p2}.", R))
            else:
                runs.append((f" {e['venue']}, {p1}–{p2}, {e['year']}.", R))
            first = MSC_CODES[_digest(e, "msc", len(MSC_CODES))]
            second = MSC_CODES[_digest(e, "msc2", len(MSC_CODES))]
            runs.append((f" {first}" + (f" ({second})" if second != first else ""), R))
            lines = wrap(pdf, runs, size, W, W - hang)
            flow.need(min(len(lines), 2) * lead + 6)
            flow.block(lines, size, lead, indent=hang, first_indent=0)
            flow.gap(3)
            pdf.rule(flow.x, flow.y, flow.x + 60, 0.4, grey=150)
            flow.gap(lead * 0.6)
    return pdf.to_bytes()


INSPIRE_AFFILIATIONS = ("Northfield U.", "Lakeside Coll.", "Eastbrook Inst. Tech.", "Westmoor U.",
                        "Harbour Natl. Lab.", "Southgate U., Dept. Phys.", "Ridgeview Inst.")


def render_inspire_hep(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A physicist's literature list printed from INSPIRE-HEP's author profile (Helvetica):
    each record's title in bold blue on a line of its own with its date at the right ("Mar
    3, 2021"), the authors given names first, each with an affiliation in brackets ("Ann Lee
    (Northfield U.), Bo Chen (Westmoor U.)"), then labelled lines "Published in: *Venue* 3
    (2021) 2, 1-9", "e-Print: arXiv:2101.01234 [hep-th]", "DOI: 10.1234/..."; the controls
    ("pdf  cite  claim") and "12 citations" in grey under each; a record count over the list;
    no numbers. The kinds as the profile's tabs ("Published", "Conference papers",
    "Preprints") or the CV's headings."""
    pdf = Writer("Helvetica")
    margin = rng.choice((40, 48, 56))
    size = rng.choice((9, 9.5, 10))
    lead = size * rng.choice((1.35, 1.5))
    grey = (120, 120, 120)
    blue = (30, 80, 160)
    affiliated = rng.choice((0.6, 1.0))
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    tabs = {"journal": "Published", "conference": "Conference papers", "preprint": "Preprints",
            "other": "Other publications"} if rng.random() < 0.5 else SECTION_TITLES
    flow = Flow(pdf, margin, pdf.width - margin, 50, 46)
    W = flow.col_width
    _text_rgb(pdf, flow.x, flow.y, "INSPIRE", 15, B, blue)
    flow.gap(26)
    pdf.text(flow.x, flow.y, owner, 18, bold=True)
    flow.gap(24)
    _text_rgb(pdf, flow.x, flow.y, "Northfield U.  ·  hep-th, gr-qc  ·  ORCID 0000-0002-1825-0097", size, R, grey)
    flow.gap(lead * 2)
    for kind, mine in sections(entries):
        flow.gap(lead * 0.6)
        flow.need(6 * lead)
        pdf.text(flow.x, flow.y, tabs[kind], size + 3, bold=True)
        _text_rgb(pdf, flow.x + W - pdf.measure(f"{len(mine)} results", size), flow.y + 3, f"{len(mine)} results",
                  size, R, grey)
        flow.gap(lead + 8)
        for e in mine:
            date = f"{months[_digest(e, 'insp-m', 12)]} {1 + _digest(e, 'insp-d', 28)}, {e['year']}"
            date_w = pdf.measure(date, size - 0.5) + 14
            title = wrap(pdf, [(e["title"], B)], size + 0.5, W - date_w)
            names = []
            for a in e["authors"]:
                aff = INSPIRE_AFFILIATIONS[_digest({"title": a}, "insp-aff", len(INSPIRE_AFFILIATIONS))]
                names.append(f"{a} ({aff})" if _digest({"title": a + e["title"]}, "insp-has", 10) < 10 * affiliated
                             else a)
            vol, no, p1, p2 = made_up_numbers(e)
            fields = []
            if kind == "preprint":
                fields.append([("e-Print: ", R), (printed_venue(e) + " [hep-th]", R)])
            elif kind == "journal":
                fields.append([("Published in: ", R), (e["venue"], I), (f" {vol} ({e['year']}) {no}, {p1}-{p2}", R)])
            else:
                fields.append([("Published in: ", R), (e["venue"], I), (f", {p1}-{p2}", R)])
            if kind != "preprint" and _digest(e, "insp-doi", 2):
                fields.append([(f"DOI: {made_up_doi(e)}", R)])
            name_lines = wrap(pdf, [(", ".join(names), R)], size, W)
            flow.need(min(len(title) + len(name_lines), 3) * lead)
            for i, line in enumerate(title):
                flow.need(lead)
                for dx, word, bold, italic in line:
                    _text_rgb(pdf, flow.x + dx, flow.y, word, size + 0.5, (bold, italic), blue)
                if i == 0:
                    _text_rgb(pdf, flow.x + W - pdf.measure(date, size - 0.5), flow.y + 1, date, size - 0.5, R, grey)
                flow.y += lead
            flow.block(name_lines, size, lead)
            for f in fields:
                flow.block(wrap(pdf, f, size, W), size, lead)
            flow.need(lead)
            cites = _digest(e, "insp-cites", 60)
            _text_rgb(pdf, flow.x, flow.y, "pdf    cite    claim", size - 1.5, R, grey)
            if cites:
                label = f"{cites} citation" + ("s" if cites != 1 else "")
                _text_rgb(pdf, flow.x + W - pdf.measure(label, size - 1.5), flow.y, label, size - 1.5, R, grey)
            flow.y += lead
            flow.gap(lead * rng.choice((0.5, 0.8)))
    return pdf.to_bytes()


LATTES_SECTIONS = {"journal": "Artigos completos publicados em periódicos",
                   "conference": "Trabalhos completos publicados em anais de congressos",
                   "preprint": "Outras produções bibliográficas", "other": "Capítulos de livros publicados"}


def lattes_name(name: str) -> str:
    """"Ann B. de Haro" -> "DE HARO, A. B." (the Lattes platform's citation name: the surname
    in capitals, the initials with stops)."""
    given, surname = split_name(name)
    return f"{surname.upper()}, " + " ".join(_initial(p) for p in given) if given else surname.upper()


def render_lattes_cv(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A Brazilian researcher's CV as the Lattes platform (CNPq) prints it (Times): Portuguese
    headings ("Produção bibliográfica", then "Artigos completos publicados em periódicos"),
    each entry numbered "1." in a left column, in the platform's ABNT: "LEE, A.; HOLLOWAY, M.
    T.; CHEN, B.. Title. Venue, v. 3, p. 1-9, 2021." (the initial's stop and the list's both
    printed), a paper in proceedings "... Title. In: Venue, 2021. p. 1-9.", a preprint "...
    Title. 2021. (Preprint). arXiv:2101.01234."; under some a smaller line "Citações: Web of
    Science 12 | SCOPUS 14"; the platform's foot "Página gerada pelo Sistema Currículo Lattes
    em 07/12/2026 às 10:14:22" on every page."""
    pdf = Writer("Times")
    margin = rng.choice((50, 57, 64))
    size = rng.choice((9.5, 10, 10.5))
    small = size - 1.5
    lead = size * rng.choice((1.2, 1.3))
    num_w = rng.choice((28, 34))
    bold_owner = rng.random() < 0.5
    cited_share = rng.choice((0.3, 0.6))

    class LattesFlow(Flow):
        def new_page(self) -> None:
            super().new_page()
            foot = "Página gerada pelo Sistema Currículo Lattes em 07/12/2026 às 10:14:22"
            self.pdf.text((self.pdf.width - self.pdf.measure(foot, 7)) / 2, self.pdf.height - 28, foot, 7)

    flow = LattesFlow(pdf, margin, pdf.width - margin, 56, 50)
    W = flow.col_width
    pdf.centered(flow.y, owner, 15, bold=True)
    flow.gap(22)
    pdf.centered(flow.y, "Endereço para acessar este CV: http://lattes.example.br/1234567890123456", 8)
    flow.gap(lead * 2)

    def heading(text, big):
        flow.gap(lead * 0.6)
        flow.need(4 * lead)
        pdf.text(flow.x, flow.y, text, size + (3 if big else 1), bold=True)
        if big:
            pdf.rule(flow.x, flow.y + size + 6, flow.x + W, 0.6)
        flow.gap(lead + (10 if big else 4))

    heading("Formação acadêmica/titulação", True)
    for dates, what, _note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - 70), size, lead, indent=70, margin=(dates, 0, R))
    heading("Produção bibliográfica", True)
    n = 0
    for kind, mine in sections(entries):
        heading(LATTES_SECTIONS[kind], False)
        for e in mine:
            n += 1
            printed = [lattes_name(a) for a in e["authors"]]
            runs = []
            for i, (a, p) in enumerate(zip(e["authors"], printed)):
                if i:
                    runs.append(("; ", R))
                runs.append((p, B if bold_owner and a == owner else R))
            vol, _no, p1, p2 = made_up_numbers(e)
            runs.append((". " + _end_title(e["title"], ".") + " ", R))
            if kind == "journal":
                runs.append((f"{e['venue']}, v. {vol}, p. {p1}-{p2}, {e['year']}.", R))
            elif kind == "preprint":
                runs.append((f"{e['year']}. (Preprint). {printed_venue(e)}.", R))
            else:
                runs.append((f"In: {e['venue']}, {e['year']}. p. {p1}-{p2}.", R))
            lines = wrap(pdf, runs, size, W - num_w)
            flow.need(min(len(lines), 2) * lead)
            pdf.text(flow.x, flow.y, f"{n}.", size, bold=True)
            flow.block(lines, size, lead, indent=num_w)
            if _digest(e, "lattes-cit", 10) < 10 * cited_share:
                wos, scopus = _digest(e, "lattes-wos", 40), _digest(e, "lattes-sc", 50)
                flow.need(small * 1.4)
                _text_rgb(pdf, flow.x + num_w, flow.y, f"Citações: Web of Science {wos} | SCOPUS {scopus}", small, R,
                          (80, 80, 80))
                flow.y += small * 1.4
            flow.gap(lead * 0.5)
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round 21

MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _outline_box(pdf: Writer, x0: float, top: float, x1: float, height: float, rgb=(0, 0, 0),
                 width: float = 0.6) -> None:
    """A stroked rectangle (a web page's button or badge, printed)."""
    obj = pdfium_c.FPDFPageObj_CreateNewRect(x0, pdf.height - top - height, x1 - x0, height)
    pdfium_c.FPDFPageObj_SetStrokeColor(obj, *rgb, 255)
    pdfium_c.FPDFPageObj_SetStrokeWidth(obj, ctypes.c_float(width))
    pdfium_c.FPDFPath_SetDrawMode(obj, 0, 1)
    pdfium_c.FPDFPage_InsertObject(pdf.page.raw, obj)


def _grey_disc(pdf: Writer, cx: float, cy_top: float, r: float, grey: int = 170) -> None:
    """A filled grey circle (a profile picture's placeholder, printed)."""
    cy = pdf.height - cy_top
    k = 0.5523 * r
    obj = pdfium_c.FPDFPageObj_CreateNewPath(cx + r, cy)
    pdfium_c.FPDFPath_BezierTo(obj, cx + r, cy + k, cx + k, cy + r, cx, cy + r)
    pdfium_c.FPDFPath_BezierTo(obj, cx - k, cy + r, cx - r, cy + k, cx - r, cy)
    pdfium_c.FPDFPath_BezierTo(obj, cx - r, cy - k, cx - k, cy - r, cx, cy - r)
    pdfium_c.FPDFPath_BezierTo(obj, cx + k, cy - r, cx + r, cy - k, cx + r, cy)
    pdfium_c.FPDFPath_Close(obj)
    pdfium_c.FPDFPageObj_SetFillColor(obj, grey, grey, grey, 255)
    pdfium_c.FPDFPath_SetDrawMode(obj, pdfium_c.FPDF_FILLMODE_WINDING, 0)
    pdfium_c.FPDFPage_InsertObject(pdf.page.raw, obj)


def _browser_flow(pdf: Writer, left: float, right: float, top: float, bottom: float, tab: str, url: str):
    """A :class:`Flow` whose every page carries a browser's printed head (the date and time at
    the left, the tab's title in the middle) and foot (the address, "1/3")."""

    class BrowserFlow(Flow):
        def new_page(self) -> None:
            super().new_page()
            _text_rgb(self.pdf, 22, 14, "12/7/26, 10:02 PM", 7, R)
            _text_rgb(self.pdf, (self.pdf.width - self.pdf.measure(tab, 7)) / 2, 14, tab, 7, R)
            _text_rgb(self.pdf, 22, self.pdf.height - 20, url, 7, R)
            label = f"{self.pages}/{self.pages + 2}"
            _text_rgb(self.pdf, self.pdf.width - 22 - self.pdf.measure(label, 7), self.pdf.height - 20, label, 7, R)

    return BrowserFlow(pdf, left, right, top, bottom)


def render_linkedin_publications(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A LinkedIn profile printed from the browser (Chrome's "Print", LinkedIn's web layout of
    2024; Helvetica for the system font) and sent as a CV: the top card (the name, a headline,
    the place, "500+ connections"), "About" and "Experience" for some, then the
    "Publications" section (or its details page, "Publications" alone), newest first, no
    kinds: each the bold title, a grey line "Venue · Mar 3, 2021" (the publisher field and the
    date as the owner entered it: day, month or year alone), a "Show publication" button
    (an outlined box; its arrow an icon) for some, and "Other authors" over a row of grey avatar discs for the
    entries with co-authors: LinkedIn prints no author's name (the truth names none); a thin
    rule between items; the browser's head and foot on every page."""
    pdf = Writer("Helvetica")
    margin = rng.choice((48, 60, 72))
    size = rng.choice((9.5, 10, 10.5))
    lead = size * rng.choice((1.3, 1.45))
    grey = (102, 102, 102)
    date_form = rng.choice(("day", "month", "year"))
    button_share = rng.choice((0.0, 0.5, 1.0))
    details_page = rng.random() < 0.4
    slug = "-".join(p.lower().strip(".") for p in owner.split())
    flow = _browser_flow(pdf, margin, pdf.width - margin, 44, 44, f"(3) {owner} | LinkedIn",
                         f"https://www.linkedin.com/in/{slug}-4b2a17/" + ("details/publications/" if details_page else ""))
    W = flow.col_width
    if details_page:
        pdf.text(flow.x, flow.y, "Publications", size + 6, bold=True)
        flow.gap(lead * 2.2)
    else:
        _band(pdf, flow.x, flow.y, flow.x + W, 54, (204, 214, 224))
        _grey_disc(pdf, flow.x + 44, flow.y + 58, 28)
        flow.gap(96)
        pdf.text(flow.x, flow.y, owner, size + 9, bold=True)
        flow.gap(size + 14)
        pdf.text(flow.x, flow.y, "Associate Professor of Physics at University of Northfield", size + 1)
        flow.gap(lead * 1.2)
        _text_rgb(pdf, flow.x, flow.y, "Northfield, England, United Kingdom · Contact info", size - 1, R, grey)
        flow.gap(lead)
        _text_rgb(pdf, flow.x, flow.y, "500+ connections", size - 1, B, (10, 102, 194))
        flow.gap(lead * 2)
        if rng.random() < 0.5:
            pdf.text(flow.x, flow.y, "About", size + 4, bold=True)
            flow.gap(lead * 1.5)
            about = ("I work on statistical methods for physical data and teach graduate courses on inference. "
                     "Open to collaborations and student projects.")
            flow.block(wrap(pdf, [(about, R)], size, W), size, lead)
            flow.gap(lead * 1.2)
        pdf.text(flow.x, flow.y, "Experience", size + 4, bold=True)
        flow.gap(lead * 1.5)
        for dates, what in (("Sep 2019 - Present · 7 yrs 4 mos", "Associate Professor"),
                            ("Oct 2014 - Aug 2019 · 4 yrs 11 mos", "Doctoral Researcher")):
            pdf.text(flow.x, flow.y, what, size, bold=True)
            flow.gap(lead)
            pdf.text(flow.x, flow.y, "University of Northfield · Full-time", size)
            flow.gap(lead)
            _text_rgb(pdf, flow.x, flow.y, dates, size - 1, R, grey)
            flow.gap(lead * 1.5)
        pdf.text(flow.x, flow.y, "Publications", size + 4, bold=True)
        flow.gap(lead * 1.6)
    items = sorted((e for _kind, mine in sections(entries) for e in mine), key=lambda e: -e["year"])
    for e in items:
        month = MONTHS_SHORT[_digest(e, "li-m", 12)]
        date = {"day": f"{month} {1 + _digest(e, 'li-d', 28)}, {e['year']}", "month": f"{month} {e['year']}",
                "year": str(e["year"])}[date_form]
        title = wrap(pdf, [(e["title"], B)], size + 0.5, W)
        sub = wrap(pdf, [(f"{e['venue']} · {date}", R)], size - 0.5, W)
        others = len(e["authors"]) - 1
        flow.need(min(len(title) + len(sub), 3) * lead)
        for line in title:
            flow.need(lead)
            flow.draw(flow.x, line, size + 0.5)
            flow.y += lead
        for line in sub:
            flow.need(lead)
            for dx, word, _b, _i in line:
                _text_rgb(pdf, flow.x + dx, flow.y, word, size - 0.5, R, grey)
            flow.y += lead
        if _digest(e, "li-btn", 10) < 10 * button_share:
            flow.need(lead * 2)
            label = "Show publication"
            w = pdf.measure(label, size - 0.5, True)
            _outline_box(pdf, flow.x, flow.y - 3, flow.x + w + 24, size + 8, grey, 0.8)
            _text_rgb(pdf, flow.x + 12, flow.y + 1, label, size - 0.5, B, grey)
            flow.y += lead * 1.6
        if others > 0:
            flow.need(lead * 2.6)
            _text_rgb(pdf, flow.x, flow.y, "Other authors", size - 0.5, R, grey)
            flow.y += lead
            for k in range(min(others, 6)):
                _grey_disc(pdf, flow.x + 10 + k * 16, flow.y + 7, 7)
            flow.y += lead * 1.4
        flow.gap(lead * 0.4)
        pdf.rule(flow.x, flow.y, flow.x + W, 0.4, grey=220)
        flow.gap(lead * 0.8)
    return pdf.to_bytes()


def ads_name(name: str) -> str:
    """"Ann B. de Haro" -> "de Haro, A. B." (the AAS journals' and NASA ADS's reference names)."""
    return apa_name(name)


def ads_bibcode(e: dict, vol: int, page: int) -> str:
    """A bibcode shaped as ADS makes them: the year, the journal's letters padded with stops to
    five, the volume and the page right-aligned to four, the first author's initial."""
    letters = "".join(w[0] for w in re.findall(r"[A-Za-z]+", e["venue"]) if w[0].isupper())[:5] or "arXiv"
    surname = split_name(e["authors"][0])[1]
    return f"{e['year']}{letters:.<5}{vol:.>4}.{page:.>4}{surname[0].upper()}"


ADS_SECTIONS = {"journal": "Refereed Publications", "conference": "Conference Proceedings",
                "preprint": "Non-refereed Publications and Preprints", "other": "Other Publications"}


def render_ads_bibcode(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """An astronomer's CV whose lists come from a NASA ADS library (exported in the AAS
    journals' form, as astronomers keep them; Times, 10.5 pt, LaTeX): numbered in a margin
    (counting down or up), "Lee, A., Holloway, M. T., & Chen, B. 2021, Title, Venue, 3, 45"
    (every name inverted with initials, "&" before the last, the year bare after the names),
    the title in quotes or in italics or plain, a paper in proceedings "..., in Venue, 45", a
    preprint "..., arXiv e-prints, arXiv:2101.01234"; after it the bibcode in brackets
    ("[2021Venue...3...45L]") in a smaller blue type and, for some, "(12 citations)"; the
    owner's name bold or not; a summary line ("ADS metrics: ...") under the name."""
    pdf = Writer("Times")
    margin = rng.choice((60, 66, 72))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.15, 1.25))
    num_w = rng.choice((22, 28))
    down = rng.random() < 0.5
    bold_owner = rng.random() < 0.6
    title_form = rng.choice(("quoted", "italic", "plain"))
    bibcodes = rng.random() < 0.7
    cites_share = rng.choice((0.0, 0.5, 0.9))
    blue = (0, 60, 160)
    flow = Flow(pdf, margin, pdf.width - margin, 60, 60, footer=rng.choice(("", None, owner)))
    W = flow.col_width
    pdf.centered(flow.y, owner, 17, bold=True)
    flow.gap(24)
    pdf.centered(flow.y, _contact(owner), size - 1)
    flow.gap(lead * 1.2)
    pdf.centered(flow.y, "ADS metrics (refereed): 1,234 citations, h-index 18", size - 1)
    flow.gap(lead * 2)

    def heading(text):
        flow.gap(lead * 0.5)
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + 1.5, bold=True)
        pdf.rule(flow.x, flow.y + size + 4, flow.x + W, 0.5)
        flow.gap(lead + 8)

    _other_sections(flow, heading, size, lead, 72, rng)
    total = sum(len(mine) for _k, mine in sections(entries))
    n = total + 1 if down else 0
    for kind, mine in sections(entries):
        heading(ADS_SECTIONS[kind])
        for e in mine:
            n += -1 if down else 1
            names = _owner_runs(e["authors"], [ads_name(a) for a in e["authors"]], owner, bold_owner)
            runs = _joined_runs(names, last=", & ", two=", & ")
            runs.append((f" {e['year']}, ", R))
            if title_form == "quoted":
                runs.append((f"“{e['title']},” ", R))
            elif title_form == "italic":
                runs += [(e["title"], I), (", ", R)]
            else:
                runs.append((f"{e['title']}, ", R))
            vol, _no, p1, _p2 = made_up_numbers(e)
            if kind == "preprint" and e.get("arxiv_id"):
                runs.append((f"arXiv e-prints, arXiv:{e['arxiv_id']}", R))
            elif kind == "preprint":
                runs.append((f"{e['venue']}", R))
            elif kind == "journal":
                runs.append((f"{e['venue']}, {vol}, {p1}", R))
            else:
                runs.append((f"in {e['venue']}, {p1}", R))
            lines = wrap(pdf, runs, size, W - num_w)
            tail = []
            if bibcodes:
                tail.append((f"[{ads_bibcode(e, vol, p1)}]", R))
            cites = _digest(e, "ads-cites", 80)
            if cites and _digest(e, "ads-has", 10) < 10 * cites_share:
                tail.append((f"({cites} citation{'s' if cites != 1 else ''})", R))
            flow.need(min(len(lines), 2) * lead)
            flow.block(lines, size, lead, indent=num_w, margin=(f"{n}.", 0, R))
            if tail:
                flow.need(lead)
                x = flow.x + num_w
                for text, style in tail:
                    x += _text_rgb(pdf, x, flow.y + 0.5, text, size - 1.5, style, blue) + 6
                flow.y += lead
            flow.gap(lead * rng.choice((0.3, 0.5)))
    return pdf.to_bytes()


RESEARCHMAP_SECTIONS = {"journal": "Papers", "conference": "Papers", "preprint": "Misc.",
                        "other": "Books and Other Publications"}
RESEARCHMAP_TYPES = {"journal": "Scientific journal", "conference": "International conference proceedings",
                     "preprint": "Research paper (other academic)", "other": "Book chapter"}


def render_researchmap_badges(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A Japanese researcher's achievements list printed from researchmap (the JST's national
    researcher database, its English pages, 2024) and attached to a CV (Helvetica): the
    owner's card, then "Papers" (journal papers and proceedings together, newest first),
    "Misc." (preprints) and "Books and Other Publications", each heading with its count; each
    entry the title in blue, the names as the owner entered them ("Ann Lee, Maren T.
    Holloway, Bo Chen", or parted by semicolons), the source line "Venue 3(2) 1-9 Mar 2021"
    (volume, issue, pages and the month and year, the proceedings' without volume), then a row
    of outlined badges in a small grey type ("Refereed", "Lead author", "Last author",
    "Corresponding author", "International co-authorship") and the type ("Scientific
    journal"); "DOI" and its link under some; the browser's head and foot on every page."""
    pdf = Writer("Helvetica")
    margin = rng.choice((40, 50, 60))
    size = rng.choice((9, 9.5, 10))
    lead = size * rng.choice((1.35, 1.5))
    small = size - 2
    grey = (90, 90, 90)
    blue = (0, 102, 153)
    sep = rng.choice((", ", "; "))
    date_form = rng.choice(("Mar 2021", "Mar, 2021", "2021"))
    doi_share = rng.choice((0.0, 0.5))
    slug = owner.split()[-1].lower()
    flow = _browser_flow(pdf, margin, pdf.width - margin, 44, 44, f"{owner} - Papers - researchmap",
                         f"https://researchmap.jp/{slug}/published_papers?lang=en")
    W = flow.col_width
    _text_rgb(pdf, flow.x, flow.y, "researchmap", 16, B, (0, 128, 128))
    flow.gap(28)
    pdf.text(flow.x, flow.y, owner, size + 8, bold=True)
    flow.gap(size + 12)
    _text_rgb(pdf, flow.x, flow.y, "University of Northfield, Graduate School of Science, Associate Professor", size,
              R, grey)
    flow.gap(lead)
    _text_rgb(pdf, flow.x, flow.y, "Researcher number: 40812345    J-GLOBAL ID: 201901012345678901", size - 1, R, grey)
    flow.gap(lead * 2)
    groups: dict[str, list[tuple[str, dict]]] = {}
    for kind, mine in sections(entries):
        groups.setdefault(RESEARCHMAP_SECTIONS[kind], []).extend((kind, e) for e in mine)
    for name, items in groups.items():
        items.sort(key=lambda ke: -ke[1]["year"])
        flow.gap(lead * 0.5)
        flow.need(5 * lead)
        pdf.text(flow.x, flow.y, f"{name}", size + 4, bold=True)
        _text_rgb(pdf, flow.x + pdf.measure(name, size + 4, True) + 8, flow.y + 3, f"{len(items)}", size, R, grey)
        pdf.rule(flow.x, flow.y + size + 9, flow.x + W, 1.2, grey=0)
        flow.gap(lead + 12)
        for kind, e in items:
            vol, no, p1, p2 = made_up_numbers(e)
            month = MONTHS_SHORT[_digest(e, "rm-m", 12)]
            date = {"Mar 2021": f"{month} {e['year']}", "Mar, 2021": f"{month}, {e['year']}",
                    "2021": str(e["year"])}[date_form]
            source = {"journal": f"{e['venue']} {vol}({no}) {p1}-{p2} {date}",
                      "conference": f"{e['venue']} {p1}-{p2} {date}",
                      "preprint": f"{printed_venue(e)} {date}"}.get(kind, f"{e['venue']} {p1}-{p2} {date}")
            title = wrap(pdf, [(e["title"], R)], size + 1, W)
            names = wrap(pdf, [(sep.join(e["authors"]), R)], size, W)
            src = wrap(pdf, [(source, R)], size, W)
            flow.need(min(len(title) + len(names) + len(src), 4) * lead)
            for line in title:
                flow.need(lead)
                for dx, word, _b, _i in line:
                    _text_rgb(pdf, flow.x + dx, flow.y, word, size + 1, R, blue)
                flow.y += lead
            flow.block(names, size, lead)
            flow.block(src, size, lead)
            badges = ["Refereed"] if kind in ("journal", "conference") else []
            if e["authors"][0] == e["owner"]:
                badges.append("Lead author")
            elif e["authors"][-1] == e["owner"] and len(e["authors"]) > 1:
                badges.append("Last author")
            if _digest(e, "rm-corr", 3) == 0:
                badges.append("Corresponding author")
            if _digest(e, "rm-intl", 4) == 0:
                badges.append("International co-authorship")
            badges.append(RESEARCHMAP_TYPES[kind])
            flow.need(lead * 1.3)
            x = flow.x
            for b in badges:
                w = pdf.measure(b, small)
                if x + w + 8 > flow.x + W:
                    break
                _outline_box(pdf, x, flow.y - 2, x + w + 8, small + 5, grey, 0.5)
                _text_rgb(pdf, x + 4, flow.y + 0.5, b, small, R, grey)
                x += w + 14
            flow.y += lead * 1.3
            if kind in ("journal", "conference") and _digest(e, "rm-doi", 10) < 10 * doi_share:
                flow.need(lead)
                _text_rgb(pdf, flow.x, flow.y, "DOI", small, B, grey)
                _text_rgb(pdf, flow.x + 24, flow.y, made_up_doi(e), small, R, blue)
                flow.y += lead
            flow.gap(lead * 0.6)
    return pdf.to_bytes()


NSF_GROUPS = ("Products Most Closely Related to the Proposed Project",
              "Other Significant Products, Whether or Not Related to the Proposed Project")
NSF_CLOSE = 5  # the first group's size: NSF asks for up to five in each


def render_sciencv_nsf(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """An NSF biographical sketch as SciENcv (NCBI's tool) exports it to PDF, the 2023 form
    (Times, 11 pt): "NAME:", "POSITION TITLE & INSTITUTION:", then "(a) PROFESSIONAL
    PREPARATION" (a table), "(b) APPOINTMENTS AND POSITIONS", "(c) PRODUCTS" with its two
    groups, "Products Most Closely Related to the Proposed Project" (five) and "Other
    Significant Products, Whether or Not Related to the Proposed Project" (the rest; kinds
    mixed, numbered from 1 in each), each in NLM's style as My Bibliography writes it: "Lee
    A, Holloway MT, Chen B. Title. Venue. 2021 Mar 03; 3(2):1-9. Available from:
    https://doi.org/10.1234/... DOI: 10.1234/...", a paper in proceedings "... Title. In:
    Venue; 2021. p. 1-9.", a preprint "... Title. arXiv. 2021 Mar 03; Available from:
    https://arxiv.org/abs/..."; "(d) SYNERGISTIC ACTIVITIES" after; the form's foot "SCV
    Biographical Sketch v.2023-1 (rev. 01/31/2023)" and "Page 1 of 3" on every page."""
    pdf = Writer("Times")
    margin = rng.choice((50, 54, 72))
    size = rng.choice((10.5, 11))
    lead = size * rng.choice((1.15, 1.2))
    num_w = rng.choice((18, 24))
    date_form = rng.choice(("day", "month", "year"))
    link_share = rng.choice((0.0, 0.6, 1.0))

    class NsfFlow(Flow):
        def new_page(self) -> None:
            super().new_page()
            foot = "SCV Biographical Sketch v.2023-1 (rev. 01/31/2023)"
            self.pdf.text(self.left0, self.pdf.height - 34, foot, 8)
            label = f"Page {self.pages} of 3"
            self.pdf.text(self.right0 - self.pdf.measure(label, 8), self.pdf.height - 34, label, 8)

    flow = NsfFlow(pdf, margin, pdf.width - margin, 50, 54)
    W = flow.col_width
    pdf.centered(flow.y, "BIOGRAPHICAL SKETCH", size + 1, bold=True)
    flow.gap(lead * 2)
    given, surname = split_name(owner)
    for label, value in (("NAME:", f"{surname}, {' '.join(given)}"),
                         ("ORCID iD:", "https://orcid.org/0000-0002-1825-0097"),
                         ("POSITION TITLE & INSTITUTION:", "Associate Professor, University of Northfield")):
        w = pdf.text(flow.x, flow.y, label, size, bold=True)
        pdf.text(flow.x + w + 4, flow.y, value, size)
        flow.gap(lead)
    flow.gap(lead)

    def heading(text):
        flow.gap(lead * 0.4)
        flow.need(3 * lead)
        pdf.text(flow.x, flow.y, text, size, bold=True)
        flow.gap(lead * 1.4)

    heading("(a) PROFESSIONAL PREPARATION")
    cols = (0, W * 0.42, W * 0.62, W * 0.80)
    for c, head in zip(cols, ("ORGANIZATION AND LOCATION", "DEGREE", "RECEIPT DATE", "MAJOR/AREA OF STUDY")):
        pdf.text(flow.x + c, flow.y, head, size - 2.5, bold=True)
    flow.gap(lead)
    for row in (("University of Northfield, Northfield, UK", "PHD", "09/2019", "Physics"),
                ("Lakeside College, Lakeside, UK", "BS", "06/2014", "Mathematics")):
        for c, cell in zip(cols, row):
            pdf.text(flow.x + c, flow.y, cell, size - 1)
        flow.gap(lead)
    flow.gap(lead * 0.5)
    heading("(b) APPOINTMENTS AND POSITIONS")
    for dates, what in (("2019 - present", "Associate Professor, University of Northfield, Northfield, UK"),
                        ("2014 - 2019", "Doctoral Researcher, University of Northfield, Northfield, UK")):
        flow.block(wrap(pdf, [(what, R)], size, W - 90), size, lead, indent=90, margin=(dates, 0, R))
    flow.gap(lead * 0.5)
    heading("(c) PRODUCTS")
    listed = [(kind, e) for kind, mine in sections(entries) for e in mine]
    order = sorted(range(len(listed)), key=lambda i: _digest(listed[i][1], "nsf-close", 1000))
    close = set(order[:NSF_CLOSE])
    for g, group in enumerate(NSF_GROUPS):
        flow.need(3 * lead)
        pdf.text(flow.x, flow.y, group, size, bold=False, italic=False)
        flow.gap(lead * 1.4)
        n = 0
        for i, (kind, e) in enumerate(listed):
            if (i in close) != (g == 0):
                continue
            n += 1
            names = ", ".join(vancouver_name(a) for a in e["authors"])
            month = MONTHS_SHORT[_digest(e, "nsf-m", 12)]
            date = {"day": f"{e['year']} {month} {1 + _digest(e, 'nsf-d', 28):02d}", "month": f"{e['year']} {month}",
                    "year": str(e["year"])}[date_form]
            vol, no, p1, p2 = made_up_numbers(e)
            text = f"{names}. {_end_title(e['title'], '.')} "
            link = None
            if kind == "preprint" and e.get("arxiv_id"):
                text += f"arXiv. {date}; "
                link = f"https://arxiv.org/abs/{e['arxiv_id']}"
            elif kind == "preprint":
                text += f"{e['venue']}. {date}; "
            elif kind == "journal":
                text += f"{e['venue']}. {date}; {vol}({no}):{p1}-{p2}."
                link = f"https://doi.org/{made_up_doi(e)}"
            else:
                text += f"In: {e['venue']}; {e['year']}. p. {p1}-{p2}."
                link = f"https://doi.org/{made_up_doi(e)}"
            if link and _digest(e, "nsf-link", 10) < 10 * link_share:
                text += f" Available from: {link}"
                if link.startswith("https://doi.org/"):
                    text += f" DOI: {link[len('https://doi.org/'):]}"
            if text.endswith("; "):
                text = text[:-2] + "."  # a preprint with no link: "arXiv. 2021 Mar 03."
            lines = wrap(pdf, [(text, R)], size, W - num_w)
            flow.need(min(len(lines), 2) * lead)
            flow.block(lines, size, lead, indent=num_w, margin=(f"{n}.", 0, R))
            flow.gap(lead * 0.3)
        flow.gap(lead * 0.6)
    heading("(d) SYNERGISTIC ACTIVITIES")
    for k, what in enumerate(("Organizer, Northfield Summer School on Statistical Physics (2022, 2024).",
                              "Associate editor for a society journal (2021 - present)."), 1):
        flow.block(wrap(pdf, [(what, R)], size, W - num_w), size, lead, indent=num_w, margin=(f"{k}.", 0, R))
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round 22

def _sort_key_first_author(e: dict) -> tuple:
    given, surname = split_name(e["authors"][0])
    return (surname.casefold(), " ".join(given).casefold(), e["year"], e["title"].casefold())


def render_eisvogel_pandoc(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A CV written in Pandoc Markdown and typeset with the Eisvogel LaTeX template (Helvetica
    for its Source Sans; ``--number-sections``): on every page Eisvogel's running head (the
    document's title at the left, its date at the right, a thin rule under them) and foot (the
    author at the left, the page number at the right, a rule above); numbered headings "1
    Education", "2 Publications", "2.1 Journal articles"; the lists come from a BibTeX file
    through citeproc (``nocite: '@*'``) with the ``elsevier-harvard`` CSL, so each group is
    sorted by the first author's surname, not by year: "Lee, A., Holloway, M.T., Chen, B.,
    2021. Title. Venue 3, 1–9. https://doi.org/10...." (no italics; "in: Venue, pp. 1–9." for
    a paper in proceedings; "arXiv:..." for a preprint), with a hanging indent or none, the
    links in Eisvogel's blue."""
    pdf = Writer("Helvetica")
    margin = rng.choice((60, 72))
    size = rng.choice((10, 10.5, 11))
    lead = size * rng.choice((1.25, 1.4))
    hang = rng.choice((0, 18))
    link_share = rng.choice((0.0, 0.5, 1.0))
    blue = (0, 0, 139)
    title = rng.choice(("Curriculum Vitae", f"{owner}: Curriculum Vitae", "CV"))
    date = rng.choice(("December 2026", "2026-12-01", "Last updated: 1 December 2026"))

    class EisvogelFlow(Flow):
        def new_page(self) -> None:
            super().new_page()
            p = self.pdf
            p.text(self.left0, 40, title, 9)
            p.text(self.right0 - p.measure(date, 9), 40, date, 9)
            p.rule(self.left0, 53, self.right0, 0.4)
            p.rule(self.left0, p.height - 52, self.right0, 0.4)
            p.text(self.left0, p.height - 46, owner, 9)
            label = f"{self.pages}"
            p.text(self.right0 - p.measure(label, 9), p.height - 46, label, 9)

    flow = EisvogelFlow(pdf, margin, pdf.width - margin, 78, 66)
    W = flow.col_width
    pdf.text(flow.x, flow.y, owner, 20, bold=True)
    flow.gap(28)
    pdf.text(flow.x, flow.y, _contact(owner), size - 1)
    flow.gap(lead * 2)

    def heading(text, level=1):
        flow.gap(lead * (0.8 if level == 1 else 0.4))
        flow.need(3 * lead + 10)
        pdf.text(flow.x, flow.y, text, size + (5 if level == 1 else 2.5), bold=True)
        flow.gap(lead + (10 if level == 1 else 5))

    heading("1 Education")
    for dates, what, note in EDUCATION:
        runs = [(f"{what}, {dates}.", R)] + ([(f" {note}.", R)] if note else [])
        flow.block(wrap(pdf, runs, size, W), size, lead)
        flow.gap(lead * 0.3)
    heading("2 Publications")
    sub_names = {"journal": "Journal articles", "conference": "Conference proceedings", "preprint": "Preprints",
                 "other": "Other publications"}
    for k, (kind, mine) in enumerate(sections(entries), 1):
        heading(f"2.{k} {sub_names[kind]}", level=2)
        for e in sorted(mine, key=_sort_key_first_author):
            vol, no, p1, p2 = made_up_numbers(e)
            names = ", ".join(harvard_name(a) for a in e["authors"])
            text = f"{names}, {e['year']}. {_end_title(e['title'], '.')} "
            link = None
            if kind == "journal":
                text += f"{e['venue']} {vol}, {p1}–{p2}."
                link = f"https://doi.org/{made_up_doi(e)}"
            elif kind == "conference":
                text += f"in: {e['venue']}, pp. {p1}–{p2}."
                link = f"https://doi.org/{made_up_doi(e)}"
            else:
                text += f"{printed_venue(e)}."
                if e.get("arxiv_id"):
                    link = f"https://doi.org/10.48550/arXiv.{e['arxiv_id']}"
            runs = [(text, R)]
            if link and _digest(e, "eis-link", 10) < 10 * link_share:
                runs.append((" " + link, R))
            lines = wrap(pdf, runs, size, W, W - hang)
            flow.need(min(len(lines), 2) * lead)
            for i, line in enumerate(lines):
                flow.need(lead)
                x0 = flow.x + (hang if i else 0)
                for dx, word, _b, _i in line:
                    if word.startswith("https://"):
                        _text_rgb(pdf, x0 + dx, flow.y, word, size, R, blue)
                    else:
                        pdf.text(x0 + dx, flow.y, word, size)
                flow.y += lead
            flow.gap(lead * 0.35)
    return pdf.to_bytes()


def render_vitae_hyndman(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A CV from R Markdown with the ``vitae`` package's "hyndman" template (Helvetica for its
    sans; 10 pt), the publications written with ``detailed_entries(what = title, when =
    year, with = authors, where = journal)`` rather than ``bibliography_entries``: the name
    large with the contact details right-aligned beside it, section headings in the template's
    blue with a rule beneath, then each entry a bold title at the left with the year at the
    right margin, the names in full ("Ann Lee, Maren T. Holloway, Bo Chen") at the left of
    the next line and the venue in italics at the right of it (on a line of its own, still
    right-aligned, when the two do not fit), and for some a bullet ("why") such as "Invited
    paper" or the DOI in a smaller type."""
    pdf = Writer("Helvetica")
    margin = rng.choice((50, 56, 64))
    size = rng.choice((9.5, 10))
    lead = size * rng.choice((1.3, 1.4))
    small = size - 1
    blue = (0, 60, 130)
    why_share = rng.choice((0.0, 0.3, 0.6))
    flow = Flow(pdf, margin, pdf.width - margin, 54, 60, footer=rng.choice((None, "")))
    W = flow.col_width
    pdf.text(flow.x, flow.y, owner, 22, bold=True)
    for k, line in enumerate(("Department of Physics", "University of Northfield",
                              _contact(owner).split("  |  ")[1])):
        pdf.text(flow.x + W - pdf.measure(line, 8.5), flow.y - 2 + 11 * k, line, 8.5)
    flow.gap(48)

    def heading(text):
        flow.gap(lead * 0.8)
        flow.need(4 * lead)
        _text_rgb(pdf, flow.x, flow.y, text, size + 4, B, blue)
        pdf.rule(flow.x, flow.y + size + 8, flow.x + W, 0.6, grey=90)
        flow.gap(size + 16)

    def detailed(what, when, with_, where, why, what_style=B):
        right_w = pdf.measure(when, size) if when else 0
        title = wrap(pdf, [(what, what_style)], size, W - right_w - 14)
        flow.need(min(len(title) + 1, 3) * lead)
        flow.block(title, size, lead, right=[[(0, when, False, False)]] if when else None)
        if with_ or where:
            w_where = pdf.measure(where, small, False, True) if where else 0
            names = wrap(pdf, [(with_, R)], small, W)
            if where and len(names) == 1 and line_width(pdf, names[0], small) + w_where + 16 <= W:
                flow.block(names, small, small * 1.3, right=[[(0, w, False, True) for w in [where]]],
                           right_size=small)
            else:
                flow.block(names, small, small * 1.3)
                if where:
                    venue = wrap(pdf, [(where, I)], small, W * 0.8)
                    for line in venue:
                        flow.need(small * 1.3)
                        flow.draw(flow.x + W - line_width(pdf, line, small), line, small)
                        flow.y += small * 1.3
        for note in why:
            flow.need(small * 1.3)
            pdf.dot(flow.x + 8, flow.y + small * 0.4, 1.3)
            flow.block(wrap(pdf, [(note, R)], small, W - 16), small, small * 1.3, indent=16)
        flow.gap(lead * 0.5)

    heading("Education")
    for dates, what, note in EDUCATION:
        detailed(what, dates[-4:], "", note, [])
    heading("Publications")
    notes = ("Invited paper", "Featured on the issue's cover", "Open access", "Editor's choice")
    sub = rng.random() < 0.5
    for kind, mine in sections(entries):
        if sub:
            flow.need(3 * lead)
            pdf.text(flow.x, flow.y, SECTION_TITLES[kind], size + 1, bold=True)
            flow.gap(lead * 1.3)
        for e in mine:
            why = []
            if _digest(e, "vit-why", 10) < 10 * why_share:
                why.append(notes[_digest(e, "vit-note", len(notes))] if kind != "preprint"
                           else f"DOI: 10.48550/arXiv.{e['arxiv_id']}" if e.get("arxiv_id") else "Under review")
            detailed(e["title"], str(e["year"]), ", ".join(e["authors"]), printed_venue(e), why)
    return pdf.to_bytes()


DEEDY_LEFT = [("Education", ["University of Northfield", "PhD in Physics", "2014 - 2019", "",
                             "Lakeside College", "BSc in Mathematics", "2010 - 2014"]),
              ("Links", ["Scholar:// mholloway", "Github:// mholloway", "ORCID:// 0000-0002-1825-0097"]),
              ("Coursework", ["Statistical Mechanics", "Bayesian Data Analysis", "Numerical Methods"]),
              ("Skills", ["Python • R • C++", "LaTeX • Git • SLURM"])]


def render_deedy_resume(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """The "Deedy" résumé template from Overleaf (Helvetica for its Lato and Raleway): the
    name in large upper-case letters, the light first name beside the bold surname, a
    centred contact line; two columns below, a narrow left one on the first page (Education,
    Links, Coursework, Skills, each entry a few short lines) and the wide right one
    (Experience, Research, Publications) going on over the pages; headings in small
    letter-spaced capitals; each publication Deedy's \\runsubsection and \\descript pair, the
    title in bold then " | " and the venue in a grey, then a smaller grey line "Mar 2021 |
    A. Lee, M. T. Holloway, B. Chen" (the owner bold for some)."""
    pdf = Writer("Helvetica")
    margin = rng.choice((30, 36))
    left_w = rng.choice((150, 165, 180))
    gutter = rng.choice((16, 22))
    size = rng.choice((9, 9.5))
    lead = size * 1.3
    small = size - 1
    grey = (90, 90, 90)
    bold_owner = rng.random() < 0.5
    date_form = rng.choice(("month", "year"))
    right_left = margin + left_w + gutter
    flow = Flow(pdf, right_left, pdf.width - margin, 104, 40)
    given, surname = split_name(owner)
    first = " ".join(given).upper()
    w = _tracked(pdf, margin, 40, first, 26, R, 1.5)
    _tracked(pdf, margin + w + 10, 40, surname.upper(), 26, B, 1.5)
    contact = _contact(owner).split("  |  ")[1] + "  |  +1 (555) 010-7788  |  mholloway.github.io"
    pdf.centered(78, contact, 8.5)
    W = flow.col_width

    y = 104
    for head, lines in DEEDY_LEFT:
        _tracked(pdf, margin, y, head.upper(), size + 2, R, 1.0)
        y += size + 10
        for line in lines:
            if line:
                pdf.text(margin, y, line.replace("•", "·"), size)
            y += lead
        y += lead * 0.6

    def heading(text):
        flow.gap(lead * 0.4)
        flow.need(3 * lead + 8)
        _tracked(pdf, flow.x, flow.y, text.upper(), size + 2, R, 1.0)
        flow.gap(size + 10)

    heading("Experience")
    for what, when, note in (("Northfield Institute | Research Scientist", "Jan 2020 - present",
                              "Statistical modelling of large survey data."),
                             ("Lakeside Labs | Intern", "Summer 2017", "Built a data pipeline in Python.")):
        flow.block(wrap(pdf, [(what, B)], size + 0.5, W), size + 0.5, lead)
        _text_rgb(pdf, flow.x, flow.y, when, small, R, grey)
        flow.gap(lead)
        flow.block(wrap(pdf, [(note, R)], size, W), size, lead)
        flow.gap(lead * 0.4)
    heading("Publications")
    for kind, mine in sections(entries):
        for e in mine:
            month = MONTHS_SHORT[_digest(e, "deedy-m", 12)]
            when = f"{month} {e['year']}" if date_form == "month" else str(e["year"])
            title = wrap(pdf, [(e["title"], B), (" | ", R), (printed_venue(e), I)], size, W)
            printed = [initials_first(a) for a in e["authors"]]
            names = _owner_runs(e["authors"], printed, owner, bold_owner)
            runs = [(f"{when} | ", R)] + _joined_runs(names, last=", ", two=", ")
            nl = wrap(pdf, runs, small, W)
            flow.need(min(len(title) + len(nl), 4) * lead)
            for i, line in enumerate(title):
                flow.need(lead)
                x0 = flow.x
                for dx, word, b, it in line:
                    if it:
                        _text_rgb(pdf, x0 + dx, flow.y, word, size, I, grey)
                    else:
                        pdf.text(x0 + dx, flow.y, word, size, bold=b)
                flow.y += lead
            for line in nl:
                flow.need(small * 1.3)
                for dx, word, b, it in line:
                    _text_rgb(pdf, flow.x + dx, flow.y, word, small, (b, it), grey)
                flow.y += small * 1.3
            flow.gap(lead * 0.5)
    return pdf.to_bytes()


FACULTY180_TYPES = {"journal": "Journal Article, Academic Journal", "conference": "Conference Proceeding",
                    "preprint": "Working Paper", "other": "Other"}


def render_faculty180_vita(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A vita exported from Interfolio's Faculty180 (its "Vita" report, Arial, which
    Helvetica stands for): the owner's name and the report's date at the top of every page,
    the activity headings in bold capitals ("SCHOLARLY AND CREATIVE ACTIVITIES"), the kinds as
    the system names them in bold italics ("Journal Article, Academic Journal", "Conference
    Proceeding", "Working Paper"), each entry in the system's APA-like form with no
    ampersand: "Lee, A., Holloway, M. T., Chen, B. (2021). Title. Venue, 3(2), 1-9." and,
    under it in a smaller type, the record's fields "Status: Published. Refereed: Yes." (or
    "Status: Submitted." for a working paper); entries ordered by year, newest first; a
    "Generated by Faculty180" foot."""
    pdf = Writer(rng.choice(("Helvetica", "Times")))
    margin = rng.choice((54, 72))
    size = rng.choice((10, 11))
    lead = size * rng.choice((1.15, 1.3))
    small = size - 1.5
    hang = rng.choice((0, 24))
    status_line = rng.random() < 0.7
    stamp = "Generated by Faculty180 on 03/14/2024"

    class F180Flow(Flow):
        def new_page(self) -> None:
            super().new_page()
            p = self.pdf
            p.text(self.left0, 36, owner, 9, bold=True)
            p.text(self.right0 - p.measure("Vita", 9), 36, "Vita", 9)
            p.text(self.left0, p.height - 36, stamp, 7.5)
            label = f"Page {self.pages}"
            p.text(self.right0 - p.measure(label, 7.5), p.height - 36, label, 7.5)

    flow = F180Flow(pdf, margin, pdf.width - margin, 64, 56)
    W = flow.col_width
    pdf.centered(flow.y, owner, 14, bold=True)
    flow.gap(20)
    pdf.centered(flow.y, "Associate Professor, Department of Physics", size)
    flow.gap(lead * 2)

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(4 * lead)
        pdf.text(flow.x, flow.y, text, size, bold=True)
        flow.gap(lead * 1.5)

    heading("EDUCATION")
    for dates, what, note in EDUCATION:
        flow.block(wrap(pdf, [(f"{what}, {dates[-4:]}.", R)], size, W), size, lead)
    heading("SCHOLARLY AND CREATIVE ACTIVITIES")
    for kind, mine in sections(entries):
        flow.need(3 * lead)
        pdf.text(flow.x, flow.y, FACULTY180_TYPES[kind], size, bold=True, italic=True)
        flow.gap(lead * 1.4)
        for e in mine:
            vol, no, p1, p2 = made_up_numbers(e)
            names = ", ".join(apa_name(a) for a in e["authors"])
            text = f"{names} ({e['year']}). {_end_title(e['title'], '.')} "
            if kind == "journal":
                text += f"{e['venue']}, {vol}({no}), {p1}-{p2}."
            elif kind == "conference":
                text += f"{e['venue']}, {p1}-{p2}."
            else:
                text += f"{printed_venue(e)}."
            lines = wrap(pdf, [(text, R)], size, W, W - hang)
            flow.need(min(len(lines) + 1, 3) * lead)
            flow.block(lines, size, lead, indent=hang, first_indent=0)
            if status_line:
                fields = ("Status: Submitted." if kind == "preprint"
                          else "Status: Published. Refereed: Yes." if kind in ("journal", "conference")
                          else "Status: Published.")
                flow.block([[(0, fields, False, False)]], small, small * 1.3, indent=hang)
            flow.gap(lead * 0.5)
    return pdf.to_bytes()


# --------------------------------------------------------------------------- round 23

def _iso690_name(name: str) -> str:
    """"Ann B. Lee" -> "LEE, Ann B." (ISO 690 as the Czech citation generators print the first author)."""
    given, surname = split_name(name)
    return f"{surname.upper()}, " + " ".join(given)


def _iso690_other(name: str) -> str:
    """"Ann B. Lee" -> "Ann B. LEE" (ISO 690: the names after the first given name first)."""
    given, surname = split_name(name)
    return " ".join(given + [surname.upper()])


def render_pagedown_datadriven(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A CV built with R's ``datadrivencv`` on ``pagedown``'s "html-resume" template and
    printed to PDF from Chrome (Helvetica for its Open Sans and Montserrat): a grey aside at
    the left of the first page (contact, "Language skills" with bars, "Disclaimer" and the
    "Last updated" line at its foot), the main column right of it (right of nothing on later
    pages); sections "Research Experience", "Selected Publications" in a dark sans with an
    icon's space before; each entry one position of the spreadsheet: the timeline's year at the
    left of the main column (a thin vertical rule beside it), the title bold and a point larger,
    under it the venue ("loc" left empty prints "N/A" at the right, for some), and the authors
    as the position's description, a bulleted line "Ann Lee, Maren T. Holloway, Bo Chen"."""
    pdf = Writer("Helvetica")
    aside_w = rng.choice((160, 180))
    size = rng.choice((9, 9.5, 10))
    lead = size * rng.choice((1.3, 1.45))
    na_share = rng.choice((0.0, 1.0))
    grey = (246, 246, 246)
    dark = (60, 60, 60)
    date_w = 46
    flow = Flow(pdf, 36 + aside_w + 26, pdf.width - 36, 58, 46)

    _band(pdf, 0, 0, aside_w + 36, pdf.height, grey)
    y = 70
    for head, lines in (("Contact", [_contact(owner).split("  |  ")[1], "mholloway.github.io", "+1 555 010 7788"]),
                        ("Language Skills", ["R", "Python", "SQL"]),
                        ("Disclaimer", ["Made with the R package", "pagedown.", "Source code on GitHub."])):
        _text_rgb(pdf, 36, y, head, size + 3, B, dark)
        y += size + 14
        for line in lines:
            pdf.text(36, y, line, size - 0.5)
            y += lead
        y += lead
    pdf.text(36, pdf.height - 70, "Last updated on 2026-12-01.", size - 1)

    _text_rgb(pdf, flow.x, flow.y, owner, 24, B, dark)
    flow.gap(34)
    flow.block(wrap(pdf, [("I study statistical physics and the data of large surveys, and write software "
                           "to help others do the same.", R)], size, flow.col_width), size, lead)
    flow.gap(lead)
    W = flow.col_width

    def heading(text):
        flow.gap(lead * 0.6)
        flow.need(4 * lead)
        _text_rgb(pdf, flow.x + 16, flow.y, text, size + 4, B, dark)
        flow.gap(size + 16)

    def position(when, title, where, loc, bullets):
        tw = W - date_w
        title_lines = wrap(pdf, [(title, B)], size + 1, tw)
        flow.need(min(len(title_lines) + 2, 4) * lead)
        top = flow.y
        pdf.text(flow.x, flow.y + 1, when, size - 0.5)
        for line in title_lines:
            flow.need(lead)
            flow.draw(flow.x + date_w, line, size + 1)
            flow.y += lead
        if where:
            venue = wrap(pdf, [(where, R)], size, tw - (40 if loc else 0))
            for i, line in enumerate(venue):
                flow.need(lead)
                flow.draw(flow.x + date_w, line, size)
                if i == 0 and loc:
                    pdf.text(flow.x + W - pdf.measure(loc, size - 0.5), flow.y, loc, size - 0.5)
                flow.y += lead
        for b in bullets:
            lines = wrap(pdf, [(b, R)], size, tw - 12)
            flow.need(lead)
            pdf.dot(flow.x + date_w + 4, flow.y + size * 0.45, 1.3)
            flow.block(lines, size, lead, indent=date_w + 12)
        if flow.y > top:
            pdf.rule(flow.x + date_w - 10, top, flow.x + date_w - 9.4, 0.6, grey=200)
        flow.gap(lead * 0.6)

    heading("Education")
    for dates, what, note in EDUCATION:
        position(dates[-4:], what, note or "", "N/A" if na_share else "", [])
    heading("Selected Publications")
    for kind, mine in sections(entries):
        for e in mine:
            loc = "N/A" if _digest(e, "dd-na", 10) < 10 * na_share else ""
            position(str(e["year"]), e["title"], printed_venue(e), loc, [", ".join(e["authors"])])
    return pdf.to_bytes()


def render_rendercv_classic(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A CV from RenderCV (YAML typeset through Typst) with its "classic" theme (Helvetica for
    its Source Sans 3): the name large and centred in the theme's blue, the contact line
    under it with " | " between; section titles in the blue, bold, with a rule running to
    the right margin; each ``PublicationEntry`` the title in bold with the date at the right
    margin ("Mar 2021" or "2021"), the authors in full on the next line with the owner's name
    in bold italics (the ``*...*`` RenderCV's examples use), and a last line "10.1234/abc
    (Venue)" (the DOI as a link, the journal in parentheses) or the journal alone when the
    entry has no DOI; page numbers "Maren T. Holloway - Page 2 of 3" at the foot."""
    pdf = Writer("Helvetica")
    margin = rng.choice((50, 56))
    size = rng.choice((9.5, 10))
    lead = size * rng.choice((1.3, 1.4))
    blue = (0, 79, 144)
    doi_share = rng.choice((0.5, 1.0))
    date_form = rng.choice(("month", "year"))
    flow = Flow(pdf, margin, pdf.width - margin, 50, 60)
    W = flow.col_width
    _text_rgb(pdf, (pdf.width - pdf.measure(owner, 26, True)) / 2, flow.y, owner, 26, B, blue)
    flow.gap(36)
    contact = "  |  ".join(("Northfield, MA", _contact(owner).split("  |  ")[1], "mholloway.github.io"))
    pdf.centered(flow.y, contact, size - 0.5)
    flow.gap(lead * 2)

    def heading(text):
        flow.gap(lead * 0.5)
        flow.need(4 * lead)
        w = _text_rgb(pdf, flow.x, flow.y, text, size + 4, B, blue)
        pdf.rule(flow.x + w + 6, flow.y + (size + 4) * 0.45, flow.x + W, 0.6)
        flow.gap(size + 14)

    heading("Education")
    for dates, what, note in EDUCATION:
        flow.block(wrap(pdf, [(what, B)], size, W - 80), size, lead, right=[[(0, dates, False, False)]])
        if note:
            flow.block(wrap(pdf, [(note, R)], size, W), size, lead)
        flow.gap(lead * 0.4)
    heading("Publications")
    for kind, mine in sections(entries):
        for e in mine:
            when = f"{MONTHS_SHORT[_digest(e, 'rcv-m', 12)]} {e['year']}" if date_form == "month" else str(e["year"])
            right_w = pdf.measure(when, size) + 14
            title = wrap(pdf, [(e["title"], B)], size, W - right_w)
            names = _owner_runs(e["authors"], e["authors"], owner, True)
            names = [(t, BI if s == B else s) for t, s in names]
            name_lines = wrap(pdf, _joined_runs(names, last=", ", two=", "), size, W)
            venue = printed_venue(e)
            has_doi = e["kind"] in ("journal", "conference") and _digest(e, "rcv-doi", 10) < 10 * doi_share
            last = [(made_up_doi(e), R), (f" ({venue})", R)] if has_doi else [(venue, R)]
            last_lines = wrap(pdf, last, size, W)
            flow.need(min(len(title) + len(name_lines) + len(last_lines), 5) * lead)
            flow.block(title, size, lead, right=[[(0, when, False, False)]])
            flow.block(name_lines, size, lead)
            for i, line in enumerate(last_lines):
                flow.need(lead)
                x0 = flow.x
                if i == 0 and has_doi:
                    doi = made_up_doi(e)
                    _text_rgb(pdf, x0, flow.y, doi, size, R, blue)
                    rest = [(dx, w, b, it) for dx, w, b, it in line if not doi.startswith(w) and w != doi]
                    flow.draw(x0, rest, size)
                else:
                    flow.draw(x0, line, size)
                flow.y += lead
            flow.gap(lead * 0.5)
    return pdf.to_bytes()


def render_twentysecondcv(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """The "Twenty Seconds Curriculum Vitae" LaTeX template (Helvetica for its sans): a wide
    light-blue aside at the left of the first page (a round photo's place, the name in large
    letters, "About me", contact lines, "Skills"), the main part right of it; later pages use
    the full width; section titles in the template's blue, bold, a little larger; the
    publications printed by biblatex's standard style in a ``\\twentyitem``-like table: the
    year at the left in a fixed column, "A. Lee, M. T. Holloway, and B. Chen. “Title”. In:
    *Venue* 3.2 (2021), pp. 1–9." beside it (the owner's name not marked)."""
    pdf = Writer("Helvetica")
    aside_w = rng.choice((170, 190))
    size = rng.choice((9, 9.5, 10))
    lead = size * rng.choice((1.25, 1.35))
    blue = (0, 84, 139)
    light = (214, 232, 244)
    year_w = rng.choice((32, 40))

    class TwentyFlow(Flow):
        def new_page(self) -> None:
            super().new_page()
            if self.pages > 1:
                self.left0 = 50
                self.top0 = self.y = self.col_top = 50

    flow = TwentyFlow(pdf, aside_w + 24, pdf.width - 40, 50, 50)
    _band(pdf, 0, 0, aside_w, pdf.height, light)
    pdf.dot(aside_w / 2, 95, 42)
    y = 170
    given, surname = split_name(owner)
    for part in (" ".join(given), surname):
        _text_rgb(pdf, 18, y, part, 20, R, blue)
        y += 24
    y += 10
    for head, lines in (("About me", ["Physicist working on the", "statistics of large surveys."]),
                        ("Contact", ["Northfield, MA", _contact(owner).split("  |  ")[1], "+1 555 010 7788"]),
                        ("Skills", ["Python, R, C++", "Bayesian inference"])):
        _text_rgb(pdf, 18, y, head, size + 4, B, blue)
        y += size + 12
        for line in lines:
            pdf.text(18, y, line, size - 0.5)
            y += lead
        y += lead * 0.8

    def heading(text):
        flow.gap(lead * 0.6)
        flow.need(4 * lead)
        _text_rgb(pdf, flow.x, flow.y, text, size + 6, B, blue)
        flow.gap(size + 16)

    heading("Education")
    for dates, what, note in EDUCATION:
        flow.block(wrap(pdf, [(what, B)], size, flow.col_width - year_w - 40), size, lead, indent=year_w + 40,
                   margin=(dates, 0, R))
        if note:
            flow.block(wrap(pdf, [(note, R)], size, flow.col_width - year_w - 40), size, lead, indent=year_w + 40)
        flow.gap(lead * 0.4)
    heading("Publications")
    for kind, mine in sections(entries):
        for e in mine:
            vol, no, p1, p2 = made_up_numbers(e)
            names = _join([initials_first(a) for a in e["authors"]])
            runs = [(f"{names}. “{_end_title(e['title'], '')}”. In: ", R)]
            if kind == "journal":
                runs += [(e["venue"], I), (f" {vol}.{no} ({e['year']}), pp. {p1}–{p2}.", R)]
            elif kind == "conference":
                runs += [(e["venue"], I), (f". {e['year']}, pp. {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e), I), (f" ({e['year']}).", R)]
            flow.need(2 * lead)  # (a page break first: the later pages are wider)
            W = flow.col_width - year_w
            lines = wrap(pdf, runs, size, W)
            flow.block(lines, size, lead, indent=year_w, margin=(str(e["year"]), 0, R))
            flow.gap(lead * 0.45)
    return pdf.to_bytes()


def render_libreoffice_iso690(entries: list[dict], owner: str, rng: random.Random) -> bytes:
    """A CV written in LibreOffice Writer (Liberation Serif or Sans, which Times and Helvetica
    stand for) on a page style with a shaded frame down the left edge of every page (the
    photo, contact and languages on the first, empty on the rest), the text right of it;
    headings in the "Heading 2" paragraph style (bold, a bottom border); the publications
    numbered with LibreOffice's list ("1." in a tab column, a hanging indent, the count going
    on over the sections) in the ISO 690 form Czech and Slovak CVs take from citation
    generators: "LEE, Ann, Maren T. HOLLOWAY a Bo CHEN. Title. *Venue*. 2021, 3(2), 1–9.
    ISSN 1234-5678." (the surname in capitals, "a" or "and" before the last name; "In:
    *Venue*. 2021, s. 1–9." for a paper in proceedings), with or without the ISSN."""
    pdf = Writer(rng.choice(("Times", "Helvetica")))
    frame_w = rng.choice((120, 140))
    size = rng.choice((10, 11))
    lead = size * rng.choice((1.15, 1.3))
    shade = (228, 232, 236)
    conj = rng.choice((" a ", " and "))
    issn = rng.random() < 0.5
    pages = rng.choice(("s.", "pp."))
    tab = rng.choice((22, 28))
    left = frame_w + 28

    class FrameFlow(Flow):
        def new_page(self) -> None:
            super().new_page()
            _band(self.pdf, 0, 0, frame_w, self.pdf.height, shade)
            label = f"{self.pages}"
            self.pdf.text(self.right0 - self.pdf.measure(label, 9), self.pdf.height - 34, label, 9)

    flow = FrameFlow(pdf, left, pdf.width - 50, 60, 56)
    W = flow.col_width
    y = 180
    for line in ("Kontakt" if conj == " a " else "Contact", _contact(owner).split("  |  ")[1], "+420 555 010 778",
                 "", "Jazyky" if conj == " a " else "Languages", "English C2", "German B2"):
        if line:
            pdf.text(14, y, line, 8.5, bold=line in ("Kontakt", "Contact", "Jazyky", "Languages"))
        y += 12
    pdf.text(flow.x, flow.y, owner, 20, bold=True)
    flow.gap(30)

    def heading(text):
        flow.gap(lead * 0.7)
        flow.need(4 * lead)
        pdf.text(flow.x, flow.y, text, size + 3, bold=True)
        pdf.rule(flow.x, flow.y + size + 6, flow.x + W, 0.5)
        flow.gap(size + 14)

    heading("Education")
    for dates, what, note in EDUCATION:
        flow.block(wrap(pdf, [(what, R)], size, W - 80), size, lead, indent=80, margin=(dates, 0, R))
    titles = {"journal": "Articles in journals", "conference": "Papers in conference proceedings",
              "preprint": "Preprints", "other": "Other publications"}
    heading("Publications")
    n = 0
    for kind, mine in sections(entries):
        flow.need(3 * lead)
        pdf.text(flow.x, flow.y, titles[kind], size, bold=True, italic=True)
        flow.gap(lead * 1.3)
        for e in mine:
            n += 1
            vol, no, p1, p2 = made_up_numbers(e)
            a = e["authors"]
            names = [_iso690_name(a[0])] + [_iso690_other(x) for x in a[1:]]
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + conj + names[-1]
            runs = [(f"{joined}. {_end_title(e['title'], '.')} ", R)]
            if kind == "journal":
                runs += [(e["venue"], I), (f". {e['year']}, {vol}({no}), {p1}–{p2}.", R)]
                if issn:
                    runs.append((f" ISSN {1000 + _digest(e, 'issn', 9000)}-{1000 + _digest(e, 'issn2', 9000)}.", R))
            elif kind == "conference":
                runs += [("In: ", R), (e["venue"], I), (f". {e['year']}, {pages} {p1}–{p2}.", R)]
            else:
                runs += [(printed_venue(e), I), (f". {e['year']}.", R)]
            lines = wrap(pdf, runs, size, W - tab)
            flow.need(min(len(lines), 2) * lead)
            flow.block(lines, size, lead, indent=tab, margin=(f"{n}.", 0, R))
            flow.gap(lead * 0.3)
    return pdf.to_bytes()


# what round 12's layouts print in place of the metadata's year and venue (the truth rows follow)
# (a preprint's arXiv identifier, "arXiv:0704.0006, submitted.", prints its year and month:
# its truth year stays; fixed after the first measurement, which counted it None)
YEAR_PRINTED = {"status_in_press": lambda e: e["year"] if not printed_status(e) or printed_venue(e) != e["venue"]
                else None}
VENUE_PRINTED = {"elsevier_iso4": lambda e: iso4(e["venue"]),
                 # round 14: an economist's working papers print no venue (nor year)
                 "econ_working_papers": lambda e: None if e["kind"] == "preprint" else e["venue"]}
YEAR_PRINTED["econ_working_papers"] = lambda e: None if e["kind"] == "preprint" else e["year"]


LAYOUTS = {
    "latex_article": render_latex_article,
    "moderncv": render_moderncv,
    "word_apa": render_word_apa,
    "venue_first": render_venue_first,
    "awesome_cv": render_awesome_cv,
    "two_column": render_two_column,
    "markdown": render_markdown,
    "typewriter": render_typewriter,
    "europass_table": render_europass_table,
    "ieee_numbered": render_ieee_numbered,
    "chicago_hanging": render_chicago_hanging,
    "res_cls": render_res_cls,
    "nature_numbered": render_nature_numbered,
    "acm_reference": render_acm_reference,
    "mla_hanging": render_mla_hanging,
    "harvard_year_column": render_harvard_year_column,
    "vancouver_year_margin": render_vancouver_year_margin,
    "lncs_numbered": render_lncs_numbered,
    "three_line_block": render_three_line_block,
    "title_first_labels": render_title_first_labels,
    "word_tab_dates": render_word_tab_dates,
    "latex_reverse_doi": render_latex_reverse_doi,
    "awesome_sidebar": render_awesome_sidebar,
    "typst_with_coauthors": render_typst_with_coauthors,
    "ams_math": render_ams_math,
    "cs_badges": render_cs_badges,
    "table_venue_column": render_table_venue_column,
    "din_semicolon": render_din_semicolon,
    "alpha_labels": render_alpha_labels,
    "coauthors_parenthetical": render_coauthors_parenthetical,
    "year_dash_inline": render_year_dash_inline,
    "abnt_caps": render_abnt_caps,
    "biblatex_numeric": render_biblatex_numeric,
    "year_column_grouped": render_year_column_grouped,
    "europass_labels": render_europass_labels,
    "springer_two_column": render_springer_two_column,
    "apa_hanging_doi": render_apa_hanging_doi,
    "dot_separated_small": render_dot_separated_small,
    "year_headings_numbered": render_year_headings_numbered,
    "moderncv_cventry": render_moderncv_cventry,
    "awesome_dated_venue_line": render_awesome_dated_venue_line,
    "word_number_year_tabs": render_word_number_year_tabs,
    "latex_itemize_notes": render_latex_itemize_notes,
    "small_sans_labels": render_small_sans_labels,
    "right_sidebar_pages": render_right_sidebar_pages,
    "scholar_profile": render_scholar_profile,
    "gbt7714_numbered": render_gbt7714_numbered,
    "acs_semicolons": render_acs_semicolons,
    "multicol_sections": render_multicol_sections,
    "word_grid_table": render_word_grid_table,
    "pinyin_surname_caps": render_pinyin_surname_caps,
    "siam_caps": render_siam_caps,
    "jakes_resume": render_jakes_resume,
    "gdocs_band": render_gdocs_band,
    "elsevier_iso4": render_elsevier_iso4,
    "altacv_icons": render_altacv_icons,
    "status_in_press": render_status_in_press,
    "econ_justified": render_econ_justified,
    "word_section_tables": render_word_section_tables,
    "french_academic": render_french_academic,
    "german_und": render_german_und,
    "nih_biosketch": render_nih_biosketch,
    "page_headers_continued": render_page_headers_continued,
    "orcid_works": render_orcid_works,
    "econ_working_papers": render_econ_working_papers,
    "contrib_marks_superscript": render_contrib_marks_superscript,
    "metrics_annotated": render_metrics_annotated,
    "two_column_year_margin": render_two_column_year_margin,
    "table_role_column": render_table_role_column,
    "labelled_fields_form": render_labelled_fields_form,
    "doi_link_line": render_doi_link_line,
    "reverse_numbered_ampersand": render_reverse_numbered_ampersand,
    "author_year_two_column": render_author_year_two_column,
    "refereed_status_groups": render_refereed_status_groups,
    "gdocs_swiss_dates": render_gdocs_swiss_dates,
    "year_dash_smallcaps": render_year_dash_smallcaps,
    "humanities_in_editor": render_humanities_in_editor,
    "cited_count_right": render_cited_count_right,
    "serif_9pt_two_lines": render_serif_9pt_two_lines,
    "cvn_fecyt": render_cvn_fecyt,
    "hal_export": render_hal_export,
    "ipsj_colon": render_ipsj_colon,
    "iris_caps_venue": render_iris_caps_venue,
    "gost_double_slash": render_gost_double_slash,
    "ccv_canadian": render_ccv_canadian,
    "impact_factor_table": render_impact_factor_table,
    "pages_tracked_hollow": render_pages_tracked_hollow,
    "bluebook_law": render_bluebook_law,
    "chicago_notes_hyphenated": render_chicago_notes_hyphenated,
    "pure_portal_harvard": render_pure_portal_harvard,
    "dot_leader_dates": render_dot_leader_dates,
    "cite_them_right": render_cite_them_right,
    "mathscinet_mr": render_mathscinet_mr,
    "inspire_hep": render_inspire_hep,
    "lattes_cv": render_lattes_cv,
    "linkedin_publications": render_linkedin_publications,
    "ads_bibcode": render_ads_bibcode,
    "researchmap_badges": render_researchmap_badges,
    "sciencv_nsf": render_sciencv_nsf,
    # round 22
    "eisvogel_pandoc": render_eisvogel_pandoc,
    "vitae_hyndman": render_vitae_hyndman,
    "deedy_resume": render_deedy_resume,
    "faculty180_vita": render_faculty180_vita,
    # round 23
    "pagedown_datadriven": render_pagedown_datadriven,
    "rendercv_classic": render_rendercv_classic,
    "twentysecondcv": render_twentysecondcv,
    "libreoffice_iso690": render_libreoffice_iso690,
}


def render(layout: str, entries: list[dict], owner: str, seed: int | str) -> bytes:
    """``layout``'s PDF of ``entries``, deterministic given ``seed``."""
    return LAYOUTS[layout](entries, owner, random.Random(f"{layout}|{seed}"))
