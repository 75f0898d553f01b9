package dev.steward.reports.delivery;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Whether the signed-in user can save reports into their OneDrive.
 *
 * @param available whether "Save to OneDrive" works for them
 * @param defaultFolder the folder reports go into when they name none
 * @param code why not, as a stable code: {@code microsoft-not-connected} or {@code
 *     microsoft-sign-in-required}
 * @param reason why not, in words they can act on
 */
@NullMarked
public record OneDriveSaving(
    boolean available, String defaultFolder, @Nullable String code, @Nullable String reason) {}
