package org.arhub.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each ERP file in {@code invoicing/erp/<layout>/} is read with that layout and
 * checked against the golden folder's customers; what became of each document must equal {@code
 * <file>.expected.json} beside it: the canonical invoice with its computed due and discount dates,
 * or every problem that refuses it, with file and line or XML path. ({@code <file>.stored-rows.csv}
 * is what the hub's intake stores of it: {@code ErpIntakeRouteTest}.)
 */
class ErpLayoutGoldenTest {
  static Stream<Path> inputs() throws Exception {
    try (Stream<Path> folders = Files.list(ErpGolden.ROOT)) {
      List<Path> files =
          folders
              .filter(Files::isDirectory)
              .flatMap(ErpLayoutGoldenTest::list)
              .filter(p -> !p.getFileName().toString().matches(".*\\.(expected|stored-rows)\\..*"))
              .sorted()
              .toList();
      return files.stream();
    }
  }

  private static Stream<Path> list(Path folder) {
    try {
      return Files.list(folder).toList().stream();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void eachDocumentIsTakenOrRefusedAsExpected(Path input) throws Exception {
    Map<String, CustomerMaster> customers = ErpGolden.customers();
    ErpLayout layout = ErpLayout.named(input.getParent().getFileName().toString());
    String actual = ErpGolden.describe(input, layout, customers);
    Path expected = input.resolveSibling(input.getFileName() + ".expected.json");
    if (Boolean.getBoolean("arhub.golden.update")) {
      Files.writeString(expected, actual);
    }
    assertThat(expected).as("golden file beside " + input).exists();
    assertThat(actual).isEqualTo(Files.readString(expected));
  }
}
