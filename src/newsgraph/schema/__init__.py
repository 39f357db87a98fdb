"""The JSON Schema of the ``newsgraph/1`` document, shipped with the package."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def json_schema() -> dict[str, Any]:
    """RETURNS (dict): the JSON Schema (draft 2020-12) that ``ArticleGraph.to_dict()`` satisfies."""
    return json.loads(resources.files(__name__).joinpath("newsgraph-1.schema.json").read_text(encoding="utf-8"))


def validate(document: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``document`` is not a valid ``newsgraph/1`` graph."""
    import jsonschema

    jsonschema.validate(document, json_schema(), cls=jsonschema.Draft202012Validator)
