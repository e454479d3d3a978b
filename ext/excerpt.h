/*
 * A short, readable, single-line excerpt of a body the protocol did not
 * expect (an HTML maintenance or WAF page), for an exception message.
 * No PHP types.
 */
#ifndef WO_EXCERPT_H
#define WO_EXCERPT_H

#include <stddef.h>

/* Characters (not bytes, spaces included) an excerpt keeps before "...". */
#define WO_EXCERPT_CHARS 80
/* Room an excerpt needs: every kept character may take 4 bytes, plus
 * "..." and the NUL. */
#define WO_EXCERPT_SIZE (WO_EXCERPT_CHARS * 4 + 4)

/*
 * Writes to out (WO_EXCERPT_SIZE bytes) the text of body with markup tags,
 * <script> and <style> contents and the <head> (unless nothing else is
 * readable) dropped, every run of whitespace or control
 * bytes turned into one space, bytes that are not valid UTF-8 turned into
 * '?', cut after WO_EXCERPT_CHARS characters with "..." appended. Returns
 * the length written (out is NUL-terminated); 0 when nothing readable is
 * left.
 */
size_t wo_excerpt(const char *body, size_t len, char *out);

#endif
