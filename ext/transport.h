/*
 * Sending a call: its options become an HTTP request, the request goes out
 * on a kept connection when whmcs_opensrs.persistent allows, and a failure
 * to get a usable answer becomes an exception.
 */
#ifndef WO_TRANSPORT_H
#define WO_TRANSPORT_H

#include "php.h"
#include "http.h"
#include "options.h"

/* Fills the transport part of req from o. */
void wo_transport_request(const wo_options *o, wo_http_request *req);

/*
 * What an API's reading of a failed answer says about sending it again:
 * the refusals OpenSRS gives for commands it did not carry out.
 */
typedef enum {
	WO_REFUSAL_NONE,              /* a failure that stands */
	WO_REFUSAL_CONNECTION_SPENT,  /* 350: this connection's commands are used up */
	WO_REFUSAL_TRY_LATER,         /* 300, 437, 486: not carried out, may be later */
	WO_REFUSAL_TOO_MANY_AT_ONCE   /* 310: too many connections at once */
} wo_refusal;

/*
 * An API's interpret stage: reads an answer (any status but a 3xx) of the
 * call it was built for. SUCCESS with the decoded value in value, or
 * FAILURE with the exception thrown and *refusal set.
 */
typedef zend_result (*wo_interpret_fn)(void *call, const wo_http_request *req, const wo_http_response *res,
                                       zval *value, wo_refusal *refusal);

/*
 * Sends one call and reads its answer with interpret: again, as the
 * "retries" option and the refusal allow, never past o->timeout (and once
 * more on a new connection after a 350 on a kept one). SUCCESS with the
 * value, or FAILURE with the exception thrown: TransportException when no
 * answer came, ProtocolException for a 3xx, or interpret's. raw (may be
 * NULL) receives the body of the answer that decided, for the module log.
 */
zend_result wo_transport_call(const wo_options *o, wo_http_request *req, wo_interpret_fn interpret,
                              void *call, zval *value, zend_string **raw);

/*
 * The same for n calls at once: at most o->concurrency in flight per
 * origin (fewer after a 310). results[i] receives the value, or the
 * exception object the single call would have thrown; raws (may be NULL)
 * as raw above. Nothing is thrown.
 */
void wo_transport_call_many(const wo_options *o, wo_http_request *reqs, void **calls, size_t n,
                            wo_interpret_fn interpret, zval *results, zend_string **raws);

/* Room for wo_transport_describe_source(). */
#define WO_SOURCE_SIZE 400

/*
 * Where the answer's connection came from, as an allow-list refusal should
 * say it (the usual cause is an address the user did not expect: a new
 * IPv6 address, a NAT): "this call left from IPv4 address 192.0.2.7; ...",
 * or the proxy it went through (without its userinfo). "" when unknown.
 */
void wo_transport_describe_source(const wo_http_request *req, const wo_http_response *res,
                                  char *out, size_t size);

#endif
