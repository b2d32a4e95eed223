"""Mock interviews over the database: templates, drawing, saving every step, history.

The TUI and the command line use this; it never reads the clock or imports textual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from sqlalchemy import Engine

from interview.core.mock import Draw, MockError, MockSession, Status
from interview.core.report import EarlierMock, mock_report
from interview.core.templates import Template, TemplateSet, load_templates
from interview.storage.mocks import (
    MockSummary,
    create_mock,
    load_mock,
    mock_history,
    mock_pool,
    open_mocks,
    recent_mock_questions,
    record_mock_answer,
    save_mock,
)
from interview.storage.repository import get_question
from interview.storage.study import RecordedReview
from interview.study import Study

SHIPPED_TEMPLATES = Path(__file__).resolve().parent / "templates"


def template_folders(config_path: Path | None) -> list[Path]:
    """Where templates come from: the shipped ones, then `templates/` beside the config."""
    folders = [SHIPPED_TEMPLATES]
    if config_path is not None:
        folders.append(config_path.parent / "templates")
    return folders


def templates_in_order(found: TemplateSet) -> list[Template]:
    """Shortest mock first, then by name."""
    return sorted(found.templates.values(), key=lambda t: (t.minutes, t.name.lower()))


@dataclass(frozen=True, slots=True)
class Prepared:
    """A mock ready to start, and what its template asked for that the bank lacks."""

    session: MockSession
    draw: Draw

    @property
    def warnings(self) -> list[str]:
        """One line per slot that could not be filled."""
        return [str(s) for s in self.draw.shortfalls]


class Mocks:
    """Mock interviews over one database."""

    def __init__(
        self,
        *,
        engine: Engine,
        study: Study,
        config_path: Path | None,
        after_review: Callable[[datetime], None] | None = None,
    ) -> None:
        self.engine = engine
        self.study = study
        self.config_path = config_path
        self.after_review = after_review
        """Called after each review a mock commits (the app counts them for backups)."""

    def templates(self) -> TemplateSet:
        """Shipped and user templates (with the problems of those that did not load)."""
        return load_templates(template_folders(self.config_path))

    def prepare(
        self,
        template: Template,
        *,
        now: datetime,
        seed: int | None = None,
        hide_difficulty: bool = False,
    ) -> Prepared:
        """Draw the questions (favouring due and weak ones, avoiding recent mocks).

        MockError when the bank has no question at all for the template.
        """
        chosen_seed = seed if seed is not None else int(now.timestamp() * 1000) % (2**31)
        from interview.core.mock import draw_questions

        with self.engine.connect() as connection:
            pool = mock_pool(connection=connection, now=now)
            recent = recent_mock_questions(connection=connection)
            draw = draw_questions(template, pool, seed=chosen_seed, recent=recent)
            pairs = []
            for drawn in draw.drawn:
                question = get_question(connection=connection, question_id=drawn.question_id)
                if question is not None:
                    pairs.append((question, drawn))
        if not pairs:
            wanted = ", ".join(sorted({s.category for s in template.slots}))
            raise MockError(f"the banks have no questions for this template ({wanted})")
        session = MockSession.create(
            template, pairs, seed=chosen_seed, hide_difficulty=hide_difficulty
        )
        return Prepared(session, draw)

    def begin(self, session: MockSession, *, now: datetime) -> int:
        """Start the clocks and save the mock; returns its id."""
        session.start(now)
        return create_mock(engine=self.engine, session=session, now=now)

    def save(self, session: MockSession, *, now: datetime) -> None:
        """Save the session as it is now."""
        save_mock(engine=self.engine, session=session, now=now)

    def grade(self, session: MockSession, *, now: datetime) -> RecordedReview:
        """Grade the current question, move on, and commit the review with the new state.

        On ReviewError or MockError the session is as it was and nothing was written.
        """
        snapshot = session.to_dict()
        try:
            graded = session.grade_current(now)
            session.advance(now)
            recorded = record_mock_answer(
                engine=self.engine,
                scheduler=self.study.scheduler,
                session=session,
                graded=graded,
                now=now,
            )
        except Exception:
            restored = MockSession.from_dict(snapshot, mock_id=session.id)
            restored.status = Status(snapshot["status"])
            session.__dict__.update(restored.__dict__)
            raise
        if self.after_review is not None:
            self.after_review(now)
        return recorded

    def open_mocks(self) -> list[MockSummary]:
        """Mocks left unfinished, newest first."""
        with self.engine.connect() as connection:
            return open_mocks(connection=connection)

    def load(self, mock_id: int) -> MockSession | None:
        """A saved mock (an unfinished one comes back paused)."""
        with self.engine.connect() as connection:
            return load_mock(connection=connection, mock_id=mock_id)

    def abandon(self, mock_id: int, *, now: datetime) -> None:
        """Give up an unfinished mock (its answers stay as reviews)."""
        session = self.load(mock_id)
        if session is None or session.over:
            return
        session.abandon(now)
        self.save(session, now=now)

    def history(self, template_key: str | None = None) -> list[MockSummary]:
        """Finished mocks, newest first."""
        with self.engine.connect() as connection:
            return mock_history(connection=connection, template_key=template_key)

    def earlier(self, session: MockSession) -> list[EarlierMock]:
        """Finished mocks of the same template before this one, newest first."""
        return [
            EarlierMock(s.id, s.started_at, s.band, s.mean_band, s.coverage)
            for s in self.history(session.template_key)
            if s.id != session.id
            and (session.started_at is None or s.started_at <= session.started_at)
        ]

    def report(self, mock_id: int, *, zone: tzinfo) -> str | None:
        """The mock's Markdown report, or None when there is no such mock."""
        session = self.load(mock_id)
        if session is None:
            return None
        return mock_report(session, zone=zone, earlier=self.earlier(session))
