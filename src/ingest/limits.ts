// Bounds on what one input may ask of us. A document past these is refused with a clear message
// instead of being half-processed.

/** One article's bytes (a text file, an HTML page, a JSON record). A 20 MB page still goes in. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
/** A JSON file holding an array of records is parsed whole, so it gets a bound of its own. */
export const MAX_JSON_ARRAY_BYTES = 512 * 1024 * 1024;
/** A zip entry is read into memory before it is parsed. */
export const MAX_ZIP_ENTRY_BYTES = 512 * 1024 * 1024;
