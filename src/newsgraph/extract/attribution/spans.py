"""Character spans of tokens: subtrees without edge punctuation, trimming, contiguous runs."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

TRIM = " \t\n\"',.;:-"


def _chars(tokens: "list[Token] | Span") -> tuple[int, int]:
    tokens = list(tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Shrink a span past spaces, quotes and punctuation at both ends (never below one character)."""
    start, end = span
    while start < end - 1 and text[start] in TRIM:
        start += 1
    while end > start + 1 and text[end - 1] in TRIM:
        end -= 1
    return start, end


def _subtree(tok: "Token") -> "Span":
    """The contiguous tokens of ``tok``'s subtree: a noun phrase with its modifiers, a clause."""
    return tok.doc[tok.left_edge.i:tok.right_edge.i + 1]


def _span(tok: "Token") -> list["Token"]:
    """The contiguous tokens of ``tok``'s subtree, without punctuation at either end."""
    return _strip(list(_subtree(tok)))


def _strip(tokens: list["Token"]) -> list["Token"]:
    """Tokens without punctuation (quote marks excepted) and spaces at either end."""
    while tokens and (tokens[0].is_space or tokens[0].is_punct and tokens[0].text not in "\"'"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or tokens[-1].dep_ == "cc" or tokens[-1].is_punct and tokens[-1].text not in "\"'"):
        tokens = tokens[:-1]
    return tokens


def _contiguous(tokens: list["Token"]) -> list["Token"]:
    doc = tokens[0].doc
    return list(doc[min(t.i for t in tokens):max(t.i for t in tokens) + 1])


def _set_off(tok: "Token") -> int | None:
    """The index of the comma that sets off ``tok``'s phrase, with a closing quote between them or not:
    "…, explaining", "…,\" explaining"; None when no comma does."""
    doc, i = tok.doc, tok.left_edge.i - 1
    if i > 0 and doc[i].is_quote and doc[i - 1].text == ",":
        i -= 1
    return i if i >= 0 and doc[i].text == "," else None


def _has_words(text: str, span: tuple[int, int]) -> bool:
    return span[1] > span[0] and any(ch.isalnum() for ch in text[span[0]:span[1]])


def _that_clause(noun: "Token") -> "Token | None":
    """A clause hung on a noun and opened by the complementizer "that" (not a relative pronoun)."""
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
