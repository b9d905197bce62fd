package org.vcmtck.assertions.ovf.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A package before assembly: the descriptor text, whose {@code {{size:HREF}}} placeholders become the byte count
 * of the named file, and the referenced files in References order. Invalid variants are drafts with one edit.
 *
 * @param baseName   descriptor base name; the manifest and certificate are named after it
 * @param form       OVA or directory
 * @param descriptor descriptor text with size placeholders
 * @param files      the referenced files in References order (whole files; chunking happens at assembly)
 * @param chunkSizes chunk size per href of the files stored in chunks (OVF-REF-012)
 * @param manifest   how the manifest is written, or none
 * @param signed     whether a certificate signs the manifest
 */
record PackageDraft(String baseName, PackageForm form, String descriptor, List<Member> files,
                    Map<String, Integer> chunkSizes, ManifestStyle manifest, boolean signed) {

    PackageDraft {
        Objects.requireNonNull(baseName, "baseName");
        files = List.copyOf(files);
        chunkSizes = Map.copyOf(chunkSizes);
    }

    String descriptorName() {
        return baseName + ".ovf";
    }

    String manifestName() {
        return baseName + ".mf";
    }

    String certificateName() {
        return baseName + ".cert";
    }

    PackageDraft withDescriptor(UnaryOperator<String> edit) {
        return new PackageDraft(baseName, form, edit.apply(descriptor), files, chunkSizes, manifest, signed);
    }

    /** The draft with one file's bytes replaced (before sizes and digests are computed). */
    PackageDraft withFile(String name, byte[] bytes) {
        List<Member> replaced = new ArrayList<>();
        boolean found = false;
        for (Member file : files) {
            found |= file.name().equals(name);
            replaced.add(file.name().equals(name) ? new Member(name, bytes) : file);
        }
        if (!found) {
            throw new IllegalArgumentException("the draft of " + baseName + " has no file " + name);
        }
        return new PackageDraft(baseName, form, descriptor, replaced, chunkSizes, manifest, signed);
    }

    /** The draft with one more file, stored right after the named one. */
    PackageDraft withFileAfter(String existing, Member added) {
        List<Member> more = new ArrayList<>(files);
        int at = -1;
        for (int i = 0; i < files.size(); i++) {
            at = files.get(i).name().equals(existing) ? i : at;
        }
        if (at < 0) {
            throw new IllegalArgumentException("the draft of " + baseName + " has no file " + existing);
        }
        more.add(at + 1, added);
        return new PackageDraft(baseName, form, descriptor, more, chunkSizes, manifest, signed);
    }

    PackageDraft withSigning(boolean sign) {
        return new PackageDraft(baseName, form, descriptor, files, chunkSizes, manifest, sign);
    }

    byte[] file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the draft of " + baseName + " has no file " + name))
                .bytes();
    }

    /** The descriptor with every size placeholder replaced by the byte count of its file. */
    byte[] resolvedDescriptor() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        files.forEach(f -> sizes.put(f.name(), f.size()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int open = descriptor.indexOf("{{size:", at);
            if (open < 0) {
                break;
            }
            int close = descriptor.indexOf("}}", open);
            String name = descriptor.substring(open + 7, close);
            Integer size = sizes.get(name);
            if (size == null) {
                throw new IllegalStateException("size placeholder for " + name + ", which is no file of " + baseName);
            }
            out.append(descriptor, at, open).append(size);
            at = close + 2;
        }
        out.append(descriptor.substring(at));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
