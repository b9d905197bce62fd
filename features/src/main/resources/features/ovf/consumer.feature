@DSP0243
Feature: OVF packages a consumer deploys (DSP0243, DSP8027)
  The suite writes its own corpus of small OVF packages and has the target deploy them, through the deploy
  command its target file names (for the built-in reference, the launcher's deploy command). Every valid package
  must be deployed, and the OVF environment each virtual system receives must hold what the descriptor and the
  deploy choices say. Every invalid package must be refused with a reason, leaving the target's systems and the
  deploy's work folder as they were. A package using a leniency the standard allows but does not demand (a MAY)
  may be deployed, then correctly, or refused with a reason. A target that names no consumer leaves these
  requirements not tested.

  @OVF-HW-012 @OVF-DISK-005 @OVF-I18N-003 @OVF-SEC-008 @must
  Scenario: An appliance with a licence, product properties, deployment options, bundles, an ISO and an empty disk is deployed
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "appliance"
    Then the package is deployed
    And every virtual system of the package is defined

  @OVF-SEC-009 @OVF-PROD-013 @must
  Scenario: The deployment option the deployer chooses is the one in effect
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "appliance" with deployment option "medium"
    Then the package is deployed
    And the consumer reports the deployment option "medium" if it reports one
    And the OVF environment of each virtual system meets OVF-OENV-003

  @OVF-HW-017 @OVF-HW-018 @must
  Scenario: A system gets the hardware its Items give for the chosen deployment option, merged by InstanceID
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "appliance" with deployment option "medium"
    Then the package is deployed
    And the hardware the consumer reports for each virtual system is its Items merged for the configuration in effect

  @OVF-HW-017 @OVF-HW-018 @must
  Scenario: An Item another deployment option overrides is left as it is for the default option
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "appliance"
    Then the package is deployed
    And the hardware the consumer reports for each virtual system is its Items merged for the configuration in effect

  @OVF-NET-003 @should
  Scenario: Each logical network of the package is mapped to a network of the host
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "hardware-variety"
    Then the package is deployed
    And the consumer reports the host network each network the package's NICs connect to was mapped to

  @OVF-I18N-004 @must
  Scenario: A localizable element whose msgid no string bundle holds is shown with its own text
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "appliance"
    Then the package is deployed
    And the consumer shows an Annotation whose msgid no string bundle holds with the element's own text

  @OVF-PKG-004 @may @OVF-REF-004 @must
  Scenario: A package published as a folder of loose files, its files named by relative hrefs, is deployed
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "collection"
    Then the package is deployed
    And every virtual system of the package is defined

  @OVF-REF-007 @OVF-REF-008 @OVF-MF-009 @must
  Scenario: A package with a gzip-compressed file is deployed
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "compressed-chunked"
    Then the package is deployed

  @OVF-REF-012 @OVF-REF-013 @must @OVF-REF-014 @should
  Scenario: A package with a file stored in chunks is deployed
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "compressed-chunked"
    Then the package is deployed

  @OVF-EXT-006 @must
  Scenario: An Item marked ovf:required="false" does not stop the deploy
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "optional-extras"
    Then the package is deployed

  @OVF-EXT-004 @OVF-HW-019 @may
  Scenario: An unknown optional section and an Item range are accepted
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "optional-extras"
    Then the package is deployed

  @OVF-V2-001 @OVF-V2-002 @OVF-V2-003 @OVF-DISK-009 @must
  Scenario: An OVF 2 package with boot order, scale-out, placement and a shared disk is deployed
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "ovf2-sections"
    Then the package is deployed

  @OVF-MF-010 @should
  Scenario: A manifest written with spaces around the parentheses and lower-case digests is tolerated
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "optional-extras"
    Then the package is deployed

  @OVF-OENV-005 @must
  Scenario: Each virtual system receives its OVF environment through a transport its hardware lists
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "appliance"
    Then the package is deployed
    And each virtual system whose hardware lists the iso transport received an environment image

  @OVF-SEC-006 @must
  Scenario: The systems of a collection are started in the order of its StartupSection
    Given the OVF consumer of the target
    When the consumer deploys and powers on the corpus package "collection"
    Then the package is deployed
    And the systems of each collection were started in ascending StartupSection order

  Scenario Outline: The OVF environment delivered for the package "<package>" meets <requirement>
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "<package>"
    Then the package is deployed
    And the OVF environment of each virtual system meets <requirement>

    @OVF-OENV-001 @must
    Examples: the environment names its virtual system
      | package    | requirement  |
      | appliance  | OVF-OENV-001 |
      | collection | OVF-OENV-001 |

    @OVF-OENV-002 @must
    Examples: the platform section
      | package   | requirement  |
      | appliance | OVF-OENV-002 |

    @OVF-OENV-003 @must
    Examples: every property with its value after configuration and user input
      | package    | requirement  |
      | appliance  | OVF-OENV-003 |
      | collection | OVF-OENV-003 |

    @OVF-PROD-011 @may
    Examples: a configurable property the deployer was given no value for keeps its default
      | package    | requirement  |
      | collection | OVF-OENV-003 |

    @OVF-PROD-004 @must
    Examples: properties keyed by their full identifier
      | package   | requirement  |
      | appliance | OVF-PROD-004 |

    @OVF-SEC-010 @must
    Examples: the configuration in effect is visible to the guest
      | package   | requirement  |
      | appliance | OVF-SEC-010  |

    @OVF-OENV-006 @must
    Examples: the environment is ovf-env.xml at the root of an ISO 9660 image
      | package   | requirement  |
      | appliance | OVF-OENV-006 |

    @OVF-OENV-004 @may
    Examples: a system of a collection sees its siblings
      | package    | requirement  |
      | collection | OVF-OENV-004 |

    @OVF-OENV-008 @may
    Examples: package files on the environment medium
      | package         | requirement  |
      | optional-extras | OVF-OENV-008 |

  Scenario Outline: The package "<package>" is refused and leaves nothing behind
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "<package>"
    Then the package is refused with a reason
    And the consumer's systems are as they were before the deploy
    And nothing is left in the deploy's work folder

    @OVF-MF-008 @should
    Examples: a digest does not match
      | package               |
      | wrong-manifest-digest |
      | tampered-disk         |

    @OVF-REF-005 @must
    Examples: a referenced file is missing
      | package      |
      | missing-file |

    @OVF-EXT-003 @must
    Examples: an unknown section is required
      | package                  |
      | unknown-required-section |

    @OVF-SEC-003 @should
    Examples: the licence is not accepted
      | package           |
      | eula-not-accepted |

    @OVF-PKG-012 @must
    Examples: an archive member escapes the package
      | package        |
      | path-traversal |

    @OVF-REF-011 @must
    Examples: a declared size is not the real size
      | package             |
      | wrong-declared-size |

    @OVF-ENV-001 @must
    Examples: the descriptor declares an external entity
      | package        |
      | xxe-descriptor |

    @OVF-PKG-007 @must
    Examples: the descriptor is not the first archive member
      | package              |
      | descriptor-not-first |

    @OVF-PROD-009 @must
    Examples: a property value is invalid for its type
      | package                |
      | invalid-property-value |

    @OVF-PROD-010 @must
    Examples: a value is given for a property that is not user-configurable
      | package                   |
      | non-configurable-override |

    @OVF-SEC-009 @must
    Examples: the deployment option does not exist
      | package                   |
      | unknown-deployment-option |

    @OVF-REF-003 @must
    Examples: two files share one id
      | package           |
      | duplicate-file-id |

    @OVF-HW-011 @must
    Examples: a disk drive names a disk the package does not declare
      | package         |
      | undeclared-disk |

    @OVF-CERT-003 @must
    Examples: the signature does not match the manifest
      | package            |
      | signature-mismatch |

    @OVF-REF-012 @OVF-REF-011 @must
    Examples: a chunk is missing
      | package       |
      | missing-chunk |

    @OVF-REF-007 @must
    Examples: a gzip file is corrupt
      | package      |
      | corrupt-gzip |

    @OVF-V2-004 @must
    Examples: a required encryption section names a key the consumer does not hold
      | package             |
      | encryption-required |

  Scenario Outline: The package "<package>", using a leniency the standard allows, is deployed correctly or refused with a reason
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "<package>"
    Then the package is deployed correctly or refused with a reason, leaving nothing behind

    @OVF-HW-013 @may
    Examples: disks and the ISO named /disk/<id> and /file/<id>, without the ovf: prefix
      | package              |
      | legacy-host-resource |

    @OVF-REF-010 @should
    Examples: a disk file compressed with bzip2, which the schema's documentation names but the clause text does not
      | package          |
      | bzip2-compressed |

  @OVF-REF-006 @OVF-REF-009 @may
  Scenario: A package whose files are on a web server, named by absolute http URLs and one sent gzip-encoded, is fetched or refused with a reason
    Given the OVF consumer of the target
    When the consumer deploys a package whose files it must fetch by absolute http URLs from a web server, one sent gzip-encoded
    Then the package is deployed correctly or refused with a reason, leaving nothing behind
    And a consumer that deployed it fetched each file from the web server

  @OVF-EXT-005 @should
  Scenario: An optional section the consumer ignored is kept when it exports the deployed system again
    Given the OVF consumer of the target
    And the OVF export command of the target
    When the consumer deploys the corpus package "optional-extras"
    And the target exports what it holds
    Then an exported package keeps the optional section TelemetrySection of the namespace urn:vcmtck:corpus:extension

  @OVF-OENV-007 @may
  Scenario: A virtual system listing the guestInfo transport receives its environment as the guest variable
    Given the OVF consumer of the target
    When the consumer deploys the corpus package "collection"
    Then the package is deployed
    And each virtual system whose hardware lists the guestInfo transport received its environment as guestinfo.ovfEnv
