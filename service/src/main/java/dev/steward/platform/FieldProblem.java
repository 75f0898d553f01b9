package dev.steward.platform;

/** One invalid field of a request, in words a person can act on. */
public record FieldProblem(String field, String message) {}
