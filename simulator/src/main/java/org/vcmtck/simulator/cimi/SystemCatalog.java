package org.vcmtck.simulator.cimi;

import java.util.List;
import java.util.Optional;

/**
 * The fixed SystemTemplates this provider offers. Each component descriptor names a MachineTemplate of the
 * {@link MachineCatalog} and how many machines to make from it (CIMI-SYS-003); a System created from a template
 * is an ordinary group of virtual systems in the model.
 */
final class SystemCatalog {

    /** {@code quantity} machines from the MachineTemplate {@code machineTemplateId}, named {@code name-N}. */
    record Component(String name, String description, String machineTemplateId, int quantity) {
    }

    record Template(String id, String description, List<Component> components) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("web-pair", "two small tiny-linux machines",
                    List.of(new Component("web", "a web server", "small-tiny-linux", 2))),
            new Template("web-and-appliance", "one small tiny-linux machine and one medium appliance",
                    List.of(new Component("front", "the front end", "small-tiny-linux", 1),
                            new Component("back", "the appliance behind it", "medium-appliance", 1))));

    private SystemCatalog() {
    }

    static List<Template> templates() {
        return TEMPLATES;
    }

    static Optional<Template> template(String id) {
        return TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
