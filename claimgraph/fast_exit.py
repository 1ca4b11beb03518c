"""End the ``claimgraph`` process once a command is done, without tearing down its heap.

After ``claimgraph compare`` of 100 k claims the process holds millions of
objects (claims, statements, the report, the views the writers kept).  A
normal interpreter exit frees them one by one, runs a last full collection
over all of them and unloads every module: about 0.8 s of CPU that changes
nothing on disk.  :func:`run_then_exit` does what the interpreter does on
the way out that anyone can see, in the same order (wait for threads,
``atexit`` handlers such as the regex cache's save in ingest/re_cache.py,
then flush stdout and stderr), and then ends the process with
``os._exit``, which leaves the freeing to the operating system.

Only for the console command (``python -m claimgraph``, the ``claimgraph``
script): a library call never ends the process.  Whenever the quick way
could differ from a normal exit (another thread still running, an exit
value that is not a number, a stream that cannot be flushed), the normal
exit runs instead, so the worst case is the old cost, never lost output.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from collections.abc import Callable
from typing import NoReturn

# What the command asked to keep until the process ends (see keep_until_exit), and
# whether a quick exit is coming at all (only under run_then_exit).
_KEPT: list[object] = []
_ENDING = False


def keep_until_exit(value: object) -> None:
    """Keep ``value`` alive to the end of a process that :func:`run_then_exit` ends.

    Dropping the last reference to a large result (a bundle of 100 k claims
    with the views its writers made) frees it object by object, 0.4 s the
    quick exit would otherwise save.  Outside ``run_then_exit`` (a test's
    CliRunner, a program calling the command) nothing is kept.
    """
    if _ENDING:
        _KEPT.append(value)


def run_then_exit(command: Callable[[], object]) -> NoReturn:
    """Run ``command`` (a click command in standalone mode), then end the process quickly.

    Raises:
        SystemExit: where the quick exit does not apply (see the module's docstring),
            with the command's exit value, so the interpreter exits as usual.
    """
    global _ENDING
    _ENDING = True
    try:
        command()
        code: object = 0
    except SystemExit as done:
        code = 0 if done.code is None else done.code
    # An error other than SystemExit propagates: the usual traceback and exit status.
    if type(code) is not int or threading.active_count() > 1:
        raise SystemExit(code)
    atexit._run_exitfuncs()  # each handler once; one that raises is reported, the rest run
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # a closed pipe, say: the interpreter's own report of it
        raise SystemExit(code) from None
    os._exit(code)
