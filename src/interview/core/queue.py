"""Ordering a study session: due reviews first, then new questions, topics interleaved."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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
    """Due questions (already in priority order) first, interleaved, then the new ones
    in the order given: `plan_new` has already shared them out in rounds and started
    them away from the topic shown last (`last_topic` says which that is)."""
    return interleave(due, topic, after=after) + list(new)


def last_topic(
    due: Sequence[T], topic: Callable[[T], str], *, after: str | None = None
) -> str | None:
    """The topic shown just before the first new question of `session_order`."""
    ordered = interleave(due, topic, after=after)
    return topic(ordered[-1]) if ordered else after


def plan_new(
    remaining: Mapping[str, int],
    introduced: Mapping[str, int],
    *,
    quota: int,
    anchor: str | None,
    after: str | None = None,
) -> list[str]:
    """The categories of the new questions still to come today, in order.

    `remaining` is each category's new questions left now; `introduced` is how many
    each has already introduced today; `quota` is the day's new questions in all
    (introduced ones included); `anchor` is the category of the last new question
    introduced before today, so the rotation carries on from where it stopped.

    The day's quota is shared out first one per category (in rotation order, so a
    quota smaller than the number of categories serves the next ones tomorrow), then
    in proportion to the new questions each category had at the start of the day
    (Sainte-Laguë: each is within one of its fair share). The order comes in rounds:
    a category's second question comes only after every category due one has had its
    first, so none repeats while another is waiting. `after`, the category shown just
    before, does not open the list when another of the same round can.
    """
    start = {
        c: remaining.get(c, 0) + introduced.get(c, 0)
        for c in sorted(set(remaining) | set(introduced))
    }
    start = {c: n for c, n in start.items() if n > 0}
    order = _rotation(sorted(start), anchor)
    shares = dict.fromkeys(order, 0)
    left = min(quota, sum(start.values()))
    for category in order:  # one each first
        if left == 0:
            break
        shares[category] = 1
        left -= 1
    while left > 0:  # then in proportion to size (Sainte-Laguë divisors 1, 3, 5, ...)
        open_ = [c for c in order if shares[c] < start[c]]
        best = max(open_, key=lambda c: (start[c] / (2 * shares[c] + 1), -order.index(c)))
        shares[best] += 1
        left -= 1
    plan: list[str] = []
    given = {c: introduced.get(c, 0) for c in order}
    to_come = {c: max(0, min(shares[c], start[c]) - given[c]) for c in order}
    to_come = {c: min(n, remaining.get(c, 0)) for c, n in to_come.items()}
    while any(to_come.values()):
        # the next round: the categories that have had the fewest today go first
        low = min(given[c] for c in order if to_come[c])
        this_round = [c for c in order if to_come[c] and given[c] == low]
        if not plan and after in this_round and len(this_round) > 1:
            this_round.remove(after)
            this_round.append(after)
        for category in this_round:
            plan.append(category)
            given[category] += 1
            to_come[category] -= 1
    return plan


def _rotation(categories: list[str], anchor: str | None) -> list[str]:
    """The categories in turn, starting with the one after `anchor`."""
    if anchor is None or not categories:
        return categories
    after = [c for c in categories if c > anchor]
    return after + [c for c in categories if c <= anchor]
