"""Session order: priorities kept, topics interleaved."""

from __future__ import annotations

import itertools

from interview.core.queue import interleave, session_order


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


def test_due_come_before_new_and_new_avoids_the_last_topic() -> None:
    order = session_order(["a1", "a2", "b1"], ["b2", "c1"], topic)
    assert order == ["a1", "b1", "a2", "b2", "c1"]
    order = session_order(["a1"], ["a2", "c1"], topic)
    assert order == ["a1", "c1", "a2"]
