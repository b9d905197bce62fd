@DSP1047
Feature: Storage Resource Virtualization (DSP1047)
  A virtual disk is stated by a disk drive RASD (some targets add a logical disk RASD for the image; both forms are
  accepted) and shown as a CIM_LogicalDisk of the virtual system. The suite defines a virtual system with a 1 GiB
  disk and destroys it afterwards. The storage RASD subclass is optional and checked only where the target uses it.

  Background:
    Given the virtualization host is found through its System Virtualization registration
    And the target registers the "Storage Resource Virtualization" profile
    And a virtual system the suite defined with a 1024 MiB virtual disk

  @DEV-003 @must
  Scenario: A virtual disk is a CIM_LogicalDisk of the capacity asked for
    Then the virtual system shows a CIM_LogicalDisk of the capacity asked for, defined by a disk drive or logical disk RASD

  @DEV-004 @may
  Scenario: A storage RASD subclass carries the storage properties
    Then a disk RASD shown as a CIM_StorageAllocationSettingData carries the storage properties

  @RA-007 @must
  Scenario: Each storage device is allocated from its pool
    Then every device of the virtual system is allocated from exactly one resource pool

  @DEV-008 @must
  Scenario: Disk device, RASD and pool agree
    Then every device of the virtual system, its RASD and its pool agree
