"""The CRF experiment's labelled corpus and its decoder (tests/citation_corpus.py,
benchmarks/citecrf.py), on hand-made records: no CRF library needed."""

from __future__ import annotations

from benchmarks.citecrf import decode, score, token_features, word_labels
from tests import citation_corpus as C
from tests.author_styles import Person


def _rec():
    return {"people": [Person(("Ann", "B."), "van Lee"), Person(("Cy",), "Roe-Kim")],
            "title": "Sparse Models of Things", "venue": "Journal of Tests", "year": 2019}


def _pairs(text, labels):
    return [(t, lab) for (t, _a, _b), lab in zip(C.tokens(text), labels)]


def test_inverted_comma_is_inside_the_name_and_the_joiner_separates():
    text, names = C.STYLES["apa"](_rec())
    labels = C.label(text, _rec(), len(names))
    pairs = _pairs(text, labels)
    assert pairs[:4] == [("van", "SUR"), ("Lee", "SUR"), (",", "O"), ("A", "GIV")]
    assert (",", "SEP") in pairs and ("&", "SEP") in pairs
    assert [t for t, lab in pairs if lab == "YEAR"] == ["2019"]
    assert " ".join(t for t, lab in pairs if lab == "TITLE") == "Sparse Models of Things"


def test_a_record_whose_title_is_not_printed_is_not_labelled():
    rec = _rec()
    assert C.label("A. B. van Lee. Other Title. Journal of Tests, 2019.", rec, 2) is None


def test_decoding_the_true_labels_gives_the_truth_in_every_style():
    rec = _rec()
    for name, style in C.STYLES.items():
        text, names = style(rec)
        labels = C.label(text, rec, len(names))
        got = decode(text, C.tokens(text), labels)
        # (names compared as the benchmark scores them: initials spaced, casefolded; ISO 690
        # prints the surname in capitals)
        assert score(got, {**rec, "authors": names}) == {"title": True, "authors": True, "year": True,
                                                         "venue": True}, name
        assert got["title"] == rec["title"] and len(got["authors"]) == len(names), name


def test_a_hyphenated_word_takes_its_first_pieces_label():
    text = "Roe-Kim C. Title"
    toks = C.tokens(text)
    assert word_labels(text, toks, ["SUR", "GIV", "GIV", "GIV", "O", "TITLE"])[:3] == ["SUR", "SUR", "SUR"]


def test_a_whole_person_then_an_unlabelled_comma_starts_the_next_person():
    text = "A. Lee, B. Roe. Title"
    toks = C.tokens(text)
    labels = ["GIV", "GIV", "SUR", "O", "GIV", "GIV", "SUR", "O", "TITLE"]
    assert decode(text, toks, labels)["authors"] == ["A. Lee", "B. Roe"]


def test_the_lexicon_feature_fires_only_for_lexicon_words():
    text = "Lee A. Sparse"
    feats = token_features(text, C.tokens(text), frozenset(), frozenset({"lee"}))
    assert "lexs=1" in feats[0] and "lexs=1" not in feats[3]
