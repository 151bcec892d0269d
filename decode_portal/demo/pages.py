"""The standing pages: about the project, legal notice, accessibility statement, privacy notice.

Facts from the project's facts sheet, §0 and §6; sentences are our own, except the Commission
disclaimer, whose wording is fixed by the programme.
"""

from decode_portal.demo import sources as src
from decode_portal.demo.sync import sync
from pages.models import Page

DISCLAIMER_EN = (
    "The European Commission's support for the production of this publication does not "
    "constitute an endorsement of the contents, which reflect the views only of the authors, "
    "and the Commission cannot be held responsible for any use which may be made of the "
    "information contained therein."
)
DISCLAIMER_LV = (
    "Eiropas Komisijas atbalsts šīs publikācijas izstrādei nav uzskatāms par tās satura "
    "apstiprinājumu, jo saturs atspoguļo vienīgi autoru uzskatus, un Komisija nevar būt "
    "atbildīga par jebkādu tajā ietvertās informācijas izmantošanu."
)

PAGES = {
    Page.Key.ABOUT: {
        "title_lv": "Par projektu",
        "title_en": "About the project",
        "summary_lv": (
            "DeCoDe (2018–2020) apvienoja astoņus partnerus no astoņām Eiropas valstīm, lai tie "
            "dalītos pieredzē par depopulāciju reģionālajos centros."
        ),
        "summary_en": (
            "DeCoDe (2018–2020) brought together eight partners from eight European countries to "
            "share experience of depopulation in regional centres."
        ),
        "body_lv": (
            "<h2>Projekta mērķis</h2>"
            "<p>Projekta “Depopulācija – reģionālo centru izaicinājums” (DeCoDe) mērķis bija "
            "izveidot ilgtspējīgu starptautisku tīklu starp Eiropas pilsētām, kas ir reģionālie "
            "centri savās valstīs un reģionos, lai tās varētu dalīties pieredzē par depopulācijas "
            "un remigrācijas procesiem. Projekta aprakstā teikts, ka tajā apkopos priekšlikumus "
            "depopulācijas kontrolei, ko pilsētas varēs izmantot savos plānošanas "
            "dokumentos.</p>"
            "<h2>Ko projekts paveica</h2>"
            "<ul><li>piecas starptautiskas tikšanās: Daugavpilī, Kauņā, Palermo, Lodzā un "
            "noslēguma konference atkal Daugavpilī;</li>"
            "<li>pašvaldības darbinieku mobilitātes un mācību vizītes tikšanās vietās;</li>"
            "<li>izstrādāts Depopulācijas kontroles rīcības plāns;</li>"
            "<li>informatīvs materiāls par depopulācijas situāciju partneru pilsētās.</li></ul>"
            "<h2>Vadošais partneris</h2>"
            "<p>Projektu vadīja Daugavpils pilsētas dome. Partneri: Kauņas pilsētas pašvaldība "
            "(Lietuva), Lodzas vojevodiste (Polija), Magdeburgas pilsētas administrācija "
            "(Vācija), CEIPES (Palermo, Itālija), Vejles pašvaldība (Dānija), ACTA centrs "
            "(Oradea, Rumānija) un ADIMAN (Kasasimarro, Kuenkas province, Spānija).</p>"
            "<h2>Finansējums</h2>"
            "<p>Projekta kopējais budžets bija 90 000 EUR, ko pilnībā finansēja Eiropas Savienības "
            "programma “Eiropa pilsoņiem” (2. sadaļa “Demokrātiskā iesaistīšanās un sabiedriskā "
            "līdzdalība”, 2.2. apakšpasākums “Pašvaldību tīklojumi”). Projekta numurs: "
            "595269-CITIZ-1-2017-2-LV-CITIZ-NT. Īstenošanas laiks: 01.03.2018.–01.02.2020.</p>"
        ),
        "body_en": (
            "<h2>Aim</h2>"
            "<p>“Challenges of Regional Centres: Depopulation Control, Development – best "
            "practices” (DeCoDe) set out to build a lasting international network of European "
            "cities that are regional centres in their countries and regions, so that they could "
            "share experience of depopulation and return migration. The project's description "
            "says it would gather proposals for controlling depopulation that cities could use "
            "in their own planning documents.</p>"
            "<h2>What the project did</h2>"
            "<ul><li>five international meetings: in Daugavpils, Kaunas, Palermo, Łódź and a final "
            "conference back in Daugavpils;</li>"
            "<li>mobility of municipal staff, and study visits in the host cities;</li>"
            "<li>a Depopulation Control Action Plan;</li>"
            "<li>an informational brochure on depopulation in the partner cities.</li></ul>"
            "<h2>Lead partner</h2>"
            "<p>The project was led by Daugavpils City Council (Latvia). Partners: Kaunas City "
            "Municipality (Lithuania), Łódzkie Region (Poland), City of Magdeburg (Germany), "
            "CEIPES (Palermo, Italy), Vejle Municipality (Denmark), ACTA Center (Oradea, "
            "Romania) and ADIMAN (Casasimarro, province of Cuenca, Spain).</p>"
            "<h2>Funding</h2>"
            "<p>The total budget of 90,000 EUR was financed in full by the European Union's "
            "Europe for Citizens programme (Strand 2 “Democratic engagement and civic "
            "participation”, Measure 2.2 “Networks of Towns”). Project number: "
            "595269-CITIZ-1-2017-2-LV-CITIZ-NT. Period: 1 March 2018 – 1 February 2020.</p>"
        ),
    },
    Page.Key.LEGAL: {
        "title_lv": "Juridiskā informācija",
        "title_en": "Legal notice",
        "summary_lv": "Vietnes uzturētājs, finansējuma paziņojums un Eiropas Komisijas atruna.",
        "summary_en": "Who runs this site, the funding statement and the European Commission's "
        "disclaimer.",
        "body_lv": (
            "<h2>Vietnes uzturētājs</h2>"
            "<p>Daugavpils pilsētas dome, DeCoDe tīkla vadošais partneris, Daugavpils, "
            "Latvija.</p>"
            "<h2>Finansējums</h2>"
            "<p>Projekts “Depopulācija – reģionālo centru izaicinājums” (DeCoDe, Nr. "
            "595269-CITIZ-1-2017-2-LV-CITIZ-NT) īstenots ar Eiropas Savienības programmas "
            "“Eiropa pilsoņiem” atbalstu.</p>"
            "<h2>Atruna</h2>"
            f"<p>{DISCLAIMER_LV}</p>"
        ),
        "body_en": (
            "<h2>Who runs this site</h2>"
            "<p>Daugavpils City Council, lead partner of the DeCoDe network, Daugavpils, "
            "Latvia.</p>"
            "<h2>Funding</h2>"
            "<p>The project “Challenges of Regional Centres: Depopulation Control, Development – "
            "best practices” (DeCoDe, No. 595269-CITIZ-1-2017-2-LV-CITIZ-NT) was financed by the "
            "European Union programme “Europe for Citizens”.</p>"
            "<h2>Disclaimer</h2>"
            f"<p>{DISCLAIMER_EN}</p>"
        ),
    },
    Page.Key.ACCESSIBILITY: {
        "title_lv": "Piekļūstamības paziņojums",
        "title_en": "Accessibility statement",
        "summary_lv": "Kā šī vietne atbilst tīmekļa piekļūstamības prasībām un kā ziņot par "
        "problēmām.",
        "summary_en": "How this site meets web accessibility requirements and how to report a "
        "problem.",
        "body_lv": (
            "<p>Daugavpils pilsētas dome apņemas nodrošināt savas tīmekļvietnes piekļūstamību "
            "saskaņā ar Direktīvu (ES) 2016/2102 un Latvijas normatīvajiem aktiem. Šis "
            "paziņojums attiecas uz DeCoDe projekta vietni.</p>"
            "<h2>Atbilstības statuss</h2>"
            "<p>Vietne daļēji atbilst standarta EN 301 549 un WCAG 2.1 AA līmeņa prasībām; "
            "neatbilstības ir uzskaitītas zemāk.</p>"
            "<h2>Nepiekļūstamais saturs</h2>"
            "<ul><li>Daži projekta laikā sagatavotie PDF dokumenti nav pilnībā strukturēti "
            "ekrāna lasītājiem. Tā paša satura galvenā informācija ir pieejama arī vietnes "
            "lapās.</li></ul>"
            "<h2>Atsauksmes un kontaktinformācija</h2>"
            "<p>Ja pamanāt piekļūstamības trūkumus, rakstiet Daugavpils pilsētas domei uz "
            '<a href="mailto:info@daugavpils.lv">info@daugavpils.lv</a>. Atbildēsim 10 darba '
            "dienu laikā.</p>"
            "<h2>Izpildes nodrošināšanas procedūra</h2>"
            "<p>Ja atbilde nav apmierinoša, varat vērsties Valsts reģionālās attīstības "
            "aģentūrā, kas uzrauga tīmekļvietņu piekļūstamību Latvijā.</p>"
            "<h2>Paziņojuma sagatavošana</h2>"
            "<p>Paziņojums sagatavots 2026. gada 27. novembrī, pamatojoties uz pašnovērtējumu "
            "un automatizētām pārbaudēm (axe-core) visām lapu veidnēm.</p>"
        ),
        "body_en": (
            "<p>Daugavpils City Council is committed to making its website accessible in "
            "accordance with Directive (EU) 2016/2102 and Latvian law. This statement applies to "
            "the DeCoDe project website.</p>"
            "<h2>Compliance status</h2>"
            "<p>This website is partially compliant with EN 301 549 and WCAG 2.1 level AA; the "
            "non-compliances are listed below.</p>"
            "<h2>Non-accessible content</h2>"
            "<ul><li>Some PDF documents produced during the project are not fully tagged for "
            "screen readers. Their main content is also available as web pages on this "
            "site.</li></ul>"
            "<h2>Feedback and contact information</h2>"
            "<p>If you find an accessibility problem, write to Daugavpils City Council at "
            '<a href="mailto:info@daugavpils.lv">info@daugavpils.lv</a>. We reply within 10 '
            "working days.</p>"
            "<h2>Enforcement procedure</h2>"
            "<p>If our reply does not satisfy you, you can turn to the State Regional "
            "Development Agency, which monitors the accessibility of public websites in "
            "Latvia.</p>"
            "<h2>Preparation of this statement</h2>"
            "<p>This statement was prepared on 27 November 2026 from a self-assessment and "
            "automated checks (axe-core) of every page type.</p>"
        ),
    },
    Page.Key.PRIVACY: {
        "title_lv": "Privātuma paziņojums",
        "title_en": "Privacy notice",
        "summary_lv": "Kādus datus vietne apstrādā: lasītājiem – nekādus sīkfailus.",
        "summary_en": "What data this site processes: for readers, no cookies at all.",
        "body_lv": (
            "<h2>Pārzinis</h2>"
            "<p>Personas datu apstrādes pārzinis ir Daugavpils pilsētas dome, Daugavpils, "
            'Latvija (<a href="mailto:info@daugavpils.lv">info@daugavpils.lv</a>).</p>'
            "<h2>Sīkfaili</h2>"
            "<p>Lasot vietni, netiek izmantoti nekādi sīkfaili, un vietne neizmanto analītikas "
            "vai izsekošanas rīkus. Tikai vietnes redaktori, piesakoties administrēšanas "
            "sadaļā, saņem sesijas un drošības (CSRF) sīkfailus, kas nepieciešami darbam.</p>"
            "<h2>Lejupielādes</h2>"
            "<p>Dokumentu lejupielādes tiek skaitītas tikai kā kopējs skaits katram "
            "dokumentam un valodai. IP adreses un citi personas dati netiek saglabāti.</p>"
            "<h2>Servera žurnāli</h2>"
            "<p>Tīmekļa serveris drošības nolūkos īslaicīgi glabā tehniskos piekļuves "
            "žurnālus.</p>"
            "<h2>Jūsu tiesības</h2>"
            "<p>Jums ir tiesības piekļūt saviem datiem, tos labot vai dzēst, kā arī iesniegt "
            "sūdzību Datu valsts inspekcijai.</p>"
        ),
        "body_en": (
            "<h2>Controller</h2>"
            "<p>The controller of personal data is Daugavpils City Council, Daugavpils, Latvia "
            '(<a href="mailto:info@daugavpils.lv">info@daugavpils.lv</a>).</p>'
            "<h2>Cookies</h2>"
            "<p>Reading this site sets no cookies at all, and the site uses no analytics or "
            "tracking. Only the site's editors, when they sign in to the administration, receive "
            "the session and security (CSRF) cookies they need to work.</p>"
            "<h2>Downloads</h2>"
            "<p>Document downloads are counted only as a total per document and language. No IP "
            "address or other personal data is stored.</p>"
            "<h2>Server logs</h2>"
            "<p>For security, the web server keeps technical access logs for a short time.</p>"
            "<h2>Your rights</h2>"
            "<p>You have the right to access, correct or erase your data and to complain to the "
            "Data State Inspectorate of Latvia.</p>"
        ),
    },
}


# The pages that state facts about the project, and where those facts come from. The
# accessibility statement and the privacy notice state what the site's owner does, which no
# source in the facts sheet covers: they have none, and the editors' dashboard lists them.
PAGE_SOURCES = {
    Page.Key.ABOUT: [
        src.LV_PROJECT_PAGE,
        src.EN_PROJECT_PAGE,
        src.ACTION_PLAN_COPY,
        src.KAUNAS_BROCHURE,
    ],
    Page.Key.LEGAL: [src.LV_PROJECT_PAGE, src.ACTION_PLAN_COPY],
}


def load():
    changed = 0
    for key, values in PAGES.items():
        page, was_changed = sync(Page, {"key": key}, values)
        changed += was_changed
        changed += src.sync_sources(page, PAGE_SOURCES.get(key, []))
    return changed
