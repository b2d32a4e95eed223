"""A document that reads as a guide (its questions a small part of it) is shown to the
user before anything is written: asked in a terminal, refused without one unless --yes
or --pick says what to take."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from interview import cli as cli_module
from interview.core.importer import GUIDE_SHARE, scan
from tests.cli.test_cli import run

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import_md"
GUIDE_QUESTIONS = [
    "Why does each new tree fit the negative gradient of the loss?",
    "What does lowering the learning rate do to the number of trees you need?",
    "How does row subsampling reduce overfitting in gradient boosting?",
]


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    folder = tmp_path / "boosting-notes"
    folder.mkdir()
    return Path(shutil.copy(FIXTURES / "study_guide.md", folder / "study_guide.md"))


def written(out: Path) -> list[str]:
    """The question texts of the files written into the bank, in document order."""
    if not out.exists():
        return []
    texts = []
    for path in sorted(out.rglob("*.md")):
        body = path.read_text(encoding="utf-8")
        texts.append(body.split("## Question", 1)[1].strip().splitlines()[0])
    return sorted(texts, key=GUIDE_QUESTIONS.index)


def test_a_guide_reads_as_one_and_a_list_does_not() -> None:
    guide = scan((FIXTURES / "study_guide.md").read_text(encoding="utf-8"))
    assert [q.text for q in guide.questions] == GUIDE_QUESTIONS
    assert guide.share < GUIDE_SHARE and guide.reads_as_guide
    for name in ("emoji_legend.md", "numbered_headings.md", "heading_details.md"):
        listed = scan((FIXTURES / name).read_text(encoding="utf-8"))
        assert listed.share >= GUIDE_SHARE and not listed.reads_as_guide, name


def test_without_a_terminal_a_guide_is_listed_and_nothing_is_written(
    guide: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bank"
    result = run("import-md", str(guide), "--out", str(out))
    assert result.exit_code == 1
    assert "its 3 questions and their answers fill only 18% of its lines" in result.stdout
    assert "a guide that asks in passing, or a list laid out in a way only partly read" in (
        result.stdout
    )
    assert " 1. line 34: Why does each new tree fit the negative gradient" in result.stdout
    assert " 3. line 38: How does row subsampling" in result.stdout
    assert "nothing written. Import these with --yes, or only some with --pick" in (result.stderr)
    assert written(out) == []


def test_yes_imports_a_guide_whole(guide: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    result = run("import-md", str(guide), "--out", str(out), "--yes")
    assert result.exit_code == 0, result.stderr
    assert written(out) == GUIDE_QUESTIONS
    again = run("import-md", str(guide), "--out", str(out), "--yes")
    assert "0 new, 0 updated, 3 unchanged" in again.stdout


def test_pick_imports_only_the_numbers_given(guide: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    result = run("import-md", str(guide), "--out", str(out), "--pick", "1, 3")
    assert result.exit_code == 0, result.stderr
    assert written(out) == [GUIDE_QUESTIONS[0], GUIDE_QUESTIONS[2]]
    assert "2 of the 3 questions chosen" in result.stdout
    assert "wrote 2 files" in result.stdout


@pytest.mark.parametrize(
    ("pick", "message"),
    [
        ("2-x", "'2-x' is not a number or a range like 3-7"),
        ("4", "'4' is outside 1-3"),
        ("3-1", "'3-1' is outside 1-3"),
        (",", "no numbers given"),
    ],
)
def test_a_bad_pick_is_explained(guide: Path, tmp_path: Path, pick: str, message: str) -> None:
    out = tmp_path / "bank"
    result = run("import-md", str(guide), "--out", str(out), "--pick", pick)
    assert result.exit_code == 2
    assert message in result.stderr
    assert written(out) == []


def test_in_a_terminal_the_user_chooses(
    guide: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_module, "_can_ask", lambda: True)
    out = tmp_path / "bank"
    # a number out of range is explained and asked again
    result = run("import-md", str(guide), "--out", str(out), input="7\n2-3\n")
    assert result.exit_code == 0, result.stderr
    assert "Import which? all, none, or numbers like 1-5,9" in result.stdout
    assert "'7' is outside 1-3" in result.stdout + result.stderr
    assert written(out) == GUIDE_QUESTIONS[1:]


def test_in_a_terminal_none_writes_nothing_and_all_writes_all(
    guide: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_module, "_can_ask", lambda: True)
    out = tmp_path / "bank"
    declined = run("import-md", str(guide), "--out", str(out), input="\n")  # default: none
    assert declined.exit_code == 0
    assert "nothing written" in declined.stderr
    assert written(out) == []
    accepted = run("import-md", str(guide), "--out", str(out), input="all\n")
    assert accepted.exit_code == 0
    assert written(out) == GUIDE_QUESTIONS


def test_a_dry_run_numbers_what_it_would_import(guide: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    result = run("import-md", str(guide), "--out", str(out), "--dry-run")
    assert result.exit_code == 0
    assert "without --dry-run, you choose what to import" in result.stdout
    assert "  2. line 37: What does lowering the learning rate" in result.stdout
    assert "would write 3 files" in result.stdout
    picked = run("import-md", str(guide), "--out", str(out), "--dry-run", "--pick", "2")
    assert " -1. line 34:" in picked.stdout and "  2. line 37:" in picked.stdout
    assert "would write 1 files" in picked.stdout
    assert written(out) == []


def test_a_question_list_is_imported_without_asking(tmp_path: Path) -> None:
    folder = tmp_path / "some-list"
    folder.mkdir()
    document = Path(shutil.copy(FIXTURES / "numbered_headings.md", folder / "list.md"))
    result = run("import-md", str(document), "--out", str(tmp_path / "bank"))
    assert result.exit_code == 0, result.stderr
    assert "fill only" not in result.stdout
