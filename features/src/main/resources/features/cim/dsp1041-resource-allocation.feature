@DSP1041
Feature: Resource Allocation (DSP1041)
  The suite finds the resource pools through the "Resource Allocation" registration, defines virtual systems on the
  host found through the "System Virtualization" registration (and destroys them afterwards), and reads their
  resource allocation settings (RASDs) and the pools they draw from. The pool configuration service is optional:
  a host without one, or one that does not support a method, leaves the scenarios that need it not tested. Child
  pools the suite creates are deleted afterwards.

  Background:
    Given the virtualization host is found through its System Virtualization registration
    And the resource pools are found through the Resource Allocation registration

  @RA-001 @must
  Scenario: The RASDs of a virtual system carry the RASD properties with valid values
    Given the suite defined a virtual system with 2 processors and 512 MiB of memory
    Then every RASD of the virtual system has an InstanceID, a ResourceType and valid ConsumerVisibility and MappingBehavior values

  @RA-002 @must
  Scenario: ResourceType takes the values of the CIM ValueMap
    Given the suite defined a virtual system with 2 processors and 512 MiB of memory
    Then the ResourceType of every RASD and resource pool is a value of the CIM ValueMap, 3 for the processor and 4 for the memory

  @RA-003 @must
  Scenario: AllocationUnits is a programmatic unit that scales the quantities
    Given the suite defined a virtual system with 2 processors and 512 MiB of memory
    Then the AllocationUnits of every RASD and pool is a programmatic unit, and the memory RASD's units scale its VirtualQuantity to the memory asked for

  @RA-004 @must
  Scenario: VirtualQuantity is what the virtual system sees
    Given the suite defined a virtual system with 2 processors and 512 MiB of memory
    Then the processor RASD's VirtualQuantity is the number of processors asked for, and the memory RASD's the memory asked for

  @RA-005 @must
  Scenario: HostResource entries are URIs of the backing resources
    Given the suite defined a virtual system with a disk backed by an image
    Then every HostResource of the virtual system's RASDs is a URI, and the disk's names the image it was given

  @RA-006 @must
  Scenario: PoolID names the pool a resource comes from
    Given the suite defined a virtual system with 2 processors and 512 MiB of memory
    Then every PoolID a RASD of the virtual system shows names a resource pool

  @RA-008 @must
  Scenario: Resource pools show their identity and accounting
    Then every resource pool shows its identity, type and accounting, with Reserved no more than Capacity

  @RA-008 @must
  Scenario: A pool accounts for the virtual systems that draw from it
    Given the accounting of the resource pools is read
    When the suite defined a virtual system with 2 processors and 512 MiB of memory
    Then the memory pool the virtual system draws from reserves or consumes more than before
    And every resource pool shows its identity, type and accounting, with Reserved no more than Capacity

  @RA-009 @must
  Scenario: Resource pools are hosted by their host
    Then every resource pool of the registration is hosted by one system through CIM_HostedResourcePool

  @RA-010 @may
  Scenario: A child pool is created, in use while a virtual system draws from it, and deleted when empty
    Given the host's resource pool configuration service
    When the suite creates a child pool of 1024 MiB from the host's primordial memory pool
    And the suite defines a virtual system drawing its memory from the child pool
    Then deleting the child pool is refused as in use
    When the suite destroys the virtual system drawing from the child pool
    Then deleting the child pool succeeds and the pool is gone

  @RA-011 @must
  Scenario: Primordial pools cannot be deleted
    Given the host's resource pool configuration service
    Then deleting a primordial pool is refused and the pool remains

  @RA-012 @should
  Scenario: A reservation above the limit is refused
    When the suite defines a virtual system whose memory Reservation exceeds its Limit
    Then DefineSystem refuses the memory setting and the host hosts no new virtual system

  @RA-012 @should
  Scenario: A reservation above the virtual quantity is refused
    When the suite defines a virtual system whose memory Reservation exceeds its VirtualQuantity
    Then DefineSystem refuses the memory setting and the host hosts no new virtual system

  @RA-013 @may
  Scenario: A processor allocation names its architecture and instruction set
    Given the suite defined a virtual system with 2 processors and 512 MiB of memory
    Then the processor RASD, when it is a CIM_ProcessorAllocationSettingData, names its architecture and instruction set in the DMTF form
