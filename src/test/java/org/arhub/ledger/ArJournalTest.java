package org.arhub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arhub.cashapp.Allocation;
import org.arhub.model.Money;
import org.junit.jupiter.api.Test;

class ArJournalTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private static final ArAccounts ACCOUNTS =
      new ArAccounts("BANK", "AR", "UNAPPLIED", "ONACCOUNT", "DISCOUNT", "WRITEOFF", "DISPUTE");
  private final ArJournal journal = new ArJournal(ACCOUNTS);

  private static Allocation allocation(String cash, String discount, String writeOff) {
    return new Allocation(
        "INV-1",
        "C-1",
        new BigDecimal(cash),
        new BigDecimal(discount),
        new BigDecimal(writeOff),
        BigDecimal.ZERO,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void cashReceivedDebitsTheBankAndCreditsUnappliedCash() {
    JournalEntry entry = journal.cashReceived(7, "PAY-7", DAY, Money.of("300.00", "EUR"));

    assertThat(entry.postingId()).isEqualTo("cash:7");
    assertThat(entry.sourceRef()).isEqualTo("7");
    assertThat(entry.lines())
        .extracting(JournalLine::account, JournalLine::debit, JournalLine::credit)
        .containsExactly(
            tuple("BANK", new BigDecimal("300.00"), new BigDecimal("0.00")),
            tuple("UNAPPLIED", new BigDecimal("0.00"), new BigDecimal("300.00")));
  }

  @Test
  void aDeductionMovesFromReceivablesToDisputedReceivables() {
    JournalEntry entry =
        journal.disputeOpened(
            "dispute:7:INV-1",
            7,
            DAY,
            PostingContext.of("EUR"),
            "INV-1",
            "C-1",
            new BigDecimal("50.00"));

    assertThat(entry.sourceRef()).isEqualTo("7");
    assertThat(entry.lines())
        .extracting(
            JournalLine::account, JournalLine::debit, JournalLine::credit, JournalLine::memo)
        .containsExactly(
            tuple("DISPUTE", new BigDecimal("50.00"), new BigDecimal("0.00"), Optional.of("INV-1")),
            tuple("AR", new BigDecimal("0.00"), new BigDecimal("50.00"), Optional.of("INV-1")));
    assertThat(ArJournal.reversal(entry, DAY, "resolved").lines())
        .extracting(JournalLine::account, JournalLine::debit)
        .containsExactly(
            tuple("DISPUTE", new BigDecimal("0.00")), tuple("AR", new BigDecimal("50.00")));
  }

  @Test
  void anApplicationCreditsReceivablesWithCashDiscountAndWriteOff() {
    JournalEntry entry =
        journal.application("app:7:INV-1", 7, DAY, "EUR", allocation("95.00", "2.00", "3.00"));

    assertThat(entry.lines())
        .extracting(JournalLine::account, JournalLine::debit, JournalLine::credit)
        .containsExactly(
            tuple("UNAPPLIED", new BigDecimal("95.00"), new BigDecimal("0.00")),
            tuple("DISCOUNT", new BigDecimal("2.00"), new BigDecimal("0.00")),
            tuple("WRITEOFF", new BigDecimal("3.00"), new BigDecimal("0.00")),
            tuple("AR", new BigDecimal("0.00"), new BigDecimal("100.00")));
  }

  @Test
  void zeroDiscountAndWriteOffPostNoLine() {
    JournalEntry entry =
        journal.application("app:7:INV-1", 7, DAY, "EUR", allocation("100.00", "0", "0.00"));

    assertThat(entry.lines()).extracting(JournalLine::account).containsExactly("UNAPPLIED", "AR");
  }

  @Test
  void aWriteOffWithoutCashStillBalances() {
    JournalEntry entry =
        journal.application("app:7:INV-1", 7, DAY, "EUR", allocation("0.00", "0.00", "4.00"));

    assertThat(entry.lines()).extracting(JournalLine::account).containsExactly("WRITEOFF", "AR");
  }

  @Test
  void onAccountAndRemainderWriteOffLeaveUnappliedCash() {
    assertThat(journal.onAccount("onaccount:7", 7, DAY, Money.of("55.00", "EUR"), "C-1").lines())
        .extracting(JournalLine::account, JournalLine::debit)
        .containsExactly(
            tuple("UNAPPLIED", new BigDecimal("55.00")),
            tuple("ONACCOUNT", new BigDecimal("0.00")));
    assertThat(journal.writeOff("writeoff:3", 7, DAY, Money.of("0.40", "EUR")).lines())
        .extracting(JournalLine::account, JournalLine::credit)
        .containsExactly(
            tuple("UNAPPLIED", new BigDecimal("0.00")), tuple("WRITEOFF", new BigDecimal("0.40")));
  }

  @Test
  void aReversalSwapsEveryLineUnderItsOwnPostingId() {
    JournalEntry original =
        journal.application("app:7:INV-1", 7, DAY, "EUR", allocation("95.00", "2.00", "3.00"));

    JournalEntry reversal = ArJournal.reversal(original, DAY.plusDays(3), "wrong customer");

    assertThat(reversal.postingId()).isEqualTo("reverse:app:7:INV-1");
    assertThat(reversal.reverses()).contains("app:7:INV-1");
    assertThat(reversal.entryDate()).isEqualTo(DAY.plusDays(3));
    for (int i = 0; i < original.lines().size(); i++) {
      assertThat(reversal.lines().get(i).debit()).isEqualTo(original.lines().get(i).credit());
      assertThat(reversal.lines().get(i).credit()).isEqualTo(original.lines().get(i).debit());
      assertThat(reversal.lines().get(i).account()).isEqualTo(original.lines().get(i).account());
    }
  }

  @Test
  void anUnbalancedEntryNamesItsPostingIdAndCurrency() {
    List<JournalLine> lines =
        List.of(
            JournalLine.debit("BANK", new BigDecimal("10.00"), "EUR", null),
            JournalLine.credit("AR", new BigDecimal("10.00"), "USD", null));

    assertThatThrownBy(() -> new JournalEntry("p-1", DAY, "x", "TEST", "1", lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("journal entry p-1 does not balance: debits 10.00 != credits 0.00 (EUR)");
  }

  @Test
  void aLineIsADebitOrACreditAtTheCurrencysScale() {
    assertThatThrownBy(() -> JournalLine.debit("BANK", BigDecimal.ZERO, "EUR", null))
        .hasMessageContaining("exactly one of debit and credit");
    assertThatThrownBy(() -> JournalLine.debit("BANK", new BigDecimal("1.001"), "EUR", null))
        .hasMessageContaining("more decimals than EUR allows");
    assertThatThrownBy(() -> JournalLine.debit("BANK", new BigDecimal("-1"), "EUR", null))
        .hasMessageContaining("negative");
  }
}
