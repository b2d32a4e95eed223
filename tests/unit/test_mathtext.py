# ruff: noqa: RUF001  (the expected outputs are Unicode math)
"""The math renderer: each LaTeX construct the bank uses, as the text a person would type."""

from __future__ import annotations

import logging

import pytest

from interview.core import mathtext
from interview.core.mathtext import formulas, latex_to_text, plain_math, readable_math

CASES = [
    (r"\frac{a}{b}", "a/b"),
    (r"\frac{a+b}{c+d}", "(a+b)/(c+d)"),
    (r"\dfrac{(z_{1-\alpha/2} + z_{1-\beta})^2}{\delta^2}", "(z_(1-α/2) + z₁₋ᵦ)²/δ²"),
    (r"\tfrac1C", "1/C"),
    (r"\frac{1}{2}\|w\|^2", "(1/2)‖w‖²"),
    (r"\frac12 r^2", "(1/2) r²"),
    (r"\log\frac{p(x)}{q(x)}", "log(p(x)/q(x))"),
    (r"\frac{x}{2\sigma^2}", "x/(2σ²)"),
    (r"\sqrt{x}", "√x"),
    (r"\sqrt{x+1}", "√(x+1)"),
    (r"\sqrt[3]{x}", "∛x"),
    (r"x^2", "x²"),
    (r"x_i", "xᵢ"),
    (r"x_{t-1}", "xₜ₋₁"),
    (r"W^\top x", "Wᵀx"),
    (r"x^{(i)}", "x⁽ⁱ⁾"),
    (r"10^{-9}", "10⁻⁹"),
    (r"e^{-x^2/2}", "e^(-x²/2)"),
    (r"p_{\text{data}}(x)", "p_data(x)"),
    (r"z_{1-\alpha/2}", "z_(1-α/2)"),
    (r"\nabla_w L", "∇_w L"),
    (r"\sum_{i=1}^n x_i", "∑_(i=1..n) xᵢ"),
    (r"\sum_i w_i", "∑_i wᵢ"),
    (r"\prod_{j} p_j", "∏_j pⱼ"),
    (r"\arg\max_x f(x)", "argmax_x f(x)"),
    (r"\arg\min_{\theta} L(\theta)", "argmin_θ L(θ)"),
    (r"\lim_{n \to \infty} a_n", "lim_(n→∞) aₙ"),
    (r"\operatorname{softmax}(z)", "softmax(z)"),
    (r"\operatorname{logit} q", "logit q"),
    (r"\operatorname*{arg\,max}_x f(x)", "argmax_x f(x)"),
    (r"\log p(x)", "log p(x)"),
    (r"n\log n", "n log n"),
    (r"\log(1-p)", "log(1-p)"),
    (r"\exp\left(-\frac{x^2}{2}\right)", "exp(-x²/2)"),
    (r"|z| \le \lambda", "|z| ≤ λ"),
    (r"a\le b \ge c \neq d", "a ≤ b ≥ c ≠ d"),
    (r"\hat y \approx y", "ŷ ≈ y"),
    (r"\mathbb E[X]", "𝔼[X]"),
    (r"\mathbb{R}^d", "ℝᵈ"),
    (r"\mathcal{N}(0, 1)", "𝒩(0, 1)"),
    (r"\mathbb{1}[x > 0]", "𝟙[x > 0]"),
    (r"\lVert w \rVert_2", "‖w‖₂"),
    (r"\|w\|^2", "‖w‖²"),
    (r"D_{KL}(p \,\|\, q)", "D_KL(p ‖ q)"),
    (r"\text{if } x > 0", "if x > 0"),
    (r"\mathrm{Var}(X) = \sigma^2", "Var(X) = σ²"),
    (r"\left( \frac{a}{b} \right)^2", "(a/b)²"),
    (r"\left.\frac{\partial f}{\partial x}\right|_{x=0}", "∂f/∂x|ₓ₌₀"),
    (r"X_n \xrightarrow{d} Z", "Xₙ —d→ Z"),
    (r"\xrightarrow{p}", "—p→"),
    (r"a \cdot b \times c", "a · b × c"),
    (r"x \to \infty", "x → ∞"),
    (r"a\,b\;c\quad d", "a b c  d"),
    (r"\hat y", "ŷ"),
    (r"\bar x", "x̄"),
    (r"\tilde x", "x̃"),
    (r"\hat\theta_{MLE}", "θ̂_MLE"),
    (r"\begin{pmatrix}1 & 2\\ 3 & 4\end{pmatrix}", "[[1, 2], [3, 4]]"),
    (
        r"|x| = \begin{cases} x & x \ge 0 \\ -x & \text{otherwise} \end{cases}",
        "|x| = x if x ≥ 0; -x otherwise",
    ),
    (r"y \in \{0, 1\}", "y ∈ {0, 1}"),
    (r"\underbrace{a+b}_{\text{note}}", "a+b [note]"),
    (r"\binom{n}{k}", "C(n, k)"),
    (r"t \equiv 0 \pmod{\lambda}", "t ≡ 0 (mod λ)"),
    (r"1{,}000 \times 5\%", "1,000 × 5%"),
    (r"\pi_\theta(\cdot|x)", "π_θ(·|x)"),
    (r"\min_{w,b} \tfrac12\lVert w\rVert^2", "min_(w,b) (1/2)‖w‖²"),
    (r"\softmax(z)", "softmax(z)"),
]


@pytest.mark.parametrize(("latex", "text"), CASES, ids=[latex for latex, _ in CASES])
def test_renders_as_plain_unicode(latex: str, text: str) -> None:
    assert latex_to_text(latex) == text


def test_the_table_covers_at_least_thirty_constructs() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("latex", [r"\frac{a", "x^", r"\begin{pmatrix}1 & 2", "{a"])
def test_a_formula_it_cannot_read_is_shown_as_written_quietly(
    latex: str, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    latex_to_text.cache_clear()
    assert latex_to_text(latex) == latex
    assert capsys.readouterr().err == ""
    assert caplog.records == []


def test_pylatexenc_logs_go_nowhere(capsys: pytest.CaptureFixture[str]) -> None:
    latex_to_text.cache_clear()
    latex_to_text(r"\dfrac{a}{b} + \input{x}")
    logging.getLogger("pylatexenc.latex2text").warning("a warning")
    assert capsys.readouterr().err == ""


def test_formulas_outside_code_become_inline_code() -> None:
    markdown = "Minimise $\\lVert w\\rVert^2$ where $$\\hat y = \\sigma(w^\\top x)$$ holds."
    assert readable_math(markdown) == "Minimise `‖w‖²` where `ŷ = σ(wᵀx)` holds."


def test_code_and_prices_are_left_alone() -> None:
    markdown = "\n".join(
        [
            "It costs $5 and $10, or `$x$` in code.",
            "```python",
            "price = '$x$'",
            "```",
            "Escaped \\$x\\$ too.",
        ]
    )
    assert readable_math(markdown) == markdown


def test_no_backslash_reaches_rich() -> None:
    """Rich's Markdown eats `\\,`: every formula is converted before it sees one."""
    markdown = "Thin $a\\,b$, wide $a\\quad b$, set $\\{0, 1\\}$, cases $$\\begin{cases}1 & x\\\\ 0 & y\\end{cases}$$"
    shown = readable_math(markdown)
    assert "\\" not in shown
    assert shown == "Thin `a b`, wide `a  b`, set `{0, 1}`, cases `1 if x; 0 if y`"


def test_formulas_lists_each_formula_outside_code() -> None:
    markdown = "$a$ and $$b$$ but not `$c$`\n```\n$d$\n```\n$e$"
    assert formulas(markdown) == ["a", "b", "e"]


def test_the_converter_is_built_once() -> None:
    assert mathtext._renderer() is mathtext._renderer()


def test_rendering_is_cached() -> None:
    latex_to_text.cache_clear()
    latex_to_text(r"\frac{a}{b}")
    latex_to_text(r"\frac{a}{b}")
    assert latex_to_text.cache_info().hits == 1


def test_plain_math_is_for_text_shown_as_it_is() -> None:
    """A rubric point or a hint in a Rich `Text`: the formula without backticks."""
    point = r"States $\mathbb{E}[X] = \mu$ and keeps `code $x$` as it is"
    assert plain_math(point) == "States 𝔼[X] = μ and keeps `code $x$` as it is"
    assert plain_math("no formula") == "no formula"


def test_rubric_points_show_formulas_as_unicode_and_code_as_code() -> None:
    from interview.tui.widgets.markdown import CODE_STYLE, inline, plain

    text = inline(r"States $\sigma'(x) = \sigma(x)(1-\sigma(x))$ and calls `np.exp`")
    assert text.plain == "States σ'(x) = σ(x)(1-σ(x)) and calls np.exp"
    code = [text.plain[s.start : s.end] for s in text.spans if s.style == CODE_STYLE]
    assert code == ["np.exp"]
    assert plain(r"Why is $\|w\|_2^2$ used in `ridge`?") == "Why is ‖w‖₂² used in ridge?"


def test_the_markdown_report_keeps_latex_and_says_so() -> None:
    from dataclasses import replace
    from datetime import UTC

    from interview.core.mock import Drawn, MockSession
    from interview.core.report import LATEX_NOTE, mock_report
    from interview.core.templates import Slot, Template
    from tests.conftest import NOW
    from tests.unit.test_mock import question

    def report(text: str) -> str:
        q = replace(question("ml-theory/q0"), question=text)
        template = Template(key="t", name="T", minutes=5, slots=(Slot("ml-theory"),))
        mock = MockSession.create(template, [(q, Drawn(q.id, 0, 300))], seed=1)
        mock.start(NOW)
        return mock_report(mock, zone=UTC)

    with_formula = report(r"Why is $\sigma'(x) \le 1/4$?")
    assert LATEX_NOTE in with_formula and r"$\sigma'(x) \le 1/4$" in with_formula
    assert LATEX_NOTE not in report("Why does bagging reduce variance?")
