/**
 * What a target registers in its interop namespace (DSP1033) and how that maps onto the catalogue's CIM profiles
 * and the target's claims.
 */
package org.vcmtck.profiles.registration;
