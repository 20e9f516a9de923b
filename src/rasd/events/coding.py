"""Coding: the final ACLED pair, PLOVER code and the English ``notes`` sentence of an event.

Why separate from frame assembly: the same frame (a trigger with its arguments) is coded
differently depending on its arguments (a territory taken by state forces is "Government
regains territory", by a rebel group "Non-state actor overtakes territory"; a killing of
civilians is "Violence against civilians", of fighters a battle). Those rules live here.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Optional

from rasd.events.lexicon import TriggerType
from rasd.model import Actor, Place
from rasd.text.normalize import load_yaml_data

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
    """English name of a country («Unidentified Armed Group (Ghana)»): the common ones from the
    table above, the rest from Unicode CLDR's territory names."""
    if not iso2:
        return iso2
    name = _COUNTRY_NAMES.get(iso2)
    if name is None:
        name = _cldr_territories().get(iso2.upper(), iso2)
    return name


@lru_cache(maxsize=1)
def _cldr_territories() -> dict[str, str]:
    """English territory names from the Unicode CLDR data that Babel ships."""
    from babel import Locale
    return dict(Locale("en").territories)


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
    raw = load_yaml_data("alignment.yaml")
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


# English sentence templates by sub-event type: {a1} actor1, {a2} actor2, {at} the place phrase
# ("in X", "near X", "in the region of X"), {on} the same for acts aimed at a place ("X",
# "near X"). A missing actor becomes a neutral subject.
_TEMPLATES = {
    "Armed clash": "{a1} clashed with {a2} {at}",
    "Government regains territory": "{a1} regained control of {on}{from_a2}",
    "Non-state actor overtakes territory": "{a1} took control of {on}{from_a2}",
    "Air/drone strike": "{a1} carried out an air/drone strike on {on}{against}",
    "Shelling/artillery/missile attack": "{a1} shelled {on}{against}",
    "Remote explosive/landmine/IED": "an explosive device detonated {at}{by}{against}",
    "Suicide bomb": "a suicide bombing took place {at}{by}{against}",
    "Grenade": "a grenade attack took place {at}{by}{against}",
    "Chemical weapon": "a chemical weapon was used {at}{by}{against}",
    "Attack": "{a1} attacked {a2_or_civilians} {at}",
    "Abduction/forced disappearance": "{a1} abducted {a2_or_people} {at}",
    "Sexual violence": "{a1} committed sexual violence {at}{against}",
    "Peaceful protest": "people protested {at}",
    "Protest with intervention": "people protested {at} and were dispersed{by}",
    "Excessive force against protesters": "force was used against protesters {at}{by}",
    "Violent demonstration": "a violent demonstration took place {at}",
    "Mob violence": "mob violence took place {at}",
    "Agreement": "an agreement took effect {at}",
    "Arrests": "{a1} made arrests {at}",
    "Change to group/activity": "a change to an armed group or its activity was reported {at}",
    "Disrupted weapons use": "{a1} seized, defused or intercepted weapons {at}",
    "Headquarters or base established": "{a1} established a base {at}",
    "Looting/property destruction": "{a1} looted or destroyed property {at}",
    "Non-violent transfer of territory": "territory changed hands without fighting {at}",
    "Other": "{a1} carried out a strategic action {at}",
}


def make_notes(sub_event_type: str, day: Optional[str], actor1: Optional[Actor], actor2: Optional[Actor],
               place: Optional[Place], fatalities: Optional[int]) -> str:
    """One English sentence from the structured fields (never from translated text)."""
    on = at = ""
    if place:
        c = country_name(place.country)
        name = place.name if not c or c in place.name else f"{place.name} ({c})"
        prefix = {2: "the area of ", 3: "the region of "}.get(place.geo_precision, "")
        on = prefix + name
        at = ("near " if place.geo_precision == 2 else "in ") + \
            ("the region of " if place.geo_precision == 3 else "") + name
    a1 = actor1.name if actor1 else "an unidentified actor"
    fields = {
        "a1": a1, "a2": actor2.name if actor2 else "an opposing side",
        "a2_or_civilians": actor2.name if actor2 else "civilians",
        "a2_or_people": actor2.name if actor2 else "people",
        "on": on or "a place", "at": at,
        "against": f", targeting {actor2.name}" if actor2 else "",
        "from_a2": f" from {actor2.name}" if actor2 else "",
        "by": f" (attributed to {actor1.name})" if actor1 else "",
    }
    body = _TEMPLATES.get(sub_event_type, "{a1}: " + sub_event_type.lower() + " {at}").format(**fields)
    body = " ".join(body.split()).strip()
    lead = ""
    if day:
        try:
            d = date.fromisoformat(day)
            lead = f"On {d.day} {d.strftime('%B')} {d.year}, "
        except ValueError:
            lead = ""
    text = (lead + body) if lead else body[0].upper() + body[1:]
    text = text.rstrip(" ,") + "."
    if fatalities == 0:
        text += " No fatalities were reported."
    elif fatalities:
        text += f" {fatalities} {'person was' if fatalities == 1 else 'people were'} reported killed."
    return text
