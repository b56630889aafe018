"""Claims: who says what. Attribution cues (verbs, "according to", "X's claim that"), the
claimant, the content span, stance and certainty, and the evidence that bears on each claim.
Events inside a claim's content are linked to it and marked attributed (or denied)."""
import dataclasses
import hashlib
from typing import Optional

from ..nlp import Parse
from ..records import Claim, Entity, Span
from .event_attributes import backgrounded, presupposed
from .evidence import EvidenceFinder
from .lexicon import Lexicon
from .places import PLACE_LABELS

CLAUSE_ONLY = {"say", "tell", "add", "note", "warn", "believe", "think", "argue", "insist", "explain", "write",
               "post", "suggest", "predict", "fear", "estimate", "maintain", "assert", "state", "declare",
               "announce", "report", "recall", "recount", "testify", "indicate", "ask", "question", "doubt", "rule", "point",
               "vow", "pledge", "promise", "charge", "speculate", "reveal", "disclose", "complain", "assure",
               "caution", "hint", "imply", "put"}
REFUSING_VERBS = {"decline", "refuse"}  # "declined to say whether": no claim
TERRITORY_WORDS = {"territory", "land", "sea", "island", "water", "region", "area", "sovereignty", "ownership", "shoal",
                   "reef", "atoll", "province", "enclave", "peninsula"}
# what a figure said before is, in an apposition a second source disputes ("a figure the union disputed")
FIGURE_WORDS = {"figure", "number", "estimate", "tally", "toll", "count"}
GERUND_CUES = {"report", "recall", "recount", "admit", "deny", "acknowledge", "describe"}  # a gerund is their clause
VOICING_VERBS = {"raise", "voice", "express", "make", "issue", "level"}
GOING_ON_VERBS = {"continue", "go", "proceed", "use", "take", "rush", "hasten"}  # "continued to insist that ..."
AS_ONLY = {"describe", "call", "characterize", "characterise", "identify"}
OPEN_QUOTES, CLOSE_QUOTES = ("\u201c", '"'), ("\u201d", '"')  # "described the story as fabricated", "called it a provocation"
CERTAINTY_ORDER = ("certain", "probable", "possible", "conditional")


def claim_id(article_id: str, start: int) -> str:
    return hashlib.sha1(f"{article_id}|claim|{start}".encode()).hexdigest()[:16]


# what "according to" can follow without anyone saying anything ("according to schedule")
NOT_SOURCES = {"schedule", "plan", "law", "rule", "tradition", "custom", "protocol", "procedure", "constitution",
               "timetable", "script", "design", "expectation", "need", "practice", "regulation"}


class ClaimFinder(EvidenceFinder):
    def __init__(self, p: Parse, article, mentions, by_token, events, lex: Lexicon, describe=None):
        self.describe = describe  # tokens -> (country, sector) for phrases naming no known actor
        self.p, self.article, self.mentions, self.by_token, self.events, self.lex = p, article, mentions, by_token, events, lex
        self.hedge_res = [(c, lex.hedge_patterns.get(c)) for c in ("conditional", "possible", "probable")]
        self.evidence_setup(lex)

    # ---- helpers ----------------------------------------------------------------------------
    def kids(self, i, *deps):
        return [k for k in self.p.children(i) if self.p.dep[k] in deps]

    def span(self, tokens) -> Span:
        p = self.p
        lo, hi = min(tokens), max(tokens)
        return Span(p.text[p.idx[lo]:p.end_char(hi)], p.idx[lo], p.end_char(hi))

    def sentence_span(self, i) -> Span:
        s, e = self.p.sents[self.p.sent[i]]
        return self.span(range(s, e))

    def entity_for(self, tokens) -> Optional[Entity]:
        """The actor a phrase stands for: the mention at its head, else the first mention inside it."""
        tokens = list(tokens)
        if not tokens:
            return None
        head = min(tokens, key=lambda t: (self.p.head[t] in tokens and self.p.head[t] != t, t))
        m = self.by_token.get(head)
        if m is not None:
            return m.entity
        for t in tokens:
            m = self.by_token.get(t)
            if m is not None:
                return m.entity
        return None

    def claimant(self, tokens) -> Entity:
        ent = self.entity_for(tokens)
        if ent is not None:
            return ent
        sp = self.span(tokens)  # kept with its own words when nothing resolves: never dropped
        country, sector = self.describe(tokens) if self.describe else (None, None)
        return Entity(sp.text, sp.text, country, sector, "group" if self.p.tag[max(tokens)] in ("NNS", "NNPS") else "other", sp)

    def certainty(self, base: str, content: Span) -> str:
        text = content.text.lower()
        best = base
        for level, rx in self.hedge_res:
            if rx is not None and rx.search(text):
                if CERTAINTY_ORDER.index(level) > CERTAINTY_ORDER.index(best):
                    best = level
        return best

    def outer_cue(self, i) -> Optional[int]:
        """The cue verb a second cue verb really coordinates with, when the parser hung it inside the
        first one's clause: "The minister said the talks had failed and added that ..." ("added" as a
        conjunct of "failed"), "said the strike killed 12, calling it a war crime". None otherwise."""
        p = self.p
        if p.pos[i] != "VERB" or p.lemma[i] not in self.lex.cue_verbs or self.kids(i, "nsubj", "nsubjpass"):
            return None
        h = p.head[i]
        if h == i or p.dep[h] != "ccomp" or p.head[h] == h:
            return None
        c = p.head[h]
        if p.pos[c] != "VERB" or p.lemma[c] not in self.lex.cue_verbs:
            return None
        if p.dep[i] == "conj" and p.tag[i] == p.tag[c]:  # the same tense as the first cue: "said ... and added"
            return c
        if p.dep[i] == "advcl" and p.tag[i] == "VBG" and min(p.subtree(i)) > h:  # "..., calling it a war crime"
            return c
        return None

    def territory(self, o: int) -> bool:
        """A place or a piece of territory, also through a quantity ("all of the South China Sea")."""
        p = self.p
        heads = [o] + [j for q in self.kids(o, "prep") if p.lemma[q] == "of" for j in self.kids(q, "pobj")]
        return any(p.lemma[h] in TERRITORY_WORDS or (p.ent_of[h] >= 0 and p.ents[p.ent_of[h]][2] in PLACE_LABELS)
                   for h in heads)

    def subject_tokens(self, i, depth=0):
        subj = self.kids(i, "nsubj")
        if subj:
            return self.p.subtree(subj[0])
        outer = self.outer_cue(i) if depth == 0 else None
        if outer is not None:
            return self.subject_tokens(outer, depth + 1)
        agent = [j for k in self.kids(i, "agent") for j in self.kids(k, "pobj")]
        if agent:
            return self.p.subtree(agent[0])
        if depth < 3 and self.p.dep[i] in ("conj", "advcl", "xcomp") and self.p.head[i] != i:
            return self.subject_tokens(self.p.head[i], depth + 1)  # "warned ..., saying": the warner says
        h = self.p.head[i]
        if self.p.missed_main_verb(i):  # the subject is the noun the parser hung the verb on
            return [t for t in self.p.subtree(h) if t < i]
        if depth == 0 and self.p.dep[i] == "ccomp" and self.name_part(h):
            # "Sayed Abdul Wajeed Sadat, the Ghazni provincial head ..., told VOA": the name the parser
            # made a verb, and its subject, are the speaker
            return [h] + [t for k in self.kids(h, "nsubj") for t in self.p.subtree(k)]
        if depth == 0 and self.p.dep[i] == "pcomp" and self.p.lemma[h] == "as":
            said_by = self.kids(self.p.head[h], "nsubjpass", "dobj")  # "he was quoted as saying", "cited officials as saying"
            if said_by:
                return self.p.subtree(said_by[0])
        if depth <= 1 and i > 0 and self.p.pos[i] == "VERB":  # also for a second cue joined to this one
            # "In an interview with Al Jazeera, Sudan's army chief said ...": the parser hangs the speaker
            # on the phrase before it as an apposition; the phrase ending just before the verb speaks
            k = i - 1
            while self.p.dep[k] != "appos" and self.p.head[k] != k and self.p.head[k] < i:
                k = self.p.head[k]
            if self.p.dep[k] == "appos" and self.p.head[k] < k and max(self.p.subtree(k)) == i - 1:
                return self.p.subtree(k)
        return []

    # ---- claims -----------------------------------------------------------------------------
    def verb_claim(self, i) -> Optional[dict]:
        p, lex = self.p, self.lex
        if p.dep[i] == "xcomp" and p.lemma[p.head[i]] in REFUSING_VERBS:
            return None  # "declined to say whether ...": nothing is said
        if p.dep[i] in ("xcomp", "advcl", "acl", "ccomp") and any(p.lemma[k] == "to" for k in self.kids(i, "aux")) \
                and p.lemma[p.head[i]] not in GOING_ON_VERBS:
            return None  # "has yet to find any traces", "important to emphasize": speech meant, not made
        if any(p.lemma[k] == "as" and any(p.lemma[c] in lex.cue_verbs for c in self.kids(k, "pcomp"))
               for k in self.kids(i, "prep")):
            return None  # "cited officials as saying ...": the officials' claim, found at "saying"
        cue_info = lex.cue_verbs.get(p.lemma[i])
        clause = self.kids(i, "ccomp", "xcomp" if p.lemma[i] in ("appear", "seem") else "ccomp")
        if not clause and p.lemma[i] in GERUND_CUES:  # "witnesses reported hearing explosions", "admitted taking"
            clause = [k for k in self.kids(i, "xcomp") if p.tag[k] == "VBG"]
        if not clause:  # "claimed without evidence that ...": the parser hangs the clause on the noun
            clause = [k for q in self.kids(i, "prep") for o in self.kids(q, "pobj") for k in self.kids(o, "acl", "ccomp")
                      if any(p.lemma[m] == "that" for m in self.kids(k, "mark"))]
        obj = self.kids(i, "dobj")
        as_part = [k for k in self.kids(i, "prep", "oprd") if p.lemma[k] == "as" or p.dep[k] == "oprd"]
        as_part += [k for k in self.kids(i, "advcl") if any(p.lemma[m] == "as" for m in self.kids(k, "mark"))]
        of_part = [k for k in self.kids(i, "prep") if p.lemma[k] in ("of", "for")]
        lemma = p.lemma[i]
        quote = None
        if lemma in AS_ONLY:
            as_part += self.kids(i, "ccomp", "xcomp", "acomp") if obj else []
            if len(obj) >= 2 and not as_part:  # 'calling it "fake news"': the parser makes both objects
                obj, as_part = obj[:1], obj[1:]
            named = self.kids(i, "oprd")
            if not obj and len(named) >= 2:  # "called Pakistan's assertions baseless": the parser makes both oprd
                obj, as_part = named[:1], named[1:]
            elif not obj and len(named) == 1 and any(p.dep[k] in ("det", "poss", "amod", "compound") and k < named[0]
                                                     and p.pos[k] != "ADV" for k in p.children(named[0])):
                obj, as_part = [], named  # "called the ruling arbitrary": "the ruling" hung on the adjective
            if not as_part or not (obj or named):
                return None
            content_roots = obj + as_part
        elif lemma in CLAUSE_ONLY:
            content_roots = clause
        else:
            if lemma == "claim" and not clause and any(self.territory(o) for o in obj):
                return None  # "China claims nearly all of the South China Sea": a territorial claim (guide)
            content_roots = clause or obj + of_part
        if not content_roots and p.dep[i] == "relcl" and p.lemma[p.head[i]] in lex.claim_anaphors | FIGURE_WORDS:
            content_roots = [p.head[i]]  # "a charge New Delhi rejected": the charge is what is rejected
            obj = [p.head[i]]
        if not content_roots and self.kids(i, "agent"):  # "the allegations were rejected by the commission"
            content_roots = [k for k in self.kids(i, "nsubjpass") if p.lemma[k] in lex.claim_anaphors]
            obj = obj or content_roots
        aside = None
        as_aside = p.dep[i] == "advcl" and any(p.lemma[m] == "as" for m in self.kids(i, "mark")) and (
            lemma != "put" or any(p.lemma[o] == "it" for o in obj))  # "as Trump put it, ..."
        if not content_roots and (p.dep[i] == "parataxis" or as_aside) and p.pos[p.head[i]] in ("VERB", "AUX") \
                and lemma not in AS_ONLY and (as_aside or min(p.subtree(p.head[i])) < min(p.subtree(i))) \
                and self.quote_before(i) is None:  # '"..., but just get a sense of it," Rubio said': the quote
            aside = i  # "The plan, the spokesman said, will be announced": the clause around the aside
            content_roots = [p.head[i]]
        if not content_roots:
            quote = self.quote_before(i)  # "“…,” X said." with the quote in earlier sentences
            if quote is None:
                return None
        subj = self.subject_tokens(i)
        if not subj:
            return None
        content_tokens = set(range(*quote)) if quote else set()
        for r in content_roots:
            content_tokens |= set(p.subtree(r))
            for t in p.subtree(r):  # "said the talks had failed and added that ...": the second cue is not content
                if t != r and self.outer_cue(t) == i:
                    content_tokens -= set(p.subtree(t))
                    content_tokens -= {k for k in self.kids(p.head[t], "cc", "punct") if t - 2 <= k < t}
            if r in as_part:  # "described it as fabricated and urged ...": the second verb is not content
                for c in self.kids(r, "conj", "cc"):
                    content_tokens -= set(p.subtree(c))
        if aside is not None:
            content_tokens -= set(p.subtree(aside))
            content_tokens = {t for t in content_tokens if p.pos[t] != "PUNCT" or t > max(p.subtree(aside))}
        content_tokens = sorted(content_tokens)
        if len(content_tokens) < 2:
            return None
        stance = cue_info.get("stance", "assert")
        if lemma in AS_ONLY and any(p.lemma[t] in lex.denial_words or p.words[t].lower() in lex.denial_words
                                    for r in as_part for t in p.subtree(r)):
            stance = "deny"
        if self.kids(i, "neg"):
            stance = "deny" if stance == "assert" and lemma in ("confirm",) else "question" if stance == "assert" else "assert"
        cue_tokens = [k for k in self.kids(i, "aux", "auxpass") if k < i and i - k <= 3] + [i]
        cue_tokens += [k for k in self.kids(i, "prt") if k == i + 1]  # "pointed out"
        if p.dep[i] == "pcomp" and p.lemma[p.head[i]] == "as" and self.kids(p.head[p.head[i]], "nsubjpass"):
            cue_tokens += [p.head[p.head[i]], p.head[i]]  # "was quoted as saying"
        anaphor = None
        if obj and p.lemma[obj[0]] in lex.claim_anaphors and not clause and not of_part:
            anaphor = obj[0]
        return {"claimant": self.claimant(subj), "cue": self.span(cue_tokens), "content": self.span(content_tokens),
                "stance": stance, "certainty": cue_info.get("certainty", "certain"), "anaphor": anaphor, "at": i}

    def quote_before(self, i) -> Optional[tuple]:
        """(first, end) tokens of a quotation that closes just before the cue's clause and opens up to
        three sentences earlier: the content of '"...," the minister said.'"""
        p = self.p
        s0 = p.sents[p.sent[i]][0]
        j = i - 1
        while j >= s0 and p.words[j] not in CLOSE_QUOTES:
            if p.pos[j] == "VERB" and p.lemma[j] != p.lemma[i]:
                return None  # another clause sits between the quote and the cue
            j -= 1
        if j < s0:
            if s0 == 0 or p.words[s0 - 1] not in CLOSE_QUOTES and not (s0 > 1 and p.words[s0 - 2] in CLOSE_QUOTES):
                return None
            j = s0 - 1 if p.words[s0 - 1] in CLOSE_QUOTES else s0 - 2
        close = j
        lo = p.sents[max(0, p.sent[close] - 3)][0]
        k = close - 1
        while k >= lo and p.words[k] not in OPEN_QUOTES:
            k -= 1
        if k < lo or close - k < 3:
            return None
        return (k + 1, close)

    def noun_claim(self, i) -> Optional[dict]:
        """"Russia's claim that it has deployed ...": a claim noun with an owner and a clause."""
        p, lex = self.p, self.lex
        info = lex.cue_nouns.get(p.lemma[i])
        owner = self.kids(i, "poss") or [j for k in self.kids(i, "prep") if p.lemma[k] == "by" for j in self.kids(k, "pobj")]
        cue = [i]
        if not owner and p.dep[i] == "dobj" and p.lemma[p.head[i]] in VOICING_VERBS \
                and p.lemma[p.head[i]] not in lex.cue_verbs:  # "reiterated the claim" is the verb's own claim
            owner = self.kids(p.head[i], "nsubj")  # "lawmakers raised concerns that ...": the cue is the phrase
            cue = [p.head[i], i]
        clause = [k for k in self.kids(i, "acl", "ccomp", "relcl") if any(p.lemma[m] == "that" for m in self.kids(k, "mark"))
                  or p.dep[k] in ("acl", "ccomp")]
        if not owner or not clause:
            return None
        content = sorted({t for r in clause for t in p.subtree(r)})
        return {"claimant": self.claimant(p.subtree(owner[0])), "cue": self.span(cue), "content": self.span(content),
                "stance": info.get("stance", "assert"), "certainty": info.get("certainty", "probable"), "anaphor": None,
                "at": i}

    def adjective_claim(self, i) -> Optional[dict]:
        """"European leaders are worried Russia may not stop at Ukraine": a view held, with its clause;
        the copula's subject holds it."""
        p = self.p
        info = self.lex.cue_adjectives.get(p.words[i].lower())
        clause = self.kids(i, "ccomp")
        owner = self.kids(p.head[i], "nsubj")
        if not clause or not owner or p.words[owner[0]].lower() in ("it", "this", "that"):
            return None  # "it is certain that ...": no one holds it
        content = sorted({t for r in clause for t in p.subtree(r)})
        if len(content) < 2:
            return None
        return {"claimant": self.claimant(p.subtree(owner[0])), "cue": self.span([p.head[i], i]),
                "content": self.span(content), "stance": info.get("stance", "assert"),
                "certainty": info.get("certainty", "possible"), "anaphor": None, "at": i}

    def according_claim(self, i) -> Optional[dict]:
        p = self.p
        to = [k for k in p.children(i) if p.lemma[k] == "to"]
        if not to:
            return None
        who = self.kids(to[0], "pobj")
        if not who or p.lemma[who[0]] in NOT_SOURCES:
            return None  # "proceeded according to schedule", "according to the law": no one says anything
        phrase = sorted(set(p.subtree(i)))
        s, e = p.sents[p.sent[i]]
        rest = [t for t in range(s, e) if t not in phrase]
        while rest and p.pos[rest[0]] == "PUNCT":  # the comma after "According to X,"
            rest.pop(0)
        if not rest:
            return None
        info = self.lex.cue_phrases.get("according to", {})
        return {"claimant": self.claimant(p.subtree(who[0])), "cue": self.span([i, to[0]]), "content": self.span(rest),
                "stance": info.get("stance", "assert"), "certainty": info.get("certainty", "certain"), "anaphor": None,
                "at": i}

    def quote_claims(self, raw: list) -> list:
        """Quotes without a cue verb: '"...." — the minister' (the speaker after a dash), and a quote
        sentence that goes on from the previous sentence's speaker."""
        p = self.p
        claimed = {p.sent[c["at"]]: c for c in raw}
        out, inside = [], set()
        for n, (s, e) in enumerate(p.sents):
            if n in claimed or n in inside:
                continue
            first = next((t for t in range(s, e) if p.pos[t] != "SPACE"), None)
            if first is None or p.words[first] not in OPEN_QUOTES:
                continue
            close = next((t for t in range(e - 1, first, -1) if p.words[t] in CLOSE_QUOTES), None)
            m = n
            while close is None and m + 1 < len(p.sents) and m - n < 3:  # a quote running over sentences
                m += 1
                inside.add(m)
                s2, e = p.sents[m]
                close = next((t for t in range(s2, e) if p.words[t] in CLOSE_QUOTES), None)
            if m in claimed:
                continue  # '"... more." she said': the cue sentence already holds it
            dash = next((t for t in range(close + 1, e) if p.words[t] in ("—", "–", "-", "--")), None) if close else None
            after = [self.by_token[t] for t in range(dash + 1, e) if t in self.by_token] if dash else []
            speaker = next((m for m in after if m.entity.kind == "person"), after[0] if after else None)
            body = [t for t in range(first + 1, (close or e)) if p.pos[t] != "SPACE"]
            if len(body) < 3:
                continue
            if speaker is not None:
                claim = {"claimant": speaker.entity, "cue": self.span([dash]), "at": first}
            else:
                prev = claimed.get(n - 1) or next((c for c in out if p.sent[c["at"]] == n - 1), None)
                if prev is None or isinstance(prev["claimant"], dict):
                    continue
                claim = {"claimant": prev["claimant"], "cue": self.span([first]), "at": first}
            claim.update(content=self.span(body), stance="assert", certainty="certain", anaphor=None)
            out.append(claim)
        return out

    def outlet_claims(self, claims: list) -> list:
        """The outlet's own hedged statements ("If the deployment is real", "what appeared to be"),
        where the hedge is not inside what a source is said to claim."""
        p = self.p
        out = []
        for n, (s, e) in enumerate(p.sents):
            if e - s < 4:
                continue
            sp = self.span(range(s, e))
            low = sp.text.lower()
            for level, rx in self.hedge_res:
                m = rx.search(low) if rx is not None else None
                if m and any(c["content"].start <= sp.start + m.start() < c["content"].end
                             or c["cue"].start <= sp.start + m.start() < c["cue"].end for c in claims):
                    continue  # the source's own hedge: it sets that claim's certainty
                if m and level in ("conditional", "possible"):
                    cue = Span(sp.text[m.start():m.end()], sp.start + m.start(), sp.start + m.end())
                    out.append({"claimant": {"outlet": self.article.outlet or "the outlet"}, "cue": cue, "content": sp,
                                "stance": "assert", "certainty": level, "anaphor": None, "at": s})
                    break
        return out

    def name_part(self, i: int) -> bool:
        """"Sayed Abdul Wajeed Sadat, ... told VOA": a capitalized word that opens a run of names is a
        given name the parser took for a verb, not a cue."""
        p = self.p
        opens = i == 0 or p.sent[i - 1] != p.sent[i]
        return p.words[i][:1].isupper() and (opens or p.pos[i - 1] == "PUNCT") and i + 1 < len(p.words) \
            and p.pos[i + 1] == "PROPN" and p.words[i].lower() not in ("said", "says", "say", "told", "tells")

    # ---- the pass ---------------------------------------------------------------------------
    def run(self) -> tuple:
        p, lex = self.p, self.lex
        raw = []
        for i, lemma in enumerate(p.lemma):
            c = None
            if p.pos[i] == "VERB" and lemma in lex.cue_verbs and not self.name_part(i):
                c = self.verb_claim(i)
            elif p.pos[i] == "NOUN" and lemma in lex.cue_nouns:
                c = self.noun_claim(i)
            elif p.pos[i] == "ADJ" and p.words[i].lower() in lex.cue_adjectives and p.dep[i] == "acomp":
                c = self.adjective_claim(i)
            elif p.words[i].lower() == "according":
                c = self.according_claim(i)
            if c:
                raw.append(c)
        raw += self.quote_claims(raw)
        raw += self.outlet_claims(raw)
        raw.sort(key=lambda c: c["cue"].start)
        for c in raw:
            c["id"] = claim_id(self.article.content_hash or self.article.id, c["cue"].start)
            c["certainty"] = self.certainty(c["certainty"], c["content"])
            c["event_ids"] = [ev.id for ev in self.events if c["content"].start <= ev.trigger.start < c["content"].end]
        for n, c in enumerate(raw):  # "rejected the accusation": the earlier claim it answers
            if c["anaphor"] is not None and not c["event_ids"]:
                me = getattr(c["claimant"], "country", None)
                for prev in reversed(raw[:n]):
                    if prev["event_ids"] and prev["stance"] == "assert" and getattr(prev["claimant"], "country", None) != me:
                        c["event_ids"] = list(prev["event_ids"])
                        break
        evidence = self.find_evidence(raw)
        claims = []
        for n, c in enumerate(raw):
            items = tuple(ev for target, ev, _ in evidence if target == n)
            claims.append(Claim(id=c["id"], article_id=self.article.id, claimant=c["claimant"], cue=c["cue"],
                                content=c["content"], event_ids=tuple(c["event_ids"]), stance=c["stance"],
                                certainty=c["certainty"], evidence=items))
        return claims, self.link_events(claims)

    def performed(self, i: int, ev, claim) -> bool:
        """A speech act the claim itself performs: present tense, by the speaker ("We urge", "China
        calls on", "I appeal"), not one it reports ("said it had warned")."""
        p = self.p
        if not ev.quad.startswith("verbal") or claim.stance != "assert" or p.tag[i] not in ("VBP", "VBZ"):
            return False
        if any(p.lemma[k] in ("we", "i") for k in p.children(i) if p.dep[k] == "nsubj"):
            return True
        speaker = claim.claimant
        return any((a.country and a.country == getattr(speaker, "country", None)) or a.name == getattr(speaker, "name", None)
                   for a in ev.actor if not a.implied_by)

    def link_events(self, claims) -> list:
        """Each event points to the narrowest claim whose content holds its trigger."""
        out = []
        for ev in self.events:
            holders = [c for c in claims if c.content.start <= ev.trigger.start < c.content.end
                       and not isinstance(c.claimant, dict)]
            if not holders:
                out.append(ev)
                continue
            c = min(holders, key=lambda c: c.content.end - c.content.start)
            reality = ev.reality
            i = self.p.token_at(ev.trigger.start)
            if i is not None and (presupposed(self.p, i) or backgrounded(self.p, i)):
                pass  # "the arrest of Mhlanga sent a chilling message": known, not reported
            elif i is not None and reality == "denied" and self.p.pos[i] == "NOUN" and ev.quad.startswith("verbal"):
                reality = "asserted"  # "rejected allegations by Pakistan": the allegations were made; their content is denied
            elif i is not None and reality == "attributed" and self.performed(i, ev, c):
                reality = "asserted"  # '"We urge Afghanistan to ...," the ministry said': the quote does it
            elif reality in ("asserted", "attributed") and ev.quad.startswith("verbal") and c.stance == "assert":
                reality = "asserted"  # guide: `attributed` is for material events; what was said is reported as said
            elif reality == "asserted" and ev.refers_to is None:  # a reported event named again stays as reported
                reality = "denied" if c.stance == "deny" else "attributed"
            out.append(dataclasses.replace(ev, claim_id=c.id, reality=reality))
        return out


def find_claims(p, article, mentions, by_token, events, lex, describe=None) -> tuple:
    """(claims, events with claim_id and reality set)."""
    return ClaimFinder(p, article, mentions, by_token, events, lex, describe).run()
