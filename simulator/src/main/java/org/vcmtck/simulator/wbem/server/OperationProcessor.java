package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cimxml.CimXmlRequest;

/** Carries out one parsed CIM operation request and returns the complete CIM-XML response document (UTF-8). */
@FunctionalInterface
public interface OperationProcessor {
    byte[] process(CimXmlRequest request, String user);
}
