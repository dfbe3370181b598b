/**
 * BAI2 reader: BAI Cash Management Balance Reporting Specifications Version 2, as banks send it.
 *
 * <h2>Reading</h2>
 *
 * <ul>
 *   <li>{@link org.arhub.formats.bai2.Bai2LineReader} yields physical lines (CRLF, LF, CR; optional
 *       UTF-8 BOM; ASCII, else UTF-8, else ISO-8859-1; at most 1 MiB a line).
 *   <li>{@link org.arhub.formats.bai2.Bai2RecordSplitter} yields logical records: a record starts
 *       with a two-digit code and a comma and ends with "/" or at the end of its line (the "/" may
 *       be missing, and 80-column space padding after it is ignored); several records may share a
 *       line. A "/" counts as the terminator only when blanks, or blanks and the next record,
 *       follow it: a "/" inside a reference or text is data. An 88 joins the record before it (any
 *       record: 03 summaries, 16 text, trailers). A line that starts without a record code while a
 *       16 is still open (no "/" yet) wraps that 16's text; it is no record and is not counted.
 *   <li>{@link org.arhub.formats.bai2.Bai2Fields} reads fields across the 88s: an 88 goes on with
 *       the field after the last one before it. Each record type ({@code Bai2FileHeader}, {@code
 *       Bai2GroupHeader}, {@code Bai2AccountIdentifier}, {@code Bai2TransactionDetail}, {@code
 *       Bai2AccountTrailer}, {@code Bai2GroupTrailer}, {@code Bai2FileTrailer}) reads its own.
 *   <li>Amounts have implied decimals: the currency's ISO 4217 minor units (JPY none), the currency
 *       being the 03's, else the 02's, else USD; an optional leading + or -; a 16 amount has no
 *       sign.
 *   <li>Funds type ({@link org.arhub.formats.bai2.Bai2FundsType}) decides how many fields follow
 *       it: V a value date and time, S three amounts, D a count and that many (days, amount) pairs.
 *   <li>Dates are YYMMDD (80-99 = 19xx, 00-79 = 20xx); times HHMM, 2400 and 9999 = end of day.
 * </ul>
 *
 * <h2>Checks</h2>
 *
 * <p>Control totals and record counts are enforced ({@link
 * org.arhub.formats.bai2.Bai2ControlTotals}): a 49 states the sum of all amounts of its account's
 * 03 and 16 records and the account's records from 03 to 49, 88s included; a 98 the sum of its 49
 * totals, its number of accounts and its records from 02 to 98; a 99 the sum of the 98 totals, the
 * number of groups and all records from 01 to 99. Records out of order, missing trailers, unknown
 * record codes and type codes, and bad amounts, dates, times, funds types and currencies are
 * problems naming line, record and field. One pass collects every problem of a file ({@link
 * org.arhub.formats.bai2.Bai2Reader#validate}); {@code read} throws with the first. A file that
 * does not start with an 01 is not read further.
 *
 * <h2>Canonical mapping</h2>
 *
 * <ul>
 *   <li>01 → {@code FileHeader}: format "BAI2", fileId {@code
 *       <sender>/<receiver>/<yymmdd>/<hhmm>/<file id number>} as written, sender, receiver, created
 *       (end-of-day times as the next day's 00:00).
 *   <li>03 → {@code Statement}: statementId {@code <group as-of date yyyy-mm-dd>/<account>} ("/2",
 *       "/3"... when the same date and account come again in the file), the customer account
 *       number, bankId = the 02's originator, the effective currency, date = the group's as-of
 *       date; opening balance = 010 (opening ledger), closing = 015 (closing ledger), closing
 *       available = 045, each only when the 03 states it.
 *   <li>16 → one {@code BankEntry} with one {@code BankTransaction}: the amount, direction from the
 *       type code (table, else the spec's ranges: 100-399 credit, 400-699 debit, 920-959 custom
 *       credit, 960-999 custom debit), typeCode the three digits, bankRef the bank reference
 *       number, bookingDate the group's as-of date, valueDate the V funds type's date, availability
 *       the funds type in plain words. The transaction's paymentId is the bank reference number,
 *       else the customer reference number, else {@code <statementId>#<n>} (n = the 16's place in
 *       its account, from 1); endToEndId is the customer reference number; remittance.unstructured
 *       is the 16's text, one string per physical line (the 16's own, then each 88 or wrapped
 *       line), trailing blanks cut, blank lines dropped. A 16 with a non-monetary code (890) is
 *       counted in the totals but books no entry; a 16 with an account status code is a problem.
 *   <li>49 → {@code endStatement} with the statement's {@code StatementTotals}: balance continuity
 *       (opening + credits − debits = closing) is checked where 010 and 015 are both stated, and a
 *       break is flagged on the statement, not rejected.
 * </ul>
 *
 * Group status (update, deletion, correction, test only) and the as-of-date modifier are checked
 * but not interpreted here.
 */
package org.arhub.formats.bai2;
