/*
 * OpenSRS credentials from WHMCS itself: the reseller username and key that
 * WHMCS's registrar module settings already hold.
 */
#ifndef WO_REGISTRAR_H
#define WO_REGISTRAR_H

#include "php.h"
#include "options.h"

/*
 * When WHMCS's getRegistrarConfigOptions() exists, fills o's reseller
 * username and key from the settings of the module o->registrar names, and
 * the endpoint ("test" or "live", from its TestMode) when o has none.
 * Outside WHMCS it does nothing. Settings that cannot supply both
 * credentials are a ValueError against argument arg_num (FAILURE); what
 * getRegistrarConfigOptions() throws is its previous exception.
 */
zend_result wo_registrar_credentials(wo_options *o, uint32_t arg_num);

#endif
