/*
 * Form encoding without PHP types. The rules are those of PHP's urlencode()
 * (ext/standard/url.c) and http_build_query() (ext/standard/http.c) on the
 * way out, and of PHP's request parser (main/php_variables.c) on the way in:
 * WHMCS is a PHP application reading $_POST, so matching them byte for byte
 * means a value arrives exactly as the caller wrote it, under the name the
 * caller meant.
 */
#include <stdint.h>
#include <string.h>
#include "form.h"

static const char upper_hex[] = "0123456789ABCDEF";

/* urlencode() leaves only these alone; note '~' and '*' are escaped, unlike
 * in RFC 3986, because PHP does so. A table: every byte of every call's
 * body is looked up (five comparisons a byte before). */
static const unsigned char form_plain[256] = {
	['a' ... 'z'] = 1, ['A' ... 'Z'] = 1, ['0' ... '9'] = 1, ['-'] = 1, ['.'] = 1, ['_'] = 1,
};

size_t wo_form_escaped_max(size_t len)
{
	return len > SIZE_MAX / 3 ? 0 : len * 3;
}

size_t wo_form_escape(const unsigned char *in, size_t len, char *out)
{
	char *o = out;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = in[i];

		if (form_plain[c]) {
			*o++ = (char) c;
		} else if (c == ' ') {
			*o++ = '+';
		} else {
			*o++ = '%';
			*o++ = upper_hex[c >> 4];
			*o++ = upper_hex[c & 15];
		}
	}
	return (size_t) (o - out);
}

int wo_form_hex_value(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	return -1;
}

size_t wo_form_unescape(const char *in, size_t len, unsigned char *out)
{
	unsigned char *o = out;

	for (size_t i = 0; i < len; i++) {
		int hi, lo;

		if (in[i] == '+') {
			*o++ = ' ';
		} else if (in[i] == '%' && i + 2 < len && (hi = wo_form_hex_value(in[i + 1])) >= 0
		           && (lo = wo_form_hex_value(in[i + 2])) >= 0) {
			*o++ = (unsigned char) (hi << 4 | lo);
			i += 2;
		} else {
			*o++ = (unsigned char) in[i];
		}
	}
	return (size_t) (o - out);
}

/* ---- the top-level name PHP files a pair under ------------------------- */

static char form_post_name_byte(char c, int after_bracket)
{
	return c == ' ' || c == '.' || (after_bracket && c == '[') ? '_' : c;
}

size_t wo_form_post_name(const char *name, size_t len, char *out, size_t out_size)
{
	const char *nul = len ? memchr(name, '\0', len) : NULL;
	size_t i = 0, o = 0;

	/* PHP reads the name as a C string. */
	if (nul) {
		len = (size_t) (nul - name);
	}
	while (i < len && name[i] == ' ') {
		i++;
	}
	for (; i < len && name[i] != '['; i++, o++) {
		if (o < out_size) {
			out[o] = form_post_name_byte(name[i], 0);
		}
	}
	/* An empty name drops the pair before any index is looked at. */
	if (i == len || o == 0 || memchr(name + i + 1, ']', len - i - 1)) {
		return o;
	}
	for (; i < len; i++, o++) {
		if (o < out_size) {
			out[o] = form_post_name_byte(name[i], 1);
		}
	}
	return o;
}

/* ---- the encoder -------------------------------------------------------- */

/* memset() through a volatile pointer, so that the compiler cannot drop
 * the wipe of memory about to be freed; a byte-wise volatile loop cost a
 * call 700 instructions for two 64-byte buffers. */
static void *(*const volatile form_memset)(void *, int, size_t) = memset;

static void form_wipe(char *p, size_t len)
{
	form_memset(p, 0, len);
}

void wo_form_init(wo_form *f, wo_form_grow_fn grow, wo_form_free_fn release)
{
	memset(f, 0, sizeof(*f));
	f->grow = grow;
	f->release = release;
}

static int form_reserve(wo_form *f, wo_form_buf *b, size_t more)
{
	size_t cap;
	char *p;

	if (more <= b->cap - b->len) {
		return 0;
	}
	if (b->len > SIZE_MAX / 2 || more > SIZE_MAX / 2 - b->len) {
		return -1;
	}
	cap = b->cap ? b->cap : 64;
	while (cap < b->len + more) {
		cap *= 2;
	}
	p = f->grow(b->data, cap);
	if (!p) {
		return -1;
	}
	b->data = p;
	b->cap = cap;
	return 0;
}

static void form_put(wo_form_buf *b, const char *s, size_t len)
{
	memcpy(b->data + b->len, s, len);
	b->len += len;
}

wo_form_status wo_form_enter(wo_form *f, const char *key, size_t len)
{
	int nested = f->depth > 0;

	if (f->depth > WO_FORM_MAX_DEPTH) {
		return WO_FORM_TOO_DEEP;
	}
	if (len > SIZE_MAX - 2 || form_reserve(f, &f->name, len + 2) != 0) {
		return WO_FORM_NO_MEMORY;
	}
	f->marks[f->depth++] = f->name.len;
	if (nested) {
		form_put(&f->name, "[", 1);
	}
	form_put(&f->name, key, len);
	if (nested) {
		form_put(&f->name, "]", 1);
	}
	return WO_FORM_OK;
}

void wo_form_leave(wo_form *f)
{
	if (f->depth > 0) {
		f->name.len = f->marks[--f->depth];
	}
}

wo_form_status wo_form_value(wo_form *f, const char *value, size_t len)
{
	size_t name_max = wo_form_escaped_max(f->name.len);
	size_t value_max = wo_form_escaped_max(len);
	wo_form_buf *b = &f->body;

	/* An escaped name or value of 0 bytes is an empty one or an overflow. */
	if ((f->name.len && !name_max) || (len && !value_max) || name_max > SIZE_MAX - 2 - value_max
	    || form_reserve(f, b, name_max + value_max + 2) != 0) {
		return WO_FORM_NO_MEMORY;
	}
	if (b->len) {
		form_put(b, "&", 1);
	}
	/* '[' and ']' escape to "%5B" and "%5D": the name comes out as
	 * http_build_query() writes it. */
	b->len += wo_form_escape((const unsigned char *) f->name.data, f->name.len, b->data + b->len);
	form_put(b, "=", 1);
	b->len += wo_form_escape((const unsigned char *) value, len, b->data + b->len);
	return WO_FORM_OK;
}

static void form_buf_free(wo_form *f, wo_form_buf *b)
{
	if (b->data) {
		form_wipe(b->data, b->cap);
		f->release(b->data);
	}
	memset(b, 0, sizeof(*b));
}

void wo_form_free(wo_form *f)
{
	form_buf_free(f, &f->body);
	form_buf_free(f, &f->name);
	f->depth = 0;
}
