/*
 * The circuit breaker (breaker.h) in calls: what the transport asks before
 * each attempt and tells after it, for single calls and for the attempts
 * of a batch; WhmcsOpensrs\UnavailableException; health() and its
 * phpinfo() table.
 *
 * What counts against a route: no name or no connection, a TLS handshake
 * that failed, a timeout, a connection that broke before the whole
 * answer, and an HTTP 502, 503 or 504 that is not an API's own error
 * answer. Any other answer (2xx, 3xx, 4xx, 500, an authentication or API
 * error) closes it. Neither: a certificate the caller's trust settings
 * refuse, an answer over max_response_size, a URL refused before sending.
 */
#ifndef WO_BREAKER_PHP_H
#define WO_BREAKER_PHP_H

#include "php.h"
#include "php_whmcs_opensrs.h"
#include "breaker.h"
#include "http.h"
#include "options.h"

/*
 * Before an attempt of a call made with o: SUCCESS when it may go (t for
 * wo_breaker_call_done()), FAILURE with an UnavailableException thrown
 * when its route is open: the request was not sent.
 */
zend_result wo_breaker_call_admit(const wo_options *o, const wo_http_request *req, wo_breaker_ticket *t);

/*
 * After the attempt: rc and res as wo_http_post() gave them, outcome what
 * the interpret stage made of the answer (its exception pending when
 * FAILURE). true when the route is now open to this call, which is then
 * not sent again.
 */
bool wo_breaker_call_done(const wo_options *o, const wo_http_request *req, const wo_breaker_ticket *t, int rc,
                          const wo_http_response *res, zend_result outcome);

/* The breaker's view of one batch: its tickets, and per route the request
 * that holds the route's trial, which the others of the batch wait for. */
typedef struct {
	const wo_options *o;
	const wo_http_request *reqs;
	size_t n;
	wo_breaker_ticket *tickets;
	int *route_of;                              /* per request; -1: untracked */
	char (*routes)[WO_BREAKER_ROUTE_MAX];
	size_t *trial_of;                           /* per route; n: none */
	size_t route_count;
} wo_breaker_batch;

void wo_breaker_batch_start(wo_breaker_batch *b, const wo_options *o, const wo_http_request *reqs, size_t n);

/* Before an attempt of request i: START, WAIT (the batch's own trial of
 * its route is running), or FINISHED with an UnavailableException
 * thrown. */
wo_http_gate wo_breaker_batch_gate(wo_breaker_batch *b, size_t i);

/* As wo_breaker_call_done(), for request i. */
bool wo_breaker_batch_done(wo_breaker_batch *b, size_t i, int rc, const wo_http_response *res,
                           zend_result outcome);

void wo_breaker_batch_end(wo_breaker_batch *b);

/* phpinfo(): the routes of this user, as health() has them. */
void wo_breaker_minfo(void);

/* Frees the thread's cache of routes (module globals' shutdown). */
void wo_breaker_routes_free(zend_whmcs_opensrs_globals *globals);

#endif
