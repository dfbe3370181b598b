package org.arhub.cashapp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.arhub.formats.BankFileSink;
import org.arhub.model.BankEntry;
import org.arhub.model.BankTransaction;
import org.arhub.model.Direction;
import org.arhub.model.DocumentReference;
import org.arhub.model.FileHeader;
import org.arhub.model.Money;
import org.arhub.model.Remittance;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;

/**
 * Turns a bank or remittance file, as a reader streams it, into the payments cash application works
 * on: every credit transaction that is not a reversal (debits and returns are not customer
 * payments), and every remittance advice. Nothing is kept: each part goes to its consumer.
 */
public final class PaymentFeed implements BankFileSink {
  private final String channel;
  private final Consumer<IncomingPayment> payments;
  private final Consumer<Remittance> remittances;
  private Statement statement;

  public PaymentFeed(
      String channel, Consumer<IncomingPayment> payments, Consumer<Remittance> remittances) {
    this.channel = channel;
    this.payments = payments;
    this.remittances = remittances;
  }

  @Override
  public void file(FileHeader header) {}

  @Override
  public void statement(Statement statement) {
    this.statement = statement;
  }

  @Override
  public void entry(BankEntry entry) {
    if (entry.reversal() || entry.direction() != Direction.CREDIT) {
      return;
    }
    LocalDate date =
        entry.valueDate().or(entry::bookingDate).or(statement::date).orElse(LocalDate.now());
    for (BankTransaction transaction : entry.transactions()) {
      if (transaction.direction() == Direction.CREDIT && transaction.returnReason().isEmpty()) {
        payments.accept(payment(transaction, date));
      }
    }
  }

  @Override
  public void endStatement(StatementEnd end) {}

  @Override
  public void remittance(Remittance remittance) {
    remittances.accept(remittance);
  }

  @Override
  public void endFile() {}

  private IncomingPayment payment(BankTransaction transaction, LocalDate date) {
    List<RemittanceLine> lines = new ArrayList<>();
    for (DocumentReference reference : transaction.remittance().references()) {
      lines.add(RemittanceLine.of(lines.size() + 1, reference.invoice(), reference.amount()));
    }
    return new IncomingPayment(
        transaction.paymentId(),
        channel,
        new Money(transaction.amount(), statement.currency()),
        date,
        transaction.endToEndId().filter(id -> !id.equalsIgnoreCase("NOTPROVIDED")),
        transaction
            .payer()
            .name()
            .or(() -> PayerInText.find(transaction.remittance().unstructured())),
        transaction.payer().account(),
        Optional.empty(),
        transaction.remittance().creditorReference(),
        transaction.remittance().unstructured(),
        lines,
        Optional.empty());
  }

  /** The lines of an advice as cash application reads them. */
  public static List<RemittanceLine> linesOf(Remittance remittance) {
    List<RemittanceLine> lines = new ArrayList<>();
    for (Remittance.Line line : remittance.lines()) {
      lines.add(
          new RemittanceLine(
              lines.size() + 1,
              line.invoice(),
              Optional.of(line.paid()),
              line.invoiced(),
              line.discount(),
              line.adjustments()));
    }
    return lines;
  }
}
