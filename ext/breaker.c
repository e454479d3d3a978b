/* See breaker.h. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "breaker.h"

/* Robust mutexes: Linux (glibc since 2.12, musl) has them, where
 * PTHREAD_MUTEX_ROBUST is an enum constant; elsewhere it is a macro when
 * they exist. Without them a process killed holding the lock would wedge
 * the others, for the few instructions it is held. */
#if defined(__linux__) || defined(PTHREAD_MUTEX_ROBUST)
#define WO_ROBUST_MUTEX 1
#endif

typedef struct {
	int used;
	uint64_t generation;          /* bumped each time the slot changes route */
	uint32_t uid;
	char route[WO_BREAKER_ROUTE_MAX];
	unsigned failures;            /* consecutive, the origin's fault */
	uint64_t refused;
	double last_failure_mono;     /* CLOCK_MONOTONIC: the same in every process */
	double last_failure_wall;
	char last_failure_class[WO_BREAKER_CLASS_MAX];
	char last_failure_message[WO_BREAKER_MESSAGE_MAX];
	double last_success_wall;
	uint64_t trial;               /* the trial in flight, 0: none */
	double trial_until;           /* monotonic end of its lease */
	pid_t trial_pid;              /* the process making it */
	wo_breaker_rules last_rules;  /* of the last call: what health() shows */
	double last_used_mono;
} slot;

typedef struct {
	pthread_mutex_t lock;
	int lock_lost;                /* the lock cannot be had any more */
	uint64_t next_generation;
	uint64_t next_trial;
	slot slots[WO_BREAKER_SLOTS];
} table;

/* Set once in module startup, before any fork or thread, and read-only
 * after: every process and thread sees the same mapping. */
static table *shared;

static double clock_seconds(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

int wo_breaker_startup(void)
{
	pthread_mutexattr_t attr;
	void *p;

	if (shared) {
		return 0;
	}
	/* Anonymous and shared: a fork()ed child keeps it, and nothing else
	 * (no file, no key another user could open) reaches it. */
	p = mmap(NULL, sizeof(table), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		return -1;
	}
	memset(p, 0, sizeof(table));
	if (pthread_mutexattr_init(&attr) != 0) {
		munmap(p, sizeof(table));
		return -1;
	}
	pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
#ifdef WO_ROBUST_MUTEX
	pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
#endif
	if (pthread_mutex_init(&((table *) p)->lock, &attr) != 0) {
		pthread_mutexattr_destroy(&attr);
		munmap(p, sizeof(table));
		return -1;
	}
	pthread_mutexattr_destroy(&attr);
	shared = p;
	return 0;
}

void wo_breaker_shutdown(void)
{
	if (shared) {
		/* Only this process's view goes: children still running keep theirs. */
		munmap(shared, sizeof(table));
		shared = NULL;
	}
}

int wo_breaker_available(void)
{
	return shared != NULL && !shared->lock_lost;
}

/*
 * The lock, or 0 when it cannot be had. A holder that died leaves it to the
 * next taker (EOWNERDEAD): what it was writing is a few numbers and
 * NUL-terminated strings of fixed size, every one of them valid whatever
 * it held, so the table is usable as it stands.
 */
static int lock_table(void)
{
	int rc;

	if (!wo_breaker_available()) {
		return 0;
	}
	rc = pthread_mutex_lock(&shared->lock);
#ifdef WO_ROBUST_MUTEX
	if (rc == EOWNERDEAD) {
		rc = pthread_mutex_consistent(&shared->lock);
	}
#endif
	if (rc != 0) {
		/* ENOTRECOVERABLE: calls go through untracked from now on. */
		shared->lock_lost = 1;
		return 0;
	}
	return 1;
}

static void unlock_table(void)
{
	pthread_mutex_unlock(&shared->lock);
}

/* A copy that always ends in NUL, cut to fit. */
static void copy_text(char *dst, size_t size, const char *src)
{
	size_t n = src ? strlen(src) : 0;

	if (n >= size) {
		n = size - 1;
	}
	memcpy(dst, src ? src : "", n);
	dst[n] = '\0';
}

static slot *find(const char *route, uint32_t uid)
{
	for (int i = 0; i < WO_BREAKER_SLOTS; i++) {
		slot *s = &shared->slots[i];
		if (s->used && s->uid == uid && strcmp(s->route, route) == 0) {
			return s;
		}
	}
	return NULL;
}

/* A slot for a new route: a free one, else the least recently used of
 * those that say nothing worth keeping. NULL: the table is full of routes
 * that are failing now. */
static slot *take(const char *route, uint32_t uid, double now)
{
	slot *pick = NULL;

	for (int i = 0; i < WO_BREAKER_SLOTS; i++) {
		slot *s = &shared->slots[i];
		if (!s->used) {
			pick = s;
			break;
		}
		int reusable = (s->failures == 0 && s->trial == 0) || now - s->last_used_mono > WO_BREAKER_IDLE_SECONDS;
		if (reusable && (!pick || s->last_used_mono < pick->last_used_mono)) {
			pick = s;
		}
	}
	if (pick) {
		memset(pick, 0, sizeof(*pick));
		pick->generation = ++shared->next_generation;
		pick->uid = uid;
		copy_text(pick->route, sizeof(pick->route), route);
		pick->used = 1;
	}
	return pick;
}

/* The state under rules, and when a call goes through at the latest. */
static wo_breaker_state state_of(const slot *s, const wo_breaker_rules *rules, double now, double *retry_mono)
{
	*retry_mono = 0;
	if (s->failures < rules->failures) {
		return WO_BREAKER_CLOSED;
	}
	if (now < s->last_failure_mono + rules->cooldown) {
		*retry_mono = s->last_failure_mono + rules->cooldown;
		return WO_BREAKER_OPEN;
	}
	*retry_mono = s->trial && now < s->trial_until ? s->trial_until : now;
	return WO_BREAKER_HALF_OPEN;
}

static void fill_view(const slot *s, const wo_breaker_rules *rules, double now, wo_breaker_view *v)
{
	double retry_mono, wall = clock_seconds(CLOCK_REALTIME);

	memcpy(v->route, s->route, sizeof(v->route));
	v->state = state_of(s, rules, now, &retry_mono);
	v->failures = s->failures;
	v->refused = s->refused;
	v->last_failure_at = s->last_failure_wall;
	memcpy(v->last_failure_class, s->last_failure_class, sizeof(v->last_failure_class));
	memcpy(v->last_failure_message, s->last_failure_message, sizeof(v->last_failure_message));
	v->last_success_at = s->last_success_wall;
	v->retry_at = retry_mono > 0 ? wall + (retry_mono - now) : 0;
	v->trial_in_flight = s->trial != 0 && now < s->trial_until;
}

/*
 * Whether the trial in flight still counts: until its lease ends, unless
 * its process is gone (PHP-FPM's master reaps a worker it killed for
 * request_terminate_timeout at once; a parent that does not reap leaves
 * a zombie, which only the lease outlives).
 */
static int trial_running(const slot *s, double now)
{
	return s->trial && now < s->trial_until && !(kill(s->trial_pid, 0) == -1 && errno == ESRCH);
}

int wo_breaker_admit(const char *route, uint32_t uid, const wo_breaker_rules *rules,
                     wo_breaker_ticket *t, wo_breaker_view *why)
{
	double now, retry_mono;
	int admitted = 1;
	slot *s;

	t->slot = -1;
	t->generation = 0;
	t->trial = 0;
	if (strlen(route) >= WO_BREAKER_ROUTE_MAX || !lock_table()) {
		return 1;
	}
	now = clock_seconds(CLOCK_MONOTONIC);
	s = find(route, uid);
	if (!s) {
		s = take(route, uid, now);
	}
	if (s) {
		s->last_used_mono = now;
		s->last_rules = *rules;
		switch (state_of(s, rules, now, &retry_mono)) {
		case WO_BREAKER_CLOSED:
			break;
		case WO_BREAKER_OPEN:
			admitted = !rules->enforce;
			break;
		case WO_BREAKER_HALF_OPEN:
			if (!rules->enforce) {
				break;   /* goes through, but is no trial */
			}
			if (trial_running(s, now)) {
				admitted = 0;   /* one trial at a time */
				break;
			}
			/* The first since the cooldown, or the one before it is gone. */
			s->trial = t->trial = ++shared->next_trial;
			s->trial_until = now + rules->trial_lease;
			s->trial_pid = getpid();
			break;
		}
		if (admitted) {
			t->slot = (int) (s - shared->slots);
			t->generation = s->generation;
		} else {
			s->refused++;
			if (why) {
				fill_view(s, rules, now, why);
			}
		}
	}
	unlock_table();
	return admitted;
}

int wo_breaker_report(const wo_breaker_ticket *t, const wo_breaker_rules *rules, wo_breaker_outcome outcome,
                      const char *failure_class, const char *failure_message)
{
	double now, retry_mono;
	int refusing = 0;
	slot *s;

	if (t->slot < 0 || !lock_table()) {
		return 0;
	}
	s = &shared->slots[t->slot];
	/* The slot may have gone to another route meanwhile. */
	if (s->used && s->generation == t->generation) {
		now = clock_seconds(CLOCK_MONOTONIC);
		s->last_used_mono = now;
		s->last_rules = *rules;
		if (t->trial && s->trial == t->trial) {
			s->trial = 0;
		}
		if (outcome == WO_BREAKER_ANSWERED) {
			s->failures = 0;
			s->refused = 0;
			s->last_success_wall = clock_seconds(CLOCK_REALTIME);
		} else if (outcome == WO_BREAKER_FAULT) {
			if (s->failures < UINT32_MAX) {
				s->failures++;
			}
			s->last_failure_mono = now;
			s->last_failure_wall = clock_seconds(CLOCK_REALTIME);
			copy_text(s->last_failure_class, sizeof(s->last_failure_class), failure_class);
			copy_text(s->last_failure_message, sizeof(s->last_failure_message), failure_message);
		}
		refusing = rules->enforce && state_of(s, rules, now, &retry_mono) == WO_BREAKER_OPEN;
	}
	unlock_table();
	return refusing;
}

static int by_route(const void *a, const void *b)
{
	return strcmp(((const wo_breaker_view *) a)->route, ((const wo_breaker_view *) b)->route);
}

size_t wo_breaker_list(uint32_t uid, const wo_breaker_rules *rules, wo_breaker_view *out, size_t max)
{
	size_t n = 0;
	double now;

	if (!lock_table()) {
		return 0;
	}
	now = clock_seconds(CLOCK_MONOTONIC);
	for (int i = 0; i < WO_BREAKER_SLOTS && n < max; i++) {
		const slot *s = &shared->slots[i];
		if (s->used && s->uid == uid) {
			fill_view(s, s->last_rules.failures ? &s->last_rules : rules, now, &out[n++]);
		}
	}
	unlock_table();
	qsort(out, n, sizeof(*out), by_route);
	return n;
}
