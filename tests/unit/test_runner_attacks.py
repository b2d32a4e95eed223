"""Solutions that try to fool the runner into a PASS: none may pass, in bubblewrap or not.

Each attack is a wrong solution (its `add` returns 0) plus a trick that, on the runner
before issue 16, made the tests pass anyway. Every one must now give a run that is not
all passed, on both sandbox paths.
"""

from __future__ import annotations

import pytest

from interview.core import sandbox
from interview.core.runner import Limits, Outcome, RunReport, run_tests

SHORT = Limits(timeout_s=4.0)
TESTS = """\
import math

assert add(1, 2) == 3
assert abs(add(2, 2) - 4) < 1e-9
assert math.isclose(add(0.5, 0.25), 0.75)
"""

BWRAP_WORKS = sandbox.choose(want="auto").kind == sandbox.BWRAP
SANDBOXES = [
    pytest.param(
        "bwrap",
        marks=pytest.mark.skipif(not BWRAP_WORKS, reason="bubblewrap is not usable here"),
    ),
    "none",
]


def run(code: str, kind: str, tests: str = TESTS) -> RunReport:
    report = run_tests(code, tests, limits=SHORT, sandbox=kind)
    assert report.sandbox == kind
    return report


def assert_not_passed(report: RunReport) -> None:
    assert not report.all_passed, report.to_dict()
    assert report.passed < report.total, report.to_dict()


WRONG = "def add(a, b):\n    return 0\n"
EQUAL = "assert add(1, 2) == 3\nassert add(2, 2) == 4\nassert add(5, 5) == 10\n"
ABS = "assert abs(add(1, 2) - 3) < 1e-9\nassert abs(add(2, 2) - 4) < 1e-9\n"
ISCLOSE = "import math\n\nassert math.isclose(add(1, 2), 3)\nassert math.isclose(add(2, 2), 4)\n"
FORGE = """
import json
def forge(write):
    for i in (1, 2, 3):
        write(json.dumps({"kind": "test", "index": i, "line": i, "source": "",
                          "outcome": "passed"}) + "\\n")
    write(json.dumps({"kind": "done"}) + "\\n")
"""

FALSE_PASSES: dict[str, tuple[str, str]] = {
    # the accidental one: a helper named like a builtin the tests use
    "a helper named abs": ("def abs(x):\n    return 0\n\n" + WRONG, ABS),
    # writing the old results file directly, then leaving before the harness writes
    "forged results file and os._exit": (
        WRONG + FORGE + "import os\nforge(open('results.jsonl', 'a').write)\nos._exit(0)\n",
        EQUAL,
    ),
    "forged records on every descriptor": (
        WRONG
        + FORGE
        + """
import os
for fd in range(3, 64):
    try:
        forge(lambda text: os.write(fd, text.encode()))
    except OSError:
        pass
os._exit(0)
""",
        EQUAL,
    ),
    # patching what the harness reports with
    "patched json.dumps": (
        WRONG
        + """
import json
real = json.dumps
def dumps(record, *a, **k):
    if isinstance(record, dict) and record.get("kind") == "test":
        record = dict(record, outcome="passed")
    return real(record, *a, **k)
json.dumps = dumps
""",
        EQUAL,
    ),
    "patched emit in the harness module": (
        WRONG
        + """
import sys
main = sys.modules["__main__"].__dict__
real = main.get("emit")
main["emit"] = lambda handle, record: real(handle, dict(record, outcome="passed"))
""",
        EQUAL,
    ),
    "the harness's emit given new code": (
        WRONG
        + """
import sys
main = sys.modules["__main__"].__dict__
real = main["emit"]
copy = type(real)(real.__code__, main)
def forged(handle, record, copy=copy):
    copy(handle, dict(record, outcome="passed") if record.get("kind") == "test" else record)
real.__code__ = forged.__code__
real.__defaults__ = (copy,)
""",
        EQUAL,
    ),
    "patched builtins": (WRONG + "import builtins\nbuiltins.abs = lambda x: 0\n", ABS),
    "an atexit that reports passes": (
        WRONG
        + FORGE
        + "import atexit\natexit.register(lambda: forge(open('results.jsonl', 'a').write))\n",
        EQUAL,
    ),
    "a thread that reports after the harness": (
        WRONG
        + FORGE
        + """
import os, threading, time
def later():
    while "done" not in open("results.jsonl").read():
        time.sleep(0.01)
    forge(open("results.jsonl", "a").write)
threading.Thread(target=later).start()
""",
        EQUAL,
    ),
    "the harness's emit through sys._getframe": (
        """
import sys
def add(a, b):
    frame = sys._getframe(1)
    while frame is not None:
        space = frame.f_globals
        if "emit" in space and not getattr(space["emit"], "forged", False):
            real = space["emit"]
            space["emit"] = lambda h, r: real(h, dict(r, outcome="passed"))
            space["emit"].forged = True
        frame = frame.f_back
    return 0
""",
        EQUAL,
    ),
    "the harness's emit through a traceback": (
        """
def add(a, b):
    try:
        raise ValueError
    except ValueError as exc:
        frame = exc.__traceback__.tb_frame.f_back
    while frame is not None:
        space = frame.f_globals
        if "emit" in space and not getattr(space["emit"], "forged", False):
            real = space["emit"]
            space["emit"] = lambda h, r: real(h, dict(r, outcome="passed"))
            space["emit"].forged = True
        frame = frame.f_back
    return 0
""",
        EQUAL,
    ),
    "the harness's emit through a gc walk": (
        WRONG
        + """
import gc
for thing in gc.get_objects():
    if isinstance(thing, dict) and callable(thing.get("emit")):
        real = thing["emit"]
        thing["emit"] = lambda h, r, real=real: real(h, dict(r, outcome="passed"))
""",
        EQUAL,
    ),
    "reading tests.py for a lookup table": (
        """
import os, re
ANSWERS = {}
for path in ("tests.py", "/sandbox/tests.py"):
    if os.path.exists(path):
        for a, b, c in re.findall(r"add\\((\\d+), (\\d+)\\) == (\\d+)", open(path).read()):
            ANSWERS[(int(a), int(b))] = int(c)
def add(a, b):
    return ANSWERS.get((a, b), 0)
""",
        EQUAL,
    ),
    "an object whose == is always true": (
        "class Yes:\n    def __eq__(self, other):\n        return True\n"
        "def add(a, b):\n    return Yes()\n",
        EQUAL,
    ),
    "a float subclass whose == is always true": (
        "class Yes(float):\n    def __eq__(self, other):\n        return True\n"
        "    __hash__ = float.__hash__\n"
        "def add(a, b):\n    return Yes(0)\n",
        EQUAL,
    ),
    "lying objects inside a list": (
        "class Yes:\n    def __eq__(self, other):\n        return True\n"
        "def add(a, b):\n    return [Yes(), Yes()]\n",
        "assert add(1, 1) == [1, 1]\nassert add(2, 3) == [2, 3]\n",
    ),
    "patched math.isclose": (WRONG + "import math\nmath.isclose = lambda *a, **k: True\n", ISCLOSE),
    "math.isclose patched during a call": (
        "import math\ndef add(a, b):\n    math.isclose = lambda *a, **k: True\n    return 0\n",
        "import math\n\nassert add(0, 0) == 0\n" + ISCLOSE.split("\n\n", 1)[1],
    ),
    "a fake math in sys.modules": (
        WRONG
        + """
import sys, types
fake = types.ModuleType("math")
fake.isclose = lambda *a, **k: True
sys.modules["math"] = fake
""",
        ISCLOSE,
    ),
}

OTHER_TRICKS = {
    "SystemExit(0) in a call": "def add(a, b):\n    raise SystemExit(0)\n",
    "KeyboardInterrupt in a call": "def add(a, b):\n    raise KeyboardInterrupt\n",
    "a BaseException subclass": (
        "class Out(BaseException):\n    pass\ndef add(a, b):\n    raise Out()\n"
    ),
    "sys.exit(0) while loading": WRONG + "import sys\nsys.exit(0)\n",
    "a trace function": WRONG + "import sys\nsys.settrace(lambda *a: None)\n",
    "a signal handler": WRONG
    + "import signal\nsignal.signal(signal.SIGALRM, lambda *a: None)\n"
    + "signal.setitimer(signal.ITIMER_REAL, 0.01)\n",
    "ctypes": WRONG + "import ctypes\nctypes.memmove(id(0), id(1), 8)\n",
    "crafted bytecode": WRONG
    + "import marshal\nmarshal.loads(marshal.dumps(compile('1', 'x', 'eval')))\n",
    "stealing the next statement": WRONG
    + """
import os
for fd in range(3, 64):
    try:
        os.set_blocking(fd, False)
        os.read(fd, 1 << 20)
    except OSError:
        pass
""",
    "signed-looking answers on every descriptor": WRONG
    + """
import os
line = b"00" * 32 + b" ('x', 'passed', '', '', '', 0.0)\\n"
for fd in range(3, 64):
    try:
        os.write(fd, line * 3)
    except OSError:
        pass
""",
}


@pytest.mark.parametrize("kind", SANDBOXES)
@pytest.mark.parametrize("attack", sorted(OTHER_TRICKS))
def test_other_tricks_do_not_pass_either(attack: str, kind: str) -> None:
    report = run(OTHER_TRICKS[attack], kind)
    assert_not_passed(report)


@pytest.mark.parametrize("kind", SANDBOXES)
@pytest.mark.parametrize("attack", sorted(FALSE_PASSES))
def test_no_trick_makes_a_wrong_solution_pass(attack: str, kind: str) -> None:
    """Each of these made the runner before issue 16 report every test passed."""
    code, tests = FALSE_PASSES[attack]
    report = run(code, kind, tests)
    assert_not_passed(report)
    assert report.outcome is not Outcome.PASSED


@pytest.mark.parametrize("kind", SANDBOXES)
def test_a_right_solution_with_a_helper_named_abs_still_passes(kind: str) -> None:
    code = "def abs(x):\n    return 0\n\ndef add(a, b):\n    return a + b\n"
    report = run(code, kind)
    assert report.all_passed, report.to_dict()


@pytest.mark.parametrize("kind", SANDBOXES)
def test_returned_functions_are_checked_too(kind: str) -> None:
    tests = "inc, dec = make()\nassert inc(1) == 2\nassert dec(1) == 0\n"
    good = "def make():\n    return (lambda x: x + 1), (lambda x: x - 1)\n"
    assert run(good, kind, tests).all_passed
    liar = (
        "class Yes:\n    def __eq__(self, other):\n        return True\n"
        "def make():\n    return (lambda x: Yes()), (lambda x: Yes())\n"
    )
    report = run(liar, kind, tests)
    assert_not_passed(report)
    assert "returned a Yes object" in report.tests[0].message


@pytest.mark.parametrize("kind", SANDBOXES)
def test_the_tests_own_objects_and_callbacks_are_allowed(kind: str) -> None:
    tests = """\
class Node:
    def __init__(self, val, next=None):
        self.val, self.next = val, next

calls = 0
def probe(i):
    global calls
    calls += 1
    return i > 2

a = Node(1, Node(2))
assert last(a) is a.next
assert first_true(probe, 5) == 3 and calls > 0
"""
    code = (
        "def last(node):\n    while node.next:\n        node = node.next\n    return node\n"
        "def first_true(f, n):\n    return next(i for i in range(n) if f(i))\n"
    )
    report = run(code, kind, tests)
    assert report.all_passed, report.to_dict()


@pytest.mark.parametrize("kind", SANDBOXES)
def test_a_cached_or_partial_entry_is_checked_like_a_function(kind: str) -> None:
    cached = "import functools\n@functools.lru_cache\ndef add(a, b):\n    return a + b\n"
    assert run(cached, kind, EQUAL).all_passed
    partial = (
        "import functools\nclass Yes:\n    def __eq__(self, other):\n        return True\n"
        "def liar(a, b, yes):\n    return yes\n"
        "add = functools.partial(liar, yes=Yes())\n"
    )
    assert_not_passed(run(partial, kind, EQUAL))


MORE_LIARS = {
    "cmp_to_key": "import functools\ndef add(a, b):\n    return functools.cmp_to_key(lambda x, y: 0)(0)\n",
    "a weakref proxy": (
        "import weakref\nclass Yes:\n    def __eq__(self, other):\n        return True\n"
        "KEEP = Yes()\ndef add(a, b):\n    return weakref.proxy(KEEP)\n"
    ),
    "a slice of liars": (
        "class Yes:\n    def __eq__(self, other):\n        return True\n"
        "def add(a, b):\n    return slice(Yes())\n"
    ),
    "a generator": "def add(a, b):\n    yield a + b\n",
}


@pytest.mark.parametrize("kind", SANDBOXES)
@pytest.mark.parametrize("attack", sorted(MORE_LIARS))
def test_objects_of_c_types_that_call_back_are_not_plain_either(attack: str, kind: str) -> None:
    tests = EQUAL if attack != "a slice of liars" else "assert add(1, 2) == slice(3)\n"
    report = run(MORE_LIARS[attack], kind, tests)
    assert_not_passed(report)
    assert "returned a" in report.tests[0].message, report.to_dict()


@pytest.mark.parametrize("kind", SANDBOXES)
def test_changing_a_class_or_the_builtins_of_the_tests_through_a_callback_is_noticed(
    kind: str,
) -> None:
    tests = """\
class Point:
    def __init__(self, x):
        self.x = x

def check(value):
    return value

assert apply(check, Point(1)) == Point(2)
assert abs(apply(check, -3)) == 4
"""
    code = """\
def apply(callback, value):
    cls = type(value)
    if cls.__name__ == "Point":
        cls.__eq__ = lambda self, other: True
        return value
    space = callback.__globals__
    fake = dict(space["__builtins__"])
    fake["abs"] = lambda x: 4
    space["__builtins__"] = fake
    return value
"""
    report = run(code, kind, tests)
    assert [t.outcome for t in report.tests] == [Outcome.ERROR, Outcome.ERROR], report.to_dict()
    assert "Point" in report.tests[0].message and "builtins" in report.tests[1].message


@pytest.mark.parametrize("kind", SANDBOXES)
def test_a_flood_on_the_answer_channel_ends_the_run(kind: str) -> None:
    code = WRONG + (
        "import os\nfor fd in range(3, 64):\n    try:\n"
        "        os.set_blocking(fd, False)\n        os.write(fd, b'x' * (1 << 16))\n"
        "    except OSError:\n        pass\n"
        "for _ in range(200):\n    try:\n        os.write(4, b'x' * (1 << 16))\n"
        "    except OSError:\n        pass\n"
    )
    report = run(code, kind, EQUAL)
    assert_not_passed(report)


def test_the_harness_source_fits_its_bootstrap() -> None:
    from interview.core.runner_harness import BOOTSTRAP, HARNESS

    assert "'''" not in HARNESS and not HARNESS.endswith("\\\\")
    compile(BOOTSTRAP.format(source=HARNESS), "harness.py", "exec")
