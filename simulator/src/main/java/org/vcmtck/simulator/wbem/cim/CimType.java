package org.vcmtck.simulator.wbem.cim;

import java.util.Locale;

/** A CIM data type: one of the intrinsic types, possibly an array of it. */
public record CimType(Base base, boolean array) {

    /** The intrinsic CIM types, named as in MOF and CIM-XML TYPE attributes. */
    public enum Base {
        BOOLEAN("boolean"), STRING("string"), CHAR16("char16"),
        UINT8("uint8"), SINT8("sint8"), UINT16("uint16"), SINT16("sint16"),
        UINT32("uint32"), SINT32("sint32"), UINT64("uint64"), SINT64("sint64"),
        REAL32("real32"), REAL64("real64"), DATETIME("datetime"), REFERENCE("reference");

        private final String cimName;

        Base(String cimName) {
            this.cimName = cimName;
        }

        public String cimName() {
            return cimName;
        }

        public boolean isInteger() {
            return ordinal() >= UINT8.ordinal() && ordinal() <= SINT64.ordinal();
        }

        public boolean isReal() {
            return this == REAL32 || this == REAL64;
        }

        public boolean isNumeric() {
            return isInteger() || isReal();
        }

        public static Base fromName(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals("ref")) {
                return REFERENCE;
            }
            for (Base b : values()) {
                if (b.cimName.equals(n)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("unknown CIM type '" + name + "'");
        }
    }

    public CimType {
        if (base == null) {
            throw new IllegalArgumentException("CIM type needs a base type");
        }
    }

    public static CimType of(Base base) {
        return new CimType(base, false);
    }

    public static CimType arrayOf(Base base) {
        return new CimType(base, true);
    }

    /** Parses "uint8", "string[]", "reference" (case-insensitive). */
    public static CimType parse(String text) {
        String t = text.trim();
        boolean arr = t.endsWith("[]");
        return new CimType(Base.fromName(arr ? t.substring(0, t.length() - 2).trim() : t), arr);
    }

    public CimType elementType() {
        return array ? new CimType(base, false) : this;
    }

    public CimType asArray() {
        return array ? this : new CimType(base, true);
    }

    public boolean isReference() {
        return base == Base.REFERENCE;
    }

    @Override
    public String toString() {
        return base.cimName + (array ? "[]" : "");
    }
}
