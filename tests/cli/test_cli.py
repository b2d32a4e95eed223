"""The command line, as a user or a script calls it: output, JSON and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from interview import __version__
from interview.cli import cli
from interview.paths import shipped_bank
from tests.conftest import question_text, write

COMMANDS = ["sync", "lint", "list", "show", "search", "new"]


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, input=input, catch_exceptions=False)


def json_lines(result: Result) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture
def my_bank(tmp_path: Path, isolated_home: Path) -> Path:
    """A bank listed in the config file, so the default sync includes it."""
    folder = tmp_path / "my-bank"
    write(
        folder / "team-stories" / "conflict.md",
        question_text(
            title="Tell me about a conflict",
            front="tags: [my-conflicts]\ndifficulty: easy",
            question="Describe a disagreement with a colleague and how it ended.",
        ),
    )
    write(isolated_home / "config.toml", f'banks = ["{folder}"]\n')
    return folder


def shipped_count() -> int:
    return sum(1 for _ in shipped_bank().rglob("*.md"))


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"interview, version {__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Usage: " in result.stdout and "--help" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--nope"],
        ["list", "--difficulty", "extreme"],
        ["show"],
        ["frobnicate"],
        ["search"],
        ["search", "x", "--limit", "0"],
        ["new", "   "],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert "Error" in result.stderr


def test_list_syncs_the_shipped_and_configured_banks(my_bank: Path, isolated_home: Path) -> None:
    result = run("list", "--json")
    assert result.exit_code == 0, result.stderr
    rows = json_lines(result)
    assert len(rows) == shipped_count() + 1
    assert set(rows[0]) >= {"id", "title", "category", "tags", "difficulty"}
    [mine] = [r for r in rows if r["id"] == "team-stories/conflict"]
    assert (mine["category"], mine["tags"], mine["difficulty"]) == (
        "team-stories",
        ["my-conflicts"],
        "easy",
    )
    assert [r["category"] for r in rows] == sorted(r["category"] for r in rows)
    assert (isolated_home / "data" / "interview.db").exists()


def test_list_filters(my_bank: Path) -> None:
    by_tag = json_lines(run("list", "--json", "--tag", "my-conflicts"))
    assert [r["id"] for r in by_tag] == ["team-stories/conflict"]
    by_category = json_lines(run("list", "--json", "--category", "evaluation"))
    assert by_category and all(r["category"] == "evaluation" for r in by_category)
    easy = json_lines(run("list", "--json", "--difficulty", "EASY", "--category", "team-stories"))
    assert [r["id"] for r in easy] == ["team-stories/conflict"]
    assert run("list", "--json", "--category", "none-such").stdout == ""


def test_list_plain_output_is_tab_separated_for_pipes(my_bank: Path) -> None:
    lines = run("list", "--category", "team-stories").stdout.splitlines()
    assert lines == ["team-stories/conflict\teasy\t5m\tTell me about a conflict"]


def test_db_option_and_env_choose_the_database(tmp_path: Path) -> None:
    by_option = tmp_path / "a" / "one.db"
    assert run("--db", str(by_option), "list").exit_code == 0
    assert by_option.exists()
    after_command = tmp_path / "b" / "two.db"
    assert run("list", "--db", str(after_command)).exit_code == 0
    assert after_command.exists()
    by_env = tmp_path / "c" / "three.db"
    assert run("list", env={"INTERVIEW_DB": str(by_env)}).exit_code == 0
    assert by_env.exists()


def test_show_prints_the_whole_question(my_bank: Path) -> None:
    result = run("show", "team-stories/conflict")
    assert result.exit_code == 0
    out = result.stdout
    for part in [
        "# Tell me about a conflict",
        "## Question",
        "## Answer",
        "## Rubric",
        "- Defines overfitting",
        "## Hints",
    ]:
        assert part in out


def test_show_json_has_every_field(my_bank: Path) -> None:
    [data] = json_lines(run("show", "team-stories/conflict", "--json"))
    assert data["id"] == "team-stories/conflict"
    assert data["rubric"] == ["Defines overfitting", "Names a validation check"]
    assert data["retired"] is False
    assert data["path"] == str(my_bank / "team-stories" / "conflict.md")


def test_show_unknown_id_suggests_close_ones(my_bank: Path) -> None:
    result = run("show", "team-stories/conflit")
    assert result.exit_code == 1
    assert (
        "no question with id 'team-stories/conflit'; did you mean team-stories/conflict"
        in result.stderr
    )


def test_search_finds_best_first(my_bank: Path) -> None:
    rows = json_lines(run("search", "disagrement colleague", "--json"))
    assert rows[0]["id"] == "team-stories/conflict"
    assert "score" in rows[0] and "field" in rows[0]
    limited = json_lines(run("search", "model", "--json", "--limit", "2"))
    assert len(limited) == 2


def test_search_with_no_hits_exits_1(my_bank: Path) -> None:
    result = run("search", "qwxzv")
    assert result.exit_code == 1
    assert "no question matches 'qwxzv'" in result.stderr


def test_sync_prints_counts_and_problems(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    write(bank / "evaluation" / "good.md", question_text())
    write(
        bank / "evaluation" / "bad.md", "---\ndifficulty: extreme\n---\n# T\n\n## Question\nWhy?\n"
    )
    result = run("sync", str(bank))
    assert result.exit_code == 1
    assert (
        "added 1, updated 0, renamed 0, retired 0, restored 0, unchanged 0, errors 1"
        in result.stdout
    )
    assert "bad.md:2: error: difficulty 'extreme' is not one of easy, medium, hard" in result.stderr
    again = run("sync", str(bank))
    assert "unchanged 1" in again.stdout


def test_sync_only_touches_the_banks_it_is_given(tmp_path: Path, isolated_home: Path) -> None:
    bank = tmp_path / "bank"
    write(bank / "evaluation" / "good.md", question_text())
    assert run("sync", str(bank)).exit_code == 0
    rows = json_lines(run("list", "--json", "--category", "evaluation"))
    assert "evaluation/good" in [r["id"] for r in rows]


def test_lint_exit_codes_and_line_format(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    write(bank / "evaluation" / "warn.md", question_text(answer=""))
    clean = run("lint", str(bank))
    assert clean.exit_code == 0
    assert clean.stdout.splitlines() == [
        f"{bank / 'evaluation' / 'warn.md'}:6: warning: no Answer; "
        "write the model answer under '## Answer' (until then it is a draft: listed, "
        "never drawn into practice or mocks)",
        "1 files, 1 questions: 0 errors, 1 warnings",
    ]
    write(bank / "evaluation" / "bad.md", "---\ntime: 90\n---\n# T\n\n## Question\nWhy?\n")
    broken = run("lint", str(bank))
    assert broken.exit_code == 1
    assert f"{bank / 'evaluation' / 'bad.md'}:2: error: time '90' has no unit" in broken.stdout


def test_lint_paths_are_relative_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "bank" / "evaluation" / "warn.md", question_text(answer=""))
    monkeypatch.chdir(tmp_path)
    result = run("lint", "bank")
    assert result.stdout.startswith("bank/evaluation/warn.md:6: warning: no Answer")


def test_lint_json_and_no_database_written(tmp_path: Path, isolated_home: Path) -> None:
    bank = tmp_path / "bank"
    write(bank / "evaluation" / "warn.md", question_text(rubric=()))
    [problem] = json_lines(run("lint", str(bank), "--json"))
    assert problem["severity"] == "warning" and problem["message"] == "no Rubric"
    assert not (isolated_home / "data" / "interview.db").exists()


def test_lint_of_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    result = run("lint", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert "bank folder does not exist" in result.stdout


def test_bad_config_file_names_itself(isolated_home: Path) -> None:
    write(isolated_home / "config.toml", "banks = [unquoted]\n")
    result = run("list")
    assert result.exit_code == 1
    assert str(isolated_home / "config.toml") in result.stderr
    assert "not valid TOML" in result.stderr


def test_markup_and_escape_sequences_in_questions_print_literally(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    write(
        bank / "evaluation" / "evil.md",
        question_text(
            title="[bold red]Loud[/] \x1b[2J\x1b]0;pwned\x07", question="Why [@click=app.quit]?"
        ),
    )
    assert run("sync", str(bank)).exit_code == 0
    shown = run("show", "evaluation/evil").stdout
    assert "\x1b" not in shown and "\x07" not in shown
    assert "[bold red]Loud[/] \\x1b[2J\\x1b]0;pwned\\x07" in shown
    assert "Why [@click=app.quit]?" in shown
    listed = run("list", "--category", "evaluation").stdout
    assert "\x1b" not in listed


def test_new_writes_a_valid_file_into_the_personal_bank(isolated_home: Path) -> None:
    result = run("new", "What is label smoothing?", "--category", "ml-theory")
    assert result.exit_code == 0
    path = Path(result.stdout.strip())
    assert path == isolated_home / "data" / "bank" / "ml-theory" / "what-is-label-smoothing.md"
    text = path.read_text()
    assert "id: ml-theory/what-is-label-smoothing" in text
    lint = run("lint", str(path.parent.parent))
    assert lint.exit_code == 0
    assert "0 errors" in lint.stdout
    # the personal bank is part of the default banks from now on
    ids = [r["id"] for r in json_lines(run("list", "--json", "--category", "ml-theory"))]
    assert "ml-theory/what-is-label-smoothing" in ids


def test_new_never_overwrites_and_picks_a_fresh_id(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    first = Path(
        run("new", "Same title", "--bank", str(bank), "--category", "evaluation").stdout.strip()
    )
    second = Path(
        run("new", "Same title", "--bank", str(bank), "--category", "evaluation").stdout.strip()
    )
    assert first != second
    assert second.name == "same-title-2.md"
    assert "id: evaluation/same-title-2" in second.read_text()


def test_new_avoids_ids_of_the_shipped_bank(tmp_path: Path) -> None:
    shipped = next(shipped_bank().glob("evaluation/*.md"))
    title = shipped.stem.replace("-", " ")
    path = Path(
        run("new", title, "--bank", str(tmp_path / "b"), "--category", "evaluation").stdout.strip()
    )
    assert path.stem == f"{shipped.stem}-2"


def test_new_uses_the_first_configured_bank(my_bank: Path) -> None:
    path = Path(run("new", "Tell me about a failure", "--category", "team-stories").stdout.strip())
    assert path.parent.parent == my_bank


def test_new_opens_the_editor_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("click.edit", lambda filename=None, **_: opened.append(filename))
    run("new", "No terminal", "--bank", str(tmp_path / "b"), "-c", "evaluation")
    assert opened == []
    monkeypatch.setattr("interview.cli.stdin_is_terminal", lambda: True)
    made = run("new", "With terminal", "--bank", str(tmp_path / "b"), "-c", "evaluation")
    path = Path(made.stdout.strip())
    assert opened == [str(path)]
    run("new", "Not wanted", "--bank", str(tmp_path / "b"), "--no-edit", "-c", "evaluation")
    assert opened == [str(path)]


def test_new_asks_for_a_category_on_a_terminal_and_needs_one_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused = run("new", "Where does it go", "--bank", str(tmp_path / "b"))
    assert refused.exit_code == 2 and "give its category with --category" in refused.stderr
    monkeypatch.setattr("interview.cli.stdin_is_terminal", lambda: True)
    asked = run(
        "new", "Where does it go", "--bank", str(tmp_path / "b"), "--no-edit", input="ml-theory\n"
    )
    assert asked.exit_code == 0
    assert "Category (algorithms, behavioral, evaluation, ml-theory, system-design" in asked.stdout
    assert asked.stdout.strip().endswith("ml-theory/where-does-it-go.md")


def test_a_new_file_lints_clean_but_for_saying_it_is_a_draft(tmp_path: Path) -> None:
    path = Path(
        run("new", "A draft", "--bank", str(tmp_path / "b"), "-c", "evaluation").stdout.strip()
    )
    lines = run("lint", str(tmp_path / "b")).stdout.splitlines()
    assert len(lines) == 3 and all("until then it is a draft" in line for line in lines[:2])
    assert lines[-1] == "1 files, 1 questions: 0 errors, 2 warnings"
    assert path.exists()


def test_no_command_opens_the_app_on_the_chosen_database(
    my_bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview.tui.app import InterviewApp

    opened: list[InterviewApp] = []
    monkeypatch.setattr(InterviewApp, "run", lambda self, **_: opened.append(self))
    result = run("--db", str(tmp_path / "chosen.db"))
    assert result.exit_code == 0
    [app] = opened
    assert app.db_path == tmp_path / "chosen.db"
    assert my_bank in app.banks


def test_check_runs_a_solution_file_against_a_questions_tests(tmp_path: Path) -> None:
    from interview.core.parser import fenced_code

    question = "algorithms/merge-intervals"
    shown = json_lines(run("show", question, "--json"))[0]
    entry = str(shown["entry"])
    [reference] = [c for c in fenced_code(str(shown["answer"])) if f"def {entry}(" in c]
    good = tmp_path / "good.py"
    good.write_text(reference)
    passed = run("check", question, str(good))
    assert passed.exit_code == 0, passed.stdout
    total = passed.stdout.count("PASS ")
    assert total >= 5 and f"{total} of {total} passed in " in passed.stdout

    wrong = tmp_path / "wrong.py"
    wrong.write_text(f"def {entry}(intervals):\n    return intervals\n")
    failed = run("check", question, str(wrong))
    assert failed.exit_code == 1
    assert "FAIL" in failed.stdout and f" of {total} passed in " in failed.stdout
    [data] = json_lines(run("check", question, str(wrong), "--json"))
    assert data["outcome"] == "failed" and data["id"] == question

    missing = tmp_path / "missing.py"
    missing.write_text("x = 1\n")
    result = run("check", question, str(missing))
    assert result.exit_code == 1
    assert f"your code does not define the function {entry}(...)" in result.stdout


def test_check_refuses_a_question_without_tests(tmp_path: Path) -> None:
    solution = tmp_path / "s.py"
    solution.write_text("pass\n")
    result = run("check", "ml-theory/bias-variance-decomposition", str(solution))
    assert result.exit_code == 1
    assert "has no tests to run" in result.stderr


def test_show_on_a_terminal_renders_formulas_and_piped_keeps_latex(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qid = "evaluation/ab-test-sample-size-power"
    piped = run("show", qid)
    assert r"\dfrac{(z_{1-\alpha/2}" in piped.stdout  # lossless for a script or viewer

    monkeypatch.setattr("interview.cli._is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "120")
    shown = run("show", qid)
    assert shown.exit_code == 0
    assert "\\dfrac" not in shown.stdout and "$" not in shown.stdout
    assert "n = ((z_(1-α/2) + z₁₋ᵦ)² [p₁(1-p₁) + p₂(1-p₂)])/δ²" in shown.stdout  # noqa: RUF001


def test_no_command_summary_is_cut_mid_sentence() -> None:
    """`--help` lists each command by its first sentence: 'e.g.' must not end it."""
    import click

    def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
        found: list[tuple[str, click.Command]] = []
        for name, command in group.commands.items():
            found.append((prefix + name, command))
            if isinstance(command, click.Group):
                found += commands(command, prefix + name + " ")
        return found

    for name, command in commands(cli):
        summary = command.get_short_help_str(limit=80)
        assert not summary.rstrip(".").endswith(("e.g", "i.e", "etc")), (name, summary)


def test_check_runs_an_sql_answer_file(tmp_path: Path) -> None:
    from interview.core.coding import reference_solution

    question = "algorithms/sql-day7-retention"
    shown = json_lines(run("show", question, "--json"))[0]
    reference = reference_solution(str(shown["answer"]), "sql")
    assert reference is not None
    good = tmp_path / "answer.sql"
    good.write_text(reference)
    passed = run("check", question, str(good))
    assert passed.exit_code == 0, passed.stdout
    assert "2 of 2 passed in " in passed.stdout
    wrong = tmp_path / "wrong.sql"
    wrong.write_text(reference.replace("1.0 * ", ""))  # integer division
    failed = run("check", question, str(wrong))
    assert failed.exit_code == 1
    assert "FAIL     tests line 2" in failed.stdout and "expected 3 rows" in failed.stdout
