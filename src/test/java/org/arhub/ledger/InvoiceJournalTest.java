package org.arhub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arhub.model.Money;
import org.junit.jupiter.api.Test;

/** Invoices, credit notes, refunds and FX differences on the shipped chart of accounts. */
class InvoiceJournalTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  private static final ChartOfAccounts CHART = ChartOfAccounts.standard();
  private final InvoiceJournal journal = new InvoiceJournal(CHART, CHART.company());

  private static ArDocument.Line line(String net, String tax, String category, String rate) {
    return new ArDocument.Line(
        new BigDecimal(net),
        new BigDecimal(tax),
        Optional.ofNullable(category),
        Optional.ofNullable(rate).map(BigDecimal::new));
  }

  private static ArDocument invoice(
      String gross, Optional<String> group, ArDocument.Line... lines) {
    return new ArDocument("INV-9", "C1", group, "EUR", DAY, new BigDecimal(gross), List.of(lines));
  }

  private static List<String> lines(JournalEntry entry) {
    return entry.lines().stream()
        .map(
            l ->
                l.account()
                    + (l.debit().signum() > 0
                        ? " Dr " + l.debit().toPlainString()
                        : " Cr " + l.credit().toPlainString()))
        .toList();
  }

  @Test
  void anInvoiceDebitsReceivablesAndCreditsRevenuePerCategoryAndTaxPerRate() {
    JournalEntry entry =
        journal.invoiceIssued(
            invoice(
                "296.00",
                Optional.empty(),
                line("100.00", "19.00", "S", "19"),
                line("50.00", "9.50", "S", "19"),
                line("100.00", "7.00", "S", "7"),
                line("10.50", "0.00", "Z", "0")));

    assertThat(entry.postingId()).isEqualTo("invoice:INV-9");
    assertThat(entry.source()).isEqualTo(InvoiceJournal.INVOICE_SOURCE);
    assertThat(lines(entry))
        .containsExactly(
            "1100 Dr 296.00",
            "4000 Cr 150.00",
            "4300 Cr 100.00",
            "4120 Cr 10.50",
            "1776 Cr 28.50",
            "1771 Cr 7.00");
    assertThat(entry.lines()).allMatch(l -> l.memo().equals(Optional.of("INV-9")));
  }

  @Test
  void aCustomerGroupChoosesItsReceivablesAccount() {
    JournalEntry entry =
        journal.invoiceIssued(
            invoice("119.00", Optional.of("intercompany"), line("100.00", "19.00", "S", "19")));

    assertThat(lines(entry)).first().isEqualTo("1180 Dr 119.00");
  }

  @Test
  void aCreditNotePostsTheInvoiceTheOtherWayRound() {
    ArDocument note = invoice("119.00", Optional.empty(), line("100.00", "19.00", "S", "19"));

    JournalEntry entry = journal.creditNote(note);

    assertThat(entry.postingId()).isEqualTo("credit-note:INV-9");
    assertThat(lines(entry)).containsExactly("1100 Cr 119.00", "4000 Dr 100.00", "1776 Dr 19.00");
  }

  @Test
  void linesThatDoNotAddUpToTheTotalAreRefusedNamingTheInvoice() {
    assertThatThrownBy(
            () ->
                journal.invoiceIssued(
                    invoice("120.00", Optional.empty(), line("100.00", "19.00", "S", "19"))))
        .hasMessage(
            "invoice INV-9: lines add up to 119.00 (net + tax) but the document's total is 120.00 EUR");
  }

  @Test
  void aRefundPaysBackCashOnAccount() {
    JournalEntry entry =
        new ArJournal(CHART).refund("refund:R-1", "R-1", DAY, Money.of("40.00", "USD"), "C1");

    assertThat(lines(entry)).containsExactly("2410 Dr 40.00", "1210 Cr 40.00");
  }

  @Test
  void withoutARateSourceNoFxDifferenceIsPosted() {
    FxDifferenceJournal fx =
        new FxDifferenceJournal(CHART, CHART.fx(), FxRates.read("2026-11-01,USD,0.90\n", "r.csv"));

    assertThat(
            fx.realised(
                "app:1:INV-9", "INV-9", Optional.empty(), DAY, DAY, Money.of("100.00", "USD")))
        .isEmpty();
  }

  @Test
  void aForeignInvoicePaidAtAnotherRateRealisesAGainOrALoss() {
    FxRates rates =
        FxRates.read("date,currency,rate\n2026-11-01,USD,0.90\n2026-11-20,USD,0.95\n", "r.csv");
    FxDifferenceJournal fx =
        new FxDifferenceJournal(CHART, new FxPolicy("EUR", Optional.of("r.csv")), rates);
    LocalDate issued = LocalDate.of(2026, 11, 2);

    JournalEntry gain =
        fx.realised(
                "app:1:INV-9",
                "INV-9",
                Optional.empty(),
                issued,
                LocalDate.of(2026, 11, 21),
                Money.of("100.00", "USD"))
            .orElseThrow();
    JournalEntry loss =
        fx.realised(
                "app:2:INV-8",
                "INV-8",
                Optional.empty(),
                LocalDate.of(2026, 11, 21),
                issued,
                Money.of("100.00", "USD"))
            .orElseThrow();

    assertThat(gain.postingId()).isEqualTo("fx:app:1:INV-9");
    assertThat(lines(gain)).containsExactly("1100 Dr 5.00", "4840 Cr 5.00");
    assertThat(gain.lines()).allMatch(l -> l.currency().equals("EUR"));
    assertThat(lines(loss)).containsExactly("6880 Dr 5.00", "1100 Cr 5.00");
    assertThat(
            fx.realised("x", "INV-7", Optional.empty(), issued, issued, Money.of("100.00", "EUR")))
        .as("an invoice in the functional currency has no FX difference")
        .isEmpty();
  }

  @Test
  void aBadRateFileIsRefusedWithEveryBadLine() {
    assertThatThrownBy(() -> FxRates.read("2026-11-01,usd,0.9\n2026-13-01,USD,1\nx", "rates.csv"))
        .hasMessageStartingWith("rates.csv: line 1: expected date,currency,rate")
        .hasMessageContaining("line 2:")
        .hasMessageContaining("line 3:");
  }
}
