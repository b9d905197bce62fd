@DSP0263
Feature: The CIMI Cloud Entry Point (DSP0263)
  A consumer needs to know one URI only, the Cloud Entry Point's: every check starts there and follows the
  references it holds. Each scenario runs once with JSON and once with XML representations; the XML runs also
  stand for the provider's XML support.

  @CIMI-CEP-001 @CIMI-CEP-002 @CIMI-HTTP-002 @CIMI-HTTP-010 @must
  Scenario Outline: The Cloud Entry Point answers with its type, id and base URI (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the Cloud Entry Point
    Then the answer is 200 with a representation in the requested media type
    And the Cloud Entry Point declares its type, its id and a base URI ending in "/"

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-COM-004 @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-CEP-003 @must
  Scenario Outline: The Cloud Entry Point references collections only under the names CIMI defines (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the Cloud Entry Point
    Then the Cloud Entry Point references its collections only under the names CIMI defines

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-CEP-006 @may
  Scenario Outline: Every reference in the Cloud Entry Point is an absolute URI (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the Cloud Entry Point
    Then every href in the Cloud Entry Point is an absolute http or https URI

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-014 @must
  Scenario Outline: Answers carry the CIMI-Specification-Version header (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the Cloud Entry Point
    Then the answer carries a non-empty CIMI-Specification-Version header

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
