"""Spaced repetition with FSRS (the `fsrs` package): grades, card states, settings.

No scheduling arithmetic lives here: `fsrs.Scheduler` computes every interval. This
module maps our grades to its ratings, keeps our card state (with lapses, which fsrs
does not count) and validates the user's settings. Time is always passed in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from enum import IntEnum
from typing import Any

import fsrs

from interview.core.questions import format_duration, parse_duration


class Grade(IntEnum):
    """How a question went, as the user finally grades it."""

    AGAIN = 1
    """Could not answer, or missed what matters: it will come back soon."""
    HARD = 2
    """Answered, with real gaps or too slowly."""
    GOOD = 3
    """Answered well."""
    EASY = 4
    """Answered fully, without help, well inside the time."""

    @property
    def label(self) -> str:
        """The grade's name in lower case, as the user types it."""
        return self.name.lower()

    @classmethod
    def parse(cls, text: str | int) -> Grade:
        """A grade from its name or number; ValueError naming the scale otherwise."""
        if isinstance(text, int) or str(text).strip().isdigit():
            number = int(text)
            if number in cls._value2member_map_:
                return cls(number)
        else:
            name = str(text).strip().upper()
            if name in cls.__members__:
                return cls[name]
        raise ValueError(f"grade '{text}' is not one of again, hard, good, easy (or 1-4)")


GRADE_TO_RATING: dict[Grade, fsrs.Rating] = {
    Grade.AGAIN: fsrs.Rating.Again,
    Grade.HARD: fsrs.Rating.Hard,
    Grade.GOOD: fsrs.Rating.Good,
    Grade.EASY: fsrs.Rating.Easy,
}
"""Each grade is exactly one FSRS rating."""


class CardStatus(IntEnum):
    """Where a card is in FSRS's life cycle (fsrs.State's values)."""

    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True, slots=True)
class CardState:
    """The scheduling state of one question: FSRS's card plus our counters."""

    status: CardStatus
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int = 0
    """Reviews so far."""
    lapses: int = 0
    """Times it was forgotten (graded Again) after it had graduated to Review."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (datetimes in ISO 8601, UTC)."""
        return {
            "status": self.status.value,
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": self.due.isoformat(),
            "last_review": self.last_review.isoformat() if self.last_review else None,
            "reps": self.reps,
            "lapses": self.lapses,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CardState:
        """The inverse of `to_dict`; KeyError/ValueError on a malformed dict."""
        last = data["last_review"]
        return cls(
            status=CardStatus(int(data["status"])),
            step=None if data["step"] is None else int(data["step"]),
            stability=None if data["stability"] is None else float(data["stability"]),
            difficulty=None if data["difficulty"] is None else float(data["difficulty"]),
            due=_aware(datetime.fromisoformat(data["due"])),
            last_review=_aware(datetime.fromisoformat(last)) if last else None,
            reps=int(data.get("reps", 0)),
            lapses=int(data.get("lapses", 0)),
        )

    def is_leech(self, threshold: int) -> bool:
        """Whether it has been forgotten so often that it needs another approach."""
        return self.lapses >= threshold


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def require_utc(moment: datetime, what: str = "time") -> datetime:
    """`moment` in UTC; a naive datetime is refused (its zone would be a guess)."""
    if moment.tzinfo is None:
        raise ValueError(f"{what} must be timezone-aware, not naive")
    return moment.astimezone(UTC)


class SettingsError(ValueError):
    """A setting has a value it cannot have; the message names it and the allowed range."""


@dataclass(frozen=True, slots=True)
class StudySettings:
    """The user's spaced-repetition settings (the `[study]` table of the config file)."""

    desired_retention: float = 0.90
    """Probability of recall FSRS schedules for: higher means more reviews."""
    new_per_day: int = 10
    """New questions introduced per day."""
    learning_steps: tuple[int, ...] = (60, 600)
    """Seconds between the first reviews of a new question."""
    relearning_steps: tuple[int, ...] = (600,)
    """Seconds between reviews of a forgotten question before it returns to long intervals."""
    maximum_interval: int = 36500
    """Longest interval in days."""
    fuzz: bool = True
    """Spread intervals a little so that questions learnt together do not stay together."""
    leech_threshold: int = 6
    """Lapses after which a question is flagged as a leech."""
    day_starts_at: int = 4
    """Local hour at which a new study day (and its new-question allowance) begins."""
    parameters: tuple[float, ...] | None = field(default=None)
    """FSRS parameters fitted by `interview optimize`; None means the defaults."""

    def __post_init__(self) -> None:
        problems = self.problems()
        if problems:
            raise SettingsError("; ".join(problems))

    def problems(self) -> list[str]:
        """What is wrong with these settings, one sentence each (empty when valid)."""
        found: list[str] = []
        if not 0.70 <= self.desired_retention <= 0.97:
            found.append(
                f"study.desired_retention must be between 0.70 and 0.97, "
                f"not {self.desired_retention}"
            )
        if self.new_per_day < 0:
            found.append(f"study.new_per_day must be 0 or more, not {self.new_per_day}")
        for name in ("learning_steps", "relearning_steps"):
            steps: tuple[int, ...] = getattr(self, name)
            if any(step <= 0 or step >= 86400 for step in steps):
                found.append(f"study.{name} must each be more than 0s and under 1 day")
        if not 1 <= self.maximum_interval <= 36500:
            found.append(
                f"study.maximum_interval must be 1 to 36500 days, not {self.maximum_interval}"
            )
        if self.leech_threshold < 1:
            found.append(f"study.leech_threshold must be 1 or more, not {self.leech_threshold}")
        if not 0 <= self.day_starts_at <= 23:
            found.append(f"study.day_starts_at must be an hour 0-23, not {self.day_starts_at}")
        if self.parameters is not None:
            try:
                fsrs.Scheduler(parameters=self.parameters)
            except ValueError as exc:
                found.append(f"study.parameters are not valid FSRS-6 parameters: {exc}")
        return found

    def to_toml(self) -> dict[str, Any]:
        """The `[study]` table as it is written in the config file."""
        table: dict[str, Any] = {
            "desired_retention": self.desired_retention,
            "new_per_day": self.new_per_day,
            "learning_steps": [format_duration(s) for s in self.learning_steps],
            "relearning_steps": [format_duration(s) for s in self.relearning_steps],
            "maximum_interval": self.maximum_interval,
            "fuzz": self.fuzz,
            "leech_threshold": self.leech_threshold,
            "day_starts_at": self.day_starts_at,
        }
        if self.parameters is not None:
            table["parameters"] = list(self.parameters)
        return table

    @classmethod
    def from_toml(cls, table: Mapping[str, Any]) -> StudySettings:
        """Settings from the `[study]` table; SettingsError names each bad or unknown key."""
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(table) - known)
        if unknown:
            raise SettingsError(
                f"unknown setting study.{unknown[0]} (known: {', '.join(sorted(known))})"
            )
        values: dict[str, Any] = {}
        for key, value in table.items():
            values[key] = _convert(key, value)
        return cls(**values)


def _convert(key: str, value: Any) -> Any:
    """One `[study]` value from TOML into its Python type, or SettingsError."""

    def bad(expected: str) -> SettingsError:
        return SettingsError(f"study.{key} must be {expected}, not {value!r}")

    if key == "desired_retention":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad("a number such as 0.9")
        return float(value)
    if key in ("new_per_day", "maximum_interval", "leech_threshold", "day_starts_at"):
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad("a whole number")
        return value
    if key == "fuzz":
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if key in ("learning_steps", "relearning_steps"):
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list):
            raise bad('a list of durations such as ["1m", "10m"]')
        try:
            return tuple(parse_duration(str(item)) for item in items if str(item).strip())
        except ValueError as exc:
            raise SettingsError(f"study.{key}: {exc}") from exc
    if key == "parameters":
        if not isinstance(value, list) or not all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in value
        ):
            raise bad("a list of numbers")
        return tuple(float(v) for v in value)
    raise SettingsError(f"unknown setting study.{key}")


def make_scheduler(settings: StudySettings) -> fsrs.Scheduler:
    """The FSRS scheduler for these settings."""
    return fsrs.Scheduler(
        parameters=settings.parameters or fsrs.scheduler.DEFAULT_PARAMETERS,
        desired_retention=settings.desired_retention,
        learning_steps=tuple(timedelta(seconds=s) for s in settings.learning_steps),
        relearning_steps=tuple(timedelta(seconds=s) for s in settings.relearning_steps),
        maximum_interval=settings.maximum_interval,
        enable_fuzzing=settings.fuzz,
    )


def new_card(now: datetime) -> CardState:
    """The state of a question never reviewed: learning, due now."""
    return CardState(
        status=CardStatus.LEARNING,
        step=0,
        stability=None,
        difficulty=None,
        due=require_utc(now),
        last_review=None,
    )


def to_fsrs(card: CardState, card_id: int = 0) -> fsrs.Card:
    """Our card state as an `fsrs.Card` (given an id, so fsrs does not sleep to make one)."""
    return fsrs.Card(
        card_id=card_id,
        state=fsrs.State(card.status.value),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )


def review(
    scheduler: fsrs.Scheduler,
    card: CardState | None,
    grade: Grade,
    now: datetime,
) -> CardState:
    """The card after a review graded `grade` at `now` (a new card when `card` is None).

    Raises ValueError when `now` is before the card's last review: time does not go back.
    """
    moment = require_utc(now, "the review time")
    before = card if card is not None else new_card(moment)
    if before.last_review is not None and moment < before.last_review:
        raise ValueError(
            f"the review time {moment.isoformat()} is before this question's last review "
            f"({before.last_review.isoformat()}); check the system clock"
        )
    after, _ = scheduler.review_card(to_fsrs(before), GRADE_TO_RATING[grade], moment)
    lapsed = before.status is CardStatus.REVIEW and grade is Grade.AGAIN
    return CardState(
        status=CardStatus(after.state.value),
        step=after.step,
        stability=after.stability,
        difficulty=after.difficulty,
        due=after.due,
        last_review=after.last_review,
        reps=before.reps + 1,
        lapses=before.lapses + (1 if lapsed else 0),
    )


def retrievability(scheduler: fsrs.Scheduler, card: CardState, now: datetime) -> float:
    """FSRS's probability that the question is recalled at `now` (0 for a new card)."""
    return float(scheduler.get_card_retrievability(to_fsrs(card), require_utc(now)))


def decay_factor(scheduler: fsrs.Scheduler) -> tuple[float, float]:
    """FSRS-6's (decay, factor): R(t, S) = (1 + factor * t / S) ** decay, t in days.

    Lets a database order cards by retrievability without loading them: R falls as
    t / S grows, so sorting by elapsed days over stability, largest first, is lowest R first.
    """
    decay = -scheduler.parameters[20]
    return decay, 0.9 ** (1 / decay) - 1


def study_day_start(now: datetime, zone: tzinfo, starts_at: int) -> datetime:
    """The UTC instant the current study day began (days start at `starts_at` local time)."""
    local = require_utc(now).astimezone(zone)
    start = local.replace(hour=starts_at, minute=0, second=0, microsecond=0)
    if local < start:
        start -= timedelta(days=1)
    return start.astimezone(UTC)


__all__ = [
    "GRADE_TO_RATING",
    "CardState",
    "CardStatus",
    "Grade",
    "SettingsError",
    "StudySettings",
    "decay_factor",
    "make_scheduler",
    "new_card",
    "retrievability",
    "review",
    "study_day_start",
    "to_fsrs",
]
