@DSP0263
Feature: CIMI Volumes (DSP0263)
  Volumes are optional (cimi-volumes): a Cloud Entry Point without a volumes collection leaves these
  requirements not tested, and a volumes collection without add skips the scenarios that create one. Volumes a
  scenario creates are deleted again after it.

  @CIMI-COL-001 @CIMI-COL-002 @CIMI-COM-003 @CIMI-VOL-001 @must
  Scenario Outline: The volumes collection has an id, a count matching its entries and its type (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads the optional volumes collection the Cloud Entry Point references
    Then that collection has an id, an integer count and as many entries as its count says
    And that collection declares the type VolumeCollection

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-VOL-001 @CIMI-COM-001 @must
  Scenario Outline: Each volume is found at its id with its type, a volume state and an integer capacity (<media>)
    Given the CIMI provider is read as <media>
    And the provider lists at least one volume, creating one when it lists none
    When the consumer reads the optional volumes collection the Cloud Entry Point references
    And the consumer reads each entry of that collection, skipping when it lists none
    Then each volume is found at its id, declares the type Volume, a volume state and an integer capacity

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-VOL-002 @CIMI-VOL-001 @CIMI-HTTP-006 @CIMI-COL-005 @must
  Scenario Outline: A volume created from a template becomes AVAILABLE and disappears when deleted (<media>)
    Given the CIMI provider is read as <media>
    And the provider accepts new volumes
    When the consumer creates a volume from the first volume template or configuration the provider offers
    Then the provider accepts the volume creation with 201 or 202 and a Location
    And the new volume becomes AVAILABLE and is listed in the volumes collection
    When the consumer deletes the volume
    Then the volume deletion is answered 200, 204 or 202 and the volume is gone

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-VOL-002 @CIMI-HTTP-008 @must
  Scenario Outline: A volume creation without a volume configuration is refused with 400 (<media>)
    Given the CIMI provider is read as <media>
    And the provider accepts new volumes
    When the consumer posts a volume creation whose template has no volume configuration
    Then the volume creation is refused with 400

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-VOL-003 @must
  Scenario Outline: Deleting a volume attached to a machine is refused with 409 (<media>)
    Given the CIMI provider is read as <media>
    And the provider accepts new volumes
    When the consumer creates a volume from the first volume template or configuration the provider offers
    Then the provider accepts the volume creation with 201 or 202 and a Location
    And the new volume becomes AVAILABLE and is listed in the volumes collection
    When the consumer attaches that volume to a machine it created
    And the consumer deletes the volume
    Then the deletion of the attached volume is refused with 409 and the volume is still there
    When the consumer detaches the volume from the machine again
    And the consumer deletes the volume
    Then the volume deletion is answered 200, 204 or 202 and the volume is gone

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
