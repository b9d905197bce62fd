package org.vcmtck.simulator.wbem.cim;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An object path: optional host and namespace, class name and key bindings (empty for a class path).
 * Identity follows CIM: class, key and namespace names compare case-insensitively, key order does not matter,
 * numeric keys compare by value whatever their declared width, and the host is ignored.
 * Text form (untyped, WBEM-URI-like): {@code //host/root/interop:CIM_Foo.Name="a\"b",Id=1}.
 */
public final class CimObjectPath {
    private final String host;
    private final String namespace;
    private final String className;
    private final Map<String, CimValue> keyBindings;

    public CimObjectPath(String host, String namespace, String className, Map<String, CimValue> keyBindings) {
        if (className == null || className.isBlank()) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "object path needs a class name");
        }
        this.host = host;
        this.namespace = namespace;
        this.className = className;
        this.keyBindings = Collections.unmodifiableMap(new LinkedHashMap<>(keyBindings));
    }

    public static CimObjectPath forClass(String namespace, String className) {
        return new CimObjectPath(null, namespace, className, Map.of());
    }

    public static CimObjectPath of(String namespace, String className, Map<String, CimValue> keys) {
        return new CimObjectPath(null, namespace, className, keys);
    }

    public String host() {
        return host;
    }

    public String namespace() {
        return namespace;
    }

    public String className() {
        return className;
    }

    public Map<String, CimValue> keyBindings() {
        return keyBindings;
    }

    public boolean isClassPath() {
        return keyBindings.isEmpty();
    }

    /** The key value by case-insensitive name, or null. */
    public CimValue key(String name) {
        for (Map.Entry<String, CimValue> e : keyBindings.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    public CimObjectPath withNamespace(String ns) {
        return new CimObjectPath(host, ns, className, keyBindings);
    }

    public CimObjectPath withHost(String h) {
        return new CimObjectPath(h, namespace, className, keyBindings);
    }

    /** The same path without host and namespace (as used for local instance names). */
    public CimObjectPath local() {
        return new CimObjectPath(null, null, className, keyBindings);
    }

    public boolean isClass(String name) {
        return className.equalsIgnoreCase(name);
    }

    // ---------------------------------------------------------------- identity

    private Map<String, Object> normalizedKeys() {
        Map<String, Object> m = new java.util.HashMap<>();
        for (Map.Entry<String, CimValue> e : keyBindings.entrySet()) {
            m.put(e.getKey().toLowerCase(Locale.ROOT), normalize(e.getValue()));
        }
        return m;
    }

    private static Object normalize(CimValue v) {
        if (v.isNull()) {
            return "NULL";
        }
        CimType.Base b = v.type().base();
        if (b.isInteger()) {
            return "N:" + v.asBigInteger();
        }
        if (b.isReal()) {
            return "N:" + v.asDouble();
        }
        if (b == CimType.Base.BOOLEAN) {
            return "B:" + v.asBoolean();
        }
        if (b == CimType.Base.REFERENCE) {
            return v.asPath();
        }
        return "S:" + v.value();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CimObjectPath p
                && className.equalsIgnoreCase(p.className)
                && Objects.equals(lower(namespace), lower(p.namespace))
                && normalizedKeys().equals(p.normalizedKeys());
    }

    @Override
    public int hashCode() {
        return Objects.hash(lower(className), lower(namespace), normalizedKeys());
    }

    // ---------------------------------------------------------------- text form

    @Override
    public String toString() {
        return format();
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        if (host != null) {
            sb.append("//").append(host).append('/');
        }
        if (namespace != null) {
            sb.append(namespace).append(':');
        }
        sb.append(className);
        String sep = ".";
        for (Map.Entry<String, CimValue> e : keyBindings.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=');
            sep = ",";
            CimValue v = e.getValue();
            CimType.Base b = v.type().base();
            if (v.isNull()) {
                sb.append("NULL");
            } else if (b.isNumeric() || b == CimType.Base.BOOLEAN) {
                sb.append(CimValue.text(v.value()));
            } else {
                sb.append('"').append(escape(CimValue.text(v.value()))).append('"');
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * Parses the untyped text form. Quoted values become strings, TRUE/FALSE booleans, integers sint64 (uint64
     * when too large), other numbers real64. A quoted key value cannot be told from a reference here.
     *
     * @throws CimException CIM_ERR_INVALID_PARAMETER naming the offending position
     */
    public static CimObjectPath parse(String text) {
        return new PathParser(text).parse();
    }

    private static final class PathParser {
        private final String s;
        private int pos;

        PathParser(String s) {
            this.s = Objects.requireNonNull(s, "path text").trim();
        }

        CimObjectPath parse() {
            String host = null;
            if (s.startsWith("//")) {
                int slash = s.indexOf('/', 2);
                if (slash < 0) {
                    throw error("expected '/' after host");
                }
                host = s.substring(2, slash);
                pos = slash + 1;
            }
            int dot = s.indexOf('.', pos);
            int end = dot < 0 ? s.length() : dot;
            String head = s.substring(pos, end);
            int colon = head.lastIndexOf(':');
            String ns = colon < 0 ? null : head.substring(0, colon);
            String cls = colon < 0 ? head : head.substring(colon + 1);
            if (!cls.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw error("invalid class name '" + cls + "'");
            }
            pos = end;
            Map<String, CimValue> keys = new LinkedHashMap<>();
            if (dot >= 0) {
                pos++;
                while (true) {
                    int eq = s.indexOf('=', pos);
                    if (eq < 0) {
                        throw error("expected '=' after key name");
                    }
                    String name = s.substring(pos, eq).trim();
                    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                        throw error("invalid key name '" + name + "'");
                    }
                    pos = eq + 1;
                    if (keys.put(name, value()) != null) {
                        throw error("duplicate key '" + name + "'");
                    }
                    if (pos >= s.length()) {
                        break;
                    }
                    if (s.charAt(pos) != ',') {
                        throw error("expected ',' between key bindings");
                    }
                    pos++;
                }
            }
            return new CimObjectPath(host, ns, cls, keys);
        }

        private CimValue value() {
            if (pos < s.length() && s.charAt(pos) == '"') {
                StringBuilder sb = new StringBuilder();
                pos++;
                while (pos < s.length()) {
                    char c = s.charAt(pos++);
                    if (c == '\\' && pos < s.length()) {
                        sb.append(s.charAt(pos++));
                    } else if (c == '"') {
                        return CimValue.of(sb.toString());
                    } else {
                        sb.append(c);
                    }
                }
                throw error("unterminated quoted key value");
            }
            int start = pos;
            while (pos < s.length() && s.charAt(pos) != ',') {
                pos++;
            }
            String raw = s.substring(start, pos).trim();
            if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
                return CimValue.of(Boolean.parseBoolean(raw.toLowerCase(Locale.ROOT)));
            }
            if (raw.matches("[+-]?[0-9]+")) {
                BigInteger b = new BigInteger(raw);
                return b.bitLength() < 64
                        ? CimValue.of(CimType.of(CimType.Base.SINT64), b)
                        : CimValue.of(CimType.of(CimType.Base.UINT64), b);
            }
            if (raw.matches("[+-]?[0-9]*\\.[0-9]+([eE][+-]?[0-9]+)?")) {
                return CimValue.of(CimType.of(CimType.Base.REAL64), Double.parseDouble(raw));
            }
            throw error("invalid key value '" + raw + "'");
        }

        private CimException error(String what) {
            return new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER,
                    "object path '" + s + "' at " + pos + ": " + what);
        }
    }
}
