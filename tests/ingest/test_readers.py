"""Every reader on small fixtures made here (HTML, RSS, Atom, CSV, WARC, txt, JSONL), the
stable ids, Arabic feed dates, and malformed input becoming error records (never a crash)."""
from __future__ import annotations

import gzip
import io
import json

import pytest

from rasd.ingest import BadRecord, ReadOptions, read_paths
from rasd.ingest.arabic_dates import month_names, parse_arabic_date
from rasd.ingest.base import canonical_url, stable_id
from rasd.ingest.sources import detect_format
from rasd.model import Article

BODY = ("قتل خمسة مدنيين في قصف على مدينة حلب أمس، بحسب ما أفاد ناشطون في المدينة. "
        "وقال المرصد إن القصف استهدف حيا سكنيا مكتظا بالسكان في شرق المدينة.")

HTML = f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>قصف على حلب</title>
<link rel="canonical" href="https://news.example.org/2016/12/aleppo">
<meta property="article:published_time" content="2016-12-08T09:30:00+02:00"></head>
<body><nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a></nav>
<article><h1>قصف على حلب</h1><p>{BODY}</p>
<p>وأضاف أن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض في الحي المستهدف منذ الصباح.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار المثال</title><link>https://news.example.org</link>
<item><title>قصف على حلب</title><link>https://news.example.org/a/1</link>
<pubDate>الخميس، 08 ديسمبر 2016 - 10:30 م</pubDate>
<description><![CDATA[<p>{BODY}</p><p>فقرة ثانية.</p>]]></description></item>
<item><title>خبر ثان</title><link>https://news.example.org/a/2</link>
<pubDate>Fri, 09 Dec 2016 08:00:00 GMT</pubDate><description>اشتباكات في ريف إدلب.</description></item>
<item><title>بلا نص</title><link>https://news.example.org/a/3</link><description></description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موجز</title><id>urn:x</id><updated>2016-12-08T00:00:00Z</updated>
<entry><title>غارة على إدلب</title><id>urn:e1</id><link href="https://atom.example.org/e1"/>
<published>١٢ كانون الأول ٢٠١٦</published><updated>٢٠١٦-١٢-١٢</updated>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry>
</feed>"""


def read(path, **kw):
    return [r for r in read_paths([str(path)], ReadOptions(**kw))]


def articles(recs):
    return [r.item for r in recs if isinstance(r.item, Article)]


def bad(recs):
    return [r.item for r in recs if isinstance(r.item, BadRecord)]


def test_html_main_text_title_date_and_url_id(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    [a] = articles(read(p))
    assert BODY[:40] in a.text and "الرئيسية" not in a.text and "الحقوق" not in a.text
    assert a.title == "قصف على حلب" and a.published.startswith("2016-12-08")
    assert a.url == "https://news.example.org/2016/12/aleppo"
    assert a.id == stable_id(a.url, "") and a.id.startswith("url-")


def test_html_date_written_in_arabic(tmp_path):
    page = HTML.replace('<meta property="article:published_time" content="2016-12-08T09:30:00+02:00">', "")
    page = page.replace("<article>", '<article><span class="post-Date">نشر في: الخميس ٨ كانون الأول ٢٠١٦</span>')
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    [a] = articles(read(p))
    assert a.published == "2016-12-08"


def test_rss_entries_with_arabic_and_rfc822_dates(tmp_path):
    p = tmp_path / "feed.rss"
    p.write_text(RSS, encoding="utf-8")
    recs = read(p)
    a1, a2 = articles(recs)
    assert a1.published == "2016-12-08T22:30" and a2.published.startswith("2016-12-09")
    assert a1.text.startswith("قتل خمسة") and "\n" in a1.text and "<p>" not in a1.text
    assert a1.source == "أخبار المثال" and a1.url == "https://news.example.org/a/1"
    assert [b.error for b in bad(recs)] == [f"{p}#3: feed entry has no text"]
    assert [r.origin for r in recs] == [f"{p}#1", f"{p}#2", f"{p}#3"]


def test_atom_entry_with_arabic_indic_digits_and_levantine_month(tmp_path):
    p = tmp_path / "x.atom"
    p.write_text(ATOM, encoding="utf-8")
    [a] = articles(read(p))
    assert a.published.startswith("2016-12-1") and a.url == "https://atom.example.org/e1"
    assert a.text.startswith("قتل خمسة")


def test_csv_text_column_other_columns_and_empty_rows(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("ID;Body;Link;date\n"
                 f"c1;\"{BODY}\";https://x.org/1;2016-12-08\n"
                 ";\"نص بلا معرف؛ فيه فاصلة منقوطة; هنا\";;\n"
                 "c3;;https://x.org/3;\n", encoding="utf-8")
    recs = read(p, text_column="body")
    a1, a2 = articles(recs)
    assert (a1.id, a1.url, a1.published) == ("c1", "https://x.org/1", "2016-12-08")
    assert a2.id.startswith("sha-") and "; هنا" in a2.text
    [b] = bad(recs)
    assert b.id == "c3" and "empty 'body'" in b.error
    [missing] = bad(read(p, text_column="content"))
    assert "no column 'content'" in missing.error


def test_warc_html_responses_only(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "crawl.warc.gz"
    with open(p, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for url, ctype, status, body in [
            ("https://news.example.org/2016/12/aleppo", "text/html; charset=utf-8", "200 OK", HTML.encode()),
            ("https://news.example.org/logo.png", "image/png", "200 OK", b"\x89PNG...."),
            ("https://news.example.org/old", "text/html", "301 Moved", b"<html></html>"),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    [a] = articles(read(p))
    assert BODY[:40] in a.text and a.url == "https://news.example.org/2016/12/aleppo"
    html_page = tmp_path / "same.html"
    html_page.write_text(HTML, encoding="utf-8")
    assert articles(read(html_page))[0].id == a.id       # same page, same id, whatever the container


def test_txt_folder_recursive_sorted_with_content_ids(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("خبر ثان عن إدلب", encoding="utf-8")
    (tmp_path / "1.txt").write_text("\ufeffخبر أول عن حلب", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    recs = read(tmp_path, published="2016-12-08")
    arts = articles(recs)
    assert [a.text for a in arts] == ["خبر أول عن حلب", "خبر ثان عن إدلب"]
    assert all(a.id.startswith("sha-") and a.published == "2016-12-08" for a in arts)
    assert arts[0].id == articles(read(tmp_path, published="2016-12-08"))[0].id
    assert [b.error.split(": ", 1)[1] for b in bad(recs)] == ["empty file"]


def test_published_fills_only_missing_dates(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"id": "d1", "text": "نص", "published": "2015-07-21"}) + "\n"
                 + json.dumps({"id": "d2", "text": "نص"}) + "\n", encoding="utf-8")
    assert [a.published for a in articles(read(p, published="2016-01-01"))] == ["2015-07-21", "2016-01-01"]


def test_jsonl_gz_and_malformed_lines(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    lines = [json.dumps({"id": "j1", "text": BODY}), "{broken", json.dumps({"id": "j3"}), "",
             json.dumps({"text": "بلا معرف"})]
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    recs = read(p)
    assert [a.id for a in articles(recs)] == ["j1", stable_id(None, "بلا معرف")]   # ids assigned
    errors = [b.error for b in bad(recs)]
    assert len(errors) == 2
    assert any("malformed JSON" in e for e in errors) and any("no 'text'" in e for e in errors)
    assert [r.origin for r in recs if isinstance(r.item, BadRecord)] == [f"{p}:2", f"{p}:3"]


@pytest.mark.parametrize("name,content,reason", [
    ("x.bin", b"\x00\x01\x02binary", "unknown input format"),
    ("x.jsonl.gz", b"\x1f\x8bnot really gzip", "cannot read"),
    ("x.html", b"<html><body></body></html>", "no main text"),
    ("x.rss", b"<rss><channel><title>t</title>", "not a readable RSS/Atom feed"),
    ("x.csv", b"text\n\xff\xfe\n", "not valid UTF-8"),
    ("x.warc", b"WARC/1.0\r\nthis is not a warc", "cannot read WARC"),
    ("x.txt", b"\xff\xfe\xfa", "not valid UTF-8"),
])
def test_malformed_files_become_error_records(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    recs = read(p)
    assert recs and not articles(recs)
    assert reason in bad(recs)[0].error


def test_format_detection_by_content():
    assert detect_format("dump", b"WARC/1.0\r\n") == "warc"
    assert detect_format("dump", b'  {"id": 1}') == "jsonl"
    assert detect_format("feed", b"<?xml version='1.0'?><rss>") == "feed"
    assert detect_format("page", b"<!DOCTYPE html><html>") == "html"
    assert detect_format("a.JSONL.GZ") == "jsonl" and detect_format("a.warc.gz") == "warc"


def test_stable_ids():
    assert stable_id("HTTPS://News.Example.org/a?x=1#top", "a") == stable_id("https://news.example.org/a?x=1", "b")
    assert stable_id(None, " نص ") == stable_id(None, "نص")
    assert stable_id(None, "نص") != stable_id(None, "نص آخر")
    assert canonical_url("HTTP://A.org") == "http://a.org/"


@pytest.mark.parametrize("raw,iso", [
    ("الأحد، 12 يوليو 2015 - 10:30 م", "2015-07-12T22:30"),
    ("١٢ تموز ٢٠١٥", "2015-07-12"),
    ("3 جويلية 2015", "2015-07-03"),
    ("5 كانون الأول 2016 09:15 ص", "2016-12-05T09:15"),
    ("9 تشرين الثاني 2016", "2016-11-09"),
    ("21/07/2015", "2015-07-21"),
    ("2015-07-21T08:05:00+03:00", "2015-07-21T08:05"),
    ("20 إبريل 2016", "2016-04-20"),
    ("31 فبراير 2016", None),
    ("أمس", None),
    ("12 أغسطس", None),
])
def test_arabic_feed_dates(raw, iso):
    assert parse_arabic_date(raw) == iso


def test_month_data_covers_every_month_in_every_series():
    names = month_names()
    assert set(names.values()) == set(range(1, 13))
    assert names["كانون الاول"] == 12 and names["كانون الثاني"] == 1 and names["ايار"] == 5
