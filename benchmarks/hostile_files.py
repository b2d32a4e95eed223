"""Hostile question files: each must be read, parsed and linted in <= 1 s and <= 100 MB.

    python benchmarks/hostile_files.py [--timeout S] [--only NAME ...] [--list]

Every case writes one file into a fresh bank folder under a tmp dir and lints that bank
in a child process of its own (one worker, as `interview lint` does for a small bank).
The child measures its peak resident memory after importing and warming up, then again
after the lint: the difference is the "MB" column. A case that runs past `--timeout`
is killed and shown as such; the child also runs under an address-space limit so a
runaway case fails with MemoryError instead of taking the machine down.

To measure another checkout (say the code before a fix), point PYTHONPATH at its src:

    PYTHONPATH=/tmp/old/src python benchmarks/hostile_files.py --timeout 20
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

LIMIT = 1_000_000
"""The size limit for a question file (parser.MAX_FILE_BYTES); 1 MB cases stay under it."""

HEAD = "---\nid: hostile/case\n---\n# Hostile\n\n## Question\nWhat happens?\n\n"
"""A valid start: front matter, title and a Question; each case adds its shape after it."""


def fill(unit: str, prefix: str = HEAD, suffix: str = "", size: int = LIMIT - 100) -> str:
    """`prefix`, then `unit` repeated until the file is just under `size` bytes, then suffix."""
    room = size - len(prefix.encode()) - len(suffix.encode())
    return prefix + unit * max(1, room // len(unit.encode())) + suffix


def lines(unit: str, prefix: str = HEAD, count: int = 49_990) -> str:
    """`prefix`, then `unit` repeated until the file has `count` lines."""
    room = count - prefix.count("\n")
    return prefix + unit * max(1, room // max(1, unit.count("\n")))


def alias_bomb() -> str:
    # 535 bytes that expand to 10**9 strings when every alias is followed.
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join(f"*{prev}" for _ in range(9)) + "]")
    lines.append("difficulty: *i")
    return "---\n" + "\n".join(lines) + "\n---\n# Bomb\n\n## Question\nBoom?\n"


def unknown_keys(n: int) -> str:
    keys = "".join(f"k{i:06d}: v\n" for i in range(n))
    return f"---\n{keys}---\n# Keys\n\n## Question\nMany keys?\n"


def yaml_front(body: str) -> str:
    return f"---\n{body}\n---\n# Front\n\n## Question\nBad front matter?\n"


def deep_flow_yaml(n: int) -> str:
    return yaml_front("tags: " + "[" * n + "]" * n)


def sparse_file(path: Path) -> None:
    with open(path, "wb") as handle:
        handle.truncate(6 * 1024**3)


CASES: dict[str, Callable[[], str | bytes]] = {
    "alias-bomb": alias_bomb,
    "unknown-keys-20k": lambda: unknown_keys(20_000),
    "unknown-keys-1MB": lambda: unknown_keys(LIMIT // 11 - 100),
    "unclosed-comments-100k": lambda: HEAD + "## Answer\n" + "<!--\n" * 100_000,
    "unclosed-comments-1MB": lambda: fill("<!--\n", HEAD + "## Answer\n"),
    "unclosed-comments-1line": lambda: fill("<!-- ", HEAD + "## Answer\n"),
    "bad-date": lambda: yaml_front("foo: 2024-02-31"),
    "yaml-int-tag": lambda: yaml_front("foo: !!int x"),
    "yaml-float-tag": lambda: yaml_front("time: !!float x"),
    "time-overflow": lambda: yaml_front("time: 9999999999999999h"),
    "time-400-digits": lambda: yaml_front("time: " + "9" * 400 + "m"),
    "int-5000-digits": lambda: yaml_front("foo: " + "9" * 5000),
    "complex-key": lambda: yaml_front("? [a]\n: b"),
    "deep-flow-yaml-900": lambda: deep_flow_yaml(900),
    "deep-flow-yaml-1MB": lambda: deep_flow_yaml(LIMIT // 2 - 200),
    "many-tags-100k": lambda: yaml_front(
        "tags: [" + ",".join(f"t{i}" for i in range(100_000)) + "]"
    ),
    "flow-list-500k-values": lambda: yaml_front("tags: [" + "a," * 499_000 + "a]"),
    "flow-map-250k-keys": lambda: yaml_front("x: {" + "a: b," * 199_000 + "a: b}"),
    "flow-list-255KB": lambda: yaml_front("tags: [" + "a," * 127_000 + "a]"),
    "flow-map-255KB": lambda: yaml_front("x: {" + "a: b," * 50_000 + "a: b}"),
    "flow-lists-255KB": lambda: yaml_front("x: [" + "[]," * 84_000 + "[]]"),
    "headings-1MB": lambda: fill("## s\n"),
    "duplicate-sections-1MB": lambda: fill("## Notes\n"),
    "h1-headings-1MB": lambda: fill("# t\n"),
    "list-items-1MB": lambda: fill("- x\n", HEAD + "## Rubric\n"),
    "empty-bullets-1MB": lambda: fill("-\n", HEAD + "## Rubric\n"),
    "nested-lists-10k": lambda: HEAD + "## Rubric\n" + "- " * 10_000 + "x\n",
    "nested-lists-1MB": lambda: fill("- ", HEAD + "## Rubric\n", "x\n"),
    "nested-quotes-10k": lambda: HEAD + "## Answer\n" + ">" * 10_000 + " x\n",
    "nested-quotes-1MB": lambda: fill(">", HEAD + "## Answer\n", " x\n"),
    "quote-lines-1MB": lambda: fill("> > > > > > > > > > > > > > > > > > > > > > x\n"),
    "brackets-1MB": lambda: fill("[", HEAD + "## Answer\n"),
    "bracket-lines-1MB": lambda: fill("[\n", HEAD + "## Answer\n"),
    "ref-defs-1MB": lambda: fill("[a]: <\n", HEAD + "## Answer\n"),
    "long-line-1MB": lambda: fill("a", HEAD + "## Answer\n"),
    "backticks-1MB": lambda: fill("`", HEAD + "## Answer\n"),
    "fences-1MB": lambda: fill("```\n", HEAD + "## Answer\n"),
    "fence-lines-1MB": lambda: fill("``` ```\n", HEAD + "## Answer\n"),
    "emphasis-1MB": lambda: fill("*_", HEAD + "## Answer\n"),
    "html-blocks-1MB": lambda: fill("<div>\n\n", HEAD + "## Answer\n"),
    "indent-1MB": lambda: fill(" ", HEAD + "## Answer\n", "x\n"),
    "tabs-lists-1MB": lambda: fill("\t- x\n", HEAD + "## Rubric\n"),
    "numbered-1MB": lambda: fill("1. ", HEAD + "## Rubric\n", "x\n"),
    "setext-1MB": lambda: fill("a\n=\n"),
    "carriage-returns-1MB": lambda: fill("\r", HEAD + "## Answer\n"),
    "control-chars-1MB": lambda: fill("\x1b", HEAD + "## Answer\n"),
    "escape-in-line": lambda: HEAD + "## Answer\nred \x1b[31m text\u202e reversed\n",
    "nul-bytes-1MB": lambda: fill("\x00", HEAD + "## Answer\n"),
    "front-matter-unclosed-1MB": lambda: fill("k: v\n", "---\n"),
    "dashes-1MB": lambda: fill("---\n", ""),
    "long-yaml-key": lambda: yaml_front("k" * 100_000 + ": v"),
    "deep-block-yaml": lambda: yaml_front(
        "".join(" " * i + f"k{i}:\n" for i in range(1_200)) + " " * 1_200 + "v"
    ),
    # Just under the line limit (50,000), and just under the block-token limit (100,000):
    # the slowest files that can still be parsed, or that parse furthest before refused.
    "list-items-19.9k": lambda: HEAD + "## Rubric\n" + "- x\n" * 19_900,
    "list-items-50k-lines": lambda: lines("- x\n", HEAD + "## Rubric\n"),
    "empty-bullets-50k-lines": lambda: lines("-\n", HEAD + "## Rubric\n"),
    "headings-50k-lines": lambda: lines("## s\n"),
    "headings-33k": lambda: HEAD + "## s\n" * 33_000,
    "setext-50k-lines": lambda: lines("a\n=\n"),
    "paragraph-50k-lines": lambda: lines("[\n", HEAD + "## Answer\n"),
    "paragraphs-50k-lines": lambda: lines("word word word\n\n", HEAD + "## Answer\n"),
    "html-blocks-50k-lines": lambda: lines("<div>\n\n", HEAD + "## Answer\n"),
    "ref-defs-50k-lines": lambda: lines("[a]: <\n", HEAD + "## Answer\n"),
    "fences-50k-lines": lambda: lines("```\n", HEAD + "## Answer\n"),
    "tabs-lists-50k-lines": lambda: lines("\t- x\n", HEAD + "## Rubric\n"),
    "quotes-10-deep-1MB": lambda: fill("> " * 10 + "x\n"),
    "quote-list-50k-lines": lambda: lines("> - x\n"),
    "lazy-list-50k-lines": lambda: lines("- x\ny\n", HEAD + "## Rubric\n"),
    "ordered-50k-lines": lambda: lines("1. x\n", HEAD + "## Rubric\n"),
    "comment-lines-50k-lines": lambda: lines("<!-- x -->\n", HEAD + "## Answer\n"),
    "nested-lists-20-1MB": lambda: fill("- " * 20 + "x\n", HEAD + "## Rubric\n"),
    "hr-1MB-line": lambda: fill("- ", HEAD + "## Answer\n", "-\n"),
    "too-big-1MB+1": lambda: "x" * (LIMIT + 1),
    "invalid-utf8-1MB": lambda: b"\xff" * (LIMIT - 10),
}

SPECIAL = ("sparse-6GB", "fifo")

CHILD = r"""
import json, os, resource, sys, time
os.environ.pop("PYTHONHASHSEED", None)
resource.setrlimit(resource.RLIMIT_AS, (8 * 1024**3, 8 * 1024**3))
from interview.core.bank import BankFile, read_file
from interview.core.lint import lint_banks
folder, mode = sys.argv[1], sys.argv[2]
warm = os.path.join(folder, "..", "warm")
lint_banks([warm], workers=1)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
if mode == "fifo":
    path = os.path.join(folder, "hostile", "case.md")
    problems = read_file(BankFile(path, folder, 0, 0)).result.problems
else:
    problems = lint_banks([folder], workers=1).problems
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
first = str(problems[0]) if problems else "(no problem)"
print(json.dumps({"s": elapsed, "mb": (peak - base) / 1024, "n": len(problems),
                  "first": first}))
"""

WARM = HEAD + "## Answer\nYes.\n\n## Rubric\n- a point\n"


def run_case(name: str, timeout: float) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        bank = Path(tmp) / "bank"
        target = bank / "hostile" / "case.md"
        target.parent.mkdir(parents=True)
        warm = Path(tmp) / "warm" / "warm" / "q.md"
        warm.parent.mkdir(parents=True)
        warm.write_text(WARM)
        mode = "lint"
        if name == "sparse-6GB":
            sparse_file(target)
        elif name == "fifo":
            os.mkfifo(target)
            mode = "fifo"
        else:
            content = CASES[name]()
            target.write_bytes(content if isinstance(content, bytes) else content.encode())
        size = target.stat().st_size
        start = time.perf_counter()
        try:
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(bank), mode],
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            return {"bytes": size, "s": None, "mb": None, "first": f"killed after {timeout:.0f} s"}
        if out.returncode != 0:
            last = (out.stderr.strip().splitlines() or ["?"])[-1]
            return {
                "bytes": size,
                "s": time.perf_counter() - start,
                "mb": None,
                "first": f"CRASHED (exit {out.returncode}): {last}",
            }
        result: dict[str, object] = json.loads(out.stdout)
        result["bytes"] = size
        return result


def _safe(text: str, width: int = 110) -> str:
    # The old code's problems are not escaped: show them without control characters.
    shown = text.encode("unicode_escape").decode("ascii")
    return shown if len(shown) <= width else shown[: width - 1] + "…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--json", action="store_true", help="one JSON object per case")
    args = parser.parse_args()
    names = [*CASES, *SPECIAL]
    if args.list:
        print("\n".join(names))
        return
    if args.only:
        names = [name for name in names if name in args.only]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, timeout {args.timeout:.0f} s")
    print(f"{'case':<26} {'bytes':>13} {'seconds':>8} {'MB':>6} {'problems':>8}  first problem")
    worst_s = worst_mb = 0.0
    for name in names:
        result = run_case(name, args.timeout)
        seconds = result["s"]
        mb = result["mb"]
        if args.json:
            print(json.dumps({"case": name, **result}))
            continue
        killed = f">{args.timeout:.0f}"
        shown_s = f"{seconds:8.3f}" if isinstance(seconds, float) else f"{killed:>8}"
        shown_mb = f"{mb:6.1f}" if isinstance(mb, float) else f"{'-':>6}"
        if isinstance(seconds, float):
            worst_s = max(worst_s, seconds)
        if isinstance(mb, float):
            worst_mb = max(worst_mb, mb)
        count = result.get("n", "-")
        print(
            f"{name:<26} {result['bytes']:>13,} {shown_s} {shown_mb} {count!s:>8}  "
            f"{_safe(str(result['first']))}",
            flush=True,
        )
    if not args.json:
        print(f"worst: {worst_s:.3f} s, {worst_mb:.1f} MB above baseline")


if __name__ == "__main__":
    main()
