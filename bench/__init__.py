"""Benchmarks: `warmline bench ...`."""
