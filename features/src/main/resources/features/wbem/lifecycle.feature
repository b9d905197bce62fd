@DSP0200
Feature: WBEM instance lifecycle: CreateInstance, ModifyInstance, DeleteInstance (DSP0200 intrinsic methods)
  A client creates, changes and deletes the instances a server lets clients manage. The subject is the class
  clients commonly create in the interop namespace, an indication filter; a server that does not let a client
  create one leaves these requirements not tested. Everything a scenario creates is deleted afterwards.

  Background:
    Given a client has created an indication filter in the interop namespace

  @WBEM-OP-007 @must
  Scenario: CreateInstance returns the new instance's name; a duplicate or an abstract class is refused
    Then the returned name names the new indication filter, which can be read back
    And creating the same indication filter again is refused as already existing
    And creating an instance of an abstract or an unknown class is refused

  @WBEM-OP-008 @must
  Scenario: ModifyInstance changes only the listed properties, never the keys, and only existing instances
    Then modifying the filter with a property list changes only the listed property
    And changing the filter's key is refused and leaves it as it was
    And modifying a filter that does not exist is refused as not found

  @WBEM-OP-009 @must
  Scenario: DeleteInstance removes the instance once; a second delete is refused as not found
    Then deleting the filter removes it, and deleting it again is refused as not found
