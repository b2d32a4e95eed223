"""Browse and search: every question, filtered, searched as you type, opened with enter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Checkbox, Header, Input, Select, Static

from interview.tui.screens.base import AppScreenMixin
from interview.tui.widgets.footer import KeyFooter
from interview.tui.widgets.question_list import QuestionList, Row

if TYPE_CHECKING:
    from interview.backend import QuestionSummary
    from interview.core.search import SearchIndex


class BrowseScreen(AppScreenMixin, Screen[None]):
    """All questions, with filters and fuzzy search."""

    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="browse.search"),
        Binding("down", "focus_list", "List", show=False),
        Binding("escape", "back", "Back", id="browse.back"),
        Binding("P", "practise_results", "Practise these", id="browse.practise"),
        Binding("b", "bury", "Bury/unbury", id="browse.bury", show=False),
        Binding("S", "suspend", "Suspend/unsuspend", id="browse.suspend", show=False),
    ]

    def __init__(self, *, focus_search: bool = False) -> None:
        super().__init__()
        self.focus_search = focus_search
        self.all_questions: list[QuestionSummary] = []
        self.index: SearchIndex | None = None
        self.due: set[str] = set()
        self.starred: set[str] = set()
        self.suspended: set[str] = set()
        self.buried: set[str] = set()
        self.hits: list[QuestionSummary] | None = None
        """Search results in rank order, or None when the search box is empty."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search titles, questions, answers and tags", id="browse-search")
        with Horizontal(id="browse-filters"):
            # compact: one line each, labels never wrap mid-word at 80 columns
            yield Select[str]([], prompt="Any category", id="browse-category", compact=True)
            yield Select[str]([], prompt="Any tag", id="browse-tag", compact=True)
            yield Select[str](
                [(d, d) for d in ("easy", "medium", "hard")],
                prompt="Any difficulty",
                id="browse-difficulty",
                compact=True,
            )
            yield Checkbox("Due", id="browse-due", compact=True)
            yield Checkbox("Starred", id="browse-starred", compact=True)
        yield Static(id="browse-count")
        yield QuestionList(id="browse-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.load()
        if self.focus_search:
            self.query_one("#browse-search", Input).focus()
        else:
            self.query_one("#browse-list", QuestionList).focus()

    def on_screen_resume(self) -> None:
        backend = self.interview_app.backend
        if backend is not None and self.all_questions:
            self.refresh_flags()
            self.apply(keep=True)

    def refresh_flags(self) -> None:
        """Due, starred, suspended and buried, as of now."""
        backend = self.interview_app.backend
        assert backend is not None
        now = self.interview_app.clock()
        self.due, self.starred = backend.flags(now)
        self.suspended, self.buried = backend.hidden(now)

    def load(self) -> None:
        backend = self.interview_app.backend
        assert backend is not None
        self.all_questions = backend.summaries()
        self.refresh_flags()
        categories = sorted({q.category for q in self.all_questions})
        tags = sorted({t for q in self.all_questions for t in q.tags})
        self.query_one("#browse-category", Select).set_options((c, c) for c in categories)
        self.query_one("#browse-tag", Select).set_options((t, t) for t in tags)
        self.apply()
        self.build_index()

    @work(thread=True, exclusive=True, group="index")
    def build_index(self) -> None:
        """Split every question into words for search (about a second for 10,000)."""
        backend = self.interview_app.backend
        assert backend is not None
        index = backend.search_index()
        self.app.call_from_thread(self.index_ready, index)

    def index_ready(self, index: SearchIndex) -> None:
        self.index = index
        query = self.query_one("#browse-search", Input).value
        if query.strip():
            self.search(query)

    @on(Input.Changed, "#browse-search")
    def search_changed(self, event: Input.Changed) -> None:
        if not event.value.strip():
            self.hits = None
            self.apply()
            return
        if self.index is not None:
            self.search(event.value)

    @work(thread=True, exclusive=True, group="search")
    def search(self, query: str) -> None:
        """Search off the UI thread; a newer keystroke cancels an older search."""
        index = self.index
        if index is None:
            return
        summaries = self.all_questions
        hits = [summaries[i] for i in index.rank(query) if i < len(summaries)]
        self.app.call_from_thread(self.show_hits, query, hits)

    def show_hits(self, query: str, hits: list[QuestionSummary]) -> None:
        if self.query_one("#browse-search", Input).value != query:
            return  # the user typed on
        self.hits = hits
        self.apply()

    @on(Select.Changed)
    @on(Checkbox.Changed)
    def filter_changed(self) -> None:
        self.apply()

    def apply(self, *, keep: bool = False) -> None:
        """Show the questions that pass the search and every filter (`keep`: the cursor
        stays on the same question)."""
        category = self.query_one("#browse-category", Select).value
        tag = self.query_one("#browse-tag", Select).value
        difficulty = self.query_one("#browse-difficulty", Select).value
        only_due = self.query_one("#browse-due", Checkbox).value
        only_starred = self.query_one("#browse-starred", Checkbox).value
        source = self.hits if self.hits is not None else self.all_questions
        rows = []
        for question in source:
            if isinstance(category, str) and question.category != category:
                continue
            if isinstance(tag, str) and tag not in question.tags:
                continue
            if isinstance(difficulty, str) and question.difficulty != difficulty:
                continue
            if only_due and question.id not in self.due:
                continue
            if only_starred and question.id not in self.starred:
                continue
            marks = (
                ("★" if question.id in self.starred else "")
                + ("●" if question.id in self.due else "")
                + ("⊘" if question.id in self.suspended else "")
                + ("◌" if question.id in self.buried else "")
            )
            rows.append(
                Row(question.id, question.title, question.category, question.difficulty, marks)
            )
        self.query_one("#browse-list", QuestionList).set_rows(rows, keep=keep)
        what = "matching" if self.hits is not None else "questions"
        self.query_one("#browse-count", Static).update(
            f"{len(rows)} {what} of {len(self.all_questions)}   ★ starred  ● due  ⊘ suspended"
            "  ◌ buried   enter opens"
        )

    @on(QuestionList.Opened)
    def open_question(self, event: QuestionList.Opened) -> None:
        from interview.tui.screens.question import QuestionScreen

        self.app.push_screen(QuestionScreen(event.question_id))

    @on(Input.Submitted, "#browse-search")
    def submit_search(self) -> None:
        self.query_one("#browse-list", QuestionList).focus()

    def action_focus_search(self) -> None:
        self.query_one("#browse-search", Input).focus()

    def action_focus_list(self) -> None:
        self.query_one("#browse-list", QuestionList).focus()

    def action_practise_results(self) -> None:
        """A practice session on the questions listed (the search and the filters)."""
        rows = self.query_one("#browse-list", QuestionList).rows
        self.interview_app.practise_questions([row.question_id for row in rows])

    def action_suspend(self) -> None:
        """Suspend the question under the cursor, or bring it back."""
        row = self.query_one("#browse-list", QuestionList).current
        backend = self.interview_app.backend
        if row is None or backend is None:
            return
        backend.suspend(row.question_id, suspended=row.question_id not in self.suspended)
        self.refresh_flags()
        self.apply(keep=True)

    def action_bury(self) -> None:
        """Bury the question under the cursor until tomorrow, or unbury it."""
        row = self.query_one("#browse-list", QuestionList).current
        backend = self.interview_app.backend
        if row is None or backend is None:
            return
        now = self.interview_app.clock()
        backend.bury(row.question_id, now=now, buried=row.question_id not in self.buried)
        self.refresh_flags()
        self.apply(keep=True)

    def action_back(self) -> None:
        search = self.query_one("#browse-search", Input)
        if search.has_focus and search.value:
            search.value = ""
            return
        self.app.pop_screen()
