"""The network directory of the demo: hubs, themes, organisations and member cities."""

from sc_wagtail.core.models import City, Hub, Organisation, Theme

from .text import T

HUBS = [
    (
        "east-southern-africa",
        1,
        "active",
        T(
            en="East and Southern Africa",
            fr="Afrique de l'Est et australe",
            es="África Oriental y Austral",
            ar="شرق وجنوب أفريقيا",
            sq="Afrika Lindore dhe Jugore",
        ),
    ),
    (
        "middle-east-north-africa",
        2,
        "active",
        T(
            en="Middle East and North Africa",
            fr="Moyen-Orient et Afrique du Nord",
            es="Oriente Medio y Norte de África",
            ar="الشرق الأوسط وشمال أفريقيا",
            sq="Lindja e Mesme dhe Afrika e Veriut",
        ),
    ),
    (
        "south-asia",
        3,
        "active",
        T(
            en="South Asia",
            fr="Asie du Sud",
            es="Asia Meridional",
            ar="جنوب آسيا",
            sq="Azia Jugore",
        ),
    ),
    (
        "western-balkans",
        4,
        "active",
        T(
            en="Western Balkans",
            fr="Balkans occidentaux",
            es="Balcanes Occidentales",
            ar="غرب البلقان",
            sq="Ballkani Perëndimor",
        ),
    ),
    (
        "north-america",
        5,
        "planned",
        T(
            en="North America",
            fr="Amérique du Nord",
            es="América del Norte",
            ar="أمريكا الشمالية",
            sq="Amerika e Veriut",
        ),
    ),
]

HUB_SUMMARY = T(
    en="Member cities of the region share practice and design projects with the hub.",
    fr="Les villes membres de la région partagent leurs pratiques et conçoivent des projets "
    "avec le pôle.",
    es="Las ciudades miembro de la región comparten prácticas y diseñan proyectos con el "
    "centro regional.",
    ar="تتبادل المدن الأعضاء في المنطقة الممارسات وتصمم المشاريع مع المركز الإقليمي.",
    sq="Qytetet anëtare të rajonit ndajnë praktikat dhe hartojnë projekte me qendrën rajonale.",
)

THEMES = [
    (
        "prevention",
        T(
            en="Preventing violent extremism",
            fr="Prévention de l'extrémisme violent",
            es="Prevención del extremismo violento",
            ar="منع التطرف العنيف",
            sq="Parandalimi i ekstremizmit të dhunshëm",
        ),
    ),
    (
        "hate",
        T(
            en="Hate and polarisation",
            fr="Haine et polarisation",
            es="Odio y polarización",
            ar="الكراهية والاستقطاب",
            sq="Urrejtja dhe polarizimi",
        ),
    ),
    (
        "youth",
        T(
            en="Youth engagement",
            fr="Engagement des jeunes",
            es="Participación juvenil",
            ar="إشراك الشباب",
            sq="Angazhimi i të rinjve",
        ),
    ),
    (
        "mhpss",
        T(
            en="Mental health and psychosocial support",
            fr="Santé mentale et soutien psychosocial",
            es="Salud mental y apoyo psicosocial",
            ar="الصحة النفسية والدعم النفسي الاجتماعي",
            sq="Shëndeti mendor dhe mbështetja psikosociale",
        ),
    ),
    (
        "cohesion",
        T(
            en="Social cohesion",
            fr="Cohésion sociale",
            es="Cohesión social",
            ar="التماسك الاجتماعي",
            sq="Kohezioni social",
        ),
    ),
    (
        "online",
        T(
            en="Online harms",
            fr="Préjudices en ligne",
            es="Daños en línea",
            ar="الأضرار عبر الإنترنت",
            sq="Dëmet në internet",
        ),
    ),
]

# Where each organisation is on the web (schema.org's organizer.url of the events they run).
WEBSITES = {
    "SCN": "https://strongcitiesnetwork.org/",
    "UNDP": "https://www.undp.org/",
    "GCERF": "https://www.gcerf.org/",
    "UCLG Africa": "https://www.uclga.org/",
    "UoN": "https://www.uonbi.ac.ke/",
}

ORGANISATIONS = [
    (
        "network",
        "",
        T(
            en="Strong Cities Network",
            fr="Strong Cities Network",
            es="Strong Cities Network",
            ar="Strong Cities Network",
            sq="Strong Cities Network",
        ),
        T(en="SCN", fr="SCN", es="SCN", ar="SCN", sq="SCN"),
    ),
    (
        "multilateral",
        "",
        T(
            en="United Nations Development Programme",
            fr="Programme des Nations unies pour le développement",
            es="Programa de las Naciones Unidas para el Desarrollo",
            ar="برنامج الأمم المتحدة الإنمائي",
            sq="Programi i Kombeve të Bashkuara për Zhvillim",
        ),
        T(en="UNDP", fr="PNUD", es="PNUD", ar="UNDP", sq="UNDP"),
    ),
    (
        "foundation",
        "CH",
        T(
            en="Global Community Engagement and Resilience Fund",
            fr="Fonds mondial pour l'engagement de la communauté et la résilience",
            es="Fondo Mundial para la Participación Comunitaria y la Resiliencia",
            ar="الصندوق العالمي للمشاركة المجتمعية والقدرة على الصمود",
            sq="Fondi Global për Angazhimin e Komunitetit dhe Qëndrueshmërinë",
        ),
        T(en="GCERF", fr="GCERF", es="GCERF", ar="GCERF", sq="GCERF"),
    ),
    (
        "city_association",
        "MA",
        T(
            en="United Cities and Local Governments of Africa",
            fr="Cités et gouvernements locaux unis d'Afrique",
            es="Ciudades y Gobiernos Locales Unidos de África",
            ar="منظمة المدن والحكومات المحلية المتحدة لأفريقيا",
            sq="Qytetet dhe Qeverisjet Vendore të Bashkuara të Afrikës",
        ),
        T(
            en="UCLG Africa",
            fr="CGLU Afrique",
            es="CGLU África",
            ar="UCLG Africa",
            sq="UCLG Africa",
        ),
    ),
    (
        "city_association",
        "AL",
        T(
            en="Association for Local Autonomy",
            fr="Association pour l'autonomie locale",
            es="Asociación para la Autonomía Local",
            ar="جمعية الحكم الذاتي المحلي",
            sq="Shoqata për Autonomi Vendore",
        ),
        T(en="ALA", fr="ALA", es="ALA", ar="ALA", sq="SHAV"),
    ),
    (
        "academic",
        "KE",
        T(
            en="University of Nairobi",
            fr="Université de Nairobi",
            es="Universidad de Nairobi",
            ar="جامعة نيروبي",
            sq="Universiteti i Nairobit",
        ),
        T(en="UoN", fr="UoN", es="UoN", ar="UoN", sq="UoN"),
    ),
]

CITIES = [
    (
        "east-southern-africa",
        "KE",
        2016,
        T(en="Mombasa", fr="Mombasa", es="Mombasa", ar="مومباسا", sq="Mombasa"),
    ),
    (
        "east-southern-africa",
        "KE",
        2019,
        T(en="Kisumu", fr="Kisumu", es="Kisumu", ar="كيسومو", sq="Kisumu"),
    ),
    (
        "east-southern-africa",
        "TZ",
        2021,
        T(en="Zanzibar City", fr="Zanzibar", es="Zanzíbar", ar="مدينة زنجبار", sq="Zanzibar"),
    ),
    (
        "middle-east-north-africa",
        "JO",
        2017,
        T(en="Irbid", fr="Irbid", es="Irbid", ar="إربد", sq="Irbid"),
    ),
    (
        "middle-east-north-africa",
        "LB",
        2016,
        T(en="Tripoli", fr="Tripoli", es="Trípoli", ar="طرابلس", sq="Tripoli"),
    ),
    (
        "middle-east-north-africa",
        "TN",
        2018,
        T(en="Sousse", fr="Sousse", es="Susa", ar="سوسة", sq="Suse"),
    ),
    (
        "south-asia",
        "BD",
        2018,
        T(
            en="Dhaka North",
            fr="Dhaka Nord",
            es="Daca Norte",
            ar="دكا الشمالية",
            sq="Dhaka e Veriut",
        ),
    ),
    (
        "south-asia",
        "LK",
        2020,
        T(en="Colombo", fr="Colombo", es="Colombo", ar="كولومبو", sq="Kolombo"),
    ),
    (
        "south-asia",
        "NP",
        2022,
        T(en="Kathmandu", fr="Katmandou", es="Katmandú", ar="كاتماندو", sq="Katmandu"),
    ),
    (
        "western-balkans",
        "AL",
        2017,
        T(en="Tirana", fr="Tirana", es="Tirana", ar="تيرانا", sq="Tirana"),
    ),
    (
        "western-balkans",
        "BA",
        2018,
        T(en="Sarajevo", fr="Sarajevo", es="Sarajevo", ar="سراييفو", sq="Sarajeva"),
    ),
    (
        "western-balkans",
        "MK",
        2019,
        T(en="Kumanovo", fr="Kumanovo", es="Kumanovo", ar="كومانوفو", sq="Kumanova"),
    ),
    (
        "north-america",
        "CA",
        2015,
        T(en="Montréal", fr="Montréal", es="Montreal", ar="مونتريال", sq="Montreal"),
    ),
]


def seed_directory(source_locale):
    """Create (or update) the English directory records; returns them by kind."""
    hubs = {}
    for slug, order, status, name in HUBS:
        hubs[slug] = _upsert(
            Hub,
            source_locale,
            {"slug": slug},
            name=str(name),
            summary=str(HUB_SUMMARY),
            status=status,
            sort_order=order,
        )
    themes = {
        slug: _upsert(Theme, source_locale, {"slug": slug}, name=str(name)) for slug, name in THEMES
    }
    organisations = {}
    for kind, country, name, acronym in ORGANISATIONS:
        organisations[str(acronym)] = _upsert(
            Organisation,
            source_locale,
            {"acronym": str(acronym)},
            name=str(name),
            kind=kind,
            country=country,
            website=WEBSITES.get(str(acronym), ""),
        )
    cities = {}
    for hub_slug, country, since, name in CITIES:
        cities[str(name)] = _upsert(
            City,
            source_locale,
            {"name": str(name), "country": country},
            hub=hubs[hub_slug],
            member_since=since,
            is_member=True,
        )
    return {"hubs": hubs, "themes": themes, "organisations": organisations, "cities": cities}


def _upsert(model, locale, lookup, **values):
    obj, _ = model.objects.update_or_create(locale=locale, **lookup, defaults=values)
    return obj
