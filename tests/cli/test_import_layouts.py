"""`interview import-md` on the layouts public lists use (fixtures of our own words in
tests/fixtures/import_md/): exact questions, answers, difficulties, categories, tags."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from interview.core.importer import Scan, license_of, scan
from interview.core.lint import lint_banks
from interview.core.questions import Question, Severity
from tests.cli.test_cli import run
from tests.conftest import write

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import_md"


def scanned(name: str) -> Scan:
    return scan((FIXTURES / name).read_text(encoding="utf-8"))


def imported(tmp_path: Path, name: str, *args: str) -> tuple[str, list[Question]]:
    """Import a fixture (copied into a folder named like a repository) and lint it.
    With --yes: these tests are about what is read, and some fixtures read as guides."""
    folder = tmp_path / "some-list"
    folder.mkdir(exist_ok=True)
    document = folder / name
    shutil.copy(FIXTURES / name, document)
    out = tmp_path / "bank"
    result = run("import-md", str(document), "--out", str(out), "--yes", *args)
    assert result.exit_code == 0, result.stderr
    report = lint_banks([out])
    assert report.errors == 0, [p.message for p in report.problems]
    return result.stdout, sorted(report.questions, key=lambda q: q.path)


def test_difficulty_emoji_inside_the_bold_line() -> None:
    found = scanned("emoji_legend.md")
    assert [(q.text, q.difficulty, q.layout) for q in found.questions] == [
        ("What is ridge regression?", "easy", "bold"),
        ("Why does the lasso produce exact zeros?", "hard", "bold"),
        ("When would you pick elastic net over the lasso?", "medium", "bold"),
    ]
    assert found.questions[0].answer == (
        "Least squares plus an L2 penalty on the weights, which shrinks them towards zero."
    )
    assert found.questions[2].answer.startswith("When features are correlated in groups")
    assert found.unplaced == []  # neither the legend nor "Missing an answer? Send…"


def test_a_legend_the_document_states_is_read() -> None:
    found = scanned("custom_legend.md")
    assert [(q.difficulty, q.text) for q in found.questions] == [
        ("easy", "What is the expected value of a fair six-sided die?"),
        ("medium", "What is the variance of a Bernoulli(p) variable?"),
        ("hard", "How many rolls of a die do you expect before every face has appeared?"),
    ]


def test_trailing_source_links_become_the_source_note(tmp_path: Path) -> None:
    found = scanned("source_links.md")
    assert [(q.text, q.source_note) for q in found.questions] == [
        (
            "What's the trade-off between bias and variance?",
            "https://example.org/bias-variance",
        ),
        ("What is the Turing test?", "https://example.org/turing"),
        ("How does a decision stump split the data?", "https://example.org/stump"),
    ]
    assert found.questions[1].answer.startswith("A judge chats with a machine")
    _, questions = imported(tmp_path, "source_links.md")
    assert {tuple(q.tags) for q in questions} == {("foundations",)}  # no junk tags
    turing = next(q for q in questions if "Turing" in q.title)
    assert "https://example.org/turing" in turing.notes
    assert turing.category == "ml-theory"  # from the title "AI interview questions"


def test_prompts_that_are_not_questions() -> None:
    found = scanned("prompts.md")
    assert [(q.text.split("\n")[0], q.difficulty) for q in found.questions] == [
        ("Explain why we standardise features before k-means.", None),
        ("Describe how a random forest decorrelates its trees.", None),
        ("Derive the gradient of the logistic loss.", None),
        ("Given a stream of integers, keep a uniform sample of size k", None),
        ("Implement k-fold cross-validation without scikit-learn.", None),
        ("Write a function that returns the median of two sorted arrays.", None),
        ("Compare bagging and boosting.", None),
        ("Discuss the cost of a false negative in fraud detection.", None),
        ("The softmax of a vector, computed in a numerically stable way.", "medium"),
        ("Bias of the sample maximum as an estimate of a uniform's upper bound", "easy"),
        ("Given the following confusion matrix:<br>", "hard"),
    ]
    matrix = found.questions[-1]
    assert "| actual \N{MINUS SIGN} | 5 | 45 |" in matrix.text  # every line is kept
    assert matrix.text.endswith("What are the precision and the recall?")
    assert matrix.missing_answer
    assert found.unplaced == []  # "Resources we liked." is not a question


def test_a_sub_list_folded_into_its_parent_paragraph() -> None:
    found = scanned("lazy_sublist.md")
    assert [(q.line, q.text, q.difficulty, q.topics) for q in found.questions] == [
        (3, "What is a confidence interval?", "easy", []),
        (
            4,
            "Why can a p-value not be read as the chance the null hypothesis is true?",
            "medium",
            [],
        ),
        (
            6,
            "Derive the variance of the sample mean for n independent draws.",
            "hard",
            ["Sampling"],
        ),
        (7, "How does stratified sampling reduce variance?", "medium", ["Sampling"]),
        (8, "What is reservoir sampling used for?", "easy", ["Sampling"]),
        (9, "When is the median a better summary than the mean?", "medium", []),
    ]


def test_scenario_parents_and_hints(tmp_path: Path) -> None:
    found = scanned("scenarios.md")
    first_scenario = (
        "A test for a condition that affects 1 in 500 people has a 2% false positive rate "
        "and never misses a case."
    )
    assert [(q.context, q.text, q.difficulty) for q in found.questions] == [
        (
            first_scenario,
            "A person tests positive. What is the probability they have the condition?",
            "medium",
        ),
        (
            first_scenario,
            "The same person tests positive twice, independently. What is the probability now?",
            "hard",
        ),
        (
            "A screening test for a rare allergy affects 1 in 50 people and misses 10% of cases.",
            "A person tests positive. What is the probability they have the condition?",
            "medium",
        ),
        (
            "",
            "A stick is broken at two uniform random points. "
            "What is the chance the three pieces form a triangle?",
            "hard",
        ),
    ]
    assert found.duplicates == []  # same child text, different parents
    stick = found.questions[3]
    assert stick.hints == ["draw the two break points on the unit square."]
    assert stick.missing_answer  # a hint is never the answer
    _, questions = imported(tmp_path, "scenarios.md")
    assert len(questions) == 4
    positives = [q for q in questions if q.title.startswith("A person tests positive")]
    assert sorted(q.question.split("\n")[0][:30] for q in positives) == [
        "A screening test for a rare al",
        "A test for a condition that af",
    ]
    triangle = next(q for q in questions if "triangle" in q.title)
    assert list(triangle.hints) == ["draw the two break points on the unit square."]
    assert triangle.answer == ""


def test_a_heading_then_its_answer_in_details() -> None:
    found = scanned("heading_details.md")
    assert [(q.text, q.layout) for q in found.questions] == [
        ("What causes vanishing gradients?", "heading"),
        ("Why does batch normalisation allow higher learning rates?", "heading"),
        ("What does weight decay do in AdamW?", "heading"),
    ]
    assert found.questions[0].answer == (
        "Repeated multiplication by small Jacobians (saturating activations, poor "
        "initialisation) shrinks the gradient layer by layer."
    )
    assert found.questions[1].answer.startswith("It keeps each layer's inputs")
    assert "<details>" not in found.questions[1].answer
    assert found.questions[2].missing_answer


def test_answers_with_structure_stay_whole(tmp_path: Path) -> None:
    found = scanned("structured_answers.md")
    assert [q.text for q in found.questions] == [
        "Why does attention scale the dot products?",
        "What is the role of positional encodings?",
    ]
    answer = found.questions[0].answer
    for part in (
        "### Why scale by √d?",
        "| 256 | 16 |",
        "- slower training",
        "scores = q @ k.T / math.sqrt(d)\n```",
    ):
        assert part in answer
    assert "Explore all" not in answer and "<br" not in answer
    assert found.questions[1].answer == (
        "Self-attention ignores order, so the position has to be added to the input."
    )
    _, questions = imported(tmp_path, "structured_answers.md")
    assert {tuple(q.tags) for q in questions} == {()}  # the sub-heading is no tag


def test_numbered_tasks_with_code() -> None:
    found = scanned("numbered_tasks.md")
    assert [(q.text, q.layout) for q in found.questions] == [
        ("Count the active ads per day.", "bold"),
        ("Find the advertiser with the highest total spend.", "bold"),
    ]
    assert found.questions[0].answer == (
        "```sql\nSELECT day, COUNT(*) FROM ads WHERE active GROUP BY day;\n```"
    )


def test_unicode_bold_is_normalised_and_an_empty_key_reported(tmp_path: Path) -> None:
    found = scanned("unicode_bold.md")
    assert [q.text for q in found.questions] == [
        "How would you detect data drift?",
        "What is a calibrated model?",
    ]
    assert found.skipped == [(11, "❓", "no letters or digits once normalised")]
    stdout, _ = imported(tmp_path, "unicode_bold.md")
    assert "line 11: skipped (no letters or digits once normalised): ❓" in stdout


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("heading_details.md", "ml-theory"),  # "# Deep learning"
        ("numbered_tasks.md", "algorithms"),  # "# SQL practice"
        ("prompts.md", "ml-theory"),  # the heading "Theory"
        ("reporting.md", "general"),  # "Mixed notes", "Loose ends": nothing fits
    ],
)
def test_the_category_comes_from_title_or_headings(
    tmp_path: Path, name: str, category: str
) -> None:
    _, questions = imported(tmp_path, name)
    assert {q.category for q in questions} == {category}


def test_a_system_design_heading_chooses_its_category(tmp_path: Path) -> None:
    document = write(
        tmp_path / "loop" / "notes.md",
        "# Interview loop\n\n## System design\n\n### How would you build a feed ranker?\n\n"
        "Candidate generation, then ranking.\n\n## Statistics\n\n### What is a p-value?\n\n"
        "A tail probability under the null.\n",
    )
    run("import-md", str(document), "--out", str(tmp_path / "bank"), "--license", "MIT")
    questions = lint_banks([tmp_path / "bank"]).questions
    assert {(q.category, q.title[:12]) for q in questions} == {
        ("system-design", "How would yo"),
        ("ml-theory", "What is a p-"),
    }


def test_two_readmes_from_different_folders_do_not_overwrite(tmp_path: Path) -> None:
    first = write(tmp_path / "list-one" / "README.md", "### What is a p-value?\n\nOne.\n")
    second = write(tmp_path / "list-two" / "README.md", "### What is a p-value?\n\nTwo.\n")
    out = tmp_path / "bank"
    run("import-md", str(first), "--out", str(out))
    result = run("import-md", str(second), "--out", str(out))
    assert "1 new" in result.stdout  # the same name, another source: written beside it
    questions = sorted(lint_banks([out]).questions, key=lambda q: q.source or "")
    assert [(q.source, q.answer) for q in questions] == [
        ("list-one/README.md", "One."),
        ("list-two/README.md", "Two."),
    ]
    assert len({q.id for q in questions}) == 2


def _clone(root: Path, name: str, answer: str, *questions: str) -> Path:
    """A repository (a folder with .git) keeping its list at interview/questions.md."""
    (root / name / ".git").mkdir(parents=True)
    text = "".join(f"### {q}\n\n{answer}\n\n" for q in questions)
    return write(root / name / "interview" / "questions.md", text)


def test_lists_at_the_same_path_in_different_repositories_never_share_files(
    tmp_path: Path,
) -> None:
    out = tmp_path / "bank"
    lists = [
        _clone(tmp_path, "alpha", "From alpha.", "What is a p-value?", "What is bagging?"),
        _clone(tmp_path, "beta", "From beta.", "What is a p-value?", "What is boosting?"),
        _clone(tmp_path, "gamma", "From gamma.", "What is a p-value?"),
    ]
    for document in lists:
        result = run("import-md", str(document), "--out", str(out))
        assert result.exit_code == 0, result.stderr
        assert "from an earlier import" not in result.stderr and "holds" not in result.stderr
    again = run("import-md", str(lists[0]), "--out", str(out))
    assert "0 new, 0 updated, 2 unchanged" in again.stdout
    questions = lint_banks([out]).questions
    assert sorted((q.source, q.title, q.answer) for q in questions) == [
        ("alpha/interview/questions.md", "What is a p-value?", "From alpha."),
        ("alpha/interview/questions.md", "What is bagging?", "From alpha."),
        ("beta/interview/questions.md", "What is a p-value?", "From beta."),
        ("beta/interview/questions.md", "What is boosting?", "From beta."),
        ("gamma/interview/questions.md", "What is a p-value?", "From gamma."),
    ]
    assert len({q.id for q in questions}) == 5


def test_a_list_imported_under_the_old_default_keeps_its_ids(tmp_path: Path) -> None:
    """Earlier versions named a list by its folder and file name only; the same list
    imported again from its repository keeps that name, so its ids (and reviews) stay."""
    out = tmp_path / "bank"
    asked = ["What is a p-value?", "What is bagging?", "What is boosting?"]
    document = _clone(tmp_path, "alpha", "Old answer.", *asked)
    run("import-md", str(document), "--out", str(out), "--source", "interview/questions.md")
    ids = sorted(q.id for q in lint_banks([out]).questions)
    write(
        document,
        document.read_text().replace("Old answer.", "New answer.")
        + "### What is a z-test?\n\nA test.\n",
    )
    result = run("import-md", str(document), "--out", str(out))
    assert "source: interview/questions.md, as when this list was imported before" in (
        result.stdout
    )
    assert "1 new, 3 updated, 0 unchanged" in result.stdout
    questions = lint_banks([out]).questions
    assert {q.source for q in questions} == {"interview/questions.md"}
    assert set(ids) < {q.id for q in questions} and len(questions) == 4
    # another repository's list at the same path is not taken for it
    other = _clone(tmp_path, "beta", "Beta's.", "What is dropout?", "What is a p-value?")
    result = run("import-md", str(other), "--out", str(out))
    assert "as when this list was imported before" not in result.stdout
    assert "2 new" in result.stdout
    by_source = {(q.source, q.title): q.answer for q in lint_banks([out]).questions}
    assert by_source[("interview/questions.md", "What is a p-value?")] == "New answer."
    assert by_source[("beta/interview/questions.md", "What is a p-value?")] == "Beta's."


def test_another_list_under_a_name_already_used_is_not_written_over(tmp_path: Path) -> None:
    """Outside a repository the default is the folder and file name; a second list that
    shares them, and few questions, writes nothing until --source names it."""
    out = tmp_path / "bank"
    first = write(
        tmp_path / "a" / "lists" / "README.md",
        "### What is a p-value?\n\nOne.\n\n### What is bagging?\n\nOne.\n",
    )
    second = write(
        tmp_path / "b" / "lists" / "README.md",
        "### What is a p-value?\n\nTwo.\n\n### What is dropout?\n\nTwo.\n\n"
        "### What is a z-test?\n\nTwo.\n",
    )
    run("import-md", str(first), "--out", str(out))
    dry = run("import-md", str(second), "--out", str(out), "--dry-run")
    assert dry.exit_code == 0
    assert "without --dry-run nothing is written until --source names this list" in (
        " ".join(dry.stderr.split())
    )
    result = run("import-md", str(second), "--out", str(out))
    assert result.exit_code == 1
    assert (
        "holds 2 files imported from lists/README.md, and this document asks only 1 of "
        "their questions. If it is another list, import it with --source NAME; if it is "
        "that list rewritten, with --source lists/README.md"
    ) in " ".join(result.stderr.split())
    assert {q.answer for q in lint_banks([out]).questions} == {"One."}
    result = run("import-md", str(second), "--out", str(out), "--source", "b/lists")
    assert result.exit_code == 0 and "3 new" in result.stdout
    # an updated version of the first list is its own, and goes through
    write(first, first.read_text() + "### What is boosting?\n\nOne.\n")
    result = run("import-md", str(first), "--out", str(out))
    assert result.exit_code == 0 and "1 new, 0 updated, 2 unchanged" in result.stdout
    assert len(lint_banks([out]).questions) == 6


def test_a_list_of_which_a_few_were_picked_is_still_the_same_list(tmp_path: Path) -> None:
    asked = [f"What is method {n}?" for n in range(1, 9)]
    document = write(tmp_path / "lists" / "README.md", "".join(f"### {q}\n\nA.\n\n" for q in asked))
    out = tmp_path / "bank"
    assert run("import-md", str(document), "--out", str(out), "--pick", "1-2").exit_code == 0
    result = run("import-md", str(document), "--out", str(out))
    assert result.exit_code == 0 and "6 new, 0 updated, 2 unchanged" in result.stdout
    result = run("import-md", str(document), "--out", str(out), "--pick", "8")
    assert result.exit_code == 0 and "0 new, 0 updated, 1 unchanged" in result.stdout


def test_a_license_at_the_top_of_the_repository_is_found(tmp_path: Path) -> None:
    document = _clone(tmp_path, "alpha", "A.", "What is bagging?")
    write(tmp_path / "alpha" / "LICENSE", "MIT License\n\nCopyright (c) 2020 Someone\n")
    write(tmp_path / "LICENSE", "Apache License\nVersion 2.0, January 2004\n")  # not its own
    run("import-md", str(document), "--out", str(tmp_path / "bank"))
    assert [q.license for q in lint_banks([tmp_path / "bank"]).questions] == ["MIT"]
    (tmp_path / "alpha" / "LICENSE").unlink()
    run("import-md", str(document), "--out", str(tmp_path / "bank2"))
    assert [q.license for q in lint_banks([tmp_path / "bank2"]).questions] == [None]


def test_license_from_a_license_file_or_a_copyright_line(tmp_path: Path) -> None:
    folder = tmp_path / "mit-list"
    write(folder / "LICENSE", "MIT License\n\nCopyright (c) 2020 Someone\n\nPermission is …\n")
    document = write(folder / "questions.md", "### What is bagging?\n\nAveraging.\n")
    run("import-md", str(document), "--out", str(tmp_path / "a"))
    assert [q.license for q in lint_banks([tmp_path / "a"]).questions] == ["MIT"]
    assert license_of("text\n\n*Copyright ©2021 A. Writer*\n") == "Copyright ©2021 A. Writer"
    assert license_of("no notice at all") is None
    assert license_of("", "Apache License\nVersion 2.0, January 2004\n") == "Apache-2.0"


def test_lint_warns_when_an_imported_question_has_no_license(tmp_path: Path) -> None:
    document = write(tmp_path / "plain" / "q.md", "### What is bagging?\n\nAveraging.\n")
    run("import-md", str(document), "--out", str(tmp_path / "bank"))
    report = lint_banks([tmp_path / "bank"])
    warnings = [p.message for p in report.problems if p.severity is Severity.WARNING]
    assert "imported from 'plain/q.md' but no license" in warnings
    run("import-md", str(document), "--out", str(tmp_path / "bank"), "--license", "CC0-1.0")
    report = lint_banks([tmp_path / "bank"])
    assert not any("license" in p.message for p in report.problems)


def test_question_like_lines_not_imported_are_listed(tmp_path: Path) -> None:
    found = scanned("reporting.md")
    assert [q.text for q in found.questions] == ["What is early stopping?"]
    assert found.unplaced == [
        (11, "Some prose that ends in a question, like this one: is it a question or not?"),
        (13, "What is a learning-rate schedule?"),
    ]
    assert found.skipped == [(15, "What is dropout?", "a link (table of contents)")]
    stdout, _ = imported(tmp_path, "reporting.md")
    assert "1 found, 1 skipped, 2 unplaced" in stdout
    assert "Questions with answers: 1 found, 0 skipped, 0 unplaced" in stdout
    assert "Loose ends: 0 found, 1 skipped, 2 unplaced" in stdout
    assert "line 13: not imported (no recognised layout): What is a learning-rate schedule?" in (
        stdout
    )


@pytest.mark.parametrize(
    "name",
    sorted(
        p.name
        for p in FIXTURES.glob("*.md")
        if p.name
        not in (
            "README.md",
            "howto_readme.md",
            "essay_questions.md",
            "link_index.md",
            "guide_tables.md",
            "bold_numbered_steps.md",
        )  # none to import
    ),
)
def test_every_fixture_reimports_unchanged_and_lints_clean(tmp_path: Path, name: str) -> None:
    _, questions = imported(tmp_path, name, "--license", "CC-BY-4.0")
    again, _ = imported(tmp_path, name, "--license", "CC-BY-4.0")
    assert f"0 new, 0 updated, {len(questions)} unchanged" in again
    report = lint_banks([tmp_path / "bank"])
    left = {p.message for p in report.problems} - {"no Rubric"}
    assert not {m for m in left if not m.startswith(("no Answer", "near-duplicate"))}


def test_labels_escaped_bold_nested_points_and_tips() -> None:
    found = scanned("labelled.md")
    assert [(q.line, q.layout, q.text) for q in found.questions] == [
        (6, "bold", "Why hold out a test set?"),
        (12, "bold", "What is leakage?"),
        (18, "list", "How do you choose between ROC-AUC and PR-AUC?"),
        (26, "list", "Explain calibration."),
        (31, "list", "What does a learning curve show?"),
        (34, "list", "Why shuffle before a k-fold split?"),
    ]
    answers = [q.answer for q in found.questions]
    assert answers[0] == "To estimate performance on data the model and its tuning never saw."
    assert answers[1] == (
        "Information in the features that would not be available at prediction time."
    )
    # a one-item question list takes the prose under it, down to the rule
    assert answers[2] == (
        "PR-AUC when positives are rare and you care about them; ROC-AUC when both classes "
        "matter.\n\n1. **Rare positives**: ROC-AUC can look good while precision is poor."
    )
    assert answers[3] == "Predicted probabilities match observed frequencies."
    assert answers[4] == (
        "- training and validation error against the training-set size\n"
        "- whether more data would help"
    )
    assert found.questions[4].follow_ups == []
    assert found.questions[5].missing_answer
    # the table of contents is skipped, not imported twice; the tip is not a question
    assert [(line, why) for line, _, why in found.skipped] == [
        (3, "a link (table of contents)"),
        (4, "a link (table of contents)"),
    ]
    assert found.unplaced == [] and found.duplicates == []


def test_a_list_of_links_to_questions_asked_nowhere_else_is_imported() -> None:
    text = (
        "# Links\n\n- [What is bagging?](https://example.org/bagging)\n"
        "- [Further reading](https://example.org/books)\n"
    )
    found = scan(text)
    assert [(q.text, q.source_note, q.missing_answer) for q in found.questions] == [
        ("What is bagging?", "https://example.org/bagging", True)
    ]
    assert found.skipped == []


def test_numbered_problems_with_code_options_and_statements() -> None:
    found = scanned("statements.md")
    assert [(q.line, q.text) for q in found.questions[:5]] == [
        (
            5,
            "What does the following snippet print?\n\n```python\nprint(sum(range(4)))\n```",
        ),
        (20, "What is the entropy of a fair coin flip, in bits?\n\n(a) 0\n\n(b) 1\n\n(c) 2"),
        (30, "True or False: the KL divergence is symmetric."),
        (
            34,
            "A source emits four symbols with equal probability. "
            "Give the entropy of one symbol in bits.",
        ),
        (
            38,
            "A biased coin lands heads with probability p.\n\n"
            "The entropy of one flip is a function of p.\n\n"
            "Given the formula above, find the p that maximises it.",
        ),
    ]
    # the answer folded under <details> goes to the question above it, the code it
    # points to stays in the question
    assert found.questions[0].answer == "6, the sum of 0, 1, 2 and 3."
    assert [q.missing_answer for q in found.questions] == [False] + [True] * 6
    assert found.questions[1].topics == ["Choose one answer"]
    assert found.unplaced == [] and found.skipped == []


def test_problems_that_ask_in_later_paragraphs_keep_every_part() -> None:
    found = scanned("statements.md").questions
    logs, entropy = found[5], found[6]
    assert (logs.line, entropy.line) == (46, 61)
    # the item states, then asks twice in its later paragraphs: all of it is the question
    assert logs.text.startswith("Two rules of logarithms\n\n1. Product rule")
    assert logs.text.count("Compute the following expression:") == 2
    assert logs.text.endswith("$$ \\log_3 9^2 $$") and logs.missing_answer
    # parts 2… indented after a formula are a code block for CommonMark: still the question
    assert entropy.text.startswith("Given the binary entropy\n\n$$\nH(p)")
    assert "1. Plot H against p." in entropy.text
    assert entropy.text.endswith("2. Complete the sentence: H is largest when p is [___].")
    assert entropy.missing_answer


def test_numbered_headings_are_questions_even_without_a_question_mark(tmp_path: Path) -> None:
    found = scanned("numbered_headings.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "Why do we hold out a validation set?"),
        (11, "Explain what regularisation is"),
        (15, "Expected value"),
        (19, "Logistic regression"),
        (23, "What is a p-value?"),
    ]
    assert found.questions[0].answer == (
        "To tune choices on data the final test never sees.\n\n#### Pitfalls\n\n"
        "Tuning on the test set makes its score optimistic."
    )
    assert found.questions[4].answer == (
        "The chance, under the null, of a result at least as extreme."
    )
    _, questions = imported(tmp_path, "numbered_headings.md")
    assert {tuple(q.tags) for q in questions} == {()}  # "Pitfalls" is part of an answer
    assert {q.category for q in questions} == {"ml-theory"}  # "Data science screen"


def test_topic_items_in_a_list_of_questions_are_asked_too() -> None:
    """In a list where nearly every item asks, an item that names a subject and its
    aspects ("Quantisation formats — int8, fp8, int4") is a question as well; a closing
    note in another list is not."""
    found = scanned("topic_items.md")
    assert [q.text for q in found.questions] == [
        "What limits the batch size of a decoding server?",
        "Why is decoding memory-bound while prefill is compute-bound?",
        "Paged KV cache — what problem does it solve?",
        "Quantisation formats — int8, fp8, int4 with groups.",
        "How does continuous batching raise throughput?",
        "Walk through the life of one request in a serving engine.",
        "Prefix caching vs a larger KV cache (when does each win?)",
        "When would you pick tensor parallelism over replicas?",
    ]


def test_a_bold_label_then_a_question_is_a_question_and_a_non_asking_item_is_reported() -> None:
    """`**Topic**: question?` (full-width colon and question mark too, as in Chinese lists)
    asks; an item among questions that does not ask is listed with its line, not lost."""
    found = scanned("labelled_items.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (4, "Sourcing: Where did your training data come from?"),
        (5, "Format: What format did your fine-tuning records follow?"),
        (6, "Overfitting: Which signs of overfitting did you see, and what did you change?"),
        (7, "Rewards: How did you design the reward function?"),
    ]
    assert [(line, reason) for line, _, reason in found.skipped] == [
        (8, "among questions, but it does not ask")
    ]


def test_an_answer_that_starts_on_the_items_next_line_keeps_its_later_paragraphs() -> None:
    """`1. Question?` with the answer's first line right under it (CommonMark folds it
    into the item) and more paragraphs after the list: the whole answer, nothing lost."""
    found = scanned("lazy_answer.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (1, "What does weight decay do?"),
        (7, "Why warm up the learning rate?"),
    ]
    first, second = found.questions
    assert first.answer.startswith("It adds a penalty on the size of the weights")
    assert first.answer.endswith("which is why\nAdamW applies it separately.")
    assert second.answer.startswith("Early updates use poor second-moment estimates")


def test_labelled_fields_under_a_question_go_where_they_belong(tmp_path: Path) -> None:
    """`**Difficulty:**`, `**Tags:**`, `**Question:**` (the scenario), `**What a strong
    answer includes:**` (the rubric), `**Common pitfalls:**` (the notes), `**Answer:**`."""
    _, questions = imported(tmp_path, "fielded.md")
    first, second = sorted(questions, key=lambda q: q.title)
    assert first.title == "How would you size the KV cache for a chat service?"
    assert first.difficulty.value == "hard"
    assert "Your 13B model serves 4k-token chats on 80 GB GPUs" in first.question
    assert list(first.rubric) == [
        "Writes the per-token cache size from layers, heads and head size.",
        "Subtracts the weights before dividing the memory.",
        "Mentions grouped-query attention or a quantised cache.",
    ]
    assert {"kv-cache", "serving"} <= set(first.tags)
    assert "Forgetting the factor two for keys and values." in first.notes
    assert not first.answer  # the fields were all it had
    assert second.difficulty.value == "medium"
    assert second.answer.startswith("When the draft model's acceptance rate is low")
    assert "decoding" in second.tags


def test_deeper_question_headings_after_rules_are_questions_not_answer_parts() -> None:
    """Notes written as deeper headings separated by `---` rules: each asking heading is
    a question (a `QX)` prefix is numbering), a "Follow up:" heading is a follow-up, a
    repeat adds its follow-ups to the first, and where most headings of a level ask, a
    comparing heading with content ("Clipping/Normalisation tradeoff") asks too."""
    found = scanned("ruled_headings.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (1, "What is a learning rate?"),
        (7, "What is warm-up?"),
        (15, "Clipping/Normalisation tradeoff"),
        (22, "Why scale by the batch size?"),
        (34, "What does weight decay do?"),
        (38, "How does a cosine schedule end?"),
        (42, "What is a plateau scheduler?"),
    ]
    warm_up = found.questions[1]
    assert warm_up.answer == "A few hundred steps of a rising learning rate at the start."
    assert warm_up.follow_ups == ["why does Adam need it more than SGD?"]
    assert found.questions[2].answer.startswith("- Clipping bounds one bad step.")
    assert found.duplicates == [(26, 7, "What is warm-up?")]
    assert found.unplaced == []


def test_question_lines_with_their_answer_on_the_next_line() -> None:
    """`Question 1- …?` then `ans- …` in one paragraph (a typo in "Question" too)."""
    found = scanned("question_lines.md")
    assert [(q.line, q.layout, q.text, q.answer) for q in found.questions] == [
        (
            1,
            "line",
            "What is a validation set?",
            "Data held out from training to choose models and settings.",
        ),
        (
            4,
            "line",
            "What is early stopping?",
            "Ending training when the validation loss stops improving.\nIt also saves compute.",
        ),
        (
            8,
            "line",
            "What is a learning curve?",
            "The metric plotted against the amount of training data or steps.",
        ),
    ]
    assert found.unplaced == []


def test_numbered_questions_with_solutions_between_them() -> None:
    """A numbered list whose questions get `Solution:` paragraphs between them: each later
    list that goes on with the numbering holds the next question, whether it asks with a
    mark or an instruction, and the paragraph after a list is its last question's answer."""
    found = scanned("continued_numbering.md")
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (3, "What does a learning-rate warm-up do?", ""),
        (4, "Why does Adam need bias correction?", ""),
        (
            5,
            "What is gradient clipping?",
            "it rescales the gradient when its norm passes a threshold, so one bad batch "
            "cannot throw the weights far.",
        ),
        (
            9,
            "Describe two signs that a model has memorised its training set.",
            "* Training loss near zero while validation loss climbs.\n"
            "* Confident predictions on shuffled labels.",
        ),
        (
            16,
            "Explain label smoothing.",
            "the target puts 1 - ε on the true class and spreads ε over the others.",
        ),
        (
            20,
            "Suppose every weight starts at the same value. What goes wrong (and does it "
            "matter for logistic regression?)",
            "hidden units stay identical forever; a convex one-layer model still converges.",
        ),
        (24, "What is a saddle point?", ""),
        (
            27,
            "Compare full-batch and mini-batch gradient descent.",
            "full batch gives the exact gradient per step; mini-batches give cheap, noisy steps.",
        ),
        (31, "Name an example where bagging beats a single deep tree.", ""),
        # a list numbered from 1 inside an answer stays the answer's steps
        (
            33,
            "How would you check a data loader?",
            "1. Plot a batch of images with their labels.\n2. Count the labels in each batch.",
        ),
    ]
    assert found.skipped == []
    assert found.unplaced == []


def test_shouted_question_and_answer_labels_with_a_hanging_indent() -> None:
    """`QUESTION: …` over one or more lines, then `ANSWER: …` whose later paragraphs are
    indented under the answer's text (CommonMark would read them as code)."""
    found = scanned("shouted_labels.md")
    assert [(q.line, q.layout, q.text, q.answer) for q in found.questions] == [
        (
            5,
            "line",
            "WHY KEEP A TEST SET THAT YOU NEVER TUNE ON?",
            "Every decision made while looking at a split leaks a little of it\n"
            "into the model, so a split used for tuning stops being an honest\n"
            "estimate.\n\nKeep one split that is read once, at the end.",
        ),
        (
            12,
            "line",
            "WHAT DOES STRATIFIED SPLITTING KEEP THE SAME ACROSS FOLDS?",
            "The share of each class in every fold.",
        ),
        (
            16,
            "line",
            "WHAT IS NESTED CROSS VALIDATION? WHEN IS IT WORTH THE COST.",
            "An outer loop estimates performance while an inner loop tunes.\n\n"
            "a) Outer folds: score only.\nb) Inner folds: choose the settings.\n\n"
            "See also: the scikit-learn user guide.",
        ),
    ]
    assert found.unplaced == []


def test_numbering_headings_are_not_sections_and_placeholders_are_no_answer() -> None:
    """`## Question 7` above a bold question only numbers it: no section, no tag. An
    answer that says "To be filled" is no answer."""
    found = scanned("numbered_containers.md")
    assert [(q.line, q.text, q.missing_answer, q.sections) for q in found.questions] == [
        (5, "What does a calibration curve show?", True, ["Model Evaluation questions"]),
        (
            11,
            "Discuss when accuracy misleads on imbalanced data.",
            True,
            ["Model Evaluation questions"],
        ),
        (
            19,
            "How would you pick a decision threshold for a fraud model?",
            False,
            ["Model Evaluation questions"],
        ),
    ]
    assert found.headings == [(1, 1, "Model Evaluation questions")]
    assert found.unplaced == []


def test_numbering_headings_give_no_tags(tmp_path: Path) -> None:
    _, questions = imported(tmp_path, "numbered_containers.md")
    assert [(q.category, q.tags, bool(q.answer)) for q in questions] == [
        ("evaluation", (), False),
        ("evaluation", (), True),
        ("evaluation", (), False),
    ]


def test_contributing_examples_and_back_to_top_links_are_not_content() -> None:
    """A "How to contribute?" section's template question is reported as skipped, not
    imported; "[⬆ Back to top](#questions)" lines are navigation, never an answer."""
    found = scanned("meta_sections.md")
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (
            13,
            "Why does a validation curve flatten?",
            "The model has stopped learning anything that carries over to new data.",
        ),
        (19, "What does a cosine distance change in k-means?", ""),
    ]
    assert found.skipped == [(6, "What is your question?", 'an example under "How to contribute?"')]
    assert found.unplaced == []


def test_answer_label_headings_belong_to_the_answer() -> None:
    """`## Q1: …?` then `## A1:` (or `### Answer`) over the answer: the label heading is
    neither a section nor a tag, and the answer under it stays with its question."""
    found = scanned("answer_headings.md")
    assert [(q.line, q.text, q.answer, q.sections) for q in found.questions] == [
        (
            1,
            "Name two ways to make a linear model robust to outliers?",
            "Use a Huber loss, or clip the target at chosen percentiles.",
            [],
        ),
        (
            6,
            "Why does bagging lower variance?",
            "Averaging many trees trained on resampled data cancels part of each tree's "
            "noise.\n\n### Why not boosting?\nBoosting fits the errors of the trees before "
            "it, so it mainly lowers bias.",
            [],
        ),
    ]
    assert found.headings == []
    assert found.unplaced == []


def test_bold_question_with_its_answer_on_the_next_line() -> None:
    """`**Q: …?**` and, in the same paragraph, `A: …` (or `Answer - …`): the answer starts
    there and goes on through the lists and paragraphs below it."""
    found = scanned("bold_answer_lines.md")
    assert [(q.line, q.layout, q.text, q.answer) for q in found.questions] == [
        (
            1,
            "bold",
            "Why scale features before k-means?",
            "Distances mix units, so the feature with the widest range decides the clusters.",
        ),
        (
            4,
            "bold",
            "What does a learning-rate finder plot?",
            "The loss against a learning rate that grows every step:\n\n"
            "1. Start far below any sensible rate.\n"
            "2. Stop once the loss blows up, and pick a rate well before that point.",
        ),
        (
            10,
            "bold",
            "When is accuracy enough?",
            "when the classes are balanced and both errors cost the same.",
        ),
    ]
    assert found.unplaced == []


def test_a_how_to_readme_gives_no_questions() -> None:
    """The steps of a how-to ("Run the helper", "Select a topic in the sidebar.") are not
    questions; a quoted example prompt is reported with its line, not imported."""
    found = scanned("howto_readme.md")
    assert found.questions == []
    assert found.unplaced == [
        (19, 'Example: "What should I revise before an ML system design round?"')
    ]


def test_advice_lists_are_not_questions_and_quoted_questions_lose_their_quotes() -> None:
    """Tips that start with a verb ("Explain your past projects …") among tips that state
    are advice; "Have examples ready" does not ask; "How to prepare" names a section; a
    question written in quotes (`**“What …?”**`) is imported without them."""
    found = scanned("advice_and_quoted.md")
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (
            13,
            "Why is attention scaled by the square root of the key size?",
            "- Without it, dot products grow with the dimension and the softmax saturates.",
        ),
        (
            16,
            "What does a KV cache store?",
            "- The keys and values of earlier tokens, so a new token attends without "
            "recomputing them.",
        ),
    ]
    assert found.unplaced == []


def test_chinese_numbering_and_question_words() -> None:
    """`### 1、…` loses its `1、` numbering; a Chinese item that asks with a question
    word (什么, 如何) but no question mark is a question; a statement is not."""
    found = scanned("cjk_numbering.md")
    assert [(q.line, q.text, q.answer, q.sections) for q in found.questions] == [
        (
            3,
            "为什么要做学习率预热?",
            "开始时参数是随机的\uff0c大步长容易发散\uff1b预热让优化先稳定下来。",
            ["训练基础"],
        ),
        (6, "梯度裁剪解决什么问题?", "防止个别批次的梯度过大\uff0c把参数推得太远。", ["训练基础"]),
        (11, "LoRA 的秩怎么选?", "", ["微调"]),
        (12, "全参数微调和 LoRA 有什么不同", "", ["微调"]),
        (14, "如何构造指令数据?", "", ["微调"]),
        (15, "学习率设多大合适?", "", ["微调"]),
    ]
    assert found.unplaced == []


def test_one_rocket_in_a_closing_line_is_decoration_not_difficulty() -> None:
    """👶/⭐/🚀 read as difficulty only where the document uses two of them or states a
    legend; a single 🚀 in a bold closing line is not a hard question."""
    found = scanned("decorated_lines.md")
    assert [(q.line, q.text, q.difficulty) for q in found.questions] == [
        (4, "What does a validation set estimate?", None),
        (5, "Explain the difference between bagging and boosting.", None),
    ]
    assert found.unplaced == []


def test_a_table_of_problems_with_solution_links() -> None:
    """`| # | Problem | Difficulty | Solution | Link |`: each row is a question; a
    solution that is only a link is the source note, not the answer; the row number
    column keeps "2 Pointers" whole."""
    found = scanned("problem_table.md")
    assert [
        (q.line, q.layout, q.text, q.difficulty, q.answer, q.source_note) for q in found.questions
    ] == [
        (5, "table", "2 Pointers Pair Sum", "easy", "", "solutions/pair_sum.md"),
        (
            6,
            "table",
            "Merge K Sorted Shards",
            "hard",
            "Use a heap of the shard heads: O(n log k).",
            "",
        ),
        (7, "table", "Rotate A Matrix", "medium", "", "https://example.com/rotate"),
    ]


def test_a_list_of_questions_under_a_bold_question_is_its_answer() -> None:
    """ "What do you ask?" answered by a numbered list of questions, and steps whose points
    end with a question: both stay the bold question's answer, nothing is skipped."""
    found = scanned("answer_question_lists.md")
    assert [(q.line, q.difficulty, q.answer) for q in found.questions] == [
        (
            3,
            "hard",
            "1. **What was the primary metric?** Was it chosen before the test?\n"
            "2. **How long did it run?** Did it cover a full week?\n"
            "3. **What was the effect size?** A tiny lift can be significant and still not "
            "matter.",
        ),
        (
            9,
            "medium",
            "Treat it as a possible interaction. Steps:\n"
            "1. **Check it is real**: test the interaction term, with a correction for the "
            "slices you looked at.\n"
            "2. **Find the mechanism**: does the feature render differently on mobile? Is the "
            "intent different?",
        ),
    ]
    assert found.skipped == []
    assert found.unplaced == []


def test_labelled_index_items_and_a_summary_table() -> None:
    """`- \\`L5\\` \\`Estimation\\` ** — Estimate …`: the labels become tags (not the level),
    the question starts after the dash; a table counting questions is no question table."""
    found = scanned("tagged_index.md")
    assert [(q.line, q.text, q.topics) for q in found.questions] == [
        (
            10,
            "Estimate the memory of a 32K \u00d7 1024 embedding table in FP16",
            ["Estimation"],
        ),
        (11, "Explain what a condition number tells you about a matrix", ["Conceptual"]),
        (12, "Your loss jumps mid-training and never recovers. Diagnose", ["Debugging"]),
        (
            13,
            "Pointwise vs pairwise ranking losses: when do you use each?",
            ["Trade-off"],
        ),
    ]
    assert found.skipped == []
    assert found.unplaced == []


def test_one_question_per_paragraph() -> None:
    """Three or more one-line paragraphs in a row, each asking (an instruction may sit
    among them): one question each."""
    found = scanned("paragraph_questions.md")
    assert [(q.line, q.layout, q.text, q.answer) for q in found.questions] == [
        (1, "line", "What does a model registry record for each version?", ""),
        (3, "line", "Describe how a canary release limits the damage of a bad model.", ""),
        (5, "line", "How would you detect training-serving skew in a feature?", ""),
        (7, "line", "Why pin the versions of the libraries a model was trained with?", ""),
    ]
    assert found.unplaced == []


def test_bold_q_labels_in_bullets_and_lowercase_question_lists() -> None:
    """`* **Q: Explain …**` asks and loses its label; its `- *A:* …` point is the answer,
    without the label. In a list of lowercase questions without marks, "say you have …"
    opens a scenario question; a topic that does not ask is reported as skipped."""
    found = scanned("labelled_bullets.md")
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (
            5,
            "What is a shadow deployment?",
            "The new model sees live traffic, but its outputs are only logged and compared.",
        ),
        (
            7,
            "Explain blue-green switching.",
            "Two full environments; the router flips from one to the other and can flip back.",
        ),
        (
            13,
            "say you have matched points in two images - how do you estimate the homography",
            "",
        ),
        (14, "what is the camera matrix made of", ""),
        (15, "how does a feature detector pick corners", ""),
        (16, "what are the assumptions of optical flow", ""),
        (17, "how do you undistort an image", ""),
    ]
    assert found.skipped == [
        (12, "rough overview of camera calibration", "among questions, but it does not ask")
    ]


def test_a_question_heading_that_only_names_a_topic() -> None:
    """`### Question: Feature stores` then the paragraph that asks: the paragraph is the
    question, and what follows it is the answer."""
    found = scanned("topic_label_headings.md")
    assert [(q.line, q.layout, q.text, q.answer) for q in found.questions] == [
        (3, "heading", "What is a feature store, and which two problems does it solve?", ""),
        (
            7,
            "heading",
            "What does a model registry record for each version?",
            "The version, a pointer to its training data snapshot and its evaluation results.",
        ),
    ]


def test_bold_question_then_a_br_and_a_bold_answer_label() -> None:
    """`**1. …?** <br>` then `**Answer:** …`, or the `<br>` at the start of the answer's
    line (indented or not): the bold line is the question, the labelled line its answer."""
    found = scanned("bold_br_answers.md")
    assert [(q.line, q.layout, q.text, q.answer) for q in found.questions] == [
        (
            1,
            "bold",
            "What does a tokenizer do?",
            "It splits text into the units a model reads, such as words or subwords.",
        ),
        (
            4,
            "bold",
            "Explain subword regularisation.",
            "Sampling different segmentations of the same word during training.",
        ),
        (
            7,
            "bold",
            "Why pad sequences in a batch?",
            "So that every sequence in the batch has the same length.",
        ),
    ]
    assert found.unplaced == []


def test_word_processor_bullets_and_answers_after_a_dash() -> None:
    """`\\t•\\tTopic: Question? \u2013 answer` lines (pasted from a word processor) are items:
    the question is after the topic label, the answer after the dash, and a section
    label below is not more of the answer; `•` points inside a numbered item stay in its
    answer as a list."""
    found = scanned("glyph_bullets.md")
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (
            2,
            "Explain the bias-variance trade-off.",
            "Error from wrong assumptions against error from sensitivity to the sample.",
        ),
        (3, "What is target leakage?", "A feature that would not be known at prediction time."),
        (
            6,
            "Write a function for cosine similarity.",
            "Divide the dot product by the product of the norms.",
        ),
        (
            10,
            "Why scale features?",
            "Distance-based models weigh wide ranges more.\n\n"
            "- **Normalisation**: to [0, 1].\n- **Standardisation**: to mean 0, variance 1.",
        ),
    ]
    assert found.unplaced == []


def test_a_list_in_a_shape_no_rule_knows() -> None:
    found = scanned("loose_runs.md")
    assert [(q.line, q.text, q.layout) for q in found.questions] == [
        (5, "Why does batch normalization make training faster?", "loose"),
        (9, "What is the difference between bagging and boosting?", "loose"),
        (14, "How would you detect leakage in a feature?", "loose"),
        (20, "Tell me about a time a model you shipped failed?", "loose"),
    ]
    first, second, third, fourth = found.questions
    assert first.answer == (
        "It keeps the scale of each layer's inputs steady, so larger learning rates stay "
        "stable.\nLater work argues it mostly smooths the loss surface."
    )
    assert second.answer.endswith("which cuts bias.")  # both paragraphs
    assert third.source_note == "https://example.com/leakage"
    assert third.answer.endswith("suspiciously high importance.")  # not the heading below
    assert fourth.sections == ["Notes from my interview loop", "Behavioural round"]
    assert found.unplaced == []


def test_rhetorical_questions_in_an_essay_are_not_a_list() -> None:
    # one-line asides, and paragraphs of prose that end by asking
    found = scanned("essay_questions.md")
    assert found.questions == []


def test_one_question_a_line_under_a_title_that_asks() -> None:
    found = scanned("question_a_line.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (7, "What is the difference between independent and disjoint events?"),
        (11, "Explain Bayes' rule with a worked example."),
        (12, "How do you get the probability that at least one of several events happens?"),
        (13, "What is the expected value of a geometric random variable?"),
        (19, "What separates a t-test from a z-test?"),
        (20, "Explain what a p-value does and does not tell you."),
        (21, "How would you pick the sample size for an experiment?"),
        (22, "Describe a situation where the central limit theorem fails."),
        (29, "What is the chance of at least one six in four rolls of a die?"),
        (31, "Define a cumulative distribution function."),
        (33, "What does the slope of a fitted line mean?"),
        (34, "How do you spot multicollinearity?"),
    ]
    first = found.questions[0]
    # alone in its paragraph, the question takes the bullets under it as its answer
    assert first.answer.startswith("- Independent: one outcome")
    assert first.answer.endswith("- Disjoint: both cannot happen at once.")
    # a tip after a run of questions answers none of them
    assert all(not q.answer for q in found.questions[1:])
    assert found.questions[8].topics == ["Probability"]
    assert found.questions[10].topics == ["Regression"]
    assert found.skipped == [
        (1, "What should you expect in a statistics round?", "the document's title")
    ]
    # asked again in the full list under a topic: one question
    assert found.duplicates == [(30, 20, "Explain what a p-value does and does not tell you.")]
    assert found.unplaced == []


def test_callout_directives_admonitions_and_folded_topic_groups() -> None:
    found = scanned("admonitions.md")
    assert [(q.line, q.text, q.layout) for q in found.questions] == [
        (11, "Why are most recent language models decoder-only?", "line"),
        (23, "What does the temperature of sampling change?", "line"),
        (39, "What is a reranker for?", "heading"),
        (44, "Why chunk documents before embedding them?", "heading"),
    ]
    answers = [q.answer for q in found.questions]
    assert answers[0] == (
        "One causal stack serves both pretraining and generation, and it scales simply."
    )
    assert answers[1].startswith("It divides the logits before the softmax")
    assert answers[2] == (
        "A second, slower model that reorders the retrieved passages by relevance.\n\n"
        "It sees query and passage together, so it is more precise than the retriever."
    )
    assert answers[3].startswith("One vector per long document")
    assert all(":::" not in a and "<details>" not in a for a in answers)


def test_bold_question_leading_its_answer_under_difficulty_headings() -> None:
    found = scanned("bold_lead_levels.md")
    assert [(q.text, q.difficulty, q.answer) for q in found.questions] == [
        (
            "What does a convolution compute?",
            "easy",
            "A weighted sum of a patch, slid over the image.",
        ),
        ("Why pool?", "easy", "It shrinks the feature map and adds some shift invariance."),
        ("Explain IoU.", "easy", "Overlap area divided by union area of two boxes."),
        ("Why does a ViT need more data than a CNN?", "hard", "It lacks the locality prior."),
        (
            "Explain focal loss.",
            "hard",
            "It down-weights easy examples so rare ones drive training.",
        ),
        # a second question after the bold one is more of the question, not its answer
        ("What is backpropagation? How does it reuse work between layers?", "hard", ""),
    ]
    assert found.unplaced == []  # "🟢 Beginner (Concepts)" names a level, it does not ask


def test_question_paragraphs_after_a_title_and_wrapped_over_lines() -> None:
    found = scanned("paragraph_runs.md")
    texts = [q.text for q in found.questions]
    assert texts[1:] == [
        "What is a variational autoencoder? Hint: start from the evidence lower bound.",
        "Why would you pick GELU over ReLU?",
        "Why can a residual connection help a very deep network train at all?",
        "Explain weight decay. Then say how it differs from L2 under Adam.",
        "Can they derive the update rule for momentum?",
        "Extend that to Nesterov momentum.",
        "How to implement label smoothing",
    ]
    # left as it is: the bold title over the list reads as a question of its own
    assert texts[0] == "What are the hardest deep-learning interview questions?"


def test_intro_and_answering_framework_sections_hold_no_practice_questions() -> None:
    found = scanned("framework_sections.md")
    assert [q.text for q in found.questions] == [
        "Design a feed ranking system for a news app.",
        "How would you detect fraudulent sign-ups in real time?",
    ]
    assert [line for line, _, _ in found.skipped] == [5, 16, 17, 18, 21, 22]


def test_an_index_of_solution_links_is_not_a_list_of_questions() -> None:
    found = scanned("link_index.md")
    assert found.questions == []
    assert [(line, why) for line, _, why in found.skipped] == [
        (6, "a link in an index"),
        (12, "a link in an index"),
    ]


def test_chinese_instructions_and_answers_in_code_blocks() -> None:
    found = scanned("cjk_code_answers.md")
    assert [q.text for q in found.questions] == [
        "注意力机制结构图",
        "为何使用多头注意力",
        "简单讲一下残差连接的作用",
        "为什么要位置编码?",
        "层归一化和批归一化的区别",
        "如何缓解梯度消失?",
        "预训练和微调有什么不同?",
        "梯度消失、爆炸",
    ]
    # the code block under an unmarked question is its answer, never part of it
    assert found.questions[1].answer == "```text\n多个头可以在不同子空间里关注不同的位置。\n```"
    # terse topics in a list whose items mostly ask are prompts too, each with its answer
    assert found.questions[0].answer.startswith("```text\n编码器和解码器")
    assert found.questions[-1].answer.startswith("```text\n深层网络中")
    assert found.skipped == []


def test_statement_points_labels_scenarios_and_unmarked_questions() -> None:
    found = scanned("loose_points.md")
    by_line = {q.line: q for q in found.questions}
    assert sorted(by_line) == [3, 7, 10, 14, 16, 23, 24, 25, 29, 33]
    # "How it", a fragment in the answer, asks nothing
    assert by_line[3].follow_ups == [] and "How it" in by_line[3].answer
    # a point that starts with "When" but states is part of the answer
    assert by_line[7].follow_ups == []
    assert by_line[7].answer.endswith("may return NaN.")
    # "Code: …" is a label, not an instruction to code
    assert by_line[10].answer.count("\n") == 2
    assert by_line[14].text == "Name a few deep learning frameworks"
    assert by_line[14].answer == "- PyTorch, JAX, TensorFlow"
    assert by_line[16].text == "List a few advantages of mixed precision"
    assert by_line[25].text.endswith("Assuming it exists, write a query that returns the five.")
    assert by_line[33].text == "What is a null hypothesis"
    assert by_line[33].answer.startswith("The assumption that any difference")
    # the scenario sentences are not a question (nor a topic)
    assert 22 not in by_line


def test_code_blocks_that_hold_questions_are_read_as_text() -> None:
    found = scanned("prose_in_code.md")
    assert [(q.line, q.text, q.difficulty) for q in found.questions] == [
        (6, "Bias or variance: which one does bagging reduce?", None),
        (9, "L1 vs L2 penalty?", None),
        (13, "What does dropout do at test time?", None),
        (29, "What is the geometric meaning of a dot product?", "easy"),
        (30, "When is the dot product of two non-zero vectors zero?", "medium"),
        (33, "What is the L2 norm of (3, 4)?", "easy"),
    ]
    assert found.questions[1].answer == "L1 = sparse weights\nL2 = small weights"
    assert found.questions[3].topics == ["Dot product"]
    # the Python block is code: its "# 1. Implement softmax" comment is not read
    assert not any("softmax" in q.text for q in found.questions)


def test_details_with_markup_other_languages_templates_and_notes_to_self() -> None:
    found = scanned("mixed_markup.md")
    assert [(q.line, q.text, q.layout) for q in found.questions] == [
        (11, "Что такое переобучение?", "details"),  # the <summary> line
        (18, "Объяснить, что такое ROC-кривая", "details"),
        (26, "¿Qué diferencia hay entre sesgo y varianza?", "list"),
        (27, "Explique qué es la validación cruzada.", "list"),
        (31, "차원의 저주에 대해 설명해주세요.", "list"),
        (32, "과적합은 무엇인가요", "list"),
        (36, "What is a norm?", "heading"),
        (40, "What is a diagonal matrix?", "heading"),
        (44, "When does the inverse of a diagonal matrix exist?", "list"),
        (48, "What is an orthogonal matrix?", "list"),
    ]
    # a <div> wrapper and its tab indent are not part of the answer
    assert found.questions[0].answer == (
        "Модель запоминает шум обучающей выборки и хуже работает на новых данных."
    )
    # the numbering of the headings goes on in plain items; each keeps its answer
    assert found.questions[8].answer == "When no diagonal entry is zero."
    assert found.questions[9].answer == "One whose transpose is its inverse."
    assert found.questions[6].sections == ["Linear algebra"]  # no "{#linear-algebra}"
    assert [(line, why) for line, _, why in found.skipped] == [
        (4, "a template's placeholder"),
        (54, 'an example under "Things left to study"'),
        (55, 'an example under "Things left to study"'),
        (59, 'an example under "Resources"'),
    ]


def test_status_glyphs_terse_tasks_and_titled_questions() -> None:
    found = scanned("titled_items.md")
    texts = [q.text for q in found.questions]
    assert texts[:6] == [
        "Why should we not hire you?",
        "Edit distance",
        "What is the difference between bagging and boosting?",
        "Move all zeros to the end of an array.",
        "How do you choose k in k-means?",
        "Merge intervals",
    ]
    assert texts[6] == "Difference between L1 and L2 regularization."
    titled = found.questions[-4:]
    assert [(q.text, q.context) for q in titled] == [
        ("Which is more robust to outliers: MAE or MSE?", "[Retail] Robustness to outliers"),
        (
            "Design a hotel recommender for a travel site. Name the signals you would use.",
            "[Travel] Hotel recommendations",
        ),
        (
            "You start with $20 and bet $1 on fair coin flips. What is the chance you go broke "
            "first? - .",
            "[Bank] Probability of ruin",
        ),
        (
            "How do RNNs differ from transformers? Mention one similarity and two differences.",
            "[Retail] Sequence models",
        ),
    ]


def test_example_questions_under_a_kind_of_question() -> None:
    found = scanned("example_questions.md")
    assert [(q.line, q.text, q.topics) for q in found.questions] == [
        (
            5,
            "A music app added offline playlists. How would you judge the launch?",
            ["Metric design"],
        ),
        (9, "Weekly orders fell 4% in one region. Where do you start?", ["Root cause"]),
    ]


def test_numbered_prompt_headings_ask_in_the_paragraph_below() -> None:
    found = scanned("prompt_headings.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (
            7,
            "Design a retrieval system over 10,000 help articles that answers in under two "
            "seconds. Say how you would evaluate it.",
        ),
        (12, "Explain how prompt injection works and propose one defence."),
        (18, "What does a reranker add to retrieval?"),
        (26, "Design a search over 5,000 help articles for a support team."),
    ]
    assert found.questions[-1].answer == "Start from the query log and the article corpus."
    # "Why this list stands out" is a title; a chat assistant's offer asks nothing of you
    assert found.skipped == []
    assert found.unplaced == []


def test_guide_sections_tips_and_numbered_examples() -> None:
    found = scanned("guide_sections.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (14, "Design a video recommender"),
        (20, "Tell me about a project you built."),
    ]
    assert found.questions[0].answer.startswith("Candidates from co-watch")
    # a line under the bold question, in its paragraph, answers it
    assert found.questions[1].answer == "Pick one with a measurable result."
    assert found.unplaced == []


def test_comparison_tables_and_decision_trees_are_notes() -> None:
    found = scanned("guide_tables.md")
    assert found.questions == []


def test_numbered_parts_of_an_answer_and_numbering_that_goes_on_in_a_paragraph() -> None:
    found = scanned("numbering_goes_on.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (11, "How can you prevent SQL injection?"),
        (15, "What is normalization?"),
        (27, "When would you denormalize?"),
        (33, "Explain self-attention."),
        (39, "How do you handle a context longer than the window?"),
    ]
    # "### 1. First normal form" after "### 10." is part of question 10's answer
    assert "Second normal form" in found.questions[1].answer
    # the paragraph above "2. How do you …?" still answers question 1
    assert found.questions[3].answer.endswith("Linking clauses across a long contract.")
    assert found.questions[4].answer == "Chunk with overlap, or retrieve only the relevant parts."


def test_pasted_list_spacing_task_lists_and_interview_dialogues() -> None:
    found = scanned("pasted_shapes.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "A die is rolled until a six appears. What is the expected number of rolls?"),
        (5, "How many taxis are there in a large city?"),
        (9, "Design a ranking system for a news feed"),
        (10, "Design a fraud detector for card payments"),
        (11, "Design a feature store"),
        (20, "Attention looks complicated. Can you explain it simply?"),
        (24, "And why scale the dot products?"),
    ]
    # a self-check ("Can implement …") is not a question
    assert all("Can implement" not in q.text for q in found.questions)
    assert found.questions[5].answer == (
        "Each token builds its output as a weighted mix of the others."
    )
    assert found.questions[6].answer.startswith("To keep the softmax from saturating")


def test_lines_numbered_without_a_dot_are_a_list_of_their_own() -> None:
    found = scanned("bare_numbers.md")
    # "1 Explain …" / "2 What …?": a numbered list, with its "Explain" items; the
    # numbered answer key below ("1. Accuracy and imbalance") is not more of it
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "Explain why accuracy misleads on an imbalanced dataset."),
        (4, "What does the area under the ROC curve measure?"),
        (5, "How would you choose a decision threshold for a fraud model?"),
        (6, "Describe how stratified k-fold differs from plain k-fold."),
    ]


def test_problem_headings_ask_in_the_paragraphs_under_them() -> None:
    found = scanned("problem_headings.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (
            5,
            "A fair coin is flipped until two heads in a row appear. What is the expected "
            "number of flips?",
        ),
        (
            17,
            "There are two envelopes, one holding twice the money of the other. You open "
            "one and see 100. Should you switch?",
        ),
        (
            27,
            "Find the probability that three points chosen uniformly on a circle lie on "
            "one semicircle.",
        ),
    ]
    # "#### Solution" labels the answer; "&nbsp;" alone is no answer
    assert found.questions[0].answer == (
        'Let the states be "no head yet" and "one head". Solving the two linear equations '
        "gives\nsix flips."
    )
    assert found.questions[1].missing_answer
    assert found.questions[2].answer.endswith("so the\nanswer is 3/4.")
    assert found.headings == [(1, 1, "Probability puzzles")]  # no "Problem 2" sections


def test_a_prep_readme_keeps_its_questions_and_drops_its_advice(tmp_path: Path) -> None:
    found = scanned("prep_readme.md")
    assert [(q.line, q.layout, q.text, q.difficulty) for q in found.questions] == [
        # listed first in a quick reference, asked with the answer below: imported there
        (11, "heading", "What is an approximate nearest-neighbour index?", None),
        (18, "heading", "Why normalise embeddings before a dot product?", None),
        # a scenario's title heading; the question is the bold "Q:" line under it
        (23, "heading", "Your index no longer fits in RAM. What do you change?", None),
        # "**Warm-up:**" / "**Advanced:**" before a task: its difficulty
        (31, "list", "Implement cosine similarity for two lists of floats", "easy"),
        (32, "list", "Design a hybrid search that mixes keyword and vector scores", "hard"),
    ]
    first, _, scenario, _, _ = found.questions
    assert first.answer.startswith("A structure such as HNSW")
    assert first.follow_ups == ["How would you measure the recall you gave up?"]
    assert scenario.answer == (
        "Compress the vectors with product quantisation, or move to a disk-based index."
    )
    assert found.duplicates == [
        (5, 11, "What is an approximate nearest-neighbour index?"),
        (6, 18, "Why normalise embeddings before a dot product?"),
    ]
    assert found.skipped == [
        (7, "Design a semantic search service for [your company]", "a template's placeholder"),
        (37, "How many vectors are there?", 'an example under "Ask clarifying questions"'),
        (38, "What latency is acceptable?", 'an example under "Ask clarifying questions"'),
    ]
    # the study plan and the rubric's "Can explain …" lines ask nothing
    assert found.unplaced == []
    stdout, _ = imported(tmp_path, "prep_readme.md")
    assert (
        "line 5: is asked again, with its answer, at line 11, imported once: "
        "What is an approximate nearest-neighbour index?"
    ) in stdout


def test_a_list_under_a_questions_heading_asks_in_its_terse_items() -> None:
    found = scanned("headed_lists.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (7, "Explain lazy evaluation in Spark."),
        (8, "Narrow versus wide transformations."),
        (9, "Broadcast joins."),
        (10, "How do you fix a skewed join?"),
    ]  # the course notes under another heading state, and are not imported


def test_a_terse_heading_with_the_questions_glyph_is_one_of_them() -> None:
    found = scanned("glyph_headings.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "What is tokenisation?"),
        (7, "Why use subword tokenisers?"),
        (11, "What does perplexity measure?"),
        (15, "NER and POS tagging"),  # "✅" like every question heading
        (24, "How does semantic search use embeddings?"),
    ]  # "🔍 Further notes" has another glyph: a section
    # the "| Task | Function |" table in its answer stays in the answer
    assert found.questions[3].answer.startswith("| Task | Function | Example |")
    assert found.questions[3].answer.endswith("Both feed later syntactic and semantic steps.")


def test_an_interview_transcript_with_glyphs_stamps_and_links() -> None:
    found = scanned("transcript_lines.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "How do you version training data?"),
        (5, "What triggers a retraining job?"),
        (8, "How do you roll back a bad model?"),
        # one paragraph: "💬" question lines between "12 mins 40 secs" time stamps
        (10, "Which metrics gate a deployment?"),
        (12, "How do you test a feature pipeline?"),
        (14, "Who owns the model once it ships?"),
    ]
    labelled = found.questions[1]
    assert labelled.answer == "a drift alarm, a schedule, or a new labelled batch"
    assert labelled.source_note == "https://example.com/talk"
    assert all(not q.answer for q in found.questions[3:])  # a time stamp is no answer


def test_quoted_prompts_in_headings_a_template_and_conditions() -> None:
    found = scanned("narratives.md")
    # 'Scenario: "…"' and 'Example: "…?"' headings ask what is in their quotes; the
    # template in a fence is a form, and "When …" lines are conditions
    assert [(q.line, q.text) for q in found.questions] == [
        (5, "Walk me through your fraud model"),
        (18, "Why a two-stage ranker?"),
    ]
    assert found.questions[1].answer.endswith("- When we add a second region")
    assert found.unplaced == []


def test_a_header_in_plain_text_over_a_question_is_not_part_of_it() -> None:
    found = scanned("plain_headers.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (4, "What is the difference between a data lake and a warehouse?"),
        (6, "Why partition a columnar table by date?"),
        (8, "How do you make a batch job idempotent?"),
        (11, "A nightly job now takes six hours. How would you find the slow stage?"),
        (13, "Design a pipeline that deduplicates events arriving twice."),
    ]


def test_bold_numbered_topics_are_questions_only_in_a_questions_document() -> None:
    found = scanned("bold_numbered_topics.md")  # titled "… Interview Q&A"
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "Star versus snowflake schema"),
        (6, "Slowly changing dimensions"),
        (9, "Surrogate keys"),
        (14, "Why partition a fact table?"),
    ]
    assert found.questions[2].answer.startswith("```sql\nALTER TABLE dim_customer")
    # the same shape in a how-to: steps, not questions
    assert scanned("bold_numbered_steps.md").questions == []


def test_problems_in_paragraphs_with_their_working_indented_under_them() -> None:
    found = scanned("problem_paragraphs.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (7, "Roll one die and square it, or roll two and multiply: which has the larger mean?"),
        (10, "Smallest number whose digits multiply to 100"),
        (13, "Expected flips of a fair coin until the first head"),  # no working: still one
        (15, "Probability that two dice show an even sum"),
    ]  # the intro sentence and the reading list are not problems
    assert found.questions[1].answer == "* 100 = 4 * 25 = 4 * 5 * 5, so 455."
    assert found.questions[2].missing_answer


def test_a_fence_nested_in_a_fence_does_not_swallow_the_document() -> None:
    found = scanned("nested_fences.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "How do you roll out a new model safely?"),
        (15, "How do you cache features?"),  # before: inside a runaway code block
        # a category in bold, then the prompt in quotes
        (24, 'Design: "Design a model registry for fifty teams"'),
        (25, 'Cost: "Your GPU bill doubled. What do you check first?"'),
    ]
    assert 'router.send(model="v2", share=0.05)' in found.questions[0].answer
    assert found.questions[1].answer == (
        "```\nKeep hot entities in memory and the rest in Redis.\n```"
    )


def test_chinese_heading_prompts_without_a_question_mark() -> None:
    found = scanned("cjk_headings.md")
    # "hand-write KNN", "how to compute …? give the formula", "possible reasons for
    # overfitting", "where is the Transformer better than the RNN", "how to detect …":
    # each Chinese character counts as a word of the prompt
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "手写KNN"),
        (5, "Softmax的梯度怎么算?给出公式"),
        (7, "过拟合的可能原因"),
        (9, "Transformer比RNN好在哪"),
        (11, "数据分布有变化时怎么检测"),
    ]  # "State-of-the-Art Awareness" is two words naming a section


def test_a_framework_and_how_to_practise_ask_nothing_the_title_section_does() -> None:
    found = scanned("framework_guide.md")
    assert [(q.line, q.text) for q in found.questions] == [
        # under the title "How to Answer Metrics Questions": its examples are questions
        (5, "How would you measure the success of a new search feature?"),
        (6, "Why did weekly active users drop by 5%?"),
        (21, "How would you measure engagement with saved searches?"),
        (22, "Design a metric for the quality of search results."),
    ]
    assert [(line, why) for line, _, why in found.skipped[1:]] == [
        (11, 'an example under "Understanding the GSM Framework"'),
        (12, 'an example under "Understanding the GSM Framework"'),
        (16, 'an example under "How to practise"'),
        (17, 'an example under "How to practise"'),
    ]


def test_keycap_emoji_number_the_headings() -> None:
    found = scanned("keycap_numbers.md")
    # "### 1️⃣ Write …", "### 1️⃣0️⃣ Why …?": numbered headings; a numbered heading
    # level makes "Window functions in one sentence" a question too
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "Write a query for the second highest salary"),
        (9, "Explain GROUP BY and HAVING"),
        (13, "Window functions in one sentence"),
        (17, "Why index a foreign key?"),
    ]


def test_a_question_asked_under_an_interview_question_sub_heading() -> None:
    found = scanned("question_subsections.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (7, "How would you design long-term memory for an assistant?"),
        (22, "A tool call times out. What does the agent do next?"),
    ]
    memory, tools = found.questions
    assert memory.follow_ups == [
        "What if the memory store is down?",
        "How do you forget data a user asks you to delete?",
    ]
    assert memory.answer == (
        "### What the interviewer is testing\n\n"
        "- Whether you separate short-term and long-term memory."
    )
    assert tools.follow_ups == []
    # "## Q1: Memory" titles the question; interview advice is no question
    assert found.skipped == [
        (3, "Memory", "the title of the question below it"),
        (18, "Tool failures", "the title of the question below it"),
        (32, "Explain trade-offs explicitly", 'an example under "Interview success patterns"'),
    ]


def test_an_interviewers_sheet_with_votes_levels_and_grading_notes() -> None:
    found = scanned("interviewer_sheet.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (1, 'Feature stores: "Why keep offline and online features in one definition?"'),
        (5, 'Drift: "How would you notice that a model\'s inputs have drifted?"'),
        (9, 'Labels: "How do you get labels for a fraud model quickly?"'),
        (15, "Point-in-time joins: What goes wrong if training joins features from the future?"),
        (17, "Backfills: How do you backfill a new feature for two years of events?"),
        (19, "Freshness: How stale can online features be before it hurts?"),
    ]
    # "+1" under a question is a vote, not its answer; "Focus: Can they …?" and "Did
    # they mention …?" are the grader's notes, not questions
    assert not found.questions[0].answer and not found.questions[1].answer
    assert all("Can they" not in q.text and "Did they" not in q.text for q in found.questions)


def test_questions_to_ask_back_in_spanish_are_not_practice_questions() -> None:
    found = scanned("ask_back_languages.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (5, "¿Qué es el sobreajuste y cómo se evita?"),
        (6, "¿Cuándo usarías la mediana en lugar de la media?"),
    ]
    assert [line for line, _, _ in found.skipped] == [10, 11]  # "Preguntas que debes hacer"


def test_one_question_a_code_fence() -> None:
    found = scanned("fenced_questions.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (6, "How do you pick the unit of randomisation?"),
        (10, "What is statistical power?"),
        (14, "Design a guardrail metric for a checkout test"),
    ]  # the python block stays code


def test_the_next_number_one_level_deeper_is_the_next_question() -> None:
    found = scanned("uneven_levels.md")
    # "### **3. …?**" under "## **2. …?**" is question 3, not part of 2's answer; the
    # number inside the bold goes; "#### Why it matters" stays in 3's answer
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "What is dropout?"),
        (7, "Why does batch normalisation speed up training?"),
        (11, "What is an epoch?"),
        (19, "What is a tensor?"),  # number 4 was skipped by the author
        (23, "What is early stopping?"),
    ]
    assert found.questions[2].answer == (
        "One pass over the whole training set.\n\n#### Why it matters\n\n"
        "The number of epochs sets how long the model trains."
    )


def test_a_long_item_that_asks_in_a_middle_sentence() -> None:
    found = scanned("long_items.md")
    assert len(found.questions) == 8
    # in a list of questions: "…? Make a market on it." after the question still asks
    assert found.questions[-1].text == (
        "Roll a die until the total passes 30. What is the most likely last roll? "
        "Make a market on it."
    )


def test_headings_inside_an_answer_stay_inside_it_in_the_file(tmp_path: Path) -> None:
    _, questions = imported(tmp_path, "deep_answers.md")
    rag = next(q for q in questions if q.title.startswith("What is retrieval"))
    # "## Definition" in the list would have ended the file's Answer section
    assert rag.answer.startswith("### Definition\n\nFetch the passages")
    assert "### Why it helps" in rag.answer
    assert "# retrieve, then generate" in rag.answer  # a comment in code is not a heading
    report = lint_banks([tmp_path / "bank"])
    assert not [p.message for p in report.problems if "unknown section" in p.message]


def test_a_question_write_up_with_hints_and_what_the_interviewer_looks_for() -> None:
    found = scanned("question_writeup.md")
    # after a rule, "#### What the Interviewer is Looking For" and "#### Hints" are parts
    # of the question's write-up, not questions; the quoted hint is a hint
    assert [(q.line, q.text) for q in found.questions] == [
        (11, "Explain what a single-file model format stores, and why memory-mapping it helps."),
    ]
    question = found.questions[0]
    assert question.hints == [
        '**Hint 1**: Loading time "What happens when a 7 GB file is memory-mapped instead of read?"'
    ]
    assert question.follow_ups == ["How would you version such a format?"]
    assert "#### Model Solution\n\nIt stores the tensors" in question.answer
    assert "What the Interviewer is Looking For" in question.answer


def test_a_course_module_with_topics_and_a_real_interview_question() -> None:
    found = scanned("course_module.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (11, "Does schema evolution break readers?"),  # asks, even among topics
        # "**Real Interview Question**:" over the quoted question on the next line
        (13, "You store 1 TB of tabular training data. CSV or Parquet? Why?"),
        (22, "Design a daily ETL job that tolerates late-arriving events."),
    ]
    assert found.skipped == [
        (9, "When to use Parquet vs CSV", 'a topic under "Key Concepts"'),
        (10, "Why columnar storage compresses well", 'a topic under "Key Concepts"'),
    ]  # the "[[#Lesson 1: …]]" wiki links are a table of contents


def test_a_heading_that_asks_for_questions_titles_the_list_below_it(tmp_path: Path) -> None:
    found = scanned("titled_question_lists.md")
    # "# Q1. Which … questions …?" over "Ans: …" and a numbered list of questions: the
    # heading titles them (it is neither a question nor a tag); the items are the questions
    assert [(q.line, q.text) for q in found.questions] == [
        (4, "What is a p-value, and what does it not tell you?"),
        (6, "Explain the difference between a population and a sample."),
        (8, "What is the central limit theorem, and why does it matter?"),
        (10, "How do you choose between a t-test and a z-test?"),
        (12, "What is statistical power?"),
        # tasks under bold group names: "Retrieve", "Fetch", "Perform", "Provide" ask
        (19, "Retrieve the rows where a column is missing."),
        (20, "Select two columns and rename one of them."),
        (21, "Fetch the ten largest values of a column."),
        (22, "Perform a merge of two frames on a shared key."),
        (23, "Count the rows in each group."),
        (27, "Provide an example of filling gaps with the column median."),
        (28, "Extract the year from a date column."),
    ]
    assert [s[2] for s in found.skipped] == ["a title over the questions below it"] * 2
    assert all(q.sections == [] for q in found.questions)
    assert found.unplaced == []
    _, questions = imported(tmp_path, "titled_question_lists.md")
    assert len(questions) == 12


def test_tips_titled_by_a_bold_line_question_types_and_bare_addresses_are_not_questions() -> None:
    found = scanned("link_and_tip_sections.md")
    assert [(q.line, q.text, q.answer, q.hints) for q in found.questions] == [
        (
            16,
            "What is a stop word, and when should you keep stop words?",
            "",  # an italic "*Hint:*" is a hint, never the answer
            ['Think of sentiment, where "not" is a stop word.'],
        ),
        (
            18,
            "Why do transformers need positional information?",
            "",
            ["Self-attention alone ignores word order."],
        ),
    ]
    part = 'an example under "Part 1: General Interview Tips for NLP Roles"'
    assert found.skipped == [
        (11, "Goal: Why did you pick this project? What did it change?", part),
        (12, "Data: Where did the data come from? How clean was it?", part),
        (23, 'Definition - "What is a token?"', 'an example under "Question Types"'),
    ]
    # "1. [https://…](https://…)&#x20;" under "Further reading": an address, not asked
    assert found.unplaced == []


def test_quoted_questions_numbered_chinese_labels_and_answered_scenarios() -> None:
    found = scanned("quoted_and_labelled.md")
    assert [(q.line, q.end, q.text, q.answer) for q in found.questions] == [
        # two "> …？" lines under a heading that names questions ("问答", Q&A)
        (5, 7, "什么是词向量?", "词向量把每个词映射成一个稠密的实数向量，语义相近的词距离更近。"),
        (9, 11, "为什么要做分词?", "中文没有天然的词边界，很多模型以词为单位建模。"),
        # "#### 问题2：…" ("Question 2:") asks even without a question word
        (17, 19, "交叉熵的反向求导", "对 softmax 加交叉熵求导，梯度等于预测概率减去真实标签。"),
        (20, 21, "模型加速的常见方法", ""),
        # "**Scenario: …**" over "- *A:* …": the answer under it says it was asked
        (
            24,
            25,
            "Scenario: Your classifier is much worse on short messages.",
            "Check how many short messages the training set holds, then add or weight them.",
        ),
        (
            26,
            27,
            "What is label smoothing?",
            "Training on softened targets so the model is less over-confident.",
        ),
    ]


def test_html_headings_dashed_part_numbers_level_lines_and_trouble_tables() -> None:
    found = scanned("html_and_parts.md")
    assert [(q.line, q.text, q.difficulty, q.topics) for q in found.questions] == [
        # "<h3>1. …</h3>", and one left open, are headings
        (3, "What is a confidence interval?", None, []),
        (7, "Explain the bootstrap.", None, []),
        # "- 1-0. …" then, inside the item, "1-1. …" paragraphs: each asks on its own
        (13, "Which language do you use for analysis?", None, []),
        (15, "Why that language and not another?", None, []),
        (17, "Explain how you test your analysis code.", None, []),
        (19, "What is a p-value?", None, []),
        (23, "Explain what a type II error is.", None, []),
        # "[Modelling] Difficulty: Easy" over "Question: …": a level and a tag, no question
        (26, "What is the difference between bagging and boosting?", "easy", ["Modelling"]),
        (29, "Derive the gradient of the logistic loss.", "hard", ["Modelling"]),
    ]  # "| Problem | Cause | Fix |" lists troubles, not problems to solve
    assert found.questions[0].answer.startswith("A range built so that")
    assert found.questions[3].answer == ""
    assert found.questions[5].answer == "A probability computed under the null hypothesis."
    assert found.unplaced == []


def test_spanish_numbered_prompts_chinese_question_labels_and_task_fields() -> None:
    found = scanned("other_languages.md")
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (3, "¿Qué es el sobreajuste?", "Cuando el modelo memoriza el ruido del entrenamiento."),
        # "### P2: Explica …": the label goes, the imperative asks; "**R:**" labels the answer
        (
            6,
            "Explica el descenso de gradiente estocástico.",
            "Actualiza los pesos con el gradiente de un mini-lote cada vez.",
        ),
        # "**题目：** 请简要介绍…" ("Question: please briefly introduce …"), right under
        # its numbered title "#### 1. 召回" ("recall"), where it starts
        (11, "请简要介绍召回阶段的作用。", "召回从海量物品中快速选出几百个候选。"),
        # a task ("实现…", implement) whose description and answer are bulleted fields
        (
            18,
            "实现基于物品的协同过滤\n\n输入评分矩阵，输出每个用户的推荐列表。",
            "```python\ndef recommend(ratings):\n    return []\n```",
        ),
        (
            26,
            "Implement a rate limiter\n\nWrite a token bucket that refills once per second.",
            "```python\nbucket = 10\n```",
        ),
    ]


def test_long_bold_numbered_questions_and_a_second_set_after_an_answers_block() -> None:
    found = scanned("long_bold_and_sets.md")
    assert [q.line for q in found.questions] == [5, 6, 7, 8, 9, 18, 19, 20, 21, 22, 26, 30, 34]
    # "1. Explain … Give an example …" and "How …? Discuss …": a second set of questions
    # after the first set's answers, not steps of the last answer
    assert found.questions[5].text == (
        "Explain the bias-variance trade-off. Give an example of each side."
    )
    # a bold numbered question longer than a line, with "\(" escapes, or with no mark
    assert found.questions[10].text.startswith("Suppose you roll two dice.")
    assert found.questions[10].answer == "Six of the 36 outcomes reach 10, so about 17%."
    assert found.questions[11].text == (
        "If you flip a fair coin until two tails come in a row, what is the expected "
        "number of flips"
    )


def test_a_question_heading_over_its_paragraph_and_sections_of_advice() -> None:
    found = scanned("flashcard.md")
    # "## Question" over the question's paragraph, "## Answer" over the answer: one card
    assert [(q.line, q.text) for q in found.questions] == [
        (6, "Why does dropout reduce overfitting, and what changes at inference time?"),
    ]
    answer = found.questions[0].answer
    assert answer.startswith("**In short:** it trains an ensemble")
    assert answer.endswith("activations are scaled by the keep rate.")
    assert "## Answer" not in answer
    # how to structure an answer, its pitfalls, interview tips (面试技巧) and a checklist
    # (检查清单) whose boxes say what one can do (能…, 理解…): none of it is a question
    assert found.skipped == [
        (23, "Can forget to turn dropout off at inference?", 'an example under "Common Pitfalls"'),
        (26, "能清晰解释为什么推理时要缩放?", 'an example under "面试技巧"'),
    ]
    assert found.unplaced == []


def test_a_question_label_over_a_template_placeholder_is_no_question() -> None:
    found = scan("## {{ question.title }}\n\n#### Problem\n{{ question.text }}\n\n#### Options\n")
    assert found.questions == []
    assert (3, "Problem", "a label with no question under it") in found.skipped


def test_colour_marked_sections_a_letter_in_brackets_and_a_one_word_overview() -> None:
    found = scanned("marked_sections.md")
    assert [(q.line, q.text, q.difficulty) for q in found.questions] == [
        # "# 🔴 Lead a team …" asks only by its glyph and holds asking headings: a section
        (5, "Can you describe a launch you led from prototype to production?", None),
        (8, "How do you decide when a model is ready to launch?", None),
        (13, "How do you explain a model's limits to a product manager?", None),
        # "(m)" inside a sentence is no difficulty marker: the point stays in the answer
        (18, "How does Adam work?", None),
    ]  # "01. 概述" ("Overview") alone names a section; it asks nothing
    assert found.questions[3].answer == (
        "- Keeps moving averages of the gradient (m) and of its square (v)\n"
        "- Corrects both averages for their bias in early steps"
    )
    assert found.unplaced == []


def test_keycap_bold_questions_headings_in_items_tags_and_quoted_follow_ups() -> None:
    found = scanned("keycaps_and_tags.md")
    assert [(q.line, q.text, q.answer, q.difficulty) for q in found.questions] == [
        # "1️⃣ **Explain …**" over a bulleted answer: a bold question, its points the answer
        (
            7,
            "Explain how a broadcast join avoids a shuffle.",
            "- The small table is copied to every executor\n- The large table is joined where it sits",
            None,  # "(Easy/Medium/Hard)" in prose states no legend: "/" is no symbol
        ),
        (
            11,
            "How would you size shuffle partitions?",
            "- Aim for partitions of 100-200 MB\n- Let adaptive execution merge small ones",
            None,
        ),
        # "1. ### What is …? ⭐" with "`Ans:` …" under it: the star is decoration here
        (17, "What is a data lake?", "Cheap storage that keeps raw files in open formats.", None),
        (
            20,
            "What is a data warehouse?",
            "A store of modelled tables tuned for analytical queries.",
            None,
        ),
        # "…? [code]": a tag after the question
        (25, "What is the difference between `loc` and `iloc`?", "", None),
        (26, "How do you drop duplicate rows?", "", None),
        (27, "Why is ReLU preferred over sigmoid in deep networks?", "", None),
    ]
    # "\t> 1. …?" quoted under an item: its follow-ups
    assert found.questions[-1].follow_ups == [
        "What does non-linearity buy a network?",
        "What is a dying ReLU?",
    ]


def test_french_prompts_and_parenthesised_question_numbers() -> None:
    found = scanned("french_and_numbered_q.md")
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        # "Expliquez …" (explain) asks in French as "Explain …" does in English
        (
            3,
            "Expliquez la différence entre biais et variance",
            "Le biais vient d'hypothèses trop simples ; la variance, d'une trop grande "
            "sensibilité aux données.",
        ),
        (
            7,
            "Qu'est-ce que la validation croisée ?",
            "On découpe les données en k parts et chaque part sert une fois de test.",
        ),
        # "(1)Q: …" numbers a question; "* A: …" under it is its answer
        (
            13,
            "what is the difference between WHERE and HAVING",
            "WHERE filters rows before grouping; HAVING filters groups after aggregation.",
        ),
        (16, "how to create a view", "CREATE VIEW name AS SELECT ..."),
    ]


def test_mkdocs_tabs_and_quizzes_numbered_in_other_languages() -> None:
    found = scanned("mkdocs_tabs_and_quizzes.md")
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        # MkDocs content tabs nested in an admonition: the "Question" tab holds the
        # question's heading, the "Answer" tab its answer (not an indented code block)
        (
            6,
            "What does a tokenizer do?",
            "It splits raw text into units the model has embeddings for.\n\n"
            "- Word pieces keep the vocabulary small.",
        ),
        (
            16,
            "Why do transformers need positional encodings?",
            "Attention alone ignores order, so position has to be added to the input.",
        ),
        # "問1." numbers a question in Japanese; a <details> block whose summary says
        # "answer" (回答) holds its answer
        (24, "勾配降下法は学習率が大きすぎると発散することがある。(y/n)", "y"),
        (33, "過学習を抑える手法を一つ挙げてください。", "ドロップアウト"),
        # "### Câu 1" (Vietnamese for "Question 1") only numbers the question under it;
        # the options are part of the question, the answer line answers it
        (
            42,
            "Học có giám sát là gì?\n\nA. Học từ dữ liệu có nhãn\n\nB. Học không cần dữ liệu",
            "**Đáp án: A**",
        ),
        (
            52,
            "Overfitting là gì?\n\nA. Mô hình quá khớp dữ liệu huấn luyện\n\n"
            "B. Mô hình quá đơn giản",
            "**Đáp án: A**",
        ),
        (
            62,
            "Dropout dùng để làm gì?\n\nA. Giảm overfitting\n\nB. Tăng tốc độ đọc dữ liệu",
            "**Đáp án: A**",
        ),
    ]
    assert not found.unplaced and not found.skipped


def test_question_lists_in_other_languages_and_shapes() -> None:
    found = scanned("other_language_lists.md")
    assert [(q.line, q.layout, q.text, q.answer, q.source_note) for q in found.questions] == [
        # a Chinese table: of two question columns (title, statement) the one that says
        # more is the question; a bare link in the answer column is its source
        (5, "table", "有一张登录表,请查出连续登录三天以上的用户。", "", "https://example.com/a/1"),
        (
            6,
            "table",
            "已知每个用户的上线和下线时间,请计算同时在线人数的峰值。",
            "",
            "https://example.com/a/2",
        ),
        # Vietnamese prompts ask without a question mark: "(Bạn) hãy giải thích …",
        # "… là gì"
        (
            11,  # the <summary> line
            "details",
            "Bạn hãy giải thích sự khác biệt giữa bagging và boosting",
            "Bagging huấn luyện song song, boosting huấn luyện tuần tự.",
            "",
        ),
        (18, "details", "Gradient biến mất là gì", "", ""),
        # Korean "… 설명해봅시다" ("let us explain …") asks
        (
            24,
            "heading",
            "배치 정규화를 설명해봅시다.",
            "미니배치의 평균과 분산으로 활성값을 정규화합니다.",
            "",
        ),
        # one paragraph of bold questions, one a line (a stray digit glued to some);
        # a bold label naming questions starts a new group, not an answer
        (35, "bold", "O que é validação cruzada?", "", ""),
        (36, "bold", "Quais métricas servem para classificação desbalanceada?", "", ""),
        (37, "bold", "Como evitar vazamento de dados?", "", ""),
        (41, "bold", "Quais habilidades são mais valorizadas?", "", ""),
        (42, "bold", "Como montar um portfólio?", "", ""),
        # "…? Or state …" asks twice, and the heading is a question
        (
            48,
            "heading",
            "What is ridge regression? Or state an example when you would use it.",
            "It adds an L2 penalty on the weights, useful when features are correlated.",
            "",
        ),
    ]
    # a chat assistant's closing offer in Portuguese is reported, not imported
    assert found.skipped == [
        (
            44,
            "Gostaria de explorar alguma dessas perguntas com mais profundidade?",
            "a chat assistant's offer",
        )
    ]


def test_prompts_in_a_loose_lists_shape_and_an_instruction_after_a_clause() -> None:
    found = scanned("loose_prompts_and_clauses.md")
    assert [(q.line, q.layout, q.text, q.answer) for q in found.questions] == [
        (
            5,
            "loose",
            "What does an unbiased estimator mean?",
            "Its expected value equals the true parameter.",
        ),
        # no question mark, but in the same shape as the questions around it (the same
        # indent, a <details> answer below): an instruction of the list
        (
            11,
            "loose",
            "Give an example where the MLE is biased",
            "The variance estimate that divides by n.",
        ),
        (
            17,
            "loose",
            "How would you test two means for equality?",
            "A two-sample t-test, Welch's when variances differ.",
        ),
        (
            23,
            "loose",
            "What is a confidence interval?",
            "A range built so that it covers the parameter in a stated share of samples.",
        ),
        # "Without using a calculator, estimate …" asks after its clause; "Using the
        # weekly counts, the team saw no trend." states (line 35 is no question)
        (
            31,
            "heading",
            "A die is rolled 600 times. Without using a calculator, estimate the chance of "
            "more than 120 sixes.",
            "The count has mean 100 and standard deviation about 9.1, so 120 is over two "
            "deviations out: about 1.5%.",
        ),
    ]


def test_questions_under_linked_topics_named_problems_and_titled_challenges() -> None:
    found = scanned("linked_topics_and_problems.md")
    assert [(q.line, q.text, q.answer, q.topics) for q in found.questions] == [
        # items under a table-of-contents link are questions; the link names their topic
        (4, "What does non-maximum suppression do?", "", ["Detection"]),
        (5, "Why do anchor-free detectors need no anchor tuning?", "", ["Detection"]),
        (8, "How does a U-Net keep fine detail?", "", ["Segmentation"]),
        # a problem named by its LeetCode number is a coding question
        (12, "Two Sum (LeetCode 1)", "- Pattern: hashing", []),
        (14, "Merge Intervals (LeetCode 56)", "- Pattern: sort, then sweep", []),
        # "### Desafio 01. Title" (a numbered challenge and its name) over the paragraph
        # that asks: the paragraph is the question
        (
            19,
            "Escreva uma consulta SQL que retorne o segundo maior valor da tabela de vendas.",
            "",
            [],
        ),
        (23, "Escreva uma consulta SQL que liste os clientes sem nenhum pedido.", "", []),
        (27, "Escreva uma consulta SQL que mostre a primeira compra de cada cliente.", "", []),
        # two words, and still the first question of most interviews
        (
            33,
            "Introduce yourself",
            "- Two sentences on your background, one on why this role.",
            [],
        ),
    ]


def test_a_paragraph_that_asks_then_answers_is_reported_by_its_question_line() -> None:
    found = scan("# Notes\n\nWhat is a view?\nA stored query, read like a table.\n")
    assert found.unplaced == [(3, "What is a view?")]


def test_front_matter_is_no_heading_over_the_questions() -> None:
    # a blog post's front matter: CommonMark alone reads "image: …" over the closing
    # "---" as a heading, which became a section (and a tag) of every question
    found = scan(
        "---\nlayout: post\ntitle: Interview questions\nimage: cover.jpg\n---\n\n"
        "## 1. What is a view?\n\nA stored query.\n"
    )
    assert [(q.line, q.text, q.sections, q.answer) for q in found.questions] == [
        (7, "What is a view?", [], "A stored query.")
    ]
    # a document that only opens with a rule keeps what follows it
    ruled = scan("---\n\n## What is a join?\n\nIt combines rows.\n")
    assert [(q.line, q.text) for q in ruled.questions] == [(3, "What is a join?")]


def test_follow_up_labels_two_column_tables_and_question_labels() -> None:
    found = scanned("followups_and_two_columns.md")
    assert [(q.line, q.text, q.answer, q.follow_ups) for q in found.questions[:3]] == [
        # "关键追问：" (key follow-ups) over a list, with no bold: its follow-ups
        (
            3,
            "如何保证模型输出合法的 JSON?",
            "用约束解码：每一步只允许符合 schema 的 token。",
            ["schema 如何版本化？", "解析失败时怎么重试？"],
        ),
        # a table of two columns, one of questions ("追问"): the other answers
        (16, "合法 JSON 还会错吗", "会，字段的值仍可能错", []),
        (17, "流式输出怎么校验", "展示可以流式，执行要等完整校验", []),
    ]
    # "**Question:**" over the paragraph that asks is no question; how to give the
    # answer ("Round your answer to …") stays in the question
    assert [(q.line, q.text) for q in found.questions[3:]] == [
        (
            25,
            "What is the chance that it lies within 0.5 of the centre? Round your answer to "
            "three decimal places.",
        ),
        (
            31,
            "What is the expected distance between the two points? Round your answer to two "
            "decimal places.",
        ),
        (
            37,
            "What is the chance that all three lie in the lower half? Give your answer as a "
            "fraction.",
        ),
    ]
    assert not found.unplaced


def test_numbers_glued_to_their_questions_and_answer_labels_in_russian() -> None:
    found = scanned("glued_numbers_and_answer_labels.md")
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        # "1.Що таке …?" line after line, no space after the dot: a numbered list still
        (5, "Що таке GIL?", ""),
        (6, "Чим список відрізняється від кортежу?", ""),
        # "Напишіть …" ("Write …") asks in Ukrainian
        (7, "Напишіть генератор чисел Фібоначчі.", ""),
        # "…? <br/>" then "**Ответ.** …" ("Answer."): the label opens the answer; the
        # question does not run on into it
        (
            11,
            "Что такое исключение?",
            "Событие, которое прерывает обычный ход программы.\n"
            "**Источник.** <https://example.com/exceptions>",
        ),
        (15, "Какой блок обрабатывает исключение?", "Блок catch."),
    ]


def test_emoji_question_marks_and_level_lines() -> None:
    found = scanned("emoji_marks_and_levels.md")
    assert [(q.line, q.text) for q in found.questions] == [
        (2, "What is a container image?"),
        (4, "What does a Service select?"),
        (6, "Why pin image tags?"),
        (9, "How would you roll back a bad deploy?"),
        (11, "How do you drain a node safely?"),
        # in a fence with no language, each ending in "❓" (a question mark drawn as
        # an emoji): questions, read as "?"
        (17, "Can you explain how a scheduler places pods?"),
        (19, "Describe how you rotate secrets?"),
        (21, "How do readiness probes differ from liveness probes?"),
    ]
    # "🟢 Beginner Level" names a level: neither a question nor a line left unplaced
    assert not found.unplaced


def test_a_numbered_problem_title_over_its_statement_in_a_list_item() -> None:
    found = scan(
        "## Medium\n\n"
        "- **Problem 1.1: Late Trains**  \n"
        "  Two trains arrive uniformly at random within an hour. What is the chance "
        "they arrive within ten minutes of each other?\n"
        "- **Problem 1.2: Coin Runs**  \n"
        "  Find the expected number of flips until two heads in a row.\n"
    )
    # the bold line numbers and names the problem; the line under it asks it
    assert [(q.line, q.text, q.context) for q in found.questions] == [
        (
            3,
            "Two trains arrive uniformly at random within an hour. What is the chance they "
            "arrive within ten minutes of each other?",
            "Problem 1.1: Late Trains",
        ),
        (
            5,
            "Find the expected number of flips until two heads in a row.",
            "Problem 1.2: Coin Runs",
        ),
    ]


def test_the_other_of_two_columns_answers_only_when_it_is_no_field() -> None:
    found = scan(
        "# Q\n\n| Question | Difficulty |\n| --- | --- |\n| What is a join? | Easy |\n"
        "| What is an index? | Hard |\n\n| # | 问题 |\n| --- | --- |\n| 1 | 什么是过拟合？ |\n"
    )
    # a difficulty column, or a column of row numbers, is no answer
    assert [(q.line, q.text, q.answer, q.difficulty) for q in found.questions] == [
        (5, "What is a join?", "", "easy"),
        (6, "What is an index?", "", "hard"),
        (10, "什么是过拟合?", "", None),
    ]


def test_common_follow_ups_with_arrows_question_numbers_with_a_dot_and_statements() -> None:
    found = scan(
        "# RAG\n\n### Q: What does a reranker add?\n\nIt rescores the top passages.\n\n"
        "**Common follow-ups.**\n"
        '- "When do you skip it?" → When latency is tight.\n\n'
        "## Q02 · 索引构建\n\n按段落切分文档。\n\n## Perguntas\n\n"
        "#### PERGUNTA 1\n\nAnalise as afirmativas abaixo e assinale a alternativa correta:\n\n"
        "I - A primeira é verdadeira.\n\nII - A segunda é falsa.\n\n"
        "```Text\nApenas a I.\n```\n\n"
        "#### PERGUNTA 2\n\nAnalise as afirmativas abaixo e assinale a alternativa correta:\n\n"
        "I - Outra afirmativa.\n\n```Text\nNenhuma.\n```\n\n"
        "#### PERGUNTA 3\n\nQual função de ativação satura?\n\n```Text\nA sigmoide.\n```\n"
    )
    assert [(q.line, q.text, q.follow_ups) for q in found.questions] == [
        # "**Common follow-ups.**": the question before the arrow is a follow-up
        (3, "What does a reranker add?", ["When do you skip it?"]),
        # "Q02 · title" numbers a question
        (10, "索引构建", []),
        # a prompt ending in ":" goes on in the statements under it, so two questions
        # with the same prompt and other statements are two questions
        (
            16,
            "Analise as afirmativas abaixo e assinale a alternativa correta:\n\n"
            "I - A primeira é verdadeira.\n\nII - A segunda é falsa.",
            [],
        ),
        (
            28,
            "Analise as afirmativas abaixo e assinale a alternativa correta:\n\n"
            "I - Outra afirmativa.",
            [],
        ),
        (38, "Qual função de ativação satura?", []),
    ]


def test_follow_ups_asked_in_their_own_headings() -> None:
    found = scan(
        "# Kafka\n\n## Q1. What is a consumer group?\n\n### Answer\n\nConsumers that share "
        "the partitions of a topic.\n\n### 꼬리 질문 1: Rebalance를 피할 수 있나요?\n\n"
        "완전히 피할 수는 없습니다.\n\n## Q2. Why replicate partitions?\n\nTo survive a "
        "broker loss.\n\n### Follow-up Question\n\nHow would you pick the replication "
        "factor?\n\n### Follow-up Answer\n\nThree is the usual choice.\n"
    )
    assert [(q.line, q.text, q.follow_ups) for q in found.questions] == [
        # a follow-up asked in its own heading ("꼬리 질문 1:", tail question 1): its
        # answer stays with the question's answer
        (3, "What is a consumer group?", ["Rebalance를 피할 수 있나요?"]),
        # "### Follow-up Question" over the question on a line of its own
        (13, "Why replicate partitions?", ["How would you pick the replication factor?"]),
    ]
    assert "완전히 피할 수는 없습니다." in found.questions[0].answer
    assert "Three is the usual choice." in found.questions[1].answer


def test_highlights_paired_labels_task_options_arrows_and_contents_tables() -> None:
    found = scanned("highlights_options_and_cards.md")
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        # a table of links to the headings below is their table of contents
        (8, "What does an index speed up?", "Lookups by the indexed columns."),
        (12, "Explain a covering index", "An index that holds every column the query reads."),
        # "==…==" highlights a line; the marks are not part of it
        (18, "Tell me about a time you fixed something nobody asked you to fix", ""),
        (
            20,
            "Describe a decision you made without your manager",
            "I rolled back a release at night and wrote up why the next morning.",
        ),
        # "S:" / "C:" take turns (Turkish question and answer): each "S:" asks, with or
        # without a question mark
        (26, "Eğitim neden bu kadar uzun sürüyor?", "Veri setini küçültün."),
        (29, "Modelim ezberliyor", "Düzenlileştirme ekleyin."),
        (32, "Hangi metriği seçmeliyim?", "Sınıf dengesine bakın."),
        # options written as tasks belong to the question; none ticked: no answer
        (
            37,
            "Which metric ignores true negatives?\n\n"
            "- Accuracy\n- Specificity\n- Precision\n- Balanced accuracy",
            "",
        ),
        # a stem ending in ":" over such options asks too
        (
            43,
            "Dropout during training\n\n"
            "- Scales the learning rate\n- Zeroes random activations\n- Freezes the first layer",
            "",
        ),
        # the ticked option answers
        (
            48,
            "Which split keeps class ratios equal?\n\n"
            "- Random split\n- Stratified split\n- Time-based split",
            "- Stratified split",
        ),
        # "question? → answer" on one line
        (56, "Is a Parquet file row-oriented?", "❌ No, it stores columns"),
        (57, "Can a DAG have a cycle?", "❌ No"),
        # "### Question:" over a short bold question (once taken for a bold label and lost)
        (61, "What is a sensor?", "A task that waits until a condition holds."),
    ]
    assert found.skipped == [
        (5, "What does an index speed up?", "a link (table of contents)"),
        (6, "Explain a covering index", "a link (table of contents)"),
    ]
    assert found.unplaced == []


def test_flash_cards_translated_q_numbers_and_bracketed_marks() -> None:
    found = scanned("cards_and_numbered_labels.md")
    assert [(q.line, q.text, q.answer, q.context) for q in found.questions] == [
        # ":p" prompts, their answers between "??x" and "x??"; a line of background
        # right above the prompt is its context
        (
            7,
            "What is a token?",
            "A piece of text, often part of a word, that the model reads as one unit.",
            "",
        ),
        (
            15,
            "What limits how much text a model can read at once?",
            "The context window, counted in tokens.",
            "Background context: the model reads a bounded number of tokens at once, and "
            "longer inputs must be cut or summarised.",
        ),
        (
            23,
            "How does temperature change sampling?",
            "A low temperature sharpens the distribution and a high one flattens it.",
            "Background context: the next token is drawn from the predicted distribution.",
        ),
        # "Q1。" (a Chinese full stop) numbers the headings, so every one of them asks,
        # even one that gives an instruction with a full stop, and one in double bold
        (30, "监督学习和无监督学习有什么区别?【T2", "一个有标签，一个没有。", ""),
        (34, "举例说明过拟合。", "训练集很好，测试集很差。", ""),
        (38, "什么是正则化?", "在损失里加入惩罚项。", ""),
        # "### Q1: …?" headings do not make "### 1. Value" (another numbering) a question,
        # nor a part of the answer above it
        (44, "What is a policy?", "A map from states to actions.", ""),
        (48, "What is a reward?", "A number the environment returns after each action.", ""),
        # "[🔍]" before a task marks its kind
        (63, "How deep is this tree?", "", ""),
        (64, "Draw the tree as a diagram", "", ""),
        # the rules of a game, then the question without its mark
        (
            68,
            "Roll a die as many times as you like and keep the last roll. What is your "
            "best stopping rule",
            "",
            "",
        ),
    ]


def test_options_labelled_with_letters_are_not_questions_and_answers() -> None:
    found = scan(
        "# Quiz\n\n1. Which loss suits ranking?\n\nA: Hinge\nB: Pairwise logistic\n"
        "C: Squared error\n\n2. Which optimiser keeps a moving average of squared "
        "gradients?\n\nA: SGD\nB: RMSProp\nC: Newton\n\n3. Which layer has no weights?\n\n"
        "A: Dense\nB: Max pooling\nC: Embedding\n"
    )
    assert [q.text for q in found.questions] == [
        "Which loss suits ranking?",
        "Which optimiser keeps a moving average of squared gradients?",
        "Which layer has no weights?",
    ]
    assert "B: Pairwise logistic" in found.questions[0].answer


def test_lone_numbers_tight_details_exercise_parts_fields_and_bilingual_labels() -> None:
    found = scanned("quizzes_exercises_and_labels.md")
    assert [(q.line, q.text, q.answer, q.missing_answer) for q in found.questions] == [
        # "1." alone on its line, the question on the next: every one of them asks,
        # even a stem ending in ":" whose answer runs into the next number
        (3, "¿Qué es una clave primaria?", "Una columna que identifica cada fila.", False),
        (8, "Son partes de un índice", "Claves y punteros.", False),
        (11, "¿Qué hace un JOIN?", "Combina filas de dos tablas.", False),
        # "</details>" with the next question right under it (no blank line) does not
        # swallow the questions after it; "." where the answer was to go is none
        (17, "¿Qué es un commit?", "Un cambio guardado en el historial.", False),
        (22, "¿Qué es una rama?", ".", True),
        (27, "¿Qué es un merge?", "Unir dos historias.", False),
        # a tag in code after the bold question
        (35, "What is a token?", "A piece of text the model reads as one unit.", False),
        (38, "What is a logit?", "A raw score before softmax.", False),
        # an exercise's scenario, then its lettered parts: each part asks
        (
            45,
            "Which fit has the lower training error, and why?",
            "The cubic: it nests the line.",
            False,
        ),
        (49, "Which fit has the lower test error when the truth is a line?", "", True),
        (51, "Explain what a residual is.", "", True),
        # "**Source: …**" above the stem is where it comes from; lettered options belong
        # to the question; "**Answer: B**" answers (the question is at its heading)
        (
            55,
            "Which criterion does ID3 split on?\n\n"
            "- A. Gini impurity\n- B. Information gain\n- C. Variance",
            "B",
            False,
        ),
        # "#### Question:", its answer, then more "**Q:**" / "**A:**" pairs
        (
            69,
            "Two trains 100 km apart run toward each other at 50 km/h. When do they meet?",
            "After one hour.",
            False,
        ),
        (
            74,
            "A bat and a ball cost 1.10 and the bat costs 1.00 more. What does the ball cost?",
            "0.05.",
            False,
        ),
        # Korean instructions: "… 얘기하라" (tell), "… 설명하시오" (explain)
        (80, "CNN에 대해서 아는대로 얘기하라", "", True),
        (81, "RNN의 단점은 무엇인가요?", "", True),
        (82, "드롭아웃을 설명하시오", "", True),
        # "**EN:**" / "**VI:**" take turns too, but they answer in two languages
        (86, "What is a view?", "**EN:** A stored query.\n\n**VI:** Một truy vấn được lưu.", False),
        (
            92,
            "What is an index?",
            "**EN:** A structure that speeds up lookups.\n\n**VI:** Cấu trúc tăng tốc tra cứu.",
            False,
        ),
        (
            98,
            "What is a trigger?",
            "**EN:** Code run on a table event.\n\n**VI:** Mã chạy khi bảng thay đổi.",
            False,
        ),
    ]
    parts = found.questions[8:10]
    assert {q.context for q in parts} == {
        "A model is fit to 100 points with one predictor, once as a line and once as a cubic."
    }
    assert found.questions[11].source_note == "Chapter 2 - Trees"
    assert found.unplaced == []


def test_numbered_bold_labels_answered_on_the_next_line_and_glyph_rules() -> None:
    found = scan(
        "# Rapid fire\n\n**Q1:** What does an embedding map text to?  \n**A:** A vector of "
        "numbers.\n\n**Q2:** Name one use of embeddings.  \n**A:** Semantic search.\n\n"
        "## Docker\n\nQ3. what is a layer?\n- answer: one step of an image build.\n\n⸻\n\n"
        "Q4. what is a volume?\n- answer: storage that outlives a container.\n\n⸻\n"
    )
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        # "**Q1:** …" then "**A:** …" in the same paragraph: the line under it answers
        # (it was read as a task with no answer)
        (3, "What does an embedding map text to?", "A vector of numbers."),
        (6, "Name one use of embeddings.", "Semantic search."),
        # "⸻" draws a rule: not part of the answer
        (11, "what is a layer?", "one step of an image build."),
        (16, "what is a volume?", "storage that outlives a container."),
    ]


def test_folded_tables_fenced_quizzes_italic_prompts_and_plain_fields() -> None:
    found = scanned("folded_fenced_and_italic.md")
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        # "<summary>Show all 3 questions</summary>" folds a list away: not a question,
        # and the table inside is read as usual
        (8, "Explain rotary position embeddings.", ""),
        (9, "Why does attention scale by the square root of the key size?", ""),
        (10, "Implement causal masking in NumPy.", ""),
        # a fence a numbered question, three times: read as text; the lettered options
        # under the stem belong to it, "Ans:" answers (empty: no answer)
        (
            17,
            "A team wants a model that explains why it rejected a loan. What should it add?"
            "\n\n- A. A larger dataset\n- B. Feature attributions\n- C. A bigger model",
            "B.",
        ),
        (26, "Which split keeps the class ratios of the data?\n\n- A. Random\n- B. Stratified", ""),
        (34, "Which metric ignores true negatives?\n\n- A. Accuracy\n- B. Precision", "B."),
        # a solution write-up: the exercise in italics under its heading ("Carefully
        # explain …" is an instruction too), the answer in plain text
        (
            41,
            "Carefully explain the null hypothesis behind the p-values of a regression table.",
            "Each p-value tests whether one coefficient is zero.",
        ),
        (
            47,
            "Describe how k-NN regression differs from k-NN classification.",
            "One averages the neighbours' values, the other takes a vote.",
        ),
        # "### a) Which …": a lettered part asks
        (57, "Which coefficient measures the interaction", "The one on the product term."),
        # "### Assignment N" labels a problem; its statement is in italics, after a bold
        # copy of the label
        (
            61,
            "The datasets differ in how hard they are. Motivate which one a tree finds hardest",
            "The second one.",
        ),
        (66, "Compute the entropy of each training set", "About one bit each."),
        (71, "Explain entropy for a uniform distribution", "It is the largest possible."),
        # "- Question 1.1:" and plain "- Answer:" / "- Choices:" fields under it
        (
            77,
            "Which module holds KNeighborsClassifier?\n\n"
            "Choices: sklearn.tree; sklearn.neighbors; sklearn.svm",
            "sklearn.neighbors\n\n- Type: Multiple choice",
        ),
        (
            81,
            "Which module holds DecisionTreeClassifier?\n\n"
            "Choices: sklearn.tree; sklearn.neighbors; sklearn.svm",
            "sklearn.tree\n\n- Type: Multiple choice",
        ),
    ]
    assert found.unplaced == []


def test_announced_counts_topic_labels_other_languages_and_myst_questions() -> None:
    found = scanned("announced_lists_and_directives.md")
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        # "**Topic:** a question? Then more": a topic's name, then a question
        (5, "Closures: What is a closure? Give an example from your own code.", ""),
        (6, "Generators: How does a generator keep its state? Compare it with a list.", ""),
        (7, "GIL: Why does the GIL limit threads? Name a way around it.", ""),
        (8, "Decorators: What does a decorator return?", ""),
        # "(… - 5 Questions)" over a list of five: every item is one, topics included
        (12, "Explain the query optimizer.", "* It rewrites the logical plan."),
        (14, "What is whole-stage code generation?", "* It fuses operators into one function."),
        (16, "Memory management.", "* Execution and storage share one region."),
        (18, "Speculative execution.", "* Slow tasks are launched again elsewhere."),
        (20, "Broadcast joins?", "* The small side is sent to every executor."),
        # "介绍…" / "…介绍" ("introduce …")
        (25, "介绍PPO算法", ""),
        (26, "Transformer整体介绍", ""),
        (27, "为什么需要位置编码?", ""),
        # "Para qué …", "Diferencia entre …" without marks
        (31, "Para qué se usa la palabra debugger en JavaScript", ""),
        (32, "Diferencia entre == y ===", ""),
        (33, "¿Qué es el hoisting?", ""),
        # "name …", "interpret …" in lower case
        (37, "name three measures against overfitting", ""),
        (38, "interpret a learning curve", ""),
        (39, "What does a residual plot show?", ""),
        # "…있나요? 있다면 … 공유해 주세요." ("if so, please share"): one question
        (43, "CI/CD를 적용해 본 적이 있나요? 있다면 경험을 공유해 주세요.", ""),
        (44, "도커를 써 본 적이 있나요?", ""),
        (45, "캐시 전략을 설명해 주세요.", ""),
        # MyST "```{admonition} Question" blocks hold Markdown: the stem and its options;
        # "+++" between notebook cells is no answer
        (49, "Which of these is a regularizer?\n\n- a) dropout\n- b) a larger learning rate", ""),
        (
            58,
            "Cross-validation lets us:\n\n- a) train faster\n- b) estimate how well the model "
            "generalizes",
            "",
        ),
    ]
    assert found.unplaced == []


def test_exam_scores_full_width_numbers_subject_labels_and_questions_under_tips() -> None:
    found = scan(
        "# SQL 测试\n\n### 1. 简答题\n\n1）事务的作用是什么？- (5分)\n\n```sql\n-- 答案\n```\n\n"
        "2）索引的作用是什么？（5分）\n\n```sql\n-- 答案\n```\n\n"
        "## SQL. Задание 1\nВыведите список пассажиров.\n```\nSELECT 1;\n```\n\n"
        "## SQL. Задание 2\nВыведите список рейсов.\n```\nSELECT 2;\n```\n\n"
        "## Математика. Задание 3\nСколько дней в високосном году?\n\n> 366\n\n"
        "## Задание 4: Что такое p-value\n**Ответ:** вероятность.\n\n"
        "### Q1: 你如何处理分歧？\n\n先倾听。\n\n**追問問題：**\n- 你们最终达成共识了吗？\n\n"
        "## Interview Tips\n\n### Common Follow-up Questions\n"
        '1. "How would you handle drift?"\n2. "What if the feature store goes down?"\n'
    )
    assert [(q.line, q.text) for q in found.questions] == [
        # "1）…？- (5分)": numbered with a full-width parenthesis, its score set aside
        (5, "事务的作用是什么?"),
        (11, "索引的作用是什么?"),
        # "## SQL. Задание 1" ("task 1", after its subject) labels the task under it
        (17, "Выведите список пассажиров."),
        (23, "Выведите список рейсов."),
        (29, "Сколько дней в високосном году?"),
        # "Задание 4: Что такое p-value" ("what is"): the title asks
        (34, "Что такое p-value"),
        (37, "你如何处理分歧?"),
        # questions under a section that says so, though inside "Interview Tips"
        (47, "How would you handle drift?"),
        (48, "What if the feature store goes down?"),
    ]
    # "**Ответ:**" ("answer") labels the answer
    assert found.questions[5].answer == "вероятность."
    # "**追問問題：**" (follow-up questions, traditional Chinese)
    assert found.questions[6].follow_ups == ["你们最终达成共识了吗？"]


def test_escaped_numbers_choice_stems_and_prompts_folded_in_details() -> None:
    found = scan(
        "# 笔试题\n## 单项选择题\n1\\. 整型数据类型中，需要内存空间最少的是  \nA. short  \nB. long  \n"
        "C. byte  \n\n2\\. 完全二叉树上有699个节点，则叶子节点数为  \nA. 349  \nB. 350  \n\n"
        "3\\. 下列属于关系型数据库的是  \nA. MySQL  \nB. Redis  \n\n"
        "## [Feed ranking with long histories](https://example.org/feed)\n\n<details>\n"
        "<summary><b>🔍 View Detailed Interview Prompt</b></summary>\n\n"
        "Design the final ranking stage of a feed that uses a year of user history.\n\n"
        "</details>\n\n---\n\n## [Spam filtering](https://example.org/spam)\n\n<details>\n"
        "<summary>View prompt</summary>\n\nDesign a spam filter for a mail service.\n\n</details>\n"
    )
    assert [(q.line, q.text, q.layout) for q in found.questions] == [
        # "1\\." (numbering escaped by an export) over a stem and lettered options: a
        # multiple-choice question, though its stem ends without a mark
        (3, "整型数据类型中,需要内存空间最少的是\n\n- A. short\n- B. long\n- C. byte", "list"),
        (8, "完全二叉树上有699个节点,则叶子节点数为\n\n- A. 349\n- B. 350", "list"),
        (12, "下列属于关系型数据库的是\n\n- A. MySQL\n- B. Redis", "list"),
        # "<summary>View Detailed Interview Prompt</summary>" folds the question away
        (
            21,
            "Design the final ranking stage of a feed that uses a year of user history.",
            "details",
        ),
        (32, "Design a spam filter for a mail service.", "details"),
    ]
    assert found.questions[3].sections[-1].startswith("Feed ranking")


def test_a_labelled_line_that_names_the_list_is_its_title() -> None:
    found = scan(
        "Task 5: Interview Questions\n\n1. What is Pandas used for?\nData analysis.\n\n"
        "2. What's a DataFrame?\nA table of columns.\n\nTask 6: Count the rows of a DataFrame.\n"
    )
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        # "Task 5: Interview Questions" names the list below: not a question, and the
        # items under it keep their answers
        (3, "What is Pandas used for?", "Data analysis."),
        (6, "What's a DataFrame?", "A table of columns."),
        (9, "Count the rows of a DataFrame.", ""),
    ]


def test_long_quiz_stems_between_rules_and_how_to_answer_after_the_mark() -> None:
    found = scan(
        "Suppose we minimise a cost with an advanced optimiser such as L-BFGS. The optimiser "
        "needs some functions from us. What must we supply code to compute? Check all that "
        "apply.\n\nThe cost and its gradient\n\n------\n\n"
        "Suppose you have two training examples. Backpropagation runs once per example. In "
        "which order should the forward and backward passes run?\n\nForward then backward, "
        "per example\n\n------\n\n"
        "Suppose D1 is a 10x6 matrix and D2 a 1x11 matrix, unrolled into one vector. Which "
        "slice gets D2 back from that vector?\n\nElements 61 to 71\n"
    )
    assert [(q.line, q.layout) for q in found.questions] == [
        (1, "loose"),
        (7, "loose"),
        (13, "loose"),
    ]
    # "…? Check all that apply." says how to answer: part of the question
    assert found.questions[0].text.endswith("Check all that apply.")
    assert found.questions[0].answer == "The cost and its gradient"


def test_answered_follow_ups_under_a_heading_with_a_glyph() -> None:
    found = scan(
        "# RAG\n\n## Q01 · 为什么需要 RAG\n\n先检索，再生成。\n\n### 🪤 追问\n\n"
        "- **Q：RAG 比微调好在哪？**\n  A：\n  1. **可更新**：换文档就能换知识\n"
        "  2. **可追溯**：能指出证据\n\n## Q02 · 索引怎么建\n\n按段落切分。\n\n### 追问\n\n"
        "- 块越小越好吗？\n- 重叠多少合适？\n"
    )
    first, second = found.questions
    # "### 🪤 追问" (follow-ups, after a glyph): the top-level point is a follow-up; the
    # numbered points under it answer it, and stay in the answer
    assert first.follow_ups == ["RAG 比微调好在哪?"]
    assert "可追溯" in first.answer
    # a list of follow-up questions only: they leave the answer
    assert second.follow_ups == ["块越小越好吗?", "重叠多少合适?"]
    assert second.answer == "按段落切分。"


def test_pass_criteria_are_not_questions() -> None:
    found = scan(
        "# Mock interview\n\n## Questions\n\n1. Walk me through your last pipeline.\n"
        "2. What would prove your conclusion wrong?\n3. How did you validate the data?\n\n"
        "## Pass criteria\n\nReady for a technical round when the candidate can:\n\n"
        "- Explain the project for five minutes without notes\n- Defend every metric\n"
        "- Draw the event pipeline\n"
    )
    # "## Pass criteria" lists what the candidate must show: not questions to practise
    assert [q.text for q in found.questions] == [
        "Walk me through your last pipeline.",
        "What would prove your conclusion wrong?",
        "How did you validate the data?",
    ]


def test_details_closed_right_under_a_fence_or_a_paragraph_ends_the_answer() -> None:
    # "</details>" on the line after an answer's closing fence (or after a paragraph set
    # off by a blank line) with the next question right under it: the next question is
    # its own, not more of the answer above
    text = (
        "# Python\n\n"
        "### 1. How do you reverse a list?\n<details><summary>Answer</summary>\n\n"
        "```python\nxs[::-1]\n```\n</details>\n"
        "### 2. What does `zip` return?\n<details><summary>Answer</summary>\n\n"
        "An iterator of tuples.\n</details>\n"
        "### 3. How do you copy a dict?\n<details><summary>Answer</summary>\n"
        "Call `d.copy()`.\n</details>\n"
        "### 4. What is a generator?\n<details>\n<summary>Answer</summary>\n\n"
        "    def gen(): yield 1\n</details>\n"
        "### 5. What is a closure?\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (3, "How do you reverse a list?", "```python\nxs[::-1]\n```"),
        (10, "What does `zip` return?", "An iterator of tuples."),
        (15, "How do you copy a dict?", "Call `d.copy()`."),
        (19, "What is a generator?", "def gen(): yield 1"),
        (25, "What is a closure?", ""),
    ]


def test_unnumbered_headings_that_ask_inside_a_numbered_question_are_its_answer() -> None:
    # "# Q1. …?" headings, each answered under "##" sub-headings set apart by rules; one
    # sub-heading asks ("## Why can simpler matter?"): it is part of the answer, not a
    # question of its own
    text = (
        "# Normalisation\n\n---\n\n"
        "# Q1. What is LayerNorm?\n\n## ⚡ Short answer\n\nIt normalises each token.\n\n---\n\n"
        "## 🔬 Why can simpler matter?\n\nFewer statistics to keep.\n\n---\n\n"
        "# Q2. What is RMSNorm?\n\n## ⚡ Short answer\n\nLayerNorm without the mean.\n\n---\n\n"
        "# Q3. Why use Pre-Norm?\n\n## ⚡ Short answer\n\nGradients flow through the skip.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (5, "What is LayerNorm?"),
        (19, "What is RMSNorm?"),
        (27, "Why use Pre-Norm?"),
    ]
    assert "Why can simpler matter?" in found.questions[0].answer
    assert "Fewer statistics to keep." in found.questions[0].answer


def test_russian_question_words_and_questions_led_by_how_often_they_are_asked() -> None:
    # Russian questions without a question mark ("Какие …", "Для чего …", "Может ли …"),
    # and a table of questions pasted as lines led by how often each is asked ("75% …"),
    # one of them wrapped onto a second line
    text = (
        "# Вопросы\n\n## Общие\n\n"
        "- Какие виды тестирования ты знаешь\n"
        "- Для чего используется кэширование\n"
        "- Может ли быть try без catch\n\n"
        "## Java Core\n\n"
        "Шанс Вопрос Тег\n"
        "75% В чем разница между checked и unchecked исключениями Java Core\n"
        "68% Какие методы в классе Object знаешь Java Core\n"
        "56% Расскажи про Hash Code & Equals Contract Java Core\n"
        "6% Каким образом можно понять, что объект используется в памяти или нет при\n"
        "сборке мусора Java Core\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (5, "Какие виды тестирования ты знаешь"),
        (6, "Для чего используется кэширование"),
        (7, "Может ли быть try без catch"),
        (12, "В чем разница между checked и unchecked исключениями Java Core"),
        (13, "Какие методы в классе Object знаешь Java Core"),
        (14, "Расскажи про Hash Code & Equals Contract Java Core"),
        (
            15,
            "Каким образом можно понять, что объект используется в памяти или нет при\n"
            "сборке мусора Java Core",
        ),
    ]
    assert found.unplaced == []
    # two figures in prose are not a table of questions
    prose = "# Notes\n\n90% of teams skip this step\n10% of them regret it\n\n- What is a canary?\n"
    assert [q.text for q in scan(prose).questions] == ["What is a canary?"]


def test_a_document_of_bare_numbered_lists_asks_every_item() -> None:
    # numbered one-line items under topic headings, most of them asking, some naming a
    # topic ("HDFS架构") or linking to the file that answers them: every item is a question
    text = "# 大数据面试题\n\n## 一、Hadoop\n\n" + "\n\n".join(
        [
            "1. [HDFS架构](./docs/HDFS架构.md)",
            "2. 小文件过多会有什么危害,如何避免?",
            "3. 启动hadoop集群会分别启动哪些进程?",
            "4. hadoop1.x的缺点",
            "5. hdfs 如何保证数据不丢失?",
        ]
    )
    text += "\n\n## 二、Hive\n\n" + "\n".join(
        [
            "1. hive 内部表和外部表的区别",
            "2. hive的metastore的三种模式",
            "3. hive 中 join都有哪些?",
            "4. Hive UDF",
            "5. Hive Sql 是怎样解析成MR job的?",
            "6. 数据倾斜怎么处理?",
            "7. 分区和分桶有什么区别?",
        ]
    )
    found = scan(text + "\n")
    assert [q.text for q in found.questions] == [
        "HDFS架构",
        "小文件过多会有什么危害,如何避免?",
        "启动hadoop集群会分别启动哪些进程?",
        "hadoop1.x的缺点",
        "hdfs 如何保证数据不丢失?",
        "hive 内部表和外部表的区别",
        "hive的metastore的三种模式",
        "hive 中 join都有哪些?",
        "Hive UDF",
        "Hive Sql 是怎样解析成MR job的?",
        "数据倾斜怎么处理?",
        "分区和分桶有什么区别?",
    ]
    assert found.questions[0].source_note == "./docs/HDFS架构.md"
    # with answers between them, numbered topics are not questions
    answered = text.replace(
        "3. hive 中 join都有哪些?", "3. hive 中 join都有哪些?\n\n   ```\n   x\n   ```"
    )
    assert "Hive UDF" not in [q.text for q in scan(answered + "\n").questions]


def test_a_worked_example_is_not_a_question_unless_it_asks() -> None:
    text = (
        "# Behavioral questions\n\n"
        "## Example 1: Dealing with a Challenging Team Member\n\n"
        "**S - Situation:** A teammate kept missing deadlines.\n\n"
        "## Example 2: How would you split a late project?\n\n"
        "By scope first.\n\n"
        "## Questions\n\n"
        "1. Describe a conflict you resolved.\n"
        "2. How do you handle criticism of your code?\n"
    )
    assert [(q.line, q.text) for q in scan(text).questions] == [
        (7, "How would you split a late project?"),
        (13, "Describe a conflict you resolved."),
        (14, "How do you handle criticism of your code?"),
    ]


def test_chinese_comma_numbering_and_questions_without_a_closing_mark() -> None:
    # "1、…" numbers a question in Chinese plain text; the answer is indented under it. A
    # Chinese question without a closing mark ("…的区别") does not run on into its answer
    text = (
        "1、简述函数式编程\n\n\t函数式编程把计算看成函数的求值。\n\n"
        "2、copy()与deepcopy()的区别\n\n\tcopy是浅拷贝，deepcopy是深拷贝。\n\n"
        "3、如何捕获异常？\n\n\t用 try / except。\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (1, "简述函数式编程", "函数式编程把计算看成函数的求值。"),
        (5, "copy()与deepcopy()的区别", "copy是浅拷贝，deepcopy是深拷贝。"),
        (9, "如何捕获异常?", "用 try / except。"),
    ]


def test_items_that_are_html_links_to_their_answers() -> None:
    # "- <a href=…>question</a>": each item links to the file that answers it; most ask,
    # so the one without a mark ("Что такое объект") asks too; an empty address leaves
    # the question; a link's text may run onto a second line
    text = (
        "# Вопросы\n\n## ООП\n"
        '- <a href="https://example.org/answers/oop.md">Что такое ООП?</a>\n'
        '- <a href="https://example.org/answers/object.md">Что такое объект</a>\n'
        '- <a href="https://example.org/answers/inherit.md">Что такое наследование?</a>\n'
        '- <a href="">Опишите модификаторы доступа в Java</a>\n'
        '- <a href="">Чем абстрактный класс отличается от интерфейса? В каких случаях\n'
        "вы бы использовали абстрактный класс?</a>\n"
    )
    found = scan(text)
    assert [(q.line, q.text.replace("\n", " "), q.source_note) for q in found.questions] == [
        (4, "Что такое ООП?", "https://example.org/answers/oop.md"),
        (5, "Что такое объект", "https://example.org/answers/object.md"),
        (6, "Что такое наследование?", "https://example.org/answers/inherit.md"),
        (7, "Опишите модификаторы доступа в Java", ""),
        (
            8,
            "Чем абстрактный класс отличается от интерфейса? В каких случаях вы бы "
            "использовали абстрактный класс?",
            "",
        ),
    ]


def test_items_numbered_by_a_bold_label_each_over_its_answer() -> None:
    # "* **Key Topic N**: <prompt>" with its answer below (a sub-item and a quote) that
    # ends the list: each label numbers the next question, with or without a mark
    text = "# Serving\n\n## Interview follow-ups\n\n" + "\n".join(
        f"* **Key Topic {n}**: {prompt}\n  * *Standard Answer*: {answer}\n> 💡 **Intuition**: x.\n"
        for n, prompt, answer in [
            (1, "Compare SSE and WebSocket for streaming tokens.", "SSE is one-way."),
            (2, "Detail a two-stage semantic cache lookup.", "Hash, then vectors."),
            (3, "How does continuous batching remove idle slots?", "Per-step scheduling."),
            (4, "Design rate limiting for a 10,000 QPS spike.", "Token bucket and a queue."),
        ]
    )
    found = scan(text)
    assert [(q.text, q.answer.split("\n", 1)[0]) for q in found.questions] == [
        ("Compare SSE and WebSocket for streaming tokens.", "SSE is one-way."),
        ("Detail a two-stage semantic cache lookup.", "Hash, then vectors."),
        ("How does continuous batching remove idle slots?", "Per-step scheduling."),
        ("Design rate limiting for a 10,000 QPS spike.", "Token bucket and a queue."),
    ]


def test_paragraphs_led_by_a_bold_question_that_they_answer() -> None:
    # three paragraphs or more in a row, each opening with a bold question and answering
    # it in the rest of the paragraph; one such paragraph alone is a lead-in of prose
    text = (
        "# Project talk\n\n## Questions worth volunteering\n\n"
        '**"What surprised you?"** That fp32 was not FP32: TF32 was on by default.\n\n'
        '**"What did you get wrong?"** A throughput drop that was only GPU heat.\n'
        "The fix was to rotate the order of runs.\n\n"
        '**"What would you do differently?"** Build the load generator first.\n\n'
        "## Notes\n\n**Why does this matter?** Because every later comparison rests on it.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (5, "What surprised you?", "That fp32 was not FP32: TF32 was on by default."),
        (
            7,
            "What did you get wrong?",
            "A throughput drop that was only GPU heat.\nThe fix was to rotate the order of runs.",
        ),
        (10, "What would you do differently?", "Build the load generator first."),
    ]


def test_a_question_quoted_under_its_label() -> None:
    # "> **The Question:** "…"": the question set apart in a quote; other quotes are not
    text = (
        "# Part 1: The inference loop\n\n"
        '> **The Question:** "A user asks an LLM to write an email. Walk me through what\n'
        '> happens at inference time."\n\n'
        "Tokens are sampled one at a time.\n\n"
        "> Models do not plan the whole reply.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (
            3,
            "A user asks an LLM to write an email. Walk me through what\n"
            "happens at inference time.",
        )
    ]
    assert found.questions[0].answer.startswith("Tokens are sampled one at a time.")


def test_quiz_questions_between_rules_with_code_options_and_the_answer_line() -> None:
    # a stem, the code it asks about, perhaps numbered options, then "correct answer: …"
    # (or "answer: …"), each quiz between "***" rules: the options are not questions
    def quiz(stem: str, code: str, options: str, answer: str) -> str:
        return f"{stem}\n\n```js\n{code}\n```\n\n{options}{answer}\n"

    text = "\n***\n\n".join(
        [
            quiz(
                "What happens if we run this code sample?",
                "const name = 'John';\nname.give();",
                "1. An error\n2. `give John` printed\n\n",
                "correct answer: 1.",
            ),
            quiz("Expected output:", "console.log(typeof null);", "", "answer: `object`."),
            quiz(
                "Expected output:",
                "if (true) {\n    console.log(1);\n}",
                "1. `1`\n2. nothing\n\n",
                "Correct answer: 1.",
            ),
        ]
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (
            1,
            "What happens if we run this code sample?\n\n"
            "```js\nconst name = 'John';\nname.give();\n```\n\n1. An error\n2. `give John` printed",
            "1.",
        ),
        (15, "Expected output\n\n```js\nconsole.log(typeof null);\n```", "`object`."),
        (
            25,
            "Expected output\n\n```js\nif (true) {\n    console.log(1);\n}\n```\n\n1. `1`\n2. nothing",
            "1.",
        ),
    ]


def test_bare_numbered_lists_with_many_links_to_answer_files() -> None:
    # many items link to the file that answers them, under topic names: they still count
    # (5 of 13 items name a topic, 8 ask)
    topics = ["HDFS架构", "Yarn架构", "MapReduce过程", "hdfs写流程", "hdfs读流程"]
    asking = [
        "hadoop的配置文件有哪些?",
        "小文件过多会有什么危害,如何避免?",
        "启动hadoop集群会分别启动哪些进程?",
        "hive 中 join都有哪些?",
        "数据倾斜怎么处理?",
        "分区和分桶有什么区别?",
        "spark 有哪几种join?",
        "什么是宽依赖?",
    ]
    items = [f"[{t}](./docs/{t}.md)" for t in topics] + asking
    text = "# 大数据面试题\n\n## 一、Hadoop\n\n" + "\n\n".join(
        f"{n}. {item}" for n, item in enumerate(items, 1)
    )
    found = scan(text + "\n")
    assert [q.text for q in found.questions] == topics + asking


def test_a_prep_plan_with_a_to_do_table_and_questions_to_ask_back() -> None:
    # "**What to do when you get the email:**" over a "| Task | Action |" table is a to-do
    # list; quoted questions under "10. Questions to ask the interviewer" are asked back;
    # the table of questions with a column for your answers holds the questions
    text = (
        "## **1. Understand the company**\n\n"
        "**What to do when you get the email:**\n\n"
        "| Task | Action |\n|------|--------|\n"
        "| Company name | Search LinkedIn |\n| Tech stack | Read job posts |\n\n"
        "## **2. Common questions**\n\n"
        "| Question | Your Answer |\n|---|---|\n"
        "| Tell me about yourself | Two sentences on school and projects |\n"
        "| Why this internship? | I want to learn networking |\n"
        "| What are your strengths? | Patience |\n\n"
        "## **10. QUESTIONS TO ASK THE INTERVIEWER**\n\n"
        "At the end, ask 1-2 of these:\n\n"
        '> *"What technologies does your team use?"*\n\n'
        '> *"What would a typical day look like?"*\n\n'
        '> *"What skills should I focus on?"*\n'
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Tell me about yourself",
        "Why this internship?",
        "What are your strengths?",
    ]


def test_links_to_web_pages_do_not_change_how_much_a_document_asks() -> None:
    # a roadmap: questions under topics, then resources to read (links to web pages, most
    # titled without a question); the questions read as before
    resources = "\n".join(
        f"* [Talk {n} on the internet](https://www.example.org/video/{n})" for n in range(12)
    )
    text = (
        "# Python for juniors\n\n## Internet\n\n"
        "* How does the internet work?\n* What is HTTP?\n* What is hosting?\n\n"
        f"#### Resources\n\n{resources}\n\n"
        "## Common\n\n"
        "* What is Python? What are the benefits of using Python\n"
        "* What is a dynamically typed language?\n"
        "* What is an interpreted language?\n"
    )
    assert [q.text for q in scan(text).questions] == [
        "How does the internet work?",
        "What is HTTP?",
        "What is hosting?",
        "What is Python? What are the benefits of using Python",
        "What is a dynamically typed language?",
        "What is an interpreted language?",
    ]


def test_a_fence_inside_an_answer_fence_does_not_swallow_the_next_question() -> None:
    # "```" over a sample answer that holds "   ```python" … "   ```" and closes with
    # "```": the next question heading is still a question
    text = (
        "# System design\n\n"
        "### Question 4.1: Implement bank transfers\n\n"
        '**Question:**\n> "Implement transfers between accounts."\n\n'
        "**Sample Answer:**\n```\nLock in a fixed order:\n\n   ```python\n"
        "   first, second = sorted([a, b])\n   ```\n\nThen write the log.\n```\n\n"
        "### Question 5.1: Build a simple SQL database\n\n"
        '**Question:**\n> "Implement CREATE TABLE and SELECT."\n\n'
        "**Sample Answer:**\n```\nParse, plan, execute.\n```\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 19]
    assert "first, second = sorted([a, b])" in found.questions[0].answer
    assert "Then write the log." in found.questions[0].answer
    assert "Parse, plan, execute." in found.questions[1].answer


def test_details_whose_summary_has_attributes_inside_an_accordion() -> None:
    # an outer <details open> names a topic; each inner <details> holds a question in a
    # <summary style=…><b>…</b></summary>, with an empty answer: the question is on the
    # summary's line
    text = (
        "<details open>\n"
        '  <summary><span class="accordion-title">자기소개</span></summary>\n'
        '  <div class="accordion-content">\n\n'
        "  <details>\n"
        '    <summary style="font-size:1rem;"><b>1분 자기소개 해주세요.</b></summary>\n'
        '    <div class="accordion-content">\n      <p></p>\n    </div>\n  </details>\n\n'
        "  <details>\n"
        '    <summary style="font-size:1rem;"><b>왜 백엔드 개발자가 되고 싶으세요?</b></summary>\n'
        '    <div class="accordion-content">\n      <p>서버가 좋아서요.</p>\n    </div>\n'
        "  </details>\n\n  </div>\n</details>\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (6, "1분 자기소개 해주세요.", ""),
        (13, "왜 백엔드 개발자가 되고 싶으세요?", "<p>서버가 좋아서요.</p>"),
    ]


def test_a_level_heading_that_goes_on_to_name_its_topic() -> None:
    # "## 🔴 Advanced Level & Tricky Scenarios" names a level over bold questions; it is
    # no question, and the questions under it are not its answer
    text = (
        "# Spring Data pagination\n\n## 🟢 Beginner Level (Freshers)\n\n"
        "**1. What is pagination?**\nSplitting results into pages.\n\n"
        "## 🔴 Advanced Level & Tricky Scenarios\n\n"
        "**22. Why does offset pagination get slow?**\nThe database scans skipped rows.\n\n"
        "**23. When should you prefer cursor pagination?**\nFor deep or endless scrolling.\n"
    )
    found = scan(text)
    assert [(q.text, q.difficulty) for q in found.questions] == [
        ("What is pagination?", "easy"),
        ("Why does offset pagination get slow?", "hard"),
        ("When should you prefer cursor pagination?", "hard"),
    ]


def test_numbered_questions_each_in_a_quote_and_chinese_yes_no_questions() -> None:
    # ">1.…", ">2.…": numbered questions, each quoted, the answer in plain lines below; a
    # question then "有没有…" ("have you … or not") asks twice
    text = (
        "## js相关\n\n"
        ">1.有没有用过闭包，什么情况下用闭包\n\n"
        ">2.Promise的原理\n\n原理：状态只能改变一次。\n\n"
        ">3.seajs异步引入js的原理是啥？有没有写过异步引入js\n\n"
        ">4.以下输出什么，要想改输出0,1,2,3,4怎么改\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (3, "有没有用过闭包,什么情况下用闭包", ""),
        (5, "Promise的原理", ""),  # a paragraph under a list of two is not its answer
        (9, "seajs异步引入js的原理是啥?有没有写过异步引入js", ""),
        (11, "以下输出什么,要想改输出0,1,2,3,4怎么改", ""),
    ]
    # "但是不是…" ("but it is not …") is no question
    assert scan("- 缩小查询范围,但是不是分区越多越好\n").questions == []


def test_questions_labelled_ques() -> None:
    # "Ques. : 01. …", "Ques. why …", "Ques no . 01: …": an abbreviated question label
    text = (
        "# Ques. : 01. Let us tell me about yourself!\n\nI build web apps.\n\n"
        "# Ques. why do you want to work for our company.\n\nYour product.\n\n"
        "### Ques no . 02: What will you bring to the team?\n\nTesting habits.\n"
    )
    assert [(q.text, q.answer) for q in scan(text).questions] == [
        ("Let us tell me about yourself!", "I build web apps."),
        ("why do you want to work for our company.", "Your product."),
        ("What will you bring to the team?", "Testing habits."),
    ]


def test_headings_written_without_a_space_after_their_marks() -> None:
    # "###1. **Define …**" (no space after the marks) is a heading like the others; a
    # "#include" line and a hashtag are not headings
    text = (
        "## ***Assignment in systems integration***\n"
        "###1. **Define Service Oriented Architecture.**\n\n\t- Reusable services.\n\n"
        "### **2. List the characteristics of SOA.**\n\n\t- Loose coupling.\n\n"
        "### **3. Define microservices.**\n\n\t- Small services.\n\n"
        "```c\n#include <stdio.h>\n```\n\n#hashtag of the week\n"
    )
    assert [q.text for q in scan(text).questions] == [
        "Define Service Oriented Architecture.",
        "List the characteristics of SOA.",
        "Define microservices.",
    ]


def test_numbered_bold_prompts_with_the_answer_on_the_next_line_or_run_into_a_list() -> None:
    # "**4. Explain hoisting.**" then its answer on the next line asks like "**3. What …?**";
    # "**5. …**" right under a list item (no blank line) is run into that item by
    # CommonMark: it is still the next question
    text = (
        "# JavaScript\n\n"
        "**3. What is the difference between `var` and `let`?**\n"
        "- `var`: function-scoped\n- `let`: block-scoped\n\n"
        "**4. Explain hoisting in JavaScript.**\n"
        "Declarations move to the top of their scope.\n\n"
        "**5. What is a closure?**\n"
        "- a function\n- with its scope\n"
        "**6. Describe event delegation.**\n"
        "One listener on a parent handles its children's events.\n"
    )
    assert [(q.line, q.text, q.answer) for q in scan(text).questions] == [
        (
            3,
            "What is the difference between `var` and `let`?",
            "- `var`: function-scoped\n- `let`: block-scoped",
        ),
        (7, "Explain hoisting in JavaScript.", "Declarations move to the top of their scope."),
        (10, "What is a closure?", "- a function\n- with its scope"),
        (
            13,
            "Describe event delegation.",
            "One listener on a parent handles its children's events.",
        ),
    ]


def test_a_heading_worded_as_a_prompt_over_a_list_of_questions_is_their_title() -> None:
    text = (
        "## Introduction questions\n\n### Tell Me About Yourself\n\n"
        "1. Can you tell me a little about yourself?\n2. Tell me about yourself.\n"
        "3. Walk me through your resume.\n4. Introduce yourself.\n"
        "5. What would you like me to know about you?\n\n"
        "### Background\n\n6. What is your educational background?\n"
    )
    assert [(q.line, q.text) for q in scan(text).questions] == [
        (5, "Can you tell me a little about yourself?"),
        (6, "Tell me about yourself."),
        (7, "Walk me through your resume."),
        (8, "Introduce yourself."),
        (9, "What would you like me to know about you?"),
        (13, "What is your educational background?"),
    ]


def test_closing_phrases_and_tips_are_not_questions_under_a_questions_heading() -> None:
    # "### Thank you & follow-up" under "## Closing questions": what the candidate says
    # is no question; "### Technical questions" under "## Tips for answering": tips
    text = (
        "## Closing questions\n\n### Thank you & follow-up\n\n"
        "1. Thank you for the interview.\n2. I appreciate the opportunity.\n"
        "3. I'm very interested in this position.\n4. When can I expect to hear back?\n\n"
        "## 💡 Tips for answering\n\n### Technical questions\n\n"
        "1. **Think aloud** (out loud): Share your thought process.\n"
        "2. **Start simple** (first): Then optimize if needed.\n"
        "3. **Stay calm** (always): Take a breath.\n"
    )
    assert [q.text for q in scan(text).questions] == ["When can I expect to hear back?"]


def test_a_numbered_instruction_about_best_practices_is_a_question() -> None:
    # "### 19. Explain API documentation best practices." asks; "## Best practices" and
    # "## 10. Questions to ask the interviewer" are sections of advice
    text = (
        "## Intermediate level\n\n### 18. Explain the OAuth 2.0 flow.\n\nCodes for tokens.\n\n"
        "### 19. Explain API documentation best practices.\n\nOpenAPI, examples.\n\n"
        "### 20. Explain health checks.\n\nLiveness and readiness.\n\n"
        "## Best practices\n\n- Why do you want to version APIs?\n"
    )
    assert [q.text for q in scan(text).questions] == [
        "Explain the OAuth 2.0 flow.",
        "Explain API documentation best practices.",
        "Explain health checks.",
    ]


def test_korean_prompts_written_as_a_noun() -> None:
    # "…의 차이점." ("the difference of …"), "…에 대한 설명과 원리" ("an explanation of
    # …"): prompts without a mark; "성격/장단점" ("personality / pros and cons") names a topic
    text = (
        "## 데이터베이스\n\n"
        "- postgresql과 mysql의 차이점.\n"
        "- JOIN에 대한 설명과 원리 그리고 종류.\n"
        "- 인덱스란 무엇인가요?\n"
    )
    assert [q.text for q in scan(text).questions] == [
        "postgresql과 mysql의 차이점.",
        "JOIN에 대한 설명과 원리 그리고 종류.",
        "인덱스란 무엇인가요?",
    ]
    assert scan("## 성격/장단점\n\n자주 묻는다.\n").questions == []


def test_a_question_label_right_under_pasted_code_starts_the_next_question() -> None:
    # an answer pasted with its code unfenced ("dockerfile", "Copy code", …), and the
    # next "Question:" on the line right under it
    text = (
        "Question: What is Docker?\nAnswer: A tool to run containers.\n\n"
        "Question: Write a Dockerfile for a Java application.\nAnswer:\n\n"
        'dockerfile\nCopy code\nFROM openjdk:11-jre-slim\nENTRYPOINT ["java", "-jar", "app.jar"]\n'
        "Question: What is Docker Compose?\nAnswer: A tool to run several containers.\n\n"
        "Question: What is a volume?\nAnswer: Storage that outlives a container.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (1, "What is Docker?", "A tool to run containers."),
        (
            4,
            "Write a Dockerfile for a Java application.",
            'dockerfile\nCopy code\nFROM openjdk:11-jre-slim\nENTRYPOINT ["java", "-jar", "app.jar"]',
        ),
        (11, "What is Docker Compose?", "A tool to run several containers."),
        (14, "What is a volume?", "Storage that outlives a container."),
    ]


def test_topics_with_under_indented_questions_and_answer_links_in_vietnamese() -> None:
    # "1. Kiến thức Java" over "  + …" indented too little to be its children: a topic
    # over its questions; "[Trả lời](…)" ("answer") links to the answer; "Sự khác nhau
    # giữa …" ("the difference between …") asks; "6. Các câu hỏi …" names questions
    text = (
        "### Vòng 2\n\n"
        "1. Kiến thức Java nền tảng\n"
        "  + Lập trình hướng đối tượng là gì? [Trả lời](https://example.org/oop)\n"
        "  + Sự khác nhau giữa ArrayList và Array.\n"
        "  + Generic là gì?\n\n"
        "2. Kiến thức về Database\n"
        "  + Database là gì?\n"
        "  + Khoá chính là gì?\n\n"
        "6. Các câu hỏi đánh giá khả năng học\n\n"
        "Ở câu hỏi này anh thường hỏi về công nghệ mới.\n"
    )
    found = scan(text)
    assert [(q.text, q.source_note) for q in found.questions] == [
        ("Lập trình hướng đối tượng là gì?", "https://example.org/oop"),
        ("Sự khác nhau giữa ArrayList và Array.", ""),
        ("Generic là gì?", ""),
        ("Database là gì?", ""),
        ("Khoá chính là gì?", ""),
    ]


def test_numbered_problem_headings_under_a_heading_that_names_questions() -> None:
    # "# LeetCode Questions" over "## 1. Path Sum III. You are given …" and its solution:
    # each numbered heading is a problem; numbered sections holding their own questions
    # ("## 1. Career" over "**Q1:** …?") stay sections
    solved = (
        "# LeetCode Questions\n\n"
        "## 1. Path Sum III. Count the paths that sum to a target.\n"
        "```python\nclass Solution: ...\n```\n\n"
        "## 2. Rotting Oranges. Return the minutes until no orange is fresh.\n"
        "```python\nclass Solution: ...\n```\n\n"
        "## 3. Goat Latin.\n```python\nclass Solution: ...\n```\n"
    )
    assert [(q.line, q.text) for q in scan(solved).questions] == [
        (3, "Path Sum III. Count the paths that sum to a target."),
        (8, "Rotting Oranges. Return the minutes until no orange is fresh."),
        (13, "Goat Latin."),
    ]
    assert "class Solution" in scan(solved).questions[0].answer
    sections = (
        "# Rapid-fire interview questions\n\n"
        "## 1. Career\n\n**Q1:** What does an AI engineer do?\n**A:** Builds apps.\n\n"
        "## 2. Models\n\n**Q2:** What are LLMs based on?\n**A:** Transformers.\n\n"
        "## 3. Inference\n\n**Q3:** What is a KV cache?\n**A:** Saved keys and values.\n"
    )
    assert [q.text for q in scan(sections).questions] == [
        "What does an AI engineer do?",
        "What are LLMs based on?",
        "What is a KV cache?",
    ]


def test_question_labels_in_other_languages() -> None:
    # "**Soru:**" (Turkish), "Pregunta:" (Spanish) label a question, mark or not; a label
    # over a topic name ("Frage: Code Review") is not one
    text = (
        "## 🟢 1. SEVİYE: JUNIOR\n"
        "*   **Soru:** Bir diziyi tersten çeviren algoritmayı nasıl yazarsın?\n"
        "*   **Soru:** Nesne yönelimli programlamanın 4 temel direğini anlatın.\n"
        "*   **Soru:** Unit Test ile Integration Test arasındaki temel fark nedir?\n"
    )
    assert [q.text for q in scan(text).questions] == [
        "Bir diziyi tersten çeviren algoritmayı nasıl yazarsın?",
        "Nesne yönelimli programlamanın 4 temel direğini anlatın.",
        "Unit Test ile Integration Test arasındaki temel fark nedir?",
    ]
    assert _kind_of_label("Frage: Code Review") is None


def _kind_of_label(text: str) -> str | None:
    from interview.core.importer import _kind

    return _kind(text)


def test_a_bold_question_with_its_answer_label_glued_on() -> None:
    # pasted from a page: "**1\. …?****Answer:**…" with no space or line between them
    text = (
        "#### PySpark basics\n\n"
        "**1\\. What is lazy evaluation in PySpark?****Answer:**Spark builds the plan first.\n\n"
        "**2\\. Explain actions and transformations. Give examples.****Answer:**\n\n"
        "*   **Transformation:** lazy, returns a DataFrame\n\n"
        "**3\\. When should you use .collect() vs .show()?****Answer:**\n\n*   .show(): a few rows\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "What is lazy evaluation in PySpark?"),
        (5, "Explain actions and transformations. Give examples."),
        (9, "When should you use .collect() vs .show()?"),
    ]
    assert found.questions[0].answer == "Spark builds the plan first."
    assert "lazy, returns a DataFrame" in found.questions[1].answer


def test_snippets_listed_under_a_heading_that_asks_of_each() -> None:
    # "## What is the result?" over one code span per item: each snippet is a question
    # (told apart by every character), asked in the heading's words
    text = (
        "## What is the result?\n\n"
        "1. `x = ('pizza',);print(x)`\n2. `x = ('pizza');print(x)`\n3. `(1, 2) < (1, 2, 3)`\n\n"
        "### Solution\n\nSee the solutions folder.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.context) for q in found.questions] == [
        (3, "`x = ('pizza',);print(x)`", "What is the result?"),
        (4, "`x = ('pizza');print(x)`", "What is the result?"),
        (5, "`(1, 2) < (1, 2, 3)`", "What is the result?"),
    ]
    assert found.unplaced == []


def test_a_chinese_part_name_is_a_section() -> None:
    # "## 三、Wordvec 对比篇" ("part three: comparisons") names a part; its numbered
    # sub-headings are the questions
    text = (
        "## 三、Wordvec 对比篇\n\n### 3.1 word2vec和NNLM对比有什么区别？\n\n前者更快。\n\n"
        "### 3.2 word2vec和tf-idf 在相似度计算时的区别？\n\n稠密与稀疏。\n"
    )
    assert [q.text for q in scan(text).questions] == [
        "word2vec和NNLM对比有什么区别?",
        "word2vec和tf-idf 在相似度计算时的区别?",
    ]


def test_bold_labelled_points_inside_a_heading_answer_are_its_answer() -> None:
    # "**Problem 1: …**" paragraphs inside the answer of "### Q2: …?" are points of it
    text = (
        '### Q1: "Walk me through your project."\n\n**Answer**:\nA RAG system for renders.\n\n'
        '### Q2: "What problem does this solve?"\n\n**Answer**:\n"It solves three problems:\n\n'
        "**Problem 1: Geometric hallucination**\nModels distort the layout.\n\n"
        "**Problem 2: Style ambiguity**\nPrompts are vague.\n\n"
        '**Problem 3: Stale knowledge**\nWeights cannot learn new styles."\n\n'
        '### Q3: "Explain how CLIP enables retrieval."\n\n**Answer**:\nShared embeddings.\n'
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Walk me through your project.",
        "What problem does this solve?",
        "Explain how CLIP enables retrieval.",
    ]
    assert "Prompts are vague." in found.questions[1].answer


def test_numbered_problems_of_a_written_test() -> None:
    # "笔试-…" (a written test) over "## 1. 世界杯开幕式" and its approach and code: each
    # numbered heading is a problem, "**Code(Python)**" is part of its answer
    text = (
        "笔试-字节跳动-180812\n===\n共 3 道编程题\n\n"
        "## 1. 世界杯开幕式\n\n**思路**\n- dfs 搜索联通区域\n\n**Code(Python)**\n```python\npass\n```\n\n"
        "## 2. 文章病句标识\n\n**思路**\n- 区间合并\n\n**Code(90%)**\n```python\npass\n```\n\n"
        "## 3. 直播爱好者\n\n**思路**\n- 贪心\n"
    )
    assert [q.text for q in scan(text).questions] == ["世界杯开幕式", "文章病句标识", "直播爱好者"]
    # a problem whose section opens with "**Code(90%)**" over its fence keeps its title
    code_first = text.replace("**思路**\n- 区间合并\n\n**Code(90%)**", "**Code(90%)**")
    assert [q.text for q in scan(code_first).questions][1] == "文章病句标识"


def test_headings_set_whole_in_code() -> None:
    # "## `Question 1 - …`": a heading written as one code span reads as its words
    text = (
        "# `100 MySQL Exercises`\n\n"
        "## `Question 1 - Create a database`\n\nCreate `my_db`.\n\n"
        "## `Question 2 - Delete a database`\n\nDrop `my_db`.\n"
    )
    assert [q.text for q in scan(text).questions] == [
        "Create a database",
        "Delete a database",
    ]


def test_plain_lines_that_ask_under_a_topic_label_after_a_rule() -> None:
    # after a rule under the last heading question, "RAG：" over plain lines that ask
    # (a design topic among them), then more such blocks: each line is a question
    text = (
        "## 1. 🤖 Embedding 是什么？\n\n向量表示。\n\n---\n\n"
        "RAG：\n多路召回是什么？\n文档怎么存的？粒度是多大？\n为啥要用到图数据库？\n\n"
        "系统设计题：\n短链系统\n给你一部长篇小说，怎么做文档切割？\n分布式锁是什么实现的？\n"
        "怎么做到论文翻译？\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.topics) for q in found.questions] == [
        (1, "Embedding 是什么?", []),
        (8, "多路召回是什么?", ["RAG"]),
        (9, "文档怎么存的?粒度是多大?", ["RAG"]),
        (10, "为啥要用到图数据库?", ["RAG"]),
        (13, "短链系统", ["系统设计题"]),
        (14, "给你一部长篇小说,怎么做文档切割?", ["系统设计题"]),
        (15, "分布式锁是什么实现的?", ["系统设计题"]),
        (16, "怎么做到论文翻译?", ["系统设计题"]),
    ]
    assert found.questions[0].answer == "向量表示。"


def test_plain_lines_that_each_end_by_asking_under_a_title_line() -> None:
    # "🖥️ Operating System" then, folded into its paragraph, lines that each end by
    # asking ("…알려주세요.", "…설명해주세요."): a question a line
    text = (
        "🌐 Network\n- OSI 7계층에 대해 설명해주세요.\n- TCP와 UDP의 차이를 설명해주세요.\n\n\n"
        "🖥️ Operating System\n"
        "프로세스와 스레드의 차이를 알려주세요.\n"
        "캐시의 지역성에 대해 설명해주세요.\n"
        "가상 메모리에 대해 설명해주세요.\n"
        "Swapping에 대해 설명해주세요.\n"
    )
    assert [q.line for q in scan(text).questions] == [2, 3, 7, 8, 9, 10]
    # a story told line by line is not a list of questions
    story = "면접 후기\n자기소개를 했다.\n프로젝트를 설명했다.\n코딩 테스트를 풀었다.\n결과를 기다린다.\n"
    assert scan(story).questions == []


def test_an_exams_rules_are_not_its_questions() -> None:
    # "### General Instructions" over "- You are **not** allowed to …": the exam's rules;
    # its parts under "## Question 1" ask ("Explain …")
    text = (
        "# Exam Introduction to Programming\n\n## Instructions\n\n### General Instructions\n"
        "- You are **not** allowed to use a calculator.\n"
        "- You are **not** allowed to use a dictionary.\n"
        "- Make sure your face is visible for the webcam.\n\n"
        "## Question 1: Theory\n\n### Part A: Types of errors\n"
        "Explain the difference between compile-time and run-time errors.\n\n"
        "### Part B: Overloading\nExplain the concept of overloading methods.\n"
    )
    texts = [q.text for q in scan(text).questions]
    assert not any(t.startswith(("You are", "Make sure")) for t in texts)
    # questions under a section named for the rules, which ask, are kept
    mcq = (
        "# MCQ\n\n## Instructions\nChoose the best answer.\n\n---\n\n"
        "### Question 1\nWhat is prompt engineering?\n\nA) Building prompts  \n"
        "B) Designing inputs  \n\n**Answer: B**\n\n---\n\n"
        "### Question 2\nWhat is few-shot prompting?\n\nA) Examples  \nB) None  \n\n"
        "**Answer: A**\n\n---\n\n"
        "### Question 3\nWhat is chain of thought?\n\nA) Steps  \nB) None  \n\n"
        "**Answer: A**\n"
    )
    assert [(q.line, q.answer) for q in scan(mcq).questions] == [(8, "B"), (18, "A"), (28, "A")]


def test_items_linked_to_the_note_that_answers_them() -> None:
    # an Obsidian checklist: "- [ ] … — [[note#section|Ответ]]" ("answer"): each item is
    # asked, its answer in that note
    text = (
        "## Логистическая регрессия\n"
        "- [ ] 1.1 Вывод сигмоидной функции из модели Бернулли. — [[Models/Logistic#Формула|Ответ]]\n"
        "- [ ] 1.5 Интерпретация коэффициентов как log-odds. — [[Models/Logistic#Odds|Ответ]]\n"
        "- [ ] Что такое правдоподобие? — [[Models/Likelihood|Ответ]]\n"
    )
    found = scan(text)
    assert [(q.text, q.source_note) for q in found.questions] == [
        ("Вывод сигмоидной функции из модели Бернулли.", "Models/Logistic#Формула"),
        ("Интерпретация коэффициентов как log-odds.", "Models/Logistic#Odds"),
        ("Что такое правдоподобие?", "Models/Likelihood"),
    ]


def test_a_chinese_question_that_asks_on_after_its_mark() -> None:
    # "什么是内部类？内部类的作用" ("what is an inner class? what it is for"): one question
    text = "## Java\n\n- 什么是内部类？内部类的作用\n- 接口的意义是什么？\n- 进程和线程的区别\n"
    assert [q.text for q in scan(text).questions] == [
        "什么是内部类?内部类的作用",
        "接口的意义是什么?",
        "进程和线程的区别",
    ]


def test_short_questions_answered_on_their_own_line() -> None:
    # "1. Ridge vs Lasso? Ridge shrinks …": the question, then its answer on the line;
    # "…? Give an example." asks twice, it is no answer
    text = (
        "## 02 Linear regression\n\n"
        "1. Ridge vs Lasso? Ridge shrinks weights. Lasso can zero them out.\n"
        "2. Why scale features? Gradient descent converges faster on one scale.\n"
        "3. What is overfitting? Give an example.\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("Ridge vs Lasso?", "Ridge shrinks weights. Lasso can zero them out."),
        ("Why scale features?", "Gradient descent converges faster on one scale."),
        ("What is overfitting? Give an example.", ""),
    ]
    # "True or False? …" asks of the statement after it
    quiz = "- Question 2.1: True or False? k-NN can be applied to regression.\n  - Answer: True\n"
    assert [q.text for q in scan(quiz).questions] == [
        "True or False? k-NN can be applied to regression."
    ]


def test_a_document_of_bold_items_each_answered_below() -> None:
    # "* **…**" items, each with its answer as nested points; most are bold topics, many
    # ask ("…的区别"): every bold item is a question, its points the answer (not more
    # questions, even where a point says "是否")
    items = [
        "java中==和equals的区别",
        "int与integer的区别",
        "Java内存模型",
        "抽象类和接口的区别",
        "类加载过程",
    ]
    text = "# Android面试题\n\n" + "\n".join(
        f"###\n* **{item}**\n\n\t* 判断的就是值是否相等。\n" for item in items
    )
    found = scan(text)
    assert [q.text for q in found.questions] == items


def test_plain_lines_that_each_ask_folded_into_one_paragraph() -> None:
    # "手写promise" / "说说你对 Promise 的了解？" / …: one question a line, no markup; a
    # template of labels ("Question: ..." / "Answer: ...") is not a list of questions
    text = (
        "## 2\n\n手写promise\n说说你对 Promise 的了解？\n"
        "promise.race、promise.all 有哪些区别？\npromise 是否可以取消？\n实现 Promise.race 函数\n"
    )
    assert [q.line for q in scan(text).questions] == [3, 4, 5, 6, 7]
    template = "Format:\nQuestion: ...\nAnswer: ...\nChoices: ...\n"
    assert scan(template).questions == []


def test_a_footnote_after_a_question_hides_no_mark() -> None:
    text = (
        "### Probability\n\n"
        "- You flip a fair coin 10 times and get 10 heads. What is the chance of heads next? [^r1]\n"
        "- Explain the Central Limit Theorem. Why does it matter for A/B tests? [^g2]\n"
        "- What is a p-value? [^q3]\n\n[^r1]: reddit\n[^g2]: glassdoor\n[^q3]: a quiz\n"
    )
    texts = [q.text for q in scan(text).questions]
    assert texts[2] == "What is a p-value?"
    assert len(texts) == 3


def test_a_true_or_false_quiz_whose_labels_state_only_the_level() -> None:
    # "**Question 1**: Recall - Basic" over the statement and its boxes; an answer key
    # below says each statement again with its verdict
    text = (
        "# Quiz: Gradient descent\n\n## Questions\n\n"
        "**Question 1**: Recall - Basic\n\n"
        "A learning rate that is too large can make the loss diverge.\n\n"
        "- [ ] True\n- [ ] False\n\n---\n\n"
        "**Question 2**: Apply - Advanced\n\n"
        "Momentum always slows convergence on ill-conditioned problems.\n\n"
        "- [ ] True\n- [ ] False\n\n---\n\n"
        "## Answer Key\n\n"
        "**Question 1**: Recall - Basic\n\n"
        "**Statement**: A learning rate that is too large can make the loss diverge.\n\n"
        "**True**: each step overshoots the minimum by more than it gains.\n\n"
        "**Question 2**: Apply - Advanced\n\n"
        "**Statement**: Momentum always slows convergence on ill-conditioned problems.\n\n"
        "**False**: it damps the zig-zag across a narrow valley and speeds it up.\n"
    )
    found = scan(text)
    assert [(q.line, q.text.split("\n")[0], q.difficulty) for q in found.questions] == [
        (5, "A learning rate that is too large can make the loss diverge.", "easy"),
        (14, "Momentum always slows convergence on ill-conditioned problems.", "hard"),
    ]
    assert [q.answer.split("\n")[0] for q in found.questions] == [
        "**True**: each step overshoots the minimum by more than it gains.",
        "**False**: it damps the zig-zag across a narrow valley and speeds it up.",
    ]
    assert [(line, first) for line, first, _ in found.duplicates] == [(25, 5), (31, 14)]


def test_how_to_hand_in_the_exercises_is_not_a_question() -> None:
    text = (
        "### Description\n"
        "* Write your queries in a file named `answers.md` and open a pull request.\n"
        "* Please run every query before you send it.\n\n"
        "# SQL Queries\n"
        "1. Find the five most recent orders of each customer.\n"
        "2. Count the orders per month in 2023, with months that had none.\n"
        "3. List the products never ordered.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [6, 7, 8]  # "Count …" among them


def test_a_checklist_of_problems_under_a_title_that_names_them() -> None:
    text = (
        "# Review Questions\n\nWork through one group a week.\n\n### Week 1\n\n<details>\n\n"
        "<summary>Array</summary>\n\n"
        "* [ ] Two Sum\n* [ ] 3Sum\n* [ ] Container With Most Water :star:\n"
        "* [x] Pow(x, n)\n\n</details>\n\n"
        "## Things to study\n\n"  # topics, in sentence case: not problems
        "* [ ] Incident response\n* [ ] Error budgets and alerting\n* [ ] Capacity planning\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (11, "Two Sum"),
        (12, "3Sum"),
        (13, "Container With Most Water"),
        (14, "Pow(x, n)"),
    ]


def test_flash_cards_are_terms_to_define() -> None:
    text = (
        "# Statistics Flashcards (3 Key Terms)\n\n## Inference\n\n"
        "1.  **Standard error**\n"
        "    *   The spread of an estimate across repeated samples.\n\n"
        "2.  **Type I vs. Type II error**\n"
        "    *   **Type I**: rejecting a true null hypothesis.\n"
        "    *   **Type II**: keeping a false one.\n\n"
        "3.  **Statistical power**\n"
        "    *   The chance of rejecting the null when the effect is real.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (5, "Standard error"),
        (8, "Type I vs. Type II error"),
        (12, "Statistical power"),
    ]
    assert found.questions[0].answer == ("*   The spread of an estimate across repeated samples.")
    assert found.questions[1].answer.count("**Type I") == 2


def test_spanish_questions_numbered_with_a_dash() -> None:
    text = (
        "## Preguntas básicas\n\n"
        "1 - ¿Qué es una variable?\n- Respuesta: Un nombre que guarda un valor.\n\n"
        "2 - Explica qué es un bucle.\nRespuesta: Un bloque que se repite.\n\n"
        "3 - ¿Qué es una función?\n- Respuesta: Un bloque con nombre que se puede llamar.\n\n"
        "4 - Menciona dos tipos de datos.\n- Respuesta: Números y cadenas.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "¿Qué es una variable?"),
        (6, "Explica qué es un bucle."),
        (9, "¿Qué es una función?"),
        (12, "Menciona dos tipos de datos."),
    ]
    assert [q.answer for q in found.questions] == [
        "Un nombre que guarda un valor.",
        "Un bloque que se repite.",
        "Un bloque con nombre que se puede llamar.",
        "Números y cadenas.",
    ]


def test_an_exercise_sheet_of_topic_headings_each_over_one_problem() -> None:
    text = (
        "# Conditional probability\n"
        "A family has two children and at least one of them is a girl. Assuming each "
        "child is a girl with probability one half, what is the chance both are girls?\n\n"
        "# Densities\n"
        "Break a stick of unit length at two points chosen at random. Find the probability "
        "that the three pieces can form a triangle.\n\n"
        "# Densities\n"
        "Pick two numbers uniformly at random from the unit interval. What is the "
        "probability that their sum is less than one and their product below two ninths?\n\n"
        "# Expectation\n"
        "A die is rolled until a six appears. How many rolls do you expect to make, and "
        "what is the variance of that number?\n"
    )
    found = scan(text)
    assert [(q.line, q.text[:24], q.topics) for q in found.questions] == [
        (2, "A family has two childre", ["Conditional probability"]),
        (5, "Break a stick of unit le", ["Densities"]),
        (8, "Pick two numbers uniform", ["Densities"]),
        (11, "A die is rolled until a ", ["Expectation"]),
    ]


def test_a_named_task_whose_question_comes_after_its_setting() -> None:
    text = (
        "# Estimation\n\n"
        "## Task 1. Two estimators\n\n"
        "We draw a sample $X_1, \\dots, X_n$ with mean $\\mu$. Consider two estimators:\n\n"
        "1. the sample mean;\n2. the mean of the first and last draws.\n\n"
        "Check whether both are unbiased. Which has the smaller variance?\n\n"
        "## Task 2. Method of moments\n\n"
        "$X$ is uniform on $[0, a]$ with $a$ unknown.\n\n"
        "From the sample $x_1, \\dots, x_n$, derive the method-of-moments estimator of $a$.\n\n"
        "Hint: match $E(X) = a/2$ with the sample mean.\n\n"
        "## Task 3. Sample size\n\n"
        "A survey wants a margin of error of 2 points at 95% confidence.\n\n"
        "How many people must it ask?\n\nJustify the answer.\n"
    )
    found = scan(text)
    assert [(q.line, q.text.split("\n")[-1]) for q in found.questions] == [
        (3, "Check whether both are unbiased. Which has the smaller variance?"),
        (12, "From the sample $x_1, \\dots, x_n$, derive the method-of-moments estimator of $a$."),
        (20, "Justify the answer."),
    ]
    assert found.questions[0].text.startswith("We draw a sample")
    assert [q.answer for q in found.questions] == ["", "", ""]
    assert found.questions[1].hints == ["match $E(X) = a/2$ with the sample mean."]


def test_a_template_to_fill_in_is_not_questions() -> None:
    text = (
        "# Typical questions\n\n1. Why does attention scale by the square root of d?\n"
        "2. What does the KV cache store?\n3. Why can fine-tuning not fix facts?\n\n"
        "# Project review template\n\n"
        "1. Background: why this project was worth doing.\n"
        "2. Architecture: data, model, training and serving.\n"
        "3. Results: which metric shows it worked.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 4, 5]


def test_an_exam_list_of_numbered_topics_is_questions() -> None:
    text = (
        "# Перечень вопросов к экзамену по курсу «Машинное обучение»\n\n"
        "## Раздел 1. Основы\n"
        "1. **Смещение и разброс.** Разложение ошибки, примеры для k-NN и деревьев.\n"
        "2. **Регуляризация.** L1 и L2, их геометрический смысл.\n\n"
        "## Раздел 2. Нейронные сети\n"
        "3. **Обратное распространение ошибки.** Вывод для двухслойной сети.\n"
    )
    found = scan(text)
    assert [(q.line, q.text.split(".")[0]) for q in found.questions] == [
        (4, "Смещение и разброс"),
        (5, "Регуляризация"),
        (8, "Обратное распространение ошибки"),
    ]


def test_exercises_each_in_an_html_table_with_a_folded_answer() -> None:
    block = (
        '<table border=1 width=100%>\n<tr>\n    <th align="left">EXERCISE {n}</th>\n'
        '    <th align="center">OUTPUT</th>\n</tr>\n<tr>\n'
        "    <td>{task}</td>\n    <td><img src='out_{n}.png' alt='Image'></td>\n</tr>\n"
        "<tr>\n<td colspan=2>\n<details>\n<summary>Click here to see the answer</summary>\n\n"
        "```sql\n{query}\n```\n\n</details>\n</td>\n</tr>\n</table>\n"
    )
    text = "\n".join(
        [
            block.format(
                n=1,
                task="List every row of the <strong>orders</strong> table.",
                query="SELECT * FROM orders;",
            ),
            block.format(
                n=2,
                task="Count the orders per customer.",
                query="SELECT customer_id, COUNT(*) FROM orders GROUP BY 1;",
            ),
            block.format(
                n=3,
                task="List the customers with no orders.",
                query="SELECT c.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id "
                "WHERE o.id IS NULL;",
            ),
        ]
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "List every row of the **orders** table."),
        (26, "Count the orders per customer."),
        (49, "List the customers with no orders."),
    ]
    assert [q.answer for q in found.questions][:2] == [
        "```sql\nSELECT * FROM orders;\n```",
        "```sql\nSELECT customer_id, COUNT(*) FROM orders GROUP BY 1;\n```",
    ]


def test_a_named_task_set_in_a_formal_imperative() -> None:
    text = (
        "### Практика (3 задачи)\n\n"
        "1. **Debounce:** Напишите функцию `debounce` с нуля.\n"
        "2. **Promise.all:** Реализуйте упрощённую версию `Promise.all()`.\n"
        "3. **LRU:** Спроектируйте кэш LRU с операциями за O(1).\n\n"
        "### STAR\n\n"
        "- **Tarefa:** Explique qual era o desafio.\n"
        "- **Ação:** Conte o que você fez.\n"
    )
    found = scan(text)
    assert [(q.line, q.text.split(":")[0]) for q in found.questions] == [
        (3, "Debounce"),
        (4, "Promise.all"),
        (5, "LRU"),
    ]


def test_a_table_whose_question_column_holds_codes() -> None:
    text = (
        "### Perguntas Gerais (Grupo A)\n\n"
        "| Pergunta | Descrição |\n|:---:|:---:|\n"
        "| A1 | Você já fez algum curso formal de computação? |\n"
        "| A2 | Você já trabalhou com bancos de dados relacionais? |\n"
        "| A3 | Qual linguagem você usa no dia a dia? |\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (5, "Você já fez algum curso formal de computação?", ""),
        (6, "Você já trabalhou com bancos de dados relacionais?", ""),
        (7, "Qual linguagem você usa no dia a dia?", ""),
    ]


def test_slide_comments_before_items_and_polish_prompts() -> None:
    text = (
        "## Przykładowe pytania\n\n"
        '* <!-- .element: class="fragment fade-in" --> Co to jest polimorfizm?\n'
        '* <!-- .element: class="fragment fade-in" --> Napisz funkcję odwracającą listę.\n'
        '* <!-- .element: class="fragment fade-in" --> Opowiedz o swoim ostatnim projekcie.\n'
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Co to jest polimorfizm?",
        "Napisz funkcję odwracającą listę.",
        "Opowiedz o swoim ostatnim projekcie.",
    ]


def test_a_heading_naming_a_kind_of_questions_is_not_one() -> None:
    text = (
        "### Design Questions - Popular Systems (2)\n\n"
        "**Q1: Design a URL shortener (like bit.ly)**\n- Requirements: 100M URLs a day\n\n"
        "**Q2: Design a web crawler**\n- Requirements: respect robots.txt\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "Design a URL shortener (like bit.ly)"),
        (6, "Design a web crawler"),
    ]
    assert found.questions[1].answer == "- Requirements: respect robots.txt"


def test_a_step_of_a_walkthrough_that_is_its_follow_up_questions() -> None:
    text = (
        "# URL shortener walkthrough\n\n## Step 1: Requirements\n\n- Shorten a URL? Yes\n\n"
        "## Step 10: Common Interview Follow-ups\n\n"
        '### Q1: "How do you handle collisions?"\n**Answer:** Check and regenerate.\n\n'
        '### Q2: "How do you expire links?"\n**Answer:** Lazily on read, and in a nightly job.\n'
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (9, "How do you handle collisions?", "Check and regenerate."),
        (12, "How do you expire links?", "Lazily on read, and in a nightly job."),
    ]


def test_numbered_topics_each_over_a_question_and_an_empty_answer_box() -> None:
    box = "**Espaço para resposta:**\n```\n[Seu texto aqui]\n```\n\n---\n\n"
    text = (
        "# Perguntas Teóricas\n\nResponda as perguntas abaixo.\n\n---\n\n"
        "## 1. Conceitos\n\n"
        "### 1.1 Regressão\nO que é um teste de regressão e quando executá-lo?\n\n"
        + box
        + "### 1.2 Tipos de Testes\nExplique a diferença entre teste funcional e não "
        "funcional. Dê exemplos de cada tipo.\n\n"
        + box
        + "### 1.3 Pirâmide\nO que a pirâmide de testes recomenda, e por quê?\n\n"
        + box
        + "### 1.4 Flaky\nComo você lidaria com um teste que falha de vez em quando?\n\n"
        + box
    )
    found = scan(text)
    assert [q.text.split(" ")[0] for q in found.questions] == ["O", "Explique", "O", "Como"]
    assert [q.topics for q in found.questions][:2] == [["Regressão"], ["Tipos de Testes"]]
    assert all(q.missing_answer for q in found.questions)  # the box is not an answer


def test_exercises_set_in_the_infinitive() -> None:
    text = (
        "### Capítulo 1: Python\n\n"
        "- Escrever uma função em Python para somar os números pares de uma lista.\n"
        "- Encontrar dois números em uma lista que somem um valor alvo.\n\n"
        "### Capítulo 2: JavaScript\n\n"
        "- Escrever uma função para inverter uma string sem usar `reverse()`.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 4, 8]


def test_one_line_prompts_each_over_its_points_under_a_questions_heading() -> None:
    text = (
        "## SQL interview questions\n\n"
        "order in which SQL runs a query\n\n- `from` > `where` > `group by` > `select`\n\n"
        "difference between `where` and `having`\n\n- where filters rows, having filters groups\n\n"
        "when to use a window function\n\n- for a running total that keeps every row\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (3, "order in which SQL runs a query", "- `from` > `where` > `group by` > `select`"),
        (
            7,
            "difference between `where` and `having`",
            "- where filters rows, having filters groups",
        ),
        (11, "when to use a window function", "- for a running total that keeps every row"),
    ]


def test_an_exams_lettered_parts_are_its_questions() -> None:
    text = (
        "# Exam\n\n## Question 1: Theory\n\n"
        "### Part A: Errors\nExplain the difference between compile-time and run-time errors.\n\n"
        "### Part B: Overloading\nExplain what overloading a method means.\n\n"
        "## Question 2: Practice\n\n"
        "### Part A: Loops\nWrite a loop that prints the even numbers below 20.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.sections[-1]) for q in found.questions] == [
        (5, "Explain the difference between compile-time and run-time errors.", "Theory"),
        (8, "Explain what overloading a method means.", "Theory"),
        (13, "Write a loop that prints the even numbers below 20.", "Practice"),
    ]
    assert [(line, why) for line, _, why in found.skipped] == [
        (3, "the title of the parts below it"),
        (11, "the title of the parts below it"),
    ]


def test_korean_numbers_in_code_and_summaries_over_two_lines() -> None:
    text = (
        "### 테스팅\n\n"
        "`24번` - 단위 테스트와 통합 테스트의 차이를 설명해 주세요.\n\n"
        "`25번` - 뮤텍스와 세마포어에 대해서 설명해 보시오.\n\n"
        "<details>\n<summary>자바의 기본형과 참조형의 차이에 대해 \n설명해주세요.</summary>\n\n"
        "기본형은 값을, 참조형은 주소를 담는다.\n</details>\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "단위 테스트와 통합 테스트의 차이를 설명해 주세요."),
        (5, "뮤텍스와 세마포어에 대해서 설명해 보시오."),
        (8, "자바의 기본형과 참조형의 차이에 대해 설명해주세요."),
    ]
    assert found.questions[2].answer == "기본형은 값을, 참조형은 주소를 담는다."


def test_a_lessons_fields_and_closing_summary_are_not_questions() -> None:
    text = (
        "# Lesson 2.6: Git Q&A\n\n"
        "> **Duration**: 10 min | **Section**: A - What IS Git? (Wrap-up)\n\n"
        "| Question | Answer |\n|---|---|\n"
        "| What's HEAD? | A pointer to where you are |\n"
        "| How do I undo a commit? | `git revert <sha>` |\n\n"
        "## Section complete\n\nYou now understand:\n"
        "- What Git is and why it exists\n- How commits and staging work\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == ["What's HEAD?", "How do I undo a commit?"]


def test_html_bold_around_an_item_is_bold() -> None:
    text = (
        "# 예상 면접 질문\n\n## HTML/CSS\n\n"
        "- <b>웹 표준, 웹 접근성이란?</b>\n  > 누구나 같은 정보를 얻게 하는 것\n"
        "- <b>반응형은 무엇으로 작업하는가?</b>\n- <strong>CSS 우선 순위는 어떻게 정해지나요?</strong>\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (5, "웹 표준, 웹 접근성이란?"),
        (7, "반응형은 무엇으로 작업하는가?"),
        (8, "CSS 우선 순위는 어떻게 정해지나요?"),
    ]
    assert found.questions[0].answer == "> 누구나 같은 정보를 얻게 하는 것"


def test_a_list_of_rules_is_not_a_list_of_questions() -> None:
    text = (
        "## Check your understanding\n\n- What does compliance mean?\n"
        "- What are the two goals of a compliance program?\n\n"
        "## Conditions\n\nYou may need to meet the following conditions:\n"
        "- Retain copyright notices\n- Provide a copy of the license\n"
        "- Provide notice of modifications\n"
        "- Do not use the project's name to endorse your product\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 4]


def test_bold_topics_among_bold_questions_under_a_questions_title() -> None:
    text = (
        "# 예상 면접 질문\n\n## HTML/CSS\n\n"
        "- **웹 표준이란?**\n- **레거시 코드**\n- **시멘틱 태그**\n"
        "- **CSS 우선 순위**\n- **id와 class의 차이**\n\n"
        "## 풀이 순서\n\n1. **가설:**\n2. **계산:**\n3. **결론:**\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "웹 표준이란?",
        "레거시 코드",
        "시멘틱 태그",
        "CSS 우선 순위",
        "id와 class의 차이",
    ]


def test_fill_in_the_blank_cards_folded_in_details() -> None:
    card = "<details>\n\t<summary>\n\t\t{prompt}\n\t</summary>\n\t\t{answer}\n</details>\n"
    text = "\n".join(
        [
            card.format(
                prompt="A Pod's _____ field records when its condition was last probed.",
                answer="lastProbeTime",
            ),
            card.format(
                prompt="_____, Ready and Initialized are types of Pod condition.",
                answer="PodScheduled",
            ),
            card.format(prompt="Can you roll out a DaemonSet update? _____", answer="Yes"),
        ]
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (2, "A Pod's _____ field records when its condition was last probed.", "lastProbeTime"),
        (9, "_____, Ready and Initialized are types of Pod condition.", "PodScheduled"),
        (16, "Can you roll out a DaemonSet update?", "Yes"),
    ]


def test_an_html_list_of_follow_ups_under_a_folded_question() -> None:
    text = (
        "<details>\n  <summary><h3>1. 시스템 콜이 무엇인지 설명해 주세요.</h3></summary>\n<ul>\n"
        "<li> 시스템 콜의 예시를 들어주세요.</li>\n<li> 왜 유저모드와 커널모드를 구분해야 하나요? </li>\n"
        "</ul>\n</details>\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (2, "시스템 콜이 무엇인지 설명해 주세요.", ""),
    ]
    assert found.questions[0].follow_ups == [
        "시스템 콜의 예시를 들어주세요.",
        "왜 유저모드와 커널모드를 구분해야 하나요?",
    ]


def test_a_list_pasted_inside_a_markdown_fence() -> None:
    text = (
        "Here are the questions, in Markdown:\n\n```markdown\n# Docker Interview Questions\n\n"
        "### 1. What is Docker?\n**Answer:** A platform that runs apps in containers.\n\n"
        "### 2. What is a Dockerfile?\n**Answer:** The steps that build an image.\n\n"
        "```dockerfile\nFROM python:3.12\n```\n\n"
        "### 3. What is Docker Compose?\n**Answer:** A file that runs several containers.\n"
        "```\n\n"
        "### What is a runbook?\n\n**Answer**: Steps for an incident, for example:\n\n"
        "```markdown\n# High CPU\n\n## Symptoms\n- CPU above 90%\n\n## Resolution\n1. Scale up\n```\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (6, "What is Docker?"),
        (9, "What is a Dockerfile?"),
        (16, "What is Docker Compose?"),
        (20, "What is a runbook?"),
    ]
    assert "## Symptoms" in found.questions[3].answer  # an example in an answer stays code
    assert found.questions[1].answer.endswith("FROM python:3.12\n```")


def test_a_follow_up_folded_inside_a_folded_answer() -> None:
    text = (
        "<details>\n<summary>JAVA의 컴파일 과정을 설명해주세요.</summary>\n<br/>\n"
        "javac가 바이트코드를 만들고 JVM이 실행합니다.\n\n"
        "<details>\n<summary>꼬리질문1: 클래스 로더의 동작방식을 설명해주세요.</summary>\n<br/>\n"
        "로드, 링크, 초기화 순서로 진행합니다.\n</details>\n</details>\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (2, "JAVA의 컴파일 과정을 설명해주세요.", "javac가 바이트코드를 만들고 JVM이 실행합니다."),
        (
            7,
            "꼬리질문1: 클래스 로더의 동작방식을 설명해주세요.",
            "로드, 링크, 초기화 순서로 진행합니다.",
        ),
    ]


def test_bold_questions_answered_on_their_line_with_bold_follow_ups() -> None:
    text = (
        "Answer the following review questions.\n\n"
        "1. **What is virtualization?** Turning one physical resource into many virtual ones.\n"
        "2. **What illusion does a virtualized CPU give?** that many programs run at once\n"
        "    - **How does this affect the user?** \n"
        "    - **What if the CPU were not virtualized?** one program at a time\n"
        "3. **What is atomicity?** When a group of operations happens all or not at all.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (3, "What is virtualization?", "Turning one physical resource into many virtual ones."),
        (4, "What illusion does a virtualized CPU give?", "that many programs run at once"),
        (7, "What is atomicity?", "When a group of operations happens all or not at all."),
    ]
    assert found.questions[1].follow_ups == [
        "How does this affect the user?",
        "What if the CPU were not virtualized?",
    ]


def test_your_answer_goes_here_is_no_answer() -> None:
    found = scan(
        "### What is a commit?\n\nYour answer goes here\n\n### What is a branch?\n\nA movable pointer to a commit.\n"
    )
    assert [(q.text, q.missing_answer) for q in found.questions] == [
        ("What is a commit?", True),
        ("What is a branch?", False),
    ]


def test_turkish_and_japanese_prompts_and_a_topic_and_best_practices_section() -> None:
    text = (
        "## 5. Exception Handling ve Best Practices\n"
        "- Checked ve unchecked exception farkı nedir?\n"
        "- Custom exception nasıl yazılır?\n\n"
        "## Kodlama\n"
        "- Typecasting'i açıklayın ve kod örneği gösterin.\n"
        "- JS で Deep Clone を実装する\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [2, 3, 6, 7]


def test_a_quiz_result_pasted_as_plain_text() -> None:
    block = (
        "Question {n} of 50\n{stem}\n\nYour Answer\n{answer}\n\nThis answer is correct.\n\n"
        "Describe cloud computing - Training\n\n"
    )
    text = "Answer Summary\n\n" + "".join(
        [
            block.format(
                n=1, stem="Which model charges only for what you use?", answer="consumption-based"
            ),
            block.format(
                n=2,
                stem="Select the answer that correctly completes the sentence.\n\n"
                "Adding RAM to a virtual machine is called [answer choice].",
                answer="vertical scaling",
            ),
            block.format(
                n=3,
                stem="Select the answer that correctly completes the sentence.\n\n"
                "Adding more virtual machines is called [answer choice].",
                answer="horizontal scaling",
            ),
        ]
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 13, 25]
    assert found.questions[1].text.endswith("is called [answer choice].")
    assert "vertical scaling" in found.questions[1].answer


def test_a_labelled_scenario_question_with_its_choices() -> None:
    block = (
        "## Question #{n}\n\n\n**Question:**\n\n{scene}\n\nWhich control BEST fits?\n\n"
        "- **A)** {a}\n- **B)** {b}\n\n*Think about it before scrolling...*\n\n"
        "📌 **Answer: {key}**\n\n---\n\n"
    )
    text = "".join(
        [
            block.format(
                n=1,
                scene="A bank must keep audit logs for seven years.",
                a="Retention policy",
                b="Firewall",
                key="A",
            ),
            block.format(
                n=2,
                scene="Staff keep clicking phishing links.",
                a="Awareness training",
                b="Disk encryption",
                key="A",
            ),
            block.format(
                n=3,
                scene="A laptop with customer data was stolen.",
                a="Full-disk encryption",
                b="A longer password policy",
                key="A",
            ),
        ]
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [1, 19, 37]
    assert found.questions[1].text == (
        "Staff keep clicking phishing links.\n\nWhich control BEST fits?\n\n"
        "- **A)** Awareness training\n- **B)** Disk encryption"
    )
    assert "**Answer: A**" in found.questions[1].answer


def test_tasks_one_a_paragraph_under_a_line_announcing_how_many() -> None:
    tasks = [
        "Create a namespace dev and switch your context to it.",
        "Deploy a Deployment named web with 3 replicas of nginx.",
        "Scale the web Deployment up to 5 replicas.",
        "Roll back the web Deployment to its previous image.",
        "Expose the web Deployment on port 80 as a ClusterIP Service.",
    ]
    text = (
        "Intro to the practice set.\n\n[Part 2: 5 Practice Questions]\n\n"
        + "\n\n".join(tasks)
        + "\n\nmedium.com\n\n.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == tasks
    # without the count, a run of statements is prose
    assert scan("Some notes.\n\n" + "\n\n".join(tasks) + "\n").questions == []


def test_true_or_false_statements_with_a_folded_check_answer() -> None:
    block = (
        "## Question #: {n:02d}\n\n**{statement}**\n\n- A. True  \n- B. False\n\n"
        "<details>\n<summary><strong>✅ Check Answer</strong></summary>\n\n"
        "## ✅ Correct Answer: {key}\n\n</details>\n\n"
    )
    text = block.format(
        n=1, statement="The state file always matches the live infrastructure.", key="B. False"
    ) + block.format(
        n=2, statement="A provider block is optional when its defaults are enough.", key="A. True"
    )
    found = scan(text)
    assert [(q.line, q.text.split("\n")[0]) for q in found.questions] == [
        (3, "The state file always matches the live infrastructure."),
        (17, "A provider block is optional when its defaults are enough."),
    ]
    assert [q.answer for q in found.questions] == [
        "## ✅ Correct Answer: B. False",
        "## ✅ Correct Answer: A. True",
    ]


def test_german_vietnamese_prompts_and_a_vietnamese_answer_column() -> None:
    text = (
        "#### (P-Frage) Welche Aussagen zur Verteilungssicht sind korrekt? (Wählen Sie "
        "zwei Antworten aus.\n\n- [X] Sie zeigt Knoten.\n- [ ] Sie zeigt Masken.\n\n"
        "### 1 Em hãy mô tả bản thân và kinh nghiệm làm việc\n\nTôi là lập trình viên.\n\n"
        "### 2 Dự án nào mà em tâm đắc nhất :\n\nDự án thanh toán.\n\n"
        "| Câu hỏi | Tag | Câu trả lời |\n|---|---|---|\n"
        "| Sự khác biệt giữa JDK và JRE | java | JDK để phát triển, JRE để chạy |\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [1, 6, 10, 16]
    assert found.questions[3].answer == "JDK để phát triển, JRE để chạy"


def test_a_true_or_false_lead_is_not_a_field_and_no_question_is_only_choices() -> None:
    block = "### Question {n}\n{stem}\n\nA) True  \nB) False\n\n---\n\n"
    text = "".join(
        block.format(n=n, stem=stem)
        for n, stem in enumerate(
            [
                "**True or False:** Azure regions are paired for disaster recovery.",
                "Is a resource group a logical container?",
                "**True or False:** A subscription can hold only one resource group.",
            ],
            start=1,
        )
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "**True or False:** Azure regions are paired for disaster recovery.",
        "Is a resource group a logical container?",
        "**True or False:** A subscription can hold only one resource group.",
    ]
    assert all(not q.answer.startswith("**True or False") for q in found.questions)


def test_a_snippet_and_its_options_above_a_folded_answer_are_asked() -> None:
    # a quiz of "What's the output?" headings: each shows its own code and options, and
    # folds the answer away; the same words over other code are other questions
    block = (
        "###### {n}. What's the output?\n\n```javascript\n{code}\n```\n\n"
        "- A: `{a}`\n- B: `{b}`\n\n<details><summary><b>Answer</b></summary>\n<p>\n\n"
        "#### Answer: {key}\n\n{why}\n\n</p>\n</details>\n\n---\n\n"
    )
    text = "# JavaScript Questions\n\n" + "".join(
        block.format(n=n, code=code, a=a, b=b, key=key, why=why)
        for n, (code, a, b, key, why) in enumerate(
            [
                ("console.log(typeof null)", "object", "null", "A", "A historical quirk."),
                ("console.log(0.1 + 0.2 === 0.3)", "true", "false", "B", "Rounding."),
                ("console.log([] + [])", '""', "[]", "A", "Both become strings."),
            ],
            start=1,
        )
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 24, 45]
    assert found.duplicates == []
    first = found.questions[0]
    assert first.text == (
        "What's the output?\n\n```javascript\nconsole.log(typeof null)\n```\n\n"
        "- A: `object`\n- B: `null`"
    )
    assert first.answer == "A\n\nA historical quirk."
    # ticked boxes above an "Explanation" fold still give the answer, as before
    boxed = scan(
        "### Is a network needed for cloud computing?\n\n- [ ] Yes\n- [x] No\n\n"
        "<details>\n<summary>Explanation</summary>\nPrivate clouds run offline.\n</details>\n"
    )
    assert "[x]" not in boxed.questions[0].text


def test_a_likely_follow_up_in_spanish_behind_a_symbol() -> None:
    block = (
        "### P{n}. {asked}\n\n**✅ Respuesta ideal**\n\n> {answer}\n\n"
        '**🔁 Repregunta probable:** *"{follow}"* → "{gist}"\n\n---\n\n'
    )
    text = "".join(
        block.format(n=n, asked=asked, answer=answer, follow=follow, gist=gist)
        for n, (asked, answer, follow, gist) in enumerate(
            [
                (
                    "¿Qué diferencia hay entre PUT y POST?",
                    "La idempotencia.",
                    "¿Y PATCH?",
                    "Depende.",
                ),
                ("¿Cómo investigas una consulta lenta?", "Con EXPLAIN.", "¿Y el N+1?", "Con logs."),
            ],
            start=1,
        )
    )
    found = scan(text)
    assert [q.follow_ups for q in found.questions] == [["¿Y PATCH?"], ["¿Y el N+1?"]]
    assert [q.answer for q in found.questions] == [
        "**✅ Respuesta ideal**\n\n> La idempotencia.",
        "**✅ Respuesta ideal**\n\n> Con EXPLAIN.",
    ]


def test_follow_ups_answered_where_they_are_asked_stay_in_the_answer() -> None:
    text = (
        "### 题目 1：LoRA 的原理是什么？\n\n**面试口头版回答：**\nLoRA 冻结预训练权重，只训练低秩矩阵。\n\n"
        "**常见追问与回答：**\n- **追问：秩 r 怎么选？** 答：常用 8、16、32。\n"
        "- **追问：LoRA 和 adapter 的区别是什么？** 答：LoRA 可以合并，不增加推理延迟。\n\n"
        "---\n\n### 题目 2：QLoRA 为什么省显存？\n\n**参考答案：** 基模型权重以 4-bit 存储。\n\n"
        "**可能追问与简短回答：**\n- **追问：** 只用 8-bit 量化可以吗？\n  **答：** 可以，但显存节省减半。\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == ["LoRA 的原理是什么?", "QLoRA 为什么省显存?"]
    first, second = found.questions
    assert first.follow_ups == ["秩 r 怎么选？", "LoRA 和 adapter 的区别是什么？"]
    assert second.follow_ups == ["只用 8-bit 量化可以吗？"]
    # the answers given to them are kept, under their label
    assert first.answer.endswith(
        "**常见追问与回答：**\n- **追问：秩 r 怎么选？** 答：常用 8、16、32。\n"
        "- **追问：LoRA 和 adapter 的区别是什么？** 答：LoRA 可以合并，不增加推理延迟。"
    )
    assert second.answer.endswith("  **答：** 可以，但显存节省减半。")
    # a label in the answer's list over its own sub-items, answered in brackets
    listed = scan(
        "### Q1 RAG 的完整流程是什么？\n\n- **答案要点**：\n  1. 检索，再生成。\n- **追问点**：\n"
        "  - RAG 和微调的区别？（答：RAG 外挂知识，微调改参数）\n"
        "  - RAG 适合什么场景？（答：知识库问答）\n\n---\n"
    )
    assert listed.questions[0].follow_ups == ["RAG 和微调的区别？", "RAG 适合什么场景？"]
    assert "（答：知识库问答）" in listed.questions[0].answer


def test_a_titled_question_whose_problem_is_its_first_bullet() -> None:
    text = (
        "# SQL Interview Questions\n\n## 🎯 Why These Questions?\n\nThese questions are built to:\n"
        "- **Mimic Real Interviews**: problems like the ones asked.\n- **Boost Portfolio**: show off.\n\n"
        "## Single-Row Subqueries\n\n#### Question 1.1: Max Score Filter\n"
        "- **Problem**: Write a query to select the rows whose `score` is the maximum score.\n"
        "- **Trick**: Tests a single-row subquery.\n- **Solution (Answer)**:\n"
        "  ```sql\n  SELECT * FROM predictions WHERE score = (SELECT MAX(score) FROM predictions);\n"
        "  ```\n\n#### Question 1.2: Latest Log\n"
        "- **Problem**: Write a query to return the newest row of `logs`.\n"
        "- **Solution (Answer)**:\n  ```sql\n  SELECT * FROM logs ORDER BY ts DESC LIMIT 1;\n  ```\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Max Score Filter\n\nWrite a query to select the rows whose `score` is the maximum score.",
        "Latest Log\n\nWrite a query to return the newest row of `logs`.",
    ]
    assert "ORDER BY ts DESC" in found.questions[1].answer
    assert "**Problem**" not in found.questions[0].answer


def test_questions_under_an_introduction_heading_and_html_anchors_between_them() -> None:
    block = (
        '<a name="q{n}"></a>\n#### {n}. {asked}\n\n{answer}\n\n'
        '<a href="https://example.com/sql">Back To Questions</a>\n\n'
    )
    text = "## Common SQL Questions\n\n### Introduction:\n\nEntry-level questions.\n\n" + "".join(
        block.format(n=n, asked=asked, answer=answer)
        for n, (asked, answer) in enumerate(
            [
                (
                    "How do you find duplicate rows in a table?",
                    "GROUP BY the columns, HAVING count > 1.",
                ),
                (
                    "What is the difference between UNION and UNION ALL?",
                    "UNION removes duplicates.",
                ),
                (
                    "Find the second highest salary in each department.",
                    "Rank salaries per department.",
                ),
            ],
            start=1,
        )
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [8, 15, 22]
    assert [q.answer for q in found.questions] == [
        "GROUP BY the columns, HAVING count > 1.",
        "UNION removes duplicates.",
        "Rank salaries per department.",
    ]
    # an introduction that only introduces still holds no question of the list
    intro = scan(
        "# Notes\n\n## Introduction\n\n### Why read this?\n\nIt is short.\n\n"
        "## Questions\n\n### What is a view?\n\nA stored query.\n"
    )
    assert [q.text for q in intro.questions] == ["What is a view?"]


def test_chinese_numbered_question_headings_and_an_invitation_to_answer_elsewhere() -> None:
    text = (
        "# 每日一题\n\n### 第 1 题：异步笔试题\n\n> 请写出下面代码的运行结果\n\n```js\nconsole.log(1)\n```\n\n"
        "解析：[第 1 题](https://example.com/issues/1)\n\n"
        "### 第 2 题：介绍模块化发展历程\n\n解析：[第 2 题](https://example.com/issues/2)\n\n"
        "### 第 3 题：Async/Await 如何通过同步的方式实现异步\n\n欢迎在 Issue 区留下你的答案。\n"
    )
    found = scan(text)
    assert [(q.line, q.text.split("\n")[0]) for q in found.questions] == [
        (3, "异步笔试题"),
        (13, "介绍模块化发展历程"),
        (17, "Async/Await 如何通过同步的方式实现异步"),
    ]
    assert found.questions[2].missing_answer


def test_chinese_references_and_to_do_headings_are_not_questions() -> None:
    text = (
        "# 数据库\n\n### 什么是事务？\n\n一组要么全做要么全不做的操作。\n\n"
        "### 什么是索引？\n\n加快查询的数据结构。\n\n### 参考\n\n- [MySQL 笔记](https://example.com)\n\n"
        "### 待完成\n- [ ] E-R 模型\n- [ ] [数据类型](https://example.com/types)：VARCHAR和CHAR的区别\n"
        "- [ ] Redis 面试\n"
    )
    assert [q.text for q in scan(text).questions] == ["什么是事务?", "什么是索引?"]


def test_lettered_choices_in_paragraphs_under_a_question_that_asks_in_prose() -> None:
    # one exam question a file: a long scenario that asks at its end, its choices, then
    # "## Feedback"
    one = (
        "# cloud-architect-01\n\nFor this question, refer to the case study.\n\n"
        "Users complain about slow pages. Attacks come from the same IP ranges. You need to "
        "cut latency and stop the attacks before they reach the network. What should you do?\n\n"
        "A. Add firewall rules.\n\nB. Add a load balancer and Cloud Armor.\n\nC. Use a network "
        "policy.\n\n## Feedback\n\nB is correct because Cloud Armor filters at the edge.\n"
    )
    found = scan(one)
    assert [(q.line, q.text) for q in found.questions] == [
        (
            5,
            "Users complain about slow pages. Attacks come from the same IP ranges. You need to "
            "cut latency and stop the attacks before they reach the network. What should you "
            "do?\n\nA. Add firewall rules.\n\nB. Add a load balancer and Cloud Armor.\n\n"
            "C. Use a network policy.",
        )
    ]
    assert found.questions[0].answer == "B is correct because Cloud Armor filters at the edge."
    # a quiz of such questions: each keeps its choices, the key below answers
    quiz = scan(
        "# Practice\n\nWhich service blocks DDoS traffic at the edge?\n\nA. Firewall rules\n\n"
        "B. Cloud Armor\n\nAnswer: B\n\nWhich storage class suits data read once a year?\n\n"
        "A. Standard\n\nB. Archive\n\nAnswer: B\n\nWhat does a health check do?\n\n"
        "A. Encrypts traffic\n\nB. Removes unhealthy backends\n\nAnswer: B\n"
    )
    assert [q.text.split("\n\n")[1:] for q in quiz.questions] == [
        ["A. Firewall rules", "B. Cloud Armor"],
        ["A. Standard", "B. Archive"],
        ["A. Encrypts traffic", "B. Removes unhealthy backends"],
    ]
    assert [q.answer for q in quiz.questions] == ["B", "B", "B"]


def test_chinese_level_tags_in_brackets_are_difficulties() -> None:
    text = (
        "### Q1 【基础】RAG 的完整流程是什么？\n\n检索，再生成。\n\n"
        "### Q2 【进阶】为什么常做混合检索？\n\n两路召回互补。\n\n"
        "### Q3 【困难】如何评估长上下文的召回？\n\n构造针插测试。\n\n"
        "### Q4 【实战】检索不到正确文档，你怎么排查？\n\n逐层看召回。\n"
    )
    found = scan(text)
    assert [(q.text, q.difficulty) for q in found.questions] == [
        ("RAG 的完整流程是什么?", "easy"),
        ("为什么常做混合检索?", "medium"),
        ("如何评估长上下文的召回?", "hard"),
        ("【实战】检索不到正确文档,你怎么排查?", None),  # "hands-on" names no level
    ]


def test_output_questions_take_their_code_and_a_doubt_line_holds_none() -> None:
    block = (
        "#### {n}. What will be the output of the following code?\n\n```javascript\n{code}\n```\n\n"
        "> It prints `{out}`.\n\n## Have doubt in this question ??\n\n"
    )
    text = "# JavaScript Questions\n\n" + "".join(
        block.format(n=n, code=code, out=out)
        for n, (code, out) in enumerate(
            [
                ("console.log(typeof NaN)", "number"),
                ("console.log([] == false)", "true"),
                ("console.log(1 < 2 < 3)", "true"),
                ("console.log(3 > 2 > 1)", "false"),
            ],
            start=1,
        )
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 13, 23, 33]
    assert found.questions[1].text == (
        "What will be the output of the following code?\n\n```javascript\nconsole.log([] == false)\n```"
    )
    assert found.questions[1].answer == "> It prints `true`."
    # a table under "the following kernel types" answers: it stays the answer
    table = scan(
        "## 6. Differentiate between the following kernel types:\n\n| Kernel | Use |\n|---|---|\n"
        "| Linear | text |\n| RBF | images |\n"
    )
    assert table.questions[0].text == "Differentiate between the following kernel types"
    assert table.questions[0].answer.startswith("| Kernel | Use |")


def test_a_continued_follow_ups_section_of_bold_numbered_questions() -> None:
    text = (
        "## 20. What is `context.Context` used for?\nCarry deadlines and cancellation.\n\n"
        "### 🔁 Continued: 10 Follow-up Questions on `context.Context`\n\n"
        "**1. How do you create a cancellable context?**  \nUse `context.WithCancel(parent)`.\n\n"
        "**2. What are best practices with `context.Context`?**  \n- Always cancel it\n"
        "- Never store it in a struct\n\n## 21. What is a goroutine leak?\nA goroutine that never ends.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is `context.Context` used for?",
        "What is a goroutine leak?",
    ]
    assert found.questions[0].follow_ups == [
        "How do you create a cancellable context?",
        "What are best practices with `context.Context`?",
    ]
    assert "Use `context.WithCancel(parent)`." in found.questions[0].answer


def test_a_follow_up_asked_inside_its_bold_label_keeps_its_answer_in_place() -> None:
    text = (
        "## Q1：为什么需要 RAG？\n\n答：模型有知识截止和幻觉。\n\n"
        "**追问：RAG 的三大失败点是什么？** 检索不到、排不上、没用对。\n\n---\n\n"
        "## Q2：分块怎么做？\n\n答：按语义切分。\n\n**追问：分块策略怎么选？给个决策路径。** 先看文档结构。\n"
    )
    found = scan(text)
    assert [q.follow_ups for q in found.questions] == [
        ["RAG 的三大失败点是什么？"],
        ["分块策略怎么选？给个决策路径。"],
    ]
    assert found.questions[0].answer.endswith("检索不到、排不上、没用对。")


def test_bold_numbered_tasks_with_points_beside_the_number() -> None:
    text = (
        "# Mock exam\n\n## Tasks\n\n"
        "**1. (7 pts, domain 1)** Create namespace `team-x` with the restricted policy.\n\n"
        "**2. (8 pts, domain 1)** In `team-x`, create deployment `web` with two replicas.\n\n"
        "**3. (8 pts, domain 2)** Through git only, set the staging replicas to 3.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Create namespace `team-x` with the restricted policy.",
        "In `team-x`, create deployment `web` with two replicas.",
        "Through git only, set the staging replicas to 3.",
    ]


def test_a_bold_question_wrapped_over_lines_with_its_answer_below() -> None:
    text = (
        "## 🎯 Interview Q&A\n\n**Q: What does `LIKE '_a%'` match?**\n`_` takes one character.\n\n"
        "**Q: A filter `score < 50` should catch underperformers, but one with a missing\n"
        "value does not show up. Why?**\nBecause `NULL < 50` is unknown, not true.\n\n"
        "**Q: Why prefer explicit parentheses even when precedence would\ngive the same result?**\n"
        "The next edit may change the meaning.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What does `LIKE '_a%'` match?",
        "A filter `score < 50` should catch underperformers, but one with a missing value "
        "does not show up. Why?",
        "Why prefer explicit parentheses even when precedence would give the same result?",
    ]
    assert found.questions[1].answer == "Because `NULL < 50` is unknown, not true."


def test_a_long_numbered_list_half_asking_takes_its_terse_topics_and_folded_answers() -> None:
    asked = [
        "ARC",
        "В какой момент объект освобождается из памяти?",
        "Runloop",
        "Что такое escaping замыкание?",
        "Механизмы синхронизации потоков",
        "Чем отличается let от var?",
    ]
    rows = [f"{n}. {text}" for n, text in enumerate(asked * 4, start=1)]
    rows[3] += (
        "\n\t<details>\n\t<summary>ответ</summary>\n\t\tзамыкание, которое живёт дольше функции\n\t</details>"
    )
    text = "### Навигация:\n\n---\n" + "\n".join(rows) + "\n"
    found = scan(text)
    # (each text repeats four times: only its first is kept, the rest are repeats)
    assert [q.text for q in found.questions] == [
        "ARC",
        "В какой момент объект освобождается из памяти?",
        "Runloop",
        "Что такое escaping замыкание?",
        "Механизмы синхронизации потоков",
        "Чем отличается let от var?",
    ]
    assert found.questions[3].answer == "замыкание, которое живёт дольше функции"


def test_a_numbered_list_of_terse_topics_under_a_title_naming_questions() -> None:
    text = (
        "# Apache Spark Interview Questions\n\n1) Spark Context vs Spark Session\n"
        "2) Is it possible to run multiple spark contexts in one JVM?\n3) Lazy Evaluation\n"
        "4) Lineage Graph\n5) DAG (Directed Acyclic Graph)"
    )
    assert [q.line for q in scan(text).questions] == [3, 4, 5, 6, 7]
    # the same topics as bullets under a plain title stay unread
    notes = "# Spark notes\n\n- Spark Context\n- Lazy Evaluation\n- Lineage Graph\n- DAG\n"
    assert scan(notes).questions == []


def test_bold_labels_inside_a_labelled_answer_are_part_of_it() -> None:
    text = (
        "## VPC design\n\n**Q1: Why is one 10.0.0.0/16 range in every account a problem?**\n\n"
        "**A:**\n\n**Why it breaks peering:**\nOverlapping ranges cannot be peered.\n\n---\n\n"
        "**Q2: Your EKS cluster is out of IP addresses. How?**\n\n**A:**\n\n"
        "**Why EKS consumes IPs so fast:**\n```\nEach pod takes a VPC address.\n```\n\n"
        "**Fix:**\nUse prefix delegation.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Why is one 10.0.0.0/16 range in every account a problem?",
        "Your EKS cluster is out of IP addresses. How?",
    ]
    assert "**Why EKS consumes IPs so fast:**" in found.questions[1].answer


def test_a_spanish_section_on_how_to_answer_holds_no_question() -> None:
    text = (
        '## Preguntas de comportamiento\n\n### 1. "Háblame de ti"\n\nUn resumen breve.\n\n'
        '### 2. "¿Por qué quieres trabajar aquí?"\n\nConecta tu experiencia con el puesto.\n\n'
        '### 3. "¿Cuál es tu mayor debilidad?"\n\nUna real, con lo que haces al respecto.\n\n'
        "## Cómo Responder Efectivamente\n\n### ¿Qué es el método STAR?\n\nSituación, tarea, acción, resultado.\n"
    )
    assert [q.line for q in scan(text).questions] == [3, 7, 11]


def test_a_section_naming_the_topics_included_holds_no_question() -> None:
    text = (
        "## 🚀 Key SQL Topics Included\n\n### 1. `SELECT` and column projection\nChoosing columns.\n\n"
        "### 2. The `WHERE` clause\nFiltering rows.\n\n## 🎯 Interview Q&A\n\n"
        "**Q: What does `LIKE '_a%'` match?**\n`_` takes one character.\n\n"
        "**Q: Why is `NOT IN` with a NULL empty?**\nEvery comparison with NULL is unknown.\n"
    )
    assert [q.text for q in scan(text).questions] == [
        "What does `LIKE '_a%'` match?",
        "Why is `NOT IN` with a NULL empty?",
    ]


def test_numbered_topic_headings_under_a_title_naming_questions_higher_up() -> None:
    topics = [
        "Bias-variance tradeoff",
        "Overfitting vs underfitting",
        "Curse of dimensionality",
        "Generative vs discriminative",
        "Parametric vs non-parametric",
        "Cross-validation",
        "Data leakage",
        "Linear regression",
        "Logistic regression",
        "Decision tree splits",
    ]
    body = "".join(
        f"### {n}. {topic}\n- A point about {topic.lower()}.\n\n"
        for n, topic in enumerate(topics, 1)
    )
    text = "# Top 10 Machine Learning Questions\n\n## Fundamentals\n\n" + body
    assert [q.text for q in scan(text).questions] == topics
    # three numbered use cases under a Q&A title stay its topics, as before
    few = (
        "# Terraform Q&A\n\n## What is `azurerm_client_config`?\n\nA data source.\n\n"
        "## Common Use Cases\n\n### 1. Assigning roles\n\nCode.\n\n### 2. Key Vault policies\n\n"
        "Code.\n\n### 3. Tenant IDs\n\nCode.\n"
    )
    assert [q.text for q in scan(few).questions] == ["What is `azurerm_client_config`?"]


def test_puzzle_headings_with_a_bar_and_a_title_in_brackets() -> None:
    text = (
        "# puzzles\n\n## Puzzle 1 | (How to measure 45 minutes using two identical wires?)\n\n"
        "How do we measure forty-five minutes with two wires that each burn in an hour?\n\n"
        "Answer:\nLight three of the four ends.\n\n## Puzzle 2 | (Find ages of daughters)\n\n"
        "Alok has three daughters.\n1) The product of their ages is 72.\n\n"
        "Shyam still cannot tell. Can you guess the ages of the three daughters?\n\n"
        "Answer:\n3, 3 and 8.\n\n## Puzzle 3 | (Calculate total distance travelled by bee)\n\n"
        "Two trains 100 km apart close at 120 km/h. Calculate the distance a bee at 80 km/h flies.\n\n"
        "Solution:\n100/120 hours at 80 km/h.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 10, 20]
    assert found.questions[1].text.endswith("Can you guess the ages of the three daughters?")


def test_labelled_questions_with_a_word_before_the_label_and_a_folded_source() -> None:
    block = (
        "### {kind} Question {n}\n\n{asked}\n\n<details><summary><b>Answer</b></summary>\n{answer}\n"
        "</details>\n\n<details><summary><b>Source</b></summary>\nlearningSpark2.0 - pag {page}\n"
        "</details>\n\n"
    )
    text = "".join(
        block.format(kind=kind, n=n, asked=asked, answer=answer, page=page)
        for kind, n, asked, answer, page in [
            ("Theorical", 1, "Where does Spark store table metadata", "In a metastore.", 89),
            (
                "Theorical",
                2,
                "Do you know the difference between managed and unmanaged tables",
                "Who owns the data.",
                90,
            ),
            ("Practical", 1, "Read a CSV file into a DataFrame", "spark.read.csv(path)", 91),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Where does Spark store table metadata",
        "Do you know the difference between managed and unmanaged tables",
        "Read a CSV file into a DataFrame",
    ]
    assert [(q.answer, q.source_note) for q in found.questions] == [
        ("In a metastore.", "learningSpark2.0 - pag 89"),
        ("Who owns the data.", "learningSpark2.0 - pag 90"),
        ("spark.read.csv(path)", "learningSpark2.0 - pag 91"),
    ]


def test_a_question_that_is_only_a_link_is_named_by_it() -> None:
    text = (
        "# Quant OA bank\n\n| Firm | OA / Interview Question | Practice |\n|---|---|---|\n"
        "| IMC | [Sub-matrix Sums](https://example.com/problems/imc-square-sum) | [Practice](https://example.com/p/1) |\n"
        "| IMC | [Sub-matrix Sums](https://example.com/problems/imc-sub-square) | [Practice](https://example.com/p/2) |\n"
        "| HRT | [Cumulative Unique Bytes](https://example.com/problems/hrt-bytes) | [Practice](https://example.com/p/3) |\n"
    )
    found = scan(text)
    assert [(q.text, q.source_note) for q in found.questions] == [
        ("Sub-matrix Sums", "https://example.com/problems/imc-square-sum"),
        ("Sub-matrix Sums", "https://example.com/problems/imc-sub-square"),
        ("Cumulative Unique Bytes", "https://example.com/problems/hrt-bytes"),
    ]


def test_answers_below_the_questions_go_to_them_by_number() -> None:
    # "### Questions" over numbered multiple-choice questions, then "### Answers" over
    # "**1. b) …**" and why, day after day: numbers start again under each day
    text = (
        "# Daily quiz\n\n## Day 1 — Basics\n\n### Questions\n\n"
        "**1.** Which method groups points without labels?\n- a) Logistic regression\n"
        "- b) k-means clustering\n\n"
        "**2.** Overfitting means the model:\n- a) fits noise in the training set\n"
        "- b) is too simple to follow the signal\n\n"
        "**3.** Which split is used to pick hyperparameters?\n- a) validation\n- b) test\n\n"
        "### Answers\n\n<details>\n<summary>Click to reveal answers</summary>\n\n"
        "**1. b) k-means clustering**\n\nIt needs no labels: it only groups nearby points.\n\n"
        "**2. a) fits noise in the training set**\n\nTraining error is low, test error high.\n\n"
        "**3. a) validation**\n\nThe test set is kept for the last measurement.\n\n"
        "</details>\n\n### Resources\n\n- A course on validation\n\n"
        "## Day 2 — Validation\n\n### Questions\n\n"
        "**1.** Why keep a test set apart from tuning?\n- a) To train faster\n"
        "- b) To measure error on data the model never shaped\n\n"
        "**2.** What does k-fold cross-validation average?\n- a) k scores\n- b) k models\n\n"
        "### Answers\n\n**1. b) To measure error on data the model never shaped**\n\n"
        "Tuning on it would leak it into the model.\n\n**2. a) k scores**\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [7, 11, 15, 46, 50]
    assert [q.answer.split("\n\n")[0] for q in found.questions] == [
        "b) k-means clustering",
        "a) fits noise in the training set",
        "a) validation",
        "b) To measure error on data the model never shaped",
        "a) k scores",
    ]
    assert found.questions[0].answer.endswith("it only groups nearby points.")
    assert [q.end for q in found.questions] == [26, 30, 34, 58, 60]
    assert [line for line, _, _ in found.skipped] == []


def test_an_answer_heading_under_one_question_is_not_a_key() -> None:
    # "### Answer" over a numbered list of steps belongs to the one question above it,
    # even when questions above it carry numbers
    text = (
        "# Notes\n\n**1.** What is a p-value?\n\nThe chance of data at least this extreme.\n\n"
        "**2.** How do you run an A/B test?\n\n### Answer\n\n1. Pick a metric.\n"
        "2. Split users at random.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is a p-value?",
        "How do you run an A/B test?",
    ]
    assert found.questions[0].answer == "The chance of data at least this extreme."
    assert "Split users at random." in found.questions[1].answer


def test_bold_fields_one_a_line_over_a_labelled_problem_are_not_its_question() -> None:
    block = (
        "### Question {n}\n**Question Type:** Multiple Choice  \n**Topic:** {topic}\n\n"
        "{asked}\n\n**Answer Choices:**\nA) {a}\nB) {b}\n\n**Correct Answer:** A\n\n---\n\n"
    )
    text = "# Container exam\n\n" + "".join(
        block.format(n=n, topic=topic, asked=asked, a=a, b=b)
        for n, topic, asked, a, b in [
            (1, "Swarm", "Which command starts a new swarm on this node?", "init", "start"),
            (2, "Volumes", "Which option mounts a named volume?", "-v name:/path", "-p"),
            (3, "Secrets", "Where does a service read a secret from?", "/run/secrets", "env"),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Which command starts a new swarm on this node?",
        "Which option mounts a named volume?",
        "Where does a service read a secret from?",
    ]
    assert [q.topics for q in found.questions] == [["Swarm"], ["Volumes"], ["Secrets"]]
    assert "**Correct Answer:** A" in found.questions[0].answer


def test_spanish_tell_me_prompts_are_questions() -> None:
    text = (
        '## Preguntas de comportamiento\n\nSiguen el formato "Cuéntame de una vez que..." '
        "para ver cómo actuaste antes. Responde con STAR.\n\n### Por competencia\n\n"
        "**Liderazgo**\n"
        "- Cuéntame de una vez que tuviste que liderar un equipo en una situación difícil\n"
        "- Describe una situación donde influiste sin autoridad formal\n"
        "- ¿Cómo has manejado a alguien con bajo rendimiento?\n\n**Clientes**\n"
        "- Háblame de un cliente muy difícil\n- Describe cómo lo calmaste\n"
        "- ¿Cómo priorizas a varios clientes urgentes?\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [8, 9, 10, 13, 14, 15]


def test_a_task_under_a_heading_that_only_names_it_with_a_solution_below() -> None:
    # "## Section: storage" over the task's paragraphs and "### Solution": the task is the
    # question (its context command kept apart), the heading its topic; headings centred
    # with HTML inside them read by their text
    text = (
        '## <h1 align="center"> Practice tasks </h1>\n\n'
        '## <h1 align="center"> Section: storage </h1>\n\n---\nSet the context first:\n\n'
        "```kubectl config use-context c1```\n\n"
        "A pod called web-1 keeps restarting in the default namespace. Find the cause and fix "
        'it.\n\n### <h1 align="center"> *Solution* </h1>\n\n'
        "Check its events and raise the memory limit.\n\n"
        "## Section: storage\n\nCreate a secret called db-pass with the key password.\n\n"
        "### Solution\n\nkubectl create secret generic db-pass --from-literal=password=x\n\n"
        "## Section: networking\n\nThe service api does not reach its pods. Repair it.\n\n"
        "### Solution\n\nEdit the selector to match the pod labels.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (
            3,
            "Set the context first:\n\n```kubectl config use-context c1```\n\n"
            "A pod called web-1 keeps restarting in the default namespace. Find the cause and "
            "fix it.",
        ),
        (16, "Create a secret called db-pass with the key password."),
        (24, "The service api does not reach its pods. Repair it."),
    ]
    assert [q.answer for q in found.questions] == [
        "Check its events and raise the memory limit.",
        "kubectl create secret generic db-pass --from-literal=password=x",
        "Edit the selector to match the pod labels.",
    ]
    assert [q.topics for q in found.questions] == [
        ["Section: storage"],
        ["Section: storage"],
        ["Section: networking"],
    ]


def test_folded_questions_inside_list_items_that_hold_sections() -> None:
    # "1.  ### Загальні" (general) with <details> questions indented under it, item after
    # item: the sections and their folded questions read as if at the left margin
    text = (
        "## Junior\n\n1.  ### Загальні\n\n    <details>\n"
        "    <summary><u>1. Які методи HTTP-запитів ви знаєте?</u></summary>\n\n"
        "    `GET` читає ресурс, `POST` надсилає дані.\n\n    </details>\n\n"
        "    <details>\n    <summary>2. Що таке cookie?</summary>\n    </details>\n\n"
        "1.  ### JavaScript\n\n    <details>\n"
        "    <summary>3. Що таке замикання?</summary>\n\n"
        "    Функція, що пам'ятає змінні свого оточення.\n\n    </details>\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (6, "Які методи HTTP-запитів ви знаєте?"),
        (13, "Що таке cookie?"),
        (19, "Що таке замикання?"),
    ]
    assert [q.answer for q in found.questions] == [
        "`GET` читає ресурс, `POST` надсилає дані.",
        "",
        "Функція, що пам'ятає змінні свого оточення.",
    ]
    assert [q.sections[-1] for q in found.questions] == ["Загальні", "Загальні", "JavaScript"]


def test_questions_listed_after_a_heading_questions_answer_are_questions() -> None:
    # answered questions as headings, the unanswered ones listed after an answer, in a
    # document that lists its questions that way section after section
    text = (
        "# Preguntas frontend\n\n## HTML\n\n* ¿Qué hace el `doctype`?\n"
        "* ¿Para qué sirven los atributos `data-`?\n* Describa cookies y localStorage.\n\n"
        "## CSS\n\n* ¿Qué es un reset?\n* Explique los floats.\n* ¿Qué es el box model?\n\n"
        "## JavaScript\n\n##### ¿Qué es un hashtable?\n\n"
        "Un objeto que guarda pares clave y valor con acceso en tiempo constante.\n\n"
        "* ¿Qué es un closure?\n* Explique el hoisting.\n"
        "* ¿Cuál es la diferencia entre `.call` y `.apply`?\n\n"
        "##### ¿Cuál es la diferencia entre `==` y `===`?\n\n"
        "El primero convierte tipos antes de comparar; el segundo no.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [5, 6, 7, 11, 12, 13, 17, 21, 22, 23, 25]
    assert found.questions[6].answer == (
        "Un objeto que guarda pares clave y valor con acceso en tiempo constante."
    )
    assert found.questions[7].text == "¿Qué es un closure?"


def test_a_list_of_checks_inside_an_answer_stays_in_it() -> None:
    # the answer's own points, even when they ask, when the prose leads into them
    text = (
        "# ETL\n\n## Checks\n\n* Is the row count right?\n* Are the keys unique?\n"
        "* Are dates in range?\n\n## Loads\n\n* How do you load late data?\n"
        "* How do you backfill?\n* How do you retry?\n\n"
        "## Quality\n\n### How do you ensure data quality in ETL?\n\n"
        "Write checks for each dimension of quality, and fail the load when one breaks:\n\n"
        "* Accuracy: is the data correct?\n* Completeness: are all rows present?\n"
        "* Timeliness: is it current?\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [5, 6, 7, 11, 12, 13, 17]
    assert "Completeness: are all rows present?" in found.questions[-1].answer


def test_a_labelled_task_stated_under_context_and_task_headings() -> None:
    block = (
        "## Practices Question #{n}\n\n### Context\n\n{context}\n\n### Task\n{task}\n\n"
        "<details><summary> show me the solution </summary>\n\n```bash\n{solution}\n```\n"
        "</details>\n\n"
    )
    text = "# CKAD practice\n\n" + "".join(
        block.format(n=n, context=context, task=task, solution=solution)
        for n, context, task, solution in [
            (
                1,
                "Create a deployment called shop in the apps namespace.",
                "- Use the image nginx:1.25\n- Run 3 replicas",
                "kubectl -n apps create deployment shop --image=nginx:1.25 --replicas=3",
            ),
            (
                2,
                "The shop deployment has no backup of its configuration.",
                "- Export it to shop.yaml",
                "kubectl -n apps get deployment shop -o yaml > shop.yaml",
            ),
            (
                3,
                "A pod called counter writes logs.",
                "- Save its logs to counter.txt",
                "kubectl logs counter > counter.txt",
            ),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Create a deployment called shop in the apps namespace.\n\n"
        "- Use the image nginx:1.25\n- Run 3 replicas",
        "The shop deployment has no backup of its configuration.\n\n- Export it to shop.yaml",
        "A pod called counter writes logs.\n\n- Save its logs to counter.txt",
    ]
    assert [q.answer for q in found.questions] == [
        "```bash\nkubectl -n apps create deployment shop --image=nginx:1.25 --replicas=3\n```",
        "```bash\nkubectl -n apps get deployment shop -o yaml > shop.yaml\n```",
        "```bash\nkubectl logs counter > counter.txt\n```",
    ]


def test_numbered_questions_under_a_task_heading_stay_the_questions() -> None:
    block = (
        "## Question {n}\n\n### Problem Statement\nA tree splits on {feature}.\n\n#### Task\n"
        "1. How many leaves does the {feature} tree have?\n2. What is the depth of the "
        "{feature} tree?\n\n"
    )
    text = "# Trees quiz\n\n" + "".join(
        block.format(n=n, feature=feature) for n, feature in [(1, "age"), (2, "income")]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "How many leaves does the age tree have?",
        "What is the depth of the age tree?",
        "How many leaves does the income tree have?",
        "What is the depth of the income tree?",
    ]


def test_chinese_levels_in_tortoise_brackets_and_a_request_after_the_mark() -> None:
    # "〔基础/高频〕" (basic / asked often) is the level; "…？请估算…。" asks twice, the second
    # time as a request ("please estimate …")
    text = (
        "## LLM 基础\n\n### Q1〔基础〕：请描述 self-attention 的计算流程，并解释为什么要缩放？\n\n"
        "**参考答案要点**：投影、打分、缩放、softmax、加权。\n\n"
        "### Q2〔基础/高频〕：什么是 KV Cache？请估算 70B 模型在 8K 上下文下的显存。\n\n"
        "**参考答案要点**：缓存历史的 K 和 V。\n\n"
        "### Q3〔进阶/高频〕：RoPE 和绝对位置编码有什么区别？\n\n**参考答案要点**：旋转。\n\n"
        "### L311 · 为什么模型在首轮交互中不遵循格式约束？请从对齐角度分析根因。\n\n"
        "**深度**: 2/5\n"
    )
    found = scan(text)
    assert [(q.line, q.difficulty) for q in found.questions] == [
        (3, "easy"),
        (7, "easy"),
        (11, "medium"),
        (15, None),
    ]
    assert found.questions[1].text == "什么是 KV Cache?请估算 70B 模型在 8K 上下文下的显存。"


def test_lines_numbered_in_html_bold_after_an_emoji_short_code() -> None:
    text = (
        "# Front-end test\n\n:blue_book: <strong><b>1)</b></strong> What is the DOM?\n\n"
        "R: A tree of the page's nodes.\n\n"
        ":blue_book: <strong><b>2)</b></strong> State all the parts of the CSS box model.\n\n"
        ":blue_book: <strong><b>3)</b></strong> Name the major HTTP methods\n\n"
        ":blue_book: <strong><b>4)</b></strong> Why use strict mode?\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "What is the DOM?"),
        (7, "State all the parts of the CSS box model."),
        (9, "Name the major HTTP methods"),
        (11, "Why use strict mode?"),
    ]
    assert found.questions[0].answer == "R: A tree of the page's nodes."


def test_an_answer_key_in_a_table_or_with_answer_labels() -> None:
    # "### Q1" over each question and its options; the key a table at the end
    quiz = (
        "# Quiz: certifications\n\n### Q1\n\nWho is the cloud practitioner exam for?\n\n"
        "a) Experts  \nb) Beginners\n\n---\n\n### Q2\n\nWhat does CKA certify?\n\n"
        "a) Kubernetes administrators  \nb) Designers\n\n---\n\n### Q3\n\n"
        "Which certificate is free?\n\na) CKA  \nb) None of them\n\n---\n\n"
        "## 📝 Answers (Đáp án)\n\n<details>\n<summary>Click to view</summary>\n\n"
        "| Q | A | Explanation |\n|---|---|---|\n| 1 | b | Entry level |\n"
        "| 2 | a | Certified Kubernetes Administrator |\n| 3 | b | All have fees |\n\n"
        "</details>\n"
    )
    found = scan(quiz)
    assert [q.answer for q in found.questions] == [
        "b — Entry level",
        "a — Certified Kubernetes Administrator",
        "b — All have fees",
    ]
    # "**1. Answer: A** - …" under "## Answer Key", in sections of its own
    exam = (
        "# Practice test\n\n## Section 1\n\n### Question 1\nWhich model is serverless?\n\n"
        "A) FaaS  \nB) IaaS\n\n### Question 2\nWhich is a region pair for?\n\n"
        "A) Disaster recovery  \nB) Billing\n\n### Question 3\nWhat does an SLA promise?\n\n"
        "A) Uptime  \nB) Price\n\n## Answer Key\n\n### Section 1\n\n"
        "**1. Answer: A** - FaaS  \n*Explanation:* No servers to manage.\n\n"
        "**2. Answer: A** - Disaster recovery  \n*Explanation:* Paired regions fail over.\n\n"
        "### Section 2\n\n**3. Answer: A** - Uptime\n"
    )
    found = scan(exam)
    assert [q.answer for q in found.questions] == [
        "A - FaaS\n*Explanation:* No servers to manage.",
        "A - Disaster recovery\n*Explanation:* Paired regions fail over.",
        "A - Uptime",
    ]


def test_an_answer_after_a_bold_label_on_the_questions_own_line() -> None:
    text = (
        "# Docker scenarios\n\n**Q1. [L1] How do you list running containers?**\n\n"
        "**Answer:** `docker ps`.\n\n---\n\n**Q2-Q4. Rapid-fire scenarios**\n\n"
        "**Q2. [L1]** How do you open a shell in a container? **Answer:** `docker exec -it c sh`.\n\n"
        "**Q3. [L2]** What does `EXPOSE` do? **Answer:** It documents a port; it publishes "
        "nothing.\n\n**Q4. [L2]** Why order layers by how often they change? **Answer:** "
        "Unchanged layers stay cached.\n\n**Q5. [L3]** You mount the Docker socket into a "
        "container. What are the risks? **Answer:** Root on the host.\n\n"
        "**Q6. [L3]** Explain content trust. **Answer:** Signed images only.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "[L1] How do you list running containers?"),
        (11, "[L1] How do you open a shell in a container?"),
        (13, "[L2] What does `EXPOSE` do?"),
        (15, "[L2] Why order layers by how often they change?"),
        (17, "[L3] You mount the Docker socket into a container. What are the risks?"),
        (19, "[L3] Explain content trust."),
    ]
    assert [q.answer for q in found.questions] == [
        "`docker ps`.",
        "`docker exec -it c sh`.",
        "It documents a port; it publishes nothing.",
        "Unchanged layers stay cached.",
        "Root on the host.",
        "Signed images only.",
    ]


def test_folded_answers_with_no_blank_line_between_the_blocks() -> None:
    # "</div></details><details><summary>…" runs on as one HTML block: each question
    # still opens at its own <details> and ends at its own </details>
    block = (
        '<details>\n<summary>{asked}</summary>\n<div markdown="1">\n\n{answer}\n\n</div>\n'
        "</details>\n"
    )
    text = "# Backend\n\n## CS\n\n" + "".join(
        block.format(asked=asked, answer=answer)
        for asked, answer in [
            ("TCP와 UDP의 차이점을 설명해주세요.", "- TCP는 연결형입니다"),
            ("HTTP 프로토콜에 대해 설명해 주세요", "- 무상태 프로토콜입니다"),
            ("REST API란 무엇인가요?", "+ REST 원리를 따르는 API입니다\n  + 명사 URI"),
        ]
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (6, "TCP와 UDP의 차이점을 설명해주세요."),
        (14, "HTTP 프로토콜에 대해 설명해 주세요"),
        (22, "REST API란 무엇인가요?"),
    ]
    assert [q.answer for q in found.questions] == [
        "- TCP는 연결형입니다",
        "- 무상태 프로토콜입니다",
        "+ REST 원리를 따르는 API입니다\n  + 명사 URI",
    ]


def test_questions_in_a_numbered_best_practices_chapter_are_asked() -> None:
    text = (
        "# DBMS\n\n### *1. Basics*\n1. *What is a transaction?*\n    - *Answer*: A unit of work.\n\n"
        "### *2. Best Practices*\n2. *What are the best practices for indexing?*\n"
        "    - *Answer*: Index what you filter on.\n\n3. *What are the best practices for "
        "backups?*\n    - *Answer*: Test restores.\n\n## Interview tips\n\n"
        "1. Ask what the data looks like?\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is a transaction?",
        "What are the best practices for indexing?",
        "What are the best practices for backups?",
    ]


def test_a_deep_dive_follow_up_label_names_a_follow_up() -> None:
    text = (
        "# Docker\n\n### **Q1: What is the difference between an image and a container?**\n\n"
        "**Expected Answer:** An image is read-only; a container adds a writable layer.\n\n"
        '**Deep dive follow-up**: "How does copy-on-write work with container layers?"\n\n'
        "**Answer**: A changed file is copied up into the writable layer.\n\n---\n\n"
        "### **Q2: What happens when you run a container?**\n\n**Expected Answer:** It starts.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is the difference between an image and a container?",
        "What happens when you run a container?",
    ]
    assert found.questions[0].follow_ups == ["How does copy-on-write work with container layers?"]


def test_bold_labels_over_lists_under_a_q_labelled_bold_question_are_its_answer() -> None:
    text = (
        "# AWS\n\n### DynamoDB\n\n**Q: When to use DynamoDB vs RDS?**\n\n"
        "**Choose DynamoDB when:**\n- Key-value lookups\n- Massive scale\n\n"
        "**Choose RDS when:**\n- Joins\n- Ad hoc SQL\n\n**Q: What is a GSI?**\n\n"
        "A second index with its own keys.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "When to use DynamoDB vs RDS?",
        "What is a GSI?",
    ]
    assert "**Choose RDS when:**" in found.questions[0].answer


def test_a_request_to_star_the_repository_is_not_a_question() -> None:
    from interview.core.importer import _kind

    # the ⭐ of a footer is no difficulty marker: the line asks nothing of the reader
    assert (
        _kind("⭐ *If you found this helpful, give it a star and keep learning Terraform!*") is None
    )
    assert _kind("Please star this repo if it helped you prepare.") is None
    assert _kind("⭐ What is remote state?") == "mark"


def test_convince_and_sell_me_prompts_ask() -> None:
    text = (
        "# Communication\n\n1. How would you explain a p-value to a manager?\n"
        "2. I own a small restaurant. Convince me to move my budget from print to online ads.\n"
        "3. Sell me this pen.\n4. Persuade a team to adopt code review.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 4, 5, 6]


def test_the_next_labelled_question_glued_to_the_previous_answer() -> None:
    text = (
        "# ML basics\n\n**Q17: Which matters more: accuracy or performance?**\n\n"
        "Answer: Accuracy is one measure of performance.\n"
        "Q18: What's the F1 score? How would you use it?\n\n"
        "Answer: The harmonic mean of precision and recall.\n\n"
        "**Q19: How would you handle an imbalanced dataset?**\n\nAnswer: Resample or reweight.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "Which matters more: accuracy or performance?"),
        (6, "What's the F1 score? How would you use it?"),
        (10, "How would you handle an imbalanced dataset?"),
    ]
    assert found.questions[0].answer == "Accuracy is one measure of performance."
    assert found.questions[1].answer == "The harmonic mean of precision and recall."


def test_cases_told_in_star_form_under_headings_that_name_them() -> None:
    block = (
        "### **{n}. {title}**\n**Situation:** {situation}\n\n**Task:** {task}\n\n"
        "**Action:**\n- Looked at the metrics.\n\n**Result:** Fixed in an hour.\n\n---\n\n"
    )
    text = "# SRE cases in STAR form\n\n" + "".join(
        block.format(n=n, title=title, situation=situation, task=task)
        for n, title, situation, task in [
            (1, "High CPU on a server", "A server runs hot and pages slow.", "Find the cause."),
            (2, "Pool exhaustion", "The app drops database connections.", "Stabilise it."),
        ]
    )
    template = (
        "## STAR stories\n\n### Story 1: [STORY_1_TITLE]\n\n**Situation:**\n> [SITUATION]\n\n"
        "**Task:**\n> [TASK]\n\n**Action:**\n> [ACTION]\n\n**Result:**\n> [RESULT]\n\n"
        "### Story 2: [STORY_2_TITLE]\n\n**Situation:**\n> [SITUATION]\n\n**Task:**\n> [TASK]\n\n"
        "**Action:**\n> [ACTION]\n\n**Result:**\n> [RESULT]\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "High CPU on a server"),
        (15, "Pool exhaustion"),
    ]
    assert found.questions[0].answer.startswith("**Situation:** A server runs hot")
    assert "**Result:** Fixed in an hour." in found.questions[0].answer
    assert scan(template).questions == []


def test_russian_questions_for_discussion_are_questions_not_for_the_employer() -> None:
    text = (
        "# Собеседование\n\n## Вопросы для обсуждения\n\n"
        "### 1. Как бы вы ускорили рендеринг длинного списка?\n\n**Ответ:** Виртуализация.\n\n"
        "### 2. Объясните разницу между debounce и throttle\n\n**Ответ:** Ждать паузы или "
        "ограничить частоту.\n\n## Вопросы к работодателю\n\n- Как устроен онбординг?\n"
        "- Сколько человек в команде?\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [5, 9]


def test_a_colour_marked_section_over_bold_questions_is_a_section() -> None:
    text = (
        "# Git scenarios\n\n## 🟢 Branching and merging\n\n---\n\n"
        "**Q1. [L1] You committed on `main` by mistake. How do you move the commits?**\n\n"
        "> *What the interviewer is testing:* branches as pointers.\n\n**Answer:** Branch, "
        "then reset `main`.\n\n---\n\n**Q2. [L1] What is the difference between clone and "
        "fork?**\n\n**Answer:** A fork is a server-side copy.\n\n## 🔴 Recovery\n\n"
        "**Q3. [L2] How do you undo a pushed commit?**\n\n**Answer:** `git revert`.\n\n"
        "**Q4. [L2] How do you find a lost commit?**\n\n**Answer:** `git reflog`.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [7, 15, 21, 25]
    assert found.questions[0].answer.endswith("Branch, then reset `main`.")
    assert [q.sections[-1] for q in found.questions] == [
        "🟢 Branching and merging",
        "🟢 Branching and merging",
        "🔴 Recovery",
        "🔴 Recovery",
    ]


def test_two_numbers_glued_to_their_text_among_three_numbered_lines() -> None:
    text = (
        "1.TreeMap/HashMap区别\nTreeMap 有序，HashMap 无序\n\n2.TreeSet/HashSet区别\n"
        "TreeSet 基于 TreeMap\n\n3. HashMap 如何解决冲突\n链表转红黑树\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [1, 4, 7]


def test_a_topic_index_listing_question_numbers_is_not_questions() -> None:
    text = (
        "# 200 ML questions\n\n## Topic Index\n\n| **Topic** | **Questions** | **Count** |\n"
        "| --- | --- | --- |\n| Foundations | 1--3, 11--12, 15 | 6 |\n| Ensembles | 4, 5--6 | 3 |\n"
        "| Other | 7 | 1 |\n\n## Foundations\n\n### Q1: What is supervised learning?\n\n"
        "**Answer.** Learning from labelled pairs.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == ["What is supervised learning?"]


def test_a_quiz_after_a_heading_questions_answer_holds_questions() -> None:
    text = (
        "## ¿Qué es el Virtual DOM?\n\nUna copia en memoria del DOM que React compara.\n\n"
        "##### Pon a prueba\n\n*Marca una sola opción.*\n\n"
        "**1.** ¿Para qué usa React el Virtual DOM?\n\n- **a)** Para guardar estado.\n"
        "- **b)** Para aplicar solo los cambios necesarios.\n\n"
        "**2.** ¿Qué compara React al renderizar?\n\n- **a)** Dos árboles virtuales.\n"
        "- **b)** Dos servidores.\n\n---\n\n## ¿Qué es JSX?\n\nUna extensión de sintaxis.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [1, 9, 14, 21]
    assert found.questions[0].answer == "Una copia en memoria del DOM que React compara."
    assert found.questions[1].text == (
        "¿Para qué usa React el Virtual DOM?\n\n- a) Para guardar estado.\n"
        "- b) Para aplicar solo los cambios necesarios."
    )


def test_a_bare_question_label_over_the_question_in_the_same_paragraph() -> None:
    text = (
        "Вопрос 1. \nЕсть таблица role. Какая команда добавит в неё запись?\n\n"
        "Ответы:\n1. insert\n2. update\n\nВыбран 1 ответ.\n\n\n"
        "Вопрос 2. \nВы создаёте временную таблицу из двух запросов.\nТаблица должна:\n"
        "- сохранять дубли.\n\nКакой подход нужно использовать?\n\nОтветы:\n1. UNION ALL\n"
        "2. UNION\n\nВыбран 1 ответ.\n\n\nQuestion 3.\nA table has a million rows. Which "
        "index helps the query below?\n\nAnswers:\n1. B-tree\n2. Hash\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (1, "Есть таблица role. Какая команда добавит в неё запись?"),
        (11, "Вы создаёте временную таблицу из двух запросов. Таблица должна"),
        (25, "A table has a million rows. Which index helps the query below?"),
    ]
    assert found.questions[0].answer.endswith("Выбран 1 ответ.")


def test_roman_numbered_parts_under_a_bare_bold_number_are_questions() -> None:
    text = (
        "# Chapter 7 answers\n\n**1.** Explain supervised learning.\n\nLearning from labels.\n\n"
        "**2.** \n\n* i. What's the risk in empirical risk minimization?\n\n"
        "How far f is from the true function.\n\n* ii.  Why is it empirical?\n\n"
        "We only see a sample.\n\n**3.** What is Occam's razor?\n\nPrefer the simpler model.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "Explain supervised learning."),
        (9, "What's the risk in empirical risk minimization?"),
        (13, "Why is it empirical?"),
        (17, "What is Occam's razor?"),
    ]
    assert found.questions[1].answer == "How far f is from the true function."


def test_topic_lines_among_plain_question_lines_are_topics_not_questions() -> None:
    text = (
        "Gradient Descent\nWhat is Gradient Descent?\nHow does Gradient Descent work?\n"
        "What are the types of Gradient Descent?\nBatch Gradient Descent\n"
        "Stochastic Gradient Descent\nDoes it always reach the global minimum?\n"
        "How does it pick a direction?\nLearning Rate\nWhat is the learning rate?\n"
        "What happens if it is too high?\nWhat happens if it is too low?\n"
        "How do you choose it?\nWhat is a schedule?\nHow does warm-up help?\n"
        "Why decay it?\n"
    )
    found = scan(text)
    assert [(q.line, q.topics) for q in found.questions] == [
        (2, ["Gradient Descent"]),
        (3, ["Gradient Descent"]),
        (4, ["Gradient Descent"]),
        (7, ["Gradient Descent"]),
        (8, ["Gradient Descent"]),
        *[(n, ["Learning Rate"]) for n in range(10, 17)],
    ]
    assert found.questions[2].answer == "- Batch Gradient Descent\n- Stochastic Gradient Descent"


def test_details_cards_named_by_a_topic_among_cards_that_ask() -> None:
    card = "<details>\n  <summary> {} </summary>\n\n {}\n{}\n</details>\n\n"
    text = "### Deep Learning\n\n" + "".join(
        card.format(summary, cite, answer)
        for summary, cite, answer in [
            ("Batch Norm", "[(src)]()", "Normalises each mini-batch's activations."),
            ("Why is accuracy a bad metric?", "[(src)]()", "It hides class imbalance."),
            ("Which loss suits ranking?", "[(src)](https://example.org/rank)", "Pairwise."),
            (
                "Precision and Recall",
                "",
                "* Precision\n  * What share of flagged is right?\n"
                "  * TP / (TP + FP)\n* Recall\n  * What share of positives is flagged?\n"
                "  * TP / (TP + FN)",
            ),
            ("How does dropout regularise?", "", "It averages thinned networks."),
            ("Show more", "", "Extra reading."),
            ("펼치기", "", "Folded notes."),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Batch Norm",
        "Why is accuracy a bad metric?",
        "Which loss suits ranking?",
        "Precision and Recall",
        "How does dropout regularise?",
    ]
    batch, _, ranking, metrics, _ = found.questions
    assert batch.answer == "Normalises each mini-batch's activations."
    assert ranking.source_note == "https://example.org/rank"
    assert "What share of flagged is right?" in metrics.answer


def test_topic_headings_under_a_heading_that_names_them_questions() -> None:
    text = (
        "# Deep learning notes\n\n## interview questions\n\n"
        "### why non-linearities in NN\nStacked linear maps stay linear.\n\n"
        "### Gradient vanishing and explosion\nThe chain rule multiplies many factors.\n\n"
        "- clipping\n- residual links\n\n"
        "### DNN and CNN\nConvolutions share weights across positions.\n\n"
        "### Data augmentation\nMore varied inputs from the same data.\n\n"
        "## Reading\n\n### Papers\nA list of papers.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (5, "why non-linearities in NN"),
        (8, "Gradient vanishing and explosion"),
        (14, "DNN and CNN"),
        (17, "Data augmentation"),
    ]
    assert found.questions[1].answer.endswith("- residual links")


def test_answer_parts_under_a_section_named_questions_stay_parts() -> None:
    text = (
        "## 5. VPC Related Questions\n\n### a. What is CIDR in a VPC?\nA block of addresses.\n\n"
        "### Example:\n10.0.0.0/16\n\n### Use Case:\nSplit into subnets.\n\n"
        "### Types:\nGateway and interface.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == ["a. What is CIDR in a VPC?"]


def test_plain_question_lines_go_on_after_a_snippet_and_numbered_parts() -> None:
    text = (
        "Gradient Descent\nWhat is Gradient Descent?\nHow does it work?\nWhy normalise inputs?\n"
        "How do you pick a step size?\nWhat does momentum add?\n2. Text\nCount Vectorization\n"
        "What is Count Vectorization?\nWhat are its limits?\nWhat is a stop word?\n"
        "Why use n-grams?\nWhat is TF-IDF?\nHow is IDF smoothed?\nWhat is a token?\n"
        "What is a vocabulary?\nWhy lowercase text?\nWhat is stemming?\nWhat is a lemma?\n"
        "Why drop rare words?\nWhat is hashing?\n"
        "What is the difference between:\n"
        "EXPOSE 8000\n\nand:\n\ndocker run -p 8000:8000\nWhy is EXPOSE alone not enough?\n"
        "3. Python\nShallow Copy vs Deep Copy\nWhat is a Shallow Copy?\nWhat is a Deep Copy?\n"
        "When should you use each?\nWhat does copy.copy do?\n"
        "What does copy.deepcopy do?\nHow are cycles handled?\nSorting\nTwo-pass approach\nHeap\n"
        "How would you handle duplicates?\n"
    )
    found = scan(text)
    asked = [(q.line, q.text, q.topics) for q in found.questions]
    assert (8, "Count Vectorization", ["Count Vectorization"]) not in asked
    assert [line for line, _, _ in asked] == [
        *(2, 3, 4, 5, 6, *range(9, 23), 28, 31, 32, 33, 34, 35, 36, 40)
    ]
    assert asked[5][2] == ["Count Vectorization"]
    assert asked[20][2] == ["Shallow Copy vs Deep Copy"]
    assert found.questions[5 - 1].answer == ""  # "2. Text" is a part's title, not an answer


def test_the_same_question_over_different_code_is_two_questions() -> None:
    text = (
        "Question: What is the output of each expression?\n\nConcept: the `in` operator\n\n"
        "```js\n'x' in { x: 1 } // => true\n```\n\n---\n\n"
        "Question: What is the output of each expression?\n\nConcept: instanceof\n\n"
        "```js\n[] instanceof Array // => true\n```\n\n---\n\n"
        "Question: Implement your own `instanceof`\n\n```js\nfunction myInstanceof() {}\n```\n\n"
        "---\n\nQuestion: What is a closure?\n\nA function with its scope.\n\n---\n\n"
        "Question: What is a closure?\n\nA function and the variables it closes over.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [1, 11, 21, 29]
    assert "'x' in" in found.questions[0].answer
    assert "instanceof Array" in found.questions[1].answer
    assert [line for line, _, _ in found.duplicates] == [35]


def test_sections_of_a_labelled_answer_at_the_questions_level_stay_in_it() -> None:
    text = (
        "# Interview Questions\n\n## Question 1\nHow would you design an ingest pipeline?\n\n"
        "## Answer\n\nSplit a fast path from a slow path.\n\n## Architecture Explanation\n\n"
        "Kafka, then Flink.\n\n## Trade-offs\n\nTwo code paths to keep in step.\n\n"
        "## Follow-up Questions\n\n- How do you replay a day?\n- What breaks first?\n\n"
        "## Question 2\nHow do you handle schema evolution?\n\n## Answer\n\nA schema registry.\n\n"
        "## Question 3\nHow do you dedupe late events?\n\n## Answer\n\nBy key and watermark.\n"
    )
    found = scan(text)
    first = found.questions[0]
    assert first.text == "How would you design an ingest pipeline?"
    assert first.answer.startswith("Split a fast path")
    assert "Kafka, then Flink." in first.answer
    assert first.answer.endswith("Two code paths to keep in step.")
    assert "How do you handle schema evolution?" in [q.text for q in found.questions]


def test_one_case_under_the_title_worked_out_below_is_one_question(tmp_path: Path) -> None:
    folder = tmp_path / "examples"
    folder.mkdir()
    document = folder / "01-url-shortener.md"
    document.write_text(
        "# URL Shortener\n\nDesign a URL shortening system like [TinyURL](https://tinyurl.com/).\n\n"
        "## 1. Clarify Requirements\n\n- Short aliases\n- Redirects\n\n"
        "## 2. Estimation\n\n100M new URLs a month.\n\n## 3. Design\n\nBase62 ids over a KV store.\n",
        encoding="utf-8",
    )
    found = scan(document.read_text(encoding="utf-8"))
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "Design a URL shortening system like [TinyURL](https://tinyurl.com/).")
    ]
    assert found.questions[0].answer.endswith("Base62 ids over a KV store.")
    out = tmp_path / "bank"
    result = run("import-md", str(document), "--out", str(out), "--yes")
    assert result.exit_code == 0, result.stderr
    assert [p.relative_to(out).as_posix() for p in out.rglob("*.md")] == [
        "system-design/design-a-url-shortening-system-like-tinyurl.md"
    ]


def test_a_guide_whose_first_paragraph_does_not_order_a_design_stays_empty() -> None:
    text = (
        "# URL Shortener\n\nWe built a URL shortener last year.\n\n## Requirements\n\nShort.\n\n"
        "## Estimation\n\nSmall.\n\n## Design\n\nA KV store.\n"
    )
    assert scan(text).questions == []


def test_code_below_the_question_is_part_of_it_and_bold_back_links_are_not_answers() -> None:
    text = (
        "## PHP questions\n\n#### Q. After the code below is run, what is `$b`?\n\n"
        "```php\n$a = '5';\n$b = &$a;\n```\n"
        "#### Q. What is Composer?\nA package manager for PHP.\n"
        '<div align="right">\n    <b><a href="#">↥ back to top</a></b>\n</div>\n\n'
        "#### Q. What is Packagist?\nThe main Composer repository.\n"
    )
    found = scan(text)
    code, composer, _ = found.questions
    assert code.text.startswith("After the code below is run, what is `$b`?")
    assert "$b = &$a;" in code.text
    assert code.missing_answer
    assert composer.answer == "A package manager for PHP."


def test_labelled_problem_bullets_each_alone_read_as_questions_over_their_answers() -> None:
    text = (
        "* Problem 1: Which things cause React components to re-render?\n\n"
        "1. State changes.\n2. New props.\n\n**How to Avoid Unnecessary Re-renders?**\n"
        "1. React.memo.\n\n"
        "* Problem 2: What is useEffect?\n\nA hook for side effects.\n\n"
        "**When to use it?**\nAfter render.\n\n"
        "* Problem 3: When would you use useMemo?\n\n**What is useMemo?**\nIt caches a value.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (1, "Which things cause React components to re-render?"),
        (9, "What is useEffect?"),
        (16, "When would you use useMemo?"),
    ]
    assert found.questions[0].answer.endswith("1. React.memo.")
    assert "**When to use it?**" in found.questions[1].answer


def test_a_list_of_labelled_problems_stays_a_list() -> None:
    text = (
        "## Practice\n\n- Problem 1: Reverse a string.\n- Problem 2: Find a cycle in a list.\n"
        "- Problem 3: Merge two sorted arrays.\n"
    )
    found = scan(text)
    assert [q.layout for q in found.questions] == ["list", "list", "list"]


def test_questions_alone_in_their_lists_each_over_their_own_answer() -> None:
    text = (
        "# JS Questions\n\n* #### Explain event delegation\n```\nListeners fire on parents.\n```\n\n"
        "* #### Explain how `this` works in JavaScript\n\n[this keyword](../concepts/this.md)\n\n"
        "* #### Explain how prototypal inheritance works\n\nObjects delegate to a prototype.\n\n"
        "* What do you think of AMD vs CommonJS?\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "Explain event delegation"),
        (8, "Explain how `this` works in JavaScript"),
        (12, "Explain how prototypal inheritance works"),
        (16, "What do you think of AMD vs CommonJS?"),
    ]
    assert found.questions[1].answer == "[this keyword](../concepts/this.md)"
    assert found.questions[2].answer == "Objects delegate to a prototype."


def test_numbered_problem_headings_solved_below_are_questions_with_their_statement() -> None:
    text = (
        "## 1. Reverse a String\n\n### Problem\n\nReverse a given string.\n\n### Solution\n\n"
        "```python\ndef rev(s):\n    return s[::-1]\n```\n\n---\n\n"
        "## 2. Find Factorial\n\n### Solution\n\n```python\nmath.factorial(5)\n```\n\n---\n\n"
        "## 3. Binary Search\n\n### Solution\n\n```python\nbisect.bisect_left(a, x)\n```\n\n"
        "### Time Complexity\n\nO(log n)\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (1, "Reverse a String\n\nReverse a given string."),
        (16, "Find Factorial"),
        (26, "Binary Search"),
    ]
    assert found.questions[0].answer.startswith("```python\ndef rev(s):")
    assert found.questions[2].answer.endswith("O(log n)")


def test_a_numbered_list_under_a_heading_naming_problems_to_practise_holds_them() -> None:
    text = (
        "## Most-asked coding problems to practice\n1. Second/Nth highest salary.\n"
        "2. Duplicate rows (`GROUP BY ... HAVING COUNT(*) > 1`).\n3. Users with no orders.\n\n"
        "## Common problems\n1. Out of memory.\n2. Slow joins.\n3. Lock waits.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [2, 3, 4]


def test_a_list_under_you_might_be_asked_about_is_questions() -> None:
    text = (
        "### 1.1 General programming\n\nYou might be asked about :\n\n"
        "* Kinds of programming languages\n* Heap vs Stack, Stack overflow\n* Garbage Collection\n\n"
        "### 1.2 Reading\n\nSome books:\n\n* Clean Code\n* SICP\n* The Pragmatic Programmer\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Kinds of programming languages",
        "Heap vs Stack, Stack overflow",
        "Garbage Collection",
    ]


def test_numbered_lines_in_bold_italics_are_bold_questions() -> None:
    text = (
        "# Java Questions #\n\n***1. What is Java?***\n* A language from Sun.\n\n"
        "***2. Explain object oriented programming concepts.***\n* Classes and objects.\n\n"
        "***3. C++ vs Java***\n* Java runs on a VM.\n\n***4. Who loads the class in RAM?***\n"
        "* The class loader.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "What is Java?"),
        (6, "Explain object oriented programming concepts."),
        (9, "C++ vs Java"),
        (12, "Who loads the class in RAM?"),
    ]
    assert found.questions[2].answer == "* Java runs on a VM."


def test_a_level_then_an_order_is_a_question_and_article_wrappers_are_not_answer() -> None:
    text = (
        '# Scenario Questions\n\n<article data-difficulty="junior">\n\n'
        "## 🟢 Junior: Fix the Duplicate Data Problem\n\n**Scenario:** A retried load doubled "
        "the rows. What went wrong?\n\n<details>\n<summary>✅ Solution</summary>\n\n"
        "Make the load idempotent.\n\n</details>\n\n</article>\n\n"
        '<article data-difficulty="mid-level">\n\n## 🟡 Mid-Level: Why Is My DAG Not Running?\n\n'
        "**Scenario:** It never triggers.\n\n<details>\n<summary>✅ Solution</summary>\n\n"
        "It is paused.\n\n</details>\n\n</article>\n\n## 🟢 Junior\n\nWarm-up questions follow.\n"
    )
    found = scan(text)
    assert len(found.questions) == 2
    first, second = found.questions
    assert first.difficulty == "easy" and second.difficulty == "medium"
    # the level goes to the difficulty, not into the question's words
    assert second.text.startswith("Why Is My DAG Not Running?")
    assert first.answer == "Make the load idempotent."
    assert second.answer == "It is paused."


def test_a_question_stated_in_the_front_matter_is_the_files_question() -> None:
    text = (
        "---\ntype: question\nid: amazon-02\nquestion: 实现两个整数相除，不用乘法和除法。\n"
        "level: 高阶\n---\n\n## 一句话答案\n\n用指数搜索逐位确定商。\n\n## 面试官在考什么\n\n"
        "边界与溢出。\n\n## 常见追问\n\n- **追问**：为什么用负数做？\n  - 要点：INT_MIN 的绝对值超出范围。\n"
        "- **追问**：复杂度是多少？\n  - 要点：O(log² n)。\n\n## 相关题目\n\n- [[amazon-01]]\n"
    )
    found = scan(text)
    assert (found.questions[0].line, found.questions[0].text) == (
        4,
        "实现两个整数相除，不用乘法和除法。",
    )
    card = found.questions[0]
    assert card.answer.startswith("## 一句话答案")
    assert card.answer.endswith("边界与溢出。")
    assert [q.text for q in found.questions[1:]] == ["为什么用负数做?", "复杂度是多少?"]
    assert found.questions[1].answer == "- 要点：INT_MIN 的绝对值超出范围。"


def test_a_block_scalar_question_key_is_not_read_as_the_question() -> None:
    text = "---\nquestion: |\n  multi\n---\n\n## What is a closure?\n\nA function and its scope.\n"
    found = scan(text)
    assert [q.text for q in found.questions] == ["What is a closure?"]
    # nor a whole text on one line (200,000 characters)
    flooded = text.replace("question: |\n  multi", "question: " + "x" * 200_000)
    assert [q.text for q in scan(flooded).questions] == ["What is a closure?"]


def test_items_marked_as_exercises_are_questions_even_under_further_reading() -> None:
    text = (
        "## 问题 1：什么是闭包？\n\n函数与其词法环境。\n\n## 延伸阅读\n\n"
        "- MDN：[闭包](https://developer.mozilla.org/)\n"
        "- 【练习】实现一个完整的模块系统，包括私有变量。\n- [Exercise] Write a memoising wrapper.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions][1:] == [
        "【练习】实现一个完整的模块系统,包括私有变量。",
        "[Exercise] Write a memoising wrapper.",
    ]


def test_heading_items_whose_folds_sit_in_list_items_of_their_own() -> None:
    text = (
        "## **junior**\n\n- ### Общие вопросы\n  #### 1. В чем заключаются принципы ООП?\n\n"
        "    - <details><summary>Ответ:</summary>\n\n        - Абстракция\n        - Полиморфизм\n"
        "  </details>\n\n  ---\n\n  #### 2. Что такое сложность алгоритма?\n\n"
        "    - <details><summary>Ответ:</summary>\n       Оценка времени и памяти.\n    </details>\n\n"
        "- ### Тестирование\n  #### 3. Что такое TDD?\n\n    - <details><summary>Ответ:</summary>\n"
        "       Сначала тест, потом код.\n    </details>\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "В чем заключаются принципы ООП?",
        "Что такое сложность алгоритма?",
        "Что такое TDD?",
    ]
    assert "Полиморфизм" in found.questions[0].answer
    assert found.questions[2].answer == "Сначала тест, потом код."


def test_a_bold_question_answered_below_it_keeps_its_steps_as_its_answer() -> None:
    text = (
        "## Unsupervised\n\n20. **What is PCA?**  \n    PCA finds directions of max variance.\n\n"
        "21. **Explain the Apriori algorithm and its key steps.**  \n"
        "    Apriori finds frequent itemsets:  \n    - Identify frequent items.  \n"
        "    - Generate candidate itemsets.  \n    - Prune infrequent ones iteratively.\n\n"
        "22. **What is LDA?**  \n    LDA maximizes class separability.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is PCA?",
        "Explain the Apriori algorithm and its key steps.",
        "What is LDA?",
    ]
    assert found.questions[1].answer.endswith("- Prune infrequent ones iteratively.")


def test_a_list_under_a_questions_label_is_questions_statements_included() -> None:
    text = (
        "### Category 3: Above & Beyond\n\n**Questions:**\n"
        "1. Tell me about a time you went above and beyond for a client.\n"
        "2. Tell me about a solution customers did not ask for.\n"
        "3. Not only met a goal but considerably exceeded expectations.\n\n"
        "**Story Flow:**\n- Discovered a need\n- Made a plan\n- Executed\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [4, 5, 6]


def test_a_case_under_a_problem_statement_heading_with_its_list_is_one_question() -> None:
    text = (
        "# Fraud Detection System Design\n\n## 1. Problem Statement\n\n"
        "Design a fraud detection platform for a marketplace that can catch abuse across:\n\n"
        "* **Orders**: fake orders\n* **Payments**: stolen cards\n\n## 2. Goals\n\nLow latency.\n\n"
        "## 3. Scoring\n\nFor a given action, the system should:\n\n* fetch latest features\n"
        "* compute fraud risk score\n\n## 4. Serving\n\nA feature store and a model server.\n"
    )
    found = scan(text)
    assert len(found.questions) == 1
    case = found.questions[0]
    assert case.line == 5
    assert case.text.endswith("* **Payments**: stolen cards")
    assert case.answer.startswith("## 2. Goals")
    assert case.answer.endswith("A feature store and a model server.")


def test_an_answer_key_of_question_headings_answers_questions_labelled_by_number() -> None:
    text = (
        "# Quiz: Event Loop\n\n## Questions\n\n### Question 1 (Medium - Output Order)\n"
        "What is printed when this code runs?\n```js\nsetTimeout(() => log(1));\nlog(2);\n```\n\n"
        "### Question 2 (Hard - Await)\nWhat is printed by this block of code?\n"
        "```js\nawait null; log(3);\n```\n\n### Question 3 (Senior - Errors)\n"
        "What is printed by the following code?\n```js\nPromise.reject(1).catch(log);\n```\n\n"
        "## Answer Key & Explanations\n\n"
        "### Question 1: Macrotask order\n\n- **Answer:** 2, then 1.\n"
        '- **Interviewer Follow-up:** "What if it were a promise?" (It runs first.)\n\n'
        "### Question 2: Await suspension\n\n- **Answer:** 3, after a microtask.\n\n"
        "### Question 3: Caught rejection\n\n- **Answer:** 1.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [5, 12, 18]
    first, second, _ = found.questions
    assert first.text.endswith("log(2);\n```")
    assert "2, then 1." in first.answer
    assert first.follow_ups == ["What if it were a promise?"]
    assert "3, after a microtask." in second.answer


def test_bare_html_list_items_under_html_bold_questions_are_their_answers() -> None:
    text = (
        "# ML Questions and Answers\n\n<b>1. How do you handle missing data? </b>\n"
        "<li>Drop rows, at a cost.\n<li>Impute with the mean or a model.\n  \n"
        "<b>2. Explain Naive Bayes</b>\n  <li>A classifier from Bayes' theorem.<br>\n"
        "   It assumes independent features.<br>\n    \n"
        "<b>3. What are false positives?</b>\n<li>Negatives called positive.\n"
        "  \n  <b>4. Examples of supervised learning in business?</b>\n<li>Churn prediction.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 7, 11, 14]
    assert found.questions[1].answer.startswith("- A classifier from Bayes' theorem.")
    assert found.questions[3].answer == "- Churn prediction."


def test_a_front_matter_topic_chooses_the_category(tmp_path: Path) -> None:
    folder = tmp_path / "amazon"
    folder.mkdir()
    document = folder / "02-division.md"
    document.write_text(
        "---\ntype: question\ntopic: coding\nquestion: 不用乘法和除法实现两个整数相除。\n---\n\n"
        "## 一句话答案\n\n用指数搜索逐位确定商。\n",
        encoding="utf-8",
    )
    out = tmp_path / "bank"
    result = run("import-md", str(document), "--out", str(out), "--yes")
    assert result.exit_code == 0, result.stderr
    assert [p.parent.name for p in out.rglob("*.md")] == ["algorithms"]


def test_stories_asked_with_tell_us_or_share_a_time_are_behavioral_questions(
    tmp_path: Path,
) -> None:
    text = (
        "# Presales Interview Q&A\n\n"
        "**Q: Describe a time you worked across teams to close a deal.**\n"
        "Mapped owners and dates. Result: won.\n\n"
        "**Q: Tell us about a time you explained a hard idea simply.**\n"
        "Used a library analogy. Result: approval.\n\n"
        "### Share a time you built a prototype with little time.\n\n"
        "**Answer Example:** A script and a mock UI in eight hours.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 6, 9]
    first, second, third = found.questions
    assert first.answer == "Mapped owners and dates. Result: won."
    assert second.text == "Tell us about a time you explained a hard idea simply."
    assert "eight hours" in third.answer
    document = tmp_path / "presales" / "notes.md"
    write(document, text)
    out = tmp_path / "bank"
    result = run("import-md", str(document), "--out", str(out), "--yes")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.parent.name for p in out.rglob("*.md")) == ["behavioral"] * 3


def test_html_comments_between_questions_are_not_part_of_answers() -> None:
    text = (
        "# Glue Q&A\n\n<!-- item -->\n## 1. **Question:** How would you scale a Glue job?\n\n"
        "**Answer:** Add workers, then partition the input.\n\n<!-- item -->\n"
        "## 2. **Question:** When would you avoid Glue?\n\n**Answer:** For tiny jobs.\n\n"
        "```html\n<!-- kept: inside code -->\n```\n\n<!-- item -->\n"
    )
    found = scan(text)
    first, second = found.questions
    assert first.answer == "Add workers, then partition the input."
    assert second.answer.startswith("For tiny jobs.")
    assert "<!-- kept: inside code -->" in second.answer
    assert second.answer.endswith("```")


def test_numbered_headings_over_a_fenced_prompt_are_questions_stated_in_the_fence() -> None:
    text = (
        "# SQL Roadmap\n\n# EASY SQL QUESTIONS\n\n---\n\n## 1. Second Highest Salary\n\n"
        "```sql\nFind the second highest salary from Employee table.\n```\n\n---\n\n"
        "## 2. Remove Duplicates\n\n```sql\nDelete duplicate records keeping latest one.\n```\n\n"
        "# Window Function Questions\n\n## 1.\n\n```sql\nFind each employee's salary rank.\n```\n\n"
        "## 2.\n\n```sql\nFind latest login per user.\n```\n\n"
        "## 3.\n\n```sql\nSessionization of user activity.\n```\n\n"
        "# Important SQL Concepts\n\n## CASE\n\n```sql\nCASE WHEN THEN END\n```\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [7, 15, 23, 29, 35]
    first, _, rank, _, sessions = found.questions
    assert first.text == (
        "Second Highest Salary\n\nFind the second highest salary from Employee table."
    )
    assert rank.text == "Find each employee's salary rank."
    assert sessions.text == "Sessionization of user activity."
    assert all(q.missing_answer for q in found.questions)


def test_a_heading_over_its_code_answer_keeps_the_code_as_the_answer() -> None:
    text = "".join(
        f"## {n}. How do you reverse list {n}?\n\n```python\nreturn items[::-1]\n```\n\n"
        for n in range(1, 5)
    )
    found = scan(text)
    assert len(found.questions) == 4
    assert found.questions[0].text == "How do you reverse list 1?"
    assert "return items[::-1]" in found.questions[0].answer


def test_a_table_of_question_types_and_a_list_of_expectations_are_not_questions() -> None:
    text = (
        "# Real SQL Interview Questions\n\n### 1. Top Earners\n\n"
        "**Problem:** Find the top 3 salaries per department.\n\n```sql\nSELECT 1;\n```\n\n"
        "### 2. Duplicates\n\n**Problem:** Find duplicate emails.\n\n```sql\nSELECT 2;\n```\n\n"
        "### Pattern Mapping\n\n| Question Type | Pattern |\n| --- | --- |\n"
        "| Top-N | Window functions |\n| Duplicates | GROUP BY |\n| Funnel | CASE |\n\n"
        "### ⚙️ Real Interview Expectations\n\nAt Google:\n\n* Write **correct queries quickly**\n"
        "* Explain:\n\n  * Logic\n  * Trade-offs\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [5, 13]


def test_talk_about_is_a_prompt() -> None:
    text = (
        "## General Questions:\n\n### What do you weigh when you build a site?\n\n---\n\n"
        "### Talk about your preferred development environment.\n\nNode.js with Express\n\n"
        "---\n\n### Which version control systems are you familiar with?\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 7, 13]
    assert found.questions[1].answer == "Node.js with Express"


def test_a_gloss_in_brackets_after_the_question_mark_is_part_of_the_question() -> None:
    text = (
        "## From Today's Interview\n\n1. **Data Volume Details**\n"
        "   - What was the volume of data you handled? (GBs/TBs/PBs, number of records)\n"
        "   - How much time did the jobs take to complete?\n\n2. **Design**\n"
        "   - What are the constraints involved (budget, latency)?\n"
        "   - What are the pros and cons of each approach?\n"
    )
    found = scan(text)
    first = found.questions[0]
    assert first.text == (
        "What was the volume of data you handled? (GBs/TBs/PBs, number of records)"
    )
    assert first.missing_answer
    assert len(found.questions) == 4


def test_short_headings_led_by_the_instruction_of_their_asking_siblings_ask() -> None:
    text = (
        "# system-design-interview-questions\n\n## Design TinyURL\n## Design twitter\n"
        "## Design facebook news feed\n## Design Cache\n## Design a webcrawler\n## \n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Design TinyURL",
        "Design twitter",
        "Design facebook news feed",
        "Design Cache",
        "Design a webcrawler",
    ]


def test_two_word_section_headings_are_not_questions() -> None:
    text = (
        "# Notes\n\n## Design Goals\n\nFast.\n\n## Design Principles\n\nSimple.\n\n"
        "## Design Decisions\n\nSQLite.\n\n## Design a rate limiter for the API\n\nTokens.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == ["Design a rate limiter for the API"]


def test_a_task_with_questions_folded_under_it_is_a_question_too() -> None:
    text = (
        "- Design splitwise\n- Design a Job scheduler => scalability, fault tolerance,\n"
        "  how will you spread jobs over servers.\n"
        "  Based on frequency & time how will you execute them ?\n"
        "  How will you notify the user when a job ends ?\n- Design Debugger\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [1, 2, 4, 5, 6]
    assert found.questions[1].text.startswith("Design a Job scheduler => scalability")


def test_number_headings_over_question_and_answer_labels() -> None:
    text = (
        "# JS prep\n\n### 1.\n**Question**  \nWhat will the following code return?\n\n"
        "    console.log(typeof typeof 1)\n\n**Answer**  \n`string`\n\n"
        "### 2.\n**Question**  \nImagine you have this code: `var a = [1,2,3]`  \n"
        "a) Will this result in a crash? `a[10] = 99`  \nb) What will this output? `a[6]`\n\n"
        "    \n**Answer**  \na) It will not crash.  \nb) `undefined`.\n\n"
        "### 3.\n**Question**  \n\nCreate a function that visits every element under a node.\n\n"
        "The arguments should be:\n\n- a DOM element\n- a callback\n\n**Answer**  \n\n"
        "A depth-first walk:\n\n    function walk(node, visit) { visit(node) }\n\n"
        "### 4.\n**Question**  \n\nWhat will this print and why:\n\n    console.log(this)\n\n"
        "What is the issue with the code?\n\n**Answer**  \n\n`window`, not the object.\n"
    )
    found = scan(text)
    assert len(found.questions) == 5
    _, crash, output, task, printed = found.questions
    # the set-up asked in lettered parts, answered part by part: a question a part, each
    # with the set-up as its scenario and its own line of the answer
    assert (crash.context, crash.text, crash.answer) == (
        "Imagine you have this code: `var a = [1,2,3]`",
        "Will this result in a crash? `a[10] = 99`",
        "It will not crash.",
    )
    assert (output.text, output.answer) == ("What will this output? `a[6]`", "`undefined`.")
    assert task.text.startswith("Create a function that visits every element under a node.")
    assert task.text.endswith("- a callback")
    assert task.answer.startswith("A depth-first walk:")
    assert "console.log(this)" in printed.text
    assert printed.text.endswith("What is the issue with the code?")
    assert printed.answer == "`window`, not the object."


def test_topic_links_into_a_folder_of_answers_are_questions() -> None:
    asked = "".join(
        f"{n}. [How do you do task {n}?](./solutions/task-{n}.md)\n" for n in range(1, 4)
    )
    text = (
        "# React Interview Questions\n\n## Level 1 Scenarios\n\n"
        + asked
        + "4. [Change focus of a child textbox from the parent.](./solutions/focus.md)\n\n"
        "## Basic React Questions\n\n- [Props vs State](./solutions/props-vs-state.md)\n"
        "- [Virtual DOM](./solutions/virtual-dom.md)\n- [Event handling](./solutions/events.md)\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions][3:] == [
        "Change focus of a child textbox from the parent.",
        "Props vs State",
        "Virtual DOM",
        "Event handling",
    ]
    assert found.questions[4].source_note == "./solutions/props-vs-state.md"


def test_an_index_of_links_to_other_question_lists_is_not_questions() -> None:
    text = (
        "# Interview questions\n\n- [Questions on soft skills](./soft-skills.md)\n"
        "- [HTML](./html.md)\n- [CSS](./css.md)\n\n## Java\n\n"
        "1. What is the JVM?\n2. What is a class loader?\n3. What is garbage collection?\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [9, 10, 11]


def test_labelled_problems_with_hint_bullets_and_stated_points() -> None:
    text = (
        "# Progressive SQL Problem Set\n\n## SQL Problems\n\n### Level 1 (Warm-up)\n"
        "**Problem:** Find the **3rd highest salary per department** and return ties.  \n"
        "- Hint: Use `DENSE_RANK()`.\n\n---\n\n### Level 4 (Incremental Processing)\n"
        "**Problem:** You have a `transactions` table with daily loads.  \n"
        "- Requirement: Keep only the **latest record per transaction_id**.  \n"
        "- Hint: Use `ROW_NUMBER()` and keep `rn=1`.\n\n---\n\n"
        "### Level 5 (Analytical BI Problem)\n**Problem:** Sessionization in Web Logs  \n"
        "- Users generate events (user_id, ts). A gap over 30 minutes starts a session.  \n"
        "- Output: user_id, session_id, session_start.  \n\n"
        "- Hint: Use `LAG(ts)` and a running sum.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [6, 12, 19]
    first, loads, sessions = found.questions
    assert first.text == "Find the **3rd highest salary per department** and return ties."
    assert first.missing_answer
    assert first.hints == ["Use `DENSE_RANK()`."]
    assert loads.text.endswith("- Requirement: Keep only the **latest record per transaction_id**.")
    assert loads.missing_answer
    assert sessions.text.startswith("Sessionization in Web Logs\n\n- Users generate events")
    assert sessions.text.endswith("- Output: user_id, session_id, session_start.")
    assert sessions.hints == ["Use `LAG(ts)` and a running sum."]


def test_a_labelled_problem_keeps_bullets_that_answer_it() -> None:
    text = (
        "**Problem:** Why does a join explode row counts?\n"
        "- Duplicate keys on both sides multiply.\n- Check key uniqueness first.\n\n"
        "**Problem:** Why is my window query slow?\n- It sorts every partition.\n\n"
        "**Problem:** When is a CTE recomputed?\n- Each time it is referenced, in some engines.\n"
    )
    found = scan(text)
    assert found.questions[0].text == "Why does a join explode row counts?"
    assert found.questions[0].answer.startswith("- Duplicate keys on both sides multiply.")


def test_bullets_right_under_a_numbered_question_answer_it() -> None:
    text = (
        "## Linear Algebra\n1. What is broadcasting?\n1. What are scalars and vectors?\n"
        "- Scalars are constants. Vectors are columns of scalars.\n"
        "3. What is the Hadamard product?\n- Element-wise multiplication\n"
        "41. What is an eigenvector?\n42. How to find the eigenvalues of a matrix?\n"
        "- Solve Ax = yx, so (A - yI)x = 0.\n\n"
        "7. Explain design patterns.\n8. Explain caching.\n+ Factory <br>\n+ Builder <br>\n"
        "<br>\n9. Explain sorting.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [2, 3, 5, 7, 8, 11, 12, 16]
    scalars, eigen = found.questions[1], found.questions[4]
    assert scalars.answer == "- Scalars are constants. Vectors are columns of scalars."
    assert eigen.answer == "- Solve Ax = yx, so (A - yI)x = 0."
    assert found.questions[0].missing_answer
    assert found.questions[3].missing_answer


def test_chinese_numbered_question_headings() -> None:
    text = (
        "# 全栈 AI 面试题精选\n\n### 题 1：设计 ChatGPT 式聊天应用（1M DAU）\n\n"
        "**考察点**\n- 流式渲染\n\n### 题 2：设计 RAG 客服知识门户\n\n**考察点**\n- 引用\n\n"
        "### 编码题 1：用 fetch + SSE 实现流式聊天 UI\n\n- **题目**：实现一个聊天组件。\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 8, 13]
    assert found.questions[0].text == "设计 ChatGPT 式聊天应用(1M DAU)"  # (NFKC)


def test_a_prompt_heading_under_a_numbered_label_asks_about_the_code_above_it() -> None:
    block = (
        "### Q{n}\n\n```jsx\nfunction App() {{ return <h1>{n}</h1>; }}\n```\n\n"
        "#### ❓ Output?\n\n<details>\n<summary>✅ Answer</summary>\n\n```txt\n{n}\n```\n\n"
        "</details>\n\n---\n\n"
    )
    text = "## 1. JSX & Rendering\n\n" + "".join(block.format(n=n) for n in range(1, 4))
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 22, 41]
    first = found.questions[0]
    assert first.text == "Output?\n\n```jsx\nfunction App() { return <h1>1</h1>; }\n```"
    assert first.answer.strip().startswith("```txt\n1\n```")


def test_quick_checks_in_a_table_and_prompts_answered_in_callouts() -> None:
    text = (
        "## Prerequisites\n\n| You should be able to | Where | Quick check |\n|---|---|---|\n"
        "| Convert volumes | [Anchors](a.md) | 40 million predictions a day is how many per second? |\n"
        "| Size a table | [Anchors](a.md) | 1 million items, 256 dims, float32: how many bytes? |\n"
        "| Read a flat test | [A/B](b.md) | Your test is flat. Name two fixes. |\n\n"
        '??? note "Show answers to the quick checks"\n\n    1. About 463 per second.\n\n'
        "## Learning objectives\n\n1. **Compute** a latency budget per stage.\n"
        "2. **Design** a retrieval path for a stated pool size.\n\n## Warm-up\n\n"
        "**Q1.** Name two signals that this is an ML design round.\n\n"
        '??? note "Show answer"\n\n    The prompt names a judgement; the follow-up asks about labels.\n'
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [5, 6, 7, 20]
    assert found.questions[0].text == "40 million predictions a day is how many per second?"
    assert found.questions[3].answer == (
        "The prompt names a judgement; the follow-up asks about labels."
    )


def test_a_labelled_question_that_asks_at_the_end_of_its_lines() -> None:
    text = (
        "Q30: How do KL divergence and the KS test differ?\n\n"
        "Q31: Var(X) = 2 and Var(Y) = 1, and P and Q are defined as follows: P = 2X + 4Y\n"
        "Q = 4X - 2Y. So, what's the covariance between P and Q?\n\n"
        "Q32: Which test checks that two variances are equal?\n\n"
        "Q33: Share a scenario where a window function solved a business problem.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [1, 3, 6, 8]
    covariance = found.questions[1]
    assert covariance.text.endswith("So, what's the covariance between P and Q?")
    assert covariance.missing_answer


def test_a_section_named_with_an_ampersand_is_no_order_and_italic_follow_ups() -> None:
    text = (
        "# AWS Interview Questions\n\n## Compute & Access Control\n\n"
        "1. **How would you give one user access to one EC2 instance?**\n"
        "   With a security group and an IAM policy scoped to that instance.\n\n"
        "2. **What is the difference between IAM roles and policies?**\n"
        "   A role is assumed; a policy lists what is allowed.\n\n"
        "**[Basic] Why does Java not support multiple inheritance of classes?**\n"
        "To avoid the diamond problem.\n"
        "*Follow-up: which rule resolves two default methods with one signature?*\n"
        "The class must override the method.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [5, 8, 11]
    assert found.questions[2].follow_ups == [
        "which rule resolves two default methods with one signature?"
    ]


def test_a_list_set_as_the_readers_tasks_is_one_task_per_item() -> None:
    text = (
        "# Sample project for interviews\n\n"
        "A starting point for a coding exercise during a technical interview.\n\n"
        "Some ideas of tasks to work on with the sales data:\n\n"
        "* Load the data into a DataFrame. Note whether the candidate reaches for a\n"
        "  CSV library.\n"
        "* Print the schema\n"
        "* Get the distinct store names\n\n"
        "# Deploy a private web app\n\n"
        "#### **Task**\n\n"
        "1. Create a VPC with public and private subnets\n"
        "2. Launch two instances behind a load balancer\n\n"
        "## Setup\n\n"
        "Steps the maintainers follow:\n\n"
        "- Install the tools\n"
        "- Run the checks\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [7, 9, 10, 16, 17]
    assert found.questions[0].text.startswith("Load the data into a DataFrame.")
    assert found.questions[3].text == "Create a VPC with public and private subnets"


def test_an_italic_follow_up_that_closes_on_a_later_line() -> None:
    text = (
        "**[Basic] Why does Java not support multiple inheritance of classes?**\n"
        "To avoid the diamond problem.\n"
        "*Follow-up: how would you resolve a clash between two default methods with the same\n"
        "signature?* Override the method and call `A.super.m()` where needed.\n\n"
        "**[Basic] Is Java pass-by-value?**\n"
        "Always; references are passed by value.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [1, 6]
    assert found.questions[0].follow_ups == [
        "how would you resolve a clash between two default methods with the same signature?"
    ]
    assert "Override the method" in found.questions[0].answer


def test_an_answer_promised_for_later_is_no_answer() -> None:
    text = (
        "## Beginner Level\n"
        "1. **What is ARC in Swift?**  \n"
        "   *Answer coming soon...*\n\n"
        "2. **What is a weak reference?**  \n"
        "   Solution will be added soon.\n\n"
        "3. **What is a retain cycle?**  \n"
        "   Two objects that hold each other strongly, so neither is freed.\n"
    )
    found = scan(text)
    assert [(q.line, q.missing_answer) for q in found.questions] == [
        (2, True),
        (5, True),
        (8, False),
    ]


def test_cards_titled_in_html_over_folded_answers() -> None:
    def card(title: str, level: str, answer: str, asked: str) -> str:
        return (
            f'<h2 id="card">{title}</h2>\n\n'
            f"<code>{level}</code> · <code>High</code>\n\n"
            "<details>\n<summary><strong>Show answer and Swift</strong></summary>\n\n"
            f"{answer}\n\n**Then they usually ask**\n\n- {asked}\n\n</details>\n\n"
        )

    text = (
        "# Memory\n\n10 cards · source memory.md\n\n"
        + card("Explain ARC", "Junior", "The compiler inserts retains.", "Is ARC runtime?")
        + card("ARC vs garbage collection", "Mid", "ARC frees at once.", "Any pauses?")
        + card("autoreleasepool", "Senior", "It drains temporaries.", "When is it drained?")
        + "```html\n<h2>Not a card</h2>\n```\n"
    )
    found = scan(text)
    assert [(q.text, q.difficulty, q.follow_ups) for q in found.questions] == [
        ("Explain ARC", "easy", ["Is ARC runtime?"]),
        ("ARC vs garbage collection", "medium", ["Any pauses?"]),
        ("autoreleasepool", "hard", ["When is it drained?"]),
    ]
    assert found.questions[0].answer.startswith("The compiler inserts retains.")
    assert "<code>" not in found.questions[1].answer
    assert "<h2>Not a card</h2>" in found.questions[2].answer


def test_html_headings_with_tags_inside_name_their_sections() -> None:
    text = (
        '<h2><a name="ds">Data Science Questions</a></h2>\n\n'
        "1. What is a p-value?\n2. What is overfitting?\n\n"
        '<h2><a name="pm">Product <b>Questions</b></a></h2>\n\n'
        "1. How would you measure the success of a feature?\n\n"
        "```html\n<h2>What is a heading?</h2>\n```\n"
    )
    found = scan(text)
    assert [(q.line, q.sections) for q in found.questions] == [
        (3, ["Data Science Questions"]),
        (4, ["Data Science Questions"]),
        (8, ["Product Questions"]),
    ]
    assert "<h2>What is a heading?</h2>" in found.questions[2].answer


def test_a_numbered_problem_over_its_statement_in_a_fence_goes_on_with_the_list() -> None:
    text = (
        "# Go Interview Questions\n\n"
        "1. How do you stop a goroutine?\n"
        "2. What is wrong with this program?\n"
        "```\nfor _, v := range a {\n    go func() { ch <- v * 2 }()\n}\n```\n\n"
        "3. Dining Philosophers Problem\n"
        "```\nFive philosophers sit at a round table; a fork lies between each pair. "
        "Design a discipline so that no philosopher starves.\n```\n\n"
        "4. Tell all the ways a channel can block.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 4, 11, 16]
    assert found.questions[2].text == (
        "Dining Philosophers Problem\n\nFive philosophers sit at a round table; a fork lies "
        "between each pair. Design a discipline so that no philosopher starves."
    )
    assert found.questions[2].missing_answer


def test_lines_that_only_look_like_questions_are_not() -> None:
    text = (
        "What is a goroutine?\n\nA function the runtime schedules on its own threads.\n\n"
        "✨ C. Select Statement (10)\n\n"
        "What's the difference between select and switch?\n\n"
        "select is for channels; switch is for any values.\n\n"
        "How do you save an activity's state?\n\n"
        "- onSaveInstance(outState: Bundle?)\n"
        "    - called before the activity may be destroyed\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is a goroutine?",
        "What's the difference between select and switch?",
        "How do you save an activity's state?",
    ]
    assert found.questions[1].answer == "select is for channels; switch is for any values."


def test_a_post_that_answers_the_question_its_front_matter_title_asks() -> None:
    text = (
        "---\ntitle: 面试记录：大模型微调时你调整了哪些参数？\ndate: 2025-09-23\n---\n\n"
        "# 前言\n\n这个问题更偏实操。\n\n## 学习率\n\n先用小学习率，数据准备好了之后就可以开始了？\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [(2, "大模型微调时你调整了哪些参数？")]
    assert "先用小学习率" in found.questions[0].answer
    listing = "---\ntitle: What do interviewers ask?\n---\n\n1. What is a p-value?\n"
    assert [q.text for q in scan(listing).questions] == ["What is a p-value?"]


def test_an_answer_between_a_list_of_questions_and_the_next_number_folded_into_it() -> None:
    text = (
        "1. What is a coroutine?\n"
        "A lightweight task the runtime can suspend.\n"
        "2. Explain the advantages of coroutines over threads.\n\n"
        "Coroutines provide several advantages:\n\n"
        "They keep asynchronous code sequential.\n"
        "They cost far less memory than threads.\n"
        "3. What does the suspend keyword mean?\n\n"
        "A function that may pause without blocking its thread.\n"
    )
    found = scan(text)
    assert [(q.line, q.context) for q in found.questions] == [(1, ""), (3, ""), (9, "")]
    assert found.questions[1].answer == (
        "Coroutines provide several advantages:\n\n"
        "They keep asynchronous code sequential.\nThey cost far less memory than threads."
    )
    assert found.questions[2].answer == "A function that may pause without blocking its thread."


def test_round_81_contents_glued_questions_formal_parents_and_chinese_numbers() -> None:
    contents = (
        "## Questions\n\n"
        "- **[Q1.](#q1)** What is tokenization?\n- **[Q2.](#q2)** What is an embedding?\n\n"
        "### Q1. What is tokenization?\n\nSplitting text into units.\n\n"
        "### Q2. What is an embedding?\n\nA dense vector for a token.\n"
    )
    found = scan(contents)
    assert [(q.line, q.text) for q in found.questions] == [
        (6, "What is tokenization?"),
        (10, "What is an embedding?"),
    ]
    assert found.unplaced == []

    glued = "What is a constructor?\nWhat is a destructor?What is a friend function?\n"
    assert [(q.line, q.text) for q in scan(glued).questions] == [
        (1, "What is a constructor?"),
        (2, "What is a destructor?"),
        (2, "What is a friend function?"),
    ]

    formal = (
        "### Optional 면접 질문\n\n"
        "* Optional이 무엇인지 설명하시오.\n"
        "* Optional의 값 추출 방식에 대해 설명하시오.\n"
        "  * guard 구문을 활용한 optional binding에 대해 설명하시오.\n"
    )
    found = scan(formal)
    assert [q.text for q in found.questions] == [
        "Optional이 무엇인지 설명하시오.",
        "Optional의 값 추출 방식에 대해 설명하시오.",
    ]
    assert found.questions[1].follow_ups == [
        "guard 구문을 활용한 optional binding에 대해 설명하시오."
    ]

    mock = "".join(
        f"## {n}、{title}\n\n{answer}\n\n"
        for n, title, answer in [
            ("一", "IP协议的首部结构", "版本、首部长度、总长度。"),
            ("二", "简述一下什么是面向对象", "封装、继承、多态。"),
            ("三", "说一说C++11 的新特性有哪些", "auto、lambda、智能指针。"),
            ("四", "编程题1", "见图。"),
        ]
    )
    assert [q.text for q in scan(mock).questions] == [
        "IP协议的首部结构",
        "简述一下什么是面向对象",
        "说一说C++11 的新特性有哪些",
        "编程题1",
    ]
    one_question = (
        "# 第 5 题：KV Cache\n\n## 题目\n\n解释 KV Cache 的原理。\n\n"
        "## 一、作用与代价\n\n省计算，费显存。\n\n## 二、小结\n\n以空间换时间。\n\n## 三、记忆要点\n\n缓存。\n"
    )
    assert "作用与代价" not in [q.text for q in scan(one_question).questions]


def test_code_and_a_labelled_answer_after_a_list_of_questions_then_more_questions() -> None:
    text = (
        "* What is a reference?\n"
        "* What is wrong with the following code:\n\n"
        "```cpp\nA* a = new B();\ndelete a;\n```\n\n"
        "Answer: Undefined behaviour, because A's destructor is not virtual.\n\n"
        "* What is the output:\n\n"
        "```cpp\nfor (unsigned char i = 0; i < 300; ++i) {}\n```\n\n"
        "Answer: An infinite loop.\n\n"
        "* Explain what the keyword `static` does?\n"
        "* What is the following:\n\n"
        "```cpp\nint (*f)(int);\n```\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [1, 2, 11, 19, 20]
    wrong = found.questions[1]
    assert wrong.text.startswith("What is wrong with the following code\n\n```cpp\nA* a")
    assert wrong.answer == "Undefined behaviour, because A's destructor is not virtual."
    assert found.questions[2].answer.endswith("An infinite loop.")


def test_round_82_numbered_extensions_task_tables_and_labelled_bold_answers() -> None:
    extensions = (
        "## 知识点二：block的本质是什么？\n\nblock是封装了函数调用的对象。\n\n"
        "**【拓展一】获取Class类的三种方法**\n\n三种。\n\n"
        "**【扩展 2-1】默认情况下能修改被block捕获的自动变量么？**\n\n不能。\n\n"
        "**【扩展 2-2】在block内修改自动变量的值有几种方式？**\n\n两种。\n\n"
        "## 知识点三：分类和类扩展\n\n两者不同。\n"
    )
    found = scan(extensions)
    assert [(q.line, q.answer) for q in found.questions[:3]] == [
        (1, "block是封装了函数调用的对象。\n\n**【拓展一】获取Class类的三种方法**\n\n三种。"),
        (9, "不能。"),
        (13, "两种。"),
    ]

    tables = (
        "## Assignments\n\n"
        "| # | Assignment | Instructions | | |\n| :-- | :-- | :-- | -- | -- |\n"
        "| 41 | Create 5 user accounts with home directories | Use `useradd -m` | | |\n"
        "| 42 | Set a password expiry policy | Use `chage` | | |\n\n"
        "## Troubleshooting\n\n"
        "| # | Issue | Expected Troubleshooting |\n| :-- | :-- | :-- |\n"
        "| 51 | Server boot loop | Check `/var/log/messages` and kernel logs |\n"
        "| 52 | Service failed to start | `systemctl status` and its logs |\n\n"
        "## Problems\n\n| # | Problem | Focus |\n|---|---|---|\n"
        "| 1 | [Top N with ties](https://x.io/1) | Ranking |\n| 2 | [Sessionize](https://x.io/2) | Windows |\n"
    )
    found = scan(tables)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("Create 5 user accounts with home directories", "Use `useradd -m`"),
        ("Set a password expiry policy", "Use `chage`"),
        ("Server boot loop", "Check `/var/log/messages` and kernel logs"),
        ("Service failed to start", "`systemctl status` and its logs"),
        ("Top N with ties", ""),
        ("Sessionize", ""),
    ]

    labelled = (
        "**Question 1: When would you use a weak reference?**\n\n"
        "### **Weak References**\n"
        "- Does not raise the retain count\n"
        "- Is **optional**, and becomes nil when the object goes\n\n"
        "**When to use:**\n- Delegates\n\n"
        "**Question 2: What does ARC count?**\n\nStrong references.\n"
    )
    found = scan(labelled)
    assert [q.line for q in found.questions] == [1, 10]
    assert "Delegates" in found.questions[0].answer


def test_a_question_and_its_answer_in_one_cell_and_titles_over_question_labels() -> None:
    table = (
        "| No. | Questions |\n|---|---|\n"
        "| 1 | What is TypeScript? <br><br> A typed superset of JavaScript.\n"
        "| 2 | Undefined vs Null ? <br><br> Undefined was never set; null was set to nothing.\n"
    )
    assert [(q.text, q.answer) for q in scan(table).questions] == [
        ("What is TypeScript?", "A typed superset of JavaScript."),
        ("Undefined vs Null ?", "Undefined was never set; null was set to nothing."),
    ]
    titled = (
        "1. Type Guards with `typeof`\n\n"
        "**Question:** Explain how TypeScript narrows with `typeof`.\n\n"
        "**Answer:** It narrows a union inside the branch.\n\n"
        "2. Truthiness Narrowing\n\n"
        "**Question:** What is truthiness narrowing?\n\n"
        "**Answer:** Narrowing on whether a value is truthy.\n"
    )
    found = scan(titled)
    assert [(q.line, q.answer) for q in found.questions] == [
        (3, "It narrows a union inside the branch."),
        (9, "Narrowing on whether a value is truthy."),
    ]


def test_a_numbered_bold_question_over_its_answer_in_the_same_paragraph() -> None:
    text = (
        "**Q28. What is a provider?**\n\nA plugin that talks to one API.\n\n"
        "**Q29. How do you debug Terraform?**\n- Set `TF_LOG`.\n\n"
        "**Q30. (Project) Walk through the VPC project at a high level.**\n"
        "It builds a VPC, two subnets and a load balancer.\n\n"
        "**Q31. What is state locking?**\n\nOne writer at a time.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (1, "What is a provider?", "A plugin that talks to one API."),
        (5, "How do you debug Terraform?", "- Set `TF_LOG`."),
        (
            8,
            "(Project) Walk through the VPC project at a high level.",
            "It builds a VPC, two subnets and a load balancer.",
        ),
        (11, "What is state locking?", "One writer at a time."),
    ]


def test_round_83_answer_headings_question_boxes_arrows_and_code_puzzles() -> None:
    answered = (
        "# 3. What sizes do `char`, `int` and `long` have?\n\n## Answer\n\nIt depends on the ABI.\n\n"
        "### Why do we need different types?\n\nTo save memory.\n\n"
        "## Is `int` always 4 bytes?\n\n### Answer\n\nNo: 2 on some 16-bit targets.\n\n"
        "# 4. What is the difference between a declaration and a definition?\n\n"
        "## Answer\n\nA definition allocates.\n"
    )
    found = scan(answered)
    assert [q.line for q in found.questions] == [1, 11, 17]
    assert "Why do we need different types?" in found.questions[0].answer
    assert found.questions[1].answer.endswith("No: 2 on some 16-bit targets.")

    boxes = (
        '??? question "1. What does switchMap cancel?"\n\n    The inner subscription.\n\n'
        '??? question "2. combineLatest vs forkJoin in one scenario each."\n\n'
        "    Live filters versus one-shot calls.\n\n"
        '??? question "3. Why does forkJoin never emit?"\n\n    An input never completes.\n'
    )
    assert [q.text for q in scan(boxes).questions] == [
        "What does switchMap cancel?",
        "combineLatest vs forkJoin in one scenario each.",
        "Why does forkJoin never emit?",
    ]

    arrows = (
        "--> 1.Explain the ARM7 architecture?\n\nA. A 32-bit RISC core.\n\n"
        "--> 2.Difference between ARM7 and Cortex-M0+?\n\nA. Thumb-2 only.\n\n"
        "3.What is an interrupt vector?\n\nA. A table of handler addresses.\n"
    )
    assert [q.line for q in scan(arrows).questions] == [1, 5, 9]

    rapid = "".join(f"{n}. 什么是第{n}种调试方法？\n" for n in range(1, 7)) + (
        "7. 你部署固件，它在实验室中可以工作，但在现场崩溃。\n列出 5 个最可能的原因。\n"
    )
    assert [q.line for q in scan(rapid).questions] == [1, 2, 3, 4, 5, 6, 7]

    puzzle = (
        "".join(
            f'#### {n}.\n~~~c\nprintf("%zu", sizeof(struct S{n}));\n~~~\n**Output:** {n * 4} bytes\n\n'
            for n in range(1, 4)
        )
        + '#### 4.\n~~~c\nprintf("%zu", sizeof(struct S4));\n~~~\n'
    )
    found = scan(puzzle)
    assert [q.line for q in found.questions] == [1, 7, 13, 19]
    assert found.questions[0].text == '~~~c\nprintf("%zu", sizeof(struct S1));\n~~~'
    assert found.questions[0].answer == "**Output:** 4 bytes"


def test_a_step_that_checks_whether_is_no_question() -> None:
    text = (
        "# 通信协议\n\n## UART\n\nUART 是异步串行通信。\n\n### 排查顺序\n\n"
        "1. 检查供电、共地和双方 IO 电平是否兼容。\n"
        "2. 核对波特率、数据位、校验位是否一致。\n"
        "3. 检查接收缓冲区是否溢出。\n\n"
        "**I2C 为什么需要上拉电阻？**\n\n开漏输出只能拉低。\n\n"
        "**是否可以在中断里调用 printf？**\n\n不建议。\n"
    )
    assert [(q.line, q.text) for q in scan(text).questions] == [
        (13, "I2C 为什么需要上拉电阻?"),
        (17, "是否可以在中断里调用 printf?"),
    ]


def test_round_84_html_heading_lines_qa_titles_parts_and_starred_numbers() -> None:
    html = (
        '<h2 align="center">Basic Flutter Questions</h2>\n\n<p align="start">\n'
        '<h3 align="start">1. Explain state management in Flutter.</h3>\n'
        '<h3 align="start">2. How do you optimise a long list?</h3>\n'
        '<h3 align="start">3. StatelessWidget vs StatefulWidget</h3>\n</p>\n'
    )
    assert [q.line for q in scan(html).questions] == [4, 5, 6]

    qa = "# 问题与简答\n\n## PHP 篇\n\n" + "".join(
        f"### {title}\n\n{answer}\n\n"
        for title, answer in [
            ("echo、print 区别", "echo 没有返回值。"),
            ("isset 和 empty 的区别", "isset 看是否设置。"),
            ("魔术方法", "以双下划线开头的方法。"),
            ("Cookie 和 Session", "一个在客户端，一个在服务端。"),
            ("预定义变量", "$_GET、$_POST 等。"),
            ("接口和抽象类有什么区别？", "接口只声明方法。"),
        ]
    )
    assert len(scan(qa).questions) == 6

    vietnamese = (
        "# Những câu hỏi phỏng vấn Flutter\n\n---\n  Câu hỏi và trả lời về Flutter Framework\n---\n\n"
        "1. Sự khác nhau giữa `StatelessWidget` và `StatefulWidget`?\n\nMột cái có trạng thái.\n\n---\n\n"
        "2. Widget `Spacer` là gì?\n\nMột khoảng trống co giãn.\n"
    )
    assert [q.line for q in scan(vietnamese).questions] == [7, 13]

    parts = (
        "### 1. What is the Common Intermediate Language?\n\nThe bytecode of .NET.\n\n"
        "#### 1.1. How can a C# class derive from an F# class?\n\nBoth compile to CIL.\n\n"
        "### 2. What is the CLR?\n\nThe runtime.\n\n"
        "#### 2.1. What is the difference between CLR and CIL?\n\nOne runs the other.\n"
    )
    assert [q.line for q in scan(parts).questions] == [1, 5, 9, 13]

    starred = (
        "".join(
            f"# ⭐ **{n}. {title}**\n\n{answer}\n\n"
            for n, title, answer in [
                (1, "What is Flutter?", "A UI toolkit."),
                (2, "Explain the widget tree.", "Widgets nest."),
                (3, "StatelessWidget vs StatefulWidget", "One keeps state."),
                (4, "What is BuildContext?", "A handle to the element."),
            ]
        )
        + "# 📌 5. VPC Related Questions\n\n## 🔹 a. What is a VPC endpoint?\n\nPrivate access.\n"
    )
    found = scan(starred)
    assert [q.text for q in found.questions] == [
        "What is Flutter?",
        "Explain the widget tree.",
        "StatelessWidget vs StatefulWidget",
        "What is BuildContext?",
        "a. What is a VPC endpoint?",
    ]


def test_chinese_tasks_that_say_tell_name_or_write() -> None:
    text = (
        "## vue\n\n"
        + "".join(
            f"#### {title}\n\n"
            for title in [
                "vue的生命周期有哪些？",
                "使用vue开发一个todo小应用，谈下你的思路",
                "说下$attrs和$listeners的使用场景",
                "使用vue写一个tab切换",
                "使用vue渲染大量数据时应该怎么优化？说下你的思路！",
                "说出几个mint-ui常用的组件",
            ]
        )
        + "#### 路由守卫是什么？\n\n- 所以答这类题要先说出那个点。\n"
    )
    found = scan(text)
    assert len(found.questions) == 7
    assert found.questions[6].follow_ups == []


def test_round_86_question_numbers_alone_over_the_question() -> None:
    # "### Question 2:" (or "**Question 2**") alone over the line that asks: the
    # question starts at its number, and the answer above ends before it
    quiz = "".join(
        f"### Question {n}:\n**Which {word} is a queue?**\n- A) a list\n- **B) a deque**\n\n---\n\n"
        for n, word in enumerate(["module", "type", "class"], start=1)
    )
    found = scan(quiz)
    assert [(q.line, q.text) for q in found.questions] == [
        (1, "Which module is a queue?"),
        (8, "Which type is a queue?"),
        (15, "Which class is a queue?"),
    ]
    assert found.questions[0].answer == "- A) a list\n- **B) a deque**"
    assert not [s for s in found.skipped if not s[1].strip()]
    bold = "".join(
        f"**Question {n}**\n\nWhat does `{n} + 1` print?\n\n  + a) {n}\n  + b) {n + 1} *\n\n"
        for n in range(1, 4)
    )
    found = scan(bold)
    assert [q.line for q in found.questions] == [1, 8, 15]
    assert [q.end for q in found.questions] == [6, 13, 20]


def test_bold_topic_cards_under_a_title_of_questions() -> None:
    # "# Questions" over bold cards, a third of them asking: the terse ones ("**Data
    # races**") are asked too; a bold label with a colon in an answer is not
    text = "# Questions\n\n" + "".join(
        f"**{card}**\n\n{answer}\n\n"
        for card, answer in [
            ("Threads vs Processes", "Threads share memory."),
            ("Data races", "Two threads write one value."),
            ("What is a mutex?", "A lock.\n\n**Example:**\n\n`lock.acquire()`"),
            ("What is N+1 query?", "One query per row."),
            ("Connection pools", "Reuse connections."),
            ("Why use a queue?", "To decouple."),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Threads vs Processes",
        "Data races",
        "What is a mutex?",
        "What is N+1 query?",
        "Connection pools",
        "Why use a queue?",
    ]
    assert "lock.acquire()" in found.questions[2].answer
    # with fewer than a third asking, bold lines are section names, not cards
    names = (
        "# Questions\n\n"
        + "".join(f"**Topic {n}**\n\nNotes on it.\n\n" for n in range(6))
        + "**What is a heap?**\n\nA tree.\n"
    )
    assert [q.text for q in scan(names).questions] == ["What is a heap?"]


def test_numbering_goes_on_under_a_plain_section_label() -> None:
    # "🔹 Intermediate Q&A" then "9. What is a Role?" in one paragraph (a list numbered
    # from 9 cannot interrupt it): the numbers skip the questions left out
    text = (
        "🔰 Beginner Q&A\n1. What is Ansible?\n\nAn automation tool.\n\n"
        "2. What is a Task?\n\nOne step.\n\n"
        "🔹 Intermediate Q&A\n9. What is a Role?\n\nA folder of tasks.\n\n"
        "12. What is a Handler?\n\nA task run on notice.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is Ansible?",
        "What is a Task?",
        "What is a Role?",
        "What is a Handler?",
    ]
    assert found.questions[1].answer == "One step."
    assert found.questions[2].answer == "A folder of tasks."


def test_a_numbered_section_over_its_first_question_in_a_list_of_lines() -> None:
    # "2. Test Levels" and, run on under it, "Can you describe …?": the section's number
    # and name, then its first question, one a line as the others
    text = (
        "1. Lifecycle Models\nExplain the tester's role in Waterfall and in Scrum.\n\n"
        "What is shift-left testing?\n\nHow does testing fit into CI/CD?\n\n"
        "When should testing begin in Agile?\n\n"
        "2. Test Levels\nCan you describe the four test levels?\n\n"
        "What is UAT?\n\nWho owns system testing?\n\n"
        "3. Test Types\nDistinguish functional from non-functional testing.\n\n"
        "What is regression testing?\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (2, "Explain the tester's role in Waterfall and in Scrum."),
        (4, "What is shift-left testing?"),
        (6, "How does testing fit into CI/CD?"),
        (8, "When should testing begin in Agile?"),
        (11, "Can you describe the four test levels?"),
        (13, "What is UAT?"),
        (15, "Who owns system testing?"),
        (18, "Distinguish functional from non-functional testing."),
        (20, "What is regression testing?"),
    ]
    assert all(not q.answer for q in found.questions)


def test_sql_tasks_with_their_queries_pasted_as_paragraphs() -> None:
    # "4. Get the names …" folded into the query above it, each query a bare paragraph:
    # "Get" asks in a list of tasks, and a query answers, it does not go on with the task
    text = (
        "1. List all teams.\n\nSELECT * FROM teams;\n"
        "2. Find players older than 30.\n\nSELECT name\nFROM players\nWHERE age > 30;\n"
        "3. Get the names of players in Oslo.\n\nSELECT name FROM players WHERE city = 'Oslo';\n"
        "4. Count the players per team.\n\nSELECT team, COUNT(*)\nFROM players\nGROUP BY team;\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "List all teams.",
        "Find players older than 30.",
        "Get the names of players in Oslo.",
        "Count the players per team.",
    ]
    assert found.questions[1].answer == "SELECT name\nFROM players\nWHERE age > 30;"
    assert found.questions[2].answer == "SELECT name FROM players WHERE city = 'Oslo';"


def test_a_list_of_questions_goes_on_after_an_answer_in_a_fence() -> None:
    text = (
        "#### Easy\n\n* What is a shell?\n```sh\nA program that reads commands.\n```\n"
        "* What is ICMP? Why use it?\n```sh\nA protocol for errors.\n```\n\n"
        "* What is a kernel module?\n* Walk me through booting into single user mode.\n"
        "* What is a runlevel?\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is a shell?",
        "What is ICMP? Why use it?",
        "What is a kernel module?",
        "Walk me through booting into single user mode.",
        "What is a runlevel?",
    ]
    assert found.questions[1].answer == "```sh\nA protocol for errors.\n```"
    # steps under an answer are still its steps
    steps = "* How do you free disk space?\n```sh\ndf -h\n```\n\n* Remove old logs.\n* Empty the cache.\n"
    assert [q.text for q in scan(steps).questions] == ["How do you free disk space?"]


def test_numbered_quiz_items_whose_stem_does_not_ask() -> None:
    # "**Question 3**" over "The function `dim()` returns the …" (a blank to fill), and
    # over "You have two vectors:", their code and the line that asks under it
    items = [
        "Which function makes a vector?\n\n  + a) `v()`\n  + b) `c()` *",
        "You have two vectors:\n```\na <- c(1)\nb <- c(2)\n```\nHow do you join them?\n\n"
        "  + a) `c(a, b)` *\n  + b) `a + b`",
        "Which function reads a CSV file?\n\n  + a) `read.csv()` *\n  + b) `csv()`",
        "The function `dim()` returns the .....\n\n  + a) rows and columns *\n  + b) bytes",
        "Which function shows the first rows?\n\n  + a) `head()` *\n  + b) `top()`",
    ]
    text = "".join(f"**Question {n}**\n\n{item}\n\n" for n, item in enumerate(items, start=1))
    found = scan(text)
    assert len(found.questions) == 5
    second = found.questions[1]
    assert second.line == 8
    assert second.text.startswith("You have two vectors")
    # its lettered choices are asked with it; the one marked right is the answer
    assert second.text.endswith("How do you join them?\n\n+ a) `c(a, b)`\n\n+ b) `a + b`")
    assert "a <- c(1)" in second.text
    assert second.answer == "a) `c(a, b)`"
    assert found.questions[3].text.startswith("The function `dim()` returns the .....")


def test_a_single_question_under_a_list_title_that_ends_with_a_mark() -> None:
    # "### GIT Interview questions?" names the list; the bold "Question 1" is asked, and a
    # heading ending in a colon right under it opens its answer
    text = (
        "### GIT Interview questions?\n\n"
        "**Question 1** You hit a conflict in the middle of a merge. How do you resolve it?\n\n"
        "### Steps to Resolve a Merge Conflict:\n\n"
        "* **Find the files** Run `git status` to list them.\n\n"
        "**Edit them:**\nKeep the right lines.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "You hit a conflict in the middle of a merge. How do you resolve it?"
    ]
    assert "Keep the right lines." in found.questions[0].answer
    assert (1, "GIT Interview questions?", "the name of the list") in found.skipped
    assert not found.unplaced


def test_a_problem_page_with_description_and_solution_headings() -> None:
    text = (
        "# Two Dice\n\n### Description\n\n"
        "Two fair dice are rolled. What is the chance that their sum is 7?\n\n"
        "### Solution\n\nSix of the 36 outcomes sum to 7, so 1/6.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (5, "Two fair dice are rolled. What is the chance that their sum is 7?")
    ]
    assert found.questions[0].answer == "Six of the 36 outcomes sum to 7, so 1/6."


def test_labelled_questions_one_a_line_in_one_paragraph() -> None:
    # "Q1- What are …?" / "Q4- What are …?" / …: each line its own question, not the
    # first one's answer
    text = (
        "Design patterns\n1. Saga\n2. CQRS\n\n"
        "Q1- What are microservices?\nQ4- What are the challenges of microservices?\n"
        "Q13***- What is the Saga pattern?\nQ21- Circuit Breaker Pattern?\n\n"
        "## Idempotent APIs\nQ35. What is an idempotent API?\nQ. Why does idempotency matter?\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (5, "What are microservices?"),
        (6, "What are the challenges of microservices?"),
        (7, "What is the Saga pattern?"),
        (8, "Circuit Breaker Pattern?"),
        (11, "What is an idempotent API?"),
        (12, "Why does idempotency matter?"),
    ]
    assert all(q.missing_answer for q in found.questions)
    # a labelled question over its labelled answer is still one question
    pair = scan("Q1- What is a pod?\nans- The smallest unit Kubernetes runs.\n")
    assert [(q.text, q.answer) for q in pair.questions] == [
        ("What is a pod?", "The smallest unit Kubernetes runs.")
    ]


def test_a_question_label_over_its_versions_in_two_languages() -> None:
    # "1. **问题：**" over "- 中文：…" / "- English: …" (nested, or from item 10 on indented
    # too little to nest), then "**参考答案：**" over the answer's versions
    def item(n: int, zh: str, en: str, indent: str) -> str:
        return (
            f"{n}. **问题：**\n{indent}- 中文：{zh}\n{indent}- English: {en}\n\n"
            f"**参考答案：**\n{indent}- 中文：答案{n}。\n{indent}- English: Answer {n}.\n\n"
        )

    text = (
        "### 技术能力评估\n\n"
        + item(9, "请描述你遇到的一个技术挑战。", "Describe a technical challenge you met.", "   ")
        + item(10, "你如何保证服务质量？", "How do you keep service quality?", "   ")
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "请描述你遇到的一个技术挑战。\n\nDescribe a technical challenge you met."),
        (11, "你如何保证服务质量?\n\nHow do you keep service quality?"),
    ]
    assert "Answer 10." in found.questions[1].answer


def test_chinese_tasks_that_discuss_or_compare() -> None:
    text = "".join(
        f"### {n}. {topic}\n**问题：**\n- {asked}\n\n**参考答案：**\n- {answer}\n\n"
        for n, topic, asked, answer in [
            (1, "缓存", "讨论缓存策略的重要性。", "缓存减少数据库负载。"),
            (2, "容器", "比较Docker容器和虚拟机的差异。", "容器共享内核。"),
            (3, "设计", "设计一个系统来处理高并发请求。", "设计一个高并发系统时，我会用消息队列。"),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "讨论缓存策略的重要性。",
        "比较Docker容器和虚拟机的差异。",
        "设计一个系统来处理高并发请求。",
    ]
    assert found.questions[2].answer.endswith("我会用消息队列。")


def test_a_quiz_of_paragraphs_over_unlettered_choices() -> None:
    # "## AWS Well-Architected Framework" names the quiz's subject, not a method of
    # answering; "…はどれですか？" over bullets: the bullets are its choices; a tally of
    # "1 - term" lines below is no list of questions
    quiz = "".join(
        f"{asked}\n\n" + "".join(f"- {choice}\n" for choice in choices) + "\n"
        for asked, choices in [
            ("信頼性の柱はどれですか？", ["可用性", "機密性", "コスト"]),
            ("次のうち、設計原則はどれですか？", ["疎結合", "密結合", "単一障害点"]),
            ("どの AWS サービスが DDoS 攻撃を防ぎますか？", ["AWS Shield", "Amazon S3"]),
        ]
    )
    tally = "#\n\n" + "".join(f"1 - {term}\n" for term in ["可用性", "コスト"] * 4)
    tally += "1 - 疎結合コンポーネントを設計する\n"
    found = scan("# AWS\n\n## AWS Well-Architected Framework\n\n" + quiz + tally)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "信頼性の柱はどれですか?",
        "次のうち、設計原則はどれですか?",
        "どの AWS サービスが DDoS 攻撃を防ぎますか?",
    ]
    assert found.questions[0].text.endswith("- 可用性\n\n- 機密性\n\n- コスト")
    assert all(q.missing_answer for q in found.questions)


def test_a_choice_marked_right_is_the_answer_and_is_shown_unmarked() -> None:
    text = "".join(
        f"**Question {n}**\n\nWhich of the following {asked}?\n\n"
        + "".join(f"  + {letter}) {c}{' *' if letter == right else ''}\n" for letter, c in opts)
        + "\n"
        for n, asked, opts, right in [
            (1, "makes a vector", [("a", "`v()`"), ("b", "`c()`")], "b"),
            (2, "reads a CSV", [("a", "`read.csv()`"), ("b", "`csv()`")], "a"),
            (3, "shows the first rows", [("a", "`top()`"), ("b", "`head()`")], "b"),
        ]
    )
    found = scan(text)
    assert [q.answer for q in found.questions] == ["b) `c()`", "a) `read.csv()`", "b) `head()`"]
    assert "*" not in found.questions[0].text
    assert found.questions[0].text.endswith("+ a) `v()`\n\n+ b) `c()`")


def test_questions_on_lines_ended_by_html_breaks_under_glyph_topics() -> None:
    # one paragraph whose lines each end in "<br>": "✅ …? <br>" questions under "💻 …"
    # and "🔗 …" topic lines; a topic after a "<br>" line alone is no question
    text = (
        "Entrevista Java JR <br>\n💻 Java e POO <br>\n"
        "✅ O que é POO? <br>\n✅ Qual a diferença entre == e equals()? <br>\n"
        "✅ O que é uma interface? <br>\n<br>\n🔗 Spring Boot e Frameworks <br>\n"
        "✅ O que é Spring Boot? <br>\n✅ O que são Beans no Spring? <br>\n"
        "✅ O que é um Controller? <br>\n<br>\n🛢 Banco de Dados <br>\n"
        "✅ Qual a diferença entre SQL e NoSQL? <br>\n✅ O que são migrations? <br>\n"
        "✅ Como funciona o JPA? <br>\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "O que é POO?"),
        (4, "Qual a diferença entre == e equals()?"),
        (5, "O que é uma interface?"),
        (8, "O que é Spring Boot?"),
        (9, "O que são Beans no Spring?"),
        (10, "O que é um Controller?"),
        (13, "Qual a diferença entre SQL e NoSQL?"),
        (14, "O que são migrations?"),
        (15, "Como funciona o JPA?"),
    ]


def test_an_item_over_its_folded_answer_asks_however_worded() -> None:
    # "9. Para adicionar um evento a um botão, usamos:" over "<details><summary>Resposta
    # </summary> ActionListener</details>": a blank to fill, answered under the fold
    text = "".join(
        f"{n}. {asked}\n\n   <details><summary>Resposta</summary> {answer}</details>\n\n"
        for n, asked, answer in [
            (1, "Qual classe cria uma janela?", "JFrame"),
            (2, "Para adicionar um evento a um botão, usamos:", "ActionListener"),
            (3, "Qual método adiciona um item a um ArrayList?", "add()"),
            (4, "Para mudar o texto de um `JLabel`, usamos:", "setText()"),
        ]
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("Qual classe cria uma janela?", "JFrame"),
        ("Para adicionar um evento a um botão, usamos", "ActionListener"),
        ("Qual método adiciona um item a um ArrayList?", "add()"),
        ("Para mudar o texto de um `JLabel`, usamos", "setText()"),
    ]


def test_a_heading_that_names_a_topic_as_a_clause_asks_nothing() -> None:
    # "What dbt is + why it matters", "How it works": subject before verb, no mark
    text = (
        "# dbt notes\n\n## ✅ What dbt is + why it matters\n\nA tool for transforms.\n\n"
        "## How it works\n\nModels compile to SQL.\n\n"
        "## What is a dbt model?\n\nA select statement in a file.\n\n"
        "## How does dbt test data\n\nWith schema tests.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is a dbt model?",
        "How does dbt test data",
    ]


def test_a_short_labelled_question_right_over_its_labelled_answer() -> None:
    # "Frage: Definition Projekt" over "Antwort:": two words, still asked (a heading
    # "### Frage: Code Review" with no answer label under it stays a title)
    text = (
        "Frage: Definition Projekt\nAntwort:\n- Einmaliges Vorhaben\n- Begrenzte Ressourcen\n\n"
        "Frage: Beschreibe Software-Kriterien\nAntwort:\n- Zuverlässigkeit\n\n"
        "Frage: Was ist ein Meilenstein im Projekt?\nAntwort: Ein Zwischenziel.\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("Definition Projekt", "- Einmaliges Vorhaben\n- Begrenzte Ressourcen"),
        ("Beschreibe Software-Kriterien", "- Zuverlässigkeit"),
        ("Was ist ein Meilenstein im Projekt?", "Ein Zwischenziel."),
    ]


def test_arabic_question_and_answer_labels() -> None:
    # "### 1. اعكس String" over "**السؤال:** …" (the question) and "**الحل:**" (the
    # solution); "O(h)" in an answer is a bound, not a difficulty marker
    text = "## Arrays\n\n" + "".join(
        f"### {n}. {title}\n\n**السؤال:** {asked}\n\n**الحل:**\n\n```java\nx();\n```\n\n"
        "**Complexity:**\n- Time: O(n)\n- Space: O(h) حيث h هو الارتفاع\n\n---\n\n"
        for n, title, asked in [
            (1, "اعكس String", "اكتب function لعكس string."),
            (2, "تحقق من Palindrome", "هل هذا النص palindrome؟"),
            (3, "ارتفاع Binary Tree", "أوجد ارتفاع binary tree."),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "اكتب function لعكس string.",
        "هل هذا النص palindrome?",
        "أوجد ارتفاع binary tree.",
    ]
    assert all(q.difficulty is None for q in found.questions)
    assert "Space: O(h)" in found.questions[2].answer


def test_insert_the_correct_syntax_exercises() -> None:
    text = "## NumPy basics\n\n" + "".join(
        f"### {n}. {asked}\n\n```python\n{code}\n```\n\n---\n\n"
        for n, asked, code in [
            (1, "What does NumPy stand for?", "Numerical Python"),
            (2, "Insert the correct method for creating a NumPy array.", "np.array([1, 2])"),
            (3, "Insert the correct argument for a 2-D array.", "ndmin=2"),
            (4, "Insert the correct syntax to print the first item.", "print(arr[0])"),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What does NumPy stand for?",
        "Insert the correct method for creating a NumPy array.",
        "Insert the correct argument for a 2-D array.",
        "Insert the correct syntax to print the first item.",
    ]
    assert found.questions[3].answer == "```python\nprint(arr[0])\n```"


def test_a_section_that_counts_its_questions_is_no_question() -> None:
    # "## 3.2 SELECT Temelleri (8 Soru)": "Select" leads it, but it names a section and
    # how many questions it holds; the questions under it are still read
    text = (
        "# Temel SQL Soru Havuzu\n\n## 3.2 SELECT Temelleri (2 Soru)\n\n"
        "### Soru 3.2.1\n**S:** Bir tablodan tum kolonlari getirmek icin ne kullanilir?\n"
        "**C:** SELECT * FROM tablo\n\n"
        "### Soru 3.2.2\n**S:** Tekrarlayan degerleri elemek icin ne kullanilir?\n"
        "**C:** DISTINCT\n\n## 3.3 WHERE vs HAVING (1 Soru)\n\n"
        "### Soru 3.3.1\n**S:** WHERE mi once calisir HAVING mi?\n**C:** WHERE\n"
    )
    found = scan(text)
    assert len(found.questions) == 3
    assert all("Temelleri" not in q.text and "HAVING (1" not in q.text for q in found.questions)
    assert [q.answer for q in found.questions] == ["SELECT * FROM tablo", "DISTINCT", "WHERE"]


def test_flash_cards_with_front_and_back_and_lettered_choices() -> None:
    # "### Front" over the question and its "- A. …" choices, "### Back" over the answer:
    # the choices are asked (one that reads as a task, "D. Create …", is still a choice)
    text = "# REST cards\n\n" + "".join(
        f"<!-- Card Start -->\n### Front\n{asked}\n\n"
        + "".join(f"- {letter}. {choice}\n" for letter, choice in zip("ABCD", choices, strict=True))
        + f"\n### Back\n**Correct Answer**: {right}\n<!-- Card End -->\n\n"
        for asked, choices, right in [
            (
                "What does REST stand for?",
                ["Remote State", "Representational State", "Resource State", "Reliable State"],
                "B",
            ),
            (
                "What is OPTIONS for?",
                [
                    "Delete a resource",
                    "Update a resource",
                    "Discover allowed methods",
                    "Create a new resource",
                ],
                "C",
            ),
            ("Which method is safe?", ["POST", "PUT", "DELETE", "GET"], "D"),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "What does REST stand for?",
        "What is OPTIONS for?",
        "Which method is safe?",
    ]
    assert found.questions[1].text.endswith("- D. Create a new resource")
    assert [q.answer for q in found.questions] == [
        "**Correct Answer**: B",
        "**Correct Answer**: C",
        "**Correct Answer**: D",
    ]


def test_numbered_tasks_over_text_indented_as_code() -> None:
    # "1:" alone, its task on the next line indented four spaces (run on into the
    # paragraph), its translation indented the same after a blank line (a code block)
    text = "".join(
        f"{n}:\n    {task}\n\n    {translated}\n\n"
        for n, task, translated in [
            (1, "Describe what virtualenv is.", "Опишите, что такое virtualenv."),
            (2, "Explain a try-except block.", "Объясните блок try-except."),
            (3, "Write a loop that prints 1 to 10.", "Напишите цикл от 1 до 10."),
        ]
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (1, "Describe what virtualenv is.\n\nОпишите, что такое virtualenv."),
        (6, "Explain a try-except block.\n\nОбъясните блок try-except."),
        (11, "Write a loop that prints 1 to 10.\n\nНапишите цикл от 1 до 10."),
    ]
    assert all(q.missing_answer for q in found.questions)
    # code under such a number stays code
    code = "1:\n    x = compute()\n\n    def f(): return 1\n"
    assert scan(code).questions == []


def test_czech_tasks_in_a_list() -> None:
    text = (
        "## 🧪 Praktické úkoly\n\n"
        "- Spočítej počet výskytů každého znaku ve stringu.\n"
        "- Najdi největší číslo v seznamu bez použití `max()`.\n"
        "- Napiš funkci, která kontroluje palindrom.\n"
        "- Odstraň duplikáty ze seznamu.\n"
        "- Rozdíl mezi `pandas` a `numpy`.\n"
        "- Zjisti, zda dvě slova jsou anagramy.\n"
    )
    found = scan(text)
    assert len(found.questions) == 6
    assert found.questions[4].text == "Rozdíl mezi `pandas` a `numpy`."


def test_filipino_numbered_quiz_with_blanks_to_fill() -> None:
    # "#### Tanong 6" (question 6) over a bold sentence with a blank "__." and its
    # choices: asked once, at its number, not again as a loose line
    text = "### Section A\n\n" + "".join(
        f"#### Tanong {n}\n**{asked}**\n- a) {a}\n- **b) {b}** ✅\n\n"
        for n, asked, a, b in [
            (1, "Ano ang ibig sabihin ng tiyaga?", "Pag-iisa", "Pagsusumikap"),
            (2, "Ang bangka ay ginagamit bilang __.", "Bahay", "Sasakyang pandagat"),
            (3, "Ang lambat ay ginagamit upang __.", "Manghuli ng isda", "Magluto"),
            (4, "Ang pisi ay nangangahulugang __.", "Tali", "Bato"),
            (5, "Ano ang kahulugan ng kabiguan?", "Tagumpay", "Pagkawala"),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Ano ang ibig sabihin ng tiyaga?",
        "Ang bangka ay ginagamit bilang __.",
        "Ang lambat ay ginagamit upang __.",
        "Ang pisi ay nangangahulugang __.",
        "Ano ang kahulugan ng kabiguan?",
    ]
    assert not found.unplaced


def test_the_same_question_over_different_formulas_is_asked_of_each() -> None:
    # "Wat is de juiste uitkomst?" ("what is the right result?") three times, each over
    # its own sum and choices: three questions, each with its sum; a true repeat stays one
    text = (
        "".join(
            f"{n}. **Wat is de juiste uitkomst?**\n\n$$ {sum_} $$\n\n* {a}\n* {b}\n\n"
            for n, sum_, a, b in [
                (1, r"30 \times 40", "120", "1200"),
                (2, r"20 \times 80", "160", "1600"),
                (3, r"1500 \div 30", "50", "500"),
            ]
        )
        + "4. **Wat is de juiste uitkomst?**\n\n$$ 1500 \\div 30 $$\n\n* 50\n* 500\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Wat is de juiste uitkomst?\n\n$$ 30 \\times 40 $$",
        "Wat is de juiste uitkomst?\n\n$$ 20 \\times 80 $$",
        "Wat is de juiste uitkomst?\n\n$$ 1500 \\div 30 $$",
    ]
    assert found.questions[0].answer == "* 120\n* 1200"
    assert len(found.duplicates) == 1


def test_puzzles_under_numbered_labels_with_statement_labels() -> None:
    # "### Puzzle 4: Mislabeled Jars" over "**Problem Statement:**" and the problem (even
    # a title that reads as a task, "Find the Top 3 Horses"); "### ✅ Solution:" and "###
    # Why This Works:" at the same level are parts of its answer; "## Brain teasers" is not
    text = (
        "### Puzzle 1: Three Ants\n\n**Problem Statement:**\nThree ants sit on a triangle's "
        "corners and each walks along an edge. What is the chance that none collide?\n\n"
        "### ✅ Solution:\n\nTwo of eight direction choices avoid a collision: 1/4.\n\n"
        "### Puzzle 2: Mislabeled Jars\n\n**Problem Statement:**\nThree jars are all "
        "labelled wrongly:\n- Candies\n- Sweets\n- Mixed\n\nHow many picks label them all?\n\n"
        "### Why This Works:\n\nPick from the jar marked Mixed.\n\n"
        "### Puzzle 3: Find the Top 3 Horses\n\n**Problem Statement:**\n\nYou have 25 horses "
        "and a track for five at a time. Find the three fastest in the fewest races.\n\n"
        "### ✅ Final Answer: 7 races\n\nRace five groups, then the winners, then one more.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [1, 10, 24]
    assert found.questions[0].text.startswith("Three ants sit")
    assert found.questions[1].text.startswith("Three jars are all labelled wrongly:")
    assert found.questions[0].answer.endswith("avoid a collision: 1/4.")
    assert "Pick from the jar marked Mixed." in found.questions[1].answer
    assert found.questions[2].answer.endswith("then one more.")


def test_a_kind_of_task_before_its_numbered_label() -> None:
    # "**Coding Task 1:**" alone on its line, the task on the next line of its paragraph
    text = (
        "### Part 3 – Coding\n\n"
        "**Coding Task 1:**\nBuild a Flutter app that lists ten random users.\n\n"
        "**Coding Task 2:**\nWrite a Dart function that reverses each word of a string.\n\n"
        "**Coding Task 3:**\nWrite a widget test for the login form.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "Build a Flutter app that lists ten random users."),
        (6, "Write a Dart function that reverses each word of a string."),
        (9, "Write a widget test for the login form."),
    ]


def test_numbered_headings_under_a_heading_that_sets_tasks() -> None:
    # "## Complete the following tasks:" over "### 1. Add …", "### 2. Show …": each one a
    # task, whatever it says; the heading itself titles them
    text = "# Trivia game\n\n## Complete the following tasks:\n\n" + "".join(
        f"### {n}. {task}\n**File:** `src/App.svelte`\n- {step}\n\n---\n\n"
        for n, task, step in [
            (1, "Add 2 new trivia questions", "Add two question objects."),
            (2, "Show a final score when the game ends", "Keep a score variable."),
            (3, "Add a Play Again button", "Reset the state when clicked."),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Add 2 new trivia questions",
        "Show a final score when the game ends",
        "Add a Play Again button",
    ]


def test_a_table_whose_question_column_is_named_in_croatian() -> None:
    text = (
        "| ID | Pitanje | Opcija A | Opcija B | Točan (0-1) | Objašnjenje |\n"
        "|----|---------|----------|----------|-------------|-------------|\n"
        "| 1 | Što je računalo? | Uređaj za obradu podataka | Kalkulator | 0 | Obrađuje podatke. |\n"
        "| 2 | Što je RAM? | Disk | Radna memorija | 1 | Briše se kad se ugasi. |\n"
        "| 3 | Što je CPU? | Procesor | Monitor | 0 | Izvršava naredbe. |\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("Što je računalo?", "Obrađuje podatke."),
        ("Što je RAM?", "Briše se kad se ugasi."),
        ("Što je CPU?", "Izvršava naredbe."),
    ]


def test_bulgarian_tasks() -> None:
    text = "## Задачи\n\n" + "".join(
        f"{n}. **Задача** {task}\n\n"
        for n, task in [
            (1, "Напишете програма, която изрежда числата от 1 до 10."),
            (2, "Да се напише програма, която пресмята сумата на числата."),
            (3, "Отпечатайте таблицата за умножение със 7."),
            (4, "Въведете число и изведете цифрите му в обратен ред."),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Напишете програма, която изрежда числата от 1 до 10.",
        "Да се напише програма, която пресмята сумата на числата.",
        "Отпечатайте таблицата за умножение със 7.",
        "Въведете число и изведете цифрите му в обратен ред.",
    ]


def test_numbered_statements_to_judge_over_lettered_choices() -> None:
    # "1. … is not affected by the light sources." over "- a) True" / "- b) False": a
    # statement to judge; the choices are asked with it, not its answer
    text = "# Quiz 5\n\n" + "".join(
        f"{n}. {stem}\n    - a) {a}\n    - b) {b}\n\n"
        for n, stem, a, b in [
            (1, "Objects look the same whatever lights are present.", "True", "False"),
            (2, "OpenGL is a specification, implemented by drivers.", "True", "False"),
            (3, "Where does glDrawArrays do its work?", "On the GPU", "On the CPU"),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Objects look the same whatever lights are present.\n\n- a) True\n- b) False",
        "OpenGL is a specification, implemented by drivers.\n\n- a) True\n- b) False",
        "Where does glDrawArrays do its work?\n\n- a) On the GPU\n- b) On the CPU",
    ]
    assert all(q.missing_answer for q in found.questions)


def test_a_bold_stem_over_lettered_choices_as_paragraphs() -> None:
    # "2. **… functions that:**" over "a. never return a value" … as paragraphs of the
    # item, then "> answer : c": a stem to complete, its choices, its answer
    text = "".join(
        f"{n}.  **{stem}**\n\n    a. {a}\n\n    b. {b}\n\n    > answer : {right}\n\n"
        for n, stem, a, b, right in [
            (1, "Which of the following are side effects:", "mutation", "returning", "a"),
            (2, "Functional programs use functions that:", "have no side effects", "log", "a"),
            (3, "The relation between domain and codomain is a", "function", "set", "a"),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Which of the following are side effects",
        "Functional programs use functions that",
        "The relation between domain and codomain is a",
    ]


def test_a_time_to_answer_after_the_question_mark() -> None:
    # "## 1. Who is the father of F♯? ⏱ 10’’": the timer hides the mark, and leaves the text
    text = "# Quiz\n\n" + "".join(
        f"## {n}. {asked} ⏱ {secs}’’\n\n**A.** {a}\n\n**B.** {b}\n\n"
        "<details>\n\n<summary>Answer</summary>\n\n**B.** ✅\n\n</details>\n\n***\n\n"
        for n, asked, secs, a, b in [
            (1, "Who designed F♯?", 10, "Anders Hejlsberg", "Don Syme"),
            (2, "What is the name of the `::` operator?", 10, "Append", "Cons"),
            (3, "Which line does not compile?", 15, "Line 1", "Line 2"),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Who designed F♯?",
        "What is the name of the `::` operator?",
        "Which line does not compile?",
    ]


def test_numbered_headings_indented_as_code() -> None:
    # "    ## 1. Try …" (indented four spaces, so CommonMark reads code): headings, when
    # every line of the block is a numbered heading; inside a fence, code stays code
    text = (
        "# Challenge Exercises\n\n"
        "    ## 1. Log metrics and parameters from an experiment with MLflow Tracking.\n\n"
        "    ## 2. Package a simple model as an MLflow Project.\n\n"
        "    ## 3. Compare several runs in the MLflow UI.\n\n"
        "```text\n    ## 1. a note\n\n    ## 2. another\n```\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Log metrics and parameters from an experiment with MLflow Tracking.",
        "Package a simple model as an MLflow Project.",
        "Compare several runs in the MLflow UI.",
    ]
    assert "    ## 1. a note" in found.questions[2].answer


def test_finnish_tasks() -> None:
    # "Kirjoita ohjelma, joka …" (write a program that …), "Asenna …" (install …): tasks
    # of a numbered exercise list, without a question mark
    text = (
        "# Harjoitustehtäviä\n\n"
        "## 1. Muuttujat\n\n"
        "1. Kirjoita ohjelma, joka kysyy nimesi ja tervehtii sinua.\n"
        "2. Kirjoita ohjelma, joka kysyy ympyrän säteen ja tulostaa sen pinta-alan.\n\n"
        "## 2. Ehtolauseet\n\n"
        "1. Toteuta funktio, joka palauttaa listan suurimman luvun.\n\n"
        "2. Selitä, mitä eroa on listalla ja monikolla.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Kirjoita ohjelma, joka kysyy nimesi ja tervehtii sinua.",
        "Kirjoita ohjelma, joka kysyy ympyrän säteen ja tulostaa sen pinta-alan.",
        "Toteuta funktio, joka palauttaa listan suurimman luvun.",
        "Selitä, mitä eroa on listalla ja monikolla.",
    ]


def test_details_quiz_wrapped_in_bold_with_statement_summaries() -> None:
    # "<summary>…</summary><br><b>" … "</b></details>": the answer set in bold; a summary
    # that states ("… maps to a single workspace.") over "**Options:**" True / False is
    # asked too
    block = (
        "<details>\n<summary>{q}</summary><br><b>\n\n**Options:**\n- `A. True`\n- `B. False`\n\n"
        "**Correct Answer:** `{a}`\n\n**Explanation**:  \n{why}\n\n</b></details>\n\n\n"
    )
    text = "# Terraform Questions and Answers\n\n" + "".join(
        block.format(q=q, a=a, why=why)
        for q, a, why in [
            (
                "One remote backend always maps to a single workspace.",
                "B. False",
                "It can hold many.",
            ),
            ("Is a provider block required in every configuration?", "B. False", "It is optional."),
            ("Which provisioner runs a process on the new resource?", "A. True", "remote-exec."),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "One remote backend always maps to a single workspace.",
        "Is a provider block required in every configuration?",
        "Which provisioner runs a process on the new resource?",
    ]
    for q, why in zip(
        found.questions, ["It can hold many.", "It is optional.", "remote-exec."], strict=True
    ):
        assert q.answer.rstrip().endswith(why)
        assert "<b>" not in q.answer and "</b>" not in q.answer


def test_a_quiz_pasted_into_a_fence_after_file_names() -> None:
    # a shell loop's output pasted into one fence: "---1/1.txt---" (the file's name, also
    # after the opening fence) over "Q: …", its lettered choices and "A: c"
    text = (
        "Test:\n\n```\nfor i in */*.txt; do cat $i; done\n```\n\n```---1/1.txt---\n"
        + "".join(
            f"---{n}/{n}.txt---\nQ: {q}\n\na. {a}\nb. {b}\n\nA: {right}\n\n"
            for n, q, a, b, right in [
                (1, "What verb prints a boolean with fmt.Printf?", "%v", "%t", "b"),
                (2, "Does Go support type inheritance?", "Yes", "No", "b"),
                (3, "Does Go have a ternary operator?", "Yes", "No", "b"),
            ]
        )
        + "```\n"
    )
    found = scan(text)
    assert [(q.text.split("\n")[0], q.answer) for q in found.questions] == [
        ("What verb prints a boolean with fmt.Printf?", "b"),
        ("Does Go support type inheritance?", "b"),
        ("Does Go have a ternary operator?", "b"),
    ]
    assert "- a. %v" in found.questions[0].text


def test_html_headings_closed_below_with_notes_and_breaks_around() -> None:
    # "<h3>1. <b>Q: </b> Which …?</h3> (Choose two)", "<h3>…" closed by "</h3>" on the
    # next line, and a section "<br><br><hr><br><h2><b>1.3 Topologies</b></h2><br>"
    pad = "&nbsp;&nbsp;&nbsp;&nbsp;\n"
    text = (
        "<h2><b>1.2 Components</b></h2>\n\n"
        f"<h3>1. <b>Q: </b> Which two devices are intermediary devices? </h3> (Choose two)\n{pad}"
        "<b>A: </b>routers | switches\n\n"
        f"<h3>2. <b>Q: </b> Which attack slows down or crashes programs?\n</h3>\n{pad}"
        "<b>A: </b>Denial of Service\n\n"
        "<br><br><hr><br><h2><b>1.3 Topologies</b></h2><br>\n\n"
        f"<h3>1. <b>Q: </b> Which option blocks unauthorized access?\n</h3>\n{pad}"
        "<b>A: </b>Firewall\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Which two devices are intermediary devices? (Choose two)",
        "Which attack slows down or crashes programs?",
        "Which option blocks unauthorized access?",
    ]
    assert [q.sections[-1] for q in found.questions] == ["Components", "Components", "Topologies"]
    assert found.questions[1].answer.endswith("Denial of Service")


def test_yes_no_answers_on_the_line_and_snippets_to_correct() -> None:
    # "16. Can `val` be reassigned …? No": a yes-no question answered on its line; under
    # "#### **Correct the Code (with Answers):**", "21. **Incorrect code:**" over its
    # snippet and "**Correction Code**": each item asks of the snippet it shows
    item = "{n}. **Incorrect code:**\n\n    ```kotlin\n    {bad}\n    ```\n\n    **Correction Code**\n    ```\n    {good}\n    ```\n\n"
    text = (
        "#### **Yes/No Questions:**\n\n"
        "16. Can `val` be reassigned after its first assignment? No\n\n"
        "17. Does Kotlin support operator overloading? Yes\n\n"
        "18. Is Kotlin fully interoperable with Java? Yes\n\n---\n\n"
        "#### **Correct the Code (with Answers):**\n\n"
        + "".join(
            item.format(n=n, bad=bad, good=good)
            for n, bad, good in [
                (21, 'val x = "Hello"; x = "World"', 'var x = "Hello"; x = "World"'),
                (22, "val xs = listOf(1); xs.add(2)", "val xs = mutableListOf(1); xs.add(2)"),
                (23, "if x > 5 { println(x) }", "if (x > 5) { println(x) }"),
            ]
        )
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions[:3]] == [
        ("Can `val` be reassigned after its first assignment?", "No"),
        ("Does Kotlin support operator overloading?", "Yes"),
        ("Is Kotlin fully interoperable with Java?", "Yes"),
    ]
    tasks = found.questions[3:]
    assert [q.text.split("\n")[-2] for q in tasks] == [
        'val x = "Hello"; x = "World"',
        "val xs = listOf(1); xs.add(2)",
        "if x > 5 { println(x) }",
    ]
    assert [q.answer.split("\n")[-2] for q in tasks] == [
        'var x = "Hello"; x = "World"',
        "val xs = mutableListOf(1); xs.add(2)",
        "if (x > 5) { println(x) }",
    ]


def test_chinese_quizzes_between_rules() -> None:
    # "***" between cards: a stem (with the code it shows), the options in a fence, then
    # "**答案：B**" (answer) and why; the bold around the answer is not part of it
    card = "***\n{stem}\n``` C\n{code}\n```\n```\nA. {a}\nB. {b}\n```\n**答案：{right}**\n\n{why}\n"
    text = "".join(
        card.format(stem=stem, code=code, a=a, b=b, right=right, why=why)
        for stem, code, a, b, right, why in [
            ("下面程序的输出是什么？", 'printf("%d", 1 + 1);', "1", "2", "B", "一加一等于二。"),
            ("哪个变量不是指针类型？", "int* a, b;", "a", "b", "B", "b 是整型。"),
            ("有以下程序，输出是", 'int x = 3; printf("%d", x);', "3", "0", "A", "x 是三。"),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "下面程序的输出是什么?",
        "哪个变量不是指针类型?",
        "有以下程序,输出是",
    ]
    assert [q.answer for q in found.questions] == [
        "B\n\n一加一等于二。",
        "B\n\nb 是整型。",
        "A\n\nx 是三。",
    ]


def test_bold_numbering_that_goes_on_in_a_list() -> None:
    # "**2. Explain the lifecycle.**" over its answer, then "3. What is a Fragment?" as a
    # list item with "Answer:" indented under it: the next question, not more answer
    text = (
        "## Android Questions\n\n"
        "**1. What is an Activity?**\n\n    Answer:\n        One screen of the app.\n\n"
        "**2. Explain the activity lifecycle.**\n\n    Answer:\n        onCreate, onStart, "
        "onResume.\n\n"
        "3. What is a Fragment?\n\n    Answer:\n        A reusable part of a screen.\n\n"
        "4. What are the types of Intent?\n\n    Answer:\n        Explicit and implicit.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is an Activity?",
        "Explain the activity lifecycle.",
        "What is a Fragment?",
        "What are the types of Intent?",
    ]
    assert "onResume" in found.questions[1].answer
    assert "Fragment" not in found.questions[1].answer


def test_a_legend_list_of_levels_is_not_asked() -> None:
    # "- 🟢 **Beginner** - Basic WHERE clauses …": what each level means, not a question;
    # the questions marked with those symbols are asked at their levels
    text = (
        "## 🎯 Difficulty Levels\n\n"
        "- 🟢 **Beginner** - Basic WHERE clauses and single-table queries\n"
        "- 🟡 **Intermediate** - Multiple conditions, JOINs, and functions\n"
        "- 🔴 **Advanced** - Complex logic, subqueries, and business scenarios\n\n"
        "## Exercises\n\n"
        "- 🟢 What is a list?\n"
        "- 🟡 Find all customers from Brazil.\n"
        "- 🔴 Find the top customer of each country.\n"
    )
    found = scan(text)
    assert [(q.text, q.difficulty) for q in found.questions] == [
        ("What is a list?", "easy"),
        ("Find all customers from Brazil.", "medium"),
        ("Find the top customer of each country.", "hard"),
    ]


def test_numbered_stems_to_complete_over_an_answer_label() -> None:
    # "9. **… indica que:**" over "**R//=** …" (respuesta) among numbered questions, each a
    # list of its own: a stem to complete, answered, as the numbering goes on
    text = (
        "1. **¿Qué función de Python calcula la varianza?**\n    \n**R//=** var()\n\n"
        "2. **Un intervalo de confianza del 99% indica que:**\n    \n"
        "**R//=** Estamos un 99% convencidos de los valores.\n\n"
        "3. **¿Qué indica el valor de Z?**\n    \n**R//=** Cuántas desviaciones hay.\n\n"
        "4. **Si el valor t supera el valor crítico, entonces:**\n    \n"
        "**R//=** Rechazamos la hipótesis nula.\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("¿Qué función de Python calcula la varianza?", "var()"),
        (
            "Un intervalo de confianza del 99% indica que",
            "Estamos un 99% convencidos de los valores.",
        ),
        ("¿Qué indica el valor de Z?", "Cuántas desviaciones hay."),
        ("Si el valor t supera el valor crítico, entonces", "Rechazamos la hipótesis nula."),
    ]


def test_question_lines_each_over_a_one_bullet_answer() -> None:
    # "¿Qué hace el decorador `@staticmethod`?" with "- Define un método …" on the next
    # line: the bullet answers (though "Define …" reads as an order in English)
    pairs = [
        ("¿Qué hace el decorador `@staticmethod` en Python?", "Define un método sin instancia"),
        ("¿Qué es un `generator` en Python?", "Una función que retorna un iterador"),
        ("¿Qué hace el decorador `@classmethod` en Python?", "Define un método de la clase"),
        ("¿Qué módulo se usa para solicitudes HTTP?", "requests"),
    ]
    found = scan("".join(f"{q}\n- {a}\n\n" for q, a in pairs))
    assert [(q.text, q.answer) for q in found.questions] == [(q, f"- {a}") for q, a in pairs]


def test_details_with_a_note_after_the_question_and_a_glued_closing_tag() -> None:
    # "<summary>… | <i>✎ Full text answer</i></summary>": how to answer, after the
    # question; "- [ ] migrate</details>": the closing tag glued to the last option
    text = (
        "## Questions\n\n"
        "<details>\n<summary>Which commands create files? | <i>Multi choice answer</i></summary>"
        "\n\n- [x] makemigrations\n- [ ] migrate</details>\n\n"
        "<details>\n<summary>Does Django support NoSQL? If so, how? | <i>✎ Full text answer</i>"
        "</summary>\n\n</details>\n\n"
        "<details>\n<summary>What does middleware do? | <i>Multi choice answer</i></summary>\n\n"
        "- [x] CSRF protection\n- [ ] Rendering</details>\n\n"
        "<details>\n<summary>Where are migrations recorded? | <i>✎ Full text answer</i></summary>"
        "\n\n</details>\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Which commands create files?",
        "Does Django support NoSQL? If so, how?",
        "What does middleware do?",
        "Where are migrations recorded?",
    ]


def test_a_quiz_of_question_headings_with_its_study_advice_after() -> None:
    # "### Question 25" under "## 🎯 Production Best Practices" is asked (a quiz's
    # section); its "- A) …" options stay a list under the question; the advice after
    # the quiz ("### If you missed Serving questions (7-9):") and a cheer are not asked
    quiz = "".join(
        f"### Question {n}\n{asked}\n- A) {a}\n- B) {b}\n\n"
        for n, asked, a, b in [
            (24, "What is the recommended approach for model versioning?", "Overwrite", "Semver"),
            (25, "What should be the minimum test coverage for pipelines?", "None", "Full"),
            (26, "How should performance degradation be handled?", "Ignore it", "Alerts"),
        ]
    )
    text = (
        "# Day 39: MLOps Pipeline - Knowledge Quiz\n\n## 🔍 Advanced Concepts\n\n"
        + quiz.replace("### Question 25", "## 🎯 Production Best Practices\n\n### Question 25")
        + "## 📚 Key Learning Areas\n\n### If you missed Serving questions (7-9):\n"
        "- Implement A/B testing frameworks\n- Practice deployment strategies\n\n"
        "**You're now ready to tackle enterprise MLOps challenges!** 🚀\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is the recommended approach for model versioning?\n\n- A) Overwrite\n- B) Semver",
        "What should be the minimum test coverage for pipelines?\n\n- A) None\n- B) Full",
        "How should performance degradation be handled?\n\n- A) Ignore it\n- B) Alerts",
    ]


def test_exam_tasks_with_lettered_parts_and_their_marks() -> None:
    # "#### Aufgabe 1 (5P)", a statement, then "a) Welches …? (1P)", "b) Womit …? (4P)";
    # or the parts right under the heading; "Nennen Sie …" (the formal imperative) asks,
    # and the marks "(2P)" are no part of the question
    text = (
        "### Probeklausur\n\n"
        "#### Aufgabe 1 (5P)\n\nDie Informatik wird in Teilgebiete untergegliedert.\n\n"
        "a) Welches Teilgebiet entwickelt Anwendungssoftware? (1P)\n\n"
        "b) Womit beschäftigt sich die Technische Informatik? (4P)\n\n"
        "#### Aufgabe 2 (12P)\n\n"
        "a) Konvertieren Sie die Zahl $$(1011)_2$$ in das Oktalsystem. (2P)\n\n"
        "b) Stellen Sie die Zahl $$(0,8)_{10}$$ im Dualsystem dar. (4P)\n\n"
        "#### Aufgabe 3 (6P)\n\nIn der Vorlesung wurde der Datentyp char dargestellt.\n\n"
        "a) Nennen Sie zwei Funktionen auf diesem Datentyp. (2P)\n\n"
        "b) Nennen Sie zwei Relationen auf diesem Datentyp. (2P)\n"
    )
    found = scan(text)
    assert [(q.text, q.context) for q in found.questions] == [
        (
            "Welches Teilgebiet entwickelt Anwendungssoftware?",
            "Die Informatik wird in Teilgebiete untergegliedert.",
        ),
        (
            "Womit beschäftigt sich die Technische Informatik?",
            "Die Informatik wird in Teilgebiete untergegliedert.",
        ),
        ("Konvertieren Sie die Zahl $$(1011)_2$$ in das Oktalsystem.", ""),
        ("Stellen Sie die Zahl $$(0,8)_{10}$$ im Dualsystem dar.", ""),
        (
            "Nennen Sie zwei Funktionen auf diesem Datentyp.",
            "In der Vorlesung wurde der Datentyp char dargestellt.",
        ),
        (
            "Nennen Sie zwei Relationen auf diesem Datentyp.",
            "In der Vorlesung wurde der Datentyp char dargestellt.",
        ),
    ]


def test_stems_that_say_how_many_to_pick() -> None:
    # "### 1. … can (check all that apply): ###" over its choices, the right ones in bold
    text = "## Recommender Systems ##\n\n" + "".join(
        f"### {n}. {stem} ###\n\n{a}\n\n**{b}**\n\n"
        for n, stem, a, b in [
            (1, "Recommending by popularity can (check all that apply):", "personalize", "none"),
            (2, "Matrix factorization can (select all that apply):", "none", "personalize"),
            (
                3,
                "Normalizing counts helps to (select all that apply):",
                "time",
                "popularity",
            ),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Recommending by popularity can (check all that apply)",
        "Matrix factorization can (select all that apply)",
        "Normalizing counts helps to (select all that apply)",
    ]


def test_statements_to_judge_under_a_true_or_false_title() -> None:
    # "## 2 True or False ($21$ pts)", a note, then numbered statements: each is judged;
    # the title is no question
    text = (
        "## 1 Multiple Choice\n\n1. Which filter cannot shift the image?\n\n"
        "## 2 True or False ($21$ pts)\n\n"
        "For each problem, a correct answer is worth $1$ point.\n\n"
        "1. The mean filter removes salt and pepper noise better than the median filter.\n"
        "2. A zero image gives uniform class probabilities.\n"
        "3. The Canny edge detector is a linear filter.\n\n"
        "## 3 Short Answer Problems\n\n1. What is the aperture problem?\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Which filter cannot shift the image?",
        "The mean filter removes salt and pepper noise better than the median filter.",
        "A zero image gives uniform class probabilities.",
        "The Canny edge detector is a linear filter.",
        "What is the aperture problem?",
    ]


def test_a_document_of_nested_html_lists() -> None:
    # "<ol>" / "<li>" / "<b>What is Observable?</b>" / "<ul>" / "<li>" a point …, each
    # tag on a line of its own: the Markdown lists they draw
    item = "  <li>\n    {q}\n    <ul>\n      <li>\n        {a}\n      </li>\n      <li>{b}</li>\n    </ul>\n  </li>\n"
    text = (
        "# Angular interview\n\n<ol>\n"
        + item.format(q="<b>What is Observable?</b>", a="A stream of values.", b="Lazy.")
        + item.format(q="What is Subscription?", a="An execution of an observable.", b="Cancel it.")
        + item.format(q="<b>What is Subject?</b>", a="A multicast observable.", b="Hot.")
        + "</ol>\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is Observable?",
        "What is Subscription?",
        "What is Subject?",
    ]
    assert "A stream of values." in found.questions[0].answer
    assert "Cancel it." in found.questions[1].answer
    assert "<li>" not in found.questions[2].answer


def test_statements_over_yes_no_and_which_questions_over_plain_bullets() -> None:
    # "- … bağlı değildir." over "- Evet" / "- Hayır" (yes / no): a statement to judge;
    # "- Aşağıdakilerden hangisi … bilgidir." (which of these …) over plain bullets: its
    # choices, asked with it, and no answer given
    text = (
        "# Algoritma Sorular\n\n"
        "- Algoritma analizi programlama dillerine bağlı değildir.\n    - Evet\n    - Hayır\n\n"
        "- Aşağıdakilerden hangisi hash table için yanlış bir bilgidir.\n"
        "    - Key value prensibine dayanır\n    - Arama için kullanılmaz\n\n"
        "- Queue first in first out prensibini kullanır.\n    - Doğru\n    - Yanlış\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("Algoritma analizi programlama dillerine bağlı değildir.\n\n- Evet\n- Hayır", ""),
        (
            "Aşağıdakilerden hangisi hash table için yanlış bir bilgidir.\n\n"
            "- Key value prensibine dayanır\n- Arama için kullanılmaz",
            "",
        ),
        ("Queue first in first out prensibini kullanır.\n\n- Doğru\n- Yanlış", ""),
    ]
    # "有哪些" ("what are the …") over terms it explains: the list answers
    answered = scan(
        "- Flink 的核心组件有哪些?\n    - **JobManager**：调度\n    - **TaskManager**：执行\n\n"
        "- Flink 窗口类型有哪些?\n    - **滚动窗口**：不重叠\n    - **滑动窗口**：可重叠\n"
    )
    assert [q.answer for q in answered.questions] == [
        "- **JobManager**：调度\n- **TaskManager**：执行",
        "- **滚动窗口**：不重叠\n- **滑动窗口**：可重叠",
    ]


def test_questions_and_answers_wrapped_in_styled_divs() -> None:
    # '<div style="color:green">Qua. 1) What is GraphQL?</div>' over '<div …>Ans. => …</div>'
    q = '<div style="color:green;font-size:14px;">{}</div>\n\n'
    a = '<div style="color:white;font-size:12px;">Ans. => {}</div>\n\n'
    text = "".join(
        q.format(asked) + a.format(answer)
        for asked, answer in [
            ("Qua. 1) What is GraphQL?", "A query language for APIs."),
            ("Qua.5 What is the use of a resolver?", "It produces the response to a query."),
            ("Qua. 🔹 6. What is a GraphQL schema?", "The types a server can return."),
        ]
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("What is GraphQL?", "A query language for APIs."),
        ("What is the use of a resolver?", "It produces the response to a query."),
        ("What is a GraphQL schema?", "The types a server can return."),
    ]


def test_a_quiz_in_pandoc_fenced_divs() -> None:
    # ":::::: quiz ::::::" around ":::: question ::::" divs: the question over its ticked
    # choices, then "::: hints" over its hints, never the answer
    block = (
        ":::::::::: question ::::::::::\n{q}\n\n- [x] {right}\n- [ ] {wrong}\n\n"
        "::: hints\n- {hint}\n:::\n::::::::::::::::::::::::::::::\n\n"
    )
    text = (
        "### Summary questions\n\n:::::::::::::: quiz ::::::::::::::\n\n"
        + block.format(
            q="The term LIFO goes with which\ndata structure?",
            right="Stack",
            wrong="Queue",
            hint="Last in, first out.",
        )
        + block.format(
            q="Which structure implements recursion?",
            right="Stack",
            wrong="List",
            hint="Think of call frames.",
        )
        + "::::::::::::::::::::::::::::::\n"
    )
    found = scan(text)
    assert [(q.text, q.answer, q.hints) for q in found.questions] == [
        (
            "The term LIFO goes with which data structure?\n\n- Stack\n- Queue",
            "- Stack",
            ["Last in, first out."],
        ),
        (
            "Which structure implements recursion?\n\n- Stack\n- List",
            "- Stack",
            ["Think of call frames."],
        ),
    ]


def test_question_labels_with_answers_folded_under_headings() -> None:
    # "**难度分布：** 🟢 简单 x3 | 🔴 困难 x3" is a legend; "### 题目" (question) heads a
    # question that asks or a statement to judge; headings inside the "<details>" that
    # folds the answer ("### ✅ 正确答案", "#### 1. 智能缓存") are part of that answer
    block = (
        "## 第 {n} 题 🟢\n\n**类型：** 单选题\n\n### 题目\n\n{q}\n\n<details>\n"
        "<summary>查看答案</summary>\n\n### ✅ 正确答案：{a}\n\n#### 1. 智能缓存\n\n{why}\n\n"
        "</details>\n\n---\n\n"
    )
    text = "# 面试题\n\n**难度分布：** 🟢 简单 x3 | 🔴 困难 x3\n\n---\n\n" + "".join(
        block.format(n=n, q=q, a=a, why=why)
        for n, q, a, why in [
            (1, "GitHub Actions 的配置文件放在哪里？", "B", "放在 workflows 目录。"),
            (2, "GitHub Actions 可以缓存 node_modules。", "对", "可以用 cache。"),
            (3, "如何优化 Monorepo 的 CI 性能？", "缓存", "缓存构建结果。"),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "GitHub Actions 的配置文件放在哪里？",
        "GitHub Actions 可以缓存 node_modules。",
        "如何优化 Monorepo 的 CI 性能？",
    ]
    assert all("智能缓存" in q.answer for q in found.questions)


def test_titled_task_headings_over_a_task_label() -> None:
    # "### 1. Flowchart 📊" over "**Task:**" and, on the next line, the task (in English
    # or in Indonesian, "**Tugas:**" / "Buatlah …"): the task is asked, the title its topic
    block = "### {n}. {title} 📊\n\n**{label}:**\n{task}\n\n**What to show:**\n- {show}\n\n---\n\n"
    for label, tasks in [
        (
            "Task",
            [
                "Draw the ordering steps as a flowchart.",
                "Write an algorithm that sorts the array.",
                "Design a user table.",
            ],
        ),
        (
            "Tugas",
            [
                "Buatlah flowchart untuk proses pemesanan.",
                "Buat algoritma untuk mengurutkan array.",
                "Rancang tabel user.",
            ],
        ),
    ]:
        text = "# Test\n\n" + "".join(
            block.format(n=n, title=title, label=label, task=task, show="A clear answer")
            for n, (title, task) in enumerate(
                zip(["Flowchart", "Arrays", "Database"], tasks, strict=True), 1
            )
        )
        found = scan(text)
        assert [(q.text, q.topics) for q in found.questions] == [
            (tasks[0], ["Flowchart"]),
            (tasks[1], ["Arrays"]),
            (tasks[2], ["Database"]),
        ]
        assert all(q.answer.startswith("**What to show:**") for q in found.questions)


def test_numbered_stems_over_plain_choices() -> None:
    # "1. Hierarchical data structure effective for searching is:" over "- Heaps" / "-
    # Trees" …, in a numbered list most of whose items do the same: stems over choices
    text = "".join(
        f"{n}. {stem}\n\n" + "".join(f"   - {c}\n" for c in choices) + "\n"
        for n, stem, choices in [
            (
                1,
                "Hierarchical data structure effective for searching is:",
                ["Heaps", "Trees", "Graphs"],
            ),
            (2, "Convert the infix expression 8 / (4 - 2) to postfix.", ["8 4 2 - /", "8 4 - 2 /"]),
            (3, "In Big O notation, O(1) means:", ["Constant time", "Linear time", "Log time"]),
            (4, "Enqueue and dequeue are to a queue as push and pop are to", ["a stack", "a tree"]),
        ]
    )
    found = scan(text)
    assert [(q.text.split("\n")[0], q.answer) for q in found.questions] == [
        ("Hierarchical data structure effective for searching is", ""),
        ("Convert the infix expression 8 / (4 - 2) to postfix.", ""),
        ("In Big O notation, O(1) means", ""),
        ("Enqueue and dequeue are to a queue as push and pop are to", ""),
    ]
    assert found.questions[0].text.endswith("- Heaps\n- Trees\n- Graphs")
    # an answer's points under a numbered heading-like item stay its answer; bold titles
    # over points ("1. **⏰ Time Management**" / "- Part A: 2 hours") are tips, not stems
    answered = scan("1. What are the benefits of caching?\n\n   - Lower latency\n   - Less load\n")
    assert answered.questions[0].answer == "- Lower latency\n- Less load"
    tips = "## 💡 Tips\n\n" + "".join(
        f"{n}. **{title}**\n   - {a}\n   - {b}\n\n"
        for n, title, a, b in [
            (1, "⏰ Time Management", "Part A: 2 hours", "Part B: 1 hour"),
            (2, "🎯 Priorities", "Finish the required parts", "Then the bonus"),
            (3, "📚 Resources", "Django documentation", "Stack Overflow"),
        ]
    )
    assert scan(tips).questions == []


def test_boxed_lettered_choices_that_read_as_orders() -> None:
    # "- [ ] A) determines how to do something" / "- [x] B) determines what will be done":
    # boxes and letters make choices, though "determines …" reads as an order
    text = (
        "## 1. Choice of Questions\n\n"
        "1. Which mode runs privileged instructions?\n   - [ ] A) user mode\n   - [x] B) kernel mode\n\n"
        "2. Mechanism ____.\n   - [x] A) determines how to do something\n"
        "   - [ ] B) determines what will be done\n   - [ ] C) is not likely to change\n\n"
        "3. A microkernel is a kernel ____.\n   - [ ] A) with many parts\n   - [x] B) with few parts\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Which mode runs privileged instructions?",
        "Mechanism ____.",
        "A microkernel is a kernel ____.",
    ]


def test_myst_colon_admonitions_over_folded_answers() -> None:
    # "::::{admonition} Confidence intervals" / ":class: my-checkpoint" over "*How are
    # they defined?*" and a nested ":::{admonition} Answer" with its text
    block = (
        "::::{{admonition}} {title}\n:class: my-checkpoint\n*{q}*\n:::{{admonition}} Answer\n"
        ":class: dropdown, my-answer\n**{a}**\n:::\n::::\n\n"
    )
    text = "# Follow-up questions\n\n" + "".join(
        block.format(title=t, q=q, a=a)
        for t, q, a in [
            ("Confidence intervals", "How are Bayesian credible intervals defined?", "By mass."),
            ("Point estimates", "Which point estimate is best to use?", "It depends."),
            ("Sampling", "What does sampling mean?", "Drawing from the pdf."),
        ]
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("How are Bayesian credible intervals defined?", "**By mass.**"),
        ("Which point estimate is best to use?", "**It depends.**"),
        ("What does sampling mean?", "**Drawing from the pdf.**"),
    ]


def test_indonesian_question_numbers_and_how_to_answer_after_the_mark() -> None:
    # "### Pertanyaan Ke-2" (question number 2) over "Benar atau salah: …" (true or false)
    # and over "Apa yang …? Centang semua yang sesuai." (… check all that apply)
    block = "### Pertanyaan Ke-{n}\n\n{q}\n\n* {a}\n* **{b}**\n\n> {why}\n<br>\n\n"
    text = "## Jaringan\n\n" + "".join(
        block.format(n=n, q=q, a=a, b=b, why=why)
        for n, q, a, b, why in [
            (
                1,
                "Apa yang kita sebut data yang dikirim melalui jaringan?",
                "Biner",
                "Paket",
                "Paket.",
            ),
            (
                2,
                "Benar atau salah: Anda dapat membuat jaringan dengan dua komputer.",
                "SALAH",
                "BENAR",
                "Bisa.",
            ),
            (
                3,
                "Apa yang dikenal sebagai jaringan? Centang semua yang sesuai.",
                "Kabel",
                "Router",
                "Dua.",
            ),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Apa yang kita sebut data yang dikirim melalui jaringan?",
        "Benar atau salah: Anda dapat membuat jaringan dengan dua komputer.",
        "Apa yang dikenal sebagai jaringan? Centang semua yang sesuai.",
    ]


def test_questions_in_plain_fences_under_numbered_headings() -> None:
    # "### Aufgabe 1" over a fence holding the question, its data and its options: the
    # fence is the question's text, not code
    block = "### Aufgabe {n}\n```\n{q}\n\na) {a}\nb) {b}\n```\n\n"
    text = "# TEIL 1: LOGISCHES DENKEN\n\n" + "".join(
        block.format(n=n, q=q, a=a, b=b)
        for n, q, a, b in [
            (1, "Welche Zahl fehlt?\n4, 9, 19, 39, ?, 159", "79", "80"),
            (
                2,
                "Ein Produkt kostet 595€ inkl. 19% MwSt.\nWie viel ist der Nettopreis?",
                "500€",
                "475€",
            ),
            (3, "Welche Zahl fehlt?\n1, 3, 4, 7, 11, ?", "18", "19"),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Welche Zahl fehlt?",
        "Ein Produkt kostet 595€ inkl. 19% MwSt.",
        "Welche Zahl fehlt?",
    ]
    assert all("a)" in q.text for q in found.questions)


def test_statements_under_a_numbered_true_false_section_in_spanish() -> None:
    # "## ✅ Sección 2: Verdadero / Falso" over "1. ( ) El kernel …": statements to judge,
    # without the empty box to write V or F in
    text = (
        "## ✅ Sección 2: Verdadero / Falso\nEscribe V o F según corresponda.\n\n"
        "1. ( ) El kernel coordina hardware y procesos.  \n"
        "2. ( ) Un sistema monoproceso abre varias aplicaciones a la vez.  \n"
        "3. ( ) NTFS y ext4 son gestores de procesos.  \n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "El kernel coordina hardware y procesos.",
        "Un sistema monoproceso abre varias aplicaciones a la vez.",
        "NTFS y ext4 son gestores de procesos.",
    ]


def test_myst_exercises_with_their_answers_in_a_dropdown() -> None:
    # "````{exercise}" holding "次のPythonコードの出力結果は何でしょうか？" (what does the
    # following code print?), the code and the options; then "````{dropdown} 解答" (answer)
    block = (
        "````{{exercise}}\n次のPythonコードの出力結果は何でしょうか？\n\n```python\n{code}\n```\n\n"
        "A. {a}  \nB. {b}\n````\n\n````{{dropdown}} 解答\n**正解：{right}**\n\n{why}\n````\n\n"
    )
    text = "理解度チェック\n===========\n\n" + "".join(
        block.format(code=code, a=a, b=b, right=right, why=why)
        for code, a, b, right, why in [
            ("x = [1, 2]\nprint(len(x))", "2", "3", "A. 2", "二つです。"),
            ("print(15 // 7)", "2", "2.14", "A. 2", "切り捨てです。"),
            ("print(3 * 'a')", "aaa", "エラー", "A. aaa", "繰り返しです。"),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n\n")[1] for q in found.questions] == [
        "```python\nx = [1, 2]\nprint(len(x))\n```",
        "```python\nprint(15 // 7)\n```",
        "```python\nprint(3 * 'a')\n```",
    ]
    assert [q.answer.split("\n")[0] for q in found.questions] == [
        "**正解：A. 2**",
        "**正解：A. 2**",
        "**正解：A. aaa**",
    ]


def test_lab_tasks_each_answered_by_its_command() -> None:
    # "5. Create a supplementary group called pgroup …" over its command indented as code,
    # item after item: tasks, each answered by its command
    text = "# lab3_linux\n" + "".join(
        f"{n}. {task}\n\n         {command}\n\n"
        for n, task, command in [
            (
                1,
                "Create a supplementary group called pgroup with group ID of 30000",
                "sudo groupadd -g 30000 pgroup",
            ),
            (
                3,
                "Add islam user to the pgroup group as a supplementary group",
                "sudo usermod -aG pgroup islam",
            ),
            (5, "Lock bad user account so he can't log in", "sudo usermod -L baduser"),
            (7, "Delete bad user account", "sudo userdel -r baduser"),
        ]
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        (
            "Create a supplementary group called pgroup with group ID of 30000",
            "sudo groupadd -g 30000 pgroup",
        ),
        (
            "Add islam user to the pgroup group as a supplementary group",
            "sudo usermod -aG pgroup islam",
        ),
        ("Lock bad user account so he can't log in", "sudo usermod -L baduser"),
        ("Delete bad user account", "sudo userdel -r baduser"),
    ]


def test_linked_questions_with_parts_numbered_under_them() -> None:
    # "2. [… 설명해주세요.](…/NT_02) <br>" with "2-1. [만약 …?](…)" on the next line: each a
    # question whose answer is on the linked page, the part too ("please explain …" is a
    # sentence that asks, not a solution's title)
    base = "https://github.com/study/cs/tree/main/Network"
    text = (
        "## 네트워크\n\n"
        f"1. [TCP와 UDP의 차이점은 무엇인가요?]({base}/NT_01)\n"
        f"2. [TCP의 3-way Handshaking과 4-way Handshaking의 차이를 설명해주세요.]({base}/NT_02) <br>\n"
        f"2-1. [만약 ACK가 누락된다면 어떤 일이 발생하나요?]({base}/NT_02)\n"
        f"3. [슬라이딩 윈도우 방식은 무엇인가요?]({base}/NT_03)  \n"
        f"3-1. [윈도우 크기가 커지면 어떤 장단점이 있을까요?]({base}/NT_03)\n"
        f"4. [GET과 POST 메소드의 차이를 설명해주세요.]({base}/NT_04)  \n"
        f"4-1. [보안 측면에서 더 적합한 메소드는 무엇인가요?]({base}/NT_04)\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "TCP와 UDP의 차이점은 무엇인가요?",
        "TCP의 3-way Handshaking과 4-way Handshaking의 차이를 설명해주세요.",
        "만약 ACK가 누락된다면 어떤 일이 발생하나요?",
        "슬라이딩 윈도우 방식은 무엇인가요?",
        "윈도우 크기가 커지면 어떤 장단점이 있을까요?",
        "GET과 POST 메소드의 차이를 설명해주세요.",
        "보안 측면에서 더 적합한 메소드는 무엇인가요?",
    ]
    assert found.questions[1].source_note == f"{base}/NT_02"


def test_portuguese_and_spanish_exercises() -> None:
    # "01. Faça um programa que …" (write a program that …), "Altere o programa …", "Crie
    # …", "Haga un programa …": exercises of a numbered list, without a question mark
    text = (
        '01. Faça um programa que mostre a frase "Estou aprendendo Python!"\n\n'
        "02. Faça um programa que peça 2 números e mostre a soma\n\n"
        "03. Altere o programa do exercício 02, verificando se os números são positivos.\n\n"
        "04. Crie uma lista de funcionários com nome e salário.\n\n"
        "05. Haga un programa que calcule el promedio de tres notas.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        'Faça um programa que mostre a frase "Estou aprendendo Python!"',
        "Faça um programa que peça 2 números e mostre a soma",
        "Altere o programa do exercício 02, verificando se os números são positivos.",
        "Crie uma lista de funcionários com nome e salário.",
        "Haga un programa que calcule el promedio de tres notas.",
    ]


def test_headings_that_name_the_kind_of_question() -> None:
    # "### 1. [True/False] Single Source" over the statement to judge and its answer;
    # "### 2. [Fill in Blank] … _______ …" asks in the heading itself
    text = (
        "## Section A: Fundamentals (3 questions)\n\n"
        "### 1. [True/False] Single Source\nPaxos and Raft solve the same problem.\n"
        "- **Answer:** True\n\n"
        "### 2. [Fill in Blank] Byzantine tolerance handles up to _______ of nodes.\n"
        "- **Answer:** 1/3\n\n"
        "### 3. [Multiple Choice] Consensus Requirement\nMinimum nodes needed for consensus:\n"
        "- A) 2\n- B) 3 ✓\n\n"
        "### 4. [Calculate] Quorum Size\nWith 7 replicas, how large must a write quorum be?\n"
        "- **Answer:** 4\n"
    )
    found = scan(text)
    assert [(q.text.split("\n")[0], q.topics) for q in found.questions] == [
        ("Paxos and Raft solve the same problem.", ["Single Source"]),
        ("[Fill in Blank] Byzantine tolerance handles up to _______ of nodes.", []),
        ("Minimum nodes needed for consensus:", ["Consensus Requirement"]),
        ("With 7 replicas, how large must a write quorum be?", ["Quorum Size"]),
    ]
    assert found.questions[0].answer == "True"
    assert "- A) 2" in found.questions[2].text


def test_quizdown_headings_over_choices_to_tick() -> None:
    # "## A quanto equivale 1MB" over "1. [X] 1000 KB" / "1. [ ] 1024 KB": a quiz's stem,
    # whatever it says, its ticked choice the answer
    text = '<div class="quizdown">\n\n' + "".join(
        f"## {stem}\n\n1. [X] {right}\n1. [ ] {wrong}\n\n"
        for stem, right, wrong in [
            ("Cosa è Git?", "A version control system.", "A programming language."),
            ("A quanto equivale 1MB", "1000 KB", "1024 KB"),
            ("DNS in Internet technology è", "Domain Name System", "Dynamic Node Service"),
            ("URL stands for", "Uniform Resource Locator", "Unique Resource Link"),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Cosa è Git?",
        "A quanto equivale 1MB",
        "DNS in Internet technology è",
        "URL stands for",
    ]


def test_numbered_bold_cards_under_headings_that_name_questions() -> None:
    # "11. **`cache()` vs `persist()`**" and "12. **Broadcast joins:**", each over its
    # answer (a bullet indented too little to be the item's, or code), among items that
    # ask, under "### Performance Questions": each bold topic is a card to answer
    text = (
        "# Spark Interview Questions and Answers\n\n"
        "### General Questions\n\n"
        "1. **What is Spark?**\n   - A distributed engine.\n\n"
        "2. **Explain lazy evaluation.**\n   - Work waits for an action.\n\n"
        "3. **Driver vs Executor:**\n   - The driver plans; executors run tasks.\n\n"
        "4. **Differences between RDD and Dataset**:\n   | RDD | Dataset |\n   |---|---|\n"
        "   | untyped | typed |\n\n"
        "5. **How does Spark recover a lost partition?**\n   - From the lineage.\n\n"
        "### Performance Questions\n\n"
        "6. **Broadcast joins:**\n   - Ship the small table to every executor.\n\n"
        "7. **Storage Levels:**\n   - MEMORY_ONLY, DISK_ONLY.\n\n"
        "### Coding Questions\n\n"
        "8. **Second highest salary:**\n```python\ndf.orderBy(desc('salary'))\n```\n\n"
        "9. **RANK and DENSE_RANK:**\n```python\ndf.withColumn('r', rank())\n```\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is Spark?",
        "Explain lazy evaluation.",
        "Driver vs Executor",
        "Differences between RDD and Dataset",
        "How does Spark recover a lost partition?",
        "Broadcast joins",
        "Storage Levels",
        "Second highest salary",
        "RANK and DENSE_RANK",
    ]
    answers = [q.answer for q in found.questions]
    assert answers[2] == "- The driver plans; executors run tasks."
    assert "| untyped | typed |" in answers[3]
    assert answers[5] == "- Ship the small table to every executor."
    assert "df.withColumn('r', rank())" in answers[8]


def test_bold_steps_of_an_answer_stay_its_answer() -> None:
    # "1. **Hypotheses:**" over a line, "2. **Metrics:**" …, under a bold question: the
    # labelled steps of its answer, not cards of their own
    text = (
        "# A/B Testing Interview Questions\n\n"
        "**How would you run an A/B test on a new checkout page?**\n\n"
        "1. **Hypotheses:**\n   State what should change and why.\n\n"
        "2. **Metrics:**\n   Pick a primary metric and guardrails.\n\n"
        "3. **Sample size:**\n   Size the test for the smallest effect worth finding.\n\n"
        "**What is a p-value?**\n\nThe chance of data this extreme under the null.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "How would you run an A/B test on a new checkout page?",
        "What is a p-value?",
    ]
    assert "Sample size" in found.questions[0].answer


def test_lettered_paragraphs_that_set_tasks() -> None:
    # "A) Schreiben Sie ein Programm, …", "B) …": paragraphs lettered in order, each a
    # task, headings between them or not; "P) Zähle die Buchstaben: Schreiben Sie …"
    # asks after its name; choices lettered under a stem state, and stay choices
    text = (
        "# Aufgaben zur If-Anweisung\n"
        "A) Schreiben Sie ein Programm, das prüft, ob eine Zahl gerade ist.\n\n"
        "B) Entwickeln Sie ein Programm, das nach einer Note fragt.\n\n"
        "=> eine Note über 4,0 ist bestanden\n\n"
        "# Aufgaben zur While-Schleife\n"
        "C) Schreiben Sie ein Programm, das die Zahlen von 1 bis 10 ausgibt.\n\n"
        "D) Zähle die Buchstaben: Schreiben Sie ein Programm, das ein Wort einliest.\n\n"
        "E)\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Schreiben Sie ein Programm, das prüft, ob eine Zahl gerade ist.",
        "Entwickeln Sie ein Programm, das nach einer Note fragt.",
        "Schreiben Sie ein Programm, das die Zahlen von 1 bis 10 ausgibt.",
        "Zähle die Buchstaben: Schreiben Sie ein Programm, das ein Wort einliest.",
    ]
    assert found.questions[1].answer == "=> eine Note über 4,0 ist bestanden"
    quiz = scan(
        "# Quiz\n\nWhich structure gives O(1) lookup by key?\n\n"
        "A) A linked list\n\nB) A hash map\n\nC) A sorted array\n\nD) A heap\n"
    )
    assert [q.text.split("\n")[0] for q in quiz.questions] == [
        "Which structure gives O(1) lookup by key?"
    ]


def test_a_page_exported_as_html() -> None:
    # a site's export: '<div class="unit"><div><h2>🔹 1. What is …?</h2></div> <div>
    # <h3>Answer:</h3> …', several questions to a line; read as the Markdown it draws,
    # each question at the line it stands on, its answer in Markdown, the "Check all 12
    # answers" link and the sign-off no part of any answer
    unit = (
        '<div class="unit"><div><h2>🔹 {n}. {q}</h2></div> <div><h3>Answer:</h3> '
        '<div class="answer"><p>A <strong>{term}</strong> {a}</p><ul><li>one</li>'
        "<li>two</li></ul></div></div> <br><br></div>"
    )
    text = (
        '<div data-v-1=""><h1 data-v-1="">\n  Top 4 Heap interview questions\n</h1> '
        '<p data-v-1="">\n  You can check all 4 questions here 👉\n</p> <br> '
        + unit.format(n=1, q="What is a Priority Queue?", term="priority queue", a="orders.")
        + unit.format(n=2, q="What is a Heap?", term="heap", a="is a tree.")
        + "\n"
        + unit.format(n=3, q="How is a binary heap stored?", term="binary heap", a="is an array.")
        + "\n"
        + '<div class="unit"><div><h2>🔹 4. When would you use a Heap?</h2></div> <div>\n'
        '    👉🏼 Check\n    <a href="https://example.com/heaps">all 4 answers</a></div>'
        "</div>\n<br>\nThanks 🙌 for reading and good luck on your next interview!\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (5, "What is a Priority Queue?"),
        (5, "What is a Heap?"),
        (6, "How is a binary heap stored?"),
        (7, "When would you use a Heap?"),
    ]
    assert found.questions[1].answer == "A **heap** is a tree.\n\n* one\n* two"
    assert found.questions[3].answer == ""
    # a Markdown document with HTML headings in its summaries stays Markdown
    markdown = "".join(
        f"<details><summary><h3>{q}</h3></summary>\n\n- **{a}**\n- more\n\n</details>\n\n"
        for q, a in [("What is a heap?", "A tree"), ("What is a map?", "Keys"), ("Why?", "So")]
    )
    assert [q.answer for q in scan(markdown).questions] == [
        "- **A tree**\n- more",
        "- **Keys**\n- more",
        "- **So**\n- more",
    ]


def test_an_exam_paper_of_questions_and_their_lettered_parts() -> None:
    # "# Q1: Introduction to NLP (4 Marks)", a rule, then "### Question 1a: Applications
    # (2 marks)" over the bold task: the parts are the questions, the first heading their
    # section, not one more question
    text = (
        "# NLP Mock Paper\n\n"
        "# Q1: Introduction to NLP (4 Marks)\n\n---\n\n"
        "### Question 1a: Applications (2 marks)\n\n"
        "**List any 4 real-world applications of NLP.**\n\n---\n\n"
        "### Question 1b: Ambiguity (2 marks)\n\n"
        "**Identify the type of ambiguity in each sentence:**\n\n---\n\n"
        "# Q2: Language Models (4 Marks)\n\n---\n\n"
        "### Question 2a: Perplexity (2 marks)\n\n"
        "**Calculate the perplexity of the sentence.**\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.sections[-1]) for q in found.questions] == [
        (7, "List any 4 real-world applications of NLP.", "Introduction to NLP"),
        (13, "Identify the type of ambiguity in each sentence:", "Introduction to NLP"),
        (23, "Calculate the perplexity of the sentence.", "Language Models"),
    ]


def test_headings_that_number_a_question_and_name_its_kind_in_chinese() -> None:
    # "### **✅ 2. 填空题**" ("fill in the blank") over the stem, "### **✅ 3. 判断题**"
    # ("true or false") over the statement, "### **✅ 14. 应用题（高阶）**" over a task:
    # the heading is a label, what is under it the question, however it is worded
    text = (
        "# **Transformer 自检试卷**\n\n"
        "### **✅ 1. 选择题**\n\n以下哪个不是注意力机制的关键组成部分？\n\nA. Query\n\nB. Bias\n\n"
        "------\n\n"
        "### **✅ 2. 填空题**\n\nScaled Dot-Product Attention 的核心公式为：\n\n"
        "$$\n\\text{softmax}(QK^T / \\sqrt{d_k}) \\cdot \\underline{\\quad}\n$$\n\n------\n\n"
        "### **✅ 3. 判断题**\n\n在多头注意力中，各个头的输出是通过加法合并的。（对 / 错）\n\n"
        "------\n\n"
        "### **✅ 14. 应用题（高阶）**\n\n设计一个只使用注意力机制的句子情感分类器架构。\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "以下哪个不是注意力机制的关键组成部分？",
        "Scaled Dot-Product Attention 的核心公式为：",
        "在多头注意力中，各个头的输出是通过加法合并的。（对 / 错）",
        "设计一个只使用注意力机制的句子情感分类器架构。",
    ]


def test_italian_question_labels_over_stems_that_show_code() -> None:
    # "### Domanda 4 (5 punti)" over "Cosa stampa il seguente codice?" and the code, or
    # over "VERO o FALSO: Il seguente codice compila senza errori:": each label numbers
    # the question under it, however it ends
    text = (
        "# Quiz - Modulo C\n\n"
        "### Domanda 1 (3 punti)\nQuale dei seguenti **NON** è un tipo primitivo?\n\n"
        "a) `int`  \nb) `String`\n\n"
        "<details>\n<summary>💡 Risposta</summary>\n<b>b) String</b>\n</details>\n\n---\n\n"
        "### Domanda 2 (4 punti)\nVERO o FALSO: Il seguente codice compila senza errori:\n"
        "```java\nint x = 10L;\n```\n\n"
        "<details>\n<summary>💡 Risposta</summary>\n<b>FALSO</b> - serve un cast\n</details>\n\n"
        "---\n\n"
        "### Domanda 3 (5 punti)\nCompleta il codice per calcolare la media:\n"
        "```java\ndouble media = ___;\n```\n\n"
        "<details>\n<summary>💡 Risposta</summary>\n<b>(a + b + c) / 3.0</b>\n</details>\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Quale dei seguenti **NON** è un tipo primitivo?",
        "VERO o FALSO: Il seguente codice compila senza errori:",
        "Completa il codice per calcolare la media:",
    ]
    assert "FALSO" in found.questions[1].answer


def test_exam_questions_that_give_code_then_ask() -> None:
    # "## 22" (a number alone among "## Question N" labels) over "Given", the code, then
    # "Which is correct?"; "## Question 25" right over the code; numbered choices and
    # "> The answer is 1." under them: the code, the question and its choices are asked,
    # the line that picks one answers
    text = (
        "## Question 21\n\nGiven\n```java\nint x = 1;\n```\n\nWhat does it print?\n\n"
        "1. 1\n2. 0\n\n> The answer is 1.\n\n"
        "## 22\n\nGiven\n```java\nInteger w = 21;\n```\n\nWhich is correct?\n\n"
        "1. It prints true\n2. It throws\n\n> The answer is 1.\n\n"
        "## Question 25\n\n```java\nclass A { int a; }\n```\n\n"
        "Which two methods modify field values?\n1. setA\n2. getA\n3. setAll\n\n"
        "> 1 and 3 are correct\n"
    )
    found = scan(text)
    assert [(q.line, q.text.split("```")[-1].strip()) for q in found.questions] == [
        (1, "What does it print?\n\n1. 1\n2. 0"),
        (15, "Which is correct?\n\n1. It prints true\n2. It throws"),
        (29, "Which two methods modify field values?\n1. setA\n2. getA\n3. setAll"),
    ]
    assert "Integer w = 21;" in found.questions[1].text
    assert [q.answer.lstrip("> ") for q in found.questions] == [
        "The answer is 1.",
        "The answer is 1.",
        "1 and 3 are correct",
    ]


def test_question_labels_over_a_rule_then_stems_over_boxed_choices() -> None:
    # "## Question 1", "___" under it, then "If a topic has a replication factor of
    # 3..." over "- [ ] A. …": the stem and its choices, the folded "🎯 Answer" its answer
    text = "".join(
        f"## Question {n}\n___\n {stem}\n- [ ] A. {a}\n- [ ] B. {b}\n\n"
        f"<details>\n<summary>\n<strong>\n🎯 Answer :\n</strong>\n</summary>\n{right}\n"
        "</details>\n\n<br>\n<br>\n\n"
        for n, stem, a, b, right in [
            (1, "If a topic has a replication factor of 3...", "1 broker", "3 brokers", "B"),
            (2, "Once sent to a topic, a message can be modified", "No", "Yes", "A"),
            (3, "To produce data, a producer must provide...", "a broker", "a schema", "A"),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "If a topic has a replication factor of 3...\n\n- [ ] A. 1 broker\n- [ ] B. 3 brokers",
        "Once sent to a topic, a message can be modified\n\n- [ ] A. No\n- [ ] B. Yes",
        "To produce data, a producer must provide...\n\n- [ ] A. a broker\n- [ ] B. a schema",
    ]
    assert [q.answer for q in found.questions] == ["B", "A", "A"]


def test_vietnamese_headings_that_set_tasks() -> None:
    # "### 4. Sắp xếp các lớp trong mô hình OSI." ("arrange the layers"), "### 5. Chọn
    # các giao thức …" ("choose the protocols"): tasks, so the numbered headings mostly
    # ask and the statement to judge among them is asked too
    text = (
        "### 1. Các tầng thấp hơn trong mô hình OSI được triển khai bằng phần cứng.\n\n"
        "- [x] Đúng\n- [ ] Sai\n"
        "### 2. Đơn vị dữ liệu giao thức IP (PDU) được gọi là gì?\n- [x] Packet\n- [ ] Frame\n\n"
        "### 3. Sắp xếp các lớp trong mô hình OSI.\n\n| Tầng | Tên |\n|---|---|\n| 7 | App |\n\n"
        "### 4. Chọn các giao thức lớp vận chuyển của mô hình TCP/IP.\n\n- [ ] HTTP\n- [x] TCP\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Các tầng thấp hơn trong mô hình OSI được triển khai bằng phần cứng.",
        "Đơn vị dữ liệu giao thức IP (PDU) được gọi là gì?",
        "Sắp xếp các lớp trong mô hình OSI.",
        "Chọn các giao thức lớp vận chuyển của mô hình TCP/IP.",
    ]


def test_italic_exercises_over_their_worked_answers() -> None:
    # "5. *Find the pdf of $Y=\sin^2 X$ …*" in italics, then its working in plain type:
    # the type sets the exercise apart, so it asks, among items that state ("2. Let
    # $f(x)=…$", "4. Note …"); a how-to's bold steps stay steps
    text = (
        "# Transformations and Expectations\n\n"
        "1. *Find the pdf of $Y=X^2$ where $X$ is uniform on $(0,1)$.*\n\n"
        "   The domain does not change, so $f_Y(y)=\\frac{1}{2\\sqrt y}$.\n\n"
        "2. Let $f(x)=\\frac12 e^{-|x|}$.\n\n"
        "   a. Verify that $f$ is a pdf.\n\n"
        "      It is positive and integrates to 1.\n\n"
        "3. *Show that the minimizer of $E(X-a)^2$ is $EX$.*\n\n"
        "   Expand the square and differentiate in $a$.\n\n"
        "4. Note the symmetry of $f$ around 0.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Find the pdf of $Y=X^2$ where $X$ is uniform on $(0,1)$.",
        "Show that the minimizer of $E(X-a)^2$ is $EX$.",
    ]
    assert found.questions[1].answer == "Expand the square and differentiate in $a$."
    how_to = scan(
        "# Setting up dbt\n\n1. **Create Models**\n   Add `.sql` files under `models/`.\n"
        "2. **Run Project**\n\n   ```bash\n   dbt run\n   ```\n"
        "3. **Test Models**\n\n   ```bash\n   dbt test\n   ```\n"
    )
    assert how_to.questions == []


def test_statements_to_judge_with_their_verdict_in_brackets() -> None:
    # "### Quick Check (True/False)" over "1. P-value is the probability the null is
    # true. (False)": each statement is asked, the verdict after it answers
    text = (
        "# p-values and Confidence Intervals\n\nSome notes on intervals.\n\n"
        "### Quick Check (True/False)\n"
        "1. P-value is the probability the null is true. (False)\n"
        "2. Confidence interval gives a range for parameter. (True)\n"
        "3. Larger samples yield narrower intervals. (True)\n\n"
        "### Conceptual Questions\n"
        "4. Why do we report confidence intervals?\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("P-value is the probability the null is true.", "False"),
        ("Confidence interval gives a range for parameter.", "True"),
        ("Larger samples yield narrower intervals.", "True"),
        ("Why do we report confidence intervals?", ""),
    ]


def test_the_next_label_a_level_too_deep_labels_the_next_problem() -> None:
    # "## Exercice 4" and its solution, then "### Exercice 5" (the author's slip): the
    # next exercise in the count, not a part of the fourth one's answer
    text = (
        "# Exercices Algorithmique\n\n"
        "## Exercice 3\n\nEcrire un algorithme qui lit un nombre.\n\n```\nLIRE(n)\n```\n\n"
        "## Exercice 4\n\nReprendre l'exercice 3 en autorisant la saisie d'un 0.\n\n"
        "```\nSI n == 0\n```\n\n"
        "### Exercice 5\n\nEcrire un algorithme qui demande deux nombres.\n\n```\nLIRE(a, b)\n```\n\n"
        "## Exercice 6\n\nEcrire un algorithme qui compte.\n\n```\nPOUR i\n```\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Ecrire un algorithme qui lit un nombre.",
        "Reprendre l'exercice 3 en autorisant la saisie d'un 0.",
        "Ecrire un algorithme qui demande deux nombres.",
        "Ecrire un algorithme qui compte.",
    ]
    assert found.questions[1].answer == "```\nSI n == 0\n```"


def test_numbered_questions_indented_into_a_code_block_by_accident() -> None:
    # "    1. Describe in a couple of words …" / "    7. How would you define …": a
    # numbered list indented four spaces, read as code by Markdown; its items are asked
    text = "# Interview Questions\n\n" + "".join(
        f"    {n}. {q}\n"
        for n, q in enumerate(
            [
                "Describe in a couple of words the following technologies:",
                "How would you define a computer network",
                "Describe how the ping command is working",
                "Tell me a couple of features of the ICMP protocol",
                "What means packet forwarding?",
                "How is ARP working; why do we need it ?",
            ],
            start=1,
        )
    )
    found = scan(text)
    assert [q.text for q in found.questions][:3] == [
        "Describe in a couple of words the following technologies",
        "How would you define a computer network",
        "Describe how the ping command is working",
    ]
    assert len(found.questions) == 6


def test_pictures_and_answer_headings_under_question_headings() -> None:
    # '#### 1. What would be the label for the following image? …' over '<img src="…">'
    # and "##### Ans: y=[1,0.3,…]", no blank line between: the picture's HTML would run
    # on and swallow every heading below; "##### Ans:" labels the answer it gives
    text = "".join(
        f'#### {n}. {q}\n<img src="https://example.com/{n}.png?expiry=1" alt="" >\n##### Ans: {a}\n'
        for n, q, a in [
            (1, "What would be the label for the following image?", "y=[1,0.3,0.7]"),
            (2, "What should y be for the image below?", "y=[0,?,?]"),
            (3, "What is the IoU between these two boxes?", "1/9"),
        ]
    )
    found = scan(text)
    assert [(q.text, q.answer.split("\n")[-1]) for q in found.questions] == [
        ("What would be the label for the following image?", "y=[1,0.3,0.7]"),
        ("What should y be for the image below?", "y=[0,?,?]"),
        ("What is the IoU between these two boxes?", "1/9"),
    ]


def test_french_tasks_in_the_infinitive_and_the_imperative() -> None:
    # "- Créer une fonction bonjour() qui affiche …" under "## Exercice 1", "4. Écrivez une
    # fonction `duree_secondes` …", "8. Analysez la structure … et écrivez …": tasks
    bullets = scan(
        "## Exercice 1\n### Fonctions de base\n"
        "- Créer une fonction bonjour() qui affiche un message, puis l’appeler.\n"
        "- Créer une fonction carre(x) qui retourne le carré d’un nombre donné.\n"
        "- Écrire une fonction est_pair(n) qui retourne True si n est pair.\n\n"
        "## Exercice 2\n"
        "- Calculer la factorielle d’un nombre n.\n- Définir une classe Point.\n"
    )
    assert [q.text for q in bullets.questions] == [
        "Créer une fonction bonjour() qui affiche un message, puis l’appeler.",
        "Créer une fonction carre(x) qui retourne le carré d’un nombre donné.",
        "Écrire une fonction est_pair(n) qui retourne True si n est pair.",
        "Calculer la factorielle d’un nombre n.",
        "Définir une classe Point.",
    ]
    numbered = scan(
        "Le but de cette séance est de manipuler vos premières fonctions.\n\n"
        "# Fonctions\n\n"
        "4. Écrivez une fonction `duree_secondes` qui renvoie une durée en secondes.\n\n"
        "5. Proposez une implémentation récursive de la somme des entiers.\n\n"
        "6. Analysez la structure de la chanson et écrivez une fonction qui l'affiche.\n"
    )
    assert len(numbered.questions) == 3


def test_a_table_whose_description_column_sets_the_tasks() -> None:
    # "| Nº | Tema | Descrição |" over "| 6 | Memória | Explique a diferença entre … |":
    # the column that describes holds the tasks, two in three set in the imperative; a
    # table of tools that it describes asks nothing
    text = (
        "# Lista de Exercícios\n\n| Nº | Tema | Descrição |\n|:--|:--|:--|\n"
        "| 1 | Comandos | Execute `cd` e `ls` e descreva o que cada um faz. |\n"
        "| 2 | Diretórios | Crie uma estrutura de pastas. |\n"
        "| 3 | Processos | Liste processos ativos com `ps`. |\n"
        "| 4 | Memória | Explique a diferença entre memória física e virtual. |\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Execute `cd` e `ls` e descreva o que cada um faz.",
        "Crie uma estrutura de pastas.",
        "Liste processos ativos com `ps`.",
        "Explique a diferença entre memória física e virtual.",
    ]
    tools = scan(
        "# Tools\n\n| Tool | Description |\n|---|---|\n| ruff | A fast linter. |\n"
        "| mypy | A static type checker. |\n| uv | A package manager. |\n| pytest | Tests. |\n"
    )
    assert tools.questions == []


def test_questions_numbered_with_a_dot_and_a_dash() -> None:
    # "1.- ¿Porqué …?" over " - Porque …", then "2.- ¿Para qué …?" right under that
    # answer: Markdown runs the second into the first one's answer; each is a question
    text = (
        "# Segundo Taller\n\n"
        "1.- ¿Porqué es necesario crear un contenedor con la bandera -it?\n"
        " - Porque habilita el modo interactivo.\n"
        "2.- ¿Para qué sirve ejecutar el comando bash al ejecutar una imagen?\n"
        " - Para ejecutar comandos de linux.\n\n"
        "3.-¿Cuál es la diferencia entre docker ps y docker ps -a?\n"
        " - Uno lista los encendidos, el otro todos.\n"
        "4.-Explicar lo que hace la función git_init\n"
        " - Inicializa el repositorio.\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "¿Porqué es necesario crear un contenedor con la bandera -it?",
        "¿Para qué sirve ejecutar el comando bash al ejecutar una imagen?",
        "¿Cuál es la diferencia entre docker ps y docker ps -a?",
        "Explicar lo que hace la función git_init",
    ]
    assert found.questions[1].answer == "- Para ejecutar comandos de linux."


def test_a_table_whose_delimiter_row_has_one_cell_too_many() -> None:
    # "Index | Question | Diffculty | Importance" over "--|----|----|---|---": Markdown
    # draws no table when the counts differ; it is read as the table it was meant to be
    text = (
        "### Conceptual Questions\n\n"
        "Index | Question | Difficulty | Importance\n--|-----------------|----------|---|---\n"
        "1 | [What is Deadlock? How to avoid it?](https://example.com/deadlock) | Easy | *\n"
        "2 | [Explain Thrashing in Operating Systems](https://example.com/thrash) | Medium |\n"
        "3 | Remove Duplicates from Sorted Array | Easy\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is Deadlock? How to avoid it?",
        "Explain Thrashing in Operating Systems",
        "Remove Duplicates from Sorted Array",
    ]


def test_chinese_stems_over_choices_lettered_with_a_comma() -> None:
    # "1.   当运算结果超过了定点数表示范围时，则产生 C。" over "1. A、进位" … "3. **C、溢出**": a
    # stem over its choices, lettered "A、", the bold one right (an aside may follow it);
    # the full-width comma reads as a comma (NFKC)
    text = "## 单项选择\n\n" + "".join(
        f"{n}.   {stem}\n"
        + "".join(
            f"     {k}.   {'**' if k == right else ''}{'ABCD'[k - 1]}、{choice}"
            f"{'**' if k == right else ''}{aside if k == right else ''}\n"
            for k, choice in enumerate(choices, start=1)
        )
        + "\n\n"
        for n, (stem, choices, right, aside) in enumerate(
            [
                (
                    "当运算结果超过了定点数表示范围时，则产生 C。",
                    ["进位", "移位", "溢出", "舍弃"],
                    3,
                    "",
                ),
                (
                    "一个 C 语言源程序是由 C 组成。",
                    ["若干过程", "若干子程序", "若干函数", "主程序"],
                    3,
                    "（解析：函数是基本单位）",
                ),
                (
                    "在层次化存储系统中，B 位于中央处理机内。",
                    ["缓存", "寄存器", "主存", "辅存"],
                    2,
                    "",
                ),
            ],
            start=1,
        )
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "当运算结果超过了定点数表示范围时,则产生 C。",
        "一个 C 语言源程序是由 C 组成。",
        "在层次化存储系统中,B 位于中央处理机内。",
    ]
    assert "A、进位" in found.questions[0].text + found.questions[0].answer


def test_take_home_challenges_set_under_a_challenge_description() -> None:
    # "##### Challenge Description:" over "- Predict conversion rate.", "- Come up with
    # recommendations …": each bullet is a task set, as the ones that ask are questions;
    # a quiz tool's "### !challenge" over its fields sets nothing
    text = (
        "# DS Take-Home Challenges\n\n### 1. Conversion Rate\n##### Goal:\n"
        "Optimizing conversion rate is common work.\n##### Challenge Description:\n"
        "- Predict conversion rate.\n"
        "- Come up with recommendations for the product team to improve conversion rate.\n\n"
        "### 2. Employee Retention\n##### Goal:\nPredict when employees quit.\n"
        "##### Challenge Description:\n"
        "- Estimate employee headcount, for each company, on each day.\n"
        "- What are the main factors that drive employee churn?\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Predict conversion rate.",
        "Come up with recommendations for the product team to improve conversion rate.",
        "Estimate employee headcount, for each company, on each day.",
        "What are the main factors that drive employee churn?",
    ]
    fields = scan(
        "# Quiz\n\n### !challenge\n\n* type: multiple-choice\n* id: 6790\n* title: Data #1\n\n"
        "##### !question\n\nWhat is this data structure?\n\n##### !end-question\n"
    )
    assert all("type:" not in q.text for q in fields.questions)


def test_exercise_parts_lettered_with_a_dot_under_a_scenario_that_sets_them() -> None:
    # "### Exercise 3: Venn", its events, "Find the probabilites below.", then "a. $P(A
    # \mid B)$" and "b. …", each over its folded answer: the parts are the questions,
    # under the scenario, though they only name what to find; "Exercises 5" by a slip
    fold = "\n<details>\n<summary> </summary>\n\n{answer}\n\n</details>\n<br>\n\n"
    text = (
        "## Exercises\n\n### Exercise 1: Recap\n\nLet $A$ and $B$ be two events.\n\n"
        "Find the probabilites below.\n\n"
        "a. $P(A \\mid B)$\n"
        + fold.format(answer="1/2")
        + "b. $P(B \\mid A)$\n"
        + fold.format(answer="1/3")
        + "### Exercise 2: Planes\nA flight departs on time with probability 0.83.\n\n"
        "a. Find $P(A^c)$.\n"
        + fold.format(answer="0.17")
        + "b. Find $P(A \\cup B)$.\n"
        + fold.format(answer="0.9")
        + "### Exercises 3: Tables\nA survey was made of 300 students.\n\n"
        "a. Construct a 2 x 4 contingency table.\n"
        + fold.format(answer="See the table.")
        + "b. What is the probability that a student is unemployed?\n"
        + fold.format(answer="1/5")
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("$P(A \\mid B)$", "1/2"),
        ("$P(B \\mid A)$", "1/3"),
        ("Find $P(A^c)$.", "0.17"),
        ("Find $P(A \\cup B)$.", "0.9"),
        ("Construct a 2 x 4 contingency table.", "See the table."),
        ("What is the probability that a student is unemployed?", "1/5"),
    ]
    assert found.questions[0].context.startswith("Let $A$ and $B$ be two events.")


def test_choices_that_name_calls_stay_choices() -> None:
    # "- A) add()" / "- B) insert()" / "- D) extend()" under "Bir listenin sonuna …
    # hangi metod kullanılır?": calls named, not tasks ("insert", "extend" read as verbs)
    text = "".join(
        f"### {n}. {topic}\n\n{stem}\n\n"
        + "".join(f"- {letter}) {choice}\n" for letter, choice in zip("ABCD", choices, strict=True))
        + "\n<details>\n<summary>Cevabı Gör</summary>\nDoğru Cevap: "
        + right
        + "\n</details>\n\n---\n\n"
        for n, topic, stem, choices, right in [
            (
                6,
                "Listeler",
                "Listenin sonuna eleman eklemek için hangi metod kullanılır?",
                ["add()", "insert()", "append()", "extend()"],
                "C) append()",
            ),
            (
                7,
                "Döngü",
                "Belirli sayıda dönmek için hangi fonksiyon kullanılır?",
                ["count()", "list()", "repeat()", "range()"],
                "D) range()",
            ),
            (
                8,
                "Sözlük",
                "Bir sözlükten anahtar silmek için hangisi kullanılır?",
                ["remove()", "pop()", "delete()", "clear()"],
                "B) pop()",
            ),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Listenin sonuna eleman eklemek için hangi metod kullanılır?",
        "Belirli sayıda dönmek için hangi fonksiyon kullanılır?",
        "Bir sözlükten anahtar silmek için hangisi kullanılır?",
    ]


def test_tasks_an_interview_may_set_and_an_item_that_says_it_asks_nothing() -> None:
    # "## Some tasks you may be asked to do", a paragraph on how, then "* Demonstrate SQL
    # injection …": each is a task; "* Not a question, but make sure you understand
    # subnetting." among the questions says what it is
    text = (
        "# Common Interview Questions\n\n"
        "* How would you bypass a network IDS?\n"
        "* How would you secure an endpoint in an enterprise?\n"
        "* Not a question, but make sure you understand subnetting.\n"
        "* Describe the layers of the OSI model.\n\n"
        "## Some tasks you may be asked to do\n\n"
        "You may be asked to do these at the interview or at home.\n\n"
        "* Demonstrate SQL injection on a known-vulnerable web app\n"
        "* Configure a piece of software and present its configuration\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "How would you bypass a network IDS?",
        "How would you secure an endpoint in an enterprise?",
        "Describe the layers of the OSI model.",
        "Demonstrate SQL injection on a known-vulnerable web app",
        "Configure a piece of software and present its configuration",
    ]
    assert any(why == "it says it is not a question" for _, _, why in found.skipped)


def test_a_detailed_answer_key_with_a_heading_per_answer() -> None:
    # "## Câu 1: Closures" over its code and choices, …, then "# ĐÁP ÁN CHI TIẾT"
    # ("detailed answers") over "### Câu 1: Đáp án B - `3, 3, 3`" and why, its numbered
    # steps ("1. …") no entries of the key: each answer goes to its question
    text = (
        "# Câu Hỏi Phỏng Vấn JavaScript\n\n"
        "## Câu 1: Closures\n**Output của đoạn code sau là gì?**\n\n```javascript\nfor (var i = 0;"
        " i < 3; i++) {}\n```\n\n- A) `0, 1, 2`\n- B) `3, 3, 3`\n\n---\n\n"
        "## Câu 2: Hoisting\n**Output của đoạn code sau là gì?**\n\n```javascript\nconsole.log(a);\n"
        "var a = 1;\n```\n\n- A) `undefined`\n- B) `1`\n\n---\n\n"
        "## Câu 3: Falsy\n**Giá trị nào sau đây là falsy?**\n\n- A) `0`\n- B) `'0'`\n\n---\n\n"
        "# ĐÁP ÁN CHI TIẾT\n\n"
        "### Câu 1: Đáp án B - `3, 3, 3`\n\n**Cách fix:**\n1. Sử dụng let\n2. Sử dụng IIFE\n\n"
        "### Câu 2: Đáp án A - `undefined`\n\n`var` được hoisting.\n\n"
        "### Câu 3: Đáp án A - `0`\n\nChuỗi `'0'` là truthy.\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Output của đoạn code sau là gì?",
        "Output của đoạn code sau là gì?",
        "Giá trị nào sau đây là falsy?",
    ]
    assert "- B) `3, 3, 3`" in found.questions[0].text
    assert [q.answer.split("\n")[0] for q in found.questions] == [
        "Đáp án B - `3, 3, 3`",
        "Đáp án A - `undefined`",
        "Đáp án A - `0`",
    ]


def test_titled_numbered_headings_over_a_question_label_and_plain_choices() -> None:
    # "### 1. K-nearest neighbors average prediction" over "**Question:**", the scenario
    # and the bold question on the lines under the label, then "- Accuracy" / "- Recall"
    # and the folded "**Answer:** …": one question with its choices, its answer folded
    unit = (
        "### {n}. {title}\n\n**Question:**  \n{scene}  \n**{asked}**\n\n"
        "- {a}  \n- {b}  \n- {c}  \n\n<details>\n<summary>✅ Show answer</summary>\n\n"
        "**Answer:** {right}  \n**Explanation:** {why}\n</details>\n\n---\n\n"
    )
    text = "## ML Practice Questions\n\n" + "".join(
        unit.format(n=n, title=t, scene=sc, asked=q, a=a, b=b, c=c, right=r, why=w)
        for n, (t, sc, q, a, b, c, r, w) in enumerate(
            [
                (
                    "KNN average",
                    "You want the mean of all points.",
                    "How many neighbors?",
                    "One",
                    "All of them",
                    "Two",
                    "All of them",
                    "K covers every point.",
                ),
                (
                    "Metric",
                    "You classify genders.",
                    "Which metric should you use?",
                    "Accuracy",
                    "Duality",
                    "Recall",
                    "Accuracy",
                    "It counts the right ones.",
                ),
                (
                    "LOOCV",
                    "You have 50 rows.",
                    "How many folds does LOOCV use?",
                    "5",
                    "10",
                    "50",
                    "50",
                    "One fold a row.",
                ),
            ],
            start=1,
        )
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "You want the mean of all points.\n**How many neighbors?**\n\n- One\n- All of them\n- Two",
        "You classify genders.\n**Which metric should you use?**\n\n- Accuracy\n- Duality\n- Recall",
        "You have 50 rows.\n**How many folds does LOOCV use?**\n\n- 5\n- 10\n- 50",
    ]
    assert found.questions[2].answer.split("\n")[0] == "50"


def test_folded_cards_that_open_on_the_answer_heading() -> None:
    # "<summary>1 함수 선언 위에서 함수 호출</summary>" over "### 정답" (answer) and its code,
    # or over "### 코드" (code), the code, then "### 정답": the fold's title is asked
    # (with the code it shows, as written), the rest answers; "<summary>查看答案</summary>"
    # ("view the answer") over "### ✅ 正确答案：B" stays a label
    text = (
        "<details>\n  <summary>1 함수 선언 위에서 함수 호출</summary>\n\n  ### 정답\n  ```js\n"
        "  foo();\n  function foo() {}\n  ```\n</details>\n\n"
        "<details>\n  <summary>2 static 메서드</summary>\n\n  ### 코드\n  ```js\n"
        "  class Person {\n    constructor(name) {}\n  }\n  ```\n  ### 정답\n  ```js\n"
        "  static create() {}\n  ```\n</details>\n\n"
        "<details>\n  <summary>3 이벤트 버블링과 캡처링</summary>\n\n  ### 정답\n"
        "  이벤트가 위로 전파된다.\n</details>\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "함수 선언 위에서 함수 호출",
        "static 메서드",
        "이벤트 버블링과 캡처링",
    ]
    assert found.questions[1].text.endswith("```js\nclass Person {\n  constructor(name) {}\n}\n```")
    assert found.questions[1].answer == "```js\nstatic create() {}\n```"
    keyed = scan(
        "## 第 1 题\n\n### 题目\n\nGitHub Actions 的配置文件放在哪里？\n\n- A. .ci/\n- B. .github/workflows/\n\n"
        "<details>\n<summary>查看答案</summary>\n\n### ✅ 正确答案：B\n\n</details>\n"
    )
    assert all("查看答案" not in q.text for q in keyed.questions)


def test_what_the_interviewer_measures_is_no_question() -> None:
    # "Measure:" over "- Does this person understand …?", then "Questions:" over the
    # questions: the first list is the interviewer's rubric, the second is asked
    text = (
        "# Engineering leadership interview\n\n## Culture and values\n\nMeasure:\n\n"
        "- Does this person understand what good engineering leadership looks like?\n"
        "- Are their answers thoughtful and structured?\n\nQuestions:\n\n"
        "- Describe in your own words what the job of an engineering manager is.\n"
        "- How do you handle an underperforming engineer?\n\n"
        "## Execution\n\nMeasure:\n\n- How do they make tough prioritization decisions?\n\n"
        "Questions:\n\n- How do you scope the work of your team?\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Describe in your own words what the job of an engineering manager is.",
        "How do you handle an underperforming engineer?",
        "How do you scope the work of your team?",
    ]
    assert sum(why == "what the interviewer measures" for _, _, why in found.skipped) == 3


def test_bold_statements_to_judge_under_question_labels() -> None:
    # "### Question 11" over "**Kafka guarantees exactly-once delivery by default.**" and
    # "**Answer**: F (False) - …": a statement in bold, judged; the answer key's "11. F"
    # under "## Answer Key" / "### True/False" is no statement of its own
    text = (
        "# Kafka Quiz\n\n## True/False Questions\n\n"
        "### Question 11\n**Kafka guarantees exactly-once delivery by default.**\n\n"
        "**Answer**: F (False) - it is at-least-once.\n\n"
        "### Question 12\n**Messages within a partition are ordered by offset.**\n\n"
        "**Answer**: T (True) - offsets are sequential.\n\n"
        "### Question 13\n**A topic can have more consumers than partitions.**\n\n"
        "**Answer**: T (True) - the extra ones sit idle.\n\n"
        "## Answer Key\n\n### True/False\n11. F\n12. T\n13. T\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Kafka guarantees exactly-once delivery by default.",
        "Messages within a partition are ordered by offset.",
        "A topic can have more consumers than partitions.",
    ]
    assert found.questions[0].answer.startswith("F (False)")


def test_headings_over_code_and_boxes_to_tick() -> None:
    # "### Évaluer `s` après l'exécution du code suivant :" over the code, then "- [x] 10"
    # / "- [ ] 15": the code stands between the stem and its boxes
    text = (
        "# QCM\n\n### Calculer $2^3$\n\n- [x] 8\n- [ ] 6\n\n"
        "### Évaluer `2 + 2 == 4`\n\n- [x] `True`\n- [ ] Vrai\n\n"
        "### Évaluer `s` après l'exécution du code suivant :\n\n```python\ns = 0\n"
        "for i in range(5):\n  s += i\n```\n\n- [x] 10\n- [ ] 15\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Calculer $2^3$",
        "Évaluer `2 + 2 == 4`",
        "Évaluer `s` après l'exécution du code suivant",
    ]


def test_paragraphs_numbered_as_parts_of_sections() -> None:
    # "1)  Conceptos Básicos" then "1.1 Explica …" / "1.2 ¿Cuál es …?", "2) Instalación"
    # then "2.1 Proporciona …", "2.2 Crea un archivo …": each numbered part asks
    text = (
        "# Prueba de Docker\n\nResponde a cada pregunta de manera clara.\n\n"
        "1)  Conceptos Básicos\n\n"
        "1.1 Explica en tus propias palabras qué es Docker.\n\n"
        "1.2 ¿Cuál es la diferencia entre una imagen y un contenedor?\n\n"
        "2) Instalación y Configuración\n\n"
        "2.1 Proporciona los pasos básicos para instalar Docker.\n\n"
        "2.2 Crea un archivo Dockerfile simple que use Ubuntu.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Explica en tus propias palabras qué es Docker.",
        "¿Cuál es la diferencia entre una imagen y un contenedor?",
        "Proporciona los pasos básicos para instalar Docker.",
        "Crea un archivo Dockerfile simple que use Ubuntu.",
    ]


def test_a_question_indented_into_code_under_its_label() -> None:
    # "## Question 1" over "    Which of the following … k-NN algorithm?" and its numbered
    # statements, indented four spaces (code to Markdown), then boxes to tick: the
    # indented lines are the question
    text = "# Quiz4\n\n" + "".join(
        f"## Question {n}\n\n    {stem}\n\n    1) {one}\n    2) {two}\n\n"
        f"- [ ] Only 1\n- [x] Both\n\n"
        for n, stem, one, two in [
            (
                1,
                "Which of the following statements is true about k-NN?",
                "It needs scaling.",
                "It has no training.",
            ),
            (2, "Which distance do we use for categorical variables?", "Hamming", "Euclidean"),
            (3, "Which statements hold for logistic regression?", "It is linear.", "It is a GLM."),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Which of the following statements is true about k-NN?",
        "Which distance do we use for categorical variables?",
        "Which statements hold for logistic regression?",
    ]


def test_follow_up_bullets_and_the_sections_that_advise() -> None:
    # "**Tell me about a time …**" over "- Follow-up: …" bullets: what is asked next, not
    # its answer; "## Using These Questions", "## Red Flags in Responses" and "## Чек-лист
    # подготовки" advise the interviewer or the candidate, and ask nothing
    text = (
        "# Behavioral Question Bank\n\n## Problem-Solving\n\n"
        "**Tell me about a time you decided with incomplete information.**\n"
        "- Follow-up: What information did you wish you had?\n"
        "- Follow-up: How did you validate your decision afterward?\n\n"
        "**Describe a complex problem you solved.**\n- Follow-up: What alternatives did you"
        " consider?\n\n"
        "**Tell me about a time you changed your mind.**\n- Follow-up: What convinced you?\n\n"
        "## Using These Questions\n\n1. **Pick 3-4 questions** per interview\n"
        "2. **Use follow-ups** to get specific details\n\n"
        "## Red Flags in Responses\n\n- Can't give specific examples (only hypotheticals)\n"
        "- Blames others for failures\n\n"
        "## Чек-лист подготовки\n\n- [ ] Есть история для каждой категории\n"
        "- [ ] Готов к follow-up вопросам\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Tell me about a time you decided with incomplete information.",
        "Describe a complex problem you solved.",
        "Tell me about a time you changed your mind.",
    ]
    assert found.questions[0].answer == ""
    assert found.questions[0].follow_ups == [
        "What information did you wish you had?",
        "How did you validate your decision afterward?",
    ]


def test_exercises_headed_by_their_code() -> None:
    # "### 1. Ex001 - *Soma de dois números*" over "Desenvolva um programa que …": a
    # running number, the exercise's code and its name; the paragraph under it is the task
    text = "## Capítulo 3 - Programação com Sequência\n\n" + "".join(
        f"### {n}. Ex{n:03d} - *{name}*\n\n{task}\n\n- - -\n\n"
        for n, name, task in [
            (1, "Soma de dois números", "Desenvolva um programa que leia dois valores."),
            (2, "Área da Circunferência", "Elaborar um programa que calcule a área."),
            (3, "Salário", "Desenvolver um programa que calcule o salário líquido."),
        ]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Desenvolva um programa que leia dois valores.",
        "Elaborar um programa que calcule a área.",
        "Desenvolver um programa que calcule o salário líquido.",
    ]


def test_dash_numbered_items_with_their_answer_after_a_bold_label() -> None:
    # "1 - *Qual …?* **Resposta:** …": numbered with a spaced dash, the question in
    # italics and its answer after a bold label on the same line (or none given yet)
    text = (
        "# Quizzes\n\n## Quiz - Iniciando com containers\n\n"
        "1 - *Qual é a diferença entre imagem e contêiner?* **Resposta:** A imagem é o"
        " modelo.\n\n"
        "2 - *O que é o CGroup?* **Resposta:** Uma funcionalidade do kernel.\n\n"
        "3 - *Qual é o objetivo da OCI?* **Resposta:**\n\n"
        "4 - *O que é o Docker Hub?* **Resposta:** Uma plataforma de imagens.\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("Qual é a diferença entre imagem e contêiner?", "A imagem é o modelo."),
        ("O que é o CGroup?", "Uma funcionalidade do kernel."),
        ("Qual é o objetivo da OCI?", ""),
        ("O que é o Docker Hub?", "Uma plataforma de imagens."),
    ]


def test_a_tally_of_lines_marked_1_dash_is_no_numbering() -> None:
    # "1 - 量の割引" line after line: each counted once, not a numbered list, so the
    # options of the question above stay its options
    text = "# AWS\n\n- 次のうち、AWS の利点はどれですか?\n\n" + "".join(
        f"1 - {word}\n" for word in ["量の割引", "敏捷性", "冗長性", "耐久性"]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == ["次のうち、AWS の利点はどれですか?"]


def test_numbered_code_puzzles_over_lettered_choices_and_a_folded_answer() -> None:
    # "## 1번문제" ("problem number 1") or "## Question 2" over code, "* A: …" choices
    # and "<summary>My Answer</summary>": the code and its choices are the question; a
    # label over a line that asks, among them, keeps that line
    def puzzle(label: str, code: str, choices: list[str], answer: str) -> str:
        rows = "".join(
            f"* {letter}: {choice}\n" for letter, choice in zip("ABCD", choices, strict=False)
        )
        return (
            f"## {label}\n```javascript\n{code}\n```\n{rows}<details>\n"
            f"<summary>My Answer</summary>\n<p>정답은 <code>{answer}</code></p>\n</details>\n\n"
        )

    text = (
        "# JS 문제 풀기\n\n"
        + puzzle("1번문제", "console.log(typeof null);", ["`null`", "`object`"], "B")
        + puzzle("2번문제", "console.log(0.1 + 0.2 === 0.3);", ["`true`", "`false`"], "B")
        + puzzle("Question 3", "console.log([] + []);", ['`""`', "`[]`"], "A")
        + "## 31번 문제\nWhat is the event.target when clicking the button?\n"
        + puzzle("", "<button>Click!</button>", ["`div`", "`button`"], "B").split("\n", 1)[1]
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "```javascript\nconsole.log(typeof null);\n```\n* A: `null`\n* B: `object`",
        "```javascript\nconsole.log(0.1 + 0.2 === 0.3);\n```\n* A: `true`\n* B: `false`",
        '```javascript\nconsole.log([] + []);\n```\n* A: `""`\n* B: `[]`',
        "What is the event.target when clicking the button?",
    ]
    assert [q.answer for q in found.questions[:3]] == [
        f"<p>정답은 <code>{letter}</code></p>" for letter in "BBA"
    ]


def test_an_exam_turned_from_a_pdf_into_lines_without_blanks() -> None:
    # "Question #2 (1 Point)" right under the last line of the question above, and page
    # marks ("-- 2 of 3 --") with the running header of each page under them: every
    # question is found, and no header ends up as an answer
    def page(number: int) -> str:
        return (
            f"\n-- {number} of 3 --\n\nCertified Tester, Foundation Level\n"
            f"Version 1.6 Page {number + 1} of 3 March 25, 2025\n"
        )

    text = (
        "Questions\nQuestion #1 (1 Point)\nWhich of the following is a typical test objective?"
        "\na) Validating requirements\nb) Causing failures\nSelect ONE option.\n"
        "Question #2 (1 Point)\nWhich statement BEST describes debugging?\na) It fixes"
        " failures\nb) It finds them\nSelect ONE option.\n"
        + page(1)
        + "Question #3 (1 Point)\nGiven the following testware:\n1. Coverage items\n"
        "Which BEST shows the testware produced?\na) 1A\nb) 1B\nSelect ONE option.\n"
        "Question #4 (1 Point)\nWhich of the following is LEAST likely after a retrospective?"
        "\na) Better practices\nb) Fewer tests\nSelect ONE option.\n"
        + page(2)
        + "Question #5 (1 Point)\nWhat does the test pyramid model show?\na) Levels\n"
        "b) Costs\nSelect ONE option.\n" + page(3)
    )
    found = scan(text)
    assert [(q.line, q.text.split("?")[0] + "?") for q in found.questions] == [
        (2, "Which of the following is a typical test objective?"),
        (7, "Which statement BEST describes debugging?"),
        (
            17,
            "Given the following testware: 1. Coverage items Which BEST shows the testware"
            " produced?",
        ),
        (24, "Which of the following is LEAST likely after a retrospective?"),
        (34, "What does the test pyramid model show?"),
    ]
    assert [q.answer for q in found.questions] == [""] * 5


def test_exercises_with_the_solution_under_a_rule() -> None:
    # "#### Hilfe holen" over the task, "---", then the solution: the task (its list
    # too) is the question, the heading its topic; a task of that level with no rule has
    # no solution given, and its steps are never questions of their own
    text = (
        "# Übungen: Betriebssysteme\n\nFür einige Übungen benötigen Sie ein Linux-System.\n\n"
        "#### Betriebssystem\nWas versteht man unter einem Betriebssystem?\n\n---\n"
        "Eine Sammlung von Programmen, die die Ressourcen verwaltet.\n\n\n"
        "#### Verzeichnisse\nÖffnen Sie eine Shell (Terminal).\n\n"
        "  1. Legen Sie ein Verzeichnis an (`mkdir`)\n  2. Versuchen Sie es zu löschen (`rmdir`)"
        "\n\nWas passiert?\n\n---\nEs kann nicht gelöscht werden, weil es nicht leer ist.\n\n\n"
        "#### Hilfe holen\nWelche Aufgabe hat die Option `-h` beim Kommando `ls`?\n\n---\n"
        "Sie zeigt die Größen mit Einheiten an.\n\n\n"
        "#### Prozesse\nSchauen Sie sich die Hilfeseiten zu den folgenden Kommandos an.\n\n"
        "  1. `ps`\n  2. `kill`\n\nKeine Abgabe nötig!\n"
    )
    found = scan(text)
    assert [(q.text, q.topics, q.answer) for q in found.questions] == [
        (
            "Was versteht man unter einem Betriebssystem?",
            ["Betriebssystem"],
            "Eine Sammlung von Programmen, die die Ressourcen verwaltet.",
        ),
        (
            "Öffnen Sie eine Shell (Terminal).\n\n  1. Legen Sie ein Verzeichnis an (`mkdir`)\n"
            "  2. Versuchen Sie es zu löschen (`rmdir`)\n\nWas passiert?",
            ["Verzeichnisse"],
            "Es kann nicht gelöscht werden, weil es nicht leer ist.",
        ),
        (
            "Welche Aufgabe hat die Option `-h` beim Kommando `ls`?",
            ["Hilfe holen"],
            "Sie zeigt die Größen mit Einheiten an.",
        ),
        (
            "Schauen Sie sich die Hilfeseiten zu den folgenden Kommandos an.\n\n  1. `ps`\n"
            "  2. `kill`\n\nKeine Abgabe nötig!",
            ["Prozesse"],
            "",
        ),
    ]


def test_short_lists_in_a_section_of_questions_and_hebrew_questions() -> None:
    # "## JS questions" … "### Imports" over two items, one asking: the terse one is asked
    # too; Hebrew asks with its question words ("מה קורה …", what happens …), but "מה
    # להדגיש" ("what to stress") titles advice; problems that only link to their page,
    # tags after them, are never questions of their own
    text = (
        "# Interview-Questions\n\n## JS questions\n\n### Imports\n\n"
        "1. The difference between CommonJS vs ES Imports?\n"
        "2. Pros and cons of default vs named exports\n\n"
        "### Web\n\n1. How one can save data on client side\n2. Post vs Pull\n"
        "3. What is the difference between scheme and protocol? [answer](https://x.org/a)\n\n"
        "## Test questions\n\n1. איזו סוג של טסטים אתה מכיר\n2. מה קורה כשיוזר נכנס למערכת\n\n"
        "## Leetcode questions\n\n"
        "1. [706. Design HashMap](https://leetcode.com/problems/design-hashmap/) (_easy_)"
        " (_Similar Web_)\n"
        "2. [200. Number of Islands](https://leetcode.com/problems/number-of-islands/)"
        " (_medium_) (_WIX_)\n\n"
        "## טיפים\n\n- מה להדגיש בראיון\n- מה לא להגיד\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "The difference between CommonJS vs ES Imports?",
        "Pros and cons of default vs named exports",
        "How one can save data on client side",
        "Post vs Pull",
        "What is the difference between scheme and protocol?",
        "איזו סוג של טסטים אתה מכיר",
        "מה קורה כשיוזר נכנס למערכת",
    ]


def test_instructions_under_a_title_of_exercises_are_not_questions() -> None:
    # "# Practice Exercises" over "## Exercise Instructions" and "1. **Try each exercise
    # yourself first** - Don't peek …": how to use the exercises, none asked
    text = (
        "# Basic Queries - Practice Exercises\n\n## Exercise Instructions\n\n"
        "1. **Try each exercise yourself first** - Don't peek at the solutions\n"
        "2. **Run your queries** - Test them against the database\n\n"
        "## Beginner Exercises\n\n### Exercise 1\n\nList all customers from Canada.\n\n"
        "### Exercise 2\n\nFind the ten longest tracks.\n\n"
        "### Exercise 3\n\nCount the invoices per country.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "List all customers from Canada.",
        "Find the ten longest tracks.",
        "Count the invoices per country.",
    ]


def test_numbered_functions_to_write_over_their_signature_and_examples() -> None:
    # "### 02. join" over the signature and examples in code, and no words: the function
    # to write is the question, its code shown with it; "#### Make a monad instance …"
    # asks as an order does
    def task(number: int, name: str, signature: str, example: str) -> str:
        return (
            f"### {number:02d}. {name}\n\n```haskell\n{name} :: {signature}\n```\n"
            f"```\n{example}\n```\n\n"
        )

    text = (
        "## Monads\n\n### 01. Instances\n#### Make a monad instance for the following types:\n"
        "* `Maybe`\n* `List`\n\n"
        + task(2, "join", "Monad m => m (m a) -> m a", "join (Just (Just 2)) -> Just 2")
        + task(3, "sequenceM", "Monad m => [m a] -> m [a]", "sequenceM [Just 2] -> Just [2]")
        + task(4, "foldM", "Monad m => (a -> b -> m a) -> a -> [b] -> m a", "foldM f 0 [] -> 0")
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Make a monad instance for the following types",
        "join",
        "sequenceM",
        "foldM",
    ]
    assert found.questions[1].text == (
        "join\n\n```haskell\njoin :: Monad m => m (m a) -> m a\n```\n```\n"
        "join (Just (Just 2)) -> Just 2\n```"
    )
    assert [q.answer for q in found.questions[1:]] == ["", "", ""]


def test_dutch_and_swedish_tasks_and_numbered_scenarios_with_lettered_parts() -> None:
    # Dutch asks with "Geef …", "Leg … uit", "Schets …" under "**Voorbeeld vragen:**";
    # "### 1" over a schema, then "a) Skriv en query …" (Swedish: "write a query"):
    # each lettered part asks under its scenario; "### 3" over an intro ending in ":"
    # and "Your task is to make …" is one task
    dutch = (
        "### Extra informatie Examen\n\nHieronder vind je voorbeeldvragen.\n\n"
        "#### Build systems\n**Voorbeeld vragen:**\n"
        "- Geef drie voordelen van een dependency management tool.\n"
        "- Leg het verschil uit tussen continuous integration en continuous deployment.\n"
        "- Schets de git workflow voor een bugfix.\n"
    )
    assert [q.text for q in scan(dutch).questions] == [
        "Geef drie voordelen van een dependency management tool.",
        "Leg het verschil uit tussen continuous integration en continuous deployment.",
        "Schets de git workflow voor een bugfix.",
    ]
    swedish = (
        "# Exempel på tentafrågor\n\n## Queries\n\n### 1\n\nNedan finner du ett schema.\n\n"
        "```\nsubmission(_id_, student, course)\n```\n\n"
        "a) Skriv en query som beräknar den totala storleken.\n\n"
        "b) Hitta alla inlämningar som saknar en fil.\n\n"
        "### 2\nBelow is the schema for a database of users.\n\n"
        "a) Write an SQL query that lists the number of followers each user has.\n\n"
        "b) Write an SQL query for finding all pairs of users who follow each other.\n\n"
        "## ER-diagram\n\n### 3\nÖvningsuppgift på engelska:\n\n"
        "Your task is to make an ER-diagram for the database of a gym company.\n"
    )
    assert [q.text for q in scan(swedish).questions] == [
        "Skriv en query som beräknar den totala storleken.",
        "Hitta alla inlämningar som saknar en fil.",
        "Write an SQL query that lists the number of followers each user has.",
        "Write an SQL query for finding all pairs of users who follow each other.",
        "Övningsuppgift på engelska:\n\nYour task is to make an ER-diagram for the database of"
        " a gym company.",
    ]


def test_bold_stems_over_their_choices_and_bold_statements_to_judge() -> None:
    # "**1. When are precision and recall equal?**  ↵ A. …  ↵ B. …" in one paragraph: the
    # choices are part of the question (no answer given), a stem ending in ":" too; under
    # "### 🔁 True/False", bold numbered statements a line each are judged
    text = (
        "# Week 02 – Quiz\n\n### ❓ Multiple Choice\n\n"
        "**1. When are precision and recall the same value?**  \nA. When accuracy is perfect"
        "  \nB. When there are no false positives or negatives  \nC. When TP = TN\n\n"
        "**2. Which metric is most sensitive to false negatives?**  \nA. Precision  \n"
        "B. Recall\n\n"
        "**3. AUC-ROC is most useful when:**  \nA. Evaluating regression models  \n"
        "B. You want to compare thresholds\n\n---\n\n### 🔁 True/False\n\n"
        "**4. Fairness is an ISO 25010 quality attribute.**  \n"
        "**5. F1 Score is always higher than precision or recall.**\n\n---\n\n"
        "📘 *Answers provided in the solution key next week.*\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "When are precision and recall the same value?\n\nA. When accuracy is perfect\n\n"
        "B. When there are no false positives or negatives\n\nC. When TP = TN",
        "Which metric is most sensitive to false negatives?\n\nA. Precision\n\nB. Recall",
        "AUC-ROC is most useful when\n\nA. Evaluating regression models\n\n"
        "B. You want to compare thresholds",
        "Fairness is an ISO 25010 quality attribute.",
        "F1 Score is always higher than precision or recall.",
    ]
    assert [q.answer for q in found.questions] == [""] * 5


def test_lists_under_the_sub_headings_of_an_answer_stay_in_it() -> None:
    # "## What kind of testing would you perform on a pen?" answered under "### Unit
    # Testing", "### Smoke Testing" …, each over the checks it would make as questions:
    # they are its answer; "…? Please explain with examples." asks, and an item that
    # "answers the question: "…?"" states
    text = (
        "# Common QA Interview Questions\n\n"
        "# What is the difference between validation and verification? Please explain with"
        " examples.\n\nThey are two different processes.\n\n"
        "1. **Verification:**\n   - It checks the product against the specification.\n"
        '   - Verification answers the question: "Are we building the product right?"\n\n'
        "2. **Validation:**\n   - It checks the product against the users' needs.\n"
        '   - Validation answers the question: "Are we building the right product?"\n\n'
        "# What is a Test Bed?\n\nThe environment tests run in.\n\n"
        "# Practical Testing\n\n"
        "## **What kind of testing would you perform on a retractable pen?**\n\n"
        "Try to be specific and creative!\n\n"
        "### **Unit Testing**\n\n- Does the ink tube leak?\n- Is the body durable?\n"
        "- Does the tube retract properly?\n\n"
        "### **Smoke Testing**\n\n- Can the pen write?\n\n"
        "### **Usability Testing**\n\n- Is the pen comfortable?\n- Does it write smoothly?\n\n"
        "## What factors will you consider when testing an online course platform?\n\n"
        "Load, accessibility and content accuracy.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "What is the difference between validation and verification? Please explain with examples.",
        "What is a Test Bed?",
        "What kind of testing would you perform on a retractable pen?",
        "What factors will you consider when testing an online course platform?",
    ]
    pen = found.questions[2]
    assert "### **Unit Testing**\n\n- Does the ink tube leak?" in pen.answer
    assert pen.answer.endswith("- Is the pen comfortable?\n- Does it write smoothly?")


def test_a_labelled_reference_link_after_each_question_is_its_source() -> None:
    # "- 什么是孤儿进程？参考：[Interview2](https://…)" ("reference:"): the question (its
    # full-width mark read as "?"), and where it is answered
    text = "# 进程和线程\n\n## 面试指南\n\n" + "".join(
        f"- {asked}参考：[Interview{n}](https://www.nodejs.red/#/nodejs/process?id=interview{n})\n"
        for n, asked in enumerate(
            ["什么是进程和线程？", "什么是孤儿进程？", "如何建立 IPC 通信？"], 1
        )
    )
    found = scan(text)
    assert [(q.text, q.source_note) for q in found.questions] == [
        ("什么是进程和线程?", "https://www.nodejs.red/#/nodejs/process?id=interview1"),
        ("什么是孤儿进程?", "https://www.nodejs.red/#/nodejs/process?id=interview2"),
        ("如何建立 IPC 通信?", "https://www.nodejs.red/#/nodejs/process?id=interview3"),
    ]


def test_a_quiz_written_as_html_divs() -> None:
    # '<div class="quiz-question">1. …?</div>' over '<div class="quiz-option"
    # data-correct="true" data-feedback="…">…</div>' lines: the question with its options,
    # the right one and its feedback the answer
    def question(number: int, asked: str, options: list[str], right: int, why: str) -> str:
        rows = "".join(
            f'  <div class="quiz-option" data-correct="{str(n == right).lower()}"'
            f' data-feedback="{"✅ Correto! " if n == right else "❌ Incorreto. "}{why}">'
            f"{option}</div>\n"
            for n, option in enumerate(options)
        )
        return (
            f'<div class="quiz-container">\n  <div class="quiz-question">{number}. {asked}</div>\n'
            f'{rows}  <div class="quiz-feedback"></div>\n</div>\n\n'
        )

    text = (
        '# Quiz 15 - Docker\n\n--8<-- "assets/quiz.html"\n\n'
        + question(1, "O que é o Docker Hub?", ["Um editor", "Um registro"], 1, "Guarda imagens.")
        + question(2, "Qual instrução define o comando?", ["RUN", "CMD"], 1, "O CMD roda.")
        + question(3, "O que faz `COPY --from`?", ["Copia de um estágio", "Apaga"], 0, "Ok.")
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "O que é o Docker Hub?\n\n- Um editor\n- Um registro",
        "Qual instrução define o comando?\n\n- RUN\n- CMD",
        "O que faz `COPY --from`?\n\n- Copia de um estágio\n- Apaga",
    ]
    assert [q.answer for q in found.questions] == [
        "- Um registro\n\n✅ Correto! Guarda imagens.",
        "- CMD\n\n✅ Correto! O CMD roda.",
        "- Copia de um estágio\n\n✅ Correto! Ok.",
    ]
    assert [q.line for q in found.questions] == [6, 13, 20]


def test_spanish_exercises_in_the_infinitive() -> None:
    # "Indicar cuál de los shaders …:" ("say which of the shaders …"), "Agregar un nuevo
    # atributo …" ("add a new attribute"): orders, as in a list of exercises
    text = (
        "# Preguntas y ejercicios\n\n## Shaders\n\n"
        "1. ¿Cuáles son estos dos tipos de shaders?\n"
        "2. Indicar cuál de los shaders tiene como salida el color:\n"
        "3. Indicar cual se utiliza para almacenar los índices.\n\n"
        "## Ejercicios sobre el ejemplo:\n\n"
        "1. Agregar un nuevo atributo para cada vértice, el color.\n"
        "2. Agregar otro atributo para cada vértice, un segundo color.\n"
        "3. Modificar el shader de fragmentos para usar ese color.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "¿Cuáles son estos dos tipos de shaders?",
        "Indicar cuál de los shaders tiene como salida el color",
        "Indicar cual se utiliza para almacenar los índices.",
        "Agregar un nuevo atributo para cada vértice, el color.",
        "Agregar otro atributo para cada vértice, un segundo color.",
        "Modificar el shader de fragmentos para usar ese color.",
    ]


def test_labels_numbered_with_the_letter_of_their_part() -> None:
    # "### Question C1: Eigenvalue Interpretation" (part C, question 1) over the question
    # and its lettered parts in one paragraph: the label titles it, what is under asks
    text = "# Exercises: Eigenvalues\n\n## Part C: Conceptual Questions\n\n" + "".join(
        f"### Question C{n}: {title}\n{asked}\na) {first}\nb) {second}\n\n---\n\n"
        for n, title, asked, first, second in [
            (
                1,
                "Interpretation",
                "Explain what it means for a matrix to have:",
                "All positive eigenvalues",
                "Eigenvalue 0",
            ),
            (
                2,
                "PCA Eigenvalues",
                "In PCA, we compute eigenvectors of the covariance.",
                "What does each eigenvalue represent?",
                "Why do we sort them?",
            ),
            (
                3,
                "PageRank",
                "The PageRank algorithm always converges. Why?",
                "What property guarantees convergence?",
                "What is the damping factor for?",
            ),
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Explain what it means for a matrix to have:",
        "In PCA, we compute eigenvectors of the covariance.",
        "The PageRank algorithm always converges. Why?",
    ]
    assert found.questions[2].text.endswith("b) What is the damping factor for?")


def test_a_problem_stated_over_the_formula_it_asks_about() -> None:
    # "### Problem 1" over "Find the eigenvalues of:" and the formula in its own
    # paragraph: the formula is part of the question, what follows answers it
    text = "# Problems\n\n" + "".join(
        f"### Problem {n}\n\n{asked}\n\n{formula}\n\n{answer}\n\n"
        for n, asked, formula, answer in [
            (
                1,
                "Find the eigenvalues of:",
                r"$A = \begin{bmatrix} 2 & 0 \\ 1 & 2 \end{bmatrix}$",
                "Both are 2.",
            ),
            (2, "Find the rank of:", "$$B = I_3$$", "It is 3."),
            (3, "Compute the trace of:", "$C = 0$", "Zero."),
        ]
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        (
            r"Find the eigenvalues of:"
            "\n\n"
            r"$A = \begin{bmatrix} 2 & 0 \\ 1 & 2 \end{bmatrix}$",
            "Both are 2.",
        ),
        ("Find the rank of:\n\n$$B = I_3$$", "It is 3."),
        ("Compute the trace of:\n\n$C = 0$", "Zero."),
    ]


def test_german_titles_and_a_table_comparing_kinds_of_interview() -> None:
    # "## Was du vermeiden solltest:" ("what you should avoid"): a title, though English
    # asks with "Was it …?"; "| Live-Coding | Take-Home Assignment |" compares two kinds
    # of interview, its cells no tasks
    text = (
        "# Interview-Fragen\n\n## Frage 1: Wie lernst du am liebsten?\n\nMit Videos.\n\n"
        "## Frage 2: Was ist ein Stack?\n\nEin LIFO-Speicher.\n\n"
        "## Frage 3: Was it hard to learn Git?\n\nA little.\n\n"
        "## 🚫 Was du vermeiden solltest:\n\n- Negativ über den alten Job sprechen\n\n"
        "## Zusammenfassung\n\n| **Live-Coding** | **Take-Home Assignment** |\n|---|---|\n"
        "| ✔ Laut denken | ✔ Saubere Dokumentation |\n| ✔ Edge Cases abfragen |"
        " ✔ Tests schreiben |\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Wie lernst du am liebsten?",
        "Was ist ein Stack?",
        "Was it hard to learn Git?",
    ]


def test_questions_in_traditional_chinese() -> None:
    # "`val` 和 `var` 的不同" ("the difference"), "scope function 是哪五個" ("which five are
    # they"), "launch 和 async 有什麼不同" ("what is different"), "舉出一個…框架" ("name
    # one"): asked without a mark
    text = (
        "### 基礎問題\n- Kotlin 檔案的副檔名為 ＿？\n- `val` 和 `var` 的不同\n\n"
        "### 函數\n- scope function 是哪五個\n- `tailrec` 關鍵字是什麼意思？\n\n"
        "### Coroutine\n- launch 和 async 有什麼不同\n\n"
        "### 後端開發\n- 舉出一個可用 Kotlin 寫後端的框架\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Kotlin 檔案的副檔名為 _?",
        "`val` 和 `var` 的不同",
        "scope function 是哪五個",
        "`tailrec` 關鍵字是什麼意思?",
        "launch 和 async 有什麼不同",
        "舉出一個可用 Kotlin 寫後端的框架",
    ]


def test_a_reread_link_glued_after_each_question() -> None:
    # "1. What is …?[Reread](notes.md#perceptron)": the link says where to read the
    # answer again; it is the question's source, and no longer hides its mark
    text = "# Deep Learning Recall\n\n## Basics\n\n### Perceptron\n" + "".join(
        f"{n}. {asked}[Reread](3_DeepLearning.md#{anchor})\n   \n"
        for n, (asked, anchor) in enumerate(
            [
                ("What is the simplest type of artificial neural network?", "perceptron"),
                ("What are Hidden Layers in a neural network?", "hidden-layers"),
                ("Why are activation functions needed?", "activation-function"),
            ],
            1,
        )
    )
    found = scan(text)
    assert [(q.text, q.source_note) for q in found.questions] == [
        ("What is the simplest type of artificial neural network?", "3_DeepLearning.md#perceptron"),
        ("What are Hidden Layers in a neural network?", "3_DeepLearning.md#hidden-layers"),
        ("Why are activation functions needed?", "3_DeepLearning.md#activation-function"),
    ]


def test_questions_told_apart_only_by_the_signs_of_their_formula() -> None:
    # "Calcule $$P(Z < 1)$$" then "Calcule $$P(Z < -1)$$", "$$P(Z > 1.5)$$" and "$$P(Z >
    # -1.5)$$": each formula is another question, not the first asked again
    formulas = ["P(Z < 1)", "P(Z < -1)", "P(Z > 1.5)", "P(Z > -1.5)"]
    text = "## Distribución normal\n\n" + "".join(
        f"{n}. Calcule $${f}$$\n\n" for n, f in enumerate(formulas, 1)
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [f"Calcule $${f}$$" for f in formulas]
    assert [q.line for q in found.questions] == [3, 5, 7, 9]


def test_a_whole_list_inside_one_fence_titled_by_its_info_string() -> None:
    # "``` C++ Interview Questions and Answers" over the whole list and "```" on the last
    # line: a slip of the author, the list is read; "```python" over code stays code
    text = (
        "``` C++ Interview Questions and Answers\n\nBasic Questions:\n1. What is C++?\n"
        "   - A general-purpose language.\n\n2. What is function overloading?\n"
        "   - Several functions of one name.\n\n3. What is RAII?\n"
        "   - Resources bound to object lifetime.\n```\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("What is C++?", "- A general-purpose language."),
        ("What is function overloading?", "- Several functions of one name."),
        ("What is RAII?", "- Resources bound to object lifetime."),
    ]
    code = "```python\n# What is this?\nprint(1)\n```\n\n1. What is Python?\n"
    assert [q.text for q in scan(code).questions] == ["What is Python?"]
    # a file that is one titled snippet stays code
    snippet = '```python title="quiz tools app.py"\n# 1. What is this?\nprint(1)\n```\n'
    assert scan(snippet).questions == []


def test_checklists_and_spanish_tips_are_not_questions() -> None:
    # "## 📊 Exercise Checklist" over a table of the exercises to tick off, and "##
    # Consejos Finales" ("final tips") over "- ¿He planteado H0 y H1?" ("have I stated
    # …?"): the reader's own checks, not questions to practise
    text = (
        "# Exercises\n\n### Exercise 1: Thread Greeter\n\nCreate threads that greet.\n\n"
        "### Exercise 2: Safe Counter\n\nFix the race condition.\n\n"
        "### Exercise 3: Parallel Sum\n\nCompute the sum of an array in parallel.\n\n"
        "## 📊 Exercise Checklist\n\n| Exercise | Difficulty | Completed |\n|---|---|---|\n"
        "| 1. Thread Greeter | Easy | ⬜ |\n| 2. Safe Counter | Medium | ⬜ |\n"
        "| 3. Parallel Sum | Hard | ⬜ |\n\n"
        "## 🧠 Consejos Finales para Resolver Contrastes\n\n"
        "- ¿He planteado H0 y H1 de forma clara?\n- ¿He fijado α antes de analizar?\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Create threads that greet.",
        "Fix the race condition.",
        "Compute the sum of an array in parallel.",
    ]


def test_french_queries_to_write_in_the_infinitive() -> None:
    # "1. ***Récupérer tous les albums***" ("fetch every album"), "***Afficher le prix
    # …***" ("show the price"), "***Supprimer tous les albums …***": queries to write
    text = "# LA MUSIQUE DANS LA PEAU\n\n*Fichier de réponse de l'exercice 1*\n\n\n" + "".join(
        f"{n}. ***{task}***\n\n*Requête SQL*\nSELECT {n};\n\n\n"
        for n, task in enumerate(
            [
                "Récupérer tous les albums",
                "Afficher le prix de cet album",
                'Supprimer tous les albums dont le nom contient "music"',
            ],
            1,
        )
    )
    found = scan(text)
    assert [q.text.split("\n\n")[0] for q in found.questions] == [
        "Récupérer tous les albums",
        "Afficher le prix de cet album",
        'Supprimer tous les albums dont le nom contient "music"',
    ]
    # (the query written under each stays with its task, not lost)
    assert [f"SELECT {n};" in q.text for n, q in enumerate(found.questions, 1)] == [True] * 3


def test_german_exam_tasks_under_bold_labels() -> None:
    # "### **Aufgabe 1: Logik (3 Punkte)**" (the label in bold) over "**Thema:** …" and
    # "Schreibe ein Struktogramm …" ("write a structure chart", the informal imperative):
    # each task is a question, its topic field kept with the answer
    text = "# Klassenarbeit\n\n## 📝 AUFGABENBLATT\n\n" + "".join(
        f"### **Aufgabe {n}: Thema {n} (3 Punkte)**\n**Thema:** BPE 5.{n}\n\n{task}\n"
        "> Ein Programm liest eine Zahl ein.\n\n```python\n# Lösung\n```\n\n---\n\n"
        for n, task in [
            (1, "Schreibe ein Struktogramm und implementiere in Python:"),
            (2, "Nenne den logischen Fehler im Struktogramm."),
            (3, "Formuliere die falsche Bedingung neu."),
        ]
    )
    found = scan(text)
    assert [q.text.split(" > ")[0] for q in found.questions] == [
        "Schreibe ein Struktogramm und implementiere in Python:",
        "Nenne den logischen Fehler im Struktogramm.",
        "Formuliere die falsche Bedingung neu.",
    ]
    assert [
        q.answer.startswith(f"**Thema:** BPE 5.{n}") for n, q in enumerate(found.questions, 1)
    ] == [True] * 3


def test_polish_tasks_under_sub_section_numbers() -> None:
    # "#### 1.1" over "Wypisz do konsoli tekst …" ("print to the console"), "#### 1.2"
    # over "Wczytaj liczbę …" ("read a number"): numbered tasks, each under its number
    text = "".join(
        f"#### 1.{n}\n\n{task}\n\n```\n{sample}\n```\n\n"
        for n, task, sample in [
            (1, "Wypisz do konsoli tekst: `Witaj świecie!`", "Witaj świecie!"),
            (2, "Wczytaj liczbę, następnie wypisz czy jest parzysta.", "Podaj liczbę: 88"),
            (3, "Znajdź najmniejszą spośród wprowadzonych liczb.", "Podaj liczby: 3 1 2"),
        ]
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (1, "Wypisz do konsoli tekst: `Witaj świecie!`"),
        (9, "Wczytaj liczbę, następnie wypisz czy jest parzysta."),
        (17, "Znajdź najmniejszą spośród wprowadzonych liczb."),
    ]


def test_tasks_whose_formula_is_a_paragraph_of_its_own_inside_the_item() -> None:
    # "1. Derive the dual problem for …:" with its formula in a paragraph of its own
    # inside the item: the item counts once when the list is weighed (a list of tasks,
    # not a how-to whose steps give orders)
    formula = "\t$$\n\tx^2 + 1 \\to \\min\n\t$$\n"
    text = "### KKT and duality\n\n" + "".join(
        f"1. {task}\n\n{formula}\n"
        for task in [
            "Derive the dual problem for the Ridge regression problem:",
            "Derive the dual problem for the support vector machine problem:",
            "Give an explicit solution of the following LP.",
            "Derive the KKT conditions for the problem",
        ]
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Derive the dual problem for the Ridge regression problem",
        "Derive the dual problem for the support vector machine problem",
        "Give an explicit solution of the following LP.",
        "Derive the KKT conditions for the problem",
    ]


def test_word_problems_wrapped_over_lines_that_ask_inside() -> None:
    # "5. Una empresa eléctrica fabrica focos … Pruebe la hipótesis de que …" wrapped over
    # lines: the problem asks inside its paragraph ("Pruebe …", "test the hypothesis"; a
    # "¿…?" in the middle), so the numbered list is one of problems
    text = (
        "## Probabilidad\n\n1. ¿Cuál es la probabilidad de sacar un seis con un dado?\n\n"
        "2. ¿Qué probabilidad hay de acertar al azar entre cinco respuestas?\n\n"
        "3. ¿Cuántas combinaciones de sopa y ensalada hay?\n\n"
        "### Pruebas de hipótesis\n\n"
        "1. Se realizó un estudio para estimar la diferencia de salarios de dos grupos.\n"
        "   Una muestra de 100 profesores indicó un salario medio de 1200. Pruebe la\n"
        "   hipótesis de que no hay diferencia, con un nivel de significancia de 0.05.\n\n"
        "2. Una empresa fabrica focos con una duración media de 800 horas.\n"
        "   Pruebe la hipótesis de que la media es 800 horas si una muestra de 30 focos\n"
        "   dura 788 horas en promedio.\n\n"
        "3. Se supone que el peso medio de los huevos es de 72.45 gr.\n"
        "   ¿Tendría suficiente evidencia para mostrar que no cumplen? 68.7, 71.0 y 73.5.\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions][3:] == [
        "Se realizó un estudio para estimar la diferencia de salarios de dos grupos.",
        "Una empresa fabrica focos con una duración media de 800 horas.",
        "Se supone que el peso medio de los huevos es de 72.45 gr.",
    ]


def test_french_questions_that_end_on_code_or_ask_where() -> None:
    # "… de quel type s'agit-il ? `let x = 7; x = -x;`": the code after the mark is what it
    # asks about; "Où est l'erreur …" ("where is the mistake") asks without a mark
    text = (
        "# Questions JavaScript\n\n"
        "- Quelle est la différence entre **let** et **var** ?\n\n  - Réponse : _La portée_\n\n"
        "- Où est l'erreur dans cette partie de code et corrigez la :\n\n"
        "  ```\n  let 1age;\n  ```\n\n"
        "- Cette opération est elle un **unary**, si oui de quel type s'agit-il ?"
        " `let x = 7; x = -x;`\n\n  - Réponse : _Oui, négatif_\n\n"
        "- Combien de types de données existent en JavaScript ?\n\n  - Réponse : _Huit_\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Quelle est la différence entre **let** et **var** ?",
        "Où est l'erreur dans cette partie de code et corrigez la",
        "Cette opération est elle un **unary**, si oui de quel type s'agit-il ?"
        " `let x = 7; x = -x;`",
        "Combien de types de données existent en JavaScript ?",
    ]


def test_lettered_parts_titled_in_bold_over_what_they_ask() -> None:
    # "### Aufgabe 3" over "Gegeben: `lager = […]`", then "**a) Deklaration (1 Punkt)**"
    # over "Schreibe die Python-Zeile …": each part asks in the paragraph under its title
    text = "# Klassenarbeit\n\n" + "".join(
        f"### Aufgabe {n}: Listen ({n} Punkte)\n\nGegeben: `lager = [4, 7, 2]`\n\n"
        f"**a) Deklaration (1 Punkt)**\n\nSchreibe die Python-Zeile zur Deklaration {n}.\n\n"
        "```python\n# Lösung\n```\n\n"
        f"**b) Zugriff (1 Punkt)**\n\nSchreibe Python-Code, um das erste Element {n} auszugeben."
        "\n\n---\n\n"
        for n in (1, 2, 3)
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        asked
        for n in (1, 2, 3)
        for asked in (
            f"Schreibe die Python-Zeile zur Deklaration {n}.",
            f"Schreibe Python-Code, um das erste Element {n} auszugeben.",
        )
    ]
    assert found.questions[0].context == "Gegeben: `lager = [4, 7, 2]`"


def test_labelled_questions_inside_a_lesson_under_a_heading_that_asks() -> None:
    # "## 2.1. What is Probability?" over its lesson, then "**Question 1:** *What are …?*"
    # and "**Answer:** …": the lesson's own questions are questions, not its answer's text
    text = (
        "# 2. Applying Set Theory to Probability\n\n## 2.1. What is Probability?\n\n"
        "Probability measures how likely an event is.\n\n"
        "**Question 1:** *What are elements in a sample space called?*\n\n"
        "**Answer:** Outcomes.\n\n"
        "**Question 2:** *How do we represent an event with several outcomes?*\n\n"
        "**Answer:** As a subset of the sample space.\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("What is Probability?", "Probability measures how likely an event is."),
        ("What are elements in a sample space called?", "Outcomes."),
        ("How do we represent an event with several outcomes?", "As a subset of the sample space."),
    ]


def test_questions_announced_under_a_problem_heading() -> None:
    # "#### Problem 2: Memory Over-commitment" over its setting and "**Questions:**" over
    # "1. **Total virtual memory allocated?** 13GB": the listed questions are the ones
    # asked, in that setting; the heading only titles them
    text = (
        "# Page Replacement Practice\n\n#### Problem 1: FIFO\nHow many page faults does FIFO"
        " make on 1, 2, 3, 1 with two frames?\n\nFour.\n\n"
        "#### Problem 2: Memory Over-commitment Analysis\nSystem Configuration:\n"
        "- Physical RAM: 8GB\n- Process A: 4GB virtual memory\n\n**Questions:**\n"
        "1. **Total virtual memory allocated?** 13GB\n2. **Over-commitment ratio?** 1.625\n"
        "3. **Will system thrash?** No\n\n#### Problem 3: LRU\nHow many page faults does LRU"
        " make on 1, 2, 1, 3 with two frames?\n\nThree.\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("How many page faults does FIFO make on 1, 2, 3, 1 with two frames?", "Four."),
        ("Total virtual memory allocated?", "13GB"),
        ("Over-commitment ratio?", "1.625"),
        ("Will system thrash?", "No"),
        ("How many page faults does LRU make on 1, 2, 1, 3 with two frames?", "Three."),
    ]
    assert found.questions[1].context == (
        "System Configuration:\n- Physical RAM: 8GB\n- Process A: 4GB virtual memory"
    )


def test_links_in_lenticular_brackets_after_numbered_questions() -> None:
    # "2、用户态和内核态。【链接】": the bracketed word stands where a link was to go, and
    # "【[链接](…)】" is the link; neither hides that the line is a question
    text = (
        "# 操作系统面试题\n\n## Linux\n\n1、怎么查看占用内存最多的进程。【链接】\n\n"
        "2、页表的作用。【链接】\n\n3、硬链接和软链接有什么区别？（inode）"
        "【[链接](../linux/inode.md#links)】\n\n4、写时复制的过程。【链接】\n"
    )
    found = scan(text)
    assert [(q.text, q.source_note) for q in found.questions] == [
        ("怎么查看占用内存最多的进程。", ""),
        ("页表的作用。", ""),
        ("硬链接和软链接有什么区别?(inode)", "../linux/inode.md#links"),
        ("写时复制的过程。", ""),
    ]


def test_a_paragraph_that_asks_of_each_line_of_code_below_it() -> None:
    # "Exercise 2: What are the results of the following?" over one line of code an item:
    # each line is a question asked in that setting; points and lettered choices are not
    text = (
        "# Worksheet 3\n\nExercise 2: What do the following return (with the vectors of"
        "\nExercise 1)?\n\n1.  first=v(2)\n\n2.  part=v(\\[1 3\\])\n\n3.  m(2,:)\n\n"
        "Exercise 3: Which of the following creates a row vector?\n\n1.  a = zeros(3,1)\n\n"
        "2.  a = zeros(1,3)\n\nExercise 4: What is the slope through the following points?\n\n"
        "1.  (0, 1)\n\n2.  (2, 5)\n"
    )
    found = scan(text)
    asked = "What do the following return (with the vectors of\nExercise 1)?"
    assert [(q.text, q.context, q.line) for q in found.questions] == [
        ("first=v(2)", asked, 6),
        ("part=v([1 3])", asked, 8),
        ("m(2,:)", asked, 10),
        ("Which of the following creates a row vector?", "", 12),
        ("What is the slope through the following points?", "", 18),
    ]
    assert found.questions[3].answer == "1.  a = zeros(3,1)\n\n2.  a = zeros(1,3)"


def test_a_blank_to_fill_in_between_chinese_words_asks() -> None:
    # "### 1.重组通常发生在_______上。": Chinese puts no spaces around the blank, and the
    # heading asks as surely as one that ends with "？"
    text = (
        "### 1.分片的重组通常发生在_______上。\n|编号|选项|\n|-|-|\n|A|源主机|\n|B|目的主机|\n\n"
        "### 2.把IP地址映射到物理地址的协议是_______。\n|编号|选项|\n|-|-|\n|A|RARP|\n|B|ARP|\n\n"
        "## 附录\n\n变量名 my_var___x 的写法不是问题。\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (1, "分片的重组通常发生在_______上。"),
        (7, "把IP地址映射到物理地址的协议是_______。"),
    ]
    assert found.questions[1].answer == "|编号|选项|\n|-|-|\n|A|RARP|\n|B|ARP|"


def test_where_a_question_was_read_in_brackets_after_it_is_its_source() -> None:
    # "**1、谈谈 … 的区别。**（D:\notes\redis.md、https://…）": links or paths alone in the
    # brackets after the bold line; a link whose words ask is not a question
    text = (
        "### Redis 面试题\n\n**1、谈谈 Redis 和 Memcached 的区别。**（D:\\notes\\redis.md）\n\n"
        "**2、为什么要用 Redis 做缓存。**（https://example.org/a、https://example.org/b）\n\n"
        "**3、谈谈 Redis 的持久化。**（https://example.org/c）\n\n"
        "读这篇文章：\n\n[Was ist ein Cache?](https://example.org/cache)\n"
    )
    found = scan(text)
    assert [(q.text, q.source_note) for q in found.questions] == [
        ("谈谈 Redis 和 Memcached 的区别。", "D:\\notes\\redis.md"),
        ("为什么要用 Redis 做缓存。", "https://example.org/a"),
        ("谈谈 Redis 的持久化。", "https://example.org/c"),
    ]


def _quiz_card(number: int, title: str, asked: str, right: str, why: str) -> str:
    options = "".join(
        f'      <label class="option">\n        <input type="radio" name="q{number}"'
        f' value="{letter}">\n        <span>{letter}) <code>{code}</code></span>\n'
        "      </label>\n"
        for letter, code in (("A", "=ROUND(A2)"), ("B", "=INT(A2)"), ("C", "=TRUNC(A2,1)"))
    )
    return (
        f'  <div class="card" data-question="{number}" data-correct="{right}">\n'
        f"    <h3>Q{number}. {title}</h3>\n    <p>{asked}</p>\n"
        f'    <div class="options">\n{options}    </div>\n'
        f'    <button type="button" class="check">Check</button>\n'
        f'    <div class="answer" style="display: none;">\n'
        f"      <p><strong>Answer:</strong> {right}</p>\n      <p>{why}</p>\n    </div>\n"
        "  </div>\n\n"
    )


def test_a_page_of_quiz_cards_written_in_html_by_hand() -> None:
    # a site's quiz page: front matter, then only HTML, each card's title a "Q1. …"
    # heading over the paragraph that asks, its options and its hidden answer
    text = (
        '---\ntitle: Week 2 Quiz\n---\n\n{::nomarkdown}\n<div class="quiz">\n'
        "  <h1>Week 2 Quiz</h1>\n\n"
        + _quiz_card(1, "Rounding", "Which formula drops the decimals of A2?", "B", "INT floors.")
        + _quiz_card(
            2, "ROUND vs TRUNC", "Which keeps one decimal without rounding?", "C", "It cuts."
        )
        + _quiz_card(3, "Whole numbers", "Which rounds 2.5 to 3?", "A", "ROUND goes up.")
        + "</div>\n{:/}\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Which formula drops the decimals of A2?",
        "Which keeps one decimal without rounding?",
        "Which rounds 2.5 to 3?",
    ]
    assert [q.line for q in found.questions] == [10, 34, 58]
    assert found.questions[1].answer == "C\n\nIt cuts."
    assert "- C) `=TRUNC(A2,1)`" in found.questions[1].text


def test_a_comparison_that_titles_the_question_asked_under_it() -> None:
    # "### Q2. COUNT vs COUNTA" over the paragraph that asks: the comparison names the
    # problem as "### Q1. Totals" does
    text = (
        "# Quiz\n\n### Q1. Totals\n\nE2 holds a price and F2 a quantity. Which formula gives"
        " the total?\n\n**Answer:** =E2*F2\n\n### Q2. COUNT vs COUNTA\n\nColumn A holds IDs"
        " and blanks. Which function counts the IDs?\n\n**Answer:** COUNTA\n\n### Q3. Lookups\n\n"
        "Which function finds a row by its key?\n\n**Answer:** XLOOKUP\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("E2 holds a price and F2 a quantity. Which formula gives the total?", "=E2*F2"),
        ("Column A holds IDs and blanks. Which function counts the IDs?", "COUNTA"),
        ("Which function finds a row by its key?", "XLOOKUP"),
    ]


def test_exercises_stated_under_a_label_in_portuguese_with_hints() -> None:
    # "### 1.3. Estruturas de Repetição" over "**Enunciado:**" (the statement) and the task
    # on the next line, short or long, then "**Dica:**" (a hint)
    text = (
        "# Exercícios de Lógica\n\n## 1. Básicos\n\n### 1.1. Variáveis\n\n**Enunciado:**  \n"
        "Crie um algoritmo que leia dois números e exiba a soma.\n\n**Dica:**  \n"
        "Use duas variáveis.\n\n---\n\n### 1.2. Repetição\n\n**Enunciado:**  \n"
        "Elabore um algoritmo que exiba os números de 1 a 10.\n\n---\n\n### 1.3. Decisão\n\n"
        "**Enunciado:**  \nDesenvolva um algoritmo que leia a idade de uma pessoa e informe se"
        " ela é maior de idade (18 anos ou mais) ou menor de idade, com uma mensagem clara.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer, q.hints) for q in found.questions] == [
        (5, "Crie um algoritmo que leia dois números e exiba a soma.", "", ["Use duas variáveis."]),
        (15, "Elabore um algoritmo que exiba os números de 1 a 10.", "", []),
        (
            22,
            "Desenvolva um algoritmo que leia a idade de uma pessoa e informe se ela é maior de"
            " idade (18 anos ou mais) ou menor de idade, com uma mensagem clara.",
            "",
            [],
        ),
    ]


def test_a_moodle_quiz_copied_into_divs_under_question_labels() -> None:
    # "##### Question 1" over '<div class="qb">', the stem, "Select one:" and the boxes
    # (the right one ticked), "</div>": the label numbers the question the div holds; a
    # "Hint:" under a stem that ends with ":" is a hint, not more of the stem
    text = (
        "## Quiz 7 - Amplifiers\n\n### 题目\n\n"
        '##### Question 1\n\n<div class="qb">\n\nAn ideal op-amp has zero input'
        " resistance.\n\n Select one:\n\n  - [ ] True\n  - [x] False\n\n</div>\n\n"
        '##### Question 2\n\n<div class="qb">\n\nThe two inputs of an op-amp are called\n\n'
        " Select one:\n\n  - [ ] a. Plus and Minus\n  - [x] b. Inverting and Non-inverting\n\n"
        '</div>\n\n##### Question 3\n\n<div class="qb">\n\nThe current in mA through the'
        " 2 kΩ resistor is equal to:\n\nHint: Give only the number.\n\n Answer: ` 0.5 `\n\n"
        "</div>\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer, q.hints) for q in found.questions] == [
        (
            5,
            "An ideal op-amp has zero input resistance.\n\n- True\n- False",
            "- False",
            [],
        ),
        (
            18,
            "The two inputs of an op-amp are called\n\n- a. Plus and Minus\n"
            "- b. Inverting and Non-inverting",
            "- b. Inverting and Non-inverting",
            [],
        ),
        (
            31,
            "The current in mA through the 2 kΩ resistor is equal to:",
            "Answer: ` 0.5 `",
            ["Give only the number."],
        ),
    ]


def test_korean_prompts_in_their_plain_form_ask() -> None:
    # "도커는 어떻게 작동하는지" (how Docker works), "… 이유는 무엇인가" (what is the
    # reason), "쿠버네티스 간단 설명" (Kubernetes, briefly explained), "… ingress 차이" (the
    # difference): asked without a mark, as the items around them are with one
    text = (
        "# Tech - Deploy\n\n## Docker\n\n- 도커를 사용하는 이유를 이야기해주세요.\n"
        "- 도커는 어떻게 작동하는지\n- 쿠버네티스 간단 설명\n"
        "- 쿠버네티스를 사용해야 하는 이유는 무엇인가\n- pod, deployment, ingress 차이\n"
        "- 컨테이너 안에 네트워크가 있을 수 있나요?\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "도커를 사용하는 이유를 이야기해주세요.",
        "도커는 어떻게 작동하는지",
        "쿠버네티스 간단 설명",
        "쿠버네티스를 사용해야 하는 이유는 무엇인가",
        "pod, deployment, ingress 차이",
        "컨테이너 안에 네트워크가 있을 수 있나요?",
    ]


def test_italian_exercises_with_a_bold_label_set_as_a_heading() -> None:
    # "## 1. Hello World!" over "Scrivere un programma che …" (write a program that …),
    # then "### **Esempio di output:**" (example output): the label, set as a heading,
    # is part of the exercise, not a section that turns the exercises into topics
    text = (
        "# Esercizi 1: i concetti di base\n\nAlcuni esercizi sulla lezione.\n\n---\n\n"
        "## 1. Hello World!\n\nScrivere un programma che chieda il nome e stampi un saluto.\n\n"
        "### **Esempio di output:**\n```\nNome: Alice\nCiao, Alice!\n```\n\n"
        "### **Suggerimenti:**\n- Usa `input()`.\n\n---\n\n## 2. Pari o dispari\n\n"
        "Scrivi un programma che legga un intero e dica se è pari.\n\n---\n\n"
        "## 3. Somma\n\nCalcolare la somma dei numeri da 1 a N.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (7, "Scrivere un programma che chieda il nome e stampi un saluto."),
        (22, "Scrivi un programma che legga un intero e dica se è pari."),
        (28, "Calcolare la somma dei numeri da 1 a N."),
    ]
    assert found.questions[0].answer.startswith("**Esempio di output:**\n```\nNome: Alice")


def test_textbook_exercises_under_headings_with_no_space_after_the_marks() -> None:
    # "#####15.1-2 Modify …": chapter 15, section 1, exercise 2, its heading marks run into
    # the number (as GitHub once allowed); "#include" in prose is no heading
    text = (
        "# Chapter 15\n\n##15.1 Rod cutting\n#####15.1-2 Show by a counterexample that the"
        " greedy rule by density is not optimal.\n\nTake lengths 1, 2 and 3.\n\n"
        "#####15.1-3 Modify CUT-ROD to return the cuts as well.\n\nKeep an array s.\n\n"
        "##15.4 Longest common subsequence\n#####15.4-1 Determine an LCS of 1001 and 0101.\n\n"
        "101.\n\n#include is not a heading here.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (
            4,
            "Show by a counterexample that the greedy rule by density is not optimal.",
            "Take lengths 1, 2 and 3.",
        ),
        (8, "Modify CUT-ROD to return the cuts as well.", "Keep an array s."),
        (
            13,
            "Determine an LCS of 1001 and 0101.",
            "101.\n\n#include is not a heading here.",
        ),
    ]


def test_questions_to_ask_the_interviewer_stay_out_under_their_own_sections() -> None:
    # "# QUESTIONS TO ASK THE INTERVIEWER" over "## Technical Questions:" and numbered
    # bold questions: the candidate asks those back, however the sections under it are named
    text = (
        "# Mock Interview\n\n## Question 1: Real-time\n"
        '**"Explain hard and soft real-time systems."**\n\n### Model Answer:\n\n'
        "> A missed hard deadline is a failure; a missed soft one degrades service.\n\n---\n\n"
        "# QUESTIONS TO ASK THE INTERVIEWER (Pick 3-4)\n\n## Technical Questions:\n\n"
        '1. **"Which RTOS does the team use?"**\n   - Shows you know the options\n\n'
        "## Growth Questions:\n\n"
        '2. **"How does the team share knowledge?"**\n   - Shows you want to learn\n'
    )
    found = scan(text)
    assert [q.text for q in found.questions] == ["Explain hard and soft real-time systems."]


def test_what_questions_do_you_have_for_us_is_one_question() -> None:
    # "### Q3: What questions do you have for us?" over the questions to ask back: they
    # answer it, the heading does not title a list of questions to practise
    asked_back = [
        "Can you tell me more about the prototype?",
        "How does the team approach validation?",
        "What does success look like after six months?",
        "Which tools does the team use?",
        "How is on-call shared?",
    ]
    text = (
        "# Interview Questions & Answers\n\n## Project Questions\n\n"
        "### Q1: Can you walk me through your demo?\n\n**Answer:**\nIt has three layers.\n\n"
        "---\n\n## Closing Questions\n\n### Q2: What questions do you have for us?\n\n"
        "**Suggested Questions to Ask:**\n\n"
        + "".join(f'{n}. "{q}"\n\n' for n, q in enumerate(asked_back, 1))
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Can you walk me through your demo?",
        "What questions do you have for us?",
    ]
    assert found.questions[1].answer.startswith(
        '**Suggested Questions to Ask:**\n\n1. "Can you tell me more about the prototype?"'
    )


def test_question_lines_in_parts_named_by_their_number_range() -> None:
    # a question on one line, its answer on the next; "🔹 11–20: Data Structures" names the
    # next part on the line right over its first question (its name without the range);
    # "6379." answers, it numbers nothing
    text = (
        "What is Redis?\nAn in-memory key-value store.\n\n"
        "What is the default port of Redis?\n6379.\n\n"
        "How do you check that Redis is running?\nRun redis-cli ping; it answers PONG.\n\n"
        "🔹 11–20: Data Structures\nHow do Redis sets differ from lists?\n"
        "Sets hold unique members with no order; lists keep order and duplicates.\n\n"
        "What is a sorted set?\nA set whose members carry a score that orders them.\n\n"
        "🔹 21–30: Persistence\nWhat is AOF?\nA log of every write, replayed on restart.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer, q.sections) for q in found.questions] == [
        (1, "What is Redis?", "An in-memory key-value store.", []),
        (4, "What is the default port of Redis?", "6379.", []),
        (7, "How do you check that Redis is running?", "Run redis-cli ping; it answers PONG.", []),
        (
            11,
            "How do Redis sets differ from lists?",
            "Sets hold unique members with no order; lists keep order and duplicates.",
            ["Data Structures"],
        ),
        (
            14,
            "What is a sorted set?",
            "A set whose members carry a score that orders them.",
            ["Data Structures"],
        ),
        (18, "What is AOF?", "A log of every write, replayed on restart.", ["Persistence"]),
    ]


def test_an_answer_under_the_options_of_a_numbered_item_even_when_hidden() -> None:
    # "1. **What type of database is MongoDB?**", its options indented under it, then
    # "**Answer: c**" on the next line, or the same hidden from the reader in a comment
    text = (
        "Here are three questions on MongoDB:\n\n"
        "1. **What type of database is MongoDB?**\n   a. Relational  \n   b. Graph  \n"
        "   c. Document-oriented  \n   <!-- **Answer: c** -->\n\n"
        "2. **What is the default port of MongoDB?**\n   a. 27017  \n   b. 28017  \n"
        "   **Answer:** a\n\n"
        "3. **Which command starts the server?**\n   a. mongo\n   b. mongod\n   Answer: b\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        (
            "What type of database is MongoDB?\n\n- a. Relational\n- b. Graph\n"
            "- c. Document-oriented",
            "c",
        ),
        ("What is the default port of MongoDB?\n\n- a. 27017\n- b. 28017", "a"),
        ("Which command starts the server?\n\n- a. mongo\n- b. mongod", "b"),
    ]


def test_a_fold_named_answer_and_explanation_in_japanese_holds_the_answer() -> None:
    # "<summary>答えと解説</summary>" (the answer and its explanation) folds the answer of
    # "## 問題1" away; it is no question of its own
    text = (
        "# SQL\n\n## 問題1\nSQLについて、正しいものを1つ選びなさい。\n\n"
        "1. SELECT文はデータを取得する\n2. SELECT文はデータを削除する\n\n<details>\n"
        "<summary>答えと解説</summary>\n\n### 答え\n1. SELECT文はデータを取得する\n\n</details>\n\n"
        "## 問題2\nWHERE句の役割として正しいものを1つ選びなさい。\n\n1. 条件を指定する\n"
        "2. 並び替えを指定する\n\n<details>\n<summary>答えと解説</summary>\n\n### 答え\n"
        "1. 条件を指定する\n\n</details>\n\n## 問題3\nORDER BY句の役割は何ですか。\n"
    )
    found = scan(text)
    asked = [
        "SQLについて、正しいものを1つ選びなさい。",
        "WHERE句の役割として",
        "ORDER BY句の役割は",
    ]
    assert len(found.questions) == 3
    assert all(q.text.startswith(a) for q, a in zip(found.questions, asked, strict=True))
    assert "1. SELECT文はデータを取得する" in found.questions[0].answer.split("答え")[-1]


def test_cards_written_for_the_obsidian_to_anki_plugin() -> None:
    # "%%ANKI", the note type, the front, "Back: …", a reference, the card's id, "END%%";
    # a cloze card asks with blanks where its deletions are, and they answer it
    text = (
        "---\ntitle: Decidability\nTARGET DECK: Notes::CS\n---\n\n## Overview\n\n"
        "A decider halts on every input.\n\n%%ANKI\nCloze\nA machine that {halts on all"
        " inputs} is called a {decider}.\nReference: a textbook.\n<!--ID: 17645564-->\nEND%%\n\n"
        "%%ANKI\nBasic\nWhat does it mean for a language to be decidable?\nBack: Some"
        " decider accepts exactly its strings.\nReference: a textbook.\n<!--ID: 17646187-->\n"
        "END%%\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer, q.end) for q in found.questions] == [
        (12, "A machine that _____ is called a _____.", "halts on all inputs; decider", 13),
        (
            19,
            "What does it mean for a language to be decidable?",
            "Some decider accepts exactly its strings.",
            20,
        ),
    ]


def test_a_stray_rule_of_equals_signs_under_a_question_is_no_heading() -> None:
    # "**题目2**" / "Question: … an example of what?" / "=======": CommonMark would make
    # the whole paragraph a heading over every question after it
    item = (
        "**题目{n}**  \n{asked}\n{rule}A. 甲的公钥  \nB. 甲的私钥  \nC. 乙的公钥  \n"
        "D. 乙的私钥  \n\n**参考答案**：{right}\n\n---\n\n"
    )
    text = "# 网络安全知识测试卷\n\n## 一、单选题\n\n---\n" + "".join(
        [
            item.format(n=1, asked="乙用什么验证甲的数字签名？  ", rule="", right="A"),
            item.format(n=2, asked="甲用什么给消息签名？  ", rule="", right="B"),
            item.format(
                n=3,
                asked="Question: Which key encrypts a message only B can read?",
                rule="=======  \n",
                right="C",
            ),
            item.format(n=4, asked="乙用什么解密发给乙的消息？  ", rule="", right="D"),
        ]
    )
    found = scan(text)
    assert [(re.split(r"\n| A\. ", q.text)[0], q.answer) for q in found.questions] == [
        ("乙用什么验证甲的数字签名?", "A"),
        ("甲用什么给消息签名?", "B"),
        ("Which key encrypts a message only B can read?", "C"),
        ("乙用什么解密发给乙的消息?", "D"),
    ]


def test_russian_tasks_over_lines_broken_by_a_backslash() -> None:
    # "Задание 1:\" / "Найдите …" (find …): a backslash at the end of a line breaks it as
    # two spaces do; in code it stays a backslash
    task = (
        "Задание {n}:\\\nНайдите {what}.\\\nВывести: model\n\n<details><summary>Решение"
        "</summary>\n\n```sql\nSELECT model \\\n  FROM pc;\n```\n\n</details>\n\n"
    )
    text = "# Решения упражнений по SQL\n\n" + "".join(
        task.format(n=n, what=what)
        for n, what in (
            (1, "модели всех ПК"),
            (2, "производителей принтеров"),
            (3, "самый дешёвый ПК"),
        )
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "Найдите модели всех ПК. Вывести: model"),
        (16, "Найдите производителей принтеров. Вывести: model"),
        (29, "Найдите самый дешёвый ПК. Вывести: model"),
    ]
    assert found.questions[0].answer == "```sql\nSELECT model \\\n  FROM pc;\n```"


def test_questions_of_the_mkdocs_quiz_plugin() -> None:
    # "<quiz>", the question, its boxes (the right one ticked), an explanation, "</quiz>":
    # the tags hide the Markdown inside them; an option that reads as an order ("run
    # script.sh") is an option
    block = "<quiz>\n{asked}\n{boxes}\n\n{why}\n</quiz>\n\n"
    text = "# Shell Quiz\n\n" + "".join(
        block.format(asked=asked, boxes="\n".join(boxes), why=why)
        for asked, boxes, why in (
            ("What is a shell script?", ["- [x] A file of commands", "- [ ] A binary"], "Text."),
            ("Which symbol starts a comment?", ["- [ ] //", "- [x] `#`"], "The hash."),
            ("How do you run script.sh?", ["- [ ] run script.sh", "- [x] ./script.sh"], "Path."),
        )
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer, q.end) for q in found.questions] == [
        (
            4,
            "What is a shell script?\n\n- A file of commands\n- A binary",
            "- A file of commands\n\nText.",
            8,
        ),
        (12, "Which symbol starts a comment?\n\n- //\n- `#`", "- `#`\n\nThe hash.", 16),
        (
            20,
            "How do you run script.sh?\n\n- run script.sh\n- ./script.sh",
            "- ./script.sh\n\nPath.",
            24,
        ),
    ]


def test_prompts_quoted_alone_without_a_mark_among_quoted_questions() -> None:
    # "> 서블릿의 동작 방식에 대해 설명해주세요." (explain how a servlet works) set apart
    # in a quote as its siblings with a "?" are; a quoted saying in a guide is not asked
    text = (
        "# Tech Interview - Spring\n\n> 서블릿이 뭔가요?\n\n서블릿은 자바 클래스입니다.\n\n"
        "> 서블릿 컨테이너가 무엇인가요?\n\n컨테이너는 생명주기를 관리합니다.\n\n"
        "> 서블릿의 동작 방식에 대해 설명해주세요.\n\n요청을 서블릿에 전달합니다.\n\n"
        "> 빈은 언제 만들어지나요?\n\n컨테이너가 시작될 때입니다.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, "서블릿이 뭔가요?"),
        (7, "서블릿 컨테이너가 무엇인가요?"),
        (11, "서블릿의 동작 방식에 대해 설명해주세요."),
        (15, "빈은 언제 만들어지나요?"),
    ]
    guide = (
        "# Evaluating models\n\n> When a measure becomes a target, it stops being a good"
        " measure.\n\nKeep a held-out set.\n\n> Explain your metric to the team.\n\nWrite it"
        " down.\n\n> Is accuracy enough?\n\nRarely.\n"
    )
    assert [q.text for q in scan(guide).questions] == []


def test_a_system_administrators_exam_tasks() -> None:
    # "13 Set the boot target …", "14 Reboot the system.": an RHCSA practice exam's tasks,
    # numbered without a dot, each an order to carry out
    text = (
        "# RHCSA practice exam\n\n## Operate running systems\n\n"
        "13 Set the boot target to `multi-user.target`.\n14 Reboot the system.\n"
        "15 Kill the running process `rhsmcertd`.\n16 Activate the tuned profile `powersave`.\n\n"
        "## Configure local storage\n\n21 Configure a volume group named `vgroup`.\n"
        "22 Enable persistent logging for journald.\n23 Install the `httpd` package.\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Set the boot target to `multi-user.target`.",
        "Reboot the system.",
        "Kill the running process `rhsmcertd`.",
        "Activate the tuned profile `powersave`.",
        "Configure a volume group named `vgroup`.",
        "Enable persistent logging for journald.",
        "Install the `httpd` package.",
    ]


def test_a_question_about_the_order_of_the_lines_below_is_one_question() -> None:
    # "In what order should you run the following commands?" over the commands, then its
    # choices "( ) 4-2-1-3", "(X) 2-4-1-3": one question about all of them
    text = (
        "# Quiz\n\n?: Question 1\n\nWhich plot shows a distribution?\n\n( ) Pie\n(X) Histogram\n\n"
        "?: Question 2\n\nIn what order should you run the following commands?\n\n"
        "1. `plt.legend()`\n2. `x = np.arange(5)`\n3. `plt.show()`\n4. `plt.plot(x)`\n\n"
        "( ) 4-2-1-3\n(X) 2-4-1-3\n\n?: Question 3\n\nWhat do the following return?\n\n"
        "1. `len([1, 2])`\n2. `max(3, 4)`\n\n( ) 2 and 4\n(X) 2 and 4, as ints\n"
    )
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        "Which plot shows a distribution?",
        "In what order should you run the following commands?",
        "What do the following return?",
    ]


def test_tasks_under_labels_that_name_their_source_in_brackets() -> None:
    # "Задание: 1 (Serge I: 2002-09-30)" over the task ("find …"), its folded solution
    # under it; "[(сайт)](…)" after a question is where it is posed
    task = (
        "Задание: {n} (Serge I: 2002-09-30)\\\nНайдите {what}.\\\nВывести: model\n\n"
        "<details><summary>Решение</summary>\n\n```sql\nSELECT {n};\n```\n\n</details>\n\n"
    )
    text = "# Решения упражнений по SQL\n\n" + "".join(
        task.format(n=n, what=what)
        for n, what in (
            (1, "модели всех ПК"),
            (2, "производителей принтеров"),
            (3, "самый дешёвый ПК"),
        )
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (3, "Найдите модели всех ПК. Вывести: model", "```sql\nSELECT 1;\n```"),
        (15, "Найдите производителей принтеров. Вывести: model", "```sql\nSELECT 2;\n```"),
        (27, "Найдите самый дешёвый ПК. Вывести: model", "```sql\nSELECT 3;\n```"),
    ]
    listed = scan(
        "# SQL\n\n1. Which rows does WHERE keep? [(site)](https://example.org/1)\n"
        "2. Which rows does HAVING keep? [(сайт)](https://example.org/2)\n"
    )
    assert [(q.text, q.source_note) for q in listed.questions] == [
        ("Which rows does WHERE keep?", "https://example.org/1"),
        ("Which rows does HAVING keep?", "https://example.org/2"),
    ]


def test_the_exercises_of_a_carpentries_lesson() -> None:
    # "> ## Title" over the task and "> > ## Solution", closed by "{: .challenge}": each
    # quote one exercise (its title a topic, the solution its answer); the lesson's prose
    # after it is not part of the answer, and the numbered parts inside are not questions
    text = (
        "---\ntitle: Data Frames\n---\n\n## Introduction\n\nPandas reads tables.\n\n"
        "> ## Selecting Values\n>\n> Write an expression to find the GDP of Serbia.\n>\n"
        "> > ## Solution\n> > ~~~\n> > df.loc['Serbia']\n> > ~~~\n> > {: .language-python}\n"
        "> {: .solution}\n{: .challenge}\n\nMore prose of the lesson.\n\n"
        "> ## Extent of Slicing\n>\n> 1. Do the two statements below give the same output?\n"
        "> 2. What rule governs what is included?\n{: .challenge}\n\n"
        "> ## Key Points\n> - Use `loc` to select by label.\n{: .keypoints}\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer, q.topics, q.end) for q in found.questions] == [
        (
            9,
            "Write an expression to find the GDP of Serbia.",
            "~~~\ndf.loc['Serbia']\n~~~",
            ["Selecting Values"],
            18,
        ),
        (
            23,
            "1. Do the two statements below give the same output?\n"
            "2. What rule governs what is included?",
            "",
            ["Extent of Slicing"],
            26,
        ),
    ]
    # the Workbench's fenced divs: "::: challenge" over "## Title", "::: solution" inside
    workbench = (
        "## Introduction\n\nA lesson.\n\n::::::::::::: challenge\n\n## Challenge 1: Paste\n\n"
        "What is the output of this command?\n\n```r\npaste('a', 'b')\n```\n\n"
        ':::::::: solution\n\n## Output\n\n```output\n[1] "a b"\n```\n\n::::::::\n'
        ":::::::::::::\n\n## Figures\n\nProse about figures.\n"
    )
    found = scan(workbench)
    assert [(q.line, q.text, q.answer, q.end) for q in found.questions] == [
        (
            7,
            "What is the output of this command?\n\n```r\npaste('a', 'b')\n```",
            '**Output**\n\n```output\n[1] "a b"\n```',
            23,
        )
    ]
    # a "::: hint" div inside the challenge closes with its own fence, not the challenge's
    hinted = (
        "## Intro\n\nA lesson.\n\n::::::::: challenge\n\n## Challenge 1: Paste\n\n"
        "What does paste return?\n\n::::: hint\n\nLook at sep.\n\n:::::\n\n"
        ":::: solution\n\nA string.\n\n::::\n:::::::::\n\nProse after.\n"
    )
    found = scan(hinted)
    assert [(q.line, q.answer, q.end) for q in found.questions] == [(7, "A string.", 21)]


def test_an_exam_numbered_on_across_its_sections() -> None:
    # "## Manage users" over "6 Create a user `johndoe` …": the exam's numbering goes on
    # from the section above, so every item is one of its tasks, however it is worded; a
    # run of two bare numbers after a code block goes on with it too
    text = (
        "# Practice exam\n\n## Tools\n\n1 Write the open ports into `/tmp/ports.txt`.\n"
        "2 Write the date into `/tmp/date.txt`.\n"
        "3 Compress `/tmp/ports.txt` with `gzip`.\n\n"
        "## Systems\n\n4 Reboot the system.\n5 Kill the running process `rhsmcertd`.\n"
        "6 Activate the tuned profile `powersave`.\n\n## Users\n\n"
        "7 Create a user `johndoe` with the UID `1001`.\n"
        "8 Set the password for the user `johndoe` to `redhat`.\n"
        "9 Add the user `johndoe` to the group `users`.\n\n## Containers\n\n"
        "10 Pull the image `rhel9/cups`.\n11 Run the container `cups` in the background.\n"
        "12 Based on the `Containerfile` below, build an image called `web`.\n\n"
        "```text\nFROM centos:8\n```\n\n"
        "13 Create a service file for the container `web`.\n"
        "14 Attach the directory `/srv` to the container `web`.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [
        5,
        6,
        7,
        11,
        12,
        13,
        17,
        18,
        19,
        23,
        24,
        25,
        31,
        32,
    ]
    # a how-to's steps start again from 1 under each heading: still not questions
    steps = scan(
        "# Setting up\n\n## Install\n\n1. Download the installer.\n2. Run it.\n\n"
        "## Configure\n\n1. Open the settings.\n2. Set the proxy.\n"
    )
    assert steps.questions == []


def test_an_answer_label_in_a_fold_is_never_a_question() -> None:
    # "###### 11. ???" over "- A) ???" and a fold holding "#### Resposta: ?) ???": a
    # question not yet written; its answer's label is no question of its own
    real = (
        "###### {n}. Qual propriedade anima mudanças {n}?\n\n- A) `animation`\n- B) `transition`\n\n"
        "<details><summary><b>Resposta</b></summary>\n<p>\n\n#### Resposta: B) `transition`\n\n"
        "Explicação {n}.\n\n</p>\n</details>\n\n---\n\n"
    )
    stub = (
        "###### {n}. ???\n\n- A) ???\n- B) ???\n\n<details><summary><b>Resposta</b></summary>\n"
        "<p>\n\n#### Resposta: ?) ???\n\n???\n\n</p>\n</details>\n\n---\n\n"
    )
    text = "# Perguntas de CSS\n\n" + "".join(real.format(n=n) for n in range(1, 4))
    text += "".join(stub.format(n=n) for n in range(4, 8))
    found = scan(text)
    assert [q.text.split("\n")[0] for q in found.questions] == [
        f"Qual propriedade anima mudanças {n}?" for n in range(1, 4)
    ]


def test_a_practice_sheet_of_a_second_type_tasks() -> None:
    # "### **Type 2: Task**" over "1. Match any string that contains a number.": the
    # heading names the kind of question its list sets, each item a task
    text = (
        "### **Type 1: Explanation**\n1. What does `'cat'.match(/c/)` do?\n"
        "2. What will `'123'.match(/\\d/)` return?\n\n---\n\n### **Type 2: Task**\n"
        "1. Match any string that contains a number.\n2. Find all lowercase letters in a string.\n"
        '3. Match a string that ends with "ed".\n'
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [2, 3, 8, 9, 10]


def test_numbers_in_brackets_alone_over_each_question() -> None:
    # "(1)" alone on its line, the question right under it and its choices in a fence:
    # the number labels the question, whatever its wording; the choices are part of it
    text = (
        "Träningstentan.\n\n# Hårdvara\n\n(1)\nNamnge komponenten som räknar.\n```\n(A) CPU\n"
        "(B) RAM\n```\n(2)\nVad kallas minnet som bara lagrar?\n```\n(A) CPU\n(B) RAM\n```\n"
        "(3)\nRita ett låd- och pildiagram för programmet:\n```python\na = [1, 2]\n```\n"
    )
    found = scan(text)
    assert [(q.line, q.text.split("\n")[0], q.answer) for q in found.questions] == [
        (5, "Namnge komponenten som räknar.", ""),
        (11, "Vad kallas minnet som bara lagrar?", ""),
        (17, "Rita ett låd- och pildiagram för programmet:", "```python\na = [1, 2]\n```"),
    ]
    assert found.questions[0].text == "Namnge komponenten som räknar.\n\n(A) CPU\n\n(B) RAM"


def test_bold_questions_with_no_mark_answered_after_a_colon() -> None:
    # "**What is IR**: Given a library …": the bold lead asks (no question mark), the
    # rest of its paragraph answers; a bold label over points does not end the run
    text = (
        "# Information Retrieval\n\nNotes from the lectures.\n\n"
        "**What is IR**: Finding what a user needs in a library of documents.\n\n"
        "**What are libraries**: Collections of documents, large or small.\n\n"
        "**What are precision and recall**:\n- precision: the share of returned documents that "
        "are relevant\n- recall: the share of relevant documents that are returned\n\n"
        "**Why use an inverted index**: Queries look terms up instead of scanning every doc.\n\n"
        "**How does the engine find the documents?**: It looks them up in its index.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer[:22]) for q in found.questions] == [
        (5, "What is IR", "Finding what a user ne"),
        (7, "What are libraries", "Collections of documen"),
        (9, "What are precision and recall", "- precision: the share"),
        (13, "Why use an inverted index", "Queries look terms up "),
        (15, "How does the engine find the documents?", "It looks them up in it"),
    ]


def test_a_labelled_problem_set_in_a_fence() -> None:
    # "## Q001" over "**문제**:" ("problem") and the problem in a fence, a blank line
    # inside it, then "**답안**:" ("answer") and its fence: the fence is the question
    block = (
        "## Q00{n}\n\n**문제**:\n```\n다음은 Java 코드에 대한 문제이다 {n}.\n\n"
        " 알맞는 출력값을 작성하시오.\n```\n\n**답안**:\n```\n출력{n}\n```\n\n---\n\n"
    )
    text = "# 2025년 1회 해설\n\n---\n\n" + "".join(block.format(n=n) for n in range(1, 4))
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (
            5 + 16 * (n - 1),
            f"```\n다음은 Java 코드에 대한 문제이다 {n}.\n\n 알맞는 출력값을 작성하시오.\n```",
            f"```\n출력{n}\n```",
        )
        for n in range(1, 4)
    ]


def test_persian_tasks_and_questions() -> None:
    # "برنامه ای بنویسید که …" ("write a program that …"): the verb where Persian puts
    # it; advice that asks the reader to solve things alone is no task
    text = (
        "# نکته مهم\n1. قبل از پرسیدن از AI با ذهن خودتون حل کنید. بعد بپرسید.\n"
        "2. بعد از گرفتن جواب کاری که کرده رو بفهمید.\n\n# تمارین\n\n"
        "- **برنامه ای بنویسید که اسمتون رو چاپ کنه.**\n\n"
        "- **برنامه ای بنویسید که 2 عدد از ورودی بگیره و جمعشون رو چاپ کنه:**\n\n"
        "- **تفاوت لیست و تاپل چیست؟**\n\n- **چرا پایتون کند است**\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [7, 9, 11, 13]


def test_stems_ending_on_a_colon_over_choices_in_a_markdown_div() -> None:
    # "#### 1. … the control effort is:" over '<div class="upper-alpha" markdown>' and
    # its numbered choices, then '??? question "Show Answer"': the stem and its choices
    # are the question, the fold its answer; "#### Characteristics:" over points is not
    block = (
        "#### {n}. In proportional control, the control effort {n} is:\n\n"
        '<div class="upper-alpha" markdown>\n1. Proportional to the accumulated error\n'
        "2. Directly proportional to the current error\n</div>\n\n"
        '??? question "Show Answer"\n    The correct answer is **B**.\n\n---\n\n'
    )
    text = "# Quiz: PID Control\n\nTest yourself.\n\n---\n\n" + "".join(
        block.format(n=n) for n in range(1, 4)
    )
    text += "#### Characteristics:\n\n1. Simple to build\n2. No memory of the past\n"
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (
            7 + 12 * (n - 1),
            f"In proportional control, the control effort {n} is\n\n"
            "1. Proportional to the accumulated error\n"
            "2. Directly proportional to the current error",
            "The correct answer is **B**.",
        )
        for n in range(1, 4)
    ]


def test_a_fold_that_says_click_for_solution_holds_the_answer() -> None:
    block = (
        "### {n}. What inspired artificial neural network {n}?\n\n- [ ] A) The heart\n"
        "- [ ] B) The brain\n\n<details>\n<summary><b>Click for Solution</b></summary>\n\n"
        "**Correct Answer:** B) The brain\n</details>\n\n---\n\n"
    )
    text = "# Knowledge Check\n\n" + "".join(block.format(n=n) for n in range(1, 4))
    found = scan(text)
    assert [(q.text.split("\n")[0], q.answer) for q in found.questions] == [
        (f"What inspired artificial neural network {n}?", "**Correct Answer:** B) The brain")
        for n in range(1, 4)
    ]


def test_a_question_label_heading_right_under_a_numbered_title() -> None:
    # "## 🔹 **2. Validate a password**" right over "### **Question**", the task and
    # "### **Answer**": the question starts at the numbered title, which is its topic
    block = (
        "## 🔹 **{n}. Validate password {n}**\n### **Question**  \n"
        "Your API requires strong passwords. Write a regex for rule {n}.\n\n"
        "### **Answer**\n```\n^.{{8,}}$\n```\n\n---\n\n"
    )
    text = "## ✅ **REGEX practice**\n\n---\n\n" + "".join(block.format(n=n) for n in range(1, 4))
    found = scan(text)
    assert [(q.line, q.text, q.topics, q.answer) for q in found.questions] == [
        (
            5 + 11 * (n - 1),
            f"Your API requires strong passwords. Write a regex for rule {n}.",
            [f"Validate password {n}"],
            "```\n^.{8,}$\n```",
        )
        for n in range(1, 4)
    ]


def test_questions_in_italic_lines_under_topic_headings() -> None:
    # "## Introduction" and "## Spectral Analysis" over questions in italic lines, some
    # answered: every italic line is a question, the headings only their topics (not
    # "## Spectral Analysis" read as a question whose prompt is the italic line under it)
    text = (
        "# Questions\n\n## Introduction\n\n*What are the classes of speech sounds?*\n\n"
        "voiced and unvoiced sounds\n\n*What is a phoneme?*\n\n*What comprises prosody?*\n\n"
        "## Spectral Analysis\n\n*What are complex numbers?*\n\n*What is Euler's relation?*\n\n"
        "## Filters\n\n*What is a filter bank?*\n\n*Why use a window?*\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (5, "What are the classes of speech sounds?"),
        (9, "What is a phoneme?"),
        (11, "What comprises prosody?"),
        (15, "What are complex numbers?"),
        (17, "What is Euler's relation?"),
        (21, "What is a filter bank?"),
        (23, "Why use a window?"),
    ]
    assert found.questions[0].answer == "voiced and unvoiced sounds"


def test_obsidian_question_callouts() -> None:
    # "> [!question] 1.a" over "> What does a root locus plot depict?", the answer under
    # the callout; "> [!faq] What is …?" over its answer; "> [!answer]-" under a question
    text = (
        "> [!note] Only a note\n> Not a question?\n\n"
        "## Problem 1\n\n> [!question] 1.a\n> What does a root locus plot depict?\n\n"
        "The closed-loop poles as the gain varies.\n\n> [!question] 1.b\n"
        "> What must be done to a transfer function first?\n\n1. find its poles\n"
        "2. find its zeros\n\n> [!faq] What is the gain $K$?\n> The loop gain.\n\n"
        "> [!question] 1.d\n> How is a controller designed from the plot?\n"
        "> [!answer]-\n> By placing poles where the plot allows.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (6, "What does a root locus plot depict?", "The closed-loop poles as the gain varies."),
        (
            11,
            "What must be done to a transfer function first?",
            "1. find its poles\n2. find its zeros",
        ),
        (17, "What is the gain $K$?", "The loop gain."),
        (
            20,
            "How is a controller designed from the plot?",
            "By placing poles where the plot allows.",
        ),
    ]


def test_a_markdown_wrapper_of_four_backticks_never_closed() -> None:
    # "````markdown" over a pasted list that asks, never closed: CommonMark shows the
    # rest as code, but it is the Markdown it was meant to be
    text = (
        "# Shell\n\n````markdown\n# Shell interview questions\n\n## Basics\n\n"
        "1. How do you set the interpreter of a script?\n\nAnswer: With a shebang line.\n\n"
        "2. How do you print a variable?\n\nAnswer: With echo.\n\n"
        "3. What does an exit code mean?\n\nAnswer: Zero means success.\n\n## More\n\nEnd.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (8, "How do you set the interpreter of a script?"),
        (12, "How do you print a variable?"),
        (16, "What does an exit code mean?"),
    ]


def test_bare_numbered_headings_over_stems_and_lettered_choices() -> None:
    # "## 1." over "…最接近用户的是：" ("… closest to the user is:") and "A." / "内模式",
    # "B." / …: the stem to complete is the question, its choices part of it
    block = "## {n}.\n\n数据库的三级模式结构中第{n}个是：\n\nA.\n内模式\n\nB.\n外模式\n\n"
    text = "".join(block.format(n=n) for n in range(1, 4))
    found = scan(text)
    assert [(q.line, q.text.split("\n")[0], q.answer) for q in found.questions] == [
        (1 + 10 * (n - 1), f"数据库的三级模式结构中第{n}个是：", "") for n in range(1, 4)
    ]
    assert "B.\n外模式" in found.questions[0].text


def test_problems_from_a_judges_site_under_their_headings() -> None:
    # "### →[Revising the Select Query I](https://www.hackerrank.com/…)" over the task
    # and its query, or "# 1. 求开方" over "[69. Sqrt(x)](https://leetcode.com/…)": each
    # heading names a problem to solve, the link is where it comes from
    linked = "".join(
        f"### →[Select Query {n}](https://www.hackerrank.com/challenges/q{n}/problem)\n\n"
        f"Query all cities with population over {n}00000.\n\n```sql\nSELECT {n};\n```\n\n---\n\n"
        for n in range(1, 4)
    )
    found = scan("# Exercises from HackerRank\n\n" + linked)
    assert [(q.line, q.text, q.source_note) for q in found.questions] == [
        (
            3 + 10 * (n - 1),
            f"Select Query {n}",
            f"https://www.hackerrank.com/challenges/q{n}/problem",
        )
        for n in range(1, 4)
    ]
    assert found.questions[0].answer.endswith("```sql\nSELECT 1;\n```")
    under = "".join(
        f"# {n}. 题目{n}\n\n[{n}. Sqrt(x) (Easy)](https://leetcode.com/problems/p{n}/)\n\n"
        f"```java\nreturn {n};\n```\n\n"
        for n in range(1, 4)
    )
    found = scan(under)
    assert [(q.line, q.text, q.source_note) for q in found.questions] == [
        (1 + 8 * (n - 1), f"题目{n}", f"https://leetcode.com/problems/p{n}/") for n in range(1, 4)
    ]


def test_tasks_under_headings_numbered_with_a_hyphen() -> None:
    # "#### 1-1." over "Query a list of CITY and STATE from the STATION table." and its
    # query: the heading only numbers the task (the first group's first), the task asks
    block = (
        "#### 1-{n}.\nQuery a list of CITY names for district {n}.\n```sql\nSELECT {n};\n```\n\n"
    )
    text = "# HackerRank\n\n## Basic select\n\n" + "".join(block.format(n=n) for n in range(1, 4))
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (
            5 + 6 * (n - 1),
            f"Query a list of CITY names for district {n}.",
            f"```sql\nSELECT {n};\n```",
        )
        for n in range(1, 4)
    ]


def test_japanese_exercises_in_the_plain_imperative() -> None:
    # "…を取得するSQL文を書け。ただし、…" ("write the SQL that gets …; however, …"): the
    # order ends its sentence, not the line
    text = (
        "# SQL実習\n\n## 問題\n\n"
        "1. `tracks`テーブルから、`TrackId`を取得するSQL文を書け。\n"
        "2. `tracks`テーブルから、`Name`を取得するSQL文を書け。ただし、`AlbumId`が`1`のものだけ。\n"
        "3. 結合の種類を三つ挙げよ。\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [5, 6, 7]


def test_chinese_textbook_exercises() -> None:
    # "试述 SQL 语言的特点。" ("state the features of SQL"), "…，写出下列查询…" ("…, write
    # the queries below"), "找出所有供应商的姓名" ("find the names of all suppliers")
    text = (
        "# 习题\n\n## 1. 试述 SQL 语言的特点。\n\n综合统一。\n\n"
        "## 2. 有两个关系 S 和 T，写出下列查询等价的SQL表达式\n\nSELECT * FROM S;\n\n"
        "## 3. 找出所有供应商的姓名和所在城市\n\nSELECT SNAME, CITY FROM S;\n"
    )
    found = scan(text)
    assert [(q.line, q.answer) for q in found.questions] == [
        (3, "综合统一。"),
        (7, "SELECT * FROM S;"),
        (11, "SELECT SNAME, CITY FROM S;"),
    ]


def test_a_level_of_bare_numbers_counting_up() -> None:
    # "# 2" over "Represent each of the following signals by a graph" … "# 6": headings
    # that are bare numbers counting up number an exam's questions, whatever they say
    text = "---\ntitle: Midterm\n---\n\n" + "".join(
        f"# {n}\nRepresent signal {n} by a graph\n$$y_{n}(t) = x(t-{n})$$\n\nA sketch {n}.\n\n"
        for n in range(2, 7)
    )
    found = scan(text)
    assert [(q.line, q.text.split("\n")[0], q.answer) for q in found.questions] == [
        (
            5 + 6 * (n - 2),
            f"Represent signal {n} by a graph $$y_{n}(t) = x(t-{n})$$",
            f"A sketch {n}.",
        )
        for n in range(2, 7)
    ]


def test_a_labelled_question_right_under_the_code_that_answers_the_last() -> None:
    # "Q) How do you debug shell script ?" right under the "```" that closes the last
    # answer: a question of its own (not "What will be the output of this code?" under
    # the code it asks about)
    text = (
        "Q) How do you list processes ?\n```\nps -ef\n```\n"
        "Q) How do you debug shell script ?\n```\nset -x\n```\n"
        "Q) How to trap errors in shell script ?\n```\ntrap 'echo failed' ERR\n```\n"
    )
    found = scan(text)
    assert [(q.line, q.answer) for q in found.questions] == [
        (1, "```\nps -ef\n```"),
        (5, "```\nset -x\n```"),
        (9, "```\ntrap 'echo failed' ERR\n```"),
    ]


def test_a_fence_never_closed_over_numbered_questions() -> None:
    # "```shift" typed by mistake and never closed, over "21. How do you join two
    # strings together?" and more: CommonMark reads the rest as code, but it is the list
    text = (
        "# Shell\n\n1. What does shift do?\nAnswer: It moves the parameters left.\n\n"
        "```shift\necho $1\n"
        "2. How do you join two strings?\nAnswer: Write them side by side.\n\n"
        "3. How do you get a path's folder?\nAnswer: Use dirname.\n\n"
        "4. How do you test that a folder exists?\nAnswer: Use -d.\n\n```sh\n"
        "5. How do you read a line?\nAnswer: Use read.\n\n"
        "6. How do you loop over files?\nAnswer: Use for.\n\n"
        "7. How do you stop on errors?\nAnswer: Use set -e.\n"
    )
    found = scan(text)
    # (a second slip further on is read the same way)
    assert [q.line for q in found.questions] == [3, 8, 11, 14, 18, 21, 24]
    # an unclosed fence of code stays code: the answer of the question above it
    code = "# Shell\n\n## 1. What does this print?\n\n```python\n# 2. Why?\nprint(1)\n"
    assert [q.answer for q in scan(code).questions] == ["```python\n# 2. Why?\nprint(1)"]


def test_unfenced_code_between_numbered_questions_answers_the_one_above() -> None:
    # "N. …?" and "Answer: …" then the code, its fence lost, with the next number folded
    # into the code's paragraph: the code ("ls /nonexistent" is not a section's label)
    # is the rest of the answer above, also after a section heading
    text = (
        "# Shell\n\n1. How do you stop on error?\nAnswer: Use set -e.\n\nls /nonexistent\n"
        "2. What does shift do?\nAnswer: Shifts.\n\n## Part two\n\nx=1\n"
        '3. How do you join strings?\nAnswer: Concatenate.\n\nx="$a$b"\n'
        "4. How do you loop?\nAnswer: Use for.\n\nfor x in y; do\n  echo\ndone\n"
    )
    found = scan(text)
    assert [(q.line, q.answer) for q in found.questions] == [
        (3, "Use set -e.\n\nls /nonexistent"),
        (7, "Shifts."),
        (13, 'Concatenate.\n\nx="$a$b"'),
        (17, "Use for.\n\nfor x in y; do\n  echo\ndone"),
    ]


def test_short_question_labels_over_quiz_stems() -> None:
    # "**Que.1**\" (or "Q.2") alone over the stem and its choices, then "[View Answer](…)"
    # that only points to a site: "Question 1", and no answer; a blank glued to the
    # words around it ("a______order") makes a stem with no question mark a question
    text = "# Week 2 Quiz\n\n" + "".join(
        f"**{label}**\\\n{stem}\n\na) Two\\\nb) Five\\\nc) Four\n\n"
        "[View Answer](https://example.com/course/)\n\n***\n\n"
        for label, stem in [
            ("Que.1", "What does edit distance count?"),
            ("Que.2", "A 4-gram model is a\\_\\_\\_\\_\\_\\_\\_order Markov model."),
            ("Q.3", "Which smoothing adds one to every count?"),
        ]
    )
    found = scan(text)
    assert [(q.line, q.text.split("\n")[0], q.answer) for q in found.questions] == [
        (3, "What does edit distance count?", ""),
        (14, "A 4-gram model is a_______order Markov model.", ""),
        (25, "Which smoothing adds one to every count?", ""),
    ]


def test_textbook_exercise_numbers_as_headings() -> None:
    # "## 15.4-1" over the exercise quoted ("> Determine …"), then its solution; "# Ex.
    # 2.2-1" over "Express the function … in terms of Θ-notation."; a starred exercise
    text = (
        "## 15.4-1\n\n> Determine an LCS of <1, 0, 1> and <0, 1, 1>.\n\n<0, 1>.\n\n"
        "## 15.4-6 $\\star$\n\n> Give an O(n lg n)-time algorithm for the longest increasing "
        "subsequence.\n\nKeep the smallest tail of each length.\n\n"
        "# Ex. 2.2-1\nExpress the function n^3/1000 - 100n^2 in terms of Θ-notation.\n\n"
        "**Solution:**\nΘ(n^3)\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (1, "Determine an LCS of <1, 0, 1> and <0, 1, 1>.", "<0, 1>."),
        (
            7,
            "Give an O(n lg n)-time algorithm for the longest increasing subsequence.",
            "Keep the smallest tail of each length.",
        ),
        (13, "Express the function n^3/1000 - 100n^2 in terms of Θ-notation.", "Θ(n^3)"),
    ]


def test_exercise_labels_in_other_languages() -> None:
    # "✏️ EXERCICI 4. Selecciona …:" (Catalan) over its boxes, and "Escriu un programa …"
    # (a task): "exercise" in another language labels each one
    text = (
        "✏️   EXERCICI 1. Segons com s'executa, JavaScript és un llenguatge:\n\n"
        "* [ ]  a) Compilat.\n* [ ]  b) Interpretat.\n\n"
        "✏️ EXERCICI 2. Selecciona l'afirmació falsa sobre els identificadors:\n\n"
        "* [ ]  a) Pots usar UNICODE.\n* [ ]  b) No distingeix majúscules.\n\n"
        "✏️ EXERCICI 3. Escriu un programa que sumi dos nombres.\n"
    )
    found = scan(text)
    assert [(q.line, q.text.split("\n")[0]) for q in found.questions] == [
        (1, "Segons com s'executa, JavaScript és un llenguatge"),
        (6, "Selecciona l'afirmació falsa sobre els identificadors"),
        (11, "Escriu un programa que sumi dos nombres."),
    ]


def test_em_dashes_as_the_blank_to_fill() -> None:
    # "Klasa je opis ——— sa zajedničkim svojstvima." over its choices: three em dashes
    # are the blank (two, as Chinese writes a dash, are not)
    text = "## Java\n\n" + "".join(
        f"{n}. {stem}\n- prvo\n- drugo\n- treće\n\n"
        for n, stem in enumerate(
            [
                "Klasa je opis ——— sa zajedničkim svojstvima.",
                "Objekat je primerak neke ———.",
                "Svaka naredba u Javi se završava ——— .",
            ],
            start=1,
        )
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 8, 13]
    assert scan("## 说明\n\n1. 这是——一个说明。\n").questions == []


def test_exercises_numbered_in_brackets_with_wrapped_lines() -> None:
    # knitted R Markdown: "(1) Using …, derive …" and "(2) We will now derive …" over
    # "(a) What is the probability …" whose question mark sits on its second line, and
    # "(3.a): which answer …" (the part (a) of exercise 3); each part asks under the
    # scenario of its exercise
    text = (
        "## Conceptual\n\n"
        "(1) Explain how k-fold cross-validation is\nimplemented.\n\nSplit into k folds.\n\n"
        "(2) We will now derive the probability that an observation is part\n"
        "of a bootstrap sample.\n\n"
        "(a) What is the probability that the first bootstrap observation is not\n"
        "the jth observation? Justify your answer.\n\n(n-1)/n.\n\n"
        "(b) Fit a model that uses `income` and `balance` to\npredict `default`.\n\n"
        "glm(default ~ balance + income)\n\n"
        "(3). Suppose we fit a cubic model.\n\n"
        "(3.a): which answer is correct, and why?\n\nThe second.\n\n"
        "(3.b): Predict the salary of a female with a GPA of 4.0.\n\n137.1\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer, q.context) for q in found.questions] == [
        (3, "Explain how k-fold cross-validation is implemented.", "Split into k folds.", ""),
        (
            11,
            "What is the probability that the first bootstrap observation is not the jth "
            "observation? Justify your answer.",
            "(n-1)/n.",
            "We will now derive the probability that an observation is part of a bootstrap sample.",
        ),
        (
            16,
            "Fit a model that uses `income` and `balance` to predict `default`.",
            "glm(default ~ balance + income)",
            "We will now derive the probability that an observation is part of a bootstrap sample.",
        ),
        (23, "which answer is correct, and why?", "The second.", "Suppose we fit a cubic model."),
        (
            27,
            "Predict the salary of a female with a GPA of 4.0.",
            "137.1",
            "Suppose we fit a cubic model.",
        ),
    ]


def test_a_bold_problem_label_alone_in_its_paragraph() -> None:
    # "**Problem #1** [Easy]" alone in its paragraph, then who asked it and the problem's
    # paragraphs, then "**Solution**": each label starts a problem; the bracket gives
    # its difficulty
    text = "# Daily Coding Problem\n\n" + "".join(
        f"**Problem #{n}** [{level}]\n\nThis problem was asked by Uber.\n\n"
        f"Given an array of integers, return {what}.\n\n"
        f"**Solution**: sort it first.\n\n* * *\n\n"
        for n, level, what in [
            (1, "Easy", "whether two of them add up to k"),
            (2, "Hard", "the products of all the others"),
            (3, "Medium", "the first missing positive"),
        ]
    )
    found = scan(text)
    assert [(q.line, q.text.split("\n\n")[-1], q.difficulty) for q in found.questions] == [
        (3, "Given an array of integers, return whether two of them add up to k.", "easy"),
        (13, "Given an array of integers, return the products of all the others.", "hard"),
        (23, "Given an array of integers, return the first missing positive.", "medium"),
    ]


def test_a_numbered_exercise_title_over_a_labelled_statement() -> None:
    # "### **2-04：求年龄**⭐" ("find the age") right over "**题目：** …" ("problem:"):
    # the exercise starts at its title, which names its topic, not a section; "**Q1:**"
    # under "### 2. Performance" is one of several questions in that section
    text = (
        "### **2-04：求年龄**⭐\n\n**题目：** 有5个人坐在一起，问第五个人多少岁？\n\n"
        "**程序分析：** 递归。\n\n"
        "### **2-05：验证码生成**⭐\n\n**题目：** 设计一个函数产生指定长度的验证码。\n\n"
        "**程序分析：** 随机选择。\n\n"
        "### 2. Performance\n\n**Q1:** What is the effective access time?\n\nAbout 10 µs.\n\n"
        "**Q2:** What is thrashing?\n\nPaging all the time.\n"
    )
    found = scan(text)
    assert [(q.line, q.topics, q.sections) for q in found.questions] == [
        (1, ["求年龄"], []),
        (7, ["验证码生成"], []),
        (15, [], ["Performance"]),
        (19, [], ["Performance"]),
    ]


def test_a_list_under_a_heading_that_names_tasks_in_another_language() -> None:
    # "## SELECT feladatok" (Hungarian: "SELECT tasks") over "1. Kérdezd le …" ("query
    # …"): every item is a task, whatever its verb
    text = (
        "## SELECT feladatok\n\n"
        "1. Kérdezd le az összes termék nevét a product táblából.\n"
        "2. Kérdezd le az összes kategória nevet.\n\n"
        "## WHERE feladatok\n"
        "1. Kérdezd le a kék termékeket.\n2. Kérdezd le a Kim nevű felhasználókat.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 4, 7, 8]


def test_short_colon_stems_over_lettered_choices() -> None:
    # "### Vyberte pravdivé tvrzení:" (Czech: "choose the true statement:") again and
    # again, each over "- a) …" to "- e) …", one highlighted as right: each a question
    text = "---\ntitle: Zápočtový test\n---\n\n" + "".join(
        f"### Vyberte pravdivé tvrzení{end}\n\n- a) Rozhraní {n} definuje signatury.\n"
        f"- <mark>b) Třída {n} může implementovat více rozhraní.</mark>\n"
        f"- c) Metody {n} jsou chráněné.\n\n"
        for n, end in [(1, ":"), (2, ":"), (3, ":"), (4, ".")]
    )
    found = scan(text)
    assert [(q.line, q.text.split("\n")[0].rstrip(".")) for q in found.questions] == [
        (5 + 6 * n, "Vyberte pravdivé tvrzení") for n in range(4)
    ]
    assert found.questions[0].text.endswith("- c) Metody 1 jsou chráněné.")


def test_topic_headings_over_problems_with_formulas_and_two_paragraphs() -> None:
    # "### **1. Algebra**" over "Find all functions … such that:" and its formula set
    # on its own ("\[ … \]"); "### **4. Algebra (Polynomials)**" over the set-up, then
    # "Prove that …" in the next paragraph: one problem each, its heading the topic
    text = (
        "# Olympiad Problem Set\n\n---\n\n"
        "### **1. Algebra**\nFind all functions f such that for all x and y:\n\n"
        "\\[\nf(x + y) = f(x)f(y).\n\\]\n\n---\n\n"
        "### **2. Geometry**\nLet ABC be a triangle. Prove that its medians meet.\n\n---\n\n"
        "### **3. Number Theory**\nProve that n^5 - n is divisible by 5.\n\n---\n\n"
        "### **4. Algebra (Polynomials)**\nLet P be a polynomial with integer "
        "coefficients.\n\nProve that P(b) - P(a) is divisible by b - a.\n\n---\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.topics) for q in found.questions] == [
        (
            6,
            "Find all functions f such that for all x and y:\n\n\\[\nf(x + y) = f(x)f(y).\n\\]",
            ["Algebra"],
        ),
        (15, "Let ABC be a triangle. Prove that its medians meet.", ["Geometry"]),
        (20, "Prove that n^5 - n is divisible by 5.", ["Number Theory"]),
        (
            25,
            "Let P be a polynomial with integer coefficients. "
            "Prove that P(b) - P(a) is divisible by b - a.",
            ["Algebra (Polynomials)"],
        ),
    ]


def test_styled_problem_headings_with_kramdown_attributes() -> None:
    # '### Problema &nbsp;<span class="deg">1</span>' over "{: .no_toc}" (kramdown's
    # attributes, never shown) and the problem: the heading reads "Problema 1"
    text = "# Problemas de Nivel 1\n\n" + "".join(
        f'### Problema &nbsp;<span class="deg-sitio">{n}</span>\n{{: .no_toc}}\n\n'
        f"Sean p y q primos distintos. ¿Cuántos divisores tiene p^{n}?\n\n"
        for n in range(1, 4)
    )
    found = scan(text)
    assert [(q.line, q.text, q.sections) for q in found.questions] == [
        (
            3 + 5 * n,
            f"Sean p y q primos distintos. ¿Cuántos divisores tiene p^{n + 1}?",
            ["Problemas de Nivel 1"],
        )
        for n in range(3)
    ]


def test_an_instruction_after_a_leading_clause() -> None:
    # "Using the program shown in Figure 3.30, explain …", "Based on the table, compute
    # …": the instruction comes after a clause that sets it up
    text = (
        "## Exercises\n\n"
        "1. Using the program shown in Figure 3.30, explain the output at LINE A.\n"
        "2. Based on the table above, compute the mean latency.\n"
        "3. Considering the parent process, describe what fork() returns.\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 4, 5]


def test_quiz_kinds_in_brackets_mark_questions() -> None:
    # pandoc's "3.  \[TF\] The variance can never be negative. → True \[1pt\]" and
    # "4.  \[MA\] Select all valid probability values. \[2pts\]": a quiz tool's kind of
    # question in brackets marks each item as one, mark or no mark
    text = (
        "# Section: Basics\n\n"
        "3.  \\[TF\\] The variance can never be negative. → True \\[1pt\\]\n\n"
        "# Section: Probability\n\n"
        "4.  \\[MA\\] Select all valid probability values. \\[2pts\\]\n\n"
        "5.  \\[MC\\] The sample variance formula is: \\[2pts\\]\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 7, 9]


def test_statement_headings_over_true_and_false() -> None:
    # "### 1. Char data type will take more disk space than Varchar." over "* ***True***"
    # / "* False": a statement to judge; "### 4. The Exists operator will understand____
    # type of value" over its choices: a blank glued to the words
    text = (
        "# Understanding SQL Tuning\n"
        "### 1. Char data type will take more disk space than Varchar data type.\n"
        "* ***True***\n* False\n\n"
        "### 2. Internally the FROM clause runs first in a select statement.\n"
        "* ***True***\n* False\n\n"
        "### 3. Having filters the actual rows of the table.\n* True\n* ***False***\n\n"
        "### 4. The Exists operator will understand____ type of value\n"
        "* ***Boolean***\n* Number\n* String\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [2, 6, 10, 14]


def test_part_titles_numbered_like_their_questions_and_a_tracker_table() -> None:
    # "1. HTTP & Status Codes" then "1. What is …?": the numbers start again under a
    # part's title (one list to CommonMark); "| Exercise | Started | Completed |" tracks
    # progress on exercises set above, it sets none
    text = (
        "MCP Questions\n\n---\n\n"
        "1. HTTP & Status Codes in REST\n\n"
        "1. What is the purpose of the 2xx codes?\n\n2. When are 3xx codes used?\n\n---\n\n"
        "2. MCP Concepts and JSON-RPC Basics\n\n"
        "1. What is context in MCP?\n\n2. What does a JSON-RPC request hold?\n\n---\n\n"
        "| Exercise | Started | Completed | Notes |\n|---|---|---|---|\n"
        "| Ex 1: Extend Chain | ⬜ | ⬜ | |\n| Ex 2: Build Tool | ⬜ | ⬜ | |\n"
        "| Ex 3: Error Handling | ⬜ | ⬜ | |\n| Ex 4: Build Router | ⬜ | ⬜ | |\n"
    )
    found = scan(text)
    assert [(q.line, q.sections) for q in found.questions] == [
        (7, ["HTTP & Status Codes in REST"]),
        (9, ["HTTP & Status Codes in REST"]),
        (15, ["MCP Concepts and JSON-RPC Basics"]),
        (17, ["MCP Concepts and JSON-RPC Basics"]),
    ]


def test_a_lesson_overview_sets_out_what_it_teaches() -> None:
    # "### Lesson overview" over "- Describe the pros and cons of …": what the lesson
    # teaches, not questions; the knowledge check below it asks
    text = (
        "### Lesson overview\n\nThis section lists the topics of this lesson.\n\n"
        "- Describe the pros and cons of using classes in JavaScript.\n"
        "- Explain the differences between an object constructor and a class.\n"
        "- Explain how to implement private class fields.\n\n"
        "### Knowledge check\n\n"
        "- How does object creation differ from Java?\n"
        "- What are getters and setters?\n"
        "- Why is composition favoured over inheritance?\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [11, 12, 13]


def test_a_more_link_in_double_brackets_after_the_question() -> None:
    # "* js 中 …? [[more]](sections/js-basic.md#q-value)": the question, then where its
    # answer is read, its word in brackets of its own
    text = (
        "## Js 基础问题\n\n**常见问题**\n\n"
        "* js 中什么类型是引用传递, 什么类型是值传递? [[more]](sections/js-basic.md#q-value)\n"
        "* js 中, 0.1 + 0.2 === 0.3 是否为 true ?\n"
        "* const 定义的 Array 中间元素能否被修改? [[more]](sections/js-basic.md#q-const)\n"
        "* 变量的内存都是何时释放? [[more]](sections/js-basic.md#q-mem)\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (5, "js 中什么类型是引用传递, 什么类型是值传递?"),
        (6, "js 中, 0.1 + 0.2 === 0.3 是否为 true ?"),
        (7, "const 定义的 Array 中间元素能否被修改?"),
        (8, "变量的内存都是何时释放?"),
    ]
    assert found.questions[0].source_note == "sections/js-basic.md#q-value"


def test_chinese_questions_that_link_to_where_they_were_asked() -> None:
    # "1. [请给出PnP的经典解法…。](https://…)": a sentence that asks, its link the page it
    # was set on; not an index of solutions named by their titles
    text = (
        "### Algorithm\n\n"
        "1. [请给出PnP的经典解法，任选ePnP，P3P来简要说明。](https://example.com/t/168350)\n\n"
        "### Geometry\n\n"
        "1. [从变换矩阵等方面阐述相似变换、仿射变换的区别。 ](https://example.com/t/167632)\n\n"
        "2. [F矩阵，E矩阵，H矩阵有什么关联性。](https://example.com/t/167635)\n\n"
        "### Optimization\n\n"
        "1. [请写出L-M算法的流程并指出其相对于GN算法的优缺点。](https://example.com/t/168352)\n"
    )
    found = scan(text)
    assert [(q.line, q.sections) for q in found.questions] == [
        (3, ["Algorithm"]),
        (7, ["Geometry"]),
        (9, ["Geometry"]),
        (13, ["Optimization"]),
    ]
    assert found.questions[3].text == "请写出L-M算法的流程并指出其相对于GN算法的优缺点。"
    assert found.questions[3].source_note == "https://example.com/t/168352"


def test_an_introduction_chapter_under_the_questions_title() -> None:
    # "# Questions" over "## Introduction" over "1. What is DBT": the first chapter of
    # the questions, not a note before them (an "## Introduction" alone still is)
    text = (
        "# dbt\n\nNotes on dbt.\n\n# Questions\n\n## Introduction\n\n### Theory\n\n"
        "1. What is DBT\n2. Why do we use **DBT**\n3. How does dbt work\n\n"
        "## DBT Models\n\n1. What is a dbt model\n2. What is Model Materialization\n"
    )
    found = scan(text)
    assert [(q.line, q.sections) for q in found.questions] == [
        (11, ["Questions", "Introduction", "Theory"]),
        (12, ["Questions", "Introduction", "Theory"]),
        (13, ["Questions", "Introduction", "Theory"]),
        (17, ["Questions", "DBT Models"]),
        (18, ["Questions", "DBT Models"]),
    ]
    alone = scan(
        "# Notes\n\n## Introduction\n\n- What is this guide\n- How to read it\n\n"
        "## Questions\n\n1. What is DBT?\n2. How does dbt work?\n"
    )
    assert [q.line for q in alone.questions] == [10, 11]


def test_stems_under_numbered_titles_with_choices_and_a_key_at_the_end() -> None:
    # "### 13. Temp View Lifetime" over "Global temp view persists until:  ↵ a. …  ↵ b.
    # …": a stem and its choices in one paragraph (lower-case letters, hard breaks);
    # "## Answers" then "13. a": the key, numbered by the titles
    text = (
        "# Practice Exam Questions\n\n## Question Set\n\n"
        "### 1. DataFrame Projection\n\nWhich approach best reduces scan IO?  \n"
        "a. Use select early.  \nb. Apply distinct.  \nc. Cache the table.  \nd. Use RDDs.\n\n"
        "### 2. Catalyst Optimization Benefit\n\n"
        "Using built-in functions instead of Python UDF yields:  \n"
        "a. More shuffle partitions.  \nb. No difference.  \nc. Better plans.  \n"
        "d. Less memory.\n\n"
        "### 3. Temp View Lifetime\n\nGlobal temp view persists until:  \n"
        "a. The application ends.  \nb. The next action.  \nc. A shuffle.  \nd. A refresh.\n\n"
        "## Answers\n\n1. a  \n2. c  \n3. a\n"
    )
    found = scan(text)
    assert [(q.line, q.answer) for q in found.questions] == [(7, "a"), (15, "c"), (23, "a")]
    last = found.questions[2]
    assert last.text == (
        "Global temp view persists until\n\na. The application ends.\n\nb. The next action."
        "\n\nc. A shuffle.\n\nd. A refresh."
    )
    assert last.context == "Temp View Lifetime"
    assert found.questions[0].context == ""  # it asks on its own
    assert found.skipped == []  # the key's "1. a" rows are not reported


def test_questions_each_over_a_bullet_answer_with_no_blank_lines() -> None:
    # "Çfarë është një funksion?" then "- Funksioni eshte …" and the next question right
    # under it: to CommonMark it runs on in the bullet above; Albanian asks ("Shkruaje …",
    # "write …") without a mark too
    text = (
        "🟦 1) FUNCTIONS – Pyetje të Numeruara\n\n"
        "Çfarë është një funksion?\n- Funksioni eshte nje pjese kodi.\n"
        "Pse përdoren funksionet?\n- Per te mos e perseritur kodin.\n"
        "Cili është dallimi mes parameters dhe arguments?\n- Parameter eshte vendi.\n"
        "Shkruaje nje arrow function\n- const hi = () => {}\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (3, "Çfarë është një funksion?", "- Funksioni eshte nje pjese kodi."),
        (5, "Pse përdoren funksionet?", "- Per te mos e perseritur kodin."),
        (7, "Cili është dallimi mes parameters dhe arguments?", "- Parameter eshte vendi."),
        (9, "Shkruaje nje arrow function", "- const hi = () => {}"),
    ]
    # a list of notes under a paragraph is still one paragraph and its list
    notes = scan(
        "Notes on functions:\n- one\n- two\n- three\n\n## Questions\n\n1. What is a closure?\n"
    )
    assert [q.line for q in notes.questions] == [8]


def test_numbered_items_that_each_hold_a_heading_question() -> None:
    # "3. ### Ինչի համար է typeof օպերատորը" (Armenian, "what is typeof for", no mark)
    # over its answer indented under it: a heading question, numbered in order
    text = (
        "# JS\n\n1. ### Ինչ է undefined և undeclared?\n\n   `undefined` is a value.\n\n"
        "2. ### Ինչի համար է typeof օպերատորը\n\n   `typeof` returns a string.\n\n"
        "   More text.\n\n3. ### Ինչ է boxing-ը\n\n   `Boxing` wraps a primitive.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (3, "Ինչ է undefined եւ undeclared?", "`undefined` is a value."),
        (7, "Ինչի համար է typeof օպերատորը", "`typeof` returns a string.\n\nMore text."),
        (13, "Ինչ է boxing-ը", "`Boxing` wraps a primitive."),
    ]


def test_a_thai_exam_asks_with_its_orders_and_states_its_marks() -> None:
    # "จงอธิบาย …" ("explain …", the exam's "จง" before its order), "… จงคำนวณค่า MSE"
    # ("… compute the MSE") after its data, and "(10 คะแนน)" ("10 points") after it
    text = (
        "### คำชี้แจง: ให้นักศึกษาตอบคำถามต่อไปนี้\n\n"
        "1. อธิบายความแตกต่างระหว่าง Supervised Learning และ Unsupervised Learning (10 คะแนน)  \n\n"
        "2. จงอธิบายหลักการทำงานของ Linear Regression (10 คะแนน)  \n\n"
        "3. ถ้าข้อมูลเป็น X = [1, 2, 3] และ Y_pred = [1, 4, 6] จงคำนวณค่า MSE  \n\n"
        "4. จงคำนวณค่า Accuracy และ Recall จาก Confusion Matrix ที่กำหนดให้ (10 คะแนน)  \n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 5, 7, 9]
    assert found.questions[0].text == (
        "อธิบายความแตกต่างระหว่าง Supervised Learning และ Unsupervised Learning"
    )


def test_label_headings_over_their_questions_quoted() -> None:
    # "## Question 1" over "> `1`. Create a new notebook …" (a book's page of solutions
    # quoting each exercise, its number in code): the quote is the question
    text = (
        "# Solutions\n\n## Question 1\n\n> `1`. Create a new notebook and rename it\n"
        '> "exercises".\n\nClick the toggle to see a demo.\n\n'
        "## Question 2\n\n> `2`. Write and run some Python code.\n\n> `1`. $3 + 8$\n\n"
        "```python\n3 + 8\n```\n\n## Question 3\n\n> 3. Write a markdown cell.\n\nSome answer.\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (3, 'Create a new notebook and rename it "exercises".'),
        (10, "Write and run some Python code."),
        (20, "Write a markdown cell."),
    ]
    assert found.questions[0].answer == "Click the toggle to see a demo."
    # its parts stay quoted, in its answer
    assert found.questions[1].answer.startswith("> `1`. $3 + 8$")


def test_a_heading_that_picks_one_command_among_code_choices() -> None:
    # "#### 7. … Which command accomplishes this most efficiently?" over "1. `mkdir -p
    # …`" and three more: one question and its choices (as "#### 6. What does `cd ../..`
    # do?" over prose choices is), not a question asked of each command
    text = (
        "# Quiz\n\n"
        "#### 6. What does the command `cd ../..` do?\n\n"
        "1. Navigate to the current directory twice\n2. Navigate up two levels\n"
        "3. Navigate home\n4. List the parent directory\n\n"
        "#### 7. You need a new directory at `docs/ch14/`. Which command accomplishes this"
        " most efficiently?\n\n"
        "1. `mkdir docs; mkdir docs/ch14`\n2. `mkdir -p docs/ch14`\n3. `touch docs/ch14`\n"
        "4. `cd docs/ch14`\n\n"
        "#### 8. What is the correct command structure?\n\n"
        "1. `analyze.py python a.csv`\n2. `python analyze.py a.csv`\n3. `run analyze.py`\n\n"
        "## What does each command print?\n\n- `echo $HOME`\n- `pwd`\n- `whoami`\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 10, 17, 25, 26, 27]
    assert found.questions[1].text.startswith("You need a new directory at `docs/ch14/`.")


def test_bullets_of_words_in_brackets_whose_links_were_never_filled_in() -> None:
    # "- [Design Parking Lot]": no link after it and no reference defines one, so
    # CommonMark shows the words and brackets; the words are the task
    text = (
        "# LLD\n\n## Low Level Design Interview Problems\n- [Design Parking Lot]\n"
        "- [Design Splitwise]\n- [Design Car Rental System]\n- [Design Pub Sub System]\n\n"
        "## Books\n- [Clean Code](https://example.com/cc)\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (4, "Design Parking Lot"),
        (5, "Design Splitwise"),
        (6, "Design Car Rental System"),
        (7, "Design Pub Sub System"),
    ]
    # a reference that defines the link makes each a link, as before
    linked = text + "\n[Design Parking Lot]: https://example.com/p\n"
    linked += "[Design Splitwise]: https://example.com/s\n"
    linked += "[Design Car Rental System]: https://example.com/c\n"
    linked += "[Design Pub Sub System]: https://example.com/b\n"
    assert [q.text for q in scan(linked).questions] == []


def test_quizzes_in_the_older_mkdocs_quiz_syntax() -> None:
    # "<?quiz?>", "question: …", "answer-correct: …", "answer: …", "content:", "<?/quiz?>":
    # the question with its choices, the right one (and the explanation) its answer; a
    # heading that only labels it ("## Questão 1: …") gives way to it
    block = (
        "<?quiz?>\nquestion: {q}\nanswer-correct: {right}\nanswer: {wrong}\nanswer: Job\n"
        "content:\n{why}\n<?/quiz?>\n"
    )
    text = (
        "# Kubernetes quiz\n\n"
        + block.format(
            q="Which command lists all Pods?",
            right="<code>kubectl get pods</code>",
            wrong="<code>kubectl ps</code>",
            why="",
        )
        + "\n## Questão 2: Unidades\n\n"
        + block.format(
            q="What is the smallest deployable unit?",
            right="Pod",
            wrong="Container",
            why="<p>A Pod holds one or more containers.</p>",
        )
    )
    found = scan(text)
    assert [(q.line, q.end) for q in found.questions] == [(4, 7), (12, 20)]
    first, second = found.questions
    assert first.text == (
        "Which command lists all Pods?\n\n- `kubectl get pods`\n- `kubectl ps`\n- Job"
    )
    assert first.answer == "- `kubectl get pods`"
    assert second.text.startswith("What is the smallest deployable unit?\n\n- Pod\n- Container")
    assert second.answer.startswith("- Pod\n\n") and "one or more containers" in second.answer
    assert "<?quiz?>" not in first.answer + second.answer


def test_a_section_of_true_or_false_statements_named_in_portuguese() -> None:
    # "## Questões de Verdadeiro ou Falso" ("true-or-false questions") over "1. O Dart é
    # uma linguagem compilada.**": statements to judge; "Diferencie …" ("tell apart …")
    # asks among the open questions
    text = (
        "## Questões Abertas\n\n1. Explique o conceito de Widgets.\n\n"
        "2. Diferencie os Widgets `StatelessWidget` e `StatefulWidget`.\n\n"
        "3. Qual a função do método `build()`?\n\n"
        "## Questões de Verdadeiro ou Falso\n\n"
        "1. O Flutter é um framework multiplataforma.**\n\n"
        "2. O Dart é uma linguagem de programação compilada.**\n\n"
        "3. O Flutter não oferece suporte a testes automatizados.**\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 5, 7, 11, 13, 15]
    assert found.questions[4].text == "O Dart é uma linguagem de programação compilada."


def test_sections_beside_labelled_bold_questions_close_their_answers() -> None:
    # "### Assessment Questions" over "**Question 2:** …", then "### Activities" and
    # "### Discussion Questions" beside it, section after section: the last bold
    # question's answer ends there; the class's activities are not questions, its
    # discussion questions are
    section = (
        "## Section {n}\n\n### Assessment Questions\n\n"
        "**Question 1:** What is a primary ethical concern with AI in unit {n}?\n\n"
        "  A) Speed\n  B) Bias and accountability\n\n**Correct Answer:** B\n\n"
        "**Question 2:** How can bias enter an AI system in unit {n}?\n\n"
        "  A) Through the training data\n  B) Through the font\n\n**Correct Answer:** A\n\n"
        "### Activities\n- Design an AI model trained on a balanced dataset {n}.\n\n"
        "### Discussion Questions\n- Can bias in AI ever be eliminated in unit {n}? Why?\n"
        "- How do cultures shape views of AI ethics in unit {n}?\n\n"
    )
    text = "# Assessment\n\n" + section.format(n=1) + section.format(n=2)
    found = scan(text)
    first = [q for q in found.questions if q.line < 30]
    assert [(q.line, q.layout) for q in first] == [
        (7, "bold"),
        (14, "bold"),
        (25, "list"),
        (26, "list"),
    ]
    assert first[1].answer == "**Correct Answer:** A"
    assert len(found.questions) == 8
    assert (
        22,
        "Design an AI model trained on a balanced dataset 1.",
        'an example under "Activities"',
    ) in (found.skipped)


def test_a_moodle_quiz_exported_in_italian() -> None:
    # "Domanda 1" ("question 1") over its question and "Scegli un'alternativa:" ("choose
    # one"), each letter alone on its line over its choice, "✔" by the right one
    text = (
        "Domanda 1  \nIn CSS, quale selettore seleziona gli elementi \\<a> con href vuoto?\n"
        'Scegli un\'alternativa:\n\n        a.\n        .a[href=""]\n\n'
        '        b.\n        a[href=""] ✔\n\n'
        "Domanda 2  \nIn HTML, quale elemento crea una lista ordinata?\nScegli un'alternativa:\n\n"
        "a.\n<dl>\n\nb.\n<ol> ✔\n\n"
        "Domanda 3  \nIn HTML, come si scrive un commento?\nScegli un'alternativa:\n\n"
        "a.\n//\n\nb.\n<!-- --> ✔\n"
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (1, "In CSS, quale selettore seleziona gli elementi \\<a> con href vuoto?"),
        (11, "In HTML, quale elemento crea una lista ordinata?"),
        (21, "In HTML, come si scrive un commento?"),
    ]
    assert "✔" in found.questions[1].answer


def test_a_textbooks_review_questions_and_problems_labelled_r_and_p() -> None:
    # "R3. How is a UDP socket fully identified?" over its answer in a fence, no blank
    # line between; "P12. …" a problem
    text = (
        "# HOMEWORK QUESTIONS\n\n## Section 3.1 to 3.3\n"
        "R3. How is a UDP socket fully identified? What about a TCP socket?\n"
        "```sh\nUDP: the destination port number\n```\n"
        "R4. Describe why an application developer might choose UDP over TCP.\n"
        "```sh\nLess delay, no connection set-up\n```\n"
        "R5. Why is voice often sent over TCP rather than UDP today?\n"
        "```sh\nFirewalls block UDP\n```\n"
        "P12. Suppose Host A sends two TCP segments back to back. Give the sequence numbers.\n"
        "```sh\n90 and 110\n```\n"
    )
    found = scan(text)
    assert [(q.line, q.answer) for q in found.questions] == [
        (4, "```sh\nUDP: the destination port number\n```"),
        (8, "```sh\nLess delay, no connection set-up\n```"),
        (12, "```sh\nFirewalls block UDP\n```"),
        (16, "```sh\n90 and 110\n```"),
    ]
    assert found.questions[0].text == (
        "How is a UDP socket fully identified? What about a TCP socket?"
    )


def test_question_headings_in_folds_named_for_each_lecture() -> None:
    # "<details><summary>Lecture 2</summary>" over "#### Question 1: What is …?" and its
    # answer, fold after fold: the questions of each lecture, not parts of the answer
    # of the last question above the fold
    fold = (
        "<details>\n<summary>\n{name}\n</summary>\n\n"
        "#### Question 1: {first}\n- {answer}\n\n#### {second}\n\n- Look one ahead.\n\n"
        "</details>\n\n"
    )
    text = "# Notes\n\n" + "".join(
        fold.format(name=name, first=first, answer=answer, second=second)
        for name, first, answer, second in [
            ("Lecture 1", "What does the parser do?", "Builds an AST.", "What is a token?"),
            ("Lecture 2", "What is the Kleene closure?", "Zero or more.", "How do DFAs run?"),
        ]
    )
    found = scan(text)
    assert [(q.line, q.text) for q in found.questions] == [
        (8, "What does the parser do?"),
        (11, "What is a token?"),
        (22, "What is the Kleene closure?"),
        (25, "How do DFAs run?"),
    ]
    assert found.questions[1].answer == "- Look one ahead."
    # a fold that shows an answer still holds the answer's headings
    shown = scan(
        "### 1. What is a closure?\n\n<details><summary>Show answer</summary>\n\n"
        "#### Why it matters?\n\nIt keeps its scope.\n\n</details>\n\n"
        "### 2. What is hoisting?\n\nDeclarations move up.\n"
    )
    assert [q.line for q in shown.questions] == [1, 11]


def test_a_deck_of_slides_each_one_question() -> None:
    # a Marp deck: "---" between slides, each slide one paragraph that asks, some stems
    # ending on a colon ("… means that:") with no choices shown
    asked = [
        "A minimum spanning tree of a network with N nodes contains:",
        "When implementing node2vec, what do the parameters p and q control?",
        "The resolution limit in modularity maximization means that:",
        "Given a modularity Q of 0.2, what does this indicate?",
        "In a random walk on an undirected network, what sets the stationary distribution?",
        "The Katz centrality fixes a limit of eigenvector centrality by:",
    ]
    text = "---\nmarp: true\n---\n\n" + "\n\n---\n\n".join(asked) + "\n"
    found = scan(text)
    assert [q.text for q in found.questions] == [a.rstrip(":") for a in asked]
    # paragraphs of prose between rules stay prose
    prose = "\n\n---\n\n".join(
        ["We met on Monday:", "The build was green.", "Next steps are below:", "Ship it."] * 2
    )
    assert scan(prose).questions == []


def test_a_specifications_numbered_requirements_are_not_review_questions() -> None:
    # "R1. The system shall …": requirements, labelled like a textbook's review
    # questions but asking nothing
    text = (
        "# Requirements\n\nR1. The system shall store every review.\n"
        "R2. The system shall start in under a second.\n"
        "R3. The system shall never lose a review.\n"
    )
    assert scan(text).questions == []


def test_bold_question_labels_with_a_part_letter() -> None:
    # "**Question 8-b**:" is the eighth question's second part: the label goes, the
    # question and its answer stay (the letter was left as "b: …", then nothing)
    text = (
        "# Homework 3\n\n"
        "**Question 8-a**: Compute the gradient of the loss with respect to w.\n\n"
        "The gradient is 2(w - 3).\n\n"
        "**Question 8-b**: What is the minimiser of the loss?\n\nw = 3.\n\n"
        "**Question 9**: Explain why the learning rate matters.\n\nToo large and it diverges.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (3, "Compute the gradient of the loss with respect to w.", "The gradient is 2(w - 3)."),
        (7, "What is the minimiser of the loss?", "w = 3."),
        (11, "Explain why the learning rate matters.", "Too large and it diverges."),
    ]
    assert found.unplaced == []


def test_a_contests_lettered_problems_are_questions() -> None:
    # an editorial: "#### Problem A. Allocation" over how to solve it, as "Problem 1." is
    text = (
        "# Kick Start 2020 Round A\n\n#### Problem A. Allocation\n\n"
        "Sort the houses by price and buy the cheapest first.\n\n"
        "#### Problem B. Plates\n\nA knapsack over the stacks.\n\n"
        "#### Problem C. Workout\n\nBinary search on the answer.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (3, "Allocation", "Sort the houses by price and buy the cheapest first."),
        (7, "Plates", "A knapsack over the stacks."),
        (11, "Workout", "Binary search on the answer."),
    ]
    # "Problem I." is not a letter of a contest's order, and a sentence is not a label
    assert scan("# Notes\n\n#### Problem I. Overview\n\nSome prose.\n").questions == []


def test_answers_folded_by_a_site_generator_lose_the_fold() -> None:
    # Hugo's spoiler, Jekyll's details tag and VitePress's details block each fold the
    # answer behind a button: the wrapper lines are markup, the answer is what they hold
    text = (
        "# Quiz\n\n### Q1 (MCQ)\nWhich model is encoder-decoder?\n\nA. GPT-2\nB. T5\n\n"
        '{{< spoiler text="Answer + Explanation" >}}\n**B**. T5 has both halves.\n'
        "{{< /spoiler >}}\n\n---\n\n"
        "### Q2\nWhat is hoisting?\n\n{% details Answer %}\nDeclarations move up.\n"
        "{% enddetails %}\n\n"
        "### Q3\nWhat is a promise?\n\n:::details Answer\nA value that comes later.\n:::\n"
    )
    found = scan(text)
    assert [(q.line, q.answer) for q in found.questions] == [
        (3, "**B**. T5 has both halves."),
        (15, "Declarations move up."),
        (22, "A value that comes later."),
    ]
    # a figure's shortcode and a fence's lines are content, and stay
    shown = scan(
        '### 1. What does ReLU look like?\n\n{{< figure src="relu.png" >}}\n\n'
        "### 2. How do you print a Hugo shortcode?\n\n```\n{{< /spoiler >}}\n:::\n```\n"
    )
    assert shown.questions[0].answer == '{{< figure src="relu.png" >}}'
    assert shown.questions[1].answer == "```\n{{< /spoiler >}}\n:::\n```"


def test_a_questions_kind_beside_it_is_evidence_that_it_asks() -> None:
    # "(单选)" (single choice) and "(简答)" (short answer) mark each item as a question,
    # as a difficulty marker does, even where the sentence ends without a mark; the
    # marker is not part of the question
    text = (
        "# 机器学习笔试题\n\n"
        "- 01 (单选)决策树对连续值特征多路划分的最大问题是\n"
        "- 02 (简答)经验误差与泛化误差分别指\n"
        "- 03 (单选)计算变量 [0,0,1,1,1] 的信息熵。\n"
        "- 04 (MCQ) The effect of feature scaling on k-means\n"
    )
    assert [q.text for q in scan(text).questions] == [
        "决策树对连续值特征多路划分的最大问题是",
        "经验误差与泛化误差分别指",
        "计算变量 [0,0,1,1,1] 的信息熵。",
        "The effect of feature scaling on k-means",
    ]
    # a topic list with no such marker stays a list of topics
    assert scan("# 目录\n\n- 决策树\n- 朴素贝叶斯\n- 神经网络\n").questions == []


def test_a_bold_line_right_under_a_question_label_is_the_question() -> None:
    # "## Question 5" over "**Script a program …**": the label says it is asked, even
    # where the wording alone would not ("Script", "Using pandas, …")
    text = (
        "# Coding\n\n## Question 1\n\n**Implement k-means from scratch.**\n\n---\n\n"
        "## Question 2\n\n**Script a program to compare initialisations.**\n\n---\n\n"
        "## Question 3\n\n**Using pandas, clean a dataset for clustering.**\n\n---\n\n"
        "## Question 4\n\n**Write code for the silhouette score.**\n"
    )
    assert [(q.line, q.text) for q in scan(text).questions] == [
        (5, "Implement k-means from scratch."),
        (11, "Script a program to compare initialisations."),
        (17, "Using pandas, clean a dataset for clustering."),
        (23, "Write code for the silhouette score."),
    ]
    # a bold label under it is not the question ("**Answer**"), nor is a bold word
    assert [q.text for q in scan("## Question 1\n\n**Answer**\n\nYes.\n").questions] == []


def test_lists_and_tables_of_problems_on_a_judges_site() -> None:
    # a Blind-75 style list: each item a link to a LeetCode problem, some with a status
    # after it; each is a problem to solve, its page the source
    text = (
        "# Coding Questions\n\n## Array\n\n"
        "* [Two Sum](https://leetcode.com/problems/two-sum/) - DONE\n"
        "* [3Sum](https://leetcode.com/problems/3sum/) - ATTEMPTED\n"
        "* [Container With Most Water](https://leetcode.com/problems/container-with-most-water/)\n"
        "* [Alien Dictionary](https://leetcode.com/problems/alien-dictionary/) (LeetCode Premium)\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.source_note) for q in found.questions] == [
        (5, "Two Sum", "https://leetcode.com/problems/two-sum/"),
        (6, "3Sum", "https://leetcode.com/problems/3sum/"),
        (
            7,
            "Container With Most Water",
            "https://leetcode.com/problems/container-with-most-water/",
        ),
        (8, "Alien Dictionary", "https://leetcode.com/problems/alien-dictionary/"),
    ]
    # the same problems in a table's title column
    table = (
        "LeetCode solutions with notes\n\n| ID | Title | Difficulty | Note |\n|---|---|---|---|\n"
        "| 0001 | [Two Sum](https://leetcode.com/problems/two-sum/) | ★ | [link](notes/1.ipynb) |\n"
        "| 0002 | [Add Two Numbers](https://leetcode.com/problems/add-two-numbers/) | ★★ | |\n"
        "| 0015 | [3Sum](https://leetcode.com/problems/3sum/) | ★★ | |\n"
        "| 0020 | [Valid Parentheses](https://leetcode.com/problems/valid-parentheses/) | ★ | |\n"
    )
    assert [q.text for q in scan(table).questions] == [
        "Two Sum",
        "Add Two Numbers",
        "3Sum",
        "Valid Parentheses",
    ]
    # links to a judge's lists or to one's own solutions stay an index
    index = (
        "# Links\n\n* [Problem set](https://leetcode.com/problemset/all/)\n"
        "* [Top interview](https://leetcode.com/explore/interview/)\n"
        "* [Contest](https://codeforces.com/contests)\n"
    )
    assert scan(index).questions == []


def test_numbered_problem_titles_over_their_statements() -> None:
    # "### 1.1 - Is Unique" over the statement, then hints and a link to a solution:
    # under a heading that names questions, each numbered title is a problem; "EXAMPLE"
    # goes on stating it, "FOLLOW UP" asks more of it
    text = (
        "# My Interview Preparation\n\n### Section 1 Questions\n\n"
        "### 1.1 - Is Unique\nImplement an algorithm to determine if a string has all "
        "unique characters. What if you cannot use additional data structures?\n\n"
        "* Consider a hash table.\n\n[My implementation.](https://codepen.io/x/1)\n\n"
        "### 1.2 - Check Permutation\nGiven two strings, write a method to decide if one "
        "is a permutation of the other.\n\n* Sort both strings.\n\n"
        "### 2.3 - Delete middle node\nImplement an algorithm to delete a node in the "
        "middle of a singly linked list, given only access to that node.\n\n"
        "EXAMPLE:\nInput: the node c from a->b->c->d\nResult: a->b->d\n\n"
        "### 2.5 - Sum lists\nYou have two numbers stored as linked lists, one digit a "
        "node. Write a function that adds them.\n\nFOLLOW UP\nSuppose the digits are "
        "stored in forward order. Repeat the above problem.\n\n"
        "### 4.7 - Build Order\nYou are given a list of projects and their dependencies. "
        "Find a build order that lets every project be built.\n"
    )
    found = scan(text)
    assert [(q.line, q.topics, q.missing_answer) for q in found.questions] == [
        (6, ["Is Unique"], False),
        (13, ["Check Permutation"], False),
        (18, ["Delete middle node"], True),
        (25, ["Sum lists"], True),
        (31, ["Build Order"], True),
    ]
    assert found.questions[0].text.startswith("Implement an algorithm to determine")
    assert found.questions[0].answer.startswith("* Consider a hash table.")
    assert found.questions[2].text.endswith("Input: the node c from a->b->c->d\nResult: a->b->d")
    assert found.questions[3].follow_ups == [
        "Suppose the digits are stored in forward order. Repeat the above problem."
    ]
    # numbered steps of a tutorial, under no heading that names questions, stay prose
    steps = (
        "# Setup\n\n### 1. Install\nInstall the package with pip and check the version.\n\n"
        "```\npip install x\n```\n\n### 2. Configure\nWrite the path to the data into the "
        "config file.\n\n```\npath: data\n```\n\n### 3. Run\nRun the trainer and watch the "
        "loss.\n\n```\nx train\n```\n\n### 4. Check\nCheck the report in the browser.\n\n"
        "```\nx report\n```\n"
    )
    assert scan(steps).questions == []


def test_numbered_bold_questions_of_a_post_titled_in_its_front_matter() -> None:
    # a Jekyll post: its title ("深度学习问答", deep-learning Q&A) only in the front
    # matter, each question a bold numbered line with kramdown's "{:.warning}" under it
    # (never shown), numbers left out ("3") and glued on ("5.SGD"), an appendix heading
    # at the end
    text = (
        '---\nlayout: article\ntitle:  "「DL」 深度学习问答"\n---\n\n'
        "**1 列举常见的一些范数及其应用场景**\n{:.warning}\np39-p40\n\n"
        "**2 简单介绍一下贝叶斯概率与频率派概率。**\n{:.warning}\np55\n\n"
        "**4 Jacobian，Hessian 矩阵及其在深度学习中的重要性**\n{:.warning}\np86-p92\n\n"
        "**5.SGD 以及学习率的选择方法**\n{:.warning}\np290\n\n"
        "-------------------\n\n# 附录\n\n## A 资源\n\n- 花书\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (6, "列举常见的一些范数及其应用场景", "p39-p40"),
        (10, "简单介绍一下贝叶斯概率与频率派概率。", "p55"),
        (14, "Jacobian,Hessian 矩阵及其在深度学习中的重要性", "p86-p92"),
        (18, "SGD 以及学习率的选择方法", "p290"),
    ]
    # a bold numbered line in a post whose title names no questions is a lead-in
    plain = text.replace("深度学习问答", "读书笔记")  # "reading notes"
    assert [q.line for q in scan(plain).questions] == [6, 10]


def test_a_numbered_bold_label_with_a_title_over_the_question_quoted() -> None:
    # "**Question 2 - Programming Proficiency:**" and, on the next line, the question in
    # quotes: the question is what is quoted, not the label's title and the quotes
    text = (
        "# Screening\n\n**Question 1 - Educational Foundation:**\n"
        '"What is your educational background? (degree, major)"\n\n'
        "**Question 2 - Programming Proficiency:**\n"
        '"Rate your proficiency with Python and C++. Describe your experience."\n\n'
        "**Question 3 - Fundamentals:**\n"
        '"Describe your knowledge of image filters and object detection."\n'
    )
    assert [(q.line, q.text) for q in scan(text).questions] == [
        (3, "What is your educational background? (degree, major)"),
        (6, "Rate your proficiency with Python and C++. Describe your experience."),
        (9, "Describe your knowledge of image filters and object detection."),
    ]


def test_a_task_over_the_ways_it_must_be_done_is_one_question() -> None:
    # "* Write a method that reverses a string." over "* Use only one string. …": the
    # sub-point says how to do the task, it is no question of its own under a scenario
    text = (
        "# Coding problems\n\n## Arrays\n\n"
        "* Go through an array and output the first non-repeated element.\n"
        "* Write a method that reverses a string.\n"
        "    * Use only one string. Do not add or remove items from the string.\n"
        "* Write a method that walks a tree in post order.\n"
        "    * Do this using recursion. Do this using a queue.\n"
        "* Implement binary search.\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.follow_ups) for q in found.questions] == [
        (5, "Go through an array and output the first non-repeated element.", []),
        (
            6,
            "Write a method that reverses a string.",
            ["Use only one string. Do not add or remove items from the string."],
        ),
        (
            8,
            "Write a method that walks a tree in post order.",
            ["Do this using recursion. Do this using a queue."],
        ),
        (10, "Implement binary search.", []),
    ]
    # a scenario over its questions stays a scenario
    scenario = (
        "# Probability\n\n1. A test for a condition affects 1 in 500 people.\n"
        "    1. A person tests positive. What is the probability they have it?\n"
        "    2. How many false positives are there in 10,000 tests?\n"
    )
    assert [q.line for q in scan(scenario).questions] == [4, 5]


def test_a_coding_list_names_some_problems_only_by_their_titles() -> None:
    # "# Coding Questions" with some lists linked to LeetCode: the lists of bare titles
    # ("* Merge K Sorted Lists") and of links never filled in ("* [Counting Bits]()")
    # name problems too
    text = (
        "# Coding Questions\n\n## Array\n\n"
        "* [Two Sum](https://leetcode.com/problems/two-sum/) - DONE\n"
        "* [3Sum](https://leetcode.com/problems/3sum/)\n"
        "* [Container With Most Water](https://leetcode.com/problems/container-with-most-water/)\n\n"
        "## Binary\n\n"
        "* [Sum of Two Integers](https://leetcode.com/problems/sum-of-two-integers/)\n"
        "* [Counting Bits]()\n* [Missing Number]()\n\n"
        "## Heap\n\n* Merge K Sorted Lists\n* Top K Frequent Elements\n"
        "* Meeting Rooms (LeetCode Premium)\n"
    )
    found = scan(text)
    assert [q.text for q in found.questions] == [
        "Two Sum",
        "3Sum",
        "Container With Most Water",
        "Sum of Two Integers",
        "Counting Bits",
        "Missing Number",
        "Merge K Sorted Lists",
        "Top K Frequent Elements",
        "Meeting Rooms (LeetCode Premium)",
    ]
    # without a list linked to a judge's site, a list of titles is a list of topics
    topics = "# Coding Questions\n\n## Heap\n\n* Merge K Sorted Lists\n* Top K Frequent Elements\n"
    assert scan(topics).questions == []


def test_a_bold_answers_label_over_a_numbered_key() -> None:
    # a self-test: numbered questions, then "**Answers:**" over a list numbered alike,
    # each item the answer to the question of its number
    text = (
        "# Module 7\n\n## Self-Test\n\n"
        "1. What are the two components of reducible error?\n"
        "2. Which one means too simple?\n3. Which one means memorized noise?\n\n"
        "**Answers:**\n1. Bias and variance.\n2. High bias.\n3. High variance.\n\n"
        "## Next\n\nRead chapter 8.\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        ("What are the two components of reducible error?", "Bias and variance."),
        ("Which one means too simple?", "High bias."),
        ("Which one means memorized noise?", "High variance."),
    ]


def test_named_problems_each_with_an_example_in_code() -> None:
    # under "# Logic or Programming questions", "#### Title" over the statement, some
    # with an example in code under it: each is one problem
    text = (
        "# Logic or Programming questions\n\n## Logic puzzles\n\n#### The horses problem\n"
        "There are 25 horses. How many races find the fastest 3?\n\n"
        "#### The 12 ball problem\nOne of 12 balls weighs differently. How many weighings "
        "find it?\n\n## Algorithms\n\n#### Product Combination\nGiven an array of unique "
        "numbers, return the products of all combinations of three.\n```js\nf([1, 3, 5, 9])\n```\n\n"
        "#### Rectangle intersection\nGiven two rectangles on a grid, return the area of "
        "overlap.\n```js\nf(r1, r2) = 2\n```\n"
    )
    found = scan(text)
    assert [(q.line, q.topics) for q in found.questions] == [
        (6, ["The horses problem"]),
        (9, ["The 12 ball problem"]),
        (14, ["Product Combination"]),
        (20, ["Rectangle intersection"]),
    ]
    # a section of prose whose first paragraph asks in passing is no problem
    prose = text + (
        "\n#### Unicode, The Rise\nASCII solves Latin alphabets... what about Greek?\n\n"
        "Unicode was the answer to that.\n"
    )
    assert len(scan(prose).questions) == 4


def test_a_problems_name_in_bold_then_the_problem_set_as_a_task() -> None:
    # "1. **Dot Product**: Calculate the dot product of …": the name, then the task
    text = (
        "# Practice Problems for Linear Algebra\n\n## Problem Set 1: Vectors\n"
        "1. **Vector Addition**: Given two vectors A = [3, 4] and B = [1, 2], calculate "
        "C = A + B.\n\n"
        "2. **Dot Product**: Calculate the dot product of the vectors A = [2, 3] and B = [4, 5].\n\n"
        "3. **Cross Product**: For vectors A = [1, 2, 3] and B = [4, 5, 6], compute A × B.\n"
    )
    assert [q.line for q in scan(text).questions] == [4, 6, 8]
    # "Discuss how …", "Using the eigenvalues found above, calculate …": tasks too
    more = (
        "# Practice Problems\n\n## Problem Set 5\n"
        "1. **Eigenvector Calculation**: Using the eigenvalues found in the previous "
        "problem, calculate the corresponding eigenvectors.\n\n"
        "2. **Dimensionality Reduction**: Discuss how eigenvalues and eigenvectors are used "
        "in PCA for dimensionality reduction.\n"
    )
    assert [q.line for q in scan(more).questions] == [4, 6]
    # a STAR story's parts over what to tell are its outline, not questions
    star = (
        "# Behavioral\n\n- **Situation**: Explain a situation where you worked with a "
        "difficult teammate on a deadline.\n- **Action**: Describe what actions you took "
        "and why you took them that way.\n"
    )
    assert scan(star).questions == []
    # a component's name over what it does, and a goal, are descriptions
    described = (
        "# Architecture\n\n- **Recommendation Engine**: Computes suggestions for each user "
        "from their history every hour.\n"
        "- **Tuning**: Find optimal hyperparameter values for the ranking model each week.\n"
        "- **Goal**: Find which value of s will make the test pass on every platform.\n"
    )
    assert scan(described).questions == []


def test_a_quiz_marks_its_right_choice_among_the_choices() -> None:
    # the right choice marked in place ("\*", "✓", "[x]" among "[ ]", the one choice in
    # bold): it is the answer, and the question no longer shows the mark
    text = (
        "# Quiz\n\n### Q1. What is a NoSQL database?\n\n"
        "- A. A database that only uses SQL\n"
        "- B. A flexible schema database for semi-structured data \\*\n"
        "- C. A database with a predefined schema\n\n"
        "**Q2. What is Machine Learning?**\n"
        "- A) Programming computers with explicit rules\n"
        "- B) Teaching computers to learn from data ✓\n\n"
        "### Q3. Which model is encoder-only?\n\n- [ ] GPT-2\n- [x] BERT\n- [ ] T5\n\n"
        "### Q4. Which process adjusts the parameters?\n\n"
        "- A. Testing\n- **B. Training**\n- C. Serving\n"
    )
    found = scan(text)
    assert [q.answer for q in found.questions] == [
        "B. A flexible schema database for semi-structured data",
        "B) Teaching computers to learn from data",
        "- BERT",
        "B. Training",
    ]
    shown = "\n".join(q.text for q in found.questions)
    assert "\\*" not in shown and "✓" not in shown and "[x]" not in shown
    assert "**B. Training**" not in shown and "- B. Training" in shown
    # a choice marked in each row is no answer given
    every = "# Quiz\n\n### Q1. Pick one\n\n- A. Red ✓\n- B. Blue ✓\n"
    assert scan(every).questions[0].missing_answer
    # a choice in italics ends on its closing "*", which marks nothing
    italic = "# Quiz\n\n### Q1. Capital of France?\n\n- A. *Paris*\n- B. Lyon\n- C. Nice\n"
    assert scan(italic).questions[0].missing_answer


def test_a_column_of_question_themes_is_not_a_column_of_questions() -> None:
    # "| Question Theme | Shows | Prepare Stories About |": kinds of question, each with
    # what it shows, not questions
    text = (
        "# Behavioral\n\n## Question-Answer Mapping\n\n"
        "| Question Theme | Shows | Prepare Stories About |\n|---|---|---|\n"
        "| Leadership | Ability to guide others | Leading projects |\n"
        "| Conflict | Maturity | Disagreements |\n| Failure | Growth mindset | Mistakes |\n"
    )
    assert scan(text).questions == []


def test_task_items_each_over_a_folded_solution() -> None:
    # "- [ ] …" alone in its list, right over "<details><summary>Potential
    # Solution</summary>": each item is a question, whatever its wording, its fold the
    # answer (they were read as more of the answer above)
    fold = (
        "- [ ] {asked}\n<details>\n  <summary><strong>Potential Solution</strong></summary>\n"
        "{answer}\n</details>\n\n"
    )
    text = "# Brain Teasers\n\n" + "".join(
        fold.format(asked=asked, answer=answer)
        for asked, answer in [
            ("Given two sand timers of 4 and 7 minutes, how would you time 9 minutes?", "Flip."),
            ("If you had a 5-liter and a 3-liter bucket, measure exactly 4 liters.", "Pour."),
            ("Print all numbers between 1 and N. You may not use any loops.", "Recurse."),
            ("Swap the values of two variables without a third variable.", "Use XOR."),
        ]
    )
    found = scan(text)
    assert [(q.line, q.answer) for q in found.questions] == [
        (3, "Flip."),
        (9, "Pour."),
        (15, "Recurse."),
        (21, "Use XOR."),
    ]


def test_titled_problems_stated_in_a_quote_over_their_solutions() -> None:
    # "### Successive wins" over "> You signed up for …? …?" and the worked solution
    # below the quote, again and again: each quote is a problem, its prose the answer
    problem = "### {title}\n\n> {asked}\n\n{solution}\n\n"
    text = "## Basic probability\n\n" + "".join(
        problem.format(title=title, asked=asked, solution=solution)
        for title, asked, solution in [
            (
                "Successive wins",
                "Which order of opponents would you pick?",
                "Play the weak one twice.",
            ),
            ("Jury", "Is a jury of three better than one juror?", "Not when p < 1/2."),
            ("Die", "How many throws until a 6, on average?", "Six."),
            ("Urn", "How much would you pay to play once?", "Up to $5."),
        ]
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer, q.topics) for q in found.questions] == [
        (
            5,
            "Which order of opponents would you pick?",
            "Play the weak one twice.",
            ["Successive wins"],
        ),
        (11, "Is a jury of three better than one juror?", "Not when p < 1/2.", ["Jury"]),
        (17, "How many throws until a 6, on average?", "Six.", ["Die"]),
        (23, "How much would you pay to play once?", "Up to $5.", ["Urn"]),
    ]


def test_a_rule_ends_an_unanswered_labelled_question_before_a_list() -> None:
    # "Q. …" lines with no answers, a rule, then a list of questions asked by company:
    # the list is not the last question's answer
    text = (
        "> 자료구조\n\nQ. Array는 어떤 자료구조 인가요?\n\nQ. Stack은 어떤 자료구조 인가요?\n\n"
        "Q. String - StringBuilder - StringBuffer를 각각 비교 설명하시오\n\n\n\n---\n"
        "- A 회사\n    1. 클로저에 대해서 설명해 주세요\n"
        "    2. Binary search 알고리즘을 작성하시오\n"
        "- B 회사\n    1. 프로세스와 쓰레드의 차이를 설명하시오\n"
    )
    found = scan(text)
    assert [(q.line, q.missing_answer) for q in found.questions] == [
        (3, True),
        (5, True),
        (7, True),
        (13, True),
        (14, True),
        (16, True),
    ]


def test_an_answer_key_under_its_own_section_after_the_quiz() -> None:
    # "## Auto-évaluation" over "### Corrigé avec explications": the key answers the
    # numbered questions of the parts above it, though none is under its own section
    text = (
        "# QCM\n\n## Partie 1\n\n### 1. Que représentent les données MNIST ?\n"
        "- [ ] Du texte\n- [ ] Des chiffres manuscrits\n\n"
        "### 2. Pourquoi divise-t-on les pixels par 255 ?\n- [ ] Pour compresser\n"
        "- [ ] Pour ramener les valeurs entre 0 et 1\n\n"
        "## Auto-évaluation\n\nVérifiez vos réponses.\n\n### Corrigé avec explications\n\n"
        "1. **b - Des chiffres manuscrits**  \n   *MNIST contient 70 000 images.*\n\n"
        "2. **b - Pour ramener les valeurs entre 0 et 1**  \n   *Cela stabilise l'entraînement.*\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [5, 9]
    assert [q.answer.split("\n")[0] for q in found.questions] == [
        "b - Des chiffres manuscrits",
        "b - Pour ramener les valeurs entre 0 et 1",
    ]


def test_a_statement_to_judge_among_quiz_stems_is_a_question() -> None:
    # "3. Vrai ou Faux : …" among numbered stems over their lettered choices: a statement
    # to judge, not advice (it was dropped as a how-to's step)
    text = (
        "# QCM\n\n1. Quelle est la fonction principale d un neurone ?\n   A. Classer\n"
        "   B. Combiner\n\n2. Une fonction d activation sert à :\n   A. Normaliser\n"
        "   B. Introduire de la non-linéarité\n\n"
        "3. Vrai ou Faux : un réseau sans activation est linéaire.\n\n"
        "4. La rétropropagation sert à :\n   A. Calculer\n   B. Ajuster\n"
    )
    found = scan(text)
    assert [q.line for q in found.questions] == [3, 7, 11, 13]
    assert found.questions[2].text == "Vrai ou Faux : un réseau sans activation est linéaire."


def test_korean_prompts_that_end_on_a_noun() -> None:
    # "멀티 쓰레드 프로그래밍 특징" (the features of …), "… 사용하지 않는 이유" (the reason
    # …), "싱글톤 패턴의 사용방식" (how … is used), "… 영역이란" (what … is): prompts
    text = (
        "# 면접\n\n- B 회사\n    1. 프로세스와 쓰레드의 차이를 설명하시오\n"
        "    2. 싱글톤 패턴의 사용방식\n    3. 멀티 쓰레드 프로그래밍 특징\n"
        "    4. 다중상속을 사용하지 않는 이유\n    5. git의 Staging Area 영역이란\n"
    )
    assert [q.line for q in scan(text).questions] == [4, 5, 6, 7, 8]
    # the noun alone is a sub-heading ("features"), not a prompt
    assert scan("# 정리\n\n- 특징\n- 장단점\n- 역할\n").questions == []


def test_task_box_choices_right_under_a_labelled_question() -> None:
    # "### Question 2" over the question and "- [x] …" / "- [ ] …" with no blank line:
    # the choices stay on their lines, the ticked one is the answer, and the question no
    # longer shows which (it was run into one line, "[x]" and all)
    text = (
        "### Question 1\nWhat kind of transformer model is BERT?\n- [x] Encoder-only model\n"
        "- [ ] Decoder-only model\n\n"
        "### Question 2\nWhat does fine-tuning change?\n- [ ] The tokenizer\n"
        "- [x] The weights\n\n"
        "### Question 3\nWhat is attention for?\n- [ ] Storage\n- [x] Mixing tokens\n"
    )
    found = scan(text)
    assert [(q.text, q.answer) for q in found.questions] == [
        (
            "What kind of transformer model is BERT?\n\n- [ ] Encoder-only model\n"
            "- [ ] Decoder-only model",
            "Encoder-only model",
        ),
        ("What does fine-tuning change?\n\n- [ ] The tokenizer\n- [ ] The weights", "The weights"),
        ("What is attention for?\n\n- [ ] Storage\n- [ ] Mixing tokens", "Mixing tokens"),
    ]


def test_a_set_up_asked_in_lettered_parts() -> None:
    # "A bag contains …: If you draw one ball:" over "a) P(red)", "b) P(not green)", and a
    # solution answering "a) …", "b) …": a question a part, the set-up its scenario
    text = (
        "# Exercise 2\n\n## Problem 1\n\n"
        "A bag contains 4 red, 3 blue and 5 green balls. If you draw one ball:\n"
        "a) P(red)\nb) P(not green)\n\n"
        "<details>\n<summary>Show Solution</summary>\n\nTotal = 12 balls\n\n"
        "**a) P(red) = 4/12 = 1/3**\n\n**b) P(not green) = 7/12**\n\n</details>\n\n"
        "## Problem 2\n\nA group of 3 kids is formed in a class of 15 kids.\n\n"
        "a) In how many ways can you make the group if order does not matter?\n\n"
        "The answer is 455.\n\n"
        "b) In how many ways can you make the group if order matters?\n\nIt is 2730.\n\n"
        "## Problem 3\n\nFor each scenario, which optimizer would you use:\n"
        "a) Small dataset → ?\nb) Sparse data → ?\n\n"
        "## Problem 4\n\nWhich of these is a tree?\na) Oak\nb) Rose\n"
    )
    found = scan(text)
    assert [(q.line, q.text, q.answer) for q in found.questions] == [
        (6, "P(red)", "P(red) = 4/12 = 1/3"),
        (7, "P(not green)", "P(not green) = 7/12"),
        (
            24,
            "In how many ways can you make the group if order does not matter?",
            "The answer is 455.",
        ),
        (28, "In how many ways can you make the group if order matters?", "It is 2730."),
        (
            32,
            "For each scenario, which optimizer would you use:\n\na) Small dataset → ?\n\n"
            "b) Sparse data → ?",
            "",
        ),
        (38, "Which of these is a tree?\n\na) Oak\n\nb) Rose", ""),
    ]
    assert found.questions[0].context.startswith("A bag contains 4 red")
    assert found.questions[2].context == "A group of 3 kids is formed in a class of 15 kids."
    # a few cases asked of one question, and lettered choices, stay one question each
    assert [q.context for q in found.questions[4:]] == ["", ""]
