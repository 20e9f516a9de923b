"""``rasd ner train|train-neural|eval|clusters|vectors``: build and measure the NER model.

These are development commands: they read training corpora and unlabelled news through path
arguments (``../shared/data`` in the project's layout) and need the training extras
(python-crfsuite; gensim and scikit-learn for clusters; PyTorch for ``train-neural``). The
shipped model (a BiLSTM-CRF plus the CRF, see ``rasd/data/ner/README.md``) is rebuilt by::

    rasd ner clusters CORPUS.jsonl.gz --train anercorp/train.txt -o /tmp/clusters.tsv.gz \
        --vectors /tmp/vec.npz
    rasd ner vectors /tmp/vec.npz -o /tmp/vec64.npz --dims 64
    rasd ner train anercorp/train.txt --clusters /tmp/clusters.tsv.gz --vectors /tmp/vec64.npz \
        -o /tmp/crf
    rasd ner train-neural anercorp/train.txt --clusters /tmp/clusters.tsv.gz \
        --vectors /tmp/vec64.npz --epochs 12 --word-dropout 0.25 --seed 13 \
        --extra wikifane/WikiFANE_Gold_2014_500K.txt --extra aqmar/articles \
        --extra-tokens 200000 --extra-epochs 4 \
        --ensemble-crf /tmp/crf --ensemble-weight 0.25 -o src/rasd/data/ner
    python scripts/ner_assemble.py src/rasd/data/ner --doc-weight 4 --doc-window 20
    rasd ner eval anercorp/test.txt
"""
from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ner", help="train and evaluate the NER model (development)")
    nsub = p.add_subparsers(dest="ner_command", metavar="ACTION")

    t = nsub.add_parser("train", help="train a CRF model directory")
    t.add_argument("train", nargs="+", help="ANERcorp-format training files (never the test split)")
    t.add_argument("-o", "--output", required=True, help="model directory to write")
    t.add_argument("--extra", action="append", default=[],
                   help="WikiFANE file or AQMAR folder, mapped to PERS/LOC/ORG/MISC (repeatable)")
    t.add_argument("--extra-tokens", type=int,
                   help="use an evenly spread subset of about N tokens of the extra corpora")
    t.add_argument("--clusters", help="word cluster TSV from `rasd ner clusters`")
    t.add_argument("--vectors", help="reduced word vectors (.npz from `rasd ner vectors`)")
    t.add_argument("--lexicon", help="optional key<TAB>labels TSV used as features")
    t.add_argument("--rich", action="store_true",
                   help="add cross-word pair features (previous word x cluster, stem bigrams)")
    t.add_argument("--feature-version", type=int, default=1, choices=(1, 2),
                   help="1: narrow neighbour views (default); 2: wider ones")
    t.add_argument("--c1", type=float, default=0.05, help="L1 penalty (default 0.05)")
    t.add_argument("--c2", type=float, default=0.01, help="L2 penalty (default 0.01)")
    t.add_argument("--iterations", type=int, default=250, help="L-BFGS iterations (default 250)")
    t.add_argument("--limit", type=int, help="use only the first N training sentences")
    t.add_argument("--seed", type=int, default=13)
    t.set_defaults(func=_train)

    n = nsub.add_parser("train-neural", help="train the BiLSTM-CRF model (needs PyTorch)")
    n.add_argument("train", nargs="+", help="ANERcorp-format training files (never the test split)")
    n.add_argument("-o", "--output", required=True, help="model directory to write")
    n.add_argument("--clusters", help="word cluster TSV from `rasd ner clusters`")
    n.add_argument("--vectors", help="reduced word vectors (.npz from `rasd ner vectors`)")
    n.add_argument("--extra", action="append", default=[],
                   help="WikiFANE file or AQMAR folder, mapped to PERS/LOC/ORG/MISC (repeatable)")
    n.add_argument("--extra-tokens", type=int, help="evenly spread subset of the extra corpora")
    n.add_argument("--extra-weight", type=float, default=1.0,
                   help="loss weight of the extra corpora's sentences (default 1)")
    n.add_argument("--extra-epochs", type=int,
                   help="use the extra corpora in the first N epochs only (then ANERcorp alone)")
    n.add_argument("--epochs", type=int, default=20)
    n.add_argument("--hidden", type=int, default=128)
    n.add_argument("--word-dim", type=int, default=64)
    n.add_argument("--char-filters", type=int, default=64)
    n.add_argument("--dropout", type=float, default=0.5)
    n.add_argument("--word-dropout", type=float, default=0.1)
    n.add_argument("--lr", type=float, default=2e-3)
    n.add_argument("--batch", type=int, default=16)
    n.add_argument("--no-lr-decay", action="store_true",
                   help="constant learning rate (default: linear decay to zero over the epochs)")
    n.add_argument("--dev-tenth", action="store_true",
                   help="hold out the last tenth of the training sentences; keep the best epoch")
    n.add_argument("--limit", type=int, help="use only the first N training sentences")
    n.add_argument("--seed", type=int, default=13)
    n.add_argument("--ensemble-crf", metavar="DIR",
                   help="CRF model directory (`rasd ner train`, same clusters and vectors) whose "
                        "scores are added to the network's")
    n.add_argument("--ensemble-weight", type=float, default=0.5,
                   help="weight of the CRF's scores in the ensemble (default 0.5)")
    n.set_defaults(func=_train_neural)

    e = nsub.add_parser("eval", help="entity F1 (exact span and type) and tagging speed")
    e.add_argument("gold", help="gold CoNLL file (token TAG)")
    e.add_argument("--model", help="model directory (default: shipped)")
    e.add_argument("--predictions", help="write `token gold predicted` lines here")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.set_defaults(func=_eval)

    c = nsub.add_parser("clusters", help="learn word clusters on unlabelled news (word2vec + k-means)")
    c.add_argument("corpus", help="JSON Lines articles (.jsonl or .jsonl.gz) with a 'text' field")
    c.add_argument("-o", "--output", required=True, help="cluster TSV to write (.gz to compress)")
    c.add_argument("--train", action="append", default=[],
                   help="CoNLL training files whose words are added to the corpus (repeatable)")
    c.add_argument("--ks", default="64,256,1024", help="cluster counts, coarse to fine")
    c.add_argument("--min-count", type=int, default=3)
    c.add_argument("--epochs", type=int, default=5)
    c.add_argument("--workers", type=int, default=2)
    c.add_argument("--seed", type=int, default=13)
    c.add_argument("--vectors", help="also keep the word vectors here (.npz)")
    c.set_defaults(func=_clusters)
    v = nsub.add_parser("vectors", help="reduce word vectors for use as features (PCA)")
    v.add_argument("vectors", help=".npz written by `rasd ner clusters --vectors`")
    v.add_argument("-o", "--output", required=True, help="reduced .npz to write")
    v.add_argument("--dims", type=int, default=32)
    v.add_argument("--max-words", type=int, default=100_000)
    v.set_defaults(func=_vectors)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _train(args: argparse.Namespace) -> int:
    from rasd.ner.train import TrainConfig, train

    cfg = TrainConfig(train=tuple(args.train), extra=tuple(args.extra), extra_tokens=args.extra_tokens,
                      clusters=args.clusters,
                      lexicon=args.lexicon, vectors=args.vectors, rich=args.rich, feature_version=args.feature_version,
                      c1=args.c1, c2=args.c2,
                      max_iterations=args.iterations, seed=args.seed, limit=args.limit)
    meta = train(cfg, args.output, log=lambda m: print(f"rasd ner train: {m}", file=sys.stderr))
    print(json.dumps({k: meta[k] for k in ("train_sentences", "train_tokens", "attributes",
                                           "seconds")}))
    return 0


def _train_neural(args: argparse.Namespace) -> int:
    from rasd.ner.neural_train import NeuralConfig, train_neural

    cfg = NeuralConfig(train=tuple(args.train), clusters=args.clusters, vectors=args.vectors,
                       extra=tuple(args.extra), extra_tokens=args.extra_tokens,
                       extra_weight=args.extra_weight, extra_epochs=args.extra_epochs,
                       epochs=args.epochs, hidden=args.hidden, word_dim=args.word_dim,
                       char_filters=args.char_filters, dropout=args.dropout,
                       word_dropout=args.word_dropout, lr=args.lr, batch=args.batch,
                       lr_decay=not args.no_lr_decay,
                       dev_tenth=args.dev_tenth, limit=args.limit, seed=args.seed,
                       ensemble_crf=args.ensemble_crf, ensemble_weight=args.ensemble_weight)
    meta = train_neural(cfg, args.output, log=lambda m: print(f"rasd ner train-neural: {m}",
                                                               file=sys.stderr, flush=True))
    print(json.dumps({k: meta[k] for k in ("train_sentences", "train_tokens", "best_dev_f1",
                                           "export_max_diff", "seconds")}))
    return 0


def _eval(args: argparse.Namespace) -> int:
    from rasd.ner.evaluate import evaluate

    res = evaluate(args.model, args.gold, args.predictions)
    if args.json:
        d = res.score.to_dict()
        d["tokens_per_second"] = round(res.tokens_per_second)
        d["load_seconds"] = round(res.load_seconds, 3)
        print(json.dumps(d))
    else:
        print(res.report())
    return 0


def _clusters(args: argparse.Namespace) -> int:
    from rasd.ner.clusters import build_clusters
    from rasd.ner.conll import read_conll_file
    from rasd.ner.fold import fold

    extra = []
    for p in args.train:
        extra += [[fold(w) for w, _ in s] for s in read_conll_file(p)]
    n = build_clusters(args.corpus, args.output, tuple(int(k) for k in args.ks.split(",")),
                       min_count=args.min_count, epochs=args.epochs, workers=args.workers,
                       seed=args.seed, extra_sentences=extra, vectors_out=args.vectors)
    print(f"rasd ner clusters: {n} words", file=sys.stderr)
    return 0


def _vectors(args: argparse.Namespace) -> int:
    from rasd.ner.features import reduce_vectors

    n = reduce_vectors(args.vectors, args.output, args.dims, args.max_words)
    print(f"rasd ner vectors: {n} words x {args.dims}", file=sys.stderr)
    return 0
