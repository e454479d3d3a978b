/* The WhmcsOpensrs\ exception classes and how the extension raises them. */
#ifndef WO_EXCEPTIONS_H
#define WO_EXCEPTIONS_H

#include "php.h"

extern zend_class_entry *wo_ce_exception;
extern zend_class_entry *wo_ce_transport_exception;
extern zend_class_entry *wo_ce_unavailable_exception;
extern zend_class_entry *wo_ce_protocol_exception;
extern zend_class_entry *wo_ce_whmcs_exception;
extern zend_class_entry *wo_ce_whmcs_auth_exception;
extern zend_class_entry *wo_ce_opensrs_exception;
extern zend_class_entry *wo_ce_opensrs_auth_exception;

/*
 * Throws ce with the message, code and HTTP status (0: none) and, when
 * response is not NULL, a copy of it for getResponse(). The message must not
 * hold a secret: callers build it from what the server said and from names.
 */
zend_object *wo_throw(zend_class_entry *ce, zend_long code, zend_long http_status,
                      zval *response, const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 5, 6);

/*
 * An exception thrown inside a PHP function the extension called (WHMCS's
 * localAPI()) carries that call's frames in its trace, with their
 * arguments: $params and the password2 in it. Replaces the arguments of
 * the frames the call created (that of function and those below it) with
 * SensitiveParameterValue objects, as PHP does for #[\SensitiveParameter],
 * in ex and the exceptions it chains through getPrevious(); class,
 * message and the rest of the trace stay as they are. Call it from the
 * PHP function that made the call, before the exception leaves it.
 */
void wo_hide_call_args(zend_object *ex, const char *function);

#endif
