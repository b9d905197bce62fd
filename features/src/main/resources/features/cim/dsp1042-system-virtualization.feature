@DSP1042
Feature: System Virtualization (DSP1042)
  A management tool finds the virtualization host through the "System Virtualization" registration in the interop
  namespace, and from the host its management service, resource pools and virtual systems. The suite defines one
  virtual system per scenario that needs one and destroys it afterwards. Jobs are checked only where the target
  starts them; a target that completes every method at once leaves the job requirements not tested.

  Background:
    Given the virtualization host is found through its System Virtualization registration

  @SV-001 @must
  Scenario: The virtualization host is a computer system
    Then every central instance of the System Virtualization registration is a CIM_ComputerSystem

  @SV-002 @must
  Scenario: The host hosts one virtual system management service
    Then the host hosts exactly one virtual system management service through CIM_HostedService

  @SV-004 @must
  Scenario: Each resource type offered has a primordial pool of the host
    Then every resource type of the host's pools has a primordial pool hosted through CIM_HostedResourcePool

  @SV-005 @must
  Scenario: The management capabilities state the supported types and methods
    Then the service's capabilities state the virtual system types and the synchronous and asynchronous methods

  @SV-006 @must
  Scenario: DefineSystem creates a virtual system
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    Then the new virtual system can be read

  @SV-016 @must
  Scenario: DefineSystem takes its settings as embedded instances
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    Then DefineSystem accepted the embedded instances, returning 0 or 4096

  @SV-003 @must
  Scenario: A new virtual system is hosted by the host
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    Then the new virtual system is hosted by the host through CIM_HostedDependency

  @SV-007 @must
  Scenario: A new virtual system starts defined and inactive
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    Then the new virtual system is defined and inactive, with EnabledState 3

  @SV-008 @must
  Scenario: DestroySystem removes the virtual system
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    And the suite destroys the virtual system
    Then DestroySystem succeeded and the virtual system is gone

  @SV-009 @must
  Scenario: AddResourceSettings adds a resource to a virtual system's configuration
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    And the suite adds an Ethernet adapter RASD to the virtual system's VSSD
    Then AddResourceSettings succeeded and the VSSD aggregates the new Ethernet adapter RASD

  @SV-010 @must
  Scenario: ModifyResourceSettings changes the setting its embedded RASD names by InstanceID
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    And the suite changes the memory RASD's VirtualQuantity through ModifyResourceSettings
    Then ModifyResourceSettings succeeded and the memory RASD shows the new quantity

  @SV-010 @must
  Scenario: ModifyResourceSettings refuses a RASD whose InstanceID names no setting
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    And the suite asks ModifyResourceSettings to change a RASD whose InstanceID names no setting
    Then the request is refused and the virtual system's settings are unchanged

  @SV-011 @must
  Scenario: ModifySystemSettings changes the system's ElementName
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    And the suite renames the virtual system through ModifySystemSettings
    Then ModifySystemSettings succeeded and the VSSD and the virtual system show the new ElementName

  @SV-011 @must
  Scenario: ModifySystemSettings refuses a VSSD whose InstanceID names no setting
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    And the suite asks ModifySystemSettings to change a VSSD whose InstanceID names no setting
    Then the request is refused and the virtual system's settings are unchanged

  @SV-012 @must
  Scenario: RemoveResourceSettings removes the referenced resource settings
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    And the suite adds an Ethernet adapter RASD to the virtual system's VSSD
    And the suite removes the added RASD through RemoveResourceSettings
    Then RemoveResourceSettings succeeded, the RASD is gone and the VSSD aggregates what it did before

  @SV-013 @must
  Scenario: DefineSystem and DestroySystem answer documented return codes
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    And the suite destroys the virtual system
    Then every DefineSystem and DestroySystem answer is a return code of the method's ValueMap

  @SV-014 @must
  Scenario: A method that starts a job names a concrete job
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    And the suite destroys the virtual system
    Then a job that DefineSystem or DestroySystem started is a CIM_ConcreteJob that completed

  @SV-015 @must
  Scenario: Jobs report the states of the JobState ValueMap
    When the suite defines a virtual system from an embedded VSSD and processor and memory RASDs
    And the suite destroys the virtual system
    Then every JobState seen is one of the ValueMap

  @SV-017 @must
  Scenario: Destroying a virtual system that does not exist is refused and changes nothing
    When the suite asks to destroy a virtual system that does not exist
    Then the request is refused as invalid and the host's virtual systems are unchanged

  @SV-018 @should
  Scenario: The host is named by its keys and shows its name
    Then the host can be read by its keys CreationClassName and Name and names itself in ElementName
