"""Weak areas at scale: the whole table and the charts over 10,000 questions, 100,000 reviews.

    python benchmarks/weak_bench.py [QUESTIONS] [REVIEWS]

Target (issue 6): the weak-areas table and the heatmap in 200 ms or less. The history is
written straight into the database (random grades, rubric ticks, times and hints over a
year, 70% of the bank studied): the aggregation cost depends on the number of rows, not
on how realistic the schedule is. Each figure is timed 7 times; the median, fastest and
slowest are printed.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from interview.core.scheduling import StudySettings
from interview.insights import activity, weak_areas
from interview.storage.engine import open_database, write_transaction
from interview.storage.study import to_db
from interview.storage.sync import sync_banks
from interview.study import Study
from make_bank import make_bank

NOW = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
RUNS = 7


def fill_history(engine: object, ids: list[str], reviews: int, rng: random.Random) -> int:
    studied = rng.sample(ids, int(len(ids) * 0.7))
    rows = []
    for _ in range(reviews):
        qid = rng.choice(studied)
        moment = NOW - timedelta(days=rng.uniform(0, 365))
        total = rng.randint(3, 8)
        covered = sorted(rng.sample(range(total), rng.randint(0, total)))
        rows.append(
            (
                qid,
                to_db(moment),
                rng.choice([1, 2, 3, 3, 3, 4]),
                None,
                total,
                json.dumps(covered),
                rng.choice([0, 0, 0, 1, 2]),
                rng.randint(20_000, 900_000),
                "hash",
                "practice",
                None,
                2,
                None,
                rng.uniform(1, 100),
                rng.uniform(1, 10),
                to_db(moment + timedelta(days=rng.uniform(1, 60))),
                1,
                0,
                len(covered),
                rng.choice([300_000, 600_000, 1_200_000]),
            )
        )
    cards = [
        (
            qid,
            2,
            None,
            rng.uniform(0.5, 200),
            rng.uniform(1, 10),
            to_db(NOW + timedelta(days=rng.uniform(-20, 60))),
            to_db(NOW - timedelta(days=rng.uniform(0, 120))),
            rng.randint(1, 30),
            rng.choice([0, 0, 0, 1, 2, 3, 7]),
            rng.randint(1, 4),
        )
        for qid in studied
    ]
    with write_transaction(engine) as cursor:  # type: ignore[arg-type]
        cursor.executemany(
            "INSERT INTO review (question_id, reviewed_at, grade, suggested_grade, rubric_total,"
            " rubric_covered, hints_used, duration_ms, content_hash, source, card_before,"
            " status, step, stability, difficulty, due, reps, lapses, covered_count, budget_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        cursor.executemany(
            "INSERT INTO card (question_id, status, step, stability, difficulty, due,"
            " last_review, reps, lapses, last_grade) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            cards,
        )
    return len(studied)


def timed(function: object) -> list[float]:
    results = []
    for _ in range(RUNS):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        results.append((time.perf_counter() - start) * 1000)
    return results


def line(name: str, ms: list[float]) -> str:
    return (
        f"{name:<44} median {statistics.median(ms):7.1f} ms   "
        f"min {min(ms):7.1f}   max {max(ms):7.1f}"
    )


def main() -> None:
    questions = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    reviews = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    rng = random.Random(6)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        engine = open_database(folder / "weak.db")
        sync_banks(engine=engine, folders=[make_bank(folder / "bank", questions)], now=NOW)
        with engine.connect() as connection:
            ids = [r[0] for r in connection.exec_driver_sql("SELECT id FROM question")]
        studied = fill_history(engine, ids, reviews, rng)
        study = Study(engine=engine, settings=StudySettings(), zone=UTC)
        table = weak_areas(study=study, now=NOW)
        print(
            f"{len(ids)} questions, {studied} studied, {reviews} reviews; "
            f"{len(table.areas)} areas (categories and tags)"
        )
        table_ms = timed(lambda: weak_areas(study=study, now=NOW))
        charts_ms = timed(lambda: activity(study=study, now=NOW))
        both_ms = timed(lambda: (weak_areas(study=study, now=NOW), activity(study=study, now=NOW)))
        print(line("weak-areas table (SQL per question + areas)", table_ms))
        print(line("charts (heatmap, forecast, weekly scores)", charts_ms))
        print(line("table + charts (target <= 200 ms)", both_ms))
        engine.dispose()


if __name__ == "__main__":
    main()
