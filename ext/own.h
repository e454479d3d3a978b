/*
 * What a call reads of the caller's data, made its own. A call runs PHP
 * code of the caller's before it is done (a logger, an error handler that a
 * warning of the form encoder reaches, localAPI(), getRegistrarConfigOptions(),
 * an autoloader), and that code can change or free whatever a PHP reference
 * reaches: a value read through one must not be read again afterwards.
 */
#ifndef WO_OWN_H
#define WO_OWN_H

#include "php.h"

/* Arrays deeper than this are shared as they are: every walk of a call's
 * data (form encoder, OPS encoder, log copy, secrets) stops before it. */
#define WO_OWN_MAX_DEPTH 512

/*
 * dst: the value of src (dereferenced) that no PHP code can change while the
 * call holds it: every reference inside, at any depth, is replaced by the
 * value it holds. An array that holds no reference is shared, as PHP shares
 * arrays, since a write to a shared array copies it first; only arrays
 * that do are copied. FAILURE (dst undefined) when src refers to itself,
 * which only a reference can make an array do.
 */
zend_result wo_own_value(zval *src, zval *dst);

#endif
