/*
 * plan.h - the training plan: a dated, week-by-week path to a target
 * certification or role that never exceeds the user's weekly hours (pure
 * core: no I/O).
 *
 * plan_build() picks learning items from the catalog (the target cert's
 * own items, enough contact-hour courses to meet its eligibility rules,
 * and the items that best close the user's competency gaps, weighted by
 * the cert's exam domains), orders them so prerequisites come first and
 * study alternates with on-the-job steps, and lays them out week by week
 * from the start date.  An item larger than the weekly budget spans
 * several weeks.  For a certification it then adds, in this order, the
 * application step (once eligible), practice exams, a review week and the
 * exam.  When an exam date is given and the plan cannot be done by then,
 * the result says so (fits = 0) with the weekly hours that would be
 * needed and the earliest realistic exam date.
 *
 * Experience months (pm_months, agile_months) are assumed to keep growing
 * by one per calendar month from the start date; the plan says so in a
 * note whenever that assumption sets the eligibility date.
 *
 * Ownership: the input is borrowed for the call only.  The plan owns every
 * string and array in it (copies of catalog text); plan_release() frees
 * them.  Hours are multiples of 0.01.
 */
#ifndef PMPATH_PLAN_H
#define PMPATH_PLAN_H

#include <stddef.h>

#include "pmpath/catalog.h"
#include "pmpath/date.h"
#include "pmpath/util.h"

#define PLAN_MAX_HOURS_PER_WEEK 80

/* One competency gap: needed level minus current level (> 0 is a gap). */
struct plan_gap {
	const char *comp;
	double gap;
};

/* The user's facts the plan depends on (canonical question ids). */
struct plan_facts {
	double hours_per_week;        /* > 0 and <= PLAN_MAX_HOURS_PER_WEEK */
	double pm_edu_hours, agile_edu_hours;
	double pm_months, agile_months;
	const char *education;        /* education value, or NULL if unknown */
	const char *const *certs_held; /* cert codes (or certs_held values) held */
	size_t ncerts_held;
	int course_done;              /* the target's mandatory course is done */
};

struct plan_input {
	const struct catalog *cat;
	const char *target;           /* cert code (any case) or target role id */
	struct plan_facts facts;
	const struct plan_gap *gaps;
	size_t ngaps;
	struct pm_date start;
	int has_exam_date;            /* exam_date given (certification targets) */
	struct pm_date exam_date;
	const char *const *done;      /* resource ids already completed */
	size_t ndone;
};

/* One item (or the part of it) scheduled in one week. */
struct plan_item {
	char *id, *title, *kind;      /* kind: course, reading, practice_exam, ... */
	double hours;                 /* hours of it in this week */
	double contact_hours;         /* contact hours toward the target earned this week */
	double item_hours;            /* the whole item's hours */
	int part, nparts;             /* 1 of 1 unless it spans weeks */
};

struct plan_week {
	int week;                     /* 1 = the week starting on the start date */
	struct pm_date start;
	double hours;                 /* sum of its items' hours, <= hours_per_week */
	struct plan_item *items;
	size_t nitems;
};

enum plan_ms_kind {
	PLAN_MS_ELIGIBLE,             /* an eligibility rule becomes met */
	PLAN_MS_APPLICATION,          /* the application step is done */
	PLAN_MS_REVIEW,               /* the review week begins */
	PLAN_MS_EXAM,                 /* the exam */
};

struct plan_milestone {
	enum plan_ms_kind kind;
	struct pm_date date;
	int week;                     /* week number the date falls in */
	char *item;                   /* resource id behind it, or NULL */
	char *text;                   /* plain words */
};

enum plan_elig {
	PLAN_ELIG_NONE,               /* no eligibility rule (a role, or an open cert) */
	PLAN_ELIG_ALREADY,            /* met on the start date */
	PLAN_ELIG_SCHEDULED,          /* met on eligible_from through the plan */
	PLAN_ELIG_UNREACHABLE,        /* the plan cannot meet it: see notes */
};

/* Contact hours toward one certification. */
struct plan_contact {
	char *cert;                   /* cert code */
	char *fact;                   /* pm_edu_hours, agile_edu_hours or course */
	double have;                  /* from the answers and done items */
	double planned;               /* from the items scheduled */
	double need;                  /* the rule's figure, 0 if none */
};

struct plan {
	char *target;                 /* cert code or role id as in the catalog */
	char *target_name;
	int target_is_cert;
	struct pm_date start;
	double hours_per_week;
	int has_exam_date;            /* an exam date was asked for */
	struct pm_date exam_date;     /* the date asked for */
	int has_exam;                 /* the plan has an exam milestone */
	struct pm_date exam;          /* planned exam date (== exam_date when fits) */
	double total_hours;           /* == sum of every week's item hours */
	struct plan_contact *contact;
	size_t ncontact;
	enum plan_elig elig;
	struct pm_date eligible_from; /* valid for ALREADY and SCHEDULED */
	char *elig_path;              /* label of the path used, or NULL */
	int cost_low, cost_high;      /* of the items scheduled, in `currency` */
	char *currency;               /* NULL if no item costs anything */
	struct plan_week *weeks;      /* weeks with work, in date order */
	size_t nweeks;
	struct plan_milestone *milestones; /* in date order */
	size_t nmilestones;
	char **done;                  /* done item ids that were skipped */
	size_t ndone;
	char **notes;                 /* assumptions and caveats, plain words */
	size_t nnotes;
	/* With an exam date: fits = 0 when the plan cannot be done by then. */
	int fits;
	double hours_per_week_needed; /* whole hours that would fit; 0: more hours do not help */
	int has_earliest;
	struct pm_date earliest_exam_date; /* at the current hours */
};

/*
 * Build the plan.  Returns 0 and fills *out (release it with
 * plan_release()), or -1 with a message in err: unknown target, unknown
 * done item, hours out of range, a prerequisite cycle in the catalog.
 * A plan that does not fit the exam date is not an error (fits = 0).
 */
int plan_build(const struct plan_input *in, struct plan *out, struct errbuf *err);

struct facts; /* elig.h */
/*
 * Fill the plan's facts from the facts an assessment established (elig.h),
 * for plan target `target` (its mandatory course counts as done when the
 * answers say so).  Pointers in *pf borrow from f, which must outlive it.
 */
void plan_facts_from(const struct catalog *cat, const struct facts *f, const char *target,
		     struct plan_facts *pf);
void plan_release(struct plan *p);
/* Name of a milestone kind: "eligible", "application", "review", "exam". */
const char *plan_ms_name(enum plan_ms_kind k);
/* Name of an eligibility state: "none", "already", "scheduled", "unreachable". */
const char *plan_elig_name(enum plan_elig e);
/* Contact hours toward the target cert after the plan (have + planned) for
 * fact `fact`, or -1 if the plan has no such entry. */
double plan_contact_total(const struct plan *p, const char *cert, const char *fact);

#endif
