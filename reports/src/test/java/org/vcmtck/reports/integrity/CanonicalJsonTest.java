package org.vcmtck.reports.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class CanonicalJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String canonical(String json) throws Exception {
        return new String(CanonicalJson.canonical(MAPPER.readTree(json)), StandardCharsets.UTF_8);
    }

    @Test
    public void sortsMembersByUtf16CodeUnitsAndDropsWhitespace() throws Exception {
        // RFC 8785 3.2.3: "\u20ac" (€) sorts before "\ud83d\ude00" (😀) by UTF-16 code units, not by code point
        assertThat(canonical("{ \"b\" : [1, 2], \"a\": {\"z\": true, \"\\u00e9\": null}, \"\\ud83d\\ude00\": 1,"
                + " \"\\u20ac\": 2 }"))
                .isEqualTo("{\"a\":{\"z\":true,\"\u00e9\":null},\"b\":[1,2],\"\u20ac\":2,\"\ud83d\ude00\":1}");
    }

    @Test
    public void escapesOnlyWhatJsonRequires() throws Exception {
        assertThat(canonical("[\"q\\\"b\\\\/\\u0001\\n\\t\\u00e9\\/\"]"))
                .isEqualTo("[\"q\\\"b\\\\/\\u0001\\n\\t\u00e9/\"]");
    }

    @DataProvider
    public Object[][] numbers() {
        // values from RFC 8785 appendix B
        return new Object[][] {
            {0.0, "0"}, {-0.0, "0"}, {1e21, "1e+21"}, {1e20, "100000000000000000000"}, {0.000001, "0.000001"},
            {1e-7, "1e-7"}, {333333333.3333333, "333333333.3333333"}, {9007199254740992.0, "9007199254740992"},
            {5e-324, "5e-324"}, {-1.5, "-1.5"}, {1.7976931348623157e308, "1.7976931348623157e+308"}
        };
    }

    @Test(dataProvider = "numbers")
    public void writesFractionalNumbersAsEcmaScriptDoes(double value, String expected) {
        assertThat(CanonicalJson.ecmaScriptNumber(value)).isEqualTo(expected);
    }

    @Test
    public void writesIntegersExactly() throws Exception {
        assertThat(canonical("[12345678901234567890, -3, 0]")).isEqualTo("[12345678901234567890,-3,0]");
    }

    @Test
    public void prettyFormParsesToTheSameTreeAndIsIndented() throws Exception {
        JsonNode tree = MAPPER.readTree("{\"b\":[1,{\"c\":\"x\"}],\"a\":{},\"e\":[]}");
        String pretty = new String(CanonicalJson.pretty(tree), StandardCharsets.UTF_8);
        assertThat(MAPPER.readTree(pretty)).isEqualTo(tree);
        assertThat(pretty).isEqualTo("{\n  \"a\": {},\n  \"b\": [\n    1,\n    {\n      \"c\": \"x\"\n    }\n  ],\n"
                + "  \"e\": []\n}\n");
    }
}
