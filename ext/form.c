/*
 * Form encoding at the byte level. The rules are those of PHP's urlencode()
 * (ext/standard/url.c), which http_build_query() applies to keys and values:
 * WHMCS is a PHP application reading $_POST, so matching them byte for byte
 * means a value arrives exactly as the caller wrote it.
 */
#include <stdint.h>
#include "form.h"

static const char upper_hex[] = "0123456789ABCDEF";

/* urlencode() leaves only these alone; note '~' and '*' are escaped, unlike
 * in RFC 3986, because PHP does so. */
static int form_byte_is_plain(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
		|| c == '-' || c == '.' || c == '_';
}

size_t wo_form_escaped_max(size_t len)
{
	return len > SIZE_MAX / 3 ? 0 : len * 3;
}

size_t wo_form_escape(const unsigned char *in, size_t len, char *out)
{
	char *o = out;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = in[i];

		if (form_byte_is_plain(c)) {
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

static int form_hex_value(char c)
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
		} else if (in[i] == '%' && i + 2 < len && (hi = form_hex_value(in[i + 1])) >= 0
		           && (lo = form_hex_value(in[i + 2])) >= 0) {
			*o++ = (unsigned char) (hi << 4 | lo);
			i += 2;
		} else {
			*o++ = (unsigned char) in[i];
		}
	}
	return (size_t) (o - out);
}
