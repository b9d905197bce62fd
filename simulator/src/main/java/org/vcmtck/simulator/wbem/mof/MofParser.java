package org.vcmtck.simulator.wbem.mof;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimFlavor;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimParameter;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimQualifier;
import org.vcmtck.simulator.wbem.cim.CimQualifierType;
import org.vcmtck.simulator.wbem.cim.CimScope;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.mof.MofToken.Kind;

/** Recursive-descent parser for one MOF file; types values against the compiler's known declarations. */
final class MofParser {
    /** Marks the literal {@code null} so it differs from "no value written". */
    private static final Object NULL_LITERAL = new Object();

    /** A value written in MOF before it is typed: the raw literal plus where it started. */
    private record Raw(Object value, MofToken at) {
    }

    private final MofCompiler compiler;
    private final java.util.Map<CimQualifier, MofToken> qualifierPositions = new java.util.IdentityHashMap<>();
    private final String file;
    private final List<MofToken> tokens;
    private final List<MofDeclaration> out;
    private int i;

    MofParser(MofCompiler compiler, String file, List<MofToken> tokens, List<MofDeclaration> out) {
        this.compiler = compiler;
        this.file = file;
        this.tokens = tokens;
        this.out = out;
    }

    void parseAll() {
        while (peek().kind() != Kind.EOF) {
            production();
        }
    }

    // ------------------------------------------------------------------ token helpers

    private MofToken peek() {
        return tokens.get(i);
    }

    private MofToken peek(int ahead) {
        return tokens.get(Math.min(i + ahead, tokens.size() - 1));
    }

    private MofToken next() {
        MofToken t = tokens.get(i);
        if (t.kind() != Kind.EOF) {
            i++;
        }
        return t;
    }

    private MofException error(MofToken at, String msg) {
        return new MofException(file, at.line(), at.column(), msg);
    }

    private MofException expected(String what) {
        return error(peek(), "expected " + what + " but found " + peek().describe());
    }

    private MofToken punct(String p) {
        if (!peek().isPunct(p)) {
            throw expected("'" + p + "'");
        }
        return next();
    }

    private boolean accept(String p) {
        if (peek().isPunct(p)) {
            next();
            return true;
        }
        return false;
    }

    private void word(String w) {
        if (!peek().isWord(w)) {
            throw expected("'" + w + "'");
        }
        next();
    }

    private String identifier(String what) {
        if (peek().kind() != Kind.IDENT) {
            throw expected(what);
        }
        return next().text();
    }

    private String location(MofToken t) {
        return file + ":" + t.line() + ":" + t.column();
    }

    // ------------------------------------------------------------------ productions

    private void production() {
        MofToken start = peek();
        if (start.kind() == Kind.PRAGMA) {
            pragma();
            return;
        }
        if (start.isWord("qualifier")) {
            qualifierDeclaration();
            return;
        }
        List<CimQualifier> quals = peek().isPunct("[") ? qualifierList() : List.of();
        if (peek().isWord("class")) {
            classDeclaration(start, quals);
        } else if (peek().isWord("instance")) {
            instanceDeclaration(start);
        } else {
            throw expected("'#pragma', 'Qualifier', 'class' or 'instance'");
        }
    }

    private void pragma() {
        MofToken at = next();
        String name = identifier("a pragma name");
        punct("(");
        if (peek().kind() != Kind.STRING) {
            throw expected("a string pragma parameter");
        }
        String param = stringLiteral();
        punct(")");
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "include" -> {
                try {
                    compiler.include(file, param, out);
                } catch (MofException e) {
                    if (e.detail().startsWith("cannot read MOF file")) {
                        throw error(at, "cannot include '" + param + "': " + e.detail());
                    }
                    throw e;
                }
            }
            case "namespace" -> compiler.setNamespace(param);
            default -> {
                // locale, instancelocale, source, nonlocal… carry nothing this repository uses
            }
        }
    }

    private void qualifierDeclaration() {
        MofToken start = next();
        String name = identifier("a qualifier name");
        punct(":");
        CimType.Base base = dataType();
        boolean array = arraySuffix();
        CimType type = new CimType(base, array);
        CimValue def = CimValue.nullOf(type);
        if (accept("=")) {
            def = typed(type, initializer(), "default of qualifier " + name);
        }
        punct(",");
        word("scope");
        punct("(");
        Set<CimScope> scopes = EnumSet.noneOf(CimScope.class);
        do {
            MofToken t = peek();
            String s = identifier("a scope name");
            try {
                scopes.add(CimScope.fromMofName(s));
            } catch (IllegalArgumentException e) {
                throw error(t, "unknown scope '" + s + "'");
            }
        } while (accept(","));
        punct(")");
        Set<CimFlavor> flavors = new LinkedHashSet<>();
        if (accept(",")) {
            word("flavor");
            punct("(");
            do {
                flavors.add(flavor());
            } while (accept(","));
            punct(")");
        }
        punct(";");
        CimQualifierType qt = new CimQualifierType(name, type, def, scopes, flavors);
        compiler.declareQualifierType(qt);
        out.add(new MofDeclaration.QualifierDeclaration(compiler.namespace(), qt, location(start)));
    }

    private CimFlavor flavor() {
        MofToken t = peek();
        String f = identifier("a flavor name");
        try {
            return CimFlavor.fromMofName(f);
        } catch (IllegalArgumentException e) {
            throw error(t, "unknown flavor '" + f + "'");
        }
    }

    private CimType.Base dataType() {
        MofToken t = peek();
        String n = identifier("a data type");
        try {
            CimType.Base b = CimType.Base.fromName(n);
            if (b == CimType.Base.REFERENCE) {
                throw error(t, "expected a data type but found '" + n + "'");
            }
            return b;
        } catch (IllegalArgumentException e) {
            throw error(t, "expected a data type (boolean, string, char16, uint8..sint64, real32, real64, datetime)"
                    + " but found '" + n + "'");
        }
    }

    private static boolean isDataType(String name) {
        try {
            return CimType.Base.fromName(name) != CimType.Base.REFERENCE;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Optional "[]" or "[n]"; the fixed size is accepted and not kept. */
    private boolean arraySuffix() {
        if (!accept("[")) {
            return false;
        }
        if (peek().kind() == Kind.INTEGER) {
            next();
        }
        punct("]");
        return true;
    }

    private List<CimQualifier> qualifierList() {
        punct("[");
        List<CimQualifier> quals = new ArrayList<>();
        do {
            MofToken at = peek();
            String name = identifier("a qualifier name");
            if (quals.stream().anyMatch(q -> q.isNamed(name))) {
                throw error(at, "duplicate qualifier '" + name + "'");
            }
            CimQualifierType qt = compiler.knownQualifierType(name)
                    .orElseThrow(() -> error(at, "qualifier '" + name + "' is not declared"));
            Raw raw = null;
            if (peek().isPunct("(")) {
                next();
                raw = initializer();
                punct(")");
            } else if (peek().isPunct("{")) {
                raw = initializer();
            }
            Set<CimFlavor> flavors = new LinkedHashSet<>();
            if (accept(":")) {
                while (peek().kind() == Kind.IDENT) {
                    flavors.add(flavor());
                }
            }
            CimValue v;
            if (raw == null) {
                if (qt.type().base() != CimType.Base.BOOLEAN || qt.type().array()) {
                    throw error(at, "qualifier '" + name + "' of type " + qt.type() + " needs a value");
                }
                v = CimValue.of(true);
            } else {
                v = typed(qt.type(), raw, "qualifier " + name);
            }
            CimQualifier q = new CimQualifier(qt.name(), v, flavors, false);
            qualifierPositions.put(q, at);
            quals.add(q);
        } while (accept(","));
        punct("]");
        return quals;
    }

    /** Each qualifier must be declared for (one of) the scopes of the element it is written on. */
    private void checkScopes(List<CimQualifier> quals, String element, CimScope... allowed) {
        for (CimQualifier q : quals) {
            CimQualifierType qt = compiler.knownQualifierType(q.name()).orElseThrow();
            boolean ok = false;
            for (CimScope s : allowed) {
                ok |= qt.appliesTo(s);
            }
            if (!ok) {
                MofToken at = qualifierPositions.getOrDefault(q, peek());
                throw error(at, "qualifier '" + q.name() + "' is not allowed on " + element + " (its scopes are "
                        + qt.scopes() + ")");
            }
        }
    }

    private void classDeclaration(MofToken start, List<CimQualifier> quals) {
        next();
        String name = identifier("a class name");
        String superclass = null;
        if (accept(":")) {
            MofToken at = peek();
            superclass = identifier("a superclass name");
            if (compiler.knownClass(superclass).isEmpty()) {
                throw error(at, "superclass '" + superclass + "' is not declared");
            }
            superclass = compiler.knownClass(superclass).get().name();
        }
        punct("{");
        List<CimProperty> props = new ArrayList<>();
        List<CimMethod> methods = new ArrayList<>();
        while (!peek().isPunct("}")) {
            MofToken at = peek();
            List<CimQualifier> fq = peek().isPunct("[") ? qualifierList() : List.of();
            MofToken typeTok = peek();
            String typeName = identifier("a data type or class name");
            String refClass = null;
            CimType.Base base;
            if (peek().isWord("ref")) {
                next();
                refClass = typeName;
                base = CimType.Base.REFERENCE;
            } else if (isDataType(typeName)) {
                base = CimType.Base.fromName(typeName);
            } else {
                throw error(typeTok, "expected a data type or '<class> REF' but found '" + typeName + "'");
            }
            String featureName = identifier("a property or method name");
            if (peek().isPunct("(")) {
                checkScopes(fq, "a method", CimScope.METHOD);
                methods.add(method(featureName, CimType.of(base), fq));
                checkUnique(at, featureName, props, methods, true);
                continue;
            }
            if (refClass != null) {
                checkScopes(fq, "a reference", CimScope.REFERENCE);
            } else {
                checkScopes(fq, "a property", CimScope.PROPERTY);
            }
            boolean array = arraySuffix();
            CimType type = new CimType(base, array);
            CimValue def = CimValue.nullOf(type);
            if (accept("=")) {
                def = typed(type, initializer(), "default of property " + featureName);
            }
            punct(";");
            checkUnique(at, featureName, props, methods, false);
            props.add(new CimProperty(featureName, type, def, fq, refClass, null, false));
        }
        punct("}");
        punct(";");
        CimClass c = new CimClass(name, superclass, quals, props, methods);
        if (c.isAssociation()) {
            checkScopes(quals, "an association", CimScope.ASSOCIATION, CimScope.CLASS);
        } else if (c.isIndication()) {
            checkScopes(quals, "an indication", CimScope.INDICATION, CimScope.CLASS);
        } else {
            checkScopes(quals, "a class", CimScope.CLASS);
        }
        compiler.declareClass(c);
        out.add(new MofDeclaration.ClassDeclaration(compiler.namespace(), c, location(start)));
    }

    private void checkUnique(MofToken at, String name, List<CimProperty> props, List<CimMethod> methods,
                             boolean justAddedMethod) {
        long sameProps = props.stream().filter(p -> p.isNamed(name)).count();
        long sameMethods = methods.stream().filter(m -> m.isNamed(name)).count() - (justAddedMethod ? 1 : 0);
        if (sameProps + sameMethods > 0) {
            throw error(at, "'" + name + "' is declared twice in this class");
        }
    }

    private CimMethod method(String name, CimType returnType, List<CimQualifier> quals) {
        punct("(");
        List<CimParameter> params = new ArrayList<>();
        if (!peek().isPunct(")")) {
            do {
                List<CimQualifier> pq = peek().isPunct("[") ? qualifierList() : List.of();
                MofToken typeTok = peek();
                String typeName = identifier("a parameter type");
                String refClass = null;
                CimType.Base base;
                if (peek().isWord("ref")) {
                    next();
                    refClass = typeName;
                    base = CimType.Base.REFERENCE;
                } else if (isDataType(typeName)) {
                    base = CimType.Base.fromName(typeName);
                } else {
                    throw error(typeTok, "expected a data type or '<class> REF' but found '" + typeName + "'");
                }
                MofToken nameTok = peek();
                String pname = identifier("a parameter name");
                if (params.stream().anyMatch(p -> p.isNamed(pname))) {
                    throw error(nameTok, "duplicate parameter '" + pname + "'");
                }
                boolean array = arraySuffix();
                if (accept("=")) {
                    initializer(); // default parameter values are allowed by DSP0004 but carry no meaning here
                }
                checkScopes(pq, "a parameter", CimScope.PARAMETER);
                params.add(new CimParameter(pname, new CimType(base, array), refClass, pq));
            } while (accept(","));
        }
        punct(")");
        punct(";");
        return new CimMethod(name, returnType, params, quals, null, false);
    }

    private void instanceDeclaration(MofToken start) {
        next();
        word("of");
        MofToken clsTok = peek();
        String className = identifier("a class name");
        CimClass c = compiler.knownClass(className)
                .orElseThrow(() -> error(clsTok, "class '" + className + "' is not declared"));
        String alias = null;
        if (peek().isWord("as")) {
            next();
            if (peek().kind() != Kind.ALIAS) {
                throw expected("an alias ($name)");
            }
            alias = (String) next().value();
        }
        List<CimProperty> classProps = compiler.allProperties(c);
        punct("{");
        List<CimProperty> values = new ArrayList<>();
        while (!peek().isPunct("}")) {
            if (peek().isPunct("[")) {
                qualifierList(); // instance-level qualifiers are not kept
            }
            MofToken at = peek();
            String pname = identifier("a property name");
            CimProperty decl = classProps.stream().filter(p -> p.isNamed(pname)).findFirst()
                    .orElseThrow(() -> error(at, "class " + c.name() + " has no property '" + pname + "'"));
            if (values.stream().anyMatch(p -> p.isNamed(pname))) {
                throw error(at, "property '" + pname + "' is set twice");
            }
            punct("=");
            CimValue v = typed(decl.type(), initializer(), "property " + pname);
            punct(";");
            values.add(new CimProperty(decl.name(), decl.type(), v, List.of(), decl.referenceClass(), null, false));
        }
        punct("}");
        punct(";");
        CimObjectPath path = compiler.pathOf(c, values);
        if (alias != null) {
            if (path == null) {
                throw error(start, "alias $" + alias + " needs an instance whose key properties are all set");
            }
            compiler.declareAlias(alias, path);
        }
        CimInstance inst = new CimInstance(c.name(), values, path);
        out.add(new MofDeclaration.InstanceDeclaration(compiler.namespace(), inst, alias, location(start)));
    }

    // ------------------------------------------------------------------ values

    private String stringLiteral() {
        StringBuilder sb = new StringBuilder();
        while (peek().kind() == Kind.STRING) {
            sb.append((String) next().value());
        }
        return sb.toString();
    }

    private Raw initializer() {
        MofToken at = peek();
        if (accept("{")) {
            List<Object> items = new ArrayList<>();
            if (!peek().isPunct("}")) {
                do {
                    items.add(literal().value());
                } while (accept(","));
            }
            punct("}");
            return new Raw(items, at);
        }
        return literal();
    }

    private Raw literal() {
        MofToken t = peek();
        return switch (t.kind()) {
            case STRING -> new Raw(stringLiteral(), t);
            case CHAR, INTEGER, REAL -> new Raw(next().value(), t);
            case ALIAS -> {
                next();
                CimObjectPath p = compiler.alias((String) t.value());
                if (p == null) {
                    throw error(t, "alias " + t.text() + " is not defined (aliases must be declared before use)");
                }
                yield new Raw(p, t);
            }
            case IDENT -> {
                if (t.isWord("true") || t.isWord("false")) {
                    next();
                    yield new Raw(t.isWord("true"), t);
                }
                if (t.isWord("null")) {
                    next();
                    yield new Raw(NULL_LITERAL, t);
                }
                throw expected("a value");
            }
            default -> throw expected("a value");
        };
    }

    private CimValue typed(CimType type, Raw raw, String what) {
        Object v = raw.value();
        try {
            if (v == NULL_LITERAL) {
                return CimValue.nullOf(type);
            }
            if (v instanceof List<?> list) {
                if (!type.array()) {
                    throw error(raw.at(), what + " is " + type + ", not an array");
                }
                List<Object> items = new ArrayList<>();
                for (Object o : list) {
                    items.add(o == NULL_LITERAL ? null : o);
                }
                return CimValue.of(type, items);
            }
            if (type.array()) {
                // DSP0004 lets a single value stand for a one-element array
                return CimValue.of(type, List.of(v));
            }
            if (type.base() == CimType.Base.STRING && !(v instanceof String)) {
                throw error(raw.at(), what + " is a string but the value is " + raw.at().describe());
            }
            if (type.base().isNumeric() && v instanceof String) {
                throw error(raw.at(), what + " is " + type + " but the value is a string");
            }
            return CimValue.of(type, v);
        } catch (CimException e) {
            throw error(raw.at(), what + ": " + e.description());
        }
    }
}
