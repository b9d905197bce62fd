package org.vcmtck.profiles.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.testng.annotations.Test;
import org.vcmtck.profiles.OptionalFeature;
import org.vcmtck.profiles.Standard;

public class TargetLoaderTest extends TargetFileTestSupport {

    private static final Map<String, String> ENVIRONMENT = Map.of("CIMI_PASSWORD", "from-env");

    public TargetLoaderTest() {
        super("target-loader", ENVIRONMENT::get);
    }

    /** Also checks the exception names the file. */
    @Override
    protected TargetFileException failure(String text) throws IOException {
        TargetFileException e = super.failure(text);
        assertThat(e.file()).isEqualTo(folder.resolve("target.yaml"));
        return e;
    }

    @Test
    public void documentedExampleLoads() throws Exception {
        Path example = documentedExample();
        Target target = TargetLoader.load(example, catalogue, ENVIRONMENT::get);

        assertThat(target.name()).isEqualTo("Acme Virtual Center 5.2");
        assertThat(target.vendor()).isEqualTo("Acme Corp");
        assertThat(target.description()).startsWith("Acme's hypervisor manager");
        assertThat(target.isBuiltInReference()).isFalse();
        assertThat(target.reference()).isEmpty();
        assertThat(target.endpoints().cimi()).contains(URI.create("https://cimi.example.com/cimi/cloudEntryPoint"));
        assertThat(target.endpoints().wbem()).contains(URI.create("https://wbem.example.com:5989"));
        assertThat(target.endpoints().interopNamespace()).isEqualTo("root/interop");
        assertThat(target.endpoints().virtualizationNamespace()).isEqualTo("root/virtualization");
        assertThat(target.endpoints().ovf()).containsExactly(
                folder.toAbsolutePath().resolve("packages/exported") + "/", "https://example.com/appliance.ova");
        assertThat(target.credentials()).containsOnlyKeys("cimi", "wbem");
        assertThat(target.credentials().get("cimi")).isEqualTo(new Credentials("tck", "from-env"));
        assertThat(target.credentials().get("wbem")).isEqualTo(new Credentials("tck", "secret"));
        assertThat(target.tls()).isEqualTo(new TlsOptions(false, Optional.empty()));
        assertThat(target.claims().standards()).containsExactly("DSP0243", "DSP0263", "DSP0200", "DSP1033", "DSP1042");
        assertThat(target.claims().versions()).containsExactly(Map.entry("DSP1042", "1.0.0"));
        assertThat(target.claims().features()).containsExactly("ova", "cimi-xml");
        assertThat(target.claims().claimsStandard("DSP1042")).isTrue();
        assertThat(target.claims().claimsStandard("DSP1057")).isFalse();
        assertThat(target.claims().claimsFeature("ova")).isTrue();
        assertThat(target.claims().claimsFeature("wbem-pull")).isFalse();
        assertThat(target.source()).isEqualTo(example);
    }

    @Test
    public void referenceTargetWithOptionsAndResolvedInventory() throws Exception {
        Target target = load("""
                name: Lab reference
                reference:
                  seed: 42
                  hosts: 3
                  vms: 0
                  jobTicks: 5
                  inventory: inv/datacenter.yaml
                  deviate: [wrong-status, missing-property]
                """);
        assertThat(target.isBuiltInReference()).isTrue();
        ReferenceOptions options = target.reference().orElseThrow();
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.hosts()).isEqualTo(3);
        assertThat(options.vms()).isZero();
        assertThat(options.jobTicks()).isEqualTo(5);
        assertThat(options.inventory()).isEqualTo(folder.toAbsolutePath().resolve("inv/datacenter.yaml"));
        assertThat(options.deviations()).containsExactly("wrong-status", "missing-property");
        assertThat(target.endpoints()).isEqualTo(Endpoints.none());
        assertThat(target.description()).isEmpty();
        assertThat(target.claims()).as("a reference without claims claims everything")
                .isEqualTo(Claims.everything(catalogue));
    }

    @Test
    public void bareReferenceKeyUsesDefaults() throws Exception {
        Target target = load("name: r\nreference:\n");
        assertThat(target.reference()).contains(ReferenceOptions.defaults());
        assertThat(ReferenceOptions.defaults())
                .isEqualTo(new ReferenceOptions(1, 2, 4, 1, null, List.of()));
    }

    @Test
    public void singleOvfLocationWithoutBrackets() throws Exception {
        Target target = load("""
                name: packages only
                endpoints:
                  ovf: https://example.com/a.ova
                claims:
                  standards: [DSP0243]
                """);
        assertThat(target.endpoints().ovf()).containsExactly("https://example.com/a.ova");
        assertThat(target.endpoints().cimi()).isEmpty();
        assertThat(target.claims().features()).isEmpty();
    }

    @Test
    public void localOvfPathsAreResolvedAgainstTheTargetFile() throws Exception {
        Target target = load("""
                name: packages only
                endpoints:
                  ovf: [ ../other/appliance.ova, exports/ ]
                claims:
                  standards: [DSP0243]
                tls: { trustStore: certs/trust.p12 }
                """);
        Path base = folder.toAbsolutePath();
        assertThat(target.endpoints().ovf()).containsExactly(
                base.resolve("../other/appliance.ova").normalize().toString(), base.resolve("exports") + "/");
        assertThat(target.tls().trustStore()).contains(base.resolve("certs/trust.p12"));
    }

    @Test
    public void builtInReferenceClaimsEveryStandardAndTheFeaturesItImplements() {
        Target target = Target.builtInReference();
        assertThat(target.isBuiltInReference()).isTrue();
        assertThat(target.source()).isNull();
        assertThat(target.claims().standards())
                .containsExactlyElementsOf(catalogue.standards().stream().map(Standard::id).toList());
        assertThat(target.claims().features())
                .containsExactlyElementsOf(catalogue.features().stream().filter(OptionalFeature::inReference)
                        .map(OptionalFeature::id).toList());
    }

    @Test
    public void credentialsNeverPrintThePassword() {
        assertThat(new Credentials("tck", "s3cret").toString()).contains("tck").doesNotContain("s3cret");
    }

    @Test
    public void yamlSyntaxError() throws IOException {
        TargetFileException e = failure("name: x\nendpoints: [a, b\nclaims: {}\n");
        assertThat(e.line()).isGreaterThanOrEqualTo(2);
        assertThat(e.getMessage()).contains("YAML syntax error");
    }

    @Test
    public void unknownTopLevelKey() throws IOException {
        TargetFileException e = failure("name: x\nreference: {}\nendpionts: {}\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("endpionts");
        assertThat(e.getMessage()).contains("unknown key 'endpionts'").contains("endpoints");
    }

    @Test
    public void bothReferenceAndEndpoints() throws IOException {
        TargetFileException e = failure("""
                name: x
                reference: {}
                endpoints:
                  cimi: http://localhost:8080/cep
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("endpoints");
        assertThat(e.getMessage()).contains("either the built-in reference or a set of endpoints");
    }

    @Test
    public void neitherReferenceNorEndpoints() throws IOException {
        TargetFileException e = failure("name: x\nvendor: y\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.field()).isEmpty();
        assertThat(e.getMessage()).contains("'reference:'").contains("'endpoints:'");
    }

    @Test
    public void missingName() throws IOException {
        TargetFileException e = failure("reference: {}\n");
        assertThat(e.field()).isEqualTo("name");
        assertThat(e.getMessage()).contains("is required");
    }

    @Test
    public void urlThatDoesNotParse() throws IOException {
        TargetFileException e = failure("""
                name: x
                endpoints:
                  cimi: http://bad host/cep
                claims:
                  standards: [DSP0263]
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("endpoints.cimi");
        assertThat(e.getMessage()).contains("is not a URL");
    }

    @Test
    public void urlThatIsNotHttp() throws IOException {
        TargetFileException e = failure("""
                name: x
                endpoints:
                  wbem: ftp://wbem.example.com/
                claims:
                  standards: [DSP0200]
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("endpoints.wbem");
        assertThat(e.getMessage()).contains("http:// or https://");
    }

    @Test
    public void ovfUrlThatIsNotHttp() throws IOException {
        TargetFileException e = failure("""
                name: x
                endpoints:
                  ovf:
                    - local/
                    - ftp://example.com/a.ova
                claims:
                  standards: [DSP0243]
                """);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("endpoints.ovf[1]");
    }

    @Test
    public void claimedStandardNotInCatalogue() throws IOException {
        TargetFileException e = failure("""
                name: x
                endpoints:
                  cimi: https://cimi.example.com/cep
                claims:
                  standards:
                    - DSP0263
                    - DSP9999
                """);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.field()).isEqualTo("claims.standards[1]");
        assertThat(e.getMessage()).contains("unknown standard 'DSP9999'");
    }

    @Test
    public void claimedFeatureNotInCatalogue() throws IOException {
        TargetFileException e = failure("""
                name: x
                endpoints:
                  cimi: https://cimi.example.com/cep
                claims:
                  standards: [DSP0263]
                  features: [teleport]
                """);
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.field()).isEqualTo("claims.features[0]");
        assertThat(e.getMessage()).contains("unknown feature 'teleport'");
    }

    @Test
    public void versionForAnUnclaimedStandard() throws IOException {
        TargetFileException e = failure("""
                name: x
                endpoints:
                  cimi: https://cimi.example.com/cep
                claims:
                  standards: [DSP0263]
                  versions: { DSP1042: "1.0.0" }
                """);
        assertThat(e.field()).isEqualTo("claims.versions.DSP1042");
        assertThat(e.getMessage()).contains("not listed in claims.standards");
    }

    @Test
    public void unquotedNumericVersion() throws IOException {
        TargetFileException e = failure("""
                name: x
                endpoints:
                  cimi: https://cimi.example.com/cep
                claims:
                  standards: [DSP0263]
                  versions: { DSP0263: 2.0 }
                """);
        assertThat(e.field()).isEqualTo("claims.versions.DSP0263");
        assertThat(e.getMessage()).contains("put it in quotes");
    }

    @Test
    public void implementationWithoutClaims() throws IOException {
        TargetFileException e = failure("""
                name: x
                endpoints:
                  cimi: https://cimi.example.com/cep
                """);
        assertThat(e.field()).isEqualTo("claims");
        assertThat(e.getMessage()).contains("is required");
    }

    @Test
    public void passwordEnvNamingAnUnsetVariable() throws IOException {
        TargetFileException e = failure("""
                name: x
                endpoints:
                  wbem: https://wbem.example.com:5989
                credentials:
                  wbem:
                    user: tck
                    passwordEnv: NOT_SET_ANYWHERE
                claims:
                  standards: [DSP0200]
                """);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.field()).isEqualTo("credentials.wbem.passwordEnv");
        assertThat(e.getMessage()).contains("'NOT_SET_ANYWHERE' is not set");
    }

    @Test
    public void passwordAndPasswordEnvTogether() throws IOException {
        TargetFileException e = failure("""
                name: x
                endpoints:
                  wbem: https://wbem.example.com:5989
                credentials:
                  wbem: { user: tck, password: a, passwordEnv: CIMI_PASSWORD }
                claims:
                  standards: [DSP0200]
                """);
        assertThat(e.field()).isEqualTo("credentials.wbem");
        assertThat(e.getMessage()).contains("exactly one of 'password' and 'passwordEnv'");
    }

    @Test
    public void negativeNumber() throws IOException {
        TargetFileException e = failure("""
                name: x
                reference:
                  seed: 7
                  vms: -1
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.field()).isEqualTo("reference.vms");
        assertThat(e.getMessage()).contains("must not be negative");
    }

    @Test
    public void numberThatIsNotWhole() throws IOException {
        TargetFileException e = failure("name: x\nreference:\n  hosts: two\n");
        assertThat(e.field()).isEqualTo("reference.hosts");
        assertThat(e.getMessage()).contains("whole number");
    }

    @Test
    public void unknownNestedKey() throws IOException {
        TargetFileException e = failure("name: x\nreference:\n  sead: 3\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("reference.sead");
    }

    @Test
    public void unreadableFile() {
        Path missing = folder.resolve("absent.yaml");
        TargetFileException e = catchThrowableOfType(TargetFileException.class,
                () -> TargetLoader.load(missing, catalogue));
        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo(missing);
        assertThat(e.line()).isZero();
        assertThat(e.getMessage()).contains("cannot read target file");
    }
}
