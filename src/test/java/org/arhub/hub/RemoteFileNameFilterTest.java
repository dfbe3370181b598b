package org.arhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RemoteFileNameFilterTest {
  @Test
  void ordinaryBankFileNamesAreSafe() {
    assertThat(RemoteFileNameFilter.problem("BAI2-20261120.bai")).isNull();
    assertThat(RemoteFileNameFilter.problem("camt.053 statement (1).xml")).isNull();
  }

  @Test
  void namesThatCouldLeaveTheDirectoryAreRefused() {
    assertThat(RemoteFileNameFilter.problem("../etc/passwd"))
        .isEqualTo("contains a path separator");
    assertThat(RemoteFileNameFilter.problem("a\\b.bai")).isEqualTo("contains a path separator");
    assertThat(RemoteFileNameFilter.problem("..bai")).isEqualTo("contains '..'");
    assertThat(RemoteFileNameFilter.problem("a\nb")).isEqualTo("contains control characters");
    assertThat(RemoteFileNameFilter.problem(" ")).isEqualTo("has no name");
  }

  @Test
  void sftpFailuresAreClassifiedForAlerts() {
    Exception changed =
        new RuntimeException(
            "Cannot connect", new Exception("HostKey has been changed: [localhost]:2222"));
    assertThat(SftpPollAlerts.classify(changed)).isEqualTo(AlertKind.HOST_KEY_REFUSED);
    assertThat(SftpPollAlerts.classify(new Exception("reject HostKey: localhost")))
        .isEqualTo(AlertKind.HOST_KEY_REFUSED);
    assertThat(SftpPollAlerts.classify(new Exception("Auth fail for methods 'publickey'")))
        .isEqualTo(AlertKind.SFTP_AUTH_FAILED);
    assertThat(SftpPollAlerts.classify(new Exception("Connection refused")))
        .isEqualTo(AlertKind.SFTP_UNREACHABLE);
  }
}
