"""Dedup quality on public entity-resolution benchmarks with ground truth.

    python -m benchmarks.er_benchmarks [--data DIR] [--split test|valid|train] [--only NAME]
                                       [--json OUT] [--errors N]

* DeepMatcher/Magellan splits in Ditto's serialisation (``ditto_er_magellan``): the distinct
  records on each side of the split's pairs are deduplicated together in one run; a labelled
  pair counts as a predicted match when both records land in the same work. Precision, recall
  and F1 are over the labelled pairs, as in the published figures.
* Cora (``pyjedai_cora/coraLarge/cora.csv``): all 1,879 citations deduplicated; pairwise
  precision/recall/F1 over all pairs of records (true pairs share ``label``).

The deduplicator is unsupervised and rule-based: the published figures are from supervised
matchers trained on the train split (Magellan, Ditto), so they are a ceiling, not a peer.
``--errors N`` prints, per dataset, the false negatives and false positives by cause with N
examples each (the blocking key and rule responsible). Figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from dedup import deduplicate
from dedup.blocking import candidate_pairs, record_keys
from dedup.features import pair_features
from dedup.prepare import prepare
from dedup.engine import judge

from .common import labelled_prf, make_row, pairwise_prf, timer, work_of

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "external" / "er_benchmarks"


@dataclass(frozen=True)
class Dataset:
    name: str
    kind: str  # "ditto" (labelled pairs of a split) or "cora" (one table, cluster labels)
    path: str  # relative to --data; "{split}" is filled in for ditto sets
    anchors: dict[str, str] = field(default_factory=dict)


DATASETS = [
    Dataset("Structured/DBLP-ACM", "ditto", "ditto_er_magellan/Structured/DBLP-ACM/{split}.txt",
            {"Magellan": "98.4", "Ditto": "98.99"}),
    Dataset("Structured/DBLP-Scholar", "ditto", "ditto_er_magellan/Structured/DBLP-GoogleScholar/{split}.txt",
            {"Magellan": "92.3", "Ditto": "95.6"}),
    Dataset("Dirty/DBLP-ACM", "ditto", "ditto_er_magellan/Dirty/DBLP-ACM/{split}.txt",
            {"Magellan": "91.9*", "Ditto": "99.03*"}),
    Dataset("Dirty/DBLP-Scholar", "ditto", "ditto_er_magellan/Dirty/DBLP-GoogleScholar/{split}.txt",
            {"Magellan": "82.5*", "Ditto": "95.75*"}),
    Dataset("Cora", "cora", "pyjedai_cora/coraLarge/cora.csv", {}),
]
ANCHOR_NOTE = ("Anchors: test-split F1 of supervised matchers (Magellan random forest; Ditto RoBERTa) from "
               "ANCHORS.md; * = recalled, unverified. Cora has no published matching-F1 anchor in ANCHORS.md "
               "(JedAI standard blocking alone: PC 85.2, PQ 83.7).")

# --------------------------------------------------------------------------- loading

_COL = re.compile(r"COL (\w+) VAL ?")


def parse_serialised(text: str) -> dict[str, str]:
    """``COL title VAL x COL authors VAL y ...`` -> {"title": "x", "authors": "y", ...}."""
    marks = list(_COL.finditer(text))
    out = {}
    for m, nxt in zip(marks, marks[1:] + [None]):
        out[m.group(1)] = text[m.end(): nxt.start() if nxt else len(text)].strip()
    return out


def _year(text: str | None) -> int | None:
    m = re.search(r"(?<!\d)(1[89]\d\d|20\d\d)(?:\.0)?(?!\d)", text or "")
    return int(m.group(1)) if m else None


def ditto_row(record_id: str, serialised: str) -> dict:
    """One side of a Ditto pair as a ``records`` row; authors are ``a , b , c``."""
    v = parse_serialised(serialised)
    authors = [a.strip() for a in (v.get("authors") or "").split(",") if a.strip()]
    return make_row(record_id, v.get("title", ""), authors, _year(v.get("year")), v.get("venue"),
                    raw=serialised)


def read_ditto(path: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str, int]]]:
    """(records as (id, serialised text), labelled pairs). Identical serialisations on one
    side are one record; the left side gets ids ``L<n>``, the right side ``R<n>``, so ids
    never collide across sides."""
    ids: list[dict[str, str]] = [{}, {}]
    records: list[tuple[str, str]] = []
    pairs: list[tuple[str, str, int]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            log.warning("%s:%d: expected 3 tab-separated fields, got %d; skipped", path, n, len(parts))
            continue
        got = []
        for side, text in enumerate(parts[:2]):
            text = text.strip()
            if text not in ids[side]:
                rid = f"{'LR'[side]}{len(ids[side])}"
                ids[side][text] = rid
                records.append((rid, text))
            got.append(ids[side][text])
        pairs.append((got[0], got[1], int(parts[2])))
    return records, pairs


def load_ditto(path: Path) -> tuple[list[dict], list[tuple[str, str, int]]]:
    """(rows, labelled pairs): ``read_ditto``'s records as ``records`` rows."""
    records, pairs = read_ditto(path)
    return [ditto_row(rid, text) for rid, text in records], pairs


_INITIALS = re.compile(r"^(?:[A-Z]\.?\s*-?\s*)+$")
_SURNAME_INITIALS = re.compile(r"^(?P<last>[A-Z][\w'\-]+)\s+(?P<ini>(?:[A-Z]\.?\s*)+)$")


def _has_initial(name: str) -> bool:
    return any(_INITIALS.match(tok) for tok in name.split())


def split_cora_authors(text: str | None) -> list[str]:
    """Cora's free-form author strings -> names. Handles ``Aha, D. W., Kibler, D., and Albert, M. K.``,
    ``D. Kibler, D.W. Aha, and M.K. Albert``, ``De Jong, K.``, ``Poggio T, Fahle M`` and
    ``&``/``and`` separators."""
    text = (text or "").strip().strip(",:; ")
    pieces = [p.strip(" :") for p in re.split(r",|;|&|\band\b", text, flags=re.IGNORECASE)]
    names: list[str] = []
    for p in filter(None, pieces):
        if _INITIALS.match(p) and names and not _has_initial(names[-1]):
            names[-1] = f"{p} {names[-1]}"  # "Aha", "D. W." -> "D. W. Aha"
            continue
        m = _SURNAME_INITIALS.match(p)
        names.append(f"{m['ini'].strip()} {m['last']}" if m else p)  # "Poggio T" -> "T Poggio"
    return names


def load_cora(path: Path) -> tuple[list[dict], dict[str, str]]:
    """(rows, truth record_id -> label)."""
    rows, truth = [], {}
    with path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            rid = f"C{rec['id']}"
            venue = (rec.get("journal") or rec.get("booktitle") or "").strip(" ,.")
            year = _year(rec.get("year")) or _year(rec.get("date"))
            title = (rec.get("title") or "").strip().strip('",')
            rows.append(make_row(rid, title, split_cora_authors(rec.get("author")), year, venue,
                                 raw=" ".join(v or "" for v in rec.values())))
            truth[rid] = rec["label"]
    return rows, truth


# --------------------------------------------------------------------------- error analysis


def _as_list(pairs) -> list:
    """Candidate pairs as a list of (a, b), whether the dedup returns a set or an array."""
    return pairs.tolist() if hasattr(pairs, "tolist") else list(pairs)


def _block_keys(recs) -> list[set[str]]:
    """Each record's blocking keys."""
    return [set(record_keys(r)) for r in recs]


class Diagnosis:
    """Why the deduplicator put (or did not put) two records together."""

    def __init__(self, rows: list[dict], result):
        self.model = result.model
        self.rows = {r["record_id"]: r for r in rows}
        self.recs = prepare(rows)
        self.idx = {r.record_id: r.idx for r in self.recs}
        self.work = work_of(result)
        self.joined = {wr["record_id"]: wr for wr in result.work_records}
        self.keys = _block_keys(self.recs)
        self.candidates = {tuple(p) for p in _as_list(candidate_pairs(self.recs))}

    def shared_keys(self, a: str, b: str) -> list[str]:
        ka, kb = self.keys[self.idx[a]], self.keys[self.idx[b]]
        return sorted(ka & kb)

    def blocked(self, a: str, b: str) -> bool:
        """Blocking brings the pair to the rules (a shared key whose block is usable)."""
        i, j = sorted((self.idx[a], self.idx[b]))
        return (i, j) in self.candidates

    def features(self, a: str, b: str):
        return pair_features(self.recs[self.idx[a]], self.recs[self.idx[b]])

    def false_negative(self, a: str, b: str) -> str:
        """The cause, as a short category name."""
        if not self.shared_keys(a, b):
            return "not blocked: no shared key"
        if not self.blocked(a, b):
            return "not blocked: shared keys only in oversized blocks"
        v = self.verdict(a, b)
        if v.veto:
            return f"veto: {v.veto}"
        if v.edge:
            return "edge refused by a cluster conflict"
        return "below the match probability: " + self._weakest(v)

    def verdict(self, a: str, b: str):
        return judge(self.recs[self.idx[a]], self.recs[self.idx[b]], self.model)

    @staticmethod
    def _weakest(v) -> str:
        """The comparison that weighed most against the pair, with its level."""
        name, level, _ = min(v.waterfall[1:], key=lambda x: x[2])
        return f"{name} {level}"

    def direct_rule(self, a: str, b: str) -> str | None:
        """Why this pair is an edge by itself, if blocking brings it to the matcher."""
        if not self.blocked(a, b):
            return None
        v = self.verdict(a, b)
        if not v.edge:
            return None
        return "same identifier" if v.identifier else "model: " + ", ".join(
            f"{n} {lvl}" for n, lvl, w in v.waterfall[1:] if w > 0)

    def false_positive(self, a: str, b: str) -> str:
        rule = self.direct_rule(a, b)
        if rule:
            return f"direct edge {rule}"
        rules = sorted({rule for _, rule, _ in self.chain(a, b)})
        return "transitive, via " + "+".join(rules)

    def _to_root(self, rid: str) -> list[str]:
        path = [rid]
        while self.joined[path[-1]]["matched_record_id"]:
            path.append(self.joined[path[-1]]["matched_record_id"])
        return path

    def chain(self, a: str, b: str) -> list[tuple[str, str, str]]:
        """The spanning-tree edges (x, rule, y) that connect two records of one work."""
        up_a, up_b = self._to_root(a), self._to_root(b)
        common = next(x for x in up_a if x in set(up_b))
        down = up_b[: up_b.index(common) + 1]
        edges = []
        for path in (up_a[: up_a.index(common) + 1], down):
            edges += [(x, self.joined[x]["rule"], y) for x, y in zip(path, path[1:])]
        return edges

    def describe(self, rid: str) -> str:
        r = self.rows[rid]
        authors = ", ".join(r["authors"][:5]) + (" ..." if len(r["authors"]) > 5 else "")
        return f"{rid}: {r['title']!r} | {authors or '-'} | {r['year'] or '-'} | {r['venue'] or '-'}"

    def detail(self, a: str, b: str) -> str:
        f = self.features(a, b)
        text = (f"title={f.title:.0f} set={f.title_set:.0f} main={f.main:.0f} extra={f.extra_words} "
                f"authors overlap={f.author_overlap}/{f.author_min} prefix={f.author_prefix} "
                f"year_gap={f.year_gap} keys={self.shared_keys(a, b)[:4]}")
        if self.work[a] == self.work[b] and not self.direct_rule(a, b):
            text += "\n             chain: " + "  ".join(f"{x} -{rule}-> {y}" for x, rule, y in self.chain(a, b))
        return text


def rule_precision(diag: Diagnosis, pairs: list[tuple[str, str, int]]) -> list[str]:
    """For each rule: how many labelled pairs it scores directly, and how many are true matches."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for a, b, label in pairs:
        counts[diag.direct_rule(a, b) or "(no edge)"][label] += 1
    lines = ["  direct rule on labelled pairs:   pos   neg"]
    for rule, c in sorted(counts.items()):
        lines.append(f"    {rule:28} {c[1]:5d} {c[0]:5d}")
    return lines


def error_report(rows: list[dict], result, pairs: list[tuple[str, str, int]], n_examples: int) -> list[str]:
    """Lines describing false negatives and false positives, grouped by cause."""
    diag = Diagnosis(rows, result)
    groups: dict[str, dict[str, list]] = {"FN": defaultdict(list), "FP": defaultdict(list)}
    for a, b, label in pairs:
        same = diag.work[a] == diag.work[b]
        if label == 1 and not same:
            groups["FN"][diag.false_negative(a, b)].append((a, b))
        elif label == 0 and same:
            groups["FP"][diag.false_positive(a, b)].append((a, b))
    lines = rule_precision(diag, pairs)
    for kind, by_cause in groups.items():
        total = sum(len(v) for v in by_cause.values())
        lines.append(f"  {kind}: {total}")
        for cause, items in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
            lines.append(f"    {len(items):4d}  {cause}")
            for a, b in items[:n_examples]:
                lines += [f"          {diag.describe(a)}", f"          {diag.describe(b)}",
                          f"          -> {diag.detail(a, b)}"]
    return lines


# --------------------------------------------------------------------------- running


def _cora_pairs(truth: dict[str, str], work: dict[str, str]) -> list[tuple[str, str, int]]:
    """Cora pairs worth explaining: every pair the dedup or the truth puts together."""
    out = []
    for groups in (truth, work):
        by = defaultdict(list)
        for rid, g in groups.items():
            by[g].append(rid)
        for members in by.values():
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    out.append((a, b, int(truth[a] == truth[b])))
    return sorted(set(out))


def run_dataset(ds: Dataset, data: Path, split: str, n_errors: int = 0) -> dict:
    """Load, deduplicate and score one dataset. Returns a result dict (``skipped`` when absent)."""
    path = data / ds.path.format(split=split)
    if not path.exists():
        log.warning("%s: %s not found, skipped", ds.name, path)
        return {"dataset": ds.name, "skipped": f"file not found: {path}"}
    with timer() as t_load:
        if ds.kind == "ditto":
            rows, pairs = load_ditto(path)
        else:
            rows, truth = load_cora(path)
    with timer() as t_dedup:
        result = deduplicate(rows)
    work = work_of(result)
    if ds.kind == "ditto":
        scores = labelled_prf(work, pairs)
        extra = {"pairs": len(pairs), "positives": sum(p[2] for p in pairs)}
    else:
        scores = pairwise_prf(work, truth)
        extra = {"clusters": len(set(truth.values()))}
    out = {"dataset": ds.name, "split": split if ds.kind == "ditto" else "all", "file": str(path),
           "records": len(rows), "empty_titles": sum(not r["title_key"] for r in rows),
           "works": len(result.works), **extra, **scores,
           "seconds_load": round(t_load["seconds"], 2), "seconds": round(t_dedup["seconds"], 2),
           "anchors": ds.anchors}
    if n_errors:
        if ds.kind == "cora":
            pairs = _cora_pairs(truth, work)
        out["errors"] = error_report(rows, result, pairs, n_errors)
    return out


def format_table(results: list[dict]) -> str:
    head = (f"{'dataset':26} {'split':5} {'records':>7} {'pairs':>6} {'P':>6} {'R':>6} {'F1':>6} "
            f"{'dedup s':>7}   published F1")
    lines = [head, "-" * len(head)]
    for r in results:
        if "skipped" in r:
            lines.append(f"{r['dataset']:26} skipped: {r['skipped']}")
            continue
        anchors = ", ".join(f"{k} {v}" for k, v in r["anchors"].items()) or "-"
        pairs = r.get("pairs", "all")
        lines.append(f"{r['dataset']:26} {r['split']:5} {r['records']:7d} {pairs!s:>6} {r['precision']:6.2f} "
                     f"{r['recall']:6.2f} {r['f1']:6.2f} {r['seconds']:7.2f}   {anchors}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="er_benchmarks directory (default: %(default)s)")
    ap.add_argument("--split", choices=("test", "valid", "train"), default="test")
    ap.add_argument("--only", action="append", metavar="NAME",
                    help="run only datasets whose name contains NAME (case-insensitive; repeatable)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write the results as JSON")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print false negatives/positives by cause, N examples per cause")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    chosen = [d for d in DATASETS if not args.only or any(o.lower() in d.name.lower() for o in args.only)]
    if not chosen:
        print(f"no dataset matches {args.only}; known: {[d.name for d in DATASETS]}", file=sys.stderr)
        return 2
    results = [run_dataset(d, args.data, args.split, args.errors) for d in chosen]
    print(format_table(results))
    print(ANCHOR_NOTE)
    for r in results:
        if r.get("errors"):
            print(f"\n== errors: {r['dataset']} ({r['split']})")
            print("\n".join(r["errors"]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
