package org.vcmtck.features.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Catalogue;

public class InteropRegistrationsTest {

    @Test
    public void theTargetsOwnInteropNamespaceIsTriedFirstThenTheUsualOnesOnce() {
        assertThat(InteropRegistrations.candidateNamespaces(Optional.of("root/PG_InterOp")))
                .containsExactly("root/PG_InterOp", "interop", "root/interop");
        assertThat(InteropRegistrations.candidateNamespaces(Optional.of("vendor/interop")))
                .containsExactly("vendor/interop", "interop", "root/interop", "root/PG_InterOp");
        assertThat(InteropRegistrations.candidateNamespaces(Optional.empty()))
                .containsExactly("interop", "root/interop", "root/PG_InterOp");
    }

    @Test
    public void aTargetWithoutWbemEndpointIsNotAsked() {
        assertThat(InteropRegistrations.discover(Catalogue.loadDefault(), Map.of("cimi", "http://127.0.0.1:1/cimi"),
                Optional.empty()).performed()).isFalse();
    }

    @Test
    public void aWbemEndpointThatCannotBeReachedLeavesTheClaimsAndSaysWhy() {
        var discovery = InteropRegistrations.discover(Catalogue.loadDefault(),
                Map.of("wbem", "http://127.0.0.1:1/cimom", "interopNamespace", "root/interop"), Optional.empty());
        assertThat(discovery.performed()).isFalse();
        assertThat(discovery.problem()).startsWith("root/interop: ").contains("interop: ");
    }
}
