"""The lake's answers to an incremental dedup's questions (``dedup.incremental.Neighbourhood``):
the last run's state, read a set of records at a time, so that a nightly run reads what is
near the change and not the whole lake.

Every method is one SQL query inside the caller's transaction (``Lake.write``), filtered by a
list parameter; DuckDB reads only the columns it needs from the tables' Parquet files.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Collection

from .lake import read_table


class LakeNeighbourhood:
    def __init__(self, con):
        self.con = con

    def _pairs(self, sql: str, values: Collection, *more: Collection) -> list[tuple]:
        if not values:
            return []
        return self.con.execute(sql, [list(values), *map(list, more)]).fetchall()

    def rows(self, record_ids):
        if not record_ids:
            return []
        return read_table(self.con, "records", where="where record_id in (select unnest(?::VARCHAR[]))",
                          params=[list(record_ids)]).to_pylist()

    def stored_keys(self, record_ids):
        return self._pairs("select record_id, key, max_block from block_keys "
                           "where record_id in (select unnest(?::VARCHAR[]))", record_ids)

    def block_sizes(self, keys):
        return dict(self._pairs("select key, count(*) from block_keys "
                                "where key in (select unnest(?::BIGINT[])) group by key", keys))

    def _grouped(self, sql: str, values: Collection) -> dict:
        """(group, item) rows of ``sql`` as {group: [items]}."""
        out: dict = defaultdict(list)
        for group, item in self._pairs(sql, values):
            out[group].append(item)
        return out

    def block_members(self, keys):
        return self._grouped("select key, record_id from block_keys where key in (select unnest(?::BIGINT[]))", keys)

    def works_of(self, record_ids):
        return dict(self._pairs("select record_id, work_id from work_records "
                                "where record_id in (select unnest(?::VARCHAR[]))", record_ids))

    def members(self, work_ids):
        return self._grouped("select work_id, record_id from work_records "
                             "where work_id in (select unnest(?::VARCHAR[]))", work_ids)

    def edges_touching(self, record_ids):
        rows = self._pairs("select record_a, record_b, score, rule from match_edges "
                           "where record_a in (select unnest(?::VARCHAR[])) "
                           "or record_b in (select unnest(?::VARCHAR[]))", record_ids, record_ids)
        return [{"record_a": a, "record_b": b, "score": s, "rule": r} for a, b, s, r in rows]

    def redirects_to(self, work_ids):
        return dict(self._pairs("select old_work_id, merged_into from work_redirects "
                                "where merged_into in (select unnest(?::VARCHAR[]))", work_ids))

    def taken(self, work_ids):
        found = self._pairs("select work_id from works where work_id in (select unnest(?::VARCHAR[])) union "
                            "select old_work_id from work_redirects where old_work_id in (select unnest(?::VARCHAR[]))",
                            work_ids, work_ids)
        return {w for (w,) in found}

    def curated(self):
        return {r for (r,) in self.con.execute("select record_id from curated_records").fetchall()}
