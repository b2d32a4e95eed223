"""Parse one question file (Markdown with YAML front matter) into a `Question`.

The parser never raises on bad input: everything it finds wrong comes back as a
`Problem` naming the line and what to do. Any error means no `Question`.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePath
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block import hr as hr_rule
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from interview.core.front_matter import load_front_matter, shown
from interview.core.questions import (
    MAX_TIME_BUDGET,
    Difficulty,
    Problem,
    Question,
    Severity,
    default_time_budget,
    parse_duration,
)

MAX_FILE_BYTES = 1_000_000
"""A question file larger than this is refused rather than parsed."""

MAX_LINES = 50_000
"""A question file with more lines than this is refused rather than parsed: the Markdown
parser's cost and memory grow with lines (a 1 MB file can have a million)."""

MAX_BLOCK_TOKENS = 100_000
"""A file whose Markdown makes more block tokens than this (a heading or list item makes
3 to 5) is refused: parsing stops there, which bounds time and memory."""

MAX_ID_LENGTH = 200
"""Longest id (given or taken from the path), in characters."""

MAX_CATEGORY_LENGTH = 60
MAX_TAGS = 50
"""Most tags a question may have."""

MAX_TAG_LENGTH = 60
MAX_ENTRY_LENGTH = 100
MAX_TEXT_LENGTH = 1000
"""Longest `source:` or `license:` value."""

MAX_PROBLEMS_PER_KIND = 20
"""Problems of one kind listed per file; the rest are summed up in one more problem."""

MAX_CONTROL_LINES = 20
"""Lines with control characters listed per file."""

FRONT_MATTER_KEYS: tuple[str, ...] = (
    "id",
    "category",
    "tags",
    "difficulty",
    "time",
    "source",
    "license",
    "entry",
)
"""Keys the front matter may have; any other is a warning."""

SECTION_ALIASES: dict[str, str] = {
    "question": "question",
    "answer": "answer",
    "rubric": "rubric",
    "hints": "hints",
    "hint": "hints",
    "follow-ups": "follow-ups",
    "follow-up": "follow-ups",
    "followups": "follow-ups",
    "followup": "follow-ups",
    "tests": "tests",
    "test": "tests",
    "notes": "notes",
    "note": "notes",
}
"""Normalised heading text -> the section it names."""

LIST_SECTIONS = ("rubric", "hints", "follow-ups")
_WRONG_HEADINGS = frozenset(("wrong-solutions", "wrong-solution", "common-mistakes"))
"""A section of plausible wrong solutions (kept with the extra sections; core.coding)."""
"""Sections whose content is one point per top-level list item."""

_SECTION_TITLES = {
    "question": "Question",
    "answer": "Answer",
    "rubric": "Rubric",
    "hints": "Hints",
    "follow-ups": "Follow-ups",
    "tests": "Tests",
    "notes": "Notes",
}

_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Characters a question's text must not contain: C0 controls but newline and tab, DEL,
C1 controls, line/paragraph separators and bidirectional overrides. Shown text is
escaped, so a file with one still loads, but lint warns."""

_C0_NAMES = (
    "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI "
    "DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US"
).split()
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(slots=True)
class _Section:
    """A level-2 section while parsing: its heading and where its body lies."""

    heading: str
    name: str | None
    """The known section it is, or None for an unknown one."""
    line: int
    """1-based line of the heading."""
    start: int
    """0-based first line of the body."""
    end: int
    """0-based line after the body."""
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class ParseResult:
    """What parsing a file gave: the question (None when any error was found) and problems."""

    question: Question | None
    problems: list[Problem] = field(default_factory=list)
    content_hash: str = ""

    @property
    def has_errors(self) -> bool:
        """Whether any problem is an error."""
        return any(p.severity is Severity.ERROR for p in self.problems)


class _TooManyBlocks(Exception):
    """Raised from inside the Markdown parser when a file makes too many tokens."""


def _thematic_break(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """markdown-it's `hr` rule, quicker, and the parser's budget.

    The budget: markdown-it tries this rule at nearly every block start (all but code
    blocks and fences, which cannot outnumber lines), so this is where the parse stops
    once a file has made MAX_BLOCK_TOKENS tokens. (A rule of its own, first in the chain,
    cost 3% of a bank sync.)

    Quicker: `hr` walks the line in Python at every nesting level, ~1 s on one 1 MB line
    of "- - - ... x". Its own test comes first here, done with str.strip (in C): a line
    that is not only one marker character, spaces and tabs is no break.
    """
    if len(state.tokens) > MAX_BLOCK_TOKENS:
        raise _TooManyBlocks
    pos = state.bMarks[start] + state.tShift[start]
    end_of_line = state.eMarks[start]
    if pos >= end_of_line or state.src[pos] not in "*-_":
        return False
    if state.src[pos:end_of_line].strip(state.src[pos] + " \t"):
        return False
    return bool(hr_rule(state, start, end, silent))


@cache
def _markdown() -> MarkdownIt:
    # Only the block structure matters here; skipping inline parsing makes a bank sync
    # several times faster. Heading text stays available as the raw inline content.
    md = MarkdownIt("commonmark").use(front_matter_plugin)
    md.disable("inline")
    md.block.ruler.at(
        "hr", _thematic_break, {"alt": ["paragraph", "reference", "blockquote", "list"]}
    )
    return md


def content_hash(text: str) -> str:
    """The hash that identifies a question's content (normalised text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def too_big(path: str, size: int) -> Problem:
    """The problem for a file over `MAX_FILE_BYTES`."""
    return Problem(
        path,
        None,
        Severity.ERROR,
        f"file is {size / 1_000_000:,.1f} MB, over the {MAX_FILE_BYTES // 1_000_000} MB limit "
        "for a question file",
        "split it into one file per question",
    )


def decode(data: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Bytes of a file -> normalised text (BOM dropped, LF line endings), or a problem."""
    if len(data) > MAX_FILE_BYTES:
        return None, [too_big(path, len(data))]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - data.rfind(b"\n", 0, exc.start)
        return None, [
            Problem(
                path,
                line,
                Severity.ERROR,
                f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at column {column})",
                "re-save the file as UTF-8",
            )
        ]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, []


def parse_bytes(
    data: bytes, *, path: str | Path, bank_root: str | Path | None = None
) -> ParseResult:
    """Parse the raw bytes of a question file."""
    shown = str(path)
    text, problems = decode(data, shown)
    if text is None:
        return ParseResult(None, problems)
    return parse_text(text, path=path, bank_root=bank_root)


def parse_text(text: str, *, path: str | Path, bank_root: str | Path | None = None) -> ParseResult:
    """Parse the normalised text of a question file.

    `path` names the file in problems; with `bank_root` it also gives the default id
    (the path under the root without `.md`) and category (the first folder under it).
    """
    if "\r" in text:  # as `decode` does: markdown-it counts a lone CR as a line break too
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _Parser(text, str(path), _relative(path, bank_root)).run()


def _relative(path: str | Path, bank_root: str | Path | None) -> PurePath | None:
    if bank_root is None:
        return None
    try:
        return PurePath(path).relative_to(bank_root)
    except ValueError:
        return None


def _without_comments(text: str) -> str:
    """`text` with every closed `<!-- ... -->` removed, in one linear pass.

    (A lazy regex is quadratic on text with many unclosed `<!--`.) An unclosed comment
    is kept as text, as the regex did.
    """
    parts: list[str] = []
    position = 0
    while True:
        start = text.find("<!--", position)
        if start < 0:
            break
        end = text.find("-->", start + 4)
        if end < 0:
            break
        parts.append(text[position:start])
        position = end + 3
    parts.append(text[position:])
    return "".join(parts)


def _control_name(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return _C0_NAMES[code]
    if code == 0x7F:
        return "DEL"
    if code <= 0x9F:
        return "a C1 control"
    return unicodedata.name(char, "a control character")


def _normalise_heading(text: str) -> str:
    cleaned = text.strip().strip(":").strip().lower()
    return re.sub(r"[\s_]+", " ", cleaned).replace(" ", "-")


def _first_sentence(markdown_text: str) -> str:
    first_block = markdown_text.strip().split("\n\n", 1)[0]
    flat = " ".join(first_block.split())
    sentence = _SENTENCE_END.split(flat, 1)[0]
    return sentence if len(sentence) <= 120 else sentence[:117].rstrip() + "..."


class _Parser:
    """One pass over one file; collects problems as it goes."""

    def __init__(self, text: str, path: str, relative: PurePath | None) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.path = path
        self.relative = relative
        self.problems: list[Problem] = []
        self.key_lines: dict[str, int] = {}
        """1-based line of each top-level front-matter key."""
        self.kinds: dict[tuple[Severity, str], int] = {}
        """How many problems of each kind (severity and hint) were found."""
        self.held: dict[tuple[Severity, str], Problem] = {}
        """The first problem of each kind that went over the per-kind limit."""

    def add(self, severity: Severity, line: int | None, message: str, hint: str) -> None:
        # A kind is a severity and a hint: every call site words its hint once. A file
        # with 100,000 unknown sections gets 20 warnings and one that counts the rest.
        kind = (severity, hint)
        count = self.kinds.get(kind, 0) + 1
        self.kinds[kind] = count
        problem = Problem(self.path, line, severity, message, hint)
        if count <= MAX_PROBLEMS_PER_KIND:
            self.problems.append(problem)
        elif count == MAX_PROBLEMS_PER_KIND + 1:
            self.held[kind] = problem

    def error(self, line: int | None, message: str, hint: str = "") -> None:
        self.add(Severity.ERROR, line, message, hint)

    def warn(self, line: int | None, message: str, hint: str = "") -> None:
        self.add(Severity.WARNING, line, message, hint)

    def run(self) -> ParseResult:
        digest = content_hash(self.text)
        question = self.parse(digest)
        for kind, first in self.held.items():
            more = self.kinds[kind] - MAX_PROBLEMS_PER_KIND
            message = first.message
            if more > 1:
                message += f" (and {more - 1:,} more like this, not listed)"
            self.problems.append(
                Problem(first.path, first.line, first.severity, message, first.hint)
            )
        if any(p.severity is Severity.ERROR for p in self.problems):
            question = None
        return ParseResult(question, self.problems, digest)

    def parse(self, digest: str) -> Question | None:
        if not self.text.strip():
            self.error(
                None, "file is empty", "write a question in it (see docs/question-format.md)"
            )
            return None
        self.control_characters()
        if len(self.lines) > MAX_LINES:
            self.error(
                None,
                f"file has {len(self.lines):,} lines, over the limit of {MAX_LINES:,} "
                "for a question file",
                "split it into one file per question",
            )
            return None
        try:
            tokens = _markdown().parse(self.text)
        except _TooManyBlocks:
            self.error(
                None,
                f"file has more than {MAX_BLOCK_TOKENS:,} Markdown blocks (headings, list "
                "items, paragraphs...), over the limit for a question file",
                "split it into one file per question",
            )
            return None
        meta, body = self.front_matter(tokens)
        return self.build(meta, body, digest) if meta is not None else None

    def control_characters(self) -> None:
        """Warn about each line (up to a limit) with a control character in it."""
        text = self.text
        match = _CONTROL.search(text)
        line = 1
        counted_to = 0
        listed = 0
        while match is not None:
            line += text.count("\n", counted_to, match.start())
            char = match.group()
            if listed == MAX_CONTROL_LINES:
                self.warn(
                    line,
                    "more lines contain control characters (only the first "
                    f"{MAX_CONTROL_LINES} are listed)",
                    "remove them: they could change the terminal when shown",
                )
                return
            code = f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
            self.warn(
                line,
                f"line contains the control character {code} ({_control_name(char)})",
                "remove it: it could change the terminal when shown",
            )
            listed += 1
            end = text.find("\n", match.end())
            if end < 0:
                return
            counted_to = end
            match = _CONTROL.search(text, end)

    # -- front matter -------------------------------------------------------------------

    def front_matter(self, tokens: list[Token]) -> tuple[dict[str, Any] | None, list[Token]]:
        """The front-matter mapping (None on an error) and the tokens after it."""
        if tokens and tokens[0].type == "front_matter":
            return self.load_yaml(tokens[0]), tokens[1:]
        if self.lines[0].rstrip() == "---":
            self.error(
                1,
                "the front matter opened here never closes",
                "end it with a line of three dashes '---' before the title",
            )
            return None, tokens
        return {}, tokens

    def load_yaml(self, token: Token) -> dict[str, Any] | None:
        first_line = 2  # the line after the opening '---'
        loaded = load_front_matter(token.content)
        for problem in loaded.problems:
            line = first_line + problem.line
            hint = problem.hint
            if problem.message.startswith("front matter is not valid YAML"):
                bad_line = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
                if "\t" in bad_line:
                    hint = "YAML does not allow tabs for indentation; indent with spaces"
                elif "mapping values are not allowed" in problem.message:
                    hint = "quote a value that contains ': ' (for example title: \"A: B\")"
            if problem.error:
                self.error(line, problem.message, hint)
            else:
                self.warn(line, problem.message, hint)
        if loaded.values is None:
            return None
        self.key_lines = {key: first_line + line for key, line in loaded.key_lines.items()}
        known = ", ".join(FRONT_MATTER_KEYS)
        unknown = [
            (key, first_line + line)
            for key, line in loaded.key_lines.items()
            if key not in FRONT_MATTER_KEYS
        ]
        unknown += [(key, first_line + line) for key, line in loaded.other_keys]
        for key, line in sorted(unknown, key=lambda pair: pair[1]):
            self.warn(line, f"unknown front-matter key '{shown(key)}'", f"known keys are {known}")
        return loaded.values

    def key_line(self, key: str) -> int:
        """The line of a top-level front-matter key, or 2 when it cannot be told."""
        return self.key_lines.get(key, 2)

    def text_value(
        self, meta: dict[str, Any], key: str, limit: int = MAX_TEXT_LENGTH
    ) -> str | None:
        """A front-matter value that must be a single line of text of at most `limit`."""
        if key not in meta or meta[key] is None:
            return None
        value = meta[key]
        if not isinstance(value, str | int | float | datetime.date) or isinstance(value, bool):
            self.error(
                self.key_line(key),
                f"'{key}' must be text, not {type(value).__name__}",
                f'write it on one line, quoted if needed: {key}: "..."',
            )
            return None
        result = str(value).strip()
        if len(result) > limit:
            self.error(
                self.key_line(key),
                f"'{key}' is {len(result):,} characters long, over the limit of {limit}",
                f"shorten the {key}",
            )
            return None
        return result or None

    def bad_name(self, what: str, value: str, line: int, limit: int) -> bool:
        """Whether an id, category or tag is too long or holds control characters
        (reported); such names end up in the database, in file names and on screen."""
        if len(value) > limit:
            self.error(
                line,
                f"{what} '{shown(value)}' is {len(value):,} characters long, over the limit "
                f"of {limit}",
                f"shorten the {what}",
            )
            return True
        control = _CONTROL.search(value)
        if control is not None:
            self.error(
                line,
                f"{what} '{shown(value)}' contains the control character "
                f"{_control_name(control.group())}",
                f"remove it from the {what}",
            )
            return True
        return False

    # -- body -----------------------------------------------------------------------------

    def build(self, meta: dict[str, Any], tokens: list[Token], digest: str) -> Question | None:
        lines: dict[str, int] = {"id": self.key_line("id") if "id" in meta else 1}
        title, title_line, sections = self.split_sections(tokens)
        if title_line is not None:
            lines["title"] = title_line
        texts: dict[str, str] = {}
        extras: list[tuple[str, str]] = []
        items: dict[str, tuple[str, ...]] = {}
        for section in sections:
            heading, name, line = section.heading, section.name, section.line
            text = self.slice(section.start, section.end)
            if not _without_comments(text).strip():
                text = ""  # a section holding only <!-- guidance --> is empty
            if name is None and _normalise_heading(heading) in _WRONG_HEADINGS:
                self.check_wrong_solutions(line, text)
                extras.append((heading, text))
                continue
            if name is None:
                self.warn(
                    line,
                    f"unknown section '{heading}' (kept, but not used in sessions)",
                    "known sections are " + ", ".join(_SECTION_TITLES.values()),
                )
                extras.append((heading, text))
                continue
            if name in lines and name != "id":
                self.error(
                    line,
                    f"section '{_SECTION_TITLES[name]}' appears twice "
                    f"(first at line {lines[name]})",
                    "merge the two into one section",
                )
                continue
            lines[name] = line
            texts[name] = text
            if name in LIST_SECTIONS:
                items[name] = self.list_items(name, section.tokens)

        question_text = texts.get("question", "")
        if "question" not in texts:
            self.error(
                title_line or 1,
                "no Question section",
                "add a '## Question' heading followed by the prompt",
            )
        elif not question_text:
            self.error(lines["question"], "the Question section is empty", "write the prompt")
        if not texts.get("answer"):
            self.warn(
                lines.get("answer", title_line or 1),
                "no Answer" if "answer" not in texts else "the Answer section is empty",
                "write the model answer under '## Answer' (until then it is a draft: listed, "
                "never drawn into practice or mocks)",
            )
        if not items.get("rubric"):
            self.warn(
                lines.get("rubric", title_line or 1),
                "no Rubric" if "rubric" not in texts else "the Rubric has no points",
                "list the key points of a strong answer under '## Rubric', one '- ' per point "
                "(until then it is a draft: listed, never drawn into practice or mocks)",
            )

        category = self.category(meta)
        difficulty = self.difficulty(meta)
        budget = self.time_budget(meta, category)
        tags = self.tags(meta)
        entry = self.entry(meta, texts, lines)
        question_id = self.question_id(meta)
        source = self.text_value(meta, "source")
        license_ = self.text_value(meta, "license")
        if not title:
            title = _first_sentence(question_text) if question_text else ""
        if category is None or question_id is None or difficulty is None or budget is None:
            return None
        if tags is None:
            return None
        return Question(
            id=question_id,
            title=title,
            category=category,
            question=question_text,
            tags=tags,
            difficulty=difficulty,
            time_budget=budget,
            source=source,
            license=license_,
            entry=entry,
            answer=texts.get("answer", ""),
            rubric=items.get("rubric", ()),
            hints=items.get("hints", ()),
            follow_ups=items.get("follow-ups", ()),
            tests=texts.get("tests", ""),
            notes=texts.get("notes", ""),
            extra_sections=tuple(extras),
            content_hash=digest,
            path=self.path,
            section_lines=lines,
        )

    def split_sections(self, tokens: list[Token]) -> tuple[str, int | None, list[_Section]]:
        """The title, its line, and the level-2 sections in order."""
        title = ""
        title_line: int | None = None
        sections: list[_Section] = []
        stray_line: int | None = None
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token.type == "heading_open" and token.level == 0 and token.tag in ("h1", "h2"):
                content = tokens[index + 1].content.strip() if index + 1 < len(tokens) else ""
                assert token.map is not None
                start, end = token.map
                if token.tag == "h1":
                    if title_line is None and not sections:
                        title, title_line = content, start + 1
                        if not content:
                            self.warn(start + 1, "the title heading is empty", "write the title")
                    else:
                        self.warn(
                            start + 1,
                            "a second level-1 heading",
                            "a file has one title ('# ...'); use '##' for sections and "
                            "'###' inside them",
                        )
                    index += 3
                    continue
                name = SECTION_ALIASES.get(_normalise_heading(content))
                if sections:
                    sections[-1].end = start
                sections.append(_Section(content, name, start + 1, end, len(self.lines)))
                index += 3
                continue
            if sections:
                sections[-1].tokens.append(token)
            elif token.map is not None and stray_line is None and token.type != "front_matter":
                stray_line = token.map[0] + 1
            index += 1
        if stray_line is not None:
            self.warn(
                stray_line,
                "text before the first section is ignored",
                "move it under '## Question' (or '## Notes')",
            )
        return title, title_line, sections

    def slice(self, start: int, end: int) -> str:
        """The raw Markdown of lines [start, end), without surrounding blank lines."""
        return "\n".join(self.lines[start:end]).strip("\n").rstrip()

    def list_items(self, name: str, tokens: list[Token]) -> tuple[str, ...]:
        """One string per top-level list item of a list section; warns about the rest."""
        items: list[str] = []
        stray_line: int | None = None
        depth = 0
        for token in tokens:
            if token.type in ("bullet_list_open", "ordered_list_open"):
                depth += 1
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
            elif token.type == "list_item_open" and depth == 1:
                assert token.map is not None
                line = token.map[0] + 1
                text = self.item_text(*token.map)
                if text:
                    items.append(text)
                else:
                    self.warn(
                        line,
                        f"empty bullet in {_SECTION_TITLES[name]}",
                        "write the point after the '-' or delete the line",
                    )
            elif (
                depth == 0
                and token.map is not None
                and stray_line is None
                and not (
                    token.type == "html_block" and not _without_comments(token.content).strip()
                )
            ):  # a <!-- guidance --> comment (as `interview new` writes) is not stray text
                stray_line = token.map[0] + 1
        if stray_line is not None:
            self.warn(
                stray_line,
                f"text in {_SECTION_TITLES[name]} outside a bullet list is ignored",
                "start each point with '- '",
            )
        return tuple(items)

    def item_text(self, start: int, end: int) -> str:
        """The text of a list item: its marker removed, continuation lines dedented."""
        raw = self.lines[start:end]
        first = raw[0]
        marker = _LIST_MARKER.match(first)
        indent = marker.end() if marker else 0
        rest = [line[indent:] if line[:indent].strip() == "" else line.lstrip() for line in raw[1:]]
        return "\n".join([first[indent:], *rest]).strip()

    # -- front-matter fields --------------------------------------------------------------

    def question_id(self, meta: dict[str, Any]) -> str | None:
        value = self.text_value(meta, "id", MAX_ID_LENGTH)
        if value is None and "id" in meta and meta["id"] is not None:
            return None  # text_value already reported it
        if value is None:
            if self.relative is None:
                self.error(1, "no id", "add 'id: category/short-name' to the front matter")
                return None
            value = self.relative.with_suffix("").as_posix()
        line = self.key_line("id") if "id" in meta else 1
        if self.bad_name("id", value, line, MAX_ID_LENGTH):
            return None
        if any(ch.isspace() for ch in value):
            self.error(
                line,
                f"id '{shown(value)}' contains spaces",
                "use letters, digits, '-', '_' and '/' only (rename the file or set 'id:')",
            )
            return None
        return value

    def category(self, meta: dict[str, Any]) -> str | None:
        value = self.text_value(meta, "category", MAX_CATEGORY_LENGTH)
        if value is None and meta.get("category") is not None:
            return None
        if value is None:
            if self.relative is not None and len(self.relative.parts) > 1:
                folder = self.relative.parts[0]
                if self.bad_name("category", folder, 1, MAX_CATEGORY_LENGTH):
                    return None
                return folder
            self.error(
                1,
                "no category",
                "put the file in a category folder (e.g. evaluation/) or set 'category:'",
            )
            return None
        if self.bad_name("category", value, self.key_line("category"), MAX_CATEGORY_LENGTH):
            return None
        if "/" in value:
            self.error(
                self.key_line("category"),
                f"category '{shown(value)}' contains '/'",
                "a category is one word such as evaluation or system-design",
            )
            return None
        return value

    def difficulty(self, meta: dict[str, Any]) -> Difficulty | None:
        value = meta.get("difficulty")
        if value is None:
            return Difficulty.MEDIUM
        try:
            return Difficulty(str(value).strip().lower())
        except ValueError:
            self.error(
                self.key_line("difficulty"),
                f"difficulty '{shown(value)}' is not one of easy, medium, hard",
                "write difficulty: easy, medium or hard",
            )
            return None

    def time_budget(self, meta: dict[str, Any], category: str | None) -> int | None:
        value = meta.get("time")
        if value is None:
            return default_time_budget(category or "")
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.error(
                self.key_line("time"),
                f"time '{shown(value)}' is not a duration",
                "write it like 90s, 6m, 1h or 1h30m",
            )
            return None
        if isinstance(value, int | float):
            number = shown(value, 20)
            self.error(
                self.key_line("time"),
                f"time '{number}' has no unit",
                f"write {number}m for minutes or {number}s for seconds",
            )
            return None
        try:
            return parse_duration(value, maximum=MAX_TIME_BUDGET)
        except ValueError as exc:
            self.error(self.key_line("time"), str(exc).split(";")[0], "write it like 90s, 6m or 1h")
            return None

    def tags(self, meta: dict[str, Any]) -> tuple[str, ...] | None:
        value = meta.get("tags")
        if value is None:
            return ()
        raw = value.split(",") if isinstance(value, str) else value
        if not isinstance(raw, list) or any(
            isinstance(tag, bool | list | dict | set) or tag is None for tag in raw
        ):
            self.error(
                self.key_line("tags"),
                "tags must be a list of words",
                "write tags: [metrics, imbalanced-data]",
            )
            return None
        if len(raw) > MAX_TAGS:
            self.error(
                self.key_line("tags"),
                f"{len(raw):,} tags, over the limit of {MAX_TAGS}",
                "keep the few tags that say what the question is about",
            )
            return None
        tags: list[str] = []
        for tag in raw:
            cleaned = "-".join(str(tag).strip().lower().split())
            if self.bad_name("tag", cleaned, self.key_line("tags"), MAX_TAG_LENGTH):
                return None
            if cleaned and cleaned not in tags:
                tags.append(cleaned)
        return tuple(tags)

    def check_wrong_solutions(self, line: int, text: str) -> None:
        """`## Wrong solutions`: fenced blocks, each after a line saying what is wrong."""
        from interview.core.coding import wrong_solutions

        found = wrong_solutions((("Wrong solutions", text),))
        if not found:
            self.warn(
                line,
                "the Wrong solutions section has no code block",
                "give each wrong solution as a fenced block after a line saying why it is wrong",
            )
        for number, wrong in enumerate(found, 1):
            if not wrong.why:
                self.warn(
                    line,
                    f"wrong solution {number} has no explanation",
                    "write one line before its code block saying what is wrong with it",
                )

    def entry(
        self, meta: dict[str, Any], texts: dict[str, str], lines: dict[str, int]
    ) -> str | None:
        value = self.text_value(meta, "entry", MAX_ENTRY_LENGTH)
        if value is not None and not _IDENTIFIER.match(value):
            self.error(
                self.key_line("entry"),
                f"entry '{shown(value)}' is not a Python function name",
                "name the function the Tests call, e.g. entry: two_sum",
            )
            return None
        if texts.get("tests") and value is None:
            self.warn(
                lines["tests"],
                "a Tests section but no 'entry:'",
                "name the function the tests call with 'entry:' in the front matter",
            )
        if value == "sql" and texts.get("tests") and not fenced_code(texts["tests"], "sql"):
            self.error(
                lines["tests"],
                "'entry: sql' but the Tests have no ```sql block",
                "put the schema and the data in a ```sql block inside '## Tests'",
            )
        if value is not None and not texts.get("tests"):
            self.warn(
                self.key_line("entry"),
                f"'entry: {shown(value)}' but no Tests section",
                "add '## Tests' with a python block of asserts, or remove 'entry:'",
            )
        return value


def fenced_code(markdown_text: str, language: str = "python") -> list[str]:
    """The contents of the fenced code blocks in `markdown_text` tagged with `language`."""
    try:
        tokens = _markdown().parse(markdown_text)
    except _TooManyBlocks:
        return []
    return [
        token.content
        for token in tokens
        if token.type == "fence" and token.info.strip().split(" ")[0].lower() == language
    ]
