package org.vcmtck.simulator.frontend;

/** Makes front ends; found with {@link java.util.ServiceLoader} (META-INF/services/this interface's name). */
public interface FrontEndProvider {
    String kind();

    FrontEnd create();
}
