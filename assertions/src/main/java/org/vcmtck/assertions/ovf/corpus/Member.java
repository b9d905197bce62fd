package org.vcmtck.assertions.ovf.corpus;

import java.util.Objects;

/** One file of a package as it will be stored: a tar member of an OVA or a loose file of a directory package. */
record Member(String name, byte[] bytes) {

    Member {
        Objects.requireNonNull(name, "name");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    int size() {
        return bytes.length;
    }
}
