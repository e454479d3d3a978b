/*
 * The OPS codec's PHP-free core: a streaming decoder that reports what it
 * reads to a builder. ops_php.c supplies the builder that makes zvals; a
 * fuzzer or a C test can supply its own.
 */
#ifndef WO_OPS_CODEC_H
#define WO_OPS_CODEC_H

#include <stddef.h>
#include <stdint.h>

/* dt_assoc/dt_array nesting accepted by the decoder and produced by the
 * encoder: deep enough for any real reply (they nest 5 or 6 deep). */
#define WO_OPS_MAX_NESTING 64

/* Largest text of one item or dt_scalar, in bytes (libxml2's own bound for
 * a text node outside XML_PARSE_HUGE). */
#define WO_OPS_MAX_TEXT (10 * 1000 * 1000)

/* Largest dt_array index read and written: 19 decimal digits, which
 * covers every PHP list index. */
#define WO_OPS_MAX_INDEX UINT64_C(9999999999999999999)

typedef enum {
	WO_OPS_ASSOC,
	WO_OPS_ARRAY
} wo_ops_container;

/*
 * Callbacks, called in document order. Inside a container each value is
 * preceded by key() (dt_assoc) or index() (dt_array). A callback returns
 * NULL to go on, or a static message to stop the decode with that error.
 */
typedef struct {
	const char *(*begin)(void *ud, wo_ops_container kind);
	const char *(*end)(void *ud);
	const char *(*key)(void *ud, const char *key, size_t len);
	const char *(*index)(void *ud, uint64_t index);
	const char *(*scalar)(void *ud, const char *text, size_t len);
} wo_ops_builder;

typedef struct {
	char message[256];
} wo_ops_error;

/* Decodes the value of an OPS envelope's data_block. Returns 0 on success;
 * otherwise -1 with err->message set and the builder left to clean up. */
int wo_ops_decode(const char *xml, size_t len,
                  const wo_ops_builder *builder, void *ud, wo_ops_error *err);

/* The decoder keeps one parser context per thread between documents; this
 * frees the calling thread's (module or thread shutdown). */
void wo_ops_decode_cleanup(void);

#endif
