package dev.steward.platform;

import java.util.List;

/**
 * Well-formed input that breaks the rules of the domain. Answered with 422 and every field's
 * problem.
 */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(
        problems.isEmpty()
            ? "Invalid input."
            : problems.get(0).field() + ": " + problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
