package org.vcmtck.assertions.ovf.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A reproducible byte stream (SHA-256 over seed and counter) standing in for a SecureRandom, so the corpus key
 * pair and its signatures come out the same on every run. Only for the corpus's throw-away signer: nothing it
 * signs is meant to be trusted.
 */
final class SeededRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final byte[] seed;
    private long counter;
    private byte[] block = new byte[0];
    private int used;

    SeededRandom(String label, byte[] extra) {
        byte[] name = label.getBytes(StandardCharsets.UTF_8);
        seed = new byte[name.length + 1 + extra.length];
        System.arraycopy(name, 0, seed, 0, name.length);
        System.arraycopy(extra, 0, seed, name.length + 1, extra.length);
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (used == block.length) {
                block = nextBlock();
                used = 0;
            }
            bytes[i] = block[used++];
        }
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        byte[] bytes = new byte[numBytes];
        nextBytes(bytes);
        return bytes;
    }

    @Override
    public void setSeed(long ignored) {
        // java.util.Random's constructor seeds with the clock; the stream must not depend on it
    }

    @Override
    public void setSeed(byte[] ignored) {
        // the stream depends only on the constructor's label and bytes
    }

    private byte[] nextBlock() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(seed);
            long n = counter++;
            for (int shift = 56; shift >= 0; shift -= 8) {
                sha.update((byte) (n >>> shift));
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
