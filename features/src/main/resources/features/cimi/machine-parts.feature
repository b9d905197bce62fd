@DSP0263
Feature: CIMI machine parts: sub-collections, capture, configurations, templates and credentials (DSP0263)
  What a Machine is made of and what comes with it: its attributes and its disks, volumes and network interfaces
  sub-collections, attaching a volume, capturing the machine into a MachineImage, the configurations and templates
  machines are made from, credentials, a forced stop and what an edit may change. Every URI comes from the Cloud
  Entry Point or from the provider's answers; collections the provider does not offer leave their requirements not
  tested. Everything a scenario creates is deleted again after it.

  @CIMI-MACH-001 @CIMI-MACH-006 @must
  Scenario Outline: A created machine shows its state, size, sub-collections and machine actions (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created to examine its parts
    When the consumer reads that machine again
    Then that machine has a state, an integer cpu and memory, references to its sub-collections, and operations
    And that machine references its meters and event log when the provider offers them
    And that machine's cpu and memory are those of its template's machine configuration
    And that machine advertises its actions only by the CIMI machine action URIs

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MACH-006 @must
  Scenario Outline: A started machine advertises its actions only by the CIMI machine action URIs (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created to examine its parts
    And that machine is started through its advertised start operation
    When the consumer reads that machine again
    Then that machine advertises its actions only by the CIMI machine action URIs

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MACH-017 @must
  Scenario Outline: A machine's disks, volumes and network interfaces are read through its sub-collections (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created to examine its parts
    When the consumer reads that machine's disks, volumes and network interfaces sub-collections
    Then each entry of those sub-collections is found at its id and is a MachineDisk, MachineVolume or MachineNetworkInterface

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-COL-006 @may
  Scenario Outline: A machine's sub-collections follow the collection rules and attach and detach volumes (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created to examine its parts
    And a free volume the consumer created to attach
    When the consumer reads that machine's disks, volumes and network interfaces sub-collections
    Then each of those sub-collections answers 200 at its href with a count matching its entries
    When the consumer adds the volume to that machine's volumes sub-collection
    Then the attachment is accepted and the volumes sub-collection lists a MachineVolume referencing the volume
    When the consumer deletes that MachineVolume
    Then the volumes sub-collection no longer lists the volume, which still exists

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MACH-009 @CIMI-MACH-014 @must
  Scenario Outline: Capturing a machine creates an available MachineImage in the machineImages collection (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created to examine its parts
    When the consumer captures that machine through its capture operation
    Then the capture is answered 201 or 202 with the new image's Location
    And the new image becomes AVAILABLE as a MachineImage with a type and an image location
    And the machineImages collection lists the new image

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MACH-013 @must
  Scenario Outline: Each machine configuration gives its cpu, memory and disks (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads each member of the machineConfigs collection, whose entries are MachineConfiguration
    Then each machine configuration has an integer cpu and memory and disks with an integer capacity

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MACH-015 @must
  Scenario Outline: Each machine template references its configuration and image and carries only template attributes (<media>)
    Given the CIMI provider is read as <media>
    When the consumer reads each member of the machineTemplates collection, whose entries are MachineTemplate
    Then each machine template references a configuration and an image and carries only template attributes

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MACH-016 @must
  Scenario Outline: A credential created with a password shows its user name but never the password (<media>)
    Given the CIMI provider is read as <media>
    When the consumer creates a credential with a user name and a password
    Then the credential creation is answered 201 or 202 with a Location
    And reading the credential shows its user name but not its password
    And the credentialTemplates collection, when offered, lists CredentialTemplates with a count

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MACH-010 @may
  Scenario Outline: A stop carrying force stops a started machine (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created to examine its parts
    And that machine is started through its advertised start operation
    When the consumer stops that machine with force
    Then the forced stop is accepted and the machine reaches STOPPED

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MACH-012 @must
  Scenario Outline: An edit of a started machine changes its name but not its state, cpu or memory (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created to examine its parts
    And that machine is started through its advertised start operation
    When the consumer edits that machine sending a new name, the state STOPPED and twice its cpu and memory
    Then the edit is refused, or the machine has the new name and keeps its state, cpu and memory

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
