package org.vcmtck.assertions.ovf.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A package ready to be written: its members in storage order (for an OVA, the tar order). Invalid variants whose
 * fault lies after the manifest was made (tampered bytes, a missing member, a bad order) edit this form.
 */
record AssembledPackage(PackageDraft draft, List<Member> members) {

    AssembledPackage {
        members = List.copyOf(members);
    }

    byte[] bytesOf(String name) {
        return members.get(indexOf(name)).bytes();
    }

    AssembledPackage replacing(String name, byte[] bytes) {
        List<Member> edited = new ArrayList<>(members);
        edited.set(indexOf(name), new Member(name, bytes));
        return new AssembledPackage(draft, edited);
    }

    AssembledPackage without(String name) {
        List<Member> edited = new ArrayList<>(members);
        edited.remove(indexOf(name));
        return new AssembledPackage(draft, edited);
    }

    AssembledPackage plus(Member member) {
        List<Member> edited = new ArrayList<>(members);
        edited.add(member);
        return new AssembledPackage(draft, edited);
    }

    /** The same members with one moved to the end of the archive. */
    AssembledPackage movedToEnd(String name) {
        List<Member> edited = new ArrayList<>(members);
        Member moved = edited.remove(indexOf(name));
        edited.add(moved);
        return new AssembledPackage(draft, edited);
    }

    /** The same members in the given order (which must name every member once). */
    AssembledPackage inOrder(List<String> names) {
        if (names.size() != members.size() || !names.containsAll(members.stream().map(Member::name).toList())) {
            throw new IllegalArgumentException("order " + names + " does not name each member of "
                    + draft.baseName() + " once");
        }
        return new AssembledPackage(draft, names.stream().map(n -> members.get(indexOf(n))).toList());
    }

    List<String> names() {
        return members.stream().map(Member::name).toList();
    }

    private int indexOf(String name) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("package " + draft.baseName() + " has no member " + name);
    }
}
