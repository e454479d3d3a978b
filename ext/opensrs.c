/*
 * OpenSRS XCP: opensrs_request(), opensrs_request_many() and
 * opensrs_delete_subuser().
 *
 * A call is one signed POST: the OPS envelope of the command goes out with
 * X-Username (the reseller) and X-Signature = md5_hex(md5_hex(body . key) .
 * key) over exactly the bytes sent; the reply is an OPS envelope whose
 * is_success says whether the command worked. This file holds the OpenSRS
 * stages of a call, the same for one call and for many: build (xcp_build),
 * interpret (xcp_read) and what the log shows (xcp_log). Options,
 * sending and the module log are shared with the WHMCS calls (options.c,
 * transport.c, modlog.c).
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
#include "many.h"
#include "own.h"

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
static bool domain_is_valid(const char *s, size_t len)
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

/*
 * Interprets an answer of OpenSRS: the HTTP status (0 when the answer had no
 * status line) and the body. On success, return_value holds the decoded
 * reply and SUCCESS is returned; otherwise an exception is thrown
 * (OpensrsException, OpensrsAuthException or ProtocolException) and
 * FAILURE returned. response_text is masked with secrets (may be NULL);
 * the caller masks the rest of what was thrown. source (NULL or "" when
 * unknown) says where the call left from, for the message of an allow-list
 * refusal.
 */
static zend_result interpret_reply(zend_long http_status, const char *body, size_t body_len,
                                   const wo_secrets *secrets, const char *source, zval *return_value)
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
			/* Masked before it is collapsed: a reply that differs from a
			 * secret only in its whitespace would spell it out after. */
			zend_string *masked = wo_secrets_mask(secrets, Z_STR_P(item));
			text = collapse_whitespace(ZSTR_VAL(masked), ZSTR_LEN(masked));
			zend_string_release(masked);
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

/* One XCP call through its stages: the command as given, then what the
 * build stage makes of it for the send and log stages. */
typedef struct {
	zend_string *action;
	zend_string *object;
	/* The call's own, without references (own.h). */
	zval *attributes;        /* NULL: none given, sent as an empty dt_assoc */
	HashTable *extra;        /* NULL: none */
	/* Whom a bad value is reported against: argument numbers of a single
	 * call (0: not the caller's), or the entry of a many-call. */
	uint32_t attributes_arg;
	uint32_t extra_arg;
	uint32_t options_arg;
	const wo_many_calls *many;
	uint32_t entry;
	/* built */
	smart_str body;
	zend_string *username_header;
	char signature_header[sizeof("X-Signature: ") + WO_SIGNATURE_LEN];
	const char *headers[2];
	wo_http_request req;
	zval envelope;           /* what the secrets list is gathered from */
	wo_call_log record;      /* secrets, log entry */
} xcp_call;

/* Which argument (or entry field) made the envelope unencodable, from the
 * top-level item the encoder stopped in: the envelope is protocol, action,
 * object, the $extra items, perhaps registrant_ip, and attributes last. */
static void throw_encode_error(const xcp_call *c, const zval *data, const wo_ops_enc_error *err,
                               const char *why)
{
	long items = (long) zend_hash_num_elements(Z_ARRVAL_P(data));
	long extra = c->extra ? (long) zend_hash_num_elements(c->extra) : 0;
	bool in_attributes = err->top_item == items - 1;
	bool in_extra = err->top_item >= 3 && err->top_item < 3 + extra;
	uint32_t arg_num = c->options_arg;

	if (c->many) {
		wo_many_value_error(c->many, c->entry, in_attributes ? "attributes" : "extra", "%s", why);
		return;
	}
	if (in_attributes && c->attributes_arg) {
		arg_num = c->attributes_arg;
	} else if (in_extra && c->extra_arg) {
		arg_num = c->extra_arg;
	}
	zend_argument_value_error(arg_num, "%s", why);
}

/*
 * The envelope as the seed has it: protocol, action, object, the further
 * top-level items in the caller's order, registrant_ip (from the options,
 * unless $extra has its own), and attributes last.
 */
static void build_envelope_data(const xcp_call *c, const wo_options *o, zval *data)
{
	zend_string *key;
	zval *value, empty;

	array_init_size(data, 5 + (c->extra ? zend_hash_num_elements(c->extra) : 0));
	add_assoc_stringl(data, "protocol", "XCP", 3);
	add_assoc_str(data, "action", zend_string_copy(c->action));
	add_assoc_str(data, "object", zend_string_copy(c->object));
	if (c->extra) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(c->extra, key, value) {
			Z_TRY_ADDREF_P(value);
			zend_hash_update(Z_ARRVAL_P(data), key, value);
		} ZEND_HASH_FOREACH_END();
	}
	if (o->registrant_ip && ZSTR_LEN(o->registrant_ip)
	    && !zend_hash_str_exists(Z_ARRVAL_P(data), ZEND_STRL("registrant_ip"))) {
		add_assoc_str(data, "registrant_ip", zend_string_copy(o->registrant_ip));
	}
	if (c->attributes) {
		Z_TRY_ADDREF_P(c->attributes);
		add_assoc_zval(data, "attributes", c->attributes);
	} else {
		array_init(&empty);
		add_assoc_zval(data, "attributes", &empty);
	}
}

/* The request as the module log shows it: the envelope sent, with the values
 * of sensitive attributes (sub_password, ...) masked. The key never enters
 * a body: it only derives the signature, which is a header. */
static zend_string *xcp_log_request(const wo_secrets *secrets, zval *data)
{
	smart_str text = {0};
	char why[WO_WHY_SIZE];
	zval copy;

	wo_log_request_copy(secrets, data, &copy);
	if (wo_ops_encode(&text, &copy, why, sizeof(why)) == FAILURE) {
		/* Cannot happen: the copy has the shape of data, which encoded. */
		smart_str_free(&text);
	}
	zval_ptr_dtor(&copy);
	smart_str_0(&text);
	return text.s ? smart_str_extract(&text) : ZSTR_EMPTY_ALLOC();
}

/*
 * Build stage: the envelope, encoded once; its signature, which covers
 * exactly the bytes handed to the transport; the request; and the log's
 * copy. A value that cannot be encoded is a ValueError (nothing built).
 */
static zend_result xcp_build(xcp_call *c, const wo_options *o)
{
	char signature[WO_SIGNATURE_LEN + 1];
	char why[WO_WHY_SIZE];
	wo_ops_enc_error err;
	zval *data = &c->envelope;

	build_envelope_data(c, o, data);
	if (wo_ops_encode_ex(&c->body, data, &err, why, sizeof(why)) == FAILURE) {
		smart_str_free(&c->body);
		throw_encode_error(c, data, &err, why);
		zval_ptr_dtor(data);
		ZVAL_UNDEF(data);
		return FAILURE;
	}
	smart_str_0(&c->body);
	/* The key, and the sensitive attributes (sub_password, ...): the
	 * envelope stays until the record goes. */
	wo_call_log_open(&c->record, o, data);
	if (c->record.log.active) {
		c->record.logged = xcp_log_request(&c->record.secrets, data);
	}

	/* Copies, not strpprintf(): 1,300 instructions a call for the two. */
	wo_opensrs_signature(ZSTR_VAL(c->body.s), ZSTR_LEN(c->body.s),
		ZSTR_VAL(o->api_key), ZSTR_LEN(o->api_key), signature);
	c->username_header = zend_string_concat2(ZEND_STRL("X-Username: "),
		ZSTR_VAL(o->reseller_username), ZSTR_LEN(o->reseller_username));
	memcpy(c->signature_header, "X-Signature: ", sizeof("X-Signature: ") - 1);
	memcpy(c->signature_header + sizeof("X-Signature: ") - 1, signature, WO_SIGNATURE_LEN + 1);
	c->headers[0] = ZSTR_VAL(c->username_header);
	c->headers[1] = c->signature_header;

	memset(&c->req, 0, sizeof(c->req));
	wo_transport_request(o, &c->req);
	c->req.url = ZSTR_VAL(o->endpoint);
	wo_log_set_url(&c->record.log, c->req.url);
	c->req.body = ZSTR_VAL(c->body.s);
	c->req.body_len = ZSTR_LEN(c->body.s);
	c->req.content_type = "text/xml";
	c->req.headers = c->headers;
	c->req.header_count = 2;
	return SUCCESS;
}

/* What OpenSRS's failure just thrown says about sending the command again:
 * the codes of commands it refused without carrying them out. */
static wo_refusal xcp_refusal(void)
{
	zend_object *ex = EG(exception);
	zval rv, *code;

	if (!ex || ex->ce != wo_ce_opensrs_exception) {
		return WO_REFUSAL_NONE;
	}
	code = zend_read_property(zend_ce_exception, ex, ZEND_STRL("code"), true, &rv);
	switch (Z_TYPE_P(code) == IS_LONG ? Z_LVAL_P(code) : 0) {
	case 350:   /* commands per connection exceeded */
		return WO_REFUSAL_CONNECTION_SPENT;
	case 300:   /* command rate exceeded */
	case 437:   /* another request is pending on the domain */
	case 486:   /* the entity is still being processed */
		return WO_REFUSAL_TRY_LATER;
	case 310:   /* too many simultaneous connections */
		return WO_REFUSAL_TOO_MANY_AT_ONCE;
	default:
		return WO_REFUSAL_NONE;
	}
}

/* Interpret stage, for wo_transport_call(): one answer of OpenSRS. */
static zend_result xcp_read(void *call, const wo_http_request *req, const wo_http_response *res,
                            zval *value, wo_refusal *refusal)
{
	xcp_call *c = call;
	char source[WO_SOURCE_SIZE];
	zend_result rc;

	wo_transport_describe_source(req, res, source, sizeof(source));
	rc = interpret_reply(res->status, res->body, res->body_len, &c->record.secrets, source, value);
	*refusal = rc == FAILURE ? xcp_refusal() : WO_REFUSAL_NONE;
	return rc;
}

/* What the send stage no longer needs. */
static void xcp_release_request(void *call)
{
	xcp_call *c = call;

	smart_str_free(&c->body);
	if (c->username_header) {
		zend_string_release(c->username_header);
		c->username_header = NULL;
	}
}

/* Log stage: one entry per call, with the answer that decided it (raw,
 * taken over) and its value or exception. */
static void xcp_log(void *call, zend_string *raw, zval *value, zend_object *ex)
{
	xcp_call *c = call;
	zend_string *name;

	/* Only an entry reads the name. */
	if (!c->record.log.active) {
		wo_call_log_write(&c->record, "", 0, raw, value, ex);
		return;
	}
	name = zend_string_concat3(ZSTR_VAL(c->action), ZSTR_LEN(c->action), " ", 1,
		ZSTR_VAL(c->object), ZSTR_LEN(c->object));
	wo_call_log_write(&c->record, ZSTR_VAL(name), ZSTR_LEN(name), raw, value, ex);
	zend_string_release(name);
}

static void xcp_release(xcp_call *c)
{
	xcp_release_request(c);
	wo_call_log_release(&c->record);
	zval_ptr_dtor(&c->envelope);
	ZVAL_UNDEF(&c->envelope);
}

/* A single call through every stage: return_value holds the reply, or the
 * exception is thrown. */
static void xcp_single(xcp_call *c, const wo_options *o, zval *return_value)
{
	zend_string *raw = NULL;
	zend_result rc;

	if (xcp_build(c, o) == FAILURE) {
		return;
	}
	rc = wo_transport_call(o, &c->req, xcp_read, c, return_value, c->record.log.active ? &raw : NULL);
	xcp_release_request(c);
	xcp_log(c, raw, rc == SUCCESS ? return_value : NULL, rc == FAILURE ? EG(exception) : NULL);
	xcp_release(c);
}

/* ---- PHP functions ----------------------------------------------------- */

static bool check_word(zend_string *word, uint32_t arg_num)
{
	if (xcp_word_is_valid(word)) {
		return true;
	}
	zend_argument_value_error(arg_num, "must be a non-empty ASCII word (letters, digits, _) "
		"of at most %d characters", WO_XCP_WORD_MAX);
	return false;
}

PHP_FUNCTION(WhmcsOpensrs_opensrs_request)
{
	zend_string *action, *object;
	zval *attributes = NULL, *extra = NULL, owned_attributes, owned_extra;
	HashTable *options = NULL;
	wo_options o;
	xcp_call c;

	ZEND_PARSE_PARAMETERS_START(2, 5)
		Z_PARAM_STR(action)
		Z_PARAM_STR(object)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(attributes)
		Z_PARAM_ARRAY(extra)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!check_word(action, 1) || !check_word(object, 2)) {
		RETURN_THROWS();
	}
	/* The call's own copies: what a reference in them reaches may change
	 * while PHP code runs mid-call (own.h). */
	ZVAL_UNDEF(&owned_attributes);
	ZVAL_UNDEF(&owned_extra);
	if (attributes && wo_own_value(attributes, &owned_attributes) == FAILURE) {
		zend_argument_value_error(3, WO_OPS_RECURSIVE_RULE);
		RETURN_THROWS();
	}
	if (extra && wo_own_value(extra, &owned_extra) == FAILURE) {
		zend_argument_value_error(4, WO_OPS_RECURSIVE_RULE);
	} else if (extra) {
		check_extra(Z_ARRVAL(owned_extra), 4);
	}
	if (!EG(exception) && resolve_options(&o, options, 5) == SUCCESS) {
		memset(&c, 0, sizeof(c));
		c.action = action;
		c.object = object;
		c.attributes = attributes ? &owned_attributes : NULL;
		c.extra = extra ? Z_ARRVAL(owned_extra) : NULL;
		c.attributes_arg = 3;
		c.extra_arg = 4;
		c.options_arg = 5;
		xcp_single(&c, &o, return_value);
		wo_options_release(&o);
	}
	zval_ptr_dtor(&owned_attributes);
	zval_ptr_dtor(&owned_extra);
}

static const wo_many_stages xcp_stages = {
	xcp_read, offsetof(xcp_call, req), xcp_release_request, xcp_log
};

/* The entries of $calls as commands; errors name the entry. */
static zend_result xcp_read_calls(const wo_many_calls *m, xcp_call *cs)
{
	static const char word_rule[] = "must be a non-empty ASCII word (letters, digits, _) of at most %d characters";
	zval *extra;

	for (uint32_t i = 0; i < m->count; i++) {
		xcp_call *c = &cs[i];

		c->many = m;
		c->entry = i;
		if (wo_many_string(m, i, "action", &c->action) == FAILURE
		    || wo_many_string(m, i, "object", &c->object) == FAILURE
		    || wo_many_array(m, i, "attributes", &c->attributes) == FAILURE
		    || wo_many_array(m, i, "extra", &extra) == FAILURE) {
			return FAILURE;
		}
		if (!xcp_word_is_valid(c->action) || !xcp_word_is_valid(c->object)) {
			wo_many_value_error(m, i, xcp_word_is_valid(c->action) ? "object" : "action", word_rule,
				WO_XCP_WORD_MAX);
			return FAILURE;
		}
		c->extra = extra ? Z_ARRVAL_P(extra) : NULL;
		if (c->extra && check_extra(c->extra, 1) == FAILURE) {
			wo_many_locate_error(m, i, "extra");
			return FAILURE;
		}
	}
	return SUCCESS;
}

PHP_FUNCTION(WhmcsOpensrs_opensrs_request_many)
{
	static const char *const fields[] = { "action", "object", "attributes", "extra", NULL };
	HashTable *calls, *options = NULL;
	wo_many_calls m;
	wo_options o;
	xcp_call *cs;
	uint32_t built = 0;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(calls)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (wo_many_read(&m, calls, fields, WO_OPS_RECURSIVE_RULE) == FAILURE) {
		wo_many_release(&m);
		RETURN_THROWS();
	}
	cs = ecalloc(m.count ? m.count : 1, sizeof(*cs));
	if (xcp_read_calls(&m, cs) == FAILURE || resolve_options(&o, options, 2) == FAILURE) {
		efree(cs);
		wo_many_release(&m);
		RETURN_THROWS();
	}
	/* Every command is built before the first is sent. */
	while (built < m.count && xcp_build(&cs[built], &o) == SUCCESS) {
		built++;
	}
	if (built == m.count) {
		zval *results = ecalloc(m.count ? m.count : 1, sizeof(zval));
		void **calls_ptrs = ecalloc(m.count ? m.count : 1, sizeof(void *));

		for (uint32_t i = 0; i < m.count; i++) {
			calls_ptrs[i] = &cs[i];
		}
		if (wo_many_send(&o, calls_ptrs, m.count, m.count && cs[0].record.log.active, &xcp_stages, results) == SUCCESS) {
			wo_many_answer(&m, results, return_value);
		}
		for (uint32_t i = 0; i < m.count; i++) {
			zval_ptr_dtor(&results[i]);
		}
		efree(results);
		efree(calls_ptrs);
	}
	for (uint32_t i = 0; i < built; i++) {
		xcp_release(&cs[i]);
	}
	efree(cs);
	wo_options_release(&o);
	wo_many_release(&m);
}

PHP_FUNCTION(opensrs_delete_subuser)
{
	zend_string *domain, *username;
	zend_long sub_id;
	HashTable *options = NULL;
	wo_options o;
	xcp_call c;
	zval attributes, extra;
	zend_string *action, *object;

	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_STR(domain)
		Z_PARAM_LONG(sub_id)
		Z_PARAM_STR(username)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!domain_is_valid(ZSTR_VAL(domain), ZSTR_LEN(domain))) {
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
	memset(&c, 0, sizeof(c));
	c.action = action;
	c.object = object;
	c.attributes = &attributes;
	c.extra = Z_ARRVAL(extra);
	c.extra_arg = 3;
	c.options_arg = 4;
	xcp_single(&c, &o, return_value);

	zend_string_release(object);
	zend_string_release(action);
	zval_ptr_dtor(&attributes);
	zval_ptr_dtor(&extra);
	wo_options_release(&o);
}
