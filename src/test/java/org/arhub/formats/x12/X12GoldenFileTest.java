package org.arhub.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code <name>.edi} under formats/x12 reads as the canonical JSON in {@code
 * <name>.expected.json} beside it (the accepted remittances of a lenient read), and is acknowledged
 * as {@code <name>.expected.ack} says (TA1 when due, 997 or 999 per group).
 */
class X12GoldenFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> goldenFiles() throws Exception {
    return X12TestFiles.ediFiles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void readsAsExpected(Path input) throws Exception {
    AcknowledgmentCollector acknowledgments = new AcknowledgmentCollector();
    String json = X12TestFiles.canonicalJson(Files.readAllBytes(input), acknowledgments);

    assertThat(JSON.readTree(json))
        .isEqualTo(JSON.readTree(sibling(input, ".expected.json").toFile()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void isAcknowledgedAsExpected(Path input) throws Exception {
    AcknowledgmentCollector acknowledgments = new AcknowledgmentCollector();
    X12TestFiles.canonicalJson(Files.readAllBytes(input), acknowledgments);

    String acknowledgment =
        new String(X12TestFiles.acknowledgments(acknowledgments), StandardCharsets.ISO_8859_1);

    assertThat(acknowledgment)
        .isEqualTo(Files.readString(sibling(input, ".expected.ack"), StandardCharsets.ISO_8859_1));
  }

  @Test
  void everyFixtureHasItsExpectedOutputs() throws Exception {
    assertThat(X12TestFiles.ediFiles())
        .hasSizeGreaterThanOrEqualTo(13)
        .allSatisfy(
            input -> {
              assertThat(sibling(input, ".expected.json")).exists();
              assertThat(sibling(input, ".expected.ack")).exists();
            });
  }

  private static Path sibling(Path input, String suffix) {
    return input.resolveSibling(input.getFileName().toString().replaceFirst("\\.edi$", suffix));
  }
}
