/* See many.h. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "own.h"
#include "many.h"

/* A key in a message: short printable ASCII as it is, in quotes; an
 * integer as PHP writes it (signed); anything else by its place, since keys
 * are the caller's and may hold anything. */
static void label_entry(zend_string *key, zend_ulong index, uint32_t position, char *out, size_t size)
{
	bool printable = key && ZSTR_LEN(key) > 0 && ZSTR_LEN(key) <= 48;

	for (size_t i = 0; printable && i < ZSTR_LEN(key); i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(key)[i];
		printable = c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
	}
	if (printable) {
		snprintf(out, size, "\"%s\"", ZSTR_VAL(key));
	} else if (!key) {
		snprintf(out, size, ZEND_LONG_FMT, (zend_long) index);
	} else {
		snprintf(out, size, "#%u", position + 1);
	}
}

static bool field_is_known(zend_string *name, const char *const *fields)
{
	for (; *fields; fields++) {
		if (zend_string_equals_cstr(name, *fields, strlen(*fields))) {
			return true;
		}
	}
	return false;
}

/* Entry i's fields, checked and made ours: what a call of the batch reads
 * of it stays as it was, whatever PHP code that runs before that call
 * (a logger, localAPI(), an error handler) does to $calls. */
static zend_result many_own_entry(wo_many_calls *m, uint32_t i, HashTable *entry, const char *const *fields,
                                  const char *recursive)
{
	zend_string *name;
	zval *value, owned;

	array_init_size(&m->entries[i], zend_hash_num_elements(entry));
	ZEND_HASH_FOREACH_STR_KEY_VAL(entry, name, value) {
		if (!name || !field_is_known(name, fields)) {
			if (name && ZSTR_LEN(name) <= 32) {
				zend_argument_value_error(1, "entry %s has an unknown field \"%s\"", m->labels[i],
					ZSTR_VAL(name));
			} else {
				zend_argument_value_error(1, "entry %s has an unknown field", m->labels[i]);
			}
			return FAILURE;
		}
		if (wo_own_value(value, &owned) == FAILURE) {
			wo_many_value_error(m, i, ZSTR_VAL(name), "%s", recursive);
			return FAILURE;
		}
		zend_hash_add_new(Z_ARRVAL(m->entries[i]), name, &owned);
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

zend_result wo_many_read(wo_many_calls *m, HashTable *calls, const char *const *fields, const char *recursive)
{
	zend_string *key;
	zend_ulong index;
	zval *entry;
	uint32_t i = 0;

	memset(m, 0, sizeof(*m));
	m->count = zend_hash_num_elements(calls);
	m->keys = ecalloc(m->count ? m->count : 1, sizeof(*m->keys));
	m->indexes = ecalloc(m->count ? m->count : 1, sizeof(*m->indexes));
	m->entries = ecalloc(m->count ? m->count : 1, sizeof(*m->entries));
	m->labels = ecalloc(m->count ? m->count : 1, sizeof(*m->labels));
	ZEND_HASH_FOREACH_KEY_VAL(calls, index, key, entry) {
		label_entry(key, index, i, m->labels[i], WO_MANY_LABEL_SIZE);
		m->keys[i] = key;
		m->indexes[i] = index;
		ZVAL_DEREF(entry);
		if (Z_TYPE_P(entry) != IS_ARRAY) {
			zend_argument_type_error(1, "entry %s must be of type array, %s given",
				m->labels[i], zend_zval_type_name(entry));
			return FAILURE;
		}
		if (many_own_entry(m, i, Z_ARRVAL_P(entry), fields, recursive) == FAILURE) {
			return FAILURE;
		}
		i++;
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

void wo_many_release(wo_many_calls *m)
{
	if (m->keys) {
		/* Entries not reached are zeroed: UNDEF, which needs nothing. */
		for (uint32_t i = 0; i < m->count; i++) {
			zval_ptr_dtor(&m->entries[i]);
		}
		efree(m->keys);
		efree(m->indexes);
		efree(m->entries);
		efree(m->labels);
	}
	memset(m, 0, sizeof(*m));
}

static zval *field_of(const wo_many_calls *m, uint32_t i, const char *field)
{
	/* Ours: no reference in it. */
	return zend_hash_str_find(Z_ARRVAL(m->entries[i]), field, strlen(field));
}

zend_result wo_many_string(const wo_many_calls *m, uint32_t i, const char *field, zend_string **out)
{
	zval *value = field_of(m, i, field);

	if (!value) {
		zend_argument_value_error(1, "entry %s must have the field \"%s\"", m->labels[i], field);
		return FAILURE;
	}
	if (Z_TYPE_P(value) != IS_STRING) {
		zend_argument_type_error(1, "entry %s: \"%s\" must be of type string, %s given", m->labels[i],
			field, zend_zval_type_name(value));
		return FAILURE;
	}
	*out = Z_STR_P(value);
	return SUCCESS;
}

zend_result wo_many_array(const wo_many_calls *m, uint32_t i, const char *field, zval **out)
{
	zval *value = field_of(m, i, field);

	*out = NULL;
	if (!value) {
		return SUCCESS;
	}
	if (Z_TYPE_P(value) != IS_ARRAY) {
		zend_argument_type_error(1, "entry %s: \"%s\" must be of type array, %s given", m->labels[i],
			field, zend_zval_type_name(value));
		return FAILURE;
	}
	*out = value;
	return SUCCESS;
}

void wo_many_value_error(const wo_many_calls *m, uint32_t i, const char *field, const char *format, ...)
{
	va_list args;
	char *text;

	va_start(args, format);
	zend_vspprintf(&text, 0, format, args);
	va_end(args);
	zend_argument_value_error(1, "entry %s: \"%s\" %s", m->labels[i], field, text);
	efree(text);
}

void wo_many_locate_error(const wo_many_calls *m, uint32_t i, const char *field)
{
	static const char marker[] = "($calls) ";
	zend_object *ex = EG(exception);
	zval rv, *message;
	const char *at;

	if (!ex) {
		return;
	}
	message = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), true, &rv);
	if (Z_TYPE_P(message) != IS_STRING
	    || !(at = zend_memnstr(Z_STRVAL_P(message), marker, sizeof(marker) - 1,
	                           Z_STRVAL_P(message) + Z_STRLEN_P(message)))) {
		return;
	}
	at += sizeof(marker) - 1;
	zend_string *located = zend_strpprintf(0, "%.*sentry %s: \"%s\" %s",
		(int) (at - Z_STRVAL_P(message)), Z_STRVAL_P(message), m->labels[i], field, at);
	zend_update_property_str(zend_get_exception_base(ex), ex, "message", sizeof("message") - 1, located);
	zend_string_release(located);
}

void wo_many_answer(const wo_many_calls *m, zval *results, zval *return_value)
{
	array_init_size(return_value, m->count);
	for (uint32_t i = 0; i < m->count; i++) {
		if (m->keys[i]) {
			zend_hash_update(Z_ARRVAL_P(return_value), m->keys[i], &results[i]);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(return_value), m->indexes[i], &results[i]);
		}
		ZVAL_UNDEF(&results[i]);
	}
}

bool wo_many_must_propagate(void)
{
	return EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)));
}

zend_result wo_many_send(const wo_options *o, void **calls, uint32_t n, bool logging,
                         const wo_many_stages *stages, zval *results)
{
	wo_http_request *reqs = ecalloc(n ? n : 1, sizeof(*reqs));
	zend_string **raws = logging && n ? ecalloc(n, sizeof(*raws)) : NULL;

	for (uint32_t i = 0; i < n; i++) {
		reqs[i] = *(const wo_http_request *) ((const char *) calls[i] + stages->request_offset);
	}
	wo_transport_call_many(o, reqs, calls, n, stages->read, results, raws);
	for (uint32_t i = 0; i < n; i++) {
		bool failed = Z_TYPE(results[i]) == IS_OBJECT;
		zend_string *raw = raws ? raws[i] : NULL;

		stages->release_request(calls[i]);
		if (wo_many_must_propagate()) {
			/* exit() in a logger ends the script: no more entries. */
			if (raw) {
				zend_string_release(raw);
			}
		} else {
			stages->log(calls[i], raw, failed ? NULL : &results[i], failed ? Z_OBJ(results[i]) : NULL);
		}
	}
	efree(reqs);
	if (raws) {
		efree(raws);
	}
	return wo_many_must_propagate() ? FAILURE : SUCCESS;
}
