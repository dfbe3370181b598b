package org.arhub.formats.bai2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.arhub.formats.InvalidFileException;

/**
 * Fuzzing seeded from the golden files: whatever the bytes, the reader ends in a result or an
 * {@link InvalidFileException}, never another exception or a hang, and streams parts in order.
 */
class Bai2FuzzProperties {
  private static final Duration LIMIT = Duration.ofSeconds(5);
  private static final List<byte[]> SEEDS = seeds();
  // Bytes that matter to the grammar, so that mutations reach deep branches, plus any byte at all.
  private static final byte[] INTERESTING = ",/\r\n 01234567889VSDZ+-".getBytes();

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
    Arbitrary<Byte> values =
        Arbitraries.oneOf(Arbitraries.of(box(INTERESTING)), Arbitraries.bytes());
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers(),
                values,
                Arbitraries.integers().between(1, 200))
            .as(Edit::new);
    return Combinators.combine(Arbitraries.of(SEEDS), edit.list().ofMinSize(1).ofMaxSize(8))
        .as(
            (seed, edits) -> {
              byte[] file = seed;
              for (Edit e : edits) {
                file = e.apply(file);
              }
              return file;
            });
  }

  @Property(tries = 1000)
  void mutatedFileEndsInResultOrInvalidFile(@ForAll("mutatedFiles") byte[] file) {
    String rejection = assertTimeoutPreemptively(LIMIT, () -> readOrReject(file));

    Statistics.collect(rejection == null ? "read" : "rejected");
    // a fuzzer that only ever hits the first check proves little: both outcomes must occur
    Statistics.coverage(
        coverage -> {
          coverage.check("read").percentage(p -> p >= 2);
          coverage.check("rejected").percentage(p -> p >= 50);
        });
  }

  @Property(tries = 300)
  void randomBytesEndInResultOrInvalidFile(@ForAll byte[] file) {
    assertTimeoutPreemptively(LIMIT, () -> readOrReject(file));
  }

  @Property(tries = 500)
  void readRejectsExactlyWhatValidationFindsWrong(@ForAll("mutatedFiles") byte[] file)
      throws IOException {
    Bai2Report report = new Bai2Reader().validate(new ByteArrayInputStream(file));
    String rejection = readOrReject(file);

    if (report.valid()) {
      assertThat(rejection).isNull();
    } else {
      assertThat(rejection).isEqualTo("fuzz.bai: " + report.problems().get(0));
    }
  }

  @Property(tries = 500)
  void validationStreamsAWellFormedSequenceWhateverIsWrong(@ForAll("mutatedFiles") byte[] file)
      throws IOException {
    RecordingSink sink = new RecordingSink();

    new Bai2Reader().validate(new ByteArrayInputStream(file), sink);

    assertThat(sink.ended).isEqualTo(sink.header != null);
    assertThat(sink.ends).hasSameSizeAs(sink.statements);
  }

  /** Null when the file was read, else the rejection message; anything else fails the property. */
  private static String readOrReject(byte[] file) throws IOException {
    RecordingSink sink = new RecordingSink();
    try {
      new Bai2Reader().read("fuzz.bai", new ByteArrayInputStream(file), sink);
      assertThat(sink.ended).isTrue();
      return null;
    } catch (InvalidFileException e) {
      assertThat(e.getMessage()).startsWith("fuzz.bai: ");
      assertThat(sink.ended).isFalse();
      return e.getMessage();
    }
  }

  private static List<byte[]> seeds() {
    try {
      Path folder = Bai2GoldenFileTest.folder();
      try (var files = Files.list(folder)) {
        return files
            .filter(f -> f.toString().endsWith(".bai"))
            .sorted()
            .map(Bai2FuzzProperties::bytes)
            .toList();
      }
    } catch (Exception e) {
      throw new IllegalStateException("golden files not found", e);
    }
  }

  private static byte[] bytes(Path file) {
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

  private static byte[] slice(byte[] file, int from, int to) {
    return java.util.Arrays.copyOfRange(file, from, to);
  }

  private static byte[] splice(byte[] file, int at, int remove, byte[] insert) {
    byte[] result = new byte[file.length - remove + insert.length];
    System.arraycopy(file, 0, result, 0, at);
    System.arraycopy(insert, 0, result, at, insert.length);
    System.arraycopy(file, at + remove, result, at + insert.length, file.length - at - remove);
    return result;
  }
}
