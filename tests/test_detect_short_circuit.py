"""``detect`` skips a sniffer with a ``sniff_ceiling`` once another sniffer scored above it
(extractors.best_sniff). The kind it picks must be the one of sniffing every extractor: held
here on every document of ../shared/seeds and ../shared/external and on the pages of the
tests' markdown and HTML layout generators (tuned and held-out alike: only the detected kind
is compared, no entry is read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import REGISTRY, _sniff, best_sniff

from . import cv_layouts, html_layouts, markdown_layouts
from .conftest import EXTERNAL, SEEDS, make_doc


def full_detection(doc) -> tuple[float, str]:
    """What detect did before the short cut: every sniffer, the highest (score, name)."""
    return max((_sniff(e, doc), e.name) for e in REGISTRY.values())


CEILINGED = [e for e in REGISTRY.values() if getattr(e, "sniff_ceiling", None) is not None]


def _same_as_full(doc, reached: set | None = None) -> None:
    """The short cut's answer is full detection's, and no sniffer returned more than the
    ceiling the short cut trusts (``reached`` collects the sniffers that returned it)."""
    assert best_sniff(doc) == full_detection(doc), doc.source_uri
    for e in CEILINGED:
        score = _sniff(e, doc)
        assert score <= e.sniff_ceiling, (e.name, doc.source_uri)
        if reached is not None and score == e.sniff_ceiling:
            reached.add(e.name)


def test_some_sniffer_declares_a_ceiling():
    assert CEILINGED, "no extractor declares a sniff_ceiling: the short cut does nothing"


def _files(root: Path) -> list[Path]:
    if not root.is_dir():
        pytest.skip(f"{root} is absent (it lives in ../shared)")
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_short_cut_on_seeds():
    for path in _files(SEEDS):
        _same_as_full(make_doc(path.read_bytes(), path.name))


def test_short_cut_on_external():
    for path in _files(EXTERNAL):
        _same_as_full(make_doc(path.read_bytes(), path.name))


@pytest.mark.parametrize("generator, tag, name", [
    (markdown_layouts, "markdown-layouts", "publications.md"),
    (html_layouts, "html-layouts", "publications.html"),
])
def test_short_cut_on_generated_layouts(generator, tag, name):
    cases = cv_layouts.page_cases(EXTERNAL, generator.LAYOUTS, tag, 12)
    reached: set[str] = set()
    for layout, pages in cases.items():
        for owner, entries in pages:
            page = generator.render(layout, entries, owner, 0)
            # a layout of one file per entry (markdown_layouts.MULTI_FILE) renders {path: text}
            files = page if isinstance(page, dict) else {f"{layout}/{name}": page}
            for path, text in files.items():
                raw = text.encode("utf-8") if isinstance(text, str) else text
                _same_as_full(make_doc(raw, path), reached)
    if generator is markdown_layouts:  # markdown pages: the ceiling is the sniffer's real answer
        assert "markdown_page" in reached
