package org.vcmtck.simulator.cimi;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Collection members rendered when first read: a page ({@code $first}/{@code $last}) of a large collection renders
 * only its own members, not all of them. Immutable (like the list it replaces); each member is rendered once.
 */
final class LazyMembers<T> extends AbstractList<CimiDocument> implements RandomAccess {
    private final List<T> sources;
    private final Function<T, CimiDocument> render;
    private final CimiDocument[] rendered;

    LazyMembers(List<T> sources, Function<T, CimiDocument> render) {
        this.sources = List.copyOf(sources);
        this.render = render;
        this.rendered = new CimiDocument[this.sources.size()];
    }

    @Override
    public CimiDocument get(int index) {
        CimiDocument doc = rendered[index];
        if (doc == null) {
            doc = render.apply(sources.get(index));
            rendered[index] = doc;
        }
        return doc;
    }

    @Override
    public int size() {
        return sources.size();
    }
}
