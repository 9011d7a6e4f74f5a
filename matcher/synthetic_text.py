"""Danish text pools of the synthetic municipality: names, CVs, task suggestions, skånehensyn.

Everything a consultant would read in a real case file is produced here, so that
:mod:`matcher.synthetic` can stay about numbers. The pools are written to cover the ways Danish
caseworkers and CV writers actually phrase things: digits and number words, abbreviations
("t/uge", "kg.", "max"), several needs in one sentence, bullet lists, harmless sentences that
state no need, reassurances ("kan godt stå op") and small typos.

One promise matters for the benchmarks: a need sentence always states its need unambiguously,
and a harmless or reassuring sentence never states one. A reassurance is only ever written for a
code that is *not* among the citizen's planted needs.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Final

# --- places and names ----------------------------------------------------------------------------

#: Invented proper names for institutions, restaurants and care homes (common Danish patterns).
PLACE_NAMES: Final[tuple[str, ...]] = (
    "Solgården", "Egely", "Lindehøj", "Søndergården", "Bakkehuset", "Mariehønen", "Solstrålen",
    "Troldehøjen", "Rosenhaven", "Kastanjehuset", "Fyrrebakken", "Møllehuset", "Skovbrynet",
    "Lærkereden", "Engly", "Birkely", "Nørremarken", "Vestergården", "Østervang", "Åbakken",
    "Humlebien", "Grønnegården", "Kildebakken", "Stjernen", "Regnbuen", "Tusindfryd",
)  # fmt: skip
RESTAURANT_NAMES: Final[tuple[str, ...]] = (
    "Bella", "Oscar", "Havnen", "Smedien", "Den Gyldne Hane", "Skipperkroen", "Hos Anna",
    "Pakhuset", "Kælderen", "Postgården", "Roma", "Napoli", "Brasserie Nord", "Det Gamle Bryggeri",
)  # fmt: skip
SCHOOL_NAMES: Final[tuple[str, ...]] = (
    "Lindeskolen", "Bakkeskolen", "Østre Skole", "Vestre Skole", "Nørreskolen", "Engskolen",
    "Søndervangskolen", "Rosenvængets Skole", "Skovvangskolen", "Byskolen", "Kirkebakkeskolen",
)  # fmt: skip
STREETS: Final[tuple[str, ...]] = (
    "Østergade", "Algade", "Jernbanegade", "Storegade", "Vestergade", "Havnegade", "Industrivej",
    "Nørregade", "Søndergade", "Stationsvej", "Bredgade", "Torvet", "Møllevej", "Skolevej",
)  # fmt: skip

#: A centre kind: how a company centre of that type is named, its sector and ownership, and the
#: task areas its seats come from (with relative weights).
CentreKind = tuple[str, str, str, tuple[str, ...], dict[str, float]]

#: (kind key, sector, ownership, name templates, task-area weights); ``weight`` lives in
#: :data:`CENTRE_KIND_WEIGHTS`. ``{town}`` is the centre's postal town, ``{muni}`` the
#: municipality, ``{place}``/``{restaurant}`` invented names.
CENTRE_KINDS: Final[tuple[CentreKind, ...]] = (
    ("supermarket", "retail", "private",
     ("Netto {town}", "Rema 1000 {town}", "Føtex {town}", "Kvickly {town}", "SuperBrugsen {town}",
      "Dagli'Brugsen {town}", "Lidl {town}", "Meny {town}", "Spar {town}", "Coop 365 {town}",
      "Bilka {town}", "Løvbjerg {town}"),
     {"shop": 5, "warehouse": 3, "kitchen": 0.7, "cleaning": 0.5, "service": 0.5}),
    ("nonfood", "retail", "private",
     ("JYSK {town}", "Harald Nyborg {town}", "Jem & Fix {town}", "Bauhaus {town}", "Silvan {town}",
      "Elgiganten {town}", "Normal {town}", "Søstrene Grene {town}", "Matas {town}",
      "Biltema {town}", "XL-Byg {town}"),
     {"shop": 4, "warehouse": 3, "service": 1}),
    ("hotel", "hospitality", "private",
     ("Hotel {town}", "{town} Kro", "Hotel {place}", "Best Western {town}", "{town} Badehotel"),
     {"kitchen": 3, "waiter": 3, "cleaning": 3, "service": 2, "janitor": 0.5}),
    ("restaurant", "hospitality", "private",
     ("Restaurant {restaurant}", "Café {restaurant}", "Jensens Bøfhus {town}",
      "Pizzeria {restaurant}", "{town} Bageri", "Sunset Boulevard {town}"),
     {"kitchen": 4, "waiter": 3, "shop": 1, "cleaning": 0.5}),
    ("facility", "facility_services", "private",
     ("ISS Facility Services {town}", "Elite Miljø {town}", "Forenede Service {town}",
      "{town} Rengøring ApS", "Coor {town}"),
     {"cleaning": 5, "service": 2, "janitor": 1.5, "canteen": 1}),
    ("canteen", "catering", "private",
     ("Compass Group – kantinen {town}", "Cateringkøkkenet {town}", "{town} Mad & Kantine",
      "Frokostordningen {town}"),
     {"canteen": 4, "kitchen": 3, "cleaning": 1, "transport": 0.5}),
    ("logistics", "logistics", "private",
     ("PostNord {town}", "GLS Pakkecenter {town}", "DSV {town}", "Dansk Retursystem {town}",
      "{town} Fragt", "Bring {town}"),
     {"warehouse": 5, "transport": 3, "office": 0.5, "cleaning": 0.5}),
    ("factory", "production", "private",
     ("{town} Plast A/S", "{town} Maskinfabrik", "{town} Træindustri", "{town} Stål ApS",
      "Danish Crown {town}", "Arla Foods {town}", "{town} Bryghus", "{town} Emballage A/S",
      "{town} Metal ApS"),
     {"production": 5, "warehouse": 2, "cleaning": 1, "canteen": 1, "maintenance": 1}),
    ("crafts", "crafts", "private",
     ("{town} Autoværksted", "{town} Cykler", "{town} VVS", "{town} Tømrer & Snedker",
      "Malerfirmaet {town}", "{town} El-service"),
     {"maintenance": 5, "shop": 1, "warehouse": 1, "transport": 0.5}),
    ("garden", "gardening", "private",
     ("{town} Planteskole", "Gartneriet {place}", "HedeDanmark {town}", "{town} Anlægsgartner"),
     {"gardening": 5, "shop": 1, "transport": 0.5, "maintenance": 0.5}),
    ("fuel", "retail", "private",
     ("Circle K {town}", "Q8 {town}", "OK Plus {town}", "Shell {town}"),
     {"service": 3, "shop": 3, "cleaning": 1.5}),
    ("charity", "ngo", "private",
     ("Røde Kors Genbrug {town}", "Kirkens Korshær {town}", "Blå Kors Genbrug {town}",
      "Folkekirkens Nødhjælp Genbrug {town}"),
     {"other": 4, "shop": 2, "warehouse": 1}),
    ("housing", "housing", "private",
     ("Boligselskabet {town}", "Boligforeningen {place}", "{town} Almennyttige Boligselskab"),
     {"janitor": 4, "gardening": 2, "maintenance": 2, "cleaning": 1}),
    ("municipal_cleaning", "public_services", "public",
     ("{muni} Kommune – Rengøring",), {"cleaning": 1}),
    ("municipal_roads", "public_services", "public",
     ("{muni} Kommune – Vej og Park", "{muni} Kommune – Materielgården"),
     {"gardening": 3, "maintenance": 2, "transport": 1.5, "warehouse": 0.5}),
    ("municipal_canteen", "public_services", "public",
     ("{muni} Kommune – Kantinen på Rådhuset", "{muni} Kommune – Borgerservice",
      "{muni} Kommune – Centralkøkkenet"),
     {"canteen": 2, "kitchen": 2, "office": 2, "service": 1}),
    ("school", "education", "public",
     ("{town} Skole", "{school}", "{town} Ungdomsskole", "{town} Friskole"),
     {"janitor": 3, "cleaning": 2, "childcare": 2, "canteen": 1, "office": 0.5}),
    ("kindergarten", "childcare", "public",
     ("Børnehaven {place}", "Vuggestuen {place}", "Børnehuset {place}", "{town} Børnehus"),
     {"childcare": 5, "kitchen": 1.5, "cleaning": 1}),
    ("nursing_home", "elder_care", "public",
     ("{town} Plejecenter", "Plejecentret {place}", "{town} Ældrecenter", "Plejehjemmet {place}"),
     {"care": 5, "kitchen": 2, "cleaning": 2, "service": 1.5, "janitor": 0.5}),
    ("library", "culture", "public",
     ("{town} Bibliotek", "{muni} Bibliotekerne", "{town} Kulturhus"),
     {"office": 3, "service": 2, "cleaning": 0.5}),
    ("sports", "leisure", "public",
     ("{town} Idrætscenter", "{town} Svømmehal", "{town}hallen"),
     {"service": 3, "cleaning": 2, "janitor": 2, "canteen": 1}),
    ("recycling", "public_services", "public",
     ("Genbrugspladsen {town}", "{muni} Forsyning"),
     {"other": 3, "service": 2, "transport": 1, "maintenance": 1}),
)  # fmt: skip
#: Relative frequency of each kind among private and among public centres.
CENTRE_KIND_WEIGHTS: Final[dict[str, float]] = {
    "supermarket": 6, "nonfood": 3, "hotel": 2, "restaurant": 3, "facility": 2, "canteen": 1.2,
    "logistics": 2, "factory": 3, "crafts": 2, "garden": 1.2, "fuel": 1.2, "charity": 1.5,
    "housing": 1.2, "municipal_cleaning": 1.5, "municipal_roads": 2, "municipal_canteen": 1.5,
    "school": 3, "kindergarten": 3, "nursing_home": 4, "library": 1, "sports": 1.5,
    "recycling": 1,
}  # fmt: skip

# --- seats ---------------------------------------------------------------------------------------

#: Per task area: seat-id slug, seat titles, seat descriptions.
SEAT_TEXT: Final[dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]] = {
    "kitchen": ("koekken", ("Køkkenmedhjælper", "Opvasker", "Køkkenassistent"),
                ("Klargøring af grøntsager, opvask og oprydning i køkkenet.",
                 "Hjælp til madlavning og anretning; opvask efter frokost.")),
    "canteen": ("kantine", ("Kantinemedhjælper", "Kantineassistent"),
                ("Anretning af frokostbuffet, påfyldning og oprydning i kantinen.",
                 "Smøring af sandwich, kaffebar og afrydning.")),
    "waiter": ("tjener", ("Tjenermedhjælper", "Serveringsmedarbejder"),
               ("Servering, afrydning og borddækning.",
                "Modtagelse af gæster, servering af mad og drikke.")),
    "janitor": ("pedel", ("Pedelmedhjælper", "Ejendomsservicemedhjælper"),
                ("Småreparationer, flytning af møbler og oprydning udendørs.",
                 "Tilsyn med bygninger, affaldshåndtering og snerydning.")),
    "service": ("service", ("Servicemedarbejder", "Servicemedhjælper", "Receptionsmedhjælper"),
                ("Praktiske serviceopgaver, klargøring af lokaler og hjælp til gæster.",
                 "Opfyldning, oprydning og hjælp i receptionen.")),
    "cleaning": ("rengoering", ("Rengøringsassistent", "Rengøringsmedhjælper",
                                "Housekeeping-medhjælper"),
                 ("Daglig rengøring af kontorer, toiletter og fællesarealer.",
                  "Rengøring af værelser, skift af sengetøj og påfyldning.")),
    "transport": ("chauffoer", ("Chauffør", "Budchauffør", "Varebilschauffør"),
                  ("Udbringning af varer i varebil på faste ruter.",
                   "Kørsel med pakker og af- og pålæsning.")),
    "warehouse": ("lager", ("Lagermedhjælper", "Lagermedarbejder", "Pakkemedarbejder"),
                  ("Varemodtagelse, opfyldning af hylder, sortering af returvarer.",
                   "Plukning og pakning af ordrer, oprydning på lageret.")),
    "care": ("pleje", ("Plejemedhjælper", "Medhjælper i ældreplejen", "Aktivitetsmedhjælper"),
             ("Hjælp ved måltider, samvær og aktiviteter med beboerne.",
              "Praktisk hjælp i plejen, ledsagelse og gåture med beboere.")),
    "shop": ("butik", ("Butiksmedhjælper", "Kassemedarbejder", "Opfylder",
                       "Medhjælper i frugt og grønt"),
             ("Opfyldning af varer, prismærkning og facing.",
              "Betjening af kunder ved kassen og oprydning i butikken.")),
    "production": ("produktion", ("Produktionsmedhjælper", "Pakkerimedarbejder", "Maskinpasser"),
                   ("Pakning og kontrol af færdigvarer ved produktionslinjen.",
                    "Betjening af maskine, påfyldning af emner og oprydning.")),
    "office": ("kontor", ("Kontormedhjælper", "Kontorassistent", "Medhjælper i arkiv"),
               ("Scanning, arkivering og enkle registreringsopgaver.",
                "Postomdeling, kopiering og telefonpasning.")),
    "childcare": ("boern", ("Pædagogmedhjælper", "Medhjælper i børnehave"),
                  ("Leg og aktiviteter med børnene, hjælp ved måltider.",
                   "Praktiske opgaver på stuen og på legepladsen.")),
    "maintenance": ("vedligehold", ("Håndværkermedhjælper", "Værkstedsmedhjælper",
                                    "Vedligeholdelsesmedarbejder"),
                    ("Hjælp til reparationer, maling og vedligeholdelse.",
                     "Klargøring af værktøj og enkle reparationer på værkstedet.")),
    "gardening": ("gartner", ("Gartnermedhjælper", "Medhjælper i grønne områder"),
                  ("Lugning, græsslåning, beskæring og plantning.",
                   "Pasning af planter i væksthus og på friland.")),
    "other": ("genbrug", ("Genbrugsmedhjælper", "Sorteringsmedarbejder"),
              ("Sortering af indleverede ting, prismærkning og oprydning.",
               "Modtagelse og sortering af affald og genbrug.")),
}  # fmt: skip

# --- task suggestions (opgaveforslag) ------------------------------------------------------------

TASK_SUGGESTIONS: Final[dict[str, tuple[str, ...]]] = {
    "shop": ("Opfyldning af varer", "Prismærkning", "Butiksarbejde", "Kassearbejde",
             "Frugt og grønt", "Facing af hylder", "Ekspedition i butik"),
    "warehouse": ("Lagerarbejde", "Varemodtagelse", "Pakning af ordrer", "Plukning af varer",
                  "Sortering af returvarer", "Lager og logistik"),
    "kitchen": ("Køkkenhjælp", "Opvask", "Madlavning", "Forberedelse af grøntsager",
                "Køkkenmedhjælper", "Bagning"),
    "canteen": ("Kantinearbejde", "Anretning af frokost", "Oprydning i kantine", "Kaffebar",
                "Kantinemedhjælper"),
    "waiter": ("Servering", "Tjenerarbejde", "Afrydning af borde", "Café-arbejde",
               "Servering i restaurant"),
    "janitor": ("Pedelarbejde", "Pedelmedhjælper", "Vicevært-opgaver", "Praktisk medhjælper på skole"),
    "service": ("Servicemedarbejder", "Modtagelse af gæster", "Servicearbejde på hotel",
                "Arbejde på tankstation", "Receptionsarbejde"),
    "cleaning": ("Rengøring", "Kontorrengøring", "Hotelrengøring", "Vinduespudsning",
                 "Rengøringsassistent"),
    "transport": ("Chauffør", "Budkørsel", "Udbringning af varer", "Kørsel med pakker",
                  "Varebilschauffør"),
    "care": ("Plejeopgaver", "Hjælp i ældreplejen", "Aktiviteter med ældre", "Hjemmepleje",
             "Plejemedhjælper"),
    "production": ("Produktionsarbejde", "Montage", "Maskinpasning", "Samlebåndsarbejde",
                   "Pakkeri i produktion"),
    "office": ("Kontorarbejde", "Scanning og arkivering", "Reception", "Telefonpasning",
               "Kontormedhjælper"),
    "childcare": ("Pædagogmedhjælper", "Arbejde med børn", "Børnehave", "SFO",
                  "Medhjælper i vuggestue"),
    "maintenance": ("Vedligeholdelse", "Reparationer", "Malerarbejde", "Cykelværksted",
                    "Håndværkermedhjælper"),
    "gardening": ("Gartnerarbejde", "Havearbejde", "Grønne områder", "Græsslåning",
                  "Planteskole"),
    "other": ("Genbrugsbutik", "Sortering af tøj", "Dyrepasning", "Landbrugsmedhjælper"),
}  # fmt: skip

# --- CV ------------------------------------------------------------------------------------------

#: Per task area: job titles and employers (``{town}``, ``{muni}``, ``{place}`` filled in).
JOBS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "shop": (("Kassemedarbejder", "Butiksmedhjælper", "Butiksassistent", "Opfylder",
              "Salgsassistent", "Medarbejder i frugt og grønt"),
             ("Netto", "Føtex", "Rema 1000", "Kvickly", "SuperBrugsen", "Lidl", "Bilka", "Fakta",
              "Dagli'Brugsen", "JYSK", "Matas", "Normal", "Søstrene Grene", "Harald Nyborg")),
    "warehouse": (("Lagermedarbejder", "Lagerarbejder", "Pakker", "Plukker", "Lagerassistent"),
                  ("PostNord", "DSV", "Salling Group", "Coop Logistik", "JYSK centrallager",
                   "Lemvigh-Müller", "GLS", "Elgiganten")),
    "kitchen": (("Køkkenmedhjælper", "Opvasker", "Køkkenassistent", "Pizzabager", "Kok"),
                ("Restaurant Bella", "Hotel {town}", "{town} Kro", "Jensens Bøfhus", "McDonald's",
                 "Burger King", "Pizzeria Roma", "Café Oscar")),
    "canteen": (("Kantinemedarbejder", "Kantineassistent", "Kantinemedhjælper"),
                ("Compass Group", "ISS", "Coor", "Sodexo", "kantinen på {town} Rådhus",
                 "Danish Crown")),
    "waiter": (("Tjener", "Servitrice", "Bartender", "Serveringsmedarbejder"),
               ("Hotel {town}", "Café Oscar", "Restaurant Havnen", "{town} Kro", "Scandic")),
    "janitor": (("Pedel", "Pedelmedhjælper", "Ejendomsfunktionær", "Viceværtsmedhjælper"),
                ("{town} Skole", "Boligselskabet {town}", "DEAS", "{muni} Kommune", "Domea")),
    "service": (("Servicemedarbejder", "Portør", "Receptionsmedhjælper", "Tankpasser"),
                ("Circle K", "Q8", "Scandic", "sygehuset", "ISS", "{town} Svømmehal")),
    "cleaning": (("Rengøringsassistent", "Rengøringsmedarbejder", "Stuepige", "Vinduespudser"),
                 ("ISS", "Elite Miljø", "Forenede Service", "Hotel {town}", "CleanPartner", "Coor",
                  "{muni} Kommune")),
    "transport": (("Chauffør", "Budchauffør", "Lastbilchauffør", "Pakkeudbringer",
                   "Flextrafik-chauffør"),
                  ("PostNord", "GLS", "DAO", "Dansk Retursystem", "Taxa {town}", "Bring")),
    "care": (("Social- og sundhedshjælper", "Hjemmehjælper", "Plejemedhjælper",
              "Afløser i ældreplejen"),
             ("{town} Plejecenter", "hjemmeplejen i {muni} Kommune", "Plejehjemmet {place}",
              "Aleris")),
    "production": (("Produktionsmedarbejder", "Maskinoperatør", "Fabriksarbejder",
                    "Slagteriarbejder", "Pakkerimedarbejder"),
                   ("Danish Crown", "Arla", "Grundfos", "Danfoss", "LEGO", "Tican", "Vestas",
                    "Rockwool", "{town} Plast A/S", "{town} Maskinfabrik")),
    "office": (("Kontorassistent", "Kontormedhjælper", "Receptionist", "Telefonpasser"),
               ("{muni} Kommune", "et advokatkontor", "et revisionsfirma", "Nordea", "Tryg")),
    "childcare": (("Pædagogmedhjælper", "Dagplejer", "Pædagogisk assistent"),
                  ("Børnehaven {place}", "Vuggestuen {place}", "SFO på {town} Skole",
                   "dagplejen i {muni} Kommune")),
    "maintenance": (("Håndværkermedhjælper", "Tømrerlærling", "Malermedhjælper", "Mekaniker",
                     "Murerarbejdsmand"),
                    ("{town} Tømrer & Snedker", "Malerfirmaet {town}", "{town} Auto", "Bygma")),
    "gardening": (("Gartnermedhjælper", "Anlægsgartner", "Parkarbejder",
                   "Kirkegårdsmedhjælper"),
                  ("HedeDanmark", "{muni} Kommune, Vej og Park", "{town} Planteskole",
                   "{town} Kirkegård")),
    "other": (("Genbrugsmedhjælper", "Avisbud", "Landbrugsmedhjælper", "Frivillig i genbrug"),
              ("Røde Kors Genbrug", "Kirkens Korshær", "Bladkompagniet", "en gård ved {town}")),
}  # fmt: skip

#: Vocational educations: (text with ``{y}`` = year, task area). The area gets a head start in skill.
VOCATIONAL: Final[tuple[tuple[str, str], ...]] = (
    ("Uddannet butiksassistent {y}.", "shop"),
    ("Butiksuddannelsen, afsluttet {y}.", "shop"),
    ("Uddannet ernæringsassistent ({y}).", "kitchen"),
    ("Uddannet kok {y}.", "kitchen"),
    ("Social- og sundhedshjælper, uddannet {y}.", "care"),
    ("SOSU-hjælperuddannelse {y}.", "care"),
    ("Pædagogisk assistent (PAU) {y}.", "childcare"),
    ("Lager- og logistikuddannelse (EUD) {y}.", "warehouse"),
    ("Udlært tømrer {y}.", "maintenance"),
    ("Udlært smed {y}.", "production"),
    ("Kontoruddannelse, afsluttet {y}.", "office"),
    ("Udlært anlægsgartner {y}.", "gardening"),
    ("Uddannet tjener {y}.", "waiter"),
    ("Erhvervschauffør-uddannelse {y}.", "transport"),
    ("AMU-kurser i rengøringsteknik ({y}).", "cleaning"),
    ("Industrioperatør (AMU) {y}.", "production"),
    ("Ejendomsservicetekniker, udlært {y}.", "janitor"),
)
#: General schooling lines; they give no task-area skill.
GENERAL_EDUCATION: Final[tuple[str, ...]] = (
    "Folkeskolens afgangsprøve (9. klasse).", "10. klasse.", "Folkeskole til 8. klasse.",
    "HF {y}.", "Studentereksamen {y}.", "Gymnasium i Irak.", "Grundskole i Somalia.",
    "Ingen uddannelse ud over folkeskolen.", "Afbrudt gymnasial uddannelse.",
    "Diverse AMU-kurser.", "Skolegang i Bosnien, 9 år.", "Påbegyndt SOSU-uddannelse, ikke afsluttet.",
    "Afbrudt uddannelse som frisør.", "Produktionsskole {y}.",
)  # fmt: skip
SKILLS: Final[tuple[str, ...]] = (
    "God til at samarbejde.", "Stabil og pligtopfyldende.", "Kan lide fysisk arbejde.",
    "Kendskab til Word og Outlook.", "Erfaring med kasseapparat.", "God til at holde orden.",
    "Er praktisk anlagt.", "Kan lide at have faste rutiner.", "Glad for at arbejde med mennesker.",
    "Har erfaring med varebestilling.", "Kan arbejde selvstændigt ud fra instruktion.",
    "Er god til at lære nyt, når det bliver vist.", "Har været frivillig i den lokale idrætsforening.",
)  # fmt: skip
LICENCE_PHRASES: Final[dict[str, tuple[str, ...]]] = {
    "B": ("Kørekort B", "Kørekort kat. B", "B-kørekort", "Har kørekort til almindelig bil",
          "Kørekort: B", "Kørekort (bil)"),
    "C": ("Kørekort C", "Lastbilkørekort (C)", "Stort kørekort (kat. C)", "C-kørekort"),
    "forklift": ("Truckcertifikat", "Truckcertifikat A+B", "Gaffeltruckcertifikat",
                 "Truckkørekort", "Truckcert. B"),
    "hygiene": ("Hygiejnebevis", "Hygiejnecertifikat", "Hygiejnekursus (fødevarer)",
                "Fødevarehygiejnebevis"),
    "first_aid": ("Førstehjælpsbevis", "Førstehjælpskursus {y}", "12 timers førstehjælpskursus"),
}  # fmt: skip
NO_LICENCE: Final[tuple[str, ...]] = ("Har ikke kørekort.", "Intet kørekort.", "Kørekort: nej.")
LANGUAGES: Final[tuple[str, ...]] = (
    "Sprog: dansk og engelsk.", "Taler arabisk, dansk (middel) og lidt engelsk.",
    "Modersmål: tyrkisk. Dansk: godt.", "Sprog: dansk.", "Dansk (modersmål), engelsk (lidt).",
    "Taler somali og dansk.", "Sprog: polsk, dansk og tysk.", "Dansk og lidt tysk.",
    "Taler kurdisk, persisk og dansk.", "Modersmål dansk; forstår engelsk.",
)  # fmt: skip

# --- accommodation needs (skånehensyn) -----------------------------------------------------------

NUMBER_WORDS: Final[dict[int, str]] = {
    4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 10: "ti", 12: "tolv", 15: "femten",
    16: "seksten", 18: "atten", 20: "tyve", 25: "femogtyve", 30: "tredive", 40: "fyrre",
    45: "femogfyrre", 60: "tres",
}  # fmt: skip

_MAX = ("max", "max.", "maks.", "maks", "højst", "Max", "maksimalt")
_KG = (" kg", " kg.", " kilo", "kg", " kg")
_HOURS = (" timer om ugen", " t/uge", " t./uge", " timer pr. uge", " timer ugentligt",
          " timer/uge", " t. om ugen", " timer om ugen")  # fmt: skip
_MINUTES = (" min.", " minutter", " min", " min.")
#: Ways of saying 12/15/20... hours as "hours a day × days a week" (weekly total is the value).
_DAYS_SPLIT: Final[dict[int, tuple[tuple[int, int], ...]]] = {
    6: ((2, 3),), 8: ((2, 4),), 10: ((2, 5),), 12: ((3, 4), (4, 3)), 15: ((3, 5), (5, 3)),
    16: ((4, 4),), 18: ((6, 3),), 20: ((4, 5), (5, 4)), 25: ((5, 5),),
}  # fmt: skip
_MINUTE_WORDS: Final[dict[int, tuple[str, ...]]] = {
    30: ("en halv time", "en halv times"),
    45: ("tre kvarter",),
    60: ("en time", "en times"),
}


def number(rnd: random.Random, value: float, words: float = 0.15) -> str:
    """A whole number as digits, or sometimes as a Danish number word."""
    n = int(round(value))
    if n in NUMBER_WORDS and rnd.random() < words:
        return NUMBER_WORDS[n]
    return str(n)


def _with_unit(rnd: random.Random, v: float, units: Sequence[str]) -> str:
    """A number and its unit; "10kg" is written, but a number word always keeps its space."""
    n, unit = number(rnd, v), rnd.choice(units)
    if not n.isdigit() and not unit.startswith(" "):
        unit = " " + unit
    return n + unit


def _kg(rnd: random.Random, v: float) -> str:
    return _with_unit(rnd, v, _KG)


def _hours(rnd: random.Random, v: float) -> str:
    return _with_unit(rnd, v, _HOURS)


def _minutes(rnd: random.Random, v: float) -> str:
    return _with_unit(rnd, v, _MINUTES)


def need_sentence(rnd: random.Random, code: str, value: float | None, pron: str) -> str:
    """One full Danish sentence that states exactly the need ``code`` (with ``value``)."""
    sentence = _need_sentence(rnd, code, value, pron)
    # An abbreviation's full stop doubles as the sentence's ("max 10 kg." not "kg..").
    return sentence[:-1] if sentence.endswith("..") else sentence


def _need_sentence(rnd: random.Random, code: str, value: float | None, pron: str) -> str:
    p = pron.capitalize()
    v = value if value is not None else 0.0
    m = rnd.choice(_MAX)
    if code == "max_lift_kg":
        if int(v) == 10 and rnd.random() < 0.45:
            return rnd.choice((
                "Ingen tunge løft.", "Skal skånes for tunge løft.", "Undgå tunge løft.",
                f"{p} tåler ikke tunge løft.", "Må ikke have tunge løft.",
                "Tunge løft skal undgås.",
            ))  # fmt: skip
        return rnd.choice((
            f"Må ikke løfte over {_kg(rnd, v)}.", f"{m.capitalize()} løft {_kg(rnd, v)}.",
            f"Løft begrænset til {number(rnd, v)} kilo.", f"{p} kan højst løfte {_kg(rnd, v)}.",
            f"Skal skånes for løft over {_kg(rnd, v)}.", f"Ingen løft over {_kg(rnd, v)}.",
            f"Løftebegrænsning: {_kg(rnd, v)}.", f"Må {m} løfte {_kg(rnd, v)} ad gangen.",
            f"Bør ikke løfte mere end {_kg(rnd, v)}.", f"Tåler {m} løft på {_kg(rnd, v)}.",
        ))  # fmt: skip
    if code == "max_hours_per_week":
        n = int(round(v))
        if n in _DAYS_SPLIT and rnd.random() < 0.15:
            per_day, days = rnd.choice(_DAYS_SPLIT[n])
            return rnd.choice((
                f"{p} kan arbejde {per_day} timer om dagen, {days} dage om ugen.",
                f"Max {per_day} timer dagligt og {days} dage om ugen.",
                f"Arbejdstid: {per_day} timer pr. dag, {number(rnd, days, 0.5)} dage pr. uge.",
            ))  # fmt: skip
        return rnd.choice((
            f"{m.capitalize()} {_hours(rnd, v)}.", f"Arbejdstid højst {_hours(rnd, v)}.",
            f"{p} kan arbejde {_hours(rnd, v)}, ikke mere.",
            f"Skal starte på {_hours(rnd, v)} og ikke mere.", f"Timetal: {m} {_hours(rnd, v)}.",
            f"Ugentlig arbejdstid må ikke overstige {number(rnd, v)} timer.",
            f"Tåler {m} {_hours(rnd, v)}.", f"Arbejdstiden skal være {m} {_hours(rnd, v)}.",
        ))  # fmt: skip
    if code == "max_travel_minutes":
        n = int(round(v))
        if n in _MINUTE_WORDS and rnd.random() < 0.3:
            w = _MINUTE_WORDS[n][-1]
            return rnd.choice((
                f"Kan ikke have mere end {w} transport hver vej.",
                f"Højst {w} transport til arbejdspladsen.",
                f"Transporttiden må ikke overstige {_MINUTE_WORDS[n][0]}.",
            ))  # fmt: skip
        return rnd.choice((
            f"{m.capitalize()} {_minutes(rnd, v)} transport hver vej.",
            f"Transporttid højst {_minutes(rnd, v)}.",
            f"Arbejdspladsen skal ligge tæt på bopælen ({m} {_minutes(rnd, v)}).",
            f"{p} kan ikke klare mere end {_minutes(rnd, v)} i bus eller tog.",
            f"Transport til praktikken: {m} {_minutes(rnd, v)}.",
        ))  # fmt: skip
    pool = _SENTENCES[code]
    return rnd.choice(pool).replace("{P}", p).replace("{p}", pron)


_SENTENCES: Final[dict[str, tuple[str, ...]]] = {
    "no_prolonged_standing": (
        "Kan ikke stå i længere tid.",
        "Skal skånes for længerevarende stående arbejde.",
        "{P} tåler ikke at stå op hele dagen.",
        "Skal kunne veksle mellem at sidde og stå.",
        "Har brug for siddende arbejde.",
        "Må ikke have langvarigt stående arbejde.",
        "Kan max stå op en halv time ad gangen.",
    ),
    "no_prolonged_walking": (
        "Kan ikke gå længere strækninger.",
        "Begrænset gangdistance.",
        "Skal skånes for meget gang.",
        "{P} har svært ved at gå mere end et par hundrede meter.",
        "Må ikke have arbejde med meget gående.",
    ),
    "no_bending": (
        "Skal undgå foroverbøjede arbejdsstillinger.",
        "Kan ikke bøje sig ned.",
        "Ingen vrid og bøj.",
        "Må ikke arbejde foroverbøjet.",
        "Skal skånes for bøjede stillinger og arbejde i knæhøjde.",
        "Må ikke bukke sig ned gentagne gange.",
    ),
    "no_overhead_work": (
        "Må ikke arbejde med armene over skulderhøjde.",
        "Intet arbejde over hovedhøjde.",
        "Skal skånes for arbejde med armene over hovedet.",
        "Kan ikke række op over skulderhøjde.",
    ),
    "limited_hand_use": (
        "Nedsat funktion i hænderne – kan ikke udføre finmotoriske opgaver.",
        "Skal undgå ensidigt gentaget arbejde med hænderne.",
        "Begrænset brug af hænder og håndled.",
        "Har smerter i hænderne og skal skånes for gribe- og klemmearbejde.",
        "Må ikke have arbejde med mange gentagne håndbevægelser.",
    ),
    "day_shift_only": (
        "Kun dagarbejde.",
        "Kan ikke arbejde aften eller nat.",
        "Skal have arbejdstid i dagtimerne.",
        "Ingen aften- og nattevagter.",
        "Kun dagvagter pga. søvnproblemer.",
        "Arbejdstiden skal ligge mellem kl. 8 og 15.",
        "{P} kan kun arbejde om dagen.",
    ),
    "quiet_environment": (
        "Har brug for rolige omgivelser.",
        "Rolige omgivelser.",
        "Skal skånes for støj og larm.",
        "{P} tåler ikke larm.",
        "Lydoverfølsom – skal have en stille arbejdsplads.",
        "Skal arbejde et sted med ro omkring sig.",
        "Må ikke placeres i støjende miljø.",
    ),
    "no_customer_contact": (
        "Ingen kundekontakt.",
        "Skal ikke have kundevendte opgaver.",
        "Må ikke have direkte kontakt med kunder.",
        "Skal arbejde bag scenen uden kontakt til kunder.",
        "{P} kan ikke håndtere kundeservice.",
        "Skal skånes for kontakt med kunder og gæster.",
    ),
    "not_alone": (
        "Må ikke arbejde alene.",
        "Skal altid have en kollega i nærheden.",
        "{P} kan ikke være alene på arbejdspladsen.",
        "Ikke alenearbejde.",
        "Skal arbejde sammen med andre, ikke alene.",
    ),
    "no_time_pressure": (
        "Ingen tidspres.",
        "Skal kunne arbejde i eget tempo.",
        "Tåler ikke tidspres og deadlines.",
        "Skal skånes for travlhed og tidspres.",
        "Må ikke arbejde på akkord.",
        "{P} kan ikke arbejde under tidspres.",
    ),
    "simple_tasks": (
        "Enkle og overskuelige arbejdsopgaver.",
        "Skal have én opgave ad gangen.",
        "Har brug for simple opgaver med klare instruktioner.",
        "Ikke komplekse opgaver.",
        "Opgaverne skal være enkle og konkrete.",
        "{P} kan kun overskue enkle opgaver.",
    ),
    "flexible_breaks": (
        "Behov for fleksible pauser.",
        "Skal kunne holde pauser efter behov.",
        "Har brug for hyppige pauser.",
        "Skal have mulighed for at trække sig og holde pause.",
        "{P} skal kunne tage en pause, når der er behov.",
        "Pauser efter behov.",
    ),
    "no_wet_work": (
        "Må ikke have vådt arbejde pga. eksem.",
        "Skal skånes for vådt arbejde.",
        "Ingen opvask eller andet vådt arbejde.",
        "{P} tåler ikke at have hænderne i vand.",
        "Vådt arbejde skal undgås.",
    ),
    "no_cold_environment": (
        "Tåler ikke kulde.",
        "Må ikke arbejde i kølerum eller frost.",
        "Skal skånes for kolde og trækfulde omgivelser.",
        "Intet arbejde i kulde.",
    ),
    "no_chemicals": (
        "Må ikke arbejde med kemikalier.",
        "Allergi over for rengøringsmidler – ingen kemi.",
        "Skal skånes for kemiske produkter.",
        "{P} tåler ikke rengøringsmidler og kemikalier.",
    ),
    "wheelchair_access": (
        "Kørestolsbruger.",
        "Bruger kørestol og har brug for handicapvenlig adgang.",
        "Sidder i kørestol – arbejdspladsen skal være tilgængelig for kørestol.",
        "Kræver adgang for kørestol.",
        "{P} er kørestolsbruger; der skal være niveaufri adgang.",
    ),
    "no_driving": (
        "Må ikke køre bil pga. medicin.",
        "Må ikke føre motorkøretøj.",
        "Ingen kørsel i firmabil.",
        "Kan ikke have opgaver med kørsel.",
        "{P} må ikke køre bil i arbejdstiden.",
    ),
}


def need_fragment(rnd: random.Random, code: str, value: float | None) -> str:
    """A short lower-case phrase stating the need, for lists and combined sentences."""
    v = value if value is not None else 0.0
    m = rnd.choice(("max", "max.", "maks.", "højst"))
    if code == "max_lift_kg":
        if int(v) == 10 and rnd.random() < 0.5:
            return rnd.choice(("ingen tunge løft", "skånes for tunge løft", "undgå tunge løft"))
        return rnd.choice((
            f"{m} {_kg(rnd, v)} løft", f"ingen løft over {_kg(rnd, v)}",
            f"løft {m} {_kg(rnd, v)}", f"må ikke løfte over {_kg(rnd, v)}",
        ))  # fmt: skip
    if code == "max_hours_per_week":
        return rnd.choice((
            f"{m} {_hours(rnd, v)}", f"arbejdstid {m} {_hours(rnd, v)}",
            f"ikke over {_hours(rnd, v)}",
        ))  # fmt: skip
    if code == "max_travel_minutes":
        return rnd.choice((
            f"{m} {_minutes(rnd, v)} transport", f"transport {m} {_minutes(rnd, v)}",
            f"kort transporttid ({m} {_minutes(rnd, v)})",
        ))  # fmt: skip
    return rnd.choice(_FRAGMENTS[code])


_FRAGMENTS: Final[dict[str, tuple[str, ...]]] = {
    "no_prolonged_standing": ("ikke langvarigt stående arbejde", "ingen længerevarende stående",
                              "ikke stå op i lang tid", "veksle mellem at sidde og stå"),
    "no_prolonged_walking": ("ikke meget gang", "korte gåafstande", "ikke gå lange strækninger"),
    "no_bending": ("ingen vrid og bøj", "ikke foroverbøjet arbejde", "undgå at bukke sig"),
    "no_overhead_work": ("ikke arbejde over skulderhøjde", "intet arbejde med armene over hovedet"),
    "limited_hand_use": ("skånsom brug af hænderne", "ikke finmotorisk arbejde",
                         "undgå gentagne håndbevægelser"),
    "day_shift_only": ("kun dagarbejde", "ingen aften- eller nattevagter", "kun dagtimer"),
    "quiet_environment": ("rolige omgivelser", "ikke støjende miljø", "stille arbejdsplads"),
    "no_customer_contact": ("ingen kundekontakt", "ikke kundevendt arbejde",
                            "uden kontakt med kunder"),
    "not_alone": ("ikke alenearbejde", "altid en kollega i nærheden", "må ikke arbejde alene"),
    "no_time_pressure": ("intet tidspres", "eget tempo", "ingen deadlines eller tidspres"),
    "simple_tasks": ("enkle opgaver", "én opgave ad gangen", "overskuelige og enkle opgaver"),
    "flexible_breaks": ("pauser efter behov", "fleksible pauser", "hyppige pauser"),
    "no_wet_work": ("intet vådt arbejde", "ikke vådt arbejde (eksem)"),
    "no_cold_environment": ("ikke kulde", "ingen kølerum eller frost"),
    "no_chemicals": ("ingen kemikalier", "ikke rengøringsmidler eller kemi"),
    "wheelchair_access": ("kørestolsadgang", "adgang for kørestol"),
    "no_driving": ("ingen kørsel", "må ikke køre bil"),
}  # fmt: skip

#: Sentences that state two needs at once, keyed by the (sorted) pair of codes they state.
PAIR_SENTENCES: Final[dict[tuple[str, str], tuple[str, ...]]] = {
    ("no_prolonged_standing", "no_prolonged_walking"): (
        "Må hverken stå eller gå i længere tid.",
        "Kan ikke stå eller gå ret længe ad gangen.",
        "Skal skånes for langvarig gang og stående arbejde.",
    ),
    ("no_bending", "no_overhead_work"): (
        "Ingen foroverbøjet arbejde og intet arbejde over skulderhøjde.",
    ),
    ("no_time_pressure", "quiet_environment"): (
        "Har brug for ro – ingen støj og intet tidspres.",
        "Rolige omgivelser uden tidspres.",
    ),
    ("no_customer_contact", "quiet_environment"): (
        "Skal arbejde i rolige omgivelser uden kundekontakt.",
    ),
    ("no_chemicals", "no_wet_work"): (
        "Eksem på hænderne: intet vådt arbejde og ingen kemikalier.",
        "Skal skånes for vådt arbejde og rengøringsmidler.",
    ),
    ("not_alone", "simple_tasks"): (
        "Skal have enkle opgaver og en kollega i nærheden, må ikke arbejde alene.",
    ),
    ("day_shift_only", "flexible_breaks"): ("Kun dagarbejde med mulighed for pauser efter behov.",),
}

#: Sentences that state no need at all.
HARMLESS: Final[tuple[str, ...]] = (
    "Borger er motiveret for at komme i praktik.", "{P} ønsker at komme i gang hurtigst muligt.",
    "Aftalt på møde med borger og sagsbehandler.", "Borger er indforstået med praktikkens formål.",
    "Mødestabil.", "{P} har tidligere været glad for at arbejde i team.",
    "Der følges op efter fire uger.", "Praktikken skal afklare arbejdsevnen.",
    "Borger har selv peget på opgaverne.", "Sagen har været på rehabiliteringsteam i foråret.",
    "{P} glæder sig til at komme ud blandt andre.", "Forventningerne er afstemt med borger.",
    "Borger har en god dialog med sin kontaktperson.", "{P} vil gerne prøve noget nyt.",
    "Målet er ordinære timer på sigt.", "Jobcentret følger op løbende.",
)  # fmt: skip
#: Explicit statements that a need does *not* apply, by the code they deny.
REASSURANCES: Final[dict[str, tuple[str, ...]]] = {
    "max_lift_kg": ("Der er ingen skånehensyn i forhold til løft.", "Ingen løfterestriktioner.",
                    "{P} har ikke problemer med at løfte."),
    "no_prolonged_standing": ("Kan godt stå op.", "{P} kan fint stå i længere tid.",
                              "Har ingen problemer med at stå."),
    "no_prolonged_walking": ("Ingen problemer med at gå.", "{P} går gerne en del i løbet af dagen."),
    "no_bending": ("Kan godt bøje sig.",),
    "no_customer_contact": ("Kan godt lide kundekontakt.", "{P} er god til at tale med kunder."),
    "not_alone": ("Kan godt arbejde selvstændigt og alene.",),
    "day_shift_only": ("Kan godt arbejde aften og weekend.", "Kan sagtens tage aftenvagter."),
    "quiet_environment": ("Larm generer ikke.", "{P} har det fint i et livligt miljø."),
    "max_travel_minutes": ("Transport er ikke et problem.", "{P} har ingen problemer med at tage bussen."),
    "flexible_breaks": ("Har ikke brug for ekstra pauser.",),
    "no_chemicals": ("Tåler rengøringsmidler fint.",),
    "no_driving": ("Må gerne køre bil.",),
    "simple_tasks": ("Kan sagtens håndtere flere opgaver på én gang.",),
}  # fmt: skip
NO_NEEDS: Final[tuple[str, ...]] = (
    "Ingen særlige skånehensyn.",
    "Ingen skånehensyn.",
    "Ingen kendte skånebehov.",
    "Der er ikke aftalt skånehensyn.",
)
_LIST_PREFIX = ("Skånehensyn: ", "Skånebehov: ", "Hensyn: ", "Aftalt med borger: ", "")
_BULLET_HEAD = ("Skånehensyn:", "Skånebehov:", "Hensyn i praktikken:")
_BULLETS = ("- ", "• ", "* ")


def pronoun(gender: str) -> str:
    """The pronoun a caseworker uses (``hun``/``han``) or the neutral ``borger``."""
    return "hun" if gender == "f" else "han"


def _fill(sentence: str, pron: str) -> str:
    return sentence.replace("{P}", pron.capitalize()).replace("{p}", pron)


def typo(rnd: random.Random, text: str) -> str:
    """One small, human-readable slip: swapped, dropped or doubled letter, or a lost capital."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    kind = rnd.random()
    if kind < 0.2 or not candidates:
        return text[:1].lower() + text[1:]
    i = rnd.choice(candidates)
    w = words[i]
    j = rnd.randrange(1, len(w) - 2)
    if kind < 0.5:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif kind < 0.75:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def ascii_danish(text: str) -> str:
    """Danish letters as old systems wrote them (æ→ae, ø→oe, å→aa)."""
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})
    return text.translate(table)


def _join(fragments: Sequence[str]) -> str:
    if len(fragments) == 1:
        return fragments[0]
    return ", ".join(fragments[:-1]) + " og " + fragments[-1]


def accommodation_text(
    rnd: random.Random,
    needs: Sequence[tuple[str, float | None]],
    planted_codes: frozenset[str],
    pron: str,
) -> tuple[str, dict[str, str]]:
    """The caseworker's free text stating ``needs``, and the span that states each need.

    ``planted_codes`` are *all* the citizen's true needs (also those only in the ICF profile or
    the structured list), so that no reassurance ever denies one of them. Returns the text and,
    for every code in ``needs``, the exact substring of the text that states it.
    """
    pieces: list[tuple[str, tuple[str, ...]]] = []  # (sentence, codes it states)
    todo = list(needs)
    rnd.shuffle(todo)
    style = rnd.random()
    ascii_only = rnd.random() < 0.04
    if todo and style < 0.22:
        return _as_bullets(rnd, todo, planted_codes, pron, ascii_only)
    if len(todo) >= 2 and style < 0.5:
        # One combined sentence carrying two or more needs, the rest as sentences.
        k = rnd.randint(2, min(4, len(todo)))
        group, todo = todo[:k], todo[k:]
        frags = [need_fragment(rnd, code, value) for code, value in group]
        sentence = rnd.choice(_LIST_PREFIX) + _join(frags)
        sentence += "" if sentence.endswith(".") else "."
        sentence = sentence[0].upper() + sentence[1:]
        pieces.append((sentence, tuple(code for code, _ in group)))
    # Pairs that have a dedicated two-need sentence.
    codes_left = {code for code, _ in todo}
    for pair, pool in PAIR_SENTENCES.items():
        if set(pair) <= codes_left and rnd.random() < 0.5:
            pieces.append((rnd.choice(pool), pair))
            codes_left -= set(pair)
            todo = [(c, v) for c, v in todo if c not in pair]
    for code, value in todo:
        pieces.append((need_sentence(rnd, code, value, pron), (code,)))
    rnd.shuffle(pieces)
    extra = _extra_sentences(rnd, planted_codes, pron, rnd.choice((0, 0, 1, 1, 2)))
    for s in extra:
        pieces.insert(rnd.randrange(len(pieces) + 1), (s, ()))
    if not needs and not pieces:
        if rnd.random() < 0.5:
            return "", {}
        pieces.append((rnd.choice(NO_NEEDS), ()))
    final: list[tuple[str, tuple[str, ...]]] = []
    for sentence, codes in pieces:
        if rnd.random() < 0.08:
            sentence = typo(rnd, sentence)
        if ascii_only:
            sentence = ascii_danish(sentence)
        final.append((sentence, codes))
    sep = "\n" if rnd.random() < 0.15 else " "
    text = sep.join(s for s, _ in final)
    evidence: dict[str, str] = {}
    for sentence, codes in final:
        for code in codes:
            evidence[code] = sentence
    return text, evidence


def _as_bullets(
    rnd: random.Random,
    todo: Sequence[tuple[str, float | None]],
    planted_codes: frozenset[str],
    pron: str,
    ascii_only: bool,
) -> tuple[str, dict[str, str]]:
    """A bullet list of needs, sometimes followed by a free sentence."""
    head = rnd.choice(_BULLET_HEAD)
    bullet = rnd.choice(_BULLETS)
    evidence: dict[str, str] = {}
    lines = [head]
    for code, value in todo:
        frag = need_fragment(rnd, code, value)
        frag = typo(rnd, frag) if rnd.random() < 0.06 else frag
        frag = ascii_danish(frag) if ascii_only else frag
        lines.append(bullet + frag)
        evidence[code] = frag
    text = "\n".join(lines)
    if rnd.random() < 0.4:
        extra = _extra_sentences(rnd, planted_codes, pron, 1)
        text += "\n" + " ".join(ascii_danish(s) if ascii_only else s for s in extra)
    return text, evidence


def _extra_sentences(
    rnd: random.Random, planted_codes: frozenset[str], pron: str, count: int
) -> list[str]:
    """Harmless sentences and reassurances about codes that are not planted."""
    out: list[str] = []
    for _ in range(count):
        if rnd.random() < 0.35:
            free = [c for c in REASSURANCES if c not in planted_codes]
            if free:
                out.append(_fill(rnd.choice(REASSURANCES[rnd.choice(free)]), pron))
                continue
        out.append(_fill(rnd.choice(HARMLESS), pron))
    return out


def job_line(rnd: random.Random, title: str, employer: str, start: int, end: int) -> str:
    """One line of work history; the years always state the true duration."""
    years = end - start
    style = rnd.random()
    if style < 0.3:
        return f"{title} i {employer} {start}-{end}"
    if style < 0.45:
        return f"{start}-{end}: {title}, {employer}"
    if style < 0.6:
        return f"{title} hos {employer} fra {start} til {end}."
    if style < 0.72:
        return f"{title} ({employer}), {start}–{end}"
    if style < 0.82:
        return f"{title} i {employer} ({start}-{end % 100:02d})"
    if style < 0.92 and years >= 1:
        span = f"{years} år" if years != 1 else "1 år"
        return f"Har arbejdet som {title.lower()} i {employer} i {span}."
    return f"{start}–{end} {title.lower()} hos {employer}"


def internship_line(rnd: random.Random, title: str, employer: str, year: int) -> str:
    """A short earlier work trial (virksomhedspraktik), which gives little experience."""
    weeks = rnd.choice((4, 8, 13))
    return rnd.choice((
        f"Virksomhedspraktik som {title.lower()} i {employer} ({weeks} uger, {year}).",
        f"Praktik hos {employer} {year} ({title.lower()}, {weeks} uger).",
    ))  # fmt: skip


def cv_text(
    rnd: random.Random,
    education: Sequence[str],
    jobs: Sequence[str],
    skills: Sequence[str],
    licences: Sequence[str],
    language: str,
) -> str:
    """Assemble a CV in one of the layouts job centres use (sections or running prose)."""
    if rnd.random() < 0.5:
        parts = []
        if education:
            parts.append("Uddannelse: " + " ".join(education))
        if jobs:
            head = rnd.choice(("Erhvervserfaring:", "Job:", "Tidligere beskæftigelse:"))
            parts.append(head + "\n" + "\n".join(jobs))
        if licences:
            parts.append("Kørekort og certifikater: " + ", ".join(licences) + ".")
        if skills:
            parts.append("Kompetencer: " + " ".join(skills))
        parts.append(language)
        return "\n".join(parts)
    body = list(education)
    body.extend(j if j.endswith(".") else j + "." for j in jobs)
    body.extend(licence if licence.endswith(".") else licence + "." for licence in licences)
    body.extend(skills)
    body.append(language)
    return " ".join(body)
