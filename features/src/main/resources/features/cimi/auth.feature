@DSP0263
Feature: CIMI authentication (DSP0263 HTTP binding)
  A provider that requires authentication refuses every request without valid credentials with 401 and does
  nothing it was asked. The target file says a provider requires authentication by giving CIMI credentials; a
  target without them is taken to run an open provider, and these scenarios are then not tested.

  @CIMI-HTTP-008 @must
  Scenario Outline: Reading without credentials or with a wrong password answers 401 (<media>)
    Given the CIMI provider is read as <media>
    And the target gives credentials for the CIMI provider
    And the Cloud Entry Point answers 200 to the target's credentials
    When the consumer reads the Cloud Entry Point <how>
    Then the provider refuses the request with 401
    When the consumer reads the machines collection <how>
    Then the provider refuses the request with 401

    Examples: JSON
      | media            | how                   |
      | application/json | without credentials   |
      | application/json | with a wrong password |

    @CIMI-HTTP-011
    Examples: XML
      | media           | how                   |
      | application/xml | without credentials   |
      | application/xml | with a wrong password |

  @CIMI-HTTP-008 @must
  Scenario Outline: A creation without valid credentials answers 401 and creates nothing (<media>)
    Given the CIMI provider is read as <media>
    And the target gives credentials for the CIMI provider
    And the Cloud Entry Point answers 200 to the target's credentials
    When the consumer posts a machine creation <how>
    Then the provider refuses the request with 401
    And no machine of that name was created

    Examples: JSON
      | media            | how                   |
      | application/json | without credentials   |
      | application/json | with a wrong password |

    @CIMI-HTTP-011
    Examples: XML
      | media           | how                   |
      | application/xml | without credentials   |
      | application/xml | with a wrong password |

  @CIMI-HTTP-016 @must
  Scenario Outline: An unauthenticated request is answered 401 with a WWW-Authenticate challenge (<media>)
    Given the CIMI provider is read as <media>
    And the target gives credentials for the CIMI provider
    And the Cloud Entry Point answers 200 to the target's credentials
    When the consumer reads the machines collection without credentials
    Then the provider refuses the request with 401
    And the refusal challenges the consumer with an HTTP authentication scheme in WWW-Authenticate

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
