"""Plain, immutable value types shared by the engine, rules and reporters.

Named tuples (``lint.support.records``) and slotted classes rather than
dataclasses: every run builds these classes at start-up, and dataclass
generation costs milliseconds.

Positions stay character offsets into the original text until a reporter
turns them into lines and columns (see ``lint.support.lines``).
"""

from __future__ import annotations

import enum

from lint.support.records import record


class Severity(enum.IntEnum):
    """How serious a diagnostic is; ordered so that ``ERROR > INFO``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


class Applicability(enum.Enum):
    """When a fix may be applied (ruff's model)."""

    SAFE = "safe"  # applied by --fix
    UNSAFE = "unsafe"  # applied only with --unsafe-fixes
    DISPLAY = "display"  # shown, never applied

    def __str__(self) -> str:
        return self.value


@record
class _SpanFields:
    start: int
    end: int


class Span(_SpanFields):
    """Half-open range of character offsets into a document's original text."""

    __slots__ = ()

    def __new__(cls, start: int, end: int) -> Span:
        if not 0 <= start <= end:
            raise ValueError(f"bad span {start}..{end}")
        return super().__new__(cls, start, end)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@record
class Edit:
    """Replace ``span`` with ``replacement`` (empty replacement deletes)."""

    span: Span
    replacement: str


@record
class _FixFields:
    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.SAFE
    title: str = ""


class Fix(_FixFields):
    """A set of non-overlapping edits applied together, or not at all."""

    __slots__ = ()

    def __new__(cls, edits, applicability: Applicability = Applicability.SAFE, title: str = "") -> Fix:
        ordered = tuple(sorted(edits, key=lambda e: (e.span.start, e.span.end)))
        for before, after in zip(ordered, ordered[1:]):
            if before.span.end > after.span.start:
                raise ValueError("fix edits overlap")
        return super().__new__(cls, ordered, applicability, title)

    @property
    def span(self) -> Span:
        """The smallest span covering every edit."""
        return Span(self.edits[0].span.start, self.edits[-1].span.end)

    def at_most(self, applicability: Applicability) -> Fix:
        """Return this fix demoted to ``applicability`` if it is stricter."""
        rank = {Applicability.SAFE: 0, Applicability.UNSAFE: 1, Applicability.DISPLAY: 2}
        if rank[self.applicability] >= rank[applicability]:
            return self
        return Fix(self.edits, applicability, self.title)


@record
class Diagnostic:
    """One finding: which rule, where, how serious, what to do about it."""

    code: str
    name: str
    severity: Severity
    message: str
    span: Span
    fix: Fix | None = None
    help: str | None = None

    def sort_key(self) -> tuple[int, int, str]:
        return (self.span.start, self.span.end, self.code)


class FileProblem:
    """An input, config or internal error tied to one file (exit status 2)."""

    __slots__ = ("path", "message")

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FileProblem) and (self.path, self.message) == (other.path, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.message))

    def __repr__(self) -> str:
        return f"FileProblem({self.path!r}, {self.message!r})"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class FileResult:
    """Everything one file produced, small enough to cross process borders."""

    __slots__ = ("path", "text", "diagnostics", "problems", "fixed", "failing", "notices", "diff")

    def __init__(self, path: str, text: str | None = None, diagnostics: list[Diagnostic] | None = None,
                 problems: list[FileProblem] | None = None, fixed: int = 0, failing: int = 0,
                 notices: list[str] | None = None, diff: str = "") -> None:
        self.path = path
        self.text = text
        self.diagnostics = diagnostics if diagnostics is not None else []
        self.problems = problems if problems is not None else []
        self.fixed = fixed
        self.failing = failing  # diagnostics at or above the file's fail-on level
        self.notices = notices if notices is not None else []
        self.diff = diff

    def __repr__(self) -> str:
        return (f"FileResult({self.path!r}, diagnostics={len(self.diagnostics)}, "
                f"problems={len(self.problems)}, fixed={self.fixed})")
