/* http_build_query() in C: PHP arrays to a form-encoded request body. */
#ifndef WO_FORM_PHP_H
#define WO_FORM_PHP_H

#include "php.h"
#include "zend_smart_str.h"

/* PHP drops request variables nested deeper than max_input_nesting_level
 * (64 by default), so WHMCS would never see them. */
#define WO_FORM_MAX_DEPTH 64

/* Appends the escaped bytes of s (see form.h). */
void wo_form_append_escaped(smart_str *out, const char *s, size_t len);

/* Appends "&key=value" ("key=value" when out is empty), both escaped. */
void wo_form_append_pair(smart_str *out, const char *key, size_t key_len,
                         const char *value, size_t value_len);

/*
 * Appends params as http_build_query($params) writes them with '&' as the
 * separator: nested keys as "a%5Bb%5D", integer keys in decimal, true/false
 * as 1/0, floats as PHP converts them to strings, null and empty arrays
 * left out. Objects, resources, recursive arrays and nesting deeper than
 * WO_FORM_MAX_DEPTH are refused with a TypeError or ValueError against
 * argument arg_num; out then holds a partial body the caller frees.
 */
zend_result wo_form_append_params(smart_str *out, HashTable *params, uint32_t arg_num);

#endif
