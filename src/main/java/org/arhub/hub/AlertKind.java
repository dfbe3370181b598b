package org.arhub.hub;

/** What an alert is about, so operations can route and silence them by kind. */
public enum AlertKind {
  FILE_QUARANTINED,
  HOST_KEY_REFUSED,
  SFTP_AUTH_FAILED,
  SFTP_UNREACHABLE,
  UNSAFE_REMOTE_NAME,
  INTAKE_FAILED,
  OUTBOUND_FAILED,
  CASH_APPLICATION_FAILED,
  INVOICE_REFUSED,
  INVOICE_DELIVERY_FAILED
}
