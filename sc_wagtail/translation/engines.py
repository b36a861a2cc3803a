"""Machine translation engines, as wagtail-localize translator classes.

``DeepL`` is wagtail-localize's DeepL translator with two changes a production site needs:
the endpoint is an option (``API_URL``: a DeepL-compatible proxy, or a local stub in tests)
and an HTTP error raises instead of failing later on a missing key, so the background task
is retried and nothing half-translated is written.
"""

import requests
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.strings import StringValue


class DeepL(DeepLTranslator):
    def get_api_endpoint(self):
        return self.options.get("API_URL") or super().get_api_endpoint()

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        response = requests.post(
            self.get_api_endpoint(),
            self.get_parameters(source_locale, target_locale, strings),
            timeout=int(self.options.get("TIMEOUT", 30)),
            headers=self.get_headers(),
        )
        response.raise_for_status()
        return {
            string: StringValue(item["text"])
            for string, item in zip(strings, response.json()["translations"], strict=True)
        }
