package no.trendspor.tables;

import java.nio.charset.StandardCharsets;

/**
 * A KOSTRA-like extract written by hand in the JSON-stat 2.0 form SSB's PxWebApi serves
 * ({@code format=json-stat2}): object-valued {@code category.index}, {@code category.unit} on the
 * contents dimension, {@code role}, sparse {@code status}, the {@code extension.px} block. The
 * numbers are made up. Bærum appears under its old number 0219 and, re-keyed as SSB does, under
 * 3024 for the earlier years too.
 */
final class SsbFixtures {

    private SsbFixtures() {
    }

    static final String KOSTRA_JSON_STAT = """
            {
              "version": "2.0",
              "class": "dataset",
              "label": "99999: Utvalgte nøkkeltall for barnehager (K), etter region, statistikkvariabel og år",
              "source": "Statistisk sentralbyrå",
              "updated": "2021-03-15T06:00:00Z",
              "note": ["Tallene er oppdiktet for test."],
              "role": {"time": ["Tid"], "metric": ["ContentsCode"], "geo": ["KOKkommuneregion0000"]},
              "id": ["KOKkommuneregion0000", "ContentsCode", "Tid"],
              "size": [3, 2, 3],
              "dimension": {
                "KOKkommuneregion0000": {
                  "label": "region",
                  "category": {
                    "index": {"0219": 0, "3024": 1, "1103": 2},
                    "label": {"0219": "Bærum (-2019)", "3024": "Bærum (2020-2023)", "1103": "Stavanger"}
                  }
                },
                "ContentsCode": {
                  "label": "statistikkvariabel",
                  "category": {
                    "index": {"KOSandelbhg0000": 0, "KOSutgbarn0000": 1},
                    "label": {
                      "KOSandelbhg0000": "Andel barn 1-5 år med barnehageplass",
                      "KOSutgbarn0000": "Korrigerte brutto driftsutgifter per barn i kommunal barnehage"
                    },
                    "unit": {
                      "KOSandelbhg0000": {"base": "prosent", "decimals": 1},
                      "KOSutgbarn0000": {"base": "kr", "decimals": 0}
                    }
                  }
                },
                "Tid": {
                  "label": "år",
                  "category": {
                    "index": {"2018": 0, "2019": 1, "2020": 2},
                    "label": {"2018": "2018", "2019": "2019", "2020": "2020"}
                  }
                }
              },
              "extension": {
                "px": {"infofile": "None", "tableid": "99999", "decimals": 1, "official-statistics": true,
                       "aggregallowed": false, "language": "no", "matrix": "KOSbarnehage99", "subject-code": "al"}
              },
              "value": [
                91.7, 92.3, null,
                190100, 195400, null,
                91.7, 92.3, 93.0,
                190100, 195400, 201450,
                null, 88.2, 89.0,
                176000, 181250, null
              ],
              "status": {"2": ".", "5": ".", "12": "..", "17": ":"}
            }
            """;

    /** The same numbers as {@link #KOSTRA_JSON_STAT}, as the statistics bank's semicolon CSV. */
    static final String KOSTRA_CSV = """
            "99999: Utvalgte nøkkeltall for barnehager (K), etter region, statistikkvariabel og år"

            "region";"statistikkvariabel";"år";"99999: Utvalgte nøkkeltall for barnehager (K)"
            "0219 Bærum (-2019)";"Andel barn 1-5 år med barnehageplass";"2018";91,7
            "0219 Bærum (-2019)";"Andel barn 1-5 år med barnehageplass";"2019";92,3
            "0219 Bærum (-2019)";"Andel barn 1-5 år med barnehageplass";"2020";.
            "0219 Bærum (-2019)";"Korrigerte brutto driftsutgifter per barn i kommunal barnehage";"2018";190100
            "0219 Bærum (-2019)";"Korrigerte brutto driftsutgifter per barn i kommunal barnehage";"2019";195400
            "0219 Bærum (-2019)";"Korrigerte brutto driftsutgifter per barn i kommunal barnehage";"2020";.
            "3024 Bærum (2020-2023)";"Andel barn 1-5 år med barnehageplass";"2018";91,7
            "3024 Bærum (2020-2023)";"Andel barn 1-5 år med barnehageplass";"2019";92,3
            "3024 Bærum (2020-2023)";"Andel barn 1-5 år med barnehageplass";"2020";93,0
            "3024 Bærum (2020-2023)";"Korrigerte brutto driftsutgifter per barn i kommunal barnehage";"2018";190100
            "3024 Bærum (2020-2023)";"Korrigerte brutto driftsutgifter per barn i kommunal barnehage";"2019";195400
            "3024 Bærum (2020-2023)";"Korrigerte brutto driftsutgifter per barn i kommunal barnehage";"2020";201450
            "1103 Stavanger";"Andel barn 1-5 år med barnehageplass";"2018";..
            "1103 Stavanger";"Andel barn 1-5 år med barnehageplass";"2019";88,2
            "1103 Stavanger";"Andel barn 1-5 år med barnehageplass";"2020";89,0
            "1103 Stavanger";"Korrigerte brutto driftsutgifter per barn i kommunal barnehage";"2018";176000
            "1103 Stavanger";"Korrigerte brutto driftsutgifter per barn i kommunal barnehage";"2019";181250
            "1103 Stavanger";"Korrigerte brutto driftsutgifter per barn i kommunal barnehage";"2020";:
            """;

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
