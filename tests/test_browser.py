"""The HTML report in a real browser: Debian's chromium, headless, driven by Playwright.

Skipped with a reason when /usr/bin/chromium or the playwright package is missing (no
browser is ever downloaded). Screenshots are written under pytest's tmp dir.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_fixture import sample_report
from test_render_html import PAYLOADS, hostile_report

from recoupe.render.html import render_html

CHROMIUM = Path("/usr/bin/chromium")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright for Python is not installed (pip install playwright; no browser download needed)")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Watched:
    """A page with every dialog, console error and page error recorded."""

    def __init__(self, browser, width: int = 1280, height: int = 900) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=True)
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []

        def on_dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", on_dialog)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def open(self, path: Path):
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_load_state("load")
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser):
    pages: list[Watched] = []

    def make(width: int = 1280, height: int = 900) -> Watched:
        w = Watched(browser, width, height)
        pages.append(w)
        return w

    yield make
    for w in pages:
        w.close()


def write(tmp_path: Path, data: dict, name: str = "report.html", lang: str | None = None) -> Path:
    path = tmp_path / name
    path.write_text(render_html(data, lang=lang), encoding="utf-8")
    return path


def visible_claims(page) -> int:
    return page.locator("li.claim:visible").count()


def svg_marks(page, selector: str) -> int:
    return page.eval_on_selector_all(selector, "els => els.reduce((n, e) => n + e.querySelectorAll('circle, rect, path').length, 0)")


def test_fixture_report_interactions(watched, tmp_path):
    w = watched()
    page = w.open(write(tmp_path, sample_report()))
    assert page.locator("#toolbar").is_visible()  # the script ran under the CSP
    # a claim expands to its statements, hedge cues highlighted
    claim = page.locator("li.claim", has_text="Le feu aurait été allumé volontairement.").first
    assert not claim.locator("blockquote").first.is_visible()
    claim.locator("summary").first.click()
    assert claim.locator("blockquote").first.is_visible()
    assert claim.locator("mark.hedge").count() >= 3
    # the timeline and the graph are drawn
    assert svg_marks(page, "svg.timeline") > 0 and svg_marks(page, "svg.graph") > 0
    box = page.locator("svg.graph").first.bounding_box()
    assert box["width"] > 300 and box["height"] > 50
    # filter by text, by a spelling variant of an entity, by outlet
    total = visible_claims(page)
    page.fill("#q", "pompiers")
    page.wait_for_timeout(300)
    assert 0 < visible_claims(page) < total
    assert "/" in page.locator("#status").inner_text()
    page.fill("#q", "delorm")  # matches the claim that only says "pompiers", through the entity's variants
    page.wait_for_timeout(300)
    assert page.locator("li.claim:visible", has_text="Des dizaines de pompiers").count() == 1
    page.fill("#q", "zzz-nothing")
    page.wait_for_timeout(300)
    assert visible_claims(page) == 0 and page.locator("#nomatch").is_visible()
    page.fill("#q", "")
    page.wait_for_timeout(300)
    assert visible_claims(page) == total
    page.select_option("#fo", label="Radio Littoral")
    assert 0 < visible_claims(page) < total
    page.select_option("#fo", value="")
    page.select_option("#fe", label="Marc Delorme")
    assert page.locator("li.claim:visible").count() == 1
    page.select_option("#fe", value="")
    # sorting
    first = lambda: page.locator("#s0 li.claim .claim-text").first.text_content()  # noqa: E731
    assert first().startswith("Un incendie")
    page.select_option("#sort", value="flags")
    assert first().startswith("Des dizaines")  # contested first
    page.select_option("#sort", value="origins")
    assert first().startswith("Un incendie")
    # expand all / print layout
    page.click("#expand")
    assert page.locator("details:not([open])").count() == 0
    page.click("#collapse")
    page.emulate_media(media="print")
    assert not page.locator("#toolbar").is_visible()
    assert len(page.pdf()) > 10_000
    page.emulate_media(media="screen")
    page.screenshot(path=str(tmp_path / "fixture-1280.png"), full_page=True)
    assert w.dialogs == [] and w.errors == []
    assert all(u.startswith("file://") for u in w.requests), w.requests


def test_phone_width_has_no_horizontal_overflow(watched, tmp_path):
    w = watched(390, 844)
    page = w.open(write(tmp_path, sample_report()))
    page.click("#expand")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"page is {overflow}px wider than a phone screen"
    page.screenshot(path=str(tmp_path / "fixture-390.png"), full_page=True)
    assert w.errors == []


def test_seeds_report(watched, tmp_path, seeds_report):
    paths = seeds_report.write(tmp_path / "seeds")
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    w = watched()
    page = w.open(paths["html"])
    assert page.locator("#toolbar").is_visible()
    assert page.locator("article.article").count() == len(data["articles"]) == 5
    if data["claims"]:
        claim = page.locator("li.claim").first
        claim.locator("summary").first.click()
        assert claim.locator("blockquote").first.is_visible()
    else:  # linking not there yet: open an article's cleaning trace instead
        cleaning = page.locator("details.cleaning").first
        cleaning.locator("summary").click()
        assert cleaning.locator("p").first.is_visible()
    if data["timeline"]:
        assert svg_marks(page, "svg.timeline") > 0
    if any(c["origins"] for c in data["claims"]):
        assert svg_marks(page, "svg.graph") > 0
    # the filter: a word of one seed article keeps that article, hides others
    page.fill("#q", "Qin Gang")
    page.wait_for_timeout(300)
    shown = page.locator("article.article:visible").count()
    assert 0 < shown < 5
    page.fill("#q", "")
    page.wait_for_timeout(300)
    page.screenshot(path=str(tmp_path / "seeds-1280.png"), full_page=True)
    phone = watched(390, 844)
    phone_page = phone.open(paths["html"])
    assert phone_page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    phone_page.screenshot(path=str(tmp_path / "seeds-390.png"), full_page=True)
    assert w.dialogs == [] and w.errors == [] and phone.errors == []


def _assert_inert(w: Watched) -> None:
    page = w.page
    page.click("#expand")
    page.fill("#q", "script")
    page.wait_for_timeout(300)
    page.fill("#q", "")
    page.wait_for_timeout(300)
    for link in page.locator("a[href]").all():
        href = link.get_attribute("href") or ""
        assert href.startswith(("#", "http://", "https://")), href
    assert page.locator("img").count() == 0
    assert page.evaluate("document.scripts.length") == 2
    assert w.dialogs == [], w.dialogs
    assert w.errors == [], w.errors


def test_hostile_dict_renders_as_text(watched, tmp_path):
    w = watched()
    page = w.open(write(tmp_path, hostile_report()))
    page.wait_for_timeout(300)
    body = page.locator("body").inner_text()
    assert "<script>alert(1)</script>" in body and "<img src=x onerror=alert(1)>" in body
    assert "</script><script>alert('title')</script>" in body
    _assert_inert(w)


def hostile_corpus(root: Path) -> Path:
    """A corpus whose every field carries a payload: txt, html and jsonl inputs."""
    corpus = root / "hostile"
    corpus.mkdir()
    evil = " ".join(PAYLOADS)
    (corpus / "evil.txt").write_text(
        "</script><script>alert('title')</script> Le port de Valmer\n"
        f"Le maire aurait déclaré que {evil} était faux.\n"
        "Selon Ouest Matin, <img src=x onerror=alert(1)> 40 pompiers auraient été mobilisés le 3 mars 2024.\n"
        "javascript:alert(document.cookie)\n",
        encoding="utf-8",
    )
    (corpus / "evil.html").write_text(
        "<!doctype html><html><head><title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; Valmer</title>"
        '<meta property="og:url" content="javascript:alert(1)"></head><body><article>'
        "<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; Incendie à Valmer</h1>"
        "<p>Selon la préfecture, l'incendie aurait détruit l'entrepôt 7 du port de Valmer le 3 mars 2024. "
        "Le texte &lt;script&gt;alert(1)&lt;/script&gt; et &lt;img src=x onerror=alert(1)&gt; est cité tel quel.</p>"
        "<p><script>alert('live')</script><img src=x onerror=alert('live')>"
        '<a href="javascript:alert(1)">un lien</a> Le capitaine Marc Delorme a déclaré que 60 pompiers étaient intervenus.</p>'
        "</article></body></html>",
        encoding="utf-8",
    )
    records = [
        {"id": "j1", "title": "</script><script>alert(1)</script>", "url": "javascript:alert(1)", "outlet": "<img src=x onerror=alert(1)>",
         "date": "2024-03-05", "text": f"Selon la préfecture, {evil} l'entrepôt 7 aurait brûlé le 3 mars 2024. Le capitaine Marc Delorme a déclaré que 40 pompiers étaient mobilisés."},
        {"id": "j2", "title": "<img src=x onerror=alert(1)> Valmer", "url": "https://example.org/<script>", "outlet": "</script>",
         "date": "2024-03-06", "text": "Le feu serait criminel, selon </script><script>alert(1)</script> une source proche de l'enquête."},
    ]
    (corpus / "evil.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    (corpus / "<script>alert(1)<").mkdir()  # a path that names a payload, unreadable as an article
    return corpus


def test_hostile_corpus_through_the_pipeline(watched, tmp_path):
    import recoupe

    report = recoupe.analyze([hostile_corpus(tmp_path)])
    paths = report.write(tmp_path / "out")
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert len(data["articles"]) >= 3
    w = watched()
    page = w.open(paths["html"])
    page.wait_for_timeout(300)
    body = page.locator("body").inner_text()
    assert "alert(1)" in body  # shown, as text
    page.screenshot(path=str(tmp_path / "hostile-1280.png"), full_page=True)
    _assert_inert(w)
