/*
 * Many POSTs at once through libcurl's multi interface (see http.h,
 * wo_http_batch). A request waits in line until its origin has fewer than
 * its concurrency in flight, so its timeout only runs once it is sent; the
 * caller's callback reads each answer as it comes and may send a request
 * again (a refusal that was not carried out), later and on a new
 * connection if it says so. Connections, TLS sessions and DNS answers come
 * from the kept pool's cache and go back to it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <curl/curl.h>

#include "http.h"
#include "http_internal.h"

typedef enum {
	ITEM_WAITING,     /* for its turn, or until due */
	ITEM_RUNNING,
	ITEM_DONE
} item_state;

typedef struct {
	wo_http_request req;       /* a copy: timeout and fresh_connect change between attempts */
	wo_http_response res;
	wo_http_transfer transfer;
	CURL *curl;                /* while running */
	size_t origin;             /* index into batch.origins; NO_ORIGIN: none */
	item_state state;
	unsigned attempt;
	double first_start;        /* monotonic seconds; 0: not started yet */
	double due;                /* may start from then */
} batch_item;

#define NO_ORIGIN ((size_t) -1)

typedef struct {
	char *name;
	CURLSH *share;             /* the kept cache for it, or NULL */
	unsigned cap;              /* transfers in flight allowed */
	unsigned running;
} batch_origin;

typedef struct {
	wo_http_pool *pool;
	CURLM *multi;
	batch_item *items;
	size_t n;
	size_t finished;
	batch_origin *origins;
	size_t origin_count;
	CURL **idle;               /* easy handles not in use */
	size_t idle_count;
	CURL **all;                /* every easy handle made */
	const wo_http_request **set_for;  /* for each of all: the request whose
	                                   * handle options it has, or NULL */
	size_t all_count;
	size_t all_size;
	wo_http_batch_gate gate;
	wo_http_batch_callback done;
	void *ud;
} batch;

static double now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* Origins are few (one per batch, in practice): a list is enough. An
 * origin's requests have the same settings in practice too; the first
 * one's pick its cache. */
static int origin_index(batch *b, const wo_http_request *req, unsigned concurrency, size_t *out)
{
	char *name = wo_http_origin_of(req->url, 0);

	if (!name) {
		return -1;
	}
	for (size_t i = 0; i < b->origin_count; i++) {
		if (strcmp(b->origins[i].name, name) == 0) {
			free(name);
			*out = i;
			return 0;
		}
	}
	b->origins[b->origin_count].name = name;
	b->origins[b->origin_count].share = wo_http_pool_share_take(b->pool, req);
	b->origins[b->origin_count].cap = concurrency;
	b->origins[b->origin_count].running = 0;
	*out = b->origin_count++;
	return 0;
}

/* Whether b is checked as a is (wo_http_check_url(), wo_http_check_ca())
 * and goes to the same origin. */
static int checked_alike(const wo_http_request *a, const wo_http_request *b)
{
	return a->url && b->url && strcmp(a->url, b->url) == 0 && wo_http_same_setting(a->proxy, b->proxy)
		&& wo_http_same_setting(a->ca_file, b->ca_file) && wo_http_same_setting(a->ca_path, b->ca_path)
		&& a->verify_tls == b->verify_tls && a->allow_insecure_http == b->allow_insecure_http;
}

static CURL *take_handle(batch *b)
{
	CURL *curl;

	if (b->idle_count) {
		return b->idle[--b->idle_count];
	}
	if (b->all_count == b->all_size) {
		size_t size = b->all_size ? b->all_size * 2 : 8;
		CURL **all = realloc(b->all, size * sizeof(*all));
		CURL **idle = realloc(b->idle, size * sizeof(*idle));
		const wo_http_request **set_for = realloc(b->set_for, size * sizeof(*set_for));
		if (all) {
			b->all = all;
		}
		if (idle) {
			b->idle = idle;
		}
		if (set_for) {
			b->set_for = set_for;
		}
		if (!all || !idle || !set_for) {
			return NULL;
		}
		b->all_size = size;
	}
	curl = curl_easy_init();
	if (!curl) {
		return NULL;
	}
	b->set_for[b->all_count] = NULL;
	b->all[b->all_count++] = curl;
	return curl;
}

/* Where the batch notes which request's handle options curl has. */
static const wo_http_request **handle_set_for(batch *b, CURL *curl)
{
	size_t i = 0;

	while (b->all[i] != curl) {
		i++;
	}
	return &b->set_for[i];
}

/* An attempt is over (rc: as wo_http_post()): the caller decides what next. */
static void finish_attempt(batch *b, batch_item *it, int rc)
{
	batch_origin *o = it->origin == NO_ORIGIN ? NULL : &b->origins[it->origin];
	wo_http_verdict verdict;
	double now = now_seconds();

	memset(&verdict, 0, sizeof(verdict));
	b->done(b->ud, (size_t) (it - b->items), rc, &it->res, it->attempt, now - it->first_start, &verdict);
	if (o && verdict.fewer_at_once) {
		unsigned at_once = o->running < o->cap ? o->running : o->cap;
		o->cap = at_once > 1 ? at_once - 1 : 1;
	}
	if (o && o->running) {
		o->running--;
	}
	wo_http_response_free(&it->res);
	if (o && verdict.again) {
		it->state = ITEM_WAITING;
		it->due = now + (verdict.delay > 0 ? verdict.delay : 0);
		it->req.fresh_connect = verdict.fresh_connect;
		if (verdict.timeout > 0) {
			it->req.timeout = verdict.timeout;
		}
		return;
	}
	it->state = ITEM_DONE;
	b->finished++;
}

/* Starts it on a free handle; a set-up failure finishes the attempt. */
static void start(batch *b, batch_item *it, double now)
{
	CURL *curl = take_handle(b);

	memset(&it->res, 0, sizeof(it->res));
	it->attempt++;
	if (it->first_start == 0) {
		it->first_start = now;
	}
	b->origins[it->origin].running++;
	it->transfer.req = &it->req;
	it->transfer.res = &it->res;
	it->transfer.headers = NULL;
	it->transfer.idle = wo_http_pool_idle(b->pool);
	it->transfer.cache = b->origins[it->origin].share;
	if (!curl) {
		it->res.error = WO_HTTP_ERR_OTHER;
		snprintf(it->res.message, sizeof(it->res.message), "cannot set up libcurl (out of memory)");
		finish_attempt(b, it, -1);
		return;
	}
	curl_easy_setopt(curl, CURLOPT_SHARE, b->origins[it->origin].share);
	/* Other transfers of the batch may be on the origin's connections: only
	 * idle ones are retired. */
	wo_http_idle_retire(it->transfer.idle, it->transfer.cache, it->req.keepalive_idle);
	/* A handle's own options are set when it comes to a request that needs
	 * others than it has (in practice, for its first). */
	const wo_http_request **set_for = handle_set_for(b, curl);
	it->transfer.handle_set = *set_for && wo_http_handle_options_alike(*set_for, &it->req);
	if (wo_http_transfer_begin(curl, &it->transfer, 0) != 0) {
		b->idle[b->idle_count++] = curl;
		finish_attempt(b, it, -1);
		return;
	}
	*set_for = &it->req;
	curl_easy_setopt(curl, CURLOPT_PRIVATE, (void *) it);
	if (curl_multi_add_handle(b->multi, curl) != CURLM_OK) {
		long unused;
		wo_http_transfer_end(curl, &it->transfer, CURLE_OUT_OF_MEMORY, &unused);
		b->idle[b->idle_count++] = curl;
		finish_attempt(b, it, -1);
		return;
	}
	it->curl = curl;
	it->state = ITEM_RUNNING;
}

/* Whether the gate lets it start now; a request it finished is done. */
static int gate_allows(batch *b, batch_item *it)
{
	if (!b->gate) {
		return 1;
	}
	switch (b->gate(b->ud, (size_t) (it - b->items))) {
	case WO_HTTP_GATE_START:
		return 1;
	case WO_HTTP_GATE_FINISHED:
		it->state = ITEM_DONE;
		b->finished++;
		return 0;
	default:
		return 0;
	}
}

/* Starts what may start, in the order of the requests; returns the seconds
 * until a waiting retry falls due (-1: none waits on time). */
static double start_eligible(batch *b)
{
	double now = now_seconds(), next = -1;

	for (size_t i = 0; i < b->n; i++) {
		batch_item *it = &b->items[i];

		if (it->state != ITEM_WAITING) {
			continue;
		}
		batch_origin *o = &b->origins[it->origin];
		if (it->due > now) {
			double wait = it->due - now;
			next = next < 0 || wait < next ? wait : next;
			continue;
		}
		if (o->running < o->cap && gate_allows(b, it)) {
			start(b, it, now);
		}
	}
	return next;
}

/* The running transfer on the connection curl's last one used (the same
 * local address and port), or NULL. A transfer not yet connected has
 * neither. */
static CURL *connection_taker(batch *b, CURL *curl)
{
	long port = 0, other_port;
	char *ip = NULL, *other_ip;

	if (curl_easy_getinfo(curl, CURLINFO_LOCAL_PORT, &port) != CURLE_OK || port <= 0
	    || curl_easy_getinfo(curl, CURLINFO_LOCAL_IP, &ip) != CURLE_OK || !ip) {
		return NULL;
	}
	for (size_t i = 0; i < b->n; i++) {
		CURL *other = b->items[i].curl;
		if (!other || other == curl) {
			continue;
		}
		other_port = 0;
		other_ip = NULL;
		if (curl_easy_getinfo(other, CURLINFO_LOCAL_PORT, &other_port) == CURLE_OK && other_port == port
		    && curl_easy_getinfo(other, CURLINFO_LOCAL_IP, &other_ip) == CURLE_OK && other_ip
		    && strcmp(other_ip, ip) == 0) {
			return other;
		}
	}
	return NULL;
}

/* Ends the attempts libcurl has finished; returns how many. */
static unsigned collect_finished(batch *b)
{
	CURLMsg *msg;
	int left;
	unsigned ended = 0;

	while ((msg = curl_multi_info_read(b->multi, &left)) != NULL) {
		char *private = NULL;
		long new_connections = 0;
		int rc;

		if (msg->msg != CURLMSG_DONE) {
			continue;
		}
		CURL *curl = msg->easy_handle;
		CURLcode result = msg->data.result;
		curl_easy_getinfo(curl, CURLINFO_PRIVATE, &private);
		batch_item *it = (batch_item *) private;
		rc = wo_http_transfer_end(curl, &it->transfer, result, &new_connections);
		/* Within one curl_multi_perform() a connection that a transfer
		 * gave back can be taken by the next before the count below runs,
		 * so one command more than counted may already be on it: a batch
		 * retires a connection one command early, at once when it is idle,
		 * else after that next transfer. */
		unsigned long max = it->req.max_requests_per_connection;
		wo_http_pool_count_command(b->pool, curl, CURL_SOCKET_BAD, new_connections, max > 1 ? max - 1 : max,
			connection_taker(b, curl));
		curl_multi_remove_handle(b->multi, curl);
		it->curl = NULL;
		b->idle[b->idle_count++] = curl;
		finish_attempt(b, it, rc);
		ended++;
	}
	return ended;
}

static void run(batch *b)
{
	while (b->finished < b->n) {
		double next_due = start_eligible(b);
		int running = 0;
		long curl_ms = -1;
		int wait_ms;

		curl_multi_perform(b->multi, &running);
		/* A transfer that ended frees its turn: the next starts at once,
		 * not after the wait below. */
		if (collect_finished(b) > 0 || b->finished == b->n) {
			continue;
		}
		curl_multi_timeout(b->multi, &curl_ms);
		/* Wake for libcurl's own timers, and for the next retry due. */
		wait_ms = curl_ms >= 0 ? (int) curl_ms : 1000;
		if (next_due >= 0 && next_due * 1000 < wait_ms) {
			wait_ms = (int) (next_due * 1000) + 1;
		}
		if (wait_ms > 0) {
			curl_multi_wait(b->multi, NULL, 0, wait_ms, NULL);
		}
	}
}

static void release(batch *b, int own_pool)
{
	for (size_t i = 0; i < b->n; i++) {
		if (b->items[i].curl) {
			curl_multi_remove_handle(b->multi, b->items[i].curl);
		}
		wo_http_response_free(&b->items[i].res);
	}
	for (size_t i = 0; i < b->all_count; i++) {
		curl_easy_cleanup(b->all[i]);
	}
	if (b->multi) {
		curl_multi_cleanup(b->multi);
	}
	for (size_t i = 0; i < b->origin_count; i++) {
		free(b->origins[i].name);
		if (b->origins[i].share) {
			wo_http_pool_share_give_back(b->pool, b->origins[i].share);
		}
	}
	if (own_pool) {
		wo_http_pool_free(b->pool);
	}
	free(b->origins);
	free(b->items);
	free(b->idle);
	free(b->all);
	free(b->set_for);
}

int wo_http_batch(wo_http_pool *pool, const wo_http_request *reqs, size_t n, unsigned concurrency,
                  wo_http_batch_callback done, void *ud)
{
	return wo_http_batch_gated(pool, reqs, n, concurrency, NULL, done, ud);
}

int wo_http_batch_gated(wo_http_pool *pool, const wo_http_request *reqs, size_t n, unsigned concurrency,
                        wo_http_batch_gate gate, wo_http_batch_callback done, void *ud)
{
	batch b;
	int own_pool = pool == NULL;

	memset(&b, 0, sizeof(b));
	b.gate = gate;
	b.done = done;
	b.ud = ud;
	b.n = n;
	/* Without kept connections, a pool of the batch's own: its cache holds
	 * the connections for the batch and closes them after. */
	b.pool = pool ? pool : wo_http_pool_new();
	b.multi = curl_multi_init();
	b.items = calloc(n ? n : 1, sizeof(*b.items));
	b.origins = calloc(n ? n : 1, sizeof(*b.origins));
	if (!b.pool || !b.multi || !b.items || !b.origins) {
		release(&b, own_pool && b.pool);
		return -1;
	}
	const batch_item *checked = NULL;
	for (size_t i = 0; i < n; i++) {
		batch_item *it = &b.items[i];
		int needs_insecure;

		it->req = reqs[i];
		it->state = ITEM_WAITING;
		/* A batch's requests go to one URL with one set of options, in
		 * practice: a request like the last one that passed passes too
		 * (two URL parses and an access() of the CA file each). */
		if (checked && checked_alike(&checked->req, &it->req)) {
			it->origin = checked->origin;
			continue;
		}
		/* A URL is checked once: its failure is the request's only attempt. */
		if (wo_http_check_url(&it->req, &it->res, &needs_insecure) != 0
		    || wo_http_check_ca(&it->req, &it->res) != 0
		    || origin_index(&b, &it->req, concurrency ? concurrency : 1, &it->origin) != 0) {
			if (it->res.error == WO_HTTP_OK) {
				it->res.error = WO_HTTP_ERR_OTHER;
				snprintf(it->res.message, sizeof(it->res.message), "cannot set up libcurl (out of memory)");
			}
			it->origin = NO_ORIGIN;
			it->attempt = 1;
			it->first_start = now_seconds();
			finish_attempt(&b, it, -1);
		} else {
			checked = it;
		}
	}
	run(&b);
	release(&b, own_pool);
	return 0;
}
