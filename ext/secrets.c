/*
 * The per-call list of secrets (see secrets.h). Finding them is mask.c's;
 * here they are gathered from the options and the request, and applied to
 * strings, decoded answers and exceptions.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/standard/url.h"
#include "ext/standard/base64.h"

#include "exceptions.h"
#include "md5.h"
#include "mask.h"
#include "secrets.h"

/* Decoded JSON nests at most 512 levels (ext/json's default); deeper data
 * can only come from a localAPI() of the caller's, and is cut there. */
#define WO_SECRETS_MAX_DEPTH 512

/* Exceptions chained through getPrevious() looked at, at most. */
#define WO_SECRETS_MAX_CHAIN 64

void wo_secrets_init(wo_secrets *s)
{
	memset(s, 0, sizeof(*s));
}

void wo_secrets_add(wo_secrets *s, const char *value, size_t len)
{
	if (len < WO_SECRETS_MIN_SEARCHED) {
		return;
	}
	for (uint32_t i = 0; i < s->count; i++) {
		if (s->items[i].len == len && memcmp(s->items[i].value, value, len) == 0) {
			return;
		}
	}
	if (s->count == s->size) {
		s->size = s->size ? s->size * 2 : 8;
		s->items = safe_erealloc(s->items, s->size, sizeof(*s->items), 0);
	}
	s->items[s->count].value = estrndup(value, len);
	s->items[s->count].len = len;
	s->count++;
}

static void secrets_add_str(wo_secrets *s, const zend_string *value)
{
	if (value) {
		wo_secrets_add(s, ZSTR_VAL(value), ZSTR_LEN(value));
	}
}

/* The legacy login sends md5(password); a page may print it in upper case. */
static void secrets_add_password(wo_secrets *s, const zend_string *password)
{
	char md5[33];

	if (!password || ZSTR_LEN(password) == 0) {
		return;
	}
	secrets_add_str(s, password);
	wo_md5_hex(ZSTR_VAL(password), ZSTR_LEN(password), md5);
	wo_secrets_add(s, md5, 32);
	zend_str_toupper(md5, 32);
	wo_secrets_add(s, md5, 32);
	ZEND_SECURE_ZERO(md5, sizeof(md5));
}

/* user:password@ of a URL: libcurl sends it as HTTP basic auth, decoded,
 * in an Authorization header that a debug page may echo. The userinfo is
 * all from "//" to the last '@', whether or not the URL parses: a password
 * may hold '/', '?', '#' or '@' raw, which ends the authority for a URL
 * parser (PHP's then gives none), and may still be shown or echoed. */
static void secrets_add_userinfo(wo_secrets *s, const zend_string *url)
{
	const char *start, *at, *colon, *end;
	zend_string *pass, *user, *credentials, *basic;

	end = url ? ZSTR_VAL(url) + ZSTR_LEN(url) : NULL;
	start = url ? zend_memnstr(ZSTR_VAL(url), "//", 2, end) : NULL;
	at = start ? zend_memnrstr(start + 2, "@", 1, end) : NULL;
	if (!at) {
		return;
	}
	start += 2;
	colon = memchr(start, ':', (size_t) (at - start));
	if (!colon || colon + 1 == at) {
		return;
	}
	pass = zend_string_init(colon + 1, (size_t) (at - colon - 1), 0);
	user = zend_string_init(start, (size_t) (colon - start), 0);
	secrets_add_str(s, pass);
	ZSTR_LEN(pass) = php_raw_url_decode(ZSTR_VAL(pass), ZSTR_LEN(pass));
	ZSTR_LEN(user) = php_raw_url_decode(ZSTR_VAL(user), ZSTR_LEN(user));
	secrets_add_str(s, pass);
	credentials = zend_strpprintf(0, "%s:%s", ZSTR_VAL(user), ZSTR_VAL(pass));
	basic = php_base64_encode((const unsigned char *) ZSTR_VAL(credentials), ZSTR_LEN(credentials));
	secrets_add_str(s, basic);
	ZEND_SECURE_ZERO(ZSTR_VAL(pass), ZSTR_LEN(pass));
	ZEND_SECURE_ZERO(ZSTR_VAL(credentials), ZSTR_LEN(credentials));
	ZEND_SECURE_ZERO(ZSTR_VAL(basic), ZSTR_LEN(basic));
	zend_string_release(basic);
	zend_string_release(credentials);
	zend_string_release(user);
	zend_string_release(pass);
}

void wo_secrets_add_options(wo_secrets *s, const wo_options *o)
{
	if (o->api == WO_API_WHMCS) {
		secrets_add_str(s, o->identifier);
		secrets_add_str(s, o->secret);
		secrets_add_password(s, o->password);
		secrets_add_str(s, o->access_key);
		secrets_add_userinfo(s, o->url);
	} else {
		secrets_add_str(s, o->api_key);
		secrets_add_userinfo(s, o->endpoint);
	}
	/* A proxy's credentials go out as Proxy-Authorization: Basic. */
	secrets_add_userinfo(s, o->proxy);
}

/* WHMCS's password2 (AddUser, AddClient, ValidateLogin), cardnum and cccvv
 * (AddClient, UpdateClient), eppcode (DomainTransfer); OpenSRS's
 * sub_password, auth_info, ... */
bool wo_secrets_key_is_sensitive(const zend_string *key)
{
	static const char *const parts[] = { "pass", "secret", "cvv", "cardnum", "eppcode", "authcode", "auth_info" };
	const char *k = ZSTR_VAL(key);
	size_t len = ZSTR_LEN(key);

	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		size_t plen = strlen(parts[i]);
		if (len >= plen && zend_memnistr(k, parts[i], plen, k + len)) {
			return true;
		}
	}
	return false;
}

static void secrets_add_sensitive(wo_secrets *s, zval *data, bool sensitive, int depth)
{
	ZVAL_DEREF(data);
	if (Z_TYPE_P(data) == IS_ARRAY) {
		HashTable *ht = Z_ARRVAL_P(data);
		zend_string *key;
		zval *value;

		/* The request was checked before: this only guards the walk. */
		if (depth >= WO_SECRETS_MAX_DEPTH || GC_IS_RECURSIVE(ht)) {
			return;
		}
		GC_TRY_PROTECT_RECURSION(ht);
		ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, value) {
			secrets_add_sensitive(s, value, sensitive || (key && wo_secrets_key_is_sensitive(key)), depth + 1);
		} ZEND_HASH_FOREACH_END();
		GC_TRY_UNPROTECT_RECURSION(ht);
	} else if (sensitive && Z_TYPE_P(data) == IS_DOUBLE) {
		/* Its text as (string) gives it, without the warning PHP 8.5 gives
		 * for a NAN: the form encoder gave that one already. */
		smart_str buf = {0};
		smart_str_append_double(&buf, Z_DVAL_P(data), (int) EG(precision), false);
		smart_str_0(&buf);
		secrets_add_str(s, buf.s);
		smart_str_free(&buf);
	} else if (sensitive && (Z_TYPE_P(data) == IS_STRING || Z_TYPE_P(data) == IS_LONG)) {
		zend_string *text = zval_get_string(data);
		secrets_add_str(s, text);
		zend_string_release(text);
	}
}

void wo_secrets_add_sensitive(wo_secrets *s, zval *data)
{
	if (data) {
		secrets_add_sensitive(s, data, false, 0);
	}
}

bool wo_secrets_mentions(const wo_secrets *s, const char *text, size_t len)
{
	return s && s->count && wo_mask_find(text, len, s->items, s->count, NULL, NULL);
}

zend_string *wo_secrets_mask(const wo_secrets *s, zend_string *text)
{
	smart_str out = {0};
	size_t start, end, at = 0;
	const char *t = ZSTR_VAL(text);
	size_t len = ZSTR_LEN(text);

	if (!s || !s->count || !wo_mask_find(t, len, s->items, s->count, &start, &end)) {
		return zend_string_copy(text);
	}
	/* Everything before the first spelling found holds none. */
	smart_str_appendl(&out, t, start);
	smart_str_appendl(&out, WO_SECRETS_MASK, sizeof(WO_SECRETS_MASK) - 1);
	at = end;
	while (at < len) {
		size_t e = wo_mask_match_any(t, len, at, s->items, s->count);
		if (e) {
			smart_str_appendl(&out, WO_SECRETS_MASK, sizeof(WO_SECRETS_MASK) - 1);
			at = e;
		} else {
			smart_str_appendc(&out, t[at]);
			at++;
		}
	}
	smart_str_0(&out);
	return smart_str_extract(&out);
}

/* decoded[0..len) masked; decoded is wiped, as it holds a secret. */
static zend_string *secrets_mask_decoded(const wo_secrets *s, char *decoded, size_t len)
{
	zend_string *plain = zend_string_init(decoded, len, 0);
	zend_string *masked = wo_secrets_mask(s, plain);

	ZEND_SECURE_ZERO(ZSTR_VAL(plain), len);
	ZEND_SECURE_ZERO(decoded, len);
	zend_string_release(plain);
	return masked;
}

/* A JSON string literal holding text. */
static void secrets_append_json_literal(smart_str *out, const zend_string *text)
{
	smart_str_appendc(out, '"');
	for (size_t i = 0; i < ZSTR_LEN(text); i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(text)[i];

		if (c == '"' || c == '\\') {
			smart_str_appendc(out, '\\');
			smart_str_appendc(out, (char) c);
		} else if (c < 0x20) {
			smart_str_append_printf(out, "\\u%04x", c);
		} else {
			smart_str_appendc(out, (char) c);
		}
	}
	smart_str_appendc(out, '"');
}

zend_string *wo_secrets_mask_json(const wo_secrets *s, zend_string *text)
{
	const char *t = ZSTR_VAL(text), *quote;
	size_t len = ZSTR_LEN(text), at = 0, copied = 0, end, decoded_len;
	smart_str out = {0};
	char *decoded;
	zend_string *result;

	if (!s || !s->count || !memchr(t, '"', len)) {
		return wo_secrets_mask(s, text);
	}
	decoded = emalloc(len);
	while ((quote = memchr(t + at, '"', len - at)) != NULL
	       && (end = wo_mask_json_literal(t, len, (size_t) (quote - t), decoded, &decoded_len)) != 0) {
		if (wo_mask_find(decoded, decoded_len, s->items, s->count, NULL, NULL)) {
			zend_string *masked = secrets_mask_decoded(s, decoded, decoded_len);

			smart_str_appendl(&out, t + copied, (size_t) (quote - t) - copied);
			secrets_append_json_literal(&out, masked);
			copied = end;
			zend_string_release(masked);
		}
		at = end;
	}
	ZEND_SECURE_ZERO(decoded, len);
	efree(decoded);
	if (!out.s) {
		return wo_secrets_mask(s, text);
	}
	smart_str_appendl(&out, t + copied, len - copied);
	smart_str_0(&out);
	/* What is left outside the literals, or in one that is not closed. */
	result = wo_secrets_mask(s, out.s);
	smart_str_free(&out);
	return result;
}

/* Appends segment as it is, or, when its decoded text holds a secret,
 * that text masked and escaped again as XML. */
static void secrets_append_xml_segment(const wo_secrets *s, smart_str *out, const char *seg, size_t len,
                                       char *scratch)
{
	size_t n = memchr(seg, '&', len) ? wo_mask_xml_decode(seg, len, scratch) : 0;
	zend_string *masked;

	if (!n || !wo_mask_find(scratch, n, s->items, s->count, NULL, NULL)) {
		smart_str_appendl(out, seg, len);
		return;
	}
	masked = secrets_mask_decoded(s, scratch, n);
	for (size_t i = 0; i < ZSTR_LEN(masked); i++) {
		switch (ZSTR_VAL(masked)[i]) {
		case '&': smart_str_appends(out, "&amp;"); break;
		case '<': smart_str_appends(out, "&lt;"); break;
		case '>': smart_str_appends(out, "&gt;"); break;
		case '"': smart_str_appends(out, "&quot;"); break;
		case '\'': smart_str_appends(out, "&apos;"); break;
		default: smart_str_appendc(out, ZSTR_VAL(masked)[i]);
		}
	}
	zend_string_release(masked);
}

/* Where the markup that starts at t[i] ('<') ends: comments, CDATA and
 * processing instructions hold no entities and are left as they are. */
static size_t secrets_xml_markup_end(const char *t, size_t len, size_t i, bool *is_tag)
{
	static const struct { const char *open, *close; } raw[] = {
		{ "<!--", "-->" }, { "<![CDATA[", "]]>" }, { "<?", "?>" },
	};

	*is_tag = false;
	for (size_t k = 0; k < sizeof(raw) / sizeof(raw[0]); k++) {
		size_t open = strlen(raw[k].open), close = strlen(raw[k].close);
		if (len - i >= open && memcmp(t + i, raw[k].open, open) == 0) {
			const char *end = zend_memnstr(t + i + open, raw[k].close, close, t + len);
			return end ? (size_t) (end - t) + close : len;
		}
	}
	*is_tag = true;
	return len;
}

zend_string *wo_secrets_mask_xml(const wo_secrets *s, zend_string *text)
{
	const char *t = ZSTR_VAL(text);
	size_t len = ZSTR_LEN(text), i = 0;
	smart_str out = {0};
	char *scratch;
	zend_string *result;

	if (!s || !s->count || !memchr(t, '&', len)) {
		return wo_secrets_mask(s, text);
	}
	scratch = emalloc(len);
	while (i < len) {
		bool is_tag;
		const char *lt = memchr(t + i, '<', len - i);
		size_t stop = lt ? (size_t) (lt - t) : len, end;

		/* Character data up to the next markup. */
		secrets_append_xml_segment(s, &out, t + i, stop - i, scratch);
		if (stop == len) {
			break;
		}
		end = secrets_xml_markup_end(t, len, stop, &is_tag);
		if (!is_tag) {
			smart_str_appendl(&out, t + stop, end - stop);
			i = end;
			continue;
		}
		/* A tag: its attribute values are text too. */
		for (i = stop; i < len && t[i] != '>';) {
			if (t[i] == '"' || t[i] == '\'') {
				const char *close = memchr(t + i + 1, t[i], len - i - 1);
				size_t value_end = close ? (size_t) (close - t) : len;

				smart_str_appendc(&out, t[i]);
				secrets_append_xml_segment(s, &out, t + i + 1, value_end - i - 1, scratch);
				if (close) {
					smart_str_appendc(&out, *close);
				}
				i = close ? value_end + 1 : len;
			} else {
				smart_str_appendc(&out, t[i++]);
			}
		}
		if (i < len) {
			smart_str_appendc(&out, '>');
			i++;
		}
	}
	efree(scratch);
	smart_str_0(&out);
	/* What is left: secrets written raw, or in markup. */
	result = wo_secrets_mask(s, out.s);
	smart_str_free(&out);
	return result;
}

static void secrets_mask_zval(const wo_secrets *s, zval *src, zval *dst, int depth)
{
	ZVAL_DEREF(src);
	if (Z_TYPE_P(src) == IS_STRING) {
		ZVAL_STR(dst, wo_secrets_mask(s, Z_STR_P(src)));
		return;
	}
	if (Z_TYPE_P(src) == IS_ARRAY && s && s->count) {
		HashTable *ht = Z_ARRVAL_P(src);
		zend_string *key;
		zend_ulong index;
		zval *value, copy;

		/* Arrays from a localAPI() of the caller's may refer to themselves. */
		if (depth >= WO_SECRETS_MAX_DEPTH || GC_IS_RECURSIVE(ht)) {
			ZVAL_STRINGL(dst, "[nested too deep]", sizeof("[nested too deep]") - 1);
			return;
		}
		/* The empty array and literal arrays are immutable: no mark. */
		GC_TRY_PROTECT_RECURSION(ht);
		array_init_size(dst, zend_hash_num_elements(ht));
		ZEND_HASH_FOREACH_KEY_VAL(ht, index, key, value) {
			secrets_mask_zval(s, value, &copy, depth + 1);
			if (key) {
				zend_string *masked_key = wo_secrets_mask(s, key);
				zend_hash_update(Z_ARRVAL_P(dst), masked_key, &copy);
				zend_string_release(masked_key);
			} else {
				zend_hash_index_update(Z_ARRVAL_P(dst), index, &copy);
			}
		} ZEND_HASH_FOREACH_END();
		GC_TRY_UNPROTECT_RECURSION(ht);
		return;
	}
	ZVAL_COPY(dst, src);
}

void wo_secrets_mask_zval(const wo_secrets *s, zval *value, zval *copy)
{
	secrets_mask_zval(s, value, copy, 0);
}

static void secrets_scrub_one(const wo_secrets *s, zend_object *ex)
{
	zend_class_entry *scope = NULL;
	zval rv, *message, *response;

	message = zend_read_property_ex(zend_ce_exception, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), true, &rv);
	if (Z_TYPE_P(message) == IS_STRING && wo_secrets_mentions(s, Z_STRVAL_P(message), Z_STRLEN_P(message))) {
		zend_string *masked = wo_secrets_mask(s, Z_STR_P(message));

		if (wo_secrets_mentions(s, ZSTR_VAL(masked), ZSTR_LEN(masked))) {
			zend_string_release(masked);
			masked = zend_string_init(ZEND_STRL("[message withheld: it repeats a credential]"), 0);
		}
		zend_update_property_str(zend_ce_exception, ex, ZEND_STRL("message"), masked);
		zend_string_release(masked);
	}

	if (instanceof_function(ex->ce, wo_ce_whmcs_exception)) {
		scope = wo_ce_whmcs_exception;
	} else if (instanceof_function(ex->ce, wo_ce_opensrs_exception)) {
		scope = wo_ce_opensrs_exception;
	}
	if (scope) {
		response = zend_read_property(scope, ex, ZEND_STRL("response"), true, &rv);
		if (Z_TYPE_P(response) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(response))) {
			zval masked;
			wo_secrets_mask_zval(s, response, &masked);
			zend_update_property(scope, ex, ZEND_STRL("response"), &masked);
			zval_ptr_dtor(&masked);
		}
	}
}

void wo_secrets_scrub_exception(const wo_secrets *s, zend_object *ex)
{
	if (!s || !s->count) {
		return;
	}
	/* exit() unwinds with an object that is no Throwable: nothing to do. */
	for (int i = 0; ex && instanceof_function(ex->ce, zend_ce_throwable) && i < WO_SECRETS_MAX_CHAIN; i++) {
		zval rv, *previous;

		if (instanceof_function(ex->ce, wo_ce_exception)) {
			secrets_scrub_one(s, ex);
		}
		previous = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_PREVIOUS), true, &rv);
		ex = Z_TYPE_P(previous) == IS_OBJECT ? Z_OBJ_P(previous) : NULL;
	}
}

void wo_secrets_free(wo_secrets *s)
{
	for (uint32_t i = 0; i < s->count; i++) {
		ZEND_SECURE_ZERO((char *) s->items[i].value, s->items[i].len);
		efree((char *) s->items[i].value);
	}
	if (s->items) {
		efree(s->items);
	}
	memset(s, 0, sizeof(*s));
}
