"""Actor recognition and resolution to canonical actors.

STUB: the actor knowledge-base work replaces this; the interface is fixed.
"""
from __future__ import annotations

from typing import Optional, Sequence

from rasd.model import Doc, Mention


class ActorResolver:
    """Loads the actor knowledge base once per process (``ActorResolver.load()``)."""

    _instance: Optional["ActorResolver"] = None

    @classmethod
    def load(cls) -> "ActorResolver":
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def find_actors(self, doc: Doc, country: Optional[str] = None,
                    ner: Sequence[Mention] = ()) -> list[Mention]:
        """Actor mentions in ``doc`` as ``Mention(kind="actor", value=Actor)``, left to right.

        ``country`` (the article's main country) types generic agents («مسلحين» →
        "Unidentified Armed Group (Iraq)"); anaphora («التنظيم») resolve to the last compatible
        named actor; ``ner`` gives PERS/ORG entities from the NER model as extra candidates.
        The publication date (``doc.article.published``) selects dated roles."""
        return []
