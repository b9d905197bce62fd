package org.vcmtck.assertions.ovf.corpus;

/**
 * The OVF 2.0 descriptors of the valid corpus, as text templates written for this corpus. {@code {{size:HREF}}}
 * marks where the byte count of a package file goes. Every system is small enough to deploy anywhere: one vCPU,
 * 256 MB of memory, 1 GiB disks.
 */
final class Descriptors {

    private Descriptors() {
    }

    static final String ENVELOPE_OPEN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/2"
                      xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/2"
                      xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
                      xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData"
                      xml:lang="en-US">
            """;

    /** One vCPU; the building block every system of the corpus starts its hardware with. */
    static String cpuItem(String instanceId) {
        return """
                      <Item>
                        <rasd:AllocationUnits>hertz * 10^6</rasd:AllocationUnits>
                        <rasd:ElementName>1 virtual CPU</rasd:ElementName>
                        <rasd:InstanceID>%s</rasd:InstanceID>
                        <rasd:ResourceType>3</rasd:ResourceType>
                        <rasd:VirtualQuantity>1</rasd:VirtualQuantity>
                      </Item>
                """.formatted(instanceId);
    }

    static String memoryItem(String instanceId, int megabytes, String attributes) {
        return """
                      <Item%s>
                        <rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>
                        <rasd:ElementName>%d MB of memory</rasd:ElementName>
                        <rasd:InstanceID>%s</rasd:InstanceID>
                        <rasd:ResourceType>4</rasd:ResourceType>
                        <rasd:VirtualQuantity>%d</rasd:VirtualQuantity>
                      </Item>
                """.formatted(attributes, megabytes, instanceId, megabytes);
    }

    static String ideController(String instanceId, int bus) {
        return """
                      <Item>
                        <rasd:Address>%d</rasd:Address>
                        <rasd:ElementName>IDE controller %d</rasd:ElementName>
                        <rasd:InstanceID>%s</rasd:InstanceID>
                        <rasd:ResourceType>5</rasd:ResourceType>
                      </Item>
                """.formatted(bus, bus, instanceId);
    }

    static String diskItem(String instanceId, String diskId, String parent, int slot) {
        return """
                      <Item>
                        <rasd:AddressOnParent>%d</rasd:AddressOnParent>
                        <rasd:ElementName>Disk %s</rasd:ElementName>
                        <rasd:HostResource>ovf:/disk/%s</rasd:HostResource>
                        <rasd:InstanceID>%s</rasd:InstanceID>
                        <rasd:Parent>%s</rasd:Parent>
                        <rasd:ResourceType>17</rasd:ResourceType>
                      </Item>
                """.formatted(slot, diskId, diskId, instanceId, parent);
    }

    /**
     * A second Item with the appliance's CPU InstanceID that only the medium option keeps: merged after the common
     * one in document order, it gives the medium appliance 2 vCPUs (OVF-HW-018), the small one keeps 1.
     */
    private static final String MEDIUM_CPU_OVERRIDE = """
                      <Item ovf:configuration="medium">
                        <rasd:AllocationUnits>hertz * 10^6</rasd:AllocationUnits>
                        <rasd:ElementName>2 virtual CPUs</rasd:ElementName>
                        <rasd:InstanceID>1</rasd:InstanceID>
                        <rasd:ResourceType>3</rasd:ResourceType>
                        <rasd:VirtualQuantity>2</rasd:VirtualQuantity>
                      </Item>
            """;

    /** The appliance: product sections, deployment options, licence, strings, an ISO on a CD-ROM. */
    static final String APPLIANCE = ENVELOPE_OPEN + """
              <References>
                <File ovf:id="strings-fr" ovf:href="appliance-fr.xml" ovf:size="{{size:appliance-fr.xml}}"/>
                <File ovf:id="system-image" ovf:href="system.img" ovf:size="{{size:system.img}}"/>
                <File ovf:id="tools-iso" ovf:href="tools.iso" ovf:size="{{size:tools.iso}}"/>
              </References>
              <DiskSection>
                <Info>Virtual disks</Info>
                <Disk ovf:diskId="system" ovf:fileRef="system-image" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30"/>
                <Disk ovf:diskId="data" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30"/>
              </DiskSection>
              <DeploymentOptionSection>
                <Info>Deployment sizes</Info>
                <Configuration ovf:id="small" ovf:default="true">
                  <Label ovf:msgid="config.small.label">Small</Label>
                  <Description ovf:msgid="config.small.description">256 MB of memory, one worker</Description>
                </Configuration>
                <Configuration ovf:id="medium">
                  <Label ovf:msgid="config.medium.label">Medium</Label>
                  <Description ovf:msgid="config.medium.description">384 MB of memory, two workers</Description>
                </Configuration>
              </DeploymentOptionSection>
              <VirtualSystem ovf:id="corpus-appliance">
                <Info ovf:msgid="system.info">A small appliance of the VCM-TCK consumer corpus</Info>
                <Name>corpus-appliance</Name>
                <AnnotationSection>
                  <Info>Notes for the operator</Info>
                  <Annotation ovf:msgid="annotation">Generated by the VCM-TCK to test OVF consumers.</Annotation>
                </AnnotationSection>
                <ProductSection>
                  <Info>The product</Info>
                  <Product ovf:msgid="product">Corpus Appliance</Product>
                  <Vendor>VCM-TCK</Vendor>
                  <Version>1.0</Version>
                  <FullVersion>1.0.0</FullVersion>
                </ProductSection>
                <ProductSection ovf:class="org.vcmtck" ovf:instance="1">
                  <Info>Settings of the appliance</Info>
                  <Category ovf:msgid="category.network">Network</Category>
                  <Property ovf:key="hostname" ovf:type="string" ovf:qualifiers="MaxLen(63)" ovf:userConfigurable="true" ovf:value="appliance">
                    <Label>Host name</Label>
                    <Description>Name of the appliance on the network</Description>
                  </Property>
                  <Property ovf:key="port" ovf:type="uint16" ovf:qualifiers='ValueMap{"80","443","8443"}' ovf:userConfigurable="true" ovf:value="443">
                    <Label>Service port</Label>
                  </Property>
                  <Category ovf:msgid="category.security">Security</Category>
                  <Property ovf:key="tls" ovf:type="boolean" ovf:userConfigurable="true" ovf:value="true">
                    <Label>Use TLS</Label>
                  </Property>
                  <Property ovf:key="admin-password" ovf:type="string" ovf:password="true" ovf:userConfigurable="true" ovf:value="">
                    <Label>Administrator password</Label>
                  </Property>
                  <Property ovf:key="edition" ovf:type="string" ovf:userConfigurable="false" ovf:value="standard">
                    <Label>Edition (fixed)</Label>
                  </Property>
                  <Property ovf:key="workers" ovf:type="uint8" ovf:userConfigurable="false" ovf:value="1">
                    <Label>Worker processes</Label>
                    <Value ovf:value="1" ovf:configuration="small"/>
                    <Value ovf:value="2" ovf:configuration="medium"/>
                  </Property>
                </ProductSection>
                <EulaSection>
                  <Info>Licence agreement</Info>
                  <License ovf:msgid="license">For conformance testing only. No warranty.</License>
                </EulaSection>
                <OperatingSystemSection ovf:id="36">
                  <Info>Guest operating system</Info>
                  <Description>Linux</Description>
                </OperatingSystemSection>
                <VirtualHardwareSection ovf:transport="iso">
                  <Info>1 or 2 vCPUs, 256 or 384 MB of memory, two disks, a CD-ROM</Info>
            """ + cpuItem("1")
            + MEDIUM_CPU_OVERRIDE
            + memoryItem("2", 256, " ovf:configuration=\"small\"")
            + memoryItem("2", 384, " ovf:configuration=\"medium\"")
            + ideController("3", 0)
            + diskItem("4", "system", "3", 0)
            + diskItem("5", "data", "3", 1)
            + ideController("6", 1)
            + """
                      <Item>
                        <rasd:AddressOnParent>0</rasd:AddressOnParent>
                        <rasd:ElementName>CD-ROM with the tools ISO</rasd:ElementName>
                        <rasd:HostResource>ovf:/file/tools-iso</rasd:HostResource>
                        <rasd:InstanceID>7</rasd:InstanceID>
                        <rasd:Parent>6</rasd:Parent>
                        <rasd:ResourceType>15</rasd:ResourceType>
                      </Item>
                    </VirtualHardwareSection>
                  </VirtualSystem>
                  <Strings xml:lang="de-DE">
                    <Msg ovf:msgid="system.info">Eine kleine Appliance des VCM-TCK-Korpus</Msg>
                    <Msg ovf:msgid="config.small.label">Klein</Msg>
                    <Msg ovf:msgid="config.medium.label">Mittel</Msg>
                    <Msg ovf:msgid="license">Nur für Konformitätstests. Keine Gewährleistung.</Msg>
                  </Strings>
                  <Strings xml:lang="fr-FR" ovf:fileRef="strings-fr"/>
                </Envelope>
                """;

    /** The external French bundle of the appliance (OVF-I18N-003). */
    static final String APPLIANCE_FRENCH_BUNDLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Strings xmlns="http://schemas.dmtf.org/ovf/envelope/2" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/2" xml:lang="fr-FR">
              <Msg ovf:msgid="system.info">Une petite appliance du corpus VCM-TCK</Msg>
              <Msg ovf:msgid="config.small.label">Petite</Msg>
              <Msg ovf:msgid="config.medium.label">Moyenne</Msg>
              <Msg ovf:msgid="license">Pour les tests de conformité uniquement. Sans garantie.</Msg>
            </Strings>
            """;

    /** The database tier installs its software on first boot and powers itself off (at most 300 s). */
    private static final String INSTALL_SECTION = """
                      <InstallSection ovf:initialBootStopDelay="300">
                        <Info>The database software is installed on the first boot</Info>
                      </InstallSection>
            """;

    /**
     * One virtual system of the collection: extra sections, its product section and small hardware with one
     * empty disk, its environment delivered by the given transport (the database by ISO, the web tier as the
     * guest variable guestinfo.ovfEnv).
     */
    private static String member(String id, String role, String diskId, String sections, String transport) {
        return """
                    <VirtualSystem ovf:id="%1$s">
                      <Info>The %2$s tier</Info>
                """.formatted(id, role) + sections + """
                      <ProductSection ovf:class="org.vcmtck.%1$s">
                        <Info>Settings of the %2$s tier</Info>
                        <Product>Corpus %2$s</Product>
                        <Property ovf:key="role" ovf:type="string" ovf:userConfigurable="false" ovf:value="%2$s"/>
                        <Property ovf:key="threads" ovf:type="uint8" ovf:userConfigurable="true" ovf:value="2"/>
                      </ProductSection>
                      <VirtualHardwareSection ovf:transport="%3$s">
                        <Info>1 vCPU, 256 MB of memory, one disk</Info>
                """.formatted(id, role, transport)
                + cpuItem("1") + memoryItem("2", 256, "") + ideController("3", 0) + diskItem("4", diskId, "3", 0)
                + """
                      </VirtualHardwareSection>
                    </VirtualSystem>
                """;
    }

    /** Two systems in a collection with a start order, product sections at both levels; a directory package. */
    static final String COLLECTION = ENVELOPE_OPEN + """
              <References>
                <File ovf:id="db-image" ovf:href="db-system.img" ovf:size="{{size:db-system.img}}"/>
              </References>
              <DiskSection>
                <Info>Virtual disks</Info>
                <Disk ovf:diskId="db-system" ovf:fileRef="db-image" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30"/>
                <Disk ovf:diskId="web-data" ovf:capacity="1073741824"/>
              </DiskSection>
              <VirtualSystemCollection ovf:id="corpus-pair">
                <Info>A database and a web server started in order</Info>
                <StartupSection>
                  <Info>Start the database first, stop it last</Info>
                  <Item ovf:id="corpus-db" ovf:order="1" ovf:startDelay="5" ovf:waitingForGuest="true" ovf:startAction="powerOn" ovf:stopDelay="10" ovf:stopAction="guestShutdown"/>
                  <Item ovf:id="corpus-web" ovf:order="2" ovf:startDelay="0" ovf:waitingForGuest="false" ovf:startAction="powerOn" ovf:stopDelay="0" ovf:stopAction="powerOff"/>
                </StartupSection>
                <ProductSection>
                  <Info>Settings shared by both tiers</Info>
                  <Product>Corpus pair</Product>
                  <Property ovf:key="domain" ovf:type="string" ovf:userConfigurable="true" ovf:value="corpus.test"/>
                </ProductSection>
            """ + member("corpus-db", "database", "db-system", INSTALL_SECTION, "iso")
            + member("corpus-web", "web", "web-data", "", "com.vmware.guestInfo") + """
              </VirtualSystemCollection>
            </Envelope>
            """;

    /** A gzip-compressed disk file and a disk file stored in chunks. */
    static final String COMPRESSED_CHUNKED = ENVELOPE_OPEN + """
              <References>
                <File ovf:id="system-image" ovf:href="system.img" ovf:size="{{size:system.img}}" ovf:compression="gzip"/>
                <File ovf:id="data-image" ovf:href="data.img" ovf:size="{{size:data.img}}" ovf:chunkSize="{{chunk}}"/>
              </References>
              <DiskSection>
                <Info>Virtual disks</Info>
                <Disk ovf:diskId="system" ovf:fileRef="system-image" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30"/>
                <Disk ovf:diskId="data" ovf:fileRef="data-image" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30"/>
              </DiskSection>
              <VirtualSystem ovf:id="corpus-storage">
                <Info>A system whose disk files are compressed and chunked</Info>
                <VirtualHardwareSection>
                  <Info>1 vCPU, 256 MB of memory, two disks</Info>
            """ + cpuItem("1") + memoryItem("2", 256, "") + ideController("3", 0) + diskItem("4", "system", "3", 0)
            + diskItem("5", "data", "3", 1) + """
                </VirtualHardwareSection>
              </VirtualSystem>
            </Envelope>
            """;

    /** The namespace of the corpus's own (unknown to everyone else) section. */
    static final String CORPUS_NAMESPACE = "urn:vcmtck:corpus:extension";

    /** A section no consumer knows; with ovf:required="false" it may be ignored, with "true" it must refuse. */
    static String unknownSection(boolean required) {
        return """
                    <corpus:TelemetrySection xmlns:corpus="%s" ovf:required="%s">
                      <Info>Telemetry endpoint of the vendor (a section only the VCM-TCK corpus defines)</Info>
                      <corpus:Endpoint>none</corpus:Endpoint>
                    </corpus:TelemetrySection>
                """.formatted(CORPUS_NAMESPACE, required);
    }

    /** Optional extras: an ignorable unknown section, an optional Item, a memory range, environment files. */
    static final String OPTIONAL_EXTRAS = ENVELOPE_OPEN + """
              <References>
                <File ovf:id="motd" ovf:href="motd.txt" ovf:size="{{size:motd.txt}}"/>
              </References>
              <DiskSection>
                <Info>Virtual disks</Info>
                <Disk ovf:diskId="system" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30"/>
              </DiskSection>
              <VirtualSystem ovf:id="corpus-extras">
                <Info>A system with optional parts a consumer may skip</Info>
            """ + unknownSection(false) + """
                <EnvironmentFilesSection ovf:transport="iso">
                  <Info>Files added to the environment medium</Info>
                  <File ovf:fileRef="motd" ovf:path="motd.txt"/>
                </EnvironmentFilesSection>
                <VirtualHardwareSection ovf:transport="iso">
                  <Info>1 vCPU, 128 to 512 MB of memory (256 normally), one disk, an optional USB controller</Info>
            """ + cpuItem("1")
            + memoryItem("2", 128, " ovf:bound=\"min\"")
            + memoryItem("2", 256, " ovf:bound=\"normal\"")
            + memoryItem("2", 512, " ovf:bound=\"max\"")
            + ideController("3", 0) + diskItem("4", "system", "3", 0) + """
                  <Item ovf:required="false">
                    <rasd:ElementName>USB controller (optional)</rasd:ElementName>
                    <rasd:InstanceID>5</rasd:InstanceID>
                    <rasd:ResourceType>23</rasd:ResourceType>
                  </Item>
                </VirtualHardwareSection>
              </VirtualSystem>
            </Envelope>
            """;
}
