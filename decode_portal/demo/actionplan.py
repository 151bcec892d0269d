"""The Depopulation Control Action Plan: what is known of it, and the good practices presented.

Facts from the project's facts sheet, §0 (the project's aim), §2 (meetings), §3 (the plan's
title, number and table of contents) and §5 (population trends), and the Latvian project page
(the proposals for cities' planning documents). Sentences are our own and are
shown as the portal's summaries, never as the plan's text. The plan's individual measures could
not be read from the stored copy, so no measure is loaded: each theme says where the official
edition sets them out. The official edition itself is not loaded (its file was not found), nor
is a PDF generated here.

Good practices are those documented for the network's meetings (NOT confirmed to be the ones the
plan prints). Each names the meeting where it was presented where a source says which, and no
theme: no source links a practice to a theme of the plan, and there is no advice on transferring
one. Each names its partner by partner number and is loaded without a partner link (but with the
partner's country) when that partner is not in the database yet, and without its meeting when the
meeting is not, so this loader runs before and after the partners' and events' demo content.
"""

from actionplan.models import ActionPlan, ContentsEntry, GoodPractice, Theme
from common.publishing import PublicationStatus
from decode_portal.demo import sources as src
from decode_portal.demo.events import PROJECT_START
from decode_portal.demo.sync import sync
from events.models import MobilityEvent
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
        "<p>Depopulācijas kontroles rīcības plāna izstrāde bija viens no DeCoDe projekta "
        "mērķiem: projekta astoņi partneri no astoņām valstīm gribēja izveidot ilgstošu "
        "reģionālo centru tīklu, lai apmainītos ar labajām praksēm. Projekta aprakstā "
        "teikts, ka tajā paredzēja apkopot depopulācijas kontroles priekšlikumus, kurus "
        "pilsētas varētu ņemt vērā savos plānošanas dokumentos. Plāna vāks min "
        "programmas “Eiropa pilsoņiem” projekta numuru 595269-CITIZ-1-2017-2-LV-CITIZ-NT.</p>"
        "<p>Plāna saturā ir četras daļas: pētījuma apraksts, mērķi un metodoloģija; pats "
        "rīcības plāns trīs apakšnodaļās – dzimstības atbalsts un demogrāfiskās situācijas "
        "uzlabošana, darbspējas vecuma iedzīvotāju noturēšana un piesaiste, remigrācijas "
        "veicināšana; pārskats par situāciju partneru pilsētās; labās prakses piemēri "
        "Daugavpilī, Latvijas atbalsta programmās, ārvalstīs un partneru pilsētās un "
        "reģionos.</p>"
        "<p>Plāns zināms angļu valodā. Tā atsevišķo pasākumu teksta šajā portālā nav.</p>"
    ),
    "introduction_en": (
        "<p>Drafting a depopulation control action plan was one of the aims of the DeCoDe "
        "project, in which eight partners from eight countries set out to build a lasting "
        "network of regional centres to swap good practices. The project's description says "
        "it set out to gather proposals for controlling depopulation that cities could take "
        "into their own planning documents. The plan's cover gives the Europe for Citizens "
        "project number 595269-CITIZ-1-2017-2-LV-CITIZ-NT.</p>"
        "<p>Its contents have four parts: a description of the study, its goals and "
        "methodology; the action plan itself in three sections – support for birth rates and "
        "the demographic situation, retaining and attracting people of working age, and "
        "facilitating remigration; an overview of the situation in the partner cities; and good "
        "practice examples in Daugavpils, in Latvian support programmes, abroad and in the "
        "partner cities and regions.</p>"
        "<p>The plan is known in English. The text of its individual measures is not on this "
        "portal.</p>"
    ),
    "methodology_lv": (
        "<p>Projekta piecās starptautiskajās tikšanās reizēs no 2018. gada maija līdz "
        "2019. gada novembrim – Daugavpilī, Kauņā, Palermo, Lodzā un noslēguma konferencē "
        "atkal Daugavpilī – partneri prezentēja savu pilsētu pieredzi un devās mācību "
        "vizītēs; Kauņā partneri strādāja arī darba grupās. Ceturtās tikšanās Lodzā "
        "nosaukums bija “Depopulācijas "
        "kontroles darbības plāna labās prakses piemēri”.</p>"
        "<p>Plāna struktūru partneri apsprieda Lodzas tikšanās laikā 2019. gada maijā "
        "tematiskā sesijā, ko vadīja Lodzas Universitātes ģeogrāfi. Tur partneri arī "
        "vienojās par kopīgu “labās prakses” definīciju kā plāna ievadu.</p>"
    ),
    "methodology_en": (
        "<p>At the project's five international meetings between May 2018 and November 2019 – "
        "in Daugavpils, Kaunas, Palermo, Łódź and, for the final conference, Daugavpils again – "
        "the partners presented what their cities do and made study visits; in Kaunas they also "
        "worked in groups. "
        "The fourth meeting, in Łódź, was called “Best Practices for the Depopulation Control "
        "Action Plan”.</p>"
        "<p>The structure of the plan was debated at the Łódź meeting in May 2019, in a "
        "thematic session chaired by geographers of the University of Łódź. There the partners "
        "also agreed on a shared definition of “best practice” as an introduction to the "
        "plan.</p>"
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
        "summary_lv": "Dzimstības veicināšanas atbalsts un demogrāfiskās situācijas uzlabošana.",
        "summary_en": "Support for higher birth rates and a better demographic situation.",
        "description_lv": (
            "<p>Oficiālajā izdevumā šī apakšnodaļa sākas 6. lappusē. Kā liecina tās nosaukums, "
            "tā veltīta dzimstības veicināšanas atbalstam un pasākumiem demogrāfiskās situācijas "
            "uzlabošanai.</p>"
        ),
        "description_en": (
            "<p>In the official edition this section begins on page 6. As its title says, it is "
            "about support for promoting birth rates and measures for improving the demographic "
            "situation.</p>"
        ),
    },
    {
        "number": "2.2",
        "order": 2,
        "edition_pages": "10–11",
        "title_lv": "Darbspējas vecuma iedzīvotāju noturēšana un piesaiste",
        "title_en": "Retaining and attracting the working-age population",
        "summary_lv": "Pasākumi darbspējas vecuma iedzīvotāju noturēšanai un piesaistei.",
        "summary_en": "Measures for keeping and attracting people of working age.",
        "description_lv": (
            "<p>Oficiālajā izdevumā šī apakšnodaļa sākas 10. lappusē. Kā liecina tās "
            "nosaukums, tā veltīta pasākumiem, kas palīdz noturēt un piesaistīt darbspējas "
            "vecuma iedzīvotājus.</p>"
        ),
        "description_en": (
            "<p>In the official edition this section begins on page 10. As its title says, it "
            "is about measures for retaining and attracting the working-age population.</p>"
        ),
    },
    {
        "number": "2.3",
        "order": 3,
        "edition_pages": "12–14",
        "title_lv": "Remigrācijas veicināšana",
        "title_en": "Facilitating remigration",
        "summary_lv": "Pasākumi, kas atvieglo aizbraukušo iedzīvotāju atgriešanos.",
        "summary_en": "Measures that make it easier for people who left to come back.",
        "description_lv": (
            "<p>Oficiālajā izdevumā šī apakšnodaļa sākas 12. lappusē. Kā liecina tās "
            "nosaukums, tā veltīta pasākumiem remigrācijas – aizbraukušo iedzīvotāju "
            "atgriešanās – veicināšanai.</p>"
        ),
        "description_en": (
            "<p>In the official edition this section begins on page 12. As its title says, it "
            "is about measures for facilitating remigration: residents who left coming "
            "back.</p>"
        ),
    },
]

# The official edition's table of contents as printed, with its page numbers (the facts sheet §3).
# The Latvian titles are our translation; the plan was found in English only.
CONTENTS = [
    (
        "1",
        "Pētījuma apraksts, mērķi un metodoloģija",
        "Study description, goals and methodology",
        3,
    ),
    ("2", "Depopulācijas kontroles rīcības plāns", "Depopulation control action plan", 6),
    (
        "2.1",
        "Atbalsts dzimstības veicināšanai, pasākumi demogrāfiskās situācijas uzlabošanai",
        "Support to promoting birth rates, measures for improving demographic situation",
        6,
    ),
    (
        "2.2",
        "Pasākumi darbspējas vecuma iedzīvotāju noturēšanai un piesaistei",
        "Measures for retaining/attracting working-age population",
        10,
    ),
    ("2.3", "Pasākumi remigrācijas veicināšanai", "Measures for facilitating remigration", 12),
    (
        "3",
        "Vispārējs pārskats par pašreizējo situāciju iesaistītajās pilsētās",
        "General overview of the current situation in the participating cities",
        15,
    ),
    ("4", "Labās prakses piemēri", "Good practice examples", 18),
    ("4.1", "Labās prakses piemēri Daugavpilī", "Good practice examples in Daugavpils", 18),
    ("4.2", "Atbalsta programmas Latvijā", "Support programmes in Latvia", 25),
    ("4.3", "Labās prakses piemēri ārvalstīs", "Good practice examples abroad", 31),
    (
        "4.4",
        "Projekta partneru pilsētu un reģionu labās prakses",
        "Best practices from project partner cities and regions",
        53,
    ),
]
# The meetings (events' slugs) where the facts sheet §2 and §3 say the practices were presented.
LODZ_MEETING = "lodz-2019"
LODZ_NEWS = (
    "https://www.daugavpils.lv/en/city/news/city-news/"
    "ceturta-starptautiska-decode-projekta-partneru-tiksanas-polija"
)
KAUNAS_MEETING = "kaunas-2018"
KAUNAS_NEWS = "https://en.kaunas.lt/?p=4250"

PRACTICES = [
    {
        "slug": "lodzkie-senior-card",
        "sources": [src.LODZ_REPORT],
        "partner": "PP3",
        "section": GoodPractice.Section.PARTNERS,
        "order": 1,
        "link": LODZ_NEWS,
        "event": LODZ_MEETING,
        "title_lv": "Lodzas vojevodistes Seniora karte",
        "title_en": "Senior Card of the Łódzkie Region",
        "summary_lv": (
            "Lodzas vojevodistes Seniora karte, ko Lodzas tikšanās laikā prezentēja "
            "Reģionālais sociālās politikas centrs."
        ),
        "summary_en": (
            "The Łódzkie Region's Senior Card, presented at the Łódź meeting by the Regional "
            "Centre for Social Policy."
        ),
        "description_lv": (
            "<p>Lodzas tikšanās pirmajā dienā Lodzas vojevodistes Reģionālais sociālās "
            "politikas centrs iepazīstināja partnerus ar vairākām Polijas praksēm. Viena no tām "
            "ir Lodzas vojevodistes Seniora karte.</p>"
            "<p>Avoti neapraksta, ko karte sniedz tās īpašniekiem.</p>"
        ),
        "description_en": (
            "<p>On the first day of the Łódź meeting the Regional Centre for Social Policy of "
            "the Łódzkie Region presented several Polish practices to the partners. One of them "
            "is the Senior Card of the Łódzkie Region.</p>"
            "<p>The sources do not describe what the card offers its holders.</p>"
        ),
    },
    {
        "slug": "lodzkie-large-family-card",
        "sources": [src.LODZ_REPORT],
        "partner": "PP3",
        "section": GoodPractice.Section.PARTNERS,
        "order": 2,
        "link": LODZ_NEWS,
        "event": LODZ_MEETING,
        "title_lv": "Reģionālā daudzbērnu ģimeņu karte",
        "title_en": "Regional Large Family Card",
        "summary_lv": "Lodzas vojevodistes karte daudzbērnu ģimenēm.",
        "summary_en": "The Łódzkie Region's card for families with many children.",
        "description_lv": (
            "<p>Līdzās Seniora kartei Reģionālais sociālās politikas centrs Lodzas tikšanās "
            "laikā prezentēja Lodzas vojevodistes Reģionālo daudzbērnu ģimenes karti.</p>"
            "<p>Avoti neapraksta, ko karte sniedz ģimenēm.</p>"
        ),
        "description_en": (
            "<p>Alongside the Senior Card, the Regional Centre for Social Policy presented the "
            "Łódzkie Region's Regional Large Family Card at the Łódź meeting.</p>"
            "<p>The sources do not describe what the card offers families.</p>"
        ),
    },
    {
        "slug": "lodzkie-fasd-point",
        "sources": [src.LODZ_REPORT],
        "partner": "PP3",
        "section": GoodPractice.Section.PARTNERS,
        "order": 3,
        "link": LODZ_NEWS,
        "event": LODZ_MEETING,
        "title_lv": "Reģionālais FASD diagnostikas un terapijas punkts",
        "title_en": "Regional FASD Diagnosis and Therapy Point",
        "summary_lv": (
            "Lodzas vojevodistes reģionālais augļa alkohola spektra traucējumu (FASD) "
            "diagnostikas un terapijas punkts."
        ),
        "summary_en": (
            "The Łódzkie Region's regional diagnosis and therapy point for fetal alcohol "
            "spectrum disorders (FASD)."
        ),
        "description_lv": (
            "<p>Lodzas tikšanās pirmajā dienā Reģionālais sociālās politikas centrs starp "
            "Polijas praksēm prezentēja Reģionālo FASD diagnostikas un terapijas punktu.</p>"
        ),
        "description_en": (
            "<p>On the first day of the Łódź meeting the Regional Centre for Social Policy "
            "presented the Regional FASD Diagnosis and Therapy Point among the Polish "
            "practices.</p>"
        ),
    },
    {
        "slug": "lodzkie-community-service-centres",
        "sources": [src.LODZ_REPORT],
        "partner": "PP3",
        "section": GoodPractice.Section.PARTNERS,
        "order": 4,
        "link": LODZ_NEWS,
        "event": LODZ_MEETING,
        "title_lv": "Kopienas pakalpojumu centri",
        "title_en": "Community Service Centres",
        "summary_lv": (
            "ES finansēti centri, kuros iesaistīti apriņķi, kopienas un nevalstiskās organizācijas."
        ),
        "summary_en": "EU-funded centres involving districts, communities and NGOs.",
        "description_lv": (
            "<p>Lodzas vojevodistes Reģionālā nodarbinātības pārvalde prezentēja Kopienas "
            "pakalpojumu centrus. Tos finansē Eiropas Savienība, un tajos iesaistīti apriņķi, "
            "kopienas un nevalstiskās organizācijas.</p>"
        ),
        "description_en": (
            "<p>The Regional Labour Office of the Łódzkie Region presented its Community Service "
            "Centres. They are funded by the European Union and involve districts, communities "
            "and NGOs.</p>"
        ),
    },
    {
        "slug": "lodzkie-universal-design",
        "sources": [src.LODZ_REPORT],
        "partner": "PP3",
        "section": GoodPractice.Section.PARTNERS,
        "order": 5,
        "link": LODZ_NEWS,
        "event": LODZ_MEETING,
        "title_lv": "Universālais dizains publiskajās vietās",
        "title_en": "Universal design of public spaces",
        "summary_lv": (
            "Universālais dizains publiskajās vietās un iestādēs, ko Lodzas tikšanās laikā "
            "prezentēja Reģionālais sociālās politikas centrs."
        ),
        "summary_en": (
            "Universal design of public spaces and facilities, presented at the Łódź meeting "
            "by the Regional Centre for Social Policy."
        ),
        "description_lv": (
            "<p>Lodzas tikšanās pirmajā dienā Reģionālais sociālās politikas centrs "
            "starp Polijas praksēm prezentēja universālo dizainu publiskajās vietās un "
            "iestādēs.</p>"
        ),
        "description_en": (
            "<p>On the first day of the Łódź meeting the Regional Centre for Social Policy "
            "presented universal design of public spaces and facilities among the Polish "
            "practices.</p>"
        ),
    },
    {
        "slug": "i-choose-lithuania",
        "sources": [src.KAUNAS_REPORT],
        "partner": "PP2",
        "section": GoodPractice.Section.PARTNERS,
        "order": 6,
        "link": KAUNAS_NEWS,
        "event": KAUNAS_MEETING,
        "title_lv": "Migrācijas informācijas centrs “I Choose Lithuania”",
        "title_en": "Migration information centre “I Choose Lithuania”",
        "summary_lv": (
            "Vienas pieturas aģentūra lietuviešiem ārvalstīs un tiem, kuri atgriežas Lietuvā."
        ),
        "summary_en": "A one-stop shop for Lithuanians abroad and for those returning home.",
        "description_lv": (
            "<p>Kauņas tikšanās laikā partneri iepazinās ar migrācijas informācijas centru "
            "“I Choose Lithuania”. Tas darbojas kā vienas pieturas aģentūra lietuviešiem, kuri "
            "dzīvo ārvalstīs vai atgriežas Lietuvā.</p>"
        ),
        "description_en": (
            "<p>At the Kaunas meeting the partners heard from the migration information centre "
            "“I Choose Lithuania”. It works as a one-stop shop for Lithuanians living abroad or "
            "returning to Lithuania.</p>"
        ),
    },
    {
        "slug": "ktu-future-it-curricula",
        "sources": [src.KAUNAS_REPORT],
        "partner": "PP2",
        "section": GoodPractice.Section.PARTNERS,
        "order": 7,
        "link": KAUNAS_NEWS,
        "event": KAUNAS_MEETING,
        "title_lv": "Kauņas Tehnoloģiju universitātes nākotnes IT studiju programmas",
        "title_en": "Kaunas University of Technology's future-oriented IT curricula",
        "summary_lv": (
            "Uz nākotni vērstas IT studiju programmas un jauni mācīšanās veidi Kauņas "
            "Tehnoloģiju universitātē."
        ),
        "summary_en": (
            "Future-oriented IT curricula and new ways of learning at Kaunas University of "
            "Technology."
        ),
        "description_lv": (
            "<p>Kauņas tikšanās laikā Kauņas Tehnoloģiju universitāte stāstīja, kā tā veido uz "
            "nākotni vērstas IT studiju programmas un jaunus mācīšanās veidus.</p>"
        ),
        "description_en": (
            "<p>At the Kaunas meeting Kaunas University of Technology explained how it designs "
            "future-oriented IT curricula and new ways of learning.</p>"
        ),
    },
    {
        "slug": "regional-remigration-coordinator",
        "sources": [src.REMIGRATION_PILOT, src.KICK_OFF_REPORT],
        "partner": "LP",
        "section": GoodPractice.Section.LATVIA,
        "order": 1,
        "link": (
            "https://www.daugavpils.lv/pilseta/pilsetas-attistiba/projekti/"
            "realizacija-esosie-projekti/citi/konkurss-remigracijas-sekmesanas-pakalpojumi-"
            "pasvaldibas"
        ),
        "event": "daugavpils-2018",  # the partners heard of the pilot at the kick-off (§2)
        "title_lv": "Reģionālā remigrācijas koordinatora izmēģinājuma projekts",
        "title_en": "Pilot of a regional remigration coordinator",
        "summary_lv": (
            "Latvijas izmēģinājuma projekts ar reģionālo remigrācijas koordinatoru, ko "
            "īstenoja Latgales plānošanas reģions."
        ),
        "summary_en": (
            "A Latvian pilot with a regional remigration coordinator, carried out by the Latgale "
            "Planning Region."
        ),
        "description_lv": (
            "<p>Latvijas remigrācijas izmēģinājuma projektu koordinēja Vides aizsardzības un "
            "reģionālās attīstības ministrija, bet īstenoja Latgales plānošanas reģions; "
            "Daugavpils pilsētas dome bija tā partneris.</p>"
            "<p>Partneri par to uzzināja jau pirmajā DeCoDe tikšanās reizē Daugavpilī.</p>"
        ),
        "description_en": (
            "<p>Latvia's remigration pilot was coordinated by the Ministry of Environmental "
            "Protection and Regional Development and carried out by the Latgale Planning Region, "
            "with Daugavpils City Council as a partner.</p>"
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
    },
    {
        "slug": "magdeburg-population-recovery",
        "sources": [src.MAGDEBURG_KICK_OFF, src.VOLKSSTIMME_POPULATION],
        "partner": "PP4",
        "section": GoodPractice.Section.PARTNERS,
        "order": 8,
        "link": "https://www.magdeburg-tourist.de/index.php?ModID=7&FID=37.18265.1&object=tx%7C37.18265.1",
        # No source says at which meeting: Magdeburg joined the network as a best-practice
        # example (§3), so the practice names no meeting.
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
    },
    {
        "slug": "adiman-shared-services",
        "sources": [src.ADIMAN_RETURN, src.FINAL_CONFERENCE_REPORT],
        "partner": "PP8",
        "section": GoodPractice.Section.PARTNERS,
        "order": 9,
        "link": "https://adiman.es/?p=8217",
        "event": "daugavpils-2019",  # ADIMAN spoke at the final conference (§2)
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
            "Mančuelas Konkenses apvidū. Noslēguma konferencē tā uzsvēra teritoriālo "
            "plānošanu: viena apvidus ciemi kopīgi izmanto pamatpakalpojumus, kas sasniedzami "
            "15–20 minūtēs.</p>"
        ),
        "description_en": (
            "<p>ADIMAN is the rural development association and local action group of the "
            "Manchuela Conquense district in Spain. At the final conference it stressed "
            "territorial planning: the villages of a district share basic services that can be "
            "reached within 15–20 minutes.</p>"
        ),
    },
    {
        "slug": "palermo-youth-world-cafe",
        "sources": [src.CEIPES_PALERMO],
        "partner": "PP5",
        "section": GoodPractice.Section.PARTNERS,
        "order": 10,
        "link": (
            "https://ceipes.org/it/spopolamento-giovanile-cosa-puo-essere-fatto-incontro-de-co-de-a-palermo/"
        ),
        "event": "palermo-2019",
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
            "<p>Palermo tikšanās rīta sesijā “Stājoties pretī depopulācijai Sicīlijā” "
            "Palermo pašvaldība, citas "
            "Sicīlijas pašvaldības un vietējie dalībnieki stāstīja par savām stratēģijām pret "
            "jauniešu aizplūšanu. Pēcpusdienā notika pieredzes apmaiņa ar vietējām "
            "organizācijām pēc “World Café” metodes.</p>"
        ),
        "description_en": (
            "<p>In the morning session of the Palermo meeting, “Facing depopulation in Sicily”, "
            "the Municipality of Palermo, other Sicilian municipalities and local stakeholders "
            "described their strategies against young people leaving. In the afternoon the "
            "partners exchanged experience with local organisations in a World Café.</p>"
        ),
    },
]


def _without(values, *names):
    return {key: value for key, value in values.items() if key not in names}


def _load_plan():
    values = _without(PLAN, "version")
    plan, changed = sync(ActionPlan, {"version": PLAN["version"]}, values)
    for order, (number, title_lv, title_en, page) in enumerate(CONTENTS, 1):
        _entry, entry_changed = sync(
            ContentsEntry,
            {"plan": plan, "order": order},
            {"number": number, "title_lv": title_lv, "title_en": title_en, "page": page},
        )
        changed += entry_changed
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
    events = {event.slug: event for event in MobilityEvent.objects.all()}
    changed = 0
    for entry in PRACTICES:
        values = _without(entry, "slug", "themes", "partner", "sources", "event")
        partner = partners.get(entry["partner"])
        values["partner"] = partner
        values["country"] = "" if partner else PARTNER_COUNTRIES[entry["partner"]]
        values["event"] = events.get(entry.get("event"))
        # No advice on transferring a practice: no source gives any.
        values["transfer_note_lv"] = values["transfer_note_en"] = ""
        # Public, like the meetings where they were presented, from the project's start.
        values.update(status=PublicationStatus.PUBLISHED, publish_at=PROJECT_START)
        practice, was_changed = sync(GoodPractice, {"slug": entry["slug"]}, values)
        # A theme only where a source links the practice to one (none does yet).
        wanted = {themes[number].pk for number in entry.get("themes", ())}
        if set(practice.themes.values_list("pk", flat=True)) != wanted:
            practice.themes.set(wanted)
            was_changed = True
        changed += was_changed
        changed += src.sync_sources(practice, entry["sources"])
    return changed


def load():
    changed = _load_plan()
    themes, themes_changed = _load_themes()
    return changed + themes_changed + _load_practices(themes)
