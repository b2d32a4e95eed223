"""SQLModel tables. Domain objects live in `interview.core`; converters are in `repository`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class QuestionRow(SQLModel, table=True):
    """The current content of a question, kept (retired) after its file disappears."""

    __tablename__ = "question"
    __table_args__ = (
        # Covers the sync's read of every question: an index-only scan instead of
        # reading each row's page of answer text.
        Index("ix_question_sync", "id", "path", "bank", "content_hash", "retired"),
        # New questions are drawn per category in id order.
        Index("ix_question_category_id", "category", "id"),
        # Weak areas read every active question's category without its text.
        Index("ix_question_live", "retired", "category", "id"),
    )

    id: str = Field(primary_key=True)
    title: str
    category: str = Field(index=True)
    difficulty: str = Field(index=True)
    time_budget: int
    """Answer budget in seconds."""
    source: str | None = None
    license: str | None = None
    entry: str | None = None
    tags: str = "[]"
    """JSON list, in the author's order; `question_tag` indexes them."""
    question: str
    answer: str = ""
    rubric: str = "[]"
    """JSON list of rubric points (Markdown)."""
    hints: str = "[]"
    follow_ups: str = "[]"
    tests: str = ""
    notes: str = ""
    extra_sections: str = "[]"
    """JSON list of [heading, text] for sections the format does not know."""
    section_lines: str = "{}"
    content_hash: str
    path: str
    """The file that holds the question now (or last did, when retired)."""
    bank: str
    retired: bool = Field(default=False, index=True)
    added_at: datetime
    updated_at: datetime
    retired_at: datetime | None = None


class QuestionTag(SQLModel, table=True):
    """One tag of one question, so tag filters and per-tag figures are indexed queries."""

    __tablename__ = "question_tag"

    question_id: str = Field(foreign_key="question.id", primary_key=True, ondelete="CASCADE")
    tag: str = Field(primary_key=True, index=True)


class BankFileRow(SQLModel, table=True):
    """What the last sync saw of a file, so an unchanged file is skipped without reading it."""

    __tablename__ = "bank_file"

    path: str = Field(primary_key=True)
    bank: str
    size: int
    mtime_ns: int
    file_hash: str
    """sha256 of the raw bytes; empty when the file could not be read."""
    question_id: str | None = None
    """The id the file declares, when it parsed."""
    problems: str = "[]"
    """JSON list of the file's own problems (its content's, not duplicate ids)."""


class CardRow(SQLModel, table=True):
    """A question's spaced-repetition state; no row means the question is new.

    Times are UTC text, 'YYYY-MM-DD HH:MM:SS.ffffff', so SQL compares and sorts them.
    No foreign key to `question`: history outlives a question's file and is never dropped.
    """

    __tablename__ = "card"
    __table_args__ = {"sqlite_with_rowid": False}  # one b-tree lookup per card

    question_id: str = Field(primary_key=True)
    status: int
    """1 learning, 2 review, 3 relearning (FSRS's states)."""
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: str = Field(index=True)
    last_review: str | None = None
    reps: int = 0
    lapses: int = 0
    last_grade: int | None = None


class ReviewRow(SQLModel, table=True):
    """One review, kept forever: enough to rebuild the card and to fit FSRS parameters."""

    __tablename__ = "review"
    __table_args__ = (
        Index(
            "ix_review_figures",
            "question_id",
            "reviewed_at",
            "grade",
            "rubric_total",
            "covered_count",
            "duration_ms",
            "budget_ms",
            "hints_used",
        ),
        Index(
            "ix_review_time_figures",
            "reviewed_at",
            "grade",
            "rubric_total",
            "covered_count",
            "question_id",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    question_id: str = Field(index=True)
    reviewed_at: str = Field(index=True)
    """UTC text, like the card's times."""
    grade: int
    suggested_grade: int | None = None
    rubric_total: int = 0
    rubric_covered: str = "[]"
    """JSON list of the 0-based indices of the rubric points covered."""
    hints_used: int = 0
    duration_ms: int = 0
    content_hash: str = ""
    """The question's content hash when it was answered."""
    source: str = "practice"
    """Where the answer was given: practice, mock, import."""
    card_before: str | None = None
    """JSON of the card state before the review (None for a first review), for undo."""
    status: int
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: str
    reps: int = 0
    lapses: int = 0
    covered_count: int = 0
    """How many rubric points were covered (the length of rubric_covered)."""
    budget_ms: int = 0
    """The time budget the answer was given (0: none)."""
    code: str | None = None
    """The code submitted with the answer (coding questions)."""
    tests_passed: int | None = None
    tests_total: int | None = None
    notes: str | None = None
    """What the user typed as their answer."""
    rubric_suggested: str | None = None
    """JSON list of the 0-based rubric points the grader ticked from the typed answer
    (None: no suggestion was made); `rubric_covered` holds what the user confirmed."""


class QuestionUserRow(SQLModel, table=True):
    """What the user adds to a question: a star, a personal note, and whether it is
    suspended or buried."""

    __tablename__ = "question_user"
    __table_args__ = {"sqlite_with_rowid": False}

    question_id: str = Field(primary_key=True)
    starred: bool = False
    note: str = ""
    suspended: bool = False
    """Out of every queue and mock until unsuspended."""
    buried_until: str | None = None
    """Out of the queue until this time (UTC, as stored): the next study day."""


class QuestionDraftRow(SQLModel, table=True):
    """A question without a model answer or a rubric: listed, never drawn."""

    __tablename__ = "question_draft"
    __table_args__ = {"sqlite_with_rowid": False}

    question_id: str = Field(primary_key=True)


class MockRow(SQLModel, table=True):
    """A mock interview: the whole session as JSON, and its result once finished."""

    __tablename__ = "mock"
    __table_args__ = (Index("ix_mock_template_key", "template_key", "started_at"),)

    id: int | None = Field(default=None, primary_key=True)
    template_key: str
    template_name: str
    status: str = Field(index=True)
    """running, paused, finished or abandoned."""
    started_at: str
    updated_at: str
    finished_at: str | None = None
    total_s: int
    used_s: float = 0.0
    questions: int = 0
    band: int | None = None
    mean_band: float | None = None
    coverage: float | None = None
    state: str
    """JSON of `MockSession.to_dict()`."""


class QuestionFiguresRow(SQLModel, table=True):
    """A question's all-time review figures, kept by triggers on `review` (schema v7)."""

    __tablename__ = "question_figures"
    __table_args__ = {"sqlite_with_rowid": False}

    question_id: str = Field(primary_key=True)
    n: int = 0
    again: int = 0
    cov_sum: float = 0.0
    cov_n: int = 0
    timed: int = 0
    over: int = 0
    hints: int = 0


class ReviewHoursRow(SQLModel, table=True):
    """Reviews per UTC hour ("YYYY-MM-DD HH"), kept by triggers on `review` (schema v9)."""

    __tablename__ = "review_hours"
    __table_args__ = {"sqlite_with_rowid": False}

    hour: str = Field(primary_key=True)
    n: int = 0
    recalled: int = 0
    cov_sum: float = 0.0
    cov_n: int = 0


class QuestionCodeRow(SQLModel, table=True):
    """The last code the user wrote for a coding question (schema v10)."""

    __tablename__ = "question_code"
    __table_args__ = {"sqlite_with_rowid": False}

    question_id: str = Field(primary_key=True)
    code: str
    saved_at: str
