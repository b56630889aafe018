"""Near-duplicate detection (MinHash) of wire copies."""
from claimwatch.link.duplicates import DuplicateIndex, signatures

STORY = ("The defence ministry of Valdoria said on Wednesday that artillery fire had struck the border town of "
         "Harrow Ford overnight, killing three civilians and wounding eleven others, and blamed forces across "
         "the river. Officials released video of damaged houses. The footage could not be independently verified. "
         "Ostrenia's foreign ministry did not respond to a request for comment on Wednesday afternoon.")
COPY = "CASTREL (Wire) - " + STORY.replace("on Wednesday afternoon", "by late Wednesday")  # a lightly edited copy
OTHER = ("Farmers in the northern valleys began the harvest early this year after a dry summer, agriculture "
         "officials said, and prices of grain at the regional market fell for the third week in a row.")


def test_duplicates_copy_is_found_and_other_story_is_not():
    a, b, c = signatures([STORY, COPY, OTHER])
    index = DuplicateIndex([("story", a)])
    assert index.original_of(b) == "story"
    assert index.original_of(c) is None


def test_duplicates_signature_is_stable():
    assert signatures([STORY]) == signatures([STORY])
