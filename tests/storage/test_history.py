"""History export and import, and fitting parameters to it."""

from __future__ import annotations

import json
import random
from datetime import UTC, timedelta
from pathlib import Path

import fsrs
import pytest
from sqlalchemy import Engine

from interview.core.optimize import MIN_REVIEWS, ReviewPoint, fit_parameters
from interview.core.scheduling import Grade, StudySettings, make_scheduler
from interview.storage.engine import open_database
from interview.storage.history import HistoryError, export_history, import_history, parse_history
from interview.storage.study import get_card, review_points
from interview.storage.sync import sync_banks
from interview.study import Study
from tests.conftest import NOW
from tests.storage.test_study import make_bank


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = open_database(tmp_path / "a.db")
    sync_banks(engine=engine, folders=[make_bank(tmp_path / "bank")], now=NOW, workers=1)
    return engine


def practise(engine: Engine) -> Study:
    study = Study(engine=engine, settings=StudySettings(fuzz=False), zone=UTC)
    study.answer(question_id="ml-theory/q1", grade=Grade.GOOD, now=NOW)
    study.answer(question_id="ml-theory/q1", grade=Grade.HARD, now=NOW + timedelta(minutes=5))
    study.answer(question_id="evaluation/q2", grade=Grade.AGAIN, now=NOW + timedelta(minutes=6))
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO question_user (question_id, starred, note) VALUES ('evaluation/q2', 1, 'revisit [bold]this[/]')"
        )
    return study


def export(engine: Engine) -> dict[str, object]:
    with engine.connect() as connection:
        return export_history(connection=connection, now=NOW)


def test_export_import_round_trip(engine: Engine, tmp_path: Path) -> None:
    practise(engine)
    document = export(engine)
    assert (len(document["cards"]), len(document["reviews"]), len(document["user"])) == (2, 3, 1)  # type: ignore[arg-type]
    text = json.dumps(document)

    fresh = open_database(tmp_path / "b.db")
    sync_banks(engine=fresh, folders=[tmp_path / "bank"], now=NOW, workers=1)
    report = import_history(engine=fresh, document=parse_history(text))
    assert (report.cards, report.reviews, report.user, report.unknown_questions) == (2, 3, 1, 0)
    assert export(fresh) == document
    with engine.connect() as a, fresh.connect() as b:
        assert get_card(connection=a, question_id="ml-theory/q1") == get_card(
            connection=b, question_id="ml-theory/q1"
        )
    # undo works on imported history too: the card returns to its state before
    with fresh.connect() as connection:
        imported = connection.exec_driver_sql(
            "SELECT id FROM review WHERE question_id = 'evaluation/q2'"
        ).scalar_one()
    Study(engine=fresh, settings=StudySettings(), zone=UTC).undo(imported)
    with fresh.connect() as connection:
        assert get_card(connection=connection, question_id="evaluation/q2") is None


def test_import_refuses_a_database_with_history(engine: Engine) -> None:
    practise(engine)
    document = export(engine)
    with pytest.raises(HistoryError, match="already has study history"):
        import_history(engine=engine, document=document)


def test_import_into_a_database_without_the_questions_keeps_the_history(
    engine: Engine, tmp_path: Path
) -> None:
    practise(engine)
    empty = open_database(tmp_path / "c.db")
    report = import_history(engine=empty, document=export(engine))
    assert report.unknown_questions == 2
    assert export(empty)["reviews"] == export(engine)["reviews"]


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda text: text[: len(text) // 2], "truncated"),
        (lambda text: text.replace('"version": 2', '"version": 3'), "upgrade interview"),
        (lambda text: text.replace('"version": 2', '"version": 0'), "unknown version"),
        (
            lambda text: text.replace("interview-history", "something-else"),
            "not an interview history",
        ),
        (
            lambda text: text.replace('"grade": 2', '"grade": 9'),
            "is malformed: 9 is not a valid Grade",
        ),
        (lambda text: text.replace('"reviews": [', '"reviewz": ['), "no 'reviews' list"),
    ],
)
def test_a_bad_history_file_writes_nothing(
    engine: Engine, tmp_path: Path, mangle: object, message: str
) -> None:
    practise(engine)
    text = mangle(json.dumps(export(engine)))  # type: ignore[operator]
    fresh = open_database(tmp_path / "d.db")
    with pytest.raises(HistoryError, match=message):
        import_history(engine=fresh, document=parse_history(text))
    assert export(fresh)["reviews"] == []


def test_reviews_that_go_back_in_time_are_refused(engine: Engine, tmp_path: Path) -> None:
    practise(engine)
    document = export(engine)
    reviews = document["reviews"]
    assert isinstance(reviews, list)
    reviews[0]["reviewed_at"], reviews[1]["reviewed_at"] = (
        reviews[1]["reviewed_at"],
        reviews[0]["reviewed_at"],
    )
    with pytest.raises(HistoryError, match="go back in time"):
        import_history(engine=open_database(tmp_path / "e.db"), document=document)


# -- optimizer --------------------------------------------------------------------------


def simulated_history(reviews: int, seed: int = 11) -> list[ReviewPoint]:
    """A learner whose memory follows FSRS with a different forgetting rate."""
    rng = random.Random(seed)
    scheduler = make_scheduler(StudySettings(fuzz=False))
    points: list[ReviewPoint] = []
    question = 0
    while len(points) < reviews:
        card = fsrs.Card(card_id=question, due=NOW)
        moment = NOW
        for k in range(8):
            recall = scheduler.get_card_retrievability(card, moment) ** 1.6  # forgets faster
            rating = fsrs.Rating.Good if k == 0 or rng.random() < recall else fsrs.Rating.Again
            points.append(ReviewPoint(f"q{question}", moment, int(rating)))
            card, _ = scheduler.review_card(card, rating, moment)
            moment = max(card.due, moment + timedelta(days=1))
        question += 1
    return points[:reviews]


def test_too_little_history_keeps_the_defaults_and_says_how_much_more() -> None:
    result = fit_parameters(simulated_history(150), zone=UTC, day_starts_at=4)
    assert result.parameters is None
    assert result.message.startswith(
        f"150 reviews so far; fitting needs {MIN_REVIEWS}, so 250 more"
    )


def test_enough_history_fits_valid_parameters_that_predict_better() -> None:
    result = fit_parameters(simulated_history(800), zone=UTC, day_starts_at=4)
    assert result.parameters is not None
    assert len(result.parameters) == 21
    assert result.parameters != tuple(fsrs.scheduler.DEFAULT_PARAMETERS)
    fsrs.Scheduler(parameters=result.parameters)  # py-fsrs accepts them
    assert result.log_loss_after is not None and result.log_loss_before is not None
    assert result.log_loss_after < result.log_loss_before
    StudySettings(parameters=result.parameters)


def test_review_points_come_from_the_database(engine: Engine) -> None:
    practise(engine)
    with engine.connect() as connection:
        points = review_points(connection=connection)
    assert [(q, g) for q, _, g in points] == [
        ("ml-theory/q1", 3),
        ("ml-theory/q1", 2),
        ("evaluation/q2", 1),
    ]
