from tests.conftest import shared_data
from tests.scenarios import sections

events_section = shared_data(lambda: sections(events=("fr", "es", "ar")), scope="package")
