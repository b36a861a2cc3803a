from tests.conftest import shared_data
from tests.scenarios import sections

reports = shared_data(lambda: sections(events=("fr", "es", "ar", "sq")))
