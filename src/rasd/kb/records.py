"""Typed records of the actor knowledge base.

Why separate records from ``rasd.model.Actor``: the model's ``Actor`` is what an event carries
(a name, the surface form, a category); the knowledge base knows more about each actor (years
active, renamings, Wikidata id, which words may refer back to it) and that extra knowledge is
only needed while resolving. Records are frozen so a loaded knowledge base can be shared by
every article and every thread without copying.

References between records are strings: a named actor's ``id`` («is», «ye-houthis»), or a
*generic agent* instantiated for a country, written ``"<agent>:<ISO2>"`` («mil:IQ» is
"Military Forces of Iraq», «civ:YE» "Civilians (Yemen)").
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from rasd.model import Actor

#: ACLED actor categories (the ``inter`` families) rasd uses; validated at load.
CATEGORIES = frozenset({
    "state forces", "rebels", "political militia", "identity militia", "rioters", "protesters",
    "civilians", "external/other",
})


@dataclass(frozen=True, slots=True)
class Country:
    """A country as actor names need it: ISO codes, the English name, Arabic nisba stems."""

    iso2: str
    iso3: str
    name: str                 # "Yemen" in "Civilians (Yemen)"
    of_name: str              # "the United States" in "Military Forces of the United States"
    nisba: tuple[str, ...]    # «يمني»: masculine singular adjective stems, no article
    names_ar: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """A named actor: an organisation, force, group or coalition.

    ``aliases`` match anywhere; ``aliases_in`` only when the article's country is the given
    one («الانقلابيين» is the Houthis in Yemen, coup plotters in Turkey). ``heads`` are the
    bare nouns that may refer back to this actor («التنظيم» → IS). ``stands_for`` lists generic
    agents this actor replaces while active («mil:YE» → Hadi's forces from 2012), so that a bare
    «الجيش» in a Yemeni article of 2015 names the same actor as «الجيش الوطني».
    ``never_definite``: its one-word aliases are not read on a word with the article.
    """

    id: str
    name: str
    category: str
    sector: Optional[str] = None
    country: Optional[str] = None
    active: tuple[Optional[int], Optional[int]] = (None, None)
    wikidata: Optional[str] = None
    aliases: tuple[str, ...] = ()
    aliases_in: tuple[tuple[str, tuple[str, ...]], ...] = ()
    heads: tuple[str, ...] = ()
    predecessor: Optional[str] = None
    successor: Optional[str] = None
    stands_for: tuple[str, ...] = ()
    note: str = ""
    # its one-word aliases are also common nouns, which take the article where the name never
    # does («الحماس» is enthusiasm, «حماس» Hamas): read only without it
    never_definite: bool = False

    def active_in(self, year: Optional[int]) -> bool:
        if year is None:
            return True
        lo, hi = self.active
        return (lo is None or lo <= year) and (hi is None or year <= hi)

    def ended_before(self, year: Optional[int]) -> bool:
        hi = self.active[1]
        return year is not None and hi is not None and year > hi


@dataclass(frozen=True, slots=True)
class AgentTemplate:
    """A generic agent typed by the article's country: "Civilians ({name})".

    ``bare`` phrases need the country from context («مدنيين»); ``national`` phrases carry it
    in a nisba adjective written ``{adj}`` («الجيش {adj}» → «الجيش العراقي»); ``people`` adds the
    plural nisba alone («الإيطاليين» → Civilians (Italy)). ``refers_back`` marks derogatory labels
    («الإرهابيين») that name the last armed non-state actor in context before falling back to
    this template. ``needs_country``: without a country the agent is dropped (a bare «الجيش»
    of no known country is no actor), otherwise its name loses the parenthesis.
    """

    id: str
    name: str                 # format string with {name} / {of}
    category: str
    sector: Optional[str] = None
    bare: tuple[str, ...] = ()
    national: tuple[str, ...] = ()
    by_name: tuple[str, ...] = ()
    people: bool = False
    refers_back: bool = False
    needs_country: bool = False
    base: Optional[str] = None     # the template whose name a refers_back label falls back to

    def name_for(self, country: Optional[Country]) -> Optional[str]:
        if country is None:
            if self.needs_country:
                return None
            bare = self.name.split(" (")[0].replace(" of {of}", "").replace(" {of}", "")
            return bare
        return self.name.format(name=country.name, of=country.of_name)


@dataclass(frozen=True, slots=True)
class Role:
    """A person's affiliation for a period: ``actor`` is a reference (see module docstring)."""

    actor: str
    start: Optional[date] = None
    end: Optional[date] = None
    source: str = "rasd"

    def covers(self, day: Optional[date]) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def length(self) -> int:
        if self.start is None or self.end is None:
            return 10 ** 6
        return (self.end - self.start).days


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person resolved to the organisation they acted for on the article's date."""

    id: str
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    source: str = "rasd"

    def role_on(self, day: Optional[date]) -> Optional[Role]:
        """The narrowest role covering ``day``; with no date, the most recent role."""
        if day is None:
            dated = sorted(self.roles, key=lambda r: r.start or date.min)
            return dated[-1] if dated else None
        cands = [r for r in self.roles if r.covers(day)]
        return min(cands, key=Role.length) if cands else None


@dataclass(frozen=True, slots=True)
class Anaphor:
    """Bare nouns («التنظيم», «الحركة», «القوات») that refer back to a compatible named actor.

    An actor is compatible when one of its aliases begins with a word of ``alias_heads``, when
    it lists the word in its own ``heads``, or when its category is in ``categories``. With no
    compatible antecedent, ``fallback`` names a generic agent typed by the article's country
    (a bare «الطيران» is then the country's military)."""

    words: tuple[str, ...]
    alias_heads: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    fallback: Optional[str] = None   # generic agent when nothing compatible came before
    indefinite: bool = False         # the indefinite form («طائرات حربية») reads as the fallback


def make_actor(name: str, surface: Optional[str], id: Optional[str], category: Optional[str],
               country: Optional[str], sector: Optional[str]) -> Actor:
    """The ``rasd.model.Actor`` an event carries (surface form as ``name_ar``)."""
    return Actor(name=name, name_ar=surface, id=id, category=category, country=country,
                 plover_sector=sector)
