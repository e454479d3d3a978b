/* The WhmcsOpensrs\ exception classes and how the extension raises them. */
#ifndef WO_EXCEPTIONS_H
#define WO_EXCEPTIONS_H

#include "php.h"

extern zend_class_entry *wo_ce_exception;
extern zend_class_entry *wo_ce_transport_exception;
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

#endif
