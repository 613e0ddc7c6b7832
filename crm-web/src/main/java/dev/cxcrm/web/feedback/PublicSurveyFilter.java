package dev.cxcrm.web.feedback;

import dev.cxcrm.ejb.feedback.SurveyLinks;
import dev.cxcrm.web.shared.RateLimits;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The public survey pages answer a limited number of requests per address and minute, so links
 * cannot be guessed or a page flooded; beyond it a short page in both languages says to wait.
 */
@WebFilter(
    filterName = "PublicSurveyFilter",
    urlPatterns = {SurveyLinks.PREFIX + "*", "/survey/*"})
public class PublicSurveyFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String BUSY =
      "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\""
          + " content=\"width=device-width, initial-scale=1\"><title>しばらくお待ちください</title>"
          + "</head><body><main><h1>しばらくお待ちください</h1><p>アクセスが集中しています。少し時間をおいて"
          + "から、もう一度お開きください。</p><p lang=\"en\">Too many requests. Please wait a"
          + " moment and open the page again.</p></main></body></html>";

  @Inject RateLimits limits;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (limits.admit("survey:" + request.getRemoteAddr(), response)) {
      chain.doFilter(request, response);
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response.getOutputStream().write(BUSY.getBytes(StandardCharsets.UTF_8));
  }
}
