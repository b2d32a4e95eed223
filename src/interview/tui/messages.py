"""Messages the app's workers post back to the UI thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from interview.backend import Backend
    from interview.storage.sync import SyncReport


@dataclass
class SyncProgress(Message):
    """Bank files read so far, out of how many need reading."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        """A newer progress report makes a pending one stale."""
        return isinstance(message, SyncProgress)


@dataclass
class BackendReady(Message):
    """The database is open and the banks are synced."""

    backend: Backend
    report: SyncReport


@dataclass
class BackendFailed(Message):
    """The database could not be opened; `error` says why and what to do."""

    error: str
