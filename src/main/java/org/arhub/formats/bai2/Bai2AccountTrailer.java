package org.arhub.formats.bai2;

/**
 * BAI2 v2, 49 Account Trailer record: account control total (the algebraic sum of the amounts of
 * the account's 03 and 16 records) and number of records (03, 16, 88 and this 49).
 */
record Bai2AccountTrailer(Long controlTotal, Long numberOfRecords) {

  static Bai2AccountTrailer read(Bai2Fields fields) {
    Long total = fields.amount("account control total", true);
    Long records = fields.number("number of records", true);
    fields.expectEnd("49 account trailer");
    return new Bai2AccountTrailer(total, records);
  }
}
