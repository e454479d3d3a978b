/*
 * libFuzzer harness for the OPS round trip: a value built from the input is
 * written by the extension's encoder (ext/ops_encode.c) and read back by its
 * decoder (ext/ops_decode.c); the events read must be the events written.
 *
 * The input is a small program (see build_value) that builds any value the
 * encoder takes: containers of both kinds nested past the bound, keys and
 * texts of raw input bytes (so invalid UTF-8 and characters XML forbids
 * too), dt_array indices out of order or up to 2^64-1. What must hold:
 *
 *   - the encoder fails exactly at the first fault of the value in event
 *     order (a text or key that is not XML 1.0 characters in UTF-8, a 65th
 *     level, an index the decoder could not read), and says which, at which offset, in a key or a text, at
 *     which depth and in which top-level item;
 *   - otherwise the document decodes, through the checking builder of
 *     ops_fuzz.c, to the very same events.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ops_codec.h"
#include "ops_encode.h"
#include "ops_fuzz.h"
#include "ops_text.h"

/* Keeps a value (and its document) small enough for -rss_limit_mb. */
#define MAX_EVENTS 20000

typedef struct {
	const uint8_t *p;
	size_t n;
	size_t i;
} program;

static int take(program *pr, uint8_t *b)
{
	if (pr->i >= pr->n) {
		return 0;
	}
	*b = pr->p[pr->i++];
	return 1;
}

/* The next len bytes of the program (fewer at its end). */
static const char *take_bytes(program *pr, size_t len, size_t *got)
{
	const char *s = (const char *) pr->p + pr->i;

	*got = len < pr->n - pr->i ? len : pr->n - pr->i;
	pr->i += *got;
	return s;
}

static const char *const texts[16] = {
	"", " ", "\r\n", "\t", "&", "<>", "]]>", "\"'", "\xC3\xA9", "\xF0\x9F\x98\x80",
	"\xEF\xBF\xBD", "\x7F", "&#13;", "a\rb", "\xEF\xBF\xBE", "\x01",
};

/* Deeper than the encoder takes, so that the bound itself is tried. */
#define MAX_BUILD_DEPTH (WO_OPS_MAX_NESTING + 32)

typedef struct {
	buf log;
	int depth;
	int is_array[MAX_BUILD_DEPTH];
	uint64_t next_index[MAX_BUILD_DEPTH];
	const char *key;          /* raw key for the next dt_assoc item; NULL: made up */
	size_t key_len;
	unsigned long made_up_keys;
	unsigned long events;
	int top_done;
} builder;

/* Opens the item a value inside a container stands in. */
static void open_item(builder *b)
{
	char name[32];

	if (b->depth == 0) {
		return;
	}
	if (b->is_array[b->depth - 1]) {
		log_u64(&b->log, 'I', b->next_index[b->depth - 1]++);
	} else if (b->key) {
		log_u64(&b->log, 'K', b->key_len);
		buf_add(&b->log, b->key, b->key_len);
		b->key = NULL;
	} else {
		int n = snprintf(name, sizeof(name), "k%lu", b->made_up_keys++);
		log_u64(&b->log, 'K', (uint64_t) n);
		buf_add(&b->log, name, (size_t) n);
	}
	b->events++;
}

static void add_text(builder *b, const char *s, size_t len)
{
	open_item(b);
	log_u64(&b->log, 'S', len);
	buf_add(&b->log, s, len);
	b->events++;
	b->top_done = b->depth == 0;
}

static void add_container(builder *b, int is_array)
{
	if (b->depth == MAX_BUILD_DEPTH) {
		return;
	}
	open_item(b);
	buf_add(&b->log, is_array ? "R" : "A", 1);
	b->is_array[b->depth] = is_array;
	b->next_index[b->depth] = 0;
	b->depth++;
	b->events++;
}

static void close_container(builder *b)
{
	if (b->depth > 0) {
		buf_add(&b->log, "E", 1);
		b->depth--;
		b->events++;
		b->top_done = b->depth == 0;
	}
}

/*
 * Each program byte: an operation in its low 3 bits, an argument in the
 * high 5.
 *   0, 1  open a dt_assoc, a dt_array       2  a text of the next arg bytes
 *   3     close the innermost container     4  a text from the table
 *   5     the next dt_assoc key: the next arg bytes
 *   6     the innermost dt_array's next index: arg, or (arg >= 16) the
 *         next 8 bytes
 *   7     open 50 + arg containers, kinds alternating
 */
static void build_value(program *pr, builder *b)
{
	uint8_t op;

	while (!b->top_done && b->events < MAX_EVENTS && take(pr, &op)) {
		unsigned arg = op >> 3;
		size_t len;
		const char *s;

		switch (op & 7) {
		case 0: add_container(b, 0); break;
		case 1: add_container(b, 1); break;
		case 2:
			s = take_bytes(pr, arg, &len);
			add_text(b, s, len);
			break;
		case 3: close_container(b); break;
		case 4: add_text(b, texts[arg & 15], strlen(texts[arg & 15])); break;
		case 5:
			b->key = take_bytes(pr, arg, &b->key_len);
			break;
		case 6:
			if (b->depth > 0 && b->is_array[b->depth - 1]) {
				uint64_t index = arg;
				if (arg >= 16) {
					s = take_bytes(pr, 8, &len);
					index = 0;
					memcpy(&index, s, len);
				}
				b->next_index[b->depth - 1] = index;
			}
			break;
		case 7:
			for (unsigned k = 0; k < 50 + arg; k++) {
				add_container(b, (int) (k & 1));
			}
			break;
		}
	}
	if (b->log.len == 0) {
		add_text(b, "", 0);
	}
	while (b->depth > 0) {
		close_container(b);
	}
}

/* The fault the encoder must report: the first in event order. */
static wo_ops_enc_error expected_fault(const buf *log)
{
	wo_ops_enc_error want = { WO_OPS_ENC_OK, 0, 0, 0, 0, -1 };
	int depth = 0;
	long top_items = 0;
	size_t i = 0;

	while (i < log->len) {
		char ev = log->p[i++];
		uint64_t n = 0;
		if (ev == 'A' || ev == 'R') {
			if (depth == WO_OPS_MAX_NESTING) {
				want.status = WO_OPS_ENC_TOO_DEEP;
				break;
			}
			depth++;
			continue;
		}
		if (ev == 'E') {
			depth--;
			continue;
		}
		n = log_read_u64(log->p + i);
		i += sizeof(n);
		if ((ev == 'K' || ev == 'I') && depth == 1) {
			top_items++;
		}
		if (ev == 'I') {
			if (n > WO_OPS_MAX_INDEX) {
				want.status = WO_OPS_ENC_INDEX_RANGE;
				want.in_key = 1;
				break;
			}
			continue;
		}
		size_t ok = wo_xml_text_check(log->p + i, (size_t) n);
		if (ok != n) {
			want.status = WO_OPS_ENC_BAD_UTF8;   /* or FORBIDDEN_CHAR: see check_fault */
			want.in_key = ev == 'K';
			want.offset = ok;
			break;
		}
		i += (size_t) n;
	}
	want.depth = depth;
	want.top_item = depth > 0 ? top_items - 1 : -1;
	return want;
}

static void check_fault(const wo_ops_enc_error *got, const wo_ops_enc_error *want)
{
	if (want->status == WO_OPS_ENC_OK) {
		fuzz_fail("%s", "the encoder refused a value without a fault");
	}
	if (want->status == WO_OPS_ENC_BAD_UTF8) {
		if (got->status != WO_OPS_ENC_BAD_UTF8 && got->status != WO_OPS_ENC_FORBIDDEN_CHAR) {
			fuzz_fail("%s", "a bad text or key reported as another fault");
		}
		if (got->offset != want->offset || got->in_key != want->in_key) {
			fuzz_fail("%s", "a bad text or key reported at the wrong place");
		}
	} else if (got->status != want->status) {
		fuzz_fail("%s", "too deep a value or too large an index reported as another fault");
	}
	if (got->depth != want->depth || got->top_item != want->top_item) {
		fuzz_fail("%s", "a fault reported at the wrong depth or top-level item");
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	ops_fuzz_init();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	program pr = { data, size, 0 };
	builder *b = calloc(1, sizeof(*b));
	buf doc = { 0 };
	wo_ops_enc_error err, want;

	if (!b) {
		abort();
	}
	build_value(&pr, b);
	want = expected_fault(&b->log);

	if (encode_log(&b->log, &doc, &err) != 0) {
		check_fault(&err, &want);
	} else {
		checker c;

		if (want.status != WO_OPS_ENC_OK) {
			fuzz_fail("%s", "the encoder took a value with a fault");
		}
		if (wo_fuzz_dump) {
			fwrite(doc.p, 1, doc.len, wo_fuzz_dump);
			fflush(wo_fuzz_dump);
		}
		memset(&c, 0, sizeof(c));
		if (checked_decode(doc.p, doc.len, &c) != 0) {
			fuzz_fail("%s", "the encoder's document does not decode");
		}
		if (c.log.len != b->log.len || memcmp(c.log.p, b->log.p, b->log.len) != 0) {
			fuzz_fail("%s", "the encoder's document decodes to another value");
		}
		free(c.log.p);
	}
	free(doc.p);
	free(b->log.p);
	free(b);
	return 0;
}
