/*
 * The module log: one entry per WHMCS or OpenSRS call, written to WHMCS's
 * Module Log through logModuleCall() when the code runs inside WHMCS, or to
 * a "logger" callable of the caller's (option, or the ini setting
 * whmcs_opensrs.logger naming a function).
 *
 * Nothing logged holds a secret: credentials never enter the request text,
 * values of sensitive parameters (password2, sub_password, ...) are written
 * as WO_LOG_MASK, and every secret in use is masked wherever the server
 * echoed it. logModuleCall() still receives the secrets in its replaceVars,
 * as WHMCS asks, so that its own masking covers them too.
 */
#ifndef WO_MODLOG_H
#define WO_MODLOG_H

#include "php.h"
#include "options.h"
#include "secrets.h"

#define WO_LOG_MODULE "whmcs_opensrs"
#define WO_LOG_MASK WO_SECRETS_MASK

typedef struct {
	bool active;
	bool module_call;     /* logModuleCall(): six arguments, not one array */
	wo_api api;
	zval sink;            /* the callable */
	const wo_secrets *secrets;  /* the call's, masked everywhere */
	zend_string *url;     /* where the call went, without userinfo */
} wo_log;

/*
 * Decides where this call's entry goes: the "logger" option (false: nowhere),
 * else whmcs_opensrs.logger when it names a function that exists, else
 * logModuleCall() when it exists, else nowhere (log->active false, and the
 * other functions do nothing). secrets (may be NULL) is the call's list:
 * it must outlive the log, and everything written is masked with it.
 */
void wo_log_open(wo_log *log, const wo_options *o, const wo_secrets *secrets);

/* Records the URL the call is sent to (a logger gets it, without any
 * user:password@); not called for in-process calls. */
void wo_log_set_url(wo_log *log, const char *url);

/*
 * A copy of request data (WHMCS params, the OPS envelope) to log: values
 * under a sensitive key (wo_secrets_key_is_sensitive(), with the further
 * names of s) become WO_LOG_MASK.
 */
void wo_log_request_copy(const wo_secrets *s, zval *data, zval *copy);

/*
 * Writes the entry. request: the request as text (built from
 * wo_log_request_copy()); response: the raw answer (NULL: none); result:
 * the decoded answer of a successful call, or NULL when the call failed, in
 * which case ex, its exception, says what happened (its decoded response,
 * else its class and message). A pending exception stays pending; one the
 * logger throws is dropped with a line in PHP's error log, so a logger
 * cannot change the outcome of a call.
 */
void wo_log_write(wo_log *log, const char *action, size_t action_len, zend_string *request,
                  zend_string *response, zval *result, zend_object *ex);

void wo_log_close(wo_log *log);

/*
 * What a call keeps from its build stage to its log stage, the same for
 * every API: one list of its secrets, for everything it outputs; where its
 * entry goes; and its request as the log shows it (the API's to write,
 * when log.active).
 */
typedef struct {
	wo_secrets secrets;
	wo_log log;
	zend_string *logged;
} wo_call_log;

/* The secrets of o and of the sensitive parameters in data (may be NULL),
 * gathered when first read (wo_secrets_defer(): o and data must outlive
 * the record), and where the entry goes. */
void wo_call_log_open(wo_call_log *cl, const wo_options *o, zval *data);

/* Log stage: the entry, with the answer (raw, taken over; NULL: none) and
 * the value or the exception; then the exception is masked, since its
 * message and getResponse() may quote what the server sent. */
void wo_call_log_write(wo_call_log *cl, const char *action, size_t action_len, zend_string *raw,
                       zval *value, zend_object *ex);

void wo_call_log_release(wo_call_log *cl);

#endif
