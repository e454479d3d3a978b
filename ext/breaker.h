/*
 * The circuit breaker: one small table of routes (an origin, and the proxy
 * when there is one), shared by every process forked from the one that set
 * it up (PHP-FPM's master, Apache's parent, php -S with workers), so that
 * one worker's timeouts spare the others. No PHP types.
 *
 * Per route it keeps the consecutive failures that were the origin's
 * fault, when the last one happened, and the one trial call let through
 * once the cooldown has passed. The rules (how many failures open it, how
 * long it stays open) are the asking caller's: a route is open for a
 * caller once its consecutive failures reach the caller's count, until
 * the caller's cooldown has passed since the last failure; then one call
 * at a time goes through as a trial, and an answer closes it for all.
 *
 * The table is a fixed MAP_SHARED anonymous mapping made once, before any
 * fork; it is never grown. One process-shared mutex guards it, held for a
 * few dozen instructions and never across a transfer; it is robust, so a
 * process killed while holding it does not wedge the others.
 */
#ifndef WO_BREAKER_H
#define WO_BREAKER_H

#include <stddef.h>
#include <stdint.h>

/* Routes the table holds. */
#define WO_BREAKER_SLOTS 64
/* Longest route kept, NUL included: a longer one is not tracked (cutting
 * it could make two routes one). */
#define WO_BREAKER_ROUTE_MAX 512
#define WO_BREAKER_CLASS_MAX 64
#define WO_BREAKER_MESSAGE_MAX 256
/* Seconds after which an entry nobody used is given to a new route even
 * though it still counts failures. */
#define WO_BREAKER_IDLE_SECONDS 3600

typedef enum {
	WO_BREAKER_CLOSED,
	WO_BREAKER_OPEN,        /* calls fail at once until the cooldown has passed */
	WO_BREAKER_HALF_OPEN    /* the cooldown has passed: one trial call at a time */
} wo_breaker_state;

/* What an attempt says about its origin. */
typedef enum {
	WO_BREAKER_ANSWERED,    /* it answered (any answer but 502/503/504): closes */
	WO_BREAKER_FAULT,       /* the origin's fault: counts */
	WO_BREAKER_NEITHER      /* says nothing of the origin (the caller's settings) */
} wo_breaker_outcome;

typedef struct {
	unsigned failures;      /* consecutive failures that open the route (>= 1) */
	double cooldown;        /* seconds after the last failure before a trial */
	double trial_lease;     /* seconds a trial may take before another may go
	                           (its process may have died) */
	int enforce;            /* refuse calls while open; 0: only record */
} wo_breaker_rules;

/* An admitted attempt, for wo_breaker_report(). */
typedef struct {
	int slot;               /* -1: not tracked (no table, table full) */
	uint64_t generation;    /* of the slot, which another route may take */
	uint64_t trial;         /* non-zero: this attempt is the route's trial */
} wo_breaker_ticket;

/* One route as health() and messages show it. Times are Unix seconds. */
typedef struct {
	char route[WO_BREAKER_ROUTE_MAX];
	wo_breaker_state state;
	unsigned failures;
	uint64_t refused;               /* calls failed at once since the last answer */
	double last_failure_at;         /* 0: none */
	char last_failure_class[WO_BREAKER_CLASS_MAX];
	char last_failure_message[WO_BREAKER_MESSAGE_MAX];
	double last_success_at;         /* 0: none */
	double retry_at;                /* open or half-open: when a call goes
	                                   through at the latest */
	int trial_in_flight;
} wo_breaker_view;

/* Makes the table (module startup, before any fork). 0, or -1 when no
 * shared memory could be had: then every call goes through untracked. */
int wo_breaker_startup(void);
void wo_breaker_shutdown(void);
int wo_breaker_available(void);

/*
 * Before an attempt on route by a process of user uid: 1 when it may go
 * (t for its report), 0 when the route is open for these rules (*why,
 * which may be NULL, says why and until when). A route not yet known
 * takes a free slot, or that of a route with no failures (or idle for
 * WO_BREAKER_IDLE_SECONDS) used least recently; when there is none, the
 * call goes through untracked.
 */
int wo_breaker_admit(const char *route, uint32_t uid, const wo_breaker_rules *rules,
                     wo_breaker_ticket *t, wo_breaker_view *why);

/*
 * After the attempt: outcome, and for a fault the failure as it is to be
 * shown (class and a message without secrets; cut to fit). Returns 1 when
 * the route is now open under rules and rules->enforce: an attempt again
 * would be refused, so it is not worth a retry's wait.
 */
int wo_breaker_report(const wo_breaker_ticket *t, const wo_breaker_rules *rules, wo_breaker_outcome outcome,
                      const char *failure_class, const char *failure_message);

/* The routes of uid, up to max, in the order of their names; each in the
 * state the rules of its last call give it (rules: those of a route no
 * call has reached yet). Returns how many. */
size_t wo_breaker_list(uint32_t uid, const wo_breaker_rules *rules, wo_breaker_view *out, size_t max);

#endif
