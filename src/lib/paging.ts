/** How many entries a list page shows: enough to read, few enough that no page grows with the archive. */
export const PAGE_SIZE = 50;
