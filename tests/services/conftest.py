"""What the service tests share: the bundled Declaration's ID in a fresh library."""

import pytest

from app.bootstrap import Services
from app.services.bundled import DECLARATION_KEY


@pytest.fixture
def declaration(services: Services) -> int:
    found = services.library.find_bundled(DECLARATION_KEY)
    assert found is not None
    return found
