/**
 * Internal: YAML reading with line numbers, shared by the catalogue and target-file loaders. Not part of the
 * module's supported API.
 */
package org.vcmtck.profiles.yaml;
