"""`import-md` never raises on any document: documents stitched from the lines of every
layout fixture (shuffled, re-indented, cut) and from arbitrary text. A crash here would
be a traceback for a user who only pointed the importer at a list."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.core.importer import scan

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import_md"
LINES = sorted(
    {
        line
        for path in FIXTURES.glob("*.md")
        for line in path.read_text(encoding="utf-8").splitlines()
    }
)

CI = settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)

fixture_lines = st.lists(
    st.tuples(
        st.sampled_from(LINES),
        st.sampled_from(["", "  ", "    ", "   - ", "1. ", "## ", "**", "> "]),
    ).map(lambda pair: pair[1] + pair[0]),
    max_size=60,
)


@CI
@given(fixture_lines)
def test_scan_never_raises_on_stitched_fixture_lines(lines: list[str]) -> None:
    document = "\n".join(lines)
    found = scan(document)
    count = document.count("\n") + 1
    for question in found.questions:
        assert question.text
        assert 1 <= question.line <= count


@CI
@given(st.text(max_size=400))
def test_scan_never_raises_on_arbitrary_text(document: str) -> None:
    scan(document)
