/* MD5 (RFC 1321), only because OpenSRS signs requests with it. No PHP types. */
#ifndef WO_MD5_H
#define WO_MD5_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
	uint32_t state[4];
	uint64_t length;        /* bytes hashed so far */
	unsigned char block[64];
} wo_md5_ctx;

void wo_md5_init(wo_md5_ctx *ctx);
void wo_md5_update(wo_md5_ctx *ctx, const void *data, size_t len);
void wo_md5_final(wo_md5_ctx *ctx, unsigned char digest[16]);

/* The digest of data as 32 lower-case hex digits and a NUL; the state it
 * went through is wiped, since callers hash passwords. */
void wo_md5_hex(const void *data, size_t len, char hex[33]);

#endif
