@DSP0263
Feature: CIMI query parameters (DSP0263)
  Filtering, selecting, paging, ordering and expanding, checked on the machines collection and on a machine
  template. Query parameters are an optional feature (cimi-query): a target that does not claim it leaves these
  requirements not applicable. Each scenario creates the machines it queries, under names of its own, so the
  expected answers are known in advance; they are deleted again afterwards.

  @CIMI-Q-001 @must
  Scenario Outline: $filter with = on the name finds exactly the machine of that name (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    And the consumer has created 2 machines with names of its own
    When the consumer filters the machines by the name of the first machine it created
    Then the answer lists exactly the created machine "1"

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-001 @must
  Scenario Outline: $filter combines comparisons with or (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    And the consumer has created 3 machines with names of its own
    When the consumer filters the machines by the name of the first or of the second machine it created
    Then the answer lists exactly the created machines "1 and 2"

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-001 @must
  Scenario Outline: $filter combines comparisons with and (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    And the consumer has created 2 machines with names of its own
    When the consumer filters the machines by the name of the first and of the second machine it created
    Then the answer lists no machine

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-010 @must
  Scenario Outline: $filter works with the $ percent-encoded (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    And the consumer has created 2 machines with names of its own
    When the consumer filters the machines by the name of the first machine it created, with $ percent-encoded
    Then the answer lists exactly the created machine "1"

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-002 @CIMI-HTTP-008 @must
  Scenario Outline: A syntactically wrong $filter is refused with 400 (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    When the consumer filters the machines with a filter that is cut short
    Then the query is refused with 400

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-006 @must
  Scenario Outline: $select keeps only the selected attributes, the id and the type (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    And the consumer has created 1 machines with names of its own
    When the consumer lists the machines selecting only their name
    Then each listed machine carries nothing but its name, id and resourceURI
    And the machines the consumer created are listed with their names

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-004 @must
  Scenario Outline: $first and $last return that slice of the listing, in order (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    And the consumer has created 3 machines with names of its own
    When the consumer lists the machines without paging
    And the consumer lists the machines from position 2 to position 3
    Then the answer lists the unpaged listing's entries 2 to 3, in the same order

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-004 @must
  Scenario Outline: A page beyond the end is empty, not an error (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    And the consumer has created 1 machines with names of its own
    When the consumer lists the machines without paging
    And the consumer lists the machines from just past the last position
    Then the answer lists no machine

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-005 @should
  Scenario Outline: A page's count still gives the total number of machines (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    And the consumer has created 3 machines with names of its own
    When the consumer lists the machines without paging
    And the consumer lists the machines from position 1 to position 1
    Then the page's count is the number of machines in the unpaged listing

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-008 @may
  Scenario Outline: $orderby sorts the machines by name, descending (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    And the consumer has created 3 machines with names of its own
    When the consumer lists the machines ordered by name descending
    Then the machines are listed by name in descending order

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-008 @may
  Scenario Outline: $orderby sorts the machines by name, ascending by default (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    And the consumer has created 3 machines with names of its own
    When the consumer lists the machines ordered by name ascending
    Then the machines are listed by name in ascending order

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-007 @must
  Scenario Outline: $expand replaces a template's machine configuration reference by the configuration (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    When the consumer reads the first machine template expanding its machine configuration
    Then the template's machine configuration is given in full, not as a bare reference

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-009 @must
  Scenario Outline: A $-parameter CIMI does not define is refused, not ignored (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    When the consumer lists the machines with a $-parameter CIMI does not define
    Then the query is refused with 400 or 501, not silently ignored

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-Q-003 @should
  Scenario Outline: Two $filter parameters are combined with AND (<media>)
    Given the CIMI provider is read as <media>
    And the target claims the CIMI query parameters
    And the consumer has created 2 machines with names of its own
    When the consumer filters the machines with one $filter for the first machine's name and one excluding the second's
    Then the answer lists exactly the created machine "1"
    When the consumer filters the machines with one $filter for the first machine's name and one for the second's
    Then the answer lists no machine

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
