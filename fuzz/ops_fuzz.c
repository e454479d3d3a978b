/* See ops_fuzz.h. */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "ops_fuzz.h"
#include "ops_text.h"

FILE *wo_fuzz_dump;

void fuzz_fail(const char *fmt, const char *detail)
{
	fprintf(stderr, "ops fuzzer: invariant broken: ");
	fprintf(stderr, fmt, detail ? detail : "");
	fputc('\n', stderr);
	abort();
}

/* ---- growable byte buffer ----------------------------------------------- */

void buf_add(buf *b, const void *s, size_t n)
{
	if (n > b->cap - b->len) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap - b->len < n) {
			cap *= 2;
		}
		char *p = realloc(b->p, cap);
		if (!p) {
			/* Not a codec fault: let libFuzzer report the OOM itself. */
			abort();
		}
		b->p = p;
		b->cap = cap;
	}
	if (n) {
		memcpy(b->p + b->len, s, n);
	}
	b->len += n;
}

void buf_adds(buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void log_u64(buf *log, char event, uint64_t n)
{
	buf_add(log, &event, 1);
	buf_add(log, &n, sizeof(n));
}

uint64_t log_read_u64(const char *p)
{
	uint64_t v;
	memcpy(&v, p, sizeof(v));
	return v;
}

/* ---- the checking builder ------------------------------------------------ */

static const char refusal[] = "fuzz builder refuses";

/* Every string the decoder hands over came out of an XML parser, so it is
 * UTF-8 made of XML 1.0 characters; reading it all also lets ASan see a
 * pointer or length that runs past the decoder's buffer. */
static void check_string(const char *what, const char *s, size_t len)
{
	if (len > 0 && !s) {
		fuzz_fail("%s: NULL pointer with a length", what);
	}
	if (len && wo_xml_text_check(s, len) != len) {
		fuzz_fail("%s is not UTF-8 made of XML characters", what);
	}
}

/* Common to every callback: nothing may follow a refusal or the end of the
 * top-level value. Returns the refusal message when this event is refused. */
static const char *count_event(checker *c)
{
	if (c->refused) {
		fuzz_fail("%s", "callback after the builder refused");
	}
	if (c->top_done) {
		fuzz_fail("%s", "event after the top-level value was complete");
	}
	if (++c->events == c->refuse_at) {
		c->refused = 1;
		return refusal;
	}
	return NULL;
}

/* A value (begin or scalar) may start at top level, or right after a
 * key()/index() inside a container. */
static void take_value_slot(checker *c)
{
	if (c->depth == 0) {
		return;
	}
	if (!c->pending) {
		fuzz_fail("%s", "value inside a container without a key()/index() before it");
	}
	c->pending = 0;
}

static const char *ck_begin(void *ud, wo_ops_container kind)
{
	checker *c = ud;
	const char *r = count_event(c);

	if (kind != WO_OPS_ASSOC && kind != WO_OPS_ARRAY) {
		fuzz_fail("%s", "begin() with an unknown container kind");
	}
	take_value_slot(c);
	if (c->depth == WO_OPS_MAX_NESTING) {
		fuzz_fail("%s", "containers nested deeper than WO_OPS_MAX_NESTING");
	}
	c->kinds[c->depth++] = kind;
	buf_add(&c->log, kind == WO_OPS_ASSOC ? "A" : "R", 1);
	return r;
}

static const char *ck_end(void *ud)
{
	checker *c = ud;
	const char *r = count_event(c);

	if (c->depth == 0) {
		fuzz_fail("%s", "end() without a matching begin()");
	}
	if (c->pending) {
		fuzz_fail("%s", "end() right after key()/index(): a key without a value");
	}
	if (--c->depth == 0) {
		c->top_done = 1;
	}
	buf_add(&c->log, "E", 1);
	return r;
}

static void ck_member(checker *c, wo_ops_container want, const char *name)
{
	if (c->depth == 0) {
		fuzz_fail("%s outside any container", name);
	}
	if (c->kinds[c->depth - 1] != want) {
		fuzz_fail("%s directly inside the other container kind", name);
	}
	if (c->pending) {
		fuzz_fail("%s right after another key()/index()", name);
	}
	c->pending = 1;
}

static const char *ck_key(void *ud, const char *key, size_t len)
{
	checker *c = ud;
	const char *r = count_event(c);

	ck_member(c, WO_OPS_ASSOC, "key()");
	check_string("a key", key, len);
	log_u64(&c->log, 'K', len);
	buf_add(&c->log, key, len);
	return r;
}

static const char *ck_index(void *ud, uint64_t index)
{
	checker *c = ud;
	const char *r = count_event(c);

	ck_member(c, WO_OPS_ARRAY, "index()");
	log_u64(&c->log, 'I', index);
	return r;
}

static const char *ck_scalar(void *ud, const char *text, size_t len)
{
	checker *c = ud;
	const char *r = count_event(c);

	take_value_slot(c);
	if (len > WO_OPS_MAX_TEXT) {
		fuzz_fail("%s", "text longer than WO_OPS_MAX_TEXT");
	}
	check_string("a text", text, len);
	if (c->depth == 0) {
		c->top_done = 1;
	}
	log_u64(&c->log, 'S', len);
	buf_add(&c->log, text, len);
	return r;
}

static const wo_ops_builder checking_builder = {
	ck_begin, ck_end, ck_key, ck_index, ck_scalar
};

int checked_decode(const char *xml, size_t len, checker *c)
{
	wo_ops_error err;
	int rc;

	memset(&err, 0x5a, sizeof(err));
	rc = wo_ops_decode(xml, len, &checking_builder, c, &err);
	if (rc != 0 && rc != -1) {
		fuzz_fail("%s", "wo_ops_decode returned neither 0 nor -1");
	}
	if (!memchr(err.message, '\0', sizeof(err.message))) {
		fuzz_fail("%s", "error message not NUL-terminated");
	}
	if (rc == -1 && err.message[0] == '\0') {
		fuzz_fail("%s", "failure without a message");
	}
	if (c->refused && (rc != -1 || strcmp(err.message, refusal) != 0)) {
		fuzz_fail("builder refused but the decode ended with \"%s\"", rc ? err.message : "success");
	}
	if (rc == 0) {
		if (!c->top_done) {
			fuzz_fail("%s", "success without exactly one complete top-level value");
		}
		if (c->depth != 0 || c->pending) {
			fuzz_fail("%s", "success with a container or key left open");
		}
	}
	return rc;
}

/* ---- a log through the extension's encoder ------------------------------ */

static int buf_reserve(wo_ops_sink *sink, size_t need)
{
	buf *b = sink->ud;

	size_t cap = sink->cap ? sink->cap : 256;

	while (cap - sink->len < need) {
		cap *= 2;
	}
	char *p = realloc(b->p, cap);
	if (!p) {
		return -1;
	}
	b->p = p;
	b->cap = cap;
	sink->buf = b->p;
	sink->cap = b->cap;
	return 0;
}

static int encode_event(wo_ops_encoder *e, const buf *log, size_t *i)
{
	char ev = log->p[(*i)++];
	uint64_t n;
	int rc;

	switch (ev) {
	case 'A':
	case 'R':
		return wo_ops_enc_begin(e, ev == 'A' ? WO_OPS_ASSOC : WO_OPS_ARRAY);
	case 'E':
		return wo_ops_enc_end(e);
	case 'I':
		n = log_read_u64(log->p + *i);
		*i += sizeof(n);
		return wo_ops_enc_index(e, n);
	case 'K':
	case 'S':
		n = log_read_u64(log->p + *i);
		*i += sizeof(n);
		rc = ev == 'K' ? wo_ops_enc_key(e, log->p + *i, (size_t) n)
			: wo_ops_enc_scalar(e, log->p + *i, (size_t) n);
		*i += (size_t) n;
		return rc;
	default:
		fuzz_fail("%s", "corrupt event log");
	}
}

int encode_log(const buf *log, buf *out, wo_ops_enc_error *err)
{
	wo_ops_sink sink = { out->p, out->len, out->cap, buf_reserve, out };
	wo_ops_encoder e;
	size_t i = 0;
	int rc = wo_ops_enc_start(&e, &sink);

	while (rc == 0 && i < log->len) {
		rc = encode_event(&e, log, &i);
	}
	if (rc == 0) {
		rc = wo_ops_enc_finish(&e);
	}
	out->p = sink.buf;
	out->len = sink.len;
	out->cap = sink.cap;
	if (sink.len > sink.cap) {
		fuzz_fail("%s", "the encoder wrote past its sink");
	}
	*err = e.err;
	if ((rc == 0) != (e.err.status == WO_OPS_ENC_OK)) {
		fuzz_fail("%s", "the encoder's result and its error status disagree");
	}
	return rc;
}

/* ---- set-up --------------------------------------------------------------- */

static void quiet(void *ctx, const char *msg, ...)
{
	(void) ctx; (void) msg;
}

void ops_fuzz_init(void)
{
	/* The extension leaves this to ext/libxml; here nobody else does it, and
	 * a lazy first-use init would look like a leak to LeakSanitizer. */
	xmlInitParser();
	/* Errors reach the decoder through its serror handler; anything libxml2
	 * prints on its generic channel is noise in fuzzer logs. */
	xmlSetGenericErrorFunc(NULL, quiet);
}
