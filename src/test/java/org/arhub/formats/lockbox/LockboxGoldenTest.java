package org.arhub.formats.lockbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.arhub.formats.InvalidFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture in {@code formats/lockbox/} reads to the canonical JSON beside it, and is valid.
 * Run with {@code -Dgolden.update=true} to (re)write the expected files after a deliberate change,
 * then review the diff.
 */
class LockboxGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEMO_FILE = "demo/bank-outbox/lockbox-20261120.txt";

  static Stream<Path> inputs() {
    return LockboxFixtures.inputs().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void readsToTheExpectedCanonicalJson(Path input) throws Exception {
    LockboxFixtures.Fixture fixture = LockboxFixtures.fixture(input);
    String actual = LockboxFixtures.json(fixture.reader(), fixture.name(), fixture.content());

    assertMatchesGolden(
        actual,
        Path.of("src/test/resources", LockboxFixtures.FOLDER, fixture.name() + ".expected.json"));
    assertThat(LockboxFixtures.validate(fixture.reader(), fixture.content())).isEmpty();
  }

  /** The demo bank's lockbox file (src/main/resources/demo) must parse with the standard layout. */
  @Test
  void demoBankFileReadsWithTheStandardLayout() throws Exception {
    byte[] content;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(DEMO_FILE)) {
      content = in.readAllBytes();
    }
    String actual = LockboxFixtures.json(LockboxReader.standard(), "lockbox-20261120.txt", content);

    assertMatchesGolden(
        actual,
        Path.of(
            "src/test/resources",
            LockboxFixtures.FOLDER,
            "demo",
            "lockbox-20261120.expected.json"));
  }

  private static void assertMatchesGolden(String actual, Path expectedFile)
      throws IOException, InvalidFileException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expectedFile.getParent());
      Files.writeString(expectedFile, actual + "\n", StandardCharsets.UTF_8);
    }
    JsonNode expected = JSON.readTree(Files.readString(expectedFile));
    JsonNode read = JSON.readTree(actual);
    // Compare trees (key order and whitespace do not matter); on a difference show both texts.
    if (!read.equals(expected)) {
      assertThat(read.toPrettyString()).isEqualTo(expected.toPrettyString());
    }
  }
}
