"""`rasd tag --conll`: one output line per input token, same order, same blank lines."""
import io
import sys
from pathlib import Path

from rasd.cli import main

SAMPLE = Path(__file__).parent / "data" / "sample.conll"
LABELS = {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}


def _check_alignment(inp: str, out: str):
    in_lines = inp.splitlines()
    out_lines = out.splitlines()
    assert len(in_lines) == len(out_lines)
    for a, b in zip(in_lines, out_lines):
        if not a.strip():
            assert b == ""
            continue
        tok, tag = b.split("\t")
        assert tok == a.split()[0]
        assert tag in LABELS


def test_tag_file(capsys):
    assert main(["tag", "--conll", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    _check_alignment(SAMPLE.read_text(encoding="utf-8"), out)


def test_tag_stdin_and_output_file(tmp_path, monkeypatch):
    text = "\n\nبغداد\n\n\n\nدمشق O"  # leading blanks, several blanks, no final newline
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    out = tmp_path / "out.tsv"
    assert main(["tag", "--conll", "-", "-o", str(out)]) == 0
    got = out.read_text(encoding="utf-8")
    assert got.split("\n")[:2] == ["", ""]
    _check_alignment(text, got)


def test_tag_missing_file(capsys):
    assert main(["tag", "--conll", "/nonexistent/file.conll"]) == 2
    assert "cannot read" in capsys.readouterr().err
