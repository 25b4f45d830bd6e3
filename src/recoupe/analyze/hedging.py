"""Hedging: is a sentence's content presented as unconfirmed?

A spaCy component (`recoupe_hedging`): epistemic cues from the language's lexicon, and
the conditional mood (the *conditionnel journalistique*: "la Chine aurait approuvé") read
from the model's morphology, with a suffix fallback for the verbs the model mislabels
("essaierait", "verraient"). Conditionals that are not hedges are left out: the
future-in-the-past after a past reporting verb ("il a annoncé qu'il démissionnerait"),
hypotheticals with *si*, and polite or desire forms ("je voudrais").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token

from recoupe.lexicons import load

_COND_ENDINGS = ("rait", "raient")


@Language.factory("recoupe_hedging", default_config={"lang": "fr"})
def make_hedging(nlp: Language, name: str, lang: str) -> "HedgingComponent":
    return HedgingComponent(nlp, lang)


class HedgingComponent:
    """Sets `sent._.hedge_cues` (list of cue strings; empty when not hedged) on every sentence."""

    def __init__(self, nlp: Language, lang: str = "fr") -> None:
        lex = load(lang, "hedges.json")
        self.not_hedge = set(lex["not_hedge_conditional_lemmas"])
        self.stems = set(lex["future_stems"])
        self.hypothetical = {m for m in lex["hypothetical_marks"] if " " not in m}
        self.hypothetical_phrases = [m for m in lex["hypothetical_marks"] if " " in m]
        self.past_announce = set(load(lang, "reporting_verbs.json")["past_announce"])
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("HEDGE", [nlp.make_doc(c) for c in lex["cues"]])
        if not Span.has_extension("hedge_cues"):
            Span.set_extension("hedge_cues", default=None)

    def is_conditional(self, t: Token) -> bool:
        if t.pos_ not in {"VERB", "AUX"}:
            return False
        if "Cnd" in t.morph.get("Mood"):
            return True
        text = t.lower_
        for ending in ("aient", "ait"):
            if text.endswith(ending) and text[: -len(ending)].endswith("r"):
                stem = text[: -len(ending)]
                lemma = t.lemma_.lower()
                if stem in self.stems or stem == lemma or stem == lemma[:-1] or stem == lemma.replace("y", "i") or stem.endswith(("ier", "yer")) and stem[:-3] == lemma[:-3]:
                    return True
        return False

    def _governing_verb(self, t: Token) -> Token:
        """The verb a conditional auxiliary belongs to (aurait → approuvé)."""
        return t.head if t.dep_.startswith("aux") else t

    def _excluded(self, t: Token, sent: Span) -> bool:
        verb = self._governing_verb(t)
        if verb.lemma_.lower() in self.not_hedge or t.lemma_.lower() in self.not_hedge:
            return True
        # hypothetical: a "si" clause in the same sentence
        if any(x.lower_ in self.hypothetical and x.pos_ in {"SCONJ", "ADV"} for x in sent):
            return True
        low = sent.text.lower()
        if any(p in low for p in self.hypothetical_phrases):
            return True
        # future-in-the-past: a simple conditional in a clause governed by a past announcing verb
        simple = not t.dep_.startswith("aux")
        node = verb
        for _ in range(4):
            if node.head == node:
                break
            parent = node.head
            if node.dep_ in {"ccomp", "xcomp", "advcl", "conj"} and parent.lemma_.lower() in self.past_announce:
                past = any(c.dep_.startswith("aux") for c in parent.children) or "Past" in parent.morph.get("Tense") or "Imp" in parent.morph.get("Tense")
                return simple and past
            node = parent
        return False

    def __call__(self, doc):
        phrase_hits: dict[int, list[tuple[int, str]]] = {}
        for _, s, e in self.matcher(doc):
            phrase_hits.setdefault(s, []).append((s, doc[s:e].text))
        for sent in doc.sents:
            cues = [(t.i, t.text) for t in sent if self.is_conditional(t) and not self._excluded(t, sent)]
            for i in range(sent.start, sent.end):
                cues.extend(phrase_hits.get(i, []))
            sent._.hedge_cues = [text for _, text in sorted(set(cues))]
        return doc
