"""What the service tests share: the bundled Declaration's ID in a fresh library."""

import pytest

from app.services.bundled import DECLARATION_KEY
from app.services.registry import Services


@pytest.fixture
def declaration(services: Services) -> int:
    found = services.library.find_bundled(DECLARATION_KEY)
    assert found is not None
    return found
