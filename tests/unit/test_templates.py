"""Mock templates: the shipped ones load, user ones override, broken ones say where."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.core.questions import Difficulty
from interview.core.templates import TemplateError, custom_template, load_templates, parse_template
from interview.mocks import SHIPPED_TEMPLATES, templates_in_order

GOOD = """\
name = "Quick theory"
description = "Two short ones."
minutes = 10

[[slot]]
category = "ml-theory"
count = 2
minutes = 4
tags = ["optimizers"]
difficulty = ["easy", "medium"]
"""


def test_the_shipped_templates_all_load() -> None:
    found = load_templates([SHIPPED_TEMPLATES])
    assert found.problems == []
    names = [t.name for t in templates_in_order(found)]
    assert names[0] == "ML theory rapid-fire"  # shortest first
    assert {
        "phone-screen",
        "ml-theory-rapid-fire",
        "ml-system-design",
        "evaluation-deep-dive",
        "coding-round",
        "onsite-loop",
    } <= set(found.templates)
    phone = found.templates["phone-screen"]
    assert phone.minutes == 30 and phone.total_s == 1800
    rapid = found.templates["ml-theory-rapid-fire"]
    assert rapid.question_count >= 8
    assert {s.category for s in found.templates["onsite-loop"].slots} >= {
        "algorithms",
        "ml-theory",
        "system-design",
        "evaluation",
        "behavioral",
    }


def test_a_template_is_parsed_with_every_field() -> None:
    template = parse_template(GOOD, key="quick")
    assert template.key == "quick" and template.name == "Quick theory"
    [slot] = template.slots
    assert slot.count == 2 and slot.minutes == 4
    assert slot.tags == ("optimizers",)
    assert slot.difficulty == (Difficulty.EASY, Difficulty.MEDIUM)
    assert slot.describe() == "2 x ml-theory (easy, medium, #optimizers, 4 min each)"


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (("minutes = 10", "minutes = 0"), 3, "minutes must be more than 0"),
        (("minutes = 10", "minutes = -5"), 3, "minutes must be more than 0"),
        (("minutes = 4", "minutes = 0"), 8, "slot 1: minutes must be more than 0"),
        (("count = 2", "count = 0"), 7, "count must be a whole number from 1 to 50"),
        (("count = 2", "cuont = 2"), 7, "unknown key 'cuont'; did you mean 'count'?"),
        (('"easy", "medium"', '"easy", "brutal"'), 10, "difficulty 'brutal' is not"),
        (('name = "Quick theory"', 'name = "Quick'), 1, "not valid TOML"),
        (('category = "ml-theory"', 'category = ""'), 6, "slot 1 needs a category"),
    ],
)
def test_a_broken_template_names_the_line_and_the_fix(
    change: tuple[str, str], line: int, message: str
) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(GOOD.replace(*change), key="quick")
    assert message in str(caught.value)
    assert caught.value.line == line


def test_a_broken_file_is_reported_and_the_others_still_load(tmp_path: Path) -> None:
    (tmp_path / "quick.toml").write_text(GOOD)
    (tmp_path / "broken.toml").write_text(GOOD.replace("minutes = 10", "minutes = -1"))
    found = load_templates([tmp_path])
    assert list(found.templates) == ["quick"]
    [problem] = found.problems
    assert str(problem).startswith(f"{tmp_path / 'broken.toml'}:3: error: minutes must be")


def test_a_user_template_overrides_a_shipped_one_of_the_same_name(tmp_path: Path) -> None:
    (tmp_path / "phone-screen.toml").write_text(GOOD)
    found = load_templates([SHIPPED_TEMPLATES, tmp_path])
    assert found.templates["phone-screen"].name == "Quick theory"
    assert "coding-round" in found.templates


def test_a_custom_mock_spreads_the_questions_over_the_categories() -> None:
    template = custom_template(["ml-theory", "evaluation"], count=5, minutes=25)
    assert [(s.category, s.count) for s in template.slots] == [
        ("ml-theory", 3),
        ("evaluation", 2),
    ]
    assert template.total_s == 1500
    # the per-question budgets add up to the mock's total
    assert sum(s.count * (s.minutes or 0) for s in template.slots) == pytest.approx(25)
    with pytest.raises(TemplateError, match="more than 0"):
        custom_template(["ml-theory"], count=2, minutes=0)
    with pytest.raises(TemplateError, match="at least one category"):
        custom_template([], count=2, minutes=10)
