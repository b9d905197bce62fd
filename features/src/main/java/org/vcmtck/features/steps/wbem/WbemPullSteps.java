package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.testng.SkipException;
import org.vcmtck.assertions.wbem.CimError;
import org.vcmtck.assertions.wbem.CimStatusCodes;
import org.vcmtck.assertions.wbem.CimXmlInstanceName;
import org.vcmtck.assertions.wbem.CimXmlResponse;

/** Pull enumerations and paging (WBEM-PULL-001..008), for targets claiming the optional feature wbem-pull. */
public class WbemPullSteps {

    private static final int INVALID_OPERATION_TIMEOUT = 22;
    private static final int FILTERED_ENUMERATION_NOT_SUPPORTED = 25;
    private static final int CONTINUATION_ON_ERROR_NOT_SUPPORTED = 26;

    private final WbemContext wbem;
    private final WbemDiscovery discovery;

    public WbemPullSteps(WbemContext wbem, WbemDiscovery discovery) {
        this.wbem = wbem;
        this.discovery = discovery;
    }

    @Given("the target claims the optional WBEM feature {string}")
    public void theTargetClaims(String feature) {
        if (!wbem.world().session().target().claims().claimsFeature(feature)) {
            throw new SkipException("the target does not claim the optional feature " + feature);
        }
    }

    @Then("opening a path enumeration with MaxObjectCount 0 returns no paths, an open end and a context")
    public void openWithZero() {
        CimXmlResponse open = open();
        if (!open.instanceNames().isEmpty()) {
            throw new AssertionError("[WBEM-PULL-002] OpenEnumerateInstancePaths with MaxObjectCount 0 returned "
                    + open.instanceNames().size() + " paths");
        }
        if (!"FALSE".equalsIgnoreCase(open.outParameter("EndOfSequence").orElse("").strip())) {
            throw new AssertionError("[WBEM-PULL-001] OpenEnumerateInstancePaths over " + discovery.instanceNames()
                    .size() + " instances with MaxObjectCount 0 answered EndOfSequence "
                    + open.outParameter("EndOfSequence").orElse("(missing)") + ", not FALSE");
        }
        context(open);
    }

    @Then("pulling one path at a time returns every instance name once, then ends the enumeration")
    public void pullOneByOne() {
        String context = context(open());
        List<CimXmlInstanceName> pulled = new ArrayList<>();
        int limit = discovery.instanceNames().size() + 3;
        String lastContext = context;
        boolean ended = false;
        for (int i = 0; i < limit && !ended; i++) {
            lastContext = context;
            CimXmlResponse batch = pull(context);
            if (batch.instanceNames().size() > 1) {
                throw new AssertionError("[WBEM-PULL-002] PullInstancePaths with MaxObjectCount 1 returned "
                        + batch.instanceNames().size() + " paths");
            }
            pulled.addAll(batch.instanceNames());
            ended = "TRUE".equalsIgnoreCase(batch.outParameter("EndOfSequence").orElse("").strip());
            if (!ended) {
                context = context(batch);
            }
        }
        if (!ended) {
            throw new AssertionError("[WBEM-PULL-003] " + limit + " pulls of one path over "
                    + discovery.instanceNames().size() + " instances never reached EndOfSequence TRUE");
        }
        Set<String> expected = WbemInstanceSteps.identities(discovery.instanceNames());
        Set<String> got = WbemInstanceSteps.identities(pulled);
        if (pulled.size() != got.size() || !got.equals(expected)) {
            throw new AssertionError("[WBEM-PULL-003] the pulled paths " + pulled + " are not the enumerated names "
                    + expected);
        }
        CimXmlResponse after = wbem.answer("WBEM-PULL-004", discovery.instanceNamespace(), "PullInstancePaths",
                WbemRequests.value("EnumerationContext", lastContext) + WbemRequests.value("MaxObjectCount", "1"));
        WbemContext.expectErrorCode("WBEM-PULL-004", "a pull on the finished enumeration", after,
                CimStatusCodes.INVALID_ENUMERATION_CONTEXT);
    }

    @Then("closing an open enumeration makes its context invalid")
    public void closeInvalidates() {
        String context = context(open());
        wbem.success("WBEM-PULL-005", discovery.instanceNamespace(), "CloseEnumeration",
                WbemRequests.value("EnumerationContext", context));
        CimXmlResponse after = wbem.answer("WBEM-PULL-005", discovery.instanceNamespace(), "PullInstancePaths",
                WbemRequests.value("EnumerationContext", context) + WbemRequests.value("MaxObjectCount", "1"));
        WbemContext.expectErrorCode("WBEM-PULL-005", "a pull on a closed enumeration", after,
                CimStatusCodes.INVALID_ENUMERATION_CONTEXT);
    }

    @Then("an enumeration opened with OperationTimeout 1 is closed by the server after it has been idle longer")
    public void idleSessionExpires() throws InterruptedException {
        CimXmlResponse open = wbem.answer("WBEM-PULL-006", discovery.instanceNamespace(),
                "OpenEnumerateInstancePaths", WbemRequests.className(WbemDiscovery.ROOT_CLASS)
                        + WbemRequests.value("OperationTimeout", "1") + WbemRequests.value("MaxObjectCount", "0"));
        Optional<CimError> refused = WbemContext.readError("WBEM-PULL-006", open);
        if (refused.isPresent() && refused.get().code() == INVALID_OPERATION_TIMEOUT) {
            throw new SkipException("the target refuses OperationTimeout 1 (a server may): " + refused.get());
        }
        if (refused.isPresent()) {
            throw new AssertionError("[WBEM-PULL-006] OpenEnumerateInstancePaths with OperationTimeout 1 failed: "
                    + refused.get());
        }
        String context = context(open);
        // well past the timeout, so that a server checking it at whole seconds has passed it too
        Thread.sleep(3_000);
        CimXmlResponse after = wbem.answer("WBEM-PULL-006", discovery.instanceNamespace(), "PullInstancePaths",
                WbemRequests.value("EnumerationContext", context) + WbemRequests.value("MaxObjectCount", "1"));
        WbemContext.expectErrorCode("WBEM-PULL-006", "a pull 3 s after an enumeration opened with OperationTimeout"
                + " 1 s", after, CimStatusCodes.INVALID_ENUMERATION_CONTEXT);
    }

    @Then("opening an enumeration with a filter query the server does not support is refused as such")
    public void unsupportedFilter() {
        CimXmlResponse open = wbem.answer("WBEM-PULL-007", discovery.instanceNamespace(),
                "OpenEnumerateInstancePaths", WbemRequests.className(WbemDiscovery.ROOT_CLASS)
                        + WbemRequests.value("FilterQueryLanguage", "DMTF:FQL")
                        + WbemRequests.value("FilterQuery", "InstanceID = \"vcmtck\"")
                        + WbemRequests.value("MaxObjectCount", "0"));
        Optional<CimError> error = WbemContext.readError("WBEM-PULL-007", open);
        if (error.isEmpty()) {
            closeQuietly(open);
            throw new SkipException("the target supports DMTF:FQL filter queries; the refusal cannot be checked");
        }
        WbemContext.expectErrorCode("WBEM-PULL-007", "OpenEnumerateInstancePaths with a DMTF:FQL FilterQuery",
                open, FILTERED_ENUMERATION_NOT_SUPPORTED);
    }

    @Then("opening an enumeration with ContinueOnError either works or is refused as not supported")
    public void continueOnError() {
        CimXmlResponse open = wbem.answer("WBEM-PULL-007", discovery.instanceNamespace(),
                "OpenEnumerateInstancePaths", WbemRequests.className(WbemDiscovery.ROOT_CLASS)
                        + WbemRequests.flag("ContinueOnError", true) + WbemRequests.value("MaxObjectCount", "0"));
        if (WbemContext.readError("WBEM-PULL-007", open).isEmpty()) {
            closeQuietly(open);
            return;
        }
        WbemContext.expectErrorCode("WBEM-PULL-007", "OpenEnumerateInstancePaths with ContinueOnError TRUE", open,
                CONTINUATION_ON_ERROR_NOT_SUPPORTED);
    }

    @Then("EnumerationCount on an open enumeration returns a count or is refused as not supported")
    public void enumerationCount() {
        CimXmlResponse open = open();
        String context = context(open);
        CimXmlResponse count = wbem.answer("WBEM-PULL-008", discovery.instanceNamespace(), "EnumerationCount",
                WbemRequests.value("EnumerationContext", context));
        Optional<CimError> error = WbemContext.readError("WBEM-PULL-008", count);
        if (error.isPresent()) {
            WbemContext.expectErrorCode("WBEM-PULL-008", "EnumerationCount", count, CimStatusCodes.NOT_SUPPORTED);
        } else {
            List<String> values = count.returnedElements();
            if (!values.isEmpty() && !values.equals(List.of("VALUE"))) {
                throw new AssertionError("[WBEM-PULL-008] EnumerationCount must return one VALUE (or none), not "
                        + values);
            }
        }
        // the count (or its refusal) must not end the enumeration
        CimXmlResponse rest = wbem.answer("WBEM-PULL-008", discovery.instanceNamespace(), "PullInstancePaths",
                WbemRequests.value("EnumerationContext", context) + WbemRequests.value("MaxObjectCount", "1"));
        if (WbemContext.readError("WBEM-PULL-008", rest).isPresent()) {
            throw new AssertionError("[WBEM-PULL-008] a pull after EnumerationCount failed: "
                    + WbemContext.readError("WBEM-PULL-008", rest).get());
        }
        closeQuietly(rest);
    }

    private void closeQuietly(CimXmlResponse open) {
        String context = open.outParameter("EnumerationContext").orElse("").strip();
        boolean ended = "TRUE".equalsIgnoreCase(open.outParameter("EndOfSequence").orElse("").strip());
        if (!context.isEmpty() && !ended) {
            wbem.call(discovery.instanceNamespace(), "CloseEnumeration",
                    WbemRequests.value("EnumerationContext", context));
        }
    }

    private CimXmlResponse open() {
        return wbem.success("WBEM-PULL-001", discovery.instanceNamespace(), "OpenEnumerateInstancePaths",
                WbemRequests.className(WbemDiscovery.ROOT_CLASS) + WbemRequests.value("MaxObjectCount", "0"));
    }

    private CimXmlResponse pull(String context) {
        return wbem.success("WBEM-PULL-003", discovery.instanceNamespace(), "PullInstancePaths",
                WbemRequests.value("EnumerationContext", context) + WbemRequests.value("MaxObjectCount", "1"));
    }

    private static String context(CimXmlResponse response) {
        String context = response.outParameter("EnumerationContext").orElse("").strip();
        if (context.isEmpty()) {
            throw new AssertionError("[WBEM-PULL-001] an open enumeration's response carries no EnumerationContext");
        }
        return context;
    }
}
