package org.vcmtck.features.target;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vcmtck.features.consumer.OvfConsumer;
import org.vcmtck.profiles.target.Target;

/**
 * What step definitions know about the implementation under test: the target description and the endpoints
 * actually in use (for the built-in reference, those it announced after starting on ephemeral ports).
 *
 * @param target      the target file as loaded (or the built-in default)
 * @param endpoints   endpoint kind → URL, e.g. {@code cimi → http://127.0.0.1:41234/cimi}
 * @param workDir     a scratch directory of this run for files the scenarios write
 * @param ovfPackages local OVF packages to check (.ova, .ovf or package folders), e.g. those the built-in
 *                    reference exported; empty means "resolve the target's endpoints.ovf" (see OvfPackages)
 * @param ovfConsumer what OVF packages are deployed into: the target file's consumer commands, or the built-in
 *                    reference's deploy command; empty when the target names no consumer
 * @param ovfProducer what exports the target's systems on demand, for round trips: the target file's export
 *                    command, or the built-in reference's export of what its deploy command holds
 */
public record TargetSession(Target target, Map<String, String> endpoints, Path workDir, List<Path> ovfPackages,
                            Optional<OvfConsumer> ovfConsumer, Optional<OvfProducer> ovfProducer) {

    public TargetSession {
        endpoints = Map.copyOf(endpoints);
        ovfPackages = ovfPackages == null ? List.of() : List.copyOf(ovfPackages);
        ovfConsumer = ovfConsumer == null ? Optional.empty() : ovfConsumer;
        ovfProducer = ovfProducer == null ? Optional.empty() : ovfProducer;
    }

    public TargetSession(Target target, Map<String, String> endpoints, Path workDir, List<Path> ovfPackages,
                         Optional<OvfConsumer> ovfConsumer) {
        this(target, endpoints, workDir, ovfPackages, ovfConsumer, Optional.empty());
    }

    public TargetSession(Target target, Map<String, String> endpoints, Path workDir, List<Path> ovfPackages) {
        this(target, endpoints, workDir, ovfPackages, Optional.empty());
    }

    public TargetSession(Target target, Map<String, String> endpoints, Path workDir) {
        this(target, endpoints, workDir, List.of());
    }

    public Optional<String> endpoint(String kind) {
        return Optional.ofNullable(endpoints.get(kind));
    }
}
