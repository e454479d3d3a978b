/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f902094fa75266335feda6d861427d85a0d65c53 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_delete_user_client, 0, 2, IS_TRUE, 0)
	ZEND_ARG_TYPE_INFO(0, user_id, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, client_id, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_opensrs_delete_subuser, 0, 3, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, domain, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, sub_id, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, username, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WhmcsOpensrs_opensrs_ops_encode, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WhmcsOpensrs_opensrs_ops_decode, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, xml, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WhmcsOpensrs_opensrs_signature, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, xml, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WhmcsOpensrs_whmcs_api, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, action, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WhmcsOpensrs_opensrs_request, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, action, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, object, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, attributes, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, extra, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WhmcsOpensrs_whmcs_api_many, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, calls, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_WhmcsOpensrs_opensrs_request_many arginfo_WhmcsOpensrs_whmcs_api_many

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_WhmcsOpensrs_health, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WhmcsOpensrs_Exception_getHttpStatus, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WhmcsOpensrs_TransportException_isPossiblySent, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WhmcsOpensrs_WhmcsException_getResponse arginfo_WhmcsOpensrs_health

#define arginfo_class_WhmcsOpensrs_OpensrsException_getResponse arginfo_WhmcsOpensrs_health


ZEND_FUNCTION(delete_user_client);
ZEND_FUNCTION(opensrs_delete_subuser);
ZEND_FUNCTION(WhmcsOpensrs_opensrs_ops_encode);
ZEND_FUNCTION(WhmcsOpensrs_opensrs_ops_decode);
ZEND_FUNCTION(WhmcsOpensrs_opensrs_signature);
ZEND_FUNCTION(WhmcsOpensrs_whmcs_api);
ZEND_FUNCTION(WhmcsOpensrs_opensrs_request);
ZEND_FUNCTION(WhmcsOpensrs_whmcs_api_many);
ZEND_FUNCTION(WhmcsOpensrs_opensrs_request_many);
ZEND_FUNCTION(WhmcsOpensrs_health);
ZEND_METHOD(WhmcsOpensrs_Exception, getHttpStatus);
ZEND_METHOD(WhmcsOpensrs_TransportException, isPossiblySent);
ZEND_METHOD(WhmcsOpensrs_WhmcsException, getResponse);
ZEND_METHOD(WhmcsOpensrs_OpensrsException, getResponse);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(delete_user_client, arginfo_delete_user_client)
	ZEND_FE(opensrs_delete_subuser, arginfo_opensrs_delete_subuser)
	ZEND_NS_FALIAS("WhmcsOpensrs", opensrs_ops_encode, WhmcsOpensrs_opensrs_ops_encode, arginfo_WhmcsOpensrs_opensrs_ops_encode)
	ZEND_NS_FALIAS("WhmcsOpensrs", opensrs_ops_decode, WhmcsOpensrs_opensrs_ops_decode, arginfo_WhmcsOpensrs_opensrs_ops_decode)
	ZEND_NS_FALIAS("WhmcsOpensrs", opensrs_signature, WhmcsOpensrs_opensrs_signature, arginfo_WhmcsOpensrs_opensrs_signature)
	ZEND_NS_FALIAS("WhmcsOpensrs", whmcs_api, WhmcsOpensrs_whmcs_api, arginfo_WhmcsOpensrs_whmcs_api)
	ZEND_NS_FALIAS("WhmcsOpensrs", opensrs_request, WhmcsOpensrs_opensrs_request, arginfo_WhmcsOpensrs_opensrs_request)
	ZEND_NS_FALIAS("WhmcsOpensrs", whmcs_api_many, WhmcsOpensrs_whmcs_api_many, arginfo_WhmcsOpensrs_whmcs_api_many)
	ZEND_NS_FALIAS("WhmcsOpensrs", opensrs_request_many, WhmcsOpensrs_opensrs_request_many, arginfo_WhmcsOpensrs_opensrs_request_many)
	ZEND_NS_FALIAS("WhmcsOpensrs", health, WhmcsOpensrs_health, arginfo_WhmcsOpensrs_health)
	ZEND_FE_END
};


static const zend_function_entry class_WhmcsOpensrs_Exception_methods[] = {
	ZEND_ME(WhmcsOpensrs_Exception, getHttpStatus, arginfo_class_WhmcsOpensrs_Exception_getHttpStatus, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WhmcsOpensrs_TransportException_methods[] = {
	ZEND_ME(WhmcsOpensrs_TransportException, isPossiblySent, arginfo_class_WhmcsOpensrs_TransportException_isPossiblySent, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WhmcsOpensrs_UnavailableException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WhmcsOpensrs_ProtocolException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WhmcsOpensrs_WhmcsException_methods[] = {
	ZEND_ME(WhmcsOpensrs_WhmcsException, getResponse, arginfo_class_WhmcsOpensrs_WhmcsException_getResponse, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WhmcsOpensrs_WhmcsAuthException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WhmcsOpensrs_OpensrsException_methods[] = {
	ZEND_ME(WhmcsOpensrs_OpensrsException, getResponse, arginfo_class_WhmcsOpensrs_OpensrsException_getResponse, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WhmcsOpensrs_OpensrsAuthException_methods[] = {
	ZEND_FE_END
};

static void register_whmcs_opensrs_symbols(int module_number)
{

#if (PHP_VERSION_ID >= 80200)
	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "delete_user_client", sizeof("delete_user_client") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "opensrs_delete_subuser", sizeof("opensrs_delete_subuser") - 1), 3, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "whmcsopensrs\\opensrs_signature", sizeof("whmcsopensrs\\opensrs_signature") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "whmcsopensrs\\whmcs_api", sizeof("whmcsopensrs\\whmcs_api") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "whmcsopensrs\\whmcs_api", sizeof("whmcsopensrs\\whmcs_api") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "whmcsopensrs\\opensrs_request", sizeof("whmcsopensrs\\opensrs_request") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "whmcsopensrs\\opensrs_request", sizeof("whmcsopensrs\\opensrs_request") - 1), 3, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "whmcsopensrs\\opensrs_request", sizeof("whmcsopensrs\\opensrs_request") - 1), 4, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "whmcsopensrs\\whmcs_api_many", sizeof("whmcsopensrs\\whmcs_api_many") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "whmcsopensrs\\whmcs_api_many", sizeof("whmcsopensrs\\whmcs_api_many") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "whmcsopensrs\\opensrs_request_many", sizeof("whmcsopensrs\\opensrs_request_many") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "whmcsopensrs\\opensrs_request_many", sizeof("whmcsopensrs\\opensrs_request_many") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif
}

static zend_class_entry *register_class_WhmcsOpensrs_Exception(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WhmcsOpensrs", "Exception", class_WhmcsOpensrs_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	zval property_httpStatus_default_value;
	ZVAL_LONG(&property_httpStatus_default_value, 0);
	zend_string *property_httpStatus_name = zend_string_init("httpStatus", sizeof("httpStatus") - 1, 1);
	zend_declare_typed_property(class_entry, property_httpStatus_name, &property_httpStatus_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_httpStatus_name);

	return class_entry;
}

static zend_class_entry *register_class_WhmcsOpensrs_TransportException(zend_class_entry *class_entry_WhmcsOpensrs_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WhmcsOpensrs", "TransportException", class_WhmcsOpensrs_TransportException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WhmcsOpensrs_Exception);

	zval property_possiblySent_default_value;
	ZVAL_FALSE(&property_possiblySent_default_value);
	zend_string *property_possiblySent_name = zend_string_init("possiblySent", sizeof("possiblySent") - 1, 1);
	zend_declare_typed_property(class_entry, property_possiblySent_name, &property_possiblySent_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_possiblySent_name);

	return class_entry;
}

static zend_class_entry *register_class_WhmcsOpensrs_UnavailableException(zend_class_entry *class_entry_WhmcsOpensrs_TransportException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WhmcsOpensrs", "UnavailableException", class_WhmcsOpensrs_UnavailableException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WhmcsOpensrs_TransportException);

	return class_entry;
}

static zend_class_entry *register_class_WhmcsOpensrs_ProtocolException(zend_class_entry *class_entry_WhmcsOpensrs_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WhmcsOpensrs", "ProtocolException", class_WhmcsOpensrs_ProtocolException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WhmcsOpensrs_Exception);

	return class_entry;
}

static zend_class_entry *register_class_WhmcsOpensrs_WhmcsException(zend_class_entry *class_entry_WhmcsOpensrs_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WhmcsOpensrs", "WhmcsException", class_WhmcsOpensrs_WhmcsException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WhmcsOpensrs_Exception);

	zval property_response_default_value;
	ZVAL_EMPTY_ARRAY(&property_response_default_value);
	zend_string *property_response_name = zend_string_init("response", sizeof("response") - 1, 1);
	zend_declare_typed_property(class_entry, property_response_name, &property_response_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_response_name);

	return class_entry;
}

static zend_class_entry *register_class_WhmcsOpensrs_WhmcsAuthException(zend_class_entry *class_entry_WhmcsOpensrs_WhmcsException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WhmcsOpensrs", "WhmcsAuthException", class_WhmcsOpensrs_WhmcsAuthException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WhmcsOpensrs_WhmcsException);

	return class_entry;
}

static zend_class_entry *register_class_WhmcsOpensrs_OpensrsException(zend_class_entry *class_entry_WhmcsOpensrs_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WhmcsOpensrs", "OpensrsException", class_WhmcsOpensrs_OpensrsException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WhmcsOpensrs_Exception);

	zval property_response_default_value;
	ZVAL_EMPTY_ARRAY(&property_response_default_value);
	zend_string *property_response_name = zend_string_init("response", sizeof("response") - 1, 1);
	zend_declare_typed_property(class_entry, property_response_name, &property_response_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_response_name);

	return class_entry;
}

static zend_class_entry *register_class_WhmcsOpensrs_OpensrsAuthException(zend_class_entry *class_entry_WhmcsOpensrs_OpensrsException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WhmcsOpensrs", "OpensrsAuthException", class_WhmcsOpensrs_OpensrsAuthException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WhmcsOpensrs_OpensrsException);

	return class_entry;
}
