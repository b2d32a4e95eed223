"""How much of real question lists `interview import-md` finds, and how fast.

    python benchmarks/import_recall.py DIR [--expected COUNTS.json]

DIR holds Markdown documents (public lists you saved; keep them out of the repository).
COUNTS.json maps a document's path relative to DIR to the number of questions you
counted by reading it: {"some-list/README.md": 102}. Prints, per document: the true
count (when given), found, found as follow-ups, answered, skipped, unplaced, duplicates
and the time to scan; then the totals and the share found. False positives still need a
reader: compare the questions printed with --show against the document.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from interview.core.importer import scan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--expected", type=Path, help="JSON of true counts per document")
    parser.add_argument("--show", action="store_true", help="print every question found")
    args = parser.parse_args()
    expected: dict[str, int] = (
        json.loads(args.expected.read_text(encoding="utf-8")) if args.expected else {}
    )
    header = f"{'document':60} {'true':>5} {'found':>6} {'f-ups':>6} {'answ':>5} "
    print(header + f"{'skip':>5} {'unpl':>5} {'dups':>5} {'ms':>7}")
    totals = [0, 0, 0]
    for path in sorted(args.folder.rglob("*.md")):
        name = str(path.relative_to(args.folder))
        text = path.read_text(encoding="utf-8", errors="replace")
        start = time.perf_counter()
        result = scan(text)
        elapsed = (time.perf_counter() - start) * 1000
        found = len(result.questions)
        follow_ups = sum(len(q.follow_ups) for q in result.questions)
        answered = sum(not q.missing_answer for q in result.questions)
        true = expected.get(name)
        if true is not None:
            totals[0] += true
            totals[1] += found
            totals[2] += follow_ups
        print(
            f"{name[:60]:60} {true if true is not None else '-':>5} {found:>6} "
            f"{follow_ups:>6} {answered:>5} {len(result.skipped):>5} "
            f"{len(result.unplaced):>5} {len(result.duplicates):>5} {elapsed:>7.1f}"
        )
        if args.show:
            for question in result.questions:
                print(f"    {question.line:>5} {question.layout:8} {question.text[:90]!r}")
    if totals[0]:
        share = 100 * totals[1] / totals[0]
        with_follow_ups = 100 * (totals[1] + totals[2]) / totals[0]
        print(
            f"total: {totals[1]} found of {totals[0]} ({share:.1f}%), "
            f"{with_follow_ups:.1f}% counting follow-ups"
        )


if __name__ == "__main__":
    main()
