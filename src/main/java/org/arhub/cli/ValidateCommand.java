package org.arhub.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arhub.formats.einvoice.EInvoiceValidator;
import org.arhub.formats.einvoice.RuleFinding;
import org.arhub.formats.einvoice.ValidationReport;
import org.slf4j.LoggerFactory;

/**
 * {@code validate FILE}: checks a UBL or CII invoice (a Factur-X PDF once its extractor is wired)
 * with the official EN 16931 and Peppol BIS 3 rules. Prints the rule sets applied, every failed
 * rule with its severity, message and XPath, and notes on what was not checked. Exit 1 when a fatal
 * rule fails (or the file cannot be read), 0 otherwise (warnings allowed), 2 on usage.
 */
final class ValidateCommand implements Commands.Command {
  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 1 || args[0].startsWith("--")) {
      err.println("arhub validate: exactly one FILE is required\n" + Commands.usage());
      return Commands.USAGE;
    }
    Path file = Path.of(args[0]);
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      err.println(file + ": cannot be read: " + e.getMessage());
      return Commands.INVALID;
    }
    quietRuleEngineLogs();
    ValidationReport report = EInvoiceValidator.shared().validate(file.toString(), content);
    print(report, out);
    return report.hasFatal() ? Commands.INVALID : Commands.OK;
  }

  static void print(ValidationReport report, PrintStream out) {
    out.println(
        report.name()
            + ": "
            + report.kind().description()
            + (report.ruleSets().isEmpty()
                ? ""
                : ", rules: " + String.join(", ", report.ruleSets())));
    for (RuleFinding finding : report.findings()) {
      out.println("  " + finding.describe());
    }
    for (String note : report.notes()) {
      out.println("  note: " + note);
    }
    long fatal = report.fatal().size();
    out.println(
        fatal == 0
            ? "  valid (" + report.findings().size() + " warnings or notices)"
            : "  INVALID: " + fatal + " fatal");
  }

  /**
   * Offline commands run without Spring's logging set-up, where logback would print phive's
   * per-document INFO lines to stdout between the results.
   */
  static void quietRuleEngineLogs() {
    if (LoggerFactory.getLogger("com.helger") instanceof Logger logger) {
      logger.setLevel(Level.WARN);
    }
  }
}
