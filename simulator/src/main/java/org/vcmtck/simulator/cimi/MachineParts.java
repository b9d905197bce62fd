package org.vcmtck.simulator.cimi;

import java.time.Clock;
import java.time.Instant;

/**
 * The services and views of a machine's parts and companions — network interfaces, captured images,
 * credentials — grouped so that {@link CimiServices} carries them as one entry.
 */
record MachineParts(MachinePartViews views, MachineImageService images, MachineImageViews imageViews,
                    CredentialService credentials, CredentialViews credentialViews) {

    static MachineParts create(UriSpace uris, CimiViews views, MachineService machines, Instant started) {
        CapturedImages captured = new CapturedImages(Clock.systemUTC());
        return new MachineParts(new MachinePartViews(uris), new MachineImageService(uris, machines, views, captured),
                new MachineImageViews(uris, views, captured),
                new CredentialService(uris, new CredentialStore(Clock.systemUTC())), new CredentialViews(uris, started));
    }
}
