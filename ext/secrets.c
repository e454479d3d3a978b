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
#include "zend_enum.h"

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

/* erealloc() and efree() are macros; the matcher wants functions. They
 * never fail: the engine bails out when memory runs out. */
static void *secrets_grow(void *ptr, size_t size)
{
	return erealloc(ptr, size);
}

static void secrets_release(void *ptr)
{
	efree(ptr);
}

/* The matcher of s's items: a cache, made on first use even through a
 * const list, since every output of the call reads the same secrets. NULL
 * only if it could not be made (32-bit node numbers run out), and then
 * every text is taken as holding a secret. */
static wo_mask_matcher *secrets_matcher(const wo_secrets *s)
{
	wo_secrets *cache = (wo_secrets *) s;

	if (!cache->matcher) {
		cache->matcher = wo_mask_compile(s->items, s->count, secrets_grow, secrets_release);
	}
	return cache->matcher;
}

/* Whether text spells one of the items (the secrets of
 * WO_SECRETS_MIN_SEARCHED bytes or more). */
static bool secrets_spells(const wo_secrets *s, const char *text, size_t len)
{
	wo_mask_matcher *m;

	wo_secrets_complete(s);
	if (!s || !s->count) {
		return false;
	}
	m = secrets_matcher(s);
	return !m || wo_mask_mentions(m, text, len);
}

static HashTable *secrets_set(HashTable **set)
{
	if (!*set) {
		ALLOC_HASHTABLE(*set);
		zend_hash_init(*set, 8, NULL, NULL, 0);
	}
	return *set;
}

/* The text a number is compared by: an integral value that fits in a
 * zend_long as one, any other with all 17 significant digits. A numeric
 * secret and a number decoded from its digits then read alike, however
 * the server wrote it ("0123" as 123, a 19-digit card number as a float). */
static size_t secrets_number_text(double d, bool integral, zend_long l, char out[64])
{
	if (integral) {
		return (size_t) snprintf(out, 64, ZEND_LONG_FMT, l);
	}
	if (ZEND_DOUBLE_FITS_LONG(d) && (double) (zend_long) d == d) {
		return (size_t) snprintf(out, 64, ZEND_LONG_FMT, (zend_long) d);
	}
	return (size_t) snprintf(out, 64, "%.17G", d);
}

static void secrets_add_number(wo_secrets *s, const char *value, size_t len)
{
	zend_long l;
	double d;
	char text[64];
	zend_uchar type = is_numeric_string(value, len, &l, &d, false);

	if (type == IS_LONG || (type == IS_DOUBLE && zend_finite(d))) {
		size_t n = secrets_number_text(d, type == IS_LONG, l, text);
		zend_hash_str_add_empty_element(secrets_set(&s->numbers), text, n);
		ZEND_SECURE_ZERO(text, sizeof(text));
	}
}

void wo_secrets_add(wo_secrets *s, const char *value, size_t len)
{
	wo_secrets_complete(s);
	if (len < WO_SECRETS_MIN_WORD
	    || !zend_hash_str_add_empty_element(secrets_set(&s->seen), value, len)) {
		return;
	}
	secrets_add_number(s, value, len);
	if (len < WO_SECRETS_MIN_SEARCHED) {
		/* Found again through s->seen, as a word of the text. */
		s->word_count++;
		return;
	}
	if (s->count == s->size) {
		s->size = s->size ? s->size * 2 : 8;
		s->items = safe_erealloc(s->items, s->size, sizeof(*s->items), 0);
	}
	s->items[s->count].value = estrndup(value, len);
	s->items[s->count].len = len;
	s->count++;
	wo_mask_free(s->matcher);
	s->matcher = NULL;
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
	if (o->sensitive && !s->names) {
		s->names = zend_string_copy(o->sensitive);
	}
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

/* ---- sensitive names ---------------------------------------------------- */

/* name in lower case, without the ASCII characters other than letters and
 * digits (bytes past ASCII are kept); out holds len bytes. */
static size_t secrets_normalize(const char *name, size_t len, char *out)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char) name[i];

		if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
			out[n++] = (char) c;
		} else if (c >= 'A' && c <= 'Z') {
			out[n++] = (char) (c - 'A' + 'a');
		}
	}
	return n;
}

/*
 * Fragments of sensitive names, normalised. Where each comes from (WHMCS
 * API reference: action; OpenSRS XCP: command):
 *   pass        WHMCS password2 (AddClient, UpdateClient, AddContact,
 *               UpdateContact, ValidateLogin, EncryptPassword,
 *               DecryptPassword and its answer), password (AddUser; the
 *               answers of DecryptPassword and GetClientsProducts),
 *               servicepassword (UpdateClientProduct, ModuleChangePw,
 *               AcceptOrder); OpenSRS reg_password (sw_register, change
 *               password, set cookie), sub_password (add/modify subuser)
 *   pwd rootpw  newpwd and the like; rootpw (AddOrder, VPS orders)
 *   secret      API secrets of any kind
 *   cardnum     cardnum (AddClient, UpdateClient, gateway capture),
 *               card_number (AddPayMethod, UpdatePayMethod)
 *   ccnum       ccnumber and the like
 *   cvv cvc     cvv (AddClient, CapturePayment), cccvv (gateway capture)
 *   cardexp expdate cardstart issuenum
 *               expdate, startdate, issuenumber (AddClient, UpdateClient),
 *               card_expiry, card_start, card_issue_number (AddPayMethod,
 *               UpdatePayMethod), cardexp, cardstart, cardissuenum
 *               (gateway capture)
 *   accountnumber
 *               bank_account_number and the like
 *   securityqans securityanswer
 *               securityqans (AddClient, UpdateClient)
 *   eppcode     eppcode (DomainTransfer, AddOrder, DomainGetEPPCode's
 *               answer)
 *   authcode authinfo
 *               OpenSRS auth_info (sw_register transfers),
 *               domain_auth_info (get and modify domain), authcodes
 *   token       access_token (CreateSsoToken's answer), gateway tokens
 *   apikey privatekey accesskey
 *               accesskey (WHMCS), PrivateKey (WHMCS's OpenSRS registrar
 *               settings, UpdateModuleConfiguration), API keys
 *   cookie      OpenSRS cookie (set cookie's answer, then sent with
 *               commands on a domain)
 */
typedef struct {
	const char *text;
	size_t len;
} secrets_name;

#define SECRETS_NAME(text) { text, sizeof(text) - 1 }

/* The fragments above by their first letter: every key of a call's data,
 * of the answer and of what the log shows is searched for them, and at
 * each position of a key only those that start with its letter are
 * compared. */
static const secrets_name secrets_fragments_a[] = {
	SECRETS_NAME("accesskey"), SECRETS_NAME("accountnumber"), SECRETS_NAME("apikey"), SECRETS_NAME("authcode"),
	SECRETS_NAME("authinfo"),
};
static const secrets_name secrets_fragments_c[] = {
	SECRETS_NAME("cardexp"), SECRETS_NAME("cardnum"), SECRETS_NAME("cardstart"), SECRETS_NAME("ccnum"),
	SECRETS_NAME("cookie"), SECRETS_NAME("cvc"), SECRETS_NAME("cvv"),
};
static const secrets_name secrets_fragments_e[] = { SECRETS_NAME("eppcode"), SECRETS_NAME("expdate") };
static const secrets_name secrets_fragments_i[] = { SECRETS_NAME("issuenum") };
static const secrets_name secrets_fragments_p[] = {
	SECRETS_NAME("pass"), SECRETS_NAME("privatekey"), SECRETS_NAME("pwd"),
};
static const secrets_name secrets_fragments_r[] = { SECRETS_NAME("rootpw") };
static const secrets_name secrets_fragments_s[] = {
	SECRETS_NAME("secret"), SECRETS_NAME("securityanswer"), SECRETS_NAME("securityqans"),
};
static const secrets_name secrets_fragments_t[] = { SECRETS_NAME("token") };

#define SECRETS_FRAGMENTS(list) *count = sizeof(list) / sizeof(list[0]); return list

/* The fragments that start with c; *count of them. */
static const secrets_name *secrets_fragments_from(char c, size_t *count)
{
	switch (c) {
	case 'a': SECRETS_FRAGMENTS(secrets_fragments_a);
	case 'c': SECRETS_FRAGMENTS(secrets_fragments_c);
	case 'e': SECRETS_FRAGMENTS(secrets_fragments_e);
	case 'i': SECRETS_FRAGMENTS(secrets_fragments_i);
	case 'p': SECRETS_FRAGMENTS(secrets_fragments_p);
	case 'r': SECRETS_FRAGMENTS(secrets_fragments_r);
	case 's': SECRETS_FRAGMENTS(secrets_fragments_s);
	case 't': SECRETS_FRAGMENTS(secrets_fragments_t);
	default:
		*count = 0;
		return NULL;
	}
}

#undef SECRETS_FRAGMENTS

/* Sensitive only as a whole name (or a whole "[...]" part of one): as
 * fragments they would name much else (bank_account_type, shipping).
 * bank_account: AddPayMethod, UpdatePayMethod. */
static const secrets_name secrets_whole_names[] = {
	SECRETS_NAME("bankaccount"), SECRETS_NAME("iban"), SECRETS_NAME("pin"), SECRETS_NAME("pw"),
};

static bool secrets_has_fragment(const char *norm, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		size_t count;
		const secrets_name *f = secrets_fragments_from(norm[i], &count);

		for (size_t j = 0; j < count; j++) {
			if (f[j].len <= len - i && memcmp(norm + i, f[j].text, f[j].len) == 0) {
				return true;
			}
		}
	}
	return false;
}

/* Whether norm is one of the built-in whole names or of the
 * ','-separated further names. */
static bool secrets_is_whole_name(const char *norm, size_t len, const zend_string *further)
{
	for (size_t i = 0; i < sizeof(secrets_whole_names) / sizeof(secrets_whole_names[0]); i++) {
		if (secrets_whole_names[i].len == len && memcmp(secrets_whole_names[i].text, norm, len) == 0) {
			return true;
		}
	}
	if (further && len) {
		const char *p = ZSTR_VAL(further), *end = p + ZSTR_LEN(further);

		while (p < end) {
			const char *comma = memchr(p, ',', (size_t) (end - p));
			size_t n = comma ? (size_t) (comma - p) : (size_t) (end - p);

			if (n == len && memcmp(p, norm, len) == 0) {
				return true;
			}
			p += n + 1;
		}
	}
	return false;
}

bool wo_secrets_key_is_sensitive(const wo_secrets *s, const zend_string *key)
{
	const char *k = ZSTR_VAL(key);
	size_t len = ZSTR_LEN(key), n, start = 0;
	char stack[128];
	char *norm = len <= sizeof(stack) ? stack : emalloc(len);
	bool found;

	n = secrets_normalize(k, len, norm);
	found = secrets_has_fragment(norm, n);
	if (!found && !memchr(k, '[', len) && !memchr(k, ']', len)) {
		/* The name is its one part, normalised already. */
		found = secrets_is_whole_name(norm, n, s ? s->names : NULL);
	} else {
		/* A key such as "customfields[cardpin]" reaches WHMCS as nested
		 * names: each part is a name of its own. */
		for (size_t i = 0; !found && i <= len; i++) {
			if (i == len || k[i] == '[' || k[i] == ']') {
				n = secrets_normalize(k + start, i - start, norm);
				found = secrets_is_whole_name(norm, n, s ? s->names : NULL);
				start = i + 1;
			}
		}
	}
	if (norm != stack) {
		efree(norm);
	}
	return found;
}

zend_string *wo_secrets_parse_names(const char *list, size_t len, bool *bad)
{
	smart_str out = {0};
	size_t start = 0;

	*bad = false;
	for (size_t i = 0; i <= len && !*bad; i++) {
		if (i < len && list[i] != ',') {
			continue;
		}
		{
			char *norm = emalloc(i - start + 1);
			size_t n = secrets_normalize(list + start, i - start, norm);
			bool letter = false, blank = true;

			for (size_t j = start; j < i; j++) {
				blank = blank && (list[j] == ' ' || list[j] == '\t');
			}
			for (size_t j = 0; j < n; j++) {
				letter = letter || (norm[j] >= 'a' && norm[j] <= 'z') || (unsigned char) norm[j] >= 0x80;
			}
			if (!blank && !letter) {
				*bad = true;
			} else if (!blank) {
				if (out.s) {
					smart_str_appendc(&out, ',');
				}
				smart_str_appendl(&out, norm, n);
			}
			efree(norm);
		}
		start = i + 1;
	}
	if (*bad || !out.s) {
		smart_str_free(&out);
		return NULL;
	}
	smart_str_0(&out);
	return smart_str_extract(&out);
}

/* ---- gathering --------------------------------------------------------- */

/* answer: data is what a server answered, which the exception that
 * carries it may have had masked already: a value holding the mask is no
 * secret of its own. */
static void secrets_add_sensitive(wo_secrets *s, zval *data, bool sensitive, bool answer, int depth)
{
	ZVAL_DEREF(data);
#if PHP_VERSION_ID >= 80400
	/* Sent as its value (form encoding), so a secret as that. */
	if (Z_TYPE_P(data) == IS_OBJECT && (Z_OBJCE_P(data)->ce_flags & ZEND_ACC_ENUM)
	    && Z_OBJCE_P(data)->enum_backing_type != IS_UNDEF) {
		data = zend_enum_fetch_case_value(Z_OBJ_P(data));
	}
#endif
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
			secrets_add_sensitive(s, value, sensitive || (key && wo_secrets_key_is_sensitive(s, key)), answer,
				depth + 1);
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
	} else if (sensitive && Z_TYPE_P(data) == IS_STRING && answer
	           && zend_memnstr(Z_STRVAL_P(data), ZEND_STRL(WO_SECRETS_MASK), Z_STRVAL_P(data) + Z_STRLEN_P(data))) {
		return;
	} else if (sensitive && (Z_TYPE_P(data) == IS_STRING || Z_TYPE_P(data) == IS_LONG)) {
		zend_string *text = zval_get_string(data);
		secrets_add_str(s, text);
		zend_string_release(text);
	}
}

void wo_secrets_add_sensitive(wo_secrets *s, zval *data)
{
	wo_secrets_complete(s);
	if (data) {
		secrets_add_sensitive(s, data, false, false, 0);
	}
}

void wo_secrets_add_answer(wo_secrets *s, zval *value, zend_object *ex)
{
	zend_class_entry *scope = NULL;
	zval rv;

	if (!value && !ex) {
		return;
	}
	wo_secrets_complete(s);
	if (value) {
		secrets_add_sensitive(s, value, false, true, 0);
	}
	if (!ex) {
		return;
	}
	if (instanceof_function(ex->ce, wo_ce_whmcs_exception)) {
		scope = wo_ce_whmcs_exception;
	} else if (instanceof_function(ex->ce, wo_ce_opensrs_exception)) {
		scope = wo_ce_opensrs_exception;
	}
	if (scope) {
		secrets_add_sensitive(s, zend_read_property(scope, ex, ZEND_STRL("response"), true, &rv), false, true, 0);
	}
}

void wo_secrets_defer(wo_secrets *s, const wo_options *o, zval *data)
{
	if (o->sensitive && !s->names) {
		s->names = zend_string_copy(o->sensitive);
	}
	s->deferred_options = o;
	s->deferred_data = data;
}

/* The list is the same whenever it is gathered: a cache, filled through a
 * const pointer as the first reader finds it empty. */
void wo_secrets_complete(const wo_secrets *s)
{
	wo_secrets *list = (wo_secrets *) s;
	const wo_options *o = s ? s->deferred_options : NULL;
	zval *data = o ? s->deferred_data : NULL;

	if (!o) {
		return;
	}
	list->deferred_options = NULL;
	list->deferred_data = NULL;
	wo_secrets_add_options(list, o);
	wo_secrets_add_sensitive(list, data);
}

/* ---- masking ----------------------------------------------------------- */

/* Letters and digits, and the bytes of UTF-8 letters: what a word of
 * WO_SECRETS_MIN_WORD bytes may not touch on either side. */
static bool secrets_is_word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether a short secret stands at t[i] as a word of its own. */
static bool secrets_word_at(const wo_secrets *s, const char *t, size_t len, size_t i)
{
	return len - i >= WO_SECRETS_MIN_WORD
		&& (i == 0 || !secrets_is_word_byte((unsigned char) t[i - 1]))
		&& (len - i == WO_SECRETS_MIN_WORD || !secrets_is_word_byte((unsigned char) t[i + WO_SECRETS_MIN_WORD]))
		&& zend_hash_str_exists(s->seen, t + i, WO_SECRETS_MIN_WORD);
}

/* text with each short secret that stands as a word masked; one pass. */
static zend_string *secrets_mask_words(const wo_secrets *s, zend_string *text)
{
	const char *t = ZSTR_VAL(text);
	size_t len = ZSTR_LEN(text), copied = 0;
	smart_str out = {0};

	for (size_t i = 0; i < len; i++) {
		if (secrets_word_at(s, t, len, i)) {
			smart_str_appendl(&out, t + copied, i - copied);
			smart_str_appendl(&out, WO_SECRETS_MASK, sizeof(WO_SECRETS_MASK) - 1);
			copied = i + WO_SECRETS_MIN_WORD;
			i = copied - 1;
		}
	}
	if (!out.s) {
		return zend_string_copy(text);
	}
	smart_str_appendl(&out, t + copied, len - copied);
	smart_str_0(&out);
	return smart_str_extract(&out);
}

static bool secrets_mentions_word(const wo_secrets *s, const char *text, size_t len)
{
	for (size_t i = 0; s && s->word_count && i < len; i++) {
		if (secrets_word_at(s, text, len, i)) {
			return true;
		}
	}
	return false;
}

bool wo_secrets_mentions(const wo_secrets *s, const char *text, size_t len)
{
	wo_secrets_complete(s);
	return secrets_spells(s, text, len) || secrets_mentions_word(s, text, len);
}

/* text with every spelling of the secrets of WO_SECRETS_MIN_SEARCHED bytes
 * or more masked: each region the matcher finds becomes one mask. */
static zend_string *secrets_mask_spellings(const wo_secrets *s, zend_string *text)
{
	wo_mask_regions regions = {0};
	wo_mask_matcher *m;
	smart_str out = {0};
	size_t at = 0;

	if (!s || !s->count) {
		return zend_string_copy(text);
	}
	if (!(m = secrets_matcher(s))) {
		return zend_string_init(WO_SECRETS_MASK, sizeof(WO_SECRETS_MASK) - 1, 0);
	}
	wo_mask_find_regions(m, ZSTR_VAL(text), ZSTR_LEN(text), &regions);
	if (regions.count == 0) {
		wo_mask_regions_free(m, &regions);
		return zend_string_copy(text);
	}
	for (size_t i = 0; i < regions.count; i++) {
		smart_str_appendl(&out, ZSTR_VAL(text) + at, regions.items[i].start - at);
		smart_str_appendl(&out, WO_SECRETS_MASK, sizeof(WO_SECRETS_MASK) - 1);
		at = regions.items[i].end;
	}
	smart_str_appendl(&out, ZSTR_VAL(text) + at, ZSTR_LEN(text) - at);
	wo_mask_regions_free(m, &regions);
	smart_str_0(&out);
	return smart_str_extract(&out);
}

zend_string *wo_secrets_mask(const wo_secrets *s, zend_string *text)
{
	zend_string *masked, *words;

	wo_secrets_complete(s);
	masked = secrets_mask_spellings(s, text);

	if (!s || !s->word_count) {
		return masked;
	}
	words = secrets_mask_words(s, masked);
	zend_string_release(masked);
	return words;
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

	wo_secrets_complete(s);
	if (!s || !s->count || !memchr(t, '"', len)) {
		return wo_secrets_mask(s, text);
	}
	decoded = emalloc(len);
	while ((quote = memchr(t + at, '"', len - at)) != NULL
	       && (end = wo_mask_json_literal(t, len, (size_t) (quote - t), decoded, &decoded_len)) != 0) {
		if (secrets_spells(s, decoded, decoded_len)) {
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

	if (!n || !secrets_spells(s, scratch, n)) {
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

	wo_secrets_complete(s);
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

/* The text a number prints as, with every digit a large one has. */
static zend_string *secrets_number_string(const zval *number)
{
	smart_str buf = {0};

	if (Z_TYPE_P(number) == IS_LONG) {
		smart_str_append_long(&buf, Z_LVAL_P(number));
	} else {
		smart_str_append_double(&buf, Z_DVAL_P(number), 17, false);
	}
	smart_str_0(&buf);
	return smart_str_extract(&buf);
}

/* Whether number is the value of a numeric secret (secrets_number_text()). */
static bool secrets_is_secret_number(const wo_secrets *s, const zval *number)
{
	char text[64];
	size_t n;

	if (!s || !s->numbers || (Z_TYPE_P(number) == IS_DOUBLE && !zend_finite(Z_DVAL_P(number)))) {
		return false;
	}
	n = Z_TYPE_P(number) == IS_LONG ? secrets_number_text(0, true, Z_LVAL_P(number), text)
		: secrets_number_text(Z_DVAL_P(number), false, 0, text);
	return zend_hash_str_exists(s->numbers, text, n);
}

/* A number masked: the mask when it is a secret, its text masked when its
 * text holds one, else NULL (the number stays as it is). */
static zend_string *secrets_mask_number(const wo_secrets *s, const zval *number, bool sensitive)
{
	zend_string *text, *masked = NULL;

	if (sensitive || secrets_is_secret_number(s, number)) {
		return zend_string_init(WO_SECRETS_MASK, sizeof(WO_SECRETS_MASK) - 1, 0);
	}
	text = secrets_number_string(number);
	if (wo_secrets_mentions(s, ZSTR_VAL(text), ZSTR_LEN(text))) {
		masked = wo_secrets_mask(s, text);
	}
	zend_string_release(text);
	return masked;
}

/* Puts value under key (or index) in dst. Two keys masked alike must not
 * make one entry replace the other: the later gets a number. */
static void secrets_put(HashTable *dst, zend_string *key, zend_ulong index, zval *value)
{
	if (!key) {
		zend_hash_index_update(dst, index, value);
		return;
	}
	for (uint32_t n = 2; !zend_hash_add(dst, key, value); n++) {
		zend_string *numbered = zend_strpprintf(0, "%s (%u)", ZSTR_VAL(key), n);
		if (zend_hash_add(dst, numbered, value)) {
			zend_string_release(numbered);
			return;
		}
		zend_string_release(numbered);
	}
}

static void secrets_mask_zval(const wo_secrets *s, zval *src, zval *dst, bool sensitive, int depth);

static void secrets_mask_array(const wo_secrets *s, HashTable *ht, zval *dst, bool sensitive, int depth)
{
	zend_string *key;
	zend_ulong index;
	zval *value, copy, number;

	/* Arrays from a localAPI() of the caller's may refer to themselves. */
	if (depth >= WO_SECRETS_MAX_DEPTH || GC_IS_RECURSIVE(ht)) {
		ZVAL_STRINGL(dst, "[nested too deep]", sizeof("[nested too deep]") - 1);
		return;
	}
	/* The empty array and literal arrays are immutable: no mark. */
	GC_TRY_PROTECT_RECURSION(ht);
	array_init_size(dst, zend_hash_num_elements(ht));
	ZEND_HASH_FOREACH_KEY_VAL(ht, index, key, value) {
		zend_string *masked_key;

		secrets_mask_zval(s, value, &copy, sensitive || (key && wo_secrets_key_is_sensitive(s, key)), depth + 1);
		if (key) {
			masked_key = wo_secrets_mask(s, key);
		} else {
			/* ext/json and the OPS decoder file "4111111111111111" as an
			 * integer key. */
			ZVAL_LONG(&number, (zend_long) index);
			masked_key = secrets_mask_number(s, &number, false);
		}
		secrets_put(Z_ARRVAL_P(dst), masked_key, index, &copy);
		if (masked_key) {
			zend_string_release(masked_key);
		}
	} ZEND_HASH_FOREACH_END();
	GC_TRY_UNPROTECT_RECURSION(ht);
}

static void secrets_mask_zval(const wo_secrets *s, zval *src, zval *dst, bool sensitive, int depth)
{
	zend_string *masked;

	ZVAL_DEREF(src);
	switch (Z_TYPE_P(src)) {
	case IS_STRING:
		if (sensitive && Z_STRLEN_P(src)) {
			ZVAL_STRINGL(dst, WO_SECRETS_MASK, sizeof(WO_SECRETS_MASK) - 1);
		} else {
			ZVAL_STR(dst, wo_secrets_mask(s, Z_STR_P(src)));
		}
		return;
	case IS_LONG:
	case IS_DOUBLE:
		if ((masked = secrets_mask_number(s, src, sensitive)) != NULL) {
			ZVAL_STR(dst, masked);
		} else {
			ZVAL_COPY(dst, src);
		}
		return;
	case IS_ARRAY:
		secrets_mask_array(s, Z_ARRVAL_P(src), dst, sensitive, depth);
		return;
	case IS_OBJECT:
		/* Its properties are its own to show (__debugInfo(), hooks): a
		 * copy would run the caller's code, and may hold anything. */
		ZVAL_STR(dst, zend_strpprintf(0, "[object %s]", ZSTR_VAL(Z_OBJCE_P(src)->name)));
		return;
	default:
		/* null, booleans, resources: no text to hold a secret. */
		ZVAL_COPY(dst, src);
	}
}

void wo_secrets_mask_zval(const wo_secrets *s, zval *value, zval *copy)
{
	wo_secrets_complete(s);
	secrets_mask_zval(s, value, copy, false, 0);
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
	/* Even without a secret to search for, getResponse() may answer one
	 * under a sensitive name. */
	if (!s) {
		return;
	}
	wo_secrets_complete(s);
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

/* The keys of a set hold secrets: wiped before their memory goes back. */
static void secrets_set_free(HashTable *set)
{
	zend_string *key;

	if (!set) {
		return;
	}
	ZEND_HASH_FOREACH_STR_KEY(set, key) {
		if (key && !ZSTR_IS_INTERNED(key) && GC_REFCOUNT(key) == 1) {
			ZEND_SECURE_ZERO(ZSTR_VAL(key), ZSTR_LEN(key));
		}
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(set);
	FREE_HASHTABLE(set);
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
	secrets_set_free(s->seen);
	secrets_set_free(s->numbers);
	if (s->names) {
		zend_string_release(s->names);
	}
	wo_mask_free(s->matcher);
	memset(s, 0, sizeof(*s));
}
