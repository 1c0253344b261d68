"""A Jupyter kernel for fedsh: cells run in one `fedsh --serve` session."""

__version__ = "0.1.0"
