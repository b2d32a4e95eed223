"""Timed mock interviews: drawing the questions, the session's state machine, the bands.

Nothing here reads a clock: every method that depends on time takes `now` (UTC).

A question goes through three phases. **answer**: the question is shown and its clock
runs. **follow-ups**: the main answer is done; the interviewer's follow-ups are shown
and the clock still runs (they are graded with the answer). **assess**: the clock has
stopped, the model answer and rubric are shown, the user ticks what they covered and
takes or changes the suggested band and grade. Grading moves on to the next question.

The clocks (the mock's and the question's) run only while a question is being
answered: assessing is not interview time, and pausing stops both. When a question's
time runs out, it moves to assess on its own; the user may choose to keep going, and the
extra time is recorded as overtime. When the whole mock's time runs out, the current
question moves to assess and the questions not reached are scored as such. The session
serialises to a dict after every step, so a mock left open survives a crash: it comes back
paused at the last saved moment.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any, TypeVar

from interview.core.questions import Difficulty, Question
from interview.core.scheduling import Grade, require_utc
from interview.core.scoring import Assessment, suggest_grade
from interview.core.templates import Slot, Template

AMBER_LEFT = 0.25
"""A clock turns amber when this share of its time is left."""
RED_LEFT = 0.10
"""... and red when this share is left (and stays red once over)."""

STRONG_FROM = 0.85
"""Score (coverage minus hint cost) from which a question suggests strong hire."""
LEAN_HIRE_FROM = 0.65
LEAN_NO_HIRE_FROM = 0.40
FAR_OVER = 1.5
"""Over this multiple of the budget, the band is capped at lean no hire."""


_E = TypeVar("_E", bound=IntEnum)


class Band(IntEnum):
    """How an interviewer would score an answer, 1 (worst) to 4."""

    NO_HIRE = 1
    LEAN_NO_HIRE = 2
    LEAN_HIRE = 3
    STRONG_HIRE = 4

    @property
    def label(self) -> str:
        """'lean hire' and so on."""
        return self.name.lower().replace("_", " ")


class Level(StrEnum):
    """How a clock should look."""

    OK = "ok"
    AMBER = "amber"
    RED = "red"
    OVER = "over"


class Phase(StrEnum):
    """Where a question of the mock is."""

    PENDING = "pending"
    ANSWER = "answer"
    FOLLOW_UPS = "follow-ups"
    ASSESS = "assess"
    DONE = "done"
    NOT_REACHED = "not-reached"


class Status(StrEnum):
    """Where the whole mock is."""

    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    ABANDONED = "abandoned"


class MockError(ValueError):
    """An action the mock cannot take now (the message says why)."""


def clock_level(left_s: float, budget_s: float) -> Level:
    """Amber with a quarter of the time left, red with a tenth, over below zero."""
    if left_s < 0:
        return Level.OVER
    if budget_s <= 0:
        return Level.OK
    share = left_s / budget_s
    if share <= RED_LEFT:
        return Level.RED
    if share <= AMBER_LEFT:
        return Level.AMBER
    return Level.OK


# -- drawing -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PoolEntry:
    """What the draw knows of a question: its filters and how much it needs practice."""

    id: str
    category: str
    difficulty: Difficulty
    tags: tuple[str, ...] = ()
    time_budget: int = 300
    due: bool = False
    weak: bool = False
    seen: bool = False


@dataclass(frozen=True, slots=True)
class Drawn:
    """A question chosen for a slot, with its time in the mock."""

    question_id: str
    slot: int
    budget_s: int


@dataclass(frozen=True, slots=True)
class Shortfall:
    """A slot that could not be filled."""

    slot: int
    wanted: int
    found: int
    description: str

    def __str__(self) -> str:
        return (
            f"slot {self.slot + 1} ({self.description}) asks for {self.wanted} "
            f"question{'s' if self.wanted != 1 else ''}; the bank has {self.found} that fit"
        )


@dataclass(frozen=True, slots=True)
class Draw:
    """The questions of a mock in order, and what could not be found."""

    drawn: tuple[Drawn, ...]
    shortfalls: tuple[Shortfall, ...] = ()

    @property
    def complete(self) -> bool:
        """Whether every slot got all its questions."""
        return not self.shortfalls


def matches(entry: PoolEntry, slot: Slot) -> bool:
    """Whether a question fits a slot's category, tags and difficulty."""
    if entry.category != slot.category:
        return False
    if slot.difficulty and entry.difficulty not in slot.difficulty:
        return False
    return not slot.tags or any(tag in entry.tags for tag in slot.tags)


def draw_questions(
    template: Template,
    pool: Iterable[PoolEntry],
    *,
    seed: int,
    recent: Iterable[str] = (),
) -> Draw:
    """Choose the questions of a mock: reproducible for a seed.

    Per slot, in order of preference: questions not in the recent mocks before those
    that were; then due or weak ones, then ones never seen, then the rest; ties broken
    by the seeded random order. A question is never drawn twice.
    """
    rng = random.Random(seed)
    entries = list(pool)
    recent_ids = set(recent)
    order = {entry.id: rng.random() for entry in entries}
    taken: set[str] = set()
    drawn: list[Drawn] = []
    shortfalls: list[Shortfall] = []
    for index, slot in enumerate(template.slots):
        fits = [e for e in entries if e.id not in taken and matches(e, slot)]
        fits.sort(key=lambda e: (e.id in recent_ids, _need(e), order[e.id]))
        chosen = fits[: slot.count]
        if len(chosen) < slot.count:
            shortfalls.append(Shortfall(index, slot.count, len(chosen), slot.describe()))
        for entry in chosen:
            taken.add(entry.id)
            budget = round(slot.minutes * 60) if slot.minutes is not None else entry.time_budget
            drawn.append(Drawn(entry.id, index, max(1, budget)))
    return Draw(tuple(drawn), tuple(shortfalls))


def _need(entry: PoolEntry) -> int:
    if entry.due or entry.weak:
        return 0
    return 1 if not entry.seen else 2


# -- bands ---------------------------------------------------------------------------------


def suggest_band(assessment: Assessment) -> Band | None:
    """The band the rubric, hints and time suggest; None for a question without a rubric.

    score = coverage - 0.15 per hint (as for grades); from 0.85 strong hire, from 0.65
    lean hire, from 0.40 lean no hire, else no hire. Over the budget caps at lean hire,
    over 1.5x the budget at lean no hire.
    """
    score = assessment.score()
    if score is None:
        return None
    if score >= STRONG_FROM:
        band = Band.STRONG_HIRE
    elif score >= LEAN_HIRE_FROM:
        band = Band.LEAN_HIRE
    elif score >= LEAN_NO_HIRE_FROM:
        band = Band.LEAN_NO_HIRE
    else:
        band = Band.NO_HIRE
    if assessment.budget_s > 0 and assessment.duration_s > FAR_OVER * assessment.budget_s:
        band = min(band, Band.LEAN_NO_HIRE)
    elif assessment.overtime:
        band = min(band, Band.LEAN_HIRE)
    return band


def weighted_band(pairs: Iterable[tuple[Band, float]]) -> tuple[Band, float] | None:
    """The band of several answers weighted by their budgets, and the weighted mean."""
    items = [(band, weight) for band, weight in pairs if weight > 0]
    total = sum(weight for _, weight in items)
    if not total:
        return None
    mean = sum(int(band) * weight for band, weight in items) / total
    return Band(min(4, max(1, int(mean + 0.5)))), round(mean, 2)


# -- the session ---------------------------------------------------------------------------


@dataclass
class MockItem:
    """One question of a mock and what happened to it."""

    question_id: str
    title: str
    category: str
    difficulty: str
    slot: int
    budget_s: int
    question: str = ""
    answer: str = ""
    mistakes: str = ""
    """The question's wrong solutions as a "Common mistakes" Markdown section, or ""."""
    rubric: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    entry: str | None = None
    tests: str = ""
    """The question's tests section (coding questions)."""
    code: str | None = None
    """The code last run against the tests."""
    tests_passed: int = 0
    tests_total: int = 0
    phase: Phase = Phase.PENDING
    elapsed_s: float = 0.0
    """Answering time (main answer and follow-ups), paused time excluded."""
    hints_used: int = 0
    covered: set[int] = field(default_factory=set)
    notes: str = ""
    kept_going: bool = False
    """The user chose to keep going after the question's time ran out."""
    timed_out: bool = False
    """The question's time ran out (it moved to assess by itself)."""
    follow_ups_shown: bool = False
    band: Band | None = None
    """The band given (after grading)."""
    suggested_band: Band | None = None
    grade: Grade | None = None
    suggested_grade: Grade | None = None
    band_choice: Band | None = None
    """A band the user picked while assessing (None: take the suggestion)."""
    grade_choice: Grade | None = None
    unprompted: set[int] = field(default_factory=set)
    """0-based points the grader found in the notes when the candidate finished answering."""
    prompted: set[int] = field(default_factory=set)
    """0-based points it found only after the interviewer's targeted follow-up."""
    asked: str | None = None
    """The follow-up the interviewer aimed at the most important point not made."""
    asked_point: int | None = None
    """0-based index of the point that follow-up targets."""
    suggested: set[int] | None = None
    """Every point the grader ticked (None: the notes were not graded)."""
    listened: str = ""
    """When the notes were last graded: "" never, "answer" on finishing the answer (before
    the follow-up), "assess" on reaching the assessment."""
    review_id: int | None = None

    @classmethod
    def from_question(cls, question: Question, drawn: Drawn) -> MockItem:
        """A pending item for a drawn question (its text is kept for the report)."""
        from interview.core.coding import answer_with_mistakes

        mistakes = answer_with_mistakes("", question.extra_sections, question.entry).strip()
        return cls(
            question_id=question.id,
            title=question.title,
            category=question.category,
            difficulty=question.difficulty.value,
            slot=drawn.slot,
            budget_s=drawn.budget_s,
            question=question.question,
            answer=question.answer,
            mistakes=mistakes,
            rubric=tuple(question.rubric),
            hints=tuple(question.hints),
            follow_ups=tuple(question.follow_ups),
            tags=tuple(question.tags),
            entry=question.entry,
            tests=question.tests,
        )

    @property
    def coding(self) -> bool:
        """Whether the question's tests can be run on the user's code."""
        return bool(self.entry and self.tests.strip())

    @property
    def timed(self) -> bool:
        """Whether the question's clock runs in this phase."""
        return self.phase in (Phase.ANSWER, Phase.FOLLOW_UPS)

    @property
    def overtime_s(self) -> float:
        """Seconds over the budget (0 when within it)."""
        return max(0.0, self.elapsed_s - self.budget_s)

    def assessment(self) -> Assessment:
        """What the band and grade are suggested from."""
        return Assessment(
            rubric_total=len(self.rubric),
            covered=frozenset(self.covered),
            hints_used=self.hints_used,
            duration_s=self.elapsed_s,
            budget_s=self.budget_s,
            tests_passed=self.tests_passed,
            tests_total=self.tests_total,
            code=self.code,
            notes=self.notes,
            suggested=frozenset(self.suggested) if self.suggested is not None else None,
            prompted=frozenset(self.covered & self.prompted),
        )

    def made(self) -> tuple[list[int], list[int], list[int]]:
        """The rubric's points (0-based) made unprompted, made after a prompt, not made."""
        after = sorted(self.covered & self.prompted)
        alone = sorted(self.covered - self.prompted)
        missed = [i for i in range(len(self.rubric)) if i not in self.covered]
        return alone, after, missed

    @property
    def coverage(self) -> float | None:
        """Share of the rubric ticked (None without a rubric)."""
        return len(self.covered) / len(self.rubric) if self.rubric else None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "question_id": self.question_id,
            "title": self.title,
            "category": self.category,
            "difficulty": self.difficulty,
            "slot": self.slot,
            "budget_s": self.budget_s,
            "question": self.question,
            "answer": self.answer,
            "mistakes": self.mistakes,
            "rubric": list(self.rubric),
            "hints": list(self.hints),
            "follow_ups": list(self.follow_ups),
            "tags": list(self.tags),
            "entry": self.entry,
            "tests": self.tests,
            "code": self.code,
            "tests_passed": self.tests_passed,
            "tests_total": self.tests_total,
            "phase": self.phase.value,
            "elapsed_s": round(self.elapsed_s, 3),
            "hints_used": self.hints_used,
            "covered": sorted(self.covered),
            "notes": self.notes,
            "kept_going": self.kept_going,
            "timed_out": self.timed_out,
            "follow_ups_shown": self.follow_ups_shown,
            "band": _int(self.band),
            "suggested_band": _int(self.suggested_band),
            "grade": _int(self.grade),
            "suggested_grade": _int(self.suggested_grade),
            "band_choice": _int(self.band_choice),
            "grade_choice": _int(self.grade_choice),
            "review_id": self.review_id,
            "unprompted": sorted(self.unprompted),
            "prompted": sorted(self.prompted),
            "asked": self.asked,
            "asked_point": self.asked_point,
            "suggested": sorted(self.suggested) if self.suggested is not None else None,
            "listened": self.listened,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MockItem:
        """Back from `to_dict`."""
        return cls(
            question_id=data["question_id"],
            title=data["title"],
            category=data["category"],
            difficulty=data["difficulty"],
            slot=int(data["slot"]),
            budget_s=int(data["budget_s"]),
            question=data.get("question", ""),
            answer=data.get("answer", ""),
            mistakes=str(data.get("mistakes", "")),
            rubric=tuple(data.get("rubric", ())),
            hints=tuple(data.get("hints", ())),
            follow_ups=tuple(data.get("follow_ups", ())),
            tags=tuple(data.get("tags", ())),
            entry=data.get("entry"),
            tests=data.get("tests", ""),
            code=data.get("code"),
            tests_passed=int(data.get("tests_passed", 0)),
            tests_total=int(data.get("tests_total", 0)),
            phase=Phase(data["phase"]),
            elapsed_s=float(data["elapsed_s"]),
            hints_used=int(data["hints_used"]),
            covered=set(data["covered"]),
            notes=data.get("notes", ""),
            kept_going=bool(data.get("kept_going")),
            timed_out=bool(data.get("timed_out")),
            follow_ups_shown=bool(data.get("follow_ups_shown")),
            band=_opt(Band, data.get("band")),
            suggested_band=_opt(Band, data.get("suggested_band")),
            grade=_opt(Grade, data.get("grade")),
            suggested_grade=_opt(Grade, data.get("suggested_grade")),
            band_choice=_opt(Band, data.get("band_choice")),
            grade_choice=_opt(Grade, data.get("grade_choice")),
            review_id=data.get("review_id"),
            unprompted=set(data.get("unprompted") or ()),
            prompted=set(data.get("prompted") or ()),
            asked=data.get("asked"),
            asked_point=data.get("asked_point"),
            suggested=set(data["suggested"]) if data.get("suggested") is not None else None,
            listened=str(data.get("listened") or ""),
        )


@dataclass(frozen=True, slots=True)
class Graded:
    """A question just graded: what to record as a review."""

    index: int
    item: MockItem
    assessment: Assessment
    grade: Grade
    suggested_grade: Grade | None


@dataclass
class MockSession:
    """A mock in progress (or over). Build with `MockSession.create`, then `start`."""

    template_key: str
    template_name: str
    total_s: int
    items: list[MockItem]
    seed: int = 0
    hide_difficulty: bool = False
    status: Status = Status.PAUSED
    index: int = 0
    used_s: float = 0.0
    """Mock time used up to `mark` (paused time excluded)."""
    mark: datetime | None = None
    """When the clocks were last brought up to date; None before the start."""
    started_at: datetime | None = None
    finished_at: datetime | None = None
    ended_early: bool = False
    time_up: bool = False
    """The whole mock's time ran out."""
    id: int | None = None
    """The database row, once saved."""

    @classmethod
    def create(
        cls,
        template: Template,
        questions: Sequence[tuple[Question, Drawn]],
        *,
        seed: int,
        hide_difficulty: bool = False,
    ) -> MockSession:
        """A mock of `template` over the drawn questions, not started."""
        if not questions:
            raise MockError("the mock has no questions")
        return cls(
            template_key=template.key,
            template_name=template.name,
            total_s=template.total_s,
            items=[MockItem.from_question(q, d) for q, d in questions],
            seed=seed,
            hide_difficulty=hide_difficulty,
        )

    # -- time --------------------------------------------------------------------------

    def _settle(self, now: datetime) -> None:
        """Add the time since the last mark to the mock's and the current question's.

        The clocks run only while a question is being answered (assessing is not
        interview time), and stop exactly at a time-out: a late tick adds no overtime.
        """
        moment = require_utc(now)
        current = self.current
        if self.status is Status.RUNNING and self.mark is not None and current is not None:
            step = self._step(current, max(0.0, (moment - self.mark).total_seconds()))
            self.used_s += step
            current.elapsed_s += step
        if self.mark is None or moment > self.mark:
            self.mark = moment

    def _step(self, current: MockItem, seconds: float) -> float:
        """`seconds` of answering, cut at the mock's and the question's time-outs."""
        if not current.timed:
            return 0.0
        cap = max(0.0, self.total_s - self.used_s)
        if not current.kept_going:
            cap = min(cap, max(0.0, current.budget_s - current.elapsed_s))
        return min(seconds, cap)

    def _live(self, now: datetime) -> float:
        current = self.current
        if self.status is not Status.RUNNING or self.mark is None or current is None:
            return 0.0
        return self._step(current, max(0.0, (require_utc(now) - self.mark).total_seconds()))

    def mock_used(self, now: datetime) -> float:
        """Seconds of the mock used so far."""
        return self.used_s + self._live(now)

    def mock_left(self, now: datetime) -> float:
        """Seconds of the mock left (negative when over)."""
        return self.total_s - self.mock_used(now)

    def question_elapsed(self, now: datetime) -> float:
        """Seconds spent on the current question so far."""
        current = self.current
        if current is None:
            return 0.0
        return current.elapsed_s + (self._live(now) if current.timed else 0.0)

    def question_left(self, now: datetime) -> float:
        """Seconds left of the current question's budget (negative when over)."""
        current = self.current
        return current.budget_s - self.question_elapsed(now) if current is not None else 0.0

    def mock_level(self, now: datetime) -> Level:
        """How the mock's clock should look."""
        return clock_level(self.mock_left(now), self.total_s)

    def question_level(self, now: datetime) -> Level:
        """How the question's clock should look."""
        current = self.current
        if current is None:
            return Level.OK
        return clock_level(self.question_left(now), current.budget_s)

    # -- state ---------------------------------------------------------------------------

    @property
    def current(self) -> MockItem | None:
        """The question being answered or assessed (None once the mock is over)."""
        if self.status in (Status.FINISHED, Status.ABANDONED):
            return None
        return self.items[self.index] if self.index < len(self.items) else None

    @property
    def over(self) -> bool:
        """Whether the mock is finished or abandoned."""
        return self.status in (Status.FINISHED, Status.ABANDONED)

    @property
    def answered(self) -> list[MockItem]:
        """The questions graded so far."""
        return [item for item in self.items if item.phase is Phase.DONE]

    def _need(self, *phases: Phase) -> MockItem:
        if self.over:
            raise MockError("the mock is over")
        if self.status is Status.PAUSED:
            raise MockError("the mock is paused: resume it first")
        current = self.current
        if current is None or current.phase not in phases:
            names = " or ".join(p.value for p in phases)
            raise MockError(f"only possible in the {names} phase")
        return current

    def start(self, now: datetime) -> None:
        """Start the clocks on the first question."""
        if self.started_at is not None:
            raise MockError("the mock has already started")
        moment = require_utc(now, "the start time")
        self.started_at = moment
        self.mark = moment
        self.status = Status.RUNNING
        self.items[0].phase = Phase.ANSWER

    def tick(self, now: datetime) -> list[str]:
        """Bring the clocks up to date and apply time-outs; returns what happened.

        Events: "question-time-up" (the question moved to assess), "mock-time-up".
        """
        events: list[str] = []
        if self.status is not Status.RUNNING:
            return events
        self._settle(now)
        current = self.current
        if not self.time_up and self.used_s >= self.total_s:
            self.time_up = True
            events.append("mock-time-up")
            if current is not None and current.timed:
                current.phase = Phase.ASSESS
        elif (
            current is not None
            and current.timed
            and not current.kept_going
            and current.elapsed_s >= current.budget_s
        ):
            current.phase = Phase.ASSESS
            current.timed_out = True
            events.append("question-time-up")
        return events

    def done_answering(self, now: datetime) -> Phase:
        """The user has finished: on to the follow-ups, or to assess when there are none."""
        self.tick(now)
        current = self._need(Phase.ANSWER, Phase.FOLLOW_UPS)
        if current.phase is Phase.ANSWER and current.follow_ups:
            current.phase = Phase.FOLLOW_UPS
            current.follow_ups_shown = True
        else:
            current.phase = Phase.ASSESS
        return current.phase

    def listen(
        self,
        made: Iterable[int],
        follow_up: str | None,
        point: int | None,
        *,
        from_notes: bool = True,
    ) -> None:
        """What the grader read in the notes when the candidate finished answering:
        `made` (0-based) counts as unprompted, and `follow_up` is what the interviewer
        asks next, aimed at point `point` (0-based). Without follow-ups the rubric is
        pre-ticked now."""
        current = self._need(Phase.FOLLOW_UPS, Phase.ASSESS)
        current.unprompted = {i for i in made if 0 <= i < len(current.rubric)}
        current.suggested = set(current.unprompted) if from_notes else None
        current.asked = follow_up
        current.asked_point = (
            point if point is not None and 0 <= point < len(current.rubric) else None
        )
        if current.phase is Phase.ASSESS:
            current.covered |= current.unprompted
            current.listened = "assess"
        else:
            current.listened = "answer"

    def hear(self, made: Iterable[int], *, from_notes: bool = True) -> None:
        """What the grader read in the notes after the follow-ups: points not made before
        count as made after a prompt; the rubric arrives ticked with everything made
        (ticks the user already set stay)."""
        current = self._need(Phase.ASSESS)
        found = {i for i in made if 0 <= i < len(current.rubric)}
        current.prompted = found - current.unprompted
        current.suggested = current.unprompted | current.prompted if from_notes else None
        current.covered |= current.unprompted | current.prompted
        current.listened = "assess"

    def keep_going(self, now: datetime) -> None:
        """After the question's time ran out, go on answering (recorded as overtime)."""
        self.tick(now)
        current = self._need(Phase.ASSESS)
        if not current.timed_out:
            raise MockError("keep going is for a question whose time ran out")
        if self.time_up:
            raise MockError("the mock's time is up")
        current.kept_going = True
        current.timed_out = False
        if current.listened == "assess":  # more to say: graded again at the next assessment
            current.listened = "answer" if current.follow_ups_shown else ""
        current.phase = Phase.FOLLOW_UPS if current.follow_ups_shown else Phase.ANSWER

    def take_hint(self, now: datetime) -> str | None:
        """The next hint, counted against the answer; None when there are no more."""
        self.tick(now)
        current = self._need(Phase.ANSWER, Phase.FOLLOW_UPS)
        if current.hints_used >= len(current.hints):
            return None
        current.hints_used += 1
        return current.hints[current.hints_used - 1]

    def record_run(self, code: str, passed: int, total: int) -> None:
        """The user's code for the current question was run; the latest run counts."""
        current = self.current
        if current is None or current.phase in (Phase.DONE, Phase.NOT_REACHED):
            raise MockError("no question is open")
        current.code = code
        current.tests_passed = passed
        current.tests_total = total

    def set_notes(self, text: str) -> None:
        """What the user typed for the current question."""
        current = self.current
        if current is not None:
            current.notes = text

    def toggle(self, point: int) -> bool:
        """Tick or untick rubric point `point` (0-based) while assessing."""
        current = self._need(Phase.ASSESS)
        if not 0 <= point < len(current.rubric):
            raise MockError(f"the rubric has points 1 to {len(current.rubric)}")
        if point in current.covered:
            current.covered.discard(point)
            return False
        current.covered.add(point)
        return True

    def choose_band(self, band: Band | None) -> None:
        """Override the suggested band (None goes back to the suggestion)."""
        self._need(Phase.ASSESS).band_choice = band

    def choose_grade(self, grade: Grade | None) -> None:
        """Override the suggested spaced-repetition grade (None: the suggestion)."""
        self._need(Phase.ASSESS).grade_choice = grade

    def suggestion(self) -> tuple[Band | None, Grade | None, str]:
        """The current question's suggested band and grade, and why."""
        current = self.current
        if current is None:
            return None, None, ""
        assessment = current.assessment()
        grade = suggest_grade(assessment)
        return (
            suggest_band(assessment),
            grade.grade if grade else None,
            grade.reason if grade else "no rubric: choose a band and a grade",
        )

    def grade_current(self, now: datetime) -> Graded:
        """Close the current question with its band and grade; the caller records the
        review (in the same transaction as the saved state), then calls `advance`."""
        self.tick(now)
        current = self._need(Phase.ASSESS)
        band, grade, _ = self.suggestion()
        chosen_band = current.band_choice or band
        chosen_grade = current.grade_choice or grade
        if chosen_band is None or chosen_grade is None:
            raise MockError("this question has no rubric: choose a band (+/-) and a grade")
        current.suggested_band = band
        current.suggested_grade = grade
        current.band = chosen_band
        current.grade = chosen_grade
        current.phase = Phase.DONE
        return Graded(self.index, current, current.assessment(), chosen_grade, grade)

    def advance(self, now: datetime) -> MockItem | None:
        """Start the next question (or finish the mock); returns it, None when over."""
        self._settle(now)
        current = self.current
        if current is not None and current.phase is not Phase.DONE:
            raise MockError("grade the current question first")
        self.index += 1
        if self.time_up or self.index >= len(self.items):
            self._finish(now)
            return None
        nxt = self.items[self.index]
        nxt.phase = Phase.ANSWER
        return nxt

    def end_early(self, now: datetime) -> None:
        """End the mock now (the user confirmed): what is left counts as not reached."""
        if self.over:
            raise MockError("the mock is over")
        self._settle(now)
        self.ended_early = True
        self._finish(now)

    def _finish(self, now: datetime) -> None:
        for item in self.items:
            if item.phase is not Phase.DONE:
                item.phase = Phase.NOT_REACHED
        self.status = Status.FINISHED
        self.finished_at = require_utc(now)
        self.index = len(self.items)

    def pause(self, now: datetime) -> None:
        """Stop both clocks."""
        if self.status is not Status.RUNNING:
            raise MockError("the mock is not running")
        self._settle(now)
        self.status = Status.PAUSED

    def resume(self, now: datetime) -> None:
        """Start the clocks again from `now`."""
        if self.status is not Status.PAUSED or self.started_at is None:
            raise MockError("the mock is not paused")
        moment = require_utc(now)
        self.mark = max(moment, self.mark) if self.mark else moment
        self.status = Status.RUNNING

    def abandon(self, now: datetime) -> None:
        """Give the mock up: no scorecard (reviews already given stay)."""
        if self.over:
            raise MockError("the mock is over")
        self._settle(now)
        self.status = Status.ABANDONED
        self.finished_at = require_utc(now)

    # -- scoring -------------------------------------------------------------------------

    def scorecard(self) -> Scorecard:
        """Per question, per category and overall (questions not reached count as no hire)."""
        return Scorecard.of(self)

    # -- persistence ---------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, for the database after every step."""
        return {
            "version": 1,
            "template_key": self.template_key,
            "template_name": self.template_name,
            "total_s": self.total_s,
            "seed": self.seed,
            "hide_difficulty": self.hide_difficulty,
            "status": self.status.value,
            "index": self.index,
            "used_s": round(self.used_s, 3),
            "mark": _iso(self.mark),
            "started_at": _iso(self.started_at),
            "finished_at": _iso(self.finished_at),
            "ended_early": self.ended_early,
            "time_up": self.time_up,
            "items": [item.to_dict() for item in self.items],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, mock_id: int | None = None) -> MockSession:
        """Back from `to_dict`. A mock saved while running comes back paused at the
        moment it was saved: time while the app was closed does not count."""
        status = Status(data["status"])
        return cls(
            template_key=data["template_key"],
            template_name=data["template_name"],
            total_s=int(data["total_s"]),
            items=[MockItem.from_dict(item) for item in data["items"]],
            seed=int(data.get("seed", 0)),
            hide_difficulty=bool(data.get("hide_difficulty")),
            status=Status.PAUSED if status is Status.RUNNING else status,
            index=int(data["index"]),
            used_s=float(data["used_s"]),
            mark=_from_iso(data.get("mark")),
            started_at=_from_iso(data.get("started_at")),
            finished_at=_from_iso(data.get("finished_at")),
            ended_early=bool(data.get("ended_early")),
            time_up=bool(data.get("time_up")),
            id=mock_id,
        )


@dataclass(frozen=True, slots=True)
class CategoryScore:
    """One category's line of a scorecard."""

    category: str
    questions: int
    band: Band | None
    mean: float | None
    covered: int
    rubric_total: int
    used_s: float
    budget_s: int


@dataclass(frozen=True, slots=True)
class Scorecard:
    """The result of a mock."""

    items: tuple[MockItem, ...]
    categories: tuple[CategoryScore, ...]
    band: Band | None
    mean: float | None
    covered: int
    rubric_total: int
    used_s: float
    total_s: int
    not_reached: int
    after_prompt: int = 0
    """Of the points covered, how many were made only after the interviewer's prompt."""

    @property
    def coverage(self) -> float | None:
        """Rubric points covered over all points of all questions (reached or not)."""
        return self.covered / self.rubric_total if self.rubric_total else None

    @classmethod
    def of(cls, session: MockSession) -> Scorecard:
        """Score a session (finished or not: unfinished questions count as not reached)."""
        by_category: dict[str, list[MockItem]] = {}
        for item in session.items:
            by_category.setdefault(item.category, []).append(item)
        categories = tuple(
            _category_score(category, items) for category, items in by_category.items()
        )
        overall = weighted_band((_band_of(i), i.budget_s) for i in session.items)
        return cls(
            items=tuple(session.items),
            categories=categories,
            band=overall[0] if overall else None,
            mean=overall[1] if overall else None,
            covered=sum(len(i.covered) for i in session.items if i.phase is Phase.DONE),
            rubric_total=sum(len(i.rubric) for i in session.items),
            used_s=session.used_s,
            total_s=session.total_s,
            not_reached=sum(i.phase is not Phase.DONE for i in session.items),
            after_prompt=sum(
                len(i.covered & i.prompted) for i in session.items if i.phase is Phase.DONE
            ),
        )


def _band_of(item: MockItem) -> Band:
    return item.band if item.phase is Phase.DONE and item.band is not None else Band.NO_HIRE


def _category_score(category: str, items: list[MockItem]) -> CategoryScore:
    result = weighted_band((_band_of(i), i.budget_s) for i in items)
    return CategoryScore(
        category=category,
        questions=len(items),
        band=result[0] if result else None,
        mean=result[1] if result else None,
        covered=sum(len(i.covered) for i in items if i.phase is Phase.DONE),
        rubric_total=sum(len(i.rubric) for i in items),
        used_s=sum(i.elapsed_s for i in items),
        budget_s=sum(i.budget_s for i in items),
    )


def _int(value: int | None) -> int | None:
    return int(value) if value is not None else None


def _opt(kind: type[_E], value: Any) -> _E | None:
    return kind(value) if value is not None else None


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _from_iso(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
