/* See own.h. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "own.h"

static zend_result own_value(zval *src, zval *dst, int depth);

/* An item's own value in owned; same (owned untouched) when the item
 * will do as it is: neither a reference nor an array that holds one. */
static zend_result own_item(zval *item, zval *owned, bool *same, int depth)
{
	if (!Z_ISREF_P(item) && Z_TYPE_P(item) != IS_ARRAY) {
		*same = true;
		return SUCCESS;
	}
	if (own_value(item, owned, depth) == FAILURE) {
		return FAILURE;
	}
	*same = !Z_ISREF_P(item) && Z_ARR_P(owned) == Z_ARR_P(item);
	if (*same) {
		zval_ptr_dtor(owned);
	}
	return SUCCESS;
}

/* src: an array, dereferenced. */
static zend_result own_array(zval *src, zval *dst, int depth)
{
	HashTable *ht = Z_ARRVAL_P(src), *copy = NULL;
	zend_string *key;
	zend_ulong index;
	zval *item;
	zend_result rc = SUCCESS;

	/* Literal arrays hold no reference; past the depth, nothing reads. */
	if ((GC_FLAGS(ht) & GC_IMMUTABLE) || depth >= WO_OWN_MAX_DEPTH) {
		ZVAL_COPY(dst, src);
		return SUCCESS;
	}
	if (GC_IS_RECURSIVE(ht)) {
		return FAILURE;
	}
	GC_PROTECT_RECURSION(ht);
	ZEND_HASH_FOREACH_KEY_VAL(ht, index, key, item) {
		zval owned;
		bool same;

		if (own_item(item, &owned, &same, depth + 1) == FAILURE) {
			rc = FAILURE;
			break;
		}
		if (same) {
			continue;
		}
		/* The first item that differs: from here on the copy is written. */
		if (!copy) {
			copy = zend_array_dup(ht);
		}
		if (key) {
			zend_hash_update(copy, key, &owned);
		} else {
			zend_hash_index_update(copy, index, &owned);
		}
	} ZEND_HASH_FOREACH_END();
	GC_UNPROTECT_RECURSION(ht);

	if (rc == FAILURE) {
		if (copy) {
			zend_array_destroy(copy);
		}
		return FAILURE;
	}
	if (copy) {
		ZVAL_ARR(dst, copy);
	} else {
		ZVAL_COPY(dst, src);
	}
	return SUCCESS;
}

static zend_result own_value(zval *src, zval *dst, int depth)
{
	ZVAL_DEREF(src);
	if (Z_TYPE_P(src) == IS_ARRAY) {
		return own_array(src, dst, depth);
	}
	ZVAL_COPY(dst, src);
	return SUCCESS;
}

zend_result wo_own_value(zval *src, zval *dst)
{
	return own_value(src, dst, 0);
}
