"""The project in the media and the informational material (the project's facts sheet,
§4, with §1–§2 for context).

Each item is a short summary in our own words of what was published elsewhere, and names its
sources (decode_portal/demo/sources.py). Items summarising what the lead partner published on
daugavpils.lv are the project's own press releases; the rest is media coverage. A publication
date is shown to the day only where the facts sheet gives the day, else to the month or the year it
gives (the day stored within it only orders the list). Items link to their meeting (events, by
series number) and partners (by partner number) when those exist.
"""

import datetime
from zoneinfo import ZoneInfo

from decode_portal.demo import sources as src
from decode_portal.demo.sync import sync
from events.models import MobilityEvent
from news.models import PressRelease, Publication
from partners.models import Partner

RIGA = ZoneInfo("Europe/Riga")
COVERAGE = PressRelease.Kind.COVERAGE
RELEASE = PressRelease.Kind.RELEASE
DAY, MONTH, YEAR = src.DAY, src.MONTH, src.YEAR

# Items that were merged into another for want of a date of their own; removed on load.
RETIRED = ["kaunas-presents-informational-material"]


def _at(year, month, day):
    return datetime.datetime(year, month, day, 12, 0, tzinfo=RIGA)


PRESS_RELEASES = [
    {
        "slug": "daugavpils-starts-decode",
        "kind": COVERAGE,
        "publish_at": _at(2018, 3, 22),
        "date_precision": DAY,
        "event": None,
        "partners": ["LP"],
        "sources": [src.D_FAKTI_LAUNCH, src.LV_PROJECT_PAGE],
        "title_lv": "Daugavpils sāk starptautisku projektu par depopulāciju",
        "title_en": "Daugavpils starts an international project on depopulation",
        "summary_lv": (
            "Daugavpils pilsētas dome vadīs DeCoDe – astoņu partneru tīklu no astoņām valstīm, "
            "kas dalīsies pieredzē par depopulāciju reģionālajos centros."
        ),
        "summary_en": (
            "Daugavpils City Council is to lead DeCoDe, a network of eight partners from eight "
            "countries that will share experience of depopulation in regional centres."
        ),
        "body_lv": (
            "<p>Vietējais portāls d-fakti.lv ziņoja, ka Daugavpils pieteikums programmas "
            "“Eiropa pilsoņiem” apakšpasākumā “Pašvaldību tīklojumi” guvis atbalstu. 2017. gada "
            "1. septembra termiņā visā Eiropā tika iesniegti 156 pieteikumi un atbalstīti 15; no "
            "pieciem Latvijas pieteikumiem finansējumu saņēma tikai Daugavpils.</p>"
            "<p>Projektā piedalās astoņi partneri no astoņām valstīm. Saskaņā ar projekta "
            "aprakstu pilsētas domes vietnē partneri dalīsies pieredzē par depopulāciju un apkopos "
            "priekšlikumus tās kontrolei.</p>"
        ),
        "body_en": (
            "<p>The local news site d-fakti.lv reported that Daugavpils' application to the "
            "“Networks of Towns” measure of the Europe for Citizens programme had been "
            "successful. Of 156 applications submitted across Europe by the deadline of "
            "1 September 2017, 15 were funded; of the five from Latvia, only Daugavpils' was.</p>"
            "<p>Eight partners from eight countries take part. According to the project's page "
            "on the city council's website, they will share their experience of depopulation "
            "and gather proposals for controlling it.</p>"
        ),
    },
    {
        "slug": "kick-off-meeting-announced",
        "kind": RELEASE,
        "publish_at": _at(2018, 5, 18),
        "date_precision": MONTH,
        "event": 1,
        "partners": ["LP"],
        "sources": [src.KICK_OFF_ANNOUNCEMENT],
        "title_lv": "Daugavpilī notiks DeCoDe partneru pirmā tikšanās",
        "title_en": "First DeCoDe partner meeting to be held in Daugavpils",
        "summary_lv": (
            "Pilsētas dome paziņoja par projekta atklāšanas tikšanos Daugavpilī 23.–24. maijā."
        ),
        "summary_en": (
            "The city council announced the project's kick-off meeting in Daugavpils on 23–24 May."
        ),
        "body_lv": (
            "<p>Daugavpils pilsētas dome paziņoja tikšanās programmu: iepazīšanās ar "
            "depopulācijas situāciju pasaulē, Eiropas Savienībā, Latvijā un Latgalē, pieredzes "
            "apmaiņa, diskusija par Eiropas Savienības nākotni un mācību vizītes pilsētā.</p>"
            "<p>Projektu finansē ES programma “Eiropa pilsoņiem” (2. sadaļa “Demokrātiskā "
            "iesaistīšanās un sabiedriskā līdzdalība”).</p>"
        ),
        "body_en": (
            "<p>Daugavpils City Council set out the programme: an introduction to depopulation "
            "worldwide, in the European Union, in Latvia and in Latgale, an exchange of "
            "experience, a debate on the future of the European Union and study visits around "
            "the city.</p>"
            "<p>The project is funded by the EU's Europe for Citizens programme (Strand 2 "
            "“Democratic engagement and civic participation”).</p>"
        ),
    },
    {
        "slug": "kick-off-meeting-held-in-daugavpils",
        "kind": RELEASE,
        "publish_at": _at(2018, 5, 25),
        "date_precision": MONTH,
        "event": 1,
        "partners": ["LP", "PP2", "PP3", "PP4", "PP5", "PP6", "PP7", "PP8"],
        "sources": [src.KICK_OFF_REPORT],
        "title_lv": "Daugavpilī notikusi DeCoDe projekta pirmā tikšanās",
        "title_en": "First DeCoDe meeting held in Daugavpils",
        "summary_lv": (
            "Partneri no Lietuvas, Polijas, Vācijas, Rumānijas, Itālijas, Dānijas un Spānijas "
            "uzzināja par depopulāciju Latgalē un Latvijas remigrācijas pilotprojektu."
        ),
        "summary_en": (
            "Partners from Lithuania, Poland, Germany, Romania, Italy, Denmark and Spain heard "
            "about depopulation in Latgale and about Latvia's pilot project on return migration."
        ),
        "body_lv": (
            "<p>Pēc pilsētas domes ziņotā, tikšanās dalībnieki iepazinās ar reģionālā "
            "remigrācijas koordinatora pilotprojektu, dalījās pieredzē par depopulāciju kā "
            "reģionu izaicinājumu un pārrunāja projekta nozīmi Eiropas Savienībā.</p>"
            "<p>Dalībnieki piedalījās arī debatēs par Eiropas Savienības nākotni un mācību "
            "vizītēs Daugavpilī.</p>"
        ),
        "body_en": (
            "<p>According to the city council, the participants learnt about the pilot project "
            "of a regional remigration coordinator, exchanged experience of depopulation as a "
            "challenge for regions and discussed why the project matters for the European "
            "Union.</p>"
            "<p>They also took part in a debate on the future of the European Union and in "
            "study visits in Daugavpils.</p>"
        ),
    },
    {
        "slug": "magdeburg-joins-as-best-practice",
        "kind": COVERAGE,
        "publish_at": _at(2018, 6, 1),
        "date_precision": YEAR,
        "event": 1,
        "partners": ["PP4"],
        "sources": [src.MAGDEBURG_KICK_OFF, src.VOLKSSTIMME_POPULATION],
        "title_lv": "Magdeburga projektā piedalās kā labās prakses piemērs",
        "title_en": "Magdeburg takes part as an example of good practice",
        "summary_lv": (
            "Magdeburgas pilsēta ziņoja, ka tās Starptautiskais uzņēmējdarbības veicināšanas "
            "birojs piedalījās atklāšanas tikšanās Daugavpilī."
        ),
        "summary_en": (
            "The city of Magdeburg reported that its International Business Promotion Office "
            "attended the kick-off meeting in Daugavpils."
        ),
        "body_lv": (
            "<p>Magdeburga tīklā piedalās kā labās prakses piemērs. Pēc pilsētas statistikas "
            "biroja datiem tās iedzīvotāju skaits deviņdesmitajos gados strauji kritās, zemāko "
            "punktu sasniedza 2004. gadā un pēc tam atkal pieauga.</p>"
        ),
        "body_en": (
            "<p>Magdeburg takes part in the network as an example of good practice. According "
            "to the city's statistics office, its population fell steeply in the 1990s, reached "
            "its lowest point in 2004 and then grew again.</p>"
        ),
    },
    {
        "slug": "ceipes-report-from-daugavpils",
        "kind": COVERAGE,
        "publish_at": _at(2018, 6, 5),
        "date_precision": YEAR,
        "event": 1,
        "partners": ["PP5"],
        "sources": [src.CEIPES_KICK_OFF],
        "title_lv": "CEIPES par pirmo tikšanos Daugavpilī",
        "title_en": "CEIPES on the first meeting in Daugavpils",
        "summary_lv": (
            "Palermo organizācija CEIPES itāļu valodā pastāstīja saviem lasītājiem par projekta "
            "pirmo tikšanos Latvijā."
        ),
        "summary_en": (
            "The Palermo organisation CEIPES told its readers, in Italian, about the project's "
            "first meeting in Latvia."
        ),
        "body_lv": (
            "<p>CEIPES ziņojums itāļu valodā par projekta atklāšanas tikšanos Daugavpilī "
            "2018. gada 23.–24. maijā.</p>"
        ),
        "body_en": (
            "<p>CEIPES's report, in Italian, on the project's kick-off meeting in Daugavpils on "
            "23–24 May 2018.</p>"
        ),
    },
    {
        "slug": "second-meeting-kaunas-daugavpils-report",
        "kind": RELEASE,
        "publish_at": _at(2018, 10, 15),
        "date_precision": YEAR,
        "event": 2,
        "partners": ["LP", "PP2"],
        "sources": [src.KAUNAS_REPORT_LV, src.LV_PROJECT_PAGE],
        "title_lv": "Kauņā notikusi DeCoDe projekta otrā tikšanās",
        "title_en": "Second DeCoDe meeting held in Kaunas",
        "summary_lv": (
            "No 9. līdz 11. oktobrim partneri Kauņā apsprieda, kā ekonomika var palīdzēt "
            "mazināt depopulāciju."
        ),
        "summary_en": (
            "From 9 to 11 October the partners met in Kaunas to discuss how the economy can "
            "help reduce depopulation."
        ),
        "body_lv": (
            "<p>Daugavpils pilsētas dome ziņoja par diskusijām, ekspertu pieredzes apmaiņu, "
            "mācību vizītēm un darba grupām. Projekta plānā tikšanās bija norādīta septembrī.</p>"
        ),
        "body_en": (
            "<p>Daugavpils City Council reported on discussions, an exchange between experts, "
            "study visits and working groups. The project's plan had listed the meeting for "
            "September.</p>"
        ),
    },
    {
        "slug": "second-meeting-kaunas",
        "kind": COVERAGE,
        "publish_at": _at(2018, 11, 19),
        # Only its last update (19 November 2018) is on record: the year is what is certain.
        "date_precision": YEAR,
        "event": 2,
        "partners": ["PP2"],
        "sources": [src.KAUNAS_REPORT],
        "title_lv": "Kauņa par otro tikšanos: ekonomika pret depopulāciju",
        "title_en": "Kaunas on the second meeting: the economy against depopulation",
        "summary_lv": (
            "Kauņā partneri iepazinās ar uzņēmējdarbības statistiku, migrācijas informācijas "
            "centru “I Choose Lithuania” un Kauņas Tehnoloģiju universitātes IT studijām."
        ),
        "summary_en": (
            "In Kaunas the partners learnt about business statistics, the migration information "
            "centre “I Choose Lithuania” and IT studies at Kaunas University of Technology."
        ),
        "body_lv": (
            "<p>Tikšanās programmā piedalījās Kauņas informācijas centrs “Kaunas IN”, migrācijas "
            "informācijas centrs “I Choose Lithuania” – vienas pieturas aģentūra ārzemēs "
            "dzīvojošiem un atgriezties gribošiem lietuviešiem –, Kauņas Tehnoloģiju "
            "universitāte un pilsētas sociālo pakalpojumu centrs. Uz sesijām bija aicināti arī "
            "vietējie iedzīvotāji.</p>"
        ),
        "body_en": (
            "<p>The programme included the Kaunas information centre “Kaunas IN”, the migration "
            "information centre “I Choose Lithuania”, a one-stop shop for Lithuanians abroad and "
            "those coming back, Kaunas University of Technology and the city's social services "
            "centre. Local residents were invited to the sessions too.</p>"
        ),
    },
    {
        "slug": "informational-material-online",
        "kind": COVERAGE,
        "publish_at": _at(2018, 12, 11),
        "date_precision": DAY,
        "event": None,
        "partners": ["PP4", "PP2", "LP"],
        "sources": [src.MAGDEBURG_BROCHURE, src.KAUNAS_BROCHURE],
        "title_lv": "Tiešsaistē pieejams projekta informatīvais materiāls",
        "title_en": "The project's informational material is online",
        "summary_lv": (
            "Magdeburga paziņoja, ka publicēts angļu valodā sagatavots materiāls par "
            "depopulāciju partneru pilsētās; nākamā tikšanās notiks Palermo."
        ),
        "summary_en": (
            "Magdeburg announced that an English-language brochure on depopulation in the "
            "partner cities had been published; the next meeting would be in Palermo."
        ),
        "body_lv": (
            "<p>Materiālu sagatavoja Daugavpils pilsētas dome kā vadošais partneris ar visu "
            "partneru ieguldījumu. Par katru partneri tajā ir īss pilsētas apraksts, "
            "depopulācijas situācija pilsētā, reģionā un valstī, galvenie izaicinājumi, tas, ar "
            "ko partneri lepojas, un mērķis 2020. gadam.</p>"
            "<p>Arī Kauņas pašvaldība savā vietnē aprakstīja materiāla saturu un norādīja, kur "
            "to lejupielādēt; tā aprakstu var atrast arī šīs vietnes sadaļā “Materiāli”.</p>"
        ),
        "body_en": (
            "<p>The material was prepared by Daugavpils City Council as lead partner with input "
            "from all partners. For each partner it gives a short introduction to the city, the "
            "depopulation situation in the city, region and country, the main challenges, what "
            "the partners are proud of and a goal for 2020.</p>"
            "<p>Kaunas City Municipality also described its contents on its website and linked "
            "to the download; its description is in the “Materials” section of this site "
            "too.</p>"
        ),
    },
    {
        "slug": "youth-depopulation-palermo",
        "kind": COVERAGE,
        "publish_at": _at(2019, 2, 15),
        "date_precision": MONTH,
        "event": 3,
        "partners": ["PP5"],
        "sources": [src.CEIPES_PALERMO],
        "title_lv": "Palermo: ko darīt, lai jaunieši neaizbrauktu?",
        "title_en": "Palermo: what can be done to keep young people?",
        "summary_lv": (
            "Trešajā tikšanās reizē 11.–13. februārī Palermo runāja par jauniešu aizplūšanu no "
            "Sicīlijas un vietējām stratēģijām tās mazināšanai."
        ),
        "summary_en": (
            "At the third meeting, on 11–13 February in Palermo, the partners discussed young "
            "people leaving Sicily and local strategies against it."
        ),
        "body_lv": (
            "<p>CEIPES ziņo, ka rīta sesijā “Stājoties pretī depopulācijai Sicīlijā” piedalījās "
            "Palermo pašvaldība, citas pašvaldības un vietējās organizācijas. Pēcpusdienā "
            "notika pieredzes apmaiņa pēc “World Café” metodes; programmā bija arī mācību "
            "vizītes pilsētā.</p>"
        ),
        "body_en": (
            "<p>CEIPES reports that the morning session “Facing depopulation in Sicily” brought "
            "together the Municipality of Palermo, other municipalities and local organisations. "
            "A World Café exchange followed in the afternoon; the programme also included study "
            "visits in the city.</p>"
        ),
    },
    {
        "slug": "fourth-meeting-lodz",
        "kind": RELEASE,
        "publish_at": _at(2019, 6, 5),
        "date_precision": MONTH,
        "event": 4,
        "partners": ["PP3"],
        "sources": [src.LODZ_REPORT, src.CEIPES_LODZ],
        "title_lv": "Ceturtā partneru tikšanās Lodzā",
        "title_en": "Fourth partner meeting in Łódź",
        "summary_lv": (
            "Lodzas vojevodistē 28.–29. maijā partneri iepazinās ar Polijas sociālās politikas "
            "praksi un apsprieda rīcības plāna struktūru."
        ),
        "summary_en": (
            "In the Łódzkie Region on 28–29 May the partners learnt about Polish social policy "
            "practice and discussed the structure of the action plan."
        ),
        "body_lv": (
            "<p>Reģionālais sociālās politikas centrs prezentēja Lodzas vojevodistes Seniora "
            "karti, Reģionālo daudzbērnu ģimeņu karti un universālā dizaina principus. Lodzas "
            "Universitātes ģeogrāfi vadīja sesiju par rīcības plāna uzbūvi, un partneri "
            "vienojās kopīgi definēt labo praksi. Par tikšanos ziņoja arī CEIPES.</p>"
        ),
        "body_en": (
            "<p>The Regional Centre for Social Policy presented the Senior Card of the Łódzkie "
            "Region, the Regional Large Family Card and universal design of public spaces. "
            "Geographers from the University of Łódź chaired a session on the structure of the "
            "action plan, and the partners agreed to define good practice together. CEIPES "
            "reported on the meeting as well.</p>"
        ),
    },
    {
        "slug": "adiman-on-cadena-ser",
        "kind": COVERAGE,
        "publish_at": _at(2019, 11, 8),
        "date_precision": MONTH,
        "event": None,
        "partners": ["PP8"],
        "sources": [src.ADIMAN_RADIO, src.CUENCANEWS],
        "title_lv": "ADIMAN radio intervijā stāsta par DeCoDe",
        "title_en": "ADIMAN talks about DeCoDe on the radio",
        "summary_lv": (
            "Pirms noslēguma tikšanās ADIMAN vadītājs radio Cadena SER – Radio 90 (Motilla del "
            "Palancar) stāstīja par projektu DeCoDe."
        ),
        "summary_en": (
            "Before the final meeting, ADIMAN's manager spoke about DeCoDe on Cadena SER – "
            "Radio 90 (Motilla del Palancar)."
        ),
        "body_lv": (
            "<p>ADIMAN ir vietējā rīcības grupa Mančuelas Konkenses apvidū Kuenkas provincē; "
            "tīklā tā ienesa lauku skatījumu uz depopulāciju.</p>"
        ),
        "body_en": (
            "<p>ADIMAN is the local action group of the Manchuela Conquense district in the "
            "province of Cuenca; it brought the rural view of depopulation to the network.</p>"
        ),
    },
    {
        "slug": "castilla-la-mancha-joins-adiman",
        "kind": COVERAGE,
        "publish_at": _at(2019, 11, 12),
        "date_precision": MONTH,
        "event": 5,
        "partners": ["PP8"],
        "sources": [src.CUENCANEWS],
        "title_lv": "Kastīlijas-Lamančas valdība dosies uz Daugavpili kopā ar ADIMAN",
        "title_en": "Castilla-La Mancha's government to join ADIMAN in Daugavpils",
        "summary_lv": (
            "cuencanews.es ziņoja, ka Kastīlijas-Lamančas reģionālā valdība pavadīs ADIMAN uz "
            "projekta noslēguma tikšanos Daugavpilī."
        ),
        "summary_en": (
            "cuencanews.es reported that Castilla-La Mancha's regional government would go with "
            "ADIMAN to the project's final meeting in Daugavpils."
        ),
        "body_lv": (
            "<p>Delegācijā bija reģionālās valdības atbildīgais par demogrāfiskajiem "
            "izaicinājumiem un Eiropas lietu ģenerāldirektore.</p>"
        ),
        "body_en": (
            "<p>The delegation included the regional government's official responsible for the "
            "demographic challenge and its director-general for European affairs.</p>"
        ),
    },
    {
        "slug": "final-conference-daugavpils",
        "kind": RELEASE,
        "publish_at": _at(2019, 11, 18),
        "date_precision": MONTH,
        "event": 5,
        "partners": ["LP", "PP8"],
        "sources": [src.FINAL_CONFERENCE_REPORT, src.ADIMAN_RETURN],
        "title_lv": "Daugavpilī notikusi DeCoDe noslēguma konference",
        "title_en": "DeCoDe final conference held in Daugavpils",
        "summary_lv": (
            "14.–15. novembrī Daugavpilī visi partneri prezentēja savus secinājumus un labās "
            "prakses piemērus."
        ),
        "summary_en": (
            "On 14–15 November in Daugavpils all partners presented their conclusions and good "
            "practices."
        ),
        "body_lv": (
            "<p>Pirmajā dienā dalībnieki apmeklēja Daugavpils 13. pirmsskolas izglītības "
            "iestādi un Daugavpils Valsts ģimnāziju, bet Latgales plānošanas reģionā salīdzināja "
            "reģionu pieejas. Otrajā dienā notika konference un paneļdiskusija ar katra partnera "
            "pārstāvi. ADIMAN uzsvēra teritoriālo plānošanu: viena apvidus ciemi var kopīgi "
            "izmantot pamatpakalpojumus, kas sasniedzami 15–20 minūšu laikā.</p>"
        ),
        "body_en": (
            "<p>On the first day the participants visited Daugavpils pre-school institution "
            "No. 13 and Daugavpils State Gymnasium and compared regional approaches at the "
            "Latgale Planning Region. The second day brought the conference and a panel with "
            "one representative of each partner. ADIMAN stressed territorial planning: villages "
            "in one district can share basic services within 15–20 minutes' reach.</p>"
        ),
    },
    {
        "slug": "ceipes-final-conference",
        "kind": COVERAGE,
        "publish_at": _at(2019, 11, 20),
        "date_precision": MONTH,
        "event": 5,
        "partners": ["PP5"],
        "sources": [src.CEIPES_FINAL],
        "title_lv": "CEIPES par noslēguma konferenci",
        "title_en": "CEIPES on the final conference",
        "summary_lv": (
            "CEIPES itāļu valodā aprakstīja piekto starptautisko tikšanos – rezultātu "
            "izplatīšanas konferenci Daugavpilī."
        ),
        "summary_en": (
            "CEIPES described, in Italian, the fifth international meeting: the dissemination "
            "conference in Daugavpils."
        ),
        "body_lv": (
            "<p>CEIPES ziņojums itāļu valodā par noslēguma konferenci Daugavpilī 2019. gada "
            "14.–15. novembrī.</p>"
        ),
        "body_en": (
            "<p>CEIPES's report, in Italian, on the final conference in Daugavpils on "
            "14–15 November 2019.</p>"
        ),
    },
    {
        "slug": "adiman-back-from-daugavpils",
        "kind": COVERAGE,
        "publish_at": _at(2019, 11, 25),
        "date_precision": YEAR,
        "event": 5,
        "partners": ["PP8"],
        "sources": [src.ADIMAN_RETURN],
        "title_lv": "ADIMAN atgriežas no Daugavpils",
        "title_en": "ADIMAN back from Daugavpils",
        "summary_lv": (
            "Spānijas partneris aicina Eiropas Savienību turpināt rīkoties depopulācijas jomā."
        ),
        "summary_en": (
            "The Spanish partner calls on the European Union to keep acting on depopulation."
        ),
        "body_lv": (
            "<p>ADIMAN savā vietnē atskatās uz noslēguma konferenci un lauku skatījumu, ar ko "
            "tā dalījās tīklā.</p>"
        ),
        "body_en": (
            "<p>On its website ADIMAN looks back on the final conference and on the rural "
            "perspective it brought to the network.</p>"
        ),
    },
    {
        "slug": "decode-completed",
        "kind": COVERAGE,
        "publish_at": _at(2020, 3, 16),
        "date_precision": DAY,
        "event": None,
        "partners": ["PP4"],
        "sources": [src.MAGDEBURG_CLOSING],
        "title_lv": "Projekts DeCoDe sekmīgi noslēdzies",
        "title_en": "DeCoDe successfully completed",
        "summary_lv": (
            "Magdeburga paziņoja par projekta noslēgumu: īstenošanas laikā notikušas "
            "vienpadsmit partneru tikšanās."
        ),
        "summary_en": (
            "Magdeburg announced that the project had ended, with eleven partner meetings held "
            "during its implementation."
        ),
        "body_lv": "<p>Paziņojumā ir saite uz projekta rezultātu kopsavilkumu angļu valodā.</p>",
        "body_en": "<p>The note links to a summary of the project's results in English.</p>",
    },
]

PUBLICATIONS = [
    {
        "slug": "informational-material-2018",
        "kind": Publication.Kind.BROCHURE,
        "date": datetime.date(2018, 12, 11),
        "status": "published",
        "publish_at": _at(2018, 12, 11),
        "source_name": src.DAUGAVPILS,
        "source_url": "https://www.daugavpils.lv/assets/upload/manager/Decode.pdf",
        "title_lv": "Informatīvais materiāls par depopulāciju partneru pilsētās",
        "title_en": "Informational material on depopulation in the partner cities",
        "description_lv": (
            "<p>Angļu valodā sagatavots materiāls, ko Daugavpils pilsētas dome kā vadošais "
            "partneris izstrādāja ar visu partneru ieguldījumu; Magdeburga 2018. gada "
            "11. decembrī paziņoja, ka tas pieejams tiešsaistē.</p>"
            "<p>Par katru partneri tajā ir:</p>"
            "<ul><li>īss pilsētas apraksts;</li>"
            "<li>depopulācijas situācija pilsētā, reģionā un valstī;</li>"
            "<li>galvenie depopulācijas izaicinājumi;</li>"
            "<li>tas, ar ko partneri lepojas;</li>"
            "<li>mērķis depopulācijas jomā 2020. gadam.</li></ul>"
        ),
        "description_en": (
            "<p>A brochure in English, prepared by Daugavpils City Council as lead partner with "
            "input from all partners; Magdeburg announced on 11 December 2018 that it was "
            "online.</p>"
            "<p>For each partner it gives:</p>"
            "<ul><li>a short introduction to the city;</li>"
            "<li>the depopulation situation in the city, region and country;</li>"
            "<li>the main challenges of depopulation;</li>"
            "<li>what the partners are proud of;</li>"
            "<li>a goal for 2020 regarding depopulation.</li></ul>"
        ),
    },
]


def load():
    changed = PressRelease.objects.filter(slug__in=RETIRED).delete()[0]
    events = {event.number: event for event in MobilityEvent.objects.all()}
    partners = {partner.number: partner for partner in Partner.objects.all()}
    for item in PRESS_RELEASES:
        skip = {"slug", "partners", "sources"}
        values = {key: value for key, value in item.items() if key not in skip}
        values["related_event"] = events.get(values.pop("event"))
        values["status"] = "published"
        release, was_changed = sync(PressRelease, {"slug": item["slug"]}, values)
        wanted = {partners[number].pk for number in item["partners"] if number in partners}
        if set(release.partners.values_list("pk", flat=True)) != wanted:
            release.partners.set(wanted)
            was_changed = True
        was_changed |= src.sync_sources(release, item["sources"])
        changed += was_changed
    for item in PUBLICATIONS:
        values = {key: value for key, value in item.items() if key != "slug"}
        _publication, was_changed = sync(Publication, {"slug": item["slug"]}, values)
        changed += was_changed
    return changed
