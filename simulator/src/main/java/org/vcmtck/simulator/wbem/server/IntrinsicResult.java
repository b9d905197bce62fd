package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cimxml.CimArgument;
import org.vcmtck.simulator.wbem.cimxml.CimXmlWriter;

import java.util.List;
import java.util.function.Consumer;

/** What an intrinsic operation answers: the IRETURNVALUE content (null for void operations) and out parameters. */
record IntrinsicResult(Consumer<CimXmlWriter.Fragment> returnValue, List<CimArgument> out) {
    static IntrinsicResult of(Consumer<CimXmlWriter.Fragment> returnValue) {
        return new IntrinsicResult(returnValue, List.of());
    }

    static IntrinsicResult empty() {
        return new IntrinsicResult(null, List.of());
    }
}
