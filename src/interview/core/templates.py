"""Mock interview templates: TOML files naming a total time and slots of questions.

```toml
name = "Phone screen"
description = "Mixed questions, the way a first call goes."
minutes = 30

[[slot]]
category = "ml-theory"        # required
count = 2                     # questions drawn for the slot (default 1)
minutes = 6                   # per question (default: each question's own budget)
tags = ["optimizers"]         # optional: only questions with at least one of these
difficulty = ["medium", "hard"]  # optional: one level or a list
```

A template's key is its file name without `.toml`. Templates in the user's folder
override shipped ones of the same key. A broken file gives problems naming file and
line; the others still load.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interview.core.questions import Difficulty, Problem, Severity

TOP_KEYS = frozenset({"name", "description", "minutes", "slot"})
SLOT_KEYS = frozenset({"category", "count", "minutes", "tags", "difficulty"})
MAX_MINUTES = 8 * 60
"""A mock longer than a working day is a typo."""
MAX_COUNT = 50


@dataclass(frozen=True, slots=True)
class Slot:
    """Part of a mock: `count` questions of a category, optionally filtered."""

    category: str
    count: int = 1
    minutes: float | None = None
    """Time per question; None takes each question's own budget."""
    tags: tuple[str, ...] = ()
    difficulty: tuple[Difficulty, ...] = ()

    def describe(self) -> str:
        """One line for lists: '2 x ml-theory (medium, 6 min each)'."""
        extras = [d.value for d in self.difficulty]
        if self.tags:
            extras.append("#" + " #".join(self.tags))
        if self.minutes is not None:
            extras.append(f"{_minutes(self.minutes)} min each")
        suffix = f" ({', '.join(extras)})" if extras else ""
        return f"{self.count} x {self.category}{suffix}"


@dataclass(frozen=True, slots=True)
class Template:
    """A kind of mock interview."""

    key: str
    name: str
    minutes: float
    slots: tuple[Slot, ...]
    description: str = ""
    path: str = ""

    @property
    def total_s(self) -> int:
        """The whole mock's time in seconds."""
        return round(self.minutes * 60)

    @property
    def question_count(self) -> int:
        """How many questions the template asks for."""
        return sum(slot.count for slot in self.slots)


@dataclass(slots=True)
class TemplateSet:
    """The templates that loaded, in display order, and the problems of those that did not."""

    templates: dict[str, Template] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def get(self, key: str) -> Template | None:
        """The template with this key, if it loaded."""
        return self.templates.get(key)


class TemplateError(ValueError):
    """A template that cannot be used, with the line it is on (1-based, 0 if unknown)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


def custom_template(
    categories: Sequence[str], *, count: int, minutes: float, name: str = "Custom mock"
) -> Template:
    """A mock built on the spot: `count` questions spread over `categories`, `minutes` long.

    Questions are dealt to the categories in turn, so 5 over 2 categories gives 3 + 2.
    Each question gets an equal share of the time, so the budgets add up to the mock.
    """
    if not categories:
        raise TemplateError("choose at least one category")
    if count < 1 or count > MAX_COUNT:
        raise TemplateError(f"the number of questions must be between 1 and {MAX_COUNT}")
    _check_minutes(minutes, "the mock's minutes")
    per, extra = divmod(count, len(categories))
    each = minutes / count
    slots = tuple(
        Slot(category=category, count=per + (1 if index < extra else 0), minutes=each)
        for index, category in enumerate(categories)
        if per + (1 if index < extra else 0)
    )
    return Template(key="custom", name=name, minutes=minutes, slots=slots)


def load_templates(folders: Iterable[Path]) -> TemplateSet:
    """Every `*.toml` in `folders`, later folders overriding earlier ones by key."""
    found = TemplateSet()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                template = parse_template(path.read_text(encoding="utf-8"), key=path.stem)
            except TemplateError as exc:
                found.problems.append(
                    Problem(str(path), exc.line or None, Severity.ERROR, str(exc)),
                )
                continue
            except (OSError, UnicodeDecodeError) as exc:
                found.problems.append(
                    Problem(str(path), None, Severity.ERROR, f"cannot read the file: {exc}")
                )
                continue
            found.templates[template.key] = _with_path(template, str(path))
    return found


def parse_template(text: str, *, key: str) -> Template:
    """A template from TOML text; TemplateError (with a line) when it cannot be used."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(match.group(1)) if match else 0
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise TemplateError(f"not valid TOML: {message}", line) from exc
    lines = text.splitlines()
    _reject_unknown(data, TOP_KEYS, lines, slot_index=None)
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise TemplateError(
            'the template needs a name, e.g. name = "Phone screen"', _line(lines, "name")
        )
    description = data.get("description", "")
    if not isinstance(description, str):
        raise TemplateError("description must be text", _line(lines, "description"))
    minutes = data.get("minutes")
    if minutes is None:
        raise TemplateError("the template needs minutes = <total time of the mock>", 0)
    _check_minutes(minutes, "minutes", _line(lines, "minutes"))
    raw_slots = data.get("slot")
    if not isinstance(raw_slots, list) or not raw_slots:
        raise TemplateError(
            "the template needs at least one [[slot]] with a category", _line(lines, "slot")
        )
    slots = tuple(_slot(raw, index, lines) for index, raw in enumerate(raw_slots))
    return Template(
        key=key,
        name=name.strip(),
        minutes=float(minutes),
        slots=slots,
        description=description.strip(),
    )


def _slot(raw: Any, index: int, lines: list[str]) -> Slot:
    if not isinstance(raw, dict):
        raise TemplateError("each slot must be a [[slot]] table", _slot_line(lines, index))
    _reject_unknown(raw, SLOT_KEYS, lines, slot_index=index)
    category = raw.get("category")
    if not isinstance(category, str) or not category.strip():
        raise TemplateError(
            f'slot {index + 1} needs a category, e.g. category = "ml-theory"',
            _line(lines, "category", index),
        )
    count = raw.get("count", 1)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise TemplateError(
            f"slot {index + 1}: count must be a whole number from 1 to {MAX_COUNT}, not {count!r}",
            _line(lines, "count", index),
        )
    minutes = raw.get("minutes")
    if minutes is not None:
        _check_minutes(minutes, f"slot {index + 1}: minutes", _line(lines, "minutes", index))
    tags = raw.get("tags", [])
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(t, str) and t for t in tags):
        raise TemplateError(
            f"slot {index + 1}: tags must be a list of words", _line(lines, "tags", index)
        )
    levels = raw.get("difficulty", [])
    if isinstance(levels, str):
        levels = [levels]
    difficulty: list[Difficulty] = []
    for level in levels if isinstance(levels, list) else [levels]:
        try:
            difficulty.append(Difficulty(level))
        except ValueError:
            raise TemplateError(
                f"slot {index + 1}: difficulty {level!r} is not easy, medium or hard",
                _line(lines, "difficulty", index),
            ) from None
    return Slot(
        category=category.strip(),
        count=count,
        minutes=float(minutes) if minutes is not None else None,
        tags=tuple(tags),
        difficulty=tuple(difficulty),
    )


def _check_minutes(value: Any, what: str, line: int = 0) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TemplateError(f"{what} must be a number of minutes, not {value!r}", line)
    if value <= 0:
        raise TemplateError(f"{what} must be more than 0 (it is {value})", line)
    if value > MAX_MINUTES:
        raise TemplateError(f"{what} is {value}: more than {MAX_MINUTES} minutes", line)


def _reject_unknown(
    data: dict[str, Any], allowed: frozenset[str], lines: list[str], *, slot_index: int | None
) -> None:
    from rapidfuzz import process

    for key in data:
        if key in allowed:
            continue
        close = process.extractOne(key, sorted(allowed), score_cutoff=70)
        hint = (
            f"; did you mean '{close[0]}'?" if close else f" (known: {', '.join(sorted(allowed))})"
        )
        where = "slot " + str(slot_index + 1) + ": " if slot_index is not None else ""
        raise TemplateError(f"{where}unknown key '{key}'{hint}", _line(lines, key, slot_index))


def _slot_line(lines: list[str], index: int) -> int:
    """The line of the `index`-th `[[slot]]` header (1-based), 0 if not found."""
    seen = -1
    for number, line in enumerate(lines, start=1):
        if line.strip().replace(" ", "") == "[[slot]]":
            seen += 1
            if seen == index:
                return number
    return 0


def _line(lines: list[str], key: str, slot_index: int | None = None) -> int:
    """The line where `key = ...` is set: at the top level, or inside the given slot."""
    start = _slot_line(lines, slot_index) if slot_index is not None else 0
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number in range(start + 1 if start else 1, len(lines) + 1):
        text = lines[number - 1]
        if slot_index is None and text.strip().startswith("["):
            break  # top-level keys come before the first table
        if slot_index is not None and number > start and text.strip().startswith("[["):
            break  # the next slot
        if pattern.match(text):
            return number
    return start


def _with_path(template: Template, path: str) -> Template:
    return Template(
        key=template.key,
        name=template.name,
        minutes=template.minutes,
        slots=template.slots,
        description=template.description,
        path=path,
    )


def _minutes(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
