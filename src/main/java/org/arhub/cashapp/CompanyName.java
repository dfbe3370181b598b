package org.arhub.cashapp;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A payer or customer name as compared: accents, case, punctuation and legal-form words ("GmbH",
 * "Inc.", "S.A.", "Ltd") removed, so "ACME INC" and "Acme, Incorporated" are the same name.
 */
public final class CompanyName {
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "gmbh",
          "ag",
          "kg",
          "ohg",
          "ug",
          "se",
          "inc",
          "incorporated",
          "ltd",
          "limited",
          "llc",
          "llp",
          "lp",
          "plc",
          "corp",
          "corporation",
          "co",
          "company",
          "sa",
          "sas",
          "sarl",
          "spa",
          "srl",
          "bv",
          "nv",
          "oy",
          "ab",
          "as",
          "aps",
          "kk",
          "pty",
          "the",
          "and",
          "und",
          "et",
          "cie");

  private CompanyName() {}

  /** The name's comparable form: its significant words, lower case, in order, space-separated. */
  public static String key(String name) {
    return String.join(" ", words(name));
  }

  /** Jaccard similarity of the significant words of two names, 0 to 1. */
  public static double similarity(String a, String b) {
    Set<String> left = new HashSet<>(Arrays.asList(words(a)));
    Set<String> right = new HashSet<>(Arrays.asList(words(b)));
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(left);
    common.retainAll(right);
    return (double) common.size() / (left.size() + right.size() - common.size());
  }

  private static String[] words(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            // "S.A." and "B.V." are one word each: join single letters separated by dots
            .replaceAll("\\b(\\p{L})\\.(?=\\p{L}\\b)", "$1")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .trim();
    if (plain.isEmpty()) {
      return new String[0];
    }
    return Arrays.stream(plain.split(" "))
        .filter(word -> !LEGAL_FORMS.contains(word))
        .collect(Collectors.toList())
        .toArray(String[]::new);
  }
}
