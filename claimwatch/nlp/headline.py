"""Headlines in Title Case ("Trial Opens in 2004 Bombing of French Base") parse as strings of
proper nouns. Before parsing, such a first line is put in sentence case for the words that are
ordinary words of our lexicons; names keep their capitals. The text keeps its length, so every
offset of the parse still points into the original text."""
import re

WORD = re.compile(r"[A-Za-z][a-z]+(?:'[a-z]+)?")
BODY_WORD = re.compile(r"(?<![A-Za-z.])[a-z]{4,}(?![A-Za-z])")  # lower-case words of four letters or more
FUNCTION_WORDS = frozenset("""a an the and or but nor of in on at to for with from by as after before over under
amid against about into onto out up down off near across through without within is are was were be been being
has have had will would can could may might must should says said say new more its their his her""".split())
SUFFIXES = ("ing", "ed", "es", "s", "d")
# irregular past forms, read back to the lemma the lexicons list ("Broke Ground", "Held Talks")
IRREGULAR = dict(pair.split(":") for pair in """broke:break broken:break held:hold met:meet sent:send struck:strike
fought:fight took:take taken:take began:begin begun:begin left:leave gave:give given:give shot:shoot led:lead
fled:flee won:win lost:lose made:make sought:seek brought:bring bought:buy sold:sell told:tell threw:throw
thrown:throw drew:draw drawn:draw withdrew:withdraw withdrawn:withdraw stood:stand spoke:speak spoken:speak
slew:slay slain:slay hung:hang laid:lay paid:pay kept:keep froze:freeze frozen:freeze overthrew:overthrow
overthrown:overthrow beaten:beat stole:steal stolen:steal forbade:forbid forbidden:forbid sank:sink sunk:sink
swore:swear sworn:swear undertook:undertake upheld:uphold wrote:write written:write saw:see seen:see went:go
gone:go came:come ran:run shook:shake forgave:forgive forgiven:forgive bore:bear borne:bear""".split())
TITLE_SHARE = 0.7  # of a line's longer words capitalised: a Title Case headline
MIN_WORDS = 4
SENTENCE_WORDS = 2  # longer lower-case words that make a line of names a sentence, not a headline


def is_title_case(line: str) -> bool:
    words = [w for w in WORD.findall(line) if len(w) > 3]
    if len(words) < MIN_WORDS or sum(w[0].isupper() for w in words) / len(words) < TITLE_SHARE:
        return False
    # a Title Case headline capitalises every word but the small ones (and the second half of "Pre-dawn"),
    # one slip aside ("All sides in Aruba Conflict Agree"): a sentence full of names that writes
    # "returned" and "ceremony" in lower case is a sentence ("The Netherlands returned 119 Benin Bronzes
    # to Nigeria at a ceremony in Lagos")
    plain = [m for m in WORD.finditer(line) if len(m.group(0)) > 3 and m.group(0)[0].islower()
             and m.group(0).lower() not in FUNCTION_WORDS and line[m.start() - 1:m.start()] != "-"]
    return len(plain) < SENTENCE_WORDS


def _plain(word: str, plain_words) -> bool:
    low = word.lower()
    if low in FUNCTION_WORDS or low in plain_words or IRREGULAR.get(low) in plain_words:
        return True
    return any(low.endswith(s) and low[:-len(s)] in plain_words for s in SUFFIXES) or \
        (low.endswith("ies") and low[:-3] + "y" in plain_words) or \
        (low.endswith("ing") and low[:-3] + "e" in plain_words)


def name_pairs(names) -> frozenset:
    """Neighbouring words of multi-word names ("White House", "Security Council")."""
    pairs = set()
    for name in names:
        words = name.split()
        pairs.update(zip(words, words[1:]))
    return frozenset(pairs)


def sentence_case_headline(text: str, plain_words, names=frozenset(), pairs=frozenset()) -> str:
    """`text` with its first line in sentence case when that line is a Title Case headline.
    Words of `names`, and words next to their partner in a multi-word name (`pairs`: "White
    House"), keep their capitals."""
    end = text.find("\n")
    line = text if end < 0 else text[:end]
    if not is_title_case(line):
        return text
    # a word the story itself writes in lower case is an ordinary word ("Continues in Forest" over a
    # story about "the Boni forest"), whatever place or name it could also be
    body_words = frozenset(BODY_WORD.findall(text[end:])) if end >= 0 else frozenset()
    plain_words = frozenset(plain_words) | body_words
    matches = list(WORD.finditer(line))
    out, last = [], 0
    for n, m in enumerate(matches):
        word = m.group(0)
        joined_before = n > 0 and line[matches[n - 1].end():m.start()] == " "
        joined_after = n + 1 < len(matches) and line[m.end():matches[n + 1].start()] == " "
        prev = matches[n - 1].group(0) if joined_before else None
        nxt = matches[n + 1].group(0) if joined_after else None
        keep = m.start() == 0 or word in names or not _plain(word, plain_words) or len(word.lower()) != len(word) \
            or (prev, word) in pairs or (word, nxt) in pairs
        out.append(line[last:m.start()] + (word if keep else word.lower()))
        last = m.end()
    return "".join(out) + line[last:] + ("" if end < 0 else text[end:])
