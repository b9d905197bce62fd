package org.vcmtck.assertions.ovf.portability;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Values that tie a descriptor to one product, each with the product family it names. The checker's own list,
 * written apart from the reference's (the checker never trusts the reference); both follow the rules documented
 * on {@link PortabilityClassifier}.
 */
final class VendorMarks {
    private VendorMarks() {
    }

    private record Mark(String prefix, boolean exact, String family) {
        boolean matches(String lowerCase) {
            return exact ? lowerCase.equals(prefix) : lowerCase.startsWith(prefix);
        }
    }

    private static final List<Mark> SYSTEM_TYPES = List.of(
            new Mark("vmx-", false, "VMware"), new Mark("vmware", false, "VMware"),
            new Mark("virtualbox", false, "VirtualBox"), new Mark("xen", false, "Xen"),
            new Mark("kvm", false, "KVM"), new Mark("qemu", false, "KVM"),
            new Mark("hyper-v", false, "Hyper-V"), new Mark("hyperv", false, "Hyper-V"),
            new Mark("ms-hyperv", false, "Hyper-V"), new Mark("parallels", false, "Parallels"));

    private static final List<Mark> DEVICES = List.of(
            new Mark("virtuale1000", true, "VMware"), new Mark("virtuale1000e", true, "VMware"),
            new Mark("virtualpcnet32", true, "VMware"), new Mark("virtualvmxnet", true, "VMware"),
            new Mark("virtualvmxnet2", true, "VMware"), new Mark("virtualvmxnet3", true, "VMware"),
            new Mark("vmxnet", true, "VMware"), new Mark("vmxnet2", true, "VMware"),
            new Mark("vmxnet3", true, "VMware"), new Mark("lsilogic", true, "VMware"),
            new Mark("lsilogicsas", true, "VMware"), new Mark("buslogic", true, "VMware"),
            new Mark("virtualscsi", true, "VMware"), new Mark("pvscsi", true, "VMware"),
            new Mark("vmware.", false, "VMware"),
            new Mark("piix3", true, "VirtualBox"), new Mark("piix4", true, "VirtualBox"),
            new Mark("ich6", true, "VirtualBox"),
            new Mark("netfront", true, "Xen"), new Mark("blkfront", true, "Xen"),
            new Mark("virtio", false, "KVM"), new Mark("microsoft:hyper-v", false, "Hyper-V"));

    static final String DMTF_TRANSPORT = "iso";

    static Optional<String> systemTypeFamily(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return SYSTEM_TYPES.stream().filter(m -> m.matches(t)).map(Mark::family).findFirst();
    }

    static Optional<String> deviceFamily(String subtype) {
        String t = subtype.trim().toLowerCase(Locale.ROOT);
        return DEVICES.stream().filter(m -> m.matches(t)).map(Mark::family).findFirst();
    }

    /** DMTF's own namespaces (envelope, CIM schemas) are all under schemas.dmtf.org. */
    static boolean isVendorNamespace(String namespace) {
        return namespace != null && !namespace.isEmpty() && !namespace.startsWith("http://schemas.dmtf.org/");
    }
}
