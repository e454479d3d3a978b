/*
 * The PHP side of form encoding: walks the caller's array the way
 * http_build_query() does (ext/standard/http.c), so that WHMCS, which reads
 * $_POST, sees the same nested arrays the caller built. Names, escaping and
 * the body itself are form.c's, which has no PHP types.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_smart_str.h"
#include "zend_enum.h"
#include "form.h"
#include "form_php.h"

void wo_form_append_escaped(smart_str *out, const char *s, size_t len)
{
	size_t max = wo_form_escaped_max(len);
	char *dst;

	if (len == 0) {
		return;
	}
	if (max == 0) {
		/* Cannot happen for a string PHP could hold; smart_str would abort
		 * on the allocation anyway. */
		zend_error_noreturn(E_ERROR, "Possible integer overflow in form encoding");
	}
	dst = smart_str_extend(out, max);
	/* Give back what escaping did not use. */
	ZSTR_LEN(out->s) -= max - wo_form_escape((const unsigned char *) s, len, dst);
}

void wo_form_append_pair(smart_str *out, const char *key, size_t key_len,
                         const char *value, size_t value_len)
{
	if (out->s && ZSTR_LEN(out->s)) {
		smart_str_appendc(out, '&');
	}
	wo_form_append_escaped(out, key, key_len);
	smart_str_appendc(out, '=');
	wo_form_append_escaped(out, value, value_len);
}

/* erealloc() and efree() are macros; the encoder wants functions. They
 * never fail: the engine bails out when memory runs out. */
static void *form_grow(void *ptr, size_t size)
{
	return erealloc(ptr, size);
}

static void form_release(void *ptr)
{
	efree(ptr);
}

static zend_result form_walk_hash(wo_form *f, HashTable *ht, uint32_t arg_num);

/*
 * Names the request sets itself. In $_POST a later pair of the same name
 * wins, so a key that PHP files under one of them (" action", "action\0x",
 * "action[x]") would replace the action or a credential; and credentials
 * passed here would escape #[\SensitiveParameter] on $options. WHMCS's own
 * actions avoid these names (they take "password2", for instance). Keys
 * are case-sensitive in PHP: "Action" is another name.
 */
static const char *const form_reserved[] = {
	"action", "responsetype", "identifier", "secret", "username", "password", "accesskey",
};

/* The reserved name PHP files the current name under, or NULL. */
static const char *form_reserved_name(const wo_form *f)
{
	char name[16];
	size_t len = wo_form_post_name(f->name.data, f->name.len, name, sizeof(name));

	for (size_t i = 0; len <= sizeof(name) && i < sizeof(form_reserved) / sizeof(form_reserved[0]); i++) {
		if (strlen(form_reserved[i]) == len && memcmp(form_reserved[i], name, len) == 0) {
			return form_reserved[i];
		}
	}
	return NULL;
}

/* Refuses the current name if PHP reads it as a reserved one. Each
 * top-level key counts on its own, whatever its value (null and empty
 * arrays included), and so does the full name of every pair under it. */
static zend_result form_check_name(const wo_form *f, uint32_t arg_num)
{
	const char *reserved = form_reserved_name(f);

	if (!reserved) {
		return SUCCESS;
	}
	if (f->name.len == strlen(reserved)) {
		zend_argument_value_error(arg_num,
			"must not contain the reserved key \"%s\" (credentials belong in $options)", reserved);
	} else {
		zend_argument_value_error(arg_num, "must not contain a key that PHP reads as the reserved key "
			"\"%s\" (credentials belong in $options)", reserved);
	}
	return FAILURE;
}

/* The encoder only fails on memory, which erealloc() never lets it see,
 * or on sizes no PHP string reaches; arrays are checked for depth before
 * their keys are entered. */
static void form_must(wo_form_status status)
{
	if (status != WO_FORM_OK) {
		zend_error_noreturn(E_ERROR, "Possible integer overflow in form encoding");
	}
}

/* n in decimal, written at the end of digits; *len its length. */
static const char *form_long(zend_long n, char digits[MAX_LENGTH_OF_LONG + 1], size_t *len)
{
	char *end = digits + MAX_LENGTH_OF_LONG, *start;

	*end = '\0';
	start = zend_print_long_to_buf(end, n);
	*len = (size_t) (end - start);
	return start;
}

/* Writes a scalar as http_build_query() does. */
static zend_result form_walk_scalar(wo_form *f, zval *val, uint32_t arg_num)
{
	char digits[MAX_LENGTH_OF_LONG + 1];
	const char *text;
	size_t len;

	if (f->depth > 1 && form_check_name(f, arg_num) == FAILURE) {
		return FAILURE;
	}
	switch (Z_TYPE_P(val)) {
	case IS_STRING:
		form_must(wo_form_value(f, Z_STRVAL_P(val), Z_STRLEN_P(val)));
		break;
	case IS_LONG:
		text = form_long(Z_LVAL_P(val), digits, &len);
		form_must(wo_form_value(f, text, len));
		break;
	case IS_TRUE:
		form_must(wo_form_value(f, "1", 1));
		break;
	case IS_FALSE:
		form_must(wo_form_value(f, "0", 1));
		break;
	default: {
		/* A float: PHP's own string form ("0.1", "1.0E+25"). PHP 8.5 warns
		 * here for a NAN, as http_build_query() does; an error handler may
		 * make that throw, and then nothing is sent. */
		zend_string *s = zval_get_string_func(val);
		form_must(wo_form_value(f, ZSTR_VAL(s), ZSTR_LEN(s)));
		zend_string_release(s);
		if (EG(exception)) {
			return FAILURE;
		}
		break;
	}
	}
	return SUCCESS;
}

/* The value of the key just entered. */
static zend_result form_walk_value(wo_form *f, zval *val, uint32_t arg_num)
{
	HashTable *inner;
	zend_result rc;

	switch (Z_TYPE_P(val)) {
	case IS_NULL:
		/* http_build_query() leaves null out. */
		return SUCCESS;
	case IS_ARRAY:
		/* The array is nested as deep as keys lead to it. */
		inner = Z_ARRVAL_P(val);
		if (f->depth > WO_FORM_MAX_DEPTH) {
			zend_argument_value_error(arg_num, "must not be nested deeper than %d levels",
				WO_FORM_MAX_DEPTH);
			return FAILURE;
		}
		if (GC_IS_RECURSIVE(inner)) {
			zend_argument_value_error(arg_num, WO_FORM_RECURSIVE_RULE);
			return FAILURE;
		}
		GC_TRY_PROTECT_RECURSION(inner);
		rc = form_walk_hash(f, inner, arg_num);
		GC_TRY_UNPROTECT_RECURSION(inner);
		return rc;
	case IS_OBJECT:
#if PHP_VERSION_ID >= 80400
		/* PHP 8.4's http_build_query() sends a backed enum as its value
		 * (and refuses a pure one); before 8.4 it sent an enum's
		 * properties, and an object is refused here. */
		if (Z_OBJCE_P(val)->ce_flags & ZEND_ACC_ENUM) {
			if (Z_OBJCE_P(val)->enum_backing_type == IS_UNDEF) {
				zend_argument_value_error(arg_num, "must not contain an enum without a backing value");
				return FAILURE;
			}
			return form_walk_scalar(f, zend_enum_fetch_case_value(Z_OBJ_P(val)), arg_num);
		}
#endif
		ZEND_FALLTHROUGH;
	case IS_RESOURCE:
		/* http_build_query() would send an object's public properties
		 * and drop a resource: both are a caller's mistake here. */
		zend_argument_type_error(arg_num, "must contain only scalars, null and arrays, %s given",
			zend_zval_type_name(val));
		return FAILURE;
	default:
		return form_walk_scalar(f, val, arg_num);
	}
}

static zend_result form_walk_hash(wo_form *f, HashTable *ht, uint32_t arg_num)
{
	zend_string *key;
	zend_ulong idx;
	zval *val;

	ZEND_HASH_FOREACH_KEY_VAL_IND(ht, idx, key, val) {
		char digits[MAX_LENGTH_OF_LONG + 1];
		const char *text;
		size_t len;
		zend_result rc;

		ZVAL_DEREF(val);
		if (key) {
			form_must(wo_form_enter(f, ZSTR_VAL(key), ZSTR_LEN(key)));
		} else {
			text = form_long((zend_long) idx, digits, &len);
			form_must(wo_form_enter(f, text, len));
		}
		rc = f->depth == 1 ? form_check_name(f, arg_num) : SUCCESS;
		if (rc == SUCCESS) {
			rc = form_walk_value(f, val, arg_num);
		}
		wo_form_leave(f);
		if (rc == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

zend_result wo_form_append_params(smart_str *out, HashTable *params, uint32_t arg_num)
{
	wo_form f;
	zend_result rc;

	wo_form_init(&f, form_grow, form_release);
	GC_TRY_PROTECT_RECURSION(params);
	rc = form_walk_hash(&f, params, arg_num);
	GC_TRY_UNPROTECT_RECURSION(params);
	if (rc == SUCCESS && f.body.len) {
		if (out->s && ZSTR_LEN(out->s)) {
			smart_str_appendc(out, '&');
		}
		smart_str_appendl(out, f.body.data, f.body.len);
	}
	wo_form_free(&f);
	return rc;
}
