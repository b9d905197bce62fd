package org.vcmtck.assertions.cimi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.assertions.cimi.CimiMachinePartsAssert.assertThatMachinePart;

import org.testng.annotations.Test;

public class CimiMachinePartsAssertTest {
    private static final String NS = "http://schemas.dmtf.org/cimi/1";

    private static CimiDocument json(String body) {
        return CimiDocument.read(body, CimiFormat.JSON);
    }

    private static CimiDocument machine(String extra) {
        return json("{\"resourceURI\":\"" + NS + "/Machine\",\"id\":\"http://h/m/1\",\"state\":\"STOPPED\","
                + "\"cpu\":2,\"memory\":4096,\"disks\":{\"href\":\"http://h/m/1/disks\"},"
                + "\"volumes\":{\"href\":\"http://h/m/1/volumes\"}" + extra + ",\"operations\":[{\"rel\":\"edit\","
                + "\"href\":\"http://h/m/1\"},{\"rel\":\"" + NS + "/action/capture\",\"href\":\"http://h/images\"}]}");
    }

    @Test
    public void aMachineWithoutNetworkInterfacesIsCaught() {
        assertThatThrownBy(() -> assertThatMachinePart(machine("")).hasMachineAttributes("CIMI-MACH-001"))
                .hasMessageContaining("[CIMI-MACH-001]").hasMessageContaining("networkInterfaces");
        assertThatCode(() -> assertThatMachinePart(machine(",\"networkInterfaces\":{\"href\":\"http://h/m/1/n\"}"))
                .hasMachineAttributes("CIMI-MACH-001")).doesNotThrowAnyException();
    }

    @Test
    public void captureMustPointAtTheImagesCollection() {
        assertThatCode(() -> assertThatMachinePart(machine("")).capturesInto("CIMI-MACH-009", "http://h/images"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThatMachinePart(machine("")).capturesInto("CIMI-MACH-009", "http://h/other"))
                .hasMessageContaining("[CIMI-MACH-009]");
    }

    @Test
    public void anInventedActionUriIsCaught() {
        CimiDocument m = json("{\"operations\":[{\"rel\":\"" + NS + "/action/reboot\",\"href\":\"http://h/x\"}]}");
        assertThatThrownBy(() -> assertThatMachinePart(m).advertisesOnlyMachineActions("CIMI-MACH-006"))
                .hasMessageContaining("reboot");
    }

    @Test
    public void imageStateAndTypeMustBeFromTheSpecification() {
        assertThatCode(() -> assertThatMachinePart(json("{\"state\":\"AVAILABLE\",\"type\":\"IMAGE\","
                + "\"imageLocation\":\"/x\"}")).isMachineImage("CIMI-MACH-014")).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThatMachinePart(json("{\"state\":\"READY\",\"imageLocation\":\"/x\"}"))
                .isMachineImage("CIMI-MACH-014")).hasMessageContaining("READY");
    }

    @Test
    public void configurationMemoryMustBeAnInteger() {
        assertThatThrownBy(() -> assertThatMachinePart(json("{\"cpu\":1,\"memory\":\"1 GiB\",\"disks\":[]}"))
                .isMachineConfiguration("CIMI-MACH-013")).hasMessageContaining("memory");
        assertThatThrownBy(() -> assertThatMachinePart(json("{\"cpu\":1,\"memory\":1024,"
                + "\"disks\":[{\"format\":\"raw\"}]}")).isMachineConfiguration("CIMI-MACH-013"))
                .hasMessageContaining("capacity");
    }

    @Test
    public void templateWithAForeignAttributeIsCaught() {
        String refs = "\"machineConfig\":{\"href\":\"http://h/c\"},\"machineImage\":{\"href\":\"http://h/i\"}";
        assertThatCode(() -> assertThatMachinePart(json("{" + refs + ",\"initialState\":\"STOPPED\"}"))
                .isMachineTemplate("CIMI-MACH-015")).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThatMachinePart(json("{" + refs + ",\"flavour\":\"big\"}"))
                .isMachineTemplate("CIMI-MACH-015")).hasMessageContaining("flavour");
    }

    @Test
    public void anEchoedPasswordIsCaught() {
        String body = "{\"username\":\"alice\",\"password\":\"pw-123\"}";
        assertThatThrownBy(() -> assertThatMachinePart(json(body)).isCredentialHiding("CIMI-MACH-016", "alice",
                "pw-123", body)).hasMessageContaining("[CIMI-MACH-016]");
        String hidden = "{\"username\":\"alice\"}";
        assertThatCode(() -> assertThatMachinePart(json(hidden)).isCredentialHiding("CIMI-MACH-016", "alice",
                "pw-123", hidden)).doesNotThrowAnyException();
    }
}
