"""Property-based: random and mutated documents never crash an extractor. The only
exception allowed to escape ``extract`` is the project's documented ExtractError; the
pipeline's ``extract_document`` never raises at all."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extractors
from extractors import Draft, ExtractError, RecordError
from extractors.arxiv_authors import split_abs_authors
from extractors.arxiv_oai import resumption_token
from scholarlake.pipeline import extract_document

from .conftest import SEEDS, make_doc
from .pdf_builder import cv_pdf
from .test_arxiv_extractors import ABS, ENTRY, ERROR_ENTRY, _feed, _oai, _oai_record
from .test_extractors import CV, DAILY, LISTING, PROFILE

SAMPLES = {
    "listing_page": LISTING,
    "cv_text": CV,
    "daily_papers": DAILY,
    "profile_page": PROFILE,
    "records": "id,title,authors,venue,year\nA1,Sparse Things,Ann Lee; Bo Chen,ICML,2024\n",
    "bibtex": "@inproceedings{k1,\n title={Sparse Things},\n author={Lee, Ann and Chen, Bo},\n year={2024}\n}\n",
    "daily_papers_json": '[{"paper": {"id": "2410.00001", "title": "Sparse Things", "authors": [{"name": "Ann Lee"}]}}]',
    "html_publications": '<html><body><div class="pub-item"><div class="pub-title">Sparse Things</div>'
                         '<div class="pub-authors">Lee, Ann and Chen, Bo</div><div class="pub-venue">ICML 2024</div></div></body></html>',
    "arxiv_atom": _feed(ENTRY + ENTRY.replace("2402.01234v3", "quant-ph/0201082v1"), 2),
    "arxiv_atom_error": _feed(ERROR_ENTRY, 1),
    "arxiv_oai": _oai("<ListRecords>" + _oai_record("2402.00001", "Sparse Things")
                      + '<record><header status="deleted"><identifier>oai:arXiv.org:2402.00002</identifier></header></record>'
                      + '<resumptionToken cursor="0" completeListSize="3">t|1</resumptionToken></ListRecords>'),
    "arxiv_abs": ABS,
}
EXTRACTOR_OF = {"arxiv_atom_error": "arxiv_atom"}  # samples that are a second case of one format
SEED_SAMPLES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _mutate(text: str, data) -> str:
    lines = text.splitlines()
    for _ in range(data.draw(st.integers(1, 4))):
        if not lines:
            break
        op = data.draw(st.sampled_from(["drop", "dup", "swap", "cut", "insert", "truncate"]))
        i = data.draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = data.draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cut":
            lines[i] = lines[i][: data.draw(st.integers(0, len(lines[i])))]
        elif op == "insert":
            lines.insert(i, data.draw(st.text(max_size=80)))
        else:
            lines = lines[:i]
    return "\n".join(lines)


def _run_extractor(name: str, text: str | bytes) -> None:
    doc = make_doc(text)
    ex = extractors.get(name)
    try:
        for item in ex.extract(doc):
            assert isinstance(item, (Draft, RecordError))
    except ExtractError:
        pass
    kind, records, rejects = extract_document(doc)  # never raises, every entry accounted for
    # an extractor for which no entries is a normal answer (an empty arXiv feed) may give neither
    assert records or rejects or getattr(extractors.REGISTRY.get(kind), "may_be_empty", False)


@pytest.mark.parametrize("name", sorted(SAMPLES))
@SETTINGS
@given(data=st.data())
def test_mutated_samples_never_crash(name, data):
    _run_extractor(EXTRACTOR_OF.get(name, name), _mutate(SAMPLES[name], data))


@pytest.mark.parametrize("name", sorted(extractors.REGISTRY))
@SETTINGS
@given(blob=st.one_of(st.text(max_size=400), st.binary(max_size=400)))
def test_random_input_never_crashes(name, blob):
    _run_extractor(name, blob)
    assert 0.0 <= extractors.REGISTRY[name].sniff(make_doc(blob)) <= 1.0


@pytest.mark.skipif(not SEED_SAMPLES, reason="seed documents not available in ../shared/seeds")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_seeds_never_crash(data):
    path = data.draw(st.sampled_from(SEED_SAMPLES))
    text = _mutate(path.read_text(encoding="utf-8"), data)
    doc = make_doc(text)
    kind, records, rejects = extract_document(doc)
    assert records or rejects


PDF_SAMPLE = cv_pdf(CV, page_height=300)  # the small text CV above, laid out as a PDF over two pages


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_pdf_never_crashes(data):
    """Flipped, dropped, repeated, inserted or cut-off bytes of a CV PDF: the PDF extractor
    yields drafts or raises ExtractError (UnknownFormat included), nothing else."""
    pdf = bytearray(PDF_SAMPLE)
    for _ in range(data.draw(st.integers(1, 6))):
        op = data.draw(st.sampled_from(["flip", "drop", "dup", "insert", "cut"]))
        i = data.draw(st.integers(0, len(pdf) - 1))
        j = min(len(pdf), i + data.draw(st.integers(1, 200)))
        if op == "flip":
            pdf[i] ^= data.draw(st.integers(1, 255))
        elif op == "drop":
            del pdf[i:j]
        elif op == "dup":
            pdf[i:i] = pdf[i:j]
        elif op == "insert":
            pdf[i:i] = data.draw(st.binary(min_size=1, max_size=40))
        else:
            del pdf[i:]
        if not pdf:
            break
    _run_extractor("cv_pdf", bytes(pdf))


@SETTINGS
@given(data=st.data())
def test_oai_resumption_token_never_crashes(data):
    page = _mutate(SAMPLES["arxiv_oai"], data)
    try:
        token, size = resumption_token(page.encode())
    except ExtractError:
        return
    assert token is None or isinstance(token, str)
    assert size is None or size >= 0


@SETTINGS
@given(text=st.text(alphabet=st.sampled_from("Ab (1),;:&\\'{}~ and et al.2"), max_size=80))
def test_abs_author_split_never_crashes(text):
    people, truncated = split_abs_authors(text)
    assert all(isinstance(n, str) and n and isinstance(a, str) for n, a in people)
