package org.arhub.ledger.gl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** One journal line as it leaves for the GL, with its entry's identity and dates. */
public record ExportLine(
    long entryId,
    String postingId,
    LocalDate entryDate,
    LocalDate eventDate,
    String description,
    String source,
    Optional<String> sourceRef,
    long lineId,
    String account,
    BigDecimal debit,
    BigDecimal credit,
    String currency,
    Optional<String> memo) {}
