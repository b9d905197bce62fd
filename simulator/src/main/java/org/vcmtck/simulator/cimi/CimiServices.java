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
                    ResourceMetadataViews metadata) {

    static CimiServices create(UriSpace uris, Datacenter dc, MachineRecords records, VolumeRecords volumeRecords,
                               Instant started) {
        CimiViews views = new CimiViews(uris, dc, records, started);
        return new CimiServices(uris, dc, views, new MachineService(dc, uris, records, views),
                new VolumeService(dc, uris, volumeRecords, Clock.systemUTC()), new VolumeViews(uris, started),
                new NetworkService(dc, uris), new NetworkViews(uris, started), new ResourceMetadataViews(uris));
    }
}
