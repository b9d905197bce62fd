package org.vcmtck.simulator.wbem.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimParameter;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimQualifierType;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;

/**
 * The class repository plus provider routing, per namespace (names compare case-insensitively). Classes are
 * stored resolved (see {@link ClassResolver}); instances come from the {@link InstanceProvider} registered for
 * their class or, by default, from the in-memory {@link StaticInstanceStore}. Reads are safe from many threads.
 */
public final class CimRepository {
    public static final String DEFAULT_INTEROP_NAMESPACE = "root/interop";
    public static final String DEFAULT_VIRTUALIZATION_NAMESPACE = "root/virtualization";

    private final Map<String, Namespace> namespaces = new ConcurrentHashMap<>();
    private final StaticInstanceStore staticStore = new StaticInstanceStore();

    /** Per-namespace state; maps are keyed by lower-cased names. */
    private static final class Namespace {
        final String name;
        final Map<String, CimQualifierType> qualifierTypes = new ConcurrentHashMap<>();
        final Map<String, CimClass> classes = new ConcurrentHashMap<>();
        final List<String> classOrder = new CopyOnWriteArrayList<>();
        final Map<String, List<String>> children = new ConcurrentHashMap<>();
        final Map<String, InstanceProvider> instanceProviders = new ConcurrentHashMap<>();
        final Map<String, AssociationProvider> associationProviders = new ConcurrentHashMap<>();
        final Map<String, MethodProvider> methodProviders = new ConcurrentHashMap<>();

        Namespace(String name) {
            this.name = name;
        }
    }

    public CimRepository(Collection<String> namespaceNames) {
        for (String n : namespaceNames) {
            addNamespace(n);
        }
    }

    public static CimRepository withDefaultNamespaces() {
        return new CimRepository(List.of(DEFAULT_INTEROP_NAMESPACE, DEFAULT_VIRTUALIZATION_NAMESPACE));
    }

    // ------------------------------------------------------------------ namespaces

    public synchronized void addNamespace(String name) {
        String n = normalizeNamespace(name);
        namespaces.putIfAbsent(key(n), new Namespace(n));
    }

    public List<String> namespaces() {
        return namespaces.values().stream().map(ns -> ns.name).sorted().toList();
    }

    public boolean hasNamespace(String name) {
        return name != null && namespaces.containsKey(key(normalizeNamespace(name)));
    }

    /** Leading/trailing slashes are not part of a namespace name ("/root/interop" = "root/interop"). */
    private static String normalizeNamespace(String name) {
        String n = name.trim();
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        while (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    private Namespace ns(String name) {
        Namespace ns = name == null ? null : namespaces.get(key(normalizeNamespace(name)));
        if (ns == null) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_NAMESPACE, "no namespace '" + name + "'");
        }
        return ns;
    }

    /** The namespace's name as configured (canonical spelling). */
    public String canonicalNamespace(String name) {
        return ns(name).name;
    }

    // ------------------------------------------------------------------ qualifier declarations

    public synchronized void setQualifierType(String namespace, CimQualifierType qualifierType) {
        ns(namespace).qualifierTypes.put(key(qualifierType.name()), qualifierType);
    }

    public Optional<CimQualifierType> qualifierType(String namespace, String name) {
        return Optional.ofNullable(ns(namespace).qualifierTypes.get(key(name)));
    }

    public List<CimQualifierType> qualifierTypes(String namespace) {
        return ns(namespace).qualifierTypes.values().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    // ------------------------------------------------------------------ classes

    /**
     * Adds a class as declared (local elements only) and resolves its inheritance.
     *
     * @throws CimException CIM_ERR_ALREADY_EXISTS, CIM_ERR_INVALID_SUPERCLASS, or CIM_ERR_INVALID_PARAMETER for a
     *                      flavour or override violation
     */
    public synchronized CimClass addClass(String namespace, CimClass declared) {
        Namespace ns = ns(namespace);
        String k = key(declared.name());
        if (ns.classes.containsKey(k)) {
            throw new CimException(CimStatus.CIM_ERR_ALREADY_EXISTS, "class " + declared.name() + " already exists in "
                    + ns.name);
        }
        CimClass superclass = null;
        if (declared.superclass() != null) {
            superclass = ns.classes.get(key(declared.superclass()));
            if (superclass == null) {
                throw new CimException(CimStatus.CIM_ERR_INVALID_SUPERCLASS, "superclass " + declared.superclass()
                        + " of " + declared.name() + " does not exist in " + ns.name);
            }
        }
        CimClass resolved = new ClassResolver(q -> ns.qualifierTypes.get(key(q))).resolve(declared, superclass);
        if (superclass != null) {
            // store the superclass's spelling so clients see one name for it
            resolved = new CimClass(resolved.name(), superclass.name(), resolved.qualifiers(), resolved.properties(),
                    resolved.methods());
        }
        ns.classes.put(k, resolved);
        ns.classOrder.add(k);
        ns.children.put(k, new CopyOnWriteArrayList<>());
        if (superclass != null) {
            ns.children.get(key(superclass.name())).add(k);
        }
        return resolved;
    }

    /**
     * Removes a class without subclasses or static instances.
     *
     * @throws CimException CIM_ERR_NOT_FOUND, CIM_ERR_CLASS_HAS_CHILDREN or CIM_ERR_CLASS_HAS_INSTANCES
     */
    public synchronized void deleteClass(String namespace, String className) {
        Namespace ns = ns(namespace);
        CimClass c = getClass(namespace, className);
        String k = key(c.name());
        if (!ns.children.get(k).isEmpty()) {
            throw new CimException(CimStatus.CIM_ERR_CLASS_HAS_CHILDREN, "class " + c.name() + " has subclasses");
        }
        if (!staticStore.instancesOf(ns.name, c.name()).isEmpty()) {
            throw new CimException(CimStatus.CIM_ERR_CLASS_HAS_INSTANCES, "class " + c.name() + " has instances");
        }
        ns.classes.remove(k);
        ns.classOrder.remove(k);
        ns.children.remove(k);
        if (c.superclass() != null) {
            ns.children.get(key(c.superclass())).remove(k);
        }
    }

    /** The resolved class. @throws CimException CIM_ERR_INVALID_NAMESPACE, CIM_ERR_NOT_FOUND */
    public CimClass getClass(String namespace, String className) {
        return findClass(namespace, className).orElseThrow(() -> new CimException(CimStatus.CIM_ERR_NOT_FOUND,
                "no class " + className + " in " + ns(namespace).name));
    }

    /** The resolved class, if any; still throws CIM_ERR_INVALID_NAMESPACE for an unknown namespace. */
    public Optional<CimClass> findClass(String namespace, String className) {
        return className == null ? Optional.empty() : Optional.ofNullable(ns(namespace).classes.get(key(className)));
    }

    /** Like getClass but with CIM_ERR_INVALID_CLASS, which instance operations use for an unknown class. */
    public CimClass requireClass(String namespace, String className) {
        return findClass(namespace, className).orElseThrow(() -> new CimException(CimStatus.CIM_ERR_INVALID_CLASS,
                "no class " + className + " in " + ns(namespace).name));
    }

    /**
     * Subclasses of a class (null = the root classes), in declaration order; deep walks the whole subtree.
     *
     * @throws CimException CIM_ERR_INVALID_CLASS when the class is unknown
     */
    public List<CimClass> subclasses(String namespace, String className, boolean deep) {
        Namespace ns = ns(namespace);
        List<CimClass> out = new ArrayList<>();
        if (className == null) {
            for (String k : ns.classOrder) {
                CimClass c = ns.classes.get(k);
                if (c != null && c.superclass() == null) {
                    out.add(c);
                    if (deep) {
                        collect(ns, k, out);
                    }
                }
            }
            return out;
        }
        CimClass base = requireClass(namespace, className);
        if (deep) {
            collect(ns, key(base.name()), out);
        } else {
            for (String k : ns.children.getOrDefault(key(base.name()), List.of())) {
                out.add(ns.classes.get(k));
            }
        }
        return out;
    }

    private static void collect(Namespace ns, String k, List<CimClass> out) {
        for (String child : ns.children.getOrDefault(k, List.of())) {
            CimClass c = ns.classes.get(child);
            if (c != null) {
                out.add(c);
                collect(ns, child, out);
            }
        }
    }

    public List<String> subclassNames(String namespace, String className, boolean deep) {
        return subclasses(namespace, className, deep).stream().map(CimClass::name).toList();
    }

    public List<CimClass> classes(String namespace) {
        Namespace ns = ns(namespace);
        return ns.classOrder.stream().map(ns.classes::get).filter(java.util.Objects::nonNull).toList();
    }

    /** True when sub is sup or inherits from it (case-insensitive); false when either is unknown. */
    public boolean isSubclassOf(String namespace, String sub, String sup) {
        Namespace ns = ns(namespace);
        CimClass c = ns.classes.get(key(sub));
        while (c != null) {
            if (c.name().equalsIgnoreCase(sup)) {
                return true;
            }
            c = c.superclass() == null ? null : ns.classes.get(key(c.superclass()));
        }
        return false;
    }

    /** The class and its ancestors, most derived first. */
    public List<String> superclassChain(String namespace, String className) {
        Namespace ns = ns(namespace);
        List<String> out = new ArrayList<>();
        CimClass c = requireClass(namespace, className);
        while (c != null) {
            out.add(c.name());
            c = c.superclass() == null ? null : ns.classes.get(key(c.superclass()));
        }
        return out;
    }

    // ------------------------------------------------------------------ provider registration

    public void registerInstanceProvider(String namespace, String className, InstanceProvider provider) {
        Namespace ns = ns(namespace);
        ns.instanceProviders.put(key(requireClass(namespace, className).name()), provider);
    }

    public void registerAssociationProvider(String namespace, String className, AssociationProvider provider) {
        CimClass c = requireClass(namespace, className);
        if (!c.isAssociation()) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, c.name() + " is not an association");
        }
        ns(namespace).associationProviders.put(key(c.name()), provider);
    }

    /** Serves methods of this class and of subclasses that have no provider of their own. */
    public void registerMethodProvider(String namespace, String className, MethodProvider provider) {
        ns(namespace).methodProviders.put(key(requireClass(namespace, className).name()), provider);
    }

    public StaticInstanceStore staticStore() {
        return staticStore;
    }

    /** Adds a static instance (e.g. declared in MOF), completed with class defaults; returns its path. */
    public CimObjectPath addStaticInstance(String namespace, CimInstance instance) {
        ProviderContext ctx = context(namespace, instance.className());
        return staticStore.create(ctx, instance);
    }

    /**
     * Completes a computed instance as a provider must return it: every class property in class order (unset
     * ones at the class default), values typed as declared, and its path in the namespace.
     *
     * @throws CimException CIM_ERR_NO_SUCH_PROPERTY, CIM_ERR_TYPE_MISMATCH, or CIM_ERR_INVALID_PARAMETER for a NULL key
     */
    public CimInstance complete(String namespace, CimInstance given) {
        ProviderContext ctx = context(namespace, given.className());
        CimInstance complete = StaticInstanceStore.complete(ctx.cimClass(), given, List.of());
        return complete.withPath(complete.pathFor(ctx.namespace(), ctx.cimClass()));
    }

    private ProviderContext context(String namespace, String className) {
        Namespace ns = ns(namespace);
        return new ProviderContext(this, ns.name, requireClass(ns.name, className));
    }

    private InstanceProvider instanceProvider(ProviderContext ctx) {
        return ns(ctx.namespace()).instanceProviders.getOrDefault(key(ctx.cimClass().name()), staticStore);
    }

    // ------------------------------------------------------------------ instance operations

    /** Instances of the class and (deep) all subclasses; each carries its path. */
    public List<CimInstance> enumerateInstances(String namespace, String className) {
        List<CimInstance> out = new ArrayList<>();
        CimClass base = requireClass(namespace, className);
        List<CimClass> all = new ArrayList<>();
        all.add(base);
        all.addAll(subclasses(namespace, base.name(), true));
        for (CimClass c : all) {
            ProviderContext ctx = new ProviderContext(this, ns(namespace).name, c);
            out.addAll(instanceProvider(ctx).enumerate(ctx));
        }
        return out;
    }

    public List<CimObjectPath> enumerateInstanceNames(String namespace, String className) {
        return enumerateInstances(namespace, className).stream().map(CimInstance::path).toList();
    }

    /**
     * The instance a path names (the path's namespace when set, else {@code namespace}).
     *
     * @throws CimException CIM_ERR_INVALID_NAMESPACE, CIM_ERR_INVALID_CLASS, CIM_ERR_NOT_FOUND
     */
    public CimInstance getInstance(String namespace, CimObjectPath path) {
        String nsName = path.namespace() != null ? path.namespace() : namespace;
        ProviderContext ctx = context(nsName, path.className());
        return instanceProvider(ctx).get(ctx, path.withNamespace(ctx.namespace()));
    }

    public CimObjectPath createInstance(String namespace, CimInstance instance) {
        ProviderContext ctx = context(namespace, instance.className());
        if (ctx.cimClass().isAbstract()) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_CLASS, "class " + ctx.cimClass().name() + " is abstract");
        }
        return instanceProvider(ctx).create(ctx, instance);
    }

    public void modifyInstance(String namespace, CimInstance modified, List<String> propertyList) {
        if (modified.path() == null) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "the modified instance needs its path");
        }
        String nsName = modified.path().namespace() != null ? modified.path().namespace() : namespace;
        ProviderContext ctx = context(nsName, modified.path().className());
        instanceProvider(ctx).modify(ctx, modified.withPath(modified.path().withNamespace(ctx.namespace())),
                propertyList);
    }

    public void deleteInstance(String namespace, CimObjectPath path) {
        String nsName = path.namespace() != null ? path.namespace() : namespace;
        ProviderContext ctx = context(nsName, path.className());
        instanceProvider(ctx).delete(ctx, path.withNamespace(ctx.namespace()));
    }

    // ------------------------------------------------------------------ associations

    /**
     * Association instances referring to {@code target}: from every association class of {@code namespace} that
     * is (a subclass of) assocClass when given, through reference property role when given.
     */
    public List<CimInstance> references(String namespace, CimObjectPath target, String assocClass, String role) {
        Namespace ns = ns(namespace);
        CimObjectPath t = target.namespace() == null ? target.withNamespace(ns.name) : target;
        if (assocClass != null && findClass(namespace, assocClass).isEmpty()) {
            return List.of();
        }
        List<CimInstance> out = new ArrayList<>();
        for (CimClass c : classes(namespace)) {
            if (!c.isAssociation() || (assocClass != null && !isSubclassOf(namespace, c.name(), assocClass))) {
                continue;
            }
            ProviderContext ctx = new ProviderContext(this, ns.name, c);
            AssociationProvider p = ns.associationProviders.get(key(c.name()));
            out.addAll(p != null ? p.references(ctx, t, role) : scanReferences(ctx, t, role));
        }
        return out;
    }

    public List<CimObjectPath> referenceNames(String namespace, CimObjectPath target, String assocClass,
                                              String role) {
        return references(namespace, target, assocClass, role).stream().map(CimInstance::path).toList();
    }

    /**
     * Paths of the objects associated with target: the other ends (through resultRole when given) of the
     * references found by {@link #references}, whose class is (a subclass of) resultClass when given.
     * Duplicates are removed; the target itself is never a result.
     */
    public List<CimObjectPath> associatorNames(String namespace, CimObjectPath target, String assocClass,
                                               String resultClass, String role, String resultRole) {
        Namespace ns = ns(namespace);
        CimObjectPath t = target.namespace() == null ? target.withNamespace(ns.name) : target;
        Map<CimObjectPath, CimObjectPath> out = new LinkedHashMap<>();
        for (CimInstance assoc : references(namespace, t, assocClass, role)) {
            for (CimProperty p : assoc.properties()) {
                if (!p.type().isReference() || p.type().array() || p.value().isNull()) {
                    continue;
                }
                if (resultRole != null && !p.isNamed(resultRole)) {
                    continue;
                }
                String assocNs = assoc.path() != null && assoc.path().namespace() != null
                        ? assoc.path().namespace() : ns.name;
                CimObjectPath other = withNs(p.value().asPath(), assocNs);
                if (other.equals(t)) {
                    continue;
                }
                if (resultClass != null && !hasNamespace(other.namespace())) {
                    continue;
                }
                if (resultClass != null && !isSubclassOf(other.namespace(), other.className(), resultClass)) {
                    continue;
                }
                out.putIfAbsent(other, other);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The instances named by {@link #associatorNames}; ends that no longer exist are skipped. */
    public List<CimInstance> associators(String namespace, CimObjectPath target, String assocClass,
                                         String resultClass, String role, String resultRole) {
        List<CimInstance> out = new ArrayList<>();
        for (CimObjectPath p : associatorNames(namespace, target, assocClass, resultClass, role, resultRole)) {
            try {
                out.add(getInstance(p.namespace(), p));
            } catch (CimException e) {
                if (e.status() != CimStatus.CIM_ERR_NOT_FOUND && e.status() != CimStatus.CIM_ERR_INVALID_CLASS
                        && e.status() != CimStatus.CIM_ERR_INVALID_NAMESPACE) {
                    throw e;
                }
            }
        }
        return out;
    }

    private List<CimInstance> scanReferences(ProviderContext ctx, CimObjectPath target, String role) {
        List<CimInstance> out = new ArrayList<>();
        for (CimInstance i : instanceProvider(ctx).enumerate(ctx)) {
            for (CimProperty p : i.properties()) {
                if (p.type().isReference() && !p.type().array() && !p.value().isNull()
                        && (role == null || p.isNamed(role))
                        && withNs(p.value().asPath(), ctx.namespace()).equals(target)) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    private static CimObjectPath withNs(CimObjectPath p, String ns) {
        return p.namespace() == null ? p.withNamespace(ns) : p;
    }

    // ------------------------------------------------------------------ methods

    /**
     * Invokes an extrinsic method. IN parameters are checked against the declaration (unknown name or a
     * value of another type → CIM_ERR_INVALID_PARAMETER) before the provider runs.
     *
     * @throws CimException CIM_ERR_INVALID_CLASS, CIM_ERR_METHOD_NOT_FOUND, CIM_ERR_METHOD_NOT_AVAILABLE (no
     *                      provider), CIM_ERR_INVALID_PARAMETER, or whatever the provider throws
     */
    public MethodProvider.MethodResult invokeMethod(String namespace, CimObjectPath target, String methodName,
                                                    Map<String, CimValue> in) {
        String nsName = target.namespace() != null ? target.namespace() : namespace;
        ProviderContext ctx = context(nsName, target.className());
        CimMethod m = ctx.cimClass().method(methodName).orElseThrow(() -> new CimException(
                CimStatus.CIM_ERR_METHOD_NOT_FOUND, "class " + ctx.cimClass().name() + " has no method " + methodName));
        for (Map.Entry<String, CimValue> e : in.entrySet()) {
            CimParameter p = m.parameter(e.getKey()).orElseThrow(() -> new CimException(
                    CimStatus.CIM_ERR_INVALID_PARAMETER, "method " + m.name() + " has no parameter " + e.getKey()));
            if (!p.isIn()) {
                throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "parameter " + p.name() + " of "
                        + m.name() + " is not an IN parameter");
            }
            CimType given = e.getValue().type();
            if (!given.equals(p.type()) && !e.getValue().isNull()) {
                throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "parameter " + p.name() + " of "
                        + m.name() + " is " + p.type() + " but got " + given);
            }
        }
        Namespace ns = ns(nsName);
        for (String cls : superclassChain(nsName, target.className())) {
            MethodProvider provider = ns.methodProviders.get(key(cls));
            if (provider != null) {
                return provider.invoke(ctx, target.withNamespace(ns.name), m, in);
            }
        }
        throw new CimException(CimStatus.CIM_ERR_METHOD_NOT_AVAILABLE, "no provider for " + ctx.cimClass().name()
                + "." + m.name());
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
