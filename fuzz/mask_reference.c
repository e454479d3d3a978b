/*
 * The secret matcher as it was before issue 16 (ext/mask.c at 3025743): it
 * tries each secret at a start, one character at a time, keeping the set
 * of text positions the characters read so far can end at (at most 32).
 * Quadratic, and kept here only as the fuzzer's reference: the linear
 * matcher must mask every stretch this one finds. Changed from the
 * original in four ways: it reads the HTML5 named references too (one
 * character through match_html(), two through the caller's loop below),
 * it follows a run of whitespace at most 64 readings deep, it says when it
 * overflowed a position set or cut a run short (then it may miss
 * spellings, and only its findings, not its misses, are checked), and its
 * names.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "form.h"
#include "mask.h"
#include "mask_reference.h"

int ref_mask_dropped;

/* Positions kept at once. Only a secret full of '&', '%' or '\' in text
 * that spells each of them two ways at once comes near it; past it, the
 * furthest positions are dropped, which can only miss such a spelling. */
#define MASK_MAX_ENDS 32

typedef struct {
	size_t pos[MASK_MAX_ENDS];
	size_t n;
} mask_set;

/* Scratch kept between calls: the harness runs one input at a time. */
static mask_set *ref_sets;
static size_t ref_sets_cap;

static void set_add(mask_set *s, size_t p)
{
	for (size_t i = 0; i < s->n; i++) {
		if (s->pos[i] == p) {
			return;
		}
	}
	if (s->n < MASK_MAX_ENDS) {
		s->pos[s->n++] = p;
	} else {
		ref_mask_dropped = 1;
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
	/* Added for HTML5 (issue 16): every named reference, as the matcher
	 * reads it; a two-character one is taken by match_named_pair(). */
	(void) named;
	{
		size_t end;
		uint32_t cps[2];
		if (wo_mask_fuzz_named_reference(t, len, p, &end, cps) && cps[1] == 0 && (long) cps[0] == cp) {
			set_add(out, end);
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
	for (int first = 1, steps = 0; cur.n; first = 0, steps++) {
		/* Added for the fuzzer: a run is followed 64 readings deep. The
		 * original walked it to its end from every start, quadratic in
		 * the run; the spellings it finds are still spellings. */
		if (steps == 64) {
			ref_mask_dropped = 1;
			break;
		}
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

size_t ref_mask_match(const char *text, size_t len, size_t at, const char *secret, size_t secret_len)
{
	const unsigned char *s = (const unsigned char *) secret;
	mask_set *sets;
	size_t end = 0;

	if (secret_len == 0 || at >= len || !may_start(text[at], secret[0])) {
		return 0;
	}
	/* sets[i]: where the secret's first i bytes can end; a reference for
	 * two characters reaches past the next one. */
	if (secret_len + 1 > ref_sets_cap) {
		free(ref_sets);
		ref_sets_cap = secret_len + 1;
		ref_sets = malloc(ref_sets_cap * sizeof(*ref_sets));
		if (!ref_sets) {
			abort();
		}
	}
	sets = ref_sets;
	for (size_t i = 0; i <= secret_len; i++) {
		sets[i].n = 0;
	}
	sets[0].n = 1;
	sets[0].pos[0] = at;
	for (size_t i = 0; i < secret_len;) {
		long cp, cp2;
		size_t n = secret_char(s, secret_len, i, &cp), n2;

		if (is_space(s[i])) {
			while (i + n < secret_len && is_space(s[i + n])) {
				n++;
			}
			for (size_t k = 0; k < sets[i].n; k++) {
				match_space_run(text, len, sets[i].pos[k], &sets[i + n]);
			}
		} else {
			for (size_t k = 0; k < sets[i].n; k++) {
				match_char(text, len, sets[i].pos[k], s + i, n, cp, &sets[i + n]);
			}
			if (cp >= 0 && i + n < secret_len && !is_space(s[i + n])
			    && (n2 = secret_char(s, secret_len, i + n, &cp2), cp2 >= 0)) {
				for (size_t k = 0; k < sets[i].n; k++) {
					size_t q = sets[i].pos[k], e;
					uint32_t cps[2];

					/* cps[1] is 0 for a name of one character, and a
					 * NUL is no second one. */
					if (wo_mask_fuzz_named_reference(text, len, q, &e, cps) && cps[1] != 0
					    && (long) cps[0] == cp && (long) cps[1] == cp2) {
						set_add(&sets[i + n + n2], e);
					}
				}
			}
		}
		i += n;
	}
	for (size_t k = 0; k < sets[secret_len].n; k++) {
		end = sets[secret_len].pos[k] > end ? sets[secret_len].pos[k] : end;
	}
	return end;
}
