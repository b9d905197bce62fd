@DSP0263
Feature: CIMI ResourceMetadata (DSP0263 Model › Resource Metadata)
  The resourceMetadata collection the Cloud Entry Point references describes the resource types the provider
  serves: their capabilities (such as the default initial state of a machine), extension attributes and
  provider-specific actions. It is optional (cimi-resource-metadata): a provider that neither offers it nor claims
  it leaves these requirements not tested; one that claims it must offer it.

  @CIMI-RMD-001 @must
  Scenario Outline: The resourceMetadata collection has an id and a count matching its entries (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the resourceMetadata collection the Cloud Entry Point references
    Then the answer is 200 with a representation in the requested media type
    And the resourceMetadata collection has an id and an integer count matching its entries
    And the resourceMetadata collection declares the type ResourceMetadataCollection

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-RMD-002 @must
  Scenario Outline: Each ResourceMetadata describes a resource type the provider serves (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the resourceMetadata collection the Cloud Entry Point references
    And the consumer reads each ResourceMetadata the collection lists
    Then each ResourceMetadata has an id, a name and a typeUri and describes capabilities, attributes or actions
    And each ResourceMetadata of a CIMI type describes a type whose collection the Cloud Entry Point references

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-RMD-003 @must
  Scenario Outline: Each capability is named, has a unique uri, a description and a value (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the resourceMetadata collection the Cloud Entry Point references
    And the consumer reads each ResourceMetadata the collection lists
    Then each capability has a name, a unique uri, a description and a value

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-RMD-004 @must
  Scenario Outline: Each attribute descriptor is complete (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the resourceMetadata collection the Cloud Entry Point references
    And the consumer reads each ResourceMetadata the collection lists
    Then each attribute descriptor has a name, a namespace, a type and whether it is required

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-RMD-005 @must
  Scenario Outline: Each action descriptor is complete (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the resourceMetadata collection the Cloud Entry Point references
    And the consumer reads each ResourceMetadata the collection lists
    Then each action descriptor has a name, a uri, a description, a method and its input and output messages

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
