package org.vcmtck.simulator.wbem.providers.virt.devices;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;

/**
 * One logical device of a virtual system as of one request: the allocation it realises and its CIM instance.
 * A processor allocation of N vCPUs yields N devices (index 0..N-1); every other allocation yields one (index 0).
 */
record VirtualDevice(VirtualSystem system, Allocation allocation, int index, CimInstance instance) {

    CimObjectPath path() {
        return instance.path();
    }
}
