"""Finding and reading the question files of a bank folder.

A bank is a folder of Markdown files, one question each, usually one subfolder per
category. Scanning only stats files; reading and parsing happen in `read_files`, in
worker processes when there are many.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from interview.core.parser import MAX_FILE_BYTES, ParseResult, decode, parse_text, too_big
from interview.core.questions import Problem, Severity

PARALLEL_THRESHOLD = 400
"""Below this many files to parse, worker processes cost more than they save."""

CHUNK_SIZE = 250
"""Files handed to a worker at a time (and between two progress reports)."""


class BankFile(NamedTuple):
    """A question file found in a bank: where it is and what its stat says.

    A NamedTuple rather than a dataclass: a scan makes one per file on every start.
    """

    path: str
    """Absolute path of the file (not resolved, so a renamed symlink is a rename)."""
    bank: str
    """Absolute path of the bank folder it belongs to."""
    size: int
    mtime_ns: int


@dataclass(slots=True)
class BankScan:
    """Every question file found under some bank folders, and what got in the way."""

    files: list[BankFile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass(slots=True)
class FileResult:
    """A file read and parsed: its stat, the hash of its bytes and the parse result."""

    file: BankFile
    file_hash: str
    result: ParseResult | None
    """None when the bytes hash to the known hash: same content, not parsed again."""


def is_question_file(name: str) -> bool:
    """Whether a file name is one a bank loads (hidden, `_`-prefixed and READMEs are not)."""
    return (
        name.lower().endswith(".md")
        and not name.startswith((".", "_"))
        and name.lower() != "readme.md"
    )


def bank_root(folder: str | Path) -> str:
    """The absolute, normalised form of a bank folder, used as its identity."""
    return os.path.abspath(os.path.expanduser(folder))


def scan_banks(folders: Iterable[str | Path]) -> BankScan:
    """Stat every question file under each bank folder, in a stable order.

    A missing folder, a symlink loop, a broken link or an unreadable folder becomes a
    problem naming the path; scanning carries on with the rest.
    """
    scan = BankScan()
    for folder in folders:
        root = bank_root(folder)
        if not os.path.isdir(root):
            what = "is not a folder" if os.path.exists(root) else "does not exist"
            scan.problems.append(
                Problem(
                    root,
                    None,
                    Severity.ERROR,
                    f"bank folder {what}",
                    "create it, or remove it from the 'banks' list in the config file",
                )
            )
            continue
        scan.files.extend(_walk(root, root, scan.problems, set()))
    return scan


def _walk(
    root: str, folder: str, problems: list[Problem], seen: set[tuple[int, int]]
) -> Iterator[BankFile]:
    try:
        info = os.stat(folder)
    except OSError as exc:
        problems.append(_os_problem(folder, exc))
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        problems.append(
            Problem(
                folder,
                None,
                Severity.WARNING,
                "symlink loop: this folder links back to one already scanned; skipped",
                "remove the link or point it outside the bank",
            )
        )
        return
    seen.add(key)
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=_name)
    except OSError as exc:
        problems.append(_os_problem(folder, exc))
        return
    for entry in entries:
        name = entry.name
        if name.startswith((".", "_")):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(root, entry.path, problems, seen)
            continue
        if not is_question_file(name):
            continue
        try:
            file_stat = entry.stat()
        except OSError as exc:
            problems.append(_os_problem(entry.path, exc))
            continue
        if stat.S_ISREG(file_stat.st_mode):
            yield BankFile(entry.path, root, file_stat.st_size, file_stat.st_mtime_ns)
    seen.discard(key)


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _os_problem(path: str, exc: OSError) -> Problem:
    if isinstance(exc, PermissionError):
        return Problem(
            path, None, Severity.ERROR, "cannot be read: permission denied", "check its permissions"
        )
    if isinstance(exc, FileNotFoundError) and os.path.islink(path):
        return Problem(
            path,
            None,
            Severity.ERROR,
            f"broken symlink to {os.readlink(path)}",
            "fix the link or delete it",
        )
    if exc.errno == 40:  # ELOOP: a chain of links that never ends
        return Problem(
            path, None, Severity.ERROR, "symlink loop", "remove the link or point it at a file"
        )
    reason = exc.strerror or type(exc).__name__
    return Problem(path, None, Severity.ERROR, f"cannot be read: {reason}", "check the file")


def _nonblocking(path: str, flags: int) -> int:
    # Opening a FIFO that took a question file's place must not wait for a writer (the
    # file type is checked right after); for a regular file the flag changes nothing.
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def read_file(file: BankFile, known_hash: str | None = None) -> FileResult:
    """Read and parse one bank file; never raises.

    When its bytes hash to `known_hash` it is not parsed (the result is None). At most
    `MAX_FILE_BYTES` + 1 bytes are read, whatever the file's size says; a file that is
    not a regular file (any more) is refused without reading it.
    """
    try:
        return _read_file(file, known_hash)
    except Exception as exc:  # the last line of defence: a parse must never raise
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        problem = Problem(
            file.path,
            None,
            Severity.ERROR,
            f"internal error while parsing: {reason}; please report",
            "the file is skipped; report it with the file attached",
        )
        return FileResult(file, "", ParseResult(None, [problem]))


def _read_bytes(path: str) -> bytes | Problem:
    """The bytes of a regular file, at most MAX_FILE_BYTES + 1 of them, or a problem."""
    with open(path, "rb", buffering=0, opener=_nonblocking) as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            return Problem(
                path,
                None,
                Severity.ERROR,
                "not a regular file (a pipe, device or socket); skipped",
                "a question file must be a plain file",
            )
        if info.st_size > MAX_FILE_BYTES:
            return too_big(path, info.st_size)
        chunks: list[bytes] = []
        left = MAX_FILE_BYTES + 1  # a file that grows, or lies about its size, stays bounded
        while left > 0:
            chunk = handle.read(left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)


def _read_file(file: BankFile, known_hash: str | None) -> FileResult:
    try:
        data = _read_bytes(file.path)
    except OSError as exc:
        return FileResult(file, "", ParseResult(None, [_os_problem(file.path, exc)]))
    if isinstance(data, Problem):
        return FileResult(file, "", ParseResult(None, [data]))
    digest = hashlib.sha256(data).hexdigest()
    if digest == known_hash:
        return FileResult(file, digest, None)
    text, problems = decode(data, file.path)
    if text is None:
        return FileResult(file, digest, ParseResult(None, problems))
    return FileResult(file, digest, parse_text(text, path=file.path, bank_root=file.bank))


def _read_chunk(jobs: list[tuple[BankFile, str | None]]) -> list[FileResult]:
    return [read_file(file, known) for file, known in jobs]


def read_files(
    files: list[BankFile],
    *,
    known_hashes: Mapping[str, str] | None = None,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[FileResult]:
    """Read and parse many files, in worker processes when there are enough of them.

    `known_hashes` maps a path to the hash of its bytes at the last sync: a file whose
    bytes still hash to it is not parsed. `progress` is called with the number of files
    done so far, now and then. Results come back in the order of `files`.
    """
    known = known_hashes or {}
    jobs = [(file, known.get(file.path)) for file in files]
    workers = workers if workers is not None else (os.cpu_count() or 1)
    parallel = workers > 1 and len(jobs) >= PARALLEL_THRESHOLD
    # Chunks of a few hundred files: workers stay busy to the end, progress moves often,
    # and the cost of sending work between processes is paid per chunk, not per file.
    size = max(1, min(CHUNK_SIZE, -(-len(jobs) // (workers * 4)))) if parallel else CHUNK_SIZE
    chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    results: list[FileResult] = []
    if parallel:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for chunk_results in pool.map(_read_chunk, chunks):
                results.extend(chunk_results)
                if progress is not None:
                    progress(len(results))
        return results
    for chunk in chunks:
        results.extend(_read_chunk(chunk))
        if progress is not None:
            progress(len(results))
    return results


__all__ = [
    "BankFile",
    "BankScan",
    "FileResult",
    "bank_root",
    "is_question_file",
    "read_file",
    "read_files",
    "scan_banks",
]
