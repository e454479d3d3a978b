/*
 * libFuzzer harness for the WHMCS answer interpreter, wo_whmcs_interpret()
 * (ext/whmcs.c): the one function that decides what a body of
 * includes/api.php means.
 *
 * The interpreter needs the Zend engine (ext/json's parser, zvals, the
 * extension's exception classes), so the harness embeds PHP through
 * libphp8.2-embed and starts it once with the extension compiled in. An
 * ASan build cannot be loaded into a stock php binary; embedding turns it
 * around. USE_ZEND_ALLOC=0 sends emalloc() to malloc(), so that ASan sees
 * every buffer the interpreter touches and LeakSanitizer every zval it
 * forgets.
 *
 * Input: the first byte picks the HTTP status (STATUSES below); the rest
 * is the body, handed over in a buffer of exactly its length plus the NUL
 * that wo_whmcs_interpret() requires. An empty input is no body at all.
 *
 * After each call, abort() on the first broken rule:
 *   - SUCCESS exactly when nothing was thrown; then the value is an array
 *     whose "result" (or, without one, "status") is "success";
 *   - otherwise the exception is a ProtocolException, WhmcsException or
 *     WhmcsAuthException carrying the status it was given; a WhmcsAuth-
 *     Exception's message is one of the credential refusals, and a
 *     WhmcsException's getResponse() an array;
 *   - the message is not empty, is valid UTF-8, and holds none of the
 *     credentials the call was made with, as sent or form-escaped (a server
 *     may echo them), nor in any spelling mask.h reads; nor does any string
 *     of getResponse(); a ProtocolException's message is one line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sanitizer/lsan_interface.h>

#include <php_embed.h>
#include "zend_exceptions.h"

#include "exceptions.h"
#include "form.h"
#include "mask.h"
#include "secrets.h"
#include "whmcs.h"

extern zend_module_entry whmcs_opensrs_module_entry;

/* The replay driver (replay_main.c) sets this to print each input. */
FILE *wo_fuzz_dump;

/* What WHMCS and what stands in front of it answer with; 0 is an answer
 * without a status line. */
static const zend_long STATUSES[] = { 200, 403, 400, 0, 500, 503, 302, 404 };

/*
 * Credentials the call "sent". Each holds bytes that form-escaping changes,
 * and the first a '?', which is also what the excerpt writes for a byte
 * that is not UTF-8. fuzz/whmcs.dict has them, escaped and not.
 */
static const char *const SECRETS[] = {
	"s3cr3t?API+key/=",
	"5f4dcc3b5aa765d61d8327deb882cf99",
	"Access Key&9",
};
#define SECRET_COUNT (sizeof(SECRETS) / sizeof(SECRETS[0]))

static char *escaped_secrets[SECRET_COUNT];
static size_t escaped_lens[SECRET_COUNT];
/* The call's list: the interpreter adds to it what an answer holds under
 * sensitive names, so each call starts from SECRETS alone. */
static wo_secrets call_secrets;

/* The input of the call in progress, read by fuzz_interpret(). */
static const char *input_body;
static size_t input_len;
static zend_long input_status;
static zend_function *interpret_fn;

static void fuzz_fail(const char *what, const char *detail, size_t len)
{
	fprintf(stderr, "whmcs_response_fuzzer: invariant broken: %s", what);
	if (detail) {
		fprintf(stderr, ": \"%.*s\"", (int) (len > 400 ? 400 : len), detail);
	}
	fputc('\n', stderr);
	abort();
}

static int holds(const char *text, size_t len, const char *needle, size_t needle_len)
{
	return needle_len <= len && zend_memnstr(text, needle, needle_len, text + len) != NULL;
}

/* Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates). */
static int is_utf8(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];
		unsigned char lo = 0x80, hi = 0xBF;
		size_t n;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			n = 2;
		} else if (c >= 0xE0 && c <= 0xEF) {
			n = 3;
			lo = c == 0xE0 ? 0xA0 : 0x80;
			hi = c == 0xED ? 0x9F : 0xBF;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 4;
			lo = c == 0xF0 ? 0x90 : 0x80;
			hi = c == 0xF4 ? 0x8F : 0xBF;
		} else {
			return 0;
		}
		if (len - i < n || s[i + 1] < lo || s[i + 1] > hi) {
			return 0;
		}
		for (size_t k = 2; k < n; k++) {
			if ((s[i + k] & 0xC0) != 0x80) {
				return 0;
			}
		}
		i += n;
	}
	return 1;
}

static int is_auth_message(const char *msg, size_t len)
{
	static const char *const prefixes[] = {
		"Authentication Failed", "Invalid or missing credentials", "Invalid IP",
		"Invalid Access Key", "Invalid Permissions",
	};
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		size_t n = strlen(prefixes[i]);
		if (len >= n && strncasecmp(msg, prefixes[i], n) == 0) {
			return 1;
		}
	}
	return 0;
}

static int outcome_is_success(zval *value)
{
	zval *outcome = zend_hash_str_find(Z_ARRVAL_P(value), ZEND_STRL("result"));
	if (!outcome) {
		outcome = zend_hash_str_find(Z_ARRVAL_P(value), ZEND_STRL("status"));
	}
	return outcome && Z_TYPE_P(outcome) == IS_STRING
		&& zend_string_equals_literal_ci(Z_STR_P(outcome), "success");
}

/* Whether a string anywhere in value spells a secret in any escaping. */
static int spells_secret(zval *value, int depth)
{
	zend_string *key;
	zval *item;

	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_STRING) {
		return wo_secrets_mentions(&call_secrets, Z_STRVAL_P(value), Z_STRLEN_P(value));
	}
	if (Z_TYPE_P(value) != IS_ARRAY || depth > 600) {
		return 0;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(value), key, item) {
		if ((key && wo_secrets_mentions(&call_secrets, ZSTR_VAL(key), ZSTR_LEN(key)))
		    || spells_secret(item, depth + 1)) {
			return 1;
		}
	} ZEND_HASH_FOREACH_END();
	return 0;
}

static void check_exception(zend_object *ex)
{
	zval rv, *prop;
	zend_string *message;

	if (ex->ce != wo_ce_protocol_exception && ex->ce != wo_ce_whmcs_exception
			&& ex->ce != wo_ce_whmcs_auth_exception) {
		fuzz_fail("unexpected exception class", ZSTR_VAL(ex->ce->name), ZSTR_LEN(ex->ce->name));
	}
	prop = zend_read_property(wo_ce_exception, ex, ZEND_STRL("httpStatus"), 1, &rv);
	if (Z_TYPE_P(prop) != IS_LONG || Z_LVAL_P(prop) != input_status) {
		fuzz_fail("httpStatus is not the status given", NULL, 0);
	}
	if (ex->ce != wo_ce_protocol_exception) {
		prop = zend_read_property(wo_ce_whmcs_exception, ex, ZEND_STRL("response"), 1, &rv);
		if (Z_TYPE_P(prop) != IS_ARRAY) {
			fuzz_fail("getResponse() is not an array", NULL, 0);
		}
		if (spells_secret(prop, 0)) {
			fuzz_fail("getResponse() spells a credential", NULL, 0);
		}
	}

	prop = zend_read_property(zend_ce_exception, ex, ZEND_STRL("message"), 1, &rv);
	if (Z_TYPE_P(prop) != IS_STRING || Z_STRLEN_P(prop) == 0) {
		fuzz_fail("empty or missing message", NULL, 0);
	}
	message = Z_STR_P(prop);
	if (!is_utf8(ZSTR_VAL(message), ZSTR_LEN(message))) {
		fuzz_fail("message is not UTF-8", ZSTR_VAL(message), ZSTR_LEN(message));
	}
	if (spells_secret(prop, 0)) {
		fuzz_fail("message spells a credential", ZSTR_VAL(message), ZSTR_LEN(message));
	}
	for (size_t i = 0; i < SECRET_COUNT; i++) {
		if (holds(ZSTR_VAL(message), ZSTR_LEN(message), SECRETS[i], strlen(SECRETS[i]))
				|| holds(ZSTR_VAL(message), ZSTR_LEN(message), escaped_secrets[i], escaped_lens[i])) {
			fuzz_fail("message repeats a credential", ZSTR_VAL(message), ZSTR_LEN(message));
		}
	}
	if ((ex->ce == wo_ce_whmcs_auth_exception) != is_auth_message(ZSTR_VAL(message), ZSTR_LEN(message))) {
		fuzz_fail("WhmcsAuthException if and only if the message is a credential refusal",
			ZSTR_VAL(message), ZSTR_LEN(message));
	}
	if (ex->ce == wo_ce_protocol_exception) {
		for (size_t i = 0; i < ZSTR_LEN(message); i++) {
			if ((unsigned char) ZSTR_VAL(message)[i] < 0x20) {
				fuzz_fail("ProtocolException message is not one line", ZSTR_VAL(message), ZSTR_LEN(message));
			}
		}
	}
}

/*
 * Runs as a PHP function, so that the engine has a frame to throw from (an
 * exception thrown with no frame at all is a fatal error), and checks and
 * clears what was thrown before returning.
 */
static PHP_FUNCTION(wo_fuzz_interpret)
{
	zval value;
	zend_result rc;

	ZEND_PARSE_PARAMETERS_NONE();
	wo_secrets_init(&call_secrets);
	for (size_t i = 0; i < SECRET_COUNT; i++) {
		wo_secrets_add(&call_secrets, SECRETS[i], strlen(SECRETS[i]));
	}
	ZVAL_UNDEF(&value);
	rc = wo_whmcs_interpret(input_body, input_len, input_status, &call_secrets, NULL, &value);
	if (rc == SUCCESS) {
		if (EG(exception)) {
			fuzz_fail("SUCCESS with an exception pending", NULL, 0);
		}
		if (Z_TYPE(value) != IS_ARRAY || !outcome_is_success(&value)) {
			fuzz_fail("SUCCESS without an array saying success", NULL, 0);
		}
		zval_ptr_dtor(&value);
	} else {
		if (!EG(exception)) {
			fuzz_fail("FAILURE without an exception", NULL, 0);
		}
		if (!Z_ISUNDEF(value)) {
			fuzz_fail("FAILURE left a value behind", NULL, 0);
		}
		check_exception(EG(exception));
		zend_clear_exception();
	}
	wo_secrets_free(&call_secrets);
	RETURN_NULL();
}

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_wo_fuzz_interpret, 0, 0, IS_NULL, 0)
ZEND_END_ARG_INFO()

static const zend_function_entry fuzz_functions[] = {
	ZEND_RAW_FENTRY("wo_fuzz_interpret", PHP_FN(wo_fuzz_interpret), arginfo_wo_fuzz_interpret, 0)
	ZEND_FE_END
};

/* php_embed_init() starts the engine through this hook: start it with the
 * extension built in, and with the harness's function. */
static int fuzz_module_startup(sapi_module_struct *sapi)
{
	sapi->additional_functions = fuzz_functions;
	return php_module_startup(sapi, &whmcs_opensrs_module_entry);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	/* Must be set before the engine starts its allocator. */
	setenv("USE_ZEND_ALLOC", "0", 1);
	php_embed_module.startup = fuzz_module_startup;
	/* No php.ini: what the machine has configured is not under test. */
	php_embed_module.php_ini_ignore = 1;
	/* The engine lives until exit. Some of what it allocates at startup is
	 * only pointed at from one past its end (arg_info + 1 of functions
	 * without parameters), which LeakSanitizer takes for a leak. */
	__lsan_disable();
	int started = php_embed_init(0, NULL);
	__lsan_enable();
	if (started != SUCCESS) {
		fprintf(stderr, "whmcs_response_fuzzer: cannot start the embedded PHP\n");
		abort();
	}
	interpret_fn = zend_hash_str_find_ptr(CG(function_table), ZEND_STRL("wo_fuzz_interpret"));
	if (!interpret_fn || !wo_ce_protocol_exception) {
		fprintf(stderr, "whmcs_response_fuzzer: the extension did not start\n");
		abort();
	}

	for (size_t i = 0; i < SECRET_COUNT; i++) {
		size_t len = strlen(SECRETS[i]);
		escaped_secrets[i] = malloc(wo_form_escaped_max(len));
		escaped_lens[i] = wo_form_escape((const unsigned char *) SECRETS[i], len, escaped_secrets[i]);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *body = NULL;
	zval retval;

	input_status = size ? STATUSES[data[0] % (sizeof(STATUSES) / sizeof(STATUSES[0]))] : 200;
	input_len = size > 1 ? size - 1 : 0;
	if (size > 1) {
		body = malloc(input_len + 1);
		if (!body) {
			return 0;
		}
		memcpy(body, data + 1, input_len);
		body[input_len] = '\0';
	}
	input_body = body;
	if (wo_fuzz_dump) {
		fprintf(wo_fuzz_dump, "status %ld, %zu bytes:\n", (long) input_status, input_len);
		if (body) {
			fwrite(body, 1, input_len, wo_fuzz_dump);
		}
		fputc('\n', wo_fuzz_dump);
		fflush(wo_fuzz_dump);
	}

	zend_try {
		zend_call_known_function(interpret_fn, NULL, NULL, &retval, 0, NULL, NULL);
		zval_ptr_dtor(&retval);
	} zend_catch {
		/* A bailout is a fatal error inside the engine. */
		fuzz_fail("the engine bailed out (fatal error)", NULL, 0);
	} zend_end_try();
	if (EG(exception)) {
		fuzz_fail("an exception escaped the harness", NULL, 0);
	}

	free(body);
	return 0;
}
