"""The TOML config of ``scholarlake run``: the lake and the sources to pull.

    [lake]
    path = "lake"                 # optional; --lake and SCHOLARLAKE_LAKE override it
    catalog = "postgres:dbname=lake host=db"   # optional: a shared DuckLake catalog (default:
    data_path = "s3://bucket/lake/"            #   <path>/catalog.sqlite) and data path (<path>/data/)

    [dedup]
    curation = "curation.csv"     # optional must-link / cannot-link file

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

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from extractors.limits import Limits

SourceKind = Literal["path", "url", "daily_papers", "arxiv", "arxiv_oai"]
SOURCE_KINDS: tuple[str, ...] = ("path", "url", "daily_papers", "arxiv", "arxiv_oai")
ARXIV_KINDS = ("arxiv", "arxiv_oai")
WEB_KINDS = ("url", "daily_papers")
DAILY_PAPERS_API = "https://huggingface.co/api/daily_papers?date={ds}"
DEFAULT_CONFIG = "scholarlake.toml"


class ConfigError(ValueError):
    """The config file is missing or invalid; the message names the file and the key."""


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


def load_config(path: str | Path) -> Config:
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{p}: config file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: invalid TOML ({exc})") from None
    base = p.parent
    sources = []
    for i, src in enumerate(data.get("sources", []), start=1):
        where = f"{p}: [[sources]] #{i}"
        kind = src.get("kind", "path")
        if kind not in SOURCE_KINDS:
            raise ConfigError(f"{where}: kind must be one of {SOURCE_KINDS}, got {kind!r}")
        raw = src.get("path") or src.get("paths")
        if kind == "path" and not raw:
            raise ConfigError(f"{where}: needs 'path'")
        if kind == "arxiv" and not (src.get("query") or src.get("id_list")):
            raise ConfigError(f"{where}: an arxiv source needs 'query' or 'id_list'")
        web_urls: tuple[str, ...] = ()
        if kind in WEB_KINDS:
            given = src.get("urls") or src.get("url") or (DAILY_PAPERS_API if kind == "daily_papers" else None)
            if not given:
                raise ConfigError(f"{where}: a url source needs 'url' or 'urls'")
            web_urls = (given,) if isinstance(given, str) else tuple(given)
            bad = [u for u in web_urls if not u.startswith(("http://", "https://"))]
            if bad:
                raise ConfigError(f"{where}: not an http(s) URL: {bad[0]!r}")
        paths = [] if not raw else [raw] if isinstance(raw, str) else list(raw)
        resolved = [str(base / q) if not Path(q).is_absolute() else q for q in paths]
        name = src.get("name") or f"source-{i}"
        if not re.fullmatch(r"[A-Za-z0-9_\-]+", name):
            raise ConfigError(f"{where}: name {name!r} may use letters, digits, '-' and '_' only")
        if name in {s.name for s in sources}:
            raise ConfigError(f"{where}: duplicate source name {name!r}")
        try:
            extra = {k: type_(src[k]) for k, type_ in (
                ("schedule", str), ("pool", str), ("max_parallel", int), ("retries", int), ("query", str),
                ("id_list", tuple), ("url", str), ("set", str), ("page_size", int), ("min_interval", float),
                ("timeout", float), ("max_bytes", int), ("respect_robots", bool), ("total_timeout", float),
                ("allow_hosts", tuple), ("allow_private_addresses", bool),
            ) if k in src}
            if web_urls:
                extra["urls"] = web_urls
                extra.pop("url", None)
                extra.setdefault("min_interval", 1.0)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{where}: {exc}") from None
        sources.append(SourceConfig(name, kind, resolved, src.get("format"), **extra))
    if not sources:
        raise ConfigError(f"{p}: no [[sources]] configured")
    lake = data.get("lake", {}).get("path")
    if lake and not Path(lake).is_absolute():
        lake = str(base / lake)
    curation = data.get("dedup", {}).get("curation")
    lake_cfg = data.get("lake", {})
    try:
        limits = Limits.from_mapping(data.get("limits", {}), f"{p}: [limits]")
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    return Config(p, lake, (base / curation) if curation else None, sources,
                  lake_cfg.get("catalog"), lake_cfg.get("data_path"), limits)


def find_source(config: Config, name: str) -> SourceConfig:
    for src in config.sources:
        if src.name == name:
            return src
    raise ConfigError(f"{config.path}: no source named {name!r}")
