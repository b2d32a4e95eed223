"""Writing a file the user named (`--out`): whole or not at all, and only a regular file.

A device, a FIFO or a folder at the path is refused, never replaced; a symlink is
followed, so the file it points to is written and the link stays a link. The text goes
to a temporary file beside the target first and replaces it in one rename, so a full
disk or a kill never leaves half a file where a good one was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path


class OutputError(Exception):
    """The file cannot be written; the message says why and what to do."""


def resolve_output(path: str | Path) -> Path:
    """The regular file that writing to `path` will create or replace.

    A symlink is followed to the file it names; OutputError when that is a folder, a
    device or another special file, or when the folder it goes in does not exist.
    """
    given = Path(path).expanduser()
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"cannot write {given}: {exc.strerror or exc}") from exc
    if mode is not None and not stat.S_ISREG(mode):
        what = "a folder" if stat.S_ISDIR(mode) else "a device or special file"
        raise OutputError(
            f"{given} is {what}, not a regular file: nothing was written; give a file path"
        )
    if not target.parent.is_dir():
        raise OutputError(f"cannot write {given}: the folder {target.parent} does not exist")
    return target


def write_output(path: str | Path, text: str) -> Path:
    """Write `text` (UTF-8) to `path` atomically; returns the file written.

    OutputError, with nothing changed at `path`, on any failure.
    """
    target = resolve_output(path)
    temporary = target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        # 0o666 less the umask, as a plain open() would give a new file
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise OutputError(
            f"cannot write in {target.parent}: {exc.strerror or exc}; nothing was changed"
        ) from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):  # keep the permissions of the file replaced
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        reason = "the disk is full" if exc.errno == 28 else (exc.strerror or str(exc))
        raise OutputError(f"cannot write {target}: {reason}; nothing was changed") from exc
    return target
