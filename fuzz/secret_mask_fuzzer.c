/*
 * libFuzzer harness for the secret matcher (ext/mask.c), which finds the
 * credentials a server echoes back in whatever escaping, so that messages,
 * excerpts and the module log can mask them.
 *
 * An input is: a length byte and a secret; then, for each character of the
 * secret, a byte choosing how to spell it (raw, %XX in either case, '+',
 * \uXXXX in either case, a JSON short escape, &#N; with or without zeros
 * or ';', &#xH;, a named reference of HTML5's (with or without ';' where
 * a browser reads it so; one for two characters where there is one), any
 * other whitespace for whitespace); then a length byte and bytes to put
 * before the spelling; the rest goes after it. The length byte over 24
 * (its quotient) picks the rest of the setting: 0, the secret alone and
 * the matcher's full thread budget; 1..8, that budget (to reach the
 * merging sooner) and two more secrets, the secret's first and second
 * halves (a trie that branches, spellings that overlap); 9 and 10, those
 * with the text repeated to 4 KB or more, checked without the reference.
 *
 * The harness writes that text and aborts on the first broken rule:
 *   - a region holds the spelling, and wo_mask_mentions() says so;
 *   - the text masked as the extension masks it (each region replaced
 *     with "********") spells no secret, by the reference below or by the
 *     matcher (unless a secret has a '*', which the mask itself spells,
 *     or the matcher merged, which may see a spelling where there is none);
 *   - every spelling the matcher before issue 16 finds (fuzz/
 *     mask_reference.c, quadratic, given the HTML5 names) is inside a
 *     region; and where neither merged (nor the reference dropped any
 *     position), the regions are exactly the union of those spellings;
 *   - the scan's work units stay within WORK_PER_BYTE times the text's
 *     length; and for a repeated text, the work for twice as many copies
 *     is at most twice as much and two copies' worth: work that grows
 *     faster than the text (a rescan per start, per secret, per run of
 *     spaces) is a finding;
 *   - the secret written as a JSON string literal in the chosen escapes
 *     decodes back to it with wo_mask_json_literal(), and written with XML
 *     references back to it with wo_mask_xml_decode();
 *   - no read outside the text (ASan).
 * At start-up, every HTML5 name is looked up through the matcher, with
 * its ';' and, for the legacy ones, without.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html5_entities.h"
#include "mask.h"
#include "mask_reference.h"

#define MAX_SECRET 24
#define MASK "********"
/* Texts longer than this are not checked against the reference, which is
 * quadratic. */
#define REFERENCE_MAX 2048
/* Repeated texts grow to at least this. */
#define AMPLIFIED 4096
/*
 * The work a scan may take per byte of text, from ext/mask.c: at a
 * position, at most WO_MASK_THREADS threads (T) arrive; each, and one new
 * thread, takes at most two readings of up to 8 bytes (1 + 8 units each)
 * and files where it goes (1 unit, plus a look along a bucket of at most
 * 3T + 2); the ghost and the position itself take a few more. That is at
 * most 16 + (T + 1) * (2 * 9 + 2 * (3T + 3)) units: 16 + 9 * 72 = 664 for
 * T = 8. Whatever a scan does, it does not do more than that per byte.
 */
#define WORK_PER_BYTE (16 + (WO_MASK_THREADS + 1) * (2 * 9 + 2 * (3 * WO_MASK_THREADS + 3)))


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

/* The entry of HTML5's table for cp (and cp2, 0 for none): the choice-th
 * of those there are, counting round; -1 when there is none. */
static int named_entry(long cp, long cp2, unsigned choice)
{
	int found[8], n = 0;

	for (int e = 0; e < WO_HTML5_NAMES && n < 8; e++) {
		if ((long) wo_html5_entities[e].cp[0] == cp && (long) wo_html5_entities[e].cp[1] == cp2) {
			found[n++] = e;
		}
	}
	return n ? found[choice % n] : -1;
}

/* A named reference for cp (cp2): "&name;", or "&#N;" when HTML5 has
 * none. Returns 0 when there is none for two; -1 for a legacy name, which
 * is written without its ';' (the caller puts it back where the byte after
 * it would make it read differently: "&not" before "in;" is "&notin;"). */
static int spell_named(buf *b, long cp, long cp2, uint8_t choice)
{
	int e = named_entry(cp, cp2, choice >> 4);

	if (e < 0) {
		if (!cp2) {
			buf_printf(b, "&#%ld;", cp);
		}
		return 0;
	}
	buf_add(b, "&", 1);
	buf_add(b, wo_html5_pool + wo_html5_entities[e].off, wo_html5_entities[e].len);
	return wo_html5_pool[wo_html5_entities[e].off + wo_html5_entities[e].len - 1] == ';' ? 1 : -1;
}

/* One character (bytes s[0..n), code point cp) spelt by choice. */
static int spell_char(buf *b, const unsigned char *s, size_t n, long cp, uint8_t choice)
{
	static const char json_from[] = "\"\\/\b\f\n\r\t";
	static const char json_to[] = "\"\\/bfnrt";
	static const char spaces[] = " \t\n\r\f\v";
	const char *j;

	if (cp < 0) {
		spell_bytes(b, s, n, choice % 4);
		return 0;
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
		return spell_named(b, cp, 0, choice);
	}
	return 0;
}

/* text with each region replaced by the mask, as wo_secrets_mask() does. */
static void mask_text(const buf *text, const wo_mask_regions *r, buf *out)
{
	size_t at = 0;

	for (size_t i = 0; i < r->count; i++) {
		buf_add(out, text->p + at, r->items[i].start - at);
		buf_add(out, MASK, sizeof(MASK) - 1);
		at = r->items[i].end;
	}
	buf_add(out, text->p + at, text->len - at);
}

static int is_alnum(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* spelt with a ';' put back after each legacy name (ending at one of
 * marks[0..n), in order) that a letter, digit or ';' follows, next being
 * the byte after spelt (-1 for none). */
static void settle_legacy_names(buf *spelt, const size_t *marks, size_t n, int next)
{
	buf out = {0};
	size_t at = 0;

	for (size_t k = 0; k < n; k++) {
		int c = marks[k] < spelt->len ? (unsigned char) spelt->p[marks[k]] : next;

		buf_add(&out, spelt->p + at, marks[k] - at);
		at = marks[k];
		if (c >= 0 && (is_alnum(c) || c == ';')) {
			buf_add(&out, ";", 1);
		}
	}
	buf_add(&out, spelt->p + at, spelt->len - at);
	free(spelt->p);
	*spelt = out;
}

/* Regions the extension's rule widens over a character reference they
 * would start inside (ext/mask.h), applied to the reference's union. */
static void widen_over_references(const buf *text, wo_mask_regions *r)
{
	size_t floor = 0;

	for (size_t i = 0; i < r->count; i++) {
		size_t a = r->items[i].start, q = a;
		unsigned char c = (unsigned char) text->p[a];

		if (a > floor && (is_alnum(c) || c == ';')) {
			while (q > floor && is_alnum((unsigned char) text->p[q - 1])) {
				q--;
			}
			if (q < a && q > floor && text->p[q - 1] == '#') {
				q--;
			}
			if (q < a && q > floor && text->p[q - 1] == '&') {
				r->items[i].start = q - 1;
			}
		}
		floor = r->items[i].end;
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

/* Every HTML5 name, looked up through the matcher: "&name" (its ';'
 * included), and a legacy one also followed by a byte that ends it. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	for (int e = 0; e < WO_HTML5_NAMES; e++) {
		char text[WO_HTML5_NAME_MAX + 3];
		size_t n = wo_html5_entities[e].len, end;
		uint32_t cp[2];

		text[0] = '&';
		memcpy(text + 1, wo_html5_pool + wo_html5_entities[e].off, n);
		text[n + 1] = '!';
		for (size_t len = n + 1; len <= n + 2; len++) {
			if (!wo_mask_fuzz_named_reference(text, len, 0, &end, cp) || end != n + 1
			    || cp[0] != wo_html5_entities[e].cp[0] || cp[1] != wo_html5_entities[e].cp[1]) {
				fprintf(stderr, "secret_mask_fuzzer: &%.*s is not read as HTML5 says\n", (int) n, text + 1);
				abort();
			}
		}
	}
	return 0;
}

static void *fuzz_grow(void *ptr, size_t size)
{
	void *p = realloc(ptr, size);
	if (!p) {
		abort();
	}
	return p;
}

/* Whether [a, e) lies inside one region. */
static int inside_region(const wo_mask_regions *r, size_t a, size_t e)
{
	size_t lo = 0, hi = r->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->items[mid].end <= a) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo < r->count && r->items[lo].start <= a && r->items[lo].end >= e;
}

/*
 * The reference's findings against the regions: every spelling it finds
 * lies inside one; and, when exact (neither scan merged or dropped), the
 * regions are the union of those spellings, overlapping ones joined.
 */
static void check_against_reference(const buf *text, const wo_mask_secret *secrets, size_t count,
                                    const wo_mask_regions *regions, int merged)
{
	wo_mask_regions ref = {0};

	ref_mask_dropped = 0;
	for (size_t a = 0; a < text->len; a++) {
		size_t longest = 0;

		for (size_t k = 0; k < count; k++) {
			size_t e = ref_mask_match(text->p, text->len, a, secrets[k].value, secrets[k].len);
			longest = e > longest ? e : longest;
		}
		if (!longest) {
			continue;
		}
		if (!inside_region(regions, a, longest)) {
			fprintf(stderr, "spelling at [%zu, %zu)\n", a, longest);
			fuzz_fail("a spelling the reference finds is not masked", text);
		}
		if (ref.count && ref.items[ref.count - 1].end > a) {
			size_t *e = &ref.items[ref.count - 1].end;
			*e = longest > *e ? longest : *e;
		} else {
			ref.items = fuzz_grow(ref.items, (ref.count + 1) * sizeof(*ref.items));
			ref.items[ref.count].start = a;
			ref.items[ref.count].end = longest;
			ref.count++;
		}
	}
	if (!merged && !ref_mask_dropped) {
		widen_over_references(text, &ref);
		if (ref.count != regions->count) {
			fprintf(stderr, "%zu regions, the reference's union has %zu\n", regions->count, ref.count);
			fuzz_fail("the regions are not the union of the spellings", text);
		}
		for (size_t i = 0; i < ref.count; i++) {
			if (ref.items[i].start != regions->items[i].start || ref.items[i].end != regions->items[i].end) {
				fprintf(stderr, "region [%zu, %zu), the reference's [%zu, %zu)\n", regions->items[i].start,
				        regions->items[i].end, ref.items[i].start, ref.items[i].end);
				fuzz_fail("the regions are not the union of the spellings", text);
			}
		}
	}
	free(ref.items);
}

/*
 * text is copies of a unit once_len long: the same text twice over must
 * cost at most twice the work, and two units' worth at most for what the
 * seam between the halves changes. Linear work passes; work that grows
 * with the square of the length doubles twice.
 */
static void check_work_doubles(wo_mask_matcher *m, const buf *text, size_t once_len, size_t work)
{
	buf twice = {0};
	wo_mask_regions r = {0};
	size_t again;

	buf_add(&twice, text->p, text->len);
	buf_add(&twice, text->p, text->len);
	if (wo_mask_find_regions(m, twice.p, twice.len, &r) != 0) {
		fuzz_fail("wo_mask_find_regions() failed", &twice);
	}
	again = wo_mask_fuzz_work(m);
	if (again > 2 * work + 2 * WORK_PER_BYTE * (once_len + 1)) {
		fprintf(stderr, "%zu work units for %zu bytes, %zu for twice them\n", work, text->len, again);
		fuzz_fail("the scan's work grows faster than the text", text);
	}
	wo_mask_regions_free(m, &r);
	free(twice.p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char secret[MAX_SECRET];
	uint8_t choices[MAX_SECRET];
	size_t secret_len, i = 0, chars = 0, before, spelt_start, spelt_end, count = 1, work, once_len;
	size_t marks[MAX_SECRET], nmarks = 0;
	unsigned setting;
	buf text = {0}, spelt = {0}, masked = {0};
	wo_mask_secret secrets[3];
	wo_mask_regions regions = {0};
	wo_mask_matcher *m;
	int merged, starred = 0;
	long cp, cp2;

	if (size < 2) {
		return 0;
	}
	secret_len = 1 + data[i] % MAX_SECRET;
	setting = data[i++] / MAX_SECRET;
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

	for (size_t k = 0; k < secret_len; chars++) {
		size_t n = utf8_char(secret, secret_len, k, &cp), n2 = 0;
		int named = 0;

		/* A name for this character and the next, where HTML5 has one. */
		if (cp > 0 && !is_space(cp) && choices[chars] % 12 == 11 && choices[chars] < 200 && k + n < secret_len
		    && (n2 = utf8_char(secret, secret_len, k + n, &cp2), cp2 > 0)
		    && spell_named(&spelt, cp, cp2, choices[chars])) {
			k += n + n2;
			chars++;
			continue;
		}
		named = spell_char(&spelt, secret + k, n, cp, choices[chars]);
		if (named < 0) {
			marks[nmarks++] = spelt.len;
		}
		k += n;
	}
	settle_legacy_names(&spelt, marks, nmarks, i + before < size ? data[i + before] : -1);

	buf_add(&text, data + i, before);
	i += before;
	spelt_start = text.len;
	buf_add(&text, spelt.p, spelt.len);
	spelt_end = text.len;
	buf_add(&text, data + i, size - i);
	once_len = text.len;
	if (setting >= 9 && text.len) {
		buf once = {0};

		buf_add(&once, text.p, text.len);
		while (text.len < AMPLIFIED) {
			buf_add(&text, once.p, once.len);
		}
		free(once.p);
	}
	if (wo_fuzz_dump) {
		fprintf(wo_fuzz_dump, "%.*s\n", (int) text.len, text.p);
	}

	secrets[0].value = (const char *) secret;
	secrets[0].len = secret_len;
	if (setting > 0 && secret_len > 1) {
		secrets[1].value = (const char *) secret;
		secrets[1].len = secret_len / 2;
		secrets[2].value = (const char *) secret + secret_len / 2;
		secrets[2].len = secret_len - secret_len / 2;
		count = 3;
	}
	starred = memchr(secret, '*', secret_len) != NULL;

	m = wo_mask_compile(secrets, count, fuzz_grow, free);
	if (!m) {
		fuzz_fail("the matcher could not be made", NULL);
	}
	if (setting >= 1 && setting <= 8) {
		wo_mask_fuzz_set_threads(m, setting);
	} else if (setting == 10) {
		wo_mask_fuzz_set_threads(m, 1);
	}
	if (wo_mask_find_regions(m, text.p, text.len, &regions) != 0) {
		fuzz_fail("wo_mask_find_regions() failed", &text);
	}
	work = wo_mask_fuzz_work(m);
	merged = wo_mask_fuzz_merged(m);
	if (wo_fuzz_dump) {
		fprintf(wo_fuzz_dump, "work: %zu units for %zu bytes (%.1f a byte)%s\n", work, text.len,
		        (double) work / (double) (text.len + 1), merged ? ", merged" : "");
	}
	if (work > WORK_PER_BYTE * (text.len + 1)) {
		fprintf(stderr, "%zu work units for %zu bytes\n", work, text.len);
		fuzz_fail("the scan's work is not linear in the text", &text);
	}
	if (setting >= 9) {
		check_work_doubles(m, &text, once_len, work);
	}
	if (!inside_region(&regions, spelt_start, spelt_end)) {
		fuzz_fail("the spelling is not inside a region", &text);
	}
	if (!wo_mask_mentions(m, text.p, text.len)) {
		fuzz_fail("wo_mask_mentions() misses the spelling", &text);
	}

	mask_text(&text, &regions, &masked);
	if (!starred) {
		int mentioned = wo_mask_mentions(m, masked.p, masked.len);

		if (mentioned && !wo_mask_fuzz_merged(m)) {
			fuzz_fail("masked text still spells a secret", &masked);
		}
	}
	if (text.len <= REFERENCE_MAX) {
		check_against_reference(&text, secrets, count, &regions, merged);
		if (!starred) {
			for (size_t a = 0; a < masked.len; a++) {
				for (size_t k = 0; k < count; k++) {
					if (ref_mask_match(masked.p, masked.len, a, secrets[k].value, secrets[k].len)) {
						fuzz_fail("masked text still spells a secret (by the reference)", &masked);
					}
				}
			}
		}
	}
	check_decoders(secret, secret_len, choices);

	wo_mask_regions_free(m, &regions);
	wo_mask_free(m);
	free(text.p);
	free(spelt.p);
	free(masked.p);
	return 0;
}
