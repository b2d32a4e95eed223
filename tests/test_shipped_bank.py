"""The bank that ships with interview: clean, complete, and its code runs."""

from __future__ import annotations

import multiprocessing
import sys
import types
import zipfile
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import pytest

from interview.core.coding import wrong_solutions
from interview.core.lint import lint_banks
from interview.core.parser import fenced_code
from interview.core.questions import CORE_CATEGORIES, Question
from interview.paths import shipped_bank

REPO = Path(__file__).resolve().parents[1]
REPORT = lint_banks([shipped_bank()])
QUESTIONS = {q.id: q for q in REPORT.questions}
CODING = [q for q in REPORT.questions if q.entry]
PYTHON_CODING = [q for q in CODING if q.entry != "sql"]
"""Coding questions in Python (the others are SQL: `entry: sql`)."""


def needs_torch(question: Question) -> None:
    """PyTorch questions run when the extra is installed (pip install -e '.[dev,torch]',
    as CI does); without it they are skipped, saying so."""
    if "import torch" in question.tests or "from torch" in question.tests:
        pytest.importorskip("torch", reason="PyTorch questions need: pip install -e '.[torch]'")


def test_the_shipped_bank_is_the_repo_questions_folder() -> None:
    assert shipped_bank().resolve() == (REPO / "questions").resolve()


def test_lint_reports_nothing() -> None:
    assert [str(p) for p in REPORT.problems] == []


MINIMUM = {
    "algorithms": 90,
    "ml-theory": 120,
    "system-design": 70,
    "evaluation": 80,
    "behavioral": 40,
}
"""What the bank promises per category (issue 7); the README table shows the real sizes."""


@pytest.mark.parametrize("category", sorted(MINIMUM))
def test_each_category_has_its_promised_size(category: str) -> None:
    assert sum(q.category == category for q in REPORT.questions) >= MINIMUM[category]


def test_every_core_category_is_covered() -> None:
    assert set(CORE_CATEGORIES) <= set(MINIMUM)


def test_at_least_fifty_runnable_coding_questions() -> None:
    assert sum(q.category == "algorithms" for q in CODING) >= 50


def test_the_difficulty_mix_is_roughly_30_50_20() -> None:
    total = len(REPORT.questions)
    share = {
        level: sum(q.difficulty.value == level for q in REPORT.questions) / total
        for level in ("easy", "medium", "hard")
    }
    assert 0.22 <= share["easy"] <= 0.38
    assert 0.42 <= share["medium"] <= 0.58
    assert 0.14 <= share["hard"] <= 0.26


def test_the_readme_shows_the_real_size_of_each_category() -> None:
    readme = (REPO / "README.md").read_text()
    for category in MINIMUM:
        count = sum(q.category == category for q in REPORT.questions)
        assert f"| {category} | {count} " in readme, category


@pytest.mark.parametrize("question", REPORT.questions, ids=lambda q: q.id)
def test_every_question_is_complete(question: Question) -> None:
    assert question.title and question.question and question.answer
    assert 3 <= len(question.rubric) <= 8
    assert question.hints
    assert question.follow_ups
    assert question.tags
    assert question.source == "original"
    assert question.id == Path(question.path).relative_to(shipped_bank()).with_suffix("").as_posix()


def test_tags_come_from_the_vocabulary() -> None:
    vocabulary_text = (REPO / "docs" / "tags.md").read_text()
    vocabulary = {
        word.strip()
        for line in vocabulary_text.splitlines()
        if line and not line.startswith(("#", "Tags say"))
        for word in line.split(",")
    }
    unknown = {(q.id, t) for q in REPORT.questions for t in q.tags if t not in vocabulary}
    assert unknown == set()


def test_there_are_coding_questions() -> None:
    assert len(CODING) >= 4


@pytest.mark.parametrize("question", PYTHON_CODING, ids=lambda q: q.id)
def test_reference_solution_passes_its_own_tests(question: Question) -> None:
    assert question.entry is not None
    needs_torch(question)
    solutions = [
        code
        for code in fenced_code(question.answer)
        if f"def {question.entry}(" in code or f"class {question.entry}(" in code
    ]
    assert len(solutions) == 1, "the Answer holds one python block defining the entry"
    [tests] = fenced_code(question.tests)
    # a real module, as the runner's solution.py is: dataclasses and get_type_hints look
    # the defining module up in sys.modules
    # (the tests in their own module that takes the solution's names, as in the runner)
    module, checks = types.ModuleType("solution"), types.ModuleType("bank_question_tests")
    sys.modules["solution"], sys.modules["bank_question_tests"] = module, checks
    try:
        exec(
            compile(solutions[0], f"{question.path}:Answer", "exec", dont_inherit=True),
            module.__dict__,
        )
        assert callable(module.__dict__[question.entry])
        for name, value in module.__dict__.items():
            if not name.startswith("__"):
                checks.__dict__[name] = value
        exec(compile(tests, f"{question.path}:Tests", "exec", dont_inherit=True), checks.__dict__)
    finally:
        del sys.modules["solution"], sys.modules["bank_question_tests"]


def test_a_broken_reference_solution_would_fail() -> None:
    question = CODING[0]
    [tests] = fenced_code(question.tests)
    namespace: dict[str, object] = {question.entry or "": lambda *args, **kwargs: None}
    with pytest.raises(AssertionError):
        exec(tests, namespace)


def test_the_wheel_carries_the_bank(tmp_path: Path) -> None:
    """An installed (non-editable) copy finds the bank inside the package."""
    import subprocess
    import sys

    build = subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr
    [wheel] = tmp_path.glob("interview-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "site")
    shipped = sorted(
        p.relative_to(REPO / "questions").as_posix() for p in (REPO / "questions").rglob("*.md")
    )
    bundled = sorted(
        n.removeprefix("interview/_bank/") for n in names if n.startswith("interview/_bank/")
    )
    assert bundled == shipped
    code = "from interview.paths import shipped_bank; print(shipped_bank())"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(out.stdout.strip()) == tmp_path / "site" / "interview" / "_bank"


@pytest.mark.parametrize("question", CODING, ids=lambda q: q.id)
def test_reference_solution_passes_through_the_runner(question: Question) -> None:
    """The same sandboxed runner users' code goes through (issue 8); an SQL question's
    reference query runs in SQLite inside it (issue 17)."""
    from interview.core.coding import reference_solution, run_question

    needs_torch(question)
    solution = reference_solution(question.answer, question.entry)
    assert solution is not None, "the Answer has no reference solution"
    report = run_question(solution, question.tests, question.entry)
    assert report.all_passed, report.to_dict()


WRONG = [
    pytest.param(q, number, wrong.code, id=f"{q.id}-wrong{number}")
    for q in CODING
    for number, wrong in enumerate(wrong_solutions(q.extra_sections), 1)
]


def _uses_torch(question: Question) -> bool:
    return "import torch" in question.tests or "from torch" in question.tests


@pytest.fixture(scope="module")
def wrong_runs(request: pytest.FixtureRequest) -> Iterator[dict[tuple[str, int], Future[object]]]:
    """The selected wrong solutions, run two at a time in worker processes. About a third
    of them are naive versions that must run out of the runner's 5 s: one after the other
    they cost minutes of CI. Each run keeps the runner's own limits; the workers are fresh
    processes (forkserver), so the runner's fork-time limits are set from a main thread."""
    from interview.core.coding import run_question

    selected = [
        item.callspec.params
        for item in request.session.items
        if getattr(item, "originalname", "") == "test_each_wrong_solution_fails_the_tests"
    ]
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        yield {
            (params["question"].id, params["number"]): pool.submit(
                run_question, params["code"], params["question"].tests, params["question"].entry
            )
            for params in selected
            if not _uses_torch(params["question"])
        }


@pytest.mark.parametrize(("question", "number", "code"), WRONG)
def test_each_wrong_solution_fails_the_tests(
    question: Question,
    number: int,
    code: str,
    wrong_runs: dict[tuple[str, int], Future[object]],
) -> None:
    """The common mistakes a question shows are caught by its tests (issue 17)."""
    from interview.core.coding import RunReport, run_question

    needs_torch(question)
    future = wrong_runs.get((question.id, number))
    report = (
        future.result()
        if future is not None
        else run_question(code, question.tests, question.entry)
    )
    assert isinstance(report, RunReport)
    assert not report.all_passed, f"wrong solution {number} passes every test"
    assert report.tests or report.problem  # it ran: failed, errored or timed out


def test_wrong_solutions_come_one_to_three_with_a_reason() -> None:
    for question in CODING:
        found = wrong_solutions(question.extra_sections)
        assert len(found) <= 3, question.id
        assert all(w.why for w in found), question.id


def test_wrong_solutions_only_on_runnable_questions() -> None:
    for question in REPORT.questions:
        if not question.entry:
            assert not wrong_solutions(question.extra_sections), question.id


TAG_MINIMUM = {
    # tag: (questions at least, runnable ones with `## Tests` at least), issue 17's table
    "debugging": (20, 12),
    "sql": (20, 20),
    "pandas": (12, 12),
    "python": (10, 10),
    "software-engineering": (10, 0),
    "fine-tuning": (15, 0),
    "rag": (10, 0),
    "agents": (8, 0),
    "hyperparameter-tuning": (6, 0),
    "reinforcement-learning": (8, 0),
    "brain-teasers": (12, 0),
    "inference-optimization": (18, 0),
    "distributed-training": (14, 0),
    "mlops": (12, 0),
}
"""What the bank promises per tag (issue 17): the 2026 ML-engineer loop."""


def _tag_counts(tag: str) -> tuple[int, int]:
    tagged = [q for q in REPORT.questions if tag in q.tags]
    return len(tagged), sum(bool(q.entry and q.tests.strip()) for q in tagged)


@pytest.mark.parametrize("tag", list(TAG_MINIMUM))
def test_each_tag_has_its_promised_questions(tag: str) -> None:
    total, runnable = _tag_counts(tag)
    want, want_runnable = TAG_MINIMUM[tag]
    assert (total, runnable) >= (want, 0) and runnable >= want_runnable, (
        f"{tag}: {total} questions ({runnable} runnable), needs {want} ({want_runnable} runnable)"
    )


def test_the_bank_grew_by_160_questions_for_the_2026_loop() -> None:
    assert len(REPORT.questions) >= 414 + 160


WITHOUT_WRONG = sorted(q.id for q in CODING if not wrong_solutions(q.extra_sections))


def test_every_runnable_question_shows_its_common_mistakes() -> None:
    """Issue 17: each runnable question carries 1-3 wrong solutions its tests reject."""
    assert WITHOUT_WRONG == [], f"{len(WITHOUT_WRONG)} without wrong solutions: {WITHOUT_WRONG}"
