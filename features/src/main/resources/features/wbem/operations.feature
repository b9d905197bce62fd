@DSP0200
Feature: WBEM intrinsic operations and their flags (DSP0200 intrinsic methods)
  Class and instance operations return what DSP0200 says, with LocalOnly, DeepInheritance, IncludeQualifiers,
  IncludeClassOrigin and PropertyList honoured. The classes and instances used are those the server itself names
  under CIM_ManagedElement; a server with none leaves these requirements not tested.

  @WBEM-OP-002 @must
  Scenario: Deep class name enumeration includes the shallow one and the subclasses' subclasses
    Given the WBEM server names a subclass of CIM_ManagedElement
    Then a deep class name enumeration holds every class of the shallow one
    And each class of a shallow class enumeration names CIM_ManagedElement as its superclass

  @WBEM-OP-001 @must
  Scenario: GetClass honours LocalOnly, IncludeQualifiers and IncludeClassOrigin
    Given the WBEM server names a subclass of CIM_ManagedElement
    Then reading the subclass returns it without class origins by default
    And reading the subclass without qualifiers returns none, and with class origins names them
    And reading the subclass with LocalOnly returns only the properties it defines itself

  @WBEM-OP-001 @WBEM-OP-006 @must
  Scenario: GetClass honours PropertyList
    Given the WBEM server names a subclass of CIM_ManagedElement
    Then reading the subclass with a property list returns only the listed properties

  @WBEM-OP-004 @WBEM-OP-005 @must
  Scenario: EnumerateInstances and EnumerateInstanceNames name the same instances
    Given the WBEM server holds instances of CIM_ManagedElement
    Then enumerating the instances returns the paths that enumerating their names returns

  @WBEM-OP-003 @must
  Scenario: GetInstance returns the enumerated instance
    Given the WBEM server holds instances of CIM_ManagedElement
    Then reading an enumerated instance returns an instance of its class

  @WBEM-OP-003 @WBEM-OP-006 @must
  Scenario: GetInstance honours PropertyList
    Given the WBEM server holds instances of CIM_ManagedElement
    Then reading an instance with a property list returns only the listed properties

  @WBEM-OP-012 @may
  Scenario: GetProperty and EnumerateQualifiers work when offered and are refused as not supported when not
    Given the WBEM server holds instances of CIM_ManagedElement
    Then GetProperty of an enumerated instance's key returns the key's value, or is refused as not supported
    And EnumerateQualifiers declares the Key qualifier, or is refused as not supported
