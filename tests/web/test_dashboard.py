"""The dashboard in a real browser (Debian chromium through Playwright) against ``rasd serve``."""
from __future__ import annotations

import pytest

import api_sample

pytestmark = pytest.mark.service

LOCATED = 5          # events with coordinates in the sample
ALL = 6


def load(page, base: str, suffix: str = "/") -> None:
    page.goto(base + suffix)
    page.wait_for_selector("body[data-ready='1']", timeout=15000)


def rows(page) -> list[str]:
    return page.eval_on_selector_all("#events tbody tr[data-id]", "rs => rs.map(r => r.dataset.id)")


def wait_rows(page, ids) -> None:
    """Wait until the table shows exactly ``ids`` (or that many rows when ``ids`` is an int)."""
    # a function, not an expression string: the page's CSP rightly forbids eval
    page.wait_for_function(
        """want => { const got = [...document.querySelectorAll('#events tbody tr[data-id]')].map(r => r.dataset.id);
                     return typeof want === 'number' ? got.length === want : got.join('|') === want.join('|'); }""",
        arg=ids, timeout=5000)


def test_map_has_one_marker_per_located_event(page, server, shots):
    load(page, server)
    markers = page.locator("#map circle.marker")
    assert markers.count() == LOCATED
    ids = sorted(markers.evaluate_all("ms => ms.map(m => m.dataset.id)"))
    assert ids == sorted(["sy-1#0", "sy-1#1", "xss-1#0", "iq-1#0", "ye-1#0"])
    # markers carry their event type's colour class and sit inside the drawing
    assert "t-battles" in page.get_attribute("#map circle[data-id='iq-1#0']", "class")
    for box in [markers.nth(i).bounding_box() for i in range(LOCATED)]:
        mb = page.locator("#map").bounding_box()
        assert mb["x"] <= box["x"] and box["x"] + box["width"] <= mb["x"] + mb["width"]
    # Mosul is north-east of Sanaa: the projection keeps east right and north up
    mosul = page.locator("#map circle[data-id='iq-1#0']").bounding_box()
    sanaa = page.locator("#map circle[data-id='ye-1#0']").bounding_box()
    assert mosul["y"] < sanaa["y"]
    assert page.locator("#map .graticule").count() >= 4
    assert page.inner_text("#c-events") == str(ALL)
    assert page.inner_text("#c-located") == str(LOCATED)
    assert page.locator("#legend li").count() == 6
    assert page.locator("#timeline rect.bar").count() == 4           # 8 to 11 December, daily
    assert page.locator("#timeline rect.seg.t-battles").count() == 2  # stacked by type: 8th and 10th
    assert page.locator("#timeline rect.seg").count() == 5            # the undated IED is not drawn
    assert rows(page) == ["sy-1#0", "sy-1#1", "xss-1#0", "iq-1#0", "ye-1#0", "ye-1#1"]
    page.screenshot(path=str(shots / "dashboard.png"), full_page=True)
    assert page.errors == []          # no CSP violation, no script error
    assert page.dialogs == []


def test_filters_change_table_map_and_counts(page, server, shots):
    load(page, server)
    page.select_option("#f-country", "IQ")
    wait_rows(page, ["iq-1#0"])
    href = page.get_attribute("#download", "href")
    assert "country=IQ" in href and "format=geojson" in href
    assert page.url.endswith("/?country=IQ")                       # a shareable address
    assert rows(page) == ["iq-1#0"]
    assert page.locator("#map circle.marker").count() == 1
    assert page.inner_text("#c-events") == "1"

    page.select_option("#f-country", "")
    page.click("#legend li[data-type='Battles']")                   # the legend filters too
    wait_rows(page, ["sy-1#1", "iq-1#0"])
    assert page.input_value("#f-type") == "Battles"
    assert rows(page) == ["sy-1#1", "iq-1#0"]

    page.select_option("#f-type", "")
    page.fill("#f-actor", "داعش")
    wait_rows(page, ["iq-1#0"])
    assert rows(page) == ["iq-1#0"]

    page.fill("#f-actor", "")
    page.fill("#f-q", "صنعاء")
    wait_rows(page, ["ye-1#0", "ye-1#1"])
    assert rows(page) == ["ye-1#0", "ye-1#1"]
    assert page.locator("#map circle.marker").count() == 1            # the IED has no place

    page.select_option("#f-sort", "-fatalities")
    wait_rows(page, ["ye-1#0", "ye-1#1"])
    page.fill("#f-q", "")
    wait_rows(page, ["iq-1#0", "sy-1#0", "ye-1#0", "ye-1#1", "sy-1#1", "xss-1#0"])
    page.click("#f-reset")
    wait_rows(page, ["sy-1#0", "sy-1#1", "xss-1#0", "iq-1#0", "ye-1#0", "ye-1#1"])
    page.click("#timeline rect.bar[data-key='2016-12-10']")
    wait_rows(page, ["iq-1#0"])
    assert page.input_value("#f-since") == "2016-12-10" == page.input_value("#f-until")

    page.fill("#f-since", "2016-12-11")
    page.fill("#f-until", "2016-12-11")
    page.dispatch_event("#f-until", "change")
    wait_rows(page, ["ye-1#0"])
    assert rows(page) == ["ye-1#0"]

    page.select_option("#f-country", "SY")
    page.wait_for_selector("#events tr.empty", timeout=5000)
    assert page.locator("#map circle.marker").count() == 0
    page.screenshot(path=str(shots / "filtered-empty.png"))
    assert page.errors == []


def test_clicking_an_event_opens_the_article_with_evidence_highlighted(page, server, shots):
    load(page, server)
    page.click("#events tr[data-id='sy-1#1']")
    page.wait_for_selector("#article[open] mark.current")
    text = page.locator("#art-text")
    assert text.get_attribute("dir") == "rtl" and text.get_attribute("lang") == "ar"
    art = dict(api_sample.sample())
    article = next(a for a in art if a.id == "sy-1")
    ev = art[article].events[1]
    assert "".join(page.locator("#art-text mark.current").all_inner_texts()) == ev.evidence.text(article.text)
    assert page.inner_text("#art-text mark.trigger") == "اشتبك"
    assert page.locator("#art-text").evaluate("n => n.textContent") == article.text
    assert page.locator("#art-text mark.evidence:not(.current)").count() >= 1     # the other event
    assert page.locator("#art-events li").count() == 2
    assert "current" in page.get_attribute("#art-events li[data-id='sy-1#1']", "class")
    framing = page.inner_text("#framing")
    assert "الإرهابيين" in framing and "terrorist" in framing
    page.screenshot(path=str(shots / "article.png"))

    page.click("#art-events li[data-id='sy-1#0']")
    assert page.inner_text("#art-text mark.trigger") == "قصفت"
    assert "#article=sy-1&event=sy-1%230" in page.url
    page.click("#art-close")
    assert page.locator("#article[open]").count() == 0

    page.click("#map circle[data-id='iq-1#0']", force=True)
    page.wait_for_selector("#article[open] mark.trigger")
    assert page.inner_text("#art-title") == "معارك الموصل"
    assert page.inner_text("#art-text mark.trigger") == "اشتباكات"
    assert page.errors == []


def test_hostile_article_text_is_shown_literally_and_never_runs(page, server, shots):
    load(page, server, "/#article=xss-1&event=xss-1%230")
    page.wait_for_selector("#article[open] mark.current")
    assert page.evaluate("window.__pwned") is None
    assert page.title().startswith("rasd")
    assert page.dialogs == []
    # the text is the text: every character present, none of it parsed as markup
    assert page.locator("#art-text").evaluate("n => n.textContent") == api_sample.HOSTILE_TEXT
    assert page.locator("#art-text *:not(mark)").count() == 0
    assert page.inner_text("#art-text mark.trigger") == "قصفت"        # code-point offsets after 🔥𝐀
    assert page.locator("#art-text").inner_text().count("<script>") == 1
    assert "\u202e" in page.locator("#art-text mark.current").first.evaluate("n => n.parentNode.textContent")
    assert page.inner_text("#art-title") == "<script>alert(1)</script>"
    assert page.locator("#art-meta a").count() == 0                  # javascript: URL not linked
    assert "<b>Evil</b> Outlet" in page.inner_text("#art-meta")
    page.screenshot(path=str(shots / "hostile-article.png"))
    page.click("#art-close")
    # hostile actor and place names in the table and map stay text too
    row = page.locator("#events tr[data-id='xss-1#0']")
    assert row.locator("img, script, b").count() == 0
    assert '<img src=y onerror="window.__pwned=3">' in row.inner_text()
    assert page.locator("#map circle[data-id='xss-1#0'] title").evaluate("n => n.textContent").count("<script>") == 1
    assert page.locator("img").count() == 0
    assert page.evaluate("window.__pwned") is None
    page.screenshot(path=str(shots / "hostile.png"))
    assert page.errors == []


def test_csp_blocks_injected_inline_script(page, server):
    """Defence in depth: even markup injected by a bug could not run inline script."""
    load(page, server)
    page.evaluate("""() => { const d = document.createElement('div');
        d.innerHTML = '<img src=x onerror="window.__pwned=9">'; document.body.append(d); }""")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert any("Content Security Policy" in e for e in page.errors)


@pytest.mark.slow
def test_analyse_a_pasted_text_with_the_real_pipeline(page, server, shots):
    text = ("قصفت الطائرات الحربية مدينة حلب يوم الخميس وقتل خمسة مدنيين. "
            "<script>window.__pwned = 5</script><img src=x onerror='window.__pwned = 6'>")
    load(page, server)
    page.click("#analyse-open")
    page.fill("#an-text", text)
    page.fill("#an-published", "2016-12-09")
    page.click("#an-submit")
    page.wait_for_selector("#article[open] mark.trigger", timeout=60000)
    assert page.locator("#art-text").evaluate("n => n.textContent") == text
    assert page.locator("#art-text *:not(mark)").count() == 0
    assert page.inner_text("#art-text mark.trigger") in text
    assert page.locator("#art-events li").count() >= 1
    assert "Explosions/Remote violence" in page.inner_text("#art-events")
    assert "#article" not in page.url                       # nothing stored, nothing to link to
    page.screenshot(path=str(shots / "analyse.png"))
    assert page.evaluate("window.__pwned") is None
    assert page.errors == []


def test_dashboard_over_the_store(page, store_server):
    load(page, store_server)
    assert page.locator("#analyse-open").is_hidden()         # served with --no-extract
    assert page.locator("#map circle.marker").count() == LOCATED
    assert len(rows(page)) == ALL
    page.click("#events tr[data-id='iq-1#0']")
    page.wait_for_selector("#article[open] mark.trigger")
    assert page.inner_text("#art-text mark.trigger") == "اشتباكات"
    assert "No framing" in page.inner_text("#framing")
    assert page.errors == []


def test_paging_through_many_events(page, many_server):
    load(page, many_server)
    assert page.locator("#map circle.marker").count() == 120
    assert page.locator("#timeline rect.bar").count() == 60          # 1 Nov to 30 Dec, daily
    first = rows(page)
    assert len(first) == 50 and first[0] == "copy-00#0"
    assert page.is_disabled("#prev") and not page.is_disabled("#next")
    page.click("#next")
    wait_rows(page, 50)
    page.wait_for_function("() => document.querySelector('#events tbody tr').dataset.id === 'copy-25#0'")
    page.click("#next")
    page.wait_for_function("() => document.querySelector('#events tbody tr').dataset.id === 'copy-50#0'")
    assert len(rows(page)) == 20 and page.is_disabled("#next")
    assert page.inner_text("#page-info") == "101–120 of 120"
    assert page.locator("#map circle.marker").count() == 120          # the map shows them all
    page.click("#prev")
    page.wait_for_function("() => document.querySelector('#events tbody tr').dataset.id === 'copy-25#0'")
    assert page.errors == []


def test_a_shared_link_restores_its_filters(page, server):
    load(page, server, "/?type=Battles&actor=%D8%AF%D8%A7%D8%B9%D8%B4&sort=-date")
    assert page.input_value("#f-type") == "Battles" and page.input_value("#f-actor") == "داعش"
    assert page.input_value("#f-sort") == "-date"
    assert rows(page) == ["iq-1#0"]
    assert page.locator("#map circle.marker").count() == 1
    assert page.errors == []
