"""Throughput and peak memory of `rasd extract` (the whole pipeline) on a stated corpus.

usage: python bench/extract.py [CORPUS.jsonl[.gz]] [--n 5000] [--no-ner] [--stages] [--json] [--chunk 32]

Runs the pipeline in one process (so articles/s is per core), after loading every model and
lexicon once (load time reported separately), as ``rasd extract`` runs it: ``Pipeline.extract_many``
on chunks of ``--chunk`` articles (``--chunk 1``: ``Pipeline.extract`` one article at a time). Peak memory is the process's maximum resident
set size (ru_maxrss), which includes the loaded gazetteer, knowledge base and NER model.
Default corpus: ../shared/data/corpus/saudinewsnet.jsonl.gz (first 5,000 articles).

``--stages`` also reports the CPU seconds of each stage. It runs the stages itself, in the order of
``Pipeline._extract_chunk`` (a copy kept here on purpose so the pipeline stays free of timing code), and
checks that it finds as many events as ``Pipeline.extract``; when the pipeline's order changes,
``STAGES`` below must follow.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

from corpus import DEFAULT_CORPUS as DEFAULT, read_records as read

STAGES = ("check", "tokenize+segment", "ner", "places", "actors", "dates", "numbers", "events", "result")


def staged_extract(pipe, articles, clock: dict[str, float]):
    """``Pipeline.extract_many`` on one chunk of articles, stage by stage, adding each stage's
    CPU seconds to ``clock`` (the NER model tags the chunk's event sentences together, as in
    ``Pipeline._extract_chunk``; a chunk of one article is ``Pipeline.extract``)."""
    from rasd.events.support import supported
    from rasd.model import ExtractionResult
    from rasd.pipeline import check_text, parse_published
    from rasd.recognize.dates import find_dates
    from rasd.text.numbers import find_quantities

    now = time.process_time
    t = now()

    def lap(name: str) -> None:
        nonlocal t
        t2 = now()
        clock[name] = clock.get(name, 0.0) + t2 - t
        t = t2

    ready = []
    for article in articles:
        problem = check_text(article.text, pipe.options)
        lap("check")
        if problem:
            ready.append(ExtractionResult(id=article.id, error=problem))
            continue
        doc = pipe.make_doc(article)
        published = parse_published(article.published)
        lap("tokenize+segment")
        triggers = pipe.trigger_matches(doc) if pipe.ner else None
        view = pipe.ner_view(doc, triggers) if pipe.ner else None
        lap("ner")
        ready.append((article, doc, published, view, triggers))
    views = [r[3] for r in ready if isinstance(r, tuple) and r[3] is not None]
    tagged = iter(pipe.ner.entities_many(views) if views else ())
    lap("ner")
    out = []
    for r in ready:
        if isinstance(r, ExtractionResult):
            out.append(r)
            continue
        article, doc, published, view, triggers = r
        ner = [m for m in next(tagged) if m.score >= pipe.options.ner_min_score] \
            if view is not None else []
        lap("ner")
        if triggers is None:
            triggers = pipe.trigger_matches(doc)
        if not pipe.may_frame(doc, triggers):
            # Pipeline._after_ner: no frame can form; places only if an actor asks for the country
            lap("events")

            def country_of():
                lap("actors")
                c = pipe.geocoder.main_country(doc, pipe.geocoder.find_places(doc, ner=ner))
                lap("places")
                return c
            actors = pipe.actors.find_actors(doc, ner=ner, country_of=country_of)
            lap("actors")
            found = pipe.engine.extract(doc, published=published, actors=actors, triggers=triggers)
            lap("events")
            out.append(ExtractionResult(id=article.id, events=(), framing=found.framing,
                                        plover_events=found.verbal))
            lap("result")
            continue
        places = pipe.geocoder.find_places(doc, ner=ner)
        country = pipe.geocoder.main_country(doc, places)
        lap("places")
        actors = pipe.actors.find_actors(doc, country=country, ner=ner)
        lap("actors")
        dates = find_dates(article.text, published)
        lap("dates")
        quantities = find_quantities(article.text, doc.tokens, within=pipe._frame_sentences(doc, triggers))
        lap("numbers")
        found = pipe.engine.extract(doc, published=published, places=places, actors=actors, dates=dates,
                                    quantities=quantities, country=country, triggers=triggers)
        events = supported(found.events, places, country) if pipe.options.require_support else found.events
        lap("events")
        out.append(ExtractionResult(id=article.id, events=tuple(events), framing=found.framing,
                                    plover_events=found.verbal))
        lap("result")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--stages", action="store_true", help="also time each stage (CPU seconds)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--chunk", type=int, default=32,
                    help="articles per Pipeline.extract_many chunk, as rasd extract (1: one by one)")
    args = ap.parse_args()

    from rasd.model import Article
    from rasd.pipeline import Pipeline, PipelineOptions

    records = list(read(Path(args.corpus), args.n))
    chars = sum(len(r.get("text") or "") for r in records)
    t0 = time.perf_counter()
    pipe = Pipeline(PipelineOptions(use_ner=not args.no_ner))
    load_s = time.perf_counter() - t0
    events = errors = 0
    clock: dict[str, float] = {}
    t1 = time.perf_counter()
    cpu1 = time.process_time()
    for k in range(0, len(records), args.chunk):
        arts = []
        for r in records[k:k + args.chunk]:
            try:
                arts.append(Article.from_dict(r))
            except ValueError:
                errors += 1
        results = staged_extract(pipe, arts, clock) if args.stages else \
            pipe.extract_many(arts, chunk=args.chunk)
        for res in results:
            events += len(res.events)
            errors += res.error is not None
    wall = time.perf_counter() - t1
    cpu = time.process_time() - cpu1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {
        "corpus": os.path.basename(args.corpus), "articles": len(records), "chars": chars,
        "ner": not args.no_ner, "chunk": args.chunk, "load_s": round(load_s, 2), "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
        "articles_per_s_per_core": round(len(records) / cpu, 1) if cpu else None,
        "articles_per_s_wall": round(len(records) / wall, 1) if wall else None,
        "events": events, "errors": errors, "peak_rss_mb": round(peak_mb, 1),
        "python": platform.python_version(), "machine": platform.machine(),
    }
    if args.stages:
        out["stages_cpu_s"] = {k: round(clock.get(k, 0.0), 2) for k in STAGES}
        out["stages_ms_per_article"] = {k: round(1000 * clock.get(k, 0.0) / len(records), 2) for k in STAGES}
        staged_events = events
        events = sum(len(pipe.extract(Article.from_dict(r)).events) for r in records[:200] if _ok(r))
        check = sum(len(res.events) for res in staged_extract(
            pipe, [Article.from_dict(r) for r in records[:200] if _ok(r)], {}))
        out["stages_check"] = "same events as Pipeline.extract (first 200)" if events == check else \
            f"MISMATCH: {check} staged vs {events} events on the first 200"
        events = staged_events
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:26s} {v}")


def _ok(record: dict) -> bool:
    from rasd.model import Article
    try:
        Article.from_dict(record)
        return True
    except ValueError:
        return False


if __name__ == "__main__":
    sys.exit(main())
