"""Hostile databases, disks, paths and files: each gives a clear message and exit 1
(or 2 for a bad option), never a traceback, and never loses or forges data."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from click.testing import Result
from sqlalchemy import Engine, event

from interview.core.scheduling import Grade, StudySettings
from interview.paths import database_path
from interview.storage.engine import open_database
from interview.storage.sync import sync_banks
from interview.study import Study
from tests.cli.test_cli import run
from tests.cli.test_mock_cli import finished_mock
from tests.conftest import NOW, question_text, write
from tests.storage.test_study import make_bank


def reviewed_database(path: Path, bank: Path, reviews: int) -> None:
    """A database at `path` with `reviews` reviews over the bank's questions."""
    engine = open_database(path)
    sync_banks(engine=engine, folders=[make_bank(bank)], now=NOW, workers=1)
    study = Study(engine=engine, settings=StudySettings(fuzz=False), zone=UTC)
    with engine.connect() as connection:
        ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM question ORDER BY id")]
    for number in range(reviews):
        study.answer(
            question_id=ids[number % len(ids)],
            grade=Grade.GOOD if number % 3 else Grade.HARD,
            now=NOW + timedelta(minutes=number),
        )
    with engine.connect() as connection:  # everything into the main file
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


def damage(path: Path, table: str, *, which: int = 0) -> int:
    """Overwrite one leaf page of `table` with garbage; returns the page number."""
    with sqlite3.connect(path) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            )
        ]
    connection.close()
    page = pages[which]
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\xab" * size)
    return page


def no_traceback(result: object) -> None:
    assert "Traceback" not in getattr(result, "output", "")


# -- paths that cannot hold a database ----------------------------------------------------


def test_dev_null_as_the_database_is_refused() -> None:
    result = run("--db", "/dev/null", "due")
    assert result.exit_code == 1
    assert "/dev/null is a device or special file, not a database file" in result.stderr


def test_a_fifo_as_the_database_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    result = run("--db", str(fifo), "list")
    assert result.exit_code == 1 and "not a database file" in result.stderr


def test_a_home_of_a_user_that_does_not_exist() -> None:
    result = run("--db", "~nosuchuser-interview/x.db", "due")
    assert result.exit_code == 1
    assert "names no user on this machine" in result.stderr


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = write(tmp_path / "notes.db", "these are my notes, not a database\n" * 200)
    result = run("--db", str(junk), "due")
    assert result.exit_code == 1
    assert "is not an interview database" in result.stderr
    assert junk.read_text().startswith("these are my notes")  # left as it was


# -- a damaged database ---------------------------------------------------------------------


@pytest.fixture
def damaged_cards(tmp_path: Path) -> Path:
    """A database whose card table lost a page; its reviews are intact."""
    path = tmp_path / "damaged.db"
    reviewed_database(path, tmp_path / "bank", reviews=40)
    damage(path, "card")
    return path


def test_commands_on_a_damaged_database_say_so_and_how_to_save_it(damaged_cards: Path) -> None:
    result = run("--db", str(damaged_cards), "due")
    assert result.exit_code == 1
    no_traceback(result)
    assert f"the database {damaged_cards} is damaged" in result.stderr
    assert f"interview --db {damaged_cards} export json --out rescue.json" in result.stderr


def test_export_of_a_damaged_database_saves_everything_readable_and_rebuilds_cards(
    damaged_cards: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.db"
    reviewed_database(good, tmp_path / "bank2", reviews=40)
    expected = json.loads(run("--db", str(good), "export", "json").stdout)

    out = tmp_path / "rescue.json"
    result = run("--db", str(damaged_cards), "export", "json", "--out", str(out))
    assert result.exit_code == 1  # the export is written, but the user must know
    assert "is damaged: the export holds what could still be read" in result.stderr
    assert (
        "12 cards (12 rebuilt from their reviews), 40 reviews, 0 stars and notes; about 0 rows lost"
        in result.stderr
    )
    rescued = json.loads(out.read_text())
    assert rescued["reviews"] == expected["reviews"]
    assert rescued["cards"] == expected["cards"]  # every card rebuilt exactly

    fresh = tmp_path / "fresh.db"
    imported = run("--db", str(fresh), "import-history", str(out))
    assert imported.exit_code == 0, imported.stderr
    assert imported.stdout.startswith("imported 12 cards, 40 reviews")


def test_export_skips_a_lost_page_of_reviews_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    reviewed_database(path, tmp_path / "bank", reviews=600)
    damage(path, "review", which=1)  # a page in the middle
    out = tmp_path / "rescue.json"
    result = run("--db", str(path), "export", "json", "--out", str(out))
    assert result.exit_code == 1
    rescued = json.loads(out.read_text())
    ids = [review["reviewed_at"] for review in rescued["reviews"]]
    assert 450 < len(ids) < 600  # one page of a few dozen reviews is gone
    assert ids == sorted(ids)
    assert "rows lost" in result.stderr
    lost = 600 - len(ids)
    assert f"about {lost} rows lost" in result.stderr


async def test_the_app_on_a_damaged_database_closes_with_the_message(damaged_cards: Path) -> None:
    from interview.config import Config
    from interview.tui.app import make_app

    app = make_app(db_path=damaged_cards, banks=[], config=Config(), clock=lambda: NOW, zone=UTC)
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_code == 1
    assert app.failure is not None and "is damaged" in app.failure
    assert "export json --out rescue.json" in app.failure


# -- full and read-only disks (SQLite's own errors, raised for real) ------------------------


@pytest.fixture
def limited(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Each new connection runs these PRAGMAs: max_page_count makes SQLite report a
    full disk (SQLITE_FULL); query_only makes every write fail as on a read-only file."""
    pragmas: dict[str, str] = {}
    from interview.storage import engine as engine_module

    original = engine_module.make_engine

    def make(path: str | Path) -> Engine:
        engine = original(path)

        @event.listens_for(engine, "connect")
        def _limit(connection: sqlite3.Connection, _: object) -> None:
            for name, value in pragmas.items():
                connection.execute(f"PRAGMA {name} = {value}")

        return engine

    monkeypatch.setattr(engine_module, "make_engine", make)
    yield pragmas


def test_sync_on_a_full_disk_rolls_back_and_says_so(
    tmp_path: Path, limited: dict[str, str]
) -> None:
    path = tmp_path / "a.db"
    run("--db", str(path), "sync", str(make_bank(tmp_path / "small")))
    before = run("--db", str(path), "list").stdout
    big = tmp_path / "big"
    for number in range(60):
        write(big / "x" / f"q{number}.md", question_text(question="filler " * 2000))
    limited["max_page_count"] = str(path.stat().st_size // 4096 + 20)
    result = run("--db", str(path), "sync", str(big))
    assert result.exit_code == 1
    no_traceback(result)
    assert "is full: nothing was written (the change was rolled back)" in result.stderr
    limited.clear()
    assert run("--db", str(path), "list").stdout == before


def test_a_new_database_on_a_full_disk(tmp_path: Path, limited: dict[str, str]) -> None:
    limited["max_page_count"] = "3"
    result = run("--db", str(tmp_path / "new.db"), "list")
    assert result.exit_code == 1
    assert "is full" in result.stderr


def test_a_write_to_a_read_only_database(tmp_path: Path, limited: dict[str, str]) -> None:
    path = tmp_path / "a.db"
    run("--db", str(path), "list")
    limited["query_only"] = "1"
    result = run("--db", str(path), "sync", str(make_bank(tmp_path / "bank")))
    assert result.exit_code == 1
    assert "cannot be written (read-only file or file system): nothing was changed" in (
        result.stderr
    )


# -- output files ---------------------------------------------------------------------------


def test_export_never_replaces_a_device_or_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run("export", "json", "--out", str(fifo))
    assert result.exit_code == 1
    assert "is a device or special file, not a regular file: nothing was written" in (result.stderr)
    assert not fifo.is_file() and fifo.exists()


def test_export_writes_through_a_symlink_and_keeps_the_link(tmp_path: Path) -> None:
    real = write(tmp_path / "dotfiles" / "history.json", "old")
    link = tmp_path / "history.json"
    link.symlink_to(real)
    result = run("export", "json", "--out", str(link))
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert json.loads(real.read_text())["format"] == "interview-history"
    assert sorted(p.name for p in real.parent.iterdir()) == ["history.json"]  # no temp left


# -- options out of range -------------------------------------------------------------------


def test_a_mock_id_too_big_for_the_database() -> None:
    result = run("report", "9223372036854775808")
    assert result.exit_code == 2
    assert "9223372036854775808 is not in the range" in result.stderr


def test_check_refuses_a_timeout_that_is_not_a_number(tmp_path: Path) -> None:
    solution = write(tmp_path / "s.py", "def f():\n    return 1\n")
    result = run("check", "algorithms/two-sum", str(solution), "--timeout", "nan")
    assert result.exit_code == 2
    assert "nan is not a number of seconds" in result.stderr


# -- terminal escapes in what commands print ------------------------------------------------

HOSTILE = "Plain \x1b]52;c;cm0gLXJmIH4=\x07 copy \x1b]0;title\x07 \u202eevil \x9b31m \u2028 end"


def test_json_output_escapes_c1_controls_and_bidi_overrides(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    write(bank / "x" / "q.md", question_text(question=HOSTILE))
    result = run("--db", str(tmp_path / "a.db"), "sync", str(bank))
    assert result.exit_code == 0
    shown = run("--db", str(tmp_path / "a.db"), "show", "x/q", "--json")
    raw = shown.stdout
    for char in ("\x1b", "\x07", "\x9b", "\u202e", "\u2028"):
        assert char not in raw
    assert "\\u009b" in raw and "\\u202e" in raw and "\\u001b" in raw
    assert json.loads(raw)["question"] == HOSTILE  # a JSON reader gets the text back


def test_report_escapes_what_the_question_text_holds(tmp_path: Path) -> None:
    mock_id = finished_mock(tmp_path / "bank")
    engine = open_database(database_path())
    with engine.begin() as connection:
        connection.exec_driver_sql(  # the notes, as a pasted answer would carry them
            "UPDATE mock SET state = replace(state, 'said the key', ?)",
            (json.dumps(HOSTILE)[1:-1],),
        )
    engine.dispose()
    report = run("report", str(mock_id))
    assert report.exit_code == 0
    for char in ("\x1b", "\x07", "\x9b", "\u202e", "\u2028"):
        assert char not in report.stdout
    assert "\\x1b]52;c;" in report.stdout and "\\u202e" in report.stdout


# -- config files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("study = 5\n", "'study' must be a table"),
        ("ui = 5\n", "'ui' must be a table"),
        ("[study]\nnew_per_day = 99999999999999999999\n", "new_per_day must be 0 to 10000"),
        ("[study]\nleech_threshold = 9223372036854775807\n", "leech_threshold must be 1 to 1000"),
        ('banks = ["~nosuchuser-interview/b"]\n', "for a user this machine does not have"),
    ],
)
def test_a_config_file_with_a_wrong_type_or_size(
    isolated_home: Path, text: str, message: str
) -> None:
    write(isolated_home / "config.toml", text)
    result = run("due")
    assert result.exit_code == 1
    no_traceback(result)
    assert message in result.stderr


def test_config_set_over_a_value_that_is_not_a_table(isolated_home: Path) -> None:
    config = write(isolated_home / "config.toml", "study = 5\n")
    result = run("config", "set", "study.new_per_day", "3")
    assert result.exit_code == 1
    assert "'study' is int where a table belongs" in result.stderr
    assert config.read_text() == "study = 5\n"


def test_config_set_repairs_a_bad_value_and_refuses_a_huge_one(isolated_home: Path) -> None:
    config = write(isolated_home / "config.toml", '[study]\nnew_per_day = "x"\n')
    assert run("config", "set", "study.new_per_day", "3").exit_code == 0
    assert "new_per_day = 3" in config.read_text()
    result = run("config", "set", "study.new_per_day", "99999999999999999999999")
    assert result.exit_code == 1 and "nothing was changed" in result.stderr
    assert "new_per_day = 3" in config.read_text()


def test_a_config_that_is_a_fifo_does_not_hang_the_start(isolated_home: Path) -> None:
    os.mkfifo(isolated_home / "config.toml")
    result = run("due")
    assert result.exit_code == 1 and "not a regular file" in result.stderr


# -- import-history -------------------------------------------------------------------------


@pytest.fixture
def history(tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "a.db"
    reviewed_database(path, tmp_path / "bank", reviews=5)
    document: dict[str, object] = json.loads(run("--db", str(path), "export", "json").stdout)
    return document


def import_doc(tmp_path: Path, document: object, name: str = "h.json") -> tuple[Result, Path]:
    file = write(
        tmp_path / name, json.dumps(document) if not isinstance(document, str) else document
    )
    fresh = tmp_path / f"{name}.db"
    run("--db", str(fresh), "sync", str(tmp_path / "bank"))
    return run("--db", str(fresh), "import-history", str(file)), fresh


def test_import_counts_a_review_given_twice_once(
    tmp_path: Path, history: dict[str, list[object]]
) -> None:
    history["reviews"] = history["reviews"] + history["reviews"][:2]
    result, _ = import_doc(tmp_path, history)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("imported 5 cards, 5 reviews")
    assert "2 reviews appeared twice in the file" in result.stderr


def test_import_refuses_a_card_given_twice_differently(
    tmp_path: Path, history: dict[str, list[dict[str, object]]]
) -> None:
    twin = dict(history["cards"][0], reps=99)
    history["cards"].append(twin)
    result, fresh = import_doc(tmp_path, history)
    assert result.exit_code == 1
    assert "appears twice with different values" in result.stderr
    assert json.loads(run("--db", str(fresh), "export", "json").stdout)["reviews"] == []


def test_import_of_deeply_nested_json(tmp_path: Path) -> None:
    result, _ = import_doc(tmp_path, "[" * 100_000 + "]" * 100_000)
    assert result.exit_code == 1
    assert "nested thousands of levels deep" in result.stderr


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("reviewed_at", "9999-12-31T23:59:59-14:00", "is outside 1970-9000"),
        ("reviewed_at", "0001-01-01T00:00:00+14:00", "is outside 1970-9000"),
        ("duration_ms", 10**30, "'duration_ms' must be a whole number"),
        ("hints_used", -1, "'hints_used' must be a whole number"),
        ("rubric_covered", [True], "rubric_covered must be a list"),
    ],
)
def test_import_refuses_out_of_range_values_and_writes_nothing(
    tmp_path: Path,
    history: dict[str, list[dict[str, object]]],
    field: str,
    value: object,
    message: str,
) -> None:
    history["reviews"][-1][field] = value
    result, fresh = import_doc(tmp_path, history)
    assert result.exit_code == 1
    no_traceback(result)
    assert "entry 5 of 'reviews' is malformed" in result.stderr and message in result.stderr
    assert json.loads(run("--db", str(fresh), "export", "json").stdout)["cards"] == []


# -- import-md ------------------------------------------------------------------------------


def test_import_md_drops_terminal_escapes_from_a_third_party_list(tmp_path: Path) -> None:
    source = write(
        tmp_path / "list.md",
        "# List\r\n\r\n## What is \x1b]0;pwned\x07 bias?\r\n\r\n"
        "Answer with \x1b[31mred\x1b[0m and \u202e text.\r\n\r\n## What is variance?\r\n\r\nSpread.\r\n",
    )
    out = tmp_path / "out"
    result = run("import-md", str(source), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert "4 control characters (terminal escapes, bidi overrides) removed" in result.stderr
    texts = [path.read_text() for path in out.rglob("*.md")]
    assert len(texts) == 2
    joined = "".join(texts)
    for residue in ("\x1b", "\x07", "\u202e", "\r", "]0;pwned", "[31m"):
        assert residue not in joined
    assert re.search(r"# What is +bias\?", joined) and "Answer with red and  text." in joined
    linted = run("lint", str(out))
    assert linted.exit_code == 0 and "control character" not in linted.stdout


def test_import_md_into_a_folder_that_cannot_exist(tmp_path: Path) -> None:
    source = write(tmp_path / "list.md", "## What is bias?\n\nError.\n")
    result = run("import-md", str(source), "--out", "/proc/interview-x")
    assert result.exit_code == 1
    no_traceback(result)
    assert "/proc/interview-x" in result.stderr


def test_check_on_an_endless_loop_says_timed_out_once(tmp_path: Path) -> None:
    solution = write(
        tmp_path / "loop.py", "def merge_intervals(x):\n    while True:\n        pass\n"
    )
    result = run("check", "algorithms/merge-intervals", str(solution), "--timeout", "1")
    assert result.exit_code == 1
    assert result.stdout.count("timed out after 1 s") == 1
    assert "0 of 8 passed (7 not run)" in result.stdout


def test_tables_fit_80_columns_without_breaking_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from interview.paths import shipped_bank

    monkeypatch.setattr("interview.cli._is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "80")
    ids = {
        p.relative_to(shipped_bank()).with_suffix("").as_posix()
        for p in shipped_bank().rglob("*.md")
    }
    for command in (["list", "-c", "evaluation"], ["mock", "--list"], ["search", "calibration"]):
        result = run(*command)
        assert result.exit_code == 0, result.stderr
        lines = result.stdout.splitlines()
        assert all(len(line.rstrip()) <= 80 for line in lines), command
        if command[0] != "mock":
            shown = [line.split()[1 if command[0] == "search" else 0] for line in lines[1:]]
            assert shown and set(shown) <= ids  # every id whole, never folded
