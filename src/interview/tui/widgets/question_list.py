"""A list of questions that draws only the rows on screen, however many there are."""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from interview.core.text import printable
from interview.tui.widgets.markdown import plain


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the list."""

    question_id: str
    title: str
    category: str
    difficulty: str
    marks: str = ""
    """Short flags shown before the title: ★ starred, ● due."""


class QuestionList(ScrollView, can_focus=True):
    """Rows drawn on demand through the Line API: 10,000 rows cost no more than 20."""

    COMPONENT_CLASSES = {"question-list--cursor", "question-list--dim"}
    """The cursor row and the secondary columns."""

    DEFAULT_CSS = """
    QuestionList {
        height: 1fr;
    }
    QuestionList > .question-list--cursor {
        background: $accent 40%;
        text-style: bold;
    }
    QuestionList:focus > .question-list--cursor {
        background: $accent;
        color: $text;
    }
    QuestionList > .question-list--dim {
        color: $text-muted;
    }
    """

    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
        Binding("enter", "open", "Open", id="browse.open"),
    ]

    cursor: reactive[int] = reactive(0)
    """Index of the highlighted row."""

    class Opened(Message):
        """The user opened a question (enter or click)."""

        def __init__(self, question_id: str) -> None:
            super().__init__()
            self.question_id = question_id

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row], *, keep: bool = False) -> None:
        """Show these rows, the cursor on the first; with `keep`, on the same question as
        before when it is still listed (after a change of its marks, say)."""
        current = self.current
        self.rows = rows
        self.virtual_size = Size(self.size.width, len(rows))
        position = 0
        if keep and current is not None:
            position = next(
                (i for i, row in enumerate(rows) if row.question_id == current.question_id), 0
            )
        if not keep or position == 0:
            self.scroll_to(y=0, animate=False)
        self.cursor = position
        self.refresh()

    @property
    def current(self) -> Row | None:
        """The highlighted row."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old - int(self.scroll_offset.y))
        self.refresh_line(new - int(self.scroll_offset.y))
        top = int(self.scroll_offset.y)
        height = max(1, self.scrollable_content_region.height)
        if new < top:
            self.scroll_to(y=new, animate=False)
        elif new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False)

    def action_cursor(self, step: int) -> None:
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + step))

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * max(1, self.scrollable_content_region.height - 1))

    def action_jump(self, index: int) -> None:
        if self.rows:
            self.cursor = index % len(self.rows)

    def action_open(self) -> None:
        if self.current is not None:
            self.post_message(self.Opened(self.current.question_id))

    def on_click(self, event: object) -> None:
        offset = getattr(event, "y", None)
        if offset is None:
            return
        index = int(self.scroll_offset.y) + int(offset)
        if 0 <= index < len(self.rows):
            if index == self.cursor:
                self.action_open()
            self.cursor = index

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        if index >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        row = self.rows[index]
        base = self.rich_style
        if index == self.cursor:
            base = base + self.get_component_rich_style("question-list--cursor")
        dim = base + self.get_component_rich_style("question-list--dim", partial=True)
        marks = f"{row.marks:<2} "
        meta = f" {row.difficulty:<6} {printable(row.category)[:16]:<16}"
        title_width = max(10, width - len(marks) - len(meta))
        title = plain(row.title).replace("\n", " ")
        if len(title) > title_width:
            title = title[: title_width - 1] + "…"
        segments = [
            Segment(marks, base + Style(bold=True)),
            Segment(title.ljust(title_width), base),
            Segment(meta, dim),
        ]
        return Strip(segments).adjust_cell_length(width, base)
