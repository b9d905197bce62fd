package org.vcmtck.assertions.ovf;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Syntax of a BCP 47 (RFC 5646) language tag, as written in {@code xml:lang}. Only well-formedness is judged: a
 * tag such as {@code qq-ZZ} is well-formed though no registry lists its subtags, because the registry changes and
 * the requirement is about the attribute's form.
 */
final class LanguageTag {

    private static final String ALNUM = "[A-Za-z0-9]";

    /** langtag: language[-script][-region]*(-variant)*(-extension)[-privateuse]. */
    private static final Pattern LANGTAG = Pattern.compile(
            "(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4}|[A-Za-z]{5,8})"
                    + "(?:-[A-Za-z]{4})?"
                    + "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
                    + "(?:-(?:" + ALNUM + "{5,8}|[0-9]" + ALNUM + "{3}))*"
                    + "(?:-[0-9A-WY-Za-wy-z](?:-" + ALNUM + "{2,8})+)*"
                    + "(?:-[Xx](?:-" + ALNUM + "{1,8})+)?");

    private static final Pattern PRIVATE_USE = Pattern.compile("[Xx](?:-" + ALNUM + "{1,8})+");

    /** The grandfathered tags of RFC 5646 §2.2.8 that the langtag production does not match. */
    private static final Set<String> IRREGULAR = Set.of("en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian",
            "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr",
            "sgn-be-nl", "sgn-ch-de");

    private LanguageTag() {
    }

    static boolean isWellFormed(String tag) {
        return LANGTAG.matcher(tag).matches() || PRIVATE_USE.matcher(tag).matches()
                || IRREGULAR.contains(tag.toLowerCase(Locale.ROOT));
    }
}
