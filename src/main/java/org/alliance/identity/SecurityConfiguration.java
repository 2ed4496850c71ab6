package org.alliance.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Who may reach what, how people sign in and out, and the headers every response carries. Routes
 * are denied unless a rule admits them: public pages are listed here, each module adds its own
 * through {@link RouteAccess}, and anything else needs a fully signed-in user.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "img-src 'self' data:",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  @Bean
  PasswordEncoder passwordEncoder() {
    // Argon2id for new hashes at OWASP's minimum (19 MiB, 2 passes, 1 lane; Spring's own defaults
    // use 16 MiB); hashes made with less, or with bcrypt, are rehashed at the next sign-in
    // (PasswordUpgrades). bcrypt stays readable for accounts imported from elsewhere.
    DelegatingPasswordEncoder encoder =
        new DelegatingPasswordEncoder(
            "argon2",
            Map.of(
                "argon2",
                new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                "bcrypt",
                new BCryptPasswordEncoder()));
    return encoder;
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new DelegatingSecurityContextRepository(
        new RequestAttributeSecurityContextRepository(),
        new HttpSessionSecurityContextRepository());
  }

  /**
   * Public read-only APIs ({@link PublicApi}): open to all, stateless. Their own chain skips what
   * only pages need (session, CSRF, saved requests, sign-in and sign-out), so an API call never
   * reads or writes a session, whatever cookie it carries.
   */
  @Bean
  @Order(1)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  SecurityFilterChain publicApiFilterChain(HttpSecurity http, List<PublicApi> apis)
      throws Exception {
    String[] paths = apis.stream().flatMap(api -> api.paths().stream()).toArray(String[]::new);
    if (paths.length == 0) {
      http.securityMatcher(request -> false);
    } else {
      http.securityMatcher(paths);
    }
    http.authorizeHttpRequests(routes -> routes.anyRequest().permitAll());
    http.sessionManagement(
        session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    http.securityContext(
        context ->
            context.securityContextRepository(new RequestAttributeSecurityContextRepository()));
    http.csrf(csrf -> csrf.disable());
    http.requestCache(cache -> cache.disable());
    http.logout(logout -> logout.disable());
    http.servletApi(servletApi -> servletApi.disable());
    http.headers(SecurityConfiguration::headers);
    return http.build();
  }

  // Only in the web application: the command-line tools start the same context without a web
  // server.
  @Bean
  @Order(2)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      SignInRecord record,
      SecurityContextRepository contexts,
      List<RouteAccess> moduleRules,
      @Value("${alliance.session.absolute-lifetime}") Duration absoluteLifetime,
      HandlerMappingIntrospector mappings)
      throws Exception {
    RequestMatcher known = new KnownRoutes(mappings);
    http.securityContext(context -> context.securityContextRepository(contexts));
    http.addFilterBefore(new SessionLifetime(absoluteLifetime), SecurityContextHolderFilter.class);
    http.authorizeHttpRequests(
        routes -> {
          routes
              .requestMatchers(
                  "/",
                  "/sign-in",
                  "/accessibility",
                  "/privacy",
                  "/cookies",
                  "/error",
                  "/webjars/**",
                  "/assets/**",
                  "/static/**",
                  "/favicon.ico",
                  "/actuator/health",
                  "/actuator/health/**")
              .permitAll();
          routes
              .requestMatchers("/sign-in/second-factor")
              .hasAuthority(PendingSecondFactor.AUTHORITY);
          routes.requestMatchers("/admin/**").hasRole(Role.ADMIN.code());
          // A person's account reaches its own account pages and signing out; everything else
          // not named by a module is for workers only.
          routes.requestMatchers("/account", "/account/**").hasAnyRole(Role.allCodes());
          routes.requestMatchers(HttpMethod.POST, "/sign-out").hasAnyRole(Role.allCodes());
          moduleRules.forEach(rules -> rules.configure(routes));
          routes.anyRequest().hasAnyRole(Role.staffCodes());
        });
    List<RequestMatcher> originChecked =
        moduleRules.stream()
            .flatMap(rules -> rules.originCheckedRoutes().stream())
            .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(pattern))
            .toList();
    if (!originChecked.isEmpty()) {
      RequestMatcher routes = new OrRequestMatcher(originChecked);
      http.csrf(csrf -> csrf.ignoringRequestMatchers(routes));
      http.addFilterBefore(new OriginCheck(routes), CsrfFilter.class);
    }
    http.formLogin(
        form ->
            form.loginPage("/sign-in")
                .loginProcessingUrl("/sign-in")
                .successHandler(SignInHandlers.success(contexts))
                .failureHandler(SignInHandlers.failure()));
    http.logout(
        logout ->
            logout
                .logoutUrl("/sign-out")
                .addLogoutHandler(SignInHandlers.audit(record))
                .logoutSuccessUrl("/sign-in?signed-out"));
    // Only a page that exists is remembered to return to after signing in; saving any other request
    // would write a session for every unknown URL an anonymous client asks for.
    HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
    requestCache.setRequestMatcher(
        new AndRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/**"), known));
    http.requestCache(cache -> cache.requestCache(requestCache));
    LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");
    http.exceptionHandling(
        errors ->
            errors
                .accessDeniedHandler(accessDenied())
                .authenticationEntryPoint(
                    (request, response, unauthenticated) -> {
                      if (known.matches(request)) {
                        signIn.commence(request, response, unauthenticated);
                      } else {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                      }
                    }));
    http.headers(SecurityConfiguration::headers);
    return http.build();
  }

  /** The headers every response carries, pages and APIs alike. */
  private static void headers(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(frame -> frame.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        // Sent only on requests that arrived over TLS (directly or via X-Forwarded-Proto).
        .httpStrictTransportSecurity(
            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
  }

  /** Someone half way through signing in is sent back to finish, not shown a 403. */
  private static AccessDeniedHandler accessDenied() {
    AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
    return (request, response, denied) -> {
      var authentication =
          org.springframework.security.core.context.SecurityContextHolder.getContext()
              .getAuthentication();
      if (authentication instanceof PendingSecondFactor) {
        response.sendRedirect("/sign-in/second-factor");
      } else {
        forbidden.handle(request, response, denied);
      }
    };
  }
}
