/*
 * The secrets of one call, gathered once when the call starts and used by
 * everything it outputs: exception messages, excerpts, getResponse(), the
 * module log. A secret is found in any spelling a reply or a log can hold
 * it in (mask.h) and replaced with WO_SECRETS_MASK, which is the same
 * whatever the secret's length.
 */
#ifndef WO_SECRETS_H
#define WO_SECRETS_H

#include "php.h"
#include "mask.h"
#include "options.h"

#define WO_SECRETS_MASK "********"

/* A secret shorter than this is not searched for: masking every "1" or
 * every "k" would leave nothing to read, and so short a secret is no
 * secret. It still never enters a message or a log as sent (credentials
 * are not logged, sensitive parameters are masked by their key). */
#define WO_SECRETS_MIN_SEARCHED 4

/* A secret of this length, shorter than WO_SECRETS_MIN_SEARCHED (a
 * 3-digit CVV, a short security answer), is masked where it stands as a
 * word of its own: not inside a longer run of letters and digits, and as
 * written only. Shorter ones are masked by their name alone. */
#define WO_SECRETS_MIN_WORD 3

typedef struct {
	wo_mask_secret *items;   /* our own copies, wiped when freed */
	uint32_t count;
	uint32_t size;
	wo_mask_secret *words;   /* WO_SECRETS_MIN_WORD long, masked as words */
	uint32_t word_count;
	uint32_t word_size;
	HashTable *seen;         /* every value added, to add each once */
	HashTable *numbers;      /* numeric secrets as a number prints (see below) */
	zend_string *names;      /* further sensitive names, normalised, ','-separated */
	/* The matcher for items, made when first needed, dropped by an add. */
	wo_mask_matcher *matcher;
	/* Where the list is gathered from when it is first read (see
	 * wo_secrets_defer()); NULL once gathered, or when not deferred. */
	const wo_options *deferred_options;
	zval *deferred_data;
} wo_secrets;

void wo_secrets_init(wo_secrets *s);

/*
 * Gathers the secrets of o and the sensitive values of data (may be NULL),
 * as wo_secrets_add_options() and wo_secrets_add_sensitive() would, when
 * the list is first read: by masking, a search, an answer's values added,
 * wo_secrets_complete(). Most calls neither log nor throw, and never read
 * it. The further sensitive names are taken at once. o and data must stay
 * as they are until the list is freed.
 */
void wo_secrets_defer(wo_secrets *s, const wo_options *o, zval *data);

/* Gathers a deferred list now; the functions below that read the list do
 * it themselves. Code that reads items or count directly calls it first. */
void wo_secrets_complete(const wo_secrets *s);

/* Adds value (nothing when shorter than WO_SECRETS_MIN_WORD or already
 * there). */
void wo_secrets_add(wo_secrets *s, const char *value, size_t len);

/*
 * The "sensitive" option and the ini setting whmcs_opensrs.sensitive:
 * names separated by commas (or, for the option, an array of them),
 * spaces around each ignored, empty ones skipped. Each must hold a letter.
 * Returns the names normalised (see wo_secrets_key_is_sensitive()) and
 * joined by ',' (NULL when there are none), or sets *bad and returns NULL.
 */
zend_string *wo_secrets_parse_names(const char *list, size_t len, bool *bad);

/*
 * Every credential o holds for its API, used by this call or not: WHMCS's
 * identifier, secret, password and its md5 (as sent, and in upper case),
 * access key; OpenSRS's api_key; the password of a user:password@ in the
 * URL or the proxy, as written, decoded, and as the Basic authorization
 * it becomes.
 */
void wo_secrets_add_options(wo_secrets *s, const wo_options *o);

/*
 * Whether a parameter name names a secret, at any depth of the data. Names
 * are compared in lower case without the characters other than letters
 * and digits, so that card_number, CardNumber and "card number" (which
 * PHP's $_POST files as card_number) are one name. A name is sensitive
 * when it holds a fragment of the built-in list (pass, cardnum, cvv,
 * authinfo, ...: WHMCS's and OpenSRS's names for passwords, payment data,
 * security answers, authorisation codes, tokens and keys), or when it, or
 * one of its "[...]" parts, is one of s's further names (may be NULL).
 */
bool wo_secrets_key_is_sensitive(const wo_secrets *s, const zend_string *key);

/* The values under sensitive keys anywhere in data (WHMCS params, OPS
 * attributes); the further names must be in s already. */
void wo_secrets_add_sensitive(wo_secrets *s, zval *data);

/*
 * The same for what the server answered: the decoded value of a call, or
 * the decoded response an exception of the extension's carries (ex may be
 * NULL). DecryptPassword answers with a password, DomainGetEPPCode with an
 * EPP code, CreateSsoToken with a token: the log masks them wherever else
 * they appear (redirect_url holds the token).
 */
void wo_secrets_add_answer(wo_secrets *s, zval *value, zend_object *ex);

bool wo_secrets_mentions(const wo_secrets *s, const char *text, size_t len);

/* text with every secret masked; a new reference either way. */
zend_string *wo_secrets_mask(const wo_secrets *s, zend_string *text);

/* As wo_secrets_mask(), for JSON: a string literal whose decoded text
 * holds a secret is written again, masked, so that a secret escaped once
 * more inside it (a JSON dump quoted in a message) is found too. */
zend_string *wo_secrets_mask_json(const wo_secrets *s, zend_string *text);

/* The same for XML: character data and attribute values are decoded,
 * and written again masked when they hold a secret. */
zend_string *wo_secrets_mask_xml(const wo_secrets *s, zend_string *text);

/*
 * A copy of value whose strings (array keys included) are masked, and the
 * values under sensitive keys replaced by WO_SECRETS_MASK. A number (a
 * server that answers with JSON_NUMERIC_CHECK turns a card number, a CVV or
 * a numeric key into one) whose text holds a secret, or whose value is
 * that of a numeric secret ("0123" comes back as 123), becomes its text
 * masked, a string; an integer key alike. An object (localAPI() may answer
 * with one) becomes a note naming its class. Arrays nested deeper than
 * ext/json decodes, or referring to themselves, are cut with a note.
 */
void wo_secrets_mask_zval(const wo_secrets *s, zval *value, zval *copy);

/*
 * Masks what an exception of the extension's (WhmcsOpensrs\Exception and
 * its subclasses) carries: its message and getResponse(), along the chain
 * of previous exceptions. Others are left as they are. A message that
 * still spells a secret once masked (a secret made of asterisks) is
 * replaced as a whole.
 */
void wo_secrets_scrub_exception(const wo_secrets *s, zend_object *ex);

/* Wipes and frees the copies. */
void wo_secrets_free(wo_secrets *s);

#endif
