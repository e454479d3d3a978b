/*
 * The module log (see modlog.h). WHMCS's logModuleCall($module, $action,
 * $requestString, $responseData, $processedData, $replaceVars) stores the
 * first five and replaces each value of $replaceVars in them; a "logger"
 * callable gets the same fields, already masked, in one array and no
 * secret at all.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/standard/php_string.h"

#include "php_whmcs_opensrs.h"
#include "exceptions.h"
#include "form.h"
#include "http.h"
#include "md5.h"
#include "modlog.h"

/* Decoded JSON nests at most 512 levels (ext/json's default); deeper data
 * can only come from a localAPI() of the caller's, and is cut there. */
#define WO_LOG_MAX_DEPTH 512

/* A parameter value shorter than this is masked where it is sent (by its
 * key), but not searched for elsewhere: masking every "1" in a response
 * would leave nothing to read. Credentials are searched for whatever their
 * length. */
#define WO_LOG_MIN_SEARCHED 4

/* ---- masks -------------------------------------------------------------- */

static void log_insert_mask(wo_log *log, const char *value, size_t len)
{
	uint32_t at;

	for (uint32_t i = 0; i < log->mask_count; i++) {
		if (zend_string_equals_cstr(log->masks[i], value, len)) {
			return;
		}
	}
	if (log->mask_count == log->mask_size) {
		log->mask_size = log->mask_size ? log->mask_size * 2 : 8;
		log->masks = safe_erealloc(log->masks, log->mask_size, sizeof(zend_string *), 0);
	}
	for (at = 0; at < log->mask_count && ZSTR_LEN(log->masks[at]) >= len; at++) {
	}
	memmove(log->masks + at + 1, log->masks + at, (log->mask_count - at) * sizeof(zend_string *));
	log->masks[at] = zend_string_init(value, len, 0);
	log->mask_count++;
}

/*
 * A secret and the forms a server may echo it in: form-escaped (a firewall
 * quoting the request body), XML-escaped (an OPS reply), JSON-escaped
 * (json_encode() writes "/" as "\/").
 */
static void log_add_mask(wo_log *log, const char *value, size_t len)
{
	size_t max;

	if (len == 0) {
		return;
	}
	log_insert_mask(log, value, len);

	max = wo_form_escaped_max(len);
	if (max) {
		char *escaped = emalloc(max);
		size_t escaped_len = wo_form_escape((const unsigned char *) value, len, escaped);
		if (escaped_len != len || memcmp(escaped, value, len) != 0) {
			log_insert_mask(log, escaped, escaped_len);
		}
		ZEND_SECURE_ZERO(escaped, max);
		efree(escaped);
	}
	if (memchr(value, '&', len) || memchr(value, '<', len) || memchr(value, '>', len)) {
		smart_str xml = {0};
		for (size_t i = 0; i < len; i++) {
			switch (value[i]) {
			case '&': smart_str_appends(&xml, "&amp;"); break;
			case '<': smart_str_appends(&xml, "&lt;"); break;
			case '>': smart_str_appends(&xml, "&gt;"); break;
			default: smart_str_appendc(&xml, value[i]);
			}
		}
		log_insert_mask(log, ZSTR_VAL(xml.s), ZSTR_LEN(xml.s));
		ZEND_SECURE_ZERO(ZSTR_VAL(xml.s), ZSTR_LEN(xml.s));
		smart_str_free(&xml);
	}
	if (memchr(value, '/', len) || memchr(value, '"', len) || memchr(value, '\\', len)) {
		smart_str json = {0};
		for (size_t i = 0; i < len; i++) {
			if (value[i] == '/' || value[i] == '"' || value[i] == '\\') {
				smart_str_appendc(&json, '\\');
			}
			smart_str_appendc(&json, value[i]);
		}
		log_insert_mask(log, ZSTR_VAL(json.s), ZSTR_LEN(json.s));
		ZEND_SECURE_ZERO(ZSTR_VAL(json.s), ZSTR_LEN(json.s));
		smart_str_free(&json);
	}
}

static void log_add_mask_str(wo_log *log, const zend_string *s)
{
	if (s) {
		log_add_mask(log, ZSTR_VAL(s), ZSTR_LEN(s));
	}
}

/* text with every mask replaced; a new reference either way. */
static zend_string *log_mask_text(const wo_log *log, zend_string *text)
{
	zend_string *out = zend_string_copy(text);

	for (uint32_t i = 0; i < log->mask_count; i++) {
		zend_string *needle = log->masks[i];
		zend_string *replaced;

		if (ZSTR_LEN(needle) > ZSTR_LEN(out)
		    || !zend_memnstr(ZSTR_VAL(out), ZSTR_VAL(needle), ZSTR_LEN(needle), ZSTR_VAL(out) + ZSTR_LEN(out))) {
			continue;
		}
		replaced = php_str_to_str(ZSTR_VAL(out), ZSTR_LEN(out), ZSTR_VAL(needle), ZSTR_LEN(needle),
			ZEND_STRL(WO_LOG_MASK));
		zend_string_release(out);
		out = replaced;
	}
	return out;
}

/* ---- where the entry goes ----------------------------------------------- */

void wo_log_open(wo_log *log, const wo_options *o)
{
	memset(log, 0, sizeof(*log));
	ZVAL_UNDEF(&log->sink);
	log->api = o->api;

	if (Z_TYPE(o->logger) == IS_FALSE) {
		return;
	}
	if (!Z_ISUNDEF(o->logger)) {
		ZVAL_COPY(&log->sink, &o->logger);
	} else if (WOG(logger) && WOG(logger)[0]) {
		/* php.ini may name a function that only some scripts define: where
		 * it does not exist, the setting does not apply. */
		ZVAL_STRING(&log->sink, WOG(logger));
		if (!zend_is_callable(&log->sink, 0, NULL)) {
			zval_ptr_dtor(&log->sink);
			ZVAL_UNDEF(&log->sink);
		}
	}
	if (Z_ISUNDEF(log->sink)
	    && zend_hash_str_exists(EG(function_table), ZEND_STRL("logmodulecall"))) {
		ZVAL_STRINGL(&log->sink, "logModuleCall", sizeof("logModuleCall") - 1);
		log->module_call = true;
	}
	if (Z_ISUNDEF(log->sink)) {
		return;
	}
	log->active = true;

	/* Every credential configured for the API, used for this call or not:
	 * masking one more value costs nothing. */
	if (o->api == WO_API_WHMCS) {
		log_add_mask_str(log, o->identifier);
		log_add_mask_str(log, o->secret);
		log_add_mask_str(log, o->access_key);
		if (o->password && ZSTR_LEN(o->password)) {
			char md5[33];
			log_add_mask_str(log, o->password);
			wo_md5_hex(ZSTR_VAL(o->password), ZSTR_LEN(o->password), md5);
			log_add_mask(log, md5, 32);
			ZEND_SECURE_ZERO(md5, sizeof(md5));
		}
	} else {
		log_add_mask_str(log, o->api_key);
	}
}

void wo_log_set_url(wo_log *log, const char *url)
{
	char *shown;

	if (!log->active || log->url) {
		return;
	}
	/* Copied into PHP's memory: a logger that never returns (a fatal
	 * error) must leave nothing malloc'ed behind. */
	shown = wo_http_url_without_userinfo(url);
	if (shown) {
		log->url = zend_string_init(shown, strlen(shown), 0);
		free(shown);
	}
}

void wo_log_close(wo_log *log)
{
	for (uint32_t i = 0; i < log->mask_count; i++) {
		zend_string *s = log->masks[i];
		/* A logger may have kept a reference (through replaceVars): only a
		 * string that is ours alone is wiped. */
		if (GC_REFCOUNT(s) == 1 && !ZSTR_IS_INTERNED(s)) {
			ZEND_SECURE_ZERO(ZSTR_VAL(s), ZSTR_LEN(s));
		}
		zend_string_release(s);
	}
	if (log->masks) {
		efree(log->masks);
	}
	if (log->url) {
		zend_string_release(log->url);
	}
	zval_ptr_dtor(&log->sink);
	memset(log, 0, sizeof(*log));
}

/* ---- copies to log ------------------------------------------------------ */

/* Parameter names whose values are secrets of the client's: WHMCS's
 * password2 (AddUser, AddClient, ValidateLogin), cardnum and cccvv
 * (AddClient, UpdateClient), eppcode (DomainTransfer), OpenSRS's
 * sub_password, auth_info, ... */
static bool log_key_is_sensitive(const zend_string *key)
{
	static const char *const parts[] = { "pass", "secret", "cvv", "cardnum", "eppcode", "authcode", "auth_info" };
	const char *s = ZSTR_VAL(key);
	size_t len = ZSTR_LEN(key);

	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		size_t plen = strlen(parts[i]);
		if (len >= plen && zend_memnistr(s, parts[i], plen, s + len)) {
			return true;
		}
	}
	return false;
}

static void log_copy_request(wo_log *log, zval *src, zval *dst, bool sensitive, int depth)
{
	ZVAL_DEREF(src);
	if (Z_TYPE_P(src) == IS_ARRAY) {
		zend_string *key;
		zend_ulong index;
		zval *value, copy;

		if (depth >= WO_LOG_MAX_DEPTH || GC_IS_RECURSIVE(Z_ARRVAL_P(src))) {
			ZVAL_STRINGL(dst, "[nested too deep]", sizeof("[nested too deep]") - 1);
			return;
		}
		/* The empty array and literal arrays are immutable: no mark. */
		GC_TRY_PROTECT_RECURSION(Z_ARRVAL_P(src));
		array_init_size(dst, zend_hash_num_elements(Z_ARRVAL_P(src)));
		ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(src), index, key, value) {
			log_copy_request(log, value, &copy, sensitive || (key && log_key_is_sensitive(key)), depth + 1);
			if (key) {
				zend_hash_update(Z_ARRVAL_P(dst), key, &copy);
			} else {
				zend_hash_index_update(Z_ARRVAL_P(dst), index, &copy);
			}
		} ZEND_HASH_FOREACH_END();
		GC_TRY_UNPROTECT_RECURSION(Z_ARRVAL_P(src));
		return;
	}
	if (sensitive && (Z_TYPE_P(src) == IS_STRING || Z_TYPE_P(src) == IS_LONG || Z_TYPE_P(src) == IS_DOUBLE)) {
		zend_string *text = zval_get_string(src);
		if (ZSTR_LEN(text) >= WO_LOG_MIN_SEARCHED) {
			log_add_mask(log, ZSTR_VAL(text), ZSTR_LEN(text));
		}
		zend_string_release(text);
		ZVAL_STRINGL(dst, WO_LOG_MASK, sizeof(WO_LOG_MASK) - 1);
		return;
	}
	ZVAL_COPY(dst, src);
}

void wo_log_request_copy(wo_log *log, zval *data, zval *copy)
{
	log_copy_request(log, data, copy, false, 0);
}

/* A copy of a decoded answer with every mask replaced in its strings. */
static void log_copy_masked(const wo_log *log, zval *src, zval *dst, int depth)
{
	ZVAL_DEREF(src);
	if (Z_TYPE_P(src) == IS_STRING) {
		ZVAL_STR(dst, log_mask_text(log, Z_STR_P(src)));
		return;
	}
	if (Z_TYPE_P(src) == IS_ARRAY && log->mask_count) {
		zend_string *key;
		zend_ulong index;
		zval *value, copy;

		/* Arrays from a localAPI() of the caller's may refer to themselves. */
		if (depth >= WO_LOG_MAX_DEPTH || GC_IS_RECURSIVE(Z_ARRVAL_P(src))) {
			ZVAL_STRINGL(dst, "[nested too deep]", sizeof("[nested too deep]") - 1);
			return;
		}
		/* The empty array and literal arrays are immutable: no mark. */
		GC_TRY_PROTECT_RECURSION(Z_ARRVAL_P(src));
		array_init_size(dst, zend_hash_num_elements(Z_ARRVAL_P(src)));
		ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(src), index, key, value) {
			log_copy_masked(log, value, &copy, depth + 1);
			if (key) {
				zend_string *masked_key = log_mask_text(log, key);
				zend_hash_update(Z_ARRVAL_P(dst), masked_key, &copy);
				zend_string_release(masked_key);
			} else {
				zend_hash_index_update(Z_ARRVAL_P(dst), index, &copy);
			}
		} ZEND_HASH_FOREACH_END();
		GC_TRY_UNPROTECT_RECURSION(Z_ARRVAL_P(src));
		return;
	}
	ZVAL_COPY(dst, src);
}

/* "Class: message" of an exception, masked. */
static zend_string *log_describe_exception(const wo_log *log, zend_object *ex)
{
	zval rv, *message;
	zend_string *text, *masked;

	message = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), true, &rv);
	text = zend_strpprintf(0, "%s: %s", ZSTR_VAL(ex->ce->name),
		Z_TYPE_P(message) == IS_STRING ? Z_STRVAL_P(message) : "");
	masked = log_mask_text(log, text);
	zend_string_release(text);
	return masked;
}

/* ---- the entry ---------------------------------------------------------- */

/* Calls the sink; what it throws is dropped, unless it is exit(). */
static void log_call_sink(wo_log *log, zval *args, uint32_t argc)
{
	zend_object *pending = EG(exception);
	zval retval;

	/* zend_call_function() refuses to run with an exception pending: the
	 * call's own exception waits aside, and is put back afterwards. */
	EG(exception) = NULL;
	ZVAL_UNDEF(&retval);
	if (call_user_function(NULL, NULL, &log->sink, &retval, argc, args) == FAILURE && !EG(exception)) {
		php_log_err("whmcs_opensrs: the module log callback could not be called");
	}
	zval_ptr_dtor(&retval);

	if (EG(exception)) {
		zend_object *thrown = EG(exception);
		if (zend_is_unwind_exit(thrown) || zend_is_graceful_exit(thrown)) {
			/* exit() in the logger ends the script as it would anywhere. */
			if (pending) {
				OBJ_RELEASE(pending);
			}
			return;
		}
		/* The class only: the message may quote what the logger was given. */
		char line[256];
		snprintf(line, sizeof(line), "whmcs_opensrs: the module log callback threw %s; "
			"the call's own outcome stands", ZSTR_VAL(thrown->ce->name));
		EG(exception) = NULL;
		OBJ_RELEASE(thrown);
		php_log_err(line);
	}
	EG(exception) = pending;
}

void wo_log_write(wo_log *log, const char *action, size_t action_len, zend_string *request,
                  zend_string *response, zval *result, zend_object *ex)
{
	zend_string *request_text, *response_text, *error = NULL;
	zval processed;

	if (!log->active) {
		return;
	}
	request_text = log_mask_text(log, request);
	response_text = log_mask_text(log, response ? response : ZSTR_EMPTY_ALLOC());

	ZVAL_UNDEF(&processed);
	if (result) {
		log_copy_masked(log, result, &processed, 0);
	} else if (ex) {
		error = log_describe_exception(log, ex);
		if (instanceof_function(ex->ce, wo_ce_whmcs_exception) || instanceof_function(ex->ce, wo_ce_opensrs_exception)) {
			zval rv, *decoded = zend_read_property(
				instanceof_function(ex->ce, wo_ce_whmcs_exception) ? wo_ce_whmcs_exception : wo_ce_opensrs_exception,
				ex, ZEND_STRL("response"), true, &rv);
			if (Z_TYPE_P(decoded) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(decoded))) {
				log_copy_masked(log, decoded, &processed, 0);
			}
		}
		if (Z_ISUNDEF(processed)) {
			ZVAL_STR_COPY(&processed, error);
		}
	} else {
		ZVAL_EMPTY_STRING(&processed);
	}

	if (log->module_call) {
		zval args[6];

		ZVAL_STRINGL(&args[0], WO_LOG_MODULE, sizeof(WO_LOG_MODULE) - 1);
		ZVAL_STRINGL(&args[1], action, action_len);
		ZVAL_STR(&args[2], request_text);
		ZVAL_STR(&args[3], response_text);
		ZVAL_COPY_VALUE(&args[4], &processed);
		array_init_size(&args[5], log->mask_count);
		for (uint32_t i = 0; i < log->mask_count; i++) {
			add_next_index_str(&args[5], zend_string_copy(log->masks[i]));
		}
		log_call_sink(log, args, 6);
		for (int i = 0; i < 6; i++) {
			zval_ptr_dtor(&args[i]);
		}
	} else {
		zval entry;

		array_init_size(&entry, 8);
		add_assoc_stringl(&entry, "module", WO_LOG_MODULE, sizeof(WO_LOG_MODULE) - 1);
		add_assoc_string(&entry, "api", log->api == WO_API_WHMCS ? "whmcs" : "opensrs");
		add_assoc_stringl(&entry, "action", action, action_len);
		if (log->url) {
			add_assoc_str(&entry, "url", zend_string_copy(log->url));
		} else {
			add_assoc_null(&entry, "url");
		}
		add_assoc_str(&entry, "request", request_text);
		add_assoc_str(&entry, "response", response_text);
		add_assoc_zval(&entry, "processed", &processed);
		if (error) {
			add_assoc_str(&entry, "error", zend_string_copy(error));
		} else {
			add_assoc_null(&entry, "error");
		}
		log_call_sink(log, &entry, 1);
		zval_ptr_dtor(&entry);
	}
	if (error) {
		zend_string_release(error);
	}
}
