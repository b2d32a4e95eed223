"""Typed answers scored against a question's rubric: which points were made, and where.

A `Grader` takes the rubric points and the answer text and returns, per point, a verdict
(covered, maybe, missed), a score in [0, 1] and the sentence of the answer that supports it.
The screens and the CLI only see this interface, so a stronger grader (a local LLM the user
runs, say) can be added later without touching them.

`FeatureGrader` is the one shipped. For every point it looks at each window of one or two
consecutive sentences of the answer and measures:

- semantic similarity with the point (static embeddings from an `Embedder`; wordllama),
- lexical evidence: how many of the point's key terms the window and the whole answer use
  (stems, plus a fuzzy match for spelling variants), and the weakest part of a multi-part
  point ("states X; notes Y" counts only as well as its worse half),
- numbers: a point that names a number needs it in the answer, within the point's rounding,
- negation: a window that says "not" / "never" where the point does not,
- substance: keyword lists without the words that join them into claims score low.

The answer's length is deliberately not a feature: on the development set it helped (long
answers cover more), but it would mark down a short answer that makes the point exactly.

A logistic model combines the features; its weights and the two thresholds were fitted on
the labelled development set (`tests/data/grading_dev.jsonl`, `benchmarks/grading_eval.py`,
figures in docs/grading.md). Without an embedder the same features minus the semantic ones
give a purely lexical grader (`LexicalGrader`), the baseline it was compared with.

Nothing here imports numpy or wordllama at module level: the model loads only when a
caller asks for it, never on the path to the first screen.
"""

from __future__ import annotations

import itertools
import math
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from rapidfuzz import fuzz

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt


class Verdict(StrEnum):
    """What the grader concluded about one rubric point."""

    COVERED = "covered"
    MAYBE = "maybe"
    """Likely made, shown with its evidence but not ticked."""
    MISSED = "missed"


@dataclass(frozen=True, slots=True)
class PointResult:
    """One rubric point as graded: `index` is 1-based, in rubric order."""

    index: int
    text: str
    verdict: Verdict
    score: float
    evidence: str

    @property
    def covered(self) -> bool:
        return self.verdict is Verdict.COVERED

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "text": self.text,
            "covered": self.covered,
            "verdict": self.verdict.value,
            "score": round(self.score, 3),
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class GradedAnswer:
    """Every rubric point of one answer, graded."""

    points: tuple[PointResult, ...]
    grader: str = ""

    @property
    def covered(self) -> int:
        return sum(1 for p in self.points if p.covered)

    @property
    def maybe(self) -> int:
        return sum(1 for p in self.points if p.verdict is Verdict.MAYBE)

    @property
    def total(self) -> int:
        return len(self.points)

    @property
    def covered_indices(self) -> tuple[int, ...]:
        """0-based indices of the covered points (the practice screen's tick set)."""
        return tuple(p.index - 1 for p in self.points if p.covered)

    def to_dict(self, question_id: str) -> dict[str, Any]:
        return {
            "question": question_id,
            "points": [p.to_dict() for p in self.points],
            "covered": self.covered,
            "total": self.total,
        }


class Grader(Protocol):
    """Anything that grades an answer against rubric points."""

    name: str

    def assess(
        self, rubric: Sequence[str], answer: str, *, category: str | None = None
    ) -> GradedAnswer: ...


class Embedder(Protocol):
    """Sentence embeddings: one L2-normalised row per text."""

    name: str

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]: ...


class GradingError(Exception):
    """The grader cannot run (its model is missing or broken); the message says why."""


# --------------------------------------------------------------------------------------
# Text handling
# --------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9$`*-])|\n\s*\n|\n\s*(?=[-*•]|\d+[.)]\s)"
)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
_NUMBER = re.compile(r"(?<![\w.])[-−]?\d+(?:,\d{3})*(?:\.\d+)?\s*%?")
_NEGATION = frozenset(
    "not no never none nothing neither nor cannot cant isnt arent doesnt dont didnt wasnt "
    "werent wont shouldnt couldnt hasnt havent without".split()
)
_STOPWORDS = frozenset(
    """a an the and or but if then than that this these those there their they them it its
    is are was were be been being of to in on at by for with from as into onto over under
    about so such via per each every any all both either i we you he she my our your his her
    do does did done have has had having can could would should will may might must also
    which who whom whose what when where why how while because since until up down out off
    too very just only more most less least much many other some same own one two very""".split()
)
_RUBRIC_VERBS = frozenset(
    """state states stated explain explains explained mention mentions mentioned give gives
    given name names named note notes noted compute computes computed identify identifies
    describe describes described show shows use uses used correct correctly clear clearly
    e.g eg i.e ie example least optional etc recognise recognises knows know discuss
    discusses derive derives define defines apply applies propose proposes plausible
    specific concrete""".split()
)
_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "θ": "theta",
    "λ": "lambda", "μ": "mu", "σ": "sigma", "τ": "tau", "φ": "phi", "ψ": "psi", "ω": "omega",
    "η": "eta", "ρ": "rho", "π": "pi", "Σ": "sum", "Ψ": "psi", "∑": "sum", "∞": "infinity",
    "≈": " approx ", "≤": " <= ", "≥": " >= ", "×": " x ", "−": "-", "’": "'",
}  # fmt: skip


def normalise(text: str) -> str:
    """Plain lower-case text: LaTeX as Unicode, sub/superscripts as digits, Greek named."""
    if "$" in text or "\\" in text:
        from interview.core.mathtext import plain_math

        text = plain_math(text)
    text = "".join(_GREEK.get(c, c) for c in text)
    # αₘ reads as 'alpha_m', not 'alpham': a subscript is its own token.
    text = "".join(f"_{c}" if "SUBSCRIPT" in unicodedata.name(c, "") else c for c in text)
    text = unicodedata.normalize("NFKC", text)
    return text.replace("`", "").replace("*", "").lower()


def split_sentences(text: str) -> list[str]:
    """The answer's sentences and bullet items, in order, without empty ones."""
    out: list[str] = []
    for chunk in _SENTENCE_END.split(text.strip()):
        for line in chunk.split("\n") if _BULLET.search(chunk) else [chunk]:
            sentence = " ".join(_BULLET.sub("", line).split())
            if sentence:
                out.append(sentence)
    return out


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to match 'sorting' with 'sorts' and 'sorted'."""
    word = word.strip("'.")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("isation", "ization", "ations", "ation", "ities", "ity", "ness", "ments",
                   "ment", "ingly", "ing", "edly", "ed", "ies", "es", "ly", "s", "e"):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix == "ies":
                word += "y"
            break
    return word.replace("is", "iz") if word.endswith("is") else word


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


_OPTIONAL = re.compile(
    r"\([^)]*\)|,?\s*(?<!\w)(?:ideally\b|e\.g\.|eg\b|for example\b|for instance\b|"
    r"such as\b|optionally\b)(?:[^;.]|\.\d)*",
    re.IGNORECASE,
)


def required_text(point: str) -> str:
    """The point without what it only offers as an example or an ideal: parentheses and
    clauses from 'e.g.', 'for example', 'such as', 'ideally' to the end of the clause."""
    return _OPTIONAL.sub("", point).strip() or point


def key_terms(point: str) -> list[str]:
    """The point's content words as stems, without rubric verbs, stopwords and numbers
    (and without its examples: see `required_text`)."""
    seen: dict[str, None] = {}
    for w in words(required_text(point)):
        if w in _STOPWORDS or w in _RUBRIC_VERBS or _is_number(w) or len(w) < 2:
            continue
        seen.setdefault(stem(w), None)
    return list(seen)


def _is_number(word: str) -> bool:
    try:
        float(word.replace(",", ""))
    except ValueError:
        return False
    return True


_PART_SPLIT = re.compile(
    r";\s+|,\s+and\s+|\s+and\s+(?=(?:also\s+)?(?:notes?|states?|explains?|mentions?|calls?|"
    r"returns?|gives?|computes?|names?|checks?|describes?|applies|uses?|requires?|handles?|"
    r"detects?|tests?|shows?|proposes?|reports?|derives?|proactively|what)\b)"
)


def point_parts(point: str) -> list[str]:
    """A multi-part point's parts ('States X; notes Y' gives two); one part otherwise."""
    parts = [p for p in _PART_SPLIT.split(point) if len(key_terms(p)) >= 2]
    return parts or [point]


# --------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    decimals: int
    percent: bool


def numbers(text: str) -> list[Number]:
    """The numbers written in `text` (after LaTeX is made plain), with their precision."""
    out: list[Number] = []
    for m in _NUMBER.finditer(normalise(text)):
        raw = m.group().replace(",", "").replace("−", "-").strip()
        percent = raw.endswith("%")
        raw = raw.rstrip("%").strip()
        try:
            value = float(raw)
        except ValueError:
            continue
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        out.append(Number(value, decimals, percent))
    return out


def significant_numbers(point: str) -> list[Number]:
    """The numbers a point asks for: decimals, percentages and values >= 10 (not the '2' of
    'two forward' or the stage numbers of 'ZeRO-1, -2 and -3')."""
    return [n for n in numbers(point) if n.decimals or n.percent or abs(n.value) >= 10]


def number_matches(wanted: Number, given: Number) -> bool:
    """Whether `given` states `wanted` within the precision either side wrote."""
    candidates = [given.value]
    if wanted.percent != given.percent:
        candidates += [given.value * 100, given.value / 100]
    tolerance = 0.5 * 10 ** (-min(wanted.decimals, given.decimals))
    tolerance = max(tolerance, abs(wanted.value) * 0.005)
    if wanted.decimals > given.decimals and given.decimals == 0 and abs(wanted.value) < 10:
        tolerance = 0.5 * 10 ** (-wanted.decimals) * 2  # '0.05' does not match a bare '0'
    return any(abs(abs(c) - abs(wanted.value)) <= tolerance + 1e-9 for c in candidates)


# --------------------------------------------------------------------------------------
# Features
# --------------------------------------------------------------------------------------

FEATURES: tuple[str, ...] = (
    "sem_best",  # best window's cosine with the point
    "sem_answer",  # whole answer's cosine with the point
    "cov_window",  # share of key terms in the best window
    "cov_answer",  # share of key terms anywhere in the answer
    "cov_parts",  # weakest part's share of key terms (multi-part points)
    "numbers",  # share of the point's numbers stated (1 when it names none)
    "number_missing",  # the point names numbers and some are absent or wrong
    "negated",  # the best window negates where the point does not
    "substance",  # share of function words in the answer (keyword lists score low)
    "fuzzy",  # rapidfuzz token_set_ratio of point and best window, /100
    "story",  # a behavioural question: its points are judged on a story, not on terms
    "story_sem",  # story x sem_best: there meaning counts for more than key terms
    "bias",
)


STORY_CATEGORIES = frozenset({"behavioral", "behavioural"})
"""Categories whose rubric points describe a story's elements ('shows they understood the
other team's priorities'): the fitted model treats them on their own terms."""

_NUMBER_MISSING = FEATURES.index("number_missing")
_NEGATED = FEATURES.index("negated")


@dataclass(frozen=True, slots=True)
class PointFeatures:
    values: tuple[float, ...]
    evidence: str


def _window_texts(sentences: list[str]) -> list[str]:
    windows = list(sentences)
    windows += [f"{a} {b}" for a, b in itertools.pairwise(sentences)]
    return windows


def _term_hits(terms: Sequence[str], stems: set[str], vocabulary: Sequence[str]) -> int:
    hits = 0
    for term in terms:
        if term in stems or (
            len(term) >= 5
            and any(fuzz.ratio(term, s) >= 85 for s in vocabulary if abs(len(s) - len(term)) <= 2)
        ):
            hits += 1
    return hits


def _coverage(terms: Sequence[str], text_words: Sequence[str]) -> float:
    if not terms:
        return 0.0
    vocab = sorted({stem(w) for w in text_words})
    return _term_hits(terms, set(vocab), vocab) / len(terms)


def _number_share(wanted: Sequence[Number], given: Sequence[Number]) -> float:
    found = sum(1 for w in wanted if any(number_matches(w, g) for g in given))
    return found / len(wanted)


def _negates(terms: Sequence[str], point: str, window: Sequence[str]) -> bool:
    """Whether the window puts a negation right before one of the point's key terms
    ('it is not a proper scoring rule') while the point itself negates nothing."""
    if any(w.replace("'", "") in _NEGATION for w in words(point)):
        return False
    key = set(terms)
    for i, w in enumerate(window):
        if w.replace("'", "") in _NEGATION and any(
            stem(v) in key for v in window[i + 1 : i + 1 + _NEGATION_SCOPE]
        ):
            return True
    return False


_NEGATION_SCOPE = 4
"""Words after 'not' that it negates: 'is not a proper scoring rule' reaches 'proper'."""


def point_features(
    point: str,
    answer: str,
    sentences: list[str],
    sem_windows: Sequence[float] | None,
    sem_answer: float | None,
    category: str | None = None,
) -> PointFeatures:
    """The feature vector for one point against one answer (see FEATURES)."""
    windows = _window_texts(sentences) or [answer]
    terms = key_terms(point)
    window_words = [words(w) for w in windows]
    covs = [_coverage(terms, ww) for ww in window_words]
    sems = list(sem_windows) if sem_windows is not None else [0.0] * len(windows)
    wanted = significant_numbers(point)
    window_numbers = [_number_share(wanted, numbers(w)) for w in windows] if wanted else None
    # The evidence: the window that is best on meaning, terms and the point's numbers
    # together; a single sentence wins a tie with the pair containing it (the shorter quote).
    best = max(
        range(len(windows)),
        key=lambda i: (sems[i] + covs[i] + (window_numbers[i] if window_numbers else 0), -i),
    )
    answer_words = [w for ww in window_words[: len(sentences)] for w in ww] or words(answer)
    cov_answer = _coverage(terms, answer_words)
    parts = point_parts(point)
    cov_parts = min(_coverage(key_terms(p), answer_words) for p in parts)

    num_share = _number_share(wanted, numbers(answer)) if wanted else 1.0
    number_missing = 1.0 if wanted and num_share < 1.0 else 0.0

    negated = 1.0 if _negates(terms, point, window_words[best]) else 0.0

    all_words = words(answer)
    substance = sum(1 for w in all_words if w in _STOPWORDS) / len(all_words) if all_words else 0.0
    fuzzy = fuzz.token_set_ratio(normalise(point), normalise(windows[best])) / 100
    story = 1.0 if category in STORY_CATEGORIES else 0.0
    values = (
        sems[best],
        sem_answer or 0.0,
        covs[best],
        cov_answer,
        cov_parts,
        num_share,
        number_missing,
        negated,
        substance,
        fuzzy,
        story,
        story * sems[best],
        1.0,
    )
    evidence = windows[best]
    if best >= len(sentences):  # a pair: quote the sentence of the two that is closer
        i = best - len(sentences)
        evidence = max(
            (sentences[i], sentences[i + 1]),
            key=lambda s: (
                _coverage(terms, words(s)) + (_number_share(wanted, numbers(s)) if wanted else 0.0)
            ),
        )
    return PointFeatures(values, evidence)


# --------------------------------------------------------------------------------------
# Embedders
# --------------------------------------------------------------------------------------


class WordLlamaEmbedder:
    """wordllama's 256-dimension static embeddings, loaded from its own wheel, offline.

    The wheel ships the weights and the tokenizer file, but its loader looks for the
    tokenizer under `<package>/tokenizer/` (the folder is `tokenizers/`) and would then try
    to download it; we hand it a cache folder holding a copy and forbid downloads.
    """

    name = "wordllama-l2-256"

    def __init__(self) -> None:
        try:
            import wordllama
            from wordllama import WordLlama
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise GradingError(f"wordllama is not installed: {exc}") from exc
        package = Path(wordllama.__file__).parent
        shipped = sorted((package / "tokenizers").glob("*.json"))
        if not shipped:  # pragma: no cover
            raise GradingError(f"wordllama's tokenizer file is missing from {package}")
        with tempfile.TemporaryDirectory(prefix="interview-wordllama-") as cache:
            folder = Path(cache) / "tokenizers"
            folder.mkdir()
            for file in shipped:
                shutil.copy(file, folder / file.name)
            try:
                self._model = WordLlama.load(dim=256, cache_dir=Path(cache), disable_download=True)
            except (OSError, ValueError) as exc:
                raise GradingError(f"cannot load wordllama's model: {exc}") from exc

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        import numpy as np

        vectors: npt.NDArray[np.float32] = np.asarray(
            self._model.embed(list(texts), norm=True), dtype=np.float32
        )
        return vectors


def _read_safetensors_table(path: Path, key: str) -> npt.NDArray[np.float16]:
    """One float16 matrix from a .safetensors file, read straight into its array (the
    format: an 8-byte little-endian header size, a JSON header, then the raw tensors).
    Reading it this way skips the intermediate copy safetensors' own loader makes."""
    import json
    import struct

    import numpy as np

    with path.open("rb") as handle:
        (size,) = struct.unpack("<Q", handle.read(8))
        header = json.loads(handle.read(size))
    meta = header[key]
    if meta["dtype"] != "F16" or len(meta["shape"]) != 2:
        raise ValueError(f"{key} is {meta['dtype']} {meta['shape']}, not a float16 matrix")
    start, end = meta["data_offsets"]
    rows, cols = meta["shape"]
    if end - start != rows * cols * 2:
        raise ValueError(f"{key}: its offsets do not match its shape")
    table = np.fromfile(path, dtype=np.float16, count=rows * cols, offset=8 + size + start)
    return table.reshape(rows, cols)


class WheelEmbedder:
    """The same wordllama model, read straight from the files its wheel ships, without
    importing wordllama or safetensors: the tokenizer file and the 256-dimension token
    table (kept in the file's float16: 16 MB), mean-pooled over a text's tokens and
    L2-normalised, which is what `WordLlamaInference.embed(norm=True)` computes. It saves
    the ~19 MB that importing wordllama (and requests) costs and half the table, for the
    same vectors (tests/unit/test_grading.py compares the two)."""

    name = "wordllama-l2-256"

    def __init__(self) -> None:
        import importlib.util

        from tokenizers import Tokenizer

        spec = importlib.util.find_spec("wordllama")  # finds the folder, runs nothing
        if spec is None or not spec.submodule_search_locations:
            raise GradingError("wordllama is not installed: pip install wordllama")
        package = Path(next(iter(spec.submodule_search_locations)))
        weights = package / "weights" / "l2_supercat_256.safetensors"
        tokenizer = package / "tokenizers" / "l2_supercat_tokenizer_config.json"
        try:
            self._tokenizer = Tokenizer.from_file(str(tokenizer))
            self._table = _read_safetensors_table(weights, "embedding.weight")
        except Exception as exc:  # a damaged or missing file: say which
            raise GradingError(f"cannot load wordllama's model from {package}: {exc}") from exc
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        import numpy as np

        table = self._table
        out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
        encoded = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        for i, enc in enumerate(encoded):
            ids = np.clip(np.asarray(enc.ids, dtype=np.int64), 0, table.shape[0] - 1)
            if len(ids):
                out[i] = table[ids].astype(np.float32).mean(axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        out /= np.maximum(norms, 1e-12)
        return out


# --------------------------------------------------------------------------------------
# Graders
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Calibration:
    """A fitted logistic model over FEATURES and its two thresholds."""

    weights: tuple[float, ...]
    covered: float
    """Probability from which a point is ticked."""
    maybe: float
    """Probability from which an unticked point is shown as 'maybe'."""


# BEGIN CALIBRATION (written by `benchmarks/grading_eval.py --fit`; do not edit by hand)
SEMANTIC_CALIBRATION = Calibration(
    weights=(
        7.6162,  # sem_best
        -3.1113,  # sem_answer
        0.8828,  # cov_window
        3.3061,  # cov_answer
        0.2991,  # cov_parts
        3.0131,  # numbers
        0.0031,  # number_missing
        -0.4969,  # negated
        5.0910,  # substance
        4.1045,  # fuzzy
        2.4865,  # story
        -2.1993,  # story_sem
        -11.2327,  # bias
    ),
    covered=0.4664,
    maybe=0.1123,
)
LEXICAL_CALIBRATION = Calibration(
    weights=(
        0.0000,  # sem_best
        0.0000,  # sem_answer
        1.1424,  # cov_window
        4.0288,  # cov_answer
        0.6991,  # cov_parts
        3.3125,  # numbers
        0.2162,  # number_missing
        -0.4033,  # negated
        5.2262,  # substance
        7.0735,  # fuzzy
        1.5767,  # story
        0.0000,  # story_sem
        -11.5302,  # bias
    ),
    covered=0.5044,
    maybe=0.1336,
)
# END CALIBRATION


def probability(values: Sequence[float], weights: Sequence[float]) -> float:
    z = sum(v * w for v, w in zip(values, weights, strict=True))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


class FeatureGrader:
    """Semantic and lexical evidence combined by a fitted logistic model (see module doc)."""

    def __init__(self, embedder: Embedder | None, calibration: Calibration | None = None) -> None:
        self.embedder = embedder
        if calibration is None:
            calibration = SEMANTIC_CALIBRATION if embedder else LEXICAL_CALIBRATION
        self.calibration = calibration
        self.name = embedder.name if embedder else "lexical"

    def features(
        self, rubric: Sequence[str], answer: str, category: str | None = None
    ) -> list[PointFeatures]:
        """One feature vector per rubric point (what the fitting script learns from)."""
        sentences = split_sentences(answer)
        windows = _window_texts(sentences) or [answer]
        sem_windows: list[list[float]] | None = None
        sem_answer: list[float] | None = None
        if self.embedder is not None and rubric:
            points_plain = [normalise(p) for p in rubric]
            matrix = self.embedder.embed([*points_plain, *windows, answer])
            p_vecs = matrix[: len(rubric)]
            w_vecs = matrix[len(rubric) : len(rubric) + len(windows)]
            a_vec = matrix[-1]
            sem_windows = (p_vecs @ w_vecs.T).tolist()
            sem_answer = (p_vecs @ a_vec).tolist()
        return [
            point_features(
                point,
                answer,
                sentences,
                sem_windows[i] if sem_windows is not None else None,
                sem_answer[i] if sem_answer is not None else None,
                category,
            )
            for i, point in enumerate(rubric)
        ]

    def assess(
        self, rubric: Sequence[str], answer: str, *, category: str | None = None
    ) -> GradedAnswer:
        """Grade `answer` against `rubric`; `category` is the question's (it selects the
        behavioural calibration)."""
        if not answer.strip():
            return GradedAnswer(
                tuple(PointResult(i, p, Verdict.MISSED, 0.0, "") for i, p in enumerate(rubric, 1)),
                self.name,
            )
        results = []
        cal = self.calibration
        for i, (point, feats) in enumerate(
            zip(rubric, self.features(rubric, answer, category), strict=True), 1
        ):
            p = probability(feats.values, cal.weights)
            # Hard rules on top of the fitted model: a point that names a number is not
            # made without it (or with a wrong one), and a sentence that negates the
            # point does not make it. Either caps the verdict at 'maybe'.
            gated = feats.values[_NUMBER_MISSING] > 0 or feats.values[_NEGATED] > 0
            if gated:  # the score shown stays inside the 'maybe' band it was capped to
                p = min(p, cal.covered - 0.01)
            if p >= cal.covered:
                verdict = Verdict.COVERED
            elif p >= cal.maybe:
                verdict = Verdict.MAYBE
            else:
                verdict = Verdict.MISSED
            evidence = feats.evidence if verdict is not Verdict.MISSED else ""
            results.append(PointResult(i, point, verdict, p, evidence))
        return GradedAnswer(tuple(results), self.name)


def LexicalGrader() -> FeatureGrader:
    """The rapidfuzz-and-stems baseline: no model to load."""
    return FeatureGrader(None)


_DEFAULT: FeatureGrader | None = None


def default_grader() -> FeatureGrader:
    """The shipped grader, its model loaded once per process (call it off the UI thread)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = FeatureGrader(WheelEmbedder())
    return _DEFAULT


@dataclass(frozen=True, slots=True)
class FollowUp:
    """What a mock interviewer asks next: a prompt aimed at one point not yet made."""

    point: int
    """1-based index of the rubric point it targets."""
    prompt: str
    source: str
    """'follow-up' or 'hint': where the prompt comes from in the question file."""


def choose_follow_up(
    graded: GradedAnswer, hints: Sequence[str], follow_ups: Sequence[str]
) -> FollowUp | None:
    """The follow-up (or hint) that best targets the most important point not made.

    Rubrics list their points roughly by importance, so the first missed point is the
    target (a 'maybe' point only when none is missed outright). The prompt is the
    question's follow-up or hint sharing most key terms with that point (rapidfuzz's
    token-set ratio breaks ties); with no overlap at all, the first hint, else the first
    follow-up. None when every point is covered or the question has neither.
    """
    missed = [p for p in graded.points if p.verdict is Verdict.MISSED]
    likely = [p for p in graded.points if p.verdict is Verdict.MAYBE]
    targets = missed or likely
    candidates = [(text, "follow-up") for text in follow_ups] + [(text, "hint") for text in hints]
    if not targets or not candidates:
        return None
    target = targets[0]
    terms = key_terms(target.text)
    point_text = normalise(target.text)

    def fit(candidate: tuple[str, str]) -> tuple[float, float]:
        text = candidate[0]
        return (
            _coverage(terms, words(text)),
            fuzz.token_set_ratio(point_text, normalise(text)) / 100,
        )

    best = max(candidates, key=fit)
    if fit(best)[0] == 0:
        best = (hints[0], "hint") if hints else (follow_ups[0], "follow-up")
    return FollowUp(target.index, best[0], best[1])
