"""The CLI as a user runs it: real files, a real SQLite database, exact exit codes."""
import csv
import io
import json

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.schema import validate

pytestmark = pytest.mark.slow
runner = CliRunner()

ARTICLE = ("date 2025-02-14 + \u21ba \u2212 16 px\n\nMalta's navy rescued 40 migrants on Thursday, officials said. "
           "The interior minister, Joe Borg, said the boat had left Libya last week.\n\nHarbour Times\n")


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    return folder


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_cli_help_lists_every_command_with_an_example():
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("extract", "ingest", "articles", "events", "claims", "actors", "report"):
        assert command in result.output
        sub = invoke(command, "--help")
        assert sub.exit_code == 0 and "Example:" in sub.output


def test_cli_extract_json_is_the_contract(inputs):
    result = invoke("extract", inputs / "good.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    validate(doc)
    assert doc["article"]["published"] == "2025-02-14" and doc["article"]["outlet"] == "Harbour Times"
    assert "16 px" not in doc["article"]["text"]


def test_cli_extract_md_is_a_readable_summary(inputs):
    result = invoke("extract", inputs / "good.txt", "--format", "md")
    assert result.exit_code == 0
    assert result.output.startswith("# Situation report") and "## Who claims what" in result.output


def test_cli_extract_missing_file_is_one_line_error(tmp_path):
    result = invoke("extract", tmp_path / "nope.txt")
    assert result.exit_code != 0
    assert "nope.txt" in result.output and "Traceback" not in result.output


def test_cli_ingest_stores_good_skips_bad_and_is_idempotent(inputs, db_path):
    first = invoke("ingest", inputs, "--db", db_path)
    assert first.exit_code == 0, first.output
    assert "1 stored, 0 already present, 2 skipped" in first.output
    assert "empty.txt" in first.output and "binary.txt" in first.output
    second = invoke("ingest", inputs / "good.txt", "--db", db_path)
    assert second.exit_code == 0 and "0 stored, 1 already present" in second.output


def test_cli_ingest_fails_only_when_nothing_stored(inputs, db_path):
    result = invoke("ingest", inputs / "empty.txt", inputs / "binary.txt", "--db", db_path)
    assert result.exit_code == 1


def test_cli_listings_filter_and_format(inputs, db_path):
    invoke("ingest", inputs / "good.txt", "--db", db_path)
    arts = json.loads(invoke("articles", "--db", db_path, "--format", "json").output)
    assert [a["outlet"] for a in arts] == ["Harbour Times"]
    actors = json.loads(invoke("actors", "--db", db_path, "--country", "MLT", "--format", "json").output)
    assert actors and all(a["country"] == "MLT" for a in actors)
    claims = list(csv.DictReader(io.StringIO(invoke("claims", "--db", db_path, "--format", "csv").output)))
    assert any(c["cue"] == "said" for c in claims)
    assert json.loads(invoke("events", "--db", db_path, "--since", "2030-01-01", "--format", "json").output) == []
    assert json.loads(invoke("claims", "--db", db_path, "--source", "nobody-like-this", "--format", "json").output) == []


def test_cli_listing_without_database_is_an_error(tmp_path):
    result = invoke("articles", "--db", tmp_path / "none.db")
    assert result.exit_code == 1 and "no such database" in result.output


def test_cli_report_writes_markdown(inputs, db_path, tmp_path):
    invoke("ingest", inputs / "good.txt", "--db", db_path)
    out = tmp_path / "report.md"
    result = invoke("report", "--db", db_path, "-o", out)
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "## Timeline" in text and "## Actors" in text and "Malta" in text


@pytest.fixture
def local_server(inputs):
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):  # the request log would mix into the command's output
            pass

    handler = functools.partial(Quiet, directory=str(inputs))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_cli_extract_url_refuses_private_address_unless_allowed(local_server):
    refused = invoke("extract", f"{local_server}/good.txt")
    assert refused.exit_code == 1 and "private" in refused.output and "Traceback" not in refused.output
    allowed = invoke("extract", f"{local_server}/good.txt", "--allow-private")
    assert allowed.exit_code == 0, allowed.output
    assert json.loads(allowed.output)["article"]["outlet"] == "Harbour Times"


def test_cli_ingest_bad_published_option_is_one_line_error(inputs, db_path):
    result = invoke("ingest", inputs / "good.txt", "--published", "yesterday-ish", "--db", db_path)
    assert result.exit_code == 1 and "bad --published date" in result.output and "Traceback" not in result.output
