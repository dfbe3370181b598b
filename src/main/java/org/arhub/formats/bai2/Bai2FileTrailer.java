package org.arhub.formats.bai2;

/**
 * BAI2 v2, 99 File Trailer record: file control total (sum of the 98 control totals), number of
 * groups, number of records (01, everything in the groups, 88s and this 99).
 */
record Bai2FileTrailer(Long controlTotal, Long numberOfGroups, Long numberOfRecords) {

  static Bai2FileTrailer read(Bai2Fields fields) {
    Long total = fields.amount("file control total", true);
    Long groups = fields.number("number of groups", true);
    Long records = fields.number("number of records", true);
    fields.expectEnd("99 file trailer");
    return new Bai2FileTrailer(total, groups, records);
  }
}
