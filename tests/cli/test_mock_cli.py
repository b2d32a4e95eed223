"""Mock commands (template list, history, Markdown report) and the stats table."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

from interview.core.scheduling import StudySettings
from interview.core.templates import Slot, Template
from interview.mocks import Mocks
from interview.paths import database_path
from interview.storage.engine import open_database
from interview.storage.sync import sync_banks
from interview.study import Study
from tests.cli.test_cli import json_lines, run
from tests.conftest import NOW
from tests.storage.test_study import make_bank


def finished_mock(bank: Path) -> int:
    """A finished two-question mock in the default database; returns its id."""
    engine = open_database(database_path())
    sync_banks(engine=engine, folders=[make_bank(bank)], now=NOW, workers=1)
    mocks = Mocks(
        engine=engine,
        study=Study(engine=engine, settings=StudySettings(fuzz=False), zone=UTC),
        config_path=None,
    )
    template = Template("duo", "Duo", 10, (Slot("ml-theory", count=2, minutes=5),))
    session = mocks.prepare(template, now=NOW, seed=3).session
    mock_id = mocks.begin(session, now=NOW)
    for minute in (2, 4):
        session.done_answering(NOW + timedelta(minutes=minute))
        session.toggle(0)
        session.toggle(1)
        session.toggle(2)
        session.set_notes("said the key thing")
        mocks.grade(session, now=NOW + timedelta(minutes=minute))
    engine.dispose()
    return mock_id


def test_mock_list_shows_every_shipped_template() -> None:
    result = run("mock", "--list")
    assert result.exit_code == 0
    keys = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert keys[0] == "ml-theory-rapid-fire"
    assert set(keys) >= {"phone-screen", "coding-round", "ml-system-design", "onsite-loop"}
    [phone] = [t for t in json_lines(run("mock", "--list", "--json")) if t["key"] == "phone-screen"]
    assert phone["minutes"] == 30 and phone["questions"] == 4


def test_a_broken_user_template_is_named_and_the_rest_still_list(isolated_home: Path) -> None:
    folder = isolated_home / "templates"
    folder.mkdir()
    (folder / "mine.toml").write_text('name = "Mine"\nminutes = 0\n[[slot]]\ncategory = "x"\n')
    result = run("mock", "--list")
    assert result.exit_code == 1
    assert "templates/mine.toml:2: error: minutes must be more than 0 (it is 0)" in result.stderr
    assert "phone-screen" in result.stdout


def test_mock_needs_list_or_history() -> None:
    assert run("mock").exit_code == 2


def test_history_and_report(tmp_path: Path) -> None:
    mock_id = finished_mock(tmp_path / "bank")
    [line] = run("mock", "--history").stdout.splitlines()
    assert line.split("\t")[:4] == [str(mock_id), "2026-11-21 09:30", "duo", "lean hire (3.0)"]
    [data] = json_lines(run("mock", "--history", "--json", "--template", "duo"))
    assert data["band"] == "lean hire" and data["coverage"] == 0.75
    assert json_lines(run("mock", "--history", "--json", "--template", "other")) == []

    report = run("report", str(mock_id))
    assert report.exit_code == 0
    assert report.stdout.startswith("# Mock interview: Duo\n")
    assert "> said the key thing" in report.stdout
    out = tmp_path / "reports" / "duo.md"
    written = run("report", str(mock_id), "--out", str(out))
    assert written.exit_code == 0 and out.read_text() == report.stdout
    missing = run("report", "999")
    assert missing.exit_code == 1
    assert "no mock with id 999" in missing.stderr


def test_stats_prints_the_weak_areas_table(tmp_path: Path) -> None:
    finished_mock(tmp_path / "bank")  # two ml-theory answers, 3 of 4 points each
    result = run("stats", "--weakest", "2")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    first = lines[0].split("\t")
    assert first[0] in {"ml-theory", "tag:metrics", "tag:graphs"}
    assert first[4] == "75%"  # rubric coverage
    areas = json_lines(run("stats", "--json", "--kind", "category"))
    by_name = {a["name"]: a for a in areas}
    assert by_name["ml-theory"]["seen"] == 2 and by_name["ml-theory"]["coverage"] == 0.75
    assert by_name["evaluation"]["weakness"] is None  # no reviews: not started
    assert [a["name"] for a in areas][-1] != "ml-theory"  # started areas rank first
