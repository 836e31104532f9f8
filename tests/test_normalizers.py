from __future__ import annotations

from datetime import date

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers.dates import parse_date
from normalizers.identifiers import find_arxiv_ids, find_code_urls, find_dois, normalize_arxiv_id, normalize_doi
from normalizers.names import clean_name, name_key
from normalizers.text import clean_text, decode_tex_accents
from normalizers.titles import display_title, title_key
from normalizers.venues import parse_venue

from .conftest import EXTERNAL


@pytest.mark.parametrize(
    "raw, clean",
    [
        (None, ""),
        ("  a \n b\t", "a b"),
        ("\\textbf{GraNet} is fast", "GraNet is fast"),
        ("4$\\times$ faster", "4× faster"),
        ("see \\url{https://x.org/a}", "see https://x.org/a"),
        ("code at \\href{https://g.com/a}{here}", "code at here"),
        ("$\\mathcal{O}(n \\log n)$", "O(n log n)"),
        ("“quoted” ‘single’", "\"quoted\" 'single'"),
        ("``tex quotes''", '"tex quotes"'),
        ("$\\backslashtextit {Irreversibly}$ pruned", "Irreversibly pruned"),
        ("SchrÃ¶dinger", "Schrödinger"),  # mojibake repaired
        ("Cafe\u0301", "Café"),  # NFC
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


def test_title_key_folds_what_should_match():
    assert title_key('Ten Lessons in the New "Sparseland"') == title_key('Ten lessons in the new "Sparse-land".')
    assert title_key("Beyond 51x51 Using Sparsity") == title_key("Beyond 51×51 using sparsity")
    assert title_key("Zoë's Café") == "zoes cafe"
    assert title_key("Dynamic Sparse No Training") != title_key("Dynamic Sparse Training")


def test_display_title_keeps_case_and_drops_trailing_period():
    assert display_title("  Feature Selection with Neuron Evolution. ") == "Feature Selection with Neuron Evolution"
    assert display_title('"A Quoted Title"') == "A Quoted Title"


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Jaiswal, Ajay", "Ajay Jaiswal"),
        ("AJAY KUMAR JAISWAL", "Ajay Kumar Jaiswal"),
        ("**Shiwei Liu***", "Shiwei Liu"),
        ("Tim Van der Lee", "Tim Van der Lee"),
        ("Arinbjrn Kolbeinsson", "Arinbjrn Kolbeinsson"),  # lost diacritics are kept as found
        ("Ada Lovelace1", "Ada Lovelace"),
    ],
)
def test_clean_name(raw, clean):
    assert clean_name(raw) == clean


@pytest.mark.parametrize(
    "raw, clean",
    [
        # one word in capitals, no given name or initial: a body's acronym, kept
        ("OECD", "OECD"), ("NASA", "NASA"), ("UNESCO", "UNESCO"), ("ABC-DEF", "ABC-DEF"), ("OECD.", "OECD"),
        # a person's name in capitals (a given name or an initial beside the surname): recased
        ("SMITH, JOHN", "John Smith"), ("JOHN SMITH", "John Smith"), ("SMITH,JOHN", "John Smith"),
        ("J. SMITH", "J. Smith"), ("JOHN-PAUL SMITH", "John-Paul Smith"), ("MÜLLER, JÜRGEN", "Jürgen Müller"),
    ],
)
def test_capitals_of_a_person_are_recased_an_acronym_kept(raw, clean):
    assert clean_name(raw) == clean


def test_name_key():
    assert name_key("Ajay Kumar Jaiswal") == name_key("Jaiswal, Ajay") == name_key("AJAY KUMAR JAISWAL") == "jaiswal a"
    assert name_key("Kurt Gödel") == "godel k"
    assert name_key("") == ""


def test_joined_initials_after_a_lone_surname_are_given_initials():
    # nameparser reads joined initials that spell a degree ("A.M.", "M.D.") as a suffix with
    # no first name; spaced ("A. M.") or not a degree ("H.C.") they were already reordered.
    for printed in ("Okafor, A.M.", "Okafor, A. M.", "Okafor, A.-M."):
        assert clean_name(printed).endswith(" Okafor"), printed
        assert name_key(printed) == "okafor a", printed
    assert clean_name("Okafor, M.D.") == "M.D. Okafor"
    assert clean_name("Okafor, H.C.") == "H.C. Okafor"
    assert clean_name("Lee, Ph.D.") == "Lee, Ph.D."  # not initials: left to nameparser


CAPTURE = date(2026, 11, 22)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Oct 8, 2023", (date(2023, 10, 8), 2023)),
        ("Jun 3", (date(2026, 6, 3), 2026)),
        ("Dec 30", (date(2025, 12, 30), 2025)),  # would be after the capture date this year
        ("2021", (None, 2021)),
        ("2024-02-29", (date(2024, 2, 29), 2024)),
        ("Feb 30, 2024", (None, 2024)),
        ("not a date", (None, None)),
        (None, (None, None)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text, CAPTURE) == expected


def test_parse_date_never_after_capture():
    assert parse_date("Nov 23", CAPTURE) == (date(2025, 11, 23), 2025)
    assert parse_date("Nov 22", CAPTURE) == (date(2026, 11, 22), 2026)


@pytest.mark.parametrize(
    "text, acronym, year, workshop",
    [
        ("The Forty-first International Conference on Machine Learning (ICML), 2024", "ICML", 2024, False),
        ("The Thirty-seventh Conference on Neural Information Processing Systems (NeurIPS)", "NeurIPS", None, False),
        ("Learning on Graphs Conference (LoG), 2022", "LoG", 2022, False),
        ("SNN Workshop at ICLR 2023", "ICLR", 2023, True),
        ("Neural Information Processing Systems", "NeurIPS", None, False),
        ("TMLR", "TMLR", None, False),
        (None, None, None, False),
    ],
)
def test_parse_venue(text, acronym, year, workshop):
    v = parse_venue(text)
    assert (v.acronym, v.year, v.is_workshop) == (acronym, year, workshop)


@pytest.mark.parametrize(
    "text, acronym, kind",
    [
        ("SIGMOD Conference", "SIGMOD", "conference"),
        ("ACM SIGMOD Record", "SIGMOD", "journal"),
        ("VLDB J.", "VLDB", "journal"),
        ("vldb", "VLDB", "conference"),
        ("ACM Trans. Database Syst.", "TODS", "journal"),
        ("NIPS", "NeurIPS", "conference"),
        ("arXiv preprint arXiv:2306.03805", None, "preprint"),
        ("Technical Report MSR-TR-2001-104, Microsoft Research", None, "preprint"),
        ("Nature", None, None),
    ],
)
def test_venue_kind(text, acronym, kind):
    v = parse_venue(text)
    assert (v.acronym, v.kind) == (acronym, kind)


def test_broken_character_references_and_genre_notes():
    assert clean_text("Ulrich G &252; ntzer") == "Ulrich Güntzer"
    assert clean_text("Val&#233;rie") == "Valérie"
    assert clean_text("on very large & hellip") == "on very large…"
    assert title_key("Index Research (Panel Session): Forest or Trees?") == "index research forest or trees"
    assert title_key("Learning (with) Noise") == "learning with noise"  # not a genre note: kept


def test_identifiers():
    text = "See arXiv:2201.11380v2 and https://arxiv.org/abs/hep-th/9901001v1, doi:10.1145/3292500.3330701. Code: github.com/luuyin/OWL."
    assert find_arxiv_ids(text) == [("2201.11380", 2), ("hep-th/9901001", 1)]
    assert find_dois(text) == ["10.1145/3292500.3330701"]
    assert find_code_urls(text) == ["https://github.com/luuyin/OWL"]
    assert find_arxiv_ids("3.5 bits at 1234.5678 dollars") == []
    assert normalize_arxiv_id("2310.01234v3") == ("2310.01234", 3)
    assert normalize_doi("https://doi.org/10.1000/ABC.") == "10.1000/abc"
    assert normalize_doi("nonsense") is None


@pytest.mark.parametrize(
    "raw, decoded",
    [
        ("C. Bal\\'azs", "C. Balázs"),
        ("Fr\\'{e}d\\'{e}ric", "Frédéric"),
        ("{\\\"o}zt{\\\"u}rk", "öztürk"),
        ("Jo\\~ao", "João"),
        ("\\v{S}koda, \\c{C}elik", "Škoda, Çelik"),
        ("Pla{\\ss}, Bj{\\o}rn, Vardarl{\\i}", "Plaß, Bjørn, Vardarlı"),
        ("\\textbf{Bal\\'{a}}", "\\textbf{Balá}"),  # the wrapper keeps its closing brace
        ("$\\lambda \\over \\int$ \\cdot x", "$\\lambda \\over \\int$ \\cdot x"),  # not accents
        ("plain", "plain"),
    ],
)
def test_decode_tex_accents(raw, decoded):
    assert decode_tex_accents(raw) == decoded


# The two-word shortcut of clean_name / name_key must give what nameparser gives. Words:
# given names and surnames of several origins, initials, nameparser's role words (titles,
# suffixes, conjunctions, particles), accented letters, hyphens and apostrophes.
_NAME_WORDS = ["Ann", "Lee", "Bo", "Chen", "Zhang", "Wei", "Olsen", "Müller", "José", "Ngozi", "Okafor", "A", "B.",
               "J.-P.", "Van", "van", "de", "Del", "Le", "Mac", "Jr", "III", "Dr", "Prof", "Sir", "y", "e", "Bin",
               "O'Brien", "Smith-Jones", "Ana", "Mary", "Sri", "Mohammed", "Al", "St", "Do", "Ha", "Ma", "Li", "Von",
               "Dos", "PhD", "MD", "Esq", "Hon", "Rev", "Lord", "Jean", "Yu", "Ng", "Ó", "Ş", "Çelik", "Ilse"]


def _by_parser(text: str) -> tuple[str, str]:
    """(clean_name, name_key) with every name through nameparser: the reference."""
    from normalizers import names

    name = names._stripped(text)
    if "," in name:
        name = names._inverted_by_parser(name)
    cleaned = names._capitalized(name)
    parts = names._parts(cleaned)
    return cleaned, (names._key_by_parser(cleaned, parts) if cleaned and parts else "")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=3), st.booleans())
def test_name_shortcut_equals_nameparser(words, inverted):
    text = f"{words[-1]}, {' '.join(words[:-1])}" if inverted and len(words) > 1 else " ".join(words)
    assert (clean_name(text), name_key(text)) == _by_parser(text)


@pytest.mark.skipif(not (EXTERNAL / "arxiv").is_dir(), reason="../shared/external is absent")
def test_name_shortcut_equals_nameparser_on_real_author_lists():
    """Every author name of the arXiv .abs metadata in ../shared, as printed and inverted."""
    import re as _re

    names_seen = set()
    for path in sorted((EXTERNAL / "arxiv").rglob("*.abs"))[:3000]:
        text = path.read_text(encoding="utf-8", errors="replace")
        m = _re.search(r"^Authors?:\s*(.+?)\n(?:\S|\n)", text, _re.M | _re.S)
        if m:
            names_seen.update(n.strip() for n in _re.split(r",|\band\b", " ".join(m.group(1).split())) if n.strip())
    assert len(names_seen) > 500
    for name in sorted(names_seen):
        words = name.split()
        for text in {name, f"{words[-1]}, {' '.join(words[:-1])}" if len(words) > 1 else name}:
            assert (clean_name(text), name_key(text)) == _by_parser(text), text
