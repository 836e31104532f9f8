"""One CV publication entry -> its fields; shared by the text and the PDF CV extractors.

An entry is written in the text CV form, ``Authors. *Title*. Venue, Year. **[Badge]**``:
the CV owner in ``**bold**``, ``*`` after a name for equal contribution, the title in
italics when the source marks it (otherwise the sentence after the authors). The PDF
extractor renders what it reads from the page into this same form, so the same CV gives
the same records as text or as PDF.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable

from normalizers.identifiers import find_arxiv_ids, find_code_urls, find_dois
from normalizers.venues import parse_venue

from .author_lists import JOINER, abbreviated_given, host_mark
from .base import Draft, RecordError, excerpt

# (each kind's usual section names in English, then in French, German, Spanish, Italian and
# Portuguese academic CVs: "Prépublications", "Zeitschriftenartikel", "Konferenzbeiträge",
# "Artículos en revistas", "Atti di convegni", "Capítulos de livros")
_SECTION_TYPES: list[tuple[re.Pattern, str]] = [
    (re.compile(r"pre-?prints?|under[- ]review|submitted|manuscripts?|prépublications?|prepublicaciones", re.I),
     "preprint"),
    (re.compile(r"thesis|dissertation|\bthèses?\b|\btesis\b|\btesi\b|\bteses?\b|dissertação", re.I), "thesis"),
    (re.compile(r"workshop", re.I), "workshop"),
    (re.compile(r"journal|\brevues?\b|zeitschrift|\brevistas?\b|\briviste\b|periódicos", re.I), "journal"),
    (re.compile(r"conference|proceedings|congrès|\bactes\b|konferenz|tagung|congresos?|\bactas\b|convegn[oi]|"
                r"congress[oi]|conferenze|\banais\b|\batti\b", re.I), "conference"),
    (re.compile(r"book chapter|chapitres?\s+d|buchkapitel|capítulos?\s+de|capitoli\s+d", re.I), "chapter"),
]
# The usual section names of academic CVs in French, German, Spanish, Italian and Portuguese
# (publications, articles, conference papers and proceedings, preprints, books and chapters,
# theses; and the sections that list no publication: education, teaching, talks, awards,
# grants, supervision, skills), as each language's CVs name them: one table, read after the
# English words of each reader (cv_pdf_layout's CV headings, markdown_page's and
# html_publications' page headings; moved here from cv_pdf_layout so that the page readers
# share it). A German compound ends in its kind ("Zeitschriftenartikel", "Konferenzbeiträge"),
# so German words match at a word's end as well as whole.
# The names national CV systems give the part of a CV that holds the publication list
# ("Producción científica" in the Spanish CVN of FECYT, "Produção bibliográfica" in Brazil's
# Lattes, "Produzione scientifica" in Italian ASN applications, "Production scientifique" in
# French dossiers) are publication words too (wt-cvpdf18).
SECTION_WORDS_OTHER_LANGUAGES: dict[str, tuple[str, str]] = {
    # language: (words of a publication list, words of a section that lists none)
    "French": (
        (r"publications?|prépublications?|articles?|communications?|actes|revues?|ouvrages?|chapitres?|"
         r"thèses?|travaux\s+publiés|production\s+scientifique"),
        (r"formation|enseignements?|exposés|séminaires?|conférences\s+invitées|expériences?|prix|"
         r"distinctions?|encadrements?|responsabilités|compétences|langues|parcours|postes?|"
         r"financements?|projets?|vulgarisation")),
    "German": (
        (r"\w*(?:publikationen|veröffentlichungen|artikel|aufsätze|beiträge|tagungsbände|buchkapitel)|"
         r"monographien|bücher|dissertation|habilitation(?:sschrift)?|schriftenverzeichnis"),
        (r"ausbildung|lehre|lehrtätigkeit(?:en)?|\w*vorträge|berufserfahrung|\w*erfahrung|preise|"
         r"auszeichnungen|stipendien|betreuung|kenntnisse|sprachen|werdegang|drittmittel|"
         r"gutachtertätigkeit(?:en)?|mitgliedschaften|projekte")),
    "Spanish": (
        (r"publicaciones|prepublicaciones|artículos|actas|comunicaciones|capítulos|libros|tesis|"
         r"producción\s+científica"),
        (r"formación|educación|docencia|experiencia|premios|becas|charlas|conferencias\s+invitadas|"
         r"idiomas|proyectos|dirección\s+de\s+tesis")),
    "Italian": (
        r"pubblicazioni|articoli|atti|contributi|capitoli|libri|monografie|tesi|produzione\s+scientifica",
        (r"formazione|istruzione|didattica|insegnamento|esperienz[ae]|premi|borse|seminari|relazioni|"
         r"lingue|progetti")),
    "Portuguese": (
        (r"publicações|artigos|anais|capítulos|livros|teses?|dissertação|trabalhos\s+publicados|"
         r"produção\s+(?:científica|bibliográfica)"),
        (r"formação|educação|ensino|experiência|prêmios|prémios|bolsas|palestras|apresentações|idiomas|"
         r"orientações|projetos")),
}
_OTHER_PUB = re.compile(r"\b(?:" + "|".join(pub for pub, _ in SECTION_WORDS_OTHER_LANGUAGES.values()) + r")\b",
                        re.IGNORECASE)
_OTHER_SKIP = re.compile(r"\b(?:" + "|".join(skip for _, skip in SECTION_WORDS_OTHER_LANGUAGES.values()) + r")\b",
                         re.IGNORECASE)
# Japanese, Chinese and Korean headings, which write no space between words, so their words
# are matched anywhere in a heading ("学術論文 [査読有り]" holds 論文, "papers"), not as whole
# words (wt-realstudy8web). Provenance: the section names of Japanese researchers' publication
# lists as researchmap (the JST researcher database) and university "研究業績" pages print them
# (論文 papers, 業績 achievements, 著書 books, 紀要 bulletins, 解説 reviews, 報告書 reports;
# 学会発表/口頭発表/ポスター発表/国内発表 presentations, 講演 talks, 受賞 awards, 学歴 education,
# 職歴/経歴 career, 研究費/助成 grants, 担当授業 teaching, 所属学会 memberships); the same sections
# in simplified Chinese CVs (论文, 著作/专著, 出版物; 教育背景, 工作经历, 获奖, 学术报告, 讲座,
# 科研项目, 基金) and Korean ones (논문, 저서, 출판; 학력, 경력, 수상, 발표, 강연, 연구비).
# A presentation word before a paper word ("学会発表論文") names talks, as in the table above.
SECTION_WORDS_CJK: dict[str, tuple[str, str]] = {
    "Japanese": (r"論文|業績|著書|紀要|解説|報告書|総説|出版物",
                 r"学会発表|口頭発表|ポスター発表|国内発表|招待講演|講演|受賞|学歴|職歴|経歴|研究費|助成|担当授業|所属学会"),
    "Chinese": (r"论文|著作|专著|出版物",
                r"教育背景|工作经历|获奖|学术报告|讲座|科研项目|基金"),
    "Korean": (r"논문|저서|출판", r"학력|경력|수상|발표|강연|연구비"),
}
_CJK_PUB = re.compile("|".join(pub for pub, _ in SECTION_WORDS_CJK.values()))
_CJK_SKIP = re.compile("|".join(skip for _, skip in SECTION_WORDS_CJK.values()))


def other_language_heading(text: str) -> str | None:
    """``pub`` for a heading that names a publication list in one of the languages of
    :data:`SECTION_WORDS_OTHER_LANGUAGES` or :data:`SECTION_WORDS_CJK`, ``skip`` for one that
    names another section, None when it names neither: a section that lists none
    ("Vorträge") wins over a publication word as the English "Talks" does, unless the
    publication word comes first."""
    other_skip = _OTHER_SKIP.search(text) or _CJK_SKIP.search(text)
    other_pub = _OTHER_PUB.search(text) or _CJK_PUB.search(text)
    if other_skip and not other_pub:
        return "skip"
    if other_pub:
        return "skip" if other_skip and other_skip.start() < other_pub.start() else "pub"
    return None


_BADGE = re.compile(r"\*{0,2}\[(?P<b>[^\]]*?(?:Oral|Spotlight|Best|Award|Highlight|Poster|Honorable)[^\]]*)\]\*{0,2}", re.I)
# A badge in parentheses must be nothing but the badge: "(Oral Presentation)", "(Best Paper Award)".
_PAREN_BADGE = re.compile(
    r"\((?P<b>(?:long |short |contributed )?(?:oral|spotlight|highlight)(?: presentation| talk| paper)?"
    r"|(?:best|outstanding) (?:\w+ )?paper(?: award)?(?: nomination| runner[- ]up)?|honou?rable mention)\)",
    re.I,
)
# Canonical badge names, most specific first; a badge text may hold several ("Spotlight Oral").
_BADGE_NAMES: list[tuple[re.Pattern, str]] = [
    (re.compile(r"best\s+(?:\w+\s+)?paper\s+(?:award\s+)?(?:nomination|finalist|candidate|runner[- ]?up)", re.I),
     "Best Paper Nomination"),
    (re.compile(r"best\s+(?:\w+\s+)?paper", re.I), "Best Paper"),
    (re.compile(r"outstanding\s+paper", re.I), "Outstanding Paper"),
    (re.compile(r"honou?rable\s+mention", re.I), "Honorable Mention"),
    (re.compile(r"spotlight", re.I), "Spotlight"),
    (re.compile(r"\boral\b", re.I), "Oral"),
    (re.compile(r"highlight", re.I), "Highlight"),
]
# Footnotes printed inside an entry: "∗Equal contribution.", "+Corresponding author."
_NOTE = re.compile(
    r"[*∗+†‡]?\s*(?:equal(?:ly)? contribut(?:ion|ed)s?|corresponding authors?|co-first authors?(?:hip)?)\.?", re.I)
_ET_AL = re.compile(r",?\s*(?:and\s+)?\bet\.?\s*al\b\.?", re.I)
# (a star followed by a comma or semicolon opens no emphasis: it marks the name before it, "Lee, A.*,
# Chen, B." shared first authorship)
_ITALIC = re.compile(r"(?<![*\w])\*(?!\*)(?![\s,;])(?P<t>.+?)(?<![\s*])\*(?![*\w])")
_MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)]*)\)")
# not in "arXiv: 1910.09115", nor the first page of a range after a volume or its issue
# ("14(10B):2083-92": citations.YEAR_IN_TEXT); a day and month before it, "25.02.2019", date it
_YEAR = re.compile(r"(?:(?<![\d.])|(?<=(?<![\d.])[0-3]\d[./][0-3]\d[./])|(?<=(?<![\d.])\d[./][0-3]\d[./]))(?!(?<=[\d)]:)\d{4}\s*[-–]\s*\d)(?!(?<=[\d)]: )\d{4}\s*[-–]\s*\d)"
                   r"(?:19|20)\d\d(?!\d|\.\d)")
_PERIOD = re.compile(r"\.(?=\s|$)")
_MARKS = re.compile(r"[*_]")
_NAME_TAIL = re.compile(r"[\d+†‡§¶#]+$")  # affiliation digits, corresponding-author marks
_SPACES = re.compile(r"\s+")
_SINGLE_WORD = re.compile(r"[A-Z][\w'’\-]+")
_STAR_END = re.compile(r"\*[+†‡]*$")
_PAREN_YEAR_END = re.compile(r"\s*\(\s*(?:19|20)\d\d\s*\)\s*$")
_YEAR_END = re.compile(r",?\s*(?:19|20)\d\d\.?$")
# APA's date parenthesis holding a manuscript's status instead of a year ("Lee, A., & Roe, C.
# (manuscript under review). Title.", "(in press)", "(submitted)"): it ends the names as "(2021)" does
_PAREN_STATUS_END = re.compile(r"\s*\(\s*(?:(?:manuscript|paper|article)\s+)?(?:in\s+press|submitted|accepted|forthcoming|"
                               r"under\s+(?:review|revision)|in\s+(?:review|revision)|in\s+prep(?:aration|\.)?|n\.\s?d\.)"
                               r"\s*\)\s*$", re.I)
_AND_SPLIT = re.compile(r"\s+and\s+")
# two people each "Surname, Given" joined by "and" ("Okafor, Hector and Chang, Kevin Chen-Chuan")
_AND_PAIR_INVERTED = re.compile(r"[^,]+,[^,]+\s+and\s+[^,]+,[^,]+")
# the word joining the last two names, in each language of author_lists.LAST_NAME_JOINERS
# ("Ann Lee, Bo Chen und Cy Roe", "... y Cy Roe"), as author_lists splits a list
_COMMA_AND_SPLIT = re.compile(rf",|\s+{JOINER}\s+")
_LEADING_AND = re.compile(rf"^{JOINER}\s+")
_ANY_JOINER = re.compile(rf"\s{JOINER}\s")
_OWNER_BOLD = re.compile(r"\*\*(?P<name>[^*]+?)\*\*")
# (after a comma, or after the volume's colon: "Graph Letters, 3:1-9" left "Graph Letters, 3:",
# a colon no other cut takes, so the volume stayed in the venue)
_PAGES_END = re.compile(r"[,:]?\s*\d+\s*[-–]\s*\d+\s*\.?$")
_VOLUME_END = re.compile(r",\s*(?:vol(?:ume)?\.?\s*|no\.?\s*|pp?\.?\s*)?\d+(?:\s*\(\d+\))?(?::\s*\d+)?$", re.I)
# the months as printed after a venue, whole or cut short (also ``_NEEDS``' test of them)
_MONTH_NAMES = ("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
                "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
                "december")
_MONTH_END = re.compile(r"(?:,\s*|\s+)(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?$", re.I)
# "In: Venue", "In Venue"; after "In:" a venue may open in lower case ("In: arXiv:2101.01234")
# The word "in" that a citation prints before a book's or proceedings' name, in English and
# German ("In"), French ("dans"), Spanish ("en"), Italian ("in") and Portuguese ("em"): no
# part of the venue's name. (The English "In" may be capitalised; the others are read in
# lower case only, after a title's comma, "« Title », dans *Venue*".)
IN_BEFORE_VENUE = {"English": "In", "German": "In", "French": "dans", "Spanish": "en", "Italian": "in",
                   "Portuguese": "em"}
_IN_PREFIX = re.compile(r"^(?:In:\s+|(?:In|" + "|".join(sorted({w for w in IN_BEFORE_VENUE.values() if w.islower()}))
                        + r")\s+(?=[A-Z0-9]))")
# biblatex's "Venue 33.6": the volume and the issue after the name, joined by a full stop
_VOLUME_ISSUE_END = re.compile(r"\s+\d{1,4}\.\d{1,3}$")
# What a citation prints after the venue's name but is not the venue: the publisher
# ("(ECOC). IEEE", "(ICML), PMLR", "Springer, Cham") and the place ("(ECML-PKDD), Ghent, Belgium").
_PUBLISHERS = ("PMLR", "IEEE", "ACM", "Springer", "Elsevier")  # printed after a venue's name
_PUBLISHER_END = re.compile(r"[.,]\s*(?:" + "|".join(_PUBLISHERS) + r")(?:,\s*[A-Z][a-z]+)?$")
_COUNTRIES = (
    "Argentina|Australia|Austria|Belgium|Brazil|Canada|Chile|China|Czech Republic|Denmark|Egypt|"
    "Finland|France|Germany|Greece|Hong Kong|Hungary|India|Ireland|Israel|Italy|Japan|Korea|"
    "Mexico|Netherlands|The Netherlands|New Zealand|Norway|Poland|Portugal|Singapore|"
    "South Africa|South Korea|Spain|Sweden|Switzerland|Taiwan|Thailand|Turkey|UAE|UK|"
    "United Kingdom|United States|USA|Vietnam"
)
_PLACE_END = re.compile(rf"(?:,\s*[A-Z][\w.'’\- ]{{0,40}}){{0,2}},\s*(?:{_COUNTRIES})$")
_ARXIV_NEW_ID = re.compile(r"arxiv\W{0,3}(?:abs/)?(?P<yy>0[7-9]|[1-9]\d)(?:0[1-9]|1[0-2])\.\d{4,5}", re.I)
# an old-style identifier (August 1991 to March 2007), "arXiv:hep-th/9502001": its archive, then the
# year's last two digits and the month
_ARXIV_OLD_ID = re.compile(r"arxiv\W{0,3}(?:abs/)?[a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?/(?P<yy>9[1-9]|0[0-7])"
                           r"(?:0[1-9]|1[0-2])\d{3}\b", re.I)
_QUESTION_THEN_VENUE = re.compile(
    r"\?\s+(?=(?:In\s+|Proc\S*\s+)?(?:[A-Z][\w&/-]*\s+){0,6}"
    r"(?:Conference|Journal|Transactions|Proceedings|Workshop|Symposium|arXiv)\b)")
# "Preprint, arXiv:2105.01234", "Submitted. arXiv:...": the word before the identifier says
# what the paper is, the identifier where it is (citations.venue_name the same)
_BEFORE_ARXIV = re.compile(r"^(?:(?:e-?)?preprint|submitted|in\s+press|to\s+appear|accepted|under\s+review)"
                           r"\s*[,.:;]?\s*(?=arXiv\b)", re.I)
STATUS = re.compile(r"under (?:review|submission)|submitted|in preparation", re.I)  # printed where a venue would be
# printed where a venue would be: a kind of paper that is not published ("Unpublished", "Mimeo"),
# also after the place that keeps it ("Harvard mimeo", "NUS manuscript": no journal's name ends so)
UNPUBLISHED = re.compile(r"^(?:mimeo|unpublished|manuscript)\b|\b(?:mimeo|manuscript)$", re.I)
_SELECTED_MARK = re.compile(r"^\s*\(\s*[*†‡§]+\s*\)\s*")
_ARXIV_AFTER_TITLE = re.compile(r",?\s+(?=arXiv[:\s]\d)")
_TITLE_NOTE = re.compile(r"\s*\[[^\[\]]{2,80}\]$")
_SECOND_VENUE = re.compile(r"[.,;]\s+&\s+")
# a year printed as a sentence of its own after the names (Chicago's author-date: "Lee, Ann.
# 2024. Title. Venue.")
_YEAR_SENTENCE = re.compile(r"^(?P<y>(?:19|20)\d\d)[a-z]?\.\s+(?=\S)")
# a work's kind printed as the citation's last sentence after its repository ("figshare.
# Dataset."): a note on the work, not the venue's
_KIND_SENTENCE_END = re.compile(r"[.,]\s*(?:\[?(?:data\s?set|software|computer\s+software|computer\s+program)\]?)\.?$", re.I)
_TITLE_MARKUP = re.compile(r"\*\*|__|(?<!\w)\*(?=\w)")


# Fast paths. A pattern that opens with a lookbehind, a class or an optional part gives the
# regex engine no literal to scan for: a search tries it at every character of the text. What
# every match of such a pattern needs is tested first (a character or a word, or how the text
# ends for a pattern anchored at its end), and the pattern is tried only where it may match.
# tests/test_cv_fast_paths.py holds each test true of every match, and the readings with the
# tests equal to those without, on real and generated entries.

def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may match a case-insensitive pattern each of whose matches holds one of
    ``words`` (lower-case ASCII): False only for an ASCII text whose lower case holds none of
    them. Any other text may (in it "ſ", "ı", "İ" and "K" fold to ASCII letters)."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in words)


def _last_char(text: str) -> str:
    """The last character before the end spaces ("" for none): where a pattern anchored at the
    end (``$``, which also matches before a final newline) ends its match."""
    return text.rstrip()[-1:]


_NEEDS: dict[re.Pattern, Callable[[str], bool]] = {
    _MD_LINK: lambda t: "](" in t,
    _BADGE: lambda t: "[" in t,
    _PAREN_BADGE: lambda t: "(" in t,
    _NOTE: lambda t: _may_hold(t, ("equal", "correspond", "co-first")),
    _ET_AL: lambda t: _may_hold(t, ("et",)),
    _ARXIV_AFTER_TITLE: lambda t: "arXiv" in t,
    _TITLE_NOTE: lambda t: _last_char(t) == "]",
    _SECOND_VENUE: lambda t: "&" in t,
    _TITLE_MARKUP: lambda t: "*" in t or "__" in t,
    _PAREN_YEAR_END: lambda t: _last_char(t) == ")",
    _YEAR_END: lambda t: _last_char(t) == "." or _last_char(t).isdigit(),
    # what a venue's name is printed with after it (``_venue_name``)
    _PAGES_END: lambda t: t.rstrip().rstrip(".").rstrip()[-1:].isdigit(),
    _VOLUME_END: lambda t: _last_char(t).isdigit() or _last_char(t) == ")",
    _VOLUME_ISSUE_END: lambda t: _last_char(t).isdigit(),
    _MONTH_END: lambda t: not t.isascii() or t.rstrip().rstrip(".").lower().endswith(_MONTH_NAMES),
    _PUBLISHER_END: lambda t: any(name in t for name in _PUBLISHERS),
    _PLACE_END: lambda t: t.rstrip().endswith(_COUNTRY_NAMES),
}
# ``_COUNTRIES`` one by one, for ``_NEEDS``
_COUNTRY_NAMES = tuple(_COUNTRIES.split("|"))


def _may_match(pattern: re.Pattern, text: str) -> bool:
    """False when ``pattern`` cannot match ``text``: it lacks what every match needs (``_NEEDS``)."""
    return _NEEDS[pattern](text)


def _cut(pattern: re.Pattern, text: str) -> str:
    """``pattern.sub("", text)``, the pattern tried only where it may match."""
    return pattern.sub("", text) if _may_match(pattern, text) else text


# A date after a note of a later change ("(2019 - Last updated: 2020)", "revised 2021",
# "accessed March 2022"): when the page or preprint was changed or read, not the paper's year.
_CHANGE_NOTE = re.compile(r"(?:(?:last\s+)?(?:updated|revised|modified)|accessed|retrieved)\s*(?:on\s+|:\s*)?"
                          r"(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2},?\s+)?$", re.IGNORECASE)
# how far before a year such a note may start (the longest form above: "last modified on
# September 30, ")
_CHANGE_NOTE_CHARS = 40


def _years(text: str) -> list[re.Match]:
    """``list(_YEAR.finditer(text))``, searched from the first "19" or "20" (where every match
    starts; the pattern's lookarounds still see the characters before)."""
    starts = [i for i in (text.find("19"), text.find("20")) if i != -1]
    return list(_YEAR.finditer(text, min(starts))) if starts else []


def paper_years(text: str) -> list[re.Match]:
    """``_years``, without a year that dates a later change (``_CHANGE_NOTE``) when another
    year is printed (alone, it is the only date the entry gives)."""
    found = _years(text)
    if len(found) > 1 and re.search(r"(?i)updated|revised|modified|accessed|retrieved", text):
        found = [m for m in found if not _CHANGE_NOTE.search(text[max(0, m.start() - _CHANGE_NOTE_CHARS):m.start()])]
    return found


def _first_italic(text: str) -> re.Match | None:
    """``_ITALIC.search(text)``, tried only at each "*" (every match opens with one; the
    pattern's lookbehind still sees the character before the position it is tried at)."""
    at = text.find("*")
    while at != -1:
        m = _ITALIC.match(text, at)
        if m:
            return m
        at = text.find("*", at + 1)
    return None


@dataclass
class ParsedEntry:
    authors: list[str] = field(default_factory=list)
    authors_truncated: bool = False  # the list ends in "et al."
    title: str | None = None
    venue: str | None = None
    year: int | None = None
    owner: str | None = None
    equal_contribution: list[str] = field(default_factory=list)
    badges: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    status: str | None = None  # "under review" and the like


def section_type(heading: str) -> str | None:
    for pattern, kind in _SECTION_TYPES:
        if pattern.search(heading):
            return kind
    return None


def badge_names(text: str) -> list[str]:
    """``Oral & Best Paper Award`` -> ``["Oral", "Best Paper"]``, in the order printed."""
    spans: list[tuple[int, int, str]] = []
    for pattern, name in _BADGE_NAMES:
        for m in pattern.finditer(text):
            if not any(m.start() < end and start < m.end() for start, end, _ in spans):
                spans.append((m.start(), m.end(), name))
    if spans:
        return [name for _, _, name in sorted(spans)]
    parts = (re.sub(r"\s+(?:Award|Presentation)$", "", p.strip(), flags=re.I) for p in re.split(r"\s*[&,]\s*", text))
    return [p for p in parts if p]


def printed_badges(text: str) -> list[str]:
    """The badges of an entry in the text CV form (``**[Oral]**``)."""
    return _badges(text)[1]


def _badges(text: str) -> tuple[str, list[str]]:
    found: list[str] = []
    for pattern in (_BADGE, _PAREN_BADGE):
        if not _may_match(pattern, text):
            continue
        matches = list(pattern.finditer(text))
        for m in matches:
            found.extend(b for b in badge_names(m.group("b")) if b not in found)
        if matches:
            text = pattern.sub("", text)
    return text, found


# An omission mark between two names of a list ("Chen, B., ... Roe, C. (2020).", "Lee, A., ...
# & Roe, C."): three stops after a list's comma leave names out; they end no sentence.
_OMISSION_IN_LIST = re.compile(r",\s?\.\.\.$")


def sentence_break(text: str, start: int = 0) -> int | None:
    """Index of the first '. ' at or after ``start`` that ends a sentence, not an initial nor
    an abbreviation that never ends one ("non-reciprocal vs. reciprocal", "e.g.":
    ``citations._NOT_AN_END``, the markdown reader's list)."""
    from .citations import _NOT_AN_END  # (here: citations imports this module)

    part_end, numeral = -1, False
    for m in _PERIOD.finditer(text, start):
        end = m.start()
        if _NOT_AN_END.search(text, max(0, end - 8), end + 1):
            continue
        if _OMISSION_IN_LIST.search(text, max(0, end - 6), end + 1):
            continue  # "Lee, A., ... Roe, C.": names left out of the list, no sentence's end
        if end == part_end:
            if numeral:
                continue  # "approximation. II. An extrapolation": the title goes on after its part
            return end  # "Frolicher Spaces. Part I. arXiv:...": the title ends with its part
        # an initial ("Michael W. Mahoney", "M.-H. Yang"): one capital letter after a space, a
        # dot, a hyphen or the start; not a title's part number ("... sources: Part I. Venue")
        if end >= 1 and text[end - 1].isupper() and (end == 1 or text[end - 2] in " .-\t") \
                and not _PART_NUMBER_END.search(text, max(0, end - 12), end):
            continue
        # two initials run together with one stop ("PP. Ntumba", "B. Dugmore and PP. Ntumba.")
        # opening a name of the list: the text's start or a list's separator before them, a
        # surname and a separator after them
        if end >= 2 and _RUN_INITIALS_BEFORE.search(text, max(0, end - 8), end) \
                and _SURNAME_AFTER_INITIALS.match(text, end + 1) \
                and (end == 2 or _INITIAL_NAME.search(text, 0, end)):
            continue
        # an abbreviated given name ("Ya. B. Zeldovich", "Igor Kh. Petrov": author_lists.ABBREVIATED_GIVEN)
        if end >= 2 and text[end - 1].islower() and abbreviated_given(text[max(0, end - 12):end], text[end + 1:end + 60]):
            continue  # "Ya. B. Zeldovich", "and Th. Wolf. Title": a given name's abbreviation
        part = _TITLE_PART.match(text, m.end())
        if part:  # the stop before a title's part number is not the title's end
            part_end, numeral = part.end(), not part.group().strip().startswith(("Part", "Paper"))
            continue
        return end
    return None


# Two capitals before a stop that open a name of a list ("PP. Ntumba"): at the text's start, or
# after a comma or a joining word, a name with an initial printed before them ("B. Dugmore and
# PP. Ntumba"), and after them a surname and a separator (a comma, a joining word or a stop)
_RUN_INITIALS_BEFORE = re.compile(r"(?:^|,\s|\s(?:and|&)\s)[A-Z]{2}$")
_SURNAME_AFTER_INITIALS = re.compile(r"\s[A-Z][a-z][\w'’\-]*(?:,|\.|\s(?:and|&)\s)")
_INITIAL_NAME = re.compile(r"(?:^|\s)[A-Z]\.\s?[A-Z][a-z]")


# A title's part number before a stop ("Part I.", "Paper V."): the title's end, no initial
_PART_NUMBER_END = re.compile(r"\b(?:Part|Paper)\s+[IVX]$")


# A title's part number after its stop: "Part I", "Part 2", or a roman numeral of two letters
# or more alone ("II."; a single "I." may be an initial)
_TITLE_PART = re.compile(r"\s*(?:(?:Part|Paper)\s+(?:[IVX]{1,4}|\d{1,2})\b|(?:II|III|IV|VI|VII|VIII|IX)(?=\.\s))")


_INITIAL_STOP_END = re.compile(r"(?:^|[\s.\-])[A-ZÀ-ÖØ-Þ][a-z]?\.$")
_GIVEN_INITIAL = re.compile(r"[A-Z][a-z][\w'’\-]*(?:\s[A-Z][a-z][\w'’\-]*)?(?:\s[A-Z]\.?)+")  # "Ann B.", "Maren T"


def every_name_inverted(pieces: list[str]) -> bool:
    """Whether the comma pieces of an author list are people each printed "Surname, Given
    names", people and name parts parted by the same commas ("Lee, Ann, Holloway, Maren T.,
    Chen, Bo", as the Canadian Common CV prints every name): an even count, two people at
    least, each even piece a surname of one word (or a particle and one word) and each odd
    one given names written out ("Ann", "Maren T.", "Luke J"). A list of initials ("Lee, A.,
    Chen, B.") is not one: other readings read it."""
    return (len(pieces) >= 4 and len(pieces) % 2 == 0
            and all((_is_single_word(surname) or _particle_surname(surname))
                    and (_is_single_word(given) or bool(_GIVEN_INITIAL.fullmatch(given)))
                    for surname, given in zip(pieces[::2], pieces[1::2])))


def split_authors(text: str, semicolon_lists: bool = False) -> tuple[list[str], str | None, list[str]]:
    """Author list text -> (names as shown, owner, equal-contribution names).

    Handles ``A, B, and C``, BibTeX-style ``Last, First and Last, First`` and
    ``Last, First, B, C`` (a lone surname followed by a lone given name); with
    ``semicolon_lists`` (the text reader's), ``Last, First; Last, First`` when every piece
    between semicolons is one "Last, First".
    """
    text = text.strip().strip(".,; ")
    text = _cut(_PAREN_YEAR_END, text)  # "(2021)"
    text = _cut(_YEAR_END, text).strip().strip(",; ")
    if not _INITIAL_STOP_END.search(text):  # ("Halevy, Alon Y. (2001)": the stop closing an initial is its own)
        text = text.rstrip(".").rstrip(",; ")
    people = text.split(";")
    if semicolon_lists and len(people) >= 2 and all(p.count(",") == 1 for p in people):
        # semicolons between people each "Surname, Given" (the look of the whole list)
        pieces = [" ".join(reversed([q.strip() for q in p.split(",")])) for p in people]
        # (or after a full given name: "Gillies, Anthony S", a given name is never one letter)
        if re.search(r"(?:^|[\s\-])[A-Z]\**$", people[-1]) and (re.search(r"(?:^|[\s.\-])[A-Z][a-z]?\.", text)
                                                               or re.search(r"[a-z]\s[A-Z]\**$", people[-1])):
            pieces[-1] = re.sub(r"(?<=\b[A-Z])(?=\**\s)", ".", pieces[-1], count=1)  # "Roe, Cy D." whose period the list took
    elif (text.count(" and ") >= 2 or _AND_PAIR_INVERTED.fullmatch(text)) and "," in text:
        # BibTeX's form, "Last, First and Last, First" (two people: each piece one comma)
        pieces = [p.strip() for p in _AND_SPLIT.split(text)]
        pieces = [" ".join(reversed([q.strip() for q in p.split(",", 1)])) if p.count(",") == 1 else p for p in pieces]
    else:
        # (no joining word: commas alone)
        parts = _COMMA_AND_SPLIT.split(text) if _ANY_JOINER.search(text) or "and" in text else text.split(",")
        pieces = [_LEADING_AND.sub("", q) for q in (p.strip() for p in parts)]
        pieces = [p for p in pieces if p]
        merged: list[str] = []
        k = 0
        if every_name_inverted(pieces):  # "Lee, Ann, Holloway, Maren T., Chen, Bo" (the Canadian Common CV)
            merged, k = [f"{given} {surname}" for surname, given in zip(pieces[::2], pieces[1::2])], len(pieces)
        while k < len(pieces):
            cur = pieces[k]
            nxt = pieces[k + 1] if k + 1 < len(pieces) else None
            if nxt and (_is_single_word(cur) or _particle_surname(cur)) and (
                    _is_single_word(nxt) or (k == 0 and _GIVEN_INITIAL.fullmatch(nxt))):
                # "Jaiswal, Ajay" -> "Ajay Jaiswal"; the first author inverted with a middle
                # initial (MLA, Chicago): "Lee, Ann B., Bo Chen" -> "Ann B. Lee"
                merged.append(f"{nxt} {cur}")
                k += 2
            else:
                merged.append(cur)
                k += 1
        pieces = merged
    pieces = _split_fused(pieces)
    names: list[str] = []
    owner = None
    equal: list[str] = []
    for piece in pieces:
        name, bold, star = _piece_name_cached(piece) if len(piece) <= _CACHED_PIECE_CHARS else _piece_name(piece)
        if not name:
            continue
        names.append(name)
        if bold:
            owner = name
        if star:
            equal.append(name)
    return names, owner, equal


def _unmarked_end(text: str, find) -> int | None:
    """``find`` (an index in the text it is given) asked of ``text`` without its bold marks
    ("**"), the index it gives mapped back into ``text``."""
    if "**" not in text:
        return find(text)
    kept, k = [], 0
    while k < len(text):
        if text.startswith("**", k):
            k += 2
            continue
        kept.append(k)
        k += 1
    at = find("".join(text[k] for k in kept))
    return None if at is None else (kept[at] if at < len(kept) else len(text))


def _inverted_names(out: ParsedEntry, authors_part: str) -> None:
    """``out``'s names read again from a list of people each "Surname, I." ("Gray, J.",
    "Lee, A. B. & Chen, C."), which ``split_authors`` cuts at every comma ("Gray", "J"):
    :func:`author_lists.split_author_list` reads the whole list; the owner (in bold) and the
    equal contributors (starred) are the names sharing their surname."""
    from .author_lists import given_first, plausible_name, split_author_list

    names = given_first(split_author_list(_NAME_TAIL.sub("", _MARKS.sub("", authors_part)).strip())[0])
    if not names or not all(plausible_name(n) for n in names):
        return

    def same(piece: str) -> str | None:
        surname = piece.split()[-1] if piece.split() else ""
        return next((n for n in names if n.split()[-1] == surname or n.split()[0] == surname), None)

    # (the owner in bold, "**Lee, A.**": read as the list reads it, "A. Lee")
    # ("**Lee, A**.": the stop this parser moved after the marks is the initial's)
    bold = [split_author_list(m.group("name").strip(" ,;") + authors_part[m.end():m.end() + 1].strip(",; &"))[0]
            for m in _OWNER_BOLD.finditer(authors_part)]
    out.owner = next((b[0] for b in bold if len(b) == 1 and b[0] in names), None) or (
        same(out.owner) if out.owner else None)
    out.equal_contribution = [n for n in map(same, out.equal_contribution) if n]
    out.authors = names


def _piece_name(piece: str) -> tuple[str, bool, bool]:
    """(the name one piece of an author list prints, whether the piece is in bold (the owner),
    whether it ends in an equal-contribution star)."""
    bold = "**" in piece
    star = bool(_STAR_END.search(piece.replace("**", "", 2) if bold else piece))
    name = _SPACES.sub(" ", _NAME_TAIL.sub("", _MARKS.sub("", piece).strip()).strip().strip(".,"))
    return name, bold, star


# A CV prints its owner's name in every entry and its frequent co-authors' in many: each
# distinct piece is read once per run. Pieces of up to _CACHED_PIECE_CHARS characters are kept
# (a name is far shorter), so the cache holds at most about 4,096 x 80 characters.
# tests/test_cv_fast_paths.py holds the cached reading equal to the plain one.
_CACHED_PIECE_CHARS = 80
_piece_name_cached = lru_cache(maxsize=4096)(_piece_name)


def _split_fused(pieces: list[str]) -> list[str]:
    """A missing comma fuses two names ("Ann-Li Chen **Bo-Wen Roe**"): when every other
    name of the list has two words and the emphasis that marks the owner starts or ends in
    the middle of a four-word piece, the piece is two names. Without that mark a four-word
    piece stays one name ("Ana Maria Ruiz Vega" next to "Ann Lee" is one person)."""
    if len(pieces) < 3:
        return pieces
    words = [p.replace("*", "").replace("_", "").split() for p in pieces]  # (_MARKS.sub("", p), without the engine)
    out = []
    for piece, ws in zip(pieces, words):
        if len(ws) != 4:  # (only a four-word piece can be two names: the others' lengths are not needed)
            out.append(piece)
            continue
        others = [len(w) for w in words if w is not ws]
        fused = (others and all(n == 2 for n in others)
                 and all(w[:1].isupper() and len(w.strip(".*")) > 1 and not w.endswith(".") for w in ws))
        tokens = piece.split()
        marked = len(tokens) == 4 and (tokens[2].startswith(("**", "__")) or tokens[1].endswith(("**", "__")))
        if fused and marked:
            out += [" ".join(tokens[:2]), " ".join(tokens[2:])]
        else:
            out.append(piece)
    return out


def _particle_surname(text: str) -> bool:
    """A surname of a particle and one capitalised word ("von Fintel", "de Vries", "Van den
    Bussche"): as one word, it may stand before its given names ("von Fintel, Kai"). A
    capitalised particle counts only before a lower-case one ("Di He" is a given name and a
    surname: author_lists._surname without capital particles)."""
    from .author_lists import _surname

    return " " in text.strip() and "**" not in text and _surname(text.strip(), False)


def _is_single_word(text: str) -> bool:
    if "**" in text:
        return False
    clean = text.replace("*", "").replace("_", "").strip()  # (_MARKS.sub("", text).strip(), without the engine)
    return " " not in clean and bool(_SINGLE_WORD.fullmatch(clean))  # (a space: two words, no pattern asked)


def parse_entry(body: str, semicolon_lists: bool = False, vancouver_lists: bool | None = None,
                year_sentences: bool = False) -> ParsedEntry:
    """Parse one publication entry's text (without its ``[N]`` marker). ``semicolon_lists``:
    read an opening list of "Last, First" people between semicolons by its look
    (:func:`author_lists.inverted_semicolon_list_end`); the text reader asks for it, the PDF
    reader (whose line joins it was not measured on) does not. ``vancouver_lists`` (by default
    as ``semicolon_lists``; the markdown reader's CV-style reading asks for it too): an opening
    Vancouver list ends at its last initial (:func:`citations.vancouver_list_end`). Not the PDF
    reader's: its joined lines put full stops where a line wraps, and the CV layouts'
    europass_table titles were cut there. ``year_sentences``: read a year printed as a sentence
    of its own after the names as Chicago's author-date year, the title the sentence after it
    (the PDF reader asks for it, its entries cut by the layout; a text CV's paragraph may hold
    several such entries run together, which this reading would take for one)."""
    out = ParsedEntry()
    printed_year = None  # a year printed as a sentence of its own after the names
    text = body.replace(".**", "**.").replace("∗", "*")
    from .name_marks import unmarked_names

    text = unmarked_names(text)  # affiliation marks, middle dots, "+9 more" on the names
    from .citations import half_width_punctuation, standard_quotes

    text = standard_quotes(text)  # « Title » (French CVs), „Title“ (German): the title's quotation marks
    text = half_width_punctuation(text)  # "Lee A B，Chen B．Title[J]．": full-width marks are ASCII ones
    text = _SELECTED_MARK.sub("", text)  # a "(*)" mark before the entry (selected, student-led)
    if _may_match(_MD_LINK, text):
        for m in _MD_LINK.finditer(text):
            if m.group("url").startswith("http"):
                out.links.append(m.group("url"))
        text = _MD_LINK.sub("", text)
    text, out.badges = _badges(text)
    if _may_match(_NOTE, text):
        text = _NOTE.sub(" ", text)
    text = " ".join(text.split())  # (what re.sub(r"\s+", " ", text).strip() gives, without a match per space)

    italic = _first_italic(text)
    vancouver = inverted = False
    if italic:
        authors_part, title, rest = text[: italic.start()], italic.group("t"), text[italic.end() :]
    else:
        from .author_lists import inverted_semicolon_list_end

        # "Lee, Ann B.; Chen, Bo. Title": a list surname first between semicolons ends with
        # its last person, though an initial closes it
        cut = inverted_semicolon_list_end(text) if semicolon_lists and ";" in text else None
        if cut is None and semicolon_lists:
            from .author_lists import inverted_initials_list_end

            # "Gray, J. Parallel Database Systems", "Lee, A. B. & Chen, C. Title": a list of
            # people each "Surname, I." ends at its last person's initials
            cut = _unmarked_end(text, inverted_initials_list_end)  # ("**Lee, A.**, Roe, C.": the owner in bold)
            if cut is None:
                from .author_lists import bibtex_form_list_end

                # "Keogh, Eamonn J. Exact Indexing", "von Fintel, Kai and Gillies, Anthony S.
                # Title": BibTeX's name form printed as it is ends at its last initial
                cut = _unmarked_end(text, bibtex_form_list_end)
            inverted = cut is not None
        if cut is None and vancouver_lists and not semicolon_lists:
            from .author_lists import bibtex_form_list_end

            # (the markdown reader's CV-style reading: BibTeX's name form ends at its last initial too)
            cut = bibtex_form_list_end(text)
            inverted = cut is not None
        if cut is None and (semicolon_lists if vancouver_lists is None else vancouver_lists):
            from .citations import vancouver_list_end

            # "Lee AB, Chen B. Title": the names end at "B."
            cut = vancouver_list_end(text)
            vancouver = cut is not None
        cut = sentence_break(text) if cut is None else cut
        if cut is None:
            raise ValueError("no sentence break between authors and title")
        authors_part = text[:cut]
        after = text[cut + 1 :].lstrip()
        if after.startswith("("):
            from .author_lists import GROUP_OPENING

            group = GROUP_OPENING.match(after)  # "A. Lee et al. (ATLAS Collaboration), Title"
            if group and group.group(0).rstrip().endswith(","):
                # (then the fields are parted by commas, the physics style the citation readers read)
                raise ValueError("names, a group and a title parted by commas")
            if group:
                after, authors_part = after[group.end():], authors_part + " et al."
        year_sentence = _YEAR_SENTENCE.match(after)
        if year_sentences and year_sentence and not after[year_sentence.end():].startswith(("\"", "“", "‘", "'", "*")) \
                and sentence_break(after[year_sentence.end():]) is not None:
            # "Lee, Ann, and Bo Chen. 2024. Title. Venue.": Chicago's author-date year, a
            # sentence of its own after the names; the title is the sentence after it
            after, printed_year = after[year_sentence.end():], int(year_sentence.group("y"))
        host = host_mark(after)
        if host:  # "Title // Venue. – 2021.": GOST's double slash ends the title, the host follows
            title, rest = after[:host.start()], after[host.end():]
        else:
            cut2 = sentence_break(after)
            title, rest = (after[:cut2], after[cut2 + 1 :]) if cut2 is not None else (after, "")
        question = _QUESTION_THEN_VENUE.search(title)  # "... Pruned Networks? AAAI Conference on ..."
        if question:
            title, rest = title[: question.start() + 1], f"{title[question.end():]}. {rest}".strip(". ")
    n_et_al = 0
    if authors_part.rstrip(" .").endswith(")"):
        authors_part = _PAREN_STATUS_END.sub("", authors_part.rstrip(" ."))
    if "ollaborat" in authors_part or "onsorti" in authors_part or " the " in authors_part:
        from .author_lists import without_group

        kept, grouped = without_group(authors_part.rstrip(" ."))  # "..., and the ATLAS Collaboration"
        if grouped:
            authors_part, n_et_al = kept, 1
    if _may_match(_ET_AL, authors_part):
        authors_part, cut_et_al = _ET_AL.subn("", authors_part)
        n_et_al += cut_et_al
    out.authors_truncated = n_et_al > 0
    out.authors, out.owner, out.equal_contribution = split_authors(authors_part, semicolon_lists)
    if inverted:  # each person "Surname, I.": split by the look of the whole list, given name first
        _inverted_names(out, authors_part)
    if vancouver:  # the list read as Vancouver's, each person given name first ("A. B. Lee"), a group as printed
        from .author_lists import vancouver_given_first

        turned = {n: vancouver_given_first(n) or n for n in out.authors}
        out.authors = [turned[n] for n in out.authors]
        out.owner = turned.get(out.owner, out.owner) if out.owner else out.owner
        out.equal_contribution = [turned.get(n, n) for n in out.equal_contribution]
    # "Title, arXiv:2607.27810 [math.PR]": the identifier after the title is where it was published
    arxiv = _ARXIV_AFTER_TITLE.search(title) if _may_match(_ARXIV_AFTER_TITLE, title) else None
    if arxiv:
        title, tail = title[:arxiv.start()], title[arxiv.end():]
        rest = rest or tail
    title = title.strip()
    if _may_match(_TITLE_NOTE, title):
        title = _TITLE_NOTE.sub("", title)  # "[Under review]" after the title: a note
    out.title = title.strip().rstrip(".,").strip().strip("\"“”").rstrip(".,").strip() or None

    rest = rest.strip().lstrip(".,; ").strip()
    if _may_match(_SECOND_VENUE, rest):
        rest = _SECOND_VENUE.split(rest)[0]  # "NeurIPS, 2023. & SNN Workshop ..." -> first venue
    italic_venue = _first_italic(rest)
    if italic_venue:
        rest = (rest[: italic_venue.start()] + italic_venue.group("t") + rest[italic_venue.end() :]).strip()
    years = paper_years(rest)
    if years:
        out.year = int(years[-1].group(0))
        venue = rest[: years[-1].start()]
        if venue.endswith("(") and rest[years[-1].end():].startswith(")"):
            venue = venue[:-1]  # "Venue 3.2 (2021)": the year in brackets of its own, not inside the venue's
        elif venue.count("(") > venue.count(")"):
            # the year is inside a parenthesis: "Machine Learning Journal (ECML-PKDD 2022
            # journal track)" keeps the parenthesis whole instead of cutting it open
            close = rest.find(")", years[-1].end())
            venue = rest[: close + 1] if close != -1 else venue
        if not venue.strip(" .,;"):
            venue = rest[years[-1].end() :]
    else:
        ymatch = paper_years(authors_part)
        out.year = int(ymatch[-1].group(0)) if ymatch else None
        venue = rest
    if out.year is None:
        out.year = printed_year
    if out.year is None:
        arxiv = _ARXIV_NEW_ID.search(rest)
        out.year = 2000 + int(arxiv.group("yy")) if arxiv else None  # "arXiv: 2101.03288": Jan 2021
        old_id = None if arxiv else _ARXIV_OLD_ID.search(rest)
        if old_id:  # "arXiv:ao-sci/9502001": Feb 1995
            yy = int(old_id.group("yy"))
            out.year = (1900 if yy >= 91 else 2000) + yy
    if inverted and years:
        from .citations import venue_name

        # Nature's and ACS's styles print the volume after the venue with no comma ("Nat.
        # Phys. 17, 1003-1008 (2021)"): the venue as the citation readers name it
        venue = venue_name(rest) or venue
    venue = _KIND_SENTENCE_END.sub("", _venue_name(venue))  # "figshare. Dataset.": the kind, a note
    from .citations import MONTH_ALONE

    if MONTH_ALONE.fullmatch(venue):
        venue = ""  # "Title. 2025 Jan.": the month of a date printed year first (NLM), no venue
    if STATUS.fullmatch(venue):
        out.status, venue = venue.lower(), ""
    elif UNPUBLISHED.search(venue):
        venue = ""
    out.venue = venue or None
    return out


def _venue_name(text: str) -> str:
    """The venue's name without the page range, volume, publisher and place printed after it.
    (A CV's venues repeat: each distinct one of up to _CACHED_VENUE_CHARS characters is read
    once, so the cache holds at most about 4,096 x 300 characters.)"""
    return _venue_name_cached(text) if len(text) <= _CACHED_VENUE_CHARS else _read_venue_name(text)


def _read_venue_name(text: str) -> str:
    """``_venue_name`` without the cache."""
    venue = _IN_PREFIX.sub("", text.strip(" .,;"))
    venue = _BEFORE_ARXIV.sub("", venue)
    while True:
        shorter = _cut(_PAGES_END, venue)
        shorter = _cut(_VOLUME_END, shorter).strip(" .,;")
        shorter = _cut(_VOLUME_ISSUE_END, shorter).strip(" .,;")
        shorter = _cut(_MONTH_END, shorter).strip(" .,;")
        shorter = _cut(_PUBLISHER_END, shorter).strip(" .,;")
        shorter = _cut(_PLACE_END, shorter).strip(" .,;")
        if shorter == venue or len(shorter.split()) < 2:  # keep a name that is all "place"
            return venue
        venue = shorter


_CACHED_VENUE_CHARS = 300
_venue_name_cached = lru_cache(maxsize=4096)(_read_venue_name)


def record_type(section_kind: str | None, entry: ParsedEntry) -> str | None:
    """The section's kind; for an entry under a section that does not say (``Publications``),
    the kind its status or venue shows."""
    if section_kind:
        return section_kind
    if entry.status:
        return "preprint"
    return parse_venue(entry.venue).kind


def bold_owner(entries_text: Iterable[str]) -> str | None:
    """The name most often in ``**bold**`` across the entries: how CVs mark their owner."""
    bold = Counter(m.group("name").strip().strip(".") for t in entries_text for m in _OWNER_BOLD.finditer(t)
                   if not m.group("name").lstrip().startswith("["))  # "**[Oral]**" is a badge
    return bold.most_common(1)[0][0] if bold else None


def find_owner(lines: list[str], entries_text: list[str]) -> str | None:
    owner = bold_owner(entries_text)
    if owner:
        return owner
    for ln in lines[:5]:
        m = re.match(r"^(?:curriculum vitae|cv|résumé|resume)\s+(?P<n>.+)$", ln, re.I)
        if m:
            return m.group("n").title()
    return None


def fix_affiliation_letters(drafts: list[Draft]) -> None:
    """``Boqian Wua`` -> ``Boqian Wu`` when the CV lists ``Boqian Wu`` elsewhere."""
    known = Counter(a for d in drafts for a in d.authors)
    for d in drafts:
        fixed = []
        for a in d.authors:
            if len(a) > 3 and a[-1] in "abcdefgh" and known.get(a[:-1], 0) > known.get(a, 0):
                fixed.append(a[:-1])
            else:
                fixed.append(a)
        d.authors = fixed


# A name printed surname first in capitals, then the given names as written ("ZHANG Wei",
# "HOLLOWAY Maren T.", "DE HARO Ann B."), as many Chinese, French and Italian CVs print every
# name. One such name alone may as well be an acronym before a name, so the whole CV decides.
_CAPS_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+$")
_GIVEN_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ'’]+)?|[A-ZÀ-ÖØ-Þ](?:\.?-?[A-ZÀ-ÖØ-Þ])*\.?)$")  # "Wei", "Jian-Hua", "T.", "S.V", "J.-L."
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]")
SURNAME_CAPS_SHARE = 0.8  # this share of the CV's names (of two words or more) printed so turns them all
SURNAME_CAPS_NAMES = 6  # and this many such names at least: a few acronyms before names decide nothing


def _surname_caps_split(name: str) -> tuple[str, str] | None:
    """"HOLLOWAY Maren T." -> ("HOLLOWAY", "Maren T."); None when the name is not printed so
    (the leading words in capitals, each with a vowel, as "SF" in "SF Wolf" has none; then
    given names or initials, none in capitals). Initials before it ("T. HOLLOWAY Maren") were
    the given names' last, moved to the front by a reading that took the whole for "Lee A."."""
    words = name.split()
    lead = 0  # "T. HOLLOWAY Maren": a reading that took the trailing initial for the whole given name
    while lead < len(words) - 2 and re.fullmatch(r"[A-ZÀ-ÖØ-Þ]\.", words[lead]):
        lead += 1
    words = words[lead:] + words[:lead]
    k = 0
    while k < len(words) and _CAPS_WORD.match(words[k]) and _VOWEL.search(words[k]):
        k += 1
    if k == 0 or k == len(words) or not all(_GIVEN_WORD.match(w) for w in words[k:]):
        return None
    return " ".join(words[:k]), " ".join(words[k:])


def surname_caps_first(drafts: list[Draft]) -> None:
    """Every name turned given name first ("HOLLOWAY Maren T." -> "Maren T. Holloway", the
    surname in title case as ABNT's are) when the CV prints its names surname first in
    capitals: :data:`SURNAME_CAPS_SHARE` of its names of two words or more at least, and
    :data:`SURNAME_CAPS_NAMES` of them. Decided by the look of the whole CV, never of one name."""
    names = [a for d in drafts for a in d.authors if len(a.split()) >= 2]
    split = [_surname_caps_split(a) for a in names]
    hits = sum(s is not None for s in split)
    if hits < SURNAME_CAPS_NAMES or hits < SURNAME_CAPS_SHARE * len(names):
        return
    for d in drafts:
        turned = []
        for a in d.authors:
            s = _surname_caps_split(a)
            turned.append(f"{s[1]} {s[0].title()}" if s else a)
        d.authors = turned


def capitals_family_first(drafts: list[Draft]) -> None:
    """Each list whose family names are printed in capitals beside mixed-case given names turned
    given name first, the capitals kept ("von FINTEL Kai, HUANG Jia-Bin" -> "Kai von FINTEL",
    "Jia-Bin HUANG": :func:`author_lists.capitals_family_names`). Done on the drafts, after the
    page-wide readings that look at the names as printed (the markdown reader's
    ``caps_surname_page``)."""
    from .author_lists import capitals_family_names

    for d in drafts:
        turned = dict(zip(d.authors, capitals_family_names(d.authors)))
        if any(k != v for k, v in turned.items()):
            d.authors = [turned[n] for n in d.authors]
            d.owner = turned.get(d.owner, d.owner) if d.owner else d.owner
            d.equal_contribution = [turned.get(n, n) for n in d.equal_contribution]


VANCOUVER_CV_SHARE = 0.6  # this share of a CV's lists of two names or more printed Vancouver's way makes it its style
VANCOUVER_CV_LISTS = 3  # ... and this many of them at least


def _printed_vancouver(name: str, raw: str) -> bool:
    """Whether ``raw`` prints ``name`` ("A. B. Lee") as Vancouver does ("Lee AB")."""
    parts = name.split()
    initials = [p for p in parts[:-1] if re.fullmatch(r"[A-Z]\.", p)]
    return len(initials) == len(parts) - 1 >= 1 and f"{parts[-1]} {''.join(p[0] for p in initials)}" in raw


def vancouver_alone(drafts: list[Draft]) -> None:
    """A lone name printed surname first with bare initials ("Song Y") turned given name first
    ("Y. Song") in a CV that prints its lists so (Vancouver, "Lee AB, Chen B": their names were
    turned, :func:`author_lists.given_first`): :data:`VANCOUVER_CV_SHARE` of its lists of two
    names or more, and :data:`VANCOUVER_CV_LISTS` of them. One name alone is as likely a given
    name and a surname in capitals ("Wei LI"): the whole CV decides, never the name."""
    from .author_lists import vancouver_given_first

    lists = [d for d in drafts if len(d.authors) >= 2]
    hits = sum(all(_printed_vancouver(a, d.raw or "") for a in d.authors[:2]) for d in lists)
    if hits < VANCOUVER_CV_LISTS or hits < VANCOUVER_CV_SHARE * len(lists):
        return
    for d in drafts:
        if len(d.authors) == 1 and (turned := vancouver_given_first(d.authors[0])):
            if d.owner == d.authors[0]:
                d.owner = turned
            d.equal_contribution = [turned if a == d.authors[0] else a for a in d.equal_contribution]
            d.authors = [turned]


def link_fields(urls: Iterable[str]) -> dict[str, str | None]:
    """An entry's links -> the Draft's ``url`` (the paper), ``arxiv_id``, ``doi`` and ``code_url``."""
    out: dict[str, str | None] = {"url": None, "arxiv_id": None, "doi": None, "code_url": None}
    for url in urls:
        if find_code_urls(url):
            out["code_url"] = out["code_url"] or url
            continue
        out["url"] = out["url"] or url
        arxiv = find_arxiv_ids(url) if "arxiv" in url.lower() else []
        if arxiv and not out["arxiv_id"]:
            out["arxiv_id"] = arxiv[0][0]
        dois = find_dois(url)
        if dois and not out["doi"]:
            out["doi"] = dois[0]
    return out


def _misread(entry: ParsedEntry) -> str | None:
    """Why a parsed entry is not what it claims, when it visibly is not: markup left in its
    title (the emphasis that marks the owner), or a title that is a list of names (the
    author line taken for the title)."""
    from .author_lists import abstract_noun, plausible_name, split_author_list

    title = entry.title or ""
    if _may_match(_TITLE_MARKUP, title) and _TITLE_MARKUP.search(title):
        return "entry read, but its title carries markup (the author line taken for the title?)"
    if "," not in title:  # (a list of names needs its commas: no title without one is split)
        return None
    names, _ = split_author_list(title)
    # (an abstract noun is a title's word, never a name's: "Attitudes, Aboutness, and Indirect
    # Restriction" is a title shaped like a list of names)
    if len(names) >= 2 and all(plausible_name(n) and len(n.split()) <= 3 for n in names) \
            and not any(abstract_noun(w) for n in names for w in n.split()):
        return "entry read, but its title is a list of names"
    return None


def entry_draft(ordinal: int, body: str, *, number: str | None, section_kind: str | None,
                owner: str | None, links: Iterable[str] = (), raw: str | None = None,
                semicolon_lists: bool = False, year_sentences: bool = False) -> Draft | RecordError:
    """One entry's text -> its Draft, or a RecordError naming why it cannot be read."""
    try:
        entry = parse_entry(body, semicolon_lists, year_sentences=year_sentences)
    except ValueError as exc:
        return RecordError(ordinal, str(exc), excerpt(raw or body))
    if not entry.title:
        return RecordError(ordinal, "entry has no title", excerpt(raw or body))
    misread = _misread(entry)
    if misread:  # better no record than a wrong one
        return RecordError(ordinal, misread, excerpt(raw or body))
    return Draft(
        ordinal=ordinal,
        source_record_id=number,
        title=entry.title,
        authors=entry.authors,
        authors_truncated=entry.authors_truncated,
        year=entry.year,
        venue=entry.venue,
        record_type=record_type(section_kind, entry),
        badges=entry.badges,
        owner=entry.owner or owner,
        equal_contribution=entry.equal_contribution,
        raw=raw or body,
        **link_fields([*entry.links, *links]),
    )
