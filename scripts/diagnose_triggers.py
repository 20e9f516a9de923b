"""Development diagnostic: trigger/modality quality independent of geocoding.

Compares predicted and gold events by evidence overlap and event_type only (no place, no date),
so the event engine's triggers can be judged before the gazetteer is good.
usage: python scripts/diagnose_triggers.py GOLD.jsonl PRED.jsonl ARTICLES.jsonl [--show]
"""
import json
import sys
from collections import Counter


def load(p):
    return {json.loads(l)["id"]: json.loads(l) for l in open(p, encoding="utf-8") if l.strip()}


def main(gold_p, pred_p, arts_p, show=False):
    gold, pred, arts = load(gold_p), load(pred_p), load(arts_p)
    found = missed = spurious = 0
    miss_types, spur_types = Counter(), Counter()
    for doc_id, g in gold.items():
        text = arts[doc_id]["text"]
        pevs = pred.get(doc_id, {}).get("events", [])
        gevs = g["events"]
        def ov(a, b):
            return min(a["end"], b["end"]) > max(a["start"], b["start"])
        for ge in gevs:
            if ge.get("optional"):
                continue
            types = {ge["event_type"]} | {t[0] for t in ge.get("alt_types", [])}
            if any(pe["event_type"] in types and ov(pe["evidence"], ge["evidence"]) for pe in pevs):
                found += 1
            else:
                missed += 1
                miss_types[ge["event_type"]] += 1
                if show:
                    e = ge["evidence"]
                    print("MISS", doc_id, ge["sub_event_type"], "|", text[e["start"]:e["end"]][:200].replace("\n", " "))
        for pe in pevs:
            types_ok = [ge for ge in gevs if ov(pe["evidence"], ge["evidence"])
                        and pe["event_type"] in ({ge["event_type"]} | {t[0] for t in ge.get("alt_types", [])})]
            if not types_ok:
                spurious += 1
                spur_types[pe["event_type"]] += 1
                if show:
                    e = pe["evidence"]
                    t = pe.get("trigger") or e
                    print("SPUR", doc_id, pe["sub_event_type"], "[", text[t["start"]:t["end"]], "] |", text[e["start"]:e["end"]][:200].replace("\n", " "))
    print(f"found {found} missed {missed} spurious {spurious}")
    print("missed by type", dict(miss_types))
    print("spurious by type", dict(spur_types))


if __name__ == "__main__":
    a = [x for x in sys.argv[1:] if not x.startswith("--")]
    main(*a, show="--show" in sys.argv)
