package org.vcmtck.assertions.wbem;

import java.util.Map;
import java.util.Optional;

/** The CIM status codes DSP0200 defines for ERROR/@CODE (WBEM-ERR-001); 18 and 19 are no longer defined. */
public final class CimStatusCodes {

    public static final int INVALID_NAMESPACE = 3;
    public static final int INVALID_PARAMETER = 4;
    public static final int INVALID_CLASS = 5;
    public static final int NOT_FOUND = 6;
    public static final int NOT_SUPPORTED = 7;
    public static final int METHOD_NOT_FOUND = 17;
    public static final int INVALID_ENUMERATION_CONTEXT = 21;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "CIM_ERR_FAILED"), Map.entry(2, "CIM_ERR_ACCESS_DENIED"),
            Map.entry(3, "CIM_ERR_INVALID_NAMESPACE"), Map.entry(4, "CIM_ERR_INVALID_PARAMETER"),
            Map.entry(5, "CIM_ERR_INVALID_CLASS"), Map.entry(6, "CIM_ERR_NOT_FOUND"),
            Map.entry(7, "CIM_ERR_NOT_SUPPORTED"), Map.entry(8, "CIM_ERR_CLASS_HAS_CHILDREN"),
            Map.entry(9, "CIM_ERR_CLASS_HAS_INSTANCES"), Map.entry(10, "CIM_ERR_INVALID_SUPERCLASS"),
            Map.entry(11, "CIM_ERR_ALREADY_EXISTS"), Map.entry(12, "CIM_ERR_NO_SUCH_PROPERTY"),
            Map.entry(13, "CIM_ERR_TYPE_MISMATCH"), Map.entry(14, "CIM_ERR_QUERY_LANGUAGE_NOT_SUPPORTED"),
            Map.entry(15, "CIM_ERR_INVALID_QUERY"), Map.entry(16, "CIM_ERR_METHOD_NOT_AVAILABLE"),
            Map.entry(17, "CIM_ERR_METHOD_NOT_FOUND"), Map.entry(20, "CIM_ERR_NAMESPACE_NOT_EMPTY"),
            Map.entry(21, "CIM_ERR_INVALID_ENUMERATION_CONTEXT"), Map.entry(22, "CIM_ERR_INVALID_OPERATION_TIMEOUT"),
            Map.entry(23, "CIM_ERR_PULL_HAS_BEEN_ABANDONED"), Map.entry(24, "CIM_ERR_PULL_CANNOT_BE_ABANDONED"),
            Map.entry(25, "CIM_ERR_FILTERED_ENUMERATION_NOT_SUPPORTED"),
            Map.entry(26, "CIM_ERR_CONTINUATION_ON_ERROR_NOT_SUPPORTED"),
            Map.entry(27, "CIM_ERR_SERVER_LIMITS_EXCEEDED"), Map.entry(28, "CIM_ERR_SERVER_IS_SHUTTING_DOWN"));

    private CimStatusCodes() {
    }

    public static boolean isDefined(int code) {
        return NAMES.containsKey(code);
    }

    /** The symbolic name, e.g. 6 → CIM_ERR_NOT_FOUND; empty for a code DSP0200 does not define. */
    public static Optional<String> name(int code) {
        return Optional.ofNullable(NAMES.get(code));
    }

    /** "6 (CIM_ERR_NOT_FOUND)" for messages. */
    public static String describe(int code) {
        return code + name(code).map(n -> " (" + n + ")").orElse(" (not a DSP0200 status code)");
    }
}
