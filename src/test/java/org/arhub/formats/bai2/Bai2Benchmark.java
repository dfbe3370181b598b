package org.arhub.formats.bai2;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.BankEntry;
import org.arhub.model.FileHeader;
import org.arhub.model.Remittance;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;

/**
 * Throughput of {@link Bai2Reader}: not a timed unit test, run by hand. Writes a BAI2 file of
 * 1,000,000 type-16 records (one in ten with an 88) to a temporary file and reads it 3 times to
 * warm up and 5 times measured, into a sink that only counts.
 *
 * <pre>
 * mvn -B -o test-compile
 * mvn -B -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.arhub.formats.bai2.Bai2Benchmark
 * </pre>
 */
public final class Bai2Benchmark {
  private static final int DETAILS = 1_000_000;

  private Bai2Benchmark() {}

  public static void main(String[] args) throws IOException, InvalidFileException {
    Path file = Files.createTempFile("bai2-benchmark", ".bai");
    try {
      write(file);
      long bytes = Files.size(file);
      System.out.printf(Locale.ROOT, "%s: %,d bytes, %,d type-16 records%n", file, bytes, DETAILS);
      for (int run = 1; run <= 8; run++) {
        boolean warmUp = run <= 3;
        long started = System.nanoTime();
        long entries = read(file);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (entries != DETAILS) {
          throw new IllegalStateException("read " + entries + " entries");
        }
        System.out.printf(
            Locale.ROOT,
            "%s %d: %.3f s, %.1f MB/s, %,.0f records/s%n",
            warmUp ? "warm-up " : "measured",
            run,
            seconds,
            bytes / seconds / 1e6,
            DETAILS / seconds);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static long read(Path file) throws IOException, InvalidFileException {
    CountingSink sink = new CountingSink();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      new Bai2Reader().read(file.getFileName().toString(), in, sink);
    }
    return sink.entries;
  }

  private static void write(Path file) throws IOException {
    long total = 0;
    long records = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write(
          "01,121000248,ARHUB,261120,0600,1,80,1,2/\n02,ARHUB,121000248,1,261119,2400,USD,2/\n");
      out.write("03,4567890123,USD,010,100000000,,,100,0,0,/\n");
      records++;
      for (int i = 1; i <= DETAILS; i++) {
        long amount = 100 + (i * 7919L) % 9_999_900;
        total += amount;
        boolean credit = i % 4 != 0;
        out.write(
            "16,"
                + (credit ? "165" : "475")
                + ","
                + amount
                + ",0,BR"
                + (100_000_000 + i)
                + ",CR"
                + i
                + ",ACH CREDIT ACME CORP INV-"
                + (200_000 + i)
                + "/\n");
        records++;
        if (i % 10 == 0) {
          out.write(
              "88,OBI PAYMENT FOR INVOICES INV-"
                  + (200_000 + i)
                  + " AND INV-"
                  + (300_000 + i)
                  + "/\n");
          records++;
        }
      }
      total += 100_000_000;
      records++;
      out.write(
          "49,"
              + total
              + ","
              + records
              + "/\n98,"
              + total
              + ",1,"
              + (records + 2)
              + "/\n99,"
              + total
              + ",1,"
              + (records + 4)
              + "/\n");
    }
  }

  /** Counts entries and keeps nothing. */
  private static final class CountingSink implements BankFileSink {
    long entries;

    @Override
    public void file(FileHeader header) {}

    @Override
    public void statement(Statement statement) {}

    @Override
    public void entry(BankEntry entry) {
      entries++;
    }

    @Override
    public void endStatement(StatementEnd end) {}

    @Override
    public void remittance(Remittance remittance) {}

    @Override
    public void endFile() {}
  }
}
