"""What every app needs to know about the request."""

from sc_wagtail.conf import sc_settings


def client_ip(request):
    """The client's address: REMOTE_ADDR, or, behind ``SC_WAGTAIL["TRUSTED_PROXIES"]``
    proxies that append to X-Forwarded-For, the address the outermost of them saw."""
    proxies = sc_settings.TRUSTED_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")
