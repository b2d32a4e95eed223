"""The rubric grader's cost: model load time, scoring latency, memory, first screen.

    python benchmarks/grading.py

Targets (issue 18):
1. Loading the model (wordllama, 256 dimensions, from its wheel): <= 1 s. Measured in a
   fresh process each time (imports included), 5 times, median and worst printed, for
   the shipped `WheelEmbedder` and for wordllama's own loader (`WordLlamaEmbedder`).
2. Scoring one answer against its rubric after the model is loaded: median <= 20 ms,
   p95 <= 50 ms. Every answer of the development set (tests/data/grading_dev.jsonl,
   150 answers, 5-8 points each) scored 5 times; per-answer times.
3. RSS added by the model: <= 60 MB. In a fresh process: RSS after importing the app
   (`interview.tui.app`, `interview.cli`), then with what practice has loaded when an
   answer is revealed (backend, parser, practice screen, formulas), then after loading
   the model and scoring every answer once; the differences and the peak (VmHWM).
4. First screen unchanged: importing the app and the CLI must not import numpy or
   wordllama (the grader's module is imported lazily). benchmarks/tui_bench.py measures
   the first screen itself.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

LOAD_CODE = """
import sys, time
t = time.perf_counter()
from interview.core import grading
getattr(grading, sys.argv[1])()
print(time.perf_counter() - t)
"""

RSS_CODE = """
import json, sys
def status(key):
    for line in open('/proc/self/status'):
        if line.startswith(key):
            return int(line.split()[1]) / 1024
import interview.tui.app, interview.cli
bare = status('VmRSS:')
# What the app has loaded by the time an answer is revealed in practice: the backend, a
# sync (the parser), the practice screen, formula rendering.
import interview.backend, interview.storage.sync, interview.core.parser
import interview.tui.screens.practice
from interview.core.mathtext import plain_math
plain_math('$x_m$')
before = status('VmRSS:')
from interview.core.grading import default_grader
from interview.core.parser import parse_text
from pathlib import Path
root = Path(sys.argv[1])
grader = default_grader()
for line in (root / 'tests/data/grading_dev.jsonl').read_text().splitlines():
    row = json.loads(line)
    path = root / 'questions' / (row['question'] + '.md')
    q = parse_text(path.read_text(), path=path, bank_root=root / 'questions').question
    grader.assess(q.rubric, row['answer'])
after = status('VmRSS:')
print(json.dumps({'bare': bare, 'before': before, 'after': after, 'peak': status('VmHWM:')}))
"""

FIRST_SCREEN_CODE = """
import sys
import interview.tui.app, interview.cli, interview.__main__
print(sorted({m.split('.')[0] for m in sys.modules} & {'numpy', 'wordllama', 'safetensors'}))
"""


def run_python(code: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def main() -> None:
    for embedder in ("WheelEmbedder", "WordLlamaEmbedder"):
        loads = [float(run_python(LOAD_CODE, embedder)) * 1000 for _ in range(5)]
        print(
            f"model load, {embedder} (fresh process, imports included): median "
            f"{statistics.median(loads):.0f} ms, worst {max(loads):.0f} ms (target <= 1000 ms)"
        )

    from interview.core.grading import default_grader
    from interview.core.parser import parse_text

    grader = default_grader()
    cases = []
    for line in (ROOT / "tests" / "data" / "grading_dev.jsonl").read_text().splitlines():
        row = json.loads(line)
        path = ROOT / "questions" / f"{row['question']}.md"
        question = parse_text(path.read_text(), path=path, bank_root=ROOT / "questions").question
        assert question is not None
        cases.append((question.rubric, row["answer"]))
    for rubric, answer in cases[:10]:  # warm caches the way a session would
        grader.assess(rubric, answer)
    times = []
    for _ in range(5):
        for rubric, answer in cases:
            t = time.perf_counter()
            grader.assess(rubric, answer)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[int(0.95 * len(times)) - 1]
    words = statistics.median(len(a.split()) for _, a in cases)
    print(
        f"scoring one answer ({len(cases)} answers x 5, median {words:.0f} words): "
        f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms "
        "(targets <= 20 / <= 50 ms)"
    )

    rss = json.loads(run_python(RSS_CODE, str(ROOT)))
    print(
        f"RSS: app at its first screen {rss['bare']:.0f} MB, at a practice reveal "
        f"{rss['before']:.0f} MB, with the model loaded and every dev-set answer scored "
        f"{rss['after']:.0f} MB (+{rss['after'] - rss['before']:.0f} MB over the practice "
        f"screen, +{rss['after'] - rss['bare']:.0f} MB over the first screen; "
        f"peak {rss['peak']:.0f} MB) (target <= +60 MB)"
    )

    loaded = run_python(FIRST_SCREEN_CODE)
    print(
        f"importing the app and the CLI loads {loaded if loaded != '[]' else 'none'} of numpy, "
        "wordllama, safetensors (first screen unchanged: nothing of the grader on its path)"
    )


if __name__ == "__main__":
    main()
