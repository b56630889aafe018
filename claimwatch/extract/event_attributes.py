"""How an event is presented and situated: the trigger's sense, mode, location, date and reality.

A mixin of EventFinder (extract/events.py), which supplies the parse, lexicon, places and dates."""
from typing import Optional

from ..records import DateValue, Place
from .places import LOCATIVE_PREPS

# Verbs whose infinitive complement is only asked for ("urged Russia to accept"): not an event that happened.
REQUEST_LEMMAS_TYPES = {"REQUEST"}
PERSON_OBJECT = "PERSON"  # in a sense's object list: any person or group the actor dictionary or NER found
# the type of what a REQUEST asks for -> the REQUEST's PLOVER mode
REQUEST_MODES = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AGREE": "meet",
                 "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist"}
MULTILATERAL_PARTIES = 3  # a meeting of this many countries (or one held by an IGO) is multilateral
NAMING_VERBS = {"call", "label", "brand", "term", "name", "dub"}  # "called X a Y" names X, it does not call Y
PARTICLES = {"down", "up", "back", "away", "out", "off", "over", "in", "aside"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}  # a sentence with one of these is no headline
# "a suspension of attacks", "a halt to the fighting", "a pause in strikes", "its withdrawal from ECOWAS"
OBJECT_OF_PREPS = {"of", "to", "in", "on", "from"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "must"}
FUTURE_AUX = {"will", "shall", "'ll"}
# nouns that name a kind of place ("the town of X")
PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "state", "county", "capital", "port",
               "island", "islands", "area", "municipality", "governorate", "prefecture"}
TIME_NOUNS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening",
              "afternoon", "night", "day", "weekend", "week", "month", "year", "occasion", "eve"}
OBJECT_CONTROL_VERBS = {"ask", "urge", "order", "instruct", "invite", "press", "encourage", "direct", "request", "implore",
                        "beg", "appeal", "tell", "advise", "warn", "pressure", "push"}
DESIGNATING_VERBS = {"designate", "declare", "list", "label", "classify", "brand", "recognize", "recognise", "blacklist"}
HOLDING_VERBS = {"have", "hold", "host", "attend", "join"}  # verbs whose object noun is the event ("held talks")
CAUSATIVE_VERBS = {"allow", "permit", "let"}
# acts named by nouns the lexicon does not code: the subject of a `party_subject` sense may not be one
EVENT_LIKE_NOUNS = {"move", "decision", "step", "response", "action", "policy", "case", "incident", "development"}
SUPPLYING_VERBS = {"provide", "supply", "equip", "furnish", "arm"}  # "provide X with Y": Y is what is given
ERGATIVE_VERBS = {"stop", "cease", "halt", "subside", "pause"}  # not "end": "after the war ended" is background
# "flights resumed", "gas exports to Egypt resumed": what resumes is the verb's subject when the subject
# names no event of its own ("talks resumed" is coded on "talks", "the war resumed" is no event)
RESUMING_VERBS = {"resume", "restart"}
# verbs whose subject can be the event itself ("talks resumed", "the war ended"): no headline passive
INTRANSITIVE_TOO = ERGATIVE_VERBS | {"resume", "begin", "start", "end", "continue", "close", "open", "break", "collapse",
                                     "stall", "fail", "escalate", "intensify", "spread", "erupt", "expire", "grow",
                                     "increase", "decrease", "drop", "rise", "fall", "move", "return", "change", "improve",
                                     "fire", "shoot", "explode", "burn", "clash", "march", "rally", "protest", "strike"}
# nouns that count or group what a verb acts on: the verb's object is what they count
QUANTITY_NOUNS = {"set", "round", "series", "package", "batch", "wave", "number", "host", "raft", "slew", "string",
                  "range", "list", "pair", "couple", "group", "dozen", "hundred", "thousand", "lot", "bunch",
                  "truckload", "shipload", "planeload", "boatload", "consignment", "tranche", "ton", "tonne",
                  "part", "portion", "share", "half", "most", "some", "all", "million", "billion",
                  "megawatt", "gigawatt", "barrel", "whole", "rest", "remainder", "brigade", "contingent", "squad",
                  "detachment"}  # "a brigade of 60 doctors": the doctors are sent
MISSION_NOUNS = {"embassy", "consulate", "mission", "legation"}  # a state's posts abroad
DOING_VERBS = {"launch", "carry", "conduct", "stage", "mount", "wage", "unleash"}  # "an attack carried out in X"
ARRIVAL_VERBS = {"arrive", "reach", "land", "enter", "cross", "dock"}
VEHICLE_NOUNS = {"truck", "lorry", "ship", "vessel", "boat", "plane", "aircraft", "flight", "convoy", "train", "barge",
                 "tanker", "helicopter", "airplane"}
CURRENCY_NOUNS = {"dollar", "euro", "pound", "yuan", "yen", "ruble", "rouble", "rupee", "franc", "riyal", "dirham",
                  "shilling", "naira", "rand", "peso", "real", "lira", "won", "hryvnia", "dinar"}
HUMAN_PRONOUNS = {"him", "her", "them", "us", "me", "he", "she", "they", "we", "i", "you"}
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "parataxis", "csubj", "conj"}
DEFINITE = {"the", "this", "that", "these", "those"}


CLAIMING_VERBS = {"claim", "report", "confirm", "announce", "allege"}
TIME_MARKS = {"since", "after", "when", "before", "until", "while", "once"}


def presupposed(p, i: int) -> bool:
    """An event noun with a definite article or an owner ("the arrest of Mhlanga", "Lai's detention")
    takes its event as known: said inside a claim it is still the outlet's (annotation guide)."""
    if p.dep[i] == "dobj" and p.lemma[p.head[i]] in CLAIMING_VERBS:
        return False  # "the military claimed the killing of 33 terrorists": the noun is what is claimed
    return p.pos[i] == "NOUN" and any(p.dep[k] == "poss" or (p.dep[k] == "det" and p.lemma[k] in DEFINITE)
                                      for k in p.children(i))


def backgrounded(p, i: int) -> bool:
    """An event told in a clause that describes or times another ("militants who attacked a hotel",
    "since authorities deported 40 others", "after the 40 were deported"): background the outlet
    gives as known, not what a claim reports (the dev gold's convention)."""
    j = i
    while p.dep[j] == "conj" and p.head[j] != j:
        j = p.head[j]
    if p.pos[j] not in ("VERB", "AUX"):
        return False
    if p.dep[j] == "relcl":
        return True
    return p.dep[j] == "advcl" and any(p.lemma[k] in TIME_MARKS and p.dep[k] == "mark" for k in p.children(j))


class EventAttributes:
    def dated(self, k: int) -> bool:
        """A preposition that only dates the act ("called Zelenskyy on Sunday evening"): no "call on"."""
        p = self.p
        objs = self.kids(k, "pobj")
        return p.dep[k] == "prep" and bool(objs) and all(
            p.lemma[o] in TIME_NOUNS or (p.ent_of[o] >= 0 and p.ents[p.ent_of[o]][2] in ("DATE", "TIME")) for o in objs)

    def select_sense(self, i: int) -> Optional[dict]:
        p = self.p
        table = self.lex.verbs if p.pos[i] in ("VERB", "AUX") else self.lex.nouns
        senses = table.get(p.lemma[i]) or self._again(p.lemma[i], table)
        if not senses:
            return None
        preps = {p.lemma[k] for k in self.kids(i, "prep", "prt", "agent", "dative") + self.object_as(i) if not self.dated(k)}
        if p.pos[i] == "NOUN" and p.dep[i] == "dobj" and p.lemma[p.head[i]] in HOLDING_VERBS:
            # "had lunch with the emir": the parser may hang "with" on the verb
            preps |= {p.lemma[k] for k in self.kids(p.head[i], "prep") if k > i and not self.dated(k)}
        if any(p.pos[k] != "ADP" for k in self.kids(i, "dative")) or len(self.kids(i, "dobj")) > 1:
            preps.add("to")  # "sent Ukraine tanks", "gave Kyiv weapons": a dative without its "to"
        # the small model often attaches particles as advmod ("stepped down", "pulled back")
        preps |= {p.lemma[k] for k in self.kids(i, "advmod") if p.lemma[k] in PARTICLES}
        # "pulled out of the agreement": the preposition after a particle is the verb's too
        preps |= {p.lemma[g] for g in self.particle_preps(i)}
        if self.given_to(i):
            preps.add("to")
        # "called for the charge to be dropped": the parser makes "for" the marker of the clause
        preps |= {p.lemma[k] for j in self.kids(i, "advcl", "ccomp", "xcomp") for k in self.kids(j, "mark")
                  if p.lemma[k] == "for" and k > i}
        self.sense_objects = []
        objs = {p.lemma[k]: k for k in self.kids(i, "dobj", "nsubjpass", "attr") + self.reduced_passive_patient(i)}
        if self.object_relative(i):  # "the tanks that Taiwan bought from the United States": the noun is bought
            objs.setdefault(p.lemma[p.head[i]], p.head[i])
        if self.ergative(i):  # "the fighting stopped": what stops is the verb's subject
            objs.update({p.lemma[k]: k for k in self.kids(i, "nsubj")})
        elif self.headline_passive(i):  # "Curfew lifted in Nairobi": a headline's passive without "was"
            objs.update({p.lemma[k]: k for k in self.kids(i, "nsubj")})
        # "launched a missile and drone attack": the parser makes the attack a second object
        objs.update({p.lemma[c]: c for k in self.kids(i, "dobj") for c in self.kids(k, "conj")
                     if p.pos[c] == "NOUN" and p.lemma[c] not in objs})
        objs.update({p.lemma[k]: k for k in self.free_relative_object(i) if p.lemma[k] not in objs})
        objs.update({h: k for k in list(objs.values()) for h in [self.one_word_form(k)] if h})  # "a cease-fire"
        if p.lemma[i] in SUPPLYING_VERBS:  # "provided Ukraine with tanks": the tanks are what is given
            objs.update({p.lemma[o]: o for q in self.kids(i, "prep") if p.lemma[q] == "with" for o in self.kids(q, "pobj")})
        if p.lemma[i] in CAUSATIVE_VERBS:  # "allowed aid trucks to enter Gaza": the trucks are what is allowed
            objs.update({p.lemma[k]: k for c in self.kids(i, "ccomp", "xcomp") for k in self.kids(c, "nsubj")})
        # "sent 50 trucks carrying food", "ships loaded with fuel": the load is what is sent; "a convoy
        # carrying flour entered Gaza": what arrives is the load of the vehicle that arrives
        movers = self.kids(i, "nsubj") if p.lemma[i] in ARRIVAL_VERBS else []
        movers += [v for k in movers for q in self.kids(k, "prep") if p.lemma[q] == "of"  # "a convoy of 40 trucks carrying"
                   for v in self.kids(q, "pobj")]
        self.carried = set()
        # "a Japanese disaster relief team arrived in Kathmandu": who arrives is what is sent
        objs.update({p.lemma[k]: k for k in movers if p.lemma[k] not in objs and p.lemma[k] not in VEHICLE_NOUNS})
        for k in list(objs.values()) + movers:
            if p.lemma[k] in VEHICLE_NOUNS:
                for a in self.kids(k, "acl"):
                    if p.lemma[a] in ("carry", "transport", "bring", "load"):
                        load = self.kids(a, "dobj") + [j for q in self.kids(a, "prep") if p.lemma[q] == "with"
                                                       for j in self.kids(q, "pobj")]
                        objs.update({p.lemma[j]: j for j in load})
                        if k in movers:  # the arrival is the trigger, not the vehicle's load before it
                            self.carried.update(p.subtree(k))
                if k in movers:  # "an aid convoy crossed into Gaza": the modifier says what it carries
                    load = [c for c in self.kids(k, "compound") if c < k]
                    objs.update({p.lemma[c]: c for c in load if p.lemma[c] not in objs})
                    if load:
                        self.carried.update(p.subtree(k))
        for k in list(objs.values()):  # "suspended a set of tariffs", "imposed a new round of sanctions"
            # "sent $50 million in aid", "canceled 200 million euros of debt"
            money = p.tag[k] in ("$", "CD") or p.pos[k] == "NUM" or p.lemma[k] in CURRENCY_NOUNS
            if p.lemma[k] in QUANTITY_NOUNS or money:
                for q in self.kids(k, "prep"):
                    if p.lemma[q] == "of" or (money and p.lemma[q] == "in"):
                        objs.update({p.lemma[j]: j for j in self.kids(q, "pobj")})
        for k in list(objs.values()):  # "transferred $40 million to the Palestinian Authority": a sum is money
            if p.tag[k] == "$" or any(p.tag[c] == "$" for c in p.children(k)) or p.lemma[k] in CURRENCY_NOUNS:
                objs.setdefault("money", k)
        # "asked the Security Council on Sunday to convene": the parser hangs the infinitive after a
        # phrase on the verb as an advcl; with an object before it, it is still what the object is asked
        has_xcomp = bool(self.kids(i, "xcomp")) or (p.lemma[i] in OBJECT_CONTROL_VERBS and bool(self.kids(i, "dobj")) and any(
            any(p.lemma[a] == "to" for a in self.kids(c, "aux")) and not self.kids(c, "mark") for c in self.kids(i, "advcl")))
        naming = p.lemma[i] in NAMING_VERBS and bool(self.kids(i, "oprd"))
        # npadvmod: "test-fired"; nmod: "a denial-of-service attack"
        mods = {p.lemma[k] for k in self.kids(i, "compound", "amod", "npadvmod", "nmod")}
        if p.pos[i] == "NOUN":  # "joint customs controls": the parser hangs "joint" on "customs"
            mods |= {p.lemma[m] for k in self.kids(i, "compound") for m in self.kids(k, "amod")}
        mods |= {p.lemma[k] for k in self.kids(i, "advmod") if p.lemma[k].endswith("ly")}  # "respond forcefully"
        for sense in senses:
            self.sense_objects = []  # the words of a sense that did not apply are no trigger phrase
            if not isinstance(sense, dict) or not sense.get("type"):
                continue
            if sense.get("prep") and sense["prep"] not in preps:
                continue
            if sense.get("passive_only") and not self.kids(i, "auxpass", "nsubjpass"):
                continue  # "the publisher is being held": a detention; "held the record" is none
            if sense.get("passive_ok") is False and self.kids(i, "auxpass", "nsubjpass"):
                continue  # "they were told to turn": no one is named asking
            if sense.get("prep_object"):
                named = self._prep_object(i, sense["prep"], sense["prep_object"])
                if not named:
                    continue  # "barred him from the country", not "barred women from visiting parks"
                self.consumed.update(named)  # "participated in the meeting": one event, not two
                self.sense_objects = named  # and its words are the trigger phrase ("went on strike")
            if sense.get("prep_party") and not self._prep_party(i, sense["prep"]):
                continue  # "sent missiles to Ukraine": to a state or body, not "to the border"
            if sense.get("prep_phrase_party") and not self._prep_phrase_party(i, sense["prep"]):
                continue  # "warned of Russian aggression": another party's conduct, not "warned of consequences"
            # advcl: a purpose ("gathered in Tbilisi to demand new elections")
            if sense.get("complement") and not self.complement_words(i) & set(sense["complement"]):
                continue  # "found him guilty": the adjective the verb gives its object
            if sense.get("clause_modal") and not self._clause_modal(i, sense["clause_modal"]):
                continue  # "suggested that Washington should use sanctions", not "suggested it was a mistake"
            if sense.get("clause_party") and not self._clause_party(i):
                continue  # "expects the Afghan government to act", not "expects prices to rise"
            if sense.get("no_clause") and self.kids(i, "ccomp"):
                continue  # "agreed that the danger has not passed": sharing a view, not an agreement
            if sense.get("particle") and sense["particle"] not in self.bare_particles(i):
                continue  # "gave in to pressure", not "gave the bandits 72 hours in the valley"
            if sense.get("modified_by") and not mods & set(sense["modified_by"]):
                continue  # "a military operation", not "the operations center"
            if sense.get("negated") and not self.kids(i, "neg"):
                continue  # "decided not to participate": the refusal is the event, only when negated
            if sense.get("described_by") and not {p.lemma[c] for c in self.kids(i, "acl")} & set(sense["described_by"]):
                continue  # "a strike called by the union", not an airstrike
            if sense.get("head") and (p.head[i] == i or p.lemma[p.head[i]] not in sense["head"]):
                continue  # "the ceasefire held": the noun names an act only under these heads
            # "The rebels handed over ...": the small model may hang the verb on its subject as a clause
            subjects = self.kids(i, "nsubj") or ([p.head[i]] if p.dep[i] == "acl" else [])
            if sense.get("subject") and not {p.lemma[k] for k in subjects} & set(sense["subject"]):
                continue  # "French troops left Chad": who leaves makes it a withdrawal, not "the minister left"
            shared = self.kids(p.head[i], "nsubj") if not subjects and p.dep[i] == "conj" else []  # "sends ... but raises"
            if sense.get("party_subject") and any(p.pos[k] in ("NOUN", "PROPN") and k not in self.by_token and (
                    p.lemma[k].lower() in self.lex.nouns or p.lemma[k].lower() in EVENT_LIKE_NOUNS) for k in subjects + shared):
                continue  # "the sanction raises questions": an act that raises them accuses no one
            if sense.get("future") and not {p.words[k].lower() for k in self.kids(i, "aux")} & (FUTURE_AUX | {"would"}):
                continue  # "Seoul will pay a horrible price": said of what is to come, not "Ukrainians paid a price"
            if sense.get("unless_head") and p.lemma[p.head[i]] in sense["unless_head"] and p.head[i] != i:
                continue  # "poses a threat to", "is a growing threat": a description, not a threat made
            if sense.get("unless") and (mods | preps) & set(sense["unless"]):
                continue  # "press release", "talking about his business": a word that rules the sense out
            if sense.get("object") and naming:
                continue  # "called the strike a war crime": naming the object, not calling one
            if sense.get("object"):
                hit = [objs[o] for o in sense["object"] if o in objs]
                if not hit and PERSON_OBJECT in sense["object"]:
                    hit = [k for k in objs.values() if self.names_person(k)]
                if hit and sense.get("object_modified_by"):  # "held joint exercises": cooperation, not a show of force
                    wanted = set(sense["object_modified_by"])
                    # "joint training exercises": the parser hangs "joint" on "training"
                    # (and "a wildcat general strike", the first word hung as an nmod)
                    hit = [k for k in hit if wanted & {p.lemma[m] for j in self.kids(k, "amod", "compound", "nmod")
                                                       for m in [j] + self.kids(j, "amod", "compound")}]
                if hit and sense.get("object_of"):  # "announced a suspension of attacks", not "of talks"
                    wanted = set(sense["object_of"])
                    of = {k: [o for q in self.kids(k, "prep") if p.lemma[q] in OBJECT_OF_PREPS
                              for o in self.kids(q, "pobj") if p.lemma[o] in wanted] for k in hit}
                    hit = [k for k in hit if of[k]]
                    self.consumed.update(o for k in hit for o in of[k])  # the attacks halted are no attack
                if not hit:
                    continue
                self.consumed.update(hit)
                self.sense_objects = hit  # "held talks", "imposed sanctions": the noun is part of the trigger
            if sense.get("xcomp") and not has_xcomp:
                continue
            if sense.get("complement"):  # "stopped targeting U.S. ships": the act stopped is no event of its own
                self.consumed.update(k for k in self.kids(i, "xcomp", "ccomp", "advcl") if p.lemma[k] in sense["complement"])
            return sense
        return None

    def free_relative_object(self, i: int) -> list:
        """"levied what he said was a nasty tariff", "imposed what it called countermeasures": the noun
        a free relative right after the verb names is what the verb acts on."""
        p = self.p
        what = next((k for k in range(i + 1, min(i + 3, len(p.words))) if p.lemma[k] == "what"), None)
        if what is None:
            return []
        top, steps = what, 0
        while p.head[top] != i and p.head[top] != top and steps < 4:
            top, steps = p.head[top], steps + 1
        if p.head[top] != i:
            return []
        return [k for k in p.subtree(top) if p.dep[k] in ("attr", "oprd") and p.pos[k] == "NOUN"][:1]

    def object_relative(self, i: int) -> bool:
        """A relative clause whose subject is named and whose object is the noun it describes ("the
        ceasefire that the Kremlin declared", "the inspectors Tehran allowed in", "the Uyghurs Thailand caught
        entering the country")."""
        p = self.p
        relative = ("who", "whom", "which", "that")
        noun = p.head[i]
        if p.dep[noun] in ("dobj", "dative") and p.lemma[p.head[noun]] in TELLING_HEADS:
            return False  # "told a cabinet meeting that he had met ...": what was told, not a relative clause
        return p.dep[i] == "relcl" and p.pos[p.head[i]] in ("NOUN", "PROPN") and bool(self.kids(i, "nsubj")) \
            and not [k for k in self.kids(i, "dobj", "ccomp", "xcomp") if p.lemma[k] not in relative
                     and not (p.dep[k] == "xcomp" and p.tag[k] == "VBG")] \
            and not any(p.lemma[k] in relative for k in self.kids(i, "nsubj")) \
            and not any(p.lemma[o] in relative for k in self.kids(i, "prep") for o in self.kids(k, "pobj"))  # "in which"

    def bare_particles(self, i: int) -> set:
        """Particles of a phrasal verb: "gave in", "caved in" (a preposition with no object of its own)."""
        p = self.p
        return {p.lemma[k] for k in self.kids(i, "prt", "advmod", "prep") if not self.kids(k, "pobj", "pcomp")}

    def complement_words(self, i: int) -> set:
        """What the verb says its object is or becomes ("found him guilty"); also a noun the parser hung
        on the object as an apposition ("designated the coalition a foreign terrorist organisation")."""
        p = self.p
        words = {p.lemma[k] for k in self.kids(i, "oprd", "acomp", "ccomp", "xcomp", "advcl")}
        for a in (a for o in self.kids(i, "dobj") for a in self.kids(o, "appos") if p.pos[a] == "NOUN"
                  and any(p.lemma[d] in ("a", "an") for d in self.kids(a, "det"))):
            words |= {p.lemma[a]} | {p.lemma[m] for m in self.kids(a, "amod", "compound")}
        return words

    def headline_passive(self, i: int) -> bool:
        """"Curfew lifted in Nairobi", "Sanctions eased on Belarus": a past form with a subject that is
        no actor and nothing after it to act on is a headline's passive; the subject is the patient.
        The sense still has to list the subject's word as an object."""
        p = self.p
        if p.tag[i] not in ("VBD", "VBN") or self.kids(i, "dobj", "ccomp", "xcomp", "aux", "auxpass") \
                or p.lemma[i] in INTRANSITIVE_TOO:
            return False
        subj = self.kids(i, "nsubj")
        return bool(subj) and p.pos[subj[0]] in ("NOUN", "PROPN") and subj[0] not in self.by_token \
            and p.ent_of[subj[0]] == -1 and not self.kids(subj[0], "det", "poss")

    def ergative(self, i: int) -> bool:
        """A verb of stopping or resuming used without an object ("the fighting stopped", "flights resumed")."""
        p = self.p
        if p.pos[i] != "VERB" or self.kids(i, "dobj", "xcomp", "ccomp"):
            return False
        if p.lemma[i] in RESUMING_VERBS:
            return any(p.pos[k] == "NOUN" and p.lemma[k] not in self.lex.nouns and p.lemma[k] not in self.lex.not_events
                       for k in self.kids(i, "nsubj"))
        return p.lemma[i] in ERGATIVE_VERBS

    def reduced_passive_patient(self, i: int) -> list:
        """The patient of a participle with no auxiliary in a sentence with no finite verb (a headline):
        the noun it follows ("dozens of captives released in Nairobi") or its subject ("Curfew lifted in
        Nairobi"). In a sentence with a finite verb such a participle describes ("areas abandoned by
        the army", "intelligence shared by the U.N. indicated ...") and stays no event."""
        p = self.p
        if p.tag[i] != "VBN" or self.kids(i, "aux", "auxpass", "dobj") or not self.headline_sentence(i):
            return []
        if self.noun_participle(i):
            return [p.head[i]]
        if p.dep[i] == "ROOT":
            return self.kids(i, "nsubj")
        return []

    def headline_sentence(self, i: int) -> bool:
        """The sentence of token i has no finite verb: a headline ("Sri Lanka to free 40 fishermen")."""
        p = self.p
        start, end = p.sents[p.sent[i]]
        return not any(p.tag[k] in FINITE_TAGS for k in range(start, end))

    def noun_participle(self, i: int) -> bool:
        """A past participle after its noun ("three journalists arrested in Kabul"): the noun is its patient."""
        p = self.p
        if p.dep[i] != "acl" or p.tag[i] != "VBN" or p.pos[p.head[i]] not in ("NOUN", "PROPN"):
            return False
        if p.missed_main_verb(i):  # "Russia's intelligence service alleged on Monday that ..."
            return False
        # "Africa Corps fighters, who ..., executed a dozen herders": a participle with an object of its
        # own after a comma is the main verb the parser missed, and the noun its doer
        return not (self.kids(i, "dobj") and any(p.words[k] == "," for k in range(p.head[i] + 1, i)))

    def one_word_form(self, k: int) -> Optional[str]:
        """The one word a hyphenated or two-word compound is also written as, when the lexicon knows
        that word ("cease-fire" is a ceasefire, "a cyber attack" a cyberattack), else None."""
        p = self.p
        if k >= 1 and p.head[k - 1] == k and p.dep[k - 1] == "compound" and p.words[k - 1].isalpha():
            joined = p.lemma[k - 1] + p.lemma[k]
            return joined if joined in self.lex.plain_words else None
        if k < 2 or p.words[k - 1] != "-" or p.head[k - 2] != k or p.end_char(k - 2) != p.idx[k - 1]:
            return None
        joined = p.lemma[k - 2] + p.lemma[k]
        return joined if joined in self.lex.plain_words else None

    @staticmethod
    def _again(lemma: str, table: dict):
        """"reimprisoned", "re-imposed", "redeployed": the senses of the verb done again."""
        base = lemma[3:] if lemma.startswith("re-") else lemma[2:] if lemma.startswith("re") else ""
        if len(base) < 4:
            return None
        # the tagger leaves unknown words half-lemmatized ("reimprisoned" -> "reimprisone")
        return table.get(base) or (table.get(base[:-1]) if base.endswith("e") and len(base) > 5 else None)

    def particle_preps(self, i: int) -> list:
        """Prepositions hung on the verb's particle ("pulled out of", "walked away from")."""
        p = self.p
        return [g for k in self.kids(i, "prep", "prt", "advmod") if p.lemma[k] in PARTICLES
                for g in self.kids(k, "prep")]

    def object_as(self, i: int) -> list:
        """"designated the cartel and five other groups as terrorist organisations": the parser hangs
        "as" on the (last) object; it is the verb's."""
        p = self.p
        if p.pos[i] != "VERB" or p.lemma[i] not in DESIGNATING_VERBS:
            return []  # "dismissed Putin's response as ...": a judgement, not a designation (dev)
        objs = self.kids(i, "dobj")
        objs += [c for o in objs for c in self.kids(o, "conj")]
        return [k for o in objs for k in self.kids(o, "prep") if p.lemma[k] == "as"]

    def _prep_object(self, i: int, prep: str, wanted) -> list:
        """The objects of the trigger's preposition `prep` whose lemma is wanted."""
        p = self.p
        objs = [o for k in self.kids(i, "prep", "agent") + self.particle_preps(i) + self.object_as(i) if p.lemma[k] == prep
                for o in self.kids(k, "pobj", "pcomp")]
        # "from all of the bloc's activities", "of 200 million euros of debt": seen through a quantity or a sum
        objs += [j for o in objs if p.lemma[o] in QUANTITY_NOUNS | CURRENCY_NOUNS or p.tag[o] in ("$", "CD")
                 for q in self.kids(o, "prep") if p.lemma[q] == "of" for j in self.kids(q, "pobj")]
        return [o for o in objs if p.lemma[o] in wanted or self.one_word_form(o) in wanted]

    def given_to(self, i: int) -> list:
        """"handed over 40 vehicles and a consignment of ammunition to the Somali army": the parser hangs
        "to" on the last thing given; its object, when a state or a body, is whom the verb gives to."""
        p = self.p
        things = self.kids(i, "dobj")
        things += [c for o in things for c in self.kids(o, "conj")]
        things += [j for o in things for q in self.kids(o, "prep") if p.lemma[q] == "of" for j in self.kids(q, "pobj")]
        return [j for o in things for q in self.kids(o, "prep") if p.lemma[q] == "to" for j in self.kids(q, "pobj")
                if j in self.by_token and self.by_token[j].entity.kind in ("country", "organization")]

    def _clause_modal(self, i: int, modals) -> bool:
        """The verb's that-clause has one of these modals ("suggested that Washington should act")."""
        p = self.p
        return any(p.words[a].lower() in modals for c in self.kids(i, "ccomp") for a in self.kids(c, "aux")
                   # "suggest Ankara could be learning": a guess about a state, not what someone should do
                   if not (p.lemma[c] in ("be", "have") or any(p.lemma[b] in ("be", "have") for b in self.kids(c, "aux")
                                                               if b > a)))

    def _clause_party(self, i: int) -> bool:
        """The verb's infinitive clause has a state or an organisation as its subject ("wants the
        United States to stop")."""
        p = self.p
        return any(any(p.lemma[a] == "to" for a in self.kids(c, "aux")) and
                   any(t in self.by_token and self.by_token[t].entity.kind in ("country", "organization")
                       for t in self.kids(c, "nsubj"))
                   for c in self.kids(i, "ccomp", "xcomp"))

    def _prep_party(self, i: int, prep: str) -> bool:
        """The trigger's preposition `prep` takes a country or an organisation ("to Ukraine")."""
        p = self.p
        objects = [o for k in self.kids(i, "prep", "dative") if p.lemma[k] == prep for o in self.kids(k, "pobj")]
        if prep == "to":  # "will send Ukraine 14 tanks": the dative itself (or the first of two objects)
            objects += [k for k in self.kids(i, "dative") if p.pos[k] != "ADP"]
            objects += self.kids(i, "dobj")[:-1]
            objects += self.given_to(i)
        return any(o in self.by_token and self.by_token[o].entity.kind in ("country", "organization") for o in objects)

    def _prep_phrase_party(self, i: int, prep: str) -> bool:
        """The object of the trigger's preposition `prep` is a state's or a body's doing ("of Russian
        aggression", "of North Korea-Russia military cooperation"), or that party itself."""
        p = self.p
        return any(e.kind in ("country", "organization") for k in self.kids(i, "prep") if p.lemma[k] == prep
                   for o in self.kids(k, "pobj") for e in self.entities_at(o))

    def names_person(self, k: int) -> bool:
        """The token is (the head of) a mention of a person or a group of people."""
        m = self.by_token.get(k)
        if m is not None:
            return m.entity.kind in ("person", "group")
        p = self.p
        if p.pos[k] == "PRON":  # "caught them", "deported him"
            return p.words[k].lower() in HUMAN_PRONOUNS
        if p.pos[k] == "NUM":  # "turned 40 of them over", "sent 109 back": a count of people
            return all(p.pos[j] in ("PRON", "NUM") or self.names_person(j)
                       for q in self.kids(k, "prep") if p.lemma[q] == "of" for j in self.kids(q, "pobj"))
        return False

    def mode_of(self, i: int, etype: str, sense: dict, actors: list, recipients: list) -> Optional[str]:
        table = self.lex.modes.get(etype) or {}
        p = self.p
        words = [p.lemma[i]]
        for k in p.children(i):
            if p.dep[k] in ("compound", "amod", "dobj", "nsubjpass", "npadvmod"):
                words.append(p.lemma[k])
                words += [p.lemma[j] for j in self.kids(k, "compound", "amod")]
            if p.dep[k] == "prep" and p.lemma[k] in ("with", "by", "using", "in", "during"):  # "killed in an airstrike"
                for j in self.kids(k, "pobj"):
                    words.append(p.lemma[j])
                    words += [p.lemma[x] for x in self.kids(j, "compound", "amod")]
        for w in words:
            if w in table:
                return table[w]
        if etype == "MOBILIZE" and any(e.kind == "weapon" for e in actors + recipients):
            return "weapons"
        if sense.get("mode"):
            return sense["mode"]
        if etype == "REQUEST":
            return self.request_mode(i)
        if etype == "REJECT":  # "refused to release them" REJECT/yield, "refused to attend" meet; "rejected the claim" none
            return self.mode_of_what("REJECT", [c for c in self.kids(i, "xcomp", "acl") if p.pos[c] == "VERB"])
        if etype == "CONSULT" and _multilateral(actors + recipients):
            return "multilateral"
        return None

    def request_mode(self, i: int) -> str:
        """What is asked for sets a REQUEST's mode (PLOVER): to give way (release, ceasefire, lifting
        sanctions) is `yield`, to meet or negotiate `meet`, help `assist`, anything else `change`."""
        p = self.p
        asked = self.kids(i, "xcomp", "ccomp", "dobj", "advcl")
        asked += [j for k in self.kids(i, "prep") if p.lemma[k] == "for" for j in self.kids(k, "pobj", "pcomp")]
        asked += [j for k in self.kids(i, "advcl", "ccomp", "xcomp") for j in self.kids(k, "nsubjpass", "dobj")]
        # the event noun of an asked-for verb speaks first ("to host new talks": the talks)
        asked = [k for j in asked for k in self.kids(j, "dobj") + [j]]
        return self.mode_of_what("REQUEST", asked) or "change"

    def mode_of_what(self, etype: str, tokens: list) -> Optional[str]:
        """The mode a request or a refusal takes from the first of `tokens` with a sense whose type
        the lexicon's `intent.head_modes` maps (what is asked or refused: RETREAT -> yield, ...)."""
        p = self.p
        modes = self.lex.head_modes.get(etype) or REQUEST_MODES
        for j in tokens:
            table = self.lex.verbs if p.pos[j] == "VERB" else self.lex.nouns
            for sense in table.get(p.lemma[j]) or ():
                if isinstance(sense, dict) and sense.get("type") in modes:
                    return modes[sense["type"]]
        return None

    def own_clause(self, i: int) -> list:
        """The trigger's subtree without relative clauses and appositions hanging off its arguments."""
        p = self.p
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            # "support for Palestinians injured in Jerusalem": a participle describing a noun has its own place
            stack.extend(k for k in p.children(j) if j == i or not (p.dep[k] in ("relcl", "appos", "advcl", "parataxis")
                                                                    or (p.dep[k] == "acl" and p.tag[k] == "VBN")))
        return sorted(out)

    def _locative(self, j: int) -> bool:
        """Is token j (in a place name) the object of a locative preposition ("inside Belarus"), or a
        name set beside one ("in Charlevoix, Quebec")? Not "from" after a noun ("ministers from
        Britain"): that is where someone comes from."""
        p = self.p
        h = p.head[j]
        if p.dep[j] in ("appos", "conj") and h != j and p.dep[h] in ("pobj", "compound"):
            j, h = h, p.head[h]
        if p.dep[j] == "compound" and p.dep[h] == "pobj":
            if "-" in (p.words[j - 1] if j else "", p.words[j + 1] if j + 1 < len(p.words) else ""):
                return False  # "in the Russia-Ukraine war" names its sides, not a place
            if p.lemma[h] in MISSION_NOUNS:
                return False  # "outside the U.S. embassy in Baghdad": whose embassy, not where
            j, h = h, p.head[h]
        # "in the Spanish cities of Seville and Ceuta", "in the town of Had Soualem"
        if p.dep[j] == "pobj" and p.lemma[h] == "of" and p.lemma[p.head[h]] in PLACE_NOUNS \
                and p.dep[p.head[h]] == "pobj":
            j = p.head[h]
            h = p.head[j]
        if p.dep[j] != "pobj" or p.lemma[h] not in LOCATIVE_PREPS:
            return False
        return not (p.lemma[h] == "from" and p.pos[p.head[h]] in ("NOUN", "PROPN", "PRON"))

    def location_of(self, i: int, used: set) -> Optional[Place]:
        p = self.p
        here = [self.place_at[j] for j in self.own_clause(i) if j in self.place_at and j not in used and self._locative(j)]
        if here:  # "at the Black Sea port of Novorossiysk": a place in a country before a sea or a region of none
            return next((pl for pl in here if pl.country), here[0])
        start, end = p.sents[p.sent[i]]
        best, best_dist = None, 10 ** 6
        for j in range(start, end):
            if j in self.place_at and j not in used:
                if self._locative(j) and not self._describes_other(j, i) and not self._where_said(j, i) \
                        and abs(j - i) < best_dist:
                    best, best_dist = self.place_at[j], abs(j - i)
        return best

    def _phrase_object(self, j: int) -> int:
        """The object of the preposition a place token sits in ("in" -> "the town of Moyale")."""
        p = self.p
        while p.dep[j] != "pobj" and p.head[j] != j:
            j = p.head[j]
        return j

    def _where_said(self, j: int, i: int) -> bool:
        """"..., Colonel Demsky told reporters in Castrel": the place of a verb of saying is where it
        was said, not where the event the words report happened (the saying itself keeps it)."""
        p = self.p
        verb = p.head[p.head[self._phrase_object(j)]]
        return verb != i and p.pos[verb] == "VERB" and p.lemma[verb] in self.lex.cue_verbs

    def _describes_other(self, j: int, i: int) -> bool:
        """A place phrase inside a clause that describes another noun ("the council based in Geneva",
        "the insurgency that has ravaged Balochistan"), at any depth on the way up to the event ("in
        support of Palestinians injured in confrontations ... in Jerusalem"), says where that thing
        is, not where the event at token i happened. A participle right above the place that is no
        past participle ("an airstrike targeting his hideout in Iraq") still describes the event's
        own noun. (Places attached to nouns directly, "the attack in Kharkiv", still count: on dev
        they were mostly right.)"""
        p = self.p
        first = head = p.head[p.head[self._phrase_object(j)]]
        steps = 0
        while head != i and steps < 8:
            if p.head[head] == i and p.lemma[head] in DOING_VERBS:
                break  # "an offensive launched by forces in Puntland": the clause says where the event was done
            if p.pos[head] == "VERB" and (p.dep[head] == "relcl" or (p.dep[head] == "acl" and (
                    p.tag[head] == "VBN" or head == first))):
                return True
            if p.head[head] == head:
                break
            head, steps = p.head[head], steps + 1
        return False

    def reality_of(self, i: int, refusal: bool = False) -> str:
        """refusal: the negation is the event itself ("not to participate" is a REJECT), not its denial."""
        p = self.p
        lex = self.lex
        if (self.kids(i, "neg") and not refusal) or (p.pos[i] == "NOUN" and any(p.lemma[k] == "no" for k in self.kids(i, "det"))):
            return "negated"
        if p.pos[i] == "NOUN" and any(p.lemma[k] == "any" for k in self.kids(i, "det")):
            return "hypothetical"  # "would respond to any attack": no attack has happened
        own_aux = {p.words[k].lower() for k in self.kids(i, "aux", "auxpass")}
        if p.pos[i] == "NOUN":
            if any(p.lemma[k] in POSSIBLE_WORDS for k in self.kids(i, "amod")):
                return "hypothetical"  # "the possible eviction of Palestinians"
            if p.dep[i] in ("nsubj", "nsubjpass") and p.head[i] != i:
                # "cooperation could resume", "talks will resume": the noun's verb says when
                own_aux |= {p.words[k].lower() for k in self.kids(p.head[i], "aux", "auxpass")}
        if own_aux & FUTURE_AUX:
            return "planned"  # "Lukashenko said the systems will be stationed": planned, whoever says so
        j, steps = i, 0
        while steps < 8:
            if any(p.lemma[k] in ("if", "unless") for k in self.kids(j, "mark")):
                return "hypothetical"
            if p.dep[j] == "advcl" and any(p.lemma[k] in FACT_MARKS for k in self.kids(j, "mark")):
                break  # "threatened tariffs after the EU levied one": what a threat answers has happened
            h = p.head[j]
            if h == j:
                break
            dep = p.dep[j]
            if dep not in CLAUSE_DEPS | {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "amod"}:
                break
            j = h
            steps += 1
            cue = self._cue(j)
            # "Berisha, who resigned in 2013, rejected the allegations": the speaker's own description
            # (reached through the subject) is not what is denied or reported
            if cue is not None and dep != "nsubj" and not presupposed(p, i) and not backgrounded(p, i):
                return "denied" if cue.get("stance") == "deny" else "attributed"
            if p.lemma[j] in lex.intent_verbs or p.lemma[j] in lex.intent_nouns:
                return "planned"
        if own_aux & HYPOTHETICAL_AUX:
            return "hypothetical"
        if p.dep[i] == "xcomp" and not self.kids(p.head[i], "dobj"):  # "Iran is set to", not "urged Iran to"
            if p.lemma[p.head[i]] in lex.planned_heads:
                return "planned"
            if p.lemma[p.head[i]] in lex.hypothetical_heads:
                return "hypothetical"
        if p.dep[i] == "xcomp" and self.governing_request(p.head[i]):
            return "hypothetical"  # asked for, not done
        start, end = p.sents[p.sent[i]]
        sent_text = p.text[p.idx[start]:p.end_char(end - 1)].lower()
        if "according to" in sent_text:
            return "attributed"
        return "asserted"

    def _cue(self, j: int) -> Optional[dict]:
        """The cue entry of a verb or noun of saying at token j ("said", "denial"), if it is one."""
        p = self.p
        table = self.lex.cue_verbs if p.pos[j] == "VERB" else self.lex.cue_nouns if p.pos[j] == "NOUN" else {}
        return (table[p.lemma[j]] or {}) if p.lemma[j] in table else None

    def governing_request(self, h: int) -> bool:
        sense = (self.lex.verbs if self.p.pos[h] == "VERB" else {}).get(self.p.lemma[h]) or []
        return any(isinstance(x, dict) and x.get("type") in REQUEST_LEMMAS_TYPES for x in sense)

    def date_of(self, i: int) -> DateValue:
        p = self.p
        start, end = p.sents[p.sent[i]]
        lo, hi = p.idx[start], p.end_char(end - 1)
        here = p.idx[i]
        best, best_dist = None, 10 ** 9
        for s, e, value in self.dates:
            if lo <= s < hi and abs(s - here) < best_dist:
                best, best_dist = value, abs(s - here)
        return best or self.pub_date


TELLING_HEADS = {"tell", "inform", "assure", "warn", "brief", "remind", "notify", "convince", "persuade"}
FACT_MARKS = {"after", "since", "because"}  # a clause they open states what happened
POSSIBLE_WORDS = {"possible", "potential", "likely", "probable", "prospective", "future", "eventual", "planned"}


def _multilateral(parties: list) -> bool:
    countries = {e.country for e in parties if e.country}
    return len(countries) >= MULTILATERAL_PARTIES or any(e.sector == "IGO" and e.kind != "person" for e in parties)
