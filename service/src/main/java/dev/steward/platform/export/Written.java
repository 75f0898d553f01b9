package dev.steward.platform.export;

/** How many rows a writer wrote, and whether it left rows out. */
record Written(long rows, boolean cut) {}
