package no.trendspor.cli;

/** The command was called with arguments that do not fit together. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
