package org.arhub.web;

import static org.springframework.security.config.Customizer.withDefaults;

import java.security.SecureRandom;
import java.util.Base64;
import org.arhub.hub.ArhubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** Everything but the health probes needs a login (HTTP basic for tools, a form for people). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {
  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(withDefaults())
        .formLogin(withDefaults())
        // The API is called by tools with basic auth, not by forms with a session.
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(ArhubProperties properties, PasswordEncoder encoder) {
    String user = properties.getAdmin().getUser();
    String password = properties.getAdmin().getPassword();
    if (password.isBlank()) {
      password = generated();
      log.warn(
          "no ARHUB_ADMIN_PASSWORD set; log in as '{}' with the generated password: {}",
          user,
          password);
    }
    return new InMemoryUserDetailsManager(
        User.withUsername(user).password(encoder.encode(password)).roles("ADMIN").build());
  }

  private static String generated() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
