"""Fuzzy search over questions with rapidfuzz: titles, prompts, answers and tags."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from interview.core.questions import Question

FIELD_WEIGHTS: dict[str, float] = {"title": 1.0, "tags": 1.0, "question": 0.9, "answer": 0.75}
"""How much a match in each field counts: a title hit beats the same hit in an answer."""

WORD_CUTOFF = 75.0
"""A query word matches a field when rapidfuzz's partial ratio reaches this (typos pass)."""

MIN_SCORE = 65.0
"""Questions whose mean word score is below this are not shown."""

SHORT_WORD = 3
"""Query words shorter than this must match a whole word exactly ("pr", "l1", "ml")."""

STOP_WORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "does",
        "for",
        "from",
        "how",
        "i",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "the",
        "to",
        "vs",
        "what",
        "when",
        "which",
        "why",
        "with",
    }
)
"""Words dropped from a query that has others: they match everything."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A question that matched, how well (0-100), and the field that matched best."""

    question: Question
    score: float
    field: str


def query_words(query: str) -> list[str]:
    """The words of a query that take part in matching, lower-cased, stop words dropped."""
    words = utils.default_process(query).split()
    kept = [w for w in words if w not in STOP_WORDS]
    return list(dict.fromkeys(kept or words))


class SearchIndex:
    """Questions prepared once for many searches (as the user types, say)."""

    def __init__(self, questions: Sequence[Question]) -> None:
        self.questions = list(questions)
        self._fields: dict[str, list[str]] = {
            name: [utils.default_process(_field_text(q, name)) for q in self.questions]
            for name in FIELD_WEIGHTS
        }
        self._padded: dict[str, list[str]] = {
            name: [f" {text} " for text in texts] for name, texts in self._fields.items()
        }

    def search(self, query: str, *, limit: int | None = 20) -> list[SearchHit]:
        """The questions in which every word of `query` matches, best first (ties by id).

        A word's score in a question is its best weighted partial-ratio over the fields;
        the question's score is the mean over the words. Short words must match exactly.
        """
        words = query_words(query)
        if not words:
            return []
        totals: dict[int, float] = {}
        best_field: dict[int, tuple[float, str]] = {}
        for position, word in enumerate(words):
            scores = self._word_scores(word, best_field)
            if position == 0:
                totals = scores
            else:
                totals = {i: totals[i] + s for i, s in scores.items() if i in totals}
            if not totals:
                return []
        ranked = sorted(totals.items(), key=lambda item: (-item[1], self.questions[item[0]].id))
        hits = [
            SearchHit(self.questions[i], round(total / len(words), 1), best_field[i][1])
            for i, total in ranked
            if total / len(words) >= MIN_SCORE
        ]
        return hits[:limit] if limit is not None else hits

    def _word_scores(self, word: str, best_field: dict[int, tuple[float, str]]) -> dict[int, float]:
        scores: dict[int, float] = {}
        for name, weight in FIELD_WEIGHTS.items():
            if len(word) < SHORT_WORD:
                padded_word = f" {word} "
                found = [
                    (i, 100.0) for i, text in enumerate(self._padded[name]) if padded_word in text
                ]
            else:
                matches = process.extract(
                    word,
                    self._fields[name],
                    scorer=fuzz.partial_ratio,
                    processor=None,
                    score_cutoff=WORD_CUTOFF,
                    limit=None,
                )
                found = [(i, score) for _, score, i in matches]
            for i, score in found:
                weighted = score * weight
                if weighted > scores.get(i, 0.0):
                    scores[i] = weighted
                if weighted > best_field.get(i, (0.0, ""))[0]:
                    best_field[i] = (weighted, name)
        return scores


def _field_text(question: Question, name: str) -> str:
    if name == "tags":
        return " ".join(question.tags)
    if name == "title":  # the id often names the topic in other words
        return f"{question.title} {question.id}"
    text: str = getattr(question, name)
    return text


def search_questions(
    questions: Sequence[Question], query: str, *, limit: int | None = 20
) -> list[SearchHit]:
    """Search `questions` once; build a `SearchIndex` to search the same ones repeatedly."""
    return SearchIndex(questions).search(query, limit=limit)
