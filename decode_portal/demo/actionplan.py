"""The Depopulation Control Action Plan: its structure, themes and the good practices presented.

Facts from ../shared/facts.md §2 (meetings), §3 (the plan's title, number and table of contents)
and §5 (population trends). Sentences are our own. The plan's individual measures could not be
read from the stored copy, so no measure is loaded: each theme says where the published edition
sets them out. Good practices are those documented for the network's meetings; each names its
partner by partner number and is loaded without a partner link (but with the partner's country)
when that partner is not in the database yet, so this loader runs before and after the
partners' demo content.
"""

from actionplan.models import ActionPlan, GoodPractice, Theme
from decode_portal.content.publishing import PublicationStatus
from decode_portal.demo.events import PROJECT_START
from decode_portal.demo.sync import sync
from partners.models import Partner

PARTNER_COUNTRIES = {
    "LP": "LV",
    "PP2": "LT",
    "PP3": "PL",
    "PP4": "DE",
    "PP5": "IT",
    "PP6": "DK",
    "PP7": "RO",
    "PP8": "ES",
}

PLAN = {
    "version": "1.0",
    "title_lv": "Depopulācijas kontroles rīcības plāns",
    "title_en": "Depopulation Control Action Plan",
    "publication_date": None,  # not established by the sources
    "is_published": True,
    "introduction_lv": (
        "<p>Rīcības plāns ir DeCoDe tīkla galvenais rezultāts. To kopīgi sagatavoja astoņi "
        "partneri no astoņām Eiropas valstīm programmas “Eiropa pilsoņiem” projektā "
        "Nr. 595269-CITIZ-1-2017-2-LV-CITIZ-NT, ko vadīja Daugavpils pilsētas dome.</p>"
        "<p>Plānā apkopoti priekšlikumi, ko reģionālie centri var iekļaut savos "
        "plānošanas dokumentos, lai mazinātu iedzīvotāju skaita samazināšanos. Tie sakārtoti "
        "trīs virzienos: dzimstības veicināšana un demogrāfiskās situācijas uzlabošana, "
        "darbspējas vecuma iedzīvotāju noturēšana un piesaiste, kā arī remigrācijas "
        "veicināšana.</p>"
        "<p>Plāns sastāv no četrām daļām: pētījuma apraksts, mērķi un metodoloģija; pats "
        "rīcības plāns ar trim tēmām; pārskats par situāciju partneru pilsētās; labās "
        "prakses piemēri – Daugavpilī, Latvijas atbalsta programmās, ārvalstīs un partneru "
        "pilsētās un reģionos.</p>"
    ),
    "introduction_en": (
        "<p>The action plan is the DeCoDe network's main result. Eight partners from eight "
        "European countries wrote it together in the Europe for Citizens project "
        "No. 595269-CITIZ-1-2017-2-LV-CITIZ-NT, led by Daugavpils City Council.</p>"
        "<p>It gathers proposals that regional centres can build into their own planning "
        "documents to slow down the loss of residents, in three directions: encouraging births "
        "and improving the demographic situation, keeping and attracting people of working age, "
        "and helping those who left to come back.</p>"
        "<p>The plan has four parts: a description of the study, its goals and methods; the "
        "action plan itself with its three themes; an overview of the situation in the partner "
        "cities; and good practice examples – in Daugavpils, in Latvian support programmes, "
        "abroad and in the partner cities and regions.</p>"
    ),
    "methodology_lv": (
        "<p>Plāns tapa projekta piecās starptautiskajās tikšanās reizēs no 2018. gada maija "
        "līdz 2019. gada novembrim: Daugavpilī, Kauņā, Palermo, Lodzā un noslēguma "
        "konferencē atkal Daugavpilī. Tajās partneri prezentēja savu pilsētu pieredzi, "
        "devās mācību vizītēs uz iestādēm un projektiem un strādāja darba grupās.</p>"
        "<p>Plāna struktūru partneri apsprieda Lodzas tikšanās laikā 2019. gada maijā "
        "tematiskā sesijā, ko vadīja Lodzas Universitātes ģeogrāfi. Tur partneri arī "
        "vienojās par kopīgu “labās prakses” definīciju, kas ievada plānu.</p>"
    ),
    "methodology_en": (
        "<p>The plan grew out of the project's five international meetings between May 2018 "
        "and November 2019: in Daugavpils, Kaunas, Palermo, Łódź and, for the final "
        "conference, Daugavpils again. There the partners presented what their cities do, "
        "made study visits to institutions and projects, and worked in groups.</p>"
        "<p>The structure of the plan was debated at the Łódź meeting in May 2019, in a "
        "thematic session chaired by geographers of the University of Łódź. There the partners "
        "also agreed on a shared definition of “best practice”, which introduces the plan.</p>"
    ),
    "situation_lv": (
        "<p>Partneru pilsētu iedzīvotāju skaits pēdējos divdesmit gados mainījies ļoti "
        "atšķirīgi. Daugavpils, Lodza, Palermo un Oradea visā periodā zaudējušas "
        "iedzīvotājus: piemēram, Daugavpilī saskaņā ar Centrālās statistikas pārvaldes datiem "
        "2005. gada sākumā dzīvoja 107 269 cilvēki, bet 2018. gadā – 83 250.</p>"
        "<p>Citur attīstība ir citāda. Magdeburgas iedzīvotāju skaits pēc 1990. gada strauji "
        "kritās, zemāko punktu sasniedza 2004. gadā un kopš tā laika atkal aug. Kauņa "
        "iedzīvotājus zaudēja aptuveni līdz 2017. gadam, bet kopš tā laika tās iedzīvotāju "
        "skaits palielinās. Vejles pašvaldība visā periodā vienmērīgi augusi.</p>"
    ),
    "situation_en": (
        "<p>The partner cities' populations have moved in very different directions over the "
        "last twenty years. Daugavpils, Łódź, Palermo and Oradea lost residents throughout: "
        "Daugavpils, for example, had 107,269 inhabitants at the start of 2005 and 83,250 in "
        "2018, according to the Central Statistical Bureau of Latvia.</p>"
        "<p>Elsewhere the story differs. Magdeburg fell sharply after 1990, reached its low point "
        "in 2004 and has grown again since. Kaunas lost residents until about 2017 and has been "
        "growing since then. The municipality of Vejle grew steadily throughout.</p>"
    ),
}

THEMES = [
    {
        "number": "2.1",
        "order": 1,
        "edition_pages": "6–9",
        "title_lv": "Atbalsts dzimstības veicināšanai un demogrāfiskās situācijas uzlabošanai",
        "title_en": "Support for promoting birth rates and improving the demographic situation",
        "summary_lv": (
            "Kā pilsētas var palīdzēt ģimenēm izlemt par bērniem un uzlabot iedzīvotāju "
            "vecuma struktūru."
        ),
        "summary_en": (
            "How cities can help families decide to have children and improve the age "
            "structure of their population."
        ),
        "description_lv": (
            "<p>Pirmā plāna tēma aplūko iedzīvotāju skaita dabisko kustību: cik bērnu "
            "dzimst un kā pilsētā dzīvo ģimenes, bērni un vecāka gadagājuma cilvēki. Šajā daļā "
            "apkopoti pasākumi, kas atbalsta ģimenes ar bērniem un uzlabo demogrāfisko "
            "situāciju partneru pilsētās.</p>"
            "<p>Labās prakses, kas saistītas ar šo tēmu, rāda, kā reģioni atbalsta "
            "daudzbērnu ģimenes, senioru un bērnu veselību.</p>"
        ),
        "description_en": (
            "<p>The plan's first theme looks at natural population change: how many children "
            "are born, and how families, children and older people live in the city. It gathers "
            "the measures that support families with children and improve the demographic "
            "situation of the partner cities.</p>"
            "<p>The good practices linked to this theme show how regions support large "
            "families, older residents and children's health.</p>"
        ),
    },
    {
        "number": "2.2",
        "order": 2,
        "edition_pages": "10–11",
        "title_lv": "Darbspējas vecuma iedzīvotāju noturēšana un piesaiste",
        "title_en": "Retaining and attracting the working-age population",
        "summary_lv": (
            "Kā noturēt reģionālajos centros darbspējas vecuma cilvēkus un piesaistīt jaunus."
        ),
        "summary_en": ("How regional centres can keep people of working age and attract new ones."),
        "description_lv": (
            "<p>Otrā tēma pievēršas iedzīvotājiem darbspējas vecumā – tiem, kuri visbiežāk "
            "aizbrauc uz galvaspilsētām vai ārvalstīm. Šajā daļā apkopoti pasākumi, kas palīdz "
            "viņus noturēt reģionālajos centros un piesaistīt no citurienes.</p>"
            "<p>Ar šo tēmu saistītās labās prakses nāk no Kauņas, Lodzas, Magdeburgas, "
            "Palermo un Spānijas lauku apvidus Mančuelas Konkenses.</p>"
        ),
        "description_en": (
            "<p>The second theme is about people of working age – those most likely to leave "
            "for a capital city or for abroad. It gathers the measures that help regional "
            "centres keep them and attract them from elsewhere.</p>"
            "<p>The good practices linked to this theme come from Kaunas, Łódź, Magdeburg, "
            "Palermo and the rural Manchuela Conquense district in Spain.</p>"
        ),
    },
    {
        "number": "2.3",
        "order": 3,
        "edition_pages": "12–14",
        "title_lv": "Remigrācijas veicināšana",
        "title_en": "Facilitating remigration",
        "summary_lv": "Kā palīdzēt aizbraukušajiem atgriezties un iedzīvoties no jauna.",
        "summary_en": "How to help people who left to come back and settle in again.",
        "description_lv": (
            "<p>Trešā tēma aplūko remigrāciju – aizbraukušo iedzīvotāju atgriešanos. Šajā "
            "daļā apkopoti pasākumi, kas atvieglo atgriešanos cilvēkiem, kuri savulaik "
            "aizbraukuši.</p>"
            "<p>Ar šo tēmu saistītās labās prakses ir Latvijas reģionālā remigrācijas "
            "koordinatora izmēģinājuma projekts un Lietuvas informācijas centrs "
            "“I Choose Lithuania”.</p>"
        ),
        "description_en": (
            "<p>The third theme is about remigration: residents who left coming back. It "
            "gathers the measures that make it easier for people who left to come back.</p>"
            "<p>The good practices linked to this theme are Latvia's pilot of regional "
            "remigration coordinators and the Lithuanian information centre "
            "“I Choose Lithuania”.</p>"
        ),
    },
]

LODZ_MEETING_LV = "Partneru tikšanās Lodzā, 2019. gada 28.–29. maijā"
LODZ_MEETING_EN = "Partner meeting in Łódź, 28–29 May 2019"
LODZ_NEWS = (
    "https://www.daugavpils.lv/en/city/news/city-news/"
    "ceturta-starptautiska-decode-projekta-partneru-tiksanas-polija"
)
KAUNAS_MEETING_LV = "Partneru tikšanās Kauņā, 2018. gada 9.–11. oktobrī"
KAUNAS_MEETING_EN = "Partner meeting in Kaunas, 9–11 October 2018"
KAUNAS_NEWS = "https://en.kaunas.lt/?p=4250"

PRACTICES = [
    {
        "slug": "lodzkie-senior-card",
        "partner": "PP3",
        "section": GoodPractice.Section.PARTNERS,
        "order": 1,
        "themes": ["2.1"],
        "link": LODZ_NEWS,
        "presented_at_lv": LODZ_MEETING_LV,
        "presented_at_en": LODZ_MEETING_EN,
        "title_lv": "Lodzas vojevodistes Seniora karte",
        "title_en": "Senior Card of the Łódzkie Region",
        "summary_lv": (
            "Reģionāla karte vecāka gadagājuma iedzīvotājiem, ko Lodzas vojevodistes "
            "pašvaldība piedāvā kā daļu no savas senioru politikas."
        ),
        "summary_en": (
            "A regional card for older residents, offered by the Łódzkie regional "
            "self-government as part of its policy for seniors."
        ),
        "description_lv": (
            "<p>Lodzas vojevodistes Reģionālais sociālās politikas centrs tikšanās dalībniekiem "
            "iepazīstināja ar vairākām Polijas praksēm, kas padara reģionu draudzīgāku visām "
            "paaudzēm. Viena no tām ir Seniora karte – reģiona mēroga karte vecāka gadagājuma "
            "iedzīvotājiem.</p>"
            "<p>Reģionos, kur jaunieši aizbrauc, senioru īpatsvars pieaug, tāpēc pilsētām jādomā "
            "par to, lai vecāki cilvēki varētu aktīvi piedalīties pilsētas dzīvē.</p>"
        ),
        "description_en": (
            "<p>The Regional Centre for Social Policy of the Łódzkie Region presented several "
            "Polish practices that make the region friendlier to every generation. One of them "
            "is the Senior Card: a region-wide card for older residents.</p>"
            "<p>Where young people leave, the share of older residents grows, so cities need to "
            "make sure that older people can keep taking an active part in city life.</p>"
        ),
        "transfer_note_lv": (
            "<p>Vajadzīga pašvaldība vai reģions, kas karti izsniedz un uztur, partneri, kas "
            "kartes īpašniekiem piedāvā priekšrocības, un vienkāršs pieteikšanās veids.</p>"
        ),
        "transfer_note_en": (
            "<p>It takes a municipality or region to issue and run the card, partners willing to "
            "offer its holders benefits, and a simple way to apply.</p>"
        ),
    },
    {
        "slug": "lodzkie-large-family-card",
        "partner": "PP3",
        "section": GoodPractice.Section.PARTNERS,
        "order": 2,
        "themes": ["2.1"],
        "link": LODZ_NEWS,
        "presented_at_lv": LODZ_MEETING_LV,
        "presented_at_en": LODZ_MEETING_EN,
        "title_lv": "Reģionālā daudzbērnu ģimenes karte",
        "title_en": "Regional Large Family Card",
        "summary_lv": "Lodzas vojevodistes karte daudzbērnu ģimenēm.",
        "summary_en": "The Łódzkie Region's card for families with many children.",
        "description_lv": (
            "<p>Līdzās Seniora kartei Reģionālais sociālās politikas centrs prezentēja "
            "Reģionālo daudzbērnu ģimenes karti – Lodzas vojevodistes atbalsta instrumentu "
            "ģimenēm ar vairākiem bērniem.</p>"
            "<p>Šāda karte ir redzams signāls, ka reģions novērtē ģimenes ar bērniem, un to var "
            "apvienot ar citiem ģimeņu atbalsta pasākumiem.</p>"
        ),
        "description_en": (
            "<p>Alongside the Senior Card, the Regional Centre for Social Policy presented the "
            "Regional Large Family Card, the Łódzkie Region's instrument of support for families "
            "with several children.</p>"
            "<p>A card of this kind is a visible sign that the region values families with "
            "children, and it can be combined with other support for families.</p>"
        ),
        "transfer_note_lv": (
            "<p>Ja valstī jau ir daudzbērnu ģimeņu apliecība, pilsēta var to papildināt ar "
            "saviem atvieglojumiem, nevis izsniegt jaunu karti.</p>"
        ),
        "transfer_note_en": (
            "<p>Where a national large-family card already exists, a city can add its own "
            "benefits to it rather than issue a new card.</p>"
        ),
    },
    {
        "slug": "lodzkie-fasd-point",
        "partner": "PP3",
        "section": GoodPractice.Section.PARTNERS,
        "order": 3,
        "themes": ["2.1"],
        "link": LODZ_NEWS,
        "presented_at_lv": LODZ_MEETING_LV,
        "presented_at_en": LODZ_MEETING_EN,
        "title_lv": "Reģionālais FASD diagnostikas un terapijas punkts",
        "title_en": "Regional FASD Diagnosis and Therapy Point",
        "summary_lv": (
            "Vieta Lodzas vojevodistē, kur bērnus ar augļa alkohola spektra traucējumiem "
            "diagnosticē un ārstē."
        ),
        "summary_en": (
            "A place in the Łódzkie Region where children with fetal alcohol spectrum "
            "disorders are diagnosed and treated."
        ),
        "description_lv": (
            "<p>Augļa alkohola spektra traucējumi (FASD) rodas bērniem, kuru mātes grūtniecības "
            "laikā lietojušas alkoholu. Lodzas vojevodistē izveidots reģionāls punkts, kur "
            "šos traucējumus diagnosticē un piedāvā terapiju.</p>"
            "<p>Reģionālais sociālās politikas centrs to prezentēja kā daļu no reģiona "
            "atbalsta ģimenēm un bērnu veselībai.</p>"
        ),
        "description_en": (
            "<p>Fetal alcohol spectrum disorders (FASD) affect children whose mothers drank "
            "alcohol during pregnancy. The Łódzkie Region set up a regional point where these "
            "disorders are diagnosed and therapy is offered.</p>"
            "<p>The Regional Centre for Social Policy presented it as part of the region's "
            "support for families and children's health.</p>"
        ),
        "transfer_note_lv": (
            "<p>Vajadzīgi speciālisti (ārsti, psihologi, terapeiti), sadarbība ar veselības "
            "aprūpes sistēmu un finansējums ilgtermiņā.</p>"
        ),
        "transfer_note_en": (
            "<p>It needs specialists (doctors, psychologists, therapists), cooperation with the "
            "health system and long-term funding.</p>"
        ),
    },
    {
        "slug": "lodzkie-community-service-centres",
        "partner": "PP3",
        "section": GoodPractice.Section.PARTNERS,
        "order": 4,
        "themes": ["2.2"],
        "link": LODZ_NEWS,
        "presented_at_lv": LODZ_MEETING_LV,
        "presented_at_en": LODZ_MEETING_EN,
        "title_lv": "Kopienas pakalpojumu centri",
        "title_en": "Community Service Centres",
        "summary_lv": (
            "ES finansēti centri, kuros apriņķi, pašvaldības un nevalstiskās organizācijas kopā "
            "sniedz pakalpojumus iedzīvotājiem."
        ),
        "summary_en": (
            "EU-funded centres where districts, municipalities and NGOs provide services to "
            "residents together."
        ),
        "description_lv": (
            "<p>Lodzas vojevodistes Reģionālā nodarbinātības pārvalde prezentēja Kopienas "
            "pakalpojumu centrus. Tos finansē Eiropas Savienība, un tajos sadarbojas apriņķi, "
            "vietējās kopienas un nevalstiskās organizācijas.</p>"
        ),
        "description_en": (
            "<p>The Regional Labour Office of the Łódzkie Region presented its Community Service "
            "Centres. They are funded by the European Union and bring districts, local "
            "communities and NGOs together to provide services.</p>"
        ),
        "transfer_note_lv": (
            "<p>Vajadzīgs ES fondu finansējums vai cits ilgtermiņa finansējums un vienošanās "
            "starp pašvaldību un nevalstiskajām organizācijām par to, kurš ko dara.</p>"
        ),
        "transfer_note_en": (
            "<p>It needs EU or other long-term funding, and an agreement between the "
            "municipality and NGOs on who does what.</p>"
        ),
    },
    {
        "slug": "lodzkie-universal-design",
        "partner": "PP3",
        "section": GoodPractice.Section.PARTNERS,
        "order": 5,
        "themes": ["2.2"],
        "link": LODZ_NEWS,
        "presented_at_lv": LODZ_MEETING_LV,
        "presented_at_en": LODZ_MEETING_EN,
        "title_lv": "Universālais dizains publiskajās vietās",
        "title_en": "Universal design of public spaces",
        "summary_lv": (
            "Publiskās vietas un ēkas, kas plānotas tā, lai tās ērti varētu izmantot visi – "
            "bērni, seniori un cilvēki ar invaliditāti."
        ),
        "summary_en": (
            "Public spaces and buildings planned so that everyone can use them comfortably: "
            "children, older people and people with disabilities."
        ),
        "description_lv": (
            "<p>Lodzas tikšanās pirmajā dienā Reģionālais sociālās politikas centrs "
            "prezentēja universālā dizaina principus publiskām vietām un iestādēm. Pilsēta, "
            "kurā var ērti pārvietoties ar bērnu ratiem, ratiņkrēslu vai nūjām, ir pievilcīgāka "
            "gan ģimenēm, gan senioriem.</p>"
        ),
        "description_en": (
            "<p>On the first day of the Łódź meeting the Regional Centre for Social Policy "
            "presented universal design for public spaces and facilities. A city that is easy to "
            "get around with a pram, a wheelchair or walking sticks is more attractive to "
            "families and older people alike.</p>"
        ),
        "transfer_note_lv": (
            "<p>Prasības jāiekļauj pilsētas plānošanas un būvniecības noteikumos un publiskajos "
            "iepirkumos, kā arī jāapmāca plānotāji un arhitekti.</p>"
        ),
        "transfer_note_en": (
            "<p>The requirements belong in the city's planning and building rules and in public "
            "procurement, with training for planners and architects.</p>"
        ),
    },
    {
        "slug": "i-choose-lithuania",
        "partner": "PP2",
        "section": GoodPractice.Section.PARTNERS,
        "order": 6,
        "themes": ["2.3"],
        "link": KAUNAS_NEWS,
        "presented_at_lv": KAUNAS_MEETING_LV,
        "presented_at_en": KAUNAS_MEETING_EN,
        "title_lv": "Migrācijas informācijas centrs “I Choose Lithuania”",
        "title_en": "Migration information centre “I Choose Lithuania”",
        "summary_lv": (
            "Vienas pieturas aģentūra lietuviešiem ārvalstīs un tiem, kuri atgriežas Lietuvā."
        ),
        "summary_en": "A one-stop shop for Lithuanians abroad and for those returning home.",
        "description_lv": (
            "<p>Kauņas tikšanās laikā partneri iepazinās ar migrācijas informācijas centru "
            "“I Choose Lithuania”. Tas darbojas kā vienas pieturas aģentūra: cilvēks, kurš "
            "dzīvo ārvalstīs vai atgriežas, vienuviet var saņemt informāciju par visu, kas "
            "vajadzīgs, lai atkal iedzīvotos Lietuvā.</p>"
        ),
        "description_en": (
            "<p>At the Kaunas meeting the partners heard from the migration information centre "
            "“I Choose Lithuania”. It works as a one-stop shop: someone living abroad or coming "
            "back finds in one place the information they need to settle in Lithuania again.</p>"
        ),
        "transfer_note_lv": (
            "<p>Vajadzīga iestāde, kas uzņemas būt vienotais kontaktpunkts, sadarbība ar "
            "nodarbinātības, izglītības un sociālajiem dienestiem un saziņa ar diasporu.</p>"
        ),
        "transfer_note_en": (
            "<p>It takes one body willing to be the single point of contact, cooperation with "
            "employment, education and social services, and outreach to the diaspora.</p>"
        ),
    },
    {
        "slug": "ktu-future-it-curricula",
        "partner": "PP2",
        "section": GoodPractice.Section.PARTNERS,
        "order": 7,
        "themes": ["2.2"],
        "link": KAUNAS_NEWS,
        "presented_at_lv": KAUNAS_MEETING_LV,
        "presented_at_en": KAUNAS_MEETING_EN,
        "title_lv": "Kauņas Tehnoloģiju universitātes nākotnes IT studiju programmas",
        "title_en": "Kaunas University of Technology's future-oriented IT curricula",
        "summary_lv": (
            "Universitāte pielāgo IT studijas nākotnes darba tirgum un izmēģina jaunus "
            "mācīšanās veidus."
        ),
        "summary_en": (
            "A university adapting its IT studies to tomorrow's labour market and trying new "
            "ways of learning."
        ),
        "description_lv": (
            "<p>Kauņas tikšanās laikā Kauņas Tehnoloģiju universitāte stāstīja, kā tā veido uz "
            "nākotni vērstas IT studiju programmas un jaunus mācīšanās veidus. Labas studiju "
            "iespējas savā pilsētā palīdz noturēt jauniešus un piesaistīt darba devējus.</p>"
        ),
        "description_en": (
            "<p>At the Kaunas meeting Kaunas University of Technology explained how it designs "
            "future-oriented IT curricula and new ways of learning. Good study opportunities in "
            "the home city help keep young people and attract employers.</p>"
        ),
        "transfer_note_lv": (
            "<p>Vajadzīga augstskola pilsētā vai reģionā un tās regulāra sadarbība ar darba "
            "devējiem un pašvaldību.</p>"
        ),
        "transfer_note_en": (
            "<p>It needs a university in the city or region and regular cooperation between it, "
            "employers and the municipality.</p>"
        ),
    },
    {
        "slug": "regional-remigration-coordinator",
        "partner": "LP",
        "section": GoodPractice.Section.LATVIA,
        "order": 1,
        "themes": ["2.3"],
        "link": (
            "https://www.daugavpils.lv/pilseta/pilsetas-attistiba/projekti/"
            "realizacija-esosie-projekti/citi/konkurss-remigracijas-sekmesanas-pakalpojumi-"
            "pasvaldibas"
        ),
        "presented_at_lv": "Projekta atklāšanas tikšanās Daugavpilī, 2018. gada 23.–24. maijā",
        "presented_at_en": "Kick-off meeting in Daugavpils, 23–24 May 2018",
        "title_lv": "Reģionālā remigrācijas koordinatora izmēģinājuma projekts",
        "title_en": "Pilot of a regional remigration coordinator",
        "summary_lv": (
            "Latvijas izmēģinājuma projekts, kurā reģionāls koordinators palīdz aizbraukušajiem "
            "atgriezties Latgalē."
        ),
        "summary_en": (
            "A Latvian pilot in which a regional coordinator helps people who left to return "
            "to Latgale."
        ),
        "description_lv": (
            "<p>Latvijas remigrācijas izmēģinājuma projektu koordinēja Vides aizsardzības un "
            "reģionālās attīstības ministrija, bet īstenoja Latgales plānošanas reģions; "
            "Daugavpils pilsētas dome bija tā partneris. Reģionālais remigrācijas koordinators "
            "sniedz informāciju un atbalstu cilvēkiem, kuri apsver atgriešanos.</p>"
            "<p>Projekta atklāšanas tikšanās dalībnieki par to uzzināja jau pirmajā DeCoDe "
            "tikšanās reizē Daugavpilī.</p>"
        ),
        "description_en": (
            "<p>Latvia's remigration pilot was coordinated by the Ministry of Environmental "
            "Protection and Regional Development and carried out by the Latgale Planning Region, "
            "with Daugavpils City Council as a partner. The regional remigration coordinator "
            "informs and supports people who are thinking of coming back.</p>"
            "<p>The partners heard about it at the very first DeCoDe meeting, in Daugavpils.</p>"
        ),
        "results_lv": (
            "<p>Izmēģinājuma projekta kopējās izmaksas bija 10 714,29 EUR: 70 % sedza valsts, "
            "30 % – pilsēta. Tas ilga līdz 2018. gada 31. decembrim.</p>"
        ),
        "results_en": (
            "<p>The pilot's total cost was 10,714.29 EUR, 70 % paid by the state and 30 % by the "
            "city. It ran until 31 December 2018.</p>"
        ),
        "transfer_note_lv": (
            "<p>Vajadzīgs valsts vai reģiona līmeņa atbalsts, cilvēks, kurš pazīst vietējos "
            "darba devējus un pakalpojumus, un sadarbība ar pašvaldībām.</p>"
        ),
        "transfer_note_en": (
            "<p>It needs national or regional backing, a person who knows local employers and "
            "services, and cooperation with the municipalities.</p>"
        ),
    },
    {
        "slug": "magdeburg-population-recovery",
        "partner": "PP4",
        "section": GoodPractice.Section.PARTNERS,
        "order": 8,
        "themes": ["2.2"],
        "link": "https://www.magdeburg-tourist.de/index.php?ModID=7&FID=37.18265.1&object=tx%7C37.18265.1",
        "presented_at_lv": "Magdeburga tīklam pievienojās kā labās prakses piemērs (2018)",
        "presented_at_en": "Magdeburg joined the network as a best-practice example (2018)",
        "title_lv": "Magdeburgas iedzīvotāju skaita atjaunošanās",
        "title_en": "Magdeburg's return to growth",
        "summary_lv": (
            "Pilsēta, kas pēc straujas iedzīvotāju skaita samazināšanās 1990. gados atkal "
            "sāka augt."
        ),
        "summary_en": (
            "A city that started growing again after a steep population decline in the 1990s."
        ),
        "description_lv": (
            "<p>Pēc 1990. gada Magdeburga zaudēja daudz iedzīvotāju. Zemāko punktu pilsēta "
            "sasniedza 2004. gadā, bet pēc tam iedzīvotāju skaits atkal sāka pieaugt. Tāpēc "
            "Magdeburga DeCoDe tīklā piedalījās kā labās prakses piemērs; to pārstāvēja "
            "pilsētas Starptautiskais uzņēmējdarbības veicināšanas birojs.</p>"
        ),
        "description_en": (
            "<p>After 1990 Magdeburg lost many residents. The city reached its low point in "
            "2004, after which its population began to grow again. That is why Magdeburg took "
            "part in DeCoDe as a best-practice example, represented by the city's International "
            "Business Promotion Office.</p>"
        ),
        "results_lv": (
            "<p>Saskaņā ar pilsētas statistikas biroja reģistra datiem Magdeburgā 2004. gadā "
            "dzīvoja 226 675 cilvēki, bet 2017. gada beigās – 241 769.</p>"
        ),
        "results_en": (
            "<p>According to the city statistics office's register, Magdeburg had 226,675 "
            "residents in 2004 and 241,769 at the end of 2017.</p>"
        ),
        "transfer_note_lv": (
            "<p>Magdeburgas pieredze rāda, ka atjaunošanās prasa ilgu laiku un ka pilsētas "
            "ekonomikas attīstība ir tās pamatā.</p>"
        ),
        "transfer_note_en": (
            "<p>Magdeburg's experience shows that a recovery takes many years and rests on the "
            "city's economic development.</p>"
        ),
    },
    {
        "slug": "adiman-shared-services",
        "partner": "PP8",
        "section": GoodPractice.Section.PARTNERS,
        "order": 9,
        "themes": ["2.2"],
        "link": "https://adiman.es/?p=8217",
        "presented_at_lv": "Noslēguma konference Daugavpilī, 2019. gada 14.–15. novembrī",
        "presented_at_en": "Final conference in Daugavpils, 14–15 November 2019",
        "title_lv": "Kopīgi pakalpojumi 15–20 minūšu attālumā",
        "title_en": "Shared services within 15–20 minutes",
        "summary_lv": (
            "Lauku apvidus ciemi kopīgi izmanto pamatpakalpojumus, kas sasniedzami 15–20 minūtēs."
        ),
        "summary_en": (
            "Villages of a rural district share basic services that can be reached within "
            "15–20 minutes."
        ),
        "description_lv": (
            "<p>ADIMAN ir lauku attīstības asociācija un vietējās rīcības grupa Spānijas "
            "Mančuelas Konkenses apvidū. Noslēguma konferencē tā uzsvēra teritoriālās "
            "plānošanas nozīmi: apvidus ciemiem nav katram jāuztur visi pakalpojumi – tie var "
            "tos izmantot kopīgi, ja pamatpakalpojumi ir sasniedzami 15–20 minūtēs.</p>"
        ),
        "description_en": (
            "<p>ADIMAN is the rural development association and local action group of the "
            "Manchuela Conquense district in Spain. At the final conference it stressed "
            "territorial planning: the villages of a district need not each keep every service, "
            "but can share them, as long as basic services are within 15–20 minutes' reach.</p>"
        ),
        "transfer_note_lv": (
            "<p>Vajadzīga pašvaldību sadarbība apvidus līmenī, transports, kas savieno ciemus, un "
            "kopīgs plāns, kur kurš pakalpojums atrodas.</p>"
        ),
        "transfer_note_en": (
            "<p>It takes cooperation between municipalities across the district, transport "
            "linking the villages and a shared plan of which service is where.</p>"
        ),
    },
    {
        "slug": "palermo-youth-world-cafe",
        "partner": "PP5",
        "section": GoodPractice.Section.PARTNERS,
        "order": 10,
        "themes": ["2.2"],
        "link": (
            "https://ceipes.org/it/spopolamento-giovanile-cosa-puo-essere-fatto-incontro-de-co-de-a-palermo/"
        ),
        "presented_at_lv": "Partneru tikšanās Palermo, 2019. gada 11.–13. februārī",
        "presented_at_en": "Partner meeting in Palermo, 11–13 February 2019",
        "title_lv": "Jauniešu aizplūšana Sicīlijā: vietējās stratēģijas un “World Café” metode",
        "title_en": "Youth out-migration in Sicily: local strategies and a World Café",
        "summary_lv": (
            "Pašvaldības un vietējās organizācijas kopā meklē veidus, kā noturēt jauniešus "
            "Palermo un Sicīlijā."
        ),
        "summary_en": (
            "Municipalities and local organisations looking together for ways to keep young "
            "people in Palermo and Sicily."
        ),
        "description_lv": (
            "<p>Palermo tikšanās rīta sesijā “Depopulācija Sicīlijā” Palermo pašvaldība, citas "
            "Sicīlijas pašvaldības un vietējie dalībnieki stāstīja par savām stratēģijām pret "
            "jauniešu aizplūšanu. Pēcpusdienā notika saruna pēc “World Café” metodes ar "
            "vietējām organizācijām – sarunu forma, kurā dalībnieki nelielās grupās pie "
            "galdiņiem apmainās ar idejām un pēc tam pārceļas pie nākamā galdiņa.</p>"
        ),
        "description_en": (
            "<p>In the morning session of the Palermo meeting, “Facing depopulation in Sicily”, "
            "the Municipality of Palermo, other Sicilian municipalities and local stakeholders "
            "described their strategies against young people leaving. The afternoon brought a "
            "World Café with local organisations: a conversation format in which participants "
            "swap ideas in small groups at tables, then move on to the next table.</p>"
        ),
        "transfer_note_lv": (
            "<p>Sarunu pēc “World Café” metodes var sarīkot jebkura pilsēta ar nelieliem "
            "līdzekļiem: vajadzīga telpa, vadītājs un uzaicināti jaunieši un organizācijas.</p>"
        ),
        "transfer_note_en": (
            "<p>Any city can hold a World Café at little cost: it needs a room, a facilitator "
            "and invitations to young people and organisations.</p>"
        ),
    },
]


def _without(values, *names):
    return {key: value for key, value in values.items() if key not in names}


def _load_plan():
    values = _without(PLAN, "version")
    _plan, changed = sync(ActionPlan, {"version": PLAN["version"]}, values)
    return int(changed)


def _load_themes():
    changed = 0
    themes = {}
    for values in THEMES:
        theme, was_changed = sync(Theme, {"number": values["number"]}, _without(values, "number"))
        themes[theme.number] = theme
        changed += was_changed
    return themes, changed


def _load_practices(themes):
    partners = {partner.number: partner for partner in Partner.objects.all()}
    changed = 0
    for entry in PRACTICES:
        values = _without(entry, "slug", "themes", "partner")
        partner = partners.get(entry["partner"])
        values["partner"] = partner
        values["country"] = "" if partner else PARTNER_COUNTRIES[entry["partner"]]
        # Public, like the meetings where they were presented, from the project's start.
        values.update(status=PublicationStatus.PUBLISHED, publish_at=PROJECT_START)
        practice, was_changed = sync(GoodPractice, {"slug": entry["slug"]}, values)
        wanted = {themes[number].pk for number in entry["themes"]}
        if set(practice.themes.values_list("pk", flat=True)) != wanted:
            practice.themes.set(wanted)
            was_changed = True
        changed += was_changed
    return changed


def load():
    changed = _load_plan()
    themes, themes_changed = _load_themes()
    return changed + themes_changed + _load_practices(themes)
