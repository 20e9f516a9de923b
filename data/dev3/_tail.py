

def main():
    ids = [l.strip() for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "picks.txt"), encoding="utf-8") if l.strip()]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for aid in ids:
            f.write(json.dumps({"id": aid, "events": G.get(aid, [])}, ensure_ascii=False) + "\n")
    n = sum(len(v) for v in G.values())
    print("wrote", len(ids), "articles,", n, "events (", sum(not e["optional"] for v in G.values() for e in v), "required )")


if __name__ == "__main__":
    main()
