"""Turn a community Markdown list of interview questions into question files.

Layouts recognised (each block of the document is tried; several may mix):

- ``heading``: a heading per question (any level, numbered or not: ``1.``, ``1)``,
  ``Q1:``, ``Question 1 -``); its answer is what follows up to the next heading of the
  same or a higher level.
- ``bold``: a paragraph that is one bold line (a difficulty marker may follow); its
  answer is the prose up to the next bold question, a ``---`` rule, a ``<br/>`` or a
  heading.
- ``list``: list items that are questions; a parent item that is only a topic becomes a
  tag of the questions under it; questions nested under a question are its follow-ups;
  other content of the item is the answer.
- ``details``: ``<details><summary>question</summary> answer </details>``.
- ``table``: a table with a question column and an answer column.

Headings that are not questions become tags (and the category when they name one of
ours). Difficulty markers (``[E]``/``[M]``/``[H]``, easy/medium/hard words, 🟢🟡🔴)
become the difficulty. Placeholder answers ("Answer here", "TODO", empty) are missing
answers, not answers.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from interview.core.text import slugify

LAYOUTS = ("heading", "bold", "list", "details", "table")

CATEGORY_WORDS: dict[str, str] = {
    "algorithm": "algorithms",
    "algorithms": "algorithms",
    "coding": "algorithms",
    "data structures": "algorithms",
    "machine learning": "ml-theory",
    "ml theory": "ml-theory",
    "ml-theory": "ml-theory",
    "deep learning": "ml-theory",
    "statistics": "ml-theory",
    "probability": "ml-theory",
    "system design": "system-design",
    "ml system design": "system-design",
    "system-design": "system-design",
    "evaluation": "evaluation",
    "metrics": "evaluation",
    "behavioral": "behavioral",
    "behavioural": "behavioral",
}
"""Heading words that name one of our categories (matched on the whole heading)."""

_NUMBERING = re.compile(
    r"^\s*(?:(?:question|q)\s*#?\s*\d+\s*[:.)\-–—]?|\d+\s*[.):\-–—])\s*", re.IGNORECASE
)
_QUESTION_START = re.compile(r"^\s*(?:question|q)\s*#?\s*\d+\s*[:.)\-–—]", re.IGNORECASE)
_DIFFICULTY = [
    (re.compile(r"\[\s*e\s*\]|\(\s*e\s*\)|🟢|\[\s*easy\s*\]|\(\s*easy\s*\)", re.I), "easy"),
    (
        re.compile(r"\[\s*m\s*\]|\(\s*m\s*\)|🟡|🟠|\[\s*medium\s*\]|\(\s*medium\s*\)", re.I),
        "medium",
    ),
    (re.compile(r"\[\s*h\s*\]|\(\s*h\s*\)|🔴|\[\s*hard\s*\]|\(\s*hard\s*\)", re.I), "hard"),
]
_TRAILING_LEVEL = re.compile(r"\s*[-–—:|]\s*(easy|medium|hard)\s*$", re.IGNORECASE)
_PLACEHOLDERS = re.compile(
    r"^\W*(answer(\s+(goes\s+)?here)?|your answer( here)?|todo|tbd|to do|coming soon|"
    r"wip|n/?a|placeholder|fill (this )?in|\.\.\.|…)\W*$",
    re.IGNORECASE,
)


@dataclass
class Found:
    """A question found in the document."""

    text: str
    line: int
    """1-based line of the question in the source."""
    layout: str
    answer: str = ""
    difficulty: str | None = None
    follow_ups: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    """Headings above it, outermost first."""
    topics: list[str] = field(default_factory=list)
    """List parents that are topics."""

    @property
    def missing_answer(self) -> bool:
        """Whether the source gives no real answer."""
        return is_placeholder(self.answer)


@dataclass
class Scan:
    """What a document holds: the questions and what could not be placed."""

    questions: list[Found]
    unplaced: list[tuple[int, str]]
    """(line, text) of lines that look like questions but fit no layout."""
    duplicates: list[tuple[int, int, str]]
    """(line, first line, text) of questions asked twice; only the first is kept."""


def is_placeholder(answer: str) -> bool:
    """Empty or a stand-in such as "Answer here" or "TODO"."""
    plain = re.sub(r"<[^>]+>", " ", answer)
    plain = re.sub(r"[*_`>#\-\s]+", " ", plain).strip()
    return not plain or bool(_PLACEHOLDERS.match(plain))


def _clean(text: str) -> tuple[str, str | None]:
    """A question without numbering or difficulty marker, and the difficulty found."""
    difficulty = None
    for pattern, level in _DIFFICULTY:
        if pattern.search(text):
            difficulty = level
            text = pattern.sub(" ", text)
    trailing = _TRAILING_LEVEL.search(text)
    if trailing:
        difficulty = trailing.group(1).lower()
        text = text[: trailing.start()]
    text = _NUMBERING.sub("", text, count=1)
    text = re.sub(r"\s+", " ", text).strip(" *_:-–—")
    return text.strip(), difficulty


def _looks_like_question(text: str) -> bool:
    """Ends with a question mark once numbering and difficulty markers are gone, or is
    numbered as a question ("Q3:", "Question 3 -")."""
    if _QUESTION_START.match(text):
        return True
    cleaned = _clean(text)[0].rstrip("*_ ")
    return cleaned.endswith("?")


def _inline_text(token: Token | None) -> str:
    if token is None or token.children is None:
        return token.content if token is not None else ""
    return "".join(
        child.content
        for child in token.children
        if child.type in ("text", "code_inline", "softbreak", "html_inline")
        or child.type.endswith("_inline")
    ).replace("\n", " ")


def _category_of(heading: str) -> str | None:
    words = re.sub(r"[^a-z ]+", " ", heading.lower())
    words = re.sub(r"\s+", " ", words).strip()
    words = re.sub(r"\s*(interview)?\s*questions?$", "", words).strip()
    return CATEGORY_WORDS.get(words)


def scan(text: str, *, layout: str | None = None) -> Scan:
    """Every question of the document, in order, with its answer and context."""
    md = MarkdownIt("commonmark").enable("table")
    # A line that is only <br/> separates questions, but CommonMark keeps it inside the
    # paragraph around it: blank it (same line count, so line numbers stay right).
    text = re.sub(r"(?im)^[ \t]*<br\s*/?>[ \t]*$", "", text)
    lines = text.splitlines()
    tokens = md.parse(text)
    found: list[Found] = []
    unplaced: list[tuple[int, str]] = []
    sections: list[tuple[int, str]] = []  # (level, heading) of headings above
    current: Found | None = None
    current_level = 7  # a heading question's level: its answer runs to the next <= level
    answer_start: int | None = None
    placed_lines: set[int] = set()

    def allowed(kind: str) -> bool:
        return layout is None or layout == kind

    def close(end: int) -> None:
        nonlocal current, answer_start
        if current is not None and answer_start is not None and not current.answer:
            current.answer = "\n".join(lines[answer_start:end]).strip()
        current = None
        answer_start = None

    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.level != 0 or token.map is None:
            index += 1
            continue
        start, end = token.map
        if token.type == "heading_open":
            level = int(token.tag[1])
            heading = _inline_text(tokens[index + 1])
            if current is not None and (current.layout != "heading" or level <= current_level):
                close(start)
            if allowed("heading") and _looks_like_question(heading):
                question, difficulty = _clean(heading)
                current = Found(
                    question,
                    start + 1,
                    "heading",
                    difficulty=difficulty,
                    sections=[h for _, h in sections],
                )
                found.append(current)
                current_level = level
                answer_start = end
                placed_lines.add(start + 1)
            else:
                while sections and sections[-1][0] >= level:
                    sections.pop()
                sections.append((level, heading.strip()))
            index = _skip(tokens, index)
            continue
        if token.type == "hr" or (token.type == "html_block" and "<br" in token.content.lower()):
            if current is not None and current.layout == "bold":
                close(start)
            index += 1
            continue
        if token.type == "paragraph_open":
            inline = tokens[index + 1]
            bold = _bold_line(inline)
            if (
                bold is not None
                and allowed("bold")
                and (
                    _looks_like_question(bold)
                    or (current is not None and current.layout == "bold")
                    or _looks_like_question(_inline_text(inline))
                )
            ):
                close(start)
                question, difficulty = _clean(_inline_text(inline))
                current = Found(
                    question,
                    start + 1,
                    "bold",
                    difficulty=difficulty,
                    sections=[h for _, h in sections],
                )
                found.append(current)
                answer_start = end
                placed_lines.add(start + 1)
            elif current is None and _looks_like_question(_inline_text(inline)):
                unplaced.append((start + 1, _inline_text(inline).strip()))
            index = _skip(tokens, index)
            continue
        if (
            token.type == "html_block"
            and "<details" in token.content.lower()
            and allowed("details")
        ):
            close(start)
            block_end = index
            while block_end < len(tokens) and (
                tokens[block_end].type != "html_block"
                or "</details>" not in tokens[block_end].content.lower()
            ):
                block_end += 1
            last = tokens[min(block_end, len(tokens) - 1)]
            stop = last.map[1] if last.map else end
            chunk = "\n".join(lines[start:stop])
            summary = re.search(r"<summary>(.*?)</summary>", chunk, re.IGNORECASE | re.DOTALL)
            if summary:
                question, difficulty = _clean(re.sub(r"<[^>]+>", " ", summary.group(1)))
                body = chunk[summary.end() :]
                body = re.sub(r"</details>\s*$", "", body.strip(), flags=re.IGNORECASE)
                found.append(
                    Found(
                        question,
                        start + 1,
                        "details",
                        answer=body.strip(),
                        difficulty=difficulty,
                        sections=[h for _, h in sections],
                    )
                )
                placed_lines.add(start + 1)
            index = block_end + 1
            continue
        if token.type == "table_open" and allowed("table"):
            close(start)
            found.extend(_table(tokens, index, [h for _, h in sections]))
            index = _skip(tokens, index)
            continue
        if (
            token.type in ("bullet_list_open", "ordered_list_open")
            and allowed("list")
            and (current is None)
        ):
            items = _list_questions(tokens, index, lines, [h for _, h in sections], [])
            if items:
                found.extend(items)
                index = _skip(tokens, index)
                continue
        index = _skip(tokens, index)
    close(len(lines))
    kept: list[Found] = []
    seen: dict[str, int] = {}
    duplicates: list[tuple[int, int, str]] = []
    for item in found:
        key = re.sub(r"[^a-z0-9]+", " ", item.text.lower()).strip()
        if not key:
            continue
        if key in seen:
            duplicates.append((item.line, seen[key], item.text))
            continue
        seen[key] = item.line
        kept.append(item)
    unplaced = [(n, t) for n, t in unplaced if n not in placed_lines and t]
    return Scan(kept, unplaced, duplicates)


def _skip(tokens: Sequence[Token], index: int) -> int:
    """The index after the block that starts at `index` (its closing token)."""
    token = tokens[index]
    if token.nesting != 1:
        return index + 1
    depth = 0
    for position in range(index, len(tokens)):
        depth += tokens[position].nesting
        if depth == 0:
            return position + 1
    return len(tokens)


def _bold_line(inline: Token) -> str | None:
    """The text of a paragraph that is one bold span (plus an optional marker)."""
    children = [
        c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())
    ]
    if len(children) < 3 or children[0].type != "strong_open":
        return None
    close_at = next((i for i, c in enumerate(children) if c.type == "strong_close"), None)
    if close_at is None:
        return None
    rest = "".join(c.content for c in children[close_at + 1 :]).strip()
    if rest and not _clean(rest)[1] and len(rest) > 12:
        return None  # prose after the bold part: a bold lead-in, not a question line
    return "".join(c.content for c in children[1:close_at])


def _table(tokens: Sequence[Token], index: int, sections: list[str]) -> list[Found]:
    end = _skip(tokens, index)
    rows: list[tuple[int, list[str]]] = []
    row: list[str] = []
    row_line = 0
    for token in tokens[index:end]:
        if token.type == "tr_open":
            row = []
            row_line = (token.map[0] + 1) if token.map else 0
        elif token.type == "inline":
            row.append(token.content.strip())
        elif token.type == "tr_close":
            rows.append((row_line, row))
    if not rows:
        return []
    header = [cell.lower() for cell in rows[0][1]]
    question_col = next((i for i, c in enumerate(header) if "question" in c), None)
    answer_col = next((i for i, c in enumerate(header) if "answer" in c or "solution" in c), None)
    level_col = next((i for i, c in enumerate(header) if "difficulty" in c or "level" in c), None)
    if question_col is None:
        return []
    found = []
    for line, cells in rows[1:]:
        if question_col >= len(cells) or not cells[question_col].strip():
            continue
        question, difficulty = _clean(cells[question_col])
        if level_col is not None and level_col < len(cells):
            level = cells[level_col].strip().lower()
            difficulty = level if level in ("easy", "medium", "hard") else difficulty
        answer = cells[answer_col] if answer_col is not None and answer_col < len(cells) else ""
        found.append(
            Found(
                question,
                line,
                "table",
                answer=answer.replace("<br>", "\n").strip(),
                difficulty=difficulty,
                sections=sections,
            )
        )
    return found


def _list_questions(
    tokens: Sequence[Token], index: int, lines: list[str], sections: list[str], topics: list[str]
) -> list[Found]:
    """Questions in a list: items that are questions, under topic parents."""
    end = _skip(tokens, index)
    found: list[Found] = []
    position = index + 1
    while position < end - 1:
        token = tokens[position]
        if token.type != "list_item_open":
            position += 1
            continue
        item_end = _skip(tokens, position)
        first = next((t for t in tokens[position:item_end] if t.type == "inline"), None)
        paragraph = (first.content if first is not None else "").strip().splitlines()
        text = paragraph[0].strip() if paragraph else ""
        rest_of_paragraph = "\n".join(line_.strip() for line_ in paragraph[1:])
        children = [
            i
            for i in range(position + 1, item_end - 1)
            if tokens[i].type in ("bullet_list_open", "ordered_list_open")
            and tokens[i].level == token.level + 1
        ]
        if _looks_like_question(text):
            question, difficulty = _clean(text)
            line = (token.map[0] + 1) if token.map else 0
            item = Found(
                question,
                line,
                "list",
                difficulty=difficulty,
                sections=sections,
                topics=list(topics),
            )
            # the answer: the item's own content after its first line, minus sub-lists
            answer_lines: list[str] = [rest_of_paragraph] if rest_of_paragraph else []
            for inner in range(position + 1, item_end):
                inner_token = tokens[inner]
                if inner_token.level != token.level + 1 or inner_token.map is None:
                    continue
                if inner_token.type in ("bullet_list_open", "ordered_list_open"):
                    continue
                if inner_token.nesting == 1 and inner_token.map[0] == (token.map or [0])[0]:
                    continue  # the question's own paragraph
                if inner_token.nesting in (1, 0):
                    a, b = inner_token.map
                    answer_lines.extend(line_.strip() for line_ in lines[a:b])
            for child in children:
                for sub in _list_questions(tokens, child, lines, sections, topics):
                    item.follow_ups.append(sub.text)
                    item.follow_ups.extend(sub.follow_ups)
            item.answer = "\n".join(answer_lines).strip()
            found.append(item)
        else:
            topic = _clean(text)[0]
            for child in children:
                found.extend(_list_questions(tokens, child, lines, sections, [*topics, topic]))
        position = item_end
    return found


# -- writing ---------------------------------------------------------------------------


def source_key(source: str) -> str:
    """Six hex digits that tell one source from another in ids."""
    return hashlib.sha1(source.strip().encode("utf-8")).hexdigest()[:6]


def question_title(text: str) -> str:
    """A title: the question itself, or its first sentence when long."""
    if len(text) <= 100:
        return text
    sentence = re.split(r"(?<=[.?!])\s", text, maxsplit=1)[0]
    return sentence if len(sentence) <= 120 else text[:117].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class Planned:
    """A question file to write."""

    relative_path: str
    question_id: str
    text: str
    found: Found
    category: str


def plan_files(
    questions: Sequence[Found],
    *,
    source: str,
    license: str | None,
    category: str | None,
) -> list[Planned]:
    """One question file per question: path, id and Markdown."""
    key = source_key(source)
    planned = []
    used: set[str] = set()
    for item in questions:
        named = next((c for c in (_category_of(s) for s in reversed(item.sections)) if c), None)
        chosen = category or named or "general"
        slug = slugify(item.text)
        path = f"{chosen}/{slug}.md"
        counter = 2
        while path in used:
            path = f"{chosen}/{slug}-{counter}.md"
            counter += 1
        used.add(path)
        question_id = f"{chosen}/{path.rsplit('/', 1)[1][:-3]}-{key}"
        tags = [slugify(t, max_length=40) for t in [*item.sections, *item.topics]]
        tags = [t for t in dict.fromkeys(tags) if t and t != "question" and _category_of(t) is None]
        planned.append(
            Planned(
                path,
                question_id,
                _file_text(item, question_id, chosen, tags, source, license),
                item,
                chosen,
            )
        )
    return planned


def _yaml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _file_text(
    item: Found, question_id: str, category: str, tags: list[str], source: str, license: str | None
) -> str:
    front = [
        "---",
        f"id: {question_id}",
        f"category: {category}",
    ]
    if tags:
        front.append("tags: [" + ", ".join(tags[:6]) + "]")
    if item.difficulty:
        front.append(f"difficulty: {item.difficulty}")
    front.append(f"source: {_yaml_string(source)}")
    if license:
        front.append(f"license: {_yaml_string(license)}")
    front.append("---")
    parts = ["\n".join(front), f"# {question_title(item.text)}", f"## Question\n\n{item.text}"]
    if not item.missing_answer:
        parts.append(f"## Answer\n\n{item.answer.strip()}")
    if item.follow_ups:
        parts.append("## Follow-ups\n\n" + "\n".join(f"- {f}" for f in item.follow_ups))
    note = (
        f"Imported from {source} (line {item.line}, {item.layout} layout) by interview import-md."
    )
    if item.missing_answer:
        note += " The source gives no answer for this question."
    parts.append(f"## Notes\n\n{note}")
    return "\n\n".join(parts) + "\n"


@dataclass
class Written:
    """What writing the files did."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)
    """(path, why) of files left alone: they exist and did not come from this source."""


_SOURCE_LINE = re.compile(r"^source:\s*(.+?)\s*$", re.MULTILINE)


def _source_of(text: str) -> str | None:
    front = text.split("\n---", 1)[0] if text.startswith("---") else ""
    match = _SOURCE_LINE.search(front)
    if not match:
        return None
    value = match.group(1)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value


def write_files(
    planned: Sequence[Planned], out: Path, *, source: str, dry_run: bool = False
) -> Written:
    """Write (or, with `dry_run`, only decide) each file; a file that exists is replaced
    only when it came from the same source."""
    result = Written()
    for item in planned:
        target = out / item.relative_path
        if target.exists():
            try:
                existing = target.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                result.kept.append((item.relative_path, "cannot be read"))
                continue
            if _source_of(existing) != source:
                result.kept.append((item.relative_path, "exists and did not come from this source"))
                continue
            if existing == item.text:
                result.unchanged.append(item.relative_path)
                continue
            result.updated.append(item.relative_path)
        else:
            result.new.append(item.relative_path)
        if not dry_run:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(item.text, encoding="utf-8")
    return result
