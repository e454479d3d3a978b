/*
 * The secret matcher before issue 16, kept as the fuzzer's reference
 * (mask_reference.c). Needs ext/mask.c built with WO_MASK_FUZZING.
 */
#ifndef WO_MASK_REFERENCE_H
#define WO_MASK_REFERENCE_H

#include <stddef.h>

/* Set when a scan kept more than 32 positions for a step and dropped
 * some: the reference may then miss spellings. */
extern int ref_mask_dropped;

/* The end of the longest spelling of secret that starts at text[at]; 0
 * when none does (see ext/mask.h for the spellings). */
size_t ref_mask_match(const char *text, size_t len, size_t at, const char *secret, size_t secret_len);

#endif
