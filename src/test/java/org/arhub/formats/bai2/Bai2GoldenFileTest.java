package org.arhub.formats.bai2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.arhub.formats.CanonicalJsonWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code <name>.bai} under formats/bai2 reads as the canonical JSON in {@code
 * <name>.expected.json} beside it.
 */
class Bai2GoldenFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Path folder() throws URISyntaxException {
    return Path.of(Bai2GoldenFileTest.class.getResource("/formats/bai2").toURI());
  }

  static Stream<Path> goldenFiles() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".bai"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void readsAsExpected(Path input) throws Exception {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(input)) {
      new Bai2Reader().read(input.getFileName().toString(), in, new CanonicalJsonWriter(json));
    }
    Path expected =
        input.resolveSibling(
            input.getFileName().toString().replaceFirst("\\.bai$", ".expected.json"));

    assertThat(JSON.readTree(json.toByteArray())).isEqualTo(JSON.readTree(expected.toFile()));
  }

  @Test
  void everyFixtureHasItsExpectedOutput() throws Exception {
    assertThat(goldenFiles())
        .hasSizeGreaterThanOrEqualTo(9)
        .allSatisfy(
            input ->
                assertThat(
                        input.resolveSibling(
                            input
                                .getFileName()
                                .toString()
                                .replaceFirst("\\.bai$", ".expected.json")))
                    .exists());
  }
}
