"""A shared library's address as typed: what is kept, what is shown, and a line for what cannot be used."""

import pytest

from db.postgres.address import AddressError, is_shared_address, parse_address
from db.postgres.engine import _connect_arguments


def test_an_address_is_read_whole_and_shown_without_its_password() -> None:
    address = parse_address("postgresql://anna:s%C3%A9cret%40%3A@db.example.edu:5433/seminar?sslmode=verify-full")
    assert (address.user, address.host, address.port, address.database) == ("anna", "db.example.edu", 5433, "seminar")
    assert address.password == "sécret@:"
    assert address.display() == "postgresql://anna@db.example.edu:5433/seminar?sslmode=verify-full"
    assert "sécret" not in repr(address)
    assert address == parse_address("postgres://anna@db.example.edu:5433/seminar?sslmode=verify-full")


def test_libpq_is_given_the_options_and_a_password_only_when_there_is_one() -> None:
    with_password = _connect_arguments(parse_address("postgresql://anna:pw@h/db?sslmode=require"), None)
    assert with_password["sslmode"] == "require"
    assert with_password["password"] == "pw"
    assert "port" not in with_password
    without = _connect_arguments(parse_address("postgresql://anna@h:6000/db"), None)
    assert "password" not in without  # libpq then looks in PGPASSWORD and ~/.pgpass itself
    assert without["port"] == 6000
    assert _connect_arguments(parse_address("postgresql://anna@h/db"), "typed")["password"] == "typed"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("postgresql://db.example.edu/seminar", "names no user"),
        ("postgresql://anna@/seminar", "names no server"),
        ("postgresql://anna@db.example.edu", "names no database"),
        ("postgresql://anna@db.example.edu/a/b", "names no database"),
        ("postgresql://anna@db.example.edu:99999/seminar", "not a library address"),
        ("postgresql://anna@db/seminar?sslmode=sometimes", "sslmode must be one of"),
        ("postgresql://anna@db/seminar?options=-c%20x", "unknown option 'options'"),
        ("mysql://anna@db/seminar", "not a library address"),
    ],
)
def test_what_cannot_be_used_is_said_in_one_line(typed: str, said: str) -> None:
    with pytest.raises(AddressError, match=said) as raised:
        parse_address(typed)
    assert "\n" not in str(raised.value)


def test_a_path_is_not_an_address() -> None:
    assert is_shared_address(" PostgreSQL://anna@db/seminar")
    assert not is_shared_address("/home/anna/postgresql/library.sqlite3")
