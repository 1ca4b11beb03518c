"""The console command ends its process quickly but as a normal exit would be seen.

claimgraph/fast_exit.py skips freeing the heap at the end of ``python -m claimgraph``;
what anyone can observe stays: atexit handlers run, buffered output is flushed,
the exit status is the command's, and a process with another thread exits normally.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# A child that registers an atexit handler, prints without a newline (so the text
# sits in stdout's buffer), and runs ``run_then_exit`` on a command that ends with
# the given exit value.
_CHILD = """
import atexit, sys, threading
from pathlib import Path
from claimgraph.fast_exit import run_then_exit
mark = Path(sys.argv[1]); value = sys.argv[2]; thread = sys.argv[3] == "thread"
atexit.register(lambda: mark.write_text("atexit ran", encoding="utf-8"))
def command():
    if thread:
        stop = threading.Event()
        threading.Thread(target=stop.wait, args=(0.3,)).start()
    print("buffered", end="")
    raise SystemExit(None if value == "none" else int(value) if value.isdigit() else value)
run_then_exit(command)
print("never reached")
"""


@pytest.mark.parametrize(("value", "status"), [("none", 0), ("0", 0), ("3", 3)])
@pytest.mark.parametrize("thread", ["alone", "thread"])
def test_run_then_exit_keeps_status_atexit_and_output(tmp_path: Path, value: str, status: int,
                                                      thread: str) -> None:
    """The exit status, the atexit handlers and buffered stdout are as after a normal exit."""
    mark = tmp_path / "mark.txt"
    done = subprocess.run([sys.executable, "-c", _CHILD, str(mark), value, thread],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == status
    assert done.stdout == "buffered"
    assert mark.read_text(encoding="utf-8") == "atexit ran"


def test_run_then_exit_leaves_a_text_exit_value_to_the_interpreter(tmp_path: Path) -> None:
    """A text exit value is printed on stderr with status 1, as Python does it."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(tmp_path / "m"), "bye", "alone"],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (1, "buffered", "bye\n")


def test_module_command_exits_with_the_error_status(tmp_path: Path) -> None:
    """`python -m claimgraph` on a missing input still says why and exits 1."""
    done = subprocess.run([sys.executable, "-m", "claimgraph", "validate",
                           str(tmp_path / "nothing-here")], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode != 0
    assert "nothing-here" in done.stderr + done.stdout


def test_a_command_run_in_process_keeps_nothing(tmp_path: Path) -> None:
    """Outside run_then_exit (CliRunner here) the CLI's bundle is not kept: no leak per call."""
    from click.testing import CliRunner

    from claimgraph import fast_exit
    from claimgraph.cli import main

    done = CliRunner().invoke(main, ["demo", "--out", str(tmp_path / "out"),
                                     "--outputs", "report-md"])
    assert done.exit_code == 0, done.output
    assert fast_exit._KEPT == []


def test_run_then_exit_keeps_what_it_is_given_to_the_end() -> None:
    """Under run_then_exit a kept value is still alive when the atexit handlers run."""
    code = ("import atexit, weakref; from claimgraph import fast_exit\n"
            "class Big: pass\n"
            "def command():\n"
            "    big = Big(); fast_exit.keep_until_exit(big)\n"
            "    ref = weakref.ref(big)\n"
            "    atexit.register(lambda: print('alive' if ref() is not None else 'freed'))\n"
            "fast_exit.run_then_exit(command)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert (done.returncode, done.stdout) == (0, "alive\n")
