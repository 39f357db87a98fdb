"""Linguistic knowledge as data: TSV and JSON tables, read once through :func:`load`.

Each table's columns, sources and licence are described in ``SOURCES.md`` beside the files.
"""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources
from typing import Any


def split(cell: str | None) -> list[str]:
    """The items of a ``|``-separated list cell, without blanks."""
    return [item.strip() for item in (cell or "").split("|") if item.strip()]


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Read ``lexicons/<name>``: a ``.tsv`` gives a tuple of row dicts, a ``.json`` its value.

    name (str): the file name, e.g. ``"countries.tsv"``.
    RETURNS: rows as dicts keyed by the header (TSV) or the parsed JSON. Cached: do not mutate.
    """
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    if name.endswith(".json"):
        return json.loads(text)
    return tuple(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
