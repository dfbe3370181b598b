package org.arhub.hub;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.arhub.store.GlExportStore.Batch;
import org.arhub.store.GlExportStore.Delivery;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Pushes a batch's JSON to the GL's REST endpoint, with the batch id as {@code Idempotency-Key} so
 * that the GL can refuse a batch sent again after a crash. The answer: 200/201 acknowledged (an
 * {@code X-GL-Reference} header is kept), 202 accepted for later acknowledgement (SENT), 409 the GL
 * has the batch already (acknowledged), 400/422 rejected with the body as reason; anything else, or
 * no answer, is tried again at the next round.
 */
final class GlRestTarget implements GlTarget {
  private final URI url;
  private final RestClient client;

  GlRestTarget(URI url) {
    this.url = url;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(Duration.ofSeconds(30));
    this.client = RestClient.builder().requestFactory(factory).build();
  }

  @Override
  public Delivery send(Batch batch, byte[] csv, byte[] json) {
    try {
      return client
          .post()
          .uri(url)
          .contentType(MediaType.APPLICATION_JSON)
          .header("Idempotency-Key", batch.id())
          .header("X-Arhub-Batch-Id", batch.id())
          .body(json)
          .exchange(
              (request, response) -> {
                int status = response.getStatusCode().value();
                Optional<String> reference =
                    Optional.ofNullable(response.getHeaders().getFirst("X-GL-Reference"));
                String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                return switch (status) {
                  case 200, 201 -> Delivery.acknowledged(reference);
                  case 202 -> Delivery.sent();
                  case 409 -> Delivery.acknowledged(reference.or(() -> Optional.of("duplicate")));
                  case 400, 422 ->
                      Delivery.rejected("GL answered " + status + ": " + abbreviate(body));
                  default -> Delivery.failed("GL answered " + status + ": " + abbreviate(body));
                };
              });
    } catch (RuntimeException e) {
      return Delivery.failed("cannot reach " + url + ": " + e.getMessage());
    }
  }

  private static String abbreviate(String body) {
    String text = body.strip();
    return text.length() > 500 ? text.substring(0, 500) + "..." : text;
  }
}
