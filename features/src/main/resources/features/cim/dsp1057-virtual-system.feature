@DSP1057
Feature: Virtual System (DSP1057)
  The suite defines a virtual system on the host found through the "System Virtualization" registration (and
  destroys it afterwards), then reads it as a management tool does: its identity, its state and the requests that
  change it, its settings and its devices. A state the system does not list as supported leaves the scenario that
  needs it not tested.

  Background:
    Given the virtualization host is found through its System Virtualization registration
    And a virtual system the suite defined on the virtualization host

  @VS-001 @must
  Scenario: A virtual system is a computer system with a stable name and a user-visible name
    Then the virtual system is a CIM_ComputerSystem named by CreationClassName and Name, showing the ElementName it was given

  @VS-002 @must
  Scenario: EnabledState shows the virtual system's state
    Then the virtual system's EnabledState is 3
    When the suite activates the virtual system
    Then the virtual system's EnabledState is 2

  @VS-003 @must
  Scenario: RequestStateChange pauses an active virtual system
    When the suite activates the virtual system
    And the suite pauses the virtual system
    Then the virtual system's EnabledState is 9

  @VS-004 @must
  Scenario: RequestStateChange answers the return codes of its ValueMap
    When the suite asks the defined virtual system to suspend, pause, reboot and reset
    And the suite activates the virtual system
    Then every RequestStateChange answer is a return code of the ValueMap

  @VS-005 @must
  Scenario: A defined virtual system cannot be suspended, paused, rebooted or reset
    When the suite asks the defined virtual system to suspend, pause, reboot and reset
    Then each request is refused and the virtual system's EnabledState stays 3

  @VS-005 @must
  Scenario: A paused virtual system cannot be paused again
    When the suite activates the virtual system
    And the suite pauses the virtual system
    And the suite asks the paused virtual system to pause again
    Then each request is refused and the virtual system's EnabledState stays 9

  @VS-006 @must
  Scenario: RequestedState shows the last request
    When the suite activates the virtual system
    Then the virtual system's RequestedState is 2

  @VS-007 @must
  Scenario: The state capabilities list exactly the states that can be requested
    Then the virtual system's capabilities list only requestable states, and a state they do not list is refused

  @VS-008 @may
  Scenario: The state capabilities say whether ElementName can be changed, and ModifySystemSettings honours them
    Then when its capabilities allow editing ElementName, ModifySystemSettings renames the virtual system within MaxElementNameLen

  @VS-009 @must
  Scenario: The current configuration is a VSSD that defines the system's state
    Then exactly one VSSD is linked to the virtual system by CIM_SettingsDefineState

  @VS-010 @must
  Scenario: The defined configuration is the system's default settings
    Then a VSSD is linked to the virtual system by CIM_ElementSettingData with IsDefault 1

  @VS-011 @must
  Scenario: The VSSD aggregates one RASD per virtual resource
    Then the VSSD aggregates a RASD for the processor and one for the memory

  @VS-012 @must
  Scenario: The VSSD shows its identity and valid settings
    Then the VSSD shows InstanceID, ElementName, VirtualSystemIdentifier and VirtualSystemType, and valid automatic actions

  @VS-013 @must
  Scenario: VirtualSystemType is organization:type and supported by the host
    Then the VSSD's VirtualSystemType has the form organization:type and is one the host supports

  @VS-014 @should
  Scenario: Settings InstanceIDs are organization:local and unique
    Then the InstanceIDs of the VSSD and its RASDs have the form organization:local and are distinct

  @VS-015 @must
  Scenario: Devices are linked to the settings that define them
    Then every device of the virtual system is linked to a RASD by CIM_SettingsDefineState

  @VS-016 @should
  Scenario: OperationalStatus and HealthState report the virtual system's health consistently
    Then the virtual system's OperationalStatus and HealthState are valid and agree with each other

  @VS-017 @may
  Scenario: OtherIdentifyingInfo carries further identifiers such as the UUID
    Then the virtual system's OtherIdentifyingInfo pairs each identifier with a description, a UUID in UUID form

  @VS-018 @must
  Scenario: GetInstance of an unknown virtual system is not found
    Then GetInstance of a virtual system that does not exist answers CIM_ERR_NOT_FOUND
