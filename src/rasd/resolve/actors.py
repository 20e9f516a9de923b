"""Actor recognition and resolution to canonical actors.

Why this shape: actors are found in one pass of the shared phrase matcher over the article's
tokens (clitics and the article are handled there), against every alias the knowledge base
knows (``rasd.kb``): named actors, generic agents typed by country, people with dated roles,
and bare nouns that refer back. Candidates first, then a choice in context:

1. *Which reading*: at each position the longest phrase whose entry applies wins; an entry
   may apply only in articles about one country («الانقلابيين» is the Houthis in Yemen), so
   when it does not, a shorter reading at the same position gets its turn.
2. *Which actor*: a named actor (followed to its successor if the article is dated after the
   group was renamed); a person → the organisation of their role on the publication date; a
   generic agent → typed by the country the phrase names («الجيش العراقي») or the article's
   country («الجيش» → "Military Forces of Yemen"), unless a named actor stands for it then
   (Hadi's forces for «mil:YE» since 2012); an anaphor («التنظيم») → the last compatible named
   actor; a derogatory label («الإرهابيين») → the last armed non-state actor of this or the
   previous sentence, else "Unidentified Armed Group (<country>)".
3. Nouns written before a named actor («مسلحي داعش», «ميليشيا الحوثي») join its mention, so
   ``name_ar`` is the phrase the outlet used.
4. PERS/ORG entities from the NER model that nothing resolved are kept as new actors
   (``id=None``, the Arabic surface as name) rather than dropped.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from datetime import date
from itertools import compress
from operator import attrgetter
from typing import Callable, Optional, Sequence, Union

from rasd.kb import Entry, KnowledgeBase, default_kb
from rasd.kb.forms import alias_variants
from rasd.kb.records import ActorRecord
from rasd.model import Actor, Doc, Mention, Token
from rasd.recognize.matcher import Match, PhraseMatcher, phrase_keys
from rasd.text.starts import share

_SKIP = frozenset({'"', "'", "(", ")", "«", "»", "“", "”", "‘", "’", "[", "]", "-", "ـ"})
_NORM = attrgetter("norm")
_START = attrgetter("start")


def _kept_positions(tokens: Sequence[Token]) -> list[int]:
    """Indices of the tokens the matcher reads: words, and punctuation other than quotes,
    brackets and dashes (``[i for i, t in enumerate(tokens) if t.is_word or t.norm not in
    _SKIP]``; ``tests/resolve/test_actor_positions.py``).

    The few tokens written as one of ``_SKIP`` are picked in C (one set test per token), and
    only those that are not words are dropped: two C passes over the tokens instead of five
    (about a quarter less time), and none when an article has no quote or bracket."""
    n = len(tokens)
    drop = [i for i in compress(range(n), map(_SKIP.__contains__, map(_NORM, tokens)))
            if not tokens[i].is_word]
    if not drop:
        return list(range(n))
    keep = bytearray(b"\x01") * n
    for i in drop:
        keep[i] = 0
    return list(compress(range(n), keep))
_KIND_RANK = {"actor": 0, "person": 1, "agent": 2, "anaphor": 3}
ARMED_NONSTATE = frozenset({"rebels", "political militia", "identity militia"})
NER_KINDS = frozenset({"PERS", "PER", "ORG"})
LABEL_WINDOW_SENTENCES = 1   # a label may refer to an actor of this or the previous sentence


_DEFINITE = re.compile(r"^[وف]?(?:[بكل]?ال|لل)")


def _definite(t: Token) -> bool:
    """The word carries the article, possibly after و/ف/ب/ل («والقوات», «للتنظيم»)."""
    return "ال" in t.prefixes or bool(_DEFINITE.match(t.norm))


_NISBA_END = ("ي", "يه", "يين", "يون")


def _definite_nisba(t: Token) -> bool:
    """A definite nisba adjective («الجمهوري», «الكردية»): it would name a different group."""
    return t.is_word and _definite(t) and any(f.endswith(_NISBA_END) for f in t.forms[-1:])


def _year(published: Optional[str]) -> tuple[Optional[int], Optional[date]]:
    if not published:
        return None, None
    try:
        d = date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None, None
    return d.year, d


class _Deferred:
    """The article's main country, worked out only when a reading asks for it (at most once).

    Why: the country types generic agents («الحكومة» → "Government of Saudi Arabia") and
    decides aliases that apply in one country only; an article whose every reading is a named
    actor or a person never asks for it, and then its places (the main country's source, the
    pipeline's costliest stage) need not be found when nothing else reads them
    (``Pipeline.may_frame``)."""

    __slots__ = ("_get", "_value", "_done")

    def __init__(self, get: Callable[[], Optional[str]]) -> None:
        self._get = get
        self._value: Optional[str] = None
        self._done = False

    def __call__(self) -> Optional[str]:
        if not self._done:
            self._value, self._done = self._get(), True
        return self._value


_Country = Union[Optional[str], _Deferred]


def _value(country: _Country) -> Optional[str]:
    return country() if isinstance(country, _Deferred) else country


class ActorResolver:
    """Loads the actor knowledge base once per process (``ActorResolver.load()``)."""

    _instance: Optional["ActorResolver"] = None

    def __init__(self, kb: Optional[KnowledgeBase] = None) -> None:
        self.kb = kb or default_kb()
        self.matcher: PhraseMatcher[Entry] = PhraseMatcher()
        for phrase, entry in self.kb.entries():
            self.matcher.add(phrase, entry)
        self.prefix_keys = frozenset(k for p in self.kb.prefix_nouns for k in phrase_keys(p))
        self.connector_keys = frozenset(k for p in self.kb.connectors for k in phrase_keys(p))
        self._prefix_cache: dict[tuple[str, ...], bool] = {}
        self.anaphor_adj_keys = frozenset(k for w in self.kb.anaphor_adjectives for form in alias_variants(w)
                                          for k in phrase_keys(form))
        self._compat = {i: frozenset(r.id for r in self.kb.actors.values() if self.kb.compatible(a, r))
                        for i, a in enumerate(self.kb.anaphors)}

    @classmethod
    def load(cls) -> "ActorResolver":
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    # ------------------------------------------------------------------ public
    def find_actors(self, doc: Doc, country: Optional[str] = None,
                    ner: Sequence[Mention] = (),
                    country_of: Optional[Callable[[], Optional[str]]] = None) -> list[Mention]:
        """Actor mentions in ``doc`` as ``Mention(kind="actor", value=Actor)``, left to right.

        ``country`` (the article's main country) types generic agents («مسلحين» →
        "Unidentified Armed Group (Iraq)"); anaphora («التنظيم») resolve to the last compatible
        named actor; ``ner`` gives PERS/ORG entities from the NER model as extra candidates.
        The publication date (``doc.article.published``) selects dated roles. ``country_of``
        (instead of ``country``): a function that gives the main country, called only if a
        reading needs it (the same mentions as ``country=country_of()``)."""
        year, day = _year(doc.article.published)
        idx = _kept_positions(doc.tokens)
        toks = list(map(doc.tokens.__getitem__, idx))
        share(toks, doc.tokens, idx)     # its matcher's scan reuses the article's token masks
        matches = self.matcher.find(toks)
        where: _Country = country
        if country_of is not None:
            def main_or_inferred() -> Optional[str]:
                got = country_of()
                return self._infer_country(matches) if got is None else got
            where = _Deferred(main_or_inferred)
        elif country is None:
            where = self._infer_country(matches)
        picks = self._pick(matches, toks, where, day)
        return self._resolve(doc, idx, toks, picks, where, year, day, ner)

    # ------------------------------------------------------------------ reading choice
    def _applies(self, e: Entry, country: _Country, day: Optional[date],
                 first: Optional[Token] = None, length: int = 1, after: Optional[Token] = None,
                 suffixed: bool = False) -> bool:
        if e.only_in is not None and e.only_in != _value(country):
            return False
        if e.kind == "actor" and (suffixed or (e.bare and first is not None and _definite(first))):
            # a name takes no possessive pronoun («وإخوانه» is his brothers, «حماسهم» their
            # zeal), and a name that is also a common noun no article («الحماس»)
            return False
        if e.kind == "anaphor" and length == 1 and after is not None and _definite_nisba(after) \
                and not any(f in self.anaphor_adj_keys for f in after.forms):
            return False   # «الحزب الجمهوري»: a definite adjective after the noun names another referent
        if e.kind == "anaphor" and length < 2 and first is not None and not _definite(first):
            return False   # a bare indefinite noun («طائرات») is no mention
        if e.kind == "anaphor" and first is not None and not _definite(first):
            # «قوات» (indefinite) introduces forces; only «القوات» refers back. An anaphor with a
            # fallback agent still reads: «طائرات حربية» are the country's military by default
            a = self.kb.anaphors[int(e.ref)]
            return a.indefinite and a.fallback is not None
        if e.kind == "person":
            return self.kb.persons[e.ref].role_on(day) is not None
        return True

    def _best(self, m: Match[Entry], country: _Country, day: Optional[date],
              toks: Optional[list[Token]] = None, base: int = 0) -> Optional[Entry]:
        first = after = None
        if toks is not None:
            first = toks[base + m.token_start]
            k = base + m.token_end
            after = toks[k] if k < len(toks) else None
        length = m.token_end - m.token_start
        # one word read only once its pronoun suffix is stripped («إخوانه» as «إخوان»)
        suffixed = length == 1 and first is not None and bool(first.suffix) \
            and not m.keys[-1].endswith(first.suffix)
        ok = [e for e in m.values if self._applies(e, country, day, first, length, after, suffixed)]
        if not ok:
            return None
        return min(ok, key=lambda e: (e.only_in is None, _KIND_RANK[e.kind], e.country is None))

    def _pick(self, matches: list[Match[Entry]], toks: list[Token], country: _Country,
              day: Optional[date]) -> list[tuple[int, int, Entry]]:
        """The longest applicable reading at each position, left to right.

        The matcher gives the longest phrase; when none of its entries applies here (an alias
        of another country, a person with no role on that date), the phrases inside its span
        are read again, longest first, so a shorter reading gets its turn."""
        picks: list[tuple[int, int, Entry]] = []
        for m in matches:
            e = self._best(m, country, day, toks)
            if e is not None:
                picks.append((m.token_start, m.token_end, e))
                continue
            base = m.token_start
            sub = self.matcher.find(toks[base:m.token_end], overlapping=True)
            sub.sort(key=lambda x: (x.token_start, x.token_start - x.token_end, x.splits))
            cursor = 0
            for x in sub:
                if x.token_start < cursor or (x.token_start == 0 and x.token_end == m.token_end - base):
                    continue
                ex = self._best(x, country, day, toks, base)
                if ex is not None:
                    picks.append((base + x.token_start, base + x.token_end, ex))
                    cursor = x.token_end
        # nouns read as an anaphor («القوات») yield to a named actor they introduce
        # («القوات الموالية لهادي»: one mention of Hadi's forces, not two)
        # and so do generic agents written before one («مسلحين حوثيين», «مسلحي داعش»)
        out: list[tuple[int, int, Entry]] = []
        for k, (ts, te, e) in enumerate(picks):
            if e.kind in ("anaphor", "agent") and k + 1 < len(picks) \
                    and picks[k + 1][2].kind in ("actor", "person") \
                    and "و" not in toks[picks[k + 1][0]].prefixes \
                    and self._chain_end(toks, ts) == picks[k + 1][0]:
                continue
            if out and e.kind == "agent" and out[-1][2].kind == "anaphor" and out[-1][1] == ts \
                    and any(f in self.anaphor_adj_keys for f in toks[ts].forms):
                out[-1] = (out[-1][0], te, out[-1][2])   # «التنظيم الإرهابي»: one mention
                continue
            out.append((ts, te, e))
        return out

    def _is_prefix(self, t: Token) -> bool:
        got = self._prefix_cache.get(t.forms)
        if got is None:
            got = self._prefix_cache[t.forms] = any(f in self.prefix_keys for f in t.forms)
        return got

    def _is_connector(self, t: Token) -> bool:
        return any(f in self.connector_keys for f in t.forms[:2])

    def _chain_end(self, toks: list[Token], i: int) -> Optional[int]:
        """Where the actor starts after up to two prefix nouns and an optional connector at i
        («قوات موالية لـ...»: the actor must then carry ل); None if toks[i] opens no chain."""
        j, n = i, len(toks)
        while j < n and j - i < 2 and self._is_prefix(toks[j]):
            j += 1
        if j == i:
            return None
        if j < n and self._is_connector(toks[j]):
            if j + 1 < n and "ل" in toks[j + 1].prefixes:
                return j + 1
            return None
        return j

    def _extend_left(self, toks: list[Token], ts: int, floor: int) -> int:
        """The first token of the mention of an actor read at ts (see ``_chain_end``)."""
        if ts - 2 >= floor and "ل" in toks[ts].prefixes and self._is_connector(toks[ts - 1]) \
                and self._is_prefix(toks[ts - 2]):
            ts -= 2
            if ts - 1 >= floor and self._is_prefix(toks[ts - 1]):
                ts -= 1
            return ts
        k = ts
        while k - 1 >= floor and ts - k < 2 and self._is_prefix(toks[k - 1]):
            k -= 1
        return k

    def _infer_country(self, matches: list[Match[Entry]]) -> Optional[str]:
        """The most frequent country among unconditional named actors and nisba phrases."""
        votes: Counter[str] = Counter()
        for m in matches:
            for e in m.values:
                if e.only_in is not None:
                    continue
                if e.kind == "actor":
                    rec = self.kb.actors[e.ref]
                    if rec.country and rec.category != "external/other":
                        votes[rec.country] += 1
                elif e.kind == "agent" and e.country:
                    votes[e.country] += 1
        return votes.most_common(1)[0][0] if votes else None

    # ------------------------------------------------------------------ resolution
    def _resolve(self, doc: Doc, idx: list[int], toks: list[Token], picks: list[tuple[int, int, Entry]],
                 country: _Country, year: Optional[int], day: Optional[date],
                 ner: Sequence[Mention]) -> list[Mention]:
        text = doc.text
        sent_starts = [s.start for s in doc.sentences]
        history: list[tuple[int, ActorRecord]] = []   # (sentence index, resolved named actor)
        out: list[Mention] = []
        floor = 0
        for ts, te, e in picks:
            ts_ext = self._extend_left(toks, ts, floor) if e.kind in ("actor", "person") else ts
            start, end = toks[ts_ext].start, toks[te - 1].end
            surface = text[start:end]
            sent = bisect_right(sent_starts, start) - 1
            actor, score = self._actor_for(e, surface, country, year, day, history, sent,
                                           _definite(toks[ts]))
            floor = te
            if actor is None:
                continue
            rec = self.kb.actors.get(actor.id or "")
            if rec is not None and e.kind != "anaphor":
                history.append((sent, rec))
            out.append(Mention("actor", start, end, surface, key=actor.id, value=actor,
                               token_start=idx[ts_ext], token_end=idx[te - 1] + 1, score=score))
        if ner:
            out += self._unknown_entities(doc, out, ner)
            out.sort(key=lambda m: (m.start, m.end))
        return out

    def _actor_for(self, e: Entry, surface: str, country: _Country, year: Optional[int],
                   day: Optional[date], history: list[tuple[int, ActorRecord]],
                   sent: int, definite: bool = True) -> tuple[Optional[Actor], float]:
        kb = self.kb
        if e.kind == "actor":
            return kb.resolve_ref(e.ref, year, surface), 1.0
        if e.kind == "person":
            role = kb.persons[e.ref].role_on(day)
            return (kb.resolve_ref(role.actor, year, surface), 0.9) if role else (None, 0.0)
        if e.kind == "anaphor":
            ok = self._compat[int(e.ref)] if definite else frozenset()
            for _, rec in reversed(history):
                if rec.id in ok:
                    return kb.actor(rec, surface), 0.7
            fallback = kb.anaphors[int(e.ref)].fallback
            if fallback is None:
                return None, 0.0
            e = Entry("agent", fallback)
        agent = kb.agents[e.ref]
        if agent.refers_back and definite:   # «الإرهابيين» refers back; «إرهابيين» introduces
            for s, rec in reversed(history):
                if sent - s > LABEL_WINDOW_SENTENCES:
                    break
                if rec.category in ARMED_NONSTATE:
                    return kb.actor(rec, surface), 0.6
        iso2 = e.country or _value(country)
        ref = f"{agent.base or agent.id}:{iso2}" if iso2 else None
        if ref is not None and ref in kb.overrides:
            return kb.resolve_ref(ref, year, surface), 0.8
        return kb.agent_actor(agent, iso2, surface), (0.8 if e.country else 0.6)

    def _unknown_entities(self, doc: Doc, found: list[Mention], ner: Sequence[Mention]) -> list[Mention]:
        """PERS/ORG entities that no actor mention overlaps, as actors without an id."""
        tokens = doc.tokens
        out = []
        for m in ner:
            if m.kind not in NER_KINDS or m.end <= m.start:
                continue
            if any(min(m.end, f.end) > max(m.start, f.start) for f in found):
                continue
            surface = doc.text[m.start:m.end]
            actor = Actor(name=surface.strip(), name_ar=surface, id=None, category=None)
            # bisection over the tokens by their starts (sorted: a tokenizer's tokens are in
            # order), without a list of every token's start for each article with a name
            ts = max(0, bisect_right(tokens, m.start, key=_START) - 1)
            te = max(ts + 1, bisect_right(tokens, m.end - 1, key=_START))
            out.append(Mention("actor", m.start, m.end, surface, key=None, value=actor,
                               token_start=ts, token_end=te, score=0.4))
        return out


def find_actors(doc: Doc, country: Optional[str] = None, ner: Sequence[Mention] = ()) -> list[Mention]:
    """Module-level shortcut over the process-wide resolver."""
    return ActorResolver.load().find_actors(doc, country=country, ner=ner)
