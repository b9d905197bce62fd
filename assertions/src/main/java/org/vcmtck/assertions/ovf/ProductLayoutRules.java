package org.vcmtck.assertions.ovf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Rules on the layout of a ProductSection: the order of its children and its display Categories (§9.5). */
final class ProductLayoutRules {

    /** The fixed head of a ProductSection in schema order; Category and Property then mix freely. */
    private static final List<String> HEAD = List.of("Info", "Product", "Vendor", "Version", "FullVersion",
            "ProductUrl", "VendorUrl", "AppUrl", "Icon");

    private ProductLayoutRules() {
    }

    static List<Element> categories(OvfDescriptor d) {
        List<Element> found = new ArrayList<>();
        ProductRules.productSections(d).forEach(section -> found.addAll(d.childrenOfKind(section, "Category")));
        return found;
    }

    /**
     * OVF-PROD-001: Info, Product, Vendor, Version, FullVersion, ProductUrl, VendorUrl, AppUrl, Icon*, then
     * Category and Property in any mix. Only children in the envelope namespace are ordered; others are
     * extensions the schema admits anywhere.
     */
    static List<Violation> childOrder(OvfDescriptor d) {
        Findings f = new Findings("OVF-PROD-001", d);
        for (Element section : ProductRules.productSections(d)) {
            int reached = -1;
            boolean inBody = false;
            for (Element child : d.ovfChildren(section)) {
                String kind = d.kind(child);
                int rank = HEAD.indexOf(kind);
                if (kind.equals("Category") || kind.equals("Property")) {
                    inBody = true;
                } else if (rank >= 0 && (inBody || rank < reached || (rank == reached && !kind.equals("Icon")))) {
                    f.at(child, kind + (inBody ? " after a Category or Property" : " out of order or repeated"),
                            "Info, Product, Vendor, Version, FullVersion, ProductUrl, VendorUrl, AppUrl, Icon*, "
                                    + "then Category and Property");
                } else if (rank >= 0) {
                    reached = rank;
                }
            }
        }
        return f.list();
    }

    /**
     * OVF-PROD-014: a Category is a display heading for the Properties after it, so it has a label (text or
     * ovf:msgid) and is followed by at least one Property before the next Category; an empty heading groups
     * nothing a user could be shown.
     */
    static List<Violation> categoriesLabelProperties(OvfDescriptor d) {
        Findings f = new Findings("OVF-PROD-014", d);
        for (Element section : ProductRules.productSections(d)) {
            Element open = null;
            for (Element child : d.ovfChildren(section)) {
                String kind = d.kind(child);
                if (kind.equals("Category")) {
                    if (open != null) {
                        f.at(open, "a Category with no Property after it", "a Category heading one or more Properties");
                    }
                    open = child;
                    if (OvfDescriptor.text(child).isEmpty() && d.attr(child, "msgid").isEmpty()) {
                        f.at(child, "a Category without text or ovf:msgid", "a Category with a label to display");
                    }
                } else if (kind.equals("Property")) {
                    open = null;
                }
            }
            if (open != null) {
                f.at(open, "a Category with no Property after it", "a Category heading one or more Properties");
            }
        }
        return f.list();
    }
}
