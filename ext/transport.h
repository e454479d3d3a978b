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

#endif
