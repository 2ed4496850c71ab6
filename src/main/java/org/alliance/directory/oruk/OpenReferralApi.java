package org.alliance.directory.oruk;

import java.util.List;
import org.alliance.identity.PublicApi;
import org.springframework.stereotype.Component;

/** The Open Referral API is public and read-only: it gets the stateless filter chain. */
@Component
class OpenReferralApi implements PublicApi {

  @Override
  public List<String> paths() {
    return List.of(OpenReferralController.BASE, OpenReferralController.BASE + "/**");
  }
}
