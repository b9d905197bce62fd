package org.vcmtck.simulator.wbem.cim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A typed CIM value or NULL. Java representations: boolean → Boolean, string → String, char16 → Character,
 * uint8..sint64 → Long except uint64 → BigInteger (it does not fit a long), real32/real64 → Double,
 * datetime → its 25-character String, reference → {@link CimObjectPath}; arrays → unmodifiable List whose
 * elements may be null. Construction validates the ranges so an out-of-range value can never exist.
 */
public final class CimValue {
    private static final Pattern TIMESTAMP =
            Pattern.compile("[0-9*]{14}\\.[0-9*]{6}[+-][0-9*]{3}");
    private static final Pattern INTERVAL = Pattern.compile("[0-9*]{14}\\.[0-9*]{6}:000");
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final CimType type;
    private final Object value;

    private CimValue(CimType type, Object value) {
        this.type = type;
        this.value = value;
    }

    public static CimValue nullOf(CimType type) {
        return new CimValue(Objects.requireNonNull(type, "type"), null);
    }

    public static CimValue of(boolean b) {
        return new CimValue(CimType.of(CimType.Base.BOOLEAN), b);
    }

    public static CimValue of(String s) {
        return of(CimType.of(CimType.Base.STRING), s);
    }

    public static CimValue of(CimObjectPath path) {
        return of(CimType.of(CimType.Base.REFERENCE), path);
    }

    public static CimValue uint16(long v) {
        return of(CimType.of(CimType.Base.UINT16), v);
    }

    public static CimValue uint32(long v) {
        return of(CimType.of(CimType.Base.UINT32), v);
    }

    public static CimValue uint64(long v) {
        return of(CimType.of(CimType.Base.UINT64), v);
    }

    public static CimValue datetime(String dt) {
        return of(CimType.of(CimType.Base.DATETIME), dt);
    }

    /**
     * Builds a value of the given type from a Java object (see class comment; any Number is accepted for
     * numeric types, any List or Object[] for arrays, a String for every scalar type is parsed as text).
     *
     * @throws CimException CIM_ERR_TYPE_MISMATCH when the object does not fit the type or range
     */
    public static CimValue of(CimType type, Object raw) {
        Objects.requireNonNull(type, "type");
        if (raw == null) {
            return nullOf(type);
        }
        if (type.array()) {
            List<?> in;
            if (raw instanceof List<?> l) {
                in = l;
            } else if (raw instanceof Object[] a) {
                in = java.util.Arrays.asList(a);
            } else {
                throw mismatch(type, raw);
            }
            List<Object> out = new ArrayList<>(in.size());
            for (Object e : in) {
                out.add(e == null ? null : coerce(type.base(), e));
            }
            return new CimValue(type, Collections.unmodifiableList(out));
        }
        return new CimValue(type, coerce(type.base(), raw));
    }

    /** Parses a scalar (or, for arrays, each element of) CIM text form, e.g. CIM-XML VALUE content. */
    public static CimValue parse(CimType type, String text) {
        return of(type, text);
    }

    /** Parses one text per array element; a null element stays NULL. */
    public static CimValue parseArray(CimType type, List<String> texts) {
        return of(type.asArray(), new ArrayList<Object>(texts));
    }

    private static Object coerce(CimType.Base base, Object raw) {
        try {
            return switch (base) {
                case BOOLEAN -> toBoolean(raw);
                case STRING -> {
                    if (raw instanceof String s) {
                        yield s;
                    }
                    throw mismatchBase(base, raw);
                }
                case CHAR16 -> toChar(raw);
                case UINT8 -> range(base, raw, 0, 0xFF);
                case SINT8 -> range(base, raw, Byte.MIN_VALUE, Byte.MAX_VALUE);
                case UINT16 -> range(base, raw, 0, 0xFFFF);
                case SINT16 -> range(base, raw, Short.MIN_VALUE, Short.MAX_VALUE);
                case UINT32 -> range(base, raw, 0, 0xFFFFFFFFL);
                case SINT32 -> range(base, raw, Integer.MIN_VALUE, Integer.MAX_VALUE);
                case SINT64 -> range(base, raw, Long.MIN_VALUE, Long.MAX_VALUE);
                case UINT64 -> {
                    BigInteger v = toBigInteger(base, raw);
                    if (v.signum() < 0 || v.compareTo(UINT64_MAX) > 0) {
                        throw outOfRange(base, raw);
                    }
                    yield v;
                }
                case REAL32 -> {
                    double d = toDouble(base, raw);
                    if (!Double.isNaN(d) && !Double.isInfinite(d) && Math.abs(d) > Float.MAX_VALUE) {
                        throw outOfRange(base, raw);
                    }
                    yield d;
                }
                case REAL64 -> toDouble(base, raw);
                case DATETIME -> {
                    if (raw instanceof String s && (TIMESTAMP.matcher(s).matches() || INTERVAL.matcher(s).matches())) {
                        yield s;
                    }
                    throw new CimException(CimStatus.CIM_ERR_TYPE_MISMATCH,
                            "not a CIM datetime (25 characters yyyymmddhhmmss.mmmmmmsutc or ddddddddhhmmss.mmmmmm:000): '"
                                    + raw + "'");
                }
                case REFERENCE -> {
                    if (raw instanceof CimObjectPath p) {
                        yield p;
                    }
                    if (raw instanceof String s) {
                        yield CimObjectPath.parse(s);
                    }
                    throw mismatchBase(base, raw);
                }
            };
        } catch (NumberFormatException e) {
            throw mismatchBase(base, raw);
        }
    }

    private static Boolean toBoolean(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof String s) {
            if (s.trim().equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (s.trim().equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        throw mismatchBase(CimType.Base.BOOLEAN, raw);
    }

    private static Character toChar(Object raw) {
        if (raw instanceof Character c) {
            return c;
        }
        if (raw instanceof String s && s.length() == 1) {
            return s.charAt(0);
        }
        throw mismatchBase(CimType.Base.CHAR16, raw);
    }

    private static Long range(CimType.Base base, Object raw, long min, long max) {
        BigInteger v = toBigInteger(base, raw);
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw outOfRange(base, raw);
        }
        return v.longValueExact();
    }

    private static BigInteger toBigInteger(CimType.Base base, Object raw) {
        if (raw instanceof BigInteger b) {
            return b;
        }
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return BigInteger.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof String s) {
            return parseInteger(s.trim());
        }
        throw mismatchBase(base, raw);
    }

    /** Decimal, 0x hex, trailing-b binary and leading-0 octal, as in MOF and CIM-XML. */
    static BigInteger parseInteger(String s) {
        String t = s;
        boolean neg = false;
        if (t.startsWith("+") || t.startsWith("-")) {
            neg = t.startsWith("-");
            t = t.substring(1);
        }
        BigInteger v;
        if (t.length() > 2 && (t.startsWith("0x") || t.startsWith("0X"))) {
            v = new BigInteger(t.substring(2), 16);
        } else if (t.length() > 1 && (t.endsWith("b") || t.endsWith("B")) && t.substring(0, t.length() - 1).matches("[01]+")) {
            v = new BigInteger(t.substring(0, t.length() - 1), 2);
        } else if (t.length() > 1 && t.startsWith("0") && t.matches("[0-7]+")) {
            v = new BigInteger(t.substring(1), 8);
        } else if (t.matches("[0-9]+")) {
            v = new BigInteger(t);
        } else {
            throw new NumberFormatException(s);
        }
        return neg ? v.negate() : v;
    }

    private static double toDouble(CimType.Base base, Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        if (raw instanceof String s) {
            String t = s.trim();
            if (!t.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
                throw mismatchBase(base, raw);
            }
            return Double.parseDouble(t);
        }
        throw mismatchBase(base, raw);
    }

    private static CimException mismatch(CimType type, Object raw) {
        return new CimException(CimStatus.CIM_ERR_TYPE_MISMATCH,
                "value '" + raw + "' (" + raw.getClass().getSimpleName() + ") is not a " + type);
    }

    private static CimException mismatchBase(CimType.Base base, Object raw) {
        return mismatch(CimType.of(base), raw);
    }

    private static CimException outOfRange(CimType.Base base, Object raw) {
        return new CimException(CimStatus.CIM_ERR_TYPE_MISMATCH, "value " + raw + " is out of range for " + base.cimName());
    }

    public CimType type() {
        return type;
    }

    /** The Java representation (see class comment), or null for NULL. */
    public Object value() {
        return value;
    }

    public boolean isNull() {
        return value == null;
    }

    public String asString() {
        return value == null ? null : text(value);
    }

    public Boolean asBoolean() {
        return (Boolean) value;
    }

    public Long asLong() {
        if (value == null) {
            return null;
        }
        return value instanceof BigInteger b ? b.longValue() : ((Number) value).longValue();
    }

    public BigInteger asBigInteger() {
        if (value == null) {
            return null;
        }
        return value instanceof BigInteger b ? b : BigInteger.valueOf(((Number) value).longValue());
    }

    public Double asDouble() {
        return value == null ? null : ((Number) value).doubleValue();
    }

    public CimObjectPath asPath() {
        return (CimObjectPath) value;
    }

    @SuppressWarnings("unchecked")
    public List<Object> asList() {
        return (List<Object>) value;
    }

    /** Text of a scalar element as CIM-XML VALUE content (booleans TRUE/FALSE, references formatted). */
    public static String text(Object element) {
        if (element == null) {
            return null;
        }
        if (element instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (element instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15
                    ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
        }
        return element.toString();
    }

    /** For arrays: each element's text (null for NULL elements). */
    public List<String> texts() {
        if (value == null) {
            return null;
        }
        if (!type.array()) {
            return List.of(text(value));
        }
        List<String> out = new ArrayList<>();
        for (Object e : asList()) {
            out.add(text(e));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CimValue v && v.type.equals(type) && Objects.equals(v.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, value);
    }

    @Override
    public String toString() {
        return value == null ? "NULL" : type.array() ? texts().toString() : text(value);
    }
}
