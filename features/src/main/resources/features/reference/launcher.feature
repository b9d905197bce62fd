@VCMTCK-REF @reference-only
Feature: Reference launcher contract
  The built-in reference is also a fixture that vendors and plugfest organisers script against. Its launcher
  announces where it serves, refuses bad inventories precisely, and rebuilds the same datacenter from the same
  seed or state file. These scenarios drive the launcher's command line only.

  @REF-LAUNCH-001 @must
  Scenario: The launcher announces its endpoints and then that it is ready
    When the reference is launched with seed 7, 2 hosts and 3 virtual systems
    Then the launcher exits with code 0
    And the last line it prints is "ready"
    And every endpoint line it prints has the form "endpoint <kind> <url>" with a loopback URL

  @REF-LAUNCH-002 @must
  Scenario: The endpoints file lists exactly the announced endpoints
    When the reference is launched with seed 7, 1 host and 1 virtual system and an endpoints file
    Then the launcher exits with code 0
    And the endpoints file is a JSON object whose members are exactly the announced endpoints

  @REF-LAUNCH-003 @must
  Scenario Outline: A malformed inventory is refused with the file, line and field at fault
    Given an inventory file with <fault>
    When the reference is launched with that inventory
    Then the launcher exits with code 2
    And the error names the inventory file, line <line> and field "<field>"

    Examples:
      | fault                                  | line | field                |
      | a negative memory size on the 2nd host | 8    | hosts[1].memoryBytes |
      | a host without a name                  | 3    | hosts[0].name        |
      | a field the format does not know       | 6    | hosts[0].colour      |

  @REF-LAUNCH-004 @must
  Scenario: The launcher's help describes every option
    When the launcher's help is requested
    Then the launcher exits with code 0
    And every option listed in the help has a description
    And the help lists the options:
      | --inventory        |
      | --hosts            |
      | --vms              |
      | --seed             |
      | --state            |
      | --job-ticks        |
      | --bind             |
      | --port             |
      | --endpoints-file   |
      | --export-inventory |
      | --exit-after-start |
      | --deviate          |
      | --benchmark        |

  @REF-MODEL-001 @must
  Scenario: The same seed gives the same datacenter, another seed another one
    When the reference is launched twice with seed 42, 3 hosts and 20 virtual systems
    Then both exported inventories are identical
    When the reference is launched with seed 43, 3 hosts and 20 virtual systems
    Then its exported inventory has other UUIDs than the one of seed 42

  @REF-MODEL-002 @must
  Scenario: A restarted reference holds the datacenter of its state file
    Given a reference was launched with a state file, seed 5, 2 hosts and 6 virtual systems
    When the reference is launched again with that state file and seed 99
    Then the launcher exits with code 0
    And the exported inventories of both launches are identical

  @REF-MODEL-003 @must
  Scenario: A generated datacenter has what was asked for, each system uniquely identified
    When the reference is launched with seed 11, 4 hosts and 25 virtual systems
    Then the exported inventory has 4 hosts and 25 virtual systems
    And every virtual system has a unique id, a unique UUID and unique MAC addresses
