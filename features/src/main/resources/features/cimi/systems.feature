@DSP0263
Feature: CIMI Systems, SystemTemplates and their OVF import and export (DSP0263)
  Systems are optional (cimi-systems): a Cloud Entry Point without systems leaves these requirements not
  tested. OVF import and export (cimi-ovf) are tried only where the provider advertises them. Systems created
  here are stopped and deleted afterwards.

  @CIMI-SYS-003 @must
  Scenario Outline: Each system template describes its components (<media>)
    Given the CIMI provider is read as <media>
    Then each system template has component descriptors with a resource type, a quantity and the component

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-SYS-001 @CIMI-SYS-003 @must
  Scenario Outline: A system created from a template holds the machines its descriptors ask for (<media>)
    Given the CIMI provider is read as <media>
    And the consumer creates a system from the first system template that makes machines
    Then the new system has a system state and references its machines sub-collection
    And its machines sub-collection lists as many machines as the template's machine descriptors ask for

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-SYS-002 @CIMI-SYS-001 @must
  Scenario Outline: Starting and stopping a system starts and stops every member (<media>)
    Given the CIMI provider is read as <media>
    And the consumer creates a system from the first system template that makes machines
    When the consumer invokes the system's advertised start operation
    Then every member machine and the system become STARTED
    When the consumer invokes the system's advertised stop operation
    Then every member machine and the system become STOPPED

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-SYS-005 @may
  Scenario Outline: A system exported as OVF describes each of its machines (<media>)
    Given the CIMI provider is read as <media>
    And the consumer creates a system from the first system template that makes machines
    When the consumer exports the system as OVF through its advertised export operation
    Then the exported descriptor describes one VirtualSystem per member machine

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-SYS-004 @may
  Scenario Outline: An imported OVF package becomes a system with one machine per VirtualSystem (<media>)
    Given the CIMI provider is read as <media>
    When the consumer imports the suite's sample OVF package through an advertised import operation
    Then the provider answers with a new system or template holding one machine per VirtualSystem of the package

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
