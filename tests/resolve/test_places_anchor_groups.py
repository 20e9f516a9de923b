"""``Geocoder._nearest_anchor`` read by anchor place (branch ``speed4``) gives exactly the
number the loop over every anchor gives, for every reading of every candidate, with and without
an excluded candidate, on articles that anchor the same town several times."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.geo import haversine_km
from rasd.model import Article, Doc
from rasd.resolve.places import _LOCAL_TOKENS, Geocoder
from rasd.text.segment import split_sentences
from rasd.text.tokenize import tokenize

DATA = Path(__file__).resolve().parents[2] / "data"
EXTRA = ("قصفت الطائرات حلب وريف حلب الشمالي وبلدة عندان قرب حلب، ثم قصفت إدلب. " * 3
         + "وفي العراق سيطرت القوات على الرمادي والفلوجة قرب بغداد، وقال مسؤول في بغداد إن الرمادي آمنة.")


def _plain(e, ctx, exclude):
    """The loop over every anchor that ``_nearest_anchor`` was."""
    best = None
    here = ctx.positions[exclude] if exclude is not None and exclude < len(ctx.positions) else None
    for k, a in ctx.anchors:
        if k == exclude or a.id == e.id:
            continue
        d = haversine_km(e.lat, e.lon, a.lat, a.lon)
        if here is not None and abs(ctx.positions[k] - here) > _LOCAL_TOKENS:
            d = d * 2 + 10
        if best is None or d < best:
            best = d
    return best


def _texts() -> list[str]:
    out = [EXTRA]
    for name in ("demo", "dev2", "dev3"):
        out += [json.loads(ln)["text"] for ln in (DATA / name / "articles.jsonl").read_text(encoding="utf-8").splitlines()
                if ln.strip()]
    return out


def test_nearest_anchor_by_anchor_place_equals_the_loop_over_every_anchor(monkeypatch: pytest.MonkeyPatch) -> None:
    geo = Geocoder()      # its own instance: the patched method stays out of the shared one
    seen = []
    real = geo._relocate_strays
    monkeypatch.setattr(geo, "_relocate_strays", lambda cands, ctx: (seen.append((cands, ctx)), real(cands, ctx))[1])
    checked = repeated = 0
    for text in _texts():
        geo.analyse(Doc(Article(id="t", text=text), tuple(tokenize(text)), tuple(split_sentences(text))))
        cands, ctx = seen.pop()
        repeated += len(ctx.anchors) > len({id(a) for _, a in ctx.anchors})
        for c in cands:
            for e in c.entries[:8]:
                for exclude in (None, c.index):
                    assert geo._nearest_anchor(e, ctx, exclude) == _plain(e, ctx, exclude)
                    checked += 1
    assert checked > 1000 and repeated > 5
