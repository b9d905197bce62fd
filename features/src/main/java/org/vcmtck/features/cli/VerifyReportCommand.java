package org.vcmtck.features.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vcmtck.reports.integrity.KeyFileException;
import org.vcmtck.reports.integrity.ReportVerifier;
import org.vcmtck.reports.integrity.Verification;
import org.vcmtck.reports.integrity.VerificationKey;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vcmtck verify-report}: checks the tamper evidence of a report.json written by {@code check}. */
@Command(
        name = "verify-report",
        mixinStandardHelpOptions = true,
        description = {
            "Checks that a report.json is unchanged since 'check' wrote it: the SHA-256 digest of its canonical"
                    + " content (RFC 8785), its signature when it has one, and that every byte of the file is as"
                    + " written (whitespace included). Prints each check made.",
            "The digest alone shows accidental changes only: whoever edits the report can recompute it. Only a"
                    + " signature checked against a key you trust (--cert or --public-key) shows who wrote it.",
            "Without --cert/--public-key, a signature is checked with the certificate embedded in it, and the"
                    + " output says so: that proves the content matches that certificate's key, not who holds it."
                    + " A signature with no key given and no embedded certificate is reported as not checked.",
            "With --cert/--public-key, a report without a signature is refused (its signature may have been"
                    + " removed)."
        },
        footer = {
            "",
            "Exit codes:",
            "  0  the report is intact (and its signature valid, when one was checked)",
            "  1  the report was altered: digest mismatch, bad signature, signature missing, or layout changed",
            "  2  unusable input: not JSON, no integrity member, unreadable key or certificate, bad usage"
        })
final class VerifyReportCommand implements Callable<Integer> {

    static final int INTACT = 0;
    static final int TAMPERED = 1;
    static final int UNUSABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT", description = "The report.json to check.")
    Path report;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    KeyChoice key;

    static final class KeyChoice {
        @Option(names = "--cert", paramLabel = "FILE", required = true,
                description = "X.509 certificate (PEM) of the expected signer; its public key checks the signature.")
        Path cert;

        @Option(names = "--public-key", paramLabel = "FILE", required = true,
                description = "Public key (PEM, -----BEGIN PUBLIC KEY-----, RSA or EC) that checks the signature.")
        Path publicKey;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return verify(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int verify(PrintWriter out, PrintWriter err) {
        Optional<VerificationKey> verificationKey;
        try {
            verificationKey = key == null ? Optional.empty()
                    : Optional.of(key.cert != null ? VerificationKey.fromCertificateFile(key.cert)
                            : VerificationKey.fromPublicKeyFile(key.publicKey));
        } catch (KeyFileException e) {
            err.println("vcmtck: cannot use the key: " + e.getMessage());
            return UNUSABLE;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(report);
        } catch (IOException e) {
            err.println("vcmtck: cannot read " + report + ": " + e.getMessage());
            return UNUSABLE;
        }
        Verification result = ReportVerifier.verify(bytes, verificationKey);
        out.println("vcmtck: verifying " + report);
        result.checked().forEach(line -> out.println("  " + line));
        if (result instanceof Verification.Valid) {
            out.println("vcmtck: " + report + " is intact");
            return INTACT;
        }
        if (result instanceof Verification.Tampered tampered) {
            err.println("vcmtck: " + report + " was altered: " + tampered.how().label() + " (" + tampered.detail()
                    + ")");
            return TAMPERED;
        }
        err.println("vcmtck: " + report + " cannot be verified: " + ((Verification.Unusable) result).problem());
        return UNUSABLE;
    }
}
