"""The question-file parser: the format, every kind of bad input, line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.core.parser import MAX_FILE_BYTES, ParseResult, parse_bytes, parse_text
from interview.core.questions import Difficulty, Severity, format_duration, parse_duration
from tests.conftest import question_text

FULL = """\
---
id: evaluation/pr-auc-vs-roc-auc
category: evaluation
tags: [metrics, Imbalanced Data]
difficulty: hard
time: 6m
source: original
---
# When is PR-AUC more informative than ROC-AUC?

## Question
Your positives are 0.1% of the data. Which curve do you report?

## Answer
ROC-AUC ignores prevalence; **precision** does not.

```python
## this is code, not a section
print("hi")
```

## Rubric
- Says precision depends on prevalence
- Says ROC-AUC is the probability a positive
  outranks a negative
1. Prefers PR-AUC for rare positives

## Hints
* Think about false positives at scale.

## Follow-ups
+ What about calibration?

## Tests
```python
assert answer() == 42
```

## Notes
Mine only.
"""


def parse(
    text: str, path: str = "/bank/evaluation/q.md", root: str | None = "/bank"
) -> ParseResult:
    return parse_text(text, path=path, bank_root=root)


def messages(result: ParseResult, severity: Severity | None = None) -> list[str]:
    return [p.message for p in result.problems if severity is None or p.severity is severity]


def test_full_file_gives_every_field() -> None:
    result = parse(FULL)
    q = result.question
    assert q is not None
    assert q.id == "evaluation/pr-auc-vs-roc-auc"
    assert q.title == "When is PR-AUC more informative than ROC-AUC?"
    assert q.category == "evaluation"
    assert q.tags == ("metrics", "imbalanced-data")
    assert q.difficulty is Difficulty.HARD
    assert q.time_budget == 360
    assert q.source == "original"
    assert q.question == "Your positives are 0.1% of the data. Which curve do you report?"
    assert "## this is code, not a section" in q.answer
    assert q.answer.startswith("ROC-AUC ignores prevalence")
    assert q.rubric == (
        "Says precision depends on prevalence",
        "Says ROC-AUC is the probability a positive\noutranks a negative",
        "Prefers PR-AUC for rare positives",
    )
    assert q.hints == ("Think about false positives at scale.",)
    assert q.follow_ups == ("What about calibration?",)
    assert q.tests == "```python\nassert answer() == 42\n```"
    assert q.notes == "Mine only."
    assert q.content_hash and len(q.content_hash) == 64
    # only the warning about Tests without entry:
    assert messages(result) == ["a Tests section but no 'entry:'"]


def test_section_lines_are_one_based_file_lines() -> None:
    q = parse(FULL).question
    assert q is not None
    lines = FULL.split("\n")
    for name, heading in [
        ("question", "## Question"),
        ("rubric", "## Rubric"),
        ("notes", "## Notes"),
    ]:
        assert lines[q.section_lines[name] - 1] == heading
    assert q.section_lines["title"] == 9
    assert q.section_lines["id"] == 2


def test_defaults_come_from_the_path_under_the_bank() -> None:
    text = question_text(front="tags: [x]")
    q = parse(text, path="/bank/ml-theory/deep/overfit.md").question
    assert q is not None
    assert q.id == "ml-theory/deep/overfit"
    assert q.category == "ml-theory"
    assert q.difficulty is Difficulty.MEDIUM
    assert q.time_budget == 5 * 60  # the ml-theory default


def test_category_defaults_set_the_time_budget() -> None:
    for category, seconds in [("algorithms", 1200), ("system-design", 1800), ("behavioral", 300)]:
        q = parse(question_text(front=""), path=f"/bank/{category}/q.md").question
        assert q is not None
        assert q.time_budget == seconds


def test_file_at_bank_root_without_category_is_an_error() -> None:
    result = parse(question_text(front="difficulty: easy"), path="/bank/q.md")
    assert result.question is None
    assert "no category" in messages(result, Severity.ERROR)


def test_no_front_matter_at_all_is_fine() -> None:
    text = "# Title\n\n## Question\nWhy?\n\n## Answer\nBecause.\n\n## Rubric\n- A\n"
    q = parse(text).question
    assert q is not None
    assert q.title == "Title"


def test_title_falls_back_to_the_first_sentence_of_the_question() -> None:
    text = question_text(title="", question="Explain dropout. Then say why it helps.")
    q = parse(text).question
    assert q is not None
    assert q.title == "Explain dropout."


def test_section_names_ignore_case_and_spelling_of_follow_ups() -> None:
    text = question_text(extra="## FOLLOW UPS\n- next\n\n## notes:\nmine")
    q = parse(text).question
    assert q is not None
    assert q.follow_ups == ("next",)
    assert q.notes == "mine"


def test_unknown_section_is_kept_and_warned() -> None:
    result = parse(question_text(extra="## References\nA paper."))
    assert result.question is not None
    assert result.question.extra_sections == (("References", "A paper."),)
    [warning] = messages(result, Severity.WARNING)
    assert "unknown section 'References'" in warning


def test_headings_inside_fenced_code_are_text() -> None:
    answer = "Code:\n\n~~~\n## Rubric\n# not a title\n~~~\n\n````md\n## Hints\n````"
    q = parse(question_text(answer=answer)).question
    assert q is not None
    assert "## Rubric" in q.answer and "## Hints" in q.answer
    assert q.rubric == ("Defines overfitting", "Names a validation check")


def test_rich_markup_and_markdown_characters_are_kept_as_text() -> None:
    question = "Is [bold red]this[/] or [@click=app.quit]that[/] *real*? `x[0]`"
    q = parse(question_text(question=question)).question
    assert q is not None
    assert q.question == question


# -- bad input --------------------------------------------------------------------------


def test_empty_file_is_an_error_naming_the_file() -> None:
    for text in ["", "\n\n  \n"]:
        result = parse_bytes(text.encode(), path="/bank/e/empty.md", bank_root="/bank")
        assert result.question is None
        [problem] = result.problems
        assert str(problem).startswith("/bank/e/empty.md: error: file is empty")


def test_bom_and_crlf_are_accepted_and_do_not_change_the_hash() -> None:
    text = question_text()
    plain = parse_bytes(text.encode(), path="/bank/e/q.md", bank_root="/bank")
    windows = parse_bytes(
        b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode(),
        path="/bank/e/q.md",
        bank_root="/bank",
    )
    assert plain.question is not None and windows.question is not None
    assert windows.question == plain.question
    assert windows.problems == []


def test_non_utf8_bytes_name_the_line() -> None:
    data = question_text().encode().replace(b"Explain overfitting", b"Explain \xff overfitting")
    result = parse_bytes(data, path="/bank/e/q.md", bank_root="/bank")
    assert result.question is None
    [problem] = result.problems
    line = data[: data.index(b"\xff")].count(b"\n") + 1
    assert problem.line == line
    assert "not valid UTF-8 (byte 0xff" in problem.message
    assert "UTF-8" in problem.hint


def test_front_matter_that_never_closes() -> None:
    result = parse("---\nid: x\ndifficulty: easy\n# Title\n\n## Question\nWhy?\n")
    assert result.question is None
    [problem] = result.problems
    assert problem.line == 1
    assert "never closes" in problem.message


def test_yaml_list_instead_of_mapping() -> None:
    result = parse("---\n- a\n- b\n---\n# T\n\n## Question\nWhy?\n")
    assert result.question is None
    assert "front matter must be 'key: value' lines, but it is a list" in messages(result)


def test_bad_yaml_names_its_line() -> None:
    result = parse("---\nid: x\ntags: [a, b\ndifficulty: easy\n---\n# T\n\n## Question\nWhy?\n")
    assert result.question is None
    [problem] = result.problems
    assert problem.severity is Severity.ERROR
    assert problem.line is not None and 3 <= problem.line <= 5
    assert problem.message.startswith("front matter is not valid YAML")


def test_tab_indented_yaml_says_to_use_spaces() -> None:
    result = parse("---\ntags:\n\t- a\n---\n# T\n\n## Question\nWhy?\n")
    assert result.question is None
    [problem] = result.problems
    assert problem.line == 3
    assert "tabs" in problem.hint


def test_tabs_in_the_body_are_fine() -> None:
    q = parse(question_text(answer="Columns:\n\ta\tb\n\n```\n\tindented()\n```")).question
    assert q is not None
    assert "\tindented()" in q.answer


def test_unknown_front_matter_key_is_a_warning_on_its_line() -> None:
    result = parse(question_text(front="difficulty: easy\ntgas: [a]"))
    assert result.question is not None
    [problem] = result.problems
    assert (problem.line, problem.severity) == (3, Severity.WARNING)
    assert "unknown front-matter key 'tgas'" in problem.message


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("difficulty: extreme", "difficulty 'extreme' is not one of easy, medium, hard"),
        ("time: 90", "time '90' has no unit"),
        ("time: soon", "'soon' is not a duration"),
        ("time: 0m", "'0m' is not a positive duration"),
        ("time: [1]", "time '[1]' is not a duration"),
        ("tags: {a: 1}", "tags must be a list of words"),
        ("tags: [yes]", "tags must be a list of words"),
        ("id: has space", "id 'has space' contains spaces"),
        ("id: [a]", "'id' must be text, not list"),
        ("category: a/b", "category 'a/b' contains '/'"),
        ("entry: not-a-name", "entry 'not-a-name' is not a Python function name"),
    ],
)
def test_bad_front_matter_values_are_errors_on_their_line(front: str, expected: str) -> None:
    result = parse(question_text(front=front))
    assert result.question is None
    errors = [p for p in result.problems if p.severity is Severity.ERROR]
    assert [p.message for p in errors] == [expected]
    assert errors[0].line == 2
    assert errors[0].hint


def test_missing_question_is_an_error() -> None:
    result = parse("# Title\n\n## Answer\nA.\n")
    assert result.question is None
    assert "no Question section" in messages(result, Severity.ERROR)


def test_empty_question_is_an_error() -> None:
    result = parse("# Title\n\n## Question\n\n## Answer\nA.\n")
    assert result.question is None
    assert "the Question section is empty" in messages(result, Severity.ERROR)


def test_missing_answer_and_rubric_are_warnings() -> None:
    result = parse(question_text(answer="", rubric=()))
    assert result.question is not None
    assert result.question.answer == ""
    assert messages(result, Severity.WARNING) == ["no Answer", "no Rubric"]


def test_guidance_comments_alone_leave_a_section_empty() -> None:
    text = "# T\n\n## Question\nWhy?\n\n## Answer\n<!-- write it -->\n\n## Rubric\n- A\n"
    result = parse(text)
    assert result.question is not None
    assert result.question.answer == ""
    assert messages(result) == ["the Answer section is empty"]


def test_empty_rubric_bullet_is_a_warning_on_its_line() -> None:
    text = "# T\n\n## Question\nWhy?\n\n## Answer\nA.\n\n## Rubric\n- one\n-\n- two\n"
    result = parse(text)
    assert result.question is not None
    assert result.question.rubric == ("one", "two")
    [problem] = result.problems
    assert (problem.line, problem.message) == (11, "empty bullet in Rubric")


def test_rubric_text_outside_a_list_is_warned() -> None:
    text = "# T\n\n## Question\nWhy?\n\n## Answer\nA.\n\n## Rubric\nA paragraph.\n\n- point\n"
    result = parse(text)
    assert result.question is not None
    assert result.question.rubric == ("point",)
    assert "text in Rubric outside a bullet list is ignored" in messages(result)


def test_nested_bullets_belong_to_their_parent_point() -> None:
    text = "# T\n\n## Question\nWhy?\n\n## Answer\nA.\n\n## Rubric\n- parent\n  - child\n- next\n"
    q = parse(text).question
    assert q is not None
    assert q.rubric == ("parent\n- child", "next")


def test_duplicate_section_is_an_error_naming_both_lines() -> None:
    text = "# T\n\n## Question\nWhy?\n\n## Answer\nA.\n\n## Answer\nB.\n"
    result = parse(text)
    assert result.question is None
    [error] = [p for p in result.problems if p.severity is Severity.ERROR]
    assert error.line == 9
    assert "(first at line 6)" in error.message


def test_text_before_the_first_section_is_warned() -> None:
    result = parse("# T\n\nStray words.\n\n## Question\nWhy?\n\n## Answer\nA.\n\n## Rubric\n- a\n")
    assert result.question is not None
    [problem] = result.problems
    assert (problem.line, problem.message) == (3, "text before the first section is ignored")


def test_second_title_is_warned() -> None:
    result = parse(question_text(extra="# Another title"))
    assert result.question is not None
    assert "a second level-1 heading" in messages(result)


def test_entry_without_tests_and_tests_without_entry_are_warned() -> None:
    no_tests = parse(question_text(front="entry: solve"))
    assert "'entry: solve' but no Tests section" in messages(no_tests)
    no_entry = parse(question_text(extra="## Tests\n```python\nassert f() == 1\n```"))
    assert "a Tests section but no 'entry:'" in messages(no_entry)


def test_a_file_over_the_size_limit_is_refused_without_parsing() -> None:
    body = "word " * (5 * 1024 * 1024 // 5)
    data = question_text(answer=body).encode()
    assert len(data) > MAX_FILE_BYTES
    result = parse_bytes(data, path="/bank/e/huge.md", bank_root="/bank")
    assert result.question is None
    [problem] = result.problems
    assert "over the 1 MB limit" in problem.message
    assert problem.hint == "split it into one file per question"


def test_a_large_file_under_the_limit_still_parses() -> None:
    body = "\n\n".join(f"Paragraph {i} with `code` and *emphasis*." for i in range(15000))
    q = parse(question_text(answer=body)).question
    assert q is not None
    assert q.answer.count("Paragraph") == 15000


def test_problems_print_as_path_line_severity_message_hint() -> None:
    result = parse(question_text(front="difficulty: extreme"), path="/bank/e/q.md")
    assert str(result.problems[0]) == (
        "/bank/e/q.md:2: error: difficulty 'extreme' is not one of easy, medium, hard; "
        "write difficulty: easy, medium or hard"
    )


def test_question_round_trips_through_a_dict() -> None:
    from interview.core.questions import Question

    q = parse(FULL).question
    assert q is not None
    assert Question.from_dict(q.to_dict()) == q


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("6m", 360), ("1h", 3600), ("1h30m", 5400), ("2.5m", 150), (" 1H 5S ", 3605)],
)
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


def test_durations_format_back() -> None:
    assert [format_duration(s) for s in (90, 360, 3600, 5400, 3605)] == [
        "1m30s",
        "6m",
        "1h",
        "1h30m",
        "1h5s",
    ]


def test_the_shipped_starter_file_format_doc_example_parses(tmp_path: Path) -> None:
    doc = Path(__file__).parents[2] / "docs" / "question-format.md"
    example = doc.read_text().split("```markdown\n", 1)[1].split("\n```\n", 1)[0]
    result = parse(example)
    assert result.question is not None, result.problems
    assert result.question.id == "evaluation/pr-auc-vs-roc-auc"
