import sys

from .cli import main

sys.exit(main(prog="python -m sc_wagtail.translation.qa"))
