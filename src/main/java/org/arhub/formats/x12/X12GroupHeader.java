package org.arhub.formats.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * GS Functional Group Header (X12.6): which kind of transaction sets follow (GS01: RA remittance,
 * IN invoice, FA acknowledgment), the application sender and receiver, the group control number and
 * the version (GS08, e.g. 004010 or 005010X218).
 */
public record X12GroupHeader(
    String functionalId,
    String senderId,
    String receiverId,
    String date,
    String time,
    String controlNumber,
    String agency,
    String version,
    int segmentNumber) {

  static X12GroupHeader read(X12Segment gs) {
    return new X12GroupHeader(
        gs.element(1),
        gs.element(2),
        gs.element(3),
        gs.element(4),
        gs.element(5),
        gs.element(6),
        gs.element(7),
        gs.element(8),
        gs.number());
  }

  /** Problems that the group's acknowledgment reports (AK9), with what is wrong in words. */
  List<Problem> problems(String where) {
    List<Problem> problems = new ArrayList<>();
    if (!X12ControlNumbers.isNumber(controlNumber) || controlNumber.length() > 9) {
      problems.add(
          new Problem(
              X12GroupError.INVALID_CONTROL_NUMBER,
              where + ": GS06 group control number '" + controlNumber + "' is not 1 to 9 digits"));
    }
    if (version.isEmpty()) {
      problems.add(
          new Problem(X12GroupError.VERSION_NOT_SUPPORTED, where + ": GS08 version is missing"));
    }
    return problems;
  }

  record Problem(X12GroupError error, String reason) {}
}
