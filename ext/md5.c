/*
 * MD5 as specified in RFC 1321. The signature is two MD5 rounds over each
 * request body, so this sits on the request path; it is written for
 * clarity first, and the compiler unrolls the 64 steps well enough.
 */
#include <string.h>
#include "md5.h"

/* Per-step left-rotate amounts, RFC 1321 section 3.4. */
static const unsigned char md5_shift[64] = {
	7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
	5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
	4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
	6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21
};

/* T[i] = floor(abs(sin(i + 1)) * 2^32), RFC 1321 section 3.4. */
static const uint32_t md5_table[64] = {
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
	0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
	0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
	0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
	0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
	0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
	0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
	0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
	0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391
};

static uint32_t md5_rotl(uint32_t x, unsigned n)
{
	return (x << n) | (x >> (32 - n));
}

static void md5_compress(uint32_t state[4], const unsigned char block[64])
{
	uint32_t m[16];
	uint32_t a = state[0], b = state[1], c = state[2], d = state[3];

	/* MD5 reads the block as little-endian words whatever the host. */
	for (int i = 0; i < 16; i++) {
		m[i] = (uint32_t) block[i * 4] | (uint32_t) block[i * 4 + 1] << 8
			| (uint32_t) block[i * 4 + 2] << 16 | (uint32_t) block[i * 4 + 3] << 24;
	}
	for (int i = 0; i < 64; i++) {
		uint32_t f;
		int g;
		if (i < 16) {
			f = (b & c) | (~b & d);
			g = i;
		} else if (i < 32) {
			f = (d & b) | (~d & c);
			g = (5 * i + 1) & 15;
		} else if (i < 48) {
			f = b ^ c ^ d;
			g = (3 * i + 5) & 15;
		} else {
			f = c ^ (b | ~d);
			g = (7 * i) & 15;
		}
		f += a + md5_table[i] + m[g];
		a = d;
		d = c;
		c = b;
		b += md5_rotl(f, md5_shift[i]);
	}
	state[0] += a;
	state[1] += b;
	state[2] += c;
	state[3] += d;
}

void wo_md5_init(wo_md5_ctx *ctx)
{
	ctx->state[0] = 0x67452301;
	ctx->state[1] = 0xefcdab89;
	ctx->state[2] = 0x98badcfe;
	ctx->state[3] = 0x10325476;
	ctx->length = 0;
}

void wo_md5_update(wo_md5_ctx *ctx, const void *data, size_t len)
{
	const unsigned char *p = data;
	size_t used = (size_t) (ctx->length & 63);

	ctx->length += len;
	if (used) {
		size_t take = 64 - used < len ? 64 - used : len;
		memcpy(ctx->block + used, p, take);
		p += take;
		len -= take;
		if (used + take < 64) {
			return;
		}
		md5_compress(ctx->state, ctx->block);
	}
	for (; len >= 64; p += 64, len -= 64) {
		md5_compress(ctx->state, p);
	}
	memcpy(ctx->block, p, len);
}

void wo_md5_final(wo_md5_ctx *ctx, unsigned char digest[16])
{
	static const unsigned char pad[64] = { 0x80 };
	unsigned char bits[8];
	uint64_t nbits = ctx->length * 8;
	size_t used = (size_t) (ctx->length & 63);

	for (int i = 0; i < 8; i++) {
		bits[i] = (unsigned char) (nbits >> (8 * i));
	}
	/* Pad to 56 mod 64, then the bit length: RFC 1321 sections 3.1, 3.2. */
	wo_md5_update(ctx, pad, used < 56 ? 56 - used : 120 - used);
	wo_md5_update(ctx, bits, 8);
	for (int i = 0; i < 4; i++) {
		for (int j = 0; j < 4; j++) {
			digest[i * 4 + j] = (unsigned char) (ctx->state[i] >> (8 * j));
		}
	}
}

void wo_md5_hex(const void *data, size_t len, char hex[33])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char digest[16];
	wo_md5_ctx ctx;

	wo_md5_init(&ctx);
	wo_md5_update(&ctx, data, len);
	wo_md5_final(&ctx, digest);
	for (int i = 0; i < 16; i++) {
		hex[2 * i] = digits[digest[i] >> 4];
		hex[2 * i + 1] = digits[digest[i] & 15];
	}
	hex[32] = '\0';
	/* A volatile pointer, so the compiler cannot drop the wipe of memory
	 * that is not read again. */
	volatile unsigned char *wipe = (volatile unsigned char *) &ctx;
	for (size_t i = 0; i < sizeof(ctx); i++) {
		wipe[i] = 0;
	}
	wipe = digest;
	for (size_t i = 0; i < sizeof(digest); i++) {
		wipe[i] = 0;
	}
}
