package org.arhub.formats.x12;

/**
 * Reads the content of one transaction set (an 820, an 810, a 997, ...) from its segments between
 * ST and SE. It may reject the set through {@link X12SetProblems}; it hands its result on only when
 * {@link #accept()} is called, after the set's trailer has been checked.
 */
interface X12TransactionSetReader {
  void segment(X12Segment segment, X12SetProblems problems);

  /** The set's SE has come and its envelope is sound: check what can only be checked at the end. */
  default void end(X12Segment se, X12SetProblems problems) {}

  /** The set is accepted (perhaps with errors noted): hand its content on. */
  void accept();
}
