"""How much of real question lists `interview import-md` finds, and how fast.

    python benchmarks/import_recall.py DIR [--expected COUNTS.json | --labels LABELS.json]

DIR holds Markdown documents (public lists you saved; keep them out of the repository).

COUNTS.json maps a document's path relative to DIR to the number of questions you
counted by reading it: {"some-list/README.md": 102}. Prints, per document: the true
count (when given), found, found as follow-ups, answered, skipped, unplaced, duplicates
and the time to scan; then the totals and the share found. False positives then still
need a reader: compare the questions printed with --show against the document.

LABELS.json says where each question is, so that found, missed, false positives and
answers are counted without a reader:

    {"some-list/README.md": {"questions": [
        {"line": 12, "text": "What is ...?", "answer_end": 20}, ...]}}

`line` is the 1-based line where the question starts, `answer_end` the last line of its
answer (null when the document gives none). A label is found when an imported question
starts on its line (or up to eight lines away with the same words: a heading above its
paragraph; or below a title labelled as its start, which the question carries as its
topic: "### 1) Monty Hall" over the paragraph that asks); found as a follow-up when a
question's follow-up has its words. An imported question no label matches is a false
positive. An answer is right when the imported question ends on `answer_end` (blank
lines, rules and "back to top" links after it aside). Several LABELS.json may be given;
their documents are measured together.

Labels kept in the repository (benchmarks/import_labels/) carry no text of the lists:
where a label has no "text", the words of its line in the copy stand in, and a label's
"line_sha1" (of that line's words) and a document's "sha256" tell whether a copy fetched
again is the one labelled. `--export OUT.json` writes such text-free labels (with each
document's "repo", "path" and "commit", so that it can be fetched again).

The totals are also split by how `import-md` treats each document: a question list is
imported without asking; a document that reads as a guide (its questions and answers a
small share of its lines) is shown to the user, who chooses what to import. A label's
optional "kind" ("list" or "guide", the labeller's judgement) gives a third split, and
an optional "common" (true or false: whether a second reader, blind to the importer,
judged the questions laid out in a common way, one any careful reader finds from markup
and wording alone) a fourth: the issue's target is set on common layouts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from interview.core.importer import _FOLD_MARKUP, _HTML_NAVIGATION, Found, Scan, scan

_WORDS = re.compile(r"[^\W_]+")


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _unnumbered(text: str) -> str:
    """The words of a title without its number ("1) Water and Wine" → "water and wine")."""
    return re.sub(r"^(?:(?:q|question|problem|puzzle)?\s?\d+\s)+", "", _words(text))


def _same_words(label: str, found: str) -> bool:
    a, b = _words(label)[:200], _words(found)[:200]
    return bool(a and b) and fuzz.partial_ratio(a[:120], b) >= 85


def _same_text(label: str, found: str) -> bool:
    """Whether an imported question reads as the labelled one (not cut short, not with
    its answer run into it)."""
    a, b = _words(label), _words(found)
    if not a or not b:
        return a == b
    return fuzz.ratio(a[:200], b[:200]) >= 70 or (
        fuzz.partial_ratio(a[:200], b[:400]) >= 90 and len(b) <= 1.5 * len(a) + 30
    )


def _line_sha1(line: str) -> str:
    return hashlib.sha1(_words(line).encode("utf-8")).hexdigest()[:12]


def _with_text(labels: list[dict[str, Any]], lines: list[str]) -> list[dict[str, Any]]:
    """Labels with a "text": a label kept without one takes the words of its line."""
    out = []
    for label in labels:
        if "text" not in label:
            at = label.get("text_line", label["line"])
            line = lines[at - 1] if 0 < at <= len(lines) else ""
            # the words a reader sees: not the names of HTML tags or a link's target
            line = re.sub(r"<[^>]*>|\]\([^)]*\)", " ", line)
            label = {**label, "text": _words(line)}
        out.append(label)
    return out


def _copy_differs(entry: dict[str, Any], text: str) -> list[str]:
    """What tells that this copy is not the one labelled (empty when it is, or unknown)."""
    if "sha256" not in entry or hashlib.sha256(text.encode("utf-8")).hexdigest() == entry["sha256"]:
        return []
    lines = text.splitlines()
    return [
        f"line {label['line']}"
        for label in entry["questions"]
        if "line_sha1" in label
        and (
            label["line"] > len(lines) or _line_sha1(lines[label["line"] - 1]) != label["line_sha1"]
        )
    ] or ["another copy (the labelled lines still match)"]


def _export(labels: dict[str, Any], folder: Path, out: Path) -> None:
    kept: dict[str, Any] = {}
    for name, entry in sorted(labels.items()):
        path = folder / name
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        lines = text.splitlines()
        fields = ("repo", "path", "commit", "cut", "kind", "common")
        kept[name] = {key: entry[key] for key in fields if key in entry}
        kept[name]["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        kept[name]["questions"] = []
        for label in entry["questions"]:
            kept_label = {
                "line": label["line"],
                "answer_end": label.get("answer_end"),
                "line_sha1": _line_sha1(
                    lines[label["line"] - 1] if label["line"] <= len(lines) else ""
                ),
            }
            # the line where the question's words are, when not on its first line (a
            # "### 3. Title" heading over its "**Q:** …" line)
            words = _words(label.get("text", ""))[:120]
            near = range(label["line"], min(label["line"] + 8, len(lines)) + 1)
            best = max(near, key=lambda at: fuzz.partial_ratio(words, _words(lines[at - 1])))
            if best != label["line"] and fuzz.partial_ratio(
                words, _words(lines[best - 1])
            ) > fuzz.partial_ratio(words, _words(lines[label["line"] - 1])):
                kept_label["text_line"] = best
            kept[name]["questions"].append(kept_label)
    # one question a line, so that a diff of two rounds' labels reads line by line
    text = json.dumps(kept, indent=1, ensure_ascii=False)
    text = re.sub(
        r"\{\n\s+(\"line\": \d+),\n\s+(\"answer_end\": \w+),\n\s+(\"line_sha1\": \"\w+\")"
        r"(?:,\n\s+(\"text_line\": \d+))?\n\s+\}",
        lambda m: "{" + ", ".join(g for g in m.groups() if g) + "}",
        text,
    )
    out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {len(kept)} documents' labels, without their text, to {out}")


def _trailing_noise(line: str) -> bool:
    text = line.strip().lower()
    return (
        not text
        or set(text) <= set("-*_=: ")
        # an empty line of a quote ("> "), which import-md drops from answers
        or set(text) <= set("> ")
        # ('<div align="right">' too: import-md drops a wrapper with attributes as well)
        or bool(
            re.fullmatch(
                r"(?:</?(?:details|div|p|br|hr|article|section)\b[^>]*>\s*|&nbsp;\s*)+", text
            )
        )
        or bool(re.fullmatch(r"<summary>.*</summary>", text))
        # the close of an HTML list or item ("</ul>", "</li>") or the bare opening of the
        # next item ("<li>"), blank once import-md reads the list as Markdown
        or bool(re.fullmatch(r"(?:</(?:ul|ol|li)>\s*|<li>\s*)+", text))
        # an HTML comment ("<!-- item -->"), which import-md drops from answers
        or bool(re.fullmatch(r"<!--.*?-->", text))
        or "back to top" in text
        or text.startswith("[⬆")
        or text.startswith("[↑")
        # a link back into the page ("[Top](#top)"), which import-md drops from answers
        or bool(re.fullmatch(r"(?:[*_\s]*\[[^\]]*\]\(\s*#[^)\s]*\s*\)[*_\s|]*)+", text))
        # the same in HTML ('<a name="q2"></a>', '<a href="…">Back To Questions</a>')
        or bool(_HTML_NAVIGATION.fullmatch(text))
        # a site generator's fold ('{{< /spoiler >}}', "{% enddetails %}"), dropped too
        or bool(_FOLD_MARKUP.fullmatch(text))
    )


def _answer_right(question: Found, answer_end: int | None, lines: list[str]) -> bool:
    if answer_end is None:
        return question.missing_answer
    if question.missing_answer:
        return False
    end = question.end or question.line
    low, high = sorted((end, answer_end))
    return all(_trailing_noise(lines[i - 1]) for i in range(low + 1, high + 1))


def measure(text: str, labels: list[dict[str, Any]]) -> tuple[Scan, dict[str, list[Any]], float]:
    """Match a scan of `text` against its labels."""
    start = time.perf_counter()
    result = scan(text)
    elapsed = (time.perf_counter() - start) * 1000
    lines = text.splitlines()
    labels = _with_text(labels, lines)
    taken: set[int] = set()
    outcome: dict[str, list[Any]] = {
        "found": [],
        "follow_up": [],
        "missed": [],
        "false": [],
        "answer_wrong": [],
        "answer_right": [],
        "text_wrong": [],
    }
    by_line: dict[int, list[int]] = {}
    for i, q in enumerate(result.questions):
        by_line.setdefault(q.line, []).append(i)
    for label in labels:
        # (two questions can share a line: "What is a destructor?What is a friend …?")
        on_line = [i for i in by_line.get(label["line"], []) if i not in taken]
        hit = next(
            (i for i in on_line if _same_words(label["text"], result.questions[i].text)),
            on_line[0] if on_line else None,
        )
        if hit is None or hit in taken:
            hit = next(
                (
                    i
                    for i, q in enumerate(result.questions)
                    if i not in taken
                    and abs(q.line - label["line"]) <= 8
                    and _same_words(label["text"], q.text)
                ),
                None,
            )
        if hit is None or hit in taken:
            # a title over the question, labelled as where it starts ("### 1) Monty Hall"
            # over the paragraph that asks): the question under it that carries the
            # title as its topic is that question
            hit = next(
                (
                    i
                    for i, q in enumerate(result.questions)
                    if i not in taken
                    and 0 < q.line - label["line"] <= 8
                    and any(_words(t) and _words(t) == _unnumbered(label["text"]) for t in q.topics)
                ),
                None,
            )
        if hit is not None and hit not in taken:
            taken.add(hit)
            question = result.questions[hit]
            outcome["found"].append(label)
            if not _same_text(label["text"], question.text):
                outcome["text_wrong"].append((label, question))
            right = _answer_right(question, label.get("answer_end"), lines)
            outcome["answer_right" if right else "answer_wrong"].append((label, question))
            continue
        if any(_same_words(label["text"], f) for q in result.questions for f in q.follow_ups):
            outcome["follow_up"].append(label)
        else:
            outcome["missed"].append(label)
    outcome["false"] = [q for i, q in enumerate(result.questions) if i not in taken]
    return result, outcome, elapsed


def _labelled(args: argparse.Namespace) -> None:
    labels: dict[str, Any] = {}
    for path in args.labels:
        labels.update(json.loads(path.read_text(encoding="utf-8")))
    header = f"{'document':48} {'true':>5} {'found':>6} {'f-up':>5} {'miss':>5} {'false':>6}"
    print(header + f" {'text?':>6} {'ans ok':>7} {'ans bad':>7} {'share':>6} {'ms':>7}")
    keys = ("docs", "true", "found", "follow_up", "missed", "false", "text", "ok", "bad")
    totals = dict.fromkeys(keys, 0)
    # documents imported without asking, and those shown to the user first (guides)
    groups = {"list": dict.fromkeys(keys, 0), "guide": dict.fromkeys(keys, 0)}
    kinds: dict[str, dict[str, int]] = {}  # by the labeller's "kind", when given
    layouts: dict[str, dict[str, int]] = {}  # by a second reader's "common" judgement
    for name in sorted(labels):
        path = args.folder / name
        if not path.exists():
            print(f"{name[:48]:48} (no such file)")
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for where in _copy_differs(labels[name], text):
            print(f"{name[:48]:48} (this copy is not the one labelled: {where})")
        questions = labels[name]["questions"]
        result, outcome, elapsed = measure(text, questions)
        row = {
            "docs": 1,
            "true": len(questions),
            "found": len(outcome["found"]),
            "follow_up": len(outcome["follow_up"]),
            "missed": len(outcome["missed"]),
            "false": len(outcome["false"]),
            "text": len(outcome["text_wrong"]),
            "ok": len(outcome["answer_right"]),
            "bad": len(outcome["answer_wrong"]),
        }
        group = groups["guide" if result.reads_as_guide else "list"]
        kind = kinds.setdefault(str(labels[name].get("kind", "?")), dict.fromkeys(keys, 0))
        common = labels[name].get("common")
        layout = layouts.setdefault(
            "?" if common is None else ("common" if common else "not common"),
            dict.fromkeys(keys, 0),
        )
        for key, value in row.items():
            totals[key] += value
            group[key] += value
            kind[key] += value
            layout[key] += value
        share = f"{100 * result.share:.0f}%" + ("*" if result.reads_as_guide else " ")
        print(
            f"{name[:48]:48} {row['true']:>5} {row['found']:>6} {row['follow_up']:>5} "
            f"{row['missed']:>5} {row['false']:>6} {row['text']:>6} {row['ok']:>7} {row['bad']:>7} "
            f"{share:>6} {elapsed:>7.1f}"
        )
        if args.show:
            for label in outcome["missed"]:
                print(f"    missed {label['line']:>5} {label['text'][:80]!r}")
            for label in outcome["follow_up"]:
                print(f"    f-up   {label['line']:>5} {label['text'][:80]!r}")
            for question in outcome["false"]:
                print(f"    false  {question.line:>5} {question.text[:80]!r}")
            for label, question in outcome["text_wrong"]:
                print(f"    text   {label['line']:>5} {question.text[:80]!r}")
            for label, question in outcome["answer_wrong"]:
                print(
                    f"    answer {label['line']:>5} ends {question.end} "
                    f"(label {label.get('answer_end')}) {label['text'][:50]!r}"
                )
    print("share: the document's lines in questions and answers; * reads as a guide")
    print("total: " + _summary(totals))
    print("read as lists, imported without asking: " + _summary(groups["list"]))
    print("read as guides, shown before writing: " + _summary(groups["guide"]))
    for kind, counts in sorted(kinds.items()):
        if kind != "?":
            print(f'labelled "{kind}": ' + _summary(counts))
    for layout, counts in sorted(layouts.items()):
        if layout != "?":
            print(f"layout judged {layout}: " + _summary(counts))


def _summary(totals: dict[str, int]) -> str:
    imported = totals["found"] + totals["false"]
    return (
        f"{totals['docs']} documents, {totals['found']} found of {totals['true']} "
        f"({100 * totals['found'] / max(totals['true'], 1):.1f}%), "
        f"{totals['follow_up']} as follow-ups, {totals['missed']} missed; "
        f"{totals['false']} false positives of {imported} imported "
        f"({100 * totals['false'] / max(imported, 1):.1f}%); "
        f"{totals['text']} found with the wrong text; "
        f"answers right {totals['ok']} of {totals['ok'] + totals['bad']}"
    )


def _counted(args: argparse.Namespace) -> None:
    expected: dict[str, int] = (
        json.loads(args.expected.read_text(encoding="utf-8")) if args.expected else {}
    )
    header = f"{'document':60} {'true':>5} {'found':>6} {'f-ups':>6} {'answ':>5} "
    print(header + f"{'skip':>5} {'unpl':>5} {'dups':>5} {'ms':>7}")
    totals = [0, 0, 0]
    for path in sorted(args.folder.rglob("*.md")):
        name = str(path.relative_to(args.folder))
        text = path.read_text(encoding="utf-8", errors="replace")
        start = time.perf_counter()
        result = scan(text)
        elapsed = (time.perf_counter() - start) * 1000
        found = len(result.questions)
        follow_ups = sum(len(q.follow_ups) for q in result.questions)
        answered = sum(not q.missing_answer for q in result.questions)
        true = expected.get(name)
        if true is not None:
            totals[0] += true
            totals[1] += found
            totals[2] += follow_ups
        print(
            f"{name[:60]:60} {true if true is not None else '-':>5} {found:>6} "
            f"{follow_ups:>6} {answered:>5} {len(result.skipped):>5} "
            f"{len(result.unplaced):>5} {len(result.duplicates):>5} {elapsed:>7.1f}"
        )
        if args.show:
            for question in result.questions:
                print(f"    {question.line:>5} {question.layout:8} {question.text[:90]!r}")
    if totals[0]:
        share = 100 * totals[1] / totals[0]
        with_follow_ups = 100 * (totals[1] + totals[2]) / totals[0]
        print(
            f"total: {totals[1]} found of {totals[0]} ({share:.1f}%), "
            f"{with_follow_ups:.1f}% counting follow-ups"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--expected", type=Path, help="JSON of true counts per document")
    parser.add_argument("--labels", type=Path, action="append", help="JSON of each question's line")
    parser.add_argument("--show", action="store_true", help="print what went wrong")
    parser.add_argument("--export", type=Path, help="write the labels without text to this file")
    args = parser.parse_args()
    if args.labels and args.export:
        labels: dict[str, Any] = {}
        for path in args.labels:
            labels.update(json.loads(path.read_text(encoding="utf-8")))
        _export(labels, args.folder, args.export)
    elif args.labels:
        _labelled(args)
    else:
        _counted(args)


if __name__ == "__main__":
    main()
