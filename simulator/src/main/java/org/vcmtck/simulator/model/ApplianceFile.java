package org.vcmtck.simulator.model;

/**
 * One References File of a deployed package whose bytes were kept for re-export. {@code contentKey} names the
 * bytes in the content store of the OVF layer (the lower-case hex SHA-256 of the file's content as deployed,
 * i.e. decompressed and with its chunks joined); {@code size} is that content's length in bytes.
 */
public record ApplianceFile(String id, String href, long size, String contentKey) {
    public ApplianceFile {
        Checks.nonBlank("id", id);
        Checks.nonBlank("href", href);
        Checks.nonBlank("contentKey", contentKey);
        if (size < 0) {
            throw ModelException.invalid("size", "must not be negative, was " + size);
        }
    }
}
