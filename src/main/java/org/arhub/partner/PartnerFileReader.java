package org.arhub.partner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.arhub.formats.FileFormat;
import org.arhub.formats.lockbox.LockboxLayout;
import org.arhub.invoicing.ErpLayout;
import org.arhub.partner.Partner.Contacts;
import org.arhub.partner.Partner.Credential;
import org.arhub.partner.Partner.EdiIdentifiers;
import org.arhub.partner.Partner.InboundFeed;
import org.arhub.partner.Partner.SftpConnection;
import org.arhub.partner.Partner.UploadCompletion;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates one partner file. Values may use {@code ${name:default}} placeholders,
 * resolved by the caller's resolver (the hub passes Spring's environment), so a deployment can
 * point a partner at another host without editing the file. Secrets are only ever referenced.
 */
public final class PartnerFileReader {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern HOST_KEY =
      Pattern.compile(
          "(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384|ecdsa-sha2-nistp521) ([A-Za-z0-9+/]+=*)(\\s.*)?");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final long DEFAULT_POLL_MILLIS = 60_000;

  private final UnaryOperator<String> placeholders;

  public PartnerFileReader(UnaryOperator<String> placeholders) {
    this.placeholders = placeholders;
  }

  /** Returns the partner, or empty after adding each problem of the file to {@code errors}. */
  public Optional<Partner> read(Path file, List<PartnerConfigError> errors) {
    int errorsBefore = errors.size();
    Object document;
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (IOException e) {
      errors.add(new PartnerConfigError(file, "(file)", "cannot be read: " + e.getMessage()));
      return Optional.empty();
    } catch (YAMLException e) {
      errors.add(
          new PartnerConfigError(
              file, "(file)", "is not valid YAML: " + e.getMessage().replace('\n', ' ')));
      return Optional.empty();
    }
    if (!(document instanceof Map<?, ?> root)) {
      errors.add(
          new PartnerConfigError(file, "(file)", "must be a YAML mapping with id, name and kind"));
      return Optional.empty();
    }
    YamlFields fields = new YamlFields(file, "", root, errors, placeholders);
    fields.rejectUnknown(Set.of("id", "name", "kind", "sftp", "feeds", "email", "edi"));
    String id = fields.requiredString("id");
    if (id != null && !ID.matcher(id).matches()) {
      fields.error(
          "id",
          "'" + id + "' must be lower-case letters, digits and '-' (it names routes and rows)");
    }
    String name = fields.requiredString("name");
    PartnerKind kind = kind(fields);
    Optional<SftpConnection> sftp = fields.mapping("sftp").map(this::sftp);
    List<InboundFeed> feeds = fields.mappings("feeds").stream().map(this::feed).toList();
    if (!feeds.isEmpty() && sftp.isEmpty() && !fields.has("sftp")) {
      fields.error("sftp", "is required when feeds are declared (feeds are fetched over SFTP)");
    }
    if (kind == PartnerKind.BANK && feeds.isEmpty() && !fields.has("feeds")) {
      fields.error("feeds", "a bank needs at least one feed (directory, include, format)");
    }
    checkFeedNamesUnique(fields, feeds);
    Contacts contacts =
        fields
            .mapping("email")
            .map(PartnerFileReader::contacts)
            .orElse(new Contacts(List.of(), List.of(), List.of()));
    Optional<EdiIdentifiers> edi = fields.mapping("edi").map(PartnerFileReader::edi);
    if (errors.size() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new Partner(id, name, kind, sftp, feeds, contacts, edi, file));
  }

  private static PartnerKind kind(YamlFields fields) {
    String kind = fields.requiredString("kind");
    if (kind == null) {
      return null;
    }
    try {
      return PartnerKind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      fields.error("kind", "'" + kind + "' is not one of bank, customer, erp, gl");
      return null;
    }
  }

  private SftpConnection sftp(YamlFields f) {
    f.rejectUnknown(
        Set.of(
            "host",
            "port",
            "user",
            "privateKeyFile",
            "passwordEnv",
            "password",
            "hostKey",
            "hostKeyFile",
            "outboundDirectory"));
    String host = f.requiredString("host");
    if (host != null && (host.contains("/") || host.contains(" "))) {
      f.error("host", "'" + host + "' is not a host name or address");
    }
    int port = f.integer("port", 1, 65535).orElse(22);
    String user = f.requiredString("user");
    if (f.has("password")) {
      f.error(
          "password",
          "literal passwords are not allowed in partner files; name an environment variable with passwordEnv");
    }
    Credential credential = credential(f);
    String hostKey = hostKey(f);
    Optional<String> outbound = f.string("outboundDirectory");
    outbound
        .filter(d -> d.contains("..") || d.contains("\\"))
        .ifPresent(d -> f.error("outboundDirectory", "'" + d + "' must not contain '..' or '\\'"));
    return new SftpConnection(host, port, user, credential, hostKey, outbound);
  }

  private static Credential credential(YamlFields f) {
    Optional<String> keyFile = f.string("privateKeyFile");
    Optional<String> passwordEnv = f.string("passwordEnv");
    if (keyFile.isPresent() == passwordEnv.isPresent()) {
      f.error(
          "privateKeyFile", "give exactly one credential reference: privateKeyFile or passwordEnv");
    }
    keyFile
        .filter(k -> !Files.isReadable(Path.of(k)))
        .ifPresent(k -> f.error("privateKeyFile", "'" + k + "' is not a readable file"));
    passwordEnv
        .filter(e -> !ENV_NAME.matcher(e).matches())
        .ifPresent(e -> f.error("passwordEnv", "'" + e + "' is not an environment variable name"));
    return new Credential(keyFile.map(Path::of), passwordEnv);
  }

  /**
   * The server's public key is pinned, never learnt on first contact: a changed key must be
   * refused.
   */
  private static String hostKey(YamlFields f) {
    Optional<String> literal = f.string("hostKey");
    Optional<String> file = f.string("hostKeyFile");
    if (literal.isPresent() == file.isPresent()) {
      f.error(
          "hostKey",
          "pin the server's public key with exactly one of hostKey ('ecdsa-sha2-nistp256 AAAA...') or hostKeyFile");
      return null;
    }
    String key;
    String field;
    if (file.isPresent()) {
      field = "hostKeyFile";
      try {
        key = Files.readString(Path.of(file.get()), StandardCharsets.UTF_8).trim();
      } catch (IOException e) {
        f.error(field, "'" + file.get() + "' cannot be read: " + e.getMessage());
        return null;
      }
    } else {
      field = "hostKey";
      key = literal.get();
    }
    var match = HOST_KEY.matcher(key);
    if (!match.matches()) {
      f.error(
          field,
          "is not an OpenSSH public key line ('<type> <base64>', type ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256/384/521)");
      return null;
    }
    try {
      Base64.getDecoder().decode(match.group(2));
    } catch (IllegalArgumentException e) {
      f.error(field, "the key's base64 does not decode");
      return null;
    }
    return match.group(1) + " " + match.group(2);
  }

  private InboundFeed feed(YamlFields f) {
    f.rejectUnknown(
        Set.of(
            "name",
            "directory",
            "include",
            "format",
            "doneDirectory",
            "uploadCompletion",
            "pollDelay",
            "lockboxLayout",
            "erpLayout"));
    String name = f.requiredString("name");
    if (name != null && !ID.matcher(name).matches()) {
      f.error("name", "'" + name + "' must be lower-case letters, digits and '-'");
    }
    String directory = f.requiredString("directory");
    if (directory != null && (directory.contains("..") || directory.contains("\\"))) {
      f.error("directory", "'" + directory + "' must not contain '..' or '\\'");
    }
    String include = f.string("include").orElse(".*");
    try {
      Pattern.compile(include);
    } catch (PatternSyntaxException e) {
      f.error("include", "'" + include + "' is not a regular expression: " + e.getDescription());
    }
    Optional<String> erpLayout = f.string("erpLayout");
    // an ERP feed's files are read by its layout, not by a bank format
    Optional<FileFormat> format =
        erpLayout.isPresent() && !f.has("format") ? Optional.empty() : format(f);
    erpLayout.ifPresent(
        layoutName -> {
          try {
            ErpLayout.named(layoutName);
          } catch (RuntimeException e) {
            f.error(
                "erpLayout",
                "'" + layoutName + "' is not a usable layout in mappings/erp/: " + e.getMessage());
          }
        });
    String done = f.string("doneDirectory").orElse(".done");
    if (done.contains("..") || done.startsWith("/")) {
      f.error("doneDirectory", "'" + done + "' must be a folder inside the feed's directory");
    }
    UploadCompletion completion = uploadCompletion(f);
    long poll =
        f.string("pollDelay")
            .map(text -> duration(f, "pollDelay", text))
            .orElse(DEFAULT_POLL_MILLIS);
    Optional<String> layout = f.string("lockboxLayout");
    layout.ifPresent(
        name1 -> {
          try {
            LockboxLayout.named(name1);
          } catch (RuntimeException e) {
            f.error(
                "lockboxLayout",
                "'" + name1 + "' is not a usable layout in mappings/lockbox/: " + e.getMessage());
          }
        });
    return new InboundFeed(
        name, directory, include, format, done, completion, poll, layout, erpLayout);
  }

  private static Optional<FileFormat> format(YamlFields f) {
    String format = f.requiredString("format");
    if (format == null || format.equalsIgnoreCase("auto")) {
      return Optional.empty();
    }
    Optional<FileFormat> known = FileFormat.byId(format);
    if (known.isEmpty()) {
      f.error(
          "format", "'" + format + "' is not a known format (" + FileFormat.knownIds() + ", auto)");
    }
    return known;
  }

  private static UploadCompletion uploadCompletion(YamlFields f) {
    String value = f.string("uploadCompletion").orElse("changed");
    return switch (value) {
      case "changed" -> UploadCompletion.CHANGED;
      case "doneFile" -> UploadCompletion.DONE_FILE;
      default -> {
        f.error("uploadCompletion", "'" + value + "' is not one of changed, doneFile");
        yield UploadCompletion.CHANGED;
      }
    };
  }

  /** Accepts "30s", "5m", "1h", "250ms" or ISO-8601 ("PT30S"). */
  private static long duration(YamlFields f, String key, String text) {
    try {
      Duration d;
      if (text.startsWith("P") || text.startsWith("p")) {
        d = Duration.parse(text);
      } else if (text.endsWith("ms")) {
        d = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
      } else {
        long n = Long.parseLong(text.substring(0, text.length() - 1));
        d =
            switch (text.charAt(text.length() - 1)) {
              case 's' -> Duration.ofSeconds(n);
              case 'm' -> Duration.ofMinutes(n);
              case 'h' -> Duration.ofHours(n);
              default -> throw new NumberFormatException();
            };
      }
      if (d.toMillis() < 100) {
        f.error(key, "'" + text + "' is shorter than 100ms");
      }
      return d.toMillis();
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      f.error(key, "'" + text + "' is not a duration (e.g. 30s, 5m, PT1H)");
      return DEFAULT_POLL_MILLIS;
    }
  }

  private static void checkFeedNamesUnique(YamlFields fields, List<InboundFeed> feeds) {
    long distinct = feeds.stream().map(InboundFeed::name).distinct().count();
    if (distinct != feeds.size()) {
      fields.error("feeds", "feed names must be unique within a partner");
    }
  }

  private static Contacts contacts(YamlFields f) {
    f.rejectUnknown(Set.of("remittance", "invoices", "operations"));
    Contacts c =
        new Contacts(f.strings("remittance"), f.strings("invoices"), f.strings("operations"));
    for (String key : List.of("remittance", "invoices", "operations")) {
      f.strings(key).stream()
          .filter(a -> !EMAIL.matcher(a).matches())
          .forEach(a -> f.error(key, "'" + a + "' is not an email address"));
    }
    return c;
  }

  private static EdiIdentifiers edi(YamlFields f) {
    f.rejectUnknown(Set.of("isaQualifier", "isaId", "gsId"));
    String qualifier = f.requiredString("isaQualifier");
    String isaId = f.requiredString("isaId");
    String gsId = f.string("gsId").orElse(isaId);
    if (qualifier != null && qualifier.length() != 2) {
      f.error("isaQualifier", "'" + qualifier + "' must be 2 characters (ISA05/07)");
    }
    if (isaId != null && isaId.length() > 15) {
      f.error("isaId", "'" + isaId + "' is longer than 15 characters (ISA06/08)");
    }
    return new EdiIdentifiers(qualifier, isaId, gsId);
  }
}
