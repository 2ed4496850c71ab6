package org.alliance.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.SecondFactorPolicy;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Nobody reads a person's record without a second factor (the NHS data security standard expects
 * one): every route of this module is behind this gate, so no route has to remember it.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorGate implements WebMvcConfigurer, HandlerInterceptor {

  static final String EXPLAINED_AT = "/people/second-factor";

  private final SecondFactorPolicy policy;

  SecondFactorGate(SecondFactorPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(this)
        .addPathPatterns(
            "/people",
            "/people/**",
            "/data-protection",
            "/data-protection/**",
            "/ndtms",
            "/ndtms/**")
        .excludePathPatterns(EXPLAINED_AT);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof AllianceUser user
        && policy.satisfiedBy(user.userId())) {
      return true;
    }
    response.sendRedirect(request.getContextPath() + EXPLAINED_AT);
    return false;
  }
}
