/*
 * The OPS codec between PHP values and XML: a walk over zvals feeds the
 * encoder of ops_encode.c, which writes straight into a smart_str, and the
 * decoder's builder turns the SAX events of ops_decode.c into zvals as they
 * arrive.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_smart_str.h"
#include "ops_codec.h"
#include "ops_encode.h"
#include "ops_php.h"

/* ---- encoder: a zval walk over ops_encode.c -------------------------- */

typedef struct {
	wo_ops_encoder enc;
	wo_ops_sink sink;
	smart_str *out;
	const char *culprit;   /* class or type name for OBJECT / UNSUPPORTED_TYPE */
} zwalk;

/* The sink writes into the smart_str's string in place: no second copy. */
static int zwalk_reserve(wo_ops_sink *sink, size_t need)
{
	smart_str *out = ((zwalk *) sink->ud)->out;

	ZSTR_LEN(out->s) = sink->len;
	smart_str_alloc(out, need, 0);
	sink->buf = ZSTR_VAL(out->s);
	sink->cap = out->a;
	return 0;
}

static int zwalk_value(zwalk *w, zval *v);

/* Decimal text of n in buf; returns its start (the end is buf's last byte). */
static char *zwalk_long_text(char buf[MAX_LENGTH_OF_LONG + 1], zend_long n)
{
	buf[MAX_LENGTH_OF_LONG] = '\0';
	return zend_print_long_to_buf(buf + MAX_LENGTH_OF_LONG, n);
}

static int zwalk_array(zwalk *w, zend_array *ht)
{
	bool is_list = zend_array_is_list(ht) && zend_hash_num_elements(ht) > 0;
	zend_string *key;
	zend_ulong index;
	zval *item;
	int rc = 0;

	/* OPS: a list is a dt_array, anything else a dt_assoc. */
	if (wo_ops_enc_begin(&w->enc, is_list ? WO_OPS_ARRAY : WO_OPS_ASSOC) != 0) {
		return -1;
	}
	if (!(GC_FLAGS(ht) & GC_IMMUTABLE)) {
		if (GC_IS_RECURSIVE(ht)) {
			return wo_ops_enc_fail(&w->enc, WO_OPS_ENC_RECURSIVE);
		}
		GC_PROTECT_RECURSION(ht);
	}
	ZEND_HASH_FOREACH_KEY_VAL(ht, index, key, item) {
		if (key) {
			rc = wo_ops_enc_key(&w->enc, ZSTR_VAL(key), ZSTR_LEN(key));
		} else if (is_list) {
			rc = wo_ops_enc_index(&w->enc, (uint64_t) index);
		} else {
			char buf[MAX_LENGTH_OF_LONG + 1];
			char *digits = zwalk_long_text(buf, (zend_long) index);
			rc = wo_ops_enc_key(&w->enc, digits, (size_t) (buf + MAX_LENGTH_OF_LONG - digits));
		}
		if (rc != 0 || (rc = zwalk_value(w, item)) != 0) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	GC_TRY_UNPROTECT_RECURSION(ht);
	return rc != 0 ? rc : wo_ops_enc_end(&w->enc);
}

/* Numbers as PHP writes them in a string context. */
static int zwalk_number(zwalk *w, zval *v)
{
	smart_str text = {0};
	int rc;

	if (Z_TYPE_P(v) == IS_LONG) {
		char buf[MAX_LENGTH_OF_LONG + 1];
		char *digits = zwalk_long_text(buf, Z_LVAL_P(v));
		return wo_ops_enc_scalar(&w->enc, digits, (size_t) (buf + MAX_LENGTH_OF_LONG - digits));
	}
	if (!zend_finite(Z_DVAL_P(v))) {
		return wo_ops_enc_fail(&w->enc, WO_OPS_ENC_NOT_FINITE);
	}
	smart_str_append_double(&text, Z_DVAL_P(v), (int) PG(serialize_precision), false);
	rc = wo_ops_enc_scalar(&w->enc, text.s ? ZSTR_VAL(text.s) : "", text.s ? ZSTR_LEN(text.s) : 0);
	smart_str_free(&text);
	return rc;
}

/* An item's content: nothing, text, or a container. */
static int zwalk_value(zwalk *w, zval *v)
{
	ZVAL_DEREF(v);
	switch (Z_TYPE_P(v)) {
	case IS_NULL:
		return wo_ops_enc_scalar(&w->enc, "", 0);
	case IS_FALSE:
		return wo_ops_enc_scalar(&w->enc, "0", 1);
	case IS_TRUE:
		return wo_ops_enc_scalar(&w->enc, "1", 1);
	case IS_LONG:
	case IS_DOUBLE:
		return zwalk_number(w, v);
	case IS_STRING:
		return wo_ops_enc_scalar(&w->enc, Z_STRVAL_P(v), Z_STRLEN_P(v));
	case IS_ARRAY:
		return zwalk_array(w, Z_ARRVAL_P(v));
	case IS_OBJECT:
		w->culprit = ZSTR_VAL(Z_OBJCE_P(v)->name);
		return wo_ops_enc_fail(&w->enc, WO_OPS_ENC_OBJECT);
	default:
		w->culprit = zend_zval_type_name(v);
		return wo_ops_enc_fail(&w->enc, WO_OPS_ENC_UNSUPPORTED_TYPE);
	}
}

/* The ValueError text for a fault, phrased to follow an argument name. It
 * names the kind of fault and its place, never the value. */
static void zwalk_describe(const zwalk *w, char *why, size_t why_size)
{
	const wo_ops_enc_error *err = &w->enc.err;
	const char *part = err->in_key ? "key" : "value";

	switch (err->status) {
	case WO_OPS_ENC_BAD_UTF8:
		snprintf(why, why_size, "must be valid UTF-8 (bad byte 0x%02x at offset %zu of a %s)",
			err->code, err->offset, part);
		break;
	case WO_OPS_ENC_FORBIDDEN_CHAR:
		snprintf(why, why_size, "must not contain characters XML 1.0 forbids (U+%04X at offset %zu of a %s)",
			err->code, err->offset, part);
		break;
	case WO_OPS_ENC_TOO_DEEP:
		snprintf(why, why_size, "must not nest arrays deeper than %d levels", WO_OPS_MAX_NESTING);
		break;
	case WO_OPS_ENC_RECURSIVE:
		snprintf(why, why_size, WO_OPS_RECURSIVE_RULE);
		break;
	case WO_OPS_ENC_NOT_FINITE:
		snprintf(why, why_size, "must not contain INF or NAN");
		break;
	case WO_OPS_ENC_OBJECT:
		snprintf(why, why_size, "must not contain objects (found %s)", w->culprit);
		break;
	case WO_OPS_ENC_UNSUPPORTED_TYPE:
		snprintf(why, why_size, "must not contain a %s", w->culprit);
		break;
	default:
		/* The walk keeps the event order and emalloc() does not return
		 * NULL: neither MISUSE nor NO_MEMORY can happen here. */
		snprintf(why, why_size, "cannot be encoded");
		break;
	}
}

zend_result wo_ops_encode_ex(smart_str *out, zval *data, wo_ops_enc_error *err, char *why, size_t why_size)
{
	zwalk w;
	int rc;

	w.out = out;
	w.culprit = "";
	smart_str_alloc(out, 512, 0);
	w.sink.buf = ZSTR_VAL(out->s);
	w.sink.len = ZSTR_LEN(out->s);
	w.sink.cap = out->a;
	w.sink.reserve = zwalk_reserve;
	w.sink.ud = &w;

	rc = wo_ops_enc_start(&w.enc, &w.sink);
	if (rc == 0) {
		rc = zwalk_value(&w, data);
	}
	if (rc == 0) {
		rc = wo_ops_enc_finish(&w.enc);
	}
	ZSTR_LEN(out->s) = w.sink.len;
	if (rc != 0) {
		if (err) {
			*err = w.enc.err;
		}
		zwalk_describe(&w, why, why_size);
		return FAILURE;
	}
	return SUCCESS;
}

zend_result wo_ops_encode(smart_str *out, zval *data, char *why, size_t why_size)
{
	return wo_ops_encode_ex(out, data, NULL, why, why_size);
}

/* ---- decoder's zval builder -------------------------------------------- */

typedef struct {
	HashTable *ht;
	bool is_array;
	bool unordered;       /* a dt_array index came after a larger one */
	zend_ulong last_index;
	bool has_index;
} zframe;

/* Keys recently made, by a hash of their length and ends: a reply names
 * the same few keys in item after item ("domain", "status" in each of a
 * hundred suggestions), and a key reused is a bucket filled without
 * making, hashing and later freeing a string. */
#define ZB_KEY_CACHE 64

typedef struct {
	zval *slot;           /* where the next value goes */
	int depth;
	uint64_t keys_used;   /* bit i: keys[i] holds a key (no clearing for
	                       * the short replies most calls get) */
	zend_string *keys[ZB_KEY_CACHE];
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

/* The key as a string: the cached one when it is the same. */
static zend_string *zb_key_string(zbuilder *b, const char *key, size_t len)
{
	size_t at = len ? (len * 31 + (unsigned char) key[0] * 7 + (unsigned char) key[len - 1]) % ZB_KEY_CACHE : 0;
	uint64_t bit = UINT64_C(1) << at;
	zend_string *cached = b->keys_used & bit ? b->keys[at] : NULL;

	if (cached && ZSTR_LEN(cached) == len && memcmp(ZSTR_VAL(cached), key, len) == 0) {
		return zend_string_copy(cached);
	}
	if (cached) {
		zend_string_release(cached);
	}
	b->keys[at] = zend_string_init(key, len, 0);
	b->keys_used |= bit;
	return zend_string_copy(b->keys[at]);
}

static const char *zb_key(void *ud, const char *key, size_t len)
{
	zbuilder *b = ud;
	zend_string *name = zb_key_string(b, key, len);
	zval placeholder;

	/* Reserve the bucket now; the value is written into it in place. A
	 * nested value lands in its own array, so the slot stays valid. */
	ZVAL_NULL(&placeholder);
	b->slot = zend_symtable_update(b->frames[b->depth - 1].ht, name, &placeholder);
	zend_string_release(name);
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
	b.keys_used = 0;
	int rc = wo_ops_decode(xml, len, &zval_builder, &b, err);
	for (uint64_t used = b.keys_used; used; used &= used - 1) {
		zend_string_release(b.keys[__builtin_ctzll(used)]);
	}
	if (rc != 0) {
		/* Everything built so far hangs off the root. */
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return FAILURE;
	}
	return SUCCESS;
}
