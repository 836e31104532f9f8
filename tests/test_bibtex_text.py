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


@pytest.mark.parametrize("value,text", [
    (r"Hermite and Laguerre $\beta$-ensembles", "Hermite and Laguerre β-ensembles"),
    (r"the rare $B^0_s\to\mu^+\mu^-$ decay", "the rare B⁰ₛ→μ⁺μ⁻ decay"),
    (r"Galactic H$_{2}$CO Densitometry", "Galactic H₂CO Densitometry"),
    (r"with $^{13}$CO(1-0)", "with ¹³CO(1-0)"),
    (r"H$_2$O", "H₂O"),
    (r"tower over \( \mathbb F_8 \)", "tower over 𝔽₈"),
    (r"superconducting $T_c$", "superconducting T_c"),  # no subscript c in Unicode: plain text
    (r"in $\mathcal{O}(n\log n)$ time", "in 𝒪(n log n) time"),
    (r"with $7.5 \leq l \leq 194$", "with 7.5 ≤ l ≤ 194"),
    (r"$\Bz\to\pip$ analysis", "Bz →pip analysis"),  # an author's own macros: their names, not nothing
    (r"display $$x^2$$ and \[ y \]", "display x² and y"),
    (r"a $\tilde G_2$-structure", "a G̃₂-structure"),
    (r"costs \$5 and \$10", "costs $5 and $10"),  # escaped dollars are no math
    (r"Weber, J.-J., & Horner, K.", "Weber, J.-J., & Horner, K."),  # a bare & is an ampersand
])
def test_math_and_bare_ampersand_read_as_text(value, text):
    assert bibtex.to_text(value) == text


@pytest.mark.skipif(not (SHARED / "external").is_dir(), reason="../shared/external is absent")
def test_no_title_of_the_real_bibtex_files_keeps_tex():
    """Every title of the real .bib files is text: no backslash, no math dollar, no brace."""
    from .conftest import make_doc

    titles = []
    for path in glob.glob(str(SHARED / "external" / "**" / "*.bib"), recursive=True):
        with open(path, "rb") as fh:
            titles += [d.title for d in bibtex.BibtexExtractor().extract(make_doc(fh.read(), path))
                       if hasattr(d, "title")]
    assert len(titles) > 300
    assert [t for t in titles if any(c in t for c in "\\${}")] == []


SIMPLE = st.text(alphabet=list("ab -`'!?~%&_#$\\ \n"), max_size=30)


@settings(max_examples=500, deadline=None)
@given(SIMPLE)
def test_simple_latex_read_without_pylatexenc_as_pylatexenc_reads_it(run):
    """``_run_text``'s own reading of dashes, TeX quotes, ties and escaped specials (and its
    hand-over of anything else) gives pylatexenc's text."""
    assert bibtex._run_text(run) == bibtex._latex_to_text.__wrapped__(run)


@pytest.mark.skipif(not (SHARED / "external").is_dir(), reason="../shared/external is absent")
def test_cached_readings_are_the_uncached_ones(monkeypatch):
    """The bounded caches of LaTeX-to-text (``to_text``, ``_latex_to_text``, a person's name,
    a math group) change nothing: every real file read with warm caches (twice over) gives
    the drafts it gives with every cache bypassed."""
    from extractors import latex_math

    from .conftest import make_doc

    files = [open(p, "rb").read() for p in sorted(glob.glob(str(SHARED / "external" / "**" / "*.bib"), recursive=True))]

    def read_all():
        return [[d for d in bibtex.BibtexExtractor().extract(make_doc(data)) if hasattr(d, "title")] for data in files]

    read_all()
    warm = read_all()
    for module, name in ((bibtex, "to_text"), (bibtex, "_latex_to_text"), (bibtex, "_person_name"),
                         (latex_math, "math_to_text"), (latex_math, "_macro")):
        monkeypatch.setattr(module, name, getattr(module, name).__wrapped__)
    assert read_all() == warm


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=10))
def test_latex_read_with_the_macro_table_built_once_is_pylatexencs_own_reading(words):
    from pylatexenc.latex2text import LatexNodes2Text

    value = " ".join(words)
    own = LatexNodes2Text(latex_context=bibtex.text_context(), math_mode="verbatim",
                          strict_latex_spaces=True).latex_to_text(value)
    assert bibtex._latex_to_text.__wrapped__(value) == own


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=list("ab -`'!?~%&#^_$\\{}\n"), max_size=20))
def test_has_latex_is_the_latex_syntax_pattern(value):
    assert bibtex.has_latex(value) == (bibtex._LATEX_SYNTAX.search(value) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("ab ~\\{}%&#$"), max_size=16))
def test_math_text_escaped_for_latex_reads_back_as_itself(text):
    """The text of a math group goes back into the value escaped; pylatexenc reads it back
    as the same characters (a tilde is no accent, a brace no group)."""
    from extractors.latex_math import _escaped

    assert bibtex._latex_to_text.__wrapped__(_escaped(text)) == text


def test_a_blank_line_after_a_macro_name_keeps_the_words_apart():
    """A paragraph break ends the spaces a macro's name swallows, as pylatexenc reads the
    whole value (found by the property test above: "LaTeXScore")."""
    value = "\\LaTeX\n\t\n\n\tScore"
    assert bibtex.to_text(value) == whole(value) == "LaTeX Score"
