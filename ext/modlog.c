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
#include "zend_enum.h"
#include "ext/standard/php_string.h"

#include "php_whmcs_opensrs.h"
#include "exceptions.h"
#include "http.h"
#include "secrets.h"
#include "modlog.h"

/* Request data nests at most as deep as the form encoder and the OPS
 * codec allow; this only guards the walk. */
#define WO_LOG_MAX_DEPTH 512

/* ---- where the entry goes ----------------------------------------------- */

void wo_log_open(wo_log *log, const wo_options *o, const wo_secrets *secrets)
{
	memset(log, 0, sizeof(*log));
	ZVAL_UNDEF(&log->sink);
	log->api = o->api;
	log->secrets = secrets;

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
	log->active = !Z_ISUNDEF(log->sink);
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
	if (log->url) {
		zend_string_release(log->url);
	}
	zval_ptr_dtor(&log->sink);
	memset(log, 0, sizeof(*log));
}

/* ---- copies to log ------------------------------------------------------ */

static void log_copy_request(const wo_secrets *s, zval *src, zval *dst, bool sensitive, int depth)
{
	ZVAL_DEREF(src);
#if PHP_VERSION_ID >= 80400
	/* Sent as its value (form encoding): logged, and masked, as that. */
	if (Z_TYPE_P(src) == IS_OBJECT && (Z_OBJCE_P(src)->ce_flags & ZEND_ACC_ENUM)
	    && Z_OBJCE_P(src)->enum_backing_type != IS_UNDEF) {
		src = zend_enum_fetch_case_value(Z_OBJ_P(src));
	}
#endif
	if (Z_TYPE_P(src) == IS_DOUBLE) {
		/* Its text as sent, without the warning PHP 8.5 gave for a NAN
		 * when the body was encoded: one call, one warning. */
		smart_str buf = {0};
		zval text;
		/* What (string) gives, which warns itself on PHP 8.5. */
		smart_str_append_double(&buf, Z_DVAL_P(src), (int) EG(precision), false);
		ZVAL_STR(&text, smart_str_extract(&buf));
		log_copy_request(s, &text, dst, sensitive, depth);
		zval_ptr_dtor(&text);
		return;
	}
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
			log_copy_request(s, value, &copy, sensitive || (key && wo_secrets_key_is_sensitive(s, key)), depth + 1);
			if (key) {
				zend_hash_update(Z_ARRVAL_P(dst), key, &copy);
			} else {
				zend_hash_index_update(Z_ARRVAL_P(dst), index, &copy);
			}
		} ZEND_HASH_FOREACH_END();
		GC_TRY_UNPROTECT_RECURSION(Z_ARRVAL_P(src));
		return;
	}
	/* The call's secrets list holds these values, to mask them wherever
	 * else they show up. */
	if (sensitive && (Z_TYPE_P(src) == IS_STRING || Z_TYPE_P(src) == IS_LONG)) {
		ZVAL_STRINGL(dst, WO_LOG_MASK, sizeof(WO_LOG_MASK) - 1);
		return;
	}
	ZVAL_COPY(dst, src);
}

void wo_log_request_copy(const wo_secrets *s, zval *data, zval *copy)
{
	log_copy_request(s, data, copy, false, 0);
}

/* "Class: message" of an exception, masked. */
static zend_string *log_describe_exception(const wo_log *log, zend_object *ex)
{
	zval rv, *message;
	zend_string *text, *masked;

	message = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), true, &rv);
	text = zend_strpprintf(0, "%s: %s", ZSTR_VAL(ex->ce->name),
		Z_TYPE_P(message) == IS_STRING ? Z_STRVAL_P(message) : "");
	masked = wo_secrets_mask(log->secrets, text);
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
	/* logModuleCall()'s replaceVars below read the list's items. */
	wo_secrets_complete(log->secrets);
	request_text = wo_secrets_mask(log->secrets, request);
	/* WHMCS answers in JSON (in-process calls are logged as JSON),
	 * OpenSRS in XML. */
	response = response ? response : ZSTR_EMPTY_ALLOC();
	response_text = log->api == WO_API_WHMCS ? wo_secrets_mask_json(log->secrets, response)
		: wo_secrets_mask_xml(log->secrets, response);

	ZVAL_UNDEF(&processed);
	if (result) {
		wo_secrets_mask_zval(log->secrets, result, &processed);
	} else if (ex) {
		error = log_describe_exception(log, ex);
		if (instanceof_function(ex->ce, wo_ce_whmcs_exception) || instanceof_function(ex->ce, wo_ce_opensrs_exception)) {
			zval rv, *decoded = zend_read_property(
				instanceof_function(ex->ce, wo_ce_whmcs_exception) ? wo_ce_whmcs_exception : wo_ce_opensrs_exception,
				ex, ZEND_STRL("response"), true, &rv);
			if (Z_TYPE_P(decoded) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(decoded))) {
				wo_secrets_mask_zval(log->secrets, decoded, &processed);
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
		array_init_size(&args[5], log->secrets ? log->secrets->count : 0);
		for (uint32_t i = 0; log->secrets && i < log->secrets->count; i++) {
			add_next_index_stringl(&args[5], log->secrets->items[i].value, log->secrets->items[i].len);
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

/* ---- a call's record ---------------------------------------------------- */

void wo_call_log_open(wo_call_log *cl, const wo_options *o, zval *data)
{
	wo_secrets_init(&cl->secrets);
	/* Gathered when first read: a call that neither logs nor throws never
	 * reads it (4,700 instructions of a WHMCS call, 14,000 of an OpenSRS
	 * one, which walks the envelope). */
	wo_secrets_defer(&cl->secrets, o, data);
	wo_log_open(&cl->log, o, &cl->secrets);
}

void wo_call_log_write(wo_call_log *cl, const char *action, size_t action_len, zend_string *raw,
                       zval *value, zend_object *ex)
{
	/* What the answer holds under sensitive names is masked in it, and
	 * wherever else it shows (a successful value only goes to the log). */
	wo_secrets_add_answer(&cl->secrets, cl->log.active ? value : NULL, ex);
	/* Scrubbed before the logger runs: a logger that calls exit() ends
	 * the script, and the call's exception goes with it. */
	if (ex) {
		wo_secrets_scrub_exception(&cl->secrets, ex);
	}
	if (cl->log.active) {
		wo_log_write(&cl->log, action, action_len, cl->logged, raw, value, ex);
	}
	if (raw) {
		zend_string_release(raw);
	}
}

void wo_call_log_release(wo_call_log *cl)
{
	if (cl->logged) {
		zend_string_release(cl->logged);
		cl->logged = NULL;
	}
	wo_log_close(&cl->log);
	wo_secrets_free(&cl->secrets);
}
