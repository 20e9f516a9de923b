"""Train the BiLSTM-CRF NER model with PyTorch on CPU and export it for numpy (``rasd.ner.neural``).

Why PyTorch only here: training needs gradients, tagging does not. ``export`` writes plain
arrays, and ``check_export`` runs the numpy forward pass against PyTorch's on the same
sentences (they must agree to 1e-5), so the shipped model is the trained one.

Reproducibility: seeds fixed (``torch.manual_seed``, numpy's generator for batch order) and one
thread (``torch.set_num_threads(1)``), so two runs on the same machine give the same weights.
With ``dev`` data the epoch with the best held-out F1 is kept; without it the last epoch is.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Callable, Optional, Sequence

import numpy as np

from rasd.ner.clusters import ClusterTable
from rasd.ner.conll import Sentence
from rasd.ner.features import FeatureExtractor, WordVectors
from rasd.ner.neural import BOW, EOW, PAD, UNK_CHAR, NeuralWeights, Vocab, WordInputs
from rasd.ner.scoring import score
from rasd.ner.train import TAGS, _clean, _copy_gz, write_meta


@dataclass(frozen=True)
class NeuralConfig:
    """Everything that determines a trained network (recorded in ``meta.json``)."""

    train: tuple[str, ...]
    clusters: Optional[str] = None
    vectors: Optional[str] = None
    extra: tuple[str, ...] = ()
    extra_tokens: Optional[int] = None
    word_dim: int = 64
    bag_dim: int = 64
    char_dim: int = 32
    char_filters: int = 64
    hidden: int = 128
    dropout: float = 0.5
    word_dropout: float = 0.1
    min_freq: int = 2
    epochs: int = 20
    batch: int = 16
    lr: float = 2e-3
    lr_decay: bool = True  # linear decay to zero over the epochs: the last epoch is the model
    seed: int = 13
    dev_tenth: bool = False  # hold out the last tenth of the training sentences as dev
    limit: Optional[int] = None
    ensemble_crf: Optional[str] = None  # a CRF model directory added to the network's scores
    ensemble_weight: float = 0.5
    # extra corpora (WikiFANE/AQMAR, mapped): their sentences' loss is multiplied by
    # extra_weight, and with extra_epochs = k they are used in the first k epochs only
    # (pretraining, then fine-tuning on ANERcorp alone); the vocabulary of learned word
    # embeddings comes from the ANERcorp sentences only (the model's size does not grow)
    extra_weight: float = 1.0
    extra_epochs: Optional[int] = None
    notes: dict = field(default_factory=dict)


def build_vocab(fx: FeatureExtractor, sents: Sequence[Sentence], min_freq: int) -> Vocab:
    """Words, categorical features and characters seen at least ``min_freq`` times."""
    wc: Counter[str] = Counter()
    bc: Counter[str] = Counter()
    cc: Counter[str] = Counter()
    for s in sents:
        for w, _ in s:
            own = fx.word_features(w)
            wc[own[0][1]] += 1
            for k, v in own:
                if k == "st":
                    wc[v] += 1
                elif k != "w":
                    bc[f"{k}={v}"] += 1
            cc.update(own[0][1])
    words = {"<unk>": 0}
    for w, n in sorted(wc.items(), key=lambda x: (-x[1], x[0])):
        if n >= min_freq:
            words[w] = len(words)
    bag = {"<unk>": 0}
    for b, n in sorted(bc.items(), key=lambda x: (-x[1], x[0])):
        if n >= min_freq:
            bag[b] = len(bag)
    chars = {"<pad>": PAD, "<w": BOW, "w>": EOW, "<unk>": UNK_CHAR}
    for c, n in sorted(cc.items(), key=lambda x: (-x[1], x[0])):
        if n >= min_freq:
            chars[c] = len(chars)
    return Vocab(words, bag, chars)


def _net(torch, n_words: int, n_bag: int, n_chars: int, vec_dims: int, cfg: NeuralConfig):
    nn = torch.nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word_emb = nn.Embedding(n_words, cfg.word_dim)
            self.stem_emb = nn.Embedding(n_words, cfg.word_dim)
            self.bag_emb = nn.EmbeddingBag(n_bag, cfg.bag_dim, mode="sum")
            self.char_emb = nn.Embedding(n_chars, cfg.char_dim, padding_idx=PAD)
            self.conv = nn.Conv1d(cfg.char_dim, cfg.char_filters, 3, padding=1)
            d_in = 2 * cfg.word_dim + (vec_dims + 1 if vec_dims else 0) + cfg.bag_dim + cfg.char_filters
            self.lstm = nn.LSTM(d_in, cfg.hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * cfg.hidden, len(TAGS))
            self.T = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.drop = nn.Dropout(cfg.dropout)
            for e in (self.word_emb, self.stem_emb, self.bag_emb):
                nn.init.normal_(e.weight, std=0.1)

        def word_inputs(self, word, stem, bag_idx, bag_off, chars, vec):
            ce = self.char_emb(chars).transpose(1, 2)            # n x e x C
            co = torch.relu(self.conv(ce)).masked_fill((chars == PAD)[:, None, :], float("-inf"))
            parts = [self.word_emb(word), self.stem_emb(stem)]
            if vec is not None:
                parts.append(vec)
            parts += [self.bag_emb(bag_idx, bag_off), co.max(dim=2).values]
            return torch.cat(parts, dim=1)

        def emissions(self, X, lengths):
            X = self.drop(X)
            packed = nn.utils.rnn.pack_padded_sequence(X, lengths, batch_first=True,
                                                       enforce_sorted=False)
            H, _ = self.lstm(packed)
            H, _ = nn.utils.rnn.pad_packed_sequence(H, batch_first=True, total_length=X.shape[1])
            return self.out(self.drop(H))

    return Net()


def _crf_nll(torch, E, tags, mask, T, weights=None):
    """Negative log-likelihood of the gold paths under a linear-chain CRF (no start/end
    transitions, as ``rasd.ner.crf.viterbi_batch`` decodes), each sentence's times its weight
    when ``weights`` is given."""
    maskf = mask.float()
    gold = (E.gather(2, tags[:, :, None])[:, :, 0] * maskf).sum(1)
    gold = gold + (T[tags[:, :-1], tags[:, 1:]] * maskf[:, 1:]).sum(1)
    alpha = E[:, 0]
    for t in range(1, E.shape[1]):
        nxt = torch.logsumexp(alpha[:, :, None] + T[None], dim=1) + E[:, t]
        alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
    nll = torch.logsumexp(alpha, dim=1) - gold
    return (nll * weights).sum() if weights is not None else nll.sum()


class _Encoded:
    """Training sentences as index arrays over a table of unique word types."""

    def __init__(self, vocab: Vocab, fx: FeatureExtractor, sents: Sequence[Sentence], vec_dims: int):
        types: dict[str, int] = {}
        for s in sents:
            for w, _ in s:
                types.setdefault(w, len(types))
        self.x: WordInputs = vocab.encode(fx, list(types), vec_dims)
        self.ids = [np.array([types[w] for w, _ in s], dtype=np.int64) for s in sents]
        li = {t: i for i, t in enumerate(TAGS)}
        self.tags = [np.array([li[_clean(t)] for _, t in s], dtype=np.int64) for s in sents]


def _word_tensors(torch, enc: _Encoded, type_ids: np.ndarray, vec_dims: int,
                  word_dropout: float = 0.0, rng: Optional[np.random.Generator] = None):
    x = enc.x
    word = x.word[type_ids].copy()
    stem = x.stem[type_ids].copy()
    if word_dropout and rng is not None:
        word[rng.random(len(word)) < word_dropout] = 0
        stem[rng.random(len(stem)) < word_dropout] = 0
    bags = [x.bag[i] for i in type_ids]
    off = np.cumsum([0] + [len(b) for b in bags[:-1]])
    flat = [r for b in bags for r in b]
    vec = torch.from_numpy(x.vec[type_ids]) if vec_dims else None
    return (torch.from_numpy(word), torch.from_numpy(stem),
            torch.tensor(flat, dtype=torch.long), torch.tensor(off, dtype=torch.long),
            torch.from_numpy(x.chars[type_ids]), vec)


def _batch_emissions(torch, net, enc: _Encoded, idx: Sequence[int], vec_dims: int,
                     word_dropout: float = 0.0, rng=None):
    lengths = [len(enc.ids[i]) for i in idx]
    flat = np.concatenate([enc.ids[i] for i in idx])
    W = net.word_inputs(*_word_tensors(torch, enc, flat, vec_dims, word_dropout, rng))
    L = max(lengths)
    X = W.new_zeros((len(idx), L, W.shape[1]))
    pos = 0
    for b, n in enumerate(lengths):
        X[b, :n] = W[pos:pos + n]
        pos += n
    return net.emissions(X, torch.tensor(lengths)), lengths


def _decode_f1(torch, net, enc: _Encoded, vec_dims: int) -> float:
    from rasd.ner.crf import viterbi_batch

    net.eval()
    T = net.T.detach().numpy().astype(np.float64)
    order = sorted(range(len(enc.ids)), key=lambda i: len(enc.ids[i]))
    pred: dict[int, list[str]] = {}
    with torch.no_grad():
        for k in range(0, len(order), 64):
            idx = order[k:k + 64]
            E, lengths = _batch_emissions(torch, net, enc, idx, vec_dims)
            for i, p in zip(idx, viterbi_batch(T, E.numpy().astype(np.float64), np.array(lengths))):
                pred[i] = [TAGS[j] for j in p]
    net.train()
    gold = [[TAGS[j] for j in enc.tags[i]] for i in range(len(enc.ids))]
    return score(gold, [pred[i] for i in range(len(enc.ids))]).micro.f1


def export(net, vocab: Vocab, cfg: NeuralConfig, vec_dims: int, path: str) -> None:
    """Write the network as plain arrays (``NeuralWeights.load`` reads them)."""
    sd = {k: v.detach().numpy().astype(np.float32) for k, v in net.state_dict().items()}
    arrays = {
        "word_emb": sd["word_emb.weight"], "stem_emb": sd["stem_emb.weight"],
        "bag_emb": sd["bag_emb.weight"], "char_emb": sd["char_emb.weight"],
        "conv_w": sd["conv.weight"], "conv_b": sd["conv.bias"],
        "lstm_f_wih": sd["lstm.weight_ih_l0"], "lstm_f_whh": sd["lstm.weight_hh_l0"],
        "lstm_f_b": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "lstm_b_wih": sd["lstm.weight_ih_l0_reverse"], "lstm_b_whh": sd["lstm.weight_hh_l0_reverse"],
        "lstm_b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"], "out_b": sd["out.bias"], "T": sd["T"],
    }
    # float16 for the big embedding tables halves the file; compute stays float32
    for k in ("word_emb", "stem_emb", "bag_emb"):
        arrays[k] = arrays[k].astype(np.float16)
    config = {"kind": "bilstm-crf", "vec_dims": vec_dims, "hidden": cfg.hidden}
    np.savez_compressed(path, config=np.array(json.dumps(config)), labels=np.array(TAGS),
                        vocab_words=np.array(list(vocab.words)), vocab_bag=np.array(list(vocab.bag)),
                        vocab_chars=np.array(list(vocab.chars)), **arrays)


def check_export(torch, net, enc: _Encoded, path: str, fx: FeatureExtractor, types: Sequence[str],
                 vec_dims: int, n: int = 64) -> float:
    """Largest absolute difference between numpy and PyTorch emissions on ``n`` sentences
    (with the exported float16 tables loaded back into the network first)."""
    w = NeuralWeights.load(path)
    with torch.no_grad():
        for k in ("word_emb", "stem_emb", "bag_emb"):
            getattr(net, k).weight.copy_(torch.from_numpy(w.arrays[k]))
    net.eval()
    idx = list(range(min(n, len(enc.ids))))
    with torch.no_grad():
        E_t, lengths = _batch_emissions(torch, net, enc, idx, vec_dims)
    sents = [[types[j] for j in enc.ids[i]] for i in idx]
    from rasd.ner.neural import NeuralBackend

    E_n, _ = NeuralBackend(w, fx).emissions_batch(sents)
    diff = 0.0
    for b, L in enumerate(lengths):
        diff = max(diff, float(np.abs(E_n[b, :L] - E_t[b, :L].numpy()).max()))
    net.train()
    return diff


def train_neural(cfg: NeuralConfig, out_dir: str, log: Callable[[str], None] = print,
                 dev: Optional[Sequence[Sentence]] = None) -> dict:
    """Train, export and check; writes ``model.npz``, clusters, vectors and ``meta.json``."""
    import torch

    from rasd.ner.train import TrainConfig, load_training

    crf = read_crf(cfg.ensemble_crf) if cfg.ensemble_crf else None
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(1)
    rng = np.random.default_rng(cfg.seed)
    t0 = time.time()
    clusters = ClusterTable.load(cfg.clusters) if cfg.clusters else None
    vectors = WordVectors.load(cfg.vectors) if cfg.vectors else None
    vec_dims = int(vectors.matrix.shape[1]) if vectors is not None else 0
    fx = FeatureExtractor(clusters=clusters, vectors=vectors, max_cache=1 << 30)
    sents = load_training(TrainConfig(train=cfg.train, limit=cfg.limit))
    if cfg.dev_tenth:
        # the held-out tenth is always the main training files' (never extra corpora)
        cut = len(sents) - len(sents) // 10
        sents, dev = sents[:cut], sents[cut:]
    vocab = build_vocab(fx, sents, cfg.min_freq)
    n_main = len(sents)
    if cfg.extra:
        sents = sents + load_training(TrainConfig(train=(), extra=cfg.extra,
                                                  extra_tokens=cfg.extra_tokens))
    enc = _Encoded(vocab, fx, sents, vec_dims)
    weights = None
    if len(sents) > n_main and cfg.extra_weight != 1.0:
        weights = np.ones(len(sents), dtype=np.float32)
        weights[n_main:] = cfg.extra_weight
    dev_enc = _Encoded(vocab, fx, dev, vec_dims) if dev else None
    net = _net(torch, len(vocab.words), len(vocab.bag), len(vocab.chars), vec_dims, cfg)
    opt = torch.optim.Adam(net.parameters(), lr=cfg.lr)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda e: max(0.0, 1.0 - e / cfg.epochs) if cfg.lr_decay else 1.0)
    log(f"{len(sents)} sentences ({len(sents) - n_main} extra), vocab {len(vocab.words)} words / {len(vocab.bag)} features / "
        f"{len(vocab.chars)} chars; encoded in {time.time() - t0:.1f}s")
    best, best_state, history = -1.0, None, []
    order = np.argsort([len(i) for i in enc.ids], kind="stable")
    for epoch in range(cfg.epochs):
        t1 = time.time()
        if cfg.extra_epochs is not None and epoch == cfg.extra_epochs and len(sents) > n_main:
            order = order[order < n_main]  # fine-tuning: ANERcorp sentences only from here
        # batches of similar length (little padding), visited in random order
        chunks = [order[k:k + cfg.batch] for k in range(0, len(order), cfg.batch)]
        total = 0.0
        for j in rng.permutation(len(chunks)):
            idx = chunks[j].tolist()
            E, lengths = _batch_emissions(torch, net, enc, idx, vec_dims, cfg.word_dropout, rng)
            tags = torch.zeros(E.shape[:2], dtype=torch.long)
            mask = torch.zeros(E.shape[:2], dtype=torch.bool)
            for b, i in enumerate(idx):
                tags[b, :lengths[b]] = torch.from_numpy(enc.tags[i])
                mask[b, :lengths[b]] = True
            loss = _crf_nll(torch, E, tags, mask, net.T,
                            None if weights is None else torch.from_numpy(weights[idx]))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        sched.step()
        f1 = _decode_f1(torch, net, dev_enc, vec_dims) if dev_enc else float("nan")
        history.append({"epoch": epoch + 1, "loss": round(total, 1), "dev_f1": round(f1, 2),
                        "seconds": round(time.time() - t1, 1)})
        log(json.dumps(history[-1]))
        if dev_enc is None or f1 > best:
            best = f1
            best_state = {k: v.clone() for k, v in net.state_dict().items()}
    assert best_state is not None
    os.makedirs(out_dir, exist_ok=True)
    if dev_enc is not None:
        # the last epoch too: a model trained on all of train.txt keeps its last epoch (no dev
        # to choose with), so held-out comparisons of shipped settings use this one
        export(net, vocab, cfg, vec_dims, os.path.join(out_dir, "model_last.npz"))
    net.load_state_dict(best_state)
    model_path = os.path.join(out_dir, "model.npz")
    export(net, vocab, cfg, vec_dims, model_path)
    types = list(dict.fromkeys(w for s in sents for w, _ in s))  # enc's type order
    diff = check_export(torch, net, enc, model_path, fx, types, vec_dims)
    log(f"numpy vs torch emissions: max abs diff {diff:.2e}")
    if diff > 1e-4:
        raise RuntimeError(f"numpy forward pass differs from torch by {diff}")
    if cfg.clusters:
        _copy_gz(cfg.clusters, os.path.join(out_dir, "clusters.tsv.gz"))
    if cfg.vectors and os.path.abspath(cfg.vectors) != os.path.abspath(os.path.join(out_dir, "vectors.npz")):
        shutil.copyfile(cfg.vectors, os.path.join(out_dir, "vectors.npz"))
    meta = {"model": "bilstm-crf", "feature_version": 1, "config": asdict(cfg),
            "train_sentences": len(sents), "train_tokens": sum(len(s) for s in sents),
            "extra_sentences": len(sents) - n_main,
            "seconds": round(time.time() - t0, 1), "history": history,
            "best_dev_f1": round(best, 2) if dev_enc else None, "export_max_diff": diff,
            "clusters": "clusters.tsv.gz" if cfg.clusters else None, "lexicon": None,
            "rich": False, "vectors": "vectors.npz" if cfg.vectors else None}
    if crf is not None:
        with open(os.path.join(out_dir, "crf.npz"), "wb") as f:
            f.write(crf[0])
        meta["ensemble"] = {**crf[1], "weight": cfg.ensemble_weight}
    return write_meta(out_dir, meta, ("clusters", "vectors", "ensemble_crf"))



def read_crf(crf_dir: str) -> tuple[bytes, dict]:
    """A CRF model directory (``rasd ner train``) for the ensemble: its ``model.npz`` bytes and
    the ``ensemble`` entry of ``meta.json`` (weight added by the caller). Read before training,
    so the CRF may live in the directory the network is written to.

    The CRF must have been trained on the network's clusters and vectors with the default
    feature version: the tagger gives both models one feature extractor."""
    with open(os.path.join(crf_dir, "meta.json"), encoding="utf-8") as f:
        crf_meta = json.load(f)
    if crf_meta.get("model", "crf") != "crf":
        raise ValueError(f"{crf_dir} does not hold a CRF model")
    if crf_meta.get("lexicon") or crf_meta.get("rich") or int(crf_meta.get("feature_version", 1)) != 1:
        raise ValueError("the ensemble's CRF must use plain version-1 features (no lexicon, not rich)")
    with open(os.path.join(crf_dir, "model.npz"), "rb") as f:
        blob = f.read()
    return blob, {"crf": "crf.npz", "crf_config": crf_meta.get("config"),
                  "crf_seconds": crf_meta.get("seconds")}
