/* The OPS codec between zvals and XML. */
#ifndef WO_OPS_PHP_H
#define WO_OPS_PHP_H

#include "php.h"
#include "zend_smart_str.h"
#include "ops_codec.h"
#include "ops_encode.h"

/* Appends the whole envelope around data to out. On FAILURE, why holds the
 * reason, phrased to follow an argument name ("must not contain ..."), and
 * err (when not NULL) what and where, e.g. which top-level item. */
zend_result wo_ops_encode_ex(smart_str *out, zval *data, wo_ops_enc_error *err, char *why, size_t why_size);
zend_result wo_ops_encode(smart_str *out, zval *data, char *why, size_t why_size);

/* What recursive data is told, by the encoder or by whoever finds it first
 * (own.h). */
#define WO_OPS_RECURSIVE_RULE "must not contain a recursive reference"

/* Decodes an envelope's value into out (undefined on FAILURE, err set). */
zend_result wo_ops_decode_zval(const char *xml, size_t len, zval *out, wo_ops_error *err);

#endif
