"""The demo's fund call and its page, in five languages."""

from .text import T

CALL_TITLE = T(
    en="Technical Support Fund 2026",
    fr="Fonds d'appui technique 2026",
    es="Fondo de Apoyo Técnico 2026",
    ar="صندوق الدعم الفني 2026",
    sq="Fondi i Mbështetjes Teknike 2026",
)
ELIGIBILITY = T(
    en="Member cities and local authorities of the network can apply for up to 15000 EUR "
    "for a small initiative that prevents hate, extremism or polarisation.",
    fr="Les villes membres et les autorités locales du réseau peuvent demander jusqu'à "
    "15000 EUR pour une petite initiative qui prévient la haine, l'extrémisme ou la polarisation.",
    es="Las ciudades miembro y las autoridades locales de la red pueden solicitar hasta "
    "15000 EUR para una pequeña iniciativa que prevenga el odio, el extremismo o la polarización.",
    ar="يمكن للمدن الأعضاء والسلطات المحلية في الشبكة طلب ما يصل إلى 15000 EUR لمبادرة صغيرة "
    "تمنع الكراهية أو التطرف أو الاستقطاب.",
    sq="Qytetet anëtare dhe autoritetet vendore të rrjetit mund të aplikojnë për deri në "
    "15000 EUR për një nismë të vogël që parandalon urrejtjen, ekstremizmin ose polarizimin.",
)
PRIVACY = T(
    en="We use your answers only to assess and manage this application. Personal details are "
    "deleted 36 months after a decision; the figures are kept for statistics.",
    fr="Nous utilisons vos réponses uniquement pour évaluer et gérer cette candidature. Les "
    "données personnelles sont supprimées 36 mois après la décision ; les chiffres sont "
    "conservés à des fins statistiques.",
    es="Usamos sus respuestas solo para evaluar y gestionar esta solicitud. Los datos "
    "personales se eliminan 36 meses después de la decisión; las cifras se conservan con "
    "fines estadísticos.",
    ar="نستخدم إجاباتكم فقط لتقييم هذا الطلب وإدارته. تُحذف البيانات الشخصية بعد 36 شهرًا من "
    "القرار، وتُحفظ الأرقام لأغراض إحصائية.",
    sq="Përgjigjet tuaja i përdorim vetëm për të vlerësuar dhe menaxhuar këtë aplikim. Të "
    "dhënat personale fshihen 36 muaj pas vendimit; shifrat ruhen për statistika.",
)
Q_PROBLEM = T(
    en="What problem will the project address?",
    fr="Quel problème le projet va-t-il traiter ?",
    es="¿Qué problema abordará el proyecto?",
    ar="ما المشكلة التي سيعالجها المشروع؟",
    sq="Cilin problem do të trajtojë projekti?",
)
Q_PROBLEM_HELP = T(
    en="Describe the local situation and who is affected.",
    fr="Décrivez la situation locale et les personnes concernées.",
    es="Describa la situación local y a quién afecta.",
    ar="صِف الوضع المحلي ومن يتأثر به.",
    sq="Përshkruani situatën vendore dhe kë prek.",
)
Q_THEMES = T(
    en="Which themes does the project work on?",
    fr="Sur quels thèmes le projet porte-t-il ?",
    es="¿En qué temas trabaja el proyecto?",
    ar="ما المحاور التي يعمل عليها المشروع؟",
    sq="Për cilat tema punon projekti?",
)
CHOICES = [
    T(
        en="Prevention",
        fr="Prévention",
        es="Prevención",
        ar="الوقاية",
        sq="Parandalimi",
    ),
    T(
        en="Social cohesion",
        fr="Cohésion sociale",
        es="Cohesión social",
        ar="التماسك الاجتماعي",
        sq="Kohezioni social",
    ),
    T(
        en="Youth",
        fr="Jeunesse",
        es="Juventud",
        ar="الشباب",
        sq="Rinia",
    ),
]
Q_PEOPLE = T(
    en="How many people will the project reach?",
    fr="Combien de personnes le projet touchera-t-il ?",
    es="¿A cuántas personas llegará el proyecto?",
    ar="كم عدد الأشخاص الذين سيصل إليهم المشروع؟",
    sq="Sa njerëz do të arrijë projekti?",
)
Q_BUDGET = T(
    en="Budget",
    fr="Budget",
    es="Presupuesto",
    ar="الميزانية",
    sq="Buxheti",
)
Q_BUDGET_HELP = T(
    en="A PDF, spreadsheet or document.",
    fr="Un PDF, un tableur ou un document.",
    es="Un PDF, una hoja de cálculo o un documento.",
    ar="ملف PDF أو جدول بيانات أو مستند.",
    sq="Një PDF, fletë llogaritëse ose dokument.",
)
Q_MAYOR = T(
    en="The mayor's office supports this application",
    fr="Le cabinet du maire soutient cette candidature",
    es="La alcaldía respalda esta solicitud",
    ar="يدعم مكتب رئيس البلدية هذا الطلب",
    sq="Zyra e kryetarit të bashkisë e mbështet këtë aplikim",
)
CRITERIA = [
    (
        T(
            en="Relevance to the network's priorities",
            fr="Pertinence au regard des priorités du réseau",
            es="Pertinencia respecto de las prioridades de la red",
            ar="الصلة بأولويات الشبكة",
            sq="Përshtatshmëria me prioritetet e rrjetit",
        ),
        2,
    ),
    (
        T(
            en="Feasibility",
            fr="Faisabilité",
            es="Viabilidad",
            ar="قابلية التنفيذ",
            sq="Realizueshmëria",
        ),
        1,
    ),
    (
        T(
            en="Local ownership",
            fr="Appropriation locale",
            es="Apropiación local",
            ar="الملكية المحلية",
            sq="Pronësia vendore",
        ),
        1,
    ),
]
PAGE_TITLE = T(
    en="Apply to the Technical Support Fund",
    fr="Candidater au Fonds d'appui technique",
    es="Solicitar el Fondo de Apoyo Técnico",
    ar="التقدّم إلى صندوق الدعم الفني",
    sq="Aplikoni në Fondin e Mbështetjes Teknike",
)
PAGE_SLUG = T(en="fund", fr="fonds", es="fondo", ar="الصندوق", sq="fondi")
PAGE_INTRO = T(
    en="The fund gives member cities small grants for initiatives with a large impact, "
    "designed with their regional hub.",
    fr="Le fonds accorde aux villes membres de petites subventions pour des initiatives à "
    "fort impact, conçues avec leur pôle régional.",
    es="El fondo otorga a las ciudades miembro pequeñas subvenciones para iniciativas de gran "
    "impacto, diseñadas con su centro regional.",
    ar="يقدّم الصندوق للمدن الأعضاء منحًا صغيرة لمبادرات ذات أثر كبير، تُصمَّم مع مركزها الإقليمي.",
    sq="Fondi u jep qyteteve anëtare grante të vogla për nisma me ndikim të madh, të "
    "hartuara me qendrën e tyre rajonale.",
)
