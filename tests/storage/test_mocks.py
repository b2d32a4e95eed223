"""Mocks over a real database: every answer a review, crash recovery, history, the report."""

from __future__ import annotations

import sqlite3
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from interview.core.mock import Band, MockError, Phase, Status
from interview.core.scheduling import Grade, StudySettings
from interview.core.templates import Slot, Template
from interview.mocks import Mocks
from interview.storage.engine import open_database
from interview.storage.study import ReviewError, get_card
from interview.storage.sync import sync_banks
from interview.study import Study
from tests.conftest import NOW
from tests.storage.test_study import make_bank

MIN = timedelta(minutes=1)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = open_database(tmp_path / "study.db")
    sync_banks(engine=engine, folders=[make_bank(tmp_path / "bank")], now=NOW, workers=1)
    return engine


TEMPLATE = Template(
    key="mixed",
    name="Mixed",
    minutes=15,
    slots=(Slot("ml-theory", count=2, minutes=5), Slot("evaluation", count=1, minutes=5)),
)


def mocks_on(engine: Engine) -> Mocks:
    study = Study(engine=engine, settings=StudySettings(fuzz=False), zone=UTC)
    return Mocks(engine=engine, study=study, config_path=None)


def answer(mocks: Mocks, session: object, at: object, covered: int) -> None:
    from interview.core.mock import MockSession

    assert isinstance(session, MockSession)
    session.done_answering(at)  # type: ignore[arg-type]
    for point in range(covered):
        session.toggle(point)
    mocks.grade(session, now=at)  # type: ignore[arg-type]


def review_sources(engine: Engine) -> list[tuple[str, str, int]]:
    with engine.connect() as connection:
        return [
            tuple(row)  # type: ignore[misc]
            for row in connection.exec_driver_sql(
                "SELECT question_id, source, grade FROM review ORDER BY id"
            )
        ]


def test_a_whole_mock_records_every_answer_as_a_review(engine: Engine) -> None:
    mocks = mocks_on(engine)
    prepared = mocks.prepare(TEMPLATE, now=NOW, seed=5)
    assert prepared.warnings == []
    session = prepared.session
    mock_id = mocks.begin(session, now=NOW)
    answer(mocks, session, NOW + 3 * MIN, covered=4)
    answer(mocks, session, NOW + 6 * MIN, covered=2)
    answer(mocks, session, NOW + 9 * MIN, covered=0)
    assert session.status is Status.FINISHED
    reviews = review_sources(engine)
    assert [r[0] for r in reviews] == [i.question_id for i in session.items]
    assert {r[1] for r in reviews} == {"mock"}
    assert [Grade(r[2]) for r in reviews] == [Grade.GOOD, Grade.HARD, Grade.AGAIN]
    with engine.connect() as connection:
        assert get_card(connection=connection, question_id=session.items[0].question_id)
    [summary] = mocks.history("mixed")
    assert summary.id == mock_id and summary.status is Status.FINISHED
    assert summary.band is Band.LEAN_NO_HIRE  # (3 + 2 + 1) / 3 = 2.0
    assert summary.coverage == 6 / 12


def test_a_mock_left_open_survives_a_crash_and_can_be_resumed(
    engine: Engine,
    tmp_path: Path,
) -> None:
    mocks = mocks_on(engine)
    session = mocks.prepare(TEMPLATE, now=NOW, seed=5).session
    mock_id = mocks.begin(session, now=NOW)
    answer(mocks, session, NOW + 3 * MIN, covered=3)
    session.take_hint(NOW + 4 * MIN)
    session.set_notes("half an answer")
    mocks.save(session, now=NOW + 4 * MIN)
    engine.dispose()  # the process dies here
    reopened = open_database(tmp_path / "study.db")
    again = mocks_on(reopened)
    [left] = again.open_mocks()
    assert left.id == mock_id and left.status is Status.RUNNING
    back = again.load(mock_id)
    assert back is not None and back.status is Status.PAUSED
    assert back.index == 1 and back.items[1].hints_used == 1
    assert back.items[1].notes == "half an answer"
    assert back.question_left(NOW + 60 * MIN) == 4 * 60  # 1 of 5 minutes used before the crash
    back.resume(NOW + 60 * MIN)
    answer(again, back, NOW + 61 * MIN, covered=4)
    answer(again, back, NOW + 62 * MIN, covered=4)
    assert again.open_mocks() == []
    assert len(review_sources(reopened)) == 3


def test_an_abandoned_mock_keeps_its_reviews_and_leaves_no_scorecard(
    engine: Engine,
) -> None:
    mocks = mocks_on(engine)
    session = mocks.prepare(TEMPLATE, now=NOW, seed=5).session
    mock_id = mocks.begin(session, now=NOW)
    answer(mocks, session, NOW + MIN, covered=4)
    mocks.abandon(mock_id, now=NOW + 2 * MIN)
    assert mocks.open_mocks() == [] and mocks.history() == []
    assert len(review_sources(engine)) == 1


def test_a_failed_save_leaves_the_session_as_it_was(
    engine: Engine,
    tmp_path: Path,
) -> None:
    mocks = mocks_on(engine)
    session = mocks.prepare(TEMPLATE, now=NOW, seed=5).session
    mocks.begin(session, now=NOW)
    session.done_answering(NOW + MIN)
    session.toggle(0)
    blocker = sqlite3.connect(tmp_path / "study.db", timeout=0)
    blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA busy_timeout = 50")
        connection.commit()
    engine.pool.dispose()
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def short_timeout(dbapi_connection: sqlite3.Connection, _: object) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout = 50")

    with pytest.raises(ReviewError, match="nothing was written"):
        mocks.grade(session, now=NOW + MIN)
    blocker.rollback()
    assert session.index == 0 and session.items[0].phase is Phase.ASSESS
    assert session.items[0].covered == {0}
    assert review_sources(engine) == []
    mocks.grade(session, now=NOW + 2 * MIN)  # the same answer, given again, is saved
    assert len(review_sources(engine)) == 1


def test_asking_for_more_than_the_bank_has_says_so_and_offers_what_it_can(
    engine: Engine,
) -> None:
    greedy = Template("big", "Big", 60, (Slot("ml-theory", count=10), Slot("behavioral")))
    prepared = mocks_on(engine).prepare(greedy, now=NOW, seed=1)
    assert len(prepared.session.items) == 4
    assert prepared.warnings == [
        "slot 1 (10 x ml-theory) asks for 10 questions; the bank has 4 that fit",
        "slot 2 (1 x behavioral) asks for 1 question; the bank has 0 that fit",
    ]
    nothing = Template("none", "None", 60, (Slot("behavioral"),))
    with pytest.raises(MockError, match="no questions for this template"):
        mocks_on(engine).prepare(nothing, now=NOW, seed=1)


def test_the_next_mock_avoids_the_questions_of_the_last_one(engine: Engine) -> None:
    mocks = mocks_on(engine)
    small = Template("s", "S", 10, (Slot("ml-theory", count=2),))
    first = mocks.prepare(small, now=NOW, seed=1).session
    mocks.begin(first, now=NOW)
    second = mocks.prepare(small, now=NOW + MIN, seed=1).session
    assert {i.question_id for i in first.items}.isdisjoint(i.question_id for i in second.items)


def test_the_report_lists_everything_a_candidate_wants_to_reread(
    engine: Engine,
) -> None:
    mocks = mocks_on(engine)
    earlier = mocks.prepare(TEMPLATE, now=NOW - timedelta(days=3), seed=9).session
    mocks.begin(earlier, now=NOW - timedelta(days=3))
    earlier.end_early(NOW - timedelta(days=3) + MIN)
    mocks.save(earlier, now=NOW - timedelta(days=3) + MIN)

    session = mocks.prepare(TEMPLATE, now=NOW, seed=5).session
    mock_id = mocks.begin(session, now=NOW)
    session.take_hint(NOW + MIN)
    session.set_notes("bias is error from wrong assumptions\nvariance from sensitivity")
    answer(mocks, session, NOW + 2 * MIN, covered=3)
    session.tick(NOW + 8 * MIN)  # the second question runs out of time
    session.toggle(0)
    session.choose_band(Band.LEAN_HIRE)
    mocks.grade(session, now=NOW + 8 * MIN)
    session.end_early(NOW + 9 * MIN)
    mocks.save(session, now=NOW + 9 * MIN)

    report = mocks.report(mock_id, zone=UTC)
    assert report is not None
    first, _, third = session.items
    assert report.startswith("# Mock interview: Mixed\n\n- Date: 2026-11-21 09:30\n")
    assert "- Overall: **lean no hire (2.0)**" in report  # (2*5 + 3*5 + 1*5) / 15
    assert "- Time used: 8:00 of 15:00" in report
    assert "- Questions: 2 answered of 3" in report
    assert "- Ended early by the candidate" in report
    assert f"### 1. {first.title}" in report
    assert "- Hints taken: 1" in report
    assert "> bias is error from wrong assumptions\n> variance from sensitivity" in report
    assert "**Rubric** (3 of 4 covered)\n\n- [x] one\n- [x] two\n- [x] three\n- [ ] four" in report
    assert "- Band: **lean hire** (suggested no hire)" in report
    assert "- Time: 5:00 of 5:00, time ran out" in report
    assert f"### 3. {third.title}" in report and "**Not reached** (counts as no hire)." in report
    assert "## Earlier mocks of this template" in report
    assert "| 2026-11-18 | no hire (1.0) | 0% |" in report
    assert "| ml-theory | 2 |" in report
    assert mocks.report(999, zone=UTC) is None
