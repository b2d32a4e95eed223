"""The study engine: what to practise next, grading an answer, undo, what is due.

It joins the pure core (scheduling, scoring, queue order) to the database. The TUI and
the command line use it; it never reads the clock or imports textual.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from functools import cached_property

import fsrs
from sqlalchemy import Engine

from interview.core.questions import Question
from interview.core.queue import interleave, last_topic, session_order
from interview.core.scheduling import Grade, StudySettings, make_scheduler, study_day_start
from interview.core.scoring import Assessment, suggest_grade
from interview.storage.repository import get_question
from interview.storage.study import (
    Candidate,
    QueueFilters,
    RecordedReview,
    ReviewError,
    ahead_candidates,
    due_candidates,
    due_counts,
    new_candidates,
    new_counts,
    new_started_since,
    next_due,
    record_review,
    set_buried,
    set_suspended,
    undo_review,
)


@dataclass(frozen=True, slots=True)
class DueSummary:
    """What is waiting: due now and by the end of the study day, and new left today."""

    due_now: dict[str, int]
    due_today: dict[str, int]
    new_available: dict[str, int]
    new_left_today: int
    next_due: datetime | None = None
    """When the next review after now falls due (a learning step, or tomorrow's)."""

    @property
    def total_now(self) -> int:
        """Reviews due now, all categories."""
        return sum(self.due_now.values())

    @property
    def total_today(self) -> int:
        """Reviews due by the end of the study day, all categories."""
        return sum(self.due_today.values())


class Study:
    """Practice over one database with one set of settings."""

    def __init__(self, *, engine: Engine, settings: StudySettings, zone: tzinfo) -> None:
        self.engine = engine
        self.settings = settings
        self.zone = zone
        """The user's time zone: it says when a study day begins."""

    @cached_property
    def scheduler(self) -> fsrs.Scheduler:
        """The FSRS scheduler for the settings."""
        return make_scheduler(self.settings)

    def day_start(self, now: datetime) -> datetime:
        """When the current study day began (UTC)."""
        return study_day_start(now, self.zone, self.settings.day_starts_at)

    def new_left_today(self, now: datetime) -> int:
        """New questions the daily limit still allows."""
        with self.engine.connect() as connection:
            started = new_started_since(connection=connection, since=self.day_start(now))
        return max(0, self.settings.new_per_day - started)

    def queue(
        self,
        *,
        now: datetime,
        filters: QueueFilters = QueueFilters(),
        limit: int = 50,
        after: str | None = None,
        review_ahead: bool = False,
    ) -> list[Candidate]:
        """The session in order: due (lowest retrievability first), then new up to the
        daily limit, categories interleaved; `after` is the category shown last.

        With nothing due or new and `review_ahead`, the questions due soonest. Suspended
        questions, and those buried until after `now`, are left out.
        """
        filters = replace(filters, at=now)
        with self.engine.connect() as connection:
            due = due_candidates(
                connection=connection,
                scheduler=self.scheduler,
                now=now,
                filters=filters,
                limit=limit,
            )
            started = new_started_since(connection=connection, since=self.day_start(now))
            new_left = max(0, self.settings.new_per_day - started)
            if filters.question_ids:  # questions chosen one by one: no daily limit
                new_left = limit
            new = new_candidates(
                connection=connection,
                filters=filters,
                limit=min(new_left, limit),
                since=self.day_start(now),
                after=last_topic(due, _category, after=after),
            )
            ordered = session_order(due, new, _category, after=after)
            if not ordered and review_ahead:
                ahead = ahead_candidates(
                    connection=connection, now=now, filters=filters, limit=limit
                )
                ordered = interleave(ahead, _category, after=after)
        return ordered[:limit]

    def next_question(
        self,
        *,
        now: datetime,
        filters: QueueFilters = QueueFilters(),
        after: str | None = None,
        review_ahead: bool = False,
    ) -> tuple[Candidate, Question] | None:
        """The question to practise now, or None when the session is done."""
        candidates = self.queue(
            now=now, filters=filters, limit=20, after=after, review_ahead=review_ahead
        )
        if not candidates:
            return None
        first = candidates[0]
        with self.engine.connect() as connection:
            question = get_question(connection=connection, question_id=first.question_id)
        if question is None:  # the bank changed between the two reads
            return None
        return first, question

    def answer(
        self,
        *,
        question_id: str,
        now: datetime,
        assessment: Assessment | None = None,
        grade: Grade | None = None,
        source: str = "practice",
    ) -> RecordedReview:
        """Record an answer and commit it at once.

        Without `grade` the suggested grade is taken; a question without a rubric needs
        an explicit grade. ReviewError (nothing written) on bad input.
        """
        suggestion = suggest_grade(assessment) if assessment is not None else None
        chosen = grade if grade is not None else suggestion.grade if suggestion else None
        if chosen is None:
            raise ReviewError("this question has no rubric to suggest a grade from: give one")
        return record_review(
            engine=self.engine,
            scheduler=self.scheduler,
            question_id=question_id,
            grade=chosen,
            now=now,
            assessment=assessment,
            suggested=suggestion.grade if suggestion else None,
            source=source,
        )

    def undo(self, review_id: int) -> RecordedReview | None:
        """Take back the review with this id, given by this session (the card returns
        exactly as it was); None when it is already gone. ReviewError when the question
        was reviewed again since."""
        return undo_review(engine=self.engine, review_id=review_id)

    def due_summary(self, *, now: datetime) -> DueSummary:
        """Due now, due by the end of the study day, new available and left today."""
        day_end = self.day_start(now) + timedelta(days=1)
        shown = QueueFilters(at=now)
        with self.engine.connect() as connection:
            due_now = due_counts(connection=connection, until=now, filters=shown)
            due_today = due_counts(connection=connection, until=day_end, filters=shown)
            new = new_counts(connection=connection, at=now)
            started = new_started_since(connection=connection, since=self.day_start(now))
            upcoming = next_due(connection=connection, after=now, filters=shown)
        return DueSummary(
            due_now=due_now,
            due_today=due_today,
            new_available=new,
            new_left_today=min(max(0, self.settings.new_per_day - started), sum(new.values())),
            next_due=upcoming,
        )

    def next_due(self, *, now: datetime, filters: QueueFilters = QueueFilters()) -> datetime | None:
        """When the next review after `now` falls due, within `filters`."""
        with self.engine.connect() as connection:
            return next_due(connection=connection, after=now, filters=replace(filters, at=now))

    def suspend(self, question_id: str, *, suspended: bool = True) -> None:
        """Keep a question out of every queue and mock until unsuspended (committed)."""
        set_suspended(engine=self.engine, question_id=question_id, suspended=suspended)

    def bury(self, question_id: str, *, now: datetime, buried: bool = True) -> None:
        """Hide a question until the next study day begins (or unbury it)."""
        until = self.day_start(now) + timedelta(days=1) if buried else None
        set_buried(engine=self.engine, question_id=question_id, until=until)


def _category(candidate: Candidate) -> str:
    return candidate.category
