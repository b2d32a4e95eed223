# ruff: noqa: RUF001, RUF002  (Unicode math symbols are the point)
"""What each LaTeX math command becomes in plain Unicode text (used by `mathtext`).

pylatexenc parses a formula; this module tells it how to read the commands the bank uses
(which take arguments, which are delimiters) and what text each one becomes. The
conventions, kept everywhere:

* fractions `a/b`, parenthesised when a part is more than one term: `(a+b)/(c+d)`; a
  fraction directly followed by a factor is parenthesised too: `(1/2)‖w‖²`;
* roots `√x`, `√(x+1)`, `∛x`;
* sub- and superscripts in Unicode when every character has a form (`xᵢ`, `x²`, `xₜ₋₁`,
  `Wᵀ`), otherwise `x_t` / `x^t` for one token and `x_(…)` / `x^(…)` for more; words
  (`\\text{test}`) stay ASCII: `n_test`;
* limits of big operators and of max/min/argmax/lim are ASCII: `∑_i`, `∑_(i=1..n)`,
  `argmax_θ`, `lim_(n→∞)`;
* relations and binary operators get a space on each side (`a ≤ b`, `w · x`); operator
  names get a space before their argument unless it is bracketed (`log p(x)`, `log(x)`);
* matrices `[[a, b], [c, d]]`; cases `a if c; b otherwise`; `\\underbrace{x}_{note}` is
  `x [note]`; `\\xrightarrow{p}` is `—p→`; `\\left.` and `\\big` print nothing.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Markers the renderer leaves in its output and `mathtext.tidy` resolves.
SOFT_BEFORE = "\x03"  # a space here if the text before ends a term
SOFT_AFTER = "\x00"  # a space here unless what follows is a bracket or punctuation
FRAC_OPEN, FRAC_CLOSE = "\x01", "\x02"  # around a/b, parenthesised if a factor follows
WIDE = "\x04"  # \quad: a two-space gap
EAT_BEFORE, EAT_AFTER = "\x05", "\x06"  # no space before a closing bar, after an opening one
OPERAND = "\x08"  # before a fraction that is an operator's argument: `log(p/q)`
SCRIPT_END = "\x07"  # after `k_H`: a space if a letter follows (`k_H k_W`, not `k_Hk_W`)

SUPERSCRIPT = dict(
    zip(
        "0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδθφχ*′'∗†",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᶿᵠᵡ*′′*†",
        strict=True,
    )
)
SUBSCRIPT = dict(
    zip(
        "0123456789+-−=()aehijklmnoprstuvxβγρφχ",
        "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ",
        strict=True,
    )
)
SCRIPT_CHARS = frozenset(SUPERSCRIPT.values()) | frozenset(SUBSCRIPT.values())

# Commands that print as a symbol.
SYMBOLS: dict[str, str] = {
    # Greek
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ",
    "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ",
    "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
    "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    # letters and constants
    "ell": "ℓ", "hbar": "ℏ", "imath": "ı", "jmath": "ȷ", "Re": "ℜ", "Im": "ℑ", "aleph": "ℵ",
    "infty": "∞", "partial": "∂", "nabla": "∇", "emptyset": "∅", "varnothing": "∅",
    "forall": "∀", "exists": "∃", "nexists": "∄", "neg": "¬", "lnot": "¬",
    "top": "T", "intercal": "T", "bot": "⊥", "prime": "′", "dagger": "†", "star": "⋆",
    "ast": "*", "angle": "∠", "triangle": "△", "checkmark": "✓", "square": "□",
    # dots
    "dots": "…", "ldots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "dotsc": "…",
    "dotsb": "⋯",
    # delimiters
    "|": "‖", "Vert": "‖", "lVert": "‖\x06", "rVert": "\x05‖", "vert": "|",
    "lvert": "|\x06", "rvert": "\x05|", "langle": "⟨", "rangle": "⟩", "lceil": "⌈", "rceil": "⌉",
    "lfloor": "⌊", "rfloor": "⌋", "{": "{", "}": "}", "lbrace": "{", "rbrace": "}",
    "lbrack": "[", "rbrack": "]", "backslash": "∖",
    # escaped characters
    "%": "%", "&": "&", "_": "_", "#": "#", "$": "$",
    # big operators (limits are written `∑_i`, see LIMIT_OPERATORS)
    "sum": "∑", "prod": "∏", "coprod": "∐", "int": "∫", "iint": "∬", "iiint": "∭",
    "oint": "∮", "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁", "bigotimes": "⨂",
    "bigvee": "⋁", "bigwedge": "⋀",
}  # fmt: skip

# Relations and binary operators: a space on each side.
OPERATORS: dict[str, str] = {
    "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "leqslant": "≤", "geqslant": "≥",
    "ne": "≠", "neq": "≠", "approx": "≈", "sim": "∼", "simeq": "≃", "cong": "≅",
    "equiv": "≡", "propto": "∝", "ll": "≪", "gg": "≫", "lessapprox": "≲", "lesssim": "≲",
    "gtrsim": "≳", "prec": "≺", "preceq": "⪯", "succ": "≻", "succeq": "⪰",
    "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃",
    "supseteq": "⊇", "mid": "|", "nmid": "∤", "parallel": "∥", "perp": "⊥",
    "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
    "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "implies": "⟹",
    "impliedby": "⟸", "iff": "⟺", "longrightarrow": "⟶", "longleftarrow": "⟵",
    "Longrightarrow": "⟹", "Longleftarrow": "⟸", "Longleftrightarrow": "⟺",
    "mapsto": "↦", "longmapsto": "⟼", "uparrow": "↑", "downarrow": "↓",
    "times": "×", "cdot": "·", "pm": "±", "mp": "∓", "div": "÷", "odot": "⊙",
    "oplus": "⊕", "otimes": "⊗", "ominus": "⊖", "circ": "∘", "bullet": "•",
    "cup": "∪", "cap": "∩", "setminus": "∖", "land": "∧", "wedge": "∧", "lor": "∨",
    "vee": "∨", "bmod": "mod", "models": "⊨", "vdash": "⊢", "coloneqq": "≔",
    "triangleq": "≜", "doteq": "≐",
}  # fmt: skip

# Operator names: printed as words, a space before their argument.
OPERATOR_NAMES = frozenset(
    "log ln lg exp sin cos tan sec csc cot arcsin arccos arctan sinh cosh tanh coth "
    "det dim ker deg gcd lcm hom arg max min sup inf lim liminf limsup Pr".split()
)

# Commands whose `_` and `^` are limits, written in ASCII: `∑_(i=1..n)`, `max_x`.
LIMIT_OPERATORS = frozenset(
    "sum prod coprod int iint iiint oint bigcup bigcap bigoplus bigotimes bigvee bigwedge "
    "max min sup inf lim liminf limsup underbrace overbrace".split()
)

# Spaces.
SPACES = {",": " ", ":": " ", ";": " ", ">": " ", " ": " ", "enspace": " ", "thinspace": " "}
WIDE_SPACES = frozenset({"quad", "qquad"})
NOTHING = frozenset(
    "! left right middle big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr Biggl Biggr "
    "textstyle displaystyle scriptstyle scriptscriptstyle limits nolimits nonumber "
    "notag label tag phantom hphantom vphantom".split()
)

# Commands whose argument is printed as it is.
PLAIN = frozenset(
    "text textrm textnormal textit textbf textsf texttt mathrm mathit mathbf mathsf "
    "mathtt mathnormal boldsymbol bm pmb mbox hbox emph mathop mathord mathrel boxed "
    "operatorname".split()
)

ACCENTS = {
    "hat": "\u0302", "widehat": "\u0302", "bar": "\u0304", "overline": "\u0305",
    "tilde": "\u0303", "widetilde": "\u0303", "dot": "\u0307", "ddot": "\u0308",
    "vec": "\u20d7", "check": "\u030c", "breve": "\u0306", "acute": "\u0301",
    "grave": "\u0300", "mathring": "\u030a", "underline": "\u0332",
}  # fmt: skip

MATRICES = {
    "matrix": ("[", "]"), "pmatrix": ("[", "]"), "bmatrix": ("[", "]"),
    "Bmatrix": ("[", "]"), "smallmatrix": ("[", "]"), "vmatrix": ("det[", "]"),
    "Vmatrix": ("‖[", "]‖"),
}  # fmt: skip
ROWS = frozenset(
    "aligned align align* alignat alignat* gather gather* gathered split multline "
    "multline* equation equation* eqnarray eqnarray* array subarray substack".split()
)

# Commands and their arguments: `{` required, `[` optional, `*` an optional star.
ARGUMENTS: dict[str, str] = {
    "frac": "{{", "dfrac": "{{", "tfrac": "{{", "cfrac": "{{", "binom": "{{",
    "dbinom": "{{", "tbinom": "{{", "sqrt": "[{", "xrightarrow": "[{",
    "xleftarrow": "[{", "overset": "{{", "underset": "{{", "stackrel": "{{",
    "pmod": "{", "pod": "{", "mathbin": "{", "mathbb": "{", "mathcal": "{",
    "mathscr": "{", "mathfrak": "{", "underbrace": "{", "overbrace": "{",
    "operatorname": "*{", "left": "{", "right": "{", "middle": "{", "substack": "{",
    "phantom": "{", "hphantom": "{", "vphantom": "{", "label": "{", "tag": "{",
    "color": "{", "textcolor": "{{",
    **dict.fromkeys(PLAIN - {"operatorname"}, "{"),
    **dict.fromkeys(ACCENTS, "{"),
}  # fmt: skip

_LETTERLIKE = {
    "DOUBLE-STRUCK": dict(zip("CHNPQRZ", "ℂℍℕℙℚℝℤ", strict=True)),
    "SCRIPT": dict(zip("BEFHILMRego", "ℬℰℱℋℐℒℳℛℯℊℴ", strict=True)),
    "FRAKTUR": dict(zip("CHIRZ", "ℭℌℑℜℨ", strict=True)),
}
_DIGITS = "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split()

# Characters that end an operand: a fraction before them is not parenthesised.
_NOT_AN_OPERAND = set(" —+-−±∓=≠<>≤≥≈∼≃≅≡∝×·÷/,;:∈∉⊂⊆∪∩→←↔⇒⇐⇔⟹⟺↦|∣!.?)]}'′")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_NUMBER = re.compile(r"\d+(\.\d+)?")
_BARS = re.compile(r"\|[^|]*\||‖[^‖]*‖")
_PLAIN_SCRIPT = re.compile(
    r"\d+(\.\d+)?|[^\W\d_]([A-Za-z0-9]*|[^\W\d_]*)[" + "".join(sorted(SCRIPT_CHARS)) + "]*|[∞∗*†′']"
)
_TOP_LEVEL_OPERATOR = re.compile(r"[\s+\-−±∓=≠<>≤≥≈∼≃≅≡∝×·÷/,;:∈∉⊂⊆∪∩→←↔⇒⇐⇔⟹⟺↦∣]")


def styled(text: str, style: str) -> str:
    """`text` in a Unicode math alphabet (`DOUBLE-STRUCK`, `SCRIPT`, `FRAKTUR`) where one exists."""
    out = []
    for char in text:
        special = _LETTERLIKE.get(style, {}).get(char)
        if special is not None:
            out.append(special)
            continue
        if char.isascii() and char.isalpha():
            case = "CAPITAL" if char.isupper() else "SMALL"
            name = f"MATHEMATICAL {style} {case} {char.upper()}"
        elif char.isascii() and char.isdigit():
            name = f"MATHEMATICAL {style} DIGIT {_DIGITS[int(char)]}"
        else:
            out.append(char)
            continue
        try:
            out.append(unicodedata.lookup(name))
        except KeyError:
            out.append(char)
    return "".join(out)


def bare(text: str) -> str:
    """`text` without the renderer's markers."""
    markers = (
        SOFT_BEFORE + SOFT_AFTER + FRAC_OPEN + FRAC_CLOSE + EAT_BEFORE + EAT_AFTER + SCRIPT_END
    ) + OPERAND
    return re.sub(f"[{markers}]", "", text).replace(WIDE, " ")


def is_atom(text: str, *, leading_minus: bool = False) -> bool:
    """One term: no operator or space outside brackets (`2n`, `p(x)`, `‖w‖²`)."""
    text = bare(text).strip()
    if not text:
        return True
    if leading_minus and text[0] in "-−":
        text = text[1:]
    text = _BARS.sub("x", _THOUSANDS.sub("", text))
    depth = 0
    for char in text:
        if char in "([{⟨⌈⌊":
            depth += 1
        elif char in ")]}⟩⌉⌋":
            depth -= 1
        elif depth == 0 and _TOP_LEVEL_OPERATOR.match(char):
            return False
    return not text.startswith(("-", "−"))


def wrapped(text: str, *, leading_minus: bool = False) -> str:
    """`text`, in parentheses unless it is one term."""
    text = text.strip()
    if is_atom(text, leading_minus=leading_minus) or _fully_bracketed(bare(text)):
        return text
    return f"({text})"


def _fully_bracketed(text: str) -> bool:
    if not (text.startswith("(") and text.endswith(")")):
        return False
    depth = 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and index < len(text) - 1:
            return False
    return True


def script(text: str, table: dict[str, str], mark: str, *, words: bool) -> str:
    """A sub- or superscript: Unicode if every character has a form, else `_x` / `_(…)`."""
    text = tight(bare(text))
    if not text:
        return ""
    if not words and _fits_unicode(text, table):
        return "".join(table.get(char, "") for char in text)
    if _PLAIN_SCRIPT.fullmatch(text):
        return mark + text + SCRIPT_END
    if _fully_bracketed(text):
        return mark + text
    return f"{mark}({text})"


def _fits_unicode(text: str, table: dict[str, str]) -> bool:
    """Short scripts (`ᵢ`, `ₜ₋₁`, `⁽ⁱ⁾`) and numbers (`⁻¹²`) in Unicode; longer ones stay plain."""
    text = text.replace(" ", "")
    if not all(char in table for char in text) or re.search(r"[^\W\d_]{3,}", text):
        return False  # a word (`_out`, `_max`) stays a word
    return len(text) <= 3 or all(not char.isalpha() for char in text)


def tight(text: str) -> str:
    """Spaces around operators dropped: `x ∼ p` → `x∼p` (for scripts and limits)."""
    text = " ".join(text.split())
    return re.sub(r"\s*([^\w\s()\[\]‖|])\s*", r"\1", text).strip()


def limits(lower: str | None, upper: str | None) -> str:
    """ASCII limits of a big operator: `_i`, `_(i=1..n)`, `_0^1`."""
    low = tight(bare(lower)) if lower is not None else ""
    high = tight(bare(upper)) if upper is not None else ""
    if low and high and "=" in low:
        return f"_({low}..{high})"
    out = ""
    if low:
        out += "_" + (low if is_atom(low) else f"({low})")
    if high:
        out += "^" + (high if is_atom(high) else f"({high})")
    return out


def accent(text: str, mark: str) -> str:
    """`text` with a combining accent: on its one letter, or on each letter of a word."""
    text = bare(text).strip()
    base = [i for i, char in enumerate(text) if _is_base(char)]
    if not base:
        return text + mark
    if len(base) == 1 or mark not in ("\u0304", "\u0305", "\u0332"):
        at = base[0] if len(base) == 1 else base[-1]
        end = at + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        return text[:end] + mark + text[end:]
    return "".join(char + mark if _is_base(char) else char for char in text)


def _is_base(char: str) -> bool:
    return not unicodedata.combining(char) and char not in SCRIPT_CHARS and not char.isspace()


def fraction(numerator: str, denominator: str) -> str:
    """`a/b` with the parts parenthesised as needed, marked for the following-factor rule."""
    top = wrapped(numerator, leading_minus=True)
    bottom = factor(denominator)
    return f"{FRAC_OPEN}{top}/{bottom}{FRAC_CLOSE}"


def factor(text: str) -> str:
    """`text` as one factor (a denominator, a radicand): parenthesised unless it is simple."""
    text = text.strip()
    return text if _simple(text) else f"({text})"


def _simple(text: str) -> bool:
    """One factor, no parentheses needed: `n`, `2`, `σ²`, `∂w`, `√n`, `p(x)`, `‖w‖`, `rank_q`."""
    text = _THOUSANDS.sub("", bare(text).strip())
    if _fully_bracketed(text) or _NUMBER.fullmatch(text):
        return True
    if not is_atom(text):
        return False
    core = "".join(c for c in text if c not in SCRIPT_CHARS and not unicodedata.combining(c))
    core = re.sub(r"[_^]\w+", "", _BARS.sub("x", core))
    while True:
        collapsed = re.sub(r"\([^()]*\)", "⁅", re.sub(r"\[[^\[\]]*\]", "⁅", core))
        if collapsed == core:
            break
        core = collapsed
    return re.fullmatch(r"[∂∇√]*([^\W\d_][\w@]*⁅?|⁅)", core) is not None


def resolve_fractions(text: str) -> str:
    """A fraction directly followed by a factor is parenthesised: `(1/2)x`."""
    pattern = re.compile(f"{FRAC_OPEN}([^{FRAC_OPEN}{FRAC_CLOSE}]*){FRAC_CLOSE}")
    while True:
        match = pattern.search(text)
        if match is None:
            return text
        rest = text[match.end() :]
        after = "" if rest.lstrip(" ").startswith(WIDE) else bare(rest).lstrip()[:1]
        start = match.start()
        operand = text[:start].endswith(OPERAND)
        if operand:
            start -= 1
        before = bare(text[:start])[-1:]
        body = match.group(1)
        if (
            operand
            or (after and after not in _NOT_AN_OPERAND and after not in SCRIPT_CHARS)
            or before == "/"
        ):
            body = f"({body})"
        text = text[:start] + body + text[match.end() :]


def has_word_macro(node: Any) -> bool:
    """Whether `node` holds `\\text{…}` or similar (its scripts stay ASCII words)."""
    if node is None:
        return False
    name = getattr(node, "macroname", None)
    if name in PLAIN or name in OPERATOR_NAMES:
        return True
    children = list(getattr(node, "nodelist", None) or [])
    argd = getattr(node, "nodeargd", None)
    if argd is not None and argd.argnlist:
        children += [arg for arg in argd.argnlist if arg is not None]
    return any(has_word_macro(child) for child in children)
