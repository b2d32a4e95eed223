"""The app under test: a small bank, a temporary database, a fixed clock, UTC."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import pytest
from textual.pilot import Pilot

from interview.config import Config
from interview.tui.app import InterviewApp
from tests.conftest import NOW

BANK = Path(__file__).parent / "bank"
"""Three questions: one with LaTeX, one with markup and escape sequences in its text."""


@pytest.fixture
def make_app(
    tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[], InterviewApp]:
    """A factory for the app on a fresh database (the same one for every app it makes).

    The working directory is this folder, so paths show as bank/... wherever the
    repository is checked out (snapshots stay the same on every machine).
    """
    monkeypatch.chdir(Path(__file__).parent)

    def build() -> InterviewApp:
        app = InterviewApp(
            db_path=tmp_path / "tui.db",
            banks=[BANK],
            config=Config(),
            config_path=isolated_home / "config.toml",
            clock=lambda: NOW,
            zone=UTC,
        )
        app.theme = "textual-dark"
        return app

    return build


async def loaded(pilot: Pilot[None]) -> None:
    """Wait until the bank is synced and the home screen shows it (no sleeping).

    The loading worker starts after the first frame, so waiting for workers can return
    before it has begun: wait on messages and workers until the backend is there.
    """
    app = pilot.app
    assert isinstance(app, InterviewApp)
    for _ in range(1000):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.backend is not None:
            return
    raise AssertionError("the bank never finished loading")
