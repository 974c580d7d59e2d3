"""Plain, immutable value types shared by the engine, rules and reporters.

Positions stay character offsets into the original text until a reporter
turns them into lines and columns (see ``lint.lines``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


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


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open range of character offsets into a document's original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``span`` with ``replacement`` (empty replacement deletes)."""

    span: Span
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A set of non-overlapping edits applied together, or not at all."""

    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.SAFE
    title: str = ""

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.edits, key=lambda e: (e.span.start, e.span.end)))
        for before, after in zip(ordered, ordered[1:]):
            if before.span.end > after.span.start:
                raise ValueError("fix edits overlap")
        object.__setattr__(self, "edits", ordered)

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


@dataclass(frozen=True, slots=True)
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


@dataclass(slots=True)
class FileProblem:
    """An input, config or internal error tied to one file (exit status 2)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(slots=True)
class FileResult:
    """Everything one file produced, small enough to cross process borders."""

    path: str
    text: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    fixed: int = 0
    failing: int = 0  # diagnostics at or above the file's fail-on level
    notices: list[str] = field(default_factory=list)
    diff: str = ""
