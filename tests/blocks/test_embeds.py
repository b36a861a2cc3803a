"""A page with a video renders its player without asking anyone on the network (the demo's
imported story waited on YouTube's oEmbed endpoint on every view where the network is
closed)."""

import socket

import pytest
from wagtail.embeds.models import Embed

from sc_wagtail.translation.pipeline import paused
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_network(monkeypatch):
    """Any connection to another host fails the test."""
    attempts = []
    connect = socket.socket.connect

    def guarded(sock, address):
        host = address[0] if isinstance(address, tuple) else "unix"
        if host not in ("127.0.0.1", "::1", "localhost", "unix"):
            attempts.append(address)
            raise OSError(f"network use at render time: {address}")
        return connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    return attempts


@pytest.mark.parametrize(
    "url, player",
    [
        (
            "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
        ),
        ("https://youtu.be/aqz-KE-bpKQ", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
    ],
)
def test_a_video_renders_its_player_from_the_address_alone(client, no_network, url, player):
    with paused():
        index = factories.news_index(slug="embeds")
        page = factories.news_page(index, 1, body=[("embed", url)])
    html = client.get(page.url).content.decode()
    assert f'<iframe src="{player}"' in html
    assert 'title="' in html.split("<iframe", 1)[1].split(">", 1)[0]
    assert not no_network
    assert Embed.objects.filter(url=url).exists()  # written once, read on later views


def test_another_address_becomes_a_link(client, no_network):
    with paused():
        index = factories.news_index(slug="embeds")
        page = factories.news_page(index, 2, body=[("embed", "https://example.org/talk")])
    html = client.get(page.url).content.decode()
    assert '<a href="https://example.org/talk">https://example.org/talk</a>' in html
    assert not no_network
