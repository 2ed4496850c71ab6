package org.alliance.outcomes.dashboard;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How near a target counts as amber, {@code alliance.outcomes.rag.*} (README, "Configuration"). A
 * value that cannot be used stops the application at start with a message naming it.
 *
 * @param amberBand how far from its target, in percent of the target, a figure on the wrong side of
 *     it is still amber rather than red (10: a target of 20% is amber down to 18% when higher is
 *     better)
 */
@ConfigurationProperties("alliance.outcomes.rag")
public record RagSettings(@DefaultValue("10") BigDecimal amberBand) {

  public static final RagSettings DEFAULT = new RagSettings(BigDecimal.TEN);

  public RagSettings {
    if (amberBand == null
        || amberBand.signum() < 0
        || amberBand.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          "alliance.outcomes.rag.amber-band must be a percentage of the target from 0 to 100, not "
              + amberBand);
    }
  }
}
