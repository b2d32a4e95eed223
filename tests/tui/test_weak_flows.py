"""Weak areas through the TUI: the ranked table, sorting, an area's detail, a drill."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from textual.widgets import DataTable, Static

from interview.core.scheduling import Grade
from interview.core.scoring import Assessment
from interview.tui.app import InterviewApp
from interview.tui.screens.home import HomeScreen
from interview.tui.screens.practice import PracticeScreen
from interview.tui.screens.question import QuestionScreen
from interview.tui.screens.weak import AreaScreen, WeakAreasScreen
from tests.conftest import NOW
from tests.tui.conftest import loaded


def history(app: InterviewApp) -> None:
    """sigmoid forgotten (Again twice), precision-recall answered well: ml-theory is weakest."""
    backend = app.backend
    assert backend is not None
    answers = [
        ("ml-theory/sigmoid", 5, Grade.GOOD, 3),
        ("ml-theory/sigmoid", 3, Grade.AGAIN, 0),
        ("ml-theory/sigmoid", 2, Grade.AGAIN, 1),
        ("evaluation/precision-recall", 4, Grade.GOOD, 4),
    ]
    for qid, days_ago, grade, covered in answers:
        question = backend.question(qid)
        assert question is not None
        total = len(question.rubric)
        backend.answer(
            question_id=qid,
            now=NOW - timedelta(days=days_ago),
            grade=grade,
            assessment=Assessment(
                rubric_total=total,
                covered=frozenset(range(min(covered, total))),
                duration_s=60,
                budget_s=question.time_budget,
            ),
        )


def rows(app: InterviewApp) -> list[str]:
    table = app.screen.query_one("#weak-table", DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_weak_areas_rank_sort_detail_and_drill(make_app: Callable[..., InterviewApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 50)) as pilot:
        await loaded(pilot)
        history(app)
        assert isinstance(app.screen, HomeScreen)
        app.screen.backend_ready()
        home_weak = str(app.screen.query_one("#home-weak", Static).render())
        assert "ml-theory" in home_weak or "#gradients" in home_weak

        await pilot.press("w")
        assert isinstance(app.screen, WeakAreasScreen)
        order = rows(app)
        assert order[0] in {"ml-theory", "#gradients"}  # sigmoid's areas are weakest
        assert order.index("evaluation") < order.index("algorithms")  # started before not
        assert "Weakest:" in str(app.screen.query_one("#weak-summary", Static).render())

        await pilot.press("s", "s", "s", "s")  # weakness -> retention -> recall -> rubric -> name
        assert rows(app)[:3] == ["algorithms", "evaluation", "ml-theory"]
        await pilot.press("t")  # categories only
        assert all(not r.startswith("#") for r in rows(app))
        await pilot.press("s")  # back to weakness
        assert rows(app)[0] == "ml-theory"

        forgotten = app.screen.query_one("#weak-forgotten", DataTable)
        assert forgotten.row_count == 1  # only sigmoid was forgotten
        assert "Why does the sigmoid saturate?" in str(forgotten.get_row_at(0)[0])
        assert str(forgotten.get_row_at(0)[3]) == "2"  # graded Again twice

        await pilot.press("enter")
        assert isinstance(app.screen, AreaScreen)
        questions = app.screen.query_one("#area-questions", DataTable)
        assert questions.row_count == 1
        assert "Why does the sigmoid saturate?" in str(questions.get_row_at(0)[0])
        await pilot.press("enter")
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("escape")
        await pilot.press("d")
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.attempt is not None
        assert app.screen.attempt.question.category == "ml-theory"
        assert "drill: ml-theory" in str(app.screen.query_one("#practice-meta", Static).render())


async def test_weak_areas_with_no_history(make_app: Callable[..., InterviewApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 50)) as pilot:
        await loaded(pilot)
        await pilot.press("w")
        summary = str(app.screen.query_one("#weak-summary", Static).render())
        assert "No reviews yet" in summary
        assert "algorithms" in rows(app)
        await pilot.press("enter")
        assert isinstance(app.screen, AreaScreen)
        assert "No question of this area has been reviewed yet." in str(
            app.screen.query_one("#area-keys", Static).render()
        )
