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
