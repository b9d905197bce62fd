package org.vcmtck.assertions.wbem;

/** A WBEM server's answer is not a CIM-XML response the checker can read; the message says what is wrong. */
public final class CimXmlResponseException extends Exception {

    public CimXmlResponseException(String message) {
        super(message);
    }
}
