"""claimwatch.ingest.sources: every kind of bad input becomes a coded Failure; good input becomes Articles."""
import json

import pytest

from claimwatch.ingest.sources import DEFAULT_MAX_MB, Failure, iter_articles
from claimwatch.records import Article

STORY = ("The army said it shelled a border town on Monday, killing two people. "
         "Officials said the attack lasted three hours and damaged several homes. "
         "The defence ministry denied targeting civilians.")


def items_of(*paths, **kw):
    return list(iter_articles([str(p) for p in paths], **kw))


def only(items, kind):
    assert len(items) == 1, items
    assert isinstance(items[0], kind), items[0]
    return items[0]


def good_record(n: int, **extra) -> dict:
    rec = {"id": f"wire-{n:03d}", "title": f"Border town shelled, report {n}", "published": "2025-03-11",
           "url": f"https://example.org/{n}", "outlet": "Example Wire",
           "text": f"The army of country {n} said it shelled a border town on Monday. "
                   f"Officials said {n + 1} people were hurt in the attack on the market."}
    rec.update(extra)
    return rec


# ---- bad files ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name, data", [
    ("empty.txt", b""),
    ("blank.txt", b"   \n\n\t  \n"),
])
def test_iter_articles_empty_file_is_E001(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    f = only(items_of(tmp_path / name), Failure)
    assert f.code == "E001"
    assert f.source.endswith(name)


@pytest.mark.parametrize("name, data", [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
    ("blob", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(100)),
    ("zipped.html", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256))),
])
def test_iter_articles_binary_file_is_E002(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    f = only(items_of(tmp_path / name), Failure)
    assert f.code == "E002"


def test_iter_articles_huge_html_is_E003_with_default_max_mb(tmp_path):
    para = "<p>The army said it shelled the town on Monday, officials said, and two people died.</p>\n"
    page = "<html><body><article>" + para * (20_000_000 // len(para) + 1) + "</article></body></html>"
    path = tmp_path / "huge.html"
    path.write_text(page, encoding="utf-8")
    assert path.stat().st_size > 2 * DEFAULT_MAX_MB * 1e6 * 0.99
    f = only(items_of(path), Failure)
    assert f.code == "E003"
    assert "MB" in f.message


def test_iter_articles_huge_file_read_when_max_mb_raised(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Long report\n" + STORY + "\n" + ("Officials said the shelling went on. " * 40), encoding="utf-8")
    assert only(items_of(path, max_mb=0.001), Failure).code == "E003"
    assert isinstance(only(items_of(path, max_mb=1), Article), Article)


@pytest.mark.parametrize("data", [
    b"Border report\nThe army said it shelled the town \xff\xfe\xfa on Monday. " + STORY.encode(),
    "Border report\nThe caf\u00e9 in Kyiv was hit by a drone on Monday, the mayor said. ".encode("latin-1")
    + STORY.encode(),
    b"Border report\n\xc3\x28 broken sequence. " + STORY.encode() + b" \x80\x81",
])
def test_iter_articles_invalid_utf8_decoded_or_E004(tmp_path, data):
    path = tmp_path / "odd.txt"
    path.write_bytes(data)
    items = items_of(path)  # never raises
    assert len(items) == 1
    item = items[0]
    if isinstance(item, Failure):
        assert item.code == "E004"
        assert "UTF-8" in item.message
    else:
        assert isinstance(item, Article)
        assert "The army said it shelled a border town on Monday" in item.text
        assert item.title == "Border report"
        assert "\x00" not in item.text


# ---- JSONL -------------------------------------------------------------------------------------

def test_iter_articles_jsonl_malformed_line_is_E005_and_good_lines_kept_in_order(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps(good_record(1)), json.dumps(good_record(2)), '{"id": "broken", "text": "unterminated',
             json.dumps(good_record(3)), "", json.dumps(good_record(4))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = items_of(path)
    failures = [i for i in items if isinstance(i, Failure)]
    assert [f.code for f in failures] == ["E005"]
    assert "line 3" in failures[0].message
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Failure", "Article", "Article"]
    assert [i.id for i in items if isinstance(i, Article)] == ["wire-001", "wire-002", "wire-003", "wire-004"]


def test_iter_articles_jsonl_keeps_ids_and_metadata(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(good_record(7)) + "\n" + json.dumps(good_record(8, id=42)) + "\n", encoding="utf-8")
    a, b = items_of(path)
    assert (a.id, b.id) == ("wire-007", "42")
    assert a.title == "Border town shelled, report 7"
    assert a.text.startswith(a.title + "\n")
    assert a.url == "https://example.org/7" and a.outlet == "Example Wire" and a.published == "2025-03-11"
    assert a.language == "en" and len(a.content_hash) == 64


@pytest.mark.parametrize("record", [
    {"id": "nt-1", "title": "No text here"},
    {"id": "nt-2", "title": "Blank text", "text": "   "},
    {"id": "nt-3", "text": None},
    {"id": "nt-4", "text": 12345},
])
def test_iter_articles_jsonl_line_without_text_is_E006(tmp_path, record):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(good_record(1)) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    items = items_of(path)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Failure) and items[1].code == "E006"
    assert "line 2" in items[1].message


def test_iter_articles_jsonl_html_field_is_read(tmp_path):
    html = ("<html><body><article><p>The army said it shelled a border town on Monday, killing two people.</p>"
            "<p>Officials said the attack lasted three hours and damaged several homes in the town.</p>"
            "</article></body></html>")
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": "h1", "title": "Town shelled", "html": html}) + "\n", encoding="utf-8")
    a = only(items_of(path), Article)
    assert a.id == "h1"
    assert "shelled a border town" in a.text and "<p>" not in a.text


# ---- language ----------------------------------------------------------------------------------

def test_iter_articles_french_article_is_E007(tmp_path):
    path = tmp_path / "guerre.txt"
    path.write_text(
        "La guerre continue\n"
        "L'armée russe a bombardé la ville de Kharkiv lundi, selon les autorités locales. "
        "Trois personnes ont été tuées et dix autres blessées dans l'attaque. "
        "Le maire a appelé les habitants à rester dans les abris. "
        "Les secours sont toujours sur place pour chercher des survivants.", encoding="utf-8")
    f = only(items_of(path), Failure)
    assert f.code == "E007"
    assert "'fr'" in f.message


# ---- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Drone strike hits Odesa port | Example News</title></head><body>
<nav><ul><li><a href="/">Homepagelink</a></li><li><a href="/sport">Sportsdesk</a></li>
<li><a href="/weather">Weatherwatch</a></li></ul></nav>
<article><h1>Drone strike hits Odesa port</h1>
<p>A Russian drone strike hit the port of Odesa overnight, the regional governor said on Tuesday, damaging grain silos and a warehouse.</p>
<p>Two workers were injured and taken to hospital, according to the governor, who said air defences shot down most of the drones.</p>
<p>Ukraine's foreign ministry condemned the attack and called on partners to send more air defence systems to protect the city.</p>
</article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Zorbulax wrote: this is terrible news for everyone, really sad to read about it.</p></div></section>
<footer><p>Footerlinkage: contact us, about us, careers.</p></footer>
</body></html>"""


def test_iter_articles_html_keeps_story_drops_nav_and_comments(tmp_path):
    path = tmp_path / "odesa.html"
    path.write_text(PAGE, encoding="utf-8")
    a = only(items_of(path), Article)
    assert a.id == "odesa"
    assert a.title == "Drone strike hits Odesa port"
    assert a.text.startswith(a.title + "\n")
    for phrase in ("hit the port of Odesa overnight", "Two workers were injured", "condemned the attack"):
        assert phrase in a.text
    for word in ("Homepagelink", "Sportsdesk", "Weatherwatch", "Zorbulax", "Footerlinkage", "<p>"):
        assert word not in a.text


def test_iter_articles_html_same_page_read_again_gives_same_article(tmp_path):
    page = PAGE.replace("Odesa", "Izmail")
    results = []
    for n in range(4):
        path = tmp_path / f"copy{n}.html"
        path.write_text(page, encoding="utf-8")
        results.append(only(items_of(path), (Article, Failure)))
    assert all(isinstance(r, Article) for r in results), results
    assert len({r.text for r in results}) == 1


def test_iter_articles_html_without_story_is_a_failure(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>")
    f = only(items_of(path), Failure)
    assert f.code in ("E008", "E013")


# ---- feeds -------------------------------------------------------------------------------------

RSS_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://example.org</link><description>News</description>
<item><title>Army shells border town</title><link>https://example.org/a1</link><guid>https://example.org/a1</guid>
<pubDate>Tue, 11 Mar 2025 08:00:00 GMT</pubDate>
<description>The army said it shelled a border town on Monday, killing two people. Officials said the attack lasted for three hours and damaged several homes near {tag}.</description></item>
<item><title>Ministers meet in Geneva</title><link>https://example.org/a2</link><guid>https://example.org/a2</guid>
<pubDate>Wed, 12 Mar 2025 08:00:00 GMT</pubDate>
<description>Foreign ministers of the two countries met in Geneva on Wednesday for talks on a ceasefire. Both sides said the meeting was useful but no agreement was reached on {tag}.</description></item>
</channel></rss>"""

ATOM_TEMPLATE = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:example:feed</id>
<updated>2025-03-12T10:00:00Z</updated>
<entry><title>Protesters rally in the capital</title><link href="https://example.org/b1"/><id>urn:example:b1</id>
<updated>2025-03-12T10:00:00Z</updated>
<summary>Thousands of protesters rallied in the capital on Wednesday against the government, police said. The crowd marched to parliament near {tag} and demanded new elections.</summary></entry>
</feed>"""


@pytest.mark.parametrize("name", ["wire.xml", "wire.rss", "wire-feed"])
def test_iter_articles_rss_feed_gives_articles(tmp_path, name):
    path = tmp_path / name
    # distinct text per case: trafilatura's deduplication drops text it has seen before in this process
    path.write_text(RSS_TEMPLATE.replace("{tag}", name), encoding="utf-8")
    items = items_of(path)
    assert all(isinstance(i, Article) for i in items), items
    assert [a.title for a in items] == ["Army shells border town", "Ministers meet in Geneva"]
    assert [a.url for a in items] == ["https://example.org/a1", "https://example.org/a2"]
    assert all(a.outlet == "Example Wire" for a in items)
    assert items[0].published and "2025" in items[0].published
    for a in items:
        assert a.text.startswith(a.title + "\n")
    assert "shelled a border town" in items[0].text


@pytest.mark.parametrize("name", ["news.atom", "news.xml"])
def test_iter_articles_atom_feed_gives_article(tmp_path, name):
    path = tmp_path / name
    path.write_text(ATOM_TEMPLATE.replace("{tag}", name), encoding="utf-8")
    a = only(items_of(path), Article)
    assert a.title == "Protesters rally in the capital"
    assert a.url == "https://example.org/b1"
    assert a.id == "urn:example:b1"
    assert a.text.startswith(a.title + "\n")
    assert "rallied in the capital" in a.text


@pytest.mark.parametrize("name, content", [
    ("broken.rss", "<rss version='2.0'><channel><title>Broken<item><title>oops</title></channel"),
    ("empty-feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing</title></channel></rss>'),
    ("garbage.atom", "this is not a feed at all, just words"),
])
def test_iter_articles_malformed_feed_is_E009(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    f = only(items_of(path), Failure)
    assert f.code == "E009"


# ---- folders and paths -------------------------------------------------------------------------

def test_iter_articles_folder_reads_articles_and_skips_other_files(tmp_path):
    (tmp_path / "b-story.txt").write_text("Second story\n" + STORY, encoding="utf-8")
    (tmp_path / "a-story.txt").write_text("First story\n" + STORY.replace("two", "three"), encoding="utf-8")
    (tmp_path / "actors.yaml").write_text("name: extra\nversion: 1\nentries: [not: an article]\n", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (tmp_path / ".hidden.txt").write_text("Hidden\n" + STORY, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c-story.txt").write_text("Third story\n" + STORY.replace("two", "four"), encoding="utf-8")
    items = items_of(tmp_path)
    assert all(isinstance(i, Article) for i in items), items
    assert [a.id for a in items] == ["a-story", "b-story", "c-story"]
    assert [a.title for a in items] == ["First story", "Second story", "Third story"]
    assert not any(a.source.endswith((".yaml", ".png")) for a in items)


def test_iter_articles_file_named_directly_is_read_whatever_its_suffix(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("Named story\n" + STORY, encoding="utf-8")
    assert items_of(tmp_path) == []
    assert only(items_of(path), Article).title == "Named story"


@pytest.mark.parametrize("missing", ["no-such-dir", "no-such-file.txt", "deep/er/path.jsonl"])
def test_iter_articles_nonexistent_path_is_E012(tmp_path, missing):
    raw = str(tmp_path / missing)
    f = only(list(iter_articles([raw])), Failure)
    assert f.code == "E012"
    assert f.source == raw


def test_iter_articles_failures_do_not_stop_the_walk(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Good story\n" + STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    items = list(iter_articles([str(tmp_path / "missing.txt"), str(tmp_path), str(good)]))
    assert [(type(i).__name__, getattr(i, "code", None)) for i in items] == [
        ("Failure", "E012"), ("Failure", "E001"), ("Article", None), ("Article", None)]


@pytest.mark.parametrize("title, body", [
    ("Army shells border town", STORY),
    ("Ceasefire talks stall in Geneva", "Negotiators from both sides left Geneva on Friday without a deal. "
                                        "A mediator said talks would resume next week in the same city."),
])
def test_iter_articles_text_starts_with_title(tmp_path, title, body):
    path = tmp_path / "story.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    a = only(items_of(path), Article)
    assert a.title == title
    assert a.text.startswith(title + "\n")
    assert a.text.endswith(body)


# ---- real corpus (shared/) ---------------------------------------------------------------------

def test_iter_articles_voa_corpus_keeps_ids_order_and_titles(shared_dir):
    path = shared_dir / "data" / "voa" / "voa_stories.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = items_of(path)
    assert [getattr(i, "code", None) for i in items if isinstance(i, Failure)] == []
    assert [a.id for a in items] == ids
    assert all(a.title and a.text.startswith(a.title + "\n") for a in items)
    assert all(a.language == "en" and a.published for a in items)
    assert len({a.content_hash for a in items}) == len(items)


@pytest.mark.parametrize("text,lang", [
    # a short sentence full of names is English when langdetect only guesses
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", "en"),
    # ... even when langdetect is sure it is Spanish: an English verb form or possessive decides
    ("Brazilian President Luiz Inacio Lula da Silva defended Venezuela's Nicolas Maduro.", "en"),
    ("Colombian President Gustavo Petro criticized Ecuadorian President Daniel Noboa", "en"),
    ("El presidente de Colombia, Gustavo Petro, criticó duramente al presidente de Ecuador en Bogotá.", "es"),
    ("Le gouvernement a annoncé une nouvelle loi sur la sécurité nationale à Paris.", "fr"),
    ("Die Regierung hat ein neues Gesetz zur nationalen Sicherheit in Berlin beschlossen.", "de"),
])
def test_detect_language_short_sentences(text, lang):
    from claimwatch.ingest.language import detect_language
    assert detect_language(text) == lang
