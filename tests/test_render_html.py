"""The HTML report, without a browser: structure, ranking, badges, languages, escaping."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_fixture import sample_report

from recoupe.render.html import graph_layout, render_html, safe_url, script_json, segments, timeline_layout
from recoupe.render.i18n import STRINGS, report_language

TEMPLATES = Path(__file__).resolve().parents[1] / "src" / "recoupe" / "render" / "templates"
PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "</script><script>alert(2)</script>"]


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of every <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    return p


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(sample_report())


def test_one_self_contained_page(page):
    tags = parse(page)
    assert page.startswith("<!doctype html>")
    for tag, attrs in tags.tags:
        assert tag not in ("link", "iframe", "object", "embed", "base"), tag
        if tag in ("script", "img"):
            assert "src" not in attrs, (tag, attrs)
        for name in ("src", "href", "action", "srcset"):
            value = attrs.get(name) or ""
            assert not value or value.startswith(("#", "https://", "http://")), (tag, name, value)
    assert "@import" not in page and "url(" not in page.split("<body", 1)[0]


def test_csp_allows_only_our_script_by_its_hash(page):
    tags = parse(page)
    csp = next(a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-eval" not in csp
    script_src = re.search(r"script-src ([^;]+)", csp).group(1).split()
    assert all(s.startswith("'sha256-") for s in script_src)
    executable = [text for attrs, text in tags.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 1
    digest = base64.b64encode(hashlib.sha256(executable[0].encode()).digest()).decode()
    assert script_src == [f"'sha256-{digest}'"]


def test_claims_ranked_by_independent_origins(page):
    s1 = page[page.index('id="s0"') : page.index('id="s1"')]
    order = [s1.index(text) for text in ("Un incendie a détruit l&#39;entrepôt 7 du port de Valmer.", "Le port rouvrira le 11 mars.", "Le feu aurait été allumé volontairement.")]
    assert order == sorted(order)
    origins = [int(n) for n in re.findall(r'class="claim fi"[^>]*data-origins="(\d+)"', s1)]
    assert origins == sorted(origins, reverse=True) and origins[0] == 3


def _claim(page: str, text: str) -> str:
    start = page.rindex('<li class="claim fi"', 0, page.index(text))
    return page[start : page.index("</li>\n", page.index("</details>", start))]


def test_badges(page):
    hedged = _claim(page, "Le feu aurait été allumé volontairement.")
    assert "b-single" in hedged and "b-hedged" in hedged and "b-contested" not in hedged
    contested = _claim(page, "Des dizaines de pompiers ont été mobilisés.")
    assert "b-contested" in contested and 'href="#d0"' in contested
    plain = _claim(page, "Un incendie a détruit l&#39;entrepôt 7 du port de Valmer.")
    assert "b-single" not in plain and "b-hedged" not in plain


def test_statements_show_speaker_cue_outlets_and_highlighted_hedges(page):
    claim = _claim(page, "Le feu aurait été allumé volontairement.")
    assert '<mark class="hedge">aurait</mark>' in claim
    assert '<span class="spk">une source proche de l&#39;enquête</span>' in claim
    assert "Ouest Matin" in claim and "Le Courrier de Valmer" in claim
    assert "source anonyme" in claim


def test_divergences_side_by_side_with_evidence(page):
    div = page[page.index('id="d0"') : page.index("</article>", page.index('id="d0"'))]
    assert div.count('class="side"') == 2
    assert '<p class="value">40</p>' in div and '<p class="value">60</p>' in div
    assert '<span class="val">60</span>' in div  # the divergent value marked in its sentence


def test_timeline_and_graph_svgs(page):
    s1 = page[page.index('id="s0"') : page.index('id="s1"')]
    timeline = s1[s1.index('<svg class="timeline"') : s1.index("</svg>", s1.index('<svg class="timeline"'))]
    assert timeline.count('<g class="ev"') == 4 and "hollow" in timeline  # year of --03-03 inferred
    graph = s1[s1.index('<svg class="graph"') :]
    graph = graph[: graph.index("</svg>")]
    assert "une source proche de l&#39;enquête" in graph and graph.count("<path") >= 5


def test_article_signals_cleaning_and_links(page):
    art = page[page.index('id="a0"') : page.index("</article>", page.index('id="a0"'))]
    assert "comment section after the article" in art and "Commentaires (12)" in art
    assert 'href="https://courrier.example/incendie"' in art
    rl1 = page[page.index('id="a2"') : page.index("</article>", page.index('id="a2"'))]
    assert "javascript" not in rl1  # the javascript: url is not linked
    assert "rm-foreign" in page and "Hebrew" in page


def test_entities_variants_and_skipped(page):
    assert "Marc Delorm <small>" in page and "spelled" in page
    assert "corpus/scan.pdf" in page and "unsupported format" in page


def test_empty_linking_renders_gracefully():
    data = sample_report()
    for key in ("stories", "claims", "divergences", "timeline", "entities", "skipped"):
        data[key] = []
    page = render_html(data)
    assert STRINGS["fr"]["no_stories"].replace("'", "&#39;") in page
    assert page.count('<article class="article fi"') == len(data["articles"])
    assert "<svg" not in page
    nothing = render_html({"schema_version": "1.0", "articles": [], "stories": [], "statements": [], "entities": [], "claims": [], "divergences": [], "timeline": [], "skipped": []})
    assert "</html>" in nothing


def test_loose_claims_get_their_own_section():
    data = sample_report()
    data["claims"][0]["story"] = "nowhere"
    data["timeline"][0]["story"] = None
    page = render_html(data)
    assert 'id="s-other"' in page and STRINGS["fr"]["other"] in page


def test_languages():
    data = sample_report()
    assert '<html lang="fr">' in render_html(data)
    en = render_html(data, lang="en")
    assert '<html lang="en">' in en and "Claims, ranked by independent origins" in en and "single origin" in en
    for a in data["articles"]:
        a["language"] = "en"
    assert report_language(data) == "en"
    assert report_language({"articles": []}) == "fr"
    with pytest.raises(ValueError):
        render_html(data, lang="de")
    assert set(STRINGS["fr"]) == set(STRINGS["en"])


def test_origins_may_be_plain_strings():
    data = sample_report()
    data["claims"][0]["origins"] = ["les pompiers", "la préfecture"]
    page = render_html(data)
    assert "les pompiers" in page


# --- hostile input: everything from input is text


def hostile_report() -> dict:
    data = sample_report()
    evil = " ".join(PAYLOADS)
    data["articles"][0]["title"] = "</script><script>alert('title')</script>"
    data["articles"][0]["url"] = "javascript:alert(1)"
    data["articles"][1]["url"] = " JaVaScRiPt:alert(1)"
    data["articles"][1]["outlet"] = "<img src=x onerror=alert(1)>"
    data["articles"][2]["path"] = "<script>alert(1)</script>.txt"
    data["articles"][0]["removed_spans"][0]["text"] = evil
    data["articles"][0]["removed_spans"][0]["reason"] = evil
    data["articles"][0]["warnings"] = [evil]
    data["stories"][0]["label"] = evil
    data["claims"][0]["text"] = evil
    data["claims"][1]["origins"][0]["name"] = evil
    data["claims"][1]["origins"][0]["kind"] = "\"><script>alert(1)</script>"
    data["divergences"][0]["about"] = evil
    data["divergences"][0]["values"][0]["value"] = "<b>40</b>"
    data["timeline"][0]["text"] = evil
    data["entities"][0]["name"] = "</script><script>alert('entity')</script>\u2028"
    data["entities"][0]["variants"][0]["name"] = "<img src=x onerror=alert(1)>"
    data["statements"][5]["text"] = "Le capitaine <script>alert(1)</script> aurait dit <img src=x onerror=alert(1)>."
    data["statements"][5]["hedge_cues"] = ["aurait", "<script>"]
    data["statements"][5]["attribution"]["speaker"] = "<img src=x onerror=alert(1)>"
    data["statements"][5]["attribution"]["outlets"] = ["</script><script>alert(3)</script>"]
    data["skipped"][0] = {"path": "<script>alert(1)</script>", "reason": "<img src=x onerror=alert(1)>"}
    data["tool"]["version"] = "<script>alert(1)</script>"
    return data


def test_hostile_input_is_text():
    page = render_html(hostile_report())
    tags = parse(page)
    assert [t for t, _ in tags.tags].count("script") == 2  # the JSON index and our own script
    assert not any(t == "img" for t, _ in tags.tags)
    for _, attrs in tags.tags:
        assert not any(k.startswith("on") for k in attrs), attrs
        assert "javascript" not in (attrs.get("href") or "").lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "alert(" not in "".join(text for attrs, text in tags.scripts if attrs.get("type") != "application/json")
    index_text = next(text for attrs, text in tags.scripts if attrs.get("type") == "application/json")
    assert "<" not in index_text and "\u2028" not in index_text
    json.loads(index_text)  # still valid JSON


def test_no_safe_filter_on_input():
    template = (TEMPLATES / "report.html.j2").read_text(encoding="utf-8")
    assert "|safe" not in template.replace(" ", "") and "autoescape false" not in template
    assert "</script" not in (TEMPLATES / "report.js").read_text(encoding="utf-8").lower()


def test_script_json():
    text = script_json({"a": "</script><!-- & \u2028\u2029 >"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


@pytest.mark.parametrize("url,ok", [
    ("https://example.org/a?b=1", True), ("http://example.org", True), ("HTTPS://EXAMPLE.ORG", True),
    ("javascript:alert(1)", False), (" javascript:alert(1)", False), ("java\tscript:alert(1)", False),
    ("data:text/html,<script>", False), ("//example.org", False), ("/etc/passwd", False), ("https://exa mple.org", False),
    ('https://example.org/"onmouseover="x', False), (None, False), (42, False), ("vbscript:x", False),
])
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) is ok


def test_segments_mark_cues_as_plain_pieces():
    segs = segments("Il aurait dit <b>aurait</b>.", [("aurait", "hedge"), ("dit", "cue")])
    assert "".join(p for p, _ in segs) == "Il aurait dit <b>aurait</b>."
    assert [p for p, c in segs if c == "hedge"] == ["aurait", "aurait"]
    assert [p for p, c in segs if c == "cue"] == ["dit"]
    assert segments("auraient", [("aurait", "hedge")]) == [("auraient", "")]  # word boundaries
    assert segments("", [("x", "hedge")]) == []
    assert segments("abc", [(None, "spk"), ("", "cue")]) == [("abc", "")]


def test_timeline_layout():
    events = [{"num": 1, "date": "2023-02-23"}, {"num": 2, "date": "--04-16"}, {"num": 3, "date": "2023-03"}, {"num": 4, "date": "bad"}]
    g = timeline_layout(events)
    placed = {p["num"]: p for p in g["points"]}
    assert set(placed) == {1, 2, 3} and g["unplaced"] == [4]
    assert placed[2]["hollow"] and not placed[1]["hollow"] and placed[3]["span"]
    assert placed[1]["x"] < placed[3]["x"] < placed[2]["x"]
    assert g["ticks"]
    # two years seen: a year-less date cannot be placed
    g = timeline_layout([{"num": 1, "date": "2022-02-23"}, {"num": 2, "date": "2023-01-01"}, {"num": 3, "date": "--04-16"}])
    assert g["unplaced"] == [3]
    assert timeline_layout([])["points"] == []
    # no year anywhere: year-less dates still order on a day-month axis, hollow, ticks without a year
    g = timeline_layout([{"num": 1, "date": "--04-16"}, {"num": 2, "date": "--02-04"}, {"num": 3, "date": "--02-29"}])
    xs = {p["num"]: p["x"] for p in g["points"]}
    assert g["unplaced"] == [] and xs[2] < xs[3] < xs[1] and all(p["hollow"] for p in g["points"])
    assert g["ticks"] and not any("2000" in t["label"] for t in g["ticks"])


def test_graph_layout_folds_long_columns():
    from collections import Counter

    edges = Counter({(f"origin {i}", f"outlet {i % 3}", f"article {i}"): 1 + i for i in range(40)})
    g = graph_layout(edges, {}, limit=10)
    cols = Counter(n["col"] for n in g["nodes"])
    assert cols == {"o": 10, "m": 3, "a": 10}
    assert g["folded"] == {"o": 31, "a": 31}
    assert all(l["w"] > 0 for l in g["links"]) and g["height"] > 0


def test_real_seeds_report_renders(seeds_data):
    page = render_html(copy.deepcopy(seeds_data))
    assert page.count('<article class="article fi"') == len(seeds_data["articles"])
    assert '<mark class="hedge">' in page  # the conditionnel journalistique is highlighted


def test_cleaning_reasons_are_shown_in_the_report_language():
    from recoupe.clean import clean
    from recoupe.model import Document
    from recoupe.render.i18n import Texts

    body = "Les pompiers sont intervenus dans la nuit pour maîtriser un feu qui menaçait les entrepôts voisins."
    text = "\n".join([
        "Incendie au port", "Incendie au port", body, "Le préfet a salué le travail des équipes de secours.", body,
        "The fire was brought under control early on Tuesday morning by the crews.",
        "Partager sur Facebook", "Photo : Jean Dupont", "Abonnez-vous à notre newsletter", "Article suivant : la météo",
        "Le maire a promis une enquête sur les causes de l'incendie.", "Le port a rouvert dans la matinée.",
        "Ce quai accueille les ferries depuis 1990, selon la capitainerie.",
        "12 commentaires", "Bravo aux pompiers !", "Merci pour eux.",
    ])
    reasons = {r.reason for r in clean(Document(id="a", path="a.txt", text=text, title="Incendie au port")).removed}
    reasons |= {"repeats sentence 3 of the article", "not prose: 2,000 characters without a space, over max_token_chars=1,000", "more than max_sentences=2,000 sentences", "article longer than max_article_chars=1,000,000"}
    assert len(reasons) >= 10
    fr, en = Texts("fr"), Texts("en")
    for reason in reasons:
        assert fr.reason(reason) != reason, reason
        assert en.reason(reason) == reason
