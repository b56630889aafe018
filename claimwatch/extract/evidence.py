"""Evidence: what an article offers for or against a claim, or says is missing.

A mixin of ClaimFinder (extract/claims.py). Two kinds of rules, both read from the `evidence`
section of the cue lexicon (lexicons/cues.v1.yaml), so users can extend them:
- phrases matched in the sentence ("offered no evidence", "did not respond to requests for comment");
- dependency patterns: a source noun ("report", "data", "witnesses", "video") that says, shows or
  finds something, that a claim is "according to", "citing" or "based on", or a document that was
  published or obtained ("records obtained by VOA"); a party that confirms or verifies something.
Each item is attached to the claim it bears on: a claim by the sentence's subject, else the
nearest claim about an event, else the nearest claim."""
from typing import Optional

from ..records import Entity, Evidence

PHRASE_KINDS = ("none_provided", "withheld", "absence", "authenticity_questioned", "refuted", "independent_confirmation",
                "testimony")
SUPPORTING = {"footage", "image", "document", "testimony", "official_statement", "independent_confirmation"}
# phrase lists whose items are reported as another kind, with the effect they have
PHRASE_AS = {"refuted": ("independent_confirmation", "undermines")}  # "historians exposed him as a fraud"
PROVIDE_VERBS = {"release", "publish", "post", "air", "share", "broadcast", "distribute", "show", "provide", "present"}
# documents put out ("the agency published a report"; not "shared intelligence", an act of its own)
# or described as obtained ("records obtained by VOA", "documents seen by", "data compiled by")
PUBLISH_VERBS = {"release", "publish", "issue", "leak", "file", "submit", "unseal"}
DOCUMENT_VERBS = PROVIDE_VERBS | PUBLISH_VERBS | {"obtain", "compile", "see", "review"}
MODALS = {"could", "can", "will", "would", "may", "might", "should", "must", "shall"}
# An official body that assesses or documents something: its finding is a document ("the defense
# ministry has assessed"). Not "reported": on dev that was mostly a statement ("Pakistani
# authorities reported"), not a finding.
REPORTING_VERBS = {"assess", "document", "report"}
REPORTING_SECTORS = {"IGO", "GOV", "MIL", "SPY", "JUD", "COP", "NGO", "LEG"}
# "reported" is a finding only when a claim cites it: "as reported by the IAEA director general".
# "Pakistani authorities reported", "the European Commission reported" are statements (dev).
# what a person saw, heard or visited, told in their own words
WITNESSING_VERBS = {"see", "hear", "witness", "watch", "visit"}
TELLING_VERBS = {"tell", "say", "recount", "recall", "describe"}
FIRST_HAND_PRONOUNS = {"i", "we", "he", "she", "they"}
# what puts a speaker where things happened: "relatives who found the bodies said", "aid workers who
# were in the camp said", "a villager who survived the strike": a witness described by presence
PRESENCE_VERBS = {"survive", "flee", "escape", "find", "witness", "see", "hear", "watch"}
PRESENCE_PREPS = {"in", "at", "inside", "aboard", "near"}
OFFICIAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO"}
# finite forms of finding verbs that the parser takes for nouns after a noun phrase ("data show")
FINDING_FORMS = {"show", "shows", "showed", "estimates", "finds", "counts", "projects", "indicates", "suggests",
                 "records", "documents", "details", "reveals"}
# what evidence does to an account, in the passive with the evidence as agent
BACKING_VERBS = {"back", "support", "corroborate", "contradict", "confirm", "capture", "document", "record", "show",
                 "undermine", "refute", "disprove"}
# the medium a speaker said something in, not a basis for it: "said in a letter to the Security Council"
MEDIUM_NOUNS = {"letter", "email", "e-mail", "message"}
# "figures" are statistics, but "a senior opposition figure said" is a person
PERSON_FIGURE_WORDS = {"opposition", "senior", "political", "key", "leading", "prominent", "public", "religious", "party",
                       "top", "former", "influential", "controversial", "popular", "powerful", "community", "tribal",
                       "clan", "rebel", "militia", "business", "veteran", "respected", "establishment", "underworld"}
SAYS_NEXT_REACH = 10  # tokens from the source noun to its verb
TARGET_REACH = 600  # characters: evidence further than this from any claim bears on none


class EvidenceFinder:
    def evidence_setup(self, lex) -> None:
        self.evidence_res = lex.evidence_patterns
        words = lex.evidence_words
        self.material, self.source_nouns = words["material"], words["source_nouns"]
        self.source_verbs, self.source_unless = words["source_verbs"], words["source_unless"]
        self.confirm_verbs = words["confirm_verbs"]
        self.witness_people = words["witness_people"]

    def find_evidence(self, claims: list) -> list:
        """(claim index it bears on, Evidence, sentence number) for every evidence item in the article."""
        p = self.p
        found = []
        for n, (s, e) in enumerate(p.sents):
            sent = self.span(range(s, e))
            low = sent.text.lower()
            kinds_here = set()
            # a phrase speaks for the whole sentence: "residents reported hearing no explosions" is absence
            items = self._phrase_items(low, sent) or self._source_items(s, e, low)
            for kind, span, provider in items:
                if kind in kinds_here:
                    continue
                target = self._material_target(found, n) if kind == "authenticity_questioned" else None
                if target is None:
                    target = self._speaker_target(claims, s, e, sent.start)  # "Mujahid offered no evidence"
                if target is None:
                    target = self._target(claims, sent.start, provider.country if provider else None)
                if target is None:
                    continue
                kinds_here.add(kind)
                kind, effect = PHRASE_AS.get(kind) or (kind, "supports" if kind in SUPPORTING else "undermines")
                found.append((target, Evidence(kind, span, provider, claims[target]["id"], effect), n))
        return found

    # ---- rules ------------------------------------------------------------------------------
    def _phrase_items(self, low: str, sent) -> list:
        for kind in PHRASE_KINDS:
            rx = self.evidence_res.get(kind)
            if rx is not None and rx.search(low):
                return [(kind, sent, None)]  # one phrase item per sentence: the first kind listed wins
        return []

    def _source_items(self, s: int, e: int, low: str) -> list:
        p = self.p
        out = []
        for t in range(s, e):
            word, lemma = p.words[t].lower(), p.lemma[t]
            if p.pos[t] == "VERB" and lemma in self.confirm_verbs:
                item = self._confirmation(t)
            elif p.pos[t] == "VERB" and lemma in REPORTING_VERBS:
                item = self._official_report(t)
            elif p.pos[t] == "VERB" and lemma in WITNESSING_VERBS:
                item = self._firsthand(t, s, e)
            elif p.pos[t] == "VERB" and lemma in TELLING_VERBS and p.dep[t] in ("ROOT", "conj"):
                item = self._present_witness(t, s, e)
            elif p.pos[t] in ("NOUN", "PROPN") and (lemma in self.source_nouns or word in self.material):
                item = self._source(t, self.source_nouns.get(lemma) or self.material.get(word), low)
            elif p.pos[t] == "NOUN" and self._lay_person(t):
                item = self._lay_witness(t)
            else:
                item = None
            if item:
                out.append(item)
        return out

    def _firsthand(self, v: int, s: int, e: int) -> Optional[tuple]:
        """"She told VOA she visited the five Uyghurs in prison": a person telling what they saw, heard
        or visited themselves is testimony (the guide's witnesses, survivors and residents)."""
        p = self.p
        teller = p.head[v]
        if p.dep[v] != "ccomp" or p.tag[v] != "VBD" or p.lemma[teller] not in TELLING_VERBS:
            return None
        who = self.kids(v, "nsubj")
        speaker = self.kids(teller, "nsubj")
        if not who or not speaker or p.words[who[0]].lower() not in FIRST_HAND_PRONOUNS:
            return None
        if any(p.lemma[o] in self.source_nouns for o in self.kids(v, "dobj")):
            return None  # "we saw reports of his escape": a document read, not a thing witnessed
        m = self.by_token.get(speaker[0])
        # a named person, or one unnamed person described by role ("a nurse at the hospital said she saw",
        # "a guard said he saw")
        one = p.tag[speaker[0]] == "NN" and (
            (m is not None and m.entity.kind == "group") or p.words[who[0]].lower() in ("he", "she"))
        person = p.words[speaker[0]].lower() in FIRST_HAND_PRONOUNS or one or (m is not None and m.entity.kind == "person")
        return ("testimony", self.span(range(s, e)), None) if person else None

    def _present_witness(self, v: int, s: int, e: int) -> Optional[tuple]:
        """"Relatives who found the bodies said ...", "said Musa Abubakar, a villager who survived the
        strike": a speaker who is no official, described as having been there, testifies."""
        p = self.p
        speakers = self.kids(v, "nsubj")
        speakers += [a for k in speakers for a in self.kids(k, "appos")]
        for k in speakers:
            if self._official(k):
                continue
            for r in self.kids(k, "relcl"):
                if p.lemma[r] in PRESENCE_VERBS and self._done(r) or \
                        p.lemma[r] == "be" and any(p.lemma[q] in PRESENCE_PREPS for q in self.kids(r, "prep")):
                    return "testimony", self.span(range(s, e)), None
        return None

    def _lay_person(self, t: int) -> bool:
        """A person noun of the lexicon's witness people ("a wounded protester", "a crew member")."""
        p = self.p
        if self._official(t):
            return False
        return p.lemma[t] in self.witness_people or (p.lemma[t] == "member" and any(
            p.lemma[k] in self.witness_people for k in self.kids(t, "compound")))

    def _lay_witness(self, t: int) -> Optional[tuple]:
        """"According to a doctor who treated the wounded": a claim resting on what someone who is no
        official says. (Such people as the subject of "said" were tried as testimony too: no gain on
        dev, and their words are more often views than things seen.)"""
        return ("testimony", self.span(list(self.p.subtree(t))), None) if self._according_to(t) else None

    def _official(self, t: int) -> bool:
        """The mention at t is an official, a state or a body, whose words are no testimony."""
        m = self.by_token.get(t)
        return m is not None and (m.entity.sector in OFFICIAL_SECTORS or m.entity.kind in ("country", "organization"))

    def _according_to(self, t: int) -> bool:
        """The noun at t is what a claim is "according to"."""
        p = self.p
        head = p.head[t]
        return p.dep[t] == "pobj" and p.words[head].lower() == "to" and p.head[head] != head \
            and p.words[p.head[head]].lower() == "according"

    def _done(self, v: int) -> bool:
        """The verb at v says something was done: not negated, no modal ("could", "will")."""
        p = self.p
        return not any(p.dep[k] == "neg" for k in p.children(v)) and \
            not any(p.lemma[k] in MODALS for k in self.kids(v, "aux"))

    def _confirmation(self, v: int) -> Optional[tuple]:
        """"U.S. military officials confirmed Monday", "rights groups have verified": a party checks."""
        p = self.p
        if not self._done(v):
            return None  # "could not confirm" is a phrase of its own; "will determine" has not happened
        if any(p.lemma[a] in MODALS for c in self.kids(v, "ccomp") for a in self.kids(c, "aux")):
            return None  # "confirmed that it would host the talks": a plan announced, nothing checked
        subj = self.kids(v, "nsubj")
        head = p.head[v]
        if not subj and p.dep[v] == "xcomp" and p.tag[head] in ("VBD", "VBN") \
                and p.lemma[head] not in ("have", "need", "want", "plan", "hope", "try", "seek", "aim", "expect"):
            subj = self.kids(head, "nsubj")  # "historians worked to verify that ...": done, by the workers
        if not subj:
            return None
        provider = self.entity_for(self.p.subtree(subj[0]))
        tokens = list(p.subtree(subj[0])) + [v]
        return "independent_confirmation", self.span(tokens), provider

    def _official_report(self, v: int) -> Optional[tuple]:
        """"The ministry has assessed that ...", "as documented by the U.N. mission": an official
        body's own finding."""
        p = self.p
        if not self._done(v):
            return None
        who = self.kids(v, "nsubj") or [j for a in self.kids(v, "agent") for j in self.kids(a, "pobj")]
        if not who:
            return None
        provider = self.entity_for(p.subtree(who[0]))
        if provider is None or provider.sector not in REPORTING_SECTORS:
            return None
        if p.lemma[v] == "report" and not (self.kids(v, "agent") and any(p.lemma[k] == "as" for k in self.kids(v, "mark"))):
            return None
        return "document", self.span(list(p.subtree(who[0])) + [v]), provider

    def _source(self, t: int, kind: str, low: str) -> Optional[tuple]:
        """A source noun that says or shows something ("the report said", "video shows"), or that a
        claim rests on ("according to court documents", "citing World Bank data")."""
        p = self.p
        if any(p.lemma[k] in self.source_unless for k in self.kids(t, "compound", "amod")):
            return None  # "news reports", "media reports": other outlets' claims, not documents
        if any(p.lemma[k] == "no" for k in self.kids(t, "det")):
            return None  # "no videos": absence, a phrase of its own
        if p.lemma[t] == "figure" and (any(p.lemma[k] in PERSON_FIGURE_WORDS for k in self.kids(t, "amod", "compound")) or
                                       any(p.lemma[k] == "who" for r in self.kids(t, "relcl") for k in self.kids(r, "nsubj"))):
            return None  # "a senior opposition figure said", "figures who back the president": people
        head, dep = p.head[t], p.dep[t]
        if dep == "compound" and p.pos[head] == "NOUN" and p.dep[head] in ("dobj", "nsubj", "nsubjpass") and \
                (p.words[head].lower().endswith("ing") or p.words[head].lower() in FINDING_FORMS):
            head, dep = p.head[head], p.dep[head]  # "released a video showing ...", parsed as a compound
        used = False
        if dep in ("nsubj", "nsubjpass") and p.lemma[head] in self.source_verbs:
            used = True
        elif dep == "appos" and kind == "testimony" and p.dep[head] == "nsubj" \
                and p.lemma[p.head[head]] in self.source_verbs:
            used = True  # "Ghulam Nabi, another freed passenger, told reporters ..."
        elif self._according_to(t):
            used = True
        elif dep == "dobj" and p.lemma[head] in ("cite", "use", "review"):
            used = True
        elif any(p.lemma[k] in self.source_verbs for k in self.kids(t, "acl")):
            used = True  # "data showing it sat deeper in the water", "documents detailing the plan"
        elif kind == "testimony" and any(p.lemma[k] in self.source_verbs for k in self.kids(t, "relcl")):
            used = True  # "disputed by a witness who said the man had his hands raised"
        elif dep == "pobj" and p.lemma[head] == "to" and p.lemma[p.head[head]] == "point":
            used = True  # "..., pointing to satellite pictures of a large crater"
        elif dep == "pobj" and p.dep[head] == "agent" and p.lemma[p.head[head]] in BACKING_VERBS:
            used = True  # "an explanation backed by production data", "a version supported by drone footage"
        elif dep == "pobj" and p.lemma[head] in ("in", "from") and p.head[head] != head and p.lemma[t] not in MEDIUM_NOUNS \
                and p.lemma[p.head[head]] in self.source_verbs | {"say", "write", "report"}:
            used = True
        elif dep == "pobj" and p.lemma[head] == "in" and p.lemma[t] in self.source_nouns and kind == "document" \
                and p.lemma[t] not in ("record", "figure"):
            used = True  # "detailed the transfers in a report"; not "in a letter": that is the statement's medium
        elif kind == "document" and self._credited(t):
            used = True  # "a new report by the International Renewable Energy Agency", "data from X"
        elif kind == "document" and self._says_next(t):
            used = True  # "the Pentagon's report on China's military estimates that": the verb parsed as a noun
        elif dep == "pobj" and p.lemma[head] == "on" and p.head[head] != head \
                and p.lemma[p.head[head]] in ("base", "rely", "draw"):
            used = True  # "based on court records", "relying on satellite data"
        elif kind == "document" and self._released(t, PUBLISH_VERBS, DOCUMENT_VERBS):
            used = True  # "documents obtained by VOA", "the agency released a report"
        elif kind in ("footage", "image") and (self._released(t) or self._unattributed(low)):
            used = True  # "footage released by the ministry", "video circulating on social media"
        if not used:
            return None
        tokens = list(p.subtree(t))
        if dep in ("nsubj", "nsubjpass"):
            tokens.append(head)
        elif dep == "appos":
            tokens += [head, p.head[head]]
        provider = self._provider(t) if kind in ("footage", "image", "document") else None
        return kind, self.span(tokens), provider

    def _says_next(self, t: int) -> bool:
        """A finding verb that ends the source noun's phrase but was parsed as a noun ("data from the
        ministry show", "the report ... estimates that"): the small model tags a plural-looking verb
        after a noun phrase as a noun. Only a verb form ending the phrase, before any real verb."""
        p = self.p
        end = min(len(p.words), t + SAYS_NEXT_REACH)
        for k in range(t + 1, end):
            if p.pos[k] in ("VERB", "AUX", "PUNCT", "SCONJ") and p.words[k].lower() not in FINDING_FORMS:
                return False
            if p.words[k].lower() in FINDING_FORMS and p.pos[k] != "VERB":
                after = k + 1 if k + 1 < len(p.words) else None
                return after is not None and (p.words[after].lower() == "that" or p.pos[after] != "ADP")
        return False

    def _credited(self, t: int) -> bool:
        p = self.p
        return any(j in self.by_token for k in self.kids(t, "prep") if p.lemma[k] in ("by", "from")
                   for j in self.kids(k, "pobj"))

    def _released(self, t: int, put_out=PROVIDE_VERBS, described_by=PROVIDE_VERBS) -> bool:
        """Material someone put out ("released footage", "footage released by X"), not just someone's."""
        p = self.p
        return any(p.lemma[k] in described_by for k in self.kids(t, "acl", "relcl")) or \
            (p.dep[t] == "dobj" and p.lemma[p.head[t]] in put_out and self._done(p.head[t]))

    def _unattributed(self, low: str) -> bool:
        rx = self.evidence_res.get("unattributed_material")
        return rx is not None and bool(rx.search(low))

    def _provider(self, t) -> Optional[Entity]:
        """Who released material: "footage released by X", "X released footage", "X's footage"."""
        p = self.p
        for k in self.kids(t, "acl"):
            if p.lemma[k] in PROVIDE_VERBS:
                for a in self.kids(k, "agent"):
                    ent = self.entity_for(p.subtree(a))
                    if ent is not None:
                        return ent
        poss = self.kids(t, "poss")
        if poss:
            return self.entity_for(p.subtree(poss[0]))
        h = p.head[t]
        if p.dep[t] == "dobj" and p.lemma[h] in PROVIDE_VERBS:
            subj = self.subject_tokens(h)
            return self.entity_for(subj) if subj else None
        return None

    # ---- which claim it bears on ------------------------------------------------------------
    def _target(self, claims, before_char, country=None) -> Optional[int]:
        """The latest asserting claim about an event before the evidence (or just after it, when none
        is before), by `country`'s claimant when given; failing that, the nearest claim at all."""
        best = None
        for n, c in enumerate(claims):
            if c["cue"].start > before_char + 400 or not c["event_ids"] or isinstance(c["claimant"], dict):
                continue
            if c["stance"] == "assert" and (country is None or getattr(c["claimant"], "country", None) == country):
                if c["cue"].start <= before_char or best is None:
                    best = n
        if best is not None:
            return best
        near = [(abs(c["cue"].start - before_char), n) for n, c in enumerate(claims)
                if not isinstance(c["claimant"], dict) and abs(c["cue"].start - before_char) <= TARGET_REACH]
        return min(near)[1] if near else None

    def _speaker_target(self, claims, s, e, before_char) -> Optional[int]:
        """The latest claim by whoever is the subject of the evidence sentence."""
        p = self.p
        subjects = [t for t in range(s, e) if p.dep[t] in ("nsubj", "nsubjpass")]
        who = [self.by_token[t].entity for t in subjects if t in self.by_token]
        names = {w.name for w in who}
        best = None
        for n, c in enumerate(claims):
            if c["cue"].start <= before_char and not isinstance(c["claimant"], dict) and c["claimant"].name in names:
                best = n
        return best

    def _material_target(self, found, sent_no) -> Optional[int]:
        for target, ev, n in reversed(found):
            if ev.kind in ("footage", "image", "document") and sent_no - n <= 2:
                return target
        return None
