package org.arhub.formats.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.BankEntry;
import org.arhub.model.BankTransaction;
import org.arhub.model.Direction;
import org.arhub.model.Money;
import org.arhub.model.Party;
import org.arhub.model.Statement;

/**
 * Ntry (ReportEntry): what the bank booked, with the payments inside it (NtryDtls/TxDtls). The
 * entry keeps its booked amount even when the amounts of its TxDtls do not add up to it. An entry
 * without TxDtls is one payment built from the entry; so is a batch whose TxDtls state no amounts
 * (camt.05x.001.02 has no TxDtls/Amt): its split is unknown, so it is one payment of the booked
 * amount that carries the remittance of all its TxDtls, the way a remittance advice lists the
 * invoices one payment pays.
 */
final class CamtEntry {
  private Money amount;
  private Direction direction;
  private boolean reversal;
  private LocalDate bookingDate;
  private LocalDate valueDate;
  private String bankRef;
  private Optional<String> typeCode = Optional.empty();
  private String additionalInfo;
  private final CamtAvailability availability = new CamtAvailability();
  private final List<CamtTransactionDetails> details = new ArrayList<>(1);

  static CamtEntry read(XmlCursor x) throws InvalidFileException {
    CamtEntry entry = new CamtEntry();
    while (x.nextChild()) {
      switch (x.name()) {
        case "Amt" -> entry.amount = CamtValues.amount(x);
        case "CdtDbtInd" -> entry.direction = CamtValues.direction(x);
        case "RvslInd" -> entry.reversal = CamtValues.indicator(x);
        case "Sts" -> entry.availability.status(x);
        case "BookgDt" -> entry.bookingDate = CamtValues.dateChoice(x);
        case "ValDt" -> entry.valueDate = CamtValues.dateChoice(x);
        case "AcctSvcrRef" -> entry.bankRef = CamtAccount.blankToNull(x.text());
        case "Avlbty" -> entry.availability.availability(x);
        case "BkTxCd" -> entry.typeCode = CamtBankTransactionCode.read(x);
        case "NtryDtls" -> entry.entryDetails(x);
        case "AddtlNtryInf" -> entry.additionalInfo = CamtAccount.blankToNull(x.text());
        default -> x.skip();
      }
    }
    if (entry.amount == null) {
      throw x.errorInLeft("the entry has no Amt (required)");
    }
    if (entry.direction == null) {
      throw x.errorInLeft("the entry has no CdtDbtInd (required)");
    }
    return entry;
  }

  String currency() {
    return amount.currency();
  }

  /**
   * The model's entry in {@code statement}. Call right after {@link #read}, while the cursor still
   * stands behind this Ntry, so that errors name it.
   *
   * @param entryIndex 1-based position of the entry in its statement
   */
  BankEntry toModel(Statement statement, int entryIndex, XmlCursor x) throws InvalidFileException {
    BigDecimal booked = inStatementCurrency(amount, statement.currency(), "amount", x);
    List<BankTransaction> transactions;
    if (details.isEmpty()
        || details.size() > 1 && details.stream().allMatch(tx -> tx.statedAmount().isEmpty())) {
      transactions = List.of(wholeEntry(statement, entryIndex, booked));
    } else {
      transactions = eachPayment(statement, entryIndex, x);
    }
    return new BankEntry(
        booked,
        direction,
        Optional.ofNullable(bookingDate),
        Optional.ofNullable(valueDate),
        Optional.ofNullable(bankRef),
        typeCode,
        reversal,
        availability.text(),
        transactions);
  }

  private List<BankTransaction> eachPayment(Statement statement, int entryIndex, XmlCursor x)
      throws InvalidFileException {
    boolean single = details.size() == 1;
    Map<String, Integer> servicerRefs = servicerRefCounts();
    List<BankTransaction> transactions = new ArrayList<>(details.size());
    for (int i = 0; i < details.size(); i++) {
      CamtTransactionDetails tx = details.get(i);
      int index = i + 1;
      Money paid =
          tx.amountIn(currency())
              .or(() -> single ? Optional.of(amount) : tx.statedAmount())
              .orElse(null);
      if (paid == null) {
        throw x.errorInLeft(
            "TxDtls["
                + index
                + "] of this batch entry has no amount (neither Amt nor AmtDtls/TxAmt/Amt)"
                + " while others have one, so the booked amount cannot be split");
      }
      Direction txDirection = tx.direction().orElse(direction);
      CamtRemittance remittance = tx.remittance();
      if (single && additionalInfo != null) {
        remittance.addText(additionalInfo);
      }
      transactions.add(
          new BankTransaction(
              paymentId(
                  tx.accountServicerRef(),
                  index,
                  servicerRefs,
                  statement.statementId(),
                  entryIndex),
              inStatementCurrency(paid, statement.currency(), "TxDtls[" + index + "] amount", x),
              txDirection,
              tx.endToEndId(),
              tx.counterparty(txDirection, statement.account()),
              remittance.toModel(statement.currency()),
              tx.returnReason()));
    }
    return transactions;
  }

  /** One payment of the booked amount: the entry itself, or a batch that cannot be split. */
  private BankTransaction wholeEntry(Statement statement, int entryIndex, BigDecimal booked) {
    CamtRemittance remittance = new CamtRemittance();
    Set<Party> counterparties = new LinkedHashSet<>();
    Set<Optional<String>> endToEndIds = new LinkedHashSet<>();
    Optional<String> returnReason = Optional.empty();
    for (CamtTransactionDetails tx : details) {
      remittance.append(tx.remittance());
      counterparties.add(tx.counterparty(direction, statement.account()));
      endToEndIds.add(tx.endToEndId());
      returnReason = returnReason.or(tx::returnReason);
    }
    if (additionalInfo != null) {
      remittance.addText(additionalInfo);
    }
    return new BankTransaction(
        paymentId(Optional.empty(), 1, Map.of(), statement.statementId(), entryIndex),
        booked,
        direction,
        endToEndIds.size() == 1 ? endToEndIds.iterator().next() : Optional.empty(),
        counterparties.size() == 1 ? counterparties.iterator().next() : Party.unknown(),
        remittance.toModel(statement.currency()),
        returnReason);
  }

  private void entryDetails(XmlCursor x) throws InvalidFileException {
    while (x.nextChild()) {
      if (x.name().equals("TxDtls")) {
        x.index(details.size() + 1);
        details.add(CamtTransactionDetails.read(x));
      } else {
        x.skip();
      }
    }
  }

  /**
   * TxDtls/Refs/AcctSvcrRef; else the entry's AcctSvcrRef with the payment's index; else the
   * statement, entry and payment positions. A reference some bank repeats on several TxDtls of one
   * entry gets the index too, so that each payment keeps an id of its own.
   */
  private String paymentId(
      Optional<String> own,
      int index,
      Map<String, Integer> servicerRefs,
      String statementId,
      int entryIndex) {
    if (own.isPresent()) {
      return servicerRefs.get(own.get()) > 1 ? own.get() + "/" + index : own.get();
    }
    if (bankRef != null) {
      return bankRef + "/" + index;
    }
    return statementId + "/" + entryIndex + "/" + index;
  }

  private Map<String, Integer> servicerRefCounts() {
    if (details.size() == 1) {
      return details.get(0).accountServicerRef().map(ref -> Map.of(ref, 1)).orElse(Map.of());
    }
    Map<String, Integer> counts = new HashMap<>();
    for (CamtTransactionDetails tx : details) {
      tx.accountServicerRef().ifPresent(ref -> counts.merge(ref, 1, Integer::sum));
    }
    return counts;
  }

  /**
   * The writer states every amount at the statement currency's scale; one that does not fit is
   * refused, not rounded.
   */
  private static BigDecimal inStatementCurrency(
      Money money, String statementCurrency, String what, XmlCursor x) throws InvalidFileException {
    if (money.currency().equals(statementCurrency)) {
      return money.amount();
    }
    try {
      return Money.atScale(money.amount(), statementCurrency);
    } catch (IllegalArgumentException e) {
      throw x.errorInLeft(
          "the entry's "
              + what
              + " "
              + money
              + " cannot be stated in the statement's currency "
              + statementCurrency
              + " ("
              + Money.scale(statementCurrency)
              + " decimals)");
    }
  }
}
