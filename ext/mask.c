/*
 * The secret matcher (see mask.h).
 *
 * The text is read as a graph. From each position start a few readings:
 * a character or byte the bytes there stand for, and where that spelling
 * ends ('x' as itself to +1, "%41" as 'A' to +3, "&auml;" as 'ä' to +6,
 * '+' as '+' and as a space to +1). At most two start at any position: the
 * byte itself, and the one escape that begins with it. A reading is
 * computed once, from the bytes it spans (a numeric reference's digits
 * are read once, by the reading at its '&').
 *
 * The secrets make one trie over their bytes, a run of whitespace being
 * one symbol that takes one or more whitespace readings. A spelling of a
 * secret from position a is a path of readings from a whose bytes walk
 * the trie from the root to the end of a secret. A character reading
 * walks all the bytes of its UTF-8 at once; it can only follow the trie
 * where the secret has that whole character, since UTF-8 that begins
 * with a lead byte cannot start inside another character.
 *
 * The scan goes left to right with threads (trie node, start position),
 * each filed under the position its last reading ended at. At a position,
 * every thread filed there takes every reading there, and one more thread
 * starts at the root. Two threads at one node and one position have the
 * same future, so only the earlier start is kept: masking needs the union
 * of the spellings' stretches, and the earlier start's stretch holds the
 * later one's. The work at a position is (threads there + 1) x readings
 * (2) x bytes per reading (8) x one child lookup (a binary search among
 * at most 257 children), plus filing each result (a look along the
 * bucket it goes to, for the same node): a constant, given a bound on the
 * threads.
 *
 * Why the threads need a bound, and what happens at it. Text can keep
 * many spellings going at once (a secret "aaaa..." in text "aaaa...";
 * '+' standing for '+' and for a space), and with secrets built for it,
 * deciding every spelling exactly is as hard as matching with don't-cares
 * (text "a+a+a+..." against a secret of 'a', '+' and ' '), which no known
 * algorithm does in linear time. So when more than WO_MASK_THREADS are
 * filed, they are merged into one "ghost": the earliest of their starts;
 * and, at each position where one was filed, the most non-whitespace
 * readings any of them could still take (its node's height: the longest
 * way down the trie to a secret's end) and the symbols they could still
 * read (those below their nodes). The ghost follows every reading whose
 * first symbol it has, spending one per non-whitespace reading; every
 * position it reaches is masked from its start. A merged thread could
 * only have finished at a position the ghost reaches, so no spelling is
 * lost. While the ghost lives, a new thread it already covers (no taller
 * than its budget there plus one, no symbol it lacks) joins it at once, so
 * that a long repetition costs one thread, not WO_MASK_THREADS. The ghost
 * costs one pass over the readings per position, so the bound holds. Only
 * text that repeats a secret's own pattern gets there, and it is masked
 * a little further than it spells: at most the merged secrets' remaining
 * length, over bytes they are made of.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "mask.h"
#include "html5_entities.h"

#define MASK_WS 256                 /* the symbol of a run of whitespace */
#define MASK_SYMBOLS 257
#define MASK_NONE UINT32_MAX
#define MASK_READINGS 2             /* readings from one position, at most */
#define MASK_READING_BYTES 8        /* a reference that stands for two characters */
/* Buckets for the positions ahead: every reading but a numeric reference
 * with many leading zeros ends within this many bytes (the longest is a
 * named one, 33); such a reference waits in the far bucket. */
#define MASK_RING 64
/* Before a position's threads move on, at most WO_MASK_THREADS are filed;
 * moving them and a new one, with two readings each, files at most
 * 2 * (WO_MASK_THREADS + 1) more. So a bucket never fills; if one did,
 * the thread would join the ghost. */
#define MASK_BUCKET_CAP (3 * WO_MASK_THREADS + 2)

#ifdef WO_MASK_FUZZING
#define MASK_WORK(m, n) ((m)->work += (n))
#else
#define MASK_WORK(m, n) ((void) (m), (void) (n))
#endif

/* A set of symbols. */
typedef struct {
	uint64_t w[(MASK_SYMBOLS + 63) / 64];
} mask_set;

typedef struct {
	uint32_t first;    /* its children are nodes[first .. first + nchild), by symbol */
	uint32_t height;   /* non-whitespace symbols down to the farthest end of a secret */
	uint32_t alpha;    /* m->alphas[alpha]: the symbols a thread here may still read */
	uint16_t sym;      /* of the edge into it */
	uint16_t csym;     /* of the edge to its first child */
	uint16_t nchild;
	uint8_t accept;    /* a secret ends here */
} mask_node;

typedef struct {
	size_t pos;        /* the position, SIZE_MAX when free */
	int64_t ghost;     /* the ghost's budget here; -1 when it has none */
	mask_set alpha;    /* and the symbols it may read */
	uint32_t count;
	uint32_t node[MASK_BUCKET_CAP];
	size_t start[MASK_BUCKET_CAP];
} mask_bucket;

typedef struct {
	size_t end;
	uint8_t ws;                        /* a whitespace character */
	uint8_t n;                         /* otherwise its bytes: */
	unsigned char b[MASK_READING_BYTES];
} mask_reading;

struct wo_mask_matcher {
	wo_mask_grow_fn grow;
	wo_mask_free_fn release;
	mask_node *nodes;
	uint32_t nnodes;
	mask_set *alphas;                  /* made at the first merge */
	uint32_t nalphas;
	int sets;                          /* 1: heights and sets made, -1: could not be */
	uint32_t root[MASK_SYMBOLS];       /* the root's child per symbol */
	/* Bit c2 of follow[c1]: a spelling may begin with bytes c1 c2. */
	uint64_t follow[256][4];
	uint8_t starts[256];               /* a spelling may begin with this byte */
	uint8_t plain[256];                /* read only as itself: no escape, no space */
	unsigned threads;

	/* The scan's. */
	size_t live;                       /* threads filed */
	size_t ghost_buckets;              /* buckets where the ghost has a budget */
	size_t ghost_start;
	size_t give_up;                    /* see mask_file() */
	wo_mask_regions *out;              /* NULL: stop at the first spelling */
	int found;
	int failed;
#ifdef WO_MASK_FUZZING
	size_t work;
	int merged;
#endif
	/* Last: a scan readies them, compiling leaves them as they come. */
	mask_bucket ring[MASK_RING];
	mask_bucket far;
};

static int mask_is_space(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int mask_is_alnum(unsigned c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The value of a hex digit, or -1. */
static int mask_hex(unsigned char c)
{
	unsigned d = (unsigned) c - '0', l = ((unsigned) c | 0x20) - 'a';

	return d < 10 ? (int) d : l < 6 ? (int) l + 10 : -1;
}

static size_t utf8_put(unsigned char *out, uint32_t cp)
{
	if (cp < 0x80) {
		out[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (unsigned char) (0xC0 | cp >> 6);
		out[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (unsigned char) (0xE0 | cp >> 12);
		out[1] = (unsigned char) (0x80 | (cp >> 6 & 0x3F));
		out[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (unsigned char) (0xF0 | cp >> 18);
	out[1] = (unsigned char) (0x80 | (cp >> 12 & 0x3F));
	out[2] = (unsigned char) (0x80 | (cp >> 6 & 0x3F));
	out[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

/* A code point a secret's UTF-8 can hold (RFC 3629: no surrogates). */
static int mask_is_scalar(uint32_t cp)
{
	return cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
}

/* The value of "\uXXXX" at text[p], or -1. */
static long json_unicode_escape(const char *t, size_t len, size_t p)
{
	long v = 0;

	if (p + 6 > len || t[p] != '\\' || t[p + 1] != 'u') {
		return -1;
	}
	for (size_t k = 2; k < 6; k++) {
		int h = mask_hex((unsigned char) t[p + k]);
		if (h < 0) {
			return -1;
		}
		v = v << 4 | h;
	}
	return v;
}

/* ---- Readings ----------------------------------------------------------- */

static void reading_byte(mask_reading *r, size_t end, unsigned char c)
{
	r->end = end;
	r->ws = (uint8_t) mask_is_space(c);
	r->n = !r->ws;
	r->b[0] = c;
}

static void reading_chars(mask_reading *r, size_t end, const uint32_t cp[2])
{
	r->end = end;
	r->ws = cp[1] == 0 && mask_is_space(cp[0]);
	r->n = 0;
	if (!r->ws) {
		r->n = (uint8_t) utf8_put(r->b, cp[0]);
		if (cp[1]) {
			r->n += (uint8_t) utf8_put(r->b + r->n, cp[1]);
		}
	}
}

/* The entry of the named reference name[0..n) (its ';' included when it
 * has one), or -1. */
static int html5_lookup(const unsigned char *name, size_t n)
{
	uint32_t h = WO_HTML5_FNV_OFFSET, slot;

	for (size_t i = 0; i < n; i++) {
		h = (h ^ name[i]) * WO_HTML5_FNV_PRIME;
	}
	slot = (uint32_t) (h * WO_HTML5_MIX) >> (32 - WO_HTML5_SLOTS_LOG2);
	for (int probe = 0; probe < WO_HTML5_MAX_PROBE; probe++) {
		unsigned e = wo_html5_slots[slot];

		if (e == 0) {
			return -1;
		}
		if (wo_html5_entities[e - 1].len == n && memcmp(wo_html5_pool + wo_html5_entities[e - 1].off, name, n) == 0) {
			return (int) e - 1;
		}
		slot = (slot + 1) & (WO_HTML5_SLOTS - 1);
	}
	return -1;
}

/*
 * The named reference at t[p] ('&') as a browser reads it in text: the
 * longest name that the letters and digits after '&' begin with, a name
 * with ';' needing it right after them, a legacy one (&amp, &auml) read
 * without. PHP's html_entity_decode() reads only the ones with ';', which
 * this includes. At most WO_HTML5_NAME_MAX bytes are looked at.
 */
static int mask_named_reference(const unsigned char *t, size_t len, size_t p, size_t *end, uint32_t cp[2])
{
	size_t q = p + 1, run;
	int e = -1;

	while (q < len && q - p - 1 < WO_HTML5_NAME_MAX && mask_is_alnum(t[q])) {
		q++;
	}
	run = q - p - 1;
	if (run == 0) {
		return 0;
	}
	if (q < len && t[q] == ';' && (e = html5_lookup(t + p + 1, run + 1)) >= 0) {
		*end = q + 1;
	} else {
		for (size_t n = run < WO_HTML5_LEGACY_MAX ? run : WO_HTML5_LEGACY_MAX; n >= 2 && e < 0; n--) {
			if ((e = html5_lookup(t + p + 1, n)) >= 0) {
				*end = p + 1 + n;
			}
		}
	}
	if (e < 0) {
		return 0;
	}
	cp[0] = wo_html5_entities[e].cp[0];
	cp[1] = wo_html5_entities[e].cp[1];
	return 1;
}

/* "&#N" or "&#xH" at t[p] (the ';' optional, as HTML parsers read it):
 * its code point (past U+10FFFF it stops growing) and end; 0 without
 * digits. */
static int mask_numeric_reference(const unsigned char *t, size_t len, size_t p, size_t *end, uint32_t *cp)
{
	size_t q = p + 2, digits = 0;
	int base = 10;
	uint32_t v = 0;

	if (q < len && (t[q] == 'x' || t[q] == 'X')) {
		base = 16;
		q++;
	}
	for (; q < len; q++, digits++) {
		int d = mask_hex(t[q]);
		if (d < 0 || d >= base) {
			break;
		}
		v = v > 0x10FFFF ? v : v * (uint32_t) base + (uint32_t) d;
	}
	*end = q < len && t[q] == ';' ? q + 1 : q;
	*cp = v;
	return digits > 0;
}

/* JSON: \uXXXX (a surrogate pair as one character) or \" \\ \/ \b \f \n
 * \r \t at t[p] ('\'). */
static int mask_json_escape(const unsigned char *t, size_t len, size_t p, size_t *end, uint32_t *cp)
{
	static const char letters[] = "\"\\/bfnrt";
	static const char chars[] = "\"\\/\b\f\n\r\t";
	long v = json_unicode_escape((const char *) t, len, p), lo;
	const char *s;

	if (v >= 0xD800 && v <= 0xDBFF) {
		lo = json_unicode_escape((const char *) t, len, p + 6);
		if (lo < 0xDC00 || lo > 0xDFFF) {
			return 0;    /* a lone surrogate is no character */
		}
		*cp = (uint32_t) (0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00));
		*end = p + 12;
		return 1;
	}
	if (v >= 0) {
		*cp = (uint32_t) v;
		*end = p + 6;
		return v < 0xDC00 || v > 0xDFFF;
	}
	if (p + 1 < len && (s = memchr(letters, t[p + 1], sizeof(letters) - 1)) != NULL) {
		*cp = (unsigned char) chars[s - letters];
		*end = p + 2;
		return 1;
	}
	return 0;
}

/* The readings from t[p] (p < len) into r; returns how many. */
static unsigned mask_readings(const unsigned char *t, size_t len, size_t p, mask_reading r[MASK_READINGS])
{
	uint32_t cp[2] = { 0, 0 };
	size_t end;
	unsigned n = 1;

	reading_byte(&r[0], p + 1, t[p]);
	switch (t[p]) {
	case '+':
		/* Form encoding: a space. */
		r[1].end = p + 1;
		r[1].ws = 1;
		r[1].n = 0;
		n = 2;
		break;
	case '%':
		if (p + 3 <= len && mask_hex(t[p + 1]) >= 0 && mask_hex(t[p + 2]) >= 0) {
			reading_byte(&r[1], p + 3, (unsigned char) (mask_hex(t[p + 1]) << 4 | mask_hex(t[p + 2])));
			n = 2;
		}
		break;
	case '\\':
		if (mask_json_escape(t, len, p, &end, &cp[0])) {
			reading_chars(&r[1], end, cp);
			n = 2;
		}
		break;
	case '&':
		if (p + 2 >= len) {
			break;
		}
		if (t[p + 1] == '#' ? mask_numeric_reference(t, len, p, &end, &cp[0]) && mask_is_scalar(cp[0])
		    : mask_named_reference(t, len, p, &end, cp)) {
			reading_chars(&r[1], end, cp);
			n = 2;
		}
		break;
	}
	return n;
}

/* ---- Sets of symbols ------------------------------------------------------ */

static void set_add(mask_set *s, unsigned sym)
{
	s->w[sym / 64] |= (uint64_t) 1 << (sym % 64);
}

static int set_has(const mask_set *s, unsigned sym)
{
	return (int) (s->w[sym / 64] >> (sym % 64) & 1);
}

static void set_union(mask_set *to, const mask_set *from)
{
	for (size_t i = 0; i < sizeof(to->w) / sizeof(to->w[0]); i++) {
		to->w[i] |= from->w[i];
	}
}

static int set_within(const mask_set *a, const mask_set *b)
{
	uint64_t outside = 0;

	for (size_t i = 0; i < sizeof(a->w) / sizeof(a->w[0]); i++) {
		outside |= a->w[i] & ~b->w[i];
	}
	return outside == 0;
}

/* ---- The trie ------------------------------------------------------------ */

static uint32_t mask_child(const wo_mask_matcher *m, uint32_t node, unsigned sym)
{
	const mask_node *n = &m->nodes[node];
	uint32_t lo, hi;

	if (node == 0) {
		return m->root[sym];
	}
	if (n->nchild <= 1 || n->csym >= sym) {
		return n->nchild && n->csym == sym ? n->first : MASK_NONE;
	}
	lo = n->first + 1;
	hi = n->first + n->nchild;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (m->nodes[mid].sym < sym) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo < n->first + n->nchild && m->nodes[lo].sym == sym ? lo : MASK_NONE;
}

/* Where reading r takes a thread at node; MASK_NONE when it does not fit.
 * A whitespace reading after a run's first stays on the run's node. */
static uint32_t mask_step(const wo_mask_matcher *m, uint32_t node, const mask_reading *r)
{
	if (r->ws) {
		return node != 0 && m->nodes[node].sym == MASK_WS ? node : mask_child(m, node, MASK_WS);
	}
	for (unsigned k = 0; k < r->n && node != MASK_NONE; k++) {
		node = mask_child(m, node, r->b[k]);
	}
	return node;
}

/* ---- Compiling ----------------------------------------------------------- */

typedef struct {
	const uint16_t *sym;
	const size_t *off;
	const size_t *len;
} mask_strings;

static int mask_compare(const mask_strings *s, uint32_t a, uint32_t b)
{
	size_t la = s->len[a], lb = s->len[b];
	const uint16_t *x = s->sym + s->off[a], *y = s->sym + s->off[b];

	for (size_t i = 0; i < la && i < lb; i++) {
		if (x[i] != y[i]) {
			return x[i] < y[i] ? -1 : 1;
		}
	}
	return la < lb ? -1 : la > lb;
}

/* Sorts idx[0..n) by the strings, bottom-up merging through tmp. */
static void mask_sort(const mask_strings *s, uint32_t *idx, uint32_t *tmp, size_t n)
{
	for (size_t width = 1; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
			size_t i = lo, j = mid, k = lo;

			while (i < mid && j < hi) {
				tmp[k++] = mask_compare(s, idx[j], idx[i]) < 0 ? idx[j++] : idx[i++];
			}
			while (i < mid) {
				tmp[k++] = idx[i++];
			}
			while (j < hi) {
				tmp[k++] = idx[j++];
			}
		}
		memcpy(idx, tmp, n * sizeof(*idx));
	}
}

/* memset() through a volatile pointer: a wipe of memory about to be freed
 * that the compiler may not drop as a dead store. */
static void *(*const volatile mask_memset)(void *, int, size_t) = memset;

static void mask_wipe(void *p, size_t n)
{
	mask_memset(p, 0, n);
}

/*
 * The trie, nodes numbered breadth-first so that each node's children are
 * consecutive and sorted: built from the sorted strings, a node being the
 * range of those that share its path. Linear in their total length (the
 * sort aside).
 */
static int mask_build_trie(wo_mask_matcher *m, const mask_strings *s, const uint32_t *idx, size_t n, size_t total)
{
	uint32_t *lo = m->grow(NULL, (total + 1) * sizeof(uint32_t));
	uint32_t *hi = m->grow(NULL, (total + 1) * sizeof(uint32_t));
	uint32_t nn = 1;
	int ok = lo && hi;

	m->nodes = ok ? m->grow(NULL, (total + 1) * sizeof(mask_node)) : NULL;
	if (!m->nodes) {
		ok = 0;
		goto done;
	}
	memset(m->nodes, 0, (total + 1) * sizeof(mask_node));
	m->nodes[0].sym = UINT16_MAX;
	lo[0] = 0;
	hi[0] = (uint32_t) n;
	/* Walking the nodes in order, the depth grows by one each time the
	 * level before is done. */
	for (uint32_t u = 0, depth = 0, level_end = 1; u < nn; u++) {
		uint32_t i = lo[u];

		if (u == level_end) {
			depth++;
			level_end = nn;
		}
		while (i < hi[u] && s->len[idx[i]] == depth) {
			m->nodes[u].accept = 1;
			i++;
		}
		m->nodes[u].first = nn;
		while (i < hi[u]) {
			uint16_t sym = s->sym[s->off[idx[i]] + depth];
			uint32_t j = i + 1;

			while (j < hi[u] && s->sym[s->off[idx[j]] + depth] == sym) {
				j++;
			}
			m->nodes[nn].sym = sym;
			lo[nn] = i;
			hi[nn] = j;
			nn++;
			i = j;
		}
		m->nodes[u].nchild = (uint16_t) (nn - m->nodes[u].first);
		m->nodes[u].csym = m->nodes[u].nchild ? m->nodes[m->nodes[u].first].sym : 0;
	}
	m->nnodes = nn;
done:
	if (lo) {
		m->release(lo);
	}
	if (hi) {
		m->release(hi);
	}
	return ok;
}

/*
 * Heights and symbol sets, children before parents, made when the ghost
 * first needs them (most scans never merge). A node's set is the
 * symbols of the edges below it, and its own when that is a run of
 * whitespace (which it may read again). Along a chain the set only grows,
 * and a node whose set is its only child's shares that entry: the entries
 * are about the branching nodes plus, per secret, its distinct symbols.
 */
static int mask_build_sets(wo_mask_matcher *m)
{
	uint32_t cap = 0;

	for (uint32_t u = m->nnodes; u-- > 0;) {
		mask_node *n = &m->nodes[u];
		mask_set set;
		uint32_t h = 0;

		memset(&set, 0, sizeof(set));
		for (uint32_t c = n->first; c < n->first + n->nchild; c++) {
			uint32_t hc = m->nodes[c].height + (m->nodes[c].sym != MASK_WS);
			h = hc > h ? hc : h;
			set_add(&set, m->nodes[c].sym);
			set_union(&set, &m->alphas[m->nodes[c].alpha]);
		}
		if (n->sym == MASK_WS) {
			set_add(&set, MASK_WS);
		}
		n->height = h;
		if (n->nchild == 1 && set_within(&set, &m->alphas[m->nodes[n->first].alpha])) {
			n->alpha = m->nodes[n->first].alpha;
			continue;
		}
		if (m->nalphas == cap) {
			/* At most one entry per node. */
			uint32_t want = cap == 0 ? (m->nnodes < 64 ? m->nnodes : 64) : cap > m->nnodes / 2 ? m->nnodes : 2 * cap;
			mask_set *grown = m->grow(m->alphas, (size_t) want * sizeof(mask_set));

			if (!grown) {
				return 0;
			}
			m->alphas = grown;
			cap = want;
		}
		m->alphas[m->nalphas] = set;
		n->alpha = m->nalphas++;
	}
	return 1;
}

/*
 * The lookup tables: the root's children; the bytes a spelling may begin
 * with (its first byte raw or as '+' for a space, or an escape, which may
 * stand for anything); and the pairs of bytes it may begin with, so that
 * text with no secret in it is passed over two bytes at a time.
 */
/* Sets in row the bit of each byte whose raw reading moves a thread at
 * node on: its children's bytes, and every whitespace byte where a run may
 * start or go on. */
static void mask_follow_node(const wo_mask_matcher *m, uint32_t node, uint64_t row[4])
{
	static const unsigned char spaces[] = " \t\n\r\f\v";
	const mask_node *n = &m->nodes[node];
	int ws = n->sym == MASK_WS;

	for (uint32_t c = n->first; c < n->first + n->nchild; c++) {
		unsigned sym = m->nodes[c].sym;
		if (sym == MASK_WS) {
			ws = 1;
		} else {
			row[sym / 64] |= (uint64_t) 1 << (sym % 64);
		}
	}
	for (size_t k = 0; ws && k < sizeof(spaces) - 1; k++) {
		row[spaces[k] / 64] |= (uint64_t) 1 << (spaces[k] % 64);
	}
}

/* Byte c may begin a spelling as node's first symbol. */
static void mask_may_begin(wo_mask_matcher *m, unsigned c, uint32_t node)
{
	m->starts[c] = 1;
	if (m->nodes[node].accept) {
		memset(m->follow[c], 0xFF, sizeof(m->follow[c]));
		return;
	}
	for (const char *e = "%&\\+"; *e; e++) {
		m->follow[c][(unsigned char) *e / 64] |= (uint64_t) 1 << ((unsigned char) *e % 64);
	}
	mask_follow_node(m, node, m->follow[c]);
}

/* The tables start zeroed (wo_mask_compile()). */
static void mask_build_tables(wo_mask_matcher *m)
{
	static const unsigned char spaces[] = " \t\n\r\f\v";

	for (unsigned c = 0; c < MASK_SYMBOLS; c++) {
		m->root[c] = MASK_NONE;
	}
	for (unsigned c = 0; c < 256; c++) {
		m->plain[c] = c != '%' && c != '&' && c != '\\' && c != '+' && !mask_is_space(c);
	}
	if (m->nnodes <= 1) {
		return;
	}
	/* A byte, or '+' and the whitespace bytes for a run, reads as the
	 * root's child by itself; an escape's other reading depends on the
	 * bytes after it, so those may begin anything. */
	for (uint32_t c = m->nodes[0].first; c < m->nodes[0].first + m->nodes[0].nchild; c++) {
		unsigned sym = m->nodes[c].sym;

		m->root[sym] = c;
		if (sym != MASK_WS) {
			mask_may_begin(m, sym, c);
			continue;
		}
		for (size_t k = 0; k < sizeof(spaces) - 1; k++) {
			mask_may_begin(m, spaces[k], c);
		}
		mask_may_begin(m, '+', c);
	}
	for (const char *e = "%&\\"; *e; e++) {
		m->starts[(unsigned char) *e] = 1;
		memset(m->follow[(unsigned char) *e], 0xFF, sizeof(m->follow[0]));
	}
}

wo_mask_matcher *wo_mask_compile(const wo_mask_secret *secrets, size_t count, wo_mask_grow_fn grow,
                                 wo_mask_free_fn release)
{
	wo_mask_matcher *m = grow(NULL, sizeof(*m));
	uint16_t *sym = NULL;
	size_t *off = NULL, *lens = NULL, total = 0, n = 0;
	uint32_t *idx = NULL, *tmp = NULL;
	mask_strings strings;
	int ok = 0;

	if (!m) {
		return NULL;
	}
	memset(m, 0, offsetof(wo_mask_matcher, ring));
	m->grow = grow;
	m->release = release;
	m->threads = WO_MASK_THREADS;
	for (size_t i = 0; i < count; i++) {
		if (secrets[i].len > UINT32_MAX / 4 - total) {
			goto done;   /* node numbers are 32-bit */
		}
		total += secrets[i].len;
	}
	sym = grow(NULL, (total + 1) * sizeof(*sym));
	off = grow(NULL, (count + 1) * sizeof(*off));
	lens = grow(NULL, (count + 1) * sizeof(*lens));
	idx = grow(NULL, (count + 1) * sizeof(*idx));
	tmp = grow(NULL, (count + 1) * sizeof(*tmp));
	if (!sym || !off || !lens || !idx || !tmp) {
		goto done;
	}
	/* Each secret as symbols: its bytes, a run of whitespace as one. */
	for (size_t i = 0, at = 0; i < count; i++) {
		const unsigned char *v = (const unsigned char *) secrets[i].value;

		off[n] = at;
		for (size_t k = 0; k < secrets[i].len; k++) {
			if (!mask_is_space(v[k])) {
				sym[at++] = v[k];
			} else if (at == off[n] || sym[at - 1] != MASK_WS) {
				sym[at++] = MASK_WS;
			}
		}
		lens[n] = at - off[n];
		if (lens[n]) {
			idx[n] = (uint32_t) n;
			n++;
		}
	}
	strings.sym = sym;
	strings.off = off;
	strings.len = lens;
	mask_sort(&strings, idx, tmp, n);
	if (mask_build_trie(m, &strings, idx, n, total)) {
		mask_build_tables(m);
		ok = 1;
	}
done:
	if (sym) {
		mask_wipe(sym, (total + 1) * sizeof(*sym));
		release(sym);
	}
	if (off) {
		release(off);
	}
	if (lens) {
		release(lens);
	}
	if (idx) {
		release(idx);
	}
	if (tmp) {
		release(tmp);
	}
	if (!ok) {
		wo_mask_free(m);
		return NULL;
	}
	return m;
}

void wo_mask_free(wo_mask_matcher *m)
{
	wo_mask_free_fn release;

	if (!m) {
		return;
	}
	release = m->release;
	if (m->nodes) {
		mask_wipe(m->nodes, m->nnodes * sizeof(*m->nodes));
		release(m->nodes);
	}
	if (m->alphas) {
		mask_wipe(m->alphas, m->nalphas * sizeof(*m->alphas));
		release(m->alphas);
	}
	/* The tables tell a secret's first bytes; the buckets only nodes. */
	mask_wipe(m->root, sizeof(m->root));
	mask_wipe(m->follow, sizeof(m->follow));
	mask_wipe(m->starts, sizeof(m->starts));
	release(m);
}

/* ---- Scanning ------------------------------------------------------------ */

/* Adds text[start..end) to the regions; ends come in order, so a region
 * it overlaps is one of the last. */
static void mask_region(wo_mask_matcher *m, size_t start, size_t end)
{
	wo_mask_regions *r = m->out;

	m->found = 1;
	if (!r || m->failed) {
		return;
	}
	MASK_WORK(m, 1);
	if (r->count && r->items[r->count - 1].start <= start && r->items[r->count - 1].end > start) {
		/* The common case: it extends the last region. */
		r->items[r->count - 1].end = end > r->items[r->count - 1].end ? end : r->items[r->count - 1].end;
		return;
	}
	while (r->count && r->items[r->count - 1].end > start) {
		wo_mask_region *top = &r->items[--r->count];
		start = top->start < start ? top->start : start;
		end = top->end > end ? top->end : end;
		MASK_WORK(m, 1);
	}
	if (r->count == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		wo_mask_region *items = cap > SIZE_MAX / sizeof(*items) ? NULL : m->grow(r->items, cap * sizeof(*items));

		if (!items) {
			m->failed = 1;
			return;
		}
		r->items = items;
		r->cap = cap;
	}
	r->items[r->count].start = start;
	r->items[r->count].end = end;
	r->count++;
}

/* The bucket of position pos (> p, the position being read), made ready;
 * NULL if the far bucket is taken by another (see mask_file()). */
static mask_bucket *mask_bucket_at(wo_mask_matcher *m, size_t p, size_t pos)
{
	mask_bucket *b = pos - p < MASK_RING ? &m->ring[pos % MASK_RING] : &m->far;

	if (b->pos != pos) {
		if (b->pos != SIZE_MAX) {
			return NULL;
		}
		b->pos = pos;
		b->count = 0;
		b->ghost = -1;
	}
	return b;
}

static void mask_ghost(wo_mask_matcher *m, mask_bucket *b, int64_t budget, const mask_set *alpha, size_t start)
{
	MASK_WORK(m, 1);
	if (b->ghost < 0) {
		m->ghost_buckets++;
		b->alpha = *alpha;
	} else {
		set_union(&b->alpha, alpha);
	}
	b->ghost = budget > b->ghost ? budget : b->ghost;
	m->ghost_start = start < m->ghost_start ? start : m->ghost_start;
}

/* Whether the heights and sets the ghost needs are there, made now if
 * they are not. */
static int mask_sets_ready(wo_mask_matcher *m)
{
	if (m->sets == 0) {
		m->sets = mask_build_sets(m) ? 1 : -1;
	}
	return m->sets > 0;
}

/*
 * Files a thread under pos. Only a reading that ends more than MASK_RING
 * ahead goes to the far bucket, and only a numeric reference is that long;
 * between its '&' and its end there are only digits, so no second one can
 * begin before the first is reached and moved to the ring. Should the far
 * bucket be taken all the same, the text is masked from the thread's start
 * to its end: more, never less.
 */
static void mask_file(wo_mask_matcher *m, size_t p, size_t pos, uint32_t node, size_t start)
{
	mask_bucket *b = mask_bucket_at(m, p, pos);
	const mask_node *n = &m->nodes[node];

	MASK_WORK(m, 1);
	if (!b) {
		m->give_up = start < m->give_up ? start : m->give_up;
		return;
	}
	if (b->ghost >= 0 && n->height <= (uint64_t) b->ghost + 1 && set_within(&m->alphas[n->alpha], &b->alpha)) {
		mask_ghost(m, b, n->height, &b->alpha, start);
		return;
	}
	for (uint32_t k = 0; k < b->count; k++) {
		if (b->node[k] == node) {
			b->start[k] = start < b->start[k] ? start : b->start[k];
			MASK_WORK(m, k);
			return;
		}
	}
	MASK_WORK(m, b->count);
	if (b->count == MASK_BUCKET_CAP) {
		if (mask_sets_ready(m)) {
			mask_ghost(m, b, n->height, &m->alphas[n->alpha], start);
		} else {
			m->give_up = start < m->give_up ? start : m->give_up;
		}
		return;
	}
	b->node[b->count] = node;
	b->start[b->count] = start;
	b->count++;
	m->live++;
}

/* More threads than the budget: all of them join the ghost (without its
 * sets, memory having run out, the rest of the text is masked from the
 * earliest of them). */
static void mask_merge(wo_mask_matcher *m)
{
	int ready = mask_sets_ready(m);

	for (size_t i = 0; i <= MASK_RING; i++) {
		mask_bucket *b = i < MASK_RING ? &m->ring[i] : &m->far;

		if (b->pos == SIZE_MAX) {
			continue;
		}
		for (uint32_t k = 0; k < b->count; k++) {
			const mask_node *n = &m->nodes[b->node[k]];

			if (ready) {
				mask_ghost(m, b, n->height, &m->alphas[n->alpha], b->start[k]);
			} else {
				m->give_up = b->start[k] < m->give_up ? b->start[k] : m->give_up;
			}
		}
		b->count = 0;
	}
	m->live = 0;
#ifdef WO_MASK_FUZZING
	m->merged = 1;
#endif
}

/* The far bucket, once its position is within the ring, joins it. */
static void mask_far_to_ring(wo_mask_matcher *m, size_t p)
{
	mask_bucket *far = &m->far, *b;
	size_t pos = far->pos;

	far->pos = SIZE_MAX;
	m->live -= far->count;
	b = mask_bucket_at(m, p, pos);
	if (far->ghost >= 0) {
		m->ghost_buckets--;
		mask_ghost(m, b, far->ghost, &far->alpha, m->ghost_start);
	}
	for (uint32_t k = 0; k < far->count; k++) {
		mask_file(m, p, pos, far->node[k], far->start[k]);
	}
	far->count = 0;
	far->ghost = -1;
}

/* Whether a spelling may begin at t[p]: a byte that starts one, and,
 * unless it is the last, a pair that does. */
static int mask_may_start(const wo_mask_matcher *m, const unsigned char *t, size_t len, size_t p)
{
	return p + 1 < len ? (int) (m->follow[t[p]][t[p + 1] / 64] >> (t[p + 1] % 64) & 1) : m->starts[t[p]];
}

/* The ghost and the threads filed under p take the readings from p, and
 * a new thread starts there. */
static void mask_advance(wo_mask_matcher *m, const unsigned char *t, size_t len, size_t p, const mask_bucket *b)
{
	mask_reading rd[MASK_READINGS];
	unsigned nr = mask_readings(t, len, p, rd);

	MASK_WORK(m, 1 + nr);
	/* The ghost first, so that the threads it covers join it. */
	if (b && b->ghost >= 0) {
		for (unsigned k = 0; k < nr; k++) {
			int64_t budget = b->ghost - !rd[k].ws;
			mask_bucket *to;

			if (budget < 0 || !set_has(&b->alpha, rd[k].ws ? MASK_WS : rd[k].b[0])) {
				continue;
			}
			if ((to = mask_bucket_at(m, p, rd[k].end)) != NULL) {
				mask_ghost(m, to, budget, &b->alpha, m->ghost_start);
			} else {
				m->give_up = m->ghost_start < m->give_up ? m->ghost_start : m->give_up;
			}
		}
	}
	if (b) {
		for (uint32_t i = 0; i < b->count; i++) {
			for (unsigned k = 0; k < nr; k++) {
				uint32_t next = mask_step(m, b->node[i], &rd[k]);

				MASK_WORK(m, 1 + rd[k].n);
				if (next != MASK_NONE) {
					mask_file(m, p, rd[k].end, next, b->start[i]);
				}
			}
		}
	}
	if (mask_may_start(m, t, len, p)) {
		for (unsigned k = 0; k < nr; k++) {
			uint32_t next = mask_step(m, 0, &rd[k]);

			MASK_WORK(m, 1 + rd[k].n);
			if (next != MASK_NONE) {
				mask_file(m, p, rd[k].end, next, p);
			}
		}
	}
}

/*
 * Two states hold over long stretches of text: one thread and nothing
 * else, and the ghost alone. Over bytes whose readings do not depend on
 * what follows (all but '%', '&' and '\\'), the walks below do what
 * mask_advance() would, position by position, in a few instructions; they
 * stop where it would do anything else (two threads, the thread
 * completing, a new thread the ghost does not cover, the ghost stopping),
 * and leave everything as it would. Each returns where the general step
 * takes over: p when it took no step.
 */

/* The readings of byte c that do not depend on what follows it: itself,
 * and for '+' a space too; 0 for the bytes that begin longer escapes. */
static unsigned mask_byte_readings(unsigned char c, size_t q, mask_reading r[MASK_READINGS])
{
	if (c == '%' || c == '&' || c == '\\') {
		return 0;
	}
	reading_byte(&r[0], q + 1, c);
	if (c != '+') {
		return 1;
	}
	r[1].end = q + 1;
	r[1].ws = 1;
	r[1].n = 0;
	return 2;
}

static size_t mask_walk_thread(wo_mask_matcher *m, const unsigned char *t, size_t len, size_t p, mask_bucket *b)
{
	uint32_t node = b->node[0];
	size_t start = b->start[0], q = p;
	mask_reading r[MASK_READINGS];

	while (q < len && (q == p || !m->nodes[node].accept)) {
		int plain = m->plain[t[q]];
		uint32_t next, fresh = MASK_NONE;

		if (!plain && mask_byte_readings(t[q], q, r) != 1) {
			break;
		}
		next = plain ? mask_child(m, node, t[q]) : mask_step(m, node, &r[0]);
		MASK_WORK(m, 3);
		if (mask_may_start(m, t, len, q)) {
			fresh = plain ? m->root[t[q]] : mask_step(m, 0, &r[0]);
			if (fresh != MASK_NONE && next != MASK_NONE && fresh != next) {
				break;
			}
		}
		if (next == MASK_NONE && fresh == MASK_NONE) {
			b->pos = SIZE_MAX;
			m->live = 0;
			return q + 1;
		}
		if (next == MASK_NONE) {
			node = fresh;
			start = q;
		} else {
			node = next;
		}
		q++;
	}
	if (q != p) {
		b->pos = SIZE_MAX;
		m->live = 0;
		mask_file(m, q - 1, q, node, start);
	}
	return q;
}

/* The ghost's budget after the readings r[0..nr) (one position), new
 * threads it covers taken in; -1 when the general step must do it. */
static int64_t mask_ghost_step(const wo_mask_matcher *m, int64_t budget, const mask_set *alpha,
                               const mask_reading *r, unsigned nr, int starts)
{
	int64_t next = -1;

	for (unsigned k = 0; k < nr; k++) {
		int64_t left = budget - !r[k].ws;
		if (left >= 0 && set_has(alpha, r[k].ws ? MASK_WS : r[k].b[0])) {
			next = left > next ? left : next;
		}
	}
	for (unsigned k = 0; k < nr && starts && next >= 0; k++) {
		uint32_t v = mask_step(m, 0, &r[k]);

		if (v == MASK_NONE) {
			continue;
		}
		if (m->nodes[v].height > (uint64_t) next + 1 || !set_within(&m->alphas[m->nodes[v].alpha], alpha)) {
			return -1;
		}
		next = (int64_t) m->nodes[v].height > next ? (int64_t) m->nodes[v].height : next;
	}
	return next;
}

static size_t mask_walk_ghost(wo_mask_matcher *m, const unsigned char *t, size_t len, size_t p, mask_bucket *b)
{
	int64_t budget = b->ghost;
	mask_set alpha = b->alpha;
	mask_reading r[MASK_READINGS];
	size_t q = p;
	unsigned nr;

	while (q < len) {
		int64_t next;

		if (m->plain[t[q]] && budget >= 1 && set_has(&alpha, t[q])) {
			/* The common case: one reading, raw. */
			const mask_node *v = mask_may_start(m, t, len, q) ? &m->nodes[m->root[t[q]]] : NULL;

			next = budget - 1;
			if (v && (v->height > (uint64_t) budget || !set_within(&m->alphas[v->alpha], &alpha))) {
				break;
			}
			next = v && (int64_t) v->height > next ? (int64_t) v->height : next;
		} else if ((nr = mask_byte_readings(t[q], q, r)) != 0) {
			next = mask_ghost_step(m, budget, &alpha, r, nr, mask_may_start(m, t, len, q));
		} else {
			break;
		}

		if (next < 0) {
			break;
		}
		budget = next;
		q++;
		MASK_WORK(m, 3);
	}
	if (q != p) {
		/* The positions passed, masked from the ghost's start as one. */
		if (q - 1 != p) {
			mask_region(m, m->ghost_start, q - 1);
		}
		b->pos = SIZE_MAX;
		m->ghost_buckets = 0;
		mask_ghost(m, mask_bucket_at(m, q - 1, q), budget, &alpha, m->ghost_start);
	}
	return q;
}

/*
 * A region that starts inside a character reference ("&#6", "&not" before
 * "in;") would leave a shorter one behind when masked, which may spell
 * what the whole did not. Such a region starts at the '&'. Looks back no
 * further than the end of the region before, so the whole pass is linear.
 */
static void mask_widen_over_references(wo_mask_matcher *m, const unsigned char *t, wo_mask_regions *r)
{
	size_t floor = 0;

	for (size_t i = 0; i < r->count; i++) {
		size_t a = r->items[i].start, q = a;

		if (a > floor && (mask_is_alnum(t[a]) || t[a] == ';')) {
			while (q > floor && mask_is_alnum(t[q - 1])) {
				q--;
				MASK_WORK(m, 1);
			}
			if (q < a && q > floor && t[q - 1] == '#') {
				q--;
			}
			if (q < a && q > floor && t[q - 1] == '&') {
				r->items[i].start = q - 1;
			}
		}
		floor = r->items[i].end;
	}
}

/* Nothing in progress at p: on to the first pair of bytes a spelling may
 * begin with (to len when none). */
static size_t mask_skip(wo_mask_matcher *m, const unsigned char *t, size_t len, size_t p)
{
	size_t from = p;

	while (p + 1 < len && !(m->follow[t[p]][t[p + 1] / 64] >> (t[p + 1] % 64) & 1)) {
		p++;
	}
	if (p + 1 == len && !m->starts[t[p]]) {
		p++;
	}
	MASK_WORK(m, p - from);
	return p;
}

/* The bucket of position p, if anything is filed there, with the
 * spellings that end there (and the ghost's reach) masked. */
static mask_bucket *mask_arrivals(wo_mask_matcher *m, size_t p)
{
	mask_bucket *b = &m->ring[p % MASK_RING];

	if (b->pos != p) {
		return NULL;
	}
	for (uint32_t i = 0; i < b->count; i++) {
		if (m->nodes[b->node[i]].accept) {
			mask_region(m, b->start[i], p);
		}
	}
	if (b->ghost >= 0) {
		mask_region(m, m->ghost_start, p);
	}
	MASK_WORK(m, b->count);
	return b;
}

static void mask_scan(wo_mask_matcher *m, const unsigned char *t, size_t len, wo_mask_regions *out)
{
	m->out = out;
	m->found = m->failed = 0;
	m->live = m->ghost_buckets = 0;
	m->ghost_start = m->give_up = SIZE_MAX;
	for (size_t i = 0; i <= MASK_RING; i++) {
		mask_bucket *b = i < MASK_RING ? &m->ring[i] : &m->far;
		b->pos = SIZE_MAX;
		b->count = 0;
		b->ghost = -1;
	}
#ifdef WO_MASK_FUZZING
	m->work = 0;
	m->merged = 0;
#endif
	if (m->nnodes <= 1) {
		return;
	}
	for (size_t p = 0;; p++) {
		mask_bucket *b;

		if (!m->live && !m->ghost_buckets) {
			p = mask_skip(m, t, len, p);
		}
		MASK_WORK(m, 1);
		if (m->far.pos != SIZE_MAX && m->far.pos - p < MASK_RING) {
			mask_far_to_ring(m, p);
		}
		b = mask_arrivals(m, p);
		if (p == len || (m->found && !out)) {
			break;
		}
		if (b && m->far.pos == SIZE_MAX) {
			size_t q = p;

			if (m->live == 1 && b->count == 1 && b->ghost < 0 && !m->ghost_buckets) {
				q = mask_walk_thread(m, t, len, p, b);
			} else if (!m->live && b->ghost >= 0 && m->ghost_buckets == 1) {
				q = mask_walk_ghost(m, t, len, p, b);
			}
			if (q != p) {
				p = q - 1;
				continue;
			}
		}
		if (b || m->starts[t[p]]) {
			mask_advance(m, t, len, p, b);
		}
		if (b) {
			m->live -= b->count;
			m->ghost_buckets -= b->ghost >= 0;
			b->pos = SIZE_MAX;
		}
		if (!m->ghost_buckets) {
			m->ghost_start = SIZE_MAX;
		}
		if (m->live > m->threads) {
			mask_merge(m);
		}
	}
	if (m->give_up != SIZE_MAX) {
		mask_region(m, m->give_up, len);
	}
	if (out && !m->failed) {
		mask_widen_over_references(m, t, out);
	}
}

int wo_mask_mentions(wo_mask_matcher *m, const char *text, size_t len)
{
	mask_scan(m, (const unsigned char *) text, len, NULL);
	return m->found;
}

int wo_mask_find_regions(wo_mask_matcher *m, const char *text, size_t len, wo_mask_regions *out)
{
	out->count = 0;
	mask_scan(m, (const unsigned char *) text, len, out);
	return m->failed ? -1 : 0;
}

void wo_mask_regions_free(const wo_mask_matcher *m, wo_mask_regions *out)
{
	if (out->items) {
		m->release(out->items);
	}
	out->items = NULL;
	out->count = out->cap = 0;
}

#ifdef WO_MASK_FUZZING
void wo_mask_fuzz_set_threads(wo_mask_matcher *m, unsigned threads)
{
	m->threads = threads < 1 ? 1 : threads > WO_MASK_THREADS ? WO_MASK_THREADS : threads;
}

size_t wo_mask_fuzz_work(const wo_mask_matcher *m)
{
	return m->work;
}

int wo_mask_fuzz_merged(const wo_mask_matcher *m)
{
	return m->merged;
}

int wo_mask_fuzz_named_reference(const char *text, size_t len, size_t at, size_t *end, uint32_t cp[2])
{
	const unsigned char *t = (const unsigned char *) text;

	return at + 2 < len && t[at] == '&' && t[at + 1] != '#' && mask_named_reference(t, len, at, end, cp);
}
#endif

/* ---- JSON string literals ---------------------------------------------- */

size_t wo_mask_json_literal(const char *text, size_t len, size_t at, char *out, size_t *out_len)
{
	static const char letters[] = "\"\\/bfnrt";
	static const char chars[] = "\"\\/\b\f\n\r\t";
	size_t i = at + 1, o = 0;

	*out_len = 0;
	if (at >= len || text[at] != '"') {
		return 0;
	}
	while (i < len) {
		const char *s;
		long cp, lo;

		if (text[i] == '"') {
			*out_len = o;
			return i + 1;
		}
		if (text[i] != '\\' || i + 1 >= len) {
			out[o++] = text[i++];
			continue;
		}
		if ((cp = json_unicode_escape(text, len, i)) >= 0) {
			/* A high surrogate and a low one make one character; a lone
			 * surrogate stays as it was written. Either way no more bytes
			 * come out than went in. */
			if (cp >= 0xD800 && cp <= 0xDBFF && (lo = json_unicode_escape(text, len, i + 6)) >= 0xDC00
			    && lo <= 0xDFFF) {
				o += utf8_put((unsigned char *) out + o, (uint32_t) (0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)));
				i += 12;
			} else if (cp >= 0xD800 && cp <= 0xDFFF) {
				memcpy(out + o, text + i, 6);
				o += 6;
				i += 6;
			} else {
				o += utf8_put((unsigned char *) out + o, (uint32_t) cp);
				i += 6;
			}
		} else if ((s = memchr(letters, text[i + 1], sizeof(letters) - 1)) != NULL) {
			out[o++] = chars[s - letters];
			i += 2;
		} else {
			out[o++] = text[i++];
		}
	}
	return 0;
}

/* ---- XML character data ------------------------------------------------- */

/* The character of the reference "&...;" at text[at], and its end; -1 when
 * there is none. */
static long xml_reference(const char *t, size_t len, size_t at, size_t *end)
{
	static const struct { const char *name; long cp; } named[] = {
		{ "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' }, { "quot;", '"' }, { "apos;", '\'' },
	};
	size_t q = at + 2;
	int base = 10;
	long v = 0;

	if (at + 3 >= len || t[at] != '&') {
		return -1;
	}
	if (t[at + 1] != '#') {
		for (size_t i = 0; i < sizeof(named) / sizeof(named[0]); i++) {
			size_t n = strlen(named[i].name);
			if (len - at - 1 >= n && memcmp(t + at + 1, named[i].name, n) == 0) {
				*end = at + 1 + n;
				return named[i].cp;
			}
		}
		return -1;
	}
	if (t[q] == 'x') {
		base = 16;
		q++;
	}
	for (size_t start = q; q < len; q++) {
		int d = mask_hex((unsigned char) t[q]);
		if (d < 0 || d >= base) {
			if (q == start || t[q] != ';' || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
				return -1;
			}
			*end = q + 1;
			return v;
		}
		v = v > 0x10FFFF ? v : v * base + d;
	}
	return -1;
}

size_t wo_mask_xml_decode(const char *text, size_t len, char *out)
{
	size_t i = 0, o = 0, end;
	long cp;

	while (i < len) {
		/* Every reference is at least 4 bytes ("&lt;") and decodes to at
		 * most 4, so out never outgrows text. */
		if (text[i] == '&' && (cp = xml_reference(text, len, i, &end)) >= 0) {
			o += utf8_put((unsigned char *) out + o, (uint32_t) cp);
			i = end;
		} else {
			out[o++] = text[i++];
		}
	}
	return o;
}
