package org.vcmtck.assertions.cimi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A CIMI representation read raw from its bytes, independent of any implementation's model: what type it
 * declares, its scalar attributes, references (hrefs), advertised operations and, for collections, its entries.
 * JSON and XML give the same view, so a check is written once for both serialisations.
 */
public sealed interface CimiDocument permits JsonCimiDocument, XmlCimiDocument {

    /** Reads a body in the given format; a body that is not well-formed (or not an object/element) is refused. */
    static CimiDocument read(String body, CimiFormat format) {
        return switch (format) {
            case JSON -> JsonCimiDocument.parse(body);
            case XML -> XmlCimiDocument.parse(body);
        };
    }

    CimiFormat format();

    /**
     * The type the representation declares: the {@code resourceURI} member in JSON; in XML the root's
     * {@code resourceURI} attribute (collections) or else root namespace + "/" + root name.
     */
    Optional<String> typeUri();

    /** In XML the root element's qualified description {namespace}name; in JSON the empty string. */
    String xmlRoot();

    boolean has(String attribute);

    /** The text of a scalar attribute (number, string, boolean); empty when absent or not a scalar. */
    Optional<String> text(String attribute);

    /** Whether a scalar attribute is written as an integer number (JSON number / XML integer text). */
    boolean isInteger(String attribute);

    /** The href of a reference attribute such as {@code machines: {"href": ...}}. */
    Optional<String> href(String attribute);

    /** Every top-level attribute in the CIMI vocabulary that is a reference, name → href, in document order. */
    Map<String, String> references();

    /** Every href anywhere in the representation. */
    List<String> allHrefs();

    List<CimiOperation> operations();

    /** The names of the top-level attributes present (JSON members; XML child elements in the CIMI namespace). */
    Set<String> attributeNames();

    /** A structured attribute (a reference, possibly expanded) read as a representation of its own. */
    Optional<CimiDocument> nested(String attribute);

    /** The collection entries: the JSON array member {@code jsonArray} or the XML child elements {@code xmlElement}. */
    List<CimiDocument> entries(String jsonArray, String xmlElement);

    /** Whether the entries container exists at all (an empty collection may omit it). */
    boolean hasEntries(String jsonArray, String xmlElement);

    /** A short label for messages: type and id when known. */
    default String describe() {
        return typeUri().map(uri -> uri.substring(uri.lastIndexOf('/') + 1)).orElse("resource of no declared type")
                + text("id").map(id -> " " + id).orElse("");
    }

    default Optional<CimiOperation> operation(String rel) {
        return operations().stream().filter(op -> rel.equals(op.rel())).findFirst();
    }
}
