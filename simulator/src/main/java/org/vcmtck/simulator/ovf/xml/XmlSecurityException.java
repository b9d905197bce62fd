package org.vcmtck.simulator.ovf.xml;

/** A document refused before or while parsing: DOCTYPE/entities, oversize, too deep, or not well-formed. */
public final class XmlSecurityException extends Exception {
    private static final long serialVersionUID = 1L;

    public XmlSecurityException(String message) {
        super(message);
    }

    public XmlSecurityException(String message, Throwable cause) {
        super(message, cause);
    }
}
