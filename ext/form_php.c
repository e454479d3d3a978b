/*
 * The PHP side of form encoding: walks the caller's array the way
 * http_build_query() does (ext/standard/http.c), so that WHMCS, which reads
 * $_POST, sees the same nested arrays the caller built. The byte-level
 * escaping is in form.c.
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

/* prefix=value for a string, integer, boolean or float. */
static zend_result form_append_scalar(smart_str *out, const smart_str *prefix, zval *val)
{
	if (out->s && ZSTR_LEN(out->s)) {
		smart_str_appendc(out, '&');
	}
	smart_str_append(out, prefix->s);
	smart_str_appendc(out, '=');
	if (Z_TYPE_P(val) == IS_STRING) {
		wo_form_append_escaped(out, Z_STRVAL_P(val), Z_STRLEN_P(val));
	} else if (Z_TYPE_P(val) == IS_LONG) {
		smart_str_append_long(out, Z_LVAL_P(val));
	} else if (Z_TYPE_P(val) == IS_TRUE) {
		smart_str_appendc(out, '1');
	} else if (Z_TYPE_P(val) == IS_FALSE) {
		smart_str_appendc(out, '0');
	} else {
		/* A float: PHP's own string form ("0.1", "1.0E+25"), which may
		 * hold a '+' to escape. PHP 8.5 warns here for a NAN, as
		 * http_build_query() does; an error handler may make that throw,
		 * and then nothing is sent. */
		zend_string *s = zval_get_string_func(val);
		wo_form_append_escaped(out, ZSTR_VAL(s), ZSTR_LEN(s));
		zend_string_release(s);
		if (EG(exception)) {
			return FAILURE;
		}
	}
	return SUCCESS;
}

static zend_result form_append_hash(smart_str *out, HashTable *ht, smart_str *prefix,
                                    int depth, uint32_t arg_num)
{
	zend_string *key;
	zend_ulong idx;
	zval *val;

	ZEND_HASH_FOREACH_KEY_VAL_IND(ht, idx, key, val) {
		/* The prefix is the escaped key path so far; each element extends it
		 * and puts it back, as http_build_query() builds "a%5Bb%5D". */
		size_t mark = prefix->s ? ZSTR_LEN(prefix->s) : 0;
		zend_result rc = SUCCESS;

		ZVAL_DEREF(val);
		if (depth > 0) {
			smart_str_appendl(prefix, "%5B", 3);
		}
		if (key) {
			wo_form_append_escaped(prefix, ZSTR_VAL(key), ZSTR_LEN(key));
		} else {
			smart_str_append_long(prefix, (zend_long) idx);
		}
		if (depth > 0) {
			smart_str_appendl(prefix, "%5D", 3);
		}

		switch (Z_TYPE_P(val)) {
		case IS_NULL:
			/* http_build_query() leaves null out. */
			break;
		case IS_ARRAY: {
			HashTable *inner = Z_ARRVAL_P(val);

			if (depth + 1 > WO_FORM_MAX_DEPTH) {
				zend_argument_value_error(arg_num, "must not be nested deeper than %d levels",
					WO_FORM_MAX_DEPTH);
				rc = FAILURE;
				break;
			}
			if (GC_IS_RECURSIVE(inner)) {
				zend_argument_value_error(arg_num, "must not contain a recursive array");
				rc = FAILURE;
				break;
			}
			GC_TRY_PROTECT_RECURSION(inner);
			rc = form_append_hash(out, inner, prefix, depth + 1, arg_num);
			GC_TRY_UNPROTECT_RECURSION(inner);
			break;
		}
		case IS_OBJECT:
#if PHP_VERSION_ID >= 80400
			/* PHP 8.4's http_build_query() sends a backed enum as its value
			 * (and refuses a pure one); before 8.4 it sent an enum's
			 * properties, and an object is refused here. */
			if (Z_OBJCE_P(val)->ce_flags & ZEND_ACC_ENUM) {
				if (Z_OBJCE_P(val)->enum_backing_type == IS_UNDEF) {
					zend_argument_value_error(arg_num, "must not contain an enum without a backing value");
					rc = FAILURE;
				} else {
					rc = form_append_scalar(out, prefix, zend_enum_fetch_case_value(Z_OBJ_P(val)));
				}
				break;
			}
#endif
			ZEND_FALLTHROUGH;
		case IS_RESOURCE:
			/* http_build_query() would send an object's public properties
			 * and drop a resource: both are a caller's mistake here. */
			zend_argument_type_error(arg_num, "must contain only scalars, null and arrays, %s given",
				zend_zval_type_name(val));
			rc = FAILURE;
			break;
		default:
			rc = form_append_scalar(out, prefix, val);
			break;
		}

		if (prefix->s) {
			ZSTR_LEN(prefix->s) = mark;
		}
		if (rc == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

zend_result wo_form_append_params(smart_str *out, HashTable *params, uint32_t arg_num)
{
	smart_str prefix = {0};
	zend_result rc;

	GC_TRY_PROTECT_RECURSION(params);
	rc = form_append_hash(out, params, &prefix, 0, arg_num);
	GC_TRY_UNPROTECT_RECURSION(params);
	smart_str_free(&prefix);
	return rc;
}
