package org.arhub.testsupport;

import org.arhub.demo.EmbeddedSftpServer;

/** Partner files for tests: a bank reached over an in-process SFTP server. */
public final class TestPartners {
  private TestPartners() {}

  /** A bank with one feed {@code feed} in remote folder {@code directory}, polled every 200 ms. */
  public static String sftpBank(
      String id,
      EmbeddedSftpServer server,
      String hostKey,
      String feed,
      String directory,
      String format) {
    return """
        id: %s
        name: Test bank %s
        kind: bank
        sftp:
          host: 127.0.0.1
          port: %d
          user: %s
          privateKeyFile: %s
          hostKey: "%s"
        feeds:
          - name: %s
            directory: %s
            format: %s
            pollDelay: 200ms
        """
        .formatted(
            id,
            id,
            server.port(),
            server.username(),
            server.clientKeyFile(),
            hostKey,
            feed,
            directory,
            format);
  }
}
