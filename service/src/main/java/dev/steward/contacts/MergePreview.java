package dev.steward.contacts;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;

/**
 * What a merge would do: both contacts side by side, the fields where both have a different value
 * (the person picks one), and how many of each kind of record would move from the duplicate.
 */
@NullMarked
public record MergePreview(
    ContactView survivor,
    ContactView duplicate,
    List<String> conflicts,
    Map<String, Integer> moves) {}
