/**
 * AssertJ-style assertions over raw protocol data (OVF package members, CIM instances, CIMI resources). Each
 * failure names the catalogue requirement it violates. The protocol issues add one assertion class per subject.
 */
package org.vcmtck.assertions;
