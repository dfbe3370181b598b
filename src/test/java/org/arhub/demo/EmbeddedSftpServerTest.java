package org.arhub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Talks to the demo bank the way the hub's sftp consumer does: through JSch, host key pinned. */
class EmbeddedSftpServerTest {

  private static final String USER = "arhub";
  private static final String BAI2 = "01,DEMOBANK,ARHUBDEMO,261120,0600,1,,,2/\n";

  @TempDir Path root;
  @TempDir Path keys;

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "127.0.0.1"})
  void listsDownloadsAndFilesAwayABankFileWithTheHostKeyPinned(String host) throws Exception {
    Files.writeString(root.resolve("BAI2-20261120.bai"), BAI2);
    Files.writeString(root.resolve("BAI2-20261120.bai.tmp"), "half-written upload");
    try (EmbeddedSftpServer bank = EmbeddedSftpServer.start(root, 0, keys, USER)) {
      String knownHosts = "[" + host + "]:" + bank.port() + " " + bank.hostKeyLine();
      Session session = pinnedSession(knownHosts, bank.clientKeyFile(), USER, host, bank.port());
      session.connect(5_000);
      try {
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect(5_000);

        Vector<ChannelSftp.LsEntry> listing = sftp.ls("/");
        assertThat(listing)
            .extracting(ChannelSftp.LsEntry::getFilename)
            .contains("BAI2-20261120.bai");
        assertThat(sftp.stat("/BAI2-20261120.bai").getSize()).isEqualTo(BAI2.length());

        ByteArrayOutputStream download = new ByteArrayOutputStream();
        sftp.get("/BAI2-20261120.bai", download);
        assertThat(download.toString(StandardCharsets.UTF_8)).isEqualTo(BAI2);

        sftp.mkdir("/.done");
        sftp.rename("/BAI2-20261120.bai", "/.done/BAI2-20261120.bai");
        sftp.rm("/BAI2-20261120.bai.tmp");
        sftp.disconnect();
      } finally {
        session.disconnect();
      }
    }
    assertThat(root.resolve("BAI2-20261120.bai")).doesNotExist();
    assertThat(root.resolve("BAI2-20261120.bai.tmp")).doesNotExist();
    assertThat(Files.readString(root.resolve(".done/BAI2-20261120.bai"))).isEqualTo(BAI2);
  }

  @Test
  void keepsItsHostKeyAcrossRestarts() throws Exception {
    String firstKey;
    try (EmbeddedSftpServer bank = EmbeddedSftpServer.start(root, 0, keys, USER)) {
      firstKey = bank.hostKeyLine();
      assertThat(firstKey).startsWith("ecdsa-sha2-nistp256 AAAA");
      assertThat(Files.readString(keys.resolve("host_key.pub")).strip()).isEqualTo(firstKey);
      assertThat(Files.readString(bank.clientKeyFile()))
          .startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
    }
    try (EmbeddedSftpServer bank = EmbeddedSftpServer.start(root, 0, keys, USER)) {
      assertThat(bank.hostKeyLine()).isEqualTo(firstKey);
      connectAndDisconnect(bank.knownHostsLine(), bank.clientKeyFile(), USER, bank);
    }
  }

  @Test
  void refusesABankWhoseHostKeyChanged() throws Exception {
    String pinned;
    try (EmbeddedSftpServer bank = EmbeddedSftpServer.start(root, 0, keys, USER)) {
      pinned = bank.hostKeyLine();
    }
    try (EmbeddedSftpServer rekeyed = EmbeddedSftpServer.startWithNewHostKey(root, 0, keys, USER)) {
      assertThat(rekeyed.hostKeyLine()).isNotEqualTo(pinned);
      String knownHosts = "[" + rekeyed.host() + "]:" + rekeyed.port() + " " + pinned;

      assertThatThrownBy(
              () -> connectAndDisconnect(knownHosts, rekeyed.clientKeyFile(), USER, rekeyed))
          .isInstanceOf(JSchException.class)
          .hasMessageContaining("HostKey has been changed");
    }
  }

  @Test
  void refusesAnUnknownUser() throws Exception {
    try (EmbeddedSftpServer bank = EmbeddedSftpServer.start(root, 0, keys, USER)) {
      assertThatThrownBy(
              () ->
                  connectAndDisconnect(
                      bank.knownHostsLine(), bank.clientKeyFile(), "intruder", bank))
          .isInstanceOf(JSchException.class)
          .hasMessageContaining("Auth fail");
    }
  }

  @Test
  void refusesAKeyItDoesNotKnow(@TempDir Path elsewhere) throws Exception {
    Path strangerKey = elsewhere.resolve("stranger_key");
    KeyPair stranger = KeyPair.genKeyPair(new JSch(), KeyPair.ECDSA, 256);
    stranger.writePrivateKey(strangerKey.toString());
    try (EmbeddedSftpServer bank = EmbeddedSftpServer.start(root, 0, keys, USER)) {
      assertThatThrownBy(() -> connectAndDisconnect(bank.knownHostsLine(), strangerKey, USER, bank))
          .isInstanceOf(JSchException.class)
          .hasMessageContaining("Auth fail");
    }
  }

  @Test
  void offersNoPasswordLogin() throws Exception {
    try (EmbeddedSftpServer bank = EmbeddedSftpServer.start(root, 0, keys, USER)) {
      JSch jsch = new JSch();
      jsch.setKnownHosts(
          new ByteArrayInputStream(bank.knownHostsLine().getBytes(StandardCharsets.US_ASCII)));
      Session session = jsch.getSession(USER, bank.host(), bank.port());
      session.setConfig("StrictHostKeyChecking", "yes");
      session.setConfig("PreferredAuthentications", "password,keyboard-interactive");
      session.setPassword("guessed");

      assertThatThrownBy(() -> session.connect(5_000))
          .isInstanceOf(JSchException.class)
          .hasMessageContaining("Auth fail");
    }
  }

  private static void connectAndDisconnect(
      String knownHosts, Path privateKey, String user, EmbeddedSftpServer bank)
      throws JSchException {
    Session session = pinnedSession(knownHosts, privateKey, user, bank.host(), bank.port());
    session.connect(5_000);
    session.disconnect();
  }

  private static Session pinnedSession(
      String knownHosts, Path privateKey, String user, String host, int port) throws JSchException {
    JSch jsch = new JSch();
    jsch.setKnownHosts(new ByteArrayInputStream(knownHosts.getBytes(StandardCharsets.US_ASCII)));
    jsch.addIdentity(privateKey.toString());
    Session session = jsch.getSession(user, host, port);
    session.setConfig("StrictHostKeyChecking", "yes");
    session.setConfig("PreferredAuthentications", "publickey");
    return session;
  }
}
