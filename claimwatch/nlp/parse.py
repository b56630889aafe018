"""The Parse record: tokens, sentences and named-entity spans of one text, as plain Python data."""
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional


@dataclass(frozen=True)
class Parse:
    text: str
    words: tuple  # token texts
    idx: tuple  # character offset of each token
    lemma: tuple  # lowercase lemmas
    pos: tuple
    tag: tuple
    dep: tuple
    head: tuple  # index of each token's head (itself for a root)
    sent: tuple  # sentence number of each token
    sents: tuple  # (first token, end token) per sentence
    ents: tuple  # (start token, end token, label, dictionary id or "")
    ent_of: tuple  # index into ents for each token, -1 when none

    def children(self, i: int) -> list:
        return self._kids[i]

    def token_at(self, char: int) -> Optional[int]:
        """The token that starts at character offset `char` (a record's span start), if one does."""
        return self._starts.get(char)

    def __post_init__(self):
        kids = [[] for _ in self.words]
        for i, h in enumerate(self.head):
            if h != i:
                kids[h].append(i)
        object.__setattr__(self, "_kids", kids)
        object.__setattr__(self, "_starts", {c: k for k, c in enumerate(self.idx)})

    def end_char(self, i: int) -> int:
        return self.idx[i] + len(self.words[i])

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.idx[start]:self.end_char(end - 1)]

    def missed_main_verb(self, i: int) -> bool:
        """A participle with a clause of its own on a noun that heads the sentence ("Russia's
        intelligence service alleged on Monday that ..."): the main verb the parser missed."""
        return self.dep[i] == "acl" and self.dep[self.head[i]] == "ROOT" and \
            any(self.dep[k] == "ccomp" for k in self.children(i))

    def span_head(self, start: int, end: int) -> int:
        """The token of a span whose head lies outside it (its last token if none does)."""
        for i in range(start, end):
            if not (start <= self.head[i] < end) or self.head[i] == i:
                return i
        return end - 1

    def subtree(self, i: int) -> list:
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self._kids[j])
        return sorted(out)


NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}


def _verbless_headline(doc, pos: list, tag: list, dep: list, head: list, verbs: frozenset) -> None:
    """"Somalia and Romania sign trade agreement": a line with no verb whose word after the names is a
    verb of the lexicons that the parser made a modifier of the last noun. It becomes the line's verb,
    the names before it its subject and the noun phrase after it its object (in place)."""
    for s in doc.sents:
        if len(s) > 12 or any(pos[t.i] in ("VERB", "AUX") for t in s):
            continue
        for t in s:
            if t.i == s.start or t.i + 1 >= s.end or pos[t.i] != "NOUN" or t.lemma_.lower() not in verbs \
                    or pos[t.i - 1] != "PROPN" or dep[t.i] != "compound":
                continue
            left = [j for j in range(s.start, t.i) if head[j] >= t.i]  # what the names hang on, right of the word
            root = next((j for j in range(s.start, s.end) if head[j] == j), None)
            if len(left) != 1 or root is None or root <= t.i:
                break
            pos[t.i], tag[t.i] = "VERB", ("VBZ" if t.text.endswith("s") else "VBP")
            dep[t.i], head[t.i] = "ROOT", t.i
            dep[left[0]], head[left[0]] = "nsubj", t.i
            dep[root], head[root] = "dobj", t.i
            break


def _to_parse(doc, text: Optional[str] = None, verbs: frozenset = frozenset()) -> Parse:
    """`text`, when given, is the original of a text parsed with other casing (same length); `verbs`
    are the verb lemmas of the lexicons, for headlines parsed without a verb."""
    text = doc.text if text is None else text
    ents, ent_of = [], [-1] * len(doc)
    for e in doc.ents:
        if e.label_ in NAME_LABELS and not e.ent_id_ and not any(text[t.idx:t.idx + 1].isupper()
                                                                  or t.text[:1].isdigit() for t in e):
            continue  # a name without a capital is the model's slip ("blamed militants" as a PERSON)
        for i in range(e.start, e.end):
            ent_of[i] = len(ents)
        ents.append((e.start, e.end, e.label_, e.ent_id_ or ""))
    sents, sent_of = [], [0] * len(doc)
    for n, s in enumerate(doc.sents):
        sents.append((s.start, s.end))
        for i in range(s.start, s.end):
            sent_of[i] = n
    pos, tag, dep = [t.pos_ for t in doc], [t.tag_ for t in doc], [t.dep_ for t in doc]
    head = [t.head.i for t in doc]
    if verbs:
        _verbless_headline(doc, pos, tag, dep, head, verbs)
    for t in doc:
        # a noun with a direct object is a verb the tagger missed ("Nicaragua severs relations with ...",
        # "UNHCR shares that concern"): the parser saw the verb, the tagger did not, and took the
        # subject for a modifier of the noun
        if t.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in t.children):
            pos[t.i], tag[t.i] = "VERB", ("VBZ" if t.tag_ == "NNS" else "VB")
        if pos[t.i] == "VERB" and any(c.dep_ == "dobj" for c in t.children):
            before = [c for c in t.lefts if c.dep_ in ("nmod", "compound", "nsubj", "nsubjpass")]
            if before and not any(c.dep_ in ("nsubj", "nsubjpass") for c in before) and (
                    before[0].pos_ == "PROPN" or (before[0].pos_ == "NOUN" and before[0].text[:1].isupper())):
                dep[before[0].i] = "nsubj"  # "Venezuela severs relations": no verb has a compound
    return Parse(text, tuple(text[t.idx:t.idx + len(t.text)] for t in doc), tuple(t.idx for t in doc),
                 tuple(t.lemma_.lower() for t in doc), tuple(pos), tuple(tag),
                 tuple(dep), tuple(head), tuple(sent_of), tuple(sents),
                 tuple(ents), tuple(ent_of))


def parse_docs(nlp, texts: Iterable[str], batch_size: int = 16, prepare: Optional[Callable] = None,
               verbs: frozenset = frozenset()) -> Iterator[Parse]:
    """Parse texts in order with the loaded pipeline. `prepare` may recase a text for the parser
    (never changing its length); the Parse keeps the original text and words. `verbs` (lemmas)
    repair headlines parsed without a verb."""
    if prepare is None:
        for doc in nlp.pipe(texts, batch_size=batch_size):
            yield _to_parse(doc, verbs=verbs)
        return
    originals = []

    def recased():
        for text in texts:
            originals.append(text)
            shown = prepare(text)
            yield shown if len(shown) == len(text) else text

    for n, doc in enumerate(nlp.pipe(recased(), batch_size=batch_size)):
        yield _to_parse(doc, originals[n], verbs)
        originals[n] = None  # the parse holds it now
