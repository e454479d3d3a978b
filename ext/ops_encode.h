/*
 * The OPS encoder's PHP-free core: it writes the envelope from the same
 * events the decoder reports (ops_codec.h), so a value can be walked from
 * any source (zvals in ops_php.c, a fuzzer's program) and the round trip
 * checked event for event.
 *
 *   begin(kind) ... end()      a dt_assoc or dt_array
 *   key(k) / index(i)          opens an item of the innermost container
 *   scalar(text)               an item's text, or the top-level dt_scalar
 *
 * Every value inside a container follows one key() (dt_assoc) or index()
 * (dt_array). Errors say what and where, never the value itself.
 */
#ifndef WO_OPS_ENCODE_H
#define WO_OPS_ENCODE_H

#include <stddef.h>
#include <stdint.h>

#include "ops_codec.h"

typedef enum {
	WO_OPS_ENC_OK = 0,
	WO_OPS_ENC_BAD_UTF8,         /* code: the byte at offset */
	WO_OPS_ENC_FORBIDDEN_CHAR,   /* code: the code point XML 1.0 forbids at offset */
	WO_OPS_ENC_TOO_DEEP,         /* more than WO_OPS_MAX_NESTING containers */
	WO_OPS_ENC_INDEX_RANGE,      /* a dt_array index above WO_OPS_MAX_INDEX */
	WO_OPS_ENC_MISUSE,           /* events out of order (a caller's bug) */
	WO_OPS_ENC_NO_MEMORY,
	/* Set by value walks for what has no OPS form (ops_php.c). */
	WO_OPS_ENC_RECURSIVE,
	WO_OPS_ENC_NOT_FINITE,
	WO_OPS_ENC_OBJECT,
	WO_OPS_ENC_UNSUPPORTED_TYPE
} wo_ops_enc_status;

typedef struct {
	wo_ops_enc_status status;
	int in_key;          /* the fault is in a key, not a text */
	size_t offset;       /* byte offset of the fault in that key or text */
	unsigned code;       /* see the status */
	int depth;           /* containers open at the fault */
	long top_item;       /* ordinal of the top-level item it lies in; -1: none */
} wo_ops_enc_error;

/*
 * Where the bytes go: buf[0..len) is written; reserve() makes room for at
 * least need more bytes (updating buf and cap) and returns 0, or -1 when it
 * cannot. A PHP binding grows a zend_string, a fuzzer a malloc'ed block.
 */
typedef struct wo_ops_sink {
	char *buf;
	size_t len;
	size_t cap;
	int (*reserve)(struct wo_ops_sink *sink, size_t need);
	void *ud;
} wo_ops_sink;

typedef struct {
	wo_ops_sink *out;
	int depth;                   /* containers open */
	uint64_t array_levels;       /* bit d: container at depth d+1 is a dt_array */
	int item_open;               /* a key()/index() awaits its value */
	long top_items;              /* items opened at depth 1 */
	wo_ops_enc_error err;
} wo_ops_encoder;

/* Starts a document: writes the envelope's head. */
int wo_ops_enc_start(wo_ops_encoder *e, wo_ops_sink *out);
/* Ends it: writes the envelope's tail once the top-level value is complete. */
int wo_ops_enc_finish(wo_ops_encoder *e);

int wo_ops_enc_begin(wo_ops_encoder *e, wo_ops_container kind);
int wo_ops_enc_end(wo_ops_encoder *e);
int wo_ops_enc_key(wo_ops_encoder *e, const char *key, size_t len);
int wo_ops_enc_index(wo_ops_encoder *e, uint64_t index);
int wo_ops_enc_scalar(wo_ops_encoder *e, const char *text, size_t len);

/* Each returns 0, or -1 with e->err set; after a failure the document is
 * incomplete and nothing more may be written. */

/* Records a fault found by a value walk (status >= WO_OPS_ENC_RECURSIVE)
 * at the current place; returns -1. */
int wo_ops_enc_fail(wo_ops_encoder *e, wo_ops_enc_status status);

#endif
