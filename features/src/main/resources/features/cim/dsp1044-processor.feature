@DSP1044
Feature: Processor Device Resource Virtualization (DSP1044)
  A management tool sees each virtual processor of a virtual system as a CIM_Processor of the system, defined by
  the processor RASD and allocated from a processor pool. The suite defines a virtual system with two virtual
  processors on the host found through the "System Virtualization" registration and destroys it afterwards.

  Background:
    Given the virtualization host is found through its System Virtualization registration
    And the target registers the "Processor Device Resource Virtualization" profile
    And a virtual system the suite defined with 2 virtual processors

  @DEV-001 @must
  Scenario: Each virtual processor is a CIM_Processor of the virtual system
    Then the virtual system shows one CIM_Processor per virtual processor through CIM_SystemDevice

  @VS-015 @must
  Scenario: Each processor device is defined by the processor RASD
    Then each CIM_Processor of the virtual system is linked by CIM_SettingsDefineState to the processor RASD

  @RA-007 @must
  Scenario: Each device is allocated from its pool
    Then every device of the virtual system is allocated from exactly one resource pool

  @DEV-008 @must
  Scenario: Device, RASD and pool agree
    Then every device of the virtual system, its RASD and its pool agree
