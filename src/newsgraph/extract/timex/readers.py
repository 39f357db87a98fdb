"""Small readers of expression parts: numbers, duration units and values, two-digit years, clock times and zones."""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from newsgraph.extract.timex.vocab import lexicon


def opt_group(m: re.Match[str], name: str) -> str | None:
    """An optional named group, None when the pattern has no such group or it did not take part."""
    return m.groupdict().get(name)


def read_number(text: str) -> float | None:
    """The quantity a number phrase names; None for a vague one ("several", "a few")."""
    t = re.sub(r"\s+", " ", text.strip())
    half = t.endswith(" and a half")
    if half:
        t = t[: -len(" and a half")]
    lex = lexicon()
    if t in lex["vague_numbers"]:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        n = float(t)
    elif t in lex["numbers"]:
        n = float(lex["numbers"][t])
    else:
        n = float(sum(lex["numbers"].get(p, 0) for p in re.split(r"[-\s]+", t)))
    return n + 0.5 if half else n


def _qty(n: float) -> str:
    """A quantity as TIMEX3 writes it: ``3``, ``1.5``."""
    return str(int(n)) if n == int(n) else f"{n:.2f}".rstrip("0").rstrip(".")


def unit_spec(word: str) -> dict[str, Any]:
    """The lexicon entry of a duration unit word: its code, and size, time and vague flags if any."""
    return lexicon()["units"][word.lower()]


def duration_value(n: float | None, unit_word: str) -> str:
    """TIMEX3 duration value: ``P3D``, ``PT2H``, ``P10Y`` (a decade), ``PXY`` for a vague quantity."""
    spec = unit_spec(unit_word)
    t = "T" if spec.get("time") else ""
    if n is None:
        return f"P{t}X{spec.get('vague', spec['code'])}"
    return f"P{t}{_qty(n * spec.get('size', 1))}{spec['code']}"


def unit_code(unit_word: str) -> str:
    """Granularity code for shifting by a duration unit (time units get a ``T`` prefix)."""
    spec = unit_spec(unit_word)
    return ("T" + spec["code"]) if spec.get("time") else spec["code"]


def full_year(yy: str, pub: date | None) -> int:
    """A four-digit year for ``'82`` or ``07``: this century unless that is more than ten years ahead."""
    n = int(yy)
    limit = (pub.year if pub else date.today().year) + 10
    return 2000 + n if 2000 + n <= limit else 1900 + n


def read_clock(m: re.Match[str]) -> str | None:
    """``HH:MM`` plus zone suffix from a CLOCK match; None when it is just a number."""
    g = m.groupdict()
    if g.get("word"):
        hm = lexicon()["clock_words"][g["word"]]
    elif g.get("hh"):
        if not g.get("tz"):
            return None
        hm = f"{g['hh']}:{g['mm']}"
    else:
        if not (g.get("mi") or g.get("ampm") or g.get("tz") or g.get("oclock")) or (g.get("sep") == "." and not g.get("ampm")):
            return None
        h, mi = int(g["h"]), int(g.get("mi") or 0)
        if g.get("ampm"):
            if h > 12 or h == 0:
                return None
            h = h % 12 + (12 if g["ampm"].startswith("p") else 0)
        hm = f"{h:02d}:{mi:02d}"
    return hm + _zone(g.get("tz"), g.get("off"))


def _zone(tz: str | None, off: str | None) -> str:
    """The zone suffix of a clock time: ``Z`` for a known zone, ``+05:30`` with an offset, "" otherwise."""
    if not tz or tz.lower() not in lexicon()["timezones"]:
        return ""
    if not off:
        return "Z"
    sign, digits = off.replace(" ", "")[0], off.replace(" ", "")[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    return f"{sign}{int(hours):02d}:{minutes}"
