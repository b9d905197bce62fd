package org.vcmtck.assertions.ovf;

/** Entry point: {@code OvfAssertions.assertThat(pkg).hasDescriptorFirst().hasMatchingManifestDigests()}. */
public final class OvfAssertions {

    private OvfAssertions() {
    }

    public static OvfPackageAssert assertThat(RawOvfPackage pkg) {
        return new OvfPackageAssert(pkg);
    }

    public static OvfDescriptorAssert assertThat(OvfDescriptor descriptor) {
        return new OvfDescriptorAssert(descriptor, "descriptor");
    }
}
