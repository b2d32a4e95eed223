"""Ordering a study session: due reviews first, then new questions, topics interleaved."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def interleave(
    items: Sequence[T], topic: Callable[[T], str], *, after: str | None = None
) -> list[T]:
    """`items` reordered so that no two neighbours share a topic while another is left.

    Greedy and stable: each pick is the earliest remaining item (the highest priority)
    whose topic differs from the one just picked; only when every remaining item has
    that topic does it repeat. `after` is the topic shown just before the first item.
    """
    remaining = list(items)
    ordered: list[T] = []
    last = after
    while remaining:
        index = next((i for i, item in enumerate(remaining) if topic(item) != last), 0)
        item = remaining.pop(index)
        ordered.append(item)
        last = topic(item)
    return ordered


def session_order(
    due: Sequence[T],
    new: Sequence[T],
    topic: Callable[[T], str],
    *,
    after: str | None = None,
) -> list[T]:
    """Due questions (already in priority order) first, then new ones, each interleaved.

    New questions start with a topic other than the last due question's when they can.
    """
    first = interleave(due, topic, after=after)
    last = topic(first[-1]) if first else after
    return first + interleave(new, topic, after=last)
