package org.arhub.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a bank reports for one account in one file: a camt.053 Stmt / camt.052 Rpt / camt.054
 * Ntfctn, a BAI2 03 account group, or a lockbox's deposit account. Its entries follow it in the
 * stream.
 *
 * @param statementId camt Stmt/Id (or Rpt/Ntfctn Id); BAI2 "<group as-of date>-<account>"; lockbox
 *     number
 * @param sequence camt ElctrncSeqNb when given
 * @param account IBAN or other account id as the bank writes it
 * @param bankId the account servicer's id (BIC, routing number) when given
 * @param openingBalance opening booked balance (camt OPBD/PRCD, BAI2 010), when stated
 * @param closingBalance closing booked balance (camt CLBD, BAI2 015), when stated
 * @param closingAvailable closing available balance (camt CLAV, BAI2 045), when stated
 */
public record Statement(
    String statementId,
    Optional<Long> sequence,
    String account,
    Optional<String> bankId,
    String currency,
    Optional<LocalDate> date,
    Optional<BigDecimal> openingBalance,
    Optional<BigDecimal> closingBalance,
    Optional<BigDecimal> closingAvailable) {}
