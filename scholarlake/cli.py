"""The ``scholarlake`` command line: ingest, run, query, tables, explain."""

# Start time: every command imports the library modules it uses inside its own function, never
# at the top of this file, so that ``scholarlake --help`` or ``query`` does not pay for pandas,
# the extractors or the pipeline (about a second of CPU per process). Only typer, rich and the
# standard library are imported here; the library's constants that the options' texts show are
# spelled out below, and tests/test_cli_start.py checks them against the library.

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.markup import escape
from rich.table import Column, Table
from rich.text import Text

if TYPE_CHECKING:
    from warehouse import Lake

    from .pipeline import RunSummary, SourceSpec

# The library's constants that the options' help and defaults show (see the top).
LAKE_ENV = "SCHOLARLAKE_LAKE"  # warehouse.LAKE_ENV
DEFAULT_CONFIG = "scholarlake.toml"  # scholarlake.config.DEFAULT_CONFIG
EXTRACTOR_KINDS = ("arxiv_abs", "arxiv_atom", "arxiv_listing", "arxiv_oai", "bibtex", "cv_pdf", "cv_text",
                   "daily_papers", "daily_papers_json", "html_publications", "listing_page",
                   "markdown_front_matter", "markdown_page", "profile_page", "publication_data",
                   "records")  # extractors.kinds()

# Plain (click) help: Rich help panels print every flag as "<bool>" and read "[...]" in help
# text as markup.
app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__, rich_markup_mode=None,
                  pretty_exceptions_enable=False)
out = Console()
err = Console(stderr=True)

LakeOpt = Annotated[
    Optional[Path],
    typer.Option("--lake", help=f"Lake directory (default: ${LAKE_ENV} or ./lake).", show_default=False),
]


def _error(message: str) -> None:
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 2) -> None:
    _error(message)
    raise typer.Exit(code)


def _lake(path: Path | None, fallback: str | None = None, cfg=None) -> Lake:
    from warehouse import Lake

    catalog, data_path = (cfg.catalog, cfg.data_path) if cfg is not None else (None, None)
    if path is not None:
        return Lake(path, catalog, data_path)
    if os.environ.get(LAKE_ENV):
        return Lake(os.environ[LAKE_ENV], catalog, data_path)
    return Lake(fallback or "lake", catalog, data_path)


def _existing_lake(path: Path | None) -> Lake:
    the_lake = _lake(path)
    if not the_lake.exists():
        _fail(f"{the_lake.root}: no lake here (run 'scholarlake ingest' or 'scholarlake run' first)")
    return the_lake


def _verbosity(value: bool) -> bool:
    if value:
        logging.getLogger().setLevel(logging.INFO)
    return value


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        out.print(f"scholarlake {version('scholarlake')}", highlight=False, markup=False)
        raise typer.Exit()


# -v/--verbose is accepted before the command and after it.
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.", callback=_verbosity)]


@app.callback()
def main(
    verbose: VerboseOpt = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.", callback=_show_version,
                                          is_eager=True)] = False,
) -> None:
    """scholarlake: scholarly metadata into Parquet tables you query with DuckDB SQL."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=err, show_time=False, show_path=False, markup=False)],
        force=True,
    )


def _curation(path: Path | None):
    """The curation file, or a clear error naming it (exit 2)."""
    from dedup.curation import CurationError

    from .pipeline import load_curation

    try:
        return load_curation(path)
    except FileNotFoundError:
        _fail(f"{path}: curation file not found")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{path}: cannot read the curation file ({exc})")
    except CurationError as exc:
        _fail(str(exc))


def _warn_unknown_curation(curation, the_lake: Lake) -> None:
    """Curation rows that name no record or work of the lake have no effect: say so."""
    if curation is None or not the_lake.exists():
        return
    from .pipeline import unknown_curation_ids

    for message in unknown_curation_ids(the_lake, curation):
        err.print(f"[yellow]warning[/] {escape(message)}", highlight=False, soft_wrap=True)


def _run_with_progress(specs: list[SourceSpec], lake: Lake, mode: str, curation=None, harvests=(),
                       limits=None) -> RunSummary:
    from .pipeline import ingest as run_ingest

    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    ) as bar:
        task = bar.add_task("documents", total=len(specs) + len(harvests))
        return run_ingest(specs, lake, mode=mode, curation=curation, progress=lambda _: bar.advance(task),
                          harvests=harvests, limits=limits)


def _print_summary(summary: RunSummary, lake: Lake) -> None:
    for doc in summary.documents:
        if doc.unchanged:
            if doc.rejects:
                err.print(f"[yellow]unchanged[/] {escape(doc.source_uri)}: {len(doc.rejects)} reject(s) as in its last "
                          "read (see the rejects table)", highlight=False, soft_wrap=True)
            continue
        for r in doc.rejects:
            where = f" entry {r['ordinal']}" if r["ordinal"] is not None else ""
            message = f"{doc.source_uri}{where}: {r['reason']}"
            err.print(f"[yellow]rejected[/] {escape(message)}", highlight=False, soft_wrap=True)
    t = Table(title=Text(f"run {summary.run_id} ({summary.status})"), show_header=True)
    for col in ("documents", "unchanged", "records", "rejects", "works in lake", "lake"):
        t.add_column(col)
    t.add_row(str(summary.n_documents), str(summary.n_unchanged_documents), str(summary.n_records),
              str(summary.n_rejects), str(summary.n_works), Text(str(lake.root)))
    out.print(t)
    c = summary.work_changes
    if c:
        out.print(f"works: {c['new']} new, {c['merged']} merged into others, {c['changed']} changed, "
                  f"{c['removed']} removed, {c['unchanged']} unchanged", highlight=False, markup=False)


# Exit codes of ``ingest`` and ``run`` (README: "Exit codes"): 0 every document was used,
# 3 the run committed but some documents or entries were rejected (see the rejects table),
# 1 nothing usable (every document failed), 2 a usage or configuration error.
EXIT_PARTIAL = 3


def _exit_for(summary: RunSummary) -> None:
    if summary.status == "failed":
        raise typer.Exit(1)
    if summary.status == "partial":
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or globs to read.")],
    lake: LakeOpt = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="Force an extractor: " + ", ".join(EXTRACTOR_KINDS))] = None,
    curation: Annotated[Optional[Path], typer.Option(help="must_link / cannot_link CSV for dedup.")] = None,
    verbose: VerboseOpt = False,
) -> None:
    """Read local files (format detected from content), extract, normalize, dedup, write.

    Exit codes: 0 all used; 3 some rejected (see the rejects table); 1 nothing usable; 2 bad usage."""
    import extractors

    from .fetch import expand_paths
    from .pipeline import SourceSpec

    if kind:
        try:
            extractors.get(kind)
        except KeyError as exc:
            _fail(str(exc.args[0]))
    files = expand_paths(paths)
    if not files:
        _fail("no input files matched " + " ".join(paths))
    the_lake = _lake(lake)
    cur = _curation(curation)
    summary = _run_with_progress([SourceSpec(p, kind) for p in files], the_lake, "ingest", cur)
    _print_summary(summary, the_lake)
    _warn_unknown_curation(cur, the_lake)
    _exit_for(summary)


@app.command()
def run(
    config: Annotated[Path, typer.Option("--config", "-c", help="TOML config of sources.")] = Path(DEFAULT_CONFIG),
    lake: LakeOpt = None,
    date: Annotated[Optional[str], typer.Option(
        "--date", help="Day (YYYY-MM-DD) that date-windowed sources (arXiv, {ds} paths) read; default yesterday (UTC). "
                       "A day harvested before is replayed from raw, with no network.")] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Fetch arXiv pages again even if stored.")] = False,
    offline: Annotated[bool, typer.Option(
        "--offline", help="No network: web and arXiv sources replay their latest stored copies.")] = False,
    verbose: VerboseOpt = False,
) -> None:
    """The main job: every source in the config through the whole pipeline.

    Exit codes: 0 all used; 3 some rejected (see the rejects table); 1 nothing usable; 2 bad usage."""
    from datetime import datetime, timedelta, timezone

    from .arxiv import Window, harvest_source
    from .config import ConfigError, load_config
    from .fetch import expand_paths
    from .http import OfflineClient
    from .pipeline import SourceSpec
    from .web import fetch_source

    try:
        cfg = load_config(config)
    except ConfigError as exc:
        _fail(str(exc))
    ds = date or f"{datetime.now(timezone.utc).date() - timedelta(days=1)}"
    try:
        window = Window.day(ds)
    except ValueError:
        _fail(f"--date must be YYYY-MM-DD, not {ds!r}")
    the_lake = _lake(lake, cfg.lake, cfg)
    specs: list[SourceSpec] = []
    harvests = []
    for src in cfg.sources:
        if src.is_arxiv:
            client = OfflineClient() if offline else None
            harvests.append((src.name, lambda src=src, c=client: harvest_source(the_lake, src, window, refresh, c)))
            continue
        if src.is_web:
            harvests.append((src.name, lambda src=src: fetch_source(the_lake, src, ds, offline, limits=cfg.limits)))
            continue
        for path in expand_paths(src.paths_for(ds) if src.dated else src.paths):
            specs.append(SourceSpec(path, src.format, src.name))
    cur = _curation(cfg.curation)
    summary = _run_with_progress(specs, the_lake, "run", cur, harvests, cfg.limits)
    _print_summary(summary, the_lake)
    _warn_unknown_curation(cur, the_lake)
    _exit_for(summary)


QUERY_FORMATS = ("table", "csv", "json", "parquet")


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL over the views raw_documents, records, works, ...")],
    lake: LakeOpt = None,
    format: Annotated[str, typer.Option(
        "--format", "-f", help="table (default), csv, json or parquet. In CSV a list or struct value is "
                               "written as JSON (e.g. [\"Alice Smith\", \"Bob Jones\"]).")] = "table",
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write the result to this file (replaced whole, never half-written) "
                               "instead of the terminal; parquet needs it.")] = None,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", help="Query the tables as they were after a run (its run id), at a time "
                        "(ISO timestamp, UTC unless it says otherwise) or at a snapshot number.")] = None,
    verbose: VerboseOpt = False,
) -> None:
    """Run SQL over the lake's tables (DuckDB), now or as they were (--as-of); print the
    result or export it (--output) as CSV, JSON or Parquet."""
    if format not in QUERY_FORMATS:
        _fail(f"--format must be one of {', '.join(QUERY_FORMATS)}, not {format!r}")
    if format == "parquet" and output is None:
        _fail("--format parquet writes a file: give it with --output FILE")
    the_lake = _existing_lake(lake)
    import duckdb

    con = the_lake.connect(the_lake.resolve_as_of(as_of) if as_of else None)
    try:
        rel = con.sql(sql)
        if rel is None:
            return
        table = rel.fetch_arrow_table()
    except duckdb.CatalogException as exc:
        _fail(f"query failed: {_first_line(exc)}\nthe lake's tables: {', '.join(_table_names())}\nSQL: {sql}")
    except duckdb.Error as exc:
        hint = (f"\na table file of the lake is damaged: 'scholarlake check --lake {the_lake.root}' lists them, "
                f"'scholarlake repair --lake {the_lake.root}' rebuilds them") if ".parquet'" in str(exc) else ""
        _fail(f"query failed: {exc}\nSQL: {sql}{hint}")
    if output is not None:
        _write_result(table, format, output)
        err.print(f"{table.num_rows} row(s) written to {output}", highlight=False, markup=False)
        return
    if format == "table":
        t = Table(*(Column(header=Text(c)) for c in table.column_names))
        for r in table.to_pylist():
            t.add_row(*(Text("" if v is None else str(v)) for v in r.values()))  # values are text, never markup
        out.print(t)
    else:
        _write_text(table, format, sys.stdout)


def _first_line(exc: Exception) -> str:
    """DuckDB's message without its "Did you mean ..." guess, which names internal tables."""
    return str(exc).split("\n")[0]


def _table_names() -> list[str]:
    from schemas import TABLES

    return list(TABLES)


def _cell(value):
    """A CSV cell: lists and structs as JSON, everything else as text."""
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _write_text(table, format: str, fh) -> None:
    rows = table.to_pylist()
    if format == "json":
        json.dump(rows, fh, ensure_ascii=False, default=str, indent=1)
        fh.write("\n")
        return
    import csv

    w = csv.writer(fh, lineterminator="\n")
    w.writerow(table.column_names)
    for r in rows:
        w.writerow([_cell(v) for v in r.values()])


def _write_result(table, format: str, output: Path) -> None:
    """The result into ``output``, never half-written (``_atomically``)."""
    if format == "table":
        _fail("--output writes csv, json or parquet: add --format")

    def write(tmp: str) -> None:
        if format == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(table, tmp)
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                _write_text(table, format, fh)

    _atomically(output, write)


def _atomically(path: Path, write) -> None:
    """``write(tmp)`` fills a temporary file beside ``path``, which is then renamed to it: a
    crash never leaves a half-written file under the name."""
    import tempfile

    path = path.expanduser()
    if not path.parent.exists():
        _fail(f"{path}: directory {path.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        mask = os.umask(0)  # the permissions a plain open gives (mkstemp's file is private)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@app.command()
def tables(lake: LakeOpt = None, verbose: VerboseOpt = False) -> None:
    """Tables with row counts and schemas."""
    from schemas import TABLES

    the_lake = _existing_lake(lake)
    for name, schema in TABLES.items():
        t = Table(title=f"{name}: {the_lake.count(name)} rows", title_justify="left")
        t.add_column("column")
        t.add_column("type")
        for f in schema:
            t.add_row(f.name, str(f.type))
        out.print(t)


INGESTED = "(ingest)"  # the ``sources`` row of documents read by ``scholarlake ingest``


@app.command()
def sources(
    config: Annotated[Path, typer.Option("--config", "-c", help="TOML config of sources.")] = Path(DEFAULT_CONFIG),
    lake: LakeOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """What the lake holds per source: the configured sources and the files read with
    'ingest', with their documents, records, rejects, when new bytes last arrived and the
    last HTTP fetch. Without a config file only what the lake holds is listed."""
    cfg = None
    if config.exists() or config != Path(DEFAULT_CONFIG):
        from .config import ConfigError, load_config

        try:
            cfg = load_config(config)
        except ConfigError as exc:
            _fail(str(exc))
    the_lake = _lake(lake, cfg.lake if cfg else None, cfg)
    stats: dict[str, tuple] = {}
    if the_lake.exists():
        con = the_lake.connect()
        rows = con.execute(f"""
            with docs as (select coalesce(source, '{INGESTED}') as source, * from raw_documents),
                 uris as (select distinct source, source_uri from docs),
                 recs as (select u.source, count(*) as n from records r join uris u using (source_uri) group by all),
                 rejs as (select u.source, count(*) as n from rejects j join uris u using (source_uri) group by all)
            select d.source, count(distinct d.source_uri), count(distinct d.doc_id), max(d.fetched_at),
                   max(d.last_fetched_at) filter (where d.http_status is not null),
                   arg_max(d.http_status, d.last_fetched_at) filter (where d.http_status is not null),
                   coalesce(any_value(recs.n), 0), coalesce(any_value(rejs.n), 0)
            from docs d left join recs using (source) left join rejs using (source) group by d.source
        """).fetchall()
        stats = {r[0]: r[1:] for r in rows}
    title = f"sources of {cfg.path}" if cfg else f"sources in {the_lake.root} (no config file {config})"
    t = Table(title=Text(title), title_justify="left")
    for col in ("source", "kind", "uris", "documents", "new bytes (UTC)", "last fetch (UTC)", "status",
                "records", "rejects"):
        t.add_column(col)
    names = [(src.name, src.kind) for src in cfg.sources] if cfg else []
    names += [(name, "ingest" if name == INGESTED else "(not in config)") for name in sorted(stats)
              if name not in {n for n, _ in names}]
    for name, kind in names:
        uris, docs, new_bytes, last_fetch, status, n_records, n_rejects = stats.get(name, (0, 0, None, None, None, 0, 0))
        t.add_row(Text(name), kind, str(uris), str(docs), f"{new_bytes:%Y-%m-%d %H:%M}" if new_bytes else "never",
                  f"{last_fetch:%Y-%m-%d %H:%M}" if last_fetch else "-", str(status) if status else "-",
                  str(n_records), str(n_rejects or 0))
    out.print(t)


@app.command()
def dedup(
    lake: LakeOpt = None,
    full: Annotated[bool, typer.Option("--full", help="Rescore every pair instead of only new records.")] = False,
    retrain: Annotated[bool, typer.Option(
        "--retrain", help="Estimate the match model again from the lake's records (implies --full).")] = False,
    curation: Annotated[Optional[Path], typer.Option(help="must_link / cannot_link CSV for dedup.")] = None,
    engine: Annotated[str, typer.Option(
        "--engine", help="local, or spark: a full rebuild on Apache Spark, the same works (needs pyspark and Java).")] = "local",
    spark_master: Annotated[str, typer.Option(
        "--spark-master", help="Spark master URL for --engine spark: local[N], spark://host:7077, yarn, ...")] = "local[*]",
    verbose: VerboseOpt = False,
) -> None:
    """Rebuild works from the records already in the lake (after a curation change, or to
    estimate the match model again)."""
    from .pipeline import dedup as run_dedup

    if engine not in ("local", "spark"):
        _fail(f"--engine must be local or spark, not {engine!r}")
    if engine == "spark":
        import importlib.util

        if importlib.util.find_spec("pyspark") is None:
            _fail("--engine spark needs pyspark: pip install 'scholarlake[spark]' (and a Java 17+ runtime)")
    the_lake = _existing_lake(lake)
    cur = _curation(curation)
    n = run_dedup(the_lake, cur, full=full or retrain, retrain=retrain, engine=engine, spark_master=spark_master)
    out.print(f"{n} works in {the_lake.root}", highlight=False, markup=False)
    _warn_unknown_curation(cur, the_lake)


@app.command()
def review(
    lake: LakeOpt = None,
    out_file: Annotated[Path, typer.Option("--out", "-o", help="The HTML page to write.")] = Path("review.html"),
    verbose: VerboseOpt = False,
) -> None:
    """Write one static HTML page (it opens from disk) of the merges a person should check
    first, with buttons that download the decisions as labels (for 'train') or curation CSV."""
    from dedup.model import prior_model
    from dedup.review import build
    from warehouse.lake import read_table

    from .pipeline import current_model
    from .review_page import render

    the_lake = _existing_lake(lake)
    con = the_lake.connect()
    rows = read_table(con, "records").to_pylist()
    work_of = dict(con.execute("select record_id, work_id from work_records").fetchall())
    model, _ = current_model(con)
    con.close()
    found = build(rows, work_of, model or prior_model())
    page = render(found, str(the_lake.root))
    _atomically(out_file, lambda tmp: Path(tmp).write_text(page, encoding="utf-8"))
    out.print(f"{out_file}: {len(found.items)} item(s) to review", highlight=False, markup=False)


@app.command()
def label(
    lake: LakeOpt = None,
    labels: Annotated[Path, typer.Option("--labels", help="The labels file answers are appended to "
                                                          "(CSV left,right,match,note; created if new).")] = Path("labels.csv"),
    n: Annotated[int, typer.Option("--n", min=1, help="Questions to ask at most.")] = 20,
    verbose: VerboseOpt = False,
) -> None:
    """Active labelling: asks about the candidate pairs the matcher is least sure of and
    appends each answer to the labels file at once (y same paper, n different, u unsure,
    q quit); then 'scholarlake train LABELS' fits the matcher from them."""
    from dedup.model import prior_model
    from dedup.review import uncertain_pairs
    from dedup.supervised import LabelError, parse_labels
    from warehouse.lake import read_table

    from .pipeline import current_model

    the_lake = _existing_lake(lake)
    known: set[frozenset[str]] = set()
    if labels.exists() and labels.stat().st_size:
        try:
            known = {frozenset((lb.left, lb.right)) for lb in parse_labels(labels.read_text(encoding="utf-8"), str(labels))}
        except LabelError as exc:
            _fail(str(exc))
    con = the_lake.connect()
    rows = read_table(con, "records").to_pylist()
    model, _ = current_model(con)
    con.close()
    items = uncertain_pairs(rows, model or prior_model(), known, n)
    if not items:
        out.print("no candidate pair left to ask about", highlight=False, markup=False)
        return
    new_file = not labels.exists() or labels.stat().st_size == 0
    added = 0
    with labels.open("a", encoding="utf-8", newline="") as fh:
        import csv

        w = csv.writer(fh, lineterminator="\n")
        if new_file:
            w.writerow(["left", "right", "match", "note"])
        for i, it in enumerate(items, start=1):
            t = Table(title=Text(f"{i}/{len(items)}: the matcher says {it.probability:.2f}"), show_header=True)
            t.add_column("")
            t.add_column("left")
            t.add_column("right")
            for key in ("title", "authors", "year", "venue", "arxiv_id", "doi", "source_kind", "record_id"):
                mark = " *" if key in it.differing else ""
                show = lambda v: Text("; ".join(v) if isinstance(v, list) else ("" if v is None else str(v)))  # noqa: E731
                t.add_row(key + mark, show(it.left.get(key)), show(it.right.get(key)))
            out.print(t)
            answer = ""
            while answer not in ("y", "n", "u", "q"):
                try:
                    answer = typer.prompt("Same paper? [y]es / [n]o / [u]nsure / [q]uit").strip().lower()[:1]
                except (typer.Abort, EOFError):
                    answer = "q"
            if answer == "q":
                break
            if answer in ("y", "n"):
                w.writerow([it.left["record_id"], it.right["record_id"], 1 if answer == "y" else 0, "label"])
                fh.flush()
                added += 1
    out.print(f"{added} label(s) added to {labels}; 'scholarlake train {labels}' fits the matcher from them",
              highlight=False, markup=False)


@app.command()
def train(
    labels: Annotated[Path, typer.Argument(help="CSV left,right,match (1 same paper, 0 different): record ids, "
                                               "or the source record ids of a records import.")],
    lake: LakeOpt = None,
    curation: Annotated[Optional[Path], typer.Option(help="must_link / cannot_link CSV; always wins.")] = None,
    method: Annotated[str, typer.Option(
        "--method", help="boosted (default: semi, then a logistic layer and gradient-boosted trees over the "
                         "pairs' likenesses), stacked (the logistic layer alone), semi (EM over the lake's pairs, "
                         "the labelled ones held at their labels), fs_lake_u, fs or logistic "
                         "(see dedup/supervised.py)")] = "boosted",
    verbose: VerboseOpt = False,
) -> None:
    """Fit the matcher from labelled pairs and rebuild every work with it; dedup and every
    later run use this model (explain names it)."""
    from dedup.supervised import LabelError

    from .pipeline import train as run_train

    if method not in ("boosted", "stacked", "semi", "fs_lake_u", "fs", "logistic"):
        _fail(f"--method must be boosted, stacked, semi, fs_lake_u, fs or logistic, not {method!r}")
    the_lake = _existing_lake(lake)
    try:
        text = labels.read_text(encoding="utf-8")
    except FileNotFoundError:
        _fail(f"{labels}: labels file not found")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{labels}: cannot read the labels file ({exc})")
    try:
        model, stats = run_train(the_lake, text, str(labels), _curation(curation), method)
    except LabelError as exc:
        _fail(str(exc))
    t = model.trained
    out.print(f"model {model.model_id} from {t['labels']} labels ({t['matches']} same paper), share of matches "
              f"among candidate pairs {model.prior:.4f}; {stats['works']} works in {the_lake.root}",
              highlight=False, markup=False)


@app.command()
def maintain(
    lake: LakeOpt = None,
    retain_days: Annotated[float, typer.Option(
        "--retain-days", help="Keep snapshots (time travel) this many days back; older ones expire.")] = 30.0,
    verbose: VerboseOpt = False,
) -> None:
    """Compact the lake: small files merged, inlined rows flushed to Parquet, snapshots older
    than --retain-days expired and their files deleted. Current answers do not change."""
    the_lake = _existing_lake(lake)
    stats = the_lake.maintain(retain_days)
    out.print(f"{the_lake.root}: {stats['files_before']} -> {stats['files_after']} data files")


@app.command()
def check(lake: LakeOpt = None, verbose: VerboseOpt = False) -> None:
    """Verify the lake: every table file against its recorded sha256, every raw file against
    its name, the catalog's structure. Exit 1 when anything is damaged."""
    from warehouse.integrity import check as check_lake

    the_lake = _existing_lake(lake)
    report = check_lake(the_lake)
    for p in report.problems:
        err.print(f"[red]damaged[/] {escape(p.path)}: {escape(p.reason)}\n  fix: {escape(p.fix)}",
                  highlight=False, soft_wrap=True)
    out.print(f"{the_lake.root}: {report.table_files} table file(s), {report.raw_files} raw file(s) checked; "
              f"{len(report.problems)} problem(s)"
              + (f"; {report.unverified} table file(s) had no recorded checksum and read cleanly" if report.unverified else ""),
              highlight=False, markup=False)
    if report.problems:
        raise typer.Exit(1)


@app.command()
def repair(
    lake: LakeOpt = None,
    curation: Annotated[Optional[Path], typer.Option(help="must_link / cannot_link CSV for the works rebuild.")] = None,
    verbose: VerboseOpt = False,
) -> None:
    """Rebuild what check finds damaged: records and works from raw, damaged raw files set
    aside for the next ingest; says what could not be rebuilt. Exit 1 if problems remain."""
    from .repair import repair as repair_lake

    the_lake = _existing_lake(lake)
    report = repair_lake(the_lake, _curation(curation))
    for line in report.rebuilt:
        out.print(f"repaired: {line}", highlight=False, markup=False)
    for line in report.lost:
        out.print(f"lost: {line}", highlight=False, markup=False)
    for p in report.remaining:
        err.print(f"[red]still damaged[/] {escape(p.path)}: {escape(p.reason)}\n  fix: {escape(p.fix)}",
                  highlight=False, soft_wrap=True)
    if not (report.rebuilt or report.lost or report.remaining):
        out.print(f"{the_lake.root}: nothing to repair", highlight=False, markup=False)
    if report.remaining:
        raise typer.Exit(1)


@app.command()
def migrate(
    old: Annotated[Path, typer.Argument(help="A lake written by scholarlake before DuckLake (schema v4).")],
    lake: LakeOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Convert a v4 lake (a directory of Parquet partitions) into a DuckLake lake. With no
    --lake the conversion happens in place and the old files move to OLD/v4-backup/."""
    from .migrate import migrate_v4

    summary = migrate_v4(old, lake)
    out.print(summary)


@app.command()
def explain(work_id: str, lake: LakeOpt = None, verbose: VerboseOpt = False) -> None:
    """A work's members, the edges that joined them, and each edge's match weights."""
    from dedup.survivorship import explain_title
    from warehouse.lake import read_table

    the_lake = _existing_lake(lake)
    con = the_lake.connect()
    target = next(iter(con.execute("select merged_into from work_redirects where old_work_id = ?", [work_id]).fetchall()), None)
    if target:
        out.print(f"{work_id} was merged into {target[0]}")
        work_id = target[0]
    work = next(iter(con.execute(
        "select title, year, venue, n_records, title_from, authors_from from works where work_id = ?", [work_id]
    ).fetchall()), None)
    if not work:
        _fail(f"no work {work_id} in {the_lake.root}")
    out.print(f"[bold]{work_id}[/]: " + escape(f"{work[0]} ({work[1]}, {work[2] or 'no venue'}) - {work[3]} record(s)"))
    members = read_table(con, "records", where="where record_id in (select record_id from work_records "
                                               "where work_id = ?)", params=[work_id]).to_pylist()
    out.print(explain_title(members) if members else f"title from {work[4]}", highlight=False, markup=False)
    out.print(f"authors from {work[5]}", highlight=False, markup=False)
    rows = con.execute(
        """select wr.record_id, wr.rule, wr.score, wr.matched_record_id, r.source_uri, r.ordinal, r.title,
                  r.year, len(r.authors)
           from work_records wr join records r using (record_id)
           where wr.work_id = ? order by wr.rule = 'survivor' desc, r.source_uri, r.ordinal""",
        [work_id],
    ).fetchall()
    out.print("members:")
    for r in rows:
        why = "survivor (canonical record)" if r[1] == "survivor" else f"{r[1]} score {r[2]:.2f} with {r[3]}"
        out.print(f"  {r[0]}  {why}", highlight=False, markup=False)
        out.print(f"      {Path(r[4]).name} #{r[5]}  {r[7] or '----'}  {r[8]} author(s)  {r[6]}", highlight=False, markup=False)
    edges = con.execute(
        """select e.record_a, e.record_b, e.rule, e.score, wa.work_id = wb.work_id as inside
           from match_edges e join work_records wa on wa.record_id = e.record_a
           join work_records wb on wb.record_id = e.record_b
           where ? in (wa.work_id, wb.work_id) order by inside desc, e.score desc""",
        [work_id],
    ).fetchall()
    if edges:
        out.print("edges (pairs the matcher accepted):")
        for a, b, rule, score, inside in edges:
            note = "" if inside else "  [not merged: the two works conflict (a veto or curation)]"
            out.print(f"  {a} - {b}  {rule} {score:.3f}{note}", highlight=False, markup=False)
    _explain_weights(con, [(a, b) for a, b, rule, _, _ in edges if rule.startswith("model@")][:EXPLAIN_EDGES], members)


EXPLAIN_EDGES = 5  # edges whose weights explain prints in full


def _explain_weights(con, pairs: list[tuple[str, str]], members: list[dict]) -> None:
    """The match weight waterfall of each pair under the lake's model: the prior, then each
    comparison's level and weight, and the probability they add up to. ``members``: the
    work's record rows, already read; only the other side of an edge to another work is read."""
    from dedup.engine import judge
    from dedup.prepare import prepare
    from warehouse.lake import read_table

    from .pipeline import current_model

    model, _ = current_model(con)
    if model is None or not pairs:
        return
    have = {r["record_id"]: r for r in members}
    ids = sorted({x for p in pairs for x in p})
    missing = [x for x in ids if x not in have]
    if missing:
        have.update((r["record_id"], r) for r in read_table(
            con, "records", where=f"where record_id in ({', '.join('?' * len(missing))})", params=missing).to_pylist())
    recs = {r.record_id: r for r in prepare([have[x] for x in ids if x in have])}
    origin = model.trained.get("source") or "estimated by EM from the lake's records"
    out.print(f"match weights (model {model.model_id}, {origin}; bits, positive for a match):",
              highlight=False, markup=False)
    for a, b in pairs:
        if a not in recs or b not in recs:
            continue
        v = judge(recs[a], recs[b], model)
        out.print(f"  {a} - {b}: probability {v.probability:.3f}", highlight=False, markup=False)
        total = 0.0
        for name, level, weight in v.waterfall:
            total += weight
            out.print(f"    {name:8} {weight:+6.2f}  (sum {total:+6.2f})  {level}", highlight=False, markup=False)


def entrypoint() -> None:  # pragma: no cover
    """The console script: known failures end in one line naming the file and the reason,
    never a traceback (exit 1 for a lake problem, 2 for a bad config or curation file)."""
    try:
        app()
    except Exception as exc:
        code = _failure_code(exc)
        if code is None:
            raise
        _error(str(exc))
        sys.exit(code)


def _failure_code(exc: Exception) -> int | None:
    """1 for a lake problem, 2 for a bad config or curation file, None for anything else. A
    lake problem is asked first: every command that opens a lake has imported its class, so
    the usual failure imports nothing more (see the top)."""
    from warehouse import LakeError

    if isinstance(exc, LakeError):
        return 1
    from dedup.curation import CurationError

    from .config import ConfigError

    return 2 if isinstance(exc, (ConfigError, CurationError)) else None
