package org.arhub.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the bank booked: a camt Ntry (its booked amount, even when a sample's TxDtls do not add up
 * to it), a BAI2 16 record, a lockbox check. Its transactions are the payments inside it.
 *
 * @param bankRef camt Ntry/AcctSvcrRef, BAI2 16 bank reference, lockbox item id
 * @param typeCode the bank's transaction code: camt "Domn/Fmly/SubFmly" or proprietary, BAI2 type
 *     code
 * @param reversal camt RvslInd: this entry reverses an earlier one
 * @param availability BAI2 funds type / camt Avlbty in plain words, when given
 */
public record BankEntry(
    BigDecimal amount,
    Direction direction,
    Optional<LocalDate> bookingDate,
    Optional<LocalDate> valueDate,
    Optional<String> bankRef,
    Optional<String> typeCode,
    boolean reversal,
    Optional<String> availability,
    List<BankTransaction> transactions) {
  public BankEntry {
    transactions = List.copyOf(transactions);
  }
}
