/*
 * application/x-www-form-urlencoded bytes, as PHP's urlencode() and
 * http_build_query() write them, so that what WHMCS finds in $_POST is what
 * the caller passed. No PHP types, so a fuzzer can drive it alone.
 */
#ifndef WO_FORM_H
#define WO_FORM_H

#include <stddef.h>

/* Most bytes wo_form_escape() may write for len input bytes (each may become
 * "%XX"), or 0 when that would not fit in a size_t. */
size_t wo_form_escaped_max(size_t len);

/*
 * Writes the escaped form of in[0..len) to out, which must hold
 * wo_form_escaped_max(len) bytes, and returns the number written (no NUL).
 * RFC 1738 style, as urlencode(): A-Z a-z 0-9 '-' '.' '_' stay, a space
 * becomes '+', every other byte "%XX" in upper-case hex.
 */
size_t wo_form_escape(const unsigned char *in, size_t len, char *out);

/* The inverse, as urldecode() reads it ('+' is a space, a '%' not followed
 * by two hex digits stays as it is); out must hold len bytes. For tests and
 * for the fuzzer's round trip. */
size_t wo_form_unescape(const char *in, size_t len, unsigned char *out);

#endif
