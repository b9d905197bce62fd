package org.vcmtck.simulator.wbem.cimxml;

import org.testng.annotations.Test;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

public class CimXmlCodecTest {
    private final CimXmlDecoder decoder = new CimXmlDecoder();
    private final SecureXmlReader reader = new SecureXmlReader();

    private static CimInstance sample() {
        Map<String, CimValue> keys = new LinkedHashMap<>();
        keys.put("Name", CimValue.of("vm<1>&\"q\""));
        keys.put("Id", CimValue.uint16(7));
        CimObjectPath owner = CimObjectPath.of("root/virt", "Sim_Host", Map.of("Name", CimValue.of("h1")));
        List<Object> tags = new ArrayList<>();
        tags.add("x");
        tags.add(null);
        return new CimInstance("Sim_Thing", List.of(
                CimProperty.of("Name", CimValue.of("vm<1>&\"q\"")),
                CimProperty.of("Id", CimValue.uint16(7)),
                CimProperty.of("On", CimValue.of(true)),
                CimProperty.of("Big", CimValue.of(CimType.of(CimType.Base.UINT64), new java.math.BigInteger("18446744073709551615"))),
                CimProperty.of("Ratio", CimValue.of(CimType.of(CimType.Base.REAL64), 2.5)),
                CimProperty.of("When", CimValue.datetime("00000000000500.000000:000")),
                CimProperty.of("Tags", CimValue.of(CimType.arrayOf(CimType.Base.STRING), tags)),
                CimProperty.of("Empty", CimValue.nullOf(CimType.of(CimType.Base.SINT32))),
                CimProperty.reference("Owner", "Sim_Host", owner)),
                CimObjectPath.of("root/virt", "Sim_Thing", keys));
    }

    private XmlElement written(java.util.function.Consumer<CimXmlWriter.Fragment> body) {
        byte[] doc = new CimXmlWriter("sim.example").imethodResponse("1", "Op", body, List.of());
        return reader.read(doc).requiredChild("MESSAGE").requiredChild("SIMPLERSP")
                .requiredChild("IMETHODRESPONSE").requiredChild("IRETURNVALUE");
    }

    @Test
    public void instancesRoundTripWithTypesNullsArraysAndReferences() {
        CimInstance original = sample();
        XmlElement irv = written(w -> w.instance(original));
        CimInstance back = decoder.instance(irv.requiredChild("INSTANCE"));
        assertThat(back.className()).isEqualTo("Sim_Thing");
        for (CimProperty p : original.properties()) {
            CimValue got = back.value(p.name());
            if (p.type().base() == CimType.Base.REFERENCE) {
                assertThat(got.asPath()).isEqualTo(p.value().asPath());
            } else {
                assertThat(got).as(p.name()).isEqualTo(p.value());
            }
        }
    }

    @Test
    public void namedInstancesAndInstancePathsKeepTheirKeys() {
        CimInstance original = sample();
        XmlElement irv = written(w -> {
            w.namedInstance(original, false, false);
            w.instanceWithPath(original, false, false);
        });
        CimInstance named = decoder.namedInstance(irv.child("VALUE.NAMEDINSTANCE").orElseThrow(), "root/virt");
        assertThat(named.path()).isEqualTo(original.path());
        XmlElement withPath = irv.requiredChild("VALUE.INSTANCEWITHPATH");
        CimObjectPath path = decoder.reference(withPath.requiredChild("INSTANCEPATH"));
        assertThat(path).isEqualTo(original.path());
        assertThat(path.host()).isEqualTo("sim.example");
    }

    @Test
    public void embeddedInstancesRoundTripThroughTheirEscapedText() {
        CimInstance original = sample();
        String text = CimXmlWriter.embeddedText(original);
        CimInstance back = decoder.embeddedInstance(text);
        assertThat(back.value("Id")).isEqualTo(CimValue.uint16(7));
        String xml = "<PARAMVALUE NAME=\"S\" EmbeddedObject=\"instance\"><VALUE>"
                + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</VALUE></PARAMVALUE>";
        XmlElement e = reader.read(xml.getBytes(StandardCharsets.UTF_8));
        CimArgument a = decoder.argument(new CimXmlRequest.Param("S", null, "instance", e.children().get(0)));
        assertThat(a.isEmbedded()).isTrue();
        assertThat(a.instances().get(0).value("Name")).isEqualTo(CimValue.of("vm<1>&\"q\""));
    }

    @Test
    public void errorsAndMethodResponsesCarryCodesAndOutParameters() {
        XmlElement err = reader.read(new CimXmlWriter(null).error("9", "GetInstance", true,
                CimStatus.CIM_ERR_NOT_FOUND, "gone")).requiredChild("MESSAGE");
        assertThat(err.required("ID")).isEqualTo("9");
        XmlElement e = err.requiredChild("SIMPLERSP").requiredChild("IMETHODRESPONSE").requiredChild("ERROR");
        assertThat(e.required("CODE")).isEqualTo("6");
        assertThat(e.required("DESCRIPTION")).isEqualTo("gone");
        XmlElement mr = reader.read(new CimXmlWriter(null).methodResponse("3", "Ping", CimValue.uint32(4096),
                List.of(CimArgument.of("Job", CimValue.of(CimObjectPath.of("root/virt", "Sim_Job",
                        Map.of("InstanceID", CimValue.of("j1")))))))).requiredChild("MESSAGE")
                .requiredChild("SIMPLERSP").requiredChild("METHODRESPONSE");
        assertThat(mr.requiredChild("RETURNVALUE").required("PARAMTYPE")).isEqualTo("uint32");
        assertThat(mr.requiredChild("RETURNVALUE").requiredChild("VALUE").text()).isEqualTo("4096");
        XmlElement job = mr.requiredChild("PARAMVALUE");
        assertThat(job.required("PARAMTYPE")).isEqualTo("reference");
        assertThat(decoder.reference(job.requiredChild("VALUE.REFERENCE")).key("InstanceID").asString())
                .isEqualTo("j1");
    }

    @Test
    public void requestEnvelopesAreReadWithNamespaceAndParameters() {
        String doc = "<CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\"><MESSAGE ID=\"5\" PROTOCOLVERSION=\"1.0\"><SIMPLEREQ>"
                + "<METHODCALL NAME=\"Ping\"><LOCALINSTANCEPATH><LOCALNAMESPACEPATH><NAMESPACE NAME=\"root\"/>"
                + "<NAMESPACE NAME=\"virt\"/></LOCALNAMESPACEPATH><INSTANCENAME CLASSNAME=\"Sim_Thing\"><KEYBINDING "
                + "NAME=\"Id\"><KEYVALUE VALUETYPE=\"numeric\">7</KEYVALUE></KEYBINDING></INSTANCENAME>"
                + "</LOCALINSTANCEPATH><PARAMVALUE NAME=\"Value\" PARAMTYPE=\"uint16\"><VALUE>3</VALUE></PARAMVALUE>"
                + "<PARAMVALUE NAME=\"Empty\"/></METHODCALL></SIMPLEREQ></MESSAGE></CIM>";
        CimXmlRequest r = new CimXmlEnvelope().read(doc.getBytes(StandardCharsets.UTF_8));
        assertThat(r.intrinsic()).isFalse();
        assertThat(r.namespace()).isEqualTo("root/virt");
        assertThat(decoder.reference(r.target()).key("Id").asLong()).isEqualTo(7L);
        assertThat(decoder.argument(r.param("value")).value()).isEqualTo(CimValue.uint16(3));
        assertThat(decoder.argument(r.param("Empty")).value().isNull()).isTrue();
    }

    @Test
    public void badTypesAndEntityBombsAreRefused() {
        String badType = "<INSTANCE CLASSNAME=\"X\"><PROPERTY NAME=\"P\" TYPE=\"int\"><VALUE>1</VALUE></PROPERTY></INSTANCE>";
        CimXmlException t = catchThrowableOfType(CimXmlException.class,
                () -> decoder.instance(reader.read(badType.getBytes(StandardCharsets.UTF_8))));
        assertThat(t.kind()).isEqualTo(CimXmlException.Kind.NOT_VALID);
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE CIM [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<CIM>&b;</CIM>";
        CimXmlException b = catchThrowableOfType(CimXmlException.class,
                () -> reader.read(bomb.getBytes(StandardCharsets.UTF_8)));
        assertThat(b).isNotNull();
        CimXmlException deep = catchThrowableOfType(CimXmlException.class, () -> new SecureXmlReader(
                new XmlLimits(5, 100, 100)).read("<a><a><a><a><a><a/></a></a></a></a></a>".getBytes(StandardCharsets.UTF_8)));
        assertThat(deep.kind()).isEqualTo(CimXmlException.Kind.TOO_LARGE);
    }
}
