package dev.steward.microsoft;

/**
 * A file in OneDrive or SharePoint.
 *
 * @param id the drive item's id
 * @param name its name, which a rename on conflict may have changed
 * @param webUrl where a person opens it in the browser
 * @param size its size in bytes
 */
public record DriveFile(String id, String name, String webUrl, long size) {}
