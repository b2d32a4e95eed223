# ruff: noqa: RUF001, RUF002  (Unicode math symbols are the point)
"""LaTeX math in Markdown made readable in a terminal: `$\\sigma(x)$` becomes σ(x).

Inline `$...$` and display `$$...$$` outside code are parsed with pylatexenc and turned
into plain Unicode text (`\\frac{a+b}{2}` → `(a+b)/2`, `x_i^2` → `xᵢ²`, `\\lVert w\\rVert`
→ `‖w‖`; `latex_macros` holds the conventions), then shown as inline code so Markdown
leaves them alone: no backslash reaches Rich. A formula pylatexenc cannot read is shown
as written; pylatexenc's log messages go nowhere.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import Any

from interview.core import latex_macros as lm

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_MATH = re.compile(
    r"(`+)(.+?)\1|\$\$(.+?)\$\$|(?<![\\$\w])\$(?!\s)([^$\n]+?)(?<!\s)\$(?![\w$])", re.S
)
# `x_\text{data}`: pylatexenc reads a script's one-token argument without the command's own
# arguments; braces around the command make it read them.
_SCRIPTED_COMMAND = re.compile(
    r"([_^])\s*(\\(?:"
    + "|".join(sorted(lm.ARGUMENTS, key=len, reverse=True))
    + r")(?![A-Za-z])\*?\s*(?:\[[^\[\]{}]*\])?(?:\s*\{[^{}]*\})+)"
)
_OPENING = "([{⟨⌈⌊"
_CLOSING = ")]}⟩⌉⌋"


@cache
def _renderer() -> tuple[Any, Any]:
    """The LaTeX walker context and the text converter, built once."""
    from pylatexenc import latexwalker
    from pylatexenc.latex2text import LatexNodes2Text, get_default_latex_context_db
    from pylatexenc.macrospec import MacroSpec, MacroStandardArgsParser, SpecialsSpec

    quiet = logging.getLogger("pylatexenc")
    quiet.addHandler(logging.NullHandler())
    quiet.propagate = False

    walker_context = latexwalker.get_default_latex_context_db()
    walker_context.add_context_category(
        "interview-math",
        prepend=True,
        macros=[MacroSpec(name, args) for name, args in lm.ARGUMENTS.items()],
        specials=[SpecialsSpec(chars, args_parser=MacroStandardArgsParser("{")) for chars in "^_"],
    )

    class Renderer(LatexNodes2Text):  # type: ignore[misc]
        """Operators take their limits; unknown commands print their name."""

        def nodelist_to_text(self, nodelist: Iterable[Any]) -> str:
            nodes = [node for node in nodelist if node is not None]
            out: list[str] = []
            glued = False  # after \arg: `argmax`, one word
            index = 0
            while index < len(nodes):
                node = nodes[index]
                name = _macro_name(node)
                operator = name in lm.OPERATOR_NAMES or name == "operatorname"
                if not operator and name not in lm.LIMIT_OPERATORS:
                    out.append(self.node_to_text(node))
                    index += 1
                    glued = False
                    if _spaced_before_operator(node, _at(nodes, index)):
                        out.append(" ")
                    continue
                base = self.node_to_text(node)
                lower = upper = None
                takes_limits = name in lm.LIMIT_OPERATORS or _starred(node)
                index += 1
                while takes_limits and index < len(nodes):
                    chars = getattr(nodes[index], "specials_chars", None)
                    if chars == "_" and lower is None:
                        lower = self.argument(nodes[index], 0)
                    elif chars == "^" and upper is None:
                        upper = self.argument(nodes[index], 0)
                    else:
                        break
                    index += 1
                if name in ("underbrace", "overbrace"):
                    note = lower if lower is not None else upper
                    out.append(base + (f" [{lm.bare(note).strip()}]" if note else ""))
                    glued = False
                    continue
                before = "" if glued else lm.SOFT_BEFORE
                if name == "arg" and _macro_name(_at(nodes, index)) in ("max", "min"):
                    out.append(before + base)
                    glued = True
                    continue
                bound = lm.limits(lower, upper)
                after = " " if bound else lm.SOFT_AFTER
                out.append((before if operator else "") + base + bound + after)
                glued = False
            return "".join(out)

        def macro_node_to_text(self, node: Any) -> str:
            if self.latex_context.get_macro_spec(node.macroname) is None:
                args = node.nodeargd.argnlist if node.nodeargd else []
                return str(node.macroname) + "".join(
                    self.argument_text(arg) for arg in args if arg is not None
                )
            return str(super().macro_node_to_text(node))

        def argument(self, node: Any, position: int) -> str | None:
            """The text of argument `position` of `node`, or None when it was not given."""
            args = node.nodeargd.argnlist if node.nodeargd else []
            if position >= len(args) or args[position] is None:
                return None
            return self.argument_text(args[position])

        def apply_simplify_repl(self, node: Any, simplify_repl: Any, what: str) -> str:
            if callable(simplify_repl):  # ours all take (node, l2tobj): skip the introspection
                return str(simplify_repl(node, self) or "")
            return str(super().apply_simplify_repl(node, simplify_repl, what))

        def argument_text(self, node: Any) -> str:
            return _resolve_spaces(str(self.nodelist_to_text([node])))

    return walker_context, Renderer(
        latex_context=_text_context(get_default_latex_context_db()),
        math_mode="text",
        strict_latex_spaces={
            "between-macro-and-chars": True,
            "between-latex-constructs": True,
            "after-comment": False,
            "in-equations": None,
        },
    )


def _text_context(context: Any) -> Any:
    from pylatexenc.latex2text import EnvironmentTextSpec, MacroTextSpec, SpecialsTextSpec

    def arg(node: Any, l2tobj: Any, position: int = 0) -> str:
        return l2tobj.argument(node, position) or ""

    def on(fn: Callable[[Any, Any], str]) -> Callable[..., str]:
        def simplify_repl(n: Any, l2tobj: Any) -> str:
            return fn(n, l2tobj)

        return simplify_repl

    macros = [MacroTextSpec(name, simplify_repl=text) for name, text in lm.SYMBOLS.items()]
    macros += [
        MacroTextSpec(name, simplify_repl=f" {text} ") for name, text in lm.OPERATORS.items()
    ]
    macros += [MacroTextSpec(name, simplify_repl=name) for name in lm.OPERATOR_NAMES]
    macros += [MacroTextSpec(name, simplify_repl=text) for name, text in lm.SPACES.items()]
    macros += [MacroTextSpec(name, simplify_repl=lm.WIDE) for name in lm.WIDE_SPACES]
    macros += [MacroTextSpec(name, discard=True) for name in lm.NOTHING]
    macros += [MacroTextSpec(name, simplify_repl=on(lambda n, o: arg(n, o))) for name in lm.PLAIN]

    def accent(mark: str) -> Callable[..., str]:
        return on(lambda n, o: lm.accent(arg(n, o), mark))

    def styled(style: str) -> Callable[..., str]:
        return on(lambda n, o: lm.styled(arg(n, o), style))

    macros += [MacroTextSpec(name, simplify_repl=accent(mark)) for name, mark in lm.ACCENTS.items()]
    for name in ("frac", "dfrac", "tfrac", "cfrac"):
        macros.append(
            MacroTextSpec(name, simplify_repl=on(lambda n, o: lm.fraction(arg(n, o), arg(n, o, 1))))
        )
    for name in ("binom", "dbinom", "tbinom"):
        macros.append(
            MacroTextSpec(name, simplify_repl=on(lambda n, o: f"C({arg(n, o)}, {arg(n, o, 1)})"))
        )
    for name, style in (
        ("mathbb", "DOUBLE-STRUCK"),
        ("mathcal", "SCRIPT"),
        ("mathscr", "SCRIPT"),
        ("mathfrak", "FRAKTUR"),
    ):
        macros.append(MacroTextSpec(name, simplify_repl=styled(style)))
    macros += [
        MacroTextSpec("operatorname", simplify_repl=on(lambda n, o: "".join(arg(n, o, 1).split()))),
        MacroTextSpec("sqrt", simplify_repl=on(_sqrt)),
        MacroTextSpec("left", simplify_repl=on(_delimiter)),
        MacroTextSpec("right", simplify_repl=on(_delimiter)),
        MacroTextSpec("middle", simplify_repl=on(_delimiter)),
        MacroTextSpec("xrightarrow", simplify_repl=on(lambda n, o: f" —{_label(n, o)}→ ")),
        MacroTextSpec("xleftarrow", simplify_repl=on(lambda n, o: f" ←{_label(n, o)}— ")),
        MacroTextSpec("overset", simplify_repl=on(lambda n, o: arg(n, o, 1))),
        MacroTextSpec("underset", simplify_repl=on(lambda n, o: arg(n, o, 1))),
        MacroTextSpec("stackrel", simplify_repl=on(lambda n, o: arg(n, o, 1))),
        MacroTextSpec("pmod", simplify_repl=on(lambda n, o: f" (mod {arg(n, o)})")),
        MacroTextSpec("pod", simplify_repl=on(lambda n, o: f" ({arg(n, o)})")),
        MacroTextSpec("mathbin", simplify_repl=on(lambda n, o: f" {arg(n, o)} ")),
        MacroTextSpec("underbrace", simplify_repl=on(lambda n, o: arg(n, o))),
        MacroTextSpec("overbrace", simplify_repl=on(lambda n, o: arg(n, o))),
        MacroTextSpec("substack", simplify_repl=on(lambda n, o: arg(n, o))),
        MacroTextSpec("textcolor", simplify_repl=on(lambda n, o: arg(n, o, 1))),
        MacroTextSpec("color", discard=True),
        MacroTextSpec("\\", simplify_repl="; "),
        MacroTextSpec("not", simplify_repl="¬"),
    ]
    environments = [
        EnvironmentTextSpec(name, simplify_repl=on(_matrix)) for name in lm.MATRICES
    ] + [EnvironmentTextSpec(name, simplify_repl=on(_rows)) for name in lm.ROWS]
    environments.append(EnvironmentTextSpec("cases", simplify_repl=on(_cases)))
    specials = [
        SpecialsTextSpec("^", simplify_repl=on(_superscript)),
        SpecialsTextSpec("_", simplify_repl=on(_subscript)),
        SpecialsTextSpec("~", simplify_repl=" "),
        SpecialsTextSpec("&", simplify_repl=" "),
        *(SpecialsTextSpec(chars, simplify_repl=chars) for chars in ("''", "``", "--", "---")),
    ]
    context.add_context_category(
        "interview-math",
        prepend=True,
        macros=macros,
        environments=environments,
        specials=specials,
    )
    return context


def _macro_name(node: Any) -> str | None:
    return getattr(node, "macroname", None)


def _spaced_before_operator(node: Any, following: Any) -> bool:
    """`\\mu = x`: the space after a symbol shows when an operator follows, not a letter."""
    chars = getattr(following, "chars", "")
    if not chars or chars[0].isalnum() or chars[0] in "([|":
        return False
    while node is not None:  # the space after `\\hat\\Delta` or `_\\beta` is the last macro's
        argd = getattr(node, "nodeargd", None)
        args = [arg for arg in argd.argnlist if arg is not None] if argd else []
        if not args:
            return bool(getattr(node, "macro_post_space", ""))
        node = args[-1]
    return False


def _at(nodes: list[Any], index: int) -> Any:
    return nodes[index] if index < len(nodes) else None


def _starred(node: Any) -> bool:
    args = node.nodeargd.argnlist if getattr(node, "nodeargd", None) else []
    return bool(args) and args[0] is not None and getattr(args[0], "chars", "") == "*"


def _superscript(node: Any, l2tobj: Any) -> str:
    argument = node.nodeargd.argnlist[0] if node.nodeargd else None
    text = l2tobj.argument(node, 0) or ""
    return lm.script(text, lm.SUPERSCRIPT, "^", words=lm.has_word_macro(argument))


def _subscript(node: Any, l2tobj: Any) -> str:
    argument = node.nodeargd.argnlist[0] if node.nodeargd else None
    text = l2tobj.argument(node, 0) or ""
    return lm.script(text, lm.SUBSCRIPT, "_", words=lm.has_word_macro(argument))


def _sqrt(node: Any, l2tobj: Any) -> str:
    index = lm.bare(l2tobj.argument(node, 0) or "").strip()
    radicand = lm.factor(l2tobj.argument(node, 1) or "")
    sign = {"": "√", "2": "√", "3": "∛", "4": "∜"}.get(index)
    if sign is None:
        sign = lm.script(index, lm.SUPERSCRIPT, "^", words=False).lstrip("^") + "√"
    return sign + radicand


def _label(node: Any, l2tobj: Any) -> str:
    """An arrow's label: `—d→`, `—(n→∞)→`."""
    label = lm.tight(lm.bare(l2tobj.argument(node, 1) or ""))
    return label if lm.is_atom(label) and "→" not in label else f"({label})"


def _delimiter(node: Any, l2tobj: Any) -> str:
    text = lm.bare(l2tobj.argument(node, 0) or "").strip()
    if text == ".":
        return ""
    if node.macroname == "left":
        return text + lm.EAT_AFTER
    if node.macroname == "right":
        return lm.EAT_BEFORE + text
    return text


def _table(node: Any, l2tobj: Any) -> list[list[str]]:
    """An environment's cells, row by row (`&` between cells, `\\\\` between rows)."""
    rows: list[list[str]] = []
    cells: list[str] = []
    cell: list[Any] = []

    def end_cell() -> None:
        cells.append(tidy(l2tobj.nodelist_to_text(cell)))
        cell.clear()

    for child in node.nodelist:
        if _macro_name(child) == "\\":
            end_cell()
            rows.append(cells[:])
            cells.clear()
        elif getattr(child, "specials_chars", None) == "&":
            end_cell()
        else:
            cell.append(child)
    end_cell()
    rows.append(cells)
    return [row for row in rows if any(row)]


def _matrix(node: Any, l2tobj: Any) -> str:
    opening, closing = lm.MATRICES.get(node.environmentname, ("[", "]"))
    rows = ", ".join("[" + ", ".join(row) + "]" for row in _table(node, l2tobj))
    return f"{opening}{rows}{closing}"


def _rows(node: Any, l2tobj: Any) -> str:
    return "; ".join(" ".join(row) for row in _table(node, l2tobj))


def _cases(node: Any, l2tobj: Any) -> str:
    parts = []
    for row in _table(node, l2tobj):
        value = row[0].rstrip(",;. ")
        condition = " ".join(row[1:]).rstrip(",;. ")
        if not condition:
            parts.append(value)
        elif condition.startswith(("if ", "otherwise", "else", "when ", "for ")):
            parts.append(f"{value} {condition}")
        else:
            parts.append(f"{value} if {condition}")
    return "; ".join(parts)


_SCRIPTS = re.escape("".join(sorted(lm.SCRIPT_CHARS)))
_SOFT_BEFORE = re.compile(
    f"(?<=[\\w)\\]|‖'′!\u0300-\u036f\u20d7{lm.FRAC_CLOSE}]){lm.SOFT_BEFORE}(?=\\S)"
)
_NO_SPACE_BEFORE = re.escape("([{,.;:!?)]}'′^_")
_SOFT_AFTER_DROPPED = re.compile(
    f"{lm.SOFT_AFTER}(?=[\\s{_NO_SPACE_BEFORE}{_SCRIPTS}{lm.SOFT_AFTER}]|$)"
)
_SCRIPT_END_SPACED = re.compile(f"{lm.SCRIPT_END}(?=[^\\W_{_SCRIPTS}])")
_WIDE_GAP = re.compile(f"[ \t\r\n\f\v]*{lm.WIDE}[\\s{lm.WIDE}]*")
_EATEN = re.compile(f"\\s*{lm.EAT_BEFORE}|{lm.EAT_AFTER}\\s*")
_AFTER_OPENING = re.compile(f"([{re.escape(_OPENING)}]) +")
_BEFORE_CLOSING = re.compile(f" +([{re.escape(_CLOSING)},;])")
_DOT_ARGUMENT = re.compile(r"([(\[,]) *· *(?=[|,)\]])")  # π(·|x)


def _resolve_spaces(text: str) -> str:
    """Soft spaces decided: a space between two terms, none before brackets or scripts."""
    text = text.replace(lm.SOFT_AFTER + lm.FRAC_OPEN, lm.OPERAND + lm.FRAC_OPEN)
    text = _SOFT_BEFORE.sub(" ", text).replace(lm.SOFT_BEFORE, "")
    text = _SOFT_AFTER_DROPPED.sub("", text).replace(lm.SOFT_AFTER, " ")
    return _SCRIPT_END_SPACED.sub(" ", text).replace(lm.SCRIPT_END, "")


def tidy(text: str) -> str:
    """The renderer's raw output as one clean line."""
    text = lm.resolve_fractions(_resolve_spaces(text)).replace(lm.OPERAND, "")
    text = _EATEN.sub("", _WIDE_GAP.sub(lm.WIDE, text))
    text = " ".join(text.split())
    text = _BEFORE_CLOSING.sub(r"\1", _AFTER_OPENING.sub(r"\1", text))
    text = _DOT_ARGUMENT.sub(r"\1·", text)
    # precomposed letters where Unicode has them (ŷ, not y + ◌̂): terminals draw them better
    return unicodedata.normalize("NFC", text.replace(lm.WIDE, "  ").strip())


@lru_cache(maxsize=8192)
def latex_to_text(latex: str) -> str:
    """One formula as plain Unicode text; as written if pylatexenc cannot read it."""
    from pylatexenc.latexwalker import LatexWalker

    walker_context, renderer = _renderer()
    try:
        braced = _SCRIPTED_COMMAND.sub(r"\1{\2}", latex)
        nodes = LatexWalker(braced, latex_context=walker_context, tolerant_parsing=False)
        text = tidy(str(renderer.nodelist_to_text(nodes.get_latex_nodes()[0])))
    except Exception:  # a formula pylatexenc cannot read is shown as written
        return " ".join(latex.split())
    return text


def readable_math(markdown: str) -> str:
    """`markdown` with every formula outside code turned into readable inline code."""
    if "$" not in markdown:
        return markdown
    return _each_span(markdown, _replace)


def plain_math(text: str) -> str:
    """`text` with every formula outside code as plain Unicode, no backticks: for places
    that show text as it is (a rubric point, a hint or a title in a Rich `Text`)."""
    if "$" not in text:
        return text
    return _each_span(text, _replace_plain)


def formulas(markdown: str) -> list[str]:
    """Every formula outside code in `markdown`, as written between the dollars."""
    found: list[str] = []

    def collect(match: re.Match[str]) -> str:
        if not match.group(1):
            found.append(match.group(3) if match.group(3) is not None else match.group(4))
        return match.group(0)

    if "$" in markdown:
        _each_span(markdown, collect)
    return found


def _each_span(markdown: str, replace: Callable[[re.Match[str]], str]) -> str:
    """`markdown` with `replace` applied to each code span and formula outside fenced code."""
    out: list[str] = []
    in_fence: str | None = None
    block: list[str] = []

    def flush() -> None:
        if block:
            out.append(_MATH.sub(replace, "\n".join(block)))
            block.clear()

    for line in markdown.split("\n"):
        fence = _FENCE.match(line)
        if fence and (in_fence is None or fence.group(1)[0] == in_fence[0]):
            if in_fence is None:
                flush()
                in_fence = fence.group(1)
            else:
                in_fence = None
            out.append(line)
        elif in_fence is not None:
            out.append(line)
        else:
            block.append(line)
    flush()
    return "\n".join(out)


def _replace_plain(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(0)
    return latex_to_text(match.group(3) if match.group(3) is not None else match.group(4))


def _replace(match: re.Match[str]) -> str:
    if match.group(1):  # inline code: keep as is
        return match.group(0)
    formula = match.group(3) if match.group(3) is not None else match.group(4)
    text = latex_to_text(formula).replace("`", "'")
    return f"`{text}`"
