/*
 * One HTTP POST through libcurl. Every call has both timeouts, verifies TLS
 * unless told not to, speaks only http/https, never follows a redirect and
 * stops reading at the size bound. Failures are classified here, in words
 * that name what failed and never carry the request or the answer.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <pthread.h>
#include <arpa/inet.h>
#include <sys/socket.h>
#include <curl/curl.h>

#include "http.h"
#include "http_internal.h"
#include "version.h"

static size_t on_body(char *data, size_t size, size_t nmemb, void *ud)
{
	body_sink *sink = ud;
	wo_http_response *res = sink->res;
	size_t n = size * nmemb;

	if (n > sink->max - res->body_len) {
		sink->too_large = 1;
		return 0;   /* libcurl aborts the transfer with CURLE_WRITE_ERROR */
	}
	if (res->body_len + n + 1 > sink->cap) {
		size_t cap = sink->cap ? sink->cap : 4096;
		while (cap < res->body_len + n + 1) {
			cap *= 2;
		}
		if (cap > sink->max + 1) {
			cap = sink->max + 1;
		}
		char *p = realloc(res->body, cap);
		if (!p) {
			sink->no_memory = 1;
			return 0;
		}
		res->body = p;
		sink->cap = cap;
	}
	memcpy(res->body + res->body_len, data, n);
	res->body_len += n;
	res->body[res->body_len] = '\0';
	return n;
}

static int host_is_loopback(const char *host)
{
	if (strcasecmp(host, "localhost") == 0 || strcmp(host, "[::1]") == 0 || strcmp(host, "::1") == 0) {
		return 1;
	}
	/* 127.0.0.0/8, written as a dotted quad. */
	struct in_addr ip;
	return inet_pton(AF_INET, host, &ip) == 1 && ((const unsigned char *) &ip)[0] == 127;
}

/* Splits url into scheme and host with libcurl's own parser, so the check
 * below sees the URL exactly as the transfer will. flags: 0, or
 * CURLU_NON_SUPPORT_SCHEME for a proxy (socks5:// is no transfer scheme). */
static int url_parts(const char *url, unsigned int flags, char **scheme, char **host)
{
	CURLU *u = curl_url();
	int ok;

	*scheme = *host = NULL;
	if (!u) {
		return 0;
	}
	ok = curl_url_set(u, CURLUPART_URL, url, flags) == CURLUE_OK
		&& curl_url_get(u, CURLUPART_SCHEME, scheme, 0) == CURLUE_OK
		&& curl_url_get(u, CURLUPART_HOST, host, 0) == CURLUE_OK;
	curl_url_cleanup(u);
	if (!ok) {
		curl_free(*scheme);
		curl_free(*host);
		*scheme = *host = NULL;
	}
	return ok;
}

static int has_proxy(const wo_http_request *req)
{
	return req->proxy && req->proxy[0];
}

/* The schemes libcurl takes for a proxy. */
static int proxy_scheme_is_known(const char *scheme)
{
	static const char *const known[] = { "http", "https", "socks4", "socks4a", "socks5", "socks5h" };

	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		if (strcasecmp(scheme, known[i]) == 0) {
			return 1;
		}
	}
	return 0;
}

/* 1: proxy is a usable proxy URL and *local tells whether its host is
 * loopback; 0: it is not. */
static int proxy_parts(const char *proxy, int *local)
{
	char *scheme, *host;
	int ok;

	if (!url_parts(proxy, CURLU_NON_SUPPORT_SCHEME, &scheme, &host)) {
		return 0;
	}
	ok = proxy_scheme_is_known(scheme) && host[0];
	*local = ok && host_is_loopback(host);
	curl_free(scheme);
	curl_free(host);
	return ok;
}

int wo_http_proxy_is_valid(const char *proxy)
{
	int local;

	return proxy_parts(proxy, &local);
}

static int fail(wo_http_response *res, wo_http_error error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(wo_http_response *res, wo_http_error error, const char *fmt, ...)
{
	va_list ap;

	res->error = error;
	va_start(ap, fmt);
	vsnprintf(res->message, sizeof(res->message), fmt, ap);
	va_end(ap);
	return -1;
}

/* Only http and https, with plain http kept to loopback unless allowed:
 * API credentials must not cross a network in the clear by accident, and
 * through a proxy on another host even a loopback URL's request would. */
int wo_http_check_url(const wo_http_request *req, wo_http_response *res, int *needs_insecure)
{
	char *scheme, *host;
	int rc = 0, proxy_local = 1;

	if (has_proxy(req) && !proxy_parts(req->proxy, &proxy_local)) {
		return fail(res, WO_HTTP_ERR_URL, "the proxy is not a valid proxy URL");
	}
	if (!req->url || !url_parts(req->url, 0, &scheme, &host)) {
		return fail(res, WO_HTTP_ERR_URL, "the URL is not a valid http(s) URL");
	}
	if (strcasecmp(scheme, "https") != 0 && strcasecmp(scheme, "http") != 0) {
		rc = fail(res, WO_HTTP_ERR_URL, "the URL scheme must be http or https, not %s", scheme);
	} else {
		*needs_insecure = strcasecmp(scheme, "http") == 0 && !(host_is_loopback(host) && proxy_local);
		if (*needs_insecure && !req->allow_insecure_http) {
			rc = fail(res, WO_HTTP_ERR_URL,
				"plain http:// to %s%s is refused: use https://, or set allow_insecure_http", host,
				proxy_local ? "" : " through a proxy on another host");
		}
	}
	curl_free(scheme);
	curl_free(host);
	return rc;
}

/* A CA file or directory that cannot be read fails every verified TLS
 * handshake, but only once a connection is up: say so before connecting,
 * naming the setting. */
int wo_http_check_ca(const wo_http_request *req, wo_http_response *res)
{
	if (!req->verify_tls || strncasecmp(req->url, "https://", 8) != 0) {
		return 0;
	}
	if (req->ca_file && req->ca_file[0] && access(req->ca_file, R_OK) != 0) {
		return fail(res, WO_HTTP_ERR_TLS, "TLS failed: ca_file %s cannot be read: %s", req->ca_file, strerror(errno));
	}
	if (req->ca_path && req->ca_path[0] && access(req->ca_path, R_OK | X_OK) != 0) {
		return fail(res, WO_HTTP_ERR_TLS, "TLS failed: ca_path %s cannot be read: %s", req->ca_path, strerror(errno));
	}
	return 0;
}

static long to_ms(double seconds)
{
	double ms = seconds * 1000.0;
	/* A positive timeout below 1 ms must not become 0, which means none. */
	return ms < 1.0 ? 1 : ms > 2147483647.0 ? 2147483647L : (long) ms;
}

/* Whether any of the answer arrived: a status line and headers, or body
 * bytes of an answer without them (HTTP/0.9). */
static int answer_begun(CURL *curl, const wo_http_response *res)
{
	long header_size = 0;

	curl_easy_getinfo(curl, CURLINFO_HEADER_SIZE, &header_size);
	return header_size > 0 || res->body_len > 0;
}

/*
 * Whether a failure is the route's fault (circuit breaker): it could not be
 * reached, its TLS handshake failed, it took too long, or its connection
 * broke before a whole answer. Not a certificate the caller's trust
 * settings refuse, not the caller's size bound, not a bad URL.
 */
static int is_origin_fault(CURLcode rc)
{
	switch (rc) {
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
	case CURLE_COULDNT_CONNECT:
#if LIBCURL_VERSION_NUM >= 0x074900
	case CURLE_PROXY:
#endif
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_RECV_ERROR:
	case CURLE_PARTIAL_FILE:
	case CURLE_GOT_NOTHING:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
		return 1;
	default:
		return 0;
	}
}

/* What the time went on is read from what the transport did, never from
 * the connect or pre-transfer times: those are 0 on a kept connection,
 * where the request went out at once. */
static int timed_out(CURL *curl, const wo_http_request *req, wo_http_response *res)
{
	if (!res->request_sent) {
		/* Nothing of the request went out, so the connection was still
		 * being set up. timeout runs during the set-up too: when it is
		 * the shorter one, it is the one that fired. */
		int whole = req->timeout < req->connect_timeout;
		return fail(res, WO_HTTP_ERR_TIMEOUT, "timed out after %g s setting up the connection (%s)",
			whole ? req->timeout : req->connect_timeout, whole ? "timeout" : "connect_timeout");
	}
	if (!answer_begun(curl, res)) {
		return fail(res, WO_HTTP_ERR_TIMEOUT, "no answer within %g s", req->timeout);
	}
	return fail(res, WO_HTTP_ERR_TIMEOUT, "the answer did not arrive in full within %g s", req->timeout);
}

/* The connection failed after it was set up: before any of the answer
 * came, or in the middle of it. */
static int broke(CURL *curl, CURLcode rc, const char *why, wo_http_response *res)
{
	if (rc == CURLE_SEND_ERROR) {
		return fail(res, WO_HTTP_ERR_IO, "the connection failed sending the request: %s", why);
	}
	if (rc == CURLE_GOT_NOTHING || !answer_begun(curl, res)) {
		return rc == CURLE_GOT_NOTHING ? fail(res, WO_HTTP_ERR_IO, "the connection ended without an answer")
			: fail(res, WO_HTTP_ERR_IO, "the connection failed before an answer came: %s", why);
	}
	return fail(res, WO_HTTP_ERR_IO, "the connection failed mid-answer: %s", why);
}

static int classify(CURL *curl, CURLcode rc, const wo_http_transfer *t, wo_http_response *res)
{
	const wo_http_request *req = t->req;
	const char *why = t->detail[0] ? t->detail : curl_easy_strerror(rc);

	res->origin_fault = !t->sink.too_large && !t->sink.no_memory && is_origin_fault(rc);
	if (t->sink.too_large || rc == CURLE_FILESIZE_EXCEEDED) {
		return fail(res, WO_HTTP_ERR_TOO_LARGE,
			"the answer is larger than max_response_size (%zu bytes)", req->max_response_size);
	}
	if (t->sink.no_memory) {
		return fail(res, WO_HTTP_ERR_OTHER, "out of memory reading the answer");
	}
	if (t->resend_refused) {
		/* libcurl meant to send the request again on a new connection (see
		 * on_prereq()); its own words would name the refusal. */
		return fail(res, WO_HTTP_ERR_IO, "the connection ended without an answer");
	}
	switch (rc) {
	case CURLE_COULDNT_RESOLVE_HOST:
		return fail(res, WO_HTTP_ERR_RESOLVE, "could not resolve the host: %s", why);
	case CURLE_COULDNT_RESOLVE_PROXY:
		return fail(res, WO_HTTP_ERR_RESOLVE, "could not resolve the proxy's host: %s", why);
	case CURLE_COULDNT_CONNECT:
		/* Through a proxy, only the proxy is connected to directly. */
		return fail(res, WO_HTTP_ERR_CONNECT, "could not connect%s: %s",
			has_proxy(req) ? " to the proxy" : "", why);
#if LIBCURL_VERSION_NUM >= 0x074900
	case CURLE_PROXY:
		return fail(res, WO_HTTP_ERR_CONNECT, "the proxy refused or failed the connection: %s", why);
#endif
	case CURLE_OPERATION_TIMEDOUT:
		return timed_out(curl, req, res);
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_ISSUER_ERROR:
	case CURLE_SSL_CRL_BADFILE:
	case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
	case CURLE_SSL_INVALIDCERTSTATUS:
	case CURLE_USE_SSL_FAILED:
	case CURLE_SSL_ENGINE_INITFAILED:
		return fail(res, WO_HTTP_ERR_TLS, "TLS failed: %s", why);
	case CURLE_SEND_ERROR:
	case CURLE_RECV_ERROR:
	case CURLE_PARTIAL_FILE:
	case CURLE_GOT_NOTHING:
	case CURLE_WEIRD_SERVER_REPLY:
	case CURLE_BAD_CONTENT_ENCODING:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
		return broke(curl, rc, why, res);
	case CURLE_URL_MALFORMAT:
	case CURLE_UNSUPPORTED_PROTOCOL:
		return fail(res, WO_HTTP_ERR_URL, "the URL cannot be used: %s", why);
	default:
		return fail(res, WO_HTTP_ERR_OTHER, "the request failed: %s", why);
	}
}

static int is_scheme_char(char c, int first)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
		|| (!first && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
}

/* A copy of url without the userinfo of its authority, by hand: for a
 * Location, which is quoted as the server wrote it (libcurl's URL parser
 * refuses what a hostile one may hold, and would rewrite the rest).
 * libcurl resolves a relative Location against the request URL, so the
 * redirect URL of a WHMCS behind HTTP basic auth holds the password; a
 * hostile server may write one of its own. */
static char *strip_userinfo(const char *url)
{
	const char *p = url, *authority, *end, *at = NULL;
	size_t len = strlen(url);
	char *out;

	while (*p && is_scheme_char(*p, p == url)) {
		p++;
	}
	if (p == url || strncmp(p, "://", 3) != 0) {
		return strdup(url);
	}
	authority = p + 3;
	/* RFC 3986: the authority ends at the path, query or fragment; WHATWG
	 * parsers end it at a backslash too. */
	end = authority + strcspn(authority, "/?#\\");
	for (const char *q = authority; q < end; q++) {
		if (*q == '@') {
			at = q;
		}
	}
	if (!at) {
		return strdup(url);
	}
	out = malloc(len + 1);
	if (out) {
		size_t head = (size_t) (authority - url);
		memcpy(out, url, head);
		memcpy(out + head, at + 1, len - (size_t) (at + 1 - url) + 1);
	}
	return out;
}

int wo_http_url_parses(const char *url, int any_scheme)
{
	const char *authority = strstr(url, "://");
	CURLU *u;
	int ok;

	/* RFC 3986: the authority ends at the first '/', '?' or '#', and so
	 * it does for libcurl. An '@' after that is where a user:password@
	 * holding one of them raw was meant to end: libcurl refuses such a
	 * URL, or reads another host in it ("user:8080#x@host" is host
	 * "user", port 8080), and whatever shows it without its userinfo
	 * would show the password. */
	if (!authority || strchr(authority + 3 + strcspn(authority + 3, "/?#"), '@')) {
		return 0;
	}
	u = curl_url();
	ok = u && curl_url_set(u, CURLUPART_URL, url, any_scheme ? CURLU_NON_SUPPORT_SCHEME : 0) == CURLUE_OK;
	curl_url_cleanup(u);
	return ok;
}

char *wo_http_url_without_userinfo(const char *url)
{
	CURLU *u = wo_http_url_parses(url, 1) ? curl_url() : NULL;
	char *out = NULL, *copy = NULL;

	if (u && curl_url_set(u, CURLUPART_URL, url, CURLU_NON_SUPPORT_SCHEME) == CURLUE_OK
			&& curl_url_set(u, CURLUPART_USER, NULL, 0) == CURLUE_OK
			&& curl_url_set(u, CURLUPART_PASSWORD, NULL, 0) == CURLUE_OK
			&& curl_url_set(u, CURLUPART_OPTIONS, NULL, 0) == CURLUE_OK
			&& curl_url_get(u, CURLUPART_URL, &out, 0) == CURLUE_OK) {
		copy = strdup(out);
	} else {
		/* Where a URL that does not parse has its userinfo is not known:
		 * all up to its last '@' goes, since a password may hold any
		 * other character. */
		const char *scheme_end = strstr(url, "://");
		const char *start = scheme_end ? scheme_end + 3 : url, *at = strrchr(start, '@');
		size_t head = (size_t) (start - url);

		copy = malloc(strlen(url) + 1);
		if (copy && at) {
			memcpy(copy, url, head);
			strcpy(copy + head, at + 1);
		} else if (copy) {
			strcpy(copy, url);
		}
	}
	curl_free(out);
	curl_url_cleanup(u);
	return copy;
}

/* What every request says of its sender; through a proxy, CONNECT says it
 * too (CURLOPT_USERAGENT), which a header line would not. */
#define USER_AGENT "whmcs_opensrs/" WO_VERSION
#define USER_AGENT_LINE "User-Agent: " USER_AGENT

/* The smallest body libcurl sends with "Expect: 100-continue" unless told
 * not to: 1 KB in older releases, 1 MB in newer ones. */
#define EXPECT_THRESHOLD 1024

/* Fills node with head then tail, from *text on; *text moves past it. */
static void header_line(struct curl_slist *node, char **text, const char *head, size_t head_len, const char *tail)
{
	size_t tail_len = strlen(tail);

	node->data = *text;
	memcpy(*text, head, head_len);
	memcpy(*text + head_len, tail, tail_len + 1);
	*text += head_len + tail_len + 1;
}

/*
 * The request's header lines, as a curl_slist made in one block, or NULL
 * when there are none: libcurl reads the list and neither copies nor
 * frees it. libcurl 7.88 writes every byte of a header line it formats
 * through its own printf, one byte at a time (about 150 instructions a
 * byte), and those it writes from constants for much less: so no line is
 * sent that libcurl's own default already says. *failed when out of
 * memory. free() it.
 */
static struct curl_slist *build_headers(const wo_http_request *req, int *failed)
{
	static const char content_type[] = "Content-Type: ";
	const char *lines[2];
	size_t n = 0, bytes = 0;
	struct curl_slist *list;
	char *text;

	*failed = 0;
	/* Without one, libcurl says a POST body is
	 * application/x-www-form-urlencoded (req->content_type NULL). */
	if (!has_proxy(req)) {
		lines[n++] = USER_AGENT_LINE;
	}
	/* "Expect:" stops libcurl waiting for a 100-continue on larger bodies,
	 * a round trip neither API needs. */
	if (req->body_len >= EXPECT_THRESHOLD) {
		lines[n++] = "Expect:";
	}
	size_t count = n + req->header_count + (req->content_type ? 1 : 0);
	if (count == 0) {
		return NULL;
	}
	for (size_t i = 0; i < n; i++) {
		bytes += strlen(lines[i]) + 1;
	}
	for (size_t i = 0; i < req->header_count; i++) {
		bytes += strlen(req->headers[i]) + 1;
	}
	if (req->content_type) {
		bytes += sizeof(content_type) + strlen(req->content_type);
	}
	list = malloc(count * sizeof(*list) + bytes);
	if (!list) {
		*failed = 1;
		return NULL;
	}
	text = (char *) (list + count);
	for (size_t i = 0; i < count; i++) {
		list[i].next = i + 1 < count ? &list[i + 1] : NULL;
	}
	struct curl_slist *node = list;
	if (req->content_type) {
		header_line(node++, &text, content_type, sizeof(content_type) - 1, req->content_type);
	}
	for (size_t i = 0; i < n; i++) {
		header_line(node++, &text, "", 0, lines[i]);
	}
	for (size_t i = 0; i < req->header_count; i++) {
		header_line(node++, &text, "", 0, req->headers[i]);
	}
	return list;
}

/*
 * ca_file and ca_path replace the system's trust store, they do not add to
 * it: libcurl has a default for each (Debian's: the bundle in
 * /etc/ssl/certs and that directory) and, built so, the OS's own store
 * (CURLSSLOPT_NATIVE_CA). Setting one CA location leaves the others in
 * place, and with them every system CA, so all three are set together.
 */
static void set_trust_store(CURL *curl, const wo_http_request *req)
{
	const char *file = req->ca_file && req->ca_file[0] ? req->ca_file : NULL;
	const char *path = req->ca_path && req->ca_path[0] ? req->ca_path : NULL;

	if (!file && !path) {
		return;
	}
	curl_easy_setopt(curl, CURLOPT_CAINFO, file);
	curl_easy_setopt(curl, CURLOPT_CAPATH, path);
	curl_easy_setopt(curl, CURLOPT_SSL_OPTIONS, 0L);
}

/* ---- the request body, given once --------------------------------------- */

/*
 * libcurl sends a request again on its own: when a kept connection fails
 * before any of the answer came (Curl_retry_request(): the server may have
 * closed it idle, or may have read the request and died), after a 401/407
 * it can answer with other credentials, after a 307/308 it follows, and on
 * an HTTP/2 stream the server refused. A body given as CURLOPT_POSTFIELDS
 * it rewinds at will, so the same AddOrder could be carried out twice
 * (php-src issue #12450 shows it through ext/curl; curl pull request
 * #18417 proposes an option against it). Every one of those is a new
 * request, which libcurl's DO state starts by calling the pre-request
 * callback: on_prereq() refuses a second attempt once any byte of the
 * first may have gone out. Where libcurl has no such callback (before
 * 7.80), the body is handed over by a read callback, once, and a rewind
 * through on_seek(), which refuses likewise, whatever path asked for it.
 * libcurl then fails the transfer instead. Neither
 * credentials negotiation (only Basic is allowed, sent at once) nor
 * redirects (not followed) nor Expect: 100-continue (turned off) nor TLS
 * early data (not enabled) is in use, so on a sound connection no second
 * attempt is ever made.
 */

/*
 * Whether any byte of the request may have been handed to the connection:
 * CURLINFO_REQUEST_SIZE counts the bytes libcurl's connection layer
 * accepted (every successful send, TLS or plain, HTTP/1 or 2), from the
 * start of the transfer. What it counted before libcurl was last about to
 * send the request (a proxy's CONNECT, an attempt that sent nothing) is
 * not this attempt's. Without the pre-request callback (libcurl before
 * 7.80) every byte counts.
 */
static int may_have_sent(wo_http_transfer *t)
{
	long size = 0;

	if (t->sent || (t->has_prereq && t->requests == 0)) {
		return t->sent;
	}
	curl_easy_getinfo(t->curl, CURLINFO_REQUEST_SIZE, &size);
	t->sent = size > t->sent_base;
	return t->sent;
}

static size_t on_read(char *buffer, size_t size, size_t nitems, void *ud)
{
	wo_http_transfer *t = ud;
	size_t room = size * nitems, left;

	if (!t) {
		return CURL_READFUNC_ABORT;
	}
	left = t->req->body_len - t->body_offset;
	if (left > room) {
		left = room;
	}
	if (left) {
		memcpy(buffer, t->req->body + t->body_offset, left);
	}
	t->body_offset += left;
	return left;
}

/* Back to the start of the body, only while none of it went out. */
static int on_seek(void *ud, curl_off_t offset, int origin)
{
	wo_http_transfer *t = ud;

	if (!t || offset != 0 || origin != SEEK_SET) {
		return CURL_SEEKFUNC_FAIL;
	}
	if (may_have_sent(t)) {
		t->resend_refused = 1;
		return CURL_SEEKFUNC_FAIL;
	}
	t->body_offset = 0;
	return CURL_SEEKFUNC_OK;
}

/* Whether the blank line that ends a status line's headers came: an
 * answer whose connection ends before it is cut, whatever libcurl makes
 * of it. Each status line (a 1xx's, then the answer's) starts a block;
 * the trailers of a chunked body follow the blank line, and do not count. */
static size_t on_header(char *data, size_t size, size_t nitems, void *ud)
{
	wo_http_transfer *t = ud;
	size_t n = size * nitems;

	if (t && n >= 5 && memcmp(data, "HTTP/", 5) == 0) {
		t->headers_ended = 0;
	} else if (t && ((n == 2 && data[0] == '\r' && data[1] == '\n') || (n == 1 && data[0] == '\n'))) {
		t->headers_ended = 1;
	}
	return n;
}

#if LIBCURL_VERSION_NUM >= 0x075000
/*
 * libcurl calls this each time it is about to send a request, once the
 * connection for it is ready: a second call for one transfer is a second
 * attempt. It may go on only when nothing of the first was handed to the
 * connection (a kept connection found closed as the request was written):
 * the server cannot have seen that one, and the body starts over.
 */
static int on_prereq(void *ud, char *remote_ip, char *local_ip, int remote_port, int local_port)
{
	wo_http_transfer *t = ud;

	if (!t) {
		return CURL_PREREQFUNC_ABORT;
	}
	if (t->requests > 0 && may_have_sent(t)) {
		t->resend_refused = 1;
		return CURL_PREREQFUNC_ABORT;
	}
	t->requests++;
	t->sent_base = 0;
	curl_easy_getinfo(t->curl, CURLINFO_REQUEST_SIZE, &t->sent_base);
	t->body_offset = 0;
	if (t->idle) {
		wo_http_idle_release(t->idle, t->claim, t->cache);
		t->claim = wo_http_idle_claim(t->idle, remote_ip, remote_port, local_ip, local_port);
	}
	return CURL_PREREQFUNC_OK;
}
#endif

/* The callbacks' data: the transfer while it runs, NULL after (a kept
 * transfer's stay: it lives as long as the handle). */
static const CURLoption transfer_data[] = { CURLOPT_READDATA, CURLOPT_SEEKDATA, CURLOPT_HEADERDATA };

static void set_transfer_data(CURL *curl, wo_http_transfer *t)
{
	for (size_t i = 0; i < sizeof(transfer_data) / sizeof(transfer_data[0]); i++) {
		curl_easy_setopt(curl, transfer_data[i], t);
	}
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, t ? &t->sink : NULL);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, t ? t->detail : NULL);
#if LIBCURL_VERSION_NUM >= 0x075000
	if (!t) {
		curl_easy_setopt(curl, CURLOPT_PREREQDATA, NULL);
		return;
	}
	/* A library older than the headers refuses the option. */
	t->has_prereq = curl_easy_setopt(curl, CURLOPT_PREREQDATA, t) == CURLE_OK;
#else
	if (t) {
		t->has_prereq = 0;
	}
#endif
}

/* The callbacks that hand the body over, once for a handle. */
static void set_body_callbacks(CURL *curl)
{
	curl_easy_setopt(curl, CURLOPT_POSTFIELDS, NULL);
	curl_easy_setopt(curl, CURLOPT_POST, 1L);
	curl_easy_setopt(curl, CURLOPT_READFUNCTION, on_read);
	curl_easy_setopt(curl, CURLOPT_SEEKFUNCTION, on_seek);
	curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
#if LIBCURL_VERSION_NUM >= 0x075000
	curl_easy_setopt(curl, CURLOPT_PREREQFUNCTION, on_prereq);
#endif
}

/*
 * Where on_prereq() guards every attempt, the body goes as
 * CURLOPT_POSTFIELDS: libcurl then writes it in the same TLS record and
 * send() as the headers (libcurl 7.88 does not for a read callback's
 * body: a second record and system call, 8,000 instructions a call), and
 * any second attempt still passes through on_prereq() first (libcurl's
 * DO state calls it before every request it sends). Without that
 * callback the read callback is the guard.
 */
static void set_body(CURL *curl, wo_http_transfer *t)
{
	curl_easy_setopt(curl, CURLOPT_POSTFIELDS, t->has_prereq ? (t->req->body ? t->req->body : "") : NULL);
	curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) t->req->body_len);
}

/* A kept connection's idle time is the pool's to keep (http_idle.c): the
 * socket callbacks tell it of every connection. */
static void set_idle_tracking(CURL *curl, const wo_http_transfer *t)
{
	curl_easy_setopt(curl, CURLOPT_SOCKOPTFUNCTION, wo_http_idle_on_open);
	curl_easy_setopt(curl, CURLOPT_SOCKOPTDATA, t->idle);
	curl_easy_setopt(curl, CURLOPT_CLOSESOCKETFUNCTION, wo_http_idle_on_close);
	curl_easy_setopt(curl, CURLOPT_CLOSESOCKETDATA, t->idle);
}

/*
 * The options a handle keeps for every call it serves: the same for all,
 * or (TLS, proxy, address family) those the pool gives a handle only
 * calls of (entry_serves()). Set once per handle: each setting costs a
 * pass through libcurl's option code, a page's call meets it cold, and
 * some copy or parse their value.
 */
int wo_http_same_setting(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

/* The request fields set_handle_options() reads, and only those. */
int wo_http_handle_options_alike(const wo_http_request *a, const wo_http_request *b)
{
	return (a->verify_tls != 0) == (b->verify_tls != 0) && wo_http_same_setting(a->ca_file, b->ca_file)
		&& wo_http_same_setting(a->ca_path, b->ca_path) && wo_http_same_setting(a->proxy, b->proxy)
		&& a->ip_resolve == b->ip_resolve;
}

static void set_handle_options(CURL *curl, const wo_http_request *req)
{
	set_body_callbacks(curl);
	/* Without a proxy, a line of the request's own (build_headers()). */
	curl_easy_setopt(curl, CURLOPT_USERAGENT, has_proxy(req) ? USER_AGENT : NULL);
	/* PHP owns the process's signals; libcurl must not use SIGALRM. */
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(curl, CURLOPT_PROTOCOLS, (long) (CURLPROTO_HTTP | CURLPROTO_HTTPS));
	curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS, (long) (CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, req->verify_tls ? 1L : 0L);
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, req->verify_tls ? 2L : 0L);
	set_trust_store(curl, req);
	/* Only the proxy option counts: http_proxy, https_proxy, all_proxy and
	 * no_proxy in the environment would send the credentials wherever a cron
	 * job's environment says. "" is libcurl's "none, whatever the
	 * environment holds", for the proxy and for the exceptions alike. */
	curl_easy_setopt(curl, CURLOPT_PROXY, has_proxy(req) ? req->proxy : "");
	curl_easy_setopt(curl, CURLOPT_NOPROXY, "");
	curl_easy_setopt(curl, CURLOPT_IPRESOLVE, req->ip_resolve == WO_HTTP_IP_V4 ? CURL_IPRESOLVE_V4
		: req->ip_resolve == WO_HTTP_IP_V6 ? CURL_IPRESOLVE_V6 : CURL_IPRESOLVE_WHATEVER);
	/* OpenSRS answers an address it has not whitelisted without a status
	 * line: accept such an answer so the caller can say what it means. */
	curl_easy_setopt(curl, CURLOPT_HTTP09_ALLOWED, 1L);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
}

/* Sets a long option unless a kept handle has that value already. */
static void set_long(CURL *curl, wo_http_transfer *t, CURLoption option, long value, long *given)
{
	if (!t->given.valid || *given != value) {
		curl_easy_setopt(curl, option, value);
		*given = value;
	}
}

/* The URL, unless a kept handle has it: libcurl copies it each time. */
static void set_url(CURL *curl, wo_http_transfer *t)
{
	const char *url = t->req->url;

	if (t->kept && t->given.valid && t->given.url && strcmp(t->given.url, url) == 0) {
		return;
	}
	curl_easy_setopt(curl, CURLOPT_URL, url);
	if (t->kept) {
		free(t->given.url);
		t->given.url = strdup(url);
	}
}

/* The options of this call, and the handle's own unless it has them. */
static void set_options(CURL *curl, wo_http_transfer *t, int close_after)
{
	const wo_http_request *req = t->req;

	if (!t->handle_set || !t->kept) {
		if (!t->handle_set) {
			set_handle_options(curl, req);
		}
		t->given.valid = 0;
		set_transfer_data(curl, t);
		if (t->idle) {
			set_idle_tracking(curl, t);
		}
	}
	set_url(curl, t);
	set_body(curl, t);
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, t->headers);
	set_long(curl, t, CURLOPT_TIMEOUT_MS, to_ms(req->timeout), &t->given.timeout_ms);
	set_long(curl, t, CURLOPT_CONNECTTIMEOUT_MS, to_ms(req->connect_timeout), &t->given.connect_timeout_ms);
	if (!t->given.valid || t->given.max_size != (curl_off_t) req->max_response_size) {
		curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t) req->max_response_size);
		t->given.max_size = (curl_off_t) req->max_response_size;
	}
	set_long(curl, t, CURLOPT_FRESH_CONNECT, req->fresh_connect ? 1L : 0L, &t->given.fresh_connect);
	set_long(curl, t, CURLOPT_FORBID_REUSE, close_after ? 1L : 0L, &t->given.forbid_reuse);
#if LIBCURL_VERSION_NUM >= 0x074100
	/* libcurl's own idle limit is set past the pool's, to close only what
	 * the pool missed. */
	if (t->idle) {
		double max_idle = req->keepalive_idle;
		set_long(curl, t, CURLOPT_MAXAGE_CONN, max_idle < 1e6 ? (long) max_idle + 2 : 1000000L, &t->given.max_age);
	}
#endif
	t->given.valid = t->kept;
}

int wo_http_transfer_begin(CURL *curl, wo_http_transfer *t, int close_after)
{
	memset(&t->sink, 0, sizeof(t->sink));
	t->sink.res = t->res;
	t->sink.max = t->req->max_response_size;
	t->detail[0] = '\0';
	t->curl = curl;
	t->body_offset = 0;
	t->requests = 0;
	t->sent_base = 0;
	t->sent = 0;
	t->resend_refused = 0;
	t->headers_ended = 0;
	t->claim = 0;
	int failed;
	t->headers = build_headers(t->req, &failed);
	if (failed) {
		return fail(t->res, WO_HTTP_ERR_OTHER, "cannot set up libcurl (out of memory)");
	}
	set_options(curl, t, close_after);
	return 0;
}

/* An answer arrived: its status, where it came from and where a 3xx
 * points. */
static int read_answer(CURL *curl, wo_http_transfer *t, wo_http_response *res)
{
	char *local_ip = NULL;
	size_t n;

	curl_easy_getinfo(curl, CURLINFO_LOCAL_IP, &local_ip);
	n = local_ip ? strnlen(local_ip, sizeof(res->local_ip) - 1) : 0;
	memcpy(res->local_ip, local_ip ? local_ip : "", n);
	res->local_ip[n] = '\0';
	curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &res->status);
	if (res->status > 0 && !t->headers_ended) {
		/* libcurl takes a connection that ends inside the headers for the
		 * end of an answer with an empty body. */
		return fail(res, WO_HTTP_ERR_IO, "the connection ended in the middle of the answer's headers");
	}
	if (res->status >= 300 && res->status < 400) {
		char *location = NULL;
		curl_easy_getinfo(curl, CURLINFO_REDIRECT_URL, &location);
		res->location = location ? strip_userinfo(location) : NULL;
	}
	return 0;
}

/* The handle may outlive the transfer: its pointers to the header list
 * and the caller's body go, and to t unless t is kept with it. */
static void transfer_detach(CURL *curl, wo_http_transfer *t)
{
	curl_easy_setopt(curl, CURLOPT_POSTFIELDS, NULL);
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, NULL);
	if (!t->kept) {
		set_transfer_data(curl, NULL);
	}
	free(t->headers);
	t->headers = NULL;
}

int wo_http_transfer_end(CURL *curl, wo_http_transfer *t, CURLcode rc, long *new_connections)
{
	wo_http_response *res = t->res;
	int result;

	/* "Possibly sent" is what the transport wrote, never a guess from
	 * timings (see may_have_sent()). */
	res->request_sent = rc == CURLE_OK || may_have_sent(t);
	result = rc == CURLE_OK ? read_answer(curl, t, res) : classify(curl, rc, t, res);
	*new_connections = 0;
	curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, new_connections);
	res->reused_connection = rc == CURLE_OK && *new_connections == 0;
	t->sock = CURL_SOCKET_BAD;
	if (t->idle) {
		t->sock = wo_http_idle_socket_of(t->idle, t->claim);
		wo_http_idle_release(t->idle, t->claim, t->cache);
		t->claim = 0;
	}
	transfer_detach(curl, t);
	return result;
}

/* Runs one POST on curl; tells how many connections it had to open.
 * kept (NULL for a handle of one call) is the transfer that lives with
 * the handle (wo_http_transfer): the handle's own options, those of every
 * call it may serve, are set at its first call, the call's own when they
 * change. CA locations left at libcurl's defaults cannot be set back once
 * changed, which is why the pool gives a handle only calls with the TLS
 * settings it was opened with. */
static int perform(CURL *curl, const wo_http_request *req, wo_http_response *res,
                   long *new_connections, int close_after, wo_http_idle *idle, const void *cache,
                   wo_http_transfer *kept)
{
	wo_http_transfer one, *t = kept ? kept : &one;

	if (!kept) {
		memset(&one, 0, sizeof(one));
	}
	t->req = req;
	t->res = res;
	t->idle = idle;
	t->cache = cache;
	t->kept = kept != NULL;
	*new_connections = 0;
	if (wo_http_transfer_begin(curl, t, close_after) != 0) {
		return -1;
	}
	t->handle_set = 1;
	return wo_http_transfer_end(curl, t, curl_easy_perform(curl), new_connections);
}

int wo_http_post(const wo_http_request *req, wo_http_response *res)
{
	int needs_insecure;

	memset(res, 0, sizeof(*res));
	if (wo_http_check_url(req, res, &needs_insecure) != 0 || wo_http_check_ca(req, res) != 0) {
		return -1;
	}
	CURL *curl = curl_easy_init();
	if (!curl) {
		return fail(res, WO_HTTP_ERR_OTHER, "cannot set up libcurl (out of memory)");
	}
	long new_connections;
	int result = perform(curl, req, res, &new_connections, 1, NULL, NULL, NULL);
	curl_easy_cleanup(curl);
	return result;
}

/* ---- kept connections ---------------------------------------------------- */

/*
 * One easy handle per origin keeps its connection (and TLS session) alive
 * from call to call and, in a PHP-FPM worker, from request to request. A
 * handle serves only calls with the TLS, proxy and address family settings
 * it was opened with: in PHP-FPM the next call may be another script's, and
 * must not inherit the trust or the route an earlier one set up (libcurl
 * would reuse an IPv6 connection for a call pinned to IPv4). Calls with
 * other settings get their own.
 *
 * Each entry's cache of connections, TLS sessions and DNS answers (a
 * libcurl share) also serves the many-call batches (http_multi.c) with its
 * origin and settings: a batch starts on the connection single calls left
 * open, and leaves its own for the next.
 */
#define POOL_SIZE 8

/* Connections whose commands are counted (OpenSRS allows 100 each). */
#define POOL_COUNTED_CONNECTIONS 32

typedef struct {
	CURL *curl;
	char *origin;              /* scheme://host:port */
	char *url;                 /* the URL last checked and used here */
	int url_needs_insecure;    /* plain http to a host that is not loopback */
	unsigned long generation;  /* fork generation that opened it */
	int verify_tls;            /* the settings it serves; NULL: not set */
	char *ca_file;
	char *ca_path;
	char *proxy;               /* may hold a password */
	wo_http_ip_resolve ip_resolve;
	CURLSH *share;             /* its cache, NULL when none could be made */
	int busy;                  /* a batch is using its cache: not evicted */
	unsigned long last_used;   /* pool clock, for eviction */
	wo_http_transfer transfer; /* its calls' (perform()), as long as it lives */
} pool_entry;

/* A kept connection, known by its socket while it is open. */
typedef struct {
	curl_socket_t sock;
	unsigned long commands;
} counted_connection;

/*
 * fork() children must not touch their parent's connections. A counter
 * bumped in the child by pthread_atfork() tells, without a getpid() system
 * call per request, whether a handle was opened in this process.
 */
static unsigned long fork_generation;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

static void on_fork_child(void)
{
	fork_generation++;
}

static void register_atfork(void)
{
	pthread_atfork(NULL, NULL, on_fork_child);
}

struct wo_http_pool {
	pool_entry entries[POOL_SIZE];
	unsigned long clock;
	counted_connection counted[POOL_COUNTED_CONNECTIONS];
	unsigned long counted_generation;
	unsigned counted_next;
	wo_http_idle idle;         /* every connection socket of its handles */
};

wo_http_pool *wo_http_pool_new(void)
{
	wo_http_pool *pool;

	pthread_once(&atfork_once, register_atfork);
	pool = calloc(1, sizeof(wo_http_pool));
	if (pool) {
		for (int i = 0; i < POOL_COUNTED_CONNECTIONS; i++) {
			pool->counted[i].sock = CURL_SOCKET_BAD;
		}
	}
	return pool;
}

/* A cache of connections, TLS sessions and DNS answers for one entry. */
static CURLSH *share_new(void)
{
	CURLSH *share = curl_share_init();

	if (share) {
		curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
		curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
#if LIBCURL_VERSION_NUM >= 0x073900
		curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
#endif
	}
	return share;
}

/*
 * Counts a command on the connection the transfer on curl used. Once it has
 * carried max (0: no limit) it is retired: shut down where it lies in the
 * cache, so that libcurl finds it dead before it would reuse it and opens a
 * new one, and the next command never meets the server's refusal. When a
 * transfer is on it already (taker), that transfer is its last instead: a
 * connection is never shut down under a transfer, whose answer would be
 * lost and its command sent again.
 */
void wo_http_pool_count_command(wo_http_pool *pool, CURL *curl, curl_socket_t sock, long new_connections,
                                unsigned long max, CURL *taker)
{
	counted_connection *c = NULL;

	if (!max) {
		return;
	}
	/* libcurl's answer looks the connection up in its cache (about 1,000
	 * instructions): only when the idle registry does not know it. */
	if (sock == CURL_SOCKET_BAD
	    && (curl_easy_getinfo(curl, CURLINFO_ACTIVESOCKET, &sock) != CURLE_OK || sock == CURL_SOCKET_BAD)) {
		return;   /* the connection is closed already */
	}
	/* Counts made before a fork() are the parent's. */
	if (pool->counted_generation != fork_generation) {
		for (int i = 0; i < POOL_COUNTED_CONNECTIONS; i++) {
			pool->counted[i].sock = CURL_SOCKET_BAD;
		}
		pool->counted_generation = fork_generation;
	}
	for (int i = 0; i < POOL_COUNTED_CONNECTIONS && !c; i++) {
		if (pool->counted[i].sock == sock) {
			c = &pool->counted[i];
		}
	}
	if (!c || new_connections > 0) {
		/* A socket number is reused once its connection closed: a new
		 * connection starts at its first command, wherever it is kept. */
		if (!c) {
			c = &pool->counted[pool->counted_next++ % POOL_COUNTED_CONNECTIONS];
		}
		c->sock = sock;
		c->commands = 0;
	}
	if (++c->commands < max) {
		return;
	}
	if (taker) {
		/* Read when that transfer ends: the connection closes then. */
		curl_easy_setopt(taker, CURLOPT_FORBID_REUSE, 1L);
	} else {
		shutdown(sock, SHUT_RDWR);
	}
	c->sock = CURL_SOCKET_BAD;
}

static void entry_drop(pool_entry *e)
{
	/* A child of fork() shares its parent's sockets and TLS state: closing
	 * them here would send a TLS close_notify on the parent's connection.
	 * Abandon the handle instead; the child only loses a little memory. */
	if (e->curl && e->generation == fork_generation) {
		curl_easy_cleanup(e->curl);
		/* After the handle that uses it; it closes the connections it keeps. */
		if (e->share) {
			curl_share_cleanup(e->share);
		}
	}
	free(e->origin);
	free(e->url);
	free(e->transfer.given.url);
	free(e->ca_file);
	free(e->ca_path);
	if (e->proxy) {
		memset(e->proxy, 0, strlen(e->proxy));
		free(e->proxy);
	}
	memset(e, 0, sizeof(*e));
}

void wo_http_pool_free(wo_http_pool *pool)
{
	if (!pool) {
		return;
	}
	/* The handles close their connections through pool->idle's callback:
	 * it goes last. */
	for (int i = 0; i < POOL_SIZE; i++) {
		entry_drop(&pool->entries[i]);
	}
	wo_http_idle_free(&pool->idle);
	free(pool);
}

/* scheme://host:port of url, malloc'ed, never its user name or password;
 * without the port when neither the URL nor its scheme has one. */
char *wo_http_origin_of(const char *url, unsigned int flags)
{
	CURLU *u = curl_url();
	char *scheme = NULL, *host = NULL, *port = NULL, *origin = NULL;

	if (u && curl_url_set(u, CURLUPART_URL, url, flags) == CURLUE_OK
			&& curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK
			&& curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) {
		if (curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) != CURLUE_OK) {
			port = NULL;
		}
		size_t n = strlen(scheme) + strlen(host) + (port ? strlen(port) : 0) + 5;
		origin = malloc(n);
		if (origin) {
			snprintf(origin, n, "%s://%s%s%s", scheme, host, port ? ":" : "", port ? port : "");
		}
	}
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
	return origin;
}

void wo_http_proxy_display(const char *proxy, char *out, size_t size)
{
	char *origin = proxy ? wo_http_origin_of(proxy, CURLU_NON_SUPPORT_SCHEME) : NULL;

	snprintf(out, size, "%s", origin ? origin : "(a proxy URL that cannot be read)");
	free(origin);
}

static int entry_serves(const pool_entry *e, const wo_http_request *req)
{
	return e->verify_tls == (req->verify_tls != 0)
		&& wo_http_same_setting(e->ca_file, req->ca_file)
		&& wo_http_same_setting(e->ca_path, req->ca_path)
		&& wo_http_same_setting(e->proxy, req->proxy)
		&& e->ip_resolve == req->ip_resolve;
}

/* Copies a setting for an entry: 0 when out of memory. */
static int keep_setting(char **slot, const char *value)
{
	*slot = value && value[0] ? strdup(value) : NULL;
	return *slot != NULL || !value || !value[0];
}

static pool_entry *pool_entry_for(wo_http_pool *pool, const char *origin, const wo_http_request *req)
{
	pool_entry *free_slot = NULL, *oldest = NULL;

	for (int i = 0; i < POOL_SIZE; i++) {
		pool_entry *e = &pool->entries[i];
		if (e->curl && e->generation != fork_generation) {
			entry_drop(e);
		}
		if (!e->curl) {
			free_slot = free_slot ? free_slot : e;
			continue;
		}
		if (strcmp(e->origin, origin) == 0 && entry_serves(e, req)) {
			return e;
		}
		if (!e->busy && (!oldest || e->last_used < oldest->last_used)) {
			oldest = e;
		}
	}
	pool_entry *e = free_slot ? free_slot : oldest;
	if (!e) {
		return NULL;   /* every entry serves a batch in progress */
	}
	if (!free_slot) {
		entry_drop(e);
	}
	e->curl = curl_easy_init();
	e->origin = strdup(origin);
	e->verify_tls = req->verify_tls != 0;
	e->ip_resolve = req->ip_resolve;
	if (!e->curl || !e->origin || !keep_setting(&e->ca_file, req->ca_file)
			|| !keep_setting(&e->ca_path, req->ca_path) || !keep_setting(&e->proxy, req->proxy)) {
		entry_drop(e);
		return NULL;
	}
	e->share = share_new();
	if (e->share) {
		curl_easy_setopt(e->curl, CURLOPT_SHARE, e->share);
	}
	e->generation = fork_generation;
	return e;
}

/* The entry that last served exactly this URL with these settings, in
 * this process. */
static pool_entry *pool_entry_by_url(wo_http_pool *pool, const char *url, const wo_http_request *req)
{
	for (int i = 0; i < POOL_SIZE; i++) {
		pool_entry *e = &pool->entries[i];
		if (e->curl && e->url && e->generation == fork_generation && strcmp(e->url, url) == 0
				&& entry_serves(e, req)) {
			return e;
		}
	}
	return NULL;
}

CURLSH *wo_http_pool_share_take(wo_http_pool *pool, const wo_http_request *req)
{
	char *origin = wo_http_origin_of(req->url, 0);
	pool_entry *e = origin ? pool_entry_for(pool, origin, req) : NULL;

	free(origin);
	if (!e || !e->share) {
		return NULL;
	}
	e->last_used = ++pool->clock;
	e->busy++;
	return e->share;
}

wo_http_idle *wo_http_pool_idle(wo_http_pool *pool)
{
	wo_http_idle_check_generation(&pool->idle, fork_generation);
	return &pool->idle;
}

void wo_http_pool_share_give_back(wo_http_pool *pool, CURLSH *share)
{
	for (int i = 0; i < POOL_SIZE; i++) {
		if (pool->entries[i].share == share && pool->entries[i].busy) {
			pool->entries[i].busy--;
			return;
		}
	}
}

int wo_http_pool_post(wo_http_pool *pool, const wo_http_request *req, wo_http_response *res)
{
	memset(res, 0, sizeof(*res));

	/* A hook calls the same URL again and again: parse and check it, and
	 * the CA locations, once. libcurl reads those when it first connects,
	 * and (7.87 and later) keeps what it read for the next connections:
	 * an access() per call would read nothing libcurl reads. */
	pool_entry *e = req->url ? pool_entry_by_url(pool, req->url, req) : NULL;
	if (!e || (e->url_needs_insecure && !req->allow_insecure_http)) {
		int needs_insecure;
		if (wo_http_check_url(req, res, &needs_insecure) != 0 || wo_http_check_ca(req, res) != 0) {
			return -1;
		}
		char *origin = wo_http_origin_of(req->url, 0);
		e = origin ? pool_entry_for(pool, origin, req) : NULL;
		free(origin);
		char *url = e ? strdup(req->url) : NULL;
		if (!url) {
			return fail(res, WO_HTTP_ERR_OTHER, "cannot set up libcurl (out of memory)");
		}
		free(e->url);
		e->url = url;
		e->url_needs_insecure = needs_insecure;
	}

	e->last_used = ++pool->clock;
	/* Its cache holds its connections, or, without one, the handle. */
	const void *cache = e->share ? (const void *) e->share : (const void *) e->curl;
	wo_http_idle *idle = wo_http_pool_idle(pool);
	wo_http_idle_retire(idle, cache, req->keepalive_idle);
	long new_connections;
	int result = perform(e->curl, req, res, &new_connections, 0, idle, cache, &e->transfer);
	/* OpenSRS closes a connection after a fixed number of commands: it is
	 * closed here after the last one it allows, so that the next call opens
	 * a new connection instead of being refused. */
	wo_http_pool_count_command(pool, e->curl, e->transfer.sock, new_connections, req->max_requests_per_connection,
		NULL);
	return result;
}

/* origin, then " via " and the proxy's scheme://host:port when there is
 * one: 0, or -1 when it does not fit. */
static int route_of(const char *origin, const char *proxy, char *out, size_t size)
{
	char shown[256];
	int n;

	if (proxy && proxy[0]) {
		wo_http_proxy_display(proxy, shown, sizeof(shown));
		n = snprintf(out, size, "%s via %s", origin, shown);
	} else {
		n = snprintf(out, size, "%s", origin);
	}
	return n >= 0 && (size_t) n < size ? 0 : -1;
}

int wo_http_route(const wo_http_request *req, char *out, size_t size)
{
	char *origin = req->url ? wo_http_origin_of(req->url, 0) : NULL;
	int rc = origin ? route_of(origin, req->proxy, out, size) : -1;

	free(origin);
	return rc;
}

unsigned wo_http_pool_open_connections(wo_http_pool *pool, const char *route)
{
	unsigned open = 0;
	char entry_route[1024];

	for (int i = 0; pool && i < POOL_SIZE; i++) {
		pool_entry *e = &pool->entries[i];
		curl_socket_t sock = CURL_SOCKET_BAD;

		if (e->curl && e->generation == fork_generation
		    && route_of(e->origin, e->proxy, entry_route, sizeof(entry_route)) == 0
		    && strcmp(entry_route, route) == 0
		    && curl_easy_getinfo(e->curl, CURLINFO_ACTIVESOCKET, &sock) == CURLE_OK && sock != CURL_SOCKET_BAD) {
			open++;
		}
	}
	return open;
}

void wo_http_response_free(wo_http_response *res)
{
	free(res->body);
	free(res->location);
	res->body = res->location = NULL;
	res->body_len = 0;
}
