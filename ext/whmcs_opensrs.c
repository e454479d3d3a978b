/*
 * whmcs_opensrs: the module. Globals, ini settings, MINIT/MINFO and the PHP
 * functions, which check their arguments and hand over to the core.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <curl/curl.h>
#include <libxml/parser.h>
#include <libxml/xmlversion.h>

#include "php.h"
#include "php_ini.h"
#include "SAPI.h"
#include "ext/standard/info.h"
#include "ext/standard/html.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_smart_str.h"

#include "php_whmcs_opensrs.h"
#include "exceptions.h"
#include "options.h"
#include "ops_php.h"
#include "signature.h"
#include "secrets.h"
#include "breaker_php.h"
/* The generated registration function takes module_number whether it
 * needs it or not. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include "whmcs_opensrs_arginfo.h"
#pragma GCC diagnostic pop

ZEND_DECLARE_MODULE_GLOBALS(whmcs_opensrs)

/* ---- ini ---------------------------------------------------------------- */

static ZEND_INI_DISP(display_secret);
static ZEND_INI_DISP(display_proxy);

static const char *ini_default(const zend_string *name);

/* Bytes of a refused value quoted in the warning. */
#define WO_INI_QUOTE_MAX 64

/* value as one short line of text, whatever the file held. */
static void ini_quote(const char *value, size_t len, char out[WO_INI_QUOTE_MAX + 4])
{
	size_t n = 0;

	for (size_t i = 0; i < len && n < WO_INI_QUOTE_MAX; i++) {
		unsigned char c = (unsigned char) value[i];
		out[n++] = c >= 0x20 && c < 0x7F ? (char) c : '?';
	}
	if (len > WO_INI_QUOTE_MAX) {
		memcpy(out + n, "...", 3);
		n += 3;
	}
	out[n] = '\0';
}

/*
 * A value PHP hands a handler below and the handler refuses. ini_set() says
 * so by returning false; a value from php.ini, a PHP-FPM pool or .htaccess
 * would be replaced without a word, so it gets a warning that names the
 * setting, the value and the one used instead (never a secret's), as PHP
 * does for memory_limit.
 */
static void ini_refused(const zend_ini_entry *entry, const zend_string *value, int stage, const char *rule)
{
	char quoted[WO_INI_QUOTE_MAX + 4], kept[WO_INI_QUOTE_MAX + 4];
	const char *name = ZSTR_VAL(entry->name);
	/* At startup PHP falls back to the default; later, the value stays. */
	const char *fallback = stage == ZEND_INI_STAGE_STARTUP ? ini_default(entry->name)
		: entry->value ? ZSTR_VAL(entry->value) : "";

	if (stage == ZEND_INI_STAGE_RUNTIME) {
		return;
	}
	if (entry->displayer == display_secret) {
		zend_error(E_WARNING, "Invalid \"%s\" setting (its value is secret, not shown): %s; it is ignored",
			name, rule);
		return;
	}
	ini_quote(fallback, strlen(fallback), kept);
	/* A URL may hold user:password@ wherever it went wrong, and may be
	 * written into any setting by mistake; a value that holds neither ':'
	 * nor '@' ("staging") holds none. */
	if (memchr(ZSTR_VAL(value), ':', ZSTR_LEN(value)) || memchr(ZSTR_VAL(value), '@', ZSTR_LEN(value))) {
		zend_error(E_WARNING, "Invalid \"%s\" setting (not shown: a URL may hold a password): %s; %s %s%s%s is used",
			name, rule, stage == ZEND_INI_STAGE_STARTUP ? "the default" : "the value",
			kept[0] ? "\"" : "(empty)", kept, kept[0] ? "\"" : "");
		return;
	}
	ini_quote(ZSTR_VAL(value), ZSTR_LEN(value), quoted);
	zend_error(E_WARNING, "Invalid \"%s\" setting \"%s\": %s; %s %s%s%s is used", name, quoted, rule,
		stage == ZEND_INI_STAGE_STARTUP ? "the default" : "the value",
		kept[0] ? "\"" : "(empty)", kept, kept[0] ? "\"" : "");
}

/* Seconds as a float; zero, negative and non-finite values are refused so
 * that a call can never run without a timeout. */
static ZEND_INI_MH(OnUpdateSeconds)
{
	double *p = (double *) ZEND_INI_GET_ADDR();
	zend_long lval;
	double seconds;
	zend_uchar type;
	(void) mh_arg3;

	type = is_numeric_string(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &lval, &seconds, false);
	if (type == IS_LONG) {
		seconds = (double) lval;
	}
	if (!type || !(seconds > 0) || !zend_finite(seconds)) {
		ini_refused(entry, new_value, stage, "it must be a number of seconds greater than 0");
		return FAILURE;
	}
	*p = seconds;
	return SUCCESS;
}

static ZEND_INI_MH(OnUpdateResponseSize)
{
	zend_long *p = (zend_long *) ZEND_INI_GET_ADDR();
	zend_long size;
	(void) mh_arg3;
#if PHP_VERSION_ID >= 80200
	zend_string *error = NULL;

	/* PHP's own warning would say the value is read as 0; it is not. */
	size = zend_ini_parse_quantity(new_value, &error);
	if (error) {
		zend_string_release(error);
		size = 0;
	}
#else
	const char *s = ZSTR_VAL(new_value);

	while (*s == ' ' || *s == '\t') {
		s++;
	}
	size = *s >= '0' && *s <= '9' ? zend_atol(ZSTR_VAL(new_value), ZSTR_LEN(new_value)) : 0;
#endif

	if (size < 1) {
		ini_refused(entry, new_value, stage,
			"it must be a number of bytes greater than 0, with an optional K, M or G suffix");
		return FAILURE;
	}
	*p = size;
	return SUCCESS;
}

/* "auto", "http" or "local": anything else is refused, so that a typo
 * cannot quietly pick a transport. */
static ZEND_INI_MH(OnUpdateTransport)
{
	int *p = (int *) ZEND_INI_GET_ADDR();
	wo_transport transport;
	(void) mh_arg3;

	if (wo_transport_parse(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &transport) == FAILURE) {
		ini_refused(entry, new_value, stage, "it must be auto, http or local");
		return FAILURE;
	}
	*p = (int) transport;
	return SUCCESS;
}

/*
 * PHP's OnUpdateBool reads any word it does not know as false: a typo in
 * verify_tls would turn certificate checks off. php.ini's bare On/Off arrive
 * here as "1"/""; ini_set() and quoted values bring the words themselves.
 */
static ZEND_INI_MH(OnUpdateStrictBool)
{
	bool *p = (bool *) ZEND_INI_GET_ADDR();
	static const char *const yes[] = { "1", "on", "yes", "true" };
	static const char *const no[] = { "", "0", "off", "no", "false", "none" };
	(void) mh_arg3;

	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (zend_binary_strcasecmp(ZSTR_VAL(new_value), ZSTR_LEN(new_value), yes[i], strlen(yes[i])) == 0) {
			*p = true;
			return SUCCESS;
		}
	}
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++) {
		if (zend_binary_strcasecmp(ZSTR_VAL(new_value), ZSTR_LEN(new_value), no[i], strlen(no[i])) == 0) {
			*p = false;
			return SUCCESS;
		}
	}
	ini_refused(entry, new_value, stage, "it must be 1, 0, on, off, yes, no, true, false or empty");
	return FAILURE;
}

/* A URL setting: refused with why (problem, to follow "must"), or set. */
static int update_url(zend_ini_entry *entry, zend_string *new_value, const char *problem,
                      void *mh_arg1, void *mh_arg2, void *mh_arg3, int stage)
{
	char rule[256];

	if (!problem) {
		return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
	}
	snprintf(rule, sizeof(rule), "it must %s", problem);
	ini_refused(entry, new_value, stage, rule);
	return FAILURE;
}

/* "test", "live" or an http(s) URL that parses, as the option; where the
 * URL leads is the transport's to check when a call is made. */
static ZEND_INI_MH(OnUpdateEndpoint)
{
	const char *problem = !wo_endpoint_is_valid(ZSTR_VAL(new_value), ZSTR_LEN(new_value))
		? "be test, live or an http(s) URL"
		: !wo_endpoint_parses(ZSTR_VAL(new_value), ZSTR_LEN(new_value), true) ? WO_URL_PARSE_RULE : NULL;

	return update_url(entry, new_value, problem, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* A URL the option "url" would take: one that does not parse would show
 * its password wherever it is shown without userinfo. */
static ZEND_INI_MH(OnUpdateWhmcsUrl)
{
	const char *problem = ZSTR_LEN(new_value)
		? wo_whmcs_url_problem(ZSTR_VAL(new_value), ZSTR_LEN(new_value), true) : NULL;

	return update_url(entry, new_value, problem, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* A proxy the option "proxy" would take. */
static ZEND_INI_MH(OnUpdateProxy)
{
	const char *problem = !ZSTR_LEN(new_value) ? NULL
		: strlen(ZSTR_VAL(new_value)) != ZSTR_LEN(new_value) ? WO_URL_PARSE_RULE
		: wo_proxy_problem(ZSTR_VAL(new_value), true);

	return update_url(entry, new_value, problem, mh_arg1, mh_arg2, mh_arg3, stage);
}

static ZEND_INI_MH(OnUpdateRegistrar)
{
	int *p = (int *) ZEND_INI_GET_ADDR();
	wo_registrar registrar;
	(void) mh_arg3;

	if (wo_registrar_parse(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &registrar) == FAILURE) {
		ini_refused(entry, new_value, stage, "it must be opensrs or opensrspro");
		return FAILURE;
	}
	*p = (int) registrar;
	return SUCCESS;
}

/* The value a display callback shows: the original one for its column. */
static zend_string *displayed_value(zend_ini_entry *ini_entry, int type)
{
	zend_string *value = type == ZEND_INI_DISPLAY_ORIG && ini_entry->modified
		? ini_entry->orig_value : ini_entry->value;

	return value && ZSTR_LEN(value) ? value : NULL;
}

static void display_no_value(void)
{
	PUTS(sapi_module.phpinfo_as_text ? "no value" : "<i>no value</i>");
}

/* "any", "v4" or "v6": anything else is refused rather than read as "any". */
static ZEND_INI_MH(OnUpdateIpResolve)
{
	int *p = (int *) ZEND_INI_GET_ADDR();
	wo_http_ip_resolve family;
	(void) mh_arg3;

	if (wo_ip_resolve_parse(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &family) == FAILURE) {
		ini_refused(entry, new_value, stage, "it must be any, v4 or v6");
		return FAILURE;
	}
	*p = (int) family;
	return SUCCESS;
}

/* A whole number from min to max; anything else is refused, with the
 * warning a value from php.ini gets. */
static int update_count(zend_ini_entry *entry, zend_string *new_value, int stage, zend_long *p,
                        zend_long min, zend_long max)
{
	char rule[64];
	zend_long n;
	double d;

	if (is_numeric_string(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &n, &d, false) != IS_LONG
	    || n < min || n > max) {
		snprintf(rule, sizeof(rule), "it must be a whole number from " ZEND_LONG_FMT " to " ZEND_LONG_FMT,
			min, max);
		ini_refused(entry, new_value, stage, rule);
		return FAILURE;
	}
	*p = n;
	return SUCCESS;
}

/* A handler for a whole-number setting from min to max. */
#define WO_INI_COUNT_HANDLER(name, min, max) \
	static ZEND_INI_MH(name) \
	{ \
		(void) mh_arg3; \
		return update_count(entry, new_value, stage, (zend_long *) ZEND_INI_GET_ADDR(), min, max); \
	}

WO_INI_COUNT_HANDLER(OnUpdateConcurrency, 1, WO_MAX_CONCURRENCY)
WO_INI_COUNT_HANDLER(OnUpdateRetries, 0, WO_MAX_RETRIES)
WO_INI_COUNT_HANDLER(OnUpdateBreakerFailures, 1, WO_MAX_BREAKER_FAILURES)

static ZEND_INI_MH(OnUpdateInputVars)
{
	(void) mh_arg3;
	return update_count(entry, new_value, stage, (zend_long *) ZEND_INI_GET_ADDR(), 1, ZEND_LONG_MAX);
}

/* Names separated by commas, as the option "sensitive" takes them. */
static ZEND_INI_MH(OnUpdateSensitive)
{
	bool bad;
	zend_string *names = wo_secrets_parse_names(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &bad);

	if (names) {
		zend_string_release(names);
	}
	if (bad) {
		ini_refused(entry, new_value, stage, "it must list parameter names separated by commas, each with a letter");
		return FAILURE;
	}
	return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* phpinfo() shows whether a secret is set, never the secret. */
static ZEND_INI_DISP(display_secret)
{
	if (displayed_value(ini_entry, type)) {
		PUTS("********");
	} else {
		display_no_value();
	}
}

/* Text shown as an ini value: escaped for an HTML phpinfo(). PHP 8.4
 * removed php_info_html_esc(); php_escape_html_entities() is in every
 * version. */
static void display_text(const char *shown)
{
	if (sapi_module.phpinfo_as_text) {
		PUTS(shown);
	} else {
		zend_string *escaped = php_escape_html_entities((const unsigned char *) shown, strlen(shown),
			0, ENT_QUOTES, NULL);
		PUTS(ZSTR_VAL(escaped));
		zend_string_release(escaped);
	}
}

/* phpinfo() shows where the proxy is, never the user name and password its
 * URL may hold. */
static ZEND_INI_DISP(display_proxy)
{
	zend_string *value = displayed_value(ini_entry, type);
	char shown[256];

	if (!value) {
		display_no_value();
		return;
	}
	wo_http_proxy_display(ZSTR_VAL(value), shown, sizeof(shown));
	display_text(shown);
}

/* A URL may hold user:password@ (HTTP basic auth in front of WHMCS):
 * phpinfo() shows it without. */
static ZEND_INI_DISP(display_url)
{
	zend_string *value = displayed_value(ini_entry, type);
	char *shown;

	if (!value) {
		display_no_value();
		return;
	}
	shown = wo_http_url_without_userinfo(ZSTR_VAL(value));
	if (!shown) {
		PUTS("********");
	} else {
		display_text(shown);
	}
	free(shown);
}

/* An unset endpoint is no missing setting: phpinfo() says what it means. */
static ZEND_INI_DISP(display_endpoint)
{
	if (!displayed_value(ini_entry, type)) {
		display_text("test (" WO_ENDPOINT_TEST "), or WHMCS's TestMode inside WHMCS");
		return;
	}
	display_url(ini_entry, type);
}

#define WO_SECRET_INI(name, field) \
	STD_PHP_INI_ENTRY_EX(name, "", PHP_INI_SYSTEM | PHP_INI_PERDIR, OnUpdateString, \
		field, zend_whmcs_opensrs_globals, whmcs_opensrs_globals, display_secret)

#define WO_TRANSPORT_INI(prefix, api) \
	STD_PHP_INI_ENTRY(prefix "timeout", "30", PHP_INI_ALL, OnUpdateSeconds, \
		api.timeout, zend_whmcs_opensrs_globals, whmcs_opensrs_globals) \
	STD_PHP_INI_ENTRY(prefix "connect_timeout", "10", PHP_INI_ALL, OnUpdateSeconds, \
		api.connect_timeout, zend_whmcs_opensrs_globals, whmcs_opensrs_globals) \
	STD_PHP_INI_BOOLEAN(prefix "verify_tls", "1", PHP_INI_SYSTEM | PHP_INI_PERDIR, OnUpdateStrictBool, \
		api.verify_tls, zend_whmcs_opensrs_globals, whmcs_opensrs_globals) \
	STD_PHP_INI_ENTRY(prefix "ca_file", "", PHP_INI_SYSTEM | PHP_INI_PERDIR, OnUpdateString, \
		api.ca_file, zend_whmcs_opensrs_globals, whmcs_opensrs_globals) \
	STD_PHP_INI_ENTRY(prefix "ca_path", "", PHP_INI_SYSTEM | PHP_INI_PERDIR, OnUpdateString, \
		api.ca_path, zend_whmcs_opensrs_globals, whmcs_opensrs_globals) \
	STD_PHP_INI_ENTRY(prefix "max_response_size", "16M", PHP_INI_ALL, OnUpdateResponseSize, \
		api.max_response_size, zend_whmcs_opensrs_globals, whmcs_opensrs_globals) \
	STD_PHP_INI_ENTRY_EX(prefix "proxy", "", PHP_INI_SYSTEM | PHP_INI_PERDIR, OnUpdateProxy, \
		api.proxy, zend_whmcs_opensrs_globals, whmcs_opensrs_globals, display_proxy) \
	STD_PHP_INI_ENTRY(prefix "ip_resolve", "any", PHP_INI_ALL, OnUpdateIpResolve, \
		api.ip_resolve, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)

PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY_EX("whmcs.url", "", PHP_INI_ALL, OnUpdateWhmcsUrl,
		whmcs_url, zend_whmcs_opensrs_globals, whmcs_opensrs_globals, display_url)
	STD_PHP_INI_ENTRY("whmcs.identifier", "", PHP_INI_SYSTEM | PHP_INI_PERDIR, OnUpdateString,
		whmcs_identifier, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	WO_SECRET_INI("whmcs.secret", whmcs_secret)
	STD_PHP_INI_ENTRY("whmcs.username", "", PHP_INI_SYSTEM | PHP_INI_PERDIR, OnUpdateString,
		whmcs_username, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	WO_SECRET_INI("whmcs.password", whmcs_password)
	WO_SECRET_INI("whmcs.access_key", whmcs_access_key)
	STD_PHP_INI_ENTRY("whmcs.transport", "auto", PHP_INI_ALL, OnUpdateTransport,
		whmcs_transport, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	STD_PHP_INI_ENTRY("whmcs.admin_user", "", PHP_INI_ALL, OnUpdateString,
		whmcs_admin_user, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	STD_PHP_INI_ENTRY("whmcs.max_input_vars", "1000", PHP_INI_ALL, OnUpdateInputVars,
		whmcs_max_input_vars, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	WO_TRANSPORT_INI("whmcs.", whmcs)

	STD_PHP_INI_ENTRY("opensrs.reseller_username", "", PHP_INI_SYSTEM | PHP_INI_PERDIR, OnUpdateString,
		opensrs_reseller_username, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	WO_SECRET_INI("opensrs.api_key", opensrs_api_key)
	STD_PHP_INI_ENTRY_EX("opensrs.endpoint", "", PHP_INI_ALL, OnUpdateEndpoint,
		opensrs_endpoint, zend_whmcs_opensrs_globals, whmcs_opensrs_globals, display_endpoint)
	STD_PHP_INI_ENTRY("opensrs.registrar", "opensrs", PHP_INI_ALL, OnUpdateRegistrar,
		opensrs_registrar, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	WO_TRANSPORT_INI("opensrs.", opensrs)

	STD_PHP_INI_ENTRY("whmcs_opensrs.logger", "", PHP_INI_ALL, OnUpdateString,
		logger, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	STD_PHP_INI_BOOLEAN("whmcs_opensrs.persistent", "1", PHP_INI_ALL, OnUpdateStrictBool,
		persistent, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	STD_PHP_INI_ENTRY("whmcs_opensrs.concurrency", "4", PHP_INI_ALL, OnUpdateConcurrency,
		concurrency, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	STD_PHP_INI_ENTRY("whmcs_opensrs.retries", "0", PHP_INI_ALL, OnUpdateRetries,
		retries, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	STD_PHP_INI_ENTRY("whmcs_opensrs.sensitive", "", PHP_INI_ALL, OnUpdateSensitive,
		sensitive, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	/* Under Apache's 5 s KeepAliveTimeout, the smallest common server
	 * default, by a second for the request's way there (docs: keepalive_idle). */
	STD_PHP_INI_ENTRY("whmcs_opensrs.keepalive_idle", "4", PHP_INI_ALL, OnUpdateSeconds,
		keepalive_idle, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	STD_PHP_INI_BOOLEAN("whmcs_opensrs.breaker", "1", PHP_INI_ALL, OnUpdateStrictBool,
		breaker, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	STD_PHP_INI_ENTRY("whmcs_opensrs.breaker_failures", "3", PHP_INI_ALL, OnUpdateBreakerFailures,
		breaker_failures, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
	STD_PHP_INI_ENTRY("whmcs_opensrs.breaker_cooldown", "30", PHP_INI_ALL, OnUpdateSeconds,
		breaker_cooldown, zend_whmcs_opensrs_globals, whmcs_opensrs_globals)
PHP_INI_END()

static const char *ini_default(const zend_string *name)
{
	for (const zend_ini_entry_def *def = ini_entries; def->name; def++) {
		if (zend_string_equals_cstr(name, def->name, def->name_length)) {
			return def->value ? def->value : "";
		}
	}
	return "";
}

/* ---- codec and signature functions ------------------------------------ */

PHP_FUNCTION(WhmcsOpensrs_opensrs_ops_encode)
{
	zval *data;
	smart_str out = {0};
	char why[160];

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();

	if (wo_ops_encode(&out, data, why, sizeof(why)) == FAILURE) {
		smart_str_free(&out);
		zend_argument_value_error(1, "%s", why);
		RETURN_THROWS();
	}
	RETURN_STR(smart_str_extract(&out));
}

PHP_FUNCTION(WhmcsOpensrs_opensrs_ops_decode)
{
	zend_string *xml;
	wo_ops_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(xml)
	ZEND_PARSE_PARAMETERS_END();

	if (wo_ops_decode_zval(ZSTR_VAL(xml), ZSTR_LEN(xml), return_value, &err) == FAILURE) {
		wo_throw(wo_ce_protocol_exception, 0, 0, NULL, "Invalid OPS message: %s", err.message);
		RETURN_THROWS();
	}
}

PHP_FUNCTION(WhmcsOpensrs_opensrs_signature)
{
	zend_string *xml, *key;
	char signature[WO_SIGNATURE_LEN + 1];

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(xml)
		Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(key) == 0) {
		zend_argument_value_error(2, "must not be empty");
		RETURN_THROWS();
	}
	wo_opensrs_signature(ZSTR_VAL(xml), ZSTR_LEN(xml), ZSTR_VAL(key), ZSTR_LEN(key), signature);
	RETURN_STRINGL(signature, WO_SIGNATURE_LEN);
}

/* ---- module ------------------------------------------------------------- */

static PHP_GINIT_FUNCTION(whmcs_opensrs)
{
#if defined(COMPILE_DL_WHMCS_OPENSRS) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(whmcs_opensrs_globals, 0, sizeof(*whmcs_opensrs_globals));
	whmcs_opensrs_globals->breaker_uid = -1;
}

static PHP_GSHUTDOWN_FUNCTION(whmcs_opensrs)
{
	wo_http_pool_free(whmcs_opensrs_globals->pool);
	whmcs_opensrs_globals->pool = NULL;
	wo_breaker_routes_free(whmcs_opensrs_globals);
	wo_ops_decode_cleanup();
}

static PHP_MINIT_FUNCTION(whmcs_opensrs)
{
	(void) type;
	REGISTER_INI_ENTRIES();
	register_whmcs_opensrs_symbols(module_number);

	wo_ce_exception = register_class_WhmcsOpensrs_Exception(spl_ce_RuntimeException);
	wo_ce_transport_exception = register_class_WhmcsOpensrs_TransportException(wo_ce_exception);
	wo_ce_unavailable_exception = register_class_WhmcsOpensrs_UnavailableException(wo_ce_transport_exception);
	wo_ce_protocol_exception = register_class_WhmcsOpensrs_ProtocolException(wo_ce_exception);
	wo_ce_whmcs_exception = register_class_WhmcsOpensrs_WhmcsException(wo_ce_exception);
	wo_ce_whmcs_auth_exception = register_class_WhmcsOpensrs_WhmcsAuthException(wo_ce_whmcs_exception);
	wo_ce_opensrs_exception = register_class_WhmcsOpensrs_OpensrsException(wo_ce_exception);
	wo_ce_opensrs_auth_exception = register_class_WhmcsOpensrs_OpensrsAuthException(wo_ce_opensrs_exception);

	/* Reference-counted by libcurl, so ext/curl loading too is fine. */
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		return FAILURE;
	}
	/* Now, before PHP-FPM, Apache or php -S fork their workers, so that
	 * they share it. Without it calls go untracked (phpinfo() says so). */
	wo_breaker_startup();
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(whmcs_opensrs)
{
	(void) type;
	/* Kept connections must close before libcurl's global cleanup, and
	 * GSHUTDOWN runs after MSHUTDOWN. */
	wo_http_pool_free(WOG(pool));
	WOG(pool) = NULL;
	wo_ops_decode_cleanup();
	curl_global_cleanup();
	wo_breaker_shutdown();
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(whmcs_opensrs)
{
	(void) type;
	(void) module_number;
#if defined(COMPILE_DL_WHMCS_OPENSRS) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	WOG(breaker_uid) = -1;
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(whmcs_opensrs)
{
	const curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW);
	char curl_line[128], xml_line[64];
	/* libxml2 reports its run-time version as one number, 20914 for 2.9.14. */
	int xml = atoi(xmlParserVersion);

	snprintf(curl_line, sizeof(curl_line), "%s (%s)", curl->version,
		curl->ssl_version ? curl->ssl_version : "no TLS");
	snprintf(xml_line, sizeof(xml_line), "%d.%d.%d (compiled against %s)",
		xml / 10000, xml / 100 % 100, xml % 100, LIBXML_DOTTED_VERSION);

	php_info_print_table_start();
	php_info_print_table_row(2, "whmcs_opensrs support", "enabled");
	php_info_print_table_row(2, "Version", PHP_WHMCS_OPENSRS_VERSION);
	php_info_print_table_row(2, "libcurl", curl_line);
	php_info_print_table_row(2, "libxml2", xml_line);
	php_info_print_table_end();
	wo_breaker_minfo();

	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep whmcs_opensrs_deps[] = {
	ZEND_MOD_REQUIRED("libxml")
	ZEND_MOD_REQUIRED("json")
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_END
};

zend_module_entry whmcs_opensrs_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	whmcs_opensrs_deps,
	"whmcs_opensrs",
	ext_functions,
	PHP_MINIT(whmcs_opensrs),
	PHP_MSHUTDOWN(whmcs_opensrs),
	PHP_RINIT(whmcs_opensrs),
	NULL,
	PHP_MINFO(whmcs_opensrs),
	PHP_WHMCS_OPENSRS_VERSION,
	PHP_MODULE_GLOBALS(whmcs_opensrs),
	PHP_GINIT(whmcs_opensrs),
	PHP_GSHUTDOWN(whmcs_opensrs),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_WHMCS_OPENSRS
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(whmcs_opensrs)
#endif
