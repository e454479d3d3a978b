/*
 * The OPS encoder (see ops_encode.h): the envelope OpenSRS expects, written
 * straight into the caller's sink. No PHP types, so the fuzzers use it as
 * the extension does.
 */
#include <string.h>

#include "ops_encode.h"
#include "ops_text.h"

static const char envelope_head[] =
	"<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n"
	"<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>\n"
	"<OPS_envelope>\n"
	"<header>\n<version>0.9</version>\n</header>\n"
	"<body>\n<data_block>\n";

static const char envelope_tail[] = "\n</data_block>\n</body>\n</OPS_envelope>\n";

#define PUT_LITERAL(e, s) put(e, s, sizeof(s) - 1)

static int fail_at(wo_ops_encoder *e, wo_ops_enc_status status, int in_key, size_t offset, unsigned code)
{
	e->err.status = status;
	e->err.in_key = in_key;
	e->err.offset = offset;
	e->err.code = code;
	e->err.depth = e->depth;
	e->err.top_item = e->depth > 0 ? e->top_items - 1 : -1;
	return -1;
}

int wo_ops_enc_fail(wo_ops_encoder *e, wo_ops_enc_status status)
{
	return fail_at(e, status, 0, 0, 0);
}

static int grow(wo_ops_encoder *e, size_t n)
{
	return e->out->reserve(e->out, n) == 0 ? 0 : fail_at(e, WO_OPS_ENC_NO_MEMORY, 0, 0, 0);
}

/* Inlined, so that the literals' copies are a few moves, not memcpy(). */
static inline __attribute__((always_inline)) int put(wo_ops_encoder *e, const char *s, size_t n)
{
	wo_ops_sink *out = e->out;

	if (n > out->cap - out->len && grow(e, n) != 0) {
		return -1;
	}
	memcpy(out->buf + out->len, s, n);
	out->len += n;
	return 0;
}

/* A fault in s at i: a byte that does not start well-formed UTF-8, or a
 * character XML 1.0 forbids. U+FFFE and U+FFFF are well-formed UTF-8 that
 * XML still forbids: they are named as such, not as bad UTF-8. */
static int text_fault(wo_ops_encoder *e, const unsigned char *p, size_t len, size_t i, int in_key)
{
	unsigned char c = p[i];

	if (c >= 0x80 && !(len - i >= 3 && c == 0xEF && p[i + 1] == 0xBF
			&& (p[i + 2] == 0xBE || p[i + 2] == 0xBF))) {
		return fail_at(e, WO_OPS_ENC_BAD_UTF8, in_key, i, c);
	}
	return fail_at(e, WO_OPS_ENC_FORBIDDEN_CHAR, in_key, i,
		c < 0x80 ? c : (p[i + 2] == 0xBE ? 0xFFFEu : 0xFFFFu));
}

/*
 * Bytes that need a look: controls and non-ASCII (checked as XML
 * characters), and the markup characters. Bit 1: in text, bit 2: in a key,
 * where '"' ends the attribute.
 */
#define IN_TEXT 1
#define IN_KEY 2

static const unsigned char special[256] = {
	[0x00 ... 0x1F] = IN_TEXT | IN_KEY,
	['&'] = IN_TEXT | IN_KEY, ['<'] = IN_TEXT | IN_KEY, ['>'] = IN_TEXT | IN_KEY,
	['"'] = IN_KEY,
	[0x80 ... 0xFF] = IN_TEXT | IN_KEY,
};

/*
 * Escapes text (in_key = 0) or an attribute value (in_key = 1). A CR in text
 * and a tab, CR or LF in an attribute would be normalised away by any XML
 * parser, so they are written as character references.
 */
static int put_escaped(wo_ops_encoder *e, const char *s, size_t len, int in_key)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char mask = in_key ? IN_KEY : IN_TEXT;
	size_t run = 0, i = 0;

	for (;;) {
		while (i < len && !(special[p[i]] & mask)) {
			i++;
		}
		if (i == len) {
			break;
		}
		unsigned char c = p[i];
		const char *ref;
		size_t ref_len;

		if (c >= 0x80 || c < 0x20) {
			size_t n = wo_xml_char_len(p + i, len - i);
			if (n == 0) {
				return text_fault(e, p, len, i, in_key);
			}
			if (c == '\r') {
				ref = "&#13;", ref_len = 5;
			} else if (in_key && c == '\t') {
				ref = "&#9;", ref_len = 4;
			} else if (in_key && c == '\n') {
				ref = "&#10;", ref_len = 5;
			} else {
				i += n;
				continue;
			}
		} else if (c == '&') {
			ref = "&amp;", ref_len = 5;
		} else if (c == '<') {
			ref = "&lt;", ref_len = 4;
		} else if (c == '>') {
			ref = "&gt;", ref_len = 4;
		} else {
			ref = "&quot;", ref_len = 6;
		}
		if (put(e, s + run, i - run) != 0 || put(e, ref, ref_len) != 0) {
			return -1;
		}
		run = ++i;
	}
	return put(e, s + run, len - run);
}

int wo_ops_enc_start(wo_ops_encoder *e, wo_ops_sink *out)
{
	memset(e, 0, sizeof(*e));
	e->out = out;
	e->err.top_item = -1;
	return PUT_LITERAL(e, envelope_head);
}

static int innermost_is_array(const wo_ops_encoder *e)
{
	return (int) ((e->array_levels >> (e->depth - 1)) & 1u);
}

/* A value may stand at the top level (once) or right after key()/index(). */
static int take_value_slot(wo_ops_encoder *e)
{
	if (e->depth == 0) {
		return e->top_items < 0 ? fail_at(e, WO_OPS_ENC_MISUSE, 0, 0, 0) : 0;
	}
	if (!e->item_open) {
		return fail_at(e, WO_OPS_ENC_MISUSE, 0, 0, 0);
	}
	e->item_open = 0;
	return 0;
}

/* The top-level value is complete: top_items < 0 marks it. */
static void top_value_done(wo_ops_encoder *e)
{
	if (e->depth == 0) {
		e->top_items = -1;
	}
}

int wo_ops_enc_begin(wo_ops_encoder *e, wo_ops_container kind)
{
	if (take_value_slot(e) != 0) {
		return -1;
	}
	if (e->depth == WO_OPS_MAX_NESTING) {
		return fail_at(e, WO_OPS_ENC_TOO_DEEP, 0, 0, 0);
	}
	if (kind == WO_OPS_ARRAY) {
		e->array_levels |= (uint64_t) 1 << e->depth;
	} else {
		e->array_levels &= ~((uint64_t) 1 << e->depth);
	}
	e->depth++;
	return kind == WO_OPS_ARRAY ? PUT_LITERAL(e, "<dt_array>") : PUT_LITERAL(e, "<dt_assoc>");
}

int wo_ops_enc_end(wo_ops_encoder *e)
{
	int rc;

	if (e->depth == 0 || e->item_open) {
		return fail_at(e, WO_OPS_ENC_MISUSE, 0, 0, 0);
	}
	rc = innermost_is_array(e) ? PUT_LITERAL(e, "</dt_array>") : PUT_LITERAL(e, "</dt_assoc>");
	e->depth--;
	if (rc == 0 && e->depth > 0) {
		rc = PUT_LITERAL(e, "</item>");
	}
	top_value_done(e);
	return rc;
}

/* key()/index() stand directly inside a container of their kind. */
static int open_item(wo_ops_encoder *e, int want_array)
{
	if (e->depth == 0 || e->item_open || innermost_is_array(e) != want_array) {
		return fail_at(e, WO_OPS_ENC_MISUSE, 0, 0, 0);
	}
	e->item_open = 1;
	if (e->depth == 1) {
		e->top_items++;
	}
	return PUT_LITERAL(e, "<item key=\"");
}

int wo_ops_enc_key(wo_ops_encoder *e, const char *key, size_t len)
{
	if (open_item(e, 0) != 0 || put_escaped(e, key, len, 1) != 0) {
		return -1;
	}
	return PUT_LITERAL(e, "\">");
}

int wo_ops_enc_index(wo_ops_encoder *e, uint64_t index)
{
	char digits[20];
	size_t n = sizeof(digits);

	if (open_item(e, 1) != 0) {
		return -1;
	}
	if (index > WO_OPS_MAX_INDEX) {
		return fail_at(e, WO_OPS_ENC_INDEX_RANGE, 1, 0, 0);
	}
	/* OPS: dt_array items carry their index in key. */
	do {
		digits[--n] = (char) ('0' + index % 10);
		index /= 10;
	} while (index);
	if (put(e, digits + n, sizeof(digits) - n) != 0) {
		return -1;
	}
	return PUT_LITERAL(e, "\">");
}

int wo_ops_enc_scalar(wo_ops_encoder *e, const char *text, size_t len)
{
	int top = e->depth == 0;

	if (take_value_slot(e) != 0) {
		return -1;
	}
	/* OPS: a bare value travels as a dt_scalar. */
	if ((top && PUT_LITERAL(e, "<dt_scalar>") != 0) || put_escaped(e, text, len, 0) != 0) {
		return -1;
	}
	if (top) {
		top_value_done(e);
		return PUT_LITERAL(e, "</dt_scalar>");
	}
	return PUT_LITERAL(e, "</item>");
}

int wo_ops_enc_finish(wo_ops_encoder *e)
{
	if (e->depth != 0 || e->top_items >= 0) {
		return fail_at(e, WO_OPS_ENC_MISUSE, 0, 0, 0);
	}
	return PUT_LITERAL(e, envelope_tail);
}
