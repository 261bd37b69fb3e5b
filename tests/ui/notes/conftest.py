"""A note being written: the window the notes tests share."""

import pytest

from app.services.registry import Services
from tests.builders import WITHDRAW
from tests.ui.helpers import Editing, WindowMaker


@pytest.fixture
def editing(make_window: WindowMaker, services: Services) -> Editing:
    """A window with a note on ¶17 open in the editor."""
    note = services.notes.create([services.notes.find_quote(1, WITHDRAW)], title="The offer to withdraw").result
    window, prompter = make_window(open_ids=(1,))
    window.parts.notes.open_note(note.id)
    return window, prompter, note.id
