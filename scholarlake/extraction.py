"""The per-document boundary: one document in, (kind, records, rejects) out, whatever the
document holds.

``extract_document`` runs detect -> extract -> normalize -> identify and turns anything one
of them raises for this document (a parser's own bug, a RecursionError on JSON nested 100k
deep, an OverflowError on a year of ``inf``, a MemoryError) into a reject row that names the
document, the stage and the exception. A document that fails as a whole gives no records,
so the URI's earlier records stay current (``pipeline.store_staged``).

``extract_isolated`` runs it in a worker process that enforces the per-document limits
(``extractors.limits.Limits``): a watchdog ends the worker once its resident memory grows
``memory_mb`` past its baseline (a decompression bomb dies alone), and a document still
running after ``seconds`` is stopped by killing the worker. The worker is a fresh
interpreter started once per process and reused (``_Worker``), so it inherits no threads or
state from its caller, whether the CLI, pytest or an Airflow task. (multiprocessing's
forkserver and spawn re-import the caller's ``__main__`` in every worker, which fails in an
Airflow task process; a plain subprocess with a pipe has no such step.)
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import hashlib
import importlib
import logging
import operator
import os
import threading
from collections import Counter
from typing import Callable

import extractors
from extractors import Document, ExtractError, RecordError, UnknownFormat, unread_entries
from extractors.limits import LimitExceeded, Limits, using
from normalizers.record import identify_one, normalize

log = logging.getLogger(__name__)

# A worker is replaced after this many documents, so that fragmentation from one large
# document does not eat the allowance of the next ones.
TASKS_PER_WORKER = 200
# Libraries the extractors import lazily; the worker imports them before it measures its
# baseline memory.
PRELOAD = ("pyarrow.parquet", "pdfplumber", "pypdfium2", "feedparser", "bs4", "bibtexparser", "nameparser", "ftfy")
# Rows a worker holds as Python dicts before it packs them into an Arrow batch.
BATCH_ROWS = 5000


def reject_row(doc_id: str | None, uri: str, ordinal: int | None, stage: str, reason: str, excerpt: str = "") -> dict:
    rid = hashlib.sha256(f"{doc_id or uri}|{uri}|{ordinal}|{stage}|{reason}".encode()).hexdigest()[:20]
    return {
        "reject_id": "X" + rid,
        "doc_id": doc_id,
        "source_uri": uri,
        "ordinal": ordinal,
        "stage": stage,
        "reason": reason,
        "excerpt": excerpt[:500],
    }


def describe(exc: BaseException) -> str:
    """A reject reason for an exception a parser should not have raised."""
    if isinstance(exc, RecursionError):
        return "nested too deeply to read (RecursionError)"
    if isinstance(exc, MemoryError):
        return "ran out of memory reading it (over the per-document memory limit)"
    text = " ".join(str(exc).split())[:200]
    return f"could not be read: {type(exc).__name__}" + (f": {text}" if text else "")


class _Rows:
    """Where extracted rows go: a list (``extract_document``), or Arrow batches of
    ``BATCH_ROWS`` (the worker), so that a large records table never sits in memory as one
    Python dict per row."""

    def __init__(self, batch_rows: int | None = None):
        self.batch_rows = batch_rows
        self.rows: list[dict] = []
        self.batches: list = []
        self.misfits: list[tuple[dict, str]] = []

    def add(self, row: dict) -> None:
        self.rows.append(row)
        if self.batch_rows and len(self.rows) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        table, bad = fit_schema(self.rows)
        self.misfits += bad
        if self.batch_rows:
            if table.num_rows:
                self.batches.append(table)
            self.rows = []
        elif bad:
            misfit = {id(r) for r, _ in bad}
            self.rows = [r for r in self.rows if id(r) not in misfit]

    def __len__(self) -> int:
        return len(self.rows) + sum(b.num_rows for b in self.batches)


def _extract(doc: Document, kind: str | None, out: _Rows) -> tuple[str, list[dict]]:
    """detect -> extract -> normalize -> identify -> fit the schema, rows into ``out``;
    returns (kind, rejects). Never raises for bad input."""
    name, stage = "unknown", "detect"
    rejects: list[dict] = []
    try:
        extractor = extractors.get(kind) if kind else extractors.detect(doc)
        name, stage = extractor.name, "extract"
        label = f"{extractor.name}@{extractor.version}"
        if not (out.batch_rows and getattr(extractor, "by_columns", False) and _by_columns(doc, extractor, label, out, rejects)):
            seen: Counter[str] = Counter()
            for item in extractor.extract(doc):
                row = _normalized(item, doc, name, label, rejects)
                if row is not None:
                    out.add(identify_one(row, doc.source_uri, seen))
        stage = "schema"
        out.flush()
        rejects += [reject_row(doc.doc_id, doc.source_uri, r.get("ordinal"), "schema", reason, str(r.get("title") or ""))
                    for r, reason in out.misfits]
        if not len(out) and not rejects and not getattr(extractor, "may_be_empty", False):
            rejects.append(reject_row(doc.doc_id, doc.source_uri, None, "extract", f"no records found by {name}"))
            rejects += _unread_rejects(doc, "extract", f"no records found by {name}")
        return name, rejects
    except UnknownFormat as exc:
        out.rows, out.batches = [], []
        return "unknown", [reject_row(doc.doc_id, doc.source_uri, None, "detect", exc.reason),
                           *_unread_rejects(doc, "detect", "no extractor recognises this document")]
    except ExtractError as exc:
        failure = (name, "extract", exc.reason)
    except LimitExceeded as exc:
        failure = (name, "limit", str(exc))
    except (Exception, RecursionError, MemoryError) as exc:
        out.rows, out.batches = [], []  # free what was read before anything else
        log.warning("%s: %s failed at %s", doc.source_uri, name, stage, exc_info=not isinstance(exc, MemoryError))
        failure = (name, stage, describe(exc))
    out.rows, out.batches = [], []  # a document that fails as a whole gives no records
    return failure[0], [reject_row(doc.doc_id, doc.source_uri, None, failure[1], failure[2])]


def _unread_rejects(doc: Document, stage: str, why: str) -> list[dict]:
    """A reject for each stretch of a text document no reader read that may be an entry
    (``extractors.unread_entries``), so that no entry of it is lost without one; none for a
    binary file or text that cannot be decoded (its document reject says why)."""
    if b"\x00" in doc.data[:8192]:
        return []
    try:
        lines = doc.lines
    except ExtractError:
        return []
    return [reject_row(doc.doc_id, doc.source_uri, k, stage, f"{why}: unread text that looks like an entry", text)
            for k, text in enumerate(unread_entries.unread_entries(lines), start=1)]


def _normalized(item, doc: Document, name: str, label: str, rejects: list[dict]) -> dict | None:
    """One extracted entry normalized; None, its reject added to ``rejects``, when it has
    none (a RecordError, or a value ``normalize`` refuses)."""
    if isinstance(item, RecordError):
        rejects.append(reject_row(doc.doc_id, doc.source_uri, item.ordinal, "extract", item.reason, item.excerpt))
        return None
    try:
        return normalize(item, doc_id=doc.doc_id, source_uri=doc.source_uri, source_kind=name,
                         extractor=label, capture=doc.capture_date)
    except (LimitExceeded, MemoryError, RecursionError):
        raise
    except Exception as exc:  # one entry's bad value (a year of "inf") rejects that entry only
        reason = str(exc) if isinstance(exc, ValueError) else describe(exc)
        rejects.append(reject_row(doc.doc_id, doc.source_uri, item.ordinal, "normalize", reason, str(item.raw or "")))
        return None


def _by_columns(doc: Document, extractor, label: str, out: _Rows, rejects: list[dict]) -> bool:
    """A records table's Arrow batches built column by column (``normalizers.columnar``),
    the same as the row path's. False, with nothing added to ``out`` or ``rejects``, when
    anything went wrong: the row path then reads the document and fails, if it must, as it
    always did."""
    from normalizers.columnar import normalize_table

    found: list[dict] = []
    tables = _by_arrow(doc, extractor, label, found)
    if tables is not None:
        out.batches += [t for t in tables if t.num_rows]
        rejects += found
        return True
    found = []
    try:
        tables = list(normalize_table(extractor.rows(doc), lambda item: _normalized(item, doc, extractor.name, label, found),
                                      doc_id=doc.doc_id, source_uri=doc.source_uri, source_kind=extractor.name,
                                      label=label))
    except (Exception, MemoryError, RecursionError) as exc:
        log.debug("%s: read by the row path (%s)", doc.source_uri, describe(exc))
        return False
    out.batches += [t for t in tables if t.num_rows]
    rejects += found
    return True


def _by_arrow(doc: Document, extractor, label: str, found: list[dict]) -> list | None:
    """The records tables built on the columns Arrow read (``normalizers.arrow_records``);
    None when the extractor has no Arrow reading of the document or anything went wrong
    (``_by_columns`` then builds it from Python rows)."""
    from normalizers.arrow_records import normalize_arrow, plan

    read = getattr(extractor, "arrow", None)
    try:
        got = read(doc) if read else None
        the_plan = plan(got[0]) if got else None
        if the_plan is None:
            return None
        return list(normalize_arrow(got[0], the_plan, got[1], lambda item: _normalized(item, doc, extractor.name, label, found),
                                    doc_id=doc.doc_id, source_uri=doc.source_uri, source_kind=extractor.name,
                                    label=label))
    except (Exception, MemoryError, RecursionError) as exc:
        log.debug("%s: not read by its Arrow columns (%s)", doc.source_uri, describe(exc))
        return None


def extract_document(doc: Document, kind: str | None = None) -> tuple[str, list[dict], list[dict]]:
    """Pure: a document -> (kind, record rows with their ids, reject rows). Never raises for
    bad input: an entry that fails is a reject of its own, a document that fails as a whole
    is one document reject and no records."""
    out = _Rows()
    name, rejects = _extract(doc, kind, out)
    return name, out.rows, rejects


def fit_schema(records: list[dict]):
    """(the records that fit the ``records`` table's column types, as an Arrow table; the
    others with the reason): a source's "upvotes": "many" that an extractor passed through
    rejects its entry, never the run's commit. Converting is the check, so the table comes
    back for callers that keep Arrow."""
    import pyarrow as pa

    from schemas import TABLES

    schema = TABLES["records"]
    try:
        return pa.Table.from_arrays(_columns(records, schema.names), schema=schema), []
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        pass
    good, bad = [], []
    for r in records:
        try:
            pa.Table.from_pylist([r], schema=schema)
        except (pa.ArrowException, TypeError, ValueError, OverflowError) as exc:
            bad.append((r, "a value does not fit the records table: " + " ".join(str(exc).split())[:200]))
        else:
            good.append(r)
    return pa.Table.from_pylist(good, schema=schema), bad


def _columns(records: list[dict], names: list[str]) -> list[list]:
    """The records' values column by column, a missing key as None: what
    ``pa.Table.from_pylist`` builds before it converts them, transposed in C when every
    record has every column (``normalize`` gives them all)."""
    try:
        values = list(map(operator.itemgetter(*names), records)) if len(names) > 1 else None
    except KeyError:
        values = None
    if values is None:
        return [[r[n] if n in r else None for r in records] for n in names]
    return [list(column) for column in zip(*values)] if values else [[] for _ in names]


# --------------------------------------------------------------------------- isolation


def _statm(field: int) -> int:
    """This process's virtual size (field 0) or resident set (field 1) in bytes (Linux)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[field]) * os.sysconf("SC_PAGE_SIZE")


# A worker exits with this code when its document passed the memory limit.
OVER_MEMORY_EXIT = 86
# How often the worker's watchdog looks at its resident memory, and how far below the
# allowance it stops the worker: memory can grow about 1 GB/s (zlib inflating a PDF stream),
# so one interval's growth must fit in the headroom for the allowance to hold.
WATCH_INTERVAL = 0.01
WATCH_HEADROOM_MB = 32
# The address-space cap, as a multiple of the allowance: a backstop for allocations faster
# than the watchdog. Address space is not memory: allocator arenas and thread stacks reserve
# far more than they touch (100k records: +357 MB resident, +1.3 GB address space), so the cap
# must be loose and the resident-memory watchdog is the limit that counts.
ADDRESS_SPACE_FACTOR = 4


def _limit_memory(memory_mb: int) -> None:
    """Worker initializer: a daemon thread ends the worker (exit ``OVER_MEMORY_EXIT``) once its
    resident memory is ``memory_mb`` over what it was at start; the address space is capped at
    ``ADDRESS_SPACE_FACTOR`` times that allowance, so a single huge allocation fails at once
    with a MemoryError (a reject) instead of swapping."""
    import resource
    import time

    allowance = memory_mb * 1024 * 1024
    ceiling = _statm(1) + allowance - min(WATCH_HEADROOM_MB * 1024 * 1024, allowance // 4)
    cap = _statm(0) + ADDRESS_SPACE_FACTOR * allowance
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    def watch() -> None:
        while True:
            if _statm(1) > ceiling:
                os._exit(OVER_MEMORY_EXIT)
            time.sleep(WATCH_INTERVAL)

    threading.Thread(target=watch, name="memory-watchdog", daemon=True).start()


def _work(doc: Document, kind: str | None, limits: Limits):
    """In the worker: the rows go back as one Arrow table (compact to hold and to send)."""
    import pyarrow as pa

    from schemas import TABLES

    out = _Rows(BATCH_ROWS)
    with using(limits):
        name, rejects = _extract(doc, kind, out)
    table = pa.concat_tables(out.batches) if out.batches else TABLES["records"].empty_table()
    out.batches = []
    return name, table, rejects


def _frames(obj) -> list:
    """``obj`` pickled for the pipe between the caller and its worker, as the pieces to
    write one after the other: a header (the pickle's length, the number of out-of-band
    buffers, each one's length), the pickle, then each buffer as it lies in memory. With
    pickle's protocol 5 an Arrow table's column buffers travel out of band, so a large
    table is never copied into one pickle and, on the other side, out of it again
    (``_read_frames``)."""
    import pickle
    import struct

    buffers: list = []
    data = pickle.dumps(obj, protocol=5, buffer_callback=buffers.append)
    try:
        raws = [b.raw() for b in buffers]
    except BufferError:  # a buffer that is not one piece of memory: everything in band
        data, raws = pickle.dumps(obj, protocol=5), []
    return [struct.pack(f"<QQ{len(raws)}Q", len(data), len(raws), *(r.nbytes for r in raws)), data, *raws]


def _read_frames(read: Callable[[int], bytearray]):
    """The object ``_frames`` wrote, from ``read(n)``: exactly n bytes (a bytearray for the
    buffers, which the unpickled Arrow arrays then use in place)."""
    import pickle
    import struct

    size, count = struct.unpack("<QQ", read(16))
    lengths = struct.unpack(f"<{count}Q", read(8 * count)) if count else ()
    data = read(size)
    return pickle.loads(data, buffers=[read(n) for n in lengths])


class WorkerDied(Exception):
    def __init__(self, returncode: int | None):
        super().__init__(f"exit code {returncode}")
        self.returncode = returncode


class _Worker:
    """One extraction worker: ``python -m scholarlake.extraction MEMORY_MB``, a fresh
    interpreter (it inherits no threads, locks or DuckDB state from the caller, whatever the
    caller is: the CLI, pytest, an Airflow task) that reads pickled requests on stdin and
    answers on its own copy of stdout. Requests and answers are framed pickles (``_frames``);
    the worker is our own child, so unpickling its answers is as safe as the rest of the process."""

    def __init__(self, memory_mb: int):
        import subprocess
        import sys

        self.memory_mb = memory_mb
        self.done = 0
        self.proc = subprocess.Popen([sys.executable, "-m", "scholarlake.extraction", str(memory_mb)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def run(self, request: tuple, timeout: float):
        """The answer to ``request``; TimeoutError (after killing the worker) when none came
        within ``timeout`` seconds, WorkerDied when the worker ended without one."""
        import selectors
        import time

        try:
            for frame in _frames(request):
                self.proc.stdin.write(frame)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            raise WorkerDied(self.proc.wait()) from None
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)

            def read(n: int) -> bytearray:
                """n bytes of the answer, read in place; the time limit holds throughout."""
                out = bytearray(n)
                view, at = memoryview(out), 0
                while at < n:
                    left = deadline - time.monotonic()
                    if left <= 0 or not sel.select(left):
                        self.kill()
                        raise TimeoutError
                    got = os.readv(fd, [view[at:]])
                    if not got:
                        raise WorkerDied(self.proc.wait())
                    at += got
                return out

            answer = _read_frames(read)
        self.done += 1
        return answer

    def kill(self) -> None:
        if self.alive():
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):
                pipe.close()


class _Workers:
    """This process's extraction worker (one per memory limit), started on first use and
    replaced when it dies, is killed, or has served ``TASKS_PER_WORKER`` documents."""

    lock = threading.Lock()
    workers: dict[int, _Worker] = {}

    @classmethod
    def run(cls, limits: Limits, request: tuple):
        with cls.lock:  # one document at a time per worker
            worker = cls.workers.get(limits.memory_mb)
            if worker is None or not worker.alive() or worker.done >= TASKS_PER_WORKER:
                if worker is not None:
                    worker.kill()
                worker = cls.workers[limits.memory_mb] = _Worker(limits.memory_mb)
            return worker.run(request, limits.seconds)

    @classmethod
    def close(cls) -> None:
        with cls.lock:
            for worker in cls.workers.values():
                worker.kill()
            cls.workers.clear()


atexit.register(_Workers.close)


def extract_isolated(doc: Document, kind: str | None, limits: Limits) -> tuple[str, list[dict], list[dict]]:
    """``extract_document`` under ``limits``: in a worker process unless ``limits.isolate`` is
    off. A document over the time limit, or whose worker died (the watchdog's answer to a
    document past its memory allowance), becomes one ``limit`` reject."""
    if not limits.isolate:
        with using(limits):
            return extract_document(doc, kind)
    name, table, rejects = extract_table(doc, kind, limits)
    return name, table.to_pylist(), rejects


def extract_table(doc: Document, kind: str | None, limits: Limits):
    """``extract_isolated`` with the records as the Arrow table the worker built (the
    ``records`` schema), for callers that store them: converting 100k rows back to dicts and
    again to Arrow would cost more than a second."""
    from schemas import TABLES

    if not limits.isolate:
        return _work(doc, kind, limits)
    try:
        return _Workers.run(limits, (doc, kind, limits))
    except TimeoutError:
        reason = (f"stopped after {limits.seconds:g} s: over the per-document time limit "
                  "(raise [limits] seconds to allow more)")
    except WorkerDied as exc:
        if exc.returncode == OVER_MEMORY_EXIT:
            reason = (f"stopped: needs more than the {limits.memory_mb} MB per-document memory limit "
                      "(raise [limits] memory_mb to allow more)")
        else:
            reason = f"the extraction worker died ({exc}) while reading it"
    log.warning("%s: %s", doc.source_uri, reason)
    return "unknown", TABLES["records"].empty_table(), [reject_row(doc.doc_id, doc.source_uri, None, "limit", reason)]


def _use_system_allocator() -> None:
    """Arrow's buffers from the C library's malloc instead of Arrow's default pool (mimalloc
    or jemalloc), in the worker only. Building a 100k-row records table allocates and frees
    hundreds of MB of column buffers slice by slice; the default pools hand freed pages back
    to the system and fault them in again (0.5 s of system time on a new worker's first
    table, 0.15 s on later ones; with malloc 0.2 and 0.03: ``benchmarks.records_throughput``).
    The memory limit still holds: it watches the worker's resident memory, whatever the
    allocator."""
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())


def _serve(memory_mb: int) -> None:
    """The worker's loop (``python -m scholarlake.extraction MEMORY_MB``)."""
    import sys

    # The protocol owns the real stdout; anything a library prints goes to stderr instead.
    channel = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    for module in PRELOAD:  # part of the baseline, not of the first document's allowance
        importlib.import_module(module)
    _use_system_allocator()
    # The imported modules are never garbage: the cycle collector need not walk them again.
    gc.freeze()
    _limit_memory(memory_mb)
    source = sys.stdin.buffer

    class Closed(Exception):
        pass

    def read(n: int) -> bytearray:
        out = bytearray(n)
        view, at = memoryview(out), 0
        while at < n:
            got = source.readinto(view[at:])
            if not got:
                raise Closed
            at += got
        return out

    while True:
        try:
            request = _read_frames(read)
        except Closed:
            return  # the caller closed the pipe: done
        for frame in _frames(_work(*request)):
            channel.write(frame)
        channel.flush()


if __name__ == "__main__":
    import sys

    _serve(int(sys.argv[1]))
