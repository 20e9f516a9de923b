"""Within-article coreference: one event per distinct (type, place, day, main actors).

Why: articles retell their main event in the headline, the lead, a quote and a summary;
ANNOTATION.md counts it once. Frames are merged when they share the ACLED event type, the
place (same coordinates within ~2 km, or both unplaced) and a compatible day (equal, or one
unknown); the merged event keeps the most informative arguments. A "generic" trigger (the
definite «الهجوم», «الانفجار») never starts an event of its own when the article already
reported one: it refers back.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from rasd.events.frames import Frame, air_campaign_actor
from rasd.geo import km

_SAME_PLACE_KM = 2.0
_SAME_RECORD_KM = 0.5


def _point(f: Frame) -> Optional[tuple[float, float]]:
    if f.place is None or f.place.lat is None or f.place.lon is None:
        return None
    return f.place.lat, f.place.lon


# Sub-types that a retelling may refine («انفجار» first, «انتحاري» later): within these
# event types frames of different sub-types can still be one event. Elsewhere a different
# sub-type is a different event (a clash at a town and its capture are two events).
_REFINABLE = {"Explosions/Remote violence"}
_VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _other_days(a: Frame, b: Frame) -> bool:
    """Both frames are dated to the day, and to different days."""
    return bool(a.date and b.date and a.date.date != b.date.date and a.date.precision == 1 and b.date.precision == 1)


def same_event(a: Frame, b: Frame) -> bool:
    if a.pair[0] != b.pair[0]:
        return False
    if a.pair != b.pair and a.pair[0] not in _REFINABLE:
        return False
    pa, pb = _point(a), _point(b)
    if (pa is None) != (pb is None):
        return False
    if pa is None and a.pair != b.pair:
        return False   # unplaced: only an exact retelling of the same kind of event
    if pa is not None and pb is not None:
        ida, idb = a.place.place_id, b.place.place_id   # type: ignore[union-attr]
        if _refines(a, b) or _refines(b, a):
            pass       # «شمال صنعاء» then «في حي الجراف في صنعاء»: the same act, told closer
        elif ida and idb:
            # two neighbourhoods a kilometre apart are two places; two records of one place
            # (a province from two tables) are one
            if ida != idb and km(pa, pb) > _SAME_RECORD_KM:
                return False
        elif km(pa, pb) > _SAME_PLACE_KM:
            return False
    if _other_days(a, b):
        return False
    if a.actor1 and b.actor1 and a.actor1.name != b.actor1.name \
            and not a.actor1.name.startswith("Unidentified") and not b.actor1.name.startswith("Unidentified"):
        return False
    return True


_REGION_KM = 150.0
_REGION_NO_ADMIN_KM = 60.0
_CITY_KM = 15.0
_TOWN_FEATURES = {"locality", "county"}
_INNER_FEATURES = {"neighbourhood", "poi"}


def _refines(town: Frame, inner: Frame) -> bool:
    """``inner`` tells ``town``'s act at a neighbourhood of that town, by the same named actor on
    the same day (an actor is required: two unclaimed blasts in one city are two events)."""
    if town.place is None or inner.place is None:
        return False
    if town.place.feature not in _TOWN_FEATURES or inner.place.feature not in _INNER_FEATURES:
        return False
    if not (town.actor1 and inner.actor1 and town.actor1.name == inner.actor1.name
            and not town.actor1.name.startswith("Unidentified")):
        return False
    if not (town.date and inner.date and town.date.date == inner.date.date):
        return False
    pa, pb = _point(town), _point(inner)
    return pa is not None and pb is not None and km(pa, pb) <= _CITY_KM


def merge(frames: list[Frame]) -> list[Frame]:
    """Merge retellings, drop headline and region-level summaries of events told in detail,
    and give anonymous bombardments the article's bombing side."""
    return _campaign_actor(_drop_region_summaries(_fold_battles_into_captures(
        _merge(_drop_headline_summaries(frames)))))


_CAPTURES = {"Non-state actor overtakes territory", "Government regains territory"}


def _same_place(a: Frame, b: Frame) -> bool:
    pa, pb = _point(a), _point(b)
    if pa is None or pb is None:
        return False
    ida, idb = a.place.place_id, b.place.place_id   # type: ignore[union-attr]
    if ida and idb and ida == idb:
        return True
    return km(pa, pb) <= _SAME_RECORD_KM


def _fold_battles_into_captures(frames: list[Frame]) -> list[Frame]:
    """«سيطر جيش الفتح على سد كوكب بعد اشتباكات مع لواء شهداء اليرموك»: the fight a sentence
    tells as what led up to its capture («بعد», «إثر», «عقب») is the capture, not another
    event; its dead are the capture's.

    Why: ACLED codes a capture won by fighting once, as the capture. In the three annotated
    sets (data/dev2, data/dev3 and the development set, 69 captures) no capture has an armed
    clash at the same place on the same day beside it. Folding every such pair lost more than
    it gained (a clash told apart, in another sentence, is often another event); the fight the
    text itself puts before the capture is the capture."""
    captures = [f for f in frames if f.pair[1] in _CAPTURES]
    if not captures:
        return frames
    out = []
    for f in frames:
        if f.pair[1] == "Armed clash" and f.prelude:
            won = next((c for c in captures if c.sentence == f.sentence and c.trigger.start < f.trigger.start
                        and (f.place is None or c.place is None or _same_place(c, f))), None)
            if won is not None:
                if won.fatalities is None and f.fatalities is not None:
                    won.fatalities = f.fatalities
                if won.actor2 is None and won.actor1 is not None:
                    # the side the capture was won from is the one it fought
                    other = [a for a in (f.actor1, f.actor2) if a is not None and a.name != won.actor1.name]
                    if len(other) == 1 and not other[0].name.startswith("Unidentified"):
                        won.actor2 = other[0]
                continue
        out.append(f)
    return out


def _drop_headline_summaries(frames: list[Frame]) -> list[Frame]:
    """A title («مقتل 33 مسلحا بانفجار سيارة مفخخة بالموصل») summarises the body: its events
    count only when the body tells no event of the same type (the title is then all there is)."""
    body_types = {f.pair[0] for f in frames if not f.headline}
    # a bare death word in a title («قوات الأسد تقتل 18 شخصا في حلب») sums up whatever violent
    # act the body tells, whatever its kind
    body_violent = bool(body_types & _VIOLENT)
    return [f for f in frames if not (f.headline and (f.pair[0] in body_types
                                                      or (not f.ttype.strong and body_violent)))]


# sub-types whose unnamed instances an article almost always attributes, elsewhere, to one side
# (a day of coalition air strikes, a regime shelling campaign)
_CAMPAIGN_TYPES = {"Air/drone strike", "Shelling/artillery/missile attack"}


def _campaign_actor(frames: list[Frame]) -> list[Frame]:
    """An air strike or shelling with no named actor takes the side the same article names most
    often for that kind of event («وشنت طائرات التحالف غارات ...»; «واستهدفت الغارات ...»); an
    air strike still unnamed after that, the air force that flies nearly all strikes where it
    happened (``data/air_campaigns.yaml``; a shelling retold as an air strike keeps no ground
    side's name)."""
    frames = _named_campaign_actor(frames)
    for f in frames:
        if f.pair[1] == "Air/drone strike" and f.place is not None and not f.source_unknown and (
                f.actor1 is None or f.actor1.name.startswith("Unidentified")):
            year = int(f.date.date[:4]) if f.date and f.date.date[:4].isdigit() else None
            f.actor1 = air_campaign_actor(f.place.country, year) or f.actor1
    return frames


def _named_campaign_actor(frames: list[Frame]) -> list[Frame]:
    for sub in _CAMPAIGN_TYPES:
        named = [f.actor1 for f in frames if f.pair[1] == sub and f.actor1 is not None
                 and f.actor1.id is not None and not f.actor1.name.startswith("Unidentified")]
        if not named:
            continue
        counts: dict[str, int] = {}
        for a in named:
            counts[a.name] = counts.get(a.name, 0) + 1
        top = max(counts, key=counts.get)
        actor = next(a for a in named if a.name == top)
        for f in frames:
            if f.pair[1] == sub and not f.source_unknown and (f.actor1 is None or f.actor1.name.startswith("Unidentified")):
                f.actor1 = replace(actor, name_ar=None)
                if f.actor2 is not None and f.actor2.name == actor.name:
                    f.actor2 = None
    return frames


def _within_region(place, region, dist: float) -> bool:
    """``place`` lies in the province ``region``: the same admin1 when both carry one (the
    province of Al-Jawf is not summed up by an event in Sanaa 110 km away), else near it."""
    if place.admin1 and region.admin1:
        return place.admin1 == region.admin1 and dist <= _REGION_KM
    return dist <= _REGION_NO_ADMIN_KM   # a place with no province known: only close to its seat


def _drop_region_summaries(frames: list[Frame]) -> list[Frame]:
    """A province-level event («معارك الأنبار» in a headline) with a same-type event placed more
    precisely within ``_REGION_KM`` is the summary of that event, not another one."""
    out = []
    for f in frames:
        p = _point(f)
        if f.place is not None and f.place.geo_precision == 3 and p is not None and any(
                g is not f and g.pair[0] == f.pair[0] and g.place is not None and g.place.geo_precision < 3
                and _point(g) is not None and _within_region(g.place, f.place, km(p, _point(g)))
                for g in frames):
            continue
        out.append(f)
    return out


def _merge(frames: list[Frame]) -> list[Frame]:
    out: list[Frame] = []
    # where each event was last told: a retelling («لقد كان انفجارا كبيرا ...») brings the act
    # back, and a bare count of the dead right after it is that act's toll
    told: dict[int, int] = {}
    unsupported: set[int] = set()   # events only ever told by a bare generic word (_bare_generic)
    for f in frames:
        if f.generic and f.claim:
            # «أعلنت حركة طالبان مسؤوليتها عن الهجوم»: the claimed act is the latest violent
            # event already told, whatever its weapon; the claimer is its author
            target = next((g for g in reversed(out) if g.pair[0] == f.pair[0]), None) or \
                next((g for g in reversed(out) if g.pair[0] in _VIOLENT), None)
            if target is not None:
                told[id(target)] = f.sentence.end
                if f.actor1 is not None and (target.actor1 is None or target.actor1.name.startswith("Unidentified")):
                    target.actor1 = f.actor1
                continue
        if f.place is None:
            continue   # a claim with nothing to refer back to
        toll_of = _toll_target(f, out, told)
        if toll_of is not None:
            # «وأوضح أن ثلاثة مدنيين وثلاثة رجال شرطة قتلوا»: a bare death count near an act
            # told the same day is that act's toll
            if f.fatalities is not None and (toll_of.fatalities is None or f.fatalities > toll_of.fatalities):
                toll_of.fatalities = f.fatalities
            continue
        if f.generic and any(g.pair[0] == f.pair[0] for g in out) and not _own_toll_elsewhere(f, out):
            _carry_toll(f, out)
            continue
        if f.generic and f.ttype.inherit and any(g.pair[0] in _VIOLENT for g in out):
            continue   # «الهجوم» names whatever attack was told, whatever its weapon
        if f.generic and not f.own_place and not f.headline:
            continue   # «الإصابات الناتجة عن الانفجار»: the act it refers to is not told here
        for g in out:
            if same_event(g, f):
                _absorb(g, f)
                told[id(g)] = f.sentence.end
                if not _bare_generic(f):
                    unsupported.discard(id(g))
                break
        else:
            out.append(f)
            if _bare_generic(f):
                unsupported.add(id(f))
    return [g for g in out if id(g) not in unsupported or g.fatalities is not None]


def _bare_generic(f: Frame) -> bool:
    """A definite generic word («المعركة», «القتال», «الغارات», «المظاهرة») that is the only act
    word of its clause (not «الغارات استهدفت تعز») and tells no day, no dead, no toll that rose
    and is no headline: «وقلدهم نوط الشرف ونوط المعركة», «تم ذلك بسفرها إلى مناطق
    القتال», «لم تسلم من الاقتتال». ``_merge`` keeps an event first told by such a word only
    when a later telling is no such word, or a count of its dead comes to it.

    Why: a definite generic word refers to an act the reader already knows; when the article
    never tells that act, the word names a war, a front or a kind of act, not an event
    (ANNOTATION.md: general statements are not events). On the first 2,000 SaudiNewsNet
    articles this drops 12 events, all such words (a fight going on or breaking out again,
    «تجدد الاشتباكات في مطار الثعلة», is told, not bare: ``FrameBuilder._GOING_ON``); the
    three annotated sets lose none."""
    return f.lone and not f.headline and not f.toll_update and f.fatalities is None \
        and (f.date is None or f.date.precision > 1)


_TOLL_KM = 25.0
_TOLL_REACH = 400     # characters between the act's sentence and the count's


def _toll_target(f: Frame, out: list[Frame], told: dict[int, int]) -> Optional[Frame]:
    """The violent event told earlier that a bare killing frame ``f`` counts the dead of.
    ``told``: where each event of ``out`` was last retold (by ``id``), if later than its own
    sentence."""
    if f.ttype.id != "killing" or f.ttype.strong or f.new_story:
        return None
    pf = _point(f)
    for g in reversed(out):
        if g.pair[0] not in _VIOLENT or g.ttype.id == "killing":
            continue
        last = max(g.sentence.end, told.get(id(g), -1))
        if f.sentence.start - last > _TOLL_REACH:
            continue   # only an act told (or retold) just before
        if _other_days(f, g):
            continue
        pg = _point(g)
        if pf is not None and pg is not None and km(pf, pg) <= _TOLL_KM:
            return g
    return None


_ELSEWHERE_KM = 25.0


def _carry_toll(f: Frame, out: list[Frame]) -> None:
    """«قتل اثنان من رجال المقاومة خلال المعارك، مقابل مقتل 10 من مسلحي الحوثي»: a definite
    fight word that refers back gives its count of the dead to the event it refers to (the
    latest of its kind, when that one counted fewer or none)."""
    if not f.fatalities or (f.date is not None and f.date.precision >= 3):
        return     # «أدت إلى مقتل 130 شخصا هذا الشهر»: a month's toll of many acts
    g = next((g for g in reversed(out) if g.pair[0] == f.pair[0]), None)
    if g is None:
        return
    pf, pg = _point(f), _point(g)
    if pf is not None and pg is not None and km(pf, pg) > _ELSEWHERE_KM:
        return
    if _other_days(f, g):
        return
    if g.fatalities is None or f.fatalities > g.fatalities:
        g.fatalities = f.fatalities


def _own_toll_elsewhere(f: Frame, out: list[Frame]) -> bool:
    """«قتلوا ... في مواجهات جبل صبر والضباب السبت»: a definite or place-named fight word that
    brings its own place, its own day and its own toll, far from every event of its kind told
    so far, tells a new event, not the one told before."""
    if not (f.own_place and f.fatalities and f.date is not None and (f.date.precision == 1 or f.toll_update)):
        return False
    pf = _point(f)
    if pf is None:
        return False
    # a toll told as of the report's day is not that of a fight dated only by its month
    return all(g.pair[0] != f.pair[0] or _point(g) is None or km(pf, _point(g)) > _ELSEWHERE_KM
               or (f.toll_update and g.date is not None and g.date.precision >= 3) for g in out)


def _absorb(g: Frame, f: Frame) -> None:
    """Fill ``g``'s gaps from ``f`` (a later retelling of the same event)."""
    if _refines(g, f):
        g.place = f.place      # the neighbourhood the retelling names
    if f.ttype.priority > g.ttype.priority and f.pair[0] == g.pair[0] and f.ttype.strong:
        g.pair, g.ttype = f.pair, f.ttype
    if g.fatalities is None or (f.fatalities is not None and f.fatalities > g.fatalities):
        g.fatalities = f.fatalities if f.fatalities is not None else g.fatalities
    if (g.date is None or g.date.precision > 1) and f.date is not None and f.date.precision == 1:
        g.date = f.date
    if g.actor1 is None or g.actor1.name.startswith("Unidentified"):
        if f.actor1 is not None and not f.actor1.name.startswith("Unidentified"):
            g.actor1 = f.actor1
    if g.actor2 is None and f.actor2 is not None:
        g.actor2 = f.actor2
    if g.attribution is None:
        g.attribution = f.attribution
    g.confidence = min(0.95, g.confidence + 0.1)
