package org.arhub.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/**
 * The command line: {@code arhub <command> [options]}. Exit codes: 0 ok, 1 invalid input, 2 usage.
 */
public final class Commands {
  public static final int OK = 0;
  public static final int INVALID = 1;
  public static final int USAGE = 2;

  /** A command reads its arguments and prints to the given streams; it never calls System.exit. */
  interface Command {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  private static final Map<String, Command> COMMANDS =
      Map.of(
          "parse",
          new ParseCommand(),
          "render",
          new RenderCommand(),
          "apply",
          new ApplyCommand(),
          "reconcile",
          new ReconcileCommand(),
          "validate",
          new ValidateCommand());

  private Commands() {}

  /** Spring options ({@code --server.port=...}) start the hub; a bare first word is a command. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && !args[0].startsWith("-");
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Command command = COMMANDS.get(args[0]);
    if (command == null) {
      err.println("arhub: unknown command '" + args[0] + "'");
      err.println(usage());
      return USAGE;
    }
    return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
  }

  static String usage() {
    return """
        usage: java -jar arhub.jar                              start the hub
               java -jar arhub.jar parse [--format F] FILE     print a bank/remittance file as canonical JSON
               java -jar arhub.jar apply --customers C.csv --invoices I.csv --out DIR FILE...
                                   offline cash application (back-testing)
               java -jar arhub.jar render --format ubl|cii|facturx|pdf|x12-810 --in INVOICE.json --out FILE
                                   [--profile en16931|xrechnung] (cii) [--language en|de|fr] (pdf, facturx)
                                   [--sender QQ:ID] [--receiver QQ:ID] [--control N] (x12-810)
               java -jar arhub.jar validate FILE                check a UBL/CII/Factur-X e-invoice with the
                                   EN 16931 and Peppol BIS 3 rules (exit 1 when a fatal rule fails)
               java -jar arhub.jar reconcile --gl FILE [--period YYYY-MM] [--db JDBC_URL] [--json]
                                   AR sub-ledger vs GL balance report (db: --db, ARHUB_DB_URL or
                                   SPRING_DATASOURCE_URL); exit 0 reconciled, 1 differences""";
  }
}
