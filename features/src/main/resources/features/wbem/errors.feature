@DSP0200
Feature: WBEM CIM status codes (DSP0200 status codes)
  What does not exist or is asked wrongly is answered with HTTP 200 and an ERROR element carrying the CIM status
  code DSP0200 gives for it, and only codes DSP0200 defines.

  @WBEM-OP-001 @WBEM-ERR-001 @WBEM-HTTP-006 @must
  Scenario: An unknown class is not found
    When the client asks for a class of an unknown name
    Then the server answers with CIM status 6

  @WBEM-OP-002 @WBEM-ERR-001 @must
  Scenario: Subclass names of an unknown class are an invalid class
    When the client asks for the subclass names of an unknown class
    Then the server answers with CIM status 5

  @WBEM-OP-003 @WBEM-ERR-001 @must
  Scenario: An unknown namespace is an invalid namespace
    When the client asks for a class in an unknown namespace
    Then the server answers with CIM status 3

  @WBEM-OP-003 @WBEM-ERR-001 @must
  Scenario: An instance of an unknown class is an invalid class
    When the client asks for an instance of an unknown class
    Then the server answers with CIM status 5

  @WBEM-OP-003 @WBEM-ERR-001 @must
  Scenario: An unknown instance of a known class is not found
    Given the WBEM server holds instances of CIM_ManagedElement
    When the client asks for an unknown instance of a known class
    Then the server answers with CIM status 6

  @WBEM-XML-007 @WBEM-ERR-001 @must
  Scenario: A missing required parameter is an invalid parameter
    When the client asks for an instance without naming it
    Then the server answers with CIM status 4

  @WBEM-OP-013 @WBEM-ERR-001 @must
  Scenario: An unknown intrinsic operation is not supported
    When the client asks for an unknown intrinsic operation
    Then the server answers with CIM status 7

  @WBEM-ERR-002 @WBEM-ERR-001 @must
  Scenario: An extrinsic method the class does not define is not found
    Given the WBEM server names a subclass of CIM_ManagedElement
    When the client asks for an unknown method of a known class
    Then the server answers with CIM status 17
