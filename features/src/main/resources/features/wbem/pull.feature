@DSP0200
Feature: WBEM pull enumerations (DSP0200 1.3 pull operations, optional feature wbem-pull)
  An open enumeration returns at most MaxObjectCount objects per request and a context to continue with; pulling
  until the end returns every object once, after which the context, like a closed one, is invalid.

  Background:
    Given the target claims the optional WBEM feature "wbem-pull"
    And the WBEM server holds instances of CIM_ManagedElement

  @WBEM-PULL-001 @WBEM-PULL-002 @must
  Scenario: Opening with MaxObjectCount 0 returns nothing yet and a context
    Then opening a path enumeration with MaxObjectCount 0 returns no paths, an open end and a context

  @WBEM-PULL-002 @WBEM-PULL-003 @WBEM-PULL-004 @must
  Scenario: Pulling one at a time returns every instance once, then the context is invalid
    Then pulling one path at a time returns every instance name once, then ends the enumeration

  @WBEM-PULL-005 @must
  Scenario: A closed enumeration's context is invalid
    Then closing an open enumeration makes its context invalid

  @WBEM-PULL-006 @must
  Scenario: An enumeration idle longer than its OperationTimeout is closed
    Then an enumeration opened with OperationTimeout 1 is closed by the server after it has been idle longer

  @WBEM-PULL-007 @must
  Scenario: A filter query or ContinueOnError the server does not support is refused with its own code
    Then opening an enumeration with a filter query the server does not support is refused as such
    And opening an enumeration with ContinueOnError either works or is refused as not supported

  @WBEM-PULL-008 @may
  Scenario: EnumerationCount returns a count or is refused as not supported
    Then EnumerationCount on an open enumeration returns a count or is refused as not supported
