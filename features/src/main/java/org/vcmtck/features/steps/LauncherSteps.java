package org.vcmtck.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vcmtck.features.target.ReferenceLauncherCli;

/** Steps about the reference launcher's command-line contract (catalogue standard VCMTCK-REF). */
public final class LauncherSteps {

    private static final Pattern ENDPOINT_LINE = Pattern.compile("^endpoint (\\S+) (\\S+)$");
    private static final Pattern HELP_OPTION = Pattern.compile("^ {1,8}(?:-\\w, )?(--[a-z][a-z-]*)(?:[= ][^ ].*?)?(?:\\s{2,}(.*))?$");

    private final World world;
    private final ObjectMapper json = new ObjectMapper();
    private ReferenceLauncherCli.Result last;
    private Path endpointsFile;
    private Path inventoryFile;
    private Path stateFile;
    private final List<Path> exports = new ArrayList<>();

    public LauncherSteps(World world) {
        this.world = world;
    }

    // ---- launching -------------------------------------------------------------------------------------

    @When("the reference is launched with seed {long}, {int} host(s) and {int} virtual system(s)")
    public void launchGenerated(long seed, int hosts, int vms) {
        launchExporting(generated(seed, hosts, vms));
    }

    @When("the reference is launched with seed {long}, {int} host(s) and {int} virtual system(s) and an endpoints file")
    public void launchWithEndpointsFile(long seed, int hosts, int vms) {
        endpointsFile = world.scratch().resolve("endpoints.json");
        List<String> args = generated(seed, hosts, vms);
        args.add("--endpoints-file");
        args.add(endpointsFile.toString());
        launchExporting(args);
    }

    @When("the reference is launched twice with seed {long}, {int} host(s) and {int} virtual system(s)")
    public void launchTwice(long seed, int hosts, int vms) {
        launchGenerated(seed, hosts, vms);
        assertLaunched();
        launchGenerated(seed, hosts, vms);
        assertLaunched();
    }

    @Given("a reference was launched with a state file, seed {long}, {int} host(s) and {int} virtual system(s)")
    public void launchWithStateFile(long seed, int hosts, int vms) {
        stateFile = world.scratch().resolve("reference-state");
        List<String> args = generated(seed, hosts, vms);
        args.add("--state");
        args.add(stateFile.toString());
        launchExporting(args);
        assertLaunched();
        assertThat(stateFile).as("state file written by the first launch").isRegularFile();
    }

    @When("the reference is launched again with that state file and seed {long}")
    public void relaunchWithStateFile(long seed) {
        launchExporting(new ArrayList<>(List.of("--state", stateFile.toString(), "--seed", Long.toString(seed))));
    }

    @Given("an inventory file with {}")
    public void inventoryWithFault(String fault) {
        String text = FaultyInventories.withFault(fault);
        inventoryFile = world.scratch().resolve("datacenter.yaml");
        write(inventoryFile, text);
        world.evidence("inventory file " + inventoryFile.getFileName(), numbered(text));
    }

    @When("the reference is launched with that inventory")
    public void launchWithInventory() {
        launch(new ArrayList<>(List.of("--inventory", inventoryFile.toString(), "--exit-after-start")));
    }

    @When("the launcher's help is requested")
    public void help() {
        launch(new ArrayList<>(List.of("--help")));
    }

    // ---- outcomes --------------------------------------------------------------------------------------

    @Then("the launcher exits with code {int}")
    public void exitsWith(int code) {
        assertThat(last.exitCode()).as("exit code of the launcher\n%s", last.transcript()).isEqualTo(code);
    }

    @Then("the last line it prints is {string}")
    public void lastLine(String expected) {
        List<String> lines = last.outLines();
        assertThat(lines).as("standard output of the launcher").isNotEmpty();
        assertThat(lines.get(lines.size() - 1)).as("last line of\n%s", last.transcript()).isEqualTo(expected);
    }

    @Then("every endpoint line it prints has the form {string} with a loopback URL")
    public void endpointLines(String form) {
        for (String line : last.outLines()) {
            if (line.equals("ready")) {
                continue;
            }
            Matcher m = ENDPOINT_LINE.matcher(line);
            assertThat(m.matches()).as("line %s should have the form %s", quote(line), form).isTrue();
            URI url = URI.create(m.group(2));
            assertThat(url.getScheme()).as("scheme of %s", url).isIn("http", "https");
            assertThat(isLoopback(url.getHost())).as("host of %s is a loopback address", url).isTrue();
        }
    }

    @Then("the endpoints file is a JSON object whose members are exactly the announced endpoints")
    public void endpointsFileMatches() {
        assertThat(endpointsFile).as("endpoints file").isRegularFile();
        JsonNode tree = readJson(endpointsFile);
        world.evidence("endpoints file", tree.toPrettyString());
        assertThat(tree.isObject()).as("endpoints file is a JSON object: %s", tree).isTrue();
        Map<String, String> fromFile = new LinkedHashMap<>();
        tree.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual() && field.getValue().asText().contains("://")) {
                fromFile.put(field.getKey(), field.getValue().asText());
            }
        });
        assertThat(fromFile).as("URL members of the endpoints file vs the announced endpoint lines")
                .isEqualTo(announcedEndpoints());
    }

    @Then("the error names the inventory file, line {int} and field {string}")
    public void errorNames(int line, String field) {
        String err = last.err();
        assertThat(err).as("error output\n%s", last.transcript())
                .contains(inventoryFile.getFileName().toString())
                .containsPattern(Pattern.quote(inventoryFile.getFileName().toString()) + ":" + line + "\\b")
                .contains(field);
    }

    @Then("every option listed in the help has a description")
    public void everyOptionDescribed() {
        Map<String, String> options = helpOptions();
        assertThat(options).as("options listed by --help\n%s", last.transcript()).isNotEmpty();
        options.forEach((option, description) ->
                assertThat(description).as("description of %s in --help", option).isNotBlank());
    }

    @Then("the help lists the options:")
    public void helpLists(List<String> expected) {
        assertThat(helpOptions().keySet()).as("options listed by --help\n%s", last.transcript())
                .containsAll(expected);
    }

    @Then("both exported inventories are identical")
    public void lastTwoExportsIdentical() {
        assertThat(exports).hasSizeGreaterThanOrEqualTo(2);
        JsonNode first = readYaml(exports.get(exports.size() - 2));
        JsonNode second = readYaml(exports.get(exports.size() - 1));
        assertThat(second).as("inventory exported by the second launch equals the first").isEqualTo(first);
    }

    @Then("the exported inventories of both launches are identical")
    public void bothLaunchesIdentical() {
        lastTwoExportsIdentical();
    }

    @Then("its exported inventory has other UUIDs than the one of seed {long}")
    public void otherUuids(long otherSeed) {
        List<String> previous = InventoryView.of(readYaml(exports.get(0))).values("uuid");
        List<String> current = InventoryView.of(readYaml(exports.get(exports.size() - 1))).values("uuid");
        assertThat(current).as("UUIDs of the new seed's datacenter").isNotEmpty();
        assertThat(current).as("UUIDs shared with the datacenter of seed %d", otherSeed)
                .doesNotContainAnyElementsOf(previous);
    }

    @Then("the exported inventory has {int} host(s) and {int} virtual system(s)")
    public void counts(int hosts, int systems) {
        InventoryView view = InventoryView.of(readYaml(exports.get(exports.size() - 1)));
        assertThat(view.hosts()).as("hosts in the exported inventory").hasSize(hosts);
        assertThat(view.systems()).as("virtual systems in the exported inventory").hasSize(systems);
    }

    @Then("every virtual system has a unique id, a unique UUID and unique MAC addresses")
    public void uniqueIdentities() {
        InventoryView view = InventoryView.of(readYaml(exports.get(exports.size() - 1)));
        List<String> ids = new ArrayList<>();
        List<String> uuids = new ArrayList<>();
        List<String> macs = new ArrayList<>();
        for (JsonNode system : view.systems()) {
            ids.add(system.path("id").asText(""));
            uuids.add(system.path("uuid").asText(""));
            macs.addAll(InventoryView.of(system).values("mac"));
        }
        assertThat(ids).as("system ids").doesNotContain("").doesNotHaveDuplicates();
        assertThat(uuids).as("system UUIDs").doesNotContain("").doesNotHaveDuplicates()
                .allMatch(u -> u.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                        "lower-case RFC 4122 text form");
        assertThat(macs).as("NIC MAC addresses").isNotEmpty().doesNotHaveDuplicates()
                .allMatch(m -> m.matches("(?i)[0-9a-f]{2}(:[0-9a-f]{2}){5}"), "colon-separated MAC form");
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private List<String> generated(long seed, int hosts, int vms) {
        return new ArrayList<>(List.of("--seed", Long.toString(seed), "--hosts", Integer.toString(hosts),
                "--vms", Integer.toString(vms)));
    }

    /** Launches with --exit-after-start and --export-inventory, remembering the export. */
    private void launchExporting(List<String> args) {
        Path export = world.scratch().resolve("export-" + (exports.size() + 1) + ".yaml");
        args.add("--export-inventory");
        args.add(export.toString());
        args.add("--exit-after-start");
        launch(args);
        if (last.exitCode() == 0) {
            exports.add(export);
        }
    }

    private void launch(List<String> args) {
        last = ReferenceLauncherCli.run(args);
        world.evidence("launcher transcript", last.transcript());
    }

    private void assertLaunched() {
        exitsWith(0);
    }

    private Map<String, String> announcedEndpoints() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (String line : last.outLines()) {
            Matcher m = ENDPOINT_LINE.matcher(line);
            if (m.matches()) {
                endpoints.put(m.group(1), m.group(2));
            }
        }
        return endpoints;
    }

    /** Option name → description text, from the option list of picocli-style (or similar) help output. */
    private Map<String, String> helpOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        String current = null;
        for (String line : last.outLines()) {
            Matcher m = HELP_OPTION.matcher(line);
            if (m.matches()) {
                current = m.group(1);
                options.put(current, m.group(2) == null ? "" : m.group(2).trim());
            } else if (current != null && line.startsWith("    ") && !line.isBlank()) {
                options.merge(current, line.trim(), (a, b) -> (a + " " + b).trim());
            } else {
                current = null;
            }
        }
        return options;
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private JsonNode readJson(Path file) {
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("not valid JSON: " + file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode readYaml(Path file) {
        return InventoryView.read(file);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String numbered(String text) {
        StringBuilder sb = new StringBuilder();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(String.format("%3d  %s%n", i + 1, lines.get(i)));
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
