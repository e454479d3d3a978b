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
#include "exceptions.h"

zend_class_entry *wo_ce_exception;
zend_class_entry *wo_ce_transport_exception;
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
