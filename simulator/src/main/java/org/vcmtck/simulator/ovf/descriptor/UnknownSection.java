package org.vcmtck.simulator.ovf.descriptor;

/** A section this reader does not understand; {@code required} is ovf:required (default true). */
public record UnknownSection(String namespace, String localName, boolean required, String info) {
    public String qualifiedName() {
        return "{" + namespace + "}" + localName;
    }
}
