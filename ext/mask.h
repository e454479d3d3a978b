/*
 * Finding secrets in text that may hold them escaped. A server, a proxy or
 * a debug page that echoes a credential rarely does so byte for byte: it
 * quotes the form body (form-escaped), writes JSON (json_encode() escapes
 * '/', non-ASCII and control characters), or HTML and XML (&amp;, &#039;,
 * &#xE9;, htmlentities()' &auml; and &excl;). Rather than a list of
 * spellings, the matcher reads each character of a secret in any of these
 * spellings, mixed as they come, for all the secrets of a call at once,
 * in time linear in the text. No PHP types, so a fuzzer can drive it alone.
 */
#ifndef WO_MASK_H
#define WO_MASK_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
	const char *value;
	size_t len;
} wo_mask_secret;

/* The matcher's memory: realloc()- and free()-like functions of the
 * caller's. grow may return NULL (the function then fails) or never return
 * on failure, as PHP's erealloc(). */
typedef void *(*wo_mask_grow_fn)(void *ptr, size_t size);
typedef void (*wo_mask_free_fn)(void *ptr);

typedef struct wo_mask_matcher wo_mask_matcher;

/*
 * A matcher for the secrets (their bytes are copied; an empty one never
 * matches); NULL when memory runs out. Each character of a secret may be
 * written:
 *   - as its bytes, each raw or "%XX" (hex in either case), a space also
 *     as '+' (form encoding, urlencode() and rawurlencode());
 *   - as "\uXXXX" (a surrogate pair beyond U+FFFF), or \" \\ \/ \b \f \n \r
 *     \t (JSON);
 *   - as "&#N;" or "&#xH;" (any number of leading zeros, the ';' optional
 *     as HTML parsers read it), or as any named reference HTML5 defines,
 *     with its ';', or without it for the legacy names browsers read so
 *     ("&auml" as well as "&auml;"); a name that stands for two
 *     characters ("&fjlig;" is "fj") spells both.
 * A run of whitespace in a secret matches any run of whitespace so spelt
 * (a message collapses runs, an XML parser turns a tab in an attribute
 * into a space). A secret that is not valid UTF-8 matches its bytes only
 * where they are not.
 */
wo_mask_matcher *wo_mask_compile(const wo_mask_secret *secrets, size_t count, wo_mask_grow_fn grow,
                                 wo_mask_free_fn release);

/* Wipes (it holds the secrets) and frees m; NULL is ignored. */
void wo_mask_free(wo_mask_matcher *m);

/* A stretch text[start..end) to be masked. */
typedef struct {
	size_t start;
	size_t end;
} wo_mask_region;

typedef struct {
	wo_mask_region *items;
	size_t count;
	size_t cap;
} wo_mask_regions;

/*
 * Whether text spells a secret. A matcher is scratch space for the scan
 * too: one scan at a time (a call's secrets are used by one thread).
 */
int wo_mask_mentions(wo_mask_matcher *m, const char *text, size_t len);

/*
 * The stretches of text that spell a secret, in order: every byte of every
 * spelling is in one, spellings that overlap share one, and spellings that
 * only touch ("pw" "pw") get one each. A region that would start inside a
 * character reference ("&#6" before a spelling of "5...") starts at its
 * '&' instead, so that masking cannot leave a shorter reference that
 * spells something else. out starts empty ({0}) and is grown with m's
 * grow function; free it with wo_mask_regions_free(). Returns 0, or -1
 * when memory ran out.
 *
 * Where the text keeps more spellings going at once than the matcher
 * tracks (WO_MASK_THREADS; only text built on a secret's own repetitions
 * does), it stops telling them apart and takes the whole stretch, from the
 * earliest of them for as long as any could still complete: more is
 * masked, never less, and the time stays linear.
 */
int wo_mask_find_regions(wo_mask_matcher *m, const char *text, size_t len, wo_mask_regions *out);

void wo_mask_regions_free(const wo_mask_matcher *m, wo_mask_regions *out);

/* Partial spellings followed at once before the matcher merges them
 * (above); bounds the work per byte of text. */
#define WO_MASK_THREADS 8

#ifdef WO_MASK_FUZZING
/* For the fuzzer: a smaller thread budget (1..WO_MASK_THREADS), to reach
 * the merging; the work units the last scan took (each a constant number
 * of instructions); whether it merged. */
void wo_mask_fuzz_set_threads(wo_mask_matcher *m, unsigned threads);
size_t wo_mask_fuzz_work(const wo_mask_matcher *m);
int wo_mask_fuzz_merged(const wo_mask_matcher *m);
/* The named reference at text[at] ('&'), as the matcher reads it: its end
 * and its one or two code points (cp[1] 0 for one); 0 when none. */
int wo_mask_fuzz_named_reference(const char *text, size_t len, size_t at, size_t *end, uint32_t cp[2]);
#endif

/*
 * JSON holds text in string literals, and a secret inside one may be
 * escaped twice: once by whoever wrote the text (a JSON dump quoted in a
 * message), once by the literal. With text[at] == '"', decodes the literal
 * that starts there into out (which must hold len - at bytes) as a JSON
 * parser would: \uXXXX as UTF-8 (a surrogate pair as one character),
 * the two-character escapes as their character, an invalid escape as it
 * stands. Returns the offset just past the closing quote, and the decoded
 * length in *out_len; 0 when the literal is not closed.
 */
size_t wo_mask_json_literal(const char *text, size_t len, size_t at, char *out, size_t *out_len);

/*
 * XML holds text in character data and attribute values, where a secret
 * may be escaped twice too (an HTML-escaped key in an XML reply). Decodes
 * text[0..len) as an XML parser reads such a segment: the five predefined
 * entities and character references (with their ';') as UTF-8, anything
 * else as it stands. out must hold len bytes; returns the decoded length.
 */
size_t wo_mask_xml_decode(const char *text, size_t len, char *out);

#endif
