"""Plain data passed between the stages: ingest → clean → analyze → link → render.

Every stage is a function from these dataclasses to these dataclasses, so the CLI, a
notebook, a web app or a distributed runner can call the same functions. Offsets
(`start`, `end`) always point into `Document.text`, the text as read, so that every
finding can be traced back to the exact characters it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Document:
    """Raw input as read: one article's text and what the source said about it."""

    id: str
    path: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    outlet: str | None = None
    format: str = "txt"
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Removed:
    """A span the cleaner or the analyzer set aside, and why: nothing is dropped silently."""

    kind: str  # "duplicate" | "boilerplate" | "foreign" | "truncated"
    start: int
    end: int
    text: str
    reason: str


@dataclass(slots=True)
class Line:
    """A kept body line, possibly re-joined from several source lines.

    `pieces` maps the line's text back to the document: each piece is
    (offset in this line, offset in Document.text, length).
    """

    text: str
    pieces: list[tuple[int, int, int]]

    def source_offset(self, i: int) -> int:
        """Offset in Document.text of character `i` of this line."""
        for local, orig, length in reversed(self.pieces):
            if i >= local:
                return orig + min(i - local, length)
        return self.pieces[0][1]


@dataclass(slots=True)
class CleanDocument:
    """A document after cleaning: the body lines kept, and the trace of what was removed."""

    document: Document
    title: str | None
    lines: list[Line]
    removed: list[Removed]
    language: str | None
    rejoined: int = 0


@dataclass(slots=True)
class Attribution:
    """Who a statement is attributed to, with which cue, and which media are cited."""

    speaker: str | None
    cue: str | None
    direct: bool
    outlets: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)  # relaying outlets in a chain
    speaker_kind: str | None = None  # "person" | "anonymous" | "body" | "outlet" | None
    role: str | None = None  # the title or apposition that came with a named speaker


@dataclass(slots=True)
class Mention:
    """A named entity inside a statement (offsets relative to the statement text)."""

    text: str
    label: str  # PER | ORG | LOC | MISC
    start: int
    end: int
    norm: str = ""  # normalised name: titles stripped


@dataclass(slots=True)
class Amount:
    """A number with its unit, normalised: "13,6 milliards de dollars" → 1.36e10 USD."""

    text: str
    value: float
    unit: str | None
    currency: str | None
    start: int
    end: int


@dataclass(slots=True)
class DateMention:
    """A temporal expression: `value` is YYYY-MM-DD, YYYY-MM or --MM-DD (year unknown)."""

    text: str
    value: str
    start: int
    end: int
    relative: bool = False


@dataclass(slots=True)
class Statement:
    """One body sentence of an article, with what the analysis found in it."""

    id: str
    article: str
    index: int
    text: str
    start: int
    end: int
    hedged: bool = False
    hedge_cues: list[str] = field(default_factory=list)
    attribution: Attribution | None = None
    entities: list[Mention] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """A cleaned, analyzed document: the unit that linking works on."""

    id: str
    path: str
    title: str | None
    language: str | None
    published: str | None
    outlet: str | None
    url: str | None
    statements: list[Statement]
    removed: list[Removed]
    warnings: list[str] = field(default_factory=list)

    def removed_counts(self) -> dict[str, int]:
        counts = {"duplicate_lines": 0, "boilerplate_lines": 0, "foreign_lines": 0}
        for r in self.removed:
            key = f"{r.kind}_lines"
            if key in counts:
                counts[key] += 1
        return counts

    def signals(self) -> dict[str, float]:
        """Shares a reader uses to judge the article at a glance."""
        n = len(self.statements) or 1
        counts = self.removed_counts()
        total_lines = len(self.statements) + sum(counts.values()) or 1
        return {
            "statements": float(len(self.statements)),
            "hedged_share": round(sum(s.hedged for s in self.statements) / n, 3),
            "attributed_share": round(sum(s.attribution is not None for s in self.statements) / n, 3),
            "unattributed_share": round(sum(s.attribution is None for s in self.statements) / n, 3),
            "duplicate_share": round(counts["duplicate_lines"] / total_lines, 3),
            "boilerplate_share": round(counts["boilerplate_lines"] / total_lines, 3),
            "foreign_share": round(counts["foreign_lines"] / total_lines, 3),
        }


@dataclass(slots=True)
class Skipped:
    """An input that could not be read, and what to do about it."""

    path: str
    reason: str


@dataclass(slots=True)
class Story:
    """Articles about the same news event."""

    id: str
    label: str
    articles: list[str]
    copies: list[list[str]] = field(default_factory=list)  # groups of near-duplicate articles


@dataclass(slots=True)
class Origin:
    """A first-known source of a claim; `key` is what makes two descriptions one origin."""

    key: str
    name: str
    kind: str  # "person" | "anonymous" | "body" | "outlet"
    statements: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    """Statements across articles that say the same thing."""

    id: str
    story: str
    text: str
    statements: list[str]
    articles: list[str]
    outlets: list[str]
    origins: list[Origin]
    hedged: bool
    single_origin: bool = False


@dataclass(slots=True)
class DivergenceValue:
    value: str
    articles: list[str]
    statements: list[str]


@dataclass(slots=True)
class Divergence:
    """The same slot (a name, a number, a date) filled differently across articles."""

    id: str
    kind: str  # "name" | "number" | "date"
    about: str
    values: list[DivergenceValue]
    story: str | None = None


@dataclass(slots=True)
class EntityVariant:
    name: str
    articles: list[str]


@dataclass(slots=True)
class Entity:
    """One real-world referent across articles, with the spellings each article uses."""

    id: str
    name: str
    type: str
    variants: list[EntityVariant]
    articles: list[str]


@dataclass(slots=True)
class TimelineEntry:
    date: str
    text: str
    articles: list[str]
    statements: list[str]
    story: str | None = None
    year_inferred: bool = False  # the date had no year; it was placed using the story's other dates
    date_text: str = ""  # the date as written in the first statement


@dataclass(slots=True)
class Linked:
    """What linking finds across articles."""

    stories: list[Story] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    divergences: list[Divergence] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
