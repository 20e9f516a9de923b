"""Held-out grid for the NER ensemble settings: networks averaged, CRF weight, document pass.

Usage (all models trained on the first nine tenths of ``train.txt``; the held-out tenth is
``dev.txt``, the last 398 sentences, written by ``--write-dev``)::

    python scripts/ner_heldout_grid.py DEV.txt --crf CRF_DIR --net A/model.npz --net B/model.npz \
        [--json out.json]

Each network's and the CRF's emissions are computed once; the grid then only re-decodes. The
settings compared: which networks (each alone, all averaged), CRF weight, and the document
pass (``rasd.ner.ensemble``: weight, window, surnames). The file is the project's tool for
choosing these on held-out data (never on the test split).
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys

import numpy as np


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dev")
    ap.add_argument("--crf", required=True, help="CRF model directory (rasd ner train)")
    ap.add_argument("--net", action="append", required=True, help="network model.npz (repeatable)")
    ap.add_argument("--lams", default="0,0.5")
    ap.add_argument("--weights", default="0,1,2,3,4")
    ap.add_argument("--windows", default="5,10,20,none")
    ap.add_argument("--json")
    args = ap.parse_args()

    from rasd.ner.conll import read_conll_file
    from rasd.ner.crf import viterbi_batch
    from rasd.ner.ensemble import Consistency, consistent_emissions
    from rasd.ner.neural import NeuralBackend, NeuralWeights
    from rasd.ner.scoring import score
    from rasd.recognize.ner import NerTagger, _one_blas_thread

    crf_tagger = NerTagger.from_dir(args.crf)
    fx = crf_tagger.extractor
    sents = read_conll_file(args.dev)
    words = [[w for w, _ in s] for s in sents]
    gold = [[t or "O" for _, t in s] for s in sents]

    nets = [NeuralBackend(NeuralWeights.load(p), fx) for p in args.net]
    labels = nets[0].labels
    crf_labels = crf_tagger.weights.labels
    idx = np.array([crf_labels.index(lab) for lab in labels])
    T_crf = crf_tagger.weights.T[np.ix_(idx, idx)]

    def per_sentence(fn):
        out = [None] * len(words)
        for bidx, batch in crf_tagger._batches(words):
            E, lengths = fn(batch)
            for j, i in enumerate(bidx):
                out[i] = E[j, :lengths[j]]
        return out

    with _one_blas_thread():
        E_nets = [per_sentence(n.emissions_batch) for n in nets]
        E_crf = [e[:, idx] for e in per_sentence(crf_tagger._emissions_batch)]

    def decode(T, Es):
        paths = []
        for k in range(0, len(Es), 128):
            chunk = Es[k:k + 128]
            lengths = np.array([len(e) for e in chunk])
            E = np.zeros((len(chunk), int(lengths.max()), len(labels)))
            for j, e in enumerate(chunk):
                E[j, :len(e)] = e
            paths += [[labels[x] for x in p] for p in viterbi_batch(T, E, lengths)]
        return paths

    combos = [(f"net{i}",) for i in range(len(nets))]
    if len(nets) > 1:
        combos.append(tuple(f"net{i}" for i in range(len(nets))))
    rows = []
    for combo, lam in itertools.product(combos, [float(x) for x in args.lams.split(",")]):
        sel = [int(c[3:]) for c in combo]
        T = np.mean([nets[i].T for i in sel], axis=0) + lam * T_crf
        Es = [np.mean([E_nets[i][s] for i in sel], axis=0) + lam * E_crf[s]
              for s in range(len(words))]
        first = decode(T, Es)
        for w, win, sur in itertools.product([float(x) for x in args.weights.split(",")],
                                             args.windows.split(","), (False, True)):
            if w == 0 and (sur or win != args.windows.split(",")[0]):
                continue
            if w == 0:
                pred = first
            else:
                cfg = Consistency(w, None if win == "none" else int(win), sur)
                pred = decode(T, consistent_emissions(words, Es, first, labels, cfg))
            sc = score(gold, pred)
            row = {"nets": "+".join(combo), "crf": lam, "doc_weight": w,
                   "window": win if w else "-", "surnames": sur, "f1": round(sc.micro.f1, 2),
                   **{k: round(v.f1, 2) for k, v in sc.by_type.items()}}
            rows.append(row)
            print(json.dumps(row), flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
