package org.arhub.formats.bai2;

/**
 * BAI2 v2 control totals and record counts, added up as the records stream past and checked at each
 * trailer. 49: the sum of every amount in the account's 03 and 16 records, and its records from the
 * 03 to the 49, 88s included. 98: the sum of its 49 totals, its 03s, its records from 02 to 98. 99:
 * the sum of the 98 totals, the 02s, all records from 01 to 99. A trailer is checked against the
 * trailers directly inside it (their stated figures), so one wrong figure is reported once, where
 * it is, not again at every level above.
 */
final class Bai2ControlTotals {
  private final Bai2Problems problems;
  private boolean overflowReported;

  private long accountAmount;
  private long accountRecords;
  private long groupAmount;
  private long groupRecords;
  private long groupAccounts;
  private long fileAmount;
  private long fileRecords;
  private long fileGroups;

  private long records;
  private int groups;
  private int accounts;
  private int details;
  private long computedFileTotal;

  Bai2ControlTotals(Bai2Problems problems) {
    this.problems = problems;
  }

  void fileHeader(int physicalRecords) {
    fileAmount = 0;
    fileRecords = physicalRecords;
    fileGroups = 0;
  }

  void groupHeader(int physicalRecords) {
    groupAmount = 0;
    groupRecords = physicalRecords;
    groupAccounts = 0;
    groups++;
  }

  void accountIdentifier(int physicalRecords, Bai2AccountIdentifier account) {
    accountAmount = 0;
    for (Bai2AccountSummary summary : account.summaries()) {
      if (summary.amount() != null) {
        accountAmount = add(accountAmount, summary.amount());
      }
    }
    accountRecords = physicalRecords;
    groupAccounts++;
    accounts++;
  }

  void transactionDetail(int physicalRecords, Long amount) {
    accountAmount = add(accountAmount, amount == null ? 0 : amount);
    accountRecords += physicalRecords;
    details++;
  }

  /** Every physical record of the file, read or not, for the report. */
  void seen(int physicalRecords) {
    records += physicalRecords;
  }

  /**
   * A record that belongs to no envelope level of its own (unknown, out of place): counted where it
   * stands.
   */
  void strayInAccount(int physicalRecords) {
    accountRecords += physicalRecords;
  }

  void strayInGroup(int physicalRecords) {
    groupRecords += physicalRecords;
  }

  void strayInFile(int physicalRecords) {
    fileRecords += physicalRecords;
  }

  void accountTrailer(Bai2LogicalRecord record, Bai2AccountTrailer trailer, String account) {
    accountRecords += record.physicalRecords();
    String position = record.position();
    if (trailer.controlTotal() != null && trailer.controlTotal() != accountAmount) {
      problems.add(
          position,
          "account control total "
              + trailer.controlTotal()
              + " != computed "
              + accountAmount
              + " for account "
              + account);
    }
    if (trailer.numberOfRecords() != null && trailer.numberOfRecords() != accountRecords) {
      problems.add(
          position,
          "account record count "
              + trailer.numberOfRecords()
              + " != counted "
              + accountRecords
              + " for account "
              + account);
    }
    closeAccount(trailer.controlTotal(), trailer.numberOfRecords());
  }

  /**
   * An account that ended without its 49 (already a problem): its figures still go into its
   * group's.
   */
  void accountWithoutTrailer() {
    closeAccount(null, null);
  }

  void groupTrailer(Bai2LogicalRecord record, Bai2GroupTrailer trailer, String originator) {
    groupRecords += record.physicalRecords();
    String position = record.position();
    String group = " for the group of originator " + originator;
    if (trailer.controlTotal() != null && trailer.controlTotal() != groupAmount) {
      problems.add(
          position,
          "group control total "
              + trailer.controlTotal()
              + " != computed "
              + groupAmount
              + " (sum of its 49 account control totals)"
              + group);
    }
    if (trailer.numberOfAccounts() != null && trailer.numberOfAccounts() != groupAccounts) {
      problems.add(
          position,
          "group number of accounts "
              + trailer.numberOfAccounts()
              + " != counted "
              + groupAccounts
              + group);
    }
    if (trailer.numberOfRecords() != null && trailer.numberOfRecords() != groupRecords) {
      problems.add(
          position,
          "group record count "
              + trailer.numberOfRecords()
              + " != counted "
              + groupRecords
              + group);
    }
    closeGroup(trailer.controlTotal(), trailer.numberOfRecords());
  }

  void groupWithoutTrailer() {
    closeGroup(null, null);
  }

  void fileTrailer(Bai2LogicalRecord record, Bai2FileTrailer trailer) {
    fileRecords += record.physicalRecords();
    String position = record.position();
    if (trailer.controlTotal() != null && trailer.controlTotal() != fileAmount) {
      problems.add(
          position,
          "file control total "
              + trailer.controlTotal()
              + " != computed "
              + fileAmount
              + " (sum of its 98 group control totals)");
    }
    if (trailer.numberOfGroups() != null && trailer.numberOfGroups() != fileGroups) {
      problems.add(
          position,
          "file number of groups " + trailer.numberOfGroups() + " != counted " + fileGroups);
    }
    if (trailer.numberOfRecords() != null && trailer.numberOfRecords() != fileRecords) {
      problems.add(
          position,
          "file record count " + trailer.numberOfRecords() + " != counted " + fileRecords);
    }
  }

  Bai2Report report() {
    return new Bai2Report(problems.list(), records, groups, accounts, details, computedFileTotal);
  }

  private void closeAccount(Long statedTotal, Long statedRecords) {
    groupAmount = add(groupAmount, statedTotal != null ? statedTotal : accountAmount);
    groupRecords += statedRecords != null ? statedRecords : accountRecords;
    computedFileTotal = add(computedFileTotal, accountAmount);
  }

  private void closeGroup(Long statedTotal, Long statedRecords) {
    fileAmount = add(fileAmount, statedTotal != null ? statedTotal : groupAmount);
    fileRecords += statedRecords != null ? statedRecords : groupRecords;
    fileGroups++;
  }

  private long add(long sum, long amount) {
    try {
      return Math.addExact(sum, amount);
    } catch (ArithmeticException e) {
      if (!overflowReported) {
        overflowReported = true;
        problems.add("control totals", "amounts add up beyond the range of a 64-bit number");
      }
      return sum;
    }
  }
}
