package no.trendspor.model;

/** What kind of document a report text is. */
public enum DocumentKind {
    /** An annual report (årsrapport, årsmelding, årsberetning): what was done and achieved in one year. */
    ANNUAL_REPORT("annualReport"),
    /**
     * A plan for the years ahead (handlingsprogram, handlings- og økonomiplan, økonomiplan): its
     * challenges and planned efforts, over a period of several years.
     */
    PLAN("plan");

    private final String jsonName;

    DocumentKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in JSON output. */
    public String jsonName() {
        return jsonName;
    }
}
