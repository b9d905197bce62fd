@DSP1033
Feature: Profile registration in the interop namespace (DSP1033)
  A WBEM server says which profiles it implements with CIM_RegisteredProfile instances in its interop namespace,
  and links each registration to the instances that conform to it and to the profiles it references. Profiles are
  recognised by organization, name and version; InstanceIDs are opaque keys. What a server does not have (no
  component profile, nothing outside the interop namespace, no GetCentralInstances) leaves the matching
  requirement not tested.

  Background:
    Given the interop namespace lists the registered profiles

  @PR-001 @must
  Scenario: Every registered profile is an instance of the interop namespace
    Then the interop namespace holds at least one registered profile, each readable by its path

  @PR-002 @must
  Scenario: The required properties of a registered profile are set
    Then every registered profile has RegisteredOrganization, RegisteredName, RegisteredVersion and AdvertiseTypes, and is named by InstanceID alone

  @PR-003 @must
  Scenario: DMTF profiles are registered by the DMTF, other profiles name their organization
    Then every registered DMTF profile the catalogue knows has RegisteredOrganization 2 and every profile of another organization names it

  @PR-004 @must
  Scenario: Registered names are the profiles' names, spelt exactly
    Then every registered profile that names a profile of the catalogue spells its RegisteredName exactly

  @PR-005 @must
  Scenario: Registered versions are major.minor.update
    Then every RegisteredVersion is a version M.m.u

  @PR-006 @must
  Scenario: AdvertiseTypes says how each profile is advertised
    Then every AdvertiseTypes holds at least one value, each of 1 Other, 2 Not Advertised, 3 SLP or 4 WS-Identify

  @PR-007 @may
  Scenario: Registered profiles are found by name and version, never by parsing InstanceIDs
    Then each registered profile is told apart by organization, name and version alone, without reading its InstanceID

  @PR-008 @must
  Scenario: An autonomous profile's registration leads to its central instances
    Then every registered profile no other registered profile references leads through CIM_ElementConformsToProfile to central instances that exist

  @PR-009 @may
  Scenario: A component profile's registration may lead to its central instances
    Then every registered profile another registered profile references leads through CIM_ElementConformsToProfile to instances that exist, or to none

  @PR-010 @must
  Scenario: Referenced profiles are linked to the profiles that reference them
    Then every CIM_ReferencedProfile links two registered profiles in both directions, and the profiles the catalogue knows to reference each other are linked

  @PR-011 @must
  Scenario: Conformance crosses from the implementation namespace back to the interop namespace
    Then every central instance outside the interop namespace leads back to its registered profile in the interop namespace

  @PR-012 @may
  Scenario: GetCentralInstances returns the instances the conformance association links
    Then GetCentralInstances of each registered profile, where implemented, returns 0 and the instances CIM_ElementConformsToProfile links

  @PR-013 @may
  Scenario: ImplementedFeatures is NULL or names the implemented features
    Then ImplementedFeatures of every registered profile is NULL or a list of distinct feature names
