/* The WHMCS API (includes/api.php): one call, and how its answer is read. */
#ifndef WO_WHMCS_H
#define WO_WHMCS_H

#include "php.h"
#include "secrets.h"

/*
 * Reads one answer of includes/api.php (responsetype=json). The body
 * decides, whatever the HTTP status: result (or, when absent, status) =
 * "success" gives SUCCESS with return_value the decoded response;
 * "error" throws WhmcsException or WhmcsAuthException; a body that is not a
 * JSON object, or one without result/status, throws ProtocolException.
 * http_status 0 means the server sent no status line. No message or
 * getResponse() holds any of secrets (may be NULL) in any spelling; what
 * the answer holds under sensitive names is added to secrets first.
 * source (NULL or "" when unknown) says where the call left from, for the
 * message of an allow-list refusal ("Invalid IP ...").
 * body (NULL when empty) must have a NUL at body[body_len], as ext/json's
 * scanner stops there; wo_http_response bodies do.
 * Nothing else is touched, so a fuzzer can call it with any bytes.
 */
zend_result wo_whmcs_interpret(const char *body, size_t body_len, zend_long http_status,
                               wo_secrets *secrets, const char *source, zval *return_value);

#endif
