"""BibTeX values to text (``extractors.bibtex.to_text``): only the words holding LaTeX go
through pylatexenc, and the result is the text pylatexenc gives for the whole value
(for LaTeX as people write it: a bare macro before a math group, which pylatexenc itself
reads wrongly, is not generated)."""

from __future__ import annotations

import glob

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import bibtex

from .conftest import SHARED


def whole(value: str) -> str:
    """pylatexenc over the whole value as ``bibtex.prepared`` gives it (math as its text, a
    bare % read as per cent), braces gone."""
    text = bibtex._latex_to_text(bibtex.prepared(value))
    return " ".join(bibtex._BRACES.sub("", text).split())


# Well-formed pieces of LaTeX as titles and abstracts hold them, some with spaces inside.
WORDS = st.sampled_from([
    "Score", "based", "generative", "models", "of", "{GAN}s", "{{Deep} Learning}", "\\textit{Irreversibly}",
    "\\textit {Monotonically}", "\\emph\n{spread}", "{\\em sparse training}", "\\'e", "Erd\\H{o}s", "G{\\\"o}del",
    "$x^2$", "$\\alpha + \\beta$", "--", "---", "``quoted words''", "A~B", "\\&", "20%", "50\\%", "\\LaTeX",
    "\\url{http://x.y/z}", "\\\\", "{\\bf bold text}", "na\\\"ive", "\\c{c}", "x_1", "R\\'enyi", "\\emph{a b}",
    "\n", "\t",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=14), st.sampled_from([" ", "  ", "\n\t"]), st.booleans())
def test_word_by_word_is_the_whole_value_read_by_pylatexenc(words, gap, braced):
    value = gap.join(words)
    if braced:
        value = "{" + value + "}"
    assert bibtex.to_text.__wrapped__(value) == whole(value)


@pytest.mark.skipif(not (SHARED / "external").is_dir(), reason="../shared/external is absent")
def test_every_value_of_the_real_bibtex_files_reads_as_pylatexenc_reads_it():
    import bibtexparser

    values = set()
    for path in glob.glob(str(SHARED / "external" / "**" / "*.bib"), recursive=True):
        with open(path, encoding="utf-8", errors="replace") as fh:
            for entry in bibtexparser.parse_string(fh.read()).entries:
                values.update(str(f.value) for f in entry.fields_dict.values())
    assert len(values) > 500
    differing = [v for v in sorted(values) if bibtex.to_text.__wrapped__(v) != whole(v)]
    assert differing == []


def test_a_bare_percent_is_per_cent_and_keeps_the_rest_of_its_line():
    value = "improves accuracy by 20% on\nImageNet and {50\\%} on \\textit{CIFAR}"
    assert bibtex.to_text(value) == "improves accuracy by 20% on ImageNet and 50% on CIFAR"


def test_plain_values_never_reach_pylatexenc(monkeypatch):
    def fail(value):
        raise AssertionError(f"pylatexenc called for {value!r}")

    monkeypatch.setattr(bibtex, "_latex_to_text", fail)
    assert bibtex.to_text.__wrapped__("{{Score-Based}} Generative   Modeling\n through SDEs") == \
        "Score-Based Generative Modeling through SDEs"
