package org.arhub.testsupport;

import java.util.concurrent.TimeUnit;

/**
 * Waits for state that no Camel exchange signals (database rows, files on a server, caught mail).
 */
public final class Eventually {
  private Eventually() {}

  public interface Check {
    boolean ok() throws Exception;
  }

  /** Polls the check every 100 ms for up to 30 s. */
  public static void waitUntil(Check check) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!check.ok()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 30 s");
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
  }
}
