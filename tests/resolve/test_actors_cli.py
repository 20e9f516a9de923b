"""`rasd actors ...`: coverage lists unresolved actor-like phrases; import and check run."""
from __future__ import annotations

import json

from rasd.cli import main


def _articles(tmp_path):
    p = tmp_path / "a.jsonl"
    rows = [
        {"id": "1", "published": "2015-08-01",
         "text": "قصفت طائرات التحالف العربي مواقع الحوثيين، واشتبكت قوات درع الجزيرة مع كتائب الفاروق الجديدة."},
        {"id": "2", "published": "2015-08-02",
         "text": "وهاجمت كتائب الفاروق الجديدة مواقع تنظيم داعش في الرقة."},
        "not json",
    ]
    p.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                 encoding="utf-8")
    return p


def test_coverage_lists_unresolved(tmp_path, capsys):
    assert main(["actors", "coverage", str(_articles(tmp_path)), "--json", "--no-geo"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 2
    phrases = {u["phrase"]: u["count"] for u in out["unresolved"]}
    assert phrases.get("كتائب الفاروق الجديدة") == 2
    assert not any("داعش" in p or "التحالف" in p for p in phrases)
    assert 0 < out["share_resolved"] < 1


def test_find_and_check(capsys):
    assert main(["actors", "find", "قصفت طائرات التحالف مواقع الحوثيين", "--country", "YE"]) == 0
    out = capsys.readouterr().out
    assert "Saudi-led Coalition" in out and "Houthis (Ansar Allah)" in out
    assert main(["actors", "check"]) == 0


def test_import(tmp_path, capsys):
    src = tmp_path / "up"
    src.mkdir()
    (src / "actor_dict_ar_v4.txt").write_text("نوري_المالكي_\n\t[IRQGOV 20101221-20140908]\n", encoding="utf-8")
    out = tmp_path / "roles.tsv"
    assert main(["actors", "import", str(src), "-o", str(out)]) == 0
    assert "نوري المالكي\tgov:IQ\t2010-12-21\t2014-09-08\tIRQGOV" in out.read_text("utf-8")
    assert main(["actors", "import", str(tmp_path / "missing")]) == 2
