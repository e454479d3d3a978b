/* What OPS text may hold: well-formed UTF-8 made of XML 1.0 characters. No PHP types. */
#ifndef WO_OPS_TEXT_H
#define WO_OPS_TEXT_H

#include <stddef.h>

/* Length in bytes of the XML 1.0 character encoded at p (at most avail
 * bytes), or 0 when the bytes are not well-formed UTF-8 (overlong forms and
 * surrogates included) or encode a character XML 1.0 forbids. */
size_t wo_xml_char_len(const unsigned char *p, size_t avail);

/* Offset of the first byte that does not start a valid XML character, or
 * len when the whole string is valid. */
size_t wo_xml_text_check(const char *s, size_t len);

#endif
