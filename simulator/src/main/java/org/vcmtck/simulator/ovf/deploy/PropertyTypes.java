package org.vcmtck.simulator.ovf.deploy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a ProductSection property value against its CIM intrinsic type (OVF-PROD-007/009) and the qualifiers
 * MinLen, MaxLen, ValueMap, MinValue, MaxValue (OVF-PROD-008). Returns null when the value is fine, else the
 * reason, so the caller can name the property and the requirement.
 */
final class PropertyTypes {
    private static final Map<String, BigInteger[]> INTEGER_RANGES = Map.of(
            "uint8", range(BigInteger.ZERO, BigInteger.valueOf(255)),
            "sint8", range(BigInteger.valueOf(-128), BigInteger.valueOf(127)),
            "uint16", range(BigInteger.ZERO, BigInteger.valueOf(65_535)),
            "sint16", range(BigInteger.valueOf(-32_768), BigInteger.valueOf(32_767)),
            "uint32", range(BigInteger.ZERO, BigInteger.valueOf(4_294_967_295L)),
            "sint32", range(BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)),
            "uint64", range(BigInteger.ZERO, BigInteger.TWO.pow(64).subtract(BigInteger.ONE)),
            "sint64", range(BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)));
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,40}");
    private static final Pattern REAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern MIN_LEN = Pattern.compile("MinLen\\s*\\(\\s*(\\d{1,9})\\s*\\)");
    private static final Pattern MAX_LEN = Pattern.compile("MaxLen\\s*\\(\\s*(\\d{1,9})\\s*\\)");
    private static final Pattern MIN_VALUE = Pattern.compile("MinValue\\s*\\(\\s*([^)]*)\\)");
    private static final Pattern MAX_VALUE = Pattern.compile("MaxValue\\s*\\(\\s*([^)]*)\\)");
    private static final Pattern VALUE_MAP = Pattern.compile("ValueMap\\s*\\{([^}]*)}");

    /** Which requirement a problem violates: the type itself or a qualifier. */
    record Problem(String requirementId, String reason) {
    }

    private PropertyTypes() {
    }

    static boolean known(String type) {
        return type != null && (INTEGER_RANGES.containsKey(type) || type.equals("string") || type.equals("boolean")
                || type.equals("real32") || type.equals("real64"));
    }

    /** Null when {@code value} is valid for {@code type} and {@code qualifiers} (which may be null). */
    static Problem check(String type, String qualifiers, String value) {
        if (!known(type)) {
            return new Problem("OVF-PROD-007", "type '" + type + "' is not a CIM intrinsic type");
        }
        String typeProblem = checkType(type, value);
        if (typeProblem != null) {
            return new Problem("OVF-PROD-009", typeProblem);
        }
        String qualifierProblem = qualifiers == null || qualifiers.isBlank() ? null
                : checkQualifiers(type, qualifiers, value);
        return qualifierProblem == null ? null : new Problem("OVF-PROD-008", qualifierProblem);
    }

    private static String checkType(String type, String value) {
        BigInteger[] range = INTEGER_RANGES.get(type);
        if (range != null) {
            if (!INTEGER.matcher(value).matches()) {
                return "'" + value + "' is not an integer (" + type + ")";
            }
            BigInteger n = new BigInteger(value.startsWith("+") ? value.substring(1) : value);
            if (n.compareTo(range[0]) < 0 || n.compareTo(range[1]) > 0) {
                return value + " is outside the " + type + " range " + range[0] + ".." + range[1];
            }
            return null;
        }
        switch (type) {
            case "boolean" -> {
                String v = value.toLowerCase(Locale.ROOT);
                return v.equals("true") || v.equals("false") ? null
                        : "'" + value + "' is not a boolean (true or false)";
            }
            case "real32", "real64" -> {
                if (!REAL.matcher(value).matches()) {
                    return "'" + value + "' is not a real number (" + type + ")";
                }
                double d = Double.parseDouble(value);
                if (Double.isInfinite(d) || (type.equals("real32") && Math.abs(d) > Float.MAX_VALUE)) {
                    return value + " does not fit a " + type;
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static String checkQualifiers(String type, String qualifiers, String value) {
        Matcher m = MIN_LEN.matcher(qualifiers);
        if (m.find() && value.length() < Integer.parseInt(m.group(1))) {
            return "'" + value + "' is shorter than MinLen(" + m.group(1) + ")";
        }
        m = MAX_LEN.matcher(qualifiers);
        if (m.find() && value.length() > Integer.parseInt(m.group(1))) {
            return "'" + value + "' is longer than MaxLen(" + m.group(1) + ")";
        }
        m = VALUE_MAP.matcher(qualifiers);
        if (m.find()) {
            List<String> allowed = valueMap(m.group(1));
            if (!allowed.contains(value)) {
                return "'" + value + "' is not one of ValueMap " + allowed;
            }
        }
        boolean numeric = INTEGER_RANGES.containsKey(type) || type.startsWith("real");
        if (numeric) {
            BigDecimal v = new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
            m = MIN_VALUE.matcher(qualifiers);
            if (m.find() && bound(m.group(1)) != null && v.compareTo(bound(m.group(1))) < 0) {
                return value + " is below MinValue(" + m.group(1).trim() + ")";
            }
            m = MAX_VALUE.matcher(qualifiers);
            if (m.find() && bound(m.group(1)) != null && v.compareTo(bound(m.group(1))) > 0) {
                return value + " is above MaxValue(" + m.group(1).trim() + ")";
            }
        }
        return null;
    }

    /** The quoted (or bare) entries of a ValueMap body: {@code "a","b"} or {@code a, b}. */
    private static List<String> valueMap(String body) {
        List<String> out = new ArrayList<>();
        for (String part : body.split(",")) {
            String p = part.trim();
            if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) {
                p = p.substring(1, p.length() - 1);
            }
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** A MinValue/MaxValue bound, or null when it is not a number (then the qualifier is not enforced). */
    private static BigDecimal bound(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigInteger[] range(BigInteger min, BigInteger max) {
        return new BigInteger[] {min, max};
    }
}
