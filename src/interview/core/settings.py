"""The user's spaced-repetition settings, validated (the `[study]` table of the config).

Kept apart from `scheduling` so that reading the config does not import the scheduler.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from interview.core.questions import format_duration, parse_duration

MAX_NEW_PER_DAY = 10_000
"""More new questions a day than any bank holds; a bigger number is a typo."""

MAX_LEECH_THRESHOLD = 1_000
"""Lapses before a question is a leech, at most."""


class SettingsError(ValueError):
    """A setting has a value it cannot have; the message names it and the allowed range."""


@dataclass(frozen=True, slots=True)
class StudySettings:
    """The user's spaced-repetition settings (the `[study]` table of the config file)."""

    desired_retention: float = 0.90
    """Probability of recall FSRS schedules for: higher means more reviews."""
    new_per_day: int = 10
    """New questions introduced per day."""
    learning_steps: tuple[int, ...] = (60, 600)
    """Seconds between the first reviews of a new question."""
    relearning_steps: tuple[int, ...] = (600,)
    """Seconds between reviews of a forgotten question before it returns to long intervals."""
    maximum_interval: int = 36500
    """Longest interval in days."""
    fuzz: bool = True
    """Spread intervals a little so that questions learnt together do not stay together."""
    leech_threshold: int = 6
    """Lapses after which a question is flagged as a leech."""
    day_starts_at: int = 4
    """Local hour at which a new study day (and its new-question allowance) begins."""
    parameters: tuple[float, ...] | None = field(default=None)
    """FSRS parameters fitted by `interview optimize`; None means the defaults."""

    def __post_init__(self) -> None:
        problems = self.problems()
        if problems:
            raise SettingsError("; ".join(problems))

    def problems(self) -> list[str]:
        """What is wrong with these settings, one sentence each (empty when valid)."""
        found: list[str] = []
        if not 0.70 <= self.desired_retention <= 0.97:
            found.append(
                f"study.desired_retention must be between 0.70 and 0.97, "
                f"not {self.desired_retention}"
            )
        if not 0 <= self.new_per_day <= MAX_NEW_PER_DAY:
            found.append(
                f"study.new_per_day must be 0 to {MAX_NEW_PER_DAY}, not {self.new_per_day}"
            )
        for name in ("learning_steps", "relearning_steps"):
            steps: tuple[int, ...] = getattr(self, name)
            if any(step <= 0 or step >= 86400 for step in steps):
                found.append(f"study.{name} must each be more than 0s and under 1 day")
        if not 1 <= self.maximum_interval <= 36500:
            found.append(
                f"study.maximum_interval must be 1 to 36500 days, not {self.maximum_interval}"
            )
        if not 1 <= self.leech_threshold <= MAX_LEECH_THRESHOLD:
            found.append(
                f"study.leech_threshold must be 1 to {MAX_LEECH_THRESHOLD}, "
                f"not {self.leech_threshold}"
            )
        if not 0 <= self.day_starts_at <= 23:
            found.append(f"study.day_starts_at must be an hour 0-23, not {self.day_starts_at}")
        if self.parameters is not None and not all(map(math.isfinite, self.parameters)):
            found.append("study.parameters must all be finite numbers")
        elif self.parameters is not None:
            import fsrs  # only when there are parameters to check: keeps start-up light

            try:
                fsrs.Scheduler(parameters=self.parameters)
            except ValueError as exc:
                found.append(f"study.parameters are not valid FSRS-6 parameters: {exc}")
        return found

    def to_toml(self) -> dict[str, Any]:
        """The `[study]` table as it is written in the config file."""
        table: dict[str, Any] = {
            "desired_retention": self.desired_retention,
            "new_per_day": self.new_per_day,
            "learning_steps": [format_duration(s) for s in self.learning_steps],
            "relearning_steps": [format_duration(s) for s in self.relearning_steps],
            "maximum_interval": self.maximum_interval,
            "fuzz": self.fuzz,
            "leech_threshold": self.leech_threshold,
            "day_starts_at": self.day_starts_at,
        }
        if self.parameters is not None:
            table["parameters"] = list(self.parameters)
        return table

    @classmethod
    def from_toml(cls, table: Mapping[str, Any]) -> StudySettings:
        """Settings from the `[study]` table; SettingsError names each bad or unknown key."""
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(table) - known)
        if unknown:
            raise SettingsError(
                f"unknown setting study.{unknown[0]} (known: {', '.join(sorted(known))})"
            )
        values: dict[str, Any] = {}
        for key, value in table.items():
            values[key] = _convert(key, value)
        return cls(**values)


def _convert(key: str, value: Any) -> Any:
    """One `[study]` value from TOML into its Python type, or SettingsError."""

    def bad(expected: str) -> SettingsError:
        return SettingsError(f"study.{key} must be {expected}, not {value!r}")

    if key == "desired_retention":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad("a number such as 0.9")
        return float(value)
    if key in ("new_per_day", "maximum_interval", "leech_threshold", "day_starts_at"):
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad("a whole number")
        return value
    if key == "fuzz":
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if key in ("learning_steps", "relearning_steps"):
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list):
            raise bad('a list of durations such as ["1m", "10m"]')
        try:
            return tuple(parse_duration(str(item)) for item in items if str(item).strip())
        except ValueError as exc:
            raise SettingsError(f"study.{key}: {exc}") from exc
    if key == "parameters":
        if not isinstance(value, list) or not all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in value
        ):
            raise bad("a list of numbers")
        return tuple(float(v) for v in value)
    raise SettingsError(f"unknown setting study.{key}")
