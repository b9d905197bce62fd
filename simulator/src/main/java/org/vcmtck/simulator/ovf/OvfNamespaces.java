package org.vcmtck.simulator.ovf;

/** Namespace URIs of the CIM settings classes used inside OVF descriptors. */
public final class OvfNamespaces {
    public static final String RASD =
            "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
    public static final String VSSD =
            "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData";
    public static final String EPASD =
            "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_EthernetPortAllocationSettingData";
    public static final String SASD =
            "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_StorageAllocationSettingData";
    public static final String CIM = "http://schemas.dmtf.org/wbem/wscim/1/common";
    /** VMware's pre-DMTF 0.9 envelope; recognised only to say clearly that it is not supported. */
    public static final String LEGACY_VMWARE_0_9 = "http://www.vmware.com/schema/ovf/1/envelope";

    private OvfNamespaces() {
    }
}
