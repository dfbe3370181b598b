package org.arhub.cashapp.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Company names with legal forms ("Alpine Cedar Logistics GmbH"), unique by their words so that a
 * payer named with another legal form or case still points at one customer; the spellings payers
 * use for them; and names of people and firms that are no customer.
 */
final class CustomerNames {
  private static final List<String> FIRST =
      List.of(
          "Alpine",
          "Northwind",
          "Cedar",
          "Blue",
          "Golden",
          "Harbor",
          "Summit",
          "Silver",
          "Iron",
          "Maple",
          "Eastern",
          "Western",
          "Rhein",
          "Baltic",
          "Atlas",
          "Orion",
          "Pioneer",
          "Granite",
          "Lakeside",
          "Meridian",
          "Polar",
          "Crescent",
          "Vantage",
          "Sterling",
          "Evergreen",
          "Falcon",
          "Horizon",
          "Keystone",
          "Liberty",
          "Monarch",
          "Nova",
          "Oakridge",
          "Pinnacle",
          "Quarry",
          "Redwood",
          "Sunrise",
          "Tidewater",
          "Union",
          "Valley",
          "Willow");
  private static final List<String> SECOND =
      List.of(
          "Bay", "Bridge", "Brook", "Crest", "Dale", "Field", "Gate", "Hill", "Mark", "Point",
          "Ridge", "Rock", "Shore", "Stone", "Vale", "Wood", "Line", "Port", "Star", "Way", "Berg",
          "Feld", "Haus", "Hof", "Land");
  private static final List<String> TRADE =
      List.of(
          "Logistics",
          "Trading",
          "Foods",
          "Retail",
          "Supply",
          "Engineering",
          "Systems",
          "Metals",
          "Textiles",
          "Pharma",
          "Electronics",
          "Furniture",
          "Packaging",
          "Chemicals",
          "Motors",
          "Bakery",
          "Hardware",
          "Services",
          "Distribution",
          "Printing",
          "Plastics",
          "Marine",
          "Outdoor",
          "Medical",
          "Components");
  private static final List<String> EUR_FORMS =
      List.of("GmbH", "AG", "S.A.", "SARL", "B.V.", "S.p.A.", "Ltd", "GmbH & Co. KG");
  private static final List<String> USD_FORMS = List.of("Inc.", "LLC", "Corp.", "Ltd", "Co.");
  private static final List<String> GIVEN =
      List.of("Max", "Anna", "John", "Maria", "Peter", "Laura", "James", "Sofia", "Paul", "Emma");
  private static final List<String> FAMILY =
      List.of(
          "Mustermann",
          "Smith",
          "Rossi",
          "Dubois",
          "Novak",
          "Jansen",
          "Garcia",
          "Keller",
          "Schmidt",
          "Brown");

  private final Random random;
  private final Set<String> taken = new HashSet<>();

  CustomerNames(Random random) {
    this.random = random;
  }

  /** A company name not given before, with a legal form usual for the currency's market. */
  String company(String currency) {
    return words() + " " + legalForm(currency);
  }

  /** A holding company's name, a parent of other customers. */
  String holding(String currency) {
    return words() + " Holding " + legalForm(currency);
  }

  private String words() {
    String words;
    do {
      words =
          pick(FIRST)
              + " "
              + pick(FIRST).substring(0, 3)
              + pick(SECOND).toLowerCase(Locale.ROOT)
              + " "
              + pick(TRADE);
    } while (!taken.add(words.toLowerCase(Locale.ROOT)));
    return words;
  }

  private String legalForm(String currency) {
    return pick(currency.equals("EUR") ? EUR_FORMS : USD_FORMS);
  }

  /** How a payer may write a customer's name: another legal form, upper case, or without one. */
  String variant(String name) {
    String[][] synonyms = {
      {" Inc.", " Incorporated"},
      {" Ltd", " Limited"},
      {" Corp.", " Corporation"},
      {" GmbH & Co. KG", " GmbH u. Co KG"},
      {" GmbH", " Gesellschaft mbH"},
      {" S.A.", " SA"},
      {" B.V.", " BV"},
      {" S.p.A.", " SpA"},
      {" LLC", " L.L.C."},
      {" AG", " Aktiengesellschaft"},
      {" SARL", " S.A.R.L."},
      {" Co.", " Company"}
    };
    String variant = name;
    for (String[] pair : synonyms) {
      if (name.endsWith(pair[0])) {
        String stem = name.substring(0, name.length() - pair[0].length());
        variant = random.nextBoolean() ? stem + pair[1] : stem;
        break;
      }
    }
    return random.nextBoolean() ? variant.toUpperCase(Locale.ROOT) : variant;
  }

  /** Someone who is no customer: a private person, or a firm the hub has never invoiced. */
  String stranger() {
    if (random.nextBoolean()) {
      return pick(GIVEN) + " " + pick(FAMILY);
    }
    return pick(FAMILY)
        + " "
        + pick(List.of("Consulting", "Partners", "Group", "Holdings"))
        + " "
        + pick(List.of("BV", "Pty Ltd", "Oy", "ApS", "Kft."));
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
