/* http_build_query() in C: PHP arrays to a form-encoded request body. */
#ifndef WO_FORM_PHP_H
#define WO_FORM_PHP_H

#include "php.h"
#include "zend_smart_str.h"
#include "form.h"

/* Appends the escaped bytes of s (see form.h). */
void wo_form_append_escaped(smart_str *out, const char *s, size_t len);

/* Appends "&key=value" ("key=value" when out is empty), both escaped. */
void wo_form_append_pair(smart_str *out, const char *key, size_t key_len,
                         const char *value, size_t value_len);

/*
 * Appends params as http_build_query($params) writes them with '&' as the
 * separator: nested keys as "a%5Bb%5D", integer keys in decimal, true/false
 * as 1/0, floats as PHP converts them to strings, null and empty arrays
 * left out. Refused with a ValueError or TypeError against argument
 * arg_num, leaving out as it was: objects, resources, recursive arrays,
 * nesting deeper than WO_FORM_MAX_DEPTH, and any key that PHP's request
 * parser files under a name the request sets itself (action, responsetype
 * and the credentials), whatever its spelling: " action", "action\0x",
 * "action[x]" (wo_form_post_name()).
 */
zend_result wo_form_append_params(smart_str *out, HashTable *params, uint32_t arg_num);

/* What a recursive params array is told, by the encoder or by whoever
 * finds it first (own.h). */
#define WO_FORM_RECURSIVE_RULE "must not contain a recursive array"

#endif
