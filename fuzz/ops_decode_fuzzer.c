/*
 * libFuzzer harness for the PHP-free OPS decoder (ext/ops_decode.c).
 *
 * Each input is decoded with a builder that checks the event stream against
 * the contract in ops_codec.h and abort()s on the first breach, so libFuzzer
 * keeps the input. Three passes per input:
 *
 *   1. decode with the checking builder, logging every event;
 *   2. on success, write the logged value back as an OPS document with the
 *      extension's own encoder (ext/ops_encode.c) and decode that: it must
 *      succeed and give the same events, or the codec loses or invents data;
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

#include "ops_codec.h"
#include "ops_fuzz.h"

#define STRUCTURED_MARK 0x01

/* Generated documents stay well below what -rss_limit_mb allows. */
#define MAX_RENDERED (4u << 20)

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

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	ops_fuzz_init();
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
		wo_ops_enc_error err;

		if (encode_log(&c.log, &again, &err) != 0) {
			fuzz_fail("%s", "the encoder refuses a value the decoder gave");
		}
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
