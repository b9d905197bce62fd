package org.vcmtck.features.steps.cimi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.testng.annotations.Test;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiDocumentException;
import org.vcmtck.assertions.cimi.CimiFormat;

public class CimiBodiesTest {

    private static final String TEMPLATE = "http://h/cimi/machineTemplates/a?x=\"1\"&y=<2>";

    @Test
    public void machineCreateNamesItsTemplateByReferenceInBothFormats() {
        for (CimiFormat format : CimiFormat.values()) {
            CimiDocument create = CimiDocument.read(CimiBodies.machineCreate(format, "vm \"one\"", TEMPLATE), format);
            assertThat(create.typeUri()).as("%s", format).contains("http://schemas.dmtf.org/cimi/1/MachineCreate");
            assertThat(create.href("machineTemplate")).as("%s", format).contains(TEMPLATE);
            assertThat(create.text("name")).as("%s", format).contains("vm \"one\"");
        }
    }

    @Test
    public void actionCarriesTheActionUri() {
        for (CimiFormat format : CimiFormat.values()) {
            CimiDocument action = CimiDocument.read(CimiBodies.action(format,
                    "http://schemas.dmtf.org/cimi/1/action/stop"), format);
            assertThat(action.typeUri()).contains("http://schemas.dmtf.org/cimi/1/Action");
            assertThat(action.text("action")).contains("http://schemas.dmtf.org/cimi/1/action/stop");
        }
    }

    @Test
    public void theTruncatedBodyIsNotWellFormed() {
        for (CimiFormat format : CimiFormat.values()) {
            assertThatThrownBy(() -> CimiDocument.read(CimiBodies.truncatedMachineCreate(format, TEMPLATE), format))
                    .as("%s", format).isInstanceOf(CimiDocumentException.class);
        }
    }

    @Test
    public void volumeCreatesCarryTheirTemplateOrConfigurationInBothFormats() {
        for (CimiFormat format : CimiFormat.values()) {
            CimiDocument byTemplate = CimiDocument.read(CimiBodies.volumeCreateFromTemplate(format, "v1", TEMPLATE),
                    format);
            assertThat(byTemplate.typeUri()).as("%s", format).contains("http://schemas.dmtf.org/cimi/1/VolumeCreate");
            assertThat(byTemplate.href("volumeTemplate")).as("%s", format).contains(TEMPLATE);
            CimiDocument byConfig = CimiDocument.read(CimiBodies.volumeCreateFromConfig(format, "v1", TEMPLATE),
                    format);
            assertThat(byConfig.nested("volumeTemplate").flatMap(t -> t.href("volumeConfig"))).as("%s", format)
                    .contains(TEMPLATE);
            CimiDocument without = CimiDocument.read(CimiBodies.volumeCreateWithoutConfig(format, "v1"), format);
            assertThat(without.nested("volumeTemplate").map(t -> t.has("volumeConfig"))).as("%s", format)
                    .contains(false);
        }
    }

    @Test
    public void machineRenameCarriesTheIdAndTheNewNameOnly() {
        for (CimiFormat format : CimiFormat.values()) {
            CimiDocument rename = CimiDocument.read(CimiBodies.machineRename(format, "http://h/m/1", "n<&>"), format);
            assertThat(rename.text("id")).as("%s", format).contains("http://h/m/1");
            assertThat(rename.text("name")).as("%s", format).contains("n<&>");
            assertThat(rename.attributeNames()).as("%s", format).doesNotContain("state", "memory");
        }
    }
}
