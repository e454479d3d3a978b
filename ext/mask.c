/*
 * The secret matcher (see mask.h). It walks the secret one character at a
 * time and keeps the set of text positions that the characters read so far
 * can end at: a character may be spelt in ways of different lengths at the
 * same place ('&' as itself or as "&amp;"), so there can be more than one.
 */
#include <stdint.h>
#include <string.h>
#include "form.h"
#include "mask.h"

/* Positions kept at once. Only a secret full of '&', '%' or '\' in text
 * that spells each of them two ways at once comes near it; past it, the
 * furthest positions are dropped, which can only miss such a spelling. */
#define MASK_MAX_ENDS 32

typedef struct {
	size_t pos[MASK_MAX_ENDS];
	size_t n;
} mask_set;

static void set_add(mask_set *s, size_t p)
{
	for (size_t i = 0; i < s->n; i++) {
		if (s->pos[i] == p) {
			return;
		}
	}
	if (s->n < MASK_MAX_ENDS) {
		s->pos[s->n++] = p;
	}
}

/*
 * The character of s at i: its length in bytes, and in *cp its code point,
 * or -1 for a byte that does not start valid UTF-8 (RFC 3629: no overlong
 * forms, no surrogates), which then stands alone.
 */
static size_t secret_char(const unsigned char *s, size_t len, size_t i, long *cp)
{
	unsigned char c = s[i];
	unsigned char lo = 0x80, hi = 0xBF;
	size_t n;
	long v;

	*cp = -1;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		v = c & 0x0F;
		lo = c == 0xE0 ? 0xA0 : 0x80;
		hi = c == 0xED ? 0x9F : 0xBF;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		v = c & 0x07;
		lo = c == 0xF0 ? 0x90 : 0x80;
		hi = c == 0xF4 ? 0x8F : 0xBF;
	} else {
		return 1;
	}
	if (len - i < n || s[i + 1] < lo || s[i + 1] > hi) {
		return 1;
	}
	for (size_t k = 1; k < n; k++) {
		if (k > 1 && (s[i + k] & 0xC0) != 0x80) {
			return 1;
		}
		v = v << 6 | (s[i + k] & 0x3F);
	}
	*cp = v;
	return n;
}

/* The bytes b[0..n) from text[p], each raw, "%XX", or '+' for a space. */
static void match_bytes(const char *t, size_t len, size_t p, const unsigned char *b, size_t n, mask_set *out)
{
	mask_set cur, next;

	cur.n = 1;
	cur.pos[0] = p;
	for (size_t k = 0; k < n; k++) {
		next.n = 0;
		for (size_t i = 0; i < cur.n; i++) {
			size_t q = cur.pos[i];

			if (q < len && ((unsigned char) t[q] == b[k] || (b[k] == ' ' && t[q] == '+'))) {
				set_add(&next, q + 1);
			}
			if (q + 2 < len && t[q] == '%' && wo_form_hex_value(t[q + 1]) >= 0 && wo_form_hex_value(t[q + 2]) >= 0
			    && (wo_form_hex_value(t[q + 1]) << 4 | wo_form_hex_value(t[q + 2])) == b[k]) {
				set_add(&next, q + 3);
			}
		}
		if (next.n == 0) {
			return;
		}
		cur = next;
	}
	for (size_t i = 0; i < cur.n; i++) {
		set_add(out, cur.pos[i]);
	}
}

/* The value of "\uXXXX" at text[p], or -1. */
static long json_unicode_escape(const char *t, size_t len, size_t p)
{
	long v = 0;

	if (p + 6 > len || t[p] != '\\' || t[p + 1] != 'u') {
		return -1;
	}
	for (size_t k = 2; k < 6; k++) {
		int h = wo_form_hex_value(t[p + k]);
		if (h < 0) {
			return -1;
		}
		v = v << 4 | h;
	}
	return v;
}

/* JSON: \uXXXX, a surrogate pair, or a two-character escape. */
static void match_json(const char *t, size_t len, size_t p, long cp, mask_set *out)
{
	static const char short_from[] = "\"\\/\b\f\n\r\t";
	static const char short_to[] = "\"\\/bfnrt";
	const char *s;

	if (cp <= 0xFFFF) {
		if (json_unicode_escape(t, len, p) == cp) {
			set_add(out, p + 6);
		}
	} else if (json_unicode_escape(t, len, p) == 0xD800 + ((cp - 0x10000) >> 10)
	           && json_unicode_escape(t, len, p + 6) == 0xDC00 + ((cp - 0x10000) & 0x3FF)) {
		set_add(out, p + 12);
	}
	if (cp > 0 && cp < 0x80 && (s = memchr(short_from, (int) cp, sizeof(short_from) - 1)) != NULL
	    && p + 1 < len && t[p] == '\\' && t[p + 1] == short_to[s - short_from]) {
		set_add(out, p + 2);
	}
}

/* HTML and XML: "&#N;", "&#xH;", and the five named references. */
static void match_html(const char *t, size_t len, size_t p, long cp, mask_set *out)
{
	static const struct { const char *name; long cp; } named[] = {
		{ "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' }, { "quot;", '"' }, { "apos;", '\'' },
	};

	if (p + 2 >= len || t[p] != '&') {
		return;
	}
	if (t[p + 1] == '#') {
		size_t q = p + 2, digits = 0;
		int base = 10;
		long v = 0;

		if (t[q] == 'x' || t[q] == 'X') {
			base = 16;
			q++;
		}
		for (; q < len; q++, digits++) {
			int d = wo_form_hex_value(t[q]);
			if (d < 0 || d >= base) {
				break;
			}
			/* Past the last code point the reference is no character. */
			v = v > 0x10FFFF ? v : v * base + d;
		}
		if (digits > 0 && v == cp) {
			set_add(out, q < len && t[q] == ';' ? q + 1 : q);
		}
		return;
	}
	for (size_t i = 0; i < sizeof(named) / sizeof(named[0]); i++) {
		size_t n = strlen(named[i].name);
		if (named[i].cp == cp && len - p - 1 >= n && memcmp(t + p + 1, named[i].name, n) == 0) {
			set_add(out, p + 1 + n);
		}
	}
}

/* Every spelling of one character (its bytes b[0..n), code point cp or -1)
 * at text[p]. */
static void match_char(const char *t, size_t len, size_t p, const unsigned char *b, size_t n, long cp,
                       mask_set *out)
{
	match_bytes(t, len, p, b, n, out);
	if (cp >= 0) {
		match_json(t, len, p, cp, out);
		match_html(t, len, p, cp, out);
	}
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * A run of whitespace in the secret matches a run of whitespace in the
 * text, of any length and kind: messages collapse runs to one space,
 * excerpts write a tab as a space, XML parsers turn a tab in an attribute
 * into a space. The run may end anywhere after its first character ('+'
 * is a space in a form, and a '+' in the secret may follow), but where
 * the text's run ends comes first, so that a long run cannot crowd out
 * its own end.
 */
static void match_space_run(const char *t, size_t len, size_t p, mask_set *out)
{
	static const unsigned char spaces[] = " \t\n\r\f\v";
	mask_set cur, next, within;

	cur.n = 1;
	cur.pos[0] = p;
	within.n = 0;
	for (int first = 1; cur.n; first = 0) {
		next.n = 0;
		for (size_t i = 0; i < cur.n; i++) {
			size_t before = next.n;

			for (size_t k = 0; k < sizeof(spaces) - 1; k++) {
				match_char(t, len, cur.pos[i], spaces + k, 1, spaces[k], &next);
			}
			if (!first) {
				set_add(next.n == before ? out : &within, cur.pos[i]);
			}
		}
		cur = next;
	}
	for (size_t i = 0; i < within.n; i++) {
		set_add(out, within.pos[i]);
	}
}

/* Whether the byte at text[at] may begin a spelling of a character whose
 * first byte is c: the cheap test that keeps a scan fast. */
static int may_start(char t, char c)
{
	return t == c || t == '%' || t == '&' || t == '\\' || (is_space((unsigned char) c)
		&& (t == '+' || is_space((unsigned char) t)));
}

size_t wo_mask_match(const char *text, size_t len, size_t at, const char *secret, size_t secret_len)
{
	const unsigned char *s = (const unsigned char *) secret;
	mask_set cur, next;
	size_t end = 0;

	if (secret_len == 0 || at >= len || !may_start(text[at], secret[0])) {
		return 0;
	}
	cur.n = 1;
	cur.pos[0] = at;
	for (size_t i = 0; i < secret_len;) {
		long cp;
		size_t n = secret_char(s, secret_len, i, &cp);

		next.n = 0;
		if (is_space(s[i])) {
			while (i + n < secret_len && is_space(s[i + n])) {
				n++;
			}
			for (size_t k = 0; k < cur.n; k++) {
				match_space_run(text, len, cur.pos[k], &next);
			}
		} else {
			for (size_t k = 0; k < cur.n; k++) {
				match_char(text, len, cur.pos[k], s + i, n, cp, &next);
			}
		}
		if (next.n == 0) {
			return 0;
		}
		cur = next;
		i += n;
	}
	for (size_t k = 0; k < cur.n; k++) {
		end = cur.pos[k] > end ? cur.pos[k] : end;
	}
	return end;
}

size_t wo_mask_match_any(const char *text, size_t len, size_t at,
                         const wo_mask_secret *secrets, size_t count)
{
	size_t end = 0;

	for (size_t i = 0; i < count; i++) {
		size_t e = wo_mask_match(text, len, at, secrets[i].value, secrets[i].len);
		end = e > end ? e : end;
	}
	return end;
}

int wo_mask_find(const char *text, size_t len, const wo_mask_secret *secrets, size_t count,
                 size_t *start, size_t *end)
{
	for (size_t at = 0; at < len; at++) {
		size_t e = wo_mask_match_any(text, len, at, secrets, count);
		if (e) {
			if (start) {
				*start = at;
			}
			if (end) {
				*end = e;
			}
			return 1;
		}
	}
	return 0;
}

/* ---- JSON string literals ---------------------------------------------- */

static size_t utf8_put(char *out, long cp)
{
	if (cp < 0x80) {
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char) (0xC0 | cp >> 6);
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char) (0xE0 | cp >> 12);
		out[1] = (char) (0x80 | (cp >> 6 & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | cp >> 18);
	out[1] = (char) (0x80 | (cp >> 12 & 0x3F));
	out[2] = (char) (0x80 | (cp >> 6 & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

size_t wo_mask_json_literal(const char *text, size_t len, size_t at, char *out, size_t *out_len)
{
	static const char letters[] = "\"\\/bfnrt";
	static const char chars[] = "\"\\/\b\f\n\r\t";
	size_t i = at + 1, o = 0;

	*out_len = 0;
	if (at >= len || text[at] != '"') {
		return 0;
	}
	while (i < len) {
		const char *s;
		long cp, lo;

		if (text[i] == '"') {
			*out_len = o;
			return i + 1;
		}
		if (text[i] != '\\' || i + 1 >= len) {
			out[o++] = text[i++];
			continue;
		}
		if ((cp = json_unicode_escape(text, len, i)) >= 0) {
			/* A high surrogate and a low one make one character; a lone
			 * surrogate stays as it was written. Either way no more bytes
			 * come out than went in. */
			if (cp >= 0xD800 && cp <= 0xDBFF && (lo = json_unicode_escape(text, len, i + 6)) >= 0xDC00
			    && lo <= 0xDFFF) {
				o += utf8_put(out + o, 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00));
				i += 12;
			} else if (cp >= 0xD800 && cp <= 0xDFFF) {
				memcpy(out + o, text + i, 6);
				o += 6;
				i += 6;
			} else {
				o += utf8_put(out + o, cp);
				i += 6;
			}
		} else if ((s = memchr(letters, text[i + 1], sizeof(letters) - 1)) != NULL) {
			out[o++] = chars[s - letters];
			i += 2;
		} else {
			out[o++] = text[i++];
		}
	}
	return 0;
}

/* ---- XML character data ------------------------------------------------- */

/* The character of the reference "&...;" at text[at], and its end; -1 when
 * there is none. */
static long xml_reference(const char *t, size_t len, size_t at, size_t *end)
{
	static const struct { const char *name; long cp; } named[] = {
		{ "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' }, { "quot;", '"' }, { "apos;", '\'' },
	};
	size_t q = at + 2;
	int base = 10;
	long v = 0;

	if (at + 3 >= len || t[at] != '&') {
		return -1;
	}
	if (t[at + 1] != '#') {
		for (size_t i = 0; i < sizeof(named) / sizeof(named[0]); i++) {
			size_t n = strlen(named[i].name);
			if (len - at - 1 >= n && memcmp(t + at + 1, named[i].name, n) == 0) {
				*end = at + 1 + n;
				return named[i].cp;
			}
		}
		return -1;
	}
	if (t[q] == 'x') {
		base = 16;
		q++;
	}
	for (size_t start = q; q < len; q++) {
		int d = wo_form_hex_value(t[q]);
		if (d < 0 || d >= base) {
			if (q == start || t[q] != ';' || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
				return -1;
			}
			*end = q + 1;
			return v;
		}
		v = v > 0x10FFFF ? v : v * base + d;
	}
	return -1;
}

size_t wo_mask_xml_decode(const char *text, size_t len, char *out)
{
	size_t i = 0, o = 0, end;
	long cp;

	while (i < len) {
		/* Every reference is at least 4 bytes ("&lt;") and decodes to at
		 * most 4, so out never outgrows text. */
		if (text[i] == '&' && (cp = xml_reference(text, len, i, &end)) >= 0) {
			o += utf8_put(out + o, cp);
			i = end;
		} else {
			out[o++] = text[i++];
		}
	}
	return o;
}
