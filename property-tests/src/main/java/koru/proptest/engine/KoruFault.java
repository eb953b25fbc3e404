package koru.proptest.engine;

/**
 * Why a case stopped without a verdict of its own (an overflow, a proc that threw, a contract a mock
 * broke), or why a file could not be tested (its front-end errors): JUnit reports it as an error, not
 * as a failed assertion. It has no stack trace: the message is the whole story.
 */
public final class KoruFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KoruFault(String message) {
        super(message, null, false, false);
    }
}
