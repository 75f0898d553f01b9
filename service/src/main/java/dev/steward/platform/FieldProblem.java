package dev.steward.platform;

import org.jspecify.annotations.NullMarked;

/** One invalid field of a request, in words a person can act on. */
@NullMarked
public record FieldProblem(String field, String message) {}
