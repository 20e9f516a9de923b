"""Coding: the final ACLED pair, PLOVER code and the English ``notes`` sentence of an event.

Why separate from frame assembly: the same frame (a trigger with its arguments) is coded
differently depending on its arguments (a territory taken by state forces is "Government
regains territory", by a rebel group "Non-state actor overtakes territory"; a killing of
civilians is "Violence against civilians", of fighters a battle). Those rules live here.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml

from rasd.events.lexicon import TriggerType
from rasd.model import Actor, Place

STATE_CATEGORIES = {"state", "state forces", "military", "police", "government", "external", "coalition"}
CIVILIAN_CATEGORIES = {"civilians", "civilian", "protesters"}

_COUNTRY_NAMES = {
    "SY": "Syria", "IQ": "Iraq", "YE": "Yemen", "LY": "Libya", "LB": "Lebanon", "PS": "Palestine",
    "IL": "Israel", "EG": "Egypt", "SD": "Sudan", "SS": "South Sudan", "SO": "Somalia", "DZ": "Algeria",
    "TN": "Tunisia", "MA": "Morocco", "ML": "Mali", "NE": "Niger", "TD": "Chad", "AF": "Afghanistan",
    "PK": "Pakistan", "TR": "Turkey", "IR": "Iran", "SA": "Saudi Arabia", "AE": "United Arab Emirates",
    "QA": "Qatar", "BH": "Bahrain", "KW": "Kuwait", "OM": "Oman", "JO": "Jordan", "MR": "Mauritania",
    "NG": "Nigeria", "BF": "Burkina Faso", "FR": "France", "US": "United States", "RU": "Russia",
    "GB": "United Kingdom", "BE": "Belgium", "DE": "Germany", "IN": "India",
}


def country_name(iso2: Optional[str]) -> Optional[str]:
    return _COUNTRY_NAMES.get(iso2 or "", iso2)


def is_state(actor: Optional[Actor]) -> bool:
    if actor is None or not actor.category:
        return False
    c = actor.category.lower()
    return any(k in c for k in STATE_CATEGORIES)


def is_civilian(actor: Optional[Actor]) -> bool:
    if actor is None:
        return False
    c = (actor.category or "").lower()
    return any(k in c for k in CIVILIAN_CATEGORIES) or actor.name.lower().startswith("civilians")


@lru_cache(maxsize=1)
def _aligned() -> dict[str, tuple[int, Optional[int]]]:
    raw = yaml.safe_load(resources.files("rasd.data").joinpath("alignment.yaml").read_text("utf-8"))
    return {k: (int(v[0]), None if v[1] is None else int(v[1])) for k, v in raw["aligned_with_state"].items()}


def fights_for_state(actor: Optional[Actor], year: Optional[int] = None) -> bool:
    """State forces, or a group fighting alongside them in ``year`` (``data/alignment.yaml``)."""
    if actor is None:
        return False
    if is_state(actor):
        return True
    span = _aligned().get(actor.id or "")
    if span is None:
        return False
    return year is None or (span[0] <= year and (span[1] is None or year <= span[1]))


def code_pair(t: TriggerType, actor1: Optional[Actor], actor2: Optional[Actor],
              civilian_victims: bool, year: Optional[int] = None) -> tuple[str, str]:
    """The ACLED pair for trigger type ``t`` given the frame's arguments."""
    if t.acled_nonstate and actor1 is not None and actor1.category and not fights_for_state(actor1, year):
        return t.acled_nonstate
    if t.acled_civilians and (civilian_victims or is_civilian(actor2)):
        return t.acled_civilians
    return t.acled


_VERB = {
    "Armed clash": "armed clashes took place",
    "Government regains territory": "regained control of territory",
    "Non-state actor overtakes territory": "took control of territory",
    "Air/drone strike": "carried out an air/drone strike",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "an explosive device detonated",
    "Suicide bomb": "a suicide bombing took place",
    "Grenade": "a grenade attack took place",
    "Chemical weapon": "a chemical weapon was used",
    "Attack": "attacked civilians",
    "Abduction/forced disappearance": "abducted people",
    "Sexual violence": "committed sexual violence",
    "Peaceful protest": "people protested",
    "Protest with intervention": "people protested and were dispersed",
    "Excessive force against protesters": "force was used against protesters",
    "Violent demonstration": "a violent demonstration took place",
    "Mob violence": "mob violence took place",
    "Agreement": "an agreement took effect",
    "Arrests": "made arrests",
    "Change to group/activity": "a change to a group or its activity was announced",
    "Disrupted weapons use": "disrupted weapons use (seized, defused or intercepted)",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "looted or destroyed property",
    "Non-violent transfer of territory": "territory changed hands without fighting",
    "Other": "a strategic development took place",
}


def make_notes(sub_event_type: str, day: Optional[str], actor1: Optional[Actor], actor2: Optional[Actor],
               place: Optional[Place], fatalities: Optional[int]) -> str:
    """One English sentence from the structured fields (never from translated text)."""
    parts: list[str] = []
    if day:
        try:
            d = date.fromisoformat(day)
            parts.append(f"On {d.day} {d.strftime('%B')} {d.year},")
        except ValueError:
            pass
    verb = _VERB.get(sub_event_type, sub_event_type.lower())
    who = actor1.name if actor1 else None
    if who and not verb.startswith(("an ", "a ", "armed", "people", "force", "mob", "territory")):
        clause = f"{who} {verb}"
    elif who:
        clause = f"{verb} ({who})"
    else:
        clause = verb
    if actor2:
        clause += f" against {actor2.name}"
    if place:
        where = place.name
        if place.geo_precision == 2:
            where = f"near {where}"
        elif place.geo_precision == 3:
            where = f"in the region of {where}"
        else:
            where = f"in {where}"
        c = country_name(place.country)
        if c and c not in where:
            where += f" ({c})"
        clause += f" {where}"
    text = " ".join(parts + [clause]).strip()
    text = text[0].upper() + text[1:] + "."
    if fatalities == 0:
        text += " No fatalities were reported."
    elif fatalities:
        text += f" {fatalities} {'person was' if fatalities == 1 else 'people were'} reported killed."
    return text
