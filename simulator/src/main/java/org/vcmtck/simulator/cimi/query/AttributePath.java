package org.vcmtck.simulator.cimi.query;

import org.vcmtck.simulator.cimi.CimiDocument;
import org.vcmtck.simulator.cimi.Entries;
import org.vcmtck.simulator.cimi.Href;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An attribute named in a query, possibly nested ({@code machineConfig/href}, {@code disks/capacity}; '.' works
 * as separator too). Resolving it yields every value it reaches: none when absent, several through an array.
 */
public record AttributePath(List<String> segments) {
    public AttributePath {
        segments = List.copyOf(segments);
    }

    public static AttributePath parse(String text) {
        return new AttributePath(List.of(text.split("[/.]")));
    }

    public List<Object> resolve(CimiDocument doc) {
        List<Object> out = new ArrayList<>();
        walk(doc, 0, out);
        return out;
    }

    private void walk(Object value, int index, List<Object> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Entries entries) {
            // an array answers through any of its members
            entries.members().forEach(m -> walk(m, index, out));
            return;
        }
        if (index == segments.size()) {
            out.add(value instanceof Href h ? h.href() : value);
            return;
        }
        String name = segments.get(index);
        if (value instanceof CimiDocument d) {
            walk(d.get(name), index + 1, out);
        } else if (value instanceof Href h && name.equals("href")) {
            walk(h.href(), index + 1, out);
        } else if (value instanceof Map<?, ?> map) {
            walk(map.get(name), index + 1, out);
        }
    }

    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
