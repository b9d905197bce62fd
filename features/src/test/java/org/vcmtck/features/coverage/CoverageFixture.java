package org.vcmtck.features.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vcmtck.profiles.Catalogue;

/**
 * A two-standard catalogue and a feature folder written for the coverage tests. What each requirement's
 * scenarios are is stated here, next to the data, so the expected counts follow from reading it:
 * <ul>
 *   <li>FIXA: MUST FIXA-M-1 (two scenarios), FIXA-M-2 (none; observable: false), FIXA-M-3 (none, no reason);
 *       SHOULD FIXA-S-1 (one scenario), FIXA-S-2 (none, applies unless feature fix-extra); MAY FIXA-Y-1 (none);
 *       INFO FIXA-I-1.</li>
 *   <li>FIXB: MUST FIXB-M-1 (cited by an outline's example row only), FIXB-M-2 (none; unconfirmed); MAY FIXB-Y-1
 *       (cited by a Feature-level tag, so by every scenario of that file).</li>
 * </ul>
 */
final class CoverageFixture {

    final Catalogue catalogue;
    final Path features;

    private CoverageFixture(Catalogue catalogue, Path features) {
        this.catalogue = catalogue;
        this.features = features;
    }

    static CoverageFixture write() throws IOException {
        Path root = Files.createTempDirectory("coverage-fixture");
        Path catalogueDir = Files.createDirectories(root.resolve("catalogue"));
        Files.writeString(catalogueDir.resolve("index.yaml"), """
                files:
                  - fixa.yaml
                  - fixb.yaml
                features:
                  - id: fix-extra
                    title: An optional extra
                """);
        Files.writeString(catalogueDir.resolve("fixa.yaml"), """
                standard: FIXA
                title: Fixture standard A
                family: TCK
                version: "1"
                requirements:
                  - id: FIXA-M-1
                    level: MUST
                    statement: "first must"
                  - id: FIXA-M-2
                    level: MUST
                    statement: "a rationale"
                    applies:
                      observable: false
                      reason: "nothing to see from outside"
                  - id: FIXA-M-3
                    level: MUST
                    statement: "forgotten"
                  - id: FIXA-S-1
                    level: SHOULD
                    statement: "first should"
                  - id: FIXA-S-2
                    level: SHOULD
                    statement: "only without the extra"
                    applies:
                      unless: [fix-extra]
                      reason: "the extra replaces it"
                  - id: FIXA-Y-1
                    level: MAY
                    statement: "a may"
                  - id: FIXA-I-1
                    level: INFO
                    statement: "background"
                """);
        Files.writeString(catalogueDir.resolve("fixb.yaml"), """
                standard: FIXB
                title: Fixture standard B
                family: TCK
                version: "1"
                requirements:
                  - id: FIXB-M-1
                    level: MUST
                    statement: "b must"
                  - id: FIXB-M-2
                    level: MUST
                    statement: "b must, from one source only"
                    unconfirmed: true
                  - id: FIXB-Y-1
                    level: MAY
                    statement: "b may"
                """);
        Path features = Files.createDirectories(root.resolve("features/sub"));
        Files.writeString(features.resolve("a.feature"), """
                @FIXA
                Feature: A
                  @FIXA-M-1 @must
                  Scenario: one
                    Given something

                  @FIXA-M-1 @FIXA-S-1
                  Scenario: two
                    Given something
                """);
        Files.writeString(features.resolve("b.feature"), """
                @FIXB @FIXB-Y-1
                Feature: B
                  Scenario Outline: rows
                    Given <thing>

                    Examples: plain
                      | thing |
                      | x     |

                    @FIXB-M-1
                    Examples: tagged
                      | thing |
                      | y     |
                """);
        return new CoverageFixture(Catalogue.load(catalogueDir.resolve("index.yaml")), root.resolve("features"));
    }
}
