package org.arhub.formats.lockbox;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers what a file has already shown so that a batch or a check sent twice is caught: a batch
 * by lockbox and batch number, a check by lockbox, check number, amount and remitter account.
 *
 * <p>This is the one part of a pass that grows with the file. Checks are kept as 64-bit
 * fingerprints with the line they were on (12 bytes a slot in an open-addressing table kept at most
 * half full: about 25 MB for a million checks) rather than as text; two different checks share a
 * fingerprint with a probability near n²/2⁶⁵, about 3 in 10⁸ for a million checks.
 */
final class LockboxDuplicates {
  private final Map<String, Long> batches = new HashMap<>();
  private long[] fingerprints = new long[1024];
  private int[] lines = new int[1024];
  private int checks;

  /** Records a batch; returns the line it was first seen on if it was seen before. */
  Optional<Long> batch(String lockbox, String batch, long line) {
    return Optional.ofNullable(batches.putIfAbsent(lockbox + '\u0000' + batch, line));
  }

  /** Records a check; returns the line it was first seen on if it was seen before. */
  Optional<Long> check(
      String lockbox, String checkNumber, BigDecimal amount, String account, long line) {
    long fingerprint =
        fingerprint(
            lockbox
                + '\u0000'
                + checkNumber
                + '\u0000'
                + amount.toPlainString()
                + '\u0000'
                + account);
    int mask = fingerprints.length - 1;
    int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
    while (fingerprints[slot] != 0) {
      if (fingerprints[slot] == fingerprint) {
        return Optional.of((long) lines[slot]);
      }
      slot = (slot + 1) & mask;
    }
    fingerprints[slot] = fingerprint;
    lines[slot] = (int) Math.min(line, Integer.MAX_VALUE);
    if (++checks * 2 > fingerprints.length) {
      grow();
    }
    return Optional.empty();
  }

  private void grow() {
    long[] oldFingerprints = fingerprints;
    int[] oldLines = lines;
    fingerprints = new long[oldFingerprints.length * 2];
    lines = new int[oldLines.length * 2];
    int mask = fingerprints.length - 1;
    for (int i = 0; i < oldFingerprints.length; i++) {
      if (oldFingerprints[i] != 0) {
        int slot = (int) (oldFingerprints[i] ^ (oldFingerprints[i] >>> 32)) & mask;
        while (fingerprints[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        fingerprints[slot] = oldFingerprints[i];
        lines[slot] = oldLines[i];
      }
    }
  }

  /**
   * FNV-1a over the UTF-8 bytes, then the SplitMix64 finaliser to spread the bits; never 0 (0 marks
   * an empty slot).
   */
  private static long fingerprint(String key) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
    hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
    hash ^= hash >>> 31;
    return hash == 0 ? 1 : hash;
  }
}
