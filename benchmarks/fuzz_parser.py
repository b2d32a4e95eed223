"""A long fuzz of the question parser: the properties of tests/unit/test_parser_fuzz.py
with many more (random, not derandomized) examples.

    python benchmarks/fuzz_parser.py [EXAMPLES] [--seed N]     (default 50,000)

The examples are split among the properties: realistic hostile documents get half,
arbitrary text, arbitrary bytes and read_file the rest. Prints, per property, how many
examples ran, how long it took and the (shrunk) failure if one was found.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from tests.unit.test_parser_fuzz import (
    check_bytes,
    check_read_file,
    check_text,
    documents,
)


def run(
    name: str,
    strategy: st.SearchStrategy[Any],
    check: Callable[[Any], None],
    examples: int,
    chosen_seed: int | None,
) -> bool:
    count = 0

    def counted(value: Any) -> None:
        nonlocal count
        count += 1
        check(value)

    test = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )(given(strategy)(counted))
    if chosen_seed is not None:
        test = seed(chosen_seed)(test)
    start = time.perf_counter()
    ok = True
    try:
        test()
    except Exception:  # report the shrunk failure and go on with the next property
        ok = False
        traceback.print_exc()
    elapsed = time.perf_counter() - start
    status = "ok" if ok else "FAILED"
    print(f"{name:<34} {count:>7,} examples {elapsed:7.1f} s  {status}", flush=True)
    return ok


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("examples", nargs="?", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    total = args.examples
    plan: list[tuple[str, st.SearchStrategy[Any], Callable[[Any], None], int]] = [
        ("realistic documents (parse_text)", documents(), check_text, total // 2),
        ("arbitrary text (parse_text)", st.text(), check_text, total // 6),
        ("arbitrary bytes (parse_bytes)", st.binary(), check_bytes, total // 6),
        (
            "documents as files (read_file)",
            documents().map(lambda text: text.encode("utf-8", "surrogatepass")),
            check_read_file,
            total - total // 2 - 2 * (total // 6),
        ),
    ]
    results = [run(name, strategy, check, n, args.seed) for name, strategy, check, n in plan]
    print("all properties held" if all(results) else "SOME PROPERTIES FAILED")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
