package org.arhub.partner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** All partners of one partner directory, validated together (ids must be unique across files). */
public final class PartnerCatalog {
  private final List<Partner> partners;

  private PartnerCatalog(List<Partner> partners) {
    this.partners = List.copyOf(partners);
  }

  /** Loads every {@code *.yaml}/{@code *.yml} file; throws with every problem of every file. */
  public static PartnerCatalog load(Path directory, UnaryOperator<String> placeholders) {
    List<PartnerConfigError> errors = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      errors.add(
          new PartnerConfigError(directory, "(directory)", "partner directory does not exist"));
      throw new PartnerConfigException(errors);
    }
    PartnerFileReader reader = new PartnerFileReader(placeholders);
    List<Partner> partners = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path file : yamlFiles(directory)) {
      Optional<Partner> partner = reader.read(file, errors);
      partner.ifPresent(
          p -> {
            Path earlier = seen.putIfAbsent(p.id(), file);
            if (earlier != null) {
              errors.add(
                  new PartnerConfigError(
                      file, "id", "'" + p.id() + "' is already used by " + earlier));
            } else {
              partners.add(p);
            }
          });
    }
    if (!errors.isEmpty()) {
      throw new PartnerConfigException(errors);
    }
    return new PartnerCatalog(partners);
  }

  public List<Partner> partners() {
    return partners;
  }

  public Optional<Partner> byId(String id) {
    return partners.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static List<Path> yamlFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list partner directory " + directory, e);
    }
  }
}
