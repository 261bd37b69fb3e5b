"""A shared library's address as a user types it: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…]."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlsplit

SCHEMES = ("postgresql", "postgres")
# What may follow '?': how to reach the server safely, as libpq names it. Anything else is refused, so that a
# typo is never silently ignored.
OPTIONS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


class AddressError(ValueError):
    """Not a shared library's address; the message says what is wrong in one line."""


def is_shared_address(text: str) -> bool:
    return text.strip().lower().startswith(tuple(f"{scheme}://" for scheme in SCHEMES))


@dataclass(frozen=True)
class SharedAddress:
    """Where a shared library lives. The password, if the address carried one, is never shown or compared."""

    user: str
    host: str
    database: str
    port: int | None = None
    options: tuple[tuple[str, str], ...] = ()
    password: str | None = field(default=None, repr=False, compare=False)

    def display(self) -> str:
        """The address without its password: safe to show, to remember, to use as a key."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = f":{self.port}" if self.port else ""
        query = "&".join(f"{name}={quote(value, safe='/')}" for name, value in self.options)
        return f"postgresql://{quote(self.user, safe='')}@{host}{port}/{quote(self.database, safe='')}" + (
            f"?{query}" if query else ""
        )

    def __str__(self) -> str:
        return self.display()

    def option(self, name: str) -> str | None:
        return next((value for key, value in self.options if key == name), None)

    def with_password(self, password: str | None) -> SharedAddress:
        return SharedAddress(self.user, self.host, self.database, self.port, self.options, password)


def parse_address(text: str) -> SharedAddress:
    """The address in `text`; raises AddressError with a line saying what to write instead."""
    example = "write it as postgresql://USER@HOST[:PORT]/DATABASE"
    try:
        parts = urlsplit(text.strip())
        port = parts.port
    except ValueError as exc:
        raise AddressError(f"{text!r} is not a library address ({exc}); {example}") from exc
    if parts.scheme.lower() not in SCHEMES:
        raise AddressError(f"{text!r} is not a library address; {example}")
    user = unquote(parts.username or "")
    database = unquote(parts.path.lstrip("/"))
    if not user:
        raise AddressError(f"{text!r} names no user; {example}")
    if not parts.hostname:
        raise AddressError(f"{text!r} names no server; {example}")
    if not database or "/" in database:
        raise AddressError(f"{text!r} names no database; {example}")
    options: list[tuple[str, str]] = []
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name not in OPTIONS:
            raise AddressError(f"{text!r}: unknown option {name!r} (known: {', '.join(OPTIONS)})")
        if name == "sslmode" and value not in SSL_MODES:
            raise AddressError(f"{text!r}: sslmode must be one of {', '.join(SSL_MODES)}")
        options.append((name, value))
    password = unquote(parts.password) if parts.password is not None else None
    return SharedAddress(user, parts.hostname, database, port, tuple(options), password)
