"""Fast positional constructors for the frozen, slotted records built by the thousand per article.

Why: a frozen dataclass sets each field through ``object.__setattr__``; the phrase matchers
build a record per match (``Match`` in ``rasd.recognize.matcher``, about a hundred an article
for the event cues) and the gazetteer one per name occurrence (``NameMatch`` in
``rasd.gazetteer.lookup``, about a third of an article's tokens). Setting the slots through their
descriptors builds an equal record in about half the time. The shortcut is used only while the
class has exactly the expected fields, slots and no ``__post_init__``; otherwise the dataclass
constructor itself is returned (tests check both give equal records).
"""
from __future__ import annotations

from dataclasses import fields
from typing import Any, Callable


def slot_builder(cls: type, names: tuple[str, ...]) -> Callable[..., Any]:
    """A constructor of ``cls`` taking its seven fields ``names`` by position."""
    if tuple(f.name for f in fields(cls)) != names or not hasattr(cls, "__slots__") \
            or hasattr(cls, "__post_init__") or len(names) != 7:
        return cls
    s0, s1, s2, s3, s4, s5, s6 = (getattr(cls, n).__set__ for n in names)
    new = object.__new__

    def build(a0, a1, a2, a3, a4, a5, a6):
        m = new(cls)
        s0(m, a0); s1(m, a1); s2(m, a2); s3(m, a3)  # noqa: E702
        s4(m, a4); s5(m, a5); s6(m, a6)  # noqa: E702
        return m

    return build
