"""`python -m app` is the same entry point as the `parallax` command."""

import sys

from app.cli import main

sys.exit(main())
