package dev.steward.platform;

/** One field's value before and after a change, as events carry it to the audit log. */
public record FieldChange(Object before, Object after) {}
