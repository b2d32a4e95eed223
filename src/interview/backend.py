"""Everything the TUI asks of the database, in the user's terms. No textual here.

The TUI is a thin layer over this: it opens a `Backend` in a worker (sync included),
then calls these methods; each is a few indexed queries.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from interview.config import Config, set_setting
from interview.core.questions import Question
from interview.core.scheduling import CardState, Grade, StudySettings
from interview.core.scoring import Assessment
from interview.mocks import Mocks
from interview.storage.backups import (
    EVERY_REVIEWS,
    BackupError,
    due_for_backup,
    make_backup,
    thin,
)
from interview.storage.engine import driver, open_database, write_transaction
from interview.storage.repository import category_counts, get_question, list_questions
from interview.storage.study import (
    Candidate,
    QueueFilters,
    RecordedReview,
    from_db,
    get_card,
    hidden,
    to_db,
)
from interview.storage.sync import SyncReport, sync_banks
from interview.study import DueSummary, Study

if TYPE_CHECKING:
    from interview.core.search import SearchIndex


END_OF_TIME = datetime.max.replace(tzinfo=UTC)
"""A study day end that never comes (the default where none was worked out)."""


@dataclass(frozen=True, slots=True)
class HomeStats:
    """What the home screen shows."""

    categories: list[tuple[str, int]]
    due: DueSummary
    streak: int
    """Study days in a row with at least one review, up to today (or yesterday)."""
    reviewed_today: int
    weakest: tuple[tuple[str, float], ...] = ()
    """The three weakest areas started (category or #tag) and their weakness scores."""
    day_end: datetime = END_OF_TIME
    """When the current study day ends (UTC)."""
    paused_mocks: tuple[tuple[int, str], ...] = ()
    """Unfinished mocks, newest first: (id, template name)."""

    @property
    def total(self) -> int:
        """Active questions in all banks."""
        return sum(count for _, count in self.categories)


@dataclass(frozen=True, slots=True)
class PastReview:
    """One line of a question's history."""

    reviewed_at: datetime
    grade: Grade
    suggested: Grade | None
    covered: int
    rubric_total: int
    duration_s: float
    due_after: datetime
    code: str | None = None
    """The code submitted with the answer (coding questions)."""
    tests_passed: int | None = None
    tests_total: int | None = None


@dataclass(frozen=True, slots=True)
class QuestionSummary:
    """What a list of questions shows: no question or answer text."""

    id: str
    title: str
    category: str
    difficulty: str
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UserData:
    """The user's star and note on a question, and whether it is suspended or buried."""

    starred: bool = False
    note: str = ""
    suspended: bool = False
    buried_until: datetime | None = None
    """Hidden from practice until then (None: not buried, or no longer)."""


class Backend:
    """One database with its banks and settings."""

    def __init__(
        self, *, engine: Engine, config: Config, zone: tzinfo, config_path: Path | None
    ) -> None:
        self.engine = engine
        self.config = config
        self.zone = zone
        self.config_path = config_path
        self.study = Study(engine=engine, settings=config.study, zone=zone)
        self.mocks = Mocks(
            engine=engine, study=self.study, config_path=config_path, after_review=self.reviewed
        )
        self.reviews_since_backup = 0
        """Reviews given in this window since its last backup."""
        self.backup_problem: str | None = None
        """Why the last automatic backup failed, when it did (shown once)."""

    @classmethod
    def open(
        cls,
        *,
        db_path: Path,
        banks: Sequence[Path],
        config: Config,
        zone: tzinfo,
        now: datetime,
        config_path: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> tuple[Backend, SyncReport]:
        """Open (and migrate) the database, sync the banks into it, and return both."""
        engine = open_database(db_path)
        report = sync_banks(engine=engine, folders=banks, now=now, progress=progress)
        backend = cls(engine=engine, config=config, zone=zone, config_path=config_path)
        interval = config.backup_interval_hours
        if interval > 0 and due_for_backup(db_path, now=now, interval=timedelta(hours=interval)):
            backend.back_up(now)
        return backend, report

    @property
    def db_path(self) -> Path:
        """The database file."""
        return Path(str(self.engine.url.database))

    def back_up(self, now: datetime) -> Path | None:
        """A backup now, then old ones thinned; None (and `backup_problem` set) when it
        failed, which never stops practice."""
        try:
            made = make_backup(self.db_path, now=now)
            thin(self.db_path, now=now)
        except BackupError as exc:
            self.backup_problem = str(exc)
            return None
        self.reviews_since_backup = 0
        return made

    def reviewed(self, now: datetime) -> None:
        """Count a committed review; every EVERY_REVIEWS of them, back up."""
        self.reviews_since_backup += 1
        if self.config.backup_interval_hours > 0 and self.reviews_since_backup >= EVERY_REVIEWS:
            self.back_up(now)

    # -- home ------------------------------------------------------------------------------

    def home(self, now: datetime) -> HomeStats:
        """Questions per category, what is due, and the streak."""
        with self.engine.connect() as connection:
            categories = category_counts(connection=connection)
            cursor = driver(connection)
            since = to_db(now - timedelta(days=400))
            times = [
                row[0]
                for row in cursor.execute(
                    "SELECT reviewed_at FROM review WHERE reviewed_at >= ?", (since,)
                )
            ]
        days = {self._study_date(from_db(t)) for t in times}
        today = self._study_date(now)
        reviewed_today = sum(1 for t in times if self._study_date(from_db(t)) == today)
        weakest: tuple[tuple[str, float], ...] = ()
        if times:
            from interview.core.analytics import AreaKind
            from interview.insights import weak_areas

            weakest = tuple(
                (a.name if a.kind is AreaKind.CATEGORY else f"#{a.name}", a.weakness or 0.0)
                for a in weak_areas(study=self.study, now=now).weakest(3)
            )
        return HomeStats(
            categories=categories,
            due=self.study.due_summary(now=now),
            streak=_streak(days, today),
            reviewed_today=reviewed_today,
            weakest=weakest,
            day_end=self.study.day_start(now) + timedelta(days=1),
            paused_mocks=tuple((m.id, m.template_name) for m in self.mocks.open_mocks()),
        )

    def _study_date(self, moment: datetime) -> date:
        local = moment.astimezone(self.zone) - timedelta(hours=self.config.study.day_starts_at)
        return local.date()

    # -- practice --------------------------------------------------------------------------

    def next_question(
        self,
        *,
        now: datetime,
        after: str | None = None,
        filters: QueueFilters = QueueFilters(),
        review_ahead: bool = False,
    ) -> tuple[Candidate, Question] | None:
        """The question to practise now."""
        return self.study.next_question(
            now=now, filters=filters, after=after, review_ahead=review_ahead
        )

    def answer(
        self, *, question_id: str, now: datetime, assessment: Assessment, grade: Grade | None
    ) -> RecordedReview:
        """Record a grade (committed before this returns)."""
        recorded = self.study.answer(
            question_id=question_id, now=now, assessment=assessment, grade=grade
        )
        self.reviewed(now)
        return recorded

    def next_due(self, *, now: datetime, filters: QueueFilters = QueueFilters()) -> datetime | None:
        """When the next review after `now` falls due (see `Study.next_due`)."""
        return self.study.next_due(now=now, filters=filters)

    def undo(self, review_id: int) -> RecordedReview | None:
        """Take back a review this window gave, by its id (see `Study.undo`)."""
        return self.study.undo(review_id)

    # -- questions -------------------------------------------------------------------------

    def questions(self) -> list[Question]:
        """Every active question, by category then id."""
        with self.engine.connect() as connection:
            return list_questions(connection=connection)

    def summaries(self) -> list[QuestionSummary]:
        """Every active question's list entry, by category then id."""
        with self.engine.connect() as connection:
            cursor = driver(connection)
            rows = cursor.execute(
                "SELECT id, title, category, difficulty, tags FROM question"
                " WHERE retired = 0 ORDER BY category, id"
            ).fetchall()
        return [QuestionSummary(r[0], r[1], r[2], r[3], tuple(json.loads(r[4]))) for r in rows]

    def search_index(self) -> SearchIndex:
        """A search index over the active questions, in `summaries` order.

        The text is streamed from the database into the index and not kept, so memory
        holds words, not 10,000 answers.
        """
        from interview.core.search import SearchIndex

        with self.engine.connect() as connection:
            cursor = driver(connection)
            rows = cursor.execute(
                "SELECT id, title, tags, question, answer FROM question"
                " WHERE retired = 0 ORDER BY category, id"
            )
            return SearchIndex.from_texts(
                {
                    "title": f"{title} {question_id}",
                    "tags": " ".join(json.loads(tags)),
                    "question": question,
                    "answer": answer,
                }
                for question_id, title, tags, question, answer in rows
            )

    def question(self, question_id: str) -> Question | None:
        """One question by id."""
        with self.engine.connect() as connection:
            return get_question(connection=connection, question_id=question_id)

    def card(self, question_id: str) -> CardState | None:
        """The question's scheduling state (None when new)."""
        with self.engine.connect() as connection:
            return get_card(connection=connection, question_id=question_id)

    def history(self, question_id: str) -> list[PastReview]:
        """The question's reviews, newest first."""
        with self.engine.connect() as connection:
            cursor = driver(connection)
            rows = cursor.execute(
                "SELECT reviewed_at, grade, suggested_grade, rubric_covered, rubric_total,"
                " duration_ms, due, code, tests_passed, tests_total"
                " FROM review WHERE question_id = ? ORDER BY id DESC",
                (question_id,),
            ).fetchall()
        return [
            PastReview(
                reviewed_at=from_db(r[0]),
                grade=Grade(r[1]),
                suggested=Grade(r[2]) if r[2] is not None else None,
                covered=len(_json_list(r[3])),
                rubric_total=r[4],
                duration_s=r[5] / 1000,
                due_after=from_db(r[6]),
                code=r[7],
                tests_passed=r[8],
                tests_total=r[9],
            )
            for r in rows
        ]

    # -- coding questions ----------------------------------------------------------------

    def saved_code(self, question_id: str) -> str | None:
        """The last code written for a question, if any."""
        with self.engine.connect() as connection:
            row = (
                driver(connection)
                .execute("SELECT code FROM question_code WHERE question_id = ?", (question_id,))
                .fetchone()
            )
        return str(row[0]) if row else None

    def save_code(self, question_id: str, code: str, *, now: datetime) -> None:
        """Keep the code written for a question (restored when it comes back)."""
        with write_transaction(self.engine) as cursor:
            cursor.execute(
                "INSERT INTO question_code (question_id, code, saved_at) VALUES (?, ?, ?)"
                " ON CONFLICT (question_id) DO UPDATE SET code = excluded.code,"
                " saved_at = excluded.saved_at",
                (question_id, code, to_db(now)),
            )

    def flags(self, now: datetime) -> tuple[set[str], set[str]]:
        """Ids of the questions due now, and of the starred ones (for browse filters)."""
        with self.engine.connect() as connection:
            cursor = driver(connection)
            due = {
                r[0]
                for r in cursor.execute(
                    "SELECT question_id FROM card WHERE due <= ?", (to_db(now),)
                )
            }
            starred = {
                r[0] for r in cursor.execute("SELECT question_id FROM question_user WHERE starred")
            }
        return due, starred

    def hidden(self, now: datetime) -> tuple[set[str], set[str]]:
        """Ids of the suspended questions, and of those buried at `now`."""
        with self.engine.connect() as connection:
            return hidden(connection=connection, at=now)

    def user_data(self, question_id: str, *, now: datetime | None = None) -> UserData:
        """The user's star and note on a question, and whether it is suspended or (at
        `now`) buried."""
        with self.engine.connect() as connection:
            row = (
                driver(connection)
                .execute(
                    "SELECT starred, note, suspended, buried_until FROM question_user"
                    " WHERE question_id = ?",
                    (question_id,),
                )
                .fetchone()
            )
        if not row:
            return UserData()
        buried = from_db(row[3]) if row[3] else None
        if buried is not None and now is not None and buried <= now:
            buried = None
        return UserData(bool(row[0]), row[1], bool(row[2]), buried)

    def suspend(self, question_id: str, *, suspended: bool = True) -> None:
        """Keep a question out of every queue and mock, or bring it back (committed)."""
        self.study.suspend(question_id, suspended=suspended)

    def bury(self, question_id: str, *, now: datetime, buried: bool = True) -> None:
        """Hide a question until the next study day, or unbury it (committed)."""
        self.study.bury(question_id, now=now, buried=buried)

    def set_user_data(
        self, question_id: str, *, starred: bool | None = None, note: str | None = None
    ) -> UserData:
        """Star or unstar a question, or change its note (committed at once)."""
        with write_transaction(self.engine) as cursor:
            row = cursor.execute(
                "SELECT starred, note FROM question_user WHERE question_id = ?", (question_id,)
            ).fetchone()
            current = UserData(bool(row[0]), row[1]) if row else UserData()
            updated = UserData(  # (suspend and bury are set by their own functions)
                current.starred if starred is None else starred,
                current.note if note is None else note,
            )
            cursor.execute(
                "INSERT INTO question_user (question_id, starred, note) VALUES (?, ?, ?)"
                " ON CONFLICT (question_id) DO UPDATE SET starred = excluded.starred,"
                " note = excluded.note",
                (question_id, updated.starred, updated.note),
            )
        return updated

    # -- settings --------------------------------------------------------------------------

    def save_settings(self, *, theme: str | None = None, **values: Any) -> StudySettings:
        """Write study settings (and the theme) to the config file, validated, and use them."""
        for name, value in values.items():
            self.config = set_setting(f"study.{name}", str(value), self.config_path)
        if theme is not None:
            self.config = set_setting("ui.theme", json.dumps(theme), self.config_path)
        self.study = Study(engine=self.engine, settings=self.config.study, zone=self.zone)
        return self.config.study


def _json_list(text: str) -> list[Any]:
    import json

    value = json.loads(text)
    return value if isinstance(value, list) else []


def _streak(days: set[date], today: date) -> int:
    """Consecutive study days ending today, or yesterday when today has none yet."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count
