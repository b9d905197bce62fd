@DSP0200
Feature: CIM-XML message structure (DSP0201 messages, DSP0200 status codes)
  Requests are read as DSP0201 lays them out: one call per simple request, namespaces by segment, empty parameters
  as NULL, key bindings in any order, booleans in any case, only the DTD's types. Responses are laid out the same
  way: void operations carry no return value, errors stand alone with a code and a readable description, method
  outcomes are a typed return value and out parameters, never both an ERROR and a return value. The subjects are
  what the server itself names; a server without one leaves the requirement not tested.

  @WBEM-XML-004 @must
  Scenario: A simple request holding two calls is not valid
    When the client sends a simple request holding two intrinsic calls
    Then the server refuses it with HTTP 400 and CIMError "request-not-valid"

  @WBEM-XML-004 @must
  Scenario: A multiple request is refused, not taken for a simple one
    When the client sends a multiple request without a CIMBatch header
    Then the server refuses it with HTTP 400 or 501

  @WBEM-XML-005 @must
  Scenario: The namespace is read from every NAMESPACE segment
    Given the WBEM server names a subclass of CIM_ManagedElement
    Then reading the subclass in its namespace given segment by segment is answered
    And the same request with one more namespace segment is an invalid namespace

  @WBEM-XML-006 @must
  Scenario: An empty PropertyList parameter is NULL and selects every property
    Given the WBEM server holds instances of CIM_ManagedElement
    Then reading an instance with an empty PropertyList parameter returns every property

  @WBEM-XML-013 @WBEM-XML-017 @must
  Scenario: Key bindings are typed and name an instance whatever their order
    Given the WBEM server holds instances of CIM_ManagedElement
    Then the instance names carry key values of a DTD value type
    And reading an instance with its key bindings in reverse order returns the same instance

  @WBEM-XML-014 @WBEM-XML-015 @WBEM-XML-017 @must
  Scenario: Instances are qualifiers then typed properties, encoded as DSP0201 says
    Given the WBEM server holds instances of CIM_ManagedElement
    Then every enumerated instance is qualifiers then properties with a name and a DTD type
    And the booleans and datetimes in them are encoded as DSP0201 says

  @WBEM-XML-014 @must
  Scenario: A property without a value is NULL
    Given the WBEM server holds instances of CIM_ManagedElement
    Then a property an instance shows without a value reads back as NULL

  @WBEM-XML-015 @must
  Scenario: Boolean parameters are read whatever their case
    Given the WBEM server names a subclass of CIM_ManagedElement
    Then reading the subclass with LocalOnly written in lower case honours it

  @WBEM-XML-017 @must
  Scenario: A type outside the DTD's set is refused
    Given the WBEM server holds instances of CIM_ManagedElement
    Then naming an instance with a key value of TYPE "int" is refused as not valid

  @WBEM-XML-011 @must @WBEM-ERR-003 @should
  Scenario: An error is an ERROR element alone, with a code and a readable description
    When the client asks for a class of an unknown name
    Then the answer is an ERROR standing alone with a numeric CODE
    And the ERROR's DESCRIPTION is a readable message

  @WBEM-XML-010 @must
  Scenario: A void operation answers without IRETURNVALUE
    Given the target claims the optional WBEM feature "wbem-pull"
    And the WBEM server holds instances of CIM_ManagedElement
    Then closing an open enumeration answers an IMETHODRESPONSE without IRETURNVALUE

  @WBEM-XML-008 @WBEM-XML-010 @WBEM-XML-012 @must
  Scenario: A method call on an instance path answers a typed RETURNVALUE and out PARAMVALUEs
    Given the WBEM server registers a profile whose class defines GetCentralInstances
    When the client invokes GetCentralInstances on the registered profile
    Then the METHODRESPONSE names the method and holds a typed RETURNVALUE, then only PARAMVALUEs
    And the out parameter CentralInstances is a reference parameter

  @WBEM-XML-008 @must
  Scenario: The PARAMVALUEs of a method call are read
    Given the WBEM server registers a profile whose class defines GetCentralInstances
    When the client invokes GetCentralInstances with a parameter the method does not define
    Then the method answers CIM status 4

  @WBEM-XML-016 @WBEM-ERR-004 @must
  Scenario: Embedded instances are read, and a method's refusal is an ERROR or a return value, never both
    Given the WBEM server has a method with an EmbeddedInstance parameter and an instance to call it on
    Then the method refuses an embedded instance with a property its class lacks, by ERROR or return value alone
    And the method refuses an embedded string that is not CIM-XML, by ERROR or return value alone
