"""Loading a question's YAML front matter so that no file can crash or stall the loader.

PyYAML's own `safe_load` is safe from code execution, but not from a hostile file:

- it raises more than `yaml.YAMLError` (a bad date or `!!int x` raises ValueError, a
  huge number OverflowError or ValueError, deep nesting RecursionError);
- aliases make a "billion laughs" possible: 500 bytes of anchors (`&a`) and aliases
  (`*a`) that describe a billion strings, which anything walking or printing the value
  then expands.

So loading here is split in two. Front matter over `MAX_CHARS` is refused outright. The C
composer (libyaml, when PyYAML has it) turns the text into a node graph; aliases in that
graph are shared nodes, so composing costs what the text costs. Then one pass over the
graph refuses shared nodes (any alias), nesting deeper than `MAX_DEPTH` and more than
`MAX_NODES` values; and only then is each top-level value constructed on its own, so a
value PyYAML cannot construct becomes a problem at that value's line instead of an
exception. Question front matter has no use for anchors and aliases, so refusing them
costs nothing a real file needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

MAX_CHARS = 256_000
"""Longest front matter, in characters. Composing YAML costs ~3 us per node even in C, and
a node can take 2 characters ("a,"): this keeps the worst front matter under ~0.5 s."""

MAX_DEPTH = 10
"""Deepest nesting of lists and mappings allowed (a question needs 2: key -> list -> tag)."""

MAX_NODES = 50_000
"""Most keys and values (nodes) a front matter may have."""

MAX_INT = 2**63 - 1
"""Integers beyond +-this are refused: they could not be stored in SQLite anyway."""

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(slots=True)
class YamlProblem:
    """Something wrong in the front matter; `line` is 0-based within the YAML text."""

    line: int
    message: str
    hint: str
    error: bool = True


@dataclass(slots=True)
class FrontMatter:
    """What loading front matter gave.

    `values` is None when the front matter cannot be used at all (not YAML, not a
    mapping, an alias...). Keys that are not plain text are kept in `other_keys` (as
    their source text and line) rather than in `values`.
    """

    values: dict[str, Any] | None
    key_lines: dict[str, int] = field(default_factory=dict)
    """0-based line of each key in `values`."""
    other_keys: list[tuple[str, int]] = field(default_factory=list)
    problems: list[YamlProblem] = field(default_factory=list)


def shown(value: object, limit: int = 60) -> str:
    """A value from a file, cut to `limit` characters, for quoting back in a message.

    Control characters are left to `Problem.__str__`, which escapes the whole line.
    """
    text = value if isinstance(value, str) else _safe_str(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _safe_str(value: object) -> str:
    try:
        return str(value)
    except Exception:  # e.g. an int too long to print
        return f"<{type(value).__name__}>"


def _reason(exc: BaseException, limit: int = 120) -> str:
    """A one-line description of an exception from PyYAML."""
    problem = getattr(exc, "problem", None)
    text = str(problem) if problem else (str(exc) or type(exc).__name__)
    if isinstance(exc, MemoryError | RecursionError | OverflowError):
        text = f"{type(exc).__name__}: {text}" if text != type(exc).__name__ else text
    first = " ".join(text.split("\n", 1)[0].split())
    return first if len(first) <= limit else first[: limit - 3] + "..."


def _mark_line(exc: BaseException) -> int | None:
    for name in ("problem_mark", "context_mark"):
        mark = getattr(exc, name, None)
        line = getattr(mark, "line", None)
        if isinstance(line, int):
            return line
    return None


def _first_alias_line(text: str) -> int | None:
    """The 0-based line of the first alias (`*name`) in `text`, from its events."""
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
                return int(event.start_mark.line)
    except Exception:  # only used to place a message
        return None
    return None


def _kind(node: Node) -> str:
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping"
    return "a value"


def _check_graph(root: Node, text: str) -> YamlProblem | None:
    """Refuse aliases, deep nesting and too many nodes, without following any alias."""
    seen: set[int] = set()
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            alias_line = _first_alias_line(text)
            line = alias_line if alias_line is not None else node.start_mark.line
            return YamlProblem(
                line,
                "front matter uses a YAML alias (*name) to repeat an anchored value (&name)",
                "write each value out in full: anchors and aliases are not allowed in "
                "question front matter (a few bytes of them can stand for billions of values)",
            )
        seen.add(id(node))
        if len(seen) > MAX_NODES:
            return YamlProblem(
                0,
                f"front matter has more than {MAX_NODES:,} keys and values",
                "a question needs a handful of keys; move long text into the sections",
            )
        if isinstance(node, ScalarNode):
            continue
        if depth > MAX_DEPTH:
            return YamlProblem(
                node.start_mark.line,
                f"front matter nests lists or mappings more than {MAX_DEPTH} levels deep",
                "front matter is flat 'key: value' lines, with lists only for tags",
            )
        if isinstance(node, SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
    return None


def _out_of_range(value: object) -> bool:
    """Whether an int anywhere in `value` (a tree: aliases are refused) is too large."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, int) and not isinstance(item, bool):
            if not -MAX_INT <= item <= MAX_INT:
                return True
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
    return False


def load_front_matter(text: str) -> FrontMatter:
    """Load the YAML text of a front matter; never raises."""
    if len(text) > MAX_CHARS:
        return FrontMatter(
            None,
            problems=[
                YamlProblem(
                    0,
                    f"front matter is {len(text):,} characters long, over the limit of "
                    f"{MAX_CHARS:,}",
                    "a question needs a handful of keys; move long text into the sections",
                )
            ],
        )
    loader = _LOADER(text)
    try:
        return _load(loader, text)
    except Exception as exc:  # PyYAML raises far more than YAMLError
        line = _mark_line(exc)
        return FrontMatter(
            None,
            problems=[
                YamlProblem(
                    line if line is not None else 0,
                    f"front matter is not valid YAML: {_reason(exc)}",
                    "fix the YAML between the '---' lines",
                )
            ],
        )
    finally:
        loader.dispose()


def _load(loader: Any, text: str) -> FrontMatter:
    root: Node | None = loader.get_single_node()
    if root is None:
        return FrontMatter({})
    trouble = _check_graph(root, text)
    if trouble is not None:
        return FrontMatter(None, problems=[trouble])
    if not isinstance(root, MappingNode):
        if isinstance(root, ScalarNode) and root.tag == "tag:yaml.org,2002:null":
            return FrontMatter({})
        kind = _kind(root)
        if isinstance(root, ScalarNode):
            try:
                kind = f"a {type(loader.construct_object(root, deep=True)).__name__}"
            except Exception:  # only used to name the kind
                kind = "a value"
        return FrontMatter(
            None,
            problems=[
                YamlProblem(
                    0,
                    f"front matter must be 'key: value' lines, but it is {kind}",
                    "write each setting as 'key: value', e.g. 'difficulty: medium'",
                )
            ],
        )
    result = FrontMatter({})
    values: dict[str, Any] = {}
    for key_node, value_node in root.value:
        key_line = key_node.start_mark.line
        if key_node.tag == "tag:yaml.org,2002:merge":
            result.problems.append(
                YamlProblem(
                    key_line,
                    "front matter uses a YAML merge key (<<)",
                    "write each key out: merge keys, anchors and aliases are not allowed in "
                    "question front matter",
                )
            )
            continue
        if not isinstance(key_node, ScalarNode):
            result.other_keys.append((f"<{_kind(key_node)[2:]}>", key_line))
            continue
        try:
            key = loader.construct_object(key_node, deep=True)
        except Exception as exc:
            result.problems.append(
                YamlProblem(
                    key_line,
                    f"a front-matter key is not valid YAML: {_reason(exc)}",
                    "keys are plain words such as 'tags'",
                )
            )
            continue
        if not isinstance(key, str):
            result.other_keys.append((shown(key_node.value), key_line))
            continue
        try:
            value = loader.construct_object(value_node, deep=True)
        except Exception as exc:
            reason = _reason(exc)
            if isinstance(value_node, ScalarNode) and not isinstance(exc, yaml.YAMLError):
                # Say what YAML took the value for: "day is out of range for month (read
                # as !!timestamp)", "'x' (read as !!bool)".
                if "integer string conversion" in reason:
                    reason = "a number with too many digits"
                reason += f" (read as !!{value_node.tag.rsplit(':', 1)[-1]})"
            result.problems.append(
                YamlProblem(
                    value_node.start_mark.line,
                    f"the value of '{shown(key)}' is not valid YAML: {reason}",
                    f'quote it if it is meant as text: {shown(key)}: "..."',
                )
            )
            continue
        if _out_of_range(value):
            result.problems.append(
                YamlProblem(
                    value_node.start_mark.line,
                    f"the value of '{shown(key)}' has a number too large to store",
                    f"use a number between -{MAX_INT} and {MAX_INT}, or quote it as text",
                )
            )
            continue
        values[key] = value
        result.key_lines[key] = key_line
    result.values = values
    return result
