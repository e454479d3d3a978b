/*
 * OpenSRS XCP: opensrs_request() and opensrs_delete_subuser().
 *
 * A call is one signed POST: the OPS envelope of the command goes out with
 * X-Username (the reseller) and X-Signature = md5_hex(md5_hex(body . key) .
 * key) over exactly the bytes sent; the reply is an OPS envelope whose
 * is_success says whether the command worked. Transport and options are
 * shared with the WHMCS calls (options.c, transport.c, http.c).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <arpa/inet.h>
#include <netinet/in.h>

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include "exceptions.h"
#include "http.h"
#include "options.h"
#include "transport.h"
#include "ops_php.h"
#include "ops_text.h"
#include "signature.h"
#include "modlog.h"
#include "opensrs.h"

/* Longest action or object name accepted; XCP's longest is about 30. */
#define WO_XCP_WORD_MAX 64

/* Room for the encoder's reason, which names no value, only its place. */
#define WO_WHY_SIZE 160

static const char whitelist_message[] =
	"OpenSRS answered without an HTTP status line, which is how it turns away "
	"an IP address it has not whitelisted: add this server's public IP address "
	"to the allowed IPs for API access in the OpenSRS Reseller Control Panel; "
	"changes take up to 15 minutes to apply";

/* ---- argument checks --------------------------------------------------- */

static bool is_ascii_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_ascii_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* XCP actions and objects are single words: GET_BALANCE, name_suggest,
 * subuser. Anything else is a mistake that OpenSRS would only answer with
 * "Invalid command". */
static bool xcp_word_is_valid(const zend_string *word)
{
	size_t i;

	if (ZSTR_LEN(word) == 0 || ZSTR_LEN(word) > WO_XCP_WORD_MAX) {
		return false;
	}
	for (i = 0; i < ZSTR_LEN(word); i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(word)[i];
		if (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != '_') {
			return false;
		}
	}
	return true;
}

/*
 * RFC 1035 host name syntax as relaxed by RFC 1123 (labels may start with a
 * digit): letters, digits and inner hyphens, labels of 1 to 63 octets, 253 in
 * all. A registered domain has at least two labels; a top-level label made
 * only of digits would make the name an IPv4 address. No trailing dot:
 * OpenSRS takes names without it.
 */
bool wo_opensrs_domain_is_valid(const char *s, size_t len)
{
	size_t i, label_len = 0, labels = 0;
	bool label_all_digits = true;

	if (len == 0 || len > 253) {
		return false;
	}
	for (i = 0; i <= len; i++) {
		unsigned char c;

		if (i == len || s[i] == '.') {
			if (label_len == 0 || label_len > 63 || s[i - 1] == '-') {
				return false;
			}
			labels++;
			label_len = 0;
			continue;
		}
		c = (unsigned char) s[i];
		if (label_len == 0) {
			if (c == '-') {
				return false;
			}
			label_all_digits = true;
		}
		if (is_ascii_alpha(c) || c == '-') {
			label_all_digits = false;
		} else if (!is_ascii_digit(c)) {
			return false;
		}
		label_len++;
	}
	return labels >= 2 && !label_all_digits;
}

/* The items opensrs_request() writes itself; $extra may not replace them.
 * OPS keys are compared as OpenSRS reads them, but a differently cased copy
 * would still confuse the reader of a log, so case is ignored. */
static const char *const reserved_items[] = { "protocol", "action", "object", "attributes" };

static zend_result check_extra(HashTable *extra, uint32_t arg_num)
{
	zend_string *key;
	size_t i;

	ZEND_HASH_FOREACH_STR_KEY(extra, key) {
		if (!key) {
			zend_argument_value_error(arg_num, "must have string keys (top-level OPS items are named)");
			return FAILURE;
		}
		for (i = 0; i < sizeof(reserved_items) / sizeof(reserved_items[0]); i++) {
			if (zend_binary_strcasecmp(ZSTR_VAL(key), ZSTR_LEN(key),
			                           reserved_items[i], strlen(reserved_items[i])) == 0) {
				zend_argument_value_error(arg_num, "must not contain the item \"%s\": it is set from "
					"the function's own arguments", reserved_items[i]);
				return FAILURE;
			}
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* A header value must not end the header early: CR, LF and NUL would let a
 * configured value inject further headers. */
static bool header_value_is_safe(const zend_string *value)
{
	return strpbrk(ZSTR_VAL(value), "\r\n") == NULL && strlen(ZSTR_VAL(value)) == ZSTR_LEN(value);
}

/* XCP: registrant_ip is "a valid IP address of the registrant". */
static bool registrant_ip_is_valid(const zend_string *ip)
{
	unsigned char addr[sizeof(struct in6_addr)];

	return strlen(ZSTR_VAL(ip)) == ZSTR_LEN(ip)
		&& (inet_pton(AF_INET, ZSTR_VAL(ip), addr) == 1 || inet_pton(AF_INET6, ZSTR_VAL(ip), addr) == 1);
}

/* Credentials come from $options or the ini settings; a call cannot be
 * signed without both. (The endpoint always resolves: "test" by default.) */
static zend_result check_credentials(const wo_options *o, uint32_t options_arg)
{
	if (!o->reseller_username || ZSTR_LEN(o->reseller_username) == 0) {
		zend_argument_value_error(options_arg, "must contain \"reseller_username\" when "
			"opensrs.reseller_username is not set");
		return FAILURE;
	}
	if (!header_value_is_safe(o->reseller_username)) {
		zend_argument_value_error(options_arg, "option \"reseller_username\" must not contain "
			"CR, LF or NUL");
		return FAILURE;
	}
	if (!o->api_key || ZSTR_LEN(o->api_key) == 0) {
		zend_argument_value_error(options_arg, "must contain \"api_key\" when opensrs.api_key "
			"is not set");
		return FAILURE;
	}
	if (o->registrant_ip && !registrant_ip_is_valid(o->registrant_ip)) {
		zend_argument_value_error(options_arg, "option \"registrant_ip\" must be an IPv4 or IPv6 address");
		return FAILURE;
	}
	return SUCCESS;
}

/* $options over the opensrs.* settings, with the credentials a call needs. */
static zend_result resolve_options(wo_options *o, HashTable *options, uint32_t options_arg)
{
	if (wo_options_resolve(o, WO_API_OPENSRS, options, options_arg) == FAILURE) {
		return FAILURE;
	}
	if (check_credentials(o, options_arg) == FAILURE) {
		wo_options_release(o);
		return FAILURE;
	}
	return SUCCESS;
}

/* ---- reply ------------------------------------------------------------- */

static zval *reply_item(zval *reply, const char *key, size_t key_len)
{
	zval *item;

	if (Z_TYPE_P(reply) != IS_ARRAY) {
		return NULL;
	}
	item = zend_hash_str_find_deref(Z_ARRVAL_P(reply), key, key_len);
	return item && Z_TYPE_P(item) == IS_STRING ? item : NULL;
}

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* OPS keeps an item's text as sent; OpenSRS sends some as an indented
 * multi-line block, which reads badly in an exception message. */
static zend_string *collapse_whitespace(const char *s, size_t len)
{
	smart_str out = {0};
	bool pending_space = false;
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char) s[i];
		if (is_space(c)) {
			pending_space = out.s != NULL;
			continue;
		}
		if (pending_space) {
			smart_str_appendc(&out, ' ');
			pending_space = false;
		}
		smart_str_appendc(&out, (char) c);
	}
	return smart_str_extract(&out);
}

/* OpenSRS writes numbers as decimal text; anything else counts as 0. */
static zend_long reply_long(zval *item)
{
	zend_long value;
	const char *p;
	char *end;
	size_t len;

	if (!item) {
		return 0;
	}
	p = Z_STRVAL_P(item);
	len = Z_STRLEN_P(item);
	while (len && is_space((unsigned char) *p)) {
		p++;
		len--;
	}
	while (len && is_space((unsigned char) p[len - 1])) {
		len--;
	}
	if (len == 0) {
		return 0;
	}
	/* The item's text is NUL-terminated, so strtol stops in bounds. */
	value = ZEND_STRTOL(p, &end, 10);
	return end == p + len ? value : 0;
}

/* 400 is generic: only its "Access denied: invalid IP address" is about
 * the reseller's IP allow list. */
static bool is_allow_list_refusal(zend_long code, const zend_string *text)
{
	static const char invalid_ip[] = "invalid ip address";

	return code == 400 && text && ZSTR_LEN(text) >= sizeof(invalid_ip) - 1
		&& zend_memnistr(ZSTR_VAL(text), invalid_ip, sizeof(invalid_ip) - 1,
		                 ZSTR_VAL(text) + ZSTR_LEN(text)) != NULL;
}

static bool is_reseller_auth_failure(zend_long code, const zend_string *text, zend_long http_status)
{
	/* Response codes 401 ("Authentication Failed", what the OpenSRS toolkit
	 * checks for) and 410 ("Reseller authentication error"). */
	return code == 401 || code == 410 || http_status == 401 || is_allow_list_refusal(code, text);
}

/* " (where the call left from)" after an allow-list refusal, or "". */
static void source_suffix(const char *source, char *out, size_t size)
{
	if (source && source[0]) {
		snprintf(out, size, " (%s)", source);
	} else {
		out[0] = '\0';
	}
}

zend_result wo_opensrs_interpret_reply(zend_long http_status, const char *body, size_t body_len,
                                       const char *source, zval *return_value)
{
	char suffix[WO_SOURCE_SIZE + 4];
	zval reply;
	wo_ops_error err;
	zval *is_success;
	zend_long code;
	zend_string *text = NULL;
	zend_class_entry *ce;

	if (body == NULL || body_len == 0) {
		ZVAL_UNDEF(&reply);
		snprintf(err.message, sizeof(err.message), "the body is empty");
	} else if (wo_ops_decode_zval(body, body_len, &reply, &err) == FAILURE) {
		ZVAL_UNDEF(&reply);
	}

	/* OpenSRS answers an address it has not whitelisted before any HTTP:
	 * bare XML, no status line. Whatever that XML says, the fix is the
	 * allow list. A status-less answer that is not XML is something else
	 * (plain HTTP spoken to a TLS port answers with a TLS alert). */
	if (http_status == 0 && Z_ISUNDEF(reply)) {
		wo_throw(wo_ce_protocol_exception, 0, 0, NULL,
			"the server answered without an HTTP status line and with no OPS envelope "
			"(is the endpoint's scheme right?): %s", err.message);
		return FAILURE;
	}
	if (http_status == 0) {
		zval *response = Z_TYPE(reply) == IS_ARRAY ? &reply : NULL;
		code = response ? reply_long(reply_item(response, ZEND_STRL("response_code"))) : 0;
		source_suffix(source, suffix, sizeof(suffix));
		wo_throw(wo_ce_opensrs_auth_exception, code, 0, response, "%s%s", whitelist_message, suffix);
		zval_ptr_dtor(&reply);
		return FAILURE;
	}

	if (Z_ISUNDEF(reply)) {
		if (http_status == 401) {
			wo_throw(wo_ce_opensrs_auth_exception, 0, http_status, NULL,
				"OpenSRS refused the reseller credentials (HTTP 401)");
		} else {
			wo_throw(wo_ce_protocol_exception, 0, http_status, NULL,
				"OpenSRS answered HTTP %ld with no OPS envelope: %s", (long) http_status, err.message);
		}
		return FAILURE;
	}

	is_success = reply_item(&reply, ZEND_STRL("is_success"));
	if (!is_success) {
		if (http_status == 401) {
			wo_throw(wo_ce_opensrs_auth_exception, 0, http_status, NULL,
				"OpenSRS refused the reseller credentials (HTTP 401)");
		} else {
			wo_throw(wo_ce_protocol_exception, 0, http_status, NULL,
				"OpenSRS answered HTTP %ld with an OPS envelope that is not an XCP reply "
				"(no is_success)", (long) http_status);
		}
		zval_ptr_dtor(&reply);
		return FAILURE;
	}

	/* XCP: is_success is the boolean 1 or 0; the body decides, not the
	 * HTTP status. */
	if (reply_long(is_success) == 1) {
		ZVAL_COPY_VALUE(return_value, &reply);
		return SUCCESS;
	}

	code = reply_long(reply_item(&reply, ZEND_STRL("response_code")));
	{
		zval *item = reply_item(&reply, ZEND_STRL("response_text"));
		if (item) {
			text = collapse_whitespace(Z_STRVAL_P(item), Z_STRLEN_P(item));
		}
	}
	ce = is_reseller_auth_failure(code, text, http_status)
		? wo_ce_opensrs_auth_exception : wo_ce_opensrs_exception;
	if (text && ZSTR_LEN(text)) {
		source_suffix(is_allow_list_refusal(code, text) ? source : NULL, suffix, sizeof(suffix));
		wo_throw(ce, code, http_status, &reply, "%s%s", ZSTR_VAL(text), suffix);
	} else {
		wo_throw(ce, code, http_status, &reply, "OpenSRS reported failure %ld without a response_text",
			(long) code);
	}
	if (text) {
		zend_string_release(text);
	}
	zval_ptr_dtor(&reply);
	return FAILURE;
}

/* ---- request ----------------------------------------------------------- */

typedef struct {
	zend_string *action;
	zend_string *object;
	zval *attributes;        /* NULL: none given, sent as an empty dt_assoc */
	HashTable *extra;        /* NULL: none */
	uint32_t attributes_arg; /* argument numbers for error messages; 0: not the caller's */
	uint32_t extra_arg;
	uint32_t options_arg;
} xcp_command;

/* Which argument made the envelope unencodable, from the top-level item the
 * encoder stopped in: the envelope is protocol, action, object, the $extra
 * items, perhaps registrant_ip, and attributes last. */
static void throw_encode_error(const xcp_command *args, const zval *data,
                               const wo_ops_enc_error *err, const char *why)
{
	long items = (long) zend_hash_num_elements(Z_ARRVAL_P(data));
	long extra = args->extra ? (long) zend_hash_num_elements(args->extra) : 0;
	uint32_t arg_num = args->options_arg;

	if (err->top_item == items - 1 && args->attributes_arg) {
		arg_num = args->attributes_arg;
	} else if (err->top_item >= 3 && err->top_item < 3 + extra && args->extra_arg) {
		arg_num = args->extra_arg;
	}
	zend_argument_value_error(arg_num, "%s", why);
}

/*
 * The envelope as the seed has it: protocol, action, object, the further
 * top-level items in the caller's order, registrant_ip (from the options,
 * unless $extra has its own), and attributes last.
 */
static void build_envelope_data(const xcp_command *cmd, const wo_options *o, zval *data)
{
	zend_string *key;
	zval *value, empty;

	array_init_size(data, 5 + (cmd->extra ? zend_hash_num_elements(cmd->extra) : 0));
	add_assoc_stringl(data, "protocol", "XCP", 3);
	add_assoc_str(data, "action", zend_string_copy(cmd->action));
	add_assoc_str(data, "object", zend_string_copy(cmd->object));
	if (cmd->extra) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(cmd->extra, key, value) {
			Z_TRY_ADDREF_P(value);
			zend_hash_update(Z_ARRVAL_P(data), key, value);
		} ZEND_HASH_FOREACH_END();
	}
	if (o->registrant_ip && ZSTR_LEN(o->registrant_ip)
	    && !zend_hash_str_exists(Z_ARRVAL_P(data), ZEND_STRL("registrant_ip"))) {
		add_assoc_str(data, "registrant_ip", zend_string_copy(o->registrant_ip));
	}
	if (cmd->attributes) {
		Z_TRY_ADDREF_P(cmd->attributes);
		add_assoc_zval(data, "attributes", cmd->attributes);
	} else {
		array_init(&empty);
		add_assoc_zval(data, "attributes", &empty);
	}
}

/* Whether the exception just thrown is OpenSRS's 350: "Number of command
 * per connection exceeded limit". */
static bool pending_exception_is_quota_spent(void)
{
	zend_object *ex = EG(exception);
	zval rv, *code;

	if (!ex || !instanceof_function(ex->ce, wo_ce_opensrs_exception)) {
		return false;
	}
	code = zend_read_property(zend_ce_exception, ex, ZEND_STRL("code"), true, &rv);
	return Z_TYPE_P(code) == IS_LONG && Z_LVAL_P(code) == 350;
}

/* The request as the module log shows it: the envelope sent, with the values
 * of sensitive attributes (sub_password, ...) masked. The key never enters
 * a body: it only derives the signature, which is a header. */
static zend_string *xcp_log_request(wo_log *log, zval *data)
{
	smart_str text = {0};
	char why[WO_WHY_SIZE];
	zval copy;

	wo_log_request_copy(log, data, &copy);
	if (wo_ops_encode(&text, &copy, why, sizeof(why)) == FAILURE) {
		/* Cannot happen: the copy has the shape of data, which encoded. */
		smart_str_free(&text);
	}
	zval_ptr_dtor(&copy);
	smart_str_0(&text);
	return text.s ? smart_str_extract(&text) : ZSTR_EMPTY_ALLOC();
}

static zend_result xcp_interpret(const wo_http_request *req, const wo_http_response *res, zval *return_value)
{
	char source[WO_SOURCE_SIZE];

	wo_transport_describe_source(req, res, source, sizeof(source));
	return wo_opensrs_interpret_reply(res->status, res->body, res->body_len, source, return_value);
}

/* Sends cmd and fills return_value with the reply, or throws. */
static void xcp_call(const xcp_command *cmd, const wo_options *o, zval *return_value)
{
	zval data;
	smart_str body = {0};
	wo_ops_enc_error err;
	char why[WO_WHY_SIZE];
	char signature[WO_SIGNATURE_LEN + 1];
	zend_string *username_header, *signature_header;
	const char *headers[2];
	wo_http_request req;
	wo_http_response res;
	wo_log log;
	zend_string *logged = NULL;
	zend_result rc = FAILURE;

	build_envelope_data(cmd, o, &data);
	if (wo_ops_encode_ex(&body, &data, &err, why, sizeof(why)) == FAILURE) {
		smart_str_free(&body);
		throw_encode_error(cmd, &data, &err, why);
		zval_ptr_dtor(&data);
		return;
	}
	smart_str_0(&body);
	wo_log_open(&log, o);
	if (log.active) {
		logged = xcp_log_request(&log, &data);
	}
	zval_ptr_dtor(&data);

	/* The signature covers exactly the bytes handed to the transport. */
	wo_opensrs_signature(ZSTR_VAL(body.s), ZSTR_LEN(body.s),
		ZSTR_VAL(o->api_key), ZSTR_LEN(o->api_key), signature);
	username_header = strpprintf(0, "X-Username: %s", ZSTR_VAL(o->reseller_username));
	signature_header = strpprintf(0, "X-Signature: %s", signature);
	headers[0] = ZSTR_VAL(username_header);
	headers[1] = ZSTR_VAL(signature_header);

	memset(&req, 0, sizeof(req));
	wo_transport_request(o, &req);
	req.url = ZSTR_VAL(o->endpoint);
	req.body = ZSTR_VAL(body.s);
	req.body_len = ZSTR_LEN(body.s);
	req.content_type = "text/xml";
	req.headers = headers;
	req.header_count = 2;

	memset(&res, 0, sizeof(res));
	if (wo_transport_post(&req, &res) == SUCCESS) {
		rc = xcp_interpret(&req, &res, return_value);
		if (rc == FAILURE && res.reused_connection && pending_exception_is_quota_spent()) {
			/* OpenSRS refuses the command past a connection's quota with 350
			 * and closes it: the command did not run, so it goes again, once,
			 * on a new connection. */
			zend_clear_exception();
			wo_http_response_free(&res);
			memset(&res, 0, sizeof(res));
			req.fresh_connect = 1;
			if (wo_transport_post(&req, &res) == SUCCESS) {
				rc = xcp_interpret(&req, &res, return_value);
			}
		}
	}
	zend_string_release(signature_header);
	zend_string_release(username_header);
	smart_str_free(&body);

	if (log.active) {
		/* One entry per call, with the answer that decided it. The body is
		 * copied first, so that a logger that never returns (a fatal
		 * error) leaves no malloc'ed memory behind. */
		zend_string *raw = zend_string_init(res.body ? res.body : "", res.body ? res.body_len : 0, 0);
		zend_string *name = strpprintf(0, "%s %s", ZSTR_VAL(cmd->action), ZSTR_VAL(cmd->object));

		wo_http_response_free(&res);
		wo_log_write(&log, ZSTR_VAL(name), ZSTR_LEN(name), logged, ZSTR_VAL(raw), ZSTR_LEN(raw),
			rc == SUCCESS ? return_value : NULL);
		zend_string_release(name);
		zend_string_release(raw);
		zend_string_release(logged);
	} else {
		wo_http_response_free(&res);
	}
	wo_log_close(&log);
}

/* ---- PHP functions ----------------------------------------------------- */

PHP_FUNCTION(WhmcsOpensrs_opensrs_request)
{
	zend_string *action, *object;
	zval *attributes = NULL;
	HashTable *extra = NULL, *options = NULL;
	wo_options o;
	xcp_command cmd;

	ZEND_PARSE_PARAMETERS_START(2, 5)
		Z_PARAM_STR(action)
		Z_PARAM_STR(object)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(attributes)
		Z_PARAM_ARRAY_HT(extra)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!xcp_word_is_valid(action)) {
		zend_argument_value_error(1, "must be a non-empty ASCII word (letters, digits, _) "
			"of at most %d characters", WO_XCP_WORD_MAX);
		RETURN_THROWS();
	}
	if (!xcp_word_is_valid(object)) {
		zend_argument_value_error(2, "must be a non-empty ASCII word (letters, digits, _) "
			"of at most %d characters", WO_XCP_WORD_MAX);
		RETURN_THROWS();
	}
	if (extra && check_extra(extra, 4) == FAILURE) {
		RETURN_THROWS();
	}
	if (resolve_options(&o, options, 5) == FAILURE) {
		RETURN_THROWS();
	}

	cmd.action = action;
	cmd.object = object;
	cmd.attributes = attributes;
	cmd.extra = extra;
	cmd.attributes_arg = 3;
	cmd.extra_arg = 4;
	cmd.options_arg = 5;
	xcp_call(&cmd, &o, return_value);
	wo_options_release(&o);
}

PHP_FUNCTION(opensrs_delete_subuser)
{
	zend_string *domain, *username;
	zend_long sub_id;
	HashTable *options = NULL;
	wo_options o;
	xcp_command cmd;
	zval attributes, extra;
	zend_string *action, *object;

	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_STR(domain)
		Z_PARAM_LONG(sub_id)
		Z_PARAM_STR(username)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!wo_opensrs_domain_is_valid(ZSTR_VAL(domain), ZSTR_LEN(domain))) {
		zend_argument_value_error(1, "must be a valid domain name (ASCII letters, digits and "
			"hyphens in dot-separated labels; an IDN in its xn-- form)");
		RETURN_THROWS();
	}
	if (sub_id < 1) {
		zend_argument_value_error(2, "must be greater than or equal to 1");
		RETURN_THROWS();
	}
	if (ZSTR_LEN(username) == 0) {
		zend_argument_value_error(3, "must not be empty");
		RETURN_THROWS();
	}
	if (wo_xml_text_check(ZSTR_VAL(username), ZSTR_LEN(username)) != ZSTR_LEN(username)) {
		zend_argument_value_error(3, "must be valid UTF-8 without characters XML 1.0 forbids");
		RETURN_THROWS();
	}
	if (resolve_options(&o, options, 4) == FAILURE) {
		RETURN_THROWS();
	}

	/* Seed: domain and username (the domain's management account) at the
	 * top level, attributes { domain, sub_id }. */
	array_init_size(&extra, 2);
	add_assoc_str(&extra, "domain", zend_string_copy(domain));
	add_assoc_str(&extra, "username", zend_string_copy(username));
	array_init_size(&attributes, 2);
	add_assoc_str(&attributes, "domain", zend_string_copy(domain));
	add_assoc_long(&attributes, "sub_id", sub_id);

	action = zend_string_init(ZEND_STRL("delete"), 0);
	object = zend_string_init(ZEND_STRL("subuser"), 0);
	cmd.action = action;
	cmd.object = object;
	cmd.attributes = &attributes;
	cmd.extra = Z_ARRVAL(extra);
	cmd.attributes_arg = 0;
	cmd.extra_arg = 3;
	cmd.options_arg = 4;
	xcp_call(&cmd, &o, return_value);

	zend_string_release(object);
	zend_string_release(action);
	zval_ptr_dtor(&attributes);
	zval_ptr_dtor(&extra);
	wo_options_release(&o);
}
