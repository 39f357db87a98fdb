"""ingest: inputs to :class:`~newsgraph.model.Article` values.

One module per input kind (``text``, ``html``, ``jsonl``), format sniffing (``sniff``), decoding
(``decode``), page-chrome removal (``chrome``), language guessing (``language``), fetching
(``fetch``) and input expansion (``sources``). Each reader is
``read_<kind>(data: str, *, source, published=None, outlet=None, url=None) -> Iterator[Article | InputError]``.

>>> from newsgraph.ingest import read, iter_articles
>>> article = read("examples/border_talks_2024-11-05.txt")       # doctest: +SKIP
>>> for item in iter_articles(["examples/"]): ...               # doctest: +SKIP
"""
from __future__ import annotations

import logging

from newsgraph.ingest.chrome import normalise_date, strip_chrome
from newsgraph.ingest.language import guess_language
from newsgraph.ingest.sources import READERS, expand, iter_articles, read

logging.getLogger(__name__).addHandler(logging.NullHandler())

# decode(), fetch() and sniff() are imported from their modules (newsgraph.ingest.fetch.fetch ...):
# importing them here would hide the modules of the same name.
__all__ = ["READERS", "expand", "guess_language", "iter_articles", "normalise_date", "read", "strip_chrome"]
