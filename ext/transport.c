/*
 * The transport binding: options to request, the kept-connection pool of
 * this process, and wo_http failures as exceptions.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_whmcs_opensrs.h"
#include "exceptions.h"
#include "transport.h"

void wo_transport_request(const wo_options *o, wo_http_request *req)
{
	req->timeout = o->timeout;
	req->connect_timeout = o->connect_timeout;
	req->verify_tls = o->verify_tls;
	req->ca_file = o->ca_file ? ZSTR_VAL(o->ca_file) : NULL;
	req->ca_path = o->ca_path ? ZSTR_VAL(o->ca_path) : NULL;
	req->proxy = o->proxy ? ZSTR_VAL(o->proxy) : NULL;
	req->ip_resolve = o->ip_resolve;
	req->max_response_size = (size_t) o->max_response_size;
	req->allow_insecure_http = o->allow_insecure_http;
	/* OpenSRS answers 350 to the 101st command on one connection. */
	req->max_requests_per_connection = o->api == WO_API_OPENSRS ? 100 : 0;
	req->fresh_connect = 0;
}

static int post(const wo_http_request *req, wo_http_response *res)
{
	if (!WOG(persistent)) {
		return wo_http_post(req, res);
	}
	if (!WOG(pool)) {
		WOG(pool) = wo_http_pool_new();
		if (!WOG(pool)) {
			return wo_http_post(req, res);
		}
	}
	return wo_http_pool_post(WOG(pool), req, res);
}

/* Bytes of a quoted Location before it is cut with "...". */
#define LOCATION_QUOTE_MAX 200

/*
 * The Location header is the server's to write: any bytes, any length. In a
 * message, which ends up in logs, it must be one short line of text: bytes
 * outside printable ASCII are written %XX, as a URL would carry them, and it
 * is cut after LOCATION_QUOTE_MAX bytes.
 */
static void quote_location(const char *location, char out[LOCATION_QUOTE_MAX + 4])
{
	static const char hex[] = "0123456789ABCDEF";
	size_t o = 0;

	for (const unsigned char *p = (const unsigned char *) location; *p; p++) {
		if (o + 3 > LOCATION_QUOTE_MAX) {
			memcpy(out + o, "...", 3);
			o += 3;
			break;
		}
		if (*p > 0x20 && *p < 0x7F) {
			out[o++] = (char) *p;
		} else {
			out[o++] = '%';
			out[o++] = hex[*p >> 4];
			out[o++] = hex[*p & 15];
		}
	}
	out[o] = '\0';
}

zend_result wo_transport_post(const wo_http_request *req, wo_http_response *res)
{
	char location[LOCATION_QUOTE_MAX + 4];

	if (post(req, res) != 0) {
		wo_throw(wo_ce_transport_exception, (zend_long) res->error, 0, NULL, "%s", res->message);
		return FAILURE;
	}
	if (res->status >= 300 && res->status < 400) {
		if (res->location) {
			quote_location(res->location, location);
		}
		wo_throw(wo_ce_protocol_exception, 0, res->status, NULL,
			"HTTP %ld redirect to %s: redirects are not followed, set the URL to the final address",
			res->status, res->location ? location : "(no Location header)");
		return FAILURE;
	}
	return SUCCESS;
}

void wo_transport_describe_source(const wo_http_request *req, const wo_http_response *res,
                                  char *out, size_t size)
{
	char proxy[256];

	if (req->proxy && req->proxy[0]) {
		wo_http_proxy_display(req->proxy, proxy, sizeof(proxy));
		snprintf(out, size, "this call went through the proxy %s: the server sees the proxy's address",
			proxy);
	} else if (res->local_ip[0]) {
		snprintf(out, size, "this call left from %s address %s; the ip_resolve or proxy option pins "
			"the address calls leave from", strchr(res->local_ip, ':') ? "IPv6" : "IPv4", res->local_ip);
	} else {
		out[0] = '\0';
	}
}
