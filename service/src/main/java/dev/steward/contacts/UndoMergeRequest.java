package dev.steward.contacts;

import jakarta.validation.constraints.NotNull;

/** Undo a merge; {@code survivorVersion} is the survivor's version the person saw after it. */
public record UndoMergeRequest(@NotNull Long survivorVersion) {}
