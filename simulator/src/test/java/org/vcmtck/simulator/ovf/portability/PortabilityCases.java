package org.vcmtck.simulator.ovf.portability;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small descriptors, one per portability rule, with the level DSP2017's definitions give them. The assertions
 * module's test holds the same texts (PortabilityCases there), so both classifiers are judged on equal inputs: keep
 * the two files identical apart from the package line and this comment.
 */
final class PortabilityCases {
    private PortabilityCases() {
    }

    static final String RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
    static final String VSSD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData";
    static final String VMW = "http://www.vmware.com/schema/ovf";
    static final String VBOX = "http://www.virtualbox.org/ovf/machine";

    static String envelope(String envelopeExtra, String systemSections) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/2\""
                + " xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/2\" xmlns:rasd=\"" + RASD + "\""
                + " xmlns:vssd=\"" + VSSD + "\" xmlns:vmw=\"" + VMW + "\" xmlns:vbox=\"" + VBOX + "\">\n"
                + "  <References/>\n" + envelopeExtra
                + "  <VirtualSystem ovf:id=\"vm\">\n    <Info>a system</Info>\n" + systemSections
                + "  </VirtualSystem>\n</Envelope>\n";
    }

    static String hardware(String attributes, String type, String items) {
        return "    <VirtualHardwareSection" + attributes + ">\n      <Info>hardware</Info>\n"
                + "      <System><vssd:ElementName>hw</vssd:ElementName><vssd:InstanceID>0</vssd:InstanceID>"
                + (type == null ? "" : "<vssd:VirtualSystemType>" + type + "</vssd:VirtualSystemType>")
                + "</System>\n"
                + "      <Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>"
                + "<rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>\n"
                + items + "    </VirtualHardwareSection>\n";
    }

    static String nic(String instanceId, String subtype) {
        return "      <Item><rasd:ElementName>nic</rasd:ElementName><rasd:InstanceID>" + instanceId
                + "</rasd:InstanceID><rasd:ResourceSubType>" + subtype + "</rasd:ResourceSubType>"
                + "<rasd:ResourceType>10</rasd:ResourceType></Item>\n";
    }

    /** Case name to descriptor text and expected level. */
    static Map<String, Map.Entry<String, Integer>> all() {
        Map<String, Map.Entry<String, Integer>> cases = new LinkedHashMap<>();
        cases.put("generic", Map.entry(envelope("", hardware("", null, nic("2", "E1000"))), 3));
        cases.put("dmtf-iso-transport", Map.entry(envelope("", hardware(" ovf:transport=\"iso\"", null, "")), 3));
        cases.put("vmx-type", Map.entry(envelope("", hardware("", "vmx-07", "")), 1));
        cases.put("vmx-types-one-family", Map.entry(envelope("", hardware("", "vmx-07 vmx-08", "")), 1));
        cases.put("alternatives", Map.entry(envelope("", hardware("", "vmx-07", nic("2", "vmxnet3"))
                + hardware("", "virtualbox-2.2", nic("2", "PIIX4"))), 3));
        cases.put("vendor-with-generic-alternative", Map.entry(envelope("", hardware("", "vmx-07", "")
                + hardware("", null, "")), 3));
        cases.put("vendor-subtype", Map.entry(envelope("", hardware("", null, nic("2", "VirtualE1000"))), 2));
        cases.put("vendor-controller", Map.entry(envelope("", hardware("", null,
                "      <Item><rasd:ElementName>scsi</rasd:ElementName><rasd:InstanceID>3</rasd:InstanceID>"
                        + "<rasd:ResourceSubType>lsilogicsas</rasd:ResourceSubType>"
                        + "<rasd:ResourceType>6</rasd:ResourceType></Item>\n")), 2));
        cases.put("vendor-transport-only", Map.entry(envelope("",
                hardware(" ovf:transport=\"com.vmware.guestInfo\"", null, "")), 1));
        cases.put("vendor-and-iso-transport", Map.entry(envelope("",
                hardware(" ovf:transport=\"iso com.vmware.guestInfo\"", null, "")), 3));
        cases.put("required-vendor-section", Map.entry(envelope("",
                hardware("", null, "") + "    <vbox:Machine><Info>vbox</Info></vbox:Machine>\n"), 1));
        cases.put("optional-vendor-section", Map.entry(envelope("", hardware("", null, "")
                + "    <vbox:Machine ovf:required=\"false\"><Info>vbox</Info></vbox:Machine>\n"), 3));
        cases.put("required-envelope-vendor-section", Map.entry(envelope(
                "  <vmw:IpAssignmentSection><Info>ip</Info></vmw:IpAssignmentSection>\n", hardware("", null, "")), 1));
        cases.put("required-item-with-vendor-element", Map.entry(envelope("", hardware("", null,
                "      <Item><rasd:ElementName>video</rasd:ElementName><rasd:InstanceID>4</rasd:InstanceID>"
                        + "<rasd:ResourceType>24</rasd:ResourceType>"
                        + "<vmw:Config vmw:key=\"enable3D\" vmw:value=\"true\"/></Item>\n")), 1));
        cases.put("optional-item-with-vendor-element", Map.entry(envelope("", hardware("", null,
                "      <Item ovf:required=\"false\"><rasd:ElementName>video</rasd:ElementName>"
                        + "<rasd:InstanceID>4</rasd:InstanceID><rasd:ResourceType>24</rasd:ResourceType>"
                        + "<vmw:Config vmw:key=\"enable3D\" vmw:value=\"true\"/></Item>\n")), 3));
        cases.put("vendor-type-and-subtype", Map.entry(envelope("", hardware("", "vmx-10", nic("2", "vmxnet3"))), 1));
        return cases;
    }
}
