"""Print text that came from input (titles, labels, paths, problems) to a terminal safely.

Publishers, titles, entity labels and file names are written by whoever made
the pages and claim files.  Printed through rich's defaults, ``[link=…]`` and
``[blink]`` would be read as markup, ``:100:`` as an emoji (``l100.yaml:100:``
became ``l100.yaml💯``), and raw escape sequences (ESC, OSC-8 hyperlinks, the
8-bit C1 forms) would reach the terminal and could retitle it, hide text or
plant links.  :class:`SafeConsole` prints every string with markup, emoji and
highlighting off and with control characters removed; styled words of our
own (``error:``) are passed as :class:`rich.text.Text`.
"""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console
from rich.text import Text

# Whole escape sequences first (so no stray "]8;;http://..." is left to read), then any
# other C0 control but tab and newline, DEL, the C1 block (0x9b is an 8-bit CSI) and the
# bidirectional overrides that can make a line read differently from its bytes.  A string
# sequence without its terminator loses only its introducer: the rest is shown as text.
# No payload runs over another introducer, so hostile runs of them stay linear time.
_SEQUENCE = re.compile(
    r"(?:\x1b\]|\x9d)[^\x07\x1b\x9c\x9d]*(?:\x07|\x1b\\|\x9c)"  # OSC (hyperlinks, titles)
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI (colours, cursor moves, erase)
    # DCS, SOS, PM and APC strings
    r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x90\x98\x9c\x9e\x9f]*(?:\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]?"  # any other escape
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The control characters a file meant for people (report CSVs, report.html) drops: all but
# tab, newline and carriage return, which are its layout.
LAYOUT_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean(text: object) -> str:
    r"""Return ``text`` as a string without escape sequences or control characters.

    Tabs and newlines stay; everything else a terminal would act on goes.

    >>> clean("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ \x1b[2Jhere\x07")
    'click here'
    >>> clean("l100.yaml:100: [blink]x[/blink]")
    'l100.yaml:100: [blink]x[/blink]'
    """
    return _CONTROL.sub("", _SEQUENCE.sub("", str(text)))


class SafeConsole(Console):
    """A rich Console that prints every string literally: no markup, no emoji, no controls.

    Strings reach rich through :meth:`render_str` (``print`` arguments and
    table cells alike), so this one override covers both.
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("markup", False)
        kwargs.setdefault("emoji", False)
        kwargs.setdefault("highlight", False)
        super().__init__(**kwargs)

    def render_str(self, text: str, **kwargs: Any) -> Text:
        kwargs.update(markup=False, emoji=False, highlight=False)
        return super().render_str(clean(text), **kwargs)


def styled(label: str, style: str, text: object) -> Text:
    """Return ``label`` in ``style`` followed by the cleaned ``text``, for a SafeConsole.

    >>> styled("error:", "bold red", "l100.yaml:100: bad").plain
    'error: l100.yaml:100: bad'
    """
    return Text.assemble((label, style), " ", clean(text))


_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def escape_json(text: str) -> str:
    r"""Return JSON text with DEL, C1 controls and bidi overrides written as ``\uXXXX``.

    ``json.dumps`` escapes C0 controls (ESC included) but not these, and
    0x9b is an 8-bit CSI to some terminals.  They occur only inside JSON
    strings, so the escaped text holds the same values.

    >>> escape_json('{"a": "x\x9b2Jy"}')
    '{"a": "x\\u009b2Jy"}'
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
