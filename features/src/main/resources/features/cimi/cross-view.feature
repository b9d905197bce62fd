@DSP0263
Feature: One model, two views: CIMI and OVF see the same systems (DSP0263, DSP0243)
  Only where the target has both interfaces (a CIMI endpoint and an OVF producer or consumer in its target file)
  and its CIMI systems advertise OVF export or import; otherwise the scenarios are skipped.

  @CIMI-SYS-005 @may
  Scenario Outline: Machines created over CIMI are exported as OVF with the same CPU and memory (<media>)
    Given the CIMI provider is read as <media>
    And the target offers both OVF and CIMI
    And the consumer creates a system from the first system template that makes machines
    When the consumer exports the system as OVF through its advertised export operation
    Then each member machine's CPU count and memory match its VirtualSystem in the exported descriptor

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-SYS-004 @may
  Scenario Outline: An OVF package imported as a system shows its machines in CIMI with the package's hardware (<media>)
    Given the CIMI provider is read as <media>
    And the target offers both OVF and CIMI
    When the consumer imports the suite's sample OVF package through an advertised import operation
    Then the provider answers with a new system or template holding one machine per VirtualSystem of the package
    And each imported machine has the CPU count and memory of the sample package

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
