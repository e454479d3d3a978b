/*
 * libFuzzer harness for the PHP-free OPS decoder (ext/ops_decode.c).
 *
 * Each input is decoded with a builder that checks the event stream against
 * the contract in ops_codec.h and abort()s on the first breach, so libFuzzer
 * keeps the input. Three passes per input:
 *
 *   1. decode with the checking builder, logging every event;
 *   2. on success, write the logged value back as an OPS document (by the
 *      encoding rules of the README's "The OPS codec") and decode that: it
 *      must succeed and give the same events, or the decoder loses or
 *      invents data;
 *   3. decode again with a builder that refuses at an event picked from the
 *      input: the decoder must stop there and report the builder's message.
 *
 * Two input modes. Input that starts with STRUCTURED_MARK is a small program
 * that writes a mostly well-formed OPS document (see render_program), which
 * reaches deep nesting and odd keys far sooner than byte mutation of XML
 * does. Anything else is decoded as it is.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "ops_codec.h"
#include "ops_text.h"

#define STRUCTURED_MARK 0x01

/* Generated documents stay well below what -rss_limit_mb allows. */
#define MAX_RENDERED (4u << 20)

/* The replay driver sets this to print the document each input decodes to. */
FILE *wo_fuzz_dump;

static void fuzz_fail(const char *fmt, const char *detail)
{
	fprintf(stderr, "ops_decode_fuzzer: invariant broken: ");
	fprintf(stderr, fmt, detail ? detail : "");
	fputc('\n', stderr);
	abort();
}

/* ---- growable byte buffer ----------------------------------------------- */

typedef struct {
	char *p;
	size_t len;
	size_t cap;
} buf;

static void buf_add(buf *b, const void *s, size_t n)
{
	if (n > b->cap - b->len) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap - b->len < n) {
			cap *= 2;
		}
		char *p = realloc(b->p, cap);
		if (!p) {
			/* Not a decoder fault: let libFuzzer report the OOM itself. */
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

static void buf_adds(buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* ---- the checking builder ------------------------------------------------ */

typedef struct {
	int depth;                            /* open containers */
	wo_ops_container kinds[WO_OPS_MAX_NESTING];
	int pending;                          /* key()/index() awaits its value */
	int top_done;                         /* the top-level value is complete */
	buf log;                              /* every event, for pass 2 */
	/* Pass 3: refuse at event number refuse_at (counting from 1). */
	unsigned long events;
	unsigned long refuse_at;
	int refused;
} checker;

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
	uint64_t n = len;

	ck_member(c, WO_OPS_ASSOC, "key()");
	check_string("a key", key, len);
	buf_add(&c->log, "K", 1);
	buf_add(&c->log, &n, sizeof(n));
	buf_add(&c->log, key, len);
	return r;
}

static const char *ck_index(void *ud, uint64_t index)
{
	checker *c = ud;
	const char *r = count_event(c);

	ck_member(c, WO_OPS_ARRAY, "index()");
	buf_add(&c->log, "I", 1);
	buf_add(&c->log, &index, sizeof(index));
	return r;
}

static const char *ck_scalar(void *ud, const char *text, size_t len)
{
	checker *c = ud;
	const char *r = count_event(c);
	uint64_t n = len;

	take_value_slot(c);
	if (len > WO_OPS_MAX_TEXT) {
		fuzz_fail("%s", "text longer than WO_OPS_MAX_TEXT");
	}
	check_string("a text", text, len);
	if (c->depth == 0) {
		c->top_done = 1;
	}
	buf_add(&c->log, "S", 1);
	buf_add(&c->log, &n, sizeof(n));
	buf_add(&c->log, text, len);
	return r;
}

static const wo_ops_builder checking_builder = {
	ck_begin, ck_end, ck_key, ck_index, ck_scalar
};

/* Runs one decode and checks what must hold whatever the input. */
static int checked_decode(const char *xml, size_t len, checker *c)
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

/* ---- pass 2: write the value back as OPS -------------------------------- */

/* The codec's encoding rules: text escapes & < > and writes CR as a
 * reference; a key is an attribute value, where tab, CR and LF also need
 * references or the parser would turn them into spaces. */
static void encode_escaped(buf *out, const char *s, size_t len, int in_key)
{
	for (size_t i = 0; i < len; i++) {
		switch (s[i]) {
		case '&': buf_adds(out, "&amp;"); break;
		case '<': buf_adds(out, "&lt;"); break;
		case '>': buf_adds(out, "&gt;"); break;
		case '\r': buf_adds(out, "&#13;"); break;
		case '"': buf_adds(out, in_key ? "&quot;" : "\""); break;
		case '\t': buf_adds(out, in_key ? "&#9;" : "\t"); break;
		case '\n': buf_adds(out, in_key ? "&#10;" : "\n"); break;
		default: buf_add(out, s + i, 1); break;
		}
	}
}

static uint64_t log_u64(const char *p)
{
	uint64_t v;
	memcpy(&v, p, sizeof(v));
	return v;
}

static void encode_log(const buf *log, buf *out)
{
	/* Which containers are open, to close each one with its own tag. */
	char open[WO_OPS_MAX_NESTING];
	int depth = 0;
	size_t i = 0;
	char num[32];

	buf_adds(out, "<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n"
		"<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>\n"
		"<OPS_envelope><header><version>0.9</version></header><body><data_block>");
	while (i < log->len) {
		char ev = log->p[i++];
		uint64_t n;

		switch (ev) {
		case 'A':
		case 'R':
			open[depth++] = ev;
			buf_adds(out, ev == 'A' ? "<dt_assoc>" : "<dt_array>");
			break;
		case 'E':
			buf_adds(out, open[--depth] == 'A' ? "</dt_assoc>" : "</dt_array>");
			if (depth > 0) {
				buf_adds(out, "</item>");
			}
			break;
		case 'K':
			n = log_u64(log->p + i);
			i += sizeof(n);
			buf_adds(out, "<item key=\"");
			encode_escaped(out, log->p + i, (size_t) n, 1);
			buf_adds(out, "\">");
			i += (size_t) n;
			break;
		case 'I':
			n = log_u64(log->p + i);
			i += sizeof(n);
			snprintf(num, sizeof(num), "<item key=\"%llu\">", (unsigned long long) n);
			buf_adds(out, num);
			break;
		case 'S':
			n = log_u64(log->p + i);
			i += sizeof(n);
			buf_adds(out, depth ? "" : "<dt_scalar>");
			encode_escaped(out, log->p + i, (size_t) n, 0);
			buf_adds(out, depth ? "</item>" : "</dt_scalar>");
			i += (size_t) n;
			break;
		default:
			fuzz_fail("%s", "corrupt event log");
		}
	}
	buf_adds(out, "</data_block></body></OPS_envelope>\n");
}

/* ---- structured mode ----------------------------------------------------- */

/*
 * Each program byte is an operation in its low 4 bits and an argument in its
 * high 4 bits. The renderer keeps a stack of what it opened, so that a value
 * opened inside a container gets its <item key> first and everything still
 * open is closed at the end: most programs make well-formed OPS, and the
 * JUNK/RAW operations break that on purpose.
 */
enum {
	OP_ASSOC, OP_ARRAY, OP_SCALAR, OP_CLOSE, OP_ITEM, OP_TEXT, OP_JUNK, OP_RAW,
	OP_ASSOC_DEEP, OP_ARRAY_DEEP, OP_COUNT
};

static const char *const prologs[16] = {
	("<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n"
	 "<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>\n<OPS_envelope>\n"
	 "<header><version>0.9</version></header>\n<body>\n<data_block>\n"),
	"<OPS_envelope><body><data_block>",
	("\xEF\xBB\xBF<OPS_envelope><header><version>0.9</version><msg_id>1</msg_id>"
	 "<msg_type>standard</msg_type></header><body><data_block>"),
	"<?xml version='1.0' encoding='ISO-8859-1'?><OPS_envelope><body><data_block>",
	"<!DOCTYPE OPS_envelope [<!ENTITY e 'v'>]><OPS_envelope><body><data_block>",
	"<!DOCTYPE OPS_envelope [<!-- nothing -->]><OPS_envelope><body><data_block>",
	"<!DOCTYPE OPS_envelope [<!ATTLIST item key CDATA 'dflt'>]><OPS_envelope><body><data_block>",
	"<OPS_envelope xmlns='urn:x' xmlns:p='urn:p'><body><data_block>",
	"<OPS_envelope><body><other><data_block><dt_scalar/></data_block></other><data_block>",
	"<OPS_envelope><header><dt_assoc><item key='h'>x</item></dt_assoc></header><body><data_block>",
	"<p:OPS_envelope xmlns:p='urn:p'><body><data_block>",
	"<OPS_envelope><body><data_block><![CDATA[ ]]>",
	"<?xml version='1.1'?><OPS_envelope><body><data_block>",
	"<!DOCTYPE OPS_envelope SYSTEM 'file:///etc/passwd'><OPS_envelope><body><data_block>",
	"<OPS_envelope><body><data_block><!-- c --><?pi x?>",
	"<?xml version='1.0' encoding='UTF-16'?><OPS_envelope><body><data_block>",
};

static const char *const keys[16] = {
	"a", "", "0", "1", "007", "18446744073709551615", "99999999999999999999", "a&amp;b",
	"&#38;", "&#38;#38;", "&#9;x&#10;y&#13;", "x&lt;&gt;&quot;&apos;", "\xC3\xA9\xF0\x9F\x98\x80",
	" a\tb\nc ", "-1", "&#x10FFFF;",
};

static const char *const texts[16] = {
	"x", " ", "\n", "&amp;", "&#13;", "&#38;", "&lt;&gt;", "\r\n", "<![CDATA[a<&]]>",
	"<!--c-->", "\xC3\xA9", "\xF0\x9F\x98\x80", "&#x10FFFF;", "]]&gt;", "\t", "&#38;#38;",
};

static const char *const junk[16] = {
	"&e;", "<foo/>", "<p:item key='a'>", "<item>", "</item>", "<?pi x?>", "<dt_scalarref>",
	"</dt_scalarref>", "<item key='a' key='b'>", "<item p:key='a' xmlns:p='urn:p' key='b'>",
	"<!DOCTYPE x>", "<dt_assoc/>", "<dt_array/>", "&#0;", "\xC0\x80", "%pe;",
};

typedef enum { R_ASSOC, R_ARRAY, R_ITEM, R_SCALAR } rkind;

#define RENDER_STACK 1024

typedef struct {
	buf out;
	rkind stack[RENDER_STACK];
	int depth;
	unsigned next_index;
} renderer;

static void r_push(renderer *r, rkind k, const char *tag)
{
	if (r->depth == RENDER_STACK) {
		return;
	}
	r->stack[r->depth++] = k;
	buf_adds(&r->out, tag);
}

static void r_close(renderer *r)
{
	static const char *const tags[] = { "</dt_assoc>", "</dt_array>", "</item>", "</dt_scalar>" };
	if (r->depth > 0) {
		buf_adds(&r->out, tags[r->stack[--r->depth]]);
	}
}

/* Opens an item when the renderer stands directly in a container: dt_array
 * items count up from 0 unless the argument asks for a key from the table. */
static void r_item(renderer *r, unsigned arg)
{
	char tag[96];

	if (r->depth > 0 && r->stack[r->depth - 1] == R_ARRAY && arg < 8) {
		snprintf(tag, sizeof(tag), "<item key=\"%u\">", r->next_index++);
	} else {
		snprintf(tag, sizeof(tag), "<item key=\"%s\">", keys[arg & 15]);
	}
	r_push(r, R_ITEM, tag);
}

static void r_value(renderer *r, rkind k, unsigned arg)
{
	static const char *const tags[] = { "<dt_assoc>", "<dt_array>", "", "<dt_scalar>" };
	if (r->depth > 0 && (r->stack[r->depth - 1] == R_ASSOC || r->stack[r->depth - 1] == R_ARRAY)) {
		r_item(r, arg);
	}
	if (k == R_ARRAY) {
		r->next_index = 0;
	}
	r_push(r, k, tags[k]);
}

static void render_program(const uint8_t *p, size_t n, buf *out)
{
	renderer *r = calloc(1, sizeof(*r));
	size_t i = 0;

	if (!r) {
		abort();
	}
	buf_adds(&r->out, prologs[n ? p[i++] & 15 : 0]);
	while (i < n && r->out.len < MAX_RENDERED) {
		unsigned op = (p[i] & 15) % OP_COUNT, arg = p[i] >> 4;
		i++;
		switch (op) {
		case OP_ASSOC: r_value(r, R_ASSOC, arg); break;
		case OP_ARRAY: r_value(r, R_ARRAY, arg); break;
		case OP_SCALAR: r_value(r, R_SCALAR, arg); break;
		case OP_CLOSE: r_close(r); break;
		case OP_ITEM: r_item(r, arg); break;
		case OP_TEXT: buf_adds(&r->out, texts[arg]); break;
		case OP_JUNK: buf_adds(&r->out, junk[arg]); break;
		case OP_RAW: {
			/* The next arg+1 bytes go out as they are. */
			size_t take = arg + 1 < n - i ? arg + 1 : n - i;
			buf_add(&r->out, p + i, take);
			i += take;
			break;
		}
		case OP_ASSOC_DEEP:
		case OP_ARRAY_DEEP:
			/* Nesting near WO_OPS_MAX_NESTING in one step: 60 + arg levels. */
			for (unsigned k = 0; k < 60 + arg; k++) {
				r_value(r, op == OP_ASSOC_DEEP ? R_ASSOC : R_ARRAY, 0);
			}
			break;
		}
	}
	while (r->depth > 0) {
		r_close(r);
	}
	buf_adds(&r->out, "\n</data_block></body></OPS_envelope>\n");
	*out = r->out;
	free(r);
}

/* ---- entry points --------------------------------------------------------- */

static void quiet(void *ctx, const char *msg, ...)
{
	(void) ctx; (void) msg;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	/* The extension leaves this to ext/libxml; here nobody else does it, and
	 * a lazy first-use init would look like a leak to LeakSanitizer. */
	xmlInitParser();
	/* Errors reach the decoder through its serror handler; anything libxml2
	 * prints on its generic channel is noise in fuzzer logs. */
	xmlSetGenericErrorFunc(NULL, quiet);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	buf doc = { 0 };
	const char *xml = (const char *) data;
	size_t len = size;
	checker c;

	if (size > 0 && data[0] == STRUCTURED_MARK) {
		render_program(data + 1, size - 1, &doc);
		xml = doc.p;
		len = doc.len;
	}
	if (wo_fuzz_dump) {
		fwrite(xml, 1, len, wo_fuzz_dump);
		fflush(wo_fuzz_dump);
	}

	/* Pass 1. */
	memset(&c, 0, sizeof(c));
	int rc = checked_decode(xml, len, &c);

	/* Pass 2: the decoded value, written back, reads the same. */
	if (rc == 0) {
		buf again = { 0 };
		checker c2;

		encode_log(&c.log, &again);
		memset(&c2, 0, sizeof(c2));
		if (checked_decode(again.p, again.len, &c2) != 0) {
			fuzz_fail("%s", "the decoded value, encoded again, does not decode");
		}
		if (c2.log.len != c.log.len || memcmp(c2.log.p, c.log.p, c.log.len) != 0) {
			fuzz_fail("%s", "the decoded value, encoded again, decodes to something else");
		}
		free(again.p);
		free(c2.log.p);
	}

	/* Pass 3: a refusal at an event chosen by the input's length and last
	 * byte, so that every event index gets its turn across the corpus. */
	if (c.events > 0) {
		checker c3;
		memset(&c3, 0, sizeof(c3));
		c3.refuse_at = 1 + (size + (size ? data[size - 1] : 0)) % c.events;
		checked_decode(xml, len, &c3);
		if (!c3.refused) {
			fuzz_fail("%s", "the same input gave fewer events the second time");
		}
		free(c3.log.p);
	}

	free(c.log.p);
	free(doc.p);
	return 0;
}
