"""`interview export anki`: the deck, checked by importing it with Anki's own code."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.paths import database_path
from interview.storage.engine import open_database, write_transaction
from tests.cli.test_cli import run
from tests.conftest import question_text, write

anki_collection = pytest.importorskip("anki.collection", reason="the test extra installs anki")

MATH = "The loss is $L = -\\sum_i y_i \\log p_i$ and $$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$"
CODE = "```python\ndef add(a, b):\n    return a + b\n```"


def bank(folder: Path, answer: str = "Use the **chain rule**.") -> Path:
    write(
        folder / "ml-theory" / "loss.md",
        question_text(
            title="Cross-entropy",
            question=MATH,
            answer=answer,
            front="difficulty: easy\ntags: [loss-functions, anki-test]",
        ),
    )
    write(
        folder / "algorithms" / "add.md",
        question_text(
            title="Add two numbers", question="Write add.", answer=CODE, front="tags: [anki-test]"
        ),
    )
    write(
        folder / "evaluation" / "auc.md",
        question_text(title="What is AUC?", front="tags: [anki-test]"),
    )
    return folder


def import_into(collection_path: Path, package: Path) -> object:
    from anki.collection import (
        Collection,
        ImportAnkiPackageOptions,
        ImportAnkiPackageRequest,
    )

    collection = Collection(str(collection_path))
    try:
        collection.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(package),
                # Anki's defaults: update notes and note types "if newer"
                options=ImportAnkiPackageOptions(with_scheduling=True),
            )
        )
        notes = [collection.get_note(nid) for nid in collection.find_notes("")]
        decks = sorted(d.name for d in collection.decks.all_names_and_ids())
        flags = {
            collection.get_note(card.nid)["Id"]: card.flags
            for card in (collection.get_card(cid) for cid in collection.find_cards(""))
        }
        return notes, decks, flags
    finally:
        collection.close()


def test_the_deck_imports_into_anki_and_a_second_export_updates_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = bank(tmp_path / "bank")
    assert run("sync", str(folder)).exit_code == 0
    engine = open_database(database_path())
    with write_transaction(engine) as cursor:
        cursor.execute(
            "INSERT INTO question_user (question_id, starred, note) VALUES ('evaluation/auc', 1, '')"
        )
    engine.dispose()
    deck = tmp_path / "deck.apkg"
    made = run("export", "anki", "--out", str(deck), "--tag", "anki-test")
    assert made.exit_code == 0, made.stderr
    assert "wrote 3 notes in 3 decks" in made.stderr

    collection = tmp_path / "phone.anki2"
    notes, decks, flags = import_into(collection, deck)  # type: ignore[misc]
    assert len(notes) == 3
    assert {"interview::ml-theory", "interview::algorithms", "interview::evaluation"} <= set(decks)
    by_id = {note["Id"]: note for note in notes}
    loss = by_id["ml-theory/loss"]
    assert "\\(L = -\\sum_i y_i \\log p_i\\)" in loss["Question"]  # MathJax, untouched
    assert "\\[\\sigma(z) = \\frac{1}{1 + e^{-z}}\\]" in loss["Question"]
    assert "☐" in loss["Rubric"] and "loss-functions" in loss.tags
    assert "difficulty::easy" in loss.tags
    code = by_id["algorithms/add"]["Answer"]
    assert "<pre" in code and "style=" in code and "add" in code  # highlighted inline
    assert flags["evaluation/auc"] == 1 and flags["ml-theory/loss"] == 0  # a star: red flag
    assert "starred" in by_id["evaluation/auc"].tags and "starred" not in loss.tags

    bank(folder, answer="Use the **chain rule**, edited.")  # the answer changes
    assert run("sync", str(folder)).exit_code == 0
    import time

    later = time.time() + 60  # the export a minute later, as a user's next one would be
    monkeypatch.setattr("genanki.package.time.time", lambda: later)
    assert run("export", "anki", "--out", str(deck), "-t", "anki-test").exit_code == 0
    notes, _, _ = import_into(collection, deck)  # type: ignore[misc]
    assert len(notes) == 3  # updated, not duplicated
    assert "edited" in {n["Id"]: n for n in notes}["ml-theory/loss"]["Answer"]


def test_export_anki_needs_a_match_and_a_file(tmp_path: Path) -> None:
    folder = bank(tmp_path / "bank")
    run("sync", str(folder))
    nothing = run("export", "anki", "--out", str(tmp_path / "d.apkg"), "-t", "no-such-tag")
    assert nothing.exit_code == 1 and "no question matches" in nothing.stderr
    assert not (tmp_path / "d.apkg").exists()
    assert run("export", "anki").exit_code == 2  # --out is required
