package org.vcmtck.simulator.wbem.query;

import java.util.List;

/**
 * A parsed WQL {@code SELECT}: the selected property names (null for {@code *}), the FROM class and the WHERE
 * condition (null when absent).
 */
public record WqlQuery(List<String> properties, String className, WqlCondition where) {
    public WqlQuery {
        properties = properties == null ? null : List.copyOf(properties);
    }

    public boolean selectsAll() {
        return properties == null;
    }
}
