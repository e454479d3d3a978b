/*
 * whmcs_opensrs: WHMCS and OpenSRS API client for PHP.
 *
 * Module entry, version and globals. The protocol core (ops_*, http, md5,
 * signature) does not include this file: it knows nothing of PHP.
 */
#ifndef PHP_WHMCS_OPENSRS_H
#define PHP_WHMCS_OPENSRS_H

#include "php.h"
#include "http.h"

extern zend_module_entry whmcs_opensrs_module_entry;
#define phpext_whmcs_opensrs_ptr &whmcs_opensrs_module_entry

#include "version.h"

#define PHP_WHMCS_OPENSRS_VERSION WO_VERSION

/* Settings that exist once per API: the ini prefix ("whmcs." or "opensrs.")
 * is the only difference, so both APIs share one struct. */
typedef struct {
	double timeout;
	double connect_timeout;
	bool verify_tls;
	char *ca_file;
	char *ca_path;
	zend_long max_response_size;
	char *proxy;
	int ip_resolve;           /* a wo_http_ip_resolve */
} wo_transport_ini;

ZEND_BEGIN_MODULE_GLOBALS(whmcs_opensrs)
	char *whmcs_url;
	char *whmcs_identifier;
	char *whmcs_secret;
	char *whmcs_username;
	char *whmcs_password;
	char *whmcs_access_key;
	int whmcs_transport;      /* a wo_transport */
	char *whmcs_admin_user;
	wo_transport_ini whmcs;

	char *opensrs_reseller_username;
	char *opensrs_api_key;
	char *opensrs_endpoint;
	int opensrs_registrar;    /* a wo_registrar */
	wo_transport_ini opensrs;

	char *logger;             /* a function name, for both APIs */
	zend_long concurrency;    /* many-call functions: transfers in flight per origin */
	zend_long retries;
	char *sensitive;          /* further sensitive names, for both APIs */
	zend_long whmcs_max_input_vars;
	double keepalive_idle;    /* seconds a kept connection may sit idle and be reused */
	bool breaker;             /* circuit breaker per route (breaker.h) */
	zend_long breaker_failures;
	double breaker_cooldown;
	bool persistent;
	wo_http_pool *pool;       /* kept connections, created on first use */
	struct wo_route_cache *routes;  /* the breaker's routes of recent URLs */
	zend_long breaker_uid;    /* this request's effective user, -1: not read yet */
ZEND_END_MODULE_GLOBALS(whmcs_opensrs)

ZEND_EXTERN_MODULE_GLOBALS(whmcs_opensrs)
#define WOG(v) ZEND_MODULE_GLOBALS_ACCESSOR(whmcs_opensrs, v)

#if defined(ZTS) && defined(COMPILE_DL_WHMCS_OPENSRS)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif /* PHP_WHMCS_OPENSRS_H */
