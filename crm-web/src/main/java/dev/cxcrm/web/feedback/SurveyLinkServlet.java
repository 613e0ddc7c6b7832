package dev.cxcrm.web.feedback;

import dev.cxcrm.ejb.feedback.SurveyLinks;
import jakarta.faces.context.ExternalContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The personal links in survey mails: {@code /s/<token>} shows the survey, {@code
 * /s/<token>/opt-out} the page that withdraws the survey consent. The secret travels to the page as
 * a request attribute; the page keeps it in its view (on the server), never in a form field or
 * another URL. Anything else under {@code /s/} is the page's "unknown link" answer.
 */
@WebServlet(urlPatterns = SurveyLinks.PREFIX + "*")
public class SurveyLinkServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String TOKEN = "dev.cxcrm.survey.token";
  static final String PARAMETER = "t";

  /** The secret of the request: from the link (a GET through here) or the page's form (a POST). */
  static String token(ExternalContext external) {
    Object fromLink = external.getRequestMap().get(TOKEN);
    return fromLink instanceof String s ? s : external.getRequestParameterMap().get(PARAMETER);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    boolean optOut = path.endsWith(SurveyLinks.OPT_OUT);
    String token =
        path.substring(
            1 < path.length() ? 1 : path.length(),
            optOut ? path.length() - SurveyLinks.OPT_OUT.length() : path.length());
    request.setAttribute(TOKEN, token);
    request
        .getRequestDispatcher(optOut ? "/survey/opt-out.xhtml" : "/survey/answer.xhtml")
        .forward(request, response);
  }
}
