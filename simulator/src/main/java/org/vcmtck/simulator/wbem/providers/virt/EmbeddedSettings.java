package org.vcmtck.simulator.wbem.providers.virt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.SystemSettings;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.cimxml.CimXmlDecoder;
import org.vcmtck.simulator.wbem.cimxml.CimXmlException;
import org.vcmtck.simulator.wbem.cimxml.SecureXmlReader;
import org.vcmtck.simulator.wbem.mof.MofCompiler;
import org.vcmtck.simulator.wbem.mof.MofDeclaration;
import org.vcmtck.simulator.wbem.mof.MofException;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/**
 * Reads the embedded instances the management methods take (SV-016: CIM-XML INSTANCE text, or MOF
 * {@code instance of} text) and turns a VSSD and RASDs into the model's {@link SystemSpec} /
 * {@link AllocationSpec}. Anything unusable is an {@link InvalidSettingsException} naming the parameter.
 */
public final class EmbeddedSettings {
    private static final Pattern BYTE_UNITS = Pattern.compile("byte(?:\\s*\\*\\s*2\\s*\\^\\s*(\\d{1,2}))?");

    private final CimRepository repository;
    private final String namespace;
    private final CimXmlDecoder xml = new CimXmlDecoder(new SecureXmlReader());

    public EmbeddedSettings(CimRepository repository, String namespace) {
        this.repository = repository;
        this.namespace = namespace;
    }

    /** Decodes one embedded instance, which must be of {@code expectedClass} or a subclass of it. */
    public CimInstance decode(String parameter, String text, String expectedClass) {
        if (text == null || text.isBlank()) {
            throw new InvalidSettingsException(parameter, "no embedded instance was given");
        }
        CimInstance instance;
        try {
            instance = text.stripLeading().startsWith("<") ? xml.embeddedInstance(text) : fromMof(parameter, text);
        } catch (CimException | CimXmlException | MofException e) {
            throw new InvalidSettingsException(parameter, "not a readable embedded instance: " + e.getMessage());
        }
        if (repository.findClass(namespace, instance.className()).isEmpty()
                || !repository.isSubclassOf(namespace, instance.className(), expectedClass)) {
            throw new InvalidSettingsException(parameter, "must be a " + expectedClass + ", is a "
                    + instance.className());
        }
        return instance;
    }

    private CimInstance fromMof(String parameter, String text) {
        MofCompiler compiler = new MofCompiler(path -> {
            throw new java.nio.file.NoSuchFileException(path);
        });
        repository.qualifierTypes(namespace).forEach(compiler::know);
        repository.classes(namespace).forEach(compiler::know);
        List<MofDeclaration> declared = compiler.compileText(parameter, text);
        if (declared.size() != 1 || !(declared.get(0) instanceof MofDeclaration.InstanceDeclaration d)) {
            throw new InvalidSettingsException(parameter, "MOF text must hold exactly one instance declaration");
        }
        return d.instance();
    }

    /** A system spec from the VSSD (ElementName → name, VirtualSystemType, Notes → description). */
    SystemSpec systemSpec(CimInstance vssd, List<AllocationSpec> allocations, List<String> supportedTypes) {
        String name = text(vssd, "ElementName");
        if (name == null || name.isBlank()) {
            throw new InvalidSettingsException("SystemSettings.ElementName", "a virtual system needs a name");
        }
        String type = text(vssd, "VirtualSystemType");
        String modelType = SystemSpec.DEFAULT_SYSTEM_TYPE;
        if (type != null) {
            if (!supportedTypes.contains(type)) {
                throw new InvalidSettingsException("SystemSettings.VirtualSystemType", "'" + type
                        + "' is not one of VirtualSystemTypesSupported " + supportedTypes);
            }
            modelType = type.substring(ModelInstances.TYPE_PREFIX.length());
        }
        String description = "";
        CimValue notes = vssd.value("Notes");
        if (notes != null && !notes.isNull() && notes.type().array()) {
            description = String.join("\n", notes.texts().stream().filter(t -> t != null).toList());
        }
        try {
            return new SystemSpec(name, modelType, new SystemSettings(description, null, null), allocations);
        } catch (ModelException e) {
            throw new InvalidSettingsException("SystemSettings." + e.field(), e.getMessage());
        }
    }

    /**
     * Allocation specs from RASDs, in order. A Parent naming the InstanceID of an earlier RASD of the same list
     * makes that allocation the parent (the model's "#n" form).
     */
    List<AllocationSpec> allocations(String parameter, List<CimInstance> rasds) {
        List<AllocationSpec> out = new ArrayList<>();
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < rasds.size(); i++) {
            CimInstance r = rasds.get(i);
            String where = parameter + "[" + i + "]";
            String parent = text(r, "Parent");
            String parentRef = null;
            if (parent != null) {
                Integer index = indexById.get(parent);
                if (index == null) {
                    throw new InvalidSettingsException(where + ".Parent", "'" + parent
                            + "' is not the InstanceID of an earlier resource setting of this call");
                }
                parentRef = "#" + index;
            }
            out.add(allocation(where, r, parentRef));
            String id = text(r, "InstanceID");
            if (id != null) {
                indexById.put(id, i);
            }
        }
        return out;
    }

    /** One RASD as an allocation spec; parentId is the model's parent id (or "#n" inside a spec), or null. */
    AllocationSpec allocation(String where, CimInstance rasd, String parentId) {
        DeviceKind kind = kind(where, rasd);
        long quantity = quantity(where, rasd, kind);
        String mac = kind == DeviceKind.NIC ? text(rasd, "Address") : null;
        String backing = null;
        String format = null;
        if (kind == DeviceKind.DISK || kind == DeviceKind.CD_DVD) {
            CimValue host = rasd.value("HostResource");
            if (host != null && !host.isNull() && !host.texts().isEmpty()) {
                backing = host.texts().get(0);
            }
            format = kind == DeviceKind.DISK ? text(rasd, "ResourceSubType") : null;
        }
        String address = parentId == null ? null : text(rasd, "AddressOnParent");
        try {
            return new AllocationSpec(kind, quantity, text(rasd, "PoolID"), parentId, address, format, backing, mac);
        } catch (ModelException e) {
            throw new InvalidSettingsException(where + "." + e.field(), e.getMessage());
        }
    }

    /**
     * A change to an existing allocation: properties the RASD leaves out keep their current value; the kind
     * (ResourceType) cannot change.
     *
     * @throws IncompatibleSettingsException when the RASD names another resource type than the allocation has
     */
    AllocationSpec modification(String where, CimInstance rasd, org.vcmtck.simulator.model.Allocation current,
                                String parentId) {
        CimValue type = rasd.value("ResourceType");
        if (type != null && !type.isNull() && kind(where, rasd) != current.kind()) {
            throw new IncompatibleSettingsException(where + ".ResourceType", "an allocation of kind "
                    + current.kind() + " cannot become another kind");
        }
        CimValue q = rasd.value("VirtualQuantity");
        long quantity = q == null || q.isNull() ? current.quantity() : quantity(where, rasd, current.kind());
        String mac = current.kind() == DeviceKind.NIC ? text(rasd, "Address") : null;
        String backing = null;
        String format = null;
        if (current.kind() == DeviceKind.DISK || current.kind() == DeviceKind.CD_DVD) {
            CimValue host = rasd.value("HostResource");
            if (host != null && !host.isNull() && !host.texts().isEmpty()) {
                backing = host.texts().get(0);
            }
            format = current.kind() == DeviceKind.DISK ? text(rasd, "ResourceSubType") : null;
        }
        String address = parentId == null ? null : text(rasd, "AddressOnParent");
        try {
            return new AllocationSpec(current.kind(), quantity, text(rasd, "PoolID"), parentId, address, format,
                    backing, mac);
        } catch (ModelException e) {
            throw new InvalidSettingsException(where + "." + e.field(), e.getMessage());
        }
    }

    /** ModifyResourceSettings' "Incompatible Parameters" (6): a valid RASD that asks for what cannot change. */
    static final class IncompatibleSettingsException extends RuntimeException {
        IncompatibleSettingsException(String parameter, String message) {
            super(parameter + ": " + message);
        }
    }

    private static DeviceKind kind(String where, CimInstance rasd) {
        CimValue type = rasd.value("ResourceType");
        if (type == null || type.isNull()) {
            throw new InvalidSettingsException(where + ".ResourceType", "is required");
        }
        long code = number(where + ".ResourceType", type);
        if (code == DeviceKind.PCI_CONTROLLER.cimResourceType()) {
            String other = text(rasd, "OtherResourceType");
            if (other != null && other.equalsIgnoreCase("PCI controller")) {
                return DeviceKind.PCI_CONTROLLER;
            }
            throw new InvalidSettingsException(where + ".OtherResourceType",
                    "ResourceType 1 (Other) is accepted only as 'PCI controller'");
        }
        for (DeviceKind k : DeviceKind.values()) {
            if (k.cimResourceType() == code) {
                return k;
            }
        }
        throw new InvalidSettingsException(where + ".ResourceType", "resource type " + code
                + " cannot be allocated to a virtual system");
    }

    private static long quantity(String where, CimInstance rasd, DeviceKind kind) {
        CimValue q = rasd.value("VirtualQuantity");
        if (!kind.sized()) {
            return q == null || q.isNull() ? 1 : number(where + ".VirtualQuantity", q);
        }
        if (q == null || q.isNull()) {
            throw new InvalidSettingsException(where + ".VirtualQuantity", "is required for " + kind);
        }
        long factor = unitFactor(where, kind, text(rasd, "AllocationUnits"));
        long value = number(where + ".VirtualQuantity", q);
        if (value <= 0 || value > Long.MAX_VALUE / factor) {
            throw new InvalidSettingsException(where + ".VirtualQuantity", "out of range: " + value);
        }
        return value * factor;
    }

    /** Processors count one by one; memory and disk take "byte" or "byte*2^N". */
    private static long unitFactor(String where, DeviceKind kind, String units) {
        if (units == null) {
            return 1;
        }
        String u = units.trim().toLowerCase(Locale.ROOT);
        if (kind == DeviceKind.PROCESSOR) {
            if (u.equals("count")) {
                return 1;
            }
        } else {
            Matcher m = BYTE_UNITS.matcher(u);
            if (m.matches()) {
                int shift = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
                if (shift <= 40) {
                    return 1L << shift;
                }
            }
        }
        throw new InvalidSettingsException(where + ".AllocationUnits", "unit '" + units + "' is not supported for "
                + kind);
    }

    /** Integer properties sent untyped (as text) are read as numbers too. */
    private static long number(String where, CimValue v) {
        try {
            return v.type().base().isInteger() ? v.asLong() : Long.parseLong(v.asString().trim());
        } catch (RuntimeException e) {
            throw new InvalidSettingsException(where, "not an integer: " + v);
        }
    }

    static String text(CimInstance i, String property) {
        CimValue v = i.value(property);
        return v == null || v.isNull() || v.type().array() ? null : v.asString();
    }
}
