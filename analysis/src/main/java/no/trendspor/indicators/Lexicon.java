package no.trendspor.indicators;

import java.util.Map;
import java.util.Set;

/** General Norwegian (bokmål, some nynorsk) vocabulary the extractor needs. Lower case. */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * Cardinal number words read as counts. The unaccented "en", "ei", "ett" are left out on
     * purpose: they are far more often the indefinite article ("en mannlig lege", "Ett av
     * målene") than the number; the stressed "én" / "éi" / "étt" are unambiguous.
     */
    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("én", 1), Map.entry("éi", 1), Map.entry("étt", 1), Map.entry("eitt", 1),
            Map.entry("to", 2), Map.entry("tre", 3), Map.entry("fire", 4), Map.entry("fem", 5),
            Map.entry("seks", 6), Map.entry("sju", 7), Map.entry("syv", 7), Map.entry("åtte", 8),
            Map.entry("ni", 9), Map.entry("ti", 10), Map.entry("elleve", 11), Map.entry("tolv", 12),
            Map.entry("tretten", 13), Map.entry("fjorten", 14), Map.entry("femten", 15),
            Map.entry("seksten", 16), Map.entry("sytten", 17), Map.entry("atten", 18),
            Map.entry("nitten", 19), Map.entry("tjue", 20), Map.entry("tjueto", 22), Map.entry("tretti", 30),
            Map.entry("førti", 40), Map.entry("femti", 50), Map.entry("seksti", 60), Map.entry("sytti", 70),
            Map.entry("åtti", 80), Map.entry("nitti", 90));

    /** Words after a number word that show it does not count a following noun. */
    static final Set<String> NOT_COUNTED_AFTER_WORD = Set.of(
            // conjunctions, prepositions, pronouns and auxiliaries: "to og to", "ti l" (split "til")
            "og", "eller", "i", "på", "til", "for", "fra", "med", "om", "som", "at", "å", "er", "var", "ble",
            "har", "hadde", "kan", "skal", "vil", "må", "det", "den", "de", "seg", "ganger", "gang",
            // "tre ganger", "to ganger": frequencies, not measured quantities
            "enn");

    /** Time units: a number before them is a duration or an age ("0–2 år", "18 måneder"), not measured. */
    static final Set<String> TIME_UNITS = Set.of(
            "år", "års", "årene", "åra", "måned", "måneder", "måneders", "månader", "mnd", "uke", "uker",
            "ukers", "dags", "døgns", "veke", "veker", "dag", "dager", "dagers", "døgn", "time", "timer", "timers", "t",
            "minutt", "minutter", "min", "sekund", "sekunder", "åring", "åringer", "årig", "årige",
            "århundre", "tiår", "årsalder");

    /** Nouns that number a thing rather than measure it ("Tabell 15", "kapittel 3", "klokken 16"). */
    static final Set<String> REFERENCE_WORDS = Set.of(
            "tabell", "tabellen", "figur", "figuren", "kapittel", "kap", "punkt", "side", "sidene", "nr",
            "nummer", "vedlegg", "paragraf", "§", "versjon", "fase", "trinn", "klasse", "uke",
            "klokken", "klokka", "kl", "postboks", "telefon", "tlf", "sak", "saksnr", "tiltak", "mål",
            "kvartal", "tertial", "runde", "dose", "pulje", "del", "nivå", "alternativ", "modul", "gruppe", "rom",
            // documents and laws are numbered too ("stortingsmelding 15", "Prop. 1 S", "NOU 2020: 1")
            "stortingsmelding", "stortingsmeldingen", "meld", "prop", "nou", "lov", "forskrift", "programområde",
            "programområdene", "område", "sone", "linje", "rute", "bussrute", "vei", "riksvei", "fylkesvei");

    /** Units of measure other than percent, money and counts (the number keeps its value). */
    static final Set<String> OTHER_UNITS = Set.of("kvm", "m2", "m3", "m", "kvadratmeter", "km", "kilometer",
            "meter", "tonn", "kg", "kilo", "liter", "kwh", "mwh", "gwh", "dekar", "daa", "hektar", "mw", "kw",
            // scores: "52 poeng" measures the subject before it, not points
            "poeng", "skalapoeng");

    /** Unit words: a name collected backwards stops at them (they belong to an earlier value). */
    static final Set<String> UNIT_WORDS = Set.of("prosent", "pst", "prosentpoeng", "kr", "kroner", "mill", "mrd",
            "millioner", "milliarder", "tusen", "nok");

    /** Approximation words kept in the quote ("om lag 2 500", "ca. 300"). */
    static final Set<String> APPROXIMATIONS = Set.of("ca", "cirka", "omtrent", "rundt", "nesten", "drøyt",
            "knapt", "snaut", "overkant", "underkant");

    /** Verbs of change; with "med"/"på" before a number they make it a change ("redusert med 51"). */
    static final Set<String> INCREASE_WORDS = Set.of("økt", "økte", "øker", "økning", "økningen", "vekst",
            "veksten", "steg", "steget", "stiger", "vokst", "vokste", "opp", "flere", "mer", "forbedret",
            "forbedring", "auke", "auka", "aukar");
    static final Set<String> DECREASE_WORDS = Set.of("redusert", "reduserte", "reduseres", "reduksjon",
            "reduksjonen", "nedgang", "nedgangen", "sank", "sunket", "synker", "falt", "faller", "fall",
            "ned", "færre", "mindre", "minket", "minker", "nedgong");

    /** Change nouns that can be the subject itself ("veksten var 1,2 prosent"). */
    static final Set<String> CHANGE_NOUNS = Set.of("vekst", "veksten", "økning", "økningen", "nedgang",
            "nedgangen", "reduksjon", "reduksjonen", "fall", "forbedring", "forbedringen", "forverring",
            "endring", "endringen");

    /** Comparatives before "enn": "12 mill. lavere enn i 2016" is a difference. */
    static final Set<String> MORE = Set.of("høyere", "bedre", "større", "mer", "over");
    static final Set<String> LESS = Set.of("lavere", "dårligere", "mindre", "under");

    /** Targets, budgets and forecasts are not measured values ("Målet er 70 prosent"). */
    static final Set<String> TARGET_WORDS = Set.of("mål", "målet", "målene", "målkrav", "målkravet", "målsetting",
            "målsettingen", "målsetning", "målsetningen", "måltall", "måltallet", "ambisjon", "ambisjonen", "budsjett", "budsjettet",
            "budsjettert", "prognose", "prognosen", "anslag", "anslaget", "forventet", "forventes",
            // norms and caps ("maks 21 elever per lærer") are rules, not measurements
            "maks", "maksimalt", "maksimum", "norm", "normen", "krav", "kravet");

    /** Words skipped before collecting a name backwards from a number ("sykefraværet [er redusert] til"). */
    static final Set<String> SKIP_BACK = Set.of("til", "fra", "på", "med", "er", "var", "ble", "blitt", "har",
            "hadde", "nå", "totalt", "samlet", "i", "om", "lag", "ca", "cirka", "omtrent", "rundt", "nesten",
            "over", "under", "drøyt", "vel", "gått", "gikk", "går", "endret", "bedret", "nådd", "holdt",
            "stabilisert", "ligger", "lå", "utgjør", "utgjorde", "utgjøre", "hele", "bare", "kun", "av",
            "mer", "mindre", "enn", "fortsatt", "fremdeles", "ytterligere");

    /** Words that end a name collected backwards (verbs, auxiliaries, conjunctions). */
    static final Set<String> STOP_BACK = Set.of("er", "var", "ble", "blitt", "har", "hadde", "blir", "kan",
            "skal", "vil", "må", "at", "det", "der", "når", "fordi", "men", "mens", "som", "og", "både",
            "gått", "gikk", "går", "endret", "bedret", "nådd", "holdt", "ligger", "lå", "utgjør", "utgjorde",
            "fra", "da", "dermed", "også",
            // an article opens the noun phrase: "et netto driftsresultat"
            "en", "et", "ei");

    /** Words that end a name collected forwards. */
    static final Set<String> STOP_FORWARD = Set.of("men", "mens", "fordi", "slik", "når", "hvor", "da", "samt",
            "blant", "bl", "dvs", "herunder", "inkludert", "altså");

    /** Function words trimmed from both ends of a name. */
    static final Set<String> TRIM = Set.of("i", "på", "til", "og", "av", "med", "for", "som", "er", "har", "ble",
            "var", "at", "å", "en", "et", "ei", "de", "den", "det", "fra", "om", "alle", "nå", "hos", "ved",
            "blir", "kan", "skal", "vil", "må", "sin", "sitt", "sine", "samt", "eller", "enn", "så");

    /** Auxiliaries and modals; a direction after a modal is an intention or a need, not a fact. */
    static final Set<String> MODALS = Set.of("må", "bør", "skal", "vil", "kan", "skulle", "ville", "burde", "kunne");
    static final Set<String> AUXILIARIES = Set.of("er", "har", "blir", "ble", "var", "hadde", "blitt", "fortsatt",
            "fremdeles", "noe", "litt", "betydelig", "kraftig", "markant", "vesentlig", "sterkt", "klart");

    /** Stated directions without numbers: finite verbs and predicative adjectives. */
    static final Set<String> UP_VERBS = Set.of("øker", "økte", "økt", "stiger", "steg", "steget", "vokser",
            "vokste", "vokst", "aukar", "auka");
    static final Set<String> DOWN_VERBS = Set.of("synker", "sank", "sunket", "redusert", "reduseres",
            "minker", "minket", "avtar", "avtok", "faller", "falt");
    static final Set<String> STABLE_WORDS = Set.of("stabil", "stabilt", "stabile", "uendret", "uendra");
    /** Subjects that name a measurable quantity in a direction sentence. */
    static final Set<String> QUANTITY_ANCHORS = Set.of("antall", "antallet", "andel", "andelen", "talet",
            "delen", "nivået", "omfanget", "forbruket", "kostnadene", "utgiftene", "behovet", "etterspørselen");

    // ---- what a name may not be: closed word classes of Norwegian (bokmål, some nynorsk) -------

    /** Personal, demonstrative and relative pronouns: "dette", "denne" refer to a quantity named elsewhere. */
    static final Set<String> PRONOUNS = words("jeg", "du", "han", "hun", "den", "det", "vi", "dere", "de", "man",
            "seg", "meg", "deg", "oss", "dem", "ham", "henne", "denne", "dette", "disse", "hva", "hvem", "som",
            "der", "her", "dei", "dykk", "ein", "noe", "noen", "ingen", "ingenting", "alt", "alle", "hverandre",
            "slik", "sånn", "sådan", "samme", "selv", "hvilke", "hvilken", "hvilket");

    /** Determiners and quantifiers that open a noun phrase but are not its head. */
    static final Set<String> DETERMINERS = words("en", "ei", "et", "den", "det", "de", "denne", "dette", "disse",
            "min", "mitt", "mine", "din", "ditt", "dine", "sin", "sitt", "sine", "vår", "vårt", "våre", "deres",
            "hans", "hennes", "dens", "dets", "alle", "noen", "noe", "mange", "få", "flere", "fleste", "hver",
            "hvert", "enhver", "ethvert", "begge", "annen", "annet", "andre", "ingen", "intet", "samme",
            "mer", "mest", "mindre", "minst", "enkelte", "enkelt", "slike", "slik", "visse", "totalt", "samlet");

    /** Prepositions and conjunctions. */
    static final Set<String> PREPOSITIONS = words("i", "på", "til", "fra", "med", "av", "for", "om", "ved", "hos",
            "under", "over", "mellom", "etter", "før", "innen", "innenfor", "uten", "mot", "gjennom", "blant",
            "rundt", "langs", "per", "pr", "siden", "bak", "foran", "utenfor", "overfor", "hjå", "frå", "og",
            "eller", "men", "samt", "at", "enn", "som", "når", "da", "der", "hvor", "fordi", "mens", "så", "om",
            "dersom", "hvis", "både", "verken", "enten", "minus", "pluss", "inkludert", "ekskludert");

    /** Adverbs that say when, how much or how sure, never what. */
    static final Set<String> ADVERBS = words("også", "ikke", "nå", "fortsatt", "fremdeles", "bare", "kun", "ca",
            "cirka", "omtrent", "rundt", "nesten", "drøyt", "vel", "hele", "totalt", "samlet",
            "minimum", "maksimum", "minst", "maks", "ytterligere", "likevel", "dessuten", "allerede", "fortsatt",
            "videre", "igjen", "herav", "derav", "hvorav", "heretter", "tidligere", "senere", "i dag", "altså",
            "stadig", "stort", "sett", "hovedsak", "hovedsakelig", "blant", "annet", "bl", "ifølge", "særlig",
            "spesielt", "til sammen", "sammen", "tilsammen", "ut", "inn", "opp", "ned", "frem", "fram", "hittil");

    /**
     * Words that qualify a quantity ("brutto driftsresultat", "netto driftsresultat") and so stay
     * in its name, but name nothing alone.
     */
    static final Set<String> QUALIFIERS = words("brutto", "netto", "gjennomsnittlig", "årlig", "samla");

    /** Auxiliaries, modals and copulas: the verb of a clause, never a name. */
    static final Set<String> VERBS = words("er", "var", "ble", "blir", "blitt", "vært", "har", "hadde", "kan",
            "kunne", "skal", "skulle", "vil", "ville", "må", "måtte", "bør", "burde", "får", "fikk", "fått", "gir",
            "ga", "gav", "gitt", "tar", "tok", "tatt", "gjør", "gjorde", "gjort", "ligger", "lå", "utgjør",
            "utgjorde", "brukt", "brukes", "ble", "vart", "blei", "overført", "økt", "redusert", "gått", "gikk",
            "går", "kom", "kommer", "kommet", "holdt", "nådd", "endret", "bedret", "satt", "sett", "står", "sto",
            "stod", "viser", "viste", "vist", "mottok", "mottatt", "deltok", "deltatt", "deltar", "finnes",
            "fantes", "hatt", "vært", "leverte", "levert", "scoret", "skåret", "oppnådde", "oppnådd", "innført", "etablert", "gjennomført", "benyttet",
            "benytter", "tilbys", "tilbudt", "åpnet", "åpner", "startet", "avsluttet", "ferdigstilt", "bygget");

    /**
     * Nouns that stand in fixed adverbial phrases of time or scope ("ved utgangen av", "ved årets
     * slutt", "i løpet av", "som helhet", "på landsbasis"): a number's neighbour, never what it measures.
     */
    static final Set<String> ADVERBIAL_HEADS = words("utgangen", "slutt", "slutten", "starten", "begynnelsen",
            "løpet", "perioden", "helhet", "høsten", "våren", "sommeren", "vinteren", "høst", "vår", "landsbasis", "fylkesnivå", "landsnivå", "snitt", "gjennomsnitt",
            "hovedsak", "forhold", "forbindelse", "tillegg", "sammenheng", "grunn", "del", "fjor", "år", "året",
            "årets", "tiden", "tid", "dag", "dato", "følge", "henhold", "omganger", "omgang", "ganger", "gang",
            "sum", "alt", "lag", "overkant", "underkant", "underkant", "ca", "prosent", "prosentpoeng", "kr",
            "kroner", "mill", "millioner", "mrd", "milliarder", "tusen", "budsjett", "budsjettert", "målet",
            "skala", "skalaen", "mulige", "mulig", "poeng");

    /** Words that say how much of something, never what: "andelen", "tallet" alone name nothing. */
    static final Set<String> QUANTITY_WORDS = words("andel", "andelen", "antall", "antallet", "tall", "tallet",
            "talet", "nivå", "nivået", "prosentandel", "prosentandelen", "delen", "mengden", "summen", "beløpet",
            "totalen", "gjennomsnittet", "snittet", "økningen", "nedgangen", "endringen");

    /** Nouns of time that end a name's words without belonging to it ("elever i grunnskolen høsten [2018]"). */
    static final Set<String> TIME_HEADS = words("høsten", "våren", "sommeren", "vinteren", "høst", "vår", "året",
            "utgangen", "slutten", "starten", "begynnelsen", "løpet", "perioden", "fjor");

    /**
     * Nouns a plan document counts about itself ("fem hovedutfordringer", "fire strategier"): a
     * property of the text, not a measurement of the municipality. Matched as word endings.
     */
    static final java.util.List<String> TEXT_STRUCTURE_NOUNS = java.util.List.of("utfordring", "utfordringer",
            "utfordringar", "strategi", "strategier", "satsingsområde", "satsingsområder", "satsingsområdene",
            "fokusområde", "fokusområder", "innsatsområde", "innsatsområder", "hovedmål", "delmål", "målsetting",
            "målsettinger", "målsetninger", "temaer", "tema", "prinsipper", "punkter", "kapitler", "perspektiver");

    /** A set of words; an entry listed twice (in two word classes' lists) is one. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
