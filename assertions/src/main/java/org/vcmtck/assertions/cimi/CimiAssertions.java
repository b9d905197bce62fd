package org.vcmtck.assertions.cimi;

/** Entry points of the CIMI assertions. */
public final class CimiAssertions {

    private CimiAssertions() {
    }

    public static CimiResourceAssert assertThatResource(CimiDocument document) {
        return new CimiResourceAssert(document);
    }

    /** A collection whose entries are the JSON array {@code jsonArray} / XML elements {@code xmlElement}. */
    public static CimiCollectionAssert assertThatCollection(CimiDocument document, String jsonArray,
                                                            String xmlElement) {
        return new CimiCollectionAssert(document, jsonArray, xmlElement);
    }
}
