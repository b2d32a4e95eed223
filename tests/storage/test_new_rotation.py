"""Two weeks of daily practice on the shipped bank: new questions from every category.

The bug this guards: the new-question turn restarted at the first category on every
call, so a new user saw algorithms, behavioral, algorithms, behavioral... for weeks
while evaluation, ml-theory and system-design waited.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, timedelta
from pathlib import Path

from interview.core.scheduling import Grade, StudySettings
from interview.paths import shipped_bank
from interview.storage.engine import open_database
from interview.storage.study import new_counts
from interview.storage.sync import sync_banks
from interview.study import Study
from tests.conftest import NOW


def test_fourteen_days_of_new_questions_cover_every_category_fairly(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "a.db")
    sync_banks(engine=engine, folders=[shipped_bank()], now=NOW)
    settings = StudySettings()  # the defaults a new user has
    study = Study(engine=engine, settings=settings, zone=UTC)
    grades = [Grade.GOOD, Grade.GOOD, Grade.HARD, Grade.AGAIN, Grade.EASY]
    for day in range(14):
        moment = NOW.replace(hour=9, minute=0) + timedelta(days=day)
        with engine.connect() as connection:
            left = new_counts(connection=connection)
        introduced: list[str] = []
        last: str | None = None
        for step in range(200):  # the whole session: reviews, learning steps, new ones
            found = study.next_question(now=moment, after=last)
            if found is None:
                break
            candidate, question = found
            if candidate.kind == "new":
                introduced.append(candidate.category)
            study.answer(question_id=question.id, grade=grades[step % 5], now=moment)
            last = candidate.category
            moment += timedelta(minutes=3)
        quota = min(settings.new_per_day, sum(left.values()))
        assert len(introduced) == quota, f"day {day}"
        counts = Counter(introduced)
        with_new = {c for c, n in left.items() if n}
        assert set(counts) == with_new, f"day {day}: {counts} of {left}"
        total = sum(left.values())
        for category, number in counts.items():
            fair = quota * left[category] / total
            assert number <= fair + 1, f"day {day}: {category} {number} > {fair:.2f} + 1"
        # within the day, a category's second new question comes after every first
        seen: Counter[str] = Counter()
        turns = []
        for category in introduced:
            turns.append(seen[category])
            seen[category] += 1
        assert turns == sorted(turns), f"day {day}: {introduced}"
