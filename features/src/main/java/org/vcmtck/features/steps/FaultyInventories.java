package org.vcmtck.features.steps;

import java.util.Map;

/**
 * Small inventory files each with one deliberate fault, keyed by the phrase the feature file uses. The line
 * numbers in the feature's examples table refer to these texts.
 */
final class FaultyInventories {

    private static final Map<String, String> BY_FAULT = Map.of(
            "a negative memory size on the 2nd host", """
                    seed: 3
                    hosts:
                      - name: h1
                        logicalProcessors: 8
                        memoryBytes: 16GiB
                      - name: h2
                        logicalProcessors: 8
                        memoryBytes: -4GiB
                    """,
            "a host without a name", """
                    seed: 3
                    hosts:
                      - logicalProcessors: 8
                        memoryBytes: 16GiB
                    """,
            "a field the format does not know", """
                    seed: 3
                    hosts:
                      - name: h1
                        logicalProcessors: 8
                        memoryBytes: 16GiB
                        colour: blue
                    """);

    private FaultyInventories() {
    }

    static String withFault(String fault) {
        String text = BY_FAULT.get(fault);
        if (text == null) {
            throw new IllegalArgumentException("no inventory with the fault \"" + fault + "\"; known: "
                    + BY_FAULT.keySet());
        }
        return text;
    }
}
