@DSP0263
Feature: CIMI HTTP error statuses (DSP0263)
  Refusals of the HTTP binding that any provider can be asked for: a verb a resource does not allow, an Accept
  the provider cannot satisfy, and an update whose If-Match precondition fails. The last one needs ETags, which
  are a SHOULD: a provider that sends none skips it.

  @CIMI-HTTP-008 @CIMI-HTTP-001 @must
  Scenario Outline: DELETE on the machines collection is refused with 405 (<media>)
    Given the CIMI provider is read as <media>
    When the consumer sends DELETE to the machines collection itself
    Then the request is refused with 405
    And the machines collection can still be read

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-008 @CIMI-HTTP-012 @must
  Scenario Outline: An Accept the provider cannot produce is refused with 406 (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the Cloud Entry Point accepting only image/png
    Then the request is refused with 406

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-015 @should
  Scenario Outline: An update with a stale If-Match is refused with 412 and changes nothing (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created, whose representation carries an ETag
    When the consumer renames the machine with an If-Match that does not match its ETag
    Then the request is refused with 412
    And the machine keeps its name and its ETag

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
