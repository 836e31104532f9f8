"""The warehouse edge: the only code that writes lake tables."""

from .lake import DEFAULT_LAKE, LAKE_ENV, Lake, LakeError, conform, default_lake_path

__all__ = ["DEFAULT_LAKE", "LAKE_ENV", "Lake", "LakeError", "conform", "default_lake_path"]
