"""Clustering scored edges into works without chaining unrelated papers together.

Edges are taken strongest first (Kruskal order). Two clusters merge only when no pair
across them is vetoed (the vetoes of pair scoring: different arXiv ids, two records of the
same document, different parts, venues or years that cannot be one paper) or separated by a
cannot-link from curation. So one bad edge A-B cannot pull in a C that conflicts with A.
Two clusters of two or more records each merge only when two or more edges run between
them, so one wrong pair cannot chain two works into one (a record joins a cluster through
one edge). Which edges exist depends only on the pairs, and an incremental run clusters
every edge of the records it touches, so it still builds what a full rebuild builds.
Must-links from curation are applied first and always hold.
"""

from __future__ import annotations

from typing import Callable, NamedTuple


class Edge(NamedTuple):
    a: int
    b: int
    score: float
    rule: str


class Clusters:
    def __init__(self, nodes):
        self.parent: dict[int, int] = {i: i for i in nodes}
        self.members: dict[int, list[int]] = {i: [i] for i in self.parent}

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        return ra

    def groups(self) -> list[list[int]]:
        return [sorted(m) for m in self.members.values()]


def cluster(
    nodes,
    edges: list[Edge],
    conflict: Callable[[list[int], list[int]], bool],
    must_link: list[tuple[int, int]] = (),
    order: Callable[[Edge], tuple] | None = None,
) -> tuple[Clusters, list[Edge]]:
    """Returns the clusters of ``nodes`` and the edges that joined them (a spanning forest).

    Edges are taken in the given order (strongest first), or sorted by the key ``order``.
    ``conflict(xs, ys)`` says whether the members of two clusters may not be joined."""
    cl = Clusters(nodes)
    tree: list[Edge] = []
    for a, b in must_link:
        if cl.find(a) != cl.find(b):
            tree.append(Edge(a, b, 1.0, "curation_must_link@1"))
            cl.union(a, b)
    edges = edges if order is None else sorted(edges, key=order)
    near = _neighbours(edges)
    for e in edges:
        ra, rb = cl.find(e.a), cl.find(e.b)
        if ra == rb:
            continue
        if not _supported(cl.members[ra], cl.members[rb], near):
            continue
        if conflict(cl.members[ra], cl.members[rb]):
            continue
        tree.append(e)
        cl.union(e.a, e.b)
    return cl, tree


def _neighbours(edges: list[Edge]) -> dict[int, set[int]]:
    near: dict[int, set[int]] = {}
    for e in edges:
        near.setdefault(e.a, set()).add(e.b)
        near.setdefault(e.b, set()).add(e.a)
    return near


def _supported(xs: list[int], ys: list[int], near: dict[int, set[int]]) -> bool:
    """Two groups of two or more records join only when two or more edges run between
    them: one edge is one pair's evidence, and a single wrong pair would otherwise chain
    every record of both groups together (a record that looks like one of each)."""
    if len(xs) < 2 or len(ys) < 2:
        return True
    small, other = (xs, set(ys)) if len(xs) <= len(ys) else (ys, set(xs))
    # a record with no edge (in its group by a must-link alone) gives no evidence
    return sum(len(near.get(x, _NO_NEIGHBOURS) & other) for x in small) >= 2


_NO_NEIGHBOURS: frozenset[int] = frozenset()


def explain_tree(group: list[int], root: int, adjacent: dict[int, list[Edge]]) -> dict[int, Edge]:
    """Each member's edge towards ``root`` in the spanning forest: why it is in the group.

    ``adjacent`` maps a record to the forest edges touching it (see :func:`adjacency`)."""
    via: dict[int, Edge] = {}
    seen, frontier = {root}, [root]
    while frontier:
        node = frontier.pop()
        for e in adjacent.get(node, ()):
            other = e.b if e.a == node else e.a
            if other not in seen:
                seen.add(other)
                via[other] = Edge(node, other, e.score, e.rule)
                frontier.append(other)
    return via


def adjacency(tree: list[Edge]) -> dict[int, list[Edge]]:
    adjacent: dict[int, list[Edge]] = {}
    for e in tree:
        adjacent.setdefault(e.a, []).append(e)
        adjacent.setdefault(e.b, []).append(e)
    return adjacent
