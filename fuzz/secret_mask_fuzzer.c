/*
 * libFuzzer harness for the secret matcher (ext/mask.c), which finds a
 * credential a server echoes back in whatever escaping, so that messages,
 * excerpts and the module log can mask it.
 *
 * An input is: a length byte and a secret; then, for each character of the
 * secret, a byte choosing how to spell it (raw, %XX in either case, '+',
 * \uXXXX in either case, a JSON short escape, &#N; with or without zeros
 * or ';', &#xH;, a named reference, any other whitespace for whitespace);
 * then a length byte and bytes to put before the spelling; the rest goes
 * after it. The harness writes that text and aborts on the first broken
 * rule:
 *   - wo_mask_match() at the start of the spelling matches, up to its end
 *     at least, and wo_mask_find() finds a match no later than there;
 *   - masking the text as the extension does (secrets.c: each match
 *     replaced with "********") leaves nothing that matches, unless the
 *     secret has a '*' (the mask itself would spell it);
 *   - the secret written as a JSON string literal in the chosen escapes
 *     decodes back to it with wo_mask_json_literal(), and written with XML
 *     references back to it with wo_mask_xml_decode();
 *   - no read outside the text (ASan).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mask.h"

#define MAX_SECRET 24
#define MASK "********"

/* The replay driver (replay_main.c) sets this to print each text. */
FILE *wo_fuzz_dump;

typedef struct {
	char *p;
	size_t len;
	size_t cap;
} buf;

static void buf_add(buf *b, const void *s, size_t n)
{
	if (n == 0) {
		return;
	}
	if (n > b->cap - b->len) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap - b->len < n) {
			cap *= 2;
		}
		b->p = realloc(b->p, cap);
		if (!b->p) {
			abort();
		}
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void buf_printf(buf *b, const char *fmt, long v)
{
	char tmp[32];
	int n = snprintf(tmp, sizeof(tmp), fmt, v);
	buf_add(b, tmp, (size_t) n);
}

static void fuzz_fail(const char *what, const buf *text)
{
	fprintf(stderr, "secret_mask_fuzzer: invariant broken: %s\n", what);
	if (text) {
		fprintf(stderr, "text: \"");
		for (size_t i = 0; i < text->len && i < 600; i++) {
			unsigned char c = (unsigned char) text->p[i];
			fprintf(stderr, c >= 0x20 && c < 0x7F && c != '\\' ? "%c" : "\\x%02X", c);
		}
		fprintf(stderr, "\"\n");
	}
	abort();
}

/* The character at s[i] (its length; *cp its code point, -1 when the
 * byte does not start valid UTF-8), by the rules of RFC 3629. */
static size_t utf8_char(const unsigned char *s, size_t len, size_t i, long *cp)
{
	unsigned char c = s[i];
	size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
		: c >= 0xF0 && c <= 0xF4 ? 4 : 0;
	long v = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;

	*cp = -1;
	if (n == 0 || len - i < n) {
		return 1;
	}
	for (size_t k = 1; k < n; k++) {
		if ((s[i + k] & 0xC0) != 0x80) {
			return 1;
		}
		v = v << 6 | (s[i + k] & 0x3F);
	}
	if ((n == 2 && v < 0x80) || (n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF))
	    || (v >= 0xD800 && v <= 0xDFFF)) {
		return 1;
	}
	*cp = v;
	return n;
}

static int is_space(long c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void spell_bytes(buf *b, const unsigned char *s, size_t n, int style)
{
	for (size_t k = 0; k < n; k++) {
		if (style == 1 || (style == 3 && k % 2)) {
			buf_printf(b, "%%%02X", s[k]);
		} else if (style == 2) {
			buf_printf(b, "%%%02x", s[k]);
		} else {
			buf_add(b, s + k, 1);
		}
	}
}

static void spell_json_u(buf *b, long cp, int upper)
{
	const char *fmt = upper ? "\\u%04X" : "\\u%04x";

	if (cp < 0x10000) {
		buf_printf(b, fmt, cp);
	} else {
		buf_printf(b, fmt, 0xD800 + ((cp - 0x10000) >> 10));
		buf_printf(b, fmt, 0xDC00 + ((cp - 0x10000) & 0x3FF));
	}
}

/* One character (bytes s[0..n), code point cp) spelt by choice. */
static void spell_char(buf *b, const unsigned char *s, size_t n, long cp, uint8_t choice)
{
	static const char json_from[] = "\"\\/\b\f\n\r\t";
	static const char json_to[] = "\"\\/bfnrt";
	static const char spaces[] = " \t\n\r\f\v";
	const char *j;

	if (cp < 0) {
		spell_bytes(b, s, n, choice % 4);
		return;
	}
	if (is_space(cp) && choice >= 200) {
		/* Any whitespace stands for any other. */
		cp = spaces[choice % 6];
		s = (const unsigned char *) &spaces[choice % 6];
		n = 1;
		choice /= 7;
	}
	switch (choice % 12) {
	case 0: case 1: case 2: case 3:
		spell_bytes(b, s, n, choice % 4);
		break;
	case 4:
		if (cp == ' ') {
			buf_add(b, "+", 1);
		} else {
			spell_bytes(b, s, n, 1);
		}
		break;
	case 5: case 6:
		spell_json_u(b, cp, choice % 12 == 6);
		break;
	case 7:
		if (cp > 0 && cp < 0x80 && (j = memchr(json_from, (int) cp, sizeof(json_from) - 1)) != NULL) {
			buf_add(b, "\\", 1);
			buf_add(b, &json_to[j - json_from], 1);
		} else {
			spell_json_u(b, cp, 0);
		}
		break;
	case 8:
		buf_printf(b, "&#%ld;", cp);
		break;
	case 9:
		buf_printf(b, "&#000%ld;", cp);
		break;
	case 10:
		buf_printf(b, choice & 16 ? "&#X%lX;" : "&#x%lx;", cp);
		break;
	case 11:
		switch (cp) {
		case '&': buf_add(b, "&amp;", 5); break;
		case '<': buf_add(b, "&lt;", 4); break;
		case '>': buf_add(b, "&gt;", 4); break;
		case '"': buf_add(b, "&quot;", 6); break;
		case '\'': buf_add(b, "&apos;", 6); break;
		default: buf_printf(b, "&#%ld;", cp); break;
		}
		break;
	}
}

/* The secret masked out of text, as wo_secrets_mask() does it. */
static void mask_text(const buf *text, const wo_mask_secret *secret, buf *out)
{
	size_t at = 0;

	while (at < text->len) {
		size_t e = wo_mask_match_any(text->p, text->len, at, secret, 1);
		if (e) {
			buf_add(out, MASK, sizeof(MASK) - 1);
			at = e;
		} else {
			buf_add(out, text->p + at, 1);
			at++;
		}
	}
}

static void check_decoders(const unsigned char *s, size_t len, const uint8_t *choices)
{
	buf json = {0}, xml = {0};
	char *decoded;
	size_t decoded_len, end;
	long cp;

	buf_add(&json, "\"", 1);
	for (size_t i = 0, c = 0; i < len; c++) {
		size_t n = utf8_char(s, len, i, &cp);
		if (cp <= 0) {
			goto done;   /* JSON and XML text is UTF-8, and XML has no NUL */
		}
		if (cp == '"' || cp == '\\' || cp < 0x20 || choices[c] % 2) {
			spell_json_u(&json, cp, choices[c] & 2);
		} else {
			buf_add(&json, s + i, n);
		}
		if (cp == '&' || cp == '<' || choices[c] % 3 == 0) {
			buf_printf(&xml, choices[c] & 4 ? "&#x%lx;" : "&#%ld;", cp);
		} else {
			buf_add(&xml, s + i, n);
		}
		i += n;
	}
	buf_add(&json, "\"", 1);

	decoded = malloc(json.len + xml.len + 1);
	if (!decoded) {
		abort();
	}
	end = wo_mask_json_literal(json.p, json.len, 0, decoded, &decoded_len);
	if (end != json.len || decoded_len != len || memcmp(decoded, s, len) != 0) {
		fuzz_fail("a JSON literal does not decode to the secret", &json);
	}
	decoded_len = wo_mask_xml_decode(xml.p, xml.len, decoded);
	if (decoded_len != len || (len && memcmp(decoded, s, len) != 0)) {
		fuzz_fail("XML references do not decode to the secret", &xml);
	}
	free(decoded);
done:
	free(json.p);
	free(xml.p);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char secret[MAX_SECRET];
	uint8_t choices[MAX_SECRET];
	size_t secret_len, i = 0, chars = 0, before, spelt_start, spelt_end, end, found_start, found_end;
	buf text = {0}, masked = {0};
	wo_mask_secret ms;
	long cp;

	if (size < 2) {
		return 0;
	}
	secret_len = 1 + data[i++] % MAX_SECRET;
	if (size - i < secret_len) {
		return 0;
	}
	memcpy(secret, data + i, secret_len);
	i += secret_len;
	memset(choices, 0, sizeof(choices));
	for (size_t k = 0; k < secret_len && i < size; k++) {
		choices[k] = data[i++];
	}
	before = i < size ? data[i++] : 0;
	before = before < size - i ? before : size - i;

	buf_add(&text, data + i, before);
	i += before;
	spelt_start = text.len;
	for (size_t k = 0; k < secret_len; chars++) {
		size_t n = utf8_char(secret, secret_len, k, &cp);
		spell_char(&text, secret + k, n, cp, choices[chars]);
		k += n;
	}
	spelt_end = text.len;
	buf_add(&text, data + i, size - i);
	if (wo_fuzz_dump) {
		fprintf(wo_fuzz_dump, "%.*s\n", (int) text.len, text.p);
	}

	ms.value = (const char *) secret;
	ms.len = secret_len;
	end = wo_mask_match(text.p, text.len, spelt_start, ms.value, ms.len);
	if (end < spelt_end) {
		fuzz_fail("the spelling is not matched where it starts", &text);
	}
	if (!wo_mask_find(text.p, text.len, &ms, 1, &found_start, &found_end) || found_start > spelt_start
	    || found_end <= found_start) {
		fuzz_fail("wo_mask_find() misses the spelling", &text);
	}
	if (!memchr(secret, '*', secret_len)) {
		mask_text(&text, &ms, &masked);
		if (wo_mask_find(masked.p, masked.len, &ms, 1, NULL, NULL)) {
			fuzz_fail("masked text still spells the secret", &masked);
		}
	}
	check_decoders(secret, secret_len, choices);

	free(text.p);
	free(masked.p);
	return 0;
}
