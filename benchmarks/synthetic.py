"""A synthetic bibliographic corpus with known true clusters, for dedup speed and quality.

    rows, cluster_of = generate(100_000, seed=0)

Works get made-up titles (pseudo-words from random syllables, Zipf-distributed so that some
words are common), authors from a pool of made-up people, a year, a venue and sometimes an
arXiv id, DOI or code URL. Each work is seen as 1 or more records (most works 1-3; a few
up to 20), and every record after the first is a realistic variant:

* title: typos, case changes, hyphenation/punctuation changes, dropped subtitle, or a
  retitled version (new subtitle; same leading authors and year);
* authors: truncated to the first 3 (``authors_truncated=True``), reordered, written as
  ``Last, First`` or ``F. Last``;
* year one earlier (the preprint), venue an arXiv preprint, identifiers shown or not.

Look-alike works are DIFFERENT papers built to be confusable: they share a long title prefix,
the first author and the year with another work, and they are separate true clusters.

Rows carry every field the deduplicator reads; ``title_key``, ``authors`` and ``author_keys``
come from the project's normalizers, called once per distinct string (they are slow).
The generation itself is vectorised with numpy; 1,000,000 records take well under a minute.
"""

from __future__ import annotations

import gc
import logging
import math
import multiprocessing as mp
import os
import time
from dataclasses import dataclass

import numpy as np

from normalizers.names import clean_name, name_key
from normalizers.titles import title_key
from normalizers.venues import parse_venue

log = logging.getLogger(__name__)

# Cluster sizes (records per work) and their probabilities: most works have 1-3 records.
SIZES = np.array([1, 2, 3, 4, 5, 6, 8, 12, 20])
SIZE_P = np.array([0.50, 0.25, 0.12, 0.06, 0.03, 0.02, 0.01, 0.007, 0.003])

# Per-record variant probabilities (records after the first of their work).
P_TYPO, P_CASE, P_HYPHEN, P_DROP_SUB, P_RETITLE = 0.12, 0.15, 0.10, 0.15, 0.05
P_TRUNCATE, P_REORDER, P_LAST_FIRST, P_INITIALS = 0.12, 0.04, 0.20, 0.20
P_YEAR_EARLIER, P_PREPRINT = 0.10, 0.30
P_LOOKALIKE = 0.03  # share of works that are look-alikes of another work
MAX_PERSONS = 25_000  # distinct people (name keys); each costs ~3 name-parser calls
CHUNK, N_DRAWS = 65_536, 17  # uniform draws per record, made a chunk of records at a time

FUNCTION_WORDS = ["for", "of", "with", "in", "on", "via", "and", "towards", "from", "under", "beyond"]
ONSETS = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
          "br", "cr", "dr", "fl", "gr", "pl", "pr", "sh", "st", "str", "th", "tr", "ch", "sc", "sp", ""]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"]
CODAS = ["", "", "", "n", "r", "s", "t", "l", "m", "x", "nd", "rk", "st", "ng", "ct"]


@dataclass
class Vocab:
    words: list[str]  # capitalised title words
    word_p: np.ndarray  # Zipf-like draw probabilities
    first: list[str]
    last: list[str]
    venues: list[tuple[str, str]]  # (long name, acronym)


def _pseudo_words(rng: np.random.Generator, n: int, min_syl: int, max_syl: int) -> list[str]:
    """``n`` distinct made-up words of ``min_syl``..``max_syl`` syllables, capitalised."""
    out: dict[str, None] = {}
    while len(out) < n:
        m = 2 * (n - len(out)) + 100
        syl = np.minimum(min_syl + rng.binomial(max_syl - min_syl, 0.4, size=m), max_syl)
        o = rng.integers(0, len(ONSETS), size=(m, max_syl))
        v = rng.integers(0, len(VOWELS), size=(m, max_syl))
        c = rng.integers(0, len(CODAS), size=(m, max_syl))
        for k in range(m):
            w = "".join(ONSETS[o[k, j]] + VOWELS[v[k, j]] + CODAS[c[k, j]] for j in range(syl[k]))
            if len(w) >= 3:
                out.setdefault(w.capitalize())
    return list(out)[:n]


def _zipf_p(n: int, s: float, shift: float = 2.7) -> np.ndarray:
    p = 1.0 / (np.arange(n) + shift) ** s
    return p / p.sum()


def make_vocab(rng: np.random.Generator, n_words: int = 100_000, n_first: int = 3_000,
               n_last: int = 40_000, n_venues: int = 80) -> Vocab:
    words = _pseudo_words(rng, n_words, 1, 4)
    names = _pseudo_words(rng, n_first + n_last, 1, 3)
    first, last = names[:n_first], names[n_first:]
    acr = _pseudo_words(rng, n_venues, 1, 2)
    venues = []
    for k, a in enumerate(acr):
        topic = " ".join(words[j] for j in rng.integers(0, 2000, size=2))
        kind = ("International Conference on", "Symposium on", "Journal of", "Transactions on")[k % 4]
        venues.append((f"{kind} {topic}", a[:5].upper()))
    return Vocab(words, _zipf_p(n_words, 1.0), first, last, venues)


# --------------------------------------------------------------------------- works


@dataclass
class Works:
    main: list[list[str]]  # main title words per work
    sub: list[list[str] | None]  # subtitle words (None: no subtitle)
    authors: list[list[int]]  # person ids
    year: list[int]
    venue: list[int]  # index into Vocab.venues
    arxiv: list[str | None]
    doi: list[str | None]
    code: list[str | None]


def _title_words(rng: np.random.Generator, vocab: Vocab, lengths: np.ndarray) -> list[list[str]]:
    """Title word lists of the given lengths; a function word joins two content words in some."""
    words = np.array(vocab.words, dtype=object)
    flat = words[rng.choice(len(vocab.words), size=int(lengths.sum()), p=vocab.word_p)].tolist()
    fw = rng.integers(0, len(FUNCTION_WORDS), size=len(lengths)).tolist()
    at = rng.random(len(lengths)).tolist()
    out, pos = [], 0
    for k, n in enumerate(lengths.tolist()):
        ws = flat[pos:pos + n]
        pos += n
        if n >= 3 and at[k] < 0.6:
            ws.insert(1 + int(at[k] * 10) % (n - 1), FUNCTION_WORDS[fw[k]])
        out.append(ws)
    return out


def _ids(rng: np.random.Generator, n: int, share: float, fmt) -> list[str | None]:
    has = rng.random(n) < share
    nums = rng.permutation(n)  # distinct per work
    return [fmt(int(nums[k])) if has[k] else None for k in range(n)]


def make_works(rng: np.random.Generator, vocab: Vocab, n_works: int, n_persons: int) -> Works:
    """Canonical works; a share of them are look-alikes of an earlier work (see module doc)."""
    main = _title_words(rng, vocab, rng.integers(3, 10, size=n_works))
    has_sub = rng.random(n_works) < 0.35
    subs = _title_words(rng, vocab, rng.integers(2, 7, size=n_works))
    sub = [subs[k] if has_sub[k] else None for k in range(n_works)]
    n_auth = np.clip(rng.poisson(3.2, size=n_works) + 1, 1, 15)
    person_p = _zipf_p(n_persons, 0.5, shift=50.0)
    flat = rng.choice(n_persons, size=int(n_auth.sum()), p=person_p).tolist()
    bounds = np.concatenate([[0], np.cumsum(n_auth)]).tolist()
    authors = [list(dict.fromkeys(flat[bounds[k]:bounds[k + 1]])) for k in range(n_works)]
    year = 2024 - np.minimum(rng.geometric(0.12, size=n_works) - 1, 34)
    venue = rng.integers(0, len(vocab.venues), size=n_works)
    arxiv = _ids(rng, n_works, 0.35, lambda i: f"{(i // 90000) % 15 + 10:02d}{i // 7500 % 12 + 1:02d}.{i % 90000 + 10000:05d}")
    doi = _ids(rng, n_works, 0.40, lambda i: f"10.{1000 + i % 9000}/bench.{i}")
    code = _ids(rng, n_works, 0.08, lambda i: f"https://github.com/lab{i % 997}/repo{i}")
    works = Works(main, sub, authors, year.tolist(), venue.tolist(), arxiv, doi, code)
    _make_lookalikes(rng, vocab, works, n_persons)
    return works


def _make_lookalikes(rng: np.random.Generator, vocab: Vocab, w: Works, n_persons: int) -> None:
    """Turn a share of works into look-alikes of another work: a long shared title prefix
    (all but the last 1-2 main words), the same first author and year, other co-authors."""
    n = len(w.main)
    picked = np.flatnonzero(rng.random(n) < P_LOOKALIKE)
    models = rng.integers(0, n, size=len(picked))
    tails = _title_words(rng, vocab, np.full(len(picked), 2))
    for k, (dst, src) in enumerate(zip(picked.tolist(), models.tolist())):
        if dst == src or len(w.main[src]) < 4:
            continue
        cut = len(w.main[src]) - (1 + k % 2)
        w.main[dst] = w.main[src][:cut] + tails[k][: len(w.main[src]) - cut]
        w.sub[dst] = None if k % 3 else w.sub[src]
        co = [p for p in w.authors[dst] if p != w.authors[src][0]]
        w.authors[dst] = [w.authors[src][0]] + co
        w.year[dst] = w.year[src]


# --------------------------------------------------------------------------- records


def _typo(rng_u: float, word: str) -> str:
    if len(word) < 4:
        return word
    i = 1 + int(rng_u * 1000) % (len(word) - 2)
    op = int(rng_u * 7919) % 4
    if op == 0:
        return word[:i] + word[i + 1:]  # deletion
    if op == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # transposition
    if op == 2:
        return word[:i] + word[i] + word[i:]  # doubled letter
    return word[:i] + "aeiou"[int(rng_u * 104729) % 5] + word[i + 1:]  # substitution


def _hyphenate(u: float, words: list[str]) -> list[str]:
    """Join two neighbouring words with a hyphen, or write a hyphen as a space-separated dash."""
    if len(words) < 2:
        return words
    i = int(u * 1000) % (len(words) - 1)
    joiner = "-" if int(u * 7919) % 2 else " - "
    return words[:i] + [words[i] + joiner + words[i + 1]] + words[i + 2:]


def _case(u: float, title: str) -> str:
    k = int(u * 1000) % 3
    return title.lower() if k == 0 else title.upper() if k == 1 else title.capitalize()


def _person(first: str, last: str, style: int) -> str:
    if style == 1:
        return f"{last}, {first}"
    if style == 2:
        return f"{first[0]}. {last}"
    return f"{first} {last}"


def _name_forms(raw: str) -> tuple[str, str]:
    """(display name, match key) of one raw author string, as ingestion computes them."""
    return clean_name(raw), name_key(raw)


def normalise_all(fn, items: set[str], workers: int | None = None) -> dict[str, object]:
    """``{x: fn(x)}`` over distinct strings; on several processes when there are many (the
    name parser costs 0.1-0.3 ms a call)."""
    items_list = sorted(items)
    workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
    if workers <= 1 or len(items_list) < 20_000 or "fork" not in mp.get_all_start_methods():
        return dict(zip(items_list, map(fn, items_list)))
    with mp.get_context("fork").Pool(workers) as pool:
        return dict(zip(items_list, pool.map(fn, items_list, chunksize=2_000)))


def _record(i: int, wk: int, first_of_work: bool, u: list[float], w: Works, vocab: Vocab,
            forms: list[list[tuple[str, str]]], venues: dict[str, tuple], new_sub: list[str]) -> dict:
    """Record ``i`` of work ``wk``, ``title_key`` still unset; ``u`` holds this record's
    uniform draws, ``forms[style][person]`` the normalised names."""
    main, sub = w.main[wk], w.sub[wk]
    authors = w.authors[wk]
    truncated = False
    year = w.year[wk]
    if not first_of_work:
        if u[0] < P_TYPO:
            main = list(main)
            j = int(u[0] * 1e6) % len(main)
            main[j] = _typo(u[1], main[j])
        if u[2] < P_HYPHEN:
            main = _hyphenate(u[3], main)
        if sub is not None and u[4] < P_DROP_SUB:
            sub = None
        elif u[4] > 1 - P_RETITLE:
            sub = new_sub  # retitled version: same leading authors and year
        if u[5] < P_TRUNCATE and len(authors) > 3:
            authors, truncated = authors[:3], True
        elif u[5] > 1 - P_REORDER and len(authors) >= 2:
            authors = list(authors)
            a, b = int(u[6] * 1e3) % len(authors), int(u[6] * 1e6) % len(authors)
            authors[a], authors[b] = authors[b], authors[a]
        if u[7] < P_YEAR_EARLIER:
            year -= 1
    title = " ".join(main) + (": " + " ".join(sub) if sub else "")
    if not first_of_work and u[8] < P_CASE:
        title = _case(u[9], title)
    style = 1 if u[10] < P_LAST_FIRST else 2 if u[10] < P_LAST_FIRST + P_INITIALS else 0
    names = forms[style]
    preprint = u[11] < P_PREPRINT
    long_name, acronym = vocab.venues[w.venue[wk]]
    venue = "arXiv" if preprint else (long_name if u[12] < 0.5 else f"{acronym} {year}")
    return {
        "record_id": f"S{i:08d}",
        "doc_id": f"D{int(u[15] * 1e7):07d}",
        "source_kind": "records",
        "title": title,
        "title_key": None,
        "authors": [names[p][0] for p in authors],
        "author_keys": [names[p][1] for p in authors],
        "authors_truncated": truncated,
        "year": year,
        "venue": venues[venue][0],
        "venue_acronym": venues[venue][1],
        "venue_kind": venues[venue][2],
        "record_type": "preprint" if preprint else (
            "journal" if long_name.startswith(("Journal", "Trans")) else "conference"),
        "arxiv_id": w.arxiv[wk] if w.arxiv[wk] and (preprint or u[13] < 0.5) else None,
        "doi": w.doi[wk] if w.doi[wk] and not preprint and u[14] < 0.6 else None,
        "code_url": w.code[wk] if w.code[wk] and u[16] < 0.5 else None,
    }


def _person_forms(vocab: Vocab, n_persons: int, rng: np.random.Generator,
                  workers: int | None) -> list[list[tuple[str, str]]]:
    """``forms[style][person]`` = (display name, match key) for the three styles in which
    sources write a name: ``First Last``, ``Last, First``, ``F. Last``."""
    first = rng.integers(0, len(vocab.first), size=n_persons).tolist()
    last = rng.choice(len(vocab.last), size=n_persons, p=_zipf_p(len(vocab.last), 0.6)).tolist()
    raw = [[_person(vocab.first[f], vocab.last[g], style) for f, g in zip(first, last)] for style in range(3)]
    done = normalise_all(_name_forms, {x for style in raw for x in style}, workers)
    return [[done[x] for x in style] for style in raw]


def _venue_names(vocab: Vocab) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Every venue string a record can show -> its (cleaned name, acronym, kind) (``parse_venue``)."""
    shown = {"arXiv"} | {long for long, _ in vocab.venues}
    shown |= {f"{acr} {y}" for _, acr in vocab.venues for y in range(1985, 2026)}
    return {v: (p.name, p.acronym, p.kind) for v in shown for p in [parse_venue(v)]}


class _Laps:
    """Seconds per phase: ``lap("name")`` closes the phase that started at the last lap."""

    def __init__(self):
        self.t = time.perf_counter()
        self.laps: dict[str, float] = {}

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round(now - self.t, 2)
        self.t = now


def generate(n_records: int, seed: int = 0, workers: int | None = None,
             n_persons: int | None = None) -> tuple[list[dict], dict[str, str]]:
    """``n_records`` rows (``records`` table dicts) and the true cluster of each record id.

    Deterministic for given (n_records, seed, n_persons), whatever ``workers`` (processes
    used to run the normalizers; default: the CPU count). Record order is shuffled, so a
    work's records are not adjacent. ``n_persons`` (distinct author names) defaults to
    n_records / 4 capped at ``MAX_PERSONS``: each name costs name-parser calls, and the cap
    makes large corpora denser in shared authors than real bibliographies are."""
    lap = _Laps()
    rng = np.random.default_rng(seed)
    vocab = make_vocab(rng)
    lap("vocabulary")
    sizes = rng.choice(SIZES, size=max(1, int(n_records / 1.9)) + 10, p=SIZE_P)
    ends = np.cumsum(sizes)
    n_works = int(np.searchsorted(ends, n_records)) + 1
    sizes = sizes[:n_works]
    sizes[-1] -= int(ends[n_works - 1]) - n_records
    n_persons = n_persons or max(500, min(n_records // 4, MAX_PERSONS))
    works = make_works(rng, vocab, n_works, n_persons)
    lap("works")
    forms = _person_forms(vocab, n_persons, rng, workers)
    venues = _venue_names(vocab)
    lap("names")
    work_of_rec = np.repeat(np.arange(n_works), sizes)
    first = np.concatenate([[True], work_of_rec[1:] != work_of_rec[:-1]])
    order = rng.permutation(n_records)  # record i of the shuffled corpus is order[i] here
    new_subs = _title_words(rng, vocab, rng.integers(2, 6, size=min(n_records, 50_000)))  # for retitles
    rows: list[dict] = [None] * n_records  # type: ignore[list-item]
    cluster_of: dict[str, str] = {}
    wlist, flist, olist = work_of_rec.tolist(), first.tolist(), order.tolist()
    gc_was_enabled = gc.isenabled()
    gc.disable()  # millions of new containers: the cyclic collector would rescan them all, often
    try:
        for start in range(0, n_records, CHUNK):
            draws = rng.random((min(CHUNK, n_records - start), N_DRAWS)).tolist()
            for src, u in enumerate(draws, start):
                i, wk = olist[src], wlist[src]
                row = _record(i, wk, flist[src], u, works, vocab, forms, venues,
                              new_subs[int(u[16] * 1e6) % len(new_subs)])
                rows[i] = row
                cluster_of[row["record_id"]] = f"T{wk:08d}"
        lap("records")
        keys = normalise_all(title_key, {r["title"] for r in rows}, workers)
        for r in rows:
            r["title_key"] = keys[r["title"]]
        lap("title keys")
    finally:
        if gc_was_enabled:
            gc.enable()
    log.info("synthetic: %d records, %d works, %d persons, %d distinct titles; seconds %s",
             n_records, n_works, n_persons, len(keys), lap.laps)
    return rows, cluster_of


def describe(rows: list[dict], cluster_of: dict[str, str]) -> dict:
    """Summary figures of a generated corpus (cluster size histogram, variant shares)."""
    from collections import Counter

    sizes = Counter(Counter(cluster_of.values()).values())
    n = len(rows)
    return {
        "records": n,
        "clusters": len(set(cluster_of.values())),
        "cluster_sizes": dict(sorted(sizes.items())),
        "truncated": round(sum(r["authors_truncated"] for r in rows) / max(n, 1), 3),
        "with_arxiv": round(sum(bool(r["arxiv_id"]) for r in rows) / max(n, 1), 3),
        "with_doi": round(sum(bool(r["doi"]) for r in rows) / max(n, 1), 3),
        "true_pairs": sum(math.comb(k, 2) * c for k, c in sizes.items()),
    }


if __name__ == "__main__":  # python -m benchmarks.synthetic [N]: a quick look at a small corpus
    import json
    import sys

    logging.basicConfig(level=logging.INFO)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    t0 = time.perf_counter()
    rows, truth = generate(n, seed=0)
    print(f"{n} records in {time.perf_counter() - t0:.2f} s")
    for r in sorted(rows, key=lambda r: truth[r["record_id"]])[:20]:
        print(truth[r["record_id"]], r["record_id"], r["year"], repr(r["title"]), r["authors"][:4], r["authors_truncated"])
    print(json.dumps(describe(rows, truth), indent=1))
