"""The bank as an Anki deck (`.apkg`), written with genanki, to review on a phone.

One note per question, in a sub-deck per category (`interview::evaluation`). The front
holds the title and the question; the back the model answer, the rubric as a checklist,
the hints and the follow-ups. Markdown becomes HTML, code is highlighted (Pygments,
inline styles, so no stylesheet is needed), and formulas become MathJax (`\\( … \\)`,
`\\[ … \\]`), which Anki renders. Tags and the difficulty become Anki tags; a starred
question gets a red flag (kept when Anki imports scheduling information) and the tag
`starred` (always kept). Each note's GUID comes from the question id, so importing a new
export updates the notes instead of adding copies. Review history and FSRS state stay in
interview: Anki schedules the cards afresh.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from interview.core.questions import Question

DECK_ROOT = "interview"
"""The parent deck; each category is `interview::<category>`."""

STAR_FLAG = 1
"""Anki's red flag marks the questions starred in interview."""

FIELDS = ("Title", "Question", "Answer", "Rubric", "Hints", "FollowUps", "Id")
"""The note type's fields, in order."""

FRONT = """<div class="title">{{Title}}</div>
<div class="question">{{Question}}</div>"""

BACK = """{{FrontSide}}
<hr id="answer">
<div class="answer">{{Answer}}</div>
{{#Rubric}}<div class="section">Rubric</div><div class="rubric">{{Rubric}}</div>{{/Rubric}}
{{#Hints}}<div class="section">Hints</div><div class="hints">{{Hints}}</div>{{/Hints}}
{{#FollowUps}}<div class="section">Follow-ups</div>
<div class="followups">{{FollowUps}}</div>{{/FollowUps}}
<div class="id">{{Id}}</div>"""

CSS = """.card { font-family: sans-serif; font-size: 18px; text-align: left; }
.title { font-weight: bold; font-size: 1.2em; margin-bottom: .5em; }
.section { font-weight: bold; margin-top: 1em; }
.rubric ul { list-style: none; padding-left: .5em; }
.id { color: #888; font-size: .7em; margin-top: 1em; }
pre { overflow-x: auto; padding: .5em; border-radius: 4px; }"""


def _stable_id(text: str) -> int:
    """A positive 63-bit id from a name: the same deck or note type on every export."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big") >> 2


@cache
def _model() -> Any:
    import genanki

    return genanki.Model(
        _stable_id("interview question note type v1"),
        "interview question",
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Question", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
        sort_field_index=0,
    )


@cache
def _markdown() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    def math(content: str, options: dict[str, Any]) -> str:
        body = html.escape(content)
        return f"\\[{body}\\]" if options.get("display_mode") else f"\\({body}\\)"

    md = MarkdownIt("commonmark", {"html": False, "highlight": _highlight}).enable("table")
    md.use(
        dollarmath_plugin, renderer=math, allow_space=True, allow_digits=False, double_inline=True
    )
    return md


def _highlight(code: str, language: str, _attrs: str) -> str:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import TextLexer, get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(language or "text")
    except ClassNotFound:
        lexer = TextLexer()
    return str(highlight(code, lexer, HtmlFormatter(noclasses=True, nowrap=False)))


def to_html(markdown: str) -> str:
    """Markdown as HTML for an Anki field: code highlighted, formulas as MathJax."""
    return str(_markdown().render(markdown)).strip()


def _list(items: Sequence[str], *, checklist: bool = False) -> str:
    if not items:
        return ""
    mark = "☐ " if checklist else ""
    rendered = "".join(f"<li>{mark}{_inline(item)}</li>" for item in items)
    return f"<ul>{rendered}</ul>"


def _inline(markdown: str) -> str:
    """One list item: its HTML without the surrounding paragraph."""
    rendered = to_html(markdown)
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered


def _tag(text: str) -> str:
    """An Anki tag: no spaces (Anki splits tags on them)."""
    return "_".join(text.split())


@dataclass(frozen=True, slots=True)
class DeckReport:
    """What an export wrote."""

    path: Path
    notes: int
    decks: tuple[str, ...]


def write_deck(
    questions: Iterable[Question], out: Path, *, starred: Iterable[str] = ()
) -> DeckReport:
    """Write the questions as an `.apkg` at `out` (replaced whole); returns what it wrote."""
    import genanki

    flagged = set(starred)
    decks: dict[str, Any] = {}
    count = 0
    for question in sorted(questions, key=lambda q: (q.category, q.id)):
        name = f"{DECK_ROOT}::{question.category}"
        deck = decks.get(name)
        if deck is None:
            deck = decks[name] = genanki.Deck(_stable_id(f"deck {name}"), name)
        note = _Note(
            model=_model(),
            fields=[
                html.escape(question.title),
                to_html(question.question),
                to_html(question.answer) if question.answer else "<i>(no model answer yet)</i>",
                _list(question.rubric, checklist=True),
                _list(question.hints),
                _list(question.follow_ups),
                html.escape(question.id),
            ],
            tags=[_tag(t) for t in question.tags]
            + [f"difficulty::{question.difficulty.value}"]
            + (["starred"] if question.id in flagged else []),
            guid=genanki.guid_for(question.id),
        )
        note.flag = STAR_FLAG if question.id in flagged else 0
        deck.add_note(note)
        count += 1
    package = genanki.Package(list(decks.values()))
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(f".{out.name}.partial")
    package.write_to_file(str(temporary))
    temporary.replace(out)
    return DeckReport(out, count, tuple(sorted(decks)))


def _note_class() -> type:
    import genanki

    class FlaggedCard(genanki.Card):  # type: ignore[misc]
        """genanki writes every card unflagged; this one carries the note's flag."""

        def __init__(self, ord: int, flag: int) -> None:
            super().__init__(ord)
            self.flag = flag

        def write_to_db(
            self,
            cursor: Any,
            timestamp: float,
            deck_id: int,
            note_id: int,
            id_gen: Any,
            due: int = 0,
        ) -> None:
            super().write_to_db(cursor, timestamp, deck_id, note_id, id_gen, due)
            if self.flag:
                cursor.execute(
                    "UPDATE cards SET flags = ? WHERE id = last_insert_rowid()", (self.flag,)
                )

    class Note(genanki.Note):  # type: ignore[misc]
        flag = 0

        @property
        def cards(self) -> list[Any]:
            return [FlaggedCard(card.ord, self.flag) for card in super().cards]

    return Note


class _LazyNote:
    """Builds the genanki note class on first use (genanki loads only for an export)."""

    def __call__(self, **kwargs: Any) -> Any:
        return _cached_note_class()(**kwargs)


@cache
def _cached_note_class() -> type:
    return _note_class()


_Note = _LazyNote()
