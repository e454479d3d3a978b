/*
 * What whmcs_api_many() and opensrs_request_many() share around the
 * stages of single calls: reading $calls (each entry named in errors by its
 * key, never by a value), and answering in the order and with the keys of
 * $calls. The stages themselves (build, send, interpret, log) are the
 * single calls' own.
 */
#ifndef WO_MANY_H
#define WO_MANY_H

#include "php.h"
#include "transport.h"

/* Room for an entry's label. */
#define WO_MANY_LABEL_SIZE 80

/* The entries of $calls (argument 1), in order. What the fields give
 * (strings, arrays) is the batch's own until wo_many_release(), whatever
 * PHP code does to $calls meanwhile. */
typedef struct {
	uint32_t count;
	zend_string **keys;       /* per entry: its string key, or NULL */
	zend_ulong *indexes;      /* per entry: its integer key */
	zval *entries;            /* per entry: our copy of its fields (wo_own_value()) */
	char (*labels)[WO_MANY_LABEL_SIZE];
} wo_many_calls;

/*
 * Checks that every entry of calls is an array whose keys are among
 * fields (a NULL-terminated list) and fills m; a TypeError or ValueError
 * naming the entry otherwise, recursive (the API's "must not contain a
 * recursive ...") for a field that refers to itself. Release m with
 * wo_many_release() either way.
 */
zend_result wo_many_read(wo_many_calls *m, HashTable *calls, const char *const *fields, const char *recursive);
void wo_many_release(wo_many_calls *m);

/*
 * The field of entry i: a string (required) or an array (optional: NULL
 * when absent). A wrong type is a TypeError naming the entry and field.
 */
zend_result wo_many_string(const wo_many_calls *m, uint32_t i, const char *field, zend_string **out);
zend_result wo_many_array(const wo_many_calls *m, uint32_t i, const char *field, zval **out);

/*
 * A ValueError about entry i's field, "Argument #1 ($calls) entry "k":
 * "field" " followed by the printf-style text.
 */
void wo_many_value_error(const wo_many_calls *m, uint32_t i, const char *field, const char *format, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 4, 5);

/*
 * Puts entry i and field into the error a single call's check just threw
 * against argument 1 ("Argument #1 ($calls) must ..." becomes "Argument #1
 * ($calls) entry "k": "field" must ..."), so the checks are written once.
 */
void wo_many_locate_error(const wo_many_calls *m, uint32_t i, const char *field);

/* return_value: the results (taken over) under the keys of $calls, in order. */
void wo_many_answer(const wo_many_calls *m, zval *results, zval *return_value);

/*
 * Whether a throwable pending from a call ends the whole batch rather than
 * its slot: exit() (inside localAPI() or a logger) must propagate.
 */
bool wo_many_must_propagate(void);

/* An API's stages past the build, for calls sent together. */
typedef struct {
	wo_interpret_fn read;                          /* interpret an answer */
	size_t request_offset;                         /* of the built request in a call */
	void (*release_request)(void *call);           /* sending is over */
	void (*log)(void *call, zend_string *raw, zval *value, zend_object *ex);
} wo_many_stages;

/*
 * Sends n built calls together (transport.c), each read by stages->read
 * into results[i] (its value or exception); then, in the order of $calls,
 * releases what each needed for sending and logs it (logging: the log is
 * on), as its single form would. FAILURE when exit() in a logger ended
 * the script: no more entries are written.
 */
zend_result wo_many_send(const wo_options *o, void **calls, uint32_t n, bool logging,
                         const wo_many_stages *stages, zval *results);

#endif
