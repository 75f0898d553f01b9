package dev.steward.platform.web;

import dev.steward.platform.ConflictException;
import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.PreconditionRequiredException;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem details. 400 means the request could not be read; 422
 * means it was read and its fields break the rules, each listed under {@code errors}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
  private static final URI VALIDATION = URI.create("https://steward.dev/problems/validation");

  @ExceptionHandler
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail conflict(ConflictException e) {
    var problem = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    e.properties().forEach(problem::setProperty);
    return problem;
  }

  @ExceptionHandler
  ProblemDetail invalid(InvalidInputException e) {
    return invalid(e.problems());
  }

  @ExceptionHandler
  ProblemDetail preconditionRequired(PreconditionRequiredException e) {
    return problem(HttpStatus.PRECONDITION_REQUIRED, "Version required", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail staleWrite(OptimisticLockingFailureException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Conflict",
        "This record was changed by someone else at the same moment. Reload it, then apply your change again.");
  }

  @ExceptionHandler
  ProblemDetail integrity(DataIntegrityViolationException e) {
    log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
    return problem(
        HttpStatus.CONFLICT,
        "Conflict",
        "The change clashes with existing data (a duplicate, or a record that is still in use).");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    var errors = ex.getBindingResult().getFieldErrors();
    var problems =
        errors.stream()
            .map(
                error ->
                    new FieldProblem(
                        error.getField(),
                        error.isBindingFailure()
                            ? "is not a value this field takes"
                            : error.getDefaultMessage()))
            .toList();
    var problem = invalid(problems);
    // Query parameters bound as one record (@ParameterObject): a value of the wrong type is a
    // malformed request (400), as it is for a parameter bound alone; a valid one that breaks a rule
    // stays 422.
    if (!errors.isEmpty() && errors.stream().allMatch(FieldError::isBindingFailure)) {
      problem.setStatus(HttpStatus.BAD_REQUEST);
      return ResponseEntity.badRequest().body(problem);
    }
    return ResponseEntity.unprocessableContent().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    var problems =
        ex.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldProblem(parameterName(result), error.getDefaultMessage())))
            .toList();
    var problem = invalid(problems);
    problem.setStatus(HttpStatus.BAD_REQUEST);
    return ResponseEntity.badRequest().body(problem);
  }

  private static String parameterName(ParameterValidationResult result) {
    String name = result.getMethodParameter().getParameterName();
    return name == null ? "parameter" : name;
  }

  private static ProblemDetail invalid(List<FieldProblem> problems) {
    // Counted by field: a password that breaks two rules is one field with two messages.
    long fields = problems.stream().map(FieldProblem::field).distinct().count();
    var problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT,
            fields == 1 ? "One field needs attention." : fields + " fields need attention.");
    problem.setType(VALIDATION);
    problem.setTitle("Invalid input");
    problem.setProperty("errors", problems);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
