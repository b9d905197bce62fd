@DSP0263
Feature: CIMI Networks (DSP0263)
  Networks are optional (cimi-networks): a Cloud Entry Point without a networks collection leaves these
  requirements not tested. Networks are only read here.

  @CIMI-COL-001 @CIMI-COL-002 @CIMI-COM-003 @CIMI-NET-001 @must
  Scenario Outline: The networks collection has an id, a count matching its entries and its type (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the optional networks collection the Cloud Entry Point references
    Then that collection has an id, an integer count and as many entries as its count says
    And that collection declares the type NetworkCollection

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-NET-001 @CIMI-COM-001 @must
  Scenario Outline: Each network is found at its id with its type, a network state and a network type (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the optional networks collection the Cloud Entry Point references
    And the consumer reads each entry of that collection, skipping when it lists none
    Then each network is found at its id, declares the type Network and a network state and type

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
