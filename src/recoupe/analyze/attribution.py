"""Attribution: who a sentence's content comes from, with which cue, citing which media.

A spaCy component (`recoupe_attribution`) run in the model's single pass. For every
sentence it looks for four kinds of cue, from the strongest to the weakest:

1. an inverted cue, after the content: ", a déclaré un haut responsable à CNN",
   ", a-t-il ajouté", « … », affirme le ministre;
2. a sentence-level "selon X" / "d'après X" / "cité par X" phrase (at the head of the
   sentence or closing it after a comma);
3. a reporting verb with its subject, provided it has reported content — a que-clause,
   a colon or a quote, an infinitive for the verbs that take one ("nie avoir trahi") —
   so that "la Russie a demandé à la Chine une aide" is not reported speech;
4. a "selon X" phrase inside the content.

Speakers keep their own words for anonymous and collective sources ("un haut
responsable américain"); a named person keeps the title or apposition as `role`;
il/elle/ils and "selon lui" resolve to the article's last compatible speaker; a relative
"qui" resolves to its antecedent; verbs inside quotes (the quoted person's own "je",
"nous") are not cues. Quotes spread over several sentences take the attribution found
next to the quote (before its opening or after its closing). Media count as cited
outlets only where they stand in the attribution (subject, "selon" phrase, "à CNN" on
the cue verb, "dans une interview à …"), never inside the reported content; `via` lists
the outlets that relay a speaker who is not themselves ("a déclaré un responsable à CNN",
"The Washington Post aurait d'abord signalé" after "The Guardian rapporte").
All words come from the language's lexicons (reporting_verbs.json, outlets.json).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from spacy import symbols
from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from recoupe.lexicons import load
from recoupe.model import Attribution

_TRIM = " ,;:.«»\"“”'’‘-–—()\u00a0\u202f"
_OPENERS = {"«": "»", "“": "”", "‘": "’"}
_STRAIGHT = '"'
_FEMININE_ENDINGS = ("ente", "ante", "trice", "euse", "ée", "ère", "enne", "esse", "ate", "ue", "ine")
_ER_ENDINGS = ("aient", "ait", "ent", "es", "e", "ée", "ées", "és", "é", "a", "ons", "ez", "ant")
_FUNCTION_WORDS = {"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "à", "au", "aux", "en", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "qui", "que", "dont", "pour", "par", "sur", "dans", "a", "est", "il", "elle", "m", "mme"}
_QUANTIFIER_PRONOUNS = {"un", "une", "l'un", "l'une", "certains", "certaines", "plusieurs", "chacun", "beaucoup", "aucun", "celui", "celle", "ceux", "tous"}
_CLITICS = {"ne", "n'", "n’", "se", "s'", "s’", "lui", "leur", "l'", "l’", "nous", "vous", "en", "y", "-t", "-il", "-elle", "-on", "-ils", "-elles"}
_WEB_ADDRESS = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:fr|com|net|org|info|cn|be|ch|ca|uk|de|es|it|eu|tv|ru|jp|us|io)$")
_DET_GENDERS = {"la": "Fem", "cette": "Fem", "le": "Masc", "ce": "Masc", "cet": "Masc"}
_LATEST = {"ce dernier": False, "celui-ci": False, "cette dernière": True, "celle-ci": True}  # True: feminine
_ADDRESS = re.compile(r"\b(?:vous|votre|vos)\b", re.I)  # an interviewer's question
_FIRST_SINGULAR = re.compile(r"\b(?:je|moi|mon|ma|mes|me)\b|\b[jm]['’]", re.I)  # "nous" is also the newspaper's
_FIRST_PERSON = re.compile(r"\b(?:je|nous|moi|mon|ma|mes|notre|nos)\b|\bj['’]", re.I)
_DE = {"de", "d'", "d’"}
_DE_FORMS = _DE | {"du", "des"}
_NO_SPEAKER_SUBJECTS = {"qui", "que", "ce", "cela", "ça"}  # relatives and demonstratives name no speaker
_COMPLEMENT_PREPOSITIONS = {"à", "au", "aux", "avec", "contre", "chez", "envers", "auprès", "de", "d'", "d’", "du", "des", "sur"}
_QUE = {"que", "qu'", "qu’"}
_COMPLEMENTISERS = _QUE | {"lorsque", "lorsqu'", "lorsqu’", "puisque", "puisqu'", "puisqu’", "quand", "si"}
_SUBORDINATORS = {"alors", "bien", "parce", "avant", "après", "pendant", "tandis", "dès", "ainsi", "pour", "sans", "afin", "lors", "tant", "même", "si", "plutôt", "moins", "plus"}


@Language.factory("recoupe_attribution", default_config={"lang": "fr"})
def make_attribution(nlp: Language, name: str, lang: str) -> "AttributionComponent":
    return AttributionComponent(nlp, lang)


@dataclass
class _Cue:
    """A candidate attribution found in a sentence."""

    rank: int  # 0 inverted, 1 sentence-level selon, 2 verb with content, 3 inner selon
    pos: int  # token index of the cue
    cue: str
    speaker: str | None
    kind: str | None
    role: str | None = None
    zone: set[int] = field(default_factory=set)  # token indices where cited media count
    relay: list[str] = field(default_factory=list)  # outlets relaying inside the phrase
    pronoun: str | None = None  # unresolved pronoun subject
    first: bool = False  # "d'abord", "le premier": the speaker is the first to report


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of quotations in `text`: « », “ ”, ‘ ’ and straight
    quotes paired within a paragraph. An unclosed quote runs to the end of its paragraph,
    or on to the paragraph that closes it when the paragraphs between hold no quote mark
    (a quotation spread over several lines: '"C'est … analyse X.' / '… marchés".')."""
    spans: list[tuple[int, int]] = []
    pos = 0
    # per paragraph: (start offset, the closer an unclosed quote waits for and where it
    # opened, the offset of a lone closer that would end a quotation opened earlier)
    paras: list[tuple[int, tuple[str, int] | None, int | None, bool]] = []
    for para in text.split("\n"):
        stack: list[tuple[str, int]] = []
        straight: int | None = None
        lone: int | None = None
        for i, ch in enumerate(para):
            if ch in _OPENERS:
                stack.append((_OPENERS[ch], i))
            elif stack and ch == stack[-1][0]:
                _, s = stack.pop()
                if not stack:
                    spans.append((pos + s, pos + i + 1))
            elif ch == _STRAIGHT and not stack:
                if straight is None:
                    straight = i
                else:
                    spans.append((pos + straight, pos + i + 1))
                    straight = None
            elif ch == "»" and not stack and lone is None:
                lone = i
        unclosed = None
        if stack:
            spans.append((pos + stack[0][1], pos + len(para)))
            unclosed = (stack[0][0], pos + stack[0][1])
        elif straight is not None:
            if len(para) - straight > 40:
                spans.append((pos + straight, pos + len(para)))
            unclosed = (_STRAIGHT, pos + straight)
            if para.count(_STRAIGHT) == 1 and not any(c in para for c in "«»“”"):
                lone = straight
        marks = any(c in para for c in "«»“”\"")
        paras.append((pos, unclosed, None if lone is None else pos + lone, marks))
        pos += len(para) + 1
    closing: set[int] = set()
    for k, (_, unclosed, _, _) in enumerate(paras):
        if unclosed is None or k in closing:
            continue
        closer, opened = unclosed
        for j in range(k + 1, min(len(paras), k + 5)):
            _, _, lone, marks = paras[j]
            if not marks:
                continue
            if lone is not None and (closer == _STRAIGHT) == (text[lone] == _STRAIGHT):
                spans = [sp for sp in spans if sp[0] not in {opened, lone}]
                spans.append((opened, lone + 1))
                closing.add(j)
            break
    return sorted(spans)


class AttributionComponent:
    """Sets `sent._.attribution` (an `Attribution` or None) on every sentence and
    `doc._.outlets` (start_char, end_char, canonical name) for every medium named."""

    def __init__(self, nlp: Language, lang: str = "fr") -> None:
        lex = load(lang, "reporting_verbs.json")
        self.verbs = set(lex["verbs"])
        self.inf_verbs = set(lex.get("infinitive_content", []))
        self.adj_verbs = set(lex.get("adjective_content", []))
        self.information_nouns = set(lex["information_nouns"])
        self.selon = lex.get("source_prepositions", {"selon": "selon"})
        self.not_source = set(lex.get("not_source_heads", []))
        self.agent_participles = set(lex.get("agent_participles", []))
        self.citing = set(lex.get("citing", []))
        self.addressees = set(lex.get("addressee_nouns", []))
        self.channels = set(lex.get("channel_nouns", []))
        self.circumstances = set(lex.get("circumstance_nouns", []))
        self.institutions = set(lex.get("institution_names", []))
        self.governors = set(lex.get("infinitive_governors", []))
        self.first_marks = [m.split() for m in lex.get("first_report_marks", [])]
        self.stop_words = set(lex.get("phrase_stops", []))
        self.object_verbs = set(lex.get("object_content_verbs", []))
        self.object_nouns = set(lex.get("object_content_nouns", []))
        self.paraphrase_verbs = set(lex.get("paraphrase_verbs", []))
        self.pronouns = lex.get("subject_pronouns", {"il": "sg", "elle": "sg", "ils": "pl", "elles": "pl"})
        self.object_pronouns = lex.get("object_pronouns", {"lui": "sg", "elle": "sg", "eux": "pl", "elles": "pl"})
        self.quote_persons = set(lex.get("speaker_pronouns_in_quotes", ["je", "j'", "j’", "nous", "tu", "vous", "on"]))
        self.anonymous = re.compile(lex.get("anonymous_pattern", r"^(un|une|des|plusieurs)\b"), re.I)
        self.titles = set(lex.get("person_titles", []))
        self.org_nouns = set(lex.get("organisation_nouns", []))
        self.anaphoric_dets = set(lex.get("anaphoric_determiners", ["ce", "cet", "cette", "ces"]))
        self.pour_heads = self.titles | set(lex.get("source_nouns", []))
        self.person_nouns = set(lex.get("person_nouns", []))
        self.on_places = set(lex.get("impersonal_source_places", []))
        self.prenominal = set(lex.get("prenominal_modifiers", []))
        self.demonyms = set(lex.get("demonyms", []))
        self.offer_verbs = set(lex.get("offer_verbs", []))
        self.first_names = {n: g for g, names in load(lang, "first_names.json").items() if not g.startswith("_") for n in names}
        self.stance_adjectives = set(lex.get("stance_adjectives", []))
        self.documents = set(lex.get("document_nouns", []))
        self.stance: dict[str, list[list[str]]] = {k: [w.split() for w in v] for k, v in lex.get("stance_verbs", {}).items()}
        self.stance_only = set(self.stance) - self.verbs
        self.verbs |= self.stance_only
        outlets = load(lang, "outlets.json")
        self.aliases: dict[str, str] = outlets["aliases"]
        self.kinds = set(outlets["patterns"])
        self.topic_verbs = set(outlets.get("topic_verbs", []))
        self.described_kinds = [k.replace("’", "'").split() for k in outlets.get("described_kinds", [])]
        self.described_kinds += [[w.replace("'", "’") for w in k] for k in self.described_kinds if any("'" in w for w in k)]
        self.definite_dets = set(outlets.get("definite_determiners", []))
        self.web_words = set(outlets.get("web_address_after", []))
        self.medium_words = set(outlets.get("medium_words", []))
        self._described_names: dict[int, str] = {}
        self._memo: dict[int, tuple[bool, bool, bool, bool]] = {}
        self._lemma_memo: dict[int, bool] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        names = list(outlets["names"]) + [n.replace("'", "’") for n in outlets["names"] if "'" in n]
        self.aliases.update({n.replace("'", "’"): self.aliases.get(n, n) for n in outlets["names"] if "'" in n})
        self.matcher.add("OUTLET", [nlp.make_doc(n) for n in names])
        # "au Figaro", "selon la Tribune", "du Monde": the name without its article
        self.bare: dict[str, str] = {}
        for n in outlets["names"]:
            for art in ("Le ", "La ", "Les ", "L'"):
                if n.startswith(art) and len(n) > len(art) + 2:
                    self.bare[n[len(art):]] = n
        self.bare_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.bare_matcher.add("BARE", [nlp.make_doc(n) for n in self.bare])
        self.source_subject_verbs = set(lex.get("outlet_source_verbs", []))
        self.ambiguous = set(outlets.get("ambiguous", []))
        self.ambiguous_bare = self.ambiguous | set(outlets.get("ambiguous_bare", []))
        self.contact_participles = set(lex.get("contact_participles", []))
        # titles used as the name of one person ("le dalaï lama"): the NER misses them
        self.named_titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.named_titles.add("NAMED", [nlp.make_doc(n) for n in lex.get("named_titles", [])])
        self.person_heads = self.titles | self.person_nouns
        # "faire état de", "rendre public": a verb and the word after it report content through an object
        self.verb_phrases: dict[str, set[str]] = {k: set(v) for k, v in lex.get("verb_phrases", {"faire": ["état"]}).items()}
        self._phrase_words = set().union(*self.verb_phrases.values())
        self.denial_verbs = set(lex.get("denial_verbs", []))
        self.confirming_verbs = set(lex.get("confirming_verbs", []))
        self.date_words = set(lex.get("date_words", [])) | self.stop_words
        self.modal_verbs = set(lex.get("modal_verbs", []))
        self.relative_words = set(lex.get("relative_source_words", []))
        self.conjunction_heads = set(lex.get("conjunction_heads", []))
        self.reflexive_paraphrase = set(lex.get("reflexive_paraphrase_verbs", []))
        self.speech_nouns = set(lex.get("speech_nouns", []))
        self.report_nouns = set(lex.get("report_nouns", []))
        self.reaction_marks = [m.replace("’", "'").split() for m in lex.get("reaction_marks", [])]
        self.request_verbs: dict[str, set[str]] = {k: set(v) for k, v in lex.get("request_verbs", {}).items()}
        self.request_only = set(lex.get("request_only_verbs", []))
        for ext in ("attribution",):
            if not Span.has_extension(ext):
                Span.set_extension(ext, default=None)
        if not Doc.has_extension("outlets"):
            Doc.set_extension("outlets", default=None)

    # -- outlets ---------------------------------------------------------------
    def outlets(self, doc: Doc) -> list[Span]:
        """Media named in the doc: lexicon names, 'le quotidien X'-style phrases, web
        addresses after a site word ('la plateforme bullog.cn'), and media described by
        their kind ('la radio militaire israélienne', 'selon ce blog', see `_described`)."""
        spans = []
        for _, s, e in self.matcher(doc):
            span = doc[s:e]
            if span.text in self.ambiguous and not self._media_context(span):
                continue
            spans.append(span)
        self._bare_names: dict[int, str] = {}
        self._described_names = {}
        for _, s, e in self.bare_matcher(doc):
            before = doc[s - 1].lower_ if s > 0 else ""
            if s > 1 and before in {"«", "“", '"'}:
                before = doc[s - 2].lower_
            if before in {"au", "du", "le", "la", "les", "aux", "des", "l'", "l’"} and doc[s - 1].is_lower or before in {"au", "du", "aux", "des"}:
                if e < len(doc) and (doc[e].pos_ == "ADJ" and doc[e].is_lower or doc[e].lower_ in _DE and e + 1 < len(doc) and doc[e + 1].is_title):
                    continue  # "l'Union européenne", "l'Equipe de France": not the paper
                if before in {"du", "de", "des"} and s > 1 and doc[s - 2].is_title and doc[s - 2].pos_ in {"NOUN", "PROPN"}:
                    continue  # "la Coupe du Monde": part of a longer name
                if self.bare[doc[s:e].text] in self.ambiguous_bare and not self._media_context(doc[s:e]):
                    continue
                self._bare_names[s] = self.bare[doc[s:e].text]
                spans.append(doc[s:e])
        descriptions = []
        for ki in self._kind_idx:
            t = doc[ki]
            if t.i + 1 < len(doc):
                j = t.i + 1
                while j < len(doc) and (doc[j].pos_ == "ADJ" and doc[j].is_lower or doc[j].lower_ in self.medium_words):
                    j += 1  # "le quotidien britannique X", "le site Web X"
                k = j
                while k < len(doc) and not doc[k].is_punct and (
                    doc[k].is_title or doc[k].is_upper or (doc[k].lower_ in {"de", "du", "-"} and k + 1 < len(doc) and doc[k + 1].is_title and k > j)
                ):
                    k += 1
                if k > j and doc[j].ent_type_ not in {"PER", "LOC"}:
                    spans.append(doc[j:k])
                    continue
            descriptions.append(ki)
        for ti in self._web_idx:
            before = {x.lower_ for x in doc[max(0, ti - 3) : ti]}
            if before & self.web_words:
                spans.append(doc[ti : ti + 1])
        if descriptions:
            spans.extend(self._described(doc, descriptions, spans))
        spans = sorted(spans, key=lambda s: (s.start, -len(s)))
        out: list[Span] = []
        for s in spans:  # longest leftmost, no overlaps
            if not out or s.start >= out[-1].end:
                out.append(s)
        return out

    def _described(self, doc: Doc, kind_idx: list[int], named: list[Span]) -> list[Span]:
        """Media designated by their kind after a definite or demonstrative determiner.

        A specific description (two adjectives, or a place: 'la radio militaire
        israélienne', 'la télévision de Caracas') names a medium of its own. Any other one
        ('le quotidien', 'ce blog', 'la chaîne de télévision') refers back to the last
        medium named before it, or, with an adjective and none named, is a medium of its
        own ('la télévision publique'). A complement that is not a place ('le site de son
        équipe') makes it something else than a medium."""
        starts = sorted((s.start, s.end, s) for s in named)
        names = {s.start: s for s in named}
        out: list[Span] = []
        n = len(doc)
        for ki in kind_idx:
            if ki == 0 or ki in names:
                continue
            det = doc[ki - 1].lower_
            if det not in self.definite_dets or not doc[ki].is_lower or "Plur" in doc[ki].morph.get("Number"):
                continue  # "le Journal officiel", "du Quotidien de Pékin" are names, "des chaînes" no medium
            end = 0
            for words in self.described_kinds:
                if ki + len(words) <= n and all(doc[ki + x].lower_ == w for x, w in enumerate(words)):
                    end = max(end, ki + len(words))
            if not end:
                continue
            adjectives = 0
            while end < n and doc[end].pos_ == "ADJ" and doc[end].is_lower:
                adjectives += 1
                end += 1
            nxt = end
            while nxt + 1 < n and (doc[nxt].pos_ == "DET" or doc[nxt].lower_ in {"«", "“", '"'}):
                nxt += 1
            if nxt < n and (nxt in names or doc[nxt].is_title or doc[nxt].is_upper) and not doc[nxt].is_punct:
                continue  # "la chaîne de télévision publique CCTV", "du quotidien italien la Gazzetta": the name follows
            place = False
            if end + 1 < n and doc[end].lower_ in _DE:
                k = end + 1
                while k < n and doc[k].ent_type_ == "LOC" and not doc[k].is_punct:
                    k += 1
                if k == end + 1 or any(end + 1 <= s < k for s in names) or doc[ki].lower_ in self.web_words:
                    continue  # "le site de son équipe", "le site internet de Cap 21", "le journal télévisé de France 2"
                place, end = True, k
            elif end < n and doc[end].lower_ in {"du", "des"}:
                continue
            demonstrative = det in {"ce", "cet", "cette"}
            if (adjectives >= 2 or place) and not demonstrative:
                name = doc[ki:end].text
            else:
                earlier = [sp for s0, _, sp in starts if s0 < ki]
                if earlier:
                    last = earlier[-1]
                    name = self._bare_names.get(last.start) or self._described_names.get(last.start) or last.text
                elif adjectives and not demonstrative:
                    name = doc[ki:end].text
                else:
                    continue
            span = doc[ki:end]
            self._described_names[ki] = name
            out.append(span)
            names[ki] = span
            starts = sorted(starts + [(ki, end, span)])
        return out

    def _media_context(self, span: Span) -> bool:
        """An ambiguous name (Time, Metro, Arte…) counts as a medium only after a medium word or as a source."""
        doc = span.doc
        before = {doc[i].lower_ for i in range(max(0, span.start - 3), span.start)}
        k = span.start - 1
        while k >= 0 and doc[k].lower_ in {"«", "“", '"', "l'", "l’", "le", "la"}:
            k -= 1
        if k >= 0 and doc[k].lower_ in {"dans", "par"}:
            return True  # "parue dans Libération", "attribués par « L'Equipe »": no article, a title
        return bool(before & (self.kinds | set(self.selon) | {"à", "au"}))

    def canonical(self, name: str) -> str:
        name = name.strip(_TRIM)
        for _ in range(3):  # alias chains: "Le JDD" → "JDD" → "Journal du dimanche"
            name = self.aliases.get(name, name)
        return name

    # -- helpers ---------------------------------------------------------------
    def lemma(self, t: Token) -> str:
        """The token's lemma, or a guess from its ending when the model left it uninflected
        ("indique" lemmatised as "indique")."""
        lemma = t.lemma_.lower()
        if lemma in self.verbs or t.pos_ not in {"VERB", "AUX", "NOUN", "ADJ", "PROPN"}:
            return lemma
        low = t.lower_.replace("\u00ad", "")
        if low == "savoir" and t.i > 0 and t.doc[t.i - 1].lemma_ == "faire":
            return "faire savoir"
        for ending in _ER_ENDINGS:
            if low.endswith(ending) and low[: -len(ending)] + "er" in self.verbs:
                return low[: -len(ending)] + "er"
        return lemma

    def _surface_aux(self, v: Token, sent: Span) -> Token | None:
        """An avoir/être auxiliary separated from the participle by an incise or an
        adverbial the parser mis-attached ("a, lui, jugé", "a par ailleurs jugé")."""
        if "Part" not in v.morph.get("VerbForm"):
            return None
        doc = v.doc
        for k in range(v.i - 1, max(sent.start, v.i - 6) - 1, -1):
            x = doc[k]
            if x.lemma_ in {"avoir", "être"} and "Fin" in x.morph.get("VerbForm"):
                return x if k < v.i - 1 else None
            if not (x.text == "," or x.pos_ in {"ADV", "ADP"} or x.lower_ in {"lui", "elle", "eux", "elles", "aussi", "ailleurs", "même"} or (x.lower_.startswith("-") and x.lower_ in _CLITICS)):
                return None
        return None

    def _is_cue_verb(self, t: Token) -> bool:
        phrase = self._verb_phrase(t)  # "a fait état de", "a rendu public"
        if phrase and t.lemma_ == "faire":
            return True
        if t.pos_ not in {"VERB", "AUX"} or (self.lemma(t) not in self.verbs and not phrase):
            return False
        has_aux = t.i > 0 and (t.doc[t.i - 1].lemma_ in {"avoir", "être"} or any(c.dep_.startswith("aux") for c in t.children) or self._surface_aux(t, t.sent) is not None)
        closing = t.i >= 2 and t.doc[t.i - 1].text == "," and t.doc[t.i - 2].text in {"»", "”", '"'}
        if (t.dep_ == "amod" and not closing) or (t.dep_ == "acl" and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense") and not has_aux):
            return False
        if "Inf" in t.morph.get("VerbForm") and t.lower_ == "savoir" and t.i > 0 and t.doc[t.i - 1].lemma_ == "faire":
            return True  # "a fait savoir que"
        incise = t.i > 0 and t.doc[t.i - 1].text in {",", "»", "”", '"'}
        if ("Sub" in t.morph.get("Mood") and not incise) or ("Inf" in t.morph.get("VerbForm") and t.lower_.endswith(("er", "ir", "re", "oir")) and self._governor(t) is None):
            return False  # "que le monde croie", "il convient de noter" (not "raconte" mistagged)
        if any(c.dep_ == "aux:pass" for c in t.children):
            return False  # "aurait été prévenue par une amie": the subject is the hearer
        doc = t.doc
        group = [doc[k].lower_ for k in range(max(0, t.i - 4), t.i)]
        after = [doc[k].lower_ for k in range(t.i + 1, min(len(doc), t.i + 3))]
        if any(w in {"ne", "n'", "n’"} for w in group) and any(w in {"pas", "jamais", "rien", "guère"} for w in group + after):
            return False  # "ne lui aurait pas dit que", "n'a pas dit si": nothing is reported
        if not self._inverted_pronoun(t) and any(c.dep_ == "mark" and c.lower_ in _QUE and not self._adverbial_que(c) for c in t.children):
            return False  # inside a que-clause: the content of another verb (not "…, a-t-il dit", "Au point que X pense que")
        if "Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense") and not any(c.dep_.startswith("nsubj") for c in t.children) and not self._gerund(t):
            return False  # "proclamant que": a participle clause, not a new cue
        return True

    def _adverbial_que(self, que: Token) -> bool:
        """Does this "que" close an adverbial conjunction ("au point que", "d'autant que",
        "alors que", the concessive "quels que soient") rather than open the content of
        another verb?"""
        doc = que.doc
        return que.i > 0 and (doc[que.i - 1].lower_ in _SUBORDINATORS or doc[que.i - 1].lower_ in self.conjunction_heads or doc[que.i - 1].lower_ in {"quel", "quels", "quelle", "quelles"})

    @staticmethod
    def _gerund(t: Token) -> bool:
        """"en affirmant que": the gerund's subject is its main verb's ("X a relevé … en affirmant que")."""
        return t.i > 0 and t.doc[t.i - 1].lower_ == "en" and t.head.i != t.i and t.head.i < t.i

    def _verb_phrase(self, t: Token) -> int:
        """The end index of the reporting phrase `t` is the verb of ("fait état", "rendu
        publics", "fait aussi état"), or 0."""
        words = self.verb_phrases.get(t.lemma_)
        if words is None or t.i + 1 >= len(t.doc):
            return 0
        k = t.i + 1
        if t.doc[k].pos_ == "ADV" and k + 1 < len(t.doc):
            k += 1
        return k + 1 if t.doc[k].lower_ in words else 0

    def _governor(self, t: Token) -> Token | None:
        """The verb governing a reporting infinitive that keeps its subject ("a tenu à
        souligner", "s'accordent à dire", "vient de déclarer"), or None."""
        doc = t.doc
        if "Inf" in t.morph.get("VerbForm") and t.i >= 1:
            # a modal right before the infinitive, or before one adverb ("a pu observer",
            # "a dû reconnaître", "veut aussi rappeler"): the modal's subject speaks
            m = doc[t.i - 1] if doc[t.i - 1].pos_ != "ADV" or t.i < 2 else doc[t.i - 2]
            if m.pos_ in {"VERB", "AUX"} and m.lemma_.lower() in self.modal_verbs and "Inf" not in m.morph.get("VerbForm") and m.i >= t.sent.start:
                return m
        if "Inf" not in t.morph.get("VerbForm") or t.i < 2 or doc[t.i - 1].lower_ not in {"à", "de", "d'", "d’"}:
            return None
        g = doc[t.i - 2]
        if g.pos_ in {"VERB", "AUX"} and g.lemma_.lower() in self.governors and "Inf" not in g.morph.get("VerbForm"):
            return g
        return None

    def _verb_group_start(self, v: Token, sent: Span) -> int:
        """Index of the first token of the verb group (auxiliaries, negation, clitics,
        adverbs between them: "n'a pas immédiatement répondu", "aurait d'abord signalé")."""
        gov = self._governor(v)
        if gov is not None and gov.i >= sent.start:
            return self._verb_group_start(gov, sent)
        doc = v.doc
        i = v.i
        pending = i
        while pending - 1 >= sent.start:
            p = doc[pending - 1]
            low = p.lower_
            if p.dep_.startswith("aux") or low in _CLITICS or (p.lemma_ == "faire" and v.lower_ == "savoir") or (p.pos_ == "PRON" and p.dep_ in {"obj", "iobj"} and p.head.i == v.i):
                pending -= 1
                i = pending
            elif p.pos_ == "ADV" or p.dep_ in {"advmod", "fixed"} or low in {"d'", "d’", "pas", "plus", "jamais"}:
                pending -= 1  # kept only if an auxiliary comes before it
            else:
                break
        # an auxiliary separated from its participle by an incise or an adverbial phrase
        # ("a, lui, jugé", "a par ailleurs jugé"): the group starts at the auxiliary
        auxes = [c.i for c in v.children if c.dep_.startswith("aux") and sent.start <= c.i < i and v.i - c.i <= 8]
        surface = self._surface_aux(v, sent)
        if surface is not None and surface.i < i:
            auxes.append(surface.i)
        if auxes:
            i = min(i, self._verb_group_start(doc[min(auxes)], sent) if doc[min(auxes)].i > sent.start else min(auxes))
        return i

    def _inverted_pronoun(self, v: Token) -> str | None:
        doc = v.doc
        if v.sent.text.rstrip().endswith("?"):
            return None
        for j in range(v.i - 3, min(len(doc), v.i + 3)):
            if j < 0:
                continue
            low = doc[j].lower_
            if low.startswith("-") and low.lstrip("-t").lstrip("-") in self.pronouns | {"on": None}.keys() | {"on"} and low not in {"-t"}:
                return low.split("-")[-1]
        return None

    def _content_after(self, v: Token, sent: Span) -> str | None:
        """What follows the verb: 'que', ':', 'quote', 'inf', 'adj', or None."""
        doc = v.doc
        j = v.i + 1
        steps = 0
        lemma = self.lemma(v)
        if self._verb_phrase(v):
            return "object"
        if lemma in self.request_verbs and self._request(v, lemma, sent):
            return "inf"
        if lemma in self.request_verbs and self._requested_thing(v, lemma, sent):
            return "paraphrase"
        if self._implicit_content(v, lemma, sent):
            return "object"
        if lemma in self.request_only:
            return None
        if lemma in self.stance:
            stance = self._stance(v, lemma, sent)
            if stance or lemma in self.stance_only:
                return stance
        while j < sent.end and steps < 14:
            t = doc[j]
            low = t.lower_
            if low in {"que", "qu'", "qu’", "qu"} or (low.startswith(("qu'", "qu’")) and len(low) > 3):
                if doc[j - 1].lower_ in _SUBORDINATORS and not (doc[j - 1].lower_ == "même" and doc[j - 2].lower_ not in {"de", "quand", "tout"}):
                    return None  # "alors que", "de même que"; but "assurent même que": an adverb
                return "que"
            if low in {":"}:
                return ":"
            if any(q in t.text for q in "«“\"‘"):
                return "quote" if steps <= 3 else None
            if low in {"ne", "n'", "n’", "pas", "plus", "jamais"}:
                j += 1
                continue
            if t.morph.get("VerbForm") == ["Inf"] and lemma in self.inf_verbs and steps <= 6:
                return "inf"
            if low in {"si", "s'", "s’", "comment", "pourquoi", "combien", "quand", "où"} and lemma in {"demander", "dire", "expliquer", "préciser", "indiquer", "savoir"}:
                return "question" if low in {"comment", "pourquoi", "combien"} or steps == 0 else None
            if t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Inf"] and (lemma in self.inf_verbs or any(doc[k].lower_ in {"avoir", "être"} for k in range(v.i + 1, j + 1))):
                if lemma in self.inf_verbs and steps <= 3:
                    return "inf"
                return None
            if (t.pos_ == "ADJ" or "Part" in t.morph.get("VerbForm")) and steps <= 2 and lemma in self.adj_verbs and any(doc[k].lower_ in {"s'", "s’", "se", "me", "m'", "m’"} for k in range(max(sent.start, v.i - 3), v.i)):
                return "adj"
            if t.pos_ == "NOUN" and steps <= 3 and low in self.object_nouns and lemma in self.object_verbs:
                return "object"
            if t.pos_ in {"NOUN", "PROPN"} and t.head.i == v.i and self._paraphrase_object(v, t, lemma, steps, sent):
                return "paraphrase"  # "elle pointe l'absence de critères", "a minimisé les menaces", "s'interroge sur les motivations"
            if t.pos_ in {"VERB"} and t.i != v.i:
                return None
            if low in {".", ";", "!", "?"}:
                return None
            j += 1
            steps += 1
        return None

    def _stance(self, v: Token, lemma: str, sent: Span) -> str | None:
        """A stance stated through the complement the lexicon gives the verb ("a plaidé
        aujourd'hui en faveur de", "a promis de rencontrer", "a proposé l'analyse",
        "a émis des réserves"): 'inf' or 'paraphrase', else None."""
        if v.dep_ == "acl:relcl":
            return None  # "Pékin, qui a demandé l'annulation…", "l'audience au cours de laquelle elle plaidait…": background
        doc = v.doc
        j = v.i + 1
        while j < sent.end and j - v.i <= 4 and (doc[j].pos_ == "ADV" or doc[j].lower_ in self.date_words):
            j += 1  # "a plaidé aujourd'hui pour", "avait proposé mercredi l'analyse"
        if j >= sent.end:
            return None
        wanted = self.stance[lemma]
        t = doc[j]
        if t.lower_ in _DE and ["de"] in wanted:
            k = j + 1
            while k < sent.end and doc[k].lower_ in _CLITICS | {"le", "la", "les", "se", "me", "m'", "m’"}:
                k += 1
            return "inf" if k < sent.end and "Inf" in doc[k].morph.get("VerbForm") else None
        if any(w != ["de"] and [x.lower_ for x in doc[j : j + len(w)]] == w for w in wanted):
            return "paraphrase"  # "plaider pour", "émettre des réserves" (the noun after its determiner below)
        if t.pos_ in {"DET", "NUM"}:
            k = j + 1
            while k < sent.end and doc[k].pos_ == "ADJ":
                k += 1
            if k < sent.end and doc[k].pos_ == "NOUN" and (["obj"] in wanted or any(doc[k : k + len(w)].text.lower().split() == w for w in wanted)):
                return "paraphrase"
        return None

    def _request(self, v: Token, lemma: str, sent: Span) -> bool:
        """"a demandé à sa ministre des finances X de lui donner …", "appelle les salariés à
        manifester": a request verb whose content is an infinitive introduced by its
        preposition, after an addressee, with no other verb before it."""
        doc = v.doc
        preps = self.request_verbs[lemma]
        for j in range(v.i + 1, min(sent.end, v.i + 14)):
            t = doc[j]
            if t.text in {".", ";", ":", "!", "?"} or t.lower_ in _QUE:
                return False
            if any(q in t.text for q in "«“\"‘"):
                if doc[j + 1].lower_ not in preps and doc[j - 1].lower_ not in preps:
                    return False
                continue  # "invite les Français « à écrire … »", "appelé X à « prendre … »": a quoted request
            if t.pos_ in {"VERB", "AUX"}:
                if "Inf" not in t.morph.get("VerbForm"):
                    return False
                k = j - 1
                while k > v.i and (doc[k].lower_ in _CLITICS | {"le", "la", "les", "me", "m'", "m’", "te", "t'", "t’", "s'", "s’", "pas", "ne", "n'", "n’"} or doc[k].is_quote):
                    k -= 1
                if lemma in self.offer_verbs and any(doc[x].lower_ in {"à", "au", "aux"} for x in range(v.i + 1, k)):
                    return False  # "a proposé à X de se soumettre à …": an offer made to X, not a position
                return k > v.i and doc[k].lower_ in preps
        return False

    def _implicit_content(self, v: Token, lemma: str, sent: Span) -> bool:
        """A verb of confirming or denying that ends its clause ("Natixis dément.", "Le
        ministre a démenti."), or a reporting verb in a cleft that ends the sentence ("Et
        c'est X, la ministre, qui le dit."): its content is what the sentence before said."""
        doc = v.doc
        if lemma not in self.denial_verbs and lemma not in self.confirming_verbs and not self._cleft(v, sent):
            return False
        j = v.i + 1
        while j < sent.end and (doc[j].pos_ == "ADV" or doc[j].lower_ in self.date_words):
            j += 1
        return j < sent.end and doc[j].text in {".", "!", ";"}

    @staticmethod
    def _cleft(v: Token, sent: Span) -> bool:
        """Is `v` the verb of a cleft's relative clause ("c'est X qui le dit", "ce sont
        eux qui l'affirment")?"""
        qui = next((c for c in v.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.lower_ == "qui" and c.i < v.i), None)
        if qui is None:
            return False
        doc = v.doc
        return any(doc[k].lower_ in {"c'", "c’", "ce"} and doc[k + 1].lemma_ == "être" for k in range(sent.start, qui.i - 1))

    def _requested_thing(self, v: Token, lemma: str, sent: Span) -> bool:
        """"a exigé le 11 septembre une solution", "a demandé une exception à la loi",
        "avait appelé à la fin des enlèvements": a request verb whose complement is the
        thing requested (its direct object, or for "appeler à"-type verbs the noun phrase
        after "à") states its subject's position, like an infinitive would; in a relative
        clause it is background, as for the stance verbs ("le juge, qui a demandé une
        expertise")."""
        if v.dep_ == "acl:relcl":
            return False
        doc = v.doc
        j = v.i + 1
        while j < sent.end and (doc[j].pos_ == "ADV" or doc[j].lower_ in self.date_words or doc[j].pos_ == "NUM" or (doc[j].pos_ == "DET" and j + 1 < sent.end and doc[j + 1].pos_ == "NUM")):
            j += 1  # "a exigé le 11 septembre dernier une solution"
        while j < sent.end and doc[j].pos_ == "ADJ" and doc[j].lower_ in self.date_words | {"dernier", "dernière", "prochain", "prochaine"}:
            j += 1
        if j + 1 >= sent.end:
            return False
        t = doc[j]
        if "à" in self.request_verbs[lemma]:
            if t.lower_ not in {"à", "au", "aux"}:
                return False  # "appeler son frère": a call, not a request
            t = doc[j + 1]  # "appeler à la fin de …"
        if t.pos_ not in {"DET", "NOUN"}:
            return False
        noun = t if t.pos_ == "NOUN" else t.head
        return noun.pos_ == "NOUN" and noun.head.i == v.i and noun.ent_type_ != "PER" and noun.lower_ not in self.person_heads

    def _paraphrase_object(self, v: Token, t: Token, lemma: str, steps: int, sent: Span) -> bool:
        """Is `t` the object through which `v` reports speech? A paraphrase verb's object
        near it, or its direct object after adverbials and channels ("Il a qualifié, hier,
        sur France Info, le rapport de…", "préconise en outre la nomination", which the
        parser takes for a modifier: a noun without preposition); a reflexive stance
        verb's complement ("Le parquet s'interroge sur les motivations")."""
        if lemma in self.paraphrase_verbs:
            if t.dep_ in {"obj", "nsubj", "obl:arg", "obl"} and steps <= 5:
                return True
            # (a "case" that is a fixed locution, "en outre", is an adverb the parser hung on the noun)
            prepositions = [c for c in t.children if c.dep_ == "case" and not any(f.dep_ == "fixed" for f in c.children)]
            direct = t.dep_ == "obj" or (t.dep_ == "obl:mod" and not prepositions and t.lower_ not in self.date_words)
            return direct and steps <= 10
        if lemma in self.reflexive_paraphrase and t.dep_ in {"obl:arg", "obl"} and steps <= 5:
            doc = v.doc
            return any(doc[k].lower_ in {"s'", "s’", "se"} for k in range(max(sent.start, v.i - 3), v.i))
        return False

    def _mistagged_incise(self, v: Token, sent: Span) -> bool:
        """A reporting verb the model tagged as a noun in an incise: "», juge Jean-Paul Krief"."""
        doc = v.doc
        if v.pos_ not in {"NOUN", "ADJ", "PROPN"} or self.lemma(v) not in self.verbs or v.i <= sent.start or v.i + 1 >= sent.end:
            return False
        prev, nxt = doc[v.i - 1], doc[v.i + 1]
        # "», brocarde M. Romero", "», raconte-t-il"
        subject_next = nxt.pos_ in {"PROPN", "DET"} or nxt.ent_type_ == "PER" or nxt.lower_ in self.titles or nxt.lower_ in {"-t", "-il", "-elle", "-ils", "-elles", "-on"}
        return prev.text == "," and v.i >= 2 and doc[v.i - 2].text in {"»", "”", '"', "'"} and subject_next

    def _mistagged_verb(self, v: Token, sent: Span, quotes: list[tuple[int, int]]) -> bool:
        """A reporting verb the model tagged as a noun right after its subject, with its
        content: "Jean Leonetti juge « dangereux »…", "L'élu note par ailleurs que…"."""
        doc = v.doc
        if v.pos_ not in {"NOUN", "ADJ", "PROPN"} or not v.is_lower or v.i <= sent.start or _inside(v.idx, quotes):
            return False
        if not v.lower_.endswith(("e", "ent", "ait", "aient")) or not self._guess(v.lower_):
            return False
        prev = doc[v.i - 1]
        named = prev.ent_type_ == "PER" and prev.pos_ == "PROPN"
        # "L'élu note", "Mais le ministère note": a definite subject opening the sentence
        opening = prev.pos_ == "NOUN" and v.i >= 2 and doc[v.i - 2].pos_ == "DET" and (v.i - 2 == sent.start or (v.i - 3 == sent.start and sent[0].pos_ == "CCONJ"))
        return (named or opening) and self._content_after(v, sent) in {"que", ":", "quote"}

    def _inverted(self, v: Token, sent: Span, quotes: list[tuple[int, int]]) -> bool:
        """Is `v` an incise placed after the content (", a déclaré X", "», affirme-t-il")?"""
        doc = v.doc
        if self._inverted_pronoun(v):
            return True
        if v.pos_ not in {"VERB", "AUX"}:
            return self._mistagged_incise(v, sent)
        if self._gerund(v) or self._verb_phrase(v):
            return False  # ", en évoquant une rencontre", ", rendu public la semaine dernière": not incises
        start = self._verb_group_start(v, sent)
        if v.lower_.endswith(("é", "ée", "és", "ées")) and "Part" in v.morph.get("VerbForm") and start == v.i:
            return False  # "X, interrogé le 6 mars, a nié …": a participle without auxiliary is no incise
        if start <= sent.start:
            return False
        prev = doc[start - 1]
        if prev.text not in {",", "»", "”", '"', "’"} and not prev.is_quote and not (prev.lower_ == "comme" and prev.i == sent.start):
            return False  # (sentence-initial "Comme l'explique X, …": the subject follows the verb too)
        if prev.text == _STRAIGHT and any(qs == prev.idx for qs, _ in quotes):
            return False  # an opening quote: 'et "demande l'assistance" du gouvernement' is quoted content
        if prev.text == "," and self._parenthetical(v, sent):
            return True
        if prev.text == "," and self._after_named_relative(start - 1, sent, quotes):
            return False
        if any(c.dep_ in {"nsubj", "nsubj:pass"} and c.lower_ == "qui" and c.i < v.i for c in v.children):
            return False  # "X qui, face à la polémique, multiplie …": a relative clause, not an incise
        # a subject before the verb, outside the quotes, with no quote between them: "Corinne
        # Lepage, présidente de Cap 21, a annoncé un recours" is not an incise
        anchor = self._governor(v) or v
        holders = [anchor] + [c for c in anchor.children if c.dep_.startswith("aux")]
        # a named subject after the verb: the one before it is a parsing error ("…, des
        # fonctions et les coordonnées, a précisé Michèle X")
        named_after = any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i > v.i and (c.pos_ == "PROPN" or c.ent_type_ == "PER") for c in anchor.children)
        for subj in (c for h in holders for c in h.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < start and not named_after):
            if subj.i > 0 and doc[subj.i - 1].pos_ == "AUX" and subj.pos_ == "NOUN" and subj.lower_.endswith(("é", "ée", "és", "ées", "i", "u")):
                continue  # "…, a téléphoné au président, a rapporté X": a participle mis-tagged as the subject
            if any(c.dep_ in {"cop", "expl:subj"} for c in subj.children):
                continue  # "…, c'est la faute au krach, plaide X": a nominal predicate of the content, not a subject
            # the subject's own relative clause does not separate it from the verb ("Les
            # enquêteurs, qui ont épluché…, ont relevé …")
            own = {x.i for c in subj.children if c.dep_ == "acl:relcl" and any(r.lower_ in {"qui", "dont"} for r in c.children) for x in c.subtree}
            if subj.pos_ in {"PROPN", "NOUN"} and not _inside(subj.idx, quotes) and not any(x.is_quote or x.text in _OPENERS or x.text in {"»", "”"} or (x.pos_ in {"VERB", "AUX"} and "Fin" in x.morph.get("VerbForm") and x.i not in own) for x in doc[subj.i : start]):
                return False
        # something must follow: the subject noun phrase (after an addressee: "à l'AFP")
        np_, _ = self._np_after(v.i + 1, sent)
        words = [x for x in np_ if not x.is_punct]
        if not words:
            return False
        t = words[0]
        return t.pos_ in {"DET", "PROPN", "NOUN", "ADJ", "NUM"} or t.ent_type_ in {"PER", "ORG"} or t.text[:1].isupper() or (
            t.pos_ == "PRON" and t.lower_.replace("’", "'") in _QUANTIFIER_PRONOUNS
        )

    def _after_named_relative(self, comma: int, sent: Span, quotes: list[tuple[int, int]]) -> bool:
        """"X, qui ne prend pas de gants …, déplore deux choses": the verb after the comma
        closes the relative clause of a name before it, so that name is its subject and
        what follows the verb is its object, not an inverted subject."""
        doc = sent.doc
        for k in range(comma - 1, sent.start + 1, -1):
            t = doc[k]
            if t.is_quote or t.text in _OPENERS or t.text in {"»", "”", ":", ";"} or _inside(t.idx, quotes):
                return False
            if t.lower_ == "qui" and doc[k - 1].text == ",":
                return k >= sent.start + 2 and doc[k - 2].ent_type_ == "PER" and doc[k - 2].pos_ == "PROPN" and not _inside(doc[k - 2].idx, quotes)
            if t.text == "," and k < comma:
                return False  # only one relative clause between the name and the verb
        return False

    def _fronted_subject(self, comma: int, sent: Span) -> list[Token]:
        """"La mère du garçon trouvé seul il y a deux semaines, a expliqué que…", "La femme
        qui s'était présentée comme sa mère, …, affirme avoir…": a long subject whose
        modifier (a past participle or a relative clause) the parser took for the main
        clause, so that the verb after the comma has no subject. The sentence's opening
        noun phrase is that subject when it can speak and its modifier follows it at once."""
        doc = sent.doc
        k = sent.start + (sent[0].pos_ == "CCONJ")
        if doc[k].pos_ not in {"DET", "PROPN"}:
            return []
        end = k
        while end < comma and (doc[end].pos_ in {"DET", "NOUN", "ADJ", "PROPN", "NUM"} or doc[end].lower_ in _DE_FORMS or (doc[end].lower_ == "et" and doc[end + 1].pos_ in {"DET", "NOUN", "ADJ", "PROPN", "NUM"})):
            end += 1  # ("deux ans et demi", "X et Y")
        head = next((t for t in doc[k:end] if t.pos_ in {"NOUN", "PROPN"}), None)
        if head is None or end >= comma or not self._may_speak(head):
            return []
        nxt = doc[end + 1] if doc[end].text == "," else doc[end]
        participle = "Part" in nxt.morph.get("VerbForm") and "Past" in nxt.morph.get("Tense")
        if not (nxt.lower_ == "qui" or participle):
            return []
        if any(t.text in {":", ";", "«", "»", '"'} or t.lower_ in _QUE for t in doc[end:comma]):
            return []
        return [doc[i] for i in range(k, end)]

    def _parenthetical(self, v: Token, sent: Span) -> bool:
        """", rappelle son rapporteur, était …", ", estime Paul Durand, n'a …": a reporting verb
        between commas, straight after a comma, with the speaker right after it and the
        interrupted clause going on with its finite verb after the closing comma."""
        doc = v.doc
        if v.i + 1 >= sent.end or doc[v.i + 1].lower_ in {"que", "qu'", "qu’", ":", "«", '"', "“", "à", "au", "aux", "de", "d'", "d’"}:
            return False
        if not (doc[v.i + 1].pos_ in {"DET", "PROPN"} or doc[v.i + 1].ent_type_ == "PER"):
            return False
        k = v.i + 1
        while k < sent.end and k - v.i <= 8 and doc[k].text != "," and doc[k].pos_ not in {"VERB", "AUX", "SCONJ", "PUNCT"}:
            k += 1
        if k >= sent.end or doc[k].text != "," or k - v.i > 8:
            return False
        j = k + 1
        while j < sent.end and doc[j].pos_ in {"ADV", "PRON"} and doc[j].lower_ not in {"qui", "que"}:
            j += 1  # "n'", "ne", "pas", "aussi"
        return j < sent.end and doc[j].pos_ in {"VERB", "AUX"} and "Fin" in doc[j].morph.get("VerbForm")

    # -- noun phrases ----------------------------------------------------------
    def _segments(self, tokens: list[Token]) -> list[list[Token]]:
        segs: list[list[Token]] = [[]]
        for t in tokens:
            if t.text == ",":
                segs.append([])
            elif not t.is_space:
                segs[-1].append(t)
        return [s for s in segs if s]

    def _adverbial(self, seg: list[Token]) -> bool:
        first = seg[0]
        if first.pos_ in {"ADP", "ADV", "SCONJ", "CCONJ"} and first.lower_ not in {"des", "du"}:
            return True
        if first.lower_ in self.stop_words:
            return True
        return all(t.pos_ in {"ADV", "NUM", "PUNCT"} or t.lower_ in self.stop_words for t in seg)

    def _np_after(self, start: int, sent: Span) -> tuple[list[Token], list[Token]]:
        """(noun phrase, attribution tail) from `start` to the end of the incise.

        The phrase stops at a comma unless an apposition follows a name, at a
        preposition introducing an addressee or channel ("à CNN", "dans un communiqué"),
        or at a stop word (time adverbs)."""
        doc = sent.doc
        np_: list[Token] = []
        tail: list[Token] = []
        lead: list[Token] = []
        j = start
        appos_done = False
        while j < sent.end:
            t = doc[j]
            low = t.lower_
            if t.is_space:
                j += 1
                continue
            if not np_ and t.text == ",":
                # "», soufflait, ce week-end, un entrepreneur", "», pointait, d'ailleurs, hier
                # soir, Christine Lagarde": a short adverbial between commas before the subject
                k = j + 1
                while k < sent.end and k - j <= 5 and doc[k].text not in {",", ".", ";", ":", "«", "»", '"'}:
                    k += 1
                seg = doc[j + 1 : k]
                if (
                    k < sent.end and doc[k].text == "," and len(seg)
                    and not any(x.pos_ in {"PROPN", "VERB", "AUX"} or x.ent_type_ or x.i in self._outlet_ids for x in seg)
                ):
                    j = k
                    continue
                j += 1
                continue
            if not np_ and low == "quant" and j + 2 < sent.end and doc[j + 1].lower_ in {"à", "a"}:
                j += 3  # "observe quant à lui le P. Turck"
                continue
            if not np_ and low in {"d'", "d’", "par"} and j + 1 < sent.end and doc[j + 1].lower_ == "ailleurs":
                j += 2  # "remarquait d'ailleurs lors de son audition la ministre"
                continue
            if not np_ and not lead and j == start and t.text in {"»", "”"}:
                j += 1  # "« …, a ainsi expliqué » le procureur": the quote closes after the verb
                continue
            if not np_ and low in {"à", "au", "aux", "sur", "dans"} and self._addressee(j, sent):
                # ", a déclaré à l'AFP une source", ", a dit sur France 2 le président"
                k = j + 1
                while k < sent.end and (doc[k].pos_ in {"DET", "ADJ"} or doc[k].lower_ in {"l'", "l’", "«", "»"}):
                    k += 1
                if k in self._outlet_ids:
                    while k + 1 < sent.end and self._outlet_ids.get(k + 1) == self._outlet_ids[k]:
                        k += 1
                while k + 1 < sent.end and (doc[k + 1].pos_ == "ADJ" or doc[k + 1].lower_ in {"»", "«"} or (doc[k + 1].lower_ in {"à", "au"} and k + 2 in self._outlet_ids)):
                    k += 1
                    if doc[k].lower_ in {"à", "au"}:
                        k += 1
                        while k + 1 < sent.end and self._outlet_ids.get(k + 1) == self._outlet_ids.get(k):
                            k += 1
                lead.extend(doc[x] for x in range(j, k + 1))
                j = k + 1
                continue
            if not np_ and low in {"dans", "en", "lors", "depuis", "pendant", "dès", "devant", "après", "avant", "durant", "sur"}:
                k = self._skip_adverbial_pp(j, sent)
                if k > j:  # "a indiqué dans la matinée le procureur", "lors d'une conférence de presse le…"
                    lead.extend(doc[x] for x in range(j, k))
                    j = k
                    continue
            if low == "(" and np_:
                # "le secrétaire général de la FSU (première fédération…), Gérard Aschieri"
                k = j + 1
                while k < sent.end and k - j <= 10 and doc[k].text not in {")", ",", ".", ";", ":", "«", "»", '"'} and doc[k].pos_ not in {"VERB", "AUX"}:
                    k += 1
                if k < sent.end and doc[k].text == ")":
                    np_.extend(doc[x] for x in range(j, k + 1))
                    j = k + 1
                    continue
            if low in {".", ";", "!", "?", ":", "«", "»", '"', "“", "”", "("} :
                break
            if t.text == ",":
                nxt = doc[j + 1] if j + 1 < sent.end else None
                has_name = any(x.ent_type_ == "PER" and x.ent_iob_ == "B" and x.text[:1].isupper() for x in np_) or (bool(np_) and all(x.pos_ == "PROPN" for x in np_ if not x.is_punct))
                closed = self._closed_apposition(j + 1, sent)
                # a description or a pronoun before the name it introduces: "le manager de
                # l'équipe Silence Lotto, Roberto Damiani", "l'un d'eux, le Français Noël Saez"
                described = bool(np_) and (np_[0].pos_ == "DET" or np_[0].lower_ in {"l'", "l’"})
                pronominal = bool(np_) and not any(x.pos_ in {"NOUN", "PROPN"} for x in np_) and any(x.lower_ in _QUANTIFIER_PRONOUNS for x in np_)
                named_next = closed and any(x.ent_type_ == "PER" for x in doc[j + 1 : min(sent.end, j + 6)])
                if nxt is not None and not appos_done and closed and (
                    (nxt.pos_ == "DET" and (has_name or ((pronominal or described) and named_next)))
                    or (nxt.pos_ == "PROPN" or nxt.ent_type_ == "PER") and (not has_name or described)
                ):
                    np_.append(t)
                    appos_done = True
                    j += 1
                    continue
                break
            if low in {"à", "au", "aux", "dans", "sur", "devant", "lors", "auprès", "en", "pour", "avec", "sans", "après", "avant"} and np_:
                k = self._named_after_complement(j, np_, sent)
                if k:  # "son interprète en France, Matthieu Ricard": the description's complement, then the name
                    np_.extend(doc[x] for x in range(j, k))
                    j = k
                    continue
                if self._addressee(j, sent) or low not in {"à", "au", "aux"} or self._circumstance(j, sent):
                    tail = [doc[k] for k in range(j, sent.end) if doc[k].text not in {".", ";"}]
                    break
            if (low in self.stop_words or (t.pos_ == "ADV" and not np_)) and low not in {"plus", "très"}:
                if np_ and all(x.lower_ in self.anaphoric_dets for x in np_):
                    np_ = []  # "a estimé ce jeudi le secrétaire général": a time phrase
                if np_:
                    tail = [doc[k] for k in range(j, sent.end)]
                    break
                j += 1
                continue
            if t.pos_ in {"VERB", "AUX"} and np_ and t.lemma_.lower() not in {"proche"} and t.dep_ not in {"amod"} and t.morph.get("VerbForm") != ["Part"]:
                break
            if low in {"qui", "dont", "lequel", "laquelle"} and np_:
                break
            np_.append(t)
            j += 1
        return np_, lead + tail

    def _named_after_complement(self, j: int, np_: list[Token], sent: Span) -> int:
        """The comma after a short complement of a description when a name follows it in
        apposition ("le vice-champion olympique en cross-country, le vététiste Jean X"),
        else 0: the name is the speaker, not the words of the complement."""
        doc = sent.doc
        if not np_ or np_[0].pos_ != "DET" or any(x.ent_type_ == "PER" for x in np_) or self._addressee(j, sent):
            return 0
        k = j + 1
        while k < sent.end and k - j <= 5 and doc[k].text not in {",", ".", ";", ":", "«", "»", '"', "("} and doc[k].pos_ not in {"VERB", "AUX"}:
            k += 1
        if k >= sent.end or doc[k].text != "," or k == j + 1 or not self._closed_apposition(k + 1, sent):
            return 0
        return k if any(x.ent_type_ == "PER" for x in doc[k + 1 : min(sent.end, k + 6)]) else 0

    def _skip_adverbial_pp(self, j: int, sent: Span) -> int:
        """End of a circumstantial phrase ("dans la matinée", "lors d'une conférence de
        presse") that starts at j and is followed by a subject noun phrase; j if none."""
        doc = sent.doc
        k = j + 1
        if doc[j].lower_ == "lors" and k < sent.end and doc[k].lower_ in {"de", "du", "d'", "d’"}:
            k += 1
        seen_noun = False
        while k < sent.end:
            while k < sent.end and (doc[k].pos_ in {"DET", "ADJ", "NUM"} or doc[k].lower_ in {"l'", "l’"}) and doc[k].ent_type_ != "PER":
                k += 1
            if k >= sent.end or doc[k].pos_ != "NOUN" or not doc[k].is_lower:
                return j
            seen_noun = True
            k += 1
            while k < sent.end and doc[k].pos_ == "ADJ" and doc[k].is_lower:
                k += 1
            if k < sent.end and doc[k].lower_ in {"de", "d'", "d’", "du"} and k + 1 < sent.end and doc[k + 1].pos_ in {"NOUN", "DET"} and doc[k + 1].is_lower:
                k += 1
                continue
            break
        if seen_noun and k < sent.end and (doc[k].pos_ in {"DET", "PROPN"} or doc[k].ent_type_ == "PER" or doc[k].lower_ in self.titles) and doc[k].lower_ not in {"de", "du", "des"}:
            return k  # "a renchéri sur le même ton rassurant M. de Castries"
        return j

    def _closed_apposition(self, j: int, sent: Span) -> bool:
        """Does the phrase starting at j end at a comma or the sentence end without a verb
        ("…, Jake Sullivan." / "…, un porte-parole, dans…" but not "…, M. Milhaud n'aurait…")?"""
        doc = sent.doc
        k = j
        while k < sent.end and doc[k].text not in {",", ".", ";", ":", "!", "?", "«", "»", '"'}:
            if doc[k].pos_ in {"VERB", "AUX"} and "Part" not in doc[k].morph.get("VerbForm"):
                return False
            k += 1
        # "Pour Manuel Valls (PS), la loi Leonetti « laisse… »": a subject before a quote
        return not (k < sent.end and doc[k].text == "«" and k > j and doc[j].pos_ == "DET")

    def _circumstance(self, j: int, sent: Span) -> bool:
        """Does the preposition at j open a circumstance ("au cours de", "à l'issue de")?"""
        doc = sent.doc
        k = j + 1
        while k < sent.end and (doc[k].pos_ == "DET" or doc[k].lower_ in {"l'", "l’"}):
            k += 1
        return k < sent.end and doc[k].lower_ in self.circumstances

    def _addressee(self, j: int, sent: Span) -> bool:
        """Does the preposition at j introduce an addressee or a medium ("à CNN", "aux journalistes")?"""
        doc = sent.doc
        k = j + 1
        while k < sent.end and (doc[k].pos_ == "DET" or doc[k].lower_ in {"l'", "l’"}):
            k += 1
        if k >= sent.end:
            return False
        t = doc[k]
        # a named person after "à" is spoken to ("dit Reyes à Saez"), not part of the speaker
        return k in self._outlet_ids or t.lower_ in self.addressees or t.lower_ in self.kinds or t.lower_ in self.channels or (
            t.ent_type_ == "PER" and doc[j].lower_ == "à" and k == j + 1
        )

    def _np_before(self, v: Token, sent: Span) -> list[Token]:
        """The subject phrase before the verb group (adverbial segments trimmed)."""
        gov = self._governor(v)
        if gov is not None and gov.i >= sent.start:
            return self._np_before(gov, sent)
        doc = v.doc
        end = self._verb_group_start(v, sent)
        subj = [c for c in v.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < v.i]
        if not subj:  # the parser hung the subject on the auxiliary ("Il a par ailleurs jugé")
            subj = [c for a in v.children if a.dep_.startswith("aux") and a.i < v.i for c in a.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < a.i]
        if not subj and (v.dep_ == "conj" or self._gerund(v)) and v.head.i < v.i:
            return self._np_before(v.head, sent) if v.head.i >= sent.start else []
        if not subj:
            # the parser found no subject ("The Washington Post aurait signalé"): a
            # nominal phrase right before the verb group still is one
            k = end - 1
            while k >= sent.start and doc[k].text not in {",", ":", ";", "«", "»", '"'} and doc[k].pos_ not in {"VERB", "SCONJ"}:
                k -= 1
            span = [doc[i] for i in range(k + 1, end)]
            if span and any(t.pos_ in {"PROPN", "NOUN", "X"} for t in span) and span[0].pos_ not in {"ADP", "ADV", "CCONJ"}:
                return span
            if len(span) == 1 and span[0].lower_ in self.pronouns:
                return span  # "…, il a fait savoir que": the parser hung "il" on "fait"
            if not span and k >= sent.start and doc[k].text == "," and self._after_named_relative(k, sent, self._quotes):
                # "X, qui ne prend pas de gants, déplore …": the name before the relative clause
                qui = next(j for j in range(k - 1, sent.start, -1) if doc[j].lower_ == "qui" and doc[j - 1].text == ",")
                ent = next((e for e in self._ents if e.start <= qui - 2 < e.end), None)
                if ent is not None:
                    return list(ent)
            if not span and k >= sent.start and doc[k].text == ",":
                fronted = self._fronted_subject(k, sent)
                if fronted:
                    return fronted
                # "Interrogé par l'AFP, le Crédit Foncier, filiale des Caisses, a indiqué":
                # the subject is the nominal phrase before its apposition
                bounds = [k]
                while len(bounds) < 4:
                    b = bounds[-1] - 1
                    while b >= sent.start and doc[b].text not in {",", ":", ";", "«", "»", '"'} and doc[b].pos_ not in {"VERB", "SCONJ", "AUX"}:
                        b -= 1
                    if b < sent.start or doc[b].text != ",":
                        bounds.append(b)
                        break
                    bounds.append(b)
                for a, b in zip(bounds[1:], bounds):
                    seg = [doc[i] for i in range(a + 1, b)]
                    if len(bounds) > 2 and seg and seg[0].pos_ in {"DET", "PROPN"} and any(t.pos_ in {"PROPN", "NOUN"} for t in seg) and a + 1 < bounds[1] + 1 and b < k:
                        if seg[0].pos_ == "DET" and any(doc[i].ent_type_ == "PER" for i in range(b + 1, k)):
                            # "L'avocate de Kerviel, Me Elizabeth Meyer, souligne": the name in apposition
                            return [doc[i] for i in range(a + 1, k)]
                        return seg
            return []
        lo = min(min(t.i for t in s.subtree) for s in subj)
        lo = max(lo, sent.start)
        pronoun_subject = all(s.pos_ == "PRON" and s.lower_ in self.pronouns for s in subj)  # "il", "elle": complete
        while not pronoun_subject and lo - 1 >= sent.start and (doc[lo - 1].pos_ in {"DET", "NOUN", "ADJ", "PROPN", "X", "NUM"} or doc[lo - 1].lower_ in _DE_FORMS):
            lo -= 1  # the parser attached only part of the phrase ("le site ukrainien Defence | Express")
        if lo - 2 >= sent.start and doc[lo - 1].text == "," and doc[lo - 2].ent_type_ == "PER":
            k = lo - 2  # "Christian Noyer, le gouverneur de la Banque de France, affirme"
            while k - 1 >= sent.start and doc[k - 1].ent_type_ == "PER":
                k -= 1
            lo = k
        # the clause starts after the last clause boundary before the subject
        k = end - 1
        while k >= lo:
            if doc[k].lower_ in {"que", "qu'", "qu’", ":", "«", "»", "“", "”", ";"} and k < min(s.i for s in subj):
                lo = k + 1
                break
            k -= 1
        tokens = [doc[i] for i in range(lo, end)]
        segs = self._segments(tokens)
        # a relative clause is not part of the speaker ("Le trader, qui a perçu…, assure")
        segs = [sg for sg in segs if sg[0].lower_ not in {"qui", "dont", "lequel", "laquelle", "où"}] or segs
        while len(segs) > 1 and self._adverbial(segs[0]):
            segs.pop(0)
        while len(segs) > 1 and self._adverbial(segs[-1]):
            segs.pop()
        if segs and segs[0] and segs[0][0].pos_ in {"CCONJ", "ADV"}:
            segs[0] = segs[0][1:]
        out: list[Token] = []
        for s in segs:
            if out:
                out.append(doc[s[0].i - 1] if s[0].i > 0 else s[0])
            out.extend(s)
        return [t for t in out if t.text != "," or out.index(t) > 0]

    def _speaker(self, tokens: list[Token]) -> tuple[str | None, str | None, str | None]:
        """(speaker, kind, role) from the tokens of a subject or source phrase."""
        tokens = [t for t in tokens if not t.is_space]
        while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in {"ADP", "CCONJ", "DET"}):
            tokens.pop()
        while tokens and (tokens[0].is_punct or tokens[0].pos_ == "CCONJ" or (tokens[0].lower_ in _DE and len(tokens) > 1 and tokens[1].pos_ == "DET")):
            tokens.pop(0)  # "(la thèse) de certains observateurs"
        if not tokens:
            return None, None, None
        doc = tokens[0].doc
        phrase = doc[tokens[0].i : tokens[-1].i + 1].text.strip(_TRIM)
        ids = {t.i for t in tokens}
        if phrase.lower().replace("’", "'") in _LATEST:
            latest = self._latest_person(tokens[0].i, "Fem" if _LATEST[phrase.lower().replace("’", "'")] else "Masc")
            if latest is not None:
                return latest, "person", None
        for s, e in self._outlet_spans:
            if s in ids:
                rest = [t for t in tokens if not (s <= t.i < e)]
                if all(t.is_punct or t.pos_ in {"DET", "ADJ"} or t.lower_ in self.kinds or t.lower_ in {"de", "du", "d'", "d’"} for t in rest):
                    return self._outlet_ids[s], "outlet", None
        person = None
        for ent in self._ents:
            if ent.start in ids and ent.end - 1 in ids:
                if ent[0].is_lower and ent[0].lower_ in self.person_heads and ent.text.lower() not in self._titled:
                    continue  # "président de la République" tagged as a name: a description
                # a capitalised name wins over a mis-tagged title ("président d'Axa"); a name
                # in a complement does not replace the one before it ("Fabrice X, l'ex-mari
                # d'Ingrid Y", "dit X à Y")
                complement = ent.start > 0 and doc[ent.start - 1].lower_ in {"de", "d'", "d’", "du", "des", "à", "au"}
                if person is not None and any(doc[x].lower_ in {"qui", "dont", "lequel", "laquelle"} for x in range(person.end, ent.start)):
                    continue  # "X, qui a accompagné des mourants (dont Y), dénonce": Y is in X's relative clause
                k = ent.start - 1
                while k > tokens[0].i and doc[k].pos_ == "ADJ" and doc[k].is_lower:
                    k -= 1  # "la mère adoptive du petit Paul"
                if person is None and k > tokens[0].i and doc[k].lower_ in {"du", "des", "au", "aux"} and tokens[0].pos_ == "DET" and doc[tokens[0].i + 1].pos_ in {"NOUN", "ADJ"} and doc[k - 1].pos_ in {"NOUN", "ADJ"} and doc[k - 1].is_lower:
                    continue  # a name in the complement of the described person is someone else
                if person is None or (ent.text[:1].isupper() and not person.text[:1].isupper()) or (ent.text[:1].isupper() and not complement):
                    person = ent
        if person is None:  # a capitalised name after a title or in apposition
            names = [t for t in tokens if t.pos_ == "PROPN" and t.ent_type_ in {"PER", ""} and t.text[:1].isupper() and t.i not in self._outlet_ids]
            if names and any(t.lower_ in self.titles for t in tokens):
                run = [names[-1]]
                while run[0].i - 1 in ids and doc[run[0].i - 1].pos_ == "PROPN" and doc[run[0].i - 1].ent_type_ in {"PER", ""}:
                    run.insert(0, doc[run[0].i - 1])
                person = doc[run[0].i : run[-1].i + 1]
        if person is None and any(t.text == "," for t in tokens):
            # "Bruyneel, son directeur sportif": a name the model did not tag, in apposition
            comma = next(k for k, t in enumerate(tokens) if t.text == ",")
            first, rest = tokens[:comma], tokens[comma + 1 :]
            if first and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in self._outlet_ids for t in first) and (any(
                t.lower_ in self.titles or t.lower_ in self.person_nouns for t in rest
            ) or (
                # "Hélène, une autre maman du quartier": a word the model did not take for a
                # place or a body, then an indefinite noun phrase describing who she is
                len(first) == 1 and first[0].ent_type_ not in {"LOC", "ORG"} and len(rest) > 1 and rest[0].lower_ in {"un", "une"} and any(t.pos_ == "NOUN" for t in rest[1:3])
            )):
                person = doc[first[0].i : first[-1].i + 1]
        if person is not None:
            while len(person) > 1 and person[0].lower_ in self.titles and person[1].text[:1].isupper():
                person = person[1:]  # "Mgr Descubes" → "Descubes": the title is a role
            name = person.text.strip(_TRIM)
            role = " ".join(
                doc[a.i : b.i + 1].text.strip(_TRIM)
                for a, b in _runs([t for t in tokens if t.i < person.start or t.i >= person.end])
            ).strip(_TRIM) or None
            if role and role.lower() in {"m.", "m", "mme", "mlle"}:
                role = None
            return name, "person", role
        tokens = self._noun_phrase(tokens)
        if not tokens:
            return None, None, None
        phrase = doc[tokens[0].i : tokens[-1].i + 1].text.strip(_TRIM)
        kind = "anonymous" if self.anonymous.search(phrase) else "body"
        return phrase or None, kind, None

    def _noun_phrase(self, tokens: list[Token]) -> list[Token]:
        """The part of an unnamed source phrase that can be a speaker: a speaker is a noun
        phrase, so it ends before a finite verb, an auxiliary or a relative pronoun ("la
        jeune femme a été", "une jeune fille qui"), and its head is a noun that is neither a
        time word ("Lundi") nor a participle the model took for a noun ("Interrogée")."""
        for k, t in enumerate(tokens):
            gerund = t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense")  # "la femme se présentant comme …"
            if gerund and k > 1 and tokens[k - 1].lower_ in {"se", "s'", "s’"}:
                k -= 1
            if k and (t.pos_ == "AUX" or gerund or (t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm")) or t.lower_ in {"qui", "que", "qu'", "qu’", "dont"}):
                tokens = tokens[:k]
                break
        if tokens and tokens[0].lower_ in {"personne", "rien", "nul", "nulle", "aucun", "aucune"} and (len(tokens) == 1 or tokens[1].lower_ in {"ne", "n'", "n’"}):
            return []  # "où personne ne …": nobody speaks
        quantifier = {t.i for t in tokens if t.pos_ == "PRON" and t.lower_.replace("’", "'") in _QUANTIFIER_PRONOUNS}  # "certains"
        while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in {"ADP", "CCONJ", "DET", "PRON"}) and tokens[-1].i not in quantifier:
            tokens.pop()
        heads = [t for t in tokens if (t.pos_ in {"NOUN", "PROPN"} or t.i in quantifier) and t.lower_ not in self.stop_words and t.i not in self._not_names]
        if not heads or all("Part" in t.morph.get("VerbForm") or t.lower_.endswith(("é", "ée", "és", "ées")) and t.pos_ != "PROPN" and t.i == tokens[0].i for t in heads):
            return []
        return tokens

    def _recent_on(self) -> bool:
        """Did an impersonal cue of this sentence or the two before name its place ("Dans
        l'entourage de X, on assurait…")? Then a bare "insistait-on" goes on with it."""
        return self._last_on is not None and self._sent_no - self._last_on[3] <= 2

    def _latest_person(self, before: int, gender: str) -> str | None:
        """"ce dernier", "celle-ci": the person named last before token `before` (outside
        quotes, in this sentence or the two before it) whose known gender does not clash."""
        doc = self._doc
        sents = doc.user_data.get("recoupe_sents") or []
        k = next((j for j, (a, b) in enumerate(sents) if a <= before < b), 0)
        lo = sents[max(0, k - 2)][0] if sents else 0
        for ent in reversed(self._ents):
            if ent.end > before or _inside(ent.start_char, self._quotes):
                continue
            if ent.start < lo:
                break
            name = ent.text.strip(_TRIM)
            g = self._person_gender(name)
            if not (g and g != gender):
                return name
        return None

    def _resolve(self, pronoun: str, last: list[tuple], sent: Span | None = None, before: int | None = None, inverted: bool = False) -> tuple[str | None, str | None, str | None]:
        """The last compatible speaker for il/elle/ils/elles/lui/eux: first a subject
        earlier in the same sentence ("Bien que la Chine confirme…, elle nie…"), then the
        article's last speaker or named subject of the same number and gender. Before an
        incise ("…, a-t-il ajouté") the sentence is the reported content: only the subject
        of a reporting verb there ("X pense que … : « … », demande-t-il") is a candidate."""
        if pronoun == "_on":
            return self._last_on[:3] if self._last_on is not None else (None, None, None)
        if pronoun == "_prev":
            return (last[-1][0], last[-1][1], last[-1][2]) if last else (None, None, None)
        number = self.pronouns.get(pronoun) or self.object_pronouns.get(pronoun)
        gender = {"il": "Masc", "ils": "Masc", "lui": "Masc", "eux": "Masc", "elle": "Fem", "elles": "Fem"}.get(pronoun)
        candidates = list(last)
        if sent is not None and before is not None:
            for t in sent:
                if t.i >= before:
                    break
                # not the subject of quoted words ("M. X « n'a jamais fui », a-t-il dit"): that
                # subject belongs to the reported content
                if t.dep_ in {"nsubj", "nsubj:pass"} and t.pos_ in {"PROPN", "NOUN"} and not _inside(t.idx, self._quotes) and not _inside(t.head.idx, self._quotes) and self._may_speak(t) and (not inverted or self.lemma(t.head) in self.verbs):
                    np_ = self._np_antecedent(t, sent)
                    sp, kind, role = self._speaker(np_)
                    if sp:
                        candidates.append((sp, kind, role, _number(sp), _gender(t)))
        compatible: list[tuple[str, str | None, str | None, str | None]] = []
        for speaker, kind, role, num, gen in reversed(candidates):
            if kind == "person" and not gen:
                gen = self._person_gender(speaker)
            if (number == "pl") != (num == "pl"):
                continue
            if gender and gen and gen != gender:
                continue
            if kind == "body" and not gen:
                continue
            if pronoun in {"il", "lui"} and kind not in {"person", "anonymous"} and gen != "Masc":
                continue
            compatible.append((speaker, kind, role, gen))
            if len(compatible) >= 6:
                break
        if compatible:
            # "elle" after a man whose gender the text never marked: a recent woman the text
            # did mark as such ("Mme Weiss", "la psychologue Marie X") is the likelier referent
            if gender == "Fem":
                # (a name: an unresolved description, "la jeune femme" before the article names
                # her, is no better marked than the name that came after it)
                marked = next((c for c in compatible if c[3] == gender and c[1] == "person" and not _described(c[0])), None)
                if marked is not None and compatible[0][3] is None and compatible[0][1] == "person":
                    return marked[:3]
            return compatible[0][:3]
        if number == "sg":  # no speaker yet: the last person named in the article
            for name, _, g in reversed(self._mentions):
                g = g or self._person_gender(name)
                if not (gender and g and g != gender):
                    return name, "person", None
        return None, None, None

    def _person_gender(self, name: str) -> str | None:
        """The gender the article marked for a person, under any form of the name
        ("Mme Weiss" for "Ulrika Weiss")."""
        if name in self._genders:
            return self._genders[name]
        bare = _untitled(name)
        for n, g in self._genders.items():
            m = _untitled(n)
            if m and bare and (m.endswith(bare) or bare.endswith(m)):
                return g
        return None

    def _may_speak(self, t: Token) -> bool:
        """Can this subject noun be someone who speaks (a name, a person, a body), unlike
        "ce plan", "la réquisition", "le moment", "les pertes"? (A plural is looked up by its lemma.)"""
        if t.i in self._not_names:
            return False
        return (
            t.pos_ == "PROPN" or t.ent_type_ in {"PER", "ORG"} or t.i in self._outlet_ids
            or any(w in self.titles or w in self.person_nouns or w in self.org_nouns or w in self.pour_heads or w in self.kinds for w in (t.lower_, t.lemma_.lower()))
        )

    def _description(self, words: list[str]) -> str | None:
        """A definite description ("le président d'Axa", "la ministre de l'Économie",
        "la banque") resolved to the most recent named person (or organisation) mentioned
        with those words nearby; for a title or an organisation noun without such context,
        the most recent one of the right kind (and gender, from the determiner)."""
        content = {w.lower().strip(_TRIM).split("'")[-1] for w in words[1:]} - _FUNCTION_WORDS
        k = 1
        while k + 1 < len(words) and words[k].lower().strip(_TRIM) in self.prenominal:
            k += 1  # "l'ancien trader", "le septuple vainqueur"
        raw = words[k].strip(_TRIM)
        head = raw.lower()
        det = words[0].lower()
        if det in {"les", "ces"}:
            return None
        # "l'Américain", "le Belge" — not "la Chine", "l'Anil": a name of the demonyms lexicon
        demonym = len(words) == k + 1 and raw[:1].isupper() and head in self.demonyms and raw not in self.institutions
        if not raw.islower() and not demonym and head not in self.titles:
            return None  # "le Parti communiste", "la Banque de France": a name, not a description
        org = head in self.org_nouns
        if demonym:
            # "l'Américain", "le Belge": the person named with that word nearby
            found = None
            for name, context, _ in self._mentions:
                if head in context:
                    found = name
            if found is None and not any(self._doc[i].text == raw for i in self._outlet_ids):
                found = self._salient_person(det)  # a nationality, not "la Chine", nor the medium "Le Parisien"
            return found
        if not org and head not in self.titles and head not in self.person_nouns:
            return None  # "le parquet", "le ministère": a body, never one of the persons named
        pool = self._org_mentions if org else self._mentions
        # a person named in the description's complement is someone else ("la mère du petit
        # Mohamed", "l'avocate de Kerviel")
        others = _complement_names(words[k + 1 :])
        best, best_score = None, 0.0
        for name, context, _ in pool:
            if head not in context or name.split()[-1].lower() in others:
                continue
            # a tie goes to the name the head noun described directly ("le trader X" over
            # "le porte-parole du trader, Y"), not to a fuller match
            score = len(content & context) + 0.5 * (head in self._epithets.get(name, ()))
            if score >= best_score:
                best, best_score = name, score
        if best is not None and best_score < 2 and content - {head} - self.prenominal and not org:
            best = None  # "le chef de l'Etat" is not the person named near "chef spirituel"
        if best is None and org and det in {"la", "le", "l'", "l’"} and len(words) == k + 1:
            # a bare "la banque", "l'association": the organisation named in the two sentences
            # before, when only one was (not an institution such as "le Sénat")
            recent = list(dict.fromkeys(
                name for name, _, no in pool
                if no is not None and self._sent_no - 2 <= no < self._sent_no and name not in self.institutions and name.lower().strip(_TRIM) not in {"état", "etat"}
            ))
            if len(recent) == 1:
                return recent[0]
        if best is None and not org and (head in self.titles or head in self.person_nouns):
            # a person's title or role without context ("la ministre", "le trader"): the most
            # recent person of the right gender. Not for collective sources ("le parquet",
            # "le ministère"), nor for organisations, which must have been named with the noun,
            # nor for a person whose name is a title ("le dalaï lama" is not "le président").
            gender = _DET_GENDERS.get(det)
            fits = [
                i for i in range(self._sent_mentions - 1, -1, -1)  # earlier sentences: an anaphor
                if not (gender and (pool[i][2] or self._person_gender(pool[i][0])) not in {None, gender}) and pool[i][0].lower() not in self._titled
                and pool[i][0].split()[-1].lower() not in others
            ]
            if fits:
                # of the persons of the latest sentence, not one named as a prepositional
                # complement ("X a demandé à Y un décret. Le Premier ministre a souhaité…" → X)
                no = self._mention_subject[fits[0]][0]
                subject = next((i for i in fits if self._mention_subject[i][0] == no and self._mention_subject[i][1]), None)
                return pool[fits[0] if subject is None else subject][0]
        return best

    def _salient_person(self, det: str) -> str | None:
        """The person the article is about so far: the one named most often (by surname, in
        the sentences before), of the determiner's gender — for an epithet the article never
        tied to a name ("l'Américain", "le Texan" in an article about one cyclist). A tie
        is broken by the names of the sentence itself ("Armstrong a annoncé … et
        l'Américain a dit")."""
        gender = {"la": "Fem", "le": "Masc"}.get(det)
        counts: dict[str, float] = {}
        fullest: dict[str, str] = {}
        for no, (name, _, g) in enumerate(self._mentions):
            g = g or self._person_gender(name)
            if gender and g and g != gender or name.lower() in self._titled:
                continue
            key = name.split()[-1].lower()
            if no >= self._sent_mentions and key not in counts:
                continue
            counts[key] = counts.get(key, 0) + (1 if no < self._sent_mentions else 0.5)
            if len(name) >= len(fullest.get(key, "")):
                fullest[key] = name
        if not counts:
            return None
        top = max(counts.values())
        leaders = [k for k, n in counts.items() if n == top]
        return fullest[leaders[0]] if len(leaders) == 1 else None

    def _record_mentions(self, sent: Span) -> None:
        """Named persons of the sentence with the words around them (titles, appositions)."""
        doc = sent.doc
        self._sent_mentions = len(self._mentions)
        for ent in self._ents:
            if ent.start < sent.start or ent.start >= sent.end or _inside(ent.start_char, self._quotes):
                continue
            lo, hi = max(sent.start, ent.start - 7), min(sent.end, ent.end + 9)
            if ent.start - 1 > sent.start and doc[ent.start - 1].text == ",":
                # a title in apposition before the name: all of it ("la ministre de l'Economie
                # et de l'Industrie, Christine Lagarde"), back to its determiner
                k = ent.start - 2
                while k > max(sent.start, ent.start - 16) and doc[k].text not in {",", ";", ":", "(", "«", '"'} and doc[k].pos_ not in {"VERB", "AUX"}:
                    k -= 1
                lo = min(lo, k + 1)
            window = [t for t in doc[lo:hi] if not (ent.start <= t.i < ent.end)]
            context = {t.lower_.split("'")[-1].split("’")[-1] for t in window if t.is_alpha or "'" in t.text or "’" in t.text} - _FUNCTION_WORDS
            gender = None
            before = [t.lower_ for t in doc[max(sent.start, ent.start - 4) : ent.start]]
            if any(w in {"mme", "madame", "mlle"} for w in before):
                gender = "Fem"
            elif any(w in {"m.", "monsieur"} for w in before):
                gender = "Masc"
            else:
                gender = self._mention_gender(ent, sent)
            if gender is None:
                for t in window:
                    if t.pos_ == "DET" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in self.titles and t.lower_ in {"la", "le", "une", "un"}:
                        gender = "Fem" if t.lower_ in {"la", "une"} else "Masc"
                        break
            self._mentions.append((ent.text.strip(_TRIM), context, gender))
            self._epithets.setdefault(ent.text.strip(_TRIM), set()).update(self._epithet_nouns(ent, sent))
            k = ent.start - 1
            while k > sent.start and doc[k].lower_.rstrip(".") in {"m", "mme", "mlle", "me"}:
                k -= 1
            self._mention_subject.append((self._sent_no, not (k >= sent.start and doc[k].lower_ in _COMPLEMENT_PREPOSITIONS)))
            if gender:
                self._genders[ent.text.strip(_TRIM)] = gender
        for ent in self._org_ents:
            if ent.start < sent.start or ent.start >= sent.end or ent.start in self._outlet_ids:
                continue
            lo, hi = max(sent.start, ent.start - 7), min(sent.end, ent.end + 9)
            context = {t.lower_.split("'")[-1].split("’")[-1] for t in doc[lo:hi]} - _FUNCTION_WORDS
            self._org_mentions.append((ent.text.strip(_TRIM), context, self._sent_no))

    @staticmethod
    def _epithet_nouns(ent: Span, sent: Span) -> set[str]:
        """The common nouns that describe a named person in the same noun phrase: the run
        right before the name ("le trader Jérôme X", "la psychologue Marie Y") and the head
        of an apposition after it ("X, le trader de la banque,")."""
        doc = sent.doc
        out = set()
        k = ent.start - 1
        while k >= sent.start and doc[k].pos_ in {"NOUN", "ADJ"} and doc[k].is_lower:
            if doc[k].pos_ == "NOUN":
                out.add(doc[k].lower_)
            k -= 1
        k = ent.end + 1
        if k < sent.end and doc[ent.end].text == ",":
            while k < sent.end and doc[k].pos_ in {"DET", "ADJ"}:
                k += 1
            if k < sent.end and doc[k].pos_ == "NOUN":
                out.add(doc[k].lower_)
        return out

    def _mention_gender(self, ent: Span, sent: Span) -> str | None:
        """A named person's gender from the words next to the name: the determiner of the
        noun right before it ("la psychologue Marie X"), an apposition ("Corinne X,
        présidente de…", "Fabrice X, l'ex-mari de…"), or a participle agreeing with it as
        subject ("X s'est dite", "X a été reçue")."""
        doc = sent.doc
        civility = ent[0].lower_.rstrip(".")
        if civility in {"mme", "mlle", "madame"}:
            return "Fem"
        if civility in {"m", "monsieur"}:
            return "Masc"
        k = ent.start - 1
        nouns = 0
        while k >= sent.start and nouns < 4 and (doc[k].pos_ in {"NOUN", "ADJ"} and doc[k].is_lower or doc[k].lower_ in {"et", "-"}):
            nouns += doc[k].pos_ in {"NOUN", "ADJ"}  # "la psychologue Marie X", "le petit Paul"
            k -= 1
        if nouns and k >= sent.start and doc[k].pos_ == "DET":
            g = _det_gender(doc[k], doc[k + 1])
            if g:
                return g
        if nouns and k >= sent.start and doc[k].lower_ in {"du", "au"}:
            return "Masc"  # "la mère du petit Paul": the contracted article is masculine
        k = ent.end
        if k + 1 < sent.end and doc[k].text == ",":
            k += 1
            det = doc[k] if doc[k].pos_ == "DET" else None
            while k < sent.end and (doc[k].pos_ in {"DET", "ADJ"} or doc[k].lower_ in self.prenominal):
                k += 1
            if k < sent.end and doc[k].pos_ == "NOUN" and (doc[k].lower_ in self.person_heads or doc[k].lower_ in self.pour_heads or det is not None):
                return _det_gender(det, doc[k])
        root = ent.root
        if root.dep_ in {"nsubj", "nsubj:pass"} and root.head.pos_ in {"VERB", "ADJ"}:
            v = root.head
            if any(c.dep_ in {"aux:pass", "cop"} or (c.dep_ == "aux:tense" and c.lemma_ == "être") for c in v.children):
                return next(iter(v.morph.get("Gender")), None)
        return None

    def _subject_description(self, head: Token, sent: Span, last: list[tuple]) -> list[tuple]:
        """A person described as a sentence's subject ("le chef spirituel tibétain a insisté",
        "la ministre a reçu") is a candidate for the pronouns that follow, resolved to the
        person the article named with that title when it did."""
        if _inside(head.idx, self._quotes) or "Plur" in head.morph.get("Number"):
            return []
        det = next((c for c in head.children if c.dep_ == "det"), None)
        if det is None or det.lower_ not in {"le", "la", "l'", "l’"}:
            return []
        np_ = [t for t in self._np_antecedent(head, sent) if t.i >= det.i]
        speaker, kind, role = self._speaker(np_)
        if not speaker:
            return []
        first = next((t for t in np_ if t.i > head.i and t.text == speaker.split()[0]), None)
        if kind == "person" and first is None:
            return []
        if kind == "person" and first is not None:
            k = first.i - 1
            while k > head.i and sent.doc[k].pos_ == "ADJ":
                k -= 1
            if sent.doc[k].pos_ in {"DET", "ADP"}:
                return []  # "la mère du petit Paul": the name is a complement, not the person described
        if kind != "person":
            speaker, kind, role = self._anaphor(speaker, kind, role, last)
        if kind not in {"person", "anonymous", "body"}:
            return []
        return [(speaker, "person", role, "sg", _gender(head))]

    def _anaphor(self, speaker: str, kind: str | None, role: str | None, last: list[tuple]) -> tuple[str | None, str | None, str | None]:
        """"ce rapport", "cette source", "le ministre": a description resolved to the
        article's last speaker whose words contain its head noun."""
        words = speaker.replace("’", "'").split()
        if words and words[0].lower().startswith("l'") and len(words[0]) > 2:
            words = ["l'", words[0][2:]] + words[1:]
        if len(words) < 2 or words[0].lower() not in self.anaphoric_dets:
            return speaker, kind, role
        head = words[1].strip(_TRIM)
        named = self._description(words)
        if named is not None:
            return named, ("body" if words[1].lower().strip(_TRIM) in self.org_nouns else "person"), " ".join(words)
        earlier = self._described_antecedent(words, last)
        if earlier is not None:
            return earlier
        demonstrative = words[0].lower() in {"ce", "cet", "cette", "ces"}
        if not head.islower() or not (demonstrative or head in self.pour_heads or head in self.kinds or head in self.org_nouns):
            return speaker, kind, role
        if head in self.kinds:
            if any(w[:1].isupper() and words[i - 1].lower() not in {"de", "du", "des", "d'"} for i, w in enumerate(words[2:], 2)):
                return speaker, kind, role  # "l'agence de presse Chine Nouvelle": the medium is named
            if any(w.lower() in {"de", "du", "des", "d'"} or w.lower().startswith("d'") for w in words[2:]):
                return speaker, kind, role  # "le blog de l'un des fondateurs": not the last medium
            # "le quotidien économique", "la chaîne colombienne": the last medium named
            for sp, k, r, _, _ in reversed(last):
                if k == "outlet":
                    return sp, k, r
            if self._last_outlet:
                return self._last_outlet, "outlet", None
            return speaker, kind, role
        for sp, k, r, _, _ in reversed(last):
            if sp and sp.lower() != speaker.lower() and (head in sp.lower().split() or (r and head in r.lower().split())):
                return sp, k, r
        return speaker, kind, role

    def _described_antecedent(self, words: list[str], last: list[tuple]) -> tuple[str, str | None, str | None] | None:
        """"la jeune femme" after "La mère du garçon … a expliqué que": a person the article
        has not named (no named person of that gender came before) is taken up by another
        description of the same gender and number; the earlier speaker is that person."""
        gender = _DET_GENDERS.get(words[0].lower())
        k = 1
        while k + 1 < len(words) and words[k].lower() in self.prenominal:
            k += 1
        if gender is None or words[k].lower().strip(_TRIM) not in self.person_heads:
            return None
        for sp, kind, role, num, _ in reversed(last):
            w = sp.replace("’", "'").split()
            if num == "pl" or not _described(sp) or _DET_GENDERS.get(w[0].lower()) != gender or sp.lower() == " ".join(words).lower():
                continue
            j = 1
            while j + 1 < len(w) and w[j].lower() in self.prenominal:
                j += 1
            if w[j].lower().strip(_TRIM) in self.person_heads:
                return sp, kind, role
        return None

    # -- cues ------------------------------------------------------------------
    def _selon_cues(self, sent: Span, quotes: list[tuple[int, int]]) -> list[_Cue]:
        doc = sent.doc
        out: list[_Cue] = []
        for ti in _within(self._selon_idx, sent):
            t = doc[ti]
            low = t.lower_
            name = None
            start = t.i + 1
            if low in self.selon:
                name = self.selon[low]
            elif low == "après" and t.i > sent.start and doc[t.i - 1].lower_ in {"d'", "d’"}:
                name = "d'après"
            elif low == "par" and t.i > sent.start and doc[t.i - 1].lower_ in {"cité", "citée", "cités", "citées"}:
                name = "cité par"
            elif low == "pour" and (t.i == sent.start or (t.i == sent.start + 1 and sent[0].pos_ in {"CCONJ", "ADV"})):
                np_probe, _ = self._np_after(t.i + 1, sent)
                words = [x for x in np_probe if not x.is_punct and x.pos_ != "DET"]
                end_i = np_probe[-1].i + 1 if np_probe else t.i + 1
                if not words or end_i >= sent.end or doc[end_i].text != ",":
                    continue
                org = words[0].ent_type_ == "ORG" or (words[0].text[:1].isupper() and words[0].lower_ in self.org_nouns)
                if not (any(x.ent_type_ == "PER" for x in words) or words[0].lower_ in self.object_pronouns or words[0].lower_ in self.pour_heads or org):
                    continue  # "Pour la Ligue des droits de l'Homme, …" names a source; "Pour la France, …" does not
                name = "pour"
            elif low == "croire" and t.i > sent.start + 1 and doc[t.i - 1].lower_ == "en" and doc[t.i - 2].lower_ in {"à", "a"}:
                name = "à en croire"  # "à en croire les commentaires de X"
            elif low == "dires" and t.i > sent.start and doc[t.i - 1].lower_ == "aux" and t.i + 1 < sent.end and doc[t.i + 1].lower_ in _DE_FORMS:
                name = "aux dires de"
                start = t.i + 2 if doc[t.i + 1].lower_ not in {"du", "des"} else t.i + 1
            if name is None or _inside(t.idx, quotes):
                continue
            if start < sent.end and doc[start].lower_ in {"laquelle", "lequel", "lesquels", "lesquelles", "que", "qu'", "qu’"}:
                continue
            np_, tail = self._np_after(start, sent)
            np_ = self._speech_owner(np_, sent)
            if not np_:
                continue
            first_word = next((x for x in np_ if x.pos_ in {"NOUN", "PROPN", "PRON"}), None) or next((x for x in np_ if x.pos_ != "DET"), np_[0])
            if first_word.lower_ in self.not_source or (first_word.lower_ in {"ce", "cela"} and name == "selon" and not any(x.lower_ in {"rapporté", "rapportée", "dit", "annoncé"} for x in np_)):
                continue
            zone = {x.i for x in np_} | {x.i for x in tail if not _inside(x.idx, quotes)}
            relay: list[str] = []
            head_word = first_word.lower_
            speaker = kind = role = None
            pronoun = None
            if head_word in self.object_pronouns and (len([x for x in np_ if not x.is_punct]) == 1 or np_[0].lower_ == head_word):
                pronoun = head_word  # "selon lui", "permettrait selon lui à la société de…"
            else:
                # "selon des révélations faites par des officiels américains au Financial Times"
                agent_at = next((x.i for x in np_ if x.lower_ == "par" and x.i > np_[0].i and doc[x.i - 1].lower_ in self.agent_participles), None)
                if agent_at is None and head_word in self.information_nouns:
                    # "selon des informations du New York Times", "selon un rapport de l'ONU"
                    outlet = next((self._outlet_ids[x.i] for x in np_ if x.i in self._outlet_ids), None)
                    if outlet:
                        speaker, kind = outlet, "outlet"
                    elif any(x.ent_type_ in {"ORG", "PER"} for x in np_):
                        names = [x for x in np_ if x.ent_type_ in {"ORG", "PER"}]
                        sp = doc[names[0].i : names[-1].i + 1]
                        speaker, kind, role = self._speaker(list(sp))
                else:
                    if agent_at is not None:
                        sub, sub_tail = self._np_after(agent_at + 1, sent)
                        zone |= {x.i for x in sub_tail}
                        speaker, kind, role = self._speaker(sub)
                    else:
                        cut = next((x.i for x in np_ if x.lower_ in self.citing), None)
                        core = [x for x in np_ if cut is None or x.i < cut]
                        speaker, kind, role = self._speaker(core)
                        if cut is not None:
                            inner, _ = self._np_after(cut + 1, sent)
                            isp, ik, ir = self._speaker(inner)
                            if isp and kind == "outlet":
                                relay.append(speaker)
                                speaker, kind, role = isp, ik, ir
            sentence_level = t.i <= sent.start + 2 or (
                doc[t.i - 1].text == "," and not any(x.text in _QUE for x in doc[t.i + 1 : sent.end]) and (not tail or tail[-1].i >= sent.end - 2)
            ) or (t.i > sent.start and doc[t.i - 1].text == "," and self._closes_sentence((np_[-1].i if not tail else tail[-1].i) + 1, sent))
            if name == "cité par":
                sentence_level = False
            out.append(_Cue(1 if sentence_level else 3, t.i, name, speaker, kind, role, zone, relay, pronoun))
        return out

    @staticmethod
    def _closes_sentence(j: int, sent: Span) -> bool:
        """Is there nothing after j but punctuation, or only the source's own participle
        clause ("…, selon X, ajoutant que …")?"""
        rest = [x for x in sent.doc[j : sent.end] if not (x.is_punct or x.is_space)]
        if not rest:
            return True
        first = rest[0]
        return first.i > j and sent.doc[first.i - 1].text == "," and first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm") and "Pres" in first.morph.get("Tense")

    def _speech_owner(self, np_: list[Token], sent: Span) -> list[Token]:
        """"les commentaires de X", "les propos du ministre": the source is the owner of
        the words, not the words."""
        words = [x for x in np_ if not x.is_punct]
        k = 1 if words and words[0].pos_ == "DET" else 0
        if len(words) > k + 1 and words[k].lower_ in self.speech_nouns and words[k + 1].lower_ in _DE_FORMS:
            owner = [x for x in np_ if x.i > words[k + 1].i]
            return owner or np_
        return np_

    def _verb_cues(self, sent: Span, quotes: list[tuple[int, int]]) -> list[_Cue]:
        doc = sent.doc
        out: list[_Cue] = []
        for vi in _within(self._verb_idx, sent):
            v = doc[vi]
            if not self._is_cue_verb(v) and not self._mistagged_incise(v, sent) and not self._mistagged_verb(v, sent, quotes):
                cue = self._participle_cue(v, sent, quotes) or self._narrative_infinitive(v, sent, quotes) or self._passive_cue(v, sent, quotes)
                if cue is not None:
                    out.append(cue)
                continue
            inverted = self._inverted(v, sent, quotes)
            if _inside(v.idx, quotes) and not inverted:
                continue
            group = self._verb_group_start(v, sent)
            cue = doc[group : self._verb_phrase(v) or v.i + 1].text
            around = " " + doc[group : min(sent.end, v.i + 3)].text.lower().replace("’", "'") + " "
            first = any(f" {' '.join(m)} " in around for m in self.first_marks)
            if inverted:
                pron = self._inverted_pronoun(v)
                tail_tokens: list[Token] = []
                if pron:
                    cue = doc[group : min(sent.end, v.i + 1)].text
                    j = v.i + 1
                    while j < sent.end and doc[j].lower_.startswith("-"):
                        cue = doc[group : j + 1].text
                        j += 1
                    tail_tokens = [doc[k] for k in range(j, sent.end)]
                    speaker = kind = role = None
                    if pron == "on":
                        speaker, kind, role, _ = self._on_source(tail_tokens, sent)
                        pron = "_on" if speaker is None and self._recent_on() else None
                    out.append(_Cue(0, v.i, cue, speaker, kind, role, {x.i for x in tail_tokens}, [], pron, first))
                    continue
                np_, tail = self._np_after(v.i + 1, sent)
                speaker, kind, role = self._speaker(np_)
                zone = {x.i for x in np_} | {x.i for x in tail}
                out.append(_Cue(0, v.i, cue, speaker, kind, role, zone, [], None, first))
                continue
            content = self._content_after(v, sent)
            if content is None:
                continue
            subj_tokens = self._np_before(v, sent)
            pronoun = None
            zone = {x.i for x in subj_tokens}
            j = v.i + 1
            while content != "paraphrase" and j < sent.end and doc[j].lower_ not in {"que", "qu'", "qu’", ":", "«", '"', "“"} and j - v.i < 14:
                zone.add(j)
                j += 1
            speaker = kind = role = None
            words = [x for x in subj_tokens if not x.is_punct]
            if not words:
                subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"}), None)
                if subj is None and v.dep_ == "conj":
                    subj = next((c for c in v.head.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
                if subj is None:
                    if v.i - sent.start <= 3 and sent[0].pos_ in {"CCONJ", "ADV"}:
                        # "Et demandé que…": the subject of the previous sentence goes on
                        out.append(_Cue(2, v.i, cue, None, None, None, zone, [], "_prev", first))
                    continue
                words = [subj]
            while len(words) > 1 and words[-1].pos_ == "PRON" and words[-1].dep_ in {"obj", "iobj"}:
                words.pop()  # "qui le dit": an object clitic is not part of the subject
            if len(words) > 1 and words[-1].lower_ == "qui" and words[-2].pos_ == "NOUN" and not self._may_speak(words[-2]):
                continue  # "une tumeur au visage qui demandait …": the noun before the relative cannot speak
            if len(words) > 1 and words[-1].lower_ == "on" and words[-1].dep_ == "nsubj":
                words = [words[-1]]  # "Dans l'entourage de X, on assurait": the subject is "on"
            head = words[0].lower_
            if len(words) == 1 and head in self.quote_persons:
                if head == "on":
                    speaker, kind, role, _ = self._on_source([doc[k] for k in range(v.i + 1, sent.end)], sent)
                    if speaker is None:  # "Dans l'entourage de X, on assurait que…"
                        speaker, kind, role, _ = self._on_source([doc[k] for k in range(sent.start, v.i)], sent)
                    pron = "_on" if speaker is None and self._recent_on() else None
                    out.append(_Cue(2, v.i, cue, speaker, kind, role, zone, [], pron, first))
                continue
            if len(words) == 1 and head in self.pronouns:
                pronoun = head
            elif len(words) == 1 and head == "qui" and words[0].i == sent.start:
                pronoun = "_prev"  # "Qui précise que …": the relative goes back to the previous sentence
            elif len(words) == 1 and head == "qui":
                ante = v.head if v.dep_.startswith("acl") else None
                if ante is None or ante.i >= v.i:
                    continue
                ante = self._agreeing_antecedent(ante, v, words[0])
                if not self._may_speak(ante):
                    continue  # "une tumeur au visage qui demandait": not a speaker, the parser's antecedent is wrong
                np_ = self._np_antecedent(ante, sent)
                speaker, kind, role = self._speaker(np_)
                zone |= {x.i for x in np_}
                if speaker is None:
                    continue
            elif head in {"ce", "cela", "ceci", "ça", "il"} and " ".join(w.lower_ for w in words) not in _LATEST:
                continue
            else:
                speaker, kind, role = self._speaker(subj_tokens)
            voice = self._voice(v, sent)
            if voice is not None:
                speaker, kind, role = voice
                pronoun = None
            # a paraphrase through an object is the weakest verb cue: a que-clause wins
            out.append(_Cue(3 if content == "paraphrase" else 2, v.i, cue, speaker, kind, role, zone, [], pronoun, first))
        return out

    def _stance_adjectives(self, sent: Span, quotes: list[tuple[int, int]]) -> list[_Cue]:
        """"X est opposée à une loi", "le syndicat est favorable à la réforme": a stance
        adjective after a copula, with its 'à' complement, states its subject's position."""
        doc = sent.doc
        out: list[_Cue] = []
        for t in sent:
            if t.lower_ not in self.stance_adjectives or t.i < sent.start + 2 or t.i + 1 >= sent.end or _inside(t.idx, quotes):
                continue
            cop = doc[t.i - 1] if doc[t.i - 1].pos_ != "ADV" else doc[t.i - 2]
            if cop.lemma_ != "être" or doc[t.i + 1].lower_ not in {"à", "au", "aux"} or t.dep_ in {"acl:relcl", "amod"}:
                continue
            subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < t.i), None)
            if subj is None or subj.lower_ in _NO_SPEAKER_SUBJECTS:
                continue
            if subj.lower_ in self.pronouns:
                out.append(_Cue(3, t.i, doc[cop.i : t.i + 1].text, None, None, pronoun=subj.lower_))
                continue
            if not self._may_speak(subj):
                continue  # "le vent est favorable aux marins"
            cue = self._named_cue(3, t.i, doc[cop.i : t.i + 1].text, [x for x in self._np_antecedent(subj, sent) if x.i < cop.i])
            if cue is not None:
                out.append(cue)
        return out

    def _participle_cue(self, v: Token, sent: Span, quotes: list[tuple[int, int]]) -> _Cue | None:
        """"…, estimant que", "en rappelant que", "disant « attendre »": a present participle
        of a reporting verb with its content reports the words of the clause's subject
        (the nearest verb before it)."""
        doc = sent.doc
        participle = "Part" in v.morph.get("VerbForm") and "Pres" in v.morph.get("Tense") and v.pos_ == "VERB"
        # "en insinuant que": a gerund the model tagged as an adjective
        gerund = v.i > sent.start and doc[v.i - 1].lower_ == "en" and v.lower_.endswith("ant") and v.pos_ in {"ADJ", "NOUN"}
        if not (participle or gerund) or self.lemma(v) not in self.verbs:
            return None
        before = v.i - 1
        while before > sent.start and doc[before].lower_ in {"se", "s'", "s’"}:
            before -= 1  # "en se disant favorable"
        if v.i <= sent.start or doc[before].lower_ not in {",", "en"} or _inside(v.idx, quotes) or any(c.dep_.startswith("nsubj") for c in v.children):
            return None
        if self._content_after(v, sent) not in {"que", "quote", "inf", ":", "adj", "paraphrase"}:
            return None
        # the verb it hangs on, else the nearest verb before it
        order = ([v.head] if v.head.i < v.i and v.head.i >= sent.start else []) + [doc[k] for k in range(v.i - 1, sent.start - 1, -1)]
        for t in order:
            if t.pos_ != "VERB" or _inside(t.idx, quotes) or ("Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense")):
                continue
            if any(c.dep_ == "mark" and c.lower_ in _QUE or c.lower_ == "qui" for a in [t, *t.ancestors] for c in a.children if c.i < a.i):
                continue  # a verb inside a que-clause or a relative clause has another subject
            tokens = self._np_before(t, sent)
            words = [x for x in tokens if not x.is_punct]
            if not words or words[0].lower_ in self.quote_persons or words[0].lower_ in _NO_SPEAKER_SUBJECTS:
                return None
            if len(words) == 1 and words[0].lower_ in self.pronouns:
                return _Cue(2, v.i, v.text, None, None, pronoun=words[0].lower_)
            return self._named_cue(2, v.i, v.text, tokens)
        return None

    def _narrative_infinitive(self, v: Token, sent: Span, quotes: list[tuple[int, int]]) -> _Cue | None:
        """"Et le patron de la banque de conclure : « … »", "Et d'évoquer ce « déni »": the
        narrative infinitive reports the words of the noun phrase before it, else of the
        previous sentence's speaker."""
        doc = sent.doc
        if v.morph.get("VerbForm") != ["Inf"] or self.lemma(v) not in self.verbs or _inside(v.idx, quotes):
            return None
        if sent[0].lower_ != "et" or v.i < sent.start + 2 or doc[v.i - 1].lower_ not in _DE:
            return None
        between = [doc[k] for k in range(sent.start + 1, v.i - 1)]
        if any(x.pos_ in {"VERB", "AUX"} or x.text in {",", ":", ";"} for x in between):
            return None
        if self._content_after(v, sent) not in {"que", ":", "quote", "paraphrase", "inf"}:
            return None
        if not between:
            return _Cue(2, v.i, doc[v.i - 1 : v.i + 1].text, None, None, pronoun="_prev")
        return self._named_cue(2, v.i, doc[v.i - 1 : v.i + 1].text, between)

    def _passive_cue(self, v: Token, sent: Span, quotes: list[tuple[int, int]]) -> _Cue | None:
        """"Sa création est contestée par la LDH", "X est souvent critiqué par ses collègues":
        a verb that reports speech through its object says, in the passive, what its agent
        said about the subject. The first of coordinated agents is kept (it is contained in
        the whole list)."""
        if self.lemma(v) not in self.paraphrase_verbs or _inside(v.idx, quotes) or not any(c.dep_ == "aux:pass" for c in v.children):
            return None
        agent = next((c for c in v.children if c.dep_ == "obl:agent" and c.pos_ in {"NOUN", "PROPN"}), None)
        if agent is None:
            return None
        tokens = []
        for t in agent.subtree:
            if t.pos_ == "CCONJ" or t.text in {",", ";", "(", "«"}:
                break
            if t.dep_ != "case" or t.head != agent:
                tokens.append(t)
        return self._named_cue(3, v.i, v.text, tokens)

    def _named_cue(self, rank: int, pos: int, text: str, tokens: list[Token], person: bool = False) -> _Cue | None:
        """A cue whose speaker is named by `tokens` (a person's only, with `person`), or None."""
        speaker, kind, role = self._speaker(tokens)
        if not speaker or (person and kind != "person"):
            return None
        return _Cue(rank, pos, text, speaker, kind, role, {x.i for x in tokens})

    def _voice(self, v: Token, sent: Span) -> tuple[str | None, str | None, str | None] | None:
        """"le ministère assure, par la voix de son porte-parole, X, que…": the voice named
        between the verb and its content is the speaker."""
        doc = sent.doc
        for j in range(v.i + 1, min(sent.end - 3, v.i + 6)):
            if doc[j].lower_ in {"que", "qu'", "qu’", ":", "«", '"'}:
                return None
            if doc[j].lower_ == "par" and doc[j + 1].lower_ == "la" and doc[j + 2].lower_ == "voix" and doc[j + 3].lower_ in _DE_FORMS:
                start = j + 4 if doc[j + 3].lower_ not in {"du", "des"} else j + 3
                np_, _ = self._np_after(start, sent)
                speaker, kind, role = self._speaker(np_)
                return (speaker, kind, role) if speaker else None
        return None

    def _colon_cues(self, sent: Span, quotes: list[tuple[int, int]]) -> list[_Cue]:
        """A clause that introduces a quotation after a colon names its speaker even when
        its verb is not a reporting verb ("Sophie Richardson tranche dans le vif : « … »",
        "Mireille, une voisine, donne des précisions : « … »")."""
        doc = sent.doc
        for k in range(sent.start + 2, sent.end - 1):
            if doc[k].text != ":" or _inside(doc[k].idx, quotes):
                continue
            nxt = doc[k + 1]
            if not (nxt.text in _OPENERS or nxt.text == _STRAIGHT) or not _inside(nxt.idx + 1, quotes):
                continue
            return self._colon_clause(sent, k, quotes)
        return []

    def _colon_intro(self, sent: Span, quotes: list[tuple[int, int]]) -> list[_Cue]:
        """A sentence that ends with a colon right before a quotation on the next line
        ("…, le dalaï lama a tenu à renvoyer toute question aux responsables : / « … »")
        names the quotation's speaker as the same clause would within one sentence."""
        doc = sent.doc
        end = sent.end - 1
        while end > sent.start and doc[end].is_space:
            end -= 1
        nxt = sent.end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if end < sent.start + 2 or doc[end].text != ":" or _inside(doc[end].idx, quotes) or nxt >= len(doc):
            return []
        if not (doc[nxt].text in _OPENERS or doc[nxt].text == _STRAIGHT) or not _inside(doc[nxt].idx + 1, quotes):
            return []
        return self._colon_clause(sent, end, quotes)

    def _colon_clause(self, sent: Span, k: int, quotes: list[tuple[int, int]]) -> list[_Cue]:
        """The cue of the clause before the colon at `k` that introduces a quotation."""
        doc = sent.doc
        verbs = [t for t in doc[sent.start : k] if t.pos_ in {"VERB", "AUX", "ADJ"} and not _inside(t.idx, quotes) and (t.dep_ == "ROOT" or t.head.i >= k or t.head == t)]
        for v in verbs:
            holders = [v] + [c for c in v.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
            # the subject nearest the verb: the parser may take a noun of a fronted phrase for another
            subj = max((c for h in holders for c in h.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < v.i and not _inside(c.idx, quotes)), key=lambda c: c.i, default=None)
            if subj is None:
                continue
            agent = next((c for c in v.children if c.dep_ == "obl:agent" and c.i < k), None)
            if subj.dep_ == "nsubj:pass" and agent is not None:
                # "X a été renvoyé dans les cordes par sa collègue, Michèle Y : « … »": the agent
                cue = self._named_cue(2, v.i, v.text, [t for t in doc[min(x.i for x in agent.subtree) : k] if not _inside(t.idx, quotes)], person=True)
                if cue is not None:
                    return [cue]
            low = subj.lower_
            if low in self.pronouns:
                return [_Cue(2, v.i, v.text, None, None, pronoun=low)]
            personal = low in {"dernier", "dernière", "celui-ci", "celle-ci"} or subj.pos_ == "PROPN" or subj.ent_type_ == "PER" or low in self.pour_heads or low in self.person_nouns or low in self.org_nouns or any(e.start <= subj.i < e.end for e in self._ents)
            if not personal:
                return []  # "le programme est le suivant : « … »" names no speaker
            cue = self._named_cue(2, v.i, v.text, [t for t in subj.subtree if t.i < min(k, v.i) and not _inside(t.idx, quotes)])
            return [cue] if cue is not None else []
        # no verb with a subject (the parser took "tranche" for a noun, or the clause is
        # verbless): "ce dernier", else the person the clause names
        for t in doc[sent.start : k]:
            if t.dep_ in {"nsubj", "nsubj:pass"} and t.i > sent.start and f"{doc[t.i - 1].lower_} {t.lower_}" in _LATEST:
                cue = self._named_cue(2, t.i, doc[k].text, [doc[t.i - 1], t], person=True)  # "Ce que ce dernier n'a pas manqué de saluer : « … »"
                if cue is not None:
                    return [cue]
        cue = self._colon_named(sent, k, quotes)
        return [cue] if cue is not None else []

    def _colon_named(self, sent: Span, colon: int, quotes: list[tuple[int, int]]) -> _Cue | None:
        """The speaker of a clause before a colon and a quotation when the parser found no
        verb with a subject there: the agent of a participle ("Une idée partagée par le
        député X : « … »"), else the first name that is not a complement ("X, une des
        responsables de Y, tranche dans le vif : « … »", "Seul le champion, X, prend la
        défense de Z : « … »")."""
        doc = sent.doc
        for j in range(colon - 1, sent.start, -1):
            t = doc[j]
            if t.lower_ == "par" and not _inside(t.idx, quotes):
                k = j - 1
                while k > sent.start and doc[k].pos_ == "ADV":
                    k -= 1
                if "Part" in doc[k].morph.get("VerbForm") and "Past" in doc[k].morph.get("Tense"):
                    cue = self._named_cue(2, j, f"{doc[k].text} par", self._np_after(j + 1, sent)[0])
                    if cue is not None:
                        return cue
                break
        for ent in self._ents:
            if not (sent.start <= ent.start and ent.end <= colon) or _inside(ent.start_char, quotes):
                continue
            before = doc[ent.start - 1] if ent.start > sent.start else None
            if before is not None and (before.pos_ == "ADP" or before.lower_ in {"de", "d'", "d’", "du", "des", "à", "au", "aux"}):
                continue  # "prend la défense de Lance Armstrong": a complement
            return self._named_cue(2, ent.start, ":", list(ent))
        return None

    def _agreeing_antecedent(self, ante: Token, v: Token, qui: Token) -> Token:
        """The antecedent of "qui" agrees in number with its verb: when the parser's head
        does not ("Ce calme … conforte la thèse de certains observateurs, qui estiment"),
        the nearest noun before "qui" that does."""
        number = v.morph.get("Number")
        if not number or ante.morph.get("Number") in ([], number):
            return ante
        for k in range(qui.i - 1, max(ante.i, qui.i - 8), -1):
            t = v.doc[k]
            if t.pos_ in {"NOUN", "PROPN"}:
                return t if t.morph.get("Number") == number else ante
        return ante

    def _np_antecedent(self, head: Token, sent: Span) -> list[Token]:
        doc = head.doc
        lo = min(t.i for t in head.subtree)
        tokens = [doc[i] for i in range(max(lo, sent.start), head.i + 1)]
        # extend over the head's own complements ("ambassade de Chine")
        k = head.i + 1
        while k < sent.end and doc[k].lower_ not in {",", "qui", "se", "s'", "s’"} and doc[k].head.i >= head.i and doc[k].pos_ != "VERB":
            tokens.append(doc[k])
            k += 1
        segs = self._segments(tokens)
        while len(segs) > 1 and self._adverbial(segs[0]):
            segs.pop(0)
        return [t for s in segs[-1:] for t in s]

    def _on_source(self, tokens: list[Token], sent: Span) -> tuple[str | None, str | None, str | None, set[int]]:
        """"a-t-on appris auprès de X", "de source X": the source of an impersonal cue."""
        doc = sent.doc
        for t in tokens:
            if t.lower_ == "source" and t.i > sent.start + 1 and doc[t.i - 1].lower_ == "même" and doc[t.i - 2].lower_ == "de":
                if self._last_source is not None:  # "a-t-on précisé de même source": the source named before
                    return (*self._last_source, {t.i})
                break
            if t.lower_ == "auprès" or (t.lower_ == "source" and t.i > sent.start and doc[t.i - 1].lower_ == "de"):
                start = t.i + 1
                if t.lower_ == "auprès" and start < sent.end and doc[start].lower_ in _DE:
                    start += 1
                np_, _ = self._np_after(t.i if t.lower_ == "source" else start, sent)
                sp, kind, role = self._speaker(np_)
                if sp:
                    self._last_source = (sp, kind or "anonymous", role)
                return sp, kind or "anonymous", role, {x.i for x in np_}
        # "assure-t-on dans l'entourage de M. Sarkozy", "confirme-t-on au Fonds de garantie",
        # "indiquait-on au cabinet du procureur": the place named is the source
        for t in tokens:
            low = t.lower_
            start, det = None, ""
            if low in {"dans", "chez"}:
                start = t.i + 1
            elif low in {"au", "aux"} and not (t.i + 1 < sent.end and doc[t.i + 1].lower_ == "sein"):
                start, det = t.i + 1, ("le " if low == "au" else "les ")
            elif low == "sein" and t.i + 1 < sent.end and doc[t.i + 1].lower_ in {"du", "de", "des"}:
                start, det = t.i + 2, {"du": "le ", "des": "les "}.get(doc[t.i + 1].lower_, "")
            if start is None or start >= sent.end:
                continue
            np_, _ = self._np_after(start, sent)
            content = [x for x in np_ if x.pos_ in {"NOUN", "PROPN"}]
            if not content:
                break
            first = content[0]
            if not (first.pos_ == "PROPN" or first.text[:1].isupper() or first.lower_ in self.pour_heads or first.lower_ in self.org_nouns or first.lower_ in self.on_places):
                break
            phrase = doc[np_[0].i : np_[-1].i + 1].text.strip(_TRIM)
            if len(content) == 1 and first.text[:1].isupper():
                # "au sein du Conseil" after "le Conseil d'Etat": the body named in full before
                fuller = next((n for n, _, _ in reversed(self._org_mentions) if n.startswith(first.text + " ") and n.split()[0] == phrase.split()[-1]), None)
                phrase = fuller or phrase
            return det + phrase, "body", None, {x.i for x in np_}
        return None, None, None, set()

    def _quoted(self, char: int, quotes: list[tuple[int, int]]) -> bool:
        """Inside a quotation, not counting a quoted medium's name (a title)."""
        return _inside(char, quotes) and not _inside(char, self._title_quotes)

    def _channel_outlet(self, s: int, sent: Span, cue: _Cue, quotes: list[tuple[int, int]]) -> bool:
        """Is the medium at token s cited as a channel or source ("dans Le Figaro", "sur
        France Info", "à l'antenne d'Europe 1", "interrogé par l'AFP", "selon Les Echos"),
        outside quotes and outside the reported content?"""
        doc = sent.doc
        if self._quoted(doc[s].idx, quotes):
            return False
        prev = [x.lower_ for x in doc[max(sent.start, s - 3) : s]]
        if "par" in prev[-2:] and any(p in self.contact_participles for p in prev):
            return True
        verb = next((doc[x] for x in range(s - 1, max(sent.start, s - 8) - 1, -1) if doc[x].pos_ == "VERB"), None)
        if verb is not None and verb.lemma_.lower() in self.topic_verbs:
            return False  # "retransmise sur France 2", "reconnu dans La Provence": the medium is the topic
        k = self._skip_medium_words(s - 1, sent)
        if k > sent.start and doc[k].lower_ in {"d'", "d’", "de", "du"}:
            b = k - 1
            while b > sent.start and doc[b].lower_ in self.medium_words:
                b -= 1  # "au site internet du Parisien"
            if doc[b].lower_ in {"antenne", "micro", "ondes", "site", "colonnes", "pages", "plateau"}:
                return not self._in_content(doc[s], cue)
        return k >= sent.start and doc[k].lower_ in {"dans", "sur", "à", "au", "selon", "antenne", "micro", "ondes"} and not self._in_content(doc[s], cue)

    def _cited(self, s: int, e: int, sent: Span, cue: _Cue, quotes: list[tuple[int, int]]) -> bool:
        """Is the medium doc[s:e] cited as a source wherever it stands in the sentence
        (outside quotes)? As the subject of a reporting or sourcing verb ("Le Monde
        révèle", "que l'AFP a pu consulter", "dont fait état Le Monde"), contacted
        ("interrogé par l'AFP"), as a channel ("sur France 2"), as the agent of a passive
        ("attribués par L'Equipe"), or as the origin of a report the sentence confirms or
        relays ("confirmant une information du Parisien", "dans un entretien publié par
        le quotidien La Provence"); never inside the reported content, nor as the report a
        speaker denies."""
        doc = sent.doc
        if self._quoted(doc[s].idx, quotes) or self._denied(s, cue):
            return False
        prev = [x.lower_ for x in doc[max(sent.start, s - 3) : s]]
        if "par" in prev[-2:] and any(p in self.contact_participles for p in prev):
            return True
        if self._channel_outlet(s, sent, cue, quotes):
            return True
        if self._in_content(doc[s], cue):
            return False
        return self._source_subject(s, e) or self._relative_subject(s, sent) or self._passive_agent(s, sent) or self._report_origin(s, sent)

    def _denied(self, s: int, cue: _Cue) -> bool:
        """"a démenti les informations parues dans Le Parisien", "a démenti avoir perdu…
        comme l'a affirmé La Tribune": after a denial, a medium is what is denied, unless
        it is the addressee or channel of the denial itself ("a démenti sur RTL")."""
        if cue.rank not in (2, 3) or s <= cue.pos:
            return False
        doc = self._doc
        if self.lemma(doc[cue.pos]) not in self.denial_verbs:
            return False
        if any(doc[x].lower_ in self.object_nouns or doc[x].lower_ in self.information_nouns for x in range(cue.pos + 1, s)):
            return True
        k = self._skip_medium_words(s - 1, doc[cue.pos].sent)
        return k >= 0 and doc[k].lower_ not in {"à", "au", "aux", "sur", "dans"} and not (doc[k].lower_ in _DE and k > 0 and doc[k - 1].lower_ == "auprès")

    def _source_verb(self, v: Token) -> bool:
        """A reporting or sourcing verb; "faire" only in its phrase ("fait état", not "fait partie")."""
        if v.lemma_ in self.verb_phrases and not self._verb_phrase(v):
            return False
        return self.lemma(v) in self.verbs or v.lemma_.lower() in self.source_subject_verbs

    def _source_subject(self, s: int, e: int) -> bool:
        """The medium is the subject of a reporting or sourcing verb, possibly under a modal."""
        doc = self._doc
        if not any(doc[i].dep_.startswith("nsubj") for i in range(s, e)):
            return False
        head = doc[s].head if doc[s].head.i not in range(s, e) else doc[e - 1].head
        heads = [head] + ([c for c in head.children if c.dep_ == "xcomp"] if head.lemma_.lower() in self.modal_verbs else [])
        return any(self._source_verb(h) for h in heads)

    def _skip_medium_words(self, k: int, sent: Span) -> int:
        """The index before the medium's determiner, kind and quote marks ("par le quotidien «")."""
        doc = sent.doc
        while k >= sent.start and (doc[k].pos_ in {"DET", "ADJ"} or doc[k].lower_ in self.kinds or doc[k].lower_ in self.medium_words or doc[k].lower_ in {"«", "“", '"', "l'", "l’"}):
            k -= 1
        return k

    def _relative_subject(self, s: int, sent: Span) -> bool:
        """"dont fait état Le Monde", "comme l'a révélé Le Figaro": the medium is the inverted
        subject of a relative or comparative clause with a reporting verb."""
        doc = sent.doc
        k = self._skip_medium_words(s - 1, sent)
        while k > sent.start and not self._source_verb(doc[k]) and (doc[k].pos_ == "ADV" or doc[k].lower_ in self._phrase_words):
            k -= 1
        if k <= sent.start or doc[k].pos_ not in {"VERB", "AUX"} or not self._source_verb(doc[k]):
            return False
        g = self._verb_group_start(doc[k], sent)
        return g > sent.start and doc[g - 1].lower_ in self.relative_words

    def _passive_agent(self, s: int, sent: Span) -> bool:
        """"six ont été attribués par L'Equipe": the medium is the agent of a passive
        sourcing verb (not of a topic verb: "diffusée par France 2")."""
        doc = sent.doc
        k = self._skip_medium_words(s - 1, sent)
        if k <= sent.start + 1 or doc[k].lower_ != "par":
            return False
        v = doc[k - 1]
        if v.pos_ == "ADV" and k - 2 > sent.start:
            v = doc[k - 2]
        if "Part" not in v.morph.get("VerbForm") or v.lemma_.lower() in self.topic_verbs:
            return False
        passive = any(c.dep_ == "aux:pass" for c in v.children) or doc[v.i - 1].lemma_ == "être"
        return passive and self._source_verb(v)

    def _report_origin(self, s: int, sent: Span) -> bool:
        """The medium published a report the sentence names as its channel ("dans un
        entretien publié samedi par le quotidien La Provence") or that a speaker confirms
        ("confirmant une information parue dans Libération", "… une information du Parisien")."""
        doc = sent.doc
        k = self._skip_medium_words(s - 1, sent)
        if k > sent.start + 1 and doc[k].text == "," and doc[s - 1].text == ",":
            # "sur le site d'informations en ligne, Mediapart": the medium in apposition
            j = k - 1
            while j > sent.start and k - j <= 6 and doc[j].lower_ not in {"sur", "dans", "par"}:
                j -= 1
            if doc[j].lower_ in {"sur", "dans", "par"} and any(doc[x].lower_ in self.kinds for x in range(j + 1, k)):
                k = j
        if k <= sent.start:
            return False
        linked = doc[k].lower_ in {"dans", "par", "sur"}
        if doc[k].lower_ in {"de", "du", "d'", "d’", "des"}:
            k -= 1
        elif linked:
            k -= 1
            while k > sent.start and (doc[k].lower_ in self.date_words or doc[k].like_num or doc[k].pos_ == "ADV"):
                k -= 1
            if doc[k].lower_ not in self.agent_participles:
                return False
            k -= 1
            while k > sent.start and (doc[k].lower_ in self.date_words or doc[k].like_num or doc[k].pos_ == "ADV"):
                k -= 1
        else:
            return False
        if k <= sent.start:
            return False
        noun = doc[k].lower_
        if noun in self.report_nouns and linked:
            # "suite à un article paru sur Mediapart": the report that set off the statement
            j = k - 1
            while j > sent.start and (doc[j].pos_ == "DET" or doc[j].lower_ in {"l'", "l’"}):
                j -= 1
            before = [t.lower_.replace("’", "'") for t in doc[max(sent.start, j - 3) : j + 1]]
            if any(before[-len(m):] == m for m in self.reaction_marks if len(m) <= len(before)):
                return True
        if noun in self.channels and doc[k].pos_ == "NOUN":
            return linked  # not "les demandes d'interview de Rue89"
        if noun not in self.information_nouns and noun not in self.object_nouns:
            return False
        k -= 1
        while k > sent.start and (doc[k].pos_ == "DET" or doc[k].lower_ in {"l'", "l’"}):
            k -= 1
        return self.lemma(doc[k]) in self.confirming_verbs

    def _in_content(self, t: Token, cue: _Cue) -> bool:
        """Is `t` inside the reported content of the cue's verb (after its "que")?"""
        doc = t.doc
        if cue.rank != 2 or t.i < cue.pos:
            return False
        return any(x.lower_ in _QUE or x.lower_.startswith(("qu'", "qu’")) for x in doc[cue.pos : t.i])

    def _index(self, doc: Doc) -> None:
        """One pass over the tokens: the candidates every later step looks at."""
        self._ents = [self._name_part(e) for e in doc.ents if e.label_ == "PER" and self._person_name(e)]
        self._not_names = {e.start for e in doc.ents if e.label_ == "PER" and len(e) == 1} - {e.start for e in self._ents}
        taken = {i for e in doc.ents if e.label_ == "PER" for i in range(e.start, e.end)}  # a title the NER took for a place still names a person
        named = [Span(doc, s, e, label="PER") for _, s, e in self.named_titles(doc) if not any(i in taken for i in range(s, e))]
        if named:
            self._ents = sorted(self._ents + named, key=lambda e: e.start)
        self._titled = {e.text.lower() for e in named}
        self._desc_subj: list[int] = []
        self._org_ents = [e for e in doc.ents if e.label_ == "ORG"]
        self._verb_idx: list[int] = []
        self._selon_idx: list[int] = []
        self._kind_idx: list[int] = []
        self._web_idx: list[int] = []
        self._per_subj: list[int] = []
        selon_words = set(self.selon) | {"après", "par", "dires", "pour", "croire"}
        strings = doc.vocab.strings
        content_pos = {symbols.VERB, symbols.AUX, symbols.NOUN, symbols.ADJ, symbols.PROPN}
        per = strings.add("PER")
        subj = {strings.add("nsubj"), strings.add("nsubj:pass")}
        faire = strings.add("faire")
        phrases = {strings.add(k): {strings.add(w) for w in v} for k, v in self.verb_phrases.items()}
        savoir = strings.add("savoir")
        rows = doc.to_array([POS, LEMMA, LOWER, ENT_TYPE, DEP]).tolist()  # ints, no Token objects
        memo = self._memo
        n = len(rows)
        for i, (pos, lemma, lower, ent, dep) in enumerate(rows):
            flags = memo.get(lower)
            if flags is None:
                low = strings[lower]
                flags = memo[lower] = (low in selon_words, low in self.kinds, self._guess(low), low in self.person_heads, _WEB_ADDRESS.match(low) is not None)
            if pos in content_pos:
                verb = self._lemma_memo.get(lemma)
                if verb is None:
                    verb = self._lemma_memo[lemma] = strings[lemma].lower() in self.verbs
                if verb or flags[2] or (lemma in phrases and i + 1 < n and rows[i + 1][2] in phrases[lemma]) or (lemma == savoir and i and rows[i - 1][1] == faire):
                    self._verb_idx.append(i)
            if flags[0]:
                self._selon_idx.append(i)
            if flags[1]:
                self._kind_idx.append(i)
            if flags[4]:
                self._web_idx.append(i)
            if ent == per and dep in subj:
                self._per_subj.append(i)
            elif dep in subj and pos == symbols.NOUN and flags[3]:
                self._desc_subj.append(i)
        for e in named:
            if any(doc[i].dep_ in {"nsubj", "nsubj:pass"} for i in range(e.start, e.end)):
                self._per_subj.append(e.start)
        taken = set(self._per_subj)
        for e in self._ents:
            # a name right after a complementiser opens its clause as the subject, whatever
            # the parser says ("parce qu'Armstrong, qui …, a été emballé": not an oblique)
            if e.start and doc[e.start - 1].lower_ in _COMPLEMENTISERS and not any(i in taken for i in range(e.start, e.end)):
                self._per_subj.append(e.start)
        self._per_subj.sort()

    def _civility_genders(self, doc: Doc) -> dict[str, str]:
        """Genders the article marks anywhere with a civility ("M. Dallest", "Mme Weiss"):
        a later "la jeune femme" is not the man first named without one."""
        out: dict[str, str] = {}
        for ent in self._ents:
            words = [t.lower_ for t in doc[max(0, ent.start - 1) : ent.start + 1]]
            if any(w in {"mme", "madame", "mlle", "mademoiselle"} for w in words):
                gender = "Fem"
            elif any(w in {"m.", "monsieur"} for w in words):
                gender = "Masc"
            elif len(ent) > 1 and ent[0].text in self.first_names:
                gender = self.first_names[ent[0].text]
            else:
                continue
            out.setdefault(_untitled(ent.text.strip(_TRIM)), gender)
        return out

    def _person_name(self, ent: Span) -> bool:
        """Can a PER entity of the model be a person's name? A lone word the NER tags as
        a person at random is not: a time word ("Lundi, …"), a participle or another verb
        form ("Interrogée sur …", "Informé de …"), an adverb or a function word
        ("Autrement dit"), or a sentence-opening word followed straight by a subject
        pronoun (a misspelt conjunction: "Qunad il a annoncé …"; a name taken up by a
        pronoun needs a comma: "Armstrong, il …")."""
        if ent[0].is_lower and ent[0].is_alpha and ent[0].lower_ not in {"de", "du", "des", "van", "von", "der", "den", "da", "di", "del", "ben", "bin", "al", "el", "le", "la"}:
            return False  # "mère d'Algérie", "président de la République": a common noun, not a name
        if len(ent) != 1:
            return True
        t = ent[0]
        low = t.lower_
        if low in self.date_words or low in self.stop_words:
            return False
        if t.pos_ in {"VERB", "AUX", "ADV", "SCONJ", "CCONJ", "ADP", "PRON", "DET"} or "Part" in t.morph.get("VerbForm") or "Inf" in t.morph.get("VerbForm"):
            return False
        if t.is_sent_start and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in {"il", "elle", "ils", "elles", "on", "je", "j'", "j’", "nous", "vous"}:
            return False
        return True

    @staticmethod
    def _name_part(ent: Span) -> Span:
        """The name in an entity the model ran over a common noun before it: "Réaction
        d'Alex Türk" → "Alex Türk" (not "Valéry Giscard d'Estaing", which opens on a name)."""
        if ent[0].pos_ == "NOUN" and len(ent) > 2:
            for t in ent[1:-1]:
                if t.lower_ in {"de", "d'", "d’", "du"} and t.pos_ == "ADP" and t.doc[t.i + 1].pos_ == "PROPN":
                    return Span(ent.doc, t.i + 1, ent.end, label=ent.label)
        return ent

    def _guess(self, low: str) -> bool:
        """Could this form be a reporting verb the lemmatiser missed ("indique")?"""
        low = low.replace("\u00ad", "")
        return any(low.endswith(e) and low[: -len(e)] + "er" in self.verbs for e in _ER_ENDINGS)

    # -- sentence and document -------------------------------------------------
    def sentence(self, sent: Span, quotes: list[tuple[int, int]], last: list) -> tuple[Attribution | None, _Cue | None]:
        cues = [c for c in self._verb_cues(sent, quotes) if not self._background(sent.doc[c.pos], sent, quotes)] + self._selon_cues(sent, quotes)
        if not any(c.speaker or c.pronoun for c in cues):
            cues += self._colon_cues(sent, quotes) + self._stance_adjectives(sent, quotes)
        if not cues:
            # no speaker found, but a medium cited as a channel ("Il a qualifié, sur France
            # Info, …", "Contactée par l'AFP, une porte-parole s'est refusée…")
            empty = _Cue(9, sent.start, "", None, None)
            outlets = [self._outlet_ids[s0] for s0, e0 in self._outlet_spans if sent.start <= s0 and e0 <= sent.end and self._cited(s0, e0, sent, empty, quotes)]
            if outlets:
                outlets = list(dict.fromkeys(outlets))
                return Attribution(None, None, False, outlets, via=list(outlets)), None
            return None, None
        cues.sort(key=lambda c: (not (c.speaker or c.pronoun), c.rank, c.pos if c.rank != 0 else -c.pos))
        best = cues[0]
        if best.rank in {2, 3} and self._question(sent, best, quotes):
            return None, None  # "X a-t-il exigé que …?": the journalist asks, nobody is reported
        named = [c for c in cues if c.rank == 0 and c.pos < best.pos and c.kind == "person" and c.speaker]
        if best.pronoun in {"il", "elle"} and best.rank == 0 and named:
            # "« … », a renchéri X : « … », a-t-il poursuivi": the incise's pronoun is the
            # person named by the earlier incise of the same sentence
            best.speaker, best.kind, best.role = named[-1].speaker, named[-1].kind, named[-1].role
        else:
            self._resolve_cue(best, last, sent)
        if best.speaker and best.kind != "outlet" and best.speaker.isalpha() and best.speaker.isupper() and 2 <= len(best.speaker) <= 4:
            # a person's initials ("a concédé MAM" in an article naming Michèle Alliot-Marie)
            full = next((e.text.strip(_TRIM) for e in self._ents if "".join(w[0] for w in re.split(r"[\s-]+", _untitled(e.text.strip(_TRIM))) if w).upper() == best.speaker), None)
            if full is not None:
                best.speaker, best.kind = full, "person"
        # an inner "selon" with a named origin under an outlet's reporting verb: a chain
        relay = list(best.relay)
        if best.kind == "outlet":
            inner = [c for c in cues[1:] if c.rank == 3 and c.speaker and c.pos > best.pos and c.kind != "outlet"]
            if inner:
                relay.append(best.speaker)
                best = _Cue(best.rank, best.pos, best.cue, inner[0].speaker, inner[0].kind, inner[0].role, best.zone | inner[0].zone, [], None, best.first)
        doc = sent.doc
        outlets: list[str] = []
        if best.kind == "outlet" and best.speaker:
            outlets.append(best.speaker)
        for s, e in self._outlet_spans:
            if s >= sent.start and e <= sent.end and any(i in best.zone for i in range(s, e)) and (best.rank == 0 or not self._quoted(doc[s].idx, quotes)):
                if self._denied(s, best):
                    continue
                name = self._outlet_ids[s]
                if name not in outlets:
                    outlets.append(name)
        for name in relay:
            if name and name not in outlets:
                outlets.append(name)
        for s, e in self._outlet_spans:
            if s < sent.start or e > sent.end:
                continue
            name = self._outlet_ids[s]
            if name not in outlets and self._cited(s, e, sent, best, quotes):
                outlets.append(name)
        via = [o for o in outlets if o != best.speaker]
        direct = any(qs < sent.end_char and qe > sent.start_char for qs, qe in quotes if (qs, qe) not in self._title_quotes)
        return Attribution(best.speaker, best.cue, direct, outlets, via=via, speaker_kind=best.kind, role=best.role), best

    def _resolve_cue(self, cue: _Cue, last: list[tuple], sent: Span) -> None:
        """A cue's pronoun or description resolved to the person or body it stands for."""
        if cue.pronoun:
            cue.speaker, cue.kind, cue.role = self._resolve(cue.pronoun, last, sent, cue.pos, inverted=cue.rank == 0)
        elif cue.speaker and cue.kind != "person":
            cue.speaker, cue.kind, cue.role = self._anaphor(cue.speaker, cue.kind, cue.role, last)

    @staticmethod
    def _background(v: Token, sent: Span, quotes: list[tuple[int, int]]) -> bool:
        """Is the cue verb in a clause that only sets the scene for the main clause after it:
        a relative clause on the main verb's subject ("Les deux guérilleros, qui ont démenti
        …, ont été extradés") or a fronted adverbial clause ("Alors qu'il avait annoncé sa
        démission, il …", "Même s'il avait déclaré que …, le président a reçu …")? Its speech
        is background, not the source of what the sentence reports. A clause quoting words
        is not background."""
        main = v.head
        if v.dep_ == "acl:relcl":
            if v.head.dep_ not in {"nsubj", "nsubj:pass"}:
                return False
            main = v.head.head
        elif v.dep_ == "advcl":
            if not any(c.dep_ == "mark" and c.i < v.i for c in v.children):
                return False
        else:
            return False
        if main.i <= v.i or main.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"} or _inside(main.idx, quotes):
            return False
        return not any(_inside(t.idx, quotes) for t in v.subtree)

    @staticmethod
    def _question(sent: Span, cue: _Cue, quotes: list[tuple[int, int]]) -> bool:
        """Does the sentence ask, in the journalist's voice, whether its cue happened? It
        ends with a question mark outside quote marks and its reporting verb carries the
        inverted subject pronoun of a question ("X a-t-il exigé …?", "Faut-il croire …?"), or
        a stance cue or a closing "pourquoi ?" makes it the journalist's question."""
        end = sent.text.rstrip().rstrip(_TRIM)
        if not end.endswith("?") or _inside(sent.start_char + len(end) - 1, quotes):
            return False
        if cue.rank == 3 or re.search(r",\s*(?:pourquoi|comment)\s*\?$", end, re.I):
            return True  # "La Cnil a émis des réserves sur ce fichier, pourquoi ?": an interviewer's question
        doc = sent.doc
        v = doc[cue.pos]
        return any(doc[k].text.lower() in {"-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles", "-t-on", "-on"} for k in range(max(sent.start, v.i - 3), min(v.i + 3, sent.end)))

    def __call__(self, doc: Doc) -> Doc:
        self._doc = doc
        self._last_source: tuple[str, str, str | None] | None = None
        self._last_on: tuple[str, str | None, str | None, int] | None = None
        self._sent_no = 0
        self._index(doc)
        spans = self.outlets(doc)
        names = {s.start: self.canonical(self._bare_names.get(s.start) or self._described_names.get(s.start) or s.text) for s in spans}
        doc._.outlets = [(s.start_char, s.end_char, names[s.start]) for s in spans]
        self._outlet_spans = [(s.start, s.end) for s in spans]
        self._outlet_ids = {t.i: names[s.start] for s in spans for t in s}
        quotes = quote_spans(doc.text)
        doc.user_data["recoupe_quotes"] = quotes
        # a medium's name in quote marks ("dans une interview au « Figaro »") is a title, not a quotation
        self._title_quotes = [
            (qs, qe) for qs, qe in quotes
            if any(qs <= span.start_char and span.end_char <= qe and len(doc.text[qs:qe].strip(_TRIM)) <= len(span.text.strip(_TRIM)) + 1 for span in spans)
        ]
        self._quotes = quotes
        self._last_outlet = None
        self._mentions: list[tuple[str, set[str], str | None]] = []
        self._epithets: dict[str, set[str]] = {}  # per name: the nouns the article put right before it or in apposition
        self._mention_subject: list[tuple[int, bool]] = []  # per mention: sentence number, not a prepositional complement
        self._org_mentions: list[tuple[str, set[str], str | None]] = []
        self._genders: dict[str, str] = self._civility_genders(doc)
        self._sent_mentions = 0
        last: list[tuple] = []
        sents = list(doc.sents)
        doc.user_data["recoupe_sents"] = [(s.start, s.end) for s in sents]
        atts: list[Attribution | None] = []
        cues: list[_Cue | None] = []
        prev_outlet_att: Attribution | None = None
        issuers: dict[str, tuple[str, str | None, str | None]] = {}
        intros: dict[int, Attribution] = {}  # speakers of quotations introduced by a sentence ending in a colon
        for no, sent in enumerate(sents):
            self._sent_no = no
            self._record_mentions(sent)
            att, cue = self.sentence(sent, quotes, last)
            if att is not None and att.speaker and cue is not None and no and (atts[no - 1] is None or not atts[no - 1].speaker) and self._cleft(doc[cue.pos], sent):
                # "Elle sera de 1 % cette année. Et c'est X qui le dit.": the cleft names the source of the sentence before
                atts[no - 1] = Attribution(att.speaker, att.cue, False, [], [], att.speaker_kind, att.role)
            if att is None or not att.speaker:
                intro = next(iter(self._colon_intro(sent, quotes)), None)
                if intro is not None:
                    self._resolve_cue(intro, last, sent)
                    if intro.speaker:
                        intros[no] = Attribution(intro.speaker, intro.cue, True, [], [], intro.kind, intro.role)
            self._document_author(sent, att, issuers)
            if att is not None and att.speaker and cue is not None and re.search(r"(^|[\s-])on\b", cue.cue.lower() + " " + sent.doc[max(sent.start, cue.pos - 2) : cue.pos].text.lower()):
                self._last_on = (att.speaker, att.speaker_kind, att.role, no)
            if att is not None and cue is not None and cue.first and att.speaker_kind == "outlet" and prev_outlet_att is not None:
                # "The Guardian rapporte que …" then "The Washington Post aurait d'abord signalé…"
                for name in prev_outlet_att.outlets:
                    if name != att.speaker and name not in att.via:
                        att.via.append(name)
                        if name not in att.outlets:
                            att.outlets.append(name)
            opening = self._opening_subject(sent, quotes)
            if opening is not None:
                last.append((opening.text, "person", None, "sg", None))
            for ti in _within(self._per_subj, sent):  # named subjects: candidates for later pronouns
                t = doc[ti]
                if not _inside(t.idx, quotes):
                    ent = next((e for e in self._ents if e.start <= t.i < e.end), None)
                    if ent is not None:
                        last.append((ent.text, "person", None, "sg", None))
            for ti in _within(self._desc_subj, sent):
                last.extend(self._subject_description(doc[ti], sent, last))
            if att is not None and att.speaker:
                if att.speaker_kind == "person" and att.role and att.speaker not in self._genders:
                    # a gender the apposition marks ("confie Hélène, une autre maman du quartier")
                    g = {"la": "Fem", "une": "Fem", "cette": "Fem", "le": "Masc", "un": "Masc", "ce": "Masc", "cet": "Masc"}.get(att.role.split()[0].lower())
                    if g:
                        self._genders[att.speaker] = g
                head = next((t for t in sent if t.text == att.speaker.split()[0]), None)
                last.append((att.speaker, att.speaker_kind, att.role, _number(att.speaker), _gender(head) if head is not None and att.speaker_kind != "person" else None))
                if att.speaker_kind == "outlet":
                    prev_outlet_att = att
            atts.append(att)
            cues.append(cue)
            named = [self._outlet_ids[s0] for s0, e0 in self._outlet_spans if sent.start <= s0 < sent.end]
            if named:
                self._last_outlet = named[-1]
        # quotes spread over several sentences take the attribution found next to them:
        # an incise inside or right after the quote, else a cue before its opening
        # (in the same sentence, or a previous sentence ending with a colon)
        for qs, qe in quotes:
            inside = [k for k, s in enumerate(sents) if _mostly_inside(s, qs, qe)]
            if not inside:
                continue
            touching = [k for k, s in enumerate(sents) if s.start_char < qe + 3 and s.end_char > qs]
            source = None
            for k in touching:
                a, c = atts[k], cues[k]
                if a is not None and a.speaker and c is not None and c.rank == 0 and sents[k].doc[c.pos].idx > qs:
                    source = a
                    break
            if source is None:
                for k in touching:
                    a, c = atts[k], cues[k]
                    if a is not None and a.speaker and c is not None and sents[k].doc[c.pos].idx < qs:
                        source = a
                        break
            if source is None:
                k0 = min(touching)
                if k0 > 0 and atts[k0 - 1] is not None and atts[k0 - 1].speaker and sents[k0 - 1].text.rstrip().endswith(":"):
                    source = atts[k0 - 1]
                elif k0 > 0:
                    source = intros.get(k0 - 1)
            if source is None:
                continue
            for k in inside:
                if atts[k] is None or not atts[k].speaker or (cues[k] is not None and cues[k].rank != 0 and _inside(sents[k].doc[cues[k].pos].idx, [(qs, qe)])):
                    # the media were cited in the sentence that names the speaker, not in this one
                    atts[k] = Attribution(source.speaker, source.cue, True, [], [], source.speaker_kind, source.role)
        # quoted sentences still without a speaker (a quote whose cue is in a neighbouring
        # paragraph, interview answers): the nearest speaker before, else an incise after
        for k, sent in enumerate(sents):
            if atts[k] is not None and atts[k].speaker:
                continue
            if not any(_mostly_inside(sent, qs, qe) for qs, qe in quotes):
                continue
            source = None
            for j in range(k - 1, max(-1, k - 4), -1):
                if atts[j] is not None and atts[j].speaker:
                    source = atts[j]
                    break
            if source is None:
                for j in range(k + 1, min(len(sents), k + 3)):
                    if atts[j] is not None and atts[j].speaker and cues[j] is not None and cues[j].rank == 0:
                        source = atts[j]
                        break
            if source is not None:
                atts[k] = Attribution(source.speaker, source.cue, True, [], [], source.speaker_kind, source.role)
        self._first_person_run(sents, atts, quotes)
        self._interview_answers(doc, sents, atts, quotes)
        spelled: dict[str, str] | None = None
        for att in atts:
            if att is not None and att.speaker and att.speaker.count("(") > att.speaker.count(")"):
                att.speaker += ")"  # "le Comité international olympique (CIO": the trimmed bracket
            m = _ACRONYM_SPEAKER.match(att.speaker) if att is not None and att.speaker else None
            if m:  # "selon l'Anil" -> "l'Agence nationale d'information sur le logement (Anil)"
                spelled = acronym_map(doc.text) if spelled is None else spelled
                if m.group(2) in spelled:
                    att.speaker = f"{spelled[m.group(2)]} ({m.group(2)})"
        for sent, att in zip(sents, atts):
            sent._.attribution = att
        return doc

    def _opening_subject(self, sent: Span, quotes: list[tuple[int, int]]) -> Span | None:
        """A named person the parser did not mark as a subject, though the sentence is
        about them: a name in apposition to the subject noun ("Son frère Jérôme Kerviel a
        été inculpé"), or the name opening the sentence when the parser made it the root
        ("Marie Humbert, qui avait …, en a appelé à …"). A candidate for later pronouns."""
        doc = sent.doc
        for ent in self._ents:
            if ent.start < sent.start or _inside(ent.start_char, quotes) or ent.start in self._per_subj:
                continue
            if ent.start >= sent.end:
                break
            root = ent.root
            if any(c.dep_ == "case" for c in root.children):
                return None  # "de X", "à X": a complement, and the first name of the sentence
            head = root.head
            if root.dep_ in {"appos", "flat:name", "nmod"} and head.dep_ in {"nsubj", "nsubj:pass"} and head.pos_ == "NOUN" and head.i < ent.start:
                return ent
            if root.dep_ == "ROOT" and ent.start == sent.start + (doc[sent.start].pos_ == "CCONJ"):
                return ent
            return None
        return None

    def _document_author(self, sent: Span, att: Attribution | None, issuers: dict[str, tuple[str, str | None, str | None]]) -> None:
        """A document given as the speaker ("ajoute le communiqué") is resolved to the source
        that issued it in an earlier sentence ("Natixis a démenti dans un communiqué…");
        without one, the document stays the speaker. `issuers` maps a document noun to the
        last source whose sentence named such a document."""
        if att is not None and att.speaker:
            m = _DOCUMENT_SPEAKER.match(att.speaker.replace("’", "'"))
            if m and m.group(1).lower() in issuers:
                att.speaker, att.speaker_kind, att.role = issuers[m.group(1).lower()]
            elif not m:
                for t in sent:
                    if t.lower_ in self.documents and t.i > sent.start and t.doc[t.i - 1].lower_ in {"un", "une", "son", "sa", "leur"}:
                        issuers[t.lower_] = (att.speaker, att.speaker_kind, att.role)

    @staticmethod
    def _first_person_run(sents: list[Span], atts: list, quotes: list[tuple[int, int]]) -> None:
        """A letter or statement printed after the line that opens its quotation ("X écrit :
        «Le conseil s'est réuni …" then "J'en accepte la responsabilité."): sentences left
        without a speaker that speak in the first person singular outside quote marks, right
        after direct speech by a named speaker, go on with that speech. A question is not
        (an interviewer's)."""
        for k in range(1, len(sents)):
            prev = atts[k - 1]
            if (atts[k] is not None and atts[k].speaker) or prev is None or not prev.speaker or not prev.direct:
                continue
            sent = sents[k]
            words = "".join(" " if _inside(sent.start_char + i, quotes) else ch for i, ch in enumerate(sent.text))
            if _FIRST_SINGULAR.search(words) and not sent.text.rstrip().endswith("?"):
                atts[k] = Attribution(prev.speaker, prev.cue, True, [], [], prev.speaker_kind, prev.role)

    def _interview_answers(self, doc: Doc, sents: list[Span], atts: list, quotes: list[tuple[int, int]]) -> None:
        """An interview printed as questions and answers: the answers, without quote marks
        or cue, are the interviewee's direct speech. An interview is recognised by its form:
        at least two paragraphs that are questions, one of them addressing someone
        ("Comment réagissez-vous…?"), and answers speaking in the first person ("je",
        "nous", "mon"). The interviewee is the person the introduction names last before
        the first question ("X, la Défenseure des enfants, s'inquiète…", "Réaction de X").
        Only sentences left without a speaker take it; the questions stay the journalist's."""
        text = doc.text
        if text.count("?") < 2:
            return
        lines, pos = [], 0
        for raw in text.split("\n"):
            lines.append((pos, pos + len(raw), raw))
            pos += len(raw) + 1

        def unquoted(a: int, b: int) -> str:
            chars = list(text[a:b])
            for qs, qe in quotes:
                for i in range(max(a, qs), min(b, qe)):
                    chars[i - a] = " "
            return "".join(chars)

        questions = [a for a, b, raw in lines if raw.strip(" \t\r\u00a0\u202f").endswith("?")]
        if len(questions) < 2 or not any(_ADDRESS.search(unquoted(a, b)) for a, b, raw in lines if a in questions):
            return
        first = questions[0]
        answers = [(a, b) for a, b, raw in lines if a > first and a not in questions and raw.strip()]
        if sum(1 for a, b in answers if _FIRST_PERSON.search(unquoted(a, b))) < 2:
            return
        named = [e for e in self._ents if e.end_char <= first]
        if not named:
            return
        who = _untitled(named[-1].text.strip(_TRIM))
        qset = set(questions)
        for k, sent in enumerate(sents):
            if sent.start_char < first or (atts[k] is not None and atts[k].speaker):
                continue
            line = next((a for a, b, raw in lines if a <= sent.start_char <= b), None)
            if line is None or line in qset or not any(ch.isalnum() for ch in sent.text):
                continue
            atts[k] = Attribution(who, None, True, [], [], "person", None)


_DOCUMENT_SPEAKER = re.compile(r"^(?:le|la|l'|ce|cet|cette)\s*(\w+)$", re.I)
_ACRONYM_SPEAKER = re.compile(r"^((?:le|la|les)\s+|l['’])?([A-Z][A-Za-z]{1,6})$")
_WORD = re.compile(r"[^\W\d_][\w-]*['’]?", re.UNICODE)
_ACRONYM_SKIP = {"de", "des", "du", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "sur", "pour", "à", "au", "aux", "en", "contre"}


def _complement_names(words: list[str]) -> set[str]:
    """Lowercased names right after 'de'/'du'/'d'' and lowercase adjectives ("du petit
    Mohamed", "de Kerviel", "d'Ingrid"), not after a determiner ("de la Défense Santos")."""
    out: set[str] = set()
    for i, w in enumerate(words):
        low = w.lower()
        if low in {"de", "du", "des"} or low.startswith(("d'", "d’")):
            j = i + 1
            rest = w[2:] if low.startswith(("d'", "d’")) else ""
            if rest[:1].isupper():
                out.add(rest.strip(_TRIM).lower())
                continue
            while j < len(words) and words[j].islower() and words[j] not in {"la", "le", "les", "l'", "l’"}:
                j += 1
            while j < len(words) and words[j][:1].isupper():
                out.add(words[j].strip(_TRIM).lower())
                j += 1
    return out


def _initials(words: list[str]) -> str:
    """First letters of the significant words ("Ligue des droits de l'Homme" -> "ldh")."""
    return _fold_accents("".join((x.split("'")[-1].split("’")[-1] or x)[0].lower() for x in words if x.lower() not in _ACRONYM_SKIP))


def _fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=64)  # asked by the attribution component and again by the statements of the same article
def acronym_map(text: str) -> dict[str, str]:
    """The acronyms an article spells out, each with its full name and determiner: "la
    Commission informatique et libertés (Cnil)", "l'Afub (Association française des
    usagers des banques)", or a capitalised name whose words give the letters ("la Ligue
    des droits de l'Homme" … "la LDH"). The result is cached and shared: not to be modified."""
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    acronyms = {w for w, _, _ in words if 2 <= len(w) <= 7 and w[0].isupper() and sum(c.isupper() for c in w) >= (1 if len(w) <= 4 else 2) and w.isalpha()}
    out: dict[str, str] = {}

    def name(i: int, end: int) -> str:
        det = words[i - 1][0].lower() if i and words[i - 1][0].lower() in {"le", "la", "les", "l'", "l’"} and words[i - 1][2] >= words[i][1] - 1 else ""
        full = text[words[i][1] : end].strip()
        return (det + full) if det.endswith(("'", "’")) else (f"{det} {full}" if det else full)

    for k, (w, s, e) in enumerate(words):
        if w not in acronyms or w in out:
            continue
        before = text[max(0, s - 2) : s]
        if before.endswith("(") and text[e : e + 1] == ")":  # "Full Name (ACR)"
            # the farthest capitalised word with the first letter, whose words give the letters
            # in order ("la Caisse nationale des Caisses d'épargne et de prévoyance (CNCE)"), else the nearest
            starts = []
            for i in range(k - 1, max(-1, k - 10), -1):
                if i < k - 1 and text[words[i][2] : words[i + 1][1]].strip():
                    break  # punctuation ends the name
                if words[i][0][0] == w[0] and words[i][0].lower() not in _ACRONYM_SKIP:
                    starts.append(i)
            if starts:
                spelled = [i for i in starts if _initials([x for x, _, _ in words[i:k]]).startswith(w.lower())]
                out[w] = name(min(spelled) if spelled else starts[0], words[k - 1][2])
            continue
        after = text[e : e + 2].lstrip()
        if after.startswith("(") and k + 1 < len(words) and words[k + 1][0][0] == w[0]:  # "ACR (Full Name)"
            close = text.find(")", e)
            if 0 < close - e < 120 and "," not in text[e:close]:
                det = words[k - 1][0].lower() if k and words[k - 1][0].lower() in {"le", "la", "les", "l'", "l’"} else ""
                full = text[words[k + 1][1] : close].strip()
                out[w] = (det + full) if det.endswith(("'", "’")) else (f"{det} {full}" if det else full)
    # names whose significant words give the letters
    letters = {w.lower(): w for w in sorted(acronyms) if w not in out and len(w) >= 3}  # one spelling per letters ("Farc" over "FARC"), whatever the hash seed
    if letters:
        for i, (w, s, e) in enumerate(words):
            if not w[0].isupper() or w.lower() in _ACRONYM_SKIP or w.lower() in {"pour", "selon", "contre"}:
                continue
            initials = ""
            for j in range(i, min(len(words), i + 10)):
                x = words[j][0]
                if j > i and (words[j][1] - words[j - 1][2] > 1 and text[words[j - 1][2] : words[j][1]].strip()):
                    break  # punctuation ends the name
                if x.lower() in _ACRONYM_SKIP:
                    continue
                initials += _initials([x])
                if initials in letters and letters[initials] != x and initials == "".join(ch.lower() for ch in letters[initials]):
                    out.setdefault(letters[initials], name(i, words[j][2]))
                if len(initials) >= 7:
                    break
    return out


def _within(indices: list[int], sent: Span) -> list[int]:
    """The sorted token indices that fall inside the sentence."""
    return indices[bisect_left(indices, sent.start) : bisect_left(indices, sent.end)]


def _inside(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < char < e for s, e in spans)


def _mostly_inside(sent: Span, qs: int, qe: int) -> bool:
    a, b = sent.start_char, sent.end_char
    overlap = min(b, qe) - max(a, qs)
    return overlap > 0.6 * max(1, b - a)


def _gender(t: Token | None) -> str | None:
    if t is None:
        return None
    g = t.morph.get("Gender")
    if not g:
        det = next((c for c in t.children if c.dep_ == "det"), None)
        g = det.morph.get("Gender") if det is not None else []
    return g[0] if g else None


def _described(speaker: str) -> bool:
    """Is this speaker a description ("la jeune femme", "l'avocate") rather than a name?"""
    first = speaker.replace("’", "'").split()[0].lower() if speaker.split() else ""
    return first in {"le", "la", "les", "un", "une", "ce", "cet", "cette", "ces"} or (first.startswith("l'") and speaker[2:3].islower())


def _untitled(name: str) -> str:
    """A person's name without a leading civility ("M. Kerviel" → "Kerviel")."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in {"m", "mme", "mlle", "me", "dr", "pr", "mgr"}:
        words = words[1:]
    return " ".join(words)


def _det_gender(det: Token | None, noun: Token) -> str | None:
    """Gender of a noun phrase from its determiner ("la", "une"), else from the noun ("l'ex-mari")."""
    low = det.lower_ if det is not None else ""
    if low in {"la", "une", "cette"}:
        return "Fem"
    if low in {"le", "un", "ce", "cet"}:
        return "Masc"
    # without a telling determiner, only a form marked for gender counts: "présidente",
    # "l'ex-mari", not the epicene "porte-parole" or "ministre" the model guesses about
    g = next(iter(noun.morph.get("Gender")), None)
    word = noun.lower_
    if g == "Masc" and not word.endswith("e"):
        return g
    if g == "Fem" and word.endswith(_FEMININE_ENDINGS):
        return g
    return None


def _number(speaker: str) -> str:
    low = speaker.lower()
    return "pl" if low.startswith(("les ", "des ", "plusieurs ", "certains ", "deux ", "trois ")) or " et " in low else "sg"


def _runs(tokens: list[Token]) -> list[tuple[Token, Token]]:
    runs: list[tuple[Token, Token]] = []
    for t in tokens:
        if runs and t.i == runs[-1][1].i + 1:
            runs[-1] = (runs[-1][0], t)
        else:
            runs.append((t, t))
    return runs
