package org.arhub.formats.camt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.model.Money;

/**
 * The parts of a genkgo/camt "Dumper" snapshot ({@code *.expected.json} in the corpus) that map
 * onto our model. The dump writes amounts as Money minor units ("885" = 8.85 EUR), dates in UTC,
 * and an object seen before as "__RECURSIVITY__"; its top-level entry list holds the last record's
 * entries only, so records are matched by id.
 */
record GenkgoDump(
    String messageId, String created, int recordCount, List<Record> records, List<Entry> entries) {
  private static final String SEEN = "__RECURSIVITY__";

  record Record(String id, String account, Optional<String> sequence, List<Balance> balances) {}

  /** A balance with genkgo's type ("opening", "closing", "closing_available", ...), signed. */
  record Balance(String type, BigDecimal amount, String currency) {}

  record Entry(
      String recordId,
      BigDecimal amount,
      String currency,
      String indicator,
      Optional<String> bookingDate,
      Optional<String> valueDate,
      Optional<String> servicerRef,
      boolean reversal,
      Optional<String> typeCode,
      List<Detail> details) {}

  record Detail(
      Optional<BigDecimal> amount,
      Optional<String> currency,
      Optional<String> endToEndId,
      Optional<String> servicerRef,
      List<String> partyNames,
      List<String> partyAccounts,
      List<String> creditorRefs,
      List<String> texts) {}

  static GenkgoDump read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    JsonNode header = root.path("getGroupHeader");
    List<Record> records = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    String lastRecord = null;
    for (JsonNode entry : root.path("getEntries")) {
      JsonNode record = entry.path("getRecord");
      if (record.isObject()) {
        records.add(record(record));
        lastRecord = text(record.path("getId")).orElseThrow();
      }
      entries.add(entry(entry, lastRecord));
    }
    for (JsonNode record : root.path("getRecords")) {
      if (record.isObject()) {
        records.add(record(record));
      }
    }
    return new GenkgoDump(
        text(header.path("getMessageId")).orElseThrow(),
        text(header.path("getCreatedOn").path("0")).orElseThrow(),
        root.path("getRecords").size(),
        records,
        entries);
  }

  private static Record record(JsonNode record) {
    List<Balance> balances = new ArrayList<>();
    for (JsonNode balance : record.path("getBalances")) {
      Money money = money(balance.path("getAmount"));
      balances.add(new Balance(balance.path("getType").asText(), money.amount(), money.currency()));
    }
    return new Record(
        text(record.path("getId")).orElseThrow(),
        text(record.path("getAccount").path("getIdentification")).orElseThrow(),
        text(record.path("getElectronicSequenceNumber")),
        balances);
  }

  private static Entry entry(JsonNode entry, String recordId) {
    Money amount = money(entry.path("getAmount"));
    List<Detail> details = new ArrayList<>();
    for (JsonNode detail : entry.path("getTransactionDetails")) {
      details.add(
          detail(
              detail.isTextual() && SEEN.equals(detail.asText())
                  ? entry.path("getTransactionDetail")
                  : detail));
    }
    return new Entry(
        recordId,
        amount.amount(),
        amount.currency(),
        entry.path("getCreditDebitIndicator").asText(),
        date(entry.path("getBookingDate")),
        date(entry.path("getValueDate")),
        text(entry.path("getAccountServicerReference")),
        entry.path("getReversalIndicator").asBoolean(),
        typeCode(entry.path("getBankTransactionCode")),
        details);
  }

  private static Detail detail(JsonNode detail) {
    Optional<Money> amount =
        detail.path("getAmount").isObject()
            ? Optional.of(money(detail.path("getAmount")))
            : Optional.empty();
    List<String> names = new ArrayList<>();
    List<String> accounts = new ArrayList<>();
    for (JsonNode party : detail.path("getRelatedParties")) {
      text(party.path("getRelatedPartyType").path("getName")).ifPresent(names::add);
      text(party.path("getAccount").path("getIdentification")).ifPresent(accounts::add);
    }
    List<String> refs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    remittance(detail.path("getRemittanceInformation"), refs, texts);
    JsonNode reference = detail.path("getReference");
    return new Detail(
        amount.map(Money::amount),
        amount.map(Money::currency),
        text(reference.path("getEndToEndId")),
        text(reference.path("getAccountServicerReference")),
        names,
        accounts,
        refs.stream().distinct().toList(),
        texts.stream().distinct().toList());
  }

  /**
   * Every creditor reference (getRef) and unstructured or additional text anywhere in
   * RemittanceInformation.
   */
  private static void remittance(JsonNode node, List<String> refs, List<String> texts) {
    if (!node.isObject()) {
      return;
    }
    String type = node.path("__CLASS__").asText();
    node.fields()
        .forEachRemaining(
            field -> {
              switch (field.getKey()) {
                case "getRef" -> text(field.getValue()).ifPresent(refs::add);
                case "getAdditionalRemittanceInformation" ->
                    text(field.getValue()).ifPresent(texts::add);
                case "getMessage" -> {
                  if (type.endsWith("UnstructuredRemittanceInformation")) {
                    text(field.getValue()).ifPresent(texts::add);
                  }
                }
                default -> {
                  if (field.getValue().isArray()) {
                    field.getValue().forEach(item -> remittance(item, refs, texts));
                  } else {
                    remittance(field.getValue(), refs, texts);
                  }
                }
              }
            });
  }

  private static Optional<String> typeCode(JsonNode code) {
    JsonNode domain = code.path("getDomain");
    if (domain.isObject() && text(domain.path("getCode")).isPresent()) {
      StringBuilder result = new StringBuilder(domain.path("getCode").asText());
      JsonNode family = domain.path("getFamily");
      text(family.path("getCode")).ifPresent(f -> result.append('/').append(f));
      text(family.path("getSubFamilyCode")).ifPresent(s -> result.append('/').append(s));
      return Optional.of(result.toString());
    }
    return text(code.path("getProprietary").path("getCode"));
  }

  /** Money minor units to an amount at the currency's scale. */
  private static Money money(JsonNode money) {
    String currency = money.path("getCurrency").path("getCode").asText();
    return new Money(
        new BigDecimal(money.path("getAmount").asText()).movePointLeft(Money.scale(currency)),
        currency);
  }

  private static Optional<String> date(JsonNode date) {
    return text(date.path("0")).map(d -> d.substring(0, 10));
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isEmpty() && !SEEN.equals(node.asText())
        ? Optional.of(node.asText())
        : Optional.empty();
  }
}
