package dev.cxcrm.web.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a page fails of WCAG 2.1 AA as axe-core sees it, and whether anything on it is wider than
 * the window (a page that scrolls sideways). Each finding is one readable line: the page, the rule,
 * its impact, how many elements and the first of them, so that a failing test says what to fix.
 */
public final class Axe {
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Axe() {}

  /** The WCAG 2.1 A and AA violations on the page the browser shows now. */
  public static List<String> violations(WebDriver d, String page) {
    return violations(d, page, WCAG_21_AA);
  }

  /**
   * The same and WCAG 2.2's target size (2.5.8: pointer targets at least 24×24 CSS pixels, or
   * spaced as if they were).
   */
  public static List<String> violationsWithTargetSize(WebDriver d, String page) {
    List<String> tags = new ArrayList<>(WCAG_21_AA);
    tags.add("wcag22aa");
    return violations(d, page, tags);
  }

  private static List<String> violations(WebDriver d, String page, List<String> tags) {
    Results results = new AxeBuilder().withTags(tags).analyze(d);
    if (results.isErrored()) {
      return List.of(page + ": axe-core failed: " + results.getErrorMessage());
    }
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      StringBuilder line =
          new StringBuilder(page)
              .append(": ")
              .append(rule.getId())
              .append(" (")
              .append(rule.getImpact())
              .append(") on ")
              .append(rule.getNodes().size())
              .append(" element(s):");
      for (CheckedNode node : rule.getNodes().subList(0, Math.min(6, rule.getNodes().size()))) {
        line.append("\n      ").append(node.getTarget()).append(' ').append(why(node));
      }
      found.add(line.toString());
    }
    return found;
  }

  /** What axe says of one element, on one line: the colours and the ratio for a contrast. */
  private static String why(CheckedNode node) {
    String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary();
    return summary.replaceAll("\\s+", " ").replace("Fix any of the following: ", "");
  }

  /**
   * The elements that stick out of the window (each inside a parent that does not), when the page
   * scrolls sideways; empty when it does not.
   */
  public static List<String> overflow(WebDriver d, String page) {
    @SuppressWarnings("unchecked")
    List<String> wide =
        (List<String>)
            ((JavascriptExecutor) d)
                .executeScript(
                    "const w = document.documentElement.clientWidth;"
                        + "const clipped = e => { for (let p = e.parentElement; p && p !== document.body;"
                        + " p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible')"
                        + " return true; } return false; };"
                        + "if (document.documentElement.scrollWidth <= w) return [];"
                        + "return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > w + 1"
                        + " && getComputedStyle(e).position !== 'fixed'"
                        + " && e.parentElement.getBoundingClientRect().right <= w + 1"
                        + " && !clipped(e))"
                        + ".slice(0, 5)"
                        + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + " + (e.className && e.className.baseVal === undefined"
                        + " ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')"
                        + " + ' right ' + Math.round(e.getBoundingClientRect().right));");
    return wide.isEmpty()
        ? List.of()
        : List.of(page + ": wider than the window (" + String.join(", ", wide) + ")");
  }
}
