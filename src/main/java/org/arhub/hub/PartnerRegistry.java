package org.arhub.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.arhub.demo.DemoMode;
import org.arhub.demo.EmbeddedSftpServer;
import org.arhub.partner.Partner;
import org.arhub.partner.PartnerCatalog;
import org.arhub.store.PartnerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The partners this hub serves, loaded from the partner directory at start-up. A bad file stops the
 * start with every problem named (file and field): a hub must not run half-configured.
 */
@Component
public class PartnerRegistry {
  private static final Logger log = LoggerFactory.getLogger(PartnerRegistry.class);
  private final PartnerCatalog catalog;
  private final Path directory;

  public PartnerRegistry(
      ArhubProperties properties,
      ConfigurableEnvironment env,
      PartnerStore store,
      ObjectProvider<EmbeddedSftpServer> demoBank) {
    demoBank
        .getIfAvailable(); // in demo mode the bank must be up (its keys written) before its partner
    // file is read
    this.directory = directory(properties, DemoMode.isOn(env));
    this.catalog = PartnerCatalog.load(directory, env::resolveRequiredPlaceholders);
    catalog.partners().forEach(store::upsert);
    log.info(
        "loaded {} partner(s) from {}: {}",
        catalog.partners().size(),
        directory,
        catalog.partners().stream().map(Partner::id).toList());
  }

  public List<Partner> partners() {
    return catalog.partners();
  }

  /** A partner's feed by name, if both still exist in the partner files. */
  public Optional<Partner> byId(String partnerId) {
    return catalog.byId(partnerId);
  }

  public Optional<Partner.InboundFeed> feed(String partnerId, String feedName) {
    return byId(partnerId)
        .flatMap(p -> p.feeds().stream().filter(f -> f.name().equals(feedName)).findFirst());
  }

  public Path directory() {
    return directory;
  }

  /**
   * The configured directory; in demo mode the project's {@code partners/} folder when the hub runs
   * from a checkout, else the demo partners shipped in the jar.
   */
  private static Path directory(ArhubProperties properties, boolean demo) {
    if (properties.getPartnersDir() != null) {
      return properties.getPartnersDir();
    }
    if (!demo) {
      throw new IllegalStateException(
          "demo mode is off and no partner directory is set: set arhub.partners-dir (ARHUB_PARTNERS_DIR)");
    }
    Path checkout = Path.of("partners");
    if (Files.isDirectory(checkout)) {
      return checkout;
    }
    return extractShippedPartners(properties.getDataDir().resolve("demo-partners"));
  }

  private static Path extractShippedPartners(Path target) {
    try {
      Files.createDirectories(target);
      for (Resource r :
          new PathMatchingResourcePatternResolver().getResources("classpath:partners/*.yaml")) {
        try (InputStream in = r.getInputStream()) {
          Files.copy(in, target.resolve(r.getFilename()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot extract the demo partners to " + target, e);
    }
  }
}
