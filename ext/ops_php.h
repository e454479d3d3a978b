/* The OPS codec between zvals and XML. */
#ifndef WO_OPS_PHP_H
#define WO_OPS_PHP_H

#include "php.h"
#include "zend_smart_str.h"
#include "ops_codec.h"

/* Appends the whole envelope around data to out. On FAILURE, why holds the
 * reason, phrased to follow an argument name ("must not contain ..."). */
zend_result wo_ops_encode(smart_str *out, zval *data, char *why, size_t why_size);

/* Decodes an envelope's value into out (undefined on FAILURE, err set). */
zend_result wo_ops_decode_zval(const char *xml, size_t len, zval *out, wo_ops_error *err);

#endif
