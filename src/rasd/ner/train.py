"""Train the CRF NER model and write a model directory that ``rasd.recognize.ner`` loads.

Why a linear-chain CRF (python-crfsuite): it trains on this 2-core machine in minutes, is
deterministic (L-BFGS over a convex objective, no random initialisation), tags in pure C once
features are built, and its model is a few MB. The model directory holds everything tagging
needs, so a model never meets features it was not trained with:

* ``model.npz``: the CRF weights exported for numpy inference (``rasd.ner.crf``);
* ``clusters.tsv.gz``: the word clusters used as features (``rasd.ner.clusters``), if any;
* ``lexicon.tsv.gz``: the lexicon used as features, if any;
* ``vectors.npz``: reduced word embeddings used as real-valued features, if any;
* ``meta.json``: training data, parameters and the feature version.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from typing import Optional, Sequence

from rasd.ner.clusters import ClusterTable
from rasd.ner.crf import CrfWeights
from rasd.ner.conll import Sentence, read_conll_file
from rasd.ner.features import FeatureExtractor, WordVectors, load_lexicon

FEATURE_VERSION = 1
TAGS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


@dataclass(frozen=True)
class TrainConfig:
    """Everything that determines a trained model (recorded in ``meta.json``)."""

    train: tuple[str, ...]
    extra: tuple[str, ...] = ()
    extra_tokens: Optional[int] = None
    clusters: Optional[str] = None
    lexicon: Optional[str] = None
    rich: bool = False
    vectors: Optional[str] = None
    feature_version: int = FEATURE_VERSION
    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 250
    min_freq: int = 1
    seed: int = 13
    limit: Optional[int] = None
    notes: dict = field(default_factory=dict)


def load_training(cfg: TrainConfig) -> list[Sentence]:
    """ANERcorp-format training sentences, plus mapped extra corpora, in a fixed order."""
    from rasd.ner.corpora import load_mapped

    sents: list[Sentence] = []
    for p in cfg.train:
        sents.extend(read_conll_file(p))
    if cfg.limit is not None:
        sents = sents[: cfg.limit]
    extra: list[Sentence] = []
    for p in cfg.extra:
        extra.extend(s for s in load_mapped(p) if len(s) > 1)
    if cfg.extra_tokens is not None:
        # a deterministic, evenly spread subset: every k-th sentence until the budget is met
        total = sum(len(s) for s in extra)
        step = max(1, total // max(1, cfg.extra_tokens))
        extra = extra[::step]
    return sents + extra


def train(cfg: TrainConfig, out_dir: str, log=print) -> dict:
    """Train and write the model directory; returns the metadata written to ``meta.json``."""
    import pycrfsuite

    random.seed(cfg.seed)
    t0 = time.time()
    clusters = ClusterTable.load(cfg.clusters) if cfg.clusters else None
    lexicon = load_lexicon(cfg.lexicon) if cfg.lexicon else None
    vectors = WordVectors.load(cfg.vectors) if cfg.vectors else None
    fx = FeatureExtractor(clusters=clusters, lexicon=lexicon, rich=cfg.rich,
                          version=cfg.feature_version, vectors=vectors)
    sents = load_training(cfg)
    trainer = pycrfsuite.Trainer(verbose=False)
    n_tok = 0
    for s in sents:
        words = [w for w, _ in s]
        tags = [_clean(t) for _, t in s]
        trainer.append(fx.sentence_features(words), tags)
        n_tok += len(words)
    log(f"features for {len(sents)} sentences / {n_tok} tokens in {time.time() - t0:.1f}s")
    trainer.set_params({"c1": cfg.c1, "c2": cfg.c2, "max_iterations": cfg.max_iterations,
                        "feature.minfreq": cfg.min_freq,
                        "feature.possible_transitions": True})
    os.makedirs(out_dir, exist_ok=True)
    t1 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        crf_path = os.path.join(tmp, "model.crfsuite")
        trainer.train(crf_path)
        log(f"trained in {time.time() - t1:.1f}s")
        weights = CrfWeights.from_crfsuite(crf_path)
    weights.save(os.path.join(out_dir, "model.npz"))
    log(f"exported {len(weights.attr_index)} attributes x {len(weights.labels)} labels")
    if cfg.clusters:
        _copy_gz(cfg.clusters, os.path.join(out_dir, "clusters.tsv.gz"))
    if cfg.lexicon:
        _copy_gz(cfg.lexicon, os.path.join(out_dir, "lexicon.tsv.gz"))
    if cfg.vectors and os.path.abspath(cfg.vectors) != os.path.abspath(os.path.join(out_dir, "vectors.npz")):
        shutil.copyfile(cfg.vectors, os.path.join(out_dir, "vectors.npz"))
    meta = {"feature_version": cfg.feature_version, "config": asdict(cfg),
            "train_sentences": len(sents), "train_tokens": n_tok,
            "seconds": round(time.time() - t0, 1), "attributes": len(weights.attr_index),
            "clusters": "clusters.tsv.gz" if cfg.clusters else None,
            "lexicon": "lexicon.tsv.gz" if cfg.lexicon else None, "rich": cfg.rich,
            "vectors": "vectors.npz" if cfg.vectors else None}
    return write_meta(out_dir, meta, ("clusters", "lexicon", "vectors"))


def write_meta(out_dir: str, meta: dict, path_keys: Sequence[str]) -> dict:
    """Write a model directory's ``meta.json``, keeping only the file names of the training
    inputs (``config.train``, ``config.extra`` and ``path_keys``): a model records what it was
    built from, not where that lay on the machine that built it."""
    config = meta["config"]
    config["train"] = [os.path.basename(p) for p in config["train"]]
    config["extra"] = [os.path.basename(p) for p in config["extra"]]
    for k in path_keys:
        if config[k]:
            config[k] = os.path.basename(config[k])
    with open(os.path.join(out_dir, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    return meta


def _clean(tag: Optional[str]) -> str:
    """Training tags restricted to the four types; anything else becomes ``O``."""
    if not tag or tag not in TAGS:
        return "O"
    return tag


def _copy_gz(src: str, dst: str) -> None:
    import gzip

    if os.path.abspath(src) == os.path.abspath(dst):
        return
    if src.endswith(".gz"):
        shutil.copyfile(src, dst)
    else:
        with open(src, "rb") as fi, gzip.open(dst, "wb") as fo:
            shutil.copyfileobj(fi, fo)


def tag_sentences(model_dir: str, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """Tag word lists with the model in ``model_dir`` (used by evaluation)."""
    from rasd.recognize.ner import NerTagger

    tagger = NerTagger.from_dir(model_dir)
    return [tagger.tag(s) for s in sentences]
