"""Text similarity for linking: TF-IDF vectors, sparse nearest neighbours, graph clustering.

Everything here works on sparse matrices and never compares all pairs of a corpus:
neighbours come from an inverted index over each row's strongest features (blocking),
capped so that very common features do not create quadratic candidate lists.

    >>> vecs = statement_vectors(["Un homme danse.", "Un homme est en train de danser."])
    >>> round(float(vecs[0].multiply(vecs[1]).sum()), 2) > 0.3
    True
"""

from __future__ import annotations

import functools
import heapq
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

__all__ = [
    "fold",
    "content_part",
    "content_words",
    "Tokens",
    "TextVectors",
    "doc_freq",
    "idf",
    "weigh",
    "tfidf",
    "combine",
    "group_scores",
    "dense_gram",
    "statement_vectors",
    "statement_similarity",
    "neighbours",
    "compact",
    "RowBuffer",
    "prune",
    "average_linkage",
    "STOPWORDS",
]

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "«": '"', "»": '"', "“": '"', "”": '"', "\u00a0": " ", "\u202f": " "})
_FOLD = {
    c: "".join(x for x in unicodedata.normalize("NFKD", chr(c)) if not unicodedata.combining(x))
    for c in range(0xC0, 0x250)
    if unicodedata.normalize("NFKD", chr(c)) != chr(c)
}
_FOLD.update({ord("œ"): "oe", ord("æ"): "ae", ord("ß"): "ss"})
_WORD = re.compile(r"[^\W\d_]+|\d+", re.U)

# Function words of French (and a few English ones that leak into French news); they carry
# no meaning for alignment. Kept short on purpose: TF-IDF already down-weights the rest.
STOPWORDS = frozenset(
    """
    a à au aux avec c ce ces cet cette ci comme d dans de des du elle elles en est et été être
    il ils je j l la le les leur leurs lui m ma mais me même mes moi mon n ne ni nos notre nous
    on ou où par pas pour qu que qui s sa se ses si son sont sur t ta te tes toi ton tu un une
    vos votre vous y ont avait avaient aussi plus très sans sous entre après avant selon
    depuis encore déjà tout tous toute toutes autre autres dont alors donc car ainsi fait faire
    a-t-il a-t-elle été était étaient sera seront serait seraient aurait auraient avoir
    the of and to in is for on that with by as at from
    """.split()
)


def fold(text: str) -> str:
    """Lowercase, accents removed, apostrophes and spaces unified: "Mikaël" → "mikael"."""
    text = text.translate(_APOS).lower().translate(_FOLD)
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def content_words(text: str, stem: int = 6) -> set[str]:
    """Folded content words, cut to `stem` characters (a cheap stemmer: évacués ~ évacuées)."""
    if stem == 6:
        return set(itertools.chain.from_iterable(map(_chunk_stems, text.split())))
    return {w[:stem] for w in _WORD.findall(fold(text)) if len(w) > 2 and w not in STOPWORDS and not w.isdigit()}


@functools.lru_cache(maxsize=1 << 17)
def _chunk_stems(chunk: str) -> tuple[str, ...]:
    """`content_words` of one whitespace-separated chunk (see `Tokens.ids` for why per chunk)."""
    return tuple(w[:6] for w in _WORD.findall(fold(chunk)) if len(w) > 2 and w not in STOPWORDS and not w.isdigit())


_LEAD_SOURCE = re.compile(r"^\s*(?:mais\s+|et\s+)?(?:selon|d['’]après|de source)\b[^,]{0,120},\s*", re.I)
_TAIL_SOURCE = re.compile(r",\s*(?:selon|d['’]après|a(?:-t-(?:il|elle))?\s+(?:\w+\s+)?(?:déclaré|affirmé|indiqué|assuré|précisé|ajouté|expliqué|estimé|annoncé|rapporté|confirmé|dit|souligné))\b.*$", re.I)


def content_part(text: str) -> str:
    """A statement without its attribution clause, so two outlets citing different sources for
    the same fact still align: "X, a déclaré un responsable à CNN" → "X"."""
    core = _TAIL_SOURCE.sub("", _LEAD_SOURCE.sub("", text))
    return core if len(core) >= 20 else text


class Tokens:
    """Folded word tokens of many texts, as id arrays over one shared vocabulary.

    Tokenising once lets statements and articles share the work: an article's counts are
    the sum of its statements' counts. Character n-grams are computed per distinct word
    (not per occurrence) and spread to texts by a sparse product, which keeps them cheap.
    """

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self._chunks: dict[str, tuple[int, ...]] = {}

    def ids(self, text: str) -> list[int]:
        """Token ids of `text`, the same as folding it whole: folding works character by
        character and words never span whitespace, so each whitespace-separated chunk is
        folded once per corpus (folding every text was most of the tokenising time)."""
        vocab, chunks = self.vocab, self._chunks
        out: list[int] = []
        for chunk in text.split():
            got = chunks.get(chunk)
            if got is None:
                got = chunks[chunk] = tuple(vocab.setdefault(w, len(vocab)) for w in _WORD.findall(fold(chunk)))
            out.extend(got)
        return out

    def counts_flat(self, rows: np.ndarray, ids: np.ndarray, n_rows: int, bigrams: bool = True) -> sparse.csr_matrix:
        """Same as `counts` from flat arrays: token `ids[k]` belongs to doc `rows[k]` (rows ascending)."""
        rows = np.asarray(rows, np.int64)
        ids = np.asarray(ids, np.int64)
        stop = self.stop_ids()
        keep = ~np.isin(ids, stop) if len(stop) else np.ones(len(ids), bool)
        rows, ids = rows[keep], ids[keep]
        r, c = [rows], [ids]
        if bigrams and len(ids) > 1:
            same = rows[:-1] == rows[1:]
            r.append(rows[:-1][same])
            c.append(_BIGRAM_BASE + (ids[:-1][same] * 1_000_003 + ids[1:][same]) % _BIGRAM_SPACE)
        rr, cc = np.concatenate(r), np.concatenate(c)
        m = sparse.csr_matrix((np.ones(len(rr), np.float32), (rr, cc)), shape=(n_rows, _BIGRAM_BASE + _BIGRAM_SPACE))
        m.sum_duplicates()
        return m

    def stop_ids(self) -> np.ndarray:
        return np.array([self.vocab[w] for w in _STOP_FOLDED if w in self.vocab], np.int64)

    def char_map(self) -> sparse.csr_matrix:
        """Rows: vocabulary words; columns: hashed character 3–5-grams of " word "."""
        words = [""] * len(self.vocab)
        for w, i in self.vocab.items():
            words[i] = w
        return _CHARS.transform(words).tocsr()


_BIGRAM_BASE = 2**22  # unigram ids live below; hashed bigrams above
_BIGRAM_SPACE = 2**21
_STOP_FOLDED = frozenset(fold(w) for w in STOPWORDS)
_CHARS = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), n_features=2**20, alternate_sign=False, norm=None, lowercase=False)


def doc_freq(counts: sparse.csr_matrix) -> np.ndarray:
    """How many rows use each column."""
    return np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.int64)


def idf(df: np.ndarray, n: int) -> np.ndarray:
    """Smoothed IDF, as scikit-learn's TfidfTransformer computes it."""
    return (np.log((n + 1) / (df + 1)) + 1).astype(np.float32)


def weigh(counts: sparse.csr_matrix, weights: np.ndarray) -> sparse.csr_matrix:
    """Sublinear TF times `weights` (an IDF), rows L2-normalised; lets chunks of a corpus
    share the IDF of the whole corpus without holding all its vectors at once."""
    m = counts.tocsr().astype(np.float32, copy=True)
    m.data = (np.log(m.data) + 1) * weights[m.indices]
    return normalize(m).astype(np.float32)


def tfidf(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """TF-IDF with the IDF fitted on `counts` themselves, rows L2-normalised."""
    counts = counts.tocsr()
    counts.sum_duplicates()
    return weigh(counts, idf(doc_freq(counts), counts.shape[0]))


def combine(blocks: Sequence[tuple[sparse.csr_matrix, float]]) -> sparse.csr_matrix:
    """Weighted concatenation of L2-normalised blocks, renormalised: cosine = Σ wᵢ cosᵢ."""
    parts = [b * np.float32(np.sqrt(w)) for b, w in blocks if w > 0]
    return normalize(sparse.hstack(parts, format="csr")).astype(np.float32)


class TextVectors:
    """Word and character n-gram TF-IDF vectors of many tokenised texts, built on demand.

    Only the token ids and the IDF of the whole corpus are held; `rows` builds the
    vectors of the texts asked for. A corpus's statement vectors would take gigabytes at
    once, while every use compares statements of one story. Cosine = dot product.
    """

    def __init__(self, tokens: Tokens, offsets: np.ndarray, ids: np.ndarray, word_weight: float = 0.3, chunk: int = 50_000) -> None:
        self.tokens, self.offsets, self.ids, self.word_weight = tokens, np.asarray(offsets, np.int64), np.asarray(ids), word_weight
        self.n = len(self.offsets) - 1
        self.V = len(tokens.vocab)
        self.chars = tokens.char_map() if self.V else None
        word_df = np.zeros(_BIGRAM_BASE + _BIGRAM_SPACE, np.int64)
        char_df = np.zeros(_CHARS.n_features, np.int64)
        for lo in range(0, self.n, chunk):
            counts = self.counts(np.arange(lo, min(self.n, lo + chunk)))
            word_df += doc_freq(counts)
            if self.V:
                char_df += doc_freq(counts[:, : self.V] @ self.chars)
        self.word_idf, self.char_idf = idf(word_df, self.n), idf(char_df, self.n)

    def counts(self, rows: np.ndarray) -> sparse.csr_matrix:
        """Term counts (words and hashed word bigrams) of the texts `rows`, in that order."""
        starts, ends = self.offsets[rows], self.offsets[rows + 1]
        lengths = ends - starts
        pos = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths) + np.arange(lengths.sum())
        return self.tokens.counts_flat(np.repeat(np.arange(len(rows)), lengths), self.ids[pos], len(rows))

    def rows(self, rows: Sequence[int]) -> sparse.csr_matrix:
        """L2-normalised vectors of the texts `rows`, in that order."""
        counts = self.counts(np.asarray(rows, np.int64))
        words = weigh(counts, self.word_idf)
        if not self.V:
            return words
        return combine([(words, self.word_weight), (weigh((counts[:, : self.V] @ self.chars).tocsr(), self.char_idf), 1 - self.word_weight)])


def statement_vectors(texts: Sequence[str], word_weight: float = 0.3) -> sparse.csr_matrix:
    """L2-normalised sparse vectors of sentences; cosine = dot product.

    The IDF is fitted on `texts` themselves (the statements of a corpus), so words every
    sentence shares weigh little. This is the similarity calibrated on STS-B (fr).
    """
    tok = Tokens()
    docs = [tok.ids(t) for t in texts]
    offsets = np.cumsum([0] + [len(d) for d in docs])
    ids = np.fromiter((i for d in docs for i in d), np.int64, count=int(offsets[-1]))
    return TextVectors(tok, offsets, ids, word_weight).rows(range(len(docs)))


def statement_similarity(pairs: Iterable[tuple[str, str]], corpus: Sequence[str] | None = None) -> list[float]:
    """Cosine similarity of each pair of sentences (IDF from `corpus`, default: all the pairs' sentences)."""
    pairs = list(pairs)
    texts = [t for p in pairs for t in p]
    pool = list(corpus) if corpus is not None else []
    index = {t: i for i, t in enumerate(pool)}
    for t in texts:
        if t not in index:
            index[t] = len(pool)
            pool.append(t)
    vecs = statement_vectors(pool)
    a = vecs[[index[x] for x, _ in pairs]]
    b = vecs[[index[y] for _, y in pairs]]
    return np.asarray(a.multiply(b).sum(axis=1)).ravel().tolist()


def group_scores(vecs: sparse.csr_matrix, groups: np.ndarray, n_groups: int) -> np.ndarray:
    """Each row's dot product with the sum of its group's rows: how central it is in its
    group (the ranking of a cosine to the group's centroid). Sparse throughout, all groups
    at once; a dense centroid would cost the full (hashed) width per group."""
    n = vecs.shape[0]
    groups = np.asarray(groups, np.int64)
    member = sparse.csr_matrix((np.ones(n, np.float32), (groups, np.arange(n))), shape=(n_groups, n))
    sums = (member @ vecs).tocsr()
    sums.sort_indices()
    coo = vecs.tocoo()
    if not coo.nnz:
        return np.zeros(n)
    values = np.asarray(sums[groups[coo.row], coo.col]).ravel()
    return np.bincount(coo.row, weights=coo.data.astype(np.float64) * values, minlength=n)


def compact(m: sparse.csr_matrix, in_place: bool = False) -> sparse.csr_matrix:
    """The same rows with unused columns dropped (hashed spaces are wide; products on them are not).

    `in_place` rewrites `m.indices` instead of copying them: for a corpus-sized matrix
    the copy would be hundreds of megabytes; `m` must not be used afterwards.
    """
    m = m.tocsr()
    used = np.zeros(m.shape[1], bool)
    used[m.indices] = True
    if used.all():
        return m
    new = (np.cumsum(used, dtype=np.int64) - 1).astype(m.indices.dtype)
    indices = m.indices if in_place else np.empty_like(m.indices)
    for lo in range(0, len(indices), 1 << 22):
        indices[lo : lo + (1 << 22)] = new[m.indices[lo : lo + (1 << 22)]]
    return sparse.csr_matrix((m.data, indices, m.indptr), shape=(m.shape[0], max(1, int(used.sum()))), copy=False)


class RowBuffer:
    """A CSR matrix written a block of rows at a time, each block copied in as it comes.

    Stacking the blocks at the end (`sparse.vstack`) holds the blocks and the result at
    once: for the article vectors of a large corpus, twice its largest object. The
    buffers are reserved for `capacity` entries (pages never written take no memory),
    grown if needed and trimmed by `ndarray.resize`, which reallocates in place.
    """

    def __init__(self, width: int, capacity: int) -> None:
        self.width = width
        self.data = np.empty(max(1, capacity), np.float32)
        self.indices = np.empty(max(1, capacity), np.int64 if width > np.iinfo(np.int32).max else np.int32)
        self.indptr = [np.zeros(1, np.int64)]
        self.nnz = 0

    def append(self, block: sparse.csr_matrix) -> None:
        end = self.nnz + block.nnz
        if end > len(self.data):
            self._resize(max(end, 2 * len(self.data)))
        self.data[self.nnz : end] = block.data
        self.indices[self.nnz : end] = block.indices
        self.indptr.append(block.indptr[1:].astype(np.int64) + self.nnz)
        self.nnz = end

    def matrix(self) -> sparse.csr_matrix:
        """The rows appended so far; the buffer is handed over, so append no more."""
        self._resize(max(1, self.nnz))
        ptr = np.concatenate(self.indptr)
        m = sparse.csr_matrix((self.data[: self.nnz], self.indices[: self.nnz], ptr), shape=(len(ptr) - 1, self.width), copy=False)
        self.data = self.indices = None
        return m

    def _resize(self, size: int) -> None:
        self.data.resize(size, refcheck=False)
        self.indices.resize(size, refcheck=False)


def prune(m: sparse.csr_matrix, keep: int) -> sparse.csr_matrix:
    """Each row cut to its `keep` heaviest features and renormalised: long articles have
    tens of thousands of n-grams, most of them noise for similarity; pruning bounds the
    cost of every dot product. Built in CSR directly and renormalised in place: the
    input may be a corpus's article vectors, with little memory to spare beside them."""
    m = m.tocsr()
    lengths = np.diff(m.indptr)
    if keep <= 0 or lengths.max(initial=0) <= keep:
        return m
    kept = np.repeat(lengths <= keep, lengths)  # one flag per entry; short rows stay whole
    for i in np.flatnonzero(lengths > keep).tolist():
        s, e = m.indptr[i], m.indptr[i + 1]
        kept[s + np.argpartition(-m.data[s:e], keep)[:keep]] = True
    indptr = np.concatenate([[0], np.cumsum(np.minimum(lengths, keep))])
    out = sparse.csr_matrix((m.data[kept], m.indices[kept], indptr), shape=m.shape)
    out.sum_duplicates()  # sorted indices
    return normalize(out, copy=False).astype(np.float32, copy=False)


def neighbours(
    vecs: sparse.csr_matrix,
    k: int = 20,
    min_sim: float = 0.1,
    top_features: int = 30,
    max_posting: int = 200,
    groups: np.ndarray | None = None,
    max_candidates: int | None = None,
    chunk: int = 500,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Approximate k nearest neighbours of every row (cosine ≥ min_sim), as edges (i, j, sim) with i < j.

    Blocking: each row is indexed under its `top_features` heaviest features; a feature
    shared by more than `max_posting` rows is not used as a key. Candidates are the rows
    sharing a key; their exact cosine is then computed. Cost grows with n × candidates,
    not n². With `max_candidates`, a row keeps only its candidates with the largest dot
    product over the shared keys (a cheap lower bound of the cosine), which bounds that
    cost. With `groups` (one label per row), keys are per group, so only rows of one
    group are compared: many small groups (statements of each story) cost one call.
    """
    n = vecs.shape[0]
    if n < 2:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0, np.float32)
    vecs = compact(vecs)
    # keys: the heaviest features of each row, weighted as in the row
    lengths = np.diff(vecs.indptr)
    rows, cols, vals = [], [], []
    short = np.flatnonzero(lengths <= top_features)
    if len(short):
        sel = np.concatenate([np.arange(vecs.indptr[i], vecs.indptr[i + 1]) for i in short])
        rows.append(np.repeat(short, lengths[short]))
        cols.append(vecs.indices[sel].astype(np.int64))
        vals.append(vecs.data[sel])
    for i in np.flatnonzero(lengths > top_features).tolist():
        s, e = vecs.indptr[i], vecs.indptr[i + 1]
        sel = np.argpartition(-vecs.data[s:e], top_features)[:top_features]
        rows.append(np.full(top_features, i, dtype=np.int64))
        cols.append(vecs.indices[s:e][sel].astype(np.int64))
        vals.append(vecs.data[s:e][sel])
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    if groups is not None:
        c = np.asarray(groups, np.int64)[r] * vecs.shape[1] + c
    _, c_compact = np.unique(c, return_inverse=True)
    keys = sparse.csr_matrix((np.concatenate(vals).astype(np.float32), (r, c_compact)), shape=(n, c_compact.max() + 1 if len(c_compact) else 0))
    df = np.bincount(keys.indices, minlength=keys.shape[1])
    keep = np.flatnonzero((df >= 2) & (df <= max_posting))
    keys = keys[:, keep].tocsr()
    keys_t = keys.T.tocsr()
    pairs = []
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        cand = (keys[start:stop] @ keys_t).tocoo()  # rows sharing at least one key
        ci, cj, bound = cand.row + start, cand.col, cand.data
        if max_candidates is not None:
            order = np.lexsort((cj, -bound, ci))
            first = np.searchsorted(ci[order], np.arange(start, stop + 1))
            rank = np.arange(len(order)) - first[ci[order] - start]
            best = order[rank < max_candidates]
            ci, cj = ci[best], cj[best]
        ok = ci != cj
        # one code per unordered pair: a pair may be chosen by both of its rows
        pairs.append(np.unique(np.minimum(ci[ok], cj[ok]).astype(np.int64) * n + np.maximum(ci[ok], cj[ok])))
    codes = np.unique(np.concatenate(pairs))
    del pairs
    out_i, out_j, out_s = [], [], []
    for lo in range(0, len(codes), 1 << 20):
        ci, cj = np.divmod(codes[lo : lo + (1 << 20)], n)
        # capped candidates of neighbouring rows rarely coincide: small blocks waste less
        sims = _row_dots(vecs, ci, cj, block=16 if max_candidates is not None else 256)
        ok = sims >= min_sim
        out_i.append(ci[ok])
        out_j.append(cj[ok])
        out_s.append(sims[ok])
    if not out_i:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0, np.float32)
    return _top_k(n, np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_s), k)


def _row_dots(vecs: sparse.csr_matrix, ci: np.ndarray, cj: np.ndarray, block: int = 256) -> np.ndarray:
    """Cosines of the pairs (ci[k], cj[k]) by sparse products per block of rows.

    A product of the candidate rows with a transposed block of rows costs only the
    features they share, unlike gathering and multiplying whole rows pair by pair; the
    block (not the many candidates) is the side that gets transposed.
    """
    out = np.empty(len(ci), np.float32)
    order = np.argsort(ci, kind="stable")
    ci_s, cj_s = ci[order], cj[order]
    starts = np.searchsorted(ci_s, np.arange(0, vecs.shape[0] + block, block))
    for b in range(len(starts) - 1):
        lo, hi = starts[b], starts[b + 1]
        if lo == hi:
            continue
        r0 = b * block
        ucols, cpos = np.unique(cj_s[lo:hi], return_inverse=True)
        prod = (vecs[ucols] @ vecs[r0 : r0 + block].T.tocsr()).tocsr()
        prod.sort_indices()
        out[order[lo:hi]] = np.asarray(prod[cpos, ci_s[lo:hi] - r0]).ravel()
    return out


def _top_k(n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Keep an edge when it is among the k best of either end."""
    if k <= 0 or not len(i):
        return i, j, s
    ends = np.concatenate([i, j])
    sims = np.concatenate([s, s])
    order = np.lexsort((-sims, ends))
    ends_sorted = ends[order]
    first = np.searchsorted(ends_sorted, np.arange(n))
    rank = np.arange(len(order)) - first[ends_sorted]
    kept = np.unique(order[rank < k] % len(i))  # an edge kept by both ends counts once
    return i[kept], j[kept], s[kept]


def dense_gram(m: sparse.csr_matrix) -> np.ndarray:
    """Dense m @ m.T of a few rows of a wide matrix, at a cost that ignores the width."""
    m = m.tocsr()
    used, cols = np.unique(m.indices, return_inverse=True)
    small = sparse.csr_matrix((m.data, cols.reshape(-1), m.indptr), shape=(m.shape[0], max(1, len(used))))
    return (small @ small.T).toarray()


def average_linkage(n: int, i: Sequence[int], j: Sequence[int], s: Sequence[float], threshold: float,
                    cannot_link: "callable | None" = None) -> list[int]:
    """Average-linkage agglomerative clustering over a sparse similarity graph.

    Pairs without an edge count as similarity 0, so two clusters merge only when most of
    their members are known neighbours. Returns a cluster label per node (0..n-1).
    Deterministic: ties are broken by node order. `cannot_link(a_members, b_members)`
    may veto a merge.
    """
    parent = list(range(n))
    size = [1] * n
    members: dict[int, list[int]] = {x: [x] for x in range(n)}
    adj: dict[int, dict[int, float]] = {}
    for a, b, w in zip(i, j, s):
        a, b = int(a), int(b)
        if a == b:
            continue
        adj.setdefault(a, {})[b] = adj.setdefault(a, {}).get(b, 0.0) + float(w)
        adj.setdefault(b, {})[a] = adj.setdefault(b, {}).get(a, 0.0) + float(w)
    heap = []
    for a, nb in adj.items():
        for b, w in nb.items():
            if a < b and w >= threshold:
                heap.append((-w, a, b))
    heapq.heapify(heap)
    alive = [True] * n
    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        total = adj.get(a, {}).get(b)
        if total is None:
            continue
        avg = total / (size[a] * size[b])
        if abs(avg + neg) > 1e-9:  # stale entry: re-push with the current value
            if avg >= threshold:
                heapq.heappush(heap, (-avg, a, b))
            continue
        if cannot_link is not None and cannot_link(members[a], members[b]):
            adj[a].pop(b, None)
            adj[b].pop(a, None)
            continue
        # merge the smaller into the larger
        if len(adj.get(a, {})) < len(adj.get(b, {})):
            a, b = b, a
        alive[b] = False
        parent[b] = a
        na, nb_ = adj.setdefault(a, {}), adj.pop(b, {})
        na.pop(b, None)
        nb_.pop(a, None)
        for c, w in nb_.items():
            na[c] = na.get(c, 0.0) + w
            adj[c].pop(b, None)
            adj[c][a] = na[c]
        size[a] += size[b]
        members[a].extend(members.pop(b))
        for c, w in na.items():
            avg = w / (size[a] * size[c])
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(a, c), max(a, c)))
    labels = [0] * n
    for root, mem in members.items():
        for x in mem:
            labels[x] = root
    return labels
