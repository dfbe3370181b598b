package org.arhub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.arhub.cashapp.Allocation;
import org.arhub.cashapp.Decision;
import org.arhub.store.CashApplicationStore.ManualAllocation;
import org.arhub.testsupport.TestDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionException;

/**
 * Whatever sequence of decisions, manual applications, write-offs and unapplies is posted (some of
 * them refused), the ledger stays whole: every journal entry balances, no payment gives more than
 * it brought, and every invoice's open amount is its amount less what settled it, never below zero.
 */
class CashApplicationProperties {
  private static final AtomicInteger RUN = new AtomicInteger();
  private static JdbcTemplate jdbc;
  private static CashApplicationStore store;
  private static CashApplicationStoreTest.Rows rows;

  @BeforeContainer
  static void migrate() {
    DataSource db = TestDatabase.migratedDatabase("cashapp_properties");
    jdbc = new JdbcTemplate(db);
    store = new CashApplicationStore(jdbc, new DataSourceTransactionManager(db));
    rows = new CashApplicationStoreTest.Rows(jdbc);
  }

  /** One step: what to do, to which payment and invoices, with which amounts (in cents). */
  record Step(String kind, int payment, int invoice, int cents, int extraCents, boolean split) {}

  @Property(tries = 30)
  void theLedgerStaysWhole(
      @ForAll("invoiceCents") List<Integer> invoices,
      @ForAll("paymentCents") List<Integer> payments,
      @ForAll("steps") List<Step> steps) {
    String run = "R" + RUN.incrementAndGet();
    rows.customer(run, "Customer " + run);
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < invoices.size(); i++) {
      numbers.add(run + "-INV-" + i);
      rows.invoice(numbers.get(i), run, "EUR", cents(invoices.get(i)).toPlainString());
    }
    List<Long> ids = new ArrayList<>();
    for (int cents : payments) {
      ids.add(rows.payment(cents(cents).toPlainString()));
    }

    for (Step step : steps) {
      long payment = ids.get(step.payment() % ids.size());
      String invoice = numbers.get(step.invoice() % numbers.size());
      String other = numbers.get((step.invoice() + 1) % numbers.size());
      String outcome = "posted";
      try {
        switch (step.kind()) {
          case "record" -> {
            Decision decision = decision(rows.paymentId(payment), run, invoice, other, step);
            boolean first = store.record(payment, Optional.empty(), decision, "v", "system");
            if (first) {
              assertThat(store.record(payment, Optional.empty(), decision, "v", "system"))
                  .as("re-applying is a no-op")
                  .isFalse();
            }
          }
          case "manual" ->
              store.applyManually(
                  payment,
                  List.of(
                      new ManualAllocation(
                          invoice,
                          cents(step.cents()),
                          BigDecimal.ZERO,
                          cents(step.extraCents() % 300),
                          BigDecimal.ZERO,
                          Optional.empty())),
                  step.split() ? cents(step.extraCents()) : BigDecimal.ZERO,
                  Optional.of(run),
                  "prop",
                  "property step");
          case "unapply" -> store.unapply(payment, "prop", "property step");
          default -> store.writeOff(payment, "prop", "property step");
        }
      } catch (IllegalArgumentException | IllegalStateException refused) {
        // the store refused a step that did not fit: that is allowed, a partial posting is not
        outcome = "refused";
      } catch (DataAccessException | TransactionException refusedByDatabase) {
        assertThat(messages(refusedByDatabase)).containsAnyOf("over-applied", "over-settled");
        outcome = "refused by the database";
      }
      Statistics.collect(step.kind(), outcome);
    }

    assertThat(
            jdbc.queryForList(
                "select entry_id from journal_line group by entry_id, currency having sum(debit) <> sum(credit)"))
        .isEmpty();
    assertThat(
            jdbc.queryForList(
                """
                select p.id from bank_payment p
                where p.amount < coalesce((select sum(case when reversal_of is null then amount else -amount end)
                                           from payment_application where bank_payment_id = p.id), 0)
                               + coalesce((select sum(case when reversal_of is null then amount else -amount end)
                                           from payment_on_account where bank_payment_id = p.id), 0)"""))
        .as("applied <= paid")
        .isEmpty();
    for (Map<String, Object> invoice :
        jdbc.queryForList(
            """
            select i.number, i.amount, b.open_amount,
                   i.amount - coalesce((select sum(case when a.reversal_of is null then 1 else -1 end
                                                   * (a.amount + a.discount_amount + a.write_off_amount))
                                        from payment_application a where a.invoice_id = i.id), 0) as expected
            from invoice i join invoice_balance b on b.invoice_id = i.id
            where i.customer_id = ?""",
            run)) {
      BigDecimal open = (BigDecimal) invoice.get("open_amount");
      assertThat(open)
          .as("open amount of %s", invoice.get("number"))
          .isGreaterThanOrEqualTo(BigDecimal.ZERO);
      assertThat(open).isEqualByComparingTo((BigDecimal) invoice.get("expected"));
    }
    // the sub-ledger agrees with the rows: receivables credited = what settled invoices (a
    // deduction moved to disputed receivables is still owed)
    BigDecimal settled =
        jdbc.queryForObject(
            """
            select coalesce(sum(i.amount - b.open_amount), 0) from invoice i join invoice_balance b on b.invoice_id = i.id""",
            BigDecimal.class);
    BigDecimal receivables =
        jdbc.queryForObject(
            "select coalesce(sum(credit - debit), 0) from journal_line where account in ('1100', '1150')",
            BigDecimal.class);
    assertThat(receivables).isEqualByComparingTo(settled);
  }

  private static Decision decision(
      String paymentId, String customer, String invoice, String other, Step step) {
    List<Allocation> allocations = new ArrayList<>();
    allocations.add(
        new Allocation(
            invoice,
            customer,
            cents(step.cents()),
            cents(step.extraCents() % 500),
            cents(step.extraCents() % 7),
            cents(step.extraCents() % 3),
            Optional.of("x12:01 pricing"),
            Optional.empty()));
    if (step.split() && !other.equals(invoice)) {
      allocations.add(
          new Allocation(
              other,
              customer,
              cents(step.extraCents()),
              BigDecimal.ZERO.setScale(2),
              BigDecimal.ZERO.setScale(2),
              BigDecimal.ZERO.setScale(2),
              Optional.empty(),
              Optional.empty()));
    }
    return new Decision(
        paymentId,
        step.cents() % 5 == 0 ? Decision.Outcome.EXCEPTION : Decision.Outcome.APPLIED,
        Optional.of(customer),
        "PROPERTY",
        new BigDecimal("0.900"),
        allocations,
        cents(step.extraCents() % 1000),
        Optional.of("property"),
        List.of(),
        List.of());
  }

  private static BigDecimal cents(int cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  private static String messages(Throwable t) {
    StringBuilder out = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      out.append(c.getMessage()).append('\n');
    }
    return out.toString();
  }

  @Provide
  Arbitrary<List<Integer>> invoiceCents() {
    return Arbitraries.integers().between(1_000, 50_000).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Integer>> paymentCents() {
    return Arbitraries.integers().between(500, 60_000).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.of("record", "record", "manual", "unapply", "writeOff"),
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 40_000),
                Arbitraries.integers().between(0, 20_000),
                Arbitraries.of(true, false))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(8);
  }
}
