package org.arhub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.cashapp.CashApplicationEngine;
import org.arhub.cashapp.OpenItemIndex;
import org.arhub.cashapp.PaymentFeed;
import org.arhub.cashapp.RemittanceLinker;
import org.arhub.cashapp.RuleSetFile;
import org.arhub.formats.FileFormat;
import org.arhub.formats.FileReaders;
import org.arhub.formats.InboundFileReader;
import org.arhub.formats.InboundFileReader.Rejected;
import org.arhub.formats.ledger.LedgerCsv;
import org.arhub.model.Remittance;

/**
 * {@code apply --customers C.csv --invoices I.csv --out DIR FILE...}: the hub's cash application
 * run offline, for back-testing rules on past data. Two passes over the files: the first checks
 * every file and collects the remittance advices (so an 820 listed after its bank file still
 * links), the second streams the payments through the engine and writes each decision at once.
 */
final class ApplyCommand implements Commands.Command {
  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Path customers = null;
    Path invoices = null;
    Path outDir = null;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      boolean hasValue = i + 1 < args.length;
      switch (args[i]) {
        case "--customers" -> customers = hasValue ? Path.of(args[++i]) : null;
        case "--invoices" -> invoices = hasValue ? Path.of(args[++i]) : null;
        case "--out" -> outDir = hasValue ? Path.of(args[++i]) : null;
        default -> {
          if (args[i].startsWith("-")) {
            err.println("arhub apply: unexpected option '" + args[i] + "'\n" + Commands.usage());
            return Commands.USAGE;
          }
          files.add(Path.of(args[i]));
        }
      }
    }
    if (customers == null || invoices == null || outDir == null || files.isEmpty()) {
      err.println(
          "arhub apply: --customers, --invoices, --out and at least one FILE are required\n"
              + Commands.usage());
      return Commands.USAGE;
    }
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        err.println("arhub apply: cannot read " + file);
        return Commands.USAGE;
      }
    }
    try {
      OpenItemIndex index = new OpenItemIndex();
      LedgerCsv.readCustomers(customers).forEach(index::addCustomer);
      LedgerCsv.readInvoices(invoices).forEach(index::addInvoice);
      Files.createDirectories(outDir);
      return apply(index, files, outDir, out, err);
    } catch (IllegalArgumentException e) {
      err.println("arhub apply: " + e.getMessage());
      return Commands.INVALID;
    } catch (IOException | UncheckedIOException e) {
      err.println("arhub apply: " + e.getMessage());
      return Commands.INVALID;
    }
  }

  private static int apply(
      OpenItemIndex index, List<Path> files, Path outDir, PrintStream out, PrintStream err)
      throws IOException {
    InboundFileReader reader = new InboundFileReader(FileReaders.standard());
    RemittanceLinker linker = new RemittanceLinker();
    Map<Path, String> valid = new LinkedHashMap<>(); // file -> its format, the payments' channel
    for (Path file : files) {
      List<Remittance> advices = new ArrayList<>();
      InboundFileReader.Outcome outcome =
          reader.read(
              file,
              file.toString(),
              Optional.empty(),
              new PaymentFeed("check", p -> {}, advices::add));
      if (outcome instanceof Rejected rejected) {
        err.println(rejected.reason());
      } else {
        valid.put(file, outcome.format().map(FileFormat::id).orElse("unknown"));
        advices.forEach(linker::add);
      }
    }
    CashApplicationEngine engine = new CashApplicationEngine(RuleSetFile.standard(), index);
    try (Writer applications = writer(outDir.resolve("applications.csv"));
        Writer unapplied = writer(outDir.resolve("unapplied.csv"));
        Writer decisions = writer(outDir.resolve("decisions.jsonl"))) {
      DecisionWriter results = new DecisionWriter(applications, unapplied, decisions);
      for (Map.Entry<Path, String> entry : valid.entrySet()) {
        Path file = entry.getKey();
        String channel = entry.getValue();
        reader.read(
            file,
            file.toString(),
            Optional.empty(),
            new PaymentFeed(
                channel, p -> results.write(p, engine.decide(linker.link(p))), a -> {}));
      }
      out.println(
          results.summary() + "; remittance advices without a payment: " + linker.waiting());
    }
    return valid.size() == files.size() ? Commands.OK : Commands.INVALID;
  }

  private static Writer writer(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
