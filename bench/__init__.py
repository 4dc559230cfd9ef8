"""Server-side latency benchmark of Engagiert on a large synthetic dataset (`make bench`).

See bench/README.md. Entry point: `python -m bench.run`."""
