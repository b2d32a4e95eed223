"""Study engine at scale: choosing the next question and answering, against Anki.

    python benchmarks/study_bench.py            (pip install -e '.[bench]' for Anki)

On a 10,000-question bank with a year of simulated history (about 6,000 questions
studied, ~45,000 reviews), it times choosing the next question and answering 1,000
questions one commit each (median and p99). In the same run, if the `anki` package is
installed, it answers 1,000 cards of a 10,000-card Anki collection the same way; the two
take turns in blocks of 50 so that a busy moment on the machine hits both. Note that
Anki does not commit each answer (another connection sees its reviews only when it
saves), so its figure is a floor that interview's per-answer commit has to meet.
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
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from interview.core.scheduling import Grade, StudySettings, make_scheduler, retrievability, review
from interview.storage.engine import open_database
from interview.storage.history import import_history
from interview.storage.sync import sync_banks
from interview.study import Study
from make_bank import make_bank

NOW = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
ANSWERS = 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(name: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return f"{name:<42} median {statistics.median(ms):7.3f} ms   p99 {percentile(ms, 0.99):7.3f} ms"


def simulated_history(question_ids: list[str], rng: random.Random) -> dict[str, Any]:
    """A year of practice on 60% of the bank, following FSRS with a fallible learner."""
    scheduler = make_scheduler(StudySettings())
    cards: list[dict[str, Any]] = []
    reviews: list[dict[str, Any]] = []
    for question_id in rng.sample(question_ids, int(len(question_ids) * 0.6)):
        moment = NOW - timedelta(days=rng.uniform(1, 365), minutes=rng.uniform(0, 600))
        card = None
        before = None
        while moment < NOW:
            recall = retrievability(scheduler, card, moment) if card else 0.0
            grade = (
                Grade.GOOD
                if card is None
                else (
                    rng.choice([Grade.GOOD, Grade.GOOD, Grade.EASY, Grade.HARD])
                    if rng.random() < max(recall, 0.2)
                    else Grade.AGAIN
                )
            )
            card = review(scheduler, card, grade, moment)
            reviews.append(
                {
                    "question_id": question_id,
                    "reviewed_at": moment.isoformat(),
                    "grade": grade.value,
                    "rubric_total": 5,
                    "rubric_covered": list(range(rng.randint(0, 5))),
                    "duration_ms": rng.randint(20_000, 600_000),
                    "card_before": before,
                    "card_after": card.to_dict(),
                }
            )
            before = card.to_dict()
            moment = max(card.due, moment + timedelta(minutes=1))
        assert card is not None
        cards.append(
            {"question_id": question_id, **card.to_dict(), "last_grade": reviews[-1]["grade"]}
        )
    reviews.sort(key=lambda r: r["reviewed_at"])
    return {
        "format": "interview-history",
        "version": 1,
        "cards": cards,
        "reviews": reviews,
        "user": [],
    }


class InterviewRun:
    """interview with a year of history, answering due questions one commit each."""

    def __init__(self, folder: Path, rng: random.Random) -> None:
        self.rng = rng
        bank = make_bank(folder / "bank", 10_000)
        engine = open_database(folder / "bench.db")
        sync_banks(engine=engine, folders=[bank], now=NOW)
        with engine.connect() as connection:
            ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM question")]
        history = simulated_history(ids, rng)
        import_history(engine=engine, document=json.loads(json.dumps(history)))
        self.study = Study(engine=engine, settings=StudySettings(new_per_day=20), zone=UTC)
        self.moment = NOW + timedelta(days=7)  # a week after the history ends: plenty is due
        self.last: str | None = None
        summary = self.study.due_summary(now=self.moment)
        self.title = (
            f"interview: 10,000 questions, {len(history['cards'])} studied, "
            f"{len(history['reviews'])} reviews in history, {summary.total_now} due now"
        )

    def step(self) -> tuple[float, float]:
        start = time.perf_counter()
        found = self.study.next_question(now=self.moment, after=self.last, review_ahead=True)
        chosen = time.perf_counter()
        assert found is not None
        candidate, question = found
        grade = self.rng.choice(list(Grade))
        self.study.answer(question_id=question.id, grade=grade, now=self.moment)
        done = time.perf_counter()
        self.last = candidate.category
        self.moment += timedelta(seconds=20)
        return chosen - start, done - chosen


class AnkiRun:
    """Anki's own Python package: a 10,000-card collection with FSRS on."""

    def __init__(self, folder: Path, rng: random.Random) -> None:
        from importlib.metadata import version

        from anki.collection import AddNoteRequest, Collection

        self.rng = rng
        self.collection = Collection(str(folder / "bench.anki2"))
        self.collection.set_config("fsrs", True)
        model = self.collection.models.by_name("Basic")
        deck = self.collection.decks.id("Bench")
        requests = []
        for i in range(10_000):
            note = self.collection.new_note(model)
            note["Front"], note["Back"] = f"Question {i}", f"Answer {i}"
            requests.append(AddNoteRequest(note=note, deck_id=deck))
        self.collection.add_notes(requests)
        self.collection.decks.select(deck)
        self.collection.sched.extend_limits(ANSWERS * 2, ANSWERS * 2)  # today's limits
        self.title = f"anki {version('anki')}: 10,000 cards, FSRS on"

    def step(self) -> tuple[float, float]:
        sched = self.collection.sched
        start = time.perf_counter()
        queued = sched.get_queued_cards(fetch_limit=1).cards[0]
        card = self.collection.get_card(queued.card.id)
        card.start_timer()
        chosen = time.perf_counter()
        rating = self.rng.choice([0, 1, 2, 3])  # CardAnswer: AGAIN=0 .. EASY=3
        sched.answer_card(sched.build_answer(card=card, states=queued.states, rating=rating))
        done = time.perf_counter()
        return chosen - start, done - chosen


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        runs: dict[str, InterviewRun | AnkiRun] = {
            "interview": InterviewRun(Path(tmp), random.Random(1))
        }
        try:
            runs["anki"] = AnkiRun(Path(tmp), random.Random(1))
        except ImportError:
            print("anki: not installed (pip install -e '.[bench]'); only interview is timed")
        timings: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in runs}
        # Blocks of 50, taking turns, so that a busy moment on the machine hits both.
        for _ in range(ANSWERS // 50):
            for name, run in runs.items():
                for _ in range(50):
                    choose, answer = run.step()
                    timings[name][0].append(choose)
                    timings[name][1].append(answer)
        for name, run in runs.items():
            print(run.title)
            print(report(f"{name}: choose next question", timings[name][0]))
            how = "one commit each" if name == "interview" else "commits when it chooses"
            print(report(f"{name}: answer ({how})", timings[name][1]))


if __name__ == "__main__":
    main()
