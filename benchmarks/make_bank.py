"""Write a synthetic bank of N realistic question files (about 2.5 KB each).

python benchmarks/make_bank.py OUT_DIR [N]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

CATEGORIES = ["algorithms", "ml-theory", "system-design", "evaluation", "behavioral"]
TAGS = ["metrics", "hashing", "graphs", "optimizers", "retrieval", "calibration", "trees-ensembles"]
COMMON = (
    "the a of to and in is for that with on as by an be this it from at or are which "
    "model gradient loss feature label latency cache index batch token embedding recall "
    "precision variance bias sample window heap queue graph cost drift pipeline layer"
).split()


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    """Common words first, then made-up topic words: ranks for a Zipf-like draw."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    made_up = {"".join(rng.choices(letters, k=rng.randint(4, 11))) for _ in range(size)}
    return COMMON + sorted(made_up)


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choices(VOCABULARY, weights=WEIGHTS, k=words))
    return text[0].upper() + text[1:] + "."


def question_file(index: int, rng: random.Random) -> str:
    category = CATEGORIES[index % len(CATEGORIES)]
    tags = ", ".join(rng.sample(TAGS, 2))
    difficulty = rng.choice(["easy", "medium", "hard"])
    answer = "\n\n".join(" ".join(sentence(rng, 14) for _ in range(4)) for _ in range(3))
    code = "\n".join(f"    total += values[{i}] * {rng.randint(1, 9)}" for i in range(6))
    bullets = "\n".join(f"- {sentence(rng, 9)}" for _ in range(5))
    return f"""---
id: {category}/synthetic-{index:05d}
category: {category}
tags: [{tags}]
difficulty: {difficulty}
time: {rng.choice(["5m", "6m", "20m", "30m"])}
source: synthetic
---
# Synthetic question {index}: {sentence(rng, 6)}

## Question
{sentence(rng, 25)} {sentence(rng, 12)}

## Answer
{answer}

```python
def score(values):
    total = 0
{code}
    return total
```

## Rubric
{bullets}

## Hints
- {sentence(rng, 10)}
- {sentence(rng, 8)}

## Follow-ups
- {sentence(rng, 12)}
- {sentence(rng, 10)}

## Notes
{sentence(rng, 10)}
"""


VOCABULARY = vocabulary(random.Random(1))
WEIGHTS = [1 / (rank + 1) for rank in range(len(VOCABULARY))]


def make_bank(out: Path, count: int, seed: int = 7) -> Path:
    """Write `count` question files under `out` (one folder per category)."""
    rng = random.Random(seed)
    for index in range(count):
        category = CATEGORIES[index % len(CATEGORIES)]
        path = out / category / f"synthetic-{index:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(question_file(index, rng), encoding="utf-8")
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    make_bank(target, n)
    print(f"wrote {n} questions to {target}")
