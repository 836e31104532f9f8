"""The TOML config of ``scholarlake run``: the lake and the sources to pull.

    [lake]
    path = "lake"                 # optional; --lake and SCHOLARLAKE_LAKE override it
    catalog = "postgres:dbname=lake host=db"   # optional: a shared DuckLake catalog (default:
    data_path = "s3://bucket/lake/"            #   <path>/catalog.sqlite) and data path (<path>/data/)

    [dedup]
    curation = "curation.csv"     # optional must-link / cannot-link file
    engine = "local"              # optional: "spark" runs full rebuilds on Spark (dedup.spark_engine)

    [spark]                       # optional, for engine = "spark"
    master = "local[*]"           #   any master URL: local[2], spark://host:7077, yarn, k8s://...
    conf = { "spark.sql.shuffle.partitions" = "8" }   # more Spark settings

    [limits]                      # optional: what one document may cost (extractors.limits)
    bytes = 50000000              #   a larger local file is refused unread
    pdf_pages = 200               #   a longer PDF is refused
    rows = 200000                 #   rows of one records table (CSV, JSON Lines, Parquet)
    seconds = 60                  #   extraction of one document is stopped after this
    memory_mb = 512               #   memory one document's extraction may use

    [[sources]]
    name = "examples"
    kind = "path"                 # local files: a path, a directory or a glob
    path = "examples/*.txt"       # may contain {ds}: the date of the run's data interval
    format = "cv"                 # optional: force an extractor instead of detecting
    schedule = "0 0 * * *"        # optional cron (UTC) of its Airflow DAG; nightly by default
    pool = "default_pool"         # optional Airflow pool shared by rate-limited sources
    max_parallel = 4              # optional: documents fetched at once
    retries = 2                   # optional: retries with exponential backoff

    [[sources]]
    name = "arxiv-sparsity"
    kind = "arxiv"                # the arXiv API (Atom); one date window per run
    query = "cat:cs.LG AND abs:sparse"   # and/or: id_list = ["2306.03805", ...]
    page_size = 100               # optional
    min_interval = 3.0            # optional: seconds between requests (arXiv asks for 3)
    url = "https://export.arxiv.org/api/query"   # optional
    pool = "arxiv"                # share one Airflow pool between arXiv sources

    [[sources]]
    name = "lab-pages"
    kind = "url"                  # pages or files on the web; format detected from content
    urls = ["https://example.org/publications.html", "https://example.org/cv.pdf"]
    min_interval = 1.0            # optional: seconds between requests to one host
    timeout = 30                  # optional
    max_bytes = 50000000          # optional: larger bodies are refused
    respect_robots = true         # optional
    total_timeout = 300           # optional: seconds for a whole answer, however slow
    allow_hosts = ["cdn.example.net"]   # optional: hosts a redirect may lead to besides the URL's own site
    allow_private_addresses = false     # optional: fetch from private/loopback/link-local addresses

    [[sources]]
    name = "daily"
    kind = "daily_papers"         # the daily-papers JSON API, one day per run
    url = "https://huggingface.co/api/daily_papers?date={ds}"   # the default

    [[sources]]
    name = "arxiv-cs"
    kind = "arxiv_oai"            # OAI-PMH ListRecords, metadataPrefix arXiv, for backfills
    set = "cs"                    # optional OAI set
    url = "https://oaipmh.arxiv.org/oai"         # optional

Relative paths are relative to the config file's directory.
"""


import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, create_model, field_validator, model_validator

from extractors.limits import Limits

SourceKind = Literal["path", "url", "daily_papers", "arxiv", "arxiv_oai"]
SOURCE_KINDS: tuple[str, ...] = ("path", "url", "daily_papers", "arxiv", "arxiv_oai")
ARXIV_KINDS = ("arxiv", "arxiv_oai")
WEB_KINDS = ("url", "daily_papers")
DAILY_PAPERS_API = "https://huggingface.co/api/daily_papers?date={ds}"
DEFAULT_CONFIG = "scholarlake.toml"


class ConfigError(ValueError):
    """The config file is missing or invalid; the message names the file, and for each
    problem its line, the table and the key."""


# --------------------------------------------------------------------------- the file's shape
# Validated with pydantic in strict mode: a key the table does not know is an error (a typo
# such as ``min_intervall`` would otherwise be ignored), and no value is coerced
# (``respect_robots = "false"`` is a string, not a boolean; ``id_list = "2306.03805"`` is not
# a list). An integer is accepted where seconds are asked for.

Name = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_\-]+$")]
Positive = Annotated[int, Field(gt=0)]
Seconds = Annotated[float, Field(gt=0)]
Paths = Union[str, list[str]]


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class _Lake(_Table):
    path: str | None = None
    catalog: str | None = None
    data_path: str | None = None


class _Dedup(_Table):
    curation: str | None = None
    engine: Literal["local", "spark"] = "local"


class _Spark(_Table):
    master: str = "local[*]"  # any Spark master URL: local[N], spark://host:7077, yarn, k8s://...
    conf: dict[str, str] = {}  # more Spark settings, e.g. "spark.executor.memory" = "8g"


def _limits_model() -> type[_Table]:
    """``[limits]``: the fields of :class:`extractors.limits.Limits`, positive numbers or booleans."""
    spec = {}
    for f in fields(Limits):
        default = getattr(Limits, f.name)
        kind = bool if isinstance(default, bool) else (Seconds if isinstance(default, float) else Positive)
        spec[f.name] = (kind, default)
    return create_model("limits", __base__=_Table, **spec)


_LimitsTable = _limits_model()


class _Source(_Table):
    name: Name | None = None
    format: str | None = None
    schedule: str = "0 0 * * *"
    pool: str = "default_pool"
    max_parallel: Positive = 4
    retries: Annotated[int, Field(ge=0)] = 2

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: str | None) -> str | None:
        if value is not None:
            import extractors

            try:
                extractors.get(value)
            except KeyError:
                raise ValueError(f"not a known format (choose one of: {', '.join(extractors.kinds())}, "
                                 f"or an alias: {', '.join(sorted(extractors.ALIASES))})") from None
        return value


class _PathSource(_Source):
    kind: Literal["path"]
    path: Paths | None = None
    paths: Paths | None = None

    @model_validator(mode="after")
    def _has_paths(self):
        if bool(self.path) == bool(self.paths):
            raise ValueError("a path source needs 'path' (a path, a directory, a glob, or a list of them)")
        return self


class _NetworkSource(_Source):
    url: str | None = None
    min_interval: Annotated[float, Field(ge=0)] | None = None
    total_timeout: Seconds = 300.0
    allow_hosts: list[str] = []
    allow_private_addresses: bool = False


class _ArxivSource(_NetworkSource):
    kind: Literal["arxiv"]
    query: str | None = None
    id_list: list[str] = []
    page_size: Positive = 100

    @model_validator(mode="after")
    def _asks_something(self):
        if not (self.query or self.id_list):
            raise ValueError("an arxiv source needs 'query' or 'id_list'")
        return self


class _OaiSource(_NetworkSource):
    kind: Literal["arxiv_oai"]
    set: str | None = None


class _WebSource(_NetworkSource):
    kind: Literal["url", "daily_papers"]
    urls: list[str] = []
    timeout: Seconds = 30.0
    max_bytes: Positive = 50_000_000
    respect_robots: bool = True

    @model_validator(mode="after")
    def _has_urls(self):
        given = ([self.url] if self.url else []) + self.urls
        if not given and self.kind == "url":
            raise ValueError("a url source needs 'url' or 'urls'")
        bad = [u for u in given if not u.startswith(("http://", "https://"))]
        if bad:
            raise ValueError(f"not an http(s) URL: {bad[0]!r}")
        return self


_AnySource = Annotated[Union[_PathSource, _ArxivSource, _OaiSource, _WebSource], Field(discriminator="kind")]


class _File(_Table):
    lake: _Lake = _Lake()
    dedup: _Dedup = _Dedup()
    spark: _Spark = _Spark()
    limits: _LimitsTable = _LimitsTable()  # type: ignore[valid-type]
    sources: list[_AnySource] = []



# --------------------------------------------------------------------------- what the code uses


@dataclass(frozen=True)
class SourceConfig:
    name: str
    kind: SourceKind
    paths: list[str]
    format: str | None = None
    schedule: str = "0 0 * * *"
    pool: str = "default_pool"
    max_parallel: int = 4
    retries: int = 2
    # arXiv sources
    query: str | None = None
    id_list: tuple[str, ...] = ()
    url: str | None = None
    set: str | None = None
    page_size: int = 100
    min_interval: float = 3.0
    # web sources
    urls: tuple[str, ...] = ()
    timeout: float = 30.0
    max_bytes: int = 50_000_000
    respect_robots: bool = True
    total_timeout: float = 300.0
    allow_hosts: tuple[str, ...] = ()
    allow_private_addresses: bool = False

    @property
    def is_arxiv(self) -> bool:
        return self.kind in ARXIV_KINDS

    @property
    def is_web(self) -> bool:
        return self.kind in WEB_KINDS

    def urls_for(self, ds: str) -> list[str]:
        return [u.replace("{ds}", ds) for u in self.urls]

    @property
    def dated(self) -> bool:
        """True when any past day can be read: the paths name the day ({ds}), or the source
        is queried by date window (arXiv)."""
        return self.is_arxiv or any("{ds}" in p for p in (*self.paths, *self.urls))

    def paths_for(self, ds: str) -> list[str]:
        return [p.replace("{ds}", ds) for p in self.paths]


@dataclass(frozen=True)
class Config:
    path: Path
    lake: str | None
    curation: Path | None
    sources: list[SourceConfig] = field(default_factory=list)
    catalog: str | None = None
    data_path: str | None = None
    limits: Limits = field(default_factory=Limits)
    engine: str = "local"  # [dedup] engine: where a full rebuild runs ("spark": dedup.spark_engine)
    spark_master: str = "local[*]"
    spark_conf: dict[str, str] = field(default_factory=dict)


def load_config(path: str | Path) -> Config:
    """Read and validate a config file; a ConfigError lists every problem, each with its line."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{p}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read the config ({exc})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: invalid TOML ({exc})") from None
    for src in data.get("sources", []) if isinstance(data.get("sources"), list) else []:
        if isinstance(src, dict):
            src.setdefault("kind", "path")
    try:
        parsed = _File.model_validate(data)
    except ValidationError as exc:
        raise ConfigError("\n".join(_problem(p, text, data, e) for e in exc.errors())) from None
    if not parsed.sources:
        raise ConfigError(f"{p}: no [[sources]] configured")
    base = p.parent
    sources: list[SourceConfig] = []
    for i, src in enumerate(parsed.sources, start=1):
        name = src.name or f"source-{i}"
        if name in {s.name for s in sources}:
            line = _line_of(text, ("sources", i - 1, "name"))
            raise ConfigError(f"{p}:{line}: [[sources]] #{i}: duplicate source name {name!r}")
        sources.append(_source_config(src, name, base))
    lake = parsed.lake.path
    if lake and not Path(lake).is_absolute():
        lake = str(base / lake)
    curation = parsed.dedup.curation
    limits = Limits(**parsed.limits.model_dump())
    return Config(p, lake, (base / curation) if curation else None, sources,
                  parsed.lake.catalog, parsed.lake.data_path, limits, parsed.dedup.engine,
                  parsed.spark.master, dict(parsed.spark.conf))


def _source_config(src: _Source, name: str, base: Path) -> SourceConfig:
    common = dict(format=src.format, schedule=src.schedule, pool=src.pool, max_parallel=src.max_parallel,
                  retries=src.retries)
    if isinstance(src, _PathSource):
        raw = src.path or src.paths
        paths = [raw] if isinstance(raw, str) else list(raw)
        resolved = [q if Path(q).is_absolute() else str(base / q) for q in paths]
        return SourceConfig(name, src.kind, resolved, **common)
    net = dict(total_timeout=src.total_timeout, allow_hosts=tuple(src.allow_hosts),
               allow_private_addresses=src.allow_private_addresses)
    if isinstance(src, _WebSource):
        urls = tuple(([src.url] if src.url else []) + src.urls) or (DAILY_PAPERS_API,)
        return SourceConfig(name, src.kind, [], urls=urls, timeout=src.timeout, max_bytes=src.max_bytes,
                            respect_robots=src.respect_robots,
                            min_interval=1.0 if src.min_interval is None else src.min_interval, **net, **common)
    interval = 3.0 if src.min_interval is None else src.min_interval
    if isinstance(src, _ArxivSource):
        return SourceConfig(name, src.kind, [], query=src.query, id_list=tuple(src.id_list), url=src.url,
                            page_size=src.page_size, min_interval=interval, **net, **common)
    return SourceConfig(name, src.kind, [], url=src.url, set=src.set, min_interval=interval, **net, **common)


def find_source(config: Config, name: str) -> SourceConfig:
    for src in config.sources:
        if src.name == name:
            return src
    raise ConfigError(f"{config.path}: no source named {name!r}")


# --------------------------------------------------------------------------- error messages

_KNOWN = {"path": _PathSource, "arxiv": _ArxivSource, "arxiv_oai": _OaiSource, "url": _WebSource,
          "daily_papers": _WebSource}


def _problem(path: Path, text: str, data: dict, error: dict) -> str:
    """One validation error as ``file:line: [table] key: what is wrong``."""
    loc = list(error["loc"])
    where, model = "(top level)", _File
    if loc and loc[0] == "sources" and len(loc) > 1 and isinstance(loc[1], int):
        i = loc[1]
        src = data["sources"][i] if isinstance(data["sources"][i], dict) else {}
        kind = src.get("kind")
        if len(loc) > 2 and loc[2] == kind:
            del loc[2]  # the union's tag: the source's kind, not a key
        label = f" ({src['name']!r})" if isinstance(src.get("name"), str) else ""
        where, key_loc, model = f"[[sources]] #{i + 1}{label}", loc[2:], _KNOWN.get(kind)
        lookup = ("sources", i, *key_loc[:1])
    elif loc and loc[0] in ("lake", "dedup", "limits"):
        where, key_loc = f"[{loc[0]}]", loc[1:]
        model = {"lake": _Lake, "dedup": _Dedup, "limits": _LimitsTable}[loc[0]]
        lookup = (loc[0], *key_loc[:1])
    else:
        key_loc, lookup = loc, tuple(loc[:1])
    line = _line_of(text, lookup)
    key = ".".join(str(x) for x in key_loc)
    kind = error["type"]
    if kind == "extra_forbidden":
        known = ", ".join(f for f in model.model_fields) if model else ""
        what = f"unknown key {key!r}" + (f" (known here: {known})" if known else "")
    elif kind == "union_tag_invalid":
        what = f"kind must be one of {', '.join(SOURCE_KINDS)}, not {error['input'].get('kind')!r}"
    elif kind == "missing":
        what = f"missing key {key!r}"
    else:
        message = re.sub(r"^Value error, ", "", error["msg"])
        what = f"{key}: {message}, not {error['input']!r}" if key and "input" in error and kind != "value_error" \
            else (f"{key}: {message}" if key else message)
    return f"{path}{f':{line}' if line else ''}: {where}: {what}"


_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")


def _line_of(text: str, loc: tuple) -> int | None:
    """The line number of a table's key (``("sources", 2, "url")``, ``("limits", "rows")``), of
    the table's header when the key is not written, or None when the file does not show it.
    A plain scan of headers and ``key =`` lines: tomllib does not keep positions."""
    table, rest = loc[0], list(loc[1:])
    index = rest.pop(0) if rest and isinstance(rest[0], int) else None
    key = rest[0] if rest else None
    seen, inside, header_line = -1, False, None
    top = True
    for n, line in enumerate(text.splitlines(), start=1):
        h = _HEADER.match(line)
        if h:
            top = False
            inside = h.group(2) == table
            if inside and h.group(1) == "[[":
                seen += 1
                inside = seen == index
            if inside:
                header_line = n
            elif header_line is not None and key is None:
                return header_line
            continue
        k = _KEY.match(line)
        if k and key is not None and k.group(1) == key and (inside or (top and table == key)):
            return n
    return header_line
