package org.vcmtck.simulator.inventory;

import org.testng.annotations.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class InventoryUsersTest {

    private static Path file(String text) throws Exception {
        Path p = Files.createTempFile("inventory", ".yaml");
        Files.writeString(p, text);
        return p;
    }

    @Test
    public void readsClearAndHashedPasswordsAsDigests() throws Exception {
        List<InventoryUsers.User> users = InventoryUsers.read(file("""
                users:
                  - name: alice
                    password: pw
                  - name: bob
                    passwordSha256: 30C952FA6A2F5D1DDE7E0A5B6E1D6C4C1C3A3E8D2D6D1D0F7E5A0B9C8D7E6F5A
                """));
        assertThat(users).extracting(InventoryUsers.User::name).containsExactly("alice", "bob");
        assertThat(users.get(0).passwordSha256()).isEqualTo(InventoryUsers.sha256("pw"));
        assertThat(users.get(1).passwordSha256()).hasSize(32);
    }

    @Test
    public void noUsersIsAnEmptyList() throws Exception {
        assertThat(InventoryUsers.read(file("hosts: []\n"))).isEmpty();
    }

    @Test
    public void duplicateNamesAreRefusedWithTheirField() throws Exception {
        Path p = file("""
                users:
                  - name: alice
                    password: a
                  - name: alice
                    password: b
                """);
        assertThatThrownBy(() -> InventoryUsers.read(p)).isInstanceOf(InventoryException.class)
                .hasMessageContaining("declared twice").hasMessageContaining("users[1].name");
    }

    @Test
    public void exactlyOnePasswordFormIsRequired() throws Exception {
        assertThatThrownBy(() -> InventoryUsers.read(file("users:\n  - name: a\n"))).isInstanceOf(
                InventoryException.class).hasMessageContaining("exactly one of password or passwordSha256");
        assertThatThrownBy(() -> InventoryUsers.read(file("users:\n  - name: a\n    passwordSha256: abc\n")))
                .isInstanceOf(InventoryException.class).hasMessageContaining("64 hexadecimal digits");
        assertThatThrownBy(() -> InventoryUsers.read(file("users:\n  - name: a\n    password: x\n    pwd: y\n")))
                .isInstanceOf(InventoryException.class).hasMessageContaining("unknown field");
    }

    @Test
    public void handWrittenInventoryAcceptsAndChecksUsers() throws Exception {
        Path ok = file("users:\n  - name: alice\n    password: pw\n");
        assertThat(InventoryLoader.load(ok, LoadOptions.none()).systems()).isEmpty();
        Path bad = file("users:\n  - name: 'a:b'\n    password: pw\n");
        assertThatThrownBy(() -> InventoryLoader.load(bad, LoadOptions.none()))
                .isInstanceOf(InventoryException.class).hasMessageContaining("':'");
    }

    @Test
    public void aRoleIsFullByDefaultOrReadOnlyAndNothingElse() throws Exception {
        List<InventoryUsers.User> users = InventoryUsers.read(file("""
                users:
                  - name: alice
                    password: a
                  - name: rita
                    password: r
                    role: read-only
                  - name: fred
                    password: f
                    role: full
                """));
        assertThat(users).extracting(InventoryUsers.User::readOnly).containsExactly(false, true, false);
        assertThatThrownBy(() -> InventoryUsers.read(file("users:\n  - name: a\n    password: x\n    role: admin\n")))
                .isInstanceOf(InventoryException.class).hasMessageContaining("full or read-only")
                .hasMessageContaining("users[0].role");
    }
}
