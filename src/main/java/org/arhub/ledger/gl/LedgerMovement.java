package org.arhub.ledger.gl;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The sub-ledger's net movement (debits minus credits) on an account in a currency and period, of
 * the lines in one export state and batch.
 */
public record LedgerMovement(
    String account,
    String currency,
    String period,
    ExportState state,
    Optional<String> batchId,
    BigDecimal net) {}
