@DSP0200
Feature: WBEM ExecQuery (DSP0200 intrinsic method ExecQuery, optional feature wbem-exec-query)
  A WQL query returns the matching instances as objects with their paths; a query language the server does not
  support and a malformed query are refused with their own status codes.

  Background:
    Given the target claims the optional WBEM feature "wbem-exec-query"
    And the WBEM server holds instances of CIM_ManagedElement

  @WBEM-OP-011 @must
  Scenario: A WQL query returns objects with path
    Then a WQL query selecting an enumerated instance's class returns its instances as objects with path

  @WBEM-OP-011 @must
  Scenario: An unsupported query language and a malformed query are refused with their own codes
    Then a query in the language "SQL" is refused as an unsupported query language
    And a WQL query with a syntax error is refused as an invalid query
