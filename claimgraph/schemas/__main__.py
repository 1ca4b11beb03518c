"""Print where a contract file is installed: ``python -m claimgraph.schemas claims``."""

from __future__ import annotations

import sys

from . import FILES, path


def main(argv: list[str]) -> int:
    names = argv or list(FILES)
    unknown = [n for n in names if n not in FILES]
    if unknown:
        print(f"error: expected one of {', '.join(FILES)}, got {unknown[0]!r}", file=sys.stderr)
        return 2
    for name in names:
        print(path(name) if len(names) == 1 else f"{name}\t{path(name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
