package org.arhub.ledger.gl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * The id of an export batch: {@code AR-<period>-<16 hex digits>}, the digits the start of the
 * SHA-256 of the period and the batch's sorted journal line ids. The same lines always make the
 * same id, so a batch created again after a crash before its commit, or sent again after a crash
 * before its acknowledgement, carries the id the GL has seen and can refuse as a repeat.
 */
public final class GlBatchId {
  private GlBatchId() {}

  public static String of(String period, Collection<Long> lineIds) {
    if (lineIds.isEmpty()) {
      throw new IllegalArgumentException("an export batch of period " + period + " has no lines");
    }
    StringBuilder text = new StringBuilder(period);
    lineIds.stream().sorted().forEach(id -> text.append(',').append(id));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return "AR-" + period + "-" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
