package org.arhub.formats.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.IgnoringSink;
import org.arhub.model.Remittance;

/**
 * Throughput of the 820 reader against StAEDI's raw event stream (every event pulled with {@code
 * next()}, nothing done with it) on the same generated file in the same run: the plain
 * BankFileReader read, and the read with an AcknowledgmentCollector, which validates every segment
 * against mappings/x12/820.xml (StAEDI's validator is most of its time). A main class, not a test:
 * {@code java -cp target/classes:target/test-classes:<test classpath>
 * org.arhub.formats.x12.X12Benchmark [lines]}.
 */
public final class X12Benchmark {
  private static final int ROUNDS = 7;

  private X12Benchmark() {}

  public static void main(String[] args) throws Exception {
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path file = Files.createTempFile("x12-benchmark-", ".edi");
    try {
      generate(file, lines);
      System.out.printf("820 with %,d RMR lines: %,d bytes%n", lines, Files.size(file));
      X12RemittanceReader reader = new X12RemittanceReader();
      double raw = 0;
      double full = 0;
      double light = 0;
      for (int round = 1; round <= ROUNDS; round++) {
        double r = lines / seconds(() -> rawEvents(file));
        double l = lines / seconds(() -> readRemittances(reader, file, lines, false));
        double f = lines / seconds(() -> readRemittances(reader, file, lines, true));
        if (round > 2) {
          raw = Math.max(raw, r);
          full = Math.max(full, f);
          light = Math.max(light, l);
        }
        System.out.printf(
            "round %d: StAEDI raw events %,.0f | reader %,.0f | reader with acknowledgments (validating 820.xml) %,.0f RMR lines/s%n",
            round, r, l, f);
      }
      System.out.printf(
          "best of rounds 3-%d (RMR lines/s): StAEDI raw %,.0f; X12RemittanceReader.read %,.0f (%.2fx the raw time, target <= 2x); "
              + "with an AcknowledgmentCollector, validating every segment %,.0f (%.2fx)%n",
          ROUNDS, raw, light, raw / light, full, raw / full);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * An 820 004010: one payment, {@code lines} RMR lines in ENT loops of 1,000, each RMR with a REF
   * and a DTM.
   */
  static void generate(Path file, int lines) throws IOException {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 1; i <= lines; i++) {
      total = total.add(paid(i));
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      w.write(
          "ISA*00*          *00*          *ZZ*BENCHPAYER     *ZZ*ARHUB          *261123*1200*U*00401*000000001*0*P*>~\n");
      w.write("GS*RA*BENCHPAYER*ARHUB*20261123*1200*1*X*004010~\n");
      w.write("ST*820*0001~\n");
      w.write(
          "BPR*C*"
              + total.toPlainString()
              + "*C*ACH*CTX*01*021000021*DA*123456789*1234567890**01*021000021*DA*987654321*20261123~\n");
      w.write("TRN*1*BENCH0001*1234567890~\n");
      w.write("N1*PR*BENCH PAYER INC~\n");
      w.write("N1*PE*ARHUB SELLER~\n");
      int segments = 5;
      for (int i = 1; i <= lines; i++) {
        if ((i - 1) % 1000 == 0) {
          w.write("ENT*" + ((i - 1) / 1000 + 1) + "~\n");
          segments++;
        }
        BigDecimal paid = paid(i);
        w.write(
            "RMR*IV*INV-"
                + String.format("%07d", i)
                + "*PI*"
                + paid.toPlainString()
                + "*"
                + paid.add(BigDecimal.ONE).toPlainString()
                + "*1~\n");
        w.write("REF*PO*PO-" + i + "~\n");
        w.write("DTM*003*20261101~\n");
        segments += 3;
      }
      w.write("SE*" + (segments + 1) + "*0001~\n");
      w.write("GE*1*1~\n");
      w.write("IEA*1*000000001~\n");
    }
  }

  private static BigDecimal paid(int line) {
    return BigDecimal.valueOf(10_000 + (line % 9_000), 2);
  }

  private interface Run {
    void run() throws Exception;
  }

  private static double seconds(Run run) throws Exception {
    long start = System.nanoTime();
    run.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static void rawEvents(Path file) throws Exception {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(in)) {
      while (reader.hasNext()) {
        reader.next();
      }
    }
  }

  private static void readRemittances(
      X12RemittanceReader reader, Path file, int lines, boolean acknowledgments) throws Exception {
    int[] read = new int[1];
    BankFileSink sink =
        new IgnoringSink() {
          @Override
          public void remittance(Remittance remittance) {
            read[0] += remittance.lines().size();
          }
        };
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      if (acknowledgments) {
        reader.read(file.getFileName().toString(), in, sink, new AcknowledgmentCollector());
      } else {
        reader.read(file.getFileName().toString(), in, sink);
      }
    }
    if (read[0] != lines) {
      throw new IllegalStateException("read " + read[0] + " RMR lines of " + lines);
    }
  }
}
