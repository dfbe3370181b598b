package org.arhub.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One payment inside a booked entry: a camt TxDtls (a batch booking has many), a BAI2 16 record, a
 * lockbox check.
 *
 * @param paymentId the bank's reference of the payment: camt TxDtls/Refs/AcctSvcrRef (else the
 *     entry's AcctSvcrRef with the transaction's index), the BAI2 16 bank reference, or lockbox
 *     {@code <lockbox>-<batch>-<item>}
 * @param amount positive; {@code direction} gives the sign
 * @param returnReason camt RtrInf/Rsn code of a returned payment, when given
 */
public record BankTransaction(
    String paymentId,
    BigDecimal amount,
    Direction direction,
    Optional<String> endToEndId,
    Party payer,
    RemittanceInfo remittance,
    Optional<String> returnReason) {}
