/*
 * Inside WHMCS the reseller's OpenSRS credentials are stored, encrypted, in
 * the registrar module's settings, and getRegistrarConfigOptions('<module>')
 * returns them decrypted, a checkbox as "on" or "". A call given no
 * credentials (option or ini) takes them from there, so a hook needs no
 * second copy of the key in php.ini.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "registrar.h"

/* Where each module keeps its credentials. WHMCS's own "opensrs" has one
 * pair whatever TestMode says; OpenSRS's "opensrspro" has a pair per
 * environment, and TestMode picks one. */
typedef struct {
	const char *module;
	const char *test_username, *test_key;
	const char *live_username, *live_key;
} registrar_fields;

static const registrar_fields registrars[] = {
	[WO_REGISTRAR_OPENSRS] = { "opensrs", "Username", "PrivateKey", "Username", "PrivateKey" },
	[WO_REGISTRAR_OPENSRSPRO] = { "opensrspro", "TestUsername", "TestAPIKey", "ProdUsername", "ProdAPIKey" },
};

/* Room for why the settings could not be used; it names fields, never
 * their values. */
#define WO_REGISTRAR_WHY 200

static void registrar_refuse(uint32_t arg_num, const char *why)
{
	zend_argument_value_error(arg_num, "must contain \"reseller_username\" and \"api_key\" (or set "
		"opensrs.reseller_username and opensrs.api_key): %s", why);
}

/* WHMCS stores a checkbox as "on" or ""; a missing one is off, as WHMCS's
 * modules read it. */
static bool setting_is_on(HashTable *settings, const char *name)
{
	zval *value = zend_hash_str_find_deref(settings, name, strlen(name));

	return value && zend_is_true(value)
		&& !(Z_TYPE_P(value) == IS_STRING && zend_string_equals_literal_ci(Z_STR_P(value), "off"));
}

/* A setting's text, as a string option would take it; NULL when missing,
 * empty or not a scalar. */
static zend_string *setting_string(HashTable *settings, const char *name)
{
	zval *value = zend_hash_str_find_deref(settings, name, strlen(name));
	zend_string *s;

	if (!value || (Z_TYPE_P(value) != IS_STRING && Z_TYPE_P(value) != IS_LONG && Z_TYPE_P(value) != IS_DOUBLE)) {
		return NULL;
	}
	s = zval_get_string(value);
	if (ZSTR_LEN(s) == 0) {
		zend_string_release(s);
		return NULL;
	}
	return s;
}

/* The settings' pair for the mode; FAILURE (with why) when one is missing. */
static zend_result registrar_pair(const registrar_fields *r, HashTable *settings, bool test_mode,
                                  zend_string **username, zend_string **key, char *why)
{
	const char *username_field = test_mode ? r->test_username : r->live_username;
	const char *key_field = test_mode ? r->test_key : r->live_key;
	/* Only where TestMode chose the pair is it worth saying. */
	const char *mode = r->test_username == r->live_username ? "" : test_mode ? " (TestMode is on)" : " (TestMode is off)";

	*username = setting_string(settings, username_field);
	*key = setting_string(settings, key_field);
	if (!*username || !*key) {
		snprintf(why, WO_REGISTRAR_WHY, "WHMCS's \"%s\" registrar settings have no %s%s", r->module,
			!*username ? username_field : key_field, mode);
	} else if (strpbrk(ZSTR_VAL(*username), "\r\n") || strlen(ZSTR_VAL(*username)) != ZSTR_LEN(*username)) {
		/* It becomes the X-Username header. */
		snprintf(why, WO_REGISTRAR_WHY, "WHMCS's \"%s\" registrar setting %s contains CR, LF or NUL",
			r->module, username_field);
	} else {
		return SUCCESS;
	}
	if (*username) {
		zend_string_release(*username);
	}
	if (*key) {
		zend_string_release(*key);
	}
	*username = *key = NULL;
	return FAILURE;
}

/* The settings, or FAILURE (with why) when the call threw or returned no
 * array. An exit() inside it is left to end the script. */
static zend_result registrar_settings(const registrar_fields *r, zval *settings, char *why, zend_object **thrown)
{
	zval function, module;

	*thrown = NULL;
	ZVAL_STRINGL(&function, "getRegistrarConfigOptions", sizeof("getRegistrarConfigOptions") - 1);
	ZVAL_STRING(&module, r->module);
	ZVAL_UNDEF(settings);
	if (call_user_function(NULL, NULL, &function, settings, 1, &module) == FAILURE && !EG(exception)) {
		snprintf(why, WO_REGISTRAR_WHY, "getRegistrarConfigOptions('%s') could not be called", r->module);
	} else if (EG(exception)) {
		snprintf(why, WO_REGISTRAR_WHY, "getRegistrarConfigOptions('%s') threw %s", r->module,
			ZSTR_VAL(EG(exception)->ce->name));
		*thrown = EG(exception);
	} else if (Z_TYPE_P(settings) != IS_ARRAY) {
		snprintf(why, WO_REGISTRAR_WHY, "getRegistrarConfigOptions('%s') returned %s, not an array",
			r->module, zend_zval_type_name(settings));
	} else {
		zval_ptr_dtor(&function);
		zval_ptr_dtor(&module);
		return SUCCESS;
	}
	zval_ptr_dtor(settings);
	ZVAL_UNDEF(settings);
	zval_ptr_dtor(&function);
	zval_ptr_dtor(&module);
	return FAILURE;
}

zend_result wo_registrar_credentials(wo_options *o, uint32_t arg_num)
{
	const registrar_fields *r = &registrars[o->registrar];
	char why[WO_REGISTRAR_WHY];
	zend_object *thrown;
	zval settings;
	bool test_mode;
	zend_string *username, *key;

	if (!zend_hash_str_exists(EG(function_table), ZEND_STRL("getregistrarconfigoptions"))) {
		return SUCCESS;
	}
	if (registrar_settings(r, &settings, why, &thrown) == FAILURE) {
		if (thrown && (zend_is_unwind_exit(thrown) || zend_is_graceful_exit(thrown))) {
			return FAILURE;
		}
		/* The ValueError says what went wrong here; what WHMCS threw comes
		 * with it, as its previous exception. */
		EG(exception) = NULL;
		registrar_refuse(arg_num, why);
		if (thrown) {
			zend_exception_set_previous(EG(exception), thrown);
		}
		return FAILURE;
	}
	test_mode = setting_is_on(Z_ARRVAL(settings), "TestMode");
	if (registrar_pair(r, Z_ARRVAL(settings), test_mode, &username, &key, why) == FAILURE) {
		zval_ptr_dtor(&settings);
		registrar_refuse(arg_num, why);
		return FAILURE;
	}
	zval_ptr_dtor(&settings);

	o->reseller_username = username;
	o->api_key = key;
	if (!o->endpoint) {
		o->endpoint = test_mode ? zend_string_init(ZEND_STRL("test"), 0) : zend_string_init(ZEND_STRL("live"), 0);
	}
	return SUCCESS;
}
