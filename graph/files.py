"""Write files atomically: one helper for every output and every claims file.

A crash or an error half-way must never leave a truncated file behind, and
users diff outputs, so every writer goes through :func:`write_atomic`.
Paths built from input go through :func:`path_inside` first.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import UnsafePathError


def write_atomic(path: Path | str, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` via a temp file in the same folder and a rename.

    Text is written as UTF-8. The file gets the permissions a plain ``open``
    would give it (mkstemp's 0600 is meant for secrets, not for outputs).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


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
