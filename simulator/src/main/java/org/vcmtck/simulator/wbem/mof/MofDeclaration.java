package org.vcmtck.simulator.wbem.mof;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimQualifierType;

/**
 * One compiled MOF production, tagged with the namespace in force (#pragma namespace, else the compiler's
 * default, which may be null = "the loader decides") and where it was declared.
 */
public sealed interface MofDeclaration {
    String namespace();

    String location();

    record QualifierDeclaration(String namespace, CimQualifierType qualifierType, String location)
            implements MofDeclaration {
    }

    /** A class with only its local elements, as written. */
    record ClassDeclaration(String namespace, CimClass cimClass, String location) implements MofDeclaration {
    }

    /** An instance with typed values; alias is null when none was given. */
    record InstanceDeclaration(String namespace, CimInstance instance, String alias, String location)
            implements MofDeclaration {
    }
}
