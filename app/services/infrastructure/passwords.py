"""Passwords of shared libraries, kept in the system keyring (never in Parallax's settings), when the user agrees.

Each is kept under the address without its password, so that one member's password for one library is found
again for that library only. A machine without a usable keyring simply keeps nothing: the window then asks
again at each start (or libpq finds the password in PGPASSWORD or ~/.pgpass).
"""

from __future__ import annotations

from db.postgres.address import SharedAddress

SERVICE = "Parallax shared library"


class PasswordStoreError(Exception):
    """The keyring could not keep the password; the message says why in one line."""


def stored(address: SharedAddress) -> str | None:
    """The password kept for this address, if any (None too where there is no usable keyring)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, address.display())
        except (KeyringError, RuntimeError, OSError):
            return None
    except ImportError:
        return None


def store(address: SharedAddress, password: str) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError as exc:
        raise PasswordStoreError("no system keyring is available to keep it") from exc
    try:
        keyring.set_password(SERVICE, address.display(), password)
    except (KeyringError, RuntimeError, OSError) as exc:
        raise PasswordStoreError(f"the system keyring could not keep it ({exc})") from exc


def forget(address: SharedAddress) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.delete_password(SERVICE, address.display())
        except (KeyringError, RuntimeError, OSError):
            return
    except ImportError:
        return
