@DSP0243
Feature: OVF packages a producer writes (DSP0243)
  The packages a target exports, read from their raw bytes: the single-file (OVA) form, the files behind
  References, the manifest, and the descriptor's structure. Checks of the single-file form apply to OVA packages
  only; manifest checks to packages that have a manifest. Every check examines only the packages holding what it
  applies to (Items, Disks, ProductSection properties, compressed files, ...); when no package holds any, nothing
  was checked and the requirement is left not tested. A target that names no packages leaves them all not tested.

  @OVF-PKG-001 @must
  Scenario: A package has one descriptor, at most one manifest and at most one certificate
    Given the OVF packages the target produces
    Then each package has exactly one descriptor, at most one manifest and at most one certificate

  @OVF-PKG-002 @must
  Scenario: Descriptor, manifest and certificate are named with the extensions .ovf, .mf and .cert
    Given the OVF packages the target produces
    Then each package names its descriptor, manifest and certificate with the extensions .ovf, .mf and .cert

  @OVF-ENV-001 @must
  Scenario: The descriptor is well-formed XML whose root is the envelope of a DMTF OVF version
    Given the OVF packages the target produces
    Then each package's descriptor is well-formed XML in a DMTF envelope namespace

  @OVF-PKG-005 @must
  Scenario: A single-file package is a POSIX USTAR archive
    Given the OVF packages the target produces
    Then each single-file package is a POSIX USTAR archive

  @OVF-PKG-006 @must
  Scenario: A single-file package has the extension .ova
    Given the OVF packages the target produces
    Then each single-file package is named with the extension .ova

  @OVF-PKG-007 @must
  Scenario: The descriptor is the first member of an OVA
    Given the OVF packages the target produces
    Then each single-file package stores its descriptor first

  @OVF-PKG-008 @must
  Scenario: The files of an OVA follow the order of References
    Given the OVF packages the target produces
    Then each single-file package stores its files in the order of References and nothing else

  @OVF-PKG-009 @must
  Scenario: Manifest and certificate are stored together, after the descriptor or at the end
    Given the OVF packages the target produces
    Then each single-file package keeps manifest and certificate together after the descriptor or at the end

  @OVF-PKG-010 @must
  Scenario: External string bundles come first in an OVA
    Given the OVF packages the target produces
    Then each single-file package lists its external string bundles first

  @OVF-PKG-012 @must
  Scenario: OVA members have simple relative names
    Given the OVF packages the target produces
    Then each single-file package names its members with simple relative names

  @OVF-REF-005 @must
  Scenario: Every referenced file is in the package, and no file is referenced twice
    Given the OVF packages the target produces
    Then each package holds every file its descriptor references, each referenced once

  @OVF-REF-011 @must
  Scenario: Declared file sizes are the stored sizes
    Given the OVF packages the target produces
    Then each package declares the true size of every file it references

  @OVF-REF-007 @must
  Scenario: Compressed files are declared as gzip, and only those
    Given the OVF packages the target produces
    Then each package declares gzip compression exactly for its gzip-compressed files

  @OVF-MF-001 @must
  Scenario: Manifest lines have the exact producer form
    Given the OVF packages the target produces
    Then each package's manifest lines have the form ALGO(file)= digest

  @OVF-MF-002 @must
  Scenario: OVF 1 manifests use SHA1
    Given the OVF packages the target produces
    Then each OVF 1 package's manifest uses SHA1

  @OVF-MF-003 @must
  Scenario: OVF 2 manifests use SHA1, SHA256 or SHA512
    Given the OVF packages the target produces
    Then each OVF 2 package's manifest uses SHA1, SHA256 or SHA512

  @OVF-MF-004 @should
  Scenario: OVF 2 manifests use SHA256
    Given the OVF packages the target produces
    Then each OVF 2 package's manifest uses SHA256

  @OVF-MF-005 @must
  Scenario: The manifest lists every referenced file and nothing else
    Given the OVF packages the target produces
    Then each package's manifest lists every referenced file and nothing else

  @OVF-MF-006 @must
  Scenario: The manifest lists the descriptor
    Given the OVF packages the target produces
    Then each package's manifest lists the descriptor

  @OVF-MF-007 @must
  Scenario: The manifest does not list itself or the certificate
    Given the OVF packages the target produces
    Then each package's manifest lists neither itself nor a certificate

  @OVF-MF-008 @should
  Scenario: Every manifest digest matches the file it names
    Given the OVF packages the target produces
    Then each package's manifest digests match the files

  @OVF-PKG-003 @should
  Scenario: Manifest and certificate share the descriptor's base name
    Given the OVF packages the target produces
    Then each package's manifest and certificate are named after the descriptor

  @OVF-CERT-001 @must
  Scenario: A certificate comes only with a manifest
    Given the OVF packages the target produces
    Then each package with a certificate also has a manifest

  @OVF-CERT-002 @must
  Scenario: The certificate holds the manifest's signature line followed by the signer's X.509 certificate
    Given the OVF packages the target produces
    Then each package's certificate has a line ALGO(manifest)= signature, then X.509 certificates

  @OVF-CERT-003 @must
  Scenario: The manifest signature uses the version's algorithm and verifies with the certificate's key
    Given the OVF packages the target produces
    Then each package's certificate signature uses the algorithm of its OVF version and verifies over the manifest

  @OVF-CERT-004 @should
  Scenario: The signing certificate is not expired and already valid
    Given the OVF packages the target produces
    Then each package's signing certificate is within its validity dates

  @OVF-REF-001 @must
  Scenario: References is the first and only References element of the envelope
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-REF-002 @must
  Scenario: Every File has an id and an href, and well-formed size and chunk size
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-REF-003 @must
  Scenario: File ids are unique
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-ENV-002 @must
  Scenario: The envelope holds References, sections, one content entity and string bundles, in that order
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-ENV-004 @must
  Scenario: Every virtual system and collection has an id and starts with Info
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-ENV-005 @must
  Scenario: The members of a collection have distinct ids
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-ENV-006 @should
  Scenario: Content ids are unique in the whole descriptor
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-ENV-007 @must
  Scenario: The abstract Content element is never written
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-ENV-008 @must
  Scenario: Every section starts with Info
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-ENV-009 @must
  Scenario: Sections appear only where the standard places them, and not too often
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-EXT-002 @must
  Scenario: ovf:required is a boolean
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-001 @must
  Scenario: Every virtual system describes its virtual hardware
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-003 @must
  Scenario: A hardware section lists System, Items, Ethernet port items and storage items in that order
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-006 @must
  Scenario: Every Item has a name, an instance id and a resource type
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-007 @must
  Scenario: Item properties follow the CIM schema order
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-008 @must
  Scenario: Item instance ids are unique within their hardware section
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-009 @must
  Scenario: Every device's parent is a controller of the same hardware section
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-011 @must
  Scenario: Disk drives point at disks of the DiskSection
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-012 @must
  Scenario: Devices backed by package files point at files of References
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-014 @must
  Scenario: Ethernet adapters connect to networks of the NetworkSection
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-016 @must
  Scenario: Allocation units are DMTF programmatic units
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-017 @must
  Scenario: Items name only declared deployment configurations
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-020 @must
  Scenario: Resource types are CIM resource allocation codes or vendor codes
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-DISK-001 @must
  Scenario: Every disk has an id and a capacity
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-DISK-002 @must
  Scenario: Disk ids are unique
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-DISK-003 @must
  Scenario: Disk capacities are numbers or property references
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-DISK-004 @must
  Scenario: Disk capacity units are byte-based programmatic units
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-DISK-005 @must
  Scenario: Disks refer to files of References
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-DISK-008 @may
  Scenario: Delta disks refer to a parent disk of the DiskSection
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-NET-001 @must
  Scenario: Every network has a name
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-NET-002 @must
  Scenario: Network names are unique
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-PROD-002 @must
  Scenario: Product icons refer to files of References
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-PROD-003 @must
  Scenario: Product sections of one entity differ in class or instance
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-PROD-005 @must
  Scenario: Every property has a key and a type
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-PROD-006 @must
  Scenario: Property keys are unique within their product section
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-PROD-007 @must
  Scenario: Property types are CIM intrinsic types
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-PROD-008 @must
  Scenario: Property qualifiers are CIM-style qualifiers
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-PROD-009 @must
  Scenario: Property values are valid for their type
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-PROD-013 @must
  Scenario: Configuration-specific property values carry a value
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-SEC-001 @must
  Scenario: An annotation section holds exactly one annotation
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-SEC-002 @must
  Scenario: A EULA section holds one license
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-SEC-005 @must
  Scenario: Startup entries name members of the collection and give an order
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-SEC-008 @must
  Scenario: Deployment configurations have an id, and in OVF 2 a label and a description
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-SEC-011 @must
  Scenario: The guest operating system is given as a CIM OSType code
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-I18N-002 @must
  Scenario: Internal string bundles name their locale and every message id
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-I18N-003 @must
  Scenario: External string bundles refer to files of References
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-ENV-003 @must
  Scenario: The envelope's default language is a well-formed language tag
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-EXT-001 @must
  Scenario: Sections in the DMTF envelope namespace are sections the standard defines
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-002 @should
  Scenario: Alternative hardware sections of a virtual system name distinct system types
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-005 @must
  Scenario: Environment transports are listed as non-empty tokens, space-separated in OVF 2
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-010 @should
  Scenario: Devices use the slots their IDE or SCSI controller offers
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-021 @should
  Scenario: Resource type 35 is not used for a sound card
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-023 @must
  Scenario: OVF 2 Ethernet port and storage items use their own CIM namespaces
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-DISK-006 @must
  Scenario: Disk formats are given as absolute URIs
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-DISK-009 @must
  Scenario: Shared disks have an id and a capacity, and a boolean read-only flag
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-PROD-015 @must
  Scenario: Property substitution is used only in disk capacities
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-SEC-004 @must
  Scenario: Resource allocation sections appear only in collections and hold items
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-SEC-007 @must
  Scenario: Startup entries use the defined start and stop actions, delays and guest flag
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-SEC-012 @must
  Scenario: Install sections belong to virtual systems and give a valid boot stop delay
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-I18N-005 @may
  Scenario: A message whose text is read from a file names a plain UTF-8 text file of the package
    Given the OVF packages the target produces
    Then each message read from a file names a File the package holds, and that file is plain UTF-8 text

  @OVF-I18N-001 @must
  Scenario: Message ids appear only on localizable text
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-V2-001 @must
  Scenario: A boot device section holds exactly one boot configuration
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-V2-002 @must
  Scenario: A scale-out section names a member of its collection and consistent instance counts
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-V2-003 @must
  Scenario: Placement groups have an id and a policy, and placements name a declared group
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-V2-004 @must
  Scenario: An encryption section lists derived or encrypted keys only
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-PROD-001 @may
  Scenario: A product section gives its product details in schema order before its categories and properties
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-PROD-014 @may
  Scenario: Categories are labelled headings over the properties after them
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-004 @may
  Scenario: A virtual system type lists one or more type strings separated by whitespace
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-015 @should
  Scenario: Resource subtypes name device models
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-HW-022 @may
  Scenario: Reservations, limits and weights are amounts, and no reservation exceeds its limit
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-NET-004 @may
  Scenario: Network port profiles describe ports with Ethernet port settings or name them by absolute URI
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites

  @OVF-DISK-007 @may
  Scenario: A disk's populated size is a byte count no larger than its capacity
    Given the OVF packages the target produces
    Then each package's descriptor follows the rules of the requirements this scenario cites
