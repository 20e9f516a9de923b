"""Toponym recognition and geocoding against the shipped gazetteer.

Mordecai-style, in three steps, each with the whole document as context:

1. **Candidates.** Every gazetteer name in the tokens (clitics understood: «بحلب», «وفي حلب»),
   longest name first, with the trigger words before it («ريف», «حي», «محافظة», «شمال» ...) and
   directional adjectives after it («ريف حلب الشمالي»).
2. **Is it a place at all?** An evidence score: trigger word, NER LOC tag, coordination with an
   accepted place, locative preposition, the best candidate's population or rank, nearby places;
   minus penalties for names that are ordinary words (``common_words.tsv``, ``ambiguous.tsv``).
   Below the threshold the explicit "none" candidate wins and nothing is returned.
3. **Which place?** Candidates ranked by the document's countries (country names, demonyms,
   unambiguous places), distance to the other places of the article, the feature type the trigger
   announces, population and the admin1 of co-mentioned places. A same-named place abroad only
   wins with evidence (its country is in the article, or it is far bigger).

The document is read twice: strong mentions first (they fix the countries and the anchors), then
every mention ranked against those anchors.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional, Sequence

from rasd.gazetteer.cues import CueMatch, PlaceCues
from rasd.gazetteer.lookup import Gazetteer, NameMatch, haversine_km
from rasd.gazetteer.records import GazEntry
from rasd.model import Doc, Mention, Place, Token
from rasd.text.normalize import norm_key

# Countries rasd's news is about: a same-named place elsewhere needs evidence.
FOCUS = frozenset({"SY", "IQ", "YE", "LY", "LB", "PS", "SA"})
ACCEPT = 2.5           # evidence threshold of the "none of these" candidate
_LOCATIVE_CLITIC = "ب"


@dataclass(slots=True)
class _Cand:
    """One name occurrence while the document is being read."""

    match: NameMatch
    start_tok: int                     # first token of the phrase (trigger words included)
    end_tok: int                       # after the last token (directional adjective included)
    start: int
    end: int
    cues: list[CueMatch] = field(default_factory=list)
    weak: bool = False
    ner: bool = False
    coordinated: bool = False
    genitive: bool = False
    evidence: float = 0.0
    ranked: list[tuple[float, GazEntry]] = field(default_factory=list)
    accepted: bool = False

    @property
    def cue_feature(self) -> Optional[str]:
        if not self.cues:
            return None
        return self.cues[-1].cue.feature      # the word right before the name decides the kind

    @property
    def cue_precision(self) -> int:
        return max((c.cue.precision for c in self.cues), default=1)


@dataclass(slots=True)
class _Context:
    countries: dict[str, float] = field(default_factory=dict)
    anchors: list[tuple[int, GazEntry]] = field(default_factory=list)   # (cand index, entry)
    admin1: set[tuple[str, str]] = field(default_factory=set)


class Geocoder:
    """Loads the gazetteer once per process (``Geocoder.load()``), then geocodes documents."""

    _instance: Optional["Geocoder"] = None

    def __init__(self, gazetteer: Optional[Gazetteer] = None, cues: Optional[PlaceCues] = None) -> None:
        self.gaz = gazetteer or Gazetteer.load()
        self.cues = cues or PlaceCues.load()

    @classmethod
    def load(cls) -> "Geocoder":
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    # ------------------------------------------------------------------ public interface

    def find_places(self, doc: Doc, ner: Sequence[Mention] = ()) -> list[Mention]:
        """Places named in ``doc`` as ``Mention(kind="place", value=Place)``, disambiguated with
        the whole document as context. ``geo_precision`` reflects the local context («ريف»,
        «أطراف», «محافظة» ...). The mention span covers the words that name the place including
        such trigger words. ``ner`` gives LOC entities from the NER model as extra evidence."""
        tokens = list(doc.tokens)
        cands = self._candidates(tokens, ner)
        if not cands:
            return []
        ctx = self._document_context(tokens, cands)
        # pass 1: strong mentions fix anchors; pass 2: everything against the anchors
        for c in cands:
            self._rank(c, ctx, exclude=None)
            self._judge(c, ctx, cands)
        for i, c in enumerate(cands):
            if c.accepted and c.ranked and c.evidence >= ACCEPT + 1 and c.ranked[0][1].feature not in ("country", "region"):
                top = c.ranked[0]
                if len(c.ranked) == 1 or top[0] - c.ranked[1][0] >= 1.0:
                    ctx.anchors.append((i, top[1]))
                    if top[1].admin1:
                        ctx.admin1.add((top[1].country, top[1].admin1))
                    ctx.countries[top[1].country] = ctx.countries.get(top[1].country, 0) + 1
        for i, c in enumerate(cands):
            self._rank(c, ctx, exclude=i)
            self._judge(c, ctx, cands)
        return [m for c in cands if c.accepted and (m := self._mention(doc, c)) is not None]

    def main_country(self, doc: Doc, places: Sequence[Mention]) -> Optional[str]:
        """ISO code of the article's main country, from its places (None if unclear).

        Precise places count fully, provinces less and bare country names least: Saudi press
        names «المملكة» in every article, but the events happen where the towns are."""
        weights = {"country": 0.4, "region": 0.8}
        counts: dict[str, float] = {}
        for m in places:
            p = m.value
            c = getattr(p, "country", None)
            if c:
                counts[c] = counts.get(c, 0.0) + weights.get(getattr(p, "feature", None) or "", 1.0)
        return max(counts, key=lambda k: counts[k]) if counts else None

    # ------------------------------------------------------------------ step 1: candidates

    def _candidates(self, tokens: list[Token], ner: Sequence[Mention]) -> list[_Cand]:
        matches = self.gaz.find(tokens)
        out: list[_Cand] = []
        busy_until = 0
        loc_spans = [(m.start, m.end) for m in ner if m.kind in ("LOC", "GPE", "FAC")]
        for m in matches:
            if m.token_start < busy_until or m.key in self.cues.generic:
                continue
            if not self._usable(tokens, m):
                continue
            c = self._extend(tokens, m, floor=busy_until)
            c.ner = any(s < m.end and m.start < e for s, e in loc_spans)
            out.append(c)
            busy_until = c.end_tok
        for k, c in enumerate(out):
            prev = out[k - 1] if k else None
            first = tokens[c.match.token_start]
            if prev is not None and not c.cues and first.norm.startswith("و") \
                    and c.match.token_start == prev.end_tok:
                c.coordinated = True
                c.cues = list(prev.cues)           # «بلدتي الفوعة وكفريا»: the cue governs both
        return out

    def _usable(self, tokens: list[Token], m: NameMatch) -> bool:
        """Reject matches that cut a word oddly (a one-letter clitic reading of a short word)."""
        first = tokens[m.token_start]
        return len(m.key.replace(" ", "")) >= 2 and first.is_word

    def _extend(self, tokens: list[Token], m: NameMatch, floor: int) -> _Cand:
        start_tok = m.token_start
        cues: list[CueMatch] = []
        inner = self.cues.cue_inside(m.key)      # «محافظة حلب» matched as one official name
        if inner is not None:
            cues.append(CueMatch(inner[0], m.token_start, m.token_start + inner[1], m.key.split(" ")[0]))
        while len(cues) < 3:
            cm = self.cues.cue_before(tokens, start_tok, floor)
            if cm is None:
                break
            cues.insert(0, cm)
            start_tok = cm.token_start
        end_tok = m.token_end + self.cues.after_len(tokens, m.token_end)
        first = tokens[start_tok]
        start = _phrase_start(first, cues[0].form if cues else m.key.split(" ")[0])
        c = _Cand(match=m, start_tok=start_tok, end_tok=end_tok, start=start,
                  end=tokens[end_tok - 1].end, cues=cues)
        before = start_tok - 1
        c.weak = (first.norm.startswith(_LOCATIVE_CLITIC) and start > first.start) or \
            (first.norm[:2] in ("وب", "فب") and start > first.start) or \
            (before >= 0 and tokens[before].is_word and
             any(f in self.cues.weak for f in tokens[before].forms[:2]))
        nxt = tokens[end_tok] if end_tok < len(tokens) else None
        c.genitive = bool(nxt is not None and nxt.is_word and nxt.norm.startswith("ال")
                          and end_tok == m.token_end and " " not in m.key)
        return c

    # ------------------------------------------------------------------ context

    def _document_context(self, tokens: list[Token], cands: list[_Cand]) -> _Context:
        ctx = _Context()
        for t in tokens:
            if t.is_word:
                for f in t.forms[:2]:
                    cc = self.cues.demonyms.get(f)
                    if cc:
                        ctx.countries[cc] = ctx.countries.get(cc, 0) + 0.5
                        break
        for c in cands:
            for i in c.match.entries:
                e = self.gaz.entries[i]
                if e.feature == "country" and len(c.match.entries) == 1:
                    ctx.countries[e.country] = ctx.countries.get(e.country, 0) + 1
        return ctx

    # ------------------------------------------------------------------ step 3: ranking

    def _rank(self, c: _Cand, ctx: _Context, exclude: Optional[int]) -> None:
        scored = []
        for i in _dedupe(self.gaz, c.match.entries):
            e = self.gaz.entries[i]
            scored.append((self._score(e, c, ctx, exclude), e))
        scored.sort(key=lambda x: (-x[0], x[1].id))
        c.ranked = scored

    def _score(self, e: GazEntry, c: _Cand, ctx: _Context, exclude: Optional[int]) -> float:
        s = 0.0
        w = ctx.countries.get(e.country, 0.0)
        if w > 0:
            s += min(2.5, 1.5 + 0.5 * w)
        elif e.country in FOCUS:
            s += 0.5
        else:
            s -= 1.5
        s += 0.35 * math.log10(e.population + 1)
        feat = c.cue_feature
        if feat == "region":
            s += {"region": 2.5, "county": 1.0, "locality": 0.0}.get(e.feature, -1.0)
        elif feat == "neighbourhood":
            s += {"neighbourhood": 2.0, "locality": 0.5}.get(e.feature, -1.0)
        elif feat == "locality":
            s += {"locality": 1.0, "poi": 0.8, "neighbourhood": 0.5, "county": 0.3}.get(e.feature, -1.0)
        else:
            s += {"locality": 0.6, "country": 1.0, "region": 0.4, "county": 0.1, "poi": 0.3}.get(e.feature, -0.3)
        d = self._nearest_anchor(e, ctx, exclude)
        if d is not None:
            if d <= 15:
                s += 3.0
            elif d <= 50:
                s += 2.0
            elif d <= 150:
                s += 0.7
        if e.admin1 and (e.country, e.admin1) in ctx.admin1:
            s += 1.0
        if e.feature == "neighbourhood" and (d is None or d > 25):
            s -= 2.5
        if e.geonames_id is not None:
            s += 0.2
        return s

    def _nearest_anchor(self, e: GazEntry, ctx: _Context, exclude: Optional[int]) -> Optional[float]:
        best: Optional[float] = None
        for k, a in ctx.anchors:
            if k == exclude or a.id == e.id:
                continue
            d = haversine_km(e.lat, e.lon, a.lat, a.lon)
            if best is None or d < best:
                best = d
        return best

    # ------------------------------------------------------------------ step 2: place or not

    def _judge(self, c: _Cand, ctx: _Context, cands: list[_Cand]) -> None:
        if not c.ranked:
            c.accepted = False
            return
        score, best = c.ranked[0]
        key = c.match.key
        own_cue = any(cm.token_end <= c.match.token_end and cm.token_start >= c.start_tok for cm in c.cues) \
            and not c.coordinated
        # an inherited cue does not make a frequent word a place («شمال الرمادي وعلى الحامضية»)
        explicit = own_cue or c.ner or (c.coordinated and self.cues.common.get(key, 0) < 200)
        ev = 0.0
        if c.cues:
            ev += 3.0
        if c.coordinated:
            ev += 0.5                          # plus the inherited cue above
        if c.ner:
            ev += 2.5
        if c.weak:
            ev += 1.0
        if " " in key:
            ev += 1.0
        pop = best.population
        if best.feature in ("country", "region") or pop >= 1_000_000:
            ev += 3.5 if pop >= 1_000_000 else 2.5
        elif pop >= 100_000:
            ev += 2.5
        elif pop >= 10_000:
            ev += 1.5
        elif pop >= 1_000:
            ev += 0.5
        d = self._nearest_anchor(best, ctx, exclude=cands.index(c))
        near = d is not None and d <= 50
        if near:
            ev += 1.5 if d is not None and d <= 25 else 0.8
        if best.country not in FOCUS and ctx.countries.get(best.country, 0) <= 0:
            ev -= 1.5
        level = self.cues.ambiguous.get(key)
        if not explicit:
            if level == "trigger":
                ev -= 6.0
            elif level == "context":
                in_country = ctx.countries.get(best.country, 0) > 0 or near
                ev -= 1.0 if (c.weak and in_country) else 4.0
            elif key in self.cues.common:
                ev -= 5.0
            if c.genitive:
                ev -= 1.0
            if best.feature == "neighbourhood" and not near:
                ev -= 3.0
        c.evidence = ev
        c.accepted = ev >= ACCEPT

    # ------------------------------------------------------------------ output

    def _mention(self, doc: Doc, c: _Cand) -> Optional[Mention]:
        score, e = c.ranked[0]
        if e.feature in ("country", "region"):
            precision = 3
        else:
            base = 2 if e.feature == "county" else 1
            precision = max(base, c.cue_precision)
            if c.cue_feature == "region" and precision == 3:
                precision = 2                  # «محافظة X» resolved to the town X: near it
        text = doc.text[c.start:c.end]
        place = Place(name=e.name, name_ar=text, country=e.country, lat=e.lat, lon=e.lon,
                      geo_precision=precision, admin1=e.admin1, geonames_id=e.geonames_id,
                      place_id=e.id, feature=e.feature, approximate=e.approximate)
        conf = 1.0 / (1.0 + math.exp(-(c.evidence - ACCEPT)))
        return Mention(kind="place", start=c.start, end=c.end, text=text, key=e.id, value=place,
                       token_start=c.start_tok, token_end=c.end_tok, score=round(conf, 3))


def _phrase_start(tok: Token, form: str) -> int:
    """Where a phrase whose first word was matched as ``form`` starts inside ``tok``: after the
    clitics that were stripped («بريف» → «ريف», «وكفريا» → «كفريا»), keeping the article
    («والرقة» → «الرقة»)."""
    norm = tok.norm
    for kept in ("ال" + form, form):
        if norm.endswith(kept):
            skip = len(norm) - len(kept)
            break
    else:
        return tok.start
    if skip <= 0:
        return tok.start
    seen = 0
    for k, ch in enumerate(tok.text):
        if norm_key(ch):
            seen += 1
            if seen == skip:
                return tok.start + k + 1
    return tok.start


def _dedupe(gaz: Gazetteer, indices: Sequence[int]) -> list[int]:
    """One record per physical place: same-named records closer than 3 km collapse to the most
    informative one (population, GeoNames id, WOF/rasd record)."""
    kept: list[int] = []
    for i in sorted(indices, key=lambda k: (-gaz.entries[k].population,
                                            gaz.entries[k].geonames_id is None, gaz.entries[k].id)):
        e = gaz.entries[i]
        if any(gaz.entries[j].feature == e.feature and
               haversine_km(e.lat, e.lon, gaz.entries[j].lat, gaz.entries[j].lon) < 3 for j in kept):
            continue
        kept.append(i)
    return kept
