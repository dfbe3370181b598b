package org.arhub.hub;

/**
 * A delivery that did not go out. {@code permanent}: trying again cannot help (the address was
 * refused, a different file already sits where ours must go); otherwise it is retried later.
 */
public class DeliveryFailure extends Exception {
  private final boolean permanent;

  public DeliveryFailure(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
