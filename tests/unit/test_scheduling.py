"""FSRS through the fsrs package: our mapping, card state and settings."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import fsrs
import pytest

from interview.core.scheduling import (
    GRADE_TO_RATING,
    CardState,
    CardStatus,
    Grade,
    SettingsError,
    StudySettings,
    decay_factor,
    make_scheduler,
    new_card,
    retrievability,
    review,
    study_day_start,
)
from tests.conftest import NOW


def test_grades_map_one_to_one_onto_fsrs_ratings() -> None:
    assert GRADE_TO_RATING == {
        Grade.AGAIN: fsrs.Rating.Again,
        Grade.HARD: fsrs.Rating.Hard,
        Grade.GOOD: fsrs.Rating.Good,
        Grade.EASY: fsrs.Rating.Easy,
    }


@pytest.mark.parametrize(
    ("text", "grade"),
    [("again", Grade.AGAIN), ("Good", Grade.GOOD), ("4", Grade.EASY), (2, Grade.HARD)],
)
def test_grades_parse_from_names_and_numbers(text: str | int, grade: Grade) -> None:
    assert Grade.parse(text) is grade


@pytest.mark.parametrize("text", ["0", "5", "-1", "excellent", "", 7])
def test_grades_outside_the_scale_are_refused(text: str | int) -> None:
    with pytest.raises(ValueError, match="not one of again, hard, good, easy"):
        Grade.parse(text)


def test_reviews_match_the_fsrs_package_step_by_step() -> None:
    settings = StudySettings(fuzz=False)
    ours = make_scheduler(settings)
    theirs = fsrs.Scheduler(enable_fuzzing=False)
    rng = random.Random(3)
    card: CardState | None = None
    reference = fsrs.Card(card_id=1, due=NOW)
    moment = NOW
    for _ in range(40):
        grade = rng.choice(list(Grade))
        card = review(ours, card, grade, moment)
        reference, _ = theirs.review_card(reference, GRADE_TO_RATING[grade], moment)
        assert card.status.value == reference.state.value
        assert card.step == reference.step
        assert card.stability == reference.stability
        assert card.difficulty == reference.difficulty
        assert card.due == reference.due
        assert card.last_review == moment
        moment = max(card.due, moment + timedelta(minutes=5))
    assert card is not None and card.reps == 40


def test_settings_reach_the_scheduler() -> None:
    settings = StudySettings(
        desired_retention=0.8,
        learning_steps=(30, 300),
        relearning_steps=(120,),
        maximum_interval=365,
        fuzz=False,
    )
    scheduler = make_scheduler(settings)
    assert scheduler.desired_retention == 0.8
    assert scheduler.learning_steps == (timedelta(seconds=30), timedelta(seconds=300))
    assert scheduler.relearning_steps == (timedelta(seconds=120),)
    assert scheduler.maximum_interval == 365
    assert scheduler.enable_fuzzing is False


def test_maximum_interval_caps_the_schedule() -> None:
    scheduler = make_scheduler(StudySettings(maximum_interval=10, fuzz=False))
    card = None
    moment = NOW
    for _ in range(12):
        card = review(scheduler, card, Grade.EASY, moment)
        assert card.due - moment <= timedelta(days=10)
        moment = card.due


def test_a_lapse_is_again_on_a_graduated_card_only() -> None:
    scheduler = make_scheduler(StudySettings(fuzz=False))
    card = review(scheduler, None, Grade.AGAIN, NOW)
    assert (card.status, card.lapses) == (CardStatus.LEARNING, 0)
    card = review(scheduler, card, Grade.EASY, NOW + timedelta(minutes=1))
    assert card.status is CardStatus.REVIEW
    card = review(scheduler, card, Grade.AGAIN, card.due)
    assert (card.status, card.lapses) == (CardStatus.RELEARNING, 1)
    card = review(scheduler, card, Grade.AGAIN, card.due)
    assert card.lapses == 1  # still relearning: not another lapse


def test_leech_threshold() -> None:
    card = new_card(NOW)
    assert not card.is_leech(6)
    heavy = CardState(
        status=CardStatus.REVIEW,
        step=None,
        stability=1.0,
        difficulty=9.0,
        due=NOW,
        last_review=NOW,
        reps=20,
        lapses=6,
    )
    assert heavy.is_leech(6) and not heavy.is_leech(7)


def test_time_never_goes_back() -> None:
    scheduler = make_scheduler(StudySettings(fuzz=False))
    card = review(scheduler, None, Grade.GOOD, NOW)
    with pytest.raises(ValueError, match="before this question's last review"):
        review(scheduler, card, Grade.GOOD, NOW - timedelta(seconds=1))


def test_naive_times_are_refused() -> None:
    scheduler = make_scheduler(StudySettings())
    with pytest.raises(ValueError, match="timezone-aware"):
        review(scheduler, None, Grade.GOOD, NOW.replace(tzinfo=None))


def test_retrievability_is_the_fsrs_packages() -> None:
    scheduler = make_scheduler(StudySettings(fuzz=False))
    card = review(scheduler, None, Grade.GOOD, NOW)
    card = review(scheduler, card, Grade.GOOD, card.due)
    later = card.due + timedelta(days=3)
    expected = fsrs.Scheduler(enable_fuzzing=False).get_card_retrievability(
        fsrs.Card(
            card_id=1,
            state=fsrs.State.Review,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due,
            last_review=card.last_review,
        ),
        later,
    )
    assert retrievability(scheduler, card, later) == pytest.approx(expected)
    assert retrievability(scheduler, new_card(NOW), NOW) == 0


def test_ordering_by_elapsed_over_stability_is_ordering_by_retrievability() -> None:
    scheduler = make_scheduler(StudySettings())
    decay, factor = decay_factor(scheduler)
    rng = random.Random(5)
    cards = [(rng.uniform(0.1, 300), rng.uniform(1, 400)) for _ in range(200)]  # (S, t days)
    by_ratio = sorted(cards, key=lambda c: c[1] / c[0], reverse=True)
    by_r = sorted(cards, key=lambda c: (1 + factor * c[1] / c[0]) ** decay)
    assert by_ratio == by_r


def test_card_state_round_trips_through_json() -> None:
    scheduler = make_scheduler(StudySettings(fuzz=False))
    card = review(scheduler, None, Grade.GOOD, NOW)
    assert CardState.from_dict(card.to_dict()) == card


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"desired_retention": 0.69}, "between 0.70 and 0.97"),
        ({"desired_retention": 0.98}, "between 0.70 and 0.97"),
        ({"new_per_day": -1}, "must be 0 to 10000"),
        ({"learning_steps": (0,)}, "more than 0s and under 1 day"),
        ({"relearning_steps": (86400,)}, "more than 0s and under 1 day"),
        ({"maximum_interval": 0}, "1 to 36500 days"),
        ({"leech_threshold": 0}, "must be 1 to 1000"),
        ({"new_per_day": 10**20}, "must be 0 to 10000"),
        ({"parameters": (float("nan"),) * 21}, "must all be finite numbers"),
        ({"day_starts_at": 24}, "hour 0-23"),
        ({"parameters": (1.0, 2.0)}, "not valid FSRS-6 parameters"),
    ],
)
def test_settings_outside_their_range_are_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        StudySettings(**changes)  # type: ignore[arg-type]


def test_settings_edges_are_allowed() -> None:
    assert StudySettings(desired_retention=0.70).desired_retention == 0.70
    assert StudySettings(desired_retention=0.97, new_per_day=0, learning_steps=()).new_per_day == 0


def test_settings_from_the_config_table() -> None:
    settings = StudySettings.from_toml(
        {
            "desired_retention": 0.85,
            "learning_steps": ["30s", "5m"],
            "relearning_steps": "2m,10m",
            "fuzz": False,
        }
    )
    assert settings.learning_steps == (30, 300)
    assert settings.relearning_steps == (120, 600)
    assert StudySettings.from_toml(settings.to_toml()) == settings


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"retention": 0.9}, "unknown setting study.retention"),
        ({"desired_retention": "high"}, "must be a number"),
        ({"new_per_day": 2.5}, "must be a whole number"),
        ({"fuzz": "yes"}, "true or false"),
        ({"learning_steps": ["soon"]}, "not a duration"),
        ({"parameters": ["a"]}, "a list of numbers"),
    ],
)
def test_bad_config_values_name_the_setting(table: dict[str, object], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        StudySettings.from_toml(table)


def test_study_day_starts_at_the_local_hour() -> None:
    zone = ZoneInfo("America/New_York")
    # 09:30 UTC on 21 Nov is 04:30 in New York: the day began at 04:00 local, 09:00 UTC.
    assert study_day_start(NOW, zone, 4) == datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    # 08:30 UTC is 03:30 local: still the previous study day.
    early = NOW - timedelta(hours=1)
    assert study_day_start(early, zone, 4) == datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    assert study_day_start(NOW, UTC, 0) == datetime(2026, 11, 21, tzinfo=UTC)
