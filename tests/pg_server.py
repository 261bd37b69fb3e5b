"""A PostgreSQL server of the test run's own: made in a temporary folder, on 127.0.0.1 and a free port.

The server's programs refuse to run as root (as the tests do in CI), so when we are root they run as the
unprivileged `postgres` user that Debian's postgresql-common creates. The superuser `postgres` may connect from
127.0.0.1 without a password (the tests' administrator); every other role must give its password
(scram-sha-256), as members of a real shared library do. `stop`, `crash` and `start_again` let a test take the
server away under a running Parallax and bring it back.

Used by tests/conftest.py (one server per test session) and by the benchmarks in bench/.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

SUPERUSER = "postgres"
OS_USER = "postgres"

ACCESS = """\
local   all   all                        trust
host    all   {superuser}   127.0.0.1/32   trust
host    all   all            127.0.0.1/32   scram-sha-256
"""

# Written to postgresql.auto.conf, which the server reads last. Without `durable`, nothing is flushed to the disk
# (a test run needs no power-cut safety), but every commit is written to the log before it is acknowledged, so
# that a server killed by a test keeps what it said it committed.
SETTINGS = """\
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{sockets}'
fsync = {fsync}
synchronous_commit = on
full_page_writes = {fsync}
max_connections = {connections}
shared_buffers = {buffers}
log_min_messages = warning
"""


class ServerUnavailableError(RuntimeError):
    """No PostgreSQL server programs on this machine."""


def server_programs() -> Path:
    """The folder with initdb and pg_ctl: PARALLAX_PG_BINDIR, else Debian's newest /usr/lib/postgresql/N/bin."""
    configured = os.environ.get("PARALLAX_PG_BINDIR")
    if configured:
        return Path(configured)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda path: int(path.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        return Path(subprocess.check_output([pg_config, "--bindir"], text=True).strip())
    raise ServerUnavailableError("no PostgreSQL server programs (apt-get install postgresql-15)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """One throwaway server; `start()` makes and starts it, `destroy()` stops it and removes its folder."""

    def __init__(self, base: Path, programs: Path, os_user: str | None, *, durable: bool, connections: int) -> None:
        self.base = base
        self.programs = programs
        self.os_user = os_user
        self.port = 0
        self.durable = durable
        self.connections = connections

    @classmethod
    def start(cls, *, durable: bool = False, connections: int = 100, keep_in: Path | None = None) -> PostgresServer:
        """A new server (about a second for initdb, 0.2 s to start). `durable`: fsync on, as a real server runs.
        `keep_in`: a folder kept between runs (a benchmark's generated library): started again if it holds one."""
        programs = server_programs()
        os_user = OS_USER if os.geteuid() == 0 else None
        if keep_in is not None and (keep_in / "data" / "PG_VERSION").exists():
            kept = cls(keep_in, programs, os_user, durable=durable, connections=connections)
            kept.start_again(new_port=True)
            return kept
        # Straight under /tmp: pytest's own temporary folders are closed to other users.
        base = keep_in or Path(tempfile.mkdtemp(prefix="parallax-pg-"))
        base.mkdir(parents=True, exist_ok=True)
        server = cls(base, programs, os_user, durable=durable, connections=connections)
        try:
            server.own(base)
            server.run("initdb", "-D", str(server.data), "-U", SUPERUSER, "-E", "UTF8", "--locale=C.UTF-8",
                        "--auth=trust", "--no-sync", "--no-instructions")  # fmt: skip
            access = server.data / "pg_hba.conf"
            access.write_text(ACCESS.format(superuser=SUPERUSER), encoding="utf-8")
            server.own(access)
            server.start_again(new_port=True)
        except BaseException:
            server.destroy()
            raise
        return server

    def keep(self) -> None:
        """Stop it, keeping its folder for the next run."""
        self.stop()

    @property
    def data(self) -> Path:
        return self.base / "data"

    def own(self, path: Path) -> None:
        if self.os_user is not None:
            account = pwd.getpwnam(self.os_user)
            os.chown(path, account.pw_uid, account.pw_gid)

    def run(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        extra: dict[str, Any] = {}
        if self.os_user is not None:
            account = pwd.getpwnam(self.os_user)
            extra = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
        environment = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC"}
        return subprocess.run(
            [str(self.programs / program), *args], cwd=self.base, env=environment, capture_output=True, text=True,
            check=check, timeout=120, **extra,
        )  # fmt: skip

    def start_again(self, *, new_port: bool = False) -> None:
        """Start the server on its data (recovering after a crash); on the same port unless `new_port`."""
        result = None
        for _ in range(5):
            if new_port or not self.port:
                self.port = _free_port()
            settings = self.data / "postgresql.auto.conf"
            fsync = "on" if self.durable else "off"
            buffers = "128MB" if self.durable else "32MB"
            settings.write_text(
                SETTINGS.format(
                    port=self.port, sockets=self.base, fsync=fsync, connections=self.connections, buffers=buffers
                ),
                encoding="utf-8",
            )
            self.own(settings)
            log = str(self.base / "server.log")
            result = self.run("pg_ctl", "-D", str(self.data), "-l", log, "-w", "-t", "60", "start", check=False)
            if result.returncode == 0:
                return
            new_port = True  # most likely someone took the port between our probe and the server's bind
        raise RuntimeError(f"PostgreSQL did not start: {result.stderr if result else ''}\n{self.log()[-2000:]}")

    def stop(self, mode: str = "fast") -> None:
        """Stop it: `fast` ends every session at once, `immediate` as a crash would (recovery at the next start)."""
        self.run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop", check=False)

    def crash(self) -> None:
        """Kill the server's main process, as when its machine goes away."""
        pid = int((self.data / "postmaster.pid").read_text().split()[0])
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.02)
        time.sleep(0.2)  # its sessions notice and end

    def is_running(self) -> bool:
        return self.run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def destroy(self) -> None:
        with contextlib.suppress(Exception):
            if self.data.exists():
                self.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)

    def log(self) -> str:
        path = self.base / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        """A library address as a user types it: postgresql://user[:password]@127.0.0.1:port/database."""
        who = user if password is None else f"{user}:{password}"
        return f"postgresql://{who}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres") -> Any:
        """A psycopg connection as the superuser, in autocommit (for CREATE DATABASE, roles, checks)."""
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database, autocommit=True, connect_timeout=10
        )
