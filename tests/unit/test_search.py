"""Fuzzy search: what a user typing a few words expects to find first."""

from __future__ import annotations

from interview.core.questions import Question
from interview.core.search import SearchIndex, search_questions


def make(
    qid: str, title: str, question: str = "", answer: str = "", tags: tuple[str, ...] = ()
) -> Question:
    return Question(
        id=qid,
        title=title,
        category=qid.split("/")[0],
        question=question or title,
        answer=answer,
        tags=tags,
    )


BANK = [
    make("evaluation/pr-auc", "When is PR-AUC more informative than ROC-AUC?", tags=("metrics",)),
    make("ml-theory/softmax", "Numerically stable softmax", answer="Subtract the max before exp."),
    make(
        "ml-theory/dropout", "Why does dropout help?", answer="It averages many thinned networks."
    ),
    make("algorithms/heap", "Top-k elements", tags=("heaps",)),
    make("system-design/feed", "Design a feed", answer="Use a two-stage retrieval and ranking."),
]


def ids(query: str) -> list[str]:
    return [hit.question.id for hit in search_questions(BANK, query)]


def test_title_match_comes_first() -> None:
    assert ids("pr auc")[0] == "evaluation/pr-auc"


def test_typos_still_match() -> None:
    assert ids("sofmax")[:1] == ["ml-theory/softmax"]
    assert ids("dropuot")[:1] == ["ml-theory/dropout"]


def test_every_word_must_match_somewhere() -> None:
    assert ids("softmax ranking") == []


def test_answers_and_tags_are_searched() -> None:
    assert ids("thinned networks") == ["ml-theory/dropout"]
    assert ids("heaps") == ["algorithms/heap"]


def test_title_hit_ranks_above_answer_hit() -> None:
    hits = search_questions(BANK, "ranking")
    assert hits and hits[0].field == "answer"
    title_hits = search_questions([*BANK, make("evaluation/ranking", "Ranking metrics")], "ranking")
    assert title_hits[0].question.id == "evaluation/ranking"
    assert title_hits[0].score > title_hits[1].score


def test_short_words_match_whole_words_only() -> None:
    bank = [make("a/x", "L1 versus L2"), make("a/y", "All about l10n")]
    assert [h.question.id for h in search_questions(bank, "l1")] == ["a/x"]


def test_stop_words_and_empty_queries() -> None:
    assert ids("") == []
    assert ids("   ") == []
    assert ids("what is the dropout")[:1] == ["ml-theory/dropout"]


def test_nonsense_finds_nothing() -> None:
    assert ids("xyzzy plugh") == []


def test_limit_and_index_reuse() -> None:
    index = SearchIndex(BANK)
    assert len(index.search("e", limit=2)) <= 2
    assert index.search("softmax")[0].question.id == "ml-theory/softmax"
    assert index.search("dropout")[0].question.id == "ml-theory/dropout"


def test_rank_lists_every_match_in_search_order() -> None:
    index = SearchIndex(BANK)
    for query in ["e", "ranking", "softmax", "dropuot", "xyzzy"]:
        assert [BANK[i].id for i in index.rank(query)] == [
            hit.question.id for hit in index.search(query, limit=None)
        ]


def test_a_title_match_ranks_above_a_tag_only_match_and_the_topic_first() -> None:
    bank = [
        make("a/threshold", "Choosing a decision threshold", tags=("calibration", "metrics")),
        make("a/fairness", "Fairness criteria, calibration within groups", tags=("fairness",)),
        make("b/measure", "Measuring calibration: reliability and ECE", tags=("calibration",)),
    ]
    order = [hit.question.id for hit in search_questions(bank, "calibration")]
    assert order == ["b/measure", "a/fairness", "a/threshold"]
    assert [hit.score for hit in search_questions(bank, "calibration")][:2] == [100.0, 100.0]
