"""Run Accord: `python main.py` is the same program as the `accord` command."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
