"""The article's own sourcing: the claims through which the outlet says it has its story.

"…, News.Az reports citing foreign media." names no source for one fact: it says where the whole
report comes from. Such a claim is recorded for the article (``ArticleGraph.sourcing``) as well as
among the claims. It is a claim whose cue cites or quotes (``according to`` does not: it vouches for
one clause) and hangs from a reporting verb whose subject is the outlet itself, or a news medium
named in the article's first paragraph.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.extract.attribution import Found
    from newsgraph.model import Claim

SOURCING_CUES = {"cite", "quote"}
REPORTING = {"report", "say", "write", "tell", "announce", "publish", "carry"}


def _words(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _reporter(cue: "Token") -> "Token | None":
    """Who reports, citing: the subject of the reporting verb the cue hangs from ("[News.Az] reports
    citing …"), also when the parser reads "reports" as a noun with the outlet as its modifier."""
    verb = cue.head
    if cue.dep_ not in ("advcl", "xcomp", "conj", "prep", "acl") or verb.lemma_.lower() not in REPORTING:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "compound") and c.i < verb.i), None)


def _is_outlet(subject: "Token", doc: "Doc") -> bool:
    """The subject names the article's outlet, or a news medium in the first paragraph."""
    words = _words(" ".join(t.text for t in subject.subtree))
    article = doc._.article
    if article is not None and article.outlet and _words(article.outlet) == words:
        return True
    first_break = doc.text.find("\n\n", len(doc.text) - len(doc.text.lstrip()))
    in_lead = first_break < 0 or subject.idx < first_break
    actor = next((a for a in doc._.actors or () if any(s <= subject.idx < e for s, e in a.mentions)), None)
    return in_lead and actor is not None and actor.sector == "MED"


def article_sourcing(doc: "Doc", claims: list["Claim"], cues: dict[str, "Found"]) -> list[str]:
    """RETURNS (list[str]): ids of the claims that source the article as a whole, in text order."""
    out = []
    for claim in claims:
        found = cues[claim.id]
        if found.cue.lemma not in SOURCING_CUES:
            continue
        cue = doc.char_span(*claim.cue_span, alignment_mode="expand")
        subject = _reporter(cue[0]) if cue is not None and len(cue) else None
        if subject is not None and _is_outlet(subject, doc):
            out.append(claim.id)
    return out
