"""`interview assess`: a typed answer scored against a question's rubric, as text or JSON,
from a file or standard input; clear messages for no rubric or an empty answer; and the
per-category report of how often confirmed ticks disagree with the suggestions."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from interview.cli import cli
from interview.core.scheduling import Grade, StudySettings, make_scheduler
from interview.core.scoring import Assessment
from interview.paths import database_path
from interview.storage.engine import open_database
from interview.storage.study import record_review
from tests.conftest import NOW, question_text, write

QID = "evaluation/precision-recall-f1-fbeta"
ANSWER = (
    "There are 160 true positives, 90 false positives and 40 false negatives, so precision "
    "is 0.64 and recall is 0.80.\n"
    "F1 uses the harmonic mean, 2PR/(P+R), which comes to about 0.711 here."
)


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_assess_prints_each_point_with_its_evidence(tmp_path: Path) -> None:
    answer = write(tmp_path / "answer.txt", ANSWER)
    result = run("assess", QID, str(answer))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("[x] 1. Derives TP = 160")
    assert '"There are 160 true positives' in lines[1]
    assert any(line.startswith("[ ] 5.") for line in lines)
    assert lines[-1].startswith("covered ")


def test_assess_json_reads_standard_input() -> None:
    result = run("assess", QID, "-", "--json", input=ANSWER)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["question"] == QID
    assert data["total"] == 6 and data["covered"] == sum(p["covered"] for p in data["points"])
    first = data["points"][0]
    assert (first["index"], first["covered"]) == (1, True)
    assert first["text"].startswith("Derives TP = 160")
    assert 0 <= first["score"] <= 1 and "160 true positives" in first["evidence"]
    assert data["points"][4]["covered"] is False and data["points"][4]["evidence"] == ""


def test_an_empty_answer_says_so(tmp_path: Path) -> None:
    answer = write(tmp_path / "answer.txt", "  \n\n")
    result = CliRunner().invoke(cli, ["assess", QID, str(answer)])
    assert result.exit_code == 1
    assert f"the answer in {answer} is empty" in result.output


def test_a_question_without_a_rubric_says_so(tmp_path: Path, isolated_home: Path) -> None:
    bank = tmp_path / "bank"
    write(bank / "drafts" / "todo.md", question_text(title="A draft", rubric=()))
    write(isolated_home / "config.toml", f'banks = ["{bank}"]\n')
    answer = write(tmp_path / "answer.txt", "Something.")
    result = CliRunner().invoke(cli, ["assess", "drafts/todo", str(answer)])
    assert result.exit_code == 1
    assert "question 'drafts/todo' has no rubric" in result.output
    assert "## Rubric" in result.output


def test_an_unknown_id_suggests_close_ones(tmp_path: Path) -> None:
    answer = write(tmp_path / "answer.txt", ANSWER)
    result = CliRunner().invoke(cli, ["assess", "evaluation/precision-recall-f1", str(answer)])
    assert result.exit_code == 1
    assert "did you mean" in result.output


def test_assess_needs_an_id_and_a_file_or_report() -> None:
    result = CliRunner().invoke(cli, ["assess", QID])
    assert result.exit_code == 2
    assert "or --report" in result.output


def test_report_before_any_suggestion_says_there_is_nothing_yet() -> None:
    result = run("assess", "--report")
    assert result.exit_code == 0
    assert "no review has suggested ticks yet" in result.stdout


def test_report_shows_disagreement_per_category() -> None:
    run("sync")
    engine = open_database(database_path(None))
    for covered, suggested in (({0, 2}, {0, 1}), ({0, 1}, {0, 1})):
        record_review(
            engine=engine,
            scheduler=make_scheduler(StudySettings(fuzz=False)),
            question_id=QID,
            grade=Grade.GOOD,
            now=NOW,
            assessment=Assessment(
                rubric_total=6, covered=frozenset(covered), suggested=frozenset(suggested)
            ),
        )
    engine.dispose()
    result = run("assess", "--report")
    assert result.exit_code == 0
    [row] = [line for line in result.stdout.splitlines() if line.startswith("evaluation")]
    assert row.split() == ["evaluation", "2", "12", "4", "4", "1", "1", "17%"]
    data = json.loads(run("assess", "--report", "--json").stdout)
    assert data["categories"][0]["unticked"] == 1 and data["categories"][0]["added"] == 1
