@DSP1045
Feature: Memory Resource Virtualization (DSP1045)
  A virtual system's memory is stated by a memory RASD in byte-based units and shown as a CIM_Memory of the system.
  The suite defines a virtual system with 512 MiB of memory and destroys it afterwards.

  Background:
    Given the virtualization host is found through its System Virtualization registration
    And the target registers the "Memory Resource Virtualization" profile
    And a virtual system the suite defined with 512 MiB of memory

  @DEV-002 @must
  Scenario: Memory is a CIM_Memory defined by a byte-based memory RASD
    Then the virtual system shows a CIM_Memory defined by the memory RASD, whose byte-based units give the amount asked for

  @DEV-008 @must
  Scenario: Memory device, RASD and pool agree
    Then every device of the virtual system, its RASD and its pool agree
