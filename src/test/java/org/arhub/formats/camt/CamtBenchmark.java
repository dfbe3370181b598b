package org.arhub.formats.camt;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.BankEntry;
import org.arhub.model.FileHeader;
import org.arhub.model.Remittance;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;

/**
 * Throughput of the camt.053 reader against Prowide ISO 20022 (JAXB) on the same generated file in
 * the same run; not a unit test. Run after {@code mvn test-compile} with the test classpath:
 *
 * <pre>
 *   java -Xmx4g -cp target/classes:target/test-classes:$(cat cp.txt) org.arhub.formats.camt.CamtBenchmark
 *   java -Xmx128m -cp ... org.arhub.formats.camt.CamtBenchmark --big     # ~1 GB file, our reader only
 * </pre>
 *
 * The default run writes a pretty-printed camt.053.001.08 with 100,000 entries, then times 2
 * warm-up and 5 measured runs of each parser (and of a bare Aalto token pass, the ceiling for any
 * StAX reader) and prints MB/s, entries/s and the ratio of the medians. Prowide parses a String, so
 * its time includes reading the file into one; it needs a few GB of heap for this file. {@code
 * --big} writes about 1 GB to the temp directory (or {@code --dir DIR}), reads it once with
 * whatever heap the JVM has, prints time and peak heap, and deletes the file.
 */
public final class CamtBenchmark {
  private static final int ENTRIES = 100_000;
  private static final long BIG_BYTES = 1L << 30;
  private static final int WARM_UPS = 2;
  private static final int RUNS = 5;

  private CamtBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.asList(args);
    Path dir =
        options.contains("--dir")
            ? Path.of(options.get(options.indexOf("--dir") + 1))
            : Path.of(System.getProperty("java.io.tmpdir"));
    if (options.contains("--big")) {
      big(dir);
    } else {
      compare(dir);
    }
  }

  private static void compare(Path dir) throws Exception {
    Path file = generate(dir, ENTRIES);
    try {
      double megabytes = Files.size(file) / 1e6;
      System.out.printf(
          "camt.053.001.08, %,d entries, %.1f MB, heap max %d MB%n",
          ENTRIES, megabytes, Runtime.getRuntime().maxMemory() >> 20);
      double ours = median("arhub CamtReader (Aalto StAX)", file, megabytes, CamtBenchmark::ours);
      double prowide =
          median("Prowide MxCamt05300108.parse", file, megabytes, CamtBenchmark::prowide);
      double tokens =
          median("(ceiling: bare Aalto token pass)", file, megabytes, CamtBenchmark::aaltoTokens);
      System.out.printf(
          "ratio of medians: arhub is %.1fx Prowide (entries/s); arhub runs at %.0f%% of a bare"
              + " Aalto pass%n",
          ours / prowide, 100 * ours / tokens);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void big(Path dir) throws Exception {
    Path sample = generate(dir, 1000);
    long perEntry = Files.size(sample) / 1000;
    Files.delete(sample);
    int entries = (int) (BIG_BYTES / perEntry);
    System.out.printf("writing %,d entries (about 1 GB) to %s ...%n", entries, dir);
    Path file = generate(dir, entries);
    try {
      double megabytes = Files.size(file) / 1e6;
      System.out.printf(
          "camt.053.001.08, %,d entries, %.1f MB, heap max %d MB%n",
          entries, megabytes, Runtime.getRuntime().maxMemory() >> 20);
      resetPeaks();
      long start = System.nanoTime();
      long read = ours(file);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "arhub CamtReader: %,d entries in %.1f s = %.1f MB/s, %,.0f entries/s; peak heap %d MB%n",
          read, seconds, megabytes / seconds, read / seconds, peakHeap() >> 20);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private interface Parser {
    long entries(Path file) throws Exception;
  }

  /**
   * Runs warm-ups and measured runs; prints each measured run and the median, and returns the
   * median entries/s (the best run would reward a lucky moment of a noisy machine).
   */
  private static double median(String name, Path file, double megabytes, Parser parser)
      throws Exception {
    for (int i = 0; i < WARM_UPS; i++) {
      parser.entries(file);
    }
    double[] rates = new double[RUNS];
    for (int i = 1; i <= RUNS; i++) {
      System.gc();
      long start = System.nanoTime();
      long entries = parser.entries(file);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (entries != ENTRIES) {
        throw new IllegalStateException(name + " read " + entries + " entries, not " + ENTRIES);
      }
      System.out.printf(
          "%-32s run %d: %6.3f s  %7.1f MB/s  %,10.0f entries/s%n",
          name, i, seconds, megabytes / seconds, entries / seconds);
      rates[i - 1] = entries / seconds;
    }
    Arrays.sort(rates);
    double median = rates[RUNS / 2];
    System.out.printf(
        "%-32s median: %7.1f MB/s  %,10.0f entries/s%n",
        name, megabytes * median / ENTRIES, median);
    return median;
  }

  private static long ours(Path file) throws IOException, InvalidFileException {
    CountingSink sink = new CountingSink();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      CamtReader.camt053().read(file.getFileName().toString(), in, sink);
    }
    return sink.entries;
  }

  /** What the XML parser alone costs: every token read, nothing mapped; counts Ntry elements. */
  private static long aaltoTokens(Path file) throws IOException, XMLStreamException {
    long entries = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      XMLStreamReader xml = new InputFactoryImpl().createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Ntry")) {
          entries++;
        }
      }
    }
    return entries;
  }

  private static long prowide(Path file) throws IOException {
    MxCamt05300108 mx = MxCamt05300108.parse(Files.readString(file, StandardCharsets.UTF_8));
    if (mx == null) {
      throw new IllegalStateException("Prowide could not parse " + file);
    }
    return mx.getBkToCstmrStmt().getStmt().stream().mapToLong(s -> s.getNtry().size()).sum();
  }

  private static Path generate(Path dir, int entries) throws IOException {
    Path file = Files.createTempFile(dir, "camt053-bench-", ".xml");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Camt053Generator.write(out, entries);
    }
    return file;
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  /** Keeps what a consumer would touch, so that nothing is optimised away. */
  private static final class CountingSink implements BankFileSink {
    long entries;
    long transactions;
    BigDecimal total = BigDecimal.ZERO;

    @Override
    public void file(FileHeader header) {}

    @Override
    public void statement(Statement statement) {}

    @Override
    public void entry(BankEntry entry) {
      entries++;
      transactions += entry.transactions().size();
      total = total.add(entry.amount());
    }

    @Override
    public void endStatement(StatementEnd end) {
      if (end.continuityProblem().isPresent()) {
        throw new IllegalStateException(end.continuityProblem().get());
      }
    }

    @Override
    public void remittance(Remittance remittance) {}

    @Override
    public void endFile() {}
  }
}
