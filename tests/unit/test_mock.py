"""A whole mock interview driven by a fixed clock: draw, clocks, hints, follow-ups, bands."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

import pytest

from interview.core.mock import (
    Band,
    Drawn,
    Level,
    MockError,
    MockItem,
    MockSession,
    Phase,
    PoolEntry,
    Status,
    clock_level,
    draw_questions,
    suggest_band,
    weighted_band,
)
from interview.core.questions import Difficulty, Question
from interview.core.scheduling import Grade
from interview.core.scoring import Assessment
from interview.core.templates import Slot, Template
from tests.conftest import NOW

MIN = timedelta(minutes=1)
SEC = timedelta(seconds=1)


def question(qid: str, *, follow_ups: tuple[str, ...] = (), rubric: int = 4) -> Question:
    category = qid.split("/")[0]
    return Question(
        id=qid,
        title=f"Title of {qid}",
        category=category,
        question=f"Question {qid}?",
        answer="The answer.",
        rubric=[f"point {i + 1}" for i in range(rubric)],
        hints=["first hint", "second hint"],
        follow_ups=list(follow_ups),
    )


def session(
    *budgets: int, follow_ups: tuple[str, ...] = (), total: int | None = None
) -> MockSession:
    """A started mock whose questions have these budgets (seconds)."""
    template = Template(
        key="t",
        name="Test mock",
        minutes=(total or sum(budgets)) / 60,
        slots=(Slot("ml-theory", count=len(budgets)),),
    )
    pairs = [
        (question(f"ml-theory/q{i}", follow_ups=follow_ups), Drawn(f"ml-theory/q{i}", 0, b))
        for i, b in enumerate(budgets)
    ]
    mock = MockSession.create(template, pairs, seed=1)
    mock.start(NOW)
    return mock


# -- drawing -------------------------------------------------------------------------------


def pool_entry(qid: str, **kwargs: object) -> PoolEntry:
    category = qid.split("/")[0]
    values: dict[str, object] = {"difficulty": Difficulty.MEDIUM, "tags": ("optimizers",)}
    values.update(kwargs)
    return PoolEntry(id=qid, category=category, **values)  # type: ignore[arg-type]


TEMPLATE = Template(
    key="t",
    name="T",
    minutes=30,
    slots=(Slot("ml-theory", count=2), Slot("evaluation", count=1, minutes=7)),
)


def test_the_draw_respects_slots_and_never_repeats_a_question() -> None:
    pool = [pool_entry(f"ml-theory/q{i}") for i in range(6)]
    pool += [pool_entry(f"evaluation/e{i}", time_budget=400) for i in range(3)]
    draw = draw_questions(TEMPLATE, pool, seed=7)
    ids = [d.question_id for d in draw.drawn]
    assert len(ids) == len(set(ids)) == 3
    assert [d.slot for d in draw.drawn] == [0, 0, 1]
    assert ids[2].startswith("evaluation/")
    assert draw.drawn[2].budget_s == 7 * 60  # the slot's time, not the question's 400 s
    assert draw.drawn[0].budget_s == 300  # no slot time: the question's own budget
    assert draw.complete


def test_the_same_seed_draws_the_same_mock_and_another_seed_may_not() -> None:
    pool = [pool_entry(f"ml-theory/q{i:02d}") for i in range(30)]
    pool += [pool_entry(f"evaluation/e{i}") for i in range(10)]
    first = draw_questions(TEMPLATE, pool, seed=42)
    assert draw_questions(TEMPLATE, pool, seed=42) == first
    others = {draw_questions(TEMPLATE, pool, seed=s).drawn for s in range(10)}
    assert len(others) > 1


def test_due_and_weak_questions_come_first_then_new_then_the_rest() -> None:
    template = Template("t", "T", 30, (Slot("ml-theory", count=3),))
    pool = [
        pool_entry("ml-theory/seen", seen=True),
        pool_entry("ml-theory/new"),
        pool_entry("ml-theory/due", seen=True, due=True),
        pool_entry("ml-theory/weak", seen=True, weak=True),
    ]
    ids = {d.question_id for d in draw_questions(template, pool, seed=3).drawn}
    assert ids == {"ml-theory/due", "ml-theory/weak", "ml-theory/new"}


def test_questions_from_recent_mocks_are_avoided_when_there_is_a_choice() -> None:
    template = Template("t", "T", 30, (Slot("ml-theory", count=2),))
    pool = [pool_entry(f"ml-theory/q{i}", due=True, seen=True) for i in range(3)]
    drawn = draw_questions(template, pool, seed=1, recent={"ml-theory/q0", "ml-theory/q1"})
    assert {d.question_id for d in drawn.drawn} == {"ml-theory/q2", "ml-theory/q0"} or {
        d.question_id for d in drawn.drawn
    } == {"ml-theory/q2", "ml-theory/q1"}
    assert "ml-theory/q2" in {d.question_id for d in drawn.drawn}


def test_slot_filters_on_tags_and_difficulty() -> None:
    template = Template(
        "t",
        "T",
        30,
        (Slot("ml-theory", count=5, tags=("attention",), difficulty=(Difficulty.HARD,)),),
    )
    pool = [
        pool_entry("ml-theory/hard-attention", difficulty=Difficulty.HARD, tags=("attention",)),
        pool_entry("ml-theory/easy-attention", difficulty=Difficulty.EASY, tags=("attention",)),
        pool_entry("ml-theory/hard-other", difficulty=Difficulty.HARD, tags=("optimizers",)),
    ]
    draw = draw_questions(template, pool, seed=1)
    assert [d.question_id for d in draw.drawn] == ["ml-theory/hard-attention"]
    [short] = draw.shortfalls
    assert (short.wanted, short.found) == (5, 1)
    assert "asks for 5 questions; the bank has 1 that fit" in str(short)


# -- clocks --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "budget", "level"),
    [
        (100, 100, Level.OK),
        (26, 100, Level.OK),
        (25, 100, Level.AMBER),
        (11, 100, Level.AMBER),
        (10, 100, Level.RED),
        (0, 100, Level.RED),
        (-1, 100, Level.OVER),
    ],
)
def test_clocks_turn_amber_then_red(left: float, budget: float, level: Level) -> None:
    assert clock_level(left, budget) is level


def test_both_clocks_count_down_while_answering() -> None:
    mock = session(300, 300)
    later = NOW + 2 * MIN
    assert mock.question_left(later) == 180
    assert mock.mock_left(later) == 480
    assert mock.question_level(NOW + 4 * MIN) is Level.AMBER
    assert mock.question_level(NOW + 4 * MIN + 31 * SEC) is Level.RED


def test_time_up_moves_on_without_counting_overtime_even_if_the_tick_is_late() -> None:
    mock = session(300, 300)
    events = mock.tick(NOW + 7 * MIN)  # the app was busy: the tick comes 2 minutes late
    assert events == ["question-time-up"]
    item = mock.items[0]
    assert item.phase is Phase.ASSESS and item.timed_out
    assert item.elapsed_s == 300 and item.overtime_s == 0
    assert mock.mock_used(NOW + 7 * MIN) == 300  # assessing is not interview time


def test_keeping_going_after_time_up_is_recorded_as_overtime() -> None:
    mock = session(300, 300)
    mock.tick(NOW + 5 * MIN)
    mock.keep_going(NOW + 5 * MIN)
    assert mock.items[0].phase is Phase.ANSWER and mock.items[0].kept_going
    assert mock.tick(NOW + 7 * MIN) == []  # no second time-up
    mock.done_answering(NOW + 7 * MIN)
    assert mock.items[0].overtime_s == 120
    for point in range(4):
        mock.toggle(point)
    band, grade, reason = mock.suggestion()
    assert band is Band.LEAN_HIRE  # everything covered, but 1.4x the budget caps it
    assert grade is Grade.HARD and "over the time budget" in reason


def test_keep_going_is_only_for_a_question_that_timed_out() -> None:
    mock = session(300, 300)
    mock.done_answering(NOW + MIN)
    with pytest.raises(MockError, match="time ran out"):
        mock.keep_going(NOW + MIN)


def test_follow_ups_come_after_the_main_answer_on_the_same_clock() -> None:
    mock = session(600, follow_ups=("And at scale?",))
    assert mock.done_answering(NOW + 3 * MIN) is Phase.FOLLOW_UPS
    assert mock.question_elapsed(NOW + 5 * MIN) == 300  # the clock is still running
    assert mock.done_answering(NOW + 5 * MIN) is Phase.ASSESS
    assert mock.items[0].elapsed_s == 300


def test_a_time_up_during_follow_ups_keeps_going_in_follow_ups() -> None:
    mock = session(300, 300, follow_ups=("And at scale?",))
    mock.done_answering(NOW + 4 * MIN)
    assert mock.tick(NOW + 6 * MIN) == ["question-time-up"]
    mock.keep_going(NOW + 6 * MIN)
    assert mock.items[0].phase is Phase.FOLLOW_UPS


def test_hints_are_given_in_order_and_each_costs() -> None:
    mock = session(300)
    assert mock.take_hint(NOW + SEC) == "first hint"
    assert mock.take_hint(NOW + 2 * SEC) == "second hint"
    assert mock.take_hint(NOW + 3 * SEC) is None
    mock.done_answering(NOW + MIN)
    for point in range(4):
        mock.toggle(point)
    band, grade, _ = mock.suggestion()
    # full coverage minus 2 x 0.15 = 0.70: lean hire, and grade Hard (< 0.8)
    assert band is Band.LEAN_HIRE and grade is Grade.HARD
    with pytest.raises(MockError):
        mock.take_hint(NOW + MIN)  # no hints while assessing


def test_pause_stops_both_clocks() -> None:
    mock = session(300, 300)
    mock.pause(NOW + MIN)
    assert mock.question_left(NOW + 30 * MIN) == 240
    with pytest.raises(MockError, match="paused"):
        mock.done_answering(NOW + 30 * MIN)
    mock.resume(NOW + 30 * MIN)
    assert mock.question_left(NOW + 31 * MIN) == 180
    assert mock.mock_used(NOW + 31 * MIN) == 120


def test_a_mock_saved_while_running_comes_back_paused_at_the_saved_moment() -> None:
    mock = session(300, 300)
    mock.take_hint(NOW + MIN)
    mock.set_notes("gradient descent, then momentum")
    saved = json.loads(json.dumps(mock.to_dict()))  # as the database keeps it
    # ... the app is killed; an hour later it starts again
    back = MockSession.from_dict(saved, mock_id=9)
    assert back.status is Status.PAUSED and back.id == 9
    later = NOW + 60 * MIN
    assert back.question_left(later) == 240  # the hour while closed did not count
    back.resume(later)
    assert back.question_left(later + MIN) == 180
    item = back.items[0]
    assert item.hints_used == 1 and item.notes == "gradient descent, then momentum"


def test_the_mock_time_up_scores_the_rest_as_not_reached() -> None:
    mock = session(300, 300, 300, total=420)
    mock.done_answering(NOW + 4 * MIN)
    mock.toggle(0)
    mock.grade_current(NOW + 4 * MIN)
    assert mock.advance(NOW + 4 * MIN) is mock.items[1]
    assert mock.tick(NOW + 10 * MIN) == ["mock-time-up"]
    assert mock.items[1].elapsed_s == 180  # cut at the mock's end, not the question's
    assert mock.items[1].phase is Phase.ASSESS
    with pytest.raises(MockError):
        mock.keep_going(NOW + 10 * MIN)
    mock.grade_current(NOW + 11 * MIN)
    assert mock.advance(NOW + 11 * MIN) is None
    assert mock.status is Status.FINISHED and mock.time_up
    assert [i.phase for i in mock.items] == [Phase.DONE, Phase.DONE, Phase.NOT_REACHED]


def test_the_mock_does_not_end_early_unless_asked() -> None:
    mock = session(300, 300)
    mock.end_early(NOW + MIN)
    assert mock.status is Status.FINISHED and mock.ended_early
    assert all(i.phase is Phase.NOT_REACHED for i in mock.items)
    with pytest.raises(MockError, match="over"):
        mock.end_early(NOW + MIN)


def test_grading_needs_the_assess_phase_and_advance_needs_a_grade() -> None:
    mock = session(300, 300)
    with pytest.raises(MockError, match="assess"):
        mock.grade_current(NOW + MIN)
    with pytest.raises(MockError, match="grade the current question first"):
        mock.advance(NOW + MIN)


def test_the_user_can_change_the_band_and_the_grade() -> None:
    mock = session(300)
    mock.done_answering(NOW + MIN)
    mock.toggle(0)
    mock.choose_band(Band.LEAN_HIRE)
    mock.choose_grade(Grade.GOOD)
    graded = mock.grade_current(NOW + MIN)
    assert graded.item.band is Band.LEAN_HIRE and graded.item.suggested_band is Band.NO_HIRE
    assert graded.grade is Grade.GOOD and graded.suggested_grade is Grade.AGAIN


def test_a_question_without_a_rubric_must_be_banded_by_hand() -> None:
    template = Template("t", "T", 10, (Slot("ml-theory"),))
    bare = question("ml-theory/bare", rubric=0)
    mock = MockSession.create(template, [(bare, Drawn(bare.id, 0, 300))], seed=1)
    mock.start(NOW)
    mock.done_answering(NOW + MIN)
    with pytest.raises(MockError, match="no rubric"):
        mock.grade_current(NOW + MIN)
    mock.choose_band(Band.LEAN_HIRE)
    mock.choose_grade(Grade.GOOD)
    assert mock.grade_current(NOW + MIN).item.band is Band.LEAN_HIRE


# -- bands and the scorecard -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("covered", "total", "hints", "duration", "band"),
    [
        (4, 4, 0, 100, Band.STRONG_HIRE),
        (6, 7, 0, 100, Band.STRONG_HIRE),  # 0.857
        (5, 6, 0, 100, Band.LEAN_HIRE),  # 0.833 < 0.85
        (4, 4, 1, 100, Band.STRONG_HIRE),  # 0.85 exactly
        (2, 3, 0, 100, Band.LEAN_HIRE),  # 0.667
        (3, 5, 0, 100, Band.LEAN_NO_HIRE),  # 0.6
        (2, 5, 0, 100, Band.LEAN_NO_HIRE),  # 0.4 exactly
        (1, 3, 0, 100, Band.NO_HIRE),
        (4, 4, 0, 301, Band.LEAN_HIRE),  # over the budget
        (4, 4, 0, 451, Band.LEAN_NO_HIRE),  # over 1.5x the budget
        (0, 4, 0, 451, Band.NO_HIRE),
    ],
)
def test_band_suggestion_edges(
    covered: int, total: int, hints: int, duration: float, band: Band
) -> None:
    assessment = Assessment(
        rubric_total=total,
        covered=frozenset(range(covered)),
        hints_used=hints,
        duration_s=duration,
        budget_s=300,
    )
    assert suggest_band(assessment) is band


def test_no_rubric_no_band() -> None:
    assert suggest_band(Assessment(rubric_total=0)) is None


def test_weighted_band_weighs_by_time_budget() -> None:
    # one 40-minute strong hire outweighs two 5-minute no hires: (4*40 + 1*5 + 1*5) / 50
    assert weighted_band([(Band.STRONG_HIRE, 40), (Band.NO_HIRE, 5), (Band.NO_HIRE, 5)]) == (
        Band.LEAN_HIRE,
        3.4,
    )
    assert weighted_band([(Band.LEAN_HIRE, 1), (Band.LEAN_NO_HIRE, 1)]) == (Band.LEAN_HIRE, 2.5)
    assert weighted_band([]) is None


def test_the_scorecard_per_category_and_overall() -> None:
    template = Template("t", "T", 30, (Slot("ml-theory", count=2), Slot("evaluation")))
    pairs = [
        (question("ml-theory/a"), Drawn("ml-theory/a", 0, 600)),
        (question("ml-theory/b"), Drawn("ml-theory/b", 0, 300)),
        (question("evaluation/c"), Drawn("evaluation/c", 1, 300)),
    ]
    mock = MockSession.create(template, pairs, seed=1)
    mock.start(NOW)
    mock.done_answering(NOW + 5 * MIN)  # a: all four points, half the time
    for point in range(4):
        mock.toggle(point)
    mock.grade_current(NOW + 5 * MIN)
    mock.advance(NOW + 5 * MIN)
    mock.done_answering(NOW + 9 * MIN)  # b: two of four
    mock.toggle(0), mock.toggle(1)
    mock.grade_current(NOW + 9 * MIN)
    mock.advance(NOW + 9 * MIN)
    mock.end_early(NOW + 10 * MIN)  # c: not reached
    card = mock.scorecard()
    assert [i.band for i in card.items[:2]] == [Band.STRONG_HIRE, Band.LEAN_NO_HIRE]
    theory, evaluation = card.categories
    assert theory.category == "ml-theory" and theory.questions == 2
    assert theory.mean == round((4 * 600 + 2 * 300) / 900, 2)  # 3.33
    assert theory.band is Band.LEAN_HIRE
    assert (theory.covered, theory.rubric_total) == (6, 8)
    assert theory.used_s == 540 and theory.budget_s == 900
    assert evaluation.band is Band.NO_HIRE and evaluation.covered == 0
    assert card.mean == round((4 * 600 + 2 * 300 + 1 * 300) / 1200, 2)  # 2.75
    assert card.band is Band.LEAN_HIRE
    assert card.coverage == 6 / 12 and card.not_reached == 1
    assert card.used_s == 600


# -- the interviewer listens ---------------------------------------------------------------


def test_points_made_after_the_follow_up_count_half_and_are_reported_as_such() -> None:
    from interview.core.report import mock_report

    mock = session(300, follow_ups=("What about the edge cases?",))
    mock.set_notes("first answer")
    assert mock.done_answering(NOW + MIN) is Phase.FOLLOW_UPS
    mock.listen([0, 1], "What about the edge cases?", 2)
    item = mock.items[0]
    assert item.unprompted == {0, 1} and item.asked_point == 2 and item.covered == set()
    assert mock.done_answering(NOW + 2 * MIN) is Phase.ASSESS
    mock.hear([0, 1, 2])
    assert item.covered == {0, 1, 2} and item.prompted == {2} and item.suggested == {0, 1, 2}
    assert item.made() == ([0, 1], [2], [3])
    band, _, reason = mock.suggestion()
    assert "covered 3 of 4 points (1 after a prompt)" in reason
    assert item.assessment().score() == pytest.approx((2 + 0.5) / 4)  # 0.625: lean no hire
    assert band is Band.LEAN_NO_HIRE  # unprompted, 3 of 4 (0.75) would be lean hire
    mock.toggle(3)  # the user ticks one the grader missed: made unprompted
    assert item.made() == ([0, 1, 3], [2], [])
    mock.grade_current(NOW + 3 * MIN)
    assert mock.scorecard().after_prompt == 1
    report = mock_report(mock, zone=UTC)
    assert "**The interviewer asked** (aimed at point 3): What about the edge cases?" in report
    assert "(4 of 4 covered: 3 unprompted, 1 after a prompt)" in report
    assert "- [x] point 3 *(after a prompt)*" in report
    assert "4 of 4 points (100%), 1 of them only after a prompt" in report


def test_what_the_interviewer_heard_survives_a_save_and_old_saves_still_load() -> None:
    mock = session(300, follow_ups=("Why?",))
    mock.done_answering(NOW + MIN)
    mock.listen([1], "Why?", 0)
    back = MockSession.from_dict(json.loads(json.dumps(mock.to_dict())))
    item = back.items[0]
    assert (item.unprompted, item.asked, item.asked_point, item.listened) == (
        {1},
        "Why?",
        0,
        "answer",
    )
    old = mock.to_dict()
    for key in ("unprompted", "prompted", "asked", "asked_point", "suggested", "listened"):
        for saved in old["items"]:
            saved.pop(key)
    item = MockSession.from_dict(old).items[0]
    assert item.suggested is None and item.prompted == set() and item.listened == ""


def test_empty_notes_suggest_nothing_and_a_time_out_asks_nothing() -> None:
    mock = session(60, follow_ups=("Why?",))
    mock.tick(NOW + 2 * MIN)  # time ran out while answering: straight to the assessment
    assert mock.items[0].phase is Phase.ASSESS
    mock.listen([], None, None, from_notes=False)
    item = mock.items[0]
    assert item.suggested is None and item.asked is None and item.assessment().suggested is None


def test_a_coding_questions_common_mistakes_come_with_its_answer_in_a_mock() -> None:
    """After the answer, practice shows the wrong solutions as common mistakes; a mock's
    assessment shows them too, and a saved mock keeps them."""
    coding = Question(
        id="algorithms/pair",
        title="Pair",
        category="algorithms",
        question="Return a pair?",
        answer="```python\ndef pair(xs):\n    return xs[:2]\n```",
        rubric=["slices"],
        entry="pair",
        tests="assert pair([1, 2, 3]) == [1, 2]\n",
        extra_sections=(
            (
                "Wrong solutions",
                "Taking the last two.\n\n```python\ndef pair(xs):\n    return xs[-2:]\n```\n",
            ),
        ),
    )
    item = MockItem.from_question(coding, Drawn(coding.id, 0, 300))
    assert item.mistakes.startswith("### Common mistakes")
    assert "Taking the last two." in item.mistakes and "return xs[-2:]" in item.mistakes
    assert "Common mistakes" not in item.answer  # the starter code still comes from the answer
    back = MockItem.from_dict(json.loads(json.dumps(item.to_dict())))
    assert back.mistakes == item.mistakes
    assert (
        MockItem.from_question(question("ml-theory/q"), Drawn("ml-theory/q", 0, 60)).mistakes == ""
    )
