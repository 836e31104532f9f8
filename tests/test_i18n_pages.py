"""Publication pages in other languages (issue #21, pages never seen; wt-i18n, 2026-12-07).

A probe found that an HTML or markdown publication page headed in German ("Veröffentlichungen",
names joined by "und") gave nothing: the page readers knew only English section names, and
the CV entry reader split names at "and" alone. The CV readers already had one table of the
section words of French, German, Spanish, Italian and Portuguese CVs
(``cv_entries.SECTION_WORDS_OTHER_LANGUAGES``, moved there from ``cv_pdf_layout``) and one of
the words that join the last two names (``author_lists.LAST_NAME_JOINERS``); the page readers
and the CV entry reader now read both.

The probe pages below are hand-written (invented names, titles and venues), one per
language and format, each with three entry shapes: full names joined by the language's
"and", inverted names with initials and an APA-style year ("Holm, G. y Weber, J. (2018)."),
and initials with a colon before the title ("G. Holm und M. Falk: Title. In: ..."). On main
at 8fd95e9 every one of them gives no record except French (whose heading "Publications"
is English too, so the French probe is headed "Travaux publiés"); after this branch all ten
read exactly. The whole file on main (the table's function taken from cv_pdf_layout's
``classify_heading``): 17 of 24 tests fail; the 7 that pass are guards (talks and news pages
give no record; an English list's topic heading "Pattern formation" divides it).

Left alone: a Vancouver list joined by a conjunction ("Holm G, Weber J and Falk M. Title.
Venue. 2016;9:22-30") is misread in English as well (names taken for the title), so it is
no question of language and is not probed here.
"""

from __future__ import annotations

import pytest

from extractors.author_lists import split_author_list
from extractors.cv_entries import other_language_heading, parse_entry
from extractors.html_publications import HtmlPublicationsExtractor
from extractors.markdown_page import _is_pub_heading
from scholarlake.extraction import extract_document

from .conftest import make_doc

# language: (a publication list's heading, the word joining the last two names, three titles)
LANGUAGES = {
    "German": ("Veröffentlichungen", "und", (
        "Küstennebel über drei Jahrzehnte an der Nordsee",
        "Windscherung über flachen Barriereinseln",
        "Rückgang der Salzwiesen aus Drohnenbildern gemessen")),
    "French": ("Travaux publiés", "et", (
        "Brouillard côtier sur trois décennies en Bretagne",
        "Cisaillement du vent sur les îles basses",
        "Recul des prés salés mesuré par drone")),
    "Spanish": ("Publicaciones", "y", (
        "Niebla costera durante tres décadas en Galicia",
        "Cizalladura del viento sobre islas barrera bajas",
        "Retroceso de marismas medido con imágenes de dron")),
    "Italian": ("Pubblicazioni", "e", (
        "Nebbia costiera in tre decenni sul delta del Po",
        "Taglio del vento sulle isole barriera basse",
        "Arretramento delle barene misurato da drone")),
    "Portuguese": ("Publicações", "e", (
        "Nevoeiro costeiro ao longo de três décadas no Algarve",
        "Cisalhamento do vento sobre ilhas barreira baixas",
        "Recuo de sapais medido com imagens de drone")),
}


def _entries(conj: str, titles: tuple[str, str, str]) -> tuple[list[str], list[tuple]]:
    lines = [
        f"Greta Holm, Jonas Weber {conj} Mira Falk. {titles[0]}. Atmospheric Notes 12, 2020.",
        f"Holm, G. {conj} Weber, J. (2018). {titles[1]}. Journal of Shore Studies, 4(2), 11-19.",
        f"G. Holm {conj} M. Falk: {titles[2]}. In: Proceedings of the Wadden Workshop, 2017.",
    ]
    truth = [
        (titles[0], ["Greta Holm", "Jonas Weber", "Mira Falk"], 2020, "Atmospheric Notes"),
        (titles[1], ["G. Holm", "J. Weber"], 2018, "Journal of Shore Studies"),
        (titles[2], ["G. Holm", "M. Falk"], 2017, "Proceedings of the Wadden Workshop"),
    ]
    return lines, truth


def _html(heading: str, lines: list[str]) -> str:
    items = "".join(f"<li>{line}</li>" for line in lines)
    return (f"<html><head><title>Greta Holm</title></head><body><h1>Greta Holm</h1><p>Küste und Klima.</p>"
            f"<h2>{heading}</h2><ol>{items}</ol><h2>Kontakt</h2><p>holm@example.org</p></body></html>")


def _markdown(heading: str, lines: list[str]) -> str:
    return "# Greta Holm\n\nKüste und Klima.\n\n## " + heading + "\n\n" + "\n".join(
        f"{k}. {line}" for k, line in enumerate(lines, 1)) + "\n\n## Kontakt\n\nholm@example.org\n"


def _read(page: str, uri: str):
    kind, records, rejects = extract_document(make_doc(page.encode(), uri))
    return kind, [(r["title"], r["authors"], r["year"], r["venue"]) for r in records], rejects


@pytest.mark.parametrize("fmt", ["html", "markdown"])
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_a_publication_list_headed_in_another_language_is_read(language, fmt):
    heading, conj, titles = LANGUAGES[language]
    lines, truth = _entries(conj, titles)
    if fmt == "html":
        kind, got, rejects = _read(_html(heading, lines), "https://example.org/holm/index.html")
        assert kind == "html_publications"
    else:
        kind, got, rejects = _read(_markdown(heading, lines), "https://example.org/holm/publications.md")
        assert kind == "markdown_page"
    assert rejects == []
    assert len(got) == len(truth)
    for (title, authors, year, venue), (t, a, y, v) in zip(got, truth):
        assert (title, authors, year) == (t, a, y)
        assert venue and venue.startswith(v)


# Pages that list no publications, headed in another language: news ("Actualités") and talks
# ("Vorträge", "Charlas invitadas"), their items shaped like entries. Not a publication page.
_NOT_PAPERS = {
    "talks_de": ("Vorträge", [
        "Greta Holm und Jonas Weber. Küstennebel im Wandel. Kolloquium der Meeresforschung, Kiel, 2021.",
        "Greta Holm. Windscherung an flachen Inseln. Herbsttagung der Küstengruppe, Bremen, 2019."]),
    "news_fr": ("Actualités", [
        "12 mars 2022 : Marie Dufour et Paul Girard rejoignent l'équipe du littoral, 2022.",
        "3 juin 2021 : Soutenance de thèse de Paul Girard. Salle des conférences, 2021."]),
    "talks_es": ("Charlas invitadas", [
        "Ana Ruiz y Luis Mora. Corrientes de marea en rías gallegas. Seminario de Oceanografía, Vigo, 2020.",
        "Ana Ruiz. Sedimentos finos en estuarios. Jornadas Costeras, Cádiz, 2018."]),
}


@pytest.mark.parametrize("fmt", ["html", "markdown"])
@pytest.mark.parametrize("name", sorted(_NOT_PAPERS))
def test_talks_and_news_in_another_language_are_no_publication_list(name, fmt):
    heading, lines = _NOT_PAPERS[name]
    if fmt == "html":
        kind, got, _ = _read(_html(heading, lines), f"https://example.org/{name}.html")
    else:
        kind, got, _ = _read(_markdown(heading, lines), f"https://example.org/{name}.md")
    assert got == []
    assert kind not in ("html_publications", "markdown_page")


_MIXED_MD = """# Veröffentlichungen

## Zeitschriftenartikel

- Greta Holm und Jonas Weber. Küstennebel über drei Jahrzehnte. Zeitschrift für Meereskunde, 2021.
- Greta Holm. Windscherung an flachen Inseln. Annalen der Küstenforschung, 2019.

## Vorträge

- Greta Holm. Nebel und Wind an der Nordsee. Kolloquium der Meeresforschung, 2022.
- Greta Holm und Mira Falk. Salzwiesen im Wandel. Herbsttagung der Küstengruppe, 2020.
"""


def _mixed_html() -> str:
    body = _MIXED_MD.split("# Veröffentlichungen")[1]
    body = (body.replace("## Zeitschriftenartikel", "<h2>Zeitschriftenartikel</h2><ul>")
            .replace("## Vorträge", "</ul><h2>Vorträge</h2><ul>").replace("\n- ", "\n<li>"))
    return f"<html><body><h1>Veröffentlichungen</h1>{body}</ul></body></html>"


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_talks_under_a_publication_heading_end_its_list(fmt):
    # "## Vorträge" under "# Veröffentlichungen" names a section of talks, as "## Talks" does:
    # it ends the list rather than dividing it (without the table's "skip" words the two talks
    # were read as papers)
    if fmt == "html":
        _, got, _ = _read(_mixed_html(), "https://example.org/pubs.html")
    else:
        _, got, _ = _read(_MIXED_MD, "https://example.org/pubs.md")
    assert [(t, a) for t, a, _, _ in got] == [
        ("Küstennebel über drei Jahrzehnte", ["Greta Holm", "Jonas Weber"]),
        ("Windscherung an flachen Inseln", ["Greta Holm"])]


def test_other_language_heading_reads_the_cv_table():
    assert other_language_heading("Veröffentlichungen") == "pub"
    assert other_language_heading("Zeitschriftenartikel") == "pub"
    assert other_language_heading("Pubblicazioni") == "pub"
    assert other_language_heading("Vorträge") == "skip"
    assert other_language_heading("Vorträge und Veröffentlichungen") == "skip"
    assert other_language_heading("Actualités") is None
    assert _is_pub_heading("Publicações") and _is_pub_heading("Publicaciones")
    assert not _is_pub_heading("Vorträge") and not _is_pub_heading("Actualités")


def test_html_sniff_takes_a_heading_in_another_language():
    page = "<html><body><h2>Pubblicazioni</h2><p>x</p></body></html>"
    assert HtmlPublicationsExtractor().sniff(make_doc(page.encode(), "https://example.org/p.html")) > 0
    page = "<html><body><h2>Seminari</h2><p>x</p></body></html>"
    assert HtmlPublicationsExtractor().sniff(make_doc(page.encode(), "https://example.org/p.html")) == 0


def test_inverted_names_joined_by_y_or_e_split():
    # "y" and "e" after an initial's period and before "Surname, I." join two inverted names;
    # inside a compound surname ("Ramón y Cajal") they do not
    assert split_author_list("Holm, G. y Weber, J.")[0] == ["G. Holm", "J. Weber"]
    assert split_author_list("Holm, G. e Weber, J.")[0] == ["G. Holm", "J. Weber"]
    assert split_author_list("Santiago Ramón y Cajal and Ana Lee")[0] == ["Santiago Ramón y Cajal", "Ana Lee"]
    assert split_author_list("Lee, A. y Cajal, S.")[0] == ["A. Lee", "S. Cajal"]


def test_cv_entry_names_split_at_each_languages_joiner():
    for conj in ("und", "et", "y", "e"):
        got = parse_entry(f"Greta Holm, Jonas Weber {conj} Mira Falk. Coastal fog over three decades. "
                          "Atmospheric Notes 12, 2020.")
        assert got is not None and got.authors == ["Greta Holm", "Jonas Weber", "Mira Falk"], conj
    # "et al." is no joiner
    got = parse_entry("Greta Holm, Jonas Weber et al. Coastal fog over three decades. Atmospheric Notes 12, 2020.")
    assert got is not None and got.authors[:2] == ["Greta Holm", "Jonas Weber"]


_ENGLISH_TOPICS_MD = """# Publications

## Pattern formation

- Greta Holm and Jonas Weber. Stripes in drying salt crusts. Journal of Shore Studies, 2021.

## Wind

- Greta Holm. Gusts over low barrier islands. Atmospheric Notes, 2019.
"""


def test_the_tables_other_words_do_not_end_an_english_list():
    # "formation" is a French section word (education), and an English one: under an English
    # heading the table is not read, and "## Pattern formation" divides the list as before
    _, got, _ = _read(_ENGLISH_TOPICS_MD, "https://example.org/pubs.md")
    assert [t for t, _, _, _ in got] == ["Stripes in drying salt crusts", "Gusts over low barrier islands"]


def test_science_communication_is_no_publication_list():
    # the table reads "communications" (French: conference papers) as a publication list;
    # the English "Science communication" is outreach, and English is read first
    assert not _is_pub_heading("Science communication")
    assert _is_pub_heading("Communications")
    page = ("# Greta Holm\n\n## Science communication\n\n- Greta Holm. Fog and wind, a public talk. "
            "City Library, 2021.\n- Greta Holm. Salt marshes explained. Radio Nord, 2020.\n")
    _, got, _ = _read(page, "https://example.org/outreach.md")
    assert got == []
