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
 * POSTs and returns SUCCESS with res holding the answer (any status but a
 * 3xx). A failure to get an answer throws TransportException; a 3xx throws
 * ProtocolException naming the Location. res must be freed either way.
 */
zend_result wo_transport_post(const wo_http_request *req, wo_http_response *res);

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
