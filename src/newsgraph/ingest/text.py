"""Plain-text articles, and the one place where every reader builds its :class:`Article`."""
from __future__ import annotations

from collections.abc import Iterator

from newsgraph.errors import InputError
from newsgraph.ingest.chrome import normalise_date, strip_chrome
from newsgraph.ingest.language import guess_language
from newsgraph.model import Article


def caller_date(published: str | None, source: str) -> str | None:
    """Normalise a publication date the caller gave (``--published``).

    RETURNS (str | None): ``YYYY-MM-DD``, or ``None`` if none was given.
    RAISES InputError: the date cannot be read.
    """
    if published is None or published == "":
        return None
    found = normalise_date(published)
    if found is None:
        raise InputError(source, f"bad --published date {published!r} (want YYYY-MM-DD)")
    return found


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def make_article(text: str, *, source: str, published: str | None = None, outlet: str | None = None,
                 found: dict[str, object] | None = None) -> Article:
    """Build an article: what the caller gave (``published``, ``outlet``) wins over what was
    ``found`` in the input (``published``, ``outlet``, ``title``, ``url``, ``id``, ``language``).

    RAISES InputError: a bad caller date.
    """
    found = found or {}
    given_id = found.get("id")
    return Article(
        text=text,
        id=str(given_id) if isinstance(given_id, (str, int)) and str(given_id).strip() else None,
        url=_clean(found.get("url")),
        outlet=_clean(outlet) or _clean(found.get("outlet")),
        published=caller_date(published, source) or normalise_date(found.get("published")),
        title=_clean(found.get("title")),
        language=guess_language(text) or _clean(found.get("language")),
        source=source,
    )


def read_text(data: str, *, source: str, published: str | None = None, outlet: str | None = None,
              url: str | None = None) -> Iterator[Article | InputError]:
    """Read one plain-text article, removing page chrome at its edges (see ``chrome.py``).

    data (str): the decoded text.
    source (str): its path, URL or ``<stdin>``.
    YIELDS: one :class:`Article`, or the :class:`InputError` that stopped it.
    """
    chrome = strip_chrome(data)
    if not chrome.text:
        yield InputError(source, "empty input")
        return
    found = {"published": chrome.published, "outlet": chrome.outlet, "url": url}
    try:
        yield make_article(chrome.text, source=source, published=published, outlet=outlet, found=found)
    except InputError as err:
        yield err
