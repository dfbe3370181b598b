package org.arhub.store;

import static org.arhub.store.CashApplicationStoreTest.allocation;
import static org.arhub.store.CashApplicationStoreTest.applied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.InvoiceJournal;
import org.arhub.ledger.gl.CustomerBalances;
import org.arhub.store.CashApplicationStore.Recorded;
import org.arhub.store.CashApplicationStoreTest.Rows;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Periods and their close, and invoice journals, on a real PostgreSQL. */
class GeneralLedgerStoreTest {
  private static final ChartOfAccounts CHART = ChartOfAccounts.standard();
  private JdbcTemplate jdbc;
  private GeneralLedgerStore ledger;
  private CashApplicationStore cash;
  private Rows rows;

  @BeforeEach
  void database() {
    DataSource db = TestDatabase.migratedDatabase("gl_store");
    jdbc = new JdbcTemplate(db);
    ledger = new GeneralLedgerStore(jdbc, new DataSourceTransactionManager(db));
    cash = new CashApplicationStore(jdbc, new DataSourceTransactionManager(db));
    rows = new Rows(jdbc);
    rows.customer("C1", "ACME Corp");
    rows.invoice("INV-1", "C1", "EUR", "100.00");
    rows.invoice("INV-2", "C1", "EUR", "200.00");
  }

  private Map<String, Object> entry(String postingId) {
    return jdbc.queryForMap(
        "select entry_date, event_date from journal_entry where posting_id = ?", postingId);
  }

  private static LocalDate day(Object date) {
    return ((java.sql.Date) date).toLocalDate();
  }

  @Test
  void aLatePostingGoesToTheFirstDayOfTheNextOpenPeriodKeepingItsEventDate() {
    long early = rows.payment("100.00");
    cash.record(
        early,
        Optional.empty(),
        applied(rows.paymentId(early), "C1", "0", allocation("INV-1", "100.00", "0", "0", "0")),
        "rules-1",
        "system");

    ledger.closePeriod("2026-11", "controller", "November books closed");
    ledger.closePeriod("2026-12", "controller", "December books closed");
    long late = rows.payment("200.00");
    cash.record(
        late,
        Optional.empty(),
        applied(rows.paymentId(late), "C1", "0", allocation("INV-2", "200.00", "0", "0", "0")),
        "rules-1",
        "system");

    assertThat(day(entry("cash:" + early).get("entry_date"))).isEqualTo("2026-11-20");
    assertThat(day(entry("cash:" + late).get("entry_date"))).isEqualTo("2027-01-01");
    assertThat(day(entry("cash:" + late).get("event_date"))).isEqualTo("2026-11-20");
    assertThat(
            rows.count(
                "select count(*) from journal_entry where entry_date between '2026-11-01' and '2026-12-31'"
                    + " and created_xact = (select created_xact from journal_entry where posting_id = ?)",
                "cash:" + late))
        .isZero();
    assertThat(
            jdbc.queryForList(
                "select actor || ':' || action || ':' || entity_id || ':' || (detail->>'reason') from audit_log"
                    + " where action = 'CLOSE_PERIOD' order by id",
                String.class))
        .containsExactly(
            "controller:CLOSE_PERIOD:2026-11:November books closed",
            "controller:CLOSE_PERIOD:2026-12:December books closed");
  }

  @Test
  void bulkPostingObeysTheCloseToo() {
    ledger.closePeriod("2026-11", "controller", "closed");
    long first = rows.payment("100.00");
    long second = rows.payment("50.00");

    cash.recordAll(
        List.of(
            new Recorded(
                first,
                Optional.empty(),
                applied(
                    rows.paymentId(first), "C1", "0", allocation("INV-1", "100.00", "0", "0", "0")),
                "rules-1",
                "system"),
            new Recorded(
                second,
                Optional.empty(),
                applied(
                    rows.paymentId(second), "C1", "0", allocation("INV-2", "50.00", "0", "0", "0")),
                "rules-1",
                "system")));

    assertThat(
            jdbc.queryForList(
                "select distinct entry_date::text || '/' || event_date::text from journal_entry",
                String.class))
        .containsExactly("2026-12-01/2026-11-20");
    assertThat(rows.unbalancedEntries()).isEmpty();
  }

  @Test
  void aClosedPeriodStaysClosed() {
    ledger.closePeriod("2026-11", "controller", "closed");

    assertThatThrownBy(() -> ledger.closePeriod("2026-11", "controller", "again"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("accounting period 2026-11 is already closed");
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "update accounting_period set status = 'OPEN', closed_at = null, closed_by = null"))
        .hasMessageContaining("accounting period 2026-11 is closed and cannot be changed");
    assertThatThrownBy(() -> ledger.closePeriod("2026-13", "controller", "x"))
        .hasMessage("accounting period '2026-13' is not a month (YYYY-MM)");
    assertThatThrownBy(() -> ledger.closePeriod("2026-10", "controller", " "))
        .hasMessage("closing period 2026-10 needs a reason");
    assertThat(ledger.periods())
        .filteredOn(p -> p.period().equals("2026-11"))
        .singleElement()
        .matches(
            p -> p.status().equals("CLOSED") && p.closedBy().equals(Optional.of("controller")));
  }

  @Test
  void everyInvoiceIsJournalledOnceWithItsLinesOrTakenOverAgainstTheOpeningBalance() {
    long inv2 = jdbc.queryForObject("select id from invoice where number = 'INV-2'", Long.class);
    jdbc.update(
        "insert into invoice_line(invoice_id, line_no, description, amount, tax_amount) values (?, 1, 'x', 168.07, 31.93)",
        inv2);
    rows.invoice("INV-3", "C1", "EUR", "50.00");
    long inv3 = jdbc.queryForObject("select id from invoice where number = 'INV-3'", Long.class);
    jdbc.update(
        "insert into invoice_line(invoice_id, line_no, description, amount, tax_amount) values (?, 1, 'x', 40, 0)",
        inv3);
    InvoiceJournal journal = new InvoiceJournal(CHART, CHART.company());

    List<String> refused = ledger.journalInvoices(journal, 100);

    assertThat(refused)
        .containsExactly(
            "invoice INV-3: lines add up to 40.00 (net + tax) but the document's total is 50.00 EUR");
    assertThat(
            jdbc.queryForList(
                """
                select e.posting_id || ' ' || l.account || ' ' || l.debit || '/' || l.credit
                from journal_entry e join journal_line l on l.entry_id = e.id order by e.posting_id, l.id""",
                String.class))
        .containsExactly(
            "invoice:INV-1 1100 100.0000/0.0000",
            "invoice:INV-1 9000 0.0000/100.0000",
            "invoice:INV-2 1100 200.0000/0.0000",
            "invoice:INV-2 4000 0.0000/168.0700",
            "invoice:INV-2 1776 0.0000/31.9300");
    assertThat(ledger.journalInvoices(journal, 100)).as("refused once, not every round").isEmpty();
    assertThat(rows.count("select count(*) from journal_entry")).isEqualTo(2);
    assertThat(ledger.controlBalances(CHART.receivablesAccounts()))
        .containsEntry("EUR", new BigDecimal("300.00"));
  }

  @Test
  void aCreditNoteIsCreditTheCustomerHasAndTheCustomerAccountReconciles() {
    jdbc.update(
        """
        insert into invoice(number, customer_id, currency, issue_date, due_date, amount, document_type)
        values ('CN-1', 'C1', 'EUR', date '2026-11-05', date '2026-11-05', 30.00, 'CREDIT_NOTE')""");
    long payment = rows.payment("100.00");
    cash.record(
        payment,
        Optional.empty(),
        applied(rows.paymentId(payment), "C1", "0", allocation("INV-1", "100.00", "0", "0", "0")),
        "rules-1",
        "system");
    List<String> receivables = CHART.receivablesAccounts();

    assertThat(ledger.journalInvoices(new InvoiceJournal(CHART, CHART.company()), 100)).isEmpty();

    assertThat(rows.open("CN-1")).as("credit the customer has with us").isEqualByComparingTo("-30");
    assertThat(
            CustomerBalances.check(
                ledger.customerFigures(receivables), ledger.controlBalances(receivables)))
        .isEmpty();
    assertThat(ledger.customerFigures(receivables))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.invoiced()).isEqualByComparingTo("300.00");
              assertThat(c.applied()).isEqualByComparingTo("100.00");
              assertThat(c.creditNotes()).isEqualByComparingTo("30.00");
              assertThat(c.open()).as("INV-2 200 − CN-1 30").isEqualByComparingTo("170.00");
              assertThat(c.journalReceivables()).isEqualByComparingTo("170.00");
            });
    assertThat(ledger.controlBalances(receivables)).containsEntry("EUR", new BigDecimal("170.00"));
  }

  /** A stored invoice as the ERP intake keeps it: its canonical JSON and per-line tax rows. */
  private long canonicalInvoice(
      String number,
      String type,
      String amount,
      String lines,
      String allowances,
      String charges,
      String net,
      String tax) {
    String json =
        """
        {"number": "%s", "type": "%s", "issueDate": "2026-11-10", "currency": "EUR",
         "seller": {"name": "Nordlicht GmbH"}, "buyer": {"id": "C1", "name": "ACME Corp"},
         "lines": [%s], "allowances": [%s], "charges": [%s],
         "totals": {"net": "%s", "tax": "%s", "gross": "%s", "payable": "%s"}}"""
            .formatted(number, type, lines, allowances, charges, net, tax, amount, amount);
    return jdbc.queryForObject(
        """
        insert into invoice(number, customer_id, currency, issue_date, due_date, amount, document_type, canonical)
        values (?, 'C1', 'EUR', date '2026-11-10', date '2026-12-10', ?::numeric, ?, ?::jsonb) returning id""",
        Long.class,
        number,
        amount,
        type.equals("credit_note") ? "CREDIT_NOTE" : "INVOICE",
        json);
  }

  private static String line(String id, String quantity, String price, String rate) {
    return """
        {"id": "%s", "description": "item", "quantity": "%s", "unit": "C62", "unitPrice": "%s",
         "taxCategory": "S", "taxRate": "%s"}"""
        .formatted(id, quantity, price, rate);
  }

  private List<String> journal(String postingId) {
    return jdbc.queryForList(
        """
        select l.account || ' ' || l.debit || '/' || l.credit || ' ' || l.memo
        from journal_entry e join journal_line l on l.entry_id = e.id where e.posting_id = ? order by l.id""",
        String.class,
        postingId);
  }

  @Test
  void anInvoiceIsJournalledWithItsTaxRoundedOncePerRateNotPerLine() {
    journalSetUpInvoices();
    long id =
        canonicalInvoice(
            "INV-R",
            "invoice",
            "2.45",
            line("1", "1", "1.03", "19") + "," + line("2", "1", "1.03", "19"),
            "",
            "",
            "2.06",
            "0.39");
    // what InvoiceStore keeps per line: 0.1957 rounds to 0.20 twice, 0.40, where the invoice has
    // 0.39
    jdbc.update(
        """
        insert into invoice_line(invoice_id, line_no, description, amount, tax_amount, tax_category, tax_rate)
        values (?, 1, 'item', 1.03, 0.20, 'S', 19), (?, 2, 'item', 1.03, 0.20, 'S', 19)""",
        id,
        id);

    assertThat(ledger.journalInvoices(new InvoiceJournal(CHART, CHART.company()), 100)).isEmpty();

    assertThat(journal("invoice:INV-R"))
        .containsExactly(
            "1100 2.4500/0.0000 INV-R", "4000 0.0000/2.0600 INV-R", "1776 0.0000/0.3900 INV-R");
    assertThat(rows.unbalancedEntries()).isEmpty();
  }

  @Test
  void documentAllowancesAndChargesAreJournalledAtTheirRateOrWithoutTax() {
    journalSetUpInvoices();
    // 100.00 at 19 %, less an allowance of 10.00 at 19 %, plus a freight charge of 5.00 without tax
    canonicalInvoice(
        "INV-A",
        "invoice",
        "112.10",
        line("1", "2", "50.00", "19"),
        "{\"amount\": \"10.00\", \"reason\": \"loyalty\", \"taxCategory\": \"S\", \"taxRate\": \"19\"}",
        "{\"amount\": \"5.00\", \"reason\": \"freight\"}",
        "95.00",
        "17.10");
    canonicalInvoice(
        "CN-A", "credit_note", "9.52", line("1", "1", "8.00", "19"), "", "", "8.00", "1.52");

    assertThat(ledger.journalInvoices(new InvoiceJournal(CHART, CHART.company()), 100)).isEmpty();

    assertThat(journal("invoice:INV-A"))
        .containsExactly(
            "1100 112.1000/0.0000 INV-A", "4000 0.0000/95.0000 INV-A", "1776 0.0000/17.1000 INV-A");
    assertThat(journal("credit-note:CN-A"))
        .containsExactly(
            "1100 0.0000/9.5200 CN-A", "4000 8.0000/0.0000 CN-A", "1776 1.5200/0.0000 CN-A");
    assertThat(rows.unbalancedEntries()).isEmpty();
  }

  @Test
  void aCanonicalInvoiceWhoseTotalDiffersIsRefusedNamingIt() {
    journalSetUpInvoices();
    canonicalInvoice(
        "INV-X", "invoice", "2.46", line("1", "2", "1.03", "19"), "", "", "2.06", "0.39");

    assertThat(ledger.journalInvoices(new InvoiceJournal(CHART, CHART.company()), 100))
        .containsExactly(
            "invoice INV-X: lines add up to 2.45 (net + tax) but the document's total is 2.46 EUR");
  }

  @Test
  void refusedInvoicesAreRecordedAndNeverStarveTheOthers() {
    InvoiceJournal journal = new InvoiceJournal(CHART, CHART.company());
    journalSetUpInvoices();
    for (String number : List.of("BAD-1", "BAD-2")) {
      rows.invoice(number, "C1", "EUR", "50.00");
      jdbc.update(
          "insert into invoice_line(invoice_id, line_no, description, amount, tax_amount)"
              + " select id, 1, 'x', 40, 0 from invoice where number = ?",
          number);
    }
    rows.invoice("GOOD-3", "C1", "EUR", "70.00");

    assertThat(ledger.journalInvoices(journal, 2)).hasSize(2);
    assertThat(ledger.journalInvoices(journal, 2)).as("the refused ones are left out").isEmpty();
    assertThat(rows.count("select count(*) from journal_entry where posting_id = 'invoice:GOOD-3'"))
        .isEqualTo(1);
    assertThat(ledger.journalRefusals())
        .extracting(r -> r.number() + ": " + r.reason())
        .containsExactly(
            "BAD-1: invoice BAD-1: lines add up to 40.00 (net + tax) but the document's total is 50.00 EUR",
            "BAD-2: invoice BAD-2: lines add up to 40.00 (net + tax) but the document's total is 50.00 EUR");

    // corrected, BAD-1 is tried again and journalled; its refusal goes
    jdbc.update(
        "update invoice_line set amount = 50 where invoice_id = (select id from invoice where number = 'BAD-1')");
    assertThat(ledger.journalInvoices(journal, 2)).isEmpty();
    assertThat(journal("invoice:BAD-1")).hasSize(2);
    assertThat(ledger.journalRefusals()).extracting(r -> r.number()).containsExactly("BAD-2");
  }

  private void journalSetUpInvoices() {
    assertThat(ledger.journalInvoices(new InvoiceJournal(CHART, CHART.company()), 100)).isEmpty();
  }
}
