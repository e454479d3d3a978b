/* See breaker_php.h. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <time.h>
#include <unistd.h>

#include "php.h"
#include "zend_exceptions.h"
#include "ext/standard/info.h"

#include "php_whmcs_opensrs.h"
#include "exceptions.h"
#include "secrets.h"
#include "breaker_php.h"

/* Extra seconds a trial may take past its timeout before another call
 * may try: reading the answer, and a little slack. */
#define TRIAL_LEASE_SLACK 1.0

/* Room for a time as messages show it. */
#define TIME_TEXT_SIZE 32

static wo_breaker_rules rules_of(const wo_options *o, const wo_http_request *req)
{
	wo_breaker_rules rules;

	rules.failures = (unsigned) o->breaker_failures;
	rules.cooldown = o->breaker_cooldown;
	rules.trial_lease = req->timeout + TRIAL_LEASE_SLACK;
	rules.enforce = o->breaker;
	return rules;
}

/* The rules of a route no call has reached: the ini settings. */
static wo_breaker_rules ini_rules(void)
{
	wo_breaker_rules rules;

	rules.failures = (unsigned) WOG(breaker_failures);
	rules.cooldown = WOG(breaker_cooldown);
	rules.trial_lease = 0;
	rules.enforce = WOG(breaker);
	return rules;
}

/* Routes are kept apart per user: PHP-FPM's pools of one master share the
 * table, and one site must neither see another's routes nor open them.
 * Read once a request (a system call, 250 ns here, on every call
 * otherwise): a worker takes its pool's user before its first request. */
static uint32_t caller_uid(void)
{
	if (WOG(breaker_uid) < 0) {
		WOG(breaker_uid) = (zend_long) geteuid();
	}
	return (uint32_t) WOG(breaker_uid);
}

/* "2025-01-31 23:59:59 UTC" */
static void format_time(double unix_seconds, char out[TIME_TEXT_SIZE])
{
	time_t t = (time_t) unix_seconds;
	struct tm tm;

	if (unix_seconds <= 0 || unix_seconds > 253402300799.0 || !gmtime_r(&t, &tm)
	    || strftime(out, TIME_TEXT_SIZE, "%Y-%m-%d %H:%M:%S UTC", &tm) == 0) {
		snprintf(out, TIME_TEXT_SIZE, "(unknown)");
	}
}

static double wall_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* The refusal: the route (never a user name or password: routes are made
 * of scheme, host and port), the last failure and when a call goes next.
 * It ends as every TransportException does, with whether the request may
 * have gone out; isPossiblySent() keeps its default, false. */
static void throw_unavailable(const wo_breaker_view *v)
{
	char failed_at[TIME_TEXT_SIZE], retry_at[TIME_TEXT_SIZE];
	double wait = v->retry_at - wall_seconds();

	format_time(v->last_failure_at, failed_at);
	format_time(v->retry_at, retry_at);
	if (wait < 0) {
		wait = 0;
	}
	wo_throw(wo_ce_unavailable_exception, 0, 0, NULL,
		"%s is unavailable: its circuit breaker is open after %u consecutive failures, the last at %s "
		"(%s: %s); %s %s (in %.1f s); the request was not sent",
		v->route, v->failures, failed_at, v->last_failure_class, v->last_failure_message,
		v->trial_in_flight ? "another call is trying it now, and the next goes through by"
			: "the next call goes through at",
		retry_at, wait);
}

/*
 * The routes of the URLs this thread called last. A hook calls the same URL
 * on every page, and reading one with libcurl's URL parser costs more than
 * the rest of the breaker's work together (about 10,000 instructions a
 * call, callgrind). Per thread, in the module globals; a proxy URL may
 * hold a password, so its copy is wiped when it goes.
 */
#define ROUTE_CACHE_SIZE 4

typedef struct {
	char *url;                      /* NULL: empty */
	char *proxy;                    /* NULL: none */
	char route[WO_BREAKER_ROUTE_MAX];
} cached_route;

struct wo_route_cache {
	cached_route entries[ROUTE_CACHE_SIZE];
	unsigned next;
};

static void cached_route_clear(cached_route *c)
{
	if (c->url) {
		pefree(c->url, 1);
	}
	if (c->proxy) {
		ZEND_SECURE_ZERO(c->proxy, strlen(c->proxy));
		pefree(c->proxy, 1);
	}
	c->url = c->proxy = NULL;
}

void wo_breaker_routes_free(zend_whmcs_opensrs_globals *globals)
{
	if (!globals->routes) {
		return;
	}
	for (int i = 0; i < ROUTE_CACHE_SIZE; i++) {
		cached_route_clear(&globals->routes->entries[i]);
	}
	pefree(globals->routes, 1);
	globals->routes = NULL;
}

static bool same_proxy(const char *cached, const char *proxy)
{
	return proxy && proxy[0] ? cached && strcmp(cached, proxy) == 0 : cached == NULL;
}

static bool route_of_request(const wo_http_request *req, char route[WO_BREAKER_ROUTE_MAX])
{
	struct wo_route_cache *cache = WOG(routes);
	cached_route *c;

	if (!req->url) {
		return false;
	}
	for (int i = 0; cache && i < ROUTE_CACHE_SIZE; i++) {
		c = &cache->entries[i];
		if (c->url && strcmp(c->url, req->url) == 0 && same_proxy(c->proxy, req->proxy)) {
			memcpy(route, c->route, WO_BREAKER_ROUTE_MAX);
			return true;
		}
	}
	if (wo_http_route(req, route, WO_BREAKER_ROUTE_MAX) != 0) {
		return false;
	}
	if (!cache) {
		cache = WOG(routes) = pecalloc(1, sizeof(*cache), 1);
	}
	c = &cache->entries[cache->next++ % ROUTE_CACHE_SIZE];
	cached_route_clear(c);
	c->url = pestrdup(req->url, 1);
	c->proxy = req->proxy && req->proxy[0] ? pestrdup(req->proxy, 1) : NULL;
	memcpy(c->route, route, WO_BREAKER_ROUTE_MAX);
	return true;
}

static zend_result admit(const wo_options *o, const wo_http_request *req, const char *route, wo_breaker_ticket *t)
{
	wo_breaker_rules rules = rules_of(o, req);
	wo_breaker_view why;

	if (wo_breaker_admit(route, caller_uid(), &rules, t, &why)) {
		return SUCCESS;
	}
	throw_unavailable(&why);
	return FAILURE;
}

zend_result wo_breaker_call_admit(const wo_options *o, const wo_http_request *req, wo_breaker_ticket *t)
{
	char route[WO_BREAKER_ROUTE_MAX];

	if (!route_of_request(req, route)) {
		t->slot = -1;
		t->trial = 0;
		return SUCCESS;
	}
	return admit(o, req, route, t);
}

/* An API's own error answer says its server is up, whatever the status. */
static bool is_api_answer(const zend_object *ex)
{
	return ex && (instanceof_function(ex->ce, wo_ce_whmcs_exception)
	              || instanceof_function(ex->ce, wo_ce_opensrs_exception));
}

/* The failure as the table keeps it: our own words, masked with the
 * call's credentials all the same. An answer's body is never kept: it is
 * the server's, and may quote what another caller sent. */
static void report_fault(const wo_options *o, const wo_breaker_ticket *t, const wo_breaker_rules *rules,
                         const char *class_name, const char *text, bool *open)
{
	wo_secrets secrets;
	zend_string *raw = zend_string_init(text, strlen(text), 0), *masked;

	wo_secrets_init(&secrets);
	wo_secrets_add_options(&secrets, o);
	masked = wo_secrets_mask(&secrets, raw);
	*open = wo_breaker_report(t, rules, WO_BREAKER_FAULT, class_name, ZSTR_VAL(masked)) != 0;
	zend_string_release(masked);
	zend_string_release(raw);
	wo_secrets_free(&secrets);
}

bool wo_breaker_call_done(const wo_options *o, const wo_http_request *req, const wo_breaker_ticket *t, int rc,
                          const wo_http_response *res, zend_result outcome)
{
	wo_breaker_rules rules = rules_of(o, req);
	zend_object *ex = outcome == FAILURE ? EG(exception) : NULL;
	char text[64];
	bool open = false;

	if (t->slot < 0) {
		return false;
	}
	if (rc != 0) {
		if (res->origin_fault) {
			report_fault(o, t, &rules, ZSTR_VAL(wo_ce_transport_exception->name), res->message, &open);
		} else {
			wo_breaker_report(t, &rules, WO_BREAKER_NEITHER, NULL, NULL);
		}
	} else if ((res->status == 502 || res->status == 503 || res->status == 504) && ex && !is_api_answer(ex)) {
		snprintf(text, sizeof(text), "the server answered HTTP %ld", res->status);
		report_fault(o, t, &rules, ZSTR_VAL(ex->ce->name), text, &open);
	} else {
		wo_breaker_report(t, &rules, WO_BREAKER_ANSWERED, NULL, NULL);
	}
	return open;
}

/* ---- batches -------------------------------------------------------------- */

void wo_breaker_batch_start(wo_breaker_batch *b, const wo_options *o, const wo_http_request *reqs, size_t n)
{
	size_t size = n ? n : 1;

	memset(b, 0, sizeof(*b));
	b->o = o;
	b->reqs = reqs;
	b->n = n;
	b->tickets = ecalloc(size, sizeof(*b->tickets));
	b->route_of = ecalloc(size, sizeof(*b->route_of));
	for (size_t i = 0; i < n; i++) {
		char route[WO_BREAKER_ROUTE_MAX];
		size_t r = 0;

		b->tickets[i].slot = -1;
		b->route_of[i] = -1;
		if (!route_of_request(&reqs[i], route)) {
			continue;
		}
		/* A batch goes to one route or a few. */
		while (r < b->route_count && strcmp(b->routes[r], route) != 0) {
			r++;
		}
		if (r == b->route_count) {
			b->routes = erealloc(b->routes, (r + 1) * sizeof(*b->routes));
			b->trial_of = erealloc(b->trial_of, (r + 1) * sizeof(*b->trial_of));
			memcpy(b->routes[r], route, sizeof(route));
			b->trial_of[r] = n;
			b->route_count++;
		}
		b->route_of[i] = (int) r;
	}
}

wo_http_gate wo_breaker_batch_gate(wo_breaker_batch *b, size_t i)
{
	int r = b->route_of[i];

	if (r < 0) {
		return WO_HTTP_GATE_START;
	}
	if (b->trial_of[r] != b->n) {
		return WO_HTTP_GATE_WAIT;
	}
	if (admit(b->o, &b->reqs[i], b->routes[r], &b->tickets[i]) == FAILURE) {
		return WO_HTTP_GATE_FINISHED;
	}
	if (b->tickets[i].trial) {
		b->trial_of[r] = i;
	}
	return WO_HTTP_GATE_START;
}

bool wo_breaker_batch_done(wo_breaker_batch *b, size_t i, int rc, const wo_http_response *res,
                           zend_result outcome)
{
	int r = b->route_of[i];
	bool open = wo_breaker_call_done(b->o, &b->reqs[i], &b->tickets[i], rc, res, outcome);

	if (r >= 0 && b->trial_of[r] == i) {
		b->trial_of[r] = b->n;
	}
	b->tickets[i].slot = -1;
	return open;
}

void wo_breaker_batch_end(wo_breaker_batch *b)
{
	efree(b->tickets);
	efree(b->route_of);
	if (b->routes) {
		efree(b->routes);
		efree(b->trial_of);
	}
	memset(b, 0, sizeof(*b));
}

/* ---- health() and phpinfo() ----------------------------------------------- */

static const char *state_name(wo_breaker_state state)
{
	switch (state) {
	case WO_BREAKER_OPEN:
		return "open";
	case WO_BREAKER_HALF_OPEN:
		return "half-open";
	default:
		return "closed";
	}
}

/* The routes of this user; efree() it. */
static wo_breaker_view *list_routes(size_t *n)
{
	wo_breaker_rules rules = ini_rules();
	wo_breaker_view *views = emalloc(sizeof(*views) * WO_BREAKER_SLOTS);

	*n = wo_breaker_list(caller_uid(), &rules, views, WO_BREAKER_SLOTS);
	return views;
}

static void add_time(zval *arr, const char *key, double unix_seconds)
{
	if (unix_seconds > 0) {
		add_assoc_long(arr, key, (zend_long) unix_seconds);
	} else {
		add_assoc_null(arr, key);
	}
}

static void health_entry(const wo_breaker_view *v, zval *entry)
{
	const char *via = strstr(v->route, " via ");
	zval failure;

	array_init(entry);
	add_assoc_stringl(entry, "origin", v->route, via ? (size_t) (via - v->route) : strlen(v->route));
	if (via) {
		add_assoc_string(entry, "proxy", via + 5);
	} else {
		add_assoc_null(entry, "proxy");
	}
	add_assoc_string(entry, "state", state_name(v->state));
	add_assoc_long(entry, "failures", (zend_long) v->failures);
	add_assoc_long(entry, "refused", (zend_long) v->refused);
	if (v->last_failure_at > 0) {
		array_init(&failure);
		add_assoc_string(&failure, "class", v->last_failure_class);
		add_assoc_string(&failure, "message", v->last_failure_message);
		add_assoc_long(&failure, "time", (zend_long) v->last_failure_at);
		add_assoc_zval(entry, "last_failure", &failure);
	} else {
		add_assoc_null(entry, "last_failure");
	}
	add_time(entry, "last_success", v->last_success_at);
	/* Rounded up: no call goes through before it. */
	add_time(entry, "retry_at", v->state == WO_BREAKER_CLOSED ? 0 : ceil(v->retry_at));
	add_assoc_long(entry, "connections", (zend_long) wo_http_pool_open_connections(WOG(pool), v->route));
}

PHP_FUNCTION(WhmcsOpensrs_health)
{
	wo_breaker_view *views;
	size_t n;

	ZEND_PARSE_PARAMETERS_NONE();

	views = list_routes(&n);
	array_init_size(return_value, (uint32_t) n);
	for (size_t i = 0; i < n; i++) {
		zval entry;
		health_entry(&views[i], &entry);
		add_assoc_zval(return_value, views[i].route, &entry);
	}
	efree(views);
}

void wo_breaker_minfo(void)
{
	wo_breaker_view *views;
	size_t n;
	char failures[32], connections[16], failed_at[TIME_TEXT_SIZE], succeeded_at[TIME_TEXT_SIZE];

	php_info_print_table_start();
	php_info_print_table_row(2, "Circuit breaker", !wo_breaker_available()
		? "unavailable (no shared memory): calls are not tracked"
		: "one table of routes shared by the processes forked after startup, per user");
	php_info_print_table_end();
	views = list_routes(&n);
	if (n > 0) {
		php_info_print_table_start();
		php_info_print_table_header(6, "Route", "State", "Failures", "Last failure", "Last success",
			"Kept connections");
		for (size_t i = 0; i < n; i++) {
			const wo_breaker_view *v = &views[i];
			char *failure = NULL;

			snprintf(failures, sizeof(failures), "%u", v->failures);
			snprintf(connections, sizeof(connections), "%u", wo_http_pool_open_connections(WOG(pool), v->route));
			format_time(v->last_failure_at, failed_at);
			format_time(v->last_success_at, succeeded_at);
			if (v->last_failure_at > 0) {
				spprintf(&failure, 0, "%s %s: %s", failed_at, v->last_failure_class, v->last_failure_message);
			}
			php_info_print_table_row(6, v->route, state_name(v->state), failures, failure ? failure : "none",
				v->last_success_at > 0 ? succeeded_at : "none", connections);
			if (failure) {
				efree(failure);
			}
		}
		php_info_print_table_end();
	}
	efree(views);
}
