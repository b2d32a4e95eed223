"""Weak areas: the ranked table, an area's worst questions, charts, and drills."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static, TabbedContent, TabPane

from interview.core.analytics import AreaKind, AreaStats, QuestionStats
from interview.core.text import printable
from interview.tui.screens.base import AppScreenMixin, key_hints
from interview.tui.widgets.footer import KeyFooter
from interview.tui.widgets.markdown import plain

if TYPE_CHECKING:
    from interview.insights import Activity, WeakAreas

SORTS: tuple[tuple[str, str], ...] = (
    ("weakness", "weakness"),
    ("retention", "retention"),
    ("recall", "recall"),
    ("coverage", "rubric coverage"),
    ("name", "name"),
)
"""The orders `s` cycles through: (AreaStats attribute, label)."""

SHOWN = ("all", "categories", "tags")


HEAT = ("#3a3a3a", "#0e4429", "#006d32", "#26a641", "#39d353")
"""Colours of the activity calendar, from no review to the most."""


def _heat_cell(count: int, top: int) -> Text:
    if count <= 0 or top <= 0:
        return Text("■", style=HEAT[0])
    level = min(4, 1 + (4 * (count - 1)) // max(1, top))
    return Text("■", style=HEAT[level])


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _weakness(value: float | None) -> Text:
    if value is None:
        return Text("not started", style="dim")
    style = "bold red" if value >= 0.45 else "yellow" if value >= 0.25 else "green"
    return Text(f"{value:.2f}", style=style)


def _trend(value: float | None) -> Text:
    if value is None:
        return Text("-", style="dim")
    if abs(value) < 0.005:
        return Text("=")
    return Text(f"{value:+.0%}", style="green" if value > 0 else "red")


class WeakAreasScreen(AppScreenMixin, Screen[None]):
    """Categories and tags, weakest first, with charts of activity and scores."""

    BINDINGS = [
        Binding("enter", "open", "Details", id="weak.open", show=False),
        Binding("d", "drill", "Drill", id="weak.drill"),
        Binding("s", "sort", "Sort", id="weak.sort"),
        Binding("t", "shown", "Categories/tags", id="weak.shown"),
        Binding("c", "charts", "Charts/table", id="weak.charts"),
        *[
            Binding(str(n), f"chart('{tab}')", name, show=False, id=f"weak.chart-{n}")
            for n, (tab, name) in enumerate(
                (
                    ("weak-tab-activity", "Activity"),
                    ("weak-tab-scores", "Scores"),
                    ("weak-tab-forecast", "Due ahead"),
                    ("weak-tab-forgotten", "Forgotten most"),
                ),
                start=1,
            )
        ],
        Binding("escape", "app.pop_screen", "Home", id="weak.home"),
    ]

    SHORT = 30
    """Below this many lines the table and the charts take turns (c), so the table's
    rows always show."""

    def __init__(self) -> None:
        super().__init__()
        self.table: WeakAreas | None = None
        self.sort_index = 0
        self.shown_index = 0
        self.rows: list[AreaStats] = []
        self.forgotten: list[QuestionStats] = []

    def compose(self) -> ComposeResult:
        from textual_plotext import PlotextPlot

        yield Header()
        with Vertical(id="weak"):
            yield Static(id="weak-summary")
            yield DataTable(id="weak-table", cursor_type="row", zebra_stripes=True)
            with TabbedContent(id="weak-charts"):
                with TabPane("1 Activity", id="weak-tab-activity"):
                    yield Static(id="weak-heatmap-title")
                    yield DataTable(
                        id="weak-heatmap", cursor_type="none", show_cursor=False, cell_padding=0
                    )
                with TabPane("2 Scores", id="weak-tab-scores"):
                    yield PlotextPlot(id="weak-scores")
                with TabPane("3 Due ahead", id="weak-tab-forecast"):
                    yield PlotextPlot(id="weak-forecast")
                with TabPane("4 Forgotten most", id="weak-tab-forgotten"):
                    yield DataTable(id="weak-forgotten", cursor_type="row", zebra_stripes=True)
        yield KeyFooter()

    def on_resize(self) -> None:
        self.set_class(self.size.height < self.SHORT, "-short")
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "charts":
            return self.has_class("-short")
        return True

    def action_chart(self, tab: str) -> None:
        """Show one chart tab (1-4), also on a short terminal."""
        self.query_one("#weak-charts", TabbedContent).active = tab
        if self.has_class("-short"):
            self.add_class("-charts")

    def action_charts(self) -> None:
        """On a short terminal: show the charts instead of the table, or back."""
        self.toggle_class("-charts")

    def on_mount(self) -> None:
        table = self.query_one("#weak-table", DataTable)
        table.add_columns(
            "Area",
            "Weakness",
            "Seen",
            "Retention",
            "Recall 30d",
            "Rubric",
            "Overtime",
            "Hints",
            "Lapses",
            "Leeches",
            "Trend",
        )
        self.load()

    def on_screen_resume(self) -> None:
        self.load()

    def load(self) -> None:
        backend = self.interview_app.backend
        if backend is None:
            return
        from interview.insights import activity, weak_areas

        now = self.interview_app.clock()
        self.table = weak_areas(study=backend.study, now=now)
        self.fill()
        self.fill_forgotten()
        self.draw_charts(activity(study=backend.study, now=now))

    def fill(self) -> None:
        if self.table is None:
            return
        shown = SHOWN[self.shown_index]
        areas = [
            a
            for a in self.table.areas
            if shown == "all"
            or (shown == "categories" and a.kind is AreaKind.CATEGORY)
            or (shown == "tags" and a.kind is AreaKind.TAG)
        ]
        key, label = SORTS[self.sort_index]
        if key == "name":
            areas.sort(key=lambda a: (a.kind is AreaKind.TAG, a.name))
        elif key != "weakness":
            # lowest first (the weak end), areas without figures last
            areas.sort(key=lambda a: (getattr(a, key) is None, getattr(a, key) or 0.0))
        self.rows = areas
        table = self.query_one("#weak-table", DataTable)
        table.clear()
        for area in areas:
            name = Text(
                printable(area.name), style="bold" if area.kind is AreaKind.CATEGORY else ""
            )
            if area.kind is AreaKind.TAG:
                name = Text("#" + printable(area.name))
            table.add_row(
                name,
                _weakness(area.weakness),
                f"{area.seen}/{area.total}",
                _share(area.retention),
                _share(area.recall),
                _share(area.coverage),
                _share(area.overtime_rate),
                "-" if area.hints_per_review is None else f"{area.hints_per_review:.1f}",
                str(area.lapses),
                Text(str(area.leeches), style="bold red" if area.leeches else ""),
                _trend(area.trend),
                key=area.key,
            )
        started = sum(a.weakness is not None for a in self.table.areas)
        summary = Text()
        if started:
            weakest = self.table.weakest(1)[0]
            summary.append("Weakest: ", style="bold")
            summary.append(printable(weakest.name), style="bold red")
            if weakest.weakness is not None:
                summary.append(f" (weakness {weakest.weakness:.2f} of 1)")
            summary.append(f"  ·  {started} areas started  ·  sorted by {label}, showing {shown}  ")
        else:
            summary.append(
                "No reviews yet: practise (p on home) and your weak areas will show here.  ",
                style="italic",
            )
        summary.append_text(key_hints(("enter", "details"), ("d", "drill"), ("s", "sort")))
        if started:
            summary.append(
                "\nRetention: FSRS's estimate that you would recall it today. Recall 30d: the "
                "share of your answers in the last 30 days graded Hard or better.",
                style="dim",
            )
        self.query_one("#weak-summary", Static).update(summary)

    def fill_forgotten(self) -> None:
        """The questions forgotten most, over every area."""
        if self.table is None:
            return
        table = self.query_one("#weak-forgotten", DataTable)
        table.clear(columns=True)
        table.add_columns("Question", "Category", "Lapses", "Again", "Retention", "Reviews")
        self.forgotten = self.table.forgotten_most(limit=20)
        for stats in self.forgotten:
            table.add_row(
                plain(stats.title),
                printable(stats.category),
                str(stats.lapses),
                str(stats.again),
                _share(stats.retention),
                str(stats.reviews),
                key=stats.id,
            )

    def draw_charts(self, charts: Activity) -> None:

        from textual_plotext import PlotextPlot

        self.draw_heatmap(charts)

        scores = self.query_one("#weak-scores", PlotextPlot).plt
        scores.clear_figure()
        if charts.weeks:
            labels = [w.start.strftime("%d %b") for w in charts.weeks]
            xs = [float(i) for i in range(len(labels))]
            scores.plot(
                xs, [100 * w.recall for w in charts.weeks], label="recall %", marker="braille"
            )
            coverage = [w.coverage for w in charts.weeks]
            if any(c is not None for c in coverage):
                scores.plot(
                    xs, [100 * (c or 0.0) for c in coverage], label="rubric %", marker="braille"
                )
            scores.xticks(xs, labels)
            scores.ylim(0, 100)
        scores.title("Recall and rubric coverage per week")

        forecast = self.query_one("#weak-forecast", PlotextPlot).plt
        forecast.clear_figure()
        days = sorted(charts.forecast)
        forecast.bar([d.strftime("%d/%m") for d in days], [charts.forecast[d] for d in days])
        forecast.title(f"Reviews due per day, next {len(days)} days")
        for plot_id in ("#weak-scores", "#weak-forecast"):
            self.query_one(plot_id, PlotextPlot).refresh()

    def draw_heatmap(self, charts: Activity) -> None:
        """A calendar of reviews per study day: weeks across, Monday to Sunday down."""
        from datetime import timedelta

        weeks = 26
        first = charts.today - timedelta(days=charts.today.weekday() + 7 * (weeks - 1))
        counts = [c for c in charts.per_day.values() if c > 0]
        top = max(counts, default=0)
        table = self.query_one("#weak-heatmap", DataTable)
        table.clear(columns=True)
        table.add_column("    ", key="day", width=4)
        starts = [first + timedelta(days=7 * week) for week in range(weeks)]
        labels = [""] * weeks
        for week, start in enumerate(starts):
            new_month = week == 0 or start.month != starts[week - 1].month
            room = week + 1 < weeks and starts[week + 1].month == start.month
            if new_month and room:  # "Mar" spans two 2-cell columns: "Ma", "r"
                name = start.strftime("%b")
                labels[week], labels[week + 1] = name[:2], name[2:]
        for week in range(weeks):
            table.add_column(labels[week], key=f"w{week}", width=2)
        for weekday, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")):
            cells: list[Text | str] = [Text(name)]
            for week in range(weeks):
                day = first + timedelta(days=7 * week + weekday)
                if day > charts.today:
                    cells.append("")
                    continue
                cells.append(_heat_cell(charts.per_day.get(day, 0), top))
            table.add_row(*cells)
        days = sum(1 for c in counts)
        title = Text()
        plural = "day" if days == 1 else "days"
        title.append(f"{sum(counts)} reviews on {days} {plural} in the last {weeks} weeks   ")
        title.append("less ")
        for level in range(5):
            title.append("■ ", style=HEAT[level])
        title.append("more")
        self.query_one("#weak-heatmap-title", Static).update(title)

    def selected(self) -> AreaStats | None:
        table = self.query_one("#weak-table", DataTable)
        if not self.rows:
            return None
        row = table.cursor_row if 0 <= table.cursor_row < len(self.rows) else 0
        return self.rows[row]

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.data_table.id == "weak-forgotten":
            from interview.tui.screens.question import QuestionScreen

            if event.row_key.value is not None:
                self.app.push_screen(QuestionScreen(event.row_key.value))
            return
        self.action_open()

    def action_open(self) -> None:
        area = self.selected()
        if area is not None and self.table is not None:
            self.app.push_screen(AreaScreen(area, self.table))

    def action_sort(self) -> None:
        self.sort_index = (self.sort_index + 1) % len(SORTS)
        self.fill()

    def action_shown(self) -> None:
        self.shown_index = (self.shown_index + 1) % len(SHOWN)
        self.fill()

    def action_drill(self) -> None:
        """Practise the highlighted area (the weakest, unless another row is chosen)."""
        area = self.selected()
        if area is None:
            return
        start_drill(self, area)


def start_drill(screen: AppScreenMixin, area: AreaStats) -> None:
    """A practice session on one area's questions, due or not, weakest first."""
    from interview.storage.study import QueueFilters
    from interview.tui.screens.practice import PracticeScreen

    filters = (
        QueueFilters(categories=(area.name,))
        if area.kind is AreaKind.CATEGORY
        else QueueFilters(tags=(area.name,))
    )
    screen.interview_app.push_screen(PracticeScreen(filters=filters, drill=area.name))


class AreaScreen(AppScreenMixin, Screen[None]):
    """One area: its figures and its worst questions."""

    BINDINGS = [
        Binding("d", "drill", "Drill this area", id="area.drill"),
        Binding("enter", "open", "Open question", id="area.open", show=False),
        Binding("escape", "app.pop_screen", "Back", id="area.back"),
    ]

    def __init__(self, area: AreaStats, table: WeakAreas) -> None:
        super().__init__()
        self.area = area
        self.worst = table.worst_questions(area, limit=15)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="area"):
            yield Static(id="area-title")
            yield Static(id="area-figures")
            yield Static("Worst questions", classes="section-title")
            yield DataTable(id="area-questions", cursor_type="row", zebra_stripes=True)
            yield Static(id="area-keys")
        yield KeyFooter()

    def on_mount(self) -> None:
        area = self.area
        title = Text()
        title.append(f"{area.kind.value}: ", style="dim")
        title.append(printable(area.name), style="bold")
        title.append("   ")
        title.append_text(_weakness(area.weakness))
        self.query_one("#area-title", Static).update(title)
        figures = (
            f"{area.seen} of {area.total} questions seen · retention {_share(area.retention)} · "
            f"recall (30 days) {_share(area.recall)} · rubric {_share(area.coverage)} · "
            f"overtime {_share(area.overtime_rate)} · {area.lapses} lapses · "
            f"{area.leeches} leeches · {area.reviews} reviews"
        )
        self.query_one("#area-figures", Static).update(figures)
        table = self.query_one("#area-questions", DataTable)
        table.add_columns("Question", "Retention", "Lapses", "Again", "Reviews", "Rubric")
        for stats in self.worst:
            coverage = stats.coverage_sum / stats.coverage_n if stats.coverage_n else None
            table.add_row(
                plain(stats.title),
                _share(stats.retention),
                str(stats.lapses),
                str(stats.again),
                str(stats.reviews),
                _share(coverage),
                key=stats.id,
            )
        if not self.worst:
            self.query_one("#area-keys", Static).update(
                Text("No question of this area has been reviewed yet.", style="italic")
            )
        else:
            self.query_one("#area-keys", Static).update(
                key_hints(("enter", "open question"), ("d", "drill this area"), ("esc", "back"))
            )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        table = self.query_one("#area-questions", DataTable)
        if not self.worst:
            return
        from interview.tui.screens.question import QuestionScreen

        question_id = self.worst[max(0, table.cursor_row)].id
        self.app.push_screen(QuestionScreen(question_id))

    def action_drill(self) -> None:
        start_drill(self, self.area)
