package org.arhub.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Closes a statement in the stream with what its entries added up to. Where both balances are
 * stated, opening + credits − debits must equal closing; if not, the statement is flagged (not
 * rejected: the bank's figures are kept as sent) with both figures in {@code continuityProblem}.
 */
public record StatementEnd(
    int entries, BigDecimal credits, BigDecimal debits, Optional<String> continuityProblem) {}
