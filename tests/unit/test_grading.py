"""The rubric grader on clear cases: a paraphrase is matched, keyword stuffing is not, a
wrong number is not, a negated claim is not; and the pieces it is built from."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from interview.core.grading import (
    FeatureGrader,
    LexicalGrader,
    Number,
    Verdict,
    default_grader,
    number_matches,
    numbers,
    point_parts,
    split_sentences,
)
from interview.core.parser import parse_text

BANK = Path(__file__).resolve().parents[2] / "questions"


def rubric(qid: str) -> tuple[str, ...]:
    path = BANK / f"{qid}.md"
    question = parse_text(path.read_text(), path=path, bank_root=BANK).question
    assert question is not None
    return question.rubric


@pytest.fixture(scope="module")
def grader() -> FeatureGrader:
    return default_grader()


def verdict(grader: FeatureGrader, qid: str, point: int, answer: str) -> Verdict:
    return grader.assess(rubric(qid), answer).points[point - 1].verdict


F1 = "evaluation/precision-recall-f1-fbeta"
BRIER = "evaluation/calibration-reliability-ece-brier"


def test_a_paraphrase_in_the_candidates_own_words_is_matched(grader: FeatureGrader) -> None:
    answer = (
        "The harmonic mean gets dragged down to whichever of precision and recall is lower, "
        "so a model with precision 1.0 and recall 0.01 ends up near 0.02, while the ordinary "
        "average would flatter it with 0.5."
    )
    graded = grader.assess(rubric(F1), answer)
    point = graded.points[2]
    assert point.verdict is Verdict.COVERED
    assert "dragged down" in point.evidence


def test_keyword_stuffing_without_substance_is_not_matched(grader: FeatureGrader) -> None:
    answer = (
        "Precision, recall, F1, harmonic mean, F2 favours recall, F0.5 favours precision, "
        "true negatives ignored, threshold, prevalence, smaller value, arithmetic mean."
    )
    graded = grader.assess(rubric(F1), answer)
    assert graded.covered == 0


def test_a_wrong_number_is_not_matched(grader: FeatureGrader) -> None:
    right = "TP is 160, FP is 90 and FN is 40, so precision is 0.64 and recall is 0.80."
    wrong = "TP is 160, FP is 90 and FN is 40, so precision is 0.46 and recall is 0.80."
    assert verdict(grader, F1, 1, right) is Verdict.COVERED
    assert verdict(grader, F1, 1, wrong) is not Verdict.COVERED


def test_a_number_within_the_stated_rounding_is_matched(grader: FeatureGrader) -> None:
    answer = "F1 is the harmonic mean 2PR/(P+R) of precision and recall, which gives 0.71 here."
    assert verdict(grader, F1, 2, answer) is Verdict.COVERED
    assert verdict(grader, F1, 2, answer.replace("0.71", "0.75")) is not Verdict.COVERED


def test_a_negated_claim_is_not_matched(grader: FeatureGrader) -> None:
    said = (
        "The Brier score is the mean squared difference between the predicted probability "
        "and the 0/1 outcome, and it is a proper scoring rule that rewards both calibration "
        "and discrimination."
    )
    denied = said.replace("it is a proper scoring rule", "it is not a proper scoring rule")
    assert verdict(grader, BRIER, 5, said) is Verdict.COVERED
    assert verdict(grader, BRIER, 5, denied) is not Verdict.COVERED


def test_an_empty_answer_covers_nothing(grader: FeatureGrader) -> None:
    graded = grader.assess(rubric(F1), "   \n")
    assert graded.covered == 0 and graded.total == len(rubric(F1))
    assert all(p.evidence == "" for p in graded.points)


def test_json_shape_is_one_based_in_rubric_order(grader: FeatureGrader) -> None:
    data = grader.assess(rubric(F1), "Precision is 0.64 and recall 0.80.").to_dict(F1)
    assert data["question"] == F1 and data["total"] == len(rubric(F1))
    assert [p["index"] for p in data["points"]] == list(range(1, len(rubric(F1)) + 1))
    assert set(data["points"][0]) >= {"index", "text", "covered", "score", "evidence"}
    assert data["covered"] == sum(p["covered"] for p in data["points"])


def test_the_lexical_baseline_needs_no_model() -> None:
    graded = LexicalGrader().assess(("Sorts by start time",), "I sort the jobs by start time.")
    assert graded.points[0].score > 0
    assert graded.grader == "lexical"


def test_sentences_keep_decimals_and_split_bullets() -> None:
    text = "Precision is 0.64. Recall is 0.80!\n- first bullet\n- second bullet"
    assert split_sentences(text) == [
        "Precision is 0.64.",
        "Recall is 0.80!",
        "first bullet",
        "second bullet",
    ]


def test_multi_part_points_are_split_into_their_claims() -> None:
    parts = point_parts(
        "Gives the weighted error formula, and notes it requires an error below one half."
    )
    assert len(parts) == 2


@pytest.mark.parametrize(
    ("wanted", "given", "match"),
    [
        ("0.325", "0.33", True),  # the candidate rounded
        ("0.325", "0.35", False),
        ("80%", "0.80", True),  # a share written either way
        ("126 GB", "126", True),
        ("0.050", "0.05", True),
        ("0.050", "0", False),
        ("519", "520", True),  # within half a percent
        ("519", "530", False),
    ],
)
def test_numbers_match_within_the_precision_written(wanted: str, given: str, match: bool) -> None:
    [w] = numbers(wanted)
    [g] = numbers(given)
    assert number_matches(w, g) is match


def test_latex_numbers_are_read() -> None:
    assert Number(0.05, 3, False) in numbers(r"Computes $e^{-3} \approx 0.050$")


def test_importing_the_grader_loads_neither_numpy_nor_the_model() -> None:
    code = (
        "import sys\nimport interview.core.grading\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('numpy', 'wordllama')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_wheel_reader_gives_wordllamas_own_vectors() -> None:
    from interview.core.grading import WheelEmbedder, WordLlamaEmbedder

    texts = ["The harmonic mean sits near the smaller value.", "It is not a proper scoring rule"]
    ours = WheelEmbedder().embed(texts)
    theirs = WordLlamaEmbedder().embed(texts)  # wordllama's loader, offline
    assert ours.shape == (2, 256)
    assert (ours * theirs).sum(axis=1).min() > 0.9999


def test_a_follow_up_targets_the_first_point_not_made() -> None:
    from interview.core.grading import FollowUp, GradedAnswer, PointResult, choose_follow_up

    graded = GradedAnswer(
        (
            PointResult(1, "Defines precision as TP / (TP + FP)", Verdict.COVERED, 0.9, "x"),
            PointResult(
                2,
                "Gives the F-beta formula and says beta > 1 favours recall",
                Verdict.MISSED,
                0.1,
                "",
            ),
            PointResult(3, "Names a limitation: F ignores true negatives", Verdict.MISSED, 0.1, ""),
        )
    )
    follow_ups = (
        "What do F-scores ignore?",
        "How would you weight recall more than precision with F-beta?",
    )
    hints = ("Think of a spam filter.",)
    assert choose_follow_up(graded, hints, follow_ups) == FollowUp(
        2, "How would you weight recall more than precision with F-beta?", "follow-up"
    )
    everything = GradedAnswer(
        tuple(PointResult(p.index, p.text, Verdict.COVERED, 0.9, "x") for p in graded.points)
    )
    assert choose_follow_up(everything, hints, follow_ups) is None
