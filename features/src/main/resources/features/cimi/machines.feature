@DSP0263
Feature: CIMI Machines and the HTTP protocol basics (DSP0263)
  The plugfest "CIMI basics": the machines collection, each Machine's representation, creating a machine from a
  template the provider offers, stopping and starting it through the operations it advertises, deleting it, and
  the error statuses of the HTTP binding. Every URI used comes from the Cloud Entry Point or from the provider's
  answers. Machines a scenario creates are deleted again after it. A provider whose Cloud Entry Point offers no
  machines (or no machine templates, for scenarios that create one) leaves these requirements not tested.

  @CIMI-COL-001 @CIMI-COL-002 @CIMI-COL-003 @CIMI-COM-003 @must
  Scenario Outline: The machines collection has an id, a count matching its entries and an add operation (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the machines collection the Cloud Entry Point references
    Then the answer is 200 with a representation in the requested media type
    And the machines collection has an id, an integer count and its entries
    And the machines collection's count equals the number of entries it lists
    And the machines collection advertises add with its own URI
    And the machines collection declares the type MachineCollection

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-COM-001 @CIMI-COM-003 @CIMI-COM-007 @CIMI-MACH-002 @must
  Scenario Outline: Each machine is found at its id and declares its type, state and operations (<media>)
    Given the CIMI provider is read as <media>
    And the provider lists at least one machine, creating one from a template when it lists none
    When the consumer reads each machine the machines collection lists
    Then each machine answers 200 with an id equal to the URI it was read at
    And each machine declares the type Machine
    And each machine is in a state of the CIMI machine state model
    And each machine's operations use bare words for add, edit and delete and URIs for actions

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-COM-004 @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-COM-006 @CIMI-COM-008 @must
  Scenario Outline: A machine advertises start only when stopped and stop only when started (<media>)
    Given the CIMI provider is read as <media>
    And the provider lists at least one machine, creating one from a template when it lists none
    When the consumer reads each machine the machines collection lists
    Then each started machine advertises stop and not start, and each stopped machine start and not stop

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-COM-010 @must
  Scenario Outline: Machine memory is an integer number (of KiB) (<media>)
    Given the CIMI provider is read as <media>
    And the provider lists at least one machine, creating one from a template when it lists none
    When the consumer reads each machine the machines collection lists
    Then each machine that reports its memory reports it as an integer

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-003 @must
  Scenario Outline: A synchronous creation answers 201 with the new machine's Location (<media>)
    Given the CIMI provider is read as <media>
    When the consumer creates a machine from the first machine template the provider offers
    Then a synchronous creation answers 201 with a Location

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-004 @must
  Scenario Outline: An asynchronous creation answers 202 with a Location and, when jobs are offered, its job (<media>)
    Given the CIMI provider is read as <media>
    When the consumer creates machines from the provider's templates until one is created asynchronously
    Then an asynchronous creation answers 202 with a Location
    And an asynchronous creation names its job in CIMI-Job-URI when the provider offers jobs

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MACH-003 @CIMI-HTTP-002 @must
  Scenario Outline: A machine created from a template can be read at its Location and is listed (<media>)
    Given the CIMI provider is read as <media>
    When the consumer creates a machine from the first machine template the provider offers
    Then the provider accepts the creation with 201 or 202 and a Location
    And the new machine can be read at its Location
    And the machines collection lists the new machine

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-007 @must
  Scenario Outline: An asynchronous creation names the job it started (<media>)
    Given the CIMI provider is read as <media>
    When the consumer creates machines from the provider's templates until one is created asynchronously
    Then an asynchronous creation carries a CIMI-Job-URI header

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-005 @CIMI-MACH-007 @CIMI-COM-008 @must
  Scenario Outline: A machine is stopped and started through its advertised operations (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created from a template, settled in a stable state
    When the consumer brings the machine to STARTED through its advertised operations
    And the consumer invokes the machine's advertised stop operation
    Then the action is answered 200 or 202
    And the machine reaches STOPPED and then advertises start
    When the consumer invokes the machine's advertised start operation
    Then the action is answered 200 or 202
    And the machine reaches STARTED and then advertises stop

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-006 @CIMI-COL-005 @must
  Scenario Outline: A deleted machine disappears from its collection (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created from a template, settled in a stable state
    When the consumer deletes the machine
    Then the deletion is answered 200, 204 or 202
    And the machine is gone: reading it answers 404
    And the machines collection no longer lists the machine

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-008 @must
  Scenario Outline: Reading a machine that does not exist answers 404 (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created from a template, settled in a stable state
    When the consumer deletes the machine
    Then the machine is gone: reading it answers 404

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-008 @CIMI-HTTP-012 @must
  Scenario Outline: A creation in an unsupported media type answers 415 (<media>)
    Given the CIMI provider is read as <media>
    When the consumer posts a machine creation declared as text/plain
    Then the provider refuses it with 415

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-008 @must
  Scenario Outline: A malformed creation body answers 400 (<media>)
    Given the CIMI provider is read as <media>
    When the consumer posts a machine creation whose body is cut short
    Then the provider refuses it with 400

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-008 @CIMI-MACH-011 @must
  Scenario Outline: Starting a machine that is already started, when refused, is refused with 409 or 400 (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created from a template, settled in a stable state
    When the consumer brings the machine to STARTED through its advertised operations
    And the consumer invokes start on the started machine again
    Then a refusal is 409 or 400 and leaves the machine STARTED

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MACH-004 @must
  Scenario Outline: A new machine passes through CREATING and settles in STOPPED or STARTED, the default it publishes (<media>)
    Given the CIMI provider is read as <media>
    When the consumer creates machines from the provider's templates until one is created asynchronously
    Then the machine at the Location is CREATING or already settled in STOPPED or STARTED
    And the machine settles in STOPPED or STARTED within the bounded wait
    And the settled state is the DefaultInitialState the provider publishes for Machine, when it serves metadata

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MACH-005 @may
  Scenario Outline: A machine created with an initialState settles in the state it asked for (<media>)
    Given the CIMI provider is read as <media>
    When the consumer creates a machine by value asking for the initial state its provider does not default to
    Then the machine settles in the requested initial state, unless the provider does not honour initialState

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
