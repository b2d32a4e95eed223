"""`export json` carries everything a user made, and `import-history` restores it whole:
typed answers, ticks and code, mocks with their state, stars, notes, suspended and buried
questions, the last code per question, and the study settings."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from pathlib import Path

from interview.core.scheduling import Grade, StudySettings
from interview.core.scoring import Assessment
from interview.paths import database_path
from interview.storage.engine import open_database, write_transaction
from interview.storage.study import to_db
from interview.study import Study
from tests.cli.test_cli import json_lines, run
from tests.cli.test_mock_cli import finished_mock
from tests.conftest import NOW, write


def everything(tmp_path: Path) -> None:
    """The default database with a finished mock, a paused one, practice with a typed
    answer and code, a star and note, a suspended and a buried question, saved code."""
    finished_mock(tmp_path / "bank")
    engine = open_database(database_path())
    study = Study(engine=engine, settings=StudySettings(fuzz=False), zone=UTC)
    study.answer(
        question_id="algorithms/q1",
        now=NOW + timedelta(hours=1),
        grade=Grade.GOOD,
        assessment=Assessment(
            rubric_total=3,
            covered=frozenset({0, 2}),
            notes="Use a heap of size k.\nThen pop.",
            code="def f():\n    return 1\n",
            tests_passed=2,
            tests_total=3,
        ),
    )
    study.suspend("evaluation/q1")
    study.bury("evaluation/q2", now=NOW)
    with write_transaction(engine) as cursor:
        cursor.execute(
            "INSERT INTO question_user (question_id, starred, note) VALUES ('ml-theory/q3', 1, 'hm')"
        )
        cursor.execute(
            "INSERT INTO question_code (question_id, code, saved_at) VALUES (?, ?, ?)",
            ("algorithms/q1", "def f():\n    return 2\n", to_db(NOW)),
        )
    engine.dispose()


def test_export_then_import_restores_everything(tmp_path: Path, isolated_home: Path) -> None:
    everything(tmp_path)
    write(isolated_home / "config.toml", "[study]\ndesired_retention = 0.85\n")
    out = tmp_path / "all.json"
    assert run("export", "json", "--out", str(out)).exit_code == 0
    document = json.loads(out.read_text())
    assert document["version"] == 2
    assert len(document["mocks"]) == 1 and document["mocks"][0]["state"]["items"]
    [typed] = [r for r in document["reviews"] if r["source"] == "practice"]
    assert all(
        r["notes"] == "said the key thing" for r in document["reviews"] if r["source"] == "mock"
    )
    assert typed["notes"] == "Use a heap of size k.\nThen pop."
    assert (typed["code"], typed["tests_passed"], typed["tests_total"]) == (
        "def f():\n    return 1\n",
        2,
        3,
    )
    assert typed["rubric_covered"] == [0, 2]
    user = {u["question_id"]: u for u in document["user"]}
    assert user["evaluation/q1"]["suspended"] and user["evaluation/q2"]["buried_until"]
    assert document["code"] == [
        {
            "question_id": "algorithms/q1",
            "code": "def f():\n    return 2\n",
            "saved_at": NOW.isoformat(),
        }
    ]
    assert document["settings"]["study"]["desired_retention"] == 0.85

    write(isolated_home / "config.toml", "")  # a new machine, default settings
    fresh = tmp_path / "fresh.db"
    run("--db", str(fresh), "sync", str(tmp_path / "bank"))
    imported = run("--db", str(fresh), "import-history", str(out))
    assert imported.exit_code == 0, imported.stderr
    assert "1 mocks, the last code of 1 questions" in imported.stdout
    assert "interview config set study.desired_retention '0.85'" in imported.stderr
    again = json.loads(run("--db", str(fresh), "export", "json").stdout)
    for key in ("cards", "reviews", "user", "mocks", "code"):
        assert again[key] == document[key], key
    history = json_lines(run("--db", str(fresh), "mock", "--history", "--json"))
    assert [h["band"] for h in history] == ["lean hire"]
    report = run("--db", str(fresh), "report", str(document["mocks"][0]["id"]))
    assert report.exit_code == 0 and "> said the key thing" in report.stdout


def test_a_version_1_file_still_imports(tmp_path: Path) -> None:
    everything(tmp_path)
    document = json.loads(run("export", "json").stdout)
    old = {
        "format": "interview-history",
        "version": 1,
        "app_version": "0.1",
        "exported_at": document["exported_at"],
        "cards": document["cards"],
        "reviews": [
            {
                k: v
                for k, v in r.items()
                if k not in ("id", "notes", "code", "tests_passed", "tests_total")
            }
            for r in document["reviews"]
        ],
        "user": [{k: u[k] for k in ("question_id", "starred", "note")} for u in document["user"]],
    }
    file = write(tmp_path / "v1.json", json.dumps(old))
    fresh = tmp_path / "fresh.db"
    run("--db", str(fresh), "sync", str(tmp_path / "bank"))
    result = run("--db", str(fresh), "import-history", str(file))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(
        f"imported {len(old['cards'])} cards, {len(old['reviews'])} reviews"
    )


def test_a_mock_with_a_broken_state_is_refused_and_nothing_written(tmp_path: Path) -> None:
    everything(tmp_path)
    document = json.loads(run("export", "json").stdout)
    document["mocks"][0]["state"] = "not an object"
    file = write(tmp_path / "bad.json", json.dumps(document))
    fresh = tmp_path / "fresh.db"
    run("--db", str(fresh), "sync", str(tmp_path / "bank"))
    result = run("--db", str(fresh), "import-history", str(file))
    assert result.exit_code == 1
    assert "entry 1 of 'mocks' is malformed: 'state' must be an object" in result.stderr
    assert json.loads(run("--db", str(fresh), "export", "json").stdout)["reviews"] == []


def test_merge_adds_a_history_to_one_that_has_its_own(tmp_path: Path) -> None:
    everything(tmp_path)
    first = json.loads(run("export", "json").stdout)
    # the same user practised more on this machine: a later review of one question
    engine = open_database(database_path())
    study = Study(engine=engine, settings=StudySettings(fuzz=False), zone=UTC)
    study.answer(question_id="ml-theory/q0", now=NOW + timedelta(days=3), grade=Grade.EASY)
    engine.dispose()
    # and on another machine, from the first export, practised something else
    other = tmp_path / "laptop.db"
    run("--db", str(other), "sync", str(tmp_path / "bank"))
    file = write(tmp_path / "first.json", json.dumps(first))
    assert run("--db", str(other), "import-history", str(file)).exit_code == 0
    laptop = Study(engine=open_database(other), settings=StudySettings(fuzz=False), zone=UTC)
    laptop.answer(question_id="evaluation/q0", now=NOW + timedelta(days=2), grade=Grade.HARD)
    laptop_file = write(tmp_path / "laptop.json", run("--db", str(other), "export", "json").stdout)

    refused = run("import-history", str(laptop_file))
    assert refused.exit_code == 1 and "--merge" in refused.stderr
    merged = run("import-history", "--merge", str(laptop_file))
    assert merged.exit_code == 0, merged.stderr
    assert "reviews were already in this database; skipped" in merged.stderr
    result = json.loads(run("export", "json").stdout)
    keys = [(r["question_id"], r["reviewed_at"]) for r in result["reviews"]]
    assert len(keys) == len(set(keys)) == len(first["reviews"]) + 2  # one from each side
    cards = {c["question_id"]: c for c in result["cards"]}
    assert cards["evaluation/q0"]["last_review"] == (NOW + timedelta(days=2)).isoformat()
    assert cards["ml-theory/q0"]["last_review"] == (NOW + timedelta(days=3)).isoformat()
    assert len(result["mocks"]) == 1  # the same mock, not twice
    again = run("import-history", "--merge", str(laptop_file))  # merging twice adds nothing
    assert again.exit_code == 0
    assert json.loads(run("export", "json").stdout)["reviews"] == result["reviews"]
