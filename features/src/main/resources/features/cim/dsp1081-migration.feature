@DSP1081
Feature: Virtual System Migration (DSP1081)
  The suite finds the migration service of the host found through the "System Virtualization" registration, reads
  its capabilities, and moves a virtual system it defined (and destroys afterwards) to another host of that
  registration. A target with a single virtualization host, or whose capabilities do not list the method a
  scenario needs, leaves that scenario not tested.

  Background:
    Given the virtualization host is found through its System Virtualization registration
    And the host's virtual system migration service is found through the Virtual System Migration registration

  @MIG-001 @must
  Scenario: The host hosts the migration service, the profile's central instance
    Then the host hosts a CIM_VirtualSystemMigrationService through CIM_HostedService that the registration names as central instance

  @MIG-002 @must
  Scenario: The migration service class declares the migration and check methods
    Then the migration service's class declares MigrateVirtualSystemToHost, MigrateVirtualSystemToSystem, CheckVirtualSystemIsMigratableToHost and CheckVirtualSystemIsMigratableToSystem with their parameters

  @MIG-003 @must
  Scenario: Migrating a virtual system to another host moves its hosting
    Given a virtual system the suite defined on the virtualization host
    And another host of the System Virtualization registration as destination
    When the suite migrates the virtual system to the destination
    Then the migration answered a return code of the migration methods, and its job (if any) completed
    And the destination host hosts the virtual system and the original host does not

  @MIG-004 @must
  Scenario: A live migration keeps an active virtual system running on the destination
    Given a virtual system the suite defined on the virtualization host
    And another host of the System Virtualization registration as destination
    When the suite activates the virtual system
    And the suite migrates the virtual system to the destination with MigrationType 2 Live
    Then the destination host hosts the virtual system and the original host does not
    And the virtual system's EnabledState is 2

  @MIG-005 @must
  Scenario: The migration capabilities list the methods and destination host formats
    Then the migration capabilities list only migration methods 2 to 5 and destination host formats 2 to 4

  @MIG-005 @must
  Scenario: A destination host in a format the capabilities do not list is an invalid parameter
    Given a virtual system the suite defined on the virtualization host
    When the suite names a destination host in a format the migration capabilities do not list
    Then the answer is 4 Invalid Parameter and the original host still hosts the virtual system

  @MIG-006 @must
  Scenario: Checking whether a virtual system is migratable changes nothing
    Given a virtual system the suite defined on the virtualization host
    And another host of the System Virtualization registration as destination
    When the suite checks whether the virtual system is migratable to the destination
    Then the check answered 0 with IsMigratable true or false
    And the original host still hosts the virtual system and its EnabledState is unchanged

  @MIG-007 @should
  Scenario: A virtual system shows that it is migrating while its migration job runs
    Given a virtual system the suite defined on the virtualization host
    And another host of the System Virtualization registration as destination
    When the suite migrates the virtual system to the destination, reading it while the job runs
    Then the virtual system read during the migration showed OperatingStatus Migrating or OperationalStatus Relocating
