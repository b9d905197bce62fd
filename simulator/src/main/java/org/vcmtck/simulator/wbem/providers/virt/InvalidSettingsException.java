package org.vcmtck.simulator.wbem.providers.virt;

/**
 * An embedded setting (VSSD or RASD) a method was given cannot be used; {@link #parameter()} names the method
 * parameter and, where known, the property at fault (e.g. {@code ResourceSettings[1].ResourceType}). The
 * management methods answer it with return code 4 Invalid Parameter and change nothing.
 */
public final class InvalidSettingsException extends RuntimeException {
    private final String parameter;

    public InvalidSettingsException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
