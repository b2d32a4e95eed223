"""Bank sync at scale: cold sync, no-change re-sync, one-file re-sync, peak memory.

    python benchmarks/sync_bench.py [N]          (default N = 10,000)

Each phase runs in a fresh process, as a user's `interview sync` would, and reports the
time spent in the sync itself, the whole process's wall time (imports included) and
the peak resident memory of the process and its worker processes. The re-sync phases
run REPEATS times and report the median (a shared machine is noisy).
Targets (2 cores): cold <= 2 s, no-change <= 100 ms, one change <= 150 ms, RSS <= 200 MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_bank import make_bank

PHASE = """
import json, resource, sys, time
from datetime import UTC, datetime
from interview.storage.engine import open_database
from interview.storage.sync import sync_banks
engine = open_database(sys.argv[1])
start = time.perf_counter()
report = sync_banks(engine=engine, folders=[sys.argv[2]], now=datetime.now(UTC))
elapsed = time.perf_counter() - start
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"sync_s": elapsed, "rss_mb": own / 1024, "child_rss_mb": children / 1024,
                  "summary": report.summary(), "parsed": report.parsed}))
"""


def run_phase(db: Path, bank: Path) -> dict[str, float | str]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", PHASE, str(db), str(bank)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float | str] = json.loads(out.stdout)
    result["process_s"] = time.perf_counter() - start
    return result


REPEATS = 5


def median_phase(runs: list[dict[str, float | str]]) -> dict[str, float | str]:
    ordered = sorted(runs, key=lambda r: float(r["sync_s"]))
    return ordered[len(ordered) // 2]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        bank = make_bank(Path(tmp) / "bank", n)
        db = Path(tmp) / "bench.db"
        size = sum(p.stat().st_size for p in bank.rglob("*.md"))
        print(f"bank: {n} questions, {size / 1e6:.1f} MB")
        phases = []
        phases.append(("cold sync", run_phase(db, bank)))
        phases.append(
            ("no-change re-sync", median_phase([run_phase(db, bank) for _ in range(REPEATS)]))
        )
        changed = []
        for victim in sorted(bank.rglob("*.md"))[:REPEATS]:
            victim.write_text(victim.read_text().replace("## Notes", "## Notes\nEdited."))
            changed.append(run_phase(db, bank))
        phases.append(("one file changed", median_phase(changed)))
        for name, result in phases:
            print(
                f"{name:<18} sync {result['sync_s'] * 1000:8.0f} ms   "
                f"process {result['process_s'] * 1000:6.0f} ms   "
                f"peak RSS {result['rss_mb']:5.0f} MB (workers {result['child_rss_mb']:4.0f} MB)   "
                f"parsed {result['parsed']}   {result['summary']}"
            )


if __name__ == "__main__":
    main()
