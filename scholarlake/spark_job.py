"""``scholarlake dedup --engine spark`` as a ``spark-submit`` application, for a cluster
whose master, executors and resources ``spark-submit`` sets:

    spark-submit --master yarn --deploy-mode client \\
        --conf spark.executor.instances=20 --conf spark.executor.memory=8g \\
        scholarlake/spark_job.py --lake /path/to/lake [--curation curation.csv] [--retrain]

Every argument after the script is an argument of ``scholarlake dedup`` (``--lake``,
``--curation``, ``--retrain``, ``-v``); the engine is Spark and the master is the one
``spark-submit`` gave. The driver runs where ``--deploy-mode`` puts it and needs the lake
(catalog and data path) and this package; the executors need this package too, in the
interpreter ``spark.pyspark.python`` names (the README's "Running on a cluster").
"""

from __future__ import annotations

import sys

from dedup.spark_engine import FROM_SUBMIT
from scholarlake.cli import app


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    app(["dedup", "--engine", "spark", "--spark-master", FROM_SUBMIT, *args], prog_name="scholarlake spark_job")


if __name__ == "__main__":
    main()
