"""Real engine classes (DeepL, LibreTranslate) against a local HTTP stub: no network."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
import requests
from django.test import override_settings
from wagtail_localize.models import StringTranslation, TranslationSource

from sc_wagtail.news.models import NewsPage
from sc_wagtail.translation.review import MACHINE, segment_states
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


class Stub(BaseHTTPRequestHandler):
    delay = 0
    status = 200
    requests = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        type(self).requests.append((self.path, self.headers.get("Authorization"), body))
        time.sleep(type(self).delay)
        if self.path == "/v2/translate":  # DeepL: form-encoded, "text" repeated
            form = parse_qs(body)
            payload = {
                "translations": [
                    {"text": f"[{form['target_lang'][0]}] {text}"} for text in form["text"]
                ]
            }
        else:  # LibreTranslate: JSON
            data = json.loads(body)
            payload = {"translatedText": [f"[{data['target']}] {text}" for text in data["q"]]}
        self.send_response(type(self).status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps(payload).encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def stub():
    Stub.delay, Stub.status, Stub.requests = 0, 200, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def engine(cls, **options):
    return override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR={"CLASS": cls, "OPTIONS": options})


def publish_story():
    index = factories.NewsIndexPage.objects.get(locale__language_code="en")
    page = factories.news_page(index, 77, live=False)
    page.save_revision().publish()
    return NewsPage.objects.get(pk=page.pk)


def french_drafts(page):
    source = TranslationSource.objects.get_for_instance(page)
    return segment_states(source, factories.locale("fr"))


def test_deepl_drafts_through_the_api(stub):
    with engine(
        "sc_wagtail.translation.engines.DeepL", AUTH_KEY="k", API_URL=stub + "/v2/translate"
    ):
        page = publish_story()
    states = french_drafts(page)
    assert {s.state for s in states} == {MACHINE}
    assert {s.translation.tool_name for s in states} == {"DeepL"}
    assert "[FR] Story 77" in {s.translation.data for s in states}
    assert Stub.requests[0][1] == "DeepL-Auth-Key k"


def test_libretranslate_drafts_through_the_api(stub):
    with engine(
        "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        LIBRETRANSLATE_URL=stub,
        API_KEY="k",
    ):
        page = publish_story()
    assert "[fr] Story 77" in {s.translation.data for s in french_drafts(page)}


def test_an_engine_that_times_out_writes_nothing(stub):
    Stub.delay = 2
    before = StringTranslation.objects.count()
    with (
        engine(
            "sc_wagtail.translation.engines.DeepL",
            AUTH_KEY="k",
            API_URL=stub + "/v2/translate",
            TIMEOUT=1,
        ),
        pytest.raises(requests.Timeout),
    ):
        publish_story()
    assert StringTranslation.objects.count() == before


def test_an_engine_error_writes_nothing(stub):
    Stub.status = 503
    before = StringTranslation.objects.count()
    with (
        engine(
            "sc_wagtail.translation.engines.DeepL", AUTH_KEY="k", API_URL=stub + "/v2/translate"
        ),
        pytest.raises(requests.HTTPError),
    ):
        publish_story()
    assert StringTranslation.objects.count() == before


class GlossaryBlindTranslator:
    """An engine that translates the network's name, as real engines do."""

    display_name = "Blind"

    def __init__(self, options):
        pass

    def can_translate(self, source_locale, target_locale):
        return True

    def translate(self, source_locale, target_locale, strings):
        from wagtail_localize.strings import StringValue

        return {
            s: StringValue(s.data.replace("Strong Cities Network", "Réseau des villes fortes"))
            for s in strings
        }


def test_machine_drafts_get_the_glossarys_names_back():
    index = factories.NewsIndexPage.objects.get(locale__language_code="en")
    page = factories.news_page(
        index, 78, live=False, summary="The Strong Cities Network met in Irbid."
    )
    with engine("tests.translation.test_engines.GlossaryBlindTranslator"):
        page.save_revision().publish()
    drafts = {s.translation.data for s in french_drafts(NewsPage.objects.get(pk=page.pk))}
    assert "The Strong Cities Network met in Irbid." in drafts
    assert not any("Réseau des villes fortes" in text for text in drafts)
