"""The command line: `interview COMMAND`. Everything not interactive works from here.

Heavy imports (the database layer, rich) happen inside the commands that need them, so
`interview --help` and `interview lint` start fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from interview import __version__
from interview.core.questions import (
    Difficulty,
    Problem,
    Question,
    Severity,
    default_time_budget,
    format_duration,
    question_markdown,
)
from interview.core.text import display_path, json_text, printable, slugify

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from interview.config import Config
    from interview.mocks import Mocks
    from interview.storage.sync import SyncReport
    from interview.study import Study

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@dataclass
class Env:
    """What the group options chose, shared with the commands."""

    db: str | None = None
    db_path: Path | None = None
    """The database file a command opened, named when something goes wrong with it."""


class _Commands(click.Group):
    """The command group: a database or disk failure in any command becomes a message
    saying what happened and what to do, with exit status 1, instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (
            click.ClickException,
            click.exceptions.Exit,
            click.exceptions.Abort,
            BrokenPipeError,  # `interview list | head`: click ends quietly
        ):
            raise
        except Exception as exc:
            message = _failure_message(exc, ctx.obj.db_path if isinstance(ctx.obj, Env) else None)
            if message is None:
                raise
            raise click.ClickException(message) from exc


def _finite(value: float, name: str) -> float:
    """A number option that must be a real number (FloatRange lets nan through)."""
    import math

    if not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a number of seconds", param_hint=name)
    return value


def _failure_kind(exc: Exception, db_path: Path | None) -> str | None:
    from interview.storage.failures import explain

    failure = explain(exc, db_path)
    return failure.kind.value if failure is not None else None


def _failure_message(exc: Exception, db_path: Path | None) -> str | None:
    """What to tell the user about `exc`, or None for a bug (shown as a traceback)."""
    if isinstance(exc, RuntimeError) and "home directory" in str(exc):
        return f"a path starting with '~user' names no user on this machine ({exc}); write it out"
    if isinstance(exc, ValueError) and "INTERVIEW_NOW" in str(exc):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "out of memory; nothing more was written"
    from interview.storage.engine import DatabaseError
    from interview.storage.failures import explain

    if isinstance(exc, DatabaseError):
        return str(exc)

    failure = explain(exc, db_path)
    if failure is not None:
        return failure.message
    if isinstance(exc, OSError):
        name = f" {exc.filename}" if exc.filename else ""
        return f"cannot read or write{name}: {exc.strerror or exc}"
    return None


def _db_option(func: F) -> F:
    """`--db PATH` on a command too, so it works before or after the command name."""
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False),
        default=None,
        help="The database file (default: $INTERVIEW_DB, else the user data dir).",
    )(func)


def _now() -> datetime:
    """The real clock; commands pass it down so the core never reads it."""
    return datetime.now(UTC)


def _shown_path(path: str) -> str:
    """A path relative to the working directory when it is inside it."""
    return display_path(path)


def _problem_line(problem: Problem) -> str:
    shown = Problem(
        _shown_path(problem.path), problem.line, problem.severity, problem.message, problem.hint
    )
    return printable(str(shown))


def _load_config() -> Config:
    from interview.config import ConfigError, load_config

    try:
        config = load_config()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    for warning in config.warnings:
        click.echo(warning, err=True)
    return config


def _engine(env: Env, db: str | None) -> Engine:
    from interview.paths import database_path
    from interview.storage.engine import DatabaseError, open_database

    env.db_path = database_path(db or env.db)
    try:
        return open_database(env.db_path)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc


PROGRESS_FROM = 200
"""A sync that must read at least this many files shows a progress bar on a terminal."""


def _sync(engine: Engine, banks: Sequence[Path | str]) -> SyncReport:
    from interview.storage.sync import sync_banks

    if not sys.stderr.isatty():
        return sync_banks(engine=engine, folders=banks, now=_now())
    bar: Any = None
    task: Any = None

    def show(done: int, total: int) -> None:
        nonlocal bar, task
        if total < PROGRESS_FROM:
            return
        if bar is None:  # rich.progress is only imported when a bar is worth showing
            from rich.console import Console
            from rich.progress import Progress

            bar = Progress(console=Console(stderr=True), transient=True)
            bar.start()
            task = bar.add_task("Reading question files", total=total)
        bar.update(task, completed=done)

    try:
        return sync_banks(engine=engine, folders=banks, now=_now(), progress=show)
    finally:
        if bar is not None:
            bar.stop()


def _sync_default(env: Env, db: str | None) -> Engine:
    """Open the database and sync the default banks into it, noting any bad files."""
    from interview.config import default_banks

    engine = _engine(env, db)
    report = _sync(engine, default_banks(_load_config()))
    if report.errors:
        bad = len({p.path for p in report.problems if p.severity is Severity.ERROR})
        click.echo(
            f"note: {bad} bank file(s) have errors and did not load; run 'interview lint'",
            err=True,
        )
    return engine


def _is_terminal() -> bool:
    return sys.stdout.isatty()


def stdin_is_terminal() -> bool:
    """Whether a person may be typing at us (so an editor can be opened)."""
    return sys.stdin.isatty()


def _json_line(data: dict[str, Any]) -> None:
    click.echo(json_text(data))


def _summary_dict(question: Question) -> dict[str, Any]:
    return {
        "id": question.id,
        "title": question.title,
        "category": question.category,
        "tags": list(question.tags),
        "difficulty": question.difficulty.value,
        "time_budget": question.time_budget,
        "path": question.path,
    }


# -- the group --------------------------------------------------------------------------


@click.group(
    cls=_Commands,
    context_settings=CONTEXT_SETTINGS,
    invoke_without_command=True,
    epilog="Run 'interview COMMAND --help' for a command's options. "
    "Docs: docs/question-format.md for writing questions.",
)
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    default=None,
    help="The database file (default: $INTERVIEW_DB, else the user data dir).",
)
@click.version_option(__version__, "--version", prog_name="interview")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Prepare for machine-learning interviews: a question bank, practice and mocks.

    With no command, opens the app.
    """
    ctx.obj = Env(db=db)
    if ctx.invoked_subcommand is None:
        _overview(ctx.obj)


def _overview(env: Env) -> None:
    """Open the TUI on the default database and banks (or --db)."""
    from interview.paths import database_path
    from interview.tui.app import make_app

    config = _load_config()
    app = make_app(db_path=database_path(env.db), config=config)
    app.run()
    if app.return_code:  # the app said why on the terminal as it closed
        sys.exit(app.return_code)


# -- sync and lint ----------------------------------------------------------------------


@cli.command()
@click.argument("banks", nargs=-1, type=click.Path(file_okay=False))
@_db_option
@click.pass_obj
def sync(env: Env, banks: tuple[str, ...], db: str | None) -> None:
    """Load bank folders into the database.

    BANKS default to the shipped bank, the personal bank and the banks in the config
    file. Unchanged files are skipped; edited files update their question; a question
    whose file is gone is retired with its history kept. Exits 1 if any file has errors.
    """
    from interview.config import default_banks

    folders: Sequence[Path | str] = banks or default_banks(_load_config())
    engine = _engine(env, db)
    report = _sync(engine, folders)
    for problem in report.problems:
        click.echo(_problem_line(problem), err=True)
    click.echo(report.summary())
    if report.errors:
        sys.exit(1)


@cli.command()
@click.argument("banks", nargs=-1, type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per problem.")
def lint(banks: tuple[str, ...], as_json: bool) -> None:
    """Check question files and print every problem as 'file:line: severity: message'.

    BANKS default to the shipped bank, the personal bank and the configured banks.
    Exits 0 when there are no errors (warnings are allowed), 1 otherwise.
    """
    from interview.config import default_banks
    from interview.core.lint import lint_banks

    folders: Sequence[Path | str] = banks or default_banks(_load_config())
    report = lint_banks(folders)
    for problem in report.problems:
        if as_json:
            _json_line(problem.to_dict())
        else:
            click.echo(_problem_line(problem))
    if not as_json:
        click.echo(
            f"{report.files} files, {len(report.questions)} questions: "
            f"{report.errors} errors, {report.warnings} warnings"
        )
    if report.errors:
        sys.exit(1)


# -- reading the bank -------------------------------------------------------------------


@cli.command(name="list")
@click.option("--category", "-c", help="Only this category.")
@click.option("--tag", "-t", help="Only questions with this tag.")
@click.option(
    "--difficulty",
    "-d",
    type=click.Choice([d.value for d in Difficulty], case_sensitive=False),
    help="Only this difficulty.",
)
@click.option("--retired", is_flag=True, help="Also list retired questions (file gone).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@_db_option
@click.pass_obj
def list_command(
    env: Env,
    category: str | None,
    tag: str | None,
    difficulty: str | None,
    retired: bool,
    as_json: bool,
    db: str | None,
) -> None:
    """List questions, by category then id."""
    from interview.storage.repository import list_questions

    engine = _sync_default(env, db)
    with engine.connect() as connection:
        questions = list_questions(
            connection=connection,
            category=category,
            tag=tag.lower() if tag else None,
            difficulty=Difficulty(difficulty.lower()) if difficulty else None,
            include_retired=retired,
        )
    if as_json:
        for question in questions:
            _json_line(_summary_dict(question))
        return
    _print_table(
        ["id", "difficulty", "time", "title"],
        ([q.id, q.difficulty.value, format_duration(q.time_budget), q.title] for q in questions),
    )
    if _is_terminal():
        click.echo(f"{len(questions)} questions", err=True)


TEXT_COLUMNS = ("title", "name", "slots", "area")
"""Columns that may be cut short (with …) to fit the terminal; the others stay whole."""


def _print_table(
    headers: list[str], rows: Iterable[list[str]], *, drop: Sequence[str] = ()
) -> None:
    """A table on a terminal; tab-separated lines (no header) in a pipe.

    On a terminal no word is broken: columns stay on one line, a text column (a title)
    is shortened with an ellipsis, and when even that does not fit, the columns in
    `drop` go, first ones first.
    """
    if not _is_terminal():
        for row in rows:
            click.echo("\t".join(printable(cell) for cell in row))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    cells = [[printable(cell) for cell in row] for row in rows]
    keep = list(range(len(headers)))

    def needed(columns: list[int]) -> int:
        widths = [
            max(12, len(headers[i]))
            if headers[i] in TEXT_COLUMNS
            else max([len(headers[i]), *(len(row[i]) for row in cells)])
            for i in columns
        ]
        return sum(widths) + 2 * (len(columns) - 1)

    # without a list, the short columns go from the right; the first and text ones stay
    order = drop or [h for h in reversed(headers[1:]) if h not in TEXT_COLUMNS]
    for name in order:
        if needed(keep) <= console.width:
            break
        keep = [i for i in keep if headers[i] != name]
    whole = {i: max([len(headers[i]), *(len(row[i]) for row in cells)]) for i in keep}
    texts = [i for i in keep if headers[i] in TEXT_COLUMNS]
    fixed = sum(whole[i] for i in keep if i not in texts) + 2 * (len(keep) - 1)
    share = max(12, (console.width - fixed) // len(texts)) if texts else 0
    widths = {i: min(whole[i], share) if i in texts else whole[i] for i in keep}

    def cut(text: str, width: int) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    for i in keep:
        table.add_column(headers[i], no_wrap=True, width=widths[i])
    for row in cells:  # Text: never markup; cut with an ellipsis, never wrapped
        table.add_row(*(Text(cut(row[i], widths[i]), no_wrap=True) for i in keep))
    console.print(table)


@cli.command()
@click.argument("question_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="The whole question as JSON.")
@_db_option
@click.pass_obj
def show(env: Env, question_id: str, as_json: bool, db: str | None) -> None:
    """Show a whole question: prompt, answer, rubric, hints, follow-ups, tests, notes."""
    from interview.storage.repository import get_question, is_retired, list_questions

    engine = _sync_default(env, db)
    with engine.connect() as connection:
        question = get_question(connection=connection, question_id=question_id)
        retired = question is not None and is_retired(
            connection=connection, question_id=question_id
        )
        others = [] if question else list_questions(connection=connection)
    if question is None:
        raise click.ClickException(_unknown_id(question_id, [q.id for q in others]))
    if as_json:
        _json_line({**question.to_dict(), "retired": retired})
        return
    text = question_markdown(question, retired=retired)
    if _is_terminal():
        from rich.console import Console
        from rich.markdown import Markdown

        from interview.core.mathtext import readable_math

        # On a terminal formulas read as Unicode; piped, the Markdown keeps its LaTeX
        # (lossless, for a viewer or a script that renders it).
        Console().print(Markdown(readable_math(printable(text))))
    else:
        click.echo(printable(text))


def _unknown_id(question_id: str, ids: list[str]) -> str:
    from rapidfuzz import process

    close = [match for match, score, _ in process.extract(question_id, ids, limit=3) if score > 60]
    hint = f"; did you mean {', '.join(close)}?" if close else "; 'interview list' shows the ids"
    return f"no question with id '{printable(question_id)}'{hint}"


@cli.command()
@click.argument("query")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@_db_option
@click.pass_obj
def search(env: Env, query: str, limit: int, as_json: bool, db: str | None) -> None:
    """Fuzzy search over titles, questions, answers and tags, best first."""
    from interview.core.search import search_questions
    from interview.storage.repository import list_questions

    engine = _sync_default(env, db)
    with engine.connect() as connection:
        questions = list_questions(connection=connection)
    hits = search_questions(questions, query, limit=limit)
    if as_json:
        for hit in hits:
            _json_line({**_summary_dict(hit.question), "score": hit.score, "field": hit.field})
        return
    if not hits:
        click.echo(f"no question matches '{printable(query)}'", err=True)
        sys.exit(1)
    _print_table(
        ["score", "id", "title", "matched"],
        ([f"{hit.score:.0f}", hit.question.id, hit.question.title, hit.field] for hit in hits),
    )


# -- writing questions ------------------------------------------------------------------

QUESTION_TEMPLATE = """\
---
id: {id}
category: {category}
tags: []
difficulty: {difficulty}
time: {time}
source: {source}
---
# {title}

## Question
{title}

## Answer
<!-- The model answer: correct, specific, with formulas or code where they help. -->

## Rubric
<!-- One checkable key point per bullet: what a strong answer must contain. -->

## Hints
<!-- Nudges, each shown on request. -->

## Follow-ups
<!-- What the interviewer asks next. -->

## Notes
<!-- For you only; never shown during a session. -->
"""
"""What `interview new` writes; the sections hold guidance comments until filled in."""


@cli.command()
@click.argument("title")
@click.option(
    "--category",
    "-c",
    help="Its category folder (asked for when not given: algorithms, ml-theory, "
    "system-design, evaluation, behavioral or your own).",
)
@click.option(
    "--difficulty",
    "-d",
    type=click.Choice([d.value for d in Difficulty], case_sensitive=False),
    default="medium",
    show_default=True,
)
@click.option(
    "--bank",
    type=click.Path(file_okay=False),
    help="The bank folder to write into (default: the first configured bank, "
    "else the personal bank in the data dir).",
)
@click.option("--no-edit", is_flag=True, help="Do not open $EDITOR on the new file.")
@_db_option
@click.pass_obj
def new(
    env: Env,
    title: str,
    category: str | None,
    difficulty: str,
    bank: str | None,
    no_edit: bool,
    db: str | None,
) -> None:
    """Write a new question file from a template, print its path and open $EDITOR.

    The editor opens only when standard input is a terminal. Until it has a model answer
    and a rubric, the question is a draft: listed and searchable, never drawn into
    practice or mocks.
    """
    from interview.core.questions import CORE_CATEGORIES
    from interview.paths import database_path, personal_bank, shipped_bank

    title = " ".join(title.split())
    if not title:
        raise click.BadParameter("the title is empty", param_hint="TITLE")
    if category is None:
        known = sorted({*CORE_CATEGORIES, "behavioral"})
        if not stdin_is_terminal():
            raise click.UsageError(f"give its category with --category ({', '.join(known)})")
        category = click.prompt(f"Category ({', '.join(known)}, or a new one)", type=str)
    category = slugify(category)
    if bank is not None:
        folder = Path(bank).expanduser()
    else:
        config = _load_config()
        folder = config.banks[0] if config.banks else personal_bank()
    taken = _taken_ids(database_path(db or env.db))
    base = slugify(title)
    for attempt in range(1, 1000):
        slug = base if attempt == 1 else f"{base}-{attempt}"
        question_id = f"{category}/{slug}"
        path = folder / category / f"{slug}.md"
        if (
            not path.exists()
            and question_id not in taken
            and not (shipped_bank() / f"{question_id}.md").exists()
        ):
            break
    text = QUESTION_TEMPLATE.format(
        id=question_id,
        category=category,
        difficulty=difficulty.lower(),
        time=format_duration(default_time_budget(category)),
        source="own",
        title=title.replace("\n", " "),
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise click.ClickException(f"cannot write {path}: {exc.strerror}") from exc
    click.echo(str(path))
    if not no_edit and stdin_is_terminal():
        try:
            click.edit(filename=str(path))
        except click.ClickException as exc:
            click.echo(f"could not open an editor ({exc.message}); edit {path} yourself", err=True)


def _taken_ids(db_path: Path) -> set[str]:
    """Ids the database already knows, without creating a database that is not there."""
    if not db_path.exists():
        return set()
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as connection:
            return {row[0] for row in connection.execute("SELECT id FROM question")}
    except sqlite3.Error:
        return set()


# -- study: settings, due, history, parameters -------------------------------------------


def _local_zone() -> tzinfo:
    """The user's time zone (read here, at the edge, like the clock)."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def _study(env: Env, db: str | None, *, sync: bool = True) -> Study:
    from interview.study import Study

    engine = _sync_default(env, db) if sync else _engine(env, db)
    return Study(engine=engine, settings=_load_config().study, zone=_local_zone())


@cli.group(name="config", invoke_without_command=True)
@click.pass_context
def config_command(ctx: click.Context) -> None:
    """Show the settings, or change one with 'config set KEY VALUE'.

    Settings live in the config file ($INTERVIEW_CONFIG, else the user config dir).
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(config_show)


@config_command.command(name="show")
@click.option("--json", "as_json", is_flag=True, help="The settings as JSON.")
def config_show(as_json: bool) -> None:
    """Print every setting with its current value."""
    from interview.paths import config_path

    config = _load_config()
    table = config.study.to_toml()
    if "parameters" not in table:
        table["parameters"] = "default"
    if as_json:
        _json_line({"config_file": str(config_path()), "study": table})
        return
    click.echo(f"# {config_path()}")
    click.echo("banks = " + json.dumps([str(b) for b in config.banks]))
    for key, value in table.items():
        click.echo(f"study.{key} = {json.dumps(value) if not isinstance(value, str) else value}")


@config_command.command(name="set", short_help="Change one setting (KEY VALUE).")
@click.argument("key")
@click.argument("value")
def config_set(key: str, value: str) -> None:
    """Change one setting, e.g. 'config set study.desired_retention 0.85'.

    VALUE is TOML: a number, true/false, or a list such as '["1m", "10m"]' (or 1m,10m).
    Invalid values are refused and the file is left as it was.
    """
    from interview.config import ConfigError, set_setting

    try:
        config = set_setting(key, value)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    shown = config.study.to_toml().get(key.split(".", 1)[1])
    click.echo(f"{key} = {json.dumps(shown)}")


@config_command.command(name="unset")
@click.argument("key")
def config_unset(key: str) -> None:
    """Remove a setting so that its default applies again."""
    from interview.config import ConfigError, unset_setting

    try:
        unset_setting(key)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{key} reset to its default")


@cli.command()
@click.option(
    "--category", "-c", "categories", multiple=True, help="Only this category (repeat for more)."
)
@click.option(
    "--tag", "-t", "tags", multiple=True, help="Only questions with this tag (repeat: any of them)."
)
@click.option(
    "--difficulty",
    "-d",
    "difficulties",
    multiple=True,
    type=click.Choice([d.value for d in Difficulty]),
    help="Only this difficulty (repeat for more).",
)
@click.option("--starred", is_flag=True, help="Only starred questions.")
@click.option(
    "--weak", is_flag=True, help="Only weak ones: forgotten, or last graded Again or Hard."
)
@click.option("--due-only", is_flag=True, help="Only reviews that are due, no new questions.")
@click.option("--new-only", is_flag=True, help="Only new questions, no reviews.")
@_db_option
@click.pass_obj
def practice(
    env: Env,
    categories: tuple[str, ...],
    tags: tuple[str, ...],
    difficulties: tuple[str, ...],
    starred: bool,
    weak: bool,
    due_only: bool,
    new_only: bool,
    db: str | None,
) -> None:
    """Open the app straight into a practice session aimed at some questions.

    Kinds of filter combine (a category and a tag: questions with both); repeats of one
    are alternatives (two categories: either). Example: interview practice -c evaluation
    -t calibration --due-only
    """
    from interview.paths import database_path
    from interview.tui.app import make_app

    if due_only and new_only:
        raise click.UsageError("--due-only and --new-only exclude each other: choose one")
    if weak and new_only:
        raise click.UsageError(
            "--weak and --new-only exclude each other: new questions are never weak"
        )
    config = _load_config()
    spec = {
        "categories": tuple(c.strip().lower() for c in categories),
        "tags": tuple("-".join(t.strip().lower().split()) for t in tags),
        "difficulties": difficulties,
        "starred": starred,
        "weak": weak,
        "due_only": due_only,
        "new_only": new_only,
    }
    app = make_app(db_path=database_path(db or env.db), config=config, practice=spec)
    app.run()
    if app.return_code:
        sys.exit(app.return_code)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="The counts as one JSON object.")
@_db_option
@click.pass_obj
def due(env: Env, as_json: bool, db: str | None) -> None:
    """What is due now and by the end of today, by category, and new questions left."""
    study = _study(env, db)
    summary = study.due_summary(now=_now())
    categories = sorted(set(summary.due_today) | set(summary.new_available))
    if as_json:
        _json_line(
            {
                "due_now": summary.total_now,
                "due_today": summary.total_today,
                "new_left_today": summary.new_left_today,
                "categories": {
                    c: {
                        "due_now": summary.due_now.get(c, 0),
                        "due_today": summary.due_today.get(c, 0),
                        "new": summary.new_available.get(c, 0),
                    }
                    for c in categories
                },
            }
        )
        return
    _print_table(
        ["category", "due now", "due today", "new"],
        (
            [
                c,
                str(summary.due_now.get(c, 0)),
                str(summary.due_today.get(c, 0)),
                str(summary.new_available.get(c, 0)),
            ]
            for c in categories
        ),
    )
    click.echo(
        f"{summary.total_now} due now, {summary.total_today} due today, "
        f"{summary.new_left_today} new left today"
    )


@cli.group()
def export() -> None:
    """Export your history (json) or the bank as an Anki deck (anki)."""


@export.command(name="json")
@click.option(
    "--out", "-o", type=click.Path(dir_okay=False, writable=True), help="File (default: stdout)."
)
@_db_option
@click.pass_obj
def export_json(env: Env, out: str | None, db: str | None) -> None:
    """Every question's card and every review, stars and notes, as one JSON document."""
    from interview.output_files import OutputError, resolve_output, write_output
    from interview.storage.history import export_history, salvage_history

    try:
        target = resolve_output(out) if out is not None else None  # refused before any work
    except OutputError as exc:
        raise click.ClickException(str(exc)) from exc
    from interview.paths import database_path
    from interview.storage.engine import open_database

    env.db_path = path = database_path(db or env.db)
    salvage = None
    try:
        engine = open_database(path)
        with engine.connect() as connection:
            document = export_history(
                connection=connection, now=_now(), settings=_load_config().study.to_toml()
            )
    except Exception as exc:
        if _failure_kind(exc, path) != "damaged":
            raise
        # read row by row around the damage: whatever can still be read is saved
        document, salvage = salvage_history(path, now=_now())
    text = json_text(document, indent=1) + "\n"
    if target is None:
        click.echo(text, nl=False)
    else:
        try:
            written = write_output(target, text)
        except OutputError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(
            f"wrote {len(document['cards'])} cards and {len(document['reviews'])} reviews "
            f"to {written}",
            err=True,
        )
    if salvage is not None:
        raise click.ClickException(
            f"the database {env.db_path} is damaged: the export holds what could still be "
            f"read ({salvage.summary()}); import it into a new database with "
            "'interview --db NEW.db import-history FILE'"
        )


# -- backups --------------------------------------------------------------------------------


@cli.command()
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False),
    help="Write the copy here instead of the backups folder.",
)
@_db_option
@click.pass_obj
def backup(env: Env, out: str | None, db: str | None) -> None:
    """Make a consistent copy of the database now and print its path.

    The app also backs up by itself: at start when the newest backup is older than
    [backup] interval_hours (a day), and after every 100 reviews.
    """
    from interview.output_files import OutputError, resolve_output
    from interview.paths import database_path
    from interview.storage.backups import BackupError, make_backup, thin

    env.db_path = path = database_path(db or env.db)
    try:
        target = resolve_output(out) if out is not None else None
        made = make_backup(path, now=_now(), out=target)
    except (BackupError, OutputError) as exc:
        raise click.ClickException(str(exc)) from exc
    if target is None:
        thin(path, now=_now())
    click.echo(str(made))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per backup.")
@_db_option
@click.pass_obj
def backups(env: Env, as_json: bool, db: str | None) -> None:
    """The backups of the database, newest first: when, size and reviews held."""
    from interview.paths import database_path
    from interview.storage.backups import backup_folder, describe, list_backups

    path = database_path(db or env.db)
    found = list(reversed(describe(list_backups(path))))
    zone = _local_zone()
    for info in found:
        when = info.backup.made_at.astimezone(zone)
        if as_json:
            _json_line(
                {
                    "path": str(info.backup.path),
                    "made_at": info.backup.made_at.isoformat(),
                    "bytes": info.size,
                    "reviews": info.reviews,
                }
            )
        else:
            reviews = "unreadable" if info.reviews is None else f"{info.reviews} reviews"
            click.echo(
                f"{when:%Y-%m-%d %H:%M}\t{info.size / 1e6:.1f} MB\t{reviews}\t{info.backup.path}"
            )
    if not found and not as_json:
        click.echo(
            f"no backups yet in {backup_folder(path)}; 'interview backup' makes one", err=True
        )


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--yes", is_flag=True, help="Do not ask before replacing the database.")
@_db_option
@click.pass_obj
def restore(env: Env, file: str, yes: bool, db: str | None) -> None:
    """Replace the database with a backup FILE (checked first; the current database is
    backed up before it is replaced). Close the app before you restore."""
    from interview.paths import database_path
    from interview.storage.backups import BackupError, check_backup
    from interview.storage.backups import restore as restore_backup

    env.db_path = path = database_path(db or env.db)
    source = Path(file).expanduser()
    try:
        check_backup(source)
    except BackupError as exc:
        raise click.ClickException(f"{exc}; nothing was changed") from exc
    if not yes:
        if not stdin_is_terminal():
            raise click.ClickException(
                f"restoring replaces {path}; run it again with --yes to confirm"
            )
        click.confirm(f"Replace {path} with {source}?", abort=True)
    try:
        done = restore_backup(source, path, now=_now())
    except BackupError as exc:
        raise click.ClickException(f"{exc}; nothing was changed") from exc
    click.echo(f"restored {path} from {source}")
    if done.previous is not None:
        click.echo(f"the database it replaced is kept at {done.previous}", err=True)


@export.command(name="anki")
@click.option(
    "--out",
    "-o",
    required=True,
    type=click.Path(dir_okay=False),
    help="The .apkg file to write (import it in Anki: File > Import).",
)
@click.option("--category", "-c", "categories", multiple=True, help="Only this category (repeat).")
@click.option("--tag", "-t", "tags", multiple=True, help="Only questions with this tag (repeat).")
@_db_option
@click.pass_obj
def export_anki(
    env: Env, out: str, categories: tuple[str, ...], tags: tuple[str, ...], db: str | None
) -> None:
    """The bank as an Anki deck, to review on a phone: a sub-deck per category, one note
    per question (title and question; answer, rubric, hints, follow-ups), formulas as
    MathJax, code highlighted, tags and difficulty as tags, stars as a red flag.

    Exporting again and importing into Anki updates the notes instead of duplicating
    them. Your review history and FSRS state stay in interview.
    """
    from interview.anki_deck import write_deck
    from interview.output_files import OutputError, resolve_output
    from interview.storage.repository import list_questions

    try:
        target = resolve_output(out)
    except OutputError as exc:
        raise click.ClickException(str(exc)) from exc
    engine = _sync_default(env, db)
    with engine.connect() as connection:
        questions = list_questions(connection=connection)
        starred = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT question_id FROM question_user WHERE starred"
            )
        }
    wanted_categories = {c.strip().lower() for c in categories}
    wanted_tags = {"-".join(t.strip().lower().split()) for t in tags}
    chosen = [
        q
        for q in questions
        if (not wanted_categories or q.category in wanted_categories)
        and (not wanted_tags or wanted_tags & set(q.tags))
    ]
    if not chosen:
        raise click.ClickException("no question matches: nothing was written")
    report = write_deck(chosen, target, starred=starred)
    click.echo(
        f"wrote {report.notes} notes in {len(report.decks)} decks to {report.path}", err=True
    )


@cli.command(name="import-history")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--merge",
    is_flag=True,
    help="Add it to a database that has history: reviews already there (same question "
    "and time) are skipped, each question keeps the card of its newest review.",
)
@_db_option
@click.pass_obj
def import_history_command(env: Env, file: str, merge: bool, db: str | None) -> None:
    """Restore an exported history into a database that has none yet (or --merge it)."""
    from interview.storage.history import HistoryError, import_history, parse_history

    try:
        text = Path(file).read_text(encoding="utf-8")
        document = parse_history(text)
    except OSError as exc:
        raise click.ClickException(f"{file}: cannot read it: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{file}: not a UTF-8 text file") from exc
    except HistoryError as exc:
        raise click.ClickException(f"{file}: {exc}") from exc
    engine = _sync_default(env, db)
    try:
        report = import_history(engine=engine, document=document, merge=merge)
    except HistoryError as exc:
        raise click.ClickException(f"{file}: {exc}") from exc
    click.echo(
        f"imported {report.cards} cards, {report.reviews} reviews, {report.user} notes"
        + (f", {report.mocks} mocks" if report.mocks else "")
        + (f", the last code of {report.code} questions" if report.code else "")
    )
    exported = document.get("settings", {}).get("study")
    if isinstance(exported, dict):
        mine = _load_config().study.to_toml()
        differing = {k: v for k, v in exported.items() if mine.get(k) != v}
        if differing:
            click.echo(
                "note: the export's study settings differ from yours; to use them: "
                + "; ".join(
                    f"interview config set study.{k} '{json.dumps(v)}'"
                    for k, v in differing.items()
                ),
                err=True,
            )
    if report.skipped_reviews:
        click.echo(
            f"note: {report.skipped_reviews} reviews were already in this database; skipped",
            err=True,
        )
    if report.duplicate_reviews:
        click.echo(
            f"note: {report.duplicate_reviews} reviews appeared twice in the file; "
            "each was imported once",
            err=True,
        )
    if report.unknown_questions:
        click.echo(
            f"note: {report.unknown_questions} questions are in no bank you have; their "
            "history is kept and returns when their files do",
            err=True,
        )


@cli.command()
@click.option("--dry-run", is_flag=True, help="Fit and report, but keep the current parameters.")
@_db_option
@click.pass_obj
def optimize(env: Env, dry_run: bool, db: str | None) -> None:
    """Fit FSRS parameters to your own reviews and save them in the config file.

    Needs the optimizer extra (pip install 'interview[optimizer]') and at least 400 reviews.
    """
    from interview.config import set_setting
    from interview.core.optimize import OptimizerMissing, ReviewPoint, fit_parameters
    from interview.storage.study import review_points

    config = _load_config()
    engine = _engine(env, db)
    with engine.connect() as connection:
        points = [ReviewPoint(*p) for p in review_points(connection=connection)]
    try:
        result = fit_parameters(
            points, zone=_local_zone(), day_starts_at=config.study.day_starts_at
        )
    except OptimizerMissing as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(result.message)
    if result.parameters is None or dry_run:
        return
    set_setting("study.parameters", json.dumps(list(result.parameters)))
    click.echo(
        "saved to the config file as study.parameters (undo: interview config unset "
        "study.parameters)"
    )


# -- mock interviews ------------------------------------------------------------------------


def _mocks(env: Env, db: str | None) -> Mocks:
    from interview.mocks import Mocks
    from interview.paths import config_path
    from interview.study import Study

    engine = _engine(env, db)
    study = Study(engine=engine, settings=_load_config().study, zone=_local_zone())
    return Mocks(engine=engine, study=study, config_path=config_path())


@cli.command()
@click.option("--list", "show_list", is_flag=True, help="The templates you can start.")
@click.option("--history", is_flag=True, help="Your finished mocks, newest first.")
@click.option("--template", "-t", "template_key", help="With --history: only this template.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@_db_option
@click.pass_obj
def mock(
    env: Env,
    show_list: bool,
    history: bool,
    template_key: str | None,
    as_json: bool,
    db: str | None,
) -> None:
    """Mock interview templates and history. Start a mock in the app: press m on home.

    Your own templates go in 'templates/' beside the config file (see 'interview config
    show'); docs/mocks.md describes the format.
    """
    if show_list == history:
        raise click.UsageError("give --list or --history")
    mocks = _mocks(env, db)
    if show_list:
        from interview.mocks import templates_in_order

        found = mocks.templates()
        for problem in found.problems:
            click.echo(_problem_line(problem), err=True)
        templates = templates_in_order(found)
        if as_json:
            for template in templates:
                _json_line(
                    {
                        "key": template.key,
                        "name": template.name,
                        "minutes": template.minutes,
                        "questions": template.question_count,
                        "description": template.description,
                        "slots": [slot.describe() for slot in template.slots],
                        "path": template.path,
                    }
                )
        else:
            _print_table(
                ["template", "name", "minutes", "questions", "slots"],
                (
                    [
                        t.key,
                        t.name,
                        f"{t.minutes:g}",
                        str(t.question_count),
                        "; ".join(s.describe() for s in t.slots),
                    ]
                    for t in templates
                ),
            )
        if found.problems:
            raise SystemExit(1)
        return
    from interview.core.report import band_text, clock, percent

    past = mocks.history(template_key)
    if as_json:
        for summary in past:
            _json_line(summary.to_dict())
        return
    zone = _local_zone()
    _print_table(
        ["id", "date", "template", "band", "rubric", "time", "questions"],
        (
            [
                str(s.id),
                f"{s.started_at.astimezone(zone):%Y-%m-%d %H:%M}",
                s.template_key,
                band_text(s.band, s.mean_band),
                percent(s.coverage),
                f"{clock(s.used_s)} / {clock(s.total_s)}",
                str(s.questions),
            ]
            for s in past
        ),
    )
    if not past and _is_terminal():
        click.echo("No finished mocks yet: press m in the app to start one.", err=True)


@cli.command()
@click.argument("mock_id", metavar="MOCK_ID", type=click.IntRange(min=1, max=2**63 - 1))
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    help="Write the report to this file instead of printing it.",
)
@_db_option
@click.pass_obj
def report(env: Env, mock_id: int, out: str | None, db: str | None) -> None:
    """A mock's scorecard as Markdown: questions, your notes, rubric points, times, bands.

    MOCK_ID is the number 'interview mock --history' shows.
    """
    text = _mocks(env, db).report(mock_id, zone=_local_zone())
    if text is None:
        raise click.ClickException(
            f"no mock with id {mock_id}; 'interview mock --history' lists them"
        )
    text = printable(text)  # question text from a shared bank must not drive the terminal
    if out is None:
        click.echo(text, nl=False)
        return
    from interview.output_files import OutputError, write_output

    try:
        Path(out).expanduser().parent.mkdir(parents=True, exist_ok=True)
        written = write_output(out, text)
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from exc
    except OutputError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote {_shown_path(str(written))}", err=True)


# -- weak areas ---------------------------------------------------------------------------


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per area, weakest first.")
@click.option(
    "--weakest",
    "-n",
    type=click.IntRange(min=1),
    default=None,
    help="Only the N weakest areas you have started.",
)
@click.option(
    "--kind",
    type=click.Choice(["category", "tag"]),
    default=None,
    help="Only categories or only tags.",
)
@_db_option
@click.pass_obj
def stats(env: Env, as_json: bool, weakest: int | None, kind: str | None, db: str | None) -> None:
    """Weak areas: per category and tag, retention, recall, rubric coverage, overtime,
    hints, lapses, leeches and trend, weakest first (docs/weak-areas.md explains the score).
    """
    from interview.core.analytics import AreaKind
    from interview.insights import weak_areas

    study = _study(env, db)
    table = weak_areas(study=study, now=_now())
    chosen = AreaKind(kind) if kind else None
    if weakest is not None:
        areas = table.weakest(weakest, kind=chosen)
    else:
        areas = [a for a in table.areas if chosen is None or a.kind is chosen]
    if as_json:
        for area in areas:
            _json_line(area.to_dict())
        return
    _print_table(
        [
            "area",
            "seen",
            "retention",
            "recall 30d",
            "rubric",
            "overtime",
            "hints",
            "lapses",
            "leeches",
            "trend",
            "weakness",
        ],
        (
            [
                f"{a.kind.value}:{a.name}" if a.kind is AreaKind.TAG else a.name,
                f"{a.seen}/{a.total}",
                _share(a.retention),
                _share(a.recall),
                _share(a.coverage),
                _share(a.overtime_rate),
                "-" if a.hints_per_review is None else f"{a.hints_per_review:.1f}",
                str(a.lapses),
                str(a.leeches),
                "-" if a.trend is None else f"{a.trend:+.0%}",
                "-" if a.weakness is None else f"{a.weakness:.2f}",
            ]
            for a in areas
        ),
        drop=("leeches", "hints", "trend", "overtime", "lapses", "seen"),
    )
    if not any(a.seen for a in areas) and _is_terminal():
        click.echo("No reviews yet: practise first (press p in the app).", err=True)


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


# -- coding questions ---------------------------------------------------------------------


@cli.command()
@click.argument("question_id", metavar="ID")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.5, max=120),
    callback=lambda _ctx, _param, value: _finite(value, "--timeout"),
    default=5.0,
    show_default=True,
    help="Wall-clock seconds for the whole run.",
)
@click.option("--json", "as_json", is_flag=True, help="The report as one JSON object.")
@_db_option
@click.pass_obj
def check(
    env: Env, question_id: str, file: str, timeout: float, as_json: bool, db: str | None
) -> None:
    """Run a solution FILE against a coding question's tests ('-' reads standard input).

    The code runs in a separate, limited Python process (docs/running-code.md says what
    that does and does not protect against). Exit 0 when every test passes, 1 otherwise.
    """
    from interview.core.coding import run_question, tests_problem
    from interview.core.runner import Limits, Outcome
    from interview.storage.repository import get_question, list_questions

    engine = _sync_default(env, db)
    with engine.connect() as connection:
        question = get_question(connection=connection, question_id=question_id)
        others = [] if question else list_questions(connection=connection)
    if question is None:
        raise click.ClickException(_unknown_id(question_id, [q.id for q in others]))
    problem = tests_problem(question.tests, question.entry)
    if not question.tests.strip() or problem:
        raise click.ClickException(f"question '{question_id}' has no tests to run ({problem})")
    try:
        code = click.open_file(file, encoding="utf-8").read()
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read {file}: {exc}") from exc
    report = run_question(code, question.tests, question.entry, limits=Limits(timeout_s=timeout))
    if report.sandbox == "none":
        from interview.core.sandbox import sandbox_status

        click.echo(f"note: {sandbox_status()}", err=True)
    if as_json:
        _json_line({"id": question.id, **report.to_dict()})
        raise SystemExit(0 if report.all_passed else 1)
    marks = {
        Outcome.PASSED: "PASS",
        Outcome.FAILED: "FAIL",
        Outcome.ERROR: "ERROR",
        Outcome.TIMEOUT: "TIMEOUT",
        Outcome.NOT_RUN: "NOT RUN",
    }
    ran = [t for t in report.tests if t.outcome is not Outcome.NOT_RUN]
    for test in ran if report.problem else report.tests:
        first_line = test.source.splitlines()[0] if test.source else ""
        click.echo(f"{marks[test.outcome]:<8} tests line {test.line}: {printable(first_line)}")
        if test.message and test.outcome is not Outcome.PASSED:
            click.echo(f"         {printable(test.message)}")
        if test.traceback and test.outcome is not Outcome.PASSED:
            for line in test.traceback.splitlines():
                click.echo(f"         | {printable(line)}")
        if test.stdout and test.outcome is not Outcome.PASSED:
            click.echo("         printed: " + printable(test.stdout.strip()[:500]))
    said = {t.message for t in ran if t.outcome is not Outcome.PASSED}
    if report.problem and report.problem not in said:  # a time-out is said once
        click.echo(printable(report.problem))
    not_run = report.total - len(ran)
    tail = f" ({not_run} not run)" if not_run else ""
    click.echo(f"{report.passed} of {report.total} passed{tail} in {report.seconds:.2f} s")
    raise SystemExit(0 if report.all_passed else 1)


@cli.command()
@click.argument("question_id", metavar="ID", required=False)
@click.argument("answer_file", metavar="ANSWER_FILE", required=False)
@click.option("--json", "as_json", is_flag=True, help="The result as one JSON object.")
@click.option(
    "--report",
    is_flag=True,
    help="How often your confirmed ticks disagreed with the suggested ones, per category.",
)
@_db_option
@click.pass_obj
def assess(
    env: Env,
    question_id: str | None,
    answer_file: str | None,
    as_json: bool,
    report: bool,
    db: str | None,
) -> None:
    """Score a typed answer against a question's rubric ('-' reads standard input).

    Each rubric point is covered, maybe (likely made: shown with its evidence, not
    ticked) or not, with a score and the sentence of the answer that supports it. It runs
    offline; docs/grading.md says how it decides and how often it is right.
    """
    if report:
        if question_id or answer_file:
            raise click.UsageError("--report takes no ID or ANSWER_FILE")
        _assess_report(env, db, as_json)
        return
    if not question_id or not answer_file:
        raise click.UsageError(
            "give a question ID and an ANSWER_FILE ('-' reads standard input), or --report"
        )
    from interview.core.grading import GradingError, Verdict, default_grader
    from interview.core.mathtext import plain_math
    from interview.storage.repository import get_question, list_questions

    engine = _sync_default(env, db)
    with engine.connect() as connection:
        question = get_question(connection=connection, question_id=question_id)
        others = [] if question else list_questions(connection=connection)
    if question is None:
        raise click.ClickException(_unknown_id(question_id, [q.id for q in others]))
    if not question.rubric:
        raise click.ClickException(
            f"question '{question_id}' has no rubric to score an answer against (add a "
            f"'## Rubric' section with one '- point' per line to {_shown_path(question.path)})"
        )
    try:
        with click.open_file(answer_file, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read {answer_file}: {exc}") from exc
    if not text.strip():
        where = "standard input" if answer_file == "-" else answer_file
        raise click.ClickException(
            f"the answer in {where} is empty: write your answer there, as you would say it"
        )
    try:
        graded = default_grader().assess(question.rubric, text, category=question.category)
    except GradingError as exc:
        raise click.ClickException(f"cannot score the answer: {exc}") from exc
    if as_json:
        _json_line(graded.to_dict(question.id))
        return
    marks = {Verdict.COVERED: "[x]", Verdict.MAYBE: "[?]", Verdict.MISSED: "[ ]"}
    for point in graded.points:
        label = plain_math(point.text)
        click.echo(f"{marks[point.verdict]} {point.index}. {printable(label)}  ({point.score:.2f})")
        if point.evidence:
            click.echo(f'      "{printable(point.evidence)}"')
    maybe = f", {graded.maybe} maybe" if graded.maybe else ""
    click.echo(f"covered {graded.covered} of {graded.total}{maybe}")


def _assess_report(env: Env, db: str | None, as_json: bool) -> None:
    from interview.storage.grading import tick_agreement

    engine = _engine(env, db)
    with engine.connect() as connection:
        rows = tick_agreement(connection=connection)
    if as_json:
        _json_line({"categories": [row.to_dict() for row in rows]})
        return
    if not rows:
        click.echo(
            "no review has suggested ticks yet: they are stored when a typed answer is "
            "auto-ticked and you confirm the rubric"
        )
        return
    click.echo(
        f"{'category':<16} {'reviews':>7} {'points':>6} {'suggested':>9} {'confirmed':>9} "
        f"{'unticked':>8} {'added':>5} {'disagree':>8}"
    )
    for row in rows:
        click.echo(
            f"{printable(row.category):<16} {row.reviews:>7} {row.points:>6} "
            f"{row.suggested:>9} {row.confirmed:>9} {row.unticked:>8} {row.added:>5} "
            f"{row.disagreement_rate:>8.0%}"
        )
    click.echo(
        "unticked: suggested but removed by you; added: ticked by you, not suggested; "
        "disagree: share of points you changed"
    )


# -- importing community lists ---------------------------------------------------------------


@cli.command(name="import-md")
@click.argument("source_file", metavar="SOURCE.md", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False),
    help="The bank folder to write the question files into.",
)
@click.option("--category", "-c", help="Put every question in this category.")
@click.option(
    "--source",
    "source",
    help="Where the list comes from (default: the repository's folder and the path in it, "
    "e.g. ml-list/docs/README.md).",
)
@click.option(
    "--license",
    "license_",
    help="The list's license, recorded in each file (default: read from a LICENSE file "
    "beside it, or a copyright line in it).",
)
@click.option(
    "--layout",
    type=click.Choice(["heading", "bold", "line", "list", "details", "table"]),
    help="Only this layout (found by itself otherwise).",
)
@click.option(
    "--pick",
    metavar="NUMBERS",
    help="Import only these questions, by their numbers in the --dry-run list (e.g. 1-5,9).",
)
@click.option(
    "--yes",
    "-y",
    is_flag=True,
    help="Import a document that reads as a guide without asking first.",
)
@click.option("--dry-run", is_flag=True, help="Write nothing; list what would be imported.")
def import_md(
    source_file: str,
    out: str,
    category: str | None,
    source: str | None,
    license_: str | None,
    layout: str | None,
    pick: str | None,
    yes: bool,
    dry_run: bool,
) -> None:
    """Turn a Markdown list of interview questions into a bank of question files.

    Recognises a heading per question, a bold line per question, numbered or nested
    lists, <details> blocks and question/answer tables, even mixed in one document.
    Importing an updated version of the same list updates its files; files from anywhere
    else are never overwritten. Add the folder to the config's banks to study it.

    A document whose questions are a small part of it (a study guide, a prep plan) also
    asks in passing, so what was found there is listed first: in a terminal you choose
    what to import; elsewhere nothing is written until --yes or --pick says what to take.
    """
    from collections import Counter

    from interview.core.importer import (
        Found,
        Planned,
        default_sources,
        is_earlier_import,
        license_of,
        plan_files,
        scan,
        shared_questions,
        sources_in,
        write_files,
    )
    from interview.core.text import strip_controls

    path = Path(source_file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read {source_file}: {exc}") from exc
    folder_name = path.resolve().parent.name
    # The repository (or the folders above) tells two lists both called README.md apart.
    origin, earlier = default_sources(path)
    origin = source or origin
    # Escape sequences and bidi overrides in a third-party list would reach every
    # terminal that shows the questions; they carry no content, so they are dropped.
    text, removed = strip_controls(text)
    found = scan(text, layout=layout)
    if not found.questions:
        where = f" in the {layout} layout" if layout else ""
        click.echo(
            f"{_shown_path(source_file)}: no questions found{where} (looked for a heading, "
            "bold line or list item per question, <details> blocks and question/answer "
            "tables); nothing written",
            err=True,
        )
        for line, question in found.unplaced:
            click.echo(f"  line {line}: looks like a question: {printable(question)}", err=True)
        raise SystemExit(1)
    questions = found.questions
    if pick is not None:
        try:
            questions = _picked(pick, questions)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--pick") from exc
    elif found.reads_as_guide and not yes and not dry_run:
        questions = _confirm_guide(source_file, found)
        if not questions:
            raise SystemExit(0 if _can_ask() else 1)
    license_file = _license_beside(path)
    chosen_license = license_ or license_of(text, license_file)

    def planned_from(where: str, chosen: Sequence[Found] = questions) -> list[Planned]:
        return plan_files(
            chosen,
            source=where,
            license=chosen_license,
            category=category,
            document=f"{found.title} {path.stem} {folder_name} {found.subject}",
            title=found.title,
        )

    planned = planned_from(origin)
    held = sources_in(Path(out))

    def files_from(where: str) -> set[str]:
        return {name for name, said in held.items() if said == where}

    def same_list(where: str) -> bool:
        # every question found, not only those --pick chose: a subset picked before
        # or now is still the same list
        return is_earlier_import(planned_from(where, found.questions), files_from(where), where)

    kept_name = False
    # imported before under the shorter default of earlier versions: the same list keeps
    # that source, so its files keep their ids and the reviews made on them
    if source is None and earlier != origin and not files_from(origin) and same_list(earlier):
        origin, planned, kept_name = earlier, planned_from(earlier), True
    before = files_from(origin)
    # a default name already used by a list that shares few of these questions: two
    # lists kept in folders of the same name; writing would replace the other's files
    clash = source is None and bool(before) and not same_list(origin)
    shared = shared_questions(planned_from(origin, found.questions), before, origin)
    if clash and not dry_run:
        click.echo(
            f"{_shown_path(source_file)}: nothing written: {_shown_path(out)} holds "
            f"{len(before)} files imported from {printable(origin)}, and this document asks "
            f"only {shared} of their questions. If it is another list, import it with "
            f"--source NAME; if it is that list rewritten, with --source {printable(origin)}",
            err=True,
        )
        raise SystemExit(1)
    try:
        written = write_files(planned, Path(out), source=origin, dry_run=dry_run, held=held)
    except OSError as exc:
        raise click.ClickException(
            f"cannot write to {_shown_path(out)}: {exc.strerror or exc}; the files written "
            "before it are complete, and importing again finishes the rest"
        ) from exc
    layouts = Counter(q.layout for q in found.questions)
    click.echo(
        f"{_shown_path(source_file)}: {len(found.questions)} questions ("
        + ", ".join(f"{name} {count}" for name, count in layouts.most_common())
        + ")"
    )
    skipped = len(found.skipped) + len(found.duplicates)
    click.echo(
        f"  {len(found.questions)} found, {skipped} skipped, {len(found.unplaced)} unplaced"
        + (f"; license: {printable(chosen_license)}" if chosen_license else "; no license found")
    )
    if kept_name:
        click.echo(
            f"  source: {printable(origin)}, as when this list was imported before (its "
            "files keep their ids; --source names it otherwise)"
        )
    for name, count, left_out, lost in found.by_section():
        click.echo(f"  {printable(name)}: {count} found, {left_out} skipped, {lost} unplaced")
    if removed:
        click.echo(
            f"  {removed} control characters (terminal escapes, bidi overrides) removed",
            err=True,
        )
    missing = sum(q.missing_answer for q in found.questions)
    if missing:
        click.echo(f"  {missing} without an answer (kept as questions; lint will say so)")
    for line, first, question in found.duplicates:
        verb = "repeats" if line > first else "is asked again, with its answer, at"
        click.echo(f"  line {line}: {verb} line {first}, imported once: {_report_text(question)}")
    for line, question, why in found.skipped:
        click.echo(f"  line {line}: skipped ({why}): {_report_text(question)}")
    for line, question in found.unplaced:
        click.echo(f"  line {line}: not imported (no recognised layout): {_report_text(question)}")
    if dry_run:
        if found.reads_as_guide and pick is None and not yes:
            click.echo(f"  {_guide_reason(found)}: without --dry-run, you choose what to import")
        _list_numbered(found.questions, chosen=questions)
    elif len(questions) < len(found.questions):
        click.echo(f"  {len(questions)} of the {len(found.questions)} questions chosen")
    for relative, why in written.kept:
        click.echo(f"  {relative}: {why}; not overwritten", err=True)
    if clash:
        click.echo(
            f"  {_shown_path(out)} holds {len(before)} files imported from "
            f"{printable(origin)}, and this document asks only {shared} of their "
            "questions: without "
            "--dry-run nothing is written until --source names this list",
            err=True,
        )
    for relative in [] if clash else written.stale:
        click.echo(
            f"  {relative}: from an earlier import of this list, no longer in it; left in "
            "place (delete it if you do not want it)",
            err=True,
        )
    verb = "would write" if dry_run else "wrote"
    click.echo(
        f"{verb} {len(written.new) + len(written.updated)} files to {_shown_path(out)}: "
        f"{len(written.new)} new, {len(written.updated)} updated, "
        f"{len(written.unchanged)} unchanged, {len(written.kept)} left alone"
    )
    if not dry_run:
        from interview.paths import config_path

        folder = Path(out).expanduser().resolve()
        click.echo(
            f'to study them, add "{folder}" to banks = [...] in {config_path()}; '
            f"'interview lint {_shown_path(out)}' lists what each file still lacks",
            err=True,
        )


def _can_ask() -> bool:
    """Whether a person is at the keyboard to answer a question."""
    return sys.stdin.isatty()


def _guide_reason(found: Any) -> str:
    share = round(100 * found.share)
    return (
        f"its {len(found.questions)} questions and their answers fill only {share}% of its "
        "lines: it may be a guide that asks in passing, or a list laid out in a way only "
        "partly read"
    )


def _report_text(text: str, width: int = 90) -> str:
    """A question's words on one line of the report, made safe and cut to `width`: a
    question wrapped over lines in its file would otherwise break the line-numbered
    report apart."""
    flat = printable(" ".join(text.split()))
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _list_numbered(questions: Sequence[Any], chosen: Sequence[Any] | None = None) -> None:
    """The questions found, numbered for --pick (a '-' marks one left out)."""
    width = len(str(len(questions)))
    taken = {id(q) for q in chosen} if chosen is not None else None
    for number, question in enumerate(questions, 1):
        mark = " " if taken is None or id(question) in taken else "-"
        click.echo(f" {mark}{number:>{width}}. line {question.line}: {_report_text(question.text)}")


def _picked(numbers: str, questions: Sequence[Any]) -> list[Any]:
    """The questions named by '1-5,9' (numbers from 1), in document order."""
    wanted: set[int] = set()
    for part in numbers.replace(" ", "").split(","):
        if not part:
            continue
        first, dash, last = part.partition("-")
        if not first.isdigit() or (dash and not last.isdigit()):
            raise ValueError(f"{part!r} is not a number or a range like 3-7")
        low, high = int(first), int(last) if dash else int(first)
        if low < 1 or high > len(questions) or low > high:
            raise ValueError(
                f"{part!r} is outside 1-{len(questions)} (the questions found, in order)"
            )
        wanted.update(range(low, high + 1))
    if not wanted:
        raise ValueError("no numbers given (e.g. 1-5,9)")
    return [q for number, q in enumerate(questions, 1) if number in wanted]


def _confirm_guide(source_file: str, found: Any) -> list[Any]:
    """What to import from a document that reads as a guide: asked when someone can
    answer, nothing otherwise."""
    shown = _shown_path(source_file)
    click.echo(f"{shown}: {_guide_reason(found)}. Check what was found:")
    _list_numbered(found.questions)
    if not _can_ask():
        click.echo(
            f"{shown}: nothing written. Import these with --yes, or only some with "
            "--pick (e.g. --pick 1-5,9).",
            err=True,
        )
        return []

    def parse(answer: str) -> list[Any]:
        answer = answer.strip().lower()
        if answer in ("a", "all", "y", "yes"):
            return list(found.questions)
        if answer in ("n", "none", "no", "q"):
            return []
        try:
            return _picked(answer, found.questions)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from exc

    chosen: list[Any] = click.prompt(
        "Import which? all, none, or numbers like 1-5,9", default="none", value_proc=parse
    )
    if not chosen:
        click.echo(f"{shown}: nothing written.", err=True)
    return chosen


def _license_beside(document: Path) -> str | None:
    """The text of a LICENSE file in the document's folder or, for a document inside a
    repository, in a folder above it up to the repository's top, if there is one."""
    from interview.core.importer import repository_root

    folder = document.resolve().parent
    root = repository_root(document)
    folders = [folder]
    if root is not None:
        folders += [f for f in folder.parents if f == root or root in f.parents]
    for where in folders:
        for name in ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "COPYING"):
            candidate = where / name
            if candidate.is_file():
                try:
                    return candidate.read_text(encoding="utf-8", errors="replace")[:20000]
                except OSError:
                    return None
    return None


def main(argv: Sequence[str] | None = None) -> None:
    """The console script."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="interview")


__all__ = ["cli", "main"]
