"""Formula rendering over the whole shipped bank (issue 14).

    python benchmarks/formula_bench.py

Target: every distinct formula of the bank converted in well under a second per pass
(cold cache, the converter already built), and the display path, which asks again for the
same formulas, served from the cache in a few milliseconds. Each figure is timed 5 times;
the median, fastest and slowest are printed.
"""

from __future__ import annotations

import statistics
import time

from interview.core.mathtext import formulas, latex_to_text
from interview.paths import shipped_bank


def main() -> None:
    files = sorted(shipped_bank().rglob("*.md"))
    every = [formula for path in files for formula in formulas(path.read_text())]
    unique = sorted(set(every))
    start = time.perf_counter()
    latex_to_text(unique[0])
    print(f"converter built in {1000 * (time.perf_counter() - start):.0f} ms")
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(5):
        latex_to_text.cache_clear()
        start = time.perf_counter()
        for formula in unique:
            latex_to_text(formula)
        cold.append(time.perf_counter() - start)
        start = time.perf_counter()
        for formula in every:
            latex_to_text(formula)
        warm.append(time.perf_counter() - start)
    for name, runs, count in (("cold", cold, len(unique)), ("cached", warm, len(every))):
        print(
            f"{name:6} {count:5} formulas: median {1000 * statistics.median(runs):.1f} ms"
            f" (fastest {1000 * min(runs):.1f}, slowest {1000 * max(runs):.1f})"
        )


if __name__ == "__main__":
    main()
