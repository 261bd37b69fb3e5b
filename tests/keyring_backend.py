"""A system keyring for the tests: a JSON file in the test run's sandbox, so no test touches the user's own."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class SandboxKeyring(KeyringBackend):
    priority = 1.0

    @staticmethod
    def _file() -> Path:
        return Path(os.environ["XDG_DATA_HOME"]) / "test-keyring.json"

    def _load(self) -> dict[str, str]:
        path = self._file()
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        stored = self._load()
        stored[f"{service}\n{username}"] = password
        self._file().parent.mkdir(parents=True, exist_ok=True)
        self._file().write_text(json.dumps(stored), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        stored = self._load()
        stored.pop(f"{service}\n{username}", None)
        self._file().write_text(json.dumps(stored), encoding="utf-8")
