"""Generic record imports: CSV, JSON Lines or Parquet with columns
``id,title,authors,venue,year`` and optionally ``abstract,doi,arxiv_id``.

``authors`` is a comma- or semicolon-separated string or a list. The ``id`` column becomes
``source_record_id``. Parsing happens on the bytes in memory (no file access).
"""

from __future__ import annotations

import csv
import io
import json
import re
from functools import lru_cache
from typing import Any, Iterator, NamedTuple

import numpy as np

from normalizers.text import repair_entities

from . import limits
from .base import Document, Draft, ExtractError, RecordError, excerpt
from .export_columns import SYNONYMS, export_names, table_columns
from .limits import LimitExceeded

NAME = "records"
VERSION = 1

REQUIRED = ("title",)
KNOWN = ("id", "title", "authors", "venue", "year", "abstract", "doi", "arxiv_id", "url")
PARQUET_MAGIC = b"PAR1"
PARQUET_BATCH_ROWS = 10_000
# ``json.dumps(row, default=str, ensure_ascii=False)`` (a row's excerpt) without building an
# encoder per row.
_ROW_JSON = json.JSONEncoder(default=str, ensure_ascii=False)
EXCERPT_CHARS = 200  # ``excerpt``'s default


@lru_cache(maxsize=1024)  # every row repeats its table's few column names
def _column(key: Any) -> str:
    return str(key).strip().lower()


def _format(doc: Document) -> str | None:
    data = doc.data
    if data[:4] == PARQUET_MAGIC:
        return "parquet"
    head = data[:4096].lstrip(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"{"):
        return "jsonl"
    line = head.split(b"\n", 1)[0]
    # A column named by one of the title's names once lower-cased needs their ASCII letters in
    # some case: no other character lower-cases to one of them alone
    # (tests/test_normalizer_fast_paths.py). Most documents, every page and list, have none of
    # those names in their first line; told by one scan each.
    low = line.lower()
    if not any(name in low for name in _TITLE_BYTES):
        return None
    first = line.decode("utf-8", "replace").strip()
    cols = [c.strip().strip('"') for c in re.split(r"[,;\t]", first)]
    # (a two-letter tag counts in Web of Science's capitals only: "Ti, Zr and Hf" opens prose)
    if len(cols) >= 2 and any(c.lower() in _TITLE_NAMES and (len(c) > 2 or c.isupper()) for c in cols):
        return "csv"
    return None


# The names of a title column (``export_columns.SYNONYMS``), and as bytes for ``_format``'s scan.
_TITLE_NAMES = frozenset(name for name, _ in SYNONYMS["title"])
_TITLE_BYTES = tuple(name.encode() for name in _TITLE_NAMES)


def split_author_field(value: Any) -> list[str]:
    """The names of an ``authors`` value: a list's items (a mapping by its name, see
    ``_mapping_names``), or a string split at its semicolons, else its commas. Raises
    ValueError for a mapping that holds no name (the row is rejected: never "{'x': ...}")."""
    if value is None:
        return []
    if isinstance(value, dict):  # one person
        return _mapping_names(value)
    if isinstance(value, (list, tuple)):
        return [n for v in value if v is not None
                for n in (_mapping_names(v) if isinstance(v, dict) else (str(v).strip(),)) if n]
    # A character reference's ";" ("fr &233; d &233; ric") is not a separator: repair first.
    text = repair_entities(str(value)).strip()
    if not text:
        return []
    sep = ";" if ";" in text else ","
    # "Last, First; Last, First" keeps its commas when semicolons separate people.
    return [p.strip() for p in text.split(sep) if p.strip()]


def _mapping_names(person: dict) -> list[str]:
    """A person written as a mapping (CSL ``given``/``family``/``literal``, CFF's
    ``given-names``/``family-names``, ``name``, ...): the names ``publication_data`` reads of
    it, by its key table; ValueError when it holds none."""
    # (its key table; imported when a row holds a mapping)
    from .publication_data import person_names

    names = person_names(person)
    if not names:
        raise ValueError(f"author {_ROW_JSON.encode(person)[:80]} has no name")
    return names


def year_of(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        year = int(float(value))
    except (TypeError, ValueError, OverflowError):  # "inf", "nan": not a number a year can be
        m = re.search(r"(?:19|20)\d\d", str(value))
        if not m:
            raise ValueError(f"year {value!r} is not a year") from None
        year = int(m.group(0))
    if not 1000 <= year <= 2999:
        raise ValueError(f"year {value!r} is out of range")
    return year


def _rows(doc: Document, fmt: str) -> Iterator[dict | Exception]:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        try:
            source = pq.ParquetFile(io.BytesIO(doc.data))
            _check_rows(source.metadata.num_rows)
            # in batches: a small file may hold millions of rows of one repeated value
            for batch in source.iter_batches(batch_size=PARQUET_BATCH_ROWS):
                yield from batch.to_pylist()
        except LimitExceeded:
            raise
        except Exception as exc:  # pyarrow raises several types for corrupt files
            raise ExtractError(doc.source_uri, f"unreadable Parquet file ({exc})") from None
    elif fmt == "jsonl":
        yield from _jsonl_rows(doc)
    else:
        text = doc.text
        dialect = _dialect(text)
        if text.count("\n") > limits.current().rows:  # only then count rows (a quoted cell may span lines)
            _check_rows(sum(1 for _ in csv.reader(io.StringIO(text), dialect=dialect)) - 1)
        yield from _csv_rows(doc, text, dialect)


def _csv_rows(doc: Document, text: str, dialect) -> Iterator[dict | Exception]:
    """The rows of a CSV (or tab-delimited) table, keyed by the fields its header gives
    (``export_columns.table_columns``, once for the table): a column of a field under its
    field's name, an author column's names as a list (``export_columns.export_names``), a
    column of a field that another column gives as "unread <name>", any other column under its
    own name (stripped, lower case). Empty cells past the header's last column are no data (Web
    of Science ends every row with a tab); a row with more cells is that line's error."""
    reader = csv.reader(io.StringIO(text), dialect=dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return
    columns = table_columns(tuple(header))
    if "title" not in columns.fields:
        unread = f" (columns not recognised: {', '.join(columns.unrecognised[:12])})" if columns.unrecognised else ""
        raise ExtractError(doc.source_uri, f"no title column among the table's {len(header)} columns{unread}")
    keys = [field or (f"unread {name.strip().lower()}" if name.strip().lower() in columns.left else name.strip().lower())
            for field, name in zip(columns.fields, header)]
    # (field, the columns that fill it for a row whose own cell is empty, in order)
    fills = [(field, [keys[i] for i in alternates]) for field, alternates in columns.fills]
    authors = keys.index("authors") if "authors" in keys else -1
    width = len(keys)
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ValueError(f"line {reader.line_num}: {exc}")
            continue
        if not cells:
            continue  # a blank line (csv.DictReader skips them too)
        if len(cells) > width:
            if any(c.strip() for c in cells[width:]):
                yield ValueError(f"line {reader.line_num}: {len(cells) - width} cell(s) beyond the header")
                continue
            cells = cells[:width]
        row = dict(zip(keys, cells))
        if len(cells) < width:  # csv.DictReader's restval: missing cells are None
            row.update((k, None) for k in keys[len(cells):])
        for field, alternates in fills:
            if not row[field] or not row[field].strip():
                row[field] = next((row[k] for k in alternates if row[k] and row[k].strip()), row[field])
        if authors >= 0 and type(row["authors"]) is str:
            row["authors"] = list(export_names(row["authors"]))
        yield row


def _jsonl_rows(doc: Document) -> Iterator[dict | Exception]:
    """The rows of a JSON Lines document: a line that is one object from its first character
    to its last is read by the JSON scanner itself (what ``json.loads`` returns for it,
    without its checks around the scanner); any other line by ``json.loads``, a line that is
    no JSON object being that line's error."""
    lines = doc.text.splitlines()
    _check_rows(sum(1 for line in lines if line.strip()))
    scan = _SCANNER
    for n in range(1, len(lines) + 1):
        line, lines[n - 1] = lines[n - 1], None  # each line freed once read: the rows hold its values
        if line[:1] == "{":
            try:
                obj, end = scan(line, 0)
            except Exception:  # json.loads below raises or reports it
                end = -1
            if end == len(line) and type(obj) is dict:
                yield obj
                continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ValueError(f"line {n}: invalid JSON ({exc.msg})")
            continue
        yield obj if isinstance(obj, dict) else ValueError(f"line {n}: not a JSON object")


_SCANNER = json.JSONDecoder().scan_once  # json.loads's default decoder's


# A line with more brackets and braces than this (in strings or not) is left to ``json``.
MAX_OPENINGS = 100
# Bytes ``pyarrow.json`` reads as one block (its default): each block is one chunk of the
# table's columns. (A test makes it small, so that a small table comes in many chunks.)
JSON_BLOCK_BYTES = 1 << 20
# Line ends ``str.splitlines`` knows and JSON Lines readers do not: a document holding one
# is read line by line as ``_jsonl_rows`` does. (A "\r" is one only without its "\n".)
_OTHER_LINE_ENDS = (b"\x0b", b"\x0c", b"\x1c", b"\x1d", b"\x1e", b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9")


# The bytes ``bytes.strip`` strips: ASCII whitespace.
_BLANK = np.zeros(256, bool)
_BLANK[list(b" \t\n\r\x0b\x0c")] = True


class _Lines:
    """The lines of ``data.split(b"\\n")`` as positions in ``data`` (``starts``, ``ends``:
    line k is ``data[starts[k]:ends[k]]``), and what ``arrow_jsonl`` asks of each line,
    answered by numpy over the bytes instead of a Python call per line."""

    def __init__(self, data: bytes):
        self.data = data
        self.bytes = np.frombuffer(data, np.uint8)
        newlines = np.flatnonzero(self.bytes == ord("\n"))
        self.starts = np.concatenate([[0], newlines + 1])
        self.ends = np.concatenate([newlines, [len(data)]])

    def other_line_end(self) -> bool:
        """Whether ``data`` holds one of ``_OTHER_LINE_ENDS`` (``any(end in data)``): the
        one-byte ones among its control characters, each longer one from where its first
        byte occurs, byte by byte."""
        data = self.bytes
        singles = np.frombuffer(b"".join(e for e in _OTHER_LINE_ENDS if len(e) == 1), np.uint8)
        if np.isin(data[np.flatnonzero(data < 0x20)], singles).any():
            return True
        for end in (e for e in _OTHER_LINE_ENDS if len(e) > 1):
            at = np.flatnonzero(data[:max(0, len(data) - len(end) + 1)] == end[0])
            for i in range(1, len(end)):
                at = at[data[at + i] == end[i]]
            if len(at):
                return True
        return False

    def most(self, byte: bytes) -> int:
        """The most times ``byte`` occurs in one line (``max(line.count(byte))``)."""
        at = np.flatnonzero(self.bytes == byte[0])
        if not len(at):
            return 0
        return int(np.bincount(np.searchsorted(self.ends, at)).max())

    def not_blank(self) -> np.ndarray:
        """Which lines hold something ``bytes.strip`` keeps: a line whose first byte is not
        whitespace at once, the others (blank lines, indented ones) by ``bytes.strip``."""
        filled = self.starts < self.ends
        kept = np.zeros(len(self.starts), bool)
        kept[filled] = ~_BLANK[self.bytes[self.starts[filled]]]
        for k in np.flatnonzero(filled & ~kept).tolist():
            kept[k] = bool(self.data[self.starts[k]:self.ends[k]].strip())
        return kept


def arrow_jsonl(doc: Document):
    """(the JSON Lines document as an Arrow table read by ``pyarrow.json``, a function that
    gives row k's line as ``_jsonl_rows`` reads it), or None when Arrow may read it otherwise
    than ``_jsonl_rows``: a line Arrow refuses (bad JSON, not an object, a key twice, a lone
    surrogate, a type that changes between rows), a list holding a null, a line with two
    objects (more rows than lines that are not blank), a line end only ``str.splitlines``
    knows, or too many rows."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.json as pj

    data = doc.data
    if _format(doc) != "jsonl" or b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
        return None
    lines = _Lines(data)
    if lines.other_line_end():
        return None
    # Arrow's parser recurses into nested values without a limit: a line nested 100k deep
    # would end the process, where ``json`` raises a RecursionError the row path reports.
    if lines.most(b"[") + lines.most(b"{") > MAX_OPENINGS:
        return None
    # where each line that is not blank (one row each) starts and ends in ``data``
    kept = lines.not_blank()
    starts, ends = lines.starts[kept].tolist(), lines.ends[kept].tolist()
    del lines
    try:
        table = pj.read_json(io.BytesIO(data), read_options=pj.ReadOptions(use_threads=False, block_size=JSON_BLOCK_BYTES))
        # pyarrow 26 drops a null that comes first in a list of strings ([null, "x"]) and
        # leaves offsets past the list's values: checked, and lists with nulls left to json
        table.validate(full=True)
    except (pa.ArrowException, ValueError):  # (a UnicodeDecodeError is a ValueError)
        return None
    if any(pa.types.is_list(c.type) and pc.list_flatten(c).null_count for c in table.columns):
        return None
    if table.num_rows > limits.current().rows or table.num_rows != len(ends):
        return None

    def row_of(ordinal: int) -> dict:
        # (the bytes: json reads the first line's BOM as doc.text does)
        row = json.loads(data[starts[ordinal - 1]:ends[ordinal - 1]])
        if type(row) is not dict:
            raise ValueError(f"line {ordinal} is no object to json")
        return row

    return table, row_of


def _check_rows(n: int) -> None:
    limit = limits.current().rows
    if n > limit:
        raise LimitExceeded(f"the table has {n} rows, over the per-document limit of {limit} "
                            "(split the file, or raise [limits] rows and memory_mb together)")


def _dialect(text: str):
    """The CSV dialect; when the sniffer cannot tell, the header's most frequent separator."""
    try:
        sniffed = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        header = text.split("\n", 1)[0]

        class Guess(csv.excel):
            delimiter = max(",;\t", key=header.count)

        return Guess

    class Sniffed(sniffed):
        # A quote inside a quoted cell is doubled (RFC 4180, and every export of
        # export_columns): the sniffer says so only when its sample holds one, and a cell
        # '"In ""Trends"""' further down was read with a quote too many.
        doublequote = True

    return Sniffed


# A JSON Lines table whose first row holds a field's value only under a key this reader does
# not read (CSL's "author", "issued", "container-title"; "journal", "date") would lose it:
# scored below ``publication_data`` (0.9), which reads those keys (its FIELD_KEYS), and still
# above detect's MIN_CONFIDENCE (0.5), so that a file it does not take is read as before.
LOSSY_SCORE = 0.6
_OWN_COLUMNS = ("authors", "year", "venue")  # named alike in publication_data's FIELD_KEYS


def _would_drop(first: dict) -> bool:
    """Whether a field of ``_OWN_COLUMNS`` is in the row under another key than ours only."""
    from .publication_data import FIELD_KEYS, _key

    keys = {_key(k) for k, v in first.items() if v not in (None, "", [], {})}
    return any(field not in keys and keys & set(FIELD_KEYS[field]) for field in _OWN_COLUMNS)


class RecordsTableExtractor:
    name = NAME
    version = VERSION
    # The extraction worker builds these tables column by column (``normalizers.columnar``,
    # from ``rows`` and ``draft``), the same as ``extract`` row by row.
    by_columns = True

    def sniff(self, doc: Document) -> float:
        try:
            fmt = _format(doc)
        except Exception:
            return 0.0
        if fmt == "parquet":
            return 1.0
        if fmt == "jsonl":
            try:
                first = json.loads(doc.text.lstrip().split("\n", 1)[0])
            except (ValueError, ExtractError):
                return 0.0
            if not (isinstance(first, dict) and "title" in first):
                return 0.0
            return LOSSY_SCORE if _would_drop(first) else 0.9
        return 0.85 if fmt == "csv" else 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        fmt = _format(doc)
        if fmt is None:
            raise ExtractError(doc.source_uri, "not a CSV, JSON Lines or Parquet table with a 'title' column")
        columns: dict[tuple, tuple[str, ...]] = {}  # a row's keys -> their column names
        for ordinal, row in enumerate(_rows(doc, fmt), start=1):
            if isinstance(row, Exception):
                yield RecordError(ordinal, str(row), "")
                continue
            keys = tuple(row)
            names = columns.get(keys)
            if names is None:
                names = columns[keys] = column_names(keys)
            yield draft(ordinal, row, names)

    def rows(self, doc: Document) -> Iterator[tuple[int, dict | Exception]]:
        """(ordinal, the row as read, keys as the source wrote them) or (ordinal, why the
        line could not be read): what ``extract`` makes its drafts of, for
        ``normalizers.columnar``."""
        fmt = _format(doc)
        if fmt is None:
            raise ExtractError(doc.source_uri, "not a CSV, JSON Lines or Parquet table with a 'title' column")
        return enumerate(_rows(doc, fmt), start=1)

    def arrow(self, doc: Document):
        """``arrow_jsonl``: the table as Arrow read it (``normalizers.arrow_records``), or None."""
        return arrow_jsonl(doc)


def column_names(keys: tuple) -> tuple[str, ...]:
    """A row's keys as column names (stripped, lower case)."""
    return tuple(map(_column, keys))


def draft(ordinal: int, row: dict, names: tuple[str, ...]) -> Draft | RecordError:
    """One row read from the table (``names``: its keys as column names) -> its draft, or
    the reason it is rejected with the row's excerpt."""
    row = dict(zip(names, row.values()))
    shown = _excerpt(_ROW_JSON.encode(row))
    title = row.get("title")
    if not has_title(title):
        return RecordError(ordinal, "row has no title", shown)
    try:
        year = year_of(row.get("year"))
        authors = split_author_field(row.get("authors"))
    except ValueError as exc:
        return RecordError(ordinal, str(exc), shown)
    return Draft(
        ordinal=ordinal,
        source_record_id=source_id(row.get("id")),
        title=str(title),
        authors=authors,
        venue=opt(row.get("venue")),
        year=year,
        abstract=opt(row.get("abstract")),
        doi=opt(row.get("doi")),
        arxiv_id=opt(row.get("arxiv_id")),
        url=opt(row.get("url")),
        raw=shown,
    )


class TextFields(NamedTuple):
    """What ``normalizers.record.identifiers`` reads of a row's draft, the rest as a records
    table's draft has it (``draft``)."""

    raw: str
    abstract: str | None
    url: str | None
    venue: str | None
    arxiv_id: str | None
    doi: str | None
    ids_from_text: bool = True
    arxiv_version: int | None = None
    code_url: str | None = None


def text_fields(ordinal: int, row: dict, names: tuple[str, ...]) -> TextFields | RecordError:
    """``draft(ordinal, row, names)`` as far as ``identifiers`` reads it, without building
    the draft (a row whose text may hold an identifier: ``normalizers.arrow_records``); the
    same RecordError when the draft is one. tests/test_records_columnar.py holds the two equal."""
    row = dict(zip(names, row.values()))
    shown = _excerpt(_ROW_JSON.encode(row))
    if not has_title(row.get("title")):
        return RecordError(ordinal, "row has no title", shown)
    try:
        year_of(row.get("year"))
        if type(row.get("authors")) is not str:  # (a string's names are never a reject)
            split_author_field(row.get("authors"))
    except ValueError as exc:
        return RecordError(ordinal, str(exc), shown)
    return TextFields(shown, opt(row.get("abstract")), opt(row.get("url")), opt(row.get("venue")),
                      opt(row.get("arxiv_id")), opt(row.get("doi")))


def has_title(value: Any) -> bool:
    return value is not None and bool(str(value).strip())


def source_id(value: Any) -> str | None:
    """The ``id`` column as ``source_record_id``."""
    return None if value in (None, "") else str(value)


def _excerpt(text: str) -> str:
    """``excerpt(text)`` of a row's JSON. JSON writes every ASCII space character but the
    space itself as an escape, so ASCII JSON without two spaces in a row has no whitespace
    to fold."""
    if text.isascii() and "  " not in text:
        return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"
    return excerpt(text, EXCERPT_CHARS)


def opt(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
