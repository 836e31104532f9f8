"""scholarlake: scholarly-metadata ingestion into a Parquet lake queried with DuckDB."""

__version__ = "0.1.0"
