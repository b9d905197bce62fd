package org.vcmtck.assertions.cimi;

/** Hand-written CIMI bodies for the tests. */
final class CimiSamples {

    static final String NS = "http://schemas.dmtf.org/cimi/1";

    static final String CEP_JSON = """
            { "resourceURI": "http://schemas.dmtf.org/cimi/1/CloudEntryPoint",
              "id": "http://h/cimi/cep", "baseURI": "http://h/cimi/",
              "machines": {"href": "http://h/cimi/machines"},
              "machineTemplates": {"href": "machineTemplates"} }
            """;

    static final String CEP_XML = """
            <CloudEntryPoint xmlns="http://schemas.dmtf.org/cimi/1" xmlns:x="urn:vendor">
              <id>http://h/cimi/cep</id>
              <baseURI>http://h/cimi/</baseURI>
              <machines href="http://h/cimi/machines"/>
              <x:realms href="http://h/cimi/realms"/>
            </CloudEntryPoint>
            """;

    static final String MACHINE_JSON = """
            { "resourceURI": "http://schemas.dmtf.org/cimi/1/Machine", "id": "http://h/cimi/machines/1",
              "state": "STOPPED", "memory": 1048576, "cpu": 1,
              "operations": [ {"rel": "delete", "href": "http://h/cimi/machines/1"},
                              {"rel": "http://schemas.dmtf.org/cimi/1/action/start",
                               "href": "http://h/cimi/machines/1/start"} ] }
            """;

    static final String MACHINE_XML = """
            <Machine xmlns="http://schemas.dmtf.org/cimi/1">
              <id>http://h/cimi/machines/1</id>
              <state>STARTED</state>
              <memory>1 GiB</memory>
              <operation rel="http://schemas.dmtf.org/cimi/1/action/stop" href="http://h/cimi/machines/1/stop"/>
            </Machine>
            """;

    static final String COLLECTION_JSON = """
            { "resourceURI": "http://schemas.dmtf.org/cimi/1/MachineCollection", "id": "http://h/cimi/machines",
              "count": 2,
              "machines": [ {"id": "http://h/cimi/machines/1"}, {"id": "http://h/cimi/machines/2"} ],
              "operations": [ {"rel": "add", "href": "http://h/cimi/machines"} ] }
            """;

    static final String COLLECTION_XML = """
            <Collection xmlns="http://schemas.dmtf.org/cimi/1"
                        resourceURI="http://schemas.dmtf.org/cimi/1/MachineCollection">
              <id>http://h/cimi/machines</id>
              <count>3</count>
              <Machine><id>http://h/cimi/machines/1</id></Machine>
              <operation rel="add" href="http://h/cimi/other"/>
            </Collection>
            """;

    private CimiSamples() {
    }
}
