"""Add averaged networks and the document-level pass to a BiLSTM-CRF model directory.

    python scripts/ner_assemble.py src/rasd/data/ner --network /tmp/net_s14 \
        --doc-weight W --doc-window N [--surnames]

``--network DIR`` (repeatable): a directory written by ``rasd ner train-neural`` with the same
clusters and vectors as the model directory; its ``model.npz`` is copied in as
``model_<DIR name>.npz`` and listed in ``meta.json`` ``networks`` (averaged with ``model.npz``,
``rasd.ner.ensemble.MeanBackend``), with its training record under ``networks_meta``.
``--doc-weight``/``--doc-window``/``--surnames`` write ``meta.json`` ``consistency``
(``rasd.ner.ensemble.consistent_emissions``); weight 0 removes it.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir")
    ap.add_argument("--network", action="append", default=[])
    ap.add_argument("--doc-weight", type=float)
    ap.add_argument("--doc-window", type=int, help="sentences either side (default: whole document)")
    ap.add_argument("--surnames", action="store_true")
    args = ap.parse_args()
    meta_path = os.path.join(args.model_dir, "meta.json")
    with open(meta_path, encoding="utf-8") as f:
        meta = json.load(f)
    if meta.get("model") != "bilstm-crf":
        raise SystemExit("not a BiLSTM-CRF model directory")
    for d in args.network:
        with open(os.path.join(d, "meta.json"), encoding="utf-8") as f:
            net_meta = json.load(f)
        for k in ("clusters", "vectors"):
            if net_meta["config"].get(k) != meta["config"].get(k):
                raise SystemExit(f"{d}: {k} differ from the model directory's")
        name = f"model_{os.path.basename(os.path.normpath(d))}.npz"
        shutil.copyfile(os.path.join(d, "model.npz"), os.path.join(args.model_dir, name))
        if name not in meta.setdefault("networks", []):
            meta["networks"].append(name)
        meta.setdefault("networks_meta", {})[name] = {
            k: net_meta.get(k) for k in ("config", "train_sentences", "train_tokens", "seconds",
                                         "history", "export_max_diff")}
    if args.doc_weight is not None:
        if args.doc_weight:
            meta["consistency"] = {"weight": args.doc_weight, "window": args.doc_window,
                                   "surnames": args.surnames}
        else:
            meta.pop("consistency", None)
    with open(meta_path, "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
