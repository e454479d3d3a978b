/*
 * The WHMCS API: whmcs_api(), whmcs_api_many() and delete_user_client(). A
 * call is one form POST to includes/api.php with responsetype=json, or,
 * inside WHMCS, one call of WHMCS's localAPI() in this process (option
 * "transport"). Either answer is read by whmcs_interpret_array(), the one
 * place that decides what a decoded answer means; wo_whmcs_interpret()
 * decodes HTTP bodies for it. The stages of a call, the same for one call
 * and for many: build (whmcs_check_params, whmcs_build_http), interpret
 * (whmcs_read) and what the log shows (whmcs_log); sending is transport.c's.
 *
 * WHMCS reads its parameters from $_POST, so the body is what PHP's
 * http_build_query() would write (form_php.c), and its answers carry the
 * outcome in the body whatever the HTTP status: 200 for most errors, 400 or
 * 403 for some, depending on the version and on what sits in front of it.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/standard/php_string.h"
#include "ext/json/php_json.h"
#include "ext/json/php_json_parser.h"

#include "exceptions.h"
#include "http.h"
#include "options.h"
#include "transport.h"
#include "md5.h"
#include "form.h"
#include "form_php.h"
#include "excerpt.h"
#include "modlog.h"
#include "many.h"
#include "own.h"
#include "whmcs.h"

/* ---- reading an answer -------------------------------------------------- */

/* "HTTP 503", or what a status-less (HTTP/0.9) answer is. */
static void whmcs_describe_status(char *buf, size_t size, zend_long status)
{
	if (status > 0) {
		snprintf(buf, size, "HTTP " ZEND_LONG_FMT, status);
	} else {
		snprintf(buf, size, "no HTTP status line");
	}
}

/* The excerpt of text for a message, or a note saying why there is none. */
static void whmcs_excerpt(const char *text, size_t len, const wo_secrets *secrets,
                          char out[WO_EXCERPT_SIZE])
{
	/* A WAF page or a debug dump may echo the request body, credentials
	 * and all, in any escaping. */
	if (wo_secrets_mentions(secrets, text, len)) {
		snprintf(out, WO_EXCERPT_SIZE, "[excerpt withheld: the body repeats a credential]");
	} else if (wo_excerpt(text, len, out) == 0) {
		snprintf(out, WO_EXCERPT_SIZE, "[nothing readable]");
	} else if (wo_secrets_mentions(secrets, out, strlen(out))) {
		/* The excerpt is not the body: a byte that is not UTF-8 becomes
		 * '?', and a tab, a newline or a tag a space. A body that differs
		 * from a credential only there spells it out in the excerpt. */
		snprintf(out, WO_EXCERPT_SIZE, "[excerpt withheld: the body repeats a credential]");
	}
}

static bool whmcs_is_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') {
			return false;
		}
	}
	return true;
}

/*
 * The messages WHMCS gives when the caller, not the request, is refused:
 * bad API credentials, bad legacy login, an address outside the API IP
 * allow list, a wrong access key, an API role without the action.
 */
static bool whmcs_is_auth_message(const char *msg, size_t len)
{
	static const char *const prefixes[] = {
		"Authentication Failed",
		"Invalid or missing credentials",
		"Invalid IP",
		"Invalid Access Key",
		"Invalid Permissions",
	};

	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		size_t plen = strlen(prefixes[i]);
		if (len >= plen && zend_binary_strncasecmp(msg, plen, prefixes[i], plen, plen) == 0) {
			return true;
		}
	}
	return false;
}

/* WHMCS's answer to an address outside the API IP allow list. */
static bool whmcs_is_allow_list_message(const char *msg, size_t len)
{
	return len >= 10 && zend_binary_strncasecmp(msg, len, "Invalid IP", 10, 10) == 0;
}

/* The message and response may repeat a secret: the caller masks what
 * was thrown. */
static void whmcs_throw_error(zval *response, zend_long status, const char *source)
{
	zval *message = zend_hash_str_find_deref(Z_ARRVAL_P(response), ZEND_STRL("message"));
	const char *text = "WHMCS reported an error without a message";
	size_t len = strlen(text);
	zend_class_entry *ce = wo_ce_whmcs_exception;

	/* The message is passed on as a C string, so it ends at its first NUL
	 * ("\u0000" in the JSON): what comes before must say something, or the
	 * exception would have an empty message. */
	if (message && Z_TYPE_P(message) == IS_STRING && strnlen(Z_STRVAL_P(message), Z_STRLEN_P(message)) > 0) {
		text = Z_STRVAL_P(message);
		len = strnlen(text, Z_STRLEN_P(message));
	}
	if (whmcs_is_auth_message(text, len)) {
		ce = wo_ce_whmcs_auth_exception;
	}
	if (source && source[0] && whmcs_is_allow_list_message(text, len)) {
		wo_throw(ce, 0, status, response, "%.*s (%s)", (int) MIN(len, (size_t) INT_MAX), text, source);
		return;
	}
	wo_throw(ce, 0, status, response, "%.*s", (int) MIN(len, (size_t) INT_MAX), text);
}

static zend_result whmcs_interpret_array(zval *decoded, zend_long http_status, const char *origin,
                                         const wo_secrets *secrets, const char *source,
                                         zval *return_value);

/* Where an answer came from, for a message: origin, or (NULL) its HTTP
 * status, written into buf only then: most answers need no message. */
static const char *whmcs_origin(const char *origin, zend_long http_status, char *buf, size_t size)
{
	if (origin) {
		return origin;
	}
	whmcs_describe_status(buf, size, http_status);
	return buf;
}

static zend_result whmcs_interpret_body(const char *body, size_t body_len, zend_long http_status,
                                        const wo_secrets *secrets, const char *source, zval *return_value)
{
	php_json_parser parser;
	zval decoded;
	char status[48];
	char excerpt[WO_EXCERPT_SIZE];

	if (!body) {
		body = "";
		body_len = 0;
	}
	/* A hook or language file saved with a byte order mark makes WHMCS emit
	 * it before the JSON; the JSON itself is fine. */
	if (body_len >= 3 && memcmp(body, "\xEF\xBB\xBF", 3) == 0) {
		body += 3;
		body_len -= 3;
	}
	if (whmcs_is_blank(body, body_len)) {
		wo_throw(wo_ce_protocol_exception, 0, http_status, NULL,
			"WHMCS answered with an empty body (%s)", whmcs_origin(NULL, http_status, status, sizeof(status)));
		return FAILURE;
	}

	/* The parser rather than php_json_decode_ex(), which would leave its
	 * failure in the caller's json_last_error(). */
	php_json_parser_init(&parser, &decoded, body, body_len, PHP_JSON_OBJECT_AS_ARRAY,
		PHP_JSON_PARSER_DEFAULT_DEPTH);
	if (php_json_parse(&parser) != 0) {
		whmcs_excerpt(body, body_len, secrets, excerpt);
		wo_throw(wo_ce_protocol_exception, 0, http_status, NULL,
			"WHMCS answered with something other than JSON (%s): \"%s\"",
			whmcs_origin(NULL, http_status, status, sizeof(status)), excerpt);
		return FAILURE;
	}
	if (Z_TYPE(decoded) != IS_ARRAY) {
		zval_ptr_dtor(&decoded);
		wo_throw(wo_ce_protocol_exception, 0, http_status, NULL,
			"WHMCS answered with JSON that is not an object (%s)", whmcs_origin(NULL, http_status, status, sizeof(status)));
		return FAILURE;
	}
	return whmcs_interpret_array(&decoded, http_status, NULL, secrets, source, return_value);
}

zend_result wo_whmcs_interpret(const char *body, size_t body_len, zend_long http_status,
                               wo_secrets *secrets, const char *source, zval *return_value)
{
	if (whmcs_interpret_body(body, body_len, http_status, secrets, source, return_value) == SUCCESS) {
		return SUCCESS;
	}
	/* Before the masking, which would hide what it holds under sensitive
	 * names (DomainGetEPPCode's eppcode, an echoed card number). */
	if (secrets) {
		wo_secrets_add_answer(secrets, NULL, EG(exception));
	}
	wo_secrets_scrub_exception(secrets, EG(exception));
	return FAILURE;
}

/*
 * The outcome of a decoded answer (taken over: freed or returned), whether
 * it came as JSON over HTTP or as localAPI()'s array. origin names where it
 * came from in messages ("localAPI()"; NULL: its HTTP status).
 */
static zend_result whmcs_interpret_array(zval *decoded, zend_long http_status, const char *origin,
                                         const wo_secrets *secrets, const char *source,
                                         zval *return_value)
{
	zval *outcome;
	char excerpt[WO_EXCERPT_SIZE];
	char status[48];

	/* Most actions say "result"; a few (GetEmails, GetPermissionsList) say
	 * "status". "result" wins, since some responses also carry an unrelated
	 * top-level "status" (a ticket's, an order's). */
	outcome = zend_hash_str_find_deref(Z_ARRVAL_P(decoded), ZEND_STRL("result"));
	if (!outcome) {
		outcome = zend_hash_str_find_deref(Z_ARRVAL_P(decoded), ZEND_STRL("status"));
	}
	if (!outcome) {
		zval_ptr_dtor(decoded);
		wo_throw(wo_ce_protocol_exception, 0, http_status, NULL,
			"WHMCS answered without \"result\" (%s)", whmcs_origin(origin, http_status, status, sizeof(status)));
		return FAILURE;
	}
	if (Z_TYPE_P(outcome) == IS_STRING && zend_string_equals_literal_ci(Z_STR_P(outcome), "success")) {
		ZVAL_COPY_VALUE(return_value, decoded);
		return SUCCESS;
	}
	if (Z_TYPE_P(outcome) == IS_STRING && zend_string_equals_literal_ci(Z_STR_P(outcome), "error")) {
		whmcs_throw_error(decoded, http_status, source);
		zval_ptr_dtor(decoded);
		return FAILURE;
	}
	if (Z_TYPE_P(outcome) == IS_STRING) {
		whmcs_excerpt(Z_STRVAL_P(outcome), Z_STRLEN_P(outcome), secrets, excerpt);
		wo_throw(wo_ce_protocol_exception, 0, http_status, NULL,
			"WHMCS answered with an unknown result \"%s\" (%s)", excerpt,
			whmcs_origin(origin, http_status, status, sizeof(status)));
	} else {
		wo_throw(wo_ce_protocol_exception, 0, http_status, NULL,
			"WHMCS answered with a result of type %s (%s)", zend_zval_type_name(outcome),
			whmcs_origin(origin, http_status, status, sizeof(status)));
	}
	zval_ptr_dtor(decoded);
	return FAILURE;
}

/* ---- building a request ------------------------------------------------- */

/* An action name is a word: it goes on the wire and into messages as is. */
static bool whmcs_action_is_word(const zend_string *action)
{
	if (ZSTR_LEN(action) == 0) {
		return false;
	}
	for (size_t i = 0; i < ZSTR_LEN(action); i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(action)[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
			return false;
		}
	}
	return true;
}

static bool whmcs_has(const zend_string *s)
{
	return s && ZSTR_LEN(s) > 0;
}

/*
 * The endpoint: a base URL gets "includes/api.php" appended, a URL whose
 * path already ends in "/api.php" is used as it is. The scheme and the host
 * are the transport's to check.
 */
static zend_result whmcs_build_url(smart_str *url, const zend_string *base, uint32_t options_arg)
{
	const char *s, *authority, *path, *problem;
	size_t len;

	if (!whmcs_has(base)) {
		zend_argument_value_error(options_arg,
			"option \"url\" must be set (or the ini setting whmcs.url)");
		return FAILURE;
	}
	s = ZSTR_VAL(base);
	len = ZSTR_LEN(base);
	problem = wo_whmcs_url_problem(s, len, false);
	if (problem) {
		zend_argument_value_error(options_arg, "option \"url\" must %s", problem);
		return FAILURE;
	}
	authority = zend_memnstr(s, "://", 3, s + len);

	smart_str_append(url, base);
	authority += 3;
	path = memchr(authority, '/', (size_t) (s + len - authority));
	if (path && (size_t) (s + len - path) >= 8 && memcmp(s + len - 8, "/api.php", 8) == 0) {
		smart_str_0(url);
		return SUCCESS;
	}
	if (s[len - 1] != '/') {
		smart_str_appendc(url, '/');
	}
	smart_str_appends(url, "includes/api.php");
	smart_str_0(url);
	return SUCCESS;
}

/*
 * Appends the credentials: API credentials (identifier, secret) when an
 * identifier is set, else the legacy admin login (username, md5 of the
 * password, which is what WHMCS compares), plus the access key, which lets
 * a caller outside the API IP allow list in.
 */
static zend_result whmcs_append_credentials(smart_str *body, const wo_options *o, char password_md5[33],
                                            uint32_t options_arg)
{
	if (whmcs_has(o->identifier)) {
		if (!whmcs_has(o->secret)) {
			zend_argument_value_error(options_arg,
				"option \"secret\" must be set (or whmcs.secret) when \"identifier\" is");
			return FAILURE;
		}
		wo_form_append_pair(body, ZEND_STRL("identifier"), ZSTR_VAL(o->identifier), ZSTR_LEN(o->identifier));
		wo_form_append_pair(body, ZEND_STRL("secret"), ZSTR_VAL(o->secret), ZSTR_LEN(o->secret));
	} else if (whmcs_has(o->username)) {
		if (!whmcs_has(o->password)) {
			zend_argument_value_error(options_arg,
				"option \"password\" must be set (or whmcs.password) when \"username\" is");
			return FAILURE;
		}
		wo_md5_hex(ZSTR_VAL(o->password), ZSTR_LEN(o->password), password_md5);
		wo_form_append_pair(body, ZEND_STRL("username"), ZSTR_VAL(o->username), ZSTR_LEN(o->username));
		wo_form_append_pair(body, ZEND_STRL("password"), password_md5, 32);
	} else if (whmcs_has(o->secret)) {
		zend_argument_value_error(options_arg,
			"option \"identifier\" must be set (or whmcs.identifier) when \"secret\" is");
		return FAILURE;
	} else if (whmcs_has(o->password)) {
		zend_argument_value_error(options_arg,
			"option \"username\" must be set (or whmcs.username) when \"password\" is");
		return FAILURE;
	} else {
		zend_argument_value_error(options_arg,
			"must give WHMCS credentials: options \"identifier\" and \"secret\", or \"username\" "
			"and \"password\" (or the whmcs.* ini settings)");
		return FAILURE;
	}

	if (whmcs_has(o->access_key)) {
		wo_form_append_pair(body, ZEND_STRL("accesskey"), ZSTR_VAL(o->access_key), ZSTR_LEN(o->access_key));
	}
	return SUCCESS;
}

/* The body holds credentials: wipe it before its memory goes back. */
static void whmcs_free_wiped(smart_str *s)
{
	if (s->s) {
		ZEND_SECURE_ZERO(ZSTR_VAL(s->s), ZSTR_LEN(s->s));
	}
	smart_str_free(s);
}

/* ---- the module log ----------------------------------------------------- */

/*
 * The request as the module log shows it: the form fields in the order
 * sent, without the credentials, values of sensitive parameters masked.
 * responsetype only goes over HTTP.
 */
static zend_string *whmcs_log_request(const wo_secrets *secrets, const zend_string *action, zval *params,
                                      bool http)
{
	static const char escaped_mask[] = "%2A%2A%2A%2A%2A%2A%2A%2A";
	smart_str text = {0};

	wo_form_append_pair(&text, ZEND_STRL("action"), ZSTR_VAL(action), ZSTR_LEN(action));
	if (http) {
		wo_form_append_pair(&text, ZEND_STRL("responsetype"), ZEND_STRL("json"));
	}
	if (params && zend_hash_num_elements(Z_ARRVAL_P(params))) {
		smart_str fields = {0};
		zval copy;

		wo_log_request_copy(secrets, params, &copy);
		/* The copy has the shape the real body was built from, which
		 * passed the same encoder, so this does not fail; were it to, the
		 * log would go without the fields rather than fail the call. */
		if (wo_form_append_params(&fields, Z_ARRVAL(copy), 2) == FAILURE) {
			zend_clear_exception();
		} else if (fields.s) {
			/* The mask reads better as itself than form-escaped. */
			zend_string *plain = php_str_to_str(ZSTR_VAL(fields.s), ZSTR_LEN(fields.s),
				escaped_mask, sizeof(escaped_mask) - 1, ZEND_STRL(WO_LOG_MASK));
			smart_str_appendc(&text, '&');
			smart_str_append(&text, plain);
			zend_string_release(plain);
		}
		smart_str_free(&fields);
		zval_ptr_dtor(&copy);
	}
	smart_str_0(&text);
	return smart_str_extract(&text);
}

/* ---- one call's stages -------------------------------------------------- */

/* One WHMCS call through its stages: what was asked, then what the build
 * stage makes of it for the send and log stages. */
typedef struct {
	zend_string *action;
	zval *params;                /* NULL: none; no reference in it (own.h) */
	smart_str form;              /* params, form-encoded and checked */
	/* over HTTP */
	smart_str url;
	smart_str body;              /* holds the credentials: wiped when done */
	char password_md5[33];
	wo_http_request req;
	wo_call_log record;          /* secrets, log entry */
} whmcs_call;

/* Build stage, the part every transport shares: $params (argument
 * params_arg) checked and form-encoded, the same way whichever transport
 * runs the call. */
static zend_result whmcs_check_params(whmcs_call *c, zend_string *action, zval *params, uint32_t params_arg)
{
	c->action = action;
	c->params = params;
	if (params && wo_form_append_params(&c->form, Z_ARRVAL_P(params), params_arg) == FAILURE) {
		smart_str_free(&c->form);
		return FAILURE;
	}
	return SUCCESS;
}

/* Build stage, once the options are known: one list of the call's secrets
 * (credentials, sensitive parameters) for everything it may output, and
 * where its log entry goes. */
static void whmcs_open(whmcs_call *c, const wo_options *o, bool http)
{
	wo_call_log_open(&c->record, o, c->params);
	if (c->record.log.active) {
		c->record.logged = whmcs_log_request(&c->record.secrets, c->action, c->params, http);
	}
}

/*
 * The form variables PHP's request parser counts for this call over HTTP.
 * main/php_variables.c (add_post_vars()) counts every '&'-separated pair
 * once, however deep its name nests ("a[b][c]=1" is one), and past
 * max_input_vars keeps one more pair and drops the rest with a warning.
 * Our encoder writes no empty pair: the count is the '&'s plus one.
 */
static size_t whmcs_form_vars(const whmcs_call *c, const wo_options *o)
{
	/* action and responsetype; two credentials; the access key */
	size_t n = 2 + (whmcs_has(o->identifier) || whmcs_has(o->username) ? 2 : 0) + (whmcs_has(o->access_key) ? 1 : 0);

	if (c->form.s && ZSTR_LEN(c->form.s)) {
		const char *p = ZSTR_VAL(c->form.s), *end = p + ZSTR_LEN(c->form.s);

		for (n++; (p = memchr(p, '&', (size_t) (end - p))) != NULL; p++) {
			n++;
		}
	}
	return n;
}

/*
 * WHMCS would act on what PHP left of a call with more variables than
 * the server's max_input_vars: refused before sending. The message names
 * the count and the limit, never a value.
 */
static zend_result whmcs_check_form_vars(const whmcs_call *c, const wo_options *o, size_t *count)
{
	*count = whmcs_form_vars(c, o);
	return (zend_ulong) *count > (zend_ulong) o->max_input_vars ? FAILURE : SUCCESS;
}

#define WHMCS_FORM_VARS_ERROR "would make %zu form variables with action and credentials, more than the " \
	ZEND_LONG_FMT " of max_input_vars: PHP on the WHMCS server would drop the rest from $_POST. " \
	"Send fewer, or raise max_input_vars on the server and the option \"max_input_vars\" " \
	"(or whmcs.max_input_vars) with it"

/* Build stage over HTTP: the endpoint, the body, the request and the
 * log's copy. action, the credentials and responsetype come first: a
 * server whose max_input_vars is lower than we were told drops the last
 * pairs, and must not drop those (WHMCS would then answer "Authentication
 * Failed" to a call with the right credentials). */
static zend_result whmcs_build_http(whmcs_call *c, const wo_options *o, uint32_t options_arg)
{
	static const char *const headers[] = { "Accept: application/json" };

	if (whmcs_build_url(&c->url, o->url, options_arg) == FAILURE) {
		return FAILURE;
	}
	wo_form_append_pair(&c->body, ZEND_STRL("action"), ZSTR_VAL(c->action), ZSTR_LEN(c->action));
	if (whmcs_append_credentials(&c->body, o, c->password_md5, options_arg) == FAILURE) {
		return FAILURE;
	}
	wo_form_append_pair(&c->body, ZEND_STRL("responsetype"), ZEND_STRL("json"));
	if (c->form.s && ZSTR_LEN(c->form.s)) {
		smart_str_appendc(&c->body, '&');
		smart_str_append(&c->body, c->form.s);
	}
	smart_str_0(&c->body);
	whmcs_open(c, o, true);

	memset(&c->req, 0, sizeof(c->req));
	wo_transport_request(o, &c->req);
	c->req.url = ZSTR_VAL(c->url.s);
	wo_log_set_url(&c->record.log, c->req.url);
	c->req.body = ZSTR_VAL(c->body.s);
	c->req.body_len = ZSTR_LEN(c->body.s);
	/* application/x-www-form-urlencoded: libcurl's own for a POST body,
	 * which it writes for far less than a line of ours (build_headers()). */
	c->req.content_type = NULL;
	c->req.headers = headers;
	c->req.header_count = sizeof(headers) / sizeof(headers[0]);
	return SUCCESS;
}

/* Interpret stage over HTTP, for wo_transport_call(): one answer. */
static zend_result whmcs_read(void *call, const wo_http_request *req, const wo_http_response *res,
                              zval *value, wo_refusal *refusal)
{
	whmcs_call *c = call;
	char source[WO_SOURCE_SIZE];

	*refusal = WO_REFUSAL_NONE;
	wo_transport_describe_source(req, res, source, sizeof(source));
	return wo_whmcs_interpret(res->body, res->body_len, res->status, &c->record.secrets, source, value);
}

/* Nothing of the request is needed past the send stage; a logger that
 * never returns (a fatal error) must not find it unwiped. */
static void whmcs_release_request(void *call)
{
	whmcs_call *c = call;

	whmcs_free_wiped(&c->body);
	smart_str_free(&c->url);
	smart_str_free(&c->form);
	ZEND_SECURE_ZERO(c->password_md5, sizeof(c->password_md5));
}

/* Log stage, for single and many calls. */
static void whmcs_log(void *call, zend_string *raw, zval *value, zend_object *ex)
{
	whmcs_call *c = call;

	wo_call_log_write(&c->record, ZSTR_VAL(c->action), ZSTR_LEN(c->action), raw, value, ex);
}

static void whmcs_release(whmcs_call *c)
{
	whmcs_release_request(c);
	wo_call_log_release(&c->record);
}

/* ---- over HTTP ---------------------------------------------------------- */

static zend_result whmcs_call_http(whmcs_call *c, const wo_options *o, uint32_t options_arg, zval *return_value)
{
	zend_string *raw = NULL;
	zend_result rc;

	if (whmcs_build_http(c, o, options_arg) == FAILURE) {
		return FAILURE;
	}
	rc = wo_transport_call(o, &c->req, whmcs_read, c, return_value, c->record.log.active ? &raw : NULL);
	whmcs_release_request(c);
	whmcs_log(c, raw, rc == SUCCESS ? return_value : NULL, rc == FAILURE ? EG(exception) : NULL);
	return rc;
}

/* ---- in-process: localAPI() --------------------------------------------- */

/*
 * Inside WHMCS: localAPI($command, $postData, $adminUser) runs the action
 * in this process with WHMCS's own permissions, and returns what
 * includes/api.php would have encoded as JSON. It gets the same reading.
 * This is the send and interpret stages in one: localAPI() answers with
 * a value, not a body.
 */
static zend_result whmcs_call_local(whmcs_call *c, const wo_options *o, zval *return_value)
{
	zend_function *local_api = zend_hash_str_find_ptr(EG(function_table), ZEND_STRL("localapi"));
	zval args[3], answer;
	uint32_t argc = 2;
	zend_string *raw = NULL;
	zend_result rc = FAILURE;
	bool exiting;

	if (!local_api) {
		wo_throw(wo_ce_transport_exception, 0, 0, NULL,
			"transport \"local\" needs WHMCS's localAPI(), which is not defined: this code does not run "
			"inside WHMCS (outside it, set whmcs.url or the option \"url\" and use transport \"http\"); "
			"the request was not sent");
		return FAILURE;
	}

	ZVAL_STR_COPY(&args[0], c->action);
	if (c->params) {
		ZVAL_COPY(&args[1], c->params);
	} else {
		ZVAL_EMPTY_ARRAY(&args[1]);
	}
	/* WHMCS 7.2 and later run localAPI() as the logged-in admin, or as the
	 * first one, when no admin user is named. */
	if (o->admin_user && ZSTR_LEN(o->admin_user)) {
		ZVAL_STR_COPY(&args[2], o->admin_user);
		argc = 3;
	}

	whmcs_open(c, o, false);

	ZVAL_UNDEF(&answer);
	zend_call_known_function(local_api, NULL, NULL, &answer, argc, args, NULL);
	/* WHMCS code redirects and exits: exit() unwinds through here, and
	 * nothing may run after it, no logger and no log entry. */
	exiting = EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)));
	if (EG(exception)) {
		/* What localAPI() threw is the caller's to see, unchanged but for
		 * the arguments of the frames our call made: $params holds
		 * passwords (password2), which #[\SensitiveParameter] hides on
		 * whmcs_api() but not on localAPI() and what it calls. */
		if (!exiting) {
			wo_hide_call_args(EG(exception), "localAPI");
		}
		zval_ptr_dtor(&answer);
	} else {
		zval *value = &answer;

		ZVAL_DEREF(value);
		if (c->record.log.active) {
			/* The "raw response" of an in-process call: its JSON, which is
			 * what includes/api.php would have sent. */
			smart_str json = {0};
			php_json_encode(&json, value, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE
				| PHP_JSON_PARTIAL_OUTPUT_ON_ERROR | PHP_JSON_INVALID_UTF8_SUBSTITUTE);
			smart_str_0(&json);
			raw = json.s ? smart_str_extract(&json) : ZSTR_EMPTY_ALLOC();
		}
		if (Z_TYPE_P(value) != IS_ARRAY) {
			wo_throw(wo_ce_protocol_exception, 0, 0, NULL,
				"localAPI() returned %s, not an array", zend_zval_type_name(value));
			zval_ptr_dtor(&answer);
		} else {
			zval decoded;
			ZVAL_COPY(&decoded, value);
			zval_ptr_dtor(&answer);
			rc = whmcs_interpret_array(&decoded, 0, "localAPI()", &c->record.secrets, NULL, return_value);
		}
	}

	if (exiting) {
		if (raw) {
			zend_string_release(raw);
		}
	} else {
		whmcs_log(c, raw, rc == SUCCESS ? return_value : NULL, rc == FAILURE ? EG(exception) : NULL);
	}
	for (uint32_t i = 0; i < argc; i++) {
		zval_ptr_dtor(&args[i]);
	}
	return rc;
}

/* ---- one call ----------------------------------------------------------- */

/* auto: in-process when nothing says where WHMCS is and localAPI() is
 * there to call, i.e. inside WHMCS (a hook, a module, a cron script that
 * includes init.php). */
static bool whmcs_use_local(const wo_options *o)
{
	switch (o->transport) {
	case WO_TRANSPORT_LOCAL:
		return true;
	case WO_TRANSPORT_HTTP:
		return false;
	case WO_TRANSPORT_AUTO:
	default:
		return !whmcs_has(o->url) && zend_hash_str_exists(EG(function_table), ZEND_STRL("localapi"));
	}
}

/* A checked call through the stages of its transport. */
static zend_result whmcs_run(whmcs_call *c, const wo_options *o, uint32_t options_arg, zval *return_value)
{
	zend_result rc = whmcs_use_local(o) ? whmcs_call_local(c, o, return_value)
		: whmcs_call_http(c, o, options_arg, return_value);

	whmcs_release(c);
	return rc;
}

/*
 * Calls action with params (an array zval without references, see own.h,
 * or NULL) on the WHMCS that
 * options (may be NULL; argument options_arg of the PHP function) and the
 * whmcs.* ini settings point at: over HTTP, or in-process through WHMCS's
 * localAPI() (option "transport"). SUCCESS: return_value holds the decoded
 * response. Problems of params are reported against params_arg.
 */
static zend_result whmcs_call_one(zend_string *action, zval *params, uint32_t params_arg,
                                  HashTable *options, uint32_t options_arg, zval *return_value)
{
	whmcs_call c;
	wo_options o;
	zend_result rc;
	size_t count;

	/* Arguments in order: $params is checked before $options. */
	memset(&c, 0, sizeof(c));
	if (whmcs_check_params(&c, action, params, params_arg) == FAILURE) {
		return FAILURE;
	}
	if (wo_options_resolve(&o, WO_API_WHMCS, options, options_arg) == FAILURE) {
		whmcs_release(&c);
		return FAILURE;
	}
	/* In-process calls hand localAPI() an array: no $_POST, no limit. */
	if (!whmcs_use_local(&o) && whmcs_check_form_vars(&c, &o, &count) == FAILURE) {
		zend_argument_value_error(params_arg, WHMCS_FORM_VARS_ERROR, count, o.max_input_vars);
		wo_options_release(&o);
		whmcs_release(&c);
		return FAILURE;
	}
	rc = whmcs_run(&c, &o, options_arg, return_value);
	wo_options_release(&o);
	return rc;
}

/* ---- many calls --------------------------------------------------------- */

/* In-process calls run one after another, each as its single form runs;
 * what one throws fills its slot, except exit(), which ends them all. */
static zend_result whmcs_many_local(whmcs_call *cs, uint32_t n, const wo_options *o, zval *results)
{
	for (uint32_t i = 0; i < n; i++) {
		if (whmcs_run(&cs[i], o, 2, &results[i]) == FAILURE) {
			if (wo_many_must_propagate()) {
				for (uint32_t j = i + 1; j < n; j++) {
					whmcs_release(&cs[j]);
				}
				return FAILURE;
			}
			ZVAL_OBJ(&results[i], EG(exception));
			GC_ADDREF(EG(exception));
			zend_clear_exception();
		}
	}
	return SUCCESS;
}

static const wo_many_stages whmcs_stages = {
	whmcs_read, offsetof(whmcs_call, req), whmcs_release_request, whmcs_log
};

/* Over HTTP, every call is built before the first is sent, then they go
 * out together; each is logged as its single form would be, in order. */
static zend_result whmcs_many_http(whmcs_call *cs, uint32_t n, const wo_options *o, zval *results)
{
	void **calls;
	uint32_t built = 0;
	zend_result rc;

	while (built < n && whmcs_build_http(&cs[built], o, 2) == SUCCESS) {
		built++;
	}
	if (built < n) {
		return FAILURE;
	}
	calls = ecalloc(n ? n : 1, sizeof(*calls));
	for (uint32_t i = 0; i < n; i++) {
		calls[i] = &cs[i];
	}
	rc = wo_many_send(o, calls, n, n && cs[0].record.log.active, &whmcs_stages, results);
	efree(calls);
	return rc;
}

/* ---- PHP functions ------------------------------------------------------ */

PHP_FUNCTION(WhmcsOpensrs_whmcs_api)
{
	zend_string *action;
	zval *params = NULL, owned;
	HashTable *options = NULL;
	zend_result rc;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(action)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(params)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!whmcs_action_is_word(action)) {
		zend_argument_value_error(1, "must be a non-empty ASCII word (letters, digits, underscores)");
		RETURN_THROWS();
	}
	/* The call's own copy: what a reference in $params reaches may change
	 * while PHP code runs mid-call (own.h). */
	if (params && wo_own_value(params, &owned) == FAILURE) {
		zend_argument_value_error(2, WO_FORM_RECURSIVE_RULE);
		RETURN_THROWS();
	}
	rc = whmcs_call_one(action, params ? &owned : NULL, 2, options, 3, return_value);
	if (params) {
		zval_ptr_dtor(&owned);
	}
	if (rc == FAILURE) {
		RETURN_THROWS();
	}
}

PHP_FUNCTION(delete_user_client)
{
	zend_long user_id, client_id;
	HashTable *options = NULL;
	zend_string *action;
	zval params, response;
	zend_result rc;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_LONG(user_id)
		Z_PARAM_LONG(client_id)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (user_id < 1) {
		zend_argument_value_error(1, "must be greater than or equal to 1");
		RETURN_THROWS();
	}
	if (client_id < 1) {
		zend_argument_value_error(2, "must be greater than or equal to 1");
		RETURN_THROWS();
	}

	/* WHMCS: DeleteUserClient takes user_id and client_id. */
	array_init_size(&params, 2);
	add_assoc_long(&params, "user_id", user_id);
	add_assoc_long(&params, "client_id", client_id);
	action = zend_string_init(ZEND_STRL("DeleteUserClient"), 0);

	/* Its two parameters are no fault of the caller's: what is said about
	 * them (a max_input_vars too low even for them) is said of $options. */
	rc = whmcs_call_one(action, &params, 3, options, 3, &response);

	zend_string_release(action);
	zval_ptr_dtor(&params);
	if (rc == FAILURE) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&response);
	RETURN_TRUE;
}

PHP_FUNCTION(WhmcsOpensrs_whmcs_api_many)
{
	static const char *const fields[] = { "action", "params", NULL };
	HashTable *calls, *options = NULL;
	wo_many_calls m;
	wo_options o;
	whmcs_call *cs;
	zval *results;
	uint32_t checked = 0;
	zend_result rc = FAILURE;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(calls)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (wo_many_read(&m, calls, fields, WO_FORM_RECURSIVE_RULE) == FAILURE) {
		wo_many_release(&m);
		RETURN_THROWS();
	}
	cs = ecalloc(m.count ? m.count : 1, sizeof(*cs));
	results = ecalloc(m.count ? m.count : 1, sizeof(zval));
	/* $calls is checked whole, with the single call's own checks, before
	 * $options and before anything is sent. */
	for (; checked < m.count; checked++) {
		zend_string *action;
		zval *params;

		if (wo_many_string(&m, checked, "action", &action) == FAILURE
		    || wo_many_array(&m, checked, "params", &params) == FAILURE) {
			break;
		}
		if (!whmcs_action_is_word(action)) {
			wo_many_value_error(&m, checked, "action", "must be a non-empty ASCII word (letters, digits, underscores)");
			break;
		}
		if (whmcs_check_params(&cs[checked], action, params, 1) == FAILURE) {
			wo_many_locate_error(&m, checked, "params");
			break;
		}
	}
	if (checked == m.count && wo_options_resolve(&o, WO_API_WHMCS, options, 2) == SUCCESS) {
		bool local = whmcs_use_local(&o);
		size_t count;

		/* A call too large is a malformed entry: nothing is sent. */
		for (checked = 0; !local && checked < m.count; checked++) {
			if (whmcs_check_form_vars(&cs[checked], &o, &count) == FAILURE) {
				wo_many_value_error(&m, checked, "params", WHMCS_FORM_VARS_ERROR, count, o.max_input_vars);
				break;
			}
		}
		if (local || checked == m.count) {
			rc = local ? whmcs_many_local(cs, m.count, &o, results) : whmcs_many_http(cs, m.count, &o, results);
		}
		wo_options_release(&o);
	}
	if (rc == SUCCESS) {
		wo_many_answer(&m, results, return_value);
	}
	for (uint32_t i = 0; i < m.count; i++) {
		whmcs_release(&cs[i]);
		zval_ptr_dtor(&results[i]);
	}
	efree(results);
	efree(cs);
	wo_many_release(&m);
}
