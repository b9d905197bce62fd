package org.vcmtck.features.steps.wbem;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.testng.SkipException;
import org.vcmtck.assertions.wbem.CimError;
import org.vcmtck.assertions.wbem.CimStatusCodes;
import org.vcmtck.assertions.wbem.CimXmlClass;
import org.vcmtck.assertions.wbem.CimXmlInstance;
import org.vcmtck.assertions.wbem.CimXmlMessageShape;
import org.vcmtck.assertions.wbem.CimXmlMessageShape.KeyBinding;
import org.vcmtck.assertions.wbem.CimXmlProperty;
import org.vcmtck.assertions.wbem.CimXmlResponse;
import org.vcmtck.assertions.wbem.CimXmlResponseException;
import org.vcmtck.features.steps.wbem.WbemContext.Authentication;

/**
 * CIM-XML message structure (WBEM-XML-004..017) and the shape of errors and method outcomes (WBEM-ERR-003/004).
 * Every subject is found through the server itself: its instances under CIM_ManagedElement, its registered
 * profiles' GetCentralInstances (DSP1033), its methods whose parameters carry EmbeddedInstance.
 */
public class WbemMessageSteps {

    private static final String REGISTERED_PROFILE = "CIM_RegisteredProfile";
    private static final String CENTRAL = "GetCentralInstances";
    /** CIM_ERR_METHOD_NOT_AVAILABLE: DSP1033 makes GetCentralInstances optional. */
    private static final int METHOD_NOT_AVAILABLE = 16;

    private final WbemContext wbem;
    private final WbemDiscovery discovery;
    private NamedInstance profile;
    private EmbeddedTarget embedded;

    public WbemMessageSteps(WbemContext wbem, WbemDiscovery discovery) {
        this.wbem = wbem;
        this.discovery = discovery;
    }

    /** An instance name as the server wrote it, with the namespace it came from. */
    private record NamedInstance(String namespace, String className, List<KeyBinding> keys) {
    }

    /** A method with an EmbeddedInstance parameter and an instance to call it on. */
    private record EmbeddedTarget(CimXmlMessageShape.EmbeddedParameter parameter, NamedInstance instance) {
    }

    // ------------------------------------------------------------------ WBEM-XML-004

    @When("the client sends a simple request holding two intrinsic calls")
    public void twoCallsInOneSimpleRequest() {
        String ns = wbem.interopNamespace();
        wbem.send("POST", WbemContext.intrinsicHeaders("EnumerateClassNames", ns), WbemMessageRequests
                .simpleRequestWith(ns, List.of("EnumerateClassNames", "EnumerateClassNames"))
                .getBytes(StandardCharsets.UTF_8), Authentication.TARGET, "SIMPLEREQ with two IMETHODCALLs");
    }

    @When("the client sends a multiple request without a CIMBatch header")
    public void multiRequestWithoutBatchHeader() {
        String ns = wbem.interopNamespace();
        wbem.send("POST", WbemContext.intrinsicHeaders("EnumerateClassNames", ns), WbemMessageRequests
                .multiRequest(ns, "EnumerateClassNames").getBytes(StandardCharsets.UTF_8), Authentication.TARGET,
                "MULTIREQ of two EnumerateClassNames without CIMBatch");
    }

    // ------------------------------------------------------------------ WBEM-XML-005

    @Then("reading the subclass in its namespace given segment by segment is answered")
    public void namespaceBySegments() {
        wbem.success("WBEM-XML-005", discovery.classNamespace(), "GetClass",
                WbemRequests.className(discovery.subclass()));
    }

    @Then("the same request with one more namespace segment is an invalid namespace")
    public void oneMoreSegment() {
        String ns = discovery.classNamespace() + "/vcmtck";
        CimXmlResponse response = wbem.answer("WBEM-XML-005", ns, "GetClass",
                WbemRequests.className(discovery.subclass()));
        WbemContext.expectErrorCode("WBEM-XML-005", "GetClass in " + ns, response, 3);
    }

    // ------------------------------------------------------------------ WBEM-XML-006

    @Then("reading an instance with an empty PropertyList parameter returns every property")
    public void nullPropertyList() {
        NamedInstance name = firstNamedInstance(n -> true);
        CimXmlInstance all = getInstance("WBEM-XML-006", name, name.keys(), WbemRequests.flag("LocalOnly", false));
        if (all.properties().isEmpty()) {
            throw new SkipException(name.className() + " shows no properties to compare");
        }
        CimXmlInstance withNull = getInstance("WBEM-XML-006", name, name.keys(),
                WbemRequests.flag("LocalOnly", false) + WbemMessageRequests.nullParam("PropertyList"));
        if (!lower(withNull.propertyNames()).equals(lower(all.propertyNames()))) {
            throw new AssertionError("[WBEM-XML-006] GetInstance " + name.className() + " with an empty (NULL) "
                    + "PropertyList returned " + withNull.propertyNames() + "; without PropertyList "
                    + all.propertyNames());
        }
    }

    // ------------------------------------------------------------------ WBEM-XML-013

    @Then("the instance names carry key values of a DTD value type")
    public void keyValueTypes() {
        for (String ns : namespaces()) {
            WbemExchange exchange = wbem.call(ns, "EnumerateInstanceNames",
                    WbemRequests.className(WbemDiscovery.ROOT_CLASS));
            if (exchange.status() == 200) {
                failOn(shape(exchange, "WBEM-XML-013"), exchange, "WBEM-XML-013", "WBEM-XML-017");
            }
        }
    }

    @Then("reading an instance with its key bindings in reverse order returns the same instance")
    public void keyOrder() {
        NamedInstance name = firstNamedInstance(n -> n.keys().size() >= 2);
        List<KeyBinding> reversed = new ArrayList<>(name.keys());
        java.util.Collections.reverse(reversed);
        CimXmlInstance asWritten = getInstance("WBEM-XML-013", name, name.keys(), "");
        CimXmlInstance inReverse = getInstance("WBEM-XML-013", name, reversed, "");
        if (!asWritten.className().equalsIgnoreCase(inReverse.className())
                || !values(asWritten).equals(values(inReverse))) {
            throw new AssertionError("[WBEM-XML-013] GetInstance " + name.className() + " with keys "
                    + keyNames(name.keys()) + " returned " + values(asWritten) + ", with keys " + keyNames(reversed)
                    + " returned " + values(inReverse));
        }
    }

    // ------------------------------------------------------------------ WBEM-XML-014/015/017 (reading)

    @Then("every enumerated instance is qualifiers then properties with a name and a DTD type")
    public void instanceStructure() {
        WbemExchange exchange = enumerateInstances();
        failOn(shape(exchange, "WBEM-XML-014"), exchange, "WBEM-XML-014", "WBEM-XML-017");
    }

    @Then("the booleans and datetimes in them are encoded as DSP0201 says")
    public void encodings() {
        WbemExchange exchange = enumerateInstances();
        failOn(shape(exchange, "WBEM-XML-015"), exchange, "WBEM-XML-015");
    }

    @Then("a property an instance shows without a value reads back as NULL")
    public void nullRoundTrip() {
        for (String ns : namespaces()) {
            for (NamedInstance name : namedInstances(ns)) {
                if (name.keys().isEmpty()) {
                    continue;
                }
                WbemExchange got = wbem.call(ns, "GetInstance", WbemMessageRequests.instanceNameParam(
                        name.className(), name.keys()) + WbemRequests.flag("LocalOnly", false));
                CimXmlMessageShape instance = shape(got, "WBEM-XML-014");
                Optional<CimXmlMessageShape.PropertyShape> nullOne = instance.firstInstanceProperties().stream()
                        .filter(p -> p.isNull() && p.element().equals("PROPERTY")).findFirst();
                if (got.status() != 200 || instance.hasError() || nullOne.isEmpty()) {
                    continue;
                }
                WbemExchange property = wbem.call(ns, "GetProperty", WbemMessageRequests.instanceNameParam(
                        name.className(), name.keys()) + WbemRequests.value("PropertyName", nullOne.get().name()));
                CimXmlResponse read = property.response("WBEM-XML-014");
                Optional<CimError> error = WbemContext.readError("WBEM-XML-014", read);
                if (error.isPresent() && error.get().code() == CimStatusCodes.NOT_SUPPORTED) {
                    throw new SkipException("the server does not support GetProperty");
                }
                if (error.isPresent()) {
                    throw new AssertionError("[WBEM-XML-014] GetProperty " + nullOne.get().name() + " of "
                            + name.className() + " failed: " + error.get());
                }
                Optional<String> value = shape(property, "WBEM-XML-014").returnedValue();
                if (value.isPresent()) {
                    throw new AssertionError("[WBEM-XML-014] " + name.className() + " shows "
                            + nullOne.get().name() + " as NULL (no VALUE) but GetProperty returns VALUE '"
                            + value.get() + "'");
                }
                return;
            }
        }
        throw new SkipException("no enumerated instance shows a NULL property");
    }

    // ------------------------------------------------------------------ WBEM-XML-015 (parsing)

    @Then("reading the subclass with LocalOnly written in lower case honours it")
    public void lowerCaseBooleans() {
        String ns = discovery.classNamespace();
        String cls = discovery.subclass();
        List<String> upperTrue = classProperties(ns, cls, "TRUE");
        List<String> upperFalse = classProperties(ns, cls, "FALSE");
        if (upperTrue.equals(upperFalse)) {
            throw new SkipException(cls + " shows the same properties with LocalOnly TRUE and FALSE");
        }
        List<String> lowerFalse = classProperties(ns, cls, "false");
        List<String> lowerTrue = classProperties(ns, cls, "true");
        if (!lowerFalse.equals(upperFalse) || !lowerTrue.equals(upperTrue)) {
            throw new AssertionError("[WBEM-XML-015] GetClass " + cls + " with LocalOnly 'false' returned "
                    + lowerFalse + " and 'true' " + lowerTrue + "; with FALSE " + upperFalse + " and TRUE "
                    + upperTrue);
        }
    }

    // ------------------------------------------------------------------ WBEM-XML-017

    @Then("naming an instance with a key value of TYPE \"int\" is refused as not valid")
    public void intKeyType() {
        NamedInstance name = firstNamedInstance(n -> !n.keys().isEmpty());
        List<KeyBinding> keys = new ArrayList<>(name.keys());
        KeyBinding k = keys.get(0);
        keys.set(0, new KeyBinding(k.name(), k.valueType(), Optional.of("int"), false, k.value()));
        WbemExchange exchange = wbem.call(name.namespace(), "GetInstance",
                WbemMessageRequests.instanceNameParam(name.className(), keys));
        if (exchange.status() == 400 && exchange.header("CIMError").map(t -> t.strip()
                .equalsIgnoreCase("request-not-valid")).orElse(false)) {
            return;
        }
        if (exchange.status() != 200) {
            throw new AssertionError("[WBEM-XML-017] " + exchange.summary() + "; a TYPE outside the DTD's set is "
                    + "HTTP 400 request-not-valid or CIM status 4");
        }
        WbemContext.expectErrorCode("WBEM-XML-017", "GetInstance with KEYVALUE TYPE=\"int\"",
                exchange.response("WBEM-XML-017"), CimStatusCodes.INVALID_PARAMETER);
    }

    // ------------------------------------------------------------------ WBEM-XML-011, WBEM-ERR-003

    @Then("the answer is an ERROR standing alone with a numeric CODE")
    public void errorShape() {
        WbemExchange exchange = wbem.last();
        CimXmlMessageShape shape = shape(exchange, "WBEM-XML-011");
        if (!shape.hasError()) {
            throw new AssertionError("[WBEM-XML-011] " + exchange.summary() + " holds no ERROR: "
                    + shape.responseChildren());
        }
        failOn(shape, exchange, "WBEM-XML-010", "WBEM-XML-011");
    }

    @Then("the ERROR's DESCRIPTION is a readable message")
    public void readableDescription() {
        WbemExchange exchange = wbem.last();
        CimError error = WbemContext.readError("WBEM-ERR-003", exchange.response("WBEM-ERR-003")).orElseThrow(
                () -> new AssertionError("[WBEM-ERR-003] " + exchange.summary() + " holds no ERROR"));
        String text = error.description().orElseThrow(() -> new AssertionError("[WBEM-ERR-003] " + error
                + " has no DESCRIPTION"));
        if (text.codePoints().filter(Character::isLetter).count() < 3) {
            throw new AssertionError("[WBEM-ERR-003] the DESCRIPTION '" + text + "' of " + error
                    + " is not a readable message");
        }
    }

    // ------------------------------------------------------------------ WBEM-XML-010 (void)

    @Then("closing an open enumeration answers an IMETHODRESPONSE without IRETURNVALUE")
    public void voidClose() {
        String ns = discovery.instanceNamespace();
        CimXmlResponse open = wbem.success("WBEM-XML-010", ns, "OpenEnumerateInstancePaths",
                WbemRequests.className(WbemDiscovery.ROOT_CLASS) + WbemRequests.value("MaxObjectCount", "0"));
        String context = open.outParameter("EnumerationContext").filter(c -> !c.isBlank()).orElseThrow(() ->
                new SkipException("the open enumeration returned no context to close"));
        wbem.success("WBEM-XML-010", ns, "CloseEnumeration", WbemRequests.value("EnumerationContext", context));
        WbemExchange close = wbem.last();
        CimXmlMessageShape shape = shape(close, "WBEM-XML-010");
        if (!shape.responseChildren().isEmpty()) {
            throw new AssertionError("[WBEM-XML-010] CloseEnumeration is void, but its IMETHODRESPONSE holds "
                    + shape.responseChildren());
        }
    }

    // ------------------------------------------------------------------ WBEM-XML-008/010/012 (extrinsic)

    @Given("the WBEM server registers a profile whose class defines GetCentralInstances")
    public void aRegisteredProfile() {
        String ns = wbem.interopNamespace();
        CimXmlResponse cls = wbem.answer("WBEM-XML-008", ns, "GetClass", WbemRequests.className(REGISTERED_PROFILE)
                + WbemRequests.flag("LocalOnly", false));
        if (WbemContext.readError("WBEM-XML-008", cls).isPresent() || cls.classes().isEmpty()
                || cls.classes().get(0).methods().stream().noneMatch(CENTRAL::equalsIgnoreCase)) {
            throw new SkipException(REGISTERED_PROFILE + " in " + ns + " does not define " + CENTRAL);
        }
        profile = namedInstances(ns).stream().filter(n -> n.className().equalsIgnoreCase(REGISTERED_PROFILE)
                && !n.keys().isEmpty()).findFirst().orElseGet(() -> registeredProfiles(ns));
    }

    @When("the client invokes GetCentralInstances on the registered profile")
    public void invokeCentralInstances() {
        invoke(profile, CENTRAL, "");
        CimXmlResponse response = wbem.last().response("WBEM-XML-008");
        Optional<CimError> error = WbemContext.readError("WBEM-XML-008", response);
        if (error.isPresent() && (error.get().code() == METHOD_NOT_AVAILABLE
                || error.get().code() == CimStatusCodes.NOT_SUPPORTED)) {
            throw new SkipException("the server does not implement " + CENTRAL + ": " + error.get());
        }
    }

    @When("the client invokes GetCentralInstances with a parameter the method does not define")
    public void invokeWithUnknownParameter() {
        invoke(profile, CENTRAL, WbemMessageRequests.paramValue("VcmtckNoSuchParameter", "string", null, "x"));
    }

    @Then("the method answers CIM status {int}")
    public void methodAnswers(int code) {
        WbemExchange exchange = wbem.last();
        WbemContext.expectErrorCode(wbem.requirements(), exchange.operation(), exchange.response(wbem.requirements()),
                code);
    }

    @Then("the METHODRESPONSE names the method and holds a typed RETURNVALUE, then only PARAMVALUEs")
    public void methodResponseShape() {
        WbemExchange exchange = wbem.last();
        CimXmlResponse response = exchange.response("WBEM-XML-010");
        if (!response.responseElement().equals("METHODRESPONSE")
                || !response.responseName().orElse("").equalsIgnoreCase(CENTRAL)) {
            throw new AssertionError("[WBEM-XML-010] " + exchange.summary() + " answered " + response
                    .responseElement() + " " + response.responseName().orElse("(no NAME)"));
        }
        Optional<CimError> error = WbemContext.readError("WBEM-XML-008", response);
        if (error.isPresent()) {
            throw new AssertionError("[WBEM-XML-008] " + exchange.summary() + " failed: " + error.get());
        }
        CimXmlMessageShape shape = shape(exchange, "WBEM-XML-012");
        failOn(shape, exchange, "WBEM-XML-010", "WBEM-XML-012", "WBEM-XML-017");
        CimXmlMessageShape.TypedValue ret = shape.returnValue().orElseThrow(() -> new AssertionError(
                "[WBEM-XML-012] " + exchange.summary() + " carries no RETURNVALUE: " + shape.responseChildren()));
        String type = ret.paramType().orElseThrow(() -> new AssertionError("[WBEM-XML-012] the RETURNVALUE of "
                + CENTRAL + " has no PARAMTYPE"));
        if (type.matches("[us]int(8|16|32|64)") && !ret.text().matches("[+-]?[0-9]+")) {
            throw new AssertionError("[WBEM-XML-012] the RETURNVALUE of " + CENTRAL + " is " + type + " but holds '"
                    + ret.text() + "'");
        }
    }

    @Then("the out parameter CentralInstances is a reference parameter")
    public void outReference() {
        WbemExchange exchange = wbem.last();
        CimXmlMessageShape.TypedValue out = shape(exchange, "WBEM-XML-012").outParameters().stream()
                .filter(p -> p.name().equalsIgnoreCase("CentralInstances")).findFirst().orElseThrow(() ->
                        new AssertionError("[WBEM-XML-012] " + exchange.summary() + " has no out PARAMVALUE "
                                + "CentralInstances"));
        if (!out.paramType().orElse("reference").equals("reference")) {
            throw new AssertionError("[WBEM-XML-012] out PARAMVALUE CentralInstances has PARAMTYPE "
                    + out.paramType().get() + ", not reference");
        }
        if (out.content().isPresent() && !Set.of("VALUE.REFARRAY", "VALUE.REFERENCE").contains(out.content().get())) {
            throw new AssertionError("[WBEM-XML-012] out PARAMVALUE CentralInstances holds " + out.content().get()
                    + ", not references");
        }
    }

    // ------------------------------------------------------------------ WBEM-XML-016, WBEM-ERR-004

    @Given("the WBEM server has a method with an EmbeddedInstance parameter and an instance to call it on")
    public void anEmbeddedInstanceMethod() {
        for (String ns : namespaces()) {
            WbemExchange exchange = wbem.call(ns, "EnumerateClasses", WbemRequests.className(WbemDiscovery.ROOT_CLASS)
                    + WbemRequests.flag("DeepInheritance", true) + WbemRequests.flag("LocalOnly", false)
                    + WbemRequests.flag("IncludeQualifiers", true));
            if (exchange.status() != 200) {
                continue;
            }
            CimXmlMessageShape classes = shape(exchange, "WBEM-XML-016");
            for (CimXmlMessageShape.EmbeddedParameter p : classes.embeddedInstanceParameters()) {
                Optional<NamedInstance> on = namedInstances(ns, p.className()).stream().findFirst();
                if (on.isPresent()) {
                    embedded = new EmbeddedTarget(p, on.get());
                    wbem.world().evidence("embedded parameter", p + " on " + on.get());
                    return;
                }
            }
        }
        throw new SkipException("no class of the server has a method with an EmbeddedInstance parameter and an "
                + "instance to call it on");
    }

    @Then("the method refuses an embedded instance with a property its class lacks, by ERROR or return value alone")
    public void unknownEmbeddedProperty() {
        String instance = "<INSTANCE CLASSNAME=\"" + WbemRequests.escape(embedded.parameter().embeddedClass())
                + "\"><PROPERTY NAME=\"VCMTCK_NoSuchProperty\" TYPE=\"string\"><VALUE>vcmtck</VALUE></PROPERTY>"
                + "</INSTANCE>";
        refusedAlone(instance, "an embedded instance with the unknown property VCMTCK_NoSuchProperty");
    }

    @Then("the method refuses an embedded string that is not CIM-XML, by ERROR or return value alone")
    public void notCimXml() {
        refusedAlone("vcmtck: this is not an INSTANCE", "an embedded string that is not CIM-XML");
    }

    private void refusedAlone(String embeddedText, String what) {
        CimXmlMessageShape.EmbeddedParameter p = embedded.parameter();
        String value = p.array()
                ? "<PARAMVALUE NAME=\"" + WbemRequests.escape(p.parameter()) + "\" PARAMTYPE=\"string\" "
                + "EmbeddedObject=\"instance\"><VALUE.ARRAY><VALUE>" + WbemRequests.escape(embeddedText)
                + "</VALUE></VALUE.ARRAY></PARAMVALUE>"
                : WbemMessageRequests.paramValue(p.parameter(), "string", "instance", embeddedText);
        WbemExchange exchange = invoke(embedded.instance(), p.method(), value);
        CimXmlMessageShape shape = shape(exchange, "WBEM-ERR-004");
        failOn(shape, exchange, "WBEM-ERR-004", "WBEM-XML-010", "WBEM-XML-011", "WBEM-XML-012");
        if (shape.hasError()) {
            return;
        }
        CimXmlMessageShape.TypedValue ret = shape.returnValue().orElseThrow(() -> new AssertionError(
                "[WBEM-ERR-004] " + exchange.summary() + " with " + what + " answered neither ERROR nor RETURNVALUE"));
        if (ret.text().strip().matches("[+]?0+")) {
            throw new AssertionError("[WBEM-XML-016] " + p.className() + "." + p.method() + " accepted " + what
                    + " in " + p.parameter() + " (RETURNVALUE 0): the embedded instance was not read");
        }
    }

    // ------------------------------------------------------------------ helpers

    private WbemExchange invoke(NamedInstance target, String method, String params) {
        Map<String, String> headers = new LinkedHashMap<>(WbemContext.intrinsicHeaders(method, target.namespace()));
        headers.put("CIMObject", WbemMessageRequests.instanceObjectHeader(target.namespace(), target.className(),
                target.keys()));
        WbemExchange exchange = wbem.send("POST", headers, WbemMessageRequests.methodOnInstance(target.namespace(),
                target.className(), target.keys(), method, params).getBytes(StandardCharsets.UTF_8),
                Authentication.TARGET, method + " on " + target.className());
        if (exchange.status() != 200) {
            throw new AssertionError("[" + wbem.requirements() + "] " + exchange.summary() + ": a well-formed "
                    + "method call must be answered 200: " + exchange.bodyText());
        }
        return exchange;
    }

    private NamedInstance registeredProfiles(String ns) {
        return namedInstances(ns, REGISTERED_PROFILE).stream().filter(n -> !n.keys().isEmpty()).findFirst()
                .orElseThrow(() -> new SkipException("no instance of " + REGISTERED_PROFILE + " in " + ns));
    }

    private WbemExchange enumerateInstances() {
        String ns = discovery.instanceNamespace();
        CimXmlResponse response = wbem.success(wbem.requirements(), ns, "EnumerateInstances",
                WbemRequests.className(WbemDiscovery.ROOT_CLASS) + WbemRequests.flag("LocalOnly", false));
        if (response.instances().isEmpty()) {
            throw new SkipException("EnumerateInstances returned no instance in " + ns);
        }
        return wbem.last();
    }

    private List<String> classProperties(String ns, String cls, String localOnly) {
        CimXmlResponse response = wbem.success("WBEM-XML-015", ns, "GetClass", WbemRequests.className(cls)
                + WbemMessageRequests.rawValue("LocalOnly", localOnly));
        List<CimXmlClass> classes = response.classes();
        if (classes.size() != 1) {
            throw new AssertionError("[WBEM-XML-015] GetClass " + cls + " returned " + classes.size() + " classes");
        }
        return lower(classes.get(0).propertyNames());
    }

    private CimXmlInstance getInstance(String requirement, NamedInstance name, List<KeyBinding> keys, String flags) {
        CimXmlResponse response = wbem.success(requirement, name.namespace(), "GetInstance",
                WbemMessageRequests.instanceNameParam(name.className(), keys) + flags);
        List<CimXmlInstance> instances = response.instances();
        if (instances.size() != 1) {
            throw new AssertionError("[" + requirement + "] GetInstance " + name.className() + " returned "
                    + instances.size() + " INSTANCE elements, not one");
        }
        return instances.get(0);
    }

    private NamedInstance firstNamedInstance(java.util.function.Predicate<NamedInstance> fits) {
        for (String ns : namespaces()) {
            for (NamedInstance n : namedInstances(ns)) {
                if (fits.test(n)) {
                    return n;
                }
            }
        }
        throw new SkipException("no instance name under " + WbemDiscovery.ROOT_CLASS + " fits this check");
    }

    private List<NamedInstance> namedInstances(String ns) {
        return namedInstances(ns, WbemDiscovery.ROOT_CLASS);
    }

    /** Instance names whose keys are all KEYVALUEs (reference keys cannot be written back from their text). */
    private List<NamedInstance> namedInstances(String ns, String className) {
        WbemExchange exchange = wbem.call(ns, "EnumerateInstanceNames", WbemRequests.className(className));
        if (exchange.status() != 200) {
            return List.of();
        }
        CimXmlResponse response = exchange.response("WBEM-OP-005");
        if (WbemContext.readError("WBEM-OP-005", response).isPresent()) {
            return List.of();
        }
        List<List<KeyBinding>> bindings = shape(exchange, "WBEM-XML-013").returnedInstanceNames();
        List<String> classes = response.instanceNames().stream().map(n -> n.className()).toList();
        List<NamedInstance> out = new ArrayList<>();
        for (int i = 0; i < Math.min(bindings.size(), classes.size()); i++) {
            List<KeyBinding> keys = bindings.get(i);
            if (keys.stream().noneMatch(KeyBinding::reference) && keys.stream().noneMatch(k -> k.name().isEmpty())) {
                out.add(new NamedInstance(ns, classes.get(i), keys));
            }
        }
        return out;
    }

    private List<String> namespaces() {
        List<String> out = new ArrayList<>();
        out.add(wbem.virtualizationNamespace());
        if (!wbem.interopNamespace().equalsIgnoreCase(wbem.virtualizationNamespace())) {
            out.add(wbem.interopNamespace());
        }
        return out;
    }

    private static CimXmlMessageShape shape(WbemExchange exchange, String requirement) {
        try {
            return CimXmlMessageShape.parse(exchange.body());
        } catch (CimXmlResponseException e) {
            throw new AssertionError("[" + requirement + "] " + exchange.summary() + ": the body is not a CIM-XML "
                    + "response: " + e.getMessage());
        }
    }

    /** Fails on the structure violations of the given requirements, all of them named. */
    private static void failOn(CimXmlMessageShape shape, WbemExchange exchange, String... requirements) {
        List<CimXmlMessageShape.Violation> found = shape.violations(Set.of(requirements));
        if (!found.isEmpty()) {
            throw new AssertionError(found.get(0) + (found.size() > 1 ? " (and " + (found.size() - 1) + " more: "
                    + found.subList(1, Math.min(found.size(), 6)) + ")" : "") + " in " + exchange.summary());
        }
    }

    private static Map<String, String> values(CimXmlInstance instance) {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (CimXmlProperty p : instance.properties()) {
            out.put(p.name(), p.value().orElse("(null)"));
        }
        return out;
    }

    private static List<String> keyNames(List<KeyBinding> keys) {
        return keys.stream().map(KeyBinding::name).toList();
    }

    private static List<String> lower(List<String> names) {
        return new ArrayList<>(new TreeSet<>(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()));
    }
}
