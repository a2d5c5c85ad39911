package no.trendspor.cli;

/** The report could not be written where the user asked. */
final class OutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutputException(String message) {
        super(message);
    }
}
