"""Demo hub pages and news in five languages (written for the demo, not machine made)."""

from .text import T

HUBS_TITLE = T(
    en="Regional hubs",
    fr="Pôles régionaux",
    es="Centros regionales",
    ar="المراكز الإقليمية",
    sq="Qendrat rajonale",
)
HUBS_INTRO = T(
    en="The network works through regional hubs that know their cities.",
    fr="Le réseau agit par l'intermédiaire de pôles régionaux qui connaissent leurs villes.",
    es="La red trabaja a través de centros regionales que conocen a sus ciudades.",
    ar="تعمل الشبكة من خلال مراكز إقليمية تعرف مدنها.",
    sq="Rrjeti punon përmes qendrave rajonale që i njohin qytetet e tyre.",
)
HUB_NEEDS = T(
    en="Cities ask for support with youth programmes, early intervention and training for "
    "municipal staff.",
    fr="Les villes demandent un soutien pour les programmes jeunesse, l'intervention précoce "
    "et la formation du personnel municipal.",
    es="Las ciudades piden apoyo para programas juveniles, intervención temprana y formación "
    "del personal municipal.",
    ar="تطلب المدن الدعم لبرامج الشباب والتدخل المبكر وتدريب موظفي البلديات.",
    sq="Qytetet kërkojnë mbështetje për programet rinore, ndërhyrjen e hershme dhe trajnimin "
    "e stafit bashkiak.",
)
HUB_CONTACT = T(
    en="Write to the regional coordinator",
    fr="Écrivez au coordinateur régional",
    es="Escriba al coordinador regional",
    ar="راسلوا المنسق الإقليمي",
    sq="Shkruani koordinatorit rajonal",
)
NEWS_TITLE = T(
    en="News and reports",
    fr="Actualités et comptes rendus",
    es="Noticias e informes",
    ar="الأخبار والتقارير",
    sq="Lajme dhe raporte",
)
NEWS_SLUG = T(en="news", fr="actualites", es="noticias", ar="الأخبار", sq="lajme")
NEWS_INTRO = T(
    en="News, event reports and statements from the network and its member cities.",
    fr="Actualités, comptes rendus d'événements et déclarations du réseau et de ses villes "
    "membres.",
    es="Noticias, informes de eventos y declaraciones de la red y de sus ciudades miembro.",
    ar="أخبار وتقارير فعاليات وبيانات من الشبكة ومدنها الأعضاء.",
    sq="Lajme, raporte ngjarjesh dhe deklarata nga rrjeti dhe qytetet e tij anëtare.",
)
ROLE_COMMS = T(
    en="Communications team",
    fr="Équipe de communication",
    es="Equipo de comunicación",
    ar="فريق الاتصال",
    sq="Ekipi i komunikimit",
)
ROLE_HUB = T(
    en="Regional hub coordinator",
    fr="Coordinatrice du pôle régional",
    es="Coordinadora del centro regional",
    ar="منسقة المركز الإقليمي",
    sq="Koordinatore e qendrës rajonale",
)

ARTICLE_TYPES = [
    ("news", False, T(en="News", fr="Actualité", es="Noticia", ar="خبر", sq="Lajm")),
    (
        "event-report",
        True,
        T(
            en="Event report",
            fr="Compte rendu d'événement",
            es="Informe de evento",
            ar="تقرير فعالية",
            sq="Raport ngjarjeje",
        ),
    ),
    ("article", False, T(en="Article", fr="Article", es="Artículo", ar="مقال", sq="Artikull")),
    (
        "announcement",
        False,
        T(en="Announcement", fr="Annonce", es="Anuncio", ar="إعلان", sq="Njoftim"),
    ),
    (
        "statement",
        False,
        T(en="Statement", fr="Déclaration", es="Declaración", ar="بيان", sq="Deklaratë"),
    ),
]

# (article type, hub slug, days ago, theme slugs, related event key, title, summary, paragraphs)
NEWS = [
    (
        "event-report",
        "western-balkans",
        55,
        ["youth"],
        "balkans-workshop",
        T(
            en="Balkan cities train youth workers to spot early signs of radicalisation",
            fr="Les villes des Balkans forment les animateurs jeunesse à repérer les premiers signes "
            "de radicalisation",
            es="Las ciudades de los Balcanes forman a trabajadores juveniles para detectar señales "
            "tempranas de radicalización",
            ar="مدن البلقان تدرب العاملين مع الشباب على رصد العلامات المبكرة للتطرف",
            sq="Qytetet e Ballkanit trajnojnë punonjësit rinorë për të dalluar shenjat e hershme të "
            "radikalizimit",
        ),
        T(
            en="Municipal youth workers from six cities met in Tirana for two days of practice.",
            fr="Des animateurs jeunesse municipaux de six villes se sont réunis à Tirana pendant deux "
            "jours d'exercices pratiques.",
            es="Trabajadores juveniles municipales de seis ciudades se reunieron en Tirana durante "
            "dos días de práctica.",
            ar="اجتمع عاملون بلديون مع الشباب من ست مدن في تيرانا لمدة يومين من التدريب العملي.",
            sq="Punonjës rinorë bashkiakë nga gjashtë qytete u mblodhën në Tiranë për dy ditë "
            "praktike.",
        ),
        [
            T(
                en="Participants worked through real cases and agreed on a referral checklist for "
                "their cities.",
                fr="Les participants ont étudié des cas réels et se sont accordés sur une liste de "
                "contrôle pour l'orientation dans leurs villes.",
                es="Los participantes analizaron casos reales y acordaron una lista de verificación "
                "de derivación para sus ciudades.",
                ar="عمل المشاركون على حالات حقيقية واتفقوا على قائمة مرجعية للإحالة في مدنهم.",
                sq="Pjesëmarrësit punuan me raste reale dhe ranë dakord për një listë kontrolli "
                "referimi për qytetet e tyre.",
            )
        ],
    ),
    (
        "event-report",
        "middle-east-north-africa",
        115,
        ["hate"],
        "irbid-roundtable",
        T(
            en="Mayors in Irbid agree on joint steps against hate speech",
            fr="À Irbid, des maires s'accordent sur des mesures communes contre les discours de haine",
            es="En Irbid, alcaldes acuerdan medidas conjuntas contra el discurso de odio",
            ar="رؤساء بلديات في إربد يتفقون على خطوات مشتركة ضد خطاب الكراهية",
            sq="Kryetarët e bashkive në Irbid bien dakord për hapa të përbashkët kundër gjuhës së "
            "urrejtjes",
        ),
        T(
            en="A roundtable of mayors from the region produced five practical commitments.",
            fr="Une table ronde de maires de la région a débouché sur cinq engagements concrets.",
            es="Una mesa redonda de alcaldes de la región dio lugar a cinco compromisos prácticos.",
            ar="أسفرت طاولة مستديرة لرؤساء بلديات من المنطقة عن خمسة التزامات عملية.",
            sq="Një tryezë e rrumbullakët e kryetarëve të bashkive të rajonit solli pesë angazhime "
            "praktike.",
        ),
        [
            T(
                en="The commitments cover monitoring, support for targeted communities and training.",
                fr="Les engagements portent sur la veille, le soutien aux communautés visées et la "
                "formation.",
                es="Los compromisos abarcan el seguimiento, el apoyo a las comunidades afectadas y la "
                "formación.",
                ar="تشمل الالتزامات الرصد ودعم المجتمعات المستهدفة والتدريب.",
                sq="Angazhimet përfshijnë monitorimin, mbështetjen për komunitetet e shënjestruara dhe "
                "trajnimin.",
            )
        ],
    ),
    (
        "event-report",
        "south-asia",
        195,
        ["prevention", "cohesion"],
        "dhaka-launch",
        T(
            en="Dhaka North launches its city needs assessment",
            fr="Dhaka Nord lance son évaluation des besoins de la ville",
            es="Daca Norte presenta su evaluación de necesidades de la ciudad",
            ar="دكا الشمالية تطلق تقييم احتياجات المدينة",
            sq="Dhaka e Veriut nis vlerësimin e nevojave të qytetit",
        ),
        T(
            en="The assessment maps local risks and the services already in place.",
            fr="L'évaluation recense les risques locaux et les services déjà en place.",
            es="La evaluación identifica los riesgos locales y los servicios ya existentes.",
            ar="يرسم التقييم خريطة المخاطر المحلية والخدمات القائمة بالفعل.",
            sq="Vlerësimi harton rreziqet vendore dhe shërbimet që ekzistojnë tashmë.",
        ),
        [
            T(
                en="Four roundtables were held in English and Bangla with community leaders.",
                fr="Quatre tables rondes ont eu lieu en anglais et en bengali avec des responsables "
                "communautaires.",
                es="Se celebraron cuatro mesas redondas en inglés y bengalí con líderes comunitarios.",
                ar="عُقدت أربع طاولات مستديرة باللغتين الإنجليزية والبنغالية مع قادة المجتمع.",
                sq="U zhvilluan katër tryeza të rrumbullakëta në anglisht dhe bengalisht me drejtues "
                "të komunitetit.",
            )
        ],
    ),
    (
        "news",
        "east-southern-africa",
        12,
        ["youth"],
        None,
        T(
            en="Mombasa opens a youth resilience centre",
            fr="Mombasa ouvre un centre de résilience pour les jeunes",
            es="Mombasa abre un centro de resiliencia juvenil",
            ar="مومباسا تفتتح مركزًا لصمود الشباب",
            sq="Mombasa hap një qendër për qëndrueshmërinë e të rinjve",
        ),
        T(
            en="The centre offers mentoring, sport and counselling in one place.",
            fr="Le centre propose mentorat, sport et accompagnement psychologique en un seul lieu.",
            es="El centro ofrece mentoría, deporte y orientación en un solo lugar.",
            ar="يقدم المركز الإرشاد والرياضة والاستشارة في مكان واحد.",
            sq="Qendra ofron mentorim, sport dhe këshillim në një vend.",
        ),
        [
            T(
                en="The city designed it with young people from the neighbourhoods it serves.",
                fr="La ville l'a conçu avec des jeunes des quartiers qu'il dessert.",
                es="La ciudad lo diseñó con jóvenes de los barrios a los que atiende.",
                ar="صممت المدينة المركز مع شباب من الأحياء التي يخدمها.",
                sq="Qyteti e hartoi atë me të rinj nga lagjet që i shërben.",
            )
        ],
    ),
    (
        "announcement",
        None,
        5,
        ["prevention"],
        None,
        T(
            en="The Technical Support Fund opens its new call",
            fr="Le Fonds d'appui technique ouvre son nouvel appel",
            es="El Fondo de Apoyo Técnico abre su nueva convocatoria",
            ar="صندوق الدعم الفني يفتح دعوته الجديدة",
            sq="Fondi i Mbështetjes Teknike hap thirrjen e re",
        ),
        T(
            en="Member cities can apply for small grants for initiatives with large impact.",
            fr="Les villes membres peuvent demander de petites subventions pour des initiatives à "
            "fort impact.",
            es="Las ciudades miembro pueden solicitar pequeñas subvenciones para iniciativas de gran "
            "impacto.",
            ar="يمكن للمدن الأعضاء التقدم بطلب منح صغيرة لمبادرات ذات أثر كبير.",
            sq="Qytetet anëtare mund të aplikojnë për grante të vogla për nisma me ndikim të madh.",
        ),
        [
            T(
                en="Applications are accepted in English, French, Spanish, Arabic and Albanian.",
                fr="Les candidatures sont acceptées en anglais, français, espagnol, arabe et albanais.",
                es="Se aceptan solicitudes en inglés, francés, español, árabe y albanés.",
                ar="تُقبل الطلبات باللغات الإنجليزية والفرنسية والإسبانية والعربية والألبانية.",
                sq="Aplikimet pranohen në anglisht, frëngjisht, spanjisht, arabisht dhe shqip.",
            )
        ],
    ),
    (
        "statement",
        None,
        30,
        ["hate", "cohesion"],
        None,
        T(
            en="Statement on attacks against places of worship",
            fr="Déclaration sur les attaques contre des lieux de culte",
            es="Declaración sobre los ataques contra lugares de culto",
            ar="بيان بشأن الهجمات على دور العبادة",
            sq="Deklaratë për sulmet ndaj vendeve të kultit",
        ),
        T(
            en="Member cities stand with the communities affected and call for calm.",
            fr="Les villes membres se tiennent aux côtés des communautés touchées et appellent au "
            "calme.",
            es="Las ciudades miembro apoyan a las comunidades afectadas y hacen un llamamiento a la "
            "calma.",
            ar="تقف المدن الأعضاء إلى جانب المجتمعات المتضررة وتدعو إلى الهدوء.",
            sq="Qytetet anëtare qëndrojnë pranë komuniteteve të prekura dhe bëjnë thirrje për "
            "qetësi.",
        ),
        [
            T(
                en="Local leaders have a key role in preventing further violence.",
                fr="Les responsables locaux jouent un rôle clé pour prévenir de nouvelles violences.",
                es="Los líderes locales tienen un papel clave para prevenir más violencia.",
                ar="للقادة المحليين دور أساسي في منع مزيد من العنف.",
                sq="Drejtuesit vendorë kanë një rol kyç në parandalimin e dhunës së mëtejshme.",
            )
        ],
    ),
    (
        "article",
        "western-balkans",
        80,
        ["online"],
        None,
        T(
            en="How Sarajevo responds to online hate",
            fr="Comment Sarajevo répond à la haine en ligne",
            es="Cómo responde Sarajevo al odio en línea",
            ar="كيف تستجيب سراييفو لخطاب الكراهية عبر الإنترنت",
            sq="Si i përgjigjet Sarajeva urrejtjes në internet",
        ),
        T(
            en="A municipal team works with schools and platforms to reduce harm.",
            fr="Une équipe municipale travaille avec les écoles et les plateformes pour réduire les "
            "préjudices.",
            es="Un equipo municipal trabaja con escuelas y plataformas para reducir los daños.",
            ar="يعمل فريق بلدي مع المدارس والمنصات للحد من الأضرار.",
            sq="Një ekip bashkiak punon me shkollat dhe platformat për të ulur dëmet.",
        ),
        [
            T(
                en="Teachers receive short guides on how to talk about harmful content with pupils.",
                fr="Les enseignants reçoivent de courts guides pour parler des contenus préjudiciables "
                "avec les élèves.",
                es="El profesorado recibe guías breves para hablar con el alumnado sobre contenidos "
                "dañinos.",
                ar="يتلقى المعلمون أدلة قصيرة حول كيفية مناقشة المحتوى الضار مع التلاميذ.",
                sq="Mësuesit marrin udhëzues të shkurtër se si të flasin me nxënësit për përmbajtjen e "
                "dëmshme.",
            )
        ],
    ),
    (
        "news",
        "south-asia",
        40,
        ["mhpss"],
        None,
        T(
            en="Colombo adds psychosocial support to its prevention plan",
            fr="Colombo ajoute le soutien psychosocial à son plan de prévention",
            es="Colombo incorpora el apoyo psicosocial a su plan de prevención",
            ar="كولومبو تضيف الدعم النفسي الاجتماعي إلى خطتها الوقائية",
            sq="Kolombo shton mbështetjen psikosociale në planin e saj të parandalimit",
        ),
        T(
            en="Health workers and social workers now share one referral system.",
            fr="Soignants et travailleurs sociaux partagent désormais un même système d'orientation.",
            es="El personal sanitario y los trabajadores sociales comparten ahora un mismo sistema "
            "de derivación.",
            ar="يتشارك العاملون الصحيون والاجتماعيون الآن نظام إحالة واحدًا.",
            sq="Punonjësit shëndetësorë dhe ata socialë tani ndajnë një sistem të vetëm referimi.",
        ),
        [
            T(
                en="The plan was shaped by a year of consultation with residents.",
                fr="Le plan a été élaboré après une année de consultation des habitants.",
                es="El plan se elaboró tras un año de consultas con los vecinos.",
                ar="تشكلت الخطة بعد عام من التشاور مع السكان.",
                sq="Plani u formësua pas një viti konsultimesh me banorët.",
            )
        ],
    ),
    (
        "news",
        "middle-east-north-africa",
        65,
        ["cohesion"],
        None,
        T(
            en="Sousse brings neighbourhood councils together",
            fr="Sousse réunit ses conseils de quartier",
            es="Susa reúne a sus consejos de barrio",
            ar="سوسة تجمع مجالس أحيائها",
            sq="Suse bashkon këshillat e lagjeve",
        ),
        T(
            en="Residents and officials meet every month to solve local tensions early.",
            fr="Habitants et élus se réunissent chaque mois pour régler tôt les tensions locales.",
            es="Vecinos y funcionarios se reúnen cada mes para resolver pronto las tensiones "
            "locales.",
            ar="يلتقي السكان والمسؤولون كل شهر لحل التوترات المحلية مبكرًا.",
            sq="Banorët dhe zyrtarët takohen çdo muaj për t'i zgjidhur herët tensionet vendore.",
        ),
        [
            T(
                en="The councils report back in public so that everyone can follow the results.",
                fr="Les conseils rendent compte en public afin que chacun puisse suivre les résultats.",
                es="Los consejos informan en público para que todos puedan seguir los resultados.",
                ar="تقدم المجالس تقاريرها علنًا ليتمكن الجميع من متابعة النتائج.",
                sq="Këshillat raportojnë publikisht që të gjithë të ndjekin rezultatet.",
            )
        ],
    ),
    (
        "article",
        "east-southern-africa",
        150,
        ["prevention"],
        None,
        T(
            en="Lessons from Kisumu's early intervention teams",
            fr="Les enseignements des équipes d'intervention précoce de Kisumu",
            es="Lecciones de los equipos de intervención temprana de Kisumu",
            ar="دروس من فرق التدخل المبكر في كيسومو",
            sq="Mësime nga ekipet e ndërhyrjes së hershme në Kisumu",
        ),
        T(
            en="Small multi-agency teams helped families before problems grew.",
            fr="De petites équipes pluridisciplinaires ont aidé des familles avant que les problèmes "
            "ne s'aggravent.",
            es="Pequeños equipos multidisciplinares ayudaron a familias antes de que los problemas "
            "crecieran.",
            ar="ساعدت فرق صغيرة متعددة الجهات الأسر قبل أن تتفاقم المشكلات.",
            sq="Ekipe të vogla ndërinstitucionale ndihmuan familjet para se problemet të "
            "rriteshin.",
        ),
        [
            T(
                en="Each team includes a social worker, a teacher and a community volunteer.",
                fr="Chaque équipe comprend un travailleur social, un enseignant et un bénévole de "
                "quartier.",
                es="Cada equipo incluye a un trabajador social, un docente y un voluntario comunitario.",
                ar="يضم كل فريق أخصائيًا اجتماعيًا ومعلمًا ومتطوعًا من المجتمع.",
                sq="Çdo ekip përfshin një punonjës social, një mësues dhe një vullnetar nga "
                "komuniteti.",
            )
        ],
    ),
    (
        "news",
        "western-balkans",
        20,
        ["youth", "cohesion"],
        None,
        T(
            en="Kumanovo students design a campaign for inclusion",
            fr="Des élèves de Kumanovo conçoivent une campagne pour l'inclusion",
            es="Estudiantes de Kumanovo diseñan una campaña por la inclusión",
            ar="طلاب كومانوفو يصممون حملة من أجل الإدماج",
            sq="Nxënësit e Kumanovës hartojnë një fushatë për përfshirjen",
        ),
        T(
            en="The campaign runs in Macedonian and Albanian across the city.",
            fr="La campagne est diffusée en macédonien et en albanais dans toute la ville.",
            es="La campaña se difunde en macedonio y albanés por toda la ciudad.",
            ar="تُنفذ الحملة باللغتين المقدونية والألبانية في أنحاء المدينة.",
            sq="Fushata zhvillohet në maqedonisht dhe shqip në të gjithë qytetin.",
        ),
        [
            T(
                en="Students chose the messages and the places where posters would hang.",
                fr="Les élèves ont choisi les messages et les lieux d'affichage.",
                es="El alumnado eligió los mensajes y los lugares donde colgar los carteles.",
                ar="اختار الطلاب الرسائل والأماكن التي ستُعلق فيها الملصقات.",
                sq="Nxënësit zgjodhën mesazhet dhe vendet ku do të vareshin posterat.",
            )
        ],
    ),
    (
        "announcement",
        "north-america",
        3,
        ["prevention"],
        None,
        T(
            en="The North America hub is being planned",
            fr="Le pôle Amérique du Nord est en préparation",
            es="Se está preparando el centro de América del Norte",
            ar="يجري التخطيط لمركز أمريكا الشمالية",
            sq="Po planifikohet qendra e Amerikës së Veriut",
        ),
        T(
            en="Cities in the region are invited to share their priorities.",
            fr="Les villes de la région sont invitées à partager leurs priorités.",
            es="Se invita a las ciudades de la región a compartir sus prioridades.",
            ar="المدن في المنطقة مدعوة إلى مشاركة أولوياتها.",
            sq="Qytetet e rajonit ftohen të ndajnë prioritetet e tyre.",
        ),
        [
            T(
                en="A first meeting of interested cities will take place online.",
                fr="Une première réunion des villes intéressées aura lieu en ligne.",
                es="Una primera reunión de las ciudades interesadas se celebrará en línea.",
                ar="سيُعقد أول اجتماع للمدن المهتمة عبر الإنترنت.",
                sq="Një takim i parë i qyteteve të interesuara do të zhvillohet në internet.",
            )
        ],
    ),
]
