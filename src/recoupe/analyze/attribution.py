"""Attribution: who a sentence's content comes from, with which cue, citing which media.

A spaCy component (`recoupe_attribution`) run in the model's pass. It reads the parse:
reporting verbs from the language's lexicon and their subjects (also inverted:
", a-t-il déclaré"), "selon X" / "d'après X" / "cité par X" phrases, quotes spread over
several sentences, pronouns resolved to the article's last named speaker. Media count
as cited outlets only where they stand in the attribution (subject, "selon" phrase,
"à CNN" on the cue verb), never inside the reported content.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from recoupe.lexicons import load
from recoupe.model import Attribution

_PRONOUNS = {"il", "elle", "ils", "elles"}
_CONTENT_DEPS = {"ccomp", "obj", "xcomp", "parataxis", "advcl", "csubj"}
_QUOTES = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"\n]*\"|‘[^‘’]*’")
_OPEN_QUOTE = re.compile(r"«[^»]*$|“[^”]*$")
_ANONYMOUS = re.compile(r"^(un|une|des|plusieurs|certains|certaines|deux|trois|quelques)\b|\bsources?\b|\banonymat\b", re.I)
_SPEAKER_TRIM = " ,;:.«»\"“”'’-–—("
_SOURCE_PREPS = {"à", "au", "aux", "avec", "dans", "par", "sur", "selon"}


def _phrase(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    span = doc[tokens[0].i : tokens[-1].i + 1]
    return span.text.strip(_SPEAKER_TRIM)


def _np_tokens(head: Token) -> list[Token]:
    """The noun phrase of `head`: its subtree without relative clauses or trailing clauses."""
    keep = []
    cut = {t.i for child in head.children if child.dep_ in {"acl:relcl", "acl", "ccomp", "advcl", "parataxis"} and child.pos_ in {"VERB", "AUX"} for t in child.subtree}
    for t in head.subtree:
        if t.i in cut or t.is_space:
            continue
        keep.append(t)
    # stop at the first comma after the head unless an apposition follows
    return [t for t in keep if t.i <= max(k.i for k in keep)]


@Language.factory("recoupe_attribution", default_config={"lang": "fr"})
def make_attribution(nlp: Language, name: str, lang: str) -> "AttributionComponent":
    return AttributionComponent(nlp, lang)


class AttributionComponent:
    """Sets `sent._.attribution` (an `Attribution` or None) on every sentence."""

    def __init__(self, nlp: Language, lang: str = "fr") -> None:
        lex = load(lang, "reporting_verbs.json")
        self.verbs = set(lex["verbs"])
        self.information_nouns = set(lex["information_nouns"])
        outlets = load(lang, "outlets.json")
        self.aliases: dict[str, str] = outlets["aliases"]
        self.kinds = set(outlets["patterns"])
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("OUTLET", [nlp.make_doc(n) for n in outlets["names"]])
        for ext in ("attribution", "outlet_spans"):
            if not Span.has_extension(ext):
                Span.set_extension(ext, default=None)
        if not Doc.has_extension("outlets"):
            Doc.set_extension("outlets", default=None)

    # -- outlets ---------------------------------------------------------------
    def outlets(self, doc: Doc) -> list[Span]:
        """Media named in the doc: lexicon names, and 'le quotidien X'-style phrases."""
        spans = [doc[s:e] for _, s, e in self.matcher(doc)]
        for t in doc:
            if t.lower_ in self.kinds and t.i + 1 < len(doc):
                j = t.i + 1
                while j < len(doc) and (doc[j].pos_ == "ADJ" and doc[j].is_lower):
                    j += 1
                k = j
                while k < len(doc) and (doc[k].is_title or doc[k].is_upper or (doc[k].text in {"-", "de", "du"} and k + 1 < len(doc) and doc[k + 1].is_title)) and not doc[k].is_punct:
                    k += 1
                if k > j and doc[j].pos_ in {"PROPN", "NOUN", "X", "ADJ"}:
                    spans.append(doc[j:k])
        spans = sorted(spans, key=lambda s: (s.start, -len(s)))
        out: list[Span] = []
        for s in spans:  # longest leftmost, no overlaps
            if not out or s.start >= out[-1].end:
                out.append(s)
        return out

    def canonical(self, name: str) -> str:
        return self.aliases.get(name, name)

    # -- sentence analysis -----------------------------------------------------
    def _cue_verbs(self, sent: Span) -> list[Token]:
        return [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in self.verbs]

    def _cue_text(self, verb: Token) -> str:
        aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
        tokens = sorted(aux + [verb], key=lambda t: t.i)
        return verb.doc[tokens[0].i : verb.i + 1].text

    def _content(self, verb: Token) -> set[int]:
        return {t.i for c in verb.children if c.dep_ in _CONTENT_DEPS for t in c.subtree}

    def _person(self, tokens: list[Token]) -> str | None:
        ents = [e for e in tokens[0].doc.ents if e.label_ == "PER" and e.start >= tokens[0].i and e.end <= tokens[-1].i + 1]
        return ents[-1].text if ents else None

    def _speaker(self, tokens: list[Token], outlet_ids: dict[int, str]) -> tuple[str | None, str | None, str | None]:
        """(speaker, kind, role) from the tokens of a subject or source phrase."""
        if not tokens:
            return None, None, None
        phrase = _phrase(tokens)
        person = self._person(tokens)
        if person:
            role = phrase.replace(person, "").strip(_SPEAKER_TRIM) or None
            return person, "person", role
        outlet = next((outlet_ids[t.i] for t in tokens if t.i in outlet_ids), None)
        if outlet and len(phrase) <= len(outlet) + 12:
            return outlet, "outlet", None
        kind = "anonymous" if _ANONYMOUS.search(phrase) else "body"
        return phrase or None, kind, None

    def _selon(self, sent: Span) -> Token | None:
        for t in sent:
            low = t.lower_
            if low == "selon" or (low == "après" and t.i > 0 and t.nbor(-1).lower_ in {"d'", "d’"}) or (low == "par" and t.i > 0 and t.nbor(-1).lower_ in {"cité", "citée", "cités", "citées"}):
                return t
        return None

    def sentence(self, sent: Span, outlet_ids: dict[int, str], last: dict[str, str | None]) -> Attribution | None:
        speaker = cue = kind = role = None
        source_tokens: set[int] = set()
        verbs = self._cue_verbs(sent)
        verb = None
        for v in verbs:  # prefer a verb that has a subject
            if any(c.dep_ in {"nsubj", "nsubj:pass"} for c in v.children):
                verb = v
                break
        if verb is None and verbs:
            verb = verbs[0]
        if verb is not None:
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
            cue = self._cue_text(verb)
            if subj is not None:
                if subj.lower_ in _PRONOUNS or subj.lower_.startswith("-t-"):
                    speaker, kind = last.get("person"), "person" if last.get("person") else None
                else:
                    tokens = _np_tokens(subj)
                    source_tokens.update(t.i for t in tokens)
                    speaker, kind, role = self._speaker(tokens, outlet_ids)
            content = self._content(verb)
            for c in verb.children:
                if c.dep_ in {"obl", "obl:arg", "iobj", "obl:mod"} and c.i not in content:
                    source_tokens.update(t.i for t in c.subtree)
        selon = self._selon(sent)
        if selon is not None:
            head = selon.head if selon.head != selon else None
            if head is not None and head.i in range(sent.start, sent.end):
                tokens = [t for t in _np_tokens(head) if t.i > selon.i]
                source_tokens.update(t.i for t in head.subtree)
                agent = next((t for t in head.subtree if t.lower_ == "par" and t.head.i != head.i and t.i > selon.i), None)
                if agent is not None:
                    tokens = _np_tokens(agent.head)
                    tokens = [t for t in tokens if t.i > agent.i and not (t.lower_ in {"à", "au", "aux"} or t.i in outlet_ids) or False]
                    tokens = _trim_at_prep(tokens)
                if head.lower_ in self.information_nouns and agent is None:
                    tokens = []
                sp, k, r = self._speaker(tokens, outlet_ids)
                if speaker is None or cue is None:
                    speaker, kind, role = sp, k, r
                    cue = "d'après" if selon.lower_ == "après" else ("cité par" if selon.lower_ == "par" else "selon")
        outlets: list[str] = []
        for i in sorted(source_tokens):
            name = outlet_ids.get(i)
            if name and name not in outlets:
                outlets.append(name)
        if kind == "outlet" and speaker and speaker not in outlets:
            outlets.insert(0, speaker)
        if cue is None:
            return None
        direct = bool(_QUOTES.search(sent.text))
        if kind == "person" and speaker:
            last["person"] = speaker
        return Attribution(speaker=speaker, cue=cue, direct=direct, outlets=outlets, speaker_kind=kind, role=role)

    def __call__(self, doc: Doc) -> Doc:
        spans = self.outlets(doc)
        doc._.outlets = [(s.start_char, s.end_char, self.canonical(s.text)) for s in spans]
        outlet_ids = {t.i: self.canonical(s.text) for s in spans for t in s}
        last: dict[str, str | None] = {"person": None}
        previous: tuple[Span, Attribution | None] | None = None
        open_quote = False
        for sent in doc.sents:
            att = self.sentence(sent, outlet_ids, last)
            text = sent.text.strip()
            quoted = text[:1] in "«“\"" or open_quote
            if att is None and previous is not None and previous[1] is not None and quoted:
                prev = previous[1]
                if previous[0].text.rstrip().endswith(":") or open_quote:
                    att = Attribution(prev.speaker, prev.cue, True, list(prev.outlets), speaker_kind=prev.speaker_kind, role=prev.role)
            sent._.attribution = att
            open_quote = bool(_OPEN_QUOTE.search(sent.text)) or (open_quote and "»" not in sent.text and "”" not in sent.text)
            previous = (sent, att)
        return doc


def _trim_at_prep(tokens: list[Token]) -> list[Token]:
    out = []
    for t in tokens:
        if t.lower_ in {"à", "au", "aux"} and out:
            break
        out.append(t)
    return out
