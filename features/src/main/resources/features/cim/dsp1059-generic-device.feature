@DSP1059
Feature: Generic Device Resource Virtualization (DSP1059)
  Devices without a profile of their own follow the generic pattern: a RASD of the device's ResourceType, a
  CIM_LogicalDevice of the virtual system it defines, and a pool the device is allocated from. The suite defines a
  virtual system with an IDE controller (a target that does not offer one leaves these scenarios not tested) and
  destroys it afterwards.

  Background:
    Given the virtualization host is found through its System Virtualization registration
    And the target registers the "Generic Device Resource Virtualization" profile
    And a virtual system the suite defined with an IDE controller

  @DEV-007 @must
  Scenario: A controller is a logical device defined by its RASD and allocated from a pool
    Then the controller is a CIM_LogicalDevice of the virtual system, defined by its RASD and allocated from a pool

  @DEV-008 @must
  Scenario: Generic device, RASD and pool agree
    Then every device of the virtual system, its RASD and its pool agree
