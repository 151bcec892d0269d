"""Press releases and the informational material (../shared/facts.md §4, with §1–§2 for context).

Each press release is a short summary in our own words of a report published elsewhere, and
names that report as its source. Where a source gives only the month, the day is an estimate
within it. Press releases link to their meeting (events, by series number) and partners (by
partner number) when those exist.
"""

import datetime
from zoneinfo import ZoneInfo

from decode_portal.demo.sync import sync
from events.models import MobilityEvent
from news.models import PressRelease, Publication
from partners.models import Partner

RIGA = ZoneInfo("Europe/Riga")

# Each source is named as it names itself, in its own language, on pages in either language.
DAUGAVPILS = "Daugavpils pilsētas dome"
CEIPES = "CEIPES (Palermo)"
MAGDEBURG = "Landeshauptstadt Magdeburg"
KAUNAS = "Kauno miesto savivaldybė"
ADIMAN = "ADIMAN (Casasimarro)"


def _at(year, month, day):
    return datetime.datetime(year, month, day, 12, 0, tzinfo=RIGA)


PRESS_RELEASES = [
    {
        "slug": "daugavpils-starts-decode",
        "publish_at": _at(2018, 3, 22),
        "event": None,
        "partners": ["LP"],
        "source_name": "d-fakti.lv",
        "source_url": "http://www.d-fakti.lv/lv/news/article/121469/",
        "title_lv": "Daugavpils sāk starptautisku projektu par depopulāciju",
        "title_en": "Daugavpils starts an international project on depopulation",
        "summary_lv": (
            "Daugavpils pilsētas dome vadīs astoņu valstu pilsētu un reģionu tīklu DeCoDe, kas "
            "meklēs risinājumus iedzīvotāju skaita samazinājumam reģionālajos centros."
        ),
        "summary_en": (
            "Daugavpils City Council is to lead DeCoDe, a network of cities and regions from "
            "eight countries looking for answers to population decline in regional centres."
        ),
        "body_lv": (
            "<p>Vietējais portāls d-fakti.lv ziņoja, ka Daugavpils pieteikums programmas "
            "“Eiropa pilsoņiem” apakšpasākumā “Pašvaldību tīklojumi” guvis atbalstu. 2017. gada "
            "1. septembra termiņā visā Eiropā tika iesniegti 156 pieteikumi un atbalstīti 15; no "
            "pieciem Latvijas pieteikumiem finansējumu saņēma tikai Daugavpils.</p>"
            "<p>Projektā piedalās astoņi partneri no astoņām valstīm. Tie divu gadu laikā "
            "salīdzinās pieredzi depopulācijas jomā un kopīgi sagatavos rīcības plānu.</p>"
        ),
        "body_en": (
            "<p>The local news site d-fakti.lv reported that Daugavpils' application to the "
            "“Networks of Towns” measure of the Europe for Citizens programme had been "
            "successful. Of 156 applications submitted across Europe by the deadline of "
            "1 September 2017, 15 were funded; of the five from Latvia, only Daugavpils' was.</p>"
            "<p>Eight partners from eight countries take part. Over two years they will compare "
            "their experience of depopulation and write an action plan together.</p>"
        ),
    },
    {
        "slug": "kick-off-meeting-announced",
        "publish_at": _at(2018, 5, 18),
        "event": 1,
        "partners": ["LP"],
        "source_name": DAUGAVPILS,
        "source_url": "https://www.daugavpils.lv/pilseta/par-daugavpili/pilsetas-zinas/read-18210",
        "title_lv": "Daugavpilī notiks DeCoDe partneru pirmā tikšanās",
        "title_en": "First DeCoDe partner meeting to be held in Daugavpils",
        "summary_lv": (
            "Pilsētas dome aicina uz projekta atklāšanas tikšanos 23.–24. maijā, kurā "
            "Daugavpilī ieradīsies partneri no septiņām Eiropas valstīm."
        ),
        "summary_en": (
            "The city council announced the project's kick-off meeting on 23–24 May, bringing "
            "partners from seven European countries to Daugavpils."
        ),
        "body_lv": (
            "<p>Daugavpils pilsētas dome paziņoja tikšanās programmu: iepazīšanās ar "
            "depopulācijas situāciju pasaulē, Eiropas Savienībā, Latvijā un Latgalē, pieredzes "
            "apmaiņa, diskusija par Eiropas Savienības nākotni un mācību vizītes pilsētā.</p>"
            "<p>Projektu finansē ES programma “Eiropa pilsoņiem” (2. darbība “Demokrātiskā "
            "iesaistīšanās un sabiedriskā līdzdalība”).</p>"
        ),
        "body_en": (
            "<p>Daugavpils City Council set out the programme: an introduction to depopulation "
            "worldwide, in the European Union, in Latvia and in Latgale, an exchange of "
            "experience, a debate on the future of the European Union and study visits around "
            "the city.</p>"
            "<p>The project is funded by the EU's Europe for Citizens programme (strand 2, "
            "“Democratic engagement and civic participation”).</p>"
        ),
    },
    {
        "slug": "kick-off-meeting-held-in-daugavpils",
        "publish_at": _at(2018, 5, 25),
        "event": 1,
        "partners": ["LP", "PP2", "PP3", "PP4", "PP5", "PP6", "PP7", "PP8"],
        "source_name": DAUGAVPILS,
        "source_url": "https://daugavpils.lv/en/city/news/city-news/read-18250",
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
            "remigrācijas koordinatora pilotprojektu, kas palīdz ārzemēs dzīvojošiem "
            "latviešiem atgriezties. Remigrācija bija viena no tēmām arī diskusijā par "
            "depopulāciju kā reģionu kopīgu izaicinājumu.</p>"
            "<p>Otrajā dienā notika debates par Eiropas Savienības nākotni un mācību vizītes "
            "Daugavpilī.</p>"
        ),
        "body_en": (
            "<p>According to the city council, the participants learnt about the pilot project "
            "of a regional remigration coordinator, who helps Latvians living abroad to return. "
            "Return migration was also one of the topics when the partners discussed "
            "depopulation as a challenge their regions share.</p>"
            "<p>The second day brought a debate on the future of the European Union and study "
            "visits in Daugavpils.</p>"
        ),
    },
    {
        "slug": "magdeburg-joins-as-best-practice",
        "publish_at": _at(2018, 6, 1),
        "event": 1,
        "partners": ["PP4"],
        "source_name": MAGDEBURG,
        "source_url": (
            "https://www.magdeburg-tourist.de/index.php?ModID=7&FID=37.18265.1"
            "&object=tx%7C37.18265.1"
        ),
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
            "<p>Magdeburga pēc 1990. gada zaudēja daudz iedzīvotāju, bet kopš 2004. gada atkal "
            "aug. Tāpēc pilsēta tīklā dalās ar savu pieredzi kā labās prakses piemērs.</p>"
        ),
        "body_en": (
            "<p>Magdeburg lost many residents after 1990 but has been growing again since "
            "2004, which is why it shares its experience in the network as an example of good "
            "practice.</p>"
        ),
    },
    {
        "slug": "ceipes-report-from-daugavpils",
        "publish_at": _at(2018, 6, 5),
        "event": 1,
        "partners": ["PP5"],
        "source_name": CEIPES,
        "source_url": (
            "https://ceipes.org/it/a-daugavpils-il-primo-meeting-del-progetto-europeo-challenges"
            "-of-regional-centres-depopulation-control-development-best-practices-decode"
        ),
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
            "<p>CEIPES ziņojumā uzsvērts, ka reģionālie centri visā Eiropā saskaras ar līdzīgu "
            "problēmu – jaunieši aizbrauc –, un tīkls ļauj mācīties citam no cita.</p>"
        ),
        "body_en": (
            "<p>The CEIPES report stresses that regional centres across Europe face a similar "
            "problem, young people leaving, and that the network lets them learn from each "
            "other.</p>"
        ),
    },
    {
        "slug": "second-meeting-kaunas-daugavpils-report",
        "publish_at": _at(2018, 10, 15),
        "event": 2,
        "partners": ["LP", "PP2"],
        "source_name": DAUGAVPILS,
        "source_url": "https://www.daugavpils.lv/pilseta/par-daugavpili/pilsetas-zinas/decode",
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
            "mācību vizītēm un darba grupām. Tikšanās sākotnēji bija plānota septembrī.</p>"
        ),
        "body_en": (
            "<p>Daugavpils City Council reported on discussions, an exchange between experts, "
            "study visits and working groups. The meeting had first been planned for "
            "September.</p>"
        ),
    },
    {
        "slug": "second-meeting-kaunas",
        "publish_at": _at(2018, 11, 19),
        "event": 2,
        "partners": ["PP2"],
        "source_name": KAUNAS,
        "source_url": "https://en.kaunas.lt/?p=4250",
        "title_lv": "Kauņa par otro tikšanos: ekonomika pret depopulāciju",
        "title_en": "Kaunas on the second meeting: the economy against depopulation",
        "summary_lv": (
            "Kauņas pašvaldība iepazīstināja partnerus ar uzņēmējdarbības datiem, "
            "remigrācijas centru “I Choose Lithuania” un jaunām IT studiju programmām."
        ),
        "summary_en": (
            "Kaunas City Municipality showed the partners business statistics, the "
            "“I Choose Lithuania” centre for returning emigrants and new IT study programmes."
        ),
        "body_lv": (
            "<p>Tikšanās programmā piedalījās Kauņas informācijas centrs “Kaunas IN”, migrācijas "
            "informācijas centrs “I Choose Lithuania”, kas palīdz atgriezties ārzemēs dzīvojošiem "
            "lietuviešiem, Kauņas Tehnoloģiju universitāte un pilsētas sociālo pakalpojumu "
            "centrs. Uz sesijām bija aicināti arī vietējie iedzīvotāji.</p>"
        ),
        "body_en": (
            "<p>The programme included the Kaunas information centre “Kaunas IN”, the migration "
            "information centre “I Choose Lithuania”, a one-stop shop for Lithuanians abroad who "
            "want to come back, Kaunas University of Technology and the city's social services "
            "centre. Local residents were invited to the sessions too.</p>"
        ),
    },
    {
        "slug": "informational-material-online",
        "publish_at": _at(2018, 12, 11),
        "event": None,
        "partners": ["PP4", "LP"],
        "source_name": MAGDEBURG,
        "source_url": (
            "https://www.magdeburg.de/B%C3%BCrger-Stadt/Aktuelles-Presse/index.php?NavID=37.459.1"
            "&object=tx,37.19469.1&La=&&oNavID=37.459.1&La=1"
        ),
        "title_lv": "Tiešsaistē pieejams projekta informatīvais materiāls",
        "title_en": "The project's informational material is online",
        "summary_lv": (
            "Magdeburga paziņoja, ka publicēts angļu valodā sagatavots materiāls par "
            "depopulāciju visās partneru pilsētās; nākamā tikšanās notiks Palermo."
        ),
        "summary_en": (
            "Magdeburg announced that an English-language brochure on depopulation in all "
            "partner cities had been published; the next meeting would be in Palermo."
        ),
        "body_lv": (
            "<p>Materiālu sagatavoja Daugavpils pilsētas dome kā vadošais partneris ar visu "
            "partneru ieguldījumu. Par katru pilsētu tajā ir īss apraksts, depopulācijas "
            "situācija pilsētā, reģionā un valstī, galvenie izaicinājumi, tas, ar ko partneri "
            "lepojas, un mērķis 2020. gadam.</p>"
        ),
        "body_en": (
            "<p>The material was prepared by Daugavpils City Council as lead partner with input "
            "from all partners. For each city it gives a short introduction, the depopulation "
            "situation in the city, region and country, the main challenges, what the partners "
            "are proud of and a goal for 2020.</p>"
        ),
    },
    {
        "slug": "kaunas-presents-informational-material",
        "publish_at": _at(2019, 1, 10),
        "event": None,
        "partners": ["PP2", "LP"],
        "source_name": KAUNAS,
        "source_url": (
            "https://en.kaunas.lt/an-informational-material-created-within-the-framework-of-the"
            "-project-challenges-of-regional-centres-depopulation-control-development-best"
            "-practices-decode"
        ),
        "title_lv": "Kauņa iepazīstina ar informatīvo materiālu",
        "title_en": "Kaunas presents the informational material",
        "summary_lv": (
            "Arī Kauņas pašvaldība savā vietnē aprakstīja projekta informatīvā materiāla "
            "saturu un norādīja, kur to lejupielādēt."
        ),
        "summary_en": (
            "Kaunas City Municipality also described the contents of the project's "
            "informational material on its website and linked to the download."
        ),
        "body_lv": (
            "<p>Materiāls ir pieejams Daugavpils pilsētas domes vietnē; tā aprakstu var atrast "
            "sadaļā “Materiāli”.</p>"
        ),
        "body_en": (
            "<p>The material is published on Daugavpils City Council's website; its description "
            "is in the “Materials” section of this site.</p>"
        ),
    },
    {
        "slug": "youth-depopulation-palermo",
        "publish_at": _at(2019, 2, 15),
        "event": 3,
        "partners": ["PP5"],
        "source_name": CEIPES,
        "source_url": (
            "https://ceipes.org/it/spopolamento-giovanile-cosa-puo-essere-fatto-incontro-de-co-de"
            "-a-palermo/"
        ),
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
            "<p>CEIPES ziņo, ka rīta sesijā “Depopulācija Sicīlijā” piedalījās Palermo pašvaldība, "
            "citas pašvaldības un vietējās organizācijas. Pēcpusdienā notika diskusija pēc “World "
            "Café” metodes, bet nākamajās dienās – mācību vizītes pilsētā.</p>"
        ),
        "body_en": (
            "<p>CEIPES reports that the morning session “Facing depopulation in Sicily” brought "
            "together the Municipality of Palermo, other municipalities and local organisations. "
            "A “World Café” exchange followed in the afternoon, and study visits in the city on "
            "the next days.</p>"
        ),
    },
    {
        "slug": "fourth-meeting-lodz",
        "publish_at": _at(2019, 6, 5),
        "event": 4,
        "partners": ["PP3"],
        "source_name": DAUGAVPILS,
        "source_url": (
            "https://www.daugavpils.lv/en/city/news/city-news/"
            "ceturta-starptautiska-decode-projekta-partneru-tiksanas-polija"
        ),
        "title_lv": "Ceturtā partneru tikšanās Lodzā",
        "title_en": "Fourth partner meeting in Łódź",
        "summary_lv": (
            "Lodzas vojevodistē 28.–29. maijā partneri iepazinās ar Polijas sociālās politikas "
            "praksi un apsprieda depopulācijas kontroles rīcības plāna struktūru."
        ),
        "summary_en": (
            "In the Łódzkie Region on 28–29 May the partners learnt about Polish social policy "
            "practice and discussed the structure of the depopulation control action plan."
        ),
        "body_lv": (
            "<p>Reģionālais sociālās politikas centrs prezentēja Lodzas Senioru karti, "
            "Daudzbērnu ģimeņu karti un universālā dizaina principus. Lodzas Universitātes "
            "ģeogrāfi vadīja sesiju par rīcības plāna uzbūvi, un partneri vienojās par kopīgu "
            "labās prakses definīciju. Par tikšanos ziņoja arī CEIPES.</p>"
        ),
        "body_en": (
            "<p>The Regional Centre for Social Policy presented the Łódzkie Senior Card, the "
            "Large Family Card and universal design of public spaces. Geographers from the "
            "University of Łódź chaired a session on the structure of the action plan, and the "
            "partners agreed on a common definition of good practice. CEIPES reported on the "
            "meeting as well.</p>"
        ),
    },
    {
        "slug": "adiman-on-cadena-ser",
        "publish_at": _at(2019, 11, 8),
        "event": None,
        "partners": ["PP8"],
        "source_name": ADIMAN,
        "source_url": "https://adiman.es/adiman-habla-en-cadena-ser-del-proyecto-europeo-decode/",
        "title_lv": "ADIMAN radio intervijā stāsta par DeCoDe",
        "title_en": "ADIMAN talks about DeCoDe on the radio",
        "summary_lv": (
            "Pirms noslēguma tikšanās ADIMAN vadītājs Spānijas radio Cadena SER stāstīja par "
            "projektu un lauku reģionu skatījumu uz depopulāciju."
        ),
        "summary_en": (
            "Before the final meeting, ADIMAN's manager spoke on the Spanish radio Cadena SER "
            "about the project and the rural view of depopulation."
        ),
        "body_lv": (
            "<p>ADIMAN ir lauku attīstības biedrība Kuenkas provincē, kas tīklā pārstāv mazās "
            "apdzīvotās vietas.</p>"
        ),
        "body_en": (
            "<p>ADIMAN is a rural development association in the province of Cuenca that speaks "
            "for small settlements in the network.</p>"
        ),
    },
    {
        "slug": "castilla-la-mancha-joins-adiman",
        "publish_at": _at(2019, 11, 12),
        "event": 5,
        "partners": ["PP8"],
        "source_name": "cuencanews.es",
        "source_url": (
            "https://cuencanews.es/noticia/68619/region/el-gobierno-regional-acompanara-a-adiman"
            "-en-la-proxima-cita-del-proyecto-decode-sobre-despoblacion-con-perspectiva-europea.html"
        ),
        "title_lv": "Kastīlijas-La Mančas valdība dosies uz Daugavpili kopā ar ADIMAN",
        "title_en": "Castilla-La Mancha's government to join ADIMAN in Daugavpils",
        "summary_lv": (
            "Spānijas reģionālā valdība paziņoja, ka tās pārstāvji piedalīsies projekta "
            "noslēguma konferencē Latvijā."
        ),
        "summary_en": (
            "The Spanish regional government announced that its representatives would attend "
            "the project's final conference in Latvia."
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
        "publish_at": _at(2019, 11, 18),
        "event": 5,
        "partners": ["LP", "PP8"],
        "source_name": DAUGAVPILS,
        "source_url": "https://www.daugavpils.lv/pilseta/par-daugavpili/pilsetas-zinas/nosleguma-decode",
        "title_lv": "Daugavpilī notikusi DeCoDe noslēguma konference",
        "title_en": "DeCoDe final conference held in Daugavpils",
        "summary_lv": (
            "14.–15. novembrī partneri Daugavpilī prezentēja secinājumus un labās prakses "
            "piemērus, kas apkopoti depopulācijas kontroles rīcības plānā."
        ),
        "summary_en": (
            "On 14–15 November the partners presented in Daugavpils the conclusions and good "
            "practices gathered in the depopulation control action plan."
        ),
        "body_lv": (
            "<p>Pirmajā dienā dalībnieki apmeklēja pirmsskolas izglītības iestādi un Daugavpils "
            "Valsts ģimnāziju, bet Latgales plānošanas reģionā salīdzināja reģionu pieejas. "
            "Otrajā dienā notika konference un paneļdiskusija ar katra partnera pārstāvi. "
            "ADIMAN uzsvēra teritoriālo plānošanu: ciemi var kopīgi nodrošināt pamatpakalpojumus "
            "15–20 minūšu attālumā.</p>"
        ),
        "body_en": (
            "<p>On the first day the participants visited a pre-school and Daugavpils State "
            "Gymnasium and compared regional approaches at the Latgale Planning Region. The "
            "second day brought the conference and a panel with one representative of each "
            "partner. ADIMAN stressed territorial planning: villages can share basic services "
            "within 15–20 minutes' reach.</p>"
        ),
    },
    {
        "slug": "ceipes-final-conference",
        "publish_at": _at(2019, 11, 20),
        "event": 5,
        "partners": ["PP5"],
        "source_name": CEIPES,
        "source_url": (
            "https://ceipes.org/it/decode-v-international-partner-event-conferenza-sulla"
            "-disseminazione/"
        ),
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
            "<p>Ziņojumā uzsvērts, ka partneri turpinās sadarboties arī pēc projekta beigām.</p>"
        ),
        "body_en": (
            "<p>The report stresses that the partners mean to keep working together after the "
            "project ends.</p>"
        ),
    },
    {
        "slug": "adiman-back-from-daugavpils",
        "publish_at": _at(2019, 11, 25),
        "event": 5,
        "partners": ["PP8"],
        "source_name": ADIMAN,
        "source_url": "https://adiman.es/?p=8217",
        "title_lv": "ADIMAN atgriežas no Daugavpils",
        "title_en": "ADIMAN back from Daugavpils",
        "summary_lv": (
            "Spānijas partneris aicina Eiropas Savienību turpināt rīkoties pret lauku apvidu "
            "depopulāciju."
        ),
        "summary_en": (
            "The Spanish partner calls on the European Union to keep acting against rural "
            "depopulation."
        ),
        "body_lv": (
            "<p>ADIMAN savā vietnē atskatās uz noslēguma konferenci un lauku reģionu pieredzi, "
            "ar ko tā dalījās tīklā.</p>"
        ),
        "body_en": (
            "<p>On its website ADIMAN looks back on the final conference and on the rural "
            "experience it brought to the network.</p>"
        ),
    },
    {
        "slug": "decode-completed",
        "publish_at": _at(2020, 3, 16),
        "event": None,
        "partners": ["PP4"],
        "source_name": MAGDEBURG,
        "source_url": (
            "https://www.magdeburg.de/B%C3%BCrger-Stadt/Aktuelles-Presse/index.php?NavID=37.459.1"
            "&object=tx,37.18265.1&La=&&oNavID=37.459.1&La=1"
        ),
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
        "body_lv": (
            "<p>Paziņojumam pievienots projekta rezultātu kopsavilkums angļu valodā.</p>"
            "<p>Magdeburga skaita visas partneru tikšanās projekta laikā; piecas no tām bija "
            "starptautiskie pasākumi, kas aprakstīti šajā vietnē.</p>"
        ),
        "body_en": (
            "<p>A summary of the project's results in English is attached to the note.</p>"
            "<p>Magdeburg counts every partner meeting held during the project; five of them "
            "were the international events described on this site.</p>"
        ),
    },
]

PUBLICATIONS = [
    {
        "slug": "informational-material-2018",
        "kind": Publication.Kind.BROCHURE,
        "date": datetime.date(2018, 12, 11),
        "status": "published",
        "publish_at": _at(2018, 12, 11),
        "source_name": DAUGAVPILS,
        "source_url": "https://www.daugavpils.lv/assets/upload/manager/Decode.pdf",
        "title_lv": "Informatīvais materiāls par depopulāciju partneru pilsētās",
        "title_en": "Informational material on depopulation in the partner cities",
        "description_lv": (
            "<p>Angļu valodā sagatavots materiāls, ko Daugavpils pilsētas dome kā vadošais "
            "partneris izstrādāja ar visu partneru ieguldījumu; publicēts 2018. gada "
            "decembrī.</p>"
            "<p>Par katru partneri tajā ir:</p>"
            "<ul><li>īss pilsētas apraksts;</li>"
            "<li>depopulācijas situācija pilsētā, reģionā un valstī;</li>"
            "<li>galvenie depopulācijas izaicinājumi;</li>"
            "<li>tas, ar ko partneri lepojas;</li>"
            "<li>mērķis depopulācijas jomā 2020. gadam.</li></ul>"
        ),
        "description_en": (
            "<p>A brochure in English, prepared by Daugavpils City Council as lead partner with "
            "input from all partners and published in December 2018.</p>"
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
    changed = 0
    events = {event.number: event for event in MobilityEvent.objects.all()}
    partners = {partner.number: partner for partner in Partner.objects.all()}
    for item in PRESS_RELEASES:
        values = {key: value for key, value in item.items() if key not in {"slug", "partners"}}
        values["related_event"] = events.get(values.pop("event"))
        values["status"] = "published"
        release, was_changed = sync(PressRelease, {"slug": item["slug"]}, values)
        wanted = {partners[number].pk for number in item["partners"] if number in partners}
        if set(release.partners.values_list("pk", flat=True)) != wanted:
            release.partners.set(wanted)
            was_changed = True
        changed += was_changed
    for item in PUBLICATIONS:
        values = {key: value for key, value in item.items() if key != "slug"}
        _publication, was_changed = sync(Publication, {"slug": item["slug"]}, values)
        changed += was_changed
    return changed
