"""A finished mock as a Markdown report: the scorecard, then every question in full."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from interview.core.mathtext import formulas
from interview.core.mock import Band, MockItem, MockSession, Phase

LATEX_NOTE = (
    "> Formulas are kept in LaTeX (`$...$`, `$$...$$`): GitHub, VS Code, Obsidian and most"
    " Markdown viewers render them."
)


@dataclass(frozen=True, slots=True)
class EarlierMock:
    """An earlier mock of the same template, for the trend."""

    id: int
    started_at: datetime
    band: Band | None
    mean_band: float | None
    coverage: float | None


def clock(seconds: float) -> str:
    """'12:05' (minutes:seconds), or '1:02:05' from an hour."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def percent(share: float | None) -> str:
    """'75%', or '-' for no figure."""
    return "-" if share is None else f"{share:.0%}"


def band_text(band: Band | None, mean: float | None = None) -> str:
    """'lean hire (2.7)'."""
    if band is None:
        return "-"
    return f"{band.label} ({mean:.1f})" if mean is not None else band.label


def mock_report(session: MockSession, *, zone: tzinfo, earlier: Sequence[EarlierMock] = ()) -> str:
    """The report of a mock (finished or not) as Markdown."""
    card = session.scorecard()
    started = session.started_at.astimezone(zone) if session.started_at else None
    lines = [f"# Mock interview: {_inline(session.template_name)}", ""]
    if started is not None:
        lines.append(f"- Date: {started:%Y-%m-%d %H:%M}")
    lines.append(f"- Overall: **{band_text(card.band, card.mean)}**")
    covered = (
        f"- Rubric covered: {card.covered} of {card.rubric_total} points ({percent(card.coverage)})"
    )
    if card.after_prompt:
        covered += f", {card.after_prompt} of them only after a prompt"
    lines.append(covered)
    lines.append(f"- Time used: {clock(card.used_s)} of {clock(card.total_s)}")
    answered = len(card.items) - card.not_reached
    lines.append(f"- Questions: {answered} answered of {len(card.items)}")
    if session.ended_early:
        lines.append("- Ended early by the candidate")
    elif session.time_up:
        lines.append("- The mock's time ran out")
    lines += ["", "## By category", ""]
    lines.append("| Category | Questions | Band | Rubric | Time used | Budget |")
    lines.append("|---|---:|---|---:|---:|---:|")
    for score in card.categories:
        share = score.covered / score.rubric_total if score.rubric_total else None
        lines.append(
            f"| {_cell(score.category)} | {score.questions} | {band_text(score.band, score.mean)}"
            f" | {score.covered}/{score.rubric_total} ({percent(share)})"
            f" | {clock(score.used_s)} | {clock(score.budget_s)} |"
        )
    if earlier:
        lines += ["", "## Earlier mocks of this template", ""]
        lines.append("| Date | Band | Rubric |")
        lines.append("|---|---|---:|")
        for past in earlier:
            when = past.started_at.astimezone(zone)
            lines.append(
                f"| {when:%Y-%m-%d} | {band_text(past.band, past.mean_band)}"
                f" | {percent(past.coverage)} |"
            )
    lines += ["", "## Questions", ""]
    questions: list[str] = []
    for number, item in enumerate(card.items, start=1):
        questions += _item_lines(number, item)
    if formulas("\n".join(questions)):
        lines += [LATEX_NOTE, ""]
    lines += questions
    return "\n".join(lines).rstrip() + "\n"


def _item_lines(number: int, item: MockItem) -> list[str]:
    lines = [f"### {number}. {_inline(item.title)}", ""]
    lines.append(f"`{item.question_id}` · {item.category} · {item.difficulty}")
    lines.append("")
    if item.phase is not Phase.DONE:
        lines += ["**Not reached** (counts as no hire).", ""]
    else:
        suggested = item.suggested_band
        band = f"**{band_text(item.band)}**"
        if suggested is not None and suggested != item.band:
            band += f" (suggested {suggested.label})"
        lines.append(f"- Band: {band}")
        if item.grade is not None:
            lines.append(f"- Review grade: {item.grade.label}")
    used = f"{clock(item.elapsed_s)} of {clock(item.budget_s)}"
    if item.overtime_s > 0:
        used += f", **{clock(item.overtime_s)} over**"
    elif item.timed_out:
        used += ", time ran out"
    lines.append(f"- Time: {used}")
    if item.hints_used:
        lines.append(f"- Hints taken: {item.hints_used}")
    if item.tests_total:
        lines.append(f"- Tests: {item.tests_passed} of {item.tests_total} passed")
    lines.append("")
    lines += ["**Question**", "", item.question.strip() or "-", ""]
    if item.notes.strip():
        lines += ["**Your notes**", ""]
        lines += [f"> {line}" if line else ">" for line in item.notes.strip().splitlines()]
        lines.append("")
    if item.code and item.code.strip():
        lines += ["**Your code**", "", "```python", item.code.rstrip(), "```", ""]
    if item.asked:
        aimed = f" (aimed at point {item.asked_point + 1})" if item.asked_point is not None else ""
        lines += [f"**The interviewer asked**{aimed}: {_inline(item.asked)}", ""]
    if item.rubric:
        done = item.phase is Phase.DONE
        alone, after, _ = item.made() if done else ([], [], [])
        summary = f"{len(alone) + len(after)} of {len(item.rubric)} covered"
        if after:
            summary += f": {len(alone)} unprompted, {len(after)} after a prompt"
        lines += [f"**Rubric** ({summary})", ""]
        for index, point in enumerate(item.rubric):
            ticked = done and index in item.covered
            mark = " *(after a prompt)*" if done and index in after else ""
            lines.append(f"- [{'x' if ticked else ' '}] {_inline(point)}{mark}")
        lines.append("")
    if item.follow_ups:
        lines += ["**Follow-ups**", ""]
        lines += [f"- {_inline(f)}" for f in item.follow_ups]
        lines.append("")
    return lines


def _inline(text: str) -> str:
    return " ".join(text.split())


def _cell(text: str) -> str:
    return _inline(text).replace("|", "\\|")
