package org.arhub.formats.x12;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.arhub.formats.InvalidFileException;

/**
 * Fuzzing seeded from the golden files: whatever the bytes, reading ends in remittances (and
 * receipts) or an {@link InvalidFileException}, never another exception or a hang; and whatever was
 * received can be acknowledged or is refused with a reason.
 */
class X12FuzzProperties {
  private static final Duration LIMIT = Duration.ofSeconds(10);
  private static final List<byte[]> SEEDS = seeds();
  private static final List<byte[]> OUTBOUND_SEEDS = outboundSeeds();
  // Bytes that matter to X12, so that mutations reach the envelope and content checks.
  private static final byte[] INTERESTING = "*~>^|:!\\\r\n 0123456789.-ISAGSTEBPRMDXN".getBytes();

  /**
   * One edit of a file: at {@code where} (scaled to its length), do {@code kind} with {@code
   * value}.
   */
  record Edit(int kind, int where, byte value, int length) {
    byte[] apply(byte[] file) {
      int at = file.length == 0 ? 0 : Math.floorMod(where, file.length);
      return switch (kind) {
        case 0 -> replace(file, at, value);
        case 1 -> splice(file, at, Math.min(length, file.length - at), new byte[0]);
        case 2 -> splice(file, at, 0, new byte[] {value});
        case 3 -> splice(file, at, 0, slice(file, at, Math.min(at + length, file.length)));
        default -> slice(file, 0, at);
      };
    }
  }

  @Provide
  Arbitrary<byte[]> mutatedFiles() {
    return mutated(SEEDS);
  }

  /**
   * Our 810s and partners' 997/999/TA1s, mutated: what the invoice and acknowledgment readers get.
   */
  @Provide
  Arbitrary<byte[]> mutatedOutboundFiles() {
    return mutated(OUTBOUND_SEEDS);
  }

  private static Arbitrary<byte[]> mutated(List<byte[]> seeds) {
    Arbitrary<Byte> values =
        Arbitraries.oneOf(Arbitraries.of(box(INTERESTING)), Arbitraries.bytes());
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers(),
                values,
                Arbitraries.integers().between(1, 200))
            .as(Edit::new);
    return Combinators.combine(Arbitraries.of(seeds), edit.list().ofMinSize(1).ofMaxSize(6))
        .as(
            (seed, edits) -> {
              byte[] file = seed;
              for (Edit e : edits) {
                file = e.apply(file);
              }
              return file;
            });
  }

  @Property(tries = 600)
  void mutatedFileEndsInResultOrInvalidFile(@ForAll("mutatedFiles") byte[] file) {
    String outcome = assertTimeoutPreemptively(LIMIT, () -> readAndAcknowledge(file));

    Statistics.collect(outcome);
    Statistics.coverage(
        coverage -> {
          coverage.check("read").percentage(p -> p >= 5);
          coverage.check("refused").percentage(p -> p >= 5);
        });
  }

  @Property(tries = 200)
  void randomBytesEndInResultOrInvalidFile(@ForAll byte[] file) {
    assertTimeoutPreemptively(LIMIT, () -> readAndAcknowledge(file));
  }

  @Property(tries = 200)
  void strictReadEndsInResultOrInvalidFile(@ForAll("mutatedFiles") byte[] file) {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          try {
            new X12RemittanceReader()
                .read("fuzz.edi", new ByteArrayInputStream(file), new X12TestFiles.RecordingSink());
          } catch (InvalidFileException expected) {
            // a reason for the operator is the other allowed outcome
          }
        });
  }

  @Property(tries = 300)
  void invoiceReaderEndsInInvoicesOrInvalidFile(@ForAll("mutatedOutboundFiles") byte[] file) {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          try {
            new X12InvoiceReader()
                .read(
                    "fuzz.810",
                    new ByteArrayInputStream(file),
                    invoice -> {},
                    new AcknowledgmentCollector());
          } catch (InvalidFileException expected) {
            // a reason for the operator is the other allowed outcome
          }
        });
  }

  @Property(tries = 300)
  void acknowledgmentReaderEndsInResultsOrInvalidFile(@ForAll("mutatedOutboundFiles") byte[] file) {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          try {
            new X12AcknowledgmentReader().read("fuzz.997", new ByteArrayInputStream(file));
          } catch (InvalidFileException expected) {
            // a reason for the operator is the other allowed outcome
          }
        });
  }

  private static String readAndAcknowledge(byte[] file) throws IOException {
    AcknowledgmentCollector acknowledgments = new AcknowledgmentCollector();
    try {
      new X12RemittanceReader()
          .read(
              "fuzz.edi",
              new ByteArrayInputStream(file),
              new X12TestFiles.RecordingSink(),
              acknowledgments);
    } catch (InvalidFileException e) {
      return "refused";
    }
    for (X12InterchangeReceipt receipt : acknowledgments.interchanges()) {
      try {
        new X12AcknowledgmentWriter()
            .write(receipt, X12Envelope.answering(receipt, 1, 1, X12TestFiles.ACKNOWLEDGED));
      } catch (X12ValidationException | IllegalArgumentException unanswerable) {
        // a receipt that cannot be answered (e.g. a blank ISA06) is refused with its reason, never
        // a crash
      }
    }
    return "read";
  }

  private static List<byte[]> seeds() {
    try {
      return X12TestFiles.ediFiles().map(X12FuzzProperties::readBytes).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<byte[]> outboundSeeds() {
    Path folder = X12TestFiles.folder();
    return Stream.of(
            "invoices/standard.expected.810",
            "acknowledgments/997-partially-accepted.edi",
            "acknowledgments/999-rejected.edi",
            "820-control-number-mismatch.expected.ack",
            "820-unusable-content.expected.ack")
        .map(f -> readBytes(folder.resolve(f)))
        .toList();
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Byte[] box(byte[] bytes) {
    Byte[] boxed = new Byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      boxed[i] = bytes[i];
    }
    return boxed;
  }

  private static byte[] replace(byte[] file, int at, byte value) {
    if (file.length == 0) {
      return new byte[] {value};
    }
    byte[] copy = file.clone();
    copy[at] = value;
    return copy;
  }

  private static byte[] splice(byte[] file, int at, int remove, byte[] insert) {
    byte[] out = new byte[file.length - remove + insert.length];
    System.arraycopy(file, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(file, at + remove, out, at + insert.length, file.length - at - remove);
    return out;
  }

  private static byte[] slice(byte[] file, int from, int to) {
    byte[] out = new byte[to - from];
    System.arraycopy(file, from, out, 0, to - from);
    return out;
  }
}
