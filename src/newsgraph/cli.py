"""The ``newsgraph`` command: thin Typer handlers over the library. Heavy modules load lazily."""
from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Any, Optional

import typer

app = typer.Typer(
    help="Turn news into a source-attributed event graph: actors, events, claims and factuality.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)

DB_HELP = "SQLite path or SQLAlchemy URL (default: $NEWSGRAPH_DB or ./newsgraph.db)."
PRIVATE_HELP = "Allow fetching URLs on loopback or private networks (refused by default)."


class ListFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class GraphFormat(str, Enum):
    json = "json"
    md = "md"


def fail(message: str, code: int = 1) -> None:
    """Print a one-line error and exit: user errors never show a traceback."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def _engine(db: str | None, create: bool = False) -> Any:
    from newsgraph.errors import StoreError
    from newsgraph.store import connect

    try:
        return connect(db, create=create)
    except StoreError as exc:
        fail(str(exc))


@app.command()
def extract(
    source: str = typer.Argument(..., help="A file, an http(s) URL, or - for standard input."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD (overrides the page's)."),
    fmt: GraphFormat = typer.Option(GraphFormat.json, "--format", "-f", help="json (the newsgraph/1 document) or md."),
    allow_private: bool = typer.Option(False, "--allow-private", help=PRIVATE_HELP),
) -> None:
    """Extract one article's graph and print it; nothing is stored.

    Example: newsgraph extract examples/news_az_2024-10-21.txt --format json
    """
    import newsgraph
    from newsgraph.errors import NewsgraphError

    try:
        graph = newsgraph.extract_article(newsgraph.read(source, published=published, allow_private=allow_private))
    except NewsgraphError as exc:
        fail(str(exc))
    if fmt is GraphFormat.json:
        typer.echo(json.dumps(graph.to_dict(), ensure_ascii=False, indent=2))
        return
    from newsgraph.report import report
    from newsgraph.store import connect, save_graph

    engine = connect("sqlite://")
    save_graph(engine, graph)
    with engine.connect() as conn:
        typer.echo(report(conn, format="md"), nl=False)


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, folders, glob patterns, URLs, or - for standard input."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    published: Optional[str] = typer.Option(None, help="Publication date for inputs that lack one."),
    workers: int = typer.Option(1, min=1, help="Worker processes for extraction."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar; only the summary."),
    allow_private: bool = typer.Option(False, "--allow-private", help=PRIVATE_HELP),
) -> None:
    """Read, extract and store articles. Bad inputs are reported and skipped; the rest are stored.

    Exit status is 1 only when nothing could be stored or found already present.

    Example: newsgraph ingest examples/ --db news.db
    """
    from newsgraph.ingest import iter_articles
    from newsgraph.scale import run_batch

    from newsgraph.errors import NewsgraphError

    engine = _engine(db, create=True)
    try:
        with _progress(quiet) as notify:
            articles = iter_articles(inputs, published=published, allow_private=allow_private)
            summary = run_batch(articles, engine, workers=workers, on_result=notify)
    except NewsgraphError as exc:  # a bad option, or the database failing: nothing more can be stored
        fail(str(exc))
    for source, reason in summary.skipped:
        typer.echo(f"skipped {source}: {reason}", err=True)
    typer.echo(f"{len(summary.stored)} stored, {len(summary.present)} already present, "
               f"{len(summary.skipped)} skipped ({engine.url.render_as_string(hide_password=True)})")
    if not summary.stored and not summary.present:
        raise typer.Exit(1)


class _progress:
    """A live count of processed inputs on stderr (silent when quiet or not a terminal)."""

    def __init__(self, quiet: bool) -> None:
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} articles"),
                                TimeElapsedColumn(), transient=True)
            self.task = self.bar.add_task("ingesting", total=None)

    def __enter__(self):
        if self.bar:
            self.bar.start()
        return self.notify

    def notify(self, status: str, label: str) -> None:
        if self.bar:
            self.bar.update(self.task, advance=1, description=f"{status}: {label[:50]}")

    def __exit__(self, *exc: object) -> None:
        if self.bar:
            self.bar.stop()


def _list(rows: list[dict[str, Any]], columns: list[str], fmt: ListFormat) -> None:
    from newsgraph.output import emit

    emit(rows, columns, fmt.value)


def _query(db: str | None, name: str, **filters: Any) -> list[dict[str, Any]]:
    from newsgraph import store

    engine = _engine(db)
    with engine.connect() as conn:
        return getattr(store, name)(conn, **filters)


FMT = typer.Option(ListFormat.table, "--format", "-f", help="table, json or csv.")
DB = typer.Option(None, "--db", help=DB_HELP)
SINCE = typer.Option(None, help="Only from this date (YYYY-MM-DD).")
UNTIL = typer.Option(None, help="Only up to this date (YYYY-MM-DD).")
LIMIT = typer.Option(None, help="At most this many rows.")


@app.command()
def articles(db: Optional[str] = DB, since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
             outlet: Optional[str] = typer.Option(None, help="Only this outlet."),
             country: Optional[str] = typer.Option(None, help="Only articles with an actor of this ISO alpha-3 country."),
             limit: Optional[int] = LIMIT, fmt: ListFormat = FMT) -> None:
    """List stored articles, newest first.

    Example: newsgraph articles --format json
    """
    rows = _query(db, "list_articles", since=since, until=until, outlet=outlet, country=country, limit=limit)
    _list(rows, ["id", "published", "outlet", "title", "actors", "events", "claims"], fmt)


@app.command()
def events(db: Optional[str] = DB, type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. ACCUSE."),
           country: Optional[str] = typer.Option(None, help="An actor or recipient of this ISO alpha-3 country."),
           source: Optional[str] = typer.Option(None, help="Vouched for by a source whose name contains this."),
           factuality: Optional[str] = typer.Option(None, help="asserted, claimed, unconfirmed, denied, …"),
           since: Optional[str] = SINCE, until: Optional[str] = UNTIL, limit: Optional[int] = LIMIT,
           fmt: ListFormat = FMT) -> None:
    """List events in date order, with who did what to whom and who vouches for it.

    Example: newsgraph events --country KOR --type PROTEST
    """
    rows = _query(db, "list_events", type=type, country=country, source=source, factuality=factuality,
                  since=since, until=until, limit=limit)
    _list(rows, ["day", "type", "actors", "trigger", "recipients", "factuality", "sources", "article_id"], fmt)


@app.command()
def claims(db: Optional[str] = DB, source: Optional[str] = typer.Option(None, help="Source name contains this."),
           country: Optional[str] = typer.Option(None, help="Source actor's ISO alpha-3 country."),
           since: Optional[str] = SINCE, until: Optional[str] = UNTIL, limit: Optional[int] = LIMIT,
           fmt: ListFormat = FMT) -> None:
    """List claims: who says what, with which cue, whether it is a direct quote, and through whom
    (``chain``: the outlet, then each source the claim is nested in, down to its own).

    Example: newsgraph claims --source embassy
    """
    rows = _query(db, "list_claims", source=source, country=country, since=since, until=until, limit=limit)
    _list(rows, ["published", "source_text", "source_country", "cue", "content", "direct", "chain", "article_id"], fmt)


@app.command()
def actors(db: Optional[str] = DB, country: Optional[str] = typer.Option(None, help="ISO alpha-3 country."),
           sector: Optional[str] = typer.Option(None, help="PLOVER sector, e.g. GOV, MIL, SPY."),
           kind: Optional[str] = typer.Option(None, help="person, organization, country, group, other."),
           since: Optional[str] = SINCE, until: Optional[str] = UNTIL, limit: Optional[int] = LIMIT,
           fmt: ListFormat = FMT) -> None:
    """List actors across articles, most mentioned first.

    Example: newsgraph actors --country RUS
    """
    rows = _query(db, "list_actors", country=country, sector=sector, kind=kind, since=since, until=until, limit=limit)
    _list(rows, ["name", "kind", "country", "sector", "role", "mentions", "articles"], fmt)


@app.command()
def report(db: Optional[str] = DB, since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
           country: Optional[str] = typer.Option(None, help="Only events involving this ISO alpha-3 country."),
           output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
           fmt: str = typer.Option("md", "--format", "-f", help="md (Markdown).")) -> None:
    """Write a situation report: timeline, who claims what, actors.

    Example: newsgraph report --since 2024-10-01 -o report.md
    """
    from newsgraph.report import report as build

    engine = _engine(db)
    try:
        with engine.connect() as conn:
            text = build(conn, format=fmt, since=since, until=until, country=country)
    except ValueError as exc:
        fail(str(exc))
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
        typer.echo(f"wrote {output}")
    else:
        typer.echo(text, nl=False)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
