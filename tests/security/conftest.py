from tests.conftest import shared_data
from tests.scenarios import build_translations

translation_content = shared_data(build_translations, scope="package")
