"""Write files atomically, and whole sets of outputs into a folder all at once.

A crash or an error half-way must never leave a truncated file behind, and
users diff outputs, so every writer goes through :func:`write_atomic`.
Paths built from input go through :func:`path_inside` first.

A run writes several files into one ``--out`` folder; :func:`publish` makes
them appear together (see its docstring for the protocol): two runs on one
folder take a lock, a run killed half-way is finished by the next one, and
nothing in the folder but the files a run writes is ever touched, so a
person's notes can live beside the outputs.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import ClaimGraphError, UnsafePathError

LOCK_NAME = ".claimgraph.lock"
STAGING_PREFIX = ".claimgraph-"
# Staging folders are ours only by this shape (mkdtemp's 8 characters): a
# person's ".claimgraph-notes" folder is never touched.
_STAGING = re.compile(r"\.claimgraph-[a-z0-9_]{8}")
_JOURNAL = "publish.json"
_NEW, _OLD = "new", "old"
_held: set[Path] = set()  # locks this process holds, told apart from a reused pid


class OutputLockedError(ClaimGraphError, FileExistsError):
    """Another run is writing into the same output folder."""


class OutputError(ClaimGraphError, OSError):
    """An output folder that cannot be written (read-only, full, a file)."""


def write_atomic(path: Path | str, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` via a temp file in the same folder and a rename.

    Text is written as UTF-8. The file gets the permissions a plain ``open``
    would give it: it is created with mode 0666 and the kernel applies the
    process's umask, so the umask is never read or changed (a library call
    leaves the process as it found it; mkstemp's 0600 is meant for secrets).
    """
    return write_chunks_atomic(path, (data.encode("utf-8") if isinstance(data, str) else data,))


def write_chunks_atomic(path: Path | str, chunks: Iterable[bytes]) -> Path:
    """Write the bytes ``chunks`` make, in order, to ``path`` as :func:`write_atomic` does.

    For outputs of hundreds of MB made piece by piece (the RDF files): each
    chunk goes to the file as it comes, so the whole file never exists as
    one bytes object (at 100 k claims, joining the 380 MB of N-Quads cost
    0.7 s of page faults and copying, and as much memory again).  An error
    while the chunks are made leaves no file, as with ``write_atomic``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_temp(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _create_temp(path: Path) -> tuple[int, str]:
    """Create a new temp file beside ``path`` with mode 0666 less the umask; return (fd, name)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"{path.parent}: no free temporary name after 100 tries")


def path_inside(root: Path | str, *parts: str) -> Path:
    """Return ``root/parts``, proven to resolve inside ``root``.

    Parts come from input (a source id names its claims file), so ``..``,
    an absolute part or a symlink along the way could point anywhere; the
    path is resolved, links and all, and refused unless it stays in ``root``.

    >>> path_inside("out", "claims", "nkf.yaml").as_posix()
    'out/claims/nkf.yaml'

    Raises:
        UnsafePathError: the path resolves outside ``root``.
    """
    path = Path(root, *parts)
    base = Path(root).resolve()
    resolved = path.resolve()
    if resolved != base and not resolved.is_relative_to(base):
        raise UnsafePathError(
            f"{path}: expected a path inside {root}, got one that resolves outside it "
            "(hint: source ids name files; use letters, digits, '.', '_' and '-', "
            "and do not link folders inside the output elsewhere)"
        )
    return path


# --- publishing a set of outputs ------------------------------------------------------


def publish(out_dir: Path | str, produce: Callable[[Path], Iterable[Path]]) -> list[Path]:
    """Write a set of files into ``out_dir`` so that they appear together or not at all.

    ``produce(staging)`` writes every file into an empty staging folder
    inside ``out_dir`` and returns their paths.  Then, under a lock:

    1. each file the set replaces is hard-linked (or copied) into the staging
       folder as a backup;
    2. a journal listing the set is written: from here on the new set wins;
    3. each file is renamed into place (one ``os.replace`` each);
    4. the staging folder is removed.

    An error in step 3 puts every old file back before it is raised, so the
    folder holds all old files or all new ones.  A run killed outright leaves
    its staging folder; the next run on the folder finishes what the journal
    says (moves the rest of the new set in, or completes a roll-back) and
    removes staging folders that never reached a journal.  Files in
    ``out_dir`` that the set does not name are never touched.

    Args:
        out_dir: the output folder (created if missing).
        produce: writes the outputs into the folder it is given.

    Returns:
        The files now in ``out_dir``, sorted.

    Raises:
        OutputLockedError: another live run holds ``out_dir/.claimgraph.lock``.
        OutputError: the folder cannot be written (a file, read-only, full).
    """
    out = Path(out_dir)
    if os.path.lexists(out) and not out.is_dir():
        raise OutputError(f"{out}: expected a folder to write into, got a file "
                          "(hint: choose another --out, or move the file away)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out}: expected a folder to write into, got "
                          f"{_why(err)} (hint: choose another --out)") from err
    with output_lock(out):
        recover(out)
        try:
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
        except OSError as err:
            raise OutputError(f"{out}: expected a folder we may write into, got "
                              f"{_why(err)} (hint: check its permissions)") from err
        try:
            new = staging / _NEW
            new.mkdir()
            written = produce(new)
            files = sorted({PurePosixPath(Path(p).relative_to(new).as_posix())
                            for p in written})
        except BaseException as err:
            shutil.rmtree(staging, ignore_errors=True)
            if isinstance(err, OSError) and not isinstance(err, ClaimGraphError):
                raise OutputError(f"{out}: expected to write the outputs, got {_why(err)} "
                                  "(hint: check free space and permissions; the folder "
                                  "holds the previous outputs)") from err
            raise
        try:
            _commit(out, staging, files)
        except OSError as err:
            if isinstance(err, ClaimGraphError):
                raise
            raise OutputError(f"{out}: expected to move the new outputs in, got {_why(err)} "
                              "(hint: check free space and permissions; the folder "
                              "holds the previous outputs)") from err
        return [out / f for f in files]


def _why(err: OSError) -> str:
    return err.strerror.lower() if err.strerror else type(err).__name__


def _commit(out: Path, staging: Path, files: list[PurePosixPath]) -> None:
    """Back up, journal, move in; roll back on any error (see :func:`publish`)."""
    existed = []
    try:
        for f in files:
            target = out / f
            if os.path.lexists(target) and not target.is_dir():
                backup = staging / _OLD / f
                backup.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(target, backup, follow_symlinks=False)
                except OSError:  # a file system without hard links
                    shutil.copy2(target, backup, follow_symlinks=False)
                existed.append(f)
        journal = {"files": [str(f) for f in files], "existed": [str(f) for f in existed]}
        write_atomic(staging / _JOURNAL, json.dumps({**journal, "state": "commit"}))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # no journal: nothing was moved yet
        raise
    try:
        _move_in(out, staging, journal)
    except BaseException:
        with suppress(OSError):  # the roll-back matters more than its journal entry
            write_atomic(staging / _JOURNAL, json.dumps({**journal, "state": "rollback"}))
        _roll_back(out, staging, journal)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(staging, ignore_errors=True)


def _move_in(out: Path, staging: Path, journal: dict[str, list[str]]) -> None:
    for f in journal["files"]:
        source = staging / _NEW / f
        if source.exists():
            target = out / f
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)


def _roll_back(out: Path, staging: Path, journal: dict[str, list[str]]) -> None:
    existed = set(journal["existed"])
    for f in journal["files"]:
        if f in existed:
            backup = staging / _OLD / f
            if os.path.lexists(backup):
                os.replace(backup, out / f)
        elif not (staging / _NEW / f).exists():
            (out / f).unlink(missing_ok=True)  # ours: it was moved in, nothing was there


def _journal(staging: Path) -> dict[str, Any] | None:
    """Return a staging folder's journal, or None when it never got one (or a bad one)."""
    try:
        data = json.loads((staging / _JOURNAL).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("state") not in ("commit", "rollback"):
        return None
    names = [*data.get("files", []), *data.get("existed", [])]
    if not all(isinstance(n, str) and _plain_relative(n) for n in names):
        return None
    return data


def _plain_relative(name: str) -> bool:
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts


def recover(out: Path) -> None:
    """Finish or clear what a killed run left in ``out`` (call it holding the lock)."""
    for staging in sorted(out.glob(STAGING_PREFIX + "*")):
        if not _STAGING.fullmatch(staging.name) or staging.is_symlink() \
                or not staging.is_dir():
            continue
        journal = _journal(staging)
        if journal is not None and journal["state"] == "commit":
            _move_in(out, staging, journal)
        elif journal is not None:
            _roll_back(out, staging, journal)
        shutil.rmtree(staging, ignore_errors=True)


@contextmanager
def output_lock(out: Path) -> Iterator[Path]:
    """Hold ``out/.claimgraph.lock`` (created with O_EXCL) for the duration.

    A lock left by a process that is gone (same host, dead pid) is taken over.

    Raises:
        OutputLockedError: a live run holds it.
    """
    lock = out / LOCK_NAME
    for attempt in (1, 2):
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError as err:
            owner = _owner(lock)
            if attempt == 1 and owner is not None and _stale(lock, *owner):
                lock.unlink(missing_ok=True)
                continue
            who = f"process {owner[0]} on {owner[1]}" if owner else "another run"
            raise OutputLockedError(
                f"{lock}: expected no other claimgraph run writing to {out}, got a lock "
                f"held by {who} (hint: wait for it to finish; if no run is going on, "
                f"delete {lock})") from err
        except OSError as err:
            raise OutputError(f"{out}: expected a folder we may write into, got "
                              f"{_why(err)} (hint: check its permissions)") from err
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {socket.gethostname()}\n")
        break
    key = lock.resolve()
    _held.add(key)
    try:
        yield lock
    finally:
        _held.discard(key)
        lock.unlink(missing_ok=True)


def _owner(lock: Path) -> tuple[int, str] | None:
    try:
        pid, host = lock.read_text(encoding="utf-8").split()
        return int(pid), host
    except (OSError, ValueError):
        return None  # being written right now, or not ours to judge: treat as held


def _stale(lock: Path, pid: int, host: str) -> bool:
    """Whether a lock's owner is surely gone (only a pid on this host can be checked)."""
    if host != socket.gethostname() or os.name == "nt":  # Windows' os.kill would end it
        return False
    if pid == os.getpid():
        return lock.resolve() not in _held  # our pid, reused after a restart
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, someone else's
    return False
