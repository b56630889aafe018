"""What speakers do by speaking: the events a claim performs rather than reports.

Read after the claims, from the trigger lexicon's `evaluations` and `obligations` sections:
- judgements (ACCUSE, or SUPPORT for approval of someone else): `judged` words say what something
  is ("the sentence is inhumane", "called the move unacceptable"; the claimant judges), `called`
  words only as a judging verb's complement ("called the sanctions illegal", not "it is illegal to"), `felt`
  words how someone feels about something ("we are deeply concerned about Iran"; the subject, or
  the claimant for "we"/"I"), `named` nouns name an act as a wrong ("what he called Russian
  manipulation");
- denials (REJECT): `denied` words said of a claim ("called the assertions baseless"); said of
  anything else they accuse;
- allegations (ACCUSE/allege): "for allegedly meddling";
- demands (REQUEST) and reproaches (ACCUSE): "Washington needs to act", "should never have happened";
- promises and threats: a speaker's own future act ("we will send aid": AGREE; "we will attack":
  THREATEN).
The event is the speaker's own act, so it is `asserted` and points to the claim it was said in. A
word no one is said to utter or feel (the reporter's own "a chilling message") is no event."""
import dataclasses
from typing import Optional

from ..records import Claim, Event
from .event_attributes import FUTURE_AUX, REQUEST_MODES
from .events import LIGHT_VERBS, EventFinder, _dedupe, _political
from .lexicon import CONFLICT_MATERIAL, COOPERATIVE

PREDICATE_DEPS = {"acomp", "oprd", "attr", "ROOT", "ccomp", "xcomp", "conj", "advcl", "parataxis"}
FEELING_PREPS = {"about", "over", "by", "at", "with", "regarding", "to", "of"}
NEEDS_OTHER = {"SUPPORT"}  # approval is of someone or something other than the speaker
SELF_WORDS = {"we", "i", "us", "me"}
CLAIM_NOUNS = {"assertion", "allegation", "accusation", "claim", "charge", "report", "remark", "statement"}
# verbs that state a judgement of their object ("described the move as unacceptable", "deemed it unjust")
JUDGING_VERBS = {"call", "describe", "characterize", "characterise", "deem", "consider", "label", "brand", "term",
                 "find", "declare", "denounce", "condemn", "criticize", "criticise", "slam"}


COMMITTING_VERBS = {"commit", "perpetrate"}
# nouns for what someone said or did, that a judging word before them judges ("irresponsible remarks")
ACT_NOUNS = {"remark", "comment", "statement", "decision", "move", "policy", "behavior", "behaviour", "action",
             "conduct", "rhetoric", "step", "measure", "treatment", "practice", "interference", "act"}


WARNING_CUES = {"warn", "threaten", "vow", "caution"}
REPORTED_FUTURE_AUX = {"would", "could"}
# a speaker saying its side would or could use force threatens; "announced it would cease aid" is the
# sanction announced (dev), not a threat
FORCE_TYPES = {"ASSAULT", "MOBILIZE"}
# what a speaker says its side could or might do to another is held over it: a threat, for any
# material conflict ("Fico said Slovakia could suspend relations with the Czech Republic")
POSSIBLE_AUX = {"could", "might", "may"}


class EvaluationFinder(EventFinder):
    def __init__(self, *args, claims: tuple = ()):
        super().__init__(*args)
        self.spoken = [c for c in claims if not isinstance(c.claimant, dict)]
        self.claims = [c for c in self.spoken if c.stance != "deny"]
        self.asked: set = set()  # character offsets of verbs a demand asks for
        self.requesting: set = set()  # tokens of verbs coded as requests (set by run)

    def evaluation_at(self, i: int) -> Optional[tuple]:
        """(type, kind, first token) when token i ends an evaluative word or phrase."""
        p = self.p
        if p.pos[i] not in ("ADJ", "VERB", "NOUN", "PROPN", "ADV"):
            return None
        word = p.words[i].lower()
        entries = self.lex.evaluation_index.get(word, ())
        if p.pos[i] == "NOUN" and p.lemma[i] != word:  # "war crimes", "violations": a named noun in the plural
            entries = tuple(entries) + tuple(self.lex.evaluation_index.get(p.lemma[i], ()))
        for etype, kind, parts in entries:
            if i + 1 < len(parts) or (p.pos[i] in ("NOUN", "PROPN")) != (kind == "named"):
                continue  # "named" words are nouns ("called it a provocation"), the others adjectives or verbs
            words = tuple(w.lower() for w in p.words[i - len(parts) + 1:i + 1])
            if words[:-1] == parts[:-1] and parts[-1] in (word, p.lemma[i]):
                return etype, kind, i - len(parts) + 1
        return None

    def predicative(self, i: int) -> bool:
        """Said of something, not naming a kind of thing: "is inhumane", "called it unjust",
        "described the move as unacceptable", "an unacceptable situation" after a copula; not
        "the countries concerned" or "illegal immigrants"."""
        p = self.p
        dep = p.dep[i]
        if dep in PREDICATE_DEPS:
            return True
        if dep == "dobj" and p.lemma[p.head[i]] in COMMITTING_VERBS:
            return True  # "said Russian forces had committed war crimes": the act is named a wrong
        if dep == "amod":
            noun = p.head[i]
            if p.lemma[noun] == "as" and p.dep[noun] == "prep":
                return True  # "described the move as unacceptable": the parser hangs the word on "as"
            if noun < i:
                return any(p.lemma[k] == "as" for k in p.children(i))
            return p.dep[noun] in ("attr", "oprd")
        return False

    def judges_an_act(self, i: int) -> bool:
        """A judging word before a noun that names an act ("Lai's unjust detention", "such irresponsible
        remarks", "an unfair trial"): the speaker judges that act, as "the detention is unjust" would."""
        p = self.p
        noun = p.head[i]
        return p.dep[i] == "amod" and noun > i and p.pos[noun] == "NOUN" and (
            p.lemma[noun] in self.lex.nouns or p.lemma[noun] in ACT_NOUNS)

    def negated(self, i: int) -> bool:
        p = self.p
        heads = [i] + ([p.head[i]] if p.dep[i] in ("acomp", "oprd", "amod") else [])
        return any(self.kids(h, "neg") for h in heads)

    def judge(self, i: int) -> list:
        """The subject of a judging verb whose object the word describes ("Ishiba described the
        move as unacceptable"), for parses that make no claim of it."""
        verb = self.judging_verb(i)
        return [] if verb is None else [e for t in self.kids(verb, "nsubj") for e in self.entities_at(t)]

    def judging_verb(self, i: int) -> Optional[int]:
        """The judging verb the word completes ("called the move illegal", "described it as illegal")."""
        p = self.p
        return next((v for v in (p.head[i], p.head[p.head[i]]) if p.pos[v] == "VERB" and p.lemma[v] in JUDGING_VERBS), None)

    def approves_another(self, i: int, kind: str, actors: list, recipients: list) -> bool:
        """Approval is of someone other than the speaker: a named other party, or an act a clause
        describes ("encouraged the parties have reached an agreement", "positive that it was
        lifted"); not of the speaker's own side ("we are absolutely right") or state ("delighted to
        be out")."""
        p = self.p
        own = {a.name for a in actors}
        if any(r.name not in own for r in recipients):
            return True  # "proud of Secretary Rubio", a compatriot included
        if recipients:
            return False
        if kind == "judged" and any(p.words[t].lower() in SELF_WORDS for t in self.judged_tokens(i, pronouns=True)):
            return False
        head = p.head[i] if p.dep[i] == "acomp" else i
        return bool(self.kids(i, "ccomp") or self.kids(head, "ccomp")) and not self.kids(i, "xcomp")

    def felt_about(self, i: int) -> bool:
        """The feeling names what it is about: a phrase ("concerned about Iran's program", "alarmed by
        the strikes") or a clause ("alarmed that the talks failed")."""
        p = self.p
        head = p.head[i] if p.dep[i] == "acomp" else i
        preps = {p.lemma[k] for k in self.kids(i, "prep", "agent")} & FEELING_PREPS
        if p.dep[head] == "relcl" and p.lemma[p.head[head]] == "reason" and \
                any(p.lemma[k] == "no" for k in self.kids(p.head[head], "det")):
            return False  # "there is no reason to be concerned about": a feeling denied
        return bool(preps) or bool(self.kids(i, "ccomp") or self.kids(head, "ccomp")) or p.dep[i] == "amod"

    def for_a_victim(self, i: int) -> bool:
        preps = {self.p.lemma[k] for k in self.kids(i, "prep", "agent")}
        return "for" in preps and not preps & FEELING_PREPS

    def holder(self, i: int, denials: bool = False) -> Optional[Claim]:
        at = self.p.idx[i]
        holders = [c for c in (self.spoken if denials else self.claims) if c.content.start <= at < c.content.end]
        return min(holders, key=lambda c: c.content.end - c.content.start) if holders else None

    def feeler(self, i: int) -> list:
        """The subject of "X is concerned" or "X was alarmed"."""
        p = self.p
        verb = p.head[i] if p.dep[i] == "acomp" else i
        subj = self.kids(verb, "nsubj", "nsubjpass")
        if not subj or p.words[subj[0]].lower() in SELF_WORDS:
            return []
        return [e for t in subj for e in self.entities_at(t)]

    def judged_parties(self, i: int, kind: str) -> list:
        """What the judgement is about: the object of the feeling ("concerned about Iran's program"),
        or the subject of the copula ("Russia's actions are unacceptable")."""
        p = self.p
        found = []
        if kind == "felt":
            for k in self.kids(i, "prep", "agent"):
                if p.lemma[k] in FEELING_PREPS:
                    for o in self.kids(k, "pobj", "pcomp"):
                        found += self._phrase_entities(o)
        elif kind == "named" and p.dep[i] == "oprd":  # "called the strike a war crime", "Russian manipulation"
            found += [e for t in self.kids(p.head[i], "dobj") for e in self.entities_at(t)] or self.entities_at(i)
        else:
            for t in self.judged_tokens(i):
                found += self._phrase_entities(t)
        return found

    def _phrase_entities(self, t: int) -> list:
        """The actors the phrase headed by t stands for, else the first one named inside it
        ("about the latest IAEA report about Iran's production": the IAEA)."""
        return self.entities_at(t) or [e for k in self.p.subtree(t) if k != t for e in self.entities_at(k)][:1]

    def judged_tokens(self, i: int, pronouns: bool = False) -> list:
        """The heads of what a judgement is said of ("Russia's actions are unacceptable": actions);
        with `pronouns`, "this", "that" and "it" too."""
        p = self.p
        j = i
        while p.dep[j] == "conj" and p.head[j] != j:
            j = p.head[j]  # "provocative and irresponsible": both said of the same thing
        dep, head = p.dep[j], p.head[j]
        if dep == "amod" and p.lemma[head] == "as" and p.dep[head] == "prep":
            subjects = self.kids(p.head[head], "dobj")  # "described the move as unacceptable": the move
        elif dep == "amod":  # "an unacceptable situation"
            subjects = [head] + (self.kids(p.head[head], "nsubj") if p.dep[head] == "attr" else [])
        elif dep == "oprd":  # "called the move unacceptable": the object is judged
            subjects = [k for k in self.kids(head, "dobj", "oprd") if k < j and p.pos[k] in ("NOUN", "PROPN", "PRON")]
        elif dep == "acomp":
            subjects = self.kids(head, "nsubj", "nsubjpass")
        elif dep == "dobj" and p.lemma[head] in COMMITTING_VERBS:  # "said the soldiers committed war crimes"
            subjects = self.kids(head, "nsubj", "nsubjpass")
        else:
            subjects = self.kids(j, "nsubj", "nsubjpass")
        return [t for t in subjects if pronouns or p.words[t].lower() not in ("it", "this", "that", "what")]

    def obligation_at(self, i: int) -> Optional[tuple]:
        """(type, trigger token, subject tokens) for "Washington needs to act", "the Council must be
        clear", "Thailand shouldn't give them back": said by someone, a demand (REQUEST) of the
        subject. Said of the past ("should never have happened") it is a reproach (ACCUSE)."""
        p, ob = self.p, self.lex.obligations
        if p.pos[i] not in ("VERB", "AUX") or not ob:
            return None
        auxes = self.kids(i, "aux", "auxpass")
        modal = next((k for k in auxes if p.words[k].lower() in ob.get("modals", ())), None)
        if modal is not None:
            past = any(p.lemma[k] == "have" for k in auxes if k > modal) and p.tag[i] == "VBN"
            if past and p.words[modal].lower() not in ob.get("past_modals", ()):
                return None  # "must have given": a guess about the past, not a reproach
            etype = ob.get("past_type", "ACCUSE") if past else ob.get("type", "REQUEST")
            return etype, modal, self.kids(i, "nsubj", "nsubjpass")
        to_clause = any(p.pos[c] in ("VERB", "AUX") and any(p.lemma[t] == "to" for t in self.kids(c, "aux"))
                        for c in self.kids(i, "xcomp"))
        if p.lemma[i] in ob.get("verbs", ()) and to_clause:
            return ob.get("type", "REQUEST"), i, self.kids(i, "nsubj")
        if p.lemma[i] in ob.get("failures", ()) and to_clause and not self.kids(i, "neg"):
            return ob.get("failure_type", "ACCUSE"), i, self.kids(i, "nsubj")  # "Kabul was failing to rein in ..."
        return None

    def run(self, earlier: list = ()) -> list:
        p = self.p
        out, seen, said = [], set(), set()
        # verbs already coded as requests for what their clause says should be done ("suggested that X should")
        self.requesting = {self.p.token_at(ev.trigger.start) for ev in earlier if ev.type == "REQUEST"}
        for i in range(len(p.words)):
            found = self.allegation(i) or self.judgement(i) or self.obligation(i)
            if found is None:
                continue
            etype, mode, claim, actors, recipients, span, key = found
            if key in said:
                continue  # "unfair and inhumane", "this is unacceptable; it is an unacceptable situation": one judgement
            said.add(key)
            sense = {"type": etype, "mode": mode}
            at = span[0] if etype == "REQUEST" else i  # a demand's trigger is its modal ("must")
            ev = self.make_event(at, etype, sense, _dedupe(actors), _dedupe(recipients), i, phrase=span)
            ev = dataclasses.replace(ev, reality="asserted", claim_id=claim.id if claim else None)
            if not _political(ev):
                continue
            ev = self.place_event(ev, [e for e in earlier if e.trigger.start < ev.trigger.start])
            # the place stands in for an unnamed target, never for the speaker: a judge is always named
            ev = dataclasses.replace(self.implied_parties(ev), actor=ev.actor)
            if ev.trigger.start not in seen:
                seen.add(ev.trigger.start)
                out.append(ev)
        return out

    def speaker_as_actor(self, ev: Event) -> Event:
        """"So I appeal to my Chinese colleague," Wood said: "I" and "we" in a claim are its claimant,
        where nothing else named the actor."""
        if any(a.country and not a.implied_by for a in ev.actor):
            return ev
        i = self.p.token_at(ev.trigger.start)
        if i is None:
            return ev
        if ev.type == "THREATEN" and self.ultimatum(i):  # "Kenya must withdraw or face the consequences," X said
            claim = self.holder(i)
            if claim is None or not getattr(claim.claimant, "country", None):
                return ev
            return dataclasses.replace(ev, actor=(claim.claimant,), reality="asserted", claim_id=claim.id)
        if ev.type == "THREATEN" and ev.recipient and not ev.actor and self.p.lemma[i] in self.lex.target_subject_verbs:
            claim = self.holder(i)  # "Seoul would pay a horrible price, Kim warned": the speaker threatens
            if claim is not None and getattr(claim.claimant, "country", None):
                return dataclasses.replace(ev, actor=(claim.claimant,), reality="asserted", claim_id=claim.id)
            return ev
        subject = self.actor_tokens(i)
        if not subject or self.p.words[subject[0]].lower() not in ("i", "we"):
            return ev
        claim = self.holder(i)
        if claim is None or not getattr(claim.claimant, "country", None):
            return ev
        return dataclasses.replace(ev, actor=(claim.claimant,))

    def own_future(self, ev: Event) -> Event:
        """"I'll get him out", "we will not allow violent disturbances": a speaker announcing its own
        future act promises (AGREE) a cooperative one and threatens (THREATEN) a hostile one
        (annotation guide). The event is the promise or threat, made now."""
        p = self.p
        i = self.p.token_at(ev.trigger.start)
        if i is not None and p.pos[i] == "NOUN" and p.dep[i] == "dobj" and p.lemma[p.head[i]] in LIGHT_VERBS:
            i = p.head[i]  # "would take resolute countermeasures": the light verb says when
        if i is None or p.pos[i] != "VERB" or ev.type in ("AGREE", "THREATEN", "CONCEDE"):
            return ev  # a CONCEDE is already the promise of a retreat
        auxes = {p.words[k].lower() for k in self.kids(i, "aux")}
        # "will"; in reported speech "would", and "could" for force ("Turkey could launch an operation")
        claim = self.holder(i)
        possible = bool(auxes & POSSIBLE_AUX) and ev.type in CONFLICT_MATERIAL  # "Slovakia could suspend relations"
        # what a speaker warns it would do is a threat, whatever the act ("warned that it would close the strait")
        # ... as is harm it says its side would do on a condition ("would take countermeasures if ...")
        possible = possible or (bool(auxes & REPORTED_FUTURE_AUX) and ev.type in CONFLICT_MATERIAL
                                and (self.warned(claim) or self.conditional(i)))
        if not auxes & FUTURE_AUX and not (auxes & REPORTED_FUTURE_AUX and ev.type in FORCE_TYPES) and not possible:
            return ev
        if ev.type not in CONFLICT_MATERIAL and self.conditional(i):
            return ev  # "would withdraw if asked" promises nothing; "will impose tariffs if ..." threatens
        subject = self.kids(i, "nsubj")
        if claim is None or not subject:
            return ev
        mine = getattr(claim.claimant, "country", None)
        # force announced for the speaker's country is a threat ("Erdogan said Turkey could launch ...")
        ours = (ev.type == "ASSAULT" or possible) and mine  # not "Russia will send troops to Belarus, the Kremlin said"
        me = p.words[subject[0]].lower() in ("i", "we") or any(
            e.name == claim.claimant.name or (ours and e.kind in ("country", "organization") and e.country == mine)
            for t in subject for e in self.entities_at(t))
        if not me:
            return ev
        if ev.type in COOPERATIVE and not self.kids(i, "neg"):
            etype, mode = "AGREE", None
        elif ev.type in CONFLICT_MATERIAL:
            etype, mode = "THREATEN", self.lex.intent_modes.get(ev.type)
            if not ev.recipient:  # "would take countermeasures if Washington sold arms": aimed at Washington
                ev = dataclasses.replace(ev, recipient=tuple(
                    e for c in self.kids(i, "advcl") if any(p.lemma[m] in ("if", "unless") for m in self.kids(c, "mark"))
                    for t in self.kids(c, "nsubj") for e in self.entities_at(t) if e.kind in ("country", "organization")))
        else:
            return ev
        return dataclasses.replace(ev, type=etype, mode=mode, actor=(claim.claimant,) if not ev.actor else ev.actor,
                                   reality="asserted", claim_id=claim.id,
                                   quad=self.lex.type_info(etype).get("quad"), cameo=self.lex.type_info(etype).get("cameo"))

    def warned(self, claim: Optional[Claim]) -> bool:
        """The claim was made as a warning or a threat ("Iran warned that ...")."""
        if claim is None:
            return False
        k = self.p.token_at(claim.cue.start)
        return k is not None and self.p.lemma[k] in WARNING_CUES

    def allegation(self, i: int) -> Optional[tuple]:
        """"cut ties with Kenya for allegedly meddling", "the alleged plot": someone alleges the act
        (ACCUSE/allege, annotation guide). The one who alleges is the claimant, else the subject of
        the clause above; the one accused is who does the act."""
        p = self.p
        hit = self.evaluation_at(i)
        if hit is None or hit[1] != "alleged":
            return None
        act = p.head[i]
        if p.pos[act] not in ("VERB", "NOUN"):
            return None
        claim = self.holder(i)
        actors = [claim.claimant] if claim is not None else []
        j, steps = act, 0
        while not actors and p.head[j] != j and steps < 4:
            j, steps = p.head[j], steps + 1
            if p.pos[j] in ("VERB", "AUX"):
                actors = [e for t in self.kids(j, "nsubj") for e in self.entities_at(t)]
        if p.pos[act] == "VERB":
            accused = self.kids(act, "nsubj", "nsubjpass")
        else:
            accused = self.kids(act, "poss") + [j for k in self.kids(act, "prep") if p.lemma[k] == "by"
                                                for j in self.kids(k, "pobj")]
        recipients = [e for t in accused for e in self.entities_at(t)]
        if not actors:
            return None
        return hit[0], "allege", claim, actors, recipients, (i,), (p.sent[i], i)

    def judgement(self, i: int) -> Optional[tuple]:
        p = self.p
        hit = self.evaluation_at(i)
        if hit is None or hit[1] == "alleged" or self.negated(i):
            return None
        if not self.predicative(i) and not (hit[1] == "judged" and self.judges_an_act(i)):
            return None
        etype, kind, first = hit
        if kind == "called":  # "called the sanctions illegal": a judgement only as a judging verb's complement
            if self.judging_verb(i) is None:
                return None
            kind = "judged"
        if kind == "felt" and self.for_a_victim(i):
            return None  # "worried for his health": concern for a victim, not blame (annotation guide)
        if kind == "felt" and not self.felt_about(i):
            return None  # "we are very concerned": a feeling about nothing named blames no one (dev)
        claim = self.holder(i, denials=kind == "denied")
        if kind == "denied":  # "called Pakistan's assertions baseless" rejects; "a baseless case" accuses
            # "this is completely false": said of what was just said
            judged = self.judged_tokens(i, pronouns=True)
            nouns = [t for t in judged if self.p.pos[t] in ("NOUN", "PROPN")]
            said_of_claim = any(self.p.lemma[t] in self.lex.claim_anaphors | CLAIM_NOUNS for t in nouns) or (
                not nouns and any(self.p.words[t].lower() in ("this", "that", "it", "these", "those") for t in judged))
            etype = etype if said_of_claim or (claim is not None and claim.stance == "deny") else "ACCUSE"
        actors = self.feeler(i) if kind == "felt" else []
        if not actors and claim is not None:
            actors = [claim.claimant]
        if not actors:
            actors = self.judge(i)
        if not actors:
            return None  # the reporter's own word, or a feeling no one is said to have
        recipients = [r for r in self.judged_parties(i, kind)
                      if (r.country, r.name) not in {(a.country, a.name) for a in actors}]
        if etype in NEEDS_OTHER and not self.approves_another(i, kind, actors, recipients):
            return None  # "we are absolutely right", "I am delighted to be out": approval of no one else
        chain = [k for k in p.children(i) if p.dep[k] == "conj" and self.evaluation_at(k)]
        mode = "disapprove" if etype == "ACCUSE" else None
        return etype, mode, claim, actors, recipients, (first, *chain), (p.sent[i], claim.id if claim else None, etype)

    def obligation(self, i: int) -> Optional[tuple]:
        p = self.p
        hit = self.obligation_at(i)
        if hit is None:
            return None
        etype, trigger, subject = hit
        if p.dep[i] == "ccomp" and p.head[i] in self.requesting:
            return None  # the verb that says it is the request: "suggested that X should act" is one event
        claim = self.holder(trigger)
        if claim is None:
            return None  # the reporter's own "must": no one demands it
        recipients = [e for t in subject if p.words[t].lower() not in SELF_WORDS | {"it", "they", "people"}
                      for e in self.entities_at(t) if e.country or e.sector]
        reproach = etype == "ACCUSE" and p.lemma[trigger] not in self.lex.obligations.get("failures", ())
        if not reproach and (not recipients or any(r.name == claim.claimant.name or (
                r.country and r.country == getattr(claim.claimant, "country", None)) for r in recipients)):
            return None  # a demand (or a failing) names whom it is said of, and not the speaker's own side
        if etype == "ACCUSE":  # a reproach disapproves; a failing is alleged of someone (annotation guide)
            mode = "disapprove" if reproach else self.lex.obligations.get("failure_mode")
        else:  # what is asked sets the mode, and is not an event of its own ("Israel must stop the raids")
            sense = self.select_sense(i) if p.pos[i] == "VERB" else None
            mode = REQUEST_MODES.get(sense.get("type")) if sense else None
            if sense:
                self.asked.add(p.idx[i])
        return etype, mode, claim, [claim.claimant], recipients, (trigger, i), (p.sent[i], claim.id, etype, trigger)


def find_evaluations(p, article, mentions, by_token, places, dates, pub_date, lex, d, events, claims) -> tuple:
    """(events, claims) with the events speakers perform added, each listed by the claim it came
    from. A word already coded by the trigger lexicon ("condemned") is not coded twice."""
    if not (lex.evaluations or lex.obligations):
        return events, claims
    finder = EvaluationFinder(p, article, mentions, by_token, places, dates, pub_date, lex, d, claims=claims)
    events = [finder.own_future(finder.speaker_as_actor(ev)) for ev in events]
    found = finder.run(events)
    if finder.asked:  # "Israel must stop the raids": the stopping is asked for, not done
        gone = {ev.id for ev in events if ev.trigger.start in finder.asked}
        events = [ev for ev in events if ev.id not in gone]
        claims = [dataclasses.replace(c, event_ids=tuple(e for e in c.event_ids if e not in gone))
                  if gone & set(c.event_ids) else c for c in claims]
    taken = {ev.trigger.start for ev in events}
    found = [ev for ev in found if not any(ev.trigger.start <= t < ev.trigger.end for t in taken)]
    if not found:
        return events, claims
    by_claim: dict = {}
    for ev in found:
        if ev.claim_id:
            by_claim.setdefault(ev.claim_id, []).append(ev.id)
    claims = [dataclasses.replace(c, event_ids=c.event_ids + tuple(by_claim[c.id])) if c.id in by_claim else c
              for c in claims]
    events = sorted(list(events) + found, key=lambda ev: ev.trigger.start)
    return events, claims
