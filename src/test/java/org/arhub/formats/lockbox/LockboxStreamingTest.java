package org.arhub.formats.lockbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.IgnoringSink;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.BankEntry;
import org.arhub.model.FileHeader;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The reader streams: checks reach the sink as they complete, and a large file does not sit in
 * memory.
 */
class LockboxStreamingTest {
  @Test
  void checksReachTheSinkBeforeTheTotalThatCondemnsThem() {
    String good =
        new String(
            LockboxFixtures.named("bai-standard__two-lockboxes").content(),
            StandardCharsets.ISO_8859_1);
    byte[] badServiceTotal =
        good.replace("80020000007001261120000300012599", "80020000007001261120000300012598")
            .getBytes(StandardCharsets.ISO_8859_1);
    List<String> events = new ArrayList<>();

    assertThatThrownBy(
            () ->
                LockboxReader.standard()
                    .read(
                        "lockbox.txt",
                        new ByteArrayInputStream(badServiceTotal),
                        recording(events)))
        .isInstanceOf(InvalidFileException.class)
        .hasMessageContaining("line 14, LockboxServiceTotal field amount");
    // What arrived before the failure is the consumer's to discard (one transaction in the hub).
    assertThat(events)
        .containsExactly(
            "file",
            "statement 0007001/2026-11-20",
            "entry 0007001-001-001",
            "entry 0007001-001-002",
            "entry 0007001-002-001");
  }

  @Test
  @Tag("slow")
  void aLargeFileStreamsInBoundedMemory() throws Exception {
    int checks = 300_000;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    long[] atEnd = new long[1];
    int[] entries = new int[1];
    BigDecimal[] credits = {BigDecimal.ZERO};
    int[] statements = new int[1];
    BankFileSink counting =
        new Discarding() {
          @Override
          public void entry(BankEntry entry) {
            entries[0]++;
          }

          @Override
          public void endStatement(StatementEnd end) {
            credits[0] = credits[0].add(end.credits());
            statements[0]++;
          }

          @Override
          public void endFile() {
            System.gc();
            atEnd[0] = memory.getHeapMemoryUsage().getUsed();
          }
        };

    LockboxReader.standard().read("large.txt", new GeneratedLockbox(checks), counting);

    assertThat(entries[0]).isEqualTo(checks);
    assertThat(statements[0]).isEqualTo(34);
    assertThat(credits[0]).isEqualByComparingTo(GeneratedLockbox.total(checks));
    // 300,000 checks kept as objects would take hundreds of MB; what stays is the duplicate-check
    // fingerprints (~12 MB).
    assertThat(atEnd[0] - before).as("heap growth in bytes").isLessThan(48L << 20);
  }

  /**
   * A standard-layout file of n checks (of 100.00 plus n cents, each with one invoice), produced
   * one batch at a time as it is read: lockboxes of up to 9 batches of 999 checks, as the
   * standard's 3-digit batch and item numbers and 4-digit lockbox check count allow.
   */
  private static final class GeneratedLockbox extends InputStream {
    private static final int ITEMS = 999;
    private static final int BATCHES = 9;

    private final int checks;
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private int nextCheck = 1;
    private int lockbox;
    private int batch;
    private int lockboxChecks;
    private BigDecimal lockboxAmount = BigDecimal.ZERO;
    private int records;
    private boolean done;
    private byte[] line = new byte[0];
    private int position;

    GeneratedLockbox(int checks) {
      this.checks = checks;
      pending.add("100ARHUBDEMO DEMOBANK  2611200530");
    }

    static BigDecimal total(int checks) {
      BigDecimal total = BigDecimal.ZERO;
      for (int i = 1; i <= checks; i++) {
        total = total.add(amount(i));
      }
      return total;
    }

    private static BigDecimal amount(int check) {
      return BigDecimal.valueOf(10_000 + check, 2);
    }

    @Override
    public int read() {
      return nextLine() ? line[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (!nextLine()) {
        return -1;
      }
      int n = Math.min(length, line.length - position);
      System.arraycopy(line, position, into, offset, n);
      position += n;
      return n;
    }

    private boolean nextLine() {
      if (position < line.length) {
        return true;
      }
      if (pending.isEmpty() && !refill()) {
        return false;
      }
      records++;
      line = (pending.poll() + "\n").getBytes(StandardCharsets.ISO_8859_1);
      position = 0;
      return true;
    }

    /**
     * Queues the next batch (5, (6 4)..., 7), or a lockbox's service total (8), or the trailer (9).
     */
    private boolean refill() {
      if (done) {
        return false;
      }
      String number = String.format("%07d", 7001 + lockbox);
      if (nextCheck > checks || batch == BATCHES) {
        if (batch > 0) {
          pending.add(
              String.format(
                  "8%03d000%s261119%04d%010d",
                  batch, number, lockboxChecks, lockboxAmount.movePointRight(2).longValue()));
          lockbox++;
          batch = 0;
          lockboxChecks = 0;
          lockboxAmount = BigDecimal.ZERO;
          return true;
        }
        pending.add(String.format("9%06d", records + 1));
        done = true;
        return true;
      }
      batch++;
      String batchNumber = String.format("%03d", batch);
      pending.add("5" + batchNumber + "000" + number + "261119");
      BigDecimal sum = BigDecimal.ZERO;
      int item = 0;
      while (item < ITEMS && nextCheck <= checks) {
        item++;
        int check = nextCheck++;
        String cents = String.format("%010d", 10_000 + check);
        pending.add(
            String.format("6%s%03d%s071003214%010d%010d", batchNumber, item, cents, check, check));
        pending.add(String.format("4%s%03d6019%-15s%s", batchNumber, item, "INV-" + check, cents));
        sum = sum.add(amount(check));
      }
      pending.add(
          String.format(
              "7%s000%s261119%03d%010d",
              batchNumber, number, item, sum.movePointRight(2).longValue()));
      lockboxChecks += item;
      lockboxAmount = lockboxAmount.add(sum);
      return true;
    }
  }

  private static BankFileSink recording(List<String> events) {
    return new Discarding() {
      @Override
      public void file(FileHeader header) {
        events.add("file");
      }

      @Override
      public void statement(Statement statement) {
        events.add("statement " + statement.statementId());
      }

      @Override
      public void entry(BankEntry entry) {
        events.add("entry " + entry.bankRef().orElseThrow());
      }
    };
  }

  private static class Discarding extends IgnoringSink {}
}
