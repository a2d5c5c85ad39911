package no.trendspor.benchmarks.corpus;

import java.util.List;

/**
 * The generator's hand-written vocabulary: general Norwegian (bokmål) public-sector language, written
 * for this generator. None of it is taken from the seeds, the corpus or the gold answers.
 *
 * <p>Templates use the slots of {@link TemplateFiller}. Each challenge concept has paraphrases that
 * a matcher must recognise as the same challenge: an inflected form (rekruttere / rekrutteringen), a
 * synonym (opptak / inntak, mangel / få tak i), a compound against its split form
 * (lærerrekruttering / rekruttere lærere, helsesykepleiere / sykepleiere i helsestasjonen) and the
 * opposite direction of change (øker / går ned). Concepts of one sector deliberately share words
 * (several are about recruitment) so that they are hard negatives for each other.
 */
public final class Vocabulary {

  private Vocabulary() {}

  /** The fixed sector headings, in the order they appear on a report. */
  public static List<SectorVocabulary> sectors() {
    return SECTORS;
  }

  /** Concepts any sector may name (staffing and budget pressure are common to all services). */
  public static List<ChallengeConcept> generalConcepts() {
    return GENERAL_CONCEPTS;
  }

  /** One-off topics any sector may name: generic administrative work that rarely recurs. */
  public static List<String> generalOneOffTopics() {
    return GENERAL_ONE_OFF_TOPICS;
  }

  /** Verb phrases that turn a one-off topic into a challenge bullet; {@code {topic}} is the topic. */
  public static List<String> oneOffActions() {
    return ONE_OFF_ACTIONS;
  }

  /** Result templates shared by all sectors (satisfaction, sick leave, budget, staffing). */
  public static List<String> generalResults() {
    return GENERAL_RESULTS;
  }

  /**
   * Follow-up sentences that may be appended to a challenge. They are shared by all concepts, so two
   * different challenges can end with the same sentence: a trap for similarity on surface words.
   */
  public static List<String> elaborations() {
    return ELABORATIONS;
  }

  /** Place names for captions and local facilities: common Norwegian farm and nature names. */
  public static List<String> places() {
    return PLACES;
  }

  /** Halves of synthetic municipality names (prefix + suffix gives 18 × 24 = 432 distinct names). */
  public static List<String> municipalityPrefixes() {
    return MUNICIPALITY_PREFIXES;
  }

  /** See {@link #municipalityPrefixes()}. */
  public static List<String> municipalitySuffixes() {
    return MUNICIPALITY_SUFFIXES;
  }

  // Why: staffing and money are the two pressures every service reports; shared across sectors so
  // that a concept id recurs in several sectors of the same municipality (not a planted pair there).
  private static final List<ChallengeConcept> GENERAL_CONCEPTS = List.of(
      new ChallengeConcept("felles.sykefravaer", 3, List.of(
          "Sykefraværet blant de ansatte er høyt.",
          "Sykefraværet går ned, men ligger fortsatt over målet.",
          "Det høye sykefraværet gir økte utgifter til vikarer.",
          "Arbeidet for å redusere sykefravær i tjenesten må styrkes.")),
      new ChallengeConcept("felles.innsparing", 2, List.of(
          "Stramme budsjettrammer krever omprioriteringer i tjenesten.",
          "Tjenesten må tilpasses lavere økonomiske rammer.",
          "Innsparingskravene gjør det vanskelig å opprettholde tilbudet.",
          "Reduserte rammer gir mindre rom for utviklingsarbeid.")));

  // Why: routine administrative tasks; they give one-off challenges that share no concept.
  private static final List<String> GENERAL_ONE_OFF_TOPICS = List.of(
      "beredskapsplanen",
      "brukerundersøkelsen",
      "internopplæringen av nyansatte",
      "samarbeidet med nabokommunene",
      "rapporteringen til statlige myndigheter",
      "informasjonen til innbyggerne",
      "arbeidet med klart språk i vedtak",
      "personvernrutinene",
      "ordningen med brukerråd",
      "samarbeidet med frivillige organisasjoner",
      "avvikssystemet",
      "arkivrutinene i tjenesten",
      "lederopplæringen",
      "rutinene for innkjøp",
      "vikarbudsjettet",
      "rutinene for oppfølging av sykmeldte",
      "samarbeidet med NAV",
      "kvalitetshåndboken",
      "opplæringen i nytt fagsystem",
      "kontorstrukturen");

  // Why: neutral planning verbs, so a one-off differs from a recurring concept mainly by its topic.
  private static final List<String> ONE_OFF_ACTIONS = List.of(
      "Ferdigstille arbeidet med {topic}.",
      "Utrede endringer i {topic} innen {y+1}.",
      "Følge opp {topic} etter evalueringen.",
      "Sikre finansiering av {topic}.",
      "Gjennomgå {topic} sammen med brukerne.",
      "Forbedre {topic}.",
      "Evaluere {topic} i løpet av {y+1}.",
      "Vurdere ny organisering av {topic}.");

  // Why: results every service reports; gives 5–10 bullets per page without repeating a template.
  private static final List<String> GENERAL_RESULTS = List.of(
      "Brukerundersøkelsen viste en samlet tilfredshet på {d} av 6.",
      "Sykefraværet i tjenesten var {ps} prosent.",
      "Tjenesten hadde et mindreforbruk på {mill}.",
      "{W} ansatte fullførte videreutdanning med støtte fra kommunen.",
      "Det ble gjennomført {n} internrevisjoner uten vesentlige avvik.",
      "Tjenesten tok i bruk nytt kvalitetssystem {date}.",
      "Samarbeidet med frivillige ble styrket gjennom {w} nye avtaler.",
      "Det ble ansatt {n} nye medarbeidere i faste stillinger.");

  // Why: generic follow-ups; identical wording across unrelated concepts.
  private static final List<String> ELABORATIONS = List.of(
      "Det arbeides med tiltak for å snu utviklingen.",
      "Dette krever tett oppfølging i årene som kommer.",
      "Situasjonen følges nøye av ledelsen.",
      "Det er satt i gang et eget prosjekt på området.",
      "Utviklingen vil prege prioriteringene i økonomiplanperioden.",
      "Tjenesten samarbeider med andre enheter om løsninger.");

  // Why: ordinary Norwegian farm, hill and shore names; no real municipality is implied.
  private static final List<String> PLACES = List.of(
      "Solberg", "Haugen", "Bekkeli", "Furuholt", "Lia", "Nordby", "Eikeli", "Bjørkås",
      "Moen", "Sandvollen", "Granheim", "Steinsland", "Fjellstad", "Vestre Dal", "Åsen",
      "Rosenlund", "Skogly", "Myrvang", "Berget", "Kleiva", "Tangen", "Holmen", "Sletta",
      "Øvre Lund");

  // Why: common name elements (compass points, landscape words); combinations are synthetic.
  private static final List<String> MUNICIPALITY_PREFIXES = List.of(
      "Aust", "Vest", "Nord", "Sør", "Stor", "Lille", "Øy", "Fjell", "Sand", "Stein", "Skog",
      "Elve", "Sol", "Vik", "Berg", "Lyng", "Fur", "Bjørk");

  private static final List<String> MUNICIPALITY_SUFFIXES = List.of(
      "vik", "dal", "berg", "land", "fjord", "nes", "ås", "stad", "heim", "sund", "haug", "voll",
      "rud", "bø", "lia", "eid", "øy", "sand", "mark", "ness", "strand", "vang", "li", "foss");

  private static final List<SectorVocabulary> SECTORS = List.of(
      // Why: primary and lower secondary school; recruitment, pupil numbers, absence, bullying.
      new SectorVocabulary("skole", "Oppvekst skole",
          List.of(
              "gi alle elever et trygt læringsmiljø og god faglig progresjon gjennom hele grunnskolen.",
              "sikre at hver elev mestrer grunnleggende ferdigheter og opplever tilhørighet på skolen."),
          List.of("Elever i skolegården ved {place} skole", "Fra leseuka på {place} skole"),
          List.of(
              "{N} elever har fått egen læringsbrett i undervisningen.",
              "Andelen elever som fullfører svømmeopplæringen på fjerde trinn, økte {up}.",
              "{W} skoler har tatt i bruk et nytt system for vurdering for læring.",
              "Leksehjelpen ble utvidet til {n} skoler, og {N} elever deltok i løpet av året.",
              "Det ble gjennomført kurs i klasseledelse for {n} lærere.",
              "Ny ungdomsskole på {place} ble tatt i bruk {date}.",
              "Elevundersøkelsen viser at {ph} prosent av elevene trives godt på skolen.",
              "Alle skoler har utarbeidet egne planer for et trygt skolemiljø.",
              "{W} skoler deltok i et regionalt nettverk for lesing og regning.",
              "Andelen lærere med godkjent utdanning i norsk og matematikk er {ph} prosent."),
          List.of(
              new ChallengeConcept("skole.laererrekruttering", 5, List.of(
                  "Det er krevende å rekruttere lærere med godkjent utdanning i alle fag.",
                  "Rekrutteringen av kvalifiserte lærere blir stadig vanskeligere.",
                  "Lærerrekruttering er fortsatt en av de største utfordringene for skolene.",
                  "Skolene må rekruttere flere lærere med fordypning i matematikk og norsk.")),
              new ChallengeConcept("skole.elevtall", 4, List.of(
                  "Elevtallet øker i flere skolekretser, og det trengs mer skolekapasitet.",
                  "Økende elevtall krever utvidelse av skolebygg i årene som kommer.",
                  "Elevtallet går ned i enkelte kretser, og skolestrukturen må vurderes.",
                  "Synkende elevtall i distriktet gir lavere utnyttelse av skolebyggene.")),
              new ChallengeConcept("skole.fravaer", 3, List.of(
                  "Fraværet blant elever på ungdomstrinnet øker.",
                  "Økende skolefravær krever tettere oppfølging av enkeltelever.",
                  "Flere elever har høyt fravær, og samarbeidet med hjemmet må styrkes.",
                  "Det ufrivillige skolefraværet går ned, men er fortsatt for høyt.")),
              new ChallengeConcept("skole.mobbing", 2, List.of(
                  "Andelen elever som opplever mobbing, går ikke ned.",
                  "Arbeidet mot mobbing og krenkelser i skolen må styrkes.",
                  "Flere elever melder om krenkende atferd, og skolemiljøsakene øker.",
                  "Skolemiljøet må bedres slik at færre elever blir mobbet."))),
          List.of(
              "ny skolebruksplan", "skoleskyssen i distriktet", "ventilasjonen i gymsalene",
              "utstyret til valgfagene", "opplæringen i programmering", "skolebibliotekene",
              "overgangen fra barnetrinn til ungdomstrinn", "rutinene for elevpermisjoner",
              "det nye læringsstøttesystemet", "skolefritidsordningen om sommeren",
              "leirskoletilbudet", "skolemåltidet")),

      // Why: kindergartens; staffing norms, language development, capacity, buildings.
      new SectorVocabulary("barnehage", "Oppvekst barnehage",
          List.of(
              "gi alle barn et trygt og stimulerende barnehagetilbud med plass til lek og læring.",
              "legge til rette for at barn i barnehagealder utvikler språk, vennskap og mestring."),
          List.of("Barn på tur fra {place} barnehage", "Uteleik ved {place} barnehage"),
          List.of(
              "Alle søkere med rett til plass fikk tilbud, og {N} barn gikk i barnehage ved utgangen av året.",
              "{W} barnehager deltok i et språkløft for de yngste barna.",
              "Andelen minoritetsspråklige barn som går i barnehage, økte {up}.",
              "Ny barnehage på {place} med plass til {m} barn åpnet {date}.",
              "Andelen ansatte med barnehagelærerutdanning er {p} prosent.",
              "Foreldreundersøkelsen viser en samlet tilfredshet på {d} av 5.",
              "{W} barnehager fikk nye lekeapparater og bedre uteområder.",
              "Det ble gjennomført tilsyn i {n} barnehager.",
              "Alle barnehager har tatt i bruk et felles verktøy for observasjon av språk."),
          List.of(
              new ChallengeConcept("barnehage.barnehagelaerere", 5, List.of(
                  "Det er vanskelig å rekruttere nok barnehagelærere til å oppfylle normen.",
                  "Mangelen på pedagogisk utdannede ansatte gjør det krevende å følge pedagognormen.",
                  "Rekrutteringen av barnehagelærere er fortsatt krevende.",
                  "Barnehagene sliter med å rekruttere lærere med barnehagefaglig utdanning.")),
              new ChallengeConcept("barnehage.sprak", 3, List.of(
                  "Flere barn begynner på skolen uten tilstrekkelige norskferdigheter.",
                  "Språkstimuleringen av minoritetsspråklige barn må styrkes.",
                  "Andelen barn med svake språkferdigheter ved skolestart øker.",
                  "Barnehagene trenger mer kompetanse i språkutvikling for flerspråklige barn.")),
              new ChallengeConcept("barnehage.kapasitet", 4, List.of(
                  "Barnetallet går ned, og flere barnehager har ledig kapasitet.",
                  "Synkende barnetall gir overkapasitet i barnehagesektoren.",
                  "Økende barnetall i nye boligområder krever flere barnehageplasser.",
                  "Det må bygges flere barnehageplasser fordi antall barn øker.")),
              new ChallengeConcept("barnehage.bygg", 2, List.of(
                  "Flere barnehagebygg har stort vedlikeholdsbehov.",
                  "Vedlikeholdsetterslepet i barnehagebyggene øker.",
                  "Eldre barnehager må rehabiliteres for å gi gode innemiljøer.",
                  "Barnehagebyggene trenger oppgradering av ventilasjon og uteområder."))),
          List.of(
              "lekeplassutstyret", "overgangen fra barnehage til skole",
              "det digitale søknadssystemet for barnehageplass", "foreldresamarbeidet",
              "planen for lokal kompetanseutvikling", "ordningen med redusert foreldrebetaling",
              "mattilbudet i barnehagene", "friluftsområdet ved {place}",
              "samarbeidet med de private barnehagene", "uteområdet ved {place} barnehage",
              "vikarordningen", "sovesituasjonen for de yngste")),

      // Why: care for the elderly; nurse recruitment, demography, dementia, part-time work.
      new SectorVocabulary("omsorg", "Pleie og omsorg",
          List.of(
              "gi innbyggerne trygge og verdige tjenester tilpasset den enkeltes behov.",
              "bidra til at eldre og personer med funksjonsnedsettelser kan bo hjemme lengst mulig."),
          List.of("Beboere og ansatte ved {place} sykehjem", "Fra aktivitetsdagen på {place} omsorgssenter"),
          List.of(
              "{N} innbyggere mottok hjemmetjenester i løpet av året.",
              "Digitale medisindispensere er tatt i bruk hos {m} brukere.",
              "{W} nye omsorgsboliger på {place} ble tatt i bruk.",
              "Andelen sykehjemsplasser med eget bad økte {up}.",
              "Gjennomsnittlig liggetid på korttidsavdelingen var {n} døgn.",
              "Kommunen tok imot {m} utskrivningsklare pasienter fra sykehuset uten ventetid.",
              "Hverdagsrehabilitering ble gitt til {m} brukere.",
              "Antall korttidsplasser ble økt med {w}.",
              "Det ble utført {N} timer praktisk bistand i hjemmet."),
          List.of(
              new ChallengeConcept("omsorg.sykepleiere", 5, List.of(
                  "Det er krevende å rekruttere sykepleiere til sykehjemmene.",
                  "Sykepleierrekrutteringen er en vedvarende utfordring i pleie- og omsorgstjenestene.",
                  "Tjenestene har mange ubesatte sykepleierstillinger.",
                  "Mangelen på sykepleiere og annet kvalifisert helsepersonell øker.")),
              new ChallengeConcept("omsorg.eldre", 4, List.of(
                  "Antallet eldre over 80 år øker kraftig i årene fremover.",
                  "Den økende eldrebefolkningen vil gi større behov for omsorgstjenester.",
                  "Flere eldre innbyggere med sammensatte behov stiller nye krav til tjenestene.",
                  "Veksten i antall eldre krever omstilling av omsorgstjenestene.")),
              new ChallengeConcept("omsorg.demens", 3, List.of(
                  "Flere personer med demens trenger tilrettelagte tjenester.",
                  "Antall personer med demenssykdom øker, og det mangler skjermede plasser.",
                  "Demensomsorgen må styrkes med flere dagaktivitetsplasser.",
                  "Behovet for et tilrettelagt tilbud til personer med demens vokser.")),
              new ChallengeConcept("omsorg.heltid", 2, List.of(
                  "Andelen ansatte i deltidsstillinger er fortsatt høy.",
                  "Det er et mål å utvikle en heltidskultur med flere hele stillinger.",
                  "Deltidsandelen går ned, men for mange ansatte har små stillinger.",
                  "Flere ansatte må få tilbud om heltidsstillinger."))),
          List.of(
              "turnusordningen", "innføringen av elektronisk pasientjournal",
              "matombringingen til hjemmeboende", "kjøkkenet ved {place} sykehjem",
              "tilbudet om dagaktivitet i helgene", "transporttjenesten for brukere",
              "samarbeidsavtalen med helseforetaket", "frivillighetskoordinatoren",
              "rutinene for legemiddelhåndtering", "bilparken i hjemmetjenesten",
              "nattevaktordningen", "trygghetsalarmene")),

      // Why: public health and social services; public-health nurses (compound vs split form),
      // GPs, mental health and drugs, social assistance.
      new SectorVocabulary("helse", "Helse og sosial",
          List.of(
              "fremme god helse og gi innbyggerne tilgang til forebyggende tjenester og behandling.",
              "gi hjelp til selvhjelp og bidra til at flere mestrer egen hverdag."),
          List.of("Ansatte ved {place} helsestasjon", "Fra åpningen av nytt legesenter på {place}"),
          List.of(
              "Helsestasjonen gjennomførte {N} konsultasjoner med barn og foreldre.",
              "{W} nye fastlegehjemler ble opprettet.",
              "Andelen gravide som kom til første konsultasjon før uke 12, økte {up}.",
              "Frisklivssentralen hadde {m} deltakere på kurs i løpet av året.",
              "Ventetiden for samtale med psykolog ble redusert til {n} dager.",
              "Legevakten hadde {N} henvendelser.",
              "Skolehelsetjenesten hadde faste kontortider på alle {n} skoler.",
              "{W} nye brukere fikk tilbud om individuell plan.",
              "Flyktningtjenesten bosatte {n} personer i løpet av {y}."),
          List.of(
              new ChallengeConcept("helse.helsesykepleiere", 4, List.of(
                  "Det er krevende å rekruttere helsesykepleiere.",
                  "Helsestasjonen har vansker med å få tak i nok helsesykepleiere.",
                  "Kommunen mangler sykepleiere med videreutdanning til helsestasjon og skolehelsetjeneste.",
                  "Ledige stillinger for helsesykepleiere står ubesatt over lang tid.",
                  "Det er for få sykepleiere i helsestasjonen og skolehelsetjenesten.")),
              new ChallengeConcept("helse.fastlege", 5, List.of(
                  "Flere innbyggere står uten fast lege.",
                  "Fastlegeordningen er presset, og det er vanskelig å rekruttere leger.",
                  "Kommunen har ledige fastlegelister som ikke blir besatt.",
                  "Rekrutteringen av fastleger er krevende, og listene blir lengre.")),
              new ChallengeConcept("helse.rus", 3, List.of(
                  "Henvendelsene om rus og psykisk helse blant unge voksne øker.",
                  "Ventetiden for lavterskeltilbud innen psykisk helse er for lang.",
                  "Flere unge voksne trenger hjelp for rusmiddelbruk og psykiske plager.",
                  "Tilbudet innen rus og psykisk helse har ikke kapasitet til å møte etterspørselen.")),
              new ChallengeConcept("helse.sosialhjelp", 3, List.of(
                  "Utgiftene til økonomisk sosialhjelp øker.",
                  "Antall mottakere av sosialhjelp går ned, men stønadsperiodene er lengre.",
                  "Flere unge under 25 år er avhengige av økonomisk sosialhjelp.",
                  "Sosialhjelpsutbetalingene ligger over budsjett."))),
          List.of(
              "lokalene til legevakten", "smittevernplanen", "vaksinasjonstilbudet for voksne",
              "tilbudet om svangerskapskurs", "avtalen om interkommunal legevakt",
              "kartleggingen av folkehelsen", "tilbudet til personer med hørselshemming",
              "oppfølgingen av flyktninger med helseplager", "journalsystemet for helsestasjonen",
              "tolketjenesten", "ruskonsulentordningen", "hjemmebesøkene til nyfødte")),

      // Why: child welfare; foster homes, deadlines, the reform, staff turnover.
      new SectorVocabulary("barnevern", "Barnevern",
          List.of(
              "sikre at barn og unge som lever under forhold som kan skade helse og utvikling, får hjelp til rett tid.",
              "gi barn og familier trygg og tidlig hjelp i samarbeid med andre tjenester."),
          List.of("Familieteamet i barneverntjenesten", "Fra fagdagen for fosterforeldre på {place}"),
          List.of(
              "Barneverntjenesten mottok {m} bekymringsmeldinger.",
              "Andelen undersøkelser som ble avsluttet innen fristen, økte {up}.",
              "{W} nye fosterhjem ble rekruttert.",
              "Det ble gitt hjelpetiltak i hjemmet til {m} familier.",
              "Alle barn i fosterhjem fikk de lovpålagte oppfølgingsbesøkene.",
              "Et nytt program for foreldreveiledning ble innført {date}.",
              "Gjennomsnittlig behandlingstid for undersøkelser var {n} dager.",
              "{W} familieråd ble gjennomført.",
              "Andelen barn med oppdatert tiltaksplan er {ph} prosent."),
          List.of(
              new ChallengeConcept("barnevern.fosterhjem", 5, List.of(
                  "Det er vanskelig å rekruttere nok fosterhjem.",
                  "Mangelen på fosterhjem fører til at barn plasseres utenfor kommunen.",
                  "Fosterhjemsrekrutteringen må styrkes.",
                  "Kommunen trenger flere fosterfamilier, særlig for ungdom.")),
              new ChallengeConcept("barnevern.frister", 4, List.of(
                  "Antall fristbrudd i undersøkelsessaker øker.",
                  "Fristbruddene i barneverntjenesten går ned, men saksmengden er høy.",
                  "Barneverntjenesten klarer ikke å behandle alle undersøkelser innen fristen.",
                  "Høy saksbelastning gir fare for at fristene overskrides.")),
              new ChallengeConcept("barnevern.reform", 3, List.of(
                  "Barnevernsreformen gir kommunen større faglig og økonomisk ansvar.",
                  "Økte egenandeler for statlige tiltak etter reformen belaster budsjettet.",
                  "Kommunen må forberede seg på nye oppgaver i barnevernet.",
                  "Reformen i barnevernet krever nye tiltak i kommunen.")),
              new ChallengeConcept("barnevern.turnover", 2, List.of(
                  "Høy turnover blant saksbehandlere svekker kontinuiteten i sakene.",
                  "Barneverntjenesten har mange nyansatte og høy gjennomtrekk.",
                  "Det er krevende å beholde erfarne barnevernspedagoger.",
                  "Utskiftingen av ansatte i barnevernet er høy."))),
          List.of(
              "internkontrollen", "samarbeidet med politiet", "kontorlokalene til tjenesten",
              "rutinene for akuttberedskap", "tilsynsførerordningen",
              "opplæringen av nye fosterforeldre", "tilbudet om ettervern",
              "dokumentasjonen i fagsystemet", "samarbeidet med skolene",
              "veiledningen av besøkshjem", "samværsordningene", "tolkebruken i samtaler")),

      // Why: culture and leisure; culture school intake (opptak / inntak), facilities, volunteers.
      new SectorVocabulary("kultur", "Kultur",
          List.of(
              "gi innbyggerne i alle aldre et variert og tilgjengelig kulturtilbud.",
              "legge til rette for et aktivt kulturliv, frivillighet og gode møteplasser."),
          List.of("Konsert i {place} kulturhus", "Fra sommerens kulturfestival på {place}"),
          List.of(
              "Biblioteket hadde {N} besøkende og {N} utlån.",
              "Kulturskolen hadde {m} elever.",
              "{W} lag og foreninger fikk driftstilskudd.",
              "Meråpent bibliotek ble innført på {place}.",
              "Den kulturelle skolesekken nådde {N} elever med {n} forestillinger.",
              "Andelen barn og unge som deltar i organiserte fritidsaktiviteter, økte {up}.",
              "Det ble arrangert {m} konserter og forestillinger i kulturhuset.",
              "{W} nye turløyper ble merket og skiltet.",
              "Fritidsklubbene hadde {N} besøk i løpet av året."),
          List.of(
              new ChallengeConcept("kultur.kulturskole", 4, List.of(
                  "Ventelistene til kulturskolen er lange.",
                  "Kulturskolen har ikke kapasitet til å ta opp alle søkerne.",
                  "Mange søkere får ikke plass ved inntaket til kulturskolen.",
                  "Opptaket til kulturskolen gir plass til færre barn enn de som ønsker det.")),
              new ChallengeConcept("kultur.idrettsanlegg", 4, List.of(
                  "Behovet for nye idrettsanlegg er større enn de økonomiske rammene.",
                  "Idrettshallene har ikke nok kapasitet til alle lagene.",
                  "Det mangler flerbrukshaller og kunstgressbaner.",
                  "Presset på idrettsanleggene øker med befolkningsveksten.")),
              new ChallengeConcept("kultur.frivillighet", 3, List.of(
                  "Antall frivillige i lag og foreninger går ned.",
                  "Frivilligheten er under press, og færre påtar seg verv.",
                  "Lagene melder om synkende medlemstall og færre frivillige.",
                  "Det er vanskelig å rekruttere frivillige til organisasjonslivet.")),
              new ChallengeConcept("kultur.bibliotek", 2, List.of(
                  "Bibliotekets lokaler er for små til å fungere som møteplass.",
                  "Hovedbiblioteket trenger nye og mer tilgjengelige lokaler.",
                  "Biblioteklokalene er lite egnet for arrangementer.",
                  "Det må finnes nye lokaler for biblioteket."))),
          List.of(
              "kulturminneplanen", "tilskuddsordningen for arrangører",
              "sommeraktivitetene for ungdom", "lysanlegget i kulturhuset",
              "turstiene rundt {place}", "festivalen på {place}", "ungdomsklubben",
              "billettsystemet", "kunstsamlingen", "utlånet av fritidsutstyr",
              "museumsdriften", "stedsnavnregisteret")),

      // Why: technical infrastructure; water mains, storm water, roads, engineer recruitment.
      new SectorVocabulary("teknisk", "Teknisk drift",
          List.of(
              "sikre trygg drikkevannsforsyning, god avløpshåndtering og et trafikksikkert veinett.",
              "drifte og utvikle kommunens tekniske infrastruktur på en bærekraftig måte."),
          List.of("Nytt høydebasseng på {place}", "Asfaltarbeid ved {place}"),
          List.of(
              "{n} kilometer vannledning ble fornyet.",
              "Lekkasjeandelen i ledningsnettet ble redusert {down}.",
              "Det ble asfaltert {N} meter kommunal vei.",
              "{N} gatelys ble byttet til LED.",
              "Utslippstillatelsen for renseanlegget på {place} ble overholdt.",
              "Kildesorteringsgraden var {p} prosent.",
              "Det ble ikke registrert avvik i drikkevannskvaliteten.",
              "{W} nye busslommer og fortau ble bygget.",
              "Kommunen brøytet {m} kilometer vei."),
          List.of(
              new ChallengeConcept("teknisk.ledningsnett", 4, List.of(
                  "Fornyelsestakten på vann- og avløpsnettet er for lav.",
                  "Store deler av ledningsnettet er gammelt og må skiftes ut.",
                  "Etterslepet på utskifting av vannledninger øker.",
                  "Ledningsnettet for vann og avløp trenger omfattende rehabilitering.")),
              new ChallengeConcept("teknisk.overvann", 3, List.of(
                  "Mer ekstremvær gir økende problemer med overvann.",
                  "Klimaendringene krever bedre håndtering av overvann og flom.",
                  "Kraftigere nedbør øker faren for oversvømmelser i sentrum.",
                  "Overvannssystemene må tilpasses et våtere klima.")),
              new ChallengeConcept("teknisk.veier", 4, List.of(
                  "Vedlikeholdsetterslepet på kommunale veier øker.",
                  "Mange kommunale veier har dårlig dekke og trenger ny asfalt.",
                  "Midlene til veivedlikehold strekker ikke til.",
                  "Etterslepet på vedlikehold av veier og bruer går ned, men er fortsatt stort.")),
              new ChallengeConcept("teknisk.ingeniorer", 3, List.of(
                  "Det er krevende å rekruttere ingeniører med kompetanse innen vann og avløp.",
                  "Rekrutteringen av ingeniører er vanskelig i konkurranse med private.",
                  "Ingeniørmangelen forsinker planlagte prosjekter.",
                  "Kommunen sliter med å rekruttere og beholde ingeniører."))),
          List.of(
              "brøyteavtalene", "renovasjonsordningen", "gatebelysningen på {place}",
              "maskinparken", "reservevannkilden", "parkeringsreguleringen i sentrum",
              "slamtømmingen", "hovedplanen for vann", "trafikksikkerhetsplanen",
              "brua over elva ved {place}", "vinterdriften av gang- og sykkelveier",
              "pumpestasjonen på {place}")),

      // Why: planning and environment; case handling time, climate targets, land use, housing.
      new SectorVocabulary("plan", "Plan og miljø",
          List.of(
              "legge til rette for en bærekraftig utvikling gjennom god arealplanlegging og effektiv saksbehandling.",
              "ivareta natur, miljø og innbyggernes behov i all planlegging."),
          List.of("Befaring i {place} sentrum", "Nytt boligområde på {place}"),
          List.of(
              "Det ble behandlet {m} byggesaker.",
              "Gjennomsnittlig saksbehandlingstid for byggesaker var {n} dager.",
              "Kommuneplanens arealdel ble vedtatt {date}.",
              "{W} detaljreguleringer ble vedtatt.",
              "Andelen byggesaker behandlet innen fristen økte {up}.",
              "Kommunen fikk {mill} i statlige klimamidler.",
              "Det ble gitt {n} dispensasjoner fra reguleringsplan.",
              "Kommunen registrerte {m} nye boliger i {y}.",
              "{W} ulovlighetssaker ble avsluttet."),
          List.of(
              new ChallengeConcept("plan.saksbehandlingstid", 4, List.of(
                  "Saksbehandlingstiden for byggesaker er for lang.",
                  "Restansene i byggesaksbehandlingen øker.",
                  "Saksbehandlingstiden går ned, men mange saker venter fortsatt på behandling.",
                  "Byggesaksavdelingen har for mange saker til behandling.")),
              new ChallengeConcept("plan.klimamaal", 4, List.of(
                  "Kommunen ligger etter målene for reduksjon av klimagassutslipp.",
                  "Det er krevende å nå klimamålene i kommuneplanen.",
                  "Utslippene fra veitrafikk må ned for at klimamålene skal nås.",
                  "Klimamålene krever flere konkrete tiltak enn i dag.")),
              new ChallengeConcept("plan.arealpress", 3, List.of(
                  "Presset på landbruksarealer og grøntområder øker.",
                  "Nedbyggingen av jordbruksjord må begrenses.",
                  "Utbyggingspresset truer viktige friluftsområder.",
                  "Boligbyggingen gir økende press på naturområdene.")),
              new ChallengeConcept("plan.boliger", 3, List.of(
                  "Det bygges for få boliger til å møte befolkningsveksten.",
                  "Boligprisene gjør det vanskelig for unge å etablere seg i kommunen.",
                  "Tilgangen på rimelige boliger for førstegangskjøpere er for liten.",
                  "Boligbyggingen går ned, og det blir færre nye boliger for unge familier."))),
          List.of(
              "kartgrunnlaget", "planstrategien", "digitaliseringen av planarkivet",
              "ulovlighetsoppfølgingen", "forvaltningen av strandsonen",
              "sentrumsplanen for {place}", "viltforvaltningen", "forurenset grunn ved {place}",
              "gebyrregulativet", "oppmålingstjenesten", "adresseringen av nye veier",
              "beitebruksplanen")),

      // Why: municipal buildings; maintenance backlog, energy, construction costs, accessibility.
      new SectorVocabulary("eiendom", "Eiendom",
          List.of(
              "forvalte, drifte og utvikle kommunens bygg slik at de er trygge, energieffektive og tilpasset tjenestene.",
              "sørge for riktige lokaler til riktig tid for alle kommunale tjenester."),
          List.of("Nytt tak på {place} rådhus", "Energisentralen ved {place} skole"),
          List.of(
              "Andelen bygg med god teknisk tilstand økte {up}.",
              "Kommunen forvalter {N} kvadratmeter formålsbygg.",
              "{W} bygg fikk installert solceller.",
              "Rehabiliteringen av {place} skole ble ferdigstilt {date}.",
              "Energiforbruket i kommunale bygg ble redusert med {ps} prosent.",
              "Det ble gjennomført {m} vedlikeholdsoppdrag.",
              "Arealet per ansatt i administrasjonsbyggene ble redusert.",
              "{W} bygg ble koblet til det sentrale driftssystemet.",
              "Andelen fornybar energi i byggene er {ph} prosent."),
          List.of(
              new ChallengeConcept("eiendom.vedlikehold", 5, List.of(
                  "Vedlikeholdsetterslepet på kommunale bygg øker.",
                  "Mange formålsbygg har et stort etterslep på vedlikehold.",
                  "Budsjettet til vedlikehold av bygg er for lite til å ta igjen etterslepet.",
                  "Etterslepet på byggvedlikehold går ned, men er fortsatt betydelig.")),
              new ChallengeConcept("eiendom.energi", 3, List.of(
                  "Høye energipriser øker driftskostnadene for byggene.",
                  "Energikostnadene i kommunale bygg går opp.",
                  "Det trengs flere energitiltak for å redusere strømforbruket.",
                  "Økte strømpriser belaster budsjettet for drift av bygg.")),
              new ChallengeConcept("eiendom.byggekostnader", 3, List.of(
                  "Kostnadene i byggeprosjektene øker mer enn forutsatt.",
                  "Prisstigningen i bygg- og anleggsmarkedet gir dyrere investeringer.",
                  "Flere byggeprosjekter har overskredet kostnadsrammen.",
                  "Investeringsprosjektene blir dyrere på grunn av økte byggekostnader.")),
              new ChallengeConcept("eiendom.tilgjengelighet", 2, List.of(
                  "Mange kommunale bygg er ikke universelt utformet.",
                  "Tilgjengeligheten for personer med funksjonsnedsettelse i eldre bygg er mangelfull.",
                  "Universell utforming av eksisterende bygg krever store investeringer.",
                  "Flere bygg mangler heis og trinnfri adkomst."))),
          List.of(
              "brannsikringen av {place} skole", "renholdsrutinene", "leieavtalen for {place}",
              "salget av den gamle skolen på {place}", "adgangskontrollsystemet",
              "eiendomsstrategien", "tomtekjøpet på {place}", "kjøleanlegget i rådhuset",
              "utearealene ved {place} omsorgssenter", "driftsavtalen for heisene",
              "låssystemene", "radonmålingene")),

      // Why: central administration and finance; budget balance, digitalisation, skills supply.
      new SectorVocabulary("organisasjon", "Organisasjon og økonomi",
          List.of(
              "sikre god økonomistyring og en effektiv organisasjon som støtter tjenesteområdene.",
              "bidra til en kompetent, inkluderende og digital kommuneorganisasjon."),
          List.of("Ansatte i servicetorget på {place}", "Lærlinger ved rådhuset"),
          List.of(
              "Kommunen hadde {n} lærlinger i {w} fag.",
              "Netto driftsresultat var {ps} prosent av driftsinntektene.",
              "Sykefraværet i kommunen ble redusert {down}.",
              "{W} nye digitale selvbetjeningsløsninger ble lansert.",
              "Kommunen hadde {N} ansatte ved utgangen av {y}.",
              "Det ble inngått innkjøpsavtaler for {mill}.",
              "Kommunen fikk {n} nye lærlingkontrakter.",
              "Andelen fakturaer som ble mottatt elektronisk, er {ph} prosent.",
              "{W} ledere fullførte et eget lederprogram."),
          List.of(
              new ChallengeConcept("organisasjon.okonomi", 5, List.of(
                  "Driftsutgiftene øker raskere enn inntektene.",
                  "Kommunens økonomiske handlingsrom blir mindre.",
                  "Netto driftsresultat går ned og er under anbefalt nivå.",
                  "Det må gjennomføres innsparinger for å skape balanse i budsjettet.")),
              new ChallengeConcept("organisasjon.digitalisering", 4, List.of(
                  "Digitaliseringen av tjenestene går for sakte.",
                  "Kommunen må digitalisere flere arbeidsprosesser.",
                  "Mange fagsystemer er gamle og lite integrerte.",
                  "Informasjonssikkerheten må styrkes i takt med økt digitalisering.")),
              new ChallengeConcept("organisasjon.arbeidskraft", 3, List.of(
                  "Kommunen konkurrerer om arbeidskraft i et stramt arbeidsmarked.",
                  "Det er krevende å rekruttere spesialister innen økonomi og IKT.",
                  "Rekrutteringen av fagfolk til administrative stillinger blir vanskeligere.",
                  "Tilgangen på kvalifisert arbeidskraft er en økende utfordring."))),
          List.of(
              "arkivordningen", "lønns- og personalpolitikken", "lederutviklingsprogrammet",
              "innkjøpsstrategien", "internkontrollen på økonomiområdet", "den nye nettsiden",
              "telefoniløsningen", "medarbeiderundersøkelsen", "varslingsrutinene",
              "forsikringsavtalene", "eierskapsmeldingen", "politikeropplæringen")));
}
