"""Markdown pages that list publications: a site's ``publications.md``, a markdown CV's
publication sections, a GitHub ``README.md`` with a "My Publications" list.

The page is read by its structure, not by one site's pattern: headings (``#``, or a line in
bold alone) say which sections hold publications (front matter titled "Publications" makes
the whole page one); within them, each list item, numbered paragraph or pandoc definition
is one entry block, and so is each row of a pipe table (``markdown_tables``, read through
markdown-it-py's table tokens, the header row naming the columns), and each term of a
definition list that is no year with its definitions ("Title\n:   Names\n:   *Venue*, 2021").
Reference-style links are written inline and shortcodes removed first (``markdown_links``).
A block is first stripped of markdown (links kept aside, italics kept as
the title's likely span), then read by the first reader that accepts it:

1. lines with roles, for blocks printed over several lines (hard breaks: "<br>" or two
   trailing spaces; a single newline is a soft wrap): one line is a list of names (the
   authors), an italic span or another line is the title, the rest the venue and year;
2. an author-year citation ("Authors. 2024. Title."), a "Title. (With A and B.) Venue"
   entry of the owner's own list, a quoted title ('Authors, "Title," Venue') (``citations``);
3. a CV-style entry ("Authors. Title. Venue, Year") (``cv_entries``);
4. a title-first citation ("Title (Surnames, Year) Venue").

A block none of them reads is an entry reject with its text: nothing is dropped silently.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Iterator

from .author_lists import (DIGIT_IN_WORD, SURNAME_INITIALS, VANCOUVER_NAME, abstract_noun, given_first,
                           names_with_handles, plausible_name, split_author_list, title_of_names, vancouver_entry,
                           vancouver_given_first, capitals_family_names)
from .base import Document, Draft, ExtractError, RecordError, excerpt
from .citations import (_MONTHS, MONTH_ALONE, YEAR_IN_TEXT, parse_citation, parse_initials_list, parse_inverted_initials,
                        parse_names_colon,
                        parse_names_comma_title, parse_quoted,
                        parse_quoted_title_first, parse_vancouver,
                        parse_title_first, parse_title_only, parse_venue_first, parse_with_coauthors, standard_quotes,
                        half_width_punctuation,
                        parse_agps_harvard,
                        venue_name)
from .cv_pdf_styles import parse_gbt7714
from .cv_pdf_fields import LABELLED_ENTRIES, field_label, labelled_lines, read_labelled_lines
from .cv_entries import STATUS, ParsedEntry, other_language_heading, parse_entry, section_type, sentence_break
from .entry_quality import quality, title_words
from .markdown_front_matter import front_matter, looks_like_publication
from . import markdown_blocks, publication_data
from .markdown_inline import GOES_ON, LINK_CLOSE, LINK_OPEN, read_inline, without_link_marks
from .markdown_dialects import (arxiv_listing, block_properties, card_lines, csl_html_divs, footnotes, js_data_arrays,
                                jsx_components, list_tables, material_blocks, nested_divs, obsidian, page_properties,
                                pandoc_dashes, r_table_chunks, resume_entries, template_calls)
from .markdown_links import inline_references, without_shortcodes
from .markdown_tables import pandoc_tables, tables_as_blocks
from .profile_page import ProfilePageExtractor
from .text_dialects import right_column, right_margin_labels, text_dialects

log = logging.getLogger(__name__)

NAME = "markdown_page"
VERSION = 31  # 31: the real-sites batch 8 pages studied (wt-realstudy8web): Japanese, Chinese and Korean section words (cv_entries.SECTION_WORDS_CJK), names and titles in scripts with no case, a stop beside such a character or after a closing quotation mark ends a title, a title closed by a comma before its italic venue, a society between the italic venue and its volume, an event-only sub-heading under talks opens no publications, escaped marks after initials, "[Preprint available]" a button, a status before the venue no part of the title, a name closed by a colon opening a title cut the names short, "(eds.):" the editors as names; 30: (and cv_entries' readings of wt-realstudy8pdf: status parentheses, "..." in name lists, asterisk marks) an item over sub-items holding its fields (a title with no year over the names and "*Venue* · date") one entry, a definition term that is a label ("1", "Lee21") no line of its entry, a label component's text prop printed ("<Badge text="2021" />"), a title closed by a bracketed year alone gives the year when the entry prints no other, a short heading so closed a title, the owner alone in bold under a bold title the names (wt-md19); 29: wt-names8: Turkish, Finnish, Hungarian, Czech-Slovak, Romanian 'and' and et-al marks, the Japanese middle dot between names, comma-parted fields with the year last, a field label alone no venue, Science's names-comma-title ended by a stop, one stopped surname-first name; 28: a section's number before its name ("2.1<TAB>Refereed journal articles") taken off the heading; a database's accession lines ("MR4567890 Reviewed") and interface rows furniture; a first line of names parted by semicolons ends its field; "Preprint at <link>" the link's server; Lattes's spaced " ;" and " ." after initials spacing; a month-like given name with no year after it a name; an AGPS entry may close on its quoted title (citations) (wt-cvtext10); 27: read_block takes a code host's handles among a software release's names (author_lists.names_with_handles), a title opening "owner/repo:", a single-quoted phrase before a colon opening a title (wt-realstudy7pdf); 26: a "(with ...)" note names the co-authors (readings taking other names refused), "Preprint; to appear in X" and a leading ">" no part of the venue, "eds." before the year and a degree label before the names no name, "Year," after the names a date, "*Title* (Publisher: Place)" the publisher the venue, a title alone under a thesis heading the owner's thesis, four-digit pages after "17(5), " no year, a labelled line of an entry's files ("Full paper (date): PDF | arXiv") no entry, ", Place, XX: Publisher" closing a title the venue (wt-realstudy7web); 25: a section letter before an entry number ("C19.") and alpha.bst keys ("[LIR+07]") item labels (markdown_blocks), names parted by semicolons end before a comma-parted sentence and a title of them is names (wt-htmlr18); 24: records typed a field to a line (a database's text export: a bracketed year's source line, capitals tags "DOI:", a names line ended short of the width) read by their lines, the tagged metadata blocks under them neither entries nor text; an article number no part of a venue (citations) (wt-cvtext9); 23: pandoc's simple tables (knitr's kable "simple") read as tables, a table's "Table:" caption no entry, a names cell printed as a list ("[Ann Lee, Bo Chen]") the names, a sentence whose only digits are a full date prose, a title's "?" or "!" no field end when plain words and then an italic venue follow (wt-md18); 22: wt-names7: more languages' 'and', particles after a joiner, stop-lost spaced initials, a comma after the year, full-width punctuation, GB-T 7714 in the text readers, Vancouver names joined by a conjunction alone; 21: a list whose family names are printed in capitals beside mixed-case given names turned given name first, the capitals kept, where the page-wide caps_surname_page does not decide; a title in guillemets « » or „ “ read as a quoted title (wt-names6); 20: the real-sites batch 6 pages studied (wt-realstudy6web): APA reports (series before the number, editors no venue), a catalogue's life dates off names, "(in review)" in the year's place, "appeared (here) in" and "Report from ... to ..." no venue, a footnote's note and "???" placeholders no field, names never run out of an opening emphasised span; 19: a PubMed "Abstract (text)" file's records, AsciiDoc sources and Typst link calls (text_dialects), a dblp key in lower case alone on its line, a homonym number before a colon at a line's end, a line of names closed by a colon is the names, a year alone under a hard break, a formula's capital and a quoted venue end a title, the legend of a mark after names no entry (wt-cvtext8); 18: a profile's works pasted in as cards read by the card reader, an MDX page's exported data array its entries, pandoc's grid and multiline tables read as tables, citeproc's HTML csl-entry divs one entry each, an escaped "\\[12\\]" label a label (wt-md17); 17: a month before the year in the brackets after the names, "Lee, Ann (October 2010)." (citations._YEAR, wt-htmlr17); 16: a DBLP homonym number off the names, one name before a listing's "3(2): 1-9 (2021)" tail, GOST's "//" ends the title, Springer's run-together pages a Vancouver entry (wt-names5); 15: the real-sites batch 5 pages studied (wt-realstudy5web): a heading over a list of entries names their group, not the first title; section words count at a word's start; "et al." after names closes the list; Vancouver names end at the stop after the last initials; a bold name's lone initial is no cut before a title opening "A"; 14: CR LF line ends, MM/YYYY dates, a pasted table of several-line first cells as paragraphs (text_dialects), a line wholly of names a field of its own under a title with no full stop, camel-case words open a line, a spaced dash ends a list of names, a no-year no-venue block that does not look like an entry is furniture on a list read by its look, a quoted title before spaced dashes (wt-cvtext7); 13: the real-sites batch 4 pages studied (wt-realstudy4web): <li markdown="1"> read as a markdown item (markdown_blocks), a linked title before the names, role marks "[✧]" and their legend, a bracketed ellipsis among names, an edition inside a book's italics, a sub-heading under a section of something else stays out; 12: table literals in R chunks read as tables (vitae CVs), Logseq page and block properties (a paper's fields), a linked year over a nested list its year, records pasted from arXiv's results read by their fields (wt-md16); 11: text copied out of a PDF parted by its wrap, ligatures spelled, org-mode and tab-separated spreadsheet cells written as Markdown (text_dialects), Vancouver names before a title, a month after a year printed first no venue, German and Spanish field labels, a year after a label's colon no date column (wt-cvtext6); the real-sites batch 2 pages studied (wt-realstudy2web: an owner left out before ", with", a note line after a whole entry, chapter labels, an italic venue after the title); 10: a template called per paper with its fields as named parameters (Hugo shortcodes, Liquid includes; a paired call's parameters its content's venue and year), list tables (MyST, reST) read as tables, footnotes that are remarks or links taken out, BibTeX quoted in fenced code blocks read as the page's entries; 9: plain-text dialects written as Markdown first (text_dialects: e-mail quotes, reST "#." items and links, LaTeX source, console tables, right-margin reference labels), the physics comma style (citations.parse_names_comma_title), an owner's bold name before more names never a title; 8: a front matter's reference list on a page that prints it all (pandoc's "references:", "nocite: @*"), labels read as printed ("**Authors:**"), a list of labelled fields one entry; 7: a page with no publications section read whole when its blocks look like entries (publication_list_page), surnames in capitals first turned on a page that prints them so, a pasted record's line before its date line its venue, "Publisher:" a venue, pandoc's nested divs nested, a div of field divs one entry, the span before an italic venue the title, "In arXiv:..." or an identifier alone under a date line an arXiv venue, an ellipsis closing the names a cut list; 6: footnotes holding a year written into their entry, pagedown resume entries, pandoc's '--' on citeproc pages, a short linked title over the names; 5: labelled lines read by the CV PDF label table; a word processor's tab year column and a year set right with spaces taken as the entries' dates; 4: MDX components, MkDocs tabs, Obsidian links and callouts written as CommonMark, a leading badge read as the venue tag, a linked title kept whole; 3: page furniture at form feeds and words broken at line ends mended, lines each a whole entry parted, names after "with" end at the serial "and"; 2: a year a wrap put first on a line goes on the item; a lone Vancouver name on a Vancouver page turned

_FRONT = re.compile(r"\A\ufeff?(?:---|\+\+\+)[ \t]*\r?\n.*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_BOLD_HEADING = re.compile(r"^\s*(?:\*\*|__)([^*_]{2,60})(?:\*\*|__)\s*:?\s*$")
_PUB_WORDS = re.compile(r"publications?|papers?|preprints?|articles?|proceedings|journal|selected works|"
                        r"^\s*work\s*$|manuscripts?|book chapters?|conference|"
                        r"refereed|peer[- ]reviewed|^\s*books?\b|chapters|monographs?|bibliography|"
                        r"(?:technical|research|government|policy) reports?|"
                        r"^\s*(?:in press|forthcoming|accepted)\s*:?\s*$", re.I)  # a section of the papers in press
# (each word at a word's start: "Structured representation", "Immigrants", "Webservice
# latency" name no presentations, grants or service)
_NOT_PUB = re.compile(r"\b(?:talks?|presentations?|teaching|awards?|grants?|education|experience|service|"
                      r"students?|news|contact|posters?|software|skills|courses?|reviewing|referee(?!d)|working groups?|"
                      # (outreach, no papers: named since the other languages' table reads
                      # "communications", French conference papers, as a publication list)
                      r"science communication)", re.I)
# The nouns that name written work: a heading with one of them and a word of _NOT_PUB
# ("Talks and papers") is read as before; one with none ("Conference presentations", "Working
# groups and workshops") is not a publications section, whatever kind of event it names.
_PUB_NOUNS = re.compile(r"publications?|papers?|preprints?|articles?|proceedings|chapters?|books?|bibliography|"
                        r"manuscripts?|reports?", re.I)
_ITEM = markdown_blocks.ITEM_LABEL  # -, 1., 12\., [3], [C12], (12)
_DEFINITION = re.compile(r"^:\s+")
_BLOCKQUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
# a link, its text holding at most one level of brackets ("[[PDF]](url)": a button)
_LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(([^)\s]*)[^)]*\)")
_ITALIC = re.compile(r"(?<![*\w])(?:\*(?!\*)|_(?!_))(?=\S)(.+?)(?<=\S)(?:\*(?!\*)|_(?!_))(?![*\w])")
# Names left out of a list, maybe with their count: ", ... (67 co-authors),", ", …,": one
# ellipsis character, which no reader takes for a sentence's end (author_lists reads it)
# (in square brackets too, as a quotation marks words left out: ", […], ")
_ELIDED_NAMES = re.compile(r"([,;])\s*(?:\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\])\s*(?:\(\s*\d+\s+[^()\d]{0,25}\)\s*)?(?=[,;])")
_PRINTED_URL = re.compile(r"(?:\b(?:DOI|URL)\s*:?\s*)?((?:\bdoi:\s*10\.|https?://)\S+)", re.I)  # with its label
_IDENTIFIERS = re.compile(r"\b(?:doi:\s*|https?://|arXiv:\s*)\S+", re.I)
_TITLE_NOTE = re.compile(r"\s*\[[^\[\]]{2,80}\]$")  # "[Under review]", "[R&R at ...]" after a title
_SPLIT_INITIALS = re.compile(r"(?:[A-Z]\.?-?){1,3}")  # "E.J", "K." left alone by a reader
# GitHub's emoji shortcodes before an entry (":page_facing_up:")
_LEAD_SHORTCODE = re.compile(r"^:[a-z0-9_+\-]+:\s*")


def _without_icons(line: str) -> str:
    """The line without the icons that open it: emoji and pictographs (Unicode's "other
    symbols", with their joiners and variation selectors) and emoji shortcodes. A currency
    sign or a punctuation mark may open a title ("£300 million a week") and stays."""
    line = _LEAD_SHORTCODE.sub("", line)
    i = 0
    while i < len(line) and (unicodedata.category(line[i]) in ("So", "Sk", "Mn", "Cf") or line[i] == "\ufe0f"):
        i += 1
    return line[i:].lstrip() if i else line


# A role mark: a symbol or two in brackets ("[✧]", "[*]", "[†]"), no letter nor digit (a
# number in brackets is an item's label, "[C12]" a venue's). A page sets marks before its
# entries to say the owner's role (first, senior, corresponding author), explained by a legend.
_ROLE_MARK = r"\[[^\w\s\[\]]{1,2}\]"
_LEAD_ROLE_MARKS = re.compile(rf"^(?:{_ROLE_MARK}\s*)+")
_MARK_LEGEND = re.compile(rf"\s*(?:{_ROLE_MARK}\s*[^\W\d][^\[\]\d]{{0,60}}?[,;.]?\s*)+")
LEGEND_WORDS = 4  # a mark's meaning in a legend: "First author", "Senior/Corresponding author"
# The legend of the marks set after names ("(* corresponding author)", "† equal contribution;
# ‡ student"): a symbol, maybe "=" or ":", and its meaning, in brackets or not (ACS lists and
# many CVs print one over the list).
_NAME_MARK_LEGEND = re.compile(r"\(?\s*(?:[*\u2020\u2021\u00a7\u00b6]{1,2}\s*[=:]?\s*[^\W\d][^\d()\[\]*\u2020\u2021]{0,60}?"
                               r"[,;.]?\s*)+\)?\.?")


def _without_role_marks(line: str) -> str:
    """The line without the role marks that open it ("[✧][✶] Lee A, Roe B. Title" ->
    "Lee A, Roe B. Title"): marks, no text of any field."""
    return _LEAD_ROLE_MARKS.sub("", line) if line.startswith("[") else line


def mark_legend(text: str) -> bool:
    """Whether a block is the legend of the role marks a page sets before its entries ("[✧]
    First author, [✶] Senior author") or after its names ("(* corresponding author)"): marks,
    each followed by a few words (its meaning) and nothing else, no digit. Page furniture, not
    an entry."""
    plain = " ".join(without_link_marks(line) for line in read_inline(text).lines)  # emphasis read, not printed
    if _NAME_MARK_LEGEND.fullmatch(text.strip()):
        meanings = re.split(r"[*\u2020\u2021\u00a7\u00b6]+", text.strip().strip("()."))[1:]
        return all(1 <= len(m.strip(" ,;.=:)").split()) <= LEGEND_WORDS for m in meanings)
    if not _MARK_LEGEND.fullmatch(plain):
        return False
    meanings = re.split(_ROLE_MARK, plain)[1:]
    return all(1 <= len(m.strip(" ,;.").split()) <= LEGEND_WORDS for m in meanings)


_LEAD_IDENTIFIER = re.compile(r"^\[(?:arXiv|doi|ADS|PMID|bibcode)\s*:?\s*[^\[\]\s]+\]\s*", re.I)
_CITE_LABEL = re.compile(r"^(?:recommended citation|citation|cite (?:as|this)|how to cite)\s*:\s*(?=\S)", re.I)
# A venue tag before an entry: "[NeurIPS 2021]", "[ICML'21]:" (letters, then a year).
_VENUE_TAG = re.compile(r"^\[\s*([A-Za-z][\w&\-. ]{1,30}?)\s*[’']?((?:19|20)\d\d|\d\d)\s*\]\s*[:\-–]?\s*")
_EMPTY_BRACKETS = re.compile(r"\[\s*\]|\(\s*\)")
# a badge image opening an entry whose text is a venue's short name and a year (shields.io's
# "![ICML 2021](https://img.shields.io/badge/ICML-2021-blue)" in a README): an image prints no
# text, but its alt text is what the badge shows, the venue tag a page would bracket
_LEAD_BADGE = re.compile(r"^\s*!\[([A-Za-z][^\[\]\n]{0,40}?\s[’']?(?:(?:19|20)\d\d|\d\d))\]\([^()\s]*\)\s*")
_LABELS = re.compile(r"[\w .-]{1,20}(?:\s*[|·•]\s*[\w .-]{1,20})+")
# a year opening an entry: "2024. Title", "2024: ...", "(2024) ...", "[2024] ...", "2024 – ..."
# (a bullet after it of any of the shapes word processors print: "•", "▪", "◦", "‣", "●", "■", "∙")
_LEAD_YEAR = re.compile(r"^\s*(?:((?:19|20)\d\d)\\?[.:]?|\(((?:19|20)\d\d)\)|\[((?:19|20)\d\d)\])\s+"
                        r"(?:[-–—|·•▪◦‣●■∙]\s+)?")


def _strip_front(text: str) -> tuple[str, dict | None]:
    """(the page's markdown body, its front matter or None); the body with its shortcodes
    removed and its reference-style links written inline (``markdown_links``), and the
    syntax of MDX, MkDocs Material and Obsidian written as CommonMark (``markdown_dialects``)."""
    text = page_properties(text)  # a Logseq page's own properties: its front matter
    m = _FRONT.match(text)
    body, fm = (text[m.end():], front_matter(text)) if m else (text, None)
    body = _HTML_HEADING.sub(lambda h: "#" * int(h.group(1)) + " " + re.sub(r"<[^>]+>", "", h.group(2)).strip(), body)
    body = _DOUBLE_BREAK.sub("\n\n", body)  # "entry<br><br>entry": a paragraph break
    body = pandoc_tables(body)  # pandoc's grid and multiline tables (before the column readers cut their lines)
    body = text_dialects(body)  # e-mail quotes, reST, LaTeX source, console tables
    body = numbered_section_headings(body)  # "2.1<TAB>Refereed journal articles": the CV's own numbering
    body = database_furniture_dropped(body)  # "MR4567890 Reviewed", "Review PDF Clipboard ... Make Link"
    body = mended_hyphens(page_breaks_mended(right_margin_labels(right_year_column(tab_year_columns(body)))))
    body = list_tables(template_calls(body))  # a template call per paper (Hugo, Liquid); reST / MyST list tables
    body = arxiv_listing(block_properties(r_table_chunks(body)))  # R table literals, Logseq properties, arXiv records
    body = footnotes(obsidian(material_blocks(jsx_components(js_data_arrays(body)))))  # MDX, MkDocs, Obsidian, footnotes
    body = pandoc_dashes(resume_entries(csl_html_divs(body)))  # citeproc's HTML divs; pagedown resume entries; pandoc's "--"
    body = nested_divs(body)  # pandoc's fenced divs nested by bare ":::" closers
    return inline_references(without_shortcodes(wrapped_years_joined(body))), fm


# A CV that numbers its parts prints a section's number before its name ("2.<TAB>Publications",
# "2.1  Refereed journal articles", "3. GRANTS"): the line is the section's heading, its number
# the document's outline. Markdown read "2. Publications" as a list item and "2.1 ..." as a
# paragraph, so no heading opened the list. The number goes when what follows it is a heading
# by its look (_plain_heading's: a few words opening with a capital, no sentence end) that names
# a section (a kind of publication, or a part of a CV that is none) or is in capitals.
_SECTION_NUMBER = re.compile(r"^[ ]{0,3}(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,4}\.)(?:\t+|[ ]+)(?=[A-Z])(?P<name>[^\t\n]+?)[ \t]*$",
                             re.M)


def _section_name(name: str) -> bool:
    line = name.rstrip(":").strip()
    if not line or len(line.split()) > PLAIN_HEADING_WORDS or line[-1:] in ".,;" or "](" in line:
        return False
    if line.isupper():
        return len(line) > 3
    # (the number says it is a heading: a name in sentence case up to PLAIN_HEADING_WORDS words,
    # "2.4 Book chapters and other outputs")
    return _is_pub_heading(line) or _not_pub(line) or section_type(line) is not None


def numbered_section_headings(body: str) -> str:
    """``body`` with a section's number taken off the line of its name (``_SECTION_NUMBER``)."""
    if not any(ch in body for ch in "123456789IVX"):
        return body
    return _SECTION_NUMBER.sub(lambda m: m.group("name") if _section_name(m.group("name")) else m.group(0), body)


# A record pasted from a database's list prints its accession number on a line of its own,
# maybe with the record's status ("MR4567890 Reviewed", "PMC1234567"): the record's identifier,
# no field of the entry. Capitals then six digits or more, and one word at most after them.
_ACCESSION_LINE = re.compile(r"^[ \t]*[A-Z]{2,5}:?\s?\d{6,}[ \t]*(?:[A-Za-z]+[ \t]*)?$", re.M)
# The interface's words under each record of a database's list, selected with it and pasted: a
# line of three words or more, every one a button's or a record kind's word. Provenance:
# MathSciNet's publication lists ("Review PDF Clipboard Journal Article Make Link"), the
# like on other databases ("Cite Share Export", "PDF Abstract Save").
_INTERFACE_WORDS = frozenset("review clipboard make link journal article proceedings paper book chapter cite share "
                             "export save abstract pdf full text html".split())
_INTERFACE_ROW = re.compile(r"^[ \t]*(?:[A-Za-z]+[ \t]+){2,}[A-Za-z]+[ \t]*$", re.M)


def database_furniture_dropped(body: str) -> str:
    """``body`` with a database's accession lines (:data:`_ACCESSION_LINE`) and its interface's
    rows of buttons (:data:`_INTERFACE_ROW` of :data:`_INTERFACE_WORDS`) left out."""
    if re.search(r"[A-Z]{2}:?\s?\d{6}", body):
        body = _ACCESSION_LINE.sub("", body)
    if "lipboard" in body or "Make Link" in body or "Export" in body:
        body = _INTERFACE_ROW.sub(lambda m: "" if all(w.lower() in _INTERFACE_WORDS for w in m.group(0).split())
                                  else m.group(0), body)
    return body


# A word processor's CV saved as text prints its year column with tabs: "<TAB>2021<TAB>Entry",
# the year only on the first entry of that year and the cell left empty below it
# ("<TAB><TAB>Entry": the same year, as a ditto), a section label opened by a tab. Markdown
# reads a line opened by a tab as code, so the whole list was read as no entry at all. On a
# page where TAB_YEAR_LINES lines or more open so, the leading tabs are the columns' and go,
# and an empty year cell takes the year above (each line is a paragraph of the word
# processor: one entry).
TAB_YEAR_LINES = 2
_TAB_YEAR = re.compile(r"^(\t+)((?:19|20)\d\d)\t+(?=\S)")
_TABS = re.compile(r"^\t+(?=\S)")


def tab_year_columns(body: str) -> str:
    if "\t" not in body:
        return body
    lines = body.split("\n")
    opened = [_TAB_YEAR.match(ln) for ln in lines]
    if sum(m is not None for m in opened) < TAB_YEAR_LINES:
        return body
    depth = min(len(m.group(1)) for m in opened if m)
    out, year = [], None
    for ln, m in zip(lines, opened):
        if m:
            year = m.group(2)
            out.append(f"{year}\t{ln[m.end():]}")
            continue
        tabs = _TABS.match(ln)
        if tabs and year and len(tabs.group(0)) == depth + 1:
            out.append(f"{year}\t{ln[tabs.end():]}")  # the empty year cell: the year above
        elif tabs:
            out.append(ln[tabs.end():])
            year = None  # a section label (one tab) starts its own years
        else:
            out.append(ln)
            if not ln.strip():
                continue
            year = None
    return "\n".join(out)


# A year right-aligned with spaces at the end of an entry's first line ("• Ann Lee and Bo
# Chen. Title of      2021"): a date column a typist made with spaces, which dates the entry.
# Read in place it broke the sentence it fell into (a title cut at the year, names read as a
# title). When RIGHT_YEAR_LINES lines or more end so, after a gap of RIGHT_YEAR_GAP spaces at
# least, and their years stand in one column (RIGHT_YEAR_SLACK characters apart at most, as
# right alignment puts them), each year goes to its line's front as a year column
# ("2021  • Ann Lee ..."), which the entry readers take as its date.
RIGHT_YEAR_LINES = 2
RIGHT_YEAR_GAP = 3  # spaces: a sentence has one between words, a column more
RIGHT_YEAR_SLACK = 1
# (a year after a label's colon, "Year:       2021" in a form whose values are set in one
# column, is that field's value, no date column: the text before the gap ends in no colon)
_RIGHT_YEAR = re.compile(r"^(?P<indent>[ \t]*)(?P<text>\S.*?[^\s:])(?P<gap> {" + str(RIGHT_YEAR_GAP)
                         + r",})(?P<year>(?:19|20)\d\d)[ \t]*$")


def right_year_column(body: str) -> str:
    column = right_column(body, _RIGHT_YEAR, lambda m: m.start("year"), RIGHT_YEAR_LINES, RIGHT_YEAR_SLACK)
    if column is None:
        return body
    return "\n".join(f"{m.group('indent')}{m.group('year')}  {m.group('text')}" if m else ln
                     for ln, m in zip(*column))


# ``pdftotext`` parts pages with a form feed; a page ends on its footer ("Page 2 of 4", "2",
# "- 2 -") and the next opens with its running header, which names the CV's owner as the
# document's first line does. Both are the printer's, not the CV's, and a page break may fall
# inside an entry: its two parts, each read alone, were a wrong record and a reject. The
# furniture goes; the parts join when the line after the break goes on the entry (it opens
# in lower case, or the line before the break ends no sentence and the line after opens no
# item or year); else a blank line parts them.
_PAGE_FOOTER = re.compile(r"\s*(?:[-–]\s*)?(?:Page\s+)?\d{1,3}(?:\s+(?:of|/)\s+\d{1,3})?(?:\s*[-–])?\s*",
                          re.IGNORECASE)


def page_breaks_mended(body: str) -> str:
    """``body`` with its page furniture around form feeds removed (see above)."""
    if "\f" not in body:
        return body
    lines = body.split("\n")
    first = next((ln.strip().casefold() for ln in lines if ln.strip()), "")
    out: list[str] = []
    after_break = footers = False
    for line in lines:
        if line.startswith("\f"):
            while out and not out[-1].strip():
                out.pop()
            if out and _PAGE_FOOTER.fullmatch(out[-1]):
                out.pop()
                footers = True
                while out and not out[-1].strip():
                    out.pop()
            line = line[1:]
            after_break = True
            if first and first in line.casefold():
                continue  # the running header
        if after_break:
            if not line.strip():
                continue
            after_break = False
            above = out[-1].rstrip() if out else ""
            goes_on = above and (line.lstrip()[:1].islower() or (
                not above.endswith((".", "?", "!")) and not _RUN_OPENED_BY_ITEM.match(line)
                and not _LEAD_YEAR.match(line)))
            if not goes_on:
                out.append("")
        out.append(line)
    while footers and out and not out[-1].strip():
        out.pop()
    if footers and out and _PAGE_FOOTER.fullmatch(out[-1]):
        out.pop()  # the last page's footer
        while out and not out[-1].strip():
            out.pop()
    return "\n".join(out) + "\n"


# A word a typesetter broke at a line's end ("con-" over "undrum: Characterizing ..."; text
# from ``pdftotext`` or a hard-wrapped e-mail): its second part goes up to the first, the hyphen
# dropped, as cv_pdf_render._glue mends a PDF's lines; kept when the first part is one of
# compounds ("data-" / "driven", cv_pdf_render._KEEP_HYPHEN) or the document prints the same
# first part with a hyphen inside a line ("wh-phrase" elsewhere: "wh-" / "phrases" stays). Only between two lines of one paragraph (no blank line),
# the second opening with a lower-case letter.
_BROKEN_WORD = re.compile(r"(?<![\w-])([^\W\d_]{2,})-$")
_INNER_HYPHENS = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
_NEXT_WORD = re.compile(r"^(\s*)([a-z][^\W\d_]*)(\S*)\s*(.*)$")


def mended_hyphens(body: str) -> str:
    """``body`` with each word broken at a line's end (see above) joined on the first line."""
    if "-\n" not in body:
        return body
    from .cv_pdf_render import _KEEP_HYPHEN

    lines = body.split("\n")
    # the first parts of the words printed with a hyphen inside a line ("wh" of "wh-phrase")
    printed = {w.casefold().split("-")[0] for ln in lines for w in _INNER_HYPHENS.findall(ln.rstrip().rstrip("-"))}
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        m = _BROKEN_WORD.search(line.rstrip())
        nxt = _NEXT_WORD.match(lines[k + 1]) if m and k + 1 < len(lines) else None
        if m and nxt:
            head = line.rstrip()[:-1]
            keep = _KEEP_HYPHEN.search(line.rstrip()) or m.group(1).casefold() in printed
            joined = f"{head}{'-' if keep else ''}{nxt.group(2)}{nxt.group(3)}"
            rest = nxt.group(4)
            if rest:
                out.append(joined)
                lines[k + 1] = nxt.group(1) + rest
            else:
                lines[k + 1] = joined  # the line held the word's end alone: one line now
            k += 1
            continue
        out.append(line)
        k += 1
    return "\n".join(out)


# A list's item wrapped at a width (pdftotext's text, an e-mail) may have a year put first on a
# line by the wrap ("- Ann Lee, and Cy Roe.\n2007. Title ..."): markdown reads "2007. " as a
# new ordered list starting at 2007. In a run of lines (no blank line) opened by an item's
# marker that is no year ("-", "12.", "[3]"), such a line goes on the line above; a run opened
# by a year ("2007. Names ...", a year-first list) keeps its years as its entries' openings.
_RUN_OPENED_BY_ITEM = re.compile(r"^\s{0,3}(?:[-*+•]|\d{1,3}[.)]|\[[A-Z]{0,3}\d{1,4}\]|\([A-Z]{0,3}\d{1,3}\))\s+")
# (the year may be the line's whole text: "2026." under a title set apart by a hard break,
# an entry that prints no venue; Markdown reads it as an empty list item)
_YEAR_OPENS_LINE = re.compile(r"^(?:19|20)\d\d[.)](?:\s|$)")
_YEAR_OPENS_A_LINE = re.compile(r"\n(?:19|20)\d\d[.)](?:\s|$)", re.MULTILINE)


def wrapped_years_joined(body: str) -> str:
    """``body`` with each line that a wrap opened with a year (see above) joined to the line
    above it."""
    if not _YEAR_OPENS_A_LINE.search(body):
        return body
    out: list[str] = []
    item_run = False  # the current run of lines was opened by an item's marker, not a year
    for line in body.split("\n"):
        if out and out[-1].strip() and line.strip():
            if item_run and _YEAR_OPENS_LINE.match(line):
                if out[-1].endswith(("  ", "\\")):  # a hard break before it: a line of its own, read as text
                    out.append(re.sub(r"^(\d{4})([.)])", r"\1\\\2", line))
                    continue
                out[-1] = f"{out[-1].rstrip()} {line}"
                continue
        elif line.strip():
            item_run = bool(_RUN_OPENED_BY_ITEM.match(line))
        out.append(line)
    return "\n".join(out)


# "<h2>Publications</h2>" on a line of its own in a markdown file: a heading like "## Publications"
_HTML_HEADING = re.compile(r"^[ \t]*<h([1-6])\b[^>]*>(.*?)</h\1>[ \t]*$", re.I | re.M)
_DOUBLE_BREAK = re.compile(r"(?:[ \t]*<br\s*/?>){2,}[ \t]*(?:\n|$)|(?:<br\s*/?>[ \t]*){2,}", re.I)


def _heading(line: str) -> str | None:
    m = _HEADING.match(line) or _BOLD_HEADING.match(line)
    return m.group(m.lastindex).strip() if m else None


def _english_pub_heading(title: str) -> bool:
    if _NOT_PUB.search(title) and not _PUB_NOUNS.search(title):
        return False  # "Selected invited conference presentations": talks, not papers
    return bool(_PUB_WORDS.search(title)) and not _NOT_PUB.search(title) or section_type(title) is not None


def _is_pub_heading(title: str) -> bool:
    if _english_pub_heading(title):
        return True
    # a heading in French, German, Spanish, Italian or Portuguese ("Veröffentlichungen",
    # "Pubblicazioni"): the CV readers' table (cv_entries.SECTION_WORDS_OTHER_LANGUAGES)
    # (read only where English names no other section: "Publications and outreach" stays mixed)
    return not _NOT_PUB.search(title) and other_language_heading(title) == "pub"


def _other_language_pub_heading(title: str) -> bool:
    """A publication heading only the other languages' table reads ("Veröffentlichungen"):
    the page is in that language, and the table's other words name its other sections."""
    return not _english_pub_heading(title) and _is_pub_heading(title)


def _not_pub(title: str, other_language: bool = True) -> bool:
    """Whether a heading names a section that lists no publications: in English (_NOT_PUB)
    or, with ``other_language``, in another language of cv_entries.SECTION_WORDS_OTHER_LANGUAGES
    ("Vorträge", "Lehre"). Inside a list opened by an English heading the table is not read:
    its words are English words too ("Pattern formation", a topic heading of an English list)."""
    return bool(_NOT_PUB.search(title)) or other_language and other_language_heading(title) == "skip"


def _level(line: str) -> int:
    """A heading's depth: 1 to 6 for "#" headings; a line in bold alone ranks below them all."""
    m = _HEADING.match(line)
    return len(m.group(1)) if m else 7


_YEAR_HEADING = re.compile(r"(?:19|20)\d\d")


_SETEXT = re.compile(r"\s{0,3}(=+|-{3,})\s*")
_SETEXT_WORDS = 8  # a heading is a few words; a longer line over "---" is an entry before a rule


def _setext_as_atx(lines: list[str]) -> list[str]:
    """Setext headings ("Publications" over "====", "Talks" over "----", as pandoc writes
    them) as "#" headings, so that they divide the page like any other."""
    out = list(lines)
    for i in range(len(out) - 1):
        text, under = out[i].strip(), _SETEXT.fullmatch(out[i + 1])
        if (under and text and not _ITEM.match(out[i]) and len(text.split()) <= _SETEXT_WORDS
                and not text.endswith((".", ",", ";")) and (i == 0 or not out[i - 1].strip())):
            out[i], out[i + 1] = ("#" if under.group(1)[0] == "=" else "##") + " " + text, ""
    return out


def publication_sections(body: str, whole: bool) -> list[list[str]]:
    """The lines of each section that holds publications, for the line reader
    (:func:`entry_blocks`), which the HTML reader runs on its rendered text; markdown pages
    are read from their syntax tree (:func:`page_blocks`). A heading below the one that
    opened a publications section ("### 2021", "## Journal articles" under "# Publications")
    divides it and does not end it, unless it names something else ("## Talks"); a year
    heading is kept as a year line, the year of the entries below it."""
    out: list[list[str]] = []
    current: list[str] | None = [] if whole else None
    opened_at = 0  # the level of the heading that opened the current section (0: the whole page)
    lines = _setext_as_atx(body.splitlines())
    # whether the page names a publication list in another language than English: the
    # table's other words then name its other sections (_not_pub)
    other = any(_other_language_pub_heading(t) for t in (_heading(ln) for ln in lines if ln.lstrip()[:1] in "#*_") if t)
    closed_at: int | None = None  # the level of a heading that named something else only (see _under_closed)
    for line in lines:
        title = _heading(line)
        if title is not None and not _ITEM.match(line):
            level = _level(line)
            if current is not None and level > opened_at and not _not_pub(title, other):
                current += ["", title.strip(" *_:") if _YEAR_HEADING.fullmatch(title.strip(" *_:")) else "", ""]
                continue
            if current:
                out.append(current)
            under = _under_closed(level, closed_at, title)
            keep = (_is_pub_heading(title) or (whole and not _not_pub(title, other))) and not under
            closed_at = None if keep else closed_at if under else level if _names_other_only(title, other) else None
            current = [] if keep else None
            opened_at = level if keep and not whole else 0
            continue
        if current is not None:
            current.append(line)
    if current:
        out.append(current)
    return out


def _names_other_only(title: str, other_language: bool) -> bool:
    """Whether a heading names a section of something else and no written work ("Software
    development", "Talks"; not "Publications and talks")."""
    return _not_pub(title, other_language) and not _PUB_NOUNS.search(title)


def _under_closed(level: int, closed_at: int | None, title: str) -> bool:
    """Whether a heading is a sub-heading of a section that names something else only
    (``closed_at``: that heading's level), "### R packages" under "## Software": it divides
    that section and opens no publications, unless it names publications itself ("### Papers
    on software"). Under talks, a sub-heading that names only an event ("International
    conferences", "National conferences") names where they were given: it opens no
    publications unless a noun of written work is in it ("Conference papers")."""
    return closed_at is not None and level > closed_at and not (_is_pub_heading(title) and (
        _PUB_NOUNS.search(title) or not _EVENT_ONLY.search(title)))


# a heading that names an event, where talks are given: no written work by itself
_EVENT_ONLY = re.compile(r"\b(?:conferences?|congress(?:es)?|meetings?|symposi(?:a|ums?)|workshops?|colloqui(?:a|ums?))\b",
                         re.I)


def page_blocks(body: str, whole: bool) -> list[list[tuple[str, int | None]]]:
    """:func:`page_sections`' blocks."""
    return page_sections(body, whole)[0]


def page_sections(body: str, whole: bool) -> tuple[list[list[tuple[str, int | None]]], bool]:
    """(the sections' blocks, whether the page is plain text: no markdown heading of its own,
    its sections found by :func:`_plain_heading`). The entry blocks (markdown, year from the
    context) of each publications section of a markdown page, found in markdown-it-py's
    syntax tree (:mod:`markdown_blocks`): headings divide the page, list items and
    paragraphs are the blocks; definition lists, fenced divs, pipe tables and HTML lists or
    tables are read from the same tree (the forms CommonMark does not define through
    mdit-py-plugins' rules). A fenced div that is no entry (a div of divs, a tabset holding
    headings) is read through, its headings dividing the page like any other."""
    tree = markdown_blocks.parse(body)
    out: list[list[tuple[str, int | None]]] = []
    walk: markdown_blocks.Walk | None = markdown_blocks.Walk() if whole else None
    opened_at = 0  # the level of the heading that opened the current section (0: the whole page)
    year_at = 0  # the level of the heading that gave the current year (0: none)
    nodes = list(markdown_blocks.through_divs(tree.children))
    # a page with no heading of markdown's ("#", setext, a bold line) is a plain-text CV: its
    # lines alone mark its sections (:func:`_plain_heading`)
    headed = [_heading_node(node) for node in nodes]
    plain_page = not any(head for head, _ in headed)
    if plain_page:
        headed = [_plain_heading(node) for node in nodes]
    # whether the page names a publication list in another language than English: the
    # table's other words then name its other sections (_not_pub)
    other = any(head and _other_language_pub_heading(head[0]) for head, _ in headed)
    rows_of_body = body.splitlines() if plain_page else []
    closed_at: int | None = None  # the level of a heading that named something else only (_under_closed)
    # the heading levels at which some heading names a group of entries (a list of several under
    # it): a heading of that level over a list of one is that group's name too
    group_levels = {head[1] for k, (head, rest) in enumerate(headed) if head and _heads_a_list(nodes, k, rest)}
    for at, (node, (head, rest)) in enumerate(zip(nodes, headed)):
        if head is None and plain_page and walk is not None:
            pieces = _hanging_entries(rows_of_body, node)
            if pieces:
                for piece in pieces:
                    markdown_blocks.walk_paragraph(walk, piece)
                continue
        if head is None:
            if walk is not None:
                markdown_blocks.walk_nodes(walk, [node], _link_buttons)
            continue
        title, level = head
        if (walk is not None and level > opened_at and level <= 6 and entry_title_heading(title)
                and not _heads_a_list(nodes, at, rest, level in group_levels)):
            walk.title = title  # "### Title" over the names: the entry's first line
        elif walk is not None and level > opened_at and not _not_pub(title, other):
            plain = title.strip(" *_:")  # "### 2021", "## Journal articles": a division
            if _YEAR_HEADING.fullmatch(plain):
                walk.year, year_at = int(plain), level
            elif level <= year_at or not year_at:
                # "### Working papers" after "### 2022" (or after a line "2022" among the
                # entries): a division beside the year's, whose entries that year does not date
                walk.year, year_at = None, 0
            walk.title = None
        else:
            if walk is not None and walk.blocks:
                out.append(walk.blocks)
            under = _under_closed(level, closed_at, title)
            keep = (_is_pub_heading(title) or (whole and not _not_pub(title, other))) and not under
            closed_at = None if keep else closed_at if under else level if _names_other_only(title, other) else None
            walk = markdown_blocks.Walk() if keep else None
            opened_at = level if keep and not whole else 0
            year_at = 0
        if rest and walk is not None:
            markdown_blocks.walk_paragraph(walk, rest)
    if walk is not None and walk.blocks:
        out.append(walk.blocks)
    return [_joined_venue_paragraphs(blocks) for blocks in out], plain_page


ENTRIES_UNDER_GROUP = 2  # a list of this many items or more under a heading: the heading names the group


def _heads_a_list(nodes: list, at: int, rest: str, level_groups: bool = False) -> bool:
    """Whether the heading at ``nodes[at]`` stands right over a list of two items or more
    (:data:`ENTRIES_UNDER_GROUP`): it names their group ("### Memory and learning" over four
    papers), not the first one's title; an entry's title heading stands over its own names
    and venue, one entry. ``level_groups``: another heading of its level names a group so,
    and then a list of one item under this one is a group of one."""
    if rest.strip() or at + 1 >= len(nodes):
        return False
    after = nodes[at + 1]
    # (a list of one entry's labelled fields, "- **Authors:** ...", is that entry's, the heading its title)
    # and its first item must read as a whole entry by itself: "- Ann Lee, Bo Chen" over "-
    # *Journal*, 2019" are one entry's lines, the heading over them its title
    if not (after.type in ("bullet_list", "ordered_list") and (len(after.children) >= ENTRIES_UNDER_GROUP or level_groups)
            and not markdown_blocks.labelled_field_items(after)):
        return False
    first = after.children[0].children[:1]
    if not first or first[0].type != "paragraph":
        return False
    got = read_block(markdown_blocks.inline_text(first[0]))
    return got is not None and got[0] is not None


def _heading_node(node) -> tuple[tuple[str, int] | None, str]:
    """((heading text, level), the paragraph's text after it) when the node is a heading:
    a "#" or setext heading (a setext "heading" of a whole sentence, an entry over a rule,
    is none), a paragraph wholly one bold span, or a paragraph whose first line is one bold
    span and whose next line opens with an item's label ("**Preprints**" over "2. Title")."""
    if node.type == "heading":
        text = markdown_blocks.inline_text(node)
        if node.markup in ("=", "-") and (len(text.split()) > _SETEXT_WORDS or text.rstrip().endswith((".", ",", ";"))):
            return None, ""
        return (text.strip(), int(node.tag[1])), ""
    if node.type != "paragraph":
        return None, ""
    rows = markdown_blocks.inline_text(node).split("\n")
    m = _BOLD_HEADING.match(rows[0])
    if m and (len(rows) == 1 or _ITEM.match(rows[1])):
        return (m.group(1).strip(), 7), "\n".join(rows[1:])
    return None, ""


# A plain-text page is taken for a list of publications only when its publication sections
# hold at least this many blocks dated (a year printed, or one from a year line over them:
# entries are; a line of notes under a "Papers" heading need not be): a page with "#"
# headings, or whose front matter says it is a publications page, says so itself.
PLAIN_PAGE_DATED_BLOCKS = 2
# A plain-text CV's heading: a paragraph of one line of at most this many words (a section's
# name, "Refereed Journal Articles", "SELECTED PUBLICATIONS"; an entry is longer).
PLAIN_HEADING_WORDS = 6
# Its level, by what the line looks like, as the typography of plain-text CVs ranks them: a
# line in capitals names a part of the CV ("PUBLICATIONS", "TEACHING"), a line in title case
# a section or a kind of paper in it ("Journal Articles"), a year alone a division of that.
_PLAIN_LEVELS = {"capitals": 7, "words": 8, "year": 9}


def _plain_heading(node) -> tuple[tuple[str, int] | None, str]:
    """((text, level), the paragraph's text after it) when a paragraph of a page with no
    markdown heading opens with a heading by its look: a line of at most
    :data:`PLAIN_HEADING_WORDS` words, opening with a capital, with no sentence end or comma
    after it, that is a line in capitals or names a section (a kind of publication, or a part
    of a CV that is none: "Teaching", "Awards"), or a year alone on a line of its own. A name
    over the CV ("Jonas Weber") names none and stays a paragraph. A heading may have its
    section's first line right under it ("GRANTS" over "National Soil Fund, 2022-2025")."""
    if node.type != "paragraph":
        return None, ""
    rows = markdown_blocks.inline_text(node).strip().split("\n")
    line = rows[0].rstrip(":").strip()
    if not line or len(line.split()) > PLAIN_HEADING_WORDS or line[-1:] in ".,;" or "](" in line:
        return None, ""
    if _EXPORT_TAG.match(line) and not line.isupper():
        return None, ""  # "DOCUMENT TYPE: Article": an export's tagged field, its value no section's name
    rest = "\n".join(rows[1:])
    if _YEAR_HEADING.fullmatch(line):
        return ((line, _PLAIN_LEVELS["year"]), "") if not rest else (None, "")
    if not line[:1].isupper():
        return None, ""
    if line.isupper():
        return (line, _PLAIN_LEVELS["capitals"]), rest
    if (_is_pub_heading(line) or _not_pub(line) or section_type(line) is not None) and (
            len(line.split()) <= PLAIN_SENTENCE_CASE_WORDS or _title_case(line)):
        return (line, _PLAIN_LEVELS["words"]), rest
    return None, ""


def _hanging_entries(rows: list[str], node) -> list[str] | None:
    """The entries of a plain-text paragraph printed with a hanging indent, each opening at
    the margin and going on in indented lines ("Lee, A. (2021). Title of\n    the paper.
    Venue.\nChen, B. ..."), with no blank line between them (markdown reads them as one
    paragraph); None for any other paragraph. Two entries at the margin and an indented line
    at least: a paragraph wrapped flush is no sign of where its entries part."""
    if node.type != "paragraph" or not node.map:
        return None
    lines = [ln for ln in rows[node.map[0]:node.map[1]] if ln.strip()]
    starts = [i for i, ln in enumerate(lines) if not ln[:1].isspace()]
    if len(starts) < 2 or starts[0] != 0 or len(starts) == len(lines):
        return None
    return ["\n".join(ln.strip() for ln in lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)])]


# A section's name in sentence case is short ("Working papers", "Refereed journal articles");
# a longer line in lower case is a sentence ("We read three papers this week"), unless every
# word but the small ones is capitalised ("Articles in Refereed Journals").
PLAIN_SENTENCE_CASE_WORDS = 4
_SMALL_WORDS = frozenset("a an and at by for from in of on or the to under with &".split())


def _title_case(line: str) -> bool:
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _SMALL_WORDS for w in line.split())


def _joined_venue_paragraphs(blocks: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    return [("\n".join(b), y) for b, y in _venue_paragraphs_joined([(text.split("\n"), y) for text, y in blocks])]


ENTRY_TITLE_WORDS = 5  # a sub-heading this long is a paper's title, not a label ("Journal articles")


def entry_title_heading(title: str) -> bool:
    """Whether a heading inside a publications section is an entry's title ("### Spin waves
    in thin magnetic films" over its names and venue): a link, or five words or more, that
    is no year and does not name a kind of publication or another section."""
    text = _LINK.sub(r"\1", title).strip(" *_:")
    if _YEAR_HEADING.fullmatch(text) or _is_pub_heading(text) or section_type(text) is not None:
        return False
    if _TRAILING_YEAR.search(text) and len(_TRAILING_YEAR.sub("", text).split()) >= 2:
        return True  # "### Title (2021)": a paper's year after its title
    return bool(_LINK.search(title)) and len(text.split()) >= 2 or len(text.split()) >= ENTRY_TITLE_WORDS


# HTML lists and paragraphs written into a markdown page: an item opens an entry, the
# tags around them are no text.
_HTML_ITEM = re.compile(r"^\s*<li\b[^>]*>\s*", re.I)
_HTML_BLOCK = re.compile(r"^\s*</?(?:ul|ol|div|p|section)\b[^>]*>\s*$|\s*</li>\s*$|^\s*</?p>|</p>\s*$", re.I)


_HTML_END = re.compile(r"</(?:p|li)>\s*$", re.I)


_FENCE = re.compile(r"^\s{0,3}(:{3,})\s*(\S.*)?$")


def fenced_divs_as_blocks(lines: list[str]) -> list[str]:
    """Pandoc's and Quarto's fenced divs (``::: {.pub}`` ... ``:::``): a div that holds no
    other div, no list and no heading is one entry, its paragraphs the entry's lines (as if
    set apart by hard breaks); the fences of any other div are dropped, its content read as
    it is. A page without fences is returned unchanged."""
    if not any(_FENCE.match(ln) for ln in lines):
        return lines
    out: list[str] = []
    inner: list[str] | None = None  # the open div's lines, while it may still be an entry
    for line in lines:
        fence = _FENCE.match(line)
        if fence and fence.group(2):  # an opening fence ("::: {.pub}", "::: pub")
            if inner is not None:
                out += inner  # a div inside: the outer one is no entry
            inner = []
            continue
        if fence:  # a closing fence
            if inner is not None:
                paragraphs = [p for p in re.split(r"\n\s*\n", "\n".join(inner)) if p.strip()]
                if any(_ITEM.match(ln.strip()) or _HEADING.match(ln) for ln in inner):
                    out += inner
                else:
                    out += ["", *(" ".join(p.split()) + "  " for p in paragraphs), ""]
            inner = None
            continue
        (out if inner is None else inner).append(line)
    return out + (inner or [])


def entry_blocks(lines: list[str]) -> list[tuple[str, int | None]]:
    """The line reader (the HTML reader's, on the markdown-ish text it renders a page to;
    markdown pages are read from their syntax tree, :func:`page_blocks`).

    Entry blocks (raw markdown) of a section, each with a year from its context (a pandoc
    definition's term, "2024\\n:    entry"; a year heading; a list item holding a year alone).

    Nested lists are read as nested: under an item that is a label (a year, "Journal
    articles"), the sub-items are the entries; under an entry, its sub-items and indented
    paragraphs are notes about it (an abstract, "Featured in ..."), of which only lines of
    links are kept (they give the entry's URL)."""
    blocks: list[tuple[list[str], int | None]] = []
    current: list[str] = []
    year: int | None = None
    pending_year: int | None = None
    item_indent: int | None = None  # the indent of the open item's marker (None: no item open)
    gap = False  # a blank line since the last line

    def close():
        nonlocal current, item_indent
        if any(s.strip() for s in current):
            blocks.append((current, year))
        current, item_indent = [], None

    def start_item(line: str, indent: int):
        nonlocal current, year, item_indent
        year = pending_year
        current = [_ITEM.sub("", line.strip(), count=1).strip() + ("  " if line.endswith("  ") else "")]
        item_indent = indent

    lines = fenced_divs_as_blocks(lines)  # "::: {.pub}" ... ":::": one entry, whatever its paragraphs
    lines = tables_as_blocks(lines)  # a pipe table's rows: entry blocks of their own
    lines = [_BLOCKQUOTE.sub("", ln) for ln in lines]  # "> entry": a quoted paragraph is a paragraph
    # "<li>entry</li>", "<p>entry</p>" in a markdown file: an item, a paragraph that ends there
    lines = [part for ln in lines for part in ((_HTML_ITEM.sub("- ", _HTML_BLOCK.sub("", ln)), "")
                                                if _HTML_END.search(ln) else (_HTML_ITEM.sub("- ", _HTML_BLOCK.sub("", ln)),))]
    for line in lines:
        stripped = line.strip()
        if re.fullmatch(r"[-*_]{3,}", stripped):
            close()
            gap = False
            continue
        if not stripped:
            gap = True
            continue
        indent = len(line) - len(line.lstrip())
        is_item = bool(_ITEM.match(stripped))
        if item_indent is not None and current and indent > item_indent and (is_item or gap):
            gap = False
            label = _label_year(current)
            if label is not False:  # "- 2021" / "- Journal articles", then the entries below it
                pending_year = label if label is not None else pending_year
                current = []
                start_item(line, indent) if is_item else current.append(stripped)
            elif _link_buttons(_ITEM.sub("", stripped, count=1)):
                current[-1] = current[-1].rstrip() + "  "  # its own line
                current.append(_ITEM.sub("", stripped, count=1))
            continue  # a note about the entry above
        if _DEFINITION.match(stripped) and _term_before(current, blocks, gap, item_indent):
            # "Title\n:   Names\n:   *Venue*, 2021": a term that is no year, and its definitions,
            # are one entry, each definition a line of it
            if not current:  # a blank line came between the term and its first definition
                current, year = blocks.pop()
            current[-1] = current[-1].rstrip() + "  "
            current.append(_DEFINITION.sub("", stripped))
            gap = False
            continue
        if gap:
            close()
            gap = False
        if re.fullmatch(r"\*{0,2}(?:19|20)\d\d\*{0,2}:?", _ITEM.sub("", stripped, count=1)):
            close()  # a year line: a term, a sub-heading, or an item holding the year alone
            pending_year = int(re.search(r"\d{4}", stripped).group())
            continue
        if _DEFINITION.match(stripped):
            close()
            year, pending_year = pending_year, None
            current = [_DEFINITION.sub("", stripped)]
            continue
        if is_item and (item_indent is None or indent <= item_indent + 1 or not current):
            close()
            start_item(line, indent)
            continue
        if not current:
            year = pending_year
        current.append(stripped + ("  " if line.endswith("  ") else ""))  # keep a hard break
    close()
    return [("\n".join(b), y) for b, y in _venue_paragraphs_joined(blocks)]


def _term_before(current: list[str], blocks: list, gap: bool, item_indent: int | None) -> bool:
    """Whether a definition line (":   text") defines the plain paragraph just before it: a
    term that is no year ("2021" terms give their year to the entry instead) and no list
    item, or a term already holding definitions (the next one is another line of it)."""
    if item_indent is not None:
        return False
    if current:
        return (len(current) == 1 or current[0].endswith("  ")) and not _YEAR_TERM.fullmatch(current[0])
    return gap and bool(blocks) and len(blocks[-1][0]) == 1 and not _YEAR_TERM.fullmatch(blocks[-1][0][0])


_YEAR_TERM = re.compile(r"\s*\*{0,2}(?:19|20)\d\d\*{0,2}:?\s*")


def _label_year(block: list[str]) -> int | None | bool:
    """Whether an item is a label over a nested list: its year (a year alone), None (a
    short label, "Journal articles", "**Preprints**:"), or False (an entry)."""
    text = " ".join(block).strip().strip("*_: ")
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return int(text)
    return None if len(block) == 1 and 1 <= len(text.split()) <= 4 and not re.search(r"[.,;\d]", text) else False


# A paragraph wholly in italics that holds a year and more numbers ("*J. Algebra 222 (2018)
# no. 9, 2524-2551*") is the venue line of the entry before it, printed as a paragraph of its
# own (word processors' HTML); a sub-heading in italics holds no such numbers.
_ITALIC_VENUE = re.compile(r"^\*[^*]*\b(?:19|20)\d\d\b[^*]*\*$")


def _venue_paragraphs_joined(blocks: list[tuple[list[str], int | None]]) -> list[tuple[list[str], int | None]]:
    out: list[tuple[list[str], int | None]] = []
    for lines, year in blocks:
        text = " ".join(s.strip() for s in lines)
        if out and len(lines) == 1 and _ITALIC_VENUE.match(text) and len(re.findall(r"\d+", text)) >= 2:
            out[-1] = ([*out[-1][0][:-1], out[-1][0][-1].rstrip() + "  ", text], out[-1][1])
            continue
        out.append((lines, year))
    return out


_LINKS_ONLY = re.compile(r"[\s|·•,;/()\[\]]*")  # what is left of a line of link buttons


def _link_buttons(line: str) -> bool:
    """A line of link buttons ("[PDF](..){: .btn} [Code](..)"): links alone, each labelled
    by a word or two with no year (a link whose text is the venue and year is a field)."""
    labels = [m.group(1) for m in _LINK.finditer(line)]
    return bool(labels) and all(len(lb) <= _BUTTON_LABEL and not YEAR_IN_TEXT.search(lb) for lb in labels) and bool(
        _LINKS_ONLY.fullmatch(re.sub(r"\{[^{}]*\}", "", _LINK.sub("", line))))


# Words that label a link button next to an entry, never a field of it: the labels of
# academicpages, al-folio, Hugo Academic and hand-written pages ("[PDF](..) [Code](..)").
# "arXiv" is not one of them: it names a preprint's venue as often as a button.
BUTTON_WORDS = frozenset("pdf paper slides code video poster doi bibtex bib html preprint data project website "
                         "supplement supplementary abstract talk blog github link press publisher pubmed ssrn ads "
                         "download url web".split())


_BUTTON_LABEL = 20  # characters: "PDF", "Slides", "Code", "arXiv", "Supplementary data"


# An emphasised name ("**S.C. Anderson**", "<u>Bo Chen</u>") right after an initial's period
# with no separator between ("Essington, T.E. **S.C. Anderson**"): the emphasis marks where one
# person's name begins, so the comma the list forgot goes before it.
_EMPHASISED_AFTER_INITIAL = re.compile(r"(?<=\b[A-Z]\.)\s+(?=(?:\*\*|__|<(?:b|strong|u|em|i)>)"
                                       r"(?:[A-Z]\.\s?-?)*[A-Z][\w'’\-]+)")


# A mark printed between a surname and its initials ("Phillis\*, C.C.", "Lee†, A."): a note on
# the name (equal contribution, corresponding author); marks after a whole name are taken off
# once the list is split (_NAME_MARKS)
_MARK_AFTER_WORD = re.compile(r"(?<=\w)(?:\\\*|[†‡])+(?=,\s*[A-Z]\.)")
# An emphasised note that opens with a footnote's mark and closes the entry ("... [Link](url)
# *\*Co-authors listed in alphabetical order*", "*† equal contribution*"): the note the mark
# refers to, said of the entry's names, never one of its fields (the last emphasised span of an
# entry is otherwise often its venue)
_MARKED_NOTE_CLOSING = re.compile(r"\s*\*(?:\\\*|[†‡])[^*\n]{3,120}\*\s*$")
_SPAN = re.compile(r"\[([^\[\]]+)\]\{[^{}]*\}")
# (in inline or display math, on nothing or on an empty group: "$${}^\dagger$$Lee")
_TEX_MARK = re.compile(r"(\$\$?)(?:\{\})?\^\{?[^${}]{1,8}\}?\1")
_BRACED = re.compile(r"\{[^{}]*\}")
# A bracketed note right after "et al." ("et al. [including Roe, B.]", "et al. [12 authors]"): the
# compiler's comment on the names left out, not a name of the list (the list stays cut short)
_NOTE_AFTER_ET_AL = re.compile(r"(\bet\s+al\.?)[\s\u00a0]*\[[^\[\]()]{1,120}\](?!\()")
_WHITESPACE = re.compile(r"\s+")


def _clean(block: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """(plain lines, italic spans, link targets, bold spans) of a markdown block, its inline
    markup read by markdown-it-py (:func:`markdown_inline.read_inline`).

    A single newline inside a paragraph is a soft wrap; only "<br>", two trailing spaces or
    a backslash break a line (and a line wholly one emphasised span). "<b>", "<i>" inline
    count as bold and italics. Conventions that are no CommonMark (pandoc's "[Bo Chen]{.me}",
    TeX marks "Lee$^*$", kramdown's "{: .btn}") are read from the text."""
    # (each pattern tried only on a block holding what every match of it holds: most hold none)
    if "![" in block:
        block = _LEAD_BADGE.sub(r"[\1] ", block)  # "![ICML 2021](badge) Title": the venue tag "[ICML 2021]"
    if "**" in block or "__" in block or "<" in block:
        block = _EMPHASISED_AFTER_INITIAL.sub(", ", block)
    if "]{" in block:
        block = _SPAN.sub(r"\1", block)  # pandoc's "[Bo Chen]{.me}": the words, printed as they are
    if "\\*" in block or "†" in block or "‡" in block:
        block = _MARK_AFTER_WORD.sub("", block)  # "Phillis\*, C.C.": an equal-contribution mark, no text
        block = _ESCAPED_NAME_MARK.sub("", block)  # "Tuia, D.\*, Beery, S.\*": the same after the initials
        block = _MARKED_NOTE_CLOSING.sub("", block)
    if "[" in block and "al" in block:
        block = _NOTE_AFTER_ET_AL.sub(r"\1", block)  # "Lee, A. et al. [including Roe, B.]": a note, no name
    if "$" in block and "^" in block:
        block = _TEX_MARK.sub("", block)  # "Lee$^*$", "Lee$^{\dagger}$", "$${}^\dagger$$Lee" (TeX in markdown)
    inline = read_inline(block)
    links = list(inline.links)
    # (the entry's first line over a line of names is its title, however short: "[Much ado
    # about 248](url)" over "Ann Lee, Bo Chen" is no button)
    raw_lines = [ln for at, ln in enumerate(inline.lines)
                 if not _marked_buttons(ln) or (at == 0 and len(inline.lines) > 1 and _names_follow(inline.lines[1])
                                                and without_link_marks(_MARKED_LINK.sub(_marked_link_text, ln)).strip())]
    italics, bolds = list(inline.italics), list(inline.bolds)
    opening = _MARKED_LINK.match(raw_lines[0].strip()) if raw_lines else None
    if (opening and len(opening.group(1).split()) >= SPAN_TITLE_WORDS
            and (re.match(r"\s*(?:[.,:;]|[—–-]\s|$)", raw_lines[0].strip()[opening.end():])
                 or _names_after_link(raw_lines[0].strip()[opening.end():]))):
        # "[Title](url). Names ..." or "[Title]() — Names" (a wikilink): a link that opens the
        # entry, set apart by a stop or a dash, is its title's span, as an emphasised one is
        # (its text may hold stops of its own: "Backgrounds. II. Symmetries")
        bolds.append(without_link_marks(opening.group(1)).strip())
    elif raw_lines and not opening:
        # "Lee A., Roe B. [Title](url). *Venue*": a link of words after the names, closed by a
        # stop, is the title's span as an opening one is (a link that is the entry's venue or
        # a button holds digits or fewer words, and none follows names ended by a comma)
        for m in _MARKED_LINK.finditer(raw_lines[0]):
            words = without_link_marks(m.group(1)).strip()
            before = _without_icons(without_link_marks(_MARKED_LINK.sub(_marked_link_text, raw_lines[0][:m.start()])).strip())
            if (len(words.split()) >= SPAN_TITLE_WORDS and not re.search(r"\d", words)
                    and re.search(r"\b[A-Z]\.\s*$", before) and _name_line(before.rstrip(" ,;")) is not None
                    and re.match(r"\s*(?:[.,:;]|$|\S*\{)", raw_lines[0][m.end():])):
                bolds.append(words)
                break
    lines = []
    for raw in raw_lines:
        whole_link = _MARKED_WHOLE_LINK.fullmatch(raw.strip())
        if (whole_link and len(raw_lines) > 1 and len(whole_link.group(1).split()) >= 2
                and not re.search(r"\d", whole_link.group(1))):  # a linked "Phys. Rev. B 3, 1 (2021)" is a venue
            bolds.append(whole_link.group(1).strip())  # a line wholly one link is set apart as a bold one is
        line = _MARKED_LINK.sub(_marked_link_text, _MARKED_BRACKETED.sub("", raw)) if LINK_OPEN in raw else raw
        if LINK_OPEN in raw and _BUTTON_CLOSES.search(raw) and not _marked_link_text(_BUTTON_CLOSES.search(raw)):
            line = line.rstrip().rstrip(",;")  # "..., 034612, [Download here]": the button's comma is no field's end
        line = _WHITESPACE.sub(" ", without_link_marks(line))
        # a URL or DOI printed in the entry is a link, never a field's text: its digits are no
        # year ("10.1111/2041-210X.13788") and no page
        if ":" in line:  # (every printed URL or DOI has one: "doi:", "://"; most lines have none)
            links += [u.rstrip(".,;)") for u in _PRINTED_URL.findall(line) if u.rstrip(".,;)") not in links]
            line = _PRINTED_URL.sub("", line)
        line = _EMPTY_BRACKETS.sub("", line)  # "[PDF]" as "[<a>PDF</a>]": the button gone, its brackets too
        if "..." in line or "…" in line:
            line = _ELIDED_NAMES.sub(r"\1 …", line)  # "B. Lee, ... (67 co-authors), C. Roe": names left out
        if "{" in line:
            line = _BRACED.sub("", line)  # kramdown attributes, {PDF: ...} notes
        line = line.strip()
        if line and not (_LABELS.fullmatch(line) and not YEAR_IN_TEXT.search(line)):  # "ADS | arXiv": link labels
            # (a year makes it a metadata line, "Phys. Rev. B · 2021")
            lines.append(line)
    if lines:
        lines[0] = re.sub(r"^\d{1,3}\.\s+(?=\S)", "", lines[0])  # a list number set as text ("*29.* Title")
        lines[0] = _LEAD_IDENTIFIER.sub("", lines[0])  # "[arXiv:2301.00001] Names ...": a link's label
        lines[0] = _without_icons(lines[0])  # "📄 Title", ":memo: Title": an icon, no text
        lines[0] = _without_role_marks(lines[0])  # "[✧][✶] Lee A, Roe B. Title": the owner's roles, no text
    return lines, italics, links, bolds


def _names_after_link(rest: str) -> bool:
    """Whether the text after the link that opens an entry opens, after a space and no stop,
    with a list of names ("[Title](url) Ann Lee, Bo Chen. 2021", "[Title](url) Ann Lee, et
    al. 2021"): the link is then the title's span, set apart by the names as a stop would set
    it apart. Two names or more, or one cut short by "et al.", one of two words at least: a
    venue's words ("Nature Toys 2019") pass for one name alone."""
    if not rest[:1].isspace():
        return False
    text = _WHITESPACE.sub(" ", without_link_marks(_MARKED_LINK.sub(_marked_link_text, rest))).strip()
    end = _names_end(text, []) if text else None
    head = text[:end[0]] if end else text.rstrip(" .")
    names = _name_line(head) if text else None
    return bool(names) and any(len(n.split()) >= 2 for n in names) and (
        len(names) >= 2 or bool(re.search(r"\bet\.?\s*al\b|\bothers\b", head)))


def _names_follow(line: str) -> bool:
    """Whether ``line``, the one after an entry's first line, is a list of names (two or
    more, or one alone on its line)."""
    text = _WHITESPACE.sub(" ", without_link_marks(line)).strip(" ,.")
    return bool(text) and _name_line(text) is not None


# A link's text in a line of :func:`markdown_inline.read_inline` (between its marks).
_MARKED_LINK = re.compile(re.escape(LINK_OPEN) + "([^" + LINK_OPEN + LINK_CLOSE + "]*)" + re.escape(LINK_CLOSE))
_MARKED_WHOLE_LINK = re.compile(_MARKED_LINK.pattern + "[.,]?")
# a short link inside brackets, "[[arXiv](url)]" (HTML's "[<a>arXiv</a>]"): a button whatever its word
_MARKED_BRACKETED = re.compile(r"\[\s*" + re.escape(LINK_OPEN) + r"[^\[\]\d" + LINK_OPEN + LINK_CLOSE + "]{1,20}"
                               + re.escape(LINK_CLOSE) + r"\s*\]")


# a marked link that closes its line (a button after the entry's last field)
_BUTTON_CLOSES = re.compile(re.escape(LINK_OPEN) + "([^" + LINK_OPEN + LINK_CLOSE + "]*)" + re.escape(LINK_CLOSE) + r"[\s.]*$")


def _marked_link_text(m: re.Match) -> str:
    """A link's text, or nothing for a button ("[Slides](url)", "[[PDF]](url)")."""
    label = m.group(1)
    if label.startswith("[") and label.endswith("]"):
        return ""  # "[[PDF]](url)", "[[doi]](url)": no field's text
    words = label.strip(" []*_").casefold().split()
    if len(words) == 2 and words[0] in BUTTON_WORDS and words[1] in _AVAILABILITY_WORDS:
        return ""  # "[Preprint available](url)", "[PDF here](url)": a button worded as a phrase
    return "" if label.strip(" []*_").casefold() in BUTTON_WORDS else label


# words after a button's word that make its label a phrase, still no field: "Preprint available"
_AVAILABILITY_WORDS = frozenset("available here online version link".split())


def _marked_buttons(line: str) -> bool:
    """A line of link buttons ("[PDF](..){: .btn} [Code](..)"): links alone, each labelled
    by a word or two with no year (a link whose text is the venue and year is a field)."""
    labels = _MARKED_LINK.findall(line)
    return bool(labels) and all(len(lb) <= _BUTTON_LABEL and not YEAR_IN_TEXT.search(lb) for lb in labels) and bool(
        _LINKS_ONLY.fullmatch(re.sub(r"\{[^{}]*\}", "", _MARKED_LINK.sub("", line))))


def _name_line(line: str) -> list[str] | None:
    """The names of a line that is a list of names (two or more, or one on a short line, or a
    list cut short by "et al."), else None."""
    names = _name_line_kept(line)
    return list(names) if names is not None else None  # (a list of the caller's own)


# The readers ask the same line again and again (each reading of a block by roles, the cuts
# of a one-line entry, the marked lines): the answer is pure, so each line is read once.
@lru_cache(maxsize=4096)
def _name_line_kept(line: str) -> tuple[str, ...] | None:
    names = _name_line_read(line)
    return tuple(names) if names is not None else None


def _name_line_read(line: str) -> list[str] | None:
    """``_name_line`` without the cache."""
    if re.search(r"[|\"“”]", line):
        return None
    cut = re.split(r"(?<![\d.])(?:19|20)\d\d(?!\d)", line, maxsplit=1)  # "...; et al. 2024, ApJL, 973"
    line = cut[0]
    # "..., Roe, C., 4 May 2021" / "..., Oct 2021": the date the year closes is a field after a
    # comma, no name (a surname that is a month's, "Robert May", has its given name before it);
    # with no year after it, a given name that opens like a month's ("Gross, Markus", "Tarzia,
    # Marco") closes the names
    if len(cut) > 1:
        line = _DATE_BEFORE_YEAR.sub("", line)
    # "Ann Lee, Bo Chen. (2016)": the bracket that opened the year is no part of the last name
    # (an initial's period is kept: "Chen, B. (2016)")
    line = line.rstrip(" ([")
    names, truncated = split_author_list(re.sub(r"\s*\*$", "", line.strip().rstrip(",;")))
    names = [n.strip(" *") for n in names if n.strip(" *")]
    if not names and truncated:
        return None
    # "Simulation in Materials Science" is a venue's words, not a name; a digit inside a word of a
    # group's name ("Earth2Ocean Research Derby") is allowed, as plausible_name allows it
    ok = names and all(1 <= len(n.split()) <= 5 and not re.search(r"\d|[:?!]", DIGIT_IN_WORD.sub("", n))
                       and plausible_name(n) for n in names)
    return names if ok and (len(names) >= 2 or truncated or len(line) < 40) else None


_DATE_BEFORE_YEAR = re.compile(rf",\s*(?:\d{{1,2}}\s+)?{_MONTHS}(?:\s+\d{{1,2}})?,?\s*$")


# A line that is a date alone, a theme's date element ("March, 2023", "Mar 1, 2023",
# "2023-03-01", "(2021)"): the entry's year, never its venue
_DATE_LINE = re.compile(rf"\(?(?:(?:\d{{1,2}}\s+)?{_MONTHS},?\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d"
                        r"(?:-[01]\d(?:-[0-3]\d)?)?\)?\.?")


def _by_roles(lines: list[str], italics: list[str], year_hint: int | None, owner: str | None = None,
              bolds: list[str] = ()):
    """Several lines: (authors, truncated, title, venue, year) or None. A line wholly in bold
    (``bolds``: the block's bold spans) is the title before any italic span: pages that set
    the title in bold set the venue in italics."""
    if len(lines) < 2:
        return None
    # the line that reads most like a list of names: most names, then initials, then earliest
    # (a one-word venue line, "Evolution", also passes for a name). A line wholly in italics
    # is the title, unless it is the owner's name alone (printed in the titles' style), or one
    # name alone under a bold title line: the title is set apart already, and one emphasised
    # name on a line of its own is the owner's single-author paper (the owner marked as in
    # the lists of names around it; a line with numbers, "*J. Algebra 219 (2015)*", is a venue line)
    bold_spans = {b.strip(" .,;:") for b in bolds}
    # (a bold title with its year in brackets after it, a badge's label: "**Title** (2021)")
    bold_lines = {ln for ln in lines if ln.strip(" .,;:") in bold_spans
                  or _TRAILING_YEAR.sub("", ln).strip(" .,;:") in bold_spans}
    titled = any(len(ln.split()) >= 2 for ln in bold_lines)
    # one name alone in bold after a bold title line is the owner's single-author paper's names
    # (the owner marked in bold as in the lists of names around it), no second title
    first_bold = next((i for i, ln in enumerate(lines) if ln in bold_lines and len(ln.split()) >= 2), None)
    owner_alone = {ln for i, ln in enumerate(lines) if first_bold is not None and i > first_bold and ln in bold_lines
                   and not re.search(r"\d", ln) and (names := _name_line(ln)) and _one_name_alone(names)}
    bold_lines -= owner_alone
    ranked = [(ln not in bold_lines, ln in owner_alone, len(names), bool(re.search(r"\b[A-Z]\.", ln)), -i) for i, ln in enumerate(lines[:4])
              if (names := _name_line(ln)) and not _italic_venue_line(ln, italics)
              and (ln not in italics or (owner and ln.strip() == owner)
                                                or (titled and _one_name_alone(names) and not re.search(r"\d", ln)))]
    if not ranked:
        return None
    author_at = -max(ranked)[-1]
    authors = _name_line(lines[author_at])
    # (an ellipsis closing the names, "AB Lee, B Chen…", cuts the list as "et al." does)
    truncated = bool(re.search(r"et\.? ?al\.?|\bothers\b|(?:…|\.\.\.)\s*$", lines[author_at]))
    rest = [ln for i, ln in enumerate(lines) if i != author_at]
    title = next((ln for ln in rest if ln in bold_lines and len(ln.split()) >= 2), None)
    if title is None:
        title = next((t for t in italics if any(t in ln for ln in rest) and len(t) > 10), None)
        if title and len(rest) >= 2 and rest[-1].startswith(title) and _plain(rest[0], italics):
            # "Title / Authors / *Venue*": the last line, in italics after a plain one, is the venue
            title = rest[0]
    title_line = next((ln for ln in rest if title and title in ln), rest[0])
    title = title or title_line
    venue_lines = [ln for ln in rest if ln is not title_line]
    venue_text = " ".join(venue_lines)
    named = " ".join(ln for ln in venue_lines if not _DATE_LINE.fullmatch(ln.strip()))  # a date alone gives the year only
    # the author line may carry the year and venue after the names ("...; et al. 2024, ApJL, 973")
    tail = re.search(r"\b((?:19|20)\d\d)\b,?\s*(.*)$", lines[author_at])
    years = YEAR_IN_TEXT.findall(_IDENTIFIERS.sub(" ", venue_text)) or ([tail.group(1)] if tail else [])
    # the venue is arXiv when its lines open with an identifier there (after an "In", as a template
    # prints every venue: "*In arXiv:0704.0131*, 2007"), or when the only line naming anything is
    # one ("8 Oct 2007" over "arXiv:0704.0156": the date line names nothing)
    arxiv = _ARXIV_ID.match(_IN_LEAD.sub("", venue_text)) or (
        not re.search(r"[^\W\d_]", _IDENTIFIERS.sub(" ", named))
        and any(_ARXIV_ID.match(ln) for ln in venue_lines))
    venue = "arXiv" if arxiv else venue_name(_IDENTIFIERS.sub(" ", named))
    if tail and tail.group(2).strip(" .,;:)]"):  # the author line's own tail names the venue (not the
        # bracket that closed the year: "Ann Lee, Bo Chen. (2016)")
        named_tail = re.split(r",\s*\d", tail.group(2), maxsplit=1)[0].strip(" ,.;")
        # (through venue_name, as the venue lines are: "In: JHEP. 35" is JHEP, its volume after it)
        # (a month alone is the rest of a date printed year first, "2025 Jan.": no venue)
        venue = (venue_name(named_tail) or (None if MONTH_ALONE.fullmatch(named_tail) else named_tail)
                 if named_tail else venue)
    # a bold title line closed by a year in brackets alone ("Title (2021)", a heading's or a badge's):
    # the year is the entry's, no word of the title, when the entry prints no other year or the
    # same one (a review's "... by Lee, A. (2012)" in an entry of 2013 keeps its year), none
    # from its context either (a year heading, a year column)
    # (a title set apart in bold, or a heading's: a plain line "Kai Lee (1998)" is names and year)
    own_year = (_TRAILING_YEAR.search(title) if title_line in bold_lines
                and len(_TRAILING_YEAR.sub("", title).split()) >= 2 else None)
    other_year = int(years[0]) if years else year_hint  # (a year from the entry's context counts too)
    if own_year and other_year is not None and other_year != int(own_year.group(1)):
        own_year = None
    if own_year:
        title = _TRAILING_YEAR.sub("", title)
    year = int(years[0]) if years else int(own_year.group(1)) if own_year else year_hint
    return authors, truncated, title.strip().rstrip(".,"), venue, year


_TRAILING_YEAR = re.compile(r"\s*[(\[]((?:19|20)\d\d)[)\]]\s*$")


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WRAPPED_ROWS = 24  # lines: more than one reference wrapped at a width runs to; a longer block is no one entry


_AN_INITIAL_IN_NAMES = re.compile(r"(?<![\w'\u2019-])(?:[A-Z]{1,3}|[A-Z]\.)(?![\w'\u2019-])")


_CAMEL_WORD = re.compile(r"[a-z]+[A-Z]\w*")


def _names_line_apart(line: str) -> bool:
    """Whether ``line`` is wholly a list of names printed as a field of its own: two names or
    more parted by commas, or one name with an initial ("CM Shor", "C. M. Shor"; a
    capitalised phrase of a title, "Graph Theory", has none), and no year."""
    names = _name_line(line) if not _A_YEAR.search(line) else None
    return bool(names) and ((len(names) >= 2 and "," in line) or
                            (len(names) == 1 and bool(_AN_INITIAL_IN_NAMES.search(line))))


def _soft_wrapped_fields(block: str) -> str | None:
    """A block typed wrapped at a width (pandoc, a text editor's fill) with its fields set on
    lines of their own (hard breaks), or None when it has no soft wrap to regroup. A line goes
    on into the next when it ends in a comma, "and", an initial or a hyphen, or when the next
    one opens in lower case; a line that ends in a period ends a field; and a list of names
    that ends with a whole name at the end of a line ends there when the next line opens a
    capitalised word ("..., R. O'Malley" over "Evaluating ecosystem change ..."), as no
    period parts the two."""
    rows = [ln.strip() for ln in block.strip().split("\n")]
    if not 2 <= len(rows) <= _WRAPPED_ROWS or any(not r for r in rows) or re.search(r"<br\s*/?>|  \n|\\\n", block, re.I):
        return None  # one line, paragraphs, breaks already typed, or no one entry: nothing to regroup
    groups: list[list[str]] = []
    named_field = False
    apart = False  # a field ended by its writer (_typed_apart), not by the wrap
    width = max(len(r) for r in rows)
    typed = _typed_block(block)
    for row in rows:
        if groups:
            prev = " ".join(groups[-1])
            plain = re.sub(r"[*_`]|\[|\]\([^)]*\)|\]", "", prev).strip()
            if _typed_apart(groups[-1], plain, row, width, typed):
                apart = True
                groups.append([row])
                continue
            goes_on = bool(GOES_ON.search(plain))
            # (a name spelled in camel case, "arXiv", "bioRxiv", "eLife", opens a line as a
            # capital does: no sentence goes on with it)
            opens_up = row[:1].isupper() or bool(_CAMEL_WORD.match(row))
            ends = plain.endswith(".") and not goes_on
            # (a line holding a year after the names, "..., Bo Chen. 2019. Efficient Graph", ends
            # no list of names: the year and the title's first words follow them on that line)
            names_done = not goes_on and "," in plain and not _A_YEAR.search(plain) and bool(_name_line(plain)) \
                and opens_up
            # (a line that is wholly a list of two names or more, after a line that goes on
            # nowhere and is no list of names itself, is a field of its own: "Title" over "AB
            # Lee, C Roe" over "Venue, 2021", a title printed with no full stop)
            names_open = not goes_on and _names_line_apart(row) and not _name_line(plain)
            # (and such a line of names, one name with an initial alone too, ends its field)
            names_done = names_done or (not goes_on and len(groups[-1]) == 1 and _names_line_apart(plain)
                                        and opens_up)
            # (a block's first line wholly a list of names surname first parted by semicolons,
            # "Lee, Ann B.; Roe, C. D.", ends its field though it ends in an initial: a list that
            # goes on on the next line ends in its semicolon)
            names_done = names_done or (len(groups) == 1 and len(groups[0]) == 1 and ";" in plain and opens_up
                                        and not re.search(r"[;,&]$|\band$", plain) and _names_line_apart(plain))
            if (not ends and not names_done and not names_open) or not opens_up and row[:1].islower():
                groups[-1].append(row)
                continue
            named_field = named_field or (names_open and not ends and not names_done)
        groups.append([row])
    # (every line a field of its own is a regrouping only when a line of names parted a title
    # printed with no full stop, and a line after them prints the entry's year: the soft-wrap
    # reading joined them, nothing else reads so; a page's head, "Portal of X" over "A. B. Lee",
    # prints none)
    # (so is a block whose first line is wholly a list of names surname first, ended by the
    # writer, "Lee, Ann B.; Roe, Cy" over the title over the source: a database's list typed a
    # field to a line, whose names no reading of one joined line parts from the title)
    names_first = (len(groups[0]) == 1 and len(groups) >= 3 and "," in rows[0] and not _A_YEAR.search(rows[0])
                   and _name_line(rows[0]) is not None)
    named_field = (named_field or apart or names_first) and bool(_A_YEAR.search(rows[-1]))
    if apart:
        # an export's tagged lines ("AUTHOR FULL NAMES: ...", "DOI: ...") are no field of the
        # entry's reading: the names, title and source lines say it
        # (the line over a source line is the title, whatever opens it: "STARTS: A Proposal")
        kept = [g for at, g in enumerate(groups) if not _EXPORT_TAG.match(g[0])
                or (at + 1 < len(groups) and _BRACKET_YEAR_SOURCE.match(groups[at + 1][0]))]
        groups = kept if len(kept) >= 2 else groups
    if len(groups) < 2 or (len(groups) == len(rows) and not named_field):
        return None
    return "  \n".join(" ".join(g) for g in groups)


# A line opened by an export's field tag in capitals and a colon ("AUTHOR FULL NAMES:", "DOI:",
# "AFFILIATIONS:"; a tag is one to four words of two capitals or more)
_EXPORT_TAG = re.compile(r"^[A-Z]{2,}(?:[ /-][A-Z]{2,}){0,3}:\s")
# A line opened by a year in brackets and a capitalised word, no stop after the bracket (a
# database's source line, "(2021) Graph Letters, 12 (3), pp. 1-9."; APA's "(2021). Title"
# has its stop)
_BRACKET_YEAR_SOURCE = re.compile(r"^\((?:19|20)\d\d\)\s+(?=[A-Z]|[a-z]+[A-Z])")


def _typed_block(block: str) -> bool:
    """Whether a block's lines below its first hold an export's tag or a bracketed year's source
    line (:func:`_typed_apart`): its fields are typed one to a line."""
    rows = [r.strip() for r in block.strip().split("\n")]
    return any(_BRACKET_YEAR_SOURCE.match(r) or _EXPORT_TAG.match(r) for r in rows[1:])


def _typed_apart(group: list[str], plain: str, row: str, width: int, typed: bool = False) -> bool:
    """Whether ``row`` opens a field of its own in a block whose fields are typed one to a line
    (a database's export, a profile pasted as text), though the line before seems to go on:
    a line opened or closed by a capitals tag and a colon (:data:`_EXPORT_TAG`), a date and
    source line opened by a bracketed year (:data:`_BRACKET_YEAR_SOURCE`) after a line that
    ends no word short (no comma, "and" or hyphen), or a line of names that ends in an initial
    and stops short of the block's width by more than the next line's first word (a wrap would
    have put the word there: its writer ended the line; unless the next line opens with a name,
    :data:`_NAME_OPENS`), or anywhere in a block ``typed`` so
    (one with such a source line or tag below its first line)."""
    if _EXPORT_TAG.match(row) or _EXPORT_TAG.match(group[0]):
        return True
    if _BRACKET_YEAR_SOURCE.match(row) and not re.search(r"(?:[,;:&\-–]|\band)$", plain):
        return True
    first = row.split()[0] if row.split() else ""
    return (len(group) == 1 and (row[:1].isupper() or row[:1].isdigit()) and re.search(r"\b[A-Z]\.$", plain) is not None
            and (typed or (len(plain) + 1 + len(first) <= width and not _NAME_OPENS.match(row)))
            and _names_line_apart(plain))


# A line that opens with a person's name ("Brewer Curran, A.", "Roe C.", "A. B. Lee"): the list
# of names may go on there (a PDF's lines are set in a proportional font, so a line's length in
# characters does not say where a wrap would have broken it)
_NAME_OPENS = re.compile(r"^(?:[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2},?\s+(?:[A-Z]\.|[A-Z]{1,3}\b)"
                         r"|(?:[A-Z]\.\s?-?){1,3}\s?[A-Z][\w'’\-]+)")


def _italic_venue_line(line: str, italics: list[str]) -> bool:
    """A line that opens with an italic span and goes on with numbers only ("*J. Magn.*,
    2019", "*Phys. Rev. B* 3, 101 (2021)"): a venue line, whatever its words read as."""
    return any(line.startswith(sp) and len(line) > len(sp) and re.fullmatch(_VENUE_TAIL, line[len(sp):])
               and not _several_names(sp) for sp in italics)  # "*Ann Lee, Bo Chen* 2021": names in italics


def _one_name_alone(names: list[str]) -> bool:
    """One person's name of two words or more ("Kai von Fintel"), not a one-word venue."""
    return len(names) == 1 and len(names[0].split()) >= 2


def _plain(line: str, italics: list[str]) -> bool:
    """A line of three words or more with no italic span in it."""
    return len(line.split()) >= 3 and not any(t in line for t in italics)


# "arXiv:2401.01234", "arXiv 0704.0216", "arXiv:acc-phys/9411001" (identifiers before 2007)
_ARXIV_ID = re.compile(r"\s*arXiv\s*:?\s*(?:\d|[a-z-]+(?:\.[A-Z]{2})?/\d{7})")
_IN_LEAD = re.compile(r"^\s*In:?\s+(?=arXiv)")


def _cv_style(text: str):
    try:
        e = parse_entry(text, vancouver_lists=True)
    except ValueError:
        return None
    if e.title and any(_SPLIT_INITIALS.fullmatch(a) for a in e.authors):
        e.authors = _printed_names(text, e.title) or e.authors
    e.authors = [re.sub(r"^(?:&|and)\s+", "", a) for a in e.authors]  # "A. Lee, B. Chen, & C. Roe": the last
    ok = e.title and e.authors and all(1 <= len(a.split()) <= 5 and not re.search(r"\d", a) for a in e.authors)
    return e if ok else None


def _printed_names(text: str, title: str) -> list[str] | None:
    """The names as printed before ``title``, split again by ``split_author_list``: a reader
    that cut "Lee, A., B. Chen" at every comma leaves "A" without its period, and the
    printed list keeps the initials as written ("A. Lee")."""
    at = text.find(title)
    names = split_author_list(text[:at].strip())[0] if at > 0 else []
    return names if names and all(plausible_name(n) for n in names) else None


# The readers of a one-line entry, in order of preference when two read it equally well.
def _inverted_initials(text: str):
    """Every name "Lee, A.B." (Nature's style, pandoc CVs), the names kept as printed
    ("B.B. Hughes", not "B. B. Hughes") when the printed list splits into as many."""
    e = parse_inverted_initials(text)
    if e is not None and any(re.search(r"[A-Z]\. [A-Z]\.", a) for a in e.authors):  # "B. B." for "B.B."?
        printed = _printed_names(text, e.title)
        e.authors = printed if printed and len(printed) == len(e.authors) else e.authors
    return e


# The astronomy journals' reference style (AAS, MNRAS, A&A) with the title printed: "Park, J.,
# Kim, S., & Lee, H. 2021, Title, ApJ, 912, 34" (the year after the names with no period, the
# fields apart by commas, the venue an abbreviation before volume and page).
_AAS = re.compile(r"^(?P<names>.+?),?\s+\(?(?P<year>(?:19|20)\d\d)[a-z]?\)?,\s+(?P<title>.{8,}?),\s+"
                  r"(?P<venue>[A-Z][\w&.\s]{0,60}?),?\s+(?P<volume>\d{1,5})(?:\s*\(\d+\))?,\s+"
                  r"(?P<page>[A-Za-z]?\d+)[.,]?$")


# and with the title last: "Lee, A., & Roe, C. 2021, ApJ, 912, 34, “Title”"
_AAS_TITLE_LAST = re.compile(r"^(?P<names>.+?),?\s+\(?(?P<year>(?:19|20)\d\d)[a-z]?\)?,\s+"
                             r"(?P<venue>[A-Z][\w&.\s]{0,60}?),?\s+(?P<volume>\d{1,5})(?:\s*\(\d+\))?,\s+"
                             r"(?P<page>[A-Za-z]?\d+)[,.:]?\s+(?P<title>[\"“]?[A-Z].{6,})$")


def parse_aas(text: str) -> ParsedEntry | None:
    text = re.sub(r"\s+", " ", text).strip()
    m = _AAS.match(text) or _AAS_TITLE_LAST.match(text)
    if not m:
        return None
    # "Kim, S., et al. (incl. Park, J.)": the named member of a long list is among those left out
    names, truncated = split_author_list(re.sub(r"\s*\((?:incl\.?|including)\s[^()]*\)", "", m.group("names")))
    if not names or not all(plausible_name(n) for n in names):
        return None
    return ParsedEntry(authors=names, authors_truncated=truncated, title=m.group("title").strip(),
                       venue=m.group("venue").strip(" .,"), year=int(m.group("year")))


# (the title's stop may stand inside its closing quotation mark: '"Title," with A and B')
_BARE_WITH = re.compile(r"^(?P<title>.{8,300}?)[.,][\"”]?\s+(?:[Ww]ith|[Jj]oint with)\s+(?P<tail>.+)$")


def parse_bare_with(text: str) -> ParsedEntry | None:
    """"Title, with A and B. Venue, 2021": the co-authors after "with" with no parentheses (the
    owner implied, so the record is marked truncated); the names end where
    :func:`_names_end` says."""
    m = _BARE_WITH.match(re.sub(r"\s+", " ", text).strip())
    # (a title may hold a closed parenthesis, "Forms on GL(n)", "Study (Trial X)"; an open one
    # is a parenthesised "(with ..." or a date the title never ends at)
    if not m or m.group("title").count("(") != m.group("title").count(")"):
        return None
    tail = m.group("tail")
    end = _names_end(tail, [])
    names = split_author_list(tail[:end[0]] if end else tail.rstrip(". "))[0]
    rest = tail[end[1]:] if end else ""
    if not names or not all(plausible_name(n) for n in names) or _bare_words_among_names(names):
        # "with Laura Bianchi, Journal of Finance, 2023": no stop ends the names; they end
        # before the first comma's piece that is no list of names (the venue)
        names, rest = _names_before_piece(tail)
        if not names:
            return None
    years = YEAR_IN_TEXT.findall(rest)
    title = m.group("title").strip()
    if title[:1] in "\"“" and m.group(0)[m.end("title") + 1:m.end("title") + 2] in "\"”":
        title = title[1:]  # the quotation marks around the title are punctuation
    return ParsedEntry(authors=names, authors_truncated=True, title=title,
                       venue=venue_name(rest) if rest else None, year=int(years[-1]) if years else None)


def _bare_words_among_names(names: list[str]) -> bool:
    """Whether a list of names mixes people printed with a given name ("Robert Pasternak")
    and one-word "names": a list prints its people one way, so the single words are no
    people but a venue's words read as names ("with Robert Pasternak, Linguistics and
    Philosophy, 2025" -> "Linguistics", "Philosophy"). A list of surnames alone ("with Smith
    and Jones") is all one word and stays."""
    return any(len(n.split()) >= 2 for n in names) and any(len(n.split()) == 1 for n in names)


_SERIAL_LAST = re.compile(r"^(?:and|&)\s+(?=[A-Z])")


def _names_before_piece(tail: str) -> tuple[list[str], str]:
    """(the names of the comma pieces that open ``tail`` while each is a list of names, the
    text after them); no names when every piece is one (nothing follows the names to be a venue).

    A piece opened by "and" after the first ("A, B, and C, Venue": the serial comma) is the
    list's last name; the pieces after it are the venue's (the last name was taken for the
    venue's start: "and Kenneth A. Ross, SIGMOD Record"). A piece of one-word names after
    names printed with their given names is no names (:func:`_bare_words_among_names`)."""
    pieces = tail.split(", ")
    names: list[str] = []
    k = 0
    while k < len(pieces):
        last = k > 0 and _SERIAL_LAST.match(pieces[k])
        piece = _SERIAL_LAST.sub("", pieces[k]) if last else pieces[k]
        got = split_author_list(piece)[0]
        if not got or not all(plausible_name(n) and len(n.split()) <= 4 for n in got) or (
                names and _bare_words_among_names(names + got)):
            break
        names += got
        k += 1
        if last:
            break
    return (names, ", ".join(pieces[k:])) if 0 < k < len(pieces) else ([], "")


# (GB/T 7714's first: the type code closing its title, "Title[J].", is a printed mark of the style,
# so of two readings as good its wins; since wt-names7 the text readers read it as the CV PDF one does)
_READERS = (parse_gbt7714, parse_citation, parse_with_coauthors, parse_quoted, parse_quoted_title_first, parse_initials_list,
            parse_names_comma_title,
            parse_venue_first, _cv_style, parse_title_first, parse_names_colon, parse_vancouver, _inverted_initials,
            parse_aas, parse_bare_with, parse_agps_harvard)


# A title that opens with initials alone and a comma ("M-L., Lee A.B. Title", "B., Roe C.
# Title") is the rest of a name the reading cut in two ("Andersson T. M-L." read as "Andersson
# T"): at least one stop or hyphen, and another name after the comma (a surname and an
# initial, or an initial), so a title "A, B and C" or "U.S., China and X" is not taken for one.
# A title that opens with a person's name, initials then a surname, closed by a colon ("C. Ronse:
# Rotator design", "E. Lee (eds.): Title"): the names of a "Names: Title" entry, cut one name
# short (the list ends at the colon, as parse_names_colon reads it)
_NAME_COLON_OPENS_TITLE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]\.\s?-?)+\s*[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s+\((?:guest\s+)?eds?\.\))?:\s")
_INITIALS_OPEN_TITLE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-z]?(?:\.\s?-?|-)(?:[A-ZÀ-ÖØ-Þ][a-z]?(?:\.\s?-?|-)?)*\s*,\s+"
                                  r"(?:[A-ZÀ-ÖØ-Þ][\w'’\-]+,?\s+)?[A-ZÀ-ÖØ-Þ][a-z]?\.")


def _single(text: str, year_hint: int | None, owner: str | None = None, bolds: list[str] = ()):
    """One line: a CV-style entry or a citation, read by every reader that accepts it and
    kept from the one whose fields look most like an entry's (:mod:`entry_quality`). A
    reading whose title opens with a name set in bold (``bolds``) is none
    (:func:`_bold_name_opens_title`)."""
    lead = _LEAD_YEAR.match(text)
    if lead:  # "2026. Title. (With A and B.) Venue" keeps its year up front
        year_hint, text = int(next(g for g in lead.groups() if g)), text[lead.end():]
    best, best_q = None, None
    for reader in _READERS:
        e = reader(text, owner) if reader is parse_names_colon else reader(text)
        if e is None or title_of_names(e.title or "") or _bold_name_opens_title(e.title, bolds) \
                or _INITIALS_OPEN_TITLE.match(e.title or "") or _NAME_COLON_OPENS_TITLE.match(e.title or ""):
            continue  # (a reading whose title is a list of names ended the names too early)
        # an author-year citation sets its title apart between the year and the venue, so a
        # one-word title ("Names. 2011. Conditionals. In ...") is read when both are there
        one_word = reader is parse_citation and bool(e.venue) and bool(e.year)
        q = quality(e.authors, e.title, e.venue, e.year or year_hint, one_word_title=one_word)
        if q is not None and (best_q is None or q > best_q):
            best, best_q = e, q
    if best is None:
        return None
    return best.authors, best.authors_truncated, best.title, best.venue, best.year or year_hint


# A space before the semicolon or the stop after a name's last initial ("ROE, C. ; LEE, A. B. .
# Title."; Brazil's Lattes CVs print ABNT names so, the space marking a co-author with a CV of
# their own) is spacing: the names are "ROE, C.; LEE, A. B.", and the doubled stop the names' end.
_SPACED_AFTER_INITIAL = re.compile(r"(?<=\b[A-Z]\.)[ \t]+(?:(;)|\.(?=\s))")


def _spaced_name_ends(block: str) -> str:
    return _SPACED_AFTER_INITIAL.sub(lambda m: m.group(1) or "", block)


# A line that is one person's name and an academic rank ("Ann Lee, Professor", "Bo Chen,
# Associate Professor of Statistics"): a department's list parted by its members, the line heading
# that member's entries, never an entry (no reject).
_RANK = re.compile(r"(?:(?:Associate|Assistant|Adjunct|Visiting|Emeritus|Emerita|Research|Distinguished|Senior|"
                   r"Principal|Postdoctoral|Full)\s+)*(?:Professor|Lecturer|Reader|Fellow|Scientist|Researcher|"
                   r"Instructor)(?:\s+(?:of|in)\s+[A-Z][\w ]{2,60})?\.?")


def person_with_rank(block: str) -> bool:
    line = " ".join(block.split())
    name, comma, rank = line.partition(", ")
    return bool(comma) and _RANK.fullmatch(rank) is not None and _name_line(name) is not None \
        and len(_name_line(name)) == 1


# Nature's style prints a preprint as "Preprint at <link> (2021)." (Zotero's, citeproc's Nature
# style): the words name no venue; the link's server does. The servers by their links' hosts
# and DOI prefixes (a documented table: arXiv's DataCite DOIs are 10.48550/arXiv.ID, bioRxiv's
# and medRxiv's 10.1101, SSRN's 10.2139/ssrn, Research Square's 10.21203/rs, ChemRxiv's 10.26434).
_PREPRINT_AT = re.compile(r"Preprint\s+(?:at|from)\b[\s:]*", re.I)
_PREPRINT_SERVERS = ((re.compile(r"arxiv\.org|10\.48550/arxiv", re.I), "arXiv"),
                     (re.compile(r"biorxiv\.org", re.I), "bioRxiv"), (re.compile(r"medrxiv\.org", re.I), "medRxiv"),
                     (re.compile(r"ssrn\.com|10\.2139/ssrn", re.I), "SSRN"),
                     (re.compile(r"researchsquare\.com|10\.21203/rs", re.I), "Research Square"),
                     (re.compile(r"chemrxiv\.org|10\.26434", re.I), "ChemRxiv"),
                     (re.compile(r"psyarxiv\.com|osf\.io/preprints/psyarxiv", re.I), "PsyArXiv"))


def preprint_server(links: list[str]) -> str | None:
    """The preprint server an entry's links point to (:data:`_PREPRINT_SERVERS`), or None."""
    for link in links:
        for pattern, name in _PREPRINT_SERVERS:
            if pattern.search(link):
                return name
    return None


# An escaped asterisk (markdown's "\\*", printed "*") right after a name's initial or its
# closing bold, before a comma, a space or the end: a mark of equal contribution on the name
# ("Tuia, D.\\*, Beery, S.\\*", "**Lee, A.**\\*"), never emphasis nor a field's end.
_ESCAPED_NAME_MARK = re.compile(r"(?<=[A-Z]\.|\*\*)\\\*(?=[,;\s]|$)")
# A paper's status printed between its title and its italic venue ("Accepted at", "In review –",
# "Submitted to", "Under revision for"): it closes no title (the venue after it is read as the
# project reads "Submitted to X": the journal named)
_STATUS_BEFORE_VENUE = re.compile(r"[.,;]?\s+(?:(?:conditionally\s+)?accepted|in\s+review|under\s+(?:review|revision)|"
                                  r"submitted|in\s+press|forthcoming)(?:\s+(?:at|to|in|for|with|for\s+publication"
                                  r"(?:\s+(?:at|in))?))?\s*[–—:-]?\s*$", re.I)
# The editors' mark closing the names of a "Names: Title" entry ("A. Lee, B. Roe (eds.): Title",
# "(guest eds.):"): an edited book's editors are its names, as the project reads them
_EDITORS_BEFORE_COLON = re.compile(r"\s*\((?:guest\s+)?eds?\.\):", re.I)
_QUOTED_ALONE = re.compile(r"[\"“][^\"“”]{4,300}?[\"”]\.?")


def read_block(block: str, year_hint: int | None = None, owner_implied: bool = False, owner: str | None = None):
    """One entry block of markdown-ish text -> (authors, truncated, title, venue, year, links),
    or (None, why not, text) when no reader accepts it; None for an empty block.

    The block is read both by its lines' roles and as one line; of the readings whose fields
    look right, the one :func:`entry_quality.quality` scores best is kept. ``owner_implied``
    (a CV's own list): an entry that prints no names at all may still be read, as a title
    and a venue, with no authors. ``owner``: the document's owner, when known."""
    from .name_marks import unmarked_names

    block = unmarked_names(block)  # affiliation marks, middle dots, "+9 more" on the names
    block = standard_quotes(block)  # « Title » (French CVs), „Title“ (German): the title's quotation marks
    block = half_width_punctuation(block)  # "Lee A B，Chen B．Title[J]．": full-width marks are ASCII ones
    block = _catalogue_forms_dropped(block)  # "Lee, A. B., 1970-": a catalogue's life dates
    block = _names_date_marks(block)  # "A Lee and B Roe eds. 2016.", "A Lee. 2022, Title"
    if " ;" in block or ". ." in block:
        block = _spaced_name_ends(block)  # Lattes's "ROE, C. ; LEE, A. B. . Title": ABNT's "ROE, C.; LEE, A. B. Title"
    if "eds.):" in block or "ed.):" in block:
        eds = _EDITORS_BEFORE_COLON.search(block)
        head = block[:eds.start()] if eds else ""
        if eds and not re.search(r":|(?<!\d)(?:19|20)\d\d(?!\d)", head) and _name_line(head.strip(" *_")) is not None:
            # "A. Lee, B. Roe (eds.): Title": the editors open the entry, its names (not "In: Weber, K. (ed.): Book")
            block = block[:eds.start()] + ":" + block[eds.end():]
    lines, italics, links, bolds = _clean(block)
    years = [ln for ln in lines if _YEAR_ONLY.fullmatch(ln)]  # "2024" printed apart: the entry's year
    if years and len(lines) > len(years):
        lines = [ln for ln in lines if not _YEAR_ONLY.fullmatch(ln)]
        year_hint = year_hint or int(years[0].strip(" .*"))
    lead = _LEAD_YEAR.match(lines[0]) if len(lines) > 1 else None
    if lead and len(lines[0]) > lead.end():  # "2021 Title" over "Names" (a year badge): the year
        year_hint, lines[0] = year_hint or int(next(g for g in lead.groups() if g)), lines[0][lead.end():]
    if not lines:
        return None
    cited = next((_CITE_LABEL.sub("", ln) for ln in lines if _CITE_LABEL.match(ln)), None)
    if cited and len(lines) > 1:
        # "Recommended citation: Lee, A. (2021). Title. Venue." (academicpages): the whole entry
        # in one line, read as the entry; the page's other lines ("Published in ...") repeat it
        got = read_block(cited, year_hint, owner_implied, owner)
        if got and got[0] is not None:
            return (*got[:5], links + [u for u in got[5] if u not in links])
    tag = _VENUE_TAG.match(lines[0])
    venue_tag = None
    if tag and len(lines[0]) > tag.end():  # "[NeurIPS 2021] Title. Names.": the venue and year up front
        venue_tag, lines[0] = tag.group(1).strip(), lines[0][tag.end():]
        year_hint = year_hint or int(tag.group(2)) + (2000 if len(tag.group(2)) == 2 else 0)
    text = " ".join(lines)
    # "*Venue* (2021): “Title”, with A and B": the form itself says the owner is implied (a
    # CV's own list), and with no "with" the owner wrote it alone
    owner_implied = owner_implied or parse_venue_first(text) is not None
    first = _italic_venue_first(text, italics) if not bolds else None
    if first is not None:
        return first.authors, first.authors_truncated, first.title, first.venue, first.year, links
    report = _apa_report(block) if "*" in block and len(lines) == 1 else None
    if report is not None:
        return report
    readings = [_by_roles(lines, italics, year_hint, owner, bolds) if len(lines) > 1 else None, _single(text, year_hint, owner, bolds)]
    fields = _soft_wrapped_fields(block)
    if fields:  # a reference wrapped at a width, regrouped into its fields
        field_lines, field_italics, _, field_bolds = _clean(fields)
        got = _by_roles(field_lines, field_italics, year_hint, owner, field_bolds)
        # (a block with an export's tagged lines or a bracketed year's source line is typed a
        # field to a line: its fields' reading comes first, so that it is kept at an equal
        # score; the one line reads the tags as text, a title's own stop as the title's end)
        readings.insert(0, got) if _typed_block(block) else readings.append(got)
    if len(lines) == 1:  # one line cut into fields where its shape says, then read by role
        lead = _LEAD_YEAR.match(lines[0])
        line, hint = (lines[0][lead.end():], int(next(g for g in lead.groups() if g))) if lead else (lines[0], year_hint)
        # title_first None: the title is the line between the names and the venue, not a span
        readings += [_by_roles(cut, italics if title_first is not None else [], hint, owner,
                               [cut[0]] if title_first else [])
                     for cut, title_first in _cut_line(line, bolds, italics)]
    if (len(lines) >= 2 and lines[0].strip(" .") in {b.strip(" .") for b in (*bolds, *italics)}
            and lines[1].strip(" .,;:") not in {sp.strip(" .,;:") for sp in italics}):
        # "**Title**" (or "*Title*": the HTML reader prints <b> as emphasis) over "Names.
        # *Venue*, 2021": the second line cut where its names end (a second line wholly in
        # italics, "*J. Algebra 219 (2015)*", is one field, not names)
        end = _names_end(lines[1], italics)
        if end and _name_line(lines[1][:end[0]]):
            readings.append(_by_roles([lines[0], lines[1][:end[0]], lines[1][end[1]:], *lines[2:]], italics,
                                      year_hint, owner, bolds))
    colon_names = _names_over_colon(block)
    if colon_names:  # "Ann Lee, Cy Roe:" over "Title. Venue 3(2): 1-9 (2021)": those are the names
        e = parse_names_colon(text, owner, names_apart=True)
        readings.append((e.authors, e.authors_truncated, e.title, e.venue, e.year or year_hint) if e else None)
    best, best_q, why = None, 0.0, "not a publication entry that can be read"
    marked = _marked_lines(lines, italics, bolds)
    noted = _with_note_names(text)
    if noted and not any(got and got[0] and set(got[0]) & noted for got in readings):
        noted = set()  # no reading takes the note's names: the note is not read as one (other rules stand)
    for got in readings:
        if got is None:
            continue
        if colon_names and list(got[0] or []) != colon_names:
            continue
        if noted and got[0] and not set(got[0]) & noted:
            continue  # the "(with A and B)" note names the co-authors: other text read as names is none
        checked = _checked(*got, authors_needed=not owner_implied, marked=marked, text=text)
        if not isinstance(checked, str) and _splits_a_bold_name(checked, bolds):
            checked = "entry read, but its fields cut through a name set in bold"
        if not isinstance(checked, str) and _bold_name_opens_title(checked[2], bolds):
            checked = "entry read, but its title opens with a name set in bold"
        if not isinstance(checked, str) and _NAME_COLON_OPENS_TITLE.match(checked[2] or ""):
            checked = "entry read, but its title opens with a name closed by a colon"
        if not isinstance(checked, str) and _names_across_span(checked[0], text, (*italics, *bolds)):
            checked = "entry read, but its names run out of the emphasised span that opens it"
        if not isinstance(checked, str) and len(lines) == 1 and _italic_after_title_as_names(checked, text, italics):
            checked = "entry read, but its names are the italic span after its title (a venue)"
        if isinstance(checked, str):
            why = checked if best is None else why
            continue
        checked = _span_ends_title(_imprint_read(checked, italics), italics)
        q = quality(*_fields(checked), title_marked=_title_marked(checked[2], checked[0], marked),
                    one_word_title=_one_word_title(checked[2], text)) \
            + _ITALIC_VENUE_BONUS * _venue_is_last_italic(checked[3], lines, italics) \
            + _SPAN_TITLE_BONUS * _title_is_span(checked[2], italics, bolds)
        if best is None or q > best_q:
            best, best_q = checked, q
    if best is None and owner_implied and not _names_printed(lines):
        lead = _LEAD_YEAR.match(text)  # "2015. Title. In *Venue*": the year up front
        if lead:
            year_hint, text = year_hint or int(next(g for g in lead.groups() if g)), text[lead.end():]
        e = parse_title_only(text)
        # with the year taken from the front, the rest must name a venue: "2024 Conference X
        # (Boston)" is a line of a talks list, not a paper
        # (a block that is one quoted title and nothing else is a paper the owner lists with
        # no venue yet, a working paper: '"Shadow Rates at the Zero Bound"')
        e = e if e and (e.venue or (not lead and (e.year or year_hint)) or _QUOTED_ALONE.fullmatch(text.strip())) \
            and len(e.title.split()) <= 30 else None
        checked = _checked(e.authors, e.authors_truncated, e.title, e.venue, e.year or year_hint,
                           authors_needed=False) if e else why
        best = checked if not isinstance(checked, str) else None
    if best is None:
        return None, why, text
    authors, truncated, title, venue, year = _venue_in_italics(best, italics)
    if venue and title:
        lead = _STATUS_BEFORE_VENUE.search(title)
        if lead and len(title[:lead.start()].split()) >= 2:
            title = title[:lead.start()]  # "Title. Accepted at *Venue*", "Title. In review – *Venue*": a status, no title's
    venue = venue or venue_tag
    if venue and _PREPRINT_AT.fullmatch(venue):
        venue = preprint_server(links)  # "Preprint at https://doi.org/10.48550/arXiv.ID": arXiv
    truncated = truncated or bool(re.search(r"[,;] …\s*[,;]", text))  # names left out (_ELIDED_NAMES)
    note = _first_line_whole(block, title, year_hint, owner_implied, owner)
    if note is not None:
        return note
    label = _CHAPTER_LABEL.match(title or "")
    if label and len(title[label.end():].split()) >= 2:
        title = title[label.end():]  # "Chapter 2: Title": the chapter's number in its book, no part of its title
    return authors, truncated, title, venue, year, links


# "eds."/"eds"/"ed." closing a list of names before the year ("A Lee and B Roe eds. 2016. Title"):
# the names are the book's editors, the role no part of the last name; and the year closed by a
# comma instead of a full stop between names and title ("A Lee, B Roe. 2022, Title. *Venue*")
_EDS_BEFORE_YEAR = re.compile(r"(?<=[\w*’'])\s+\(?(?:eds?|editors?)\.?\)?,?(?=\s+\(?(?:19|20)\d\d[a-z]?\)?[.,:]\s)", re.I)
# (the full stop a word's, "Mott. 2022," or a bold name's, "**B Mott**. 2022,": after an initial,
# "Roe, C. 2021, Title, Venue, 912, L34", the comma parts fields as all of them do: AAS's style)
_YEAR_COMMA_AFTER_NAMES = re.compile(r"^([^\n]{3,400}?(?:[^\W\d_]{2}|\*)\.\s+(?:19|20)\d\d[a-z]?),(?=\s+[A-Z\[*_])")


# A thesis's degree as a label before the names ("PhD: Lee A. 2000. Title. University."): the
# kind of work, no name
_DEGREE_LABEL = re.compile(r"^\s*(?:Ph\.?\s?D|M\.?\s?Sc|M\.?\s?Phil|M\.?\s?A|B\.?\s?Sc|Master'?s|Doctoral|Honou?rs)\.?"
                           r"(?:\s+(?:thesis|dissertation))?\s*:\s+(?=\S)")


def _names_date_marks(block: str) -> str:
    """The block with a list of names read as the date's sentence wants it: a degree's label
    before them dropped ("PhD:"), an editors' mark
    between the names and the year dropped ("eds."), and a comma closing the year after the
    names' full stop printed as the full stop it stands for. Only before the first year of the
    block, where the names end."""
    block = _DEGREE_LABEL.sub("", block, count=1)
    first = re.search(r"(?:19|20)\d\d", block)
    if first is None:
        return block
    head, tail = block[: first.end() + 6], block[first.end() + 6:]
    head = _EDS_BEFORE_YEAR.sub("", head, count=1)
    head = _YEAR_COMMA_AFTER_NAMES.sub(r"\1.", head, count=1)
    return head + tail


def _with_note_names(text: str) -> set[str]:
    """The names of a parenthesised co-author note after the title ("Title (with Ann Lee and
    Bo Chen) *Venue* 2017"), each a plausible name; an empty set when the entry prints none.
    Such a note is where the entry names its people (the owner implied): a reading that takes
    none of them, but a venue or a status line for names, is no reading of it."""
    if not re.search(r"\(\s*(?:[^()]{1,40}?,\s*)?(?:[Ww]ith|[Jj]oint with)\s", text):
        return set()
    e = parse_with_coauthors(text)
    if e is None or not e.authors or not all(plausible_name(n) for n in e.authors):
        return set()
    return set(e.authors)


# A block whose first line is wholly a list of names closed by a colon, the rest of the entry
# on the lines below (a dblp page pasted as text: "Ann Lee, Cy Roe:" over "Title. Venue 3(2):
# 1-9 (2021)"; a CV generated from such a listing): the first line is the names, so a reading
# that takes other names (a title's "Surname, A." read as a name, a name read into the title)
# is none. One name alone needs an initial, as parse_names_colon asks ("Results:" is a label).
def _names_over_colon(block: str) -> list[str] | None:
    from .name_marks import unmarked_names  # (dblp's homonym numbers: "Ann Lee 0002")

    lines = [ln.strip() for ln in unmarked_names(block.strip()).split("\n")]
    if len(lines) < 2 or not lines[0].endswith(":") or not lines[1]:
        return None
    head = lines[0][:-1].strip()
    names, truncated = split_author_list(head)
    if not names or truncated or not all(plausible_name(n) and 2 <= len(n.split()) <= 5 for n in names):
        return None
    if len(names) == 1 and not re.search(r"\b[A-Z]\.", names[0]):
        return None
    return names


# The label of a book chapter's number printed before its title ("Chapter 2: Title", "Ch. 4.
# Title", "Kapitel 3 – Titel", "Chapitre IV : Titre"): the number of a part in the book, not
# the title (a title of two words or more must follow it).
_CHAPTER_LABEL = re.compile(r"(?i)(?:chapter|ch\.|kapitel|chapitre|cap[ií]tulo|capitolo|hoofdstuk)\s+(?:\d{1,3}|[ivxlc]{1,6})"
                            r"\s*(?::|\.|\s[–—-])\s+(?=\S)")


def _first_line_whole(block: str, title: str, year_hint: int | None, owner_implied: bool, owner: str | None):
    """The reading of a block's first line alone when that line is a whole entry (names, a
    title, a venue and a year it prints) and the block's reading took its title from a later line that prints no
    year: the lines after a whole entry are a note on it ("Data and code available from the
    [repository](url).", "Slides of the talk.", set after a line break), never its title or
    venue. None otherwise, the block's reading stands (an entry wrapped over lines: "Names.
    2021." alone has no title)."""
    raw = [ln for ln in block.split("\n") if ln.strip()]
    if len(raw) < 2 or not title or any(YEAR_IN_TEXT.search(ln) for ln in raw[1:]):
        return None
    first, _, _, _ = _clean(raw[0])
    line = " ".join(" ".join(first).split())
    words = title.split()
    # the first line ends with its full stop (a line wrapped at a width ends mid-sentence) and
    # holds no part of the title read ("... (2021). Causal" over "flows in a pipe.")
    if not line or not re.search(r"[.!?][\"”’)\]]?$", line) or " ".join(words[:3]) in line or any(
            line.endswith(" ".join(words[:k])) for k in range(1, len(words) + 1)):
        return None
    if not YEAR_IN_TEXT.search(raw[0]):
        return None  # (the line prints its own year: one given by a heading or a column is no sign)
    alone = read_block(raw[0], year_hint, owner_implied, owner)
    if alone and alone[0] and alone[2] and alone[3] and alone[4] and not title_of_names(alone[2]):
        return alone
    return None


def _italic_after_title_as_names(got: tuple, text: str, italics: list[str]) -> bool:
    """Whether a reading of one line took for its one name the italic span printed after its
    title and before a number ("Title. *Acta Imag.* 7 (2021)" read as names "Acta Imag"): a
    span set in italics after the title, its volume or year after it, is the venue (a
    journal's abbreviation reads as a name by its words alone). An italic name on a line of
    its own under a title ("*Ann Lee*", the owner marked) is another shape."""
    names, title = got[0], got[2]
    if not names or len(names) != 1 or not title:
        return False
    span = next((sp for sp in italics if sp.strip(" .,") == names[0].strip(" .,")), None)
    at = text.find(span) if span else -1
    return 0 <= text.find(title) < at and re.match(r"[\s,.:;]*\(?\d", text[at + len(span):]) is not None


# APA's reference to a report: "Names (2019). *Title* (Series Number; p. 390). Publisher." (APA 7,
# 10.4: the report's series and number in parentheses right after the italic title), or with the
# report's editors there and a type tag after them, as citeproc prints a report that has editors:
# "Names (2020). *Title* (A. Lee & B. Roe, Eds.) [Technical report]. https://doi.org/...". The
# title is the italic span; the venue the series, the words before the report's number; a report
# that prints editors in that place names no series (no venue).
_APA_REPORT = re.compile(r"^(?P<names>[^*()\[\]]{3,4000}?)\s*\(\s*(?P<year>(?:19|20)\d\d)[a-z]?\s*\)\.\s*"
                         r"\*(?P<title>[^*]{4,400})\*\s*\((?P<paren>[^()]{3,300})\)\s*(?:\[[^\[\]]{1,60}\]\s*)?\.")
# the series, two words or more ("NOAA Technical Memorandum", "NBER Working Paper"), then the
# number, which holds a digit ("NMFS-AFSC-378", "No. 12"): "(Vol. 2)" and "(2nd ed.)" are no report's
_REPORT_SERIES = re.compile(r"^(?P<series>[A-Z][\w.&'’\-]*(?:\s+[A-Za-z][\w.&'’\-]*)+?)\s+(?:No\.\s*)?[A-Z]*[\w\-/.]*\d[\w\-/]*$")
_EDITORS_CLOSING = re.compile(r",\s*Eds?\.$")


# A name as a library catalogue's authority record prints it, which reference managers copy from
# a catalogue's record into citations: the person's life dates after the initials ("Stevenson,
# D. E., 1970-", "Ziel, H. L., 1974-.") and the full form of the initials in parentheses
# ("Logerwell, E. A. (Elizabeth A.)."): no part of the name, and no name of the list.
_LIFE_DATES = re.compile(r"(?<=\.),\s+(?:1[89]|20)\d\d-(?:(?:1[89]|20)\d\d)?\.?(?=[,\s])")
# (the full form spells the first initial out: "E. A. (Elizabeth A.)"; an editor's mark after
# initials, "Lee, E. (Ed.)", is no full form)
_FULL_FORM = re.compile(r"(?<!\w)([A-Z])\.((?:\s?-?[A-Z]\.)*)\s+\((?!Eds?\b)\1[a-z]+\.?(?:\s+[A-Z][a-z]*\.?)*\s*\)\.?(?=,)")


def _catalogue_forms_dropped(block: str) -> str:
    """The block without the catalogue's additions to its names (:data:`_LIFE_DATES`,
    :data:`_FULL_FORM`)."""
    return _FULL_FORM.sub(r"\1.\2", _LIFE_DATES.sub("", block)) if "-" in block or "(" in block else block


def _apa_report(block: str):
    """An APA reference to a report (:data:`_APA_REPORT`) -> (authors, truncated, title,
    venue, year, links), else None."""
    m = _APA_REPORT.match(block.strip())
    if not m:
        return None
    paren = m.group("paren").strip()
    if _EDITORS_CLOSING.search(paren):
        venue = None
    else:
        series = _REPORT_SERIES.match(paren.split(";")[0].strip())
        if not series:
            return None
        venue = series.group("series")
    # (APA 7 prints the first 19 names, an ellipsis, and the last: names left out)
    names_text, elided = re.subn(r",?\s*(?:…|\.\.\.)\s*(?=[A-Z])", ", ", m.group("names").strip())
    names, truncated = split_author_list(names_text)
    if not names or not all(plausible_name(n) for n in names):
        return None
    truncated = truncated or bool(elided)
    links = re.findall(r"\]\((https?://[^)\s]+)\)", block)
    return names, truncated, " ".join(m.group("title").split()), venue, int(m.group("year")), links


def _italic_venue_first(text: str, italics: list[str]):
    """"*Venue* (2021): “Title”, with A and B" read by :func:`parse_venue_first` with the
    opening italic span as the venue whatever its characters (commas, quotes: "*ProQuest
    LLC, Ann Arbor, MI*"): the emphasis marks a venue, never an author list, which the span
    may read as by its words alone ("*Albanian J. Math*"), unless it is a list of two names
    or more of two words each. None when the text is not so."""
    span = next((sp for sp in italics if len(sp) > 2 and text.startswith(sp)), None)
    if span is None or _several_names(span):
        return None  # "*Ann Lee, Bo Chen*": names in italics (a linked author list, an owner's style)
    probe = parse_venue_first("Venue" + text[len(span):])
    return dataclasses.replace(probe, venue=span.strip(" ,.:")) if probe else None


def _names_across_span(authors: list[str], text: str, spans) -> bool:
    """Whether a reading's names begin inside the emphasised (or linked and emphasised) span
    that opens the entry, two of them or more, and go on past its end ("*Digit Sums and
    Bernoulli Measures*, Indag. Math 2014" read as "Digit Sums", "Bernoulli Measures",
    "Indag"): emphasis marks a field's bounds, so a list of names set in it ends with it; such
    a list is the title's words. (One name alone in the span is the owner's set in bold or
    italics before the co-authors, "**Lee, A.**, Roe, B.": not so.)"""
    if len(authors) < 3:
        return False
    for span in spans:
        span = span.strip()
        if len(span) > 2 and text.startswith(span):
            inside = split_author_list(span.rstrip(" ,;"))[0]
            return 2 <= len(inside) < len(authors) and all(
                a.split()[-1:] == b.split()[-1:] for a, b in zip(inside, authors))  # (the reading's first names)
    return False


def _bold_name_opens_title(title: str | None, bolds: list[str]) -> bool:
    """Whether a reading's title opens with a bold span of two words or more that reads as one
    person's name (:func:`_name_line`) followed by more names ("**Ann Lee** and Bo Chen,
    ‘Title’, Venue" read with the names before the bold one as authors and "Ann Lee and Bo
    Chen, ‘Title’" as the title): the owner's name set in bold inside the author list, never
    the title's first words. A title that is the bold span alone is kept: a bold title may
    read as one name ("**Might Made Right**")."""
    for span in bolds:
        name = span.strip(" .,;:")
        if (len(name.split()) >= 2 and (title or "").startswith(name)
                and re.match(r"\s*(?:[,;&]|and\s)", title[len(name):]) and len(_name_line(name) or []) == 1):
            return True  # (one person: a bold title may read as a list of names, "Viscosity, Black Holes, and Magnons")
    return False


def _splits_a_bold_name(got: tuple, bolds: list[str]) -> bool:
    """Whether a reading cuts through a bold span of two words or more: its title or venue
    opens with the span's last words, the first ones left behind ("**Maren T. Holloway**,
    ..." read as the Vancouver name "Maren T." and a title opening "Holloway, ..."). Bold
    sets a name or a title apart whole, so such a reading is no reading of the entry."""
    _authors, _truncated, title, venue, _year = got
    for span in bolds:
        words = span.strip(" .,;:").split()
        for field in (title or "", venue or ""):
            # (a lone initial left, "A" of "**Lee, A.**", opening "A model of ...": the article, not the name cut)
            if " ".join(words) not in field and any(_opens_with(field, " ".join(words[k:])) for k in range(1, len(words))
                                                    if words[k:] != words[-1:] or len(words[-1].strip(".")) > 1):
                return True
    return False


def _opens_with(text: str, words: str) -> bool:
    """Whether ``text`` opens with ``words`` ending at a word's end ("T" does not open "The")."""
    return text.startswith(words) and not text[len(words):len(words) + 1].isalnum()


def _several_names(text: str) -> bool:
    """Two names or more, each of two words or more ("Ann Lee, Bo Chen"; not "ProQuest LLC,
    Ann Arbor, MI")."""
    names = split_author_list(text)[0]
    return len(names) >= 2 and all(plausible_name(n) and len(n.split()) >= 2 for n in names)


def _marked_lines(lines: list[str], italics: list[str], bolds: list[str]) -> frozenset:
    """The block's lines that are wholly one bold or italic span, when another line of the
    block is a list of names: a line the markup sets apart from the names ("**Title**" over
    "Ann Lee and Bo Chen"), so it is the title even when its words read like names."""
    spans = {s.strip(" .,;:") for s in italics + bolds}
    whole = [ln.strip(" .,;:") for ln in lines if ln.strip(" .,;:") in spans]
    if not whole or not any(_name_line(ln) for ln in lines if ln.strip(" .,;:") not in spans):
        return frozenset()
    return frozenset(whole)


def _title_marked(title: str, authors: list[str], marked: frozenset) -> bool:
    """Whether a reading's title is a marked line (:func:`_marked_lines`) and its names were
    read from another line."""
    return bool(authors) and title in marked and not any(a in title for a in authors)


# Between two readings that fit equally well, the one whose venue is the italic span that
# ends the entry (markdown's way of printing a venue) is kept.
_ITALIC_VENUE_BONUS = 0.25


# And between two that fit equally well, the one whose title is a whole italic or bold span
# ("C G Windsor and J Owen, *Title*, Venue": not "J Owen, Title" with the names cut short).
_SPAN_TITLE_BONUS = 0.25
SPAN_TITLE_WORDS = 3  # an italic span of this many words or more that opens a title can be all of it
TAIL_WORDS = 3  # the most words after it that can be a venue's name printed without a stop


# A book's imprint in parentheses, "(Publisher: Place)" ("(Lamb Press: New York)", "(Wiley:
# Chichester, UK)"), the place one to four capitalised words and a region; an edition note may
# stand before it ("2nd edn.", "3rd ed.")
_IMPRINT = re.compile(r"\(\s*(?P<publisher>[A-Z][^():]{1,60}?)\s*:\s*(?P<place>[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,3}"
                      r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?)\s*\)\.?")
_EDITION_NOTE = r"(?:\s*\(?\d{1,2}(?:st|nd|rd|th)\s+(?:edn|ed|edition)\.?\)?)?"
_IMPRINT_AFTER = re.compile(_EDITION_NOTE + r"\s*" + _IMPRINT.pattern + r"$")


def _imprint_read(got: tuple, italics: list[str]) -> tuple:
    """A book printed "*Title* (Publisher: Place)": the publisher is its venue, the place no
    part of it. Read where the venue is the imprint whole, or where the title is an emphasised
    span and the imprint (an edition note before it, "2nd edn.") follows it with no venue read:
    the emphasis marks the title's end."""
    authors, truncated, title, venue, year = got[:5]
    if venue:
        m = _IMPRINT.fullmatch(venue.strip())
        if m:
            return (authors, truncated, title, m.group("publisher").strip(), year, *got[5:])
        return got
    for sp in italics:
        sp = sp.strip().rstrip(" .,;:")
        if sp and title.startswith(sp):
            m = _IMPRINT_AFTER.fullmatch(title[len(sp):])
            if m:
                return (authors, truncated, sp, m.group("publisher").strip(), year, *got[5:])
    return got


def _span_ends_title(got: tuple, italics: list[str]) -> tuple:
    """A reading whose title opens with an italic span of :data:`SPAN_TITLE_WORDS` words or more
    and goes on for a few plain words, with no venue read ("*Title of things* Preprint Server."):
    the title is the span, the words after it the venue (the emphasis marks where the title
    ends; a short span opening a title, "*Quercus* in dry woods", is a word of it)."""
    authors, truncated, title, venue, year = got[:5]
    if venue or not title:
        return got
    for sp in italics:
        sp = sp.strip()
        rest = title[len(sp):].strip(" .,;:") if title.startswith(sp) else ""
        if rest and len(sp.split()) >= SPAN_TITLE_WORDS and len(rest.split()) <= TAIL_WORDS and title[len(sp):len(sp) + 1] == " ":
            return (authors, truncated, sp.rstrip(" .,;:"), venue_name(rest), year, *got[5:])
    return got


def _title_is_span(title: str, italics: list[str], bolds: list[str]) -> bool:
    """(a span that reads as a person's name, "**Kai von Fintel**", is the owner marked, not a
    title; a name never opens with an article: "*The Harwell Spectrometer*" is a title)"""
    title = title.strip(" .,;:")
    words = title.split()
    return title in {sp.strip(" .,;:") for sp in italics + bolds} and not (
        len(words) <= 4 and words[0] not in ("The", "A", "An") and plausible_name(title))


def _venue_is_last_italic(venue: str | None, lines: list[str], italics: list[str]) -> bool:
    last = lines[-1] if lines else ""
    return bool(venue) and any((venue.startswith(sp.rstrip(" .,;:")) or sp.startswith(venue)) and re.search(
        re.escape(sp) + _VENUE_TAIL, last) for sp in italics)


# A book's edition after its name ("2nd Edition", "3rd ed.", "Second edition"), in English: set
# inside the italics of the book's name, it is part of the name the page prints.
_EDITION = re.compile(r"[,:]?\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|revised|new)\s+"
                      r"(?:edition|ed\.?|edn\.?)", re.IGNORECASE)


def _venue_in_italics(got: tuple, italics: list[str]) -> tuple:
    """A venue that opens with an italic span followed by numbers ("*Phys. Rev. B*, 3(2):1-9",
    "*Book of Genes*, Volume 2. p201-242. Publisher", "*Tech. Memo.*, NMFS-AFSC-255, 174") is the
    span: the numbers are volume and pages."""
    authors, truncated, title, venue, year = got
    title, venue = _italic_venue_after_comma(title, venue, italics)
    title, venue = _two_spans_parted(title, venue, italics)
    title, venue = _title_on_to_italic_venue(title, venue, italics)
    for span in italics:
        if venue and span != title and len(span) > 2 and venue.startswith(span) and re.match(
                r"(?:\s*,\s*(?-i:(?=[A-Z\u3040-\u30ff\u4e00-\u9fff]))(?!in\s+press|accepted|submitted|forthcoming|to\s+appear|under\s+review)"
                r"[^\d,;.*]{2,40}(?=\s*,\s*(?:\d|vol\b|pp\b)|\s*$))?"  # (the society or publisher between: "*J.*, Soc., 59, 1-9")
                r"[\s,.;:]*(?:\d|\(|vol\b|volume\s+\d|pp\b|no\.|(?-i:[A-Z]{2,6}-){1,3}\d|$)", venue[len(span):],
                re.IGNORECASE):  # (or a report's number, "NMFS-AFSC-255", in the volume's place)
            venue = span.rstrip(" .,;:")
            break
        if venue and span != title and span.startswith(venue) and re.fullmatch(r"\s+(?:\d{1,3}|[IVXLC]{1,6})",
                                                                           span[len(venue):].rstrip(" .,;:")):
            venue = span.rstrip(" .,;:")  # "*Proceedings of ICPhS 20*": a number inside the italics names it
            break
        if venue and span != title and span.startswith(venue) and _EDITION.fullmatch(span[len(venue):].rstrip(" .;:")):
            venue = span.rstrip(" .,;:")  # "*Handbook of Roots, 2nd Edition*": the edition set in the book's italics
            break
    return authors, truncated, title, venue, year


# what may follow an entry's italic venue: its volume, issue and pages, nothing else
_NUMBERS_AFTER_VENUE = re.compile(r"[\s,.;:]*(?:(?:vol\.?|no\.|pp?\.)?\s*[\dA-Za-z]{0,2}\d[\w()\-–:]*[\s,.;:]*)*")


def _italic_venue_after_comma(title: str, venue: str | None, italics: list[str]) -> tuple[str, str | None]:
    """A reading with no venue whose title runs on through a comma into an italic span and
    the numbers after it ("Ozone in the coastal zone, *Regional Reports*, 49"): the title
    ends at the comma and the span is the venue, as the emphasis marks it (a title closed by
    a comma rather than a stop, as some hand-kept lists print it)."""
    if venue or not title:
        return title, venue
    for span in italics:
        span = span.strip(" .,;:")
        at = title.find(", " + span) if len(span) > 2 else -1
        if at <= 0 or not _NUMBERS_AFTER_VENUE.fullmatch(title[at + 2 + len(span):]):
            continue
        head = title[:at].strip()
        if len(title_words(head)) >= 2 and not any(sp.strip(" .,;:") in head for sp in italics if len(sp.strip(" .,;:")) > 2):
            return head, span
    return title, venue


def _title_on_to_italic_venue(title: str, venue: str | None, italics: list[str]) -> tuple[str, str | None]:
    """A title read as ending at a question or exclamation mark inside it ("Would You Believe
    It? The King Is Back! Truth-Value Intuitions. *Venue*.") whose venue read is plain words
    closed by a stop and then the italic span that ends the entry: the plain words go on the
    title, the span is the venue (the emphasis marks where the venue starts)."""
    if not venue or not title or title[-1] not in "?!":
        return title, venue
    for span in italics:
        span = span.strip(" .,;:")
        if len(span) <= 2 or not venue.rstrip(" .,;:").endswith(span):
            continue
        rest = venue.rstrip(" .,;:")[:-len(span)]
        words = rest.rstrip()
        if (rest != words or not rest) and words.endswith(".") and len(words.split()) >= 2 \
                and not re.search(r"\d", words) and not any(sp.strip(" .,;:") in words for sp in italics if len(sp) > 2) \
                and not re.match(r"(?i)(?:in|in:|appeared in|published in)\b", words):
            return f"{title} {words.rstrip(' .')}", span
    return title, venue


def _two_spans_parted(title: str, venue: str | None, italics: list[str]) -> tuple[str, str | None]:
    """A title read as two whole emphasised spans with only punctuation between them ("*Tools
    in R*. *Bioinformatics*": the reader took "R." for an initial and ran on) is the first
    span; the second, which the markup sets apart as the first's, is the venue (what was read
    as the venue, the date and volume after it, is not)."""
    spans = sorted({sp.strip(" .,;:") for sp in italics if len(sp.strip(" .,;:")) > 2}, key=len, reverse=True)
    for first in spans:
        if not title.startswith(first):
            continue
        rest = title[len(first):]
        second = rest.lstrip(" .,;:")
        if second and second != rest and rest[:len(rest) - len(second)].strip() and second in spans:
            return first, second
    return title, venue


# Where the names after a leading title end: a period that closes no initial ("A. Lee. Venue"),
# or a parenthesised year ("A. Lee (2021). Venue").
# and "..., et al., Title"; and a spaced dash between fields ("Title — Ann Lee, Bo Chen — *Venue*"),
# or the spaced hyphen typed for one ("Ann Lee, Bo Chen - Title - Venue")
_SPACED_DASH = re.compile(r"\s+[—–-]\s+")
_NAMES_DASH = re.compile(r"\s+[\u2013\u2014]\s+")  # an en or em dash between spaces: a field's end
# (a generational suffix with initials after it, "Silva Jr. P.R.", is inside a name: Vancouver's order)
_NAMES_END = re.compile(r"(?<!\b[A-Z])\.(?!(?<=\b[JS]r\.)\s+[A-Z]\.)\s+|\s*(?=\((?:19|20)\d\d\))|(?<=\bal\.),\s+|\s+[—–-]\s+")


# What may follow a venue that ends an entry: volume, issue, pages, an article number
# ("S11003"), an identifier.
# (each character of the numbers' part is a digit or a mark, or a capital a digit follows, "L12":
# written so, one way only to read each character; the nested form it replaces, "[digits and
# marks]*(?:[A-Z]?\d+[digits and marks]*)*", took exponential time on a long run of digits
# with no end after it, a fuzzed document's "999...9x" hanging the reader)
_VENUE_TAIL = (r"(?:[\s\d,.;:()*\-–]|[A-Z](?=\d))*"
               r"(?:(?:doi:\s*|https?://|arXiv:\s*)\S+)?[\s.]*$")


def _cut_line(line: str, bolds: list[str], italics: list[str]) -> list[tuple[list[str], bool | None]]:
    """A one-line entry cut into the lines of its fields, each cut with whether its title
    comes first (None: the title is the middle line, whatever its emphasis):

    - it opens with an emphasised span ("**Title.** Names. *Venue*, 2021.") or, with no
      emphasis there, a sentence ("Title. Names. *Venue* (2021)."): [title, names, the rest];
    - an emphasised span after a list of names ("A. Lee, B. Chen, *Title*, Phys. Rev. B 3, 1
      (2021)"): [names, title, the rest];
    - names, then anything, then an italic venue that ends the entry: [names, title, venue]."""
    out = []
    # an emphasised name that opens a list of names ("**J. Park**, S. Kim & H. Lee, *Title*") is
    # the owner's, not a title
    opening = [sp for sp in [*bolds, *italics] if line.startswith(sp)
               and not (_name_line(sp) and re.match(r"\s*(?:,|and\b|&)", line[len(sp):]))]
    first = _NAMES_END.search(line)
    if (not opening and first and len(line[:first.start()].split()) >= 3
            and not any(sp in line[:first.end()] for sp in [*bolds, *italics])):  # else the span is the title
        opening = [line[:first.start()]]
    for span in opening:
        if len(span.split()) >= 2 and len(line) > len(span) + 5:
            rest = line[len(span):].lstrip(" .,:;—–-")
            # "**Title** (2021). Names. *Venue*.": the year between title and names goes with the venue
            year = re.match(r"\(?((?:19|20)\d\d)[a-z]?\)?[.,:]?\s+", rest)
            rest, year_note = (rest[year.end():], f" ({year.group(1)})") if year else (rest, "")
            names_end = _names_end(rest, italics)
            if names_end and any(len(n.split()) >= 2 for n in _name_line(rest[:names_end[0]]) or []):
                out.append(([span, rest[:names_end[0]], rest[names_end[1]:] + year_note], True))
            elif not names_end and any(len(n.split()) >= 2 for n in _name_line(rest.rstrip(". ")) or []):
                out.append(([span, rest.rstrip(". ") + year_note], True))  # "Title. Names." and no venue
            break
    for span in [*italics, *bolds]:
        at = line.find(span)
        before = line[:at].rstrip(" ,.;:")
        # the span right before the italic venue that ends the entry ("Names, *Title*, *Venue*,
        # 2021"), names alone before it, is the title however name-like its words ("Might Made
        # Right", "Modality and Language"): the entry's title is nowhere else
        venue_next = any(re.match(r"[\s,.;:]*" + re.escape(sp) + _VENUE_TAIL, line[at + len(span):])
                         for sp in italics if sp != span)
        if (at > 0 and len(span.split()) >= (2 if venue_next else 3) and _name_line(before)
                and (venue_next or not _name_line(span))  # not the owner
                and not YEAR_IN_TEXT.search(before) and not _NAMES_END.search(before)):  # names alone before it
            out.append(([before, span, line[at + len(span):].lstrip(" ,.;:")], False))
            break
    # names first, the fields apart by spaced dashes or hyphens ("Ann Lee, Bo Chen - Title - Venue,
    # 2017", "Ann Lee and Bo Chen – Title. Venue"): the title runs to the next dash or sentence end
    dash = _SPACED_DASH.search(line)
    if dash and _name_line(line[:dash.start()]) and not YEAR_IN_TEXT.search(line[:dash.start()]):
        rest = line[dash.end():]
        end = _SPACED_DASH.search(rest) or re.search(r"(?<!\b[A-Z])\.\s+", rest)
        if end and len(rest[:end.start()].split()) >= 2:
            out.append(([line[:dash.start()], rest[:end.start()], rest[end.end():]], None))
    # names, title and venue all apart by commas ("J. Park, S. Kim, H. Lee, Title, ApJ, 950, 1,
    # 2021"): the title is the first piece after the names, the rest the venue and numbers
    run = _name_run_end(line) if not re.search(r"[a-z]{2}\.\s|[\"“”]", line) else []  # no sentence ends, no quotes
    if run and not opening and YEAR_IN_TEXT.search(line[run[0][1]:]):
        after = line[run[0][1]:].split(", ")
        if len(after) >= 2 and len(after[0].split()) >= 2 and not re.search(r"\d", after[0]):
            out.append(([line[:run[0][0]], after[0], ", ".join(after[1:])], None))
    # names, a title in roman, the venue in italics at the end ("A. Lee. “Why?” Rest of the
    # title. *Venue*."): the title is all between, whatever its punctuation
    # (a span of numbers alone, "*26*", is a volume set in italics, not a venue)
    venue = next((sp for sp in italics if re.search(r"[^\W\d_]{2}", sp) and re.search(re.escape(sp) + _VENUE_TAIL, line)),
                 None)
    names_end = _names_end(line, []) if venue else None
    if venue and names_end and _name_line(line[:names_end[0]]):
        title = line[names_end[1]:line.rfind(venue)].strip(" ,.;:")
        lead = re.match(r"\(((?:19|20)\d\d)[a-z]?\)[.,:]?\s*", title)  # "A. Lee (2007), Title, *Venue*"
        names = line[:names_end[0]] + (f" {lead.group(1)}" if lead else "")  # the year stays with the names
        title = title[lead.end():] if lead else title
        if len(title.split()) >= 2:
            out.append(([names, title, line[line.rfind(venue):]], None))
    return out


def _names_end(rest: str, italics: list[str]) -> tuple[int, int] | None:
    """(end of the names, start of what follows) in the text after a leading title: a period
    that closes no initial, a parenthesised year, or the italic venue after a comma."""
    cuts = [(c.start(), c.end()) for c in _NAMES_END.finditer(rest) if c.start() > 0]
    cuts += [(c.start(), c.end()) for c in _NAMES_DASH.finditer(rest) if c.start() > 0]
    cuts += _after_inverted_initials(rest)
    cuts += _name_run_end(rest)
    vancouver = _VANCOUVER_NAMES.match(rest)
    if vancouver and "," in vancouver.group():
        # "Lee AB, Roe C, Holloway K. Venue": every piece a surname and its bare initials, the
        # stop after the last initials ends the list (no other cut inside it: "Holloway K." is
        # the list's last name, not what follows the names)
        after = rest[vancouver.end() + 1:]
        return vancouver.end(), vancouver.end() + 1 + len(after) - len(after.lstrip())
    for span in italics:
        at = rest.find(span)
        before = rest[:at].rstrip()
        after = rest[at + len(span):]
        if _name_line(span) and (re.match(r"\s*(?:,|and\b|&)", after) or any(sp in after for sp in italics if sp != span)):
            # "Ann Lee, *Bo Chen*, Cy Roe", "Ann Lee, *Bo Chen*. *Venue*": a name of the list in
            # italics (the owner), not the venue, which is a span after it
            continue
        if at > 0 and before.endswith((",", ".")):
            # "Lee, A., Roe, C. *Venue*": the period closes an initial, as the list's others do,
            # and is kept; "Lee A, Roe C. *Venue*" (no periods elsewhere) ends the list
            initial = re.search(r"\b[A-Z]\.$", before) and re.search(r"\b[A-Z]\.", before[:-2])
            cuts.append((len(before) - (0 if initial else 1), at))
    cuts.sort()
    for k, (end, start) in enumerate(cuts):
        if _ET_AL_NEXT.match(rest[start:]):
            continue  # "Ann Lee, Bo Chen, et al. Venue": "et al." closes the list (cut there), no venue's word
        upto = cuts[k + 1][0] if k + 1 < len(cuts) else len(rest)
        # the list goes on to its serial "and": the period closed a two-letter initial ("Ya.")
        # (not when an italic span opens what follows: "... Lee. *Ecology and Evolution*" is a venue)
        # (not when the names so far are parted by semicolons and what follows by commas: a list
        # keeps its separator, "A. Lee; B. Chen. Viscosity, Black Holes, and Fields" ends at "Chen.")
        if (_SERIAL_AND.search(rest[start:upto]) and not _SERIAL_AND.search(rest[:end])
                and not (";" in rest[:end] and ";" not in rest[start:upto])
                and _name_line(rest[start:upto].rstrip(" .,;")) and not any(rest[start:].startswith(sp) for sp in italics)):
            continue
        return end, start
    return None


_SERIAL_AND = re.compile(r"\band\b|&")
_ET_AL_NEXT = re.compile(r"[\s,;]*et\.?\s?al\b", re.I)
_NAME_PIECE_NOTES = re.compile(r"\s*\([^()]{0,40}\)|[*†‡§¶^]+")


def _name_run_end(rest: str) -> list[tuple[int, int]]:
    """Where a list of names set apart by commas ends because the next piece is no name
    ("Jae Park, Sun Kim and Hee Lee, ApJ, 2021" ends before "ApJ"): a name piece holds two
    words or more ("Hee Lee", "and J. Roe"); notes and marks after a name do not count.
    [] when the text does not open with two such names or no piece after them fails."""
    at, run = 0, 0
    for piece in rest.split(", "):
        if (_is_name_piece(piece) and "." not in piece[-1:]) or re.fullmatch(r"et\.?\s*al\.?|others", piece.strip(" *_")):
            run += len(split_author_list(_NAME_PIECE_NOTES.sub("", piece))[0]) or 1  # names, "Bo Chen and Cy Roe": two
            at += len(piece) + 2
            continue
        # (up to a period no initial's, or a dash between spaces, which ends a list of names as
        # a period does: "A. Lee, B. Chen – Venue", Europass)
        head = re.split(r"(?<![A-Z])\.(?:\s|$)|\s*[(:;]|\s+\d|\s+[\u2013\u2014]\s+", piece, maxsplit=1)[0]
        if re.match(r"(?:and|&)\s", piece) or _is_name_piece(head):
            return []  # the list goes on into this piece ("and Cy Roe. Venue"): another cut ends it
        return [(at - 2, at)] if run >= 2 else []
    return []


def _is_name_piece(piece: str) -> bool:
    names = split_author_list(_NAME_PIECE_NOTES.sub("", piece))[0]
    return bool(names) and all(plausible_name(n) and len(n.split()) >= 2 for n in names)

# A name printed surname first with its initials after it ("Roe, C.", "Roe C.", "de Haro, M. L."),
# after a separator or at the start, ending the text before a space
_INVERTED_TAIL = re.compile(r"(?:^|[,&;]\s*|\band\s+)(?:[a-z]{1,3}\s)*[A-Z][\w'’\-]+,?\s(?:[A-Z]\.\s?-?){1,3}$")
_AFTER_INITIAL = re.compile(r"(?<=\b[A-Z]\.)\s+(?=[\"“‘'0-9]|[A-Z](?![.\-]))")  # not before another initial


_INVERTED_FIRST = re.compile(r"^(?:[a-z]{1,3}\s)*[A-Z][\w'’\-]+,?\s(?:[A-Z]\.\s?-?){1,3}(?:,|\s*&|\s+and\b|$)")


def _after_inverted_initials(text: str) -> list[tuple[int, int]]:
    """Where a list of names printed surname first ends on an initial's period and the title
    begins ("Lee, A., & Roe, C. Title", "Lee A., Roe C. Title"): the period stays with the
    name. The list's first name must be printed so too: "Peter L." after "Bob Week, " is a
    given name and an initial, the surname to follow; so is a first name alone with no comma
    ("Maren T." before "Holloway"); an initial before a surname ("C. Roe") ends nothing."""
    out = []
    for m in _AFTER_INITIAL.finditer(text):
        before = text[:m.start()].rstrip()
        alone = not re.search(r"[,&;]|\band\b", before)  # "Maren T." before "Holloway": a given name
        if _INVERTED_TAIL.search(before) and _INVERTED_FIRST.match(before) and not alone:
            out.append((m.start(), m.end()))
    return out


def _names_printed(lines: list[str]) -> bool:
    """Whether any line holds a list of names (then an entry without authors is a misreading)."""
    return any(_name_line(ln) and re.search(r",|\band\b|&", ln) for ln in lines)


_YEAR_ONLY = re.compile(r"\s*\*?(?:19|20)\d\d\*?\.?\s*")


def _fields(got: tuple) -> tuple:
    authors, _truncated, title, venue, year = got
    return authors, title, venue, year


_NAME_NOTE = re.compile(r"\s*\([^()]{1,40}\)$")
_NAME_MARKS = re.compile(r"(?<=\S)[\s*†‡§¶^#⁰¹²³⁴⁵⁶⁷⁸⁹]+$")


# Words before a venue's name that say how the paper stands to it, never part of the name.
# ("appeared here in Journal": "here" the text of a link to the published version, as
# hand-written pages print it: "appeared <a href=...>here</a> in Nonlinearity, 2017")
_VENUE_LEAD = re.compile(r"^(?:(?:forthcoming|accepted|revise (?:and|&) resubmit|r\s?&\s?r|under review|submitted|"
                         r"conditionally accepted)(?:\s+(?:at|in|to|by))?\s*[,:]\s*|"  # "Forthcoming, *Venue*"
                         r"presented at|(?:preprint\s*[;,.]\s*)?to appear (?:in|at)|in press (?:at|in)|accepted (?:at|in|to|for publication in)|"
                         r"forthcoming in|published in|appeared (?:here )?in|(?:an?\s+)?(?:book\s+)?chapter in(?:\s+the\s+(?:volume|book))?:?|"
                         # the chapter's number before its book ("Chapter 12. *Book*, Volume 2")
                         r"chapter\s+\d{1,3}\s*[.,:]?)"
                         r"\s+(?:the\s+)?", re.I)  # and "a chapter in the volume Commutative Algebra"
_VOLUME_TAIL = re.compile(r"[.,;]?\s+\d+\s*(?:\([^()]{1,10}\))?\s*:\s*[A-Za-z]?\d.*$|"
                          r",\s*(?:pages|pp\.?|vol\.?|volume|no\.)(?:\s+\d.*)?$")  # ", pages 1–9"
_LABELLED_NOTE = re.compile(r"\.\s+[A-Z][a-z]+(?:\s[A-Za-z][a-z]+)?:\s")  # ". Preprint: ", ". Dissertation Committee: "
# "Amherst, MA: University of Massachusetts PhD thesis": the place before a publisher and the
# kind of thesis after a university are not the venue's name
_PLACE_LEAD = re.compile(r"^[A-Z][\w .'’\-]{1,30},\s*[A-Z]{2,3}:\s+(?=[A-Z])")
_THESIS_TAIL = re.compile(r"\s+(?:Ph\.?\s?D\.?|Doctoral|Master'?s|M\.?A\.?|M\.?Sc\.?)\s+(?:thesis|dissertation)$", re.I)
_BARE_INITIALS_NAME = re.compile(r"^([A-Z]{1,3}) ([A-Z][\w'’\-]+(?: [\w'’\-]+)*)$")


def _initials_spelt(authors: list[str]) -> list[str]:
    """A list whose every name is "SF Wolf" (bare initials, then the surname) with their
    periods: "S. F. Wolf". Only a whole list of two or more is taken for one ("Wei LI" alone
    may be a given name and a surname in capitals, and is the other way round). Applied to
    markdown pages' records only: the CV PDF truth keeps such names as printed."""
    found = [_BARE_INITIALS_NAME.match(a) for a in authors]
    if len(authors) < 2 or not all(found):
        return authors
    return [" ".join(f"{c}." for c in m.group(1)) + " " + m.group(2) for m in found]


_INITIALS_FIRST = re.compile(r"^(?:[A-Z]\.\s?-?)+\s?(?:[a-z]{1,3}\s)*[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?$")


def _first_inverted(authors: list[str]) -> list[str]:
    """"Evans R." first, before names printed initials first ("P.A. English, S. Gauthier"):
    the first author inverted as Chicago prints it, turned to "R. Evans". Only when every
    other name is printed initials first, so a list printed all surname first is left to
    ``given_first``."""
    if len(authors) < 2 or not all(_INITIALS_FIRST.match(a) for a in authors[1:]):
        return authors
    m = SURNAME_INITIALS.match(authors[0]) or VANCOUVER_NAME.match(authors[0])  # "Evans R." or "Evans R"
    return [" ".join(f"{c}." for c in re.findall(r"[A-Z]", m.group("initials"))) + " " + m.group("last"),
            *authors[1:]] if m else authors


def _unquoted(title: str) -> str:
    """The title without the quotes around it; a double quote that closes inside the title
    (“Why?” The rest) stays with its pair."""
    title = title.strip()
    if _QUOTED_OPENING.match(title):
        return title.rstrip().rstrip(".,").strip()
    return title.strip("\"“”'‘’").strip()


# A title that opens with a quoted phrase and goes on ("“Why?” The rest"); a quote closed
# before a comma or a period ('"Title", presented at ...') holds the whole title.
# In single curly quotes too ("‘Wanting’ the future", "‘We grew’: a study", a colon after the
# phrase): ‘ only ever opens a quotation, and ’ with a letter after it is an apostrophe inside
# the phrase ("‘Don’t’ as a verb").
_QUOTED_OPENING = re.compile(r"^(?:[\"“][^\"“”]+[?!.]?[\"”]|‘(?:[^‘’]|’(?=\w))+[?!.]?’)[:;,]?\s+[\w(]")


# A report described where its series would be ("Report from the X Center to the Y Office", "Final
# report to the Z Trust", "Report prepared for ..."): whom it was written by and for, no venue's name
_REPORT_DESCRIPTION = re.compile(r"(?:(?:final|technical|annual|interim)\s+)?report\s+(?:from|to|for|prepared|submitted)\s",
                                 re.I)
# A word of question marks where a volume or pages would be ("*Under Review* ??? (2025)", "Journal
# X ???:1-9"): a placeholder the writer left for a number not known yet, no text of the venue
_PLACEHOLDER = re.compile(r"\s*(?<!\S)\?{2,}(?!\S)")


# A label of a few words (a date in parentheses after it) closed by a colon, then link labels
# parted by "|" ("Full paper (1/2/15): PDF | arXiv:1311.6686", "Files: slides | code"): a line
# listing an entry's files, never a title
# A book's imprint closing what was read as its title: ", Place, XX: Publisher" (a city, then a
# region's or country's code in capitals, "KY", "USA", "UK", then the publisher)
_TITLE_IMPRINT = re.compile(r",\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:,\s+[A-Z]{2,3})+:\s+(?P<publisher>[A-Z][\w&.’'\- ]{1,40}?)\.?$")
FILES_LINE_REASON = "a line of an entry's files (a label and its links), no entry"
_FILES_LINE = re.compile(r"^[A-Z][\w’'\-]*(?:\s[\w’'\-]+){0,3}(?:\s\([\d/.\-\s]{3,12}\))?:\s*(?:[^|:]{0,40})\|")


def _checked(authors, truncated, title, venue, year, authors_needed: bool = True, marked: frozenset = frozenset(),
             text: str = ""):
    """A reading with its title cleaned, or why it cannot be right. ``marked``: the lines of
    the block that are wholly one emphasised span (see :func:`_marked_lines`). ``text``: the
    entry's text, where a one-word title must stand between the year and a sentence end
    (:func:`_one_word_title`)."""
    title = _unquoted((title or "").replace("∗", "*")).rstrip(".,").strip()
    title = _unquoted(_TITLE_NOTE.sub("", title)).rstrip(".,").strip()
    if venue and "??" in venue:
        venue = _PLACEHOLDER.sub("", venue)  # "*Under Review* ??? (2025)": no number known yet
    if venue and _REPORT_DESCRIPTION.match(venue):
        venue = None  # "Report from the X Center to the Y Office": who wrote it for whom, no series
    if venue and STATUS.fullmatch(venue.strip(" .,;*")):
        venue = None  # "In preparation", "Submitted": where the paper stands, not where it appeared
    if venue and venue[0] == ">":
        venue = venue.lstrip("> ") or None  # ">>Journal": a hand-written tag's doubled bracket, printed before the name
    venue = _VENUE_LEAD.sub("", venue) if venue else venue  # "presented at the Conference on X"
    # "Fisheries Research. 277: 107063", "Ecology. 100(1):e02403": volume and pages after the
    # name; "Journal X. Preprint: bioRxiv ...": a labelled note after it
    venue = _LABELLED_NOTE.split(_VOLUME_TAIL.sub("", venue))[0].strip(" .,;") or None if venue else venue
    venue = _THESIS_TAIL.sub("", _PLACE_LEAD.sub("", venue)) or None if venue else venue
    imprint = _TITLE_IMPRINT.search(title) if title and not venue else None
    if imprint and len(title[:imprint.start()].split()) >= 2:
        # "Title, Lexington, KY, USA: Lulu": a book's place and publisher run into its title
        title, venue = title[:imprint.start()].strip(), imprint.group("publisher").strip()
    if not title or len(title) < 4:
        return "entry has no title"
    if _FILES_LINE.match(title):
        # "Full paper (1/2/15): [PDF](...) | [arXiv:...](...)": the entry's files under a label
        return FILES_LINE_REASON
    if re.match(r"\(?(?:19|20)\d\d[a-z]?\)?,\s|(?:[A-Z]\.\s?-?)+\s?[A-Z][\w'’\-]+\s*(?:,|&|and\s)", title):
        # "2021, ApJ, 912, ...": the fields after the names; "S. Kim & H. Lee, Title": names
        return "entry read, but its title does not look like one"
    if title_of_names(title):
        # "B. David" with the title "Lomet and Mark R. Tuttle": the names were ended too early
        return "entry read, but its title is a list of names"
    if _ARXIV_IN_TITLE.search(title):
        # "Title. arXiv:0704.0374, 2007": the venue and the year read into the title
        return "entry read, but its title does not look like one"
    if _names_with_initials(title):
        # "Mark G. L. M. van Doorn, Arjen P. de Vries, and Peter M. G. Apers": the names read as the title
        return "entry read, but its title is a list of names"
    if authors and any(_SPLIT_INITIALS.fullmatch(a) for a in authors):
        # a reader split "Lee, A.H., B.T. Chen" into three: it is two people
        authors = split_author_list(", ".join(authors))[0]
    # "Lee AB, Chen B" (Vancouver); one name alone too where the entry prints Vancouver's date
    authors = given_first(authors, alone=vancouver_entry(text)) if authors else authors
    authors = _first_inverted(authors)  # "Evans R., P.A. English": Chicago's inverted first author
    # marks printed after a name (equal contribution, corresponding author) and notes in
    # brackets ("Ann Lee (PhD student)"): no part of it
    authors = [m for m in (_NAME_MARKS.sub("", _NAME_NOTE.sub("", a)) for a in authors) if m]
    # a reader that accepted a block it misread gives fields that are not what they claim
    if (authors_needed and not authors) or not (all(plausible_name(a) for a in authors)
                                                or names_with_handles(authors)):  # a software release's
        return "entry read, but its author list does not look like names"
    first = title.split()[0] if title.split() else ""
    starts_like_title = (not (title[:1].isalpha() and title[:1].islower()) and title[:1] not in ",.;:)]"
                         or re.match(r"[a-z]+-|[a-z]+[A-Z]|[a-z][\w.]*:$|[a-z][\w.\-]*/[\w.\-]+:?$", first))  # q-Deformed, p-adic, iPhone, disco:, a code host's "owner/repo:"
    one_word = _one_word_title(title, text)
    if (len(title_words(title)) < 2 and not one_word) or not starts_like_title or quality(
            authors, title, venue, year, title_marked=_title_marked(title, authors, marked),
            one_word_title=one_word) is None:
        return "entry read, but its title does not look like one"
    return authors, truncated, title, venue, year


_ARXIV_IN_TITLE = re.compile(r"[.,]\s+arXiv:\s?(?:\d{4}\.\d{4,5}|[a-z\-]+/\d{7})")
_AN_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.(?:\s|$)")


def _names_with_initials(title: str) -> bool:
    """Whether ``title`` is a list of two names or more, each a plausible name, one with an
    initial at least ("H. V. Jagadish") and no word of a title among them
    (:func:`author_lists.abstract_noun`): a title holds a list of words ("Lions, Tigers, and
    Bears") but hardly a person's initials. The names may be parted by semicolons ("A. B. Lee;
    C. Roe", as ACS and hand-typed tables print them; wt-htmlr18)."""
    if "," not in title and " and " not in title and ";" not in title:
        return False
    names, _ = split_author_list(title)
    return (len(names) >= 2 and all(plausible_name(n) for n in names) and any(_AN_INITIAL.search(n) for n in names)
            and not any(abstract_noun(w) for n in names for w in n.split()))


def _one_word_title(title: str, text: str) -> bool:
    """Whether a one-word title ("Whatever", "Conditionals", "Enough!") stands where an
    author-year citation sets its title apart: right after the year's period and closed by
    a sentence end ("Kai von Fintel. 2011. Conditionals. In ..."). Elsewhere one word is
    more likely a name or a venue cut from its entry."""
    return len(title.split()) == 1 and bool(
        re.search(r"\b(?:19|20)\d\d[a-z]?\)?[.:]\s+" + re.escape(title) + r"[.!?]?(?:\s|$)", text))


# A page with no publications section of its own (no heading names one: an ORCID works list
# under "Works (12)", a department report's list under "3.2 Faculty Publications" and each
# member's name) is still read as one list when its blocks look like bibliography entries by
# their own typography, with no reading asked (a block that looks like an entry but does not
# read is then a reject with its reason, where the document was lost in one reject).
# An entry's look: a year, and two of three cues of a reference: a list of names ("Lee, A. B.",
# "A. B. Lee", "LEE Ann;", "Ann Lee, Bo Chen and", an "Authors:" label), a title set apart
# (in quotes, or labelled), a venue or its numbers (a venue word, "12(3)", "pp.", a page range,
# an arXiv identifier or a DOI).
# At least LIST_PAGE_ENTRIES such blocks: two may be a README's "cite us" and a changelog's
# line; a list of publications worth reading as one holds three entries or more.
LIST_PAGE_ENTRIES = 3
# And at least this share of the page's blocks: on the 72 documents of the tuned plain-text
# layouts (tests/cv_text_layouts.py, rounds 1-3) read as a whole page, the blocks that look
# like entries are 0.53 or more of the blocks on 71 (a CV's name, education and talks are the
# rest; the one below, 0.29, sets its years right with spaces, which the reader moves first,
# and has its publications section anyway); prose that cites a paper in a paragraph or two
# stays below (tests/test_cv_text_layouts.py NOT_PUBLICATION_LISTS).
LIST_PAGE_SHARE = 0.5
# The decision reads the page's first this many characters: a sample is enough to say what a
# page is, and a huge text of no known format costs no more than a CV to sniff.
LIST_PAGE_SAMPLE_CHARS = 100_000
# The confidence of such a page: above detect's MIN_CONFIDENCE, below every format's own claim.
LIST_PAGE_CONFIDENCE = 0.55

_YEAR_CUE = re.compile(r"(?<![\w./-])(?:19|20)\d\d(?![\w])")
_NAMES_CUE = re.compile(
    r"\b[A-Z][\w'\u2019-]+,\s(?:[A-Z]\.\s?-?){1,3}"  # Lee, A. B.
    r"|\b[A-Z][\w'\u2019-]+\s(?:[A-Z]\.-?){1,3},"  # Lee A.B.,
    r"|(?<![\w.])(?:[A-Z]\.[\s~\u00a0]?-?){1,3}[\s~\u00a0]?[A-Z][a-z][\w'\u2019-]*"  # A. B. Lee, A.~B.~Lee
    r"|\b[A-Z][a-z][\w'\u2019-]*\s[A-Z]{1,3}(?:,\s[A-Z][a-z][\w'\u2019-]*\s[A-Z]{1,3}\b|\.\s)"  # Lee AB, Roe C
    r"|\bwith\s[A-Z][a-z]+\s(?:[A-Z]\.\s)*[A-Z][a-z]"  # "Title," with Ann Lee
    r"|\b[A-Z]{2,}[A-Z'-]*\s[A-Z][a-z]+(?:\s[A-Z]\.?)*\s?(?:[;,]|\set\s|\sand\s)"  # LEE Ann; LEE Ann et
    r"|\b[A-Z][a-z]+\s(?:[A-Z]\.\s)?[A-Z][\w'\u2019-]+(?:,\s|,?\sand\s|\s&\s)[A-Z][a-z]+\s(?:[A-Z]\.\s)?[A-Z][\w'\u2019-]+"
    r"|(?im:^\W*(?:authors?|co-?authors?|contributors?|auteurs?|autoren)\s*:)")
_TITLE_CUE = re.compile(r"[\"\u201c\u2018'][^\"\u201d\u2019\n]{12,}[\"\u201d\u2019']|(?im:^\W*title\s*:)"
                        r"|(?<![\w*])[*_][^*_\s][^*_\n]{10,}[^*_\s][*_](?![\w*])|\\(?:emph|textit)\{")
# the words a list of names holds besides capitalised names and initials
_NAME_LIST_WORDS = frozenset(("and", "&", "et", "al", "al.", "von", "van", "de", "der", "den", "da", "di", "du", "la",
                              "le", "del", "dos", "das", "y"))
_LEAD_YEAR_OR_ITEM = re.compile(r"^\s*(?:(?:19|20)\d\d[a-z]?\s+|\S{1,6}\s+(?=[A-Z]))?")
_VENUE_CUE = re.compile(
    r"(?i)\b(?:journal|proc(?:eedings|\.)|conference|symposium|workshop|transactions|trans\.|letters|review|annals|"
    r"bulletin|arxiv|preprint|press|publisher|vol\.|pp\.|doi)\b|\b\d{1,4}\s?\(\d{1,4}\)"
    r"|(?<![\d-])(?!(?:19|20)\d\d)\d{1,4}\s?[-\u2013]{1,2}\s?\d{1,5}(?![\d-])"
    r"|(?im:^\W*(?:publisher|journal|venue|published\s+in|publication\s+date|source)\s*:)")


# Vancouver's names ("Lee AB, Roe C, Holloway MT." , "et al." after them) end with an initial
# and a full stop, which is no sentence's end to sentence_break (an initial's stop): the
# list's own shape says where the names end.
# ("van der Laan SW": two particles; "Roe TJ Jr": a generational suffix after the initials)
_VANCOUVER_NAME = r"(?:[a-z]{1,3} ){0,2}[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)* [A-Z]{1,3}(?: (?:Jr|Sr|II|III|IV))?"
_VANCOUVER_NAMES = re.compile(rf"(?:{_VANCOUVER_NAME}, )*{_VANCOUVER_NAME}(?:, et al)?(?=\.\s)")


def _names_then_title(text: str) -> bool:
    """Whether the block's first sentence (after a year or an item's label) is a list of names
    alone, two words or more, and a sentence of three words or more follows it ("A. Lee and
    B. Chen. Title of it. Venue.", "Lee AB, Roe C. Title of it."): the title set apart by the
    stop after the names."""
    head = _LEAD_YEAR_OR_ITEM.sub("", text.strip(), count=1)
    # (a short surname and its initial, "Roe C, Lee A.", looks like an item's label to
    # _LEAD_YEAR_OR_ITEM: the list is looked for before that is cut too)
    vancouver = _VANCOUVER_NAMES.match(text.strip()) or _VANCOUVER_NAMES.match(head)
    if vancouver:
        head = vancouver.string
    cut = vancouver.end() if vancouver else sentence_break(head)
    if cut is None:
        return False
    words = head[:cut].replace(",", " ").replace(";", " ").split()
    # (a year set right on the names' first line is no word of theirs)
    words = [w for w in words if not _YEAR_CUE.fullmatch(w)]
    return (len(words) >= 2 and all(w[:1].isupper() or w.lower() in _NAME_LIST_WORDS for w in words)
            and len(head[cut + 1:].split()) >= 3)


def _title_over_names(lines: list[str]) -> bool:
    """Whether a line of three words or more that ends in no full stop stands over a line
    that is wholly a list of names (:func:`_names_line_apart`): a title set apart by its line."""
    rows = [ln.strip() for ln in lines if ln.strip()]
    return any(len(a.split()) >= 3 and not a.endswith((".", ",", ";")) and not _name_line(a) and _names_line_apart(b)
               for a, b in zip(rows, rows[1:]))


def looks_like_entry(text: str) -> bool:
    """Whether a block looks like a bibliography entry by its typography alone (see
    LIST_PAGE_ENTRIES): a year, and two of the cues of names, a title, a venue."""
    if not _YEAR_CUE.search(text):
        return False
    lines = text.split("\n")
    # (a line opened by the label table's author or title label, in any of its languages)
    names = bool(_NAMES_CUE.search(text)) or any(field_label(ln) == "authors" for ln in lines)
    title = (bool(_TITLE_CUE.search(text)) or any(field_label(ln) == "title" for ln in lines)
             or (names and _names_then_title(text)))
    if not (names and title) and _title_over_names(lines):
        names = title = True  # "Title" over "AB Lee, C Roe" over "Venue, 2021": each field a line
    if not (names and title) and _names_over_colon(_ITEM.sub("", text.strip(), count=1)):
        names = title = True  # "Ann Lee, Cy Roe:" over "Title. Venue 3(2): 1-9 (2021)" (dblp)
    return names + title + bool(_VENUE_CUE.search(text)) >= 2


_BARE_LINK = re.compile(r"\s*(?:https?://|doi:\s*10\.)\S+\s*", re.I)


def export_metadata(lines: list[str]) -> bool:
    """Whether a block's lines are all an export's tagged fields ("DOI: 10.1/x", "DOCUMENT TYPE:
    Article", :data:`_EXPORT_TAG`) or bare links: the metadata a database prints under each
    record, no entry, and no text that would make the page anything but a list."""
    return bool(lines) and all(_EXPORT_TAG.match(ln.strip()) or _BARE_LINK.fullmatch(ln) for ln in lines)


def publication_list_page(body: str) -> bool:
    """Whether a page with no publications section is a publication list all the same, by the
    share of its blocks that look like entries (LIST_PAGE_ENTRIES, LIST_PAGE_SHARE)."""
    sample = body[:LIST_PAGE_SAMPLE_CHARS]
    if len(_YEAR_CUE.findall(sample)) < LIST_PAGE_ENTRIES:
        return False  # (cheap: fewer years than entries)
    hits = n = 0
    for section in page_blocks(sample, True):
        for block, _ in entries_apart(section, soft=True):
            # (a paragraph of lines that each look like an entry, one of which does not read
            # so that entries_apart kept them together, counts line by line: _run_together)
            lines = [ln for ln in block.split("\n") if ln.strip()]
            if export_metadata(lines):
                continue  # a record's tagged fields and links after its entry: neither entry nor text
            alone = sum(map(looks_like_entry, lines)) if len(lines) > 1 else 0
            if alone >= 2:
                hits, n = hits + alone, n + len(lines)
            else:
                hits, n = hits + looks_like_entry(block), n + 1
    return hits >= LIST_PAGE_ENTRIES and hits >= LIST_PAGE_SHARE * n


def _sections_claim(sections: list, plain: bool, whole: bool) -> bool:
    """Whether the page's publications sections (:func:`page_sections`) make it a list this
    reader takes: two blocks or more, and on a plain-text page PLAIN_PAGE_DATED_BLOCKS dated
    ones (a plain text whose "sections" hold no dated entries is notes, not a CV)."""
    # (a paragraph of lines opened by a year column is as many entries as year lines)
    blocks = sum(len(_year_column_entries(b) or [b]) for s in sections for b, _ in s)
    if plain and not whole and sum(len(_year_column_entries(b) or [b]) if y is not None or YEAR_IN_TEXT.search(b)
                                   else 0 for s in sections for b, y in s) < PLAIN_PAGE_DATED_BLOCKS:
        return False
    return blocks >= 2 and (whole or bool(sections))


def _fenced_bibtex_records(doc: Document, body: str) -> Iterator[Draft | RecordError]:
    """The records of the BibTeX the page quotes in fenced code blocks
    (``markdown_blocks.fenced_bibtex``), read by the BibTeX reader, numbered in the page's
    order; a paper the page's text names again (over its block) is read once, from its BibTeX."""
    from .bibtex import BibtexExtractor  # (the BibTeX reader, only for a page that quotes some)

    ordinal = 0
    for k, text in enumerate(markdown_blocks.fenced_bibtex(body)):
        block = Document(doc_id=f"{doc.doc_id}#bibtex{k + 1}", source_uri=doc.source_uri, data=text.encode("utf-8"),
                         fetched_at=doc.fetched_at)
        for got in BibtexExtractor().extract(block):
            ordinal += 1
            yield dataclasses.replace(got, ordinal=ordinal)


class MarkdownPageExtractor:
    name = NAME
    version = VERSION
    sniff_ceiling = 0.75  # the most sniff returns (detect skips it when a sniffer beat that)

    def sniff(self, doc: Document) -> float:
        head = doc.data[:2048].lower()
        if b"<html" in head or b"<!doctype" in head or doc.data[:4] == b"%PDF":
            return 0.0
        try:
            body, fm = _strip_front(doc.text)
        except ExtractError:
            return 0.0
        if fm and front_matter_entries(fm):
            return self.sniff_ceiling  # its front matter holds the list pandoc prints (``references:``)
        if fm and looks_like_publication(fm):
            return 0.0  # one publication's own page: markdown_front_matter
        whole = bool(fm) and _is_pub_heading(str(fm.get("title") or "")) or _paper_table_header(body)
        if _sections_claim(*page_sections(body, whole), whole):
            return self.sniff_ceiling
        if ProfilePageExtractor().read_cards(card_lines(body)) is not None:
            return self.sniff_ceiling  # a profile's works pasted in as cards (read by the card reader)
        # no publications section: a publication list all the same by its entries' look?
        return LIST_PAGE_CONFIDENCE if not whole and publication_list_page(body) else 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        body, fm = _strip_front(doc.text)
        listed = front_matter_entries(fm) if fm else []
        titles = set()
        for ordinal, (labels, item) in enumerate(listed, start=1):
            got = publication_data.draft(ordinal, item, labels) if isinstance(item, dict) else RecordError(
                ordinal, "an item of the front matter's reference list is not a mapping of fields", excerpt(str(item)))
            if isinstance(got, Draft):
                titles.add(got.title.casefold())
            yield got
        quoted = list(_fenced_bibtex_records(doc, body))
        for got in quoted:
            if isinstance(got, Draft):
                titles.add(got.title.casefold())
            yield dataclasses.replace(got, ordinal=got.ordinal + len(listed))
        before = len(listed) + len(quoted)
        for got in self._body(doc, body, fm):
            if isinstance(got, Draft) and got.title.casefold() in titles:
                continue  # the body printing a reference of the front matter's list or a BibTeX block again
            if isinstance(got, RecordError) and quoted and any(t in (got.excerpt or "").casefold() for t in titles):
                continue  # the text over a BibTeX block naming its paper (its title, a venue line)
            yield dataclasses.replace(got, ordinal=got.ordinal + before) if before else got

    def _body(self, doc: Document, body: str, fm: dict | None) -> Iterator[Draft | RecordError]:
        cards = ProfilePageExtractor().read_cards(card_lines(body))
        if cards is not None:
            # a profile's works pasted in (an ORCID record's): blocks each with one date line
            # ("2021-03 | Journal article"), read card by card by the profile reader's rule
            yield from cards
            return
        whole = bool(fm) and _is_pub_heading(str(fm.get("title") or "")) or _paper_table_header(body)
        sections, plain = page_sections(body, whole)
        by_look = not whole and not _sections_claim(sections, plain, whole) and publication_list_page(body)
        if by_look:
            sections = page_blocks(body, True)  # no publications section, a list by its look: all of it
        blocks = [(block, year_hint) for section in sections for block, year_hint in entries_apart(section, soft=True)]
        labels = sum(labelled_lines(printed_lines(block)) for block, _ in blocks) >= LABELLED_ENTRIES
        readings = [(labels and labelled_reading(block, year_hint)) or read_block(block, year_hint)
                    for block, year_hint in blocks]
        owner = page_owner([got[0] for got in readings if got and got[0]])
        implied = owner_implied_page([block for block, _ in blocks])
        colon_page = None  # names_colon_page, asked only when a block needs it
        vancouver = vancouver_page(blocks, readings)
        caps_first = caps_surname_page(readings)
        ordinal = 0
        for (block, year_hint), got in zip(blocks, readings):
            if got is not None and got[0] is None and (owner or implied):
                # the page's owner known, a lone name before a colon reads as a name
                # ("Ann Lee: Title. Venue (2021)"); on a list that leaves its owner out, an
                # entry with no names is the owner's alone: the block is read again
                again = read_block(block, year_hint, owner_implied=implied, owner=owner)
                # (an entry read with no names must name where it appeared: a line of a talks
                # list, "Conference X (Boston), 2021", names no venue and stays a reject)
                # (or be a quoted title alone: a working paper listed before it has a venue)
                got = again if again and again[0] is not None and (
                    again[0] or again[3] or _QUOTED_ALONE.fullmatch(got[2].strip())) else got
            if got is not None and got[0] is None and (lone := lone_colon_name(block)) and (
                    colon_page if colon_page is not None
                    else (colon_page := names_colon_page([b for b, _ in blocks]))):
                # on a page whose entries print "Names: Title", one name alone before the colon
                # is the entry's one author ("Ann Lee: Title. Venue 3 (2021), 1-9"), as the page's
                # owner is (wt-names7)
                again = read_block(block, year_hint, owner=lone)
                got = again if again and again[0] == [lone] else got
            if got is not None and got[0] is None and implied:
                got = _title_and_links_alone(block) or got
            if got is not None and implied:
                got = _quoted_title_alone(block, got)
            if got is not None and got[0] is None and _under_thesis_heading(body, block):
                alone = _title_and_links_alone(block)
                if alone is not None:  # the owner's thesis, printed as its title and a link
                    got = (alone[0], False, alone[2], alone[3], year_hint or _thesis_heading_year(body, block) or None,
                           alone[5])
            if got is None:
                continue
            if got[0] is None and by_look and not looks_like_entry(block):
                # a page read whole by its entries' look has no section to end at: its other
                # lines (the name over it, "Works (12)", "3.2 Faculty Publications") are no
                # entries; a block that looks like one and does not read stays a reject
                log.debug("%s: page furniture on a list read by its look: %s", doc.source_uri, got[2][:80])
                continue
            if got[0] is not None and by_look and got[3] is None and got[4] is None and not looks_like_entry(block):
                # (nor is a block read with no venue and no year there that does not look like an
                # entry: the page's head, "Ann B. Lee" over "Professor of X, Y University")
                log.debug("%s: page furniture on a list read by its look: %s", doc.source_uri, got[2][:80])
                continue
            if got[0] is None and is_prose(got[2]) and not (implied and _one_title_line(block)):
                # (on a list that leaves its owner out, a line that is one title and no more,
                # "Zeroes of some functions and a formula", is an entry that did not read: a reject)
                log.debug("%s: a paragraph of prose among the entries, not one: %s", doc.source_uri, got[2][:80])
                continue
            if got[0] is None and mark_legend(block):
                log.debug("%s: the legend of the entries' role marks, not one: %s", doc.source_uri, block[:80])
                continue
            if got[0] is None and person_with_rank(block):
                log.debug("%s: a person's name and rank over their entries, not one: %s", doc.source_uri, block[:80])
                continue
            if got[0] is None and is_signature(got[2]):
                log.debug("%s: a name or a word alone after the entries, not one: %s", doc.source_uri, got[2][:80])
                continue
            if got[0] is not None and _run_together(block, got):
                # several entries read as one: each line a record when it reads alone as a
                # whole entry, else a reject; none is lost in the venue
                for line in (ln.strip() for ln in block.split("\n") if ln.strip()):
                    one = read_block(line, year_hint)
                    ordinal += 1
                    if one and one[0] and one[2] and one[4] and not _run_together(line, one):
                        yield Draft(ordinal=ordinal, title=one[2], authors=_initials_spelt(one[0]),
                                    authors_truncated=one[1], year=one[4], venue=one[3],
                                    url=one[5][0] if one[5] else None, raw=" ".join([one[2], *one[5]]))
                    else:
                        yield RecordError(ordinal, "a line of entries run together that does not read alone",
                                          excerpt(line))
                continue
            ordinal += 1
            if got[0] is None:
                yield RecordError(ordinal, got[1], excerpt(got[2]))
                continue
            authors, truncated, title, venue, year, links = got
            if caps_first:
                authors = caps_surnames_last(authors)  # "GOH Cheng Hian" -> "Cheng Hian GOH"
            else:  # a list that prints its family names in capitals, each with a mixed-case given name
                authors = capitals_family_names(authors)  # "von FINTEL Kai, HUANG Jia-Bin"
            authors = _initials_spelt(authors)  # "SF Wolf, L Doughty" -> "S. F. Wolf", "L. Doughty"
            if vancouver and len(authors) == 1:
                authors = [vancouver_given_first(authors[0]) or authors[0]]  # "Bernstein PA" alone
            yield Draft(ordinal=ordinal, title=title, authors=authors, authors_truncated=truncated, year=year,
                        venue=venue, url=links[0] if links else None, raw=" ".join([title, *links]))


# The front-matter keys that say a page prints every reference of its own list: pandoc's
# ``nocite`` naming "@*" (pandoc's manual, "Including uncited items in the bibliography").
_NOCITE_ALL = re.compile(r"@\*")


def front_matter_entries(fm: dict) -> list:
    """The publications a page keeps as data in its own front matter, as pandoc and Quarto keep
    a bibliography in ``references:`` (CSL-YAML items: ``title``, ``author`` as family / given
    mappings, ``container-title``, ``issued``): the lists of entries that
    ``publication_data`` finds there (its shape rule, its field table), on a page that says it
    prints them all: its title names a publications list, or its ``nocite`` names "@*". A blog
    post's ``references:`` are the works it cites, not its author's: not read ([] then). The
    page's own author list is no list of entries."""
    if not (_is_pub_heading(str(fm.get("title") or "")) or _NOCITE_ALL.search(str(fm.get("nocite") or ""))):
        return []
    data = {k: v for k, v in fm.items() if isinstance(v, (list, dict)) and k not in ("author", "authors")}
    if not data or not publication_data.shape_holds([data]):
        return []
    return publication_data.all_entries([data])


_HARD_BREAK_AT_END = re.compile(r"(?:\\|[ \t]+)$")


def printed_lines(block: str) -> list[str]:
    """Each line of a block as it prints: its inline markup read by the parser
    (``read_inline``: "**Authors:** <u>Ann Lee</u><br>" prints "Authors: Ann Lee"), its links'
    text kept; the block's own lines kept apart (a plain-text page's soft-wrapped fields are
    lines of their own there). A label in bold is a label as a plain one is."""
    out = []
    for line in block.split("\n"):
        line = _HARD_BREAK_AT_END.sub("", line)  # its hard break (read alone, a last line's "\\" prints)
        if not re.search(r"[*_<\[`\\&]", line):
            out.append(line)  # (no markup: printed as it is)
            continue
        out.append(" ".join(without_link_marks(x) for x in read_inline(line).lines))
    return out


def labelled_reading(block: str, year_hint: int | None):
    """A block of labelled lines ("Title: ...", "Authors: Lee, Ann; Roe, Cy", "Journal: ...",
    "Year: 2021") read by the CV PDF reader's label table (``cv_pdf_fields._LABELS``), in
    read_block's shape; None when the block prints no author label or its fields do not hold
    (then the other readings stand). Asked only on a page with LABELLED_ENTRIES such blocks."""
    got = read_labelled_lines(printed_lines(block), year_hint)
    if got is None:
        return None
    return got.authors, got.authors_truncated, got.title, got.venue, got.year, []


# A page prints its names Vancouver's way ("Lee AB, Chen B") when at least this share of its
# entries with two names or more open with such a name, and at least VANCOUVER_PAGE_LISTS of
# them: a list of one name alone ("Bernstein PA") is then turned as the others are, though by
# itself it may as well be a given name and a surname in capitals ("Wei LI").
VANCOUVER_PAGE_SHARE = 0.8
VANCOUVER_PAGE_LISTS = 3


def vancouver_page(blocks: list[tuple[str, int | None]], readings: list) -> bool:
    """Whether the page's lists of names are Vancouver's (see VANCOUVER_PAGE_SHARE)."""
    lists = [block for (block, _), got in zip(blocks, readings) if got and got[0] and len(got[0]) >= 2]
    first = [_ITEM.sub("", block.strip(), count=1).split(",", 1)[0].strip() for block in lists]
    hits = sum(bool(VANCOUVER_NAME.fullmatch(name)) for name in first)
    return hits >= VANCOUVER_PAGE_LISTS and hits >= VANCOUVER_PAGE_SHARE * len(lists)


# A page prints its names surname first in capitals ("LEE Ann; ROE Cy", as HAL and ORCID
# exports and French CVs do) when at least this share of the names of its lists are printed
# so (a name the source left in another form, "Torba S.", stays), in CAPS_SURNAME_PAGE_LISTS
# lists at least: the names so printed are then given name first
# ("Ann LEE", the capitals kept as printed), before the capitals are read as initials ("GOH
# Cheng Hian" was "G. O. H. Cheng Hian").
CAPS_SURNAME_PAGE_SHARE = 0.8
CAPS_SURNAME_PAGE_LISTS = 3
# And one of the page's capitals words is this long at least: a given name has at most four
# initials ("van Doorn MGLM", VANCOUVER_NAME), so a page of "AMB Lee" (bare initials first,
# Google Scholar's form, :func:`_initials_spelt`) is never taken for surnames in capitals.
CAPS_SURNAME_LETTERS = 5
CAPS_SURNAME_NAME = re.compile(r"^(?P<last>[A-Z][A-Z'\u2019\-]+(?:\s[A-Z][A-Z'\u2019\-]+)*)\s+(?P<given>[A-Z][a-z].*)$")


def caps_surname_page(readings: list) -> bool:
    """Whether the page's lists of names print surnames first in capitals (see
    CAPS_SURNAME_PAGE_SHARE)."""
    lists = [got[0] for got in readings if got and got[0]]
    found = [m for names in lists for m in map(CAPS_SURNAME_NAME.match, names) if m]
    lists_hit = sum(any(CAPS_SURNAME_NAME.match(n) for n in names) for names in lists)
    return (lists_hit >= CAPS_SURNAME_PAGE_LISTS and len(found) >= CAPS_SURNAME_PAGE_SHARE * sum(map(len, lists))
            and any(len(w) >= CAPS_SURNAME_LETTERS for m in found for w in m.group("last").split()))


def caps_surnames_last(authors: list[str]) -> list[str]:
    """"LEE Ann B." -> "Ann B. LEE" for each name so printed (on a page caps_surname_page)."""
    out = []
    for name in authors:
        m = CAPS_SURNAME_NAME.match(name)
        out.append(f"{m.group('given')} {m.group('last')}" if m else name)
    return out


# A link whose text is at least this many words is a title, not a button or a menu item
# ("[PDF]", "[Home]", "[Department of Biology]" are shorter).
LINKED_TITLE_WORDS = 5


def linked_title(block: str, text: str) -> bool:
    """Whether an unread block is an entry by its link (the accounting rule of both readers:
    an entry-like block is a record or a reject): a link whose text is a title's length
    ("[*The Survey V: Spectroscopy of Dust Sources*](url)", no year printed), on a block
    that is not prose (:func:`is_prose`). Navigation ("Home Research Publications [Biology](..)")
    links single words; a sentence pointing to a library ("see [my ADS library](..)") is prose."""
    return not is_prose(text) and any(
        len(re.sub(r"[*_]", " ", m.group(1)).split()) >= LINKED_TITLE_WORDS and not m.group(0).startswith("!")
        for m in _LINK.finditer(block))


# A line of a block that may be a whole entry printed alone: a year and at least this many characters.
WHOLE_ENTRY_CHARS = 40
_BREAKS = re.compile(r"\s*<br\s*/?>\s*|(?:  +|\\)\n", re.I)


_SOFT_BREAK = re.compile(r"\n")


def entries_apart(blocks: list[tuple[str, int | None]], soft: bool = False) -> list[tuple[str, int | None]]:
    """The blocks with each block whose broken lines ("<br>", two trailing spaces) are each a
    whole entry cut into one block per line ("Lee (2001). Title. *Venue*.<br>2. Chen (2002).
    ..."): read as one, the entries after the first would be lost in its record or reject.
    A block is cut only when every line but link buttons prints a year, runs long, and reads
    alone as a record with names, a title and a year, so an entry printed over several lines
    (its venue line, its names line) is never cut.

    ``soft`` (a markdown or plain-text page, not HTML): a paragraph's plain line ends are
    tried too, on the same terms. A plain-text list with no blank lines between its entries
    ("2021<TAB>Ann Lee and Cy Roe. Title. Venue.", one per line) is one paragraph to markdown:
    read as one entry, all but one of its entries were lost in the record's venue."""
    out = []
    for block, year in blocks:
        for cut in (_BREAKS, _SOFT_BREAK) if soft else (_BREAKS,):
            lines = [ln for ln in cut.split(block) if ln.strip() and not _link_buttons(ln.strip())]
            if len(lines) >= 2 and all(YEAR_IN_TEXT.search(ln) and len(ln.strip()) >= WHOLE_ENTRY_CHARS
                                       for ln in lines):
                readings = [read_block(ln.strip(), year) for ln in lines]
                if all(got and got[0] and got[4] for got in readings):
                    out += [(ln.strip(), year) for ln in lines]
                    break
        else:
            parts = _year_column_entries(block) if soft else None
            out += [(part, year) for part in parts] if parts else [(block, year)]
    return out


# A year in a column of its own opens a line: the year, then a tab or two spaces or more
# ("2021<TAB>Names. Title.", "2021      Names. Title."): a word processor's or pdftotext's
# year column, which dates one entry.
_YEAR_COLUMN = re.compile(r"^(?:19|20)\d\d(?:\t|\s{2,})(?=\S)")


def _year_column_entries(block: str) -> list[str] | None:
    """The entries of a paragraph whose first line and at least one other open with a year
    column (see above), each from its year line up to the next one; None for another paragraph.
    Read as one, all but one of its entries were lost in one record (when one of its lines
    does not read alone, :func:`entries_apart` keeps the paragraph whole): each now is a record
    or a reject."""
    rows = block.split("\n")
    starts = [i for i, row in enumerate(rows) if _YEAR_COLUMN.match(row)]
    if len(starts) < 2 or starts[0] != 0:
        return None
    return ["\n".join(rows[a:b]) for a, b in zip(starts, [*starts[1:], len(rows)])]


# A paragraph none of whose words is a digit and most of whose words are in lower case is
# prose ("Please email me if a paper is not available.", "* marks equal contribution."): an
# entry prints a year or page numbers, or names and a title in capitals.
PROSE_LOWER_SHARE = 0.6


# A block of at most this many words and no digit is no entry and no part of one (an entry
# prints a title, names and a year or a venue's numbers): a letter's signature under a list
# ("Kai", "A."), a name alone. Logged, not rejected (a reject says an entry was not read).
SIGNATURE_WORDS = 2


def is_signature(text: str) -> bool:
    """Whether ``text`` is a word or two with no digit (see SIGNATURE_WORDS)."""
    return not re.search(r"\d", text) and len(text.split()) <= SIGNATURE_WORDS


# A full date in a sentence ("on 6 November 2026", "November 6, 2026", "2026-11-06"): a page's
# note of when it was made ("Last knitted on 6 November 2026 from pubs.csv.") prints one; its
# digits do not make the sentence an entry (an entry's date is a year, or a month and a year).
_FULL_DATE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?%(m)s\.?,?\s+(?:19|20)\d\d"
                        r"|%(m)s\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
                        r"|(?:19|20)\d\d-\d\d-\d\d)\b" % {"m": r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"})


def is_prose(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", _FULL_DATE.sub(" ", text))]
    return (not re.search(r"\d", _FULL_DATE.sub(" ", text)) and len(words) >= 4
            and sum(w[:1].islower() for w in words) >= PROSE_LOWER_SHARE * len(words))


_TABLE_HEADER = re.compile(r"^\s*\|?(.*\|.*)\|?\s*\n\s*\|?\s*:?-{3,}", re.M)


def _paper_table_header(body: str) -> bool:
    """Whether the page holds a pipe table whose header names a title column and an authors
    column ("| Year | Title | Authors | Venue |"): such a table lists papers whatever the
    page's headings say, so the whole page is read."""
    for m in _TABLE_HEADER.finditer(body):
        cells = [c.strip(" *_") for c in m.group(1).split("|")]
        if any(re.fullmatch(r"(?i)(?:paper\s+)?titles?|papers?", c) for c in cells) and any(
                re.fullmatch(r"(?i)authors?|co-?authors?", c) for c in cells):
            return True
    return False


# A page that leaves its owner out of the names ("Title. (With A and B.) Venue"): at least
# this many of its entries, and this share of them, print their co-authors after "with".
IMPLIED_ENTRIES, IMPLIED_SHARE = 3, 0.25
# (or after a quoted title's closing mark, without parentheses: '"Title," with A and B, Venue')
_WITH_COAUTHORS = re.compile(r"\((?:[^()]{1,40}?,\s*)?(?:with|joint with|w/)\s|[,.][\"”]\s+(?:with|joint with)\s+[A-Z]"
                             # (or after an unquoted title's comma when a name follows: "Title, with
                             # A.B. Lee and C. Roe", "Title, with Ann Lee, Venue": initials and a
                             # surname, or a given name and a surname then "and", a comma or a stop;
                             # "Graphs, with applications" and "Title, With Applications To X" are no names)
                             r"|(?-i:,\s+(?:[Ww]ith|[Jj]oint with)\s+(?:(?:[A-Z]\.\s?-?)+\s?[A-Z][\w'’\-]+"
                             r"|[A-Z][a-z]+\s+[A-Z][\w'’\-]+(?=\s+and\s|\s*[,.])))", re.I)


def owner_implied_page(blocks: list[str]) -> bool:
    """Whether the page lists its owner's work with the owner implied: then an entry that
    prints no names at all is the owner's alone (a title and a venue), not a misreading."""
    n = sum(bool(_WITH_COAUTHORS.search(b)) for b in blocks)
    return n >= IMPLIED_ENTRIES and n >= IMPLIED_SHARE * len(blocks)


# A venue read longer than this holds more than a venue: the longest of 2,670 real venues in
# ../shared (BibTeX owners, arXiv journal references, DBLP) runs to 122 characters; twice that,
# with a year in it, is entries run together read as one (a paragraph of one entry a line,
# "Names. Title. Venue." each, where one line did not read alone: see entries_apart).
RUN_TOGETHER_VENUE_CHARS = 250


# Or: the block has at least RUN_TOGETHER_LINES long lines (WHOLE_ENTRY_CHARS) each with a
# year, and the reading's fields (names, title, venue) hold less than RUN_TOGETHER_COVER of
# the block's letters: one entry wrapped over lines has one or two dated lines and its fields
# hold most of its letters (the rest is pages, volume, a year); the first of several entries
# read as one leaves the others unread.
RUN_TOGETHER_LINES = 3
RUN_TOGETHER_COVER = 0.5


def _run_together(block: str, got: tuple) -> bool:
    """Whether the reading ``got`` of ``block`` took several entries for one (see above)."""
    names, _, title, venue = got[:4]
    if venue and len(venue) > RUN_TOGETHER_VENUE_CHARS and YEAR_IN_TEXT.search(venue):
        return True
    dated = [ln for ln in block.split("\n") if len(ln.strip()) >= WHOLE_ENTRY_CHARS and YEAR_IN_TEXT.search(ln)]
    if len(dated) < RUN_TOGETHER_LINES:
        return False
    letters = sum(ch.isalpha() for ch in block)
    held = sum(ch.isalpha() for ch in " ".join([*(names or []), title or "", venue or ""]))
    return held < RUN_TOGETHER_COVER * letters


# A link whose label names a preprint server: the venue of a title listed with that link alone
# ("Title. [arXiv](https://arxiv.org/abs/...)"); any other label ("Preprint", "PDF", "Slides")
# names a file, no venue.
_SERVER_LABEL = re.compile(r"(?i)(?:arXiv|bioRxiv|medRxiv|ChemRxiv|PsyArXiv|SSRN|HAL)")
_MD_LINK = re.compile(r"!?\[(?P<label>[^\]]*)\]\([^)]*\)")


def _one_title_line(block: str) -> str | None:
    """The block's text when it is one line holding one sentence and no more (no stop
    followed by another word inside it), not set wholly in emphasis (a note: "*Available upon
    request.*"); None otherwise."""
    text = block.strip()
    if "\n" in text or re.fullmatch(r"([*_]{1,2}).+\1", text):
        return None
    text = text.rstrip(" .")
    return text if text[:1].isupper() and len(text.split()) > SIGNATURE_WORDS \
        and not re.search(r"[.?!:;]\s", text) else None


_THESIS_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+.*\b(?:thesis|theses|dissertations?|doctoral|habilitation)\b", re.I)
_ANY_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.*)$")


def _under_thesis_heading(body: str, block: str) -> bool:
    """Whether the nearest heading above ``block`` in the page, a year heading aside, names a
    thesis or dissertation ("### Ph.D. Dissertation", "## Theses"): there a title printed alone
    with its link is the owner's own thesis (a thesis is by its owner alone, so it prints no
    names)."""
    return _thesis_heading_year(body, block) is not False


def _thesis_heading_year(body: str, block: str) -> int | None | bool:
    """False when the nearest heading above ``block`` (year headings aside) names no thesis;
    else the year a year heading next to it prints ("### 2023" over "### Ph.D. Dissertation",
    or under it), None when there is none."""
    first = next((ln.strip() for ln in block.splitlines() if ln.strip()), "")[:60]
    at = body.find(first) if first else -1
    if at < 0:
        return False
    year, thesis = None, False
    for line in reversed(body[:at].splitlines()):
        m = _ANY_HEADING.match(line)
        if m is None:
            if thesis and line.strip():
                break  # the text over the thesis heading: no year heading right over it
            continue
        text = m.group("text").strip(" *_:")
        if _YEAR_HEADING.fullmatch(text):
            if year is None:
                year = int(re.search(r"(?:19|20)\d\d", text).group(0))
            if thesis:
                break
            continue  # a year over the entries divides them and names no kind
        if thesis:
            break
        if not _THESIS_HEADING.match(line):
            return False
        thesis = True
    return year if thesis else False


def _title_and_links_alone(block: str) -> tuple | None:
    """On a list that leaves its owner out, an item that is a title followed only by links
    ("Title. [Preprint](paper.pdf)", "Title. [arXiv](https://...)") is the owner's paper with
    no venue yet, or the preprint server a link's label names: (authors [], truncated, title,
    venue, None, links); None for any other block. Without the links the item is only a
    title, which stays a reject: a link to the paper is what says it is one."""
    labels = [m.group("label").strip() for m in _MD_LINK.finditer(block)]
    title = _one_title_line(_MD_LINK.sub("", block))
    if not labels or not title or not re.fullmatch(r"(?:\s*(?:!?\[[^\]]*\]\([^)]*\))\s*)+", block[block.find("["):]):
        return None
    server = next((lb for lb in labels if _SERVER_LABEL.fullmatch(lb)), None)
    links = [m.group(0)[m.group(0).rfind("(") + 1:-1] for m in _MD_LINK.finditer(block)]
    return [], True, title, server, None, links


# '"Title," Venue, 2008.': a quoted title, its stop inside the marks, then the rest.
_QUOTED_TITLE_FIRST = re.compile(r"^[\"“](?P<title>[^\"“”]{4,400}?)[,.]?[\"”][,.]?\s+(?P<rest>\S.*)$")


def _quoted_title_alone(block: str, got: tuple) -> tuple:
    """On a page that lists its owner's work with the owner implied (its co-authors after
    "with"), an entry that opens with a quoted title and names no one after "with" is the
    owner's alone: what follows the title is the venue, not names ("Philosophical
    Perspectives", "Descriptions and Beyond" were read as people; '"Bare Plurals, Bare
    Conditionals, and only," Journal of Semantics' was cut at its first comma, and a quoted
    title with its year alone was a reject). Other readings stay."""
    text = re.sub(r"\s+", " ", " ".join(_clean(_ITEM.sub("", block.strip(), count=1))[0])).strip()
    m = _QUOTED_TITLE_FIRST.match(text)
    if not m or _WITH_COAUTHORS.search(text) or re.search(r"\b(?:[Ww]ith|[Jj]oint with)\s", m.group("rest")):
        return got
    if got[0] == [] and got[2].strip() == m.group("title").strip():
        return got  # read so already
    rest = m.group("rest").strip()
    years = YEAR_IN_TEXT.findall(rest)
    venue = venue_name(rest)
    if venue and YEAR_IN_TEXT.fullmatch(venue.strip(" .,")):
        venue = None
    year = int(years[-1]) if years else (got[4] if got[0] is not None else None)
    if year is None:
        return got  # no date: nothing says it is a paper
    return ([], True, m.group("title").strip(), venue, year, got[5] if got[0] is not None else [])


# The page's owner: the name in at least this share of its entries read (and in three or more).
OWNER_SHARE = 0.4


# the share of a page's entries printed "Names: Title" (two names or more before a colon) that
# makes the style the page's: a lone name before a colon is then read as the entry's author
# (half: a page of such entries prints its single-author papers so too; a title's own colon,
# "Firm Dynamics: A Global View", comes on pages whose entries print their names otherwise)
NAMES_COLON_SHARE = 0.5
NAMES_COLON_FEWEST = 3


def names_colon_page(blocks: list[str]) -> bool:
    """Whether most of a page's entries print two names or more before a colon (the style of
    bibliography services' exports, of dblp pasted as text, of the Japanese societies' lists):
    :data:`NAMES_COLON_SHARE` of the blocks whose first colon opens their text (no sentence
    ends before it), and :data:`NAMES_COLON_FEWEST` at least."""
    heads = [b for b in blocks if _colon_head(b.strip())]
    n = sum(1 for b in heads if (e := parse_names_colon(b)) is not None and len(e.authors) >= 2)
    return n >= NAMES_COLON_FEWEST and n >= NAMES_COLON_SHARE * len(heads)


# a sentence's end in a block's head: a small letter, a digit or a bracket, then a full stop
# ("Lee, A. (2021). Title: Sub." ends one before its colon; "Lee, A.B. en Roe, C.: Title" does not)
_HEAD_SENTENCE_END = re.compile(r"[a-z0-9)\]]\.\s")


def _colon_head(block: str) -> bool:
    """Whether a block's first colon comes before any sentence end (its head may be names)."""
    head, sep, _rest = block.partition(": ")
    return bool(sep) and 3 <= len(head) <= 300 and "\n" not in head and not _HEAD_SENTENCE_END.search(head)


def lone_colon_name(block: str) -> str | None:
    """The one plausible name before a block's first colon ("Ann Lee: Title"), or None."""
    head, sep, _rest = block.strip().partition(": ")
    if not sep or len(head) > 80 or "\n" in head:
        return None
    names, truncated = split_author_list(head)
    return names[0] if len(names) == 1 and not truncated and plausible_name(names[0]) and \
        2 <= len(names[0].split()) <= 5 else None


def page_owner(author_lists: list[list[str]]) -> str | None:
    """The name most of a page's entries share (its owner's), or None when none does."""
    # each list's names once, in the order printed (``dict.fromkeys``, not ``set``): a tie
    # between two names goes to the one printed first, the same under every hash seed
    counts = Counter(name for names in author_lists for name in dict.fromkeys(names))
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return name if n >= 3 and n >= OWNER_SHARE * len(author_lists) else None
