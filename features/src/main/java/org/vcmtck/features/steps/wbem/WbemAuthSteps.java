package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.testng.SkipException;
import org.vcmtck.assertions.wbem.CimError;
import org.vcmtck.assertions.wbem.CimXmlInstanceName;
import org.vcmtck.features.steps.wbem.WbemContext.Authentication;
import org.vcmtck.profiles.target.Credentials;

/**
 * Authorisation (DSP0200 security): a user the server knows but who may not change state is answered 200 with
 * CIM_ERR_ACCESS_DENIED. The target file names such a user under {@code credentials.wbemReadOnly}. The writes are
 * aimed at an instance that does not exist, so a server that wrongly lets them through changes nothing it holds.
 */
public class WbemAuthSteps {

    /** The target-file credentials kind of a WBEM user without write permission. */
    static final String READ_ONLY = "wbemReadOnly";

    private final WbemContext wbem;
    private final WbemDiscovery discovery;

    public WbemAuthSteps(WbemContext wbem, WbemDiscovery discovery) {
        this.wbem = wbem;
        this.discovery = discovery;
    }

    @Given("the target gives credentials of a read-only WBEM user")
    public void theTargetGivesReadOnlyCredentials() {
        if (readOnly().isEmpty()) {
            throw new SkipException("the target file gives no credentials." + READ_ONLY + ", so no user without "
                    + "write permission is known");
        }
    }

    @Given("the read-only user's read request is served")
    public void theReadOnlyUsersReadIsServed() {
        // without this control a server refusing the user altogether would pass the denial check
        String ns = wbem.interopNamespace();
        WbemExchange exchange = sendAsReader(ns, "EnumerateClassNames", "");
        if (exchange.status() != 200) {
            throw new AssertionError("[" + wbem.requirements() + "] the read-only user's EnumerateClassNames was "
                    + "not served: " + exchange.summary());
        }
        Optional<CimError> error = WbemContext.readError(wbem.requirements(), exchange.response(wbem.requirements()));
        if (error.isPresent()) {
            throw new AssertionError("[" + wbem.requirements() + "] the read-only user may not even read: "
                    + error.get());
        }
    }

    @When("the read-only user calls {word} on an instance that does not exist")
    public void theReadOnlyUserWrites(String operation) {
        CimXmlInstanceName existing = discovery.keyedInstance().orElseThrow(() -> new SkipException(
                "the server shows no instance with keys to aim a write at"));
        Map<String, String> keys = new LinkedHashMap<>(existing.keys());
        String first = keys.keySet().iterator().next();
        keys.put(first, keys.get(first) + "-vcmtck-absent-" + WbemContext.nextId());
        String params = switch (operation) {
            case "DeleteInstance" -> WbemRequests.instanceName(existing.className(), keys);
            case "CreateInstance" -> "<IPARAMVALUE NAME=\"NewInstance\">" + instance(existing.className(), keys)
                    + "</IPARAMVALUE>";
            case "ModifyInstance" -> "<IPARAMVALUE NAME=\"ModifiedInstance\"><VALUE.NAMEDINSTANCE>"
                    + WbemRequests.instanceName(existing.className(), keys)
                    .replace("<IPARAMVALUE NAME=\"InstanceName\">", "").replace("</IPARAMVALUE>", "")
                    + instance(existing.className(), keys) + "</VALUE.NAMEDINSTANCE></IPARAMVALUE>";
            default -> throw new IllegalArgumentException("no write operation " + operation);
        };
        sendAsReader(discovery.instanceNamespace(), operation, params);
    }

    @Then("the server answers HTTP 200 with CIM_ERR_ACCESS_DENIED")
    public void theServerDeniesAccess() {
        WbemExchange exchange = wbem.last();
        if (exchange.status() != 200) {
            throw new AssertionError("[" + wbem.requirements() + "] " + exchange.summary() + "; an authenticated "
                    + "user without permission is answered 200 with ERROR 2, not at the HTTP level");
        }
        WbemContext.expectErrorCode(wbem.requirements(), exchange.operation() + " by the read-only user",
                exchange.response(wbem.requirements()), 2);
    }

    private Optional<Credentials> readOnly() {
        return Optional.ofNullable(wbem.world().session().target().credentials().get(READ_ONLY));
    }

    private WbemExchange sendAsReader(String ns, String operation, String params) {
        Credentials reader = readOnly().orElseThrow(() -> new SkipException("no read-only WBEM user"));
        Map<String, String> headers = new LinkedHashMap<>(WbemContext.intrinsicHeaders(operation, ns));
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((reader.user() + ":"
                + reader.password()).getBytes(StandardCharsets.UTF_8)));
        return wbem.send("POST", headers, WbemRequests.intrinsic(WbemContext.nextId(), ns, operation, params)
                .getBytes(StandardCharsets.UTF_8), Authentication.NONE, operation + " in " + ns + " as "
                + reader.user());
    }

    private static String instance(String className, Map<String, String> keys) {
        StringBuilder out = new StringBuilder("<INSTANCE CLASSNAME=\"" + WbemRequests.escape(className) + "\">");
        keys.forEach((k, v) -> out.append("<PROPERTY NAME=\"").append(WbemRequests.escape(k))
                .append("\" TYPE=\"string\"><VALUE>").append(WbemRequests.escape(v)).append("</VALUE></PROPERTY>"));
        return out.append("</INSTANCE>").toString();
    }
}
