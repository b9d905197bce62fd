package org.vcmtck.assertions.ovf.env;

import java.io.IOException;

/** The file is not a well-formed ISO 9660 image; the message names the sector, record or path that is wrong. */
public final class IsoFormatException extends IOException {

    public IsoFormatException(String message) {
        super(message);
    }
}
