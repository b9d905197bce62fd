package org.vcmtck.assertions.ovf.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a draft into members: sizes filled in, files split into chunks where asked, the manifest over the
 * descriptor and every stored file (one line per chunk), and the certificate signing that manifest. Members
 * are ordered as an OVA needs them: descriptor, manifest, certificate, then the files in References order.
 */
final class PackageAssembler {

    private PackageAssembler() {
    }

    static AssembledPackage assemble(PackageDraft draft) {
        List<Member> content = new ArrayList<>();
        content.add(new Member(draft.descriptorName(), draft.resolvedDescriptor()));
        for (Member file : draft.files()) {
            Integer chunkSize = draft.chunkSizes().get(file.name());
            if (chunkSize == null) {
                content.add(file);
            } else {
                content.addAll(Chunks.split(file, chunkSize));
            }
        }
        List<Member> members = new ArrayList<>();
        members.add(content.get(0));
        if (draft.manifest() != ManifestStyle.NONE) {
            byte[] manifest = draft.manifest().manifest(content);
            members.add(new Member(draft.manifestName(), manifest));
            if (draft.signed()) {
                members.add(new Member(draft.certificateName(),
                        CorpusSigner.INSTANCE.certificateFile(draft.manifest().token(), draft.manifestName(),
                                manifest)));
            }
        } else if (draft.signed()) {
            throw new IllegalStateException("package " + draft.baseName() + " is signed but has no manifest");
        }
        members.addAll(content.subList(1, content.size()));
        return new AssembledPackage(draft, members);
    }
}
