package org.arhub.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.arhub.partner.Partner;
import org.arhub.partner.Partner.InboundFeed;
import org.arhub.partner.Partner.SftpConnection;
import org.arhub.partner.Partner.UploadCompletion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Instantiates the route templates of {@code routes/} for each partner: one SFTP intake route per
 * feed, named {@code intake.<partner>.<feed>}, and one outbound route {@code outbound.<partner>}
 * when the partner has an outbound directory.
 */
@Component
public class PartnerRoutes implements CamelContextConfiguration {
  static final String INTAKE_TEMPLATE = "sftp-intake";
  static final String OUTBOUND_TEMPLATE = "sftp-outbound";
  private static final Logger log = LoggerFactory.getLogger(PartnerRoutes.class);
  private final PartnerRegistry partners;
  private final ArhubProperties properties;
  private final Alerts alerts;

  public PartnerRoutes(PartnerRegistry partners, ArhubProperties properties, Alerts alerts) {
    this.partners = partners;
    this.properties = properties;
    this.alerts = alerts;
  }

  @Override
  public void beforeApplicationStart(CamelContext camel) {}

  @Override
  public void afterApplicationStart(CamelContext camel) {
    for (Partner partner : partners.partners()) {
      for (InboundFeed feed : partner.feeds()) {
        addIntakeRoute(camel, partner, feed, intakeRouteId(partner, feed));
      }
      partner
          .sftp()
          .filter(s -> s.outboundDirectory().isPresent())
          .ifPresent(s -> addOutboundRoute(camel, partner, s));
    }
  }

  public static String intakeRouteId(Partner partner, InboundFeed feed) {
    return "intake." + partner.id() + "." + feed.name();
  }

  /** The partner id of a route named by this class, or null. */
  static String partnerOf(String routeId) {
    String[] parts = routeId == null ? new String[0] : routeId.split("\\.");
    return parts.length >= 2 && parts[0].equals("intake") ? parts[1] : null;
  }

  /**
   * Adds one intake route; public so a test can run two instances of one feed, as two nodes would.
   */
  public void addIntakeRoute(
      CamelContext camel, Partner partner, InboundFeed feed, String routeId) {
    SftpConnection sftp = partner.sftp().orElseThrow();
    String filterBean = "remoteNames." + routeId;
    camel.getRegistry().bind(filterBean, new RemoteFileNameFilter(partner.id(), alerts));
    TemplatedRouteBuilder route =
        TemplatedRouteBuilder.builder(camel, INTAKE_TEMPLATE)
            .routeId(routeId)
            .parameter("partnerId", partner.id())
            .parameter("feed", feed.name())
            .parameter("host", sftp.host())
            .parameter("port", String.valueOf(sftp.port()))
            .parameter("user", sftp.user())
            .parameter("directory", feed.directory())
            .parameter("include", feed.include())
            .parameter("doneDirectory", feed.doneDirectory())
            .parameter("pollDelay", String.valueOf(feed.pollDelayMillis()))
            .parameter("knownHostsFile", knownHosts(partner, sftp).toString())
            .parameter("workDirectory", workDirectory(routeId).toString())
            .parameter("nameFilter", "#" + filterBean);
    if (feed.uploadCompletion() == UploadCompletion.DONE_FILE) {
      route.parameter("readLock", "none").parameter("doneFileName", "${file:name}.done");
    } else {
      route.parameter("readLock", "changed");
    }
    credentials(route, partner, sftp);
    route.add();
    log.info(
        "route {} polls sftp://{}@{}:{}/{} every {} ms for {}",
        routeId,
        sftp.user(),
        sftp.host(),
        sftp.port(),
        feed.directory(),
        feed.pollDelayMillis(),
        feed.format()
            .map(f -> f.id())
            .or(() -> feed.erpLayout().map(layout -> "ERP layout " + layout))
            .orElse("any format"));
  }

  /**
   * The partner's outbox on its own server, fed by {@link OutboundDelivery}: {@code
   * outbound.<partner>}.
   */
  private void addOutboundRoute(CamelContext camel, Partner partner, SftpConnection sftp) {
    TemplatedRouteBuilder route =
        TemplatedRouteBuilder.builder(camel, OUTBOUND_TEMPLATE)
            .routeId("outbound." + partner.id())
            .parameter("partnerId", partner.id())
            .parameter("host", sftp.host())
            .parameter("port", String.valueOf(sftp.port()))
            .parameter("user", sftp.user())
            .parameter("directory", sftp.outboundDirectory().orElseThrow())
            .parameter("knownHostsFile", knownHosts(partner, sftp).toString());
    credentials(route, partner, sftp);
    route.add();
    log.info(
        "route outbound.{} sends to sftp://{}@{}:{}/{}",
        partner.id(),
        sftp.user(),
        sftp.host(),
        sftp.port(),
        sftp.outboundDirectory().orElseThrow());
  }

  private static void credentials(
      TemplatedRouteBuilder route, Partner partner, SftpConnection sftp) {
    sftp.credential()
        .privateKeyFile()
        .ifPresent(key -> route.parameter("privateKeyFile", key.toString()));
    sftp.credential()
        .passwordEnv()
        .ifPresent(env -> route.parameter("password", "RAW(" + secret(env, partner) + ")"));
  }

  private static String secret(String env, Partner partner) {
    String value = System.getenv(env);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException(
          partner.source() + ": sftp.passwordEnv: environment variable " + env + " is not set");
    }
    return value;
  }

  /** JSch's known_hosts names a non-standard port as [host]:port. */
  private Path knownHosts(Partner partner, SftpConnection sftp) {
    String host = sftp.port() == 22 ? sftp.host() : "[" + sftp.host() + "]:" + sftp.port();
    Path file =
        properties.getDataDir().resolve("known_hosts").resolve(partner.id()).toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, host + " " + sftp.hostKey() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  private Path workDirectory(String routeId) {
    try {
      return Files.createDirectories(properties.getDataDir().resolve("work").resolve(routeId))
          .toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
