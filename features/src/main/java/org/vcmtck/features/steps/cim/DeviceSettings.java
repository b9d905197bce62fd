package org.vcmtck.features.steps.cim;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;

/** The embedded RASDs the device scenarios define a virtual system with (CIM ResourceType codes of the schema). */
final class DeviceSettings {
    static final int PROCESSOR = 3;
    static final int MEMORY = 4;
    static final int IDE_CONTROLLER = 5;
    static final int ETHERNET = 10;
    static final int DISK_DRIVE = 17;
    static final int LOGICAL_DISK = 31;

    private DeviceSettings() {
    }

    static CIMInstance processors(String ns, int count) {
        return rasd(ns, PROCESSOR, (long) count, "count");
    }

    static CIMInstance memory(String ns, long mib) {
        return rasd(ns, MEMORY, mib, "byte*2^20");
    }

    /** A disk drive RASD with its size: the form one-RASD targets take (the drive/image split is unconfirmed). */
    static CIMInstance disk(String ns, long mib) {
        return rasd(ns, DISK_DRIVE, mib, "byte*2^20");
    }

    /** A NIC without Address: the target chooses the MAC. */
    static CIMInstance networkAdapter(String ns) {
        return rasd(ns, ETHERNET, null, null);
    }

    static CIMInstance ideController(String ns) {
        return rasd(ns, IDE_CONTROLLER, null, null);
    }

    private static CIMInstance rasd(String ns, int resourceType, Long quantity, String units) {
        List<CIMProperty<?>> props = new ArrayList<>();
        props.add(new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(resourceType)));
        if (quantity != null) {
            props.add(new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T,
                    new UnsignedInteger64(Long.toString(quantity))));
        }
        if (units != null) {
            props.add(new CIMProperty<>("AllocationUnits", CIMDataType.STRING_T, units));
        }
        return new CIMInstance(new CIMObjectPath(null, null, null, ns, CimVirtualHost.RASD, null),
                props.toArray(CIMProperty<?>[]::new));
    }
}
