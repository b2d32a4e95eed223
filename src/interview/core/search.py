"""Fuzzy search over questions with rapidfuzz: titles, prompts, answers and tags.

Built for search as you type over 10,000 questions: the text is split into words once,
into an inverted index per field. A query word is matched against the vocabulary (exact,
as a prefix while it is being typed, or within a typo by rapidfuzz's ratio), and only
the questions holding a matched word are scored. Every word of the query must match.
"""

from __future__ import annotations

import bisect
import heapq
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from interview.core.questions import Question

FIELD_WEIGHTS: dict[str, float] = {"title": 1.0, "tags": 0.97, "question": 0.9, "answer": 0.75}
"""How much a match in each field counts: a title hit beats the same hit in a tag, which
beats it in the question, then the answer."""

TAG_BONUS = 1.0
"""Added when the word is also exactly one of the question's tags: of several titles that
match, the one whose question is about that topic comes first."""

TYPO_CUTOFF = 80.0
"""A vocabulary word within this rapidfuzz ratio of a query word matches it (a typo)."""

PREFIX_SCORE = 95.0
"""How much a word the query word begins counts ("soft" finds "softmax")."""

MIN_PREFIX = 3
"""Query words shorter than this match whole words only ("pr", "l1", "ml")."""

MIN_TYPO = 4
"""Query words shorter than this are not matched with typos."""

WORD_CACHE = 64
"""Query words whose scores are kept between keystrokes."""

MAX_EXPANSIONS = 200
"""At most this many vocabulary words stand in for one query word (the most common)."""

STOP_WORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "does", "for", "from", "how", "i",
        "in", "is", "it", "of", "on", "or", "the", "to", "vs", "what", "when", "which",
        "why", "with",
    }
)  # fmt: skip
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


def _field_text(question: Question, name: str) -> str:
    if name == "tags":
        return " ".join(question.tags)
    if name == "title":  # the id often names the topic in other words
        return f"{question.title} {question.id}"
    text: str = getattr(question, name)
    return text


def searchable_texts(question: Question) -> dict[str, str]:
    """The text of each searched field of a question."""
    return {name: _field_text(question, name) for name in FIELD_WEIGHTS}


class SearchIndex:
    """Questions prepared once for many searches (as the user types, say).

    Only words and question numbers are kept, not the text: `from_texts` builds one from
    a stream of field texts (say, straight from the database) whose memory is then freed.
    """

    def __init__(self, questions: Sequence[Question]) -> None:
        self.questions = list(questions)
        self._build(searchable_texts(question) for question in self.questions)

    @classmethod
    def from_texts(cls, texts: Iterable[Mapping[str, str]]) -> SearchIndex:
        """An index over field texts in order; `rank` gives positions in that order."""
        index = cls.__new__(cls)
        index.questions = []
        index._build(texts)
        return index

    def _build(self, texts: Iterable[Mapping[str, str]]) -> None:
        self._postings: dict[str, dict[str, array[int]]] = {name: {} for name in FIELD_WEIGHTS}
        frequency: dict[str, int] = {}
        for index, fields in enumerate(texts):
            seen: set[str] = set()
            for name, postings in self._postings.items():
                words = set(utils.default_process(fields.get(name, "")).split())
                for word in words:
                    holders = postings.get(word)
                    if holders is None:
                        holders = postings[word] = array("I")  # 4 bytes a question
                    holders.append(index)
                seen |= words
            for word in seen:
                frequency[word] = frequency.get(word, 0) + 1
        self._frequency = frequency
        self._vocabulary = sorted(frequency)
        self._word_cache: dict[str, dict[int, float]] = {}

    def rank(self, query: str) -> list[int]:
        """Indices (into `questions`) of every match, best first, ties in index order.

        The fast path for listing thousands of matches as the user types: no hit objects.
        """
        totals = self._totals(query_words(query))
        ordered = sorted(totals)  # index order first, so the stable sort breaks ties by it
        ordered.sort(key=totals.__getitem__, reverse=True)
        return ordered

    def _totals(self, words: list[str]) -> dict[int, float]:
        totals: dict[int, float] | None = None
        for word in words:
            scores = self._word_cache.get(word)
            if scores is None:
                # While typing "gradient cache", the finished first word is scored once.
                scores = self._scores(self.matching_words(word))
                if len(self._word_cache) >= WORD_CACHE:
                    self._word_cache.pop(next(iter(self._word_cache)))
                self._word_cache[word] = scores
            if totals is None:
                totals = scores
            else:
                totals = {i: totals[i] + s for i, s in scores.items() if i in totals}
            if not totals:
                return {}
        return totals or {}

    def search(
        self, query: str, *, limit: int | None = 20, explain: bool = True
    ) -> list[SearchHit]:
        """The questions in which every word of `query` matches, best first (ties by id).

        With `explain`, each hit says which field matched best (it costs a little per hit:
        turn it off to rank thousands of hits as you type).
        """
        words = query_words(query)
        if not words:
            return []
        matched = [self.matching_words(word) for word in words]
        totals: dict[int, float] | None = None
        for candidates in matched:
            scores = self._scores(candidates)
            if totals is None:
                totals = scores
            else:
                totals = {i: totals[i] + s for i, s in scores.items() if i in totals}
            if not totals:
                return []
        assert totals is not None

        def order(item: tuple[int, float]) -> tuple[float, str]:
            return (-item[1], self.questions[item[0]].id)

        ranked = (
            heapq.nsmallest(limit, totals.items(), key=order)
            if limit is not None
            else sorted(totals.items(), key=order)
        )
        return [
            SearchHit(
                self.questions[i],
                min(100.0, round(total / len(words), 1)),
                self._best_field(i, matched) if explain else "",
            )
            for i, total in ranked
        ]

    def _scores(self, candidates: dict[str, float]) -> dict[int, float]:
        """Each question's best weighted similarity for one query word."""
        pairs = sorted(
            (
                (similarity * weight, name, candidate)
                for candidate, similarity in candidates.items()
                for name, weight in FIELD_WEIGHTS.items()
            ),
            reverse=True,
        )
        scores: dict[int, float] = {}
        for weighted, name, candidate in pairs:  # best first, so the first score stays
            holders = self._postings[name].get(candidate)
            if holders:
                setdefault = scores.setdefault
                for index in holders:
                    setdefault(index, weighted)
        for candidate, similarity in candidates.items():
            if similarity == 100.0:
                for index in self._postings["tags"].get(candidate, ()):
                    scores[index] += TAG_BONUS
        return scores

    def _best_field(self, index: int, matched: list[dict[str, float]]) -> str:
        """The field of question `index` that matched the query best (for showing why)."""
        question = self.questions[index]
        best, best_name = -1.0, "title"
        for name, weight in FIELD_WEIGHTS.items():
            words = set(utils.default_process(_field_text(question, name)).split())
            score = sum(
                max((sim for word, sim in candidates.items() if word in words), default=0.0)
                for candidates in matched
            )
            if score * weight > best:
                best, best_name = score * weight, name
        return best_name

    def matching_words(self, word: str) -> dict[str, float]:
        """Vocabulary words that `word` matches, with how well (100 is the word itself)."""
        found: dict[str, float] = {}
        if word in self._frequency:
            found[word] = 100.0
        if len(word) >= MIN_PREFIX:
            start = bisect.bisect_left(self._vocabulary, word)
            end = bisect.bisect_left(self._vocabulary, word + "\uffff")
            prefixed = self._vocabulary[start:end]
            if len(prefixed) > MAX_EXPANSIONS:
                prefixed = sorted(prefixed, key=self._frequency.__getitem__)[-MAX_EXPANSIONS:]
            for candidate in prefixed:
                found.setdefault(candidate, PREFIX_SCORE)
        if len(word) >= MIN_TYPO:
            for candidate, score, _ in process.extract(
                word,
                self._vocabulary,
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=TYPO_CUTOFF,
                limit=MAX_EXPANSIONS,
            ):
                if score > found.get(candidate, 0.0):
                    found[candidate] = score
        return found


def search_questions(
    questions: Sequence[Question], query: str, *, limit: int | None = 20
) -> list[SearchHit]:
    """Search `questions` once; build a `SearchIndex` to search the same ones repeatedly."""
    return SearchIndex(questions).search(query, limit=limit)
