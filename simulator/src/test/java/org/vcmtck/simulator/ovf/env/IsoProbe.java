package org.vcmtck.simulator.ovf.env;

/** Lets tests of other packages read a file from an image's Joliet tree with the tests' own ISO reader. */
public final class IsoProbe {
    private final IsoImageReader reader;

    public IsoProbe(byte[] image) {
        this.reader = new IsoImageReader(image);
    }

    /** The file at '/'-separated {@code path} in the Joliet tree, or null. */
    public byte[] jolietFile(String path) {
        return reader.files(reader.descriptorSector(2), true).get(path);
    }
}
