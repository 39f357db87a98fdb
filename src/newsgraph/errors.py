"""Named exceptions. Messages name the input and the reason, so a batch can report and go on."""
from __future__ import annotations


class NewsgraphError(Exception):
    """Base class for every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input that cannot become an article: empty, binary, undecodable, not an article, not English.

    source (str): the path, URL, ``<stdin>`` or ``file.jsonl:LINE`` it came from.
    reason (str): a short phrase, e.g. ``"empty input"``.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class StoreError(NewsgraphError):
    """The database cannot be opened or written."""
