package org.arhub.formats.camt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.arhub.formats.InvalidFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code <name>.xml} in src/test/resources/formats/camt reads to the canonical JSON in {@code
 * <name>.expected.json} (compared as JSON trees). After a deliberate change of the mapping, run
 * with {@code -Dgolden.update=true} to rewrite the expected files, and review the diff.
 */
class CamtGoldenFilesTest {
  static final Path FOLDER = Path.of("src", "test", "resources", "formats", "camt");
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsToItsExpectedJson(Path xml) throws IOException, InvalidFileException {
    String actual = CamtTestFiles.canonicalJson(xml);
    Path expected = expectedFor(xml);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual + "\n", StandardCharsets.UTF_8);
    }
    assertThat(expected).exists();
    assertThat(JSON.readTree(actual))
        .isEqualTo(JSON.readTree(Files.readString(expected, StandardCharsets.UTF_8)));
  }

  @Test
  void everyExpectedJsonHasItsInput() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<Path> orphans =
          files
              .filter(f -> f.getFileName().toString().endsWith(".expected.json"))
              .filter(
                  json -> !Files.exists(Path.of(json.toString().replace(".expected.json", ".xml"))))
              .toList();
      assertThat(orphans).isEmpty();
    }
  }

  @Test
  void theFolderCoversEveryMessageType() throws IOException {
    assertThat(fixtures())
        .extracting(f -> f.getFileName().toString().substring(0, 8))
        .contains("camt052-", "camt053-", "camt054-");
  }

  private static Path expectedFor(Path xml) {
    return Path.of(xml.toString().replaceFirst("\\.xml$", ".expected.json"));
  }
}
