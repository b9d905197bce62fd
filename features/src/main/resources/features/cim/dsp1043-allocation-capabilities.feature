@DSP1043
Feature: Allocation Capabilities (DSP1043)
  Starting from each pool the virtualization host hosts, the suite reads the pool's allocation capabilities and the
  capability settings that bound a request (Default, Minimum, Maximum, Increment), then asks for a virtual system
  built from the Default setting and for one beyond the Maximum. A target that does not register the Allocation
  Capabilities profile leaves these scenarios not tested.

  Background:
    Given the virtualization host is found through its System Virtualization registration
    And the pools of the virtualization host, on a target that registers the Allocation Capabilities profile

  @AC-001 @must
  Scenario: Every resource pool has allocation capabilities
    Then every pool has a CIM_AllocationCapabilities through CIM_ElementCapabilities

  @AC-002 @must
  Scenario: Allocation capabilities describe the resource and the states in which it can be added or removed
    Then each pool's allocation capabilities show the pool's ResourceType, request types and sharing mode of their ValueMaps, and add and remove states of the EnabledState ValueMap

  @AC-003 @must
  Scenario: The allowed settings are resource allocation settings linked by CIM_SettingsDefineCapabilities
    Then each pool's allocation capabilities lead through CIM_SettingsDefineCapabilities to CIM_ResourceAllocationSettingData of the pool's ResourceType

  @AC-004 @must
  Scenario: CIM_SettingsDefineCapabilities states how each setting applies
    Then every CIM_SettingsDefineCapabilities of the pools' capabilities has a PropertyPolicy, ValueRole and ValueRange of their ValueMaps

  @AC-005 @must
  Scenario: Each pool offers a Default, a Minimum, a Maximum and an Increment setting
    Then each pool's allocation capabilities define one independent Default, Minimum, Maximum and Increment setting, with Minimum <= Default <= Maximum and a positive Increment

  @AC-006 @must
  Scenario: A request built from the Default setting is accepted, one beyond the Maximum is refused
    Given the Default, Minimum, Maximum and Increment settings of the host's memory or processor pool
    When the suite defines a virtual system from that pool's Default setting
    And the suite defines a virtual system asking that pool for one Increment more than its Maximum
    Then DefineSystem refuses it with return code 4 and the host hosts no new virtual system

  @AC-008 @may
  Scenario: The management service's capabilities may define default settings
    Then the settings the service's management capabilities define through CIM_SettingsDefineCapabilities are readable and include a Default
