from tests.settings import *  # noqa: F403
from tests.settings import MEDIA_ROOT, SC_WAGTAIL

SC_WAGTAIL = {**SC_WAGTAIL, "PRIVATE_STORAGE_ROOT": MEDIA_ROOT / "private"}
