"""The home page in five languages."""

import os

from wagtail.models import Page, Site

from example_site.home.models import HomePage

from .text import T

TITLE = T(
    en="Cities preventing hate, extremism and polarisation",
    fr="Des villes qui préviennent la haine, l'extrémisme et la polarisation",
    es="Ciudades que previenen el odio, el extremismo y la polarización",
    ar="مدن تمنع الكراهية والتطرف والاستقطاب",
    sq="Qytete që parandalojnë urrejtjen, ekstremizmin dhe polarizimin",
)
SLUG = T(en="home", fr="accueil", es="inicio", ar="الرئيسية", sq="kreu")
INTRO = T(
    en="A global network of mayors, municipal policymakers and practitioners.",
    fr="Un réseau mondial de maires, de décideurs municipaux et de praticiens.",
    es="Una red mundial de alcaldes, responsables municipales y profesionales.",
    ar="شبكة عالمية من رؤساء البلديات وصانعي السياسات المحلية والممارسين.",
    sq="Një rrjet global kryetarësh bashkish, politikëbërësish vendorë dhe praktikuesish.",
)
PARAGRAPH = T(
    en="Our regional hubs help member cities design local prevention work that fits their needs.",
    fr="Nos pôles régionaux aident les villes membres à concevoir des actions de prévention "
    "adaptées à leurs besoins.",
    es="Nuestros centros regionales ayudan a las ciudades miembro a diseñar acciones de "
    "prevención adaptadas a sus necesidades.",
    ar="تساعد مراكزنا الإقليمية المدن الأعضاء على تصميم أعمال وقائية محلية تلائم احتياجاتها.",
    sq="Qendrat tona rajonale i ndihmojnë qytetet anëtare të hartojnë punë parandaluese "
    "vendore që u përshtatet nevojave të tyre.",
)


def seed_home(source_locale):
    """Make an English HomePage the site's root, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=source_locale, depth=2).first()
    if home is None:
        home = HomePage(
            title=str(TITLE),
            slug="home-new",
            locale=source_locale,
            intro=str(INTRO),
            body=f"<p>{PARAGRAPH}</p>",
        )
        root.add_child(instance=home)
        site = Site.objects.filter(is_default_site=True).first()
        port = int(os.environ.get("PORT", "8000"))
        welcome = site.root_page if site else None
        if site:
            site.root_page = home
            site.site_name = "Strong Cities Network (example)"
            site.hostname, site.port = "127.0.0.1", port
            site.save()
        else:
            Site.objects.create(
                hostname="127.0.0.1",
                port=port,
                root_page=home,
                is_default_site=True,
                site_name="Strong Cities Network (example)",
            )
        if welcome is not None and not isinstance(welcome.specific, HomePage):
            welcome.delete()
        home.slug = str(SLUG)
    home.title = str(TITLE)
    home.intro = str(INTRO)
    home.body = f"<p>{PARAGRAPH}</p>"
    home.save_revision().publish()
    # Fresh from the database: publishing updated the row (slug, url_path), not this object,
    # and children built on a stale url_path would get a wrong URL.
    return HomePage.objects.get(pk=home.pk)
