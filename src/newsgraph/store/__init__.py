"""Storage: the schema, writing graphs, and the read queries everything else is built on."""
from newsgraph.store.db import connect, database_url, is_present, load_graph, save_graph
from newsgraph.store.queries import list_actors, list_articles, list_claims, list_events

__all__ = ["connect", "database_url", "is_present", "load_graph", "save_graph",
           "list_actors", "list_articles", "list_claims", "list_events"]
