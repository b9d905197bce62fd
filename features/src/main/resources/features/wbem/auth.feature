@DSP0200
Feature: WBEM authentication (DSP0200 security)
  A server requiring authentication takes HTTP Basic credentials and refuses a request without valid ones with
  401 and a challenge, before any CIM processing. The target file says the server requires authentication by
  giving WBEM credentials; without them these scenarios are not tested.

  @WBEM-AUTH-001 @WBEM-AUTH-002 @must
  Scenario Outline: A request <how> is refused with 401 and a Basic challenge
    Given the target gives credentials for the WBEM server
    And the WBEM server answers a well-formed request
    When the client sends a request <how>
    Then the server refuses it with HTTP 401 and an authentication challenge

    Examples:
      | how                   |
      | without credentials   |
      | with a wrong password |

  @WBEM-AUTH-003 @must
  Scenario Outline: A read-only user's <operation> is answered 200 with CIM_ERR_ACCESS_DENIED
    Given the target gives credentials of a read-only WBEM user
    And the read-only user's read request is served
    When the read-only user calls <operation> on an instance that does not exist
    Then the server answers HTTP 200 with CIM_ERR_ACCESS_DENIED

    Examples:
      | operation      |
      | CreateInstance |
      | ModifyInstance |
      | DeleteInstance |

  @WBEM-HTTP-008 @should
  Scenario: Basic credentials are sent over HTTPS
    Given the target gives credentials for the WBEM server
    Then the server that takes the credentials is served over HTTPS
