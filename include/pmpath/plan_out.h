/*
 * plan_out.h - the training plan as text, Markdown and JSON (writers into
 * a strbuf the caller owns; src/out/plan_out.c).  `pmpath plan` and
 * `pmpath report` both use them, so the plan reads the same everywhere.
 */
#ifndef PMPATH_PLAN_OUT_H
#define PMPATH_PLAN_OUT_H

#include "pmpath/json.h"
#include "pmpath/plan.h"
#include "pmpath/util.h"

/* The plan for a terminal (markdown = 0) or as Markdown (markdown = 1). */
void plan_write_text(struct strbuf *out, const struct plan *p, int markdown);
/*
 * The plan as one JSON object: target, start, exam_date, total_hours,
 * contact_hours (object: cert code -> hours after the plan), eligible_from,
 * weeks [{week, start, hours, items [{id, title, kind, hours,
 * contact_hours, part, parts}]}], plus eligibility, fits,
 * hours_per_week, hours_per_week_needed, earliest_exam_date, cost,
 * milestones, done and notes.  Dates are "YYYY-MM-DD" or null.
 */
void plan_write_json(struct jw *w, const struct plan *p);
/* Why the plan misses its exam date, in plain words without the
 * "pmpath: " prefix; NULL when it fits.  Caller frees. */
char *plan_misfit_text(const struct plan *p);

#endif
