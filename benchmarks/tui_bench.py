"""The app at 10,000 questions: time to the first screen, search per keystroke, memory.

    python benchmarks/tui_bench.py

1. Time from process start to the first screen drawn, for `interview` and, in the same
   run, for an empty Textual app (Header and Footer only); each started 10 times in
   turn, headless, median reported. Target: interview <= 1.5x the empty app.
2. Search as you type: every prefix of a few queries against 10,000 questions, in the
   search function the browse screen calls. Target: p95 <= 16 ms.
3. Peak RSS of the app after opening browse (all 10,000 questions listed and indexed).
   Target: <= 150 MB.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_bank import make_bank

RUNS = 10

EMPTY_APP = """
import time
from textual.app import App
from textual.widgets import Footer, Header

class Empty(App):
    def compose(self):
        yield Header()
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(self.drawn)

    def drawn(self):
        print(time.time(), flush=True)
        self.exit()

Empty().run(headless=True, size=(120, 40))
"""

INTERVIEW_APP = """
import time
from interview.tui import app as tui

mount = tui.InterviewApp.on_mount

def on_mount(self):
    mount(self)
    self.call_after_refresh(drawn, self)

def drawn(self):
    print(time.time(), flush=True)
    self.exit()
    import os
    os._exit(0)  # do not wait for the bank-loading worker

run = tui.InterviewApp.run
tui.InterviewApp.on_mount = on_mount
tui.InterviewApp.run = lambda self, **kw: run(self, headless=True, size=(120, 40))
from interview.cli import main
main([])
"""

BROWSE_RSS = """
import asyncio, resource
from interview.tui.app import make_app

async def main():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        while app.backend is None:  # the loading worker starts after the first frame
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.press("b")
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows = len(app.screen.query_one("QuestionList").rows)
        print(rows, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)

asyncio.run(main())
"""


def first_draw(code: str, env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return float(out.stdout.strip().splitlines()[-1]) - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        bank = make_bank(root / "bank", 10_000)
        env = {
            **os.environ,
            "INTERVIEW_DATA_DIR": str(root / "data"),
            "INTERVIEW_CONFIG": str(root / "config.toml"),
            "INTERVIEW_DB": str(root / "bench.db"),
        }
        # A user's install has compiled bytecode (pip writes it, and Python caches it on
        # the first run). With PYTHONDONTWRITEBYTECODE set, as on some dev machines, every
        # start would compile the app's own modules again: about 60 ms that no user pays.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        (root / "config.toml").write_text(f'banks = ["{bank}"]\n')
        subprocess.run(
            [sys.executable, "-m", "interview", "sync"], env=env, check=True, capture_output=True
        )
        print("database: 10,000 synthetic questions + the shipped bank, synced")

        first_draw(EMPTY_APP, env)  # warm-up: bytecode cached, files in the page cache
        first_draw(INTERVIEW_APP, env)
        empty: list[float] = []
        ours: list[float] = []
        for _ in range(RUNS):
            empty.append(first_draw(EMPTY_APP, env))
            ours.append(first_draw(INTERVIEW_APP, env))
        e, o = statistics.median(empty), statistics.median(ours)
        print(f"first screen, empty Textual app   median {e * 1000:6.0f} ms  ({RUNS} runs)")
        print(f"first screen, interview           median {o * 1000:6.0f} ms  ({o / e:.2f}x)")

        from interview.core.search import SearchIndex
        from interview.storage.engine import open_database
        from interview.storage.repository import list_questions

        engine = open_database(root / "bench.db")
        with engine.connect() as connection:
            questions = list_questions(connection=connection)
        started = time.perf_counter()
        index = SearchIndex(questions)
        built = time.perf_counter() - started
        timings = []
        for query in ["gradient cache", "softmax", "precision recall", "embeding", "latency"]:
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                index.rank(query[:end])  # what the browse screen calls on each keystroke
                timings.append(time.perf_counter() - started)
        timings.sort()
        p95 = timings[int(0.95 * len(timings))] * 1000
        print(
            f"search as you type ({len(timings)} keystrokes over {len(questions)} questions): "
            f"median {statistics.median(timings) * 1000:.1f} ms, p95 {p95:.1f} ms; "
            f"index built in {built * 1000:.0f} ms"
        )

        out = subprocess.run(
            [sys.executable, "-c", BROWSE_RSS], capture_output=True, text=True, env=env
        )
        if out.returncode:
            print(out.stderr[-3000:])
        rows, rss = out.stdout.strip().splitlines()[-1].split()
        print(f"peak RSS with browse open ({rows} rows listed and indexed): {float(rss):.0f} MB")
        print(json.dumps({"when": datetime.now(UTC).isoformat(timespec="seconds")}))


if __name__ == "__main__":
    main()
