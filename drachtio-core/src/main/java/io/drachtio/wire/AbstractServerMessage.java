package io.drachtio.wire;

import java.util.Arrays;
import java.util.List;

/**
 * Field storage, equality and a printable form shared by the kinds of {@link ServerMessage}.
 */
abstract class AbstractServerMessage {

    /** Typed access to {@link #fields()} for the subclasses. */
    final FieldReader reader;

    private final List<String> fields;
    private final byte[] sip;

    /**
     * Stores the fields and SIP part.
     *
     * @param fields first-line fields, unmodifiable, at least two
     * @param sip the SIP part (not copied)
     */
    AbstractServerMessage(List<String> fields, byte[] sip) {
        this.fields = fields;
        this.sip = sip;
        this.reader = new FieldReader(fields);
    }

    /**
     * Returns field 0.
     *
     * @return the message id
     */
    public final String id() {
        return fields.get(0);
    }

    /**
     * Returns field 1.
     *
     * @return the message type
     */
    public final String type() {
        return fields.get(1);
    }

    /**
     * Returns all first-line fields.
     *
     * @return the fields, unmodifiable
     */
    public final List<String> fields() {
        return fields;
    }

    /**
     * Returns the SIP part; the array is the message's own and must not be modified.
     *
     * @return the SIP bytes, empty when there is none
     */
    public final byte[] sip() {
        return sip;
    }

    /**
     * Messages are equal when they are of the same kind with equal fields and SIP bytes.
     *
     * @param other the object to compare with
     * @return {@code true} when equal
     */
    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && fields.equals(((AbstractServerMessage) other).fields)
                && Arrays.equals(sip, ((AbstractServerMessage) other).sip);
    }

    /**
     * Returns a hash of fields and SIP bytes.
     *
     * @return the hash code
     */
    @Override
    public final int hashCode() {
        return 31 * fields.hashCode() + Arrays.hashCode(sip);
    }

    /**
     * Returns the kind, an excerpt of the first line and the size of the SIP part.
     *
     * @return a short description
     */
    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + FrameText.excerpt(fields) + ", sip " + sip.length + " bytes]";
    }
}
