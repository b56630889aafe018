"""claimwatch.gazetteer: place names to countries and coordinates, offline."""
import pytest

from claimwatch.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def near(entry, lat, lon, tolerance):
    return abs(entry.lat - lat) <= tolerance and abs(entry.lon - lon) <= tolerance


def test_load_gazetteer_is_cached():
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize("name", ["Kyiv", "Kiev", "the Kyiv"])
def test_gazetteer_lookup_kyiv_spellings_are_ukr(gazetteer, name):
    entry = gazetteer.lookup(name)
    assert entry is not None
    assert entry.country == "UKR"
    assert near(entry, 50.45, 30.52, 0.5)


def test_gazetteer_lookup_kyiv_and_kiev_are_one_place(gazetteer):
    assert gazetteer.lookup("Kiev") == gazetteer.lookup("Kyiv")


def test_gazetteer_lookup_zaporizhzhia_city(gazetteer):
    entry = gazetteer.lookup("Zaporizhzhia")
    assert entry.country == "UKR"
    assert near(entry, 47.84, 35.14, 0.1)


def test_gazetteer_lookup_novgorod_region_is_rus(gazetteer):
    entry = gazetteer.lookup("Novgorod region")
    assert entry is not None
    assert entry.country == "RUS"
    assert near(entry, 58.5, 31.3, 1.0)
    assert entry.feature != "city"


@pytest.mark.parametrize("name, code", [("Belarus", "BLR"), ("Ukraine", "UKR"), ("Russia", "RUS")])
def test_gazetteer_lookup_country(gazetteer, name, code):
    entry = gazetteer.lookup(name)
    assert entry.country == code
    assert entry.feature == "country"


@pytest.mark.parametrize("name", ["Xyzzyplonk", "Qwrtzgrad region", "", "   "])
def test_gazetteer_lookup_nonsense_is_none(gazetteer, name):
    assert gazetteer.lookup(name) is None


@pytest.mark.parametrize("name, code, feature", [
    ("Borno", "NGA", "admin1"),  # not Borna, Germany, which geonames also spells "Borno"
    ("Puno", "PER", "city"),  # Peru's own city, not Pune, India, bigger and also spelled "Puno"
    ("Kandahar", "AFG", "city"),  # the city, its accents dropped
    ("New York", "USA", "city"),  # another spelling of the city, but of the same country as the state
    ("Santa Cruz", "BOL", "city"),  # the first words of Santa Cruz de la Sierra, its own name
    ("Durango", "MEX", "city"),  # the last word of Victoria de Durango
    ("Bethlehem", "PSE", "city"),  # the alias table, whatever namesake is bigger
])
def test_gazetteer_own_names_beat_other_spellings(gazetteer, name, code, feature):
    entry = gazetteer.lookup(name)
    assert (entry.country, entry.feature) == (code, feature), entry
