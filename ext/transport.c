/*
 * The transport binding, the send stage of every call: options to request,
 * the kept-connection pool of this process, the rules for sending a call
 * again, one call or many at once (http_multi.c), and wo_http failures as
 * exceptions. What an answer means is the API's to say (its interpret
 * function); what may be sent again is decided here, once for both forms.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <time.h>

#include "php.h"
#include "zend_exceptions.h"
#include "php_whmcs_opensrs.h"
#include "exceptions.h"
#include "breaker_php.h"
#include "transport.h"

void wo_transport_request(const wo_options *o, wo_http_request *req)
{
	req->timeout = o->timeout;
	req->connect_timeout = o->connect_timeout;
	req->verify_tls = o->verify_tls;
	req->ca_file = o->ca_file ? ZSTR_VAL(o->ca_file) : NULL;
	req->ca_path = o->ca_path ? ZSTR_VAL(o->ca_path) : NULL;
	req->proxy = o->proxy ? ZSTR_VAL(o->proxy) : NULL;
	req->ip_resolve = o->ip_resolve;
	req->max_response_size = (size_t) o->max_response_size;
	req->allow_insecure_http = o->allow_insecure_http;
	/* OpenSRS answers 350 to the 101st command on one connection. */
	req->max_requests_per_connection = o->api == WO_API_OPENSRS ? 100 : 0;
	req->fresh_connect = 0;
	req->keepalive_idle = o->keepalive_idle;
}

/* The kept connections of this process, when whmcs_opensrs.persistent
 * allows; NULL: every call opens its own. */
static wo_http_pool *kept_pool(void)
{
	if (!WOG(persistent)) {
		return NULL;
	}
	if (!WOG(pool)) {
		WOG(pool) = wo_http_pool_new();
	}
	return WOG(pool);
}

static int post(const wo_http_request *req, wo_http_response *res)
{
	wo_http_pool *pool = kept_pool();

	return pool ? wo_http_pool_post(pool, req, res) : wo_http_post(req, res);
}

/* Bytes of a quoted Location before it is cut with "...". */
#define LOCATION_QUOTE_MAX 200

/*
 * The Location header is the server's to write: any bytes, any length. In a
 * message, which ends up in logs, it must be one short line of text: bytes
 * outside printable ASCII are written %XX, as a URL would carry them, and it
 * is cut after LOCATION_QUOTE_MAX bytes.
 */
static void quote_location(const char *location, char out[LOCATION_QUOTE_MAX + 4])
{
	static const char hex[] = "0123456789ABCDEF";
	size_t o = 0;

	for (const unsigned char *p = (const unsigned char *) location; *p; p++) {
		if (o + 3 > LOCATION_QUOTE_MAX) {
			memcpy(out + o, "...", 3);
			o += 3;
			break;
		}
		if (*p > 0x20 && *p < 0x7F) {
			out[o++] = (char) *p;
		} else {
			out[o++] = '%';
			out[o++] = hex[*p >> 4];
			out[o++] = hex[*p & 15];
		}
	}
	out[o] = '\0';
}

/*
 * No usable answer: a TransportException that says whether the request
 * may have reached the server, in words and by isPossiblySent(), since a
 * caller must not send a possibly sent AddOrder again without looking.
 * attempt counts from 1: a call sent more than once says so.
 */
static void throw_transport(const wo_http_response *res, unsigned attempt)
{
	const char *sent = res->request_sent ? "possibly sent" : "not sent";
	zend_object *ex;

	if (attempt > 1) {
		ex = wo_throw(wo_ce_transport_exception, (zend_long) res->error, 0, NULL,
			"%s; the request was %s (%u attempts)", res->message, sent, attempt);
	} else {
		ex = wo_throw(wo_ce_transport_exception, (zend_long) res->error, 0, NULL,
			"%s; the request was %s", res->message, sent);
	}
	zend_update_property_bool(wo_ce_transport_exception, ex, ZEND_STRL("possiblySent"), res->request_sent);
}

/* An attempt's failure to get a usable answer as the exception it is:
 * FAILURE with it thrown, SUCCESS when there is an answer to read. */
static zend_result check_answer(int rc, const wo_http_response *res, unsigned attempt)
{
	char location[LOCATION_QUOTE_MAX + 4];

	if (rc != 0) {
		throw_transport(res, attempt);
		return FAILURE;
	}
	if (res->status >= 300 && res->status < 400) {
		if (res->location) {
			quote_location(res->location, location);
		}
		wo_throw(wo_ce_protocol_exception, 0, res->status, NULL,
			"HTTP %ld redirect to %s: redirects are not followed, set the URL to the final address",
			res->status, res->location ? location : "(no Location header)");
		return FAILURE;
	}
	return SUCCESS;
}

static zend_result read_attempt(const wo_http_request *req, int rc, const wo_http_response *res,
                                unsigned attempt, wo_interpret_fn interpret, void *call, zval *value,
                                wo_refusal *refusal)
{
	*refusal = WO_REFUSAL_NONE;
	if (check_answer(rc, res, attempt) == FAILURE) {
		return FAILURE;
	}
	return interpret(call, req, res, value, refusal);
}

/* ---- sending again ------------------------------------------------------ */

/* What a call's attempts so far allow. */
typedef struct {
	zend_long retries_used;
	bool resent_on_new_connection;   /* after a 350 */
} attempts;

/* Seconds before the nth retry: 0.25, 0.5, 1, 2, then 4 each. */
static double backoff(zend_long n)
{
	double delay = 0.25;

	while (--n > 0 && delay < 4) {
		delay *= 2;
	}
	return delay;
}

/* A failure to connect that happened before any byte of the request was
 * handed to the connection (request_sent is read from what the transport
 * wrote): the server cannot have acted on it. */
static bool not_connected(int rc, const wo_http_response *res)
{
	return rc != 0 && !res->request_sent
		&& (res->error == WO_HTTP_ERR_CONNECT || res->error == WO_HTTP_ERR_RESOLVE
		    || res->error == WO_HTTP_ERR_TIMEOUT);
}

/*
 * Whether a failed attempt goes again, and how. Only what was not carried
 * out: OpenSRS's refusals and connections that could not be made, never a
 * timeout once the request was out. elapsed: seconds since the call's first
 * attempt started; the next attempt must end within o->timeout of that.
 */
static void decide(const wo_options *o, wo_refusal refusal, int rc, const wo_http_response *res,
                   double elapsed, attempts *a, wo_http_verdict *v)
{
	double delay = 0, left;

	memset(v, 0, sizeof(*v));
	v->fewer_at_once = refusal == WO_REFUSAL_TOO_MANY_AT_ONCE;
	if (refusal == WO_REFUSAL_CONNECTION_SPENT) {
		/* OpenSRS refuses the command past a connection's quota and closes
		 * it: the command did not run, so it goes again, once, on a new
		 * connection. A new connection refused so has another cause. */
		if (!res->reused_connection || a->resent_on_new_connection) {
			return;
		}
		a->resent_on_new_connection = true;
	} else if (refusal == WO_REFUSAL_TRY_LATER || refusal == WO_REFUSAL_TOO_MANY_AT_ONCE
	           || not_connected(rc, res)) {
		if (a->retries_used >= o->retries) {
			return;
		}
		delay = backoff(a->retries_used + 1);
	} else {
		return;
	}
	left = o->timeout - elapsed - delay;
	if (left <= 0) {
		return;
	}
	if (delay > 0) {
		a->retries_used++;
	}
	v->again = 1;
	v->delay = delay;
	v->timeout = left;
	v->fresh_connect = refusal == WO_REFUSAL_CONNECTION_SPENT || rc != 0;
}

static double now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static void wait_seconds(double seconds)
{
	struct timespec ts;

	ts.tv_sec = (time_t) seconds;
	ts.tv_nsec = (long) ((seconds - (double) ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {
	}
}

/* The body as the module log takes it. */
static zend_string *body_string(const wo_http_response *res)
{
	return res->body ? zend_string_init(res->body, res->body_len, 0) : ZSTR_EMPTY_ALLOC();
}

/* ---- one call ----------------------------------------------------------- */

zend_result wo_transport_call(const wo_options *o, wo_http_request *req, wo_interpret_fn interpret,
                              void *call, zval *value, zend_string **raw)
{
	attempts a = { 0, false };
	double started = now_seconds();

	for (unsigned attempt = 1;; attempt++) {
		wo_http_response res;
		wo_http_verdict v;
		wo_refusal refusal;
		wo_breaker_ticket ticket;

		/* The route's circuit breaker, before each attempt and after it: an
		 * open one fails the call at once, and is not waited out. */
		if (wo_breaker_call_admit(o, req, &ticket) == FAILURE) {
			return FAILURE;
		}
		int rc = post(req, &res);
		zend_result outcome = read_attempt(req, rc, &res, attempt, interpret, call, value, &refusal);
		bool open = wo_breaker_call_done(o, req, &ticket, rc, &res, outcome);

		v.again = 0;
		if (outcome == FAILURE && !open) {
			decide(o, refusal, rc, &res, now_seconds() - started, &a, &v);
		}
		if (!v.again) {
			if (raw) {
				*raw = body_string(&res);
			}
			wo_http_response_free(&res);
			return outcome;
		}
		zend_clear_exception();
		wo_http_response_free(&res);
		wait_seconds(v.delay);
		req->fresh_connect = v.fresh_connect;
		req->timeout = v.timeout;
	}
}

/* ---- many calls at once ------------------------------------------------- */

typedef struct {
	const wo_options *o;
	wo_http_request *reqs;
	void **calls;
	wo_interpret_fn interpret;
	zval *results;
	zend_string **raws;
	attempts *attempts;
	wo_breaker_batch breaker;
} many_run;

/* The exception just thrown, taken off the engine into slot. */
static void take_exception(zval *slot)
{
	zend_object *ex = EG(exception);

	GC_ADDREF(ex);
	zend_clear_exception();
	ZVAL_OBJ(slot, ex);
}

/* Each attempt of the batch ends here, read as its single call reads it. */
static void many_attempt_done(void *ud, size_t i, int rc, wo_http_response *res, unsigned attempt,
                              double elapsed, wo_http_verdict *v)
{
	many_run *m = ud;
	wo_refusal refusal;
	zval value;
	zend_result outcome = read_attempt(&m->reqs[i], rc, res, attempt, m->interpret, m->calls[i], &value, &refusal);
	bool open = wo_breaker_batch_done(&m->breaker, i, rc, res, outcome);

	if (outcome == SUCCESS) {
		ZVAL_COPY_VALUE(&m->results[i], &value);
	} else {
		if (!open) {
			decide(m->o, refusal, rc, res, elapsed, &m->attempts[i], v);
		}
		if (v->again) {
			zend_clear_exception();
			return;
		}
		take_exception(&m->results[i]);
	}
	if (m->raws) {
		m->raws[i] = body_string(res);
	}
}

/* Before each attempt of the batch: the route's circuit breaker. A call it
 * refuses gets its UnavailableException in its slot. */
static wo_http_gate many_gate(void *ud, size_t i)
{
	many_run *m = ud;
	wo_http_gate gate = wo_breaker_batch_gate(&m->breaker, i);

	if (gate == WO_HTTP_GATE_FINISHED) {
		take_exception(&m->results[i]);
	}
	return gate;
}

void wo_transport_call_many(const wo_options *o, wo_http_request *reqs, void **calls, size_t n,
                            wo_interpret_fn interpret, zval *results, zend_string **raws)
{
	many_run m = { o, reqs, calls, interpret, results, raws, NULL, { 0 } };

	m.attempts = ecalloc(n ? n : 1, sizeof(*m.attempts));
	wo_breaker_batch_start(&m.breaker, o, reqs, n);
	if (wo_http_batch_gated(kept_pool(), reqs, n, (unsigned) o->concurrency, many_gate, many_attempt_done, &m) != 0) {
		for (size_t i = 0; i < n; i++) {
			wo_throw(wo_ce_transport_exception, WO_HTTP_ERR_OTHER, 0, NULL,
				"cannot set up libcurl (out of memory); the request was not sent");
			take_exception(&results[i]);
		}
	}
	wo_breaker_batch_end(&m.breaker);
	efree(m.attempts);
}

/* Appends s at out[at], cut to fit size; returns the new length. */
static size_t append_cut(char *out, size_t size, size_t at, const char *s)
{
	size_t n = strlen(s);

	if (at + n >= size) {
		n = size - 1 - at;
	}
	memcpy(out + at, s, n);
	out[at + n] = '\0';
	return at + n;
}

void wo_transport_describe_source(const wo_http_request *req, const wo_http_response *res,
                                  char *out, size_t size)
{
	char proxy[256];
	size_t at;

	out[0] = '\0';
	if (req->proxy && req->proxy[0]) {
		wo_http_proxy_display(req->proxy, proxy, sizeof(proxy));
		snprintf(out, size, "this call went through the proxy %s: the server sees the proxy's address",
			proxy);
	} else if (res->local_ip[0]) {
		/* Every answer gets this, which only a refusal's message reads:
		 * copies cost a tenth of snprintf() here. */
		at = append_cut(out, size, 0, strchr(res->local_ip, ':') ? "this call left from IPv6 address "
			: "this call left from IPv4 address ");
		at = append_cut(out, size, at, res->local_ip);
		append_cut(out, size, at, "; the ip_resolve or proxy option pins the address calls leave from");
	}
}
