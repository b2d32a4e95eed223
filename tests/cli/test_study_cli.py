"""Study commands: config, due, export/import of history, optimize."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from interview.core.scheduling import Grade, StudySettings
from interview.paths import database_path
from interview.storage.engine import open_database
from interview.study import Study
from tests.cli.test_cli import json_lines, run
from tests.conftest import NOW, write


def test_config_show_lists_every_setting(isolated_home: Path) -> None:
    result = run("config")
    assert result.exit_code == 0
    assert f"# {isolated_home / 'config.toml'}" in result.stdout
    for line in [
        "study.desired_retention = 0.9",
        "study.new_per_day = 10",
        'study.learning_steps = ["1m", "10m"]',
        "study.parameters = default",
    ]:
        assert line in result.stdout
    [data] = json_lines(run("config", "show", "--json"))
    assert data["study"]["leech_threshold"] == 6  # type: ignore[index]


def test_config_set_keeps_comments_and_validates(isolated_home: Path) -> None:
    config = write(
        isolated_home / "config.toml",
        "# my settings\nbanks = []\n\n[study]\n# be strict\nnew_per_day = 5\n",
    )
    assert (
        run("config", "set", "study.desired_retention", "0.85").stdout
        == "study.desired_retention = 0.85\n"
    )
    assert (
        run("config", "set", "study.learning_steps", "30s,5m").stdout
        == 'study.learning_steps = ["30s", "5m"]\n'
    )
    text = config.read_text()
    assert "# my settings" in text and "# be strict" in text and "new_per_day = 5" in text
    before = config.read_text()
    refused = run("config", "set", "study.desired_retention", "0.99")
    assert refused.exit_code == 1
    assert "between 0.70 and 0.97" in refused.stderr and "nothing was changed" in refused.stderr
    assert config.read_text() == before
    unknown = run("config", "set", "study.retention", "0.9")
    assert unknown.exit_code == 1 and "unknown setting 'study.retention'" in unknown.stderr
    assert run("config", "unset", "study.desired_retention").exit_code == 0
    assert "desired_retention" not in config.read_text()


def test_a_broken_setting_in_the_file_is_named(isolated_home: Path) -> None:
    write(isolated_home / "config.toml", "[study]\ndesired_retention = 2\n")
    result = run("due")
    assert result.exit_code == 1
    assert "study.desired_retention must be between 0.70 and 0.97, not 2.0" in result.stderr


def answer_some() -> None:
    run("list")  # creates the database and syncs the shipped bank
    study = Study(
        engine=open_database(database_path()), settings=StudySettings(fuzz=False), zone=UTC
    )
    study.answer(question_id="evaluation/pr-auc-vs-roc-auc", grade=Grade.AGAIN, now=NOW)
    study.answer(question_id="ml-theory/pca-via-svd", grade=Grade.GOOD, now=NOW)


def test_due_reports_by_category(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("interview.cli._now", lambda: NOW + timedelta(days=30))
    monkeypatch.setattr("interview.cli._local_zone", lambda: UTC)
    answer_some()
    [data] = json_lines(run("due", "--json"))
    assert data["due_now"] == 2  # both are due within 30 days
    assert data["new_left_today"] == 10
    categories = data["categories"]
    assert categories["evaluation"]["due_now"] == 1  # type: ignore[index]
    plain = run("due").stdout
    assert "2 due now" in plain and "10 new left today" in plain


def test_export_then_import_history_into_a_new_database(
    isolated_home: Path, tmp_path: Path
) -> None:
    answer_some()
    out = tmp_path / "history.json"
    result = run("export", "json", "--out", str(out))
    assert result.exit_code == 0
    assert "wrote 2 cards and 2 reviews" in result.stderr
    document = json.loads(out.read_text())
    assert document["format"] == "interview-history"
    fresh = tmp_path / "fresh.db"
    imported = run("--db", str(fresh), "import-history", str(out))
    assert imported.exit_code == 0, imported.stderr
    assert imported.stdout == "imported 2 cards, 2 reviews, 0 notes\n"
    again = json.loads(run("--db", str(fresh), "export", "json").stdout)
    assert again["reviews"] == document["reviews"] and again["cards"] == document["cards"]
    refused = run("--db", str(fresh), "import-history", str(out))
    assert refused.exit_code == 1 and "already has study history" in refused.stderr


def test_import_of_a_truncated_file_says_so(tmp_path: Path) -> None:
    bad = write(tmp_path / "h.json", '{"format": "interview-history", "version": 1, "cards": [')
    result = run("import-history", str(bad))
    assert result.exit_code == 1
    assert "truncated" in result.stderr


def test_optimize_with_too_little_history_keeps_defaults(isolated_home: Path) -> None:
    answer_some()
    result = run("optimize")
    assert result.exit_code == 0
    assert "2 reviews so far; fitting needs 400, so 398 more" in result.stdout
    assert (
        "parameters" not in (isolated_home / "config.toml").read_text()
        if (isolated_home / "config.toml").exists()
        else True
    )


def test_optimize_saves_fitted_parameters(isolated_home: Path, tmp_path: Path) -> None:
    from tests.storage.test_history import simulated_history

    points = simulated_history(600)
    reviews = [
        {
            "question_id": p.question_id,
            "reviewed_at": p.reviewed_at.isoformat(),
            "grade": p.grade,
            "card_after": {
                "status": 2,
                "step": None,
                "stability": 1.0,
                "difficulty": 5.0,
                "due": p.reviewed_at.isoformat(),
                "last_review": p.reviewed_at.isoformat(),
            },
        }
        for p in points
    ]
    history = write(
        tmp_path / "h.json",
        json.dumps(
            {
                "format": "interview-history",
                "version": 1,
                "cards": [],
                "reviews": reviews,
                "user": [],
            }
        ),
    )
    assert run("import-history", str(history)).exit_code == 0
    result = run("optimize")
    assert result.exit_code == 0, result.stderr
    assert "fitted to 600 reviews" in result.stdout
    [data] = json_lines(run("config", "show", "--json"))
    parameters = data["study"]["parameters"]  # type: ignore[index]
    assert isinstance(parameters, list) and len(parameters) == 21
    assert run("config", "unset", "study.parameters").exit_code == 0


def test_optimize_without_the_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_optimizer(name: str, *args: object, **kwargs: object) -> object:
        if name == "fsrs_rs_python":
            raise ImportError("No module named 'fsrs_rs_python'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_optimizer)
    result = run("optimize")
    assert result.exit_code == 1
    assert "pip install 'interview[optimizer]'" in result.stderr
