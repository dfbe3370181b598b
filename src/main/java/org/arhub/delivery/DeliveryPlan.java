package org.arhub.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one invoice reaches its customer, from the channels in the customer's master data: every
 * channel listed gets the invoice (a customer that receives 810s and wants a PDF copy lists both).
 * {@code x12-810} and {@code ubl-sftp} are both the customer's SFTP drop, so they make one SFTP
 * delivery with both documents.
 */
public final class DeliveryPlan {
  private DeliveryPlan() {}

  /** A channel, where it goes, and the renderings it carries, in order. */
  public record Delivery(String channel, String target, List<String> formats) {}

  /** Why a channel the customer asked for cannot be planned. */
  public record Gap(String channel, String reason) {}

  public record Plan(List<Delivery> deliveries, List<Gap> gaps) {
    public boolean empty() {
      return deliveries.isEmpty() && gaps.isEmpty();
    }
  }

  /**
   * @param channels the customer's invoice channels (email, x12-810, ubl-sftp, peppol)
   * @param sftpPartner the customer's partner id when its partner file has an SFTP drop
   * @param emailFormats what invoice mails carry (pdf, facturx, ubl, cii)
   */
  public static Plan of(
      String customerId,
      List<String> channels,
      List<String> emails,
      Optional<String> peppolId,
      Optional<String> sftpPartner,
      List<String> emailFormats) {
    Map<String, Delivery> byChannel = new LinkedHashMap<>();
    Set<String> sftpFormats = new LinkedHashSet<>();
    List<Gap> gaps = new ArrayList<>();
    for (String channel : channels) {
      switch (channel) {
        case "email" -> {
          if (emails.isEmpty()) {
            gaps.add(new Gap("EMAIL", "customer " + customerId + " has no invoice email address"));
          } else {
            byChannel.put(
                "EMAIL",
                new Delivery("EMAIL", String.join(", ", emails), List.copyOf(emailFormats)));
          }
        }
        case "peppol" -> {
          if (peppolId.isEmpty()) {
            gaps.add(
                new Gap(
                    "PEPPOL_FOLDER", "customer " + customerId + " has no Peppol participant id"));
          } else {
            byChannel.put(
                "PEPPOL_FOLDER", new Delivery("PEPPOL_FOLDER", peppolId.get(), List.of("ubl")));
          }
        }
        case "x12-810" -> sftpFormats.add("x12-810");
        case "ubl-sftp" -> sftpFormats.add("ubl");
        default ->
            gaps.add(
                new Gap(
                    channel.toUpperCase(java.util.Locale.ROOT),
                    "customer " + customerId + ": unknown invoice channel '" + channel + "'"));
      }
    }
    if (!sftpFormats.isEmpty()) {
      if (sftpPartner.isEmpty()) {
        gaps.add(
            new Gap(
                "SFTP",
                "customer "
                    + customerId
                    + " wants "
                    + String.join(" and ", sftpFormats)
                    + " by SFTP, but partners/ has no partner "
                    + customerId
                    + " with sftp.outboundDirectory"));
      } else {
        byChannel.put("SFTP", new Delivery("SFTP", sftpPartner.get(), List.copyOf(sftpFormats)));
      }
    }
    return new Plan(List.copyOf(byChannel.values()), List.copyOf(gaps));
  }
}
