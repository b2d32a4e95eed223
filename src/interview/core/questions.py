"""The `Question` model and the vocabulary around it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from interview.core.text import printable_line

CORE_CATEGORIES: tuple[str, ...] = ("algorithms", "ml-theory", "system-design", "evaluation")
"""The categories every bank is organised around; others (say `behavioral`) are allowed."""

DEFAULT_TIME_BUDGETS: dict[str, int] = {
    "algorithms": 20 * 60,
    "system-design": 30 * 60,
    "ml-theory": 5 * 60,
    "evaluation": 6 * 60,
}
"""Answer budget in seconds for a question that gives no `time:`, by category."""

FALLBACK_TIME_BUDGET = 5 * 60
"""Answer budget in seconds for a category without its own default."""

MAX_TIME_BUDGET = 24 * 3600
"""Longest answer budget a question may give (`time: 24h`)."""

MAX_DURATION = 366 * 24 * 3600
"""Longest duration `parse_duration` accepts at all, whatever the caller's own limit."""


class Difficulty(StrEnum):
    """How hard a question is, as the author judged it."""

    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class Severity(StrEnum):
    """How bad a problem in a question file is: an error keeps the file from loading."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a bank file, with where it is and what to do about it."""

    path: str
    line: int | None
    severity: Severity
    message: str
    hint: str = ""

    def __str__(self) -> str:
        # Always exactly one line with no control characters: the path and the message
        # can quote a file (a name with a newline in it, a key with an ESC).
        path = printable_line(self.path)
        where = f"{path}:{self.line}" if self.line is not None else path
        text = f"{self.message}; {self.hint}" if self.hint else self.message
        return f"{where}: {self.severity.value}: {printable_line(text)}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "path": self.path,
            "line": self.line,
            "severity": self.severity.value,
            "message": self.message,
            "hint": self.hint,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Problem:
        """The inverse of `to_dict`."""
        return cls(
            path=data["path"],
            line=data["line"],
            severity=Severity(data["severity"]),
            message=data["message"],
            hint=data.get("hint", ""),
        )


@dataclass(frozen=True, slots=True)
class Question:
    """One interview question as written in its Markdown file."""

    id: str
    title: str
    category: str
    question: str
    tags: tuple[str, ...] = ()
    difficulty: Difficulty = Difficulty.MEDIUM
    time_budget: int = FALLBACK_TIME_BUDGET
    """Answer budget in seconds."""
    source: str | None = None
    license: str | None = None
    entry: str | None = None
    """For coding questions: the function the Tests call."""
    answer: str = ""
    rubric: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    tests: str = ""
    notes: str = ""
    extra_sections: tuple[tuple[str, str], ...] = ()
    """Sections the format does not know, kept as (heading, text)."""
    content_hash: str = ""
    """sha256 of the file's text after BOM and line-ending normalisation."""
    path: str = ""
    section_lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)
    """1-based line of each section heading (and of the front matter and title)."""

    @property
    def is_draft(self) -> bool:
        """Whether it lacks a model answer or a rubric: a draft is listed and searchable,
        but never drawn into practice or mocks until both are written."""
        return not self.answer.strip() or not self.rubric

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with every field."""
        return {
            "id": self.id,
            "title": self.title,
            "category": self.category,
            "tags": list(self.tags),
            "difficulty": self.difficulty.value,
            "time_budget": self.time_budget,
            "source": self.source,
            "license": self.license,
            "entry": self.entry,
            "question": self.question,
            "answer": self.answer,
            "rubric": list(self.rubric),
            "hints": list(self.hints),
            "follow_ups": list(self.follow_ups),
            "tests": self.tests,
            "notes": self.notes,
            "extra_sections": [list(pair) for pair in self.extra_sections],
            "content_hash": self.content_hash,
            "path": self.path,
            "section_lines": dict(self.section_lines),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        """The inverse of `to_dict`."""
        return cls(
            id=data["id"],
            title=data["title"],
            category=data["category"],
            question=data["question"],
            tags=tuple(data.get("tags", ())),
            difficulty=Difficulty(data.get("difficulty", Difficulty.MEDIUM.value)),
            time_budget=int(data.get("time_budget", FALLBACK_TIME_BUDGET)),
            source=data.get("source"),
            license=data.get("license"),
            entry=data.get("entry"),
            answer=data.get("answer", ""),
            rubric=tuple(data.get("rubric", ())),
            hints=tuple(data.get("hints", ())),
            follow_ups=tuple(data.get("follow_ups", ())),
            tests=data.get("tests", ""),
            notes=data.get("notes", ""),
            extra_sections=tuple((str(a), str(b)) for a, b in data.get("extra_sections", ())),
            content_hash=data.get("content_hash", ""),
            path=data.get("path", ""),
            section_lines=dict(data.get("section_lines", {})),
        )


def default_time_budget(category: str) -> int:
    """The answer budget in seconds for a question of `category` that gives none."""
    return DEFAULT_TIME_BUDGETS.get(category, FALLBACK_TIME_BUDGET)


_DURATION = re.compile(r"^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$")


def parse_duration(text: str, *, maximum: int = MAX_DURATION) -> int:
    """Seconds in a budget such as `90s`, `6m`, `1h` or `1h30m`, from 1 to `maximum`.

    Raises ValueError with a message fit for the user when the text is not one.
    """
    compact = text.strip().lower().replace(" ", "")
    shown = text if len(text) <= 40 else text[:37] + "..."
    match = _DURATION.match(compact) if len(compact) <= 40 else None
    if not compact or match is None or not any(match.groups()):
        raise ValueError(f"'{shown}' is not a duration; write it like 90s, 6m, 1h or 1h30m")
    hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
    exact = hours * 3600 + minutes * 60 + seconds
    limit = min(maximum, MAX_DURATION)
    if not math.isfinite(exact) or exact > limit:
        raise ValueError(
            f"'{shown}' is longer than the limit of {format_duration(limit)}; "
            f"give at most {format_duration(limit)}"
        )
    total = round(exact)
    if total <= 0:
        raise ValueError(f"'{shown}' is not a positive duration; give at least 1s")
    return total


def format_duration(seconds: int) -> str:
    """The shortest way to write `seconds` in the file format: 90s, 6m, 1h30m."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [
        f"{hours}h" if hours else "",
        f"{minutes}m" if minutes else "",
        f"{secs}s" if secs else "",
    ]
    return "".join(parts) or "0s"


def question_markdown(question: Question, *, retired: bool = False) -> str:
    """The question as one Markdown document, for reading in a terminal or a pipe."""
    meta = [
        f"**{question.category}**",
        question.difficulty.value,
        format_duration(question.time_budget),
    ]
    if question.tags:
        meta.append(", ".join(question.tags))
    from interview.core.text import display_path

    parts = [
        f"# {question.title}",
        " · ".join(meta),
        f"`{question.id}` — {display_path(question.path)}",
    ]
    if retired:
        parts.append("*Retired: its file is gone; its history is kept.*")
    if question.source:
        source = question.source + (f" ({question.license})" if question.license else "")
        parts.append(f"Source: {source}")
    from interview.core.coding import answer_with_mistakes, is_wrong_heading

    answer = answer_with_mistakes(
        question.answer or "*(no answer yet)*", question.extra_sections, question.entry
    )
    sections: list[tuple[str, str]] = [
        ("Question", question.question),
        ("Answer", answer),
        ("Rubric", "\n".join(f"- {point}" for point in question.rubric)),
        ("Hints", "\n".join(f"- {hint}" for hint in question.hints)),
        ("Follow-ups", "\n".join(f"- {item}" for item in question.follow_ups)),
        ("Tests", question.tests),
        ("Notes", question.notes),
        *((h, b) for h, b in question.extra_sections if not is_wrong_heading(h)),
    ]
    for heading, body in sections:
        if body:
            parts.append(f"## {heading}\n\n{body}")
    return "\n\n".join(parts) + "\n"
