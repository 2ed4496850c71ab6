package org.alliance.web;

import java.util.List;
import org.springframework.security.core.Authentication;

/** A module's notices for a signed-in user's home page. */
public interface HomeNotices {

  List<HomeNotice> noticesFor(Authentication user);
}
