package org.vcmtck.simulator.cimi;

import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.StorageVolume;
import org.vcmtck.simulator.model.VirtualSystem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

public class MachineDocumentsTest {
    private MachineDocuments documents;
    private AtomicInteger builds;

    @org.testng.annotations.BeforeMethod
    public void fresh() {
        documents = new MachineDocuments();
        builds = new AtomicInteger();
    }

    private CimiDocument doc(String state) {
        builds.incrementAndGet();
        return CimiDocument.resource("Machine").put("state", state).build();
    }

    private static VirtualSystem system() {
        Datacenter dc = new Datacenter(3, new DatacenterOptions(1));
        String host = dc.addHost(new HostSpec("h", 8, 32L << 30, List.of(new StorageVolume("v", 100L << 30)),
                List.of(new PhysicalNic("eth0", "00:16:3e:00:00:09", 1_000_000_000L)))).id();
        return dc.defineSystem(host, new org.vcmtck.simulator.model.SystemSpec("vm",
                List.of(org.vcmtck.simulator.model.AllocationSpec.processors(1))));
    }

    @Test
    public void reusesTheDocumentWhileSystemMetadataAndJobAreTheSameObjects() {
        VirtualSystem vm = system();
        MachineRecords.Meta meta = new MachineRecords.Meta(Instant.EPOCH, Instant.EPOCH, Map.of(), vm);

        CimiDocument first = documents.get(vm, meta, null, 1, () -> doc("STOPPED"));
        CimiDocument again = documents.get(vm, meta, null, 1, () -> doc("STOPPED"));

        assertThat(again).isSameAs(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    public void rebuildsWhenTheMetadataIsReplaced() {
        VirtualSystem vm = system();
        MachineRecords.Meta meta = new MachineRecords.Meta(Instant.EPOCH, Instant.EPOCH, Map.of(), vm);
        documents.get(vm, meta, null, 1, () -> doc("STOPPED"));

        MachineRecords.Meta edited = new MachineRecords.Meta(Instant.EPOCH, Instant.EPOCH.plusSeconds(1),
                Map.of("k", "v"), vm);
        CimiDocument rebuilt = documents.get(vm, edited, null, 1, () -> doc("STARTED"));

        assertThat(rebuilt.get("state")).isEqualTo("STARTED");
        assertThat(builds).hasValue(2);
    }
}
