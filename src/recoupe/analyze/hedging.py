"""Hedging: is a sentence's content presented as unconfirmed?

A spaCy component (`recoupe_hedging`): epistemic cues from the language's lexicon
("il semble que", "apparemment", "présumé", the verb *sembler*…), and the conditional
mood (the *conditionnel journalistique*: "la Chine aurait approuvé") read from the
model's morphology, with a suffix fallback for the verbs the model mislabels
("essaierait", "verraient"). Conditionals that are not hedges are left out:

- the future-in-the-past and the speaker's own conditional in reported content
  ("il a annoncé qu'il démissionnerait", "il pense qu'une loi serait inutile");
- the holder's own judgement or proposal under an opinion verb ("il estime qu'un
  observatoire permettrait…"), an evaluative predicate ("serait digne de", "ce serait une
  erreur", "aurait le mérite de");
- hypotheticals with *si* (not a contrastive *si* followed by an indicative), a fronted
  "sans X," and counterfactuals ("aurait pu", "aurait dû");
- polite, desire and first-person forms ("je voudrais", "je dirais", "il souhaiterait");
- modal expectation and capacity ("devrait rendre sa décision", "pourrait affecter",
  "pourrait être créé"), except a possibility about a fact ("pourraient avoir accentué",
  "pourrait être lié à", "il pourrait s'agir de", "ce qui pourrait expliquer");
- conditionals inside quotations (the quoted person's own mood, not the journalist's
  distance) and in questions;
- a relative clause about a thing the sentence does not present as real: the
  future-in-the-past under a past main clause ("a présenté un plan qui créerait…"), the
  object of a refusing, avoiding, demanding, comparing or denying governor ("a refusé
  l'arrêt des soins qui aurait provoqué…"); but a claim as such is reported, whoever
  rejects it ("a rejeté l'hypothèse selon laquelle il aurait…");
- things only imagined ("une telle mesure serait…", "un éventuel report…", an infinitive
  subject: "Supprimer ce poste permettrait…"), judgement idioms ("aurait tort de",
  "mieux vaudrait"), and a proposal's terms ("Elle propose un congé. Sa durée serait…").
- hypothetical consequences and a plan's terms in a simple conditional of a full verb with
  no source: a plan, proposal, evaluative, generic ("toute N") or "rien" subject ("la fusion
  donnerait naissance à…", "l'erreur consisterait à…"), or "alors" / "Du coup";
- the future-in-the-past after an announcement noun ("l'annonce que Sarkozy ne
  rencontrerait pas…") and in a wondered question ("se demandaient si … ne se mordraient pas").

Further cues, read from the parse: a suspicion not established ("soupçonne", "est soupçonné",
"le trader soupçonné de"; not "ne soupçonnaient pas", "a été un temps soupçonné"); an open
question after a verb of inquiry ("se demandent si", "doivent encore déterminer si", "reste à
savoir si", "s'interroge sur les conditions dans lesquelles"; not "tranchera si besoin", "la
question de savoir si", "décider si elle pourra…"); "pourrait" with a legal qualification
("pourrait constituer une aide au séjour irrégulier"), or for an action of a known person or
body in the main statement ("le pape pourrait renouveler son appel"; not a figure or a
consequence: "la crise pourrait affecter…"); "devrait" / "pourrait" for a person's action or a
measure that a source named in the sentence reports ("selon l'AFP, le directeur devrait
démissionner"); the adjective "apparent", hearsay with "on" ("On avait alors évoqué…"), and
"rumeurs" in a verbless headline. A fragment that goes on with a hedged sentence ("Sans pour
autant réagir.") inherits its hedge. Not cues: the imperfect "semblait" with a non-infinitive
predicate (a past appearance: "semblait résolue"), an adverb such as "peut-être" or "sans
doute" in a sentence with no verb or on a forecast "devrait / pourrait" ("devrait vraisemblablement tomber dans le
rouge"), and "être supposé + infinitive" (what a thing is meant to do).

The lexical cues include the verbs *sembler*; with a predicate, *paraître* and *prétendre*
("paraît menacée", "se prétendait sa mère"), *apparaître* with an adjective ("est apparu
soucieux de") and *avoir l'air* ("a l'air embarrassé"); and *ressembler* said of a situation
("ce qui ressemblait fort à"); except as someone's opinion ("cela me paraît logique"). The
model's conditional label is checked against the ending (an imperfect such as "bénéficiait" is
not a conditional).

All words come from the language's lexicons (hedges.json, reporting_verbs.json).
`sent._.hedge_cues` lists the words that triggered the flag, so a report can highlight them.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token

from recoupe.analyze.attribution import _QUE, _within, quote_spans
from recoupe.lexicons import load


_CONDITIONAL_ENDING = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
_ANAPHORIC_OPENERS = {
    "celui", "celle", "ceux", "celles", "il", "elle", "ils", "elles", "ce", "cet", "cette", "ces",
    "son", "sa", "ses", "leur", "leurs",
}
_SOURCE_MARKS = {"selon", "d'après", "d’après"}
_CLAUSE_MARKS = _QUE | {"si", "s'", "s’", "quand", "comment", "pourquoi", "combien", "où"}
_DE = {"de", "d'", "d’"}
_REFLEXIVE = {"se", "s'", "s’", "me", "m'", "m’", "nous", "vous", "te", "t'", "t’"}
_CAPACITY = {"permettre", "pouvoir"}
_FIRST_PERSON = {"je", "j'", "j’", "nous"}
_THIRD_PERSON = {"il", "elle", "ils", "elles"}
_MODALS = {"devoir", "pouvoir"}
_DATIVE_CLITICS = {"me", "m'", "m’", "te", "t'", "t’", "nous", "vous", "lui", "leur"}
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us", "it", "ert", "int")


@Language.factory("recoupe_hedging", default_config={"lang": "fr"})
def make_hedging(nlp: Language, name: str, lang: str) -> "HedgingComponent":
    return HedgingComponent(nlp, lang)


class HedgingComponent:
    """Sets `sent._.hedge_cues` (list of cue strings; empty when not hedged) on every sentence."""

    def __init__(self, nlp: Language, lang: str = "fr") -> None:
        lex = load(lang, "hedges.json")
        self.not_hedge = set(lex["not_hedge_conditional_lemmas"])
        self.past_fact_only = set(lex.get("past_possibility_only_lemmas", []))
        self.not_simple = {"être", "avoir"} | self.past_fact_only | self.not_hedge  # no full verb of its own
        self.cue_lemmas = set(lex.get("cue_lemmas", []))
        self.suspicion_lemmas = set(lex.get("suspicion_lemmas", []))
        self.lifted_suspicion = set(lex.get("lifted_suspicion_marks", []))
        self.predicate_cue_lemmas = set(lex.get("predicate_cue_lemmas", []))
        self.adjective_appearance_lemmas = set(lex.get("adjective_appearance_lemmas", []))
        self.resemblance_lemmas = set(lex.get("resemblance_lemmas", []))
        self.appearance_nouns = set(lex.get("appearance_nouns", []))
        self.past_appearance_lemmas = self.cue_lemmas | self.adjective_appearance_lemmas
        self.appearance_lemmas = self.cue_lemmas | self.predicate_cue_lemmas | self.adjective_appearance_lemmas | self.resemblance_lemmas
        self.wonder_lemmas = set(lex.get("wonder_lemmas", []))
        self.inquiry_lemmas = set(lex.get("inquiry_lemmas", []))
        self.question_lemmas = self.wonder_lemmas | self.inquiry_lemmas
        self.continuation_openers = set(lex.get("continuation_openers", []))
        self.stems = set(lex["future_stems"])
        self.hypothetical = {m for m in lex["hypothetical_marks"] if " " not in m}
        self.hypothetical_phrases = [m for m in lex["hypothetical_marks"] if " " in m]
        self.certainty = set(lex.get("certainty_adverbs", []))
        self.opinion = set(lex.get("opinion_verbs", []))
        self.past_states = set(lex.get("past_possibility_states", []))
        self.epistemic_inf = set(lex.get("epistemic_infinitives", []))
        self.evaluative = set(lex.get("evaluative_predicates", []))
        self.unreal_governors = set(lex.get("unreal_governors", []))
        self.allegation_governors = set(lex.get("allegation_governors", []))
        self.proposal_verbs = set(lex.get("proposal_verbs", []))
        self.hypothetical_modifiers = set(lex.get("hypothetical_modifiers", []))
        self.proposal_nouns = set(lex.get("proposal_nouns", []))
        self.hypothetical_subjects = set(lex.get("hypothetical_subjects", []))
        self.consequence_adverbs = set(lex.get("consequence_adverbs", []))
        self.consequence_openers = tuple(lex.get("consequence_openers", []))
        self.announcement_nouns = set(lex.get("announcement_nouns", []))
        self.legal_qualifiers = set(lex.get("legal_qualifiers", []))
        self.legal_nouns = set(lex.get("legal_nouns", []))
        self.rumour_nouns = set(lex.get("rumour_nouns", []))
        self.adjective_cues = set(lex.get("adjective_cues", []))
        self.hearsay = set(lex.get("hearsay_lemmas", []))
        verbs = load(lang, "reporting_verbs.json")
        self.reporting = set(verbs["verbs"]) | set(verbs["past_announce"]) | self.opinion
        self.person_nouns = set(verbs["person_titles"]) | set(verbs["person_nouns"])
        self.actor_nouns = set(lex.get("body_nouns", [])) | self.person_nouns | set(verbs["organisation_nouns"])
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        patterns = []
        for c in lex["cues"]:
            for variant in {c, c.replace("'", "’")}:
                patterns.append(_pattern(nlp, variant))
                patterns.append(_pattern(nlp, variant[:1].upper() + variant[1:]))
        self.own_plans = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.own_plans.add("OWN", [_pattern(nlp, c) for c in lex.get("own_plan_cues", [])])
        self.matcher.add("HEDGE", patterns)
        self.not_hedge_phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.not_hedge_phrases.add("NOT", [_pattern(nlp, c) for c in lex.get("not_hedge_phrases", [])])
        if not Span.has_extension("hedge_cues"):
            Span.set_extension("hedge_cues", default=None)

    def is_conditional(self, t: Token) -> bool:
        """Conditional mood, from the morphology or, when the model missed it, the ending."""
        text = t.lower_
        if t.pos_ not in {"VERB", "AUX"}:
            # a verb the tagger took for another word ("trois raisons motiveraient" as ADV):
            # only the unambiguous -er-aient / -er-ait endings (no noun ends so)
            return t.pos_ in {"NOUN", "ADJ", "ADV", "PROPN"} and t.text.islower() and text.endswith(("eraient", "erait")) and len(text) >= 9
        if "Cnd" in t.morph.get("Mood"):
            # every conditional ends in -r + ais/ait/ions/iez/aient, and an -er verb keeps its
            # -er- ("générer-ait"): an imperfect the model labels conditional ("bénéficiait",
            # "générait") is not one
            m = _CONDITIONAL_ENDING.search(text)
            lemma = t.lemma_.lower()
            return m is not None and not (lemma.endswith("er") and text == lemma[:-2] + m.group(0)[1:])
        for ending in ("aient", "ait", "ions", "iez"):
            if text.endswith(ending) and text[: -len(ending)].endswith("r"):
                stem = text[: -len(ending)]
                lemma = t.lemma_.lower()
                if stem in self.stems or stem == lemma or stem == lemma[:-1] or stem == lemma.replace("y", "i") or (stem.endswith(("ier", "yer")) and stem[:-3] == lemma[:-3]):
                    return True
                if stem.endswith("er") and len(stem) >= 5:
                    return True  # an -er verb's future stem ("motiver-aient", "relèver-ait")
                if any(stem.endswith(irregular) for irregular in self.stems if len(irregular) >= 4):
                    return True  # "détiendr-ait" like "tiendr-ait"
        return False

    def _reporting(self, v: Token) -> bool:
        """A reporting or opinion verb, also as the second word of a verb phrase ("a laissé
        entendre que…")."""
        lemma = _verb_lemma(v)
        return lemma in self.reporting or (v.head != v and f"{_verb_lemma(v.head)} {lemma}" in self.reporting)

    def _governing_verb(self, t: Token) -> Token:
        """The verb a conditional auxiliary belongs to (aurait → approuvé)."""
        return t.head if t.dep_.startswith("aux") or t.dep_ == "cop" else t

    def _excluded(self, t: Token, sent: Span, quotes: list[tuple[int, int]]) -> bool:
        doc = t.doc
        verb = self._governing_verb(t)
        lemma = t.lemma_.lower()
        reported = lemma in _MODALS and t == verb and self._reported_action(t, sent, quotes)
        if (verb.lemma_.lower() in self.not_hedge or lemma in self.not_hedge) and not reported:
            owe = lemma == "devoir" and verb == t and not any(
                "Inf" in x.morph.get("VerbForm") for x in list(t.children) + list(doc[t.i + 1 : min(sent.end, t.i + 7)])
            )
            if not owe:  # "devrait rendre" is expectation; "la somme qu'il lui devrait" a claim
                return True
        if lemma in self.past_fact_only or verb.lemma_.lower() in self.past_fact_only:
            # "pourrait affecter" is capacity; "pourraient avoir accentué" a possible past fact
            if not (reported or self._possible_fact(t, sent)):
                return True
        if "1" in t.morph.get("Person") or any(c.dep_.startswith("nsubj") and c.lower_ in {"je", "j'", "j’", "nous"} for c in verb.children):
            return True  # first person: polite forms, the speaker's own plans
        if any(s < t.idx < e for s, e in quotes):
            return True  # inside a quotation: the quoted speaker's mood
        if t.i + 1 < len(doc) and doc[t.i + 1].lower_.startswith("-"):
            return True  # an inverted question ("aurait-elle pu", "devraient-ils")
        # counterfactual "aurait pu / aurait dû"
        if t.dep_.startswith("aux") and verb.lemma_.lower() in {"pouvoir", "devoir"}:
            return True
        if self._hypothetical(t, verb, sent) or self._unreal_relative(t, verb):
            return True
        # "aurait certainement été": an opinion or a counterfactual, not a distance
        if any(c.lower_ in self.certainty for x in (t, verb) for c in x.children):
            return True
        if self._judgement(t, verb) or _infinitive_subject(t, verb, sent) or self._consequence(t, verb, sent):
            return True
        # surface fallback: "X a annoncé mardi à l'AFP qu'elle s'entretiendrait…"
        for k in range(t.i - 1, sent.start, -1):
            x = doc[k]
            if x.lower_ in _QUE:
                if any(s < x.idx < e and not s < t.idx < e for s, e in quotes):
                    continue  # a que inside a quotation the conditional is not part of
                if _closed_clause(x, t, verb):
                    break  # "sans aller jusqu'à soutenir que cette baisse a provoqué…, ces ventes pourraient…"
                if t == verb and any(y.pos_ == "NOUN" and y.lemma_.lower() in self.announcement_nouns for y in doc[max(sent.start, k - 5) : k]):
                    return True  # "l'annonce par l'Élysée que Sarkozy ne rencontrerait pas…": the plan announced
                rep = next((y for y in doc[max(sent.start, k - 8) : k] if y.pos_ == "VERB" and self._reporting(y)), None)
                judged = self._judged_content(rep, t, verb) if rep is not None else None
                if judged is not None:
                    return judged
                if rep is not None and _past(rep):
                    return True
                rep = _tense_holder(rep) if rep is not None else None
                if rep is not None and not (t.dep_.startswith("aux") or t.dep_ == "cop"):
                    return True  # "il relève que … mettrait": the speaker's own conditional
                if rep is not None and any(c.lower_ in {"je", "j'", "j’"} for c in rep.children):
                    return True  # "je pense que…": the speaker's own conditional
                break
        # reported content: a conditional in the clause of a reporting verb is the
        # future-in-the-past or the speaker's own conditional, not the journalist's distance
        node = verb
        for _ in range(4):
            if node.head == node:
                break
            parent = node.head
            if node.dep_ in {"ccomp", "xcomp", "advcl", "obj", "parataxis"} and (self._reporting(parent) or _verb_lemma(parent) in self.proposal_verbs) and parent.i < node.i:
                # a que-clause or an indirect question ("n'a pas précisé quand … serait rendue")
                marks = [c for c in node.children if c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS]
                if not marks and any(x.lower_ in _QUE and _closed_clause(x, t, verb) for x in doc[parent.i + 1 : node.i]):
                    break  # the reporting verb's que-clause is another one, closed before the conditional
                if marks or node.dep_ == "ccomp":
                    judged = self._judged_content(parent, t, verb)
                    if judged is not None:
                        return judged
                    compound = t.dep_.startswith("aux") or t.dep_ == "cop"
                    # "elle raconte qu'elle aurait confié": a reported unverified past fact
                    # ("certains commencent à dire que…" takes the tense of "commencent")
                    return not (compound and not _past(parent))
            node = parent
        return False

    def _reported_action(self, t: Token, sent: Span, quotes: list[tuple[int, int]]) -> bool:
        """"devrait / pourrait + infinitive" in the main statement, with a source named in the
        sentence ("selon l'AFP, le directeur financier devrait démissionner", "ils devraient
        être extradés, selon la presse"): an action of a person, or a measure in the passive,
        that others report and nobody has confirmed. Not a forecast about a thing or a figure
        ("le groupe devrait accuser une perte, selon…"), nor a proposal's terms ("selon le
        projet…")."""
        if not (t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT")):
            return False
        if not any(
            x.lower_ in _SOURCE_MARKS and x.head.lemma_.lower() not in self.proposal_nouns and not any(s < x.idx < e for s, e in quotes)
            for x in sent
        ):
            return False
        inf = next((c for c in t.children if c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") and c.lemma_ not in {"avoir", "être"}), None)
        if inf is None:
            # a passive infinitive ("devraient être extradés"): the participle is the complement
            inf = next((c for c in t.children if c.dep_ == "xcomp" and any(a.dep_ == "aux:pass" for a in c.children)), None)
            return inf is not None
        return any(
            x.lower_ in _THIRD_PERSON or x.pos_ == "PROPN" or (x.lemma_.lower() in self.person_nouns and _definite(x))
            for x in t.children
            if x.dep_ in {"nsubj", "expl:subj"}
        )

    def _judged_content(self, holder: Token, t: Token, verb: Token) -> bool | None:
        """Whether a (non compound past) conditional in the content of a proposal or opinion
        verb is excluded: a proposal's terms ("le projet prévoit que les amendes seraient
        doublées") and the holder's judgement ("il estime qu'un observatoire permettrait…")
        are; a claimed view about a definite referent is not. None for other verbs, and for a
        compound past ("ils croient qu'il aurait agi seul"), left to the tense rules."""
        if t.dep_.startswith("aux:tense"):
            return None
        lemma = _verb_lemma(holder)
        if lemma in self.proposal_verbs:
            return True
        if lemma in self.opinion:
            return not _claimed_view(holder, verb)
        return None

    def _unreal_relative(self, t: Token, verb: Token) -> bool:
        """A relative clause that describes an entity the sentence does not present as real:
        the future-in-the-past ("a évoqué un plan qui créerait…", "interrogée sur le niveau
        qu'elle atteindrait" — a simple conditional under a past main clause), or the object
        of a verb or noun that makes it hypothetical ("a exclu un Grand Tibet qui
        occuperait…", "a refusé l'arrêt des soins qui aurait provoqué…", "s'apparente à un
        incendie qui aurait détruit…"). Not when the clause carries its own source ("un
        e-mail qui, selon lui, prouverait…")."""
        if not any(c.i < verb.i and "Rel" in c.morph.get("PronType") for c in verb.children):
            return False
        if any(x.lower_ in _SOURCE_MARKS for x in verb.subtree):
            return False  # its own source, or a claim as such ("a rejeté l'hypothèse selon laquelle il aurait…"): reported, not confirmed
        governors = []
        node = verb.head
        for _ in range(8):
            governors.append(node)
            if node.head == node:
                break
            node = node.head
        # (the antecedent itself is no governor: "l'hypothèse, qui serait privilégiée" is reported)
        if any(_verb_lemma(g) in self.unreal_governors for g in governors if g.pos_ == "VERB" or (g.pos_ == "NOUN" and g != verb.head)):
            return True
        if any(_verb_lemma(g) in self.allegation_governors for g in governors):
            return False  # "a ouvert une enquête sur un réseau qui financerait…": an allegation
        simple = t == verb and t.lemma_.lower() not in self.not_simple
        main = next((g for g in governors if g.pos_ in {"VERB", "AUX"} and ("Fin" in g.morph.get("VerbForm") or "Past" in g.morph.get("Tense"))), None)
        return simple and main is not None and _past(main)

    def _proposal_terms(self, sent: Span, prev: Span | None) -> bool:
        """The sentence spells out a proposal's terms, so its (non-past) conditionals are the
        proposal's, not reported facts: it opens with "selon le projet / la proposition…", or
        the sentence before says someone proposes ("Elle propose de créer un congé. Celui-ci
        serait attribué…") or has a proposal as its subject ("L'instauration d'un congé
        rencontre un écho favorable. Sa durée serait…")."""
        for x in sent:
            if x.lower_ in _SOURCE_MARKS and x.head.lemma_.lower() in self.proposal_nouns:
                return True
        # the follow-up picks the proposal up with an anaphor ("Celui-ci", "Sa durée", "Ce
        # congé") and has no source of its own ("Selon la presse, le ministre serait opposé…")
        first = next((x for x in sent if not x.is_punct), None)
        if first is None or first.lower_ not in _ANAPHORIC_OPENERS or any(x.lower_ in _SOURCE_MARKS for x in sent):
            return False
        if prev is None:
            return False
        subjects = [prev.root] if prev.root.pos_ == "NOUN" else [c for c in prev.root.children if c.dep_.startswith("nsubj")]
        if any(x.lemma_.lower() in self.proposal_nouns for x in subjects):
            return True  # "L'instauration d'un congé rencontre un écho favorable. Sa durée serait…"
        return any(x.pos_ == "VERB" and _verb_lemma(x) in self.proposal_verbs and "Fin" in x.morph.get("VerbForm") for x in prev)

    def _consequence(self, t: Token, verb: Token, sent: Span) -> bool:
        """A simple conditional of a full verb that gives a hypothetical consequence or a
        plan's terms, not a reported fact: its subject is a plan or proposal ("la fusion
        donnerait naissance à…", "sa proposition concernerait…"), an evaluative noun ("l'erreur
        consisterait à…"), a generic "tout N" ("toute dégradation pèserait…") or "rien" ("rien
        ne s'opposerait à…"), or a consequence adverb frames it ("se dessinerait alors", "Du
        coup, les plaintes gagneraient en force"); so does "être" with an infinitive predicate
        ("l'idée serait de porter…", the plan's content). The journalistic conditional reports a fact
        about an agent or a state ("la mère détiendrait", "il y aurait") or carries a source
        ("selon lui, prouverait"), so those are left alone."""
        if t != verb or (t.lemma_.lower() in {"être", "avoir"} and not _infinitive_predicate(t)) or any(x.lower_ in _SOURCE_MARKS for x in sent):
            return False
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        subjects += [a for x in subjects for a in x.children if a.dep_ == "appos"]
        for x in subjects:
            lemma = x.lemma_.lower()
            if lemma in self.proposal_nouns or lemma in self.evaluative or lemma in self.hypothetical_subjects:
                return True
            dets = [d for d in x.children if d.dep_ == "det"]
            if len(dets) == 1 and dets[0].lemma_.lower() == "tout" and "Plur" not in x.morph.get("Number"):
                return True
        if any(c.dep_ == "advmod" and c.lower_ in self.consequence_adverbs for c in verb.children):
            return True
        return sent.text.lstrip(" \n\"«“").lower().startswith(self.consequence_openers)

    def _possible_fact(self, t: Token, sent: Span) -> bool:
        """After a conditional *pouvoir*: a possibility about a fact (a hedge), not a capacity
        or a possible future event. "pourraient avoir accentué" (a past fact), "pourrait être
        lié à" / "pourrait être parti" (a state), "il pourrait s'agir de", "ce qui pourrait
        expliquer" (an explanation put forward); but "pourrait affecter", "pourrait être créé"."""
        doc = t.doc
        nxt = [x for x in doc[t.i + 1 : min(sent.end, t.i + 5)] if x.pos_ not in {"ADV", "PRON"} and x.lower_ not in {"s'", "s’", "se"}]
        if not nxt:
            return False
        head = nxt[0].lemma_.lower()
        if head in self.epistemic_inf:
            return True
        # a legal qualification not established ("pourrait constituer une aide au séjour
        # irrégulier", "pourrait être constitutive d'un délit"): an accusation, a hedge
        qualifier = nxt[0] if head != "être" or len(nxt) < 2 else nxt[1]
        if {qualifier.lemma_.lower(), qualifier.lower_} & self.legal_qualifiers:
            window = doc[qualifier.i + 1 : min(sent.end, qualifier.i + 5)]
            if any(x.lemma_.lower() in self.legal_nouns and not any(d.dep_ == "det" and "Def" in d.morph.get("Definite") for d in x.children) for x in window):
                return True
        if head not in {"avoir", "être"} and "Inf" in nxt[0].morph.get("VerbForm") and _actor_subject(t, nxt[0], self.actor_nouns):
            return True  # an action of a person or body, reported, not confirmed ("Ingrid Betancourt pourrait se rendre à Lourdes", "le pape pourrait renouveler son appel")
        if len(nxt) < 2 or head not in {"avoir", "être"}:
            return False
        second = nxt[1]
        participle = "Part" in second.morph.get("VerbForm") or (second.pos_ != "NOUN" and second.lower_.endswith(_PARTICIPLE_ENDINGS))
        if head == "avoir":
            return participle
        return second.lemma_.lower() in self.past_states or second.lower_ in self.past_states

    def _judgement(self, t: Token, verb: Token) -> bool:
        """A conditional that judges an idea ("serait digne de", "ce serait une erreur",
        "aurait le mérite de", "aurait tort de", "mieux vaudrait"), or one about a thing only
        imagined ("une telle mesure serait…"): an opinion, not a reported fact."""
        if t.dep_ == "cop" and (verb.lemma_.lower() in self.evaluative or verb.lower_ in self.evaluative):
            return True
        if t.lemma_.lower() == "avoir" and not t.dep_.startswith("aux:tense"):
            # "aurait le mérite de", "aurait tort de" (the noun parsed as the object or the head)
            nouns = [c for c in t.children if c.dep_ == "obj"] + ([t.head] if t.head.pos_ == "NOUN" and t.head.i > t.i else [])
            return any(n.lemma_.lower() in self.evaluative for n in nouns)
        if t.lemma_.lower() == "valoir":
            return any(c.lower_ == "mieux" for c in t.children)  # "mieux vaudrait attendre"
        # "une telle réforme serait…", "un éventuel report serait…", "n'aurait jamais accepté
        # un tel accord": a thing only imagined, not a reported one
        return any(
            (c.dep_.startswith("nsubj") or c.dep_ == "obj") and any(d.lemma_.lower() in self.hypothetical_modifiers for d in c.children)
            for c in verb.children
        )

    def _hypothetical(self, t: Token, verb: Token, sent: Span) -> bool:
        """A "si" clause bound to this verb or to a clause above it (a relative inside the
        consequence: "s'il revient, il affrontera ceux qui auraient été les favoris"), a fronted
        "sans X," (counterfactual), or a hypothetical phrase in the sentence. A "si" clause
        followed by an indicative main verb is a contrast ("si en 2005 il s'inquiétait…, il
        parle en 2006 de…"), not a condition."""
        first = [x for x in sent if not x.is_punct][:2]
        if first and first[0].lower_ == "sans" and len(first) > 1 and first[1].pos_ in {"DET", "PRON"}:
            comma = next((x.i for x in sent if x.text == ","), None)
            if comma is not None and comma < t.i:
                return True
        for x in sent:
            if x.lower_ in self.hypothetical and x.pos_ in {"SCONJ", "ADV"} and x.dep_ == "mark":
                clause = x.head
                if _contrastive(x, clause, sent):
                    continue
                if clause in (verb, t) or clause.head in (verb, t) or verb.head == clause or clause.head in verb.ancestors:
                    return True
        low = sent.text.lower()
        return any(p in low for p in self.hypothetical_phrases)

    def _the_look(self, t: Token) -> Token | None:
        """The "air" of *avoir l'air* with a predicate ("a l'air embarrassé", "a l'air de
        privilégier la piste"): an appearance, read as "semble"; not a likeness ("a des airs
        de cathédrale")."""
        return next(
            (
                c
                for c in t.children
                if c.dep_ == "obj" and c.lemma_.lower() in self.appearance_nouns and "Sing" in c.morph.get("Number") and _definite(c)
                and any(p.dep_ in {"acl", "amod", "xcomp"} and p.i > c.i for p in c.children)
            ),
            None,
        )

    def _on_forecast(self, cue: Token, sent: Span, quotes: list[tuple[int, int]]) -> bool:
        """An epistemic adverb on a conditional "devrait / pourrait" that is itself a forecast,
        not a hedge ("devrait vraisemblablement tomber dans le rouge", "peut-être pourrait-il se
        passer du Tour"): it grades the expectation; the content is a prediction, not a
        reported fact."""
        modal = cue.head
        if "Inf" in modal.morph.get("VerbForm") and modal.dep_ == "xcomp":
            modal = modal.head
        return modal.lemma_.lower() in _MODALS and self.is_conditional(modal) and self._excluded(modal, sent, quotes)

    def _continues(self, sent: Span) -> bool:
        """A fragment with no finite verb that opens with a continuation word ("Voire
        davantage.") or is an infinitive clause introduced by its preposition ("Sans pour autant
        réagir."), so it states nothing of its own. An infinitive that is not the fragment's
        head is a narrative infinitive with its own subject ("Et le spectre d'un trafic
        d'apparaître."), a statement of its own."""
        if any("Fin" in t.morph.get("VerbForm") for t in sent):
            return False
        root = sent.root
        infinitives = [t for t in sent if "Inf" in t.morph.get("VerbForm")]
        if any(v != root and v.head != root for v in infinitives):
            return False
        return sent[0].lower_ in self.continuation_openers or (root in infinitives and sent[0].dep_ == "mark" and sent[0].head == root)

    def _in_hypothetical(self, cue: Token, sent: Span) -> bool:
        """An epistemic adverb that modifies a hypothetical conditional ("si…, probablement
        nous aurions connu…") qualifies the hypothesis, not a reported fact."""
        verb = cue.head
        if verb.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"}:
            return False
        forms = [verb] + [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
        return any(self.is_conditional(f) and self._hypothetical(f, verb, sent) for f in forms)

    def __call__(self, doc):
        phrase_hits: dict[int, list[tuple[int, str]]] = {}
        own = {s for _, s, e in self.own_plans(doc)}
        legal = {s for _, s, e in self.not_hedge_phrases(doc)}
        for _, s, e in self.matcher(doc):
            if s in own and any(x.lower_ in {"je", "j'", "j’"} for x in doc[s].sent):
                continue  # "il est possible que je…": the speaker's own plans
            if s in legal or _intended(doc[s]):
                continue  # "présumé innocent": a legal status; "est supposée renforcer": what it is meant to do
            phrase_hits.setdefault(s, []).append((s, doc[s:e].text))
        quotes = doc.user_data.get("recoupe_quotes")
        if quotes is None:
            quotes = quote_spans(doc.text)
        quotes = list(quotes) + _closing_quotes(doc.text)
        # one pass over the tokens: conditional verbs and hedging verbs (sembler)
        conditionals: list[int] = []
        lexical: list[int] = []
        for t in doc:
            if t.pos_ not in {"VERB", "AUX"}:
                if t.pos_ in {"NOUN", "ADJ", "ADV", "PROPN"} and self.is_conditional(t):
                    conditionals.append(t.i)
                elif t.pos_ == "ADJ" and t.lemma_.lower() in self.adjective_cues and t.dep_ == "amod" and not any(c.lower_ == "sans" for c in t.head.children):
                    lexical.append(t.i)  # "affiche une forme apparente"; not "sans raison apparente"
                continue
            lemma = _verb_lemma(t)
            if self.is_conditional(t):
                conditionals.append(t.i)
            elif lemma in self.appearance_lemmas and _experiencer(t):
                continue  # "cela me paraît logique": the holder's opinion, not an appearance
            elif lemma in self.past_appearance_lemmas and _past_appearance(t):
                continue  # "semblait résolue … mais", "lorsque l'on semblait près du but": how things looked then
            elif lemma in self.cue_lemmas:
                lexical.append(t.i)
            elif lemma in self.adjective_appearance_lemmas and _appears_as(t):
                lexical.append(t.i)  # "est apparu soucieux de…"
            elif lemma == "avoir" and (look := self._the_look(t)) is not None and not _past_appearance(t):
                lexical.append(look.i)  # "a l'air embarrassé", "a l'air de privilégier…", read as "semble"
            elif lemma in self.resemblance_lemmas and _situation_subject(t):
                lexical.append(t.i)  # "ce qui ressemblait fort à une reconnaissance"; not "il ressemble à son père"
            elif lemma in self.suspicion_lemmas and _suspicion(t, self.lifted_suspicion):
                lexical.append(t.i)  # "la justice le soupçonne de …", "le trader soupçonné de …": an accusation, not a fact
            elif lemma in self.predicate_cue_lemmas and "Inf" not in t.morph.get("VerbForm") and any(c.dep_ in {"xcomp", "ccomp", "obj"} for c in t.children):
                # "paraît menacée", "se prétendait sa mère"; not "paraîtra en mars", nor a
                # claim not made ("sans prétendre que…", "cela peut paraître étrange")
                lexical.append(t.i)
            elif lemma in self.question_lemmas and _open_question(t, reflexive=lemma in self.wonder_lemmas):
                lexical.append(t.i)
            elif lemma in self.hearsay and _hearsay(t, quotes):
                lexical.append(t.i)  # "On avait alors évoqué une hépatite B": hearsay, no source
        bounds = doc.user_data.get("recoupe_sents")
        sents = [doc[a:b] for a, b in bounds] if bounds else list(doc.sents)
        prev = None
        for sent in sents:
            terms = self._proposal_terms(sent, prev)
            prev = sent
            cues = [
                (i, doc[i].text)
                for i in _within(conditionals, sent)
                if not (terms and not doc[i].dep_.startswith("aux:tense")) and not self._excluded(doc[i], sent, quotes)
            ]
            cues.extend((i, doc[i].text) for i in _within(lexical, sent))
            verbless = not any(x.pos_ in {"VERB", "AUX"} and "Part" not in x.morph.get("VerbForm") for x in sent)
            for i in sorted(k for k in phrase_hits if sent.start <= k < sent.end):
                if _adverbial(doc[i]) and (self._in_hypothetical(doc[i], sent) or verbless or self._on_forecast(doc[i], sent, quotes)):
                    continue  # "si…, probablement nous aurions…"; "Plus tard, peut-être..." states nothing
                cues.extend(phrase_hits[i])
            if verbless:
                # a headline that names rumours ("Doutes, rumeurs, démentis sur l'opération")
                cues.extend((x.i, x.text) for x in sent if x.pos_ == "NOUN" and x.lemma_.lower() in self.rumour_nouns)
            sent._.hedge_cues = _dedupe(sorted(set(cues)))
        # a fragment that goes on with the previous sentence ("Jusqu'à alourdir les pertes.",
        # "Voire davantage.", "Sans pour autant réagir.") inherits its hedge
        for prev, sent in zip(sents, sents[1:]):
            if not sent._.hedge_cues and prev._.hedge_cues and self._continues(sent):
                sent._.hedge_cues = list(prev._.hedge_cues)
        return doc


def _adverbial(t: Token) -> bool:
    """An adverb, or a preposition with its noun that works as one ("sans doute")."""
    return t.pos_ == "ADV" or (t.pos_ == "ADP" and t.i + 1 < len(t.doc) and t.head.i == t.i + 1 and t.head.pos_ == "NOUN")


def _infinitive_subject(t: Token, verb: Token, sent: Span) -> bool:
    """The sentence opens with an infinitive that is the conditional's subject, an action
    considered ("Supprimer ce poste permettrait…", "Transgresser la loi … permettrait"): a
    hypothetical, not a reported fact."""
    first = next((x for x in sent if not x.is_punct), None)
    if first is None or first.i >= t.i or first.pos_ != "VERB" or "Inf" not in first.morph.get("VerbForm"):
        return False
    return not any(c.dep_.startswith("nsubj") and c.i > first.i for c in verb.children)


def _infinitive_predicate(t: Token) -> bool:
    """"serait de + infinitive": the predicate is an action, what a plan consists of."""
    return any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") and any(m.lower_ in _DE for m in c.children if m.dep_ == "mark") for c in t.children)


def _actor_subject(t: Token, inf: Token, actor_nouns: set[str]) -> bool:
    """The subject of "pourrait + infinitive" is a person or body: a proper noun, a noun in
    apposition with one ("les deux autres dirigeants, Julien Carmona et…"), or a noun that
    names a known person, a title or an organisation ("le pape", "le trader", "la banque"); a thing,
    an event or a figure gives a forecast ("la crise pourrait affecter…")."""
    if _negated(t) or _negated(inf):
        return False  # "ne pourrait pas": an impossibility, not an action reported
    if not (t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT")):
        return False  # the main statement only, not a clause inside another one
    subjects = [c for x in (t, inf) for c in x.children if c.dep_ == "nsubj"]
    return any(
        x.pos_ == "PROPN" or (x.lemma_.lower() in actor_nouns and _definite(x)) or any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in x.children)
        for x in subjects
    )


def _definite(noun: Token) -> bool:
    """A definite, demonstrative or possessive determiner: a known referent ("le pape"), not
    a role in a proposal ("des médecins référents pourraient intervenir")."""
    return any(d.dep_ == "det" and ("Def" in d.morph.get("Definite") or {"Dem"} & set(d.morph.get("PronType")) or d.morph.get("Poss") == ["Yes"]) for d in noun.children)


def _past(v: Token) -> bool:
    """The clause of `v` is in a past tense: a compound past ("a annoncé"), an imperfect, a
    passive or copula in the past ("était convaincu"), or a bare participle ("Interrogée sur…")."""
    holder = _tense_holder(v)
    auxes = [c for c in holder.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    if any(c.dep_ == "aux:tense" for c in auxes):
        return True
    if auxes:
        return any({"Past", "Imp"} & set(c.morph.get("Tense")) for c in auxes)
    return bool({"Past", "Imp"} & set(holder.morph.get("Tense")))


def _claimed_view(opinion: Token, verb: Token) -> bool:
    """Under a present opinion verb, a simple conditional about a definite, existing referent
    is a claim the holder reports ("The Guardian estime que les Occidentaux verraient…"),
    not the holder's judgement of a hypothetical thing ("estime qu'un observatoire
    permettrait…", "pense que laisser croire… serait une hypocrisie")."""
    if _past(opinion):
        return False  # "il estimait que… verraient": the future-in-the-past
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return False
    if subj.pos_ == "PROPN":
        return True
    det = next((c for c in subj.children if c.dep_ == "det"), None)
    return det is not None and ("Def" in det.morph.get("Definite") or det.morph.get("Poss") == ["Yes"])


def _verb_lemma(t: Token) -> str:
    """The lemma, or for a verb the model lemmatised as itself ("estime" → "estime"), the
    -er infinitive its present form points to ("estimer")."""
    lemma = t.lemma_.lower()
    if t.pos_ in {"VERB", "AUX"} and not lemma.endswith(("er", "ir", "re", "ïr")):
        for ending in ("ent", "es", "e"):
            if t.lower_.endswith(ending):
                return t.lower_[: -len(ending)] + "er"
    return lemma


def _experiencer(t: Token) -> bool:
    """A dative clitic before the verb: "me paraît", "leur semblait" (someone's opinion).
    Only "nous"/"vous" can also be the subject ("me" parsed as a subject is a parser slip),
    unless the verb has another subject ("quelques aspects nous semblaient problématiques")."""
    subjects = [c for c in t.children if c.dep_.startswith("nsubj")]
    return any(
        c.i < t.i and c.lower_ in _DATIVE_CLITICS and not (c.dep_.startswith("nsubj") and c.lower_ in {"nous", "vous"} and len(subjects) == 1)
        for c in t.children
    )


def _hearsay(t: Token, quotes: list[tuple[int, int]]) -> bool:
    """A finite speech verb whose subject is the impersonal "on", with no source in the
    sentence and outside quotations ("On avait alors évoqué…", "on dit qu'il…"); not the
    idiom "comme on dit"."""
    if not (_finite(t) or any(c.dep_.startswith("aux") and _finite(c) for c in t.children)) or any(s < t.idx < e for s, e in quotes):
        return False
    if not any(c.dep_.startswith("nsubj") and c.lower_ == "on" for c in t.children):
        return False
    if any(c.lower_ in {"comme", "selon", "d'après", "d’après"} for c in t.sent):
        return False
    return not any(c.dep_ in {"iobj", "obl:arg"} or c.lower_ in {"me", "m'", "m’", "nous", "lui", "leur"} for c in t.children)


def _past_appearance(t: Token) -> bool:
    """*sembler* or *apparaître* in the imperfect or pluperfect with a predicate that is no
    infinitive ("semblait résolue", "semblait près du but", "était apparue amaigrie") describes
    how things looked then, not a fact presented as uncertain now; "semblait avoir pris son
    parti" puts forward a fact, a hedge."""
    finite = [t] + [c for c in t.children if c.dep_.startswith("aux")]
    if not any("Imp" in x.morph.get("Tense") and x.lower_.endswith(("ait", "aient")) for x in finite):
        return False
    return not any("Inf" in c.morph.get("VerbForm") for c in list(t.children) + list(t.doc[t.i + 1 : min(len(t.doc), t.i + 8)]))


def _appears_as(t: Token) -> bool:
    """*apparaître* with an adjective or participle predicate of its subject, read as "semble"
    ("est apparu soucieux de…", "est apparue moins récalcitrante"); not "emerge" ("il est apparu
    des éléments"), a ranking ("apparaît comme la quatrième religion"), nor an impersonal
    judgement ("il apparaît nécessaire de…")."""
    if any(c.dep_ == "expl:subj" for c in t.children):
        return False
    return any(c.dep_ == "xcomp" and (c.pos_ == "ADJ" or "Part" in c.morph.get("VerbForm")) for c in t.children)


def _situation_subject(t: Token) -> bool:
    """The subject is a situation, not a person: a demonstrative ("cela ressemble à…") or a
    relative after "ce" ("ce qui ressemblait à…"), so the verb says what an event looks like."""
    for c in t.children:
        if c.dep_.startswith("nsubj") and "Dem" in c.morph.get("PronType"):
            return True
        if c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType") and c.i > 0 and c.nbor(-1).lower_ == "ce":
            return True
    return False


def _suspicion(t: Token, lifted: set[str]) -> bool:
    """An accusation not established: finite ("la justice le soupçonne de…"), passive ("est
    soupçonné") or a participle with its charge ("le trader soupçonné de falsifications"); not
    denied ("beaucoup ne soupçonnaient pas"), nor a suspicion since lifted, in a compound past
    or a period that is over ("a été soupçonné", "un temps / longtemps soupçonné de"), nor a
    bare participle ("Le voisin, soupçonné, …")."""
    if _negated(t) or any(x.lower_ in lifted for x in t.doc[max(t.sent.start, t.i - 2) : t.i]):
        return False
    if _finite(t):
        return True
    if "Part" not in t.morph.get("VerbForm") or any(c.dep_ == "aux:tense" for c in t.children):
        return False
    if any(c.dep_.startswith("aux") for c in t.children):
        return True
    return any(c.i > t.i and c.left_edge.lower_ in _DE for c in t.children)


def _intended(t: Token) -> bool:
    """"être supposé + infinitive" says what something is meant to do ("une loi supposée
    renforcer l'autonomie"), not an alleged fact ("il est supposé avoir tué")."""
    return t.lower_.startswith("suppos") and any(
        c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") and c.lemma_ not in {"avoir", "être"} for c in t.children
    )


def _negated(t: Token) -> bool:
    """A negation on the verb ("ne soupçonnaient pas", "ne pourrait pas"): nothing asserted."""
    return any(c.dep_ == "advmod" and "Neg" in c.morph.get("Polarity") for c in t.children)


def _open_question(t: Token, reflexive: bool) -> bool:
    """A verb of inquiry followed by its indirect question ("se demandent si…", "doivent encore
    déterminer si…", "reste à savoir si…", "s'interroge sur les conditions dans lesquelles…"):
    what is asked is presented as not known. Wondering must be finite and reflexive ("il a
    demandé si" puts a question to someone); an inquiry verb reaches its "si" before any comma ("décidera demain, si…" is a condition). Not the speaker's
    own question, a question named as a topic, what a tool can do ("permet de vérifier si…"),
    nor a future consequence in a simple conditional ("ne se mordraient pas…") or a future
    ("décider si elle pourra retrouver son fils": a decision to take, not a fact unknown)."""
    if reflexive and ("Fin" not in t.morph.get("VerbForm") or not any(c.lower_ in _REFLEXIVE and c.i < t.i for c in t.children)):
        return False
    if _first_person(t) or _question_topic(t):
        return False
    if t.head != t and t.head.lemma_.lower() in _CAPACITY and not _negated(t.head):
        return False  # a function, no question raised ("un fichier qui permet de vérifier si…")
    if reflexive and any(_circumstance_question(c) for c in t.children if c.dep_.startswith("obl")):
        return True
    for x in t.doc[t.i + 1 : t.sent.end]:
        if x.lower_ in {"si", "s'", "s’"} and x.dep_ == "mark" and x.i + 1 < len(x.doc) and x.nbor().pos_ not in {"ADV", "ADJ"}:
            # a clause with a finite verb: not a degree ("a décidé si vite que…") nor a
            # verbless condition ("tranchera si besoin")
            verb = next((v for v in t.doc[x.i + 1 : t.sent.end] if v.pos_ in {"VERB", "AUX"}), None)
            return verb is not None and _finite(verb) and not _simple_conditional(verb) and "Fut" not in verb.morph.get("Tense")
        if x.pos_ in {"VERB", "AUX"} or (not reflexive and x.text in {",", ";", ":", "(", ")"}):
            return False
    return False


def _circumstance_question(noun: Token) -> bool:
    """"sur les conditions dans lesquelles il a pu l'adopter": a noun after "sur" with a
    relative opened by a preposition and "lequel" asks how, why or when a fact came about,
    an indirect question (unlike "s'interroge sur les consultations possibles", a topic)."""
    if not any(c.dep_ == "case" and c.lower_ == "sur" for c in noun.children):
        return False
    return any(
        r.dep_ == "acl:relcl" and any(p.lemma_ == "lequel" and any(c.dep_ == "case" for c in p.children) for p in r.children)
        for r in noun.children
    )


def _question_topic(t: Token) -> bool:
    """"de savoir" after a noun inside a prepositional phrase names a question as a topic
    ("consacrée à la question de savoir si…", "interrogé sur le fait de savoir si…"); as an
    object the question is raised ("les enquêteurs se posent la question de savoir si…")."""
    if t.lemma_ != "savoir" or t.i < 2 or t.nbor(-1).lower_ not in _DE or t.nbor(-2).pos_ != "NOUN":
        return False
    return any(c.dep_ == "case" for c in t.nbor(-2).children)


def _first_person(t: Token) -> bool:
    """The verb, or a verb it depends on, has a first-person subject ("je me demande",
    "je me pose la question de savoir")."""
    node = t
    for _ in range(4):
        if "1" in node.morph.get("Person") or any(c.dep_.startswith("nsubj") and c.lower_ in _FIRST_PERSON for c in node.children):
            return True
        if node.head == node:
            break
        node = node.head
    return False


def _simple_conditional(v: Token) -> bool:
    """A conditional by its ending that is a full verb with no auxiliary of a compound tense
    ("mordraient", "il n'y aurait pas"; not "aurait été", nor a copula)."""
    return bool(_CONDITIONAL_ENDING.search(v.lower_)) and not (v.dep_.startswith("aux") or v.dep_ == "cop") and not any(
        c.dep_.startswith("aux") for c in v.children
    )


def _finite(t: Token) -> bool:
    return t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")


def _tense_holder(verb: Token) -> Token:
    """The verb that carries the tense of an infinitive chain ("commencent à dire")."""
    for _ in range(3):
        if "Inf" in verb.morph.get("VerbForm") and verb.dep_ == "xcomp" and verb.head != verb:
            verb = verb.head
        else:
            break
    return verb


def _closed_clause(que: Token, t: Token, verb: Token) -> bool:
    """The *que* already introduces a finite clause of its own, which ends before the
    conditional's own subject: "sans soutenir que cette baisse a provoqué…, ces ventes
    pourraient…". (Without a subject of its own the conditional may be that clause's.)"""
    clause = que.head
    if que.dep_ != "mark" or clause in (t, verb) or clause.i >= t.i or clause in t.ancestors or clause in verb.ancestors:
        return False
    if not (_finite(clause) or any(_finite(c) for c in clause.children if c.dep_.startswith("aux"))):
        return False
    end = max(x.i for x in clause.subtree)
    return any(c.dep_.startswith("nsubj") and end < c.i < t.i for c in verb.children)


def _contrastive(mark: Token, clause: Token, sent: Span) -> bool:
    """A "si" clause whose main verb (the next finite verb after it) is an indicative."""
    end = max(x.i for x in clause.subtree)
    if mark.i > clause.i:
        return False
    nxt = next((x for x in sent.doc[end + 1 : sent.end] if _finite(x)), None)
    return (
        nxt is not None
        and "Ind" in nxt.morph.get("Mood")
        and "Fut" not in nxt.morph.get("Tense")
        and not _CONDITIONAL_ENDING.search(nxt.lower_)  # a conditional the model calls indicative
    )


def _closing_quotes(text: str) -> list[tuple[int, int]]:
    """Paragraphs that close a quotation opened in an earlier paragraph (French quotes run
    over paragraphs): a "»" with no "«" before it, or a lone straight quote at the very end.
    The span runs from the paragraph's start to that mark."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        close = para.find("»")
        if close >= 0 and "«" not in para[:close]:
            spans.append((pos, pos + close + 1))
        elif para.count('"') == 1:
            i = para.index('"')
            if i > 40 and not para[i + 1 :].strip(" .\r\t"):
                spans.append((pos, pos + i + 1))
        pos += len(para) + 1
    return spans


def _pattern(nlp: Language, text: str):
    """A match pattern tokenised as in running text: a cue ending in an elided word
    ("il est possible qu'") is tokenised with a following word, then cut."""
    if text.endswith(("'", "’")):
        doc = nlp.make_doc(text + "elle")
        return doc[:-1].as_doc()
    return nlp.make_doc(text)


def _dedupe(cues: list[tuple[int, str]]) -> list[str]:
    out: list[str] = []
    last_end = -1
    for i, text in cues:
        if i <= last_end:
            continue
        out.append(text)
        last_end = i + len(re.findall(r"\S+", text)) - 1
    return out
