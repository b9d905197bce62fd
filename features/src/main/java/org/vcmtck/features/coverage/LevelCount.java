package org.vcmtck.features.coverage;

import org.vcmtck.profiles.Level;

/**
 * How many requirements of one level a standard has, and how many of them at least one scenario cites.
 *
 * @param level        MUST, SHOULD, MAY or INFO
 * @param requirements requirements of that level in the catalogue
 * @param tested       those cited by at least one scenario
 */
public record LevelCount(Level level, int requirements, int tested) {

    public LevelCount {
        if (tested < 0 || tested > requirements) {
            throw new IllegalArgumentException(level + ": " + tested + " tested of " + requirements + " requirements");
        }
    }

    public int untested() {
        return requirements - tested;
    }
}
