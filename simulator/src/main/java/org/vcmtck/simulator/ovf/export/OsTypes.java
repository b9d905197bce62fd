package org.vcmtck.simulator.ovf.export;

import java.util.Locale;
import java.util.Map;

/**
 * Maps the model's free-text OS type to a CIM_OperatingSystem.OSType code for OperatingSystemSection/@ovf:id.
 * A small table of common names; a number is taken as the code itself; anything else is 1 ("Other").
 */
public final class OsTypes {
    public static final int OTHER = 1;
    private static final Map<String, Integer> CODES = Map.ofEntries(
            Map.entry("unknown", 0),
            Map.entry("other", 1),
            Map.entry("linux", 36),
            Map.entry("windows-xp", 67),
            Map.entry("rhel", 79),
            Map.entry("rhel-64", 80),
            Map.entry("ubuntu", 93),
            Map.entry("ubuntu-64", 94),
            Map.entry("debian", 95),
            Map.entry("debian-64", 96),
            Map.entry("linux-64", 101),
            Map.entry("other-64", 102),
            Map.entry("windows-2008-r2", 103),
            Map.entry("windows-7", 105),
            Map.entry("centos-64", 107));

    private OsTypes() {
    }

    public static int code(String osType) {
        if (osType == null) {
            return OTHER;
        }
        String key = osType.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (key.matches("\\d{1,5}")) {
            int n = Integer.parseInt(key);
            return n <= 65_535 ? n : OTHER;
        }
        return CODES.getOrDefault(key, OTHER);
    }
}
