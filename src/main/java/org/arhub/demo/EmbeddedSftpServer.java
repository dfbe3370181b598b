package org.arhub.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The "bank" of demo mode and tests: an in-process SFTP server that behaves like a real bank's
 * outbox as the hub sees it — a pinned EC P-256 host key and public-key login for one user only.
 *
 * <p>Keys live in a key directory and survive restarts, so a host key pinned once stays valid;
 * {@link #startWithNewHostKey} simulates a bank that re-keyed its server.
 */
public final class EmbeddedSftpServer implements AutoCloseable {

  /** Loopback only: the demo bank must never be reachable from outside this machine. */
  private static final String BIND_HOST = "127.0.0.1";

  private static final String KEY_TYPE = KeyPairProvider.ECDSA_SHA2_NISTP256;
  private static final int KEY_BITS = 256;

  private final SshServer sshd;
  private final Path rootDir;
  private final Path keyDir;
  private final String username;
  private final String hostKeyLine;

  private EmbeddedSftpServer(
      SshServer sshd, Path rootDir, Path keyDir, String username, String hostKeyLine) {
    this.sshd = sshd;
    this.rootDir = rootDir;
    this.keyDir = keyDir;
    this.username = username;
    this.hostKeyLine = hostKeyLine;
  }

  /**
   * Starts the server, creating {@code rootDir} and the host and client keys in {@code keyDir} on
   * first use and reusing them afterwards.
   *
   * @param port the port to listen on, 0 for a free one (see {@link #port()})
   */
  public static EmbeddedSftpServer start(Path rootDir, int port, Path keyDir, String username)
      throws IOException {
    Path root = Files.createDirectories(rootDir).toAbsolutePath().normalize();
    Path keys = Files.createDirectories(keyDir).toAbsolutePath().normalize();

    SimpleGeneratorHostKeyProvider hostKeys =
        new SimpleGeneratorHostKeyProvider(keys.resolve("host_key"));
    hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
    hostKeys.setKeySize(KEY_BITS);
    String hostKeyLine = PublicKeyEntry.toString(onlyKey(hostKeys).getPublic());
    Files.writeString(keys.resolve("host_key.pub"), hostKeyLine + "\n", StandardCharsets.US_ASCII);

    PublicKey clientKey = loadOrCreateClientKey(keys, username);

    SshServer sshd = SshServer.setUpDefaultServer();
    sshd.setHost(BIND_HOST);
    sshd.setPort(port);
    sshd.setKeyPairProvider(hostKeys);
    // Banks hand out key-based logins only; offering nothing else keeps password fallbacks out.
    sshd.setUserAuthFactories(List.of(new UserAuthPublicKeyFactory()));
    sshd.setPublickeyAuthenticator(
        (user, key, session) -> username.equals(user) && KeyUtils.compareKeys(clientKey, key));
    sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
    sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory.Builder().build()));
    sshd.start();
    return new EmbeddedSftpServer(sshd, root, keys, username, hostKeyLine);
  }

  /**
   * Like {@link #start}, but first throws away the persisted host key so the server comes up under
   * a new one, as a bank does after re-keying. Clients that pinned the old key must refuse it.
   */
  public static EmbeddedSftpServer startWithNewHostKey(
      Path rootDir, int port, Path keyDir, String username) throws IOException {
    Files.deleteIfExists(keyDir.resolve("host_key"));
    Files.deleteIfExists(keyDir.resolve("host_key.pub"));
    return start(rootDir, port, keyDir, username);
  }

  /** The address to connect to; the server listens on loopback only. */
  public String host() {
    return BIND_HOST;
  }

  public int port() {
    return sshd.getPort();
  }

  /** The host public key as OpenSSH writes it, e.g. {@code ecdsa-sha2-nistp256 AAAA...}. */
  public String hostKeyLine() {
    return hostKeyLine;
  }

  /**
   * The known_hosts line that pins this server. For a port other than 22, ssh clients look the
   * server up as {@code [host]:port}, with the host spelled exactly as they connect to it: an entry
   * for {@code [localhost]:port} does not cover {@code 127.0.0.1}.
   */
  public String knownHostsLine() {
    return "[" + host() + "]:" + port() + " " + hostKeyLine;
  }

  /** The host private key, in OpenSSH format. */
  public Path hostKeyFile() {
    return keyDir.resolve("host_key");
  }

  /**
   * The client's private key, in unencrypted OpenSSH format; its public half is beside it as .pub.
   */
  public Path clientKeyFile() {
    return keyDir.resolve("client_key");
  }

  public String username() {
    return username;
  }

  /** The directory the client sees as {@code /}. */
  public Path rootDir() {
    return rootDir;
  }

  @Override
  public void close() throws IOException {
    sshd.stop(true);
  }

  private static KeyPair onlyKey(SimpleGeneratorHostKeyProvider hostKeys) throws IOException {
    // Loading generates and writes the key on first use, so the .pub line is known before start.
    List<KeyPair> keys = hostKeys.loadKeys(null);
    if (keys.isEmpty()) {
      // The provider only logs a warning when it cannot read or write the key file.
      throw new IOException("cannot create or read the demo host key " + hostKeys.getPath());
    }
    return keys.get(0);
  }

  private static PublicKey loadOrCreateClientKey(Path keyDir, String username) throws IOException {
    Path privateKey = keyDir.resolve("client_key");
    Path publicKey = keyDir.resolve("client_key.pub");
    try {
      if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
        writeClientKey(
            KeyUtils.generateKeyPair(KEY_TYPE, KEY_BITS), privateKey, publicKey, username);
      }
      String line = Files.readString(publicKey, StandardCharsets.US_ASCII).trim();
      return PublicKeyEntry.parsePublicKeyEntry(line)
          .resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.FAILING);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot create or read the demo client key in " + keyDir, e);
    }
  }

  private static void writeClientKey(KeyPair pair, Path privateKey, Path publicKey, String username)
      throws IOException, GeneralSecurityException {
    String comment = username + "@arhub-demo";
    try (OutputStream out = Files.newOutputStream(privateKey)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, comment, null, out);
    }
    ownerOnly(privateKey);
    Files.writeString(
        publicKey,
        PublicKeyEntry.toString(pair.getPublic()) + " " + comment + "\n",
        StandardCharsets.US_ASCII);
  }

  /** ssh clients refuse, or at least warn about, private keys that others can read. */
  private static void ownerOnly(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
