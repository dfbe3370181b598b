package org.arhub.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arhub.demo.EmbeddedSftpServer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bank dropping files for the hub on an in-process SFTP server, and what became of them in the
 * database: for route tests that follow a file to its payments.
 */
public final class BankOutbox {
  private BankOutbox() {}

  /** Writes the file under a hidden name first and renames it, as a bank's upload completes. */
  public static void drop(EmbeddedSftpServer bank, String name, byte[] content) throws IOException {
    Path outbox = Files.createDirectories(bank.rootDir().resolve("outbox"));
    Path temp = outbox.resolve("." + name + ".part");
    Files.write(temp, content);
    Files.move(temp, outbox.resolve(name));
  }

  /** The status of the bank payment with this bank reference, or null before it is stored. */
  public static String paymentStatus(JdbcTemplate jdbc, String paymentId) {
    List<String> found =
        jdbc.queryForList(
            "select status from bank_payment where payment_id = ?", String.class, paymentId);
    return found.isEmpty() ? null : found.get(0);
  }

  /** {@code select count(*) from <tableAndCondition>}. */
  public static int count(JdbcTemplate jdbc, String tableAndCondition) {
    Integer n = jdbc.queryForObject("select count(*) from " + tableAndCondition, Integer.class);
    return n == null ? 0 : n;
  }
}
