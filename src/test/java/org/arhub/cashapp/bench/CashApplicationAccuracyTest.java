package org.arhub.cashapp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.arhub.cli.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accuracy targets, held on a small labelled set in every build: the {@code apply}
 * command must apply at least 95% of the expected amount correctly and misapply at most 0.1%, and
 * leave every payment no machine should apply to a person. The benchmark main runs the same on
 * larger sets.
 */
class CashApplicationAccuracyTest {
  @TempDir Path dir;

  @Test
  void meetsTheTargetsOnTwoThousandLabelledPayments() throws Exception {
    LabelledDataGenerator.generate(dir, 2_000, 7, 700);
    List<String> args =
        new ArrayList<>(
            List.of(
                "apply",
                "--customers",
                dir.resolve("customers.csv").toString(),
                "--invoices",
                dir.resolve("invoices.csv").toString(),
                "--out",
                dir.resolve("out").toString()));
    try (Stream<Path> files = Files.list(dir.resolve("files"))) {
      files.sorted().forEach(f -> args.add(f.toString()));
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Commands.run(
            args.toArray(String[]::new),
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).as(err.toString()).isZero();

    Score score = CashApplicationScorer.score(dir.resolve("truth.csv"), dir.resolve("out"));
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    CashApplicationScorer.print(score, new PrintStream(table, true, StandardCharsets.UTF_8));

    assertThat(score.meetsTargets()).as(table.toString()).isTrue();
    assertThat(score.overall().misappliedShare()).as(table.toString()).isZero();
    assertThat(score.overall().get(Score.Measure.KEPT_EXCEPTION).count())
        .as("payments no machine should apply were left to a person\n" + table)
        .isEqualTo(score.overall().get(Score.Measure.EXPECTED_EXCEPTION).count());
  }
}
