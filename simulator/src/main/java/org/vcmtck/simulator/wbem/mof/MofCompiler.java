package org.vcmtck.simulator.wbem.mof;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimQualifier;
import org.vcmtck.simulator.wbem.cim.CimQualifierType;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;

/**
 * Compiles MOF (the DSP0004 subset the CIM Schema uses) into {@link MofDeclaration}s. The compiler is stateful:
 * qualifier declarations and classes seen so far (or taught with {@link #know}) type later qualifier values and
 * instance properties, so compile the schema's qualifiers before its classes, as the schema's own top file does.
 */
public final class MofCompiler {
    private final MofResolver resolver;
    private final Map<String, CimQualifierType> qualifierTypes = new LinkedHashMap<>();
    private final Map<String, CimClass> classes = new LinkedHashMap<>();
    private final Map<String, CimObjectPath> aliases = new LinkedHashMap<>();
    private final Deque<String> includeStack = new ArrayDeque<>();
    private String namespace;

    /** @param defaultNamespace namespace for declarations before any #pragma namespace; may be null */
    public MofCompiler(MofResolver resolver, String defaultNamespace) {
        this.resolver = resolver;
        this.namespace = defaultNamespace;
    }

    public MofCompiler(MofResolver resolver) {
        this(resolver, null);
    }

    /** Makes an already known qualifier declaration available (e.g. from a repository). */
    public MofCompiler know(CimQualifierType qualifierType) {
        qualifierTypes.put(key(qualifierType.name()), qualifierType);
        return this;
    }

    /** Makes an already known class available as a superclass or instance class. */
    public MofCompiler know(CimClass cimClass) {
        classes.put(key(cimClass.name()), cimClass);
        return this;
    }

    public Collection<CimClass> knownClasses() {
        return classes.values();
    }

    public Optional<CimClass> knownClass(String name) {
        return Optional.ofNullable(classes.get(key(name)));
    }

    public Optional<CimQualifierType> knownQualifierType(String name) {
        return Optional.ofNullable(qualifierTypes.get(key(name)));
    }

    /** Compiles a file read through the resolver, following its includes. */
    public List<MofDeclaration> compileFile(String path) {
        String text;
        try {
            text = resolver.read(path);
        } catch (IOException e) {
            throw new MofException(path, 1, 1, "cannot read MOF file: " + e.getMessage());
        }
        return compileText(path, text);
    }

    /** Compiles MOF text; fileName is used in error positions and as the base for relative includes. */
    public List<MofDeclaration> compileText(String fileName, String text) {
        if (includeStack.contains(fileName)) {
            throw new MofException(fileName, 1, 1, "include cycle: " + includeStack);
        }
        includeStack.push(fileName);
        try {
            List<MofDeclaration> out = new ArrayList<>();
            new MofParser(this, fileName, new MofLexer(fileName, text).tokenize(), out).parseAll();
            return out;
        } finally {
            includeStack.pop();
        }
    }

    // ------------------------------------------------------------------ callbacks used by the parser

    String namespace() {
        return namespace;
    }

    void setNamespace(String ns) {
        namespace = ns;
    }

    void include(String fromFile, String includePath, List<MofDeclaration> out) {
        out.addAll(compileFile(resolveRelative(fromFile, includePath)));
    }

    static String resolveRelative(String fromFile, String includePath) {
        String p = includePath.replace('\\', '/');
        if (p.startsWith("/")) {
            return normalize(p.substring(1));
        }
        int slash = fromFile.lastIndexOf('/');
        return normalize(slash < 0 ? p : fromFile.substring(0, slash + 1) + p);
    }

    private static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    void declareQualifierType(CimQualifierType qt) {
        qualifierTypes.put(key(qt.name()), qt);
    }

    void declareClass(CimClass c) {
        classes.put(key(c.name()), c);
    }

    void declareAlias(String alias, CimObjectPath path) {
        aliases.put(alias, path);
    }

    CimObjectPath alias(String alias) {
        return aliases.get(alias);
    }

    /** Every property of a class including inherited ones (subclass overrides win), in declaration order. */
    List<CimProperty> allProperties(CimClass c) {
        List<CimClass> chain = new ArrayList<>();
        for (CimClass k = c; k != null; k = k.superclass() == null ? null : classes.get(key(k.superclass()))) {
            chain.add(0, k);
            if (chain.size() > 64) {
                break;
            }
        }
        Map<String, CimProperty> props = new LinkedHashMap<>();
        for (CimClass k : chain) {
            for (CimProperty p : k.properties()) {
                CimProperty inherited = props.get(key(p.name()));
                if (inherited != null) {
                    List<CimQualifier> merged = new ArrayList<>(p.qualifiers());
                    for (CimQualifier q : inherited.qualifiers()) {
                        if (p.qualifier(q.name()).isEmpty()) {
                            merged.add(q);
                        }
                    }
                    p = p.withQualifiers(merged);
                }
                props.put(key(p.name()), p);
            }
        }
        return new ArrayList<>(props.values());
    }

    /** The path of an instance when its class and all key values are known; otherwise null. */
    CimObjectPath pathOf(CimClass c, List<CimProperty> values) {
        Map<String, CimValue> keys = new LinkedHashMap<>();
        for (CimProperty p : allProperties(c)) {
            if (p.isKey()) {
                CimValue v = values.stream().filter(x -> x.isNamed(p.name())).map(CimProperty::value)
                        .findFirst().orElse(p.value());
                if (v.isNull()) {
                    return null;
                }
                keys.put(p.name(), v);
            }
        }
        if (keys.isEmpty()) {
            return null;
        }
        try {
            return CimObjectPath.of(namespace, c.name(), keys);
        } catch (CimException e) {
            return null;
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static CimType scalarOrArray(CimType.Base base, boolean array) {
        return new CimType(base, array);
    }
}
