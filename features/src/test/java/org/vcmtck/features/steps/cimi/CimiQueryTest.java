package org.vcmtck.features.steps.cimi;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

public class CimiQueryTest {

    @Test
    public void valuesArePercentEncodedWithSpacesAsPercent20() {
        String url = CimiQuery.of("$filter", "name='a b' or name='c&d'").appendTo("http://p/machines");
        assertThat(url).isEqualTo("http://p/machines?$filter=name%3D%27a%20b%27%20or%20name%3D%27c%26d%27");
    }

    @Test
    public void parametersAreJoinedAndAddedToAnExistingQuery() {
        assertThat(CimiQuery.of("$first", "2").and("$last", "3").appendTo("http://p/m?x=1"))
                .isEqualTo("http://p/m?x=1&$first=2&$last=3");
        assertThat(new CimiQuery().appendTo("http://p/m")).isEqualTo("http://p/m");
    }
}
