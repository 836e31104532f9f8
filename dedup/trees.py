"""Gradient-boosted trees beside the logistic layer (``scholarlake train``'s default method
``boosted``, ``dedup.classifier``): a few hundred shallow trees over the same columns (the
levels' evidence and the 29 likenesses) see what a sum of straight terms cannot, e.g. that
a title ratio of 0.9 means more when the authors agree than when a side names none.

The trees are fitted by LightGBM (imported only to fit), then kept as plain arrays: scoring,
``explain`` and the bound that skips hopeless pairs read them with numpy alone, so a stored
model needs no LightGBM to be used, and the three agree by construction:

- ``raw``: the trees' sum for each row of a design matrix;
- ``contributions``: one row's sum split per column along its path through each tree (each
  split's change of the node's value goes to the split's column; Saabas' attribution): the
  parts add up to ``raw`` exactly, so ``explain``'s terms still add up to the log-odds;
- ``best_raw``: the largest sum rows could reach when only an upper bound of their evidence
  is known and every likeness may be anything in [0, 1] (a true upper bound: each tree's
  best leaf among those a row with that evidence could reach).

Pure: arrays in, arrays out.
"""

from __future__ import annotations

import numpy as np

# The stored trees' layout; a model stored with another is refused when read (``check``).
FORMAT = 1
# Hyper-parameters, chosen on the DeepMatcher valid splits (README "Training the matcher"):
# trees of four leaves (interactions of two or three columns: enough to pair a title's
# likeness with the authors', too few to learn a label's noise), 200 rounds at a learning
# rate of 0.05 (against 8 and 16 leaves and 500 rounds), a leaf no smaller than 20 labels
# and an L2 penalty of 1 on leaf values (LightGBM's usual guards for a few thousand rows).
LEAVES = 4
ROUNDS = 200
LEARNING_RATE = 0.05
MIN_LEAF = 20
LEAF_L2 = 1.0


def fit(design: np.ndarray, target: np.ndarray, scale: float = 1.0) -> dict:
    """Trees (as ``raw`` reads them) fitted to ``target`` (1 match, 0 not) on the columns of
    ``design``, every value multiplied by ``scale``. One thread and a fixed seed: the same
    labels give the same trees."""
    import lightgbm

    params = dict(objective="binary", num_leaves=LEAVES, learning_rate=LEARNING_RATE, min_data_in_leaf=MIN_LEAF,
                  lambda_l2=LEAF_L2, num_threads=1, deterministic=True, force_row_wise=True, seed=0, verbose=-1)
    booster = lightgbm.train(params, lightgbm.Dataset(np.asarray(design, dtype=np.float64), np.asarray(target,
                                                                                                       dtype=np.float64)),
                             ROUNDS)
    return {"format": FORMAT, "trees": [_flat(t["tree_structure"], scale) for t in booster.dump_model()["tree_info"]]}


def _flat(root: dict, scale: float) -> list[list[float]]:
    """One tree as rows [column, threshold, left, right, value]: a leaf has column -1 and no
    children; a split sends a row left when its value is <= threshold; ``value`` is the
    leaf's, or the split node's own (the mean of its leaves', LightGBM's internal value)."""
    rows: list[list[float]] = []

    def visit(node: dict) -> int:
        at = len(rows)
        rows.append([])
        if "leaf_value" in node:
            rows[at] = [-1, 0.0, -1, -1, float(node["leaf_value"]) * scale]
        else:
            if node.get("decision_type", "<=") != "<=":
                raise ValueError(f"unexpected split {node.get('decision_type')!r}")
            left, right = visit(node["left_child"]), visit(node["right_child"])
            rows[at] = [int(node["split_feature"]), float(node["threshold"]), left, right,
                        float(node.get("internal_value", 0.0)) * scale]
        return at

    visit(root)
    return rows


def check(trees: dict) -> None:
    """Refuse trees stored in another layout than this version reads."""
    if trees.get("format") != FORMAT:
        raise ValueError(f"the model's trees are stored in layout {trees.get('format')!r}, this version of "
                         f"dedup.trees reads layout {FORMAT}: fit it again from its labels (scholarlake train LABELS.csv)")


# Rows of a design read at once by ``raw``: the node indices of a block (rows x trees) stay a
# few MB while every step is one numpy operation over all the trees.
BLOCK_ROWS = 4096


def _flat_nodes(trees: dict) -> tuple[np.ndarray, ...]:
    """Every tree's nodes in one run of flat arrays (column, threshold, left, right, value),
    children as indices into the run, and each tree's root. A leaf leads to itself on both
    sides (column 0, threshold +inf), so ``raw`` can take the deepest tree's number of steps
    for every tree without asking which rows reached a leaf."""
    nodes = np.asarray([n for tree in trees["trees"] for n in tree], dtype=np.float64).reshape(-1, 5)
    sizes = [len(tree) for tree in trees["trees"]]
    offset = np.repeat(np.cumsum([0] + sizes[:-1]), sizes)
    roots = np.cumsum([0] + sizes[:-1]).astype(np.int64)
    leaf = nodes[:, 0] < 0
    here = np.arange(len(nodes))
    col = np.where(leaf, 0, nodes[:, 0]).astype(np.int64)
    threshold = np.where(leaf, np.inf, nodes[:, 1])
    left = np.where(leaf, here, nodes[:, 2] + offset).astype(np.int64)
    right = np.where(leaf, here, nodes[:, 3] + offset).astype(np.int64)
    return col, threshold, left, right, nodes[:, 4], roots


def _depth(tree: list[list[float]], node: int = 0) -> int:
    col, _, left, right, _ = tree[node]
    return 0 if col < 0 else 1 + max(_depth(tree, int(left)), _depth(tree, int(right)))


def raw(trees: dict, design: np.ndarray) -> np.ndarray:
    """The trees' sum (log-odds, nats) for each row of ``design``: every tree read at once,
    one step down per round, a block of rows at a time."""
    design = np.ascontiguousarray(design, dtype=np.float64)
    out = np.zeros(len(design))
    if not trees["trees"] or not len(design):
        return out
    col, threshold, left, right, value, roots = _flat_nodes(trees)
    depth = max(_depth(tree) for tree in trees["trees"])
    for start in range(0, len(design), BLOCK_ROWS):
        block = design[start:start + BLOCK_ROWS]
        at = np.ascontiguousarray(np.broadcast_to(roots, (len(block), len(roots))))
        row_start = (np.arange(len(block)) * block.shape[1])[:, None]
        for _ in range(depth):
            x = block.take(row_start + col.take(at))
            at = np.where(x <= threshold.take(at), left.take(at), right.take(at))
        out[start:start + len(block)] = value.take(at).sum(axis=1)
    return out


def contributions(trees: dict, row: np.ndarray) -> tuple[float, np.ndarray]:
    """(the trees' starting value, each column's part) of one row's ``raw`` sum: along the
    row's path through each tree, each split's change of the node's value is its column's.
    The starting value plus the parts is the row's sum."""
    row = np.asarray(row, dtype=np.float64)
    base, parts = 0.0, np.zeros(len(row))
    for tree in trees["trees"]:
        node = 0
        base += tree[0][4]
        while tree[node][0] >= 0:
            col, threshold, left, right, value = tree[node]
            node = int(left) if row[int(col)] <= threshold else int(right)
            parts[int(col)] += tree[node][4] - value
    return base, parts


def best_raw(trees: dict, column: int, bound: np.ndarray) -> np.ndarray:
    """The largest ``raw`` sum of rows whose ``column`` is at most ``bound`` (each row's own)
    and whose other columns may be anything: per tree, the best leaf a row can reach (left
    of a split on ``column`` always, right only when the bound exceeds its threshold; both
    ways on any other column). Each tree's best is a step function of the bound, rising at
    its thresholds on ``column``; the sum is read off the steps of all trees."""
    bound = np.asarray(bound, dtype=np.float64)
    cuts = sorted({float(n[1]) for tree in trees["trees"] for n in tree if int(n[0]) == column})
    # the sum's value on each interval between cuts: (-inf, c0], (c0, c1], ..., (c_last, inf)
    probes = [cuts[0] if cuts else 0.0] + [np.nextafter(c, np.inf) for c in cuts]
    steps = np.array([sum(_best_leaf(tree, column, b) for tree in trees["trees"]) for b in probes])
    return steps[np.searchsorted(np.asarray(cuts), bound, side="left")]


def _best_leaf(tree: list[list[float]], column: int, bound: float, node: int = 0) -> float:
    col, threshold, left, right, value = tree[node]
    if col < 0:
        return value
    best = _best_leaf(tree, column, bound, int(left))
    if int(col) != column or bound > threshold:
        best = max(best, _best_leaf(tree, column, bound, int(right)))
    return best
