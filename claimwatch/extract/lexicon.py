"""The PLOVER trigger lexicon and the attribution-cue lexicon, loaded from versioned YAML."""
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Optional

from ..errors import DataFileError
from ..resources import data_file, extra_files, read_yaml, version_tag

TRIGGER_FILE = "lexicons/plover_triggers.v1.yaml"
CUE_FILE = "lexicons/cues.v1.yaml"
CONFLICT_MATERIAL = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
COOPERATIVE = {"AID", "COOPERATE", "CONCEDE", "RETREAT", "AGREE", "CONSULT", "SUPPORT"}


def phrase_re(phrases) -> Optional[re.Pattern]:
    """One pattern for a list of phrases, longest first, on word boundaries (None for no phrases)."""
    phrases = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b")


@dataclass
class Lexicon:
    types: dict = field(default_factory=dict)
    verbs: dict = field(default_factory=dict)
    nouns: dict = field(default_factory=dict)
    intent_verbs: set = field(default_factory=set)
    intent_nouns: set = field(default_factory=set)
    intent_adjectives: set = field(default_factory=set)  # "ready to resume talks", "prepared to use force"
    planned_heads: set = field(default_factory=set)  # "is set to deploy": planned
    hypothetical_heads: set = field(default_factory=set)  # "is likely to reject": a prediction
    threat_words: set = field(default_factory=set)  # "threatened to end the protests": a threat, whatever follows
    prospect_nouns: set = field(default_factory=set)  # "raised the possibility of a ban": what is raised is intended
    prospect_verbs: set = field(default_factory=set)
    suppressing: set = field(default_factory=set)  # "refused to release them": the release did not happen
    intent_modes: dict = field(default_factory=dict)
    complement_modes: dict = field(default_factory=dict)  # complement type -> {its mode: THREATEN mode}
    complement_lemmas: dict = field(default_factory=dict)  # complement lemma -> THREATEN mode ("invade": territory)
    head_modes: dict = field(default_factory=dict)  # REQUEST/REJECT -> {what is asked or refused: mode}
    complement_types: dict = field(default_factory=dict)  # complement type -> type of a promise to do it
    promise_verbs: set = field(default_factory=set)
    promise_nouns: set = field(default_factory=set)
    modes: dict = field(default_factory=dict)  # type -> {lemma: mode}
    not_events: set = field(default_factory=set)
    natural_causes: set = field(default_factory=set)  # "a storm killed five": subjects that make no event
    evaluations: dict = field(default_factory=dict)  # type -> {"judged"|"felt": [words or phrases]}
    obligations: dict = field(default_factory=dict)  # type, past_type, modals, verbs
    cue_verbs: dict = field(default_factory=dict)
    cue_nouns: dict = field(default_factory=dict)
    cue_adjectives: dict = field(default_factory=dict)  # "are worried (that) ...", "is confident that ..."
    cue_phrases: dict = field(default_factory=dict)
    denial_words: set = field(default_factory=set)
    claim_anaphors: set = field(default_factory=set)
    hedges: dict = field(default_factory=dict)  # certainty -> phrases
    evidence: dict = field(default_factory=dict)  # kind -> phrases, and "material" -> {kind: nouns}
    versions: dict = field(default_factory=dict)

    def type_info(self, t: str) -> dict:
        return self.types.get(t) or {}

    # Derived once per lexicon, not per article: the lexicon does not change once loaded.
    @cached_property
    def requesting_verbs(self) -> frozenset:
        """Verbs with a REQUEST sense ("urge", "ask", "call for"): what they ask for has not happened."""
        # a sense that requests only with a clause of its own kind ("expects the government to act",
        # "suggested that X should") does not make every clause of the verb a request
        return frozenset(lemma for lemma, senses in self.verbs.items()
                         if any(isinstance(s, dict) and s.get("type") == "REQUEST"
                                and not (s.get("clause_party") or s.get("clause_modal")) for s in senses))

    @cached_property
    def clause_requesting_verbs(self) -> frozenset:
        """Verbs that request only with an infinitive ("told Iran to halt", "persuade X to"): without
        one their object is whom they address ("told the summit that ..."), nothing asked for."""
        return frozenset(lemma for lemma, senses in self.verbs.items() if senses and all(
            isinstance(s, dict) and s.get("type") == "REQUEST" and s.get("xcomp") for s in senses))

    @cached_property
    def target_subject_verbs(self) -> frozenset:
        """Verbs with a sense whose subject is its target (`subject_is_target`: "Seoul would pay a
        horrible price"): a THREATEN said in a claim is the claimant's."""
        return frozenset(lemma for lemma, senses in self.verbs.items()
                         if any(isinstance(s, dict) and s.get("subject_is_target") for s in senses))

    @cached_property
    def typing_modifiers(self) -> dict:
        """noun lemma -> the words a sense of it needs as modifier ("attempt": assassination, coup)."""
        return {lemma: frozenset(w for s in senses if isinstance(s, dict) for w in s.get("modified_by") or ())
                for lemma, senses in self.nouns.items()}

    @cached_property
    def hedge_patterns(self) -> dict:
        """certainty -> compiled pattern of its hedge phrases."""
        return {c: phrase_re(v) for c, v in self.hedges.items()}

    @cached_property
    def evidence_patterns(self) -> dict:
        """evidence kind (and "unattributed_material") -> compiled pattern of its phrases."""
        return {k: phrase_re(v) for k, v in self.evidence.items() if isinstance(v, list)}

    @cached_property
    def evidence_words(self) -> dict:
        """The word lists of the evidence source rules: material and source nouns (word -> kind),
        source verbs, the modifiers that rule a source out, confirming verbs."""
        ev = self.evidence
        return {"material": {w.lower(): kind for kind, words in (ev.get("material") or {}).items() for w in words},
                "source_nouns": {w.lower(): kind for kind, words in (ev.get("source_nouns") or {}).items() for w in words},
                "source_verbs": frozenset(ev.get("source_verbs") or ()),
                "source_unless": frozenset(ev.get("source_unless") or ()),
                "confirm_verbs": frozenset(ev.get("confirm_verbs") or ()),
                "witness_people": frozenset(w.lower() for w in ev.get("witness_people") or ())}

    @cached_property
    def evaluation_index(self) -> dict:
        """last word of an evaluative word or phrase -> [(type, kind, its words)]"""
        index: dict = {}
        for etype, kinds in self.evaluations.items():
            for kind, phrases in kinds.items():
                for phrase in phrases:
                    parts = tuple(phrase.split())
                    if parts:
                        index.setdefault(parts[-1], []).append((etype, kind, parts))
        return index

    @cached_property
    def headline_verbs(self) -> frozenset:
        """Verb lemmas that may be a headline's verb the parser took for a noun ("X and Y sign deal")."""
        return frozenset(self.verbs) | frozenset(self.cue_verbs)

    @cached_property
    def plain_words(self) -> frozenset:
        """Ordinary words the lexicons look for: trigger and cue lemmas, and the objects and
        modifiers their senses name (a Title Case headline shows them in lower case)."""
        words = set(self.verbs) | set(self.nouns) | set(self.cue_verbs) | set(self.cue_nouns) | set(self.cue_adjectives)
        # intention words ("Raises Possibility of Bans", "Vows to", "Ready to") that re-type what follows
        words |= self.intent_verbs | self.intent_nouns | self.intent_adjectives | self.prospect_nouns | self.prospect_verbs
        # and the instrument words that set a mode ("Hit by Cyber Attack", "Fire Tear Gas")
        words |= {w for by_word in self.modes.values() for w in by_word if w.islower() and " " not in w}
        for table in (self.verbs, self.nouns):
            for senses in table.values():
                for sense in senses:
                    if isinstance(sense, dict):
                        for key in ("object", "object_modified_by", "object_of", "modified_by", "unless", "subject"):
                            words.update(w for w in sense.get(key) or () if isinstance(w, str) and w.islower())
        return frozenset(words)


def _merge(lex: Lexicon, doc: dict, source: str) -> None:
    cue_keys = ("phrases", "evidence", "hedges", "denial_words", "claim_anaphors", "unattributed_material")
    if not any(k in doc for k in ("verbs", "nouns", "types", "intent", "modes", "evaluations", "obligations",
                                 "natural_causes") + cue_keys):
        return  # an actor or place file given as an extra: nothing for the lexicon
    lex.versions[version_tag(doc, source)] = True
    for t, info in (doc.get("types") or {}).items():
        lex.types.setdefault(t, info)
    is_cues = any(k in doc for k in cue_keys) or \
        any(isinstance(v, dict) and "stance" in v for v in (doc.get("verbs") or {}).values())
    if is_cues:
        for k, v in (doc.get("verbs") or {}).items():
            lex.cue_verbs.setdefault(k, v)
        for k, v in (doc.get("nouns") or {}).items():
            lex.cue_nouns.setdefault(k, v)
        for k, v in (doc.get("adjectives") or {}).items():
            lex.cue_adjectives.setdefault(k, v)
        for k, v in (doc.get("phrases") or {}).items():
            lex.cue_phrases.setdefault(k, v)
        lex.denial_words |= set(doc.get("denial_words") or ())
        lex.claim_anaphors |= set(doc.get("claim_anaphors") or ())
        lex.evidence.setdefault("unattributed_material", []).extend(doc.get("unattributed_material") or ())
        for k, v in (doc.get("hedges") or {}).items():
            lex.hedges.setdefault(k, []).extend(v or ())
        for k, v in (doc.get("evidence") or {}).items():
            if isinstance(v, dict):
                table = lex.evidence.setdefault(k, {})
                for kind, words in v.items():
                    table.setdefault(kind, []).extend(words or ())
            else:
                lex.evidence.setdefault(k, []).extend(v or ())
        return
    for k, senses in (doc.get("verbs") or {}).items():
        lex.verbs.setdefault(str(k).lower(), senses if isinstance(senses, list) else [senses])
    for k, senses in (doc.get("nouns") or {}).items():
        lex.nouns.setdefault(str(k).lower(), senses if isinstance(senses, list) else [senses])
    intent = doc.get("intent") or {}
    lex.intent_verbs |= set(intent.get("verbs") or ())
    lex.intent_nouns |= set(intent.get("nouns") or ())
    lex.intent_adjectives |= set(intent.get("adjectives") or ())
    lex.planned_heads |= set(intent.get("planned_heads") or ())
    lex.threat_words |= set(intent.get("threat_words") or ())
    lex.prospect_nouns |= set(intent.get("prospect_nouns") or ())
    lex.prospect_verbs |= set(intent.get("prospect_verbs") or ())
    lex.hypothetical_heads |= set(intent.get("hypothetical_heads") or ())
    lex.suppressing |= set(intent.get("suppress_complement_of") or ()) | set(intent.get("suppress_complement_of_nouns") or ())
    for k, v in (intent.get("intent_modes") or {}).items():
        lex.intent_modes.setdefault(k, v)
    for k, v in (intent.get("complement_modes") or {}).items():
        lex.complement_modes.setdefault(k, dict(v or {}))
    for k, v in (intent.get("complement_lemmas") or {}).items():
        lex.complement_lemmas.setdefault(str(k).lower(), v)
    for k, v in (intent.get("head_modes") or {}).items():
        lex.head_modes.setdefault(k, {}).update({t: m for t, m in (v or {}).items() if t not in lex.head_modes.get(k, {})})
    for k, v in (intent.get("complement_types") or {}).items():
        lex.complement_types.setdefault(k, v)
    lex.promise_verbs |= set(intent.get("promise_verbs") or ())
    lex.promise_nouns |= set(intent.get("promise_nouns") or ())
    for t, modes in (doc.get("modes") or {}).items():
        table = lex.modes.setdefault(t, {})
        for mode, words in (modes or {}).items():
            for w in words or ():
                for part in str(w).lower().split():
                    table.setdefault(part, mode)
    for t, kinds in (doc.get("evaluations") or {}).items():
        table = lex.evaluations.setdefault(t, {})
        for kind, words in (kinds or {}).items():
            table.setdefault(kind, []).extend(str(w).lower() for w in words or ())
    for k, v in (doc.get("obligations") or {}).items():
        if isinstance(v, list):  # word lists add up across files
            lex.obligations.setdefault(k, []).extend(str(w).lower() for w in v)
        else:
            lex.obligations.setdefault(k, v)
    lex.natural_causes |= set(doc.get("natural_causes") or ())
    for item in doc.get("not_events") or ():
        lex.not_events.add(item if isinstance(item, str) else item.get("lemma", ""))


def _check_senses(lex: Lexicon, doc: dict, path: str) -> None:
    """A trigger sense names a PLOVER type and, if any, one of that type's modes (the codebook's
    `valid_modes` in the types table): a typo in a user's file is an error that names it, not an
    event type no one can query."""
    if any(isinstance(v, dict) and "stance" in v for v in (doc.get("verbs") or {}).values()):
        return  # a cue file: its verbs are attribution cues, not triggers
    for table in ("verbs", "nouns"):
        for lemma, senses in (doc.get(table) or {}).items():
            for sense in senses if isinstance(senses, list) else [senses]:
                if not isinstance(sense, dict) or not sense.get("type"):
                    continue
                etype, mode = sense["type"], sense.get("mode")
                if etype not in lex.types:
                    raise DataFileError(f"{path}: {table[:-1]} '{lemma}' names type '{etype}', which is not a "
                                        f"PLOVER type (one of {', '.join(sorted(lex.types))})")
                modes = lex.types[etype].get("valid_modes")
                if mode and modes is not None and mode not in modes:
                    raise DataFileError(f"{path}: {table[:-1]} '{lemma}' gives {etype} the mode '{mode}', which is "
                                        f"not one of its modes ({', '.join(modes) or 'it has none'})")


@lru_cache(maxsize=4)
def load_lexicon(extra: tuple = ()) -> Lexicon:
    lex = Lexicon()
    docs = []
    for path in list(extra_files(extra)) + [str(data_file(TRIGGER_FILE)), str(data_file(CUE_FILE))]:
        try:
            doc = read_yaml(path)
        except FileNotFoundError:
            continue
        _merge(lex, doc, path)
        docs.append((doc, path))
    for doc, path in docs:  # after all files: the types table comes with the packaged lexicon
        _check_senses(lex, doc, path)
    return lex
