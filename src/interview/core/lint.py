"""Checks across a whole set of banks: per-file problems, duplicate ids, near-duplicates."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from interview.core.bank import read_files, scan_banks
from interview.core.questions import Problem, Question, Severity

NEAR_DUPLICATE_SCORE = 90.0
"""Two questions whose normalised title and prompt score at least this are near-duplicates."""

CANDIDATE_OVERLAP = 0.7
"""Only pairs sharing at least this share of their words (Jaccard) are scored."""

_NON_WORD = re.compile(r"[^\w]+")
_JOINERS = re.compile(r"[-\u2010-\u2015'\u2019]")
"""Hyphens, dashes and apostrophes join words: trade-off and tradeoff are one word."""


@dataclass(slots=True)
class LintReport:
    """Everything lint found, and the questions that loaded."""

    questions: list[Question] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    @property
    def errors(self) -> int:
        """How many problems are errors."""
        return sum(p.severity is Severity.ERROR for p in self.problems)

    @property
    def warnings(self) -> int:
        """How many problems are warnings."""
        return sum(p.severity is Severity.WARNING for p in self.problems)


def lint_banks(folders: Iterable[str | Path], *, workers: int | None = None) -> LintReport:
    """Read every file of every bank and report all problems, sorted by file and line."""
    scan = scan_banks(folders)
    report = LintReport(problems=list(scan.problems), files=len(scan.files))
    for result in read_files(scan.files, workers=workers):
        if result.result is None:
            continue
        report.problems.extend(result.result.problems)
        if result.result.question is not None:
            report.questions.append(result.result.question)
    report.problems.extend(duplicate_ids(report.questions))
    report.problems.extend(missing_licenses(report.questions))
    unique = _first_per_id(report.questions)
    report.problems.extend(near_duplicates(unique))
    report.problems.sort(key=lambda p: (p.path, p.line or 0, p.severity.value, p.message))
    report.questions = unique
    return report


def duplicate_ids(questions: Iterable[Question]) -> list[Problem]:
    """An error for every question whose id an earlier one (in path order) already has."""
    owners: dict[str, Question] = {}
    problems: list[Problem] = []
    for question in sorted(questions, key=lambda q: q.path):
        first = owners.setdefault(question.id, question)
        if first is question:
            continue
        problems.append(
            Problem(
                question.path,
                question.section_lines.get("id", 1),
                Severity.ERROR,
                f"duplicate id '{question.id}', also used by {first.path}",
                "give one of the two files another 'id:'",
            )
        )
    return problems


ORIGINAL_SOURCES = frozenset({"original", "own", "mine", "self", "me"})
"""`source:` values that mean the question was written by its owner, not imported."""


def missing_licenses(questions: Iterable[Question]) -> list[Problem]:
    """A warning for each imported question (its `source:` names somewhere else) that
    does not say under which license it may be used."""
    problems: list[Problem] = []
    for question in questions:
        source = (question.source or "").strip()
        if not source or source.lower() in ORIGINAL_SOURCES or (question.license or "").strip():
            continue
        problems.append(
            Problem(
                question.path,
                question.section_lines.get("id", 1),
                Severity.WARNING,
                f"imported from '{source}' but no license",
                "add 'license:' (the list's license, e.g. MIT or CC-BY-4.0) to the front "
                "matter, or re-import with --license",
            )
        )
    return problems


def _first_per_id(questions: Iterable[Question]) -> list[Question]:
    owners: dict[str, Question] = {}
    for question in sorted(questions, key=lambda q: q.path):
        owners.setdefault(question.id, question)
    return list(owners.values())


def _fingerprint(question: Question) -> str:
    # Sorted words: word order and punctuation do not hide a copy, and a plain ratio on
    # pre-sorted text is much faster than token_sort_ratio re-sorting every pair.
    text = _JOINERS.sub("", f"{question.title} {question.question}".lower())
    words = _NON_WORD.sub(" ", text).split()
    return " ".join(sorted(words))


def near_duplicates(
    questions: list[Question], *, threshold: float = NEAR_DUPLICATE_SCORE
) -> list[Problem]:
    """A warning for each pair of questions that ask nearly the same thing.

    Two questions are near-duplicates when their title and prompt, lower-cased with the
    words sorted, reach `threshold` in rapidfuzz's normalised Indel similarity. Comparing
    every pair would take minutes for 10,000 questions, so candidates come first from a
    prefix-filtered word index (pairs sharing most of their words; rarest words first),
    and only those are scored.
    """
    texts = [_fingerprint(q) for q in questions]
    word_sets = [set(text.split()) for text in texts]
    frequency = Counter(word for words in word_sets for word in words)
    index: dict[str, list[int]] = defaultdict(list)
    problems: list[Problem] = []
    for current, words in enumerate(word_sets):
        ordered = sorted(words, key=lambda w: (frequency[w], w))
        prefix = ordered[: len(ordered) - math.ceil(CANDIDATE_OVERLAP * len(ordered)) + 1]
        candidates: set[int] = set()
        for word in prefix:
            candidates.update(index[word])
            index[word].append(current)
        for earlier in sorted(candidates):
            score = fuzz.ratio(texts[earlier], texts[current], score_cutoff=threshold)
            if not score:
                continue
            question = questions[current]
            problems.append(
                Problem(
                    question.path,
                    question.section_lines.get("question", 1),
                    Severity.WARNING,
                    f"near-duplicate of {questions[earlier].path} ({score:.0f}% alike)",
                    "make the two ask different things, or delete one",
                )
            )
    return problems
