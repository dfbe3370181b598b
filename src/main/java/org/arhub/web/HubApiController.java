package org.arhub.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.arhub.demo.DemoMailCatcher;
import org.arhub.hub.InboundFileIntake;
import org.arhub.hub.PartnerRegistry;
import org.arhub.store.AlertStore;
import org.arhub.store.InboundFileStore;
import org.arhub.store.InboundFileStore.InboundFile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Operations API: what arrived, what was quarantined and why, alerts, partners, and replay. */
@RestController
@RequestMapping("/api/v1")
public class HubApiController {
  private final InboundFileStore files;
  private final AlertStore alerts;
  private final PartnerRegistry partners;
  private final InboundFileIntake intake;
  private final ObjectProvider<DemoMailCatcher> mailCatcher;

  public HubApiController(
      InboundFileStore files,
      AlertStore alerts,
      PartnerRegistry partners,
      InboundFileIntake intake,
      ObjectProvider<DemoMailCatcher> mailCatcher) {
    this.files = files;
    this.alerts = alerts;
    this.partners = partners;
    this.intake = intake;
    this.mailCatcher = mailCatcher;
  }

  @GetMapping("/files")
  public List<InboundFile> files(
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(required = false) String status) {
    return status == null
        ? files.recent(Math.min(limit, 1000))
        : files.byStatus(status.toUpperCase());
  }

  @GetMapping("/files/{id}")
  public InboundFile file(@PathVariable long id) {
    return files
        .find(id)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no inbound file " + id));
  }

  @GetMapping("/files/{id}/content")
  public ResponseEntity<byte[]> content(@PathVariable long id) {
    InboundFile file = file(id);
    byte[] bytes = files.withContent(file.sha256(), in -> in.readAllBytes());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + file.originalName().replace("\"", "") + "\"")
        .body(bytes);
  }

  /** Reads a quarantined file again, e.g. after a reader fix or a mapping change. */
  @PostMapping("/files/{id}/replay")
  public InboundFile replay(@PathVariable long id) throws IOException {
    file(id);
    try {
      return intake.replay(id);
    } catch (IllegalStateException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    }
  }

  @GetMapping("/alerts")
  public List<AlertStore.Alert> alerts(@RequestParam(defaultValue = "100") int limit) {
    return alerts.recent(Math.min(limit, 1000));
  }

  @GetMapping("/partners")
  public List<Map<String, Object>> partners() {
    return partners.partners().stream()
        .map(
            p ->
                Map.<String, Object>of(
                    "id",
                    p.id(),
                    "name",
                    p.name(),
                    "kind",
                    p.kind(),
                    "feeds",
                    p.feeds().stream().map(f -> f.name()).toList()))
        .toList();
  }

  /** In demo mode: the mail the hub sent, as the demo mail catcher received it. */
  @GetMapping("/demo/mail")
  public List<DemoMailCatcher.CaughtMail> demoMail() {
    DemoMailCatcher catcher = mailCatcher.getIfAvailable();
    if (catcher == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "demo mode is off: no mail catcher");
    }
    return catcher.received();
  }
}
