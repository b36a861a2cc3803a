from tests.conftest import shared_data
from tests.scenarios import sections

news_section = shared_data(
    lambda: sections(hubs=("fr", "ar"), events=("fr", "ar"), news=("fr", "ar"), few=("es", "sq")),
    scope="package",
)
