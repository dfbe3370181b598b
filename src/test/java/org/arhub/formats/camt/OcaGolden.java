package org.arhub.formats.camt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An OCA bank-statement-import golden result ({@code *.golden.json} in the corpus): {@code
 * [currency, account, [statements]]}, each statement with its name, balances and transactions;
 * amounts are signed decimals, the transaction type is "Domn-Fmly-SubFmly".
 */
record OcaGolden(Optional<String> currency, Optional<String> account, List<Statement> statements) {

  record Statement(
      String name,
      BigDecimal balanceStart,
      BigDecimal balanceEnd,
      List<Transaction> transactions) {}

  record Transaction(
      BigDecimal amount,
      String date,
      String ref,
      String partnerName,
      String accountNumber,
      String transactionType) {}

  static OcaGolden read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<Statement> statements = new ArrayList<>();
    for (JsonNode statement : root.get(2)) {
      List<Transaction> transactions = new ArrayList<>();
      for (JsonNode t : statement.path("transactions")) {
        transactions.add(
            new Transaction(
                t.path("amount").decimalValue(),
                t.path("date").asText(),
                t.path("ref").asText(),
                t.path("partner_name").asText(),
                t.path("account_number").asText(),
                t.path("transaction_type").asText()));
      }
      statements.add(
          new Statement(
              statement.path("name").asText(),
              statement.path("balance_start").decimalValue(),
              statement.path("balance_end_real").decimalValue(),
              transactions));
    }
    return new OcaGolden(text(root.get(0)), text(root.get(1)), statements);
  }

  private static Optional<String> text(JsonNode node) {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }
}
