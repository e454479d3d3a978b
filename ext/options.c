/*
 * A call's settings: each $options entry wins over the ini setting of the
 * same meaning. Options are checked (type and range, unknown names
 * refused) because a typo in a WHMCS hook would otherwise fall back to an
 * ini default silently.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "php_whmcs_opensrs.h"
#include "options.h"
#include "registrar.h"
#include "secrets.h"
#include "own.h"

typedef enum {
	OPT_STRING, OPT_SECONDS, OPT_SIZE, OPT_BOOL, OPT_TRANSPORT, OPT_LOGGER, OPT_IP_RESOLVE, OPT_REGISTRAR,
	OPT_CONCURRENCY, OPT_RETRIES, OPT_SENSITIVE, OPT_INPUT_VARS, OPT_BREAKER_FAILURES
} opt_type;

typedef struct {
	const char *name;
	size_t len;        /* strlen(name) */
	opt_type type;
	unsigned apis;     /* bit per wo_api that takes it */
	size_t offset;     /* into wo_options */
} opt_spec;

#define FOR_WHMCS   (1u << WO_API_WHMCS)
#define FOR_OPENSRS (1u << WO_API_OPENSRS)
#define FOR_BOTH    (FOR_WHMCS | FOR_OPENSRS)
#define OPT(name, type, apis, field) { name, sizeof(name) - 1, type, apis, offsetof(wo_options, field) }

static const opt_spec specs[] = {
	OPT("url", OPT_STRING, FOR_WHMCS, url),
	OPT("identifier", OPT_STRING, FOR_WHMCS, identifier),
	OPT("secret", OPT_STRING, FOR_WHMCS, secret),
	OPT("username", OPT_STRING, FOR_WHMCS, username),
	OPT("password", OPT_STRING, FOR_WHMCS, password),
	OPT("access_key", OPT_STRING, FOR_WHMCS, access_key),
	OPT("transport", OPT_TRANSPORT, FOR_WHMCS, transport),
	OPT("admin_user", OPT_STRING, FOR_WHMCS, admin_user),
	OPT("reseller_username", OPT_STRING, FOR_OPENSRS, reseller_username),
	OPT("api_key", OPT_STRING, FOR_OPENSRS, api_key),
	OPT("endpoint", OPT_STRING, FOR_OPENSRS, endpoint),
	OPT("registrant_ip", OPT_STRING, FOR_OPENSRS, registrant_ip),
	OPT("timeout", OPT_SECONDS, FOR_BOTH, timeout),
	OPT("connect_timeout", OPT_SECONDS, FOR_BOTH, connect_timeout),
	OPT("verify_tls", OPT_BOOL, FOR_BOTH, verify_tls),
	OPT("ca_file", OPT_STRING, FOR_BOTH, ca_file),
	OPT("ca_path", OPT_STRING, FOR_BOTH, ca_path),
	OPT("max_response_size", OPT_SIZE, FOR_BOTH, max_response_size),
	OPT("allow_insecure_http", OPT_BOOL, FOR_BOTH, allow_insecure_http),
	OPT("logger", OPT_LOGGER, FOR_BOTH, logger),
	OPT("proxy", OPT_STRING, FOR_BOTH, proxy),
	OPT("ip_resolve", OPT_IP_RESOLVE, FOR_BOTH, ip_resolve),
	OPT("registrar", OPT_REGISTRAR, FOR_OPENSRS, registrar),
	/* Single calls take it too, so one $options array serves both forms. */
	OPT("concurrency", OPT_CONCURRENCY, FOR_BOTH, concurrency),
	OPT("retries", OPT_RETRIES, FOR_BOTH, retries),
	OPT("sensitive", OPT_SENSITIVE, FOR_BOTH, sensitive),
	OPT("max_input_vars", OPT_INPUT_VARS, FOR_WHMCS, max_input_vars),
	OPT("keepalive_idle", OPT_SECONDS, FOR_BOTH, keepalive_idle),
	OPT("breaker", OPT_BOOL, FOR_BOTH, breaker),
	OPT("breaker_failures", OPT_BREAKER_FAILURES, FOR_BOTH, breaker_failures),
	OPT("breaker_cooldown", OPT_SECONDS, FOR_BOTH, breaker_cooldown),
};

zend_result wo_transport_parse(const char *name, size_t len, wo_transport *out)
{
	if (zend_binary_strcasecmp(name, len, ZEND_STRL("auto")) == 0) {
		*out = WO_TRANSPORT_AUTO;
	} else if (zend_binary_strcasecmp(name, len, ZEND_STRL("http")) == 0) {
		*out = WO_TRANSPORT_HTTP;
	} else if (zend_binary_strcasecmp(name, len, ZEND_STRL("local")) == 0) {
		*out = WO_TRANSPORT_LOCAL;
	} else {
		return FAILURE;
	}
	return SUCCESS;
}

zend_result wo_ip_resolve_parse(const char *name, size_t len, wo_http_ip_resolve *out)
{
	if (zend_binary_strcasecmp(name, len, ZEND_STRL("any")) == 0) {
		*out = WO_HTTP_IP_ANY;
	} else if (zend_binary_strcasecmp(name, len, ZEND_STRL("v4")) == 0) {
		*out = WO_HTTP_IP_V4;
	} else if (zend_binary_strcasecmp(name, len, ZEND_STRL("v6")) == 0) {
		*out = WO_HTTP_IP_V6;
	} else {
		return FAILURE;
	}
	return SUCCESS;
}

zend_result wo_registrar_parse(const char *name, size_t len, wo_registrar *out)
{
	if (zend_binary_strcasecmp(name, len, ZEND_STRL("opensrs")) == 0) {
		*out = WO_REGISTRAR_OPENSRS;
	} else if (zend_binary_strcasecmp(name, len, ZEND_STRL("opensrspro")) == 0) {
		*out = WO_REGISTRAR_OPENSRSPRO;
	} else {
		return FAILURE;
	}
	return SUCCESS;
}

static zend_string *ini_string(const char *value)
{
	return value && value[0] ? zend_string_init(value, strlen(value), 0) : NULL;
}

static void defaults_from_ini(wo_options *o, wo_api api)
{
	const wo_transport_ini *t = api == WO_API_WHMCS ? &WOG(whmcs) : &WOG(opensrs);

	memset(o, 0, sizeof(*o));
	o->api = api;
	if (api == WO_API_WHMCS) {
		o->url = ini_string(WOG(whmcs_url));
		o->identifier = ini_string(WOG(whmcs_identifier));
		o->secret = ini_string(WOG(whmcs_secret));
		o->username = ini_string(WOG(whmcs_username));
		o->password = ini_string(WOG(whmcs_password));
		o->access_key = ini_string(WOG(whmcs_access_key));
		o->transport = (wo_transport) WOG(whmcs_transport);
		o->admin_user = ini_string(WOG(whmcs_admin_user));
	} else {
		o->reseller_username = ini_string(WOG(opensrs_reseller_username));
		o->api_key = ini_string(WOG(opensrs_api_key));
		o->endpoint = ini_string(WOG(opensrs_endpoint));
		o->registrar = (wo_registrar) WOG(opensrs_registrar);
	}
	o->timeout = t->timeout;
	o->connect_timeout = t->connect_timeout;
	o->verify_tls = t->verify_tls;
	o->ca_file = ini_string(t->ca_file);
	o->ca_path = ini_string(t->ca_path);
	o->max_response_size = t->max_response_size;
	o->proxy = ini_string(t->proxy);
	o->ip_resolve = (wo_http_ip_resolve) t->ip_resolve;
	o->concurrency = WOG(concurrency);
	o->retries = WOG(retries);
	o->max_input_vars = WOG(whmcs_max_input_vars);
	if (WOG(sensitive) && WOG(sensitive)[0]) {
		bool bad;
		/* The handler refused a list that does not parse. */
		o->sensitive = wo_secrets_parse_names(WOG(sensitive), strlen(WOG(sensitive)), &bad);
	}
	o->keepalive_idle = WOG(keepalive_idle);
	o->breaker = WOG(breaker);
	o->breaker_failures = WOG(breaker_failures);
	o->breaker_cooldown = WOG(breaker_cooldown);
}

/*
 * WHMCS hands module and addon settings over as strings ('30', 'on', ''),
 * so options are read as PHP reads a scalar argument in coercive mode: a
 * numeric string is a number (leading and trailing whitespace allowed,
 * nothing else), an int or float is a string in its decimal form. Booleans
 * take only the forms a WHMCS checkbox or a PHP programmer writes; a bool
 * is no number or string, since true for a timeout or a key is a mistake.
 */
static zend_uchar option_number(const opt_spec *spec, zval *value, uint32_t arg_num, const char *type_name,
                                zend_long *lval, double *dval)
{
	zend_uchar type = 0;

	if (Z_TYPE_P(value) == IS_LONG) {
		*lval = Z_LVAL_P(value);
		type = IS_LONG;
	} else if (Z_TYPE_P(value) == IS_DOUBLE) {
		*dval = Z_DVAL_P(value);
		type = IS_DOUBLE;
	} else if (Z_TYPE_P(value) == IS_STRING) {
		type = is_numeric_string(Z_STRVAL_P(value), Z_STRLEN_P(value), lval, dval, false);
	}
	if (!type) {
		zend_argument_type_error(arg_num, "option \"%s\" must be of type %s, %s given",
			spec->name, type_name, zend_zval_type_name(value));
	}
	return type;
}

/* true, 1, "1", "on"; false, 0, "0", "", "off" (on/off in any case). */
static zend_result option_bool(zval *value, bool *out)
{
	switch (Z_TYPE_P(value)) {
	case IS_TRUE:
	case IS_FALSE:
		*out = Z_TYPE_P(value) == IS_TRUE;
		return SUCCESS;
	case IS_LONG:
		if (Z_LVAL_P(value) == 0 || Z_LVAL_P(value) == 1) {
			*out = Z_LVAL_P(value) == 1;
			return SUCCESS;
		}
		return FAILURE;
	case IS_STRING:
		if (zend_string_equals_literal(Z_STR_P(value), "1")
		    || zend_string_equals_literal_ci(Z_STR_P(value), "on")) {
			*out = true;
			return SUCCESS;
		}
		if (Z_STRLEN_P(value) == 0 || zend_string_equals_literal(Z_STR_P(value), "0")
		    || zend_string_equals_literal_ci(Z_STR_P(value), "off")) {
			*out = false;
			return SUCCESS;
		}
		return FAILURE;
	default:
		return FAILURE;
	}
}

/* A new reference to the option's string form, or NULL (TypeError thrown). */
static zend_string *option_string(const opt_spec *spec, zval *value, uint32_t arg_num)
{
	zend_string *s;

	if (Z_TYPE_P(value) == IS_STRING) {
		s = zend_string_copy(Z_STR_P(value));
	} else if (Z_TYPE_P(value) == IS_LONG || Z_TYPE_P(value) == IS_DOUBLE) {
		s = zval_get_string(value);
	} else {
		zend_argument_type_error(arg_num, "option \"%s\" must be of type string, %s given",
			spec->name, zend_zval_type_name(value));
		return NULL;
	}
	if (memchr(ZSTR_VAL(s), '\0', ZSTR_LEN(s))) {
		zend_string_release(s);
		zend_argument_value_error(arg_num, "option \"%s\" must not contain NUL bytes", spec->name);
		return NULL;
	}
	return s;
}

static zend_result set_seconds(const opt_spec *spec, zval *value, uint32_t arg_num, double *field)
{
	zend_long lval;
	double seconds;
	zend_uchar type = option_number(spec, value, arg_num, "int|float", &lval, &seconds);

	if (!type) {
		return FAILURE;
	}
	if (type == IS_LONG) {
		seconds = (double) lval;
	}
	if (!(seconds > 0) || !zend_finite(seconds)) {
		zend_argument_value_error(arg_num, "option \"%s\" must be a number of seconds greater than 0",
			spec->name);
		return FAILURE;
	}
	*field = seconds;
	return SUCCESS;
}

/* A float or numeric string is taken when it is a whole number, as PHP
 * takes it for an int parameter (without its deprecated truncation). */
static zend_result set_size(const opt_spec *spec, zval *value, uint32_t arg_num, zend_long *field)
{
	zend_long size = 0;
	double dval;
	zend_uchar type = option_number(spec, value, arg_num, "int", &size, &dval);

	if (!type) {
		return FAILURE;
	}
	if (type == IS_DOUBLE) {
		size = ZEND_DOUBLE_FITS_LONG(dval) && (double) (zend_long) dval == dval ? (zend_long) dval : 0;
	}
	if (size < 1) {
		zend_argument_value_error(arg_num, "option \"%s\" must be a whole number greater than 0", spec->name);
		return FAILURE;
	}
	*field = size;
	return SUCCESS;
}

/* A whole number from min to max, read as set_size() reads one. */
static zend_result set_count(const opt_spec *spec, zval *value, uint32_t arg_num,
                             zend_long min, zend_long max, zend_long *field)
{
	zend_long n = 0;
	double dval;
	zend_uchar type = option_number(spec, value, arg_num, "int", &n, &dval);

	if (!type) {
		return FAILURE;
	}
	if (type == IS_DOUBLE && !(ZEND_DOUBLE_FITS_LONG(dval) && (double) (zend_long) dval == dval)) {
		n = min - 1;
	} else if (type == IS_DOUBLE) {
		n = (zend_long) dval;
	}
	if (n < min || n > max) {
		zend_argument_value_error(arg_num, "option \"%s\" must be a whole number from " ZEND_LONG_FMT
			" to " ZEND_LONG_FMT, spec->name, min, max);
		return FAILURE;
	}
	*field = n;
	return SUCCESS;
}

/* Names read from one string of the option, added to those in *field. */
static zend_result add_sensitive_names(const opt_spec *spec, zval *value, uint32_t arg_num, zend_string **field)
{
	zend_string *s = option_string(spec, value, arg_num), *names;
	bool bad;

	if (!s) {
		return FAILURE;
	}
	names = wo_secrets_parse_names(ZSTR_VAL(s), ZSTR_LEN(s), &bad);
	zend_string_release(s);
	if (bad) {
		zend_argument_value_error(arg_num, "option \"%s\" must list parameter names separated by commas, "
			"each with a letter", spec->name);
		return FAILURE;
	}
	if (names && *field) {
		zend_string *both = zend_string_concat3(ZSTR_VAL(*field), ZSTR_LEN(*field), ",", 1,
			ZSTR_VAL(names), ZSTR_LEN(names));
		zend_string_release(names);
		zend_string_release(*field);
		names = both;
	} else if (!names) {
		return SUCCESS;
	}
	*field = names;
	return SUCCESS;
}

/*
 * "sensitive": a string of names separated by commas (a WHMCS setting is
 * one string) or an array of such strings. Its names add to those of
 * whmcs_opensrs.sensitive: a call can name more secrets, never fewer.
 */
static zend_result set_sensitive(const opt_spec *spec, zval *value, uint32_t arg_num, zend_string **field)
{
	zval *item;

	if (Z_TYPE_P(value) != IS_ARRAY) {
		return add_sensitive_names(spec, value, arg_num, field);
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
		ZVAL_DEREF(item);
		if (Z_TYPE_P(item) != IS_STRING) {
			zend_argument_type_error(arg_num, "option \"%s\" must be a string or an array of strings, "
				"%s found in the array", spec->name, zend_zval_type_name(item));
			return FAILURE;
		}
		if (add_sensitive_names(spec, item, arg_num, field) == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

static zend_result set_option(wo_options *o, const opt_spec *spec, zval *value, uint32_t arg_num)
{
	char *field = (char *) o + spec->offset;
	zend_string *s;
	zend_result rc;

	ZVAL_DEREF(value);
	switch (spec->type) {
	case OPT_STRING: {
		zend_string **slot = (zend_string **) field;
		if (!(s = option_string(spec, value, arg_num))) {
			return FAILURE;
		}
		if (*slot) {
			zend_string_release(*slot);
		}
		/* An empty string clears the setting, its ini value included. */
		if (ZSTR_LEN(s) == 0) {
			zend_string_release(s);
			s = NULL;
		}
		*slot = s;
		return SUCCESS;
	}
	case OPT_SECONDS:
		return set_seconds(spec, value, arg_num, (double *) field);
	case OPT_SIZE:
		return set_size(spec, value, arg_num, (zend_long *) field);
	case OPT_CONCURRENCY:
		return set_count(spec, value, arg_num, 1, WO_MAX_CONCURRENCY, (zend_long *) field);
	case OPT_RETRIES:
		return set_count(spec, value, arg_num, 0, WO_MAX_RETRIES, (zend_long *) field);
	case OPT_INPUT_VARS:
		return set_count(spec, value, arg_num, 1, ZEND_LONG_MAX, (zend_long *) field);
	case OPT_SENSITIVE:
		return set_sensitive(spec, value, arg_num, (zend_string **) field);
	case OPT_BREAKER_FAILURES:
		return set_count(spec, value, arg_num, 1, WO_MAX_BREAKER_FAILURES, (zend_long *) field);
	case OPT_BOOL:
		if (option_bool(value, (bool *) field) == FAILURE) {
			zend_argument_type_error(arg_num, "option \"%s\" must be of type bool (or 1, 0, \"1\", \"0\", "
				"\"on\", \"off\", \"\"), %s given", spec->name, zend_zval_type_name(value));
			return FAILURE;
		}
		return SUCCESS;
	case OPT_TRANSPORT:
		if (!(s = option_string(spec, value, arg_num))) {
			return FAILURE;
		}
		rc = wo_transport_parse(ZSTR_VAL(s), ZSTR_LEN(s), (wo_transport *) field);
		zend_string_release(s);
		if (rc == FAILURE) {
			zend_argument_value_error(arg_num, "option \"%s\" must be \"auto\", \"http\" or \"local\"",
				spec->name);
		}
		return rc;
	case OPT_REGISTRAR:
		if (!(s = option_string(spec, value, arg_num))) {
			return FAILURE;
		}
		rc = wo_registrar_parse(ZSTR_VAL(s), ZSTR_LEN(s), (wo_registrar *) field);
		zend_string_release(s);
		if (rc == FAILURE) {
			zend_argument_value_error(arg_num, "option \"%s\" must be \"opensrs\" or \"opensrspro\"", spec->name);
		}
		return rc;
	case OPT_IP_RESOLVE:
		if (!(s = option_string(spec, value, arg_num))) {
			return FAILURE;
		}
		rc = wo_ip_resolve_parse(ZSTR_VAL(s), ZSTR_LEN(s), (wo_http_ip_resolve *) field);
		zend_string_release(s);
		if (rc == FAILURE) {
			zend_argument_value_error(arg_num, "option \"%s\" must be \"any\", \"v4\" or \"v6\"", spec->name);
		}
		return rc;
	case OPT_LOGGER: {
		zval owned;

		/* false turns logging off for the call, Module Log included. A
		 * callable is checked now: a typo would otherwise lose the log
		 * silently. The check may run an autoloader, which may change
		 * what a reference holds: the value checked is the call's own
		 * (own.h), and is the one kept. */
		if (wo_own_value(value, &owned) == FAILURE) {
			ZVAL_COPY(&owned, value);
		}
		if (Z_TYPE(owned) != IS_FALSE && !zend_is_callable(&owned, 0, NULL)) {
			zend_argument_type_error(arg_num, "option \"%s\" must be a valid callback or false, %s given",
				spec->name, zend_zval_type_name(&owned));
			zval_ptr_dtor(&owned);
			return FAILURE;
		}
		zval_ptr_dtor((zval *) field);
		ZVAL_COPY_VALUE((zval *) field, &owned);
		return SUCCESS;
	}
	}
	return FAILURE;
}

/* Every $options key is looked up: lengths first, then bytes. */
static const opt_spec *find_spec(zend_string *name, wo_api api)
{
	size_t len = ZSTR_LEN(name);

	for (size_t i = 0; i < sizeof(specs) / sizeof(specs[0]); i++) {
		if (specs[i].len == len && (specs[i].apis & (1u << api)) && memcmp(ZSTR_VAL(name), specs[i].name, len) == 0) {
			return &specs[i];
		}
	}
	return NULL;
}

bool wo_endpoint_is_valid(const char *value, size_t len)
{
	return len == 0
		|| zend_binary_strcasecmp(value, len, ZEND_STRL("test")) == 0
		|| zend_binary_strcasecmp(value, len, ZEND_STRL("live")) == 0
		|| (len >= 8 && strncasecmp(value, "https://", 8) == 0)
		|| (len >= 7 && strncasecmp(value, "http://", 7) == 0);
}

static bool endpoint_is_named(const char *value, size_t len)
{
	return len == 0 || zend_binary_strcasecmp(value, len, ZEND_STRL("test")) == 0
		|| zend_binary_strcasecmp(value, len, ZEND_STRL("live")) == 0;
}

/* See options.h on strict. */
static bool url_parses(const char *url, size_t len, bool any_scheme, bool strict)
{
	return strlen(url) == len && ((!strict && !memchr(url, '@', len)) || wo_http_url_parses(url, any_scheme));
}

bool wo_endpoint_parses(const char *value, size_t len, bool strict)
{
	return endpoint_is_named(value, len) || url_parses(value, len, false, strict);
}

const char *wo_whmcs_url_problem(const char *url, size_t len, bool strict)
{
	if (!zend_memnstr(url, "://", 3, url + len)) {
		return "be an absolute http(s) URL";
	}
	/* The scheme is the transport's to check, and to name. */
	if (!url_parses(url, len, true, strict)) {
		return WO_URL_PARSE_RULE;
	}
	/* includes/api.php is appended to it. */
	if (memchr(url, '?', len) || memchr(url, '#', len)) {
		return "not have a query or a fragment";
	}
	return NULL;
}

const char *wo_proxy_problem(const char *proxy, bool strict)
{
	if (!wo_http_proxy_is_valid(proxy)) {
		return "be a proxy URL: http://, https://, socks4://, socks4a://, socks5:// or socks5h://, then the host";
	}
	return url_parses(proxy, strlen(proxy), true, strict) ? NULL : WO_URL_PARSE_RULE;
}

/* OpenSRS: "test", "live", or a URL of the caller's own. */
static zend_result resolve_endpoint(wo_options *o, uint32_t arg_num)
{
	const char *url = NULL;

	if (o->endpoint && !wo_endpoint_is_valid(ZSTR_VAL(o->endpoint), ZSTR_LEN(o->endpoint))) {
		zend_argument_value_error(arg_num,
			"option \"endpoint\" (or opensrs.endpoint) must be \"test\", \"live\" or an http(s) URL");
		return FAILURE;
	}
	if (o->endpoint && !wo_endpoint_parses(ZSTR_VAL(o->endpoint), ZSTR_LEN(o->endpoint), false)) {
		zend_argument_value_error(arg_num, "option \"endpoint\" (or opensrs.endpoint) must %s", WO_URL_PARSE_RULE);
		return FAILURE;
	}
	if (!o->endpoint || zend_string_equals_literal_ci(o->endpoint, "test")) {
		url = WO_ENDPOINT_TEST;
	} else if (zend_string_equals_literal_ci(o->endpoint, "live")) {
		url = WO_ENDPOINT_LIVE;
	}
	if (url) {
		if (o->endpoint) {
			zend_string_release(o->endpoint);
		}
		o->endpoint = zend_string_init(url, strlen(url), 0);
	}
	return SUCCESS;
}

/* A bad proxy would otherwise only show when the call fails; the message
 * names the setting, never the value, which may hold a password. */
static zend_result check_proxy(const wo_options *o, uint32_t arg_num)
{
	const char *problem = o->proxy ? wo_proxy_problem(ZSTR_VAL(o->proxy), false) : NULL;

	if (problem) {
		zend_argument_value_error(arg_num, "option \"proxy\" (or %s.proxy) must %s",
			o->api == WO_API_WHMCS ? "whmcs" : "opensrs", problem);
		return FAILURE;
	}
	return SUCCESS;
}

zend_result wo_options_resolve(wo_options *o, wo_api api, HashTable *options, uint32_t arg_num)
{
	zend_string *name;
	zval *value;

	defaults_from_ini(o, api);
	if (options) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(options, name, value) {
			const opt_spec *spec = name ? find_spec(name, api) : NULL;
			if (!spec) {
				/* Name the option, never echo its value: it may be a secret. */
				if (name && ZSTR_LEN(name) <= 64) {
					zend_argument_value_error(arg_num, "contains unknown option \"%s\"", ZSTR_VAL(name));
				} else {
					zend_argument_value_error(arg_num, "contains an unknown option");
				}
				goto failed;
			}
			if (set_option(o, spec, value, arg_num) == FAILURE) {
				goto failed;
			}
		} ZEND_HASH_FOREACH_END();
	}
	/* Inside WHMCS, a call given no credentials takes those of WHMCS's
	 * registrar module (and, unless one is set, its endpoint). */
	if (api == WO_API_OPENSRS && !o->reseller_username && !o->api_key
	    && wo_registrar_credentials(o, arg_num) == FAILURE) {
		goto failed;
	}
	if (api == WO_API_OPENSRS && resolve_endpoint(o, arg_num) == FAILURE) {
		goto failed;
	}
	if (check_proxy(o, arg_num) == FAILURE) {
		goto failed;
	}
	return SUCCESS;

failed:
	wo_options_release(o);
	return FAILURE;
}

/* Strings copied from ini settings are ours alone: wipe secrets before the
 * memory goes back to the allocator. */
static void release(zend_string **s, bool secret)
{
	if (!*s) {
		return;
	}
	if (secret && GC_REFCOUNT(*s) == 1 && !ZSTR_IS_INTERNED(*s)) {
		ZEND_SECURE_ZERO(ZSTR_VAL(*s), ZSTR_LEN(*s));
	}
	zend_string_release(*s);
	*s = NULL;
}

void wo_options_release(wo_options *o)
{
	release(&o->url, false);
	release(&o->identifier, false);
	release(&o->secret, true);
	release(&o->username, false);
	release(&o->password, true);
	release(&o->access_key, true);
	release(&o->admin_user, false);
	release(&o->reseller_username, false);
	release(&o->api_key, true);
	release(&o->endpoint, false);
	release(&o->registrant_ip, false);
	release(&o->ca_file, false);
	release(&o->ca_path, false);
	release(&o->proxy, true);
	release(&o->sensitive, false);
	zval_ptr_dtor(&o->logger);
	ZVAL_UNDEF(&o->logger);
}
