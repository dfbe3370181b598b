package org.arhub.formats.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.BankEntry;
import org.arhub.model.BankTransaction;
import org.arhub.model.Direction;
import org.arhub.model.Statement;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared corpus's camt files ({@code ../shared/corpus}: camt053/, camt054/ and the camt.052
 * files in other/, listed in MANIFEST.tsv), read in place. Each file the manifest does not call
 * NEGATIVE parses and agrees with its sidecar (genkgo {@code .expected.json}, OCA {@code
 * .golden.json}) on every field that maps onto our model, and with what the manifest states;
 * NEGATIVE files are refused with the reason named. Skipped where the corpus is not checked out
 * beside the project.
 *
 * <p>Where our model differs from the sidecar's by design, the comparison says so: balances in
 * another currency than the statement's are not taken; a batch whose TxDtls state no amounts is one
 * payment carrying all their references; a creditor reference failing its check digit is kept as
 * text.
 */
class CamtCorpusTest {
  private static final Path CORPUS = Path.of("..", "shared", "corpus");

  /** NEGATIVE files and the reason the reader must give. */
  private static final Map<String, String> REFUSED =
      Map.of(
          "camt053/genkgo__camt053.v2.wrong.xml",
          "the message holds no <Stmt>: a camt.053 message reports at least one account");

  /** What the manifest states about a file, beyond (or instead of) a sidecar. */
  private interface Stated {
    void check(ReadFile read, SoftAssertions softly);
  }

  private static final Stated GENKGO_END_TO_END =
      (read, softly) -> {
        softly.assertThat(read.header.fileId()).isEqualTo("CAMT053RIB000000000001");
        softly
            .assertThat(read.header.created())
            .contains(LocalDateTime.parse("2015-03-10T18:43:50"));
        softly.assertThat(read.header.receiver()).contains("DABAIE2D");
        softly.assertThat(read.statements).hasSize(1);
        Statement statement = read.statements.get(0).statement;
        softly.assertThat(statement.statementId()).isEqualTo("253EURNL26VAYB8060476890");
        softly.assertThat(statement.account()).isEqualTo("NL26VAYB8060476890");
        softly.assertThat(statement.sequence()).contains(12312L);
        softly.assertThat(statement.openingBalance()).contains(new BigDecimal("18.15"));
        // the closing balance (SEK) and the available one (JPY) are not in the EUR account's
        // currency: not taken
        softly.assertThat(statement.closingBalance()).isEmpty();
        softly.assertThat(statement.closingAvailable()).isEmpty();
        softly.assertThat(read.entries()).hasSize(1);
        BankEntry entry = read.entries().get(0);
        softly.assertThat(entry.amount()).isEqualByComparingTo("8.85");
        softly.assertThat(entry.direction()).isEqualTo(Direction.CREDIT);
        softly.assertThat(entry.bookingDate()).contains(LocalDate.parse("2014-12-31"));
        softly.assertThat(entry.valueDate()).contains(LocalDate.parse("2015-01-02"));
        softly.assertThat(entry.transactions()).hasSize(1);
      };

  private static final Map<String, Stated> STATED =
      Map.ofEntries(
          Map.entry("camt053/genkgo__camt053.v2.minimal.xml", GENKGO_END_TO_END),
          Map.entry("camt053/genkgo__camt053.v2.minimal.ultimate.xml", GENKGO_END_TO_END),
          Map.entry("camt053/genkgo__camt053.v3.xml", GENKGO_END_TO_END),
          Map.entry("camt053/genkgo__camt053.v4.xml", GENKGO_END_TO_END),
          Map.entry("camt053/genkgo__camt053.v8.xml", GENKGO_END_TO_END),
          Map.entry(
              "camt053/genkgo__camt053.v2.multi.statement.xml",
              (read, softly) -> {
                softly.assertThat(read.statements).hasSize(2);
                softly
                    .assertThat(read.statements)
                    .extracting(
                        s -> s.statement.openingBalance().orElseThrow().toPlainString(),
                        s -> s.statement.closingBalance().orElseThrow().toPlainString())
                    .containsExactly(tuple("18.15", "27.00"), tuple("27.00", "20.00"));
                softly
                    .assertThat(read.entries())
                    .extracting(e -> e.amount().toPlainString(), BankEntry::direction)
                    .containsExactly(
                        tuple("8.85", Direction.CREDIT), tuple("7.00", Direction.DEBIT));
              }),
          Map.entry(
              "camt053/genkgo__camt053.v2.five.decimals.xml",
              (read, softly) ->
                  softly
                      .assertThat(read.entries())
                      .extracting(e -> e.amount().toPlainString())
                      .containsExactly("8.85")),
          Map.entry(
              "camt053/oca__test-camt053.xml",
              (read, softly) ->
                  softly
                      .assertThat(read.statements.get(0).end.continuityProblem())
                      .as("balances do not reconcile with the entries")
                      .isPresent()),
          Map.entry(
              "camt053/prowide__camt.053.001.07.xml",
              (read, softly) -> {
                softly.assertThat(read.header.format()).isEqualTo("camt.053.001.07");
                softly.assertThat(read.header.sender()).contains("MLCOUS33XXX");
                softly.assertThat(read.statements).hasSize(1);
                softly
                    .assertThat(read.statements.get(0).statement.account())
                    .isEqualTo("2345234534");
                softly.assertThat(read.statements.get(0).statement.currency()).isEqualTo("USD");
                softly.assertThat(read.entries()).isEmpty();
              }),
          Map.entry(
              "camt054/genkgo__camt054.v2.xml", (read, softly) -> genkgoSekBatch(read, softly, 1)),
          Map.entry(
              "camt054/genkgo__camt054.v4.xml", (read, softly) -> genkgoSekBatch(read, softly, 3)),
          Map.entry(
              "camt054/genkgo__camt054.v8.xml", (read, softly) -> genkgoSekBatch(read, softly, 3)),
          Map.entry(
              "camt054/subite__LT8098_camt054_2024-05-15.xml",
              (read, softly) -> {
                softly.assertThat(read.statements).hasSize(1);
                softly.assertThat(read.entries()).hasSize(1);
                BankEntry entry = read.entries().get(0);
                softly.assertThat(entry.amount()).isEqualByComparingTo("58958.97");
                softly.assertThat(entry.direction()).isEqualTo(Direction.CREDIT);
                softly.assertThat(entry.transactions()).hasSize(155);
                softly
                    .assertThat(sum(entry.transactions(), Direction.CREDIT))
                    .isEqualByComparingTo("89779.36");
                softly
                    .assertThat(sum(entry.transactions(), Direction.DEBIT))
                    .isEqualByComparingTo("30820.39");
                softly
                    .assertThat(
                        entry.transactions().stream()
                            .filter(t -> t.direction() == Direction.CREDIT))
                    .hasSize(80);
              }),
          Map.entry(
              "other/genkgo__camt052.v2.xml",
              (read, softly) -> {
                softly.assertThat(read.header.format()).isEqualTo("camt.052.001.02");
                softly
                    .assertThat(read.entries())
                    .extracting(e -> e.amount().toPlainString(), BankEntry::direction)
                    .containsExactly(tuple("200000.00", Direction.DEBIT));
              }),
          Map.entry(
              "other/genkgo__camt052.v6.Amt-zero.xml",
              (read, softly) -> softly.assertThat(read.entries()).hasSize(1)),
          Map.entry(
              "other/genkgo__camt052.v8.xml",
              (read, softly) -> {
                softly.assertThat(read.entries()).hasSize(1);
                softly
                    .assertThat(read.entries().get(0).transactions())
                    .as("an entry with Btch but no TxDtls is one payment")
                    .hasSize(1);
              }));

  @TestFactory
  Stream<DynamicTest> camtRowsOfTheManifest() throws IOException {
    assumeTrue(
        Files.isRegularFile(CORPUS.resolve("MANIFEST.tsv")),
        "shared corpus not present at " + CORPUS.toAbsolutePath());
    return camtRows().stream()
        .map(
            row ->
                DynamicTest.dynamicTest(row[0], () -> check(row[0], row[6].contains("NEGATIVE"))));
  }

  private static List<String[]> camtRows() throws IOException {
    return Files.readAllLines(CORPUS.resolve("MANIFEST.tsv")).stream()
        .skip(1)
        .map(line -> line.split("\t", -1))
        .filter(
            row ->
                row[0].startsWith("camt053/")
                    || row[0].startsWith("camt054/")
                    || row[0].startsWith("other/") && row[0].contains("camt052"))
        .filter(row -> row[0].endsWith(".xml"))
        .toList();
  }

  private static void check(String name, boolean negative)
      throws IOException, InvalidFileException {
    Path file = CORPUS.resolve(name);
    if (negative) {
      InvalidFileException e =
          catchThrowableOfType(InvalidFileException.class, () -> CamtTestFiles.read(file));
      assertThat(e).as("NEGATIVE file must be refused").isNotNull();
      assertThat(e.reason()).isEqualTo(REFUSED.get(name));
      return;
    }
    ReadFile read = CamtTestFiles.read(file);
    assertThat(read.ended).isTrue();
    Path genkgo = Path.of(file + ".expected.json");
    Path oca = Path.of(file + ".golden.json");
    assertThat(Files.exists(genkgo) || Files.exists(oca) || STATED.containsKey(name))
        .as("every corpus file is compared with something: a sidecar or what the manifest states")
        .isTrue();
    SoftAssertions softly = new SoftAssertions();
    if (Files.exists(genkgo)) {
      compare(read, GenkgoDump.read(genkgo), softly);
    }
    if (Files.exists(oca)) {
      compare(read, OcaGolden.read(oca), softly);
    }
    if (STATED.containsKey(name)) {
      STATED.get(name).check(read, softly);
    }
    softly.assertAll();
  }

  private static void genkgoSekBatch(ReadFile read, SoftAssertions softly, int payments) {
    softly.assertThat(read.statements).hasSize(1);
    softly
        .assertThat(read.entries())
        .extracting(e -> e.amount().toPlainString(), BankEntry::direction)
        .containsExactly(tuple("200000.00", Direction.DEBIT));
    // 3 TxDtls; in .02 they state no amounts, so they are one payment of the booked amount
    softly.assertThat(read.entries().get(0).transactions()).hasSize(payments);
  }

  private static void compare(ReadFile read, GenkgoDump dump, SoftAssertions softly) {
    softly.assertThat(read.header.fileId()).as("MsgId").isEqualTo(dump.messageId());
    // genkgo normalises to UTC; we keep the sender's local time: the same instant, up to a zone
    // offset
    Duration shift =
        Duration.between(
                read.header.created().orElseThrow(),
                OffsetDateTime.parse(dump.created()).toLocalDateTime())
            .abs();
    softly
        .assertThat(shift.toMinutes() % 15 == 0 && shift.toHours() <= 14)
        .as("created %s vs %s", read.header.created(), dump.created())
        .isTrue();
    softly.assertThat(read.statements).as("records").hasSize(dump.recordCount());
    for (GenkgoDump.Record record : dump.records()) {
      Optional<ReadFile.ReadStatement> ours =
          read.statements.stream()
              .filter(s -> s.statement.statementId().equals(record.id()))
              .findFirst();
      softly.assertThat(ours).as("statement %s", record.id()).isPresent();
      ours.ifPresent(s -> compare(s.statement, record, softly));
    }
    List<GenkgoDump.Entry> theirs = dump.entries();
    for (int i = 0; i < theirs.size(); i++) {
      GenkgoDump.Entry entry = theirs.get(i);
      int index =
          (int)
              theirs.subList(0, i).stream()
                  .filter(e -> e.recordId().equals(entry.recordId()))
                  .count();
      read.statements.stream()
          .filter(s -> s.statement.statementId().equals(entry.recordId()))
          .findFirst()
          .ifPresent(s -> compare(s.entries.get(index), entry, softly));
    }
  }

  private static void compare(Statement ours, GenkgoDump.Record record, SoftAssertions softly) {
    softly.assertThat(ours.account()).as("account").isEqualTo(record.account());
    record
        .sequence()
        .ifPresent(
            sequence ->
                softly
                    .assertThat(ours.sequence())
                    .as("ElctrncSeqNb")
                    .contains(Long.parseLong(sequence)));
    balance(ours, record, "opening", ours.openingBalance(), softly);
    balance(ours, record, "closing", ours.closingBalance(), softly);
    balance(ours, record, "closing_available", ours.closingAvailable(), softly);
  }

  private static void balance(
      Statement ours,
      GenkgoDump.Record record,
      String type,
      Optional<BigDecimal> value,
      SoftAssertions softly) {
    Optional<GenkgoDump.Balance> theirs =
        record.balances().stream().filter(b -> b.type().equals(type)).findFirst();
    if (theirs.isPresent() && theirs.get().currency().equals(ours.currency())) {
      softly
          .assertThat(value)
          .as("%s balance", type)
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(theirs.get().amount()));
    } else {
      softly
          .assertThat(value)
          .as("%s balance (none in the statement's currency %s)", type, ours.currency())
          .isEmpty();
    }
  }

  private static void compare(BankEntry ours, GenkgoDump.Entry theirs, SoftAssertions softly) {
    String at = "entry " + theirs.servicerRef().orElse(theirs.amount().toPlainString());
    softly
        .assertThat(signed(ours.amount(), ours.direction()))
        .as("%s signed amount", at)
        .isEqualByComparingTo(theirs.amount());
    softly
        .assertThat(ours.direction())
        .as("%s direction", at)
        .isEqualTo(theirs.indicator().equals("CRDT") ? Direction.CREDIT : Direction.DEBIT);
    theirs
        .bookingDate()
        .ifPresent(
            d ->
                softly
                    .assertThat(ours.bookingDate())
                    .as("%s booking date", at)
                    .contains(LocalDate.parse(d)));
    theirs
        .valueDate()
        .ifPresent(
            d ->
                softly
                    .assertThat(ours.valueDate())
                    .as("%s value date", at)
                    .contains(LocalDate.parse(d)));
    softly.assertThat(ours.bankRef()).as("%s AcctSvcrRef", at).isEqualTo(theirs.servicerRef());
    softly.assertThat(ours.reversal()).as("%s RvslInd", at).isEqualTo(theirs.reversal());
    softly.assertThat(ours.typeCode()).as("%s BkTxCd", at).isEqualTo(theirs.typeCode());
    List<GenkgoDump.Detail> details = theirs.details();
    if (details.size() == ours.transactions().size()) {
      for (int i = 0; i < details.size(); i++) {
        compare(
            ours.transactions().get(i),
            details.get(i),
            theirs.currency(),
            at + " TxDtls[" + (i + 1) + "]",
            softly);
      }
    } else {
      softly
          .assertThat(details)
          .as("%s: TxDtls without amounts become one payment", at)
          .allMatch(d -> d.amount().isEmpty());
      softly.assertThat(ours.transactions()).as("%s payments", at).hasSize(1);
      for (GenkgoDump.Detail detail : details) {
        remittance(ours.transactions().get(0), detail, at, softly);
      }
    }
  }

  private static void compare(
      BankTransaction ours,
      GenkgoDump.Detail theirs,
      String entryCurrency,
      String at,
      SoftAssertions softly) {
    if (theirs.amount().isPresent() && theirs.currency().orElseThrow().equals(entryCurrency)) {
      softly
          .assertThat(ours.amount())
          .as("%s amount", at)
          .isEqualByComparingTo(theirs.amount().get());
    }
    theirs
        .endToEndId()
        .filter(id -> !id.equals("NOTPROVIDED"))
        .ifPresent(id -> softly.assertThat(ours.endToEndId()).as("%s EndToEndId", at).contains(id));
    theirs
        .servicerRef()
        .ifPresent(
            ref -> softly.assertThat(ours.paymentId()).as("%s paymentId", at).startsWith(ref));
    ours.payer()
        .name()
        .ifPresent(
            name -> softly.assertThat(theirs.partyNames()).as("%s payer name", at).contains(name));
    ours.payer()
        .account()
        .ifPresent(
            account ->
                softly
                    .assertThat(theirs.partyAccounts())
                    .as("%s payer account", at)
                    .contains(account));
    remittance(ours, theirs, at, softly);
  }

  /**
   * Every creditor reference and text genkgo found is in ours, as creditor reference or as text.
   */
  private static void remittance(
      BankTransaction ours, GenkgoDump.Detail theirs, String at, SoftAssertions softly) {
    List<String> said = new ArrayList<>(ours.remittance().unstructured());
    ours.remittance().creditorReference().ifPresent(said::add);
    softly
        .assertThat(said)
        .as("%s remittance", at)
        .containsAll(theirs.creditorRefs())
        .containsAll(theirs.texts());
  }

  private static void compare(ReadFile read, OcaGolden golden, SoftAssertions softly) {
    golden
        .currency()
        .ifPresent(
            c ->
                softly
                    .assertThat(read.statements.get(0).statement.currency())
                    .as("currency")
                    .isEqualTo(c));
    golden
        .account()
        .ifPresent(
            a ->
                softly
                    .assertThat(read.statements.get(0).statement.account())
                    .as("account")
                    .isEqualTo(a));
    if (golden.statements().isEmpty()) {
      // OCA imports no statement without transactions; we report it with its balances and no
      // entries
      softly.assertThat(read.entries()).as("entries").isEmpty();
    }
    for (OcaGolden.Statement statement : golden.statements()) {
      Optional<ReadFile.ReadStatement> ours =
          read.statements.stream()
              .filter(s -> s.statement.statementId().equals(statement.name()))
              .findFirst();
      softly.assertThat(ours).as("statement %s", statement.name()).isPresent();
      ours.ifPresent(s -> compare(s, statement, softly));
    }
  }

  private static void compare(
      ReadFile.ReadStatement ours, OcaGolden.Statement golden, SoftAssertions softly) {
    // OCA writes 0.0 for a balance the file does not state
    softly
        .assertThat(ours.statement.openingBalance().orElse(BigDecimal.ZERO))
        .as("balance_start")
        .isEqualByComparingTo(golden.balanceStart());
    softly
        .assertThat(ours.statement.closingBalance().orElse(BigDecimal.ZERO))
        .as("balance_end_real")
        .isEqualByComparingTo(golden.balanceEnd());
    List<BankEntry> entryOf = new ArrayList<>();
    ours.entries.forEach(e -> e.transactions().forEach(t -> entryOf.add(e)));
    List<BankTransaction> transactions = ours.transactions();
    softly.assertThat(transactions).as("transactions").hasSameSizeAs(golden.transactions());
    for (int i = 0; i < Math.min(transactions.size(), golden.transactions().size()); i++) {
      BankTransaction t = transactions.get(i);
      OcaGolden.Transaction g = golden.transactions().get(i);
      String at = "transaction " + (i + 1);
      softly
          .assertThat(signed(t.amount(), t.direction()))
          .as("%s amount", at)
          .isEqualByComparingTo(g.amount());
      softly
          .assertThat(entryOf.get(i).bookingDate())
          .as("%s date", at)
          .contains(LocalDate.parse(g.date()));
      List<String> references = new ArrayList<>(t.remittance().unstructured());
      t.endToEndId().ifPresent(references::add);
      t.remittance().creditorReference().ifPresent(references::add);
      softly.assertThat(references).as("%s ref", at).contains(g.ref());
      softly.assertThat(t.payer().name()).as("%s partner_name", at).contains(g.partnerName());
      softly
          .assertThat(t.payer().account())
          .as("%s account_number", at)
          .contains(g.accountNumber());
      softly
          .assertThat(entryOf.get(i).typeCode())
          .as("%s transaction_type", at)
          .contains(g.transactionType().replace('-', '/'));
    }
  }

  private static BigDecimal signed(BigDecimal amount, Direction direction) {
    return direction == Direction.CREDIT ? amount : amount.negate();
  }

  private static BigDecimal sum(List<BankTransaction> transactions, Direction direction) {
    return transactions.stream()
        .filter(t -> t.direction() == direction)
        .map(BankTransaction::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
