"""The sources of the demo content, as the project's facts sheet gives them (address, publisher,
kind, date as precisely as it is known), and how a loader gives an object its sources.

A title is filled in only where the facts sheet gives the source's own title in full; otherwise the
page links the source by its address. Dates are those the facts sheet gives: a day only where it is
known, else the month or the year.
"""

from datetime import date

from common.sources import DatePrecision, Source, SourceKind

OFFICIAL, PRESS, SECONDARY = SourceKind.OFFICIAL, SourceKind.PRESS, SourceKind.SECONDARY
DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR

DAUGAVPILS = "Daugavpils pilsētas dome"
CEIPES = "CEIPES"
MAGDEBURG = "Landeshauptstadt Magdeburg"
KAUNAS = "Kauno miesto savivaldybės administracija"
ADIMAN = "ADIMAN"


def source(kind, publisher, url, *, title="", language="", on=None, precision=DAY):
    return {
        "kind": kind,
        "publisher": publisher,
        "url": url,
        "title": title,
        "title_language": language,
        "date": on,
        "date_precision": precision if on else DAY,
    }


# §0: the project's own pages.
LV_PROJECT_PAGE = source(
    OFFICIAL,
    DAUGAVPILS,
    "https://www.daugavpils.lv/pilseta/pilsetas-attistiba/projekti/istenotie-projekti/"
    "2014-2020-gada-planosanas-periods/depopulacija-regionalo-centru-izaicinajums-decode",
    title="Depopulācija – reģionālo centru izaicinājums DeCoDe",
    language="lv",
)
EN_PROJECT_PAGE = source(
    OFFICIAL,
    DAUGAVPILS,
    "https://daugavpils.lv/en/city/development-of-the-city/international-projects/"
    "depopulacija-regionalo-centru-izaicinajums-decode-en",
)
ACTION_PLAN_COPY = source(
    SECONDARY,
    "docslib.org",
    "https://docslib.org/doc/7010163/depopulation-control-action-plan-europe-for-citizens-"
    "project-nr",
    title="Depopulation Control Action Plan",
    language="en",
)
LODZKIE_PROJECT_PAGE = source(
    OFFICIAL,
    "Województwo Łódzkie",
    "https://bruksela.lodzkie.pl/nasze-projekty/wyzwania-dla-centrow-regionalnych-"
    "przeciwdzialanie-depopulacji-rozwoj-dobrych-praktyk/",
    title="Wyzwania dla centrów regionalnych: przeciwdziałanie depopulacji, rozwój dobrych praktyk",
    language="pl",
)
EUROPE_FOR_CITIZENS_MEASURE = source(
    SECONDARY,
    "Eurodesk Luxembourg",
    "https://eurodesk.lu/opportunites-en-europe/europe-for-citizens-strand-2-democratic-"
    "engagement-and-civic-participation-networks-of-towns/",
)

# §4: reports, in the order of the facts sheet.
D_FAKTI_LAUNCH = source(
    PRESS, "d-fakti.lv", "http://www.d-fakti.lv/lv/news/article/121469/", on=date(2018, 3, 22)
)
KICK_OFF_ANNOUNCEMENT = source(
    OFFICIAL,
    DAUGAVPILS,
    "https://www.daugavpils.lv/pilseta/par-daugavpili/pilsetas-zinas/read-18210",
    on=date(2018, 5, 1),
    precision=MONTH,
)
KICK_OFF_REPORT = source(
    OFFICIAL,
    DAUGAVPILS,
    "https://daugavpils.lv/en/city/news/city-news/read-18250",
    on=date(2018, 5, 1),
    precision=MONTH,
)
MAGDEBURG_KICK_OFF = source(
    OFFICIAL,
    MAGDEBURG,
    "https://www.magdeburg-tourist.de/index.php?ModID=7&FID=37.18265.1&object=tx%7C37.18265.1",
    title="EU-Projekt 'DeCoDe' gestartet – Magdeburg als Best-Practice-Beispiel dabei",
    language="de",
    on=date(2018, 1, 1),
    precision=YEAR,
)
CEIPES_KICK_OFF = source(
    OFFICIAL,
    CEIPES,
    "https://ceipes.org/it/a-daugavpils-il-primo-meeting-del-progetto-europeo-challenges-of-"
    "regional-centres-depopulation-control-development-best-practices-decode",
    on=date(2018, 1, 1),
    precision=YEAR,
)
# The facts sheet gives only the date the report was last updated (19 November 2018), after the
# October meeting: the year is what is known of its publication.
KAUNAS_REPORT = source(
    OFFICIAL, KAUNAS, "https://en.kaunas.lt/?p=4250", on=date(2018, 11, 19), precision=YEAR
)
KAUNAS_REPORT_LV = source(
    OFFICIAL,
    DAUGAVPILS,
    "https://www.daugavpils.lv/pilseta/par-daugavpili/pilsetas-zinas/decode",
    on=date(2018, 1, 1),
    precision=YEAR,
)
MAGDEBURG_BROCHURE = source(
    OFFICIAL,
    MAGDEBURG,
    "https://www.magdeburg.de/B%C3%BCrger-Stadt/Aktuelles-Presse/index.php?NavID=37.459.1"
    "&object=tx,37.19469.1&La=&&oNavID=37.459.1&La=1",
    title="Informationsbroschüre zum Projekt ist jetzt online",
    language="de",
    on=date(2018, 12, 11),
)
KAUNAS_BROCHURE = source(
    OFFICIAL,
    KAUNAS,
    "https://en.kaunas.lt/an-informational-material-created-within-the-framework-of-the-"
    "project-challenges-of-regional-centres-depopulation-control-development-best-practices-"
    "decode",
)
CEIPES_PALERMO = source(
    OFFICIAL,
    CEIPES,
    "https://ceipes.org/it/spopolamento-giovanile-cosa-puo-essere-fatto-incontro-de-co-de-a-"
    "palermo/",
    title="Spopolamento giovanile: cosa può essere fatto?",
    language="it",
    on=date(2019, 2, 1),
    precision=MONTH,
)
LODZ_REPORT = source(
    OFFICIAL,
    DAUGAVPILS,
    "https://www.daugavpils.lv/en/city/news/city-news/"
    "ceturta-starptautiska-decode-projekta-partneru-tiksanas-polija",
    title="4th International DeCoDe Partner Event in Łódź, Poland",
    language="en",
    on=date(2019, 6, 1),
    precision=MONTH,
)
CEIPES_LODZ = source(
    OFFICIAL,
    CEIPES,
    "https://ceipes.org/in-lodz-for-the-4th-transnational-meeting-of-de-co-de/",
    title="In Lodz for the 4th transnational meeting of De.Co.De",
    language="en",
    on=date(2019, 1, 1),
    precision=YEAR,
)
ADIMAN_RADIO = source(
    OFFICIAL,
    ADIMAN,
    "https://adiman.es/adiman-habla-en-cadena-ser-del-proyecto-europeo-decode/",
    on=date(2019, 11, 1),
    precision=MONTH,
)
CUENCANEWS = source(
    PRESS,
    "cuencanews.es",
    "https://cuencanews.es/noticia/68619/region/el-gobierno-regional-acompanara-a-adiman-en-"
    "la-proxima-cita-del-proyecto-decode-sobre-despoblacion-con-perspectiva-europea.html",
    on=date(2019, 11, 1),
    precision=MONTH,
)
FINAL_CONFERENCE_REPORT = source(
    OFFICIAL,
    DAUGAVPILS,
    "https://www.daugavpils.lv/pilseta/par-daugavpili/pilsetas-zinas/nosleguma-decode",
    on=date(2019, 11, 1),
    precision=MONTH,
)
CEIPES_FINAL = source(
    OFFICIAL,
    CEIPES,
    "https://ceipes.org/it/decode-v-international-partner-event-conferenza-sulla-disseminazione/",
    title="DeCoDe V International Partner Event – conferenza sulla disseminazione",
    language="it",
    on=date(2019, 11, 1),
    precision=MONTH,
)
ADIMAN_RETURN = source(
    OFFICIAL, ADIMAN, "https://adiman.es/?p=8217", on=date(2019, 1, 1), precision=YEAR
)
MAGDEBURG_CLOSING = source(
    OFFICIAL,
    MAGDEBURG,
    "https://www.magdeburg.de/B%C3%BCrger-Stadt/Aktuelles-Presse/index.php?NavID=37.459.1"
    "&object=tx,37.18265.1&La=&&oNavID=37.459.1&La=1",
    title="EU-Projekt 'DeCoDe' erfolgreich beendet",
    language="de",
    on=date(2020, 3, 16),
)

# §1, §3, §5: partners, practices and population.
DAUGAVPILS_RESIDENTS = source(
    OFFICIAL, DAUGAVPILS, "https://www.daugavpils.lv/en/city/daugavpils/residents/"
)
DAUGAVPILS_WIKIMILI = source(SECONDARY, "WikiMili", "https://wikimili.com/en/Daugavpils")
KAUNAS_STATISTICS = source(
    OFFICIAL,
    "Statistics Lithuania",
    "http://regionai.stat.gov.lt/en/kauno_apskritis/kauno_miesto_savivaldybe.html",
)
CEIPES_TEN_YEARS = source(
    OFFICIAL, CEIPES, "http://ceipes.org/10-anni-di-ceipes-un-resoconto-della-tre-giorni/"
)
CEIPES_ARTINSIEME = source(OFFICIAL, CEIPES, "https://ceipes.org/project/artinsieme/")
VEJLE_MEMIM = source(SECONDARY, "memim.com", "https://memim.com/vejle-municipality.html")
VEJLE_TRAP = source(
    SECONDARY, "Trap Danmark (lex.dk)", "https://trap.lex.dk/Vejle_Kommunes_befolkning_og_boliger"
)
VEJLE_NETAVIS = source(
    PRESS,
    "Vejle Netavis",
    "https://vejle-netavis.dk/saa-meget-har-indbyggertallet-aendret-sig-i-vejle-kommune/",
)
ACTA_TAS = source(
    OFFICIAL,
    "ACTA Center",
    "https://www.actacenter.ro/european-projects/on-going-projects/tas-thesis-antithesis-synthesis",
)
RECAMDER = source(
    PRESS,
    "RECAMDER",
    "https://www.recamder.es/actualidad/noticias-gal/1357-adiman-concedio-1-8-millones-de-euros-"
    "en-ayudas-leader-para-proyectos-que-invertiran-3-1-millones-de-euros-en-la-manchuela-"
    "conquense.html",
)
VOLKSSTIMME_POPULATION = source(
    PRESS,
    "Volksstimme",
    "https://volksstimme.de/lokal/magdeburg/statistik-ende-des-magdeburger-bevoelkerungsbooms",
)
REMIGRATION_PILOT = source(
    OFFICIAL,
    DAUGAVPILS,
    "https://www.daugavpils.lv/pilseta/pilsetas-attistiba/projekti/realizacija-esosie-projekti/"
    "citi/konkurss-remigracijas-sekmesanas-pakalpojumi-pasvaldibas",
)


def sync_sources(obj, sources):
    """Make ``obj``'s sources exactly ``sources``, in that order; return whether they changed."""
    wanted = [{**data, "order": index} for index, data in enumerate(sources, start=1)]
    fields = ["order", *sources[0]] if sources else ["order"]
    stored = [
        {name: getattr(item, name) for name in fields}
        for item in obj.sources.order_by("order", "pk")
    ]
    if stored == wanted:
        return False
    obj.sources.all().delete()
    for data in wanted:
        item = Source(content_object=obj, **data)
        item.full_clean()
        item.save()
    return True
