"""Session order: priorities kept, topics interleaved."""

from __future__ import annotations

import itertools

from interview.core.queue import interleave, last_topic, plan_new, session_order


def topic(item: str) -> str:
    return item[0]


def test_interleave_breaks_runs_while_another_topic_is_left() -> None:
    assert interleave(["a1", "a2", "a3", "b1", "c1"], topic) == ["a1", "b1", "a2", "c1", "a3"]


def test_interleave_keeps_priority_order_within_a_topic() -> None:
    ordered = interleave(["a1", "b1", "a2", "b2", "a3", "b3"], topic)
    assert [i for i in ordered if i[0] == "a"] == ["a1", "a2", "a3"]
    assert all(topic(x) != topic(y) for x, y in itertools.pairwise(ordered))


def test_interleave_repeats_only_when_nothing_else_is_left() -> None:
    assert interleave(["a1", "a2", "a3"], topic) == ["a1", "a2", "a3"]
    assert interleave([], topic) == []


def test_interleave_avoids_the_topic_shown_before() -> None:
    assert interleave(["a1", "b1"], topic, after="a") == ["b1", "a1"]


def test_due_come_before_new_and_new_keep_their_planned_order() -> None:
    order = session_order(["a1", "a2", "b1"], ["b2", "c1"], topic)
    assert order == ["a1", "b1", "a2", "b2", "c1"]
    assert last_topic(["a1", "a2", "b1"], topic) == "a"
    assert last_topic([], topic, after="c") == "c"


def test_new_questions_do_not_open_with_the_topic_just_shown() -> None:
    sizes = {"a": 5, "b": 5, "c": 5}
    assert plan_new(sizes, {}, quota=4, anchor=None, after="a") == ["b", "c", "a", "a"]
    # never at the cost of the rounds: a lone first-round category still comes first
    left = {"a": 5, "b": 4, "c": 4}
    assert plan_new(left, {"b": 1, "c": 1}, quota=4, anchor=None, after="a") == ["a", "a"]


# -- sharing a day's new questions among categories -------------------------------------------

SHIPPED_LIKE = {
    "algorithms": 92,
    "behavioral": 42,
    "evaluation": 83,
    "ml-theory": 123,
    "system-design": 74,
}


def test_a_day_of_new_questions_gives_every_category_a_turn_before_any_repeats() -> None:
    plan = plan_new(SHIPPED_LIKE, {}, quota=10, anchor=None)
    assert len(plan) == 10
    assert plan[:5] == sorted(SHIPPED_LIKE)  # round one: each category once
    assert rounds(plan) == sorted(rounds(plan))  # a second only after every first


def rounds(plan: list[str]) -> list[int]:
    """For each pick, how many of its category came before it that day."""
    seen: dict[str, int] = {}
    result = []
    for category in plan:
        result.append(seen.get(category, 0))
        seen[category] = seen.get(category, 0) + 1
    return result


def test_the_rest_of_the_day_goes_by_size_within_one_of_the_fair_share() -> None:
    plan = plan_new(SHIPPED_LIKE, {}, quota=10, anchor=None)
    total = sum(SHIPPED_LIKE.values())
    for category, left in SHIPPED_LIKE.items():
        assert plan.count(category) <= 10 * left / total + 1
    assert plan.count("ml-theory") == 3 and plan.count("behavioral") == 1


def test_the_turn_carries_on_after_the_last_category_introduced() -> None:
    assert plan_new(SHIPPED_LIKE, {}, quota=3, anchor="evaluation") == [
        "ml-theory",
        "system-design",
        "algorithms",
    ]
    # the next day starts after algorithms: every category is served in two days
    assert plan_new(SHIPPED_LIKE, {}, quota=3, anchor="algorithms") == [
        "behavioral",
        "evaluation",
        "ml-theory",
    ]


def test_a_plan_made_part_way_through_the_day_continues_the_same_plan() -> None:
    whole = plan_new(SHIPPED_LIKE, {}, quota=10, anchor="behavioral")
    done = whole[:4]
    left = {c: n - done.count(c) for c, n in SHIPPED_LIKE.items()}
    introduced = {c: done.count(c) for c in set(done)}
    assert plan_new(left, introduced, quota=10, anchor="behavioral") == whole[4:]


def test_categories_that_run_out_drop_out_and_a_quota_beyond_the_bank_stops_there() -> None:
    assert plan_new({"a": 1, "b": 0, "c": 2}, {}, quota=10, anchor=None) == ["a", "c", "c"]
    assert plan_new({}, {}, quota=10, anchor=None) == []
