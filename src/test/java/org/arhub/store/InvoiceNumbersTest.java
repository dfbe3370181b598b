package org.arhub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.arhub.hub.InvoiceIntake;
import org.arhub.invoicing.CustomerMaster;
import org.arhub.invoicing.IncomingInvoice;
import org.arhub.model.Invoice;
import org.arhub.store.InvoiceStore.Source;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoice numbers are gap-free per series even with two writers at once (two hub instances, each on
 * its own connection), and a rolled-back insert gives its number back.
 */
class InvoiceNumbersTest {
  private final DataSource ds = TestDatabase.migratedDatabase("invoice_numbers");
  private final JdbcTemplate jdbc = new JdbcTemplate(ds);
  private final DataSourceTransactionManager txm = new DataSourceTransactionManager(ds);
  private final AuditLog audit = new AuditLog(jdbc);
  private final InvoiceStore store = new InvoiceStore(jdbc, new InvoiceNumbers(jdbc), audit);
  private final CustomerMasterStore customers = new CustomerMasterStore(jdbc, audit);
  private final InvoiceIntake intake =
      new InvoiceIntake(store, customers, txm, "INV-{yyyy}-{seq:6}", "CRN-{yyyy}-{seq:6}");

  InvoiceNumbersTest() {
    customers.upsert(
        new CustomerMaster(
            "C1",
            "Customer One",
            Optional.empty(),
            Optional.of("EUR"),
            Optional.of("NET 30"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Invoice.Address.none(),
            Optional.empty(),
            List.of(),
            List.of()),
        Optional.empty(),
        "test");
  }

  @Test
  void twoWritersAtOnceGetNumbersOneToNWithoutGapOrDuplicate() throws Exception {
    int perWriter = 150;
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<List<String>>> writers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      int writer = w;
      writers.add(
          pool.submit(
              () -> {
                start.await();
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < perWriter; i++) {
                  var outcome = intake.accept(invoice("W" + writer + "-" + i), Source.api("t"));
                  numbers.add(((InvoiceIntake.Stored) outcome).invoice().number());
                }
                return numbers;
              }));
    }
    List<String> all = new ArrayList<>();
    for (Future<List<String>> f : writers) {
      all.addAll(f.get());
    }
    pool.shutdown();
    List<Long> sequence =
        jdbc.queryForList(
            "select series_no from invoice where series = 'INV-2026-' order by series_no",
            Long.class);
    assertThat(sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 2L * perWriter).boxed().toList());
    assertThat(all).doesNotHaveDuplicates().hasSize(2 * perWriter).contains("INV-2026-000300");
    assertThat(
            jdbc.queryForObject(
                "select last_value from invoice_number_counter where series = 'INV-2026-'",
                Long.class))
        .isEqualTo(2L * perWriter);
  }

  @Test
  void aRolledBackInsertGivesItsNumberBack() {
    TransactionTemplate tx = new TransactionTemplate(txm);
    intake.accept(invoice("A"), Source.api("t"));
    tx.executeWithoutResult(
        s -> {
          var outcome = intake.accept(invoice("B"), Source.api("t"));
          assertThat(((InvoiceIntake.Stored) outcome).invoice().number())
              .isEqualTo("INV-2026-000002");
          s.setRollbackOnly();
        });
    var again = intake.accept(invoice("C"), Source.api("t"));
    assertThat(((InvoiceIntake.Stored) again).invoice().number()).isEqualTo("INV-2026-000002");
    assertThat(store.byDocumentId("B")).isEmpty();
  }

  @Test
  void aNumberAlreadyTakenByALoadedInvoiceIsSkippedNotRefused() {
    // loaded from the ERP's ledger before the hub numbered invoices (MasterDataStore)
    jdbc.update(
        """
        insert into invoice(number, customer_id, currency, issue_date, due_date, amount)
        values ('INV-2026-000001', 'C1', 'EUR', date '2026-11-01', date '2026-12-01', 50.00)""");
    var outcome = intake.accept(invoice("E"), Source.api("t"));
    assertThat(outcome).isInstanceOf(InvoiceIntake.Stored.class);
    assertThat(((InvoiceIntake.Stored) outcome).invoice().number()).isEqualTo("INV-2026-000002");
  }

  @Test
  void theStoredRowCarriesTermsDatesAndTheCanonicalJson() {
    var stored = ((InvoiceIntake.Stored) intake.accept(invoice("D"), Source.api("t"))).invoice();
    var row =
        jdbc.queryForMap(
            "select due_date, amount, net_amount, tax_amount, terms, status, delivery_state, document_type, canonical->>'number' as json_number, canonical->>'dueDate' as json_due from invoice where id = ?",
            stored.id());
    assertThat(row.get("due_date").toString()).isEqualTo("2026-12-23");
    assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("119.00");
    assertThat((BigDecimal) row.get("tax_amount")).isEqualByComparingTo("19.00");
    assertThat(row.get("terms")).isEqualTo("NET 30");
    assertThat(row.get("status")).isEqualTo("OPEN");
    assertThat(row.get("delivery_state")).isEqualTo("PENDING");
    assertThat(row.get("document_type")).isEqualTo("INVOICE");
    assertThat(row.get("json_number")).isEqualTo(stored.number());
    assertThat(row.get("json_due")).isEqualTo("2026-12-23");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from invoice_line where invoice_id = ?",
                Integer.class,
                stored.id()))
        .isEqualTo(1);
  }

  private static IncomingInvoice invoice(String documentId) {
    Invoice invoice =
        new Invoice(
            "",
            "invoice",
            LocalDate.of(2026, 11, 23),
            Optional.empty(),
            "EUR",
            Optional.empty(),
            Optional.empty(),
            new Invoice.Seller(
                "Seller",
                Optional.empty(),
                Invoice.Address.none(),
                Optional.empty(),
                Optional.empty()),
            new Invoice.Buyer(
                Optional.of("C1"),
                "Customer One",
                Optional.empty(),
                Invoice.Address.none(),
                Optional.empty()),
            List.of(
                new Invoice.Line(
                    "1",
                    "Widget",
                    new BigDecimal("2"),
                    "EA",
                    new BigDecimal("50.00"),
                    "S",
                    new BigDecimal("19"))),
            List.of(),
            List.of(),
            new Invoice.Totals(
                new BigDecimal("100.00"),
                new BigDecimal("19.00"),
                new BigDecimal("119.00"),
                new BigDecimal("119.00")));
    return IncomingInvoice.fromJson(documentId, invoice);
  }
}
