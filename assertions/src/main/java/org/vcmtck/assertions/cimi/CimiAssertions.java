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

    /** One entry of a ResourceMetadataCollection (CIMI-RMD-002..005). */
    public static CimiResourceMetadataAssert assertThatResourceMetadata(CimiDocument document) {
        return new CimiResourceMetadataAssert(document);
    }

    /** One Job (CIMI-JOB-001..003). */
    public static CimiJobAssert assertThatJob(CimiDocument document) {
        return new CimiJobAssert(document);
    }
}
