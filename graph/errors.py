"""One root exception and located problems.

Every error names the place (file:line), what was expected, what was found
and a hint, so a user can fix the input without reading our code.  Loaders
collect :class:`Problem` values and raise :class:`ValidationError` with all
of them at once, so a user sees every mistake in one run.
"""

from __future__ import annotations

from dataclasses import dataclass


class ClaimGraphError(Exception):
    """Root of every error claimgraph raises on purpose."""


class ValidationError(ClaimGraphError, ValueError):
    """Input that does not follow the claim, vocabulary or sources format."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(sorted(problems, key=Problem.sort_key))
        super().__init__("\n".join(str(p) for p in self.problems))


class UnknownFormatError(ClaimGraphError, ValueError):
    """A format name that no registry knows."""


class UnsafePathError(ClaimGraphError, ValueError):
    """A path built from input (a source id) that would leave the output folder."""


class NotFoundError(ClaimGraphError, KeyError):
    """A name (an entity, a conflict) that the claims or the comparison do not hold.

    A KeyError (so a LookupError) for callers that catch those; printed as
    its message, not as KeyError's quoted repr.

    >>> print(NotFoundError("no entity named 'x' (hint: check the spelling)"))
    no entity named 'x' (hint: check the spelling)
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class InputFileError(ClaimGraphError, OSError):
    """A file that cannot be read at all (missing, binary, not UTF-8).

    Carries the located :class:`Problem` when there is one, so loaders can
    list it with the rest.
    """

    def __init__(self, problem: Problem | str) -> None:
        self.problem = problem if isinstance(problem, Problem) else None
        super().__init__(str(problem))


@dataclass(frozen=True, slots=True)
class Problem:
    """A located problem in user input.

    >>> print(Problem("claims.yaml", 3, "a known predicate", "'causez'",
    ...               "did you mean 'causes'?"))
    claims.yaml:3: expected a known predicate, got 'causez' (hint: did you mean 'causes'?)
    """

    file: str
    line: int | None
    expected: str
    got: str
    hint: str = ""
    severity: str = "error"

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    def sort_key(self) -> tuple[str, int, str]:
        return (self.file, self.line or 0, self.expected)

    def __str__(self) -> str:
        text = f"{self.where}: expected {self.expected}, got {self.got}"
        return f"{text} (hint: {self.hint})" if self.hint else text
