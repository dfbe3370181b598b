package org.arhub.formats.bai2;

/**
 * BAI2 v2, 98 Group Trailer record: group control total (sum of the group's 49 control totals),
 * number of accounts, number of records (02, everything in the accounts, 88s and this 98).
 */
record Bai2GroupTrailer(Long controlTotal, Long numberOfAccounts, Long numberOfRecords) {

  static Bai2GroupTrailer read(Bai2Fields fields) {
    Long total = fields.amount("group control total", true);
    Long accounts = fields.number("number of accounts", true);
    Long records = fields.number("number of records", true);
    fields.expectEnd("98 group trailer");
    return new Bai2GroupTrailer(total, accounts, records);
  }
}
