"""Issue 7: CVs as PDF. Four real CVs (../shared/external/cvs, SOURCES.md section 3), a CV
this project wrote rendered to PDF at test time (the round trip against the text CV
extractor), layouts without numbers, and bad PDFs.

The expected fields of the real CVs were read off the PDFs themselves (titles, names,
venues and years are facts; nothing else is copied).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

import extractors
from extractors import Draft, ExtractError, RecordError
from extractors import pdf_lines
from extractors.cv_pdf import header_name
from extractors.pdf_lines import read_lines
from normalizers.titles import title_key
from scholarlake.pipeline import extract_document
from warehouse import Lake

from .conftest import EXTERNAL, SEED_FILES, make_doc
from .pdf_builder import PdfWriter, cv_pdf, encrypted_pdf, hanging_indent_pdf

CVS = EXTERNAL / "cvs"
LU_YIN = "lu_yin/LUYIN.pdf"
YANG_SONG = "yang_song/cv.pdf"
HUANG_LATEX = "jia-bin_huang/Huang Curriculum Vitae.pdf"  # moderncv, 2020
HUANG_WORD = "jia-bin_huang/Huang_CV.pdf"  # MS Word, 2023
ROUND_TRIP_CV = Path(__file__).resolve().parent / "fixtures" / "cv_roundtrip.md"


def real_cv(name: str) -> Path:
    path = CVS / name
    if not path.exists():
        pytest.skip(f"real CV PDFs not available: {path} is absent (they live in ../shared/external/cvs)")
    return path


@lru_cache(maxsize=None)
def _extract(name: str) -> tuple[list[Draft], list[RecordError]]:
    path = real_cv(name)
    items = list(extractors.get("cv_pdf").extract(make_doc(path.read_bytes(), uri=str(path))))
    return [d for d in items if isinstance(d, Draft)], [e for e in items if isinstance(e, RecordError)]


def drafts_of(name: str) -> list[Draft]:
    drafts, errors = _extract(name)
    assert not errors, errors
    return drafts


# -- the four real CVs ---------------------------------------------------------------

# Publication entries, and how the CV itself groups them.
COUNTS = {
    # "Selected publications" has no sub-sections: the kind is the venue's, unknown for five
    # venues that do not say (e.g. "Sustainable Cities and Society", "ACADIA")
    LU_YIN: (49, {"conference": 40, "journal": 4, None: 5}),
    YANG_SONG: (35, {"conference": 32, "preprint": 3}),  # [32]..[1] peer reviewed, then 3 preprints
    HUANG_LATEX: (70, {"journal": 14, "conference": 56}),  # "Journal papers", "Conference papers"
    HUANG_WORD: (82, {"journal": 18, "conference": 61, "workshop": 3}),  # refereed journals/conferences/workshops
}


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_publication_entries_found(name):
    drafts = drafts_of(name)
    total, by_type = COUNTS[name]
    assert len(drafts) == total
    types: dict[str | None, int] = {}
    for d in drafts:
        types[d.record_type] = types.get(d.record_type, 0) + 1
    assert types == by_type


def test_entry_numbers_as_printed():
    assert [d.source_record_id for d in drafts_of(LU_YIN)] == [str(n) for n in range(1, 50)]
    assert [d.source_record_id for d in drafts_of(YANG_SONG)] == \
        [str(n) for n in range(32, 0, -1)] + ["3", "2", "1"]
    assert [d.source_record_id for d in drafts_of(HUANG_WORD)] == \
        [str(n) for n in range(1, 19)] + [str(n) for n in range(1, 62)] + ["1", "2", "3"]
    assert {d.source_record_id for d in drafts_of(HUANG_LATEX)} == {None}  # labelled "TOG 2020", not numbered


# (ordinal, title, authors, venue, year, record type), read off each PDF.
SAMPLES = {
    LU_YIN: [
        (1, "Outlier Weighed Layerwise Sparsity (OWL): A Missing Secret Sauce for Pruning LLMs to High Sparsity",
         ["Lu Yin", "You Wu", "Zhenyu Zhang", "Cheng-Yu Hsieh", "Yaqing Wang", "Yiling Jia", "Gen Li",
          "Ajay Jaiswal", "Mykola Pechenizkiy", "Yi Liang", "Michael Bendersky", "Zhangyang Wang", "Shiwei Liu"],
         "The Forty-first International Conference on Machine Learning (ICML)", 2024, "conference"),
        # "Psychomet-" / "ric" and "Pech-" / "enizkiy" are hyphenated at line ends
        (6, "Hierarchical Semantic Segmentation using Psychometric Learning",
         ["Lu Yin", "Vlado Menkovski", "Shiwei Liu", "Mykola Pechenizkiy"],
         "The Thirteenth Asian Conference on Machine Learning (ACML)", 2021, "conference"),
        (12, "Condense, Don’t Just Prune: Enhancing Efficiency and Performance in MoE Layer Pruning",
         ["Mingyu Cao", "Gen Li", "Jie Ji", "Jiaqi Zhang", "Ajay Jaiswal", "Li Shen", "Xiaolong Ma", "Shiwei Liu",
          "Lu Yin"], "Transactions on Machine Learning Research (TMLR)", None, "journal"),
        (13, "Mix-LN: Unleashing the Power of Deeper Layers by Combining Pre-LN and Post-LN",
         ["Pengxiang Li", "Lu Yin", "Shiwei Liu"],
         "The Thirteenth International Conference on Learning Representations (ICLR)", 2025, "conference"),
        (21, "Measuring Tourism Destination Image from Multimodal Online Reviews: A Novel Framework Using Deep "
             "Learning Approach", ["Xiaoli Wang", "Chenxi Zhang", "Zeshui Xu", "Lu Yin"],
         "Information Technology & Tourism", 2026, None),
        (33, "Advancing Dynamic Sparse Training by Exploring Optimization Opportunities",
         ["Jie Ji", "Gen Li", "Lu Yin"], "The Forty-first International Conference on Machine Learning (ICML)",
         2024, "conference"),
        (49, "Wind Disturbance Rejection in Position Control of Unmanned Helicopter by Nonlinear Damping",
         ["Xiaorui Zhu", "Lu Yin", "Fucheng Deng"], "International Conference on Computer Vision Systems (ICVS)",
         2017, "conference"),
    ],
    YANG_SONG: [
        (1, "Solving Inverse Problems in Medical Imaging with Score-Based Generative Models",
         ["Yang Song", "Liyue Shen", "Lei Xing", "Stefano Ermon"],
         "Proc. 10th International Conference on Learning Representations (ICLR)", 2022, "conference"),
        # the author list wraps inside a name: "..., and Stefano" / "Ermon"
        (2, "SDEdit: Image Synthesis and Editing with Stochastic Differential Equations",
         ["Chenlin Meng", "Yutong He", "Yang Song", "Jiaming Song", "Jiajun Wu", "Jun-Yan Zhu", "Stefano Ermon"],
         "Proc. 10th International Conference on Learning Representations (ICLR)", 2022, "conference"),
        (11, "Score-Based Generative Modeling through Stochastic Differential Equations",
         ["Yang Song", "Jascha Sohl-Dickstein", "Diederik P. Kingma", "Abhishek Kumar", "Stefano Ermon", "Ben Poole"],
         "Proc. 9th International Conference on Learning Representations (ICLR)", 2021, "conference"),
        (20, "Gaussianization Flows", ["Chenlin Meng", "Yang Song", "Jiaming Song", "Stefano Ermon"],
         "Proc. 23rd International Conference on Artificial Intelligence and Statistics (AISTATS)", 2020,
         "conference"),
        (28, "PixelDefend: Leveraging Generative Models to Understand and Defend against Adversarial Examples",
         ["Yang Song", "Taesup Kim", "Sebastian Nowozin", "Stefano Ermon", "Nate Kushman"],
         "Proc. 6th International Conference on Learning Representations (ICLR)", 2018, "conference"),
        # a preprint prints no year: the year is its arXiv identifier's (2101 = January 2021)
        (33, "How to Train Your Energy-Based Models", ["Yang Song", "Diederik P. Kingma"], "arXiv: 2101.03288",
         2021, "preprint"),
        (35, "Unsupervised Out-of-Distribution Detection with Batch Normalization",
         ["Jiaming Song", "Yang Song", "Stefano Ermon"], "arXiv: 1910.09115", 2019, "preprint"),
    ],
    HUANG_LATEX: [
        # moderncv prints the title first, in bold, then the authors, then the venue
        (1, "Consistent Video Depth Estimation",
         ["Xuan Luo", "Jia-Bin Huang", "Richard Szeliski", "Kevin Matzen", "Johannes Kopf"],
         "ACM Transactions on Graphics (Proceedings of SIGGRAPH 2020)", 2020, "journal"),
        (2, "Show, Match and Segment: Joint Weakly Supervised Learning of Semantic Matching and Object "
            "Co-segmentation", ["Yun-Chun Chen", "Yen-Yu Lin", "Ming-Hsuan Yang", "Jia-Bin Huang"],
         "IEEE Transactions on Pattern Analysis and Machine Intelligence", 2020, "journal"),
        (14, "Information Preserving Color Transformation for Protanopia and Deuteranopia",
         ["Jia-Bin Huang", "Yu-cheng Tseng", "Se-In Wu", "Sheng-Jyh Wang"], "IEEE Signal Processing Letters", 2007,
         "journal"),
        (35, "Deep Paper Gestalt", ["Jia-Bin Huang"], "arXiv:1812.08775", 2018, "conference"),
        (59, "Towards Accurate and Robust Cross-Ratio based Gaze Trackers Through Learning From Simulation",
         ["Jia-Bin Huang", "Qin Cai", "Zicheng Liu", "Narendra Ahuja", "Zhengyou Zhang"],
         "ACM Symposium on Eye Tracking Research & Applications, (ETRA)", 2014, "conference"),
        (70, "Enhancing Color Representation for the Color Vision Impaired", ["Jia-Bin Huang", "Chu-Song Chen"],
         "Workshop on Computer Vision Applications for the Visually Impaired", 2008, "conference"),
    ],
    HUANG_WORD: [
        # plain titles, italic venues: the printed line breaks separate authors, title and venue
        (1, "Learning Representational Invariances for Data-Efficient Action Recognition",
         ["Yuliang Zou", "Jinwoo Choi", "Qitong Wang", "Jia-Bin Huang"],
         "Computer Vision and Image Understanding (CVIU)", 2022, "journal"),
        # "Ming-" / "Hsuan Yang." across lines; the venue starts on the title's line
        (7, "DRIT++: Diverse Image-to-Image Translation via Disentangled Representations",
         ["Hsin-Ying Lee", "Hung-Yu Tseng", "Qi Mao", "Jia-Bin Huang", "Yu-Ding Lu", "Maneesh Singh",
          "Ming-Hsuan Yang"],
         "International Journal of Computer Vision (IJCV)", 2020, "journal"),
        (24, "Neural Global Shutter: Learn to Restore Video from a Rolling Shutter Camera with Global Reset Feature",
         ["Zhixiang Wang", "Xiang Ji", "Jia-Bin Huang", "Shin'ichi Satoh", "Xiao Zhou", "Yinqiang Zheng"],
         "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", 2022, "conference"),
        (58, "Diverse Image-to-Image Translation via Disentangled Representations",
         ["Hsin-Ying Lee", "Hung-Yu Tseng", "Jia-Bin Huang", "Maneesh Singh", "Ming-Hsuan Yang"],
         "European Conference on Computer Vision (ECCV)", 2018, "conference"),
        # the author line ends in a stray comma
        (69, "Detecting Migrating Birds at Night",
         ["Jia-Bin Huang", "Rich Caruana", "Andrew Farnsworth", "Steve Kelling", "Narendra Ahuja"],
         "IEEE Conference on Computer Vision and Pattern Recognition (CVPR)", 2016, "conference"),
        # starts at the foot of page 7, ends on page 8
        (75, "Saliency Detection via Divergence Analysis: A Unified Perspective", ["Jia-Bin Huang", "Narendra Ahuja"],
         "International Conference on Pattern Recognition (ICPR)", 2012, "conference"),
        (80, "Detecting Adversarial Attacks on Neural Network Policies with Visual Foresight",
         ["Yen-Chen Lin", "Ming-Yu Liu", "Min Sun", "Jia-Bin Huang"],
         "Proceedings of Neural Information Processing Systems (NeurIPS) Workshop on Machine Deception", 2017,
         "workshop"),
    ],
}
FIELDS = ("title", "authors", "venue", "year", "record_type")


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_entries_field_by_field(name):
    by_ordinal = {d.ordinal: d for d in drafts_of(name)}
    wrong = []
    for ordinal, *expected in SAMPLES[name]:
        got = by_ordinal[ordinal]
        for field, want in zip(FIELDS, expected):
            if getattr(got, field) != want:
                wrong.append(f"#{ordinal} {field}: expected {want!r}, got {getattr(got, field)!r}")
    assert not wrong, "\n".join(wrong)


def test_owner_from_bold_names_or_the_header():
    # bold in the author lists (Lu Yin, Yang Song); the name printed largest on page 1 (Huang)
    for name, owner in [(LU_YIN, "Lu Yin"), (YANG_SONG, "Yang Song"), (HUANG_LATEX, "Jia-Bin Huang"),
                        (HUANG_WORD, "Jia-Bin Huang")]:
        assert {d.owner for d in drafts_of(name)} == {owner}, name
    # the header is "LU YIN" in capitals; the records carry the name as the entries print it
    lines = [ln for ln in read_lines(real_cv(LU_YIN).read_bytes(), "cv") if ln.page == 1]
    assert header_name(lines) == "Lu Yin"


def test_owner_position_after_normalizing():
    path = real_cv(LU_YIN)
    kind, records, rejects = extract_document(make_doc(path.read_bytes(), uri=str(path)))
    assert kind == "cv_pdf" and not rejects
    positions = {r["source_record_id"]: r["owner_position"] for r in records}
    assert (positions["1"], positions["8"], positions["13"], positions["45"]) == (1, 7, 2, 2)


def test_badges_equal_contribution_and_truncated_author_lists():
    lu = {d.ordinal: d for d in drafts_of(LU_YIN)}
    assert lu[6].badges == ["Oral"]  # "[LONG ORAL]"
    assert lu[44].badges == ["Best Paper"]
    assert lu[49].badges == ["Best Paper Nomination"]
    assert lu[13].equal_contribution == ["Pengxiang Li", "Lu Yin"]  # "Pengxiang Li∗, Lu Yin∗"
    assert lu[33].authors_truncated and not lu[1].authors_truncated  # "Jie Ji, Gen Li, Lu Yin, et al."
    song = {d.ordinal: d for d in drafts_of(YANG_SONG)}
    assert song[11].badges == ["Oral", "Outstanding Paper"]  # lines under the venue
    assert song[5].badges == ["Spotlight"]
    assert song[1].equal_contribution == ["Yang Song", "Liyue Shen"]
    latex = {d.ordinal: d for d in drafts_of(HUANG_LATEX)}
    assert latex[26].badges == ["Spotlight", "Oral"]  # "Spotlight Oral Presentation"
    assert latex[59].badges == ["Oral", "Best Paper"]  # "ETRA 2014 Best Long Paper Award"
    word = {d.ordinal: d for d in drafts_of(HUANG_WORD)}
    assert word[75].badges == ["Best Paper"]  # "(Best Paper Award)" after the year


def test_links_from_the_pdf_hyperlinks():
    lu = {d.ordinal: d for d in drafts_of(LU_YIN)}
    assert (lu[1].url, lu[1].arxiv_id) == ("https://arxiv.org/pdf/2310.05175", "2310.05175")
    assert lu[13].arxiv_id == "2412.13795"
    latex = {d.ordinal: d for d in drafts_of(HUANG_LATEX)}
    assert latex[35].arxiv_id == "1812.08775"
    assert latex[35].code_url == "https://github.com/vt-vl-lab/paper-gestalt"  # its "project" link
    assert sum(1 for d in drafts_of(LU_YIN) if d.url) == 49  # every "[Paper]" link found its entry


# The 2020 moderncv CV and the 2023 Word CV list the same person's papers. Measured overlap
# by title key: 63 papers in both. The rest differ in the CVs themselves, not in extraction:
LATEX_ONLY = {
    "A Physical Approach to Moving Cast Shadow Detection",  # ICASSP 2009, not in the 2023 CV
    "Image Recolorization For The Colorblind",  # ICASSP 2009, not in the 2023 CV
    "Single Image Deblurring with Adaptive Dictionary Learning",  # ICIP 2010, not in the 2023 CV
    "HOMER: an interactive system for home based stroke rehabilitation",  # ASSETS 2017, not in the 2023 CV
    "Deep Paper Gestalt",  # arXiv 2018, not in the 2023 CV's refereed lists
    "A Comparative Study for Single-Image Blind Deblurring",  # the 2023 CV writes "Single Image"
}


def test_the_two_huang_layouts_give_the_same_publications():
    latex = {title_key(d.title): d for d in drafts_of(HUANG_LATEX)}
    word = {title_key(d.title): d for d in drafts_of(HUANG_WORD)}
    assert (len(latex), len(word)) == (69, 81)  # each CV prints one paper twice (ACCV 2018)
    shared = latex.keys() & word.keys()
    assert len(shared) == 63
    assert {latex[k].title for k in latex.keys() - word.keys()} == LATEX_ONLY
    word_only = [word[k] for k in word.keys() - latex.keys()]
    assert len(word_only) == 18
    # newer than the 2020 CV, the PETRA 2018 paper, and the other spelling of the deblurring paper
    assert all(d.year >= 2021 for d in word_only if d.title not in {
        "Semi-Automated Home-based Therapy for the Upper Extremity of Stroke Survivors",
        "A Comparative Study for Single Image Blind Deblurring"})
    # the shared papers agree on their years, but for a misprint in the Word CV (SPL "2017")
    years = {(latex[k].year, word[k].year) for k in shared if latex[k].year != word[k].year}
    assert years == {(2007, 2017)}


def test_lu_yin_cv_dedups_against_the_seed_cv(tmp_path, seeds_dir, cli):
    pdf = real_cv(LU_YIN)
    lake = tmp_path / "lake"
    cli("ingest", seeds_dir / SEED_FILES["cv"], pdf, "--lake", lake)
    con = Lake(lake).connect()
    rows = con.execute(
        "select r.source_kind, r.title_key, wr.work_id from records r join work_records wr using (record_id)"
    ).fetchall()
    pdf_works = {key: wid for kind, key, wid in rows if kind == "cv_pdf"}
    text_works = {key: wid for kind, key, wid in rows if kind == "cv_text"}
    assert len(pdf_works) == 49
    same_title = pdf_works.keys() & text_works.keys()
    assert len(same_title) >= 17
    assert all(pdf_works[k] == text_works[k] for k in same_title)
    for title in ["Outlier Weighed Layerwise Sparsity (OWL): A Missing Secret Sauce for Pruning LLMs to High Sparsity",
                  "Superposing Many Tickets into One: A Performance Booster for Sparse Neural Network Training",
                  "Lottery Pools: Winning More by Interpolating Tickets without Increasing Training or Inference Cost",
                  "Dynamic Data Pruning for Automatic Speech Recognition",
                  "MSRS: Training Multimodal Speech Recognition Models from Scratch with Sparse Mask Optimization",
                  "Sparse Training via Boosting Pruning Plasticity with Neuroregeneration"]:
        assert pdf_works[title_key(title)] == text_works[title_key(title)], title


# -- a CV this project wrote, as text and as PDF ---------------------------------------

ROUND_TRIP_FIELDS = ("source_record_id", "title", "authors", "authors_truncated", "year", "venue", "record_type",
                     "badges", "owner", "equal_contribution", "url", "arxiv_id", "doi", "code_url")


@pytest.mark.parametrize("layout", [
    {"page_height": 792},
    {"page_height": 420, "footer": "Mira Okonkwo-Lindqvist - Curriculum Vitae"},  # entries across pages
    {"page_height": 500, "columns": 2},  # entries across columns
    {"page_height": 300, "columns": 2, "footer": "Mira Okonkwo-Lindqvist"},  # across columns and pages
])
def test_round_trip_text_and_pdf_give_the_same_records(layout):
    text = ROUND_TRIP_CV.read_text(encoding="utf-8")
    from_text = list(extractors.get("cv_text").extract(make_doc(text)))
    pdf = make_doc(cv_pdf(text, **layout))
    assert extractors.detect(pdf).name == "cv_pdf"
    from_pdf = list(extractors.get("cv_pdf").extract(pdf))
    assert len(from_text) == len(from_pdf) == 9
    assert all(isinstance(d, Draft) for d in from_text + from_pdf)
    for a, b in zip(from_text, from_pdf):
        assert {f: getattr(b, f) for f in ROUND_TRIP_FIELDS} == {f: getattr(a, f) for f in ROUND_TRIP_FIELDS}


ENTRIES = [
    "Ann Lee, **Bo Chen**, and Cy Dunn. *Sparse Things at Scale: A Study of Masks in Very Large Vision Models*. "
    "International Conference on Learning Representations (ICLR), 2024.",
    "**Bo Chen** and Di Ek. *Dense Things*. Transactions on Machine Learning Research (TMLR), 2023.",
    "Fay Gu, Hal Ito, **Bo Chen**, Ivy Jo, Kai Lu, Max Ng, Ola Pi, and Quinn Ray. *Pruning Everything Everywhere "
    "All at Once with a Single Mask and Some Patience*. Conference on Neural Information Processing Systems "
    "(NeurIPS), 2022. **[Spotlight]**",
]


def _summary(drafts):
    return [(d.title, d.authors, d.year, d.record_type, d.owner, d.badges) for d in drafts]


EXPECTED_PLAIN = [
    ("Sparse Things at Scale: A Study of Masks in Very Large Vision Models", ["Ann Lee", "Bo Chen", "Cy Dunn"], 2024,
     "conference", "Bo Chen", []),
    ("Dense Things", ["Bo Chen", "Di Ek"], 2023, "journal", "Bo Chen", []),
    ("Pruning Everything Everywhere All at Once with a Single Mask and Some Patience",
     ["Fay Gu", "Hal Ito", "Bo Chen", "Ivy Jo", "Kai Lu", "Max Ng", "Ola Pi", "Quinn Ray"], 2022, "conference",
     "Bo Chen", ["Spotlight"]),
]


def test_entries_told_apart_by_hanging_indent_alone():
    pdf = make_doc(hanging_indent_pdf("Selected Publications", ENTRIES))
    assert _summary(extractors.get("cv_pdf").extract(pdf)) == EXPECTED_PLAIN


def test_bulleted_entries_and_a_skipped_teaching_section():
    text = "BO CHEN\n\nPUBLICATIONS\n\n" + "\n".join(f"- {e}" for e in ENTRIES) + \
           "\n\nTEACHING\n\n- Machine Learning, Fall 2023. Example University, 2023.\n"
    assert _summary(extractors.get("cv_pdf").extract(make_doc(cv_pdf(text)))) == EXPECTED_PLAIN


def test_pages_are_read_one_at_a_time(monkeypatch):
    """Each page is closed (its cached objects released) before the next one is parsed."""
    closed: list[int] = []
    original = pdf_lines.Page.close

    def close(page):
        closed.append(page.page_number)
        original(page)

    monkeypatch.setattr(pdf_lines.Page, "close", close)
    text = ROUND_TRIP_CV.read_text(encoding="utf-8")
    seen: dict[int, int] = {}
    for line in read_lines(cv_pdf(text, page_height=300), "cv"):
        seen.setdefault(line.page, len(closed))
    assert len(seen) >= 3
    assert all(n_closed == page for page, n_closed in seen.items())  # pages 1..k-1 closed, k just read


# -- bad PDFs ---------------------------------------------------------------------------

def _image_only() -> bytes:
    pdf = PdfWriter()
    pdf.new_page()
    pdf.image(72, 72, 300, 400)
    return pdf.to_bytes()


def _letter() -> bytes:
    pdf = PdfWriter()
    pdf.new_page()
    pdf.text(72, 72, "Dear members of the committee,", 11)
    pdf.text(72, 100, "Motivation", 14, bold=True)
    for i in range(8):
        pdf.text(72, 120 + 14 * i, "I write to apply for the open position and to describe my plans in brief.", 11)
    return pdf.to_bytes()


def _truncated() -> bytes:
    data = cv_pdf(ROUND_TRIP_CV.read_text(encoding="utf-8"))
    return data[: len(data) * 2 // 3]


BAD_PDFS = {
    "encrypted": (lambda: encrypted_pdf("Publications of Jo Example", "s3cret"), "encrypted PDF"),
    "scanned": (_image_only, "no text layer"),
    "truncated": (_truncated, "truncated PDF"),
    "not a CV": (_letter, "no publication list found"),
    "corrupt": (lambda: b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n", "not a readable PDF"),
}


@pytest.mark.parametrize("case", sorted(BAD_PDFS))
def test_bad_pdfs_are_an_extract_error_with_a_reason(case):
    make, reason = BAD_PDFS[case]
    doc = make_doc(make(), uri=f"mem://{case}.pdf")
    assert extractors.detect(doc).name == "cv_pdf"
    with pytest.raises(ExtractError) as err:
        list(extractors.get("cv_pdf").extract(doc))
    assert reason in err.value.reason
    kind, records, rejects = extract_document(doc)  # the pipeline turns it into one reject
    assert (kind, records) == ("cv_pdf", [])
    assert [(r["stage"], r["ordinal"]) for r in rejects] == [("extract", None)] and reason in rejects[0]["reason"]


def test_the_encrypted_test_pdf_opens_with_its_password():
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(encrypted_pdf("Publications of Jo Example", "s3cret")), password="s3cret") as pdf:
        assert pdf.pages[0].extract_text() == "Publications of Jo Example"


def test_a_bad_pdf_is_rejected_and_the_run_goes_on(tmp_path, cli):
    good = tmp_path / "cv.pdf"
    good.write_bytes(cv_pdf(ROUND_TRIP_CV.read_text(encoding="utf-8")))
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted_pdf("Publications of Jo Example", "s3cret"))
    scanned = tmp_path / "scan.pdf"
    scanned.write_bytes(_image_only())
    result = cli("ingest", good, locked, scanned, "--lake", tmp_path / "lake", code=3)
    assert "encrypted PDF" in result.output and "no text layer" in result.output
    con = Lake(tmp_path / "lake").connect()
    assert con.execute("select count(*) from records where source_kind = 'cv_pdf'").fetchall() == [(9,)]
    rejects = dict(con.execute("select source_uri, stage from rejects").fetchall())
    assert rejects == {str(locked): "extract", str(scanned): "extract"}
    kinds = dict(con.execute("select source_uri, kind from raw_documents").fetchall())
    assert set(kinds.values()) == {"cv_pdf"}  # every PDF kept in the raw area


def test_binary_that_is_not_a_pdf_is_still_unknown():
    with pytest.raises(extractors.UnknownFormat, match="binary content"):
        extractors.detect(make_doc(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))


# -- the seed CV printed the way a word processor prints it (#16) ------------------------

SEED_CV_FIELDS = ("title", "authors", "authors_truncated", "year", "venue", "owner", "badges", "equal_contribution")


@pytest.mark.parametrize("layout", [{}, {"page_height": 500, "columns": 2}, {"page_height": 420, "footer": "CV"}])
def test_seed_cv_printed_to_pdf_reads_as_the_text_cv(layout, seeds_dir):
    """The seed CV (../shared/seeds) laid out as a PDF by ``pdf_builder.cv_pdf`` (bold and
    italic runs, hanging indents, one or two columns, page breaks) gives the same entries,
    field by field, as the text CV extractor gives from the text."""
    text = (seeds_dir / SEED_FILES["cv"]).read_text(encoding="utf-8")
    from_text = [d for d in extractors.get("cv_text").extract(make_doc(text)) if isinstance(d, Draft)]
    from_pdf = list(extractors.get("cv_pdf").extract(make_doc(cv_pdf(text, **layout))))
    assert all(isinstance(d, Draft) for d in from_pdf), [d for d in from_pdf if not isinstance(d, Draft)][:3]
    assert [d.title for d in from_pdf] == [d.title for d in from_text]
    wrong = [(a.title[:40], f, getattr(a, f), getattr(b, f)) for a, b in zip(from_text, from_pdf)
             for f in SEED_CV_FIELDS if getattr(a, f) != getattr(b, f)]
    assert not wrong, wrong
