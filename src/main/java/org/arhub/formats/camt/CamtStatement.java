package org.arhub.formats.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.BankEntry;
import org.arhub.model.Statement;
import org.arhub.model.StatementTotals;

/**
 * Stmt (camt.053), Rpt (camt.052), Ntfctn (camt.054): one account's report. Its header (Id,
 * ElctrncSeqNb, Acct, Bal) precedes its entries in the schema; the statement is handed on at its
 * first Ntry, and each entry as soon as it is read, so a statement of any length streams.
 *
 * <p>The currency is Acct/Ccy, else that of the first entry, else that of the first balance (else
 * "XXX", ISO 4217's "no currency", for a report with neither): where a sample's balances and
 * entries disagree, the entries are what the hub applies. Opening is OPBD, else PRCD (the previous
 * closing, which some banks send instead); closing is CLBD; available is CLAV. A balance in another
 * currency than the statement's cannot be a balance of this account in the model and is left out
 * (and so not checked for continuity). The statement's date is that of its closing balance, else
 * the end of its period (FrToDt/ToDtTm), else its creation.
 */
final class CamtStatement {
  private static final String NO_CURRENCY = "XXX";

  private final XmlCursor x;
  private final BankFileSink sink;
  private final int level;
  private String id;
  private Long sequence;
  private LocalDate created;
  private LocalDate periodEnd;
  private CamtAccount account;
  private final List<CamtBalance> balances = new ArrayList<>(4);
  private Statement statement;
  private StatementTotals totals;
  private int entries;

  private CamtStatement(XmlCursor x, BankFileSink sink) {
    this.x = x;
    this.sink = sink;
    this.level = x.depth();
  }

  /**
   * Reads the statement element the cursor is on and hands it, its entries and its end to the sink.
   */
  static void read(XmlCursor x, int index, BankFileSink sink) throws InvalidFileException {
    x.index(index);
    new CamtStatement(x, sink).read();
  }

  private void read() throws InvalidFileException {
    while (x.nextChild()) {
      switch (x.name()) {
        case "Id" -> id = x.text();
        case "ElctrncSeqNb" -> sequence = CamtValues.number(x);
        case "CreDtTm" -> created = CamtValues.dateTime(x).toLocalDate();
        case "FrToDt" -> periodEnd = periodEnd(x);
        case "Acct" -> account = CamtAccount.read(x);
        case "Bal" -> balance();
        case "Ntry" -> entry();
        default -> x.skip();
      }
    }
    if (statement == null) {
      start(null);
    }
    sink.endStatement(totals.end());
  }

  private void balance() throws InvalidFileException {
    if (statement != null) {
      throw x.error("a balance after the entries: Bal must precede Ntry");
    }
    x.index(balances.size() + 1);
    balances.add(CamtBalance.read(x));
  }

  private void entry() throws InvalidFileException {
    x.index(++entries);
    CamtEntry entry = CamtEntry.read(x);
    if (statement == null) {
      start(entry.currency());
    }
    BankEntry model = entry.toModel(statement, entries, x);
    totals.add(model);
    sink.entry(model);
  }

  private void start(String firstEntryCurrency) throws InvalidFileException {
    if (id == null || id.isEmpty()) {
      throw x.errorAt(level, "the statement has no Id (required)");
    }
    if (account == null || account.id().isEmpty()) {
      throw x.errorAt(
          level, "the statement has no account id (Acct/Id/IBAN or Acct/Id/Othr/Id, required)");
    }
    String currency =
        account
            .currency()
            .or(() -> Optional.ofNullable(firstEntryCurrency))
            .or(() -> balances.stream().findFirst().map(b -> b.amount().currency()))
            .orElse(NO_CURRENCY);
    Optional<CamtBalance> opening = balance("OPBD", currency).or(() -> balance("PRCD", currency));
    Optional<CamtBalance> closing = balance("CLBD", currency);
    Optional<LocalDate> date =
        balances.stream()
            .filter(b -> b.is("CLBD"))
            .findFirst()
            .flatMap(CamtBalance::date)
            .or(() -> Optional.ofNullable(periodEnd))
            .or(() -> Optional.ofNullable(created));
    statement =
        new Statement(
            id,
            Optional.ofNullable(sequence),
            account.id().get(),
            account.servicer(),
            currency,
            date,
            opening.map(CamtStatement::amount),
            closing.map(CamtStatement::amount),
            balance("CLAV", currency).map(CamtStatement::amount));
    totals = new StatementTotals(statement);
    sink.statement(statement);
  }

  private Optional<CamtBalance> balance(String type, String currency) {
    return balances.stream()
        .filter(b -> b.is(type) && b.amount().currency().equals(currency))
        .findFirst();
  }

  private static BigDecimal amount(CamtBalance balance) {
    return balance.amount().amount();
  }

  /** FrToDt/ToDtTm as a date: the day the report runs to. */
  private static LocalDate periodEnd(XmlCursor x) throws InvalidFileException {
    LocalDate end = null;
    while (x.nextChild()) {
      if (x.name().equals("ToDtTm")) {
        end = CamtValues.dateTime(x).toLocalDate();
      } else {
        x.skip();
      }
    }
    return end;
  }
}
