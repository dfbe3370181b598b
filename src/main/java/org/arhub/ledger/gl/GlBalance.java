package org.arhub.ledger.gl;

import java.math.BigDecimal;

/** One row of the GL's balance report: the account's figure in a currency and period. */
public record GlBalance(String account, String currency, String period, BigDecimal balance) {}
