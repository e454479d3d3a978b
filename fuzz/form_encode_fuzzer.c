/*
 * libFuzzer harness for the PHP-free form encoder (ext/form.c): the writer
 * that turns the caller's $params into the body of a WHMCS request, and
 * wo_form_post_name(), which says under which $_POST name PHP files a pair.
 *
 * An input is a small program run against the encoder and, beside it, a
 * model of what http_build_query() would write:
 *
 *   op byte % 5:  0  enter a key   (next byte: length % 24, then the key)
 *                 1  leave a key
 *                 2  write a value (next byte: length % 24, then the value)
 *                 3  let the next allocation fail
 *                 4  enter an integer key (next byte, as a signed number)
 *
 * After each step, and at the end, abort() on the first broken rule:
 *   - the body holds only what urlencode() writes (A-Z a-z 0-9 - . _ + and
 *     %XX in upper-case hex) and the separators '&' and '=';
 *   - split at '&' and at each pair's first '=', and decoded as urldecode()
 *     reads it, the body gives back exactly the model's pairs, in order:
 *     the name as the keys entered ("k0[k1][k2]"), the value as written;
 *   - a failed allocation or a key past WO_FORM_MAX_DEPTH changes nothing;
 *   - wo_form_post_name() of each name agrees with a line-by-line
 *     transcription of php_register_variable_ex() (main/php_variables.c),
 *     and gives the same answer whatever room it is given to write it;
 *   - escaping is undone by wo_form_unescape().
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"

#define MAX_PAIRS 4096

/* The replay driver (replay_main.c) sets this to print each program. */
FILE *wo_fuzz_dump;

static void fuzz_fail(const char *what, const char *detail, size_t len)
{
	fprintf(stderr, "form_encode_fuzzer: invariant broken: %s", what);
	if (detail) {
		fprintf(stderr, ": \"");
		for (size_t i = 0; i < len && i < 400; i++) {
			unsigned char c = (unsigned char) detail[i];
			fprintf(stderr, c >= 0x20 && c < 0x7F && c != '\\' ? "%c" : "\\x%02X", c);
		}
		fprintf(stderr, "\"");
	}
	fputc('\n', stderr);
	abort();
}

/* ---- allocation that fails on request ---------------------------------- */

static int fail_next_grow;

static void *fuzz_grow(void *ptr, size_t size)
{
	if (fail_next_grow) {
		fail_next_grow = 0;
		return NULL;
	}
	return realloc(ptr, size);
}

static void fuzz_release(void *ptr)
{
	free(ptr);
}

/* ---- the model ----------------------------------------------------------- */

typedef struct {
	char *name;
	size_t name_len;
	char *value;
	size_t value_len;
} pair;

static pair pairs[MAX_PAIRS];
static size_t pair_count;

/* The keys entered, composed as PHP reads them back. */
static char model_name[(WO_FORM_MAX_DEPTH + 1) * 26];
static size_t model_len;
static size_t model_marks[WO_FORM_MAX_DEPTH + 1];
static unsigned model_depth;

static void model_enter(const char *key, size_t len)
{
	model_marks[model_depth] = model_len;
	if (model_depth > 0) {
		model_name[model_len++] = '[';
	}
	memcpy(model_name + model_len, key, len);
	model_len += len;
	if (model_depth > 0) {
		model_name[model_len++] = ']';
	}
	model_depth++;
}

static void model_leave(void)
{
	if (model_depth > 0) {
		model_len = model_marks[--model_depth];
	}
}

static char *dup_bytes(const char *s, size_t len)
{
	char *p = malloc(len ? len : 1);
	if (!p) {
		abort();
	}
	memcpy(p, s, len);
	return p;
}

static void model_value(const char *value, size_t len)
{
	pairs[pair_count].name = dup_bytes(model_name, model_len);
	pairs[pair_count].name_len = model_len;
	pairs[pair_count].value = dup_bytes(value, len);
	pairs[pair_count].value_len = len;
	pair_count++;
}

/* ---- php_register_variable_ex(), as PHP writes it ------------------------ */

/*
 * The top-level name PHP 8.2 files "name=..." under, following the C of
 * main/php_variables.c step by step on a NUL-terminated copy (so that the
 * copy ends where PHP's would), rather than by the rules form.c states.
 */
static size_t php_top_level_name(const char *name, size_t len, char *out)
{
	char *copy = malloc(len + 1);
	char *var, *p, *ip = NULL, *index_s;
	size_t var_len;
	int is_array = 0;

	if (!copy) {
		abort();
	}
	memcpy(copy, name, len);
	copy[len] = '\0';
	var = copy;
	while (*var == ' ') {
		var++;
	}
	for (p = var; *p; p++) {
		if (*p == ' ' || *p == '.') {
			*p = '_';
		} else if (*p == '[') {
			is_array = 1;
			ip = p;
			*p = 0;
			break;
		}
	}
	var_len = (size_t) (p - var);
	if (var_len == 0) {
		free(copy);
		return 0;
	}
	if (is_array) {
		ip++;
		index_s = ip;
		if (*ip == ' ') {
			ip++;
		}
		if (*ip != ']' && !strchr(ip, ']')) {
			/* "not an index; un-terminate the var name" */
			*(index_s - 1) = '_';
			for (p = index_s; *p; p++) {
				if (*p == ' ' || *p == '.' || *p == '[') {
					*p = '_';
				}
			}
			var_len = strlen(var);
		}
	}
	memcpy(out, var, var_len);
	free(copy);
	return var_len;
}

static void check_post_name(const char *name, size_t len)
{
	char *expected = malloc(len + 1), *got = malloc(len + 1), small[4];
	size_t expected_len = php_top_level_name(name, len, expected);
	size_t got_len = wo_form_post_name(name, len, got, len);

	if (!expected || !got) {
		abort();
	}
	if (got_len != expected_len || memcmp(got, expected, got_len) != 0) {
		fuzz_fail("wo_form_post_name() differs from PHP's parser", name, len);
	}
	/* Less room: the same length, and as much of the name as fits. */
	if (wo_form_post_name(name, len, NULL, 0) != expected_len
	    || wo_form_post_name(name, len, small, sizeof(small)) != expected_len
	    || memcmp(small, expected, expected_len < sizeof(small) ? expected_len : sizeof(small)) != 0) {
		fuzz_fail("wo_form_post_name() depends on the room it is given", name, len);
	}
	free(expected);
	free(got);
}

/* ---- checking the body --------------------------------------------------- */

static int is_upper_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

static int is_plain(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
		|| c == '-' || c == '.' || c == '_' || c == '+';
}

static void check_decoded(const char *escaped, size_t len, const char *want, size_t want_len,
                          const char *what)
{
	unsigned char *decoded = malloc(len ? len : 1);
	size_t n;

	if (!decoded) {
		abort();
	}
	n = wo_form_unescape(escaped, len, decoded);
	if (n != want_len || memcmp(decoded, want, n) != 0) {
		fuzz_fail(what, escaped, len);
	}
	free(decoded);
}

static void check_body(const wo_form *f)
{
	const char *s = f->body.data;
	size_t len = f->body.len, at = 0, k = 0;

	if (pair_count == 0) {
		if (len != 0) {
			fuzz_fail("a body without values", s, len);
		}
		return;
	}
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '%') {
			if (i + 2 >= len || !is_upper_hex(s[i + 1]) || !is_upper_hex(s[i + 2])) {
				fuzz_fail("a '%' without two upper-case hex digits", s, len);
			}
		} else if (!is_plain(s[i]) && s[i] != '&' && s[i] != '=') {
			fuzz_fail("a byte urlencode() never writes", s + i, 1);
		}
	}
	while (at <= len) {
		const char *end = memchr(s + at, '&', len - at);
		size_t pair_len = end ? (size_t) (end - (s + at)) : len - at;
		const char *eq = memchr(s + at, '=', pair_len);

		if (k >= pair_count) {
			fuzz_fail("more pairs than values written", s, len);
		}
		if (!eq) {
			fuzz_fail("a pair without '='", s + at, pair_len);
		}
		check_decoded(s + at, (size_t) (eq - (s + at)), pairs[k].name, pairs[k].name_len,
			"a name that does not decode to the keys entered");
		check_decoded(eq + 1, pair_len - (size_t) (eq - (s + at)) - 1, pairs[k].value,
			pairs[k].value_len, "a value that does not decode to the value written");
		k++;
		at += pair_len + 1;
	}
	if (k != pair_count) {
		fuzz_fail("fewer pairs than values written", s, len);
	}
}

/* ---- the program --------------------------------------------------------- */

static const uint8_t *in;
static size_t in_left;

static int next_byte(uint8_t *b)
{
	if (!in_left) {
		return 0;
	}
	*b = *in++;
	in_left--;
	return 1;
}

/* A length byte, then that many bytes (fewer when the input ends). */
static size_t next_bytes(const char **bytes)
{
	uint8_t n;
	size_t len;

	if (!next_byte(&n)) {
		*bytes = "";
		return 0;
	}
	len = n % 24;
	if (len > in_left) {
		len = in_left;
	}
	*bytes = (const char *) in;
	in += len;
	in_left -= len;
	return len;
}

static void step_enter(wo_form *f, const char *key, size_t len)
{
	size_t body_len = f->body.len;
	wo_form_status st = wo_form_enter(f, key, len);

	if (st == WO_FORM_OK) {
		if (model_depth > WO_FORM_MAX_DEPTH) {
			fuzz_fail("a key past WO_FORM_MAX_DEPTH was entered", key, len);
		}
		model_enter(key, len);
	} else if (st == WO_FORM_TOO_DEEP && model_depth <= WO_FORM_MAX_DEPTH) {
		fuzz_fail("a key refused as too deep within WO_FORM_MAX_DEPTH", key, len);
	}
	if (f->depth != model_depth || f->name.len != model_len || f->body.len != body_len
	    || (model_len && memcmp(f->name.data, model_name, model_len) != 0)) {
		fuzz_fail("entering a key left the wrong name", f->name.data, f->name.len);
	}
	check_post_name(model_name, model_len);
}

static void step_value(wo_form *f, const char *value, size_t len)
{
	wo_form_status st;

	if (pair_count == MAX_PAIRS) {
		return;
	}
	st = wo_form_value(f, value, len);
	if (st == WO_FORM_OK) {
		model_value(value, len);
	} else if (st != WO_FORM_NO_MEMORY) {
		fuzz_fail("writing a value failed other than for memory", value, len);
	}
	check_body(f);
}

static void run_program(wo_form *f)
{
	uint8_t op, b;
	const char *bytes;
	size_t len;
	char digits[8];

	while (next_byte(&op)) {
		switch (op % 5) {
		case 0:
			len = next_bytes(&bytes);
			step_enter(f, bytes, len);
			break;
		case 1:
			wo_form_leave(f);
			model_leave();
			if (f->depth != model_depth || f->name.len != model_len) {
				fuzz_fail("leaving a key left the wrong name", f->name.data, f->name.len);
			}
			break;
		case 2:
			len = next_bytes(&bytes);
			step_value(f, bytes, len);
			break;
		case 3:
			fail_next_grow = 1;
			break;
		case 4:
			if (next_byte(&b)) {
				len = (size_t) snprintf(digits, sizeof(digits), "%d", (int) (int8_t) b);
				step_enter(f, digits, len);
			}
			break;
		}
		if (wo_fuzz_dump) {
			fprintf(wo_fuzz_dump, "op %u: depth %u, %zu pairs, body %.*s\n", op % 5, f->depth,
				pair_count, (int) f->body.len, f->body.data ? f->body.data : "");
		}
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wo_form f;

	in = data;
	in_left = size;
	pair_count = 0;
	model_len = 0;
	model_depth = 0;
	fail_next_grow = 0;

	wo_form_init(&f, fuzz_grow, fuzz_release);
	run_program(&f);
	check_body(&f);
	/* The whole input as one name: bytes no program of keys composes. */
	check_post_name((const char *) data, size);
	wo_form_free(&f);
	if (f.body.data || f.name.data || f.body.len || f.depth) {
		fuzz_fail("wo_form_free() left something behind", NULL, 0);
	}

	for (size_t i = 0; i < pair_count; i++) {
		free(pairs[i].name);
		free(pairs[i].value);
	}
	return 0;
}
