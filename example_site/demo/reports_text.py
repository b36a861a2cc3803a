"""Structured event reports of two past demo events: figures as data, prose in five languages."""

from .text import T

SERIES_BALKANS = T(
    en="Western Balkans youth engagement series",
    fr="Série sur l'engagement des jeunes dans les Balkans occidentaux",
    es="Serie sobre participación juvenil en los Balcanes Occidentales",
    ar="سلسلة إشراك الشباب في غرب البلقان",
    sq="Seria për angazhimin e të rinjve në Ballkanin Perëndimor",
)
SESSION_PLENARY = T(
    en="Opening plenary",
    fr="Séance plénière d'ouverture",
    es="Sesión plenaria de apertura",
    ar="الجلسة العامة الافتتاحية",
    sq="Seanca plenare e hapjes",
)
SESSION_PRACTICE = T(
    en="Practice labs",
    fr="Ateliers pratiques",
    es="Laboratorios prácticos",
    ar="مختبرات الممارسة",
    sq="Laboratorët e praktikës",
)
SPEAKER_MAYOR_TITLE = T(
    en="Mayor",
    fr="Maire",
    es="Alcaldesa",
    ar="رئيسة البلدية",
    sq="Kryetare e bashkisë",
)
SPEAKER_COORDINATOR_TITLE = T(
    en="Regional coordinator, Strong Cities Network",
    fr="Coordinatrice régionale, Strong Cities Network",
    es="Coordinadora regional, Strong Cities Network",
    ar="المنسقة الإقليمية، Strong Cities Network",
    sq="Koordinatore rajonale, Strong Cities Network",
)
SUMMARY_BALKANS = T(
    en="Youth workers from twelve municipalities practised ways to involve young people in "
    "local prevention plans, from school councils to neighbourhood forums.",
    fr="Des animateurs jeunesse de douze municipalités ont expérimenté des façons d'associer "
    "les jeunes aux plans locaux de prévention, des conseils d'école aux forums de quartier.",
    es="Trabajadores juveniles de doce municipios practicaron formas de implicar a los jóvenes "
    "en los planes locales de prevención, desde los consejos escolares hasta los foros de barrio.",
    ar="تدرّب عاملون مع الشباب من اثنتي عشرة بلدية على طرق إشراك الشباب في خطط الوقاية "
    "المحلية، من المجالس المدرسية إلى منتديات الأحياء.",
    sq="Punonjës rinorë nga dymbëdhjetë bashki praktikuan mënyra për të përfshirë të rinjtë në "
    "planet vendore të parandalimit, nga këshillat e shkollave te forumet e lagjeve.",
)
THEME_FINDING_BALKANS = T(
    en="Young people take part when they see their proposals in the municipal budget.",
    fr="Les jeunes participent lorsqu'ils voient leurs propositions dans le budget municipal.",
    es="Los jóvenes participan cuando ven sus propuestas en el presupuesto municipal.",
    ar="يشارك الشباب حين يرون مقترحاتهم في ميزانية البلدية.",
    sq="Të rinjtë marrin pjesë kur i shohin propozimet e tyre në buxhetin e bashkisë.",
)
RECOMMENDATION_CITIES = T(
    en="Give youth councils a small budget line they decide on themselves.",
    fr="Doter les conseils de jeunes d'une petite ligne budgétaire dont ils décident eux-mêmes.",
    es="Dotar a los consejos juveniles de una pequeña partida presupuestaria que decidan ellos "
    "mismos.",
    ar="تخصيص بند صغير في الميزانية تقرر مجالس الشباب في شأنه بنفسها.",
    sq="T'u jepet këshillave rinorë një zë i vogël buxhetor për të cilin vendosin vetë.",
)
RECOMMENDATION_NATIONAL = T(
    en="Fund municipal youth workers for several years, not project by project.",
    fr="Financer les animateurs jeunesse municipaux sur plusieurs années, et non projet par "
    "projet.",
    es="Financiar a los trabajadores juveniles municipales durante varios años, no proyecto a "
    "proyecto.",
    ar="تمويل العاملين البلديين مع الشباب لعدة سنوات، لا مشروعاً بمشروع.",
    sq="Të financohen punonjësit rinorë bashkiakë për disa vite, jo projekt pas projekti.",
)
NEXT_STEP_BALKANS = T(
    en="Each municipality will share its youth council plan at the next hub meeting.",
    fr="Chaque municipalité présentera son plan de conseil de jeunes à la prochaine réunion du "
    "pôle.",
    es="Cada municipio presentará su plan de consejo juvenil en la próxima reunión del centro.",
    ar="ستعرض كل بلدية خطة مجلس الشباب الخاص بها في الاجتماع المقبل للمركز.",
    sq="Çdo bashki do të ndajë planin e saj për këshillin rinor në takimin e ardhshëm të qendrës.",
)
QUOTE_BALKANS = T(
    en="When young people write part of the plan, they defend it in their neighbourhoods.",
    fr="Quand les jeunes écrivent une partie du plan, ils le défendent dans leurs quartiers.",
    es="Cuando los jóvenes escriben parte del plan, lo defienden en sus barrios.",
    ar="حين يكتب الشباب جزءاً من الخطة، يدافعون عنها في أحيائهم.",
    sq="Kur të rinjtë shkruajnë një pjesë të planit, e mbrojnë atë në lagjet e tyre.",
)
SUMMARY_IRBID = T(
    en="Municipal leaders from the region compared how their cities respond to hate speech "
    "online and offline, and agreed on a shared reporting approach.",
    fr="Des responsables municipaux de la région ont comparé la réponse de leurs villes aux "
    "discours de haine en ligne et hors ligne, et se sont accordés sur une méthode commune de "
    "signalement.",
    es="Responsables municipales de la región compararon cómo responden sus ciudades al discurso "
    "de odio en línea y fuera de línea, y acordaron un enfoque común de denuncia.",
    ar="قارن قادة بلديون من المنطقة كيفية تصدي مدنهم لخطاب الكراهية على الإنترنت وخارجه، "
    "واتفقوا على نهج مشترك للإبلاغ.",
    sq="Drejtues bashkiakë nga rajoni krahasuan si u përgjigjen qytetet e tyre gjuhës së "
    "urrejtjes në internet dhe jashtë tij, dhe ranë dakord për një qasje të përbashkët "
    "raportimi.",
)
THEME_FINDING_IRBID = T(
    en="Cities that publish what they do with reports receive more of them.",
    fr="Les villes qui publient les suites données aux signalements en reçoivent davantage.",
    es="Las ciudades que publican lo que hacen con las denuncias reciben más.",
    ar="المدن التي تنشر ما تفعله بالبلاغات تتلقى المزيد منها.",
    sq="Qytetet që publikojnë se çfarë bëjnë me raportimet marrin më shumë të tilla.",
)
RECOMMENDATION_NETWORK = T(
    en="Collect the cities' reporting forms in one shared library.",
    fr="Rassembler les formulaires de signalement des villes dans une bibliothèque commune.",
    es="Reunir los formularios de denuncia de las ciudades en una biblioteca común.",
    ar="جمع نماذج الإبلاغ الخاصة بالمدن في مكتبة مشتركة واحدة.",
    sq="Të mblidhen formularët e raportimit të qyteteve në një bibliotekë të përbashkët.",
)
IMPACT_TITLE = T(
    en="Our impact", fr="Notre impact", es="Nuestro impacto", ar="أثرنا", sq="Ndikimi ynë"
)
IMPACT_SLUG = T(en="impact", fr="impact", es="impacto", ar="أثرنا", sq="ndikimi")
IMPACT_INTRO = T(
    en="What the network's events achieved, added up from their published reports.",
    fr="Ce que les événements du réseau ont accompli, d'après leurs comptes rendus publiés.",
    es="Lo que lograron los eventos de la red, sumado a partir de sus informes publicados.",
    ar="ما حققته فعاليات الشبكة، محسوباً من تقاريرها المنشورة.",
    sq="Çfarë arritën ngjarjet e rrjetit, të mbledhura nga raportet e tyre të publikuara.",
)
HUB_IMPACT_HEADING = T(
    en="What this hub's events achieved",
    fr="Ce qu'ont accompli les événements de ce pôle",
    es="Lo que lograron los eventos de este centro",
    ar="ما حققته فعاليات هذا المركز",
    sq="Çfarë arritën ngjarjet e kësaj qendre",
)
SPEAKER_MAYOR = T(
    en="Erjona Hoxha", fr="Erjona Hoxha", es="Erjona Hoxha", ar="إرجونا هوجا", sq="Erjona Hoxha"
)
SPEAKER_COORDINATOR = T(
    en="Amina Farah", fr="Amina Farah", es="Amina Farah", ar="أمينة فرح", sq="Amina Farah"
)
