/**
 * Reading the kit's YAML (and JSON) files with line numbers: the one way the catalogue, target-file and
 * simulator inventory/state-file loaders parse their files. {@link org.vcmtck.profiles.yaml.YamlDocument} parses
 * and locates, {@link org.vcmtck.profiles.yaml.YamlProblem} says what is wrong where, and
 * {@link org.vcmtck.profiles.yaml.YamlReader} gives typed access by field path. Each loader turns a problem into
 * its own exception type, adding the file name. Internal to the kit: not a supported API for suite users.
 */
package org.vcmtck.profiles.yaml;
