"""The study engine over a real database: queue, grading, undo, leeches, bad input."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from interview.core.scheduling import CardStatus, Grade, StudySettings, retrievability
from interview.core.scoring import Assessment
from interview.storage.engine import open_database
from interview.storage.study import QueueFilters, ReviewError, get_card
from interview.storage.sync import sync_banks
from interview.study import Study
from tests.conftest import NOW, question_text, write

CATEGORIES = {"algorithms": 4, "ml-theory": 4, "evaluation": 4}


def make_bank(folder: Path) -> Path:
    for category, count in CATEGORIES.items():
        for i in range(count):
            write(
                folder / category / f"q{i}.md",
                question_text(
                    title=f"{category} {i}",
                    question=f"Question {i} about {category}?",
                    front=f"difficulty: {'hard' if i == 0 else 'easy'}\ntags: [{'graphs' if i == 1 else 'metrics'}]",
                    rubric=("one", "two", "three", "four"),
                ),
            )
    return folder


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = open_database(tmp_path / "study.db")
    sync_banks(engine=engine, folders=[make_bank(tmp_path / "bank")], now=NOW, workers=1)
    return engine


def study(engine: Engine, **settings: object) -> Study:
    defaults: dict[str, object] = {"fuzz": False, "new_per_day": 5}
    return Study(engine=engine, settings=StudySettings(**{**defaults, **settings}), zone=UTC)  # type: ignore[arg-type]


def review_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.exec_driver_sql("SELECT count(*) FROM review").scalar_one())


def test_a_new_user_gets_new_questions_up_to_the_daily_limit_interleaved(engine: Engine) -> None:
    queue = study(engine).queue(now=NOW)
    assert [c.kind for c in queue] == ["new"] * 5
    categories = [c.category for c in queue]
    assert all(a != b for a, b in itertools.pairwise(categories))


def test_new_questions_answered_today_use_up_the_limit(engine: Engine) -> None:
    engine_study = study(engine, new_per_day=3)
    for candidate in engine_study.queue(now=NOW)[:2]:
        engine_study.answer(question_id=candidate.question_id, grade=Grade.EASY, now=NOW)
    assert engine_study.new_left_today(NOW) == 1
    assert [c.kind for c in engine_study.queue(now=NOW)] == ["new"]
    # the next study day (from 04:00) brings a fresh allowance
    assert engine_study.new_left_today(NOW + timedelta(days=1)) == 3


def test_due_reviews_come_first_lowest_retrievability_first(engine: Engine) -> None:
    s = study(engine, new_per_day=20)
    # two questions learnt long ago with different stabilities, one learnt recently
    for question_id, grade in [("algorithms/q0", Grade.HARD), ("ml-theory/q0", Grade.EASY)]:
        s.answer(question_id=question_id, grade=grade, now=NOW - timedelta(days=60))
    s.answer(question_id="evaluation/q0", grade=Grade.GOOD, now=NOW - timedelta(days=30))
    queue = s.queue(now=NOW)
    due = [c for c in queue if c.kind == "due"]
    with engine.connect() as connection:
        recall = {
            c.question_id: retrievability(
                s.scheduler, get_card(connection=connection, question_id=c.question_id), NOW
            )  # type: ignore[arg-type]
            for c in due
        }
    assert len(due) == 3
    assert [c.question_id for c in due] == sorted(recall, key=recall.__getitem__)
    assert due[0].question_id == "algorithms/q0"  # graded Hard 60 days ago: the weakest
    assert queue[: len(due)] == due
    assert queue[len(due)].kind == "new"
    assert queue[len(due)].category != due[-1].category


def test_filters_narrow_the_queue(engine: Engine) -> None:
    s = study(engine, new_per_day=50)
    assert {
        c.category for c in s.queue(now=NOW, filters=QueueFilters(categories=("evaluation",)))
    } == {"evaluation"}
    tagged = s.queue(now=NOW, filters=QueueFilters(tags=("graphs",)))
    assert sorted(c.question_id for c in tagged) == [
        "algorithms/q1",
        "evaluation/q1",
        "ml-theory/q1",
    ]
    hard = s.queue(now=NOW, filters=QueueFilters(difficulties=("hard",)))
    assert sorted(c.question_id for c in hard) == ["algorithms/q0", "evaluation/q0", "ml-theory/q0"]
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO question_user (question_id, starred, note) VALUES ('ml-theory/q3', 1, '')"
        )
    assert [c.question_id for c in s.queue(now=NOW, filters=QueueFilters(starred=True))] == [
        "ml-theory/q3"
    ]
    excluded = s.queue(now=NOW, filters=QueueFilters(exclude=("ml-theory/q3",), starred=True))
    assert excluded == []


def test_weak_filter_finds_what_was_forgotten_or_graded_low(engine: Engine) -> None:
    s = study(engine, new_per_day=50)
    s.answer(question_id="algorithms/q0", grade=Grade.HARD, now=NOW - timedelta(days=40))
    s.answer(question_id="algorithms/q1", grade=Grade.EASY, now=NOW - timedelta(days=40))
    weak = s.queue(now=NOW, filters=QueueFilters(weak=True))
    assert [c.question_id for c in weak] == ["algorithms/q0"]


def test_review_ahead_when_nothing_is_due(engine: Engine) -> None:
    s = study(engine, new_per_day=0)
    s.answer(question_id="algorithms/q0", grade=Grade.EASY, now=NOW)
    assert s.queue(now=NOW) == []
    ahead = s.queue(now=NOW, review_ahead=True)
    assert [(c.question_id, c.kind) for c in ahead] == [("algorithms/q0", "ahead")]


def test_answering_commits_a_full_review_row_at_once(engine: Engine, tmp_path: Path) -> None:
    s = study(engine)
    assessment = Assessment(
        rubric_total=4, covered=frozenset({0, 2}), hints_used=1, duration_s=75.5, budget_s=300
    )
    recorded = s.answer(question_id="ml-theory/q2", assessment=assessment, now=NOW)
    assert recorded.grade is Grade.AGAIN  # 0.5 - 0.15 = 0.35
    assert recorded.suggested_grade is Grade.AGAIN
    other = open_database(tmp_path / "study.db")  # another connection sees it: committed
    with other.connect() as connection:
        row = connection.exec_driver_sql("SELECT * FROM review").mappings().one()
        content_hash = connection.exec_driver_sql(
            "SELECT content_hash FROM question WHERE id = 'ml-theory/q2'"
        ).scalar_one()
    assert row["question_id"] == "ml-theory/q2"
    assert row["reviewed_at"] == "2026-11-21 09:30:00.000000"
    assert (row["grade"], row["suggested_grade"]) == (1, 1)
    assert json.loads(row["rubric_covered"]) == [0, 2]
    assert (row["rubric_total"], row["hints_used"], row["duration_ms"]) == (4, 1, 75500)
    assert row["content_hash"] == content_hash
    assert row["card_before"] is None
    card = get_card(connection=other.connect(), question_id="ml-theory/q2")
    assert card is not None
    assert (row["status"], row["stability"], row["difficulty"]) == (
        card.status.value,
        card.stability,
        card.difficulty,
    )


def test_the_user_may_overrule_the_suggestion(engine: Engine) -> None:
    s = study(engine)
    assessment = Assessment(
        rubric_total=4, covered=frozenset({0, 1, 2, 3}), duration_s=10, budget_s=300
    )
    recorded = s.answer(
        question_id="ml-theory/q2", assessment=assessment, grade=Grade.HARD, now=NOW
    )
    assert (recorded.grade, recorded.suggested_grade) == (Grade.HARD, Grade.EASY)


def test_a_question_without_a_rubric_needs_a_grade(engine: Engine) -> None:
    s = study(engine)
    with pytest.raises(ReviewError, match="no rubric"):
        s.answer(question_id="ml-theory/q2", assessment=Assessment(rubric_total=0), now=NOW)
    recorded = s.answer(
        question_id="ml-theory/q2", assessment=Assessment(rubric_total=0), grade=Grade.GOOD, now=NOW
    )
    assert recorded.suggested_grade is None


def test_undo_restores_the_card_exactly_and_removes_the_review(engine: Engine) -> None:
    s = study(engine)
    s.answer(question_id="evaluation/q1", grade=Grade.GOOD, now=NOW)
    s.answer(question_id="evaluation/q1", grade=Grade.GOOD, now=NOW + timedelta(minutes=10))
    with engine.connect() as connection:
        before = get_card(connection=connection, question_id="evaluation/q1")
    last = s.answer(question_id="evaluation/q1", grade=Grade.AGAIN, now=NOW + timedelta(days=3))
    undone = s.undo(last.id)
    assert undone is not None and undone.grade is Grade.AGAIN
    with engine.connect() as connection:
        assert get_card(connection=connection, question_id="evaluation/q1") == before
        last_grade = connection.exec_driver_sql(
            "SELECT last_grade FROM card WHERE question_id = 'evaluation/q1'"
        ).scalar_one()
    assert last_grade == Grade.GOOD
    assert review_count(engine) == 2


def test_undoing_a_first_review_makes_the_question_new_again(engine: Engine) -> None:
    s = study(engine, new_per_day=1)
    first = s.answer(question_id="evaluation/q1", grade=Grade.GOOD, now=NOW)
    assert s.new_left_today(NOW) == 0
    s.undo(first.id)
    with engine.connect() as connection:
        assert get_card(connection=connection, question_id="evaluation/q1") is None
    assert s.new_left_today(NOW) == 1
    assert s.undo(first.id) is None  # already taken back
    assert review_count(engine) == 0


def test_undo_takes_back_only_its_own_review_not_another_windows(
    engine: Engine, tmp_path: Path
) -> None:
    """Two app windows on one database: `u` in one never removes the other's review."""
    mine = study(engine)
    given = mine.answer(question_id="evaluation/q1", grade=Grade.GOOD, now=NOW)
    code = (  # the other window: another process grading another question
        "from datetime import datetime, UTC\n"
        "from interview.core.scheduling import Grade, StudySettings\n"
        "from interview.storage.engine import open_database\n"
        "from interview.study import Study\n"
        f"s = Study(engine=open_database({str(tmp_path / 'study.db')!r}), settings=StudySettings(), zone=UTC)\n"
        "print(s.answer(question_id='ml-theory/q2', grade=Grade.HARD, now=datetime(2026, 11, 21, 9, 30, tzinfo=UTC)).id)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) > given.id  # theirs is the newest review in the database
    undone = mine.undo(given.id)
    assert undone is not None and undone.question_id == "evaluation/q1"
    with engine.connect() as connection:
        left = connection.exec_driver_sql("SELECT question_id, grade FROM review").all()
        assert get_card(connection=connection, question_id="evaluation/q1") is None
    assert left == [("ml-theory/q2", Grade.HARD.value)]


def test_undo_is_refused_when_the_question_was_reviewed_again_elsewhere(engine: Engine) -> None:
    url = engine.url.database
    assert url is not None
    mine, other = study(engine), study(open_database(url))
    given = mine.answer(question_id="evaluation/q1", grade=Grade.GOOD, now=NOW)
    other.answer(question_id="evaluation/q1", grade=Grade.AGAIN, now=NOW + timedelta(hours=1))
    with engine.connect() as connection:
        card = get_card(connection=connection, question_id="evaluation/q1")
    with pytest.raises(ReviewError, match="reviewed again since"):
        mine.undo(given.id)
    with engine.connect() as connection:
        assert get_card(connection=connection, question_id="evaluation/q1") == card
    assert review_count(engine) == 2


def test_leeches_are_flagged_and_stay_in_rotation(engine: Engine) -> None:
    s = study(engine, leech_threshold=2)
    moment = NOW
    s.answer(question_id="algorithms/q2", grade=Grade.EASY, now=moment)
    for _ in range(2):
        with engine.connect() as connection:
            card = get_card(connection=connection, question_id="algorithms/q2")
        assert card is not None
        moment = card.due
        s.answer(question_id="algorithms/q2", grade=Grade.AGAIN, now=moment)  # lapse
        moment += timedelta(minutes=10)
        s.answer(question_id="algorithms/q2", grade=Grade.GOOD, now=moment)  # relearnt
    with engine.connect() as connection:
        card = get_card(connection=connection, question_id="algorithms/q2")
    assert card is not None and card.lapses == 2 and card.is_leech(2)
    assert card.status is CardStatus.REVIEW
    due_ids = [c.question_id for c in s.queue(now=card.due, filters=QueueFilters(weak=True))]
    assert due_ids == ["algorithms/q2"]


def test_bad_reviews_write_nothing(engine: Engine, tmp_path: Path) -> None:
    s = study(engine)
    with pytest.raises(ReviewError, match="no question with id 'nope'"):
        s.answer(question_id="nope", grade=Grade.GOOD, now=NOW)
    with pytest.raises(ReviewError, match="not one of again"):
        s.answer(question_id="ml-theory/q1", grade=5, now=NOW)  # type: ignore[arg-type]
    s.answer(question_id="ml-theory/q1", grade=Grade.GOOD, now=NOW)
    with pytest.raises(ReviewError, match="before this question's last review"):
        s.answer(question_id="ml-theory/q1", grade=Grade.GOOD, now=NOW - timedelta(hours=1))
    (tmp_path / "bank" / "ml-theory" / "q3.md").unlink()
    sync_banks(engine=engine, folders=[tmp_path / "bank"], now=NOW, workers=1)
    with pytest.raises(ReviewError, match="retired"):
        s.answer(question_id="ml-theory/q3", grade=Grade.GOOD, now=NOW)
    assert review_count(engine) == 1


def test_a_review_by_another_process_is_visible_here(engine: Engine, tmp_path: Path) -> None:
    code = (
        "from datetime import datetime, UTC\n"
        "from interview.core.scheduling import Grade, StudySettings\n"
        "from interview.storage.engine import open_database\n"
        "from interview.study import Study\n"
        f"s = Study(engine=open_database({str(tmp_path / 'study.db')!r}), settings=StudySettings(), zone=UTC)\n"
        "print(s.answer(question_id='ml-theory/q1', grade=Grade.GOOD, now=datetime(2026, 11, 21, 9, 30, tzinfo=UTC)).id)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"
    with engine.connect() as connection:
        assert get_card(connection=connection, question_id="ml-theory/q1") is not None


def test_two_processes_answering_at_once_lose_nothing(engine: Engine, tmp_path: Path) -> None:
    code = (
        "import sys\nfrom datetime import datetime, timedelta, UTC\n"
        "from interview.core.scheduling import Grade, StudySettings\n"
        "from interview.storage.engine import open_database\n"
        "from interview.study import Study\n"
        f"s = Study(engine=open_database({str(tmp_path / 'study.db')!r}), settings=StudySettings(), zone=UTC)\n"
        "qid = sys.argv[1]\n"
        "t = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)\n"
        "for i in range(25):\n"
        "    s.answer(question_id=qid, grade=Grade.GOOD, now=t + timedelta(minutes=i))\n"
    )
    workers = [
        subprocess.Popen([sys.executable, "-c", code, qid])
        for qid in ("ml-theory/q1", "evaluation/q2")
    ]
    assert [w.wait() for w in workers] == [0, 0]
    assert review_count(engine) == 50


def test_due_summary(engine: Engine) -> None:
    s = study(engine, new_per_day=3)
    s.answer(question_id="algorithms/q0", grade=Grade.GOOD, now=NOW - timedelta(days=30))
    s.answer(question_id="ml-theory/q0", grade=Grade.AGAIN, now=NOW)
    summary = s.due_summary(now=NOW)
    assert summary.due_now == {"algorithms": 1}
    assert summary.due_today == {"algorithms": 1, "ml-theory": 1}
    assert summary.new_available == {"algorithms": 3, "evaluation": 4, "ml-theory": 3}
    assert summary.new_left_today == 2


def test_a_full_disk_loses_nothing_and_says_so(engine: Engine) -> None:
    s = study(engine)
    s.answer(question_id="ml-theory/q1", grade=Grade.GOOD, now=NOW)
    proxy = engine.raw_connection()  # the pool hands this same connection to the next write
    pages = proxy.driver_connection.execute("PRAGMA page_count").fetchone()[0]
    proxy.driver_connection.execute(f"PRAGMA max_page_count = {pages}")
    proxy.close()
    with pytest.raises(ReviewError, match=r"could not be saved .*full.*nothing was written"):
        for minute in range(1, 200):  # fill the last free pages until the disk is "full"
            s.answer(
                question_id="ml-theory/q2", grade=Grade.GOOD, now=NOW + timedelta(minutes=minute)
            )
    kept = review_count(engine)
    with engine.connect() as connection:
        card = get_card(connection=connection, question_id="ml-theory/q2")
        last = connection.exec_driver_sql(
            "SELECT max(reviewed_at) FROM review WHERE question_id = 'ml-theory/q2'"
        ).scalar_one()
    assert card is not None and card.last_review is not None
    assert card.last_review.strftime("%Y-%m-%d %H:%M:%S.%f") == last  # card and history agree
    assert kept >= 1
