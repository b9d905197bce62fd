/**
 * Checks an OVF environment (DSP8027) as a consumer delivered it: {@link org.vcmtck.assertions.ovf.env.IsoImage}
 * reads the ISO 9660 medium of the {@code iso} transport (Joliet preferred), {@link
 * org.vcmtck.assertions.ovf.env.OvfEnvironment} reads {@code ovf-env.xml} with DTDs refused, {@link
 * org.vcmtck.assertions.ovf.env.ExpectedEnvironment} works out from the raw descriptor and the deploy choices what
 * the document must carry, and {@link org.vcmtck.assertions.ovf.env.EnvironmentRule} compares the two, each rule
 * citing its requirement id. Nothing here uses the reference simulator.
 */
package org.vcmtck.assertions.ovf.env;
