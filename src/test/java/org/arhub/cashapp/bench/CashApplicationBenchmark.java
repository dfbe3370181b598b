package org.arhub.cashapp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arhub.cashapp.bench.LabelledDataGenerator.LabelledData;
import org.arhub.cli.Commands;

/**
 * Generates labelled data, runs the {@code apply} command on it, times it and prints the score; not
 * a unit test. Run after {@code ./mvnw test-compile} with the test classpath:
 *
 * <pre>
 *   ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 *   java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *       org.arhub.cashapp.bench.CashApplicationBenchmark [--payments N] [--seed S] [--dir D]
 * </pre>
 *
 * Defaults: 10,000 payments, seed 1, a new temporary directory. Exit status 0 when the targets (>=
 * 95% of the expected amount applied correctly, <= 0.1% of the applied amount misapplied) are met,
 * 1 when not, 2 when the apply command failed.
 */
public final class CashApplicationBenchmark {
  private CashApplicationBenchmark() {}

  public static void main(String[] args) throws IOException {
    int payments = 10_000;
    long seed = 1;
    Path dir = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--payments" -> payments = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (dir == null) {
      dir = Files.createTempDirectory("arhub-cashapp-bench");
    }
    long started = System.nanoTime();
    LabelledData data = LabelledDataGenerator.generate(dir, payments, seed);
    long generated = System.nanoTime();
    System.out.printf(
        "generated %d payments in %d files under %s (%d ms)%n",
        payments, data.files().size(), dir, (generated - started) / 1_000_000);
    Path out = dir.resolve("out");
    List<String> command =
        new ArrayList<>(
            List.of(
                "apply",
                "--customers",
                data.customers().toString(),
                "--invoices",
                data.invoices().toString(),
                "--out",
                out.toString()));
    data.files().forEach(f -> command.add(f.toString()));
    int exit = Commands.run(command.toArray(String[]::new), System.out, System.err);
    long applied = System.nanoTime();
    long millis = Math.max(1, (applied - generated) / 1_000_000);
    System.out.printf(
        "apply exited %d after %d ms (%d payments/s)%n", exit, millis, payments * 1000L / millis);
    if (exit != Commands.OK) {
      System.exit(2);
    }
    Score score = CashApplicationScorer.score(data.truth(), out);
    CashApplicationScorer.print(score, System.out);
    System.exit(score.meetsTargets() ? 0 : 1);
  }
}
