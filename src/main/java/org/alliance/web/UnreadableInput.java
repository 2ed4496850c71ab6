package org.alliance.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400, any request whose parameters (query string or form body) cannot be read as
 * text: a percent-encoding that is not UTF-8, a NUL byte or another control character. No page, API
 * or database query ever sees such a value, so none has to remember to check for one (a NUL
 * reaching PostgreSQL is a server error; a malformed encoding makes the container fail on the first
 * read of any parameter). Pages get the GOV.UK error page; anything else an RFC 9457 problem.
 *
 * <p>Uploads (multipart) are read by their own controller and left alone here.
 */
final class UnreadableInput extends OncePerRequestFilter {

  static final String DETAIL =
      "The request holds characters that cannot be read: an invalid percent-encoding, or a control"
          + " character such as NUL. Remove them and try again.";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isMultipart(request) || readable(request)) {
      chain.doFilter(request, response);
      return;
    }
    refuse(request, response);
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().startsWith("multipart/");
  }

  private static boolean readable(HttpServletRequest request) {
    Map<String, String[]> parameters;
    try {
      parameters = request.getParameterMap();
    } catch (IllegalStateException malformed) {
      // Tomcat's InvalidParameterException: a value that is not valid UTF-8.
      return false;
    }
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      if (!readable(parameter.getKey())) {
        return false;
      }
      for (String value : parameter.getValue()) {
        if (!readable(value)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Text people could have typed: no C0 control characters but tab, line feed and carriage return
   * (a text area sends those), no DEL, and no U+FFFD, which is what a lenient decoder leaves where
   * the bytes were not UTF-8.
   */
  static boolean readable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFFFD') {
        return false;
      }
    }
    return true;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
      // The container's error dispatch renders templates/error/400.html in the GOV.UK layout.
      response.sendError(HttpStatus.BAD_REQUEST.value());
      return;
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""
                + DETAIL
                + "\"}");
  }
}
