package org.vcmtck.simulator.wbem.repository;

import java.util.List;

import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.mof.MofCompiler;
import org.vcmtck.simulator.wbem.mof.MofDeclaration;
import org.vcmtck.simulator.wbem.mof.MofException;
import org.vcmtck.simulator.wbem.mof.MofResolver;

/**
 * Builds a repository from MOF: the project's classpath MOF by default. Qualifier and class declarations made
 * without {@code #pragma namespace} go into every namespace of the repository (the interop and the
 * virtualization namespace both need the core classes); instance declarations without one go into the
 * namespace given as {@code instanceNamespace}.
 */
public final class CimSchemaLoader {
    public static final String RESOURCE_FOLDER = "org/vcmtck/simulator/wbem/mof";
    public static final String TOP_FILE = "vcmtck.mof";

    private CimSchemaLoader() {
    }

    /** The project's MOF in {@code root/interop} and {@code root/virtualization}. */
    public static CimRepository loadDefault() {
        return load(CimRepository.DEFAULT_INTEROP_NAMESPACE, CimRepository.DEFAULT_VIRTUALIZATION_NAMESPACE);
    }

    /** The project's MOF in the two given namespaces (names configurable, e.g. "interop" and "root/virt"). */
    public static CimRepository load(String interopNamespace, String virtualizationNamespace) {
        CimRepository repo = new CimRepository(List.of(interopNamespace, virtualizationNamespace));
        MofResolver resolver = MofResolver.classpath(CimSchemaLoader.class.getClassLoader(), RESOURCE_FOLDER);
        apply(repo, new MofCompiler(resolver).compileFile(TOP_FILE), interopNamespace);
        return repo;
    }

    /**
     * Applies compiled declarations in order. A declaration naming a namespace the repository lacks adds it.
     *
     * @throws MofException when the repository refuses a declaration (naming where it was declared and why)
     */
    public static void apply(CimRepository repo, List<MofDeclaration> declarations, String instanceNamespace) {
        for (MofDeclaration d : declarations) {
            List<String> targets = d.namespace() != null ? List.of(d.namespace())
                    : d instanceof MofDeclaration.InstanceDeclaration ? List.of(instanceNamespace) : repo.namespaces();
            for (String ns : targets) {
                if (!repo.hasNamespace(ns)) {
                    repo.addNamespace(ns);
                }
                try {
                    if (d instanceof MofDeclaration.QualifierDeclaration q) {
                        repo.setQualifierType(ns, q.qualifierType());
                    } else if (d instanceof MofDeclaration.ClassDeclaration c) {
                        repo.addClass(ns, c.cimClass());
                    } else if (d instanceof MofDeclaration.InstanceDeclaration i) {
                        repo.addStaticInstance(ns, i.instance());
                    }
                } catch (CimException e) {
                    throw located(d, ns, e);
                }
            }
        }
    }

    private static MofException located(MofDeclaration d, String ns, CimException e) {
        String[] parts = d.location().split(":");
        int line = parts.length >= 3 ? Integer.parseInt(parts[parts.length - 2]) : 0;
        int col = parts.length >= 3 ? Integer.parseInt(parts[parts.length - 1]) : 0;
        String file = parts.length >= 3 ? d.location().substring(0, d.location().length()
                - parts[parts.length - 1].length() - parts[parts.length - 2].length() - 2) : d.location();
        return new MofException(file, line, col, "in namespace " + ns + ": " + e.getMessage());
    }
}
