package org.arhub.formats.x12;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects, while a file is read, what its acknowledgments need: per interchange its ISA and
 * envelope notes (TA1), per functional group its identity and envelope errors (997 AK1/AK9, 999
 * AK1/AK9), per transaction set accepted / accepted with errors / rejected with the segment and
 * element errors (AK2-AK5 / AK2-IK5). Also what the hub needs of the file: every interchange id
 * (the duplicate key) and every problem in words.
 */
public final class AcknowledgmentCollector {
  private final List<X12InterchangeReceipt> interchanges = new ArrayList<>();

  void accept(X12InterchangeReceipt receipt) {
    interchanges.add(receipt);
  }

  /** The interchanges read, in file order; a rejected one (broken ISA) ends the list. */
  public List<X12InterchangeReceipt> interchanges() {
    return List.copyOf(interchanges);
  }

  /**
   * {@code <ISA06>/<ISA13>} of every interchange, in file order: the keys the hub checks for
   * duplicates.
   */
  public List<String> interchangeIds() {
    return interchanges.stream().map(X12InterchangeReceipt::interchangeId).toList();
  }

  /** Every transaction set that was rejected. */
  public List<X12TransactionSetReceipt> rejectedSets() {
    return interchanges.stream()
        .flatMap(i -> i.groups().stream())
        .flatMap(g -> g.sets().stream())
        .filter(X12TransactionSetReceipt::rejected)
        .toList();
  }

  /**
   * What stands between the file and a clean acceptance, in words with positions: rejected
   * transaction sets, and the envelope errors of groups and interchanges (trailers, structure).
   * Syntax errors of accepted sets and odd ISA values (acknowledged as accepted with errors) are
   * not in it.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (X12InterchangeReceipt i : interchanges) {
      problems.addAll(i.reasons());
      for (X12GroupReceipt g : i.groups()) {
        problems.addAll(g.reasons());
        for (X12TransactionSetReceipt s : g.sets()) {
          s.rejection().ifPresent(problems::add);
        }
      }
    }
    problems.sort(Comparator.comparingInt(AcknowledgmentCollector::segmentNumber));
    return problems;
  }

  /** Problems start with "segment N": they are listed in file order. */
  private static int segmentNumber(String problem) {
    int end = 8;
    while (end < problem.length() && Character.isDigit(problem.charAt(end))) {
      end++;
    }
    return problem.startsWith("segment ") && end > 8
        ? Integer.parseInt(problem.substring(8, end))
        : Integer.MAX_VALUE;
  }
}
