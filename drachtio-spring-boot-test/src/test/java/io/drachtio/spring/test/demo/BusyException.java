package io.drachtio.spring.test.demo;

/** Thrown by a handler when the callee is busy; {@link CallAdvice} turns it into a 486. */
public class BusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public BusyException() {
        super("callee busy");
    }
}
