"""The command line on a shared library: an administrator's few commands, then a teacher, an editor and a reader."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from tests.pg_fixtures import PASSWORDS
from tests.pg_server import PostgresServer


@pytest.fixture
def empty_database(pg_server: PostgresServer, pg_roles: dict[str, str]) -> Iterator[str]:
    """A new database the teacher owns, as the server's administrator makes one (CREATE DATABASE … OWNER …)."""
    name = f"seminar_{uuid.uuid4().hex[:8]}"
    with pg_server.admin() as admin:
        admin.execute(f"CREATE DATABASE {name} OWNER {pg_roles['teacher']}")
    yield name
    with pg_server.admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _url(server: PostgresServer, roles: dict[str, str], who: str, database: str) -> str:
    return f"postgresql://{roles[who]}@127.0.0.1:{server.port}/{database}"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_setup_members_private_notes_backups_and_checks_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pg_server: PostgresServer,
    pg_roles: dict[str, str],
    empty_database: str,
) -> None:
    teacher, editor, reader = (
        _url(pg_server, pg_roles, who, empty_database) for who in ("teacher", "editor", "reader")
    )
    code, _, err = _run(capsys, "--db", teacher, "list")
    assert code == 1
    assert err.startswith("parallax: error: the server of postgresql://")
    assert "asks for" in err
    assert "PGPASSWORD" in err
    monkeypatch.setenv("PGPASSWORD", PASSWORDS["teacher"])  # libpq's own: Parallax never keeps it
    code, out, err = _run(capsys, "--db", editor.replace(pg_roles["editor"], pg_roles["teacher"]), "list")
    assert code == 1
    assert "holds no Parallax library yet" in err
    assert "setup" in err
    code, out, _ = _run(capsys, "--db", teacher, "setup")
    assert code == 0
    assert f"its owner is {pg_roles['teacher']}" in out
    assert "Added 1 bundled document(s) and 103 bundled event(s)." in out
    assert _run(capsys, "--db", teacher, "setup")[1].count("Added") == 0  # seeded once
    assert _run(capsys, "--db", teacher, "member", "add", pg_roles["editor"], "--role", "editor")[0] == 0
    code, out, _ = _run(capsys, "--db", teacher, "member", "add", pg_roles["reader"], "--role", "reader")
    assert out.strip() == f"{pg_roles['reader']} is now a reader of the library."
    code, out, _ = _run(capsys, "--db", teacher, "members", "--json")
    assert [(m["name"], m["role"]) for m in json.loads(out)] == [
        (pg_roles["teacher"], "owner"), (pg_roles["editor"], "editor"), (pg_roles["reader"], "reader"),
    ]  # fmt: skip

    pgpass = Path(os.environ["PGPASSFILE"])
    pgpass.write_text(
        "".join(f"127.0.0.1:{pg_server.port}:*:{pg_roles[who]}:{PASSWORDS[who]}\n" for who in ("editor", "reader")),
        encoding="utf-8",
    )
    pgpass.chmod(0o600)
    monkeypatch.delenv("PGPASSWORD")
    try:
        quote = "withdraw the Soviet military units from the city of Budapest"
        code, out, _ = _run(capsys, "--db", editor, "note", "add", "--doc", "1", "--quote", quote, "--title",
                            "My doubts", "--private", "--json")  # fmt: skip
        assert code == 0
        note = json.loads(out)
        assert (note["private"], note["author"]) == (True, pg_roles["editor"])
        assert _run(capsys, "--db", editor, "note", "add", "--doc", "1", "--quote", quote, "--title", "For all")[0] == 0
        code, out, _ = _run(capsys, "--db", reader, "notes", "--json")
        assert [n["title"] for n in json.loads(out)] == ["For all"]
        code, _, err = _run(capsys, "--db", reader, "note", "add", "--doc", "1", "--quote", quote)
        refusal = f"parallax: error: {pg_roles['reader']} is a reader of this library: readers write private notes only"
        assert (code, err.strip()) == (1, refusal)
        code, _, err = _run(capsys, "--db", reader, "delete", "1")
        assert code == 1
        assert "does not let you" in err
        code, _, err = _run(capsys, "--db", editor, "backup")
        assert code == 1
        assert "pg_dump --host=127.0.0.1" in err
        assert f"--dbname={empty_database}" in err
        code, out, _ = _run(capsys, "--db", editor, "check")
        assert code == 0
        assert out.strip().endswith("ok (constraints, indexes, row-level security, members, search)")
        code, _, err = _run(capsys, "--db", editor, "member", "remove", pg_roles["reader"])
        assert code == 1
        assert "only the library's owner" in err
    finally:
        pgpass.unlink()


def test_merging_a_file_in_and_a_shared_library_out(
    capsys: pytest.CaptureFixture[str], shared_library: object, tmp_path: Path
) -> None:
    from tests.pg_fixtures import SharedLibrary

    assert isinstance(shared_library, SharedLibrary)
    local = tmp_path / "mine.sqlite3"
    quote = "withdraw the Soviet military units from the city of Budapest"
    assert _run(capsys, "--db", str(local), "note", "add", "--doc", "1", "--quote", quote, "--title", "Offline")[0] == 0
    editor = shared_library.url("editor", password=PASSWORDS["editor"])
    code, out, _ = _run(capsys, "--db", editor, "merge", str(local))
    assert code == 0
    assert "0 document(s) added (1 already there), 1 note(s) added" in out
    code, out, _ = _run(capsys, "--db", editor, "notes", "--json")
    assert [(n["title"], n["private"]) for n in json.loads(out)] == [("Offline", True)]
    offline = tmp_path / "offline.sqlite3"
    code, out, _ = _run(capsys, "--db", str(offline), "merge", editor, "--json")
    assert code == 0
    assert json.loads(out)["notes_added"] == 1
    code, _, err = _run(capsys, "--db", editor, "merge", editor)
    assert code == 1
    assert "cannot be merged into itself" in err
