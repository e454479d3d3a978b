/*
 * What the OPS harnesses share: a growable buffer, a builder that checks
 * the decoder's event stream against ops_codec.h and logs it, and the
 * replay of such a log through the extension's encoder (ext/ops_encode.c).
 * A broken rule abort()s, so that libFuzzer keeps the input.
 */
#ifndef WO_OPS_FUZZ_H
#define WO_OPS_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "ops_codec.h"
#include "ops_encode.h"

/* The replay driver sets this to print the document each input stands for. */
extern FILE *wo_fuzz_dump;

void fuzz_fail(const char *fmt, const char *detail) __attribute__((noreturn));

typedef struct {
	char *p;
	size_t len;
	size_t cap;
} buf;

void buf_add(buf *b, const void *s, size_t n);
void buf_adds(buf *b, const char *s);

/*
 * The event log: 'A' / 'R' begin a dt_assoc / dt_array, 'E' ends one,
 * 'K' + u64 length + bytes is a key, 'I' + u64 an index, 'S' + u64 length
 * + bytes a text.
 */
void log_u64(buf *log, char event, uint64_t n);
uint64_t log_read_u64(const char *p);

typedef struct {
	int depth;                            /* open containers */
	wo_ops_container kinds[WO_OPS_MAX_NESTING];
	int pending;                          /* key()/index() awaits its value */
	int top_done;                         /* the top-level value is complete */
	buf log;                              /* every event */
	/* Refuse at event number refuse_at (counting from 1); 0: never. */
	unsigned long events;
	unsigned long refuse_at;
	int refused;
} checker;

/* One decode through the checking builder (c zeroed by the caller, or with
 * refuse_at set); checks what must hold whatever the input. Returns the
 * decoder's 0 or -1. */
int checked_decode(const char *xml, size_t len, checker *c);

/* Writes the logged value as an OPS document with the extension's encoder.
 * Returns 0, or -1 with *err saying what the encoder refused and where. */
int encode_log(const buf *log, buf *out, wo_ops_enc_error *err);

/* LLVMFuzzerInitialize's work: libxml2 set up once, its generic errors
 * silenced. */
void ops_fuzz_init(void);

#endif
