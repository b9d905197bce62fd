package org.vcmtck.simulator.wbem.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.testng.SkipException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.frontend.FrontEnd;
import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.wbem.server.WbemFrontEnd;
import org.vcmtck.simulator.wbem.server.WbemFrontEndProvider;

/**
 * Interop with a CIM-XML client nobody here wrote: sblim's {@code wbemcli} against the reference front end as the
 * launcher builds it. Skipped when wbemcli is not installed ({@code .ci/run} installs sblim-wbemcli).
 */
public class WbemcliInteropTest {
    private FrontEnd frontEnd;
    private String base;

    @BeforeClass
    public void start() throws Exception {
        if (!onPath("wbemcli")) {
            throw new SkipException("wbemcli is not installed (Debian package sblim-wbemcli)");
        }
        frontEnd = new WbemFrontEndProvider().create();
        Map<String, String> endpoints = frontEnd.start(null, new FrontEndOptions(null, 0, Map.of()));
        // wbemcli URLs name host:port and the namespace; the CIMOM path is its default (/cimom)
        base = endpoints.get(WbemFrontEnd.KIND).replaceFirst("/cimom$", "");
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        if (frontEnd != null) {
            frontEnd.stop();
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, tool).canExecute()) {
                return true;
            }
        }
        return false;
    }

    private record Run(int exit, String out) {
    }

    private static Run wbemcli(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("wbemcli", "-nl"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("wbemcli did not finish: " + cmd);
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    public void enumeratesClassNames() throws Exception {
        Run r = wbemcli("ecn", base + "/root/interop");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("CIM_ManagedElement");
        Run deep = wbemcli("-dx", "ecn", base + "/root/interop:CIM_ManagedElement");
        assertThat(deep.exit()).as(deep.out()).isZero();
        assertThat(deep.out()).contains("CIM_RegisteredProfile");
    }

    @Test
    public void enumeratesAndGetsTheRegisteredProfile() throws Exception {
        Run ei = wbemcli("ei", base + "/root/interop:CIM_RegisteredProfile");
        assertThat(ei.exit()).as(ei.out()).isZero();
        assertThat(ei.out()).contains("RegisteredName=\"Profile Registration\"").contains("RegisteredOrganization=2");
        Run gi = wbemcli("gi", base + "/root/interop:CIM_RegisteredProfile.InstanceID=\"DMTF:"
                + "DSP1033-ProfileRegistration-1.0.0\"");
        assertThat(gi.exit()).as(gi.out()).isZero();
        assertThat(gi.out()).contains("RegisteredVersion=\"1.0.0\"");
        Run missing = wbemcli("gi", base + "/root/interop:CIM_RegisteredProfile.InstanceID=\"nope\"");
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.out()).contains("CIM_ERR_NOT_FOUND");
    }

    @Test
    public void findsTheCentralInstanceFromTheRegisteredProfile() throws Exception {
        Run ai = wbemcli("ain", "-ac", "CIM_ElementConformsToProfile", base
                + "/root/interop:CIM_RegisteredProfile.InstanceID=\"DMTF:DSP1033-ProfileRegistration-1.0.0\"");
        assertThat(ai.exit()).as(ai.out()).isZero();
        assertThat(ai.out()).contains("CIM_ObjectManager.").contains("vcmtck-reference");
    }

    @Test
    public void invokesAMethod() throws Exception {
        // a scalar-only method: wbemcli 1.6 cannot parse the VALUE.REFARRAY out parameter of GetCentralInstances
        Run ei = wbemcli("ein", base + "/root/interop:CIM_ObjectManager");
        assertThat(ei.exit()).as(ei.out()).isZero();
        String path = ei.out().trim().lines().findFirst().orElseThrow();
        Run cm = wbemcli("cm", "http://" + path, "StartService");
        assertThat(cm.exit()).as(cm.out()).isZero();
        assertThat(cm.out()).contains("StartService").contains("0");
        Run stop = wbemcli("cm", "http://" + path, "StopService");
        assertThat(stop.exit()).as(stop.out()).isZero();
        assertThat(stop.out()).contains("StopService").contains("1");
    }
}
