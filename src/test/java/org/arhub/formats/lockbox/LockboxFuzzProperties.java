package org.arhub.formats.lockbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.arhub.formats.CanonicalJsonWriter;
import org.arhub.formats.InvalidFileException;

/**
 * Fuzzes the reader with the golden fixtures broken at random (bytes flipped, inserted, deleted,
 * digits changed, lines duplicated or swapped, files cut): any input must end in a result or an
 * {@link InvalidFileException}, never another exception or a hang, and {@code validate} must agree
 * with {@code read}: no problems exactly when the read succeeds, and the same first problem.
 */
class LockboxFuzzProperties {

  /** One way of breaking a file; positions are fractions of its length so they fit any fixture. */
  sealed interface Mutation
      permits FlipByte, InsertBytes, DeleteRange, ChangeDigit, DuplicateLine, SwapLines, Truncate {
    byte[] apply(byte[] content);
  }

  record FlipByte(double at, byte value) implements Mutation {
    public byte[] apply(byte[] content) {
      if (content.length == 0) {
        return content;
      }
      byte[] copy = content.clone();
      copy[index(at, copy.length)] = value;
      return copy;
    }
  }

  record InsertBytes(double at, byte[] bytes) implements Mutation {
    public byte[] apply(byte[] content) {
      int i = index(at, content.length + 1);
      byte[] copy = new byte[content.length + bytes.length];
      System.arraycopy(content, 0, copy, 0, i);
      System.arraycopy(bytes, 0, copy, i, bytes.length);
      System.arraycopy(content, i, copy, i + bytes.length, content.length - i);
      return copy;
    }

    @Override
    public String toString() {
      return "InsertBytes[at=" + at + ", bytes=" + Arrays.toString(bytes) + "]";
    }
  }

  record DeleteRange(double at, int length) implements Mutation {
    public byte[] apply(byte[] content) {
      int from = index(at, content.length + 1);
      int to = Math.min(content.length, from + length);
      byte[] copy = new byte[content.length - (to - from)];
      System.arraycopy(content, 0, copy, 0, from);
      System.arraycopy(content, to, copy, from, content.length - to);
      return copy;
    }
  }

  /**
   * Replaces one digit with another: keeps the layout intact, so totals, counts and dates get
   * tested.
   */
  record ChangeDigit(double which, int digit) implements Mutation {
    public byte[] apply(byte[] content) {
      List<Integer> digits = new ArrayList<>();
      for (int i = 0; i < content.length; i++) {
        if (content[i] >= '0' && content[i] <= '9') {
          digits.add(i);
        }
      }
      if (digits.isEmpty()) {
        return content;
      }
      byte[] copy = content.clone();
      copy[digits.get(index(which, digits.size()))] = (byte) ('0' + digit);
      return copy;
    }
  }

  record DuplicateLine(double which) implements Mutation {
    public byte[] apply(byte[] content) {
      List<String> lines = lines(content);
      lines.add(index(which, lines.size()), lines.get(index(which, lines.size())));
      return join(lines);
    }
  }

  record SwapLines(double first, double second) implements Mutation {
    public byte[] apply(byte[] content) {
      List<String> lines = lines(content);
      int a = index(first, lines.size());
      int b = index(second, lines.size());
      String line = lines.get(a);
      lines.set(a, lines.get(b));
      lines.set(b, line);
      return join(lines);
    }
  }

  record Truncate(double at) implements Mutation {
    public byte[] apply(byte[] content) {
      return Arrays.copyOf(content, index(at, content.length + 1));
    }
  }

  record Broken(LockboxFixtures.Fixture fixture, List<Mutation> mutations, byte[] content) {
    @Override
    public String toString() {
      return fixture + " " + mutations;
    }
  }

  @Property(tries = 1000)
  void brokenFixturesEndInAResultOrAnInvalidFile(@ForAll("brokenFixtures") Broken broken) {
    assertReadAgreesWithValidate(broken.fixture().reader(), broken.content());
  }

  @Property(tries = 300)
  void randomBytesEndInAResultOrAnInvalidFile(
      @ForAll @Size(max = 400) byte[] content, @ForAll("layouts") String layout) {
    assertReadAgreesWithValidate(LockboxReader.withLayout(LockboxLayout.named(layout)), content);
  }

  @Provide
  Arbitrary<Broken> brokenFixtures() {
    Arbitrary<LockboxFixtures.Fixture> fixtures = Arbitraries.of(LockboxFixtures.all());
    return Combinators.combine(fixtures, mutation().list().ofMinSize(1).ofMaxSize(4))
        .as(
            (fixture, mutations) -> {
              byte[] content = fixture.content();
              for (Mutation mutation : mutations) {
                content = mutation.apply(content);
              }
              return new Broken(fixture, mutations, content);
            });
  }

  @Provide
  Arbitrary<String> layouts() {
    return Arbitraries.of(LockboxLayout.STANDARD, "opentaps", "demo-bank-csv");
  }

  private static Arbitrary<Mutation> mutation() {
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    Arbitrary<Byte> printableOrNot =
        Arbitraries.oneOf(
            Arbitraries.bytes(),
            Arbitraries.of(
                (byte) ' ',
                (byte) '0',
                (byte) '9',
                (byte) '\n',
                (byte) '\r',
                (byte) ',',
                (byte) '"',
                (byte) '1',
                (byte) '4',
                (byte) '6',
                (byte) '7',
                (byte) '8'));
    return Arbitraries.oneOf(
        Combinators.combine(at, printableOrNot).as(FlipByte::new),
        Combinators.combine(at, printableOrNot.array(byte[].class).ofMinSize(1).ofMaxSize(90))
            .as(InsertBytes::new),
        Combinators.combine(at, Arbitraries.integers().between(1, 120)).as(DeleteRange::new),
        Combinators.combine(at, Arbitraries.integers().between(0, 9)).as(ChangeDigit::new),
        at.map(DuplicateLine::new),
        Combinators.combine(at, at).as(SwapLines::new),
        at.map(Truncate::new));
  }

  private static void assertReadAgreesWithValidate(LockboxReader reader, byte[] content) {
    InvalidFileException rejected =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(reader, content));
    List<LockboxProblem> problems =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> reader.validate(new ByteArrayInputStream(content)));
    Statistics.label("outcome").collect(rejected == null ? "read" : "rejected");
    if (rejected == null) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).isNotEmpty();
      assertThat("fuzz.txt: " + problems.get(0)).isEqualTo(rejected.getMessage());
    }
  }

  /**
   * Reads into the canonical JSON writer (the whole path a file takes); returns the rejection, or
   * null when read.
   */
  private static InvalidFileException read(LockboxReader reader, byte[] content)
      throws IOException {
    try {
      reader.read(
          "fuzz.txt",
          new ByteArrayInputStream(content),
          new CanonicalJsonWriter(OutputStream.nullOutputStream()));
      return null;
    } catch (InvalidFileException e) {
      return e;
    }
  }

  private static int index(double fraction, int size) {
    return Math.min(size - 1, (int) (fraction * size));
  }

  private static List<String> lines(byte[] content) {
    return new ArrayList<>(
        Arrays.asList(new String(content, StandardCharsets.ISO_8859_1).split("\n", -1)));
  }

  private static byte[] join(List<String> lines) {
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }
}
