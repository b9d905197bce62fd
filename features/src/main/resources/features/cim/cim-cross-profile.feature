@CIM-CROSS
Feature: Checks across the CIM profiles
  A generic CIM browser starts from the central instances of every profile the target registers and follows every
  association from there, without knowing the profiles. What it reaches must be readable, every step must lead
  back, a source that names nothing must be refused, and the CIM_ class names must find what vendor subclasses
  implement. The walk is bounded: a few instances of each class, a few steps deep.

  Background:
    Given the suite has walked the associations from the central instances of every registered profile

  @X-001 @must
  Scenario: Every instance an association returns can be read through the returned path
    Then every instance an association traversal returned can be read with GetInstance through the returned path

  @X-002 @must
  Scenario: Associations can be traversed in both directions
    Then every instance an association traversal reached leads back to where the traversal started

  @X-003 @must
  Scenario: An association source whose keys name no instance is refused
    Then AssociatorNames and References of source paths whose keys name no instance answer CIM_ERR_NOT_FOUND or CIM_ERR_INVALID_PARAMETER

  @X-004 @should
  Scenario: Clients find vendor subclasses through the CIM_ class names
    Then a client naming only CIM_ classes finds the virtualization profiles' systems
