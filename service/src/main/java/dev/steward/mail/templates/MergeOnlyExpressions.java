package dev.steward.mail.templates;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * The only expression language a firm's template gets: a merge field's path, such as {@code
 * contact.firstName} or {@code custom['risk_profile']}, looked up in maps of text. No method call,
 * no class or bean, no utility object ({@code #ctx}, {@code #strings}), no operator: Thymeleaf's
 * OGNL or SpEL is never reached, so a template cannot touch the server whatever it says.
 */
final class MergeOnlyExpressions implements IStandardVariableExpressionEvaluator {

  private static final Pattern PATH =
      Pattern.compile(
          "\\s*([A-Za-z_][A-Za-z0-9_]*)((?:\\.[A-Za-z_][A-Za-z0-9_]*|\\['[^'\\\\]{0,100}'])*)\\s*");
  private static final Pattern STEP =
      Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\['([^'\\\\]{0,100})']");

  @Override
  public Object evaluate(
      IExpressionContext context,
      IStandardVariableExpression expression,
      StandardExpressionExecutionContext executionContext) {
    String text = expression.getExpression();
    Matcher path = PATH.matcher(text == null ? "" : text);
    if (!path.matches()) {
      throw new TemplateProcessingException(
          "Only merge fields may be used in a template, such as "
              + "${contact.firstName}; \""
              + abbreviate(text)
              + "\" is not one.");
    }
    Object value;
    if (expression.getUseSelectionAsRoot()
        && context instanceof ITemplateContext template
        && template.hasSelectionTarget()) {
      value = step(template.getSelectionTarget(), path.group(1));
    } else {
      value = context.getVariable(path.group(1));
    }
    Matcher steps = STEP.matcher(path.group(2));
    while (value != null && steps.find()) {
      value = step(value, steps.group(1) != null ? steps.group(1) : steps.group(2));
    }
    return value;
  }

  private static Object step(Object from, String key) {
    if (from instanceof Map<?, ?> map) {
      return map.get(key);
    }
    if (from instanceof List<?> list
        && key.chars().allMatch(Character::isDigit)
        && key.length() < 6) {
      int index = Integer.parseInt(key);
      return index < list.size() ? list.get(index) : null;
    }
    return null;
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
