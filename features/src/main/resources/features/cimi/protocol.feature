@DSP0263
Feature: CIMI protocol conventions (DSP0263)
  Rules every CIMI resource follows whatever its type: discovery from the Cloud Entry Point alone, full
  collection entries, references and their expansion, attributes only the provider sets, the properties map,
  extension attributes, error bodies, updates with and without $select, and refused state changes.

  @CIMI-CEP-004 @CIMI-CEP-005 @must
  Scenario Outline: Every collection the Cloud Entry Point references answers as a collection (<media>)
    Given the CIMI provider is read as <media>
    When the consumer follows every collection the Cloud Entry Point references
    Then each referenced collection answers 200 with its id and an integer count

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-COL-004 @should
  Scenario Outline: Collection entries are full representations, each found again at its id (<media>)
    Given the CIMI provider is read as <media>
    When the consumer follows every collection the Cloud Entry Point references
    Then each entry those collections list is a full representation with an id, found again at that id

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-COM-009 @must
  Scenario Outline: A reference is an href, and with $expand the resource itself (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the first machine template, as it is and expanding its machine configuration
    Then its machine configuration is a reference carrying an href, and expanded the configuration itself

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-COM-002 @must
  Scenario Outline: id, created, updated and operations sent by the consumer are ignored or rejected (<media>)
    Given the CIMI provider is read as <media>
    When the consumer creates a machine sending an id, created and updated times and operations of its own
    Then the provider rejects them, or the new machine's id, times and operations are its own
    When the consumer updates that machine sending an id and created and updated times of its own
    Then the provider rejects the update, or the machine keeps its own id and times

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-COM-005 @must
  Scenario Outline: Properties are a JSON object or repeated XML property elements (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created with a description and two properties
    Then the machine's properties are written as CIMI defines for the format, with the values sent

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-COM-011 @may
  Scenario Outline: Attributes outside the CIMI vocabulary do not keep a consumer from reading (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the Cloud Entry Point
    Then the answer is 200 with a representation in the requested media type
    And attributes outside the CIMI vocabulary, if any, are noted and the collections are still found

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-009 @should
  Scenario Outline: An error answer carries a body that explains it (<media>)
    Given the CIMI provider is read as <media>
    When the consumer sends DELETE to the machines collection itself
    Then the request is refused with 405
    And the refusal carries a body that explains it
    When the consumer reads the Cloud Entry Point accepting only image/png
    Then the request is refused with 406
    And the refusal carries a body that explains it

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-017 @must
  Scenario Outline: PUT with $select changes only the named attributes and resets a named one left out (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created with a description and two properties
    When the consumer updates the machine with $select=description, sending a new name and a new description
    Then the machine has the new description and keeps its name and properties
    When the consumer updates the machine with $select=description,properties, sending only a new name
    Then the machine has no description and no properties any more and keeps its name

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-017 @must
  Scenario Outline: PUT without $select replaces every updatable attribute (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created with a description and two properties
    When the consumer updates the machine without $select, sending its name and one new property only
    Then the machine has no description any more and only the new property

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MACH-008 @must
  Scenario Outline: Start on a started machine and stop on a stopped one are refused (<media>)
    Given the CIMI provider is read as <media>
    When the consumer sends start to a started machine and stop to a stopped one, at the hrefs it learnt
    Then both are refused with 409 or 400 and the machine's state is unchanged

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-013 @should
  Scenario: text/xml is accepted as application/xml
    Given the CIMI provider is read as application/xml
    When the consumer reads the Cloud Entry Point accepting only text/xml
    Then the answer is 200 with the Cloud Entry Point in XML
