/*
 * The OPS codec between PHP values and XML: the encoder writes the envelope
 * straight into a smart_str, and the decoder's builder turns the SAX events
 * of ops_decode.c into zvals as they arrive.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_smart_str.h"
#include "ops_codec.h"
#include "ops_text.h"
#include "ops_php.h"

/* ---- encoder ---------------------------------------------------------- */

static const char envelope_head[] =
	"<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n"
	"<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>\n"
	"<OPS_envelope>\n"
	"<header>\n<version>0.9</version>\n</header>\n"
	"<body>\n<data_block>\n";

static const char envelope_tail[] = "\n</data_block>\n</body>\n</OPS_envelope>\n";

typedef struct {
	smart_str *out;
	int depth;
	char *why;        /* first failure, for the caller's ValueError */
	size_t why_size;
} encoder;

static zend_result encode_fail(encoder *e, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(e->why, e->why_size, fmt, ap);
	va_end(ap);
	return FAILURE;
}

/*
 * Escapes text (in_key = 0) or an attribute value (in_key = 1). A CR in text
 * and a tab, CR or LF in an attribute would be normalised away by any XML
 * parser, so they are written as character references.
 */
static zend_result encode_text(encoder *e, const char *s, size_t len, int in_key)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t run = 0, i = 0;

	while (i < len) {
		unsigned char c = p[i];
		const char *ref = NULL;

		if (c >= 0x80 || c < 0x20) {
			size_t n = wo_xml_char_len(p + i, len - i);
			if (n == 0) {
				/* U+FFFE and U+FFFF are well-formed UTF-8 that XML 1.0 still
				 * forbids: name them as such, not as bad UTF-8. */
				if (c >= 0x80 && !(len - i >= 3 && c == 0xEF && p[i + 1] == 0xBF
						&& (p[i + 2] == 0xBE || p[i + 2] == 0xBF))) {
					return encode_fail(e, "must be valid UTF-8 (bad byte 0x%02x at offset %zu of a %s)",
						c, i, in_key ? "key" : "value");
				}
				unsigned cp = c < 0x80 ? c : (p[i + 2] == 0xBE ? 0xFFFE : 0xFFFF);
				return encode_fail(e, "must not contain characters XML 1.0 forbids (U+%04X at offset %zu of a %s)",
					cp, i, in_key ? "key" : "value");
			}
			if (c == '\r') {
				ref = "&#13;";
			} else if (in_key && c == '\t') {
				ref = "&#9;";
			} else if (in_key && c == '\n') {
				ref = "&#10;";
			} else {
				i += n;
				continue;
			}
		} else if (c == '&') {
			ref = "&amp;";
		} else if (c == '<') {
			ref = "&lt;";
		} else if (c == '>') {
			ref = "&gt;";
		} else if (in_key && c == '"') {
			ref = "&quot;";
		} else {
			i++;
			continue;
		}
		smart_str_appendl(e->out, s + run, i - run);
		smart_str_appends(e->out, ref);
		run = ++i;
	}
	smart_str_appendl(e->out, s + run, len - run);
	return SUCCESS;
}

static zend_result encode_value(encoder *e, zval *v);

static zend_result encode_array(encoder *e, zend_array *ht)
{
	bool is_list = zend_array_is_list(ht) && zend_hash_num_elements(ht) > 0;
	zend_string *key;
	zend_ulong index;
	zval *item;

	if (++e->depth > WO_OPS_MAX_NESTING) {
		return encode_fail(e, "must not nest arrays deeper than %d levels", WO_OPS_MAX_NESTING);
	}
	if (!(GC_FLAGS(ht) & GC_IMMUTABLE)) {
		if (GC_IS_RECURSIVE(ht)) {
			return encode_fail(e, "must not contain a recursive reference");
		}
		GC_PROTECT_RECURSION(ht);
	}
	/* OPS: a list is a dt_array, anything else a dt_assoc. */
	smart_str_appends(e->out, is_list ? "<dt_array>" : "<dt_assoc>");
	ZEND_HASH_FOREACH_KEY_VAL(ht, index, key, item) {
		smart_str_appends(e->out, "<item key=\"");
		if (key) {
			if (encode_text(e, ZSTR_VAL(key), ZSTR_LEN(key), 1) == FAILURE) {
				goto failed;
			}
		} else {
			smart_str_append_long(e->out, (zend_long) index);
		}
		smart_str_appendc(e->out, '"');
		smart_str_appendc(e->out, '>');
		if (encode_value(e, item) == FAILURE) {
			goto failed;
		}
		smart_str_appends(e->out, "</item>");
	} ZEND_HASH_FOREACH_END();
	smart_str_appends(e->out, is_list ? "</dt_array>" : "</dt_assoc>");

	GC_TRY_UNPROTECT_RECURSION(ht);
	e->depth--;
	return SUCCESS;

failed:
	GC_TRY_UNPROTECT_RECURSION(ht);
	return FAILURE;
}

/* An item's content: nothing, text, or a container. */
static zend_result encode_value(encoder *e, zval *v)
{
	ZVAL_DEREF(v);
	switch (Z_TYPE_P(v)) {
	case IS_NULL:
	case IS_FALSE:
		if (Z_TYPE_P(v) == IS_FALSE) {
			smart_str_appendc(e->out, '0');
		}
		return SUCCESS;
	case IS_TRUE:
		smart_str_appendc(e->out, '1');
		return SUCCESS;
	case IS_LONG:
		smart_str_append_long(e->out, Z_LVAL_P(v));
		return SUCCESS;
	case IS_DOUBLE:
		if (!zend_finite(Z_DVAL_P(v))) {
			return encode_fail(e, "must not contain INF or NAN");
		}
		smart_str_append_double(e->out, Z_DVAL_P(v), (int) PG(serialize_precision), false);
		return SUCCESS;
	case IS_STRING:
		return encode_text(e, Z_STRVAL_P(v), Z_STRLEN_P(v), 0);
	case IS_ARRAY:
		return encode_array(e, Z_ARRVAL_P(v));
	case IS_OBJECT:
		return encode_fail(e, "must not contain objects (found %s)", ZSTR_VAL(Z_OBJCE_P(v)->name));
	default:
		return encode_fail(e, "must not contain a %s", zend_zval_type_name(v));
	}
}

zend_result wo_ops_encode(smart_str *out, zval *data, char *why, size_t why_size)
{
	encoder e = { out, 0, why, why_size };
	zval *v = data;

	smart_str_appendl(out, envelope_head, sizeof(envelope_head) - 1);
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_ARRAY) {
		if (encode_array(&e, Z_ARRVAL_P(v)) == FAILURE) {
			return FAILURE;
		}
	} else {
		/* OPS: a bare value travels as a dt_scalar. */
		smart_str_appends(out, "<dt_scalar>");
		if (encode_value(&e, v) == FAILURE) {
			return FAILURE;
		}
		smart_str_appends(out, "</dt_scalar>");
	}
	smart_str_appendl(out, envelope_tail, sizeof(envelope_tail) - 1);
	return SUCCESS;
}

/* ---- decoder's zval builder -------------------------------------------- */

typedef struct {
	HashTable *ht;
	bool is_array;
	bool unordered;       /* a dt_array index came after a larger one */
	zend_ulong last_index;
	bool has_index;
} zframe;

typedef struct {
	zval *slot;           /* where the next value goes */
	int depth;
	zframe frames[WO_OPS_MAX_NESTING];
} zbuilder;

static const char *zb_begin(void *ud, wo_ops_container kind)
{
	zbuilder *b = ud;

	/* ops_decode.c bounds the nesting to WO_OPS_MAX_NESTING. */
	ZEND_ASSERT(b->depth < WO_OPS_MAX_NESTING && b->slot);
	array_init(b->slot);
	zframe *f = &b->frames[b->depth++];
	f->ht = Z_ARRVAL_P(b->slot);
	f->is_array = kind == WO_OPS_ARRAY;
	f->unordered = false;
	f->has_index = false;
	b->slot = NULL;
	return NULL;
}

static int zb_compare_index(Bucket *a, Bucket *b)
{
	return a->h < b->h ? -1 : a->h > b->h;
}

static const char *zb_end(void *ud)
{
	zbuilder *b = ud;
	zframe *f = &b->frames[--b->depth];

	/* OPS: a dt_array is read in key order, whatever the document order. */
	if (f->unordered) {
		zend_hash_sort(f->ht, zb_compare_index, false);
	}
	b->slot = NULL;
	return NULL;
}

static const char *zb_key(void *ud, const char *key, size_t len)
{
	zbuilder *b = ud;
	zval placeholder;

	/* Reserve the bucket now; the value is written into it in place. A
	 * nested value lands in its own array, so the slot stays valid. */
	ZVAL_NULL(&placeholder);
	b->slot = zend_symtable_str_update(b->frames[b->depth - 1].ht, key, len, &placeholder);
	return NULL;
}

static const char *zb_index(void *ud, uint64_t index)
{
	zbuilder *b = ud;
	zframe *f = &b->frames[b->depth - 1];
	zval placeholder;

	if (index > ZEND_LONG_MAX) {
		return "dt_array index out of range";
	}
	if (f->has_index && index < f->last_index) {
		f->unordered = true;
	}
	f->has_index = true;
	f->last_index = index;
	ZVAL_NULL(&placeholder);
	b->slot = zend_hash_index_update(f->ht, (zend_ulong) index, &placeholder);
	return NULL;
}

static const char *zb_scalar(void *ud, const char *text, size_t len)
{
	zbuilder *b = ud;

	ZEND_ASSERT(b->slot);
	ZVAL_STRINGL_FAST(b->slot, text, len);
	b->slot = NULL;
	return NULL;
}

static const wo_ops_builder zval_builder = {
	zb_begin, zb_end, zb_key, zb_index, zb_scalar
};

zend_result wo_ops_decode_zval(const char *xml, size_t len, zval *out, wo_ops_error *err)
{
	zbuilder b;

	ZVAL_NULL(out);
	b.slot = out;
	b.depth = 0;
	if (wo_ops_decode(xml, len, &zval_builder, &b, err) != 0) {
		/* Everything built so far hangs off the root. */
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return FAILURE;
	}
	return SUCCESS;
}
