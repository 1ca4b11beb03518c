"""What every command shares: the consoles, the one-line error exit, progress, --outputs.

Kept apart from cli.py so the command modules (cli.py, cli_sparql.py) use
one copy of each.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import click

from claimgraph.graph.errors import UnknownFormatError
from claimgraph.terminal import SafeConsole, styled

# rich's progress display (~0.003 s of start-up) is imported by the commands that show
# one: `claimgraph extract` draws its bar through ingest/extract.py, only on a terminal.
if TYPE_CHECKING:
    from rich.progress import Progress, ProgressColumn

err_console = SafeConsole(stderr=True, soft_wrap=True)
console = SafeConsole()


def fail(message: str, hint: str = "", code: int = 1) -> None:
    """Print ``error: message`` and the hint on stderr; exit with ``code``."""
    err_console.print(styled("error:", "bold red", message))
    if hint:
        err_console.print(f"hint: {hint}", highlight=False, markup=False)
    sys.exit(code)


def progress(*columns: ProgressColumn) -> Progress:
    """Return a transient progress display on stderr, drawn only when stderr is a terminal.

    Piped or captured stderr (a log, the tests) gets no progress lines at all,
    not even the blank line rich leaves behind otherwise.
    """
    from rich.progress import Progress, TimeElapsedColumn

    return Progress(*(columns or Progress.get_default_columns()), TimeElapsedColumn(),
                    console=err_console, transient=True, disable=not err_console.is_terminal)


@contextlib.contextmanager
def stage(description: str) -> Iterator[None]:
    """Show a spinner and the elapsed time while one stage (load, compare, ...) runs."""
    from rich.progress import SpinnerColumn, TextColumn

    with progress(SpinnerColumn(), TextColumn("{task.description}")) as display:
        display.add_task(description, total=None)
        yield


def outputs_option(default: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Return the --outputs option of a command whose default group is ``default``."""

    def parse(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
        # Imported here: the exporters are only needed by a command that writes outputs.
        from claimgraph import api
        from claimgraph.exports.base import EXPORTERS

        valid = api.output_names("all")
        if value is None:
            return api.output_names(default)
        names = [n.strip() for n in value.split(",") if n.strip()]
        if not names:
            raise click.BadParameter(f"expected a comma list of outputs from: "
                                     f"{', '.join(valid)}; got nothing")
        chosen: list[str] = []
        for name in names:
            try:
                canonical = EXPORTERS.canonical(name)
            except UnknownFormatError as err:
                raise click.BadParameter(f"expected output names from: {', '.join(valid)}; got "
                                         f"{name!r} (hint: claimgraph formats lists them)") \
                    from err
            if canonical not in chosen:
                chosen.append(canonical)
        return tuple(chosen)

    which = "every output" if default == "all" else "the graph and its RDF"
    return click.option("--outputs", default=None, callback=parse, metavar="NAME,...",
                        help=f"Outputs to write, as a comma list (default: {which}; "
                             f"'claimgraph formats' lists the names).")
