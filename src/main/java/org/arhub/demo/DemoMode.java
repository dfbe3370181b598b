package org.arhub.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo mode is on when {@code arhub.demo.enabled=true}, or by default when no partner directory is
 * configured: a new user then sees the hub work at once, against its own demo bank and mail
 * catcher.
 */
public class DemoMode implements Condition {
  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return isOn(context.getEnvironment());
  }

  public static boolean isOn(Environment env) {
    boolean partnersConfigured = !env.getProperty("arhub.partners-dir", "").isBlank();
    return env.getProperty("arhub.demo.enabled", Boolean.class, !partnersConfigured);
  }
}
