"""Claims: who says what (attribution cue, claimant, content), stance and certainty.

Placeholder for the claim-ledger stage: returns no claims yet, leaving events unchanged."""


def find_claims(p, article, mentions, by_token, events, lex):
    return [], events
