/*
 * Options of a call: the $options array over the ini settings, checked
 * once.
 */
#ifndef WO_OPTIONS_H
#define WO_OPTIONS_H

#include "php.h"
#include "http.h"

/* Bounds of the "concurrency" and "retries" options and ini settings. */
#define WO_MAX_CONCURRENCY 64
#define WO_MAX_RETRIES 10
/* Bound of "breaker_failures". */
#define WO_MAX_BREAKER_FAILURES 1000

/* What opensrs.endpoint's "test" and "live" stand for (also shown by phpinfo()). */
#define WO_ENDPOINT_TEST "https://horizon.opensrs.net:55443"
#define WO_ENDPOINT_LIVE "https://rr-n1-tor.opensrs.net:55443"

typedef enum {
	WO_API_WHMCS,
	WO_API_OPENSRS
} wo_api;

/* How a WHMCS call is made: "auto" calls localAPI() in-process when no URL
 * is set and the code runs inside WHMCS, HTTP otherwise. */
typedef enum {
	WO_TRANSPORT_AUTO,
	WO_TRANSPORT_HTTP,
	WO_TRANSPORT_LOCAL
} wo_transport;

/* Parses "auto", "http" or "local" (any case); FAILURE for anything else. */
zend_result wo_transport_parse(const char *name, size_t len, wo_transport *out);

/* Parses "any", "v4" or "v6" (any case); FAILURE for anything else. */
zend_result wo_ip_resolve_parse(const char *name, size_t len, wo_http_ip_resolve *out);

/* The WHMCS registrar module whose settings hold the OpenSRS credentials
 * when a call is given none: WHMCS's own "opensrs", or OpenSRS's
 * "opensrspro". */
typedef enum {
	WO_REGISTRAR_OPENSRS,
	WO_REGISTRAR_OPENSRSPRO
} wo_registrar;

/* Parses "opensrs" or "opensrspro" (any case); FAILURE for anything else. */
zend_result wo_registrar_parse(const char *name, size_t len, wo_registrar *out);

/* Whether an OpenSRS endpoint is "test", "live" (any case), an http(s) URL
 * or empty (the default). */
bool wo_endpoint_is_valid(const char *value, size_t len);

/*
 * What a URL setting or option that does not parse (wo_http_url_parses())
 * must be, to follow "must ": never the value itself, which may hold a
 * password. A '%' in it is text, not a format.
 */
#define WO_URL_PARSE_RULE "be a URL that parses, with any \"/\", \"?\", \"#\" or \"@\" in its user name " \
	"or password written as %2F, %3F, %23 or %40"

/*
 * The checks of URL settings and options below parse a URL with libcurl
 * when strict (an ini setting, checked once), and at call time only when
 * it holds an '@': a URL without userinfo has no password to show, the
 * transport refuses one that does not parse without quoting it, and the
 * parse would cost about 5% of a call.
 */

/* An OpenSRS endpoint that wo_endpoint_is_valid() takes, and that parses
 * when it is a URL. */
bool wo_endpoint_parses(const char *value, size_t len, bool strict);

/* Why a WHMCS URL (whmcs.url, option "url"; not empty) is refused, to
 * follow "must ", or NULL when it is not. */
const char *wo_whmcs_url_problem(const char *url, size_t len, bool strict);

/* The same for a proxy URL (not empty). */
const char *wo_proxy_problem(const char *proxy, bool strict);

typedef struct {
	wo_api api;
	/* WHMCS */
	zend_string *url;
	zend_string *identifier;
	zend_string *secret;
	zend_string *username;
	zend_string *password;
	zend_string *access_key;
	wo_transport transport;
	zend_string *admin_user;        /* localAPI()'s third argument */
	/* OpenSRS */
	zend_string *reseller_username;
	zend_string *api_key;
	zend_string *endpoint;          /* resolved to a URL */
	zend_string *registrant_ip;
	wo_registrar registrar;
	/* transport, from the API's own ini prefix */
	double timeout;
	double connect_timeout;
	bool verify_tls;
	zend_string *ca_file;
	zend_string *ca_path;
	zend_long max_response_size;
	bool allow_insecure_http;
	zend_string *proxy;             /* a proxy URL, may hold a password */
	wo_http_ip_resolve ip_resolve;
	/* both: many-call functions' transfers in flight per origin, and how
	 * often a refusal that was not carried out is sent again */
	zend_long concurrency;
	zend_long retries;
	/* both: further sensitive names, normalised and ','-separated (see
	 * wo_secrets_parse_names()): whmcs_opensrs.sensitive's and the
	 * option's together; NULL when none */
	zend_string *sensitive;
	/* WHMCS over HTTP: most form variables a call may make */
	zend_long max_input_vars;
	/* both: seconds a kept connection may sit idle and still be reused */
	double keepalive_idle;
	/* both: the circuit breaker of the call's route (breaker.h) */
	bool breaker;
	zend_long breaker_failures;
	double breaker_cooldown;
	/* both: the "logger" option, a callable or false; UNDEF when not given
	 * (then whmcs_opensrs.logger, then logModuleCall(), apply) */
	zval logger;
} wo_options;

/*
 * Fills o from options (may be NULL) over the ini settings of api. A bad
 * option is a TypeError or ValueError naming it ("option \"timeout\" must be
 * ..."), raised against argument arg_num; returns FAILURE then, with o
 * released. Unknown option names are refused, so a typo is not ignored.
 */
zend_result wo_options_resolve(wo_options *o, wo_api api, HashTable *options, uint32_t arg_num);
void wo_options_release(wo_options *o);

#endif
