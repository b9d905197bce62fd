package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.Datacenter;

import java.time.Clock;
import java.time.Instant;

/**
 * The services and views behind the CIMI routes, built once the port — and so the base URI every id starts
 * with — is known. Route groups reach them through {@link RouteKit#services()}; a new resource family adds its
 * service and view here so that every group shares one instance of each.
 */
record CimiServices(UriSpace uris, Datacenter dc, CimiViews views, MachineService machines, VolumeService volumes,
                    VolumeViews volumeViews, NetworkService networks, NetworkViews networkViews,
                    ResourceMetadataViews metadata, MachineParts machineParts, SystemService systems,
                    SystemViews systemViews, SystemPackages systemPackages, NetworkingService networking,
                    NetworkingViews networkingViews, MonitoringViews monitoring) {

    /** Where System exports with a destination are written; destinations must stay inside it (CIMI-SYS-005). */
    static final java.nio.file.Path SYSTEM_EXPORT_FOLDER = java.nio.file.Path.of(
            System.getProperty("java.io.tmpdir"), "vcmtck-cimi-exports");

    static CimiServices create(UriSpace uris, Datacenter dc, MachineRecords records, VolumeRecords volumeRecords,
                               Instant started) {
        CimiViews views = new CimiViews(uris, dc, records, started);
        MachineService machines = new MachineService(dc, uris, records, views);
        SystemService systems = new SystemService(dc, uris, new SystemRecords(), views);
        NetworkService networks = new NetworkService(dc, uris);
        return new CimiServices(uris, dc, views, machines,
                new VolumeService(dc, uris, volumeRecords, Clock.systemUTC()), new VolumeViews(uris, started),
                networks, new NetworkViews(uris, started), new ResourceMetadataViews(uris),
                MachineParts.create(uris, views, machines, started), systems, new SystemViews(uris, started, true),
                new SystemPackages(systems, uris, SYSTEM_EXPORT_FOLDER), new NetworkingService(networks, uris),
                new NetworkingViews(uris, started), new MonitoringViews(uris, dc, started));
    }
}
