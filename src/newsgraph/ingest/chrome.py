"""Page chrome at the edges of a plain-text article, and publication dates.

Text copied from a news page often keeps a line or two of the page around the body: a date line
with font-size controls on top (`` date 2024-10-21 + ↺ − 16 px``), "Share" or "Advertisement"
lines, and the outlet's name at the bottom. :func:`strip_chrome` looks only at the first and last
few non-empty lines, removes those it is sure about and keeps what they tell (``published``,
``outlet``). The body between is returned exactly as it was, only stripped at both ends.

Each rule is a small function that returns ``None`` (or ``False``) when unsure. The token tables
are in ``lexicons/chrome.json``; the date patterns are compiled here from named parts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from newsgraph.lexicons import load

HEAD_LINES = 6          # non-empty lines looked at on top
TAIL_LINES = 4          # ... and at the bottom
MAX_CHROME_CHARS = 120  # a chrome line is short
MAX_CHROME_WORDS = 16
MAX_PHRASE_WORDS = 60   # a cookie notice may be a long line
MAX_OUTLET_CHARS = 40
MIN_YEAR, MAX_YEAR = 1900, 2100


TABLES = load("chrome.json")


def _words(name: str) -> frozenset[str]:
    return frozenset(TABLES[name])


MONTHS: dict[str, int] = TABLES["months"]
DATE_WORDS = _words("date_words") | frozenset(MONTHS)
UI_WORDS = _words("ui_words")
UI_STRONG = _words("ui_strong")
UI_PHRASES = tuple(TABLES["ui_phrases"])
UI_PREFIXES = tuple(TABLES["ui_prefixes"])
OUTLET_WORDS = _words("outlet_words")
REPORT_VERBS = tuple(TABLES["report_verbs"])
REPORT_PREPS = tuple(TABLES["report_preps"])

# --- date patterns, from named parts (htmldate style) ---------------------------------------
YEAR = r"(?P<year>(?:19|20)\d{2})"
MONTH = r"(?P<month>1[0-2]|0?[1-9])"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])"
ORDINAL = r"(?:st|nd|rd|th)?"
MONTH_NAME = r"(?P<mname>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
NUM_A, NUM_B = r"(?P<a>\d{1,2})", r"(?P<b>\d{1,2})"

ISO_DATE_RE = re.compile(rf"(?<!\d){YEAR}-{MONTH}-{DAY}(?!\d)")
YMD_RE = re.compile(rf"(?<!\d){YEAR}[/.]{MONTH}[/.]{DAY}(?!\d)")
DMY_NAME_RE = re.compile(rf"(?<!\d){DAY}{ORDINAL}\.?\s+(?:of\s+)?{MONTH_NAME},?\s+{YEAR}(?!\d)", re.I)
MDY_NAME_RE = re.compile(rf"\b{MONTH_NAME}\s+{DAY}{ORDINAL},?\s+{YEAR}(?!\d)", re.I)
NUMERIC_RE = re.compile(rf"(?<!\d){NUM_A}[/.]{NUM_B}[/.]{YEAR}(?!\d)")
COMPACT_RE = re.compile(rf"^{YEAR}(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])$")
DATE_PATTERNS = (ISO_DATE_RE, YMD_RE, DMY_NAME_RE, MDY_NAME_RE, NUMERIC_RE)

# --- line shapes ---------------------------------------------------------------------------
WORD_RE = re.compile(r"[^\W\d_]+")
SEPARATOR_RE = re.compile(r"\s*[|·•,;/]\s*|\s+[-–—]\s+")
NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
BYLINE_RE = re.compile(rf"^(?:[Bb]y|BY|[Ff]rom)\s+{NAME}(?:\s*(?:,|and|&)\s*{NAME})*$")
OUTLET_WORD = r"(?:[A-Z0-9][\w'’&.-]*|[a-z0-9-]+\.[a-z]{2,})"
CONNECTOR = r"(?:of|the|and|de|del|la|le|el|al|du|des|der|die|&)"
OUTLET_RE = re.compile(rf"^{OUTLET_WORD}(?:\s+(?:{OUTLET_WORD}|{CONNECTOR})){{0,4}}$")
DOMAIN_RE = re.compile(r"\w\.(?:[a-z]{2,}|[A-Z][a-z])$")
ACRONYM_RE = re.compile(r"^[A-Z]{2,6}$")
SENTENCE_ENDS = (".", "!", "?", "…", ":", ";", '"', "”", "»")
FONT_SIZE_RE = re.compile(r"^(?:\s*[Aa]{1,3}\s*[+−-]?){2,}\s*$")


@dataclass
class Chrome:
    """What :func:`strip_chrome` found.

    text (str): the body, exactly as in the input apart from the removed lines, stripped at both ends.
    published (str | None): ``YYYY-MM-DD`` from a removed date line.
    outlet (str | None): the outlet named by a removed trailing line.
    removed (list[str]): the removed lines, for logs and tests.
    """

    text: str
    published: str | None = None
    outlet: str | None = None
    removed: list[str] = field(default_factory=list)


# --- dates ---------------------------------------------------------------------------------
def _valid_date(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric_date(match: re.Match[str]) -> str | None:
    """``21/10/2024`` or ``10/21/2024``; ``None`` when both readings are possible."""
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    if a > 12 and b <= 12:
        return _valid_date(year, b, a)
    if b > 12 and a <= 12:
        return _valid_date(year, a, b)
    return _valid_date(year, a, b) if a == b else None


def _match_date(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if "a" in groups:
        return _numeric_date(match)
    month = MONTHS[groups["mname"].lower()] if groups.get("mname") else int(groups["month"])
    return _valid_date(int(groups["year"]), month, int(groups["day"]))


def search_date(text: str) -> tuple[str, re.Match[str]] | None:
    """RETURNS: the first calendar date written in ``text`` as ``(YYYY-MM-DD, match)``, or ``None``."""
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            found = _match_date(match)
            if found:
                return found, match
    return None


def _iso_datetime(value: str) -> str | None:
    try:
        return _valid_date(*datetime.fromisoformat(value.replace("Z", "+00:00")).timetuple()[:3])
    except ValueError:
        return None


def _mail_date(value: str) -> str | None:
    try:
        return _valid_date(*parsedate_to_datetime(value).timetuple()[:3])
    except (TypeError, ValueError, IndexError):
        return None


def _compact_date(value: str) -> str | None:
    match = COMPACT_RE.match(value)
    return _valid_date(int(match["year"]), int(match["month"]), int(match["day"])) if match else None


def normalise_date(value: object) -> str | None:
    """Normalise a date given as metadata to ``YYYY-MM-DD``.

    value: ``2024-10-21``, ``2024-10-21T10:32:00Z``, ``Mon, 21 Oct 2024 10:32:00 GMT``,
        ``21 October 2024``, ``Oct 21, 2024 10:32 AM``, ``2024/10/21``, ``20241021``, a ``date``...
    RETURNS (str | None): the date, or ``None`` when the value is not one clear date.
    """
    if isinstance(value, (date, datetime)):
        return _valid_date(value.year, value.month, value.day)
    if not isinstance(value, str) or not value.strip() or len(value) > 80:
        return None
    value = value.strip()
    for parse in (_iso_datetime, _compact_date, _mail_date):
        found = parse(value)
        if found:
            return found
    return date_line(value)


# --- line rules ----------------------------------------------------------------------------
def _is_short(line: str) -> bool:
    return len(line.strip()) <= MAX_CHROME_CHARS and len(line.split()) <= MAX_CHROME_WORDS


def _only_chrome_words(segment: str, allowed: frozenset[str]) -> bool:
    return all(word in allowed for word in WORD_RE.findall(segment.lower()))


def date_line(line: str) -> str | None:
    """A short line that is a date and nothing else but date words, UI debris or a byline:
    ``Published: 21 October 2024 | 3 min read``, `` date 2024-10-21 + ↺ − 16 px``.

    RETURNS (str | None): the date as ``YYYY-MM-DD``.
    """
    if not _is_short(line):
        return None
    found = search_date(line)
    if found is None:
        return None
    rest = line[: found[1].start()] + " | " + line[found[1].end():]
    for segment in SEPARATOR_RE.split(rest):
        segment = segment.strip()
        if not (_only_chrome_words(segment, DATE_WORDS | UI_WORDS) or BYLINE_RE.match(segment)):
            return None
    return found[0]


def _ui_words_line(line: str) -> bool:
    """``Share``, ``Read more``, ``+ ↺ − 16 px``, ``3 min read``: UI words only, one of them telling."""
    words = WORD_RE.findall(line.lower())
    if not words:
        return len(line.strip()) <= 20 and not any(ch.isdigit() for ch in line)
    if not all(word in UI_WORDS or word in DATE_WORDS for word in words):
        return False
    return any(word in UI_STRONG for word in words) or any(ch.isdigit() for ch in line)


def _ui_phrase_line(line: str) -> bool:
    """A cookie notice or a "follow us on" line, up to a long paragraph in size."""
    lowered = line.lower()
    return len(line.split()) <= MAX_PHRASE_WORDS and any(phrase in lowered for phrase in UI_PHRASES)


def _ui_prefix_line(line: str) -> bool:
    """``Read more: <headline>``, ``Tags: ...``, ``© 2024 Example News``."""
    lowered = line.strip().lower()
    return _is_short(line) and lowered.startswith(UI_PREFIXES)


def is_debris(line: str) -> bool:
    """RETURNS (bool): whether a line is page UI (share and print buttons, font size, ads,
    cookie notices, "Read more" links, a byline)."""
    if _ui_phrase_line(line):
        return True
    if not _is_short(line):
        return False
    if FONT_SIZE_RE.match(line):
        return True
    return _ui_words_line(line) or _ui_prefix_line(line) or bool(BYLINE_RE.match(line.strip()))


def _referenced(name: str, body: str) -> bool:
    """Whether the body cites ``name`` as a source: "X reports", "told X", "according to X", "(X)"."""
    escaped = re.escape(name)
    verbs = "|".join(re.escape(v) for v in REPORT_VERBS)
    preps = "|".join(re.escape(p) for p in REPORT_PREPS)
    pattern = rf"(?:\b{escaped}(?:'s?|’s?)?\s+(?:has\s+|had\s+|was\s+)?(?:{verbs})\b" \
              rf"|\b(?:{preps})\s+(?:the\s+)?{escaped}(?!\w)|\({escaped}\))"
    return re.search(pattern, body) is not None


def _outlet_shaped(name: str) -> bool:
    return (2 <= len(name) <= MAX_OUTLET_CHARS and name[-1].isalnum()
            and OUTLET_RE.match(name) is not None and search_date(name) is None)


def _outlet_like(name: str) -> bool:
    words = WORD_RE.findall(name.lower())
    return (any(word in OUTLET_WORDS for word in words) or DOMAIN_RE.search(name) is not None
            or ACRONYM_RE.match(name) is not None)


def find_outlet(line: str, body: str) -> str | None:
    """A trailing line naming the outlet: short, capitalised, no sentence punctuation, and either
    cited in the body ("News.Az reports") or shaped like an outlet (``BBC News``, ``Reuters``).

    RETURNS (str | None): the outlet name.
    """
    name = line.strip()
    if not _outlet_shaped(name) or is_debris(name):
        return None
    if _referenced(name, body) or _outlet_like(name):
        return name
    return None


# --- the pass ------------------------------------------------------------------------------
def _title_like(line: str) -> bool:
    """A short line without sentence-final punctuation: a headline or a kicker above the chrome."""
    stripped = line.strip()
    return _is_short(stripped) and not stripped.endswith(SENTENCE_ENDS)


def _wrapped(lines: list[str], i: int) -> bool:
    """Whether line ``i`` runs on into the next line or on from the previous one (a hard-wrapped
    sentence: ``Photos`` / ``which were released ...``), so that it is no line of its own."""
    line = lines[i].strip()
    after = lines[i + 1].lstrip()[:1] if i + 1 < len(lines) else ""
    before = lines[i - 1].strip() if i > 0 else ""
    runs_on = after.islower() and not line.endswith(SENTENCE_ENDS)
    runs_from = line[:1].islower() and bool(before) and not before.endswith(SENTENCE_ENDS)
    if runs_on:
        return not is_debris(f"{line} {lines[i + 1].strip()}")
    return runs_from and not is_debris(f"{before} {line}")


def _strip_head(lines: list[str], order: list[int], found: Chrome) -> set[int]:
    drop: set[int] = set()
    for i in order[:HEAD_LINES]:
        if _wrapped(lines, i):
            break
        published = date_line(lines[i])
        if published or is_debris(lines[i]):
            found.published = found.published or published
            drop.add(i)
        elif not _title_like(lines[i]):
            break
    return drop


def _strip_tail(lines: list[str], order: list[int], found: Chrome, outlets: bool) -> set[int]:
    drop: set[int] = set()
    body = "\n".join(lines[i] for i in order)
    for i in reversed(order[1:][-TAIL_LINES:]):
        if _wrapped(lines, i):
            break
        published = date_line(lines[i])
        outlet = find_outlet(lines[i], body) if outlets and not found.outlet and not published else None
        if not (published or outlet or is_debris(lines[i])):
            break
        found.published = found.published or published
        found.outlet = found.outlet or outlet
        drop.add(i)
    return drop


def strip_chrome(text: str, *, outlets: bool = True) -> Chrome:
    """Remove page chrome from the first and last lines of a plain-text article.

    text (str): the article as copied from a page.
    outlets (bool): whether a trailing line may be taken for the outlet's name.
    RETURNS (Chrome): the body, with the remaining text exactly as it was, and what was found.
    """
    lines = text.split("\n")
    order = [i for i, line in enumerate(lines) if line.strip()]
    found = Chrome(text="")
    drop = _strip_head(lines, order, found)
    kept = [i for i in order if i not in drop]
    drop |= _strip_tail(lines, kept, found, outlets)
    found.removed = [lines[i] for i in sorted(drop)]
    found.text = "\n".join(line for i, line in enumerate(lines) if i not in drop).strip()
    return found
