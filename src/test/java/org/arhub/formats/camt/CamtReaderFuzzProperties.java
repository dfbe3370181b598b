package org.arhub.formats.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.arhub.formats.BankFileReader;
import org.arhub.formats.CanonicalJsonWriter;
import org.arhub.formats.InvalidFileException;

/**
 * Fuzzes the camt readers with the golden fixtures broken at random places: whatever the bytes, a
 * read ends in a result or an {@link InvalidFileException}, never another exception or a hang, and
 * what it sends can always be written as canonical JSON.
 */
class CamtReaderFuzzProperties {
  private static final List<String> TOKENS =
      List.of(
          "<",
          ">",
          "&",
          "&amp;",
          "&x;",
          "<!DOCTYPE d>",
          "<?pi x?>",
          "<!-- c -->",
          "<![CDATA[<x>]]>",
          "</Ntry>",
          "<Ntry>",
          "<TxDtls>",
          "</Stmt>",
          "<Amt Ccy=\"XXX\">",
          "<Amt Ccy=\"JPY\">1.5</Amt>",
          "<Ccy>KWD</Ccy>",
          "\u0000",
          "\uFFFF",
          "é",
          "\"",
          "'",
          " xmlns=\"\"",
          "<a:b>",
          "9999999999999999999",
          "-1",
          "CRDT",
          "DBIT",
          "2026-02-30",
          "RF00");

  @Property(tries = 1500)
  void anyInputEndsInAResultOrAnInvalidFileError(@ForAll("brokenFixtures") Broken input) {
    BankFileReader reader =
        List.of(CamtReader.camt052(), CamtReader.camt053(), CamtReader.camt054())
            .get(input.readerChoice());
    String outcome =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(reader, input.bytes()));
    Statistics.collect(outcome);
    assertThat(outcome).isIn("read", "invalid");
  }

  private static String read(BankFileReader reader, byte[] bytes) throws IOException {
    try {
      reader.read(
          "fuzz.xml",
          new ByteArrayInputStream(bytes),
          new CanonicalJsonWriter(OutputStream.nullOutputStream()));
      return "read";
    } catch (InvalidFileException e) {
      assertThat(e.position()).isNotBlank();
      assertThat(e.reason()).isNotBlank();
      return "invalid";
    }
  }

  /** A fixture with some mutations applied, and which of the three readers reads it. */
  record Broken(byte[] bytes, int readerChoice) {
    @Override
    public String toString() {
      return "reader " + readerChoice + ": " + new String(bytes, StandardCharsets.UTF_8);
    }
  }

  @Provide
  Arbitrary<Broken> brokenFixtures() {
    Arbitrary<byte[]> fixture = Arbitraries.of(fixtures());
    Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(6);
    Arbitrary<Integer> reader =
        Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(8, 1), Tuple.of(1, 2));
    return Combinators.combine(fixture, mutations, reader)
        .as(
            (bytes, applied, choice) -> {
              byte[] result = bytes;
              for (Mutation m : applied) {
                result = m.apply(result);
              }
              return new Broken(result, readerIndex(result, choice));
            });
  }

  /**
   * Mostly the reader the content calls for, so that mutations reach deep; sometimes another one.
   */
  private static int readerIndex(byte[] bytes, int choice) {
    if (choice != 1) {
      return choice;
    }
    return switch (CamtTestFiles.readerFor(bytes).format()) {
      case CAMT_052 -> 0;
      case CAMT_054 -> 2;
      default -> 1;
    };
  }

  private static Arbitrary<Mutation> mutation() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(1, 64),
            Arbitraries.bytes(),
            Arbitraries.of(TOKENS))
        .as(Mutation::new);
  }

  /**
   * One change at a relative position: flip a byte, delete, duplicate, insert a token, truncate, or
   * swap with later.
   */
  record Mutation(int kind, double where, int length, byte value, String token) {
    byte[] apply(byte[] in) {
      if (in.length == 0) {
        return token.getBytes(StandardCharsets.UTF_8);
      }
      int at = (int) (where * (in.length - 1));
      int end = Math.min(in.length, at + length);
      return switch (kind) {
        case 0 -> flip(in, at);
        case 1 -> concat(slice(in, 0, at), slice(in, end, in.length));
        case 2 -> concat(slice(in, 0, end), slice(in, at, in.length));
        case 3 ->
            concat(
                slice(in, 0, at), token.getBytes(StandardCharsets.UTF_8), slice(in, at, in.length));
        case 4 -> slice(in, 0, at);
        default -> concat(slice(in, 0, at), slice(in, end, in.length), slice(in, at, end));
      };
    }

    private byte[] flip(byte[] in, int at) {
      byte[] out = in.clone();
      out[at] = value;
      return out;
    }

    private static byte[] slice(byte[] in, int from, int to) {
      return Arrays.copyOfRange(in, from, Math.max(from, to));
    }

    private static byte[] concat(byte[]... parts) {
      int size = 0;
      for (byte[] p : parts) {
        size += p.length;
      }
      byte[] out = new byte[size];
      int at = 0;
      for (byte[] p : parts) {
        System.arraycopy(p, 0, out, at, p.length);
        at += p.length;
      }
      return out;
    }
  }

  private static List<byte[]> fixtures() {
    try {
      return CamtGoldenFilesTest.fixtures().stream().map(CamtReaderFuzzProperties::bytes).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
