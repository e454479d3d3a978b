/*
 * Excerpts of unexpected bodies. A WHMCS behind a proxy or in maintenance
 * answers with an HTML page; its markup says nothing to the reader of an
 * exception, its text ("Down for Maintenance", "Access denied by WAF") says
 * what happened. The excerpt is short and on one line so that it is safe to
 * put in a message that ends up in a log.
 */
#include <string.h>
#include "excerpt.h"
#include "ops_text.h"

static int excerpt_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Whether p (n bytes left) starts with the ASCII word w, case-insensitively,
 * followed by something that ends a tag name. */
static int excerpt_tag_is(const char *p, size_t n, const char *w)
{
	size_t wl = strlen(w);

	if (n < wl) {
		return 0;
	}
	for (size_t i = 0; i < wl; i++) {
		if (excerpt_lower((unsigned char) p[i]) != w[i]) {
			return 0;
		}
	}
	return n == wl || p[wl] == '>' || p[wl] == '/' || p[wl] == ' ' || p[wl] == '\t'
		|| p[wl] == '\r' || p[wl] == '\n';
}

/* Offset just past the closing tag "</name", or len when there is none:
 * script and style hold code, not text for the reader. */
static size_t excerpt_skip_raw_text(const char *body, size_t len, size_t from, const char *name)
{
	for (size_t i = from; i + 1 < len; i++) {
		if (body[i] == '<' && body[i + 1] == '/' && excerpt_tag_is(body + i + 2, len - i - 2, name)) {
			const char *gt = memchr(body + i, '>', len - i);
			return gt ? (size_t) (gt - body) + 1 : len;
		}
	}
	return len;
}

/* A '<' opens markup only when a name, '/', '!' or '?' follows, as in HTML;
 * "a < b" is text. */
static int excerpt_opens_tag(const char *body, size_t len, size_t i)
{
	unsigned char c;

	if (i + 1 >= len) {
		return 0;
	}
	c = (unsigned char) body[i + 1];
	return (excerpt_lower(c) >= 'a' && excerpt_lower(c) <= 'z') || c == '/' || c == '!' || c == '?';
}

static size_t excerpt_pass(const char *body, size_t len, char *out, int skip_head)
{
	size_t i = 0, o = 0, chars = 0;
	int pending_space = 0;

	while (i < len) {
		unsigned char c = (unsigned char) body[i];
		size_t n;

		if (c == '<' && excerpt_opens_tag(body, len, i)) {
			const char *gt = memchr(body + i, '>', len - i);
			size_t end = gt ? (size_t) (gt - body) + 1 : len;

			if (skip_head && excerpt_tag_is(body + i + 1, len - i - 1, "head")) {
				end = excerpt_skip_raw_text(body, len, end, "head");
			} else if (excerpt_tag_is(body + i + 1, len - i - 1, "script")) {
				end = excerpt_skip_raw_text(body, len, end, "script");
			} else if (excerpt_tag_is(body + i + 1, len - i - 1, "style")) {
				end = excerpt_skip_raw_text(body, len, end, "style");
			}
			/* Tags separate words: "<td>a</td><td>b</td>" reads "a b". */
			pending_space = 1;
			i = end;
			continue;
		}
		if (c <= 0x20 || c == 0x7F) {
			pending_space = 1;
			i++;
			continue;
		}
		/* A space counts as a character, so the cut does not depend on how
		 * the text was laid out. */
		if (chars + (pending_space && o > 0) >= WO_EXCERPT_CHARS) {
			memcpy(out + o, "...", 3);
			o += 3;
			break;
		}
		if (pending_space && o > 0) {
			out[o++] = ' ';
			chars++;
		}
		pending_space = 0;

		n = c < 0x80 ? 1 : wo_xml_char_len((const unsigned char *) body + i, len - i);
		if (n == 0) {
			out[o++] = '?';
			n = 1;
		} else {
			memcpy(out + o, body + i, n);
			o += n;
		}
		i += n;
		chars++;
	}
	out[o] = '\0';
	return o;
}

size_t wo_excerpt(const char *body, size_t len, char *out)
{
	/* The <head> mostly repeats as a title what the page's text says; but
	 * a page may have nothing else. */
	size_t n = excerpt_pass(body, len, out, 1);

	return n ? n : excerpt_pass(body, len, out, 0);
}
