"""Benchmarks: figures are reported, never asserted. Run each as ``python -m benchmarks.<name>``."""
