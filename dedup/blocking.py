"""Blocking: candidate pairs that share at least one key, so true duplicates meet while the
number of pairs stays near linear in the number of records.

Keys depend on the record alone, never on corpus statistics, so adding records never
changes the pairs among the old ones (that is what makes incremental runs equal full
rebuilds). Keys per record: identifiers (arXiv id, DOI, code URL); the first three and the
last three content words of the title; its two longest content words; the main title
(before a subtitle); for a trained model, its first and its last letters with the spaces
taken out (``spelling_keys``), and for a record that names no authors the opening letters
and two longest words of its title's core (``shifted_title_keys``); the first two authors;
the first author with the year. Every key has a block size limit: a block over it is skipped (its pairs would be quadratic, and a key that
many records share says little) and counted in the run's stats (``oversized_blocks``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from schemas import BLOCK_KEYS

from . import parallel
from .parallel import fork_map
from .prepare import STOPWORDS, Rec, content_tokens

MAX_BLOCK = 300
# The two-longest-words key catches reworded titles but is the least selective: in a large
# corpus its blocks fill with different papers sharing two rare-ish words. Smaller limit.
WEAK_MAX_BLOCK = 40
WEAK_KEYS = ("t:", "n:", "e:")
IDENTIFIER_KEYS = ("a:", "d:", "c:")  # arXiv id, DOI, code URL
# An arXiv id or DOI names one paper, so its block can be far larger than a fuzzy key's; but
# not unbounded: 1,000 records of one id are 500k pairs. A code URL often serves a whole
# lab's papers (a monorepo) and no rule takes it as evidence: the common limit.
IDENTIFIER_MAX_BLOCK = 1000
STRONG_IDENTIFIER_KEYS = ("a:", "d:")


def title_keys(key: str, main: str, tokens: frozenset[str], spelling: bool = False) -> list[str]:
    """The keys a title gives: first and last three content words, two longest content
    words, main title; with ``spelling`` (``spelling_keys``), its opening and closing letters
    too."""
    out = []
    words = [t for t in key.split() if t in tokens]
    if words:
        out.append("p:" + " ".join(words[:3]))
        if len(words) > 3:
            out.append("s:" + " ".join(words[-3:]))
    if len(tokens) >= 2:
        out.append(_longest_words_key(tokens))
    if main:
        out.append("m:" + main)
    letters = _leading_letters(key) if spelling else ""
    if letters:
        out.append("n:" + letters)
    letters = _trailing_letters(key) if spelling else ""
    if letters:
        out.append("e:" + letters)
    return out


def _longest_words_key(tokens) -> str:
    """The "t:" key: a title's two longest content words (ties alphabetical), in order."""
    longest = sorted(sorted(tokens), key=len, reverse=True)[:2]
    return "t:" + "|".join(sorted(longest))


def spelling_keys(model) -> bool:
    """Whether blocking adds the opening- and closing-letters keys (``_leading_letters``,
    ``_trailing_letters``): only for a model trained from labels (``dedup.supervised``).
    Unsupervised EM learns both classes from the candidate pairs, and the looser keys' extra
    pairs (different papers whose titles open alike) blur them: on the DeepMatcher DBLP-ACM valid split the unsupervised F1 fell from
    96.16 to 94.66 with it, while the trained matcher's rose (Dirty DBLP-ACM 96.12 -> 97.29).
    A model is fixed for the runs that use it, so incremental runs block as the full run did."""
    return model is not None and getattr(model, "classifier", None) is not None


# How many letters of a title the spelling-blind key keeps: about two words' worth.
LEADING_LETTERS = 10


def _leading_letters(key: str) -> str:
    """The title's first ``LEADING_LETTERS`` letters and digits with the spaces taken out,
    after any leading stopwords: scraped and OCR'd titles lose the spaces between words
    ("processingdream", "hyperstormadministering") and one source drops a leading article,
    so the word keys of two records of one paper can all differ while their opening letters
    agree. Empty for a title shorter than that (its words say too little)."""
    words = key.split()
    while words and words[0] in STOPWORDS:
        words = words[1:]
    letters = "".join(words)
    return letters[:LEADING_LETTERS] if len(letters) >= LEADING_LETTERS else ""


def _trailing_letters(key: str) -> str:
    """The title's last ``LEADING_LETTERS`` letters and digits with the spaces taken out,
    before any trailing stopwords: the opening letters' twin for titles whose start is
    broken. Scraped citations put an author, a year or a page note before the title ("j 1997
    online view maintenance", "paper id 238 covering indexes ..."), and a lost space or a
    garbled letter in the first words spoils the opening letters; the closing letters of such
    a title still agree with its clean copy's. Empty for a title shorter than that."""
    words = key.split()
    while words and words[-1] in STOPWORDS:
        words = words[:-1]
    letters = "".join(words)
    return letters[-LEADING_LETTERS:] if len(letters) >= LEADING_LETTERS else ""


def _initial(word: str) -> bool:
    """A given name's initials as a title key writes them: one or two letters, not a stopword
    ("j", "cy"; "a" is an article as often as an initial)."""
    return len(word) <= 2 and word.isalpha() and word not in STOPWORDS


def _surname(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word not in STOPWORDS and not _initial(word)


# Title words kept before the core may end: a title of three words is never cut shorter.
CORE_MIN_WORDS = 3


def title_core(key: str) -> str:
    """A title key without the author names run into it at its start or its end (``key``
    unchanged when none is seen). When a record's author line ran into its title, the
    names sit before or after the title words as initials and a surname ("j vandenberg the
    sdss skyserver ... data j gray a szalay technical report ..."; scraped citations, the Dirty
    benchmark sets). Taken off: leading pairs of initials and a surname while more than four
    words remain; then everything from the first such pair after ``CORE_MIN_WORDS`` words that
    is followed by the end, a number or another initial (a second name, or "a" as one), so
    that a venue and a year after the names go too. A pair alone mid-title ("data j gray
    algorithms") is kept: one initial and a word are common in titles ("x window systems")."""
    words = key.split()
    while len(words) > 4 and _initial(words[0]) and _surname(words[1]):
        words = words[2:]
    for k in range(CORE_MIN_WORDS, len(words) - 1):
        if not (_initial(words[k]) and _surname(words[k + 1])):
            continue
        after = words[k + 2] if k + 2 < len(words) else ""
        if not after or after.isdigit() or (len(after) <= 2 and after.isalpha() and k + 3 < len(words)
                                            and words[k + 3] not in STOPWORDS):
            words = words[:k]
            break
    return " ".join(words)


def shifted_title_keys(key: str) -> list[str]:
    """For a trained model (``spelling_keys``) and a record that names no authors (its author
    line may sit in its title, with a venue and a year after it): the opening letters and the
    two longest words of its ``title_core``, under the keys its clean copy has ("n:", "t:", weak
    limit), when the core differs from the title. Every key of such a title's ends is spoiled
    by the names around it; the core's opening letters and longest words are not. Only for
    records without authors: a record with an author list keeps its keys, so the clean
    DeepMatcher sets block as before (Dirty DBLP-Scholar valid: labelled matches that never
    meet 110 -> 86 of 1,070, candidate pairs +3.3%; README)."""
    core = title_core(key)
    if core == key:
        return []
    tokens = content_tokens(core)
    out = []
    letters = _leading_letters(core)
    if letters:
        out.append("n:" + letters)
    if len(tokens) >= 2:
        out.append(_longest_words_key(tokens))
    return out


def record_keys(r: Rec, titles: dict | None = None, spelling: bool = False) -> list[str]:
    """The blocking keys of one record; identifier keys start with one of ``IDENTIFIER_KEYS``.
    ``titles`` caches the title keys by title (records of one work share titles);
    ``spelling``: see ``spelling_keys``."""
    out = []
    if r.arxiv_id:
        out.append("a:" + r.arxiv_id)
    if r.doi:
        out.append("d:" + r.doi)
    if r.code_url:
        out.append("c:" + r.code_url)
    if titles is None:
        out += title_keys(r.key, r.main, r.tokens, spelling)
    else:
        cached = titles.get((r.key, r.main))
        if cached is None:
            cached = titles[(r.key, r.main)] = title_keys(r.key, r.main, r.tokens, spelling)
        out += cached
    if spelling and not r.authors:
        out += [k for k in shifted_title_keys(r.key) if k not in out]
    if r.authors:
        if len(r.authors) >= 2:
            out.append(f"f:{r.authors[0]}|{r.authors[1]}")  # first two authors, any year
        out.append(f"f:{r.authors[0]}:{r.year or ''}")
    return out


CHUNK = 100_000  # records whose key strings are held at once
PARALLEL_MIN_RECORDS = 200_000  # below this, one process is faster than starting workers


_SPECIAL_LIMITS = {**{p: WEAK_MAX_BLOCK for p in WEAK_KEYS}, **{p: IDENTIFIER_MAX_BLOCK for p in STRONG_IDENTIFIER_KEYS}}


def _limits(uniques: np.ndarray) -> np.ndarray:
    """The block size limit of each key, by its prefix."""
    return np.fromiter((_SPECIAL_LIMITS.get(u[:2], MAX_BLOCK) for u in uniques), dtype=np.int64,
                       count=len(uniques))


def key_entries(recs: list[Rec], spelling: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(key hash, position in ``recs``, block size limit) for every key of every record
    (``spelling``: see ``spelling_keys``).

    Keys are hashed to 64 bits (``pandas.util.hash_array``: SipHash with a fixed key, the same
    on every run and machine): that is how they are stored (``block_keys``) for the next
    incremental run. Two distinct keys share a hash with probability about k^2 / 2^65 for k
    distinct keys (1e-6 for 7 million): their blocks would be one."""
    keys: list[str] = []
    pos: list[int] = []
    titles: dict = {}
    for i, r in enumerate(recs):
        before = len(keys)
        keys.extend(record_keys(r, titles, spelling))
        pos.extend([i] * (len(keys) - before))
    if not keys:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    codes, uniques = pd.factorize(np.asarray(keys, dtype=object))
    uniques = np.asarray(uniques, dtype=object)
    return (pd.util.hash_array(uniques, categorize=False).view(np.int64)[codes],
            np.asarray(pos, dtype=np.int64), _limits(uniques)[codes])


def _chunk_entries(shared: tuple, bounds: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(key hash, record index, block limit) for the keys of ``recs[lo:hi]``."""
    recs, spelling = shared
    hashes, pos, limits = key_entries(recs[bounds[0]:bounds[1]], spelling)
    return hashes, pos + bounds[0], limits


def build_blocks(recs: list[Rec], spelling: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Entries (key hash, record index) sorted by key, without repeats, and each entry's
    block size limit (see ``key_entries``).

    Hashed a chunk of records at a time, so the key strings of a million records never sit
    in memory together; chunks run in forked workers (``dedup.parallel``) on large inputs."""
    bounds = [(lo, min(lo + CHUNK, len(recs))) for lo in range(0, len(recs), CHUNK)]
    n_workers = parallel.workers() if len(recs) >= PARALLEL_MIN_RECORDS else 1
    parts = [p for p in fork_map(_chunk_entries, (recs, spelling), bounds, n_workers) if len(p[0])]
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    hashes, rec_ids, limits = zip(*parts)
    return sorted_entries(np.concatenate(hashes), np.concatenate(rec_ids), np.concatenate(limits))


def sorted_entries(keys: np.ndarray, members: np.ndarray, limits: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Entries (key hash, record index, limit) sorted by key and record, without repeats:
    what ``candidate_pairs`` reads. Any set of whole blocks will do (the Spark engine
    passes each partition's keys)."""
    if not len(keys):
        return keys, members, limits
    order = np.lexsort((members, keys))
    keys, members, limits = keys[order], members[order], limits[order]
    keep = np.r_[True, (keys[1:] != keys[:-1]) | (members[1:] != members[:-1])]
    return keys[keep], members[keep], limits[keep]


def _blocks(keys: np.ndarray, limit: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(start, size, usable) per block of the sorted entries."""
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.zeros(0, dtype=np.int64)
    sizes = np.diff(np.r_[starts, len(keys)])
    usable = (sizes >= 2) & (sizes <= limit[starts]) if len(keys) else sizes.astype(bool)
    return starts, sizes, usable


def _within(members: np.ndarray, starts: np.ndarray, sizes: np.ndarray) -> list[np.ndarray]:
    """All pairs inside each block, built per block size with one vectorised step."""
    chunks = []
    for size in np.unique(sizes):
        block_starts = starts[sizes == size]
        mat = members[block_starts[:, None] + np.arange(size)]  # (blocks, size), rows sorted
        iu, ju = np.triu_indices(int(size), 1)
        chunks.append(np.stack([mat[:, iu].ravel(), mat[:, ju].ravel()], axis=1))
    return chunks


def _unique_pairs(chunks: list[np.ndarray]) -> np.ndarray:
    if not chunks:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.concatenate(chunks)
    n = int(pairs.max()) + 1 if len(pairs) else 1
    flat = pairs[:, 0] * n + pairs[:, 1]
    del pairs
    flat.sort()  # then drop repeats: several times faster than np.unique's hash table here
    flat = flat[np.r_[True, flat[1:] != flat[:-1]]] if len(flat) else flat
    return np.stack([flat // n, flat % n], axis=1)


def candidate_pairs(recs: list[Rec], report: dict | None = None,
                    entries: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
                    spelling: bool = False) -> np.ndarray:
    """All candidate pairs (a < b) as an (n, 2) int64 array, sorted and unique. ``report``
    (a dict) receives ``oversized_blocks`` (blocks skipped for their size) and
    ``largest_oversized_block``. ``entries`` are ``build_blocks(recs)`` when the caller has
    them already; ``spelling``: see ``spelling_keys``."""
    keys, members, limit = entries if entries is not None else build_blocks(recs, spelling)
    starts, sizes, usable = _blocks(keys, limit)
    if report is not None:
        over = sizes > limit[starts] if len(keys) else sizes.astype(bool)
        report["oversized_blocks"] = int(over.sum())
        report["largest_oversized_block"] = int(sizes[over].max()) if over.any() else 0
    return _unique_pairs(_within(members, starts[usable], sizes[usable]))


def keys_table(record_ids: list[str], entries: tuple[np.ndarray, np.ndarray, np.ndarray]) -> pa.Table:
    """``block_keys`` rows from ``key_entries``/``build_blocks`` output (positions into
    ``record_ids``), one row per (record, key)."""
    hashes, pos, limits = entries
    if len(hashes):
        order = np.lexsort((hashes, pos))
        hashes, pos, limits = hashes[order], pos[order], limits[order]
        keep = np.r_[True, (hashes[1:] != hashes[:-1]) | (pos[1:] != pos[:-1])]
        hashes, pos, limits = hashes[keep], pos[keep], limits[keep]
    rids = pa.array(record_ids, pa.string()).take(pa.array(pos, pa.int64()))
    return pa.table([rids, pa.array(hashes, pa.int64()), pa.array(limits.astype(np.int32), pa.int32())],
                    schema=BLOCK_KEYS)
