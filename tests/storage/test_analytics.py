"""Weak-area figures from a real history built with a fixed clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from interview.core.analytics import area_table
from interview.core.scheduling import Grade, StudySettings
from interview.core.scoring import Assessment
from interview.insights import activity, weak_areas
from interview.storage.engine import open_database
from interview.storage.study import RecordedReview
from interview.storage.sync import sync_banks
from interview.study import Study
from tests.conftest import NOW
from tests.storage.test_study import make_bank

DAY = timedelta(days=1)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = open_database(tmp_path / "analytics.db")
    sync_banks(engine=engine, folders=[make_bank(tmp_path / "bank")], now=NOW, workers=1)
    return engine


def study_on(engine: Engine) -> Study:
    settings = StudySettings(
        fuzz=False, leech_threshold=2, day_starts_at=4, learning_steps=(), relearning_steps=()
    )
    return Study(engine=engine, settings=settings, zone=UTC)


def answer(
    study: Study,
    qid: str,
    when: object,
    grade: Grade,
    *,
    covered: int,
    seconds: float,
    hints: int = 0,
) -> RecordedReview:
    budget = 300
    return study.answer(
        question_id=qid,
        now=when,  # type: ignore[arg-type]
        grade=grade,
        assessment=Assessment(
            rubric_total=4,
            covered=frozenset(range(covered)),
            hints_used=hints,
            duration_s=seconds,
            budget_s=budget,
        ),
    )


def test_figures_for_a_history(engine: Engine) -> None:
    study = study_on(engine)
    start = NOW - 40 * DAY
    # ml-theory/q0: forgotten twice (a leech at threshold 2); one answer 40 days ago
    answer(study, "ml-theory/q0", start, Grade.GOOD, covered=4, seconds=100)
    answer(study, "ml-theory/q0", NOW - 20 * DAY, Grade.AGAIN, covered=1, seconds=400, hints=2)
    answer(study, "ml-theory/q0", NOW - 19 * DAY, Grade.GOOD, covered=3, seconds=200)
    answer(study, "ml-theory/q0", NOW - 3 * DAY, Grade.AGAIN, covered=0, seconds=500)
    # ml-theory/q1: recalled well, this week
    answer(study, "ml-theory/q1", NOW - 2 * DAY, Grade.GOOD, covered=4, seconds=120)
    # evaluation: no reviews at all

    table = weak_areas(study=study, now=NOW)
    per_question = {q.id: q for q in table.questions()}
    q0 = per_question["ml-theory/q0"]
    assert (q0.reviews, q0.again, q0.lapses) == (4, 2, 2)
    assert (q0.recent, q0.recent_recalled) == (3, 1)  # the 40-day-old review is out
    assert q0.coverage_sum == pytest.approx(1 + 0.25 + 0.75 + 0)
    assert (q0.timed, q0.overtime, q0.hints) == (4, 2, 2)  # 400 s and 500 s > 300 s
    assert (q0.week, q0.week_recalled, q0.before, q0.before_recalled) == (1, 0, 2, 1)
    assert q0.retention is not None and 0 < q0.retention < 1

    areas = {a.key: a for a in table.areas}
    theory = areas["category:ml-theory"]
    assert (theory.seen, theory.total, theory.reviews) == (2, 4, 5)
    assert theory.recall == pytest.approx(2 / 4)
    assert theory.coverage == pytest.approx((2.0 + 1.0) / 5)
    assert theory.overtime_rate == pytest.approx(2 / 5)
    assert theory.hints_per_review == pytest.approx(2 / 5)
    assert (theory.lapses, theory.leeches) == (2, 1)
    assert theory.trend == pytest.approx(1 / 2 - 1 / 2)  # this week: q0 Again, q1 Good
    evaluation = areas["category:evaluation"]
    assert evaluation.seen == 0 and evaluation.weakness is None
    assert table.weakest(1)[0].weakness is not None
    assert [s.id for s in table.forgotten_most()] == ["ml-theory/q0"]
    # the areas summed in SQL are the areas the pure core computes from the same questions
    pure = area_table(per_question.values(), leech_threshold=2)
    assert table.areas == [replace(a, question_ids=()) for a in pure]
    assert table.worst_questions(theory)[0].id == "ml-theory/q0"


def test_activity_per_study_day_forecast_and_weeks(engine: Engine) -> None:
    study = study_on(engine)
    # 09:30 UTC today, and 02:00 UTC (before the 04:00 day start: yesterday's study day)
    answer(study, "ml-theory/q1", NOW - 10 * DAY, Grade.GOOD, covered=4, seconds=60)
    answer(study, "algorithms/q1", NOW.replace(hour=2), Grade.GOOD, covered=2, seconds=60)
    answer(study, "ml-theory/q2", NOW, Grade.AGAIN, covered=0, seconds=60)
    charts = activity(study=study, now=NOW)
    today = date(2026, 11, 21)
    assert charts.today == today
    assert charts.per_day == {
        today - timedelta(days=10): 1,
        today - timedelta(days=1): 1,
        today: 1,
    }
    assert len(charts.forecast) == 30 and min(charts.forecast) == today
    assert sum(charts.forecast.values()) == 3  # every card falls due within 30 days here
    recall = [(w.reviews, w.recall) for w in charts.weeks]
    assert sum(n for n, _ in recall) == 3
    last = charts.weeks[-1]
    assert last.reviews == 2 and last.recall == pytest.approx(0.5)
    assert last.coverage == pytest.approx((0.5 + 0.0) / 2)


def test_empty_history(engine: Engine) -> None:
    study = study_on(engine)
    table = weak_areas(study=study, now=NOW)
    assert table.weakest(3) == []
    assert all(a.weakness is None for a in table.areas)
    charts = activity(study=study, now=NOW)
    assert charts.per_day == {} and charts.weeks == []
    assert sum(charts.forecast.values()) == 0


def figures_from_scratch(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.exec_driver_sql(
                "SELECT question_id, count(*), sum(grade = 1),"
                " round(coalesce(sum(CASE WHEN rubric_total > 0"
                "   THEN covered_count * 1.0 / rubric_total END), 0), 9),"
                " sum(rubric_total > 0), sum(duration_ms > 0),"
                " sum(budget_ms > 0 AND duration_ms > budget_ms), sum(hints_used)"
                " FROM review GROUP BY question_id ORDER BY question_id"
            )
        ]


def figures_kept(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.exec_driver_sql(
                "SELECT question_id, n, again, round(cov_sum, 9), cov_n, timed, over, hints"
                " FROM question_figures WHERE n > 0 ORDER BY question_id"
            )
        ]


def test_per_question_figures_follow_answers_undo_and_import(
    engine: Engine, tmp_path: Path
) -> None:
    from interview.storage.history import export_history, import_history

    study = study_on(engine)
    answer(study, "ml-theory/q0", NOW - 3 * DAY, Grade.GOOD, covered=3, seconds=100, hints=1)
    answer(study, "ml-theory/q0", NOW - 2 * DAY, Grade.AGAIN, covered=1, seconds=400)
    last = answer(study, "evaluation/q1", NOW - DAY, Grade.GOOD, covered=4, seconds=50)
    assert figures_kept(engine) == figures_from_scratch(engine)
    study.undo(last.id)  # the evaluation answer goes; its figures with it
    assert figures_kept(engine) == figures_from_scratch(engine)
    assert [row[0] for row in figures_kept(engine)] == ["ml-theory/q0"]

    other = open_database(tmp_path / "copy.db")
    sync_banks(engine=other, folders=[tmp_path / "bank"], now=NOW, workers=1)
    with engine.connect() as connection:
        document = export_history(connection=connection, now=NOW)
    import_history(engine=other, document=document)
    assert figures_kept(other) == figures_from_scratch(other) == figures_from_scratch(engine)


def test_per_hour_sums_follow_answers_and_undo_and_match_the_exact_count(
    engine: Engine,
) -> None:
    from datetime import timezone

    from interview.storage.analytics import _reviews_per_day_exact, reviews_per_day

    study = study_on(engine)
    answer(study, "ml-theory/q0", NOW - 2 * DAY, Grade.GOOD, covered=3, seconds=60)
    answer(
        study, "ml-theory/q1", NOW.replace(hour=3, minute=50), Grade.AGAIN, covered=1, seconds=60
    )
    last = answer(study, "evaluation/q1", NOW, Grade.GOOD, covered=4, seconds=60)
    study.undo(last.id)
    since = NOW - 10 * DAY
    with engine.connect() as connection:
        hours = [
            tuple(r)
            for r in connection.exec_driver_sql(
                "SELECT hour, n FROM review_hours WHERE n > 0 ORDER BY hour"
            )
        ]
        assert hours == [("2026-11-19 09", 1), ("2026-11-21 03", 1)]
        for offset in (timedelta(hours=-4), timedelta(hours=5)):
            assert reviews_per_day(connection=connection, since=since, offset=offset) == (
                _reviews_per_day_exact(connection, since, offset)
            )
    # India (+5:30) with days starting at 04:00: 03:50 UTC is 09:20 local, today
    india = Study(
        engine=engine,
        settings=StudySettings(fuzz=False, day_starts_at=4),
        zone=timezone(timedelta(hours=5, minutes=30)),
    )
    charts = activity(study=india, now=NOW)
    assert charts.per_day == {date(2026, 11, 19): 1, date(2026, 11, 21): 1}
