"""The actor knowledge base: curated actors, generic agents, people with dated roles.

``default_kb()`` loads the packaged data once; ``load_kb(path)`` reads another copy (tests,
curation); ``validate(kb)`` lists soft problems; ``rasd.kb.petrarch`` imports the
UniversalPETRARCH Arabic dictionaries as dated roles.
"""
from rasd.kb.load import Entry, KBError, KnowledgeBase, default_kb, load_kb, validate
from rasd.kb.records import ActorRecord, AgentTemplate, Anaphor, Country, PersonRecord, Role

__all__ = ["ActorRecord", "AgentTemplate", "Anaphor", "Country", "Entry", "KBError", "KnowledgeBase",
           "PersonRecord", "Role", "default_kb", "load_kb", "validate"]
