"""Every CLI command is documented in the README, and every contract field in docs/FORMAT.md."""
import re

import pytest
from typer.main import get_command

from newsgraph.cli import app
from tests.conftest import ROOT

COMMANDS = sorted(get_command(app).commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_readme_shows_each_command(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"\$ newsgraph {command}\b", readme), f"README shows no `$ newsgraph {command}` example"


def test_docs_format_documents_every_schema_field():
    from newsgraph.schema import json_schema

    doc = (ROOT / "docs" / "FORMAT.md").read_text(encoding="utf-8")
    props = json_schema()["properties"]
    fields = set(props) | set(props["article"]["properties"])
    for part in ("actors", "timexes", "claims", "events", "contradictions"):
        fields |= set(props[part]["items"]["properties"])
    missing = sorted(f for f in fields if f"`{f}`" not in doc)
    assert not missing, f"docs/FORMAT.md does not document {missing}"
