"""Rules learnt from studying the markdown, HTML and BibTeX documents of the eighth real-sites
batch (benchmarks/real_sites, batch 8, 2026-12-08, wt-realstudy8web), each on small hand-made
text written for the test: the names, titles and venues below are invented, none is taken from
the studied documents."""

from __future__ import annotations

from extractors.author_lists import plausible_name
from extractors.citations import parse_citation
from extractors.cv_entries import other_language_heading
from extractors.entry_quality import title_words
from extractors.markdown_page import read_block
from scholarlake.extraction import extract_document

from .conftest import make_doc


def _read(text: str, uri: str) -> tuple[str, list[dict], list]:
    return extract_document(make_doc(text, uri))


# --- a page whose section labels are Japanese, labels in bold over each list -----------------

JAPANESE_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Research</title></head><body>
<h2>研究業績</h2>
<b>学術論文 [査読有り]</b><br>
<ol>
<li><u>Yamada, T.</u>, and H. Sato, 2021:
Sea breeze fronts over an invented bay.
<i>Journal of Pretend Meteorology</i>, <b>12</b>, 33-40.</li>
<li><u>Yamada, T.</u>, 2019:
Rain bands of a made-up coast.
<i>Letters on Imaginary Weather</i>, <b>4</b>, 1-9.</li>
</ol>
<b>紀要等 [査読無し]</b><br>
<ol>
<li><u>山田太郎</u>, 佐藤花子, 2018:
架空の湾における海風前線の特徴.
<i>架空気象研究</i>, 架空気象学会, <b>59</b>, 119-125.</li>
<li>佐藤花子, <u>山田太郎</u>, 2017:
想像上の海岸の降水帯, <i>架空研究会誌</i>, 49.</li>
<li><u>山田太郎</u>, 2016:
仮想の大雨について 〜概念モデルの検討〜. <i>架空研究会誌</i>, 48.</li>
</ol>
<b>学会発表</b><br>
<ol>
<li><u>山田太郎</u>, 2015: 海風の観測. 架空気象学会春季大会, 東京.</li>
<li><u>Yamada, T.</u>, 2014: Sea breeze talk. Invented Conference on Weather, Kyoto.</li>
</ol>
</body></html>"""


def test_a_page_labelled_in_japanese_is_read_and_its_talks_left_out():
    kind, records, _ = _read(JAPANESE_PAGE, "mem://publist.html")
    assert kind == "html_publications"
    got = {r["title"]: r for r in records}
    assert set(got) == {"Sea breeze fronts over an invented bay", "Rain bands of a made-up coast",
                        "架空の湾における海風前線の特徴", "想像上の海岸の降水帯", "仮想の大雨について 〜概念モデルの検討〜"}
    assert got["架空の湾における海風前線の特徴"]["authors"] == ["山田太郎", "佐藤花子"]
    assert got["架空の湾における海風前線の特徴"]["venue"] == "架空気象研究"
    assert got["想像上の海岸の降水帯"]["venue"] == "架空研究会誌"  # a title closed by a comma
    assert got["仮想の大雨について 〜概念モデルの検討〜"]["year"] == 2016


def test_cjk_section_words_name_publications_and_other_sections():
    assert other_language_heading("学術論文 [査読有り, 欧文]") == "pub"
    assert other_language_heading("解説・報告書") == "pub"
    assert other_language_heading("国際会議・学会発表") == "skip"
    assert other_language_heading("受賞") == "skip"
    assert other_language_heading("发表论文") == "pub"
    assert other_language_heading("학력") == "skip"
    assert other_language_heading("Sea breeze fronts") is None


def test_names_and_titles_in_scripts_with_no_case():
    assert plausible_name("山田太郎") and plausible_name("김 민수")
    assert not plausible_name("山")  # one character is no name
    assert not plausible_name("架空の湾における海風前線の特徴")  # a sentence is no name
    assert len(title_words("架空の湾における海風前線の特徴")) >= 4
    assert title_words("Sea breeze fronts") == ["Sea", "breeze", "fronts"]


def test_a_stop_beside_a_cjk_character_or_after_a_closing_guillemet_ends_a_title():
    e = parse_citation("Yamada, T., 2019: 架空の湾の海風. Journal of Pretend Meteorology, 12, 1-9.")
    assert e is not None and e.title == "架空の湾の海風" and e.venue.startswith("Journal of Pretend Meteorology")
    e = parse_citation("Roe, B. (2016). Le facteur «x» ou le facteur «y»? Revue Imaginaire, 1, 15.")
    assert e is not None and e.title.endswith("?") and "Revue" not in e.title


# --- a bold label alone over a list is that list's heading --------------------------------

LABELLED_LISTS = """<html><body><h1>Ann Vale</h1>
<b>Journal papers</b><br>
<ul><li>A. Vale, B. Roe. Invented tides in a toy channel. <i>J. Pretend Oceans</i>, 3, 2020.</li>
<li>A. Vale. Mixing in a made-up strait. <i>J. Pretend Oceans</i>, 2, 2019.</li></ul>
<b>Talks</b><br>
<ul><li>A. Vale. Tides I imagined. Invented Ocean Meeting, Lisbon, 2021.</li>
<li>A. Vale. More imagined tides. Pretend Sea Workshop, Oslo, 2020.</li></ul>
</body></html>"""


def test_a_bold_label_over_a_list_is_a_heading():
    _, records, _ = _read(LABELLED_LISTS, "mem://papers.html")
    assert [r["title"] for r in records] == ["Invented tides in a toy channel", "Mixing in a made-up strait"]


# --- a Pelican page from a BibTeX plugin: classed braces in titles, javascript buttons -------

PELICAN_PAGE = """<html><body><h1>Publications</h1>
<h3> 2016 </h3>
<p>
Ann&nbsp;B. Vale, Carl Roe, and others.
Streamers on the north wall of the <span class="bibtex-protected">Pretend</span> <span class="bibtex-protected">Current</span>.
<em>Geophys. Pretend Lett.</em>, 2016.
<a href="https://doi.org/10.0000/x1">doi:10.0000/x1</a>.
[&nbsp;<a href="javascript:disp('@article{vale16,\\n author = &amp;#34;Vale, Ann B.&amp;#34;\\n}');">Bibtex</a>&nbsp;]
</p>
<p>
Carl Roe and Ann&nbsp;B. Vale.
Lee waves at <span class="bibtex-protected">Imaginary</span> Ridge.
<em>J. Pretend Oceanogr.</em>, 44(2):1–9, 2016.
[&nbsp;<a href="javascript:disp('@article{roe16}');">Bibtex</a>&nbsp;]
</p>
</body></html>"""


def test_a_bibtex_formatters_classed_words_are_text_and_script_buttons_no_field():
    _, records, rejects = _read(PELICAN_PAGE, "mem://publications.html")
    got = {r["title"]: r for r in records}
    assert set(got) == {"Streamers on the north wall of the Pretend Current", "Lee waves at Imaginary Ridge"}
    assert got["Streamers on the north wall of the Pretend Current"]["authors_truncated"] is True
    assert got["Lee waves at Imaginary Ridge"]["venue"] == "J. Pretend Oceanogr"
    assert not rejects


# --- markdown: numbered lists then talks under event-only sub-headings ----------------------

TALKS_PAGE = """---
title: "Publications"
---

#### Articles (peer-reviewed)

1. Lee, A., & **Roe, B.** (2021). A study of sleep in invented towns. Journal of Pretend Sleep, 12(3), 1-9.
2. **Roe, B.**, Kim, C., & Lee, A. (2020). Napping and attention in made-up students. Toy Medicine, 8(1), 20-29.
3. **Roe, B.** (2018). Dreams of the imaginary brain. Brain and Fiction, 4(2), 5-15.

## PRESENTATIONS

A selection of talks.

#### ORAL PRESENTATIONS
###### International conferences
1. **Roe, B.**, & Lee, A. (2019, June). Sleep in the invented elderly. The 12th Annual Meeting of Pretend Sleep. Boston, United States.
2. Kim, C., & **Roe, B.** (2018, May). Naps in a toy school. The 5th Congress of Imaginary Pediatrics. Montreal, Canada.
"""


def test_event_only_sub_headings_under_talks_open_no_publications():
    _, records, _ = _read(TALKS_PAGE, "mem://publications.md")
    assert [r["title"] for r in records] == ["A study of sleep in invented towns",
                                             "Napping and attention in made-up students",
                                             "Dreams of the imaginary brain"]


def test_escaped_marks_a_phrase_button_and_a_status_before_the_venue():
    got = read_block("Vale, A.\\*, Roe, B.\\*, **Kim, C.**\\*, Lee, D. and Moe, E. Seeing invented birds: "
                     "a toy survey. Accepted at _Pretend Communications_. [Preprint available](https://arxiv.org/abs/0000.00000).")
    assert got[0] == ["A. Vale", "B. Roe", "C. Kim", "D. Lee", "E. Moe"]
    assert got[2] == "Seeing invented birds: a toy survey" and got[3] == "Pretend Communications"
    got = read_block("Vale, A., **Kim, C.**, Moe, E. A toy approach to counting made-up bats. In review – _Pretend Ecology_.")
    assert got[2] == "A toy approach to counting made-up bats"


def test_names_closed_by_a_colon_and_editors_before_it():
    got = read_block("A. Vale, B. Roe: Rotating invented lattices. Toy Applied Mathematics, Vol. 5, no. 2 (1983), pp. 1-9.")
    assert got[0] == ["A. Vale", "B. Roe"] and got[2] == "Rotating invented lattices"
    got = read_block("C. Kim: Pretend Shift Registers. LNCS, Vol. 99, Springer-Verlag (1984), 145 pp.")
    assert got[0] == ["C. Kim"] and got[2] == "Pretend Shift Registers"
    got = read_block("A. Vale, B. Roe, C. Kim (eds.): Imaginary Geometry, 3rd Workshop on Toy Vision, "
                     "Revised Papers. LNCS, Vol. 1234, Springer (2003), 437 pp.")
    assert got[0] == ["A. Vale", "B. Roe", "C. Kim"] and got[2].startswith("Imaginary Geometry")


def test_a_title_closed_by_a_comma_before_its_italic_venue():
    got = read_block("Lee, A., and B. Roe, 2017: Ozone in an invented coastal zone, *Pretend Regional Reports*, 49.")
    assert got[2] == "Ozone in an invented coastal zone" and got[3] == "Pretend Regional Reports"
    # an italic species name inside the title, words after it: no venue there
    got = read_block("Lee, A., 2017: Ecology of the wolf, *Canis lupus*, in an invented valley. Pretend Zoology, 3, 1-9.")
    assert got[2].startswith("Ecology of the wolf")


def test_editors_inside_a_chapters_venue_stay_and_a_closing_buttons_comma_is_no_field():
    # "In: Weber, K. (ed.): *Book*": the editors of the book the chapter is in, not the names
    got = read_block("Vale, Ann and Bo Roe (2021): A pretend chapter. In: Weber, K. (ed.): *Book of Toys*. "
                     "Berlin: Pretend Press, pp. 1–9.")
    assert got[2] == "A pretend chapter" and got[3] == "Book of Toys"
    # "..., 034612, <a>Download here</a>": the button taken out leaves no field's end behind
    got = read_block("**Ann Vale** and Bo M. Roe, A toy model of invented nuclear breakup in pretend channels, "
                     'Phys. Rev. C 108, 034612, <a href="/papers/x.pdf"> Download here</a>')
    assert got[0] == ["Ann Vale", "Bo M. Roe"] and got[3] == "Phys. Rev. C"
