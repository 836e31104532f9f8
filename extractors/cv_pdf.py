"""Curricula vitae as PDF, read with pdfplumber: the publication list, entry by entry.

The pages are read one at a time (:mod:`extractors.pdf_lines`), cut into sections and
entries by their layout (:mod:`extractors.cv_pdf_layout`), and each entry is written out in
the text CV form (:mod:`extractors.cv_pdf_render`) for the entry parser the text CV
extractor uses too (:mod:`extractors.cv_entries`). Hyperlinks over an entry give its paper,
arXiv, DOI and code links. The CV owner is the bold name of the author lists, else the name
printed largest at the top of the first page.

An encrypted, scanned (no text layer), corrupt or non-CV PDF is an ExtractError that says
which of these it is.
"""

from __future__ import annotations

import dataclasses

import re
from typing import Iterator

from normalizers.names import name_key
from normalizers.venues import parse_venue

from .author_lists import _PARTICLES, _surname_initials_first, given_first, plausible_name, split_author_list
from .base import Document, Draft, ExtractError, RecordError
from .base import excerpt as _short_excerpt
from .citations import comma_parted_entry, parse_names_colon, parse_quoted, venue_name
from .cv_entries import (ParsedEntry, _venue_name, bold_owner, entry_draft, fix_affiliation_letters, link_fields,
                         printed_badges, record_type, sentence_break, surname_caps_first,
                         vancouver_alone)
from .cv_pdf_coauthors import read_title_venue, read_with_line, with_line_cv
from .cv_pdf_fields import (DASHED_SHARE, LABELLED_ENTRIES, LABELLED_VENUE_ENTRIES, SEPARATED_ENTRIES,
                             TITLE_OVER_LINES_ENTRIES, labelled, read_dashed, read_labelled, read_labelled_venue,
                             read_separated, read_table_row, read_title_over_lines, without_form_lines)
from .cv_pdf_layout import (EntryLine, PdfEntry, SectionReader, about_the_list, column_apart, table_column,
                            text_edge, without_running_feet)
from .cv_pdf_notes import without_bullet_notes, without_notes
from .cv_pdf_runin import venues_run_into_titles
from .cv_pdf_status import without_status
from .cv_pdf_biblatex import venue_out_of_brackets, venue_without_in, without_biblatex_notes, year_outside_pages
from .cv_pdf_right_cells import flush_right_apart
from .cv_pdf_render import (_LETTERS, _plain, _runs, decide_roles, initial_without_surname, name_list, render,
                             render_lines, tokens_of, uninverted, venue_like, wrap_gap)
from .cv_pdf_styles import CV_STYLES, parse_gbt7714, parse_semicolon_full_names, parse_semicolons_italic_title
from .entry_quality import quality
from .markdown_page import read_block
from .pdf_lines import Line, PdfStats, join_words, read_lines

NAME = "cv_pdf"
VERSION = 16  # 16: the CJK name and section checks of wt-realstudy8web (author_lists, cv_entries.SECTION_WORDS_CJK); 15: real-sites batch 8's CV PDFs studied (wt-realstudy8pdf): a glyph boxed off its baseline by its font joins the line it is printed on; zero-width spaces and word joiners are no text; cv_entries's omission marks, name stars and APA status parentheses, cv_pdf_status's status before the title or after it or naming the journal with at/to; a "URL:" label goes with its address; a line protruding a point left of its entry (microtype) is no text after the list; 14: wt-names8: Turkish, Finnish, Hungarian, Czech-Slovak, Romanian 'and' and et-al marks, the Japanese middle dot between names, comma-parted fields with the year last, a field label alone no venue, Science's names-comma-title ended by a stop, one stopped surname-first name; 13: round 22 studied (wt-cvpdf23: "Working Paper" / "Conference Proceeding" under a heading of activities, "**Title** | *Venue*" over "Mar 2021 | names", a bulleted remark under a titled entry); 12: real-sites batch 7's CV PDFs studied (wt-realstudy7pdf): a small note's wrapped link sets no pitch, a lone indented last line is no hanging indent, "Kind · Venue · Year" lines, "Datasets" sections, usage-count notes, Chicago's year sentence, software releases (handles, a placeholder venue), an arXiv id after a not-yet status, a line hanging under a dated item's text, sub-headings in a sub-heading's type, a single-quoted phrase opening a double-quoted title, a reviewed book's "by" sentence; 11: round 21 studied (wt-cvpdf22: NSF's "(c) Products", ADS bibcode and citation-count lines, the AAS "Names 2021, “Title,” Venue", researchmap's title / names / source lines, LinkedIn's "Other authors" and "Title" / "Venue · Mar 3, 2021", an unknown heading after a list in its form); 10: wt-names7: more languages' 'and', particles after a joiner, stop-lost spaced initials, a comma after the year, full-width punctuation, GB-T 7714 in the text readers, Vancouver names joined by a conjunction alone (parse_entry's); 9: cv_entries.parse_entry reads « » and „ “ titles as quoted (standard_quotes, already applied to the PDF's lines: no change expected; wt-names6); 8: real-sites batch 6's CV PDFs studied (wt-realstudy6pdf): moderncv's year printed again beside
# every item, a footer block above the margin zone, Latin Modern's slanted face, "Surname, Given;" lists with
# commas after them, Awesome-CV's flush-right venues and dates alone between wrapped lines, "Editorials";
# 7: the citations' and names' readings of wt-cvtext8 (a formula's capital and a quoted venue end a title; a dblp homonym number before a colon at a line's end); 6: round 20 studied (wt-cvpdf21: MathSciNet's MR keys and "Lee, Ann; Chen, Bo *Title.*", venue-labelled
# blocks with unlabelled names and affiliations, a site's record controls, "Mar 3, 2021" dates, "Published",
# "(Preprint)." before a venue); 5: cv_entries.parse_entry's GOST "//" title end and DBLP homonym numbers off the names (wt-names5);
# 4: real-sites batch 5's CV PDFs studied (wt-realstudy5pdf): sections named for meetings,
# headings hung out in the text's own type and stacked under one, "[J.4]" kind labels, editors before a book,
# "H. Yu." ending a list, target journals, a footnote at a page's foot, a journal run into the title;
# 3: round 19 studied (wt-cvpdf20: dot leaders, portal classification lines, the Bluebook, small
# capitals); 2: real-sites batch 4's CV PDFs studied (wt-realstudy4pdf): two narrow columns with their own
# baselines, a smaller note after each citation (cv_pdf_notes), a manuscript's status in the venue's place
# (cv_pdf_status), an accepted paper's status before its journal, a volume's page range no year, a glued en
# dash at a line's end, a running foot in the margin zone, a venue of people's names an author line

ENTRY_EXCERPT = 480  # an entry's reject quotes this much of it (a reject row keeps 500 characters)


def excerpt(text: str) -> str:
    """An entry's text for its reject, whole where it fits: the title of an entry with a
    long author list comes after two hundred characters of names, and a reject must name
    the entry it stands for."""
    return _short_excerpt(text, ENTRY_EXCERPT)


PREFER_MARGIN = 0.5  # how much better (in entry_quality points) the role reading must be to replace the first
_NOT_A_NAME = re.compile(r"curriculum|vitae|résumé|resume|\bcv\b|publications|page", re.I)
# a name as a CV's header prints it, lower-case particles allowed ("Kai von Fintel"), each
# word opening with a capital of any Latin alphabet ("Øystein Sørensen", "Łukasz Ćwik")
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-Ž"
# a degree printed after the name in a CV's header ("Elaine Lee, PhD", "Ann Lee, Ph.D., FRS")
_DEGREE_AFTER = re.compile(r"(?:,\s*(?:Ph\.?\s?D|D\.?\s?Phil|M\.?D|D\.?Sc|M\.?Sc|M\.?A|B\.?Sc|MPH|FRS|FRSC)\.?)+$")
_NAME = re.compile(rf"^[{_CAPITAL}][\w'’.\-]*(?:\s+(?:[a-z]{{1,3}}\s+){{0,2}}[{_CAPITAL}][\w'’.\-]*){{1,3}}$")


class CVPdfExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        return 0.95 if b"%PDF-" in doc.data[:1024] else 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        stats = PdfStats()
        reader = SectionReader()
        reader.feed(without_running_feet(list(read_lines(doc.data, doc.source_uri, stats))))
        hyphenated = frozenset(reader.hyphenated)
        entries = reader.finish()
        body = iter(flush_right_apart([e for e in entries if not e.aside]))  # moderncv's right-hand field
        entries = [e if e.aside else next(body) for e in entries]
        column = table_column([e for e in entries if not e.aside])
        if column is not None:  # a table's venue column: its cells read after the entry's text
            edge = text_edge([e for e in entries if not e.aside], column)
            entries = [e if e.aside else column_apart(e, column, edge) for e in entries]
        gap = wrap_gap([e for e in entries if not e.aside])
        entries = [dataclasses.replace(e, hyphenated=hyphenated, wrap_gap=gap) for e in entries]
        aside = [e for e in entries if e.aside]
        entries = without_bullet_notes(without_notes(without_form_lines(_year_group_labels(_leading_years(
            [e for e in entries if not e.aside])))))
        if not entries:
            named = [] if reader.saw_pub_heading else list(_set_aside(aside, 0))
            if named:  # a list under a heading no table knows: each of its entries named by a reject
                yield from named
                return
            raise ExtractError(doc.source_uri, _why_empty(stats, reader))
        roles = decide_roles(entries)
        rendered = [render(e, roles) for e in entries]
        counted = [_author_count(plain) for _, plain in rendered]  # "et al. (44 authors)"
        rendered = [(without_count_notes(md), without_count_notes(plain)) for md, plain in rendered]
        owner = roles.owner or bold_owner(md for md, _ in rendered) or header_name(reader.top_lines)
        drafts = [self._draft(0, entry, md, plain, owner, roles.title_style)
                  for entry, (md, plain) in zip(entries, rendered)]
        drafts = [self._first_items(entry, d, roles, owner) for entry, d in zip(entries, drafts)]
        for d, n in zip(drafts, counted):
            if n and isinstance(d, Draft) and d.author_count is None:
                d.author_count = n
        drafts = _names_colon_cv(entries, rendered, drafts, owner)
        drafts = _styled_cv(entries, rendered, drafts, owner, parse_gbt7714)  # "Title[J]. Venue, 2021"
        drafts = _styled_cv(entries, rendered, drafts, owner, parse_semicolons_italic_title,
                            markdown=True)  # "Lee, Ann; Chen, Bo *Title.* Venue 3 (2021)"
        if sum(labelled(e) for e in entries) >= LABELLED_ENTRIES:  # "Authors: ...", "Published in: ..."
            drafts = [read_labelled(e, owner, _label_year(e.label) or e.year_heading) or d
                      for e, d in zip(entries, drafts)]
        venue_labelled = [read_labelled_venue(e, owner, _label_year(e.label) or e.year_heading) for e in entries]
        if sum(d is not None for d in venue_labelled) >= LABELLED_VENUE_ENTRIES:  # "Title" / names / "Published in: ..."
            drafts = [v or d for v, d in zip(venue_labelled, drafts)]
        separated = [read_separated(e, owner, _label_year(e.label) or e.year_heading) for e in entries]
        if sum(d is not None for d in separated) >= SEPARATED_ENTRIES:  # "Title" / "A. Lee, B. Chen · Venue · 2021"
            drafts = [s or d for s, d in zip(separated, drafts)]
        over = [read_title_over_lines(e, owner, _label_year(e.label) or e.year_heading) for e in entries]
        if sum(d is not None for d in over) >= TITLE_OVER_LINES_ENTRIES:  # "Title" / "Ann Lee, Bo Chen" / "Venue 3 1-9 2021"
            drafts = [o or d if not isinstance(d, Draft) or _weaker(d, o) else d for o, d in zip(over, drafts)]
        dashed = [read_dashed(e, owner, _label_year(e.label) or e.year_heading) for e in entries]
        hits = sum(d is not None for d in dashed)
        if hits >= SEPARATED_ENTRIES and hits >= DASHED_SHARE * len(entries):  # "2021 — Title — Venue — A. Lee"
            drafts = [r or d for r, d in zip(dashed, drafts)]
        drafts = [_nameless_reading(entry, d, roles.venue_style or roles.title_style, owner)
                  for entry, d in zip(entries, drafts)]
        if with_line_cv(entries):  # "with Ann Lee and Bo Chen" on a line of its own: the owner implied
            drafts = [_with_line_reading(entry, d, roles.title_style, owner) for entry, d in zip(entries, drafts)]
        if sum(bool(_WITH_COAUTHORS.search(plain)) for _, plain in rendered) >= OWNER_IMPLIED_ENTRIES:
            drafts = [_title_alone(entry, plain, owner) if isinstance(d, RecordError) and title_alone(plain) else d
                      for d, entry, (_, plain) in zip(drafts, entries, rendered)]
        drafts = [_year_before_note(e, _venue_in_title(e, d, roles.venue_style)) for e, d in zip(entries, drafts)]
        # a table's row whose header named its columns' fields: its cells are its fields, read
        # by no other rule (its end is the table's, not a page's or a gap's)
        tabled = [read_table_row(e, owner) for e in entries]
        drafts = [t or d for t, d in zip(tabled, drafts)]
        by_cells = {id(t) for t in tabled if t is not None}
        drafts = [d if id(d) in by_cells else
                  _part_title_back(_part_number_back(_list_end_title(_names_as_venue(_names_in_title(d, owner), owner))))
                  for d in self._across_pages(entries, drafts, roles, owner, by_cells)]
        drafts = [dataclasses.replace(d, ordinal=ordinal)
                  for ordinal, d in enumerate(_with_unread_text([_venue_after_dotted_kind(_cut_in_year(_printed_date(d)))
                                                                    for d in drafts]),
                                                     start=1)]
        found = [d for d in drafts if isinstance(d, Draft)]
        for d in found:
            year_outside_pages(d)  # "pp. 1859–1922" read as 1922
            d.venue = venue_out_of_brackets(venue_without_in(d.venue))  # biblatex's "In: Journal"; "(ICML 2024)"
            d.venue = _ACCEPTED_LEAD.sub("", d.venue or "") or None  # "In press at Ecology"
            if d.venue and not _LETTER_IN.search(d.venue):
                d.venue = None  # a placeholder number where a venue would be ("−999"): no venue's name
            without_status(d)  # "In progress", "In: Journal (Submitted, May 3, 2018)": no venue, no year
            _drop_markup(d)
            _printed_apart(d)
            _year_opening_title(d)
            _title_runs_on(d)
            _title_without_end_dash(d)
            _venue_between_numbers(d)
            _venue_after_kind_note(d)
            _venue_after_opening_kind_note(d)
            _venue_after_by_line(d)
        venues_run_into_titles(found)  # "... emerging pathogens Philosophical Transactions B": no stop between
        fix_affiliation_letters(found)
        surname_caps_first(found)  # "ZHANG Wei, HOLLOWAY Maren T.": the whole CV so
        vancouver_alone(found)  # "Song Y" alone where the CV prints "Lee AB, Chen B"
        if roles.owner and roles.owner != uninverted(roles.owner):  # "Lee, A. B." in bold: as the records print it
            owner = _as_in_entries(uninverted(roles.owner), found)
            for d in found:
                if d.owner == roles.owner:
                    d.owner = owner
        if owner and not roles.owner:
            owner = _as_in_entries(owner, found)
            for d in found:
                d.owner = d.owner or owner
                if d.owner and name_key(d.owner) == name_key(owner):
                    d.owner = owner
        yield from drafts
        yield from _set_aside(aside, len(drafts))

    def _across_pages(self, entries: list[PdfEntry], drafts: list, roles, owner: str | None,
                      fixed: set[int] = frozenset()) -> list:
        """Entries that the layout alone told apart, joined again where the cut was wrong:
        an entry that only a page break started, to the one before it, when either cannot be
        read alone and the two read together can (an entry that runs over a page's end); an
        entry that a blank gap started, when neither can be read alone, or the first was read
        without names and the second cannot be read, and together they read with names (a
        block of lines with more space inside it than between entries). Two readable entries
        stay apart, and so does a draft whose entry's end was not the layout's guess (``fixed``,
        the ids of the drafts read from a table's cells)."""
        out_entries, out = [entries[0]], [drafts[0]]
        for entry, draft in zip(entries[1:], drafts[1:]):
            prev_entry, prev = out_entries[-1], out[-1]
            if id(draft) in fixed or id(prev) in fixed:
                out_entries.append(entry)
                out.append(draft)
                continue
            unread = isinstance(prev, RecordError), isinstance(draft, RecordError)
            nameless = isinstance(prev, Draft) and not prev.authors and unread[1]  # its names cut off?
            # an entry read without names but with a year after one read without its year, cut from it
            # by a page break or a gap: the rest of that entry ("Nucl. Phys. A, vol. 30, 2007.")
            # (an entry that prints where it stands, "to appear in X", "submitted", has ended
            # without a year: the next is an entry of its own)
            tail = (isinstance(draft, Draft) and not draft.authors and isinstance(prev, Draft)
                    and prev.year is None and draft.year is not None and not _STATUS_PRINTED.search(prev.raw))
            if (entry.page_start and (any(unread) or tail or _unfinished(prev_entry, entry))) \
                    or (entry.gap_start and (all(unread) or nameless or tail or _lower_case_start(entry))):
                joined = PdfEntry(prev_entry.number, prev_entry.label or entry.label, prev_entry.section_kind,
                                  prev_entry.lines + entry.lines, prev_entry.year_heading,
                                  hyphenated=prev_entry.hyphenated, wrap_gap=prev_entry.wrap_gap)
                md, plain = render(joined, roles)
                both = _nameless_reading(joined, self._draft(0, joined, md, plain, owner, roles.title_style),
                                         roles.venue_style or roles.title_style, owner)
                if isinstance(both, Draft) and (both.authors or not entry.gap_start or _lower_case_start(entry)):
                    out_entries[-1], out[-1] = joined, both
                    continue
            out_entries.append(entry)
            out.append(draft)
        return out

    @classmethod
    def _first_items(cls, entry: PdfEntry, draft, roles, owner: str | None):
        """An entry with two bulleted sub-items or more under its first lines ("Title | Venue",
        "• the authors", "• Best Paper Award"), read from its first lines and first sub-item
        alone when those read as a whole entry (title, names, and a venue or year): what the
        later sub-items say is a note on the work, not its venue."""
        items = [k for k, el in enumerate(entry.lines) if el.item_start]
        if len(items) < 2:
            return draft
        head = dataclasses.replace(entry, lines=entry.lines[:items[1]])
        md, plain = render(head, roles)
        got = cls._draft(0, head, md, plain, owner, roles.title_style)
        return got if isinstance(got, Draft) and got.authors and got.title and (got.venue or got.year) else draft

    @classmethod
    def _draft(cls, ordinal: int, entry: PdfEntry, md: str, plain: str, owner: str | None,
               title_style: str | None = None) -> Draft | RecordError:
        """The best reading of the entry (:meth:`_two_readings`), or the entry's text read
        as one of the citation styles only CVs print (:data:`CV_STYLES`) when that reads
        better by a clear margin."""
        got = cls._two_readings(ordinal, entry, md, plain, owner, title_style)
        if isinstance(got, Draft) and not got.authors and _names_misread(got, owner):
            got = RecordError(ordinal, "entry read without its authors, but names stand where its title is",
                              excerpt(plain))
        if not plain:
            return got
        if isinstance(got, Draft) and cut_inside_quotes(got.title, plain):
            quoted = parse_quoted(plain)
            if quoted is not None and quoted.authors and len(quoted.title) > len(got.title) \
                    and all(plausible_name(a) for a in quoted.authors):
                return _from_parsed(ordinal, entry, quoted, got, md, plain, owner)
        label_year = _label_year(entry.label) or entry.year_heading
        styled = _cv_style(plain, without_count_notes("\n".join(join_words(el.words) for el in entry.lines)), owner,
                           label_year)
        if styled is None:
            return got
        parsed, q_styled = styled
        if isinstance(got, Draft) and _year_sentence_inside(parsed.title) and not _year_sentence_inside(got.title):
            return got  # the styled reading ran the names and their year sentence into its title
        if isinstance(got, Draft) and title_style and parsed.title != got.title and set_as_title(got.title, md):
            return got  # the CV's title type marks this reading's title: punctuation read otherwise does not win
        if isinstance(got, Draft) and (_title_run_into_venue(got, parsed) or title_run_over_fields(got.title, parsed)):
            return _from_parsed(ordinal, entry, parsed, got, md, plain, owner)
        if isinstance(got, Draft) and not (misses_owner(got.authors, plain, owner)
                                           and not misses_owner(parsed.authors, plain, owner)):
            q_got = quality(got.authors, got.title, got.venue, got.year, owner)
            if q_got is not None and q_styled < q_got + PREFER_MARGIN:
                return got
        return _from_parsed(ordinal, entry, parsed, got, md, plain, owner)

    @staticmethod
    def _two_readings(ordinal: int, entry: PdfEntry, md: str, plain: str, owner: str | None,
                      title_style: str | None = None) -> Draft | RecordError:
        """The better of two readings of the entry: the text-CV form the typography was
        rendered into, and the printed lines read by role (:func:`markdown_page.read_block`,
        which also knows citation styles). The second wins only by a clear margin."""
        if not md:
            return RecordError(ordinal, "entry has no text", entry.label or "")
        md = _without_urls(md)
        first = entry_draft(ordinal, md, number=entry.number, section_kind=entry.section_kind, owner=owner,
                            links=entry.links, raw=plain, year_sentences=True)
        q_first = quality(first.authors, first.title, first.venue, first.year, owner) if isinstance(first, Draft) else None
        if isinstance(first, Draft) and (q_first is None or not first.authors
                                         or not all(plausible_name(a) for a in first.authors)):
            first = RecordError(ordinal, "entry read, but its fields do not look like an entry's", excerpt(plain))
        if isinstance(first, Draft):
            turned = given_first(first.authors)
            if turned is not first.authors:  # "Lee AB, Chen B" (Vancouver): given name first
                if first.owner in first.authors:
                    first.owner = turned[first.authors.index(first.owner)]
                first.authors = turned
        label_year = _label_year(entry.label) or entry.year_heading
        if isinstance(first, Draft) and first.year is None:
            first.year = label_year  # "2024" printed in the margin beside the entry
        second = read_block(without_count_notes(_without_urls(render_lines(entry, title_style, owner))), label_year,
                            owner_implied=True, owner=owner)
        if second is not None and second[0] is not None and second[3] and second[3][:1] in _CLOSING:
            # "). Title ..." as the venue: a cut inside the author line's "(2007)", the title's
            # line glued to it (it opens in lower case, "q-Deformed ..."): the text read as one paragraph
            second = read_block(_without_urls(plain), label_year, owner_implied=True, owner=owner)
        if second is None or second[0] is None:
            return first
        authors, truncated, title, venue, year, links = second
        if venue and venue[:1] in _CLOSING:
            return first  # the same cut in the paragraph too
        q_second = quality(authors, title, venue, year, owner)
        second_misses = misses_owner(authors, plain, owner)
        if isinstance(first, Draft) and second_misses != misses_owner(first.authors, plain, owner):
            if second_misses:
                return first  # the owner's printed name is in the first reading's names only
        elif q_second is None or (isinstance(first, Draft) and q_second < q_first + PREFER_MARGIN
                                  and not _names_run_on(first, authors, title)):
            return first
        if q_second is None:
            return first
        parsed = ParsedEntry(authors=authors, authors_truncated=truncated, title=title, venue=venue, year=year)
        kept = first if isinstance(first, Draft) else None  # what the text-CV reading found besides the fields
        return Draft(ordinal=ordinal, source_record_id=entry.number, title=title, authors=authors,
                     authors_truncated=truncated, year=year, venue=venue,
                     record_type=record_type(entry.section_kind, parsed), owner=(kept and kept.owner) or owner,
                     badges=kept.badges if kept else printed_badges(md), raw=plain,
                     equal_contribution=[a for a in (kept.equal_contribution if kept else []) if a in authors],
                     **link_fields([*links, *entry.links]))


_LETTER_IN = re.compile(r"[^\W\d_]")
_CLOSING = ").],;:"  # no venue opens with a closing bracket or a stop


# A web address or DOI printed in an entry ("https://doi.org/10.1051/0004- 6361/2025", broken
# over a line after a hyphen), the "doi:" before it included, and the "URL:" label biblatex's
# styles print before an address.
# A web address broken after a stop or a colon runs on over the break, line break included,
# when the next piece can only be its rest: "http:" / "//doi.org/...", "http://doi." /
# "org/10.1038/...", "10.1002/dad2." / "12110." (a piece with a slash, or digits with a stop
# inside or of five or more: never a year, "2021.", which may follow a DOI's stop).
_URL_REST = r"(?://|[\w.\-]*/|\d+\.\d|\d{5})[^\s*]*"
_URL = re.compile(r"[ \t]*(?:\bURL:\s*)?(?:\bdoi:\s*|\bhttps?:(?://)?|\bwww\.)[^\s*]*(?:(?<=[-/])[ \t]+[^\s*]+)?"
                  rf"(?:(?<=[.:])\s+{_URL_REST})*", re.I)


def _without_urls(text: str) -> str:
    """The entry's text for the field readers without its web addresses and DOIs: never a
    title's or venue's words (the record finds its DOI in the raw text, which keeps them)."""
    return _URL.sub("", text)


def _from_parsed(ordinal: int, entry: PdfEntry, parsed: ParsedEntry, got, md: str, plain: str,
                 owner: str | None) -> Draft:
    """A record of the fields a citation-style reader found (``parsed``), with what the
    other reading (``got``, when it read the entry) found besides them: badges, owner."""
    kept = got if isinstance(got, Draft) else None
    return Draft(ordinal=ordinal, source_record_id=entry.number, title=parsed.title, authors=parsed.authors,
                 authors_truncated=parsed.authors_truncated,
                 year=parsed.year or _label_year(entry.label) or entry.year_heading, venue=parsed.venue,
                 record_type=record_type(entry.section_kind, parsed), owner=(kept and kept.owner) or owner,
                 badges=kept.badges if kept else printed_badges(md), raw=plain,
                 equal_contribution=[a for a in (kept.equal_contribution if kept else []) if a in parsed.authors],
                 **link_fields(entry.links))


NAMES_COLON_SHARE = 0.6  # this share of a CV's entries reading as "Names: Title. Venue" makes it its style
COMMA_PARTED_SHARE = 0.5  # this share of its entries parted by commas alone with numbered fields makes that its style


def _names_colon_cv(entries: list[PdfEntry], rendered: list[tuple[str, str]], drafts: list,
                    owner: str | None) -> list:
    """In a CV whose entries are printed "Names: Title. Venue 3(2): 1-9 (2021)" (DBLP's
    export, res.cls CVs), most of them read so: each entry that reads so taken in that
    form, whose names end at the colon (the text-CV reading may cut a name at an initial's
    period or at a printed line's end)."""
    # entries parted by commas alone with their numbered fields ("Title, Venue, Vol. 3, pp. 1–9
    # (2021).", IPSJ): the CV's style, so an entry without them is read so too ("Title, arXiv:...")
    loose = sum(comma_parted_entry(plain) for _, plain in rendered if plain) >= max(2, COMMA_PARTED_SHARE * len(entries))
    return _styled_cv(entries, rendered, drafts, owner, lambda plain: parse_names_colon(plain, owner, loose))


def _styled_cv(entries: list[PdfEntry], rendered: list[tuple[str, str]], drafts: list, owner: str | None,
               reader, markdown: bool = False) -> list:
    """Each entry that ``reader`` (one citation style) reads taken in that form, when it
    reads :data:`NAMES_COLON_SHARE` of the CV's entries (two at least): the CV's style,
    whose punctuation tells its fields apart better than its printed lines do (with
    ``markdown``, the reader reads the entry's markdown form, its italics marked)."""
    parsed = [(reader(md if markdown else plain) if plain else None) for md, plain in rendered]
    if sum(p is not None for p in parsed) < max(2, NAMES_COLON_SHARE * len(entries)):
        return drafts
    return [d if p is None else _from_parsed(0, e, p, d, md, plain, owner)
            for e, (md, plain), d, p in zip(entries, rendered, drafts, parsed)]


_QUOTED_SPAN = re.compile(r"[“\"]([^“”\"]{8,400})[”\"]")


def cut_inside_quotes(title: str | None, text: str) -> bool:
    """Whether a reading's title stops inside the quotation marks the entry prints around
    its title ("“Convergence of X. II. A technique.”" read as "Convergence of X"): the
    quotation marks, not a stop, end a quoted title."""
    key = re.sub(r"\W+", " ", title or "").strip().casefold()
    for m in _QUOTED_SPAN.finditer(text):
        span = re.sub(r"\W+", " ", m.group(1)).strip().casefold()
        if key and span.startswith(key) and len(span) > len(key) + 2:
            return True
    return False


VENUE_NAMES = 3
# An author list's last name after its "and": ", and S. Torba", "and A. B. Lee" ending a title
_LIST_END = re.compile(r"(?:,\s*and|\band|&)\s+(?:[A-Z]\.\s?-?){1,3}\s?[A-Z][\w'’\-]+\.?$")


# "... magnetic fields. arXiv:0704.0374, 2007": the venue run into the title after its stop
_ARXIV_IN_TITLE = re.compile(r"[.,;]\s+arXiv\s?:\s?(?:\d{4}\.\d{4,5}|[a-z\-]+/\d{7})", re.I)
_VOLUME_ISSUE = re.compile(r",\s*\d{1,4}\s?\(\d{1,3}\)")  # ", 7(11)": a journal's volume and issue


def _list_end_title(draft):
    """A record whose title cannot be a title as read: it ends as an author list ends (",
    and S. Torba": the names were cut and read as the title), its straight quotation marks
    do not pair (a title quoted inside the title was cut at its closing mark; curly ones are
    left alone, as a CV may print an opening one the font does not map), or it holds a
    volume and issue (", 7(11)": the venue run into it). A reject, not a record with a
    wrong title; so is one whose title holds an arXiv identifier after a stop (the venue run
    into it)."""
    if not isinstance(draft, Draft) or not draft.title:
        return draft
    title = draft.title
    if _LIST_END.search(title):
        return RecordError(0, "entry read with the end of its author list as its title", excerpt(draft.raw))
    if title.count('"') % 2:
        return RecordError(0, "entry read with a title cut at a quotation mark inside it", excerpt(draft.raw))
    if _VOLUME_ISSUE.search(title):
        return RecordError(0, "entry read with its venue's volume and issue in its title", excerpt(draft.raw))
    if _ARXIV_IN_TITLE.search(title):
        return RecordError(0, "entry read with its venue (an arXiv identifier) in its title", excerpt(draft.raw))
    return draft



# A part number opening what was read as the venue ("Part I. arXiv:0704.0123", "II. Comm.
# Math. Phys."): the title's last part, cut at the stop before it
_ABBREVIATED = re.compile(r"^(?:[A-Z][a-z]{0,6}\.\s?){2,}")  # "Comm. Math. Phys": a journal's abbreviated name
_PART_OPENING = re.compile(r"^(?P<part>(?:Part\s+)?(?:[IVX]{1,4}|\d{1,2}))\.\s+(?P<rest>\S.*)$")


def _part_number_back(draft):
    """A record whose venue opens with a part number ("Part I.", "II."): the number given
    back to the title ("Spaces. Part I") when the rest reads as a venue; else a reject (the
    title's last part was read as the venue, and the venue is not known)."""
    if not isinstance(draft, Draft) or not draft.venue:
        return draft
    m = _PART_OPENING.match(draft.venue)
    if not m:
        return draft
    rest = venue_name(m.group("rest"))
    if rest and (venue_like(rest) or parse_venue(rest).kind or _ABBREVIATED.match(rest)):
        return dataclasses.replace(draft, title=f"{draft.title}. {m.group('part')}", venue=rest)
    return RecordError(0, "entry read with its title's last part as its venue", excerpt(draft.raw))


# A title that ends in a part number ("Quantum Field Theory on Curved Backgrounds. II") and a
# venue that opens with a sentence before what reads as a venue ("Spacetime Symmetries.
# arXiv:0704.0123"): the series' title, its part number and the part's own title, cut at the
# stop after the number
_PART_ENDING = re.compile(r"\.\s(?:Part\s+)?(?:[IVX]{1,4}|\d{1,2})$")
_SUBTITLE_OPENING = re.compile(r"^(?P<sub>[^\W\d_][^.]*?[^\W\d_?!)])\.\s+(?P<rest>\S.*)$")
SUBTITLE_WORDS = 2  # a part's own title has this many words at least


def _part_title_back(draft):
    """A record whose title ends in a part number and whose venue opens with a sentence (of
    :data:`SUBTITLE_WORDS` words or more, no venue's) followed by a venue: that sentence given
    back to the title ("Backgrounds. II. Spacetime Symmetries"), the rest kept as the venue."""
    if not isinstance(draft, Draft) or not draft.venue or not draft.title or not _PART_ENDING.search(draft.title):
        return draft
    m = _SUBTITLE_OPENING.match(draft.venue)
    if not m or len(m.group("sub").split()) < SUBTITLE_WORDS or venue_like(m.group("sub")):
        return draft
    rest = venue_name(m.group("rest"))
    if rest and (venue_like(rest) or parse_venue(rest).kind or _ABBREVIATED.match(rest)):
        return dataclasses.replace(draft, title=f"{draft.title}. {m.group('sub')}", venue=rest)
    return draft


def _names_as_venue(draft, owner: str | None = None):
    """A record read without names whose venue is a list of names (:data:`VENUE_NAMES` or
    more given names and surnames, most of its parts): the author line was read as the
    venue, and the title may hold the list's first name; a reject, not a record with a
    wrong title. (A venue's own parts, "Germany, PhD thesis, Technische Universität Berlin",
    are not that many people's names.)"""
    if not isinstance(draft, Draft) or draft.authors or not draft.venue:
        return draft
    if owner and printed_in_full(owner, draft.venue):
        return RecordError(0, "entry read without its names, and the owner's name in its venue", excerpt(draft.raw))
    names, _ = split_author_list(draft.venue)
    people = sum(plausible_name(n) and len(n.split()) >= 2 for n in names)  # "Germany" alone is no person's
    if people >= VENUE_NAMES and 2 * people > len(names):
        return RecordError(0, "entry read without its names, and a list of names as its venue", excerpt(draft.raw))
    return draft


def _names_in_title(draft, owner: str | None):
    """A record whose names leave out the owner printed in its entry: where its venue is a
    list of names with the owner's, the two are swapped; where its title holds the owner's
    surname, the author line ran into the title ("Holloway, Kenji Hamaguchi, and ..." as the
    title, "T. Maren" as the names): a reject, not a record with a wrong title."""
    if not isinstance(draft, Draft) or not owner or not misses_owner(draft.authors, draft.raw, owner):
        return draft
    names, _ = split_author_list(draft.venue or "")
    if draft.authors and any(name_key(n) == name_key(owner) for n in names) \
            and all(plausible_name(n) for n in names):
        # the author line read as the venue and the venue as the names (a venue printed
        # beside the title, the names below it): the owner's name says which is which
        if _printed_before(draft.authors[0], draft.title, draft.raw):
            # what would become the venue stands before the title ("2007 - Part one - Part
            # two. Names."): the title was cut inside, not a venue misread
            return RecordError(0, "entry read with its names as the venue, and the title cut", excerpt(draft.raw))
        return dataclasses.replace(draft, authors=names, venue=", ".join(draft.authors))
    surname = owner.split()[-1]
    if not re.search(rf"\b{re.escape(surname)}\b", draft.title or "", re.I):  # "HOLLOWAY, Maren T." too
        return draft
    return RecordError(0, "entry read with the owner's name in its title and not among its names",
                       excerpt(draft.raw))


# a year printed as a sentence of its own between two others ("... Stephen B. Baines. 2019. Growth ..."):
# Chicago's author-date year after the names; a title holding one holds the names too
_YEAR_SENTENCE_INSIDE = re.compile(r"[a-z.]\.\s+(?:19|20)\d\d[a-z]?\.\s+[A-Z“\"‘]")


def _year_sentence_inside(title: str | None) -> bool:
    return bool(title and _YEAR_SENTENCE_INSIDE.search(title))


def set_as_title(title: str | None, md: str) -> bool:
    """Whether the text-CV rendering marks ``title`` as a run in the CV's title type (the
    rendering writes the run the whole document prints its titles in between ``*``)."""
    return bool(title) and bool(re.search(r"(?<!\w)\*{1,2}" + re.escape(title), md))


def _printed_before(part: str, title: str | None, raw: str | None) -> bool:
    """Whether ``part`` is printed before ``title`` in the entry's text."""
    flat = " ".join((raw or "").split())
    at, title_at = flat.find(" ".join(part.split())), flat.find(" ".join((title or "").split()))
    return 0 <= at < title_at


def misses_owner(authors: list[str], text: str, owner: str | None) -> bool:
    """Whether a reading's names leave out the CV's owner although the entry prints the
    owner's name in full: the names were misread ("Maren T." taken for "T. Maren", the
    rest run into the title)."""
    if not owner or not printed_in_full(owner, text):
        return False
    keys = owner_keys(owner)
    return not any(name_key(a) in keys for a in authors)


def owner_keys(owner: str) -> frozenset:
    """The keys the owner's name matches: as found, and, where it was found as printed surname
    first with its initials after ("Venturelli D.", "Holloway M.T.": the bold name of a
    European list), given first ("D. Venturelli"), the form the names readers give."""
    turned = _surname_initials_first(owner) or _surname_initials_first(owner + ".")
    return frozenset({name_key(owner)} | ({name_key(turned)} if turned else set()))


# "In:" or "In" after a sentence's end inside a venue: the venue's own lead, printed after a
# title's last part ("approximation. I. Theory. In: J. Opt."), not inside a venue's name.
_LEAD_INSIDE = re.compile(r"[.?!]\s+In:?\s+[A-Z]")


def _title_run_into_venue(got: Draft, styled: ParsedEntry) -> bool:
    """Whether a reading cut the title at a stop inside it and read the rest with the venue
    ("I. Theory. In: Venue" as the venue) where a citation style's reading holds that part in
    the title and the venue after "In:" on its own, with the same names."""
    return (bool(got.venue and _LEAD_INSIDE.search(got.venue)) and bool(styled.title and got.title)
            and len(styled.title) > len(got.title) and styled.title.startswith(got.title)
            and [name_key(a) for a in styled.authors] == [name_key(a) for a in got.authors])


def title_run_over_fields(title: str | None, styled: ParsedEntry) -> bool:
    """Whether a reading's title ran on over the fields a citation style's reading tells
    apart: it opens with that reading's title and holds, after it, its first author's
    surname and the first word of its venue ("Title / A. Lee // Venue" read as one title,
    where GOST's slashes part the title, the names and the venue)."""
    if not (title and styled.title and styled.venue and styled.authors) or len(title) <= len(styled.title):
        return False
    rest = title[len(styled.title):]
    return (title.startswith(styled.title) and styled.authors[0].split()[-1] in rest
            and styled.venue.split()[0] in rest)


def printed_in_full(owner: str, text: str) -> bool:
    """Whether ``text`` prints the owner's name in full, as written ("Maren T. Holloway") or
    inverted as most citation styles print a first or every author ("Holloway, Maren T.",
    "HOLLOWAY, Maren T." with the surname in capitals, as ABNT prints it)."""
    flat = re.sub(r"\s+", " ", text)
    given, _, surname = owner.rpartition(" ")
    return owner in flat or bool(given and (f"{surname}, {given}" in flat or f"{surname.upper()}, {given}" in flat))


def _cv_style(plain: str, lines: str, owner: str | None, year_hint: int | None) -> tuple[ParsedEntry, float] | None:
    """The entry's text (``plain``, or its printed ``lines``) read by the best-fitting of
    :data:`CV_STYLES` and "Names: Title. Venue" (:func:`parse_names_colon`, which needs the
    owner), with its quality; None when none reads it with names."""
    best, best_key = None, None
    readers = [*CV_STYLES, (lambda text: parse_names_colon(text, owner), False),
               (lambda text: parse_semicolon_full_names(text, owner), False)]
    for reader, by_lines in readers:
        e = reader(lines if by_lines else plain)
        if e is None or not e.authors or not all(plausible_name(a) for a in e.authors):
            continue
        q = quality(e.authors, e.title, e.venue, e.year or year_hint, owner)
        # of two readings as good, the one whose names hold the owner printed in the entry
        key = None if q is None else (q, not misses_owner(e.authors, plain, owner))
        if key is not None and (best_key is None or key > best_key):
            best, best_key = (e, q), key
    return best


# One name with its initials: "Hamaguchi K", "Lee AB", "K. Hamaguchi" (a title of capitalised
# words alone, "Dark Matter Halos", can be the owner's own paper's).
_ET_AL_END = re.compile(r"[\s,]*\bet\s+al\b\.?\s*$")
_INITIALLED_NAME = re.compile(r"[A-Z][\w'’\-]+\s[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3}[A-Z][\w'’\-]+")


def _names_misread(draft: Draft, owner: str | None) -> bool:
    """A reading with no authors whose title is one initialled name ("Hamaguchi K") or holds the owner's
    name: the names were printed, and misread as the title."""
    title = _ET_AL_END.sub("", draft.title or "")  # "T. Akaishi et al": a name list cut short
    if _INITIALLED_NAME.fullmatch(title.strip(" .,")):
        return True
    if not owner:
        return False
    surname = owner.split()[-1].casefold()
    return bool(re.search(rf"\b{re.escape(surname)}\b", title.casefold()))


def _names_run_on(first: Draft, authors: list[str], title: str) -> bool:
    """Whether the second reading found the first one's names and more, and a title that the
    first one read as names and title ("... Garmire, Richard McCray: Chandra" / "Observations
    of ..."): the first cut the list of names short, and its fields are the list's rest."""
    n = len(first.authors)
    return (0 < n < len(authors) and authors[:n] == first.authors
            and title in f"{first.title} {first.venue or ''}" and title not in (first.title or ""))


LONG_ENTRY = 1.5  # an entry this many times as long as the CV's median entry may be two run together
UNREAD_WORDS = 6  # this many words of an entry's text in a row, in none of its fields, are a part left unread
_WORD = re.compile(r"[^\W\d_]{3,}")


def unread_run(draft: Draft) -> tuple[int, str]:
    """(how many words, the text from its first to its last word) of the longest run of the
    entry's words (of three letters or more) that none of its fields holds: where an entry's
    cut was wrong, a neighbour's title or names."""
    covered = {w.casefold() for w in _WORD.findall(" ".join([draft.title or "", draft.venue or "",
                                                                *draft.authors, draft.owner or ""]))}
    raw = draft.raw or ""
    best: list = []
    run: list = []
    for m in _WORD.finditer(raw):
        if m.group().casefold() in covered:
            best, run = max(best, run, key=len), []
        else:
            run.append(m)
    best = max(best, run, key=len)
    return len(best), (raw[best[0].start():best[-1].end()] if best else "")


def _with_unread_text(drafts: list) -> list:
    """``drafts`` with a reject after each record that looks like two entries in one: its
    text much longer than the CV's usual entry (:data:`LONG_ENTRY`) and holding a long run
    of words its fields do not (:data:`UNREAD_WORDS`). An entry run into its neighbour's
    record must not vanish without a word, so the text left over is named, with the record
    kept. (A note under an entry, "Best Paper Award (... Track)", leaves words unread too,
    but does not double the entry's length.)"""
    lengths = sorted(len(d.raw) for d in drafts if isinstance(d, Draft) and d.raw)
    usual = lengths[len(lengths) // 2] if lengths else 0
    out = []
    for d in drafts:
        out.append(d)
        if isinstance(d, Draft) and usual and len(d.raw or "") >= LONG_ENTRY * usual:
            n, text = unread_run(d)
            if n >= UNREAD_WORDS:
                out.append(RecordError(0, "part of an entry's text was read into none of its fields "
                                          "(another entry run into it?)", excerpt(text)))
                continue
        quoted = list(_QUOTED_TITLE.finditer(d.raw or "")) if isinstance(d, Draft) and d.title else []
        # a quoted name that opens the record's venue is the venue's own (a chapter in “Book Title”
        # by its editor), no second entry's title; one further inside it may be (a next entry's
        # names and title run into the venue)
        other = next((q for q in quoted if d.title not in q.group(0) and not _opens_venue(q.group(0), d.venue)), None)
        if other and any(d.title in q.group(0) for q in quoted):
            out.append(RecordError(0, "the entry's text holds a second quoted title (another entry run "
                                      "into it?)", excerpt(d.raw[max(0, other.start() - 80):])))
    return out


def _opens_venue(quoted: str, venue: str | None) -> bool:
    """Whether a quoted span's words open the record's venue (quotation marks, case and
    punctuation aside)."""
    words = re.sub(r"\W+", " ", quoted).strip().casefold()
    return bool(venue) and bool(words) and re.sub(r"\W+", " ", venue).strip().casefold().startswith(words)


# a title in quotation marks, three words or more: an entry quotes its own title once, so a
# second one in its text is another entry's (a citation style that quotes titles)
_QUOTED_TITLE = re.compile(r"“(?:[^”\s]+\s+){2,}[^”]*”")


ASIDE_WORDS = 6  # rows set aside with fewer words are a note ("* a student"), not a possible entry
_A_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d(?![\d.]\d)")


def _set_aside(aside: list[PdfEntry], after: int) -> Iterator[RecordError]:
    """A reject for each run of a publication section's lines that no entry took and that
    could hold one (long enough, and a year printed in it, as nearly every entry prints
    one): read as a preamble or as text after the list, it may be an entry, and must not
    vanish without a word. A list's preamble ("32 peer-reviewed papers; * a student") prints
    counts, not years, or says what it is ("Summary (as of April 2026)")."""
    ordinal = after
    for entry in aside:
        text = " ".join(join_words(el.words) for el in entry.lines)
        if len(text.split()) >= ASIDE_WORDS and _A_YEAR.search(text) and not about_the_list(text):
            ordinal += 1
            yield RecordError(ordinal, f"not read as an entry: {entry.aside}", excerpt(text))


_WITH_COAUTHORS = re.compile(r"\(with\s+[A-Z]")  # "Title (with Ann Lee and Bo Chen)"
OWNER_IMPLIED_ENTRIES = 2  # entries that print their co-authors "(with ...)" that make a CV owner-implied
_NOT_A_TITLE = re.compile(r"\b(?:University|Universit[äéà]t?|Institute|Department|School|College|Faculty|"
                          r"Laboratory|Center|Centre|Conference|Workshop|Meeting|Seminar|Advisor|Supervisor)\b")


def _with_line_reading(entry: PdfEntry, draft, title_style: str | None, owner: str | None):
    """In a CV whose entries print their co-authors on a "with" line, the entry read so
    (:mod:`extractors.cv_pdf_coauthors`), where it reads so; else the reading it had."""
    got = read_with_line(entry, title_style, owner)
    return draft if got is None else got


_SENTENCE_STOP = re.compile(r"[^\W\d_]{2}[.?!]$")
TAIL_LETTERS = 3  # what follows a venue run at an entry's end: its volume and pages, no words


def _venue_in_title(entry: PdfEntry, draft, venue_style: str | None):
    """A record read with no venue whose title goes on, after a sentence's stop, into the
    entry's last run in the CV's venue type (italics), after which only numbers follow
    ("Title. *Probabilistic Machine Learning*, 628–632."): the title ends at the stop and the
    run is the venue. A run in that type inside a title (a species' name) has words after it."""
    if venue_style not in ("bold", "italic") or not isinstance(draft, Draft) or draft.venue or not draft.title:
        return draft
    tokens = tokens_of(entry)
    runs = _runs(tokens, venue_style)
    if not runs:
        return draft
    start, end = runs[-1]
    if start == 0 or len(_LETTERS.findall(_plain(tokens[end:]))) >= TAIL_LETTERS \
            or not _SENTENCE_STOP.search(tokens[start - 1].text):
        return draft
    venue = _plain(tokens[start:end]).strip(" ,.;:")
    at = draft.title.find(venue[:20])
    title = draft.title[:at].rstrip(" .") if at > 0 else ""
    if not venue or len(title.split()) < 3 or not draft.title[:at].rstrip().endswith((".", "?", "!")):
        return draft
    return dataclasses.replace(draft, title=title, venue=venue_name(venue) or venue)


def _nameless_reading(entry: PdfEntry, draft, style: str | None, owner: str | None):
    """An entry read without names (or not read): where it prints a plain title and then a
    run in ``style`` (the CV's venue style, else its title style: a journal's name in
    italics followed by its volume is taken for a title where no run names a venue), read
    as that title and venue
    (:func:`extractors.cv_pdf_coauthors.read_title_venue`)."""
    if isinstance(draft, Draft) and draft.authors:
        return draft
    got = read_title_venue(entry, style, owner)
    return draft if got is None else got


def title_alone(text: str) -> bool:
    """Whether an entry's whole text is one title and nothing else: one sentence of three to
    thirty words, no digits, not a list of names, no institution or meeting named."""
    text = " ".join(text.split()).rstrip(".")
    words = text.split()
    return (3 <= len(words) <= 30 and text[:1].isupper() and not re.search(r"\d", text)
            and sentence_break(text) is None and not name_list(text) and not _NOT_A_TITLE.search(text))


def _title_alone(entry: PdfEntry, plain: str, owner: str | None) -> Draft:
    """A title printed alone in a CV whose entries name their co-authors "(with ...)": the
    owner's paper written alone, a record with no other names."""
    title = " ".join(plain.split()).rstrip(".")
    return Draft(ordinal=0, source_record_id=entry.number, title=title, authors=[],
                 year=_label_year(entry.label) or entry.year_heading, venue=None,
                 record_type=record_type(entry.section_kind, ParsedEntry(title=title)), owner=owner, raw=plain,
                 **link_fields(entry.links))


_YEAR_END = re.compile(r"\(\s*(?:19|20)\d\d[a-z]?\)?$")  # "... and Bo Chen (2013)", "... (2013"


def _cut_in_year(draft):
    """A reading with no year whose title ends with a bracketed year ("..., and Bo Chen
    (2013)") took an author-date entry's names and year for its title: its fields were not
    told apart, so the entry is rejected rather than read wrong."""
    if isinstance(draft, Draft) and draft.title and draft.year is None and _YEAR_END.search(draft.title.rstrip()):
        return RecordError(draft.ordinal, "entry read with its year at its title's end and none of its own: its "
                           "names and title not told apart", excerpt(draft.raw or draft.title))
    return draft


_MARKUP = ("**", "__", "*")
_TRAILING_SEPARATOR = re.compile(r"\s+[|•·]\s*$")  # "Title |" where "| Venue" went on the next line


def _drop_markup(draft: Draft) -> None:
    """Emphasis marks the text-CV rendering wrote (``*``, ``**``, ``__``) and the page did not
    print, taken out of the title and venue: an italic symbol inside an italic title
    ("*γ*-ray") must not come out as "γ*-ray*". A star the page prints ("Sagittarius A*")
    stays."""
    for name in ("title", "venue"):
        value = getattr(draft, name)
        if not value:
            continue
        if "*" in value and "∗" in (draft.raw or "") and value.replace("*", "∗") in draft.raw:
            value = value.replace("*", "∗")  # the page's own star ("D∗+"), written as "*" by a reader
        for mark in _MARKUP:
            if mark in value and mark not in (draft.raw or ""):
                value = " ".join(value.replace(mark, "").split())
        setattr(draft, name, value)
    if draft.title:  # a bar or bullet parting two fields is no word of the title before it
        draft.title = _TRAILING_SEPARATOR.sub("", draft.title)


_CLOSING_YEAR = re.compile(r"(?:,\s*|\(\s*)((?:19|20)\d\d)[a-z]?\)?\.?$")  # "..., Studies, 2021" / "12 (2021)." ending a line
_NOTE_START = re.compile(r"^[A-Z][a-z]+\s+[a-z]")  # "Cited in ...", "Featured by ...": a sentence, not a venue's name


# a dash and a space opening the venue ("Title (with Ann Lee) - Commutative Algebra, 2013"): the
# separator the entry printed between title and venue, no word of the venue's
_DASH_BEFORE = re.compile(r"^[-–—]\s+")
# square brackets glued to the word before them, closing within a short span ("... forms in
# K[x, y, z]"): notation in the title, where a note after a title is set apart by a space
# (a lower-case letter or a digit inside: "[J]", "[EB/OL]" glued to a GB/T 7714 title are its type codes)
_GLUED_BRACKETS = re.compile(r"^\[(?=[^\[\]]*[a-z0-9])[^\[\]\s][^\[\]]{0,38}\]")


# a course named after lecture notes' title ("graduate topics course at Quiet University"): where
# the notes were taught, not where they were published
_COURSE = re.compile(r"^(?:(?:graduate|undergraduate|advanced|special|topics|lecture|summer|winter|mini-?)\s+)*"
                     r"course(?=\s+(?:at|in|on|for|taught|given)\b|\s*[,.;(]|$)", re.IGNORECASE)  # not "Course Studies"


def _printed_apart(draft: Draft) -> None:
    """Two fields cut where the page does not part them: a venue that opens with the dash the
    entry printed before it loses the dash (and a course's name is no venue); a title that
    stops at a word followed, with no space, by a bracketed span in the entry's text takes the
    brackets back (a reader took them for a note set after the title)."""
    if draft.venue and _DASH_BEFORE.match(draft.venue):
        draft.venue = _DASH_BEFORE.sub("", draft.venue) or None
    if draft.venue and _COURSE.match(draft.venue):
        draft.venue = None  # "Random matrices, graduate topics course at X": notes of a course, no venue
    if draft.title and draft.raw and draft.title[-1:].isalnum():
        at = draft.raw.find(draft.title)
        glued = _GLUED_BRACKETS.match(draft.raw[at + len(draft.title):]) if at != -1 else None
        if glued:
            draft.title += glued.group(0)


# a piece of a formula between commas ("Λπ+", "Ξ0η′", "K0S"): no two Latin letters running, a
# Greek letter or a sign of a formula in it; no venue's name opens so
_FORMULA_PIECE = re.compile(r"(?!.*[A-Za-z]{2})(?=.*[\u0370-\u03ff+−→′])\S{1,12}")


# A dash standing alone at a title's end ("Title -" / "A.P., 2025"): the separator between the
# title and the next field, printed in the title's type, not a part of the title.
_END_DASH = re.compile(r"\s+[-–—]$")


def _title_without_end_dash(draft: Draft) -> None:
    if draft.title and _END_DASH.search(draft.title):
        draft.title = _END_DASH.sub("", draft.title)


# The Bluebook's order, "Title, 3 VENUE 1 (2021)": the volume before the journal's name, the
# first page after it, the year in brackets. A venue read as "3 VENUE 1" (or "3 VENUE", the page
# on the next line) where the entry prints the year in brackets after it is the name alone; a
# number that is a year ("2021 IEEE Conference ...") opens a venue's own name and stays.
_NUMBERS_ABOUT = re.compile(r"^(?P<volume>\d{1,4})\s+(?P<name>(?!(?:19|20)\d\d\b)[^\W\d_].*?)"
                            r"(?:\s+(?P<page>\d{1,5}))?$")


def _venue_between_numbers(draft: Draft) -> None:
    m = _NUMBERS_ABOUT.match(draft.venue or "")
    if not m or _A_YEAR.fullmatch(m.group("volume")) or not draft.raw:
        return
    flat = re.sub(r"\s+", " ", draft.raw)
    printed = re.compile(re.escape(f"{m.group('volume')} {m.group('name')}").replace(r"\ ", r"\s?[.,]?\s")
                         + r"\s\d{1,5}\s\((?:19|20)\d\d\)")
    if printed.search(flat):
        draft.venue = m.group("name").strip(" ,.")


# A bracketed note of an unpublished work's kind after its title, "*Title* (Working Paper,
# 2021), arXiv:2101.01234." (the Bluebook's, and economists' "(Discussion Paper No. 12)",
# "(unpublished manuscript)"): the work's kind, no venue; the venue is what the entry prints
# after it, if anything, and the note's year is the work's when none was read.
_KIND_NOTE = re.compile(r"\((?P<kind>(?:working|discussion|unpublished|draft|manuscript|preprint)\b[^()]*)\)"
                        r"[,.]?\s*(?P<after>[^()]*?)[.\s]*$", re.I)


def _venue_after_kind_note(draft: Draft) -> None:
    if not (draft.venue and draft.venue.startswith("(") and draft.raw):
        return
    flat = re.sub(r"\s+", " ", draft.raw)
    at = flat.find(draft.title or "\0")
    m = _KIND_NOTE.search(flat, at + len(draft.title)) if at != -1 else None
    read = draft.venue.strip("()").split(",")[0].strip()  # "(Working Paper": the note's opening
    if m is None or not read or not m.group("kind").startswith(read):
        return
    draft.venue = m.group("after").strip(" ,.") or None
    if draft.year is None:
        years = _A_YEAR.findall(m.group("kind"))
        draft.year = int(years[0]) if years else None


_KIND_NOTE_OPENING = re.compile(r"^\((?:working|discussion|unpublished|draft|manuscript|preprint)\b[^()]*\)[,.]?\s+"
                                r"(?P<rest>\S.*)$", re.I)


def _venue_after_opening_kind_note(draft: Draft) -> None:
    """A venue that opens with a bracketed note of an unpublished work's kind, the note closed
    and text after it ("(Preprint). arXiv:2101.01234", as the Lattes platform prints a
    preprint): the venue is that text."""
    m = _KIND_NOTE_OPENING.match(draft.venue or "")
    if m:
        draft.venue = m.group("rest").strip(" ,.") or None


# The astronomers' form (the AAS journals', as NASA ADS exports a list): the year bare after
# the names, then the title and the venue parted by commas, "Lee, A., & Chen, B. 2021, “Title,”
# Venue, 3, 45". Read as "Names. Title", the title opens with that year.
_YEAR_OPENING = re.compile(r"^(?P<year>(?:19|20)\d\d)[a-z]?[,.]\s+(?P<rest>\S.*)$")
_QUOTED_OPENING = re.compile(r"^[“\"](?P<title>[^“”\"]{3,}?)[,.]?[”\"][,.]?\s*(?P<rest>.*)$")
_NUMBERS_PIECE = re.compile(r"^(?:\d{1,5}(?:[-–]\d{1,5})?|[A-Z]?\d{1,6}|L\d{1,5}|pp?\.\s?\d.*)$")


def _weaker(draft: Draft, other: Draft | None) -> bool:
    """Whether ``other`` reads an entry better than ``draft`` did: ``draft`` found no names or
    no year, or its title runs on past ``other``'s (the names read into it)."""
    if other is None:
        return False
    title = draft.title or ""
    return (not draft.authors or draft.year is None
            or (other.title is not None and title != other.title and title.startswith(other.title)))


def _year_opening_title(draft: Draft) -> None:
    """A title that opens with a bare year and a comma or stop ("2021, “Title,” Venue, 3,
    45"): the year is the entry's, the title is the quoted span after it (or, unquoted, the
    comma-parted pieces before the last one that is not a number), the venue what follows, its
    volume and pages left out ("in Venue, 45": the proceedings' name)."""
    m = _YEAR_OPENING.match(draft.title or "")
    if m is None or (draft.year is not None and draft.year != int(m.group("year"))):
        return
    rest = m.group("rest")
    if draft.venue:
        flat = " ".join((draft.raw or "").split())
        at = flat.find(rest[:40])
        rest = flat[at:] if at != -1 else f"{rest}. {draft.venue}"
    quoted = _QUOTED_OPENING.match(rest)
    if quoted:
        title, venue = quoted.group("title"), quoted.group("rest")
    else:
        pieces = rest.rstrip(" .").split(", ")
        while len(pieces) > 2 and _NUMBERS_PIECE.match(pieces[-1]):
            pieces.pop()
        if len(pieces) < 2:
            return
        title, venue = ", ".join(pieces[:-1]), pieces[-1]
    title = title.strip(" ,.")
    if len(title.split()) < 2:
        return
    draft.year, draft.title = int(m.group("year")), title
    venue = venue.strip(" ,.")
    venue = re.sub(r"^in\s+", "", venue)
    draft.venue = venue_name(venue) or venue.split(", ")[0] or None


# "Book Chapter · Venue (Part I, p. 15-55) · 2024": a work's kind, its venue and its year on one
# line parted by middle dots (a word processor's CV template under a quoted title)
_WORK_KINDS = (r"(?:(?:book|edited\s+book|journal|conference|workshop|research)\s+)?(?:chapter|book|article|paper)"
               r"|(?:technical\s+|policy\s+|research\s+)?report|policy\s+brief|working\s+paper|preprint"
               r"|(?:master'?s|master’s|ph\.?\s?d\.?|doctoral|bachelor'?s|bachelor’s|honou?rs)?\s*(?:thesis|dissertation)"
               r"|op-?ed|editorial|commentary|book\s+review|review|blog\s+post|dataset|software")
_KIND_DOTTED = re.compile(rf"(?:^|(?<=[.\"”’'?!]))\s*(?:{_WORK_KINDS})\s*·\s*(?P<venue>[^·]+?)\s*·\s*"
                          r"(?P<year>(?:19|20)\d\d)\b", re.I)
_KIND_ALONE = re.compile(rf"^(?:{_WORK_KINDS})(?:\s*·.*)?$", re.I)


def _venue_after_dotted_kind(draft):
    """A "Kind · Venue · Year" line after the title (a work's kind, its venue and its year
    parted by middle dots): the venue is the middle part; the kind, read as the venue or its
    opening, is a note on the work. (A reject passes through.)"""
    if not isinstance(draft, Draft) or not (draft.raw and draft.title) \
            or (draft.venue and not _KIND_ALONE.match(draft.venue)):
        return draft
    flat = re.sub(r"\s+", " ", draft.raw)
    at = flat.find(draft.title)
    m = _KIND_DOTTED.search(flat, at + len(draft.title)) if at != -1 else None
    if m is not None:
        draft.venue = m.group("venue").strip(" ,.") or None
        draft.year = draft.year or int(m.group("year"))
    return draft


# the sentence naming a reviewed book's authors ("by C. O. Lee and S. M. Chen, illustrated by
# C. O. Lee."): a stop after a word of two letters or more ends it, never an initial's
_BY_LINE = re.compile(r"^by\s+(?:[^.]|(?<=\b[A-Z])\.)+?(?<![\s.][A-Z])(?<!^[A-Z])\.\s+(?=[A-Z])")


def _venue_after_by_line(draft: Draft) -> None:
    """A venue opening with "by" and the names of a reviewed book's authors (the title "Review
    of Book Title", then "by A. Lee and B. Chen. Journal 96(1)"): the venue is the sentence
    after the names."""
    m = _BY_LINE.match(draft.venue or "")
    if m and draft.venue[m.end():].strip():
        draft.venue = draft.venue[m.end():].strip()


def _title_runs_on(draft: Draft) -> None:
    """A title cut at a comma inside itself: where the title leaves a bracket open ("... in
    Υ(1S" / "2S) inclusive decays, Phys. Rev. Lett.") or the venue opens with pieces of a
    formula listed after the title's last one ("... decays Ξc+ → pKS0" / "Λπ+, Σ0π+, J. High
    Energy Phys."), the pieces up to the bracket's close or the formula's end are the title's
    (a field does not end inside an open bracket; a venue's name is words)."""
    if not (draft.title and draft.venue and draft.raw):
        return
    title, pieces = draft.title, draft.venue.split(", ")
    while len(pieces) >= 2 and (title.count("(") > title.count(")") or _FORMULA_PIECE.fullmatch(pieces[0])):
        title = f"{title}, {pieces.pop(0)}"
    if title != draft.title and title.count("(") <= title.count(")") and f"{title}," in draft.raw:
        draft.title, draft.venue = title, ", ".join(pieces)


def _year_before_note(entry: PdfEntry, draft):
    """The year that closes the citation's last line, where the lines after it are a note
    printing a year of its own ("..., Review of Things, 2021" then "Cited in the Report of
    2016"): the citation's year is the one its own line closes, not the note's."""
    if not isinstance(draft, Draft) or draft.year is None or len(entry.lines) < 2:
        return draft
    texts = [join_words(el.words) for el in entry.lines]
    for k in range(len(texts) - 1, 0, -1):
        closing = _CLOSING_YEAR.search(texts[k - 1])
        if closing is None:
            continue
        after = " ".join(texts[k:])
        if (int(closing.group(1)) != draft.year and str(draft.year) in after
                and str(draft.year) not in " ".join(texts[:k]) and _NOTE_START.match(after)
                and "," not in after):
            draft.year = int(closing.group(1))
        break
    return draft


def _unfinished(entry: PdfEntry, nxt: PdfEntry) -> bool:
    """Whether ``entry``'s last line stops mid-sentence (after a comma, "and", "&", or a given
    name and a bare initial that want their surname: "..., Bob Week & Marcelo A"), or the
    next page's or column's first line goes on with a lower-case word ("and Ewine van
    Dishoeck."): the entry runs on over the break."""
    last = join_words(entry.lines[-1].words).rstrip() if entry.lines else ""
    first = nxt.lines[0].words[0].text if nxt.lines and nxt.lines[0].words else ""
    names = re.split(r"(?<=[.?!])\s+", last)[-1]
    lower = first[:1].islower() and not particle_name_start(join_words(nxt.lines[0].words))
    return (last.endswith((",", ";", "&")) or bool(re.search(r"\band$", last)) or lower
            or (initial_without_surname(names) and name_list(names)))


_STATUS_PRINTED = re.compile(r"\b(?:to\s+appear|forthcoming|in\s+press|submitted|accepted|under\s+review|"
                             r"in\s+preparation)\b", re.I)  # where an entry stands, printed for its missing year
# a status printed before the venue's name of a paper accepted there ("In press at Ecology",
# "Accepted in Oikos", "Forthcoming in", "To appear in"): no word of the venue (a journal a
# paper is only submitted to is no venue: "Submitted to X" is left to the status readers)
_ACCEPTED_LEAD = re.compile(r"^(?:[Ii]n\s+press|[Aa]ccepted(?:\s+for\s+publication)?|[Ff]orthcoming|[Tt]o\s+appear)\s+"
                            r"(?:at|in|with|by)\s+(?=[A-Z0-9])")  # (a name follows: "Accepted in principle" is none)
_LEADING_YEAR = re.compile(r"^(?:19|20)\d\d[a-z]?[:.]$")  # "2022:", "2019." opening an entry's first line
LEADING_YEAR_SHARE = 0.5  # this share of a CV's entries (and two at least) opening with a year makes it a label


def _leading_years(entries: list[PdfEntry]) -> list[PdfEntry]:
    """Entries whose text opens with the year and a colon or stop ("2022: Title, *Venue*"),
    in a CV where most entries do: the year taken out of the text into the entry's label,
    where a year printed in a margin column goes (a word in the text, it would be read as
    the title's first word). A year opening a single entry stays in its text."""
    def opens(e: PdfEntry) -> bool:
        return not e.label and bool(e.lines) and len(e.lines[0].words) > 1 \
            and bool(_LEADING_YEAR.match(e.lines[0].words[0].text))
    hits = sum(opens(e) for e in entries)
    if hits < 2 or hits < LEADING_YEAR_SHARE * len(entries):
        return entries
    out = []
    for e in entries:
        if opens(e):
            first = e.lines[0]
            e = dataclasses.replace(e, label=first.words[0].text.rstrip(":."),
                                    lines=[EntryLine(first.line, first.words[1:]), *e.lines[1:]])
        out.append(e)
    return out


_GROUP_LABEL = re.compile(r"^((?:19|20)\d\d)\s+(\d{1,3})$")  # "2023 35": a year group's first entry and its number
_NUMBER_LABEL = re.compile(r"^\d{1,3}$")  # "34": the next entries of that year, numbered only
_BARE_YEAR_LABEL = re.compile(r"^(?:19|20)\d\d$")
YEAR_GROUP_LABELS = 2  # year groups a list prints (labels "2023 35") before its bare numbers count as in a group


def _year_group_labels(entries: list[PdfEntry]) -> list[PdfEntry]:
    """A numbered list whose margin prints each year once, beside the first entry of that year
    ("2023 35", then "34", "33", then "2022 31"): each entry whose label is a number alone is
    listed under the year above it (its ``year_heading``, the year an entry that prints none of
    its own takes). Where a year's label stands alone and the entry's text opens with the number
    that goes on counting from the label above ("2010" beside "1 The Weak ..." after "2"), the
    number is the label's, not the title's first word. Applies when the list prints at least
    :data:`YEAR_GROUP_LABELS` such year-and-number labels and numbers alone under them."""
    labels = [(e.label or "").strip() for e in entries]
    grouped = sum(bool(_GROUP_LABEL.match(t)) for t in labels)
    numbered = sum(bool(_NUMBER_LABEL.match(t)) for t in labels)
    if grouped < YEAR_GROUP_LABELS or not numbered:
        return entries
    out: list[PdfEntry] = []
    year: int | None = None
    number: int | None = None
    for e, label in zip(entries, labels):
        group = _GROUP_LABEL.match(label)
        if group:
            year, number = int(group.group(1)), int(group.group(2))
        elif _NUMBER_LABEL.match(label):
            number = int(label)
            if year is not None and e.year_heading is None:
                e = dataclasses.replace(e, year_heading=year)
        elif _BARE_YEAR_LABEL.match(label) and number is not None and e.lines and len(e.lines[0].words) > 1 \
                and e.lines[0].words[0].text.isdigit() and abs(int(e.lines[0].words[0].text) - number) == 1:
            first = e.lines[0]
            number = int(first.words[0].text)
            year = int(label)
            e = dataclasses.replace(e, label=f"{label} {number}",
                                    lines=[EntryLine(first.line, first.words[1:]), *e.lines[1:]])
        else:
            year = number = None  # another kind of label: the groups end
        out.append(e)
    return out


# A citation's own date is the year it prints in brackets ("Compositio Math. 161 (2025), no. 8,
# 1855–1922"); a four-digit number that ends or opens a page range ("1855–1922", "1996-2010"), or
# that stands in a square-bracketed note after the citation ("[Includes correction: Commun. Math.
# Phys. 371, 353–355 (2019).]"), is a page or the note's date.
_NUMBER_RANGE = re.compile(r"\d+\s*[-–—]\s*\d+")
_BRACKETED_NOTE = re.compile(r"\[[^\[\]]*\]")
_BRACKETED_YEAR = re.compile(r"\(\s*((?:19|20)\d\d)[a-z]?\s*\)")
_VOLUME_AFTER = re.compile(r"(?<=[A-Za-z.])\s+\d{1,4}$")  # "Compositio Math. 161" before "(2025)": its volume


def _printed_date(draft):
    """A reading whose year is printed only as a page range's end or inside a bracketed note,
    where the citation prints exactly one year in round brackets outside such notes: that
    year, and the venue read up to it."""
    if not isinstance(draft, Draft) or draft.year is None or not draft.raw:
        return draft
    raw = draft.raw
    outside = _BRACKETED_NOTE.sub(" ", raw)
    dated = {int(y) for y in _BRACKETED_YEAR.findall(outside)}
    if len(dated) != 1 or draft.year in dated:
        return draft
    spans = [m.span() for m in re.finditer(rf"(?<!\d){draft.year}(?!\d)", raw)]
    apart = [m.span() for m in _NUMBER_RANGE.finditer(raw)] + [m.span() for m in _BRACKETED_NOTE.finditer(raw)]
    if not spans or not all(any(a <= s and e <= b for a, b in apart) for s, e in spans):
        return draft
    draft.year = dated.pop()
    if draft.venue:
        cut = _BRACKETED_YEAR.search(draft.venue)
        if cut and int(cut.group(1)) == draft.year:
            draft.venue = _VOLUME_AFTER.sub("", _venue_name(draft.venue[:cut.start()])) or draft.venue
    return draft


# how many authors a list cut short has, in brackets after it ("A. Lee, B. Chen, et al. (44
# authors incl. C. Roe)"): a note on the names, no field's words (the record keeps the count)
# a repository's usage counts in brackets after an entry ("(1755 views, 2449 downloads, 1
# citation)"): a note on the work, no field of it
_USAGE = r"\d[\d,]*\s+(?:views?|downloads?|citations?|reads?|stars?|forks?)"
_USAGE_NOTE = re.compile(rf"\s*\(\s*{_USAGE}(?:\s*[,;]\s*{_USAGE})*\s*\)", re.I)
_COUNT_NOTE = re.compile(r"(?<=\bal\.)\s*\(\s*(\d{1,5})\s+(?:co-?)?authors?\b[^()]{0,80}\)", re.IGNORECASE)


# the owner's place among the names and their number, a sentence of its own after the names
# ("Ann Lee; Maren T. Holloway; Bo Chen. (2/3). 2021. Title.": the Spanish CVN's and other
# national evaluation forms' "signing position"): a note on the names, no field's words (the
# record keeps the count); only a place within the count (1 <= k <= n) is one
_POSITION_NOTE = re.compile(r"(?<=\.)\s+\(\s*(\d{1,3})\s*/\s*(\d{1,4})\s*\)\.(?=\s)")


def _position_note(m: re.Match) -> str:
    return "" if 1 <= int(m.group(1)) <= int(m.group(2)) else m.group(0)


# an identifier in angle brackets, as open archives' exports print them (HAL: "‹10.1234/x›.
# ‹hal-01234567›", with "⟨ ⟩" or "‹ ›"): the brackets are no part of it; the archive's own
# handle in them ("hal-01234567", "tel-01234567v2", "halshs-0123456") is a note on where the
# record is kept, no field of the citation (a DOI, an arXiv identifier, a web address stay)
_ANGLED = re.compile(r"[‹⟨〈]\s*([^\s‹›⟨⟩〈〉]{3,200})\s*[›⟩〉]")
_ARCHIVE_HANDLE = re.compile(r"[a-z]{2,12}-\d{6,9}(?:v\d{1,2})?")
_HANDLE_NOTE = re.compile(r"[.,;]?\s*(?=\x00)\x00[^\x00]*\x00")


def _angled(m: re.Match) -> str:
    inner = m.group(1)
    return f"\x00{inner}\x00" if _ARCHIVE_HANDLE.fullmatch(inner) else inner


def without_count_notes(text: str) -> str:
    """``text`` without the notes on its names' number ("et al. (44 authors)", "(2/3)"), the
    angle brackets around its identifiers and an archive's handle in them."""
    text = _POSITION_NOTE.sub(_position_note, _COUNT_NOTE.sub("", _USAGE_NOTE.sub("", text)))
    if "‹" in text or "⟨" in text or "〈" in text:
        text = _HANDLE_NOTE.sub("", _ANGLED.sub(_angled, text))
    return without_biblatex_notes(text)  # "en. In:", "issn: 2072-1315"


def _author_count(text: str) -> int | None:
    m = _COUNT_NOTE.search(text)
    if m:
        return int(m.group(1))
    m = _POSITION_NOTE.search(text)
    return int(m.group(2)) if m and _position_note(m) == "" else None


def _lower_case_start(entry: PdfEntry) -> bool:
    """Whether the entry's text opens with a lower-case word: a sentence going on from the
    entry before it, which a blank gap cut ("... in the shielded" / "superconducting core
    of ..."); no entry opens so (names, titles and venues are capitalised), but for a name
    printed surname first whose surname opens with a particle ("von Fintel, K. and ...":
    :func:`particle_name_start`)."""
    first = entry.lines[0].words[0].text if entry.lines and entry.lines[0].words else ""
    return (first[:1].islower() and not entry.label and not entry.number
            and not particle_name_start(join_words(entry.lines[0].words)))


# A name printed surname first whose surname opens with lower-case particles ("von Fintel, K.",
# "van der Berg, Ann", "de Haro, M. L."): the particles, one capitalised word, a comma, then a
# capital (an initial or a given name). A sentence going on over a break may open with a
# particle too ("van der Waals forces ..."), but not with a particle, one capitalised word and a
# comma before a capital.
_PARTICLE_NAME = re.compile(r"^(?:(?:" + "|".join(sorted(_PARTICLES)) + r")\s+){1,2}[A-ZÀ-ÖØ-Þ][\w'’\-]+,\s+[A-ZÀ-ÖØ-Þ]")


def particle_name_start(text: str) -> bool:
    """Whether ``text`` opens with a name printed surname first whose surname opens with a
    lower-case particle ("von Fintel, K. and Pasternak, R. (2025)"): an entry's first name, not
    a sentence going on from the entry before (:func:`_lower_case_start`, :func:`_unfinished`)."""
    return bool(_PARTICLE_NAME.match(text))


# A date column's numeric month and year, "09/18" or "09/2018" (the last of a span "09/14-06/15"):
# the year's two digits are 20YY up to TWO_DIGIT_PIVOT, 19YY after it (a CV's dates reach back
# to the owner's studies, decades, never a century)
_MONTH_YEAR = re.compile(r"(?<![\d/.])(?:0?[1-9]|1[0-2])[/.](\d\d|(?:19|20)\d\d)(?![\d/.])")
TWO_DIGIT_PIVOT = 40


def _label_year(label: str | None) -> int | None:
    """The year a margin label prints ("2025", "EPJC 2025", "09/18")."""
    years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", label or "")
    if years:
        return int(years[-1])
    dates = _MONTH_YEAR.findall(label or "")
    if not dates:
        return None
    year = int(dates[-1])
    return year if year >= 100 else 2000 + year if year <= TWO_DIGIT_PIVOT else 1900 + year


def header_name(lines: list[Line]) -> str | None:
    """The name printed largest near the top of the first page."""
    if not lines:
        return None
    height = max(ln.bottom for ln in lines)
    candidates = [ln for ln in lines if ln.top < 0.35 * height]
    for ln in sorted(candidates, key=lambda ln: (-max(w.size for w in ln.words), ln.top)):
        biggest = max(w.size for w in ln.words)
        kept: list = []
        for w in ln.words:  # the largest words, and the small capitals glued to them ("D" + "AN")
            if w.size >= biggest - 0.5 or (kept and kept[-1] is not None and not w.space_before):
                kept.append(w)
            else:
                kept.append(None)
        text = _DEGREE_AFTER.sub("", " ".join(join_words([w for w in kept if w is not None]).split()))
        if _NAME.match(text) and not _NOT_A_NAME.search(text):
            return text.title() if text.isupper() else text
    return None


def _as_in_entries(owner: str, drafts: list[Draft]) -> str:
    """The owner's name as the author lists print it (``LU YIN`` -> ``Lu Yin``)."""
    key = name_key(owner)
    for d in drafts:
        for a in d.authors:
            if name_key(a) == key:
                return a
    return owner


def _why_empty(stats: PdfStats, reader: SectionReader) -> str:
    if stats.pages == 0:
        return "the PDF has no pages"
    if stats.failed_pages and len(stats.failed_pages) >= stats.pages:
        return f"not a readable PDF: none of its {stats.pages} page(s) could be parsed (corrupt or truncated)"
    if stats.chars == 0:
        if stats.images:
            return (f"no text layer: the {stats.pages} page(s) are images only (a scanned PDF?); "
                    "it needs OCR before its publications can be read")
        return f"no text in the PDF ({stats.pages} page(s) without text)"
    if not reader.saw_pub_heading:
        return "no publication list found: no section heading names publications or papers (not a CV?)"
    return "a publication section was found, but no entries in it could be told apart"
