package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimParameter;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.cimxml.CimArgument;
import org.vcmtck.simulator.wbem.cimxml.CimXmlDecoder;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.repository.MethodProvider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link CimData} over the class repository and its providers. */
public final class RepositoryData implements CimData {
    private final CimRepository repository;
    private final CimXmlDecoder decoder = new CimXmlDecoder();

    public RepositoryData(CimRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean hasNamespace(String namespace) {
        return repository.hasNamespace(namespace);
    }

    @Override
    public Optional<CimClass> cimClass(String namespace, String className) {
        return repository.findClass(namespace, className);
    }

    @Override
    public List<String> subclassNames(String namespace, String className, boolean deep) {
        return repository.subclassNames(namespace, className, deep);
    }

    @Override
    public List<CimInstance> instances(String namespace, String className) {
        return repository.enumerateInstances(namespace, className);
    }

    @Override
    public Optional<CimInstance> instance(String namespace, CimObjectPath path) {
        try {
            return Optional.of(repository.getInstance(namespace, path));
        } catch (CimException e) {
            if (e.status() == CimStatus.CIM_ERR_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public CimObjectPath create(String namespace, CimInstance instance) {
        return repository.createInstance(namespace, instance);
    }

    @Override
    public void modify(String namespace, CimInstance instance, List<String> propertyNames) {
        repository.modifyInstance(namespace, instance, propertyNames);
    }

    @Override
    public void delete(String namespace, CimObjectPath path) {
        repository.deleteInstance(namespace, path);
    }

    @Override
    public List<CimInstance> references(String namespace, CimObjectPath target, String role) {
        return repository.references(namespace, target, null, role);
    }

    @Override
    public MethodOutcome invoke(String namespace, CimObjectPath target, String method, List<CimArgument> in) {
        Map<String, CimValue> args = new LinkedHashMap<>();
        in.forEach(a -> args.put(a.name(), a.value()));
        MethodProvider.MethodResult r = repository.invokeMethod(namespace, target, method, args);
        CimMethod declared = repository.requireClass(namespace, target.className()).method(method).orElseThrow();
        List<CimArgument> out = new ArrayList<>();
        r.out().forEach((name, value) -> out.add(outArgument(declared, name, value)));
        return new MethodOutcome(r.returnValue(), out);
    }

    /** Out parameters declared EmbeddedInstance travel as instances (EmbeddedObject="instance"). */
    private CimArgument outArgument(CimMethod method, String name, CimValue value) {
        CimParameter p = method.parameter(name).orElse(null);
        boolean embedded = p != null && p.qualifier("EmbeddedInstance").isPresent()
                && value.type().base() == CimType.Base.STRING && !value.isNull();
        if (!embedded) {
            return CimArgument.of(p == null ? name : p.name(), value);
        }
        List<CimInstance> instances = new ArrayList<>();
        for (String text : value.texts()) {
            if (text != null) {
                instances.add(decoder.embeddedInstance(text));
            }
        }
        return new CimArgument(p.name(), value, instances);
    }
}
