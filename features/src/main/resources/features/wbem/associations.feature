@DSP0200
Feature: WBEM association traversal (DSP0200 Associators, AssociatorNames, References, ReferenceNames)
  From a registered profile in the interop namespace (DSP1033), the association operations return the
  associations referring to it and the objects at their other ends, and their filters AssocClass, ResultClass,
  Role and ResultRole keep what matches and drop what does not. A server registering no associated profile leaves
  this requirement not tested.

  Background:
    Given the WBEM server associates a registered profile with another object

  @WBEM-OP-010 @must
  Scenario: References and ReferenceNames agree and honour ResultClass and Role
    Then References and ReferenceNames name the same associations, each referring to the profile
    And the ResultClass and Role filters of ReferenceNames keep the association and drop it on a wrong role

  @WBEM-OP-010 @must
  Scenario: Associators and AssociatorNames agree and honour AssocClass, ResultClass, Role and ResultRole
    Then Associators and AssociatorNames with AssocClass, Role and ResultRole return the other end
