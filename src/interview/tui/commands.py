"""The command palette: every action of the app, found by fuzzy search."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from interview.tui.app import InterviewApp

COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Practice", "practice", "Start a practice session: due questions, then new ones"),
    (
        "Practice: aim the session",
        "build_session",
        "Only some categories, tags, difficulties, starred or weak; due or new only",
    ),
    ("Browse questions", "browse", "List every question, filter and open one"),
    ("Search questions", "browse(True)", "Fuzzy search over titles, questions, answers, tags"),
    ("Settings", "settings", "Desired retention, new questions per day, theme"),
    ("Help", "help", "Every key binding"),
    ("Mock interview", "mock", "A timed mock interview from a template, or a custom one"),
    ("Weak areas", "weak", "What you are weakest at, with charts and drills"),
)
"""(name, app action, help) for each command."""


class InterviewCommands(Provider):
    """interview's actions in the command palette."""

    @property
    def interview_app(self) -> InterviewApp:
        from interview.tui.app import InterviewApp

        assert isinstance(self.app, InterviewApp)
        return self.app

    async def discover(self) -> Hits:
        for name, action, help_text in COMMANDS:
            yield DiscoveryHit(name, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, help_text in COMMANDS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self.app.run_action, action),
                    help=help_text,
                )
