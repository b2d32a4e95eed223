"""Fuzzing the parser: whatever a file holds, parsing never raises, every problem prints
as one safe line, and every question that loads has its values in range.

In CI the examples are derandomized (the same every run) and few; a longer run lives in
`benchmarks/fuzz_parser.py`.
"""

from __future__ import annotations

import os
import re
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from interview.core.bank import BankFile, read_file
from interview.core.parser import (
    FRONT_MATTER_KEYS,
    MAX_CATEGORY_LENGTH,
    MAX_ID_LENGTH,
    MAX_TAG_LENGTH,
    MAX_TAGS,
    ParseResult,
    _markdown,
    _without_comments,
    parse_bytes,
    parse_text,
)
from interview.core.questions import MAX_TIME_BUDGET

CI = settings(
    derandomize=True,
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")

# -- pieces of realistic documents ---------------------------------------------------------

_SCALARS = [
    "easy",
    "hard",
    "extreme",
    "6m",
    "1h30m",
    "90s",
    "0s",
    "25h",
    "24h",
    "9999999999999999h",
    "9" * 400,
    "9" * 400 + "m",
    "1e400",
    "-1",
    ".inf",
    ".nan",
    "2024-02-31",
    "2024-01-01",
    "2024-01-01T10:00:00Z",
    "!!int x",
    "!!float x",
    "!!bool x",
    "!!binary a",
    "!!str 5",
    "!!set {a, b}",
    "!!omap [a: 1]",
    "!!python/name:os.system",
    "&a [x, y]",
    "*a",
    "&b x",
    "*b",
    "[a, b, [c]]",
    "{a: b}",
    "[" * 30 + "]" * 30,
    "'quoted: value'",
    '"esc \\e[31m \\u202e"',
    '"new\\nline"',
    "null",
    "~",
    "true",
    "yes",
    "|\n  block\n  text",
    ">\n  folded",
    "a: b",
    "- x",
    "two_sum",
    "not an identifier",
    "e/" + "x" * 250,
    "algorithms",
    "a/b",
    "[" + ", ".join(f"t{i}" for i in range(60)) + "]",
    "[" + "t" * 70 + "]",
    "",
]
_KEYS = [*FRONT_MATTER_KEYS, "foo", "1", "null", "~", "<<", "? [a]", "'id'", '"tags"', "a b"]

_LINES = [
    "# Title",
    "#",
    "## Question",
    "## Answer",
    "## Rubric",
    "## Hints",
    "## Follow-ups",
    "## Tests",
    "## Notes",
    "## Unknown section",
    "##",
    "### Sub",
    "Title",
    "===",
    "---",
    "- point",
    "-",
    "* point",
    "1. point",
    "  - nested",
    "    code",
    "\tcode",
    "```python",
    "```",
    "~~~",
    "assert f() == 1",
    "<!--",
    "-->",
    "<!-- guidance -->",
    "> quote",
    ">>>>>>>>>>",
    "<div>",
    "[a]: <",
    "[[[[[",
    "**bold** _em_ `code`",
    "text with \x1b[31m escape",
    "bidi \u202e override \u2066",
    "nul \x00 and \x9b",
    "line\u2028separator",
    "",
    "",
]


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        key = draw(st.sampled_from(_KEYS) | st.text(min_size=1, max_size=8))
        value = draw(
            st.sampled_from(_SCALARS)
            | st.integers(-(2**80), 2**80).map(str)
            | st.floats(allow_nan=True).map(repr)
            | st.text(max_size=20)
        )
        lines.append(f"{key}: {value}")
    return "\n".join(lines)


@st.composite
def documents(draw: st.DrawFn) -> str:
    parts = []
    if draw(st.booleans()):
        parts.append("---")
        parts.append(draw(front_matter()))
        if draw(st.integers(0, 9)):  # usually closed
            parts.append("---")
    for _ in range(draw(st.integers(0, 30))):
        parts.append(draw(st.sampled_from(_LINES) | st.text(max_size=30)))
    newline = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    return newline.join(parts)


# -- the properties ------------------------------------------------------------------------


def check(result: ParseResult, text: str) -> None:
    """What must hold for any parse of any file."""
    lines = text.count("\n") + 1
    for problem in result.problems:
        shown = str(problem)
        assert "\n" not in shown and "\r" not in shown, shown
        assert not _UNSAFE.search(shown), shown
        assert problem.line is None or 1 <= problem.line <= lines, (problem, lines)
        assert len(shown) < 2_000, shown
    question = result.question
    if question is None:
        return
    assert not result.has_errors
    assert 1 <= question.time_budget <= MAX_TIME_BUDGET
    assert question.id and len(question.id) <= MAX_ID_LENGTH
    assert not any(ch.isspace() for ch in question.id)
    assert not _UNSAFE.search(question.id)
    assert question.category and len(question.category) <= MAX_CATEGORY_LENGTH
    assert "/" not in question.category and not _UNSAFE.search(question.category)
    assert len(question.tags) <= MAX_TAGS
    for tag in question.tags:
        assert tag and len(tag) <= MAX_TAG_LENGTH and not _UNSAFE.search(tag)
    assert question.entry is None or _IDENTIFIER.match(question.entry)
    assert question.question


def check_text(text: str) -> None:
    result = parse_text(text, path="/bank/evaluation/q\n\x1b.md", bank_root="/bank")
    check(result, text.replace("\r\n", "\n").replace("\r", "\n"))


def check_bytes(data: bytes) -> None:
    result = parse_bytes(data, path="/bank/evaluation/q.md", bank_root="/bank")
    text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    check(result, text)


def check_read_file(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as root:
        path = os.path.join(root, "evaluation", "q.md")
        os.mkdir(os.path.dirname(path))
        with open(path, "wb") as handle:
            handle.write(data)
        info = os.stat(path)
        result = read_file(BankFile(path, root, info.st_size, info.st_mtime_ns))
        assert result.result is not None
        text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
        check(result.result, text)


@CI
@given(st.text())
def test_any_text_parses_without_raising(text: str) -> None:
    check_text(text)


@CI
@given(st.binary())
def test_any_bytes_parse_without_raising(data: bytes) -> None:
    check_bytes(data)


@settings(CI, max_examples=400)
@given(documents())
def test_realistic_hostile_documents_parse_without_raising(text: str) -> None:
    check_text(text)


@settings(CI, max_examples=100)
@given(documents().map(lambda text: text.encode("utf-8", "surrogatepass")))
def test_read_file_never_raises(data: bytes) -> None:
    check_read_file(data)


@CI
@given(st.text(alphabet="<!->a\n", max_size=60))
def test_comment_stripping_matches_the_lazy_regex(text: str) -> None:
    assert _without_comments(text) == re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)


def _stock_markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark").use(front_matter_plugin)
    md.disable("inline")
    return md


@settings(CI, max_examples=200)
@given(documents() | st.text(alphabet="-*_ \tx>\n1.", max_size=80))
def test_the_parsers_markdown_rules_give_the_same_blocks_as_stock_markdown_it(
    text: str,
) -> None:
    # The quicker thematic-break check (which also holds the block budget) must not
    # change any parse.
    def shape(md: MarkdownIt) -> list[tuple[str, object, str, str]]:
        return [(t.type, t.map, t.content, t.info) for t in md.parse(text)]

    assert shape(_markdown()) == shape(_stock_markdown())
