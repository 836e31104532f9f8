"""BibTeX files rendered from real metadata in the styles exporters and people write them
(issues #16 and #21 item 4): held-out sets for the BibTeX reader.

The metadata is read at test time from ``../shared/external``: a researcher's own BibTeX
entries (through :func:`tests.cv_layouts.bibtex_people`) and arXiv ``.abs`` entries, among
them titles that hold inline math (``$\\beta$-ensembles``). Names are Unicode; each style
writes them back as LaTeX the way that exporter does (``{\\"o}``, ``\\"o``, ``\\"{o}``,
``{\\o}``), in its own name order, with its own braces, macros and extra fields:

- ``google_scholar``: ``author={M{\\"u}ller, Ann B and ...}`` (initials without periods),
  ``journal={...}`` / ``booktitle``, ``pages={1--9}``, long lists cut with ``and others``.
- ``zotero_biblatex``: tab-indented BibLaTeX, ``journaltitle``, ``date = {2021-03-04}``,
  capitals protected (``{CMS}``), Unicode accents, ``langid``, ``urldate``.
- ``hand_macros``: ``@string`` macros for repeated venues and for the most frequent
  author, ``author = me # " and Bo Chen"``, quoted values, ``month = mar # "~4"``,
  ``\\"o`` accents, ``{\\&}`` for an ampersand, a title word in ``\\emph{}``.
- ``caps_legacy``: upper-case field names and names in capitals, ``SMITH, JOHN``.
- ``dblp`` (held out at first, tuned since): ``author = {Ann Lee and\\n Bo Chen 0001}`` (DBLP's homonym
  numbers), ``{\\"{o}}``, ``{\\&}``, ``CoRR`` with ``eprinttype``, ``timestamp``, ``biburl``.
- ``jabref`` (held out): ``title = {{Double Braced}}``, ``\\"o`` accents, ``owner`` /
  ``timestamp`` / ``file`` fields, first-name-first authors.
- ``ads`` (held out): ``author = {{Lee}, A.~B. and {Chen}, B.}``, ``title = "{...}"``,
  bare numbers (``year = 2021``), ``month = mar``, ``adsurl``.
- ``mathscinet`` (held out): ``AUTHOR``, ``TITLE``, ``JOURNAL`` / ``FJOURNAL``, ``MRNUMBER``,
  math in titles braced (``{$\\beta$}``).
- ``ieee_xplore`` (held out): ``author={A. B. {Lee} and B. {Chen}}`` (initials first),
  ``keywords``, ``ISSN``, ``month={March}``, ``\\textit{}`` on a title word.
- ``caps_given_first`` (held out): ``AUTHOR = "JOHN SMITH and ANN B. LEE"`` in capitals,
  given names first.

A second round (held out, written after the reader had learnt the tuned layouts):

- ``acm_dl`` (tuned since wt-heldout16): the ACM Digital Library's export, DOI citation keys (``10.1145/3366423.38``),
  Unicode names and an en dash in ``pages``, ``publisher``, ``address``, ``numpages``,
  ``location``, ``series = {WWW '20}``.
- ``mendeley``: Mendeley Desktop, fields in alphabetical order, ``archivePrefix`` /
  ``arxivId`` / ``eprint``, ``file``, ``mendeley-groups``, titles in double braces, accents
  as ``{\"{u}}``.
- ``inspire_hep`` (tuned since wt-heldout16): INSPIRE-HEP, quoted values, ``title = "{...}"``, ``collaboration``,
  ``reportNumber``, ``primaryClass``, lists of more than four names cut with ``and others``.
- ``accent_forms`` (a third round): every entry of the metadata with a name that is not
  ASCII (30 of them), each accented letter written in one of the four forms at random
  (``{\\'e}``, ``\\'e``, ``\\'{e}``, ``{\\'{e}}``), names "Last, First" or "First Last" at
  random, a surname with an accent braced whole at random (``{M{\\"u}ller}``).
- ``bibtex_tidy``: a file formatted by bibtex-tidy: every value in double quotes,
  ``month = mar``, names "Lee, A. B." (initials, the truth "A. B. Lee"), a corporate name
  braced.

A fourth round (held out, wt-heldout16, written and first measured before any reader change
for it), the exports of bibliographic databases and of arXiv itself (``arxiv_export``,
``springer_link`` and ``semantic_scholar`` studied and tuned since):

- ``crossref_doi``: what doi.org answers for ``Accept: application/x-bibtex``: each entry on
  one line, ``Surname_2021`` keys, ``ISSN``, ``DOI``, ``month=mar``, an en dash in ``pages``;
  a preprint as DataCite writes it for arXiv's DOIs (``@misc{https://doi.org/10.48550/...``,
  ``publisher = {arXiv}``, ``keywords``, ``copyright``).
- ``arxiv_export``: arXiv's own "Export BibTeX Citation": ``@misc``, names given first,
  ``eprint``, ``archivePrefix={arXiv}``, ``primaryClass``, ``url``, a trailing comma; arXiv
  prints no journal, so every entry's venue is arXiv.
- ``springer_link``: SpringerLink's export: DOI keys, every value in double quotes, one name
  a line (``author="Lee, Ann\nand Chen, Bo"``), ``editor`` (who are no authors), ``publisher``
  and ``address`` after the ``booktitle``, ``month="Mar"``, ``day``.
- ``scopus``: Scopus's export: names "Lee, A.B." (initials run together, the truth "A.B.
  Lee"), ``abbrev_source_title``, ``affiliations``, ``author_keywords``, ``document_type``,
  ``source = {Scopus}``, ``note = {Cited by: 12}``, a conference paper as ``@CONFERENCE``
  with its proceedings in ``journal``.
- ``web_of_science``: Web of Science's export: ``@article{ WOS:000...,``, capitalised field
  names, values in double braces (``Year = {{2021}}``), the journal in capitals,
  ``Unique-ID``, ``Article-Number``, ``Month = {{MAR}}``.
- ``semantic_scholar``: Semantic Scholar's "Cite": ``Lee2021SparseTI`` keys, names given
  first, a preprint as ``journal={ArXiv}`` with ``volume={abs/2101.00001}``, a CorpusID url.

A fifth round (held out, wt-seedfmt3, written and first measured before any reader change
for it):

- ``better_biblatex``: Zotero's Better BibLaTeX with BibLaTeX's extended name format
  (``author = {family=Berg, given=Jan, prefix=van den, useprefix=false and family=Lee,
  given=Ann}``), ``date = {2021-03}`` and no ``year``, ``journaltitle`` / ``shortjournal``,
  capitals protected in double braces (``{{CMS}}``), a preprint as ``@online`` with
  ``eprint`` / ``eprinttype`` / ``eprintclass``, ``file`` paths.
- ``bibdesk``: BibDesk on the Mac: capitalised field names (``Author``, ``Title``,
  ``Journal``, ``Year``), ``Date-Added`` / ``Date-Modified``, a ``Bdsk-File-1`` base64 blob
  and ``Bdsk-Url-1``, names "Lee, Ann B.", keys ``Lee:2021aa``, a comment header.
- ``hand_crossref``: a hand-kept file: ``%`` comment lines and ``@comment{}``, a
  ``@preamble``, some entries opened with a parenthesis (``@article(key, ...)``), journals as
  ``@string`` macros, a conference paper taking its ``booktitle`` and ``year`` from a
  ``@proceedings`` entry by ``crossref`` (the proceedings at the end of the file, its title
  written ``proc # " of the ..."`` when it opens with "Proceedings").

A sixth round (held out, wt-seedfmt3, written at the end of the session):

- ``endnote``: EndNote's "BibTeX Export" style: ``RN42`` keys, three-space indents,
  ``type = {Journal Article}``, ``ISSN``, ``DOI``, Unicode names "Lee, Ann B.", a preprint
  as an article of the journal "arXiv" with ``note``.
- ``zotero_bibtex``: Zotero's plain BibTeX export (not BibLaTeX): ``lee_sparse_2021`` keys,
  ``month = mar``, ``urldate``, capitals braced word by word (``{CMS}``), a preprint as
  ``@misc`` with ``publisher = {arXiv}`` and ``note = {arXiv:2101.00001 [cs]}``, a DOI
  ``10.48550/arXiv.<id>``, ``keywords``.

The databases (SpringerLink, Scopus, Web of Science) index no arXiv preprints, so their
files hold only the entries with a journal or proceedings.

Truth per entry (keyed by its citation key, which becomes ``source_record_id``): the title
as the metadata has it (for a title with math, see :func:`math_title_ok`), the authors as
the style prints them with LaTeX read (initials as written; DBLP's numbers are no part of a
name; a list cut with ``others`` is the names printed), the year, and the venue (compared
as the start of the record's venue). Names printed in capitals are only taken where their
usual case follows from their look (each part capitalised), so the truth is recoverable.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

from . import cv_layouts

# dblp was held out at first and moved here after its first measurement: the reader then
# learnt DBLP's homonym numbers ("Wei Wang 0001"), which that layout writes.
# inspire_hep and acm_dl (round 2) were held out until wt-heldout16 studied them entry by entry
# (inspire_hep venue 0.72, title 0.97; acm_dl venue 0.97): the reader then learnt an arXiv
# e-print as the venue "arXiv" when nothing else names one, and the scorer TeX's dashes in a
# title and typographic quotes in a venue.
# arxiv_export, springer_link and semantic_scholar (round 4) were studied after their first
# measurement (authors 0.97, 0.96, 0.97: "S.K. OH" typed in capitals in arXiv's metadata, an
# unbraced "The BABAR Collaboration" recased) and moved here; the reader learnt to keep a group
# author's capitals, and the truth prints a name the metadata typed in capitals in its usual
# case (``printed_case``), the sites' truth convention.
# better_biblatex (round 5) was studied after its first measurement (authors 0.00: BibLaTeX's
# extended name format read as BibTeX's "Last, First") and moved here; the reader learnt the format.
TUNED = ("google_scholar", "zotero_biblatex", "hand_macros", "caps_legacy", "dblp", "inspire_hep", "acm_dl",
         "arxiv_export", "springer_link", "semantic_scholar", "better_biblatex")
HELD_OUT = ("jabref", "ads", "mathscinet", "ieee_xplore", "caps_given_first")
# A second round, written and first measured after the reader learnt the tuned layouts.
HELD_OUT_2 = ("mendeley", "bibtex_tidy")
# A third round, written at the end of the session and first measured on the reader as it was.
HELD_OUT_3 = ("accent_forms",)
# A fourth round (wt-heldout16): the exports of bibliographic databases and of arXiv.
# (arxiv_export, springer_link and semantic_scholar were of this round too: tuned since.)
HELD_OUT_4 = ("crossref_doi", "scopus", "web_of_science")
# A fifth round (wt-seedfmt3), declared held out before the reader was first run on it.
# (better_biblatex was of this round too: tuned since.)
HELD_OUT_5 = ("bibdesk", "hand_crossref")
# A sixth round (wt-seedfmt3, written at the end of the session), declared held out before the
# reader was run on it.
HELD_OUT_6 = ("endnote", "zotero_bibtex")
# Databases that index no arXiv preprints: their files hold the other entries only.
NO_PREPRINTS = frozenset({"springer_link", "scopus", "web_of_science"})
LAYOUTS = TUNED + HELD_OUT + HELD_OUT_2 + HELD_OUT_3 + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6
# (split name, layouts), in the order the rounds were written: the test's and the
# benchmark's (benchmarks/heldout_table.py) one list of the splits.
SPLITS = (("tuned", TUNED), ("held-out", HELD_OUT), ("held-out 2", HELD_OUT_2), ("held-out 3", HELD_OUT_3),
          ("held-out 4", HELD_OUT_4), ("held-out 5", HELD_OUT_5), ("held-out 6", HELD_OUT_6))

OWN, ARXIV, MATH_TITLES = 14, 14, 8  # entries per file of each kind (as many as there are, at most)

# --------------------------------------------------------------------------- metadata

MATH = re.compile(r"\$[^$]+\$|\\\(.+?\\\)")


def _plain_parts(title: str) -> list[str]:
    """The text between a title's math groups."""
    return MATH.split(title)


def tex_dashes(text: str) -> str:
    """``text`` with TeX's dashes as they print: in a BibTeX value "--" is an en dash and
    "---" an em dash ("2003 -- 2004" reads "2003 – 2004")."""
    return text.replace("---", "—").replace("--", "–")


def math_title_ok(truth: str, got: str | None) -> bool:
    """A title with math read right: no TeX left (backslash, dollar, brace), the words
    outside the math exactly as written, each math group something (not empty), and no
    macro of the math spelt out by its name (``\\Omega`` read as "Omega", ``\\pi\\pi`` as
    "pipi"): a macro is a symbol, and the reader should print the symbol."""
    if not got or re.search(r"[\\${}]", got):
        return False
    # (TeX's dashes outside the math print as dashes: "Temperley--Lieb" is "Temperley–Lieb")
    parts = [" ".join(tex_dashes(p).split()) for p in _plain_parts(" ".join(truth.split()))]
    pattern = r"\s*".join([re.escape(parts[0])] + [r"\S.*?" + re.escape(p) if p else r"\S.*?" for p in parts[1:]])
    if re.fullmatch(pattern, " ".join(got.split())) is None:
        return False
    plain = " ".join(parts)
    return not any(name in got and name not in plain for name in _macros(truth) if len(name) > 1)


def _macros(title: str) -> list[str]:
    return [m for group in MATH.findall(title) for m in re.findall(r"\\([A-Za-z]+)", group)]


def _standard_macros(title: str) -> bool:
    """Every macro of the title's math one that LaTeX itself defines (pylatexenc's table of
    them): an author's own macros (``\\Bz``, ``\\Q``) have no reading to check."""
    from pylatexenc.latex2text import get_default_latex_context_db

    db = get_default_latex_context_db()
    return all(db.get_macro_spec(name) is not None for name in _macros(title))


def _math_title(title: str) -> bool:
    """A title whose math groups are the only TeX in it, with standard macros only."""
    return (cv_layouts._printable(title) and MATH.search(title) is not None and len(title) <= 220
            and not any(re.search(r"[\\{}$\"*_\[\]<>^~]", p) for p in _plain_parts(title))
            and _standard_macros(title))


def _corporate(name: str) -> bool:
    return re.search(r"\b(?:Collaboration|Consortium|Group|Team)\b", name) is not None


def arxiv_pool(external: Path) -> tuple[list[dict], list[dict]]:
    """(plain-title entries, math-title entries) of the arXiv ``.abs`` files."""
    import extractors

    from .conftest import make_doc

    plain = cv_layouts.arxiv_entries(external, limit=400)
    maths = []
    for path in sorted((external / "arxiv" / "abs_files_arxiv_browse").rglob("*.abs")):
        try:
            drafts = list(extractors.get("arxiv_abs").extract(make_doc(path.read_bytes(), str(path))))
        except Exception:
            continue
        for d in drafts:
            title = " ".join((getattr(d, "title", None) or "").split())
            if not _math_title(title):
                continue
            names = [n for n in d.authors or [] if cv_layouts._printable_name(n) or _corporate(n)]
            dates = getattr(d, "version_dates", None) or []
            year = int(dates[0][:4]) if dates and dates[0][:4].isdigit() else getattr(d, "year", None)
            journal = re.split(r"[,(\d]", getattr(d, "journal_ref", None) or "", maxsplit=1)[0].strip(" .")
            if names and len(names) == len(d.authors) and len(names) <= cv_layouts.MAX_AUTHORS and year:
                venue = journal if len(journal) > 3 and cv_layouts._printable(journal) else "arXiv"
                maths.append({"title": title, "authors": names, "year": year, "venue": venue,
                              "kind": "preprint" if venue == "arXiv" else "journal", "math": True})
    return plain, maths


def cases(external: Path) -> dict[str, list[dict]]:
    """{layout: entries}, the same on every run; skips when the metadata is absent."""
    import pytest

    if not (external / "arxiv" / "abs_files_arxiv_browse").is_dir() or not (external / "bibtex").is_dir():
        pytest.skip(f"real metadata not available under {external}")
    own = [e for _, entries in cv_layouts.bibtex_people(external) for e in entries]
    plain, maths = arxiv_pool(external)
    out = {"accent_forms": [e for e in own + plain + maths if any(not a.isascii() for a in e["authors"])]}
    for layout in LAYOUTS:
        if layout in out:
            continue
        rng = random.Random(f"bibtex-layouts|{layout}")
        pool = (rng.sample(own, min(OWN, len(own))) + rng.sample(plain, min(ARXIV, len(plain)))
                + rng.sample(maths, min(MATH_TITLES, len(maths))))
        if layout.startswith("caps"):
            pool = [e for e in pool if all(_case_follows(n) for n in e["authors"])]
        if layout in NO_PREPRINTS:
            pool = [e for e in pool if e["venue"] != "arXiv"]
        rng.shuffle(pool)
        out[layout] = pool
    return out


def _case_follows(name: str) -> bool:
    """A name whose usual case follows from its capitals: every part capitalised."""
    for part in re.split(r"[\s\-']+", name):
        letters = part.rstrip(".")
        if letters and not (letters[:1].isupper() and letters[1:] == letters[1:].lower()):
            return False
    return True


# --------------------------------------------------------------------------- LaTeX

_ACCENTS = {"\u0301": "'", "\u0300": "`", "\u0308": '"', "\u0302": "^", "\u0303": "~", "\u0327": "c",
            "\u030c": "v", "\u0306": "u", "\u030a": "r", "\u0304": "=", "\u030b": "H", "\u0307": ".",
            "\u0328": "k"}
_LETTERS = {"ø": "\\o", "Ø": "\\O", "ß": "\\ss", "ł": "\\l", "Ł": "\\L", "æ": "\\ae", "Æ": "\\AE",
            "œ": "\\oe", "å": "\\aa", "Å": "\\AA", "ı": "\\i"}


def latex_accents(text: str, form: str) -> str:
    """Non-ASCII letters as LaTeX: ``form`` "braced" ``{\\"o}``, "bare" ``\\"o``, "arg"
    ``\\"{o}``, "dblp" ``{\\"{o}}``, "unicode" unchanged."""
    if form == "unicode":
        return text
    out = []
    for ch in text:
        if ch in _LETTERS:
            out.append("{" + _LETTERS[ch] + "}")
            continue
        base, *marks = unicodedata.normalize("NFD", ch)
        if len(marks) != 1 or marks[0] not in _ACCENTS or not base.isascii():
            out.append(ch)
            continue
        mark = _ACCENTS[marks[0]]
        letter = mark.isalpha()  # \c{c}, \v{s}: a letter macro needs its argument braced or spaced
        if form == "bare":
            out.append(f"\\{mark}{{{base}}}" if letter else f"\\{mark}{base}")
        elif form == "arg":
            out.append(f"\\{mark}{{{base}}}")
        elif form == "dblp":
            out.append(f"{{\\{mark}{{{base}}}}}")
        else:
            out.append(f"{{\\{mark}{base}}}" if not letter else f"{{\\{mark} {base}}}")
    return "".join(out)


def protect_caps(title: str) -> str:
    """Words with a capital after their first letter braced, as Zotero and JabRef do."""
    return " ".join("{" + w + "}" if not w.startswith("$") and re.search(r"\w[A-Z]", w) else w
                    for w in title.split(" "))


def _emphasise(title: str, rng: random.Random, macro: str) -> str:
    """One word of the title (outside math) wrapped in ``macro``."""
    words = title.split(" ")
    choices = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 3 and "$" not in w]
    if not choices or "$" in title:
        return title
    i = rng.choice(choices)
    words[i] = f"\\{macro}{{{words[i]}}}"
    return " ".join(words)


def _ampersand(text: str) -> str:
    return text.replace("&", "{\\&}")


# --------------------------------------------------------------------------- names

def printed_case(name: str) -> str:
    """The truth's case of a name the metadata itself typed (partly) in capitals ("S.K. OH"),
    by the sites' truth convention (``tests/test_sites_bibtex.py``, since wt-heldout16 here
    too): a person's word in capitals is in its usual case, but two capitals in a name with
    small letters are initials ("Paulo AV") and a roman numeral stays ("III"); a group author
    ("The BABAR Collaboration") is as written."""
    if _corporate(name):
        return name
    shortest = 3 if any(c.islower() for c in name) else 2

    def usual(m: re.Match) -> str:
        word = m.group(0)
        if len(word) < shortest or not word.isupper() or re.fullmatch(r"[IVX]+", word):
            return word
        return word[0] + word[1:].lower()

    return re.sub(r"[^\W\d_]+", usual, name)


def _given_surname(name: str) -> tuple[str, str]:
    given, surname = cv_layouts.split_name(name)
    return " ".join(given), surname


def inverted(name: str) -> str:
    """"Ann B. Lee" -> "Lee, Ann B."; a corporate name braced."""
    if _corporate(name):
        return "{" + name + "}"
    given, surname = _given_surname(name)
    return f"{surname}, {given}" if given else surname


def _no_periods(name: str) -> str:
    return re.sub(r"\b([A-Z])\.(?=\s|$|-)", r"\1", name)


def _ieee(name: str) -> str:
    if _corporate(name):
        return "{" + name + "}"
    given, surname = cv_layouts.split_name(name)
    return " ".join([cv_layouts._initial(p) for p in given] + ["{" + surname + "}"])


def _ads(name: str) -> tuple[str, str]:
    """(ADS's "{Lee}, A.~B.", the name it prints: "A. B. Lee")."""
    if _corporate(name):
        return "{" + name + "}", name
    given, surname = cv_layouts.split_name(name)
    initials = [cv_layouts._initial(p) for p in given]
    return ("{" + surname + "}" + (", " + "~".join(initials) if initials else ""),
            " ".join(initials + [surname]))


def _dblp_number(name: str, rng: random.Random) -> str:
    return f"{name} {rng.randint(1, 12):04d}" if rng.random() < 0.15 and not _corporate(name) else name


# --------------------------------------------------------------------------- entries

_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]


def _numbers(e: dict, rng: random.Random) -> dict:
    first = rng.randint(1, 900)
    return {"volume": rng.randint(1, 120), "number": rng.randint(1, 12), "first": first,
            "last": first + rng.randint(3, 30), "month": rng.randrange(12), "day": rng.randint(1, 28),
            "doi": f"10.{rng.randint(1000, 9999)}/{rng.randint(100000, 999999)}"}


def _surname_word(name: str) -> str:
    return re.sub(r"\W", "", unicodedata.normalize("NFKD", _given_surname(name)[1]).encode("ascii", "ignore")
                  .decode()).lower() or "anon"


def _key(e: dict, i: int, style: str) -> str:
    word = re.sub(r"\W", "", e["title"].split()[0]).lower() or "x"
    first = _surname_word(e["authors"][0])
    if style == "dblp":
        return f"DBLP:journals/x/{first.capitalize()}{str(e['year'])[2:]}{i}"
    if style == "ads":
        return f"{e['year']}X{i:03d}..{first[:1].upper()}"
    return f"{first}{e['year']}{word}{i}"


def _is_conference(e: dict) -> bool:
    return e["kind"] == "conference"


def _venue_field(e: dict, journal: str = "journal", book: str = "booktitle") -> str:
    return book if _is_conference(e) else journal


def _entry_type(e: dict, biblatex: bool = False) -> str:
    if _is_conference(e):
        return "inproceedings"
    if e["venue"] == "arXiv":
        return "online" if biblatex else "misc"
    return "article"


def _venue_text(e: dict, n: dict, style: str) -> str:
    """The venue value the style writes for a preprint (``arXiv preprint arXiv:...``)."""
    if e["venue"] != "arXiv":
        return e["venue"]
    ident = e.get("arxiv_id") or f"{str(e['year'])[2:]}{n['month'] + 1:02d}.{n['first']:05d}"
    if style == "google_scholar":
        return f"arXiv preprint arXiv:{ident}"
    if style == "dblp":
        return "CoRR"
    return f"arXiv:{ident}"


def _fields(pairs, indent: str, align: int = 0, eq: str = " = ", last_comma: bool = False) -> str:
    lines = [f"{indent}{k.ljust(align)}{eq}{v}" for k, v in pairs]
    return ",\n".join(lines) + ("," if last_comma else "")


def render(layout: str, entries: list[dict], seed: int = 0) -> tuple[str, list[dict]]:
    """(the .bib text, the truth: one dict per entry with key, title, authors, year, venue,
    math) for ``entries`` in ``layout``."""
    rng = random.Random(f"{layout}|{seed}")
    head, blocks, truth = [], [], []
    macros = _hand_macros(entries) if layout == "hand_macros" else {}
    if macros:
        head = [f'@string{{{m} = "{_ampersand(latex_accents(v, "braced"))}"}}' for v, m in macros.items()]
    if layout == "hand_crossref":
        macros = {"journals": _journal_macros(entries), "proceedings": {}}
        head = _crossref_head(macros["journals"])
    if layout == "bibdesk":
        head = ["%% This BibTeX bibliography file was created using BibDesk.", "%% https://bibdesk.sourceforge.io/",
                "", "%% Created for Ann Example at 2023-05-17 10:11:12 +0200 ", "", "",
                "%% Saved with string encoding Unicode (UTF-8) "]
    for i, e in enumerate(entries):
        n = _numbers(e, rng)
        key = _key(e, i, layout)
        text, names, venue, *own_key = RENDERERS[layout](e, n, key, rng, macros)
        key = own_key[0] if own_key else key  # a layout with its own key scheme (ACM's DOIs)
        blocks.append(text)
        truth.append({"key": key, "title": e["title"], "authors": [printed_case(a) for a in names], "year": e["year"], "venue": venue,
                      "math": bool(e.get("math"))})
    if layout == "hand_crossref":
        blocks += _proceedings_blocks(macros["proceedings"])
    return "\n\n".join(head + blocks) + "\n", truth


def _google_scholar(e, n, key, rng, macros):
    names = [_no_periods(a) for a in e["authors"]]
    cut = len(names) > 5 and rng.random() < 0.6
    printed = names[:4] if cut else names
    author = " and ".join(latex_accents(inverted(a), "braced") for a in printed) + (" and others" if cut else "")
    venue = _venue_text(e, n, "google_scholar")
    pairs = [("title", "{" + e["title"] + "}"), ("author", "{" + author + "}"),
             (_venue_field(e), "{" + _ampersand(latex_accents(venue, "braced")) + "}")]
    if e["venue"] != "arXiv":
        pairs += [("volume", f"{{{n['volume']}}}"), ("number", f"{{{n['number']}}}"),
                  ("pages", f"{{{n['first']}--{n['last']}}}")]
    pairs += [("year", f"{{{e['year']}}}")]
    if rng.random() < 0.5:
        pairs.append(("publisher", "{Elsevier}"))
    text = f"@{_entry_type(e)}{{{key},\n" + _fields(pairs, "  ", eq="=") + "\n}"
    return text, printed, venue


def _zotero(e, n, key, rng, macros):
    venue = _venue_text(e, n, "zotero")
    pairs = [("title", "{" + protect_caps(e["title"]) + "}")]
    if e["venue"] != "arXiv":
        pairs += [("volume", f"{{{n['volume']}}}"), ("issn", "{1234-5678}")]
    pairs += [("url", f"{{https://doi.org/{n['doi']}}}"), ("doi", f"{{{n['doi']}}}"),
              ("abstract", "{We study the problem in general and show a bound of 50\\% on it.}")]
    if e["venue"] == "arXiv":  # Zotero's preprint item: the repository as its publisher
        pairs += [("publisher", "{arXiv}"), ("number", "{" + venue + "}"), ("eprinttype", "{arxiv}"),
                  ("eprint", "{" + venue.split(":", 1)[1] + "}")]
    else:
        pairs += [(_venue_field(e, "journaltitle"), "{" + _ampersand(venue) + "}")]
    pairs += [("author", "{" + " and ".join(inverted(a) for a in e["authors"]) + "}"),
              ("urldate", "{2023-05-17}"), ("date", f"{{{e['year']}-{n['month'] + 1:02d}-{n['day']:02d}}}"),
              ("langid", "{english}")]
    if e["venue"] != "arXiv":
        pairs.append(("pages", f"{{{n['first']}--{n['last']}}}"))
    pairs.append(("keywords", "{Mathematics - Analysis, Physics}"))
    text = f"@{_entry_type(e, biblatex=True)}{{{key},\n" + _fields(pairs, "\t") + ",\n}"
    return text, e["authors"], "arXiv" if e["venue"] == "arXiv" else venue


def _hand_macros(entries: list[dict]) -> dict[str, str]:
    """{value: macro name} for venues printed more than once and the most frequent author."""
    venues = Counter(e["venue"] for e in entries if e["venue"] != "arXiv")
    out = {v: "j" + re.sub(r"[^a-z]", "", v.lower())[:8] + str(i) for i, (v, c) in enumerate(venues.items()) if c > 1}
    people = Counter(a for e in entries for a in e["authors"])
    if people:
        person, count = people.most_common(1)[0]
        if count > 1:
            out[person] = "me"
    return out


def _hand(e, n, key, rng, macros):
    names = e["authors"]
    parts = []
    for a in names:
        parts.append(("macro", macros[a]) if a in macros else ("text", latex_accents(_hand_name(a, rng), "braced")))
    author = _concat(parts)
    venue = _venue_text(e, n, "hand")
    title = _ampersand(_emphasise(e["title"], rng, "emph"))
    pairs = [("author", author), ("title", '"' + title + '"' if '"' not in title else "{" + title + "}")]
    if venue in macros:
        pairs.append((_venue_field(e), macros[venue]))
    else:
        pairs.append((_venue_field(e), "{" + _ampersand(latex_accents(venue, "bare")) + "}"))
    pairs += [("year", f'"{e["year"]}"'), ("month", f'{_MONTHS[n["month"]]} # "~{n["day"]}"')]
    if e["venue"] != "arXiv":
        pairs.append(("pages", f'"{n["first"]}--{n["last"]}"'))
    text = f"@{_entry_type(e).upper() if rng.random() < 0.3 else _entry_type(e)}{{{key},\n" + \
        _fields(pairs, "    ", align=7) + "\n}"
    return text, names, venue


def _hand_name(name: str, rng: random.Random) -> str:
    """A name as people type it: "Lee, Ann", "Ann Lee", "King, Jr., Martin" for a suffix."""
    if _corporate(name):
        return "{" + name + "}"
    m = re.fullmatch(r"(.+?),? (Jr\.?|Sr\.?|I{2,3}|IV)", name)
    if m:
        given, surname = _given_surname(m.group(1))
        return f"{surname}, {m.group(2)}, {given}"
    return inverted(name) if rng.random() < 0.5 else name


def _concat(parts: list[tuple[str, str]]) -> str:
    """An author value of macros and text joined by " and ", as a BibTeX concatenation
    (``me # " and Bo Chen"``) when a macro is in it."""
    if not any(kind == "macro" for kind, _ in parts):
        return "{" + " and ".join(value for _, value in parts) + "}"
    pieces: list[list[str]] = []
    for i, (kind, value) in enumerate(parts):
        sep = " and " if i else ""
        if kind == "macro":
            if sep and pieces and pieces[-1][0] == "text":
                pieces[-1][1] += sep
            elif sep:
                pieces.append(["text", sep])
            pieces.append(["macro", value])
        elif pieces and pieces[-1][0] == "text":
            pieces[-1][1] += sep + value
        else:
            pieces.append(["text", sep + value])
    return " # ".join(value if kind == "macro" else '"' + value + '"' for kind, value in pieces)


def _caps_legacy(e, n, key, rng, macros):
    names = e["authors"]
    author = " and ".join(inverted(a).upper() for a in names)
    venue = _venue_text(e, n, "caps")
    pairs = [("AUTHOR", "{" + author + "}"), ("TITLE", "{" + e["title"] + "}"),
             (_venue_field(e).upper(), "{" + venue + "}"), ("YEAR", f"{{{e['year']}}}")]
    if e["venue"] != "arXiv":
        pairs += [("VOLUME", f"{{{n['volume']}}}"), ("PAGES", f"{{{n['first']}-{n['last']}}}")]
    text = f"@{_entry_type(e).upper()}{{{key},\n" + _fields(pairs, "  ", align=8) + "\n}"
    return text, names, venue


def _dblp(e, n, key, rng, macros):
    written = [_dblp_number(a, rng) for a in e["authors"]]
    author = " and\n                  ".join(latex_accents(a, "dblp") for a in written)
    venue = _venue_text(e, n, "dblp")
    pairs = [("author", "{" + author + "}"), ("title", "{" + _ampersand(latex_accents(e["title"], "dblp")) + "}"),
             (_venue_field(e), "{" + _ampersand(latex_accents(venue, "dblp")) + "}")]
    if e["venue"] == "arXiv":
        pairs += [("volume", "{abs/" + f"{str(e['year'])[2:]}{n['month'] + 1:02d}.{n['first']:05d}" + "}"),
                  ("eprinttype", "{arXiv}"), ("eprint", f"{{{str(e['year'])[2:]}{n['month'] + 1:02d}.{n['first']:05d}}}")]
    else:
        pairs += [("volume", f"{{{n['volume']}}}"), ("number", f"{{{n['number']}}}"),
                  ("pages", f"{{{n['first']}--{n['last']}}}")]
    pairs += [("year", f"{{{e['year']}}}"), ("url", f"{{https://doi.org/{n['doi']}}}"),
              ("doi", f"{{{n['doi']}}}"), ("timestamp", "{Mon, 03 Apr 2023 17:22:01 +0200}"),
              ("biburl", "{https://dblp.org/rec/x.bib}"), ("bibsource", "{dblp computer science bibliography, https://dblp.org}")]
    text = f"@{_entry_type(e)}{{{key},\n" + _fields(pairs, "  ", align=12) + "\n}"
    return text, e["authors"], venue


def _jabref(e, n, key, rng, macros):
    author = " and ".join(latex_accents(a if not _corporate(a) else "{" + a + "}", "bare") for a in e["authors"])
    venue = _venue_text(e, n, "jabref")
    pairs = [("author", "{" + author + "}"), (_venue_field(e), "{" + _ampersand(latex_accents(venue, "bare")) + "}"),
             ("title", "{{" + e["title"] + "}}"), ("year", f"{{{e['year']}}}")]
    if e["venue"] != "arXiv":
        pairs += [("pages", f"{{{n['first']}--{n['last']}}}"), ("volume", f"{{{n['volume']}}}")]
    pairs += [("doi", f"{{{n['doi']}}}"), ("file", "{:paper.pdf:PDF}"), ("owner", "{user}"),
              ("timestamp", "{2019.05.14}")]
    text = f"@{_entry_type(e).capitalize()}{{{key},\n" + _fields(pairs, "  ", align=9) + ",\n}"
    return text, e["authors"], venue


def _ads_style(e, n, key, rng, macros):
    written = [_ads(a) for a in e["authors"]]
    author = " and ".join(latex_accents(w, "braced") for w, _ in written)
    venue = _venue_text(e, n, "ads")
    pairs = [("author", "{" + author + "}"), ("title", '"{' + e["title"] + '}"'),
             (_venue_field(e), "{" + _ampersand(latex_accents(venue, "braced")) + "}")]
    pairs += [("keywords", "{Astrophysics - Astrophysics of Galaxies}"), ("year", str(e["year"])),
              ("month", _MONTHS[n["month"]])]
    if e["venue"] != "arXiv":
        pairs += [("volume", str(n["volume"])), ("pages", f"{{{n['first']}-{n['last']}}}")]
    pairs += [("doi", f"{{{n['doi']}}}"), ("adsurl", "{https://ui.adsabs.harvard.edu/abs/x}"),
              ("adsnote", "{Provided by the SAO/NASA Astrophysics Data System}")]
    text = f"@ARTICLE{{{key},\n" + _fields(pairs, "       ", align=9) + ",\n}"
    return text, [p for _, p in written], venue


def _mathscinet(e, n, key, rng, macros):
    author = " and ".join(latex_accents(inverted(a), "braced") for a in e["authors"])
    title = MATH.sub(lambda m: "{" + m.group(0) + "}", e["title"])
    venue = _venue_text(e, n, "mathscinet")
    pairs = [("AUTHOR", "{" + author + "}"), ("TITLE", "{" + title + "}"),
             (_venue_field(e).upper(), "{" + _ampersand(latex_accents(venue, "braced")) + "}"),
             ("FJOURNAL", "{" + venue + "}"), ("VOLUME", f"{{{n['volume']}}}"), ("YEAR", f"{{{e['year']}}}"),
             ("NUMBER", f"{{{n['number']}}}"), ("PAGES", f"{{{n['first']}--{n['last']}}}"),
             ("ISSN", "{0001-8708}"), ("MRCLASS", "{14M15 (14L30)}"), ("MRNUMBER", f"{{{n['first'] * 1013}}}"),
             ("DOI", f"{{{n['doi']}}}"), ("URL", f"{{https://doi.org/{n['doi']}}}")]
    text = f"@{_entry_type(e)}{{{key},\n" + _fields(pairs, "    ", align=8) + ",\n     }"
    return text, e["authors"], venue


def _ieee_style(e, n, key, rng, macros):
    written = [_ieee(a) for a in e["authors"]]
    printed = [a if _corporate(a) else cv_layouts.initials_first(a) for a in e["authors"]]
    venue = _venue_text(e, n, "ieee")
    pairs = [("author", "{" + " and ".join(latex_accents(w, "braced") for w in written) + "}"),
             (_venue_field(e), "{" + _ampersand(latex_accents(venue, "braced")) + "}"),
             ("title", "{" + _emphasise(e["title"], rng, "textit") + "}"), ("year", f"{{{e['year']}}}")]
    if e["venue"] != "arXiv":
        pairs += [("volume", f"{{{n['volume']}}}"), ("number", f"{{{n['number']}}}"),
                  ("pages", f"{{{n['first']}-{n['last']}}}")]
    pairs += [("abstract", "{A short abstract of our own.}"), ("keywords", "{Estimation;Noise}"),
              ("doi", f"{{{n['doi']}}}"), ("ISSN", "{1558-2256}"), ("month", f"{{{_MONTH_NAMES[n['month']]}}}")]
    text = f"@{_entry_type(e).upper()}{{{key},\n" + _fields(pairs, "", eq="=") + "}"
    return text, printed, venue


def _caps_given_first(e, n, key, rng, macros):
    author = " and ".join(a.upper() for a in e["authors"])
    venue = _venue_text(e, n, "caps2")
    pairs = [("AUTHOR", '"' + author + '"'), ("TITLE", '"' + e["title"] + '"'),
             (_venue_field(e).upper(), '"' + venue + '"'), ("YEAR", str(e["year"]))]
    text = f"@{_entry_type(e).upper()}{{{key},\n" + _fields(pairs, "\t", eq=" = ") + "\n}"
    return text, e["authors"], venue


def _acm(e, n, key, rng, macros):
    venue = _venue_text(e, n, "acm")
    pairs = [("author", "{" + " and ".join(inverted(a) for a in e["authors"]) + "}"),
             ("title", "{" + e["title"] + "}"), ("year", f"{{{e['year']}}}"), ("isbn", "{9781450371568}"),
             ("publisher", "{Association for Computing Machinery}"), ("address", "{New York, NY, USA}"),
             ("url", f"{{https://doi.org/{n['doi']}}}"), ("doi", f"{{{n['doi']}}}"),
             (_venue_field(e), "{" + venue + "}"), ("pages", f"{{{n['first']}–{n['last']}}}"),
             ("numpages", f"{{{n['last'] - n['first'] + 1}}}"), ("keywords", "{graphs, learning}"),
             ("location", "{Taipei, Taiwan}"), ("series", "{WWW '20}")]
    text = f"@{_entry_type(e)}{{10.1145/{n['first']}{n['volume']}.{n['number']}{key[-2:]},\n" + \
        _fields(pairs, "", eq=" = ") + "\n}"
    return text, e["authors"], venue, f"10.1145/{n['first']}{n['volume']}.{n['number']}{key[-2:]}"


def _mendeley(e, n, key, rng, macros):
    venue = _venue_text(e, n, "mendeley")
    pairs = {"author": "{" + " and ".join(latex_accents(inverted(a), "dblp") for a in e["authors"]) + "}",
             "title": "{{" + e["title"] + "}}", "year": f"{{{e['year']}}}",
             "file": "{:home/user/Documents/Mendeley Desktop/paper.pdf:pdf}", "mendeley-groups": "{thesis}",
             "doi": f"{{{n['doi']}}}", "abstract": "{An abstract of our own, 20\\% shorter.}"}
    if e["venue"] == "arXiv":
        ident = venue.split(":", 1)[1]
        pairs.update({"archivePrefix": "{arXiv}", "arxivId": "{" + ident + "}", "eprint": "{" + ident + "}",
                      "journal": "{arXiv preprint}"})
    else:
        pairs.update({_venue_field(e): "{" + latex_accents(venue, "dblp") + "}", "volume": f"{{{n['volume']}}}",
                      "number": f"{{{n['number']}}}", "pages": f"{{{n['first']}--{n['last']}}}", "issn": "{0028-0836}"})
    text = f"@{_entry_type(e)}{{{key},\n" + _fields(sorted(pairs.items(), key=lambda kv: kv[0].lower()), "") + "\n}"
    return text, e["authors"], "arXiv" if e["venue"] == "arXiv" else venue


def _inspire(e, n, key, rng, macros):
    names = e["authors"]
    cut = len(names) > 4
    printed = names[:1] if cut else names
    author = " and ".join(inverted(a) for a in printed) + (" and others" if cut else "")
    venue = _venue_text(e, n, "inspire")
    pairs = [("author", '"' + author + '"'), ("title", '"{' + e["title"] + '}"')]
    if e["venue"] == "arXiv":
        ident = venue.split(":", 1)[1]
        pairs += [("eprint", f'"{ident}"'), ("archivePrefix", '"arXiv"'), ("primaryClass", '"hep-ph"'),
                  ("month", f'"{n["month"] + 1}"')]
    else:
        pairs += [("reportNumber", f'"CERN-PH-EP-{e["year"]}-{n["first"]:03d}"'), ("doi", f'"{n["doi"]}"'),
                  (_venue_field(e), '"' + venue + '"'), ("volume", f'"{n["volume"]}"'),
                  ("pages", f'"{n["first"]}--{n["last"]}"')]
    pairs.append(("year", f'"{e["year"]}"'))
    text = f"@{_entry_type(e)}{{{_surname_word(names[0]).capitalize()}:{e['year']}{key[-3:]},\n" + \
        _fields(pairs, "    ", eq=" = ") + "\n}"
    return text, printed, "arXiv" if e["venue"] == "arXiv" else venue, \
        f"{_surname_word(names[0]).capitalize()}:{e['year']}{key[-3:]}"


def _tidy(e, n, key, rng, macros):
    written = [_ads(a) for a in e["authors"]]
    author = " and ".join(latex_accents(w.replace("{", "").replace("}", "").replace("~", " ")
                                        if not _corporate(p) else w, "braced") for (w, _), p in zip(written, e["authors"]))
    venue = _venue_text(e, n, "tidy")
    pairs = [("title", '"' + e["title"] + '"'), ("author", '"' + author + '"'),
             (_venue_field(e), '"' + _ampersand(latex_accents(venue, "braced")) + '"'), ("year", f'"{e["year"]}"'),
             ("month", _MONTHS[n["month"]])]
    if e["venue"] != "arXiv":
        pairs += [("volume", f'"{n["volume"]}"'), ("pages", f'"{n["first"]}--{n["last"]}"')]
    text = f"@{_entry_type(e)}{{{key},\n" + _fields(pairs, "  ", align=max(len(k) for k, _ in pairs), eq=" = ") + ",\n}"
    return text, [p for _, p in written], venue


def _accent_forms(e, n, key, rng, macros):
    def name(a: str) -> str:
        if _corporate(a):
            return "{" + a + "}"
        given, surname = _given_surname(a)
        surname = "".join(latex_accents(ch, rng.choice(["braced", "bare", "arg", "dblp"])) for ch in surname)
        if not surname.isascii() or "\\" in surname:
            surname = "{" + surname + "}" if rng.random() < 0.3 else surname
        given = "".join(latex_accents(ch, rng.choice(["braced", "bare", "arg", "dblp"])) for ch in given)
        return f"{surname}, {given}" if given and rng.random() < 0.5 else (f"{given} {surname}" if given else surname)

    venue = _venue_text(e, n, "accents")
    pairs = [("author", "{" + " and ".join(name(a) for a in e["authors"]) + "}"), ("title", "{" + e["title"] + "}"),
             (_venue_field(e), "{" + _ampersand(latex_accents(venue, "braced")) + "}"), ("year", f"{{{e['year']}}}")]
    text = f"@{_entry_type(e)}{{{key},\n" + _fields(pairs, "  ", eq=" = ") + "\n}"
    return text, e["authors"], venue


def _arxiv_id(e: dict, n: dict) -> str:
    return e.get("arxiv_id") or f"{str(e['year'])[2:]}{n['month'] + 1:02d}.{n['first']:05d}"


def _crossref(e, n, key, rng, macros):
    """One line per entry (doi.org's BibTeX); a preprint as DataCite writes arXiv's DOIs."""
    author = " and ".join(inverted(a) for a in e["authors"])
    if e["venue"] == "arXiv":
        ident = _arxiv_id(e, n)
        own_key = f"https://doi.org/10.48550/arxiv.{ident}"
        pairs = [("doi", f"{{10.48550/ARXIV.{ident}}}"), ("url", f"{{https://arxiv.org/abs/{ident}}}"),
                 ("author", "{" + author + "}"),
                 ("keywords", "{Machine Learning (cs.LG), FOS: Computer and information sciences}"),
                 ("title", "{" + e["title"] + "}"), ("publisher", "{arXiv}"), ("year", f"{{{e['year']}}}"),
                 ("copyright", "{arXiv.org perpetual, non-exclusive license}")]
        text = f"@misc{{{own_key},\n" + _fields(pairs, "  ") + "\n}"
        return text, e["authors"], "arXiv", own_key
    own_key = f"{_given_surname(e['authors'][0])[1].replace(' ', '_')}_{e['year']}_{key[-2:]}"
    pairs = [("title", "{" + e["title"] + "}"), ("volume", f"{{{n['volume']}}}"), ("ISSN", "{1234-5678}"),
             ("url", f"{{http://dx.doi.org/{n['doi']}}}"), ("DOI", f"{{{n['doi']}}}"),
             ("number", f"{{{n['number']}}}"), (_venue_field(e), "{" + e["venue"] + "}"),
             ("publisher", "{Elsevier BV}"), ("author", "{" + author + "}"), ("year", f"{{{e['year']}}}"),
             ("month", _MONTHS[n["month"]]), ("pages", f"{{{n['first']}–{n['last']}}}")]
    text = f"@{_entry_type(e)}{{{own_key}, " + ", ".join(f"{k}={v}" for k, v in pairs) + " }"
    return text, e["authors"], e["venue"], own_key


def _arxiv_export(e, n, key, rng, macros):
    ident = _arxiv_id(e, n)
    own_key = f"{_surname_word(e['authors'][0])}{e['year']}{re.sub(r'[^a-z]', '', e['title'].split()[0].lower())}{key[-2:]}"
    pairs = [("title", "{" + e["title"] + "}"), ("author", "{" + " and ".join(e["authors"]) + "}"),
             ("year", f"{{{e['year']}}}"), ("eprint", "{" + ident + "}"), ("archivePrefix", "{arXiv}"),
             ("primaryClass", "{" + rng.choice(["cs.LG", "hep-ph", "math.AP", "astro-ph.GA"]) + "}"),
             ("url", f"{{https://arxiv.org/abs/{ident}}}")]
    text = f"@misc{{{own_key},\n" + ",\n".join(f"      {k}={v}" for k, v in pairs) + ", \n}"
    return text, e["authors"], "arXiv", own_key


def _springer(e, n, key, rng, macros):
    own_key = f"10.1007/978-3-030-{n['first']:05d}-{n['volume']}_{key[-2:]}"
    author = "\nand ".join(inverted(a) for a in e["authors"])
    pairs = [("author", '"' + author + '"')]
    if _is_conference(e):
        pairs += [("editor", '"Vedaldi, Andrea\nand Bischof, Horst"'), ("title", '"' + e["title"] + '"'),
                  ("booktitle", '"' + e["venue"] + '"'), ("year", f'"{e["year"]}"'),
                  ("publisher", '"Springer International Publishing"'), ("address", '"Cham"'),
                  ("pages", f'"{n["first"]}--{n["last"]}"'), ("abstract", '"An abstract of our own."'),
                  ("isbn", '"978-3-030-58452-8"')]
        kind = "InProceedings"
    else:
        pairs += [("title", '"' + e["title"] + '"'), ("journal", '"' + e["venue"] + '"'),
                  ("year", f'"{e["year"]}"'), ("month", f'"{_MONTHS[n["month"]].capitalize()}"'),
                  ("day", f'"{n["day"]:02d}"'), ("volume", f'"{n["volume"]}"'), ("number", f'"{n["number"]}"'),
                  ("pages", f'"{n["first"]}--{n["last"]}"'), ("issn", '"1572-9613"'), ("doi", f'"{n["doi"]}"'),
                  ("url", f'"https://doi.org/{n["doi"]}"')]
        kind = "Article"
    text = f"@{kind}{{{own_key},\n" + ",\n".join(f"{k}={v}" for k, v in pairs) + "\n}"
    return text, e["authors"], e["venue"], own_key


def _scopus_name(name: str) -> tuple[str, str]:
    """(Scopus's "Lee, A.B.", the name it prints: "A.B. Lee"); a corporate name as it is."""
    if _corporate(name):
        return "{" + name + "}", name
    given, surname = cv_layouts.split_name(name)
    initials = "".join(cv_layouts._initial(p) for p in given)
    return (f"{surname}, {initials}" if initials else surname), (f"{initials} {surname}" if initials else surname)


def _scopus(e, n, key, rng, macros):
    written = [_scopus_name(a) for a in e["authors"]]
    abbrev = " ".join(w[:4] for w in re.sub(r"[^\w\s]", "", e["venue"]).split()[:4])
    pairs = [("author", "{" + " and ".join(w for w, _ in written) + "}"), ("title", "{" + e["title"] + "}"),
             ("year", f"{{{e['year']}}}"), ("journal", "{" + e["venue"] + "}"), ("volume", f"{{{n['volume']}}}"),
             ("number", f"{{{n['number']}}}"), ("pages", f"{{{n['first']} – {n['last']}}}"),
             ("doi", f"{{{n['doi']}}}"),
             ("url", (f"{{https://www.scopus.com/inward/record.uri?eid=2-s2.0-851{n['first']:05d}&doi={n['doi']}"
                      "&partnerID=40&md5=0a1b2c3d}")),
             ("affiliations", "{Department of Physics, University of Somewhere, Somewhere, Country}"),
             ("abstract", "{An abstract of our own. © 2021 Elsevier B.V.}"),
             ("author_keywords", "{graphs; learning; estimation}"), ("publisher", "{Elsevier B.V.}"),
             ("issn", "{00319007}"), ("abbrev_source_title", "{" + abbrev + "}"), ("language", "{English}"),
             ("document_type", "{" + ("Conference paper" if _is_conference(e) else "Article") + "}"),
             ("source", "{Scopus}"), ("note", f"{{Cited by: {n['number']}}}")]
    kind = "CONFERENCE" if _is_conference(e) else "ARTICLE"
    own_key = f"{_surname_word(e['authors'][0]).capitalize()}{e['year']}{key[-2:]}"
    text = f"@{kind}{{{own_key},\n" + _fields(pairs, "\t") + "\n}"
    return text, [p for _, p in written], e["venue"], own_key


def _wos(e, n, key, rng, macros):
    own_key = f"WOS:000{n['first']:06d}{n['volume']:03d}{key[-2:]}"
    pairs = [("Author", "{" + " and ".join(inverted(a) for a in e["authors"]) + "}"),
             ("Title", "{{" + e["title"] + "}}"),
             ("Booktitle" if _is_conference(e) else "Journal", "{{" + e["venue"].upper() + "}}"),
             ("Year", f"{{{{{e['year']}}}}}"), ("Volume", f"{{{{{n['volume']}}}}}"),
             ("Number", f"{{{{{n['number']}}}}}"), ("Month", "{{" + _MONTHS[n["month"]].upper() + "}}"),
             ("Abstract", "{{An abstract of our own.}}"), ("DOI", "{{" + n["doi"] + "}}"),
             ("Article-Number", f"{{{{{n['first']:06d}}}}}"), ("ISSN", "{{0031-9007}}"),
             ("Unique-ID", "{{" + own_key + "}}")]
    text = f"@{_entry_type(e)}{{ {own_key},\n" + ",\n".join(f"{k} = {v}" for k, v in pairs) + ",\n}"
    return text, e["authors"], e["venue"], own_key


def _semantic_scholar(e, n, key, rng, macros):
    letters = "".join(w[0] for w in re.findall(r"[A-Za-z]+", e["title"])[1:3]).upper()
    own_key = f"{_surname_word(e['authors'][0]).capitalize()}{e['year']}{re.sub(r'[^A-Za-z]', '', e['title'].split()[0])}{letters}{key[-2:]}"
    pairs = [("title", "{" + e["title"] + "}"), ("author", "{" + " and ".join(e["authors"]) + "}")]
    if e["venue"] == "arXiv":
        pairs += [("journal", "{ArXiv}"), ("year", f"{{{e['year']}}}"), ("volume", "{abs/" + _arxiv_id(e, n) + "}")]
        venue = "ArXiv"
    else:
        pairs += [(_venue_field(e), "{" + e["venue"] + "}"), ("year", f"{{{e['year']}}}"),
                  ("volume", f"{{{n['volume']}}}"), ("pages", f"{{{n['first']}-{n['last']}}}")]
        venue = e["venue"]
    pairs.append(("url", f"{{https://api.semanticscholar.org/CorpusID:{n['first'] * 257}}}"))
    kind = "inproceedings" if _is_conference(e) else "article"
    text = f"@{kind}{{{own_key},\n" + ",\n".join(f"  {k}={v}" for k, v in pairs) + "\n}"
    return text, e["authors"], venue, own_key


# --------------------------------------------------------------------------- the fifth round

def _extended_name(name: str) -> str:
    """BibLaTeX's extended name format as Better BibLaTeX writes it: ``family=Berg,
    given=Jan, prefix=van den, useprefix=false``; a corporate name braced whole."""
    if _corporate(name):
        return "{{" + name + "}}"
    given, surname = _given_surname(name)
    words = surname.split(" ")
    k = 0
    while k < len(words) - 1 and words[k][:1].islower():
        k += 1
    prefix, family = " ".join(words[:k]), " ".join(words[k:])
    parts = [f"family={family}"] + ([f"given={given}"] if given else [])
    if prefix:
        parts += [f"prefix={prefix}", "useprefix=false"]
    return ", ".join(parts)


def _better_biblatex(e, n, key, rng, macros):
    ident = _arxiv_id(e, n)
    title = " ".join("{{" + w + "}}" if re.fullmatch(r"[A-Z][A-Z0-9]+", w) else w for w in e["title"].split(" "))
    date = f"{e['year']}-{n['month'] + 1:02d}" + (f"-{n['day']:02d}" if rng.random() < 0.5 else "")
    pairs = [("title", "{" + title + "}"), ("author", "{" + " and ".join(_extended_name(a) for a in e["authors"]) + "}"),
             ("date", "{" + date + "}")]
    if e["venue"] == "arXiv":
        pairs += [("eprint", "{" + ident + "}"), ("eprinttype", "{arXiv}"), ("eprintclass", "{cs}"),
                  ("url", f"{{http://arxiv.org/abs/{ident}}}"), ("urldate", "{2023-05-17}"),
                  ("pubstate", "{preprint}")]
        kind, venue = "online", "arXiv"
    else:
        short = " ".join(w[:4] + "." if len(w) > 4 else w for w in e["venue"].split())
        field = "booktitle" if _is_conference(e) else "journaltitle"
        pairs += [(field, "{" + _ampersand(e["venue"]) + "}")]
        if not _is_conference(e):
            pairs += [("shortjournal", "{" + _ampersand(short) + "}")]
        pairs += [("volume", f"{{{n['volume']}}}"), ("pages", f"{{{n['first']}--{n['last']}}}"),
                  ("doi", f"{{{n['doi']}}}")]
        kind, venue = ("inproceedings" if _is_conference(e) else "article"), e["venue"]
    pairs += [("langid", "{english}"), ("keywords", "{Computer Science - Machine Learning}"),
              ("file", "{/home/ann/Zotero/storage/ABCD1234/paper.pdf}")]
    own_key = f"{_surname_word(e['authors'][0])}{re.sub(r'[^A-Za-z]', '', e['title'].split()[0]).capitalize()}{e['year']}{key[-2:]}"
    text = f"@{kind}{{{own_key},\n" + _fields(pairs, "  ") + "\n}"
    return text, e["authors"], venue, own_key


_BDSK_BLOB = ("YnBsaXN0MDDSAQIDBFxyZWxhdGl2ZVBhdGhZYWxpYXNEYXRhXxAkLi4vUGFwZXJzL0xlZTIwMjFfU3BhcnNlVGhp"
              "bmdzLnBkZk8RAXQAAAAAAXQAAgAADE1hY2ludG9zaCBIRAAAAAAAAAAAAAAAAAAAAAAAAABCRAAB/////w==")


def _bibdesk(e, n, key, rng, macros):
    letters = "abcdefghijklmnopqrstuvwxyz"
    own_key = f"{_given_surname(e['authors'][0])[1].replace(' ', '')}:{e['year']}{letters[n['first'] % 26]}{letters[n['volume'] % 26]}{key[-2:]}"
    venue = _venue_text(e, n, "bibdesk")
    pairs = [("Abstract", "{An abstract of our own, kept with the entry.}"),
             ("Author", "{" + " and ".join(latex_accents(inverted(a), "braced") for a in e["authors"]) + "}"),
             ("Date-Added", "{2021-03-04 10:11:12 +0100}"), ("Date-Modified", "{2023-05-17 09:08:07 +0200}")]
    if e["venue"] == "arXiv":
        pairs += [("Eprint", "{" + _arxiv_id(e, n) + "}"), ("Journal", "{" + venue + "}")]
    else:
        pairs += [("Doi", f"{{{n['doi']}}}"), (_venue_field(e).capitalize(), "{" + _ampersand(venue) + "}"),
                  ("Pages", f"{{{n['first']}--{n['last']}}}"), ("Volume", f"{{{n['volume']}}}")]
    pairs += [("Title", "{" + e["title"] + "}"), ("Year", f"{{{e['year']}}}"),
              ("Bdsk-File-1", "{" + _BDSK_BLOB + "}"), ("Bdsk-Url-1", f"{{https://doi.org/{n['doi']}}}")]
    kind = {"inproceedings": "inproceedings", "misc": "article"}.get(_entry_type(e), "article")
    text = f"@{kind}{{{own_key},\n" + _fields(pairs, "\t") + "}"
    return text, e["authors"], "arXiv" if e["venue"] == "arXiv" else venue, own_key


def _journal_macros(entries: list[dict]) -> dict[str, str]:
    """{journal: macro name} for every journal of the file (a hand-kept file's habit)."""
    venues = sorted({e["venue"] for e in entries if e["venue"] != "arXiv" and not _is_conference(e)})
    return {v: "j" + re.sub(r"[^a-z]", "", v.lower())[:6] + str(i) for i, v in enumerate(venues)}


def _crossref_head(journals: dict[str, str]) -> list[str]:
    return (["% My publications, kept by hand.", "% Conference papers cross-reference their proceedings (at the end).",
             "", '@preamble{"\\newcommand{\\noopsort}[1]{}"}', "",
             "@comment{jabref-meta: databaseType:bibtex;}", "", '@string{proc = "Proceedings"}']
            + [f'@string{{{m} = "{_ampersand(v)}"}}' for v, m in journals.items()])


def _proceedings_blocks(procs: dict[str, tuple[str, int]]) -> list[str]:
    out = []
    for pkey, (venue, year) in procs.items():
        if venue.startswith("Proceedings "):
            title = 'proc # " ' + _ampersand(venue[len("Proceedings "):]) + '"'
        else:
            title = "{" + _ampersand(venue) + "}"
        out.append(f"@proceedings{{{pkey},\n  booktitle = {title},\n  title     = {title},\n"
                   f"  year      = {year},\n  publisher = {{Curran Associates}}\n}}")
    return out


def _hand_crossref(e, n, key, rng, macros):
    author = " and ".join(latex_accents(_hand_name(a, rng), "braced") for a in e["authors"])
    title = "{" + _ampersand(e["title"]) + "}"
    pairs = [("author", "{" + author + "}"), ("title", title)]
    venue = _venue_text(e, n, "hand")
    if _is_conference(e):
        pkey = "proc:" + re.sub(r"[^A-Za-z]", "", e["venue"])[:12].lower() + str(e["year"])
        macros["proceedings"].setdefault(pkey, (e["venue"], e["year"]))
        pairs += [("crossref", "{" + pkey + "}"), ("pages", f"{{{n['first']}--{n['last']}}}")]
    elif e["venue"] in macros["journals"]:
        pairs += [("journal", macros["journals"][e["venue"]]), ("volume", str(n["volume"])), ("year", str(e["year"]))]
    else:
        pairs += [("howpublished", "{" + venue + "}"), ("year", str(e["year"]))]
    kind = _entry_type(e)
    if rng.random() < 0.3:
        text = f"@{kind}({key},\n" + _fields(pairs, "  ") + "\n)"
    else:
        text = f"@{kind}{{{key},\n" + _fields(pairs, "  ") + "\n}"
    return text, e["authors"], venue


# --------------------------------------------------------------------------- the sixth round

def _endnote(e, n, key, rng, macros):
    own_key = f"RN{n['first'] + n['volume']}{key[-2:]}"
    pairs = [("author", "{" + " and ".join(inverted(a) for a in e["authors"]) + "}"),
             ("title", "{" + e["title"] + "}")]
    if e["venue"] == "arXiv":
        pairs += [("journal", "{arXiv}"), ("note", "{arXiv:" + _arxiv_id(e, n) + "}")]
        venue, kind, label = "arXiv", "article", "Journal Article"
    elif _is_conference(e):
        pairs += [("booktitle", "{" + e["venue"] + "}"), ("pages", f"{{{n['first']}-{n['last']}}}")]
        venue, kind, label = e["venue"], "inproceedings", "Conference Proceedings"
    else:
        pairs += [("journal", "{" + e["venue"] + "}"), ("volume", f"{{{n['volume']}}}"),
                  ("number", f"{{{n['number']}}}"), ("pages", f"{{{n['first']}-{n['last']}}}"),
                  ("ISSN", "{0031-9007}")]
        venue, kind, label = e["venue"], "article", "Journal Article"
    pairs += [("DOI", f"{{{n['doi']}}}"), ("url", f"{{https://doi.org/{n['doi']}}}"), ("year", f"{{{e['year']}}}"),
              ("type", "{" + label + "}")]
    text = f"@{kind}{{{own_key},\n" + _fields(pairs, "   ") + "\n}"
    return text, e["authors"], venue, own_key


def _zotero_bibtex(e, n, key, rng, macros):
    word = re.sub(r"[^a-z]", "", e["title"].split()[0].lower()) or "x"
    own_key = f"{_surname_word(e['authors'][0])}_{word}_{e['year']}{key[-2:]}"
    title = " ".join("{" + w + "}" if re.search(r"\w[A-Z]", w) and "$" not in w else w for w in e["title"].split(" "))
    pairs = [("title", "{" + title + "}")]
    if e["venue"] == "arXiv":
        ident = _arxiv_id(e, n)
        pairs += [("url", f"{{http://arxiv.org/abs/{ident}}}"), ("doi", f"{{10.48550/arXiv.{ident}}}"),
                  ("urldate", "{2023-05-17}"), ("publisher", "{arXiv}"),
                  ("author", "{" + " and ".join(inverted(a) for a in e["authors"]) + "}"),
                  ("month", _MONTHS[n["month"]]), ("year", f"{{{e['year']}}}"), ("note", f"{{arXiv:{ident} [cs]}}"),
                  ("keywords", "{Computer Science - Machine Learning}")]
        kind, venue = "misc", "arXiv"
    else:
        pairs += [("volume", f"{{{n['volume']}}}"), ("url", f"{{https://doi.org/{n['doi']}}}"),
                  ("doi", f"{{{n['doi']}}}"), ("urldate", "{2023-05-17}"),
                  (_venue_field(e), "{" + _ampersand(e["venue"]) + "}"),
                  ("author", "{" + " and ".join(inverted(a) for a in e["authors"]) + "}"),
                  ("month", _MONTHS[n["month"]]), ("year", f"{{{e['year']}}}"), ("pages", f"{{{n['first']}--{n['last']}}}")]
        kind, venue = _entry_type(e), e["venue"]
    text = f"@{kind}{{{own_key},\n" + _fields(pairs, "\t") + ",\n}"
    return text, e["authors"], venue, own_key


RENDERERS = {
    "google_scholar": _google_scholar, "zotero_biblatex": _zotero, "hand_macros": _hand,
    "caps_legacy": _caps_legacy, "dblp": _dblp, "jabref": _jabref, "ads": _ads_style,
    "mathscinet": _mathscinet, "ieee_xplore": _ieee_style, "caps_given_first": _caps_given_first,
    "acm_dl": _acm, "mendeley": _mendeley, "inspire_hep": _inspire, "bibtex_tidy": _tidy,
    "accent_forms": _accent_forms, "crossref_doi": _crossref, "arxiv_export": _arxiv_export,
    "springer_link": _springer, "scopus": _scopus, "web_of_science": _wos, "semantic_scholar": _semantic_scholar,
    "better_biblatex": _better_biblatex, "bibdesk": _bibdesk, "hand_crossref": _hand_crossref,
    "endnote": _endnote, "zotero_bibtex": _zotero_bibtex,
}
