"""Spaced repetition with FSRS (the `fsrs` package): grades, card states, settings.

No scheduling arithmetic lives here: `fsrs.Scheduler` computes every interval. This
module maps our grades to its ratings, keeps our card state (with lapses, which fsrs
does not count) and validates the user's settings. Time is always passed in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from enum import IntEnum
from typing import Any

import fsrs

from interview.core.settings import SettingsError, StudySettings


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
