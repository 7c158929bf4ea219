// Bounds on what one input may ask of us. A document past these is refused with a clear message
// instead of being half-processed.

/** One article's bytes (a text file, an HTML page, a JSON record). A 20 MB page still goes in. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
/** Standard input is read whole before its kind is known (a JSON array, JSONL, a page…). A JSON
 *  array in a file or a zip is split record by record as it streams, and has no bound of its own. */
export const MAX_STDIN_BYTES = 512 * 1024 * 1024;
/** A zip entry is read into memory before it is parsed. */
export const MAX_ZIP_ENTRY_BYTES = 512 * 1024 * 1024;
