package org.arhub.hub;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hub's own settings ({@code arhub.*}); README.md lists them with their environment variables.
 */
@ConfigurationProperties("arhub")
public class ArhubProperties {
  /** Where the hub keeps its state on this host: embedded database, work files, generated keys. */
  private Path dataDir = Path.of("data");

  /** The partner directory; when unset the hub runs in demo mode with the demo partners. */
  private Path partnersDir;

  /** This instance's name in logs and rows (several instances may share one database). */
  private String node = defaultNode();

  private final Demo demo = new Demo();
  private final Alerts alerts = new Alerts();
  private final Admin admin = new Admin();
  private final EmbeddedDb embeddedDb = new EmbeddedDb();
  private final Edi edi = new Edi();
  private final CashApplication cashApplication = new CashApplication();
  private final InvoiceDelivery invoiceDelivery = new InvoiceDelivery();

  /**
   * Sending invoices: the sender of invoice mail, the Peppol access point's pick-up folder, and how
   * a transient failure is retried (doubling from {@code firstRetrySeconds} up to {@code
   * maxRetrySeconds}, {@code maxAttempts} in all).
   */
  public static class InvoiceDelivery {
    private String mailFrom = "invoices@localhost";
    private Path peppolFolder;
    private int maxAttempts = 8;
    private long firstRetrySeconds = 30;
    private long maxRetrySeconds = 3600;
    private java.util.List<String> emailFormats = java.util.List.of("facturx");

    /** What invoice mails carry: pdf, facturx (the PDF with the CII inside), ubl, cii. */
    public java.util.List<String> getEmailFormats() {
      return emailFormats;
    }

    public void setEmailFormats(java.util.List<String> emailFormats) {
      this.emailFormats = emailFormats;
    }

    public String getMailFrom() {
      return mailFrom;
    }

    public void setMailFrom(String mailFrom) {
      this.mailFrom = mailFrom;
    }

    /** Unset: {@code <data-dir>/peppol-outbound}. */
    public Path getPeppolFolder() {
      return peppolFolder;
    }

    public void setPeppolFolder(Path peppolFolder) {
      this.peppolFolder = peppolFolder;
    }

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public long getFirstRetrySeconds() {
      return firstRetrySeconds;
    }

    public void setFirstRetrySeconds(long firstRetrySeconds) {
      this.firstRetrySeconds = firstRetrySeconds;
    }

    public long getMaxRetrySeconds() {
      return maxRetrySeconds;
    }

    public void setMaxRetrySeconds(long maxRetrySeconds) {
      this.maxRetrySeconds = maxRetrySeconds;
    }
  }

  /** Cash application: which rule set, and how often pending payments are looked at again. */
  public static class CashApplication {
    /** A rules.yaml of your own; unset means the shipped mappings/cashapp/rules.yaml. */
    private Path rulesFile;

    /** Milliseconds between runs over pending payments (new files also start a run at once). */
    private long periodMillis = 30_000;

    public Path getRulesFile() {
      return rulesFile;
    }

    public void setRulesFile(Path rulesFile) {
      this.rulesFile = rulesFile;
    }

    public long getPeriodMillis() {
      return periodMillis;
    }

    public void setPeriodMillis(long periodMillis) {
      this.periodMillis = periodMillis;
    }
  }

  /** The hub's own X12 identity (ISA05/06, GS02) in what it sends. */
  public static class Edi {
    private String isaQualifier = "ZZ";
    private String isaId = "ARHUB";
    private String gsId = "ARHUB";

    public String getIsaQualifier() {
      return isaQualifier;
    }

    public void setIsaQualifier(String isaQualifier) {
      this.isaQualifier = isaQualifier;
    }

    public String getIsaId() {
      return isaId;
    }

    public void setIsaId(String isaId) {
      this.isaId = isaId;
    }

    public String getGsId() {
      return gsId;
    }

    public void setGsId(String gsId) {
      this.gsId = gsId;
    }
  }

  /**
   * Demo mode itself is switched by {@code arhub.demo.enabled}; see {@link
   * org.arhub.demo.DemoMode}.
   */
  public static class Demo {
    private int sftpPort = 2222;
    private int smtpPort = 3025;

    public int getSftpPort() {
      return sftpPort;
    }

    public void setSftpPort(int sftpPort) {
      this.sftpPort = sftpPort;
    }

    public int getSmtpPort() {
      return smtpPort;
    }

    public void setSmtpPort(int smtpPort) {
      this.smtpPort = smtpPort;
    }
  }

  public static class Alerts {
    /** Where alert mails go; none are sent when empty. */
    private String mailTo = "";

    private String mailFrom = "arhub@localhost";

    public String getMailTo() {
      return mailTo;
    }

    public void setMailTo(String mailTo) {
      this.mailTo = mailTo;
    }

    public String getMailFrom() {
      return mailFrom;
    }

    public void setMailFrom(String mailFrom) {
      this.mailFrom = mailFrom;
    }
  }

  public static class Admin {
    private String user = "arhub";

    /** When empty a random password is generated at start and logged once. */
    private String password = "";

    public String getUser() {
      return user;
    }

    public void setUser(String user) {
      this.user = user;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }

  public static class EmbeddedDb {
    /** 0 picks a free port at each start. */
    private int port;

    public int getPort() {
      return port;
    }

    public void setPort(int port) {
      this.port = port;
    }
  }

  private static String defaultNode() {
    String host = System.getenv("HOSTNAME");
    return host == null || host.isBlank() ? "arhub" : host;
  }

  public Path getDataDir() {
    return dataDir;
  }

  public void setDataDir(Path dataDir) {
    this.dataDir = dataDir;
  }

  public Path getPartnersDir() {
    return partnersDir;
  }

  public void setPartnersDir(Path partnersDir) {
    this.partnersDir = partnersDir;
  }

  public String getNode() {
    return node;
  }

  public void setNode(String node) {
    this.node = node;
  }

  public Demo getDemo() {
    return demo;
  }

  public Alerts getAlerts() {
    return alerts;
  }

  public Admin getAdmin() {
    return admin;
  }

  public EmbeddedDb getEmbeddedDb() {
    return embeddedDb;
  }

  public CashApplication getCashApplication() {
    return cashApplication;
  }

  public Edi getEdi() {
    return edi;
  }

  public InvoiceDelivery getInvoiceDelivery() {
    return invoiceDelivery;
  }
}
