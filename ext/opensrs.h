/*
 * OpenSRS XCP calls: the request envelope, its signature, and what the
 * reply means. The PHP functions opensrs_request() and
 * opensrs_delete_subuser() live in opensrs.c too.
 */
#ifndef WO_OPENSRS_H
#define WO_OPENSRS_H

#include "php.h"

/*
 * Interprets an answer of OpenSRS: the HTTP status (0 when the answer had no
 * status line) and the body. On success, return_value holds the decoded
 * reply and SUCCESS is returned; otherwise an exception is thrown
 * (OpensrsException, OpensrsAuthException or ProtocolException) and
 * FAILURE returned. All reply interpretation is here, so that it can be
 * tested and fuzzed on its own. source (NULL or "" when unknown) says where
 * the call left from, for the message of an allow-list refusal.
 */
zend_result wo_opensrs_interpret_reply(zend_long http_status, const char *body, size_t body_len,
                                       const char *source, zval *return_value);

/* Whether s is a syntactically valid domain name (ASCII; IDNs in their
 * xn-- form). */
bool wo_opensrs_domain_is_valid(const char *s, size_t len);

#endif
