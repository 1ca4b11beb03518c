"""A small name → object registry filled by a decorator.

Readers and exporters register by name so callers never branch on format;
the CLI's choices and the parametrised tests come from the registry, so a
new format is offered and tested without touching either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from .errors import ClaimGraphError, UnknownFormatError

T = TypeVar("T")


class Registry(Generic[T]):
    """Map names (and aliases) to registered objects.

    >>> r: Registry[str] = Registry("greeting")
    >>> _ = r.register("hello", aliases=("hi",))("HELLO")
    >>> r.get("hi")
    'HELLO'
    >>> r.names()
    ('hello',)
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}
        self._aliases: dict[str, str] = {}

    def register(self, name: str, *, aliases: tuple[str, ...] = ()) -> Callable[[T], T]:
        """Return a decorator that registers its argument under ``name``."""

        def decorator(obj: T) -> T:
            for key in (name, *aliases):
                if key in self._items or key in self._aliases:
                    raise ClaimGraphError(f"{self.kind} {key!r} is already registered")
            self._items[name] = obj
            for alias in aliases:
                self._aliases[alias] = name
            return obj

        return decorator

    def canonical(self, name: str) -> str:
        """Return the registered name for ``name`` or one of its aliases."""
        key = name.lower().lstrip(".")
        key = self._aliases.get(key, key)
        if key not in self._items:
            valid = ", ".join(self.names())
            raise UnknownFormatError(
                f"unknown {self.kind} {name!r}; expected one of: {valid}"
            )
        return key

    def get(self, name: str) -> T:
        """Return the object registered under ``name`` (or an alias)."""
        return self._items[self.canonical(name)]

    def names(self) -> tuple[str, ...]:
        """Return the registered names, sorted."""
        return tuple(sorted(self._items))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and (
            name.lower().lstrip(".") in self._items or name.lower().lstrip(".") in self._aliases
        )

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())
