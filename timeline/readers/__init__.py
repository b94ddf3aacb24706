"""The input readers: the only code that opens what a user imports (files, folders, URLs, uploads).

Each format is a small reader that takes bytes (or a URL) and yields the same record, an `Article`, or a
`Problem` saying which item could not be read and why. Readers know nothing of the database; the ingest
writes the records. Formats are told apart by their content, the file name only breaking ties.
"""

from .records import Article, DateOrigin, Kind, Problem, ReadOptions
from .sources import read_bytes, read_paths, read_url

__all__ = ["Article", "DateOrigin", "Kind", "Problem", "ReadOptions", "read_bytes", "read_paths", "read_url"]
