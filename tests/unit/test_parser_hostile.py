"""Hostile question files: no file crashes the parser, stalls it or forges output.

Each file here crashed, or took many seconds (or gigabytes) with the parser before
these fixes; `benchmarks/hostile_files.py` prints the times and memory.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest

from interview.core import bank as bank_module
from interview.core.bank import BankFile, read_file
from interview.core.parser import (
    MAX_BLOCK_TOKENS,
    MAX_FILE_BYTES,
    MAX_ID_LENGTH,
    MAX_LINES,
    MAX_PROBLEMS_PER_KIND,
    MAX_TAG_LENGTH,
    MAX_TAGS,
    ParseResult,
    _without_comments,
    parse_bytes,
    parse_text,
)
from interview.core.questions import (
    MAX_TIME_BUDGET,
    Problem,
    Severity,
    parse_duration,
)
from tests.conftest import question_text, write


def parse(text: str, path: str = "/bank/evaluation/q.md") -> ParseResult:
    return parse_text(text, path=path, bank_root="/bank")


def errors(result: ParseResult) -> list[str]:
    return [p.message for p in result.problems if p.severity is Severity.ERROR]


def warnings(result: ParseResult) -> list[str]:
    return [p.message for p in result.problems if p.severity is Severity.WARNING]


def with_front(front: str) -> str:
    return question_text(front=front)


# -- values PyYAML cannot construct, or that do not fit --------------------------------


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        ("foo: 2024-02-31", 2, "day is out of range"),
        ("difficulty: easy\nwhen: 2024-13-01", 3, "month must be in 1..12"),
        ("foo: !!int x", 2, "invalid literal for int()"),
        ("time: !!float x", 2, "could not convert string to float"),
        ("foo: !!bool x", 2, "the value of 'foo' is not valid YAML"),
        ("foo: !!binary 'a'", 2, "the value of 'foo' is not valid YAML"),
        ("foo: !!timestamp x", 2, "the value of 'foo' is not valid YAML"),
        ("foo: " + "9" * 5000, 2, "the value of 'foo' is not valid YAML"),
        ("tags: [a, " + "9" * 400 + "]", 2, "number too large"),
        ("foo: !!python/object:os.system x", 2, "not valid YAML"),
        ("foo: {[a]: b}", 2, "not valid YAML"),
    ],
)
def test_a_value_pyyaml_cannot_construct_is_an_error_at_its_line(
    front: str, line: int, words: str
) -> None:
    result = parse(with_front(front))
    assert result.question is None
    problems = [p for p in result.problems if p.severity is Severity.ERROR]
    assert any(words in p.message and p.line == line for p in problems), result.problems


def test_a_bad_value_is_quoted_back_with_a_hint_to_quote_it() -> None:
    [problem] = [p for p in parse(with_front("foo: 2024-02-31")).problems if p.line == 2][:1]
    assert problem.hint == 'quote it if it is meant as text: foo: "..."'


@pytest.mark.parametrize(
    "time",
    ["9999999999999999h", "9" * 400 + "m", "1" + "0" * 30 + "s", "25h", "24h1s", "86401s"],
)
def test_an_overlong_time_budget_is_an_error(time: str) -> None:
    result = parse(with_front(f"time: {time}"))
    assert result.question is None
    assert any(p.line == 2 for p in result.problems if p.severity is Severity.ERROR)


@pytest.mark.parametrize("time", ["9" * 400, "1e400", "-5", ".inf", ".nan", "0"])
def test_a_unitless_or_non_finite_time_is_an_error_not_a_crash(time: str) -> None:
    result = parse(with_front(f"time: {time}"))
    assert result.question is None
    assert all(len(str(p)) < 400 for p in result.problems)


def test_the_longest_time_budget_is_24_hours() -> None:
    q = parse(with_front("time: 24h")).question
    assert q is not None and q.time_budget == MAX_TIME_BUDGET == 86400
    with pytest.raises(ValueError, match="limit of 24h"):
        parse_duration("24h1s", maximum=MAX_TIME_BUDGET)


def test_parse_duration_is_bounded_without_a_maximum_too() -> None:
    assert parse_duration("48h") == 172800  # settings (learning steps) may go past 24h
    for text in ("9" * 400 + "h", "1" * 5000 + "s", "99999999h"):
        with pytest.raises(ValueError):
            parse_duration(text)


def test_an_overlong_id_category_or_tag_is_an_error() -> None:
    long_id = parse(with_front("id: e/" + "x" * MAX_ID_LENGTH))
    assert any(f"over the limit of {MAX_ID_LENGTH}" in m for m in errors(long_id))
    ok_id = parse(with_front("id: e/" + "x" * (MAX_ID_LENGTH - 2)))
    assert ok_id.question is not None
    long_category = parse(with_front("category: " + "c" * 61))
    assert any("over the limit of 60" in m for m in errors(long_category))
    long_tag = parse(with_front("tags: [" + "t" * (MAX_TAG_LENGTH + 1) + "]"))
    assert any(f"over the limit of {MAX_TAG_LENGTH}" in m for m in errors(long_tag))
    many = parse(with_front("tags: [" + ", ".join(f"t{i}" for i in range(MAX_TAGS + 1)) + "]"))
    assert any(f"over the limit of {MAX_TAGS}" in m for m in errors(many))
    enough = parse(with_front("tags: [" + ", ".join(f"t{i}" for i in range(MAX_TAGS)) + "]"))
    assert enough.question is not None and len(enough.question.tags) == MAX_TAGS


def test_an_id_from_an_overlong_path_is_an_error() -> None:
    path = "/bank/evaluation/" + "p" * 300 + ".md"
    result = parse(question_text(), path=path)
    assert result.question is None
    assert any("over the limit of 200" in m for m in errors(result))


def test_a_control_character_in_an_id_or_tag_is_an_error() -> None:
    result = parse(with_front('id: "e/a\\x1bb"'))
    assert any("control character ESC" in m for m in errors(result))
    tag = parse(with_front('tags: ["a\\u202eb"]'))
    assert any("RIGHT-TO-LEFT OVERRIDE" in m for m in errors(tag))


@pytest.mark.parametrize(
    ("front", "shown"),
    [("1: x", "'1'"), ("null: x", "'null'"), ("? [a]\n: b", "'<list>'"), ("~: x", "'~'")],
)
def test_keys_that_are_not_words_are_unknown_keys(front: str, shown: str) -> None:
    result = parse(with_front(front))
    assert result.question is not None
    assert [m for m in warnings(result) if "unknown front-matter key" in m] == [
        f"unknown front-matter key {shown}"
    ]


def test_an_unknown_key_with_an_odd_value_is_only_a_warning() -> None:
    result = parse(with_front("extra: {a: [1, 2, {b: c}]}"))
    assert result.question is not None
    assert "unknown front-matter key 'extra'" in warnings(result)


# -- denial of service ------------------------------------------------------------------


def alias_bomb() -> str:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join(f"*{prev}" for _ in range(9)) + "]")
    lines.append("difficulty: *i")
    return with_front("\n".join(lines))


def test_an_alias_bomb_is_refused_without_expanding_it() -> None:
    # 9**9 strings if expanded: the test would run out of memory, not just fail.
    result = parse(alias_bomb())
    assert result.question is None
    [problem] = result.problems
    assert problem.line == 3  # the first alias
    assert "alias (*name)" in problem.message and "anchored value (&name)" in problem.message
    assert "anchors and aliases are not allowed" in problem.hint


@pytest.mark.parametrize(
    "front",
    [
        "a: &x 1\nid: *x",
        "a: &x [1]\nb: *x",
        "a: &x [*x]",  # a list that contains itself
        "<<: &x {id: e/y}\nb: *x",
    ],
)
def test_any_alias_is_refused(front: str) -> None:
    result = parse(with_front(front))
    assert result.question is None
    assert any("alias" in m for m in errors(result))


def test_deep_front_matter_nesting_is_refused() -> None:
    result = parse(with_front("tags: " + "[" * 50 + "]" * 50))
    assert any("more than 10 levels deep" in m for m in errors(result))
    flow = parse(with_front("tags: " + "[" * 5000 + "]" * 5000))
    assert result.question is None and flow.question is None


def test_twenty_thousand_unknown_keys_give_a_capped_list_of_warnings() -> None:
    keys = "".join(f"k{i:05d}: v\n" for i in range(20_000))  # 200 KB
    result = parse(with_front(keys.rstrip("\n")))
    unknown = [p for p in result.problems if "unknown front-matter key" in p.message]
    assert len(unknown) == MAX_PROBLEMS_PER_KIND + 1
    assert [p.line for p in unknown[:3]] == [2, 3, 4]  # each key at its own line
    assert unknown[-1].line == 2 + MAX_PROBLEMS_PER_KIND
    assert unknown[-1].message.endswith(
        f"(and {20_000 - MAX_PROBLEMS_PER_KIND - 1:,} more like this, not listed)"
    )
    assert result.question is not None


def test_an_overlong_front_matter_is_refused_before_yaml_reads_it() -> None:
    front = "tags: [" + "a," * 150_000 + "a]"
    result = parse(with_front(front))
    [problem] = result.problems
    assert problem.line == 2
    assert problem.message == (
        f"front matter is {len(front):,} characters long, over the limit of 256,000"
    )


def test_a_key_line_is_found_whatever_the_quoting() -> None:
    result = parse(with_front("tags: [a]\n'difficulty': extreme"))
    [problem] = [p for p in result.problems if "difficulty" in p.message]
    assert problem.line == 3


def test_many_unclosed_comments_do_not_stall_the_parser() -> None:
    many_lines = parse(question_text(answer="<!--\n" * 40_000))
    assert many_lines.question is not None
    assert many_lines.question.answer.startswith("<!--")
    one_line = parse(question_text(answer="<!-- " * 100_000))
    assert one_line.question is not None


def test_over_the_line_limit_a_file_is_refused_before_markdown_parsing() -> None:
    result = parse(question_text(answer="<!--\n" * MAX_LINES))
    assert result.question is None
    [problem] = result.problems
    assert f"over the limit of {MAX_LINES:,}" in problem.message


def test_over_the_block_limit_a_file_is_refused() -> None:
    rubric = tuple("x" for _ in range(MAX_BLOCK_TOKENS // 5 + 10))
    result = parse(question_text(rubric=rubric))
    assert result.question is None
    [problem] = result.problems
    assert f"more than {MAX_BLOCK_TOKENS:,} Markdown blocks" in problem.message


def test_thousands_of_headings_or_empty_bullets_give_capped_problems() -> None:
    sections = parse(question_text(extra="## Extra\n\n" * 5_000))
    assert len(sections.problems) <= 2 * (MAX_PROBLEMS_PER_KIND + 1)
    assert any("more like this" in p.message for p in sections.problems)
    bullets = parse(question_text(extra="## Hints\n" + "-\n" * 5_000))
    assert len(bullets.problems) <= 3 * (MAX_PROBLEMS_PER_KIND + 1)


def test_a_long_line_of_list_markers_parses() -> None:
    result = parse(question_text(answer="- " * 200_000 + "x"))
    assert result.question is not None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "<!--",
        "a <!-- b --> c",
        "<!-- a --> <!-- b",
        "<!---->",
        "<!-- a <!-- b --> c -->",
        "x<!--\n\n-->y<!--z",
        "--> <!-- -->",
    ],
)
def test_comment_stripping_matches_the_lazy_regex(text: str) -> None:
    assert _without_comments(text) == re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)


# -- reading files ----------------------------------------------------------------------


def bank_file(path: Path, root: Path) -> BankFile:
    info = path.stat()
    return BankFile(str(path), str(root), info.st_size, info.st_mtime_ns)


def test_a_sparse_6_gb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "e" / "huge.md"
    path.parent.mkdir()
    with open(path, "wb") as handle:
        handle.truncate(6 * 1024**3)
    result = read_file(bank_file(path, tmp_path)).result
    assert result is not None and result.question is None
    [problem] = result.problems
    assert "over the 1 MB limit" in problem.message


def test_a_file_that_lies_about_its_size_is_read_only_up_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "e" / "q.md", question_text(answer="x" * (3 * MAX_FILE_BYTES)))
    real_fstat = os.fstat

    def small_fstat(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        return os.stat_result((info.st_mode, *info[1:6], 10, *info[7:]))

    read_sizes: list[int] = []
    real_read = bank_module._read_bytes

    def counting(path: str) -> bytes | Problem:
        data = real_read(path)
        if isinstance(data, bytes):
            read_sizes.append(len(data))
        return data

    monkeypatch.setattr(bank_module.os, "fstat", small_fstat)
    monkeypatch.setattr(bank_module, "_read_bytes", counting)
    result = read_file(bank_file(path, tmp_path)).result
    assert read_sizes == [MAX_FILE_BYTES + 1]
    assert result is not None and "over the 1 MB limit" in result.problems[0].message


def test_a_fifo_in_place_of_a_question_file_does_not_block(tmp_path: Path) -> None:
    path = tmp_path / "e" / "q.md"
    path.parent.mkdir()
    os.mkfifo(path)
    results = []
    worker = threading.Thread(
        target=lambda: results.append(read_file(BankFile(str(path), str(tmp_path), 0, 0))),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # unblock the reader before failing
        with open(path, "wb"):
            pass
        pytest.fail("read_file blocked on a FIFO")
    [done] = results
    assert done.result is not None and done.result.question is None
    assert "not a regular file" in done.result.problems[0].message


def test_an_unexpected_exception_becomes_an_internal_error_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "e" / "q.md", question_text())

    def broken(*args: object, **kwargs: object) -> object:
        raise RecursionError("maximum recursion depth exceeded\nwhile parsing")

    monkeypatch.setattr(bank_module, "parse_text", broken)
    result = read_file(bank_file(path, tmp_path))
    assert result.result is not None and result.result.question is None
    [problem] = result.result.problems
    assert problem.path == str(path) and problem.severity is Severity.ERROR
    assert problem.message == (
        "internal error while parsing: RecursionError: maximum recursion depth exceeded "
        "while parsing; please report"
    )


# -- escapes ----------------------------------------------------------------------------


def test_a_newline_in_a_file_name_cannot_forge_a_lint_line() -> None:
    path = "/bank/evaluation/q.md:1: error: forged\n/bank/x.md"
    result = parse(question_text(front="difficulty: extreme"), path=path)
    shown = str(result.problems[0])
    assert "\n" not in shown
    assert shown.startswith("/bank/evaluation/q.md:1: error: forged\\n/bank/x.md:2: error:")


def test_a_problem_is_one_line_without_control_characters() -> None:
    problem = Problem("/b/\x1b]0;title\x07.md", 3, Severity.WARNING, "key '\x1b[2J'\n", "h\tx")
    text = str(problem)
    assert text == "/b/\\x1b]0;title\\x07.md:3: warning: key '\\x1b[2J'\\n; h\\tx"


def test_an_escape_in_an_unknown_key_is_escaped_when_printed() -> None:
    result = parse(with_front('"evil\\e[31m": 1'))
    [problem] = [p for p in result.problems if "unknown front-matter key" in p.message]
    assert "\x1b" in problem.message  # kept in the data...
    assert "\x1b" not in str(problem) and "\\x1b[31m" in str(problem)  # ...never printed


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\x1b", "ESC"),
        ("\x07", "BEL"),
        ("\x00", "NUL"),
        ("\x7f", "DEL"),
        ("\x9b", "a C1 control"),
        ("\u202e", "RIGHT-TO-LEFT OVERRIDE"),
        ("\u2066", "LEFT-TO-RIGHT ISOLATE"),
        ("\u061c", "ARABIC LETTER MARK"),
        ("\u2028", "LINE SEPARATOR"),
    ],
)
def test_a_control_character_in_the_text_is_a_warning_naming_line_and_character(
    char: str, name: str
) -> None:
    result = parse(question_text(answer=f"fine\nred {char}[31m text"))
    assert result.question is not None  # still loads: display code escapes it
    code = f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    [problem] = [p for p in result.problems if "control character" in p.message]
    assert problem.severity is Severity.WARNING
    assert problem.message == f"line contains the control character {code} ({name})"
    assert problem.line == question_text(answer="fine\nred").split("\n").index("red") + 1
    assert "\n" not in str(problem) and char not in str(problem)


def test_control_character_warnings_are_capped() -> None:
    result = parse(question_text(answer="\x1b\n" * 5_000))
    found = [p for p in result.problems if "control character" in p.message]
    assert len(found) == 21
    assert found[-1].message.startswith("more lines contain control characters")


def test_tabs_newlines_and_ordinary_unicode_are_not_warned_about() -> None:
    result = parse(question_text(answer="a\tb\n\nç é — “q” ∑ 日本 👍 \u200d"))
    assert result.question is not None and not result.problems


def test_parse_bytes_with_nul_and_c1_bytes_never_raises() -> None:
    data = question_text(answer="x\x00y\x85z").encode() + b"\xc2\x9b"
    result = parse_bytes(data, path="/bank/evaluation/q.md", bank_root="/bank")
    assert result.question is not None
    assert len([p for p in result.problems if "control character" in p.message]) == 2


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_link_to_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "e" / "zero.md"
    path.parent.mkdir()
    path.symlink_to("/dev/zero")
    result = read_file(BankFile(str(path), str(tmp_path), 0, 0)).result
    assert result is not None and result.question is None
    assert "not a regular file" in result.problems[0].message


def test_a_folder_in_place_of_a_question_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "e" / "q.md"
    path.mkdir(parents=True)
    result = read_file(BankFile(str(path), str(tmp_path), 0, 0)).result
    assert result is not None and result.question is None
    assert result.problems[0].path == str(path)
