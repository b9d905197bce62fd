package org.vcmtck.simulator.cimi.query;

import org.vcmtck.simulator.cimi.CimiDocument;
import org.vcmtck.simulator.cimi.Entries;

import java.util.List;
import java.util.Map;

/** Small hand-built documents for the query tests. */
final class Docs {
    private Docs() {
    }

    static CimiDocument machine(String name, String state, long memory, String created, Map<String, String> props) {
        return CimiDocument.resource("Machine")
                .put("id", "http://h/cimi/machines/" + name)
                .put("name", name)
                .put("created", created)
                .properties(props)
                .put("state", state)
                .put("cpu", (int) (memory / 1_048_576L))
                .put("memory", memory)
                .href("machineConfig", "http://h/cimi/machineConfigs/c-" + name)
                .put("disks", new Entries("disks", List.of(disk(10), disk(20), disk(30))))
                .build();
    }

    static CimiDocument disk(long capacity) {
        return CimiDocument.resource("Disk").put("capacity", capacity).build();
    }

    static CimiDocument collection(List<CimiDocument> members) {
        return CimiDocument.collection("MachineCollection")
                .put("id", "http://h/cimi/machines")
                .put("count", members.size())
                .put("entries", new Entries("machines", members))
                .build();
    }

    static List<CimiDocument> entries(CimiDocument collection) {
        return ((Entries) collection.get("entries")).members();
    }

    static List<Object> names(CimiDocument collection) {
        return entries(collection).stream().map(d -> d.get("name")).toList();
    }
}
