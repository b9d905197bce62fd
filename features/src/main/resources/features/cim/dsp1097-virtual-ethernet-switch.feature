@DSP1097
Feature: Virtual Ethernet Switch (DSP1097)
  The suite finds the switches through the "Virtual Ethernet Switch" registration and reads their
  CIM_VirtualEthernetSwitchSettingData. It defines a switch through the host's management service (DefineSystem
  with switch settings) and destroys it, and connects the NIC of a virtual system it defines to a switch. A target
  offers switch definition when its management capabilities list DefineSystem and a switch VirtualSystemType
  (the type of its switch settings, or one naming an Ethernet switch); scenarios needing a switch the target
  neither has nor can define are not tested. Everything the suite defines is destroyed afterwards.

  Background:
    Given the virtualization host is found through its System Virtualization registration
    And the target registers the "Virtual Ethernet Switch" profile

  @VES-001 @must
  Scenario: A switch is configured by a CIM_VirtualEthernetSwitchSettingData
    Given a virtual Ethernet switch of the Virtual Ethernet Switch registration
    Then the switch is configured by a CIM_VirtualEthernetSwitchSettingData whose class declares VLANConnection, AssociatedResourcePool, MaxNumMACAddress and EVBMode
    And the switch's EVBMode is a value of the EVBMode ValueMap, which lists 0 to 5

  @VES-002 @must
  Scenario: DefineSystem with switch settings defines a switch with ports of ResourceType 30, DestroySystem removes it
    Given the host's management service offers switch definition
    When the suite defines a switch with two ports through DefineSystem with switch settings
    Then DefineSystem answered 0 or a completed job and named the new switch
    And the new switch is a central instance of the Virtual Ethernet Switch registration or hosted by the host
    And the new switch's port settings are RASDs of ResourceType 30
    When the suite destroys the switch through DestroySystem
    Then DestroySystem answered 0 or a completed job and the switch is gone

  @VES-003 @should
  Scenario: A virtual system's NIC connected to a switch shows the connection in its settings
    Given a virtual Ethernet switch the virtualization host hosts
    When the suite defines a virtual system with a NIC whose Connection names the switch
    Then the virtual system's Ethernet adapter settings name the switch or one of its ports in Connection or HostResource
