"""Load the actor knowledge base from its data files, validate it, and resolve references.

Why one loader for several files: curated actors (``actors.yaml``), generic agents
(``agents.yaml``), people with dated roles (``persons.yaml``), countries
(``actor_countries.tsv``) and the roles imported from UniversalPETRARCH
(``actors_petrarch.tsv``) refer to each other; only together can references be checked.
Hard errors (duplicate ids, dangling references, unknown categories) raise ``KBError`` at load;
softer problems (two actors whose aliases normalise to one key) are listed by ``validate`` and
kept at zero by a test.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Union

import yaml

from rasd.kb.forms import alias_variants, expand_national, people_forms
from rasd.kb.records import (CATEGORIES, ActorRecord, AgentTemplate, Anaphor, Country, PersonRecord,
                             Role)
from rasd.model import Actor
from rasd.recognize.matcher import phrase_keys

FILES = ("actors.yaml", "agents.yaml", "persons.yaml", "actor_countries.tsv", "actors_petrarch.tsv")


class KBError(ValueError):
    """The knowledge base's data files are inconsistent."""


@dataclass(frozen=True, slots=True)
class Entry:
    """What a matched phrase points to.

    ``kind``: "actor" (a named actor id), "agent" (a generic agent id; ``country`` is the
    country the phrase itself names, e.g. the nisba of «الجيش العراقي», or None for bare forms),
    "person" (a person id), "anaphor" (index into ``KnowledgeBase.anaphors``).
    ``only_in``: the alias applies only in articles about this country.
    ``bare``: a one-word alias read only on a word without the article
    (``ActorRecord.never_definite``).
    """

    kind: str
    ref: str
    country: Optional[str] = None
    only_in: Optional[str] = None
    bare: bool = False


@dataclass(frozen=True)
class KnowledgeBase:
    actors: Mapping[str, ActorRecord]
    agents: Mapping[str, AgentTemplate]
    persons: Mapping[str, PersonRecord]
    countries: Mapping[str, Country]
    prefix_nouns: tuple[str, ...] = ()
    connectors: tuple[str, ...] = ()
    anaphor_adjectives: tuple[str, ...] = ()
    anaphors: tuple[Anaphor, ...] = ()
    overrides: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    # ---------------------------------------------------------------- references
    def country(self, iso2: Optional[str]) -> Optional[Country]:
        return self.countries.get(iso2 or "")

    def resolve_ref(self, ref: str, year: Optional[int] = None, surface: Optional[str] = None,
                    follow_renamings: bool = True) -> Optional[Actor]:
        """The ``Actor`` a reference names in ``year`` («mil:YE» → Hadi's forces in 2015)."""
        if ":" in ref:
            agent_id, iso2 = ref.split(":", 1)
            for actor_id in self.overrides.get(ref, ()):
                rec = self.actors[actor_id]
                if rec.active_in(year):
                    return self.actor(rec, surface)
            agent = self.agents.get(agent_id)
            if agent is None:
                return None
            return self.agent_actor(agent, iso2 or None, surface)
        rec = self.actors.get(ref)
        if rec is None:
            return None
        if follow_renamings:
            seen = {rec.id}
            while rec.ended_before(year) and rec.successor and rec.successor not in seen:
                rec = self.actors[rec.successor]
                seen.add(rec.id)
        return self.actor(rec, surface)

    def actor(self, rec: ActorRecord, surface: Optional[str] = None) -> Actor:
        return Actor(name=rec.name, name_ar=surface, id=rec.id, category=rec.category,
                     country=rec.country, plover_sector=rec.sector)

    def agent_actor(self, agent: AgentTemplate, iso2: Optional[str], surface: Optional[str] = None) -> Optional[Actor]:
        base = self.agents.get(agent.base or "", agent)
        c = self.country(iso2)
        name = base.name_for(c)
        if name is None:
            return None
        return Actor(name=name, name_ar=surface, id=f"{base.id}:{iso2}" if c else base.id,
                     category=base.category, country=c.iso2 if c else None, plover_sector=base.sector)

    # ---------------------------------------------------------------- phrases
    def entries(self) -> Iterator[tuple[str, Entry]]:
        """Every (phrase, Entry) the matcher needs, generated forms included."""
        for rec in self.actors.values():
            for alias in rec.aliases:
                for form in alias_variants(alias, feminine_single=True):
                    yield form, Entry("actor", rec.id, bare=rec.never_definite and " " not in form)
            for iso2, aliases in rec.aliases_in:
                for alias in aliases:
                    for form in alias_variants(alias):
                        yield form, Entry("actor", rec.id, only_in=iso2)
        for agent in self.agents.values():
            for alias in agent.bare:
                for form in alias_variants(alias):
                    yield form, Entry("agent", agent.id)
            for c in self.countries.values():
                for pattern in agent.by_name:
                    for name in c.names_ar:
                        yield pattern.replace("{name}", name), Entry("agent", agent.id, country=c.iso2)
                if not c.nisba:
                    continue
                for pattern in agent.national:
                    for form in expand_national(pattern, c.nisba):
                        yield form, Entry("agent", agent.id, country=c.iso2)
                if agent.people:
                    for form in people_forms(c.nisba):
                        yield form, Entry("agent", agent.id, country=c.iso2)
        for p in self.persons.values():
            for alias in p.aliases:
                yield alias, Entry("person", p.id)
        for i, a in enumerate(self.anaphors):
            for w in a.words:
                yield w, Entry("anaphor", str(i))

    def alias_heads(self, rec: ActorRecord) -> frozenset[str]:
        """First words of an actor's aliases (lookup keys): «تنظيم داعش» gives «تنظيم»."""
        return _alias_heads(self, rec.id)

    def compatible(self, anaphor: Anaphor, rec: ActorRecord) -> bool:
        heads = self.alias_heads(rec)
        own = {k for h in rec.heads for k in phrase_keys(h)}
        words = {k for w in anaphor.words for k in phrase_keys(w)}
        if words & own:
            return True
        if any(k in heads for h in anaphor.alias_heads for k in phrase_keys(h)):
            return True
        return rec.category in anaphor.categories


_HEADS_CACHE: dict[tuple[int, str], frozenset[str]] = {}


def _alias_heads(kb: KnowledgeBase, actor_id: str) -> frozenset[str]:
    key = (id(kb), actor_id)
    got = _HEADS_CACHE.get(key)
    if got is None:
        rec = kb.actors[actor_id]
        heads = set()
        for alias in rec.aliases + tuple(a for _, al in rec.aliases_in for a in al):
            keys = phrase_keys(alias)
            if len(keys) > 1:
                heads.add(keys[0])
        got = frozenset(heads)
        _HEADS_CACHE[key] = got
    return got


# -------------------------------------------------------------------- reading files
Source = Union[str, Path, None]


def _read_text(root: Source, name: str) -> Optional[str]:
    if root is None:
        f = resources.files("rasd.data").joinpath(name)
        return f.read_text("utf-8") if f.is_file() else None
    p = Path(root) / name
    return p.read_text("utf-8") if p.is_file() else None


def _tsv_rows(text: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _tuple(v: Any) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    return tuple(str(x) for x in v)


def _day(v: Any) -> Optional[date]:
    if v in (None, ""):
        return None
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v))


def parse_countries(text: str) -> dict[str, Country]:
    out: dict[str, Country] = {}
    for r in _tsv_rows(text):
        c = Country(iso2=r["iso2"], iso3=r["iso3"], name=r["name"], of_name=r["of_name"] or r["name"],
                    nisba=_split(r.get("nisba")), names_ar=_split(r.get("names_ar")))
        if c.iso2 in out:
            raise KBError(f"actor_countries.tsv: {c.iso2} listed twice")
        out[c.iso2] = c
    return out


def _split(v: Optional[str]) -> tuple[str, ...]:
    return tuple(x.strip() for x in (v or "").split(";") if x.strip())


def parse_actors(data: dict[str, Any]) -> list[ActorRecord]:
    out = []
    for d in data.get("actors") or []:
        active = d.get("active") or [None, None]
        aliases_in = tuple(sorted((str(k), _tuple(v)) for k, v in (d.get("aliases_in") or {}).items()))
        out.append(ActorRecord(
            id=str(d["id"]), name=str(d["name"]), category=str(d.get("category")),
            sector=d.get("sector"), country=d.get("country"),
            active=(active[0], active[1]), wikidata=d.get("wikidata"),
            aliases=_tuple(d.get("aliases")), aliases_in=aliases_in, heads=_tuple(d.get("heads")),
            predecessor=d.get("predecessor"), successor=d.get("successor"),
            stands_for=_tuple(d.get("stands_for")), note=str(d.get("note") or ""),
            never_definite=bool(d.get("never_definite"))))
    return out


def parse_agents(data: dict[str, Any]) -> list[AgentTemplate]:
    return [AgentTemplate(
        id=str(d["id"]), name=str(d["name"]), category=str(d["category"]), sector=d.get("sector"),
        bare=_tuple(d.get("bare")), national=_tuple(d.get("national")), by_name=_tuple(d.get("by_name")),
        people=bool(d.get("people")),
        refers_back=bool(d.get("refers_back")), needs_country=bool(d.get("needs_country")),
        base=d.get("base")) for d in data.get("agents") or []]


def parse_persons(data: dict[str, Any], source: str = "rasd") -> list[PersonRecord]:
    out = []
    for d in data.get("persons") or []:
        roles = tuple(Role(actor=str(r["actor"]), start=_day(r.get("start")), end=_day(r.get("end")),
                           source=source) for r in d.get("roles") or [])
        out.append(PersonRecord(id=str(d["id"]), name=str(d["name"]), aliases=_tuple(d.get("aliases")),
                                roles=roles, source=source))
    return out


def parse_imported(text: str) -> list[PersonRecord]:
    """Rows of ``actors_petrarch.tsv`` (see ``rasd.kb.petrarch``) grouped by normalised alias
    (the source spells one name several ways: «فاروق حسنى», «فاروق حسني»)."""
    by_key: dict[tuple[str, ...], tuple[str, list[Role]]] = {}
    for r in _tsv_rows(text):
        keys = phrase_keys(r["alias"])
        if not keys:
            continue
        alias, roles = by_key.setdefault(keys, (r["alias"], []))
        role = Role(actor=r["ref"], start=_day(r["start"]), end=_day(r["end"]), source="UniversalPETRARCH")
        if role not in roles:
            roles.append(role)
    return [PersonRecord(id=f"up:{alias}", name=alias, aliases=(alias,), roles=tuple(roles),
                         source="UniversalPETRARCH") for alias, roles in by_key.values()]


def load_kb(root: Source = None, imported: bool = True) -> KnowledgeBase:
    """Read the data files from ``root`` (default: the installed ``rasd.data``) and check them."""
    countries = parse_countries(_read_text(root, "actor_countries.tsv") or "")
    actors_l = parse_actors(yaml.safe_load(_read_text(root, "actors.yaml") or "{}") or {})
    agents_raw = yaml.safe_load(_read_text(root, "agents.yaml") or "{}") or {}
    agents_l = parse_agents(agents_raw)
    persons_l = parse_persons(yaml.safe_load(_read_text(root, "persons.yaml") or "{}") or {})
    errors: list[str] = []
    actors = _unique(actors_l, "actor", errors)
    agents = _unique(agents_l, "agent", errors)
    persons = _unique(persons_l, "person", errors)
    anaphors = tuple(Anaphor(words=_tuple(a.get("words")), alias_heads=_tuple(a.get("alias_heads")),
                             categories=_tuple(a.get("categories")), fallback=a.get("fallback"),
                             indefinite=bool(a.get("indefinite")))
                     for a in agents_raw.get("anaphors") or [])
    overrides: dict[str, list[str]] = {}
    for rec in actors.values():
        for ref in rec.stands_for:
            overrides.setdefault(ref, []).append(rec.id)
    kb = KnowledgeBase(actors=actors, agents=agents, persons=persons, countries=countries,
                       prefix_nouns=_tuple(agents_raw.get("prefix_nouns")),
                       connectors=_tuple(agents_raw.get("connectors")),
                       anaphor_adjectives=_tuple(agents_raw.get("anaphor_adjectives")), anaphors=anaphors,
                       overrides={k: tuple(v) for k, v in overrides.items()})
    errors += check_references(kb)
    if errors:
        raise KBError("actor knowledge base: " + "; ".join(errors[:20]))
    if imported:
        text = _read_text(root, "actors_petrarch.tsv")
        if text:
            kb = _with_imported(kb, parse_imported(text))
    return kb


def _with_imported(kb: KnowledgeBase, people: list[PersonRecord]) -> KnowledgeBase:
    """Add imported people whose alias no curated record uses and whose roles resolve."""
    taken = {phrase_keys(p) for p, _ in kb.entries()}
    persons = dict(kb.persons)
    for p in people:
        if phrase_keys(p.name) in taken:
            continue
        roles = tuple(r for r in p.roles if _ref_ok(kb, r.actor))
        if roles:
            persons[p.id] = PersonRecord(p.id, p.name, p.aliases, roles, p.source)
    return KnowledgeBase(actors=kb.actors, agents=kb.agents, persons=persons, countries=kb.countries,
                         prefix_nouns=kb.prefix_nouns, connectors=kb.connectors,
                         anaphor_adjectives=kb.anaphor_adjectives, anaphors=kb.anaphors,
                         overrides=kb.overrides)


def _unique(items: list[Any], what: str, errors: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for it in items:
        if it.id in out:
            errors.append(f"duplicate {what} id {it.id!r}")
        out[it.id] = it
    return out


def _ref_ok(kb: KnowledgeBase, ref: str) -> bool:
    if ":" in ref:
        agent, iso2 = ref.split(":", 1)
        return agent in kb.agents and iso2 in kb.countries
    return ref in kb.actors


def check_references(kb: KnowledgeBase) -> list[str]:
    """Hard errors: dangling references, asymmetric renamings, unknown categories or countries."""
    errs: list[str] = []
    for rec in kb.actors.values():
        if rec.category not in CATEGORIES:
            errs.append(f"{rec.id}: unknown category {rec.category!r}")
        if rec.country is not None and rec.country not in kb.countries:
            errs.append(f"{rec.id}: unknown country {rec.country!r}")
        for iso2, _ in rec.aliases_in:
            if iso2 not in kb.countries:
                errs.append(f"{rec.id}: aliases_in unknown country {iso2!r}")
        if rec.successor:
            succ = kb.actors.get(rec.successor)
            if succ is None:
                errs.append(f"{rec.id}: unknown successor {rec.successor!r}")
            elif succ.predecessor is None or succ.predecessor not in _predecessors_claiming(kb, succ.id):
                errs.append(f"{rec.id}: successor {succ.id} does not name it as predecessor")
        if rec.predecessor:
            pred = kb.actors.get(rec.predecessor)
            if pred is None:
                errs.append(f"{rec.id}: unknown predecessor {rec.predecessor!r}")
            elif pred.successor != rec.id:
                errs.append(f"{rec.id}: predecessor {pred.id} does not name it as successor")
        for ref in rec.stands_for:
            if not _ref_ok(kb, ref) or ":" not in ref:
                errs.append(f"{rec.id}: bad stands_for {ref!r}")
        lo, hi = rec.active
        if lo is not None and hi is not None and lo > hi:
            errs.append(f"{rec.id}: active {lo} > {hi}")
    for a in kb.agents.values():
        if a.category not in CATEGORIES:
            errs.append(f"agent {a.id}: unknown category {a.category!r}")
        if a.base and a.base not in kb.agents:
            errs.append(f"agent {a.id}: unknown base {a.base!r}")
    for an in kb.anaphors:
        if an.fallback and an.fallback not in kb.agents:
            errs.append(f"anaphor {an.words}: unknown fallback {an.fallback!r}")
    for p in kb.persons.values():
        for r in p.roles:
            if not _ref_ok(kb, r.actor):
                errs.append(f"person {p.id}: unknown role actor {r.actor!r}")
            if r.start and r.end and r.start > r.end:
                errs.append(f"person {p.id}: role {r.actor} starts after it ends")
    return errs


def _predecessors_claiming(kb: KnowledgeBase, actor_id: str) -> set[str]:
    """Several groups may merge into one (Ansar Dine and al-Mourabitoun → JNIM)."""
    return {r.id for r in kb.actors.values() if r.successor == actor_id}


_PRESENTATION = [(0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]


def validate(kb: KnowledgeBase) -> list[str]:
    """Soft problems: presentation forms in aliases; one key owned by two different actors.

    Owners are compared after ``stands_for`` (a nisba phrase of «mil:LY» and an alias of the
    LNA name the same actor) and within the same country condition (a conditional alias may
    override a generic one in its country on purpose)."""
    problems: list[str] = []
    owners: dict[tuple[tuple[str, ...], Optional[str]], set[str]] = {}
    for phrase, e in kb.entries():
        if any(lo <= ord(ch) <= hi for ch in phrase for lo, hi in _PRESENTATION):
            problems.append(f"presentation form in {phrase!r} ({e.kind} {e.ref})")
        keys = phrase_keys(phrase)
        if not keys:
            problems.append(f"empty key for {phrase!r} ({e.kind} {e.ref})")
            continue
        owner = _owner(kb, e)
        owners.setdefault((keys, e.only_in), set()).add(owner)
    for (keys, cond), who in owners.items():
        if len(who) > 1:
            where = f" in {cond}" if cond else ""
            problems.append(f"key {' '.join(keys)!r}{where} owned by {sorted(who)}")
    return problems


def _owner(kb: KnowledgeBase, e: Entry) -> str:
    if e.kind == "agent":
        agent = kb.agents[e.ref]
        if not e.country:
            return f"agent:{agent.id}"
        ref = f"{agent.base or agent.id}:{e.country}"
        named = kb.overrides.get(ref)
        return f"actor:{named[0]}" if named else ref
    if e.kind == "person":
        return f"person:{e.ref}"
    return f"{e.kind}:{e.ref}"


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process."""
    return load_kb()
