package no.trendspor.cli;

/**
 * Writing the report failed while it was being written (disk full, a closed pipe, a device
 * error): exit status {@value Main#WRITE_ERROR}. The message names the destination as the user
 * gave it, never a temporary file.
 */
final class WriteFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    WriteFailedException(String message) {
        super(message);
    }
}
