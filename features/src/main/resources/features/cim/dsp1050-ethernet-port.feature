@DSP1050
Feature: Ethernet Port Resource Virtualization (DSP1050)
  A virtual network adapter is stated by an Ethernet adapter RASD whose Address is its MAC (chosen by the target
  when the client gives none) and shown as a CIM_EthernetPort of the virtual system. The suite defines a virtual
  system with two adapters without MAC addresses and destroys it afterwards. The Ethernet port RASD subclass is
  optional and checked only where the target uses it.

  Background:
    Given the virtualization host is found through its System Virtualization registration
    And the target registers the "Ethernet Port Resource Virtualization" profile
    And a virtual system the suite defined with two network adapters given no MAC address

  @DEV-005 @must
  Scenario: Network adapters get distinct MAC addresses and are Ethernet ports
    Then each network adapter RASD shows a distinct unicast MAC address, and a CIM_EthernetPort of the virtual system shows it

  @DEV-006 @may
  Scenario: An Ethernet port RASD subclass carries the VLAN and QoS properties
    Then a network adapter RASD shown as a CIM_EthernetPortAllocationSettingData carries the VLAN and QoS properties

  @RA-007 @must
  Scenario: Each Ethernet port is allocated from its pool
    Then every device of the virtual system is allocated from exactly one resource pool

  @DEV-008 @must
  Scenario: Ethernet port, RASD and pool agree
    Then every device of the virtual system, its RASD and its pool agree
