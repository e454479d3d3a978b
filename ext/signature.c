/*
 * OpenSRS authenticates a request by X-Signature =
 * md5_hex(md5_hex(body . key) . key), over the exact body bytes sent.
 */
#include <string.h>
#include "md5.h"
#include "signature.h"

static void md5_hex_of_concat(const char *a, size_t a_len, const char *b, size_t b_len,
                              char out[WO_SIGNATURE_LEN + 1])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char digest[16];
	wo_md5_ctx ctx;

	wo_md5_init(&ctx);
	wo_md5_update(&ctx, a, a_len);
	wo_md5_update(&ctx, b, b_len);
	wo_md5_final(&ctx, digest);
	for (int i = 0; i < 16; i++) {
		out[2 * i] = hex[digest[i] >> 4];
		out[2 * i + 1] = hex[digest[i] & 15];
	}
	out[WO_SIGNATURE_LEN] = '\0';
	/* The key went through ctx: do not leave its traces on the stack. */
	memset(&ctx, 0, sizeof(ctx));
}

void wo_opensrs_signature(const char *body, size_t body_len,
                          const char *key, size_t key_len,
                          char out[WO_SIGNATURE_LEN + 1])
{
	char inner[WO_SIGNATURE_LEN + 1];

	md5_hex_of_concat(body, body_len, key, key_len, inner);
	md5_hex_of_concat(inner, WO_SIGNATURE_LEN, key, key_len, out);
}
