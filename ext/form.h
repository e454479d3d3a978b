/*
 * application/x-www-form-urlencoded bytes, as PHP's urlencode() and
 * http_build_query() write them, so that what WHMCS finds in $_POST is what
 * the caller passed; and the name PHP's request parser files each pair
 * under. No PHP types, so a fuzzer can drive it alone.
 */
#ifndef WO_FORM_H
#define WO_FORM_H

#include <stddef.h>

/* PHP drops request variables nested deeper than max_input_nesting_level
 * (64 by default), so WHMCS would never see them: a name has at most this
 * many "[index]" parts after its first key. */
#define WO_FORM_MAX_DEPTH 64

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

/* The value of a hex digit in either case, or -1. */
int wo_form_hex_value(char c);

/* The inverse, as urldecode() reads it ('+' is a space, a '%' not followed
 * by two hex digits stays as it is); out must hold len bytes. For tests and
 * for the fuzzer's round trip. */
size_t wo_form_unescape(const char *in, size_t len, unsigned char *out);

/*
 * The top-level name under which PHP's request parser
 * (php_register_variable_ex() in main/php_variables.c, behind $_POST and
 * parse_str()) files a pair whose decoded name is name[0..len): the name is
 * cut at its first NUL, leading spaces are dropped, '.' and ' ' become '_',
 * and a '[' with a ']' somewhere after it starts an index, which ends the
 * top-level name; a '[' without one becomes '_', and so do every ' ', '.'
 * and '[' after it. Returns the length of that name, 0 when PHP drops the
 * pair, and writes its first out_size bytes to out (len bytes hold it all;
 * out may be NULL when out_size is 0).
 */
size_t wo_form_post_name(const char *name, size_t len, char *out, size_t out_size);

/* The encoder's memory: realloc()- and free()-like functions of the
 * caller's. grow may return NULL (the call then fails with
 * WO_FORM_NO_MEMORY) or never return on failure, as PHP's erealloc(). */
typedef void *(*wo_form_grow_fn)(void *ptr, size_t size);
typedef void (*wo_form_free_fn)(void *ptr);

typedef struct {
	char *data;
	size_t len;
	size_t cap;
} wo_form_buf;

typedef enum {
	WO_FORM_OK = 0,
	WO_FORM_TOO_DEEP,     /* a key past WO_FORM_MAX_DEPTH levels */
	WO_FORM_NO_MEMORY
} wo_form_status;

/*
 * A body being written, as http_build_query() walks an array: enter a key,
 * write the value of a scalar or enter the keys of an array under it, leave
 * it. Each value becomes one pair "name=value", the name being the keys
 * entered so far as PHP reads them back: "a[b][c]", escaped.
 */
typedef struct {
	wo_form_buf body;                       /* the pairs so far, '&'-separated */
	wo_form_buf name;                       /* decoded name of the current level */
	size_t marks[WO_FORM_MAX_DEPTH + 1];    /* name.len before each key entered */
	unsigned depth;                         /* keys entered */
	wo_form_grow_fn grow;
	wo_form_free_fn release;
} wo_form;

void wo_form_init(wo_form *f, wo_form_grow_fn grow, wo_form_free_fn release);

/* Appends key to the name: the first key as it is, each further one as
 * "[key]". WO_FORM_TOO_DEEP when WO_FORM_MAX_DEPTH + 1 keys are in. */
wo_form_status wo_form_enter(wo_form *f, const char *key, size_t len);

/* Takes the last key entered off the name; nothing when none is. */
void wo_form_leave(wo_form *f);

/* Writes "name=value" (after an '&' unless it is the first pair). */
wo_form_status wo_form_value(wo_form *f, const char *value, size_t len);

/* Wipes and frees both buffers (the body may hold passwords); f can be
 * initialised again. */
void wo_form_free(wo_form *f);

#endif
