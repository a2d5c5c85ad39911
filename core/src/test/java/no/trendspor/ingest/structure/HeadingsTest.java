package no.trendspor.ingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.trendspor.ingest.structure.Headings.Meaning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a heading means, read from its words: the wordings here are made up to vary the way
 * municipalities word their headings (numbers, possessives, compounds, nynorsk), not taken from
 * any report.
 */
class HeadingsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // challenges: the head of the first noun phrase, in any wording
        "Utfordringer | CHALLENGES",
        "Utfordringer fremover | CHALLENGES",
        "Våre største utfordringer | CHALLENGES",
        "Kommunens hovedutfordringer | CHALLENGES",
        "3.2 Utfordringsbildet | CHALLENGES",
        "2.1 Utfordringsbildet – Storvik 2040 | CHALLENGES",
        "Utfordringar og moglegheiter | CHALLENGES",
        "Utfordringer og muligheter i planperioden | CHALLENGES",
        "Sentrale utfordringer innenfor tjenesteområdet | CHALLENGES",
        "Rekrutteringsutfordringer | CHALLENGES",
        "Vei, vann og avløpsutfordringen | CHALLENGES",
        // a sentence, or a phrase in which the challenge is no head, is no challenges heading
        "Vi skal løse morgendagens utfordringer | TOPIC",
        "Krise – nye utfordringer og nye svar | TOPIC",
        "Grep for å møte utfordringene | TOPIC",
        // results and key figures
        "Viktige resultater og innsatser i 2031 | RESULTS",
        "Årets resultater | RESULTS",
        "Nøkkeltall for økonomien | KEY_FIGURES",
        // tables of contents and front matter
        "Innhold | CONTENTS",
        "INNHOLDSFORTEGNELSE | CONTENTS",
        "Forord | FRONT_MATTER",
        "Kommunedirektørens innledning | FRONT_MATTER",
        "Ordføreren har ordet | FRONT_MATTER",
        "Hopp til innhold hopp til søk hopp til meny | TOPIC",
        // service areas: "Sektor", numbers and codes are no part of the name
        "7 Helse og omsorg | SERVICE_AREA",
        "Sektor kultur og fritid | SERVICE_AREA",
        "P12 Tekniske tjenester | SERVICE_AREA",
        "Barnevernstjenesten | SERVICE_AREA",
        "Oppvekst og utdanning | SERVICE_AREA",
        "Eiendom og kommunalteknikk | SERVICE_AREA",
        "Kultur 2b | TOPIC",
        // compounds whose head is no service area, and topics
        "Velferdsteknologi i hjemmet | TOPIC",
        "Befolkningsveksten | TOPIC",
        // parts of a sector's text
        "Status | SECTION",
        "Viktige innsatser i perioden | SECTION",
        "Måloppnåelse for tjenestene | SECTION",
        "Oppvekst – brutto driftsutgifter 2030 | TOPIC",
    })
    void meaning(String heading, Meaning meaning) {
        assertEquals(meaning, Headings.of(heading.strip()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "4 Sektor barn og unge | Barn og unge",
        "Kommunalområde helse og velferd | Helse og velferd",
        "P05 Helse og omsorg | Helse og omsorg",
        "5.4.3 Barneverntjenester | Barneverntjenester",
        "Kultur 2031 | Kultur",
        "Tabell 9.2 Barnehage | Barnehage",
        "sektor helse | Helse",
        "Pleie Og Omsorg | Pleie og omsorg",
        "Oppvekst Skole | Oppvekst Skole",
        "Arbeid Og NAV | Arbeid og NAV",
    })
    void serviceAreaNames(String heading, String name) {
        assertEquals(name, Headings.serviceAreaName(heading.strip()));
    }

    @org.junit.jupiter.api.Test
    void compoundsMatchByTheirHeadNotByAnyLetters() {
        HeadingLexicon lexicon = HeadingLexicon.standard();
        assertTrue(lexicon.matches(HeadingLexicon.Group.SERVICE_AREA, "hjemmetjenestene"));
        assertTrue(lexicon.matches(HeadingLexicon.Group.SERVICE_AREA, "skolebarn"));
        assertFalse(lexicon.matches(HeadingLexicon.Group.SERVICE_AREA, "lunge"), "no first part of three letters");
        assertFalse(lexicon.matches(HeadingLexicon.Group.SERVICE_AREA, "velferdsteknologi"), "the head is 'teknologi'");
        assertTrue(Headings.introduction("6.1 Innledning"));
        assertFalse(Headings.introduction("Rådmannens innledning"));
    }
}
