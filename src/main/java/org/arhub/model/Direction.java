package org.arhub.model;

/** Which way money moved on the account, as the bank booked it. */
public enum Direction {
  CREDIT,
  DEBIT;

  public Direction reversed() {
    return this == CREDIT ? DEBIT : CREDIT;
  }
}
