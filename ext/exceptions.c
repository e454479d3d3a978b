/*
 * Exception classes are declared in whmcs_opensrs.stub.php and registered in
 * MINIT; here are their methods and the one helper that raises them, so that
 * status and response are attached the same way everywhere.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_builtin_functions.h"
#if PHP_VERSION_ID >= 80200
#include "zend_attributes.h"
#endif
#include "exceptions.h"

zend_class_entry *wo_ce_exception;
zend_class_entry *wo_ce_transport_exception;
zend_class_entry *wo_ce_unavailable_exception;
zend_class_entry *wo_ce_protocol_exception;
zend_class_entry *wo_ce_whmcs_exception;
zend_class_entry *wo_ce_whmcs_auth_exception;
zend_class_entry *wo_ce_opensrs_exception;
zend_class_entry *wo_ce_opensrs_auth_exception;

zend_object *wo_throw(zend_class_entry *ce, zend_long code, zend_long http_status,
                      zval *response, const char *format, ...)
{
	va_list args;
	char *message;
	zend_object *ex;

	va_start(args, format);
	zend_vspprintf(&message, 0, format, args);
	va_end(args);
	ex = zend_throw_exception(ce, message, code);
	efree(message);

	zend_update_property_long(wo_ce_exception, ex, ZEND_STRL("httpStatus"), http_status);
	if (response && Z_TYPE_P(response) == IS_ARRAY) {
		/* Both classes with a response declare it themselves. */
		zend_class_entry *scope = instanceof_function(ce, wo_ce_whmcs_exception)
			? wo_ce_whmcs_exception : wo_ce_opensrs_exception;
		zend_update_property(scope, ex, ZEND_STRL("response"), response);
	}
	return ex;
}

static void read_property(zend_class_entry *scope, zval *this_ptr, const char *name,
                          size_t len, zval *return_value)
{
	zval rv;
	zval *value = zend_read_property(scope, Z_OBJ_P(this_ptr), name, len, true, &rv);
	RETURN_COPY_DEREF(value);
}

ZEND_METHOD(WhmcsOpensrs_Exception, getHttpStatus)
{
	ZEND_PARSE_PARAMETERS_NONE();
	read_property(wo_ce_exception, ZEND_THIS, ZEND_STRL("httpStatus"), return_value);
}

ZEND_METHOD(WhmcsOpensrs_TransportException, isPossiblySent)
{
	ZEND_PARSE_PARAMETERS_NONE();
	read_property(wo_ce_transport_exception, ZEND_THIS, ZEND_STRL("possiblySent"), return_value);
}

ZEND_METHOD(WhmcsOpensrs_WhmcsException, getResponse)
{
	ZEND_PARSE_PARAMETERS_NONE();
	read_property(wo_ce_whmcs_exception, ZEND_THIS, ZEND_STRL("response"), return_value);
}

ZEND_METHOD(WhmcsOpensrs_OpensrsException, getResponse)
{
	ZEND_PARSE_PARAMETERS_NONE();
	read_property(wo_ce_opensrs_exception, ZEND_THIS, ZEND_STRL("response"), return_value);
}

/* ---- traces of calls the extension makes -------------------------------- */

/* Exceptions chained through getPrevious() looked at, at most. */
#define WO_TRACE_MAX_CHAIN 64

static zval *frame_item(zval *frame, zend_string *key)
{
	return Z_TYPE_P(frame) == IS_ARRAY ? zend_hash_find(Z_ARRVAL_P(frame), key) : NULL;
}

/* Whether two frames name the same function (and class). */
static bool frames_match(zval *a, zval *b)
{
	zval *fa = frame_item(a, ZSTR_KNOWN(ZEND_STR_FUNCTION)), *fb = frame_item(b, ZSTR_KNOWN(ZEND_STR_FUNCTION));
	zval *ca = frame_item(a, ZSTR_KNOWN(ZEND_STR_CLASS)), *cb = frame_item(b, ZSTR_KNOWN(ZEND_STR_CLASS));

	return fa && fb && Z_TYPE_P(fa) == IS_STRING && Z_TYPE_P(fb) == IS_STRING
		&& zend_string_equals(Z_STR_P(fa), Z_STR_P(fb)) && !ca == !cb
		&& (!ca || (Z_TYPE_P(ca) == IS_STRING && Z_TYPE_P(cb) == IS_STRING
		            && zend_string_equals(Z_STR_P(ca), Z_STR_P(cb))));
}

static bool frame_calls(zval *frame, const char *function)
{
	zval *f = frame_item(frame, ZSTR_KNOWN(ZEND_STR_FUNCTION));

	return f && Z_TYPE_P(f) == IS_STRING && !frame_item(frame, ZSTR_KNOWN(ZEND_STR_CLASS))
		&& zend_binary_strcasecmp(Z_STRVAL_P(f), Z_STRLEN_P(f), function, strlen(function)) == 0;
}

/*
 * How many frames at the start of trace the call created: those above the
 * caller's own, when the trace ends with the stack the call was made from
 * (the exception was created during the call); otherwise (an exception
 * kept from an earlier call, or made in a fiber) up to the last frame of
 * the function called.
 */
static uint32_t trace_call_frames(HashTable *trace, HashTable *stack, const char *function)
{
	uint32_t n = zend_hash_num_elements(trace), outer = zend_hash_num_elements(stack), last = 0;
	bool tail = n > outer;

	for (uint32_t i = 0; tail && i < outer; i++) {
		zval *a = zend_hash_index_find(trace, n - outer + i), *b = zend_hash_index_find(stack, i);
		tail = a && b && frames_match(a, b);
	}
	if (tail) {
		return n - outer;
	}
	for (uint32_t i = 0; i < n; i++) {
		zval *frame = zend_hash_index_find(trace, i);
		if (frame && frame_calls(frame, function)) {
			last = i + 1;
		}
	}
	return last;
}

/* Each argument as SensitiveParameterValue holds it, as PHP shows those of
 * a #[\SensitiveParameter]; before PHP 8.2, none at all. */
static void hide_args(zval *frame)
{
	zval *args = frame_item(frame, ZSTR_KNOWN(ZEND_STR_ARGS)), hidden, *arg;

	if (!args || Z_TYPE_P(args) != IS_ARRAY) {
		return;
	}
	array_init_size(&hidden, zend_hash_num_elements(Z_ARRVAL_P(args)));
#if PHP_VERSION_ID >= 80200
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(args), arg) {
		zval wrapped;
		/* What its constructor does; no PHP code may run while the
		 * exception is pending. */
		object_init_ex(&wrapped, zend_ce_sensitive_parameter_value);
		zend_update_property_ex(zend_ce_sensitive_parameter_value, Z_OBJ(wrapped), ZSTR_KNOWN(ZEND_STR_VALUE), arg);
		zend_hash_next_index_insert(Z_ARRVAL(hidden), &wrapped);
	} ZEND_HASH_FOREACH_END();
#else
	(void) arg;
#endif
	zend_hash_update(Z_ARRVAL_P(frame), ZSTR_KNOWN(ZEND_STR_ARGS), &hidden);
}

static void hide_call_args_in(zend_object *ex, HashTable *stack, const char *function)
{
	zend_class_entry *base = zend_get_exception_base(ex);
	zval rv, *trace, copy;
	uint32_t frames;

	trace = zend_read_property_ex(base, ex, ZSTR_KNOWN(ZEND_STR_TRACE), true, &rv);
	if (Z_TYPE_P(trace) != IS_ARRAY
	    || (frames = trace_call_frames(Z_ARRVAL_P(trace), stack, function)) == 0) {
		return;
	}
	ZVAL_ARR(&copy, zend_array_dup(Z_ARRVAL_P(trace)));
	for (uint32_t i = 0; i < frames; i++) {
		zval *frame = zend_hash_index_find(Z_ARRVAL(copy), i);
		if (frame && Z_TYPE_P(frame) == IS_ARRAY) {
			SEPARATE_ARRAY(frame);
			hide_args(frame);
		}
	}
	zend_update_property_ex(base, ex, ZSTR_KNOWN(ZEND_STR_TRACE), &copy);
	zval_ptr_dtor(&copy);
	/* __toString() keeps what it wrote, trace and all: it must write it
	 * again. */
	ZVAL_EMPTY_STRING(&rv);
	zend_update_property_ex(base, ex, ZSTR_KNOWN(ZEND_STR_STRING), &rv);
}

void wo_hide_call_args(zend_object *ex, const char *function)
{
	zval stack;

	zend_fetch_debug_backtrace(&stack, 0, DEBUG_BACKTRACE_IGNORE_ARGS, 0);
	for (int i = 0; ex && instanceof_function(ex->ce, zend_ce_throwable) && i < WO_TRACE_MAX_CHAIN; i++) {
		zval rv, *previous;

		hide_call_args_in(ex, Z_ARRVAL(stack), function);
		previous = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_PREVIOUS), true, &rv);
		ex = Z_TYPE_P(previous) == IS_OBJECT ? Z_OBJ_P(previous) : NULL;
	}
	zval_ptr_dtor(&stack);
}
