"""How long `interview import-md` takes to scan hostile documents of about 1 MB each.

    python benchmarks/import_hostile.py

Each shape repeats one layout the importer reads until the document reaches ~1 MB: a
document built to make a rule do the most work. Prints the seconds each scan took and the
questions found. Target: every shape under 10 s (real lists are under 100 KB and scan
in well under a second).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from interview.core.importer import scan

SIZE = 1_000_000


def repeat(make: Callable[[int], str], head: str = "# Interview Questions\n\n") -> str:
    parts = [head]
    total = len(head)
    number = 1
    while total < SIZE:
        part = make(number)
        parts.append(part)
        total += len(part)
        number += 1
    return "".join(parts)


SHAPES: dict[str, Callable[[], str]] = {
    "question paragraphs": lambda: repeat(lambda n: f"What is item {n}?\n\n"),
    "question lines": lambda: repeat(lambda n: f"What is item {n}?\n"),
    "Q/A pairs in a fence": lambda: "```\n" + repeat(lambda n: f"Q: What is {n}?\nA: {n}.\n\n"),
    "details blocks": lambda: repeat(
        lambda n: f"<details><summary>What is {n}?</summary>\n\nIt is {n}.\n\n</details>\n\n"
    ),
    "list items": lambda: repeat(lambda n: f"- What is item {n}?\n"),
    "problem headings": lambda: repeat(
        lambda n: f"#### Problem {n}\n\nA coin is tossed {n} times.\n\n#### Solution\n\n{n}\n\n"
    ),
    "bold numbered topics": lambda: repeat(lambda n: f"**{n}. Topic {n}**\n- note {n}\n\n"),
    "one question a fence": lambda: repeat(lambda n: f"```\nWhat is {n}?\n```\n\n"),
    "nested fences": lambda: repeat(lambda n: f"```\ntext {n}\n```python\nx = {n}\n```\n```\n\n"),
    "keycap headings": lambda: repeat(lambda n: f"### 1️⃣{n % 10}️⃣ Explain item {n}\n\nIt.\n\n"),
    "transcript lines": lambda: repeat(lambda n: f"💬 What is item {n}?\n{n} mins 3 secs\n"),
    "problem paragraphs": lambda: repeat(
        lambda n: f"Sum of numbers to {n}\n  * about {n * n // 2}\n\n",
        head="# Notes\n\n## Quant questions\n\n",
    ),
    "unclosed emphasis": lambda: repeat(lambda n: f"**{n}. What is *item {n}?\n"),
    # one paragraph of bold questions, and a bold one with a stray digit glued to it
    "bold question lines": lambda: repeat(lambda n: f"{n % 3 or ''}**What is item {n}?**\n"),
    # MkDocs content tabs, each nested one level deeper than the one before
    "nested tabs": lambda: repeat(
        lambda n: " " * (4 * (n % 50)) + '=== "Answer"\n' + " " * (4 * (n % 50) + 4) + f"x {n}\n"
    ),
    # rounds 27-28: turn-taking labels, lone numbers, tight details, task options,
    # lettered exercise parts, highlighted items
    "turn-taking labels": lambda: repeat(lambda n: f"**S: Soru {n}?**\nC: Cevap {n}.\n\n"),
    "lone numbers": lambda: repeat(lambda n: f"{n}.\n¿Qué es {n}?\nEs {n}.\n"),
    "tight details": lambda: repeat(
        lambda n: f"{n:02}. What is {n}?\n<details>\n<summary>Answer</summary>\n{n}\n</details>\n"
    ),
    "task options": lambda: repeat(lambda n: f"{n}. Stem {n}:\n- [ ] a\n- [x] b\n- [ ] c\n\n"),
    "lettered parts": lambda: repeat(
        lambda n: f"## Exercise {n}\n\nA model is fit.\n\n(a) Why {n}?\n\n(b) How {n}?\n\n"
    ),
    "highlighted items": lambda: repeat(lambda n: f"- ==Tell me about time {n}==\n"),
    "tabbed questions": lambda: repeat(
        lambda n: (
            f'!!! Question ""\n    === "Question"\n        #### What is {n}?\n\n'
            f'    === "Answer"\n        It is {n}.\n\n'
        )
    ),
    "run-on details": lambda: repeat(
        lambda n: (
            f"<details>\n<summary>What is item {n}?</summary>\n"
            f"<div>\nIt is {n}.\n</div>\n</details>\n"
        )
    ),
    "answer keys": lambda: repeat(
        lambda n: (
            f"## Day {n}\n\n### Questions\n\n**1.** Which {n}?\n- a) x\n- b) y\n\n"
            f"**2.** Why {n}?\n- a) x\n\n### Answers\n\n**1. a) x**\n\nWhy.\n\n**2. a) x**\n\n"
        )
    ),
    "tasks under solutions": lambda: repeat(
        lambda n: (
            f"## Section {n}\n\n### Context\n\nA pod {n}.\n\n"
            "### Task\n- Fix it\n\n### Solution\n\nok\n\n"
        )
    ),
    "cards in html headings": lambda: repeat(
        lambda n: (
            f'<h2 id="c{n}">Card {n}</h2>\n\n<code>Mid</code> · <code>High</code>\n\n'
            "<details>\n<summary>Show answer and Swift</summary>\n\nIt is.\n\n"
            f"**Then they usually ask**\n\n- Why {n}?\n\n</details>\n\n"
        )
    ),
    "numbered problems in fences": lambda: repeat(
        lambda n: f"{n}. Problem {n}\n```\nA statement of problem {n} in a few words.\n```\n\n"
    ),
    "tasks set in lists": lambda: repeat(
        lambda n: f"Some ideas of tasks to work on with set {n}:\n\n* Count {n}\n* Sort {n}\n\n"
    ),
    # round 86-87 rules: numbered quiz stems that do not ask, quizzes under framework
    # headings, bold topic cards, lines ended by <br> under topics, tallies of terms
    "numbered quiz stems": lambda: repeat(
        lambda n: (
            f"**Question {n}**\n\n"
            + (f"Which item is {n}?" if n % 3 else f"The item `f{n}()` gives the .....")
            + "\n\n  + a) one\n  + b) two *\n\n"
        )
    ),
    "framework quizzes": lambda: repeat(
        lambda n: f"## Some Framework {n}\n\nWhich of the following is {n}?\n\n- a\n- b\n\n"
    ),
    "bold topic cards": lambda: repeat(
        lambda n: f"**Topic {n}**\n\nNotes on {n}.\n\n**What is {n}?**\n\nIt is {n}.\n\n",
        head="# Questions\n\n",
    ),
    "lines ended by breaks": lambda: repeat(
        lambda n: f"🔗 Topic {n} <br>\n" if n % 5 == 0 else f"✅ What is item {n}? <br>\n"
    ),
    "tally of terms": lambda: repeat(lambda n: f"1 - design component {n}\n"),
    "nested html lists": lambda: (
        "<ol>\n"
        + repeat(
            lambda n: (
                f"  <li>\n    <b>What is {n}?</b>\n    <ul>\n"
                f"      <li>Point {n}</li>\n    </ul>\n  </li>\n"
            ),
            head="",
        )
        + "</ol>\n"
    ),
    "styled div lines": lambda: repeat(
        lambda n: (
            f'<div style="color:green">Qua. {n}) What is {n}?</div>\n\n'
            f'<div style="color:white">Ans. => It is {n}.</div>\n\n'
        )
    ),
    "fenced div quiz": lambda: repeat(
        lambda n: (
            f"::: question :::\nWhich is {n}?\n\n- [x] {n}\n- [ ] no\n\n"
            f"::: hints\n- {n}\n:::\n:::\n\n"
        )
    ),
    "stems over plain choices": lambda: repeat(
        lambda n: (
            f"{n}. Item {n} of the list is best described as:\n"
            "        - one\n        - two\n        - three\n\n"
        )
    ),
    "lab tasks with commands": lambda: repeat(
        lambda n: f"{n}. Create a group called g{n}\n\n         sudo groupadd g{n}\n\n"
    ),
    "answers folded with headings": lambda: repeat(
        lambda n: (
            f"### Question\n\nIs {n} cached?\n\n<details>\n<summary>Answer</summary>\n\n"
            f"### ✅ Yes\n\n#### 1. Cache {n}\n\nIt is.\n\n</details>\n\n"
        )
    ),
    "html page units": lambda: repeat(
        lambda n: (
            f'<div class="unit"><div><h2>🔹 {n}. What is {n}?</h2></div> <div><h3>Answer:'
            f"</h3><p>It is <b>{n}</b>.</p></div></div>{chr(10) if n % 5 == 0 else ''}"
        ),
        head="<div><h1>Top questions</h1>",
    ),
    "html page nested deep": lambda: repeat(
        lambda n: f"<div><h2>What is {n}?</h2><span><i>",
        head="<div><h1>Top questions</h1><h2>a</h2><h2>b</h2>",
    ),
    # an exam turned from a PDF: page marks, running headers, labels inside paragraphs
    "pdf pages and labels": lambda: repeat(
        lambda n: (
            f"Question #{n} (1 Point)\nWhich is {n}?\na) one\nb) two\nSelect ONE option.\n"
            + (f"\n-- {n} of 9 --\n\nCertified Tester\nPage {n} of 9\n" if n % 3 == 0 else "")
        ),
        head="Questions\n",
    ),
    "html quiz divs": lambda: repeat(
        lambda n: (
            f'<div class="quiz-container">\n  <div class="quiz-question">{n}. Which {n}?</div>\n'
            f'  <div class="quiz-option" data-correct="true" data-feedback="Yes {n}">a</div>\n'
            f'  <div class="quiz-option" data-correct="false" data-feedback="No">b</div>\n'
            '  <div class="quiz-feedback"></div>\n</div>\n\n'
        )
    ),
    "exercises over rules": lambda: repeat(
        lambda n: f"#### Task {n}\nWhat is item {n}?\n\n---\nIt is {n}.\n\n\n"
    ),
    "anki plugin cards": lambda: repeat(
        lambda n: (
            f"%%ANKI\nBasic\nWhat is item {n}?\nBack: It is {n}.\n<!--ID: {n}-->\nEND%%\n\n"
            if n % 2
            else f"%%ANKI\nCloze\nItem {{{n}}} is {{item {n}}}.\n<!--ID: {n}-->\nEND%%\n\n"
        )
    ),
    "quiz tags in divs": lambda: repeat(
        lambda n: (
            f'##### Question {n}\n\n<div class="qb">\n\n<quiz>\nWhich item is {n}?\n'
            f"- [x] {n}\n- [ ] run item {n + 1}\n\nBecause.\n</quiz>\n\n</div>\n\n"
        )
    ),
    "lines broken by backslashes": lambda: repeat(
        lambda n: f"Task {n}:\\\nFind item {n}.\\\nOutput: x\n=====\n\n"
    ),
    "lesson challenges and callouts": lambda: repeat(
        lambda n: (
            f"> ## Challenge {n}\n>\n> Write item {n}.\n>\n> > ## Solution\n> > It is {n}.\n"
            "> {: .solution}\n{: .challenge}\n\n"
            if n % 2
            else f"> [!question] {n}.a\n> What is item {n}?\n\nIt is {n}.\n\n"
        )
    ),
    "bare numbers over choices": lambda: repeat(
        lambda n: f"## {n}.\n\nItem {n} is closest to\uff1a\n\nA.\none\n\nB.\ntwo\n\n(1)\n"
    ),
    "textbook exercises in brackets": lambda: repeat(
        lambda n: (
            f"## 15.{n % 9}-{n % 99}\n\n> Give item {n}.\n\nIt is {n}.\n\n"
            if n % 2
            else f"({n % 99}) We will now derive item\n{n}.\n\n(a) What is item\n{n}?\n\nIt.\n\n"
        )
    ),
    "part titles and unclosed fences": lambda: repeat(
        lambda n: (
            f"{n % 9 + 1}. Part {n}\n\n1. What is item {n}?\nAnswer: It.\n\nx = {n}\n"
            if n % 50
            else "```shift\n"
        )
    ),
    "questions over bullet answers": lambda: repeat(
        lambda n: f"What is item {n}?\n- It is {n}.\n" + ("\n" if n % 40 == 0 else "")
    ),
    "slides and old quiz blocks": lambda: repeat(
        lambda n: (
            f"Item {n} means that:\n\n---\n\n"
            if n % 2
            else f"<?quiz?>\nquestion: What is {n}?\nanswer-correct: {n}\nanswer: 0\n"
            "content:\n<?/quiz?>\n\n---\n\n"
        )
    ),
    "review labels and stems under titles": lambda: repeat(
        lambda n: f"### {n}. Title {n}\n\nR{n}. Stem {n}:  \na. one  \nb. two\n\n> `{n}`. x\n\n"
    ),
    "judge links and problem titles": lambda: repeat(
        lambda n: (
            f"## Topic {n}\n\n* [Item {n}](https://leetcode.com/problems/item-{n}/) - DONE\n"
            f"* [Counting {n}]()\n* Merge {n} Sorted Lists\n\n"
            f"| ID | Title |\n|---|---|\n| {n} | [T{n}](https://leetcode.com/problems/t{n}/) |\n\n"
        ),
        head="# Coding Questions\n\n",
    ),
    "numbered problems and quotes": lambda: repeat(
        lambda n: (
            f"### {n % 9 + 1}.{n % 99} - Title {n}\nImplement item {n}. What if it is {n}?\n\n"
            f"EXAMPLE:\nInput: {n}\n\nFOLLOW UP\nRepeat it.\n\n"
            f"### Puzzle {n}\n\n> How many {n}?\n\n"
            f"**{n}.SGD item {n}**\n{{:.warning}}\np{n}\n\n"
        ),
        head="---\ntitle: Questions\n---\n\n# Section 1 Questions\n\n",
    ),
    "marked choices and keys": lambda: repeat(
        lambda n: (
            f"### Q{n}. Which is item {n}?\n\n- A. one\n- B. item {n} \\*\n- C. three ✓\n\n"
            f"1. What is {n}?\n2. Which {n}?\n\n**Answers:**\n1. It.\n2. That.\n\n"
            f"- [ ] Print {n} without loops.\n<details><summary>Potential Solution</summary>\n"
            f"Recurse.\n</details>\n\n"
        )
    ),
}


def main() -> None:
    print(f"{'shape':28} {'bytes':>9} {'seconds':>8} {'questions':>10}")
    for name, make in SHAPES.items():
        text = make()
        started = time.perf_counter()
        found = scan(text)
        elapsed = time.perf_counter() - started
        print(f"{name:28} {len(text.encode()):>9} {elapsed:>8.2f} {len(found.questions):>10}")


if __name__ == "__main__":
    main()
