package org.vcmtck.assertions.cimi;

/** A body that cannot be read as a CIMI representation in the format it claims; says which format and why. */
public final class CimiDocumentException extends RuntimeException {

    private final CimiFormat format;

    public CimiDocumentException(CimiFormat format, String problem, Throwable cause) {
        super("not a readable CIMI " + format + " representation: " + problem, cause);
        this.format = format;
    }

    public CimiFormat format() {
        return format;
    }
}
