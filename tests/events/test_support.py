"""The support stage (rasd.events.support): actorless events and unbacked foreign events go."""
from rasd.events.support import supported
from rasd.model import Actor, Event, Mention, Place, Span

ARMY = Actor("Military Forces of Yemen", id="mil:YE", category="state forces", country="YE")


def event(country, actor=ARMY):
    place = Place(f"town in {country}", None, country, 15.0, 44.0, 1, feature="locality")
    return Event("Battles", "Armed clash", Span(0, 1), actor1=actor, location=place)


def country_mention(iso2):
    return Mention(kind="place", start=0, end=1, text=iso2,
                   value=Place(iso2, None, iso2, 0.0, 0.0, 3, feature="country"))


def test_event_without_actor_is_dropped():
    assert supported([event("YE"), event("YE", actor=None)], []) == [event("YE")]


def test_foreign_namesake_is_dropped_unless_its_country_is_named():
    evs = [event("YE"), event("YE"), event("KZ")]
    assert [e.location.country for e in supported(evs, [])] == ["YE", "YE"]
    assert [e.location.country for e in supported(evs, [country_mention("KZ")])] == ["YE", "YE", "KZ"]


def test_events_of_one_country_all_stay():
    evs = [event("SY"), event("SY")]
    assert supported(evs, []) == evs


def test_the_one_country_all_events_are_in_is_backed():
    """A Saudi paper's «الرياض» makes Saudi Arabia the main country of the places; a strike in
    Sanaa, the article's only event, still stands."""
    assert supported([event("YE")], [], country="SA") == [event("YE")]
    assert [e.location.country for e in supported([event("YE"), event("KZ")], [], country="YE")] == ["YE"]
