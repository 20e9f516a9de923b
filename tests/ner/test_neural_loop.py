"""The BiLSTM's fast loop (``NeuralWeights.emissions``: halved weights, inputs gathered before
the loop, in-place steps, only the sentences still running in each step's product) against the
computations it replaced: the previous loop, and a textbook LSTM written from the raw
per-direction weights.

Bit for bit where the matrix products have the same shapes (sentences of one length); else to
float32 rounding, because BLAS may round a row's product differently in a matrix of another
height (the last bit), and the shrinking batch changes the heights."""
import pytest

np = pytest.importorskip("numpy")

from rasd.ner.neural import NeuralWeights, Vocab, _merge_directions, _merge_directions_reference, _reverse_padded


def _weights(rng, D=7, H=5, K=4) -> NeuralWeights:
    f32 = np.float32
    arrays = {f"lstm_{d}_{k}": rng.normal(scale=0.7, size=shape).astype(f32)
              for d in "fb" for k, shape in (("wih", (4 * H, D)), ("whh", (4 * H, H)), ("b", (4 * H,)))}
    arrays["out_w"] = rng.normal(size=(K, 2 * H)).astype(f32)
    arrays["out_b"] = rng.normal(size=K).astype(f32)
    return NeuralWeights(tuple("OABC"[:K]), Vocab({}, {}, {}), arrays, {})


def _previous_loop(w: NeuralWeights, X: np.ndarray, ids: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The loop before the fast path (unhalved gate-scaled weights, per-step gathers and
    allocations), kept verbatim as the reference."""
    a = w.arrays
    H = w.hidden
    scale = np.ones(4 * H, dtype=np.float32)
    scale[2 * H:3 * H] = 2.0
    wih = np.concatenate([a["lstm_f_wih"] * scale[:, None], a["lstm_b_wih"] * scale[:, None]]).T
    bih = np.concatenate([a["lstm_f_b"], a["lstm_b_b"]]) * np.tile(scale, 2)
    Whh = np.stack([(a["lstm_f_whh"] * scale[:, None]).T, (a["lstm_b_whh"] * scale[:, None]).T])
    table = np.ascontiguousarray(X @ np.ascontiguousarray(wih) + bih)
    B, L = ids.shape
    flat = table.reshape(-1, 4 * H)
    rows = np.stack([2 * ids, 2 * _reverse_padded(ids[:, :, None], lengths)[:, :, 0] + 1])
    h = np.zeros((2, B, H), dtype=np.float32)
    c = np.zeros((2, B, H), dtype=np.float32)
    out = np.empty((2, B, L, H), dtype=np.float32)
    for t in range(L):
        g = flat[rows[:, :, t]]
        g += np.matmul(h, Whh)
        s = 0.5 * (np.tanh(0.5 * g) + 1.0)
        c = s[..., H:2 * H] * c + s[..., :H] * (2.0 * s[..., 2 * H:3 * H] - 1.0)
        h = s[..., 3 * H:] * np.tanh(c)
        out[:, :, t] = h
    Hc = np.concatenate([out[0], _reverse_padded(out[1], lengths)], axis=2)
    return (Hc @ a["out_w"].T + a["out_b"]).astype(np.float64)


def _textbook(w: NeuralWeights, x: np.ndarray) -> np.ndarray:
    """One sentence (tokens x D), float64, from the raw weights (PyTorch's gate order i f g o)."""
    a = {k: v.astype(np.float64) for k, v in w.arrays.items()}
    H = w.hidden
    sig = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731

    def run(d: str, seq: np.ndarray) -> np.ndarray:
        h, c, hs = np.zeros(H), np.zeros(H), []
        for v in seq:
            z = a[f"lstm_{d}_wih"] @ v + a[f"lstm_{d}_whh"] @ h + a[f"lstm_{d}_b"]
            i, f, g, o = sig(z[:H]), sig(z[H:2 * H]), np.tanh(z[2 * H:3 * H]), sig(z[3 * H:])
            c = f * c + i * g
            h = o * np.tanh(c)
            hs.append(h)
        return np.array(hs)

    Hc = np.concatenate([run("f", x), run("b", x[::-1])[::-1]], axis=1)
    return Hc @ a["out_w"].T + a["out_b"]


def _batch(rng, n_types, lengths):
    ids = np.zeros((len(lengths), lengths.max()), dtype=np.intp)
    for b, n in enumerate(lengths):
        ids[b, :n] = rng.integers(0, n_types, size=n)
    return ids


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_fast_loop_equals_the_previous_loop_bit_for_bit_on_equal_lengths(seed):
    rng = np.random.default_rng(seed)
    w = _weights(rng, D=40, H=32)
    X = rng.normal(size=(30, 40)).astype(np.float32)
    lengths = np.array([9] * 7)
    ids = _batch(rng, 30, lengths)
    assert np.array_equal(w.emissions(w.gate_inputs(X), ids, lengths),
                          _previous_loop(w, X, ids, lengths))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_fast_loop_equals_the_previous_loop_and_a_textbook_lstm(seed):
    rng = np.random.default_rng(seed)
    w = _weights(rng, D=40, H=32)
    n_types = 30
    X = rng.normal(size=(n_types, 40)).astype(np.float32)
    lengths = np.array([6, 11, 3, 1, 5, 11, 2])
    ids = _batch(rng, n_types, lengths)
    got = w.emissions(w.gate_inputs(X), ids, lengths)
    ref = _previous_loop(w, X, ids, lengths)
    assert np.isfinite(got).all()
    for b, n in enumerate(lengths):  # positions past a sentence's end are never read
        np.testing.assert_allclose(got[b, :n], ref[b, :n], rtol=1e-5, atol=1e-5)
        np.testing.assert_allclose(got[b, :n], _textbook(w, X[ids[b, :n]].astype(np.float64)),
                                   atol=1e-4)


def test_halved_gate_inputs_are_exactly_half_of_the_unhalved_projection():
    rng = np.random.default_rng(5)
    w = _weights(rng)
    X = rng.normal(size=(11, 7)).astype(np.float32)
    twice = w.gate_inputs(X) * np.float32(2.0)
    a = w.arrays
    H = w.hidden
    scale = np.ones(4 * H, dtype=np.float32)
    scale[2 * H:3 * H] = 2.0
    wih = np.ascontiguousarray(np.concatenate([a["lstm_f_wih"] * scale[:, None],
                                               a["lstm_b_wih"] * scale[:, None]]).T)
    bih = np.concatenate([a["lstm_f_b"], a["lstm_b_b"]]) * np.tile(scale, 2)
    assert np.array_equal(twice, X @ wih + bih)


def test_cached_gate_rows_are_the_projection_of_each_words_inputs():
    """The backend caches each word's projected gates (not its input vector): a cached row
    must be the projection of the word's inputs computed alone, and the cache stays bounded."""
    from rasd.recognize.ner import NerTagger, default_model_dir

    tagger = NerTagger.from_dir(default_model_dir())
    net = tagger.neural
    if net is None:
        pytest.skip("the shipped model is not a BiLSTM-CRF")
    words = ["قال", "الرئيس", "بشار", "الأسد", "في", "دمشق", "،", "2015", "كلمةغريبةجدا"]
    net.emissions_batch([words, words[:3]])
    w = net.weights
    for word in words:
        alone = w.gate_inputs(w.word_vectors(w.vocab.encode(net.extractor, [word], net._vec_dims)))
        np.testing.assert_allclose(net._table[net._rows[word]], alone[0], rtol=1e-5, atol=1e-5)
    net.max_cache = 1024
    net._rows.clear()
    net._table = None
    for i in range(0, 3000, 300):
        net.emissions_batch([[f"w{j}" for j in range(i, i + 300)]])
        assert len(net._rows) <= net.max_cache and len(net._table) <= net.max_cache


@pytest.mark.parametrize("seed", [0, 1])
def test_merged_directions_equal_transpose_reverse_concatenate(seed):
    rng = np.random.default_rng(seed)
    L, B, H = 9, 6, 4
    out = rng.normal(size=(L, 2, B, H)).astype(np.float32)
    lengths = np.sort(rng.integers(1, L + 1, size=B))[::-1].copy()
    got = _merge_directions(out, lengths)
    ref = _merge_directions_reference(out, lengths)
    assert got.flags.c_contiguous and ref.flags.c_contiguous and np.array_equal(got, ref)
