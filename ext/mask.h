/*
 * Finding a secret in text that may hold it escaped. A server, a proxy or a
 * debug page that echoes a credential rarely does so byte for byte: it
 * quotes the form body (form-escaped), writes JSON (json_encode() escapes
 * '/', non-ASCII and control characters), or HTML and XML (&amp;, &#039;,
 * &#xE9;). Rather than a list of spellings, the matcher reads each
 * character of the secret in any of these spellings, mixed as they come.
 * No PHP types, so a fuzzer can drive it alone.
 */
#ifndef WO_MASK_H
#define WO_MASK_H

#include <stddef.h>

typedef struct {
	const char *value;
	size_t len;
} wo_mask_secret;

/*
 * The end of the longest spelling of secret that starts at text[at], or 0
 * when none does (an empty secret never matches). Each character of the
 * secret may be written:
 *   - as its bytes, each raw or "%XX" (hex in either case), a space also
 *     as '+' (form encoding, urlencode() and rawurlencode());
 *   - as "\uXXXX" (a surrogate pair beyond U+FFFF), or \" \\ \/ \b \f \n \r
 *     \t (JSON);
 *   - as "&#N;" or "&#xH;" (any number of leading zeros, the ';' optional
 *     as HTML parsers read it), or &amp; &lt; &gt; &quot; &apos; (HTML, XML).
 * A run of whitespace in the secret matches any run of whitespace so
 * spelt (a message collapses runs, an XML parser turns a tab in an
 * attribute into a space). A secret that is not valid UTF-8 matches its
 * bytes only where they are not.
 */
size_t wo_mask_match(const char *text, size_t len, size_t at, const char *secret, size_t secret_len);

/* The end of the longest spelling of any of the secrets at text[at]; 0
 * when none starts there. */
size_t wo_mask_match_any(const char *text, size_t len, size_t at,
                         const wo_mask_secret *secrets, size_t count);

/* Whether text holds a spelling of any of the secrets; *start and *end
 * (may be NULL) get the first one found. */
int wo_mask_find(const char *text, size_t len, const wo_mask_secret *secrets, size_t count,
                 size_t *start, size_t *end);

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
