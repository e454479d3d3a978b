/*
 * Validation of the text the encoder writes. XML 1.0 section 2.2:
 *   Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
 * A string that breaks this would make a document OpenSRS rejects, so the
 * encoder refuses it up front.
 */
#include "ops_text.h"

static int is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

size_t wo_xml_char_len(const unsigned char *p, size_t avail)
{
	unsigned char c = p[0];
	unsigned cp;

	if (c < 0x80) {
		return (c >= 0x20 || c == 0x09 || c == 0x0A || c == 0x0D) ? 1 : 0;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		/* Two bytes: U+0080..U+07FF, always allowed. */
		return avail >= 2 && is_cont(p[1]) ? 2 : 0;
	}
	if (c >= 0xE0 && c <= 0xEF) {
		if (avail < 3 || !is_cont(p[1]) || !is_cont(p[2])) {
			return 0;
		}
		cp = (unsigned) (c & 0x0F) << 12 | (unsigned) (p[1] & 0x3F) << 6 | (p[2] & 0x3F);
		if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) {
			return 0;
		}
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (avail < 4 || !is_cont(p[1]) || !is_cont(p[2]) || !is_cont(p[3])) {
			return 0;
		}
		cp = (unsigned) (c & 0x07) << 18 | (unsigned) (p[1] & 0x3F) << 12
			| (unsigned) (p[2] & 0x3F) << 6 | (p[3] & 0x3F);
		return cp >= 0x10000 && cp <= 0x10FFFF ? 4 : 0;
	}
	return 0;
}

size_t wo_xml_text_check(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t i = 0;

	while (i < len) {
		/* Printable ASCII is the common case: skip it without a call. */
		if (p[i] >= 0x20 && p[i] < 0x80) {
			i++;
			continue;
		}
		size_t n = wo_xml_char_len(p + i, len - i);
		if (n == 0) {
			return i;
		}
		i += n;
	}
	return len;
}
