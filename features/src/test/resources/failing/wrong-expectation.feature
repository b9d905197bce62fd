@VCMTCK-REF @reference-only
Feature: A deliberately wrong expectation, to prove that a failed check fails the run

  @REF-LAUNCH-001 @must
  Scenario: Expects a refusal where the launcher succeeds
    When the reference is launched with seed 7, 1 host and 1 virtual system
    Then the launcher exits with code 2
