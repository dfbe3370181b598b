package org.arhub.formats.einvoice;

import java.math.BigDecimal;

/**
 * One VAT breakdown (EN 16931 BG-23): the taxable amount of a category and rate and its tax,
 * rounded half-up to the currency's scale once per breakdown (BR-CO-17).
 */
public record TaxSubtotal(
    TaxCategory category, BigDecimal rate, BigDecimal taxable, BigDecimal tax) {}
