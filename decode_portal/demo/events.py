"""The network's five international meetings (the facts sheet §2), in Latvian and English.

Dates are those on which the meetings were held (Kaunas was planned for September 2018 and
held in October). Programme items are only those the sources describe; where they do not
say on which day something happened, the item has no day, and no item has a time. No
speakers are named beyond organisations and public roles; no headcounts were published, so
none are given. No photos: none are licensed to the project's site.
"""

from datetime import UTC, date, datetime
from decimal import Decimal

from decode_portal.demo import sources as src
from decode_portal.demo.sync import sync
from events.models import MobilityEvent, ProgrammeItem
from partners.models import Partner

# The hosts, as the partners' own demo content describes them; created here only if that
# content has not been loaded, so that the meetings always have their hosts.
HOSTS = {
    "LP": {
        "slug": "daugavpils",
        "name_lv": "Daugavpils pilsētas dome",
        "name_en": "Daugavpils City Council",
        "native_name": "Daugavpils pilsētas dome",
        "city_lv": "Daugavpils",
        "city_en": "Daugavpils",
        "country": "LV",
        "latitude": Decimal("55.87500"),
        "longitude": Decimal("26.53560"),
    },
    "PP2": {
        "slug": "kaunas",
        "name_lv": "Kauņas pilsētas pašvaldība",
        "name_en": "Kaunas City Municipality",
        "native_name": "Kauno miesto savivaldybės administracija",
        "city_lv": "Kauņa",
        "city_en": "Kaunas",
        "country": "LT",
        "latitude": Decimal("54.89720"),
        "longitude": Decimal("23.88610"),
    },
    "PP3": {
        "slug": "lodz",
        "name_lv": "Lodzas vojevodiste",
        "name_en": "Łódzkie Region",
        "native_name": "Województwo Łódzkie",
        "city_lv": "Lodza",
        "city_en": "Łódź",
        "country": "PL",
        "latitude": Decimal("51.76000"),
        "longitude": Decimal("19.46000"),
    },
    "PP5": {
        "slug": "palermo",
        "name_lv": "CEIPES – Starptautiskais izglītības un attīstības veicināšanas centrs",
        "name_en": "CEIPES – International Centre for the Promotion of Education and Development",
        "native_name": (
            "CEIPES – Centro Internazionale per la Promozione dell'Educazione e lo Sviluppo"
        ),
        "city_lv": "Palermo",
        "city_en": "Palermo",
        "country": "IT",
        "latitude": Decimal("38.12000"),
        "longitude": Decimal("13.36000"),
    },
}

EVENTS = [
    {
        "number": 1,
        "slug": "daugavpils-2018",
        "host": "LP",
        "kind": MobilityEvent.Kind.KICK_OFF,
        "start_date": date(2018, 5, 23),
        "end_date": date(2018, 5, 24),
        "title_lv": "Projekta atklāšanas tikšanās Daugavpilī",
        "title_en": "Kick-off meeting in Daugavpils",
        "theme_lv": "",
        "theme_en": "",
        "summary_lv": (
            "Pirmajā tikšanās reizē partneri no astoņām valstīm iepazinās ar depopulācijas "
            "situāciju Latvijā un Latgalē un uzsāka kopīgo darbu."
        ),
        "summary_en": (
            "At their first meeting, partners from eight countries looked at depopulation in "
            "Latvia and Latgale and started their joint work."
        ),
        "description_lv": (
            "<p>Daugavpils pilsētas dome kā vadošais partneris uzņēma projekta partnerus no "
            "Lietuvas, Polijas, Vācijas, Rumānijas, Itālijas, Dānijas un Spānijas. Tikšanās "
            "ievadā depopulācija tika aplūkota pasaules, Eiropas Savienības, Latvijas un "
            "Latgales mērogā.</p>"
            "<p>Partneri uzzināja par Latvijas izmēģinājuma projektu remigrācijas veicināšanai, "
            "kurā darbojas reģionālais remigrācijas koordinators, un dalījās pieredzē par "
            "iedzīvotāju skaita samazināšanos kā reģionu izaicinājumu. Tika pārrunāta projekta "
            "nozīme Eiropas Savienības kontekstā, notika diskusija par Eiropas nākotni, un "
            "dalībnieki mācību vizītēs iepazina Daugavpili.</p>"
        ),
        "description_en": (
            "<p>Daugavpils City Council, the lead partner, welcomed the partners from "
            "Lithuania, Poland, Germany, Romania, Italy, Denmark and Spain. The meeting opened "
            "with a look at depopulation worldwide, in the European Union, in Latvia and in the "
            "Latgale region.</p>"
            "<p>The partners learned about Latvia's pilot project for encouraging return "
            "migration, with a regional remigration coordinator, and compared their experience "
            "of population decline as a challenge for their regions. They discussed why the "
            "project matters for the European Union, took part "
            "in a debate on the future of Europe and got to know Daugavpils on study "
            "visits.</p>"
        ),
        "outcomes_lv": (
            "<ul><li>Tīkls sāka darbu: partneri no astoņām valstīm tikās pirmo reizi.</li>"
            "<li>Partneri iepazinās ar depopulāciju Latvijā un Latgalē un ar reģionālā "
            "remigrācijas koordinatora izmēģinājuma projektu.</li></ul>"
        ),
        "outcomes_en": (
            "<ul><li>The network started work: partners from eight countries met for the first "
            "time.</li>"
            "<li>The partners learned about depopulation in Latvia and Latgale and about the "
            "pilot with a regional remigration coordinator.</li></ul>"
        ),
        "programme": [
            {
                "title_lv": "Depopulācija pasaulē, Eiropas Savienībā, Latvijā un Latgalē",
                "title_en": "Depopulation in the world, the European Union, Latvia and Latgale",
            },
            {
                "title_lv": "Latvijas izmēģinājuma projekts: reģionālais remigrācijas koordinators",
                "title_en": "Latvia's pilot project: a regional remigration coordinator",
            },
            {
                "title_lv": "Pieredzes apmaiņa: depopulācija kā reģionu izaicinājums",
                "title_en": "Exchange of experience: depopulation as a challenge for regions",
                "speaker_lv": "Visi projekta partneri",
                "speaker_en": "All partners",
            },
            {
                "title_lv": "Projekta nozīme Eiropas Savienībā un diskusija par Eiropas nākotni",
                "title_en": "The project's relevance for the EU and a debate on the future of "
                "Europe",
            },
            {
                "title_lv": "Mācību vizītes Daugavpilī",
                "title_en": "Study visits in Daugavpils",
            },
        ],
    },
    {
        "number": 2,
        "slug": "kaunas-2018",
        "host": "PP2",
        "kind": MobilityEvent.Kind.SEMINAR,
        "start_date": date(2018, 10, 9),
        "end_date": date(2018, 10, 11),
        "title_lv": "Otrā partneru tikšanās Kauņā",
        "title_en": "Second partner meeting in Kaunas",
        "theme_lv": "Labās prakses piemēri depopulācijas novēršanai",
        "theme_en": "Best practices to decrease depopulation, with a focus on the economy",
        "summary_lv": (
            "Kauņā partneri iepazina labās prakses depopulācijas novēršanai ar uzsvaru uz "
            "ekonomiku."
        ),
        "summary_en": (
            "In Kaunas the partners looked at good practices to decrease depopulation, with a "
            "focus on the economy."
        ),
        "description_lv": (
            "<p>Tikšanās bija plānota 2018. gada septembrī un notika no 9. līdz 11. oktobrim. "
            "Programma bija veltīta ekonomikai: diskusijas, ekspertu pieredzes apmaiņa, "
            "mācību vizītes un darba grupas. Uz tikšanos tika aicināti arī Kauņas "
            "iedzīvotāji.</p>"
            "<p>Savu pieredzi stāstīja Kauņas pilsētas administrācija, informācijas centrs "
            "“Kaunas IN”, migrācijas informācijas centrs “I Choose Lithuania”, Kauņas "
            "Tehnoloģiju universitāte un Kauņas pilsētas Sociālo pakalpojumu centrs.</p>"
        ),
        "description_en": (
            "<p>Planned for September 2018, the meeting took place from 9 to 11 October. Its "
            "programme centred on the economy, with discussions, exchanges between experts, "
            "study visits and working groups. Local residents were invited too.</p>"
            "<p>Contributions came from the Kaunas city administration, the city's information "
            "centre “Kaunas IN”, the migration information centre “I Choose Lithuania”, Kaunas "
            "University of Technology and the Kaunas City Social Services Centre.</p>"
        ),
        "outcomes_lv": (
            "<p>Partneri iepazina:</p>"
            "<ul><li>vienas pieturas aģentūru ārvalstīs dzīvojošiem un atgriezties gribošiem "
            "lietuviešiem;</li>"
            "<li>uz nākotni vērstas IT studiju programmas un jaunas mācīšanās formas;</li>"
            "<li>pilsētas sociālo pakalpojumu centra darbu.</li></ul>"
        ),
        "outcomes_en": (
            "<p>The partners learned about:</p>"
            "<ul><li>a one-stop shop for Lithuanians living abroad and those who want to come "
            "back;</li>"
            "<li>future-oriented IT study programmes and new ways of learning;</li>"
            "<li>the work of the city's social services centre.</li></ul>"
        ),
        "programme": [
            {
                "title_lv": "Kauņas pieredze",
                "title_en": "The experience of Kaunas",
                "speaker_lv": "Kauņas pilsētas administrācija",
                "speaker_en": "Kaunas City Municipality",
            },
            {
                "title_lv": "Uzņēmējdarbības statistika",
                "title_en": "Business statistics",
                "speaker_lv": "Kauņas informācijas centrs “Kaunas IN”",
                "speaker_en": "Kaunas information centre “Kaunas IN”",
            },
            {
                "title_lv": "Vienas pieturas aģentūra remigrantiem un ārvalstīs dzīvojošajiem",
                "title_en": "A one-stop shop for people returning and living abroad",
                "speaker_lv": "Migrācijas informācijas centrs “I Choose Lithuania”",
                "speaker_en": "Migration information centre “I Choose Lithuania”",
            },
            {
                "title_lv": "Nākotnes IT studiju programmas un jaunas mācīšanās formas",
                "title_en": "Future IT curricula and new ways of learning",
                "speaker_lv": "Kauņas Tehnoloģiju universitāte",
                "speaker_en": "Kaunas University of Technology",
            },
            {
                "title_lv": "Sociālie pakalpojumi pilsētā",
                "title_en": "Social services in the city",
                "speaker_lv": "Kauņas pilsētas Sociālo pakalpojumu centrs",
                "speaker_en": "Kaunas City Social Services Centre",
            },
            {
                "title_lv": "Mācību vizītes un darba grupas",
                "title_en": "Study visits and working groups",
            },
        ],
    },
    {
        "number": 3,
        "slug": "palermo-2019",
        "host": "PP5",
        "kind": MobilityEvent.Kind.SEMINAR,
        "start_date": date(2019, 2, 11),
        "end_date": date(2019, 2, 13),
        "title_lv": "Trešā partneru tikšanās Palermo",
        "title_en": "Third partner meeting in Palermo",
        "theme_lv": "Jauniešu depopulācija – kā to var novērst?",
        "theme_en": "Youth depopulation – what can be done?",
        "summary_lv": (
            "Palermo partneri kopā ar Sicīlijas pašvaldībām un organizācijām meklēja veidus, "
            "kā novērst jauniešu aizplūšanu."
        ),
        "summary_en": (
            "In Palermo the partners joined Sicilian municipalities and organisations to look "
            "for ways to prevent young people from leaving."
        ),
        "description_lv": (
            "<p>Tikšanos rīkoja Palermo organizācija CEIPES. Rīta sesijā “Stājoties pretī "
            "depopulācijai Sicīlijā” Palermo pašvaldība, citas Sicīlijas pašvaldības un "
            "vietējie partneri "
            "stāstīja par savām stratēģijām, lai jaunieši nepamestu Palermo un Sicīliju.</p>"
            "<p>Pēcpusdienā partneri pēc “World Café” metodes apmainījās pieredzē ar vietējām "
            "organizācijām; programmā bija arī mācību vizītes pilsētā.</p>"
        ),
        "description_en": (
            "<p>The meeting was organised by CEIPES, a Palermo organisation. At the morning "
            "session “Facing depopulation in Sicily”, the Municipality of Palermo, other "
            "Sicilian municipalities and local stakeholders presented their strategies for "
            "keeping young people in Palermo and Sicily.</p>"
            "<p>In the afternoon the partners exchanged ideas with local organisations in a "
            "“World Café”; the programme also included study visits in the city.</p>"
        ),
        "outcomes_lv": (
            "<ul><li>Partneri iepazina Sicīlijas pašvaldību stratēģijas pret jauniešu "
            "aizplūšanu.</li>"
            "<li>Partneri izmēģināja “World Café” formātu pieredzes apmaiņai ar vietējām "
            "organizācijām.</li></ul>"
        ),
        "outcomes_en": (
            "<ul><li>The partners learned about Sicilian municipalities' strategies against "
            "young people moving away.</li>"
            "<li>The partners tried out the “World Café” format for exchanging ideas with "
            "local organisations.</li></ul>"
        ),
        "programme": [
            {
                "title_lv": "Rīta sesija “Stājoties pretī depopulācijai Sicīlijā”: vietējās "
                "stratēģijas pret "
                "jauniešu aizplūšanu",
                "title_en": "Morning session “Facing depopulation in Sicily”: local strategies "
                "against youth out-migration",
                "speaker_lv": "CEIPES, Palermo pašvaldība, Isnello mērs, Madoniju pašvaldības",
                "speaker_en": "CEIPES, the Municipality of Palermo, the mayor of Isnello, the "
                "Madonie municipalities",
            },
            {
                "title_lv": "Pēcpusdienas “World Café” ar vietējām organizācijām",
                "title_en": "Afternoon “World Café” with local organisations",
            },
            {
                "title_lv": "Mācību vizītes Palermo",
                "title_en": "Study visits in Palermo",
            },
        ],
    },
    {
        "number": 4,
        "slug": "lodz-2019",
        "host": "PP3",
        "kind": MobilityEvent.Kind.SEMINAR,
        "start_date": date(2019, 5, 28),
        "end_date": date(2019, 5, 29),
        "title_lv": "Ceturtā partneru tikšanās Lodzā",
        "title_en": "Fourth partner meeting in Łódź",
        "theme_lv": "Depopulācijas kontroles darbības plāna labās prakses piemēri",
        "theme_en": "Best practices for the Depopulation Control Action Plan",
        "summary_lv": (
            "Lodzā partneri iepazina Polijas sociālās politikas un nodarbinātības prakses un "
            "apsprieda Depopulācijas kontroles rīcības plāna uzbūvi."
        ),
        "summary_en": (
            "In Łódź the partners saw Polish social and employment practices and discussed "
            "the structure of the Depopulation Control Action Plan."
        ),
        "description_lv": (
            "<p>Pirmā diena sākās ar ieskatu reģiona situācijā: iedzīvotāju statistikā, "
            "migrācijā un ekonomikā. Reģionālais sociālās politikas "
            "centrs, reģionālā nodarbinātības pārvalde un vojevodistes maršala biroja Eiropas "
            "Sociālā fonda departaments stāstīja par savām programmām.</p>"
            "<p>Otrajā dienā partneri apmeklēja pirmsadopcijas centru un bērnu hospisu “TULI "
            "LULI” un Lodzas vojevodistes Kultūras centru. Tematisko sesiju par Depopulācijas "
            "kontroles rīcības plāna uzbūvi vadīja Lodzas Universitātes ģeogrāfi. Tikšanās "
            "pulcēja akadēmisko aprindu, pašvaldību un nevalstisko organizāciju pārstāvjus no "
            "astoņām valstīm.</p>"
        ),
        "description_en": (
            "<p>The first day opened with the situation of the region: population "
            "statistics, migration and the economy. The Regional Centre for Social "
            "Policy, the Regional Labour Office and the European Social Fund department of the "
            "Marshal's Office presented their programmes.</p>"
            "<p>On the second day the partners visited the TULI LULI pre-adoption centre and "
            "children's hospice and the Łódzkie Cultural Centre. Geographers from the "
            "University of Łódź chaired a session on the structure of the Depopulation Control "
            "Action Plan. The meeting brought together people from universities, public "
            "administration and NGOs from eight countries.</p>"
        ),
        "outcomes_lv": (
            "<ul><li>Partneri apsprieda Depopulācijas kontroles rīcības plāna uzbūvi.</li>"
            "<li>Partneri vienojās kopīgi definēt, kas ir “labā prakse”; šī definīcija ievada "
            "rīcības plānu.</li></ul>"
        ),
        "outcomes_en": (
            "<ul><li>The partners discussed the structure of the Depopulation Control Action "
            "Plan.</li>"
            "<li>They agreed to define together what counts as “best practice”; that shared "
            "definition opens the action plan.</li></ul>"
        ),
        "programme": [
            {
                "day": date(2019, 5, 28),
                "title_lv": "Reģiona situācija: iedzīvotāju statistika, migrācija un ekonomika",
                "title_en": "The region today: population statistics, migration and the economy",
            },
            {
                "day": date(2019, 5, 28),
                "title_lv": "Polijas sociālās politikas prakses",
                "title_en": "Polish social policy practices",
                "speaker_lv": "Reģionālais sociālās politikas centrs",
                "speaker_en": "Regional Centre for Social Policy",
                "details_lv": (
                    "Universāls dizains publiskajās vietās un ēkās, Lodzas reģiona Seniora "
                    "karte, reģionālā Daudzbērnu ģimenes karte un reģionālais FASD diagnostikas "
                    "un terapijas punkts."
                ),
                "details_en": (
                    "Universal design of public spaces and buildings, the Senior Card of the "
                    "Łódzkie Region, the Regional Large Family Card and the Regional FASD "
                    "Diagnosis and Therapy Point."
                ),
            },
            {
                "day": date(2019, 5, 28),
                "title_lv": "Kopienas pakalpojumu centri",
                "title_en": "Community Service Centres",
                "speaker_lv": "Reģionālā nodarbinātības pārvalde",
                "speaker_en": "Regional Labour Office",
                "details_lv": (
                    "ES finansēti centri, kuros iesaistīti apriņķi, kopienas un nevalstiskās "
                    "organizācijas."
                ),
                "details_en": "EU-funded centres involving districts, communities and NGOs.",
            },
            {
                "day": date(2019, 5, 28),
                "title_lv": "Reģionālās darbības programmas 2014–2020 izglītības un darba "
                "tirgus projekti",
                "title_en": "Education and labour-market projects of the Regional Operational "
                "Programme 2014–2020",
                "speaker_lv": "Maršala biroja Eiropas Sociālā fonda departaments",
                "speaker_en": "European Social Fund department of the Marshal's Office",
            },
            {
                "day": date(2019, 5, 29),
                "title_lv": "Mācību vizītes: pirmsadopcijas centrs un bērnu hospiss “TULI LULI”, "
                "Lodzas vojevodistes Kultūras centrs",
                "title_en": "Study visits: the TULI LULI pre-adoption centre and children's "
                "hospice, the Łódzkie Cultural Centre",
            },
            {
                "day": date(2019, 5, 29),
                "title_lv": "Tematiskā sesija par Depopulācijas kontroles rīcības plāna uzbūvi",
                "title_en": "Thematic session on the structure of the Depopulation Control "
                "Action Plan",
                "speaker_lv": "Vada Lodzas Universitātes ģeogrāfi",
                "speaker_en": "Chaired by geographers of the University of Łódź",
            },
        ],
    },
    {
        "number": 5,
        "slug": "daugavpils-2019",
        "host": "LP",
        "kind": MobilityEvent.Kind.FINAL_CONFERENCE,
        "start_date": date(2019, 11, 14),
        "end_date": date(2019, 11, 15),
        "title_lv": "Noslēguma konference Daugavpilī",
        "title_en": "Final conference in Daugavpils",
        "theme_lv": "Projekta rezultātu izplatīšana",
        "theme_en": "Sharing the project's results",
        "summary_lv": (
            "Noslēguma konferencē visi partneri iepazīstināja ar saviem secinājumiem un labās "
            "prakses piemēriem depopulācijas ierobežošanai."
        ),
        "summary_en": (
            "At the final conference every partner presented its conclusions and best "
            "practices for controlling depopulation."
        ),
        "description_lv": (
            "<p>Pirmajā dienā partneri apmeklēja Daugavpils pilsētas 13. pirmsskolas izglītības "
            "iestādi un Daugavpils Valsts ģimnāziju, lai runātu par izglītības pieejamību. "
            "Pēcpusdienā Latgales plānošanas reģionā viņi kopā ar reģiona administrāciju, "
            "Latgales speciālās ekonomiskās zonas pārstāvi un pilsētas Attīstības departamentu "
            "salīdzināja reģionu pieejas. Dienu noslēdza projekta vadības sanāksme.</p>"
            "<p>Otrajā dienā notika konference, kurā partneri iepazīstināja ar saviem "
            "secinājumiem un labās prakses piemēriem, un paneļdiskusija, kurā piedalījās pa "
            "vienam pārstāvim no katra partnera. Konferencē kopā ar ADIMAN piedalījās arī "
            "Kastīlijas-Lamančas reģionālās valdības pārstāvji.</p>"
        ),
        "description_en": (
            "<p>On the first day the partners visited Daugavpils pre-school institution No. 13 "
            "and Daugavpils State Gymnasium to talk about access to education. In the "
            "afternoon, at the Latgale Planning Region, they compared regional approaches with "
            "the region's administration, the Latgale Special Economic Zone and the city's "
            "Development Department. A project management meeting closed the day.</p>"
            "<p>On the second day a conference presented the conclusions and best practices of "
            "all partners, followed by a panel with one representative of each partner. "
            "Representatives of the regional government of Castilla-La Mancha attended "
            "together with ADIMAN.</p>"
        ),
        "outcomes_lv": (
            "<ul><li>Konferencē tika prezentēti visu partneru secinājumi un labās prakses "
            "piemēri.</li>"
            "<li>ADIMAN uzsvēra teritoriālo plānošanu: ciemi vienā apvidū var kopīgi izmantot "
            "pamatpakalpojumus, kas sasniedzami 15–20 minūtēs.</li>"
            "<li>Projekta darbs tika noslēgts.</li></ul>"
        ),
        "outcomes_en": (
            "<ul><li>The conclusions and best practices of all partners were presented at the "
            "conference.</li>"
            "<li>ADIMAN stressed territorial planning: villages in one district can share basic "
            "services that are reachable within 15–20 minutes.</li>"
            "<li>The project's work was wrapped up.</li></ul>"
        ),
        "programme": [
            {
                "day": date(2019, 11, 14),
                "title_lv": "Vizītes Daugavpils pilsētas 13. pirmsskolas izglītības iestādē un "
                "Daugavpils Valsts ģimnāzijā: izglītības pieejamība",
                "title_en": "Visits to Daugavpils pre-school institution No. 13 and Daugavpils "
                "State Gymnasium: access to education",
            },
            {
                "day": date(2019, 11, 14),
                "title_lv": "Tikšanās Latgales plānošanas reģionā: reģionu pieeju salīdzinājums",
                "title_en": "Meeting at the Latgale Planning Region: comparing regional approaches",
                "speaker_lv": "Latgales plānošanas reģions, Latgales speciālā ekonomiskā zona, "
                "Daugavpils pilsētas Attīstības departaments",
                "speaker_en": "Latgale Planning Region, Latgale Special Economic Zone, "
                "Daugavpils City Development Department",
            },
            {
                "day": date(2019, 11, 14),
                "title_lv": "Projekta vadības sanāksme",
                "title_en": "Project management meeting",
            },
            {
                "day": date(2019, 11, 15),
                "title_lv": "Konference: partneru secinājumi un labās prakses piemēri",
                "title_en": "Conference: the partners' conclusions and best practices",
            },
            {
                "day": date(2019, 11, 15),
                "title_lv": "Paneļdiskusija ar katra partnera pārstāvi",
                "title_en": "Panel with one representative of each partner",
            },
        ],
    },
]


PROJECT_START = datetime(2018, 3, 1, 10, 0, tzinfo=UTC)


def _host(number):
    partner = Partner.objects.filter(number=number).first()
    if partner is not None:
        return partner, False
    partner = Partner(number=number, **HOSTS[number])
    partner.full_clean()
    partner.save()
    return partner, True


# Each meeting's sources (the facts sheet §2), the lead partner's report first.
EVENT_SOURCES = {
    1: [
        src.KICK_OFF_REPORT,
        src.KICK_OFF_ANNOUNCEMENT,
        src.MAGDEBURG_KICK_OFF,
        src.CEIPES_KICK_OFF,
    ],
    2: [src.KAUNAS_REPORT, src.KAUNAS_REPORT_LV, src.LV_PROJECT_PAGE],
    3: [src.CEIPES_PALERMO, src.LV_PROJECT_PAGE],
    4: [src.LODZ_REPORT, src.CEIPES_LODZ],
    5: [src.FINAL_CONFERENCE_REPORT, src.CEIPES_FINAL, src.ADIMAN_RETURN, src.CUENCANEWS],
}


def load():
    changed = 0
    for values in EVENTS:
        values = dict(values)
        programme = values.pop("programme")
        host, created = _host(values.pop("host"))
        changed += created
        number = values.pop("number")
        # Announced, and so public, from the project's start.
        publishing = {"status": "published", "publish_at": PROJECT_START}
        event, was_changed = sync(
            MobilityEvent, {"number": number}, {**values, "host": host, **publishing}
        )
        changed += was_changed
        changed += src.sync_sources(event, EVENT_SOURCES.get(number, []))
        for order, item in enumerate(programme, start=1):
            item = {
                "day": None,
                "details_lv": "",
                "details_en": "",
                "speaker_lv": "",
                "speaker_en": "",
                **item,
            }
            _item, was_changed = sync(ProgrammeItem, {"event": event, "order": order}, item)
            changed += was_changed
        stale = event.programme_items.filter(order__gt=len(programme))
        changed += stale.count()
        stale.delete()
    return changed
